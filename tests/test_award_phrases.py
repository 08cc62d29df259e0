"""Phrase tables: one row per construction the award rules read, in this team's own wording.

Each table names the construction a rule handles and gives short passages with the fields they must
give. A rule added for a new construction comes with its rows here; a row that only one story could
produce is a sign the rule is too narrow.
"""

import pytest

from pipelines.award_contest_year import CONTEST_EDITION
from pipelines.award_each import givers_listed
from pipelines.award_lists import numbered_lists_joined
from pipelines.award_title_choice import best_title
from pipelines.award_titles import is_generic_title, names_award, title_of
from pipelines.award_years import year_in_title, year_of, years_of
from pipelines.categories import categories_of, category_names
from pipelines.classify import classify_award_role
from pipelines.classify_sentences import sentence_role, sentences
from pipelines.givers import giver_category, giver_of, giver_spelled_out
from pipelines.messy_text import tidied
from pipelines.role_words import standard_spelling
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name, find_unit_mentions
from tools.eval_awards import shares_words

# -- units: how stories write them ------------------------------------------------------------------

UNITS = [
    # construction, passage, units named (in order)
    ("list after one type word", "Penghargaan diterima Polres Muba, Muratara dan OKU Selatan.",
     ["Polres Musi Banyuasin", "Polres Musi Rawas Utara", "Polres Ogan Komering Ulu Selatan"]),
    ("list after a counted head", "Lima polres lain, antara lain Tuban, Batu dan Trenggalek, ikut diganjar.",
     ["Polres Tuban", "Polres Batu", "Polres Trenggalek"]),
    ("list after a chief's position", "Penerimanya Kapolsek Genteng, Rungkut dan Kapolsek Wonokromo.",
     ["Polsek Genteng", "Polsek Rungkut", "Polsek Wonokromo"]),
    ("list of Polsek stops at a town", "Apresiasi untuk Polsek Kebayoran Lama, Jakarta Selatan.", ["Polsek Kebayoran Lama"]),
    ("sub-unit of a Polda", "Ditlantas Polda Jatim meraih juara.", ["Ditlantas Polda Jawa Timur"]),
    ("sub-unit of a Polres", "Satreskrim Polres Serang diganjar piagam.", ["Satreskrim Polres Serang"]),
    ("long form spelled Resort", "Kepolisian Resort Lebak meraih penghargaan.", ["Polres Lebak"]),
    ("long form of a metropolitan resort", "Kepolisian Resor Metropolitan Jakarta Barat meraih penghargaan.",
     ["Polres Metro Jakarta Barat"]),
    ("Polrestro and its chief", "Kapolrestro Jakarta Timur memberikan piagam kepada Polrestro Jakarta Barat.",
     ["Polres Metro Jakarta Timur", "Polres Metro Jakarta Barat"]),
    ("a city's resort written Polres Kota", "Polres Kota Bogor meraih penghargaan.", ["Polresta Bogor Kota"]),
    ("a city's resort named without Kota", "Polres Kota Tangerang Selatan meraih penghargaan.",
     ["Polres Tangerang Selatan"]),
    ("a city's Polrestabes written Polres Kota", "Polres Kota Semarang meraih penghargaan.", ["Polrestabes Semarang"]),
    ("a Polrestabes written in full", "Kapolres Kota Besar Medan menerima penghargaan.", ["Polrestabes Medan"]),
    ("a chief's post written out, abbreviated in brackets", "Kepala Kepolisian Daerah (Kapolda) Riau meraih penghargaan.",
     ["Polda Riau"]),
    ("a directorate written without Dit", "Penghargaan diberikan kepada jajaran Polairud Polda Sumsel.",
     ["Ditpolairud Polda Sumatera Selatan"]),
    ("a section's deputy chief", "Penghargaan diterima Wakasat Lantas Polres Kudus.", ["Satlantas Polres Kudus"]),
    ("a Brimob commander", "Penghargaan diterima Komandan Satuan (Dansat) Brimob Polda Sulteng.",
     ["Satbrimob Polda Sulawesi Tengah"]),
    ("a function named bare before its Polda", "Penghargaan diberikan kepada personel Humas Polda Jateng.",
     ["Bidhumas Polda Jawa Tengah"]),
    ("functions named bare before the Polres they share", "Lantas dan Reskrim Polres Kudus meraih penghargaan.",
     ["Satlantas Polres Kudus", "Satreskrim Polres Kudus"]),
    ("the type word in capitals, in a headline's style", "POLRES KUDUS RAIH PENGHARGAAN", ["Polres Kudus"]),
    ("the type word in small letters", "Penghargaan diterima polres Kudus.", ["Polres Kudus"]),
    ("two units joined by a hyphen", "Penghargaan diraih Polres Kudus-Polda Jateng.", ["Polres Kudus", "Polda Jawa Tengah"]),
    ("traffic police called Polantas before their resort", "Tiga anggota polisi lalu lintas (Polantas) Polres Sragen "
     "diganjar piagam.", ["Satlantas Polres Sragen"]),
    ("Polantas before a Polda", "Polantas Polda Bali meraih penghargaan.", ["Ditlantas Polda Bali"]),
    ("Polantas alone names no unit", "Para Polantas berjaga di jalan.", []),
    ("a bare function alone is no unit", "Operasi Lantas digelar Polres Kudus.", ["Polres Kudus"]),
    ("a Polri hospital by its own name", "Lemkapi memberikan penghargaan kepada Rumah Sakit Bhayangkara Tingkat I Raden "
     "Said Sukanto.", ["RS Bhayangkara Tk. I Pusdokkes Polri"]),
    ("a Polsek named after a place that looks like a verb", "Polsek Metro Tanah Abang meraih penghargaan.",
     ["Polsek Metro Tanah Abang"]),
    ("a Satuan's unit", "Unit PPA Satreskrim Polres Kebumen menerima piagam.", ["Unit PPA Satreskrim Polres Kebumen"]),
    ("a Satuan's unit through its chief", "Kanit Resmob Satreskrim Polres Bogor AKP Budi menerima piagam.",
     ["Unit Resmob Satreskrim Polres Bogor"]),
    ("a Direktorat's Subdit by name", "Subdit Tipikor Ditreskrimsus Polda Jatim meraih peringkat pertama.",
     ["Subdit Tipikor Ditreskrimsus Polda Jawa Timur"]),
    ("a Direktorat's Subdit by number, through its chief", "Kasubdit III Ditresnarkoba Polda Bali AKBP Budi hadir.",
     ["Subdit III Ditresnarkoba Polda Bali"]),
    ("a Polsek's unit stays the Polsek", "Kanit Reskrim Polsek Kenjeran Iptu Budi hadir.", ["Polsek Kenjeran"]),
    ("sub-unit written in full", "Direktorat Reserse Narkoba Polda Riau menerima piagam.", ["Ditresnarkoba Polda Riau"]),
    ("sub-unit through its chief", "Piagam diterima Dirlantas Polda Bali Kombes Pol Made.", ["Ditlantas Polda Bali"]),
    ("a director's post spelt out", "Direktur Lalu Lintas Polda Bali Kombes Pol Made hadir.", ["Ditlantas Polda Bali"]),
    ("sub-unit alone takes the story's Polda", "Kapolda Sumsel memuji kerja Ditreskrimum.",
     ["Polda Sumatera Selatan", "Ditreskrimum Polda Sumatera Selatan"]),
    ("subdirectorate", "Kasubdit II Harda Polda Jabar AKBP Rudi menerima piagam.", ["Subdit II Harda Polda Jawa Barat"]),
    ("sub-units joined by dan share the parent", "Satlantas dan Satintelkam Polres Bantul diganjar piagam.",
     ["Satlantas Polres Bantul", "Satintelkam Polres Bantul"]),
    ("long form of the type", "Kepolisian Resor Klaten Polda Jateng meraih WBK.", ["Polres Klaten", "Polda Jawa Tengah"]),
    ("a name spelt with a space", "Polresta Palangkaraya menerima piagam.", ["Polresta Palangka Raya"]),
    ("unit upgraded since", "Polres Malang Kota meraih WBBM pada 2020.", ["Polresta Malang Kota"]),
    ("a Mabes division written with Mabes", "Kepala Divisi Humas Mabes Polri hadir.", ["Divisi Humas Polri"]),
    ("a former type name, Poltabes", "Poltabes Medan dan Kapoltabes Denpasar hadir.",
     ["Polrestabes Medan", "Polresta Denpasar"]),
    ("Kepulauan written Kep.", "Nilai Polres Kep. Meranti naik. Polres Kep. Yapen juga.",
     ["Polres Kepulauan Meranti", "Polres Kepulauan Yapen"]),
    ("abbreviation unwrapped", "Kepolisian Resor (Polres) Gowa meraih WBK.", ["Polres Gowa"]),
    ("description is no name", "Kompolnas memilih Polsek Tipe B terbaik.", []),
    ("a tournament is no unit", "Final Polda Cup 2024 digelar di Sleman.", []),
    ("a chief named by his own name", "Kapolres Agus Setiawan hadir.", []),
    ("the area's kind is no part of the name", "Polres Kabupaten Kepulauan Meranti meraih WBK.", ["Polres Kepulauan Meranti"]),
    ("Mabes body", "Korlantas Polri meraih penghargaan.", ["Korlantas Polri"]),
    ("a Polda's headquarters service", "Satker Yanma Polda Bengkulu meraih IKPA terbaik.", ["Yanma Polda Bengkulu"]),
    ("a sub-unit in full, its abbreviation in brackets before the parent",
     "Satuan Reserse Narkoba (Satresnarkoba) Polres Bogor meraih penghargaan.", ["Satresnarkoba Polres Bogor"]),
    ("a Subdit in full with its abbreviation, in a Direktorat in full",
     "Subdirektorat Harta Benda (Subdit Harda) Direktorat Reserse Kriminal Umum Polda Riau meraih piagam.",
     ["Subdit Harda Ditreskrimum Polda Riau"]),
    ("a Mabes body the gazetteer knows, in full", "Pusat Keuangan Polri meraih penghargaan.", ["Puskeu Polri"]),
    ("a Mabes body by its divisional name", "Divisi Hukum Polri meraih penghargaan.", ["Divisi Hukum Polri"]),
    ("Polri's people of a function are no Mabes body", "Personel Humas Polri di daerah bekerja keras.", []),
    ("a Polresta the gazetteer has as a Polres", "Polresta Lebak menerima piagam dari Ombudsman.", ["Polres Lebak"]),
    ("a Polresta the gazetteer has as a city's Polres", "Polresta Tegal meraih WBK.", ["Polres Tegal Kota"]),
    ("the regency's kind shortened to Kab.", "Polres Kab. Bogor meraih penghargaan.", ["Polres Bogor"]),
    ("the province joined by a hyphen", "Anggota Polres Lombok Tengah-NTB dan Polres Sanggau-Kalbar hadir.",
     ["Polres Lombok Tengah", "Polres Sanggau"]),
    ("a school an officer finished is no unit", "AKBP Budi, lulusan Akpol 2003, meraih penghargaan.", []),
    ("the police academy spelled out, named as a school of Lemdiklat like its sisters", "Dua taruna Akademi "
     "Kepolisian menerima piagam.", ["Akpol Lemdiklat Polri"]),
    ("a Polda bureau through its chief", "Karo SDM Polda Bali Kombes Budi menerima piagam.", ["Biro SDM Polda Bali"]),
    ("a Polres section written short", "Sikeu Polres Bantul meraih IKPA terbaik.", ["Seksi Keuangan Polres Bantul"]),
    ("a Polres section through its chief", "Kabag Ops Polres Sleman Kompol Budi menerima piagam.",
     ["Bag Ops Polresta Sleman"]),
    ("list items with their abbreviations and placings",
     "Polda Sumatera Utara (Sumut) sebagai juara 1 dan Sumatera Barat (Sumbar) juara 2.",
     ["Polda Sumatera Utara", "Polda Sumatera Barat"]),
    ("one type word heads resorts of every grade", "Piagam untuk Polres Sleman, Bantul dan Kulon Progo.",
     ["Polresta Sleman", "Polres Bantul", "Polres Kulon Progo"]),
    ("an officer named after his Polsek is no other Polsek", "Anggota Polsek Depok, Bripka Joko, hadir.",
     ["Polsek Depok"]),
    ("a city's resort with a lower-case kota", "Juara ketiga diraih Polres Kediri kota.", ["Polres Kediri Kota"]),
    ("a headline verb ends the name", "Polres Bantul Apresiasi Relawan Desa", ["Polres Bantul"]),
    ("a headline verb leaves no name", "Polresta Ganjar Tokoh Warga", []),
    ("a regency's media short form", "Polres Galus dan Polres Atam meraih WBK.", ["Polres Gayo Lues", "Polres Aceh Tamiang"]),
    ("an upgraded resort under its former grade", "Polres Magelang meraih WBK pada 2019.", ["Polresta Magelang"]),
    ("a port resort under its former name", "Polres KP3 Tanjung Perak menerima piagam.",
     ["Polres Pelabuhan Tanjung Perak"]),
    ("a Polda's short form", "Polda PBD meraih penghargaan.", ["Polda Papua Barat Daya"]),
    ("a resort under its name before an upgrade", "Polresta Medan dan Polres Bandung meraih WBK pada 2012.",
     ["Polrestabes Medan", "Polresta Bandung"]),
    ("a resort under its regency's former name", "Polres Pontianak meraih penghargaan pada 2012.",
     ["Polres Mempawah"]),
    ("a Polda written as one word", "Ditlantas Poldasu dan PMJ meraih penghargaan.",
     ["Ditlantas Polda Sumatera Utara", "Polda Metro Jaya"]),
    ("a one-word abbreviation in brackets names no second unit", "Polda Metro Jaya (PMJ) meraih WBK.",
     ["Polda Metro Jaya"]),
    ("a port resort under its regency's seat", "Polres Tanjungbalai Karimun meraih WBK.", ["Polres Karimun"]),
    ("an island resort written with Metro", "Polres Metro Kepulauan Seribu meraih WBK.", ["Polres Kepulauan Seribu"]),
    ("a port resort written as a port area", "Polres Kawasan Pelabuhan Tanjung Priok meraih WBK.",
     ["Polres Pelabuhan Tanjung Priok"]),
    ("a Mabes corps under its new name", "Korsamapta Baharkam Polri meraih penghargaan.",
     ["Korsabhara Baharkam Polri"]),
    ("a Mabes directorate under its name before it became a corps", "Dittipidkor Bareskrim Polri meraih WBK.",
     ["Kortas Tipidkor Polri"]),
    ("a Polsek named Kota keeps the word", "Piagam untuk Polsek Kota Blora dan Polsek Kota Rembang.",
     ["Polsek Kota Blora", "Polsek Kota Rembang"]),
    ("a placing word ends a headline's Polsek", "Polsek Ngaliyan Juara Lomba Kampung Tangguh", ["Polsek Ngaliyan"]),
    ("the city after a Polsek's name is no part of it", "Polsek Jetis Kota Yogyakarta menerima piagam.",
     ["Polsek Jetis"]),
    ("an officer's rank ends his Polsek's name", "Bhabinkamtibmas Polsek Ngemplak Bripka Joko menerima piagam.",
     ["Polsek Ngemplak"]),
    ("a sub-unit under its full formal name", "Bidang Profesi dan Pengamanan Polda Bali meraih WBK.",
     ["Bidpropam Polda Bali"]),
    ("a Polda directorate written short without Res", "Ditkrimsus Polda Metro Jaya menerima piagam.",
     ["Ditreskrimsus Polda Metro Jaya"]),
    ("a Satuan with Bhayangkara in its name", "Satuan Samapta Bhayangkara Polres Bantul juara 1.",
     ["Satsamapta Polres Bantul"]),
    ("a former Polda bureau through its chief", "Karo Sarpras Polda Riau Kombes Budi menerima piagam.",
     ["Biro Sarpras Polda Riau"]),
    ("a Brimob battalion before its Satbrimob", "Batalyon B Pelopor Satbrimob Polda Jatim meraih juara 1.",
     ["Batalyon B Pelopor Satbrimob Polda Jawa Timur"]),
    ("a battalion written Yon", "Piagam diterima Yon C Pelopor Sat Brimob Polda Riau.",
     ["Batalyon C Pelopor Satbrimob Polda Riau"]),
    ("a Brimob company named with the town it is posted to",
     "Piagam untuk Polres Sikka dan Brimob Batalyon B Kompi 3 Pelopor Maumere.",
     ["Polres Sikka", "Brimob Batalyon B Kompi 3 Pelopor Maumere"]),
    ("a battalion with neither its Satbrimob nor Brimob is no unit", "Batalyon A Pelopor berbaris rapi.", []),
    ("a drug squad written Reskoba", "Satreskoba Polres Blitar dan Sat Reskoba Polres Kediri meraih piagam.",
     ["Satresnarkoba Polres Blitar", "Satresnarkoba Polres Kediri"]),
    ("a Polda's drug directorate written Reskoba", "Ditreskoba Polda Bali meraih penghargaan.",
     ["Ditresnarkoba Polda Bali"]),
    ("a resort's press section under its former name", "Subbag Humas Polres Pacitan meraih juara 2.",
     ["Seksi Humas Polres Pacitan"]),
    ("a Polda named with the word Provinsi", "Piagam diterima Polda Provinsi Jambi dan Kapolda Provinsi Bali.",
     ["Polda Jambi", "Polda Bali"]),
    ("a resort's place misspelt by a letter", "Piagam diterima Polres Probolingo dan Polres Purbalinga.",
     ["Polres Probolinggo", "Polres Purbalingga"]),
    ("a Polda's province misspelt", "Polda Sumatra Barat dan Polda Sulawesi Tengara meraih WBK.",
     ["Polda Sumatera Barat", "Polda Sulawesi Tenggara"]),
    ("a province no closer to one Polda than to another is none", "Polda Kalimantan Tenggara meraih WBK.", []),
    ("a Polsek's place is never taken for a likely resort", "Polsek Sukamakmur meraih WBK.", ["Polsek Sukamakmur"]),
    ("a regency whose name begins with Kota, in two words", "Polres Kota Baru meraih penghargaan.",
     ["Polres Kotabaru"]),
    ("a headquarters written as one word with its unit", "Mapolres Wonosobo meraih predikat WBK.",
     ["Polres Wonosobo"]),
    ("a Polda's and a Polsek's headquarters as one word", "Dari Mapolda Kaltim tim menuju Mapolsek Muara Badak.",
     ["Polda Kalimantan Timur", "Polsek Muara Badak"]),
    ("a narcotics unit spelt narkotika", "Satuan Reserse Narkotika Polres Grobogan menerima piagam.",
     ["Satresnarkoba Polres Grobogan"]),
    ("an intelligence unit through its chief, written Intel", "Kasat Intel Polres Blora ikut menerima.",
     ["Satintelkam Polres Blora"]),
    ("a traffic unit with lalulintas in one word", "Satuan Lalulintas Polres Rembang meraih trofi.",
     ["Satlantas Polres Rembang"]),
    ("a unit written straight against its resort", "Unit PPA Polres Jepara meraih penghargaan.",
     ["Unit PPA Polres Jepara"]),
    ("a Polsek's own unit is filed under the Polsek", "Unit Reskrim Polsek Mayong meraih penghargaan.",
     ["Polsek Mayong"]),
    ("a work unit is the resort itself", "Unit kerja terbaik: Unit Kerja Polres Jepara.", ["Polres Jepara"]),
    ("a central body through its head's post", "Kabareskrim Komjen Adi Saputra hadir.", ["Bareskrim Polri"]),
    ("a metropolitan resort written Polres Metropolitan", "Polres Metropolitan Jakarta Utara meraih WBK.",
     ["Polres Metro Jakarta Utara"]),
    ("a Polda by the province's former name", "Dulu Polda Irian Jaya, kini Polda Sulselbar yang menerima.",
     ["Polda Papua", "Polda Sulawesi Selatan"]),
    ("a Polda with its province written DI Yogyakarta", "Polda DI Yogyakarta meraih penghargaan.",
     ["Polda Daerah Istimewa Yogyakarta"]),
    ("a Polsek whose place is shaped like a verb, in running text", "Piagam diterima Polsek Mergangsan dan Kapolsek "
     "Dimembe Iptu Yosef.", ["Polsek Mergangsan", "Polsek Dimembe"]),
    ("a verb ends a Polsek's name in a title-cased headline", "Kapolsek Diberi Piagam Kapolda", []),
    ("deputy chiefs of a Polsek and a Polrestabes", "Wakapolsek Cempaka Putih dan Wakapolrestabes Bandung hadir.",
     ["Polsek Cempaka Putih", "Polrestabes Bandung"]),
    ("the regency a Polsek is in, written after its name", "Polsek Kalasan Sleman dan Polsek Pakem menerima piagam.",
     ["Polsek Kalasan", "Polsek Pakem"]),
    ("a Polsek whose own name ends in a regency's", "Polsek Kuala Kapuas dan Polsek Muara Tebo hadir.",
     ["Polsek Kuala Kapuas", "Polsek Muara Tebo"]),
    ("a function written out, its short name in brackets, then its Polda", "Hubungan Masyarakat (Humas) Polda Jambi "
     "meraih penghargaan.", ["Bidhumas Polda Jambi"]),
    ("a sub-unit's abbreviation in capitals or small letters", "SATRESNARKOBA POLRES PATI dan satlantas Polres Kudus.",
     ["Satresnarkoba Polresta Pati", "Satlantas Polres Kudus"]),
    ("another body listed beside a Polsek is no Polsek", "Piagam untuk Polsek Wates dan Koramil Wates.",
     ["Polsek Wates"]),
    ("a city's sector police, written Polsekta", "Polsekta Medan Sunggal dan Kapolsekta Bogor Utara hadir.",
     ["Polsek Medan Sunggal", "Polsek Bogor Utara"]),
    ("a central body's head written out, his post in brackets", "Kepala Korps Lalu Lintas (Kakorlantas) Polri hadir.",
     ["Korlantas Polri"]),
    ("a headline in capitals names a Polsek the gazetteer lacks", "POLSEK WELERI DAN POLRES KENDAL RAIH PIAGAM",
     ["Polsek Weleri", "Polres Kendal"]),
    ("a headline in capitals names a Polsek through its chief", "KAPOLSEK MRANGGEN DIGANJAR PENGHARGAAN BUPATI",
     ["Polsek Mranggen"]),
    ("a Polsek's name of two words in capitals, its city after it", "POLSEK KEBON JERUK JAKARTA BARAT JUARA LOMBA",
     ["Polsek Kebon Jeruk"]),
    ("a word of extent after Polsek names none", "Polsek se-Kabupaten Demak ikut lomba.", []),
    ("the area a command's Polsek are in names no Polsek", "POLSEK WILAYAH BLORA RAIH PIAGAM", []),
    ("capitals before a name in another case name only a known unit", "POLSEK Teladan dipilih juri.", []),
    ("short sub-unit forms in a headline in capitals", "SAT LANTAS POLRES KUDUS DAN KABID HUMAS POLDA JATENG",
     ["Satlantas Polres Kudus", "Bidhumas Polda Jawa Tengah"]),
    ("a Satuan's unit in a headline in capitals", "UNIT PPA POLRES PATI RAIH PIAGAM", ["Unit PPA Polresta Pati"]),
    ("a Polri hospital named after its town, its grade left out", "Rumah Sakit Bhayangkara Tingkat III Jambi dan RS "
     "Bhayangkara Palu meraih akreditasi.", ["RS Bhayangkara Jambi", "RS Bhayangkara Palu"]),
    ("a Polri hospital in a headline in capitals", "RS BHAYANGKARA LUMAJANG RAIH PENGHARGAAN",
     ["RS Bhayangkara Lumajang"]),
    ("a Polri hospital by its grade and Polri alone names no town", "Kepala Rumah Sakit Bhayangkara Tingkat II Polri "
     "hadir.", []),
    ("a Satuan's unit named alone, in a story about one resort", "Polres Wonogiri menggelar apel; Unit PPA meraih "
     "piagam.", ["Polres Wonogiri", "Unit PPA Polres Wonogiri"]),
    ("a Satuan's unit written out, its short name in brackets", "Polres Klaten melalui Unit Perlindungan Perempuan "
     "dan Anak (PPA) meraih piagam.", ["Polres Klaten", "Unit PPA Polres Klaten"]),
    ("a Satuan's unit alone with its Satuan's function after it", "Di Polres Blora, Unit Laka Lantas juara.",
     ["Polres Blora", "Unit Laka Satlantas Polres Blora"]),
    ("Satuan's units alone in a story that names their Satuan", "Polres Rembang memuji tim Reserse Kriminal: Unit "
     "Jatanras dan Unit Resmob.", ["Polres Rembang", "Unit Jatanras Satreskrim Polres Rembang",
                                   "Unit Resmob Satreskrim Polres Rembang"]),
    ("a unit chief's post alone names no unit", "Di Polres Batang, Iptu Dodi kini Kanit Tipikor.", ["Polres Batang"]),
    ("functions listed bare after 'fungsi', in a story about one resort", "Polres Kebumen memberi piagam kepada "
     "personel dari fungsi Reskrim, Lantas dan Intelkam.", ["Polres Kebumen", "Satreskrim Polres Kebumen",
                                                           "Satlantas Polres Kebumen", "Satintelkam Polres Kebumen"]),
    ("a function of both levels alone, in a story about one resort, is the resort's", "Di Polresta Sidoarjo, "
     "anggota Samapta juara.", ["Polresta Sidoarjo", "Satsamapta Polresta Sidoarjo"]),
    ("internal-affairs, ICT and personnel functions listed bare", "Di Polres Jepara, satuan lain seperti Paminal, TIK "
     "dan Sumda ikut diganjar.", ["Polres Jepara", "Seksi Propam Polres Jepara", "Seksi Tipol Polres Jepara",
                                "Bag SDM Polres Jepara"]),
    ("a bare function outside a list stays no unit", "Di Polres Jepara, Paminal memeriksa anggota.", ["Polres Jepara"]),
    ("a sub-unit's full name in small letters before its parent", "Personel satuan reserse kriminal Polres Temanggung "
     "dan Direktorat lalu lintas Polda DIY hadir.", ["Satreskrim Polres Temanggung", "Ditlantas Polda Daerah Istimewa "
                                                    "Yogyakarta"]),
    ("a sub-unit's full name in small letters alone names none", "Ia pernah bertugas di satuan lalu lintas.", []),
    ("a former regional command (Polwil), as written, and its chief", "Polwil Kedu dan Kapolwil Besuki hadir.",
     ["Polwil Kedu", "Polwil Besuki"]),
    ("a regiment of the Brimob corps, and a detachment named without its Polda", "Hadir Sat III Pelopor Brimob dan "
     "Detasemen C Brimob.", ["Sat III Pelopor Korbrimob Polri", "Detasemen C Brimob"]),
    ("the corps named inside a regiment's name is no unit of its own", "Satuan I Gegana Korbrimob Polri juara.",
     ["Sat I Gegana Korbrimob Polri"]),
    ("a Bidang's sub-field and its head", "Subbid Penmas Bidhumas Polda Bali dan Kasubbid PID Bidhumas Polda NTB.",
     ["Subbid Penmas Bidhumas Polda Bali", "Subbid PID Bidhumas Polda Nusa Tenggara Barat"]),
    ("a forensic laboratory written without Bid before its Polda", "Labfor Polda Riau hadir.", ["Bidlabfor Polda Riau"]),
    ("a city's Polsek written with and without Kota: the name written more often", "Polsek Kota Blora hadir. "
     "Kapolsek Blora dan anggota Polsek Blora bangga.", ["Polsek Blora", "Polsek Blora", "Polsek Blora"]),
    ("the district and regency after a Polsek are no more Polsek", "Polsek Ngadirejo, Kecamatan Ngadirejo, Kabupaten "
     "Temanggung hadir.", ["Polsek Ngadirejo"]),
    ("a regency's short name in two words", "Polres Tanjab Barat dan Polres Tanjab Timur hadir.",
     ["Polres Tanjung Jabung Barat", "Polres Tanjung Jabung Timur"]),
    ("people of functions named bare", "Kapolres Blora memuji anggota Reskrim, Lantas dan Intelkam.",
     ["Polres Blora", "Satreskrim Polres Blora", "Satlantas Polres Blora", "Satintelkam Polres Blora"]),
    ("a bare Kapolsek among local leaders who share the place named last", "Piagam diserahkan kepada Camat, "
     "Kapolsek, Danramil dan Kepala Puskesmas Bandongan.", ["Polsek Bandongan"]),
    ("a bare Kapolres beside a district commander of the same regency", "Penghargaan diberikan kepada Kapolres dan "
     "Dandim 0716 Demak.", ["Polres Demak"]),
    ("a bare Kapolres beside leaders of a place no resort is named after", "Hadir Kapolres dan Camat Tembalang.", []),
    ("people of a function who come from several units are each unit's sub-unit", "Sebanyak 300 personel Brimob "
     "yang berasal dari Polda Riau, Polda Jambi dan Polda Aceh dilepas.", ["Satbrimob Polda Riau", "Satbrimob Polda "
     "Jambi", "Satbrimob Polda Aceh"]),
    ("members of a Satuan from two resorts", "Dua puluh anggota Satlantas asal dari Polres Klaten dan Polres Boyolali "
     "hadir.", ["Satlantas Polres Klaten", "Satlantas Polres Boyolali"]),
    ("a resort's traffic police by their nickname", "Dua Polantas Polres Sleman menerima piagam.",
     ["Satlantas Polresta Sleman"]),
    ("traffic police spelled out, the nickname in brackets, then the resort", "Empat anggota polisi lalu lintas "
     "(Polantas) Polres Magelang menerima penghargaan.", ["Satlantas Polresta Magelang"]),
    ("a Polda's traffic police by their nickname", "Polantas Polda Jatim meraih juara.", ["Ditlantas Polda Jawa Timur"]),
    ("the nickname alone names no unit of its own", "Polantas menerima piagam dari Polres Sleman.",
     ["Polresta Sleman"]),
    ("the police of a regency, by the word for the police and the place", "Polisi Kudus menerima piagam.",
     ["Polres Kudus"]),
    ("the police 'di' a regency, in small letters", "Piagam diberikan kepada kepolisian di Banyumas.",
     ["Polresta Banyumas"]),
    ("the corps' other name before a regency", "Korps Bhayangkara Sumbawa meraih penghargaan.", ["Polres Sumbawa"]),
    ("the police of a province by its short form", "Polisi Jateng menyabet juara umum.", ["Polda Jawa Tengah"]),
    ("a Polda's Brimob by its short name, then the province alone", "Satbrimobda Jateng meraih penghargaan.",
     ["Satbrimob Polda Jawa Tengah"]),
    ("Polda directorates each before their province alone", "Piagam untuk Ditlantas Kaltim dan Bidhumas Sulsel.",
     ["Ditlantas Polda Kalimantan Timur", "Bidhumas Polda Sulawesi Selatan"]),
    ("a function's bare word before a province is the province's office, no unit", "Humas Jateng hadir.", []),
    ("the long form in small letters before the place", "Piagam diberikan kepada kepolisian resor Jombang.",
     ["Polres Jombang"]),
    ("the local resort of the city whose mayor gives", "Wali Kota Blitar memberikan piagam kepada Polres setempat.",
     ["Polres Blitar Kota"]),
    ("the local resort's chief, of the regency whose Bupati gives", "Bupati Temanggung menyerahkan piagam kepada "
     "Kapolres setempat.", ["Polres Temanggung"]),
    ("the local resort with no place named is none", "Polres setempat hadir.", []),
    ("a kind of police or a foreign police names no place's unit", "Polisi Wanita dan polisi Malaysia hadir.", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, passage, units", UNITS, ids=[row[0] for row in UNITS])
def test_units_named(construction, passage, units):
    assert [m.name for m in find_unit_mentions(passage)] == units


# -- who receives: the recipients of a whole story ----------------------------------------------------

RECIPIENTS = [
    # construction, headline, text, the recipients of each award
    ("a witness phrase between the giver and its verb ends before the receivers", None, "Kapolda Sulsel, didampingi "
     "Wakapolda, menyerahkan piagam kepada Polres Bone atas pengamanan pilkada.", [["Polres Bone"]]),
    ("a central body's head receives for it", None, "Kakorlantas Polri Irjen Budi Santoso meraih penghargaan dari "
     "Kementerian Perhubungan atas keselamatan jalan.", [["Korlantas Polri"]]),
    ("a central body's head who hands over receives nothing", None, "Kabaharkam Polri Komjen Heru Wibowo menyerahkan "
     "piagam penghargaan kepada Polres Tegal atas pengamanan arus mudik.", [["Polres Tegal"]]),
    ("a central body written out, its short name in brackets", None, "Pusat Keuangan (Puskeu) Polri meraih "
     "penghargaan dari Kementerian Keuangan atas laporan keuangan terbaik.", [["Puskeu Polri"]]),
    ("a headline verb without its prefix names the recipient", "Polres Wonogiri Boyong Piala Kampung Tangguh",
     "Piala itu diserahkan Gubernur Jawa Tengah di Semarang, Senin.", [["Polres Wonogiri"]]),
    ("officers praised, then the units they come from", None, "Kapolda Bali memberikan penghargaan kepada 12 "
     "personel berprestasi dari Polres Gianyar dan Polres Tabanan.", [["Polres Gianyar", "Polres Tabanan"]]),
    ("a chief honours a counted group made up of his own people", None, "Kapolres Bantul AKBP Yuswanto menyerahkan "
     "piagam kepada 30 orang, yang terdiri dari 26 personel dan 4 relawan, atas pengamanan malam takbiran.",
     [["Polres Bantul"]]),
    ("members counted receive from their chief, who names their unit", None, "Sebanyak 9 polisi mendapat piagam "
     "penghargaan dari Kapolresta Sleman atas pengamanan malam Natal.", [["Polresta Sleman"]]),
    ("members receive from a Polda chief", None, "Para personel menerima piagam dari Kapolda Bali atas pengamanan "
     "konferensi internasional.", [["Polda Bali"]]),
    ("a Polsek's chief honours his own people", None, "Kapolsek Ngluwar AKP Rudi memberikan piagam kepada lima "
     "personel atas pengamanan pemilu.", [["Polsek Ngluwar"]]),
    ("people from outside who receive from a chief are not his unit", None, "Sebanyak 9 warga mendapat piagam "
     "penghargaan dari Kapolresta Sleman atas bantuan mereka.", []),
    ("those who received, then where they come from ('di antaranya dari')", None, "Kapolda Riau memberikan "
     "penghargaan kepada personel berprestasi. Personel yang menerima penghargaan di antaranya dari Polres Siak, "
     "Polres Kampar dan Polres Bengkalis.", [["Polres Siak", "Polres Kampar", "Polres Bengkalis"]]),
    ("the receivers spread across the resorts they serve in", None, "Kapolda Riau memberikan penghargaan kepada "
     "personel berprestasi. Para penerima penghargaan itu tersebar di Polres Siak, Polres Kampar dan Polres Bengkalis.",
     [["Polres Siak", "Polres Kampar", "Polres Bengkalis"]]),
    ("a unit's chief named after 'dari' is still the giver", None, "Polsek Tualang menerima penghargaan dari "
     "Kapolres Siak atas pengamanan pilkada.", [["Polsek Tualang"]]),
    ("chiefs named to a title of honour, then who they are ('Kapolsek sebagai ... terbaik adalah')", None,
     "Bupati Wonogiri memberikan penghargaan kepada para penggerak vaksinasi. Camat sebagai penggerak terbaik adalah "
     "Camat Pracimantoro. Kapolsek sebagai motivator vaksinasi terbaik adalah Kapolsek Pracimantoro dan Kapolsek "
     "Giritontro.", [["Polsek Pracimantoro", "Polsek Giritontro"]]),
    ("members honoured, counted by where they come from", None, "Kapolres Boyolali memberikan penghargaan kepada "
     "sepuluh personel berprestasi. Empat personel dari Satreskrim, tiga dari Satlantas dan tiga dari Polsek Ampel.",
     [["Satreskrim Polres Boyolali", "Satlantas Polres Boyolali", "Polsek Ampel"]]),
    ("where an officer serves is no venue", None, "Piagam dari Bupati Kulon Progo diterima Brigadir Sari yang "
     "bertugas di Polsek Sentolo.", [["Polsek Sentolo"]]),
    ("a sub-unit that pins an award on another gives it", None, "Ditlantas Polda Riau menyematkan piagam kepada "
     "Satlantas Polres Kampar atas turunnya angka kecelakaan.", [["Satlantas Polres Kampar"]]),
    ("a body that hands awards over in its own clause gives", None, "Bidhumas Polda Jambi meraih penghargaan "
     "dari Divisi Humas Polri. Divisi Humas Polri juga memberikan penghargaan serta pelatihan kehumasan.",
     [["Bidhumas Polda Jambi"]]),
    ("a resort with the Polsek under it, named as a class, then listed", None, "Polres Klaten bersama dua Polsek "
     "jajarannya, yakni Polsek Delanggu dan Polsek Wedi, meraih predikat pelayanan prima.",
     [["Polres Klaten", "Polsek Delanggu", "Polsek Wedi"]]),
    ("a speaking chief's own side receives", None, "Kapolres Wonosobo AKBP Ruruh mengatakan, pihaknya meraih "
     "penghargaan dari Ombudsman atas kepatuhan pelayanan publik.", [["Polres Wonosobo"]]),
    ("a receiving clause set before its subject", None, "Usai meraih predikat WBBM dari Kementerian PANRB, Polres "
     "Temanggung menggelar syukuran.", [["Polres Temanggung"]]),
    ("a unit that holds an event for its own award", None, "Syukuran digelar Polres Purworejo setelah meraih "
     "predikat WBK dari Kementerian PANRB.", [["Polres Purworejo"]]),
    ("the resort a contest was held within is no winner", None, "Bhabinkamtibmas Polsek Tempel meraih juara satu "
     "lomba Siskamling tingkat Polresta Sleman.", [["Polsek Tempel"]]),
    ("a Polsek that also won the same award as its resort", None, "Polres Pemalang meraih penghargaan dari Ombudsman. "
     "Selain itu, Polsek Comal juga meraih penghargaan serupa dari Ombudsman.", [["Polres Pemalang", "Polsek Comal"]]),
    ("a counted headline, the lead listing who they are", "Dua Polres di Bali Raih Predikat WBBM",
     "Keduanya adalah Polres Badung dan Polres Karangasem.", [["Polres Badung", "Polres Karangasem"]]),
    ("a Polsek's resort in brackets after it is only its parent", None, "Piagam dari Bupati Grobogan diterima "
     "Polsek Godong (Polres Grobogan) dan Polsek Gubug (jajaran Polres Grobogan, Polda Jateng).",
     [["Polsek Godong", "Polsek Gubug"]]),
    ("a Polsek with its resort and Polda after it, each the parent of the one before", None, "Polsek Ngaliyan, "
     "Polrestabes Semarang, Polda Jateng menerima piagam dari Wali Kota Semarang.", [["Polsek Ngaliyan"]]),
    ("a resort's chief and the chief of one of its Satuan open a headline, each receives", "Kapolres dan Kasat Lantas "
     "Polres Pemalang Diganjar Piagam oleh Bupati", "Piagam itu diserahkan Bupati Pemalang di pendopo, Senin.",
     [["Polres Pemalang", "Satlantas Polres Pemalang"]]),
    ("the command a force was lent to frames its operation", None, "Kapolri menganugerahkan Satyalancana kepada 200 "
     "personel Brimob seusai Operasi Damai BKO Polda Maluku. Menurut Kakorbrimob, 200 personel Brimob penerima "
     "penghargaan itu berasal dari Polda Lampung dan Polda Banten.", [["Satbrimob Polda Lampung", "Satbrimob Polda Banten"]]),
    ("those counted, then who they are among ('mereka antara lain')", None, "Ombudsman RI memberikan penghargaan "
     "kepatuhan kepada delapan Polres. Mereka antara lain Polres Kebumen, Polres Purbalingga dan Polres Banjarnegara.",
     [["Polres Kebumen", "Polres Purbalingga", "Polres Banjarnegara"]]),
    ("personnel counted, then the Satuan they are made up of", None, "Sebanyak 15 personel Polres Wonosobo menerima "
     "penghargaan dari Kapolres. Mereka terdiri dari anggota Satreskrim, Satlantas dan Satbinmas.",
     [["Satreskrim Polres Wonosobo", "Satlantas Polres Wonosobo", "Satbinmas Polres Wonosobo"]]),
    ("members of the police in general are the story's own Polda's, not Polri as a body", "Polda Bengkulu Beri "
     "Penghargaan kepada Polisi Berprestasi", "Dalam syukuran HUT Bhayangkara di Polda Bengkulu, sejumlah anggota Polri "
     "mendapat penghargaan dari Kapolda.", [["Polda Bengkulu"]]),
    ("the unit whose event's committee hands the prizes over receives nothing", None, "Satbrimob Polda Papua Barat meraih "
     "juara pertama lomba kebersihan. Piala diserahkan oleh ketua panitia HUT Bhayangkara ke-77 Polda Papua Barat.",
     [["Satbrimob Polda Papua Barat"]]),
    ("the police corps by its other name receives", None, "Badan Pemeriksa Keuangan memberikan penghargaan kepada "
     "Korps Bhayangkara atas laporan keuangan yang tertib.", [["Mabes Polri"]]),
    ("a former command names only the area it covered", None, "Polres Batang meraih juara satu lomba Polmas "
     "se-Eks Polwil Kedu dari Polda Jateng.", [["Polres Batang"]]),
    ("the police by the outlets' nickname, in a story about one resort", None, "Bupati Purbalingga memuji kinerja "
     "Polres Purbalingga. Bupati memberikan penghargaan kepada korps baju cokelat atas pengamanan pilkada.",
     [["Polres Purbalingga"]]),
    ("pairs of a Polsek and its resort after a comma", None, "Piagam dari Gubernur Jawa Tengah diterima Polsek "
     "Bawen, Polres Semarang dan Polsek Bulu, Polres Temanggung.", [["Polsek Bawen", "Polsek Bulu"]]),
    ("members of the police in a story that names no regional unit are Polri's", None, "Kapolri memberikan "
     "penghargaan kepada anggota berprestasi. Sebanyak 40 anggota Polri mendapat penghargaan itu di Jakarta.",
     [["Mabes Polri"]]),
    ("a Satuan's chief with the people of one of its units receives for the Satuan", None, "Piagam dari Bupati Pati "
     "diterima Kasat Reskrim Polresta Pati AKP Dedi bersama lima anggota Unit Resmob.", [["Satreskrim Polresta Pati"]]),
    ("a Satuan's unit named alone receives", None, "Polres Sragen menggelar apel pagi. Dalam apel itu Unit PPA "
     "menerima piagam dari Bupati Sragen atas penanganan kasus anak.", [["Unit PPA Polres Sragen"]]),
    ("a Polri hospital named after its town receives", None, "Kementerian Kesehatan memberikan penghargaan kepada "
     "Rumah Sakit Bhayangkara Tingkat III Pekalongan atas layanan pasien.", [["RS Bhayangkara Pekalongan"]]),
    ("a counted pronoun after kepada takes the units named just before", None, "Tiga polres, yaitu Polres Kendal, "
     "Polres Demak dan Polres Blora, menekan angka kecelakaan. Ditlantas Polda Jateng memberikan penghargaan kepada "
     "ketiganya.", [["Polres Kendal", "Polres Demak", "Polres Blora"]]),
    ("a counted pronoun that counts other than the units named before stays unread", None, "Polres Kendal dan "
     "Polres Demak menekan angka kecelakaan. Bupati Kendal memberikan penghargaan kepada Polres Kendal dan "
     "ketiganya.", [["Polres Kendal"]]),
    ("the people of a Polda, opening the lead after its dateline", None, "KENDARI - Jajaran Polda Sulawesi Tenggara "
     "meraih penghargaan dari Badan Pemeriksa Keuangan.", [["Polda Sulawesi Tenggara"]]),
    ("all the people of a Polda after kepada", None, "Gubernur Riau memberikan penghargaan kepada seluruh jajaran "
     "Polda Riau atas pengamanan pilkada.", [["Polda Riau"]]),
    ("a directorate that names the best of its Satuan gives, after oleh", None, "Satlantas Polres Kampar dinobatkan "
     "sebagai Satlantas terbaik oleh Ditlantas Polda Riau.", [["Satlantas Polres Kampar"]]),
    ("who did the deed after oleh, in the reason, still receives", None, "Kapolda Riau memberikan penghargaan kepada "
     "Ditresnarkoba Polda Riau. Penghargaan diberikan atas pengungkapan 40 kilogram sabu oleh Ditresnarkoba Polda "
     "Riau.", [["Ditresnarkoba Polda Riau"]]),
    ("a Kapolda, his post written out, counted off as a category's winner", None, "Lemkapi menyerahkan Anugerah "
     "Polisi Teladan 2024 di Jakarta. Pemenang pertama adalah Kanit Reskrim Polsek Cibeber Aipda Budi Santoso untuk "
     "kategori Polisi Jujur. Kedua, Kepala Kepolisian Daerah (Kapolda) Bengkulu Irjen Rudi Hartono untuk kategori "
     "Polisi Berintegritas.", [["Polsek Cibeber"], ["Polda Bengkulu"]]),
    ("a Kapolda counted off after a unit's category award", None, "Kompolnas memberikan penghargaan kepada Polres "
     "Garut dalam kategori Polisi Teladan. Kedua, Kapolda Jambi Irjen Sari Dewi untuk kategori Pemimpin Inovatif.",
     [["Polres Garut"], ["Polda Jambi"]]),
    ("the police of a regency by nickname receive, their chief takes it", None, "Komisi Informasi NTB memberikan "
     "penghargaan kepada Korps Bhayangkara Sumbawa sebagai badan publik informatif. Penghargaan diterima Kapolres "
     "Sumbawa AKBP Yusuf Hamzah.", [["Polres Sumbawa"]]),
    ("the police of a regency by the word 'Polisi' receive from its government", None, "Polisi Kudus menerima "
     "penghargaan dari Pemerintah Kabupaten Kudus atas pengamanan arus mudik. Piagam diserahkan Bupati Kudus di "
     "Pendopo, Rabu (17/4).", [["Polres Kudus"]]),
    ("the local resort of the regency whose government gives", None, "Pemerintah Kabupaten Wonogiri memberikan "
     "penghargaan kepada Polres setempat atas pengamanan Lebaran.", [["Polres Wonogiri"]]),
    ("the local resort's chief takes the regency's award", None, "Penghargaan dari Bupati Temanggung diterima "
     "Kapolres setempat, AKBP Agus Santoso, di Pendopo Pengayoman.", [["Polres Temanggung"]]),
    ("a Polda from one giver, its directorate from another in the next sentence: two awards", None, "Polda "
     "Bengkulu meraih penghargaan dari KPPN Bengkulu. Ditreskrimsus Polda Bengkulu mendapat penghargaan dari OJK.",
     [["Polda Bengkulu"], ["Ditreskrimsus Polda Bengkulu"]]),
    ("a body's award first, then a ministry office's to a resort: two awards", None, "Polda Kalteng meraih "
     "penghargaan dari OJK. Polres Kapuas mendapat penghargaan dari KPPN Kuala Kapuas.",
     [["Polda Kalimantan Tengah"], ["Polres Kapuas"]]),
    ("a Polda and a resort from different givers joined by 'sedangkan'", None, "Polda Bengkulu meraih penghargaan "
     "dari OJK, sedangkan Polres Kaur mendapat penghargaan dari Bupati Kaur.", [["Polda Bengkulu"], ["Polres Kaur"]]),
    ("a unit's headquarters opens a headline and receives", "Mapolres Sragen Terima Piagam Zona Integritas",
     "Piagam diserahkan pejabat KemenPAN-RB di Jakarta, Rabu (11/12).", [["Polres Sragen"]]),
    ("a unit's headquarters as the subject of a receiving verb", None, "Mapolres Boyolali menerima piagam kepatuhan "
     "dari Ombudsman RI.", [["Polres Boyolali"]]),
    ("a headquarters where a chief hands an award to a citizen receives nothing", None, "Kapolres Klaten AKBP Budi "
     "menyerahkan piagam di halaman Mapolres Klaten. Piagam itu untuk seorang warga yang menolong korban banjir.", []),
    ("units only nominated in their own clause, another wins in the next", None, "Polres Sleman dan Polres Kulon "
     "Progo masuk nominasi penghargaan Kompolnas, namun penghargaan akhirnya diraih Polres Gunungkidul.",
     [["Polres Gunungkidul"]]),
    ("the winner first, a nominee after 'sedangkan'", None, "Penghargaan Kompolnas diraih Polres Pati, sedangkan "
     "Polres Kendal hanya masuk nominasi.", [["Polresta Pati"]]),
    ("a nominated Polsek, then the one that receives", None, "Polsek Wates dinominasikan, tetapi Polsek Sentolo yang "
     "menerima piagam dari Bupati Kulon Progo.", [["Polsek Sentolo"]]),
    ("a Kapolda who hands out an award for a category still gives", None, "Kapolda Riau Irjen Budi Santoso memberikan "
     "piagam untuk kategori pelayanan terbaik kepada Polres Kampar.", [["Polres Kampar"]]),
    ("a Kapolda who receives with his wife named between him and the verb", None, "Kapolda Bali Irjen Pol Made Arta "
     "beserta istri menerima penghargaan dari Bupati Gianyar.", [["Polda Bali"]]),
    ("a Kapolda who receives together with his Kapolres, none of them named", None, "Kapolda Jambi Irjen Pol Budi "
     "Santoso bersama dua Kapolres jajarannya menerima piagam dari Gubernur Jambi atas pengamanan pilkada.",
     [["Polda Jambi"]]),
    ("a Polda official who hands over for his chief: his directorate gives", None, "Polres Pidie meraih peringkat II "
     "penanganan curanmor. Piagam diserahkan oleh Dirreskrimum Kombes Pol Hadi Saputra yang mewakili Kapolda Aceh, "
     "dan diterima langsung Kapolres Pidie AKBP Budi Santoso.", [["Polres Pidie"]]),
    ("the same, his bureau named with its Polda, a passive verb of conferring", None, "Satlantas Polres Bireuen "
     "diganjar piagam oleh Karo Ops Polda Aceh Kombes Pol Rudi Hartono atas pengamanan mudik.",
     [["Satlantas Polres Bireuen"]]),
    ("a Polda bureau that closes the name of the meeting the award was handed over at is its host", None, "Polres "
     "Nagan Raya menerima piagam peringkat I penanganan curanmor dalam acara Gelar Operasional Biro Operasi Polda Aceh "
     "di Banda Aceh.", [["Polres Nagan Raya"]]),
    ("the same, a directorate's technical meeting", None, "Satlantas Polres Kendal meraih penghargaan pada Rakernis "
     "Ditlantas Polda Jateng di Semarang.", [["Satlantas Polres Kendal"]]),
    ("a Polda that receives and also hosts the meeting stays a recipient", None, "Polda Bali meraih penghargaan "
     "pelayanan terbaik pada Rapat Kerja Teknis Polda Bali.", [["Polda Bali"]]),
    ("an earlier award said again after its background sentence adds no unit", None, "Polres Sragen memberikan "
     "penghargaan kepada 12 anggota berprestasi dalam apel pagi. Sebelumnya Polres Sragen telah menerima penghargaan "
     "dari Lembaga Kajian Hukum atas prestasi jajarannya. Penghargaan itu terutama ditujukan kepada Satreskrim Polres "
     "Sragen setelah membongkar sindikat curanmor.", [["Polres Sragen"]]),
    ("the same, the award named as a piagam and opened by a joining word", None, "Kapolres Boyolali menyerahkan "
     "piagam kepada 9 anggota berprestasi. Tahun lalu Polres Boyolali pernah meraih piagam dari Gubernur. Namun, "
     "piagam tersebut diberikan kepada Satlantas Polres Boyolali atas penataan lalu lintas mudik.",
     [["Polres Boyolali"]]),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, recipients", RECIPIENTS, ids=[row[0] for row in RECIPIENTS])
def test_recipients_of_a_story(construction, title, text, recipients):
    assert [a["recipients"] for a in extract_awards(title, text)] == recipients


COUNTED = [
    # construction, sentence, its story, the units the sentence counts
    ("a count of chiefs, their units listed before", "Piagam diserahkan kepada tiga Kapolres.",
     "Nilai Polres Kendal 98, Polres Demak 95 dan Polres Blora 91. Piagam diserahkan kepada tiga Kapolres.",
     ["Polres Kendal", "Polres Demak", "Polres Blora"]),
    ("no sentence names as many", "Piagam diberikan kepada 19 Polres.",
     "Piagam diberikan kepada 19 Polres. Nilai tertinggi diraih Polres Kendal dan Polres Demak.", []),
    ("a count followed by names is no reference", "Dua Polres, Polres Kendal dan Polres Demak, meraih WBK.",
     "Dua Polres, Polres Kendal dan Polres Demak, meraih WBK. Polres Blora dan Polres Batang hadir.",
     ["Polres Kendal", "Polres Demak"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, story, units", COUNTED, ids=[row[0] for row in COUNTED])
def test_units_counted_in_a_sentence_and_named_in_another(construction, sentence, story, units):
    assert [m.name for m in find_unit_mentions(sentence, story=story)] == units


# A chief written by his post alone is the chief of the resort the story is about, unless a count makes him one of
# many; the counts are those of the number-word table, compounds too.
STORY_OF_ONE_RESORT = "Polres Batang meraih predikat WBK dari Kapolda. Plakat diterima Kapolres di Semarang."
CHIEFS_BY_POST = [
    ("a chief by his post alone", "Plakat diterima Kapolres di Semarang.", ["Polres Batang"]),
    ("chiefs counted in a word", "Plakat diterima sembilan Kapolres di Semarang.", []),
    ("chiefs counted in a compound", "Plakat diserahkan kepada dua belas Kapolres.", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, units", CHIEFS_BY_POST, ids=[row[0] for row in CHIEFS_BY_POST])
def test_chiefs_by_post_counted_are_none_in_particular(construction, sentence, units):
    assert [m.name for m in find_unit_mentions(sentence, story=STORY_OF_ONE_RESORT)] == units


def test_one_unit_one_name_for_comparing():
    assert canonical_unit_name("Polres Malang Kota") == canonical_unit_name("Polresta Malang Kota")
    assert canonical_unit_name("Satlantas Polres Manokwari") == "Satlantas Polresta Manokwari"


# -- who receives: one sentence's role ---------------------------------------------------------------

ROLES = [
    ("an adverb between a passive verb and its agent", "Piagam itu diterima langsung Kapolsek Wates AKP Budi.",
     "received"),
    ("an adverb between a passive verb and another body", "Juara pertama diraih pula SMA Negeri 2 Wates.", "other"),
    ("the police install a citizen as their ambassador", "Polres Jepara mengukuhkan pelawak Sule Jaya sebagai Duta "
     "Lalu Lintas.", "given"),
    ("citizens rewarded by the police, the reward by its English word", "Tiga pemuda diganjar reward oleh Polsek "
     "Cepu karena menangkap pencuri.", "given"),
    ("a unit rewarded, the reward by its English word", "Satreskrim Polres Blora diganjar reward oleh Kapolda.",
     "received"),
    ("receivers counted, then said to include the police", "Ada 12 orang yang memperoleh piagam, sembilan di "
     "antaranya anggota kepolisian dan tiga warga.", "received"),
    ("receivers counted, the police included", "Sebanyak 30 orang menerima penghargaan, termasuk dua personel Polsek "
     "Kalasan.", "received"),
    ("receivers counted, another body's members included", "Sebanyak 30 warga menerima penghargaan, termasuk "
     "anggota DPRD.", "other"),
    ("members of a citizens' group the police train are not Polri", "Kapolres Magelang memberikan piagam kepada "
     "anggota Pokdarkamtibmas Desa Banyurojo.", "given"),
    ("a police-trained group named by its unit received, not the unit", "Anggota Saka Bhayangkara Polres Klaten "
     "menerima penghargaan dari Kapolres atas bantuan mengatur arus mudik.", "given"),
    ("a hamlet wins the contest", "Juara pertama diraih Dusun Ngentak.", "other"),
    ("Polri honours its own Polda", "Kapolri memberikan piagam penghargaan kepada empat polda terbaik.", "received"),
    ("headline: giver verb with the Polda as object", "Kapolri Anugerahi Piagam 4 Polda Terbaik", "received"),
    ("decoration pinned on personnel", "Kapolda Bali Sematkan Satyalancana ke 900 Personel", "received"),
    ("record given to officers", "MURI Serahkan Rekor ke Dua Perwira Polres Pati", "received"),
    ("counted people, then who they are", "Kapolres menyerahkan penghargaan kepada 20 orang, terdiri dari personel dan warga.",
     "received"),
    ("Polri gives to people, headline", "Kapolres Klaten Beri Penghargaan Dua Warga Penangkap Jambret", "given"),
    ("people given an award named after its Polri giver", "Tiga Pelajar Diberi Penghargaan Kapolres Sleman", "given"),
    ("a word of a unit's place name that is also a word of hope is no plan", "Polsek Sungai Harapan menerima "
     "piagam dari Camat atas pengamanan pilkada.", "received"),
    ("the same word in a chief's unit", "Kapolsek Harapan Makmur AKP Joko meraih penghargaan dari Bupati.", "received"),
    ("hope written small before the verb is still a plan", "Polsek Sungai Harapan berharap meraih penghargaan dari "
     "Bupati.", None),
    ("a winner named without rank, his paper in brackets, after the police's unit", "Lomba foto itu digelar Polres "
     "Gianyar, dan juara II diraih Made Arta (Harian Bali).", "other"),
    ("a winner named without rank, then 'dari' his school", "Dalam lomba yang diadakan Satlantas Polres Sleman, "
     "juara pertama direbut Rina Lestari dari SMAN 2 Sleman.", "other"),
    ("a winner named without rank, then 'asal' his village", "Pada lomba Polsek Ngemplak, juara harapan disabet Budi "
     "Santoso asal Wedomartani.", "other"),
    ("a passive 'direbut', then the police unit", "Juara umum lomba baris itu direbut Polres Boyolali.", "received"),
    ("a winner named with his rank is the police's", "Lomba tembak itu digelar Polda Jateng, dan juara I diraih "
     "Bripka Andi Saputra (Polres Klaten).", "received"),
    ("a headline in capitals: a plan after a unit's name", "Penolong Kapolsek Ngawen Akan Mendapat Hadiah", None),
    ("a headline in capitals: a promise after a unit's name", "Dua Bhabinkamtibmas Polsek Kartasura Bakal Terima "
     "Penghargaan Bupati", None),
    ("a headline in capitals: not yet, after a unit's name", "Polres Wonogiri Belum Raih Predikat WBK", None),
    ("a passive verb, an adverb, then the police agent", "Piagam itu diterima langsung Kapolsek Kaliwungu AKP Rudi "
     "dari Camat Kaliwungu.", "received"),
    ("a passive verb, an adverb, then another agent", "Hadiah itu diterima langsung Kepala Desa Karanganyar dari "
     "Kapolsek Kaliwungu.", "given"),
    ("a passive verb, 'secara langsung oleh', then the police", "Trofi itu diraih secara langsung oleh Polsek "
     "Kaliwungu.", "received"),
    ("the members of a police unit and another body, listed as the subject", "Personel gabungan Polres Wonosari dan "
     "Kodim Wonosari menerima penghargaan dari Bupati.", "received"),
    ("members of a Polsek listed first with a Koramil", "Anggota Polsek Ngluwar dan Koramil Ngluwar meraih piagam dari "
     "Camat Ngluwar.", "received"),
    ("a unit put in the green zone", "Polres Sukoharjo masuk zona hijau dalam penilaian kepatuhan Ombudsman.",
     "received"),
    ("a unit that stands in the grade of high compliance", "Dalam penilaian Ombudsman, Polsek Jebres berada pada "
     "kategori kepatuhan tinggi.", "received"),
    ("a unit counted among those of the green zone", "Polsek Laweyan termasuk dalam zona hijau penilaian Ombudsman.",
     "received"),
    ("a unit risen to the green zone", "Polsek Banjarsari naik ke zona hijau dalam penilaian kepatuhan Ombudsman.",
     "received"),
    ("a unit whose standing is the green zone", "Polsek Banjarsari berstatus zona hijau dengan nilai 96,1.", "received"),
    ("a unit that becomes the best of a contest", "Polsek Wirobrajan menjadi yang terbaik dalam lomba kebersihan "
     "markas tingkat Polresta Yogyakarta.", "received"),
    ("a unit that becomes a contest's champion ('jawara')", "Polsek Wirobrajan sukses menjadi jawara lomba baris "
     "berbaris.", "received"),
    ("a place won, passive, by a unit", "Juara pertama dimenangkan oleh Polsek Wirobrajan.", "received"),
    ("a place won, passive, by a school", "Juara pertama dimenangkan oleh SMA Negeri 2 Wirobrajan.", "other"),
    ("a unit named an exemplary Polsek", "Polsek Wirobrajan ditetapkan menjadi Polsek teladan tingkat Polda DIY.",
     "received"),
    ("a good example alone is no award", "Kapolsek Wirobrajan berharap anggotanya menjadi teladan bagi warga.", None),
    ("a unit put in a middling grade receives nothing", "Polres Sukoharjo masuk kategori cukup atau zona kuning dalam "
     "penilaian Ombudsman.", None),
    ("an aim said twice, the second time after 'atau'", "Polres Sukoharjo diharapkan bisa meraih predikat kepatuhan "
     "tinggi dalam penilaian Ombudsman tahun ini atau masuk zona hijau.", None),
    ("a unit that keeps its predikat receives it again", "Polres Gresik kembali mempertahankan predikat WBBM dari "
     "Kementerian PAN-RB.", "received"),
    ("a programme that brought its unit an award", "Program polisi mengajar yang digagas Polsek Kembangan berbuah "
     "Penghargaan Kompolnas 2024 bagi Polsek Kembangan.", "received"),
    ("a Kapolda honours the regional leadership forum", "Kapolda Jawa Timur menganugerahkan penghargaan kepada Forum "
     "Koordinasi Pimpinan Daerah (Forkopimda).", "given"),
    ("members of a non-Polri body given by a Kapolda, passive", "Anggota KPPS dan Linmas diberi piagam penghargaan "
     "oleh Kapolda Kalsel atas dedikasi mereka.", "given"),
    ("members of a Polri unit given by their Kapolda", "Anggota Satlantas diberi piagam penghargaan oleh Kapolda.",
     "received"),
    ("civilians win a Polri award", "SMK Negeri 1 Juarai Lomba Video Award Polres Bantul", "given"),
    ("speaker gives", '"Piagam ini kami berikan kepada para relawan," ujar AKBP Joko.', "given"),
    ("a Polri award won by a journalist", "Wartawan Harian Jogja menyabet juara pertama pada malam penghargaan "
     "Anugerah Jurnalistik Polri 2024.", "given"),
    ("nominees have not received", "Sepuluh polda masuk nominasi dan berpeluang meraih Kompolnas Awards.", None),
    ("a tournament named after a chief is no actor", "Tim SSB Garuda menjadi juara Kapolres Cup 2024 dan menerima "
     "trofi dari Kapolres Bantul.", "given"),
    ("another body receives", "Satpol PP Kabupaten Blitar Raih Penghargaan dari Gubernur", "other"),
    ("received through a deputy chief", "Penghargaan diterima Wakapolres Wonogiri Kompol Andi di Semarang.",
     "received"),
    ("still assessed", "Polres Bantul akan menerima predikat WBK bila lolos penilaian.", None),
    ("an award addressed to units", "Rekor itu ditujukan kepada Satresnarkoba Polres Bogor atas ungkap kasus.",
     "received"),
    ("thanks is no receiving", "Bupati berterima kasih kepada Polres Sragen yang selalu mendukung penghargaan ini.",
     None),
    ("an honourable mention won by a unit", "Juara harapan dua diraih Polsek Wates.", "received"),
    ("a municipal guard is no police", "Satuan Polisi Pamong Praja Kota Batu meraih penghargaan dari gubernur.",
     "other"),
    ("a governor hands over to another body, passive", "Piagam diserahkan Gubernur Jatim kepada Kepala Satpol PP "
     "saat HUT Satlinmas.", "other"),
    ("a university head receives from a Kapolda", "Rektor Universitas Jember menerima piagam dari Kapolda Jatim.",
     "given"),
    ("giving noun with its Polri giver", "Penyerahan penghargaan itu bentuk terima kasih Polres Gowa kepada para "
     "tokoh agama.", "given"),
    ("giving noun without a giver says nothing", "Acara ditutup dengan pemberian penghargaan kepada para relawan.",
     None),
    ("giving noun to a place is no recipient", "Penyerahan trofi ke Desa Sukamaju berlangsung meriah.", None),
    ("praise for Polri is no award", "Wali Kota memberikan apresiasi kepada Polres Blitar atas pengamanan Lebaran.",
     None),
    ("praise for Polri naming its award", "Gubernur memberikan apresiasi kepada Polda Riau atas penghargaan WBK itu.",
     "received"),
    ("the police's apresiasi to citizens", "Kapolsek Depok memberikan apresiasi kepada warga yang menangkap pencuri.",
     "given"),
    ("a civilian team standing for a Polres wins", "Regu SD Negeri 2 Wonosari yang mewakili Polres Gunungkidul "
     "menjadi juara pertama lomba.", "other"),
    ("the speaker received, not the unit he thanked", '"Terima kasih juga untuk Polres Ngawi," ujarnya usai '
     "menerima piala Adipura.", None),
    ("praise for Polri naming a contest's award", "Bupati memberikan apresiasi kepada Polres Kendal atas inovasi "
     "lomba Pelajar Pelopor Award.", None),
    ("a quote's speaker is no object of giving", '"Kami memberi piagam pada malam itu," kata Kapolsek Ungaran.',
     None),
    ("named civilians, then the Polri venue", "Piagam diserahkan Kapolda kepada Rudi Hartono (40) dan Sumarni (38) "
     "di Mapolda Riau.", "given"),
    ("an anniversary's number is no recipient", "Piagam diserahkan Kapolda dalam syukuran HUT ke-63 Korps Lantas "
     "di Mapolda.", None),
    ("headline: units get an award", "Tiga Polsek di Sleman Dapat Penghargaan", "received"),
    ("a sports medal is a result, not an award", "Bripda Sinta dari Polda Bali meraih medali perak cabang judo "
     "di Porprov.", None),
    ("headline: police athletes sweep medals", "Polwan Polda Jabar Sabet Dua Emas Kejurnas Karate", None),
    ("an honorary title for a civilian", "Kapolda Sulsel menganugerahkan gelar Warga Kehormatan kepada seorang "
     "pengusaha.", "given"),
    ("a civilian named an honorary officer, passive", "Seorang tukang ojek dinobatkan sebagai Polisi Kehormatan oleh "
     "Kapolres Jember.", "given"),
    ("a foreigner receives an honorary title from Polri", "Artis Korea itu menerima gelar Honorary Police dari Polda "
     "Bali.", "given"),
    ("pupils win the police's contest", "SMP Negeri 4 Magelang keluar sebagai juara pertama lomba yang digelar "
     "Satlantas Polres Magelang.", "given"),
    ("a village wins the police's contest, passive", "Juara pertama diraih Desa Sidomulyo dalam lomba kampung tangguh "
     "yang diselenggarakan Polres Lamongan.", "given"),
    ("prizes to a contest's winners", "Kapolsek Tegalrejo menyerahkan hadiah kepada para pemenang lomba mural.",
     "given"),
    ("a work handed to a committee is no award", "Karya diserahkan ke panitia, lalu pemenang diumumkan pekan depan.",
     None),
    ("recipients named in a cited decree", "Piagam diberikan berdasarkan Perkap tentang pemberian penghargaan kepada "
     "anggota Polri.", None),
    ("headline: an officer gets a prize from the chief", "Polwan Itu Dapat Hadiah Sepeda dari Kapolda", "received"),
    ("an officer obtains a prize from his chief", "Bripka Andi mendapat hadiah umrah dari Kapolda.", "received"),
    ("a police rank heading another body", "Kepala BNNP Riau, Brigjen Pol. Budi, memberikan piagam kepada bupati.",
     "other"),
    ("a named team of a Polri unit", "Kapolda memberikan piagam kepada Tim Elang Satreskrim Polres Bantul.",
     "received"),
    ("counted people who helped the police", "Kapolres memberikan piagam kepada dua orang yang membantu polisi "
     "menangkap begal.", "given"),
    ("police inside the clause about the receiver", "Warga yang membantu polisi mendapat hadiah dari Kapolsek.",
     "given"),
    ("a name beginning Sat is no police unit", "Tokoh adat Datuk Rajo Sati ikut menerima piagam dari Kapolda.",
     "given"),
    ("pupils called little police", "Polisi Cilik SD Negeri 1 menerima piagam dari Kapolres.", "given"),
    ("a neighbourhood watch of a hamlet is no police unit: the police gave", "Pengurus Satkamling Dusun Krajan "
     "menerima hadiah dari Kapolres.", "given"),
    ("headline: members in capitals", "Kapolres Beri Penghargaan untuk Anggota Berprestasi", "received"),
    ("prize handed to people the lists do not know", "Hadiah diserahkan Kapolsek kepada juara lomba mewarnai.",
     "given"),
    ("headline: the chief gives a prize to a driver", "Kapolres Hadiahi Sopir Angkot Penolong Korban", "given"),
    ("a civilian given a prize, passive", "Seorang nelayan dihadiahi sepeda oleh Kapolda.", "given"),
    ("headline: praise as a verb, with the certificate", "Polres Bogor Apresiasi Relawan dengan Piagam", "given"),
    ("praise for a Polri activity is no award to it", "Forkopimda mengapresiasi kegiatan Polres, sementara warga "
     "berterima kasih atas penghargaan itu.", None),
    ("praise as a verb without an award", "Kapolres mengapresiasi warga yang menjaga keamanan.", None),
    ("a district head is no Polri", "Camat Ngaglik menerima piagam dari Kapolres.", "given"),
    ("a district's leadership forum is no Polri", "Polres Ngawi memberikan piagam kepada Muspika Paron.", "given"),
    ("a civilian named with an age", "Hendri (35) menerima hadiah dari Kapolda.", "given"),
    ("a promised award to citizens", "Warga yang melapor akan diberi penghargaan oleh Kapolres.", "given"),
    ("the receiver a clause without a noun is said to be", "Adapun yang menerima piagam yakni Polsek Depok.",
     "received"),
    ("a clause without a noun and no receiver named", '"Yang memberi Kapolda, maka yang menerima penghargaan ini '
     'juga Kapolda," ujarnya.', None),
    ("an award gives spirit, not an award", "Penghargaan ini memberikan semangat bagi Kasatpol PP dan jajarannya.",
     None),
    ("the receiver praises his award", "Rektor mengapresiasi penghargaan itu dan kerja sama dengan Polri.", None),
    ("a chief receiving a visit is no award", "Kapolres Kebumen menerima kunjungan siswa pemenang lomba.", None),
    ("an officer given a sanction is no award", "Bripda Yoga menerima sanksi atas pelanggaran disiplin.", None),
    ("headline: a civilian praised by the chief with a certificate", "Keberanian Pemuda Ini Diapresiasi Kapolres "
     "dengan Piagam", "given"),
    ("praise alone for a unit is no award", "Polres Pati diapresiasi Bupati atas pengamanan Lebaran.", None),
    ("a civilian rewarded by the chief, passive", "Seorang pemulung diganjar Kapolsek dengan piagam.", "given"),
    ("headline: a reward for a parking attendant", "Polsek Sewon Beri Reward Juru Parkir Penangkap Copet", "given"),
    ("a chief attending a handover to another body is no giver", "Kapolres Bantul menghadiri penyerahan piala "
     "Adipura kepada Pemkab Bantul.", None),
    ("police securing an award ceremony are no giver", "Polres Sleman mengamankan acara pemberian penghargaan kepada "
     "para atlet.", None),
    ("reward and punishment is a policy, not an award", "Kapolres memberikan reward dan punishment kepada anggota.",
     None),
    ("a meeting received by a chief is no award", "Koordinasi persiapan lomba inovasi itu diterima oleh Kapolsek "
     "Alas, dan penilaian Kompolnas Award dimulai bulan depan.", None),
    ("a unit named as the best is its subject, not what it took", "Bidang Keuangan Polda Gorontalo ditetapkan "
     "sebagai satuan kerja terbaik.", "received"),
    ("a record of awards a unit has won is background", "Di bawah kepemimpinannya, Polres Alor telah meraih "
     "berbagai penghargaan dari Kapolda dan Bupati.", None),
    ("the awards of that record, recalled", "Semua penghargaan yang telah diterima Polres Alor itu berkat kerja "
     "keras personel.", None),
    ("several awards of one ceremony are still the story's", "Polres Alor menerima sejumlah penghargaan dari "
     "Kapolda NTT pada Rabu (5/3).", "received"),
    ("the head of a municipal police corps is no Polri officer", "Piagam dari Gubernur diterima oleh Kasat Pol PP "
     "Kota Bima.", None),
    ("a soldier named by his TNI rank, rewarded by a Kapolres", "Atas keberaniannya, Serda Budi diganjar "
     "penghargaan oleh Kapolres Malang.", "given"),
    ("a soldier a member of his battalion", "Kapolres memberikan piagam kepada Pratu Andi, anggota Yonif 500 yang "
     "membantu menangkap jambret.", "given"),
    ("headline: a directorate general honoured by a Mabes head", "Ditjen Imigrasi Terima Piagam dari Kabareskrim",
     "given"),
    ("a regional office of a ministry honoured by a Kapolda", "Kepala Kanwil Kemenkumham menerima piagam dari "
     "Kapolda.", "given"),
    ("a regional secretary given an honorary title", "Sekda Kabupaten Sleman menerima gelar Warga Kehormatan dari "
     "Kapolda DIY.", "given"),
    ("members of a municipal police corps are its own", "Gubernur menyerahkan piagam kesetiaan kepada anggota "
     "Satpol PP yang telah bertugas 20 tahun.", "other"),
    ("a Polri hospital is a Polri unit", "Lembaga itu memberikan penghargaan kepada Rumah Sakit Bhayangkara Kediri "
     "atas pelayanannya.", "received"),
    ("a Polri school is a Polri unit", "Sekolah Polisi Negara Mojokerto meraih penghargaan dari Bupati.", "received"),
    ("headline: an award the Kapolri is going to give", "Kapolri Bakal Beri Penghargaan ke Bripda Andi", None),
    ("an award proposed, not given", "Kapolda telah mengajukan pemberian penghargaan untuk Bripka Andi ke Mabes "
     "Polri.", None),
    ("an award promised to citizens is still given", "Kapolres akan memberikan hadiah kepada warga yang menemukan "
     "pelaku.", "given"),
    ("a written statement received is no award", '"Piagam ini bentuk terima kasih kami," kata Kapolda Bali dalam '
     "keterangan tertulis yang diterima di Denpasar.", None),
    ("news received is no award", "Kapolres mendapat kabar bahwa penghargaan untuk anggotanya disetujui.", None),
    ("a village the subject of a passive giving verb, the chief speaking", "Kapolres mengatakan, desa itu diberikan "
     "penghargaan berupa sebuah traktor.", "given"),
    ("a unit the subject of a passive giving verb", "Polres Sleman diberikan penghargaan oleh Bupati atas "
     "pengamanan pemilu.", "received"),
    ("what an award is for is no recipient", "Apresiasi diberikan untuk memotivasi anggota, khususnya bagi jajaran "
     "polsek.", None),
    ("appreciation listed after 'bentuk' is no award", "Lomba ini bentuk dukungan, apresiasi dan penghargaan "
     "komunitas kepada Polri.", None),
    ("Polri among the bodies a receiving clause is said to be", "Lembaga yang menerima penghargaan adalah Basarnas; "
     "Polri; Kementerian Sosial.", "received"),
    ("a boarding school honoured by a Kapolda", "Pondok Pesantren Al Falah menerima penghargaan dari Kapolda Jatim.",
     "given"),
    ("firefighters rewarded by a Kapolsek, passive", "Petugas Damkar diganjar piagam oleh Kapolsek Depok.", "given"),
    ("other bodies a receiving clause is said to be", "Instansi yang meraih penghargaan yaitu Kejari Bantul dan "
     "Pengadilan Negeri Bantul.", "other"),
    ("a yellow compliance grade is no award", "Layanan SKCK Polres Kapuas memperoleh predikat kuning dengan nilai "
     "71.", None),
    ("a red zone grade is no award", "Untuk layanan SIM, Polres Katingan mendapat nilai zona merah.", None),
    ("a middling compliance grade is no award", "Polsek Sampit meraih predikat kepatuhan sedang dari Ombudsman.",
     None),
    ("a green zone grade is still an award", "Polres Kapuas mendapat predikat zona hijau dari Ombudsman.",
     "received"),
    ("a skull flag called a prize is a punishment", "Polres Landak mendapat hadiah bendera tengkorak dari Kapolda.",
     None),
    ("a skull flag handed over in the passive", "Adapun bendera panji tengkorak untuk kategori anggaran diberikan "
     "kepada Polres Melawi.", None),
    ("a skull flag called a prize, passive", "Hadiah bendera tengkorak diberikan kepada Polres Landak.", None),
    ("a thumbs-up flag handed to a unit is an award", "Untuk kategori ungkap kasus, bendera jempol diberikan kepada "
     "Polres Ketapang.", "received"),
    ("a thumbs-up flag received", "Polres Sintang menerima bendera panji jempol dari Kapolda Kalbar.", "received"),
    ("a gift handed to the press is no award", "Kabid Humas menyerahkan bingkisan kepada para wartawan sebagai "
     "bentuk apresiasi.", None),
    ("souvenirs for partners named after a Polda are no award", "Wakapolda memberikan cenderamata kepada mitra "
     "media Polda Jambi sebagai apresiasi.", None),
    ("a gift handed with a certificate is still an award", "Kapolres menyerahkan bingkisan dan piagam penghargaan "
     "kepada tiga satpam teladan.", "given"),
    ("a certificate for the police's partners is given", "Kapolres memberikan piagam kepada mitra Polres Bantul "
     "dari kalangan ojol.", "given"),
    ("outlets counted, a relative clause listing them, from a Polres", "Lima media yang menerima piagam dari "
     "Polres Sleman yaitu Kompas, Tempo dan Jawa Pos.", "given"),
    ("outlets by kind honoured by a Kapolda", "Sejumlah media daring diganjar piagam oleh Kapolda DIY.", "given"),
    ("a chief speaking to the press after he received", "Kapolres Sleman kepada media usai menerima piagam dari "
     "Bupati mengaku bangga.", "received"),
    ("prize money for a contest's winners", "Wakapolres Sleman menyerahkan uang pembinaan kepada para juara lomba "
     "mural.", "given"),
    ("guidance given is still no award", "Kapolres memberikan pembinaan kepada anggota yang melanggar.", None),
    ("a children's police troop a Polres trains wins a contest", "Pocil Polres Demak berhasil meraih juara dua "
     "lomba tingkat provinsi.", "other"),
    ("a children's police troop, passive, the Polres training it named after", "Juara pertama diraih polisi cilik "
     "SD Negeri 2 Kudus binaan Polres Kudus.", "other"),
    ("how many units hold an award so far", "Hingga kini baru ada tiga satker yang telah meraih WBK dari "
     "KemenPAN-RB.", None),
    ("how many units hold an award, said with sudah", "Di Polda Bali sudah ada lima Polres yang sudah mendapat "
     "predikat WBBM.", None),
    ("what an award is, said of a class", "Penghargaan itu adalah piagam yang diberikan kepada Polres yang "
     "patuh melayani warga, kata Kapolda Papua.", None),
    ("police among a list of receivers after kepada", "Bupati Lebak menyerahkan piagam kepada Camat, Kapolsek, "
     "Danramil dan Kepala Puskesmas Cibeber.", "received"),
    ("police among a list of receivers, hyphenated, headline", "Wali Kota Beri Penghargaan kepada Dinas, TNI-Polri "
     "hingga Lurah", "received"),
    ("a count of people who belong to a joint team with police units", "Kapolri memberikan penghargaan kepada 80 orang "
     "yang tergabung dalam tim gabungan Bea Cukai, Polda Aceh dan Polres Langsa.", "received"),
    ("a list of named receivers with a Polri member as subject", "Danramil Kapten Budi, Bhabinkamtibmas Polsek Sukajaya "
     "Bripka Andi, dan Kepala Desa Tono menerima piala lomba kampung.", "received"),
    ("a list of receivers after a passive oleh with a police member", "Piala itu diterima oleh Kepala Desa Tono dan "
     "Bhabinkamtibmas Polsek Sukajaya.", "received"),
    ("a police chief after a comma starts a new clause, no list", "Bupati Klaten memberikan piagam kepada tiga warga, "
     "Kapolres berharap warga lain meniru mereka.", "other"),
    ("a police chief receives together with a minister", "Kapolri bersama Menteri Keuangan menerima penghargaan dari "
     "Presiden.", "received"),
    ("a soldier named with whose member he is, no list", "Kapolres memberikan penghargaan kepada Serda Dodi, anggota "
     "Kodim 0612 yang membantu menangkap pencuri.", "given"),
    ("winning as an aim after dalam", "Tim penilai datang untuk menilai kesiapan Polres Sikka dalam meraih predikat "
     "WBK.", None),
    ("winning as an aim after upaya ... dengan", "Kapolres menyebut pelayanan cepat adalah kunci upaya membangun zona "
     "integritas dengan meraih predikat WBBM.", None),
    ("receivers named by a noun and listed", "Penerima Anugerah Pelayanan Prima 2023 adalah Polda Jambi, Polres Bungo "
     "dan Polsek Muara Tebo.", "received"),
    ("receivers named by a noun, another body's", "Peraih penghargaan kepatuhan itu yakni Pemkab Sleman.", "other"),
    ("what a decoration is, its giver between verb and receivers", "Bintang Bhayangkara Nararya merupakan tanda "
     "kehormatan yang diberikan Polri sebagai wujud terima kasih kepada tokoh yang berjasa.", None),
    ("a minister by short title receives a Polri decoration, headline", "Menkes Budi Terima Penghargaan Bintang "
     "Bhayangkara Pratama", "given"),
    ("a minister receives another body's award", "Menteri Desa menerima penghargaan dari Ombudsman RI.", "other"),
    ("a gift called a reward before its giver", "Sebagai bentuk apresiasi, Polsek Ciawi memberikan paket sembako "
     "kepada para juru parkir yang menjaga ketertiban.", "given"),
    ("a gift without a word of reward", "Polsek Ciawi memberikan paket sembako kepada para juru parkir.", None),
    ("achievements counted, no award", "Polres Madiun juga meraih sejumlah prestasi tahun ini, seperti peringkat "
     "pertama penanganan perkara.", None),
    ("what a decoration is, with merupakan", "Satyalancana merupakan tanda kehormatan yang diberikan kepada "
     "anggota Polri yang setia mengabdi, ujar Kapolres.", None),
    ("what a decoration is, its giver between the verb and the class", "Bintang Bhayangkara Nararya merupakan tanda "
     "kehormatan yang dianugerahkan Kapolri sebagai wujud terima kasih kepada mereka yang berjasa bagi Polri.", None),
    ("the police among a list of those given to", "Bupati Sragen menyerahkan piagam kepada Camat Gemolong, Kapolsek "
     "Gemolong dan Danramil Gemolong atas capaian vaksinasi.", "received"),
    ("a person described as a member of another body is no list of police", "Kapolres memberikan penghargaan kepada "
     "Serda Budi, anggota Kodim Sragen yang membantu menangkap pencuri.", "given"),
    ("the police among a list of those who receive", "Babinsa Sleman Serka Adi, Bhabinkamtibmas Polsek Ngaglik Aipda "
     "Budi, dan Lurah Sariharjo Ir. Joko menerima penghargaan dari Bupati.", "received"),
    ("a plaque handed to a resort", "Gubernur Bengkulu menyerahkan plakat kepada Polres Seluma atas pengamanan pilkada.",
     "received"),
    ("a promotion out of turn by its short name", "Dua personel Polres Kaur menerima KPLB dari Kapolri.", "received"),
    ("placings, each with a colon and who took it", "Juara I: Polsek Juwana; Juara II: Polsek Tayu.", "received"),
    ("headline verb without its prefix: boyong", "Polres Wonogiri Boyong Tiga Piala Lomba Kampung Tangguh", "received"),
    ("headline verb without its prefix: rebut", "Polsek Cepu Rebut Juara Satu Lomba Pos Kamling", "received"),
    ("headline verb without its prefix: kantongi", "Satlantas Polres Garut Kantongi Predikat WBBM", "received"),
    ("headline verb without its prefix: peroleh", "Polresta Cirebon Peroleh Penghargaan dari Bupati", "received"),
    ("headline verb without its prefix: gondol", "Polda Bengkulu Gondol Dua Anugerah Keterbukaan Informasi", "received"),
    ("headline verb without its prefix: dulang", "Polres Sabu Raijua Dulang Tiga Penghargaan Pelayanan Publik",
     "received"),
    ("headline verb without its prefix: ukir", "Polres Sikka Ukir Rekor MURI Tanam Pohon", "received"),
    ("headline placing verb without its prefix", "Polres Ende Tempati Peringkat Pertama Penilaian Ombudsman",
     "received"),
    ("winning verb with its prefix", "Polres Alor memenangkan lomba desa tangguh dan memperoleh trofi bergilir.",
     "received"),
    ("a honour spelt anugrah", "Polsek Bajawa dianugrahi piagam oleh Bupati Ngada.", "received"),
    ("an award reaped", "Polres Belu menuai penghargaan dari Ombudsman atas pelayanannya.", "received"),
    ("chosen as the best, with menjadi", "Polres Lembata terpilih menjadi satuan kerja terbaik tingkat Polda NTT.",
     "received"),
    ("named the best, with didapuk", "Polres Rote Ndao didapuk sebagai polres terbaik pelayanan SKCK.", "received"),
    ("praise reaped is no award", "Polres Flores Timur menuai apresiasi warga usai patroli malam.", None),
    ("an officer of the lowest ranks receives", "Piagam dari Bupati Bantul diterima Brigadir Sari dan Bharada Dimas.",
     "received"),
    ("one of those who receive", "Polres Badung menjadi salah satu penerima piagam Kompolnas tahun ini.", "received"),
    ("on the list of those who receive", "Polsek Kuta masuk dalam daftar peraih penghargaan Ombudsman.", "received"),
    ("many awards reaped at once", "Polres Tabanan panen penghargaan pada peringatan Hari Bhayangkara.", "received"),
    ("topping an assessment", "Polresta Denpasar memuncaki penilaian kepatuhan pelayanan publik.", "received"),
    ("coming out the best", "Polres Klungkung tampil sebagai juara umum lomba tertib lalu lintas.", "received"),
    ("a headline with no verb: the unit and its win", "Polsek Prambanan Juara Satu Lomba Kampung Sadar Hukum",
     "received"),
    ("a headline with no verb: the unit the best", "Polres Gunungkidul Terbaik Pelayanan Publik se-DIY", "received"),
    ("a headline with no verb: children the unit trains won", "Pocil Binaan Polres Kulon Progo Juara Lomba Baris",
     None),
    ("a placing taken, passive", "Peringkat kedua penilaian kepatuhan ditempati Polres Manggarai.", "received"),
    ("those who receive, then who they are", "Adapun penerima piagam itu adalah Polres Nagekeo dan Polres Ngada.",
     "received"),
    ("winners named after a colon", "Para peraih predikat WBK tahun ini: Polres Kupang dan Polsek Oebobo.", "received"),
    ("winners from outside Polri named after the linking word", "Pemenangnya adalah SMA Negeri 2 Atambua.", None),
    ("an award that falls to a unit", "Gelar juara umum lomba itu jatuh ke tangan Polres Sumba Barat.", "received"),
    ("a predikat borne, passive", "Predikat satker terbaik tahun ini disandang Polres Sumba Timur.", "received"),
    ("named the best, with didaulat", "Polres Manggarai Barat didaulat menjadi polres terbaik pelayanan SIM.",
     "received"),
    ("thanks to those who made a cup happen names no award given", "Kapolres Lumajang menyampaikan apresiasi dan "
     "terima kasih kepada seluruh personel yang telah menyukseskan turnamen bola voli Piala Kapolres.", None),
    ("praise with its award named before whom it goes to", "Kapolda memberikan apresiasi berupa piagam kepada "
     "personel Polres Jember yang telah menolong korban banjir.", "received"),
    ("an award asked for by a directive, the verb far after agar", "Kapolri memerintahkan agar para personel "
     "Polres Nabire yang terluka saat mengamankan kerusuhan pekan lalu diberi kenaikan pangkat luar biasa.", None),
    ("an award asked for with supaya", "Gubernur meminta supaya Bhabinkamtibmas Desa Waru yang menolong korban "
     "banjir itu mendapat penghargaan dari Kapolda.", None),
    ("a directive before, then a clause of what happened: the award stands", "Bupati meminta agar warga tetap "
     "tertib setelah Polres Kendal menerima penghargaan dari Kapolda.", "received"),
    ("a definition naming the form the award takes", "Pin emas adalah penghargaan berupa lencana berlapis emas "
     "yang diberikan kepada anggota Polri yang berprestasi.", None),
    ("a definition by what it is given in the form of", "KPLB merupakan penghargaan dalam bentuk kenaikan pangkat "
     "yang diberikan bagi personel yang gugur atau berjasa.", None),
    ("a chief's optimism that his unit will win again", "Saya optimis Polres Blora kembali meraih juara dalam "
     "lomba kebersihan tahun ini,\" kata Kapolres.", None),
    ("recipients end where the reason begins: police in it are whom they helped", "Kapolres Bitung menyerahkan "
     "piagam kepada para imam masjid atas dukungan mereka terhadap pembinaan rohani personel.", "given"),
    ("recipients end at karena", "Kapolsek Pandaan memberikan penghargaan kepada pengurus gereja karena membantu "
     "pengamanan personel Polsek saat Natal.", "given"),
    ("religious or customary leaders are not Polri", "Polres Kendari menyerahkan penghargaan kepada pemuka adat "
     "yang ikut menjaga kamtibmas bersama kepolisian.", "given"),
    ("personnel of a navy base are soldiers", "Empat personel Lantamal VI Makassar diberi penghargaan oleh "
     "komandannya.", "other"),
    ("soldiers of an army command", "Lima prajurit Kostrad menerima piagam dari Pangdam.", "other"),
    ("members of the marine corps", "Anggota Marinir itu mendapat piagam karena menolong penumpang kapal.", "other"),
    ("a standing commitment to reward, nobody given yet", "Kapolda Sulut berkomitmen terus memberikan penghargaan "
     "bagi warga yang berani melapor.", None),
    ("a commitment to reward personnel later", "Ke depan, Kapolres menyatakan berkomitmen selalu memberi reward "
     "kepada personel berprestasi.", None),
    ("people counted receive, then how many of them are police", "Sebanyak 25 orang menerima penghargaan, 20 di "
     "antaranya personel Polres Jepara.", "received"),
    ("people counted in a relative clause, the police among them", "Total ada 12 orang yang mendapat piagam, 9 orang "
     "di antaranya anggota Polsek Kaliwungu dan sisanya warga.", "received"),
    ("people counted, then how many of them are pupils, from the police", "Sebanyak 30 orang menerima piagam dari "
     "Kapolres, 28 di antaranya pelajar.", "given"),
    ("a unit's Duta Lalu Lintas is the student chosen to represent it", "Duta Lalu Lintas Polres Sleman meraih "
     "juara II pada pemilihan tingkat Polda DIY.", None),
    ("a unit's Duta Kamtibmas, given a trophy", "Duta Kamtibmas Polresta Bandung menerima piala dari Kapolda "
     "Jabar.", None),
    ("the traffic unit that coaches the Duta receives", "Satlantas Polres Sleman meraih penghargaan sebagai pembina "
     "Duta Lalu Lintas terbaik.", "received"),
    ("a pledge with akan still says whom the award is for", "Kapolres berjanji akan memberikan penghargaan kepada "
     "dua pemuda penolong korban.", "given"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, role", ROLES, ids=[row[0] for row in ROLES])
def test_sentence_role(construction, sentence, role):
    assert sentence_role(sentence) == role


# -- who receives: a whole story's role --------------------------------------------------------------
STORY_ROLES = [
    ("a prize offered on conditions said in a sentence of their own", "Polisi Siapkan Hadiah bagi Sopir Truk",
     "Polres Cilacap akan memberikan hadiah uang Rp 1 juta bagi sopir truk. Syaratnya, sopir melaporkan pungutan liar "
     "di jalan. Kapolres berharap para sopir berani melapor.", "none"),
    ("a bonus offered to whoever reports", None, "Polresta Bogor akan memberikan hadiah bagi tukang parkir di pasar. "
     "\"Kalau melaporkan pencurian, akan diberikan bonus,\" kata Kapolresta.", "none"),
    ("a contest the police hold, its prizes handed over by a passive verb", "Polres Bantul Gelar Lomba Kampung "
     "Tangguh", "Polres Bantul menggelar Lomba Kampung Tangguh. Juara pertama diraih Padukuhan Jetis. Hadiah "
     "diserahkan Kapolres Bantul di Mapolres.", "given"),
    ("police units named late among another body's co-recipients", "Kejari Bima Raih Penghargaan dari Ombudsman",
     "Kejaksaan Negeri Bima meraih penghargaan kepatuhan dari Ombudsman RI. Kejari Bima dinilai patuh dalam "
     "pelayanan publik. Kepala Kejari menyampaikan terima kasih. Selain Kejari Bima, penghargaan yang sama juga "
     "diberikan kepada Polres Dompu dan Polres Sumbawa.", "received"),
    ("a Polda's tally of past awards recalled at a roll call", None, "Berbagai penghargaan telah diraih jajaran "
     "Polda Gorontalo. Di bawah Kapolda, institusi ini telah menerima sejumlah penghargaan dari KPU, Bawaslu dan "
     "masyarakat. Menurut Kapolda, seluruh penghargaan yang diterima itu hasil kerja keras personel.", "none"),
    ("a contest the police hold, won by citizens, praised as a form of appreciation", "Ratusan Warga Ikuti Lomba "
     "Foto Polres", "Lomba foto digelar di Polres Kudus dan melahirkan juara baru. Peserta memperebutkan piala "
     "Kapolres. Lomba ini merupakan bentuk dukungan, apresiasi dan penghargaan komunitas wartawan kepada Polri.",
     "none"),
    ("praise meant to spur units on to an award later", None, "Polda Riau memberikan apresiasi kepada jajaran Polres "
     "Kampar atas ungkap kasus narkoba. Kabid Humas mengatakan apresiasi diberikan untuk memberikan motivasi, "
     "khususnya bagi jajaran polsek. Ia akan melapor kepada Kapolda agar jajaran Polsek itu segera mendapatkan "
     "penghargaan.", "none"),
    ("those who receive listed on numbered lines after a colon", "Ombudsman Umumkan Hasil Penilaian",
     "Ombudsman Bali menyerahkan penghargaan kepatuhan. Berikut para penerima piagam:\n1. Polres Buleleng\n"
     "2. Polres Jembrana", "received"),
    ("an award verb spelled 'anugrah'", "Kanit Reskrim Polsek Sukajadi Dianugrahi Piagam oleh Forum Anti Narkoba",
     "Forum itu menilai kerja Polsek Sukajadi menekan peredaran sabu patut dicontoh.", "received"),
    ("a contest across a police unit's area, won by villages", None, "Lima desa mendapat piala dalam Lomba Desa "
     "Tertib Lalu Lintas di wilayah hukum Polres Kebumen. Juara I diraih Desa Sruweng.", "given"),
    ("a contest the police hold, its prizes handed over, nobody said to receive", "Polres Wonogiri Ajak Pelajar "
     "Berkarya", "Polres Wonogiri menggelar Lomba Video Kreatif tingkat SMA pada bulan Mei. Penyerahan hadiah lomba "
     "berlangsung Sabtu di aula Mapolres. Kapolres berharap pelajar terus berkarya.", "given"),
    ("outsiders honoured at the police's anniversary ceremony", None, "Upacara Hari Bhayangkara ke-78 digelar di "
     "halaman Mapolres Lebak. Kapolres memimpin upacara. Empat media yang mendapat penghargaan yaitu: Radar Banten, "
     "Kabar Lebak, TV Banten dan RRI.", "given"),
    ("a prize offered to whoever does a deed, only promised", "Polsek Cilandak Bakal Beri Hadiah Warga Penangkap "
     "Jambret", "Polisi akan memberikan hadiah kepada warga yang menangkap penjambret. \"Jika ada yang berhasil "
     "menangkap pelaku, kami beri hadiah,\" kata Kapolsek.", "none"),
    ("a promised award to people who already did the deed, not yet given", "Kapolres Bakal Beri Penghargaan Dua "
     "Pemuda Penolong Korban", "Kapolres akan memberikan penghargaan kepada dua pemuda yang menolong korban banjir.",
     "none"),
    ("people counted, then in the next sentence who they are: the police among them", None, "Kapolres Kupang "
     "menyerahkan piagam kepada 40 orang yang dinilai berjasa. Mereka terdiri dari personel Polres dan relawan.",
     "received"),
    ("those who receive counted, then said to be made up of police and citizens", "Puluhan Orang Terima Piagam",
     "Polres Rembang memberikan penghargaan kepada puluhan orang pada apel pagi. Para penerima terdiri atas anggota "
     "Satlantas, Bhabinkamtibmas dan warga.", "received"),
    ("people counted, then who they are: citizens only", None, "Polsek Ungaran menyerahkan hadiah kepada 12 orang "
     "pemenang lomba. Mereka terdiri dari pelajar dan guru.", "given"),
    ("a municipal police head receiving for his mayor is no Polri recipient", "Pemkot Bima Raih Penghargaan Gubernur",
     "Pemkot Bima meraih penghargaan dari Gubernur NTB. Penghargaan diserahkan Gubernur dan diterima oleh Kasat "
     "Pol PP Kota Bima yang mewakili Wali Kota.", "none"),
    ("a counted pronoun after kepada, the units named just before", None, "Dua polsek, yakni Polsek Wates dan "
     "Polsek Sentolo, berhasil menekan angka curanmor. Kapolres Kulon Progo memberikan penghargaan kepada keduanya "
     "di Mapolres.", "received"),
    ("a counted pronoun after kepada, citizens named just before", None, "Dua pemuda, Andi dan Budi, menangkap "
     "jambret di Pasar Wates. Kapolres Kulon Progo memberikan penghargaan kepada keduanya di Mapolres.", "given"),
    ("a chief sure his unit can win is only hopeful", None, "Tim penilai dari Inspektorat meninjau layanan Polres "
     "Wajo. Kapolres Wajo yakin Polres Wajo bisa meraih predikat WBBM tahun ini.", "none"),
    ("a chief resolved to win is only hopeful", None, "Polres Pinrang bertekad meraih predikat WBK pada penilaian "
     "mendatang.", "none"),
    ("an award once had, recalled in a clause", None, "Kapolres menegaskan bahwa Polres Bone sempat menyabet juara "
     "II lomba Kampung Tangguh, sehingga warga diminta terus menjaga kampungnya.", "none"),
    ("the receivers' list carried on in a verbless sentence that names police chiefs", "IJTI Beri Anugerah Sahabat "
     "Jurnalis", "IJTI Kendari memberikan Anugerah Sahabat Jurnalis kepada Wali Kota Kendari. Piagam juga "
     "diserahkan kepada Ketua DPRD Kendari. Berikutnya unsur Forkopimda, yaitu Kapolresta Kendari Kombes Andi Wijaya "
     "dan Dandim 1417 Letkol Rudi.", "received"),
    ("the receivers' list carried on after a comma, a unit among other bodies", None, "Bupati Klaten menyerahkan "
     "piagam Pelopor Keselamatan kepada Dinas Perhubungan. Selanjutnya, Satlantas Polres Klaten, Jasa Raharja dan "
     "Organda Klaten.", "received"),
    ("an award won at an earlier anniversary than the story's, recalled as background", "Polda Jambi Nilai Lomba "
     "Kebersihan Mako", "Tim Polda Jambi menilai kebersihan Mapolres Tebo menjelang Hari Bhayangkara ke-80. Kapolres "
     "berharap personel menjaga kebersihan. Sebagai informasi, pada Hari Bhayangkara ke-79 tahun 2025, Polres Tebo "
     "meraih juara 1 lomba kebersihan tingkat Polda Jambi.", "none"),
    ("a team's win at last year's anniversary of the corps, told at this year's", None, "Upacara HUT ke-76 Polairud "
     "digelar di Mako Ditpolairud Polda Riau. Pada HUT Polairud ke-75, tim dayung Ditpolairud Polda Riau menyabet "
     "juara umum lomba perahu naga.", "none"),
    ("work units in a story of the prosecutors' are theirs, not the police's", "Kejari Padang Satker Terbaik",
     "Kejari Padang meraih predikat satker terbaik se-Kejati Sumbar. \"Kepada satker yang memperoleh penghargaan saya "
     "ucapkan selamat,\" kata Kajati.", "none"),
    ("a court's own satuan kerja honoured by its high court", None, "Pengadilan Tinggi Jambi memberikan piagam kepada "
     "lima satuan kerja terbaik. Satuan kerja yang menerima penghargaan itu antara lain PN Muara Bungo.", "none"),
    ("work units in a story that names the police are theirs", None, "Polda Bengkulu menggelar anev kinerja. Tiga "
     "satker yang meraih penghargaan adalah Ditlantas, Ditreskrimum dan Bidhumas.", "received"),
    ("an award won at the anniversary the story tells of", "Polres Tebo Juara Lomba Kebersihan", "Dalam rangka Hari "
     "Bhayangkara ke-80, Polres Tebo meraih juara 1 lomba kebersihan mako tingkat Polda Jambi.", "received"),
    ("a sentence opened by a carrying-on word but with a verb of its own is no list", None, "Bupati Klaten "
     "menyerahkan piagam kepada Dinas Perhubungan. Kemudian Kapolres Klaten menyampaikan sambutan.", "none"),
    ("the carried-on list names only other bodies", None, "Wali Kota Madiun menyerahkan piagam kepada Dinas "
     "Kesehatan. Lalu Puskesmas Taman dan Kelurahan Oro-oro Ombo.", "none"),
    ("retired officers honoured by the police are people outside it", None, "Kapolda Bali memberikan piagam "
     "penghargaan kepada para purnawirawan Polri yang aktif dalam kegiatan sosial.", "given"),
    ("a win of the year before, in a relative clause, is background", None, "Polres Bima, yang tahun sebelumnya "
     "menyabet juara umum lomba itu, kembali menggelar lomba kebersihan masjid.", "none"),
    ("members of a sector counted after a civilian among those honoured", None, "Kapolres Bima menyerahkan "
     "penghargaan kepada seorang pedagang serta dua anggota Polsek Woha yang menggagalkan pencurian.", "received"),
    ("members of another body counted after civilians", None, "Kapolres Bima menyerahkan penghargaan kepada tiga "
     "warga dan dua anggota TNI yang menggagalkan pencurian.", "given"),
    ("bodies honoured, the police among them (termasuk)", None, "Gubernur Jambi memberikan penghargaan kepada 20 "
     "lembaga, termasuk Polda Jambi, atas dukungan vaksinasi.", "received"),
    ("a prize the police will hand over on a day to come", None, "Kapolsek Ubud akan menyerahkan hadiah kepada "
     "pemenang lomba ogoh-ogoh. Penyerahan dijadwalkan besok di Mapolsek.", "none"),
    ("prizes handed over, a later contest only planned", None, "Kapolsek Ubud menyerahkan hadiah kepada pemenang "
     "lomba ogoh-ogoh. Lomba serupa akan digelar tahun depan.", "given"),
    ("an officer named with his former post and his present one", None, "Kompol Agus Salim, mantan Kapolsek Ubud "
     "yang kini menjabat Kabag Ops Polres Gianyar, menerima penghargaan dari Kapolda Bali.", "received"),
    ("a mayor once a city chief receives a minister's award", None, "Wali Kota Denpasar, eks Kapolresta Denpasar, "
     "meraih penghargaan dari Menteri Dalam Negeri.", "none"),
    ("an award of a body outside Polri falls to a resort", None, "Penghargaan Kompolnas tahun ini jatuh kepada "
     "Polres Madiun.", "received"),
    ("the first prize of a police contest falls to a school", None, "Juara pertama lomba yang digelar Polres Ngawi "
     "jatuh kepada SMA Negeri 2 Ngawi.", "given"),
    ("a regent's rolling trophy falls to a village", None, "Piala bergilir Bupati Sleman jatuh kepada Desa "
     "Sardonoharjo.", "none"),
    ("ganjar with a court's sentence is no reward", None, "Majelis hakim mengganjar terdakwa dengan hukuman tujuh "
     "tahun penjara.", "none"),
    ("ganjar with a dismissal is no reward", None, "Oknum polisi itu diganjar sanksi PTDH oleh Kapolda.", "none"),
    ("Ganjar as a man's name is no reward", None, "Gubernur Jawa Tengah Ganjar Pranowo mengunjungi Polres Klaten.",
     "none"),
    ("a resort chief rewards villagers, no award noun", None, "Kapolres Bogor mengganjar dua warga yang menangkap "
     "jambret.", "given"),
    ("a city chief rewards his unit's members, no award noun", None, "Kapolresta Malang Kota mengganjar 12 anggota "
     "Satreskrim yang mengungkap kasus begal.", "received"),
    ("a contest's winning villages under a region's own name (pekon)", None, "Polres Tanggamus menyerahkan piala "
     "kepada Pekon Banjarsari, juara lomba kampung tangguh.", "given"),
    ("a contest across a resort's area, its winning villages named after a noun", None, "Lomba kampung bebas "
     "narkoba se-wilayah hukum Polres Pringsewu resmi berakhir. Pemenangnya adalah Pekon Sukoharjo dan Pekon "
     "Pardasuka, yang masing-masing menerima uang pembinaan.", "given"),
    ("a contest the police hold, won by a mosque", None, "Polres Pesawaran menggelar lomba kebersihan masjid. Juara "
     "pertama diraih Masjid Al-Ikhlas Desa Gedong Tataan.", "given"),
    ("a police contest beside another body's award from the governor", None, "Polres Pesawaran menggelar lomba "
     "kebersihan masjid. Sementara itu, Pemkab Pesawaran menerima penghargaan dari Gubernur Lampung.", "none"),
    ("praise measured by a degree, to citizens, is no award", None, "Kapolres Tegal memberikan apresiasi tinggi "
     "kepada para relawan yang membantu pencarian korban.", "none"),
    ("praise measured by a degree that names a certificate", None, "Kapolres Tegal memberikan apresiasi yang "
     "setinggi-tingginya berupa piagam penghargaan kepada dua relawan.", "given"),
    ("a sector chief's son honoured by a regent", None, "Putra Kapolsek Wonosari meraih penghargaan pemuda "
     "pelopor dari Bupati Gunungkidul.", "none"),
    ("a chief's subordinates (anak buah) honoured by him stay the police's", None, "Kapolres Gunungkidul memberikan "
     "piagam penghargaan kepada anak buah Kapolsek Wonosari yang menangkap pelaku curanmor.", "received"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", STORY_ROLES, ids=[row[0] for row in STORY_ROLES])
def test_story_role(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


# Passages written apart from the real stories, to measure how far the role rules reach: Polri giving to
# citizens, soldiers, schools and villages; award words with no Polri recipient; Polri's people among others.
WRITTEN_APART = [
    ('a resort chief hands certificates to villagers, active',
     None,
     'Kapolres Blitar AKBP Wisnu Hartanto memberikan piagam penghargaan kepada tiga warga Desa Sumberjo yang menangkap pelaku pencurian sepeda motor. Ketiga warga itu juga menerima uang tunai sebagai tanda terima kasih.',
     'given'),
    ('security guards given an award by a city chief, passive with oleh',
     None,
     'Dua satpam Bank Sultra di Kendari diberi penghargaan oleh Kapolresta Kendari karena menggagalkan perampokan pada Senin (3/6). Penghargaan diserahkan di halaman Mapolresta.',
     'given'),
    ('headline: a regional chief gives a prize to a ride-hailing driver',
     'Kapolda Riau Beri Hadiah Umrah untuk Pengemudi Ojol Penolong Korban Begal',
     'Seorang pengemudi ojek online bernama Darmaji mendapat hadiah umrah dari Kapolda Riau Irjen Pol Hendra Saputra. Darmaji menolong korban begal di Jalan Sudirman Pekanbaru pekan lalu.',
     'given'),
    ('a resort confers an award on students, menganugerahkan',
     None,
     'Polres Garut menganugerahkan penghargaan kepada empat pelajar SMA Negeri 1 Garut yang menemukan dan mengembalikan tas berisi uang Rp 40 juta kepada pemiliknya. Kapolres berharap kejujuran para pelajar itu menjadi teladan.',
     'given'),
    ('a resort chief hands certificates to journalists',
     None,
     'Kapolres Bantul menyerahkan piagam penghargaan kepada lima wartawan yang dinilai aktif menyebarkan informasi kamtibmas sepanjang tahun. Penyerahan dilakukan dalam acara coffee morning bersama insan pers di Mapolres Bantul.',
     'given'),
    ('a regional chief honours soldiers of a district command',
     None,
     'Kapolda Papua memberikan penghargaan kepada 12 prajurit TNI dari Kodim 1701/Jayapura yang membantu pengamanan Pilkada. Para prajurit menerima piagam dan bingkisan dalam apel di Lapangan Mapolda.',
     'given'),
    ('firefighters diganjar by a resort chief, headline and passive',
     'Petugas Damkar Kota Bekasi Diganjar Penghargaan oleh Kapolres',
     'Tujuh petugas pemadam kebakaran Kota Bekasi diganjar penghargaan oleh Kapolres Metro Bekasi Kota. Mereka dinilai sigap memadamkan kebakaran gudang yang nyaris merembet ke permukiman.',
     'given'),
    ('a village named best by a resort, its head receives the trophy from the chief',
     None,
     'Desa Sukamaju dinobatkan sebagai Kampung Tangguh terbaik oleh Polres Cianjur. Kepala Desa Sukamaju menerima trofi dan uang pembinaan dari Kapolres Cianjur pada Kamis (14/3).',
     'given'),
    ('a school receives an award from a resort',
     None,
     'SMP Negeri 2 Tegal menerima penghargaan dari Polres Tegal Kota sebagai sekolah pelopor keselamatan berlalu lintas. Piagam diterima oleh kepala sekolah, Sri Wahyuni.',
     'given'),
    ('a contest the police hold, the winning village receives the prize from the chief',
     None,
     'Polres Sumenep menggelar lomba kebersihan pos kamling antar desa. Juara pertama diraih Desa Kalianget Timur, yang menerima trofi dan uang pembinaan dari Kapolres Sumenep.',
     'given'),
    ("tali asih and a certificate handed to a volunteer's family",
     None,
     'Kapolres Lumajang menyerahkan tali asih dan piagam penghargaan kepada keluarga relawan yang gugur saat evakuasi korban erupsi Semeru. Tali asih diterima istri almarhum di rumah duka.',
     'given'),
    ('the Kapolri pins a gold pin on a farmer',
     None,
     'Kapolri menyematkan pin emas kepada Rahmat, seorang petani di Jember yang menyelamatkan dua anak dari arus sungai. Kapolri menyebut keberanian Rahmat patut dicontoh.',
     'given'),
    ('headline: a neighbourhood head gets an award from a city chief',
     'Ketua RT di Makassar Dapat Penghargaan dari Kapolrestabes',
     'Ketua RT 05 Kelurahan Tamalanrea, Baharuddin, mendapat penghargaan dari Kapolrestabes Makassar karena aktif menghidupkan ronda malam. Penghargaan diserahkan saat Jumat Curhat di masjid setempat.',
     'given'),
    ('the winners of a police video contest, a student receives from the deputy chief',
     None,
     'Polda Sulawesi Selatan mengumumkan pemenang lomba video pendek HUT Bhayangkara ke-78. Juara I diraih mahasiswa Universitas Hasanuddin, Andi Fikri, yang menerima hadiah dari Wakapolda Sulsel.',
     'given'),
    ('a resort assessed for WBK, only hoping to win',
     None,
     'Tim penilai dari KemenPAN-RB mengunjungi Polres Jombang untuk menilai pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi. Kapolres Jombang berharap satuannya dapat meraih predikat WBK tahun ini.',
     'none'),
    ('a resort nominated, the winners announced later',
     None,
     'Polres Klaten masuk nominasi penerima penghargaan pelayanan publik terbaik dari Ombudsman RI. Pengumuman pemenang dijadwalkan bulan depan di Jakarta.',
     'none'),
    ('headline: a resort declares its integrity zone towards WBBM',
     'Polres Kudus Canangkan Zona Integritas Menuju WBBM',
     'Polres Kudus menggelar pencanangan pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani. Kapolres mengajak seluruh personel menjaga integritas dalam pelayanan.',
     'none'),
    ("a regency government receives a ministry's award",
     None,
     'Pemerintah Kabupaten Banyuwangi menerima penghargaan Kabupaten Layak Anak dari Kementerian PPPA. Bupati Banyuwangi menerima trofi tersebut di Jakarta, Selasa (23/7).',
     'none'),
    ("a prosecutors' office wins WBK",
     None,
     'Kejaksaan Negeri Magelang meraih predikat Wilayah Bebas dari Korupsi dari KemenPAN-RB. Kepala Kejari Magelang menyebut capaian itu hasil kerja keras seluruh pegawai.',
     'none'),
    ('a regional chief praises a resort in words',
     None,
     'Kapolda Jawa Tengah memuji kinerja Polres Boyolali dalam mengamankan arus mudik Lebaran. Menurut Kapolda, tidak ada kemacetan berarti selama operasi berlangsung.',
     'none'),
    ('a promotion ceremony called a form of appreciation',
     None,
     'Sebanyak 85 personel Polres Purworejo naik pangkat dalam upacara di halaman Mapolres, Senin (1/7). Kapolres menyebut kenaikan pangkat merupakan bentuk penghargaan atas pengabdian anggota.',
     'none'),
    ('an award the chief will give, handed over next week',
     None,
     'Kapolres Pemalang akan memberikan penghargaan kepada warga yang membantu menangkap pelaku pembunuhan. Rencananya penghargaan diserahkan pekan depan di Mapolres Pemalang.',
     'none'),
    ('a regent who was once a resort chief receives a state decoration',
     None,
     'Bupati Sragen Suparno, mantan Kapolres Sragen, menerima penghargaan Satyalancana Wira Karya dari Presiden atas keberhasilan program pertanian. Penghargaan diserahkan di Istana Negara.',
     'none'),
    ("a resort's WBK of last year mentioned as background",
     None,
     'Polres Wonogiri, yang tahun lalu meraih predikat WBK, kini membuka layanan SIM keliling di lima kecamatan. Kapolres berharap layanan itu memudahkan warga di daerah terpencil.',
     'none'),
    ('prizes a traffic unit promises to pupils next week',
     None,
     'Tim Satlantas Polres Karanganyar mengunjungi SD Negeri 3 Karanganyar untuk sosialisasi tertib lalu lintas. Kasatlantas menjanjikan hadiah bagi murid pemenang lomba gambar yang akan diserahkan pekan depan.',
     'none'),
    ('a district military command honoured, the police chief only attends',
     None,
     'Kodim 0733 Semarang menerima penghargaan dari Wali Kota Semarang atas dukungan dalam penanganan banjir. Penghargaan diterima langsung oleh Dandim dalam upacara HUT Kota Semarang yang juga dihadiri Kapolrestabes Semarang.',
     'none'),
    ("a resort chief attends the regent's awards to villages",
     None,
     'Kapolres Gresik menghadiri penyerahan penghargaan desa terbaik oleh Bupati Gresik di Pendopo Kabupaten. Desa Wringinanom meraih juara pertama dan menerima hadiah dari Bupati.',
     'none'),
    ('a guard honoured by his employer, the thief handed to the police',
     None,
     'Seorang satpam perumahan di Depok menerima penghargaan dari perusahaan tempatnya bekerja setelah menangkap pencuri. Pelaku kemudian diserahkan ke Polsek Sukmajaya untuk diproses.',
     'none'),
    ('a resort receives from the regent at its own anniversary event',
     None,
     'Polres Sleman menerima penghargaan dari Bupati Sleman atas keberhasilan menjaga kamtibmas selama Pilkada. Penghargaan diserahkan dalam syukuran HUT Bhayangkara yang digelar Polres Sleman di Mapolres, Senin (1/7).',
     'received'),
    ("the regent hands a certificate to a resort at the resort's own assembly",
     None,
     'Dalam apel yang digelar di Mapolresta Banyumas, Bupati Banyumas menyerahkan piagam penghargaan kepada Polresta Banyumas atas pengungkapan kasus peredaran obat keras. Piagam diterima Kapolresta Banyumas Kombes Pol Agus Salim.',
     'received'),
    ('an officer of a sector among the public figures a regent honours (di antaranya)',
     None,
     'Bupati Kendal memberikan penghargaan kepada sepuluh tokoh inspiratif, di antaranya Aipda Rudi Hartono, Bhabinkamtibmas Polsek Weleri, yang mendirikan rumah baca. Penghargaan lain diterima guru dan kader posyandu.',
     'received'),
    ('a resort chief honours villagers and personnel of his unit together',
     None,
     'Kapolres Ngawi memberikan penghargaan kepada dua warga dan tiga personel Satreskrim Polres Ngawi yang menangkap pelaku perampokan toko emas. Penghargaan diserahkan usai apel pagi.',
     'received'),
    ('bodies a mayor honours include a resort (di antaranya)',
     None,
     'Wali Kota Tegal memberikan penghargaan kepada sejumlah instansi yang mendukung penanganan bencana, di antaranya Polres Tegal Kota, Kodim 0712/Tegal, dan PMI Kota Tegal.',
     'received'),
    ('headline: a resort chief honours his own members',
     'Kapolres Pati Beri Penghargaan kepada Anggota Berprestasi',
     'Kapolres Pati AKBP Hendra Wijaya memberikan penghargaan kepada delapan anggota Polres Pati yang berprestasi dalam mengungkap kasus narkoba. Penghargaan diserahkan dalam upacara di halaman Mapolres.',
     'received'),
    ('a sector wins the contest its resort holds',
     None,
     'Dalam lomba Kampung Tangguh yang digelar Polres Lamongan, Polsek Babat meraih juara I. Trofi diserahkan Kapolres Lamongan kepada Kapolsek Babat, AKP Sugeng Riyadi.',
     'received'),
    ('a village government honours citizens and a community officer of a sector',
     None,
     'Pemerintah Desa Karangrejo memberikan penghargaan kepada warga teladan dan Bripka Samsul Arifin, Bhabinkamtibmas Polsek Garum, atas dedikasinya membina keamanan desa.',
     'received'),
    ('headline: a resort rewards villagers, the reward handed over by the deputy chief',
     'Polres Pasuruan Ganjar Warga Penangkap Maling dengan Reward',
     'Dua warga Desa Gempol mendapat reward dari Polres Pasuruan setelah menangkap pencuri kotak amal masjid. Reward berupa uang tunai dan piagam diserahkan Wakapolres.',
     'given'),
    ("a regional police confers an ambassador's title on a singer",
     'Polda NTB Anugerahi Gelar Duta Kamtibmas kepada Penyanyi Lokal',
     'Polda Nusa Tenggara Barat menganugerahi gelar Duta Kamtibmas kepada penyanyi asal Lombok, Lalu Ramdan. Ia dinilai aktif mengajak anak muda menjauhi narkoba.',
     'given'),
    ('an award given by a resort chief to volunteers, passive with the agent first',
     None,
     'Penghargaan diberikan Kapolres Merangin kepada 15 relawan pencarian korban tenggelam di Sungai Batang Merangin. Para relawan berasal dari Basarnas, BPBD dan warga setempat.',
     'given'),
    ("praise in the form of a certificate to an interfaith forum's head",
     None,
     'Kapolresta Pontianak Kombes Pol Yusuf Hidayat memberi apresiasi berupa piagam kepada Ketua Forum Kerukunan Umat Beragama Kota Pontianak atas perannya menjaga situasi tetap kondusif.',
     'given'),
    ('headline: a parking attendant receives a certificate from a city police',
     'Tukang Parkir Penolong Korban Tabrak Lari Terima Piagam dari Polresta Padang',
     'Seorang tukang parkir di Pasar Raya Padang, Syamsul, menerima piagam penghargaan dari Polresta Padang. Ia menolong korban tabrak lari dan mencatat pelat nomor kendaraan pelaku.',
     'given'),
    ("a resort's own award named for security, to village heads",
     None,
     'Polres Kebumen memberikan penghargaan Kamtibmas Award kepada 20 kepala desa yang desanya nihil kasus kriminal selama setahun. Penghargaan diserahkan di Pendopo Kabupaten Kebumen.',
     'given'),
    ('a police award falls to public figures (jatuh kepada)',
     None,
     'Bhayangkara Award Polda Kalimantan Timur tahun ini jatuh kepada tiga tokoh masyarakat Samarinda. Mereka dinilai berjasa menjaga kerukunan warga.',
     'given'),
    ("a traffic unit's head hands helmets and certificates to pupils",
     None,
     'Kasatlantas Polres Magetan menyerahkan helm dan piagam kepada pelajar SMK yang terpilih sebagai Pelopor Keselamatan Berlalu Lintas. Kegiatan itu digelar di aula sekolah.',
     'given'),
    ('a regional chief honours soldiers and disaster volunteers',
     None,
     'Kapolda Sumatera Barat memberikan penghargaan kepada anggota Kodim 0304/Agam dan relawan Tagana yang membantu evakuasi korban banjir bandang. Penghargaan diserahkan pada apel pagi di Mapolda Sumbar.',
     'given'),
    ('headline: a sector chief gives certificates to firefighters',
     'Kapolsek Tambora Beri Piagam untuk Petugas Damkar',
     'Kapolsek Tambora memberi piagam kepada empat petugas pemadam kebakaran Jakarta Barat. Mereka menyelamatkan seorang lansia dari rumah yang terbakar.',
     'given'),
    ('students dianugerahi an award by a resort',
     None,
     'Tiga mahasiswa Universitas Jember dianugerahi penghargaan oleh Polres Jember karena membantu menggagalkan penipuan daring. Penyerahan berlangsung di Mapolres Jember, Rabu (8/5).',
     'given'),
    ('a colouring contest the police hold, winners get cups from the chief',
     None,
     'Polres Kutai Kartanegara menggelar lomba mewarnai untuk anak TK dalam rangka Hari Bhayangkara. Para pemenang mendapatkan piala dan bingkisan dari Kapolres.',
     'given'),
    ('thanks in words to citizens',
     None,
     'Kapolres Sukabumi mengucapkan terima kasih kepada warga yang membantu pencarian korban longsor. Ia berharap kerja sama itu terus terjalin.',
     'none'),
    ('a resort hoping to win WBBM next year',
     None,
     'Polres Tasikmalaya berharap dapat meraih predikat WBBM tahun depan. Tim internal kini menyiapkan dokumen penilaian.',
     'none'),
    ("a city government's award, the city chief only witnessing",
     None,
     'Pemkot Surabaya menerima penghargaan Adipura Kencana. Penghargaan diserahkan Menteri Lingkungan Hidup kepada Wali Kota Surabaya, disaksikan Kapolrestabes Surabaya.',
     'none'),
    ("villagers honour a sector's community officer",
     None,
     'Warga Desa Sukajaya memberikan penghargaan berupa piagam kepada Bripka Toni Saputra, Bhabinkamtibmas Polsek Cigombong, yang rutin mengajar mengaji anak-anak.',
     'received'),
    ('headline: a regional chief rewards his personnel (mengganjar, no award noun)',
     'Kapolda Jambi Ganjar Personel Berprestasi',
     'Kapolda Jambi mengganjar 27 personel yang berprestasi dalam pengungkapan kasus pembalakan liar. Penghargaan diserahkan dalam upacara di Lapangan Mapolda Jambi.',
     'received'),
    ("a resort chief accompanies the regent receiving a ministry's award",
     None,
     'Kapolres Sidoarjo mendampingi Bupati Sidoarjo saat menerima penghargaan Kabupaten Sehat dari Kementerian Kesehatan di Jakarta.',
     'none'),
    ('an award received by the regent, the resort chief beside him',
     None,
     'Penghargaan itu diterima Bupati Probolinggo didampingi Kapolres Probolinggo dan Dandim 0820 di Gedung Grahadi, Surabaya.',
     'none'),
    ('headline: police secure an awards night for tourist sites',
     'Polisi Amankan Malam Anugerah Pesona Indonesia',
     'Ratusan personel Polres Banyuwangi mengamankan malam Anugerah Pesona Indonesia di Taman Blambangan. Acara penyerahan penghargaan kepada destinasi wisata terbaik itu berjalan lancar.',
     'none'),
    ("a regional chief attends the prosecutors' award night",
     None,
     'Kapolda Sulawesi Utara menghadiri malam penganugerahan Adhyaksa Award yang diterima Kejati Sulut. Kapolda mengucapkan selamat atas prestasi tersebut.',
     'none'),
    ("a pupil, an officer's child, wins a science medal",
     None,
     'Seorang pelajar SMA di Cilacap yang bercita-cita menjadi polisi meraih medali emas Olimpiade Sains Nasional. Ia mengaku terinspirasi ayahnya, seorang anggota Polsek Kroya.',
     'none'),
    ("a resort chief's wife honoured by a city government",
     None,
     'Istri Kapolres Pekalongan, yang juga Ketua Bhayangkari Cabang Pekalongan, menerima penghargaan sebagai pelestari batik dari Pemkot Pekalongan.',
     'none'),
    ('citizens a resort proposes for an award, still in process',
     None,
     'Polres Malang mengusulkan lima warga untuk mendapatkan penghargaan dari Kapolda Jawa Timur. Usulan itu kini sedang diproses.',
     'none'),
    ("a WBK won before, recalled in a chief's message",
     None,
     'Kapolres Majalengka berpesan agar personel terus berprestasi seperti tahun lalu, ketika Polres Majalengka pernah meraih predikat WBK.',
     'none'),
    ("a volleyball team of the police wives' organisation wins a tournament",
     None,
     'Tim voli Bhayangkari Polres Klaten meraih juara pertama turnamen antar organisasi wanita se-Kabupaten Klaten. Piala diserahkan Ketua TP PKK Klaten.',
     'none'),
    ("a former officer, now a farmer, receives a governor's award",
     None,
     'Seorang mantan anggota Polres Jember yang kini menjadi petani organik menerima penghargaan Kalpataru dari Gubernur Jawa Timur.',
     'none'),
    ("a transport office's award, a traffic unit's head attending",
     None,
     'Dinas Perhubungan Kota Bogor menerima penghargaan Wahana Tata Nugraha. Kasatlantas Polresta Bogor Kota turut hadir dalam penyerahan tersebut.',
     'none'),
    ('a warning about prize-draw fraud',
     None,
     'Kapolsek Bantarujeg mengimbau warga agar tidak mudah percaya pada penipuan berkedok hadiah undian. Modus itu marak di media sosial.',
     'none'),
    ('a resort chief honours minibus drivers, his officers watching',
     None,
     'Kapolres Karawang menyerahkan penghargaan kepada dua sopir angkot yang menolong korban kecelakaan, disaksikan para pejabat utama Polres Karawang.',
     'given'),
    ('an award from a regional chief received by fishermen, passive',
     None,
     'Penghargaan dari Kapolda Kalimantan Barat diterima oleh tiga nelayan yang menyelamatkan penumpang kapal tenggelam di Sungai Kapuas.',
     'given'),
    ('headline: a city police honours earthquake volunteers, who receive it',
     'Polresta Mataram Beri Penghargaan Relawan Gempa',
     'Sebanyak 30 relawan gempa menerima penghargaan dari Polresta Mataram. Kapolresta menyebut para relawan bekerja tanpa pamrih.',
     'given'),
    ('a pupil named traffic ambassador by a traffic unit',
     None,
     'Pelajar SMA Negeri 3 Palu, Nur Aisyah, dinobatkan sebagai Duta Lalu Lintas oleh Satlantas Polresta Palu dan menerima piagam.',
     'given'),
    ('children who won a colouring contest receive prizes from a resort chief',
     None,
     'Anak-anak pemenang lomba mewarnai menerima hadiah langsung dari Kapolres Tulungagung di Mapolres Tulungagung, Sabtu (6/7).',
     'given'),
    ('headline: a fisherman gets a certificate from a resort',
     'Warga Penemu Bom Ikan Dapat Piagam dari Polres Bintan',
     'Polres Bintan menyerahkan piagam kepada Samsudin, nelayan yang melaporkan temuan bom ikan di perairan Teluk Sebong.',
     'given'),
    ('a parking attendant receives from a city police, reason fronted',
     None,
     'Atas keberaniannya menggagalkan penjambretan, seorang juru parkir di Medan menerima penghargaan dari Polrestabes Medan, Kamis (12/9).',
     'given'),
    ('a race the regional police holds, its winner receives from the chief',
     None,
     'Polda Jambi menggelar Bhayangkara Run 2024. Pemenang kategori 10K putra, Rizky Ananda, menerima medali dan uang tunai dari Kapolda Jambi.',
     'given'),
    ('a village head honoured by a resort chief, menganugerahkan',
     None,
     'Kapolres Bangka Barat menganugerahkan piagam penghargaan kepada Kepala Desa Tempilang karena desanya bebas dari penambangan timah ilegal.',
     'given'),
    ('headline with apresiasi, certificates to guards',
     'Polsek Kebayoran Lama Apresiasi Satpam Penggagal Pencurian Mobil',
     'Kapolsek Kebayoran Lama menyerahkan piagam penghargaan kepada dua satpam kompleks perumahan yang menggagalkan pencurian mobil.',
     'given'),
    ("an Ombudsman team's assessment received as a visit",
     None,
     'Kapolres Sumedang menerima kunjungan tim Ombudsman RI yang menilai kepatuhan pelayanan publik. Hasil penilaian akan diumumkan akhir tahun.',
     'none'),
    ('personnel take part in a shooting contest, no result',
     None,
     'Sejumlah personel Polres Ciamis mengikuti lomba menembak dalam rangka HUT Bhayangkara. Lomba itu digelar untuk melatih kemampuan anggota.',
     'none'),
    ('a deputy regent honours teachers, the resort chief a guest',
     None,
     'Wakil Bupati Indramayu menyerahkan penghargaan kepada 20 guru teladan. Kapolres Indramayu tampak hadir di antara tamu undangan.',
     'none'),
    ('an award to a resort planned for next week',
     None,
     'Rencananya, Kapolda Kalimantan Selatan akan menyerahkan penghargaan kepada Polres Tabalong pekan depan atas pengungkapan kasus narkoba.',
     'none'),
    ("the regent honours a resort chief at the resort's own ceremony",
     None,
     'Di sela upacara HUT Bhayangkara di Mapolres Demak, Bupati Demak menyerahkan piagam penghargaan kepada Kapolres Demak atas dukungan pengamanan Pilkada.',
     'received'),
    ('citizens and a sector officer honoured together by a regent',
     None,
     'Tiga warga dan seorang anggota Polsek Gayam, Bripka Hadi Santoso, menerima penghargaan dari Bupati Bojonegoro karena menolong korban banjir.',
     'received'),
    ('headline: a regent honours a resort and a district command',
     'Bupati Beri Penghargaan ke Polres dan Kodim',
     'Bupati Pacitan memberikan penghargaan kepada Polres Pacitan dan Kodim 0801/Pacitan atas kerja sama penanganan bencana longsor.',
     'received'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", WRITTEN_APART, ids=[row[0] for row in WRITTEN_APART])
def test_story_role_written_apart(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


SPELLINGS = [
    ("an award verb spelled 'anugrah'", "Kapolres Dianugrahi Piagam", "Kapolres Dianugerahi Piagam"),
    ("an editor's insertion in brackets", "Saya yakin (pemberian piagam -red) itu layak.", "Saya yakin itu layak."),
    ("a name that holds the letters is left alone", "Kapten Prajanugraha hadir.", "Kapten Prajanugraha hadir."),
]


@pytest.mark.parametrize("construction, text, read", SPELLINGS, ids=[row[0] for row in SPELLINGS])
def test_standard_spelling(construction, text, read):
    assert standard_spelling(text) == read


# -- kinds of award and givers -----------------------------------------------------------------------

KINDS = [
    ("WBK from the ministry, once", "Polres Bantul meraih WBK dari KemenPAN-RB.", ["zona_integritas_wbk"]),
    ("the ministry written as Kementerian PAN-RB", "penghargaan Zona Integritas dari Kementerian PAN-RB",
     ["zona_integritas_wbk"]),
    ("a ministry's regulation cited by its number gives no award", "Survei kepuasan itu disusun sesuai Permen "
     "KemenPAN-RB Nomor 14 Tahun 2017, lalu Yayasan Pelita memberikan piagam.", []),
    ("the ministry's innovation contest is no zona integritas", "Polres Bantul masuk Top 45 Inovasi Pelayanan Publik "
     "dari Kementerian PAN-RB.", ["ministry", "zona_integritas_wbk"]),
    ("WBBM before WBK", "predikat WBBM dan WBK", ["zona_integritas_wbbm", "zona_integritas_wbk"]),
    ("Kompolnas Awards", "Polsek Ngaglik juara Kompolnas Awards 2023.", ["kompolnas"]),
    ("compliance predikat", "predikat kepatuhan standar pelayanan publik", ["ombudsman_compliance"]),
    ("press body", "penghargaan dari PWI Jawa Tengah", ["media"]),
    ("the ministry's evaluation of public services is no zona integritas", "Menteri PANRB memberikan predikat "
     "Pelayanan Prima kepada Polres Bantul.", ["ministry", "zona_integritas_wbk"]),
    ("the same evaluation named before the ministry", "Polres Bantul meraih kategori pelayanan prima dalam evaluasi "
     "pelayanan publik KemenPAN-RB.", ["ministry", "zona_integritas_wbk"]),
    ("the ministry's evaluation named by its grade alone", "Kemenpan-RB memberikan predikat prima kepada 20 polres "
     "dalam kategori prima.", ["ministry", "zona_integritas_wbk"]),
    ("a Polda's own contest of good service is no ministry's", "Polres Bantul juara lomba pelayanan prima tingkat "
     "Polda DIY.", []),
    ("a Kapolda who witnesses names no kind", "Piagam itu diterima Dirlantas Polda Riau dan turut disaksikan "
     "Kapolda Riau.", []),
    ("a Kapolda who speaks of the award names no kind", "Kapolda Riau, melalui Kabid Humas, menyebutkan bahwa "
     "penghargaan itu buah kerja keras personel.", []),
    ("a Kapolda who gives, then speaks, names his kind", "Kapolda Riau menyerahkan penghargaan itu dan mengatakan "
     "anggota patut diteladani.", ["kapolda"]),
    ("given by the Kapolda", "Piagam itu diberikan oleh Kapolda Riau.", ["kapolda"]),
    ("an awards night named for ministries and bodies is no ministry's", "Polda Riau meraih Kementerian dan Lembaga "
     "Award 2023.", []),
    ("the programme named WBK/WBBM is a WBK's", "Polres Bantul lolos Zona Integritas menuju WBK/WBBM tahun 2024.",
     ["zona_integritas_wbk"]),
    ("a Kapolda who receives, in a headline, names no kind", "Bripka Ani hingga Kapolda Jambi Terima Anugerah "
     "Bhakti 2024", []),
    ("a Kapolda who wins, his province between", "Kapolda Nusa Tenggara Timur Raih Penghargaan Tokoh Inspiratif",
     []),
    ("a Kapolda who gives still names his kind", "Kapolda Jambi Serahkan Piagam kepada Bripka Ani", ["kapolda"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, passage, kinds", KINDS, ids=[row[0] for row in KINDS])
def test_kinds_by_wording(construction, passage, kinds):
    assert categories_of(passage) == kinds


GIVERS = [
    # construction, passage, the giver's kind, the giver as the archive writes it
    ("dari the Kapolri", "Polres Sleman mendapat penghargaan dari Kapolri.", "kapolri", "Kapolri"),
    ("a Bupati who gives", "Bupati Sleman menyerahkan piagam kepada Polres Sleman.", "regional_government", "Bupati Sleman"),
    ("province short form", "penghargaan dari Gubernur Jatim untuk Polda", "regional_government", "Gubernur Jawa Timur"),
    ("the head of a regional parliament", "Polres Sleman menerima penghargaan dari Ketua DPRD Jatim Budi Santoso.",
     "regional_government", "Ketua DPRD Jawa Timur"),
    ("a passive award verb, its giver after oleh", "Polri dianugerahi penghargaan sebagai badan publik informatif "
     "oleh Komisi Informasi Pusat (KIP).", "other", "Komisi Informasi Pusat"),
    ("diterima oleh names the one who accepts", "Penghargaan dari Bupati Sleman diterima oleh Kapolres Sleman.",
     "regional_government", "Bupati Sleman"),
    ("a press body and its chairman", "Piagam diserahkan langsung Ketua Umum PPWI Wilson Lalengke.", "media", "PPWI"),
    ("a press body and its province", "Polres Blitar menerima penghargaan dari PWI Jatim.", "media", "PWI Jawa Timur"),
    ("a body the registry lacks after dari, before a Kapolres who accepts", "Polres Serang diganjar Presisi Award dari "
     "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi). Kapolres Serang menerima penghargaan itu.", "other",
     "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi)"),
    ("a body the registry lacks, as the subject that gives", "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi) "
     "menganugerahkan Presisi Award kepada Polres Paser.", "other",
     "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi)"),
    ("a headline's capitalised verb after Pemkab, the region in the lead after brackets", "Pemkab Ganjar Piagam "
     "Polsek Wedi. Pemerintah Kabupaten (Pemkab) Klaten memberikan piagam kepada Polsek Wedi.",
     "regional_government", "Pemerintah Kabupaten Klaten"),
    ("an organisation's branch council after oleh", "Kasat Narkoba Polres Siak dianugerahi piagam oleh DPW Pemuda "
     "Tani Riau.", "other", "DPW Pemuda Tani Riau"),
    ("the forestry ministry's fire brigade by its own name", "Polsek Rasau Jaya menerima piagam dari Daops Manggala "
     "Agni Kalimantan 4 atas patroli karhutla.", "ministry", "Daops Manggala Agni Kalimantan 4"),
    ("a resort chief followed by the day he gave", "Tiga warga memperoleh penghargaan dari Kapolres Kebumen hari ini "
     "karena menolong korban.", "other", "Kapolres Kebumen"),
    ("a Polda director by his directorate is a post, not a body", "Kanit Resmob Polres Binjai menerima penghargaan "
     "dari Direktur Reskrimum, Kombes Pol Sumaryono.", None, None),
    ("a giver after dari closes a long list of receivers", "Piagam diberikan kepada Polres Sleman, Polres Bantul, "
     "Polres Kulonprogo dan Polres Gunungkidul dari Kapolda DIY.", "kapolda", "Kapolda Daerah Istimewa Yogyakarta"),
    ("a body said to give, its award handed over by a governor's official on his behalf", "Bank Indonesia Kantor "
     "Perwakilan Maluku memberikan penghargaan untuk Polres Buru. Penghargaan diserahkan Asisten II, mewakili "
     "Gubernur, kepada Kapolres.", "other", "Bank Indonesia Kantor Perwakilan Maluku"),
    ("a coordinating minister by his short title", "Penghargaan diserahkan langsung oleh Menko PMK Budi Santosa "
     "kepada Kapolres Garut.", "ministry", "Menko PMK"),
    ("a minister named before a ministry's team among the receivers", "Penghargaan diserahkan oleh Menpora kepada "
     "perwakilan Basarnas, Tim Relawan Kementerian Sosial, Polres Cianjur dan Kodim 0608.", "ministry", "Menpora"),
    ("a body that gives on a day, with langsung", "Lembaga Kajian Hukum Nusantara (LKHN) pada Selasa (3/9/2024) siang "
     "langsung memberikan penghargaan Nusantara Award kepada Polres Pati.", "other",
     "Lembaga Kajian Hukum Nusantara (LKHN)"),
    ("a body's director after dari", "Kapolres Tegal menerima piagam dari Direktur Eksekutif Lemkaji, Senin (4/3).",
     None, "Lemkaji"),
    ("a Mabes body's chief gives in its name", "Polres Lebak menerima penghargaan dari Kakorlantas Polri Irjen Aan.",
     "kapolri", "Korlantas Polri"),
    ("a Kadiv gives for his division", "Polres Lebak menerima penghargaan dari Kadiv Humas Polri Irjen Sandi.",
     "kapolri", "Divhumas Polri"),
    ("a ministry by its short name, with its region", "Polres Lebak menerima penghargaan dari Kemenkumham Banten.",
     "ministry", "Kemenkumham Banten"),
    ("a Polda's director gives in its name", "Polres Lebak dianugerahi penghargaan pelayanan SIM terbaik oleh Dirlantas "
     "Polda Banten.", "kapolda", "Polda Banten"),
    ("a range after dari names no giver", "Penghargaan itu hasil kerja seluruh personel, dari Polda hingga Polres "
     "jajaran.", None, None),
    ("passive with a Kapolresta", "Piagam diserahkan Kapolresta Solo Kombes Pol Iwan.", "other", "Kapolresta Solo"),
    ("award named after its giver", "Mereka menerima penghargaan Kapolda Bali atas kerja keras.", "kapolda", "Kapolda Bali"),
    ("Mabes body", "Polres Kudus menerima penghargaan dari Divhumas Polri.", "kapolri", "Divhumas Polri"),
    ("a body that names itself as one, giving", "Yayasan Sahabat Polisi Indonesia memberikan penghargaan kepada "
     "Polresta Surakarta.", "other", "Yayasan Sahabat Polisi Indonesia"),
    ("a state body by its short name", "Komisi Pemberantasan Korupsi (KPK) memberikan penghargaan kepada Polda Sumut.",
     "other", "KPK"),
    ("a body the registry lacks", "Polres Bantul menerima penghargaan dari Lembaga Sahabat Anak Nusantara.", "other",
     "Lembaga Sahabat Anak Nusantara"),
    ("the organiser of the awards gives", "Satlantas Polres Kendal meraih IRSMS Award 2023 yang diselenggarakan "
     "Korlantas Polri.", "kapolri", "Korlantas Polri"),
    ("a contest of the Polda", "Polres Blora meraih juara 1 lomba kampung tangguh tingkat Polda Jawa Tengah.", "kapolda",
     "Polda Jawa Tengah"),
    ("a regional government in full", "Polres Bantul menerima penghargaan dari Pemkab Bantul.", "regional_government",
     "Pemerintah Kabupaten Bantul"),
    ("BNN written in full", "Polres Sleman meraih penghargaan dari Badan Narkotika Nasional Provinsi DIY.", "ministry",
     "BNN Provinsi Daerah Istimewa Yogyakarta"),
    ("a ministry's field office", "Polres Ternate meraih penghargaan dari DJPb Maluku Utara.", "ministry",
     "DJPb Maluku Utara"),
    ("a minister by his short title", "Menpora menyerahkan penghargaan kepada Polda Jabar.", "ministry", "Menpora"),
    ("a commission named after the award word", "Polresta Bogor Kota menerima penghargaan Komisi Perlindungan Anak "
     "Indonesia.", None, "Komisi Perlindungan Anak Indonesia"),
    ("a Kapolda named by his name, not his province", "Penghargaan diserahkan Kapolda Rudi kepada Polres Bantul. "
     "Kapolda DIY menyampaikan selamat.", "kapolda", "Kapolda Daerah Istimewa Yogyakarta"),
    ("a chief named by rank at his headquarters", "Di Mapolres Gunungkidul, Wakapolres Kompol Ari menyerahkan "
     "penghargaan kepada Polsek Wonosari.", "other", "Wakapolres Gunungkidul"),
    ("a chief named by rank only takes the resort named", "Piagam diserahkan Kapolresta AKBP Joko kepada Polsek "
     "Laweyan, jajaran Polresta Surakarta.", "other", "Kapolresta Surakarta"),
    ("a Mabes body the gazetteer knows, as organiser", "Polres Bima meraih juara 2 lomba laporan keuangan yang "
     "diselenggarakan Pusdokkes Polri.", "kapolri", "Pusdokkes Polri"),
    ("a Mabes body with its chief's abbreviation in brackets", "Piagam diserahkan Kepala Divisi Propam (Kadiv Propam) "
     "Polri kepada Polres Bima.", "kapolri", "Divpropam Polri"),
    ("Polri itself gives, through its deputy chief", "Polri menganugerahkan piagam kepada Polda Riau. Piagam "
     "diserahkan Wakapolri Komjen Budi.", "kapolri", "Mabes Polri"),
    ("a class of winners at Polda level names no host", "Kapolri memberikan piagam kepada Kasat Lantas terbaik "
     "tingkat Polda, yakni Kasat Lantas Polres Bima.", "kapolri", "Kapolri"),
    ("an official hands over for the body that gives", "Yayasan Bina Lalu Lintas memberikan piagam kepada Polres "
     "Bima. Piagam diserahkan Direktur Program Yayasan Bina Lalu Lintas kepada Kapolres.", "other",
     "Yayasan Bina Lalu Lintas"),
    ("a field office in full, its abbreviation and region", "Polres Bima meraih piagam dari kantor wilayah Direktorat "
     "Jenderal Perbendaharaan (DJPb) Nusa Tenggara Barat.", "ministry", "DJPb Nusa Tenggara Barat"),
    ("a press outlet through its head", "Piagam diserahkan Pemimpin Redaksi Harian Bima Pos H Ahmad kepada Polres "
     "Bima.", "media", "Harian Bima Pos"),
    ("a press outlet left unnamed", "Penghargaan itu diberikan sebuah stasiun radio swasta lokal di Mataram.",
     "media", "stasiun radio swasta lokal"),
    ("a chief who receives is no giver", "Kapolresta Bima Kombes Pol Andi Saputra meraih penghargaan kategori "
     "pelayanan terbaik.", None, None),
    ("a deputy hands over in his chief's name", "Wakapolda Bali menyerahkan piagam atas nama Kapolri kepada Polres "
     "Badung.", "kapolri", "Kapolri"),
    ("in whose name, said first", "Atas nama Gubernur Bali, Sekda menyerahkan piagam kepada Polres Badung.",
     "regional_government", "Gubernur Bali"),
    ("an official who represents the giver", "Piagam diserahkan Asisten II yang mewakili Bupati Badung kepada Polres "
     "Badung.", "regional_government", "Bupati Badung"),
    ("one who accepts for his chief is no giver", "Piagam diserahkan Ketua KPK kepada Wakapolda Bali, yang mewakili "
     "Kapolda Bali.", "other", "KPK"),
    ("a regional government by its general name", "Polres Badung menerima piagam dari Pemda Badung.",
     "regional_government", "Pemerintah Daerah Badung"),
    ("a regional secretary gives for his government", "Piagam diserahkan Sekda Kabupaten Badung kepada Polres Badung.",
     "regional_government", "Pemerintah Kabupaten Badung"),
    ("a deputy regional head by his short title", "Wagub Bali memberikan piagam kepada Polda Bali.",
     "regional_government", "Gubernur Bali"),
    ("the central government is no regional one", "Polres Badung menerima piagam dari Pemerintah Pusat.", None,
     "Pemerintah Pusat"),
    ("a place after dari is no body", "Polres Badung meraih piagam kategori inovasi. Tim penilai datang dari Denpasar.",
     None, None),
    ("a chief who speaks is no giver", "Polres Badung meraih piagam kategori inovasi. Kapolres Badung AKBP Made "
     "mengatakan inovasi itu lahir dari warga.", None, None),
    ("the body that assesses the winners", "Polda Bali meraih peringkat 2 berdasarkan evaluasi kinerja keuangan yang "
     "dilakukan Kementerian Keuangan.", "ministry", "Kementerian Keuangan"),
    ("a military command keeps its number", "Polres Badung menerima piagam dari Dandim 1611 Badung.", "other",
     "Dandim 1611 Badung"),
    ("a ministry's field office that gives", "Kepala Kantor Imigrasi Denpasar memberikan piagam kepada Polresta "
     "Denpasar.", "ministry", "Kantor Imigrasi Denpasar"),
    ("a prosecutor's chief that gives, to a Kapolres", "Kajati Bali menyerahkan piagam kepada Kapolres Badung AKBP "
     "Made.", "other", "Kajati Bali"),
    ("a Kapolda who receives is no giver", "Kapolda Bali Irjen Pol Made Sudana menerima penghargaan sebagai tokoh "
     "inspiratif.", None, None),
    ("a Kapolres who accepts is no giver", "Penghargaan itu diterima langsung oleh Kapolres Badung AKBP Made di "
     "Jakarta.", None, None),
    ("a class across all Polda names no host", "Polda Bali meraih peringkat 1 tingkat Polda se-Indonesia dalam "
     "lomba yang diselenggarakan Pusdokkes Polri.", "kapolri", "Pusdokkes Polri"),
    ("who praises an award won gives none", "Bupati Badung memberikan apresiasi kepada Polres Badung yang meraih "
     "juara 1 lomba inovasi.", None, None),
    ("praise that is itself a piagam gives", "Bupati Badung memberikan apresiasi berupa piagam kepada Polres Badung "
     "atas pengungkapan kasus.", "regional_government", "Bupati Badung"),
    ("who signs the piagam gives it", "Polres Badung menerima piagam yang ditandatangani langsung oleh Ketua "
     "Yayasan Bhakti Bangsa.", "other", "Yayasan Bhakti Bangsa"),
    ("named the best by a body", "Polres Badung dinobatkan sebagai polres terbaik oleh Lembaga Survei Nusantara.",
     "other", "Lembaga Survei Nusantara"),
    ("a witness of the ceremony gives nothing", "Bupati Bima menyerahkan piagam kepada Polres Bima, disaksikan "
     "pejabat dari Korlantas Polri.", "regional_government", "Bupati Bima"),
    ("a ministry's regional office by Kanwil", "Satlantas Polres Gianyar meraih piagam dari Kanwil Kemenkumham Bali.",
     "ministry", "Kanwil Kemenkumham Bali"),
    ("a regional government's office that gives", "Kepala Dinas Perhubungan Kabupaten Gianyar menyerahkan piagam "
     "kepada Satlantas Polres Gianyar.", "regional_government", "Dinas Perhubungan Kabupaten Gianyar"),
    ("a regional office by its short name", "Polres Gianyar mendapat piagam dari Dishub Kota Denpasar.",
     "regional_government", "Dishub Kota Denpasar"),
    ("one who hands over for the governor", "Piagam diserahkan oleh Asisten II mewakili Gubernur NTB kepada "
     "Kapolres Lombok Barat.", "regional_government", "Gubernur Nusa Tenggara Barat"),
    ("a university", "Rektor Universitas Mataram memberikan penghargaan kepada Polres Lombok Barat.", "other",
     "Universitas Mataram"),
    ("a partner named after the giver gives with it", "Pemkot Mataram bekerja sama dengan Yayasan Peduli Anak "
     "memberikan piagam kepada Polresta Mataram.", "regional_government", "Pemerintah Kota Mataram"),
    ("a guest of the event is no giver of the award handed over after", "Acara yang dihadiri Kapolda NTB itu "
     "diakhiri penyerahan piagam dari Bupati Lombok Timur kepada Polres Lombok Timur.", "regional_government",
     "Bupati Lombok Timur"),
    ("an event's committee", "Piagam diberikan oleh panitia Festival Pesona Lombok kepada Polres Lombok Tengah.",
     "other", "panitia Festival Pesona Lombok"),
    ("an awards night named for itself", "Polres Lombok Tengah meraih gold winner pada ajang Nusa PR Awards 2024.",
     None, "Nusa PR Awards 2024"),
    ("an armed forces' command", "Polres Lombok Tengah menerima piagam dari Korem 162/WB.", "other", "Korem 162/WB"),
    ("a source the story cites is no giver", "Polres Lombok Tengah meraih piagam itu, dikutip dari Harian Lombok "
     "Pos, dari Bupati Lombok Tengah.", "regional_government", "Bupati Lombok Tengah"),
    ("who is quoted on an award won gives none", '"Prestasi Polres Dompu patut dicontoh," ujar Bupati Dompu saat '
     "meninjau stan pameran.", None, None),
    ("who is quoted as he hands the award over gives", '"Pertahankan prestasi ini," kata Bupati Dompu saat menyerahkan '
     "piagam kepada Polres Dompu.", "regional_government", "Bupati Dompu"),
    ("a ministry by a short name no table lists", "Polres Dompu menerima piagam dari Kemendikdasmen.", "ministry",
     "Kemendikdasmen"),
    ("an agency's office and its seat", "Kepala Balai Karantina Pertanian di Mataram memberikan piagam kepada "
     "Polres Lombok Barat.", "ministry", "Balai Karantina Pertanian"),
    ("a body in full with its abbreviations in brackets, then its region", "Satpolairud Polres Sikka mendapat "
     "piagam dari Dewan Pengurus Wilayah (DPW) Asosiasi Petani Garam Indonesia (APGI) Nusa Tenggara Timur.", "other",
     "Dewan Pengurus Wilayah (DPW) Asosiasi Petani Garam Indonesia (APGI) Nusa Tenggara Timur"),
    ("a body's name ends before a lowercase dan", "Polsek Bungus menerima piagam dari Yayasan Pesisir Lestari dan "
     "warga nelayan.", "other", "Yayasan Pesisir Lestari"),
    ("a body's name ends with its sentence", "Polres Nias menerima piagam dari Yayasan Pelita. Acara berlangsung di "
     "Gunungsitoli.", "other", "Yayasan Pelita"),
    ("the unit an officer comes from is no giver", "Penghargaan itu diterima Bripka Sandi dari Satuan Samapta.", None,
     None),
    ("a resort that gives, its chief said between commas", "Polres Sinjai, di bawah pimpinan AKBP Rudi Hartono, "
     "memberikan penghargaan kepada lima Bhabinkamtibmas.", None, "Polres Sinjai"),
    ("a body's head, named with his degrees, gives", "Ketua Pusat Kajian Kebijakan Publik, Dr. Andi Wijaya, SH. MH "
     "memberikan piagam kepada Polres Bone.", "other", "Pusat Kajian Kebijakan Publik"),
    ("a national agency awards as a ministry does, by its short name and seat", "Tim SAR Ditpolairud menerima "
     "piagam dari Badan Nasional Pencarian dan Pertolongan (Basarnas) Kendari.", "ministry", "Basarnas Kendari"),
    ("a national agency by its short name alone", "Kepala BNPB menyerahkan piagam kepada Polres Cianjur.", "ministry",
     "BNPB"),
    ("a Kapolres after dari, then where it happens", "Lima anggota Satlantas mendapat reward dari Kapolres Bima Kota "
     "pada apel pagi.", "other", "Kapolres Bima Kota"),
    ("a company by its legal form gives, its branch in its name", "Perusahaan Gas Negara (PGN) Regional Sumatera "
     "memberikan piagam kepada Polres Dumai.", "other", "Perusahaan Gas Negara (PGN) Regional Sumatera"),
    ("a state enterprise and its regional office give", "Perum Bulog Kantor Wilayah Sulsel menyerahkan penghargaan "
     "kepada Polda Sulsel.", "other", "Perum Bulog Kantor Wilayah Sulawesi Selatan"),
    ("a receiver named by rank, his post after a comma, gives nothing", "Pimpinan bank daerah menyerahkan plakat "
     "kepada AKBP Rudi Hartono, Kapolres Bima.", None, None),
    ("a receiving chief after a comma leaves the body that gives", "Yayasan Peduli Anak menyerahkan piagam kepada "
     "Kompol Dedi Saputra, Kapolsek Cempaka Putih.", "other", "Yayasan Peduli Anak"),
    ("a body's head by his post, the body and its region, then his name", "Piagam itu diserahkan oleh Ketua Majelis "
     "Adat Kaltim Budi Santoso kepada Polres Kutai Kartanegara.", "other", "Majelis Adat Kalimantan Timur"),
    ("an office's head by his post, the office and its region, then her name", "Penghargaan diserahkan Kepala Balai "
     "Bahasa Jateng Rina Wulandari kepada Polres Semarang.", "other", "Balai Bahasa Jawa Tengah"),
    ("a region of several words ends a body's name", "Piagam diserahkan Ketua Forum Anak Papua Barat Daya kepada "
     "Polres Sorong.", "other", "Forum Anak Papua Barat Daya"),
    ("a press body, its abbreviation in brackets, then its region", "Polres Bitung menerima penghargaan dari "
     "Persatuan Wartawan Indonesia (PWI) Sulut sebagai sahabat pers.", "media", "PWI Sulawesi Utara"),
    ("television journalists' body spelled out, by its abbreviation and region", "Kapolres Gorontalo menerima piagam "
     "dari Ikatan Jurnalis Televisi Indonesia (IJTI) Gorontalo.", "media", "IJTI Gorontalo"),
    ("a commission named again more fully: the fullest", "Polres Ende menerima piagam dari Komisi Informasi atas "
     "keterbukaan informasi. Penganugerahan digelar Komisi Informasi Provinsi NTT di Kupang.", "other",
     "Komisi Informasi Provinsi Nusa Tenggara Timur"),
    ("a body abroad by its English name gives", "International Association of Chiefs of Police (IACP) memberikan "
     "penghargaan kepada Polda Bali.", "other", "International Association of Chiefs of Police (IACP)"),
    ("a body that gives before an award named for itself", "The Federation of Asian Police Women (FAPW) menyerahkan "
     "penghargaan Women In Policing Award kepada Kapolda Bali.", "other", "Federation of Asian Police Women (FAPW)"),
    ("a ministry heading an agency, named in full then by its short name", "Polda Bali menerima piagam dari "
     "Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional (PPN/Bappenas).",
     "ministry", "Kementerian PPN/Bappenas"),
    ("such a ministry's minister gives in its name", "Menteri PPN/Bappenas menyerahkan piagam kepada Polda Bali.",
     "ministry", "Kementerian PPN/Bappenas"),
    ("another ministry's short name is not this one's", "Polda Bali menerima piagam dari Kementerian Keuangan "
     "dalam rapat tentang program Kementerian PPN/Bappenas.", "ministry", "Kementerian Keuangan"),
    ("a national agency that gives before the ministries it honours", "Basarnas memberikan penghargaan kepada "
     "kementerian dan lembaga, yakni Polri, Kementerian Sosial dan Kementerian Kesehatan.", "ministry", "Basarnas"),
    ("a body that gives, the day said between", "Yayasan Cahaya Bangsa di Medan, Kamis (4/7), memberikan "
     "penghargaan Bhayangkara Award kepada Polres Binjai.", "other", "Yayasan Cahaya Bangsa"),
    ("a press outlet that holds the awards night", "Polda Riau menerima penghargaan dalam Lembaga Publik Award "
     "2023 yang diselenggarakan oleh Metro TV.", "media", "Metro TV"),
    ("a Kapolres, then his rank after a comma: the resort named", "Personel Polres Pidie menerima penghargaan "
     "langsung dari Kapolres, AKBP Budi Santoso.", "other", "Kapolres Pidie"),
    ("a host that holds the handover gives", "Polda Jambi menggelar apel besar sekaligus penyerahan penghargaan "
     "kepada bhabinkamtibmas teladan.", "kapolda", "Polda Jambi"),
    ("people who come from a body name no giver", "Wali Kota Madiun menyerahkan piagam kepada petugas dari BNNP "
     "Jawa Timur dan anggota dari Polres Madiun.", "regional_government", "Wali Kota Madiun"),
    ("what a predikat is free of is no giver", "Polres Ngawi, satker berpredikat Wilayah Bebas dari Korupsi (WBK), "
     "menerima piagam dari Yayasan Bina Desa.", "other", "Yayasan Bina Desa"),
    ("an award named for itself, no body said to give it", "Polres Bone menerima penghargaan Nusantara PR Awards "
     "2025 di Jakarta.", None, "Nusantara PR Awards 2025"),
    ("a state body written out, its short name in brackets, then its office's regency", "Polres Ende menerima "
     "piagam dari Komisi Pemilihan Umum (KPU) Kabupaten Ende.", "other", "KPU Kabupaten Ende"),
    ("a state body's office in a province", "Polda Riau menerima piagam dari Bawaslu Provinsi Riau.", "other",
     "Bawaslu Provinsi Riau"),
    ("a government that gives, its head only handing over", "Pemerintah Kabupaten Wonogiri memberikan piagam kepada "
     "Polres Wonogiri. Piagam diserahkan langsung oleh Bupati Wonogiri.", "regional_government",
     "Pemerintah Kabupaten Wonogiri"),
    ("a head who gives, then his government named", "Bupati Wonogiri memberikan piagam kepada Polres Wonogiri "
     "dalam acara Pemerintah Kabupaten Wonogiri.", "regional_government", "Bupati Wonogiri"),
    ("a city's BNN office", "Polresta Malang Kota menerima piagam dari BNN Kota Malang.", "ministry",
     "BNN Kota Malang"),
    ("a Kapolres who gives, then why", "Satreskrim Polres Bintan menerima penghargaan dari Kapolres Bintan karena "
     "menangkap pencuri.", "other", "Kapolres Bintan"),
    ("a newspaper that holds its own awards night", "Harian Suara Merdeka menggelar Suara Merdeka Awards 2024 dan "
     "menetapkan Polres Kudus sebagai polres terinovatif.", "media", "Harian Suara Merdeka"),
    ("a Kapolres after oleh, a semicolon after his resort", "Trofi diserahkan langsung oleh Kapolres Muara Enim; "
     "tim pemenang juga membawa pulang uang pembinaan.", "other", "Kapolres Muara Enim"),
    ("the Republic's embassy spelled out, then its city", "Polda Kepri menerima piagam dari Kedutaan Besar "
     "Republik Indonesia (KBRI) untuk Canberra, Australia.", "ministry", "KBRI Canberra"),
    ("an embassy by its short name and city gives", "KBRI Kuala Lumpur memberikan penghargaan kepada Polres "
     "Nunukan atas pemulangan pekerja migran.", "ministry", "KBRI Kuala Lumpur"),
    ("a consulate's head hands over in its name", "Piagam diserahkan Konsul Jenderal dari KJRI di Jeddah kepada "
     "Polresta Mataram.", "ministry", "KJRI Jeddah"),
    ("a minister named before the embassy gives, not the embassy", "Penghargaan dari Menteri Luar Negeri "
     "diserahkan di KBRI Singapura kepada Polda Riau.", "ministry", "Menteri Luar Negeri"),
    ("a body unknown to the registry, its province's short form last", "Polres Sintang menerima penghargaan "
     "dari Forum Pemerhati Lingkungan Kalbar.", "other", "Forum Pemerhati Lingkungan Kalimantan Barat"),
    ("such a body spelled out with its abbreviation, then the province", "Kapolda menerima piagam dari Lembaga "
     "Amil Zakat Umat (LAZU) Sulsel pada malam penganugerahan.", "other",
     "Lembaga Amil Zakat Umat (LAZU) Sulawesi Selatan"),
    ("a regional council spelled out, then its region", "Polres Lombok Timur menerima penghargaan dari Dewan "
     "Perwakilan Rakyat Daerah (DPRD) Lombok Timur.", "regional_government", "DPRD Lombok Timur"),
    ("a regional council by its level and region gives", "DPRD Kota Tegal memberikan piagam kepada Polsek Tegal "
     "Barat.", "regional_government", "DPRD Kota Tegal"),
    ("a national agency outside the ministries, through its deputy", "Polres Malang menerima penghargaan dari "
     "Deputi Badan Perlindungan Pekerja Migran Indonesia (BP2MI).", "ministry", "BP2MI"),
    ("a national agency spelled out with its short name in brackets", "Polda Banten menerima piagam dari Badan "
     "Pengawas Obat dan Makanan (BPOM) atas penindakan kosmetik ilegal.", "ministry", "BPOM"),
    ("a national agency by its short name", "Piagam penghargaan itu diserahkan Bakamla kepada Ditpolairud Polda "
     "Riau.", "ministry", "Bakamla"),
    ("a national agency spelled out, named national", "Polres Tegal menerima piagam dari Badan Pangan "
     "Nasional.", "ministry", "Badan Pangan Nasional"),
    ("a regional office with its acronym before its region", "Polres Blora menerima penghargaan dari Badan "
     "Penanggulangan Bencana Daerah (BPBD) Kabupaten Blora.", "regional_government",
     "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Blora"),
    ("a regional transport office, acronym then city", "Piagam itu diserahkan Dinas Perhubungan (Dishub) Kota "
     "Madiun kepada Satlantas Polres Madiun Kota.", "regional_government", "Dinas Perhubungan (Dishub) Kota Madiun"),
    ("a regional office named the region's, no region written", "Polres Sragen menerima piagam dari Badan "
     "Pendapatan Daerah atas bantuan pengamanan.", "regional_government", "Badan Pendapatan Daerah"),
    ("a body said to give outranks a phrase after 'dari' that names no body", "Tiga polisi yang mendahulukan "
     "ambulans dari Konvoi Pejabat menerima penghargaan. Lembaga Studi Kepolisian Nusantara memberikan piagam itu "
     "kepada mereka.", "other", "Lembaga Studi Kepolisian Nusantara"),
    ("where people come from is no giver when a body gives", "Anggota Polsek Ciawi yang datang dari Bogor Timur "
     "menerima piagam. Yayasan Cinta Damai memberikan piagam itu di Mapolsek.", "other", "Yayasan Cinta Damai"),
    ("a body after 'dari' still gives when another only sends its wishes", "Polres Bogor menerima piagam dari "
     "Yayasan Cinta Damai. Lembaga Studi Nusantara memberikan ucapan selamat.", "other", "Yayasan Cinta Damai"),
    ("a fronted 'Dari X,' names whom among the recipients, no giver", "Dari Bagian Sumda, penghargaan diberikan "
     "atas tertib administrasi personel.", None, None),
    ("a fronted 'Dari X,' after the giver's own sentence", "Polres Sumbawa memberikan penghargaan kepada personel "
     "berprestasi. Dari Satuan Samapta, dua anggota menerima piagam karena menggagalkan pencurian.", None,
     "Polres Sumbawa"),
    ("a district head gives in the regency's name", "Camat Tanjung Priok memberikan piagam kepada Polsek Tanjung "
     "Priok.", "regional_government", "Camat Tanjung"),
    ("a city parliament's head, the level of the region written", "Ketua DPRD Kota Padang menyerahkan piagam kepada "
     "Polresta Padang.", "regional_government", "Ketua DPRD Kota Padang"),
    ("a ministry's regional office written before the ministry, as the subject that gives", "Kepala Kanwil "
     "Kemenkumham Sulawesi Selatan menyerahkan piagam kepada Polres Gowa.", "ministry",
     "Kanwil Kemenkumham Sulawesi Selatan"),
    ("a ministry's regency office", "Kantor Kementerian Agama Kabupaten Kudus memberikan penghargaan kepada Polres "
     "Kudus.", "ministry", "Kantor Kementerian Agama Kabupaten Kudus"),
    ("a tax directorate's regional office in full", "Polda Bali menerima piagam dari Kanwil Direktorat Jenderal "
     "Pajak Bali Nusra.", "ministry", "Kanwil Direktorat Jenderal Pajak Bali Nusra"),
    ("a national agency outside any ministry, after dari", "Satresnarkoba Polres Demak menerima penghargaan dari BPOM "
     "atas pengungkapan obat keras.", "ministry", "BPOM"),
    ("a national agency's provincial office gives as a ministry's does", "Badan Pusat Statistik Provinsi Gorontalo "
     "memberikan penghargaan kepada Polda Gorontalo.", "ministry", "Badan Pusat Statistik Provinsi Gorontalo"),
    ("a prison's chief gives for his prison", "Kepala Lapas Kelas IIA Cibinong menyerahkan piagam kepada Polres "
     "Bogor.", "ministry", "Lapas Kelas IIA Cibinong"),
    ("a customs office by its short name", "Bea Cukai Tanjung Balai Karimun memberikan penghargaan kepada Polres "
     "Karimun.", "ministry", "Bea Cukai Tanjung Balai Karimun"),
    ("a military commander gives", "Pangdam Cenderawasih memberikan penghargaan kepada Polda Papua.", "other",
     "Pangdam Cenderawasih"),
    ("a military command gives with its number", "Korem 162/Wira Bhakti menyerahkan piagam kepada Polres Lombok "
     "Tengah.", "other", "Korem 162/Wira Bhakti"),
    ("an election body with its level and its region", "KPU Kabupaten Wonogiri memberikan penghargaan kepada Polres "
     "Wonogiri.", "other", "KPU Kabupaten Wonogiri"),
    ("an election supervisor's province of two words", "Polres Sambas menerima piagam dari Bawaslu Kalimantan Barat.",
     "other", "Bawaslu Kalimantan Barat"),
    ("a company whose name holds a number, as the subject that gives", "PT Angkasa Pura 2 menyerahkan penghargaan "
     "kepada Polres Bandara Soekarno-Hatta.", "other", "PT Angkasa Pura 2"),
    ("Polri itself, in full with its abbreviation, gives as Mabes does", "Kepolisian Negara Republik Indonesia "
     "(Polri) menganugerahkan piagam kepada 200 personel Brimob Polda Riau.", "kapolri", "Mabes Polri"),
    ("Polri at a sentence's start gives", "Polri memberikan penghargaan kepada Satreskrim Polres Kampar.", "kapolri",
     "Mabes Polri"),
    ("the agent of a nearer passive verb is no giver", "Penghargaan diserahkan untuk lomba yang ditentukan oleh "
     "Mabes Polri.", None, None),
    ("a Polda's inspector hands over in its name", "Piala diserahkan oleh Irwasda Jambi, Kombes Pol Budi Santoso, "
     "selaku ketua panitia.", "kapolda", "Polda Jambi"),
    ("the speaker of a quote in which he gives", "Polres Cilacap meraih piagam. \"Piagam ini kami serahkan sebagai "
     "tanda terima kasih,\" ujar Bupati Cilacap Tatto Suwarto.", "regional_government", "Bupati Cilacap"),
    ("the speaker of a quote in which he only speaks is no giver", "Polres Cilacap meraih piagam. \"Kami bangga,\" "
     "ujar Bupati Cilacap Tatto Suwarto.", None, None),
    ("a handover said by its noun, then who did it", "Penyerahan piagam dilakukan langsung oleh Wali Kota Magelang.",
     "regional_government", "Wali Kota Magelang"),
    ("a coordinating minister by one word", "Piagam diserahkan Menkomarves kepada Kapolda Sulut.", "ministry",
     "Menkomarves"),
    ("a deputy minister by one word", "Wamendagri menyerahkan penghargaan kepada Polda Kalbar.", "ministry",
     "Wamendagri"),
    ("a director-general by his post", "Dirjen Perhubungan Laut memberikan piagam kepada Ditpolairud Polda Riau.",
     "ministry", "Dirjen Perhubungan Laut"),
    ("a coordinating ministry and its short name in capitals", "Polres Ngawi menerima piagam dari Kemenko PMK.",
     "ministry", "Kemenko PMK"),
    ("a regional office by Dinas and its province, no level written", "Kepala Dinas Pariwisata Bali menyerahkan "
     "penghargaan kepada Polres Gianyar.", "regional_government", "Dinas Pariwisata Bali"),
    ("a regional office's head by Kadis", "Kadis Perhubungan Kota Madiun menyerahkan piagam kepada Polres Madiun "
     "Kota.", "regional_government", "Dinas Perhubungan Kota Madiun"),
    ("a village head gives, by his post and the village's name", "Kepala Desa Wonokerto memberikan piagam kepada "
     "Polsek Turi.", "other", "Kepala Desa Wonokerto"),
    ("a village head the award is given to is no giver; the Kapolsek who hands it over is", "Kapolsek Turi "
     "menyerahkan piagam kepada Kepala Desa Wonokerto.", "other", "Kapolsek Turi"),
    ("an office whose name begins with Kantor is a body of its own", "Polda Sumbar menerima piagam dari Kantor "
     "Staf Presiden.", "other", "Kantor Staf Presiden"),
    ("a ministry's office by Kantor and the ministry", "Polres Sleman menerima piagam dari Kantor Kementerian Agama "
     "Sleman.", "ministry", "Kantor Kementerian Agama Sleman"),
    ("the hand the award came from", "Polsek Kretek menerima piagam dari tangan Bupati Bantul.",
     "regional_government", "Bupati Bantul"),
    ("praise named after its giver", "Polres Maros mendapat apresiasi Bupati Maros berupa piagam.",
     "regional_government", "Bupati Maros"),
    ("a cup named after its giver", "Satlantas Polres Ngawi meraih piala Kapolda Jatim dalam lomba tertib lalu "
     "lintas.", "kapolda", "Kapolda Jawa Timur"),
    ("a reward named after its giver", "Polres Dompu menerima reward Kapolda NTB atas pengungkapan sabu.", "kapolda",
     "Kapolda Nusa Tenggara Barat"),
    ("a body the reporter describes in lower case before its name", "Polres Wonosobo dinobatkan sebagai polres "
     "terpercaya oleh lembaga survei Cakra Data Nusantara.", "other", "Cakra Data Nusantara"),
    ("a mass organisation's board at its level, as the subject that gives", "Pengurus Cabang Nahdlatul Ulama Kudus "
     "memberikan penghargaan kepada Polres Kudus.", "other", "Pengurus Cabang Nahdlatul Ulama Kudus"),
    ("a magazine by its kind in lower case", "Polres Tabanan menerima penghargaan dari majalah Warta Desa.", "media",
     "majalah Warta Desa"),
    ("a national agency in full, its name joined by dan", "Polres Purworejo menerima piagam dari Badan Pengawas "
     "Obat dan Makanan.", "ministry", "Badan Pengawas Obat dan Makanan"),
    ("the rescue agency's local office", "Polres Karangasem menerima penghargaan dari Kantor SAR Denpasar.",
     "ministry", "Kantor SAR Denpasar"),
    ("a clause about the body's head between commas, the head's name after its abbreviation", "Ketua Yayasan Peduli "
     "Pesisir Nusantara (YPPN) Andi Rahman, yang juga mantan nelayan, menyerahkan piagam kepada Polres Takalar.",
     "other", "Yayasan Peduli Pesisir Nusantara (YPPN)"),
    ("a minister hands over through a regional office's head", "Menteri Sosial melalui Kepala Dinas Sosial Provinsi "
     "Bengkulu menyerahkan penghargaan kepada Polda Bengkulu.", "ministry", "Menteri Sosial"),
    ("a body hands over through its official, between commas", "Universitas Mataram, melalui Wakil Rektor III, "
     "memberikan penghargaan kepada Polres Lombok Timur.", "other", "Universitas Mataram"),
    ("a governor hands over through his secretary, lewat", "Gubernur Maluku lewat Sekda Maluku menyerahkan piagam "
     "kepada Polresta Ambon.", "regional_government", "Gubernur Maluku"),
    ("melalui about a programme, not a hander-over", "Melalui program Jumat Curhat, Bupati Blora menyerahkan piagam "
     "kepada Polres Blora.", "regional_government", "Bupati Blora"),
    ("a Kapolda spelled out, his post in brackets, receives with his wife", "Kepala Kepolisian Daerah Jambi (Kapolda "
     "Jambi) Irjen Pol Budi Santoso beserta istrinya, Rina Santoso, menerima gelar adat dari Lembaga Adat Melayu "
     "Jambi.", "other", "Lembaga Adat Melayu Jambi"),
    ("a chief's instruction followed names no giver", "Menindaklanjuti instruksi Kapolda Jateng, Satlantas Polres "
     "Kudus menggelar operasi dan meraih piagam dari Bupati Kudus.", "regional_government", "Bupati Kudus"),
    ("a Kapolres receives together with his Kapolsek", "Kapolres Klaten AKBP Andi Wibowo bersama dua Kapolsek "
     "jajarannya menerima piagam dari Menteri Pertanian.", "ministry", "Menteri Pertanian"),
    ("a Kapolres receives together with the district's commander", "Kapolres Pati bersama Dandim Pati meraih "
     "penghargaan dari Bupati Pati.", "regional_government", "Bupati Pati"),
]  # fmt: skip


@pytest.mark.parametrize("construction, passage, kind, giver", GIVERS, ids=[row[0] for row in GIVERS])
def test_givers(construction, passage, kind, giver):
    assert giver_category(passage) == kind
    assert giver_of(kind or "other", passage, [])[0] == giver


def test_a_name_s_degrees_end_no_sentence():
    assert sentences("Ketua Yayasan Dr. Budi Santoso, SH. MH menyerahkan piagam. Acara selesai.") == [
        "Ketua Yayasan Dr. Budi Santoso, SH. MH menyerahkan piagam.",
        "Acara selesai.",
    ]


def test_an_ombudsman_office_named_elsewhere_in_the_story():
    (award,) = extract_awards(
        None,
        "Polres Tanah Laut menerima predikat kepatuhan pelayanan publik dari Ombudsman RI. Kepala Perwakilan "
        "Ombudsman Kalsel menyerahkan piagam di Banjarmasin.",
    )
    assert award["giver"] == "Ombudsman RI Perwakilan Kalimantan Selatan"


STORY_GIVERS = [
    # construction, story whose award's own sentences name no giver, the award's kind
    ("the giver stands where the award is handed over", "Polres Bantul meraih juara 1 lomba inovasi. Kapolri "
     "menyerahkan langsung hadiah itu di Jakarta.", "kapolri"),
    ("the giver assesses in a sentence of its own", "Polda Bali meraih peringkat 2 kinerja anggaran. Penilaian itu "
     "dilakukan oleh Kementerian Keuangan.", "ministry"),
    ("an earlier award's giver is not this one's", "Polres Bantul meraih juara 1 lomba pelayanan SIM. Sebelumnya "
     "Polres Bantul juga menerima piagam dari Bupati Bantul.", "other"),
    ("the award handed over at a ministry's regional office", "Penyerahan penghargaan digelar di kantor wilayah "
     "Direktorat Jenderal Perbendaharaan (DJPb) Bali. Polres Badung meraih predikat pengelola anggaran terbaik.",
     "ministry"),
    ("a giver found in the story, not the award's sentence, still decides the kind", "Satlantas Polres Gresik meraih "
     "juara 1 lomba tertib lalu lintas. Lomba itu dibuka langsung Kapolda Jatim Irjen Pol Budi Santoso di Surabaya.",
     "kapolda"),
    ("the organiser of the contest in a sentence of its own", "Polda Bali dinobatkan sebagai juara 2 kategori "
     "video kreatif. Lomba yang diselenggarakan Korlantas Polri itu diikuti semua Polda.", "kapolri"),
]  # fmt: skip


@pytest.mark.parametrize("construction, story, kind", STORY_GIVERS, ids=[row[0] for row in STORY_GIVERS])
def test_a_giver_the_story_names_elsewhere(construction, story, kind):
    (award,) = extract_awards(None, story)
    assert award["category"] == kind


ANOTHER_AWARD = [
    # construction, story, (kind, giver) of each award
    ("an opening that sets the award read aside", "Polres Bantul meraih rekor MURI untuk pawai terpanjang. Selain "
     "rekor MURI, Polres Bantul juga menerima penghargaan dari Yayasan Lalu Lintas Nusantara.",
     [("muri", "MURI"), ("other", "Yayasan Lalu Lintas Nusantara")]),
    ("an opening with nothing set aside adds to the award", "Polres Bantul meraih rekor MURI untuk pawai terpanjang. "
     "Selain itu, Polres Bantul juga menerima piagam rekor tersebut di Jakarta.", [("muri", "MURI")]),
    ("three givers listed, an award from each", "Polres Bantul meraih rekor MURI untuk pawai terpanjang. Di luar "
     "rekor itu, Polres Bantul juga menerima penghargaan dari Yayasan Lalu Lintas Nusantara, Komnas Hak Asasi "
     "Manusia serta Ikatan Dokter Indonesia.",
     [("muri", "MURI"), ("other", "Yayasan Lalu Lintas Nusantara"), ("other", "Komnas Hak Asasi Manusia"),
      ("other", "Ikatan Dokter Indonesia")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "sentence, givers",
    [("Polres Bantul juga menerima penghargaan dari Palang Merah Indonesia, Yayasan Lalu Lintas Nusantara dan "
      "Ikatan Dokter Indonesia atas pawai terpanjang.",
      ["Palang Merah Indonesia", "Yayasan Lalu Lintas Nusantara", "Ikatan Dokter Indonesia"]),
     # two may give one award together
     ("Polres Bantul menerima penghargaan dari Kapolres Bantul dan Dandim Bantul atas pawai terpanjang.", []),
     # what the award went to is no giver
     ("Polres Bantul menerima penghargaan dari para tokoh, warga dan pelajar.", []),
     # two awards counted, two bodies: one from each
     ("Jajaran Polda Maluku menggondol dua penghargaan sekaligus dari BPK dan Kanwil DJPb Maluku.",
      ["BPK", "Kanwil DJPb Maluku"]),
     # a pair after a comma is no such pair: the day the award was handed over
     ("Polres Bantul meraih dua penghargaan dari Yayasan Nusa Bakti, Jumat (7/6).", []),
     # the day after a comma ends the list
     ("Polres Bantul menerima penghargaan dari Bupati Bantul, Kejari Bantul dan Dandim 0729, Senin (4/3).",
      ["Bupati Bantul", "Kejari Bantul", "Dandim 0729"])],
)  # fmt: skip
def test_three_givers_of_one_sentence_each_give_an_award(sentence, givers):
    assert [giver for giver, _ in givers_listed(sentence)] == givers


EACH_GROUP = [
    # construction, story, (title, recipients, officer) of each award
    ("counted groups each with a decoration, then who accepted each", "Sebanyak 20 personel Polres Bantul menerima "
     "tanda kehormatan dari Presiden RI. Lima personel menerima Satya Lencana Pengabdian 24 tahun, dan 15 personel "
     "Satya Lencana Pengabdian 8 tahun. Satya Lencana Pengabdian 24 tahun diterima Kasat Lantas Polres Bantul AKP "
     "Budi Santoso, dan Satya Lencana Pengabdian 8 tahun diterima Kasat Reskrim Polres Bantul Iptu Andi Wijaya.",
     [("Satya Lencana Pengabdian 24 tahun", ["Satlantas Polres Bantul"], "Budi Santoso"),
      ("Satya Lencana Pengabdian 8 tahun", ["Satreskrim Polres Bantul"], "Andi Wijaya")]),
    ("a summary, then groups set against each other by sedangkan", "Kapolda Jambi memberikan penghargaan kepada "
     "personel Polres Bungo. Satu personel dianugerahi Kenaikan Pangkat Luar Biasa, sedangkan lima personel lainnya "
     "menerima piagam penghargaan Kapolda atas pengungkapan kasus pembalakan liar.",
     [("Kenaikan Pangkat Luar Biasa", ["Polres Bungo"], None),
      ("piagam penghargaan Kapolda atas pengungkapan kasus pembalakan liar", ["Polres Bungo"], None)]),
    ("a bare summary of counted groups is the first group's award", "Sebanyak 20 personel Polres Kulon Progo menerima "
     "tanda kehormatan dari Presiden RI. Lima personel menerima Satya Lencana Pengabdian 24 tahun, dan 15 personel "
     "Satya Lencana Pengabdian 8 tahun.",
     [("Satya Lencana Pengabdian 24 tahun", ["Polres Kulon Progo"], None),
      ("Satya Lencana Pengabdian 8 tahun", ["Polres Kulon Progo"], None)]),
    ("groups counted by what one decoration was for", "Rinciannya, 29 personel Polres Bantul menerima tanda "
     "kehormatan untuk masa pengabdian 8 tahun, 4 personel untuk 16 tahun, dan 7 personel untuk 24 tahun.",
     [("tanda kehormatan untuk masa pengabdian 8 tahun", ["Polres Bantul"], None)]),
]  # fmt: skip


SPLIT_AWARDS = [
    # construction, story, (title, recipients, officer) of each award
    ("not only that: the giver's second award of a name of its own", "Polres Bantul menerima piagam penghargaan dari "
     "Ombudsman RI atas pelayanan SIM terbaik. Piagam diserahkan Budi Santoso kepada Kapolres Bantul AKBP Andi "
     "Wijaya. Tak hanya itu, Budi juga menyerahkan plakat penghargaan atas inovasi layanan SKCK keliling yang "
     "digagas Polres Bantul.",
     [("piagam penghargaan Ombudsman RI atas pelayanan SIM terbaik", ["Polres Bantul"], "Andi Wijaya"),
      ("plakat penghargaan atas inovasi layanan SKCK keliling", ["Polres Bantul"], "Andi Wijaya")]),
    ("one award to two units, then each one's own reason: an award each", "Yayasan Peduli Anak Nusantara memberikan "
     "penghargaan kepada Polres Klaten dan Polres Boyolali di Semarang. Polres Klaten menerima penghargaan atas "
     "pengungkapan kasus perdagangan anak. Sementara itu, Polres Boyolali diganjar penghargaan karena berhasil "
     "menyelamatkan balita yang diculik di pasar.",
     [("penghargaan atas pengungkapan kasus perdagangan anak", ["Polres Klaten"], None),
      ("penghargaan Yayasan Peduli Anak Nusantara karena berhasil menyelamatkan balita", ["Polres Boyolali"], None)]),
    ("the reason shared, then one unit's own set apart by sedangkan", "Komisi Informasi memberikan penghargaan kepada "
     "Polres Klaten, Polres Sragen dan Polres Boyolali. Penghargaan itu diberikan atas keterbukaan informasi publik "
     "Polres Klaten bersama Polres Sragen. Sedangkan Polres Boyolali mendapatkan penghargaan dari Komisi Informasi "
     "karena layanan PPID terbaik.",
     [("Penghargaan atas keterbukaan informasi publik Polres Klaten bersama Polres Sragen",
       ["Polres Klaten", "Polres Sragen"], None),
      ("penghargaan Komisi Informasi karena layanan PPID terbaik", ["Polres Boyolali"], None)]),
    ("the same award from another giver, the first set aside by Selain", "Satresnarkoba Polres Tabalong diganjar "
     "piagam penghargaan oleh Bupati Tabalong atas pengungkapan 20 kilogram ganja. Selain bupati, penghargaan serupa "
     "juga diberikan Ketua DPRD Tabalong Budi Santoso sebagai wujud apresiasi atas kinerja polisi.",
     [("piagam penghargaan Bupati Tabalong atas pengungkapan 20 kilogram ganja", ["Satresnarkoba Polres Tabalong"],
       None),
      ("penghargaan Ketua DPRD Tabalong atas kinerja polisi", ["Satresnarkoba Polres Tabalong"], None)]),
    ("the same award again from the giver already named: no second one", "Polres Tabalong menerima piagam "
     "penghargaan dari Kapolda Kalsel atas pengungkapan 20 kilogram ganja. Penghargaan serupa juga diberikan Kapolda "
     "Kalsel kepada para penyidiknya.",
     [("piagam penghargaan Kapolda Kalimantan Selatan atas pengungkapan 20 kilogram ganja", ["Polres Tabalong"],
       None)]),
    ("the services an award's basis lists are no awards and no recipients", "Kementerian Pendayagunaan Aparatur "
     "Negara dan Reformasi Birokrasi (Kemenpan RB) Republik Indonesia menganugerahkan penghargaan tertinggi "
     "pelayanan prima dengan nilai A kepada Polres Bantul. Kapolres Bantul AKBP Andi Wijaya mengatakan dasar "
     "penilaian penghargaan ini adalah indeks kualitas pelayanan atas tiga jenis pelayanan Polres Bantul yang "
     "mendapat nilai tertinggi, yakni pelayanan SIM, pelayanan SKCK dan pelayanan Sentra Pelayanan Kepolisian "
     "Terpadu (SPKT).",
     [("penghargaan tertinggi pelayanan prima", ["Polres Bantul"], None)]),
    ("keduanya: the two people just named, not both awards", "Polda Jambi memberikan penghargaan berupa piagam "
     "kepada Bripda Rudi Hartono, peraih medali emas renang di PON. Rudi adalah anggota Satbrimob Polda Jambi. Selain kepada "
     "Rudi, Polda Jambi juga memberikan piagam kepada dua anggota Satlantas Polres Muaro Jambi, yakni Bripka Andi "
     "Saputra dan Bripka Budi Santoso. Keduanya mendapat penghargaan karena menolong korban banjir di jalan lintas "
     "timur.",
     [("penghargaan berupa piagam", ["Satbrimob Polda Jambi"], "Rudi Hartono"),
      ("penghargaan Polda Jambi karena menolong korban banjir", ["Satlantas Polres Muaro Jambi"], "Andi Saputra"),
      ("penghargaan Polda Jambi karena menolong korban banjir", ["Satlantas Polres Muaro Jambi"], "Budi Santoso")]),
    ("one subject, two awards each with its verb", "Dalam ajang itu, Polres Bungo menjadi juara II lomba video "
     "edukasi lalu lintas dan meraih predikat Duta Keselamatan Jalan.",
     [("juara II lomba video edukasi lalu lintas", ["Polres Bungo"], None),
      ("predikat Duta Keselamatan Jalan", ["Polres Bungo"], None)]),
    ("one award and what it was won with: no second award", "Polres Bungo meraih juara I lomba Kampung Tangguh dan "
     "menerima piagam tersebut dari Kapolda Jambi.",
     [("juara I lomba Kampung Tangguh", ["Polres Bungo"], None)]),
    ("the next award the story counts, to other units", "Bank Indonesia Perwakilan Jambi memberikan penghargaan "
     "kepada Polda Jambi atas pengungkapan peredaran uang palsu. Penghargaan untuk Polda itu berupa dua lembar uang "
     "Rupiah uncut. Penghargaan selanjutnya, dalam bentuk sertifikat, diberikan kepada 12 personel Polres Tebo yang "
     "menangani kasus itu.",
     [("penghargaan Bank Indonesia Perwakilan Jambi atas pengungkapan peredaran uang palsu", ["Polda Jambi"], None),
      ("Penghargaan dalam bentuk sertifikat", ["Polres Tebo"], None)]),
    ("penghargaan itu hoped to spur a unit: the award read already, no new one", "Balikpapan - Hubungan Masyarakat "
     "(Humas) Polda Jambi meraih penghargaan kategori keaktifan unggahan berita di media sosial dalam Rakernis Humas "
     "Polri. Penghargaan itu diterima Kabid Humas Polda Jambi Kombes Pol Budi Santoso di Jakarta. Ia berharap "
     "penghargaan itu menjadi pemacu semangat kinerja Humas Polda Jambi untuk mempertahankan penghargaan yang telah "
     "diraih.",
     [("penghargaan kategori keaktifan unggahan berita", ["Bidhumas Polda Jambi"], "Budi Santoso")]),
    ("a list of honourees carried on by a chief and what he is honoured as", "Surabaya - Kapolda Jawa Timur Irjen "
     "Pol Budi Santoso menerima PWI Jatim Award 2024 pada puncak Hari Pers Nasional di Surabaya. Sementara itu, "
     "Gubernur Jatim juga meraih PWI Jatim Award kategori tokoh pemberdayaan desa. Kemudian, Kapolres Blitar AKBP "
     "Andi Wijaya sebagai tokoh bidang keamanan wisata, Bupati Tuban sebagai tokoh bidang pertanian, serta Rektor "
     "Universitas Brawijaya sebagai tokoh bidang riset.",
     [("PWI Jatim Award 2024", ["Polda Jawa Timur"], "Budi Santoso"),
      ("PWI Jatim Award 2024 sebagai tokoh bidang keamanan wisata", ["Polres Blitar"], "Andi Wijaya")]),
    ("a lead naming the sub-unit, then its parent's list of named awards: no award more", "JAMBI - Satlantas Polres "
     "Bungo mencatat prestasi dalam ajang Pemilihan Duta Lalu Lintas Jambi 2025 yang digelar di Mapolda Jambi. Pada "
     "acara itu, Polres Bungo memborong tiga penghargaan sekaligus: Juara 1 Lomba Kampung Tertib Lalu Lintas, Juara 1 "
     "Pelaporan Kecelakaan Terpadu, dan penghargaan Kategori Video Edukasi Terbaik.",
     [("Juara 1 Lomba Kampung Tertib Lalu Lintas", ["Satlantas Polres Bungo"], None),
      ("Juara 1 Pelaporan Kecelakaan Terpadu", ["Satlantas Polres Bungo"], None),
      ("penghargaan Kategori Video Edukasi Terbaik", ["Satlantas Polres Bungo"], None)]),
    ("an award to a class of units, then one of them takes part", "Pada kesempatan itu, Kapolri juga memberikan "
     "penghargaan kepada sejumlah Polda yang meraih capaian PNBP fungsi Lantas terbaik. Kali ini, Kepolisian Daerah "
     "(Polda) Bengkulu melalui Direktorat Lalu Lintas (Ditlantas) Polda Bengkulu turut menerima penghargaan dengan "
     "meraih juara 2 Zona B capaian PNBP.",
     [("penghargaan dengan meraih juara 2 Zona B capaian PNBP", ["Ditlantas Polda Bengkulu"], None)]),
    ("a bare award of a unit that shares another award with its sub-unit sums up nothing", "Polres Bantul menerima "
     "penghargaan dari Bupati Bantul. Di samping itu, Polres Bantul bersama Satlantas Polres Bantul juga meraih rekor "
     "MURI untuk pawai helm terpanjang.",
     [("penghargaan Bupati Bantul", ["Polres Bantul"], None),
      ("rekor MURI untuk pawai helm terpanjang", ["Satlantas Polres Bantul"], None)]),
    ("one object per winner and category, each category by its name", "Polda Jambi kembali menggelar rapat analisa "
     "dan evaluasi bulanan. Hasil penilaian untuk kategori Pengungkapan Kasus Menonjol, bendera jempol diberikan "
     "kepada Polres Bungo, karena berhasil mengungkap lima kasus pembalakan liar. Kemudian bendera jempol untuk "
     "kategori Penyelesaian Perkara Lengkap diberikan kepada Polres Tebo, karena berhasil menuntaskan dua belas "
     "perkara.",
     [("kategori Pengungkapan Kasus Menonjol", ["Polres Bungo"], None),
      ("kategori Penyelesaian Perkara Lengkap", ["Polres Tebo"], None)]),
    ("a contrast that only thanks splits nothing", "Komisi Informasi memberikan penghargaan kepada Polres Klaten dan "
     "Polres Boyolali atas keterbukaan informasi publik. Sementara itu, Kapolres Klaten mengucapkan terima kasih.",
     [("penghargaan atas keterbukaan informasi publik", ["Polres Klaten", "Polres Boyolali"], None)]),
    ("a first award counted, then 'penghargaan lainnya': the other one", "Polres Pacitan menerima dua penghargaan "
     "sekaligus dari Bupati Pacitan. Penghargaan pertama diberikan atas peran aktif dalam penanganan banjir. Sedangkan "
     "penghargaan lainnya diberikan atas pengamanan pilkada.",
     [("Penghargaan pertama atas peran aktif dalam penanganan banjir", ["Polres Pacitan"], None),
      ("penghargaan lainnya atas pengamanan pilkada", ["Polres Pacitan"], None)]),
    ("a first piagam counted, then 'piagam yang lain'", "Polsek Wates meraih dua piagam dari Kejari Kulon Progo. "
     "Piagam pertama untuk pengungkapan kasus korupsi dana desa. Adapun piagam yang lain diberikan untuk kerja sama "
     "penegakan hukum.",
     [("Piagam pertama untuk pengungkapan kasus korupsi dana desa", ["Polsek Wates"], None),
      ("piagam Kejari Kulon Progo untuk kerja sama penegakan hukum", ["Polsek Wates"], None)]),
    ("members counted, their sub-unit said later by 'ketiga polisi itu'", "Tiga polisi Polres Cilacap menerima "
     "penghargaan dari Bupati Cilacap karena menyelamatkan nelayan. Ketiga polisi itu adalah personel Satpolairud "
     "Polres Cilacap.", [("penghargaan Bupati Cilacap karena menyelamatkan nelayan", ["Satpolairud Polresta Cilacap"],
                          None)]),
    ("members counted, 'mereka' said to serve in a sub-unit", "Polres Klaten memberikan penghargaan kepada lima "
     "anggota atas pengungkapan kasus curanmor. Mereka merupakan anggota Satreskrim Polres Klaten.",
     [("penghargaan Polres Klaten atas pengungkapan kasus curanmor", ["Satreskrim Polres Klaten"], None)]),
    ("not only that, said of the same award: no second one", "Polres Bantul menerima piagam penghargaan dari "
     "Ombudsman RI atas pelayanan SIM terbaik. Tidak hanya itu, piagam tersebut juga dipajang di lobi Mapolres.",
     [("piagam penghargaan Ombudsman RI atas pelayanan SIM terbaik", ["Polres Bantul"], None)]),
    ("winners counted off from 'Kedua,' on, each for a category of its own: no places", "Kompolnas menyerahkan "
     "Penghargaan Integritas 2023 di Jakarta. Para pemenangnya adalah Kapolsek Cibeber AKP Budi Santoso untuk "
     "kategori Polisi Jujur. Kedua, Kapolres Garut AKBP Rudi Hartono untuk kategori Polisi Teladan. Ketiga, Kasat "
     "Lantas Polres Bogor AKP Sari Dewi untuk kategori Polisi Inovatif.",
     [("kategori Polisi Jujur", ["Polsek Cibeber"], "Budi Santoso"),
      ("kategori Polisi Teladan", ["Polres Garut"], "Rudi Hartono"),
      ("kategori Polisi Inovatif", ["Satlantas Polres Bogor"], None)]),
    ("winners counted off from 'Pertama,' each in a category of its own: the award named with each category",
     "Ombudsman Jateng memberikan Anugerah Pelayanan Prima kepada tiga satuan. Pertama, Polres Kudus dalam kategori "
     "pelayanan SKCK. Kedua, Polres Demak dalam kategori pengaduan masyarakat.",
     [("Anugerah Pelayanan Prima, kategori pelayanan SKCK", ["Polres Kudus"], None),
      ("Anugerah Pelayanan Prima, kategori pengaduan masyarakat", ["Polres Demak"], None)]),
    ("places counted off by bare ordinals, with scores and no categories, stay places", "Polda Jateng memberikan "
     "penghargaan kepada tiga satuan terbaik. Pertama, Polres Kudus dengan nilai 98,5. Kedua, Polres Demak dengan "
     "nilai 97,1.",
     [("satuan terbaik, peringkat pertama", ["Polres Kudus"], None),
      ("satuan terbaik, peringkat kedua", ["Polres Demak"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, story, awards", SPLIT_AWARDS, ids=[row[0] for row in SPLIT_AWARDS])
def test_awards_split_as_the_story_tells_them(construction, story, awards):
    got = [(a["title"], a["recipients"], a["officer"]) for a in extract_awards(None, story)]
    assert got == awards


REASONS_LISTED = [
    # construction, story: one award, whose reasons are listed after what it was given for
    ("'atas' what was achieved, then 'antara lain' its parts", "Polres Sleman dianugerahi penghargaan dari Lembaga "
     "Perlindungan Anak Yogyakarta. Penghargaan itu diberikan atas capaian kinerja tahun 2025, antara lain respons "
     "cepat aduan, penyuluhan di sekolah, serta pendampingan korban."),
    ("'karena' a success, then 'yakni' how", "Satlantas Polres Bantul menerima piagam dari Bupati Bantul. Piagam itu "
     "diberikan karena keberhasilan menekan kecelakaan, yakni patroli rutin di jalur rawan dan penyuluhan kepada "
     "pelajar."),
]  # fmt: skip


@pytest.mark.parametrize("construction, story", REASONS_LISTED, ids=[row[0] for row in REASONS_LISTED])
def test_what_an_award_was_for_listed_is_no_list_of_awards(construction, story):
    assert len(extract_awards(None, story)) == 1


@pytest.mark.parametrize("construction, story, awards", EACH_GROUP, ids=[row[0] for row in EACH_GROUP])
def test_each_counted_group_its_own_award(construction, story, awards):
    got = [(a["title"], a["recipients"], a["officer"]) for a in extract_awards(None, story)]
    assert got == awards


@pytest.mark.parametrize("construction, story, awards", ANOTHER_AWARD, ids=[row[0] for row in ANOTHER_AWARD])
def test_an_award_set_aside_by_the_opening(construction, story, awards):
    assert [(a["category"], a["giver"]) for a in extract_awards(None, story)] == awards


STORY_KIND_GIVER = [
    # construction, (headline, story), (kind, giver) of each award
    ("a handover in a sentence of its own, said by its noun", (None, "Polres Klaten dianugerahi penghargaan mitra "
     "terbaik. Penyerahan dilakukan oleh Bupati Klaten Sri Mulyani di pendapa."), [("regional_government",
     "Bupati Klaten")]),
    ("a headline's giving verb after the government is no region: the region named later", ("Pemkot Anugerahi "
     "Penghargaan Polsek Sananwetan", "Polsek Sananwetan menerima penghargaan atas pengamanan pemilu. Kapolsek "
     "Sananwetan berterima kasih kepada Pemerintah Kota Blitar yang telah memberikan penghargaan itu."),
     [("regional_government", "Pemerintah Kota Blitar")]),
    ("the giver named only in the headline", ("Wali Kota Tegal Beri Penghargaan Satlantas", "Satlantas Polres Tegal "
     "Kota menerima piagam atas penataan parkir. Piagam diserahkan di balai kota, Senin (4/3/2024)."),
     [("regional_government", "Wali Kota Tegal")]),
    ("a ministry's regional office named only in the headline, after dari", ("Polres Kudus Terima Piagam dari Kanwil "
     "Kemenkumham Jateng", "Polres Kudus menerima piagam atas layanan bantuan hukum. Penyerahan berlangsung di "
     "Semarang."), [("ministry", "Kanwil Kemenkumham Jateng")]),
    ("chiefs the award is given to after kepada are no givers", (None, "Malam anugerah itu digelar Yayasan Anti "
     "Korupsi Nusantara di Jakarta. Penghargaan penegak hukum terbaik diberikan kepada Kapolda Jambi dan Kapolda "
     "Bengkulu."), [("other", "Yayasan Anti Korupsi Nusantara")]),
    ("the minister hands over his contest's award: its wording decides the kind", ("Polres Kediri Raih Top 45 "
     "Inovasi Pelayanan Publik", "MenPAN-RB menyerahkan piagam kepada Kapolres Kediri. Layanan SIM Polres Kediri "
     "meraih Top 45 Inovasi Pelayanan Publik dari Kementerian PAN-RB."), [("ministry", "KemenPAN-RB")]),
    ("a Polda's directorate gives for the sub-unit's Polda", (None, "Satresnarkoba Polres Sleman mendapatkan "
     "penghargaan dari Direktorat Resnarkoba atas pengungkapan ganja terbanyak."),
     [("kapolda", "Polda Daerah Istimewa Yogyakarta")]),
    ("a chief the award is also given to: his unit's own award", (None, "Yayasan Bumi Lestari menganugerahkan "
     "piagam kepada Polres Kampar atas penanaman seribu pohon. Penghargaan yang sama juga diberikan kepada Kapolda "
     "Jambi, Irjen Pol Budi Hartono, sebagai penggagas."),
     [("other", "Yayasan Bumi Lestari"), ("other", "Yayasan Bumi Lestari")]),
    ("a place among a Polda's units, beside the Kapolres's own award", (None, "Satreskrim Polres Bireuen menerima "
     "penghargaan dari Kapolres Bireuen, AKBP Budi Santoso. Atas layanan terbaiknya, Polres Bireuen dinobatkan "
     "sebagai peringkat I layanan Polisi 110 se-jajaran Polda Aceh."),
     [("other", "Kapolres Bireuen"), ("kapolda", "Polda Aceh")]),
    ("the award referred back to, handed over by another", (None, "Polres Sragen meraih Kompolnas Awards 2023 "
     "sebagai polres terbaik. Kapolri menyerahkan penghargaan itu kepada Kapolres Sragen di Jakarta."),
     [("kompolnas", "Kompolnas")]),
    ("a state decoration's giver is not spread to the story's other awards", (None, "JAMBI - Bertepatan dengan Hari "
     "Bhayangkara, enam personel Kepolisian Daerah Jambi menerima penghargaan. Satu personel dianugerahi penghargaan "
     "Bintang Bhayangkara Nararya. Penerima penghargaan Bhayangkara Nararya adalah Kompol Budi Santoso. Personel "
     "berikutnya, Kapolsek Rimbo Tengah Polres Bungo IPTU Andi Wijaya, meraih juara satu polisi teladan lewat "
     "kegiatan bedah rumah warga. Kapolsek Tabir Polres Merangin, IPDA Rudi Hartono, diberi penghargaan atas "
     "prestasinya memprakarsai penanaman 2.000 pohon karet."),
     [("other", "Presiden RI"), ("other", None)]),
    ("a headline ending on its giver runs on into no lead", ("Kapolres Sikka Terima Piagam Dari FORKAB", "Maumere - "
     "Forum Kerukunan Antar Bangsa (Forkab) memberikan piagam kepada Polres Sikka atas pengamanan festival. Piagam "
     "itu juga diberikan kepada Kapolda NTT sebagai pembina."),
     [("other", "Forum Kerukunan Antar Bangsa (Forkab)"), ("other", "Forum Kerukunan Antar Bangsa (Forkab)")]),
    ("a Kapolda who receives, his post in brackets, with his wife, gives nothing", (None, "Kepala Kepolisian Daerah "
     "Jambi (Kapolda Jambi) Irjen Pol Budi Santoso beserta istrinya, Rina Santoso, menerima gelar kehormatan adat "
     "dari Tungku Tigo Sajarangan Jambi. Irjen Pol Budi Santoso dianugerahi gelar adat \"Datuk Setia Negeri\"."),
     [("other", "Tungku Tigo Sajarangan Jambi")]),
    ("places of a ranking said with the chief's directive they followed: the directing chief gives nothing", (None,
     "Polres Aceh Besar memperoleh penghargaan dari Polda Aceh atas penanganan curanmor. Tim khusus dibentuk "
     "Kapolres. Polres Aceh Besar meraih juara III, bersama Polres Pidie sebagai juara II dan Polres Bireuen sebagai "
     "juara I, sesuai atensi Kapolri dalam memberantas curanmor."),
     [("kapolda", "Polda Aceh"), ("kapolda", "Polda Aceh"), ("kapolda", "Polda Aceh")]),
    ("a Kapolres who receives, his academic titles after his name, gives nothing", (None, "Kapolres Klaten, AKBP "
     "Andi Wibowo, S.I.K., M.H., dianugerahi gelar warga kehormatan oleh Sekar Kedaton Klaten. Gelar itu diserahkan "
     "di pendapa."), [("other", None)]),
    ("a Kapolda who receives together with his Kapolres gives nothing", (None, "Kapolda Jambi Irjen Pol Budi Santoso "
     "bersama tiga Kapolres jajarannya menerima gelar kehormatan adat dari Tungku Tigo Sajarangan."),
     [("other", "Tungku Tigo Sajarangan")]),
]  # fmt: skip


@pytest.mark.parametrize("construction, story, awards", STORY_KIND_GIVER, ids=[row[0] for row in STORY_KIND_GIVER])
def test_kind_and_giver_of_each_award(construction, story, awards):
    assert [(a["category"], a["giver"]) for a in extract_awards(*story)] == awards


def test_a_kapolri_who_receives_names_no_giver_and_no_kind():
    (award,) = extract_awards(None, "Kapolri Jenderal Listyo Sigit juga meraih predikat pimpinan badan publik terbaik.")
    assert (award["recipients"], award["category"], award["giver"]) == (["Mabes Polri"], "other", None)


def test_state_decorations_are_the_presidents_whoever_pins_them():
    passage = "Kapolda Jabar menyematkan Satyalancana Pengabdian kepada 300 personel Polda Jabar."
    assert categories_of(passage)[0] == "other"
    assert giver_of("other", passage, [])[0] == "Presiden RI"


HOST_POLDA = [
    # construction, story, the giver of its award (None: the story names no host)
    ("a Polda's ceremony, prizes among its Polres", "Polda Banten menggelar upacara HUT Bhayangkara. Di sana "
     "diserahkan penghargaan lomba lalu lintas: juara 1 diraih Polres Lebak.", "Polda Banten"),
    ("a contest its Wakapolda attends", "Satlantas Polres Malang meraih Juara 1 Lomba Kampung Tertib Lalu Lintas "
     "yang dihadiri Wakapolda Jatim dan Dirlantas Polda Jatim.", "Polda Jawa Timur"),
    ("a Polda the story never names", "Polres Lebak meraih juara 1 lomba inovasi pelayanan lalu lintas.", None),
    ("units of two Poldas", "Polda Banten menggelar lomba. Juara 1 diraih Polres Lebak dan Polres Bogor.", None),
]  # fmt: skip


@pytest.mark.parametrize("construction, story, giver", HOST_POLDA, ids=[row[0] for row in HOST_POLDA])
def test_an_award_among_a_poldas_units_without_a_giver_is_the_poldas(construction, story, giver):
    (award, *_) = extract_awards(None, story)
    assert award["giver"] == giver
    assert award["category"] == ("kapolda" if giver else "other")


def test_every_kind_once_in_the_registry_order():
    names = category_names()
    assert len(names) == len(set(names))
    assert names[:3] == ["zona_integritas_wbbm", "zona_integritas_wbk", "ombudsman_compliance"]


# -- the award's own fields --------------------------------------------------------------------------

YEARS = [
    ("tahun", "predikat kepatuhan tahun 2024", 2024),
    ("Award and year", "Kompolnas Award 2022 kategori Polres", 2022),
    ("periode", "Polsek terbaik periode Maret 2025", 2025),
    ("operation", "satuan terbaik Operasi Ketupat Progo 2024", 2024),
    ("a window of achievement is no period", "kinerja sepanjang 2023", None),
    ("a window in tahun form is no period", "menangkap preman terbanyak sepanjang tahun 2018", None),
    ("a period of months", "peringkat pertama untuk periode April hingga Juni 2024", 2024),
    ("Tahun written capitalised", "Malam Anugerah Badan Publik Tahun 2023 di Jakarta", 2023),
    ("when it was had is no period", "pada awal tahun 2021 Polres Bima menerima piagam WBK", None),
    ("when it was had, opening the sentence", "Akhir tahun 2022 Polres Bima menerima piagam itu.", None),
    ("a working meeting is the occasion, not the period", "piagam diserahkan dalam Rakernis Bidang Propam Tahun 2024",
     None),
    ("a meeting spelled out is the occasion too", "pada Rapat Kerja Teknis Lalu Lintas tahun 2022 di Jakarta", None),
    ("a part of a year an assessment covers", "peringkat 1 penilaian kinerja anggaran semester II 2023", 2023),
    ("a quarter in words", "juara pada triwulan pertama tahun 2022", 2022),
    ("a span's start is no period", "piagam untuk komitmennya sejak tahun 2019", None),
    ("a comparison is no period", "nilainya naik dibanding tahun 2022", None),
    ("a year-end review names its year", "piagam diberikan dalam rilis akhir tahun 2024 di Mabes", 2024),
    ("an edition of a contest", "juara 1 dalam ajang Lomba Kampung Tangguh Jawa Barat 2023", 2023),
    ("a commemoration the award was handed out at is the occasion", "diserahkan pada peringatan Hari Anti "
     "Narkotika Internasional (HANI) 2024", None),
    ("an awards night named with its year", "diserahkan pada Anugerah Hari Anti Narkotika Internasional 2024", 2024),
    ("a commemoration counted and dated", "rangkaian Hari Bhayangkara ke-78 Tahun 2024", 2024),
    ("an awards night in English", "pada Awarding Day Lomba Kreasi Humas 2022", 2022),
    ("an election is the occasion, not the period", "mengamankan Pemilihan Kepala Daerah Serentak 2024", None),
    ("the gathering an award was handed out at is the occasion", "Piagam itu diserahkan pada acara Hari Pers "
     "Nasional Tahun 2022 di Kendari.", None),
    ("a feast the deed was done during is its window", "Penghargaan itu atas pengamanan selama perayaan Natal "
     "2022 yang berjalan kondusif.", None),
    ("a commemoration throughout which a deed was done", "Piagam diberikan atas pengamanan sepanjang peringatan "
     "HUT RI 2023 di Kudus.", None),
    ("an operation during which a deed was done keeps its year", "Polres Kudus diganjar penghargaan atas kerja "
     "selama Operasi Ketupat Candi 2024.", 2024),
    ("a meeting with a long name is the occasion", "meraih penghargaan dalam Rapat Kerja Teknis (Rakernis) Bidang "
     "Propam Kepolisian Republik Indonesia (Polri) tahun 2023", None),
    ("an awards night's edition, its English name in brackets", "diserahkan pada malam Penganugerahan Sahabat Anak "
     "(Child Friend Award) Tahun 2021 di Jakarta", 2021),
    ("an award's English name in brackets, then the year", "meraih Anugerah Humas (Public Relations Award) 2023", 2023),
    ("an operation named at length with its year", "diberikan kepada 120 personel seusai Operasi Damai Cartenz BKO "
     "Polda Maluku 2023", 2023),
    ("a championship's edition", "juara II pada Kejuaraan Panahan Kapolda Cup 2022 di Semarang", 2022),
    ("a commemoration's series of events is the occasion", "piagam diberikan dalam rangkaian peringatan Hari Guru "
     "Nasional (HGN) 2024 di Padang", None),
]  # fmt: skip


def test_an_acronym_in_a_title_is_spelled_out_as_the_story_does_and_quotes_are_dropped():
    (award,) = extract_awards(
        "Polres Gresik Raih Penghargaan WBBM 'Istimewa'",
        "Polres Gresik meraih penghargaan dari Kementerian PAN-RB. Predikat itu, Wilayah Birokrasi Bersih dan "
        "Melayani (WBBM), diserahkan di Jakarta.",
    )
    assert award["title"] == "Penghargaan Wilayah Birokrasi Bersih dan Melayani (WBBM) Istimewa"


def test_a_single_award_takes_what_it_is_for_from_a_sentence_that_names_no_unit():
    (award,) = extract_awards(
        None,
        "Kapolda Sumsel memberikan penghargaan kepada Polres Lahat. Penghargaan berlangsung di Mapolda. "
        "Penghargaan diberikan atas pengungkapan kasus pembunuhan yang menonjol.",
    )
    assert award["title"] == "Penghargaan Kapolda Sumatera Selatan atas pengungkapan kasus pembunuhan yang menonjol"


def test_a_single_award_takes_its_period_from_a_sentence_that_names_no_unit():
    (award,) = extract_awards(
        None,
        "Kapolda Metro Jaya memberikan penghargaan kepada Satresnarkoba Polres Metro Jakarta Pusat. Anggotanya "
        "memperoleh penghargaan kategori Satuan Terbaik karena selama Operasi Nila Jaya 2021 mengungkap 36 kg sabu.",
    )
    assert award["year"] == 2021


def test_places_of_a_ranking_take_the_period_of_the_award_named_in_another_sentence():
    awards = extract_awards(
        None,
        "Kapolda Jambi Irjen Pol Rudi Hartono mengatakan penghargaan yang diberikan Kapolri atas capaian Indeks "
        "Kepatuhan Anggaran (IKA) 2023 menunjukkan kerja keras jajarannya. Penghargaan ini diberikan langsung oleh "
        "Kapolri pada acara Rakernis. Dalam ajang tahunan ini, peringkat pertama diraih Polda Bali, disusul Polda Riau "
        "di posisi kedua, dan Polda Jambi di posisi ketiga.",
    )
    assert [a["year"] for a in awards] == [2023, 2023, 2023]


@pytest.mark.parametrize("construction, passage, year", YEARS, ids=[row[0] for row in YEARS])
def test_years(construction, passage, year):
    assert year_of(passage) == year


@pytest.mark.parametrize(
    "title, year",
    [("Polres Terbaik Pelaksana Program Presisi 2025", 2025), ("Anugerah Keterbukaan Informasi Tahun 2024", 2024),
     ("penghargaan pengamanan Pilkada Serentak 2024", None), ("penghargaan", None),
     ("Anugerah Keterbukaan Informasi Publik (KIP) 2024", 2024),
     # the feast a reason says the deed was done during is no period of the award
     ("penghargaan atas penertiban petasan selama perayaan Natal 2022", None),
     ("penghargaan atas pengamanan selama HUT Kota Bima 2021", None),
     ("penghargaan atas pengungkapan kasus narkoba sejak tahun 2019", None),
     ("penghargaan atas kinerja sepanjang tahun 2022", None),
     ("penghargaan atas pengamanan arus mudik Lebaran 2023", None),
     ("piagam atas pengamanan malam Natal 2022 di gereja", None),
     # when it was had and the occasion are no period either
     ("penghargaan atas kinerja anggota pada akhir tahun 2021 ini", None),
     ("penghargaan Ikatan Dokter dalam momentum HUT IDI 2022", None)],
)  # fmt: skip
def test_year_an_awards_name_carries(title, year):
    assert year_in_title(title) == year


def test_the_year_written_after_the_awards_name_in_another_sentence():
    from pipelines.award_title_choice import with_year_said_apart

    text = (
        "Polres Bantul meraih penghargaan Kompetisi Inovasi Layanan Desa di Jakarta. Kompetisi Inovasi Layanan Desa "
        "Tahun 2023 diikuti 300 peserta."
    )
    assert year_in_title(with_year_said_apart("Penghargaan Kompetisi Inovasi Layanan Desa", text)) == 2023
    assert with_year_said_apart("penghargaan terbaik", text) == "penghargaan terbaik"  # too short to be a name
    assert with_year_said_apart("Penghargaan Inovasi Layanan Kota", text) == "Penghargaan Inovasi Layanan Kota"


def test_the_year_of_an_anniversary_named_with_its_count():
    from pipelines.award_years import anniversary_year

    assert anniversary_year("upacara Hari Bhayangkara ke-78 di Monas") == 2024
    assert anniversary_year("peringatan Hari Ulang Tahun (HUT) ke-70 Polairud") == 2020
    assert anniversary_year("HUT Polantas ke-69 dan HUT ke-79 Bhayangkara") is None  # two years: neither
    assert anniversary_year("Hari Bhayangkara tahun ini") is None


TITLES = [
    ("predikat", "Polres Bantul meraih predikat kepatuhan standar pelayanan publik tahun 2024 dari Ombudsman.",
     "predikat kepatuhan standar pelayanan publik tahun 2024"),
    ("'sebagai bentuk penghargaan' is no award's name", "Sebagai bentuk penghargaan pula, Bupati Sleman memberikan "
     "piagam kepada Polres Sleman atas pengungkapan kasus begal.", "piagam atas pengungkapan kasus begal"),
    ("a reason inside a relative clause, before its receiving verb", "Kapolda bangga pada anggota Satresnarkoba yang "
     "atas keberhasilan menyita 50 kilogram ganja mendapat piagam penghargaan dari Wali Kota Medan.",
     "piagam penghargaan atas keberhasilan menyita 50 kilogram ganja"),
    ("an award as the subject of 'jadi'", "Menurut Kapolres, penghargaan jadi pemacu semangat anggota.",
     "penghargaan"),
    ("a routine promotions ceremony is no award, the award beside it is", "Penyerahan piagam itu bersamaan dengan "
     "upacara kenaikan pangkat dan penghargaan bagi anggota berprestasi di Mapolres Blora.",
     "penghargaan bagi anggota berprestasi"),
    ("personnel who undergo a routine promotion get no award", "Sebanyak 20 anggota mengalami kenaikan pangkat.", None),
    ("the class an award names its winner in", "Polsek Tasifeto Barat meraih penghargaan Kompolnas Awards 2024 "
     "sebagai Polsek Tipe B terbaik se-Indonesia.", "penghargaan Kompolnas Awards 2024 sebagai Polsek Tipe B terbaik "
     "se-Indonesia"),
    ("bagi ends a title", "Program itu berbuah Penghargaan Kompolnas 2024 bagi Polsek Kembangan.",
     "Penghargaan Kompolnas 2024"),
    ("the zona integritas predikat by its acronym alone", "Polres Bantul meraih WBK dari KemenPAN-RB.", "WBK"),
    ("the zona integritas predikat by its name alone", "Sebelas polres lain meraih Wilayah Bebas dari Korupsi (WBK).",
     "Wilayah Bebas dari Korupsi (WBK)"),
    ("what a bare penghargaan is for", "Kapolres memberikan penghargaan atas pengungkapan kasus curanmor kepada Polsek Depok.",
     "penghargaan atas pengungkapan kasus curanmor"),
    ("a name with dari inside it", "Polres Sintang meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB.",
     "predikat Wilayah Bebas dari Korupsi (WBK)"),
    ("an ordinal award takes what it is for", "Penghargaan pertama dari Bupati Sragen atas dukungan program vaksinasi.",
     "Penghargaan pertama atas dukungan program vaksinasi"),
    ("named Award", "Polsek Ngaglik meraih Kompolnas Awards 2023 kategori Polsek terbaik.",
     "Kompolnas Awards 2023 kategori Polsek terbaik"),
    ("a hope the award is the subject of says nothing of what it is for", "Ia berharap penghargaan dari Kapolres "
     "Sleman mendorong anggota untuk bekerja lebih giat.", "penghargaan"),
    ("a second clause's sebagai is the receiver's role", "Penghargaan itu diserahkan oleh Ketua Lemkapi dan diterima "
     "Wakapolda Bali sebagai penanggung jawab program.", "Penghargaan"),
    ("a reason after the units that receive", "Bupati Gowa memberikan penghargaan kepada Satreskrim dan Satresnarkoba "
     "Polres Gowa atas pengungkapan kasus narkoba.", "penghargaan atas pengungkapan kasus narkoba"),
    ("the award's citation in quotes", 'Bidpropam Polda Riau meraih penghargaan Terbaik II "Atas Dedikasi dalam '
     'Penegakan Disiplin" dari Divpropam Polri.', "penghargaan Terbaik II Atas Dedikasi dalam Penegakan Disiplin"),
    ("untuk and a class of winners", "Penghargaan untuk Satker dengan pelayanan terbaik diberikan kepada Polsek "
     "Depok.", "Penghargaan untuk Satker dengan pelayanan terbaik"),
    ("untuk and a unit: whom it is for", "Penghargaan untuk Polsek Depok diserahkan Kapolres.", "Penghargaan"),
    ("a named Award with its category after pada", "Polres Blitar meraih Jatim Awards 2023 pada kategori Pelayanan "
     "Publik Terbaik.", "Jatim Awards 2023 pada kategori Pelayanan Publik Terbaik"),
    ("congratulations on an award name the award", "Rektor memberi apresiasi atas penghargaan Jateng Awards 2023 "
     "yang diraih Polda Jawa Tengah.", "penghargaan Jateng Awards 2023"),
    ("a placing with its category after untuk", "Polda Bali meraih peringkat kedua pengelolaan anggaran terbaik "
     "untuk kategori pagu sedang.", "peringkat kedua pengelolaan anggaran terbaik untuk kategori pagu sedang"),
    ("a reason clause with its own subject", "BPJS Ketenagakerjaan memberikan penghargaan kepada Polres Kendari karena "
     "satuan itu aktif mendorong kepesertaan pekerja.", "penghargaan karena satuan itu aktif mendorong kepesertaan pekerja"),
    ("a reason clause with pada before a common noun", "Polsek Ubud mendapat penghargaan karena dinilai patuh pada "
     "standar layanan publik.", "penghargaan karena dinilai patuh pada standar layanan publik"),
    ("why the deputy received it is no reason for the award", "Penghargaan itu diterima oleh Wakapolres Badung karena "
     "Kapolres sedang bertugas di Jakarta.", "Penghargaan"),
    ("the class of winners after kepada", "Kapolres Sleman memberikan penghargaan kepada 20 personel berprestasi di "
     "halaman Mapolres.", "penghargaan kepada personel berprestasi"),
    ("winners by what they did", "Kapolres menyerahkan penghargaan kepada 9 anggota yang berhasil membekuk komplotan "
     "curanmor.", "penghargaan kepada anggota yang berhasil membekuk komplotan curanmor"),
    ("winners of a named unit by what befell them", "Kapolda Bali memberikan penghargaan kepada 5 anggota Polres "
     "Badung yang menjadi korban amukan massa di Kuta.",
     "penghargaan kepada anggota Polres Badung yang menjadi korban amukan massa"),
    ("winners of two kinds by their merit", "Kapolda memberikan penghargaan kepada 30 anggota Polri dan 2 PNS yang "
     "berprestasi di apel pagi.", "penghargaan kepada anggota Polri dan 2 PNS yang berprestasi"),
    ("a reason between the winners and their merit is the award's own", "Kapolres memberikan penghargaan kepada "
     "anggota Polsek Depok atas pengungkapan kasus yang meresahkan warga.",
     "penghargaan atas pengungkapan kasus yang meresahkan warga"),
    ("a list of receivers opened by antara lain is no name", "Penerima penghargaan antara lain Kompol Rahmat "
     "Hidayat, Iptu Sarman dan dua bintara.", "penghargaan"),
    ("a list of receivers opened by di antaranya is no name", "Peraih piagam penghargaan di antaranya Aiptu Joko "
     "Santoso dan Bripka Wayan Arta.", "piagam penghargaan"),
    ("winners by a deed said with its verb alone", "Kapolsek memberikan penghargaan kepada warga yang menolong "
     "korban kecelakaan.", "penghargaan kepada warga yang menolong korban kecelakaan"),
    ("a working meeting ends a title, however it is called", "Polres Bantul meraih penghargaan pelayanan terbaik "
     "dalam Rakor Lalu Lintas 2024.", "penghargaan pelayanan terbaik"),
    ("winners by rank of merit in a region", "Dandim dan Kapolres memberikan penghargaan kepada Bhabinkamtibmas "
     "terbaik se-Kabupaten Bantul.", "penghargaan kepada Bhabinkamtibmas terbaik se-Kabupaten Bantul"),
    ("a named unit after kepada is whom, not which award", "Kapolda memberikan penghargaan kepada Polres Sleman "
     "yang berhasil menekan angka kecelakaan.", "penghargaan"),
    ("a bare award at a named awarding", "Polres Bantul meraih penghargaan pada Penganugerahan Zona Integritas tahun "
     "2022 dari KemenPAN-RB.", "penghargaan pada Penganugerahan Zona Integritas tahun 2022"),
    ("a headline's capital Dari ends the title", "Polres Kendal Terima Penghargaan Dari Komnas PA",
     "Penghargaan"),
    ("a cup the contest is named for is no award", "Polda Riau memberikan piagam kepada Bripda Andi, pencetak gol "
     "di ajang Piala Asia U-23.", "piagam"),
    ("a records museum is the giver, not a record", "Polres Kendal menerima piagam dari Museum Rekor Dunia Indonesia "
     "(MURI).", "piagam"),
    ("reward is an award word, named by its winners", "Kapolres memberikan reward kepada personel teladan di apel "
     "pagi.", "reward kepada personel teladan"),
    ("a title conferred without an award word", "Satlantas Polres Bantul dinobatkan sebagai satuan pelayanan "
     "terbaik tingkat Polda DIY.", "satuan pelayanan terbaik tingkat Polda DIY"),
    ("the means of a placing ends it", "Polda Riau meraih peringkat 1 melalui satker Biro Logistik.", "peringkat 1"),
    ("a decoration's term of service is its class", "Ratusan personel Polres Bone menerima Satyalancana Pengabdian "
     "untuk masa dinas 8 dan 16 tahun di lapangan apel.", "Satyalancana Pengabdian masa dinas 8 dan 16 tahun"),
    ("its winners said before a later reason", "Penghargaan bagi personel teladan diberikan karena mereka bekerja "
     "melampaui tugas.", "Penghargaan bagi personel teladan"),
    ("what an award should lead to is no reason for it", "Kapolres berharap penghargaan itu menjadi pemacu untuk "
     "lebih giat melayani warga.", "penghargaan"),
    ("a promotion runs on to the rank it raises to", "Kanit Reskrim Polsek Bone mendapat kenaikan pangkat luar biasa "
     "menjadi AKP dari Kapolri.", "kenaikan pangkat luar biasa menjadi AKP"),
    ("a named award before a bare one's reason in one sentence", "Penghargaan itu datang karena Polres Bone meraih "
     "predikat kepatuhan layanan publik tahun 2023.", "predikat kepatuhan layanan publik tahun 2023"),
    ("thanks given is no award name", "Sebagai apresiasi atas capaian itu, Ombudsman menyerahkan piagam predikat "
     "kepatuhan tinggi kepada Polres Bone.", "piagam predikat kepatuhan tinggi"),
    ("an adverb of the giving is no part of the award", "Piagam penghargaan juga diberikan kepada Kapolres Sikka "
     "sebagai penggagas lomba, di Mapolres.", "Piagam penghargaan sebagai penggagas lomba"),
    ("a list of reasons runs past its commas", "Kapolres memberikan penghargaan atas kesigapan, ketelitian, dan "
     "keberanian anggota di lapangan.", "penghargaan atas kesigapan, ketelitian, dan keberanian anggota"),
    ("a comma before dan and a verb starts a clause of its own", "Kapolres memberi penghargaan atas pengungkapan kasus "
     "begal, dan berharap anggota lain meniru.", "penghargaan atas pengungkapan kasus begal"),
    ("thanks named as what the award is gives way to what it thanks for", "Piagam penghargaan diberikan sebagai "
     "bentuk apresiasi atas kerja keras anggota.", "Piagam penghargaan atas kerja keras anggota"),
    ("a rank alone names no award beside a reason", "Penghargaan itu diberikan atas kepatuhan layanan publik 2023, "
     "dengan Polres Bone di peringkat kedua.", "Penghargaan atas kepatuhan layanan publik 2023"),
    ("a name said to be a predikat, what follows describes it", "Zona biru merupakan predikat terbaik dalam "
     "penilaian mutu layanan dari Ombudsman.", "predikat Zona biru, predikat terbaik dalam penilaian mutu layanan"),
    ("a name said to be a gelar, a bare description", "Warga Kehormatan Dayak adalah gelar adat yang diberikan "
     "kepada tokoh berjasa.", "gelar Warga Kehormatan Dayak"),
    ("a name the award word's own phrase already holds", "Opini Kualitas Tertinggi adalah predikat yang diberikan "
     "kepada unit layanan terbaik.", "Opini Kualitas Tertinggi"),
    ("a demonstrative subject names no award", "Hal itu merupakan penghargaan atas kerja keras anggota.",
     "penghargaan atas kerja keras anggota"),
    ("a customary title and its name in quotes", 'Tetua adat menyematkan gelar adat Bugis "Tau Matoa Ri Bone" '
     "kepada Kapolres Bone.", "gelar adat Bugis Tau Matoa Ri Bone"),
    ("an honorary title and its name", "Kapolda Riau menerima gelar kehormatan Datuk Setia Amanah dari Lembaga "
     "Adat Melayu.", "gelar kehormatan Datuk Setia Amanah"),
    ("a case review is no title", "Satreskrim Polres Sleman menggelar gelar perkara kasus penganiayaan.", None),
    ("an award's name that dan joins", "Polda Jatim meraih penghargaan dalam Kementerian dan Lembaga Award 2023 "
     "yang digelar stasiun televisi swasta.", "Kementerian dan Lembaga Award 2023"),
    ("a plakat and what it is for", "Pemimpin bank daerah menyerahkan plakat penghargaan atas pengungkapan "
     "pembobolan ATM kepada Polres Bima.", "plakat penghargaan atas pengungkapan pembobolan ATM"),
    ("a passive verb of doing ends the title", "Pemberian plakat dilakukan di sela rapat koordinasi.", "plakat"),
    # where a reason's clause ends: the deed goes on past "oleh" before a common noun, "saat"/"ketika" before a
    # verb and a comma before what it includes; the giver after "oleh", a time after "saat" end it
    ("the doer of the crime a reason names", "Bupati memberikan penghargaan atas pengungkapan kasus penipuan oleh "
     "oknum pegawai bank kepada Satreskrim Polres Pati.",
     "penghargaan atas pengungkapan kasus penipuan oleh oknum pegawai bank"),
    ("oleh and a name is the giving's", "Polres Pati diganjar penghargaan atas pengungkapan kasus penipuan oleh "
     "Bupati Pati.", "penghargaan atas pengungkapan kasus penipuan"),
    ("what was done when the deed was done", "Kapolres memberi penghargaan atas keberanian Bripka Dodi ketika "
     "menyelamatkan pendaki yang tersesat.", "penghargaan atas keberanian Bripka Dodi ketika menyelamatkan pendaki"),
    ("saat and a verb goes on the deed", "Piagam diberikan atas ketenangan anggota saat menghadapi massa di alun-alun.",
     "Piagam atas ketenangan anggota saat menghadapi massa"),
    ("saat and an occasion ends it", "Kapolres memberi penghargaan atas kesigapan anggota saat upacara HUT Bhayangkara.",
     "penghargaan atas kesigapan anggota"),
    ("what a reason includes, after its comma", "Kapolda menerima penghargaan atas pengungkapan sejumlah kasus besar, "
     "termasuk penyelundupan kayu ilegal ke Malaysia.",
     "penghargaan atas pengungkapan sejumlah kasus besar, termasuk penyelundupan kayu ilegal ke Malaysia"),
    ("what a reason includes, said khususnya", "Wali kota memberi penghargaan atas kinerja Polres Bima, khususnya "
     "pengamanan mudik Lebaran.", "penghargaan atas kinerja Polres Bima, khususnya pengamanan mudik Lebaran"),
    ("a comma before another clause still ends it", "Gubernur memberi penghargaan atas pengamanan pemilu, kemudian "
     "meninjau pos pantau.", "penghargaan atas pengamanan pemilu"),
    # "di" after a superlative says where the best is; after any other word, where the award was handed over
    ("where the best is, after a superlative", "Polres Ende menerima piagam sebagai satuan dengan laporan "
     "terbanyak di wilayah Polda NTT.", "piagam sebagai satuan dengan laporan terbanyak di wilayah Polda NTT"),
    ("the highest in a province, after a reason", "Polres Kupang meraih penghargaan atas nilai layanan tertinggi di "
     "provinsi itu.", "penghargaan atas nilai layanan tertinggi di provinsi itu"),
    ("di after any other word is where it was handed over", "Polres Ende menerima piagam atas pengamanan pemilu di "
     "aula kantor bupati.", "piagam atas pengamanan pemilu"),
    # praise of the award is no verb between it and its reason
    ("a prestigious award and its giver before the reason", "Kapolres Bima menerima penghargaan bergengsi dari "
     "Kementerian Perhubungan atas penurunan angka kecelakaan.",
     "penghargaan bergengsi atas penurunan angka kecelakaan"),
    ("a prestisius award before its reason", "Polres Sumba Barat menerima penghargaan prestisius dari Bupati atas "
     "pengamanan festival Pasola.", "penghargaan prestisius atas pengamanan festival Pasola"),
    ("a verb after the award still says another thing", "Penghargaan dari Bupati membanggakan anggota atas kerja "
     "keras mereka.", "Penghargaan"),
    # a named award and the awarding or contest it was won at, said right after it
    ("a quoted predikat and the awarding it was won in", 'Polres Alor meraih predikat "Cukup Informatif" dalam ajang '
     "Penganugerahan Keterbukaan Informasi Badan Publik 2024 di Kupang.",
     "predikat Cukup Informatif dalam Penganugerahan Keterbukaan Informasi Badan Publik 2024"),
    ("a named juara and the contest", "Polsek Kota Baru meraih juara 2 video pendek pada Lomba Kampung Tertib 2022 "
     "tingkat provinsi.", "juara 2 video pendek pada Lomba Kampung Tertib 2022 tingkat provinsi"),
    ("a name and an ordinary occasion after it", 'Polres Alor meraih predikat "Cukup Informatif" pada acara '
     "syukuran di Kupang.", "predikat Cukup Informatif"),
    # two award words for one award name none; what it is for is said after them
    ("thanks and an award joined by dan", "Apresiasi dan penghargaan diberikan atas keberanian anggota Polsek Wera "
     "memadamkan kebakaran pasar.", "penghargaan atas keberanian anggota Polsek Wera memadamkan kebakaran pasar"),
    ("an award word glossed in brackets", "Bupati memberikan reward (penghargaan) kepada personel teladan di aula.",
     "reward (penghargaan) kepada personel teladan"),
    ("a form that names nothing, then what it is for", "Camat menyerahkan penghargaan berupa piagam kepada "
     "Polsek Sape atas pengamanan pasar malam.", "penghargaan berupa piagam atas pengamanan pasar malam"),
    ("langsung between the award and its giving", "Penghargaan langsung diserahkan Kapolres kepada Polsek Sape.",
     "Penghargaan"),
    ("thanks the giving is meant as is no award", "Sebagai bentuk apresiasi kepada relawan karena membantu "
     "pencarian, Basarnas menyerahkan piagam penghargaan.", "piagam penghargaan"),
    ("a reason said before the subject", "MATARAM - Atas kesigapannya menangkap pencuri ternak, Polsek Praya "
     "menerima penghargaan dari Bupati.", "penghargaan atas kesigapannya menangkap pencuri ternak"),
    ("a fronted reason after thanks", "Sebagai bentuk penghormatan atas jasa mengawal arus balik, Kapolres "
     "menyerahkan penghargaan kepada 12 warga.", "penghargaan atas jasa mengawal arus balik"),
    ("the matter an award concerns, set before the subject, is what it is for", "Berkaitan dengan pengungkapan "
     "kasus perdagangan orang, Kapolres Blitar mendapat penghargaan dari Gubernur Jawa Timur.",
     "penghargaan atas pengungkapan kasus perdagangan orang"),
    ("'terkait' after a dateline", "MADIUN – Terkait penangkapan pelaku pembalakan liar, Polres Madiun menerima "
     "piagam dari Perhutani.", "piagam atas penangkapan pelaku pembalakan liar"),
    ("'sehubungan dengan' before a passive award verb", "Sehubungan dengan pengamanan Pilkada serentak, Polres Ngawi "
     "diganjar penghargaan oleh Bupati Ngawi.", "penghargaan atas pengamanan Pilkada serentak"),
    ("a matter that only points back names nothing", "Terkait hal tersebut, Polres Ngawi menerima piagam dari "
     "Bupati.", "piagam"),
    ("a fronted reason that only points back names nothing", "Atas keberhasilan tersebut, Bupati memberikan "
     "penghargaan kepada Polres Dompu.", "penghargaan"),
    ("a bare award at an awarding night", "Polres Dompu meraih penghargaan pada malam Penganugerahan Pelayanan Publik "
     "2023 di Mataram.", "penghargaan pada Penganugerahan Pelayanan Publik 2023"),
    ("a placing given as what the winner is, further on, stays in the award's phrase", "Ketua yayasan memberikan "
     "penghargaan atas prestasi Polres Sabu sebagai satuan berprestasi peringkat dua nasional layanan SIM tahun 2022 "
     "di Kupang.", "penghargaan atas prestasi Polres Sabu sebagai satuan berprestasi peringkat dua nasional layanan "
     "SIM tahun 2022"),
    ("a named award and the deed right after it", "Satlantas Polres Sikka meraih penghargaan kategori Satuan "
     "Teladan karena berhasil menekan angka kecelakaan di jalur mudik.",
     "penghargaan kategori Satuan Teladan karena berhasil menekan angka kecelakaan"),
    ("tanda penghargaan is one award word", "Wakapolda menyerahkan tanda penghargaan atas keberanian menangkap "
     "komplotan begal kepada Polres Dompu.", "tanda penghargaan atas keberanian menangkap komplotan begal"),
    ("setelah and a success says what it is for", "Polres Lembata diganjar penghargaan setelah berhasil "
     "menggagalkan penyelundupan kayu di Lewoleba.",
     "penghargaan setelah berhasil menggagalkan penyelundupan kayu di Lewoleba"),
    ("setelah and an occasion says when", "Polres Lembata menerima penghargaan setelah upacara HUT Bhayangkara di "
     "lapangan.", "penghargaan"),
    ("a short name in brackets glosses the long one", "Kapolres menerima penghargaan pada malam Penganugerahan "
     "Sahabat Anak dan Polisi Peduli (Police Award) Tahun 2023.",
     "penghargaan pada Penganugerahan Sahabat Anak dan Polisi Peduli (Police Award) Tahun 2023"),
    ("a second verb of the receiver ends the title", "Satreskrim Polres Dompu mendapat apresiasi dan menerima "
     "piagam penghargaan atas pengungkapan kasus pembalakan liar.",
     "piagam penghargaan atas pengungkapan kasus pembalakan liar"),
    ("the region where the deed was done stays in the reason", "Satreskrim Polres Alor menerima piagam penghargaan "
     "atas pembongkaran sindikat curanmor di Kabupaten Alor dan Kota Kalabahi, Selasa.",
     "piagam penghargaan atas pembongkaran sindikat curanmor di Kabupaten Alor dan Kota Kalabahi"),
    ("a region word before the place's name", "Ditpolairud menerima penghargaan karena berhasil menangkap "
     "penyelundup benih lobster di perairan Pulau Rote.",
     "penghargaan karena berhasil menangkap penyelundup benih lobster di perairan Pulau Rote"),
    ("a minor, di bawah umur, is no place", "Unit PPA menerima penghargaan atas penanganan kasus pencabulan anak di "
     "bawah umur dari lembaga perlindungan anak.", "penghargaan atas penanganan kasus pencabulan anak di bawah umur"),
    ("a building after di is where it was handed over", "Satnarkoba menerima penghargaan atas pengungkapan ganja "
     "kering di Aula Polda NTT.", "penghargaan atas pengungkapan ganja kering"),
    ("a named award, the verb that gives it, then what it is for", "Menurut ketua panitia, penghargaan Bhayangkara "
     "Muda Award itu diberikan sebagai bentuk apresiasi atas keberhasilan Polres Sumba membongkar jaringan curanmor.",
     "penghargaan Bhayangkara Muda Award atas keberhasilan Polres Sumba membongkar jaringan curanmor"),
    ("a named predikat won berkat something", "Predikat Zona Hijau tersebut diraih berkat kepatuhan Polres Flores "
     "Timur terhadap standar pelayanan publik.",
     "Predikat Zona Hijau berkat kepatuhan Polres Flores Timur terhadap standar pelayanan publik"),
    ("berkat right after a named award", "Polres Rote meraih predikat Informatif berkat keterbukaan informasi "
     "layanan SKCK.", "predikat Informatif berkat keterbukaan informasi layanan SKCK"),
    ("an award that only says its body keeps no reason after its giving verb", "Penghargaan Yayasan Peduli "
     "Lingkungan diberikan atas kinerja Satreskrim menjaga hutan mangrove.", "Penghargaan Yayasan Peduli Lingkungan"),
    ("a named award, whom it went to, then its deed", "Yayasan Lentera memberikan penghargaan Lentera Award kepada "
     "Kasat Lantas Polres Ngada AKP Yohanes Bata atas inovasi SIM keliling.",
     "penghargaan Lentera Award atas inovasi SIM keliling"),
    ("what form it took, whom it went to, then its deed", "Kapolda NTT menyerahkan penghargaan berupa sebuah mobil "
     "patroli kepada Polsek Wolowaru karena berhasil menangkap komplotan pencuri ternak.",
     "penghargaan berupa sebuah mobil patroli karena berhasil menangkap komplotan pencuri ternak"),
    ("a clause about the receivers keeps the deed apart", "Yayasan Lentera memberikan penghargaan Lentera Award kepada "
     "Polres Ngada yang selama ini aktif membina pelajar atas inovasi SIM keliling.", "penghargaan Lentera Award"),
    ("a decoration past its receivers keeps its formal name", "Presiden menganugerahkan Satyalancana Dharma Nusa "
     "kepada Kompol Yusuf atas tugas di daerah konflik.", "Satyalancana Dharma Nusa"),
    ("a verb that reports what the award shows ends it", "Polres Nagekeo yang meraih predikat terbaik kedua "
     "membuktikan bahwa kerja keras anggota tidak sia-sia.", "predikat terbaik kedua"),
    ("dan before a pronoun starts a clause of its own", "Bupati memberikan penghargaan kepada Polres Nagekeo karena "
     "banjir bandang itu sudah menjadi urusan bersama dan kami semua wajib membantu korban.",
     "penghargaan karena banjir bandang itu sudah menjadi urusan bersama"),
    ("sedangkan starts another clause", "Kapolres memberikan penghargaan atas kesigapan anggota sedangkan warga "
     "pelapor menerima bingkisan.", "penghargaan atas kesigapan anggota"),
    ("tetapi ends a named award", "Polres Ende menerima piagam Lentera Award tetapi belum puas dengan layanan SKCK.",
     "piagam Lentera Award"),
    ("tadi points back like itu", "\"Yang kami berikan penghargaan tadi adalah anggota yang menangkap pencuri sapi,\" "
     "kata Kapolres Nagekeo.", "penghargaan"),
    ("the final of a cup is a match, not a trophy", "Bripda Yohan yang mencetak gol di final Piala Presiden menerima "
     "piagam penghargaan dari Kapolda NTT.", "piagam penghargaan"),
    ("yang before how good the deed was goes on", "Kompolnas memberikan apresiasi kepada Polres Lembata atas kinerja "
     "yang cepat dalam menangani kasus pembakaran lahan.",
     "apresiasi atas kinerja yang cepat dalam menangani kasus pembakaran lahan"),
    ("yang before a quality, a second example", "Polres Lembata menerima penghargaan atas kerja sama yang solid dengan "
     "nelayan setempat.", "penghargaan atas kerja sama yang solid dengan nelayan setempat"),
    ("yang before a giving verb ends the reason", "Polres Lembata menerima penghargaan atas kinerja yang diserahkan "
     "Bupati di aula kantor bupati.", "penghargaan atas kinerja"),
    ("yang before an auxiliary ends the reason", "Polres Lembata menerima penghargaan atas pengungkapan kasus yang "
     "telah lama meresahkan warga.", "penghargaan atas pengungkapan kasus"),
    ("a reason cut at its length does not end on a joining word", "Polres Rote menerima penghargaan atas keberhasilan "
     "menggagalkan penyelundupan ratusan ekor burung kakatua jambul kuning asal Pulau Rote tujuan ke Surabaya.",
     "penghargaan atas keberhasilan menggagalkan penyelundupan ratusan ekor burung kakatua jambul kuning asal Pulau "
     "Rote tujuan"),
    ("a named award, what it is meant as, then its deed", "Polres Alor menerima trofi Bhayangkara Award sebagai "
     "bentuk apresiasi atas pengungkapan kasus curanmor.", "trofi Bhayangkara Award atas pengungkapan kasus curanmor"),
    ("a lower-case word after di ends the reason too", "Bhabinkamtibmas menerima penghargaan atas kinerja menjaga "
     "keamanan di wilayah masing-masing.", "penghargaan atas kinerja menjaga keamanan"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, title", TITLES, ids=[row[0] for row in TITLES])
def test_titles(construction, sentence, title):
    assert title_of(sentence) == title


# What was won and the awards event, named for itself, it was won at.
OCCASIONS = [
    ("a predikat announced at an awards event named first", "Polres Wajo mengikuti pengumuman Zona Integritas Award "
     "2024 secara daring, saat Polres Wajo diumumkan meraih predikat Wilayah Bebas dari Korupsi (WBK) dari "
     "KemenPAN-RB.", "predikat Wilayah Bebas dari Korupsi (WBK) - Zona Integritas Award 2024"),
    ("a predikat won at an awards event named after it", "Polres Wajo meraih predikat WBBM pada Zona Integritas "
     "Award 2024 di Jakarta.", "predikat WBBM - Zona Integritas Award 2024"),
    ("a category won on an awards night", "Dalam malam Anugerah Humas Polri Awards 2024, Polres Wajo meraih "
     "penghargaan kategori video edukasi terbaik.",
     "penghargaan kategori video edukasi terbaik - Anugerah Humas Polri Awards 2024"),
    ("an award named for itself, nothing else won", "Polres Wajo meraih Kompolnas Awards 2024 sebagai Polres "
     "terbaik.", "Kompolnas Awards 2024 sebagai Polres terbaik"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", OCCASIONS, ids=[row[0] for row in OCCASIONS])
def test_what_was_won_at_an_awards_event(construction, text, title):
    assert [a["title"] for a in extract_awards(None, text)] == [title]


# A bare award with no name of its own goes by its giver; a named award keeps its name alone.
BY_GIVER = [
    ("a bare award's reason, the giver put after the award word",
     "Wali Kota Bogor memberikan penghargaan kepada Satreskrim Polresta Bogor Kota atas pengungkapan kasus curanmor.",
     "penghargaan Wali Kota Bogor atas pengungkapan kasus curanmor"),
    ("a bare piagam penghargaan, named by its giver alone",
     "Polres Kendari menerima piagam penghargaan dari BPJS Ketenagakerjaan di Mapolres.",
     "piagam penghargaan BPJS Ketenagakerjaan"),
    ("the class of winners after kepada",
     "Kapolda Bali menyerahkan penghargaan kepada 12 anggota berprestasi dari Polres Badung.",
     "penghargaan Kapolda Bali kepada anggota berprestasi"),
    ("an award named as what it is stays as it is",
     "Kapolda Jabar memberikan penghargaan sebagai juara 1 lomba video kepada Polres Garut.",
     "penghargaan sebagai juara 1 lomba video"),
    ("a giver the title already names is not said twice",
     "Polres Lebak meraih penghargaan Ombudsman RI atas kepatuhan layanan publik.",
     "penghargaan Ombudsman RI atas kepatuhan layanan publik"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", BY_GIVER, ids=[row[0] for row in BY_GIVER])
def test_a_bare_award_goes_by_its_giver(construction, text, title):
    assert [a["title"] for a in extract_awards(None, text)] == [title]


# A headline that writes the body's short name out in full, with its field or class: the full name and the body's
# reason.
HEADLINE_NAMES = [
    ("the field a headline adds to the name", "Polres Sikka Raih Bhayangkara Award Bidang Pelayanan Lalu Lintas dari "
     "Lembaga Kajian Nusa", "Polres Sikka meraih penghargaan Bhayangkara Award atas pelayanan SIM keliling yang "
     "menjangkau desa terpencil.", "penghargaan Bhayangkara Award Bidang Pelayanan Lalu Lintas atas pelayanan SIM "
     "keliling yang menjangkau desa terpencil"),
    ("the category and type a headline adds", "Polres Ende Terima Trofi Kamtibmas Award Kategori Polres Tipe C",
     "Polres Ende menerima trofi Kamtibmas Award karena inovasi layanan SKCK daring.",
     "trofi Kamtibmas Award Kategori Polres Tipe C karena inovasi layanan SKCK daring"),
    ("a headline's verb after the name adds nothing", "Polres Sikka Raih Pin Emas Berantas Judi Online",
     "Polres Sikka menerima penghargaan pin emas atas keberhasilan memberantas judi online.",
     "penghargaan pin emas atas keberhasilan memberantas judi online"),
    ("whom the headline says it went to adds nothing", "Lembaga Kajian Beri Penghargaan Nusa Award ke Polres Alor",
     "Polres Alor menerima penghargaan Nusa Award karena layanan SKCK daring.",
     "penghargaan Nusa Award karena layanan SKCK daring"),
]  # fmt: skip


@pytest.mark.parametrize("construction, headline, text, title", HEADLINE_NAMES, ids=[r[0] for r in HEADLINE_NAMES])
def test_a_headline_writes_the_name_out_in_full(construction, headline, text, title):
    assert [a["title"] for a in extract_awards(headline, text)] == [title]


# A placing that names no contest, in a story that names one: the placing was won there.
CONTEST_APART = [
    ("a championship named in another sentence", "Polres Sikka mengikuti Kejuaraan Voli Bhayangkara Cup 2023 di "
     "Maumere. Tim Polres Sikka meraih juara II kategori putra.",
     ["juara II kategori putra - Kejuaraan Voli Bhayangkara Cup 2023"]),
    ("an event after ajang, with its year", "Polres Alor tampil dalam ajang Alor Expo Bahari 2022 di Kalabahi. Stand "
     "Polres Alor meraih juara I sebagai stand terbaik.", ["juara I sebagai stand terbaik - Alor Expo Bahari 2022"]),
    ("two contests named: which one is not said", "Polres Alor mengikuti Kejuaraan Voli Bhayangkara Cup 2023 dan "
     "Festival Bahari Alor 2023. Polres Alor meraih juara II kategori putra.", ["juara II kategori putra"]),
    ("a placing that names its own contest", "Polres Sikka mengikuti Kejuaraan Voli Bhayangkara Cup 2023 di Maumere. "
     "Polres Sikka meraih juara II Lomba Tembak Reaksi.", ["juara II Lomba Tembak Reaksi"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, titles", CONTEST_APART, ids=[row[0] for row in CONTEST_APART])
def test_a_placing_won_at_the_contest_the_story_names(construction, text, titles):
    assert [a["title"] for a in extract_awards(None, text)] == titles


STORY_TITLES = [
    ("a named award and what a later sentence says it is for",
     "Polres Bima menerima penghargaan pin emas dari Kementerian ATR/BPN. Penghargaan itu merupakan bentuk pengakuan "
     "atas keberhasilan memberantas mafia tanah di Bima.",
     "penghargaan pin emas atas keberhasilan memberantas mafia tanah di Bima"),
    ("a named award the story writes again with its year",
     "Polres Merauke menerima Penghargaan Top 45 Inovasi Daerah dari Kementerian Dalam Negeri. Top 45 Inovasi Daerah "
     "Tahun 2021 diikuti ratusan instansi.", "Penghargaan Top 45 Inovasi Daerah Tahun 2021"),
    ("a later sentence that does not refer back adds nothing",
     "Polres Bima menerima penghargaan pin emas dari Kementerian ATR/BPN. Kapolres berterima kasih atas dukungan "
     "warga Bima selama ini.", "penghargaan pin emas"),
    ("a bare award and the name another sentence gives it",
     "Bupati Lembata memberikan penghargaan kepada Satreskrim Polres Lembata setelah satuan itu berhasil membongkar "
     "sindikat curanmor. Kapolres menjelaskan, anggotanya memperoleh penghargaan kategori Satuan Teladan karena "
     "selama Operasi Jaran 2022 berhasil mengungkap 40 kasus.",
     "penghargaan kategori Satuan Teladan karena selama Operasi Jaran 2022 berhasil mengungkap 40 kasus"),
    ("a sentence that confers nothing gives a bare award no name",
     "Kapolres Sikka memberikan penghargaan kepada lima anggota Satreskrim atas penangkapan pelaku pembakaran pasar. "
     "Menurutnya, penghargaan Bhakti Bhayangkara bukan tujuan utama anggota dalam bertugas.",
     "penghargaan Kapolres Sikka atas penangkapan pelaku pembakaran pasar"),
    ("a list after a class of receivers names who, not which awards",
     "Gubernur NTT memberikan penghargaan penanganan korupsi kepada lembaga penegak hukum, yakni kejaksaan dan "
     "kepolisian, atas penanganan kasus korupsi dana desa. Satu-satunya kepolisian yang meraih penghargaan serupa "
     "adalah Polres Ende.", "penghargaan penanganan korupsi"),
    ("who received, said after adalah, is no list of awards",
     "Sebanyak 9 anggota Polres Dompu menerima tanda penghargaan atas keberanian menangkap komplotan begal. Menurut "
     "Kapolres, anggota yang menerima penghargaan tersebut adalah mereka yang berhasil menangkap pelaku, serta "
     "sejumlah pelaku lain.", "tanda penghargaan atas keberanian menangkap komplotan begal"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", STORY_TITLES, ids=[row[0] for row in STORY_TITLES])
def test_the_title_a_story_gives_its_award(construction, text, title):
    assert [a["title"] for a in extract_awards(None, text)] == [title]


def test_a_named_award_keeps_its_name_when_later_sentences_say_penghargaan():
    (award,) = extract_awards(
        None,
        "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi) menganugerahkan Presisi Award kepada Polres Paser. "
        "Direktur Lemkapi menyerahkan penghargaan itu kepada Kapolres Paser AKBP Kade.",
    )
    assert award["title"] == "Presisi Award"


def test_a_headline_that_names_the_award_more_fully():
    (award,) = extract_awards(
        "Kapolri anugerahkan pin emas kampung tangguh untuk Polda Bali",
        "Kapolri menganugerahkan pin emas kepada Polda Bali karena kampung binaannya juara nasional.",
    )
    assert award["title"] == "pin emas kampung tangguh"


def test_a_named_award_before_a_reason_said_more_fully_elsewhere():
    assert best_title(
        [
            "predikat kepatuhan layanan publik tahun 2023",
            "penghargaan sebagai bentuk terima kasih atas kerja keras semua polres",
        ]
    ) == ("predikat kepatuhan layanan publik tahun 2023")


def test_an_award_named_by_what_it_is_before_a_rank_alone():
    # "terkait" says what a bare award is about, as "atas" does; "setelah" and a success, what it is for
    assert not names_award("piagam penghargaan terkait inovasi layanan pengaduan")
    assert not names_award("penghargaan setelah berhasil menangkap pelaku")
    # a deed before a reason said as a clause with its own subject
    assert (
        best_title(
            [
                "penghargaan atas kerja keras anggota memburu pelaku",
                "penghargaan karena dalam operasi itu anggota kita berhasil",
            ]
        )
        == "penghargaan atas kerja keras anggota memburu pelaku"
    )
    assert best_title(["penghargaan sebagai juara I lomba kampung tertib tahun 2024", "juara I se-Indonesia"]) == (
        "penghargaan sebagai juara I lomba kampung tertib tahun 2024"
    )


ACTIVE_CLAUSES_IN_REASONS = [
    ("what the deed's object did goes on", "Kapolres Sleman memberikan penghargaan kepada Polsek Depok karena menangkap "
     "pencuri yang membobol toko emas di Jalan Kaliurang.",
     "penghargaan Kapolres Sleman karena menangkap pencuri yang membobol toko emas di Jalan Kaliurang"),
    ("an active verb after an auxiliary goes on", "Polsek Ngaglik menerima penghargaan atas keberhasilan menolong "
     "pendaki yang sudah berhari-hari tersesat.",
     "penghargaan atas keberhasilan menolong pendaki yang sudah berhari-hari tersesat"),
    ("a ber- verb goes on", "Polres Blora meraih piagam penghargaan atas pengungkapan jaringan pengedar yang beroperasi "
     "lintas provinsi.", "piagam penghargaan atas pengungkapan jaringan pengedar yang beroperasi lintas provinsi"),
    ("a passive verb still ends the reason", "Polres Blora meraih piagam penghargaan atas pengungkapan jaringan "
     "pengedar yang diserahkan Bupati Blora.", "piagam penghargaan Bupati Blora atas pengungkapan jaringan pengedar"),
    ("a pronoun still ends the reason", "Polres Blora meraih piagam penghargaan atas pengungkapan jaringan pengedar "
     "yang kami tangani selama sebulan.", "piagam penghargaan atas pengungkapan jaringan pengedar"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, title", ACTIVE_CLAUSES_IN_REASONS, ids=[row[0] for row in ACTIVE_CLAUSES_IN_REASONS]
)
def test_yang_and_an_active_verb_go_on_with_a_reason(construction, text, title):
    (award,) = extract_awards(None, text)
    assert award["title"] == title


OWN_WORDS_CHOICES = [
    ("a relative clause does not make a wording fuller",
     ["penghargaan atas keberhasilan menangkap perampok yang beraksi di pasar induk pada malam hari",
      "Piagam penghargaan atas keberhasilan pengungkapan kasus perampokan toko emas itu"],
     "Piagam penghargaan atas keberhasilan pengungkapan kasus perampokan toko emas itu"),
    ("a second award joined on does not make a wording fuller",
     ["penghargaan atas pengamanan arus mudik dan piagam dari gubernur untuk semua anggota",
      "penghargaan atas kesigapan pengamanan arus mudik lebaran di jalur selatan"],
     "penghargaan atas kesigapan pengamanan arus mudik lebaran di jalur selatan"),
    ("a relative clause stays in a wording that says more before it",
     ["penghargaan atas pengungkapan kasus penipuan arisan daring di tiga kabupaten yang merugikan ratusan warga",
      "penghargaan atas pengungkapan kasus penipuan"],
     "penghargaan atas pengungkapan kasus penipuan arisan daring di tiga kabupaten yang merugikan ratusan warga"),
    ("otherwise the fuller wording still wins",
     ["penghargaan atas pengamanan arus mudik", "penghargaan atas kesigapan pengamanan arus mudik di jalur selatan"],
     "penghargaan atas kesigapan pengamanan arus mudik di jalur selatan"),
]  # fmt: skip


@pytest.mark.parametrize("construction, candidates, title", OWN_WORDS_CHOICES, ids=[r[0] for r in OWN_WORDS_CHOICES])
def test_the_fullest_wording_by_its_own_words(construction, candidates, title):
    assert best_title(candidates) == title


def test_units_that_follow_a_placing_take_the_next_places_in_its_own_word():
    awards = extract_awards(
        None,
        "Polda Jateng menggelar lomba tertib lalu lintas. Juara 1 diraih Polres Klaten, disusul Polres Boyolali "
        "dan Polres Sragen.",
    )
    assert [(a["recipients"], a["title"]) for a in awards] == [
        (["Polres Klaten"], "Juara 1"),
        (["Polres Boyolali"], "Juara 2"),
        (["Polres Sragen"], "Juara 3"),
    ]


def test_a_second_clause_of_a_sub_unit_the_story_completes_is_an_award_of_its_own():
    awards = extract_awards(
        None,
        "Polsek Wates menjadi juara lomba taman markas di internal Polres Bantul, sementara Seksi Humas Polres meraih "
        "penghargaan kecepatan publikasi. Penghargaan diserahkan Kapolres Bantul.",
    )
    assert [a["title"] for a in awards] == ["juara lomba taman markas", "penghargaan kecepatan publikasi"]


def test_an_award_of_a_name_of_its_own_said_also_received_besides():
    awards = extract_awards(
        None,
        "Polri meraih penghargaan Anugerah Keterbukaan Informasi 2025 dari Komisi Informasi Pusat. Selain itu, Kapolri "
        "Jenderal Polisi Budi juga meraih predikat pimpinan badan publik terbaik.",
    )
    assert [a["title"] for a in awards] == [
        "Anugerah Keterbukaan Informasi 2025",
        "predikat pimpinan badan publik terbaik",
    ]


def test_a_decoration_named_after_penghargaan_is_still_its_formal_name():
    assert best_title(
        ["penghargaan Bintang Bhayangkara Nararya", "penghargaan sebagai pelopor tertib lalu lintas"]
    ) == ("penghargaan Bintang Bhayangkara Nararya")


def test_the_class_a_winner_is_the_best_of_said_apart_from_the_award():
    (award,) = extract_awards(
        None,
        "Polres Bantul keluar sebagai pemenang terbaik di antara seluruh Polres Tipe B dengan meraih Jogja Awards 2024. "
        "Penghargaan itu diserahkan Gubernur DIY.",
    )
    assert award["title"] == "Jogja Awards 2024 Polres Tipe B terbaik"


PLACINGS_APART = [
    ("a placing and its category in a sentence of their own", "Polda Bali meraih Penghargaan Keterbukaan Informasi "
     "Publik 2025. Dalam penilaian itu Polda Bali berada di peringkat kedua kategori Informatif tingkat provinsi "
     "dengan skor 97.",
     "Penghargaan Keterbukaan Informasi Publik 2025, peringkat kedua kategori Informatif tingkat provinsi"),
    ("a placing the title already has stays the only one", "Polres Bone meraih juara 2 lomba video edukasi. Dalam "
     "penilaian lain Polres Bone berada di peringkat ketiga kategori konten tingkat polda.", "juara 2 lomba video edukasi"),
    ("a placing without a category adds nothing", "Polda Bali meraih Penghargaan Keterbukaan Informasi Publik 2025. "
     "Polda Bali meraih peringkat kedua tahun ini.", "Penghargaan Keterbukaan Informasi Publik 2025"),
    ("the top so many a named award's winner was among", "Polsek Tamalate meraih Penghargaan Humas Presisi 2023. "
     "Polsek Tamalate masuk nominasi 5 besar Polsek kategori pelayanan dengan nilai 91.",
     "Penghargaan Humas Presisi 2023, nominasi 5 besar Polsek kategori pelayanan"),
    ("the top so many, without a nomination", "Polres Kolaka meraih Trofi Lantas Tertib 2022. Polres Kolaka masuk "
     "dalam sepuluh besar Polres tingkat nasional.", "Trofi Lantas Tertib 2022, sepuluh besar Polres tingkat nasional"),
    ("masuk alone is no placing", "Polres Kolaka meraih Trofi Lantas Tertib 2022. Tim penilai masuk ke Mapolres "
     "Kolaka pekan lalu.", "Trofi Lantas Tertib 2022"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", PLACINGS_APART, ids=[row[0] for row in PLACINGS_APART])
def test_placings_said_apart_from_the_award(construction, text, title):
    (award,) = extract_awards(None, text)
    assert award["title"] == title


REASONS_APART = [
    ("a named award takes the reason a bare one's sentence gives", "Polda Sumut menerima piagam penghargaan Presisi "
     "Award dari Lemkapi. Penghargaan itu diberikan karena pengungkapan kasus narkotika dinilai sangat baik.",
     "piagam penghargaan Presisi Award karena pengungkapan kasus narkotika dinilai sangat baik"),
    ("a decoration keeps only its formal name", "Polres Bone menyematkan Satyalancana Kesetiaan kepada 20 personel. "
     "Penghargaan itu diberikan atas kesetiaan selama delapan tahun mengabdi.", "Satyalancana Kesetiaan"),
    ("a reason too short to say what it was for adds nothing", "Polda Sumut menerima Presisi Award dari Lemkapi. "
     "Penghargaan itu diberikan atas kinerjanya.", "Presisi Award"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", REASONS_APART, ids=[row[0] for row in REASONS_APART])
def test_reasons_said_apart_from_a_named_award(construction, text, title):
    (award,) = extract_awards(None, text)
    assert award["title"] == title


def test_a_decoration_by_its_formal_name_not_as_the_highest_award():
    (award,) = extract_awards(
        None,
        "Keluarga besar Polres Sikka bersyukur atas pemberian tanda kehormatan Nugraha Sakanti oleh Presiden pada "
        "upacara Hari Bhayangkara. Kapolres menyebut Polres Sikka meraih penghargaan tertinggi dari Presiden.",
    )
    assert award["title"] == "tanda kehormatan Nugraha Sakanti"


def test_a_named_award_takes_the_assessment_a_bare_one_was_won_in():
    assert best_title(
        ["Penghargaan Citra Bhakti", "penghargaan tertinggi dalam Lomba Inovasi Pelayanan Publik 2024"]
    ) == ("Penghargaan Citra Bhakti dalam Lomba Inovasi Pelayanan Publik 2024")


def test_a_state_decoration_keeps_its_formal_name():
    (award,) = extract_awards(
        None,
        "Sebanyak 120 personel Polres Jember dianugerahi Tanda Kehormatan Satyalancana Pengabdian. Penghargaan itu "
        "diberikan atas pengabdian tanpa cacat selama delapan dan enam belas tahun kepada personel Polres Jember.",
    )
    assert award["title"] == "Tanda Kehormatan Satyalancana Pengabdian"


def test_what_the_award_is_for_in_a_sentence_of_its_own():
    (award,) = extract_awards(
        None,
        "Polsek Gamping menerima piagam penghargaan dari Kapolda DIY. Penghargaan diberikan atas keberhasilan "
        "mengungkap jaringan pencurian sepeda motor.",
    )
    assert (
        award["title"]
        == "Penghargaan Kapolda Daerah Istimewa Yogyakarta atas keberhasilan mengungkap jaringan pencurian sepeda motor"
    )


@pytest.mark.parametrize(
    "title",
    ["penghargaan", "Penghargaan itu", "piagam penghargaan", "piagam Ombudsman RI", "Predikat tersebut", "Rekor kedua",
     "rekor MURI", "Piala dan piagam", "penghargaan Divisi Humas Polri", "penghargaan bergengsi Bidang Humas Polda Sumsel",
     "penghargaan kembali", "penghargaan kedua kali", "Penghargaan tidak hanya", "penghargaan tidak berhenti", "penghargaan Kapolri lainnya",
     "Piagam-piagam", "sertifikat rekor MURI", "penghargaan tertinggi",
     "penghargaan setinggi-tingginya", "Penghargaan selanjutnya", "penghargaan berikutnya", "plakat penghargaan",
     "gelar adat", "gelar kehormatan", "penghargaan patut", "Piagam itu telah", "penghargaan layak"],
)  # fmt: skip
def test_generic_titles(title):
    assert is_generic_title(title)


def test_an_award_named_after_its_giver_and_its_reason_is_specific():
    assert not is_generic_title("penghargaan Kapolda Banten atas keberhasilan mengungkap curanmor")


OFFICERS = [
    ("the police officer in a list of those who accepted, with a soldier and a village head",
     "Polsek Ngablak meraih juara satu lomba Siskamling. Piala itu diterima oleh Babinsa Girirejo Koramil 12/Ngablak "
     "Serka Joko Susilo, Bhabinkamtibmas Polsek Ngablak Bripka Dimas Anggara, dan Kepala Desa Girirejo Sutarno.",
     ("Dimas Anggara", "Bripka", "Bhabinkamtibmas")),
    ("after kepada, a long post with its unit", "Kapolda Bali memberikan piagam kepada Direktur Reserse Kriminal "
     "Khusus Polda Bali Kombes Pol Made Sukra.", ("Made Sukra", "Kombes Pol", None)),
    ("his post between commas", "Bripka Sri Wahyuni, anggota Satbinmas Polres Bone, meraih penghargaan dari Kapolda "
     "Sulsel.", ("Sri Wahyuni", "Bripka", None)),
    ("after diterima oleh, any post", "Polres Sragen meraih penghargaan dari Ombudsman RI. Piagam diterima oleh Kasiwas "
     "Polres Sragen IPTU Bambang Susilo.", ("Bambang Susilo", "Iptu", "Kasiwas")),
    ("the officer who receives, before the verb", "Polres Purworejo meraih predikat WBK dari KemenPAN-RB. Kapolres "
     "AKBP Rizal Hakim menerima penghargaan itu di Jakarta.", ("Rizal Hakim", "AKBP", "Kapolres")),
    ("his post, a comma, then his rank and name, after diterima sendiri oleh", "Polsek Kota Singaraja meraih Kompolnas "
     "Award 2024. Penghargaan itu diterima sendiri oleh Kapolsek Kota Singaraja, Kompol Made Agus.",
     ("Made Agus", "Kompol", "Kapolsek")),
    ("a speaker's post and name are no receiver", "Satlantas Polres Bitung meraih penghargaan. \"Kami bangga,\" kata "
     "Kasat Lantas Polres Bitung, Iptu Syarif.", (None, None, None)),
    ("a name with an initial", "Polres Kediri meraih penghargaan dari Kapolda Jatim. Penghargaan diterima oleh Kasat "
     "Narkoba Polres Kediri AKP M. Iqbal Hasan.", ("M. Iqbal Hasan", "AKP", "Kasat Narkoba")),
    ("a name ending in a common given name keeps it", "Polres Bantul meraih penghargaan. Penghargaan diterima "
     "langsung oleh Kapolres Bantul AKBP Ihsan Hadi.", ("Ihsan Hadi", "AKBP", "Kapolres")),
    ("a chief who only speaks of it is no receiver", "Polres Lebak meraih penghargaan dari Bupati Lebak. Kapolres "
     "AKBP Budi Santoso berterima kasih kepada warga.", (None, None, None)),
    ("the deputy who stood in for his chief, honorific dropped", "Polda Aceh menerima penghargaan Serambi Award. "
     "Kapolda Aceh, yang diwakili Wakapolda Aceh Brigjen H Agus Kurniady Sutisna, menerima penghargaan itu.",
     ("Agus Kurniady Sutisna", "Brigjen Pol", "Wakapolda")),
    ("he who received it, named in the sentence before", 'Kapolda Riau memberikan penghargaan kepada Satreskrim '
     'Polres Kampar. "Ini kerja tim," ujar Kasat Reskrim Polres Kampar AKP Rio Pratama. Ia menerima sendiri '
     "penghargaan itu di Mapolda.", ("Rio Pratama", "AKP", "Kasat Reskrim")),
    ("the first of those who came to receive it", "Polsek Wonokromo menerima penghargaan dari Wali Kota Surabaya. "
     "Kapolsek Kompol Hadi Susanto, Kanit Reskrim AKP Bima Putra dan anggota reskrim hadir menerima.",
     ("Hadi Susanto", "Kompol", "Kapolsek")),
    ("a chief who hands awards to his own men is no receiver", "Kapolres Kebumen AKBP Rudi Hartono menyerahkan "
     "penghargaan kepada anggota Polres Kebumen yang berprestasi.", (None, None, None)),
    ("a chief who leads the ceremony is no receiver", "Kapolres Bantul AKBP Ihsan Hadi memimpin upacara "
     "pemberian penghargaan. Satreskrim Polres Bantul menerima penghargaan atas pengungkapan kasus narkoba.", (None, None, None)),
    ("academic titles between the name and the verb", "Dirlantas Polda Riau Kombes Pol Andi Saputra, S.IK., M.H. "
     "menerima penghargaan dari Korlantas Polri.", ("Andi Saputra", "Kombes Pol", "Dirlantas")),
    ("the deputy standing in, his chief's rank with a full stop", "Polda Bali meraih penghargaan KIP. Wakapolda Bali "
     "Brigjen Pol. Made Sukra, yang hadir mewakili Kapolda Irjen Pol. Budi Santosa, menerima penghargaan itu.",
     ("Made Sukra", "Brigjen Pol", "Wakapolda")),
    ("a chief's post, a comma, his rank and name, a comma, the verb", "Kapolda Jambi, Irjen Pol Rusdi Hartono, "
     "menerima penghargaan Tokoh Inspiratif dari PWI Jambi.", ("Rusdi Hartono", "Irjen Pol", "Kapolda")),
    ("the deputy named after the chief he stands in for", "Komisi Informasi menyerahkan penghargaan kepada Kapolda "
     "Jambi Irjen Pol. Rusdi Hartono, S.I.K., yang diwakili Kabidhumas Polda Jambi Kombes Pol. Mulia Prianto.",
     ("Mulia Prianto", "Kombes Pol", "Kabidhumas")),
    ("the deputy by a post the patterns do not know", "Polda Jambi meraih predikat informatif. Penghargaan itu "
     "diterima untuk Kapolda, yang diwakili Kepala Biro Operasi Polda Jambi Kombes Pol Dwi Mulyanto.",
     ("Dwi Mulyanto", "Kombes Pol", None)),
    ("he who received it, named after penerima ... adalah", "Dua personel Polda Jambi meraih tanda kehormatan. "
     "Penerima Bintang Bhayangkara itu adalah Kompol Agus Riyanto.", ("Agus Riyanto", "Kompol", None)),
    ("the first of those named after diterima ..., yaitu", "Polda Jambi meraih penghargaan Kapolri. Penghargaan "
     "diterima dua personel, yaitu Aipda Heri Susanto, Bhabinkamtibmas Desa Suka, dan Bripka Andi.",
     ("Heri Susanto", "Aipda", None)),
    ("the chief by his post alone, named in full before", "Kapolda Irjen Pol Rusdi Hartono menyebut penghargaan "
     "itu milik warga Jambi. Kapolda menerima penghargaan MURI dari Polda Jambi sebagai pemrakarsa pos ronda.",
     ("Rusdi Hartono", "Irjen Pol", "Kapolda")),
    ("one word of a name, named in full before", "Polsek Muara Bulian meraih penghargaan dari Kapolres Batanghari. "
     "Aipda Heri Susanto, anggota Polsek Muara Bulian, menolong korban banjir. Selain itu, Heri juga memperoleh "
     "hadiah sepeda motor.", ("Heri Susanto", "Aipda", None)),
    ("a long description between the name and the verb", "Polres Kerinci meraih penghargaan dari Kapolda Jambi. "
     "Bripda Andika, anggota Polres Kerinci, Jambi, yang menolong warga terseret arus sungai di Desa Koto, "
     "memperoleh penghargaan itu.", ("Andika", "Bripda", None)),
    ("his post after selaku, before the verb", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. AKBP Budi "
     "Santoso selaku Kapolres Kerinci menerima penghargaan itu.", ("Budi Santoso", "AKBP", None)),
    ("he who received it, in a relative clause", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. Kapolres "
     "Kerinci AKBP Budi Santoso yang langsung menerima penghargaan itu berterima kasih.",
     ("Budi Santoso", "AKBP", "Kapolres")),
    ("the deputy who received it for his chief, named after him", "Polres Kerinci meraih penghargaan dari Bupati. "
     "Penghargaan diterima Wakapolres Kerinci Kompol Dedi Irawan mewakili Kapolres Kerinci AKBP Budi Santoso.",
     ("Dedi Irawan", "Kompol", "Wakapolres")),
    ("Kapolri by his rank spelled out, who also received", "Kapolri Jenderal Polisi Listyo Sigit Prabowo pun "
     "meraih penghargaan pimpinan terbaik dari Komisi Informasi.", ("Listyo Sigit Prabowo", "Jenderal Pol", "Kapolri")),
    ("a doctor's title between the rank and the name", "Polres Badung meraih penghargaan dari Bupati Badung. "
     "Penghargaan diterima oleh Kapolres Badung AKBP Dr. Leo Santika, S.I.K., M.H.", ("Leo Santika", "AKBP", "Kapolres")),
    ("a first name cut short", "Polres Badung meraih penghargaan dari Bupati Badung. Penghargaan diterima Kasat "
     "Lantas Polres Badung AKP Moh. Ali Akbar.", ("Moh. Ali Akbar", "AKP", "Kasat Lantas")),
    ("handed over by a deputy, accepted by the chief after kepada", "Sebanyak 9 anggota Polres Gresik menerima "
     "penghargaan. Penyerahan piagam dilakukan oleh Wakapolda Jatim Brigjen Pol Ahmad Yani kepada Kapolres Gresik "
     "AKBP Rudi Santoso.", ("Rudi Santoso", "AKBP", "Kapolres")),
    ("a resort under its former name Poltabes, its chief Kapoltabes", "Sebanyak 9 anggota Poltabes Denpasar "
     "menerima penghargaan. Piagam diserahkan oleh Wakapolda Bali Brigjen Pol Made Arta kepada Kapoltabes Denpasar "
     "Kombes Pol Gede Sukra.", ("Gede Sukra", "Kombes Pol", "Kapoltabes")),
    ("a chief who only speaks after the quote is no receiver", "Polres Blora meraih predikat WBK dari KemenPAN-RB. "
     "\"Ini kerja bersama,\" ujar Kapolres Blora AKBP Rudi Santoso.", (None, None, None)),
    ("a chief who only speaks before his words is no receiver", "Polres Blora meraih predikat WBK dari KemenPAN-RB. "
     "Kapolres Blora AKBP Rudi Santoso mengatakan penilaian berlangsung setahun.", (None, None, None)),
    ("a chief among those attending is no receiver", "Piagam MURI diserahkan kepada Polres Blora. Acara itu dihadiri "
     "Wakapolda Jateng Brigjen Pol Agus Salim dan Kapolres Blora AKBP Rudi Santoso.", (None, None, None)),
    ("a picture's caption: the officer as he receives", "Kasat Lantas AKP Budi Hartono saat menerima penghargaan dari "
     "Kapolres Blora AKBP Rudi Santoso. Satlantas Polres Blora diganjar penghargaan. Penghargaan diserahkan langsung "
     "oleh Kapolres Blora AKBP Rudi Santoso.", ("Budi Hartono", "AKP", "Kasat Lantas")),
    ("handed over, then accepted by the chief himself", "Polsek Ubud meraih Kompolnas Award. Piagam diserahkan di "
     "Jakarta dan diterima sendiri oleh Kapolsek Ubud, Kompol Made Sukra.", ("Made Sukra", "Kompol", "Kapolsek")),
    ("a rank spelled out without Polisi", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. Penghargaan "
     "diterima oleh Ajun Komisaris Besar Rudi Santoso.", ("Rudi Santoso", "AKBP", None)),
    ("a rank spelled out, then its abbreviation", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. "
     "Penghargaan diterima oleh Ajun Komisaris Besar Polisi (AKBP) Rudi Santoso.", ("Rudi Santoso", "AKBP", None)),
    ("one who follows an announcement online did not accept", "Satlantas Polres Kendal meraih predikat WBBM dari "
     "KemenPAN-RB. Pengumuman itu diikuti secara daring oleh Wakapolres Kendal Kompol Agus Salim.",
     (None, None, None)),
    ("one who opens the ceremony did not accept", "Polres Kendal meraih predikat WBK dari KemenPAN-RB. Acara itu "
     "dibuka oleh Wakapolda Jateng Brigjen Pol Agus Salim.", (None, None, None)),
    ("a section head by his post alone receives, named in full later", "Polda Jambi meraih predikat informatif dari "
     "Komisi Informasi. Kabid Humas Polda Jambi menerima piagamnya di Jambi. Kabid Humas Polda Jambi, Kombes Pol "
     "Rudi Santoso, bersyukur atas capaian itu.", ("Rudi Santoso", "Kombes Pol", "Kabid Humas")),
    ("a post written as one word receives, named in full with a space", "Polda Jambi meraih predikat informatif "
     "dari Komisi Informasi. Kabidhumas Polda Jambi menerima piagamnya. Kabid Humas Polda Jambi, Kombes Pol Rudi "
     "Santoso, bersyukur.", ("Rudi Santoso", "Kombes Pol", "Kabid Humas")),
    ("a director by his post alone receives, named in full in reported speech", "Polda Jambi meraih penghargaan dari "
     "Bupati Muaro Jambi. Dirlantas Polda Jambi menerima piagamnya. Menurut Dirlantas Polda Jambi Kombes Pol Agus "
     "Salim, capaian itu milik anggota.", ("Agus Salim", "Kombes Pol", "Dirlantas")),
    ("a rank and Pol written with full stops", "Polda Jambi meraih penghargaan dari Komisi Informasi. Penghargaan "
     "diterima oleh Wakapolda Jambi Brigjen. Pol. Agus Salim.", ("Agus Salim", "Brigjen Pol", "Wakapolda")),
    ("after kepada, a post with abbreviations and his unit, a comma, then the name", "Kapolda NTT menyerahkan "
     "piagam penghargaan. Piagam kedua diberikan kepada Ba. Sat Reskrim Polres Kupang, Briptu Yosef Bria, atas "
     "pengungkapan kasus curanmor.", ("Yosef Bria", "Briptu", None)),
    ("after kepada, a post of many words the patterns do not know", "Bidhumas Polda Bali meraih penghargaan "
     "Presiden RI. Secara simbolis, Satyalancana disematkan kepada Kepala Sub Bidang Pengelolaan Informasi "
     "Dokumentasi Bidhumas Polda Bali AKBP Ketut Arsa.", ("Ketut Arsa", "AKBP", None)),
    ("thanks said to a chief is no award to him", "Satlantas Polres Gianyar meraih penghargaan dari Bupati Gianyar. "
     "Bupati mengucapkan terima kasih kepada Kapolres Gianyar AKBP Made Sukra atas kerja sama selama ini.",
     (None, None, None)),
    ("thanks after berterima kasih, to the chief of the parent unit", "Ditpolairud Polda Bali meraih penghargaan "
     "dari Menteri Kelautan. Menteri berterima kasih kepada Kapolda Bali, Irjen Pol Made Sukra, yang memimpin "
     "pengamanan laut.", (None, None, None)),
    ("a chief who states his pride is no receiver", "Polres Blitar meraih predikat WBK dari KemenPAN-RB. Kapolres "
     "Blitar AKBP Danang Wibowo menyatakan bangga atas capaian itu.", (None, None, None)),
    ("a chief's thanks after his degrees", "Polres Pati meraih penghargaan dari Bupati Pati. Kapolres Pati AKBP Taufik "
     "Ramli, S.I.K., M.Sc bersyukur atas penghargaan tersebut.", (None, None, None)),
    ("a chief dated before his verb", "Polres Sampang menerima piagam dari Bupati Sampang. Kapolres Sampang AKBP Yudi "
     "Pranata (4/3/2024) mengatakan piagam itu milik seluruh personel.", (None, None, None)),
    ("a chief placed and dated before his verb", "Polres Sampang menerima piagam dari Bupati Sampang. Kapolres Sampang "
     "AKBP Yudi Pranata di Mapolres, Senin (4/3), juga mengapresiasi jajarannya.", (None, None, None)),
    ("a chief at the end of a long list of guests is no receiver", "Piagam MURI diserahkan kepada Polres Kebumen. "
     "Acara itu juga dihadiri Wakapolda Jateng Brigjen Pol Agus Santoso, Kabid Humas Polda Jateng Kombes Pol Satria "
     "Bayu, Kapolres Kebumen AKBP Burhan Hadi, serta perwakilan Pemkab Kebumen.", (None, None, None)),
    ("a physician's dr between rank and name", "Pusdokkes Polri meraih penghargaan dari Kementerian Kesehatan. "
     "Penghargaan diterima oleh Kapusdokkes Polri Brigjen Pol dr Sari Handayani, Sp.PD di Jakarta.",
     ("Sari Handayani", "Brigjen Pol", None)),
    ("once more receiving", "Kapolda Riau Irjen Pol Hadi Susanto kembali menerima penghargaan dari Menteri ATR/BPN "
     "atas pemberantasan mafia tanah.", ("Hadi Susanto", "Irjen Pol", "Kapolda")),
    ("given an award, passive", "Kapolsek Tegalrejo, Iptu Rahmat Hidayat, diberi penghargaan oleh Kapolres Magelang "
     "atas pengungkapan pencurian.", ("Rahmat Hidayat", "Iptu", "Kapolsek")),
    ("a list of posts before the unit that won is no receiver", "Tim penilai menguji materi yang diberikan kepada "
     "Kasat Lantas, Kapolsek, dan Bhabinkamtibmas, Polres Batang meraih juara pertama lomba Polmas. Hadir Kasat "
     "Lantas Polres Batang AKP Rudi Hartono.", (None, None, None)),
    ("a quote closed as he had just received", "Satreskrim Polres Kudus meraih penghargaan dari Lemkapi. Kasat "
     'Reskrim Polres Kudus, AKP Danu Saputra, menyebut capaian itu hasil kerja tim. "Terima kasih kepada Lemkapi," '
     "ujarnya usai menerima penghargaan di Mapolres Kudus.", ("Danu Saputra", "AKP", "Kasat Reskrim")),
    ("he received it, said as 'ia terima'", 'Bidhumas Polda Riau meraih penghargaan dari Divisi Humas Polri. "Ini '
     'kerja keras tim," kata Kabid Humas Polda Riau Kombes Pol Anton Wijaya. Penghargaan itu ia terima langsung dari '
     "Kadiv Humas Polri di Jakarta.", ("Anton Wijaya", "Kombes Pol", "Kabid Humas")),
    ("members named alike, none singled out", "Satpolairud Polres Bima mendapat penghargaan dari HNSI. Penghargaan "
     "itu diterima oleh Aipda Yusuf Hamid, Briptu Andi Saleh dan Bharada Rian Putra.", (None, None, None)),
    ("a chief named with his unit, then quoted, never said to accept", "Polres Sigi menerima penghargaan Satgas "
     "terbaik dari Polda Sulteng. Di bawah tanggung jawab Kapolres Sigi AKBP Reza Pahlevi, jajarannya menggelar 500 "
     "kegiatan. Kapolres Sigi AKBP Reza Pahlevi mengatakan penghargaan itu milik semua anggota.", (None, None, None)),
    ("a post spelled out with its short form in brackets", "Polres Lebak meraih Anugerah Keterbukaan Informasi. "
     "Penghargaan itu diterima Kepala Seksi Humas (Kasi Humas) Polres Lebak AKP Dedi Mulyadi mewakili Kapolres.",
     ("Dedi Mulyadi", "AKP", None)),
    ("a post alone named as the one given it, his name said before", "Polres Batang memecahkan rekor MURI lewat "
     "lomba mewarnai. Kapolres Batang AKBP Yuda Pratama menjelaskan lomba itu diikuti 15 ribu anak. Penghargaannya "
     "diberikan kepada penyelenggara, yaitu Kapolres dan panitia.", ("Yuda Pratama", "AKBP", "Kapolres")),
    ("academic titles run into the name without full stops", "Polsek Ngadirojo meraih piagam dari Bupati Wonogiri. "
     "Piagam diterima oleh Kapolsek Ngadirojo AKP Slamet Riyadi SH MH.", ("Slamet Riyadi", "AKP", "Kapolsek")),
    ("a name cut short by its titles, written in full later", "Polres Wonogiri meraih penghargaan dari Kapolda Jateng. "
     "Penghargaan itu diterima langsung oleh Kapolres Wonogiri, AKBP Dimas SIK MSi, di Semarang. Kapolres Wonogiri "
     "AKBP Dimas Prakoso mengatakan penghargaan itu milik anggota.", ("Dimas Prakoso", "AKBP", "Kapolres")),
    ("'oleh' after a deed done to others names who did it", "Dua puluh anggota Satsamapta dihukum lari keliling "
     "lapangan oleh Kapolres Klaten, AKBP Budi Santoso. Polsek Wedi menerima piagam atas kinerja terbaik.",
     (None, None, None)),
    ("a chief who speaks to an outlet on a day written out", "Kementerian PANRB menganugerahkan predikat pelayanan "
     "prima kepada Polres Padang Pariaman. Kapolres Padang Pariaman AKBP Rudi Hartono kepada wartawan, Selasa 7 Mei "
     "2024, mengatakan penilaian dilakukan Ombudsman.", (None, None, None)),
    ("'Polisi' after the rank and an honorific", "Polres Sikka meraih penghargaan dari Bupati Sikka. Penghargaan "
     "diterima oleh Kombes Polisi Hj Wulan Sari.", ("Wulan Sari", "Kombes Pol", None)),
    ("a lone letter run into bare titles is read with them", "Polda Bali meraih anugerah dari Komisi Informasi. "
     "Anugerah itu diterima langsung Kabid Humas Polda Bali, Kombes Pol Budi Hartono S SIK MSi.",
     ("Budi Hartono", "Kombes Pol", "Kabid Humas")),
    ("a lone letter before one bare title", "Polres Gianyar menerima piagam dari Bupati Gianyar. Piagam diterima oleh "
     "AKBP Made Surya W MM, Kamis (3/4).", ("Made Surya", "AKBP", None)),
    ("a lone letter set off from the titles by a comma stays the name's", "Polres Tabanan menerima piagam dari Bupati "
     "Tabanan. Piagam diterima oleh AKBP Gede Arta P, SH, Senin (7/4).", ("Gede Arta P", "AKBP", None)),
    ("the Kapolri by his rank without 'Pol'", "Kapolri Jenderal Budi Gunawan dianugerahi gelar adat dari Lembaga Adat "
     "Melayu Riau.", ("Budi Gunawan", "Jenderal Pol", "Kapolri")),
    ("the same, receiving from a ministry", "Kapolri Jenderal Ahmad Dofiri menerima penghargaan dari Menteri Sosial "
     "atas bantuan bencana.", ("Ahmad Dofiri", "Jenderal Pol", "Kapolri")),
    ("a stand-in for a group whose members are listed after 'mulai dari'", "Satreskrim Polres Kudus diganjar piagam "
     "oleh Kapolda Jateng. Kasat Reskrim Polres Kudus AKP Dwi Prasetyo mengaku bangga. Dwi mewakili 18 anggota tim, "
     "mulai dari Kanit Pidum Ipda Agus Salim dan Kanit Resmob Ipda Rudi Hartono, menerima piagam itu di Semarang.",
     ("Dwi Prasetyo", "AKP", "Kasat Reskrim")),
    ("members a stand-in took it for, listed after 'termasuk', did not take it", "Satlantas Polres Blitar meraih "
     "piagam dari Bupati Blitar. Piagam diterima Kasat Lantas AKP Hendra Wijaya yang mewakili seluruh personel, "
     "termasuk Kanit Turjawali Ipda Yoga Saputra, dalam upacara di pendapa.", ("Hendra Wijaya", "AKP", "Kasat Lantas")),
]  # fmt: skip


def test_a_post_set_before_the_name_in_another_unit_is_not_the_awards():
    from pipelines.award_officer import officer_of
    from pipelines.units import find_unit_mentions

    (recipient,) = find_unit_mentions("Satlantas Polres Badung")
    text = "Piagam juga diberikan kepada anggota Polsek Kuta, Bripka Dedi Lado, atas pertolongannya."
    assert officer_of(text, [recipient]) == (None, None, None)
    assert officer_of(text, find_unit_mentions("Polsek Kuta"))[0] == "Dedi Lado"


def test_of_officers_said_alike_to_accept_the_one_the_awards_own_clause_names():
    from pipelines.award_officer import officer_of
    from pipelines.units import find_unit_mentions

    (recipient,) = find_unit_mentions("Polda Bengkulu")
    text = (
        "Secara simbolis, Bintang Bhayangkara disematkan kepada Kabag Ops Polda Bengkulu AKBP Rudi Hartono. Satya "
        "Lencana Pengabdian 16 tahun diwakili Kaur Keu Polda Bengkulu AKP Made Wirya, dan Satya Lencana Pengabdian "
        "8 tahun diterima Kaur Mintu Polda Bengkulu Ipda Sri Lestari."
    )
    assert officer_of(text, [recipient], "Satya Lencana Pengabdian 16 tahun")[0] == "Made Wirya"
    assert officer_of(text, [recipient], "Satya Lencana Pengabdian 8 tahun")[0] == "Sri Lestari"
    assert officer_of(text, [recipient])[0] == "Rudi Hartono"


def test_who_took_the_award_for_a_chief_said_to_receive_it():
    from pipelines.award_stand_ins import stood_in_for

    chief = ("Budi Santoso", "Jenderal Pol", "Kapolri")
    after = (
        "Kapolri Jenderal Pol Budi Santoso menerima penghargaan dari sebuah stasiun televisi. Penghargaan ini diterima "
        "oleh Kadiv Humas Polri Irjen Pol. Andi Wijaya, mewakili Kapolri."
    )
    assert stood_in_for(after, chief) == ("Andi Wijaya", "Irjen Pol", "Kadiv Humas")
    handed_to_him = (
        "IAWP menyerahkan penghargaan kepada Kapolri Jenderal Pol. Budi Santoso atas komitmennya. Penghargaan "
        "diterima oleh Kadiv Hubinter Irjen Pol. Andi Wijaya yang mewakili Kapolri."
    )
    assert stood_in_for(handed_to_him, chief) is None
    before = (
        "Kapolda Jambi Irjen Pol Rudi Hartono menerima penghargaan pin emas. Hadir mewakili Kapolda, Wakapolda Jambi "
        "Brigjen Pol Dr. Made Wirya menerima langsung penghargaan tersebut."
    )
    assert stood_in_for(before, ("Rudi Hartono", "Irjen Pol", "Kapolda")) == ("Made Wirya", "Brigjen Pol", "Wakapolda")


def test_one_a_post_alone_stood_in_for_did_not_take_it_himself():
    from pipelines.award_officer import officer_of
    from pipelines.units import find_unit_mentions

    (recipient,) = find_unit_mentions("Polda Nusa Tenggara Timur")
    text = "Piagam juga diberikan kepada Kapolda NTT, Irjen Pol Johni Asadoma sebagai penggagas, yang diwakili Kapolres Alor."
    assert officer_of(text, [recipient]) == (None, None, None)


@pytest.mark.parametrize("construction, text, officer", OFFICERS, ids=[row[0] for row in OFFICERS])
def test_receiving_officer(construction, text, officer):
    (award,) = extract_awards(None, text)
    assert (award["officer"], award["rank"], award["position"]) == officer


def test_sections_of_one_unit_sharing_an_award_have_their_chief():
    from pipelines.award_model import Award, Story
    from pipelines.structure import _officer
    from pipelines.units import find_unit_mentions

    own = "Rekor MURI itu ditujukan kepada Satreskrim dan Satresnarkoba Polres Kerinci."
    story = Story(None, [own, "Piagam diserahkan kepada Kapolres Kerinci AKBP Budi Santoso beserta jajaran."], None)
    award = Award(recipients=["Satreskrim Polres Kerinci", "Satresnarkoba Polres Kerinci"], evidence=[own])
    mentions = [m for m in find_unit_mentions(own) if m.name in award.recipients]
    assert _officer(award, story, own, mentions, single=False)[0] == "Budi Santoso"


EVENT_DATES = [
    ("a date in the award's sentence", "Polres Kebumen menerima predikat WBK di Jakarta, Selasa (10/12/2024).",
     None, "2024-12-10"),
    ("a date of the event, written apart", "Polres Kebumen menerima piagam dari Bupati. Acara berlangsung di "
     "pendopo, Senin (5/8/2024).", None, "2024-08-05"),
    ("a quote at the handing-over", 'Polsek Kutoarjo meraih penghargaan Kapolres. "Terus tingkatkan," ujar Kapolres '
     "saat menyerahkan penghargaan, Kamis (3/10/2024).", None, "2024-10-03"),
    ("day and month take the story's year", "Polres Kebumen meraih Kompolnas Award 2024. Penghargaan itu diserahkan "
     "pada Rabu (17/7) di Jakarta.", None, "2024-07-17"),
    ("a weekday with its time of day", "Polda Sumut meraih Kompolnas Awards 2024. Penghargaan diserahkan pada Rabu "
     "malam (17/7/2024) di Jakarta.", None, "2024-07-17"),
    ("a span of days is no one day", "Kapolri menyerahkan penghargaan kepada Bidhumas Polda Banten dalam Rakernis yang "
     "berlangsung 28 sampai 30 Agustus 2019, Kamis (29/08/19).", None, "2019-08-29"),
    ("a span whose first day has its month is no one day", "Polres Pidie memperoleh penghargaan dari Polda Aceh atas "
     "penanganan curanmor. Data itu dihimpun untuk periode 3 Februari sampai 10 Maret 2025.", None, None),
    ("the same with 'hingga' and the span's days written in full", "Polres Bireuen meraih piagam dari Kapolda Aceh. "
     "Penilaian berlangsung 1 Juli hingga 31 Agustus 2024, lalu piagam diserahkan di Mapolda, Senin (9/9/2024).",
     None, "2024-09-09"),
    ("the day a span began is no one day", "Polres Maros meraih rekor MURI atas penyematan pin keselamatan. "
     "Penghargaan itu diberikan dalam operasi yang berjalan sejak 3 Mei 2024.", None, None),
    ("a decree's date is no ceremony's", "Polres Kebumen menerima penghargaan berdasarkan Keputusan Presiden Nomor "
     "6/TK/2012 tertanggal 8 Februari 2012. Penghargaan diserahkan pada Senin (2/7/2012).", None, "2012-07-02"),
    ("the occasion in a sentence that names no unit", "Polri meraih penghargaan tertinggi Anugerah Keterbukaan "
     "Informasi. Penghargaan itu diterima pada acara di Hotel Bidakara, Jakarta, Senin (15/12/2025).", None,
     "2025-12-15"),
    ("two dates about awards: none is sure", "Polres Kebumen meraih penghargaan dari Bupati Kebumen. Syukuran atas "
     "penghargaan itu pada acara Senin (5/8/2024). Hasil penilaian penghargaan diumumkan Selasa (6/8/2024).", None,
     None),
    ("a comma between the weekday and its date", "Polres Sikka menerima penghargaan dari Kanwil DJPb pada Jumat, "
     "(20/12/2024).", None, "2024-12-20"),
    ("a decree numbered after a colon", "Kenaikan pangkat Kapolsek Maro AKP Dedi Rahman didasarkan pada Keputusan "
     "Kapolri Nomor: KEP/12/I/2021 tanggal 12 Januari 2021. Polsek Maro meraih penghargaan itu.", None, None),
    ("the contest held before the handover dates no handover", "Satlantas Polres Siak meraih juara I lomba kampung "
     "tertib lalu lintas. Lomba itu sebelumnya digelar Korlantas pada 10 Agustus 2024, dan Satlantas Polres Siak "
     "keluar sebagai juara pertama. Piagam diserahkan di Jakarta pada 3 Oktober 2024.", None, "2024-10-03"),
    ("a weekday and a written date without its year", "Polres Kampar menerima piagam dari Bupati Kampar pada Kamis, "
     "24 Oktober, di pendopo.", "2024-10-30T10:00:00+07:00", "2024-10-24"),
    ("a weekday said as last, with its date", "Polsek Bangkinang meraih penghargaan dari Kapolres. Penghargaan "
     "diserahkan Rabu lalu (23/10) di Mapolres.", "2024-10-30T10:00:00+07:00", "2024-10-23"),
    ("a like occasion told for comparison dates nothing", "Polres Kampar meraih penghargaan dari Kapolda Riau. Hal "
     "serupa disampaikan Kapolda saat memberikan penghargaan kepada Polres Siak pada Senin 7 Oktober lalu.",
     "2024-10-30T10:00:00+07:00", None),
    ("a day and month in brackets after a place, without a weekday", "Usai apel di lapangan Mapolres (9/3), "
     "Kapolres Kudus memberikan penghargaan kepada Polsek Jati.", "2024-03-11T10:00:00+07:00", "2024-03-09"),
    ("a share in brackets is no date", "Polres Kudus meraih penghargaan dari Bupati dengan nilai tiga perempat "
     "(3/4).", "2024-03-11T10:00:00+07:00", None),
    ("a weekday with a numeric date, no brackets", "Polres Blora menerima piagam dari Bupati pada Selasa, 5/3/2024.",
     "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a weekday with a hyphenated date", "Polres Blora menerima piagam dari Bupati pada Selasa (5-3-2024).",
     "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a numeric date after pada", "Polres Blora menerima piagam dari Bupati pada 05/03/2024 di pendopo.",
     "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a day and month after pada take the story's year", "Polres Blora menerima piagam dari Bupati. Piagam itu "
     "diserahkan di pendopo pada 5 Maret.", "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a day and month after the publication day date nothing", "Polres Blora menerima piagam dari Bupati. Piagam "
     "itu diserahkan di pendopo pada 5 April.", "2024-03-20T10:00:00+07:00", None),
    ("a span of weekdays is no one day", "Polres Blora menerima piagam dalam rapat kerja, Senin-Rabu (11-13/3/2024).",
     "2024-03-20T10:00:00+07:00", None),
    ("a spokesman's statement day is no ceremony's", "Satlantas Polres Blora meraih juara 1 lomba tertib lalu "
     "lintas, kata Kasi Humas Polres Blora, Kamis (7/3/2024).", "2024-03-07T10:00:00+07:00", None),
    ("a spokesman dated before his verb", "Polres Blora meraih penghargaan dari Bupati. Kasi Humas Polres Blora di "
     "Blora, Kamis (7/3/2024), menjelaskan penghargaan itu untuk pelayanan publik.", "2024-03-07T10:00:00+07:00", None),
    ("a giver quoted at the venue dates it", 'Polres Blora meraih rekor MURI. "Kami mencatat dua rekor," ujar '
     "manajer MURI di Mapolres Blora, Kamis (7/3/2024).", "2024-03-08T10:00:00+07:00", "2024-03-07"),
    ("a quote at the handing-over still dates it", 'Polres Blora meraih rekor MURI. "Selamat," ujar manajer MURI '
     "saat menyerahkan piagam di Mapolres Blora, Kamis (7/3/2024).", "2024-03-08T10:00:00+07:00", "2024-03-07"),
    ("a day and month late in the year before a January story", "Polres Blora menerima piagam dari Bupati, Kamis "
     "(28/12).", "2024-01-03T10:00:00+07:00", "2023-12-28"),
    ("the lead's one day dates the event it reports", "KPU menganugerahkan penghargaan kepada Polda Jambi atas "
     'pengamanan pemilu. "Polisi selalu sigap," kata Ketua KPU Jambi di Mapolda Jambi, Rabu (7/8/2019).', None,
     "2019-08-07"),
    ("a statement to reporters in the lead dates nothing", "Rektor Universitas Jambi memberi selamat kepada Polda "
     'Jambi atas penghargaan Kompolnas Awards 2024. "Selamat," kata Rektor kepada wartawan di Jambi, Kamis (18/7).',
     "2024-07-19T10:00:00+07:00", None),
    ("early in a year, last year's number, the weekday tells", "Polres Kerinci menerima piagam kepatuhan dari "
     "Ombudsman di Jambi, Selasa (31/1/2022).", None, "2023-01-31"),
    ("a weekday that fits the year written keeps it", "Polres Kerinci menerima piagam kepatuhan dari Ombudsman di "
     "Jambi, Senin (31/1/2022).", None, "2022-01-31"),
    ("a date in words keeps its year whatever the weekday", "Polres Kerinci menerima piagam kepatuhan dari "
     "Ombudsman di Jambi, Selasa, 31 Januari 2022.", None, "2022-01-31"),
    ("awards still to come date no award of this story", "Bawaslu menganugerahkan penghargaan kepada Polda Jambi atas "
     "pengamanan pemilu. Instansi lain akan diberi penghargaan pada 5 Maret 2024.", None, None),
    ("a giver's speech at the ceremony dates it, its year written", "Komnas Perlindungan Anak memberikan penghargaan "
     "kepada Polres Blitar atas pengungkapan kasus kekerasan terhadap anak. Penghargaan diterima Kapolres Blitar AKBP "
     "Adhitya Panji di Aula Polres Blitar. Ketua Komnas PA mengatakan polisi bergerak cepat menangani laporan warga. "
     '"Kami bangga atas kerja cepat polisi," kata Ketua Komnas PA dalam sambutannya, Kamis (11/3/2021).', None,
     "2021-03-11"),
    ("a speech at the ceremony, its year from the story's day", "Pemkab Klaten memberikan penghargaan kepada Polres "
     "Klaten atas pengamanan arus mudik. Piagam diterima Kapolres Klaten AKBP Eko Prasetyo di Pendopo Klaten. Bupati "
     'menilai arus mudik tahun ini berjalan lancar. "Terima kasih atas kerja keras seluruh personel," ujar Bupati '
     "Klaten dalam sambutannya, Selasa (9/8).", "2022-08-10T10:00:00+07:00", "2022-08-09"),
    ("no story's day and a year looked ahead to: the weekday picks the year before", "Polres Katingan menerima "
     "piagam dari Bupati Katingan, Kamis (22/3). Bupati berharap polisi siap mengamankan Pemilu 2019.", None,
     "2018-03-22"),
    ("the same with the month in words", "Polres Katingan menerima piagam dari Bupati Katingan, Jumat, 13 April. "
     "Bupati berharap polisi siap mengamankan Pemilu 2019.", None, "2018-04-13"),
    ("a spokesman with a long post, quoted from another outlet", 'Polres Sintang meraih penghargaan Kapolri. "Pemberian '
     'penghargaan itu wujud apresiasi," terang Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Hadi '
     "Santoso dikutip dari sebuah media, Jumat (5/5/2017). Pemberian penghargaan itu digelar pada tanggal 2 Mei lalu.",
     None, "2017-05-02"),
    ("a spokesman's statement day after his post and place", "Polda Bali meraih penghargaan dari IAWP. Kabid Humas "
     "Polda Bali Kombes Pol. Budi Santoso dalam keterangannya di Denpasar, Minggu (17/9), mengatakan penghargaan "
     "diserahkan di Selandia Baru.", "2023-09-18T10:00:00+07:00", None),
    ("a dateline's day is the day of filing", "Bandung 3 Juli 2025 — Polda Jabar memberikan penghargaan kepada Polres "
     "Garut atas dedikasi anggotanya.", "2025-07-03T10:00:00+07:00", None),
    ("a dateline with a weekday and its date", "GARUT, Selasa (4/2) – Polres Garut menerima piagam dari Bupati Garut "
     "atas pelayanan publik.", None, None),
    ("the day a decree was fixed is no ceremony's", "Polres Garut menerima piagam dari Bupati Garut berdasarkan Surat "
     "Keputusan Nomor 12/HK/2025 yang ditetapkan di Garut pada 9 Januari 2025.", None, None),
    ("an anniversary and its count give the year of a day written without one", "Sebanyak 40 personel Polres "
     "Pasuruan menerima penghargaan saat upacara HUT ke-77 Polwan di lapangan Mapolres, Senin (1/9).", None,
     "2025-09-01"),
    ("an anniversary in another sentence dates no day", "Polres Pasuruan menerima piagam MURI, Rabu (3/9). Acara itu "
     "memperingati HUT ke-77 Polwan.", None, None),
    ("a chief thankful for the award's receipt on a day written out", "Polda Jambi menerima Tanda Kehormatan "
     "Nugraha Sakanti dari Presiden RI. Penilaian meliputi kinerja seluruh satuan kerja. Kapolda juga menyampaikan rasa syukur atas diterimanya tanda kehormatan itu "
     "pada 2 Juli 2024.", "2024-07-10T10:00:00+07:00", "2024-07-02"),
    ("the giver, named, speaks at his own ceremony", 'Bupati Klaten Sri Mulyani memberikan penghargaan kepada Polres '
     'Klaten atas penanganan banjir. "Terima kasih atas kerja kerasnya," ujar Sri secara daring pada Kamis (9/3/2023).',
     None, "2023-03-09"),
    ("the giver speaks, a pronoun standing for him", "Kapolda Riau Irjen Pol Andi Wijaya memberikan penghargaan kepada "
     'Polsek Tampan. Ia menyebut polsek itu sigap. "Kami bangga," katanya, Senin (6/3) malam.',
     "2023-03-08T10:00:00+07:00", "2023-03-06"),
    ("the giver named as the agent of the handover, a pronoun standing for him", "Polda Riau meraih juara 1 "
     "Polda terbaik pelaksana program Presisi. Penilaian dilakukan sepanjang tahun. Penghargaan itu diserahkan "
     'Wakapolri Komjen Budi Santoso pada penutupan apel di Bogor. "Penghargaan ini bentuk apresiasi," ujarnya, Rabu '
     "(26/11/2025).", None, "2025-11-26"),
    ("a handover word inside the recipient chief's quote", "Polres Musi Rawas menerima piagam penghargaan dari "
     "Ombudsman RI. Piagam itu diterima Kapolres di Palembang. Penilaian meliputi standar pelayanan. "
     '"Kami bangga dan bertekad memberikan pelayanan terbaik bagi warga," ujarnya, Kamis, 25 Januari 2024.',
     None, None),
    ("the giver named after 'dari' by those who received, then quoted", "Tiga anggota Polsek Tampan mendapat piagam "
     "dari Kapolres Pekanbaru AKBP Rudi Hartono atas penangkapan jambret. \"Ini ungkapan terima kasih kami,\" kata "
     "Kapolres Pekanbaru AKBP Rudi Hartono, Kamis (9/3/2023).", None, "2023-03-09"),
    ("the giver after 'dari', named again when quoted", "Personel Polsek Dumai Barat menerima penghargaan dari "
     "Kapolres Dumai atas dedikasi mereka. \"Pertahankan kinerja ini,\" ujar Kapolres, Selasa (14/3/2023).", None,
     "2023-03-14"),
    ("the giver after 'dari', a pronoun that may stand for those who received", "Polsek Dumai Barat menerima "
     "penghargaan dari Kapolres Dumai. Penilaian meliputi kecepatan layanan. Kapolsek hadir bersama stafnya. "
     "\"Kami bangga,\" ujarnya, Selasa (14/3/2023).", None, None),
    ("the giver speaks at another occasion", "Kapolda Riau Irjen Pol Andi Wijaya memberikan penghargaan kepada Polsek "
     'Tampan. Polsek itu menangkap pengedar sabu. "Barang bukti kami musnahkan," kata Kapolda saat pemusnahan '
     "narkoba di Mapolda, Senin (6/3).",
     "2023-03-08T10:00:00+07:00", None),
    ("a statement to an outlet, the day written out", "Polres Pesisir Selatan meraih predikat pelayanan prima dari "
     "KemenPAN-RB. Kapolres AKBP Dedi Lubis kepada KOMPAS, Senin 6 Mei 2024, mengatakan penilaian dilakukan di "
     "lapangan.", None, None),
    ("a chief met by reporters, the day written out", "Polres Bogor meraih predikat WBK tahun 2023 dari "
     'KemenPAN-RB. "Kami bersyukur," kata Kapolres Bogor saat ditemui di Mapolres, Selasa, 9 Januari 2024.',
     "2024-01-09T10:00:00+07:00", None),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, published, day", EVENT_DATES, ids=[row[0] for row in EVENT_DATES])
def test_event_dates(construction, text, published, day):
    (award,) = extract_awards(None, text, published)
    assert award["event_date"] == day


# -- awards of short passages ------------------------------------------------------------------------

AWARDS = [
    ("places won by teams named after sub-units", "Kapolres Sragen menyerahkan trofi turnamen voli Kapolres Cup. "
     "Juara II diraih tim Satuan Lalu Lintas, dan juara III regu Satreskrim Polres Sragen.",
     [["Satlantas Polres Sragen"], ["Satreskrim Polres Sragen"]]),
    ("places won by football clubs of units, written PS.", "Kapolda Jambi menyerahkan trofi turnamen sepak bola "
     "Piala Kapolda. Juara I diraih PS. Ditsamapta Polda Jambi, dan juara II PS. Polres Tebo.",
     [["Ditsamapta Polda Jambi"], ["Polres Tebo"]]),
    ("a place won by a team of no unit goes to nobody, not the unit named before", "Kapolda Bengkulu menyerahkan "
     "piala turnamen bola voli: juara 1 diraih Polres Kaur, juara 2 diraih tim Bhayangkari Selection, dan juara 3 "
     "Polres Seluma.", [["Polres Kaur"], ["Polres Seluma"]]),
    ("places won by contingents of resorts", "Polda Riau menyerahkan piala kejuaraan menembak Piala Kapolda: juara 1 "
     "diraih kontingen Polres Kampar, juara 2 kontingen Polres Siak.", [["Polres Kampar"], ["Polres Siak"]]),
    ("placings in one sentence",
     "Polda Jateng menyerahkan penghargaan lomba kampung tangguh: juara 1 diraih Polres Kendal, juara 2 Polres Demak, "
     "dan juara 3 Polres Grobogan.",
     [["Polres Kendal"], ["Polres Demak"], ["Polres Grobogan"]]),
    ("placings, the last as urutan", "Kapolri memberikan penghargaan Polda Terbaik: Polda Jawa Timur juara 1, Polda "
     "Jawa Tengah juara 2, sedangkan Polda Jambi menempati urutan ketiga.",
     [["Polda Jawa Timur"], ["Polda Jawa Tengah"], ["Polda Jambi"]]),
    ("recipients named in the next sentence",
     "Kapolresta Sleman memberikan penghargaan kepada tiga kapolsek. Para penerima adalah Kapolsek Depok Barat, "
     "Mlati dan Kapolsek Gamping.",
     [["Polsek Depok Barat", "Polsek Mlati", "Polsek Gamping"]]),
    ("the same award to more units",
     "Polres Bantul menerima penghargaan Pelayanan Prima dari KemenPAN-RB. Penghargaan yang sama juga diberikan "
     "kepada Polres Kulon Progo dan Polres Gunungkidul.",
     [["Polres Bantul", "Polres Kulon Progo", "Polres Gunungkidul"]]),
    ("an officer accepts for the unit",
     "Polres Klaten meraih penghargaan dari Kementerian PPPA. Penghargaan diterima Kasat Reskrim Polres Klaten AKP Budi.",
     [["Polres Klaten"]]),
    ("a headquarters where the award is handed over is no recipient",
     "Polres Blora meraih penghargaan dari Kapolda Jateng yang diserahkan di halaman Mapolda Jateng.",
     [["Polres Blora"]]),
    ("a Polres headquarters as the venue is no recipient",
     "Bupati Rembang memberikan penghargaan kepada Polsek Lasem di Mapolres Rembang.", [["Polsek Lasem"]]),
    ("background award is no recipient",
     "Polres Boyolali meraih predikat WBK. Sebelumnya Polres Sragen juga pernah meraih predikat WBK.",
     [["Polres Boyolali"]]),
    ("an earlier award in a sentence of its own is no award",
     "Polres Bantul menerima penghargaan dari Kapolda DIY. Sebelumnya, Polres Bantul juga pernah meraih penghargaan "
     "dari Bupati Bantul.", [["Polres Bantul"]]),
    ("recipients after Ketiganya adalah",
     "Tiga polres di jajaran Polda Kalbar meraih predikat WBK. Ketiganya adalah Polres Sanggau, Polres Ketapang dan "
     "Polres Sintang.", [["Polres Sanggau", "Polres Ketapang", "Polres Sintang"]]),
    ("praise for units unnamed adds no award",
     "Polres Pekalongan meraih predikat kepatuhan dari Ombudsman RI. Kapolda Jateng mengapresiasi seluruh polres yang "
     "meraih zona hijau.", [["Polres Pekalongan"]]),
    ("the giver's unit after dari is no recipient",
     "Polres Kediri meraih dua penghargaan: juara 2 ungkap kasus narkoba, serta juara 3 ungkap okerbaya. Kedua "
     "penghargaan dari Direktur Reserse Narkoba Polda Jatim itu diterima langsung oleh Kasat Resnarkoba Polres Kediri.",
     [["Polres Kediri"], ["Polres Kediri"]]),
    ("those who accompany are no recipients",
     "Polda Bali meraih penghargaan dari Komisi Informasi. Penghargaan diterima Wakapolda Bali Brigjen Pol. Anom, "
     "didampingi Kabid Humas Polda Bali dan jajaran Satbrimob Polda Bali.", [["Polda Bali"]]),
    ("the venue is no recipient",
     "Polda Bali menerima penghargaan dari Kapolri di Gedung Rupatama Mabes Polri.",
     [["Polda Bali"]]),
    ("a sub-unit and its parent: the sub-unit receives",
     "Satlantas Polres Kudus meraih rekor MURI. Kapolres Kudus mengapresiasi jajarannya.",
     [["Satlantas Polres Kudus"]]),
    ("the organiser of the awards is no recipient",
     "Satlantas Polres Kendal meraih IRSMS Award 2023 yang diselenggarakan Korlantas Polri.",
     [["Satlantas Polres Kendal"]]),
    ("dari says where an officer serves",
     "Bripka Joko dari Polsek Ngemplak menerima penghargaan dari Kapolda DIY.", [["Polsek Ngemplak"]]),
    ("two statements joined by sedangkan are two awards",
     "Polres Boyolali meraih penghargaan sebagai Polres terbaik, sedangkan Polres Klaten meraih penghargaan inovasi "
     "pelayanan publik.", [["Polres Boyolali"], ["Polres Klaten"]]),
    ("the head of a sub-unit accepts for the Polda",
     "Polda Riau meraih predikat badan publik informatif dari Komisi Informasi. Penghargaan diserahkan kepada Kabid "
     "Humas Polda Riau Kombes Pol Anom.", [["Polda Riau"]]),
    ("recipients listed after di antaranya",
     "Kapolda Jatim memberikan penghargaan kepada 15 personel berprestasi. Di antaranya Kasat Reskrim Polres Gresik "
     "AKP Aldy dan Kanit Reskrim Polsek Kenjeran Iptu Budi.", [["Satreskrim Polres Gresik", "Polsek Kenjeran"]]),
    ("a chief honours his own people: his unit receives",
     "Kapolda Bali menyematkan Satyalancana Pengabdian kepada 512 personel dalam upacara di Mapolda.",
     [["Polda Bali"]]),
    ("personnel of a Polda receive for it",
     "Sebanyak 31 personel jajaran Kepolisian Daerah Sumatera Utara memperoleh penghargaan dari Presiden RI.",
     [["Polda Sumatera Utara"]]),
    ("a list of units after the award is one award",
     "Tiga polres meraih predikat WBK, yakni Lebak, Pandeglang, dan Serang.",
     [["Polres Lebak", "Polres Pandeglang", "Polres Serang"]]),
    ("the Polda that frames its units is no recipient",
     "Lima polres jajaran Polda DIY menerima predikat WBK, yaitu Polres Bantul dan Polres Sleman.",
     [["Polres Bantul", "Polresta Sleman"]]),
    ("the Kapolri honoured is Mabes Polri", "Kapolri Jenderal Listyo Sigit Prabowo menerima penghargaan dari Menteri "
     "Keuangan.", [["Mabes Polri"]]),
    ("the Wakapolri accepting for the Kapolri is Mabes Polri", "Wakapolri Komjen Dedi Prasetyo menerima penghargaan "
     "mewakili Kapolri.", [["Mabes Polri"]]),
    ("Korps Bhayangkara is Polri", "Korps Bhayangkara kembali meraih penghargaan dari Kementerian Keuangan.",
     [["Mabes Polri"]]),
    ("Polri as an institution is Mabes Polri",
     "Polri meraih penghargaan badan publik informatif dari Komisi Informasi Pusat.", [["Mabes Polri"]]),
    ("a Kapolda who receives: his Polda receives",
     "Kapolda NTB Irjen Pol. Djoko Poerwanto menerima penghargaan dari Kementerian PPPA di Semarang.",
     [["Polda Nusa Tenggara Barat"]]),
    ("a Kapolda named after adalah receives for his Polda",
     "KPK memberikan penghargaan penanganan korupsi. Kepolisian daerah yang meraih penghargaan serupa adalah Kapolda "
     "Maluku Utara.", [["Polda Maluku Utara"]]),
    ("a post an officer held before is no recipient",
     "Dua personel Polda NTB memperoleh piagam penghargaan dari PPWI. Keduanya adalah IPDA Eko, yang sebelumnya "
     "menjabat Kanit Pidum Satreskrim Polres Sumbawa Barat, serta IPDA Kamaruddin dari Direktorat Intelkam Polda NTB.",
     [["Polda Nusa Tenggara Barat"], ["Ditintelkam Polda Nusa Tenggara Barat"]]),
    ("a Kapolda who hands over is no recipient",
     "Kapolda NTB Irjen Pol. Djoko menyerahkan penghargaan yang diterima Polres Lombok Tengah.",
     [["Polres Lombok Tengah"]]),
    ("an award named after a Mabes body: the body gives",
     "Bidhumas Polda Maluku Utara diganjar penghargaan Divisi Humas Polri sebagai pengelola media terbaik.",
     [["Bidhumas Polda Maluku Utara"]]),
    ("an earlier award before kini is background",
     "Setelah sebelumnya Ditreskrimsus Polda Maluku Utara memperoleh penghargaan dari KPK, kini Bidhumas Polda "
     "Maluku Utara diganjar penghargaan dari Kapolri.", [["Bidhumas Polda Maluku Utara"]]),
    ("recipients after Kelima ... itu adalah, as chiefs in brackets",
     "Lima Kapolres memperoleh penghargaan dari Kapolri. Kelima Kapolres terbaik itu adalah Kombes M Iqbal "
     "(Kapolrestabes Surabaya), AKBP Jukiman (Kapolres Kapuas) dan AKBP Boro (Kapolres Gresik).",
     [["Polrestabes Surabaya"], ["Polres Kapuas"], ["Polres Gresik"]]),
    ("units of different Polda all receive",
     "Kompolnas menetapkan Polda Riau, Polresta Malang Kota dan Polsek Kuta sebagai penerima Kompolnas Awards 2024.",
     [["Polda Riau", "Polresta Malang Kota", "Polsek Kuta"]]),
    ("the officer standing in for the Kapolri adds no unit",
     "Polri meraih penghargaan dari Komisi Informasi. Penghargaan itu diterima untuk Kapolri, yang diwakili Kepala "
     "Divisi Humas Polri Irjen Pol. Budi.",
     [["Mabes Polri"]]),
    ("Polri written in full with its abbreviation in brackets",
     "Kepolisian Negara Republik Indonesia (Polri) dianugerahi predikat badan publik informatif.", [["Mabes Polri"]]),
    ("a ceremony on a day gone by is another award",
     "Kapolri memberikan penghargaan kepada Polres Gresik. Hal serupa dilakukan Kapolri saat memberikan penghargaan "
     "kepada anggota Polda Bali pada 3 Maret lalu.", [["Polres Gresik"]]),
    ("placings won through the Polda's units",
     "Polda Bengkulu meraih peringkat 1 melalui satker Yanma Polda Bengkulu dan peringkat 2 melalui Polres Kaur.",
     [["Yanma Polda Bengkulu"], ["Polres Kaur"]]),
    ("a story opening on a sub-unit achieving, then crediting its parent",
     "BLITAR – Satlantas Polres Blitar meraih prestasi dalam lomba tertib lalu lintas. Polres Blitar memborong dua "
     "penghargaan dari Polda Jatim.", [["Satlantas Polres Blitar"]]),
    ("police officers from a Polres honoured by the Kapolda",
     "Tiga polisi dari Polres Wonogiri, Aiptu Budi, Bripka Andi dan Briptu Eko, diganjar penghargaan oleh Kapolda "
     "Jateng.", [["Polres Wonogiri"]]),
    ("the honoured named by where they serve, after mereka berasal dari",
     "Kapolda Riau memberikan penghargaan kepada sejumlah personel. Mereka berasal dari Ditreskrimum, "
     "Ditresnarkoba dan Polresta Pekanbaru.",
     [["Ditreskrimum Polda Riau", "Ditresnarkoba Polda Riau", "Polresta Pekanbaru"]]),
    ("recipients after Satker tersebut adalah",
     "Sejumlah satker di lingkungan Polda Bali meraih predikat WBK. Satker tersebut adalah Polres Gianyar dan "
     "Ditlantas Polda Bali.", [["Polres Gianyar", "Ditlantas Polda Bali"]]),
    ("chiefs listed as recipients each in his own right",
     "Rekor MURI diserahkan di alun-alun. Dua perwira yang menerima rekor itu adalah Kapolres Blora AKBP Budi dan "
     "Kasat Lantas Polres Blora AKP Andi.", [["Polres Blora"], ["Satlantas Polres Blora"]]),
    ("organisers named by their posts after yaitu",
     "Polres Batang memecahkan rekor MURI. Piagamnya diberikan kepada panitia, yaitu Kapolres dan Kasat Lantas "
     "Polres Batang.", [["Polres Batang", "Satlantas Polres Batang"]]),
    ("an award addressed to sub-units sharing a parent",
     "MURI menyebut rekor itu ditujukan kepada Satreskrim dan Satlantas Polres Bogor.",
     [["Satreskrim Polres Bogor", "Satlantas Polres Bogor"]]),
    ("places after the one named, by disusul and diikuti",
     "Bawaslu memberikan penghargaan pengawasan pemilu. Peringkat kedua ditempati Polres Klaten dengan nilai 90, "
     "disusul Polres Boyolali dengan nilai 88 dan Polres Sragen.",
     [["Polres Klaten"], ["Polres Boyolali"], ["Polres Sragen"]]),
    ("the top position, then those that follow", "Polres Bantul berada di posisi teratas penilaian Ombudsman, "
     "diikuti oleh Polres Sleman.", [["Polres Bantul"], ["Polresta Sleman"]]),
    ("those who took part are not placed", "Polres Kudus meraih juara 1 lomba tertib lalu lintas yang diikuti "
     "Polres Pati dan Polres Demak.", [["Polres Kudus"]]),
    ("teams of like sub-units, winners named by their resorts",
     "Lomba diikuti Satlantas Polres Pati, Satlantas Polres Kudus dan Satlantas Polres Demak. Juara 1 diraih Polres "
     "Kudus, juara 2 Polres Demak.", [["Satlantas Polres Kudus"], ["Satlantas Polres Demak"]]),
    ("one sub-unit named for one resort placed is no team", "Polres Kudus meraih juara 1 lomba. Kasat Lantas Polres "
     "Kudus hadir.", [["Polres Kudus"]]),
    ("places listed after the count of their type", "Tiga polres meraih predikat WBK dari KemenPAN-RB. Ketiganya "
     "adalah Blora, Rembang dan Grobogan.", [["Polres Blora", "Polres Rembang", "Polres Grobogan"]]),
    ("a count of other things is no type", "Dua unit dan tiga polsek meraih piagam dari Kapolres Pati. Kedua unit itu "
     "adalah Unit Reskrim dan Unit Lantas, sedangkan ketiga polsek adalah Polsek Juwana, Polsek Tayu dan Polsek Wedarijaksa.",
     [["Polsek Juwana", "Polsek Tayu", "Polsek Wedarijaksa"]]),
    ("police from a Polsek, the sentence capitalised", "Polisi dari Polsek Juwana menerima penghargaan dari Bupati.",
     [["Polsek Juwana"]]),
    ("a chief written by his post alone leads the story's Polda",
     "Acara digelar di Mapolres Blora. Kapolda menerima penghargaan MURI, sementara Kapolres Blora AKBP Budi menjadi "
     "pelaksana.", [["Polda Jawa Tengah"]]),
    ("the chiefs of many resorts are no one resort", "Polres Pati meraih penghargaan. Para Kapolres menerima piagam "
     "dari Kapolda.", [["Polresta Pati"]]),
    ("who accepted, counted, then listed with their posts",
     "Kapolda Jawa Tengah memberikan penghargaan kepada anggota Polda Jawa Tengah. Penghargaan diterima tiga anggota, "
     "yakni Bripka Andi, Bhabinkamtibmas Polsek Juwana, dan Aipda Budi, Banit Lantas Polres Blora.",
     [["Polsek Juwana"], ["Satlantas Polres Blora"]]),  # "Lantas Polres Blora": the most specific unit named
    ("units sharing the award of a story, each placed apart",
     "Polres Blora dan Polres Rembang meraih penghargaan dari Kapolda. Dalam lomba itu, Polres Blora meraih juara kedua, "
     "sementara Polres Rembang meraih juara pertama.", [["Polres Blora"], ["Polres Rembang"]]),
    ("units counted in the award sentence, named in a list before",
     "Ombudsman menilai tiga polres di Jawa Tengah. Nilainya: Polres Kendal 98, Polres Demak 95 dan Polres Blora 91. "
     "Piagam kepatuhan tinggi diserahkan kepada tiga Kapolres penerima di Semarang.",
     [["Polres Kendal", "Polres Demak", "Polres Blora"]]),
    ("a spokesman who speaks of the award is no recipient",
     "Kapolda Bali memberikan penghargaan kepada Satreskrim Polresta Denpasar. Kabid Humas Polda Bali, Kombes Pol "
     "Made Sutrisna, menegaskan penghargaan itu adalah apresiasi atas kerja keras mereka.",
     [["Satreskrim Polresta Denpasar"]]),
    ("a speaker quoted after his words is no recipient",
     "Satlantas Polres Badung meraih penghargaan dari Bupati Badung. \"Ini untuk semua,\" ujar Kasi Humas Polresta "
     "Denpasar Iptu Ketut.", [["Satlantas Polres Badung"]]),
    ("chiefs listed after kepada all receive",
     "Penghargaan yang sama juga diberikan kepada Kapolda Jawa Barat, Kapolda Bali, dan Kepala Kejati Bali.",
     [["Polda Jawa Barat", "Polda Bali"]]),
    ("units of cases solved, told beside the award, are no recipients",
     "Tahun ini gemilang: selain pengungkapan 40 kg sabu oleh Polresta Pekanbaru, dan Polres Kampar kembali "
     "mengungkap 10 kg ganja, Ditlantas Polda Riau meraih predikat WBK dari KemenPAN-RB.",
     [["Ditlantas Polda Riau"]]),
    ("a unit the case was solved with is no recipient",
     "Polres Gowa menerima penghargaan dari Kapolda Sulsel atas pengungkapan kasus narkoba bersama Polsek Somba Opu.",
     [["Polres Gowa"]]),
    ("the unit that solved the case, given the award, receives",
     "Kapolres Tabalong memberikan penghargaan atas pengungkapan 3 kg sabu kepada personel Satresnarkoba Polres "
     "Tabalong.", [["Satresnarkoba Polres Tabalong"]]),
    ("units a winner beat are no recipients",
     "Polres Kendal meraih juara 1 lomba kampung tangguh dari Kapolda Jateng, mengungguli Polres Demak dan Polres "
     "Batang.", [["Polres Kendal"]]),
    ("another story's headline set in as an aside",
     "Polres Lebak meraih WBK dari KemenPAN-RB. Baca juga: Polres Serang Raih Penghargaan dari Bupati Serang. "
     "Kapolres Lebak bersyukur.", [["Polres Lebak"]]),
    ("a function of Polri named beside the story's Polres is no section of it",
     "Kapolres Jember AKBP Budi menerima penghargaan dari PWI. Peran Humas Polri dinilai penting.", [["Polres Jember"]]),
    ("a Polda named where the ceremony was held",
     "Polres Bima meraih penghargaan dari Gubernur NTB dalam upacara di Mapolda NTB, Senin (5/2).", [["Polres Bima"]]),
    ("a chief named by his post receives for his Polsek",
     "Kapolsek Ngaglik AKP Budi menerima piagam penghargaan dari Camat Ngaglik.", [["Polsek Ngaglik"]]),
    ("a Polsek written in full", "Kepolisian Sektor Ngemplak meraih penghargaan dari Bupati Sleman.",
     [["Polsek Ngemplak"]]),
    ("a sub-unit with its parent written in full",
     "Satuan Lalu Lintas Kepolisian Resor Bantul meraih penghargaan dari Bupati Bantul.", [["Satlantas Polres Bantul"]]),
    ("a speaker quoted before his post and a Mabes body is no recipient",
     "Polres Kudus menerima penghargaan dari Kapolri. \"Ini teladan,\" terang Kepala Biro Penmas Divisi Humas Polri "
     "Brigjen Pol Andi.", [["Polres Kudus"]]),
    ("a unit the case was solved with, in the passive", "Penghargaan diberikan Kapolda kepada Polres Dumai atas "
     "kasus yang diungkap bersama Polres Bengkalis.", [["Polres Dumai"]]),
    ("people named with their units, then the award to them",
     "Tiga polisi itu antara lain: Bripka Andi, Bhabinkamtibmas Polsek Mlati, Polresta Sleman-DIY; Brigadir Candra, "
     "Bhabinkamtibmas Polres Sanggau-Kalbar; dan Brigadir Budi, Bhabinkamtibmas Polres Buton-Sultra. Penghargaan "
     "diberikan kepada anggota Bhabinkamtibmas itu karena membuka taman baca.",
     [["Polsek Mlati", "Polres Sanggau", "Polres Buton"]]),
    ("a Polda after a count of its resorts frames them",
     "Nilai Polres Kendal 98 dan Polres Demak 95. Ombudsman serahkan piagam kepatuhan kepada 2 Polres Polda Jateng.",
     [["Polres Kendal", "Polres Demak"]]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, recipients", AWARDS, ids=[row[0] for row in AWARDS])
def test_award_recipients(construction, text, recipients):
    assert [a["recipients"] for a in extract_awards(None, text)] == recipients


def test_a_placing_told_of_a_unit_and_of_its_own_sub_unit_is_the_sub_units():
    text = (
        "Subdit Tipikor Ditreskrimsus Polda Jambi meraih peringkat pertama dari KPK. Menurut penilaian KPK, Polda "
        "Jambi menempati peringkat pertama kategori tingkat polda, disusul Polda Riau di peringkat kedua."
    )
    units = {u for a in extract_awards(None, text) for u in a["recipients"]}
    assert units == {"Subdit Tipikor Ditreskrimsus Polda Jambi", "Polda Riau"}


def test_officials_of_a_polda_and_the_award_of_another_level():
    text = (
        "Kapolda Jambi memberikan penghargaan kepada sejumlah pihak. Beberapa pejabat utama Polda Jambi juga menerima "
        "penghargaan, yakni Direktur Reserse Kriminal Umum Kombes Pol Agus Salim atas pengungkapan kasus perampokan. "
        "Untuk tingkat Polres, penghargaan diberikan kepada Kapolres Bungo AKBP Rudi Santoso."
    )
    awards = [(a["recipients"], a["officer"]) for a in extract_awards(None, text)]
    assert awards == [(["Ditreskrimum Polda Jambi"], "Agus Salim"), (["Polres Bungo"], "Rudi Santoso")]


# Officials whose posts are listed after yakni receive in their own right: their sub-units are recipients.
OFFICIALS_LISTED = [
    ("a director's post spelt out, after pejabat ... yakni",
     "Kapolda Bali memberikan penghargaan kepada jajarannya. Sejumlah pejabat Polda Bali ikut menerima penghargaan, "
     "yakni Direktur Reserse Kriminal Umum Kombes Pol Made Sukra atas pengungkapan kasus pencurian.",
     "Ditreskrimum Polda Bali"),
    ("a director's short post, after personel ... antara lain",
     "Polda Bali menerima penghargaan dari Gubernur Bali. Beberapa personel juga menerima penghargaan, antara lain "
     "Dirlantas Polda Bali Kombes Pol Made Sukra.",
     "Ditlantas Polda Bali"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, unit", OFFICIALS_LISTED, ids=[row[0] for row in OFFICIALS_LISTED])
def test_officials_listed_receive_for_their_sub_units(construction, text, unit):
    assert unit in {u for a in extract_awards(None, text) for u in a["recipients"]}


AWARD_LISTS = [
    ("a placing said with what it was won for sits in the story's contest",
     "Pada ajang Jateng Awards 2023, Polres Demak meraih peringkat kedua, sedangkan Polres Kudus menjadi juara "
     "pertama atas pelayanan dan inovasi lalu lintas.",
     ["peringkat kedua Jateng Awards 2023", "juara pertama Jateng Awards 2023 atas pelayanan"]),
    ("one placing won in two fields",
     "Polda DIY menjadi juara umum tingkat polda, sedangkan Polres Bantul juara I pelayanan SIM keliling serta inovasi "
     "layanan daring.",
     ["juara umum tingkat polda", "juara I pelayanan SIM keliling", "juara I inovasi layanan daring"]),
    ("a list with more awards than placings",
     "Satlantas Polres Bantul meraih tiga penghargaan sekaligus dari Polda DIY: juara 1 lomba kampung tertib, juara 2 "
     "pelaporan data kecelakaan, dan penghargaan kategori inovasi terbaik.",
     ["juara 1 lomba kampung tertib", "juara 2 pelaporan data kecelakaan", "penghargaan kategori inovasi terbaik"]),
    ("a list of officers who received is no list of awards",
     "Kapolda Bali memberikan penghargaan kepada sejumlah pihak. Beberapa pejabat Polda Bali turut menerima "
     "penghargaan, yakni Direktur Reserse Narkoba Kombes Pol Made Arta atas pengungkapan jaringan sabu.",
     ["penghargaan Kapolda Bali atas pengungkapan jaringan sabu"]),
    ("what the giving is, after adalah, is no list of awards",
     "Kapolri memberikan penghargaan kepada empat anggota Polres Bone. Pemberian penghargaan bagi anggota berprestasi "
     "adalah bentuk terima kasih pimpinan, karena mereka bekerja melampaui tugas.",
     ["penghargaan Kapolri bagi anggota berprestasi"]),
    ("a list of awards still to come is none of the story's",
     "Polres Bantul meraih predikat WBK dari KemenPAN-RB. Personel yang berjasa akan mendapat penghargaan berupa "
     "insentif, yaitu tambahan tunjangan atau sekolah lanjutan.",
     ["predikat WBK"]),
    ("list after a colon, split at semicolons",
     "Satlantas Polres Bantul meraih tiga penghargaan dari Polda DIY. Ketiga penghargaan itu adalah: juara 1 "
     "pelayanan SIM; juara 2 inovasi digital; dan juara 3 tertib lalu lintas.",
     ["juara 1 pelayanan SIM", "juara 2 inovasi digital", "juara 3 tertib lalu lintas"]),
    ("counted awards split where an award word opens an item",
     "Polres Klaten meraih dua penghargaan: juara 1 ungkap kasus curanmor, dengan 40 kasus terungkap, serta "
     "juara 2 ungkap kasus narkoba.",
     ["juara 1 ungkap kasus curanmor", "juara 2 ungkap kasus narkoba"]),
    ("grades of one kind, each with its units",
     "Satuan kerja Polda DIY meraih predikat Zona Integritas: WBK untuk Polres Bantul dan Polres Kulon Progo, serta "
     "WBBM untuk Polresta Yogyakarta.",
     ["predikat Zona Integritas WBK", "predikat Zona Integritas WBBM"]),
    ("placings of a clause's subject",
     "Polda Bali menjadi juara umum tingkat polda dan Polres Gianyar juara umum tingkat polres.",
     ["juara umum tingkat polda", "juara umum tingkat polres"]),
    ("awards a Polda wins, one by one",
     "Polda Bali meraih tiga penghargaan dari Kapolri, yakni Polda terbaik dalam pengamanan mudik, juara 2 lomba "
     "video, dan penghargaan pengelolaan anggaran terbaik.",
     ["Polda terbaik dalam pengamanan mudik", "juara 2 lomba video", "penghargaan pengelolaan anggaran terbaik"]),
    ("awards counted one by one in sentences of their own",
     "Polres Sleman memperoleh dua penghargaan dari MURI. Penghargaan pertama adalah rekor pelayanan SIM keliling "
     "terlama. Rekor kedua diberikan untuk patroli sepeda terpanjang.",
     ["rekor pelayanan SIM keliling terlama", "Rekor kedua untuk patroli sepeda terpanjang"]),
    ("kinds explained are no awards won",
     "Polres Pati meraih rekor MURI sosialisasi lalu lintas terbanyak. Menurut panitia, ada empat kategori rekor, yaitu "
     "pembuat rekor pertama, penemuan, unik dan langka.",
     ["rekor MURI sosialisasi lalu lintas terbanyak"]),
    ("a list of units is no list of awards",
     "Empat polres menerima predikat WBK, yaitu Polres Bantul, Polres Sleman dan Polres Klaten.",
     ["predikat WBK"]),
    ("another unit's award of a name of its own, in a sentence of its own",
     "Kapolda Papua Barat menyerahkan penghargaan kepada Polres Sorong sebagai juara 1 lomba kampung tertib lalu "
     "lintas. Sementara itu, Ditsamapta Polda Papua Barat meraih predikat satuan pelayanan publik terbaik.",
     ["penghargaan sebagai juara 1 lomba kampung tertib lalu lintas", "predikat satuan pelayanan publik terbaik"]),
    ("a nameless award of units named one by one after it is their summary",
     "Sejumlah satuan kerja Polda Papua Barat menerima penghargaan dari Kanwil DJPb. Polres Sorong meraih "
     "penghargaan IKPA terbaik kategori pagu kecil. Sementara itu, Ditsamapta Polda Papua Barat meraih predikat "
     "pengelola belanja digital terbaik.",
     ["penghargaan IKPA terbaik kategori pagu kecil", "predikat pengelola belanja digital terbaik"]),
    ("placings of a contest the story named before",
     "Polda Bali menggelar Lomba Tertib Pos Lantas. Pemenang lomba itu adalah juara 1 Polres Gianyar, juara 2 Polres "
     "Badung dan juara harapan 1 Polres Tabanan.",
     ["juara 1 Lomba Tertib Pos Lantas", "juara 2 Lomba Tertib Pos Lantas", "juara harapan 1 Lomba Tertib Pos Lantas"]),
    ("placings that name only their category rank in the story's award",
     "Polres Bone meraih penghargaan dari Kejaksaan Agung atas penanganan perkara narkotika. Polda Sulsel menempati "
     "peringkat pertama kategori tingkat polda. Peringkat kedua ditempati Polda Bali, disusul Polda Riau. Pada "
     "kategori tingkat polres, Polres Gowa berada di posisi teratas, diikuti Polres Maros.",
     ["penghargaan Kejaksaan Agung atas penanganan perkara narkotika, Peringkat kedua kategori tingkat polda",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, Peringkat 3 kategori tingkat polda",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, posisi teratas kategori tingkat polres",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, posisi 2 kategori tingkat polres",
      # the first place, in a sentence of its own, is the ranking's first place too
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, peringkat pertama kategori tingkat polda",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika"]),
    ("one award named after yaitu, its givers in between",
     "Polres Bone mendapat penghargaan dari Kementerian Keuangan Republik Indonesia, dari Kantor Wilayah Direktorat "
     "Jenderal Perbendaharaan Provinsi Sulawesi Selatan, yaitu satker dengan "
     "realisasi belanja terbaik tingkat provinsi.",
     ["satker dengan realisasi belanja terbaik tingkat provinsi"]),
    ("what a category means, after yakni, is no award",
     "Polres Bone meraih penghargaan pengelolaan anggaran terbaik dari Kemenkeu. Polres Bone masuk kategori Pagu "
     "Sedang, yakni pagu antara Rp10 miliar dan Rp75 miliar.",
     ["penghargaan pengelolaan anggaran terbaik"]),
    ("what the award is for, said of it just before the sentence that hands it over",
     "Polres Bone menggelar lomba perahu hias. Polda Sulsel juga meraih rekor MURI. Rekor itu diberikan untuk "
     "kategori lomba perahu hias dengan peserta terbanyak. Piagam MURI diserahkan kepada Polres Bone.",
     ["rekor MURI", "Piagam MURI untuk kategori lomba perahu hias dengan peserta terbanyak"]),
    ("a class of winners standing alone is one the story's awards night crowned",
     "Wakapolda Bali menerima penghargaan Bali Awards 2024 mewakili Kapolda Bali. Polres Badung dan Polres Gianyar "
     "juga mencatat prestasi serupa, yakni masuk dalam lima besar Polres terbaik tipe A.",
     ["penghargaan Bali Awards 2024", "Bali Awards 2024 lima besar Polres terbaik tipe A"]),
    ("placings won through a unit, in a named assessment",
     "Polda Bali meraih peringkat 1 melalui satker Biro Logistik dan peringkat 2 melalui Polres Badung dalam "
     "ajang IKPA 2024.",
     ["peringkat 1 IKPA 2024", "peringkat 2 IKPA 2024"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, titles", AWARD_LISTS, ids=[row[0] for row in AWARD_LISTS])
def test_award_lists(construction, text, titles):
    assert [a["title"] for a in extract_awards(None, text)] == titles


# -- rankings and lists: one award per ranked unit with its place, one award per category or grade -------------

OMBUDSMAN = "Ombudsman RI Perwakilan Banten menyerahkan predikat zona hijau kepada polres jajaran Polda Banten. "
RANKINGS = [
    # construction, text, (recipients, placement) of each award, in any order
    ("a ranking told a sentence at a time",
     OMBUDSMAN + "Di urutan pertama adalah Polres Cilegon dengan nilai 95,76. Posisi kedua ditempati Polres Serang "
     "Kabupaten dengan nilai 87,55. Polres Kota Tangerang menduduki posisi ketiga dengan nilai 82,34.",
     [(["Polres Cilegon"], 1), (["Polres Serang"], 2), (["Polres Metro Tangerang Kota"], 3)]),
    ("a ranking by bare ordinals opening its sentences",
     OMBUDSMAN + "Pertama, Polres Lebak dengan nilai 99,1. Kedua, Polres Pandeglang dengan nilai 98,7. Ketiga, "
     "Polres Serang dengan nilai 98,0.",
     [(["Polres Lebak"], 1), (["Polres Pandeglang"], 2), (["Polres Serang"], 3)]),
    ("bare ordinals inside one sentence, up to the tenth",
     OMBUDSMAN + "Urutannya yakni pertama Polres Lebak, kedua Polres Pandeglang, ketiga Polres Serang, keempat "
     "Polres Cilegon, kelima Polresta Tangerang, keenam Polres Tangerang Selatan, ketujuh Polres Metro Tangerang "
     "Kota, kedelapan Polres Kepulauan Seribu, kesembilan Polres Metro Bekasi dan kesepuluh Polres Metro Depok.",
     [(["Polres Lebak"], 1), (["Polres Pandeglang"], 2), (["Polres Serang"], 3), (["Polres Cilegon"], 4),
      (["Polresta Tangerang"], 5), (["Polres Tangerang Selatan"], 6), (["Polres Metro Tangerang Kota"], 7),
      (["Polres Kepulauan Seribu"], 8), (["Polres Metro Bekasi"], 9), (["Polres Metro Depok"], 10)]),
    ("a place, then the units that follow it",
     OMBUDSMAN + "Peringkat 1 diraih Polres Lebak dengan nilai 98,2, disusul Polres Serang dengan nilai 97,3.",
     [(["Polres Lebak"], 1), (["Polres Serang"], 2)]),
    ("a ranking carried on in the next sentence",
     OMBUDSMAN + "Peringkat 1 diraih Polres Lebak dengan nilai 98,2, disusul Polres Serang dengan nilai 97,3. "
     "Peringkat ketiga ditempati Polres Pandeglang dengan nilai 95,1.",
     [(["Polres Lebak"], 1), (["Polres Serang"], 2), (["Polres Pandeglang"], 3)]),
    ("a numbered list under a ranking's head",
     OMBUDSMAN + "Adapun urutannya sebagai berikut:\n1. Polres Lebak\n2. Polres Serang\n3. Polres Pandeglang",
     [(["Polres Lebak"], 1), (["Polres Serang"], 2), (["Polres Pandeglang"], 3)]),
    ("the ranked units beside the same grade held without a place",
     "Empat polres di bawah Polda Banten meraih zona hijau dari Ombudsman Perwakilan Banten. Selain keempat polres "
     "itu, Polda Banten juga meraih zona yang sama. Di urutan pertama adalah Polres Cilegon. Posisi kedua ditempati "
     "Polres Serang.",
     [(["Polres Cilegon"], 1), (["Polres Serang"], 2), (["Polda Banten"], None)]),
    ("results split by category",
     "Ombudsman RI Perwakilan Jawa Timur menyerahkan predikat kepatuhan tinggi kepada polres jajaran Polda Jawa "
     "Timur. Untuk kategori A: Polres Pacitan, Polres Ngawi dan Polres Magetan, kategori B: Polres Madiun dan "
     "Polres Ponorogo.",
     [(["Polres Pacitan", "Polres Ngawi", "Polres Magetan"], None), (["Polres Madiun", "Polres Ponorogo"], None)]),
    ("the green zone beside the yellow and red ones",
     "Ombudsman RI Perwakilan Kalimantan Tengah menyerahkan predikat zona hijau kepatuhan pelayanan publik kepada "
     "Polres Kapuas, Polres Katingan dan Polres Seruyan. Sementara Polres Barito Utara dan Polres Lamandau "
     "mendapat predikat zona kuning, dan Polres Sukamara zona merah.",
     [(["Polres Kapuas", "Polres Katingan", "Polres Seruyan"], None)]),
    ("the green zone and the yellow one in one clause each",
     "Polres Kapuas dan Polres Katingan meraih predikat zona hijau dari Ombudsman RI, sedangkan Polres Barito "
     "Utara meraih zona kuning.",
     [(["Polres Kapuas", "Polres Katingan"], None)]),
    ("zona integritas decided for several units at once",
     "Kementerian PANRB menetapkan Polres Pacitan, Polres Ngawi dan Satlantas Polres Madiun sebagai Wilayah Bebas "
     "dari Korupsi (WBK), sedangkan Polres Magetan meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM).",
     [(["Polres Pacitan", "Polres Ngawi", "Satlantas Polres Madiun"], None), (["Polres Magetan"], None)]),
    ("each grade, then its units after a colon",
     "Kementerian PANRB menyerahkan penghargaan zona integritas kepada satker Polda Jawa Tengah. Predikat WBBM: "
     "Polres Pati dan Polresta Surakarta. Predikat WBK: Polres Kudus, Polres Rembang dan Polres Blora.",
     [(["Polresta Pati", "Polresta Surakarta"], None), (["Polres Kudus", "Polres Rembang", "Polres Blora"], None)]),
    ("a Polda listed as an item beside its own resorts",
     "Komnas Perlindungan Anak memberikan penghargaan kepada Polda Kalimantan Tengah, Polres Kotawaringin Timur dan "
     "Polres Pulang Pisau.",
     [(["Polda Kalimantan Tengah", "Polres Kotawaringin Timur", "Polres Pulang Pisau"], None)]),
    ("awards listed per unit across sentences",
     "Polres Kudus meraih penghargaan dari Bupati Kudus atas pengamanan Pemilu. Polres Pati menerima piagam "
     "penghargaan dari Kejaksaan Negeri Pati atas penanganan perkara korupsi. Polres Rembang memperoleh rekor MURI "
     "untuk vaksinasi terbanyak.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("each category given to its unit in one sentence",
     "Kapolda Jawa Tengah memberikan penghargaan kepada sejumlah satuan kerja. Penghargaan kategori pelayanan terbaik "
     "diberikan kepada Polres Kudus, kategori inovasi terbaik kepada Polres Pati, dan kategori penanganan kasus "
     "terbaik kepada Polres Rembang.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("each unit, what it won as",
     "Kapolda Jawa Tengah memberikan penghargaan kepada Polres Kudus sebagai polres terbaik tipe A, Polres Pati "
     "sebagai polres terbaik tipe B, dan Polres Rembang sebagai polres terbaik tipe C.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("units and their places, respectively",
     "Polres Kudus dan Polres Pati masing-masing meraih juara 1 dan juara 2 lomba kampung tangguh tingkat Polda "
     "Jawa Tengah.",
     [(["Polres Kudus"], 1), (["Polresta Pati"], 2)]),
    ("a list of awards unit by unit carried on without a verb",
     "Kapolda Jawa Tengah memberikan penghargaan kepada sejumlah satuan kerja. Polres Kudus meraih penghargaan "
     "kategori pelayanan terbaik. Kemudian Polres Pati meraih kategori inovasi terbaik. Selanjutnya Polres Rembang "
     "untuk kategori penanganan kasus terbaik.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("the same award given to a unit's own units too",
     "Bupati Kudus memberikan penghargaan kepada Polres Kudus atas pengamanan Pemilu 2024. Penghargaan yang sama "
     "juga diberikan kepada Satlantas Polres Kudus dan Polsek Jati.",
     [(["Polres Kudus", "Satlantas Polres Kudus", "Polsek Jati"], None)]),
    ("a unit the same is only promised to",
     "Kapolda Sulawesi Tengah memberikan penghargaan kepada 75 anggota Polres Parigi Moutong. Setelah itu, Polda "
     "Sulteng juga akan melakukan hal yang sama kepada jajaran Polres Poso.",
     [(["Polres Parigi Moutong"], None)]),
    ("the lead read a sentence at a time for an award of people without units",
     "Polda DIY menggelar apel sekaligus penyerahan penghargaan kepada bhabin berprestasi. Penghargaan diberikan "
     "kepada tiga pilar Kamtibmas. Aiptu Parwanto dianugerahi piagam penghargaan sebagai Bhabinkamtibmas teraktif.",
     [(["Polda Daerah Istimewa Yogyakarta"], None)]),
    ("the units of each grade named after it is counted",
     "Sebanyak 12 satker Polda Jawa Tengah meraih predikat WBK dan dua satker meraih WBBM. Satker yang meraih WBBM "
     "yaitu Polres Kudus dan Polresta Surakarta. Adapun satker peraih WBK antara lain Polres Pati, Polres Rembang dan "
     "Polres Blora.",
     [(["Polres Kudus", "Polresta Surakarta"], None), (["Polresta Pati", "Polres Rembang", "Polres Blora"], None)]),
    ("units a line each after the award's sentence",
     "Ombudsman RI Perwakilan Banten memberikan predikat zona hijau kepada polres berikut:\nPolres Lebak (98,2)\n"
     "- Polres Pandeglang\nPolres Serang\nPenghargaan diserahkan di Serang.",
     [(["Polres Lebak", "Polres Pandeglang", "Polres Serang"], None)]),
    ("units with their scores in brackets, put in the green zone",
     "Ombudsman RI memberikan penghargaan kepatuhan kepada polres di Jawa Tengah. Polres Sukoharjo (nilai 97,2), "
     "Polres Wonogiri (96,4) dan Polres Karanganyar (95,8) masuk zona hijau.",
     [(["Polres Sukoharjo", "Polres Wonogiri", "Polres Karanganyar"], None)]),
    ("the best units named after they are praised ('Adapun polres terbaik yakni')",
     "Kapolda Jawa Timur memberikan penghargaan kepada polres dengan kinerja terbaik. Adapun polres terbaik yakni Polres "
     "Tuban, Polres Lamongan dan Polres Bojonegoro.",
     [(["Polres Tuban", "Polres Lamongan", "Polres Bojonegoro"], None)]),
    ("the praised units counted, then who they are", "Kapolda Jawa Timur memberikan penghargaan kepada polres dengan "
     "kinerja terbaik. Tiga satker berprestasi tersebut ialah Polres Tuban, Polres Lamongan dan Polres Bojonegoro.",
     [(["Polres Tuban", "Polres Lamongan", "Polres Bojonegoro"], None)]),
    ("an awards night's categories, each a colon and its winner",
     "Polda Bali menggelar malam penganugerahan satuan kerja terbaik di Denpasar. Kategori pelayanan SIM terbaik: "
     "Polres Gianyar. Kategori pelayanan SKCK terbaik: Polres Tabanan.",
     [(["Polres Gianyar"], None), (["Polres Tabanan"], None)]),
    ("a category carried on by the unit and 'untuk kategori', no verb",
     "Polda Bali menggelar malam penganugerahan satuan kerja terbaik di Denpasar. Polres Gianyar meraih kategori "
     "pelayanan SIM terbaik. Polres Tabanan untuk kategori pelayanan SKCK terbaik.",
     [(["Polres Gianyar"], None), (["Polres Tabanan"], None)]),
    ("a category carried on by the category and 'untuk' its unit, no verb",
     "Polda Bali menggelar malam penganugerahan satuan kerja terbaik di Denpasar. Polres Gianyar meraih kategori "
     "pelayanan SIM terbaik. Kategori pelayanan SKCK terbaik untuk Polres Tabanan.",
     [(["Polres Gianyar"], None), (["Polres Tabanan"], None)]),
    ("the same deed said of more units, the deed as the subject ('Hal serupa diraih')",
     "Polres Blitar meraih penghargaan kepatuhan dari Ombudsman. Hal serupa diraih Polres Tulungagung.",
     [(["Polres Blitar", "Polres Tulungagung"], None)]),
    ("the same achievement carried by more units in the passive",
     "Polres Blitar meraih predikat WBK dari KemenPAN-RB. Prestasi yang sama juga ditorehkan Polres Tulungagung dan "
     "Polres Trenggalek.",
     [(["Polres Blitar", "Polres Tulungagung", "Polres Trenggalek"], None)]),
    ("an assessment that places units in the green zone",
     "Ombudsman RI Perwakilan Jawa Timur mengumumkan hasil penilaian kepatuhan. Hasil penilaian menempatkan Polres "
     "Ngawi dan Polres Magetan dalam zona hijau.",
     [(["Polres Ngawi", "Polres Magetan"], None)]),
    ("the units of a grade, then who they are ('Adapun polres dengan predikat zona hijau yakni')",
     "Ombudsman RI memberikan penghargaan kepatuhan kepada sejumlah polres di Jawa Timur. Adapun polres dengan predikat "
     "zona hijau yakni Polres Ngawi, Polres Magetan dan Polres Pacitan.",
     [(["Polres Ngawi", "Polres Magetan", "Polres Pacitan"], None)]),
    ("the handing over of a grade, to whom",
     "KemenPAN-RB mengumumkan unit kerja berpredikat zona integritas. Penyerahan predikat WBK kepada Polres "
     "Purbalingga dilakukan oleh Menteri PANRB di Jakarta.",
     [(["Polres Purbalingga"], None)]),
    ("a list of units carried on in sentences of only units",
     "Kementerian PANRB memberikan predikat pelayanan prima kepada unit layanan polres. Unit layanan yang meraih "
     "predikat itu adalah Polres Kudus dan Polres Rembang. Kemudian Polres Blora, Polres Grobogan, dan Polres Demak. "
     "Selanjutnya Polres Jepara serta Polres Batang.",
     [(["Polres Kudus", "Polres Rembang", "Polres Blora", "Polres Grobogan", "Polres Demak", "Polres Jepara",
        "Polres Batang"], None)]),
    ("a sentence opened like a list's but with its own verb carries no list on",
     "Ombudsman memberikan predikat kepatuhan tinggi kepada Polres Kudus dan Polres Rembang. Kemudian Polres Blora "
     "dan Polres Demak menggelar apel bersama.",
     [(["Polres Kudus", "Polres Rembang"], None)]),
    ("the units of officers told after the award",
     "Presiden memberikan penghargaan Bintang Bhayangkara Nararya kepada tiga polisi, di antaranya Kombes A. Saat "
     "ini ia bertugas sebagai Komandan Satuan (Dansat) Brimob Polda Sulawesi Tengah. Kedua, AKP B yang kini "
     "bertugas sebagai Pamin Slog Polri, dan ketiga, Aiptu C yang menjabat sebagai Paur Polres Jayapura Polda Papua.",
     [(["Satbrimob Polda Sulawesi Tengah", "Slog Polri", "Polres Jayapura"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, awards", RANKINGS, ids=[row[0] for row in RANKINGS])
def test_rankings_and_lists(construction, text, awards):
    got = [(a["recipients"], a["placement"]) for a in extract_awards(None, text)]
    assert sorted(got, key=str) == sorted(awards, key=str)


def test_a_ranked_unit_s_award_names_the_story_s_award_and_its_place():
    text = OMBUDSMAN + "Posisi kedua ditempati Polres Serang. Polres Lebak menduduki posisi ketiga."
    titles = [a["title"] for a in extract_awards(None, text)]
    assert titles == ["predikat zona hijau, Posisi kedua", "predikat zona hijau, posisi ketiga"]


def test_headline_unit_whose_chief_gives_is_no_recipient():
    awards = extract_awards(
        "Kapolres Bantul Berikan Penghargaan kepada Personel Berprestasi",
        "Penghargaan diserahkan kepada anggota Polsek Sewon yang menangkap pelaku begal.",
    )
    assert [a["recipients"] for a in awards] == [["Polsek Sewon"]]
    assert awards[0]["giver"] == "Kapolres Bantul"


def test_publication_lists_every_kind_of_award():
    """The Datasette column description names exactly the registry's kinds, in its order."""
    import re

    import yaml
    from conftest import ROOT

    metadata = yaml.safe_load((ROOT / "data" / "metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"]["archive"]["tables"]["awards"]["columns"]["category"]
    assert re.findall(r"\b[a-z_]+(?=,|$)", described.split(":", 1)[1]) == category_names()


# -- bodies named by their abbreviation --------------------------------------------------------------

SPELLED_OUT = [
    # construction, giver as found, story, giver as archived
    ("the abbreviation defined in brackets", "TRC PPA", "penghargaan dari Ketua Nasional Tim Reaksi Cepat "
     "Perlindungan Perempuan dan Anak (TRC PPA) Indonesia", "Tim Reaksi Cepat Perlindungan Perempuan dan Anak (TRC PPA)"),
    ("most of the full name", "Nasional Tim Reaksi Cepat Perlindungan Perempuan", "dari Ketua Nasional Tim Reaksi "
     "Cepat Perlindungan Perempuan dan Anak (TRC PPA)", "Tim Reaksi Cepat Perlindungan Perempuan dan Anak (TRC PPA)"),
    ("initials of a body elsewhere, not of an event", "KIP", "Anugerah Keterbukaan Informasi Publik 2025. Ketua "
     "Komisi Informasi Pusat RI menyerahkan.", "Komisi Informasi Pusat (KIP)"),
    ("a syllable abbreviation", "Granat", "penghargaan dari Gerakan Nasional Anti Narkotika (Granat)",
     "Gerakan Nasional Anti Narkotika (Granat)"),
    ("never spelled out: as found", "PPWI", "diserahkan Ketua Umum PPWI", "PPWI"),
    ("the abbreviation found in capitals, defined in mixed case", "FORKAMI", "Piagam itu dari Forum Kajian Maritim "
     "Indonesia (Forkami).", "Forum Kajian Maritim Indonesia (Forkami)"),
]  # fmt: skip


@pytest.mark.parametrize("construction, giver, story, archived", SPELLED_OUT, ids=[r[0] for r in SPELLED_OUT])
def test_a_body_the_registry_lacks_is_archived_with_its_abbreviation(construction, giver, story, archived):
    assert giver_spelled_out(giver, story) == archived


def test_registry_givers_and_state_bodies_keep_their_one_name():
    story = "Komisi Pemberantasan Korupsi (KPK) dan Kementerian Keuangan (Kemenkeu) memberikan penghargaan."
    assert giver_spelled_out("KPK", story) == "KPK"
    assert giver_spelled_out("Kementerian Keuangan", story) == "Kementerian Keuangan"


@pytest.mark.parametrize(
    "written, archived",
    [
        ("Divhumas Polri", "Divisi Humas Polri"),
        ("Korps Brimob Polri", "Korbrimob Polri"),
        ("Puskeu Polri", "Puskeu Polri"),
    ],
)
def test_a_mabes_body_giving_has_the_gazetteers_one_name(written, archived):
    assert giver_spelled_out(written, "") == archived


# Awards conferred on officers one by one: one award per officer listed, his unit its recipient.
PEOPLE_LISTED = [
    ("keduanya adalah, each post after a comma",
     "Dua anggota Polres Bima menerima penghargaan dari Kapolda NTB. Keduanya adalah Bripka Andi Saputra, anggota "
     "Satsamapta Polres Bima, serta Brigpol Dedi Kurnia, Kanit Reskrim Polsek Woha.",
     [(["Satsamapta Polres Bima"], "Andi Saputra"), (["Polsek Woha"], "Dedi Kurnia")]),
    ("yaitu, post and spelled-out rank before each name",
     "Kapolda Jatim memberikan penghargaan kepada tiga Kasat terbaik, yaitu Kasat Lantas Polres Kediri Ajun "
     "Komisaris Polisi Budi Hartono, Kasat Reskrim Polres Blitar AKP Rudi Hermawan, dan Kasat Narkoba Polres Madiun "
     "Iptu Sigit Wibowo.",
     [(["Satlantas Polres Kediri"], "Budi Hartono"), (["Satreskrim Polres Blitar"], "Rudi Hermawan"),
      (["Satresnarkoba Polres Madiun"], "Sigit Wibowo")]),
    ("posts in brackets after the names",
     "Dua Kapolsek meraih penghargaan dari Kapolres Bogor. Kedua Kapolsek itu adalah Kompol Agus Salim (Kapolsek "
     "Cibinong) dan AKP Joko Susilo (Kapolsek Citeureup).",
     [(["Polsek Cibinong"], "Agus Salim"), (["Polsek Citeureup"], "Joko Susilo")]),
    ("an initial in the list, the full name given before",
     "Kapolres Sleman AKBP Muhammad Rizal menerima penghargaan dari Kapolda DIY. Kedua Kapolres terbaik itu adalah "
     "AKBP M Rizal (Kapolres Sleman) dan AKBP Yuli Hartanto (Kapolres Bantul).",
     [(["Polresta Sleman"], "Muhammad Rizal"), (["Polres Bantul"], "Yuli Hartanto")]),
    ("one the list names no unit for serves where the lead says",
     "Dua personel Polres Pati meraih piagam penghargaan dari Bupati Pati. Mereka adalah Aipda Slamet Riyadi, yang "
     "menolong korban banjir, dan Bripka Tono Wijaya dari Satlantas Polres Pati.",
     [(["Polresta Pati"], "Slamet Riyadi"), (["Satlantas Polresta Pati"], "Tono Wijaya")]),
    ("names first, then masing-masing and their posts in the same order",
     "Kapolres Bogor memberikan penghargaan kepada Aiptu Agus Salim dan Bripka Joko Susilo, masing-masing anggota "
     "Satlantas Polres Bogor dan Bhabinkamtibmas Polsek Cibinong.",
     [(["Satlantas Polres Bogor"], "Agus Salim"), (["Polsek Cibinong"], "Joko Susilo")]),
    ("masing-masing posts, then what the award is for",
     "Bupati Sleman menyerahkan piagam penghargaan kepada Iptu Budi Hartono dan Ipda Rudi Hermawan, masing-masing "
     "Kanit Reskrim Polsek Depok Barat dan Kanit Lantas Polsek Mlati, atas pengungkapan kasus.",
     [(["Polsek Depok Barat"], "Budi Hartono"), (["Polsek Mlati"], "Rudi Hermawan")]),
    ("a numbered list in one line",
     "Kapolda Jateng memberikan penghargaan kepada personel berprestasi, yaitu: 1. Aiptu Agus Salim, anggota "
     "Satlantas Polres Kudus; 2. Bripka Joko Susilo, Bhabinkamtibmas Polsek Jati.",
     [(["Satlantas Polres Kudus"], "Agus Salim"), (["Polsek Jati"], "Joko Susilo")]),
    ("a numbered list, an item a line",
     "Kapolres Pati memberikan penghargaan kepada anggota berprestasi. Mereka adalah:\n1. Aipda Slamet Riyadi, "
     "Bhabinkamtibmas Polsek Juwana.\n2. Briptu Dedi Kurnia, anggota Satlantas Polres Pati\nKapolres berpesan.",
     [(["Polsek Juwana"], "Slamet Riyadi"), (["Satlantas Polresta Pati"], "Dedi Kurnia")]),
    ("plain Brigadir ranks, sections written Sie and Sat with a space, in brackets",
     "Kapolres Klaten memberikan piagam kepada tiga anggota. Mereka adalah Brigadir Sari Utami (Banit Sie Humas), "
     "Bharada Eko Prasetyo (Bamin Sat Binmas) dan Bripka Joko Lelono (Banit Sat Lantas).",
     [(["Seksi Humas Polres Klaten"], "Sari Utami"), (["Satbinmas Polres Klaten"], "Eko Prasetyo"),
      (["Satlantas Polres Klaten"], "Joko Lelono")]),
    ("a post abbreviated Ps. (acting) does not end the sentence",
     "Kapolda Bali menyematkan tanda kehormatan kepada dua personel, yakni AKP Wayan Sudira (Ps. Kasilog Satbrimob "
     "Polda Bali) dan Aipda Made Arta (Ba Satbrimob Polda Bali).",
     [(["Satbrimob Polda Bali"], "Wayan Sudira"), (["Satbrimob Polda Bali"], "Made Arta")]),
    ("the unit the head of the list names serves for every name",
     "Kapolres Pati memberikan piagam kepada dua anggota Satsamapta Polres Pati, yakni Bripka Agus Salim dan Briptu "
     "Joko Susilo, atas aksi mereka menolong warga.",
     [(["Satsamapta Polresta Pati"], "Agus Salim"), (["Satsamapta Polresta Pati"], "Joko Susilo")]),
    ("the sub-unit of those listed, said in a later sentence", "Dua anggota Polres Kebumen mendapat piagam dari "
     "Kapolres Kebumen atas aksi menolong korban banjir. Kedua anggota Polres Kebumen itu adalah Bripka Rudi Hartono dan "
     "Briptu Agus Salim. Keduanya merupakan anggota Satsamapta Polres Kebumen.",
     [(["Satsamapta Polres Kebumen"], "Rudi Hartono"), (["Satsamapta Polres Kebumen"], "Agus Salim")]),
    ("those who hand it over are no list of recipients",
     "Polres Kudus meraih penghargaan dari Kapolda Jateng. Penghargaan diserahkan oleh dua pejabat, yaitu Kapolda "
     "Jateng Irjen Ahmad Luthfi dan Wakapolda Brigjen Abiyoso Seno.",
     [(["Polres Kudus"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, people", PEOPLE_LISTED, ids=[row[0] for row in PEOPLE_LISTED])
def test_one_award_per_officer_listed(construction, text, people):
    assert [(a["recipients"], a["officer"]) for a in extract_awards(None, text)] == people


# The officer of an award units share: the one the text says accepted it; none when each unit's chief did.
SHARED_AWARD_OFFICERS = [
    ("units sharing an award, their parent's chief accepts",
     "Polsek Tegalrejo dan Polsek Gondokusuman meraih penghargaan dari Wali Kota Yogyakarta. Penghargaan itu "
     "diterima oleh Kapolresta Yogyakarta AKBP Aditya Surya.", ["Aditya Surya"]),
    ("each unit's own chief accepts: nobody in particular",
     "Polres Sleman dan Polres Bantul meraih predikat WBK dari KemenPAN-RB. Piagam diterima oleh Kapolres Sleman "
     "AKBP Rizal Hakim dan Kapolres Bantul AKBP Ihsan Hadi.", [None]),
    ("the plural names every award of the story",
     "Polres Garut meraih dua penghargaan dari Kapolda Jabar, yaitu juara 1 pelayanan SIM, dan juara 2 lomba "
     "video. Piagam-piagam itu diterima Wakapolres Garut Kompol Dani Kurnia.", ["Dani Kurnia", "Dani Kurnia"]),
    ("one unit named again and again has one chief, who accepts for all",
     "Polres Pacitan menerima penghargaan dari Komnas Perempuan atas kerja cepat Polres Pacitan. Penghargaan itu "
     "diberikan langsung kepada Kapolres Pacitan AKBP Joko Santoso beserta Kasat Reskrim Polres Pacitan AKP Rina "
     "Lestari. Penghargaan yang sama diberikan kepada Polres Pacitan, Polres Ngawi dan Polres Magetan.",
     ["Joko Santoso"]),
    ("members named alike in apposition, the last just before the verb: none singled out",
     "Dua personel Satsamapta Polres Alor, Bripka Yohan Lado dan Briptu Marten Bana, menerima penghargaan dari "
     "Kapolres Alor.", [None]),
    ("the chief of one of two units, his unit named twice, after kepada and a comma",
     "Yayasan Garuda menyerahkan piagam kepada Polres Alor dan Polres Rote atas pengamanan festival. Piagam "
     "diberikan kepada Kapolres Alor, AKBP Yohanes Lado, di lapangan Mapolres Alor. Polres Alor juga menggelar "
     "syukuran.", ["Yohanes Lado"]),
    ("the chief who hands his units' prizes over is no officer of them",
     "Satreskrim Polres Pringsewu meraih juara futsal Kapolres Cup. Trofi diserahkan oleh Kapolres Pringsewu. "
     "Kasat Reskrim menyampaikan terima kasih dan penghargaan kepada Kapolres Pringsewu AKBP Andi Wirawan atas "
     "turnamen itu.", [None]),
    ("the chief of another resort who gives is not the one who accepts",
     "Polsek Natar meraih penghargaan dari Kapolres Lampung Selatan. Penghargaan diterima Kapolsek Natar AKP Budi "
     "Santoso.", ["Budi Santoso"]),
]  # fmt: skip


# A chief the award came from is its giver, not its officer.
GIVER_NOT_OFFICER = [
    ("a chief the award came from", "Personel Polres Agam mendapat penghargaan dari Kapolres Agam AKBP Budi Santoso "
     "usai apel pagi.", [None]),
    ("a chief the award came from, then who accepted it", "Polsek Lubuk Basung meraih piagam dari Kapolres Agam AKBP "
     "Budi Santoso. Piagam diterima Kapolsek Lubuk Basung AKP Rudi Hartono.", ["Rudi Hartono"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, officers", GIVER_NOT_OFFICER, ids=[row[0] for row in GIVER_NOT_OFFICER])
def test_a_chief_the_award_came_from_is_no_officer(construction, text, officers):
    assert [a["officer"] for a in extract_awards(None, text)] == officers


@pytest.mark.parametrize(
    "construction, text, officers", SHARED_AWARD_OFFICERS, ids=[row[0] for row in SHARED_AWARD_OFFICERS]
)
def test_officer_of_a_shared_award(construction, text, officers):
    assert [a["officer"] for a in extract_awards(None, text)] == officers


# The award of officers listed one by one: what the list's own sentence calls it, or the class of winners.
PEOPLE_LISTED_TITLES = [
    ("a class of winners before yaitu",
     "Kapolda Jatim memberikan penghargaan kepada Polres Kediri sebagai satuan terbaik pengamanan mudik. Kapolda "
     "juga memberikan penghargaan kepada dua Kanit Reskrim terbaik tingkat polsek, yaitu Kanit Reskrim Polsek Pare "
     "Iptu Agus Salim dan Kanit Reskrim Polsek Wates Ipda Joko Susilo.",
     ["penghargaan sebagai satuan terbaik pengamanan mudik", "penghargaan Kanit Reskrim terbaik tingkat polsek",
      "penghargaan Kanit Reskrim terbaik tingkat polsek"]),
    ("a class of winners, counted, before itu adalah",
     "Tiga Kapolsek menerima penghargaan dari Kapolres Bogor. Ketiga Kapolsek teladan itu adalah Kompol Agus Salim "
     "(Kapolsek Cibinong), AKP Joko Susilo (Kapolsek Citeureup) dan AKP Dedi Kurnia (Kapolsek Cileungsi).",
     ["penghargaan Kapolsek teladan"] * 3),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, titles", PEOPLE_LISTED_TITLES, ids=[r[0] for r in PEOPLE_LISTED_TITLES])
def test_title_of_awards_to_officers_listed(construction, text, titles):
    assert [a["title"] for a in extract_awards(None, text)] == titles


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Penerimanya:\n1. Polres A.\n2. Polres B\nLalu", "Penerimanya: Polres A; Polres B\nLalu"),
        ("yaitu 1) juara 1 lomba video, dan 2) juara 2 lomba foto.", "yaitu juara 1 lomba video; juara 2 lomba foto."),
        ("Polres A meraih peringkat 2. Selain itu 1. tidak", "Polres A meraih peringkat 2. Selain itu 1. tidak"),
    ],
)
def test_numbered_list_is_one_sentence(text, joined):
    assert numbered_lists_joined(text) == joined


# -- breadth: short stories in many outlets' wordings -----------------------------------------------------------------
# Written apart from the real stories, to see how the rules carry to wording they were not written for: receiving
# verbs of every kind, active and passive, givers of every kind, years written several ways, officers who accept for
# their unit, several units in one sentence, sub-units and headlines; and stories with award words but no Polri
# recipient (an assessment visit, a nomination, an award to a regency's government, Polri honouring citizens).
# The giver is compared as the evaluation does: it holds at least half the words of the one written here.
BREADTH = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ("meraih from an Ombudsman office, its head hands over to the Kapolres",
     "Polres Sumbawa Barat Raih Predikat Kepatuhan Tinggi dari Ombudsman",
     "TALIWANG - Polres Sumbawa Barat meraih predikat kepatuhan tinggi standar pelayanan publik dari "
     "Ombudsman RI Perwakilan Nusa Tenggara Barat tahun 2023. Piagam diserahkan Kepala Ombudsman RI Perwakilan "
     "NTB, Dwi Sudarsono, kepada Kapolres Sumbawa Barat AKBP Heru Prasetyo di Mataram, Kamis (14/12/2023).",
     "2023-12-15", "received", [
      (["Polres Sumbawa Barat"],
       "Heru Prasetyo", "ombudsman_compliance", "Ombudsman RI Perwakilan Nusa Tenggara Barat", 2023, "2023-12-14"),
     ]),
    ("dianugerahi WBK oleh the ministry written out, a Kasat accepts",
     None,
     "Satlantas Polres Gorontalo Utara dianugerahi predikat Wilayah Bebas dari Korupsi (WBK) oleh "
     "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Penghargaan itu "
     "diterima langsung Kasat Lantas AKP Rahmat Pakaya di Jakarta, Selasa (19/12/2023).",
     "2023-12-20", "received", [
      (["Satlantas Polres Gorontalo Utara"], "Rahmat Pakaya", "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-19"),
     ]),
    ("a Bupati memberikan kepada a Polsek, its Kapolsek accepts",
     "Bupati Badung Beri Penghargaan Polsek Kuta Utara",
     "Bupati Badung I Wayan Sutama memberikan penghargaan kepada Polsek Kuta Utara atas keberhasilan menjaga "
     "keamanan selama perayaan Nyepi. Penghargaan diterima Kapolsek Kuta Utara Kompol Made Suarjana di Puspem "
     "Badung, Senin (8/4/2024).",
     "2024-04-09", "received", [
      (["Polsek Kuta Utara"], "Made Suarjana", "regional_government", "Bupati Badung", None, "2024-04-08"),
     ]),
    ("diganjar oleh a Kapolda, a Satreskrim the subject",
     None,
     "Satreskrim Polres Lombok Tengah diganjar penghargaan oleh Kapolda NTB Irjen Pol Hendra Wijaya atas "
     "pengungkapan kasus pembunuhan di Praya. Piagam diserahkan dalam apel pagi di Mapolda NTB, Rabu "
     "(6/3/2024).",
     "2024-03-07", "received", [
      (["Satreskrim Polres Lombok Tengah"], None, "kapolda", "Kapolda Nusa Tenggara Barat", None, "2024-03-06"),
     ]),
    ("menyabet a ministry's innovation contest, the minister hands over",
     "Polresta Banyuwangi Sabet Penghargaan Top Inovasi Pelayanan Publik",
     "Polresta Banyuwangi menyabet penghargaan Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2023 dari "
     "Kementerian PANRB lewat inovasi layanan SIM keliling desa. Penghargaan diserahkan Menteri PANRB kepada "
     "Kapolresta Banyuwangi Kombes Pol Andi Nugroho.",
     "2023-10-02", "received", [
      (["Polresta Banyuwangi"], "Andi Nugroho", "ministry", "KemenPAN-RB", 2023, None),
     ]),
    ("memboyong juara pertama of a Polda's contest, its deputy hands over",
     None,
     "Polres Bone Bolango memboyong juara pertama Lomba Kampung Tangguh Nusantara tingkat Polda Gorontalo "
     "tahun 2024. Trofi diserahkan Wakapolda Gorontalo Brigjen Pol Slamet Riyadi kepada Kapolres Bone Bolango "
     "AKBP Yudi Hartono, Jumat (12/7/2024).",
     "2024-07-13", "received", [
      (["Polres Bone Bolango"], "Yudi Hartono", "kapolda", "Polda Gorontalo", 2024, "2024-07-12"),
     ]),
    ("dinobatkan sebagai oleh a Komisi Informasi, a Wakapolres stands in",
     None,
     "Polres Pohuwato dinobatkan sebagai Polres terbaik dalam pelayanan informasi publik oleh Komisi "
     "Informasi Provinsi Gorontalo. Penghargaan diterima Wakapolres Pohuwato Kompol Arifin Lamato mewakili "
     "Kapolres, Kamis (21/11/2024).",
     "2024-11-22", "received", [
      (["Polres Pohuwato"], "Arifin Lamato", "other", "Komisi Informasi Provinsi Gorontalo", None, "2024-11-21"),
     ]),
    ("ditetapkan sebagai satker berpredikat WBBM, a year after the ministry",
     None,
     "Polres Bangli ditetapkan sebagai satuan kerja berpredikat Wilayah Birokrasi Bersih dan Melayani (WBBM) "
     "oleh KemenPAN-RB tahun 2024. Kapolres Bangli AKBP Gede Ganefo menerima piagam tersebut di Jakarta.",
     "2024-12-20", "received", [
      (["Polres Bangli"], "Gede Ganefo", "zona_integritas_wbbm", "KemenPAN-RB", 2024, None),
     ]),
    ("memperoleh from a regional bank",
     None,
     "Polres Tapin memperoleh penghargaan dari Bank Kalsel atas dukungan pengamanan layanan perbankan di "
     "wilayah Rantau. Piagam diserahkan Pemimpin Cabang Bank Kalsel Rantau kepada Kapolres Tapin AKBP Dedi "
     "Susanto.",
     "2024-05-02", "received", [
      (["Polres Tapin"], "Dedi Susanto", "other", "Bank Kalsel", None, None),
     ]),
    ("mendapat from a university, its rector hands over",
     None,
     "Polres Jember mendapat penghargaan dari Universitas Jember atas dukungan pengamanan wisuda dan "
     "penerimaan mahasiswa baru. Penghargaan diserahkan Rektor Universitas Jember kepada Kapolres Jember AKBP "
     "Bayu Pratama, Senin (2/9/2024).",
     "2024-09-03", "received", [
      (["Polres Jember"], "Bayu Pratama", "other", "Universitas Jember", None, "2024-09-02"),
     ]),
    ("mencatatkan rekor MURI, headline with a number",
     "Tanam 10.000 Mangrove, Polda Sultra Pecahkan Rekor MURI",
     "Polda Sulawesi Tenggara mencatatkan rekor MURI atas penanaman 10.000 bibit mangrove serentak. Piagam "
     "rekor diserahkan perwakilan Museum Rekor Dunia Indonesia (MURI) kepada Kapolda Sultra Irjen Pol Agus "
     "Salim di Kendari.",
     "2024-06-10", "received", [
      (["Polda Sulawesi Tenggara"], "Agus Salim", "muri", "MURI", None, None),
     ]),
    ("a newspaper memberikan its own award to a Polres",
     None,
     "Harian Radar Tasikmalaya memberikan penghargaan Radar Award 2024 kepada Polres Ciamis sebagai "
     "institusi dengan pelayanan publik terbaik. Penghargaan diterima Kapolres Ciamis AKBP Rizal Firmansyah.",
     "2024-08-01", "received", [
      (["Polres Ciamis"], "Rizal Firmansyah", "media", "Radar Tasikmalaya", 2024, None),
     ]),
    ("a commission written out gives a Satreskrim's Unit PPA, its Kanit accepts",
     None,
     "Komisi Perlindungan Anak Indonesia (KPAI) menganugerahkan penghargaan kepada Unit PPA Satreskrim "
     "Polres Kupang atas penanganan kasus kekerasan terhadap anak. Penghargaan diterima Kanit PPA Ipda Maria "
     "Bria.",
     "2024-07-23", "received", [
      (["Unit PPA Satreskrim Polres Kupang"], "Maria Bria", "other", "KPAI", None, None),
     ]),
    ("a provincial BNN gives a Satresnarkoba, its Kasat accepts",
     None,
     "BNN Provinsi Kalimantan Barat memberikan penghargaan kepada Satresnarkoba Polres Sanggau atas "
     "pengungkapan 5 kilogram sabu jaringan Malaysia. Penghargaan diserahkan Kepala BNNP Kalbar Brigjen Pol "
     "Sumirat Dwiyanto kepada Kasat Resnarkoba Polres Sanggau AKP Eko Mardianto.",
     "2024-06-26", "received", [
      (["Satresnarkoba Polres Sanggau"], "Eko Mardianto", "ministry", "BNN Provinsi Kalimantan Barat", None, None),
     ]),
    ("a Gubernur gives two units, an election named with its year",
     None,
     "Gubernur Sulawesi Utara memberikan penghargaan kepada Polresta Manado dan Polres Minahasa atas "
     "pengamanan Pilkada serentak 2024. Piagam diserahkan di Kantor Gubernur, Rabu (11/12/2024).",
     "2024-12-12", "received", [
      (["Polresta Manado", "Polres Minahasa"],
       None, "regional_government", "Gubernur Sulawesi Utara", None, "2024-12-11"),
     ]),
    ("a Satbinmas of a metropolitan city resort from a Wali Kota",
     None,
     "Satbinmas Polres Metro Bekasi Kota menerima penghargaan dari Wali Kota Bekasi atas program polisi "
     "sahabat anak di sekolah. Penghargaan diserahkan pada upacara Hari Jadi Kota Bekasi, Senin (10/3/2025).",
     "2025-03-11", "received", [
      (["Satbinmas Polres Metro Bekasi Kota"], None, "regional_government", "Wali Kota Bekasi", None, "2025-03-10"),
     ]),
    ("a Bidhumas from the Kapolri, a period year",
     None,
     "Bidhumas Polda Kalimantan Tengah meraih penghargaan dari Kapolri sebagai Bidhumas terbaik dalam "
     "pengelolaan media sosial tahun 2023. Penghargaan diserahkan Kapolri Jenderal Listyo Sigit Prabowo kepada "
     "Kabid Humas Polda Kalteng Kombes Pol Erlan Munaji dalam Rakernis Humas di Jakarta.",
     "2024-01-30", "received", [
      (["Bidhumas Polda Kalimantan Tengah"], "Erlan Munaji", "kapolri", "Kapolri", 2023, None),
     ]),
    ("a Kapolda gives three units, an operation named with its year",
     None,
     "Kapolda Sumatera Barat Irjen Pol Suharyono memberikan penghargaan kepada Polres Pasaman Barat, Polres "
     "Solok dan Polresta Padang atas keberhasilan pengamanan Operasi Ketupat Singgalang 2024.",
     "2024-04-25", "received", [
      (["Polres Pasaman Barat", "Polres Solok", "Polresta Padang"],
       None, "kapolda", "Kapolda Sumatera Barat", 2024, None),
     ]),
    ("berhasil meraih peringkat kedua, a Kasi Humas accepts",
     None,
     "Polres Purbalingga berhasil meraih peringkat kedua Anugerah Keterbukaan Informasi Publik Tahun 2022 "
     "dari Komisi Informasi Provinsi Jawa Tengah. Penghargaan diterima Kasi Humas Polres Purbalingga AKP Setyo "
     "Budi.",
     "2022-12-15", "received", [
      (["Polres Purbalingga"], "Setyo Budi", "other", "Komisi Informasi Provinsi Jawa Tengah", 2022, None),
     ]),
    ("a ministry's field office, a budget year written TA",
     None,
     "Polres Lampung Timur menerima penghargaan dari KPPN Metro atas capaian Indikator Kinerja Pelaksanaan "
     "Anggaran (IKPA) terbaik semester II TA 2023.",
     "2024-02-05", "received", [
      (["Polres Lampung Timur"], None, "ministry", "KPPN Metro", 2023, None),
     ]),
    ("the headline names the Kapolres, the lead only the Bupati",
     "Kapolres Kepulauan Selayar Terima Penghargaan dari Bupati",
     "Bupati Kepulauan Selayar menyerahkan piagam penghargaan atas dukungan Polri dalam program ketahanan "
     "pangan. Penyerahan berlangsung di Benteng, Kamis (4/7/2024).",
     "2024-07-05", "received", [
      (["Polres Kepulauan Selayar"], None, "regional_government", "Bupati Kepulauan Selayar", None, "2024-07-04"),
     ]),
    ("a Kasat named with his rank receives from a Kejaksaan",
     None,
     "Kasat Reskrim Polres Halmahera Utara AKP Fajar Nugroho meraih penghargaan dari Kejaksaan Negeri "
     "Halmahera Utara atas sinergi penanganan perkara korupsi.",
     "2024-07-22", "received", [
      (["Satreskrim Polres Halmahera Utara"], "Fajar Nugroho", "other", "Kejaksaan Negeri Halmahera Utara", None, None),
     ]),
    ("from a provincial government, its Gubernur hands over to a Wakapolda",
     None,
     "Polda Kalimantan Utara menerima penghargaan dari Pemerintah Provinsi Kalimantan Utara atas dukungan "
     "pengendalian inflasi daerah. Piagam diserahkan oleh Gubernur Kaltara Zainal Paliwang kepada Wakapolda "
     "Kaltara Brigjen Pol Budi Rachmat.",
     "2024-09-18", "received", [
      (["Polda Kalimantan Utara"],
       "Budi Rachmat", "regional_government", "Pemerintah Provinsi Kalimantan Utara", None, None),
     ]),
    ("a Kapolres honours members of a Polsek",
     None,
     "Kapolres Sumbawa AKBP Heru Muslimin memberikan penghargaan kepada empat personel Polsek Empang yang "
     "menggagalkan penyelundupan ternak. Penghargaan diserahkan saat apel pagi di Mapolres Sumbawa, Senin "
     "(15/1/2024).",
     "2024-01-16", "received", [
      (["Polsek Empang"], None, "other", "Kapolres Sumbawa", None, "2024-01-15"),
     ]),
    ("juara II of a contest within a Polres, its Kapolres gives",
     None,
     "Polsek Sukasada meraih juara II lomba Polsek terbaik se-Polres Buleleng tahun 2024. Piala diterima "
     "Kapolsek Sukasada AKP Ketut Wardana dari Kapolres Buleleng.",
     "2024-10-10", "received", [
      (["Polsek Sukasada"], "Ketut Wardana", "other", "Kapolres Buleleng", 2024, None),
     ]),
    ("a Mabes body dianugerahi oleh a ministry, a feast named with its year",
     None,
     "Korlantas Polri dianugerahi penghargaan oleh Kementerian Perhubungan atas penurunan angka fatalitas "
     "kecelakaan selama arus mudik Lebaran 2024.",
     "2024-05-02", "received", [
      (["Korlantas Polri"], None, "ministry", "Kementerian Perhubungan", None, None),
     ]),
    ("a Satlantas from a company's branch",
     None,
     "Satlantas Polres Klungkung menerima penghargaan dari PT Jasa Raharja Cabang Bali atas kerja sama "
     "penanganan korban kecelakaan. Penghargaan diterima Kasat Lantas Polres Klungkung AKP Nyoman Sudarma, "
     "Selasa (23/1/2024).",
     "2024-01-24", "received", [
      (["Satlantas Polres Klungkung"], "Nyoman Sudarma", "other", "PT Jasa Raharja Cabang Bali", None, "2024-01-23"),
     ]),
    ("an Ombudsman office gives two units, the assessment's year said next",
     None,
     "Ombudsman RI Perwakilan Sulawesi Tengah memberikan penghargaan kepatuhan standar pelayanan publik "
     "kepada Polres Poso dan Polres Tojo Una-Una. Keduanya masuk zona hijau dalam penilaian tahun 2024.",
     "2024-12-05", "received", [
      (["Polres Poso", "Polres Tojo Una-Una"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Sulawesi Tengah", 2024, None),
     ]),
    ("penghargaan dari Kapolri diberikan kepada a Bidpropam",
     None,
     "Penghargaan dari Kapolri diberikan kepada Bidpropam Polda Maluku Utara sebagai satuan kerja dengan "
     "penanganan pelanggaran disiplin tercepat.",
     "2024-07-01", "received", [
      (["Bidpropam Polda Maluku Utara"], None, "kapolri", "Kapolri", None, None),
     ]),
    ("an election body gives a Polda, its Irwasda stands in",
     None,
     "Bawaslu Provinsi Bengkulu menganugerahkan penghargaan kepada Polda Bengkulu atas dukungan pengawasan "
     "Pemilu 2024. Penghargaan diterima Irwasda Polda Bengkulu Kombes Pol Anton Setiawan mewakili Kapolda.",
     "2024-10-03", "received", [
      (["Polda Bengkulu"], "Anton Setiawan", "other", "Bawaslu Provinsi Bengkulu", None, None),
     ]),
    ("a directorate from BNN RI, its director accepts",
     None,
     "Ditresnarkoba Polda Nusa Tenggara Timur mendapat penghargaan dari BNN RI atas pengungkapan jaringan "
     "narkotika lintas negara. Penghargaan diterima Dirresnarkoba Kombes Pol Yohanes Tefa.",
     "2024-06-27", "received", [
      (["Ditresnarkoba Polda Nusa Tenggara Timur"], "Yohanes Tefa", "ministry", "BNN RI", None, None),
     ]),
    ("members of a Satsamapta diganjar oleh a Gubernur, the headline says why",
     "Selamatkan Warga dari Banjir, Personel Satsamapta Polres Nagekeo Diganjar Penghargaan",
     "Personel Satsamapta Polres Nagekeo diganjar penghargaan oleh Gubernur NTT karena menyelamatkan warga "
     "yang terseret banjir bandang.",
     "2024-03-12", "received", [
      (["Satsamapta Polres Nagekeo"], None, "regional_government", "Gubernur Nusa Tenggara Timur", None, None),
     ]),
    ("a Kapolres gives two of his Satuan, a window of achievement",
     None,
     "Kapolres Tulungagung AKBP Teuku Arsya memberikan penghargaan kepada Satreskrim dan Satresnarkoba "
     "Polres Tulungagung atas pengungkapan kasus menonjol sepanjang 2023.",
     "2024-01-08", "received", [
      (["Satreskrim Polres Tulungagung", "Satresnarkoba Polres Tulungagung"],
       None, "other", "Kapolres Tulungagung", None, None),
     ]),
    ("a Kapolsek honoured by a Wali Kota for himself",
     None,
     "Kapolsek Koja Kompol Andi Wijaya mendapatkan penghargaan dari Wali Kota Jakarta Utara atas "
     "keberhasilan menekan tawuran warga.",
     "2024-08-20", "received", [
      (["Polsek Koja"], "Andi Wijaya", "regional_government", "Wali Kota Jakarta Utara", None, None),
     ]),
    ("an Ombudsman assessment visit and a chief's hope",
     None,
     "Tim Ombudsman RI Perwakilan Sumatera Barat melakukan penilaian kepatuhan standar pelayanan publik di "
     "Polres Dharmasraya, Selasa (14/5/2024). Kapolres berharap Polres Dharmasraya dapat meraih predikat zona "
     "hijau tahun ini.",
     "2024-05-15", "none", []),
    ("a nomination, the winner announced later",
     None,
     "Polres Boyolali masuk nominasi Kompolnas Award 2024 kategori Polres dengan pelayanan terbaik. "
     "Pengumuman pemenang dijadwalkan bulan depan di Jakarta.",
     "2024-06-01", "none", []),
    ("a regency's government honoured, the Kapolres a witness",
     None,
     "Pemerintah Kabupaten Sleman meraih penghargaan Kabupaten Layak Anak dari Kementerian PPPA. Penghargaan "
     "diterima Bupati Sleman di Jakarta dan disaksikan Kapolres Sleman.",
     "2024-07-24", "none", []),
    ("a Kapolres honours citizens",
     None,
     "Kapolres Lombok Timur memberikan penghargaan kepada tiga warga Desa Pringgabaya yang membantu "
     "menangkap pelaku pencurian sepeda motor. Penghargaan diserahkan di Mapolres Lombok Timur, Kamis.",
     "2024-02-02", "given", []),
    ("a Polda honours journalists",
     None,
     "Polda Jambi memberikan penghargaan kepada sepuluh wartawan yang aktif memberitakan kegiatan kepolisian "
     "dalam rangka Hari Bhayangkara ke-78.",
     "2024-07-02", "given", []),
    ("a ministry's assessment visit, a chief optimistic of the award",
     None,
     "Tim Penilai Nasional dari KemenPAN-RB melakukan evaluasi pembangunan Zona Integritas menuju WBK di "
     "Polres Kotabaru. Kapolres Kotabaru AKBP Hendra optimistis Polres Kotabaru mampu meraih predikat WBK "
     "tahun ini.",
     "2024-09-11", "none", []),
    ("an award a Kapolda will give next week",
     None,
     "Kapolda Riau akan memberikan penghargaan kepada Polres Siak yang berhasil menggagalkan peredaran 20 "
     "kilogram sabu. Rencananya, penghargaan diserahkan pada apel pekan depan.",
     "2024-03-20", "none", []),
    ("a city's government honoured, the Kapolresta attends",
     None,
     "Wali Kota Palu menerima penghargaan Adipura dari Kementerian Lingkungan Hidup. Kapolresta Palu turut "
     "hadir dalam penyambutan piala Adipura di Balai Kota.",
     "2024-03-06", "none", []),
    ("a Kodim honoured, the Kapolres a witness",
     None,
     "Kodim 1614 Dompu menerima penghargaan dari Bupati Dompu atas dukungan program ketahanan pangan. "
     "Penyerahan disaksikan Kapolres Dompu.",
     "2024-08-14", "none", []),
    ("a Satlantas gives prizes to a school contest's winners",
     None,
     "Satlantas Polres Bantaeng memberikan hadiah kepada pemenang lomba Pelopor Keselamatan Berlalu Lintas "
     "tingkat SMA. Juara pertama diraih SMAN 1 Bantaeng.",
     "2024-11-04", "given", []),
    ("an award a Polres had once, recalled at a roll call",
     None,
     "Polres Karanganyar menggelar apel kesiapan pengamanan Natal. Kapolres mengingatkan bahwa tahun lalu "
     "Polres Karanganyar pernah meraih predikat WBK, sehingga pelayanan harus tetap dijaga.",
     "2024-12-20", "none", []),
    ("a Polresta honours Linmas and volunteers",
     None,
     "Polresta Mataram memberikan piagam penghargaan kepada anggota Linmas dan relawan yang membantu "
     "pengamanan malam pergantian tahun.",
     "2025-01-03", "given", []),
    ("a call for nominations",
     None,
     "Polri membuka pendaftaran usulan Hoegeng Awards 2025. Masyarakat dapat mengusulkan polisi teladan di "
     "daerahnya hingga akhir Mei.",
     "2025-04-14", "none", []),
    ("a headline in capitals, the chief with his degrees",
     "POLRES LOMBOK TIMUR KEMBALI RAIH PENGHARGAAN DARI OMBUDSMAN",
     "SELONG, KORANLOMBOK.id - Polres Lombok Timur kembali meraih penghargaan kepatuhan standar pelayanan "
     "publik dengan predikat kualitas tertinggi dari Ombudsman RI Perwakilan NTB. Penghargaan tersebut "
     "diterima langsung oleh Kapolres Lotim, AKBP Hariyanto Wibowo, S.I.K., M.H., di Mataram pada Kamis "
     "(5/12/2024).",
     "2024-12-06", "received", [
      (["Polres Lombok Timur"],
       "Hariyanto Wibowo", "ombudsman_compliance", "Ombudsman RI Perwakilan Nusa Tenggara Barat", None, "2024-12-05"),
     ]),
    ("a Bupati gives a Satreskrim's personnel, the venue first",
     None,
     "Bertempat di Aula Pendopo Kabupaten Kebumen, Senin (17/6/2024), Bupati Kebumen Arif Sugiyanto "
     "menyerahkan piagam penghargaan kepada personel Satreskrim Polres Kebumen. Penghargaan diberikan atas "
     "keberhasilan mengungkap kasus pencurian kotak amal masjid.",
     "2024-06-18", "received", [
      (["Satreskrim Polres Kebumen"], None, "regional_government", "Bupati Kebumen", None, "2024-06-17"),
     ]),
    ("a Kapolsek receives an award night's award, handed over by a Wakil Bupati",
     "Polsek Kuta Selatan Terima Anugerah dari Pemkab Badung",
     "Kapolsek Kuta Selatan Kompol I Gusti Ngurah Yudistira menerima anugerah Kamtibmas Award 2024 yang "
     "diserahkan Wakil Bupati Badung di Mangupraja Mandala, Rabu (24/7/2024).",
     "2024-07-25", "received", [
      (["Polsek Kuta Selatan"],
       "I Gusti Ngurah Yudistira", "regional_government", "Pemerintah Kabupaten Badung", 2024, "2024-07-24"),
     ]),
    ("a press body's head gives a Kapolda",
     None,
     "Ketua Umum Persatuan Wartawan Indonesia (PWI) Pusat memberikan penghargaan kepada Kapolda Kalimantan "
     "Selatan Irjen Pol Rosyanto Yudha Hermawan atas dukungan terhadap kemerdekaan pers. Penghargaan "
     "diserahkan pada puncak Hari Pers Nasional di Banjarmasin.",
     "2024-02-10", "received", [
      (["Polda Kalimantan Selatan"], "Rosyanto Yudha Hermawan", "media", "PWI Pusat", None, None),
     ]),
    ("a Bhabinkamtibmas of a Polsek dianugerahi oleh a Bupati, the reason first",
     None,
     "Atas dedikasinya membantu korban banjir, Bripka Yohanis Lelang, personel Bhabinkamtibmas Polsek Kota "
     "Soe, dianugerahi piagam penghargaan oleh Bupati Timor Tengah Selatan.",
     "2024-02-20", "received", [
      (["Polsek Kota Soe"], "Yohanis Lelang", "regional_government", "Bupati Timor Tengah Selatan", None, None),
     ]),
    ("three Polres counted, then listed, receive WBK",
     None,
     "Sebanyak tiga Polres jajaran Polda Sulawesi Selatan, yakni Polres Gowa, Polres Maros dan Polres "
     "Pangkep, menerima predikat WBK dari Kementerian PANRB. Penyerahan berlangsung di Jakarta, Rabu "
     "(13/12/2023).",
     "2023-12-14", "received", [
      (["Polres Gowa", "Polres Maros", "Polres Pangkajene dan Kepulauan"],
       None, "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-13"),
     ]),
    ("mendapatkan apresiasi berupa piagam from a company",
     None,
     "Polres Kotawaringin Barat mendapatkan apresiasi berupa piagam penghargaan dari PT Pertamina Patra "
     "Niaga atas pengamanan distribusi BBM selama masa libur Natal dan Tahun Baru. Piagam diserahkan kepada "
     "Wakapolres Kobar Kompol Bayu Aji.",
     "2025-01-09", "received", [
      (["Polres Kotawaringin Barat"], "Bayu Aji", "other", "PT Pertamina Patra Niaga", None, None),
     ]),
    ("a Kapolres spelled out receives from an election commission's regency office",
     None,
     "Kepala Kepolisian Resor (Kapolres) Sikka AKBP Moh Mukhson menerima piagam penghargaan dari Komisi "
     "Pemilihan Umum (KPU) Kabupaten Sikka. Piagam diberikan atas dukungan Polres Sikka dalam pengamanan "
     "tahapan pemilu.",
     "2024-03-28", "received", [
      (["Polres Sikka"], "Moh Mukhson", "other", "KPU Kabupaten Sikka", None, None),
     ]),
    ("a directorate spelled out wins a ministry's road-safety award",
     None,
     "Direktorat Lalu Lintas Polda Sumatera Utara meraih penghargaan Indonesia Road Safety Award (IRSA) 2024 "
     "kategori Polda terbaik. Penghargaan diserahkan Menteri Perhubungan di Jakarta dan diterima Dirlantas "
     "Polda Sumut Kombes Pol Muji Ediyanto.",
     "2024-11-26", "received", [
      (["Ditlantas Polda Sumatera Utara"], "Muji Ediyanto", "ministry", "Menteri Perhubungan", 2024, None),
     ]),
    ("a state body gives three Polda, a window of achievement",
     None,
     "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan kepada Polda Jawa Barat, Polda "
     "Metro Jaya dan Polda Bali atas kerja sama perlindungan saksi sepanjang tahun 2024.",
     "2025-01-15", "received", [
      (["Polda Jawa Barat", "Polda Metro Jaya", "Polda Bali"], None, "other", "LPSK", None, None),
     ]),
    ("a Wakapolres accepts what a regency's office gives his Polres",
     None,
     "Wakapolres Ponorogo Kompol Erwin Syah menerima penghargaan yang diberikan Dinas Kesehatan Kabupaten "
     "Ponorogo kepada Polres Ponorogo atas dukungan percepatan vaksinasi.",
     "2022-03-03", "received", [
      (["Polres Ponorogo"], "Erwin Syah", "regional_government", "Dinas Kesehatan Kabupaten Ponorogo", None, None),
     ]),
    ("dinobatkan sebagai oleh a Polda's directorate",
     "Satlantas Polresta Sidoarjo Dinobatkan Satlantas Terbaik se-Jatim",
     "Satlantas Polresta Sidoarjo dinobatkan sebagai Satlantas terbaik se-Jawa Timur oleh Ditlantas Polda "
     "Jatim. Piagam diserahkan Dirlantas Polda Jatim kepada Kasat Lantas Polresta Sidoarjo Kompol Riski "
     "Santoso, Jumat (20/9/2024).",
     "2024-09-21", "received", [
      (["Satlantas Polresta Sidoarjo"], "Riski Santoso", "kapolda", "Ditlantas Polda Jawa Timur", None, "2024-09-20"),
     ]),
    ("the Kapolri gives a Polda and a Polres, each chief accepts",
     None,
     "Kapolri Jenderal Pol Listyo Sigit Prabowo menganugerahkan penghargaan kepada Polda Papua Barat dan "
     "Polres Manokwari atas keberhasilan pengamanan Sail Teluk Cenderawasih. Penghargaan diterima "
     "masing-masing Kapolda dan Kapolres.",
     "2023-08-02", "received", [
      (["Polda Papua Barat", "Polres Manokwari"], None, "kapolri", "Kapolri", None, None),
     ]),
    ("the only Polres of a province to win WBBM, the minister hands over",
     None,
     "Polres Kapuas Hulu menjadi satu-satunya Polres di Kalimantan Barat yang meraih predikat Wilayah "
     "Birokrasi Bersih dan Melayani (WBBM) tahun 2023. Piagam WBBM diserahkan oleh Menteri PANRB Abdullah "
     "Azwar Anas.",
     "2023-12-15", "received", [
      (["Polres Kapuas Hulu"], None, "zona_integritas_wbbm", "KemenPAN-RB", 2023, None),
     ]),
    ("terpilih sebagai penerima Kompolnas Award",
     None,
     "Polresta Cirebon terpilih sebagai penerima Kompolnas Award 2023 kategori Polres dengan pelayanan SKCK "
     "terbaik. Kapolresta Cirebon Kombes Pol Arif Budiman hadir menerima penghargaan itu di Jakarta.",
     "2023-11-30", "received", [
      (["Polresta Cirebon"], "Arif Budiman", "kompolnas", "Kompolnas", 2023, None),
     ]),
    ("two members of a Satpolairud named alike, a Kapolres gives for a reason",
     None,
     "Dua personel Satpolairud Polres Bintan, Bripka Rizki Hidayat dan Briptu Ahmad Fauzi, menerima "
     "penghargaan dari Kapolres Bintan karena menyelamatkan nelayan yang perahunya tenggelam.",
     "2024-10-22", "received", [
      (["Satpolairud Polres Bintan"], None, "other", "Kapolres Bintan", None, None),
     ]),
    ("a university gives a city's Polresta at its anniversary",
     None,
     "Universitas Negeri Gorontalo menganugerahkan penghargaan mitra strategis kepada Polresta Gorontalo "
     "Kota. Penghargaan diterima Kapolresta AKBP Ade Permana dalam Dies Natalis ke-61 UNG, Senin (2/9/2024).",
     "2024-09-03", "received", [
      (["Polresta Gorontalo Kota"], "Ade Permana", "other", "Universitas Negeri Gorontalo", None, "2024-09-02"),
     ]),
    ("an internal assessment visit towards WBBM",
     None,
     "Kapolres Sumbawa Barat menerima kunjungan tim penilai Zona Integritas dari Inspektorat Pengawasan Umum "
     "Polri. Kunjungan itu untuk memastikan kesiapan Polres Sumbawa Barat menuju predikat WBBM.",
     "2024-08-13", "none", []),
    ("a Polda gives students a contest's prizes",
     None,
     "Polda Gorontalo menyerahkan penghargaan kepada 25 pelajar pemenang lomba karya tulis tentang bahaya "
     "narkoba. Hadiah diserahkan Wakapolda Gorontalo di aula Mapolda, Kamis (10/10/2024).",
     "2024-10-11", "given", []),
    ("a regency's government honoured, the Kapolresta beside the Bupati",
     None,
     "Pemkab Banyuwangi meraih Anugerah Parahita Ekapraya dari Kementerian PPPA. Penghargaan diterima Bupati "
     "Banyuwangi, didampingi Kapolresta Banyuwangi dan Dandim 0825.",
     "2024-08-09", "none", []),
    ("a Kapolda hands piagam and groceries to online drivers",
     None,
     "Kapolda Sulawesi Utara menyerahkan bantuan sembako dan piagam penghargaan kepada para pengemudi ojek "
     "online yang membantu polisi mengatur lalu lintas.",
     "2024-05-14", "given", []),
    ("a Polres proposed for WBK",
     None,
     "Polres Pasaman Barat diusulkan menjadi penerima penghargaan WBK tahun ini. Kapolres berharap seluruh "
     "personel menjaga kualitas pelayanan hingga penilaian akhir.",
     "2024-10-01", "none", []),
    ("a prosecutor's office wins WBK, the Kapolres congratulates",
     None,
     "Kejaksaan Negeri Bangli meraih predikat WBK dari KemenPAN-RB. Kapolres Bangli turut memberikan ucapan "
     "selamat kepada Kepala Kejari Bangli.",
     "2024-12-20", "none", []),
    ("memborong three awards from a Wali Kota at the city's anniversary",
     "Polres Bima Kota Borong Tiga Penghargaan dari Wali Kota",
     "Polres Bima Kota memborong tiga penghargaan sekaligus dari Wali Kota Bima dalam upacara HUT Kota Bima, "
     "Selasa (10/4/2024). Penghargaan diterima langsung Kapolres Bima Kota AKBP Yudha Pranata.",
     "2024-04-11", "received", [
      (["Polres Bima Kota"], "Yudha Pranata", "regional_government", "Wali Kota Bima", None, "2024-04-10"),
     ]),
    ("a provincial government gives a directorate, its acting Gubernur hands over",
     None,
     "Pemerintah Provinsi Bali memberikan penghargaan kepada Ditpolairud Polda Bali atas penyelamatan "
     "wisatawan yang terseret arus di Pantai Kuta. Penghargaan diserahkan Penjabat Gubernur Bali kepada "
     "Dirpolairud Kombes Pol Ketut Sudarma.",
     "2024-08-29", "received", [
      (["Ditpolairud Polda Bali"], "Ketut Sudarma", "regional_government", "Pemerintah Provinsi Bali", None, None),
     ]),
    ("a Kapolres dianugerahi sebagai a title oleh a Gubernur",
     None,
     "Kapolres Pasangkayu AKBP Ridwan Hasibuan dianugerahi penghargaan sebagai Tokoh Penggerak Ketahanan "
     "Pangan oleh Gubernur Sulawesi Barat. Penganugerahan berlangsung di Mamuju, Kamis (3/10/2024).",
     "2024-10-04", "received", [
      (["Polres Pasangkayu"], "Ridwan Hasibuan", "regional_government", "Gubernur Sulawesi Barat", None, "2024-10-03"),
     ]),
    ("mendapat piagam from a high prosecutor's office, a period year",
     None,
     "Satreskrim Polresta Pontianak mendapat piagam penghargaan dari Kejaksaan Tinggi Kalimantan Barat atas "
     "kelengkapan berkas perkara tindak pidana korupsi tahun 2023.",
     "2024-01-19", "received", [
      (["Satreskrim Polresta Pontianak"], None, "other", "Kejaksaan Tinggi Kalimantan Barat", 2023, None),
     ]),
    ("ditetapkan sebagai Polsek terbaik in a half year's assessment",
     "Top! Polsek Kuta Utara Jadi Polsek Terbaik se-Bali",
     "Polsek Kuta Utara ditetapkan sebagai Polsek terbaik se-Polda Bali dalam penilaian kinerja semester I "
     "tahun 2024. Piagam diserahkan Kapolda Bali Irjen Pol Made Astawa kepada Kapolsek Kuta Utara Kompol Gede "
     "Wirawan.",
     "2024-07-20", "received", [
      (["Polsek Kuta Utara"], "Gede Wirawan", "kapolda", "Kapolda Bali", 2024, None),
     ]),
    ("a consumers' foundation gives a Satlantas",
     None,
     "Yayasan Lembaga Perlindungan Konsumen Indonesia (YLKI) memberikan penghargaan kepada Satlantas Polres "
     "Sleman sebagai unit layanan SIM paling ramah konsumen.",
     "2024-03-15", "received", [
      (["Satlantas Polresta Sleman"],
       None, "other", "Yayasan Lembaga Perlindungan Konsumen Indonesia (YLKI)", None, None),
     ]),
    ("two Polda units listed by yaitu receive WBBM, the Wakapolda accepts",
     None,
     "Dua satuan kerja Polda Jambi, yaitu Bidpropam dan Biro SDM, menerima predikat Wilayah Birokrasi Bersih "
     "dan Melayani dari KemenPAN-RB. Piagam diterima Wakapolda Jambi Brigjen Pol Edi Mardianto di Jakarta, "
     "Selasa (17/12/2024).",
     "2024-12-18", "received", [
      (["Bidpropam Polda Jambi", "Biro SDM Polda Jambi"],
       "Edi Mardianto", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-17"),
     ]),
    ("MURI written out gives a record, its piagam accepted by the Kapolres",
     None,
     "Museum Rekor Dunia Indonesia menganugerahkan rekor kepada Polres Pringsewu atas pembagian 50 ribu "
     "paket beras dalam sehari. Piagam MURI diterima Kapolres Pringsewu AKBP Benny Prasetya.",
     "2024-05-22", "received", [
      (["Polres Pringsewu"], "Benny Prasetya", "muri", "MURI", None, None),
     ]),
    ("a Kapolda gives personnel of a Satresnarkoba",
     None,
     "Kapolda Aceh Irjen Pol Achmad Kartiko memberikan penghargaan kepada personel Satresnarkoba Polres Aceh "
     "Tamiang yang mengungkap 40 kilogram sabu. Penghargaan diserahkan usai apel di Mapolda Aceh, Senin "
     "(26/2/2024).",
     "2024-02-27", "received", [
      (["Satresnarkoba Polres Aceh Tamiang"], None, "kapolda", "Kapolda Aceh", None, "2024-02-26"),
     ]),
    ("diganjar Kompolnas Award with its year",
     None,
     "Polres Tanjung Jabung Barat diganjar Kompolnas Award 2024 sebagai Polres dengan penanganan pengaduan "
     "masyarakat terbaik. Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolres Tanjab Barat AKBP "
     "Agung Heru Wibowo.",
     "2024-11-28", "received", [
      (["Polres Tanjung Jabung Barat"], "Agung Heru Wibowo", "kompolnas", "Kompolnas", 2024, None),
     ]),
    ("a regency's BNN written out gives a Polsek",
     None,
     "Badan Narkotika Nasional Kabupaten Tabalong memberikan piagam penghargaan kepada Polsek Tanjung atas "
     "dukungan program desa bersih narkoba.",
     "2024-06-26", "received", [
      (["Polsek Tanjung"], None, "ministry", "BNN Kabupaten Tabalong", None, None),
     ]),
    ("the head of a regency's DPRD gives a Polres",
     None,
     "Ketua DPRD Kabupaten Gresik menyerahkan penghargaan kepada Polres Gresik atas keberhasilan pengamanan "
     "Pemilu 2024 yang berlangsung aman dan damai.",
     "2024-03-21", "received", [
      (["Polres Gresik"], None, "regional_government", "Ketua DPRD Gresik", None, None),
     ]),
    ("a bank's branch gives a Polres, its Kasat Reskrim accepts",
     None,
     "Bank Rakyat Indonesia (BRI) Kantor Cabang Tarakan memberikan penghargaan kepada Polres Tarakan atas "
     "pengungkapan kasus pembobolan rekening nasabah. Penghargaan diterima Kasat Reskrim Polres Tarakan AKP "
     "Randhya Sakthika.",
     "2024-09-12", "received", [
      (["Polres Tarakan"],
       "Randhya Sakthika", "other", "Bank Rakyat Indonesia (BRI) Kantor Cabang Tarakan", None, None),
     ]),
    ("the Kapolri pins a Pin Emas on a Kasat Reskrim",
     None,
     "Kapolri menganugerahkan Pin Emas kepada Kasat Reskrim Polres Sorong Kota AKP Arifin Tahir atas "
     "pengungkapan jaringan penyelundupan senjata api.",
     "2024-05-30", "received", [
      (["Satreskrim Polresta Sorong Kota"], "Arifin Tahir", "kapolri", "Kapolri", None, None),
     ]),
    ("a newspaper holds its awards night and names a Polda",
     None,
     "Harian Pikiran Rakyat menggelar Pikiran Rakyat Awards 2023 dan menetapkan Polda Jawa Barat sebagai "
     "institusi dengan layanan publik terinovatif. Piala diterima Karo Ops Polda Jabar Kombes Pol Yudi "
     "Ahadiat.",
     "2023-12-08", "received", [
      (["Polda Jawa Barat"], "Yudi Ahadiat", "media", "Pikiran Rakyat", 2023, None),
     ]),
    ("a Polres honours villages",
     None,
     "Polres Kendal menyerahkan piagam penghargaan kepada sepuluh desa yang berhasil menekan angka "
     "kriminalitas selama tahun 2024.",
     "2025-01-10", "given", []),
    ("an Ombudsman team's visit, its results announced later",
     None,
     "Tim verifikator Ombudsman RI Perwakilan Papua Barat mengunjungi Polres Sorong Selatan untuk menilai "
     "kepatuhan standar pelayanan publik. Hasil penilaian akan diumumkan pada Desember mendatang.",
     "2024-09-05", "none", []),
    ("a prosecutor's office honoured, the Kapolres attends",
     None,
     "Kejaksaan Negeri Tabalong menerima penghargaan dari Bupati Tabalong atas pengelolaan barang bukti. "
     "Kapolres Tabalong turut hadir dalam acara tersebut.",
     "2024-06-10", "none", []),
    ("a Polsek preparing for a contest",
     None,
     "Polsek Denpasar Barat sedang mempersiapkan diri untuk mengikuti lomba Polsek teladan tingkat Polda "
     "Bali yang akan digelar bulan depan.",
     "2024-05-02", "none", []),
    ("a Kapolresta honours online drivers",
     None,
     "Kapolresta Bandar Lampung memberikan penghargaan kepada dua pengemudi ojek online yang membantu "
     "menangkap pelaku begal di Jalan Teuku Umar.",
     "2024-08-07", "given", []),
    ("a Kapolda honours counted personnel from three units listed after berasal dari",
     None,
     "Kapolda Sulawesi Tengah Irjen Pol Agus Nugroho memberikan penghargaan kepada 27 personel berprestasi "
     "dalam upacara Hari Bhayangkara ke-78 di Palu, Senin (1/7/2024). Mereka berasal dari Ditreskrimum Polda "
     "Sulteng, Satreskrim Polres Parigi Moutong dan Satreskrim Polres Banggai yang mengungkap kasus pembunuhan "
     "berencana. Selain itu, Kapolda juga menyerahkan tali asih kepada keluarga personel yang gugur.",
     "2024-07-02", "received", [
      (["Ditreskrimum Polda Sulawesi Tengah", "Satreskrim Polres Parigi Moutong", "Satreskrim Polres Banggai"],
       None, "kapolda", "Kapolda Sulawesi Tengah", None, "2024-07-01"),
     ]),
    ("a Satlantas from a regency's government, its Bupati hands over",
     "Inovasi SIM Online, Satlantas Polres Pati Sabet Penghargaan dari Bupati",
     "Satlantas Polresta Pati menyabet penghargaan Inovasi Daerah Terbaik 2023 dari Pemerintah Kabupaten "
     "Pati. Penghargaan tersebut diserahkan oleh Bupati Pati kepada Kasat Lantas Polresta Pati Kompol Eko "
     "Wahyudi di Pendopo Kabupaten. Menurut Bupati, inovasi SIM online memudahkan masyarakat.",
     "2024-02-14", "received", [
      (["Satlantas Polresta Pati"], "Eko Wahyudi", "regional_government", "Pemerintah Kabupaten Pati", 2023, None),
     ]),
    ("two Polres counted then listed, kepada keduanya",
     None,
     "Dua polres di wilayah Polda Kalimantan Timur, yakni Polres Paser dan Polres Kutai Barat, dinilai "
     "berhasil menekan angka kecelakaan lalu lintas. Atas capaian itu, Korlantas Polri memberikan penghargaan "
     "kepada keduanya dalam Rakernis Fungsi Lalu Lintas tahun 2024 di Jakarta. Penghargaan diterima oleh "
     "masing-masing Kasat Lantas.",
     "2024-03-05", "received", [
      (["Polres Paser", "Polres Kutai Barat"], None, "kapolri", "Korlantas Polri", None, None),
     ]),
    ("a Bupati honours a Bhabinkamtibmas named with his Polsek, the Kapolres attends",
     None,
     "Bupati Lombok Barat memberikan piagam penghargaan kepada Bripka Made Wirata, Bhabinkamtibmas Polsek "
     "Gerung, yang menggagas kampung bebas narkoba. Piagam diserahkan dalam apel gabungan di Gerung, Kamis "
     "(8/8/2024). Kapolres Lombok Barat AKBP Bagus Nyoman yang hadir mengapresiasi dedikasi anggotanya.",
     "2024-08-09", "received", [
      (["Polsek Gerung"], "Made Wirata", "regional_government", "Bupati Lombok Barat", None, "2024-08-08"),
     ]),
    ("a finance office's award for a half year, a Kodim honoured alike",
     "Polres Ngawi Terima Penghargaan Pengelolaan Keuangan Terbaik",
     "Polres Ngawi menerima penghargaan sebagai satuan kerja dengan nilai Indikator Kinerja Pelaksanaan "
     "Anggaran (IKPA) terbaik semester I tahun 2024 dari KPPN Ngawi. Penghargaan diterima Kabag Ren Polres "
     "Ngawi Kompol Suparno. Di tempat yang sama, Kodim 0805 Ngawi juga menerima penghargaan serupa.",
     "2024-08-15", "received", [
      (["Polres Ngawi"], "Suparno", "ministry", "KPPN Ngawi", 2024, None),
     ]),
    ("a Kapolres gives his personnel after a promotion ceremony, he hopes",
     None,
     "Sejumlah personel Polres Tanah Datar mendapat penghargaan dari Kapolres Tanah Datar AKBP Sugeng "
     "Hariyadi usai upacara kenaikan pangkat, Jumat (3/1/2025). Mereka dinilai berprestasi dalam pengungkapan "
     "kasus curanmor dan pengamanan Natal. Kapolres berharap penghargaan ini memotivasi personel lain.",
     "2025-01-04", "received", [
      (["Polres Tanah Datar"], None, "other", "Kapolres Tanah Datar", None, "2025-01-03"),
     ]),
    ("a Bidhumas wins a contest held by the Divisi Humas, its Kabid accepts",
     "Humas Polda Kepri Raih Juara Pertama Lomba Video Kreatif Divisi Humas Polri",
     "Bidhumas Polda Kepulauan Riau meraih juara pertama Lomba Video Kreatif HUT Bhayangkara yang digelar "
     "Divisi Humas Polri. Trofi diserahkan Kadiv Humas Polri kepada Kabid Humas Polda Kepri Kombes Pol Pandra "
     "Arsyad. Pandra menyampaikan terima kasih atas dukungan seluruh jajaran.",
     "2024-07-10", "received", [
      (["Bidhumas Polda Kepulauan Riau"], "Pandra Arsyad", "kapolri", "Divisi Humas Polri", None, None),
     ]),
    ("a status given by a Kapolresta, its piagam accepted directly by the Kapolsek",
     None,
     "Polsek Cilacap Tengah kini berstatus sebagai Polsek dengan pelayanan terbaik se-Polresta Cilacap. "
     "Status itu diberikan Kapolresta Cilacap Kombes Pol Fannky Ani Sugiharto dalam analisa dan evaluasi "
     "bulanan, Selasa (5/3/2024). Piagam diterima langsung Kapolsek Cilacap Tengah AKP Sunardi.",
     "2024-03-06", "received", [
      (["Polsek Cilacap Tengah"], "Sunardi", "other", "Kapolresta Cilacap", None, "2024-03-05"),
     ]),
    ("an NGO's provincial branch gives a Satresnarkoba, its Kasat accepts",
     None,
     "Lembaga Swadaya Masyarakat Gerakan Anti Narkotika (Granat) Sumatera Utara memberikan penghargaan "
     "kepada Satresnarkoba Polrestabes Medan. Penghargaan itu diberikan atas pengungkapan 100 kilogram sabu "
     "sepanjang 2024. Ketua Granat Sumut menyerahkan piagam kepada Kasat Resnarkoba Kompol Jhonny Sitepu.",
     "2025-01-20", "received", [
      (["Satresnarkoba Polrestabes Medan"], "Jhonny Sitepu", "other", "Granat Sumatera Utara", None, None),
     ]),
    ("a contest's assessors visit, the result announced later",
     None,
     "Kapolres Lombok Tengah menerima kunjungan tim penilai lomba Kampung Tangguh tingkat Polda NTB. Tim "
     "menilai kesiapan kampung di Desa Sengkol. Hasil penilaian akan diumumkan pada HUT Bhayangkara mendatang.",
     "2024-06-04", "none", []),
    ("a Polres honours fishermen and a tug's crew",
     None,
     "Polres Karimun memberikan penghargaan kepada nelayan dan kru kapal tunda yang membantu evakuasi korban "
     "kapal tenggelam. Penghargaan diserahkan Kapolres Karimun di Mapolres, Rabu. Kapolres menyebut aksi "
     "mereka sangat berarti.",
     "2024-09-19", "given", []),
    ("a Bupati honoured by a ministry, the Kapolres congratulates",
     None,
     "Bupati Purworejo menerima penghargaan Anugerah Kabupaten Peduli HAM dari Kementerian Hukum dan HAM. "
     "Kapolres Purworejo AKBP Eko Sunaryo mengucapkan selamat atas penghargaan tersebut. Ia berharap sinergi "
     "Polres dan Pemkab terus terjalin.",
     "2024-12-11", "none", []),
    ("an Ombudsman office honours regencies, the Kapolda attends",
     None,
     "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan kepada 11 kabupaten dan kota. "
     "Kabupaten Muaro Jambi meraih predikat kualitas tertinggi. Kapolda Jambi turut hadir dalam acara "
     "tersebut.",
     "2024-12-09", "none", []),
    ("a regency's government menganugerahkan, its Bupati hands over, a Kodim honoured alike",
     "Kapolres Buol Terima Penghargaan Bupati atas Pengamanan Festival",
     "BUOL - Pemerintah Kabupaten Buol menganugerahkan piagam penghargaan kepada Polres Buol atas suksesnya "
     "pengamanan Festival Teluk Buol. Piagam diserahkan langsung Bupati Buol kepada Kapolres Buol AKBP Sugeng "
     'Lestari di alun-alun kota, Sabtu (14/9/2024). "Kami berterima kasih atas kerja sama TNI dan Polri," kata '
     "Bupati. Selain Polres, Kodim 1305 Buol juga mendapat penghargaan yang sama.",
     "2024-09-15", "received", [
      (["Polres Buol"], "Sugeng Lestari", "regional_government", "Pemerintah Kabupaten Buol", None, "2024-09-14"),
     ]),
    ("keluar sebagai juara I, then disusul in second place, a Kapolres's contest",
     "Polsek Tembilahan Hulu Juara Lomba Polsek Presisi",
     "Dalam rangka HUT Bhayangkara ke-78, Polres Indragiri Hilir menggelar lomba Polsek Presisi. Hasilnya, "
     "Polsek Tembilahan Hulu keluar sebagai juara I, disusul Polsek Kuala Indragiri di posisi kedua. Piala "
     "diserahkan Kapolres Indragiri Hilir AKBP Budi Setiawan kepada masing-masing Kapolsek.",
     "2024-07-03", "received", [
      (["Polsek Tembilahan Hulu"], None, "other", "Kapolres Indragiri Hilir", None, None),
      (["Polsek Kuala Indragiri"], None, "other", "Kapolres Indragiri Hilir", None, None),
     ]),
    ("Kompolnas menetapkan a Polresta sebagai the best, handed over and accepted",
     None,
     "Komisi Kepolisian Nasional (Kompolnas) menetapkan Polresta Malang Kota sebagai Polresta terbaik dalam "
     "layanan pengaduan masyarakat pada Kompolnas Award 2023. Penghargaan diserahkan Ketua Kompolnas di "
     "Jakarta, Kamis (30/11/2023), dan diterima Kapolresta Malang Kota Kombes Pol Budi Hermanto.",
     "2023-12-01", "received", [
      (["Polresta Malang Kota"], "Budi Hermanto", "kompolnas", "Kompolnas", 2023, "2023-11-30"),
     ]),
    ("members of a Satlantas counted, from a regency's transport office",
     None,
     "Sebanyak empat anggota Satlantas Polres Badung menerima penghargaan dari Dinas Perhubungan Kabupaten "
     "Badung. Mereka dinilai berjasa mengurai kemacetan di kawasan Canggu selama libur panjang. Kasat Lantas "
     "Polres Badung AKP Ketut Sutama mengatakan penghargaan tersebut menjadi motivasi.",
     "2024-05-20", "received", [
      (["Satlantas Polres Badung"], None, "regional_government", "Dinas Perhubungan Kabupaten Badung", None, None),
     ]),
    ("kembali meraih WBBM, the earlier WBK recalled",
     "Lagi, Polres Metro Jakarta Selatan Raih Predikat WBBM",
     "Polres Metro Jakarta Selatan kembali meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari "
     "Kementerian PANRB. Piagam diserahkan Menteri PANRB dalam acara penganugerahan Zona Integritas di "
     "Jakarta, Rabu (18/12/2024). Pada tahun sebelumnya, Polres Metro Jakarta Selatan meraih predikat WBK.",
     "2024-12-19", "received", [
      (["Polres Metro Jakarta Selatan"], None, "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-18"),
     ]),
    ("a Polwan of a Polres wins a Polda-level contest",
     None,
     "Bripda Siti Aminah, anggota Polwan Polres Lhokseumawe, meraih juara pertama lomba pidato bahasa "
     "Inggris tingkat Polda Aceh. Trofi diserahkan Wakapolda Aceh Brigjen Pol Armia Fahmi di Banda Aceh, Senin "
     "(22/4/2024).",
     "2024-04-23", "received", [
      (["Polres Lhokseumawe"], "Siti Aminah", "kapolda", "Polda Aceh", None, "2024-04-22"),
     ]),
    ("a ministry's directorate general gives a Ditpolairud, its deputy stands in",
     None,
     "Direktorat Jenderal Bea dan Cukai memberikan penghargaan kepada Ditpolairud Polda Kepulauan Riau atas "
     "sinergi penindakan penyelundupan rokok ilegal di perairan Batam. Penghargaan diterima Wadirpolairud AKBP "
     "Iwan Setiawan mewakili Dirpolairud.",
     "2024-10-15", "received", [
      (["Ditpolairud Polda Kepulauan Riau"],
       "Iwan Setiawan", "ministry", "Direktorat Jenderal Bea dan Cukai", None, None),
     ]),
    ("a Polres in a contest's assessment, the winner announced later",
     None,
     "Polres Jembrana mengikuti penilaian lomba Kampung Tangguh Narkoba tingkat Polda Bali. Kapolres "
     "Jembrana berharap Desa Pengambengan bisa menjadi juara. Pengumuman pemenang dijadwalkan akhir bulan.",
     "2024-05-28", "none", []),
    ("a Kapolres honours three security guards",
     None,
     "Kapolres Bantul menyerahkan piagam penghargaan kepada tiga satpam perumahan yang menggagalkan aksi "
     "pencurian. Ketiganya menerima piagam di Mapolres Bantul, Rabu.",
     "2024-06-05", "given", []),
    ("a city's BNN honoured by a Gubernur, the Kapolrestabes watches",
     None,
     "BNN Kota Surabaya meraih penghargaan dari Gubernur Jawa Timur atas program kota tanggap ancaman "
     "narkoba. Kapolrestabes Surabaya hadir menyaksikan penyerahan penghargaan tersebut.",
     "2024-06-26", "none", []),
    ("a Polres prepares for an Ombudsman assessment",
     None,
     "Menjelang penilaian Ombudsman tahun ini, Polres Sragen membenahi ruang pelayanan SKCK dan SPKT. "
     "Kapolres Sragen menargetkan predikat kepatuhan tertinggi.",
     "2024-07-15", "none", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", BREADTH, ids=[row[0] for row in BREADTH])
def test_breadth_of_wording(construction, title, text, day, role, awards):
    assert classify_award_role(title, text).award_role == role
    if role != "received":
        return
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    for (units, officer, kind, giver, year, event_day), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        assert (award["officer"], award["category"], award["year"], award["event_date"]) == (
            officer,
            kind,
            year,
            event_day,
        )
        assert shares_words(giver, award["giver"]), award["giver"]


# -- recipient units across the ways outlets name them: passages written apart from the evaluation stories ------------

RECIPIENT_UNITS_BREADTH = [
    # how the unit is named, headline, text, every recipient unit of the story (compared in canonical form)
    ('chief implies unit', None,
     'Kapolres Pidie Jaya AKBP Hendra Saputra menerima penghargaan dari Bupati Pidie Jaya atas keberhasilan '
     'pengamanan pilkada. Penghargaan diserahkan di Meureudu, Senin (9/12).',
     ['Polres Pidie Jaya']),
    ('headquarters names unit', None,
     'Ombudsman RI Perwakilan Jawa Barat menyerahkan piagam kepatuhan pelayanan publik ke Mapolres Garut, Rabu.'
     ' Piagam diterima langsung Wakapolres Garut Kompol Dedi Rusmana.',
     ['Polres Garut']),
    ('jajaran Polres', None,
     'Jajaran Polres Lombok Tengah meraih predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB. '
     'Predikat itu diumumkan di Jakarta, Selasa.',
     ['Polres Lombok Tengah']),
    ('Kepolisian + region', None,
     'Kepolisian Banyumas meraih penghargaan Top 45 Inovasi Pelayanan Publik dari Kementerian PANRB. Inovasi '
     'yang dinilai adalah layanan pengaduan daring.',
     ['Polresta Banyumas']),
    ('Satbrimobda', None,
     'Satbrimobda Jateng meraih penghargaan dari Gubernur Jawa Tengah atas bantuan penanganan banjir di Demak. '
     'Piagam diserahkan di Semarang, Jumat.',
     ['Satbrimob Polda Jawa Tengah']),
    ('Batalyon Pelopor', None,
     'Batalyon A Pelopor Satbrimob Polda Riau menerima penghargaan dari Bupati Kampar atas pemadaman kebakaran '
     'hutan dan lahan di Kampar.',
     ['Batalyon A Pelopor Satbrimob Polda Riau']),
    ('Sat Reskrim loose', None,
     'Sat Reskrim Polres Tegal mendapat penghargaan dari Bupati Tegal atas pengungkapan kasus pembunuhan di '
     'Slawi.',
     ['Satreskrim Polres Tegal']),
    ('Unit Reskrim Polsek', None,
     'Unit Reskrim Polsek Cileungsi menerima piagam penghargaan dari Kapolres Bogor atas penangkapan komplotan '
     'pencuri sepeda motor.',
     ['Polsek Cileungsi']),
    ('list across sentences', None,
     'Kapolda Jawa Timur memberikan penghargaan kepada sejumlah satuan wilayah atas pengamanan Natal dan Tahun '
     'Baru. Penerimanya adalah Polres Jember dan Polres Lumajang. Selain itu, Polres Probolinggo juga mendapat '
     'penghargaan yang sama.',
     ['Polres Jember', 'Polres Lumajang', 'Polres Probolinggo']),
    ('headline only', 'Polres Aceh Tamiang Raih Predikat Kepatuhan Tinggi dari Ombudsman',
     'Ombudsman RI Perwakilan Aceh menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2024 di'
     ' Banda Aceh, Rabu (11/12). Penghargaan diterima Wakapolres Kompol Samsul Bahri.',
     ['Polres Aceh Tamiang']),
    ('upgraded unit', None,
     'Polres Cirebon yang kini naik status menjadi Polresta Cirebon meraih penghargaan dari Bupati Cirebon atas'
     ' pengamanan Idul Fitri.',
     ['Polresta Cirebon']),
    ('several units one award', None,
     'Tiga satuan di jajaran Polda Bali, yakni Polresta Denpasar, Polres Badung dan Polres Gianyar, menerima '
     'penghargaan dari Gubernur Bali atas pengamanan konferensi internasional.',
     ['Polresta Denpasar', 'Polres Badung', 'Polres Gianyar']),
    ('dateline and chief', None,
     'RANTAU - Kapolres Tapin AKBP Sugeng Priyadi menerima penghargaan dari Kejaksaan Negeri Tapin atas sinergi'
     ' penegakan hukum.',
     ['Polres Tapin']),
    ('Kapolsek implies Polsek', None,
     'Kapolsek Pagerbarang AKP Budi Hartono menerima piagam penghargaan dari Camat Pagerbarang atas pembinaan '
     'keamanan desa.',
     ['Polsek Pagerbarang']),
    ('Kasat Lantas', None,
     'Kasat Lantas Polres Magetan AKP Dwi Santoso menerima penghargaan dari Bupati Magetan atas pelayanan SIM '
     'keliling.',
     ['Satlantas Polres Magetan']),
    ('Dirlantas', None,
     'Dirlantas Polda Kalimantan Barat Kombes Pol Hendri Wijaya menerima penghargaan dari Jasa Raharja atas '
     'penurunan angka fatalitas kecelakaan.',
     ['Ditlantas Polda Kalimantan Barat']),
    ('Bidang Humas', None,
     'Bidang Humas Polda Sulawesi Selatan meraih penghargaan dari PWI Sulsel sebagai humas terbaik tahun ini.',
     ['Bidhumas Polda Sulawesi Selatan']),
    ('Kapolda implies Polda', None,
     'Kapolda Kepulauan Riau Irjen Pol Yan Saputra menerima penghargaan dari Gubernur Kepri atas pengamanan '
     'perbatasan laut.',
     ['Polda Kepulauan Riau']),
    ('Polsek with its resort', None,
     'Dua personel Polsek Gunungsari, Polres Lombok Barat, menerima penghargaan dari Kapolres atas aksi '
     'penyelamatan warga yang tenggelam.',
     ['Polsek Gunungsari']),
    ('Kakorbrimob', None,
     'Kakorbrimob Polri Komjen Imam Santoso menerima penghargaan dari MURI atas pengibaran bendera terbanyak di'
     ' laut.',
     ['Korbrimob Polri']),
    ('Direktorat Polairud loose', None,
     'Direktorat Polairud Polda Kaltim meraih penghargaan dari Dinas Kelautan dan Perikanan Kalimantan Timur '
     'atas patroli pencegahan penangkapan ikan ilegal.',
     ['Ditpolairud Polda Kalimantan Timur']),
    ('two Bekasi resorts', None,
     'Polres Metro Bekasi Kota dan Polres Metro Bekasi menerima penghargaan dari Pemprov Jawa Barat atas '
     'pengamanan pemilu.',
     ['Polres Metro Bekasi Kota', 'Polres Metro Bekasi']),
    ('Satuan written out', None,
     'Satuan Reserse Narkoba (Satresnarkoba) Polres Karawang menerima penghargaan dari BNN Kabupaten Karawang '
     'atas pengungkapan peredaran sabu.',
     ['Satresnarkoba Polres Karawang']),
    ('Sat Binmas loose', None,
     'Sat Binmas Polres Kebumen diganjar penghargaan oleh Bupati Kebumen atas pembinaan satpam perusahaan.',
     ['Satbinmas Polres Kebumen']),
    ('abbreviated region', None,
     'Polres Tanjab Barat meraih penghargaan dari Pemkab Tanjung Jabung Barat atas penanganan kebakaran lahan.',
     ['Polres Tanjung Jabung Barat']),
    ('headline pair, pronoun in text', 'Polres Blitar dan Polres Blitar Kota Sabet Predikat WBK',
     'Kedua satuan itu menerima piagam dari Kementerian PANRB di Jakarta, Rabu (18/12).',
     ['Polres Blitar', 'Polres Blitar Kota']),
    ('Polsek chiefs listed', None,
     'Bupati Sleman memberikan penghargaan kepada Kapolsek Depok Barat, Kapolsek Ngaglik dan Kapolsek Mlati '
     'atas pengamanan malam tahun baru.',
     ['Polsek Depok Barat', 'Polsek Ngaglik', 'Polsek Mlati']),
    ('Wakapolres receives for unit', None,
     'Penghargaan dari Pemkot Palu diterima Wakapolresta Palu AKBP Rahmat Hidayat di Gedung Juang, Kamis.',
     ['Polresta Palu']),
    ('personnel of Satlantas counted', None,
     'Sebanyak tujuh personel Satlantas Polres Bantul menerima penghargaan dari Kapolres Bantul atas pengaturan'
     ' lalu lintas saat libur panjang.',
     ['Satlantas Polres Bantul']),
    ('not a recipient: venue only, civilians honoured', None,
     'Bupati Gresik memberikan penghargaan kepada lima warga yang membantu menangkap pencuri. Penyerahan '
     'berlangsung di Mapolres Gresik, Jumat.',
     []),
    ("not a recipient: giver's unit", None,
     'Kapolres Klaten AKBP Warsono memberikan penghargaan kepada Polsek Wedi atas keberhasilan mengungkap kasus'
     ' pencurian ternak.',
     ['Polsek Wedi']),
    ("not a recipient: assessor's unit", None,
     'Polres Rembang meraih juara pertama lomba kampung tangguh. Penilaian dilakukan tim dari Ditbinmas Polda '
     'Jawa Tengah.',
     ['Polres Rembang']),
    ('not a recipient: parent Polda in passing', None,
     'Polres Sinjai, jajaran Polda Sulawesi Selatan, meraih penghargaan dari Ombudsman RI atas kepatuhan '
     'standar pelayanan publik.',
     ['Polres Sinjai']),
    ('not a recipient: earlier winners', None,
     'Polres Ponorogo meraih predikat WBK dari Kementerian PANRB tahun ini. Sebelumnya, predikat serupa telah '
     'diraih Polres Madiun dan Polres Ngawi pada tahun lalu.',
     ['Polres Ponorogo']),
    ('not a recipient: venue at Mapolda', None,
     'Bupati Maros memberikan penghargaan kepada Polres Maros atas pengamanan pilkada. Acara digelar di Aula '
     'Mapolda Sulawesi Selatan, Senin.',
     ['Polres Maros']),
    ('not a recipient: Brimob commander gives to civilians', None,
     'Dansat Brimob Polda Aceh memberikan penghargaan kepada sejumlah relawan yang membantu evakuasi korban '
     'banjir.',
     []),
    ("not a recipient: Polsek in the giver's reason", None,
     'Kepala Desa Sukamaju menerima penghargaan dari Kapolres Garut atas dukungannya kepada Polsek Cisurupan.',
     []),
    ('headquarters in the headline', 'Mapolresta Sidoarjo Terima Piagam Zona Integritas',
     'Piagam diserahkan Deputi Reformasi Birokrasi KemenPAN-RB di Jakarta, Selasa (10/12).',
     ['Polresta Sidoarjo']),
    ('Satuan alone across sentences', None,
     'Kapolres Bima Kota AKBP Andi Wirawan memberikan penghargaan kepada Satreskrim atas pengungkapan kasus '
     'pencurian. Satresnarkoba juga menerima penghargaan atas pengungkapan sabu.',
     ['Satreskrim Polres Bima Kota', 'Satresnarkoba Polres Bima Kota']),
    ('Kapolsek list framed by their resort', None,
     'Tiga Kapolsek jajaran Polres Jepara, yakni Kapolsek Mlonggo, Kapolsek Bangsri dan Kapolsek Keling, '
     'menerima penghargaan dari Kapolres Jepara.',
     ['Polsek Mlonggo', 'Polsek Bangsri', 'Polsek Keling']),
    ('upgrade then award', None,
     'Polres Sleman resmi naik status menjadi Polresta Sleman. Pada kesempatan yang sama, Polresta Sleman '
     'menerima penghargaan dari Bupati Sleman atas pengamanan pemilu.',
     ['Polresta Sleman']),
    ('long form then short in brackets', None,
     'Kepolisian Daerah Jawa Timur (Polda Jatim) meraih penghargaan dari Komisi Informasi Pusat sebagai badan '
     'publik informatif.',
     ['Polda Jawa Timur']),
    ('Kep. abbreviated', None,
     'Polres Kep. Meranti meraih penghargaan dari Bupati Kepulauan Meranti atas penanganan kebakaran lahan.',
     ['Polres Kepulauan Meranti']),
    ('city in two words', None,
     'Polresta Pekan Baru menerima penghargaan dari Wali Kota Pekanbaru atas pengamanan MTQ.',
     ['Polresta Pekanbaru']),
    ('Bhabinkamtibmas of a Polsek', None,
     'Bhabinkamtibmas Polsek Pakem Aipda Joko Susilo menerima penghargaan dari Bupati Sleman atas pendampingan '
     'desa wisata.',
     ['Polsek Pakem']),
    ('members, resort and Polda in passing', None,
     'Dua anggota Polres Lombok Timur, Polda NTB, menerima penghargaan dari Kapolda NTB atas penyelamatan '
     'wisatawan.',
     ['Polres Lombok Timur']),
    ('Kapolsek in headline only', 'Kapolsek Tegalrejo Diganjar Penghargaan',
     'Penghargaan diserahkan Wali Kota Yogyakarta di Balai Kota, Senin (2/12).',
     ['Polsek Tegalrejo']),
    ('jajaran kepolisian + regency', None,
     'Bupati Gunungkidul memberikan penghargaan kepada jajaran kepolisian Gunungkidul atas pengamanan libur '
     'Natal.',
     ['Polres Gunungkidul']),
    ('Polda beserta jajarannya', None,
     'Polda Sulsel beserta jajarannya meraih penghargaan dari Ombudsman RI atas kepatuhan pelayanan publik.',
     ['Polda Sulawesi Selatan']),
    ('Dit Reskrimsus spaced', None,
     'Dit Reskrimsus Polda Jambi menerima penghargaan dari Bank Indonesia atas pengungkapan uang palsu.',
     ['Ditreskrimsus Polda Jambi']),
    ('Wakapolda', None,
     'Wakapolda Jambi Brigjen Pol Edi Saputra menerima penghargaan dari Gubernur Jambi mewakili Kapolda.',
     ['Polda Jambi']),
    ('Polsek list one type word', None,
     'Polsek Kalasan, Prambanan dan Berbah menerima penghargaan dari Camat atas pengamanan wisata candi.',
     ['Polsek Kalasan', 'Polsek Prambanan', 'Polsek Berbah']),
    ('OKU Timur', None,
     'Polres OKU Timur meraih penghargaan dari Bupati Ogan Komering Ulu Timur atas program Jumat Curhat.',
     ['Polres Ogan Komering Ulu Timur']),
    ('SPN written out', None,
     'Sekolah Polisi Negara (SPN) Polda Sumatera Barat meraih penghargaan dari Lembaga Sertifikasi Profesi atas'
     ' mutu pendidikan.',
     ['SPN Polda Sumatera Barat']),
    ('Sat Polair loose', None,
     'Sat Polair Polres Lombok Timur menerima penghargaan dari Dinas Kelautan atas patroli laut.',
     ['Satpolairud Polres Lombok Timur']),
    ('people of a Polsek, Kapolres gives', None,
     'Kapolres Purworejo AKBP Eko Sunaryo menyerahkan piagam kepada anggota Polsek Bagelen yang menggagalkan '
     'perampokan.',
     ['Polsek Bagelen']),
    ('not a recipient: jury unit, civilian winner', None,
     'Tim dari Polres Malang menjadi juri lomba. Juara pertama diraih SMA Negeri 1 Kepanjen.',
     []),
    ('not a recipient: chief attends civilian award', None,
     'Kapolres Kendal AKBP Hendra Gunawan hadir dalam penyerahan penghargaan Adipura kepada Pemkab Kendal.',
     []),
    ('not a recipient: unit organises, village wins', None,
     'Polres Pekalongan menggelar lomba kebersihan antarkampung. Juara pertama diraih Desa Kedungwuni.',
     []),
    ('not a recipient: giver Polda, recipient resort, assessor Itwasda', None,
     'Kapolda Jawa Tengah memberikan penghargaan kepada Polres Wonosobo sebagai pelayanan terbaik. Penilaian '
     'dilakukan Itwasda Polda Jawa Tengah sejak Oktober.',
     ['Polres Wonosobo']),
    ('port resort short', None,
     'Polres Tanjung Perak meraih penghargaan dari Pelindo atas pengamanan arus mudik laut.',
     ['Polres Pelabuhan Tanjung Perak']),
    ('Dit Samapta', None,
     'Dit Samapta Polda Jateng menerima penghargaan dari Gubernur Jawa Tengah atas patroli malam Lebaran.',
     ['Ditsamapta Polda Jawa Tengah']),
    ('Sat Samapta', None,
     'Sat Samapta Polres Kebumen meraih penghargaan dari Bupati Kebumen atas penjagaan objek wisata.',
     ['Satsamapta Polres Kebumen']),
    ('personel Bidpropam', None,
     'Lima personel Bidpropam Polda Bali menerima penghargaan dari Kapolda Bali atas penegakan disiplin.',
     ['Bidpropam Polda Bali']),
    ('Polsek with abbreviated resort', None,
     'Polsek Ciputat Timur, Polres Tangsel, meraih penghargaan dari Wali Kota Tangerang Selatan.',
     ['Polsek Ciputat Timur']),
    ('Polda Metro', None,
     'Polda Metro menerima penghargaan dari Pemprov DKI Jakarta atas pengamanan malam tahun baru.',
     ['Polda Metro Jaya']),
    ('placements, disusul', None,
     'Juara pertama lomba kampung tangguh diraih Polres Kebumen, disusul Polres Cilacap di posisi kedua dan '
     'Polres Banyumas di posisi ketiga. Piala diserahkan Kapolda Jawa Tengah.',
     ['Polres Kebumen', 'Polres Cilacap', 'Polresta Banyumas']),
    ('Lamsel', None,
     'Polres Lamsel meraih penghargaan dari Bupati Lampung Selatan atas pengamanan pelabuhan Bakauheni.',
     ['Polres Lampung Selatan']),
    ('Deliserdang', None,
     'Polresta Deliserdang menerima penghargaan dari Bupati Deli Serdang atas program Jumat Curhat.',
     ['Polresta Deli Serdang']),
    ('kepolisian resor small', None,
     'Penghargaan diberikan kepada kepolisian resor Jombang atas pengamanan pilkada.',
     ['Polres Jombang']),
    ('Polres Kota Palangka Raya', None,
     'Polres Kota Palangka Raya meraih penghargaan dari Wali Kota Palangka Raya.',
     ['Polresta Palangka Raya']),
    ('venue Mako Satbrimob', None,
     'Lomba tembak digelar di Mako Satbrimob Polda Jambi. Juara satu diraih Polres Kerinci.',
     ['Polres Kerinci']),
    ('director gives to Satlantas', None,
     'Dirlantas Polda Riau menyerahkan piagam kepada Satlantas Polres Siak atas penurunan angka kecelakaan.',
     ['Satlantas Polres Siak']),
    ('counted headline, list in text', 'Tiga Polsek di Kudus Raih Penghargaan',
     'Ketiganya adalah Polsek Jati, Polsek Bae dan Polsek Gebog. Penghargaan diserahkan Bupati Kudus, Senin '
     '(9/12).',
     ['Polsek Jati', 'Polsek Bae', 'Polsek Gebog']),
    ('second unit across sentence', None,
     'Bupati Tulungagung memberikan penghargaan kepada Polres Tulungagung atas pengamanan pemilu. Penghargaan '
     'serupa juga diterima Polres Trenggalek dari Bupati Trenggalek.',
     ['Polres Tulungagung', 'Polres Trenggalek']),
    ('Satuan Lalu Lintas', None,
     'Satuan Lalu Lintas Polres Ponorogo menerima penghargaan dari Jasa Raharja atas layanan samsat keliling.',
     ['Satlantas Polres Ponorogo']),
    ('polisi lowercase regency', None,
     'Bupati Banjarnegara memberikan penghargaan kepada polisi Banjarnegara atas penanganan longsor.',
     ['Polres Banjarnegara']),
    ('Kasat Reskrim loose', None,
     'Kasatreskrim Polres Pati AKP Dedi Kurniawan menerima penghargaan dari Kejaksaan Negeri Pati.',
     ['Satreskrim Polresta Pati']),
    ('not a recipient: venue Mapolda, civilians', None,
     'Kapolda Jambi memberikan penghargaan kepada tiga warga di Mapolda Jambi atas keberanian menangkap '
     'penjambret.',
     []),
    ('not a recipient: former unit of the winner', None,
     'Polres Merangin meraih penghargaan dari Bupati Merangin. Kapolres Merangin sebelumnya menjabat Kasubdit '
     'di Ditreskrimum Polda Jambi.',
     ['Polres Merangin']),
    ('members listed by where they serve', None,
     'Kapolres Kebumen AKBP Recky Saputra memberikan penghargaan kepada lima personel berprestasi. Mereka '
     'adalah Aipda Joko dari Satreskrim, Brigpol Dedi dari Satlantas, serta Bripka Anton, Bhabinkamtibmas '
     'Polsek Petanahan.',
     ['Satreskrim Polres Kebumen', 'Satlantas Polres Kebumen', 'Polsek Petanahan']),
    ('member in apposition', None,
     'Bripka Sutrisno, anggota Satsamapta Polres Grobogan, menerima piagam dari Bupati Grobogan karena menolong'
     ' korban kecelakaan.',
     ['Satsamapta Polres Grobogan']),
    ('personel of two units across sentences', None,
     'Penghargaan itu diserahkan Kapolda Sumbar kepada personel Polres Pasaman Barat yang mengungkap kasus '
     'pembalakan liar. Selain itu, personel Polsek Kinali juga mendapat penghargaan.',
     ['Polres Pasaman Barat', 'Polsek Kinali']),
    ('headline unit, givers in text', 'Polres Ngawi Sabet Tiga Penghargaan Sekaligus',
     'Ketiga penghargaan itu diberikan oleh Bupati Ngawi, Kejaksaan Negeri Ngawi dan BNN Kabupaten Ngawi pada '
     'peringatan Hari Bhayangkara.',
     ['Polres Ngawi']),
    ("two chiefs of a resort's parts", None,
     'Dalam upacara HUT Bhayangkara, Kapolres Sidrap memberikan penghargaan kepada Kasat Narkoba AKP Rudi '
     'Hartono dan Kapolsek Maritengngae AKP Hasan Basri.',
     ['Satresnarkoba Polres Sidenreng Rappang', 'Polsek Maritengngae']),
    ('Bhabinkamtibmas of a village, Polsek', None,
     'Aipda Wayan Sudarsana, Bhabinkamtibmas Desa Kenderan, Polsek Tegallalang, menerima penghargaan dari '
     'Kapolres Gianyar.',
     ['Polsek Tegallalang']),
    ('passive, two resorts', None,
     'Penghargaan dari Ombudsman diterima oleh Polres Bangka Barat dan Polres Belitung Timur.',
     ['Polres Bangka Barat', 'Polres Belitung Timur']),
    ('kado istimewa', None,
     'Atas prestasi itu, Polres Situbondo mendapat kado istimewa di HUT Bhayangkara berupa penghargaan dari '
     'Kapolda Jatim.',
     ['Polres Situbondo']),
    ('chief accepts for all his people', None,
     'Kapolres Tabanan AKBP Chandra Wijaya menerima penghargaan dari Bupati Tabanan mewakili seluruh jajaran.',
     ['Polres Tabanan']),
    ('Polda and its directorate, separate givers', None,
     'Polda Kalteng meraih penghargaan dari KPPN Palangka Raya, sementara Ditreskrimsus Polda Kalteng mendapat '
     'penghargaan dari OJK.',
     ['Polda Kalimantan Tengah', 'Ditreskrimsus Polda Kalimantan Tengah']),
    ('Polwan of a Satuan', None,
     'Brigadir Nur Aini, Polwan Satbinmas Polresta Magelang, meraih penghargaan dari Gubernur Jawa Tengah.',
     ['Satbinmas Polresta Magelang']),
    ("not a recipient: chief attends civilians' award", None,
     'Bupati Sukoharjo memberikan penghargaan kepada Tim Penggerak PKK. Hadir dalam acara itu Kapolres '
     'Sukoharjo dan Dandim 0726.',
     []),
    ('not a recipient: assessment visit only', None,
     'Polresta Malang Kota menerima kunjungan tim penilai Ombudsman RI. Hasil penilaian kepatuhan akan '
     'diumumkan bulan depan.',
     []),
    ('Sat Intelkam', None,
     'Sat Intelkam Polres Bojonegoro meraih penghargaan dari Bupati Bojonegoro atas deteksi dini konflik '
     'sosial.',
     ['Satintelkam Polres Bojonegoro']),
    ('Tim Opsnal of a Satuan', None,
     'Tim Opsnal Satreskrim Polres Lamongan menerima penghargaan dari Kapolres Lamongan atas penangkapan pelaku'
     ' begal.',
     ['Satreskrim Polres Lamongan']),
    ('Bag Ops', None,
     'Bag Ops Polres Purbalingga meraih penghargaan dari Kapolda Jawa Tengah atas perencanaan pengamanan '
     'pemilu.',
     ['Bagops Polres Purbalingga']),
    ('Sie Humas', None,
     'Sie Humas Polres Klaten menerima penghargaan dari PWI Klaten sebagai mitra media terbaik.',
     ['Seksi Humas Polres Klaten']),
    ('Unit Laka', None,
     'Unit Laka Satlantas Polres Jember mendapat penghargaan dari Jasa Raharja atas percepatan santunan korban.',
     ['Unit Laka Satlantas Polres Jember']),
    ('Ditpamobvit', None,
     'Ditpamobvit Polda Bali menerima penghargaan dari pengelola bandara atas pengamanan objek vital.',
     ['Ditpamobvit Polda Bali']),
    ('Kapolsek dan jajarannya', None,
     'Kapolsek Ngemplak dan jajarannya menerima penghargaan dari Camat Ngemplak atas pengamanan pasar.',
     ['Polsek Ngemplak']),
    ('Polsek with Metro resort', None,
     'Tiga anggota Polsek Pulogadung, Polres Metro Jakarta Timur, menerima penghargaan dari Wali Kota Jakarta '
     'Timur.',
     ['Polsek Pulogadung']),
    ('Metro omitted', None,
     'Polres Jakarta Utara menerima penghargaan dari Pelindo atas pengamanan pelabuhan.',
     ['Polres Metro Jakarta Utara']),
    ('Polres Kabupaten', None,
     'Polres Kabupaten Bogor meraih penghargaan dari Pemkab Bogor atas penanganan bencana.',
     ['Polres Bogor']),
    ('Polres Kota Bandung', None,
     'Polres Kota Bandung menerima penghargaan dari Wali Kota Bandung atas pengamanan konser.',
     ['Polrestabes Bandung']),
    ("not a recipient: students honoured at a resort's hall", None,
     'Penghargaan dari Kapolda Jabar untuk para pelajar diserahkan Wakapolres Bogor di aula Polres Bogor.',
     []),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, units", RECIPIENT_UNITS_BREADTH, ids=[row[0] for row in RECIPIENT_UNITS_BREADTH]
)
def test_recipient_units_however_named(construction, title, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(title, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


# -- long stories: which of the many units a story names receive ------------------------------------------------------
# Written apart from the real stories: ceremonies where some units receive while others attend, a unit's award
# beside an earlier one of another unit, winners by category or place over several sentences, chiefs quoted at
# length on partners (Kodim, Pemkab, Kejari) that receive nothing, background on an award's assessment, the
# recipient named only in the headline and by its chief, Polri honouring citizens, a promotion ceremony followed
# by awards. Awards are matched by their recipients, in any order; the giver as the evaluation compares it.
LONG_STORIES = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ('kapolda ceremony two polres receive, others attend',
     None,
     "SEMARANG - Kapolda Jawa Tengah Irjen Pol Bambang Sutrisno memberikan penghargaan kepada dua satuan "
     "wilayah yang dinilai berhasil dalam pelaksanaan Operasi Ketupat Candi 2024. Penghargaan diserahkan "
     "dalam apel bersama di lapangan Mapolda Jateng, Senin (22/4/2024). Kedua satuan yang menerima "
     "penghargaan adalah Polres Kendal dan Polres Batang. Apel tersebut juga diikuti perwakilan personel "
     "dari Polres Semarang, Polres Demak dan Polres Salatiga. Kapolda mengatakan, kedua polres tersebut "
     "mampu menekan angka kecelakaan lalu lintas selama arus mudik hingga 40 persen dibanding tahun "
     'sebelumnya. "Saya berharap satuan wilayah lain, termasuk Polres Pekalongan dan Polres Tegal yang '
     'berada di jalur utama, dapat mencontoh keberhasilan ini," ujarnya. Selama operasi, Polda Jateng '
     "mengerahkan lebih dari 14.000 personel gabungan bersama Kodam IV/Diponegoro dan Dinas Perhubungan. "
     "Penghargaan untuk Polres Kendal diterima Kapolres AKBP Dimas Pranoto, sedangkan Polres Batang "
     "diwakili Wakapolres Kompol Heru Santosa.",
     '2024-04-23', 'received', [
      (['Polres Kendal', 'Polres Batang'], None, 'kapolda', 'Kapolda Jawa Tengah', 2024, '2024-04-22'),
     ]),
    ("Kapolri gives two Polda at a leaders' meeting, others attend",
     None,
     "JAKARTA - Kapolri Jenderal Pol Hartono Wicaksono memberikan penghargaan kepada Polda Bali dan Polda "
     "Nusa Tenggara Timur atas pengamanan KTT internasional di Labuan Bajo dan Nusa Dua. Penghargaan "
     "diserahkan dalam Rapat Pimpinan Polri di Gedung Tribrata, Jakarta, Rabu (7/2/2024). Rapim diikuti "
     "seluruh kapolda, termasuk Kapolda Metro Jaya dan Kapolda Jawa Barat, serta pejabat utama Mabes "
     "Polri. Kapolri menilai kedua polda mampu menjaga kelancaran acara yang dihadiri puluhan kepala "
     "negara. Penghargaan untuk Polda Bali diterima Kapolda Bali Irjen Pol Made Artana, sedangkan Polda "
     "NTT diterima Kapolda NTT Irjen Pol Yohanes Bria. Kapolri juga meminta Korlantas Polri dan Baharkam "
     "Polri mengevaluasi pola pengamanan jalur. Rapim tahun ini mengusung tema transformasi menuju Polri "
     "yang presisi.",
     '2024-02-08', 'received', [
      (['Polda Bali', 'Polda Nusa Tenggara Timur'], None, 'kapolri', 'Kapolri', None, '2024-02-07'),
     ]),

    ("WBK received, last year's award of neighbours recalled",
     'Polres Kudus Raih Predikat WBK',
     "KUDUS - Polres Kudus meraih predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian "
     "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Piagam penghargaan diserahkan "
     "Menteri PANRB kepada Kapolres Kudus AKBP Rendra Wijaya di Jakarta, Rabu (13/12/2023). Capaian itu "
     "menjadikan Polres Kudus satuan ketiga di eks-Karesidenan Pati yang menyandang predikat tersebut. "
     "Tahun lalu, predikat serupa lebih dulu diraih Polres Jepara dan Polres Pati. Rendra menuturkan, "
     "pembangunan zona integritas dimulai sejak awal 2022 dengan membenahi pelayanan SIM, SKCK dan "
     'pengaduan masyarakat. "Kami juga belajar banyak dari Polres Jepara yang lebih dulu berhasil," '
     "katanya. Ia menambahkan, Polres Kudus akan melanjutkan pembangunan menuju predikat Wilayah "
     "Birokrasi Bersih dan Melayani (WBBM). Penilaian WBK dilakukan tim penilai nasional dari KemenPAN-RB "
     "setelah sebelumnya lolos penilaian internal Itwasum Polri.",
     '2023-12-14', 'received', [
      (['Polres Kudus'], 'Rendra Wijaya', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2023-12-13'),
     ]),
    ('categories over several sentences at a HUT Bhayangkara',
     None,
     "MEDAN - Polda Sumatera Utara memberikan penghargaan kepada sejumlah satuan wilayah pada upacara "
     "peringatan HUT Bhayangkara ke-78 di Lapangan Benteng Medan, Senin (1/7/2024). Penghargaan "
     "diserahkan langsung Kapolda Sumut Irjen Pol Agung Setiawan. Untuk kategori pengungkapan kasus "
     "narkoba terbaik, penghargaan diraih Polrestabes Medan. Kategori pelayanan SIM terbaik jatuh kepada "
     "Polres Deli Serdang. Sementara itu, kategori Kampung Tangguh Narkoba terbaik diberikan kepada "
     "Polres Langkat. Upacara dihadiri Gubernur Sumut, Pangdam I/Bukit Barisan serta para kapolres "
     "jajaran, di antaranya Kapolres Binjai dan Kapolres Serdang Bedagai. Kapolda mengatakan, penilaian "
     'dilakukan oleh tim dari Irwasda dan Biro Operasi Polda Sumut sejak Januari. "Penghargaan ini bukan '
     'akhir, tetapi pemacu bagi seluruh jajaran," katanya.',
     '2024-07-02', 'received', [
      (['Polrestabes Medan'], None, 'kapolda', 'Kapolda Sumatera Utara', None, '2024-07-01'),
      (['Polres Deli Serdang'], None, 'kapolda', 'Kapolda Sumatera Utara', None, '2024-07-01'),
      (['Polres Langkat'], None, 'kapolda', 'Kapolda Sumatera Utara', None, '2024-07-01'),
     ]),
    ('Kapolres quoted at length with Kodim, Pemkab, Kejari',
     'Amankan Pilkada, Polres Lamongan Diganjar Penghargaan Bupati',
     "LAMONGAN - Polres Lamongan menerima penghargaan dari Bupati Lamongan atas keberhasilan mengamankan "
     "Pilkada serentak 2024 tanpa gangguan berarti. Piagam diserahkan Bupati Lamongan Suryo Handoko "
     "kepada Kapolres Lamongan AKBP Rahmat Hidayat di Pendopo Lokatantra, Selasa (17/12/2024). Pada "
     "kesempatan yang sama, Bupati juga memberikan penghargaan kepada Kodim 0812/Lamongan dan KPU "
     'Lamongan. Rahmat mengatakan, keberhasilan itu merupakan hasil kerja bersama. "Tanpa dukungan Kodim '
     '0812, Pemkab Lamongan dan Kejari Lamongan, pengamanan tidak akan berjalan sebaik ini," ujarnya. Ia '
     "menyebut seluruh Polsek jajaran, dari Polsek Babat hingga Polsek Paciran, ikut menjaga tempat "
     "pemungutan suara selama tiga hari. Rahmat juga berterima kasih kepada Bawaslu yang aktif mengawasi "
     "jalannya tahapan. Sebanyak 850 personel dikerahkan untuk mengamankan 2.100 TPS.",
     '2024-12-18', 'received', [
      (['Polres Lamongan'], 'Rahmat Hidayat', 'regional_government', 'Bupati Lamongan', None, '2024-12-17'),
     ]),
    ('recipient only in headline and by its chief later',
     'Polres Sragen Raih Penghargaan Kepatuhan Pelayanan Publik dari Ombudsman',
     "SEMARANG - Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan standar "
     "pelayanan publik tahun 2024 kepada sejumlah instansi di Semarang, Kamis (12/12/2024). Penilaian "
     "tahun ini melibatkan pemerintah daerah, kantor pertanahan dan satuan kepolisian di seluruh Jawa "
     "Tengah. Kepala Ombudsman RI Perwakilan Jawa Tengah Siti Farida mengatakan, jumlah instansi yang "
     "masuk zona hijau meningkat dibanding tahun lalu. Pemkab Sragen dan Pemkot Surakarta termasuk yang "
     "meraih nilai tertinggi. Kapolres Sragen AKBP Yusuf Harahap yang menerima langsung piagam tersebut "
     'mengatakan, hasil itu buah dari perbaikan ruang pelayanan SKCK dan SIM. "Kami akan pertahankan dan '
     'tingkatkan," ujarnya. Menurut dia, petugas pelayanan juga dilatih ulang setiap tiga bulan.',
     '2024-12-13', 'received', [
      (['Polres Sragen'], 'Yusuf Harahap', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Tengah', 2024, '2024-12-12'),
     ]),
    ('a Polres honours citizens, its units named',
     'Tangkap Penjambret, Lima Warga Bantul Diganjar Penghargaan Polisi',
     "BANTUL - Polres Bantul memberikan penghargaan kepada lima warga yang membantu menangkap pelaku "
     "penjambretan di Jalan Parangtritis. Penghargaan diserahkan Kapolres Bantul AKBP Wahyu Prasetyo di "
     "Mapolres Bantul, Jumat (9/8/2024). Kelima warga itu menghadang pelaku yang melarikan diri setelah "
     "merampas tas seorang pedagang. Pelaku kemudian diserahkan ke Polsek Sewon sebelum ditangani "
     "Satreskrim Polres Bantul. Wahyu didampingi Kasat Reskrim AKP Dedi Kurniawan dan Kapolsek Sewon "
     'Kompol Sugeng Riyadi. "Keberanian warga ini patut dicontoh," kata Wahyu. Selain piagam, para warga '
     "juga menerima bingkisan. Polda DIY sebelumnya juga pernah memberi penghargaan serupa kepada warga "
     "Sleman.",
     '2024-08-10', 'given', [
     ]),
    ('promotion ceremony followed by awards',
     None,
     "KARAWANG - Sebanyak 46 personel Polres Karawang mengikuti upacara kenaikan pangkat periode 1 Juli "
     "2024 di lapangan Mapolres Karawang, Senin (1/7/2024). Upacara dipimpin Kapolres Karawang AKBP Arief "
     "Budiman. Kenaikan pangkat itu terdiri atas 3 perwira, 40 bintara dan 3 aparatur sipil negara. Usai "
     "upacara, Kapolres memberikan penghargaan kepada personel Satreskrim Polres Karawang yang berhasil "
     'mengungkap kasus pembunuhan di Kecamatan Telukjambe dalam waktu kurang dari 24 jam. "Kenaikan '
     'pangkat adalah amanah, sedangkan penghargaan ini bentuk apresiasi atas kerja keras," ujar Arief. Ia '
     "meminta personel yang naik pangkat, termasuk dari Polsek Klari dan Polsek Cikampek, menjaga nama "
     "baik institusi. Kegiatan ditutup dengan pemberian ucapan selamat.",
     '2024-07-02', 'received', [
      (['Satreskrim Polres Karawang'], None, 'other', 'Kapolres Karawang', None, '2024-07-01'),
     ]),
    ('a regency honoured, the Polres only attends (none)',
     None,
     "PURWAKARTA - Pemerintah Kabupaten Purwakarta meraih penghargaan Kabupaten Layak Anak kategori "
     "Nindya dari Kementerian Pemberdayaan Perempuan dan Perlindungan Anak. Penghargaan diterima Bupati "
     "Purwakarta Anne Lestari di Jakarta, Selasa (23/7/2024). Sepulang dari Jakarta, Bupati menggelar "
     "syukuran di Pendopo Purwakarta yang dihadiri Kapolres Purwakarta AKBP Lilik Surya, Dandim 0619 dan "
     "Kajari Purwakarta. Kapolres menyampaikan ucapan selamat dan menyebut Unit PPA Satreskrim Polres "
     'Purwakarta siap terus mendukung program perlindungan anak. "Ini prestasi bersama seluruh unsur '
     'Forkopimda," katanya. Bupati juga berterima kasih kepada Polres Purwakarta yang aktif menangani '
     "kasus kekerasan terhadap anak. Penilaian dilakukan berdasarkan 24 indikator.",
     '2024-07-24', 'none', [
     ]),
    ('Kompolnas Award with background on the programme',
     'Polresta Banyuwangi Sabet Kompolnas Award 2024',
     "BANYUWANGI - Polresta Banyuwangi meraih Kompolnas Award 2024 kategori pelayanan publik terbaik "
     "tingkat polres. Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolresta Banyuwangi Kombes "
     "Pol Andi Firmansyah di Jakarta, Kamis (28/11/2024). Kompolnas Award digelar sejak 2020 untuk "
     "mendorong perbaikan layanan kepolisian. Tahun lalu, kategori yang sama dimenangkan Polresta "
     "Sidoarjo. Penilaian dilakukan tim Kompolnas dengan mengunjungi 30 polres di berbagai provinsi dan "
     "mewawancarai masyarakat pengguna layanan. Menurut Andi, inovasi yang dinilai antara lain layanan "
     'SIM keliling desa dan aplikasi pengaduan daring. "Ini berkat kerja seluruh personel, termasuk '
     'Polsek-polsek jajaran," ujarnya. Polda Jawa Timur sendiri menempatkan tiga satuan dalam daftar '
     "nominasi tahun ini.",
     '2024-11-29', 'received', [
      (['Polresta Banyuwangi'], 'Andi Firmansyah', 'kompolnas', 'Kompolnas', 2024, '2024-11-28'),
     ]),
    ('Ditlantas from a Gubernur beside Dishub and Jasa Raharja',
     None,
     "BANDUNG - Ditlantas Polda Jawa Barat menerima penghargaan dari Gubernur Jawa Barat atas kelancaran "
     "arus mudik dan balik Lebaran 2024. Penghargaan diserahkan Gubernur Jawa Barat Rahmat Sudrajat "
     "kepada Dirlantas Polda Jabar Kombes Pol Wibowo Santoso di Gedung Sate, Rabu (24/4/2024). "
     "Penghargaan yang sama juga diberikan kepada Dinas Perhubungan Jawa Barat, Jasa Raharja Cabang Jawa "
     "Barat dan PT Jasa Marga. Gubernur menyebut angka kecelakaan selama masa mudik turun 25 persen. "
     "Wibowo mengatakan, keberhasilan itu didukung oleh Satlantas polres jajaran, terutama Polres Cirebon "
     'Kota dan Polres Subang yang berada di jalur pantura. "Kami juga bersinergi dengan Korlantas Polri '
     'melalui rekayasa lalu lintas one way," katanya.',
     '2024-04-25', 'received', [
      (['Ditlantas Polda Jawa Barat'], 'Wibowo Santoso', 'regional_government', 'Gubernur Jawa Barat', None, '2024-04-24'),
     ]),
    ('a Gubernur gives a Polda, the Kapolda gives two Polres at the same ceremony',
     None,
     "PONTIANAK - Polda Kalimantan Barat menerima penghargaan dari Gubernur Kalimantan Barat atas "
     "penanganan kebakaran hutan dan lahan sepanjang musim kemarau. Piagam diserahkan dalam upacara HUT "
     "Bhayangkara ke-78 di Mapolda Kalbar, Senin (1/7/2024), dan diterima Kapolda Kalbar Irjen Pol Hendra "
     "Saputra. Dalam upacara yang sama, Kapolda memberikan penghargaan kepada Polres Sanggau dan Polres "
     "Ketapang yang dinilai paling cepat menangani titik api. Upacara diikuti personel Polresta "
     "Pontianak, Satbrimob Polda Kalbar dan Ditsamapta. Gubernur mengatakan, luas lahan terbakar tahun "
     "ini turun drastis. Kapolda menegaskan penanganan karhutla tidak lepas dari kerja sama dengan Korem "
     "121/Alambhana Wanawai dan Manggala Agni.",
     '2024-07-02', 'received', [
      (['Polda Kalimantan Barat'], 'Hendra Saputra', 'regional_government', 'Gubernur Kalimantan Barat', None, '2024-07-01'),
      (['Polres Sanggau', 'Polres Ketapang'], None, 'kapolda', 'Kapolda Kalimantan Barat', None, '2024-07-01'),
     ]),
    ('Bidhumas from a press body, Divhumas named as guide',
     'Bidhumas Polda Sulsel Raih Penghargaan PWI',
     "MAKASSAR - Bidang Humas Polda Sulawesi Selatan meraih penghargaan dari Persatuan Wartawan Indonesia "
     "(PWI) Sulawesi Selatan sebagai instansi paling terbuka terhadap media. Penghargaan diserahkan Ketua "
     "PWI Sulsel Andi Baso pada malam puncak Hari Pers Nasional di Makassar, Jumat (9/2/2024). "
     "Penghargaan diterima Kabid Humas Polda Sulsel Kombes Pol Irwan Pratama. Irwan mengatakan, Bidhumas "
     "selama ini mengikuti arahan Divisi Humas Polri untuk cepat menyampaikan informasi kepada publik. Ia "
     "juga menyebut peran Seksi Humas di setiap polres, seperti Polres Gowa dan Polres Maros, yang rutin "
     "mengirim rilis. Selain Polda Sulsel, PWI Sulsel juga memberi penghargaan kepada Pemprov Sulsel dan "
     "Kodam XIV/Hasanuddin. Malam penghargaan dihadiri ratusan wartawan dari berbagai daerah.",
     '2024-02-10', 'received', [
      (['Bidhumas Polda Sulawesi Selatan'], 'Irwan Pratama', 'media', 'PWI Sulawesi Selatan', None, '2024-02-09'),
     ]),
    ('members from several units listed, Kodim as partner',
     None,
     "GOWA - Kapolres Gowa AKBP Rachmat Sulaiman memberikan penghargaan kepada tujuh personel yang "
     "berprestasi dalam pengungkapan kasus pencurian ternak. Penghargaan diserahkan usai apel pagi di "
     "Mapolres Gowa, Rabu (15/5/2024). Ketujuh personel itu berasal dari Satreskrim Polres Gowa, "
     "Satresnarkoba Polres Gowa dan Polsek Somba Opu. Rachmat mengatakan, pengungkapan itu berawal dari "
     "laporan warga Kecamatan Bajeng yang kehilangan enam ekor sapi. Dalam pengejaran, personel dibantu "
     'anggota Kodim 1409/Gowa dan aparat desa. "Saya berharap personel lain termotivasi," ujarnya. Para '
     "pelaku kini ditahan di Rutan Polres Gowa. Kasus serupa sebelumnya juga diungkap Polres Takalar pada "
     "awal tahun.",
     '2024-05-16', 'received', [
      (['Satreskrim Polres Gowa', 'Satresnarkoba Polres Gowa', 'Polsek Somba Opu'], None, 'other', 'Kapolres Gowa', None, '2024-05-15'),
     ]),
    ('a Kapolda honours a Polres, a Dandim and a citizen',
     None,
     "WATAMPONE - Kapolda Sulawesi Selatan Irjen Pol Yudi Hermawan memberikan penghargaan kepada Polres "
     "Bone atas penanganan konflik antarkampung di Kecamatan Kahu. Penghargaan diserahkan saat kunjungan "
     "kerja Kapolda ke Mapolres Bone, Selasa (20/8/2024), dan diterima Kapolres Bone AKBP Arif Maulana. "
     "Selain Polres Bone, Kapolda juga memberikan piagam kepada Dandim 1407/Bone dan seorang tokoh "
     "masyarakat, Haji Baharuddin, yang membantu mendamaikan kedua kampung. Kapolda mengatakan, "
     "penanganan konflik melibatkan personel Satbrimob Polda Sulsel dan Polres Soppeng sebagai bantuan "
     'kendali operasi. "Sinergi TNI, Polri dan tokoh masyarakat menjadi kunci," ujarnya. Situasi di Kahu '
     "kini sudah kondusif.",
     '2024-08-21', 'received', [
      (['Polres Bone'], 'Arif Maulana', 'kapolda', 'Kapolda Sulawesi Selatan', None, '2024-08-20'),
     ]),
    ('Ombudsman green zone for some, yellow zone for others',
     None,
     "JAMBI - Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan standar pelayanan "
     "publik tahun 2023 kepada satuan kepolisian di Provinsi Jambi, Rabu (20/12/2023). Dari sepuluh "
     "polres yang dinilai, tiga polres meraih predikat zona hijau atau kepatuhan tinggi, yakni Polres "
     "Bungo, Polres Tebo dan Polres Merangin. Sementara Polres Kerinci dan Polres Sarolangun masih berada "
     "di zona kuning. Penghargaan untuk ketiga polres diserahkan Kepala Ombudsman Perwakilan Jambi Dedi "
     "Irawan di Kota Jambi. Dedi berharap polres yang masih di zona kuning segera memperbaiki sarana "
     "pengaduan. Wakapolda Jambi yang hadir mengatakan akan memerintahkan Biro Operasi dan Itwasda "
     "melakukan pendampingan. Penilaian dilakukan pada Juli hingga Oktober.",
     '2023-12-21', 'received', [
      (['Polres Bungo', 'Polres Tebo', 'Polres Merangin'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jambi', 2023, '2023-12-20'),
     ]),
    ('a Kejati honours a directorate and a Kejari',
     None,
     "JAKARTA - Kejaksaan Tinggi DKI Jakarta memberikan penghargaan kepada Ditreskrimum Polda Metro Jaya "
     "atas kecepatan dan kelengkapan berkas perkara sepanjang semester I tahun 2024. Penghargaan "
     "diserahkan Kajati DKI Jakarta kepada Wadirreskrimum Polda Metro Jaya AKBP Lukman Hakim di Kantor "
     "Kejati DKI, Kamis (18/7/2024). Pada acara yang sama, Kejati juga memberikan penghargaan kepada "
     "Kejari Jakarta Selatan dan Kejari Jakarta Timur atas capaian penuntutan. Lukman mengatakan, "
     'koordinasi dengan jaksa dilakukan sejak tahap penyidikan. "Kami juga berterima kasih kepada '
     'penyidik di Polres Metro Jakarta Selatan dan Polres Metro Jakarta Barat yang ikut berkoordinasi," '
     "katanya. Menurut dia, tingkat pengembalian berkas turun hingga separuh.",
     '2024-07-19', 'received', [
      (['Ditreskrimum Polda Metro Jaya'], 'Lukman Hakim', 'other', 'Kejaksaan Tinggi DKI Jakarta', 2024, '2024-07-18'),
     ]),
    ("an award then the unit's earlier awards recalled",
     'Polres Probolinggo Terima Penghargaan dari BNN',
     "PROBOLINGGO - Polres Probolinggo menerima penghargaan dari Badan Narkotika Nasional Provinsi (BNNP) "
     "Jawa Timur atas pengungkapan kasus narkotika terbanyak di wilayah tapal kuda. Penghargaan "
     "diserahkan Kepala BNNP Jatim kepada Kasat Resnarkoba Polres Probolinggo AKP Imam Syafii di "
     "Surabaya, Rabu (26/6/2024), bertepatan dengan Hari Anti Narkotika Internasional. Sebelumnya, Polres "
     "Probolinggo juga pernah meraih penghargaan dari Bupati Probolinggo pada 2022 dan dari Kapolda Jatim "
     "pada 2023. Imam mengatakan, sepanjang semester pertama, Satresnarkoba mengungkap 48 kasus dengan 61 "
     "tersangka. Sebagian tersangka merupakan jaringan yang juga diburu Polres Pasuruan dan Polres "
     'Situbondo. "Kami terus berkoordinasi dengan BNNK Probolinggo," ujarnya.',
     '2024-06-27', 'received', [
      (['Polres Probolinggo'], 'Imam Syafii', 'ministry', 'BNNP Jawa Timur', None, '2024-06-26'),
     ]),
    ('Satbrimob honoured beside BPBD, Basarnas and a Kodim',
     None,
     "MAMUJU - Bupati Mamuju menyerahkan penghargaan kepada sejumlah instansi yang terlibat dalam "
     "penanganan banjir bandang di Kecamatan Kalukku. Penerima penghargaan antara lain Satbrimob Polda "
     "Sulawesi Barat, Kodim 1418/Mamuju, BPBD Mamuju dan Basarnas Mamuju. Penyerahan berlangsung di rumah "
     "jabatan Bupati, Senin (3/6/2024). Penghargaan untuk Satbrimob diterima Wadansat Brimob AKBP "
     "Hasanuddin. Bupati Mamuju Ahmad Fauzi mengatakan, personel Brimob menjadi yang pertama tiba di "
     "lokasi dengan perahu karet. Polres Mamuju juga menurunkan personel untuk membantu evakuasi warga. "
     "Banjir bandang itu merendam lebih dari 400 rumah warga.",
     '2024-06-04', 'received', [
      (['Satbrimob Polda Sulawesi Barat'], 'Hasanuddin', 'regional_government', 'Bupati Mamuju', None, '2024-06-03'),
     ]),
    ('officers listed with their posts, several units',
     None,
     "KUPANG - Kapolda Nusa Tenggara Timur Irjen Pol Stefanus Lado memberikan penghargaan kepada tiga "
     "perwira atas pengungkapan sindikat perdagangan orang. Ketiganya adalah Kasat Reskrim Polresta "
     "Kupang Kota AKP Daniel Manu, Kapolsek Kelapa Lima Kompol Yosef Tefa dan Kanit PPA Satreskrim Polres "
     "Timor Tengah Selatan Ipda Yuliana Sabu. Penghargaan diserahkan dalam apel di Mapolda NTT, Senin "
     "(11/3/2024). Kapolda menyebut sindikat itu memberangkatkan 23 warga NTT secara ilegal ke Malaysia. "
     'Pengungkapan dilakukan bersama BP3MI NTT dan Imigrasi Kupang. "Kami tidak akan berhenti memburu '
     'jaringan ini," tegasnya. Direktur Reskrimum Polda NTT turut mendampingi Kapolda.',
     '2024-03-12', 'received', [
      (['Satreskrim Polresta Kupang Kota'], 'Daniel Manu', 'kapolda', 'Kapolda Nusa Tenggara Timur', None, '2024-03-11'),
      (['Polsek Kelapa Lima'], 'Yosef Tefa', 'kapolda', 'Kapolda Nusa Tenggara Timur', None, '2024-03-11'),
      (['Unit PPA Satreskrim Polres Timor Tengah Selatan'], 'Yuliana Sabu', 'kapolda', 'Kapolda Nusa Tenggara Timur', None, '2024-03-11'),
     ]),
    ('citizens and a Polres both honoured in one ceremony',
     None,
     "BALIKPAPAN - Pemerintah Kota Balikpapan memberikan penghargaan kepada Polresta Balikpapan atas "
     "pengamanan Pemilu 2024 yang berjalan aman. Piagam diserahkan Wali Kota Balikpapan kepada Kapolresta "
     "Balikpapan Kombes Pol Anton Wibisono dalam rapat paripurna HUT Kota Balikpapan, Rabu (10/2/2024). "
     "Dalam kesempatan itu, Wali Kota juga menyerahkan penghargaan kepada sejumlah tokoh masyarakat dan "
     "atlet berprestasi. Anton mengatakan, Polresta Balikpapan mengerahkan 600 personel yang dibantu "
     'Polda Kalimantan Timur dengan satu kompi Brimob. "Penghargaan ini untuk seluruh personel dan mitra '
     'kami di Kodim 0905," ujarnya. Pemilu di Balikpapan diikuti lebih dari 480.000 pemilih.',
     '2024-02-11', 'received', [
      (['Polresta Balikpapan'], 'Anton Wibisono', 'regional_government', 'Wali Kota Balikpapan', None, '2024-02-10'),
     ]),
    ('the Kapolres honoured personally, Polsek named',
     'Kapolres Jember Terima Penghargaan Tokoh Inspiratif',
     "JEMBER - Kapolres Jember AKBP Bagus Wicaksono menerima penghargaan sebagai tokoh inspiratif dari "
     "Universitas Negeri Jember dalam peringatan dies natalis kampus itu, Sabtu (10/8/2024). Penghargaan "
     "diberikan atas program Polisi Sahabat Santri yang digagas Polres Jember sejak 2023. Program itu "
     "dijalankan Bhabinkamtibmas di 31 Polsek, di antaranya Polsek Kaliwates dan Polsek Sumbersari. "
     "Rektor Universitas Negeri Jember Prof Suharno mengatakan, program itu dinilai mempererat hubungan "
     "polisi dengan pesantren. Selain Kapolres, kampus juga memberikan penghargaan kepada Dandim 0824 dan "
     "Ketua PCNU Jember. Bagus mengatakan penghargaan itu milik seluruh personel.",
     '2024-08-11', 'received', [
      (['Polres Jember'], 'Bagus Wicaksono', 'other', 'Universitas Negeri Jember', None, '2024-08-10'),
     ]),
    ('Rakernis: several Polda win, the rest attend',
     None,
     "JAKARTA - Divisi Humas Polri memberikan penghargaan kepada sejumlah Bidhumas Polda dalam Rapat "
     "Kerja Teknis Humas Polri tahun 2024 di Jakarta, Kamis (14/3/2024). Bidhumas Polda Jawa Timur meraih "
     "juara I kategori pengelolaan media sosial. Juara II diraih Bidhumas Polda Jawa Barat, disusul "
     "Bidhumas Polda Bali di posisi ketiga. Penghargaan diserahkan Kadiv Humas Polri Irjen Pol Sandi "
     "Nugraha. Rakernis diikuti 34 Kabid Humas Polda serta para Kasi Humas polres perwakilan. Sandi "
     "meminta seluruh jajaran, termasuk Polda Papua dan Polda Maluku yang masih tertinggal, meningkatkan "
     'produksi konten. "Humas adalah wajah Polri," katanya.',
     '2024-03-15', 'received', [
      (['Bidhumas Polda Jawa Timur'], None, 'kapolri', 'Divisi Humas Polri', None, '2024-03-14'),
      (['Bidhumas Polda Jawa Barat'], None, 'kapolri', 'Divisi Humas Polri', None, '2024-03-14'),
      (['Bidhumas Polda Bali'], None, 'kapolri', 'Divisi Humas Polri', None, '2024-03-14'),
     ]),
    ("a Polres gives Polsek, its chief quoted, last year's winner recalled",
     None,
     "CILACAP - Polsek Kroya dinobatkan sebagai Polsek terbaik di jajaran Polresta Cilacap periode "
     "triwulan pertama 2024. Penghargaan diserahkan Kapolresta Cilacap Kombes Pol Dwi Haryanto kepada "
     "Kapolsek Kroya AKP Sutrisno dalam apel pagi, Senin (8/4/2024). Penilaian meliputi kecepatan respons "
     "laporan, penyelesaian perkara dan kegiatan pembinaan masyarakat. Pada periode sebelumnya, predikat "
     "yang sama diraih Polsek Majenang. Dwi berharap Polsek Sidareja dan Polsek Kawunganten yang nilainya "
     'masih rendah bisa memperbaiki kinerja. "Penilaian ini bukan untuk menghukum, melainkan memacu," '
     "ujarnya. Sutrisno mengatakan, capaian itu berkat dukungan Koramil dan perangkat desa.",
     '2024-04-09', 'received', [
      (['Polsek Kroya'], 'Sutrisno', 'other', 'Kapolresta Cilacap', 2024, '2024-04-08'),
     ]),
    ('juara I, II, III over sentences, nominees not winners',
     None,
     "SURABAYA - Polres Gresik keluar sebagai juara I Lomba Kampung Tangguh Semeru tingkat Polda Jawa "
     "Timur tahun 2024. Juara II diraih Polres Tuban, sedangkan juara III ditempati Polres Bojonegoro. "
     "Trofi dan piagam diserahkan Kapolda Jatim Irjen Pol Teguh Imam Santosa di Gedung Mahameru Mapolda "
     "Jatim, Jumat (5/7/2024). Sebelumnya, Polres Lamongan dan Polres Jombang juga masuk lima besar "
     "nominasi. Kapolda mengatakan, lomba diikuti 39 polres se-Jawa Timur dengan penilaian pada aspek "
     "ketahanan pangan, keamanan dan kesehatan. Kapolres Gresik AKBP Faisal Rahman mengatakan, kampung "
     'yang dinilai berada di Desa Sukomulyo, Kecamatan Manyar. "Kemenangan ini milik warga dan '
     'Bhabinkamtibmas kami," katanya.',
     '2024-07-06', 'received', [
      (['Polres Gresik'], None, 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-07-05'),
      (['Polres Tuban'], None, 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-07-05'),
      (['Polres Bojonegoro'], None, 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-07-05'),
     ]),
    ('KPPN award to a Polda, its Polres counted among listed satker',
     None,
     "BENGKULU - Polda Bengkulu meraih penghargaan sebagai satuan kerja dengan kinerja pelaksanaan "
     "anggaran terbaik kategori pagu besar dari Kantor Pelayanan Perbendaharaan Negara (KPPN) Bengkulu. "
     "Penghargaan diserahkan Kepala KPPN Bengkulu kepada Karorena Polda Bengkulu Kombes Pol Joko "
     "Prasetyo, Selasa (23/1/2024). Penghargaan itu untuk Tahun Anggaran 2023. Dalam acara tersebut, KPPN "
     "juga memberikan penghargaan kepada Universitas Bengkulu dan Kantor Wilayah Kementerian Agama "
     "Bengkulu. Joko mengatakan, realisasi anggaran Polda Bengkulu mencapai 99,2 persen. Ia menyebut "
     "polres jajaran, seperti Polres Rejang Lebong dan Polres Bengkulu Utara, juga menyerap anggaran "
     "dengan baik.",
     '2024-01-24', 'received', [
      (['Polda Bengkulu'], 'Joko Prasetyo', 'ministry', 'KPPN Bengkulu', 2023, '2024-01-23'),
     ]),

]  # fmt: skip


def _award_of(got: list[dict], units: list[str]) -> dict:
    wanted = {canonical_unit_name(u) for u in units}
    found = [a for a in got if {canonical_unit_name(u) for u in a["recipients"]} == wanted]
    assert found, [a["recipients"] for a in got]
    return found[0]


@pytest.mark.parametrize("construction, title, text, day, role, awards", LONG_STORIES, ids=[r[0] for r in LONG_STORIES])
def test_long_stories(construction, title, text, day, role, awards):
    assert classify_award_role(title, text).award_role == role
    if role != "received":
        return
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    for units, officer, kind, giver, year, event_day in awards:
        award = _award_of(got, units)
        assert (award["officer"], award["category"], award["year"], award["event_date"]) == (
            officer,
            kind,
            year,
            event_day,
        )
        assert shares_words(giver, award["giver"]), award["giver"]


# Constructions of long stories, said short: who the counted honoured come from, an earlier round's winner, the
# receivers listed after "penerima ... antara lain" (none of them gives).
LONG_STORY_UNITS = [
    # construction, headline, text, every recipient unit of the story (compared in canonical form)
    ("the counted honoured, then where they come from", None,
     "Kapolres Klaten memberikan penghargaan kepada lima anggota atas pengungkapan kasus curanmor. Kelima anggota "
     "itu berasal dari Satreskrim Polres Klaten dan Polsek Wedi.",
     ["Satreskrim Polres Klaten", "Polsek Wedi"]),
    ("keduanya berasal dari", None,
     "Dua polisi menerima piagam dari Bupati Semarang karena menolong korban banjir. Keduanya berasal dari Polsek "
     "Ambarawa dan Satsamapta Polres Semarang.",
     ["Polsek Ambarawa", "Satsamapta Polres Semarang"]),
    ("para personel tersebut datang dari", None,
     "Wali Kota Blitar mengganjar penghargaan kepada sejumlah personel. Para personel tersebut datang dari "
     "Satlantas Polres Blitar Kota dan Polsek Sukorejo.",
     ["Satlantas Polres Blitar Kota", "Polsek Sukorejo"]),
    ("an earlier period's winner", None,
     "Polsek Bergas ditetapkan sebagai Polsek teladan triwulan II oleh Kapolres Semarang. Pada periode "
     "sebelumnya, predikat serupa diraih Polsek Bawen.",
     ["Polsek Bergas"]),
    ("an earlier edition's winner", None,
     "Polres Magelang Kota meraih juara I lomba pelayanan SIM tingkat Polda Jawa Tengah. Edisi lalu, gelar itu "
     "direbut Polres Temanggung.",
     ["Polres Magelang Kota"]),
    ("an earlier semester's winner, the round named with a word between", None,
     "Satlantas Polres Wonogiri menerima penghargaan dari Jasa Raharja. Di semester pertama sebelumnya, "
     "penghargaan yang sama diterima Satlantas Polres Sukoharjo.",
     ["Satlantas Polres Wonogiri"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, units", LONG_STORY_UNITS, ids=[r[0] for r in LONG_STORY_UNITS])
def test_long_story_units(construction, title, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(title, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


def test_receivers_listed_after_penerima_give_nothing():
    # "Penerima penghargaan antara lain A, B, C dan D": bodies among the receivers are no givers.
    text = (
        "Bupati Bima menyerahkan penghargaan kepada instansi yang membantu korban banjir di Woha. Penerimanya antara "
        "lain Satpolairud Polres Bima, Lanal Bima, BPBD Bima dan Basarnas Bima. Penghargaan untuk Satpolairud "
        "diterima Kasat AKP Amir Daeng."
    )
    (award,) = extract_awards(None, text)
    assert (award["giver"], award["category"]) == ("Bupati Bima", "regional_government")


SHARED_AWARD_TAKEN_FOR_ONE = [
    # construction, text: an award several units share, each unit's taker named apart; none is its officer
    ("untuk A diterima X, sedangkan untuk B diterima Y",
     "Kapolda Jawa Tengah memberikan penghargaan kepada Polres Pati dan Polres Rembang atas pengamanan sedekah laut. "
     "Penghargaan untuk Polres Pati diterima Kapolres AKBP Yoga Pratama, sedangkan untuk Polres Rembang diterima "
     "Wakapolres Kompol Sigit Hartono."),
    ("bagi A diwakili X, sementara B diterima Y",
     "Gubernur Jawa Tengah menyerahkan piagam kepada Polres Blora dan Polres Grobogan atas penanganan banjir. Piagam bagi Polres "
     "Blora diwakili Kabag Ops Kompol Hadi Susanto, sementara Polres Grobogan diterima Kapolres AKBP Bambang Irawan."),
    ("each unit's taker in a sentence of its own",
     "Kapolri memberikan penghargaan kepada Polda Riau dan Polda Jambi atas penanganan karhutla. Polda Riau diwakili "
     "Wakapolda Brigjen Pol Rudi Setiawan. Polda Jambi diterima langsung Kapolda Irjen Pol Anton Siregar."),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text", SHARED_AWARD_TAKEN_FOR_ONE, ids=[r[0] for r in SHARED_AWARD_TAKEN_FOR_ONE]
)
def test_one_units_taker_is_no_officer_of_a_shared_award(construction, text):
    (award,) = extract_awards(None, text)
    assert len(award["recipients"]) == 2 and award["officer"] is None


PLACES_OF_ONE_PERIOD = [
    # construction, text, (recipient, year) of each place: the contest's year said once holds for all its places
    ("juara I with the contest's year, juara II in a sentence of its own",
     "Polres Sumenep meraih juara I Lomba Polisi Sahabat Anak tingkat Polda Jawa Timur tahun 2023. Juara II diraih "
     "Polres Pamekasan. Piala diserahkan Wakapolda Jawa Timur.",
     [("Polres Sumenep", 2023), ("Polres Pamekasan", 2023)]),
    ("the year in the first place's name, later places by peringkat",
     "Juara pertama Lomba Peragaan Dalmas 2024 tingkat Polda Jawa Tengah direbut Polres Kebumen. Peringkat kedua "
     "ditempati Polres Purworejo, dan peringkat ketiga ditempati Polres Wonosobo.",
     [("Polres Kebumen", 2024), ("Polres Purworejo", 2024), ("Polres Wonosobo", 2024)]),
    ("another contest's place keeps no year",
     "Polres Sampang meraih juara I Lomba Bhabinkamtibmas Teladan tahun 2023. Polres Bangkalan meraih juara II "
     "Lomba Kampung Tangguh Narkoba.",
     [("Polres Sampang", 2023), ("Polres Bangkalan", None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, places", PLACES_OF_ONE_PERIOD, ids=[r[0] for r in PLACES_OF_ONE_PERIOD])
def test_places_of_one_contest_share_its_year(construction, text, places):
    got = {canonical_unit_name(u): a["year"] for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u): year for u, year in places}


@pytest.mark.parametrize(
    "said",
    ["Penghargaan itu untuk Tahun Anggaran 2023.", "Piagam tersebut diberikan untuk tahun anggaran 2023."],
)
def test_a_budget_year_said_apart_in_either_case(said):
    text = f"Polres Lebong meraih penghargaan dari KPPN Curup atas pengelolaan anggaran terbaik. {said}"
    (award,) = extract_awards(None, text)
    assert award["year"] == 2023


# -- givers however they appear: passages written apart from the evaluation stories --------------------------------
# Regional heads by title and name (Pj, Plt, Wakil, a Sekda for his Bupati), councils, ministries in full, short and
# by their field offices, Ombudsman offices, KemenPAN-RB, Kompolnas, Polri's own chiefs and Mabes bodies, companies,
# banks, universities, press bodies, NGOs, religious councils, BNN, election bodies, courts and prosecutors, armed
# forces' commands and foreign bodies; the giver as subject, after "dari" or "oleh", named only in the headline or
# in a later sentence, handing over through someone else; and named officials who give nothing (a guest, a host,
# the receiving chief). Rows as in BREADTH; the giver compared as the evaluation does.
GIVERS_BREADTH = [
    ('a Bupati by title and name memberikan kepada a Polresta, a quote with kata',
     None,
     "SLEMAN - Bupati Sleman Harda Wiyana memberikan penghargaan kepada Polresta Sleman atas keberhasilan "
     "pengamanan arus mudik dan balik Lebaran 2024. Piagam diserahkan kepada Kapolresta Sleman Kombes Pol "
     'Yuswanto Ardi di Pendopo Parasamya, Senin (22/4/2024). "Polisi bekerja siang malam agar warga bisa mudik '
     'dengan tenang," kata Harda.',
     '2024-04-23', 'received', [
      (['Polresta Sleman'], 'Yuswanto Ardi', 'regional_government', 'Bupati Sleman', None, '2024-04-22'),
     ]),
    ("a Satlantas menerima dari a Wali Kota named, its Kasat accepts at a city's anniversary",
     None,
     "PONTIANAK - Satlantas Polresta Pontianak menerima penghargaan dari Wali Kota Pontianak Edi Santosa atas "
     "penataan lalu lintas di kawasan Jalan Gajah Mada. Penghargaan diserahkan pada upacara peringatan hari jadi "
     "Kota Pontianak di Taman Alun Kapuas, Rabu (23/10/2024), dan diterima Kasat Lantas Kompol Ridwan Harahap.",
     '2024-10-24', 'received', [
      (['Satlantas Polresta Pontianak'], 'Ridwan Harahap', 'regional_government', 'Wali Kota Pontianak', None, '2024-10-23'),
     ]),
    ('a provincial government confers, its Gubernur hands over diserahkan langsung oleh',
     None,
     "SEMARANG - Polda Jawa Tengah menerima penghargaan dari Pemerintah Provinsi Jawa Tengah atas dukungan "
     "pengendalian inflasi daerah. Penghargaan diserahkan langsung oleh Gubernur Jawa Tengah Bambang Sasongko "
     "kepada Kapolda Jateng Irjen Pol Ahmad Fauzi di Gedung Gradhika Bhakti Praja, Kamis (18/7/2024).",
     '2024-07-19', 'received', [
      (['Polda Jawa Tengah'], 'Ahmad Fauzi', 'regional_government', 'Pemerintah Provinsi Jawa Tengah', None, '2024-07-18'),
     ]),
    ('a Pj Bupati menyerahkan kepada a Polres Metro',
     'Pj Bupati Bekasi Serahkan Penghargaan untuk Polres Metro Bekasi',
     "CIKARANG - Penjabat (Pj) Bupati Bekasi Dedy Supriadi menyerahkan penghargaan kepada Polres Metro Bekasi "
     "yang dinilai berhasil menekan angka tawuran pelajar sepanjang tahun ini. Penghargaan diterima Kapolres "
     "Metro Bekasi Kombes Pol Anton Wibisono di Kantor Pemkab Bekasi, Selasa (10/12/2024).",
     '2024-12-11', 'received', [
      (['Polres Metro Bekasi'], 'Anton Wibisono', 'regional_government', 'Pj Bupati Bekasi', None, '2024-12-10'),
     ]),
    ('dianugerahi oleh a Plt Wali Kota with a comma before the name, a Kapolsek accepts',
     None,
     "MEDAN - Polsek Medan Baru dianugerahi penghargaan oleh Plt Wali Kota Medan, Syahrial Lubis, atas "
     "keberhasilan menekan aksi begal di wilayahnya. Kapolsek Medan Baru Kompol Jhon Sitepu menerima langsung "
     "piagam itu di Balai Kota Medan, Jumat (16/8/2024).",
     '2024-08-17', 'received', [
      (['Polsek Medan Baru'], 'Jhon Sitepu', 'regional_government', 'Wali Kota Medan', None, '2024-08-16'),
     ]),
    ("the Gubernur's award handed over by his Wakil Gubernur",
     None,
     "PADANG - Penghargaan dari Gubernur Sumatera Barat untuk Polda Sumatera Barat diserahkan Wakil Gubernur "
     "Sumbar Nasrul Hakim dalam upacara di halaman kantor gubernur, Senin (19/8/2024). Polda Sumbar dinilai sigap "
     "menangani korban banjir lahar dingin. Penghargaan diterima Wakapolda Sumbar Brigjen Pol Dedi Kurniawan.",
     '2024-08-20', 'received', [
      (['Polda Sumatera Barat'], 'Dedi Kurniawan', 'regional_government', 'Gubernur Sumatera Barat', None, '2024-08-19'),
     ]),
    ('a DPRD memberikan, its chairman hands over',
     None,
     "SEMARANG - DPRD Kota Semarang memberikan penghargaan kepada Polrestabes Semarang atas pengamanan rangkaian "
     "Pemilu 2024 yang berjalan kondusif. Piagam diserahkan Ketua DPRD Kota Semarang Wahyu Santoso kepada "
     "Kapolrestabes Semarang Kombes Pol Irwan Hidayat dalam rapat paripurna, Selasa (2/7/2024).",
     '2024-07-03', 'received', [
      (['Polrestabes Semarang'], 'Irwan Hidayat', 'regional_government', 'DPRD Kota Semarang', None, '2024-07-02'),
     ]),
    ('a DPRD named only in the headline',
     'DPRD Karawang Ganjar Polres Karawang Penghargaan',
     "KARAWANG - Polres Karawang menerima penghargaan atas keberhasilan membongkar jaringan pengedar obat keras "
     "di kawasan industri. Penghargaan diserahkan dalam rapat paripurna, Selasa (14/5/2024), dan diterima "
     "Wakapolres Karawang Kompol Budi Santika.",
     '2024-05-15', 'received', [
      (['Polres Karawang'], 'Budi Santika', 'regional_government', 'DPRD Karawang', None, '2024-05-14'),
     ]),
    ('a KPPN memberikan with a named semester',
     None,
     "PEKALONGAN - KPPN Pekalongan memberikan penghargaan kepada Polres Pekalongan Kota sebagai satuan kerja "
     "dengan nilai Indikator Kinerja Pelaksanaan Anggaran terbaik semester I tahun 2024. Piagam diterima Kabag "
     "Ren Polres Pekalongan Kota Kompol Siti Maryam, Kamis (25/7/2024).",
     '2024-07-26', 'received', [
      (['Polres Pekalongan Kota'], 'Siti Maryam', 'ministry', 'KPPN Pekalongan', 2024, '2024-07-25'),
     ]),
    ('an immigration office with its class and port memberikan kepada a Satreskrim',
     None,
     "BATAM - Kantor Imigrasi Kelas I Khusus TPI Batam memberikan penghargaan kepada Satreskrim Polresta Barelang "
     "atas pengungkapan kasus pengiriman pekerja migran ilegal ke Malaysia. Penghargaan diserahkan Kepala Kantor "
     "Imigrasi Batam, Hendra Gunawan, kepada Kasat Reskrim AKP Dwi Prasetyo, Senin (4/3/2024).",
     '2024-03-05', 'received', [
      (['Satreskrim Polresta Barelang'], 'Dwi Prasetyo', 'ministry', 'Kantor Imigrasi Batam', None, '2024-03-04'),
     ]),
    ('a Lapas menganugerahkan a piagam to a Polsek, its head hands over',
     None,
     "LUBUK PAKAM - Lapas Kelas IIA Lubuk Pakam menganugerahkan piagam penghargaan kepada Polsek Lubuk Pakam atas "
     "dukungan pengamanan saat razia gabungan di blok hunian. Piagam diserahkan Kepala Lapas Erwin Saragih kepada "
     "Kapolsek Lubuk Pakam AKP Rudi Pane, Rabu (12/6/2024).",
     '2024-06-13', 'received', [
      (['Polsek Lubuk Pakam'], 'Rudi Pane', 'ministry', 'Lapas Lubuk Pakam', None, '2024-06-12'),
     ]),
    ('a ministry confers melalui its field office',
     None,
     "BREBES - Kementerian Perhubungan melalui Balai Pengelola Transportasi Darat (BPTD) Kelas II Jawa Tengah "
     "memberikan penghargaan kepada Satlantas Polres Brebes atas kelancaran arus mudik di ruas Pantura. "
     "Penghargaan diterima Kasat Lantas Polres Brebes AKP Fajar Ramadhan, Kamis (2/5/2024).",
     '2024-05-03', 'received', [
      (['Satlantas Polres Brebes'], 'Fajar Ramadhan', 'ministry', 'Kementerian Perhubungan', None, '2024-05-02'),
     ]),
    ("a Menteri by post hands over his ministry's award",
     'Mensos Beri Penghargaan Polres Cianjur',
     "CIANJUR - Menteri Sosial menyerahkan penghargaan kepada Polres Cianjur yang dinilai aktif membantu "
     "penyaluran bantuan bagi korban gempa. Penghargaan diterima Kapolres Cianjur AKBP Rendra Maulana di Jakarta, "
     "Jumat (20/12/2024).",
     '2024-12-21', 'received', [
      (['Polres Cianjur'], 'Rendra Maulana', 'ministry', 'Kementerian Sosial', None, '2024-12-20'),
     ]),
    ("a ministry's regency office written out",
     None,
     "LAMONGAN - Kantor Kementerian Agama Kabupaten Lamongan memberikan penghargaan kepada Polres Lamongan atas "
     "pengamanan Musabaqah Tilawatil Quran tingkat kabupaten. Piagam diterima Kapolres Lamongan AKBP Yusuf "
     "Hidayat, Rabu (28/8/2024).",
     '2024-08-29', 'received', [
      (['Polres Lamongan'], 'Yusuf Hidayat', 'ministry', 'Kementerian Agama Kabupaten Lamongan', None, '2024-08-28'),
     ]),
    ('the national Ombudsman written Republik Indonesia, its chairman hands over',
     None,
     "JAKARTA - Ombudsman Republik Indonesia menganugerahkan predikat kepatuhan tinggi standar pelayanan publik "
     "tahun 2023 kepada Polda Kalimantan Selatan. Penghargaan diserahkan Ketua Ombudsman RI Hendra Kusuma kepada "
     "Kapolda Kalsel Irjen Pol Wahyu Pratama di Jakarta, Kamis (21/12/2023).",
     '2023-12-22', 'received', [
      (['Polda Kalimantan Selatan'], 'Wahyu Pratama', 'ombudsman_compliance', 'Ombudsman RI', 2023, '2023-12-21'),
     ]),
    ('a provincial Ombudsman with a short province, its head named long',
     None,
     "MAKASSAR - Polres Gowa meraih zona hijau kepatuhan pelayanan publik tahun 2024 dari Ombudsman RI Perwakilan "
     "Sulsel. Piagam diserahkan Kepala Perwakilan Ombudsman RI Provinsi Sulawesi Selatan, Andi Rahmat, kepada "
     "Kapolres Gowa AKBP Reza Pahlevi, Senin (9/12/2024).",
     '2024-12-10', 'received', [
      (['Polres Gowa'], 'Reza Pahlevi', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sulawesi Selatan', 2024, '2024-12-09'),
     ]),
    ('a Menteri PANRB menganugerahkan WBBM to a Polres',
     None,
     "JAKARTA - Menteri PANRB menganugerahkan predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) kepada Polres "
     "Magelang Kota. Kapolres Magelang Kota AKBP Yoga Pratama menerima piagam itu di Jakarta, Rabu (11/12/2024).",
     '2024-12-12', 'received', [
      (['Polres Magelang Kota'], 'Yoga Pratama', 'zona_integritas_wbbm', 'KemenPAN-RB', None, '2024-12-11'),
     ]),
    ("a Kapolda hands over KemenPAN-RB's WBK at his headquarters",
     None,
     "PEKANBARU - Kapolda Riau Irjen Pol Samsul Bahri menyerahkan piagam predikat Wilayah Bebas dari Korupsi "
     "(WBK) dari KemenPAN-RB kepada Polres Siak di Mapolda Riau, Senin (13/1/2025). Piagam diterima Kapolres Siak "
     "AKBP Joko Waluyo.",
     '2025-01-14', 'received', [
      (['Polres Siak'], 'Joko Waluyo', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2025-01-13'),
     ]),
    ('Kompolnas written out, the award named with its year diraih by a Polres',
     None,
     "JAKARTA - Kompolnas Award 2024 kategori pelayanan publik diraih Polres Banjarnegara. Penghargaan dari "
     "Komisi Kepolisian Nasional itu diterima Kapolres Banjarnegara AKBP Arif Setiawan di Jakarta, Selasa "
     "(26/11/2024).",
     '2024-11-27', 'received', [
      (['Polres Banjarnegara'], 'Arif Setiawan', 'kompolnas', 'Kompolnas', 2024, '2024-11-26'),
     ]),
    ('dianugerahi oleh Kompolnas with its initials in brackets, a Bripka of a Satbinmas',
     None,
     "TEGAL - Bripka Agus Priyanto, anggota Satbinmas Polres Tegal, dianugerahi penghargaan oleh Komisi "
     "Kepolisian Nasional (Kompolnas) sebagai polisi inspiratif karena mendirikan sekolah gratis bagi anak "
     "jalanan.",
     '2024-10-15', 'received', [
      (['Satbinmas Polres Tegal'], 'Agus Priyanto', 'kompolnas', 'Kompolnas', None, None),
     ]),
    ('the Kapolri memberikan pin emas to a Kapolres',
     None,
     "JAKARTA - Kapolri memberikan pin emas kepada Kapolres Lampung Timur AKBP Benny Harjono atas pengungkapan "
     "sindikat pencurian sepeda motor lintas provinsi. Pin disematkan di Gedung Rupatama Mabes Polri, Rabu "
     "(17/7/2024).",
     '2024-07-18', 'received', [
      (['Polres Lampung Timur'], 'Benny Harjono', 'kapolri', 'Kapolri', None, '2024-07-17'),
     ]),
    ('a Kapolda at an apel rewards personnel of a directorate and a Satuan',
     None,
     "JAMBI - Kapolda Jambi Irjen Pol Rusdi Hartono menyerahkan penghargaan kepada 25 personel Ditresnarkoba "
     "Polda Jambi dan Satresnarkoba Polres Muaro Jambi yang menggagalkan peredaran 40 kilogram sabu. Penghargaan "
     "diserahkan dalam apel pagi di Mapolda Jambi, Senin (3/6/2024).",
     '2024-06-04', 'received', [
      (['Ditresnarkoba Polda Jambi', 'Satresnarkoba Polres Muaro Jambi'], None, 'kapolda', 'Kapolda Jambi', None, '2024-06-03'),
     ]),
    ('a Kapolres memberikan reward to his members',
     None,
     "KLATEN - Kapolres Klaten AKBP Hartono Wijaya memberikan reward kepada tujuh anggota Satreskrim Polres "
     "Klaten yang menangkap pelaku pembunuhan kurang dari 24 jam. Reward diberikan usai apel, Jumat (9/2/2024).",
     '2024-02-10', 'received', [
      (['Satreskrim Polres Klaten'], None, 'other', 'Kapolres Klaten', None, '2024-02-09'),
     ]),
    ('Korlantas gives a Ditlantas for an operation named with its year',
     None,
     "PALEMBANG - Korlantas Polri memberikan penghargaan kepada Ditlantas Polda Sumatera Selatan sebagai "
     "Ditlantas terbaik dalam Operasi Ketupat 2024. Penghargaan diserahkan Kakorlantas Irjen Pol Danu Prakoso "
     "kepada Dirlantas Polda Sumsel Kombes Pol Hasan Basri di Jakarta, Kamis (23/5/2024).",
     '2024-05-24', 'received', [
      (['Ditlantas Polda Sumatera Selatan'], 'Hasan Basri', 'kapolri', 'Korlantas Polri', 2024, '2024-05-23'),
     ]),
    ("a Kabareskrim hands over Bareskrim's award to a Polda directorate's team",
     None,
     "BANDUNG - Tim Ditreskrimsus Polda Jawa Barat mendapat penghargaan dari Bareskrim Polri atas pengungkapan "
     "jaringan judi online internasional. Penghargaan diserahkan Kabareskrim Polri Komjen Pol Wisnu Adiputra di "
     "Jakarta, Selasa (8/10/2024).",
     '2024-10-09', 'received', [
      (['Ditreskrimsus Polda Jawa Barat'], None, 'kapolri', 'Bareskrim Polri', None, '2024-10-08'),
     ]),
    ('Divpropam menganugerahkan to a Bidpropam at a named meeting',
     None,
     "SAMARINDA - Divpropam Polri menganugerahkan penghargaan kepada Bidpropam Polda Kalimantan Timur sebagai "
     "Bidpropam terbaik dalam penegakan disiplin anggota. Penghargaan diserahkan dalam Rakernis Propam Polri "
     "tahun 2024 dan diterima Kabid Propam Kombes Pol Yudha Nugraha.",
     '2024-03-20', 'received', [
      (['Bidpropam Polda Kalimantan Timur'], 'Yudha Nugraha', 'kapolri', 'Divpropam Polri', None, None),
     ]),
    ('a state-owned company written with Persero and its distribution unit',
     None,
     "SURABAYA - PT PLN (Persero) Unit Induk Distribusi Jawa Timur memberikan penghargaan kepada Ditreskrimsus "
     "Polda Jawa Timur atas pengungkapan kasus pencurian kabel listrik bawah tanah. Penghargaan diterima "
     "Dirreskrimsus Kombes Pol Arief Budiman, Selasa (20/8/2024).",
     '2024-08-21', 'received', [
      (['Ditreskrimsus Polda Jawa Timur'], 'Arief Budiman', 'other', 'PT PLN (Persero)', None, '2024-08-20'),
     ]),
    ("a bank's branch menyerahkan to a Polsek for foiling a theft",
     None,
     "PURWOKERTO - Bank BRI Kantor Cabang Purwokerto menyerahkan penghargaan kepada Polsek Purwokerto Timur yang "
     "menggagalkan pembobolan mesin ATM. Penghargaan diterima Kapolsek Purwokerto Timur Kompol Sugeng Riyadi, "
     "Senin (15/7/2024).",
     '2024-07-16', 'received', [
      (['Polsek Purwokerto Timur'], 'Sugeng Riyadi', 'other', 'Bank BRI Kantor Cabang Purwokerto', None, '2024-07-15'),
     ]),
    ("a railway company's operating area written out",
     None,
     "SURABAYA - PT Kereta Api Indonesia (Persero) Daop 8 Surabaya memberikan penghargaan kepada Satlantas "
     "Polrestabes Surabaya atas pengaturan perlintasan sebidang selama angkutan Lebaran. Penghargaan diterima "
     "Kasat Lantas AKBP Teddy Kurniawan, Rabu (24/4/2024).",
     '2024-04-25', 'received', [
      (['Satlantas Polrestabes Surabaya'], 'Teddy Kurniawan', 'other', 'PT KAI Daop 8 Surabaya', None, '2024-04-24'),
     ]),
    ("a company's award handed over by its vice president",
     None,
     "TIMIKA - Penghargaan dari PT Freeport Indonesia diserahkan oleh Vice President Community Relations, Yohanes "
     "Rumbiak, kepada Kapolres Mimika AKBP Daniel Tobing atas pengamanan jalur tambang selama aksi mogok. "
     "Penyerahan berlangsung di Timika, Jumat (5/7/2024).",
     '2024-07-06', 'received', [
      (['Polres Mimika'], 'Daniel Tobing', 'other', 'PT Freeport Indonesia', None, '2024-07-05'),
     ]),
    ('a university menganugerahkan to a Polda, its rector hands over to the Kapolda',
     None,
     "PALEMBANG - Universitas Sriwijaya menganugerahkan penghargaan kepada Polda Sumatera Selatan atas kerja sama "
     "pencegahan narkoba di lingkungan kampus. Penghargaan diserahkan Rektor Prof. Taufik Hidayat kepada Kapolda "
     "Sumsel Irjen Pol Andi Mahmud, Rabu (16/10/2024).",
     '2024-10-17', 'received', [
      (['Polda Sumatera Selatan'], 'Andi Mahmud', 'other', 'Universitas Sriwijaya', None, '2024-10-16'),
     ]),
    ('an institute of technology with initials in brackets gives a Polsek',
     None,
     "SURABAYA - Institut Teknologi Sepuluh Nopember (ITS) memberikan penghargaan kepada Polsek Sukolilo atas "
     "pengamanan kawasan kampus selama masa orientasi mahasiswa baru. Penghargaan diterima Kapolsek Sukolilo "
     "Kompol Didik Supriyanto.",
     '2024-09-05', 'received', [
      (['Polsek Sukolilo'], 'Didik Supriyanto', 'other', 'Institut Teknologi Sepuluh Nopember', None, None),
     ]),
    ('a provincial PWI gives its award to a Kabid Humas',
     None,
     "JAMBI - Persatuan Wartawan Indonesia (PWI) Provinsi Jambi memberikan PWI Award kepada Kabid Humas Polda "
     "Jambi Kombes Pol Mulia Prianto sebagai pejabat humas paling responsif terhadap wartawan. Penghargaan "
     "diserahkan pada puncak Hari Pers Nasional, Jumat (9/2/2024).",
     '2024-02-10', 'received', [
      (['Bidhumas Polda Jambi'], 'Mulia Prianto', 'media', 'PWI Provinsi Jambi', None, '2024-02-09'),
     ]),
    ("a journalists' association's regional board gives a Polrestabes",
     None,
     "MEDAN - Ikatan Jurnalis Televisi Indonesia (IJTI) Pengda Sumatera Utara memberikan penghargaan kepada "
     "Polrestabes Medan sebagai institusi paling terbuka terhadap media. Penghargaan diterima Kasi Humas "
     "Polrestabes Medan Kompol Ahmad Nasution, Sabtu (14/9/2024).",
     '2024-09-15', 'received', [
      (['Polrestabes Medan'], 'Ahmad Nasution', 'media', 'IJTI Sumatera Utara', None, '2024-09-14'),
     ]),
    ('a newspaper named only in the headline, its award named with a year',
     'Harian Pos Kupang Beri Penghargaan untuk Polresta Kupang Kota',
     "KUPANG - Polresta Kupang Kota menerima Pos Kupang Award 2024 kategori institusi pelayanan publik paling "
     "inovatif. Penghargaan diterima Wakapolresta Kupang Kota AKBP Yohanes Bere di Hotel Aston Kupang, Kamis "
     "(29/8/2024).",
     '2024-08-30', 'received', [
      (['Polresta Kupang Kota'], 'Yohanes Bere', 'media', 'Pos Kupang', 2024, '2024-08-29'),
     ]),
    ("a scouts' regional council with its initials gives a Kapolda a lencana",
     None,
     "BANDUNG - Kwartir Daerah (Kwarda) Gerakan Pramuka Jawa Barat menganugerahkan Lencana Darma Bakti kepada "
     "Kapolda Jawa Barat Irjen Pol Rudi Setiawan atas dukungannya terhadap kegiatan kepramukaan. Lencana "
     "disematkan Ketua Kwarda Jabar dalam peringatan Hari Pramuka, Rabu (14/8/2024).",
     '2024-08-15', 'received', [
      (['Polda Jawa Barat'], 'Rudi Setiawan', 'other', 'Kwartir Daerah Gerakan Pramuka Jawa Barat', None, '2024-08-14'),
     ]),
    ('a police-watch NGO gives a Metro resort',
     None,
     "JAKARTA - Indonesia Police Watch (IPW) memberikan penghargaan kepada Polres Metro Jakarta Barat atas "
     "pengungkapan pabrik narkoba rumahan di Kalideres. Penghargaan diterima Kapolres Metro Jakarta Barat Kombes "
     "Pol Andri Saputra, Senin (28/10/2024).",
     '2024-10-29', 'received', [
      (['Polres Metro Jakarta Barat'], 'Andri Saputra', 'other', 'Indonesia Police Watch', None, '2024-10-28'),
     ]),
    ("a regency's ulema council gives a Polres, its chairman hands over",
     None,
     "TASIKMALAYA - Majelis Ulama Indonesia (MUI) Kabupaten Tasikmalaya memberikan penghargaan kepada Polres "
     "Tasikmalaya atas pemberantasan minuman keras selama Ramadan. Piagam diserahkan Ketua MUI Kabupaten "
     "Tasikmalaya KH Asep Mubarok kepada Kapolres Tasikmalaya AKBP Dani Suryadi, Selasa (26/3/2024).",
     '2024-03-27', 'received', [
      (['Polres Tasikmalaya'], 'Dani Suryadi', 'other', 'MUI Kabupaten Tasikmalaya', None, '2024-03-26'),
     ]),
    ('a church synod gives a Polda for securing Christmas',
     None,
     "KUPANG - Majelis Sinode Gereja Masehi Injili di Timor (GMIT) memberikan penghargaan kepada Polda Nusa "
     "Tenggara Timur atas pengamanan perayaan Natal dan Tahun Baru. Penghargaan diserahkan Ketua Majelis Sinode "
     "GMIT Pdt. Samuel Benu kepada Wakapolda NTT Brigjen Pol Ferdi Lona, Jumat (10/1/2025).",
     '2025-01-11', 'received', [
      (['Polda Nusa Tenggara Timur'], 'Ferdi Lona', 'other', 'Majelis Sinode GMIT', None, '2025-01-10'),
     ]),
    ('a provincial BNN written out with initials gives a Satresnarkoba',
     None,
     "SAMARINDA - Badan Narkotika Nasional Provinsi (BNNP) Kalimantan Timur memberikan penghargaan kepada "
     "Satresnarkoba Polresta Samarinda atas pengungkapan 12 kilogram sabu. Penghargaan diterima Kasat Resnarkoba "
     "Kompol Rudi Harahap, Rabu (26/6/2024).",
     '2024-06-27', 'received', [
      (['Satresnarkoba Polresta Samarinda'], 'Rudi Harahap', 'ministry', 'BNNP Kalimantan Timur', None, '2024-06-26'),
     ]),
    ("the head of BNN, a police general, hands over BNN's award",
     None,
     "JAKARTA - Kepala BNN RI Komjen Pol Marthen Simanjuntak menyerahkan penghargaan kepada Ditresnarkoba Polda "
     "Sumatera Utara atas sinergi pemberantasan narkotika. Penghargaan diterima Dirresnarkoba Kombes Pol Yusuf "
     "Tarigan pada peringatan Hari Anti Narkotika Internasional, Rabu (26/6/2024).",
     '2024-06-27', 'received', [
      (['Ditresnarkoba Polda Sumatera Utara'], 'Yusuf Tarigan', 'ministry', 'BNN RI', None, '2024-06-26'),
     ]),
    ("a city's KPU gives a Polrestabes for an election",
     None,
     "MAKASSAR - KPU Kota Makassar memberikan penghargaan kepada Polrestabes Makassar atas pengamanan Pilkada "
     "Serentak 2024. Penghargaan diterima Kapolrestabes Makassar Kombes Pol Arya Wicaksono, Senin (16/12/2024).",
     '2024-12-17', 'received', [
      (['Polrestabes Makassar'], 'Arya Wicaksono', 'other', 'KPU Kota Makassar', None, '2024-12-16'),
     ]),
    ("a regency's Bawaslu menganugerahkan, active with the award first",
     None,
     "SUMENEP - Penghargaan sebagai mitra pengawasan terbaik dianugerahkan Bawaslu Kabupaten Sumenep kepada "
     "Polres Sumenep. Kapolres Sumenep AKBP Henri Noveri menerima penghargaan itu di Sumenep, Kamis (5/12/2024).",
     '2024-12-06', 'received', [
      (['Polres Sumenep'], 'Henri Noveri', 'other', 'Bawaslu Kabupaten Sumenep', None, '2024-12-05'),
     ]),
    ('a district court gives a Satsamapta',
     None,
     "PALEMBANG - Pengadilan Negeri Palembang memberikan penghargaan kepada Satsamapta Polrestabes Palembang atas "
     "pengamanan persidangan perkara pembunuhan yang menyita perhatian publik. Piagam diterima Kasat Samapta "
     "Kompol Edi Gunawan, Selasa (5/11/2024).",
     '2024-11-06', 'received', [
      (['Satsamapta Polrestabes Palembang'], 'Edi Gunawan', 'other', 'Pengadilan Negeri Palembang', None, '2024-11-05'),
     ]),
    ("the head of a district prosecutors' office hands over",
     None,
     "WONOGIRI - Kepala Kejaksaan Negeri Wonogiri, Agung Wicaksono, menyerahkan penghargaan kepada Satreskrim "
     "Polres Wonogiri atas sinergi penanganan perkara korupsi dana desa. Penghargaan diterima Kasat Reskrim AKP "
     "Tri Wahyono, Senin (22/7/2024).",
     '2024-07-23', 'received', [
      (['Satreskrim Polres Wonogiri'], 'Tri Wahyono', 'other', 'Kejaksaan Negeri Wonogiri', None, '2024-07-22'),
     ]),
    ('a Danrem by title and name gives a Polres',
     None,
     "KALIANDA - Danrem 043/Garuda Hitam Brigjen TNI Rahmat Hidayat memberikan penghargaan kepada Polres Lampung "
     "Selatan atas sinergi pengamanan Pelabuhan Bakauheni selama arus mudik. Penghargaan diterima Kapolres "
     "Lampung Selatan AKBP Yusriandi, Sabtu (20/4/2024).",
     '2024-04-21', 'received', [
      (['Polres Lampung Selatan'], 'Yusriandi', 'other', 'Korem 043/Garuda Hitam', None, '2024-04-20'),
     ]),
    ("a Kodam's award, its Pangdam hands over to the Kapolda",
     None,
     "SEMARANG - Kodam IV/Diponegoro memberikan penghargaan kepada Polda Jawa Tengah atas dukungan pengamanan "
     "latihan gabungan TNI. Penghargaan diserahkan Pangdam IV/Diponegoro Mayjen TNI Sudarmo kepada Kapolda Jateng "
     "Irjen Pol Ahmad Fauzi, Jumat (11/10/2024).",
     '2024-10-12', 'received', [
      (['Polda Jawa Tengah'], 'Ahmad Fauzi', 'other', 'Kodam IV/Diponegoro', None, '2024-10-11'),
     ]),
    ('a foreign police force written in English gives a Polda directorate',
     None,
     "DENPASAR - Australian Federal Police (AFP) memberikan penghargaan kepada Ditresnarkoba Polda Bali atas "
     "kerja sama pengungkapan penyelundupan kokain melalui Bandara Ngurah Rai. Penghargaan diserahkan Atase AFP "
     "di Jakarta, Mark Collins, kepada Dirresnarkoba Kombes Pol Gede Astawa, Rabu (6/11/2024).",
     '2024-11-07', 'received', [
      (['Ditresnarkoba Polda Bali'], 'Gede Astawa', 'other', 'Australian Federal Police', None, '2024-11-06'),
     ]),
    ('a foreign embassy gives Bareskrim',
     None,
     "JAKARTA - Kedutaan Besar Amerika Serikat di Jakarta memberikan penghargaan kepada Bareskrim Polri atas "
     "kerja sama pemberantasan eksploitasi anak secara daring. Penghargaan diterima Wakabareskrim Irjen Pol Asep "
     "Suhendar, Selasa (17/9/2024).",
     '2024-09-18', 'received', [
      (['Bareskrim Polri'], 'Asep Suhendar', 'other', 'Kedutaan Besar Amerika Serikat', None, '2024-09-17'),
     ]),
    ('disaksikan a Bupati, the Kapolda gives',
     None,
     "KENDAL - Disaksikan Bupati Kendal Dico Ganinduto, Kapolda Jawa Tengah Irjen Pol Ahmad Fauzi menyerahkan "
     "penghargaan kepada Polres Kendal atas pengungkapan kasus penipuan investasi bodong. Penghargaan diterima "
     "Kapolres Kendal AKBP Hendra Wijaya di Mapolres Kendal, Kamis (15/2/2024).",
     '2024-02-16', 'received', [
      (['Polres Kendal'], 'Hendra Wijaya', 'kapolda', 'Kapolda Jawa Tengah', None, '2024-02-15'),
     ]),
    ('a Wali Kota opens the forum, the Ombudsman gives',
     None,
     "BLITAR - Wali Kota Blitar Santoso Hadi membuka forum pelayanan publik di Balai Kota Blitar, Selasa "
     "(10/12/2024). Dalam forum itu, Ombudsman RI Perwakilan Jawa Timur menyerahkan piagam predikat kepatuhan "
     "tinggi tahun 2024 kepada Polres Blitar Kota. Piagam diterima Kapolres Blitar Kota AKBP Danang Wibowo.",
     '2024-12-11', 'received', [
      (['Polres Blitar Kota'], 'Danang Wibowo', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Timur', 2024, '2024-12-10'),
     ]),
    ('a DPRD chairman attends while the Kapolres gives',
     None,
     "BOJONEGORO - Kapolres Bojonegoro AKBP Mario Situmorang memberikan penghargaan kepada 12 personel Satsamapta "
     "Polres Bojonegoro yang mengevakuasi warga saat banjir. Acara yang digelar di Mapolres, Senin (11/3/2024), "
     "turut dihadiri Ketua DPRD Bojonegoro Abdulloh Umar.",
     '2024-03-12', 'received', [
      (['Satsamapta Polres Bojonegoro'], None, 'other', 'Kapolres Bojonegoro', None, '2024-03-11'),
     ]),
    ('the receiving Kapolda menerima dari a Gubernur',
     None,
     "PONTIANAK - Kapolda Kalimantan Barat Irjen Pol Darma Putra menerima penghargaan dari Gubernur Kalimantan "
     "Barat atas penanganan kebakaran hutan dan lahan. Penghargaan diserahkan di Pendopo Gubernur Kalbar, Rabu "
     "(9/10/2024).",
     '2024-10-10', 'received', [
      (['Polda Kalimantan Barat'], 'Darma Putra', 'regional_government', 'Gubernur Kalimantan Barat', None, '2024-10-09'),
     ]),
    ("a Wakapolda hands over the Kapolri's award",
     None,
     "MANOKWARI - Penghargaan dari Kapolri kepada 18 personel Satbrimob Polda Papua Barat diserahkan Wakapolda "
     "Papua Barat Brigjen Pol Alfons Mandacan dalam upacara di Mako Brimob, Selasa (23/7/2024). Mereka dinilai "
     "berjasa membebaskan sandera di Teluk Bintuni.",
     '2024-07-24', 'received', [
      (['Satbrimob Polda Papua Barat'], None, 'kapolri', 'Kapolri', None, '2024-07-23'),
     ]),
    ('Forkopimda attend, the Kapolda pins the award',
     None,
     "AMBON - Upacara di lapangan Mapolda Maluku, Kamis (7/3/2024), dihadiri Pangdam XV/Pattimura dan Kajati "
     "Maluku. Dalam upacara itu Kapolda Maluku Irjen Pol Edwin Lekatompessy menyematkan penghargaan kepada 30 "
     "personel Polres Maluku Tengah yang meredam bentrok antarwarga.",
     '2024-03-08', 'received', [
      (['Polres Maluku Tengah'], None, 'kapolda', 'Kapolda Maluku', None, '2024-03-07'),
     ]),
    ('a Sekda hands over atas nama the Bupati',
     None,
     "GUNUNGKIDUL - Sekretaris Daerah Gunungkidul Sri Rejeki, atas nama Bupati Gunungkidul, menyerahkan "
     "penghargaan kepada Polres Gunungkidul atas penanganan kecelakaan wisatawan di pantai selatan. Penghargaan "
     "diterima Wakapolres Gunungkidul Kompol Bambang Sutrisno, Jumat (26/7/2024).",
     '2024-07-27', 'received', [
      (['Polres Gunungkidul'], 'Bambang Sutrisno', 'regional_government', 'Bupati Gunungkidul', None, '2024-07-26'),
     ]),
    ('a Kapolda attends, the Bawaslu gives a Polres',
     None,
     "BENGKULU - Bawaslu Provinsi Bengkulu memberikan penghargaan kepada Polres Rejang Lebong atas pengamanan "
     "tahapan pilkada. Kapolda Bengkulu Irjen Pol Anwar Sani turut hadir saat piagam diserahkan kepada Kapolres "
     "Rejang Lebong AKBP Eko Budiman, Senin (2/12/2024).",
     '2024-12-03', 'received', [
      (['Polres Rejang Lebong'], 'Eko Budiman', 'other', 'Bawaslu Provinsi Bengkulu', None, '2024-12-02'),
     ]),
    ('a Kadishub praises, the Bupati gives',
     None,
     "BANYUMAS - Kepala Dinas Perhubungan Banyumas Sugiarto menilai Satlantas Polresta Banyumas sigap mengurai "
     "kemacetan di jalur Baturraden. Atas kinerja itu, Bupati Banyumas Achmad Husein memberikan penghargaan "
     "kepada Satlantas Polresta Banyumas, Kamis (11/4/2024).",
     '2024-04-12', 'received', [
      (['Satlantas Polresta Banyumas'], None, 'regional_government', 'Bupati Banyumas', None, '2024-04-11'),
     ]),

    ("a minister gives a speech at Kompolnas's ceremony",
     None,
     "JAKARTA - Polres Bantaeng meraih penghargaan dari Kompolnas sebagai Polres dengan inovasi pelayanan "
     "terbaik. Menteri Dalam Negeri memberikan sambutan dalam acara di Jakarta, Rabu (27/11/2024), sebelum "
     "penghargaan diserahkan kepada Kapolres Bantaeng AKBP Irfan Lubis.",
     '2024-11-28', 'received', [
      (['Polres Bantaeng'], 'Irfan Lubis', 'kompolnas', 'Kompolnas', None, '2024-11-27'),
     ]),
    ("the head of a ministry's regional office with a long title and name, comma apposition",
     None,
     "SURABAYA - Kepala Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur, Suryo Hartanto, menyerahkan "
     "penghargaan kepada Ditreskrimum Polda Jawa Timur atas bantuan penangkapan kembali dua narapidana yang kabur "
     "dari Lapas Pamekasan. Penghargaan diterima Dirreskrimum Kombes Pol Totok Purnomo di Surabaya, Rabu "
     "(7/2/2024).",
     '2024-02-08', 'received', [
      (['Ditreskrimum Polda Jawa Timur'], 'Totok Purnomo', 'ministry', 'Kanwil Kemenkumham Jawa Timur', None, '2024-02-07'),
     ]),
    ('a ministry written in full gives a Polda for securing a sports event, its deputy accepts',
     None,
     "JAKARTA - Kementerian Pemuda dan Olahraga menganugerahkan penghargaan kepada Polda Sumatera Utara atas "
     "pengamanan PON XXI Aceh-Sumut 2024. Penghargaan diterima Wakapolda Sumut Brigjen Pol Hendra Siregar di "
     "Jakarta, Kamis (26/9/2024).",
     '2024-09-27', 'received', [
      (['Polda Sumatera Utara'], 'Hendra Siregar', 'ministry', 'Kementerian Pemuda dan Olahraga', None, '2024-09-26'),
     ]),
    ("a Kapolresta's award to a Polsek, told in a quote after the fact",
     None,
     'MALANG - Polsek Klojen menerima penghargaan sebagai Polsek terbaik dalam pelayanan SPKT. "Penghargaan ini '
     'kami berikan agar Polsek lain ikut terpacu," kata Kapolresta Malang Kota Kombes Pol Budi Hermanto usai '
     "menyerahkan piagam, Rabu (24/1/2024).",
     '2024-01-25', 'received', [
      (['Polsek Klojen'], None, 'other', 'Kapolresta Malang Kota', None, '2024-01-24'),
     ]),
    ('an Ombudsman named only in a later sentence that hands over',
     None,
     "WATES - Polres Kulon Progo meraih predikat zona hijau dalam penilaian kepatuhan standar pelayanan publik "
     "tahun 2024. Piagam predikat itu diserahkan Kepala Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta, Budi "
     "Hartono, di Yogyakarta, Rabu (11/12/2024). Wakapolres Kulon Progo Kompol Agus Salim hadir menerimanya.",
     '2024-12-12', 'received', [
      (['Polres Kulon Progo'], 'Agus Salim', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta', 2024, '2024-12-11'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", GIVERS_BREADTH, ids=[row[0] for row in GIVERS_BREADTH]
)
def test_givers_however_they_appear(construction, title, text, day, role, awards):
    test_breadth_of_wording(construction, title, text, day, role, awards)


# The award, with whom it is for, as the subject of a passive giving verb: the sentence tells of an award received.
@pytest.mark.parametrize(
    "text, role",
    [
        (
            "Penghargaan dari Kapolda kepada 12 personel Satsamapta Polres Kediri diserahkan Wakapolda di Mapolda.",
            "received",
        ),
        ("SURAKARTA - Piagam untuk Polresta Surakarta diberikan Wali Kota Surakarta di Balai Kota.", "received"),
        ("Adapun trofi bagi Polsek Ubud diserahkan Camat Ubud, Senin.", "received"),
        ("Piagam penghargaan bagi dua pemuda itu diserahkan Kapolsek Depok Barat.", "given"),
        ("Hadiah untuk memotivasi warga diserahkan Kapolres Banjar.", None),
        ("Kasi Humas menjelaskan penghargaan kepada Kapolres diberikan atas dua hal.", None),
    ],
)
def test_an_award_for_someone_as_the_subject_of_a_passive_verb(text, role):
    assert sentence_role(text) == role


# A press body's branch: its level may stand between the body and its region.
@pytest.mark.parametrize(
    "text, giver",
    [
        (
            "Persatuan Wartawan Indonesia (PWI) Provinsi Bengkulu memberikan penghargaan kepada Polres Kaur.",
            "PWI Bengkulu",
        ),
        ("Penghargaan dari IJTI Pengda Kalimantan Selatan diterima Polres Banjar.", "IJTI Kalimantan Selatan"),
        ("Polres Sintang menerima penghargaan dari AJI Kota Pontianak.", "AJI Kota Pontianak"),
        ("Polresta Cirebon mendapat penghargaan dari PWI Cabang Cirebon.", "PWI Cirebon"),
    ],
)
def test_a_press_body_with_its_branchs_level(text, giver):
    assert giver_of("media", text, [])[0] == giver


# A body the kinds table lacks, introduced with its initials in brackets as the subject of a giving verb, outranks
# whoever hands over for it; its head's post before it is not its name.
@pytest.mark.parametrize(
    "text, giver",
    [
        (
            "Solidaritas Masyarakat Peduli Hukum (SMPH) memberikan penghargaan kepada Polres Sampang. Piagam diserahkan "
            "Sekretaris SMPH Rudi.",
            "Solidaritas Masyarakat Peduli Hukum (SMPH)",
        ),
        (
            "Ketua Umum Jaringan Advokat Rakyat (JAR) menyerahkan piagam kepada Polsek Kota Juang.",
            "Jaringan Advokat Rakyat (JAR)",
        ),
        (
            "International Justice Mission (IJM) memberikan penghargaan kepada Dittipidum Bareskrim Polri.",
            "International Justice Mission (IJM)",
        ),
        (
            "Kedutaan Besar Jepang memberikan penghargaan kepada Ditpolairud Polda Kepulauan Riau.",
            "Kedutaan Besar Jepang",
        ),
    ],
)
def test_a_body_introduced_by_its_initials_gives(text, giver):
    assert giver_of("other", text, [])[0] == giver


@pytest.mark.parametrize(
    "text, count",
    [
        ("Piagam diserahkan Ketua Sinode Pdt. Markus Lay kepada Kapolres Alor, Rabu (3/1/2024).", 1),
        ("Penghargaan diserahkan Danrem Kolonel Inf. Agus Wijaya kepada Kapolres, Senin.", 1),
        ("Piagam diserahkan Ust. Hamzah. Kapolres menerimanya.", 2),
    ],
)
def test_a_clergymans_or_a_corps_abbreviation_ends_no_sentence(text, count):
    assert len(sentences(text)) == count


# Who addresses the ceremony and hands nothing over in that sentence names no giver; one who speaks and then hands
# over gives.
@pytest.mark.parametrize(
    "text, giver",
    [
        (
            "Polres Sinjai menerima penghargaan dari Komisi Informasi Provinsi Sulawesi Selatan. Menteri Sosial "
            "memberikan sambutan sebelum penghargaan diserahkan kepada Kapolres Sinjai.",
            "Komisi Informasi Provinsi Sulawesi Selatan",
        ),
        (
            "Gubernur Bengkulu menyampaikan amanat, lalu piagam dari BNNP Bengkulu diserahkan kepada Polres Seluma.",
            "BNNP Bengkulu",
        ),
        ("Bupati Kudus memberikan sambutan dan menyerahkan piagam kepada Polres Kudus.", "Bupati Kudus"),
    ],
)
def test_who_addresses_the_ceremony_gives_nothing(text, giver):
    awards = extract_awards(None, text)
    assert len(awards) == 1
    assert shares_words(giver, awards[0]["giver"]), awards[0]["giver"]


# "dari" after where someone went or was taken from names a place, not the giver.
@pytest.mark.parametrize(
    "text, giver",
    [
        (
            "Bupati Sampang memberikan penghargaan kepada Polres Sampang atas penangkapan tahanan yang kabur dari "
            "Rutan Sampang.",
            "Bupati Sampang",
        ),
        (
            "BNNP Riau memberikan penghargaan kepada Polres Dumai atas penangkapan buron yang melarikan diri dari "
            "Lapas Dumai.",
            "BNNP Riau",
        ),
        ("Polres Nunukan menerima piagam dari BP2MI atas pemulangan pekerja yang pulang dari Malaysia.", "BP2MI"),
    ],
)
def test_where_someone_went_from_is_no_giver(text, giver):
    assert shares_words(giver, extract_awards(None, text)[0]["giver"])


# An event the police secured or escorted, named with its year, gives the award no year; an operation keeps its own.
@pytest.mark.parametrize(
    "title, year",
    [
        ("penghargaan Menpora atas pengamanan PON XXI Aceh-Sumut 2024", None),
        ("piagam dari ITDC karena berhasil mengamankan MotoGP Mandalika 2022", None),
        ("penghargaan Gubernur atas pengawalan KTT ASEAN Labuan Bajo 2023", None),
        ("penghargaan Korlantas atas pengamanan Operasi Ketupat 2024", 2024),
        ("Satya Award 2024 atas pengamanan kegiatan masyarakat", 2024),
        ("juara I Lomba Pengamanan Swakarsa 2024", 2024),
    ],
)
def test_an_event_secured_gives_no_year(title, year):
    assert year_in_title(title) == year
    assert year_of(title) == year


# A province of three words is named whole after an Ombudsman office, a Kapolda, a Wakapolda or a Polda.
@pytest.mark.parametrize(
    "category, text, giver",
    [
        (
            "ombudsman_compliance",
            "Piagam diserahkan Kepala Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta, Sri "
            "Lestari, kepada Kapolres Bantul.",
            "Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta",
        ),
        (
            "ombudsman_compliance",
            "Polres Sikka meraih zona hijau dari Ombudsman RI Perwakilan Nusa Tenggara Timur.",
            "Ombudsman RI Perwakilan Nusa Tenggara Timur",
        ),
        (
            "kapolda",
            "Polres Bangka Barat menerima penghargaan dari Kapolda Kepulauan Bangka Belitung Irjen Pol Hadi Santoso.",
            "Kapolda Kepulauan Bangka Belitung",
        ),
        ("kapolda", "Trofi diserahkan Wakapolda Nusa Tenggara Barat kepada Polres Dompu.", "Polda Nusa Tenggara Barat"),
    ],
)
def test_a_province_of_three_words_after_a_giver(category, text, giver):
    assert giver_of(category, text, [])[0] == giver


# A desk or sub-unit whose service the award is for is no recipient; one that opens the sentence receives.
@pytest.mark.parametrize(
    "text, units",
    [
        (
            "Polsek Lowokwaru menerima penghargaan sebagai Polsek terbaik dalam pelayanan SPKT dari Kapolresta.",
            ["Polsek Lowokwaru"],
        ),
        ("Polres Nganjuk meraih penghargaan atas inovasi layanan Satpas dari Kementerian PANRB.", ["Polres Nganjuk"]),
        (
            "Polres Ponorogo menerima penghargaan kategori pelayanan Satlantas dari Bupati Ponorogo.",
            ["Polres Ponorogo"],
        ),
        ("Layanan SPKT Polres Madiun meraih penghargaan dari Ombudsman.", ["SPKT Polres Madiun"]),
    ],
)
def test_a_service_the_award_is_for_is_no_recipient(text, units):
    got = {canonical_unit_name(u) for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


# The officer who receives the award said by its pronoun: "hadir menerimanya", "langsung memperolehnya".
@pytest.mark.parametrize(
    "text, officer",
    [
        (
            "Polres Purworejo meraih penghargaan dari Bupati Purworejo. Wakapolres Purworejo Kompol Dedi Kurnia hadir "
            "menerimanya di pendopo.",
            "Dedi Kurnia",
        ),
        (
            "Polres Wonosobo mendapat piagam dari KPPN Wonosobo. Kabag Ren Polres Wonosobo AKP Rina Lestari langsung "
            "menerimanya.",
            "Rina Lestari",
        ),
    ],
)
def test_the_officer_who_receives_the_award_said_by_its_pronoun(text, officer):
    assert extract_awards(None, text)[0]["officer"] == officer


# -- award titles and kinds across the ways stories name them: passages written apart from the evaluation stories -----
# A named award with its year, a predikat and its grade, WBK and WBBM written out or short, placings, "Polres terbaik
# dalam ...", a piagam for a deed, an award named only in the headline or in a later sentence than its verb, a name in
# quotes, an award whose reason is all that describes it, MURI records, KPLB, Satyalancana, and two awards of
# different kinds in one story. The title is compared as the evaluation does: the extracted one holds at least half
# the words of the one written here.
AWARD_NAMES_BREADTH = [
    # how the award is named, headline, text, publication day, (recipient units, category, title) of each award
    ('Kompolnas Award with year, dinobatkan sebagai',
     None,
     'JAKARTA - Polres Kulon Progo dinobatkan sebagai Polres terbaik tipe B dalam ajang Kompolnas Award 2024. '
     'Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolres Kulon Progo AKBP Wahyu Santoso di Jakarta, '
     'Kamis (12/12/2024). Wahyu mengatakan penghargaan itu menjadi pemacu bagi seluruh personel.',
     '2024-12-13', [
      (['Polres Kulon Progo'], 'kompolnas',
       'Kompolnas Award 2024 Polres terbaik tipe B'),
     ]),
    ('Hoegeng Award won by a Bhabinkamtibmas, no giver named',
     None,
     'Aipda Rudi Hartono, Bhabinkamtibmas Polsek Sukadana, Polres Lampung Timur, meraih Hoegeng Award 2023 '
     'kategori Polisi Berdedikasi. Ia dikenal warga karena membangun sekolah gratis bagi anak petani. '
     'Penghargaan diterima Rudi dalam malam penganugerahan di Jakarta, Jumat (14/7/2023).',
     '2023-07-15', [
      (['Polsek Sukadana'], 'other',
       'Hoegeng Award 2023 kategori Polisi Berdedikasi'),
     ]),
    ('predikat kepatuhan tinggi of a named assessment year, kembali memperoleh',
     None,
     'WONOSOBO - Polres Wonosobo kembali memperoleh predikat kepatuhan tinggi atas penilaian kepatuhan standar '
     'pelayanan publik tahun 2023 dari Ombudsman RI Perwakilan Jawa Tengah. Penyerahan berlangsung di '
     'Semarang, Selasa (23/1/2024), dan diterima Kapolres Wonosobo AKBP Eko Prasetyo.',
     '2024-01-24', [
      (['Polres Wonosobo'], 'ombudsman_compliance',
       'predikat kepatuhan tinggi penilaian kepatuhan standar pelayanan publik tahun 2023'),
     ]),
    ('masuk zona hijau, the piagam named in a later sentence',
     None,
     'KUPANG - Polres Sumba Timur masuk zona hijau dalam penilaian kepatuhan pelayanan publik yang dilakukan '
     'Ombudsman RI Perwakilan NTT. Piagam penghargaan zona hijau itu diterima Kapolres Sumba Timur AKBP Frans '
     'Dida di Kupang, Rabu (20/12/2023).',
     '2023-12-21', [
      (['Polres Sumba Timur'], 'ombudsman_compliance',
       'zona hijau penilaian kepatuhan pelayanan publik'),
     ]),
    ('penghargaan kategori A with a score',
     None,
     'TABANAN - Polres Tabanan meraih penghargaan kategori A dengan nilai 96,5 dalam penilaian kualitas '
     'pelayanan publik tahun 2024 oleh Ombudsman RI. Kapolres Tabanan AKBP Gede Suryawan menyebut capaian itu '
     'berkat pembenahan ruang SPKT dan pelayanan SIM.',
     '2024-12-18', [
      (['Polres Tabanan'], 'ombudsman_compliance',
       'kategori A penilaian kualitas pelayanan publik tahun 2024'),
     ]),
    ('menyandang WBK written out, the minister hands over',
     None,
     'Polres Pacitan resmi menyandang predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB. '
     'Predikat itu diserahkan Menteri PANRB Abdullah Azwar Anas kepada Kapolres Pacitan AKBP Agung Nugroho di '
     'Jakarta, Rabu (13/12/2023).',
     '2023-12-14', [
      (['Polres Pacitan'], 'zona_integritas_wbk',
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
     ]),
    ('WBBM short form, a Satlantas, assessment year',
     'Satlantas Polresta Sidoarjo Raih WBBM',
     'SIDOARJO - Satlantas Polresta Sidoarjo meraih predikat WBBM dari KemenPAN-RB pada penilaian zona '
     'integritas tahun 2023. Kasat Lantas Polresta Sidoarjo Kompol Dimas Aryo menerima piagam tersebut di '
     'Jakarta, Senin (11/12/2023).',
     '2023-12-12', [
      (['Satlantas Polresta Sidoarjo'], 'zona_integritas_wbbm',
       'predikat WBBM'),
     ]),
    ('juara I lomba ... tingkat Polda',
     None,
     'KISARAN - Polres Asahan meraih juara I lomba Kampung Tangguh Narkoba tingkat Polda Sumut. Trofi '
     'diserahkan Kapolda Sumut Irjen Pol Agung Setya kepada Kapolres Asahan AKBP Bambang Irawan di Medan, '
     'Senin (17/6/2024).',
     '2024-06-18', [
      (['Polres Asahan'], 'kapolda',
       'juara I lomba Kampung Tangguh Narkoba tingkat Polda Sumut'),
     ]),
    ('peringkat kedua IKPA of a semester',
     None,
     'KENDARI - Polresta Kendari menempati peringkat kedua penilaian Indikator Kinerja Pelaksanaan Anggaran '
     '(IKPA) semester I tahun 2024 di lingkungan Polda Sulawesi Tenggara. Penghargaan diserahkan Kapolda '
     'Sultra dalam apel pagi, Kamis (18/7/2024).',
     '2024-07-19', [
      (['Polresta Kendari'], 'kapolda',
       'peringkat kedua penilaian Indikator Kinerja Pelaksanaan Anggaran (IKPA) semester I tahun 2024'),
     ]),
    ('terbaik pertama pengungkapan, a Satresnarkoba',
     None,
     'MEDAN - Satresnarkoba Polres Langkat dinobatkan sebagai terbaik pertama pengungkapan kasus narkoba '
     'se-Polda Sumut. Penghargaan dari Kapolda Sumut Irjen Pol Whisnu Hermawan diserahkan kepada Kasat '
     'Resnarkoba AKP Roni Sembiring di Mapolda Sumut, Selasa (9/1/2024).',
     '2024-01-10', [
      (['Satresnarkoba Polres Langkat'], 'kapolda',
       'terbaik pertama pengungkapan kasus narkoba se-Polda Sumut'),
     ]),
    ('penghargaan sebagai Polres terbaik dalam an operation with its year',
     None,
     'BANJARNEGARA - Polres Banjarnegara menerima penghargaan sebagai Polres terbaik dalam pelaksanaan Operasi '
     'Zebra Candi 2023 dari Kapolda Jawa Tengah. Penghargaan diterima Wakapolres Banjarnegara Kompol Slamet '
     'Riyadi mewakili Kapolres di Semarang.',
     '2023-10-05', [
      (['Polres Banjarnegara'], 'kapolda',
       'Polres terbaik dalam pelaksanaan Operasi Zebra Candi 2023'),
     ]),
    ('piagam penghargaan atas keberhasilan from the Kapolres to a Satreskrim',
     None,
     'BIMA - Kapolres Bima Kota AKBP Rudi Kurniawan memberikan piagam penghargaan atas keberhasilan mengungkap '
     'kasus pencurian sepeda motor kepada personel Satreskrim Polres Bima Kota. Penyerahan dilakukan usai apel '
     'pagi, Senin (4/3/2024).',
     '2024-03-05', [
      (['Satreskrim Polres Bima Kota'], 'other',
       'piagam penghargaan atas keberhasilan mengungkap kasus pencurian sepeda motor'),
     ]),
    ('award named in the headline only',
     'Polres Lumajang Raih Kompolnas Award 2024',
     'LUMAJANG - Kapolres Lumajang AKBP Rizal Fahmi menerima penghargaan tersebut dari Kompolnas di Jakarta, '
     'Selasa (10/12/2024). Menurut Rizal, penghargaan itu hasil kerja keras seluruh personel dalam melayani '
     'masyarakat.',
     '2024-12-11', [
      (['Polres Lumajang'], 'kompolnas',
       'Kompolnas Award 2024'),
     ]),
    ('placing named in the headline only, trofi in the text',
     'Satlantas Polres Jember Sabet Juara I Lomba Tertib Lalu Lintas Tingkat Polda Jatim',
     'JEMBER - Satlantas Polres Jember kembali mengharumkan nama institusi. Trofi diserahkan Dirlantas Polda '
     'Jatim Kombes Pol Komarudin kepada Kasat Lantas Polres Jember AKP Dodit Prasetyo di Surabaya, Senin '
     '(4/11/2024).',
     '2024-11-05', [
      (['Satlantas Polres Jember'], 'kapolda',
       'Juara I Lomba Tertib Lalu Lintas Tingkat Polda Jatim'),
     ]),
    ('award named in the sentence after the receiving verb (berupa)',
     None,
     'SLEMAN - Polresta Sleman menerima penghargaan dari Pemerintah Kabupaten Sleman, Senin (5/8/2024). '
     'Penghargaan tersebut berupa Anugerah Sleman Aman 2024 kategori instansi vertikal terbaik. Kapolresta '
     'Sleman Kombes Pol Yuswanto Ardi menerimanya langsung dari Bupati Sleman.',
     '2024-08-06', [
      (['Polresta Sleman'], 'regional_government',
       'Anugerah Sleman Aman 2024 kategori instansi vertikal terbaik'),
     ]),
    ('apresiasi first, its form (Green Police Award) in a later sentence',
     None,
     'PEKANBARU - Ditreskrimsus Polda Riau mendapat apresiasi dari Kementerian Lingkungan Hidup dan Kehutanan. '
     'Apresiasi itu diberikan dalam bentuk penghargaan Green Police Award atas penegakan hukum kebakaran hutan '
     'dan lahan. Dirreskrimsus Polda Riau Kombes Pol Nasriadi menerima penghargaan di Jakarta.',
     '2024-09-12', [
      (['Ditreskrimsus Polda Riau'], 'ministry',
       'Green Police Award'),
     ]),
    ("award's name with year in quotes, dianugerahi oleh a Wali Kota",
     None,
     'MANADO - Polresta Manado dianugerahi "Manado Safety Award 2024" oleh Wali Kota Manado. Penghargaan '
     'diterima Kapolresta Manado Kombes Pol Julius Tambunan di kantor Wali Kota, Kamis (19/9/2024).',
     '2024-09-20', [
      (['Polresta Manado'], 'regional_government',
       'Manado Safety Award 2024'),
     ]),
    ('penghargaan kategori ... from a press body on Hari Pers Nasional',
     None,
     'CIREBON - Polres Cirebon Kota menerima penghargaan kategori Instansi Paling Responsif dari PWI Cirebon '
     'dalam malam anugerah peringatan Hari Pers Nasional. Penghargaan diterima Kapolres Cirebon Kota AKBP '
     'Sumarni.',
     '2024-02-10', [
      (['Polres Cirebon Kota'], 'media',
       'penghargaan kategori Instansi Paling Responsif'),
     ]),
    ('reason only (atas keberhasilan), a Kapolres gives a Polsek',
     None,
     'JAKARTA - Polsek Kebayoran Baru mendapat penghargaan dari Kapolres Metro Jakarta Selatan atas '
     'keberhasilan menangkap pelaku penjambretan terhadap warga negara asing. Penghargaan diterima Kapolsek '
     'Kebayoran Baru Kompol Tribuana Roseno.',
     '2024-05-14', [
      (['Polsek Kebayoran Baru'], 'other',
       'penghargaan atas keberhasilan menangkap pelaku penjambretan terhadap warga negara asing'),
     ]),
    ('reason only (karena dinilai), diganjar oleh a Bupati',
     None,
     'WONOSARI - Polres Gunungkidul diganjar penghargaan oleh Bupati Gunungkidul karena dinilai berhasil '
     'menekan angka kecelakaan selama libur Lebaran. Piagam diserahkan di Bangsal Sewokoprojo, Rabu '
     '(8/5/2024).',
     '2024-05-09', [
      (['Polres Gunungkidul'], 'regional_government',
       'penghargaan atas keberhasilan menekan angka kecelakaan selama libur Lebaran'),
     ]),
    ('reason fronted with berkat',
     None,
     'MASAMBA - Berkat kesigapan mengevakuasi korban banjir bandang, personel Satsamapta Polres Luwu Utara '
     'menerima penghargaan dari Bupati Luwu Utara. Penghargaan diserahkan dalam upacara HUT Kabupaten Luwu '
     'Utara, Sabtu (27/4/2024).',
     '2024-04-28', [
      (['Satsamapta Polres Luwu Utara'], 'regional_government',
       'penghargaan atas kesigapan mengevakuasi korban banjir bandang'),
     ]),
    ('MURI written out, mencatatkan rekor',
     None,
     'TULUNGAGUNG - Polres Tulungagung mencatatkan rekor Museum Rekor Dunia Indonesia (MURI) untuk pembagian '
     '10.000 bendera merah putih dalam satu hari. Piagam rekor diserahkan perwakilan MURI kepada Kapolres '
     'Tulungagung AKBP Teuku Arsya, Kamis (15/8/2024).',
     '2024-08-16', [
      (['Polres Tulungagung'], 'muri',
       'rekor MURI pembagian 10.000 bendera merah putih dalam satu hari'),
     ]),
    ('pecahkan rekor MURI, headline verb, Kapolda accepts',
     'Polda Jambi Pecahkan Rekor MURI Patroli Sepeda Terpanjang',
     'JAMBI - Sebanyak 2.000 personel Polda Jambi mengikuti patroli sepeda sejauh 25 kilometer. Piagam rekor '
     'MURI diserahkan Senior Manager MURI kepada Kapolda Jambi Irjen Pol Rusdi Hartono, Minggu (7/7/2024).',
     '2024-07-08', [
      (['Polda Jambi'], 'muri',
       'rekor MURI patroli sepeda terpanjang'),
     ]),
    ("KPLB written out with its reason, the Kapolri's",
     None,
     'WATAMPONE - Bripda Andi Saputra, anggota Satsamapta Polres Bone, menerima kenaikan pangkat luar biasa '
     '(KPLB) menjadi Briptu atas keberanian menyelamatkan warga dari rumah terbakar. KPLB itu diberikan '
     'Kapolri dan diserahkan Kapolda Sulsel di Makassar, Senin (2/9/2024).',
     '2024-09-03', [
      (['Satsamapta Polres Bone'], 'kapolri',
       'kenaikan pangkat luar biasa (KPLB) atas keberanian menyelamatkan warga dari rumah terbakar'),
     ]),
    ('Satyalancana Pengabdian to 120 members at HUT Bhayangkara',
     None,
     'KLATEN - Sebanyak 120 personel Polres Klaten menerima tanda kehormatan Satyalancana Pengabdian dari '
     'Presiden RI dalam upacara peringatan HUT ke-78 Bhayangkara di alun-alun Klaten, Senin (1/7/2024).',
     '2024-07-02', [
      (['Polres Klaten'], 'other',
       'tanda kehormatan Satyalancana Pengabdian'),
     ]),
    ('Satyalancana pinned by a Kapolda atas nama Presiden',
     None,
     'BANDAR LAMPUNG - Kapolda Lampung Irjen Pol Helmy Santika menyematkan Satyalancana Karya Bhakti kepada '
     'AKP Hendra Gunawan, Kasat Reskrim Polres Pringsewu, atas nama Presiden RI. Hendra dinilai berjasa '
     'mengungkap jaringan pencurian ternak lintas provinsi.',
     '2024-08-20', [
      (['Satreskrim Polres Pringsewu'], 'other',
       'Satyalancana Karya Bhakti'),
     ]),
    ('peringkat ketiga kategori Polres tipe A of a Komisi Informasi',
     None,
     'BANDUNG - Polres Karawang meraih peringkat ketiga kategori Polres tipe A dalam anugerah keterbukaan '
     'informasi publik Komisi Informasi Jawa Barat 2024. Penghargaan diterima Kasi Humas Polres Karawang Ipda '
     'Endang Suhendar.',
     '2024-12-06', [
      (['Polres Karawang'], 'other',
       'peringkat ketiga kategori Polres tipe A anugerah keterbukaan informasi publik 2024'),
     ]),
    ('dinobatkan menjadi Polres terbaik dalam, oleh a Kapolda',
     None,
     'TANJUNGBALAI - Polres Tanjung Balai dinobatkan menjadi Polres terbaik dalam penanganan konflik sosial '
     'oleh Kapolda Sumut. Penghargaan diserahkan pada apel kasatwil di Medan, Rabu (6/11/2024).',
     '2024-11-07', [
      (['Polres Tanjung Balai'], 'kapolda',
       'Polres terbaik dalam penanganan konflik sosial'),
     ]),
    ('Anugerah ... with predikat Informatif',
     None,
     'PONTIANAK - Polda Kalimantan Barat meraih Anugerah Keterbukaan Informasi Publik 2023 dengan predikat '
     'Informatif dari Komisi Informasi Pusat. Penghargaan diserahkan Wakil Presiden di Jakarta dan diterima '
     'Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya.',
     '2023-12-15', [
      (['Polda Kalimantan Barat'], 'other',
       'predikat Informatif Anugerah Keterbukaan Informasi Publik 2023'),
     ]),
    ("passive diberikan kepada, a ministry's innovation selection",
     None,
     'PURBALINGGA - Penghargaan Top 45 Inovasi Pelayanan Publik diberikan Kementerian PANRB kepada Polres '
     'Purbalingga atas inovasi layanan SKCK keliling desa. Kapolres Purbalingga AKBP Edi Suranta menerima '
     'penghargaan itu di Jakarta.',
     '2024-10-03', [
      (['Polres Purbalingga'], 'ministry',
       'Top 45 Inovasi Pelayanan Publik'),
     ]),
    ('mitra terbaik with a year from a BNN office',
     None,
     'DENPASAR - BNN Provinsi Bali memberikan penghargaan kepada Satresnarkoba Polresta Denpasar sebagai mitra '
     'terbaik P4GN tahun 2023. Penghargaan diterima Kasat Resnarkoba Kompol Mirza Gunawan, Selasa '
     '(26/12/2023).',
     '2023-12-27', [
      (['Satresnarkoba Polresta Denpasar'], 'ministry',
       'mitra terbaik P4GN tahun 2023'),
     ]),
    ("a newspaper's award with year and category",
     None,
     'PASURUAN - Polres Pasuruan meraih Radar Bromo Award 2024 kategori Institusi Humanis dari Jawa Pos Radar '
     'Bromo. Penghargaan diterima Kapolres Pasuruan AKBP Jazuli Dani di Graha Radar Bromo.',
     '2024-06-22', [
      (['Polres Pasuruan'], 'media',
       'Radar Bromo Award 2024 kategori Institusi Humanis'),
     ]),
    ('penghargaan dari Kapolri atas aksi of one member',
     None,
     'NGAWI - Bripka Joko Susilo, anggota Satlantas Polres Ngawi, mendapat penghargaan dari Kapolri atas '
     'aksinya mengawal ambulans pembawa pasien kritis menembus kemacetan. Penghargaan diserahkan Kapolres '
     'Ngawi dalam apel pagi, Rabu (10/7/2024).',
     '2024-07-11', [
      (['Satlantas Polres Ngawi'], 'kapolri',
       'penghargaan Kapolri atas aksi mengawal ambulans pembawa pasien kritis'),
     ]),
    ('pin emas from the Kapolri to a Kapolda',
     None,
     'JAKARTA - Kapolri Jenderal Listyo Sigit Prabowo memberikan pin emas kepada Kapolda Jawa Barat Irjen Pol '
     'Akhmad Wiyagus atas keberhasilan pengamanan arus mudik Lebaran. Pin disematkan di Mabes Polri, Selasa '
     '(23/4/2024).',
     '2024-04-24', [
      (['Polda Jawa Barat'], 'kapolri',
       'pin emas atas keberhasilan pengamanan arus mudik Lebaran'),
     ]),
    ("WBK named in the headline only, the text's 'penghargaan dari Kementerian PANRB'",
     'Polres Blitar Kota Terima Penghargaan Zona Integritas WBK',
     'BLITAR - Kapolres Blitar Kota AKBP Danang Setiawan menerima langsung penghargaan dari Kementerian PANRB '
     'di Jakarta, Kamis (14/12/2023). Ia menyebut penghargaan ini milik seluruh personel dan masyarakat Kota '
     'Blitar.',
     '2023-12-15', [
      (['Polres Blitar Kota'], 'zona_integritas_wbk',
       'Penghargaan Zona Integritas WBK'),
     ]),
    ('opini kualitas tertinggi with a score and year',
     None,
     'GIANYAR - Polres Gianyar memperoleh opini kualitas tertinggi dengan nilai 98,12 dalam penilaian '
     'penyelenggaraan pelayanan publik Ombudsman RI tahun 2024. Hasil penilaian diumumkan di Jakarta, Selasa '
     '(10/12/2024).',
     '2024-12-11', [
      (['Polres Gianyar'], 'ombudsman_compliance',
       'opini kualitas tertinggi penilaian penyelenggaraan pelayanan publik tahun 2024'),
     ]),
    ("a university's award as mitra strategis",
     None,
     'MAKASSAR - Universitas Hasanuddin memberikan penghargaan kepada Polrestabes Makassar sebagai mitra '
     'strategis program Kuliah Kerja Nyata (KKN) tematik kamtibmas. Penghargaan diterima Wakapolrestabes '
     'Makassar AKBP Andi Erwin.',
     '2024-08-28', [
      (['Polrestabes Makassar'], 'other',
       'penghargaan mitra strategis program KKN tematik kamtibmas'),
     ]),
    ("a state company's award atas pengungkapan",
     None,
     'SEMARANG - PT PLN (Persero) UID Jawa Tengah dan DIY memberikan penghargaan kepada Ditreskrimsus Polda '
     'Jawa Tengah atas pengungkapan kasus pencurian kabel listrik di sejumlah gardu induk. Penghargaan '
     'diterima Dirreskrimsus Kombes Pol Dwi Subagio, Jumat (16/2/2024).',
     '2024-02-17', [
      (['Ditreskrimsus Polda Jawa Tengah'], 'other',
       'penghargaan atas pengungkapan kasus pencurian kabel listrik'),
     ]),
    ('menganugerahkan a named award, a Gubernur',
     None,
     'PADANG - Gubernur Sumatera Barat menganugerahkan penghargaan Pembina Keamanan Terbaik kepada Polres '
     'Pesisir Selatan dalam peringatan HUT Provinsi Sumbar. Penghargaan diterima Kapolres Pesisir Selatan AKBP '
     'Novianto Taryono, Senin (1/10/2024).',
     '2024-10-02', [
      (['Polres Pesisir Selatan'], 'regional_government',
       'penghargaan Pembina Keamanan Terbaik'),
     ]),
    ("a DPRD's piagam atas keberhasilan",
     None,
     'MEDAN - DPRD Kota Medan memberikan piagam penghargaan kepada Polrestabes Medan atas keberhasilan '
     'memberantas aksi geng motor. Piagam diserahkan Ketua DPRD Kota Medan kepada Kapolrestabes Medan Kombes '
     'Pol Teddy Marbun dalam rapat paripurna.',
     '2024-03-20', [
      (['Polrestabes Medan'], 'regional_government',
       'piagam penghargaan atas keberhasilan memberantas aksi geng motor'),
     ]),
    ("a Kapolda's apel, members of a directorate, reason in a relative clause",
     None,
     'BATAM - Dalam apel pagi di Mapolda Kepri, Kapolda Kepri Irjen Pol Yan Fitri Halimansyah memberikan '
     'penghargaan kepada 12 personel Ditresnarkoba Polda Kepri yang berhasil menggagalkan penyelundupan 50 '
     'kilogram sabu dari Malaysia.',
     '2024-05-21', [
      (['Ditresnarkoba Polda Kepulauan Riau'], 'kapolda',
       'penghargaan atas keberhasilan menggagalkan penyelundupan 50 kilogram sabu'),
     ]),
    ('juara umum of a Kapolda Cup with its year',
     None,
     'SEMARANG - Polres Sukoharjo keluar sebagai juara umum lomba tembak Kapolda Jateng Cup 2024. Piala '
     'bergilir diserahkan Kapolda Jawa Tengah kepada Kapolres Sukoharjo AKBP Sigit Wibowo, Sabtu (25/5/2024).',
     '2024-05-26', [
      (['Polres Sukoharjo'], 'kapolda',
       'juara umum lomba tembak Kapolda Jateng Cup 2024'),
     ]),
    ('terbaik II of a Polda-level contest, a Bhabinkamtibmas',
     None,
     'DENPASAR - Aipda Wayan Sudiarta, Bhabinkamtibmas Polsek Tegallalang, meraih terbaik II lomba '
     'Bhabinkamtibmas Teladan tingkat Polda Bali tahun 2024. Piagam diserahkan Wakapolda Bali di Denpasar.',
     '2024-09-11', [
      (['Polsek Tegallalang'], 'kapolda',
       'terbaik II lomba Bhabinkamtibmas Teladan tingkat Polda Bali tahun 2024'),
     ]),
    ('predikat Pelayanan Prima with a grade from KemenPAN-RB',
     None,
     'SRAGEN - Polres Sragen meraih predikat Pelayanan Prima kategori A (Sangat Baik) dari KemenPAN-RB dalam '
     'evaluasi pelayanan publik tahun 2023. Kapolres Sragen AKBP Petrus Silalahi berterima kasih kepada '
     'masyarakat yang memberi masukan.',
     '2024-01-30', [
      (['Polres Sragen'], 'ministry',
       'predikat Pelayanan Prima kategori A (Sangat Baik)'),
     ]),
    ('a ministry with a slash name, reason only',
     None,
     'PALEMBANG - Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional memberikan penghargaan kepada '
     'Polda Sumatera Selatan atas komitmen memberantas mafia tanah. Penghargaan diterima Wakapolda Sumsel '
     'Brigjen Pol Rudi Setiawan di Jakarta, Rabu (16/10/2024).',
     '2024-10-17', [
      (['Polda Sumatera Selatan'], 'ministry',
       'penghargaan atas komitmen memberantas mafia tanah'),
     ]),
    ('juara II Kompolnas Awards for a Polsek, untuk kategori',
     None,
     'PEKANBARU - Polsek Tampan, Polresta Pekanbaru, meraih juara II Kompolnas Awards 2023 untuk kategori '
     'Polsek tipe A. Penghargaan diterima Kapolsek Tampan Kompol Hendri Susanto di Jakarta.',
     '2023-12-08', [
      (['Polsek Tampan'], 'kompolnas',
       'juara II Kompolnas Awards 2023 kategori Polsek tipe A'),
     ]),
    ("a foreign police force's award",
     None,
     'TARAKAN - Polis Diraja Malaysia (PDRM) memberikan penghargaan kepada Ditpolairud Polda Kalimantan Utara '
     'atas kerja sama memberantas penyelundupan narkoba di perbatasan. Penghargaan diserahkan di Tawau, Selasa '
     '(13/8/2024).',
     '2024-08-14', [
      (['Ditpolairud Polda Kalimantan Utara'], 'other',
       'penghargaan atas kerja sama memberantas penyelundupan narkoba di perbatasan'),
     ]),
    ('penghargaan berupa a named anugerah from a Bupati',
     None,
     'CIAMIS - Polres Ciamis menerima penghargaan berupa Anugerah Galuh Rahayu dari Bupati Ciamis. Penghargaan '
     'itu diberikan atas peran Polres menjaga kondusivitas selama tahapan Pilkada.',
     '2024-12-19', [
      (['Polres Ciamis'], 'regional_government',
       'Anugerah Galuh Rahayu'),
     ]),
    ('named event with year fronted, keluar sebagai',
     None,
     'MAKASSAR - Pada ajang Indonesia Police Award tahun 2024, Polres Bantaeng keluar sebagai Polres terbaik '
     'kategori pelayanan masyarakat. Trofi diterima Kapolres Bantaeng AKBP Dedi Kurnia di Jakarta.',
     '2024-11-29', [
      (['Polres Bantaeng'], 'other',
       'Indonesia Police Award 2024 Polres terbaik kategori pelayanan masyarakat'),
     ]),
    ("passive diraih, the award's name fronted",
     None,
     'MAKASSAR - Penghargaan Kapolda Sulsel sebagai satuan kerja dengan serapan anggaran terbaik tahun '
     'anggaran 2023 diraih Polres Sidenreng Rappang. Penghargaan diserahkan di Mapolda Sulsel, Jumat '
     '(19/1/2024).',
     '2024-01-20', [
      (['Polres Sidenreng Rappang'], 'kapolda',
       'penghargaan Kapolda Sulsel satuan kerja serapan anggaran terbaik tahun anggaran 2023'),
     ]),
    ('sebagai Unit PPA terbaik from a ministry',
     None,
     'KEDIRI - Unit PPA Polres Kediri meraih penghargaan dari Kementerian Pemberdayaan Perempuan dan '
     'Perlindungan Anak sebagai Unit PPA terbaik dalam penanganan kasus kekerasan seksual terhadap anak.',
     '2024-07-24', [
      (['Unit PPA Polres Kediri'], 'ministry',
       'Unit PPA terbaik dalam penanganan kasus kekerasan seksual terhadap anak'),
     ]),
    ('Zona Integritas menuju WBK written out',
     None,
     'PELAIHARI - Polres Tanah Laut meraih predikat Zona Integritas menuju Wilayah Bebas dari Korupsi dari '
     'Kementerian PANRB. Kapolres Tanah Laut AKBP Rofikoh Yunianto menerima piagam di Jakarta, Selasa '
     '(17/12/2024).',
     '2024-12-18', [
      (['Polres Tanah Laut'], 'zona_integritas_wbk',
       'predikat Zona Integritas menuju Wilayah Bebas dari Korupsi'),
     ]),
    ('WBBM written out with a year, ditetapkan',
     'Polresta Yogyakarta Raih WBBM 2024',
     'YOGYAKARTA - Polresta Yogyakarta ditetapkan meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) '
     'tahun 2024 oleh Kementerian PANRB. Kapolresta Yogyakarta Kombes Pol Aditya Surya Dharma menerima piagam '
     'di Jakarta.',
     '2024-12-20', [
      (['Polresta Yogyakarta'], 'zona_integritas_wbbm',
       'predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) tahun 2024'),
     ]),
    ('menempati peringkat pertama of an Ombudsman assessment, kategori Polda',
     None,
     'JAMBI - Polda Jambi menempati peringkat pertama penilaian kepatuhan pelayanan publik Ombudsman RI tahun '
     '2022 untuk kategori Polda. Penghargaan diterima Kapolda Jambi Irjen Pol Rusdi Hartono di Jakarta.',
     '2023-01-25', [
      (['Polda Jambi'], 'ombudsman_compliance',
       'peringkat pertama penilaian kepatuhan pelayanan publik tahun 2022 kategori Polda'),
     ]),
    ('piagam penghargaan atas penanganan from an NGO',
     None,
     'BATAM - Lembaga Perlindungan Anak (LPA) Kota Batam memberikan piagam penghargaan kepada Satreskrim '
     'Polresta Barelang atas penanganan kasus kekerasan terhadap anak yang cepat dan tuntas.',
     '2024-07-23', [
      (['Satreskrim Polresta Barelang'], 'other',
       'piagam penghargaan atas penanganan kasus kekerasan terhadap anak'),
     ]),
    ('a named award from a state insurer',
     None,
     'KARANGANYAR - Polres Karanganyar menerima Penghargaan Keselamatan Jalan dari PT Jasa Raharja Cabang Jawa '
     'Tengah. Penghargaan diserahkan kepada Kasat Lantas Polres Karanganyar AKP Agung Wibowo, Kamis '
     '(21/11/2024).',
     '2024-11-22', [
      (['Polres Karanganyar'], 'other',
       'Penghargaan Keselamatan Jalan'),
     ]),
    ("a Kapolres's personal MURI record, sebagai Kapolres pertama",
     None,
     'WONOGIRI - Kapolres Wonogiri AKBP Andi Muhammad meraih rekor MURI sebagai Kapolres pertama yang '
     'menggelar pelayanan SIM di tengah sawah. Piagam diserahkan perwakilan MURI di Wonogiri, Rabu '
     '(24/7/2024).',
     '2024-07-25', [
      (['Polres Wonogiri'], 'muri',
       'rekor MURI Kapolres pertama yang menggelar pelayanan SIM di tengah sawah'),
     ]),
    ('apresiasi berupa piagam from a Kapolresta to a Polsek, reason berkat',
     None,
     'SURAKARTA - Kapolresta Surakarta Kombes Pol Iwan Saktiadi memberikan apresiasi berupa piagam penghargaan '
     'kepada Polsek Banjarsari berkat kecepatan menangkap pelaku pembobolan minimarket. Piagam diterima '
     'Kapolsek Banjarsari AKP Dwi Haryadi.',
     '2024-06-13', [
      (['Polsek Banjarsari'], 'other',
       'piagam penghargaan atas kecepatan menangkap pelaku pembobolan minimarket'),
     ]),
    ("MURI record, then a Bupati's piagam at the same event",
     None,
     'KEBUMEN - Polres Kebumen memecahkan rekor MURI penanaman 5.000 bibit pohon serentak oleh polisi dan '
     'pelajar, Sabtu (9/11/2024). Pada kesempatan yang sama, Bupati Kebumen memberikan piagam penghargaan '
     'kepada Polres Kebumen atas dukungan program penghijauan daerah.',
     '2024-11-10', [
      (['Polres Kebumen'], 'muri',
       'rekor MURI penanaman 5.000 bibit pohon serentak'),
      (['Polres Kebumen'], 'regional_government',
       'piagam penghargaan atas dukungan program penghijauan daerah'),
     ]),
    ("Kompolnas Award and a Kapolda's award in one colon list",
     None,
     'KEDIRI - Dalam sepekan, Polres Kediri Kota menerima dua penghargaan, yakni Kompolnas Award 2024 sebagai '
     'Polres terbaik tipe B dan penghargaan dari Kapolda Jawa Timur atas pengungkapan peredaran narkoba '
     'jaringan antarprovinsi. Kapolres Kediri Kota AKBP Bramastyo Priaji mengapresiasi kerja anggotanya.',
     '2024-12-14', [
      (['Polres Kediri Kota'], 'kompolnas',
       'Kompolnas Award 2024 Polres terbaik tipe B'),
      (['Polres Kediri Kota'], 'kapolda',
       'penghargaan Kapolda Jawa Timur atas pengungkapan peredaran narkoba jaringan antarprovinsi'),
     ]),
    ("KPLB from the Kapolri, sementara itu a Kapolres's piagam to a Polsek",
     None,
     'PURWAKARTA - Briptu Yoga Pratama, anggota Satreskrim Polres Purwakarta, mendapat kenaikan pangkat luar '
     'biasa dari Kapolri atas keberhasilan mengungkap kasus pembunuhan berencana. Sementara itu, Kapolres '
     'Purwakarta AKBP Lovian Sentosa memberikan piagam penghargaan kepada personel Polsek Campaka atas '
     'penangkapan pelaku begal.',
     '2024-02-27', [
      (['Satreskrim Polres Purwakarta'], 'kapolri',
       'kenaikan pangkat luar biasa atas keberhasilan mengungkap kasus pembunuhan berencana'),
      (['Polsek Campaka'], 'other',
       'piagam penghargaan atas penangkapan pelaku begal'),
     ]),
    ("Satyalancana at HUT Bhayangkara, di kesempatan sama a Kapolres's award",
     None,
     'PROBOLINGGO - Dalam upacara HUT ke-78 Bhayangkara, Senin (1/7/2024), sebanyak 45 personel Polres '
     'Probolinggo menerima tanda kehormatan Satyalancana Pengabdian. Di kesempatan yang sama, Kapolres '
     'Probolinggo AKBP Wisnu Wardana memberikan penghargaan kepada Satlantas Polres Probolinggo atas kinerja '
     'menekan angka kecelakaan.',
     '2024-07-02', [
      (['Polres Probolinggo'], 'other',
       'tanda kehormatan Satyalancana Pengabdian'),
      (['Satlantas Polres Probolinggo'], 'other',
       'penghargaan atas kinerja menekan angka kecelakaan'),
     ]),
    ("a ministry's and a Kapolri's award in one story, two sub-units",
     None,
     'JAKARTA - Dittipidsiber Bareskrim Polri menerima penghargaan dari Kementerian Komunikasi dan Digital '
     'atas pemberantasan judi online. Adapun Dittipidnarkoba Bareskrim Polri mendapat penghargaan Kapolri atas '
     'pengungkapan clandestine lab sabu di Bali.',
     '2024-11-20', [
      (['Dittipidsiber Bareskrim Polri'], 'ministry',
       'penghargaan atas pemberantasan judi online'),
      (['Dittipidnarkoba Bareskrim Polri'], 'kapolri',
       'penghargaan Kapolri atas pengungkapan clandestine lab sabu di Bali'),
     ]),
    ('WBBM and a MURI record, the headline naming both',
     'Polresta Surakarta Borong WBBM dan Rekor MURI',
     'SOLO - Polresta Surakarta meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari KemenPAN-RB. '
     'Di bulan yang sama, Polresta Surakarta mencatat rekor MURI pelayanan SIM keliling terbanyak dalam '
     'sehari. Kapolresta Surakarta Kombes Pol Iwan Saktiadi menerima kedua piagam itu.',
     '2024-12-27', [
      (['Polresta Surakarta'], 'zona_integritas_wbbm',
       'predikat Wilayah Birokrasi Bersih dan Melayani (WBBM)'),
      (['Polresta Surakarta'], 'muri',
       'rekor MURI pelayanan SIM keliling terbanyak dalam sehari'),
     ]),
    ("(written after the first run) a headline's thanks in words, the body's piagam from a ministry",
     'Kompolnas Apresiasi Polres Siak Atas Kinerja Tangani Karhutla',
     'SIAK - Polres Siak menerima piagam penghargaan dari Kementerian Lingkungan Hidup, Selasa (8/10/2024). '
     'Piagam diserahkan kepada Kapolres Siak AKBP Ronald Sihotang. Kompolnas menilai kerja Polres Siak patut '
     'dicontoh.',
     '2024-10-09', [
      (['Polres Siak'], 'ministry',
       'piagam penghargaan Kementerian Lingkungan Hidup'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, awards", AWARD_NAMES_BREADTH, ids=[row[0] for row in AWARD_NAMES_BREADTH]
)
def test_award_names_however_written(construction, title, text, day, awards):
    assert classify_award_role(title, text).award_role == "received"
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    for (units, kind, name), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        assert award["category"] == kind
        assert shares_words(name, award["title"]), award["title"]


# The title one sentence gives an award, in the wordings of the passages above (compared exactly).
AWARD_NAME_SENTENCES = [
    # construction, sentence, title
    ("a Kapolres's capitalised name between a bare award and its reason",
     "Polsek Cilandak menerima penghargaan dari Kapolres Metro Jakarta Selatan atas keberhasilan menangkap pencuri "
     "kabel.", "penghargaan atas keberhasilan menangkap pencuri kabel"),
    ("a ministry's name with 'dan' between a bare award and its reason",
     "Unit Siber Polda Bali menerima penghargaan dari Kementerian Komunikasi dan Digital atas pemberantasan situs "
     "judi daring.", "penghargaan atas pemberantasan situs judi daring"),
    ("a named award, its giver after dari, then its deed",
     "Bripda Raka Aditya mendapat kenaikan pangkat luar biasa dari Kapolri atas keberanian menolong korban "
     "tenggelam.", "kenaikan pangkat luar biasa atas keberanian menolong korban tenggelam"),
    ("a named award, its giver after oleh, then its deed",
     "Polres Buleleng memperoleh trofi Bali Safety Award oleh Gubernur Bali karena menekan angka kecelakaan.",
     "trofi Bali Safety Award karena menekan angka kecelakaan"),
    ("berkat after a bare award's giver",
     "Polres Metro Bekasi mendapat piagam dari Wali Kota Bekasi berkat pengamanan malam pergantian tahun.",
     "piagam berkat pengamanan malam pergantian tahun"),
    ("berkat past the form an apresiasi took and whom it went to",
     "Wakapolres Gresik memberikan apresiasi berupa piagam penghargaan kepada Polsek Manyar berkat kesigapan "
     "menangkap pelaku curanmor.", "piagam penghargaan berkat kesigapan menangkap pelaku curanmor"),
    ("the members it went to named with their directorate, then what they did",
     "Kapolres Sigi memberikan piagam kepada lima personel Satreskrim Polres Sigi yang berhasil membekuk pelaku "
     "pembunuhan.", "piagam kepada lima personel Satreskrim Polres Sigi yang berhasil membekuk pelaku pembunuhan"),
    ("an officer named by his rank is no class of members",
     "Kapolres memberikan penghargaan kepada anggota Bripka Joko yang berhasil menangkap pencuri.", "penghargaan"),
    ("a grade, its score, then the assessment it was won in",
     "Polres Badung meraih penghargaan kategori B dengan nilai 88,4 dalam penilaian kualitas layanan publik tahun "
     "2023.", "penghargaan kategori B dalam penilaian kualitas layanan publik tahun 2023 (nilai 88,4)"),
    ("an opinion grade, its score after skor, then the evaluation",
     "Polres Klungkung memperoleh opini kualitas tinggi dengan skor 91,02 pada evaluasi pelayanan publik.",
     "opini kualitas tinggi pada evaluasi pelayanan publik (skor 91,02)"),
    ("a predikat and its score, no assessment named",
     "Polres Jembrana menyandang predikat kepatuhan tinggi dengan nilai 86,7.", "predikat kepatuhan tinggi (nilai 86,7)"),
    ("the green zone by its name alone, the assessment after it",
     "Polsek Denpasar Timur masuk zona hijau dalam penilaian kepatuhan layanan publik.",
     "zona hijau dalam penilaian kepatuhan layanan publik"),
    ("a green zone with no assessment is no award's name", "Wilayah Polres Karangasem kini masuk zona hijau.", None),
    ("a placing written terbaik with a Roman numeral",
     "Bripka Made Ariawan dari Polsek Sukawati meraih terbaik III lomba Polisi Santun tingkat Polda Bali.",
     "terbaik III lomba Polisi Santun tingkat Polda Bali"),
    ("a placing written terbaik with a digit and its category",
     "Satlantas Polres Kampar meraih terbaik 1 kategori pelayanan SIM se-Polda Riau.",
     "terbaik 1 kategori pelayanan SIM se-Polda Riau"),
    ("a placing written terbaik with an ordinal word, dinobatkan sebagai",
     "Polsek Rumbai dinobatkan sebagai terbaik ketiga dalam lomba kebersihan markas.",
     "terbaik ketiga dalam lomba kebersihan markas"),
    ("a headline's capitals: the reason after a Kapolda's name is not his name",
     "Polres Tebo Terima Penghargaan Kapolda Jambi Atas Pengungkapan Kasus Curanmor",
     "Penghargaan Kapolda Jambi Atas Pengungkapan Kasus Curanmor"),
    ("a headline's capitals: the reason after a Bupati's name, with berkat",
     "Polres Bungo Raih Piagam Bupati Bungo Berkat Pengamanan Pilkada",
     "Piagam Bupati Bungo Berkat Pengamanan Pilkada"),
    ("a headline's capitals: a record's theme after MURI",
     "Polres Sarolangun Pecahkan Rekor MURI Senam Bhayangkara Terbanyak",
     "Rekor MURI Senam Bhayangkara Terbanyak"),
    ("a bare record of the museum written out names none",
     "Piagam Museum Rekor Dunia Indonesia (MURI) diserahkan kepada Kapolres.",
     "Piagam Museum Rekor Dunia Indonesia (MURI)"),
    ("berkat set before the subject",
     "Berkat kesigapan memadamkan api, Polsek Kota Baru mendapat penghargaan dari Bupati.",
     "penghargaan berkat kesigapan memadamkan api"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, sentence, title", AWARD_NAME_SENTENCES, ids=[row[0] for row in AWARD_NAME_SENTENCES]
)
def test_award_names_in_one_sentence(construction, sentence, title):
    assert title_of(sentence) == title


# The kind and giver of an award named after the press outlet that holds its awards night.
AWARDS_NAMED_FOR_AN_OUTLET = [
    # construction, text, kind, giver
    ("a national daily's awards night, with its year",
     "Polda Jawa Timur meraih Jawa Pos Award 2024 kategori Penegakan Hukum.", "media", "Jawa Pos"),
    ("a regional portal's awards night, menerima", "Polres Garut menerima Tribun Jabar Award 2023.", "media",
     "Tribun Jabar"),
    ("a regional daily named '<region> Pos', Awards in the plural",
     "Polresta Batam meraih Batam Pos Awards kategori Pelayanan Publik.", "media", "Batam Pos"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, kind, giver", AWARDS_NAMED_FOR_AN_OUTLET, ids=[row[0] for row in AWARDS_NAMED_FOR_AN_OUTLET]
)
def test_an_award_named_for_a_press_outlet(construction, text, kind, giver):
    (award,) = extract_awards(None, text)
    assert (award["category"], award["giver"]) == (kind, giver)


# The same units "juga" receive an award of a name of its own from another giver named after dari/oleh: two awards.
ALSO_FROM_ANOTHER_GIVER = [
    # construction, text, kind of each award
    ("a commission's predikat after an Ombudsman grade",
     "Polres Sleman meraih zona hijau dalam penilaian kepatuhan pelayanan publik Ombudsman RI Perwakilan DIY. "
     "Polres Sleman juga memperoleh predikat Informatif dari Komisi Informasi DIY.",
     ["ombudsman_compliance", "other"]),
    ("a university's named award after a WBK, dianugerahi oleh",
     "Polres Jember menerima predikat WBK dari KemenPAN-RB. Polres Jember juga dianugerahi penghargaan Mitra "
     "Kampus Terbaik oleh Universitas Jember.",
     ["zona_integritas_wbk", "other"]),
    ("the same giver's piagam is the same award",
     "Polres Blora menerima predikat WBK dari KemenPAN-RB. Polres Blora juga menerima piagam dari KemenPAN-RB.",
     ["zona_integritas_wbk"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, kinds", ALSO_FROM_ANOTHER_GIVER, ids=[row[0] for row in ALSO_FROM_ANOTHER_GIVER]
)
def test_the_same_units_also_receive_from_another_giver(construction, text, kinds):
    assert [a["category"] for a in extract_awards(None, text)] == kinds


# -- messy text as outlets print it: passages written apart from the evaluation stories ---------------------------------
# Units in lower case or capitals ("polres lampung timur", "POLRES SIAK"), short forms alone or in brackets, marks with
# no space after them ("Kapolres Batang,AKBP", "Kombes Pol.Budi"), a rank's full stop ("AKBP. Andi"), typos of award
# words, ranks spelled out or in capitals, dates as "Senin(4/3)", "4-3-2024" or written out, outlets' datelines, "Baca
# Juga" headlines and photo captions left in the text, quotes of several sentences, one run-on sentence.
MESSY_TEXT = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ("lower-case unit, kompas dateline, comma glued to rank",
     "Polres Lampung Timur Raih Penghargaan Dari Ombudsman RI",
     "LAMPUNG TIMUR, KOMPAS.com - polres lampung timur meraih penghargaan predikat kepatuhan tinggi "
     "standar pelayanan publik tahun 2023 dari Ombudsman RI Perwakilan Lampung. Piagam penghargaan "
     "diterima langsung Kapolres Lampung Timur,AKBP Rizal Fahmi di Bandar Lampung, Rabu (13/12/2023). \"Ini "
     "hasil kerja keras seluruh personel. Kami akan terus berbenah. Pelayanan harus makin cepat,\" kata "
     "Rizal.",
     "2023-12-14", "received", [
      (["Polres Lampung Timur"], "Rizal Fahmi", "ombudsman_compliance", "Ombudsman RI Perwakilan Lampung", 2023, "2023-12-13"),
     ]),
    ("ALL CAPS unit, tribratanews dateline, AKBP. with a dot, Baca Juga run into the text",
     "POLRES BATANG SABET PENGHARGAAN WBK",
     "Tribratanews.polri.go.id - Batang - POLRES BATANG kembali menorehkan prestasi.Kali ini Polres Batang "
     "meraih predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB. Penghargaan diserahkan oleh "
     "Menteri PANRB kepada Kapolres Batang AKBP. Andi Saputra di Jakarta, Selasa (12/12/2023). Baca Juga: "
     "Polres Batang Gelar Apel Pasukan Operasi Lilin Candi 2023 Kapolres mengatakan, capaian ini berkat "
     "komitmen seluruh personel dalam memberikan pelayanan.",
     "2023-12-13", "received", [
      (["Polres Batang"], "Andi Saputra", "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-12"),
     ]),
    ("long name with short form in parentheses, typo penghargan, caption (ist)",
     None,
     "Tubaba (Lampost.co) -- Kepolisian Resor Tulang Bawang Barat (Tubaba) menerima penghargan dari Bupati "
     "Tulang Bawang Barat atas dukungan dalam menyukseskan Pilkada serentak 2024. penghargaan diserahkan "
     "Bupati kepada Kapolres Tubaba AKBP Hendra Situmorang di Sesat Agung, Senin, 16 Desember 2024.Foto: "
     "Kapolres Tubaba saat menerima piagam penghargaan (ist)",
     "2024-12-17", "received", [
      (["Polres Tulang Bawang Barat"], "Hendra Situmorang", "regional_government", "Bupati Tulang Bawang Barat", None, "2024-12-16"),
     ]),
    ("Kapolres ganjar own members, Polres Jakbar short form, Pol.Name, Senin(4/3)",
     "Kapolres Jakbar Ganjar Penghargaan 12 Personel Pengungkap Narkoba",
     "Jakarta - Kapolres Metro Jakarta Barat Kombes Pol.Budi Hartanto memberikan penghargaan kepada 12 "
     "personel Polres Jakbar yang berhasil mengungkap peredaran narkoba jaringan internasional.Penghargaan "
     "diberikan usai apel pagi di halaman Mapolres Jakbar, Senin(4/3). \"Kami berikan apresiasi. Ini bentuk "
     "motivasi. Ke depan kinerja harus ditingkatkan lagi,\" ujar Budi kepada wartawan.",
     "2024-03-05", "received", [
      (["Polres Metro Jakarta Barat"], None, "other", "Kapolres Metro Jakarta Barat", None, "2024-03-04"),
     ]),
    ("Polda Kepri short form, customary title from LAM",
     "Kapolda Kepri Dianugerahi Gelar Adat Oleh LAM",
     "TANJUNGPINANG - Kapolda Kepri Irjen Pol Darmawan Setiadi dianugerahi gelar adat Datuk Setia Amanah "
     "oleh Lembaga Adat Melayu (LAM) Kepri. Penganugerahan gelar berlangsung di Balai Adat Tanjungpinang, "
     "Sabtu (9/11/2024). Ketua LAM Kepri menyebut gelar itu diberikan atas kedekatan Polda Kepri dengan "
     "masyarakat Melayu.",
     "2024-11-10", "received", [
      (["Polda Kepulauan Riau"], "Darmawan Setiadi", "other", "Lembaga Adat Melayu Kepri", None, "2024-11-09"),
     ]),
    ("rank spelled out Ajun Komisaris Besar Polisi, Liputan6 dateline, date written out",
     None,
     "Liputan6.com, Semarang: Kepolisian Resor Kendal memperoleh penghargaan Zona Integritas menuju "
     "Wilayah Birokrasi Bersih dan Melayani (WBBM) dari Kementerian Pendayagunaan Aparatur Negara dan "
     "Reformasi Birokrasi. Penghargaan diterima langsung oleh Kapolres Kendal Ajun Komisaris Besar Polisi "
     "Danang Kurniawan pada Rabu, 11 Desember 2024 di Jakarta.",
     "2024-12-12", "received", [
      (["Polres Kendal"], "Danang Kurniawan", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-11"),
     ]),
    ("Akbp mixed case, typo pengahrgaan, date 4-3-2024",
     None,
     "PEKALONGAN - Polres Pekalongan Kota menerima piagam pengahrgaan dari Wali Kota Pekalongan atas "
     "pengamanan Hari Jadi Kota Pekalongan. Piagam diserahkan kepada Kapolres Pekalongan Kota Akbp Yudha "
     "Pratama pada 4-3-2024 di Gedung Kanzus Shalawat.",
     "2024-03-05", "received", [
      (["Polres Pekalongan Kota"], "Yudha Pratama", "regional_government", "Wali Kota Pekalongan", None, "2024-03-04"),
     ]),
    ("IPTU all caps, Camat gives a Polsek, quote of three sentences",
     None,
     "KARANGANYAR - Polsek Jaten mendapat penghargaan dari Camat Jaten atas peran aktif menjaga kamtibmas "
     "selama tahapan pemilu. Penghargaan diterima Kapolsek Jaten IPTU Sugeng Riyadi, Selasa (5/3/2024). "
     "\"Terima kasih atas apresiasinya. Ini untuk seluruh anggota. Kami akan terus hadir di tengah warga,\" "
     "ucap IPTU Sugeng.",
     "2024-03-06", "received", [
      (["Polsek Jaten"], "Sugeng Riyadi", "regional_government", "Camat Jaten", None, "2024-03-05"),
     ]),
    ("Bripka named first with his unit after a comma",
     None,
     "BOYOLALI - Bripka Dedi Kurniawan, anggota Satlantas Polres Boyolali, menerima penghargaan dari "
     "Kapolres Boyolali AKBP Teguh Santosa karena menolong pengendara yang kecelakaan di jalur "
     "Solo-Semarang. Penghargaan diberikan saat apel pagi, Kamis (7/3/2024).",
     "2024-03-08", "received", [
      (["Satlantas Polres Boyolali"], "Dedi Kurniawan", "other", "Kapolres Boyolali", None, "2024-03-07"),
     ]),
    ("doubled spaces everywhere, BNNP gives, Wakapolres stands in",
     None,
     "PESAWARAN -  Polres  Pesawaran  meraih penghargaan dari Badan Narkotika Nasional Provinsi (BNNP) "
     "Lampung atas dukungan program pemberantasan narkoba.  Penghargaan  diterima Wakapolres Pesawaran "
     "Kompol Rudy Hermawan mewakili Kapolres, Senin, 4 Maret 2024.",
     "2024-03-05", "received", [
      (["Polres Pesawaran"], "Rudy Hermawan", "ministry", "BNNP Lampung", None, "2024-03-04"),
     ]),
    ("typo prediket, tribratanews regional dateline, (ist) glued",
     None,
     "Tribratanews.kepri.polri.go.id - Polres Karimun berhasil meraih prediket kepatuhan tinggi dari "
     "Ombudsman RI Perwakilan Kepulauan Riau tahun 2023. Prediket tersebut diserahkan Kepala Ombudsman RI "
     "Perwakilan Kepri kepada Kapolres Karimun AKBP Fadli Agus di Batam, Kamis (14/12/2023).(ist)",
     "2023-12-15", "received", [
      (["Polres Karimun"], "Fadli Agus", "ombudsman_compliance", "Ombudsman RI Perwakilan Kepulauan Riau", 2023, "2023-12-14"),
     ]),
    ("photo caption with the reporter's name in caps inside the text",
     None,
     "SLEMAN, KOMPAS.com - Polresta Sleman menerima penghargaan dari Museum Rekor Dunia Indonesia (MURI) "
     "atas pemecahan rekor pembagian bendera merah putih terbanyak. Foto: Kapolresta Sleman Kombes Pol "
     "Hendra Gunawan menerima piagam MURI, Sabtu (17/8/2024). (KOMPAS.com/ANDI SETIAWAN) Piagam MURI "
     "diserahkan Senior Manager MURI kepada Kapolresta Sleman Kombes Pol Hendra Gunawan di Lapangan "
     "Denggung.",
     "2024-08-18", "received", [
      (["Polresta Sleman"], "Hendra Gunawan", "muri", "MURI", None, "2024-08-17"),
     ]),
    ("one run-on sentence of seventy words",
     None,
     "BANYUWANGI - Satlantas Polresta Banyuwangi yang selama ini dikenal aktif melakukan sosialisasi "
     "keselamatan berlalu lintas di sekolah-sekolah dan pondok pesantren di seluruh wilayah Banyuwangi "
     "mulai dari Kecamatan Muncar hingga Kecamatan Kalibaru kembali meraih penghargaan, kali ini dari PT "
     "Jasa Raharja Cabang Jawa Timur sebagai satuan lalu lintas terbaik dalam penanganan korban kecelakaan "
     "semester II tahun 2023 yang diserahkan langsung oleh Kepala Jasa Raharja Cabang Jawa Timur kepada "
     "Kasat Lantas Polresta Banyuwangi Kompol Dimas Prasetyo di Surabaya pada Jumat (19/1/2024) disaksikan "
     "oleh sejumlah pejabat utama Ditlantas Polda Jatim.",
     "2024-01-20", "received", [
      (["Satlantas Polresta Banyuwangi"], "Dimas Prasetyo", "other", "Jasa Raharja Jawa Timur", 2023, "2024-01-19"),
     ]),
    ("Baca Juga headline of another unit's award between two sentences",
     None,
     "SEMARANG - Polrestabes Semarang menerima penghargaan dari Wali Kota Semarang atas keberhasilan "
     "pengamanan malam pergantian tahun. Baca Juga: Polres Demak Raih Penghargaan Kampung Tangguh dari "
     "Kapolda Jateng Penghargaan itu diserahkan Wali Kota kepada Kapolrestabes Semarang Kombes Pol Bagus "
     "Harjono di Balai Kota, Selasa (2/1/2024).",
     "2024-01-03", "received", [
      (["Polrestabes Semarang"], "Bagus Harjono", "regional_government", "Wali Kota Semarang", None, "2024-01-02"),
     ]),
    ("Liputan6 Jakarta dateline, Irjen Pol.Name glued",
     None,
     "Liputan6.com, Jakarta: Korlantas Polri meraih penghargaan dari Kementerian Perhubungan atas "
     "kelancaran arus mudik Lebaran 2024. Penghargaan diterima Kakorlantas Polri Irjen Pol.Bambang Irawan "
     "di Kantor Kemenhub, Rabu (24/4/2024).",
     "2024-04-25", "received", [
      (["Korlantas Polri"], "Bambang Irawan", "ministry", "Kementerian Perhubungan", None, "2024-04-24"),
     ]),
    ("whole story in lower case, sub-unit, kapolda lower case",
     None,
     "MESUJI (Lampost) - satreskrim polres mesuji diganjar penghargaan oleh kapolda lampung atas "
     "pengungkapan kasus pembunuhan berencana di kecamatan tanjung raya. piagam penghargaan diterima kasat "
     "reskrim AKP Hendri Wijaya dalam upacara di lapangan mapolda lampung, senin (11/3/2024).",
     "2024-03-12", "received", [
      (["Satreskrim Polres Mesuji"], "Hendri Wijaya", "kapolda", "Kapolda Lampung", None, "2024-03-11"),
     ]),
    ("headline short form Humbahas, body long form with short in parentheses, juara I se-Polda",
     "Polres Humbahas Raih Juara I Pelayanan SIM Se-Polda Sumut",
     "DOLOKSANGGUL - Polres Humbang Hasundutan (Humbahas) meraih juara I pelayanan SIM terbaik se-Polda "
     "Sumut tahun 2023. Penghargaan diserahkan Dirlantas Polda Sumut kepada Kasat Lantas Polres Humbahas "
     "AKP Martua Sihombing di Medan, Jumat (22/12/2023).",
     "2023-12-23", "received", [
      (["Polres Humbang Hasundutan"], "Martua Sihombing", "kapolda", "Polda Sumatera Utara", 2023, "2023-12-22"),
     ]),
    ("Ganjar the governor's name in the headline, not the verb",
     "Ganjar Beri Penghargaan ke Polres Batang",
     "BATANG, KOMPAS.com - Gubernur Jawa Tengah Ganjar Pranowo memberikan penghargaan kepada Polres Batang "
     "atas keberhasilan menekan angka kecelakaan di ruas tol Batang-Semarang. Penghargaan diserahkan di "
     "Semarang, Senin (14/8/2023), dan diterima Kapolres Batang AKBP Andi Saputra. \"Saya bangga. Polres "
     "Batang cepat tanggap. Terus pertahankan,\" kata Ganjar.",
     "2023-08-15", "received", [
      (["Polres Batang"], "Andi Saputra", "regional_government", "Gubernur Jawa Tengah", None, "2023-08-14"),
     ]),
    ("Sabet headline, ALL CAPS Polresta in the lede",
     "Polresta Bandar Lampung Sabet Juara 1 Lomba Kampung Tangguh",
     "BANDAR LAMPUNG - POLRESTA BANDAR LAMPUNG berhasil menyabet juara 1 Lomba Kampung Tangguh Nusantara "
     "tingkat Polda Lampung tahun 2024. Trofi dan piagam diserahkan Wakapolda Lampung Brigjen Pol Umar "
     "Effendi kepada Kapolresta Bandar Lampung Kombes Pol Yosep Hidayat di Mapolda, Rabu (17/7/2024).",
     "2024-07-18", "received", [
      (["Polresta Bandar Lampung"], "Yosep Hidayat", "kapolda", "Polda Lampung", 2024, "2024-07-17"),
     ]),
    ("Polres Tuba short form alone, Lapas gives, Senin(4/3)",
     None,
     "MENGGALA - Polres Tuba menerima penghargaan dari Lapas Kelas IIB Menggala atas sinergi pengamanan "
     "lembaga pemasyarakatan.Penghargaan diserahkan Kalapas kepada Kapolres Tuba AKBP Rahmat Hidayat, "
     "Senin(4/3).",
     "2024-03-05", "received", [
      (["Polres Tulang Bawang"], "Rahmat Hidayat", "ministry", "Lapas Kelas IIB Menggala", None, "2024-03-04"),
     ]),
    ("Polres Lamsel short form, Bupati, date with dot day-month",
     None,
     "KALIANDA - Polres Lamsel mendapatkan penghargaan dari Bupati Lampung Selatan atas pengamanan arus "
     "mudik di Pelabuhan Bakauheni. Penghargaan diterima Kapolres Lampung Selatan AKBP Yusriandi Harahap "
     "di rumah dinas Bupati, Jumat (26/4/2024).",
     "2024-04-27", "received", [
      (["Polres Lampung Selatan"], "Yusriandi Harahap", "regional_government", "Bupati Lampung Selatan", None, "2024-04-26"),
     ]),
    ("Aiptu Bhabinkamtibmas honoured by a Kapolsek, title case outlet text",
     None,
     "Tribratanews.polri.go.id - Kudus - Kapolsek Jekulo AKP Joko Prasetyo memberikan penghargaan kepada "
     "Aiptu Slamet Widodo, Bhabinkamtibmas Polsek Jekulo, atas dedikasinya mendamaikan sengketa warga "
     "tanpa proses hukum. Penghargaan diberikan dalam apel pagi, Senin (18/3/2024).",
     "2024-03-19", "received", [
      (["Polsek Jekulo"], "Slamet Widodo", "other", "Kapolsek Jekulo", None, "2024-03-18"),
     ]),
    ("Polres Jakut short form, Wali Kota of the administrative city",
     "Polres Jakut Terima Penghargaan Dari Wali Kota Jakarta Utara",
     "JAKARTA - Polres Jakut menerima penghargaan dari Wali Kota Jakarta Utara atas penanganan banjir rob "
     "di kawasan Muara Angke. Penghargaan diserahkan kepada Wakapolres Metro Jakarta Utara AKBP Rio "
     "Mahendra, Kamis (11/1/2024).",
     "2024-01-12", "received", [
      (["Polres Metro Jakarta Utara"], "Rio Mahendra", "regional_government", "Wali Kota Jakarta Utara", None, "2024-01-11"),
     ]),
    ("Polrestabes Medan, Kapolrestabes,Kombes glued, awarded by a bank",
     None,
     "MEDAN - Polrestabes Medan menerima penghargaan dari Bank Sumut atas pengamanan layanan perbankan "
     "selama libur Natal dan Tahun Baru. Penghargaan diterima Kapolrestabes Medan,Kombes Pol Valentino "
     "Sirait di Medan, Rabu (10/1/2024).",
     "2024-01-11", "received", [
      (["Polrestabes Medan"], "Valentino Sirait", "other", "Bank Sumut", None, "2024-01-10"),
     ]),
    ("tribratanews dateline, Kapolda gives several Polres in a list, Polres short forms",
     None,
     "Tribratanews.polri.go.id - Bandar Lampung - Kapolda Lampung memberikan penghargaan kepada Polres "
     "Lamtim, Polres Tubaba dan Polres Way Kanan atas capaian terbaik penanganan karhutla. Penghargaan "
     "diserahkan di Lapangan Saburai, Selasa (15/10/2024).",
     "2024-10-16", "received", [
      (["Polres Lampung Timur", "Polres Tulang Bawang Barat", "Polres Way Kanan"], None, "kapolda", "Kapolda Lampung", None, "2024-10-15"),
     ]),
    ("passive with the giver first, MURI, ALL CAPS headline",
     "POLRES KUDUS RAIH REKOR MURI",
     "KUDUS - Rekor MURI kategori penanaman pohon oleh personel kepolisian terbanyak diraih Polres Kudus. "
     "Piagam rekor diserahkan perwakilan MURI kepada Kapolres Kudus AKBP Bayu Prakoso di Alun-alun Simpang "
     "Tujuh, Minggu (3/11/2024).",
     "2024-11-04", "received", [
      (["Polres Kudus"], "Bayu Prakoso", "muri", "MURI", None, "2024-11-03"),
     ]),
    ("WBK to a Polsek, Polres parent in short form, tanggal written out without weekday",
     None,
     "BINJAI - Polsek Binjai Utara meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB. "
     "Predikat itu diterima Kapolsek Binjai Utara Iptu Ramli Nasution pada 13 Desember 2023 di Jakarta.",
     "2023-12-15", "received", [
      (["Polsek Binjai Utara"], "Ramli Nasution", "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-13"),
     ]),
    ("Kompolnas award, headline Raih, rank Kombes Pol. with dot",
     "Polresta Pekanbaru Raih Kompolnas Award 2024",
     "PEKANBARU - Polresta Pekanbaru meraih Kompolnas Award 2024 kategori pelayanan publik. Penghargaan "
     "diserahkan Ketua Harian Kompolnas kepada Kapolresta Pekanbaru Kombes Pol. Heri Susanto di Jakarta, "
     "Selasa (10/12/2024).",
     "2024-12-11", "received", [
      (["Polresta Pekanbaru"], "Heri Susanto", "kompolnas", "Kompolnas", 2024, "2024-12-10"),
     ]),
    ("kapolri award, Kapolda receives, lower-case position words",
     None,
     "PEKANBARU - kapolda riau Irjen Pol Hadi Wibowo menerima penghargaan dari kapolri atas keberhasilan "
     "pengamanan pilkada serentak di wilayah Riau. penghargaan diserahkan di Mabes Polri, Jakarta, Kamis "
     "(19/12/2024).",
     "2024-12-20", "received", [
      (["Polda Riau"], "Hadi Wibowo", "kapolri", "Kapolri", None, "2024-12-19"),
     ]),
    ("ALL CAPS story, Bupati Siak, Polres Siak",
     None,
     "SIAK - POLRES SIAK MENERIMA PENGHARGAAN DARI BUPATI SIAK ATAS KEBERHASILAN MENEKAN KEBAKARAN HUTAN "
     "DAN LAHAN. PENGHARGAAN DITERIMA KAPOLRES SIAK AKBP ARIEF RAHMAN, SELASA (8/10/2024).",
     "2024-10-09", "received", [
      (["Polres Siak"], "Arief Rahman", "regional_government", "Bupati Siak", None, "2024-10-08"),
     ]),
    ("short-form Satlantas written Sat Lantas with slash, Polres Binjai",
     None,
     "BINJAI - Sat Lantas Polres Binjai dianugerahi penghargaan oleh Jasa Raharja Sumatera Utara sebagai "
     "unit laka terbaik. Penghargaan diterima Kasat Lantas AKP Irwansyah Putra, Kamis (25/1/2024). Foto: "
     "dok. Sat Lantas Polres Binjai",
     "2024-01-26", "received", [
      (["Satlantas Polres Binjai"], "Irwansyah Putra", "other", "Jasa Raharja Sumatera Utara", None, "2024-01-25"),
     ]),
    ("Polresta Tanjungpinang written Tanjung Pinang, Gubernur Kepri",
     None,
     "TANJUNG PINANG - Polresta Tanjung Pinang mendapat penghargaan dari Gubernur Kepri atas pengamanan "
     "Festival Bahari Kepri. Penghargaan diterima Kapolresta Tanjung Pinang Kombes Pol Ary Wibowo, Sabtu "
     "(5/10/2024).",
     "2024-10-06", "received", [
      (["Polresta Tanjungpinang"], "Ary Wibowo", "regional_government", "Gubernur Kepulauan Riau", None, "2024-10-05"),
     ]),
    ("Polres Deli Serdang old name, Dir Lantas giving in its own name",
     None,
     "LUBUK PAKAM - Polres Deli Serdang mendapat penghargaan dari Ditlantas Polda Sumut atas penurunan "
     "angka fatalitas kecelakaan. Penghargaan diserahkan Dirlantas Polda Sumut Kombes Pol Ridwan Hakim "
     "kepada Kapolres Deli Serdang, Senin (29/1/2024).",
     "2024-01-30", "received", [
      (["Polresta Deli Serdang"], None, "kapolda", "Ditlantas Polda Sumatera Utara", None, "2024-01-29"),
     ]),
    ("double punctuation and no space after comma in officer post",
     None,
     "ASAHAN - Polres Asahan menerima penghargaan dari Bupati Asahan atas pengamanan Pilkada.. Penghargaan "
     "diterima Kapolres Asahan,AKBP Fajar Setiawan,di Kisaran,Kamis (5/12/2024).",
     "2024-12-06", "received", [
      (["Polres Asahan"], "Fajar Setiawan", "regional_government", "Bupati Asahan", None, "2024-12-05"),
     ]),
    ("Polres Langkat with Ganjar as verb in the body",
     None,
     "STABAT - Bupati Langkat mengganjar Polres Langkat dengan penghargaan atas pengungkapan kasus "
     "perdagangan orang. Penghargaan diterima Kapolres Langkat AKBP Dedi Marsudi, Rabu (6/11/2024).",
     "2024-11-07", "received", [
      (["Polres Langkat"], "Dedi Marsudi", "regional_government", "Bupati Langkat", None, "2024-11-06"),
     ]),
    ("Polres Bintan, Kadis of a Pemkab gives in its own name, Kompol all caps",
     None,
     "BINTAN - Polres Bintan meraih penghargaan dari Pemerintah Kabupaten Bintan atas dukungan program "
     "Bintan Bebas Sampah. Penghargaan diterima Wakapolres Bintan KOMPOL Surya Darma mewakili Kapolres, "
     "Kamis (22/2/2024).",
     "2024-02-23", "received", [
      (["Polres Bintan"], "Surya Darma", "regional_government", "Pemkab Bintan", None, "2024-02-22"),
     ]),
    ("lower-case Polres gives citizens",
     None,
     "KALIANDA - polres lampung selatan memberikan penghargaan kepada tiga warga yang membantu menangkap "
     "pelaku pencurian kendaraan bermotor. Penghargaan diserahkan Kapolres Lampung Selatan, Senin "
     "(4/3/2024).",
     "2024-03-05", "given", []),
    ("Kapolres,AKBP glued gives students, typo penghargan",
     None,
     "BATANG - Kapolres Batang,AKBP Andi Saputra memberikan piagam penghargan kepada tiga pelajar SMA yang "
     "menemukan dan mengembalikan dompet berisi uang jutaan rupiah. Piagam diserahkan di Mapolres Batang, "
     "Kamis (7/3/2024).",
     "2024-03-08", "given", []),
    ("ALL CAPS headline, Kapolda gives journalists",
     "POLDA SUMUT BERI PENGHARGAAN KEPADA WARTAWAN",
     "MEDAN - Kapolda Sumut memberikan penghargaan kepada sepuluh wartawan yang dinilai aktif memberitakan "
     "kegiatan kepolisian secara berimbang. Penghargaan diserahkan dalam acara Press Gathering di Medan, "
     "Jumat (9/2/2024).",
     "2024-02-10", "given", []),
    ("Ganjar headline, Polres Tubaba rewards a citizen",
     "Polres Tubaba Ganjar Penghargaan Warga Penemu Senjata Api",
     "PANARAGAN - Polres Tubaba mengganjar penghargaan kepada Wayan Sukarta, warga Tulang Bawang Tengah, "
     "yang menyerahkan senjata api rakitan temuannya kepada polisi. Piagam diserahkan Kapolres Tubaba, "
     "Rabu (13/3/2024).",
     "2024-03-14", "given", []),
    ("Polda Kepri honours Satpam, BUJP",
     None,
     "BATAM - Polda Kepri memberikan penghargaan kepada 15 anggota Satpam berprestasi dalam peringatan HUT "
     "ke-43 Satpam. Penghargaan diserahkan Wakapolda Kepri di Batam, Selasa (30/12/2023).",
     "2023-12-31", "given", []),
    ("Polresta Sleman gives ojol drivers, caption left in",
     None,
     "SLEMAN - Polresta Sleman memberikan penghargaan kepada lima pengemudi ojek online yang membantu "
     "polisi menangkap penjambret. Foto: Kapolresta Sleman menyerahkan piagam (ist). Penghargaan diberikan "
     "di Mapolresta Sleman, Jumat (15/3/2024).",
     "2024-03-16", "given", []),
    ("a Polres holds a contest's assessment, winners next week",
     None,
     "BATANG - Polres  Batang  menggelar penilaian lomba kampung tangguh tingkat kabupaten. Pemenang lomba "
     "akan diumumkan pekan depan dan diberi penghargaan oleh Kapolres Batang.",
     "2024-03-05", "none", []),
    ("Pemkab receives WTP, the Kapolres attends",
     None,
     "SUKADANA - Pemkab Lampung Timur meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK RI. Penyerahan "
     "penghargaan turut dihadiri Kapolres Lamtim AKBP Rizal Fahmi, Senin (27/5/2024).",
     "2024-05-28", "none", []),
    ("a Kodim honoured, the Kapolres attends",
     None,
     "BATANG - Kodim 0736/Batang menerima penghargaan dari Bupati Batang atas keberhasilan program TMMD. "
     "Acara itu turut dihadiri Kapolres Batang AKBP Andi Saputra.",
     "2024-03-05", "none", []),
    ("a Kejari's prediket WBK, typo",
     None,
     "GEDONG TATAAN - Kejaksaan Negeri Pesawaran meraih prediket Wilayah Bebas dari Korupsi (WBK) dari "
     "KemenPAN-RB. Kapolres Pesawaran hadir memberikan ucapan selamat.",
     "2023-12-20", "none", []),
    ("Baca Juga line the only award in a story of an apel",
     None,
     "MEDAN - Kapolda Sumut memimpin apel gelar pasukan Operasi Ketupat Toba 2024 di Lapangan Merdeka, "
     "Rabu (3/4/2024). Baca Juga: Polres Asahan Raih Penghargaan dari Bupati Asahan Sebanyak 2.500 "
     "personel gabungan dikerahkan untuk mengamankan arus mudik.",
     "2024-04-04", "none", []),
    ("a Kapolres promises a reward",
     None,
     "MESUJI - Kapolres Mesuji AKBP Gede Wirawan berjanji akan memberikan penghargaan kepada anggota yang "
     "berhasil menangkap pelaku pembakaran lahan. \"Yang berhasil akan kami beri reward. Saya tunggu,\" "
     "katanya.",
     "2024-08-10", "none", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", MESSY_TEXT, ids=[r[0] for r in MESSY_TEXT])
def test_messy_text(construction, title, text, day, role, awards):
    test_breadth_of_wording(construction, title, text, day, role, awards)


TIDIED = [
    # construction, as printed, as read
    ("a unit in lower case", "polres way kanan meraih penghargaan.", "Polres Way Kanan meraih penghargaan."),
    ("a chief and a seat in lower case", "diserahkan kapolda jambi di mapolda jambi",
     "diserahkan Kapolda Jambi di Mapolda Jambi"),
    ("a unit in capitals inside ordinary text", "Kali ini POLRES KUDUS meraih WBK.", "Kali ini Polres Kudus meraih WBK."),
    ("a passage in capitals", "POLSEK GENUK MENERIMA PIAGAM DARI CAMAT GENUK",
     "Polsek Genuk menerima piagam dari Camat Genuk"),
    ("a full stop glued to the next sentence", "meraih juara.Piagam diserahkan", "meraih juara. Piagam diserahkan"),
    ("a comma glued to a rank", "Kapolres Blora,AKBP Wahyu Hidayat", "Kapolres Blora, AKBP Wahyu Hidayat"),
    ("a rank's full stop glued to the name", "Kombes Pol.Iwan Setiadi", "Kombes Pol Iwan Setiadi"),
    ("a rank's full stop before the name", "AKBP. Iwan Setiadi", "AKBP Iwan Setiadi"),
    ("a sentence begun in lower case", "di Pati. penghargaan itu", "di Pati. Penghargaan itu"),
    ("the giver's post in lower case", "penghargaan dari kapolri", "penghargaan dari Kapolri"),
    ("a day in lower case before its date", "di Demak, kamis (7/3/2024)", "di Demak, Kamis (7/3/2024)"),
    ("a week is no day", "selama satu minggu penuh", "selama satu minggu penuh"),
    ("a web address keeps its case", "Tribratanews.polri.go.id - Blora", "Tribratanews.polri.go.id - Blora"),
    ("doubled spaces", "Polres  Blora  meraih", "Polres Blora meraih"),
    ("another story's headline run into the text",
     "meraih WBK. Baca juga: Polsek Cepu Raih Piagam dari Camat Cepu Kapolres menyampaikan terima kasih.",
     "meraih WBK. Kapolres menyampaikan terima kasih."),
    ("another story's headline on a line of its own", "meraih WBK.\nBaca Juga: Polres Rembang Gelar Apel\nKapolres",
     "meraih WBK.\n\nKapolres"),
]  # fmt: skip


@pytest.mark.parametrize("construction, written, read", TIDIED, ids=[r[0] for r in TIDIED])
def test_messy_text_tidied(construction, written, read):
    assert tidied(written) == read


# A relative clause on the receiving unit names where its deed was done or whom it was for ("yang aktif sosialisasi
# di sekolah", "yang berpatroli ke pasar"): those bodies are no subject of the receiving verb.
PLACES_IN_A_RELATIVE_CLAUSE = [
    "Satlantas Polres Grobogan yang rutin menggelar sosialisasi di sekolah dan pondok pesantren meraih penghargaan "
    "dari Jasa Raharja.",
    "Polsek Gubug yang aktif berpatroli ke pasar dan terminal bus menerima piagam dari Camat Gubug.",
    "Unit PPA Satreskrim Polres Blora yang selama ini aktif mengisi penyuluhan bagi pelajar di pelosok desa "
    "mendapat penghargaan dari Bupati Blora.",
]


@pytest.mark.parametrize("sentence", PLACES_IN_A_RELATIVE_CLAUSE)
def test_places_in_a_relative_clause_are_no_subject(sentence):
    assert sentence_role(sentence) == "received"


# A Kapolsek's award to his own people, like a Kapolres's: he gives it, his rank (any of them) after his post; a
# chief who only tells what he felt ("mengaku terharu") gives nothing.
KAPOLSEK_GIVES = [
    ("Kapolsek Jekulo AKP Joko Prasetyo memberikan penghargaan kepada Aiptu Slamet Widodo, Bhabinkamtibmas Polsek "
     "Jekulo, atas dedikasinya mendamaikan sengketa warga.", "Kapolsek Jekulo"),
    ("Kapolsek Mejobo Iptu Heru Santoso memberikan penghargaan kepada dua anggota Polsek Mejobo atas penangkapan "
     "pencuri.", "Kapolsek Mejobo"),
    ("Dua anggota Polsek Gebog menerima piagam penghargaan dari Kapolsek Gebog atas penangkapan pencuri.",
     "Kapolsek Gebog"),
    ("Forum warga Kecamatan Undaan menyerahkan piagam kepada Polsek Undaan atas pengungkapan kasus narkoba. Kapolsek "
     "Undaan AKP Sigit Raharjo SH mengaku terharu atas apresiasi tersebut.", None),
]  # fmt: skip


@pytest.mark.parametrize("text, giver", KAPOLSEK_GIVES)
def test_a_kapolsek_gives_as_a_kapolres_does(text, giver):
    (award,) = extract_awards(None, text)
    assert award["giver"] == giver


# -- the officer who took an award and the day it was handed over: passages written apart from the evaluation stories

OFFICERS_AND_DAYS_BREADTH = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ("the chief set off by commas before menerima, a weekday with the full date",
     None,
     "KLATEN - Kapolres Klaten, AKBP Rudi Hartanto, menerima penghargaan dari Bupati Klaten atas keberhasilan "
     "pengamanan arus mudik Lebaran. Penghargaan diserahkan di Pendopo Pemkab Klaten, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polres Klaten"], "Rudi Hartanto", "regional_government", "Bupati Klaten", None, "2024-03-04"),
     ]),
    ("diterima langsung oleh, a weekday with day and month only",
     None,
     "SLEMAN - Polresta Sleman meraih penghargaan dari Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta sebagai "
     "unit layanan dengan kepatuhan tertinggi. Penghargaan diterima langsung oleh Kapolresta Sleman Kombes Pol "
     "Dimas Prakoso di Kantor Ombudsman DIY, Senin (4/3).",
     "2024-03-05", "received", [
      (["Polresta Sleman"], "Dimas Prakoso", "ombudsman_compliance",
       "Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta", None, "2024-03-04"),
     ]),
    ("the absent chief diwakili oleh his deputy, pada Senin, 4 Maret 2024",
     None,
     "KEBUMEN - Polres Kebumen mendapat penghargaan dari Bupati Kebumen atas dukungan pengamanan pemilihan kepala "
     "desa serentak. Kapolres Kebumen AKBP Teguh Santoso yang berhalangan hadir diwakili oleh Wakapolres Kompol "
     "Hadi Purnomo. Penyerahan berlangsung di Pendopo Kabumian pada Senin, 4 Maret 2024.",
     "2024-03-06", "received", [
      (["Polres Kebumen"], "Hadi Purnomo", "regional_government", "Bupati Kebumen", None, "2024-03-04"),
     ]),
    ("yang diwakili Kabag Ops, a day and month said with lalu",
     None,
     "GARUT - Penghargaan dari Gubernur Jawa Barat untuk Polres Garut diserahkan di Gedung Sate, Bandung, 4 Maret "
     "lalu. Kapolres Garut yang diwakili Kabag Ops Kompol Asep Sunarya menerima piagam atas pengamanan Pilkada "
     "serentak di wilayahnya.",
     "2024-03-08", "received", [
      (["Polres Garut"], "Asep Sunarya", "regional_government", "Gubernur Jawa Barat", None, "2024-03-04"),
     ]),
    ("the taker's doctorate and degrees around his name",
     None,
     "PALOPO - Polres Palopo meraih predikat Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dari "
     "Kementerian PANRB. Piagam diterima Kapolres Palopo AKBP Dr. Andi Saputra, S.I.K., M.H., di Jakarta, Rabu "
     "(11/12/2024).",
     "2024-12-12", "received", [
      (["Polres Palopo"], "Andi Saputra", "zona_integritas_wbk", "KemenPAN-RB", None, "2024-12-11"),
     ]),
    ("the chief's post and rank written out in full, Kamis malam (7/11)",
     None,
     "MADIUN - Kepala Kepolisian Resor Madiun, Ajun Komisaris Besar Polisi Hendra Wijanarko, menerima "
     "penghargaan dari Bupati Madiun atas peran Polres Madiun dalam menekan angka kecelakaan. Penghargaan "
     "diserahkan dalam malam resepsi Hari Jadi Kabupaten Madiun, Kamis malam (7/11).",
     "2024-11-08", "received", [
      (["Polres Madiun"], "Hendra Wijanarko", "regional_government", "Bupati Madiun", None, "2024-11-07"),
     ]),
    ("a chief named only by his post receives",
     None,
     "BLITAR - Polres Blitar menerima penghargaan dari Kantor Pelayanan Pajak Pratama Blitar sebagai instansi "
     "yang tertib melaporkan SPT tahunan. Penghargaan diterima Kapolres Blitar di Aula KPP Pratama Blitar, Selasa "
     "(12/11/2024).",
     "2024-11-13", "received", [
      (["Polres Blitar"], None, "ministry", "Kantor Pelayanan Pajak Pratama Blitar", None, "2024-11-12"),
     ]),
    ("a Kapolda and his deputy attend, a bureau chief takes the award",
     None,
     "BANJARMASIN - Polda Kalimantan Selatan meraih penghargaan Kompolnas Award 2024 untuk kategori pelayanan "
     "pengaduan masyarakat. Acara di Jakarta, Jumat (15/11/2024), dihadiri Kapolda Kalsel Irjen Pol Rudi "
     "Santoso dan Wakapolda Brigjen Pol Imam Wahyudi. Penghargaan diterima Karo SDM Polda Kalsel Kombes Pol "
     "Ferry Gunawan.",
     "2024-11-16", "received", [
      (["Polda Kalimantan Selatan"], "Ferry Gunawan", "kompolnas", "Kompolnas", 2024, "2024-11-15"),
     ]),
    ("a Kapolda with rank hands over to a Kapolres with rank",
     None,
     "PADANG - Kapolda Sumatera Barat Irjen Pol Bambang Suryadi menyerahkan penghargaan kepada Kapolres Pasaman "
     "Barat AKBP Agung Pranoto atas pengungkapan peredaran 20 kilogram sabu. Penyerahan dilakukan dalam apel "
     "pagi di Mapolda Sumbar, Rabu (20/3/2024).",
     "2024-03-21", "received", [
      (["Polres Pasaman Barat"], "Agung Pranoto", "kapolda", "Kapolda Sumatera Barat", None, "2024-03-20"),
     ]),
    ("a section chief honoured personally",
     None,
     "BANTAENG - Kasat Reskrim Polres Bantaeng AKP Irwan Syah menerima penghargaan dari Bupati Bantaeng atas "
     "dedikasinya mengungkap kasus pencurian ternak. Piagam diserahkan di Rumah Jabatan Bupati, Selasa (5/3/2024).",
     "2024-03-06", "received", [
      (["Satreskrim Polres Bantaeng"], "Irwan Syah", "regional_government", "Bupati Bantaeng", None, "2024-03-05"),
     ]),
    ("a member honoured personally, his chief takes the piagam for him",
     None,
     "BOGOR - Bripka Dedi Kurniawan, anggota Polsek Cibinong, mendapat penghargaan dari Kapolres Bogor atas "
     "aksinya menyelamatkan korban banjir. Karena masih bertugas di lokasi bencana, piagam diterima oleh Kapolsek "
     "Cibinong Kompol Ahmad Fauzi di Mapolres Bogor, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polsek Cibinong"], "Dedi Kurniawan", "other", "Kapolres Bogor", None, "2024-03-04"),
     ]),
    ("a chief who only speaks of the award, kemarin",
     None,
     "GRESIK - Polres Gresik meraih penghargaan predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Jawa Timur "
     "kemarin. \"Kami bersyukur mendapatkan penghargaan ini dan akan terus meningkatkan pelayanan,\" ujar "
     "Kapolres Gresik AKBP Nur Hidayat.",
     "2024-03-05", "received", [
      (["Polres Gresik"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan Jawa Timur", None, None),
     ]),
    ("a chief who only attends a section's award",
     None,
     "SLAWI - Satlantas Polres Tegal meraih penghargaan dari Bupati Tegal atas program keselamatan berlalu lintas "
     "bagi pelajar. Kapolres Tegal AKBP Yudha Pratama turut hadir menyaksikan penyerahan di Pendopo Amangkurat, "
     "Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Satlantas Polres Tegal"], None, "regional_government", "Bupati Tegal", None, "2024-03-06"),
     ]),
    ("the taker named in a later sentence",
     None,
     "BIMA - Polres Bima Kota meraih penghargaan dari Wali Kota Bima atas dukungan menjaga kondusivitas daerah. "
     "Penghargaan diserahkan saat upacara HUT Kota Bima, Rabu (10/4/2024). Dalam kesempatan itu, Kapolres Bima "
     "Kota AKBP Hendra Lesmana hadir dan menerima langsung piagam tersebut.",
     "2024-04-11", "received", [
      (["Polres Bima Kota"], "Hendra Lesmana", "regional_government", "Wali Kota Bima", None, "2024-04-10"),
     ]),
    ("the taker named only in his quote",
     None,
     "LUMAJANG - Polres Lumajang mendapat penghargaan dari Bupati Lumajang, Jumat (8/3/2024), atas pengamanan "
     "Pemilu. \"Penghargaan ini saya terima mewakili seluruh personel yang bekerja siang dan malam,\" kata "
     "Kapolres Lumajang AKBP Fajar Nugroho.",
     "2024-03-09", "received", [
      (["Polres Lumajang"], "Fajar Nugroho", "regional_government", "Bupati Lumajang", None, "2024-03-08"),
     ]),
    ("a speech day after the ceremony day",
     None,
     "TUBAN - Polres Tuban menerima penghargaan dari Kapolda Jawa Timur pada upacara di Mapolda Jatim, Senin "
     "(4/3/2024). Penghargaan diterima Wakapolres Tuban Kompol Bambang Irawan. \"Ini motivasi bagi kami,\" kata "
     "Kapolres Tuban AKBP Suryo Wibowo, Rabu (6/3/2024).",
     "2024-03-06", "received", [
      (["Polres Tuban"], "Bambang Irawan", "kapolda", "Kapolda Jawa Timur", None, "2024-03-04"),
     ]),
    ("a speech day said before the ceremony day",
     None,
     "PEKALONGAN - Kapolres Pekalongan AKBP Wahyu Nugroho mengaku bangga, Selasa (5/3/2024). Sehari sebelumnya, "
     "Senin (4/3/2024), Polres Pekalongan menerima penghargaan dari Gubernur Jawa Tengah atas pengamanan "
     "Pemilu 2024. Penghargaan diterima Wakapolres Pekalongan Kompol Slamet Riyanto di Semarang.",
     "2024-03-05", "received", [
      (["Polres Pekalongan"], "Slamet Riyanto", "regional_government", "Gubernur Jawa Tengah", None, "2024-03-04"),
     ]),
    ("a commemoration day with its date",
     None,
     "PEKANBARU - Kapolda Riau memberikan penghargaan kepada Polres Kampar pada upacara peringatan Hari Bhayangkara "
     "ke-78 di Pekanbaru, Senin (1/7/2024). Penghargaan diterima Kapolres Kampar AKBP Ronald Sitompul.",
     "2024-07-02", "received", [
      (["Polres Kampar"], "Ronald Sitompul", "kapolda", "Kapolda Riau", None, "2024-07-01"),
     ]),
    ("a commemoration day without its date",
     None,
     "SUMEDANG - Satlantas Polres Sumedang menerima penghargaan dari Bupati Sumedang dalam peringatan Hari Lalu "
     "Lintas Bhayangkara ke-69. Penghargaan diterima Kasat Lantas Polres Sumedang AKP Dani Ramdani.",
     "2024-09-24", "received", [
      (["Satlantas Polres Sumedang"], "Dani Ramdani", "regional_government", "Bupati Sumedang", None, None),
     ]),
    ("the deed's earlier date after the award's date",
     None,
     "NGAWI - Polres Ngawi menerima penghargaan dari Bupati Ngawi, Kamis (14/3/2024), atas pengungkapan kasus "
     "pembunuhan yang terjadi pada Sabtu (2/3/2024) di Kecamatan Kedunggalar. Penghargaan diterima Kapolres Ngawi "
     "AKBP Rizky Hidayat.",
     "2024-03-15", "received", [
      (["Polres Ngawi"], "Rizky Hidayat", "regional_government", "Bupati Ngawi", None, "2024-03-14"),
     ]),
    ("the deed's earlier date told first, the award's date later",
     None,
     "MAGETAN - Pada Sabtu (2/3/2024), tim Satreskrim Polres Magetan menangkap dua pelaku pencurian sepeda motor. "
     "Atas keberhasilan itu, Kapolres Magetan AKBP Dodik Permana memberikan penghargaan kepada tim Satreskrim "
     "Polres Magetan, Kamis (14/3/2024). Piagam diterima Kasat Reskrim AKP Agus Purnomo.",
     "2024-03-15", "received", [
      (["Satreskrim Polres Magetan"], "Agus Purnomo", "other", "Kapolres Magetan", None, "2024-03-14"),
     ]),
    ("a press conference day after the award's day",
     None,
     "PROBOLINGGO - Polres Probolinggo meraih penghargaan dari Bupati Probolinggo, Jumat (1/3/2024), atas "
     "pengungkapan jaringan pengedar narkoba. Hal itu disampaikan Kapolres Probolinggo AKBP Arif Budiman saat "
     "konferensi pers di Mapolres, Selasa (5/3/2024).",
     "2024-03-05", "received", [
      (["Polres Probolinggo"], None, "regional_government", "Bupati Probolinggo", None, "2024-03-01"),
     ]),
    ("a press conference day, the award said pekan lalu",
     None,
     "JOMBANG - Kapolres Jombang AKBP Eko Prasetyo mengungkapkan Polres Jombang mendapat penghargaan dari Bupati "
     "Jombang pekan lalu. Hal itu disampaikannya dalam konferensi pers akhir tahun, Selasa (12/11/2024).",
     "2024-11-12", "received", [
      (["Polres Jombang"], None, "regional_government", "Bupati Jombang", None, None),
     ]),
    ("kemarin with a taker after the award",
     None,
     "KUDUS - Penghargaan dari Bupati Kudus untuk Polres Kudus diterima Kapolres Kudus AKBP Ronny Siregar kemarin "
     "di Pendopo Kabupaten Kudus. Penghargaan itu diberikan atas pengamanan tradisi Dandangan.",
     "2024-03-06", "received", [
      (["Polres Kudus"], "Ronny Siregar", "regional_government", "Bupati Kudus", None, None),
     ]),
    ("a late December day written short in a story of early January",
     None,
     "SOLO - Polresta Surakarta menerima penghargaan dari Wali Kota Surakarta atas pengamanan perayaan Natal. "
     "Penghargaan diterima Kapolresta Surakarta Kombes Pol Iwan Saktiadi di Balai Kota, Rabu (27/12).",
     "2024-01-02", "received", [
      (["Polresta Surakarta"], "Iwan Saktiadi", "regional_government", "Wali Kota Surakarta", None, "2023-12-27"),
     ]),
    ("a chief melalui his deputy menerima",
     None,
     "PATI - Kapolres Pati AKBP Budi Santosa melalui Wakapolres Pati Kompol Sugiarto menerima penghargaan dari "
     "Bupati Pati atas pengamanan Festival Kopi Pati, Jumat (8/3/2024).",
     "2024-03-09", "received", [
      (["Polres Pati"], "Sugiarto", "regional_government", "Bupati Pati", None, "2024-03-08"),
     ]),
    ("a Kabag Ops mewakili the Kapolrestabes",
     None,
     "SEMARANG - Polrestabes Semarang meraih penghargaan dari Wali Kota Semarang sebagai mitra terbaik penanganan "
     "banjir. Penghargaan tersebut diterima Kabag Ops Polrestabes Semarang AKBP Wahyu Ari Nugroho mewakili "
     "Kapolrestabes, Kamis (14/3/2024).",
     "2024-03-15", "received", [
      (["Polrestabes Semarang"], "Wahyu Ari Nugroho", "regional_government", "Wali Kota Semarang", None,
       "2024-03-14"),
     ]),
    ("a Bhabinkamtibmas honoured personally, set off by commas",
     None,
     "WONOSARI - Aipda Sri Wahyuni, Bhabinkamtibmas Polsek Wonosari, meraih penghargaan dari Bupati Gunungkidul "
     "sebagai Bhabinkamtibmas teladan. Penghargaan diserahkan di Bangsal Sewokoprojo, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polsek Wonosari"], "Sri Wahyuni", "regional_government", "Bupati Gunungkidul", None, "2024-03-04"),
     ]),
    ("the taker by name then selaku his post",
     None,
     "CIANJUR - Polres Cianjur mendapat penghargaan dari Bupati Cianjur atas penanganan pascagempa. Piagam "
     "penghargaan itu diterima oleh AKBP Yoga Pratama selaku Kapolres Cianjur, Selasa (5/3/2024).",
     "2024-03-06", "received", [
      (["Polres Cianjur"], "Yoga Pratama", "regional_government", "Bupati Cianjur", None, "2024-03-05"),
     ]),
    ("diserahkan kepada a chief yang diwakili his deputy",
     None,
     "BANYUMAS - Penghargaan dari Bupati Banyumas diserahkan kepada Kapolresta Banyumas yang diwakili Wakapolresta "
     "AKBP Hendri Yulianto di Pendopo Si Panji, Rabu (6/3/2024). Polresta Banyumas dinilai berhasil menjaga "
     "keamanan selama Pemilu.",
     "2024-03-07", "received", [
      (["Polresta Banyumas"], "Hendri Yulianto", "regional_government", "Bupati Banyumas", None, "2024-03-06"),
     ]),
    ("a director receives for his directorate",
     None,
     "MAKASSAR - Dirlantas Polda Sulawesi Selatan Kombes Pol Arman Hakim menerima penghargaan dari Gubernur "
     "Sulawesi Selatan atas kelancaran arus mudik. Penghargaan diserahkan di Rumah Jabatan Gubernur, Sabtu, "
     "9 November 2024.",
     "2024-11-10", "received", [
      (["Ditlantas Polda Sulawesi Selatan"], "Arman Hakim", "regional_government", "Gubernur Sulawesi Selatan",
       None, "2024-11-09"),
     ]),
    ("a Kapolsek's post and rank written out with the short forms in brackets",
     None,
     "SEMARANG - Kepala Kepolisian Sektor (Kapolsek) Tembalang Komisaris Polisi (Kompol) Hendro Susilo menerima "
     "penghargaan dari Camat Tembalang atas pembinaan kampung tangguh, Kamis (14/3/2024).",
     "2024-03-15", "received", [
      (["Polsek Tembalang"], "Hendro Susilo", "regional_government", "Camat Tembalang", None, "2024-03-14"),
     ]),
    ("a Wakapolda takes a Polda's predicate",
     None,
     "JAMBI - Polda Jambi meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari KemenPAN-RB. Predikat "
     "itu diterima Wakapolda Jambi Brigjen Pol Taufik Hidayat dalam acara di Jakarta, Rabu (11/12/2024).",
     "2024-12-12", "received", [
      (["Polda Jambi"], "Taufik Hidayat", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-11"),
     ]),
    ("a Kapolda honoured personally by a governor",
     None,
     "BENGKULU - Kapolda Bengkulu Irjen Pol Anwar Sanusi menerima penghargaan dari Gubernur Bengkulu atas "
     "kontribusinya menjaga stabilitas keamanan daerah. Penghargaan diberikan saat rapat paripurna HUT Provinsi "
     "Bengkulu, Jumat (15/11/2024).",
     "2024-11-16", "received", [
      (["Polda Bengkulu"], "Anwar Sanusi", "regional_government", "Gubernur Bengkulu", None, "2024-11-15"),
     ]),
    ("an awards night at Kamis malam with a humas chief taking it",
     None,
     "SURABAYA - Bidhumas Polda Jawa Timur meraih penghargaan sebagai humas instansi vertikal terbaik dari "
     "Persatuan Wartawan Indonesia (PWI) Jawa Timur. Penghargaan diterima Kabid Humas Polda Jatim Kombes Pol "
     "Dirga Mahendra dalam malam anugerah di Surabaya, Kamis malam (7/11).",
     "2024-11-08", "received", [
      (["Bidhumas Polda Jawa Timur"], "Dirga Mahendra", "media", "PWI Jawa Timur", None, "2024-11-07"),
     ]),
    ("tanggal with the day and month in words",
     None,
     "BOYOLALI - Polres Boyolali menerima penghargaan dari Badan Narkotika Nasional Kabupaten Boyolali atas "
     "dukungan program desa bersinar. Penghargaan diserahkan pada tanggal 21 Mei 2024 dan diterima Kasat "
     "Resnarkoba Polres Boyolali AKP Tri Hartono.",
     "2024-05-23", "received", [
      (["Polres Boyolali"], "Tri Hartono", "ministry", "BNN Kabupaten Boyolali", None, "2024-05-21"),
     ]),
    ("a weekday with pagi between it and its date",
     None,
     "SRAGEN - Bupati Sragen memberikan penghargaan kepada Polres Sragen atas pengamanan Pemilu 2024 di alun-alun "
     "Sragen, Senin pagi (4/3/2024). Penghargaan diterima langsung Kapolres Sragen AKBP Tegar Wibisono.",
     "2024-03-05", "received", [
      (["Polres Sragen"], "Tegar Wibisono", "regional_government", "Bupati Sragen", None, "2024-03-04"),
     ]),
    ("a weekday's date with its hour",
     None,
     "TEMANGGUNG - Penyerahan penghargaan dari Bupati Temanggung kepada Polres Temanggung berlangsung Selasa "
     "(5/3/2024) pukul 10.00 WIB di Pendopo Pengayoman. Penghargaan diterima Kapolres Temanggung AKBP Indra "
     "Gunawan.",
     "2024-03-06", "received", [
      (["Polres Temanggung"], "Indra Gunawan", "regional_government", "Bupati Temanggung", None, "2024-03-05"),
     ]),
    ("a commemoration with its date written after it",
     None,
     "DEPOK - Polres Metro Depok menerima penghargaan dari Wali Kota Depok pada peringatan Hari Kesaktian "
     "Pancasila, 1 Oktober 2024. Penghargaan diterima Kapolres Metro Depok Kombes Pol Arya Perdana.",
     "2024-10-02", "received", [
      (["Polres Metro Depok"], "Arya Perdana", "regional_government", "Wali Kota Depok", None, "2024-10-01"),
     ]),
    ("bertepatan dengan a commemoration without its date",
     None,
     "SERANG - Kapolda Banten memberikan penghargaan kepada Polres Serang bertepatan dengan Hari Bhayangkara "
     "ke-78. Penghargaan diterima Kapolres Serang AKBP Wiwin Setiawan di Mapolda Banten.",
     "2024-07-03", "received", [
      (["Polres Serang"], "Wiwin Setiawan", "kapolda", "Kapolda Banten", None, None),
     ]),
    ("a member honoured personally, his Kapolres praises him",
     None,
     "KARANGANYAR - Brigadir Yoga Saputra, anggota Satlantas Polres Karanganyar, menerima penghargaan dari Bupati "
     "Karanganyar atas aksinya mengawal ambulans pasien kritis, Kamis (14/3/2024). Kapolres Karanganyar AKBP "
     "Jerry Siagian mengapresiasi dedikasi anggotanya itu.",
     "2024-03-15", "received", [
      (["Satlantas Polres Karanganyar"], "Yoga Saputra", "regional_government", "Bupati Karanganyar", None,
       "2024-03-14"),
     ]),
    ("a chief named in full at the opening, by post alone when he receives",
     None,
     "MAGELANG - Kapolres Magelang AKBP Mustofa Kamal membuka lomba kampung tangguh di Mungkid, Rabu (6/3/2024). "
     "Pada acara yang sama, Polres Magelang menerima penghargaan dari Bupati Magelang atas pengamanan Waisak. "
     "Penghargaan diterima Kapolres.",
     "2024-03-07", "received", [
      (["Polres Magelang"], "Mustofa Kamal", "regional_government", "Bupati Magelang", None, "2024-03-06"),
     ]),
    ("a weekday's date with malam after it",
     None,
     "BATANG - Polres Batang menerima penghargaan dari Bupati Batang dalam malam puncak Hari Jadi Kabupaten Batang, "
     "Jumat (15/3/2024) malam. Penghargaan diterima Kapolres Batang AKBP Eko Wibowo.",
     "2024-03-16", "received", [
      (["Polres Batang"], "Eko Wibowo", "regional_government", "Bupati Batang", None, "2024-03-15"),
     ]),
    ("an earlier award of the same unit with its own date in the background",
     None,
     "WONOGIRI - Polres Wonogiri kembali menerima penghargaan, kali ini dari Bupati Wonogiri atas pengamanan "
     "Pilkada, Kamis (14/3/2024). Penghargaan diterima Kapolres Wonogiri AKBP Andi Muhammad. Sebelumnya, pada "
     "Jumat (1/3/2024), Polres Wonogiri juga menerima penghargaan dari Kapolda Jawa Tengah.",
     "2024-03-15", "received", [
      (["Polres Wonogiri"], "Andi Muhammad", "regional_government", "Bupati Wonogiri", None, "2024-03-14"),
     ]),
    ("the award handed over, the chief's name after a comma and the degree S.H.",
     None,
     "PEMALANG - Penghargaan dari Bupati Pemalang diberikan kepada Polres Pemalang atas keberhasilan menekan "
     "angka kriminalitas. Penghargaan diterima Wakapolres Pemalang, Kompol Suhardi, S.H., di Pendopo Kabupaten "
     "Pemalang, Selasa (5/3).",
     "2024-03-06", "received", [
      (["Polres Pemalang"], "Suhardi", "regional_government", "Bupati Pemalang", None, "2024-03-05"),
     ]),
    ("a Kapolres receiving, his deputy beside him",
     None,
     "REMBANG - Bupati Rembang menyerahkan penghargaan kepada Kapolres Rembang AKBP Suryadi Putra, didampingi "
     "Wakapolres Kompol Bayu Aji, atas pengamanan Haul Mbah Sambu, Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Rembang"], "Suryadi Putra", "regional_government", "Bupati Rembang", None, "2024-03-06"),
     ]),
    ("pada hari Senin with the date in words, no brackets",
     None,
     "KUPANG - Polda Nusa Tenggara Timur menerima penghargaan dari Gubernur Nusa Tenggara Timur pada hari Senin "
     "tanggal 28 Oktober 2024. Penghargaan diterima Wakapolda NTT Brigjen Pol Yohanes Lado.",
     "2024-10-29", "received", [
      (["Polda Nusa Tenggara Timur"], "Yohanes Lado", "regional_government", "Gubernur Nusa Tenggara Timur", None,
       "2024-10-28"),
     ]),
    ("a day and month said with kemarin, set off by commas",
     None,
     "PACITAN - Polres Pacitan menerima penghargaan dari Bupati Pacitan, 24 Oktober kemarin, atas pengamanan "
     "Pilkada. Penghargaan diterima Kapolres Pacitan AKBP Agus Wibowo di Pendopo Kabupaten.",
     "2024-10-26", "received", [
      (["Polres Pacitan"], "Agus Wibowo", "regional_government", "Bupati Pacitan", None, "2024-10-24"),
     ]),
    ("diungkapkan by a chief at a jumpa pers after the handover",
     None,
     "SUKOHARJO - Polres Sukoharjo meraih penghargaan dari Bupati Sukoharjo, Kamis (29/2/2024), atas "
     "penanganan konflik perguruan silat. Hal tersebut diungkapkan Kapolres Sukoharjo AKBP Bima Sakti dalam "
     "jumpa pers di Mapolres, Senin (4/3/2024).",
     "2024-03-04", "received", [
      (["Polres Sukoharjo"], None, "regional_government", "Bupati Sukoharjo", None, "2024-02-29"),
     ]),
    ("a chief away for a reason set off by commas, diwakili",
     None,
     "SALATIGA - Polres Salatiga menerima penghargaan dari Wali Kota Salatiga atas pengamanan Hari Jadi Kota "
     "Salatiga, Rabu (24/7/2024). Kapolres Salatiga AKBP Aryo Seno, karena sedang mengikuti pendidikan, "
     "diwakili oleh Wakapolres Kompol Indra Lesmana.",
     "2024-07-25", "received", [
      (["Polres Salatiga"], "Indra Lesmana", "regional_government", "Wali Kota Salatiga", None, "2024-07-24"),
     ]),
    ("a chief yang sedang bertugas, diwakili his Kabag Ops",
     None,
     "PURBALINGGA - Bupati Purbalingga menyerahkan penghargaan kepada Polres Purbalingga atas pengamanan Pemilu, "
     "Senin (4/3/2024). Kapolres Purbalingga AKBP Hendra Irawan yang sedang bertugas ke Jakarta diwakili Kabag "
     "Ops Kompol Joko Susilo.",
     "2024-03-05", "received", [
      (["Polres Purbalingga"], "Joko Susilo", "regional_government", "Bupati Purbalingga", None, "2024-03-04"),
     ]),
    ("a chief mengungkapkan his unit's award, another giver",
     None,
     "BREBES - Kapolres Brebes AKBP Guntur Saputra mengungkapkan Polres Brebes meraih penghargaan dari Kantor "
     "Pelayanan Pajak Pratama Brebes sebagai instansi tertib pajak. Penghargaan itu diserahkan Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Brebes"], None, "ministry", "Kantor Pelayanan Pajak Pratama Brebes", None, "2024-03-06"),
     ]),
    ("a member in hospital honoured himself, his section chief takes it",
     None,
     "KEDIRI - Brigadir Fajar Ramadhan, anggota Satsamapta Polres Kediri, memperoleh penghargaan dari Kapolres "
     "Kediri atas keberaniannya menangkap pelaku jambret. Karena masih dirawat di rumah sakit, piagamnya diterima "
     "Kasat Samapta Polres Kediri AKP Yusuf Hidayat dalam apel pagi, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Satsamapta Polres Kediri"], "Fajar Ramadhan", "other", "Kapolres Kediri", None, "2024-03-04"),
     ]),
    ("a Bhabinkamtibmas diganjar, the piagam diwakilkan kepada his Kapolsek",
     None,
     "SITUBONDO - Aiptu Sugeng Riyadi, Bhabinkamtibmas Polsek Panarukan, diganjar penghargaan oleh Bupati "
     "Situbondo atas pendampingan petani garam. Karena sakit, piagam diwakilkan kepada Kapolsek Panarukan AKP "
     "Heru Santoso di Pendopo Kabupaten, Selasa (5/3/2024).",
     "2024-03-06", "received", [
      (["Polsek Panarukan"], "Sugeng Riyadi", "regional_government", "Bupati Situbondo", None, "2024-03-05"),
     ]),
    ("a section chief saying in his quote that he received it",
     None,
     "PONOROGO - Satlantas Polres Ponorogo mendapat penghargaan dari Bupati Ponorogo atas kelancaran Grebeg Suro, "
     "Minggu (21/7/2024). \"Saya menerima penghargaan ini dengan bangga, tetapi ini milik seluruh anggota,\" ujar "
     "Kasat Lantas Polres Ponorogo AKP Bagus Setiawan.",
     "2024-07-22", "received", [
      (["Satlantas Polres Ponorogo"], "Bagus Setiawan", "regional_government", "Bupati Ponorogo", None,
       "2024-07-21"),
     ]),
    ("a chief's quote that the unit (kami) received it names no taker",
     None,
     "TRENGGALEK - Polres Trenggalek mendapat penghargaan dari Bupati Trenggalek atas pengamanan Pilkada, Senin "
     "(4/3/2024). \"Penghargaan ini kami terima sebagai motivasi untuk bekerja lebih baik,\" kata Kapolres "
     "Trenggalek AKBP Gusti Ngurah.",
     "2024-03-05", "received", [
      (["Polres Trenggalek"], None, "regional_government", "Bupati Trenggalek", None, "2024-03-04"),
     ]),
    ("a count of days before a chief's statement dates the handover",
     None,
     "MALANG - Kapolres Malang AKBP Putu Wirawan bersyukur atas capaian jajarannya, Senin (4/3/2024). Dua hari "
     "sebelumnya, tepatnya Sabtu (2/3/2024), piagam penghargaan dari Bupati Malang diserahkan kepada Polres Malang "
     "di Pendopo Kepanjen. Piagam diterima Kabag Ops Polres Malang Kompol Rudi Kuswoyo.",
     "2024-03-04", "received", [
      (["Polres Malang"], "Rudi Kuswoyo", "regional_government", "Bupati Malang", None, "2024-03-02"),
     ]),
    ("a Kapolda hands over oleh, a Kasat takes it kepada",
     None,
     "JAYAPURA - Penghargaan diserahkan langsung oleh Kapolda Papua Irjen Pol Yohanes Rumbiak kepada Kasat "
     "Resnarkoba Polresta Jayapura Kota AKP Benny Wenda atas pengungkapan ganja lintas negara, Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Satresnarkoba Polresta Jayapura Kota"], "Benny Wenda", "kapolda", "Kapolda Papua", None, "2024-03-06"),
     ]),
    ("the taker's name before his post, set off by commas",
     None,
     "PRINGSEWU - AKBP Rina Wulandari, Kapolres Pringsewu, menerima penghargaan dari Bupati Pringsewu atas "
     "program polisi sahabat anak. Penyerahan berlangsung di Gedung Serbaguna Pringsewu, Selasa (20/8/2024).",
     "2024-08-21", "received", [
      (["Polres Pringsewu"], "Rina Wulandari", "regional_government", "Bupati Pringsewu", None, "2024-08-20"),
     ]),
    ("hadir menerima said before the taker",
     None,
     "PONTIANAK - Polresta Pontianak meraih penghargaan dari Wali Kota Pontianak atas pengamanan perayaan Cap Go "
     "Meh. Hadir menerima penghargaan tersebut Kapolresta Pontianak Kombes Pol Adhe Kurniawan di Balai Kota, Senin "
     "(26/2/2024).",
     "2024-02-27", "received", [
      (["Polresta Pontianak"], "Adhe Kurniawan", "regional_government", "Wali Kota Pontianak", None, "2024-02-26"),
     ]),
    ("yang menerima penghargaan adalah his deputy",
     None,
     "PALU - Polda Sulawesi Tengah mendapat penghargaan dari Gubernur Sulawesi Tengah atas pengamanan Pilkada. "
     "Yang menerima penghargaan adalah Wakapolda Sulteng Brigjen Pol Samsul Bahri, Kamis (17/10/2024).",
     "2024-10-18", "received", [
      (["Polda Sulawesi Tengah"], "Samsul Bahri", "regional_government", "Gubernur Sulawesi Tengah", None,
       "2024-10-17"),
     ]),
    ("an award given to a unit melalui its chief",
     None,
     "KARAWANG - Penghargaan dari Bupati Karawang diberikan kepada Polres Karawang melalui Kapolres Karawang AKBP "
     "Wirdhanto Hadi atas kelancaran arus mudik, Selasa (30/4/2024).",
     "2024-05-01", "received", [
      (["Polres Karawang"], "Wirdhanto Hadi", "regional_government", "Bupati Karawang", None, "2024-04-30"),
     ]),
    ("a stand-in mewakili his chief named in full",
     None,
     "CILACAP - Polresta Cilacap menerima penghargaan dari Bupati Cilacap atas penanganan bencana longsor. "
     "Penghargaan diterima oleh Kasat Binmas Polresta Cilacap AKP Nana Suryana mewakili Kapolresta Cilacap Kombes "
     "Pol Fannky Ani Sugiharto, Kamis (27/6/2024).",
     "2024-06-28", "received", [
      (["Polresta Cilacap"], "Nana Suryana", "regional_government", "Bupati Cilacap", None, "2024-06-27"),
     ]),
    ("a Wakapolda hands over for the Kapolda, the Kapolres takes it",
     None,
     "MEDAN - Wakapolda Sumatera Utara Brigjen Pol Agus Setiawan mewakili Kapolda menyerahkan penghargaan kepada "
     "Kapolres Labuhanbatu AKBP Bernhard Malau atas pengungkapan sindikat curanmor. Penyerahan berlangsung di "
     "Mapolda Sumut, Senin (22/1/2024).",
     "2024-01-23", "received", [
      (["Polres Labuhanbatu"], "Bernhard Malau", "kapolda", "Kapolda Sumatera Utara", None, "2024-01-22"),
     ]),
    ("a medical officer honoured personally, a doctor's titles around her name",
     None,
     "SEMARANG - Kompol dr. Sri Lestari, Sp.KF, dokter forensik Biddokkes Polda Jawa Tengah, menerima penghargaan "
     "dari Gubernur Jawa Tengah atas identifikasi korban bencana, Jumat (8/3/2024).",
     "2024-03-09", "received", [
      (["Biddokkes Polda Jawa Tengah"], "Sri Lestari", "regional_government", "Gubernur Jawa Tengah", None,
       "2024-03-08"),
     ]),
    ("a contest's first day and its prize day",
     None,
     "SAMARINDA - Lomba kampung tangguh tingkat Polda Kalimantan Timur digelar sejak Senin (26/2/2024). Polres "
     "Kutai Kartanegara keluar sebagai juara pertama dan menerima piala dari Kapolda Kalimantan Timur pada "
     "penutupan lomba, Jumat (8/3/2024). Piala diterima Kapolres Kutai Kartanegara AKBP Hari Rosena.",
     "2024-03-09", "received", [
      (["Polres Kutai Kartanegara"], "Hari Rosena", "kapolda", "Kapolda Kalimantan Timur", None, "2024-03-08"),
     ]),
    ("a weekday's date with its year in two figures and sore after it",
     None,
     "TASIKMALAYA - Polresta Tasikmalaya menerima penghargaan dari Wali Kota Tasikmalaya, Jumat (8/3/24) sore. "
     "Penghargaan diterima Wakapolresta Tasikmalaya AKBP Dede Rusmana.",
     "2024-03-09", "received", [
      (["Polresta Tasikmalaya"], "Dede Rusmana", "regional_government", "Wali Kota Tasikmalaya", None,
       "2024-03-08"),
     ]),
    ("a chief's full rank Komisaris Besar Polisi before his name",
     None,
     "BEKASI - Kepala Kepolisian Resor Metro Bekasi Kota Komisaris Besar Polisi Dani Hamdani menerima penghargaan "
     "dari Wali Kota Bekasi, Sabtu (9/11/2024), atas pengamanan pesta rakyat HUT Kota Bekasi.",
     "2024-11-10", "received", [
      (["Polres Metro Bekasi Kota"], "Dani Hamdani", "regional_government", "Wali Kota Bekasi", None,
       "2024-11-09"),
     ]),
    ("a Kapolres speaks on a day, the handover on another without year",
     None,
     "BANJARNEGARA - Polres Banjarnegara meraih penghargaan dari Bupati Banjarnegara saat upacara Hari Jadi "
     "Kabupaten, Kamis (22/8). Penghargaan diterima Kapolres Banjarnegara AKBP Erick Budi. \"Terima kasih atas "
     "kepercayaan ini,\" ujar Erick kepada wartawan, Sabtu (24/8).",
     "2024-08-24", "received", [
      (["Polres Banjarnegara"], "Erick Budi", "regional_government", "Bupati Banjarnegara", None, "2024-08-22"),
     ]),
    ("several officers given in one ceremony, the award's taker named among attendees",
     None,
     "GORONTALO - Upacara di Mapolda Gorontalo, Senin (22/1/2024), dihadiri Wakapolda Brigjen Pol Arif Wicaksono, "
     "para pejabat utama dan Kapolres jajaran. Dalam upacara itu, Gubernur Gorontalo memberikan penghargaan kepada "
     "Polres Gorontalo Utara, yang diterima Kapolres Gorontalo Utara AKBP Juan Pasaribu.",
     "2024-01-23", "received", [
      (["Polres Gorontalo Utara"], "Juan Pasaribu", "regional_government", "Gubernur Gorontalo", None,
       "2024-01-22"),
     ]),
    ("a Kapolres awarding his own section, the Kasat named as the taker",
     None,
     "TEGAL - Kapolres Tegal Kota AKBP Jon Sinaga memberikan penghargaan kepada Satreskrim Polres Tegal Kota atas "
     "pengungkapan kasus begal. Penghargaan diterima Kasat Reskrim AKP Rizal Pratama dalam apel pagi, Senin "
     "(22/1/2024).",
     "2024-01-23", "received", [
      (["Satreskrim Polres Tegal Kota"], "Rizal Pratama", "other", "Kapolres Tegal Kota", None, "2024-01-22"),
     ]),
    ("the day written with the word tanggal and a year in figures after a weekday",
     None,
     "LAMONGAN - Polres Lamongan menerima penghargaan dari Bupati Lamongan pada Selasa tanggal 20 Agustus 2024. "
     "Penghargaan diterima oleh Kapolres Lamongan AKBP Bobby Wiratama.",
     "2024-08-22", "received", [
      (["Polres Lamongan"], "Bobby Wiratama", "regional_government", "Bupati Lamongan", None, "2024-08-20"),
     ]),
    ("yang hadir menerimanya yakni a Kabag Ops",
     None,
     "MAJALENGKA - Polres Majalengka memperoleh penghargaan dari Bupati Majalengka atas pengamanan Bandara "
     "Kertajati selama musim haji. Yang hadir menerimanya yakni Kabag Ops Polres Majalengka Kompol Deden Supriatna, "
     "Kamis (27/6/2024).",
     "2024-06-28", "received", [
      (["Polres Majalengka"], "Deden Supriatna", "regional_government", "Bupati Majalengka", None, "2024-06-27"),
     ]),
    ("two awards on two days from two givers",
     None,
     "BANYUWANGI - Polresta Banyuwangi menerima penghargaan dari Bupati Banyuwangi atas pengamanan festival "
     "gandrung, Senin (4/3/2024). Selain itu, pada Rabu (6/3/2024), Polresta Banyuwangi juga menerima "
     "penghargaan dari Kapolda Jawa Timur atas pengungkapan kasus perdagangan orang.",
     "2024-03-07", "received", [
      (["Polresta Banyuwangi"], None, "regional_government", "Bupati Banyuwangi", None, "2024-03-04"),
      (["Polresta Banyuwangi"], None, "kapolda", "Kapolda Jawa Timur", None, "2024-03-06"),
     ]),
    ("a Kapolsek with the rank Iptu",
     None,
     "BADUNG - Polsek Kuta menerima penghargaan dari Camat Kuta atas pengamanan malam pergantian tahun. "
     "Penghargaan diterima Kapolsek Kuta Iptu Made Sudana, Rabu (15/5/2024).",
     "2024-05-16", "received", [
      (["Polsek Kuta"], "Made Sudana", "regional_government", "Camat Kuta", None, "2024-05-15"),
     ]),
    ("a Balinese name opening on I",
     None,
     "GIANYAR - Polres Gianyar mendapat penghargaan dari Bupati Gianyar atas pengamanan upacara Ngaben massal. "
     "Piagam diterima Kapolres Gianyar AKBP I Gusti Ngurah Yudistira di Balai Budaya Gianyar, Kamis (12/9/2024).",
     "2024-09-13", "received", [
      (["Polres Gianyar"], "I Gusti Ngurah Yudistira", "regional_government", "Bupati Gianyar", None,
       "2024-09-12"),
     ]),
    ("a name with an apostrophe",
     None,
     "PAMEKASAN - Polres Pamekasan meraih penghargaan dari Bupati Pamekasan atas pengamanan karapan sapi. "
     "Penghargaan diterima Wakapolres Pamekasan Kompol Ma'ruf Hidayat, Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Pamekasan"], "Ma'ruf Hidayat", "regional_government", "Bupati Pamekasan", None, "2024-03-06"),
     ]),
    ("a first name cut short to M.",
     None,
     "BOGOR - Polresta Bogor Kota menerima penghargaan dari Wali Kota Bogor atas pengamanan Hari Jadi Bogor. "
     "Penghargaan diterima Kapolresta Bogor Kota Kombes Pol M. Rizal Fahmi, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polresta Bogor Kota"], "M. Rizal Fahmi", "regional_government", "Wali Kota Bogor", None, "2024-03-04"),
     ]),
    ("the chief in the headline, his name in the body",
     "Kapolres Jepara Terima Penghargaan dari Bupati",
     "JEPARA - Kapolres Jepara AKBP Wahyu Nugroho menerima penghargaan dari Bupati Jepara atas pengamanan "
     "tradisi Lomban. Penyerahan dilakukan di Pendopo Kabupaten Jepara, Minggu (10/3/2024).",
     "2024-03-11", "received", [
      (["Polres Jepara"], "Wahyu Nugroho", "regional_government", "Bupati Jepara", None, "2024-03-10"),
     ]),
    ("diterima secara simbolis oleh",
     None,
     "KUNINGAN - Penghargaan dari Bupati Kuningan untuk Polres Kuningan diterima secara simbolis oleh Kapolres "
     "Kuningan AKBP Willy Andrian di Pendopo Kuningan, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polres Kuningan"], "Willy Andrian", "regional_government", "Bupati Kuningan", None, "2024-03-04"),
     ]),
    ("diterima secara virtual oleh",
     None,
     "MANOKWARI - Polda Papua Barat meraih penghargaan Kompolnas Award 2024. Penghargaan diterima secara virtual "
     "oleh Kapolda Papua Barat Irjen Pol Johnny Eddizon, Selasa (3/12/2024).",
     "2024-12-04", "received", [
      (["Polda Papua Barat"], "Johnny Eddizon", "kompolnas", "Kompolnas", 2024, "2024-12-03"),
     ]),
    ("a weekday spelt Jum'at with its date",
     None,
     "BANTUL - Polres Bantul menerima penghargaan dari Bupati Bantul atas pengamanan Pemilu, Jum'at (8/3/2024). "
     "Penghargaan diterima Kapolres Bantul AKBP Michael Tobing.",
     "2024-03-09", "received", [
      (["Polres Bantul"], "Michael Tobing", "regional_government", "Bupati Bantul", None, "2024-03-08"),
     ]),
    ("a weekday, a comma and its date in brackets",
     None,
     "SUBANG - Polres Subang menerima penghargaan dari Bupati Subang, Rabu, (6/3/2024), bertempat di Aula "
     "Pemkab Subang. Penghargaan diterima Kapolres Subang AKBP Ariek Indra.",
     "2024-03-07", "received", [
      (["Polres Subang"], "Ariek Indra", "regional_government", "Bupati Subang", None, "2024-03-06"),
     ]),
    ("dini hari after the date",
     None,
     "JAKARTA - Polres Metro Jakarta Pusat menerima penghargaan dari Gubernur DKI Jakarta usai pengamanan malam "
     "takbiran, Minggu (10/3/2024) dini hari. Penghargaan diterima Kapolres Metro Jakarta Pusat Kombes Pol Susatyo "
     "Wibowo.",
     "2024-03-10", "received", [
      (["Polres Metro Jakarta Pusat"], "Susatyo Wibowo", "regional_government", "Gubernur DKI Jakarta", None,
       "2024-03-10"),
     ]),
    ("three members listed alike, none singled out",
     None,
     "SINJAI - Tiga personel Polres Sinjai, Bripka Andi Tenri, Brigpol Rahmat Saleh dan Briptu Nur Alam, "
     "menerima penghargaan dari Bupati Sinjai atas aksi penyelamatan korban banjir, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polres Sinjai"], None, "regional_government", "Bupati Sinjai", None, "2024-03-04"),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    OFFICERS_AND_DAYS_BREADTH,
    ids=[row[0] for row in OFFICERS_AND_DAYS_BREADTH],
)
def test_officers_and_days_however_written(construction, title, text, day, role, awards):
    test_breadth_of_wording(construction, title, text, day, role, awards)


# -- many winners listed, as outlets write them: passages written apart from the evaluation stories ------------------
# Numbered lists flattened into text, semicolons, "Juara I: X; Juara II: Y", winners per category over several
# sentences, Polsek under their Polres, Polda sub-units beside Polres, officers with their units, non-Polri winners
# (Kodim, Pemkab, Dinas, schools) and nominees or participants beside the winners, scores in brackets, a list in the
# headline, "serta", "dan juga", "masing-masing". Awards are matched by their recipients and place, in any order.
MANY_WINNERS = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement) of each award
    ("numbered list flattened into text, one award",
     None,
     "SEMARANG - Kapolda Jawa Tengah Irjen Pol Ahmad Suryanto memberikan penghargaan kepada satuan wilayah "
     "yang berhasil dalam Operasi Ketupat Candi 2024. Satuan wilayah yang menerima penghargaan yaitu 1. Polres "
     "Grobogan, 2. Polres Boyolali, 3. Polres Sragen. Penghargaan diserahkan dalam apel di Mapolda Jateng, "
     "Selasa (30/4/2024).",
     "2024-05-01", "received", [
      (["Polres Grobogan", "Polres Boyolali", "Polres Sragen"],
       None, "kapolda", "Kapolda Jawa Tengah", 2024, "2024-04-30", None),
     ]),
    ("per category over sentences: Untuk kategori ..., Sementara kategori ...",
     None,
     "SURABAYA - Polda Jawa Timur memberikan penghargaan kepada polres jajaran dengan kinerja pelayanan publik "
     "terbaik. Untuk kategori Polres tipe A, terbaik pertama diraih Polres Jember, sedangkan terbaik kedua "
     "diraih Polres Lumajang. Sementara kategori Polres tipe B, terbaik pertama diraih Polres Ngawi dan "
     "terbaik kedua Polres Magetan. Penghargaan diserahkan Kapolda Jatim Irjen Pol Imam Santoso dalam rapat "
     "kerja teknis di Surabaya, Rabu (11/12/2024).",
     "2024-12-12", "received", [
      (["Polres Jember"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 1),
      (["Polres Lumajang"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 2),
      (["Polres Ngawi"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 1),
      (["Polres Magetan"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 2),
     ]),
    ("Polsek of one Polresta listed after yakni",
     None,
     "SLEMAN - Kapolresta Sleman Kombes Pol Yuswanto Ardi memberikan penghargaan kepada tiga polsek jajaran "
     "yang dinilai terbaik dalam pengamanan libur Natal dan Tahun Baru. Ketiga polsek itu yakni Polsek Depok "
     "Barat, Polsek Ngaglik dan Polsek Kalasan. Piagam diterima masing-masing kapolsek dalam apel pagi, Senin "
     "(6/1/2025).",
     "2025-01-06", "received", [
      (["Polsek Depok Barat", "Polsek Ngaglik", "Polsek Kalasan"],
       None, "other", "Kapolresta Sleman", None, "2025-01-06", None),
     ]),
    ("Polda sub-units and Polres in one list",
     None,
     "MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Andi Rahmat memberikan penghargaan kepada satuan kerja dan "
     "satuan wilayah yang berprestasi dalam pengamanan Pilkada serentak 2024. Penerima penghargaan antara lain "
     "Ditreskrimum Polda Sulsel, Bidhumas Polda Sulsel, Satbrimob Polda Sulsel, SPN Polda Sulsel, Polres Gowa "
     "dan Polres Maros. Penghargaan diserahkan di lapangan Mapolda Sulsel, Jumat (20/12/2024).",
     "2024-12-21", "received", [
      (["Ditreskrimum Polda Sulawesi Selatan", "Bidhumas Polda Sulawesi Selatan", "Satbrimob Polda Sulawesi Selatan", "SPN Polda Sulawesi Selatan", "Polres Gowa", "Polres Maros"],
       None, "kapolda", "Kapolda Sulawesi Selatan", None, "2024-12-20", None),
     ]),
    ("officers with their units after dari",
     None,
     "BANDUNG - Sejumlah personel menerima penghargaan dari Kapolda Jawa Barat atas dedikasi dalam tugas. "
     "Mereka adalah Bripka Asep Saepudin dari Polsek Cicalengka, Aiptu Dadang Suherman dari Satlantas Polresta "
     "Bandung, dan Brigpol Rina Marlina dari Satreskrim Polres Sumedang. Penghargaan diserahkan Kapolda dalam "
     "upacara di Mapolda Jabar, Kamis (16/5/2024).",
     "2024-05-17", "received", [
      (["Polsek Cicalengka"], "Asep Saepudin", "kapolda", "Kapolda Jawa Barat", None, "2024-05-16", None),
      (["Satlantas Polresta Bandung"], "Dadang Suherman", "kapolda", "Kapolda Jawa Barat", None, "2024-05-16", None),
      (["Satreskrim Polres Sumedang"], "Rina Marlina", "kapolda", "Kapolda Jawa Barat", None, "2024-05-16", None),
     ]),
    ("non-Polri winners in the list left out",
     None,
     "TEMANGGUNG - Bupati Temanggung menyerahkan penghargaan kepada instansi yang mendukung penurunan angka "
     "stunting. Penerima penghargaan yakni Kodim 0706/Temanggung, Polres Temanggung, Dinas Kesehatan Kabupaten "
     "Temanggung dan SMA Negeri 1 Temanggung. Penghargaan diserahkan di Pendopo Pengayoman, Senin (12/8/2024). "
     "Piagam untuk Polres Temanggung diterima Wakapolres Kompol Budi Raharjo.",
     "2024-08-13", "received", [
      (["Polres Temanggung"], "Budi Raharjo", "regional_government", "Bupati Temanggung", None, "2024-08-12", None),
     ]),
    ("scores in brackets, a yellow zone left out",
     None,
     "JAMBI - Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan standar pelayanan publik "
     "tahun 2023 kepada polres jajaran Polda Jambi, Selasa (19/12/2023). Hasilnya, Polres Muaro Jambi (nilai "
     "95,2), Polres Batanghari (nilai 92,8) dan Polres Tebo (nilai 90,1) meraih predikat zona hijau atau "
     "kepatuhan tinggi. Sementara Polres Sarolangun (nilai 76,4) masuk zona kuning.",
     "2023-12-20", "received", [
      (["Polres Muaro Jambi", "Polres Batanghari", "Polres Tebo"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Jambi", 2023, "2023-12-19", None),
     ]),
    ("list in the headline, the body names none",
     "Polres Bima, Dompu dan Sumbawa Raih Penghargaan dari Kapolda NTB",
     "MATARAM - Kapolda NTB Irjen Pol Umar Faruk memberikan penghargaan kepada tiga polres atas keberhasilan "
     "menekan angka kriminalitas. Penghargaan diserahkan di Mapolda NTB, Senin (15/7/2024). Kapolres Dompu "
     "AKBP Iwan Setiawan mengaku bangga atas capaian tersebut.",
     "2024-07-16", "received", [
      (["Polres Bima", "Polres Dompu", "Polres Sumbawa"],
       None, "kapolda", "Kapolda Nusa Tenggara Barat", None, "2024-07-15", None),
     ]),
    ("serta closing a list set by a ministry",
     None,
     "JAKARTA - Kementerian PANRB menetapkan Polres Kebumen, Polres Purworejo serta Satlantas Polres Wonosobo "
     "sebagai unit kerja berpredikat Wilayah Bebas dari Korupsi (WBK) tahun 2023. Penghargaan diserahkan "
     "Menteri PANRB di Jakarta, Rabu (13/12/2023).",
     "2023-12-14", "received", [
      (["Polres Kebumen", "Polres Purworejo", "Satlantas Polres Wonosobo"],
       None, "zona_integritas_wbk", "KemenPAN-RB", 2023, "2023-12-13", None),
     ]),
    ("dan juga joining two resorts",
     None,
     "BATAM - Polresta Barelang dan juga Polres Karimun mendapat penghargaan dari Gubernur Kepulauan Riau atas "
     "pengamanan Pemilu 2024. Piagam diserahkan Gubernur dalam upacara HUT Provinsi Kepri di Tanjungpinang, "
     "Selasa (24/9/2024).",
     "2024-09-25", "received", [
      (["Polresta Barelang", "Polres Karimun"],
       None, "regional_government", "Gubernur Kepulauan Riau", None, "2024-09-24", None),
     ]),
    ("semicolons between units and their deeds, one ceremony",
     None,
     "PALEMBANG - Kapolda Sumatera Selatan memberikan penghargaan kepada satuan kerja yang berhasil mengungkap "
     "kasus menonjol. Penerimanya ialah Ditreskrimsus Polda Sumsel atas pengungkapan korupsi dana desa; "
     "Ditresnarkoba Polda Sumsel atas pengungkapan 50 kilogram sabu; dan Satreskrim Polrestabes Palembang atas "
     "pengungkapan kasus pembunuhan. Penghargaan diserahkan Jumat (27/12/2024).",
     "2024-12-28", "received", [
      (["Ditreskrimsus Polda Sumatera Selatan", "Ditresnarkoba Polda Sumatera Selatan", "Satreskrim Polrestabes Palembang"],
       None, "kapolda", "Kapolda Sumatera Selatan", None, "2024-12-27", None),
     ]),
    ("nominees beside the winner",
     None,
     "JAKARTA - Korlantas Polri memberikan penghargaan kepada Ditlantas Polda Jawa Tengah sebagai Ditlantas "
     "terbaik dalam pelayanan SIM tahun 2024. Sebelumnya, Ditlantas Polda Jawa Barat, Ditlantas Polda Jawa "
     "Timur dan Ditlantas Polda Bali masuk nominasi lima besar. Penghargaan diserahkan Kakorlantas Polri Irjen "
     "Pol Bambang Widodo di Jakarta, Selasa (17/12/2024).",
     "2024-12-18", "received", [
      (["Ditlantas Polda Jawa Tengah"], None, "kapolri", "Korlantas Polri", 2024, "2024-12-17", None),
     ]),
    ("a Pemkab's list: Polres beside Kodim and Kejari",
     None,
     "SUMENEP - Pemerintah Kabupaten Sumenep memberikan penghargaan kepada Polres Sumenep, Kodim 0827/Sumenep "
     "dan Kejaksaan Negeri Sumenep atas dukungan dalam pelaksanaan Pilkada 2024 yang aman dan damai. "
     "Penghargaan diserahkan Bupati Sumenep di Pendopo Agung, Kamis (19/12/2024).",
     "2024-12-20", "received", [
      (["Polres Sumenep"], None, "regional_government", "Pemkab Sumenep", None, "2024-12-19", None),
     ]),
    ("Polsek each followed by its Polres, semicolons",
     None,
     "JAKARTA - Kapolda Metro Jaya memberikan penghargaan kepada empat polsek teladan. Mereka yakni Polsek "
     "Cilandak, Polres Metro Jakarta Selatan; Polsek Kembangan, Polres Metro Jakarta Barat; Polsek Cakung, "
     "Polres Metro Jakarta Timur; dan Polsek Koja, Polres Metro Jakarta Utara. Penghargaan diserahkan di Balai "
     "Pertemuan Polda Metro Jaya, Rabu (3/7/2024).",
     "2024-07-04", "received", [
      (["Polsek Cilandak", "Polsek Kembangan", "Polsek Cakung", "Polsek Koja"],
       None, "kapolda", "Kapolda Metro Jaya", None, "2024-07-03", None),
     ]),
    ("ranking as numbered list with scores",
     None,
     "YOGYAKARTA - Ombudsman RI Perwakilan DIY menyerahkan predikat kepatuhan tinggi standar pelayanan publik "
     "kepada tiga polres di DIY, Kamis (21/12/2023). Berikut urutan peringkat berdasarkan nilai: 1. Polres "
     "Kulon Progo (nilai 98,5), 2. Polres Gunungkidul (nilai 97,1), 3. Polres Bantul (nilai 95,0).",
     "2023-12-22", "received", [
      (["Polres Kulon Progo"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan DIY", None, "2023-12-21", 1),
      (["Polres Gunungkidul"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan DIY", None, "2023-12-21", 2),
      (["Polres Bantul"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan DIY", None, "2023-12-21", 3),
     ]),
    ("a Satreskrim and dan juga a Polsek's Unit Reskrim",
     None,
     "KLATEN - Satreskrim Polres Klaten dan juga Unit Reskrim Polsek Pedan menerima penghargaan dari Kapolres "
     "Klaten AKBP Warsono Adi atas pengungkapan kasus pencurian ternak. Piagam diserahkan di Mapolres Klaten, "
     "Rabu (5/6/2024).",
     "2024-06-06", "received", [
      (["Satreskrim Polres Klaten", "Polsek Pedan"], None, "other", "Kapolres Klaten", None, "2024-06-05", None),
     ]),
    ("headline counts the units, the body lists them",
     "Tiga Polres di Jajaran Polda Kalbar Sabet Predikat WBK",
     "PONTIANAK - Polres Kubu Raya, Polres Sanggau dan Polres Ketapang meraih predikat Wilayah Bebas dari "
     "Korupsi (WBK) dari Kementerian PANRB tahun 2024. Penghargaan diterima masing-masing kapolres di Jakarta, "
     "Rabu (11/12/2024). Kapolda Kalbar mengapresiasi capaian ketiga polres tersebut.",
     "2024-12-12", "received", [
      (["Polres Kubu Raya", "Polres Sanggau", "Polres Ketapang"],
       None, "zona_integritas_wbk", "KemenPAN-RB", 2024, "2024-12-11", None),
     ]),
    ("nominees, then the one chosen",
     None,
     "SEMARANG - Polres Pati, Polres Kudus dan Polres Jepara masuk nominasi polres terbaik pelayanan SKCK "
     "tingkat Polda Jawa Tengah. Dari ketiganya, Polres Kudus terpilih sebagai yang terbaik dan menerima "
     "piagam dari Kapolda Jateng, Selasa (9/4/2024).",
     "2024-04-10", "received", [
      (["Polres Kudus"], None, "kapolda", "Kapolda Jawa Tengah", None, "2024-04-09", None),
     ]),
    ("a Polres gives schools: none Polri",
     None,
     "SLEMAN - Satlantas Polresta Sleman memberikan penghargaan kepada pemenang Lomba Tertib Lalu Lintas "
     "tingkat SMA. Juara I diraih SMA Negeri 1 Depok, juara II SMA Negeri 2 Ngaglik dan juara III SMK Negeri 1 "
     "Seyegan. Hadiah diserahkan Kasat Lantas, Kamis (14/3/2024).",
     "2024-03-15", "given", [
     ]),
    ("officers of Polda sub-units listed with dari",
     None,
     "BALIKPAPAN - Kapolda Kalimantan Timur memberikan penghargaan kepada personel berprestasi, yakni Kompol "
     "Hendri Saputra dari Ditreskrimum Polda Kaltim, AKP Maya Sari dari Bidhumas Polda Kaltim dan Ipda Fajar "
     "Nugroho dari Satbrimob Polda Kaltim. Penghargaan diberikan dalam upacara di Mapolda Kaltim, Senin "
     "(1/7/2024).",
     "2024-07-02", "received", [
      (["Ditreskrimum Polda Kalimantan Timur"],
       "Hendri Saputra", "kapolda", "Kapolda Kalimantan Timur", None, "2024-07-01", None),
      (["Bidhumas Polda Kalimantan Timur"],
       "Maya Sari", "kapolda", "Kapolda Kalimantan Timur", None, "2024-07-01", None),
      (["Satbrimob Polda Kalimantan Timur"],
       "Fajar Nugroho", "kapolda", "Kapolda Kalimantan Timur", None, "2024-07-01", None),
     ]),
    ("masing-masing diterima by their chiefs: no officer",
     None,
     "BULUKUMBA - Bupati Bulukumba memberikan penghargaan kepada Polres Bulukumba dan Polres Sinjai atas "
     "pengamanan lomba perahu pinisi. Penghargaan masing-masing diterima Kapolres Bulukumba AKBP Ahmad Ridwan "
     "dan Kapolres Sinjai AKBP Harry Wibowo, Sabtu (21/9/2024).",
     "2024-09-22", "received", [
      (["Polres Bulukumba", "Polres Sinjai"],
       None, "regional_government", "Bupati Bulukumba", None, "2024-09-21", None),
     ]),
    ("one type word then several regions",
     None,
     "KEDIRI - Kapolda Jawa Timur memberikan penghargaan kepada Polres Blitar, Tulungagung dan Trenggalek atas "
     "penanganan bencana tanah longsor. Penghargaan diserahkan di Mapolda Jatim, Jumat (15/3/2024).",
     "2024-03-16", "received", [
      (["Polres Blitar", "Polres Tulungagung", "Polres Trenggalek"],
       None, "kapolda", "Kapolda Jawa Timur", None, "2024-03-15", None),
     ]),
    ("headline list with Kodim, body too",
     "Polres Sukoharjo dan Kodim 0726 Raih Penghargaan dari Bupati",
     "SUKOHARJO - Bupati Sukoharjo Etik Suryani menyerahkan penghargaan kepada Polres Sukoharjo dan Kodim "
     "0726/Sukoharjo atas pengamanan pemilu. Penghargaan diberikan di Pendopo Graha Satya Praja, Rabu "
     "(6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Sukoharjo"], None, "regional_government", "Bupati Sukoharjo", None, "2024-03-06", None),
     ]),
    ("Ombudsman list with Pemkab and Pemko",
     None,
     "MEDAN - Ombudsman RI Perwakilan Sumatera Utara menyerahkan predikat kepatuhan tinggi kepada Pemkab Deli "
     "Serdang, Pemko Medan, Polrestabes Medan dan Polres Binjai, Rabu (20/12/2023). Penilaian dilakukan "
     "sepanjang tahun 2023.",
     "2023-12-21", "received", [
      (["Polrestabes Medan", "Polres Binjai"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Sumatera Utara", None, "2023-12-20", None),
     ]),
    ("Polsek ranked peringkat pertama, kedua, ketiga",
     None,
     "PEKANBARU - Kapolresta Pekanbaru memberikan penghargaan kepada polsek jajaran dengan kinerja terbaik. "
     "Polsek Sukajadi meraih peringkat pertama, Polsek Senapelan peringkat kedua dan Polsek Bukit Raya "
     "peringkat ketiga. Piagam diserahkan di Mapolresta Pekanbaru, Senin (13/1/2025).",
     "2025-01-14", "received", [
      (["Polsek Sukajadi"], None, "other", "Kapolresta Pekanbaru", None, "2025-01-13", 1),
      (["Polsek Senapelan"], None, "other", "Kapolresta Pekanbaru", None, "2025-01-13", 2),
      (["Polsek Bukit Raya"], None, "other", "Kapolresta Pekanbaru", None, "2025-01-13", 3),
     ]),
    ("Bupati's list with BPBD, Basarnas and Satpol PP",
     None,
     "CIANJUR - Bupati Cianjur memberikan penghargaan kepada Polres Cianjur, Kodim 0608/Cianjur, BPBD Cianjur, "
     "Basarnas dan Satpol PP atas penanganan korban gempa. Penghargaan diserahkan dalam upacara Hari Jadi "
     "Cianjur, Jumat (12/7/2024).",
     "2024-07-13", "received", [
      (["Polres Cianjur"], None, "regional_government", "Bupati Cianjur", None, "2024-07-12", None),
     ]),
    ("list after antara lain with a Satbrimob battalion and SPN",
     None,
     "PALU - Kapolda Sulawesi Tengah menyerahkan penghargaan kepada satuan yang terlibat penanganan banjir "
     "bandang di Sigi. Satuan yang menerima penghargaan antara lain Satbrimob Polda Sulteng, Ditsamapta Polda "
     "Sulteng, SPN Polda Sulteng dan Polres Sigi. Penghargaan diserahkan Senin (18/11/2024).",
     "2024-11-19", "received", [
      (["Satbrimob Polda Sulawesi Tengah", "Ditsamapta Polda Sulawesi Tengah", "SPN Polda Sulawesi Tengah", "Polres Sigi"],
       None, "kapolda", "Kapolda Sulawesi Tengah", None, "2024-11-18", None),
     ]),
    ("numbered winners with a, b under a Kapolri's operation award",
     None,
     "JAKARTA - Kapolri memberikan penghargaan kepada polda yang berhasil dalam Operasi Lilin 2024. "
     "Penghargaan diberikan kepada 1) Polda Jawa Tengah, 2) Polda Jawa Timur dan 3) Polda Bali. Penghargaan "
     "diserahkan dalam Rapim Polri di Jakarta, Rabu (22/1/2025).",
     "2025-01-23", "received", [
      (["Polda Jawa Tengah", "Polda Jawa Timur", "Polda Bali"], None, "kapolri", "Kapolri", 2024, "2025-01-22", None),
     ]),
    ("Polres with score after dengan nilai and a yellow zone apart",
     None,
     "MANADO - Ombudsman RI Perwakilan Sulawesi Utara menyerahkan predikat zona hijau kepatuhan pelayanan "
     "publik kepada Polres Minahasa dengan nilai 96,10 dan Polres Bitung dengan nilai 94,85. Adapun Polres "
     "Bolaang Mongondow memperoleh zona kuning dengan nilai 72,40. Piagam diserahkan di Manado, Kamis "
     "(7/12/2023).",
     "2023-12-08", "received", [
      (["Polres Minahasa", "Polres Bitung"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Sulawesi Utara", None, "2023-12-07", None),
     ]),
    ("a school and a Puskesmas beside a Polsek, the Camat gives",
     None,
     "BANTUL - Camat Kasihan memberikan penghargaan kepada Polsek Kasihan, Puskesmas Kasihan I dan SD Negeri "
     "Tamantirto atas dukungan program desa ramah anak. Penghargaan diterima Kapolsek Kasihan AKP Sarjono, "
     "Kamis (18/7/2024).",
     "2024-07-19", "received", [
      (["Polsek Kasihan"], "Sarjono", "regional_government", "Camat Kasihan", None, "2024-07-18", None),
     ]),
    ("Juara I: ...; Juara II: ... with semicolons",
     None,
     "PADANG - Polda Sumatera Barat mengumumkan pemenang Lomba Kampung Tangguh Nusantara tahun 2023 tingkat "
     "Polda Sumbar, Kamis (14/9/2023). Juara I: Polres Pasaman Barat; Juara II: Polres Tanah Datar; Juara III: "
     "Polresta Padang. Piala dan piagam diserahkan langsung Kapolda Sumbar Irjen Pol Suharyono Hadi di "
     "Mapolda.",
     "2023-09-15", "received", [
      (["Polres Pasaman Barat"], None, "kapolda", "Polda Sumatera Barat", 2023, "2023-09-14", 1),
      (["Polres Tanah Datar"], None, "kapolda", "Polda Sumatera Barat", 2023, "2023-09-14", 2),
      (["Polresta Padang"], None, "kapolda", "Polda Sumatera Barat", 2023, "2023-09-14", 3),
     ]),
    ("participants beside winners, juara by ordinal words",
     None,
     "PEKANBARU - Sebanyak 12 polres jajaran Polda Riau mengikuti lomba Polisi Sahabat Anak tahun 2024. Dari "
     "seluruh peserta, Polres Kampar keluar sebagai juara pertama, Polres Siak juara kedua dan Polresta "
     "Pekanbaru juara ketiga. Peserta lain seperti Polres Bengkalis dan Polres Dumai belum berhasil meraih "
     "juara. Hadiah diserahkan Wakapolda Riau Brigjen Pol Kasman Rahmadi di Pekanbaru, Rabu (10/7/2024).",
     "2024-07-11", "received", [
      (["Polres Kampar"], None, "kapolda", "Polda Riau", 2024, "2024-07-10", 1),
      (["Polres Siak"], None, "kapolda", "Polda Riau", 2024, "2024-07-10", 2),
      (["Polresta Pekanbaru"], None, "kapolda", "Polda Riau", 2024, "2024-07-10", 3),
     ]),
    ("juara per category, Polres then Polsek",
     None,
     "KUPANG - Polda NTT menggelar lomba Polisi RW tingkat Polda NTT tahun 2024. Untuk kategori polres, juara "
     "pertama diraih Polres Kupang, juara kedua Polres Timor Tengah Selatan. Adapun kategori polsek, juara "
     "pertama diraih Polsek Kelapa Lima dan juara kedua Polsek Alak. Trofi diserahkan Wakapolda NTT, Rabu "
     "(6/11/2024).",
     "2024-11-07", "received", [
      (["Polres Kupang"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 1),
      (["Polres Timor Tengah Selatan"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 2),
      (["Polsek Kelapa Lima"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 1),
      (["Polsek Alak"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 2),
     ]),
    ("winners by place in the headline, body repeats",
     "Polres Kediri Kota Juara I, Polres Blitar Juara II Lomba Polisi Cilik",
     "KEDIRI - Polres Kediri Kota menjadi juara I Lomba Polisi Cilik tingkat Polda Jawa Timur 2024, disusul "
     "Polres Blitar sebagai juara II. Penyerahan trofi digelar di Surabaya, Sabtu (20/7/2024).",
     "2024-07-21", "received", [
      (["Polres Kediri Kota"], None, "kapolda", "Polda Jawa Timur", 2024, "2024-07-20", 1),
      (["Polres Blitar"], None, "kapolda", "Polda Jawa Timur", 2024, "2024-07-20", 2),
     ]),

    ("masing-masing juara I, II dan III in order",
     None,
     "BANDAR LAMPUNG - Polres Lampung Tengah, Polres Tulang Bawang dan Polres Way Kanan masing-masing meraih "
     "juara I, II dan III Lomba Kampung Tangguh Nusantara tingkat Polda Lampung tahun 2024. Piala diserahkan "
     "Kapolda Lampung Irjen Pol Helmi Santoso di Bandar Lampung, Kamis (8/8/2024).",
     "2024-08-09", "received", [
      (["Polres Lampung Tengah"], None, "kapolda", "Polda Lampung", 2024, "2024-08-08", 1),
      (["Polres Tulang Bawang"], None, "kapolda", "Polda Lampung", 2024, "2024-08-08", 2),
      (["Polres Way Kanan"], None, "kapolda", "Polda Lampung", 2024, "2024-08-08", 3),
     ]),

    ("juara I; juara II; juara III per category with semicolons",
     None,
     "BANDA ACEH - Polda Aceh mengumumkan hasil Lomba Inovasi Pelayanan Publik 2024, Senin (21/10/2024). Juara "
     "I kategori polres diraih Polres Aceh Besar; juara II Polres Pidie; juara III Polres Bireuen. Pada "
     "kategori polsek, juara I diraih Polsek Ingin Jaya dan juara II Polsek Kuta Alam.",
     "2024-10-22", "received", [
      (["Polres Aceh Besar"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 1),
      (["Polres Pidie"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 2),
      (["Polres Bireuen"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 3),
      (["Polsek Ingin Jaya"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 1),
      (["Polsek Kuta Alam"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 2),
     ]),

    ("officers with their units in brackets",
     None,
     "GARUT - Kapolres Garut AKBP Rudi Hartanto memberikan penghargaan kepada tiga personel yang menyelamatkan "
     "warga saat banjir bandang. Penghargaan diberikan kepada Bripka Ujang Sobari (Polsek Tarogong Kidul), "
     "Briptu Hendra Gunawan (Satsamapta Polres Garut) dan Aiptu Cecep Rahmat (Satlantas Polres Garut). Piagam "
     "diserahkan usai apel pagi, Senin (2/12/2024).",
     "2024-12-02", "received", [
      (["Polsek Tarogong Kidul"], "Ujang Sobari", "other", "Kapolres Garut", None, "2024-12-02", None),
      (["Satsamapta Polres Garut"], "Hendra Gunawan", "other", "Kapolres Garut", None, "2024-12-02", None),
      (["Satlantas Polres Garut"], "Cecep Rahmat", "other", "Kapolres Garut", None, "2024-12-02", None),
     ]),
    ("officer with his Polsek under his Polres",
     None,
     "BOGOR - Kapolres Bogor memberikan penghargaan kepada Aipda Dedi Mulyadi, Bhabinkamtibmas Polsek "
     "Cileungsi Polres Bogor, dan Bripka Yusuf Hidayat, Bhabinkamtibmas Polsek Gunung Putri Polres Bogor, atas "
     "keberhasilan membina warga binaan. Penghargaan diserahkan Selasa (4/6/2024).",
     "2024-06-05", "received", [
      (["Polsek Cileungsi"], "Dedi Mulyadi", "other", "Kapolres Bogor", None, "2024-06-04", None),
      (["Polsek Gunung Putri"], "Yusuf Hidayat", "other", "Kapolres Bogor", None, "2024-06-04", None),
     ]),

    ("terbaik I/II per category with officers and Polsek",
     None,
     "PATI - Kapolresta Pati memberikan penghargaan kepada Bhabinkamtibmas teladan. Terbaik I diraih Aipda "
     "Sugeng Riyanto dari Polsek Juwana, sedangkan terbaik II diraih Bripka Wahyu Hidayat dari Polsek Tayu. "
     "Penghargaan diserahkan di Mapolresta Pati, Senin (8/7/2024).",
     "2024-07-09", "received", [
      (["Polsek Juwana"], "Sugeng Riyanto", "other", "Kapolresta Pati", None, "2024-07-08", 1),
      (["Polsek Tayu"], "Wahyu Hidayat", "other", "Kapolresta Pati", None, "2024-07-08", 2),
     ]),

    ("a Polres and its Satlantas, beside a Dishub",
     None,
     "TEGAL - Polres Tegal, Satlantas Polres Tegal dan Dinas Perhubungan Kabupaten Tegal menerima penghargaan "
     "dari Bupati Tegal atas kelancaran arus mudik Lebaran. Piagam diserahkan di Pendopo Amangkurat, Senin "
     "(29/4/2024).",
     "2024-04-30", "received", [
      (["Polres Tegal", "Satlantas Polres Tegal"],
       None, "regional_government", "Bupati Tegal", None, "2024-04-29", None),
     ]),

    ("categories after colons, one winner each",
     None,
     "BANDUNG - Polda Jawa Barat memberikan penghargaan satuan wilayah terbaik pelayanan SIM. Kategori "
     "polresta: Polresta Cirebon. Kategori polres: Polres Kuningan. Kategori polrestabes: Polrestabes Bandung. "
     "Penghargaan diserahkan Direktur Lalu Lintas Polda Jabar, Kamis (25/1/2024).",
     "2024-01-26", "received", [
      (["Polresta Cirebon"], None, "kapolda", "Polda Jawa Barat", None, "2024-01-25", None),
      (["Polres Kuningan"], None, "kapolda", "Polda Jawa Barat", None, "2024-01-25", None),
      (["Polrestabes Bandung"], None, "kapolda", "Polda Jawa Barat", None, "2024-01-25", None),
     ]),

    ("masing-masing with their own prizes, officers named",
     None,
     "MALANG - Dua anggota Polresta Malang Kota, Aiptu Bambang Irawan dan Bripka Sinta Dewi, masing-masing "
     "meraih juara I dan juara II lomba menembak Kapolda Jatim Cup 2024. Hadiah diserahkan di Surabaya, Minggu "
     "(23/6/2024).",
     "2024-06-24", "received", [
      (["Polresta Malang Kota"], "Bambang Irawan", "kapolda", "Kapolda Jawa Timur", 2024, "2024-06-23", 1),
      (["Polresta Malang Kota"], "Sinta Dewi", "kapolda", "Kapolda Jawa Timur", 2024, "2024-06-23", 2),
     ]),

    ("juara I/II/III after colons with commas, contest named with year before",
     None,
     "MEDAN - Polda Sumatera Utara menggelar Lomba Kampung Bebas Narkoba tahun 2024. Hasilnya, juara I: Polres "
     "Asahan, juara II: Polres Langkat, juara III: Polres Simalungun. Trofi diserahkan Kapolda Sumut, Senin "
     "(9/9/2024).",
     "2024-09-10", "received", [
      (["Polres Asahan"], None, "kapolda", "Polda Sumatera Utara", 2024, "2024-09-09", 1),
      (["Polres Langkat"], None, "kapolda", "Polda Sumatera Utara", 2024, "2024-09-09", 2),
      (["Polres Simalungun"], None, "kapolda", "Polda Sumatera Utara", 2024, "2024-09-09", 3),
     ]),
    ("Ombudsman hands over predikat to a list with a Pemkot",
     None,
     "PONTIANAK - Ombudsman RI Perwakilan Kalimantan Barat menyerahkan predikat zona hijau kepada Pemkot "
     "Singkawang, Polres Sambas dan Polres Mempawah di Pontianak, Kamis (14/12/2023).",
     "2023-12-15", "received", [
      (["Polres Sambas", "Polres Mempawah"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Kalimantan Barat", None, "2023-12-14", None),
     ]),
    ("officers after kepada with units after dari",
     None,
     "KENDARI - Kapolda Sulawesi Tenggara memberikan penghargaan kepada Bripka La Ode Hamid dari Polsek Poasia "
     "dan Briptu Wa Ode Sari dari Satlantas Polresta Kendari atas aksi penyelamatan korban kecelakaan, Rabu "
     "(5/6/2024).",
     "2024-06-06", "received", [
      (["Polsek Poasia"], "La Ode Hamid", "kapolda", "Kapolda Sulawesi Tenggara", None, "2024-06-05", None),
      (["Satlantas Polresta Kendari"],
       "Wa Ode Sari", "kapolda", "Kapolda Sulawesi Tenggara", None, "2024-06-05", None),
     ]),
    ("masing-masing peringkat with bare words",
     None,
     "SERANG - Polres Lebak, Polres Pandeglang dan Polres Cilegon masing-masing menempati peringkat pertama, "
     "kedua dan ketiga dalam penilaian kinerja humas Polda Banten. Penghargaan diserahkan Kapolda Banten, "
     "Jumat (4/10/2024).",
     "2024-10-05", "received", [
      (["Polres Lebak"], None, "kapolda", "Kapolda Banten", None, "2024-10-04", 1),
      (["Polres Pandeglang"], None, "kapolda", "Kapolda Banten", None, "2024-10-04", 2),
      (["Polres Cilegon"], None, "kapolda", "Kapolda Banten", None, "2024-10-04", 3),
     ]),
    ("a Polres and its Satreskrim listed, a Kejari beside",
     None,
     "GRESIK - Bupati Gresik memberikan penghargaan kepada Polres Gresik, Satreskrim Polres Gresik dan "
     "Kejaksaan Negeri Gresik atas pengungkapan kasus korupsi, Kamis (1/8/2024).",
     "2024-08-02", "received", [
      (["Polres Gresik", "Satreskrim Polres Gresik"],
       None, "regional_government", "Bupati Gresik", None, "2024-08-01", None),
     ]),

]  # fmt: skip


def _award_placed(got: list[dict], units: list[str], placement: int | None) -> dict:
    wanted = {canonical_unit_name(u) for u in units}
    found = [
        a for a in got if {canonical_unit_name(u) for u in a["recipients"]} == wanted and a["placement"] == placement
    ]
    assert found, [(a["recipients"], a["placement"]) for a in got]
    return found[0]


@pytest.mark.parametrize("construction, title, text, day, role, awards", MANY_WINNERS, ids=[r[0] for r in MANY_WINNERS])
def test_many_winners_listed(construction, title, text, day, role, awards):
    assert classify_award_role(title, text).award_role == role
    if role != "received":
        return
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    for units, officer, kind, giver, year, event_day, placement in awards:
        award = _award_placed(got, units, placement)
        assert (award["officer"], award["category"], award["year"], award["event_date"]) == (
            officer,
            kind,
            year,
            event_day,
        )
        assert shares_words(giver, award["giver"]), award["giver"]


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("Ombudsman RI Perwakilan Bali menyerahkan predikat zona hijau kepada Polresta Denpasar dan Polres Badung.",
         "received"),
        ("Kemenpan-RB menetapkan Polsek Kuta sebagai satuan kerja berpredikat WBBM tahun ini.", "received"),
        ("Komisi Informasi Provinsi Riau memberikan predikat badan publik informatif kepada Polres Siak.", "received"),
        ("Ombudsman memberikan predikat zona kuning kepada Polres Seruyan.", None),
        ("Tim penilai memberikan predikat cukup kepada Polres Sambas.", None),
    ],
)  # fmt: skip
def test_a_public_service_grade_handed_over_is_an_award(sentence, role):
    assert sentence_role(sentence) == role


# The places of a contest whose name and year the story says apart from its places.
CONTEST_NAMED_ONCE = [
    # construction, text, (recipient, year) of each place
    ("the winners announced, then each place after a colon",
     "Polda Jambi mengumumkan pemenang Lomba Polisi Pi Ai tahun 2022. Juara I: Polres Bungo; Juara II: Polres Merangin.",
     [("Polres Bungo", 2022), ("Polres Merangin", 2022)]),
    ("those who took part, then who came first and second",
     "Sebanyak sembilan polres mengikuti kejuaraan tembak Kapolda Kalsel Cup 2023. Polres Tabalong menjadi juara "
     "pertama, sedangkan Polres Balangan juara kedua.",
     [("Polres Tabalong", 2023), ("Polres Balangan", 2023)]),
    ("the contest's level before its year",
     "Polda Maluku menggelar lomba Bhabinkamtibmas Kreatif tingkat Polda Maluku tahun 2025. Peringkat pertama diraih "
     "Polres Buru dan peringkat kedua Polres Seram Bagian Barat.",
     [("Polres Buru", 2025), ("Polres Seram Bagian Barat", 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(
    "sentence, years",
    [
        ("Polda Riau menggelar Lomba Polisi Cilik tingkat Polda Riau tahun 2024.", [2024]),
        ("Sebanyak 20 tim mengikuti Kejuaraan Menembak se-Jawa Tengah 2023 dan Kapolda Cup 2024.", [2023, 2024]),
        ("Personel Polres Buru mengamankan Turnamen Sepak Bola Piala Bupati 2023.", []),
        ("Polres Buru meraih penghargaan atas pengamanan Festival Teluk Kayeli 2022.", []),
    ],
)
def test_a_contest_named_with_its_year(sentence, years):
    assert list(years_of(sentence, CONTEST_EDITION)) == years


@pytest.mark.parametrize("construction, text, places", CONTEST_NAMED_ONCE, ids=[r[0] for r in CONTEST_NAMED_ONCE])
def test_places_of_a_contest_named_apart_share_its_year(construction, text, places):
    got = {canonical_unit_name(u): a["year"] for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u): year for u, year in places}


# "masing-masing juara I, II dan III Lomba X": places said by their number after the first, the contest after the last.
PLACES_SAID_RESPECTIVELY = [
    # construction, text, (recipient, placement, title) of each award
    ("bare roman places after the first",
     "Polres Sambas, Polres Bengkayang dan Polres Landak masing-masing meraih juara I, II dan III Lomba Inovasi "
     "Bhabinkamtibmas.",
     [("Polres Sambas", 1, "juara I Lomba Inovasi Bhabinkamtibmas"),
      ("Polres Bengkayang", 2, "juara II Lomba Inovasi Bhabinkamtibmas"),
      ("Polres Landak", 3, "juara III Lomba Inovasi Bhabinkamtibmas")]),
    ("ordinal words, the rank word said once",
     "Polsek Wates dan Polsek Sentolo masing-masing menempati peringkat kedua dan ketiga.",
     [("Polsek Wates", 2, "peringkat kedua"), ("Polsek Sentolo", 3, "peringkat ketiga")]),
    ("the assessing Polda named after the places is none of the units",
     "Polres Lebak, Polres Serang dan Polres Cilegon masing-masing menempati peringkat pertama, kedua dan ketiga "
     "dalam penilaian kinerja humas Polda Banten.",
     [("Polres Lebak", 1, "peringkat pertama"), ("Polres Serang", 2, "peringkat kedua"),
      ("Polres Cilegon", 3, "peringkat ketiga")]),
    ("each place with its rank word, the contest after the last",
     "Polres Sinjai dan Polres Bantaeng masing-masing juara 1 dan juara 2 lomba kebersihan markas.",
     [("Polres Sinjai", 1, "juara 1 lomba kebersihan markas"), ("Polres Bantaeng", 2, "juara 2 lomba kebersihan markas")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", PLACES_SAID_RESPECTIVELY, ids=[r[0] for r in PLACES_SAID_RESPECTIVELY]
)
def test_places_said_respectively(construction, text, places):
    got = sorted(
        (canonical_unit_name(a["recipients"][0]), a["placement"], a["title"]) for a in extract_awards(None, text)
    )
    assert got == sorted((canonical_unit_name(u), p, t) for u, p, t in places)


# "Juara I kategori polres diraih Polres X; juara II Polres Y": the first place's category said before its winner.
PLACES_WITH_CATEGORY_BEFORE_WINNER = [
    # construction, text, (recipient, placement, title) of each award
    ("semicolons between places, the category on the first",
     "Hasil lomba diumumkan Kapolda. Juara I kategori polsek diraih Polsek Mapanget; juara II Polsek Wenang; juara III "
     "Polsek Tikala.",
     [("Polsek Mapanget", 1, "Juara I kategori polsek"), ("Polsek Wenang", 2, "juara II kategori polsek"),
      ("Polsek Tikala", 3, "juara III kategori polsek")]),
    ("a category of two words before ditempati, commas between places",
     "Dalam penilaian itu, peringkat 1 kategori polres tipe B ditempati Polres Bitung, peringkat 2 Polres Minahasa "
     "Utara.",
     [("Polres Bitung", 1, "peringkat 1 kategori polres tipe B"),
      ("Polres Minahasa Utara", 2, "peringkat 2 kategori polres tipe B")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places",
    PLACES_WITH_CATEGORY_BEFORE_WINNER,
    ids=[r[0] for r in PLACES_WITH_CATEGORY_BEFORE_WINNER],
)
def test_places_with_a_category_before_the_winner(construction, text, places):
    got = sorted(
        (canonical_unit_name(a["recipients"][0]), a["placement"], a["title"]) for a in extract_awards(None, text)
    )
    assert got == sorted((canonical_unit_name(u), p, t) for u, p, t in places)


# Officers listed right after "kepada", each named by rank and name and then given his unit: an award each.
OFFICERS_AFTER_KEPADA = [
    # construction, text, (recipients, officer) of each award, in order
    ("units in brackets after the names",
     "Kapolres Kebumen memberikan piagam kepada Bripka Sutrisno (Polsek Gombong), Briptu Ani Lestari (Satlantas "
     "Polres Kebumen) dan Aipda Warsito (Satsamapta Polres Kebumen).",
     [(["Polsek Gombong"], "Sutrisno"), (["Satlantas Polres Kebumen"], "Ani Lestari"),
      (["Satsamapta Polres Kebumen"], "Warsito")]),
    ("posts and their Polres after commas",
     "Bupati Banyumas menyerahkan penghargaan kepada Aiptu Kardi, Bhabinkamtibmas Polsek Sumbang Polresta Banyumas, "
     "dan Bripka Tono Sugiarto, Bhabinkamtibmas Polsek Kembaran Polresta Banyumas, atas pembinaan warga.",
     [(["Polsek Sumbang"], "Kardi"), (["Polsek Kembaran"], "Tono Sugiarto")]),
    ("chiefs of one resort and its sections take the resort's award",
     "Komnas HAM memberikan penghargaan kepada Kapolres Jepara AKBP Rudi Susanto beserta Kasat Reskrim Polres Jepara "
     "AKP Dimas Arya di Mapolres Jepara.",
     [(["Polres Jepara"], "Rudi Susanto")]),
    ("two officers of one unit share its award",
     "Bupati Pati memberikan penghargaan kepada Bripka Agus Salim dan Briptu Joko Susilo dari Satlantas Polresta Pati.",
     [(["Satlantas Polresta Pati"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, people", OFFICERS_AFTER_KEPADA, ids=[r[0] for r in OFFICERS_AFTER_KEPADA])
def test_officers_listed_after_kepada_with_their_units(construction, text, people):
    got = [([canonical_unit_name(u) for u in a["recipients"]], a["officer"]) for a in extract_awards(None, text)]
    assert got == [([canonical_unit_name(u) for u in units], officer) for units, officer in people]


# A place won by an officer ("Juara I diraih Aipda X dari Polsek Y"): he is that place's officer.
PLACES_WON_BY_OFFICERS = [
    # construction, text, (recipient, placement, officer) of each award
    ("two places, each diraih by an officer with his Polsek",
     "Kapolres Magelang memberikan penghargaan Bhabinkamtibmas terbaik. Juara I diraih Aipda Suyono dari Polsek "
     "Mertoyudan, sedangkan juara II diraih Bripka Heru Wibowo dari Polsek Secang.",
     [("Polsek Mertoyudan", 1, "Suyono"), ("Polsek Secang", 2, "Heru Wibowo")]),
    ("one place diraih oleh an officer of a section",
     "Dalam lomba menembak Kapolda Cup, juara pertama diraih oleh Ipda Rina Astuti dari Satsamapta Polres Kendal.",
     [("Satsamapta Polres Kendal", 1, "Rina Astuti")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", PLACES_WON_BY_OFFICERS, ids=[r[0] for r in PLACES_WON_BY_OFFICERS]
)
def test_a_place_won_by_an_officer_is_his(construction, text, places):
    got = sorted(
        (canonical_unit_name(a["recipients"][0]), a["placement"], a["officer"]) for a in extract_awards(None, text)
    )
    assert got == sorted((canonical_unit_name(u), p, o) for u, p, o in places)


# A parent listed before its own sub-unit, the sub-unit repeating its name: both are items of the list.
PARENT_THEN_ITS_SUBUNIT = [
    # construction, text, every recipient unit
    ("a Polres, its Satlantas, then a Dishub",
     "Polres Brebes, Satlantas Polres Brebes dan Dishub Brebes menerima penghargaan dari Bupati Brebes.",
     ["Polres Brebes", "Satlantas Polres Brebes"]),
    ("a Polda and its directorate after a comma",
     "Gubernur Bengkulu memberikan piagam kepada Polda Bengkulu, Ditlantas Polda Bengkulu atas kelancaran mudik.",
     ["Polda Bengkulu", "Ditlantas Polda Bengkulu"]),
    ("a sub-unit and its address after it: the address is no recipient",
     "Satlantas Polres Brebes, Polda Jawa Tengah, menerima penghargaan dari Bupati Brebes.",
     ["Satlantas Polres Brebes"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units", PARENT_THEN_ITS_SUBUNIT, ids=[r[0] for r in PARENT_THEN_ITS_SUBUNIT]
)
def test_a_parent_listed_before_its_subunit(construction, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


# A category named by a unit type alone, then a colon: "Kategori polresta: Polresta X. Kategori polres: Polres Y."
CATEGORY_BY_TYPE_THEN_COLON = [
    # construction, text, the recipients of each award
    ("a sentence for each category",
     "Polda Jawa Timur memberikan penghargaan pelayanan terbaik. Kategori polresta: Polresta Malang Kota. Kategori "
     "polres: Polres Lamongan. Kategori polsek: Polsek Wonokromo.",
     [["Polresta Malang Kota"], ["Polres Lamongan"], ["Polsek Wonokromo"]]),
    ("categories after semicolons in one sentence",
     "Penerimanya, kategori polres: Polres Lamongan dan Polres Tuban; kategori polsek: Polsek Babat.",
     [["Polres Lamongan", "Polres Tuban"], ["Polsek Babat"]]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, awards", CATEGORY_BY_TYPE_THEN_COLON, ids=[r[0] for r in CATEGORY_BY_TYPE_THEN_COLON]
)
def test_a_category_named_by_a_unit_type_then_a_colon(construction, text, awards):
    got = sorted(sorted(canonical_unit_name(u) for u in a["recipients"]) for a in extract_awards(None, text))
    assert got == sorted(sorted(canonical_unit_name(u) for u in units) for units in awards)


# Officers named first, then the places each won "masing-masing", in the same order.
OFFICERS_PLACED_RESPECTIVELY = [
    # construction, text, (placement, officer) of each award
    ("two members in apposition, places by roman numerals",
     "Dua personel Polres Klaten, Bripka Eko Santoso dan Briptu Lina Marlina, masing-masing meraih juara I dan juara II "
     "lomba pidato Hari Bhayangkara.",
     [(1, "Eko Santoso"), (2, "Lina Marlina")]),
    ("names before their unit, places in falling order",
     "Aipda Made Sudana dan Bripka Nyoman Arta dari Polres Gianyar masing-masing menjadi juara 3 dan juara 2 lomba "
     "lari.",
     [(3, "Made Sudana"), (2, "Nyoman Arta")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", OFFICERS_PLACED_RESPECTIVELY, ids=[r[0] for r in OFFICERS_PLACED_RESPECTIVELY]
)
def test_officers_placed_respectively(construction, text, places):
    assert sorted((a["placement"], a["officer"]) for a in extract_awards(None, text)) == sorted(places)


# -- who is honoured when the police honour people outside Polri: passages written apart from the evaluation stories --
# Polri chiefs, units and directorates honouring citizens, journalists, soldiers, Satpam, Linmas, village heads,
# companies, clerics, public bodies, police wives, Pocil and retired officers (given); ceremonies honouring Polri units
# beside civilians or soldiers, where only the units receive (received); and awards promised, put on a later day,
# recalled, or given by a regent to someone who helped the police (none). Rows as in BREADTH.
POLICE_HONOUR_OTHERS = [
    ('Kapolres hands piagam to citizens who caught a thief, Polres and Polsek named',
     'Kapolres Kulon Progo Beri Penghargaan Warga Penangkap Pencuri Motor',
     'KULON PROGO - Kapolres Kulon Progo AKBP Wisnu Hartanto menyerahkan piagam penghargaan kepada dua '
     'warga Desa Sentolo yang membantu menangkap pelaku pencurian sepeda motor. Penyerahan berlangsung '
     'saat apel pagi di halaman Mapolres Kulon Progo, Senin (15/1/2024). Kedua warga tersebut, Suparjo '
     '(45) dan Rahmat Hidayat (38), mengejar pelaku hingga ke persawahan sebelum menyerahkannya kepada '
     'anggota Polsek Sentolo. "Keberanian warga seperti ini patut kita apresiasi. Polres Kulon Progo tidak'
     ' bisa bekerja sendiri menjaga keamanan," ujar AKBP Wisnu. Kasat Reskrim Polres Kulon Progo AKP Bagus'
     ' Santoso menambahkan, pelaku kini ditahan di Mapolres untuk penyidikan lebih lanjut.',
     '2024-01-15', 'given', []),
    ('Kapolda honours journalists, Bidhumas chose them',
     None,
     'PEKANBARU - Kapolda Riau Irjen Pol Hadi Santoso memberikan penghargaan kepada lima wartawan yang '
     'dinilai konsisten menyajikan berita yang menyejukkan selama tahapan Pilkada 2024. Penghargaan '
     'diserahkan di Gedung Tribrata Mapolda Riau, Selasa (20/2/2024), dalam rangkaian peringatan Hari Pers'
     ' Nasional. Kabid Humas Polda Riau Kombes Pol Nanang Prasetyo mengatakan, para penerima dipilih '
     'melalui penilaian tim Bidhumas atas karya jurnalistik selama setahun terakhir. "Rekan-rekan media '
     'adalah mitra strategis Polda Riau," kata Kapolda. Di antara penerima terdapat jurnalis Riau Pos, '
     'Tribun Pekanbaru dan RRI Pekanbaru.',
     '2024-02-20', 'given', []),
    ('Kapolres honours three soldiers of a Kodim, the Dandim watches',
     'Bantu Evakuasi Korban Banjir, Tiga Prajurit Kodim Diganjar Penghargaan Kapolres Sikka',
     'MAUMERE - Kapolres Sikka AKBP Daniel Sitorus memberikan penghargaan kepada tiga prajurit Kodim '
     '1603/Sikka yang membantu evakuasi korban banjir bandang di Kecamatan Magepanda. Ketiganya ialah '
     'Serda Yohanes Mite, Pratu Kornelis Wula dan Prada Agus Riwu. Piagam diserahkan di Aula Mapolres '
     'Sikka, Selasa (12/3/2024), disaksikan Dandim 1603/Sikka Letkol Inf Ahmad Fauzi. "Sinergi TNI-Polri '
     'di Sikka terbukti nyata di lapangan," ujar Kapolres. Dandim mengucapkan terima kasih atas apresiasi '
     'Polres Sikka kepada anggotanya.',
     '2024-03-12', 'given', []),
    ("a Polda's Ditbinmas honours Satpam, its director hands over",
     None,
     'SEMARANG - Ditbinmas Polda Jawa Tengah memberikan penghargaan kepada 12 anggota Satuan Pengamanan '
     '(Satpam) berprestasi dalam kegiatan pembinaan Satpam di Semarang, Kamis (25/4/2024). Para Satpam itu'
     ' dinilai berhasil menggagalkan tindak kejahatan di lingkungan kerja masing-masing, antara lain '
     'perampokan minimarket di Ungaran dan pencurian kabel di kawasan industri Kendal. Penghargaan '
     'diserahkan Dirbinmas Polda Jateng Kombes Pol Yusuf Pranoto. "Satpam adalah mitra Polri dalam '
     'pengamanan swakarsa," ujarnya. Ia berharap para Satpam terus berkoordinasi dengan Polsek dan Polres '
     'setempat.',
     '2024-04-25', 'given', []),
    ('Kapolsek honours a schoolboy who returned a wallet',
     'Kembalikan Dompet Berisi Rp 5 Juta, Pelajar SMP Diberi Penghargaan Kapolsek',
     'JAKARTA - Kapolsek Tanjung Priok Kompol Arief Wibowo memberikan penghargaan kepada seorang pelajar '
     'SMP, Dimas Saputra (14), yang mengembalikan dompet berisi uang Rp 5 juta milik seorang pedagang. '
     'Dimas menemukan dompet tersebut di dekat Pasar Koja lalu menyerahkannya ke Mapolsek Tanjung Priok. '
     'Penghargaan berupa piagam dan tabungan pendidikan diserahkan di Mapolsek, Rabu (8/5/2024). '
     '"Kejujuran Dimas patut jadi teladan," kata Kompol Arief. Pemilik dompet, Sarmini, mengaku terharu '
     'dan berterima kasih kepada Polsek Tanjung Priok.',
     '2024-05-08', 'given', []),
    ('a Polres honours village heads for drug-free villages, Kasat speaks',
     None,
     'LAMONGAN - Polres Lamongan memberikan penghargaan kepada lima kepala desa yang dinilai berhasil '
     'membina kampung tangguh bebas narkoba. Penghargaan diserahkan langsung oleh Kapolres Lamongan AKBP '
     'Bambang Setiawan dalam acara Jumat Curhat di Pendopo Kecamatan Babat, Jumat (14/6/2024). Kasat '
     'Resnarkoba Polres Lamongan AKP Hendro Wijoyo menyebut kelima desa itu rutin menggelar penyuluhan '
     'bersama Bhabinkamtibmas. "Kepala desa adalah ujung tombak pencegahan narkoba," ujar Kapolres. Hadir '
     'pula para Kapolsek jajaran Polres Lamongan.',
     '2024-06-14', 'given', []),
    ('a Satlantas honours ojol drivers, its Kasat hands over',
     'Satlantas Polrestabes Bandung Apresiasi Tujuh Pengemudi Ojol',
     'BANDUNG - Satlantas Polrestabes Bandung memberikan penghargaan kepada tujuh pengemudi ojek online '
     'yang membantu mengurai kemacetan dan menolong korban kecelakaan di Jalan Soekarno-Hatta. Penghargaan'
     ' diserahkan Kasat Lantas Polrestabes Bandung AKBP Rizal Maulana di Mapolrestabes Bandung, Senin '
     '(1/7/2024). "Mereka sigap membantu petugas kami di lapangan," kata Rizal. Para pengemudi juga '
     'menerima helm dan rompi reflektor. Kapolrestabes Bandung Kombes Pol Budi Sartono mengapresiasi '
     'kepedulian komunitas ojol terhadap keselamatan berlalu lintas.',
     '2024-07-01', 'given', []),
    ("Kapolresta honours a city's firefighters",
     None,
     'PONTIANAK - Kapolresta Pontianak Kombes Pol Anton Wijaya menyerahkan penghargaan kepada petugas '
     'Dinas Pemadam Kebakaran dan Penyelamatan Kota Pontianak atas keberhasilan memadamkan kebakaran Pasar'
     ' Flamboyan tanpa korban jiwa. Penyerahan dilakukan di Mapolresta Pontianak, Selasa (23/7/2024). '
     'Sebanyak 15 petugas damkar menerima piagam penghargaan. Kapolresta menyebut kecepatan respons damkar'
     ' membantu Polresta Pontianak mengamankan lokasi dan menyelidiki penyebab kebakaran. Kepala Dinas '
     'Damkar Kota Pontianak, Yusri Hamdani, berterima kasih atas penghargaan tersebut.',
     '2024-07-23', 'given', []),
    ('Kapolres honours Linmas after an election',
     None,
     'MAGELANG - Usai Pilkada Serentak 2024, Kapolres Magelang AKBP Heri Susanto memberikan penghargaan '
     'kepada 20 anggota Satuan Perlindungan Masyarakat (Linmas) yang bertugas di TPS rawan. Penghargaan '
     'diserahkan di Gedung Bhayangkara Mapolres Magelang, Senin (2/12/2024). "Linmas berperan besar '
     'membantu Polres Magelang menjaga TPS tetap kondusif," kata Heri. Para anggota Linmas itu berasal '
     'dari Kecamatan Borobudur, Mungkid dan Salaman.',
     '2024-12-02', 'given', []),
    ('Kapolda honours companies, a director receives',
     'Dukung Ketahanan Pangan, Pupuk Kaltim Terima Penghargaan Kapolda',
     'BALIKPAPAN - Kapolda Kalimantan Timur Irjen Pol Rudi Hermawan memberikan penghargaan kepada PT Pupuk'
     ' Kaltim atas dukungan program ketahanan pangan Polda Kaltim. Penghargaan diterima Direktur Utama PT '
     'Pupuk Kaltim, Andi Saputra, di Mapolda Kaltim, Rabu (13/11/2024). Selain itu, Kapolda juga '
     'memberikan piagam kepada Bank Kaltimtara dan PT Pertamina Hulu Mahakam. Menurut Kapolda, dukungan '
     'perusahaan membantu jajaran Polres di Kaltim membuka lahan jagung seluas 300 hektare.',
     '2024-11-13', 'given', []),
    ('a Polres honours clerics and religious leaders, the Wakapolres accompanies',
     None,
     'PAMEKASAN - Polres Pamekasan memberikan penghargaan kepada sejumlah tokoh agama yang aktif menjaga '
     'kondusivitas selama Pemilu 2024. Piagam penghargaan diserahkan Kapolres Pamekasan AKBP Joko Priyono '
     "kepada KH Abdul Hamid, KH Muhammad Syafi'i dan Pendeta Markus Wibowo dalam silaturahmi di Mapolres "
     'Pamekasan, Kamis (25/4/2024). "Para ulama dan tokoh agama adalah penyejuk umat," ujar Kapolres. '
     'Wakapolres Pamekasan Kompol Hariyanto turut mendampingi penyerahan.',
     '2024-04-26', 'given', []),
    ('Kapolda honours the Bhayangkari of his Polda',
     None,
     'MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Andi Rahman memberikan penghargaan kepada Pengurus '
     'Daerah Bhayangkari Sulsel yang menjadi juara umum lomba paduan suara tingkat nasional. Penghargaan '
     'diserahkan dalam apel pagi di Lapangan Mapolda Sulsel, Senin (19/8/2024). Ketua Bhayangkari Daerah '
     'Sulsel, Ny. Rina Andi Rahman, menerima penghargaan tersebut. Kapolda berharap prestasi Bhayangkari '
     'menjadi penyemangat seluruh personel Polda Sulsel.',
     '2024-08-19', 'given', []),
    ("a Polres's Pocil team receives from its Kapolres",
     'Juara Lomba Pocil Tingkat Polda, Tim Pocil Polres Klaten Diapresiasi Kapolres',
     'KLATEN - Tim Polisi Cilik (Pocil) Polres Klaten menerima penghargaan dari Kapolres Klaten AKBP Eko '
     'Prasetyo setelah menjuarai lomba Pocil tingkat Polda Jawa Tengah. Penghargaan diserahkan di Mapolres'
     ' Klaten, Kamis (5/9/2024). Tim yang beranggotakan 30 siswa SD Negeri 1 Klaten itu dilatih anggota '
     'Sat Binmas Polres Klaten selama tiga bulan. "Anak-anak ini membanggakan Polres Klaten," kata '
     'Kapolres.',
     '2024-09-05', 'given', []),
    ('a Polres honours retired officers on Hari Bhayangkara',
     None,
     'BIMA - Dalam rangka Hari Bhayangkara ke-78, Polres Bima Kota memberikan penghargaan kepada para '
     'purnawirawan Polri yang pernah bertugas di wilayah Bima. Piagam diserahkan Kapolres Bima Kota AKBP '
     'Yudha Pratama kepada 15 purnawirawan di Aula Mapolres Bima Kota, Senin (1/7/2024). Di antara '
     'penerima adalah AKBP (Purn) Haji Usman, mantan Kapolres Bima. "Pengabdian para senior adalah fondasi'
     ' Polres Bima Kota hari ini," ujar Kapolres.',
     '2024-07-02', 'given', []),
    ("a Polres honours a prosecutor's office, a court and a Dinas",
     None,
     'MARTAPURA - Kapolres Banjar AKBP Wahyu Nugroho menyerahkan penghargaan kepada Kejaksaan Negeri '
     'Banjar atas sinergi penanganan perkara tindak pidana korupsi. Piagam diterima Kepala Kejari Banjar, '
     'Muhammad Ilham, di Mapolres Banjar, Rabu (18/12/2024). Selain Kejari, Polres Banjar juga memberikan '
     'penghargaan kepada Pengadilan Negeri Martapura dan Dinas Kesehatan Kabupaten Banjar. "Sinergi '
     'antarlembaga membuat penanganan perkara di Polres Banjar berjalan cepat," kata Kapolres.',
     '2024-12-18', 'given', []),
    ('a Polda honours a Pemkab and its BPBD, the Wakapolda hands over',
     None,
     'MATARAM - Polda Nusa Tenggara Barat memberikan penghargaan kepada Pemerintah Kabupaten Lombok Tengah'
     ' dan BPBD Lombok Tengah atas dukungan pengamanan ajang balap internasional di Sirkuit Mandalika. '
     'Penghargaan diserahkan Wakapolda NTB Brigjen Pol Ahmad Yani kepada Bupati Lombok Tengah dan Kepala '
     'Pelaksana BPBD Lombok Tengah di Mapolda NTB, Kamis (9/1/2025). Wakapolda menyebut koordinasi Pemkab,'
     ' BPBD dan Polres Lombok Tengah berjalan baik selama pengamanan.',
     '2025-01-09', 'given', []),
    ('a Ditlantas honours a Dishub and Jasa Raharja after an operation',
     None,
     'MEDAN - Ditlantas Polda Sumatera Utara memberikan penghargaan kepada Dinas Perhubungan Kota Medan '
     'dan Jasa Raharja Cabang Sumatera Utara atas dukungan selama Operasi Lilin Toba 2024. Penghargaan '
     'diserahkan Dirlantas Polda Sumut Kombes Pol Ridwan Siregar di Mapolda Sumut, Selasa (4/2/2025). '
     'Dirlantas mengatakan angka kecelakaan selama operasi turun 20 persen dibanding tahun sebelumnya.',
     '2025-02-04', 'given', []),
    ('the head of a Dinas receives from a Kapolres (civilian body as subject of menerima)',
     None,
     'KENDARI - Kepala Dinas Kesehatan Kota Kendari, dr Rahmawati, menerima penghargaan dari Kapolresta '
     'Kendari Kombes Pol Eko Widodo atas dukungan tenaga kesehatan selama pengamanan Pilkada 2024. '
     'Penghargaan diserahkan di Mapolresta Kendari, Senin (20/1/2025). Menurut Kapolresta, tim kesehatan '
     'Dinkes bersiaga di setiap pos pengamanan Polresta Kendari. Rahmawati berharap kerja sama dengan '
     'Polresta terus berlanjut.',
     '2025-01-20', 'given', []),
    ('a village head receives a piagam from a Polres, subject first',
     'Kades Sumberrejo Terima Penghargaan dari Polres Blitar',
     'BLITAR - Kepala Desa Sumberrejo, Kecamatan Kademangan, Suyitno, menerima piagam penghargaan dari '
     'Polres Blitar atas keberhasilan desanya menekan angka kriminalitas hingga nol kasus selama setahun. '
     'Piagam diserahkan Kapolres Blitar AKBP Arif Setiawan di Mapolres Blitar, Rabu (26/2/2025). Kapolsek '
     'Kademangan AKP Slamet Riyadi turut hadir. "Ini berkat ronda malam yang kami hidupkan lagi," kata '
     'Suyitno.',
     '2025-02-26', 'given', []),
    ('Kapolri honours citizens and influencers at Mabes',
     None,
     'JAKARTA - Kapolri Jenderal Pol Listyo Sigit Prabowo memberikan penghargaan kepada sepuluh warga dan '
     'pegiat media sosial yang membantu Polri mengungkap kasus penipuan daring. Penghargaan diserahkan di '
     'Gedung Rupatama Mabes Polri, Jakarta Selatan, Rabu (5/3/2025). Kadiv Humas Polri Irjen Pol Sandi '
     'Nugroho mengatakan laporan warga mempercepat kerja Bareskrim Polri dan Polda Metro Jaya. "Polri '
     'terbuka atas partisipasi publik," ujar Kapolri.',
     '2025-03-05', 'given', []),
    ('a Ditbinmas contest: students win a video contest',
     None,
     'SURABAYA - Ditbinmas Polda Jawa Timur mengumumkan dan menyerahkan hadiah kepada pemenang lomba video'
     ' pendek antiperundungan tingkat SMA se-Jawa Timur, Selasa (20/5/2025). Juara pertama diraih SMA '
     'Negeri 5 Surabaya, juara kedua SMA Negeri 1 Jember dan juara ketiga SMAN 2 Madiun. Hadiah diserahkan'
     ' Wakapolda Jatim Brigjen Pol Ruli Harahap. Ia berharap para pelajar menjadi agen pencegahan '
     'perundungan di sekolah masing-masing.',
     '2025-05-20', 'given', []),
    ('a Ditpolairud honours fishermen who rescued shipwreck victims',
     None,
     'AMBON - Ditpolairud Polda Maluku memberikan penghargaan kepada enam nelayan Desa Latuhalat yang '
     'menyelamatkan penumpang kapal motor yang tenggelam di perairan Teluk Ambon. Penghargaan diserahkan '
     'Dirpolairud Polda Maluku Kombes Pol Samuel Pattiasina di Dermaga Mako Ditpolairud, Selasa '
     '(24/6/2025). Para nelayan tiba lebih dulu sebelum kapal patroli Polairud dan Basarnas. "Tanpa mereka'
     ' korban bisa bertambah," ujar Samuel.',
     '2025-06-24', 'given', []),
    ('Kapolda honours a Korem, the Danrem receives',
     None,
     'BANDAR LAMPUNG - Kapolda Lampung Irjen Pol Helmi Yusuf memberikan penghargaan kepada Korem '
     '043/Garuda Hitam atas dukungan pengamanan Pilkada Serentak 2024 di Lampung. Penghargaan diterima '
     'Danrem 043/Garuda Hitam Brigjen TNI Rizal Fahmi di Mapolda Lampung, Selasa (5/8/2025). Kapolda '
     'menyebut sinergi TNI-Polri membuat seluruh tahapan berjalan aman.',
     '2025-08-05', 'given', []),
    ("Kapolres honours officers' children for school results",
     None,
     'WONOGIRI - Kapolres Wonogiri AKBP Dimas Prakoso memberikan penghargaan kepada 12 putra-putri '
     'personel Polres Wonogiri yang berprestasi di bidang akademik dan olahraga. Penghargaan diserahkan '
     'dalam upacara di Lapangan Mapolres Wonogiri, Rabu (17/9/2025). "Keberhasilan anak adalah kebanggaan '
     'keluarga besar Polres Wonogiri," ujarnya.',
     '2025-09-17', 'given', []),
    ('Kapolres honours Saka Bhayangkara scouts',
     None,
     'KUDUS - Polres Kudus memberikan penghargaan kepada anggota Pramuka Saka Bhayangkara yang membantu '
     'pengaturan lalu lintas selama arus mudik Lebaran. Piagam diserahkan Kapolres Kudus AKBP Ronald '
     'Tambunan kepada 25 anggota Saka Bhayangkara di Mapolres Kudus, Kamis (10/4/2025). Mereka bertugas di'
     ' pos pelayanan bersama personel Satlantas Polres Kudus.',
     '2025-04-10', 'given', []),
    ('Kapolda honours a Satreskrim and two citizens, the Kasat accepts for his men',
     None,
     'MEDAN - Kapolda Sumatera Utara Irjen Pol Wahyu Santoso memberikan penghargaan kepada personel '
     'Satreskrim Polrestabes Medan dan dua warga yang membantu penangkapan pelaku begal di Medan Johor. '
     'Penghargaan diserahkan dalam upacara di Lapangan KS Tubun Mapolda Sumut, Senin (17/3/2025). Kedua '
     'warga, Ridho Lubis dan Ahmad Nasution, mengejar pelaku bersama petugas hingga tertangkap. "Ini bukti'
     ' kolaborasi polisi dan masyarakat," ujar Kapolda. Kasat Reskrim Polrestabes Medan AKBP Johan Sinaga '
     'mewakili personelnya menerima piagam.',
     '2025-03-17', 'received', [
      (['Satreskrim Polrestabes Medan'], 'Johan Sinaga', 'kapolda', 'Kapolda Sumatera Utara', None, '2025-03-17'),
     ]),
    ("Kapolres honours a Polsek's Unit Reskrim and a campus guard, the Kapolsek accepts",
     None,
     'SLEMAN - Kapolres Sleman AKBP Yuswanto memberikan penghargaan kepada anggota Unit Reskrim Polsek '
     'Depok Barat dan seorang Satpam kampus yang menggagalkan pencurian laptop di asrama mahasiswa. '
     'Penghargaan diserahkan saat apel pagi di Mapolres Sleman, Selasa (22/4/2025). Satpam bernama Wahyudi'
     ' (41) itu sempat bergulat dengan pelaku sebelum petugas Polsek Depok Barat tiba. Kapolsek Depok '
     'Barat Kompol Sutrisno menerima piagam untuk anggotanya.',
     '2025-04-22', 'received', [
      (['Polsek Depok Barat'], 'Sutrisno', 'other', 'Kapolres Sleman', None, '2025-04-22'),
     ]),
    ('Hari Bhayangkara: internal sub-units and external partners honoured',
     'Peringati Hari Bhayangkara, Kapolres Jombang Beri Penghargaan Personel dan Mitra',
     'JOMBANG - Pada upacara peringatan Hari Bhayangkara ke-79 di Lapangan Mapolres Jombang, Selasa '
     '(1/7/2025), Kapolres Jombang AKBP Ardi Kurniawan memberikan penghargaan kepada personel berprestasi '
     'dan mitra Polri. Penerima dari internal adalah Satresnarkoba Polres Jombang atas pengungkapan '
     'peredaran 2 kilogram sabu, serta Polsek Ploso atas penanganan konflik antarkampung. Dari unsur '
     'eksternal, penghargaan diberikan kepada Kepala Desa Rejoagung, seorang guru ngaji dan komunitas '
     'relawan bencana Jombang. "Keberhasilan ini kerja bersama," ucap Kapolres.',
     '2025-07-01', 'received', [
      (['Satresnarkoba Polres Jombang', 'Polsek Ploso'], None, 'other', 'Kapolres Jombang', None, '2025-07-01'),
     ]),
    ('joint apel: the Kapolda honours Brimob and a Polres, the Pangdam his soldiers',
     None,
     'JAYAPURA - Kapolda Papua Irjen Pol Mathius Wenda memberikan penghargaan kepada personel Satbrimob '
     'Polda Papua dan Polres Nduga yang terlibat dalam operasi pembebasan sandera di Kabupaten Nduga. '
     'Sementara itu, Pangdam XVII/Cenderawasih Mayjen TNI Hendra Gunawan memberikan penghargaan kepada '
     'prajurit Yonif 751/Raider. Penghargaan diserahkan dalam apel gabungan TNI-Polri di Lapangan Makodam '
     'XVII/Cenderawasih, Kamis (15/5/2025). "Sinergi TNI-Polri menjadi kunci keberhasilan," kata Kapolda.',
     '2025-05-15', 'received', [
      (['Satbrimob Polda Papua', 'Polres Nduga'], None, 'kapolda', 'Kapolda Papua', None, '2025-05-15'),
     ]),
    ("a Kodim and a Polres honour each other's men",
     None,
     'KEBUMEN - Kodim 0709/Kebumen dan Polres Kebumen saling memberikan penghargaan kepada personel yang '
     'bertugas dalam pengamanan arus mudik Lebaran 2025. Dandim 0709/Kebumen Letkol Inf Rudi Hartono '
     'menyerahkan piagam kepada 10 personel Satlantas Polres Kebumen, sedangkan Kapolres Kebumen AKBP Dwi '
     'Santoso memberikan piagam kepada 10 prajurit Kodim. Penyerahan berlangsung di Alun-alun Kebumen, '
     'Selasa (15/4/2025). Keduanya sepakat menjaga sinergi di lapangan.',
     '2025-04-15', 'received', [
      (['Satlantas Polres Kebumen'], None, 'other', 'Dandim 0709/Kebumen', None, '2025-04-15'),
     ]),
    ('Kapolsek honours his Bhabinkamtibmas and the village head together',
     None,
     'SUKABUMI - Kapolsek Cibadak AKP Yusuf Rahman memberikan penghargaan kepada Bhabinkamtibmas Desa '
     'Sekarwangi Aipda Deni Kurniawan dan Kepala Desa Sekarwangi atas keberhasilan memediasi sengketa '
     'lahan warga. Penghargaan diserahkan di Mapolsek Cibadak, Kabupaten Sukabumi, Rabu (11/6/2025). '
     'Menurut Kapolsek, mediasi itu mencegah bentrok antarwarga yang sempat memanas.',
     '2025-06-11', 'received', [
      (['Polsek Cibadak'], 'Deni Kurniawan', 'other', 'Kapolsek Cibadak', None, '2025-06-11'),
     ]),
    ('a Ditresnarkoba honours two Satresnarkoba and a citizen who reported',
     None,
     'BANDUNG - Ditresnarkoba Polda Jawa Barat memberikan penghargaan kepada Satresnarkoba Polres Karawang'
     ' dan Satresnarkoba Polres Subang serta seorang warga pelapor atas pengungkapan jaringan sabu '
     'antarprovinsi. Penghargaan diserahkan Dirresnarkoba Polda Jabar Kombes Pol Hendra Gunawan di Mapolda'
     ' Jabar, Rabu (3/9/2025). Dari pengungkapan itu polisi menyita 15 kilogram sabu.',
     '2025-09-03', 'received', [
      (['Satresnarkoba Polres Karawang', 'Satresnarkoba Polres Subang'], None, 'kapolda', 'Ditresnarkoba Polda Jawa Barat', None, '2025-09-03'),
     ]),
    ("a Kapolres honours a Babinsa and a Polsek's Bhabinkamtibmas",
     None,
     'TUBAN - Kapolres Tuban AKBP Oskar Simanjuntak memberikan penghargaan kepada Babinsa Koramil Rengel '
     'Serka Joko Susilo dan Bhabinkamtibmas Polsek Rengel Bripka Agus Salim atas keberhasilan menggagalkan'
     ' penyelundupan pupuk bersubsidi. Piagam diserahkan di Mapolres Tuban, Kamis (14/8/2025). "Babinsa '
     'dan Bhabinkamtibmas adalah garda terdepan di desa," ujar Kapolres.',
     '2025-08-14', 'received', [
      (['Polsek Rengel'], 'Agus Salim', 'other', 'Kapolres Tuban', None, '2025-08-14'),
     ]),
    ('a Bupati honours a Polresta and citizens who helped it',
     None,
     'SIDOARJO - Bupati Sidoarjo Subandi memberikan penghargaan kepada Polresta Sidoarjo dan tiga warga '
     'yang membantu pengungkapan kasus pembunuhan di Tanggulangin. Penghargaan untuk Polresta diterima '
     'Kapolresta Sidoarjo Kombes Pol Christian Tobing di Pendopo Delta Wibawa, Senin (28/7/2025). Ketiga '
     'warga memberi keterangan penting yang mengarahkan penyidik ke pelaku.',
     '2025-07-28', 'received', [
      (['Polresta Sidoarjo'], 'Christian Tobing', 'regional_government', 'Bupati Sidoarjo', None, '2025-07-28'),
     ]),
    ('a Kapolres honours his men and also journalists and a driver',
     '15 Personel Polres Tegal Kota Terima Penghargaan',
     'TEGAL - Sebanyak 15 personel Satreskrim Polres Tegal Kota menerima penghargaan dari Kapolres Tegal '
     'Kota AKBP Andika Saputra atas pengungkapan kasus curanmor lintas kabupaten. Selain personel, '
     'penghargaan juga diberikan kepada dua wartawan dan seorang sopir angkot yang membantu menyebarkan '
     'informasi ciri-ciri pelaku. Penyerahan berlangsung di Mapolres Tegal Kota, Rabu (27/8/2025).',
     '2025-08-27', 'received', [
      (['Satreskrim Polres Tegal Kota'], None, 'other', 'Kapolres Tegal Kota', None, '2025-08-27'),
     ]),
    ('a Kapolda honours a Polres, a Pemkab and a company',
     None,
     'PALEMBANG - Kapolda Sumatera Selatan Irjen Pol Andi Rachmat memberikan penghargaan kepada Polres '
     'Musi Banyuasin, Pemerintah Kabupaten Musi Banyuasin dan PT Bukit Asam atas penanganan kebakaran '
     'hutan dan lahan. Penghargaan untuk Polres Musi Banyuasin diterima Kapolres AKBP Rendy Pratama, Kamis'
     ' (25/9/2025). Kapolda menyebut titik api di Muba turun drastis tahun ini.',
     '2025-09-25', 'received', [
      (['Polres Musi Banyuasin'], 'Rendy Pratama', 'kapolda', 'Kapolda Sumatera Selatan', None, '2025-09-25'),
     ]),
    ('a Kapolres honours two PNS Polri of his Polres',
     None,
     'TEBO - Kapolres Tebo AKBP Fadli Ramadhan memberikan penghargaan kepada dua PNS Polri Polres Tebo, '
     'Siti Rahma dan Yuliana, atas ketelitian mengelola administrasi keuangan satuan. Penghargaan '
     'diserahkan saat apel pagi di Mapolres Tebo, Rabu (8/10/2025). Kapolres berharap prestasi itu '
     'memotivasi personel lain.',
     '2025-10-08', 'received', [
      (['Polres Tebo'], None, 'other', 'Kapolres Tebo', None, '2025-10-08'),
     ]),
    ('a Bupati honours a woman who helped the police, the Kapolres watches',
     'Bantu Polisi Tangkap Jambret, Sulastri Diganjar Penghargaan Bupati Gresik',
     'GRESIK - Bupati Gresik Fandi Akhmad memberikan penghargaan kepada Sulastri (52), pedagang sayur yang'
     ' membantu polisi menangkap pelaku penjambretan di Pasar Baru Gresik. Penghargaan diserahkan di '
     'Pendopo Kabupaten Gresik, Senin (28/10/2024), disaksikan Kapolres Gresik AKBP Rovan Richard. '
     'Kapolres mengapresiasi keberanian Sulastri yang menghadang pelaku di pintu pasar. "Polres Gresik '
     'berterima kasih atas kepedulian warga," ujarnya.',
     '2024-10-28', 'none', []),
    ('a Wali Kota honours a parking attendant, the Kapolsek accompanies',
     None,
     'YOGYAKARTA - Wali Kota Yogyakarta menyerahkan penghargaan kepada Bambang Sutejo, juru parkir di '
     'kawasan Malioboro yang membantu anggota Polsek Gondomanan mengamankan pelaku copet. Penyerahan '
     'dilakukan di Balai Kota Yogyakarta, Senin (25/11/2024), didampingi Kapolsek Gondomanan Kompol Budi '
     'Haryanto. Menurut Kapolsek, laporan cepat Bambang membuat pelaku tertangkap kurang dari satu jam.',
     '2024-11-25', 'none', []),
    ('a Kapolres promises a reward to those who report drug dealers',
     None,
     'MAJALENGKA - Kapolres Majalengka AKBP Indra Novianto berjanji akan memberikan penghargaan kepada '
     'warga yang melaporkan peredaran narkoba di lingkungannya. Hal itu disampaikan saat Jumat Curhat di '
     'Kecamatan Jatiwangi. "Identitas pelapor kami jamin kerahasiaannya," kata Kapolres. Satresnarkoba '
     'Polres Majalengka telah mengungkap 40 kasus sepanjang tahun ini.',
     '2024-10-17', 'none', []),
    ('a Kapolda proposes KPLB for three officers',
     'Kapolda Usulkan Kenaikan Pangkat Luar Biasa bagi Tiga Anggota Polres Dompu',
     'MATARAM - Kapolda Nusa Tenggara Barat mengusulkan kenaikan pangkat luar biasa (KPLB) bagi tiga '
     'anggota Satreskrim Polres Dompu yang terluka saat menangkap buronan kasus pembunuhan. Usulan itu '
     'sudah dikirim ke Mabes Polri. "Kami berharap usulan ini disetujui pimpinan," kata Kabid Humas Polda '
     'NTB. Ketiganya kini masih dirawat di RS Bhayangkara Mataram.',
     '2024-09-24', 'none', []),
    ('an award to be handed over next week',
     None,
     'BATAM - Polresta Barelang dipastikan meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) '
     'dari KemenPAN-RB. Rencananya, penghargaan tersebut akan diserahkan pekan depan di Jakarta. '
     'Kapolresta Barelang Kombes Pol Heri Mulyadi mengatakan seluruh personel terus menjaga kualitas '
     'pelayanan. "Predikat ini bukan akhir," ujarnya.',
     '2024-12-10', 'none', []),
    ('a Kapolres announces he will honour a student next Monday',
     None,
     'BANYUWANGI - Kapolresta Banyuwangi Kombes Pol Rama Samtama akan memberikan penghargaan kepada Nanda,'
     ' siswi SMP yang menolong korban tabrak lari di Jalan Gajah Mada. Penghargaan rencananya diserahkan '
     'pada apel Senin pekan depan. Satlantas Polresta Banyuwangi masih memburu pengemudi yang melarikan '
     'diri.',
     '2024-08-29', 'none', []),
    ("a Polres's new service hall, a past WBK recalled",
     None,
     'PURWAKARTA - Kapolres Purwakarta AKBP Lilik Santoso meresmikan gedung pelayanan terpadu SPKT dan '
     'SKCK, Selasa (27/5/2025). Gedung itu dibangun untuk mempercepat layanan bagi warga. Sebelumnya, '
     'Polres Purwakarta pernah meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB pada '
     '2022. "Kami ingin pelayanan semakin cepat dan transparan," kata Kapolres.',
     '2025-05-27', 'none', []),
    ("a new Kapolres's profile recalls an award in his earlier post",
     None,
     'PATI - AKBP Hendra Wijaya resmi menjabat Kapolresta Pati menggantikan pejabat lama dalam upacara '
     'serah terima jabatan di Mapolda Jawa Tengah, Kamis (10/7/2025). Saat menjabat Kapolres Rembang, '
     'Hendra pernah menerima penghargaan dari Kapolri atas pengungkapan kasus penyelundupan solar. Ia '
     'berjanji melanjutkan program pendahulunya.',
     '2025-07-10', 'none', []),
    ('the Bhayangkari honoured by a Bupati',
     None,
     'KLATEN - Bupati Klaten menyerahkan penghargaan kepada Bhayangkari Cabang Klaten atas partisipasi '
     'dalam gerakan penurunan stunting. Penghargaan diterima Ketua Bhayangkari Cabang Klaten, Ny. Dewi '
     'Prakoso, istri Kapolres Klaten, di Pendopo Pemkab Klaten, Rabu (5/3/2025).',
     '2025-03-05', 'none', []),
    ('a Kapolres attends an Adipura handed to a Pemkab',
     None,
     'PROBOLINGGO - Kapolres Probolinggo AKBP Wisnu Wardana menghadiri penyerahan penghargaan Adipura '
     'kepada Pemerintah Kabupaten Probolinggo dari Kementerian Lingkungan Hidup di Jakarta, Selasa '
     '(5/8/2025). Kapolres mengucapkan selamat kepada Bupati dan seluruh warga Probolinggo.',
     '2025-08-05', 'none', []),
    ("a Bupati honours a firefighter for rescuing a police officer's child",
     None,
     'BOJONEGORO - Pemkab Bojonegoro melalui Bupati memberikan penghargaan kepada Rudi Hartanto, petugas '
     'damkar yang menyelamatkan anak seorang anggota Polsek Kapas dari sumur tua. Penghargaan diserahkan '
     'di Pendopo Malowopati, Senin (20/1/2025). Kapolsek Kapas AKP Supriyanto yang hadir berterima kasih '
     'atas aksi heroik tersebut.',
     '2025-01-20', 'none', []),
    ('a Polres journalism contest opens, winners to be honoured on Hari Bhayangkara',
     None,
     'CILACAP - Polresta Cilacap membuka lomba karya jurnalistik bertema Polri Presisi bagi wartawan '
     'se-Kabupaten Cilacap. Pemenang akan menerima penghargaan dari Kapolresta Cilacap pada puncak '
     'peringatan Hari Bhayangkara. Kasi Humas Polresta Cilacap Iptu Gatot Wahyudi mengatakan karya dapat '
     'dikirim hingga akhir Juni.',
     '2025-05-20', 'none', []),
    ('a Dandim honours his Babinsa, the Kapolres attends',
     None,
     'MADIUN - Dandim 0803/Madiun memberikan penghargaan kepada lima Babinsa yang berprestasi dalam '
     'program ketahanan pangan. Penyerahan dilakukan saat apel di Makodim 0803/Madiun, Senin (20/1/2025), '
     'dihadiri Kapolres Madiun AKBP Muhammad Ridwan. Dandim berharap Babinsa terus bersinergi dengan '
     'Bhabinkamtibmas Polres Madiun.',
     '2025-01-20', 'none', []),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", POLICE_HONOUR_OTHERS, ids=[row[0] for row in POLICE_HONOUR_OTHERS]
)
def test_who_is_honoured_when_the_police_honour_others(construction, title, text, day, role, awards):
    test_breadth_of_wording(construction, title, text, day, role, awards)


# The role such stories turn on, said short: a giving verb put in the future in every sentence that gives, a handover
# put on a later day with none done, members of the citizens' Satuan (Linmas, Satpam), children's patrols named
# with their initials before the unit that trains them, and the police whom someone helped in a clause before a comma.
ROLE_CONSTRUCTIONS = [
    # construction, headline, text, role
    ('a promise to whoever reports', None,
     'Kapolres Ngawi berjanji akan memberikan penghargaan kepada warga yang melaporkan pencurian ternak. '
     'Hal itu disampaikan saat kunjungan ke Desa Kedunggalar.',
     'none'),
    ('contest winners will receive', None,
     'Para juara lomba mural akan menerima hadiah dari Kapolresta Solo pada puncak Hari Bhayangkara. Lomba'
     ' diikuti 40 peserta.',
     'none'),
    ('bakal diganjar by a Kapolres', None,
     'Sopir angkot yang menolong korban kecelakaan itu bakal diganjar penghargaan oleh Kapolres Kediri. '
     'Kapolres menyebut aksinya patut ditiru.',
     'none'),
    ('akan later in the sentence is no promise', None,
     'Kapolres Ngawi memberikan penghargaan kepada dua warga yang menangkap pencuri ternak. Ia berharap '
     'warga lain akan memberikan informasi serupa.',
     'given'),
    ('a promise, then the handover done', None,
     'Kapolres Ngawi akan memberikan penghargaan kepada dua warga penangkap pencuri ternak. Penghargaan '
     'diserahkan Kapolres di Mapolres Ngawi, Senin (3/6/2024).',
     'given'),
    ('dipastikan meraih, handed over next week', None,
     'Polres Sumedang dipastikan meraih predikat WBK dari KemenPAN-RB. Rencananya, piagam akan diserahkan '
     'pekan depan di Jakarta.',
     'none'),
    ('ditetapkan juara, its handover scheduled', None,
     'Polsek Cimahi Tengah ditetapkan sebagai juara pertama lomba kampung tangguh tingkat Polda Jabar. '
     'Penyerahan piala dijadwalkan pada puncak HUT Bhayangkara bulan depan.',
     'none'),
    ('handed over, only its display later', None,
     'Polres Garut meraih predikat WBK dari KemenPAN-RB. Piagam diserahkan Menteri PANRB kepada Kapolres '
     'Garut di Jakarta, Selasa (12/12/2023). Rencananya piagam itu akan dipajang di ruang pelayanan pekan '
     'depan.',
     'received'),
    ('members of the Satuan Perlindungan Masyarakat', None,
     'Kapolsek Mertoyudan memberikan piagam penghargaan kepada 12 anggota Satuan Perlindungan Masyarakat '
     'yang menjaga TPS. Penyerahan dilakukan di Mapolsek Mertoyudan.',
     'given'),
    ('members of the Satuan Pengamanan receive', None,
     'Sepuluh anggota Satuan Pengamanan (Satpam) bank menerima penghargaan dari Kapolresta Malang Kota '
     'atas penggagalan perampokan.',
     'given'),
    ('Satlinmas of a Kelurahan receive', None,
     'Anggota Satlinmas Kelurahan Pakis menerima penghargaan dari Kapolsek Sawahan. Mereka membantu '
     'patroli malam.',
     'given'),
    ('a school patrol team with its initials before a Polres', None,
     'Tim Patroli Keamanan Sekolah (PKS) Polres Bantul menerima piala dari Kapolres Bantul usai menjuarai '
     'lomba PKS tingkat Polda DIY.',
     'given'),
    ('Pocil with its initials before a Polsek', None,
     'Tim Polisi Cilik (Pocil) Polsek Gamping meraih juara pertama lomba Pocil se-Kabupaten Sleman. Piala '
     'diserahkan Kapolres Sleman.',
     'given'),
    ('tolong polisi, then who was honoured', 'Tolong Polisi Kejar Begal, Dua Pemuda Diberi Penghargaan Wali Kota',
     'Wali Kota Bekasi memberikan penghargaan kepada dua pemuda yang membantu polisi mengejar begal di '
     'Bekasi Timur.',
     'none'),
    ('bantu a Polsek, then a civilian honoured by the Kapolres', 'Bantu Polsek Ungkap Curanmor, Tukang Ojek Diganjar Piagam Kapolres',
     'Kapolres Semarang memberikan piagam kepada seorang tukang ojek yang membantu Polsek Ungaran '
     'mengungkap pencurian motor.',
     'given'),
    ('a Polsek that helped others is honoured', 'Bantu Warga Korban Banjir, Polsek Bayat Diganjar Penghargaan Bupati',
     'Bupati Klaten memberikan penghargaan kepada Polsek Bayat atas bantuan evakuasi korban banjir.',
     'received'),
    ("an earlier year's award recalled while honouring drivers", None,
     'Kapolsek Cilincing Kompol Dedi Kurniawan memberikan piagam kepada empat sopir truk yang membantu '
     'menangkap begal. Tahun lalu Polsek Cilincing meraih penghargaan dari Wali Kota Jakarta Utara atas '
     'penurunan angka kejahatan.',
     'given'),
    ("an earlier round's award recalled beside a new building", None,
     'Kapolres Batang meresmikan ruang pelayanan SKCK yang baru. Pada periode sebelumnya, Polres Batang '
     'meraih predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Jawa Tengah.',
     'none'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", ROLE_CONSTRUCTIONS, ids=[r[0] for r in ROLE_CONSTRUCTIONS])
def test_roles_when_the_police_honour_others(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


# Who receives, takes and gives when a chief honours his own people beside others, said short: a Bhabinkamtibmas or
# an officer by rank honoured with no unit of his own is of the chief's unit, a Kapolsek gives like a Kapolres (after
# dari/oleh or as the subject of a giving verb), and the officer who takes the piagam for his men.
CHIEFS_OWN_PEOPLE = [
    # construction, text, recipient units, officer, giver
    ('a Kapolsek honours his Bhabinkamtibmas by his village',
     'Kapolsek Ngaglik Iptu Bambang Sutejo memberikan penghargaan kepada Bhabinkamtibmas Desa Sardonoharjo'
     ' Aipda Rudi Santoso atas mediasi sengketa warga.',
     ['Polsek Ngaglik'], 'Rudi Santoso', 'Kapolsek Ngaglik'),
    ('a Kapolres honours an officer named by rank alone',
     'Kapolres Kendal AKBP Sapto Nugroho memberikan penghargaan kepada Brigadir Yoga Pratama atas '
     'penangkapan pelaku curanmor.',
     ['Polres Kendal'], 'Yoga Pratama', 'Kapolres Kendal'),
    ('an officer by rank receives from his Kapolsek, after dari',
     'Bripka Adi Nugroho menerima penghargaan dari Kapolsek Kalasan, AKP Suryanto, atas penangkapan '
     'pencuri.',
     ['Polsek Kalasan'], 'Adi Nugroho', 'Kapolsek Kalasan'),
    ('an officer by rank gets a piagam from his Kapolres',
     'Aipda Rudi Santoso mendapat piagam penghargaan dari Kapolres Kendal AKBP Sapto Nugroho atas '
     'pengungkapan kasus.',
     ['Polres Kendal'], 'Rudi Santoso', 'Kapolres Kendal'),
    ('the Kasat takes the piagam mewakili personelnya',
     'Kapolda Jambi memberikan penghargaan kepada personel Satreskrim Polresta Jambi atas penangkapan '
     'perampok. Kasat Reskrim Polresta Jambi AKBP Eko Prasetyo mewakili personelnya menerima piagam.',
     ['Satreskrim Polresta Jambi'], 'Eko Prasetyo', 'Kapolda Jambi'),
    ('the Kanit hadir mewakili timnya menerima',
     'Kapolres Bantul memberikan penghargaan kepada Unit Reskrim Polsek Sewon atas penangkapan jambret. '
     'Kanit Reskrim Iptu Rudi Hartono hadir mewakili timnya menerima penghargaan itu.',
     ['Polsek Sewon'], 'Rudi Hartono', 'Kapolres Bantul'),
    ('the Kapolsek who only speaks of the award gives nothing',
     'Camat Cangkringan memberikan piagam penghargaan kepada Polsek Cangkringan atas penangkapan pencuri '
     'sapi. Kapolsek Cangkringan AKP Joko Susilo mengaku terharu atas apresiasi warga.',
     ['Polsek Cangkringan'], None, 'Camat Cangkringan'),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units, officer, giver", CHIEFS_OWN_PEOPLE, ids=[r[0] for r in CHIEFS_OWN_PEOPLE]
)
def test_a_chiefs_own_people_honoured(construction, text, units, officer, giver):
    (award,) = extract_awards(None, text)
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
    assert (award["officer"], award["giver"]) == (officer, giver)


# -- award years and kinds however the period is said: passages written apart from the evaluation stories -----------
# The year stated in the award's name, after the grade, in a later sentence, after TA, triwulan or semester, in the
# headline; none from the story's date only, an earlier predikat, an anniversary's count, a decree's number, a deed
# done 'pada 2024 lalu', an election secured, a commemoration or meeting the award was handed out at. Kinds decided
# by givers of every sort: a BPBD, a DPRD and a Camat (regional), a Kapolres or Kapolsek, a foreign police force, an
# alms body, a university and companies (other), agencies outside the ministries and a ministry's field offices.
YEARS_AND_KINDS_BREADTH = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ('an awards name with its year, Kompolnas',
     None,
     'JAKARTA - Polres Klaten meraih Kompolnas Award 2023 untuk kategori Polres dengan pelayanan publik '
     'terbaik. Penghargaan diserahkan Ketua Harian Kompolnas, Rudi Hartanto, kepada Kapolres Klaten AKBP '
     'Wahyu Nugroho di Jakarta, Rabu (13/12/2023). "Ini hasil kerja seluruh personel," kata Wahyu.',
     '2023-12-14', 'received', [
      (['Polres Klaten'], 'Wahyu Nugroho', 'kompolnas', 'Kompolnas', 2023, '2023-12-13'),
     ]),
    ("the assessment's year in a later sentence",
     None,
     'SEMARANG - Polresta Banyumas menerima predikat Kepatuhan Tinggi dari Ombudsman RI Perwakilan Jawa '
     'Tengah. Predikat itu merupakan hasil penilaian kepatuhan standar pelayanan publik tahun 2024 yang '
     'dilakukan sejak Mei. Piagam diterima Wakapolresta Banyumas AKBP Hendra Irawan di Semarang, Selasa '
     '(10/12/2024).',
     '2024-12-11', 'received', [
      (['Polresta Banyumas'], 'Hendra Irawan', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Tengah', 2024, '2024-12-10'),
     ]),
    ('tahun 2023 after the grade',
     None,
     'MATARAM - Polres Lombok Timur kembali mendapat predikat Zona Hijau tahun 2023 dari Ombudsman RI '
     'Perwakilan Nusa Tenggara Barat. Kapolres Lombok Timur AKBP Ridho Kurniawan menerima langsung piagam '
     'tersebut di Mataram, Kamis (21/12/2023).',
     '2023-12-22', 'received', [
      (['Polres Lombok Timur'], 'Ridho Kurniawan', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Nusa Tenggara Barat', 2023, '2023-12-21'),
     ]),
    ('TA after a ranking, a treasury office gives',
     None,
     'BOYOLALI - Polres Boyolali menerima penghargaan dari Kantor Pelayanan Perbendaharaan Negara (KPPN) '
     'Surakarta sebagai satuan kerja dengan nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) terbaik TA '
     '2023. Penghargaan diserahkan Kepala KPPN Surakarta, Bambang Wiryawan, kepada Kapolres Boyolali AKBP '
     'Petrus Silalahi, Kamis (25/1/2024).',
     '2024-01-26', 'received', [
      (['Polres Boyolali'], 'Petrus Silalahi', 'ministry', 'KPPN Surakarta', 2023, '2024-01-25'),
     ]),
    ("triwulan with tahun after the grade, the Kapolda's ranking",
     None,
     'SURABAYA - Polres Pasuruan Kota dinobatkan sebagai Polres terbaik triwulan III tahun 2024 dalam '
     'penilaian kinerja yang digelar Polda Jawa Timur. Piagam penghargaan diserahkan Kapolda Jawa Timur '
     'Irjen Pol Teguh Santosa kepada Kapolres Pasuruan Kota AKBP Jazuli Ramadhan di Gedung Mahameru '
     'Mapolda Jatim, Jumat (18/10/2024).',
     '2024-10-18', 'received', [
      (['Polres Pasuruan Kota'], 'Jazuli Ramadhan', 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-10-18'),
     ]),
    ("no year but the story's date, a regency's office gives",
     None,
     'BANTUL - Satlantas Polres Bantul menerima penghargaan dari Dinas Perhubungan Kabupaten Bantul atas '
     'dukungan penataan lalu lintas kawasan wisata Parangtritis. Penghargaan diserahkan Kepala Dinas '
     'Perhubungan Bantul, Sutrisno, di Pendopo Parasamya, Rabu (19/6).',
     '2024-06-20', 'received', [
      (['Satlantas Polres Bantul'], None, 'regional_government', 'Dinas Perhubungan Kabupaten Bantul', None, '2024-06-19'),
     ]),
    ('background years of earlier predikat and a start',
     None,
     'SLEMAN - Polresta Sleman meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari '
     'Kementerian PANRB. Penganugerahan berlangsung di Jakarta, Selasa (12/12/2023). Sebelumnya, pada 2021 '
     'Polresta Sleman telah meraih predikat WBK. Kapolresta Sleman Kombes Pol Yusuf Ardiansyah mengatakan '
     'capaian ini hasil kerja keras seluruh personel sejak 2019.',
     '2023-12-13', 'received', [
      (['Polresta Sleman'], None, 'zona_integritas_wbbm', 'KemenPAN-RB', None, '2023-12-12'),
     ]),
    ("an anniversary's count is the occasion, two units",
     None,
     'MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Andi Mappaseng memberikan penghargaan kepada Polres '
     'Gowa dan Polres Maros pada upacara Hari Bhayangkara ke-78 di Lapangan Karebosi, Senin (1/7/2024). '
     'Kedua polres dinilai berhasil menekan angka kejahatan jalanan.',
     '2024-07-01', 'received', [
      (['Polres Gowa', 'Polres Maros'], None, 'kapolda', 'Kapolda Sulawesi Selatan', None, '2024-07-01'),
     ]),
    ("a decree's number and year",
     None,
     'PALEMBANG - Sebanyak 25 personel Ditresnarkoba Polda Sumatera Selatan menerima penghargaan dari '
     'Kapolda Sumsel berdasarkan Surat Keputusan Kapolda Nomor Kep/12/I/2024 Tahun 2024. Mereka dinilai '
     'berhasil mengungkap peredaran 40 kilogram sabu. Penghargaan diserahkan Wakapolda Sumsel Brigjen Pol '
     'Arief Wicaksono saat apel pagi, Selasa (16/1/2024).',
     '2024-01-16', 'received', [
      (['Ditresnarkoba Polda Sumatera Selatan'], None, 'kapolda', 'Kapolda Sumatera Selatan', None, '2024-01-16'),
     ]),
    ('pada 2024 lalu: when the deed was done, BNN gives',
     None,
     'TANGERANG - Polresta Tangerang menerima penghargaan dari Badan Narkotika Nasional (BNN) atas '
     'keberhasilan mengungkap jaringan narkoba internasional pada 2024 lalu. Penghargaan diserahkan Kepala '
     'BNN Komjen Pol Hadi Wirawan kepada Kapolresta Tangerang Kombes Pol Bayu Pratama di Jakarta, Rabu '
     '(26/2/2025).',
     '2025-02-27', 'received', [
      (['Polresta Tangerang'], 'Bayu Pratama', 'ministry', 'BNN', None, '2025-02-26'),
     ]),
    ('an election secured, a Bupati gives',
     None,
     'GARUT - Bupati Garut memberikan penghargaan kepada Polres Garut atas keberhasilan pengamanan Pilkada '
     'Serentak 2024 yang berlangsung aman dan kondusif. Piagam diserahkan Pj Bupati Garut Asep Mulyana '
     'kepada Kapolres Garut AKBP Fajar Gemilang di Pendopo Garut, Kamis (19/12/2024).',
     '2024-12-20', 'received', [
      (['Polres Garut'], 'Fajar Gemilang', 'regional_government', 'Bupati Garut', None, '2024-12-19'),
     ]),
    ('a contest at Polda level named with its year, juara I',
     None,
     'KENDARI - Polres Kolaka keluar sebagai juara I Lomba Kampung Bebas Narkoba Tingkat Polda Sulawesi '
     'Tenggara 2024. Hadiah dan piala diserahkan Kapolda Sultra Irjen Pol Dwi Prasetyo kepada Kapolres '
     'Kolaka AKBP Rudi Hartono, Jumat (22/11/2024).',
     '2024-11-22', 'received', [
      (['Polres Kolaka'], 'Rudi Hartono', 'kapolda', 'Kapolda Sulawesi Tenggara', 2024, '2024-11-22'),
     ]),
    ('a BPBD honours a Satuan',
     None,
     'CIANJUR - Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur memberikan penghargaan kepada '
     'Satsamapta Polres Cianjur atas bantuan evakuasi korban longsor di Kecamatan Cugenang. Penghargaan '
     'diserahkan Kepala Pelaksana BPBD Cianjur, Asep Sukmana, di Mapolres Cianjur, Senin (3/3/2025).',
     '2025-03-03', 'received', [
      (['Satsamapta Polres Cianjur'], None, 'regional_government', 'BPBD Kabupaten Cianjur', None, '2025-03-03'),
     ]),
    ('a provincial DPRD honours a Polda after the election',
     None,
     'BENGKULU - DPRD Provinsi Bengkulu menganugerahkan penghargaan kepada Polda Bengkulu atas pengamanan '
     'tahapan Pemilu 2024 yang berjalan lancar. Penghargaan diserahkan Ketua DPRD Bengkulu, Ihsan Fajri, '
     'dalam rapat paripurna, Rabu (20/3/2024), dan diterima Wakapolda Bengkulu Brigjen Pol Hermawan '
     'Santosa.',
     '2024-03-21', 'received', [
      (['Polda Bengkulu'], 'Hermawan Santosa', 'regional_government', 'DPRD Provinsi Bengkulu', None, '2024-03-20'),
     ]),
    ('a Camat honours his Polsek',
     'Camat Pakem Beri Piagam Penghargaan untuk Polsek Pakem',
     'SLEMAN - Camat Pakem, Sri Wahyuni, menyerahkan piagam penghargaan kepada Polsek Pakem atas peran '
     'aktif menjaga keamanan selama musim liburan di kawasan Kaliurang. Piagam diterima Kapolsek Pakem AKP '
     'Budi Santoso di Pendopo Kapanewon Pakem, Senin (6/1/2025).',
     '2025-01-06', 'received', [
      (['Polsek Pakem'], 'Budi Santoso', 'regional_government', 'Camat Pakem', None, '2025-01-06'),
     ]),
    ("a Kapolres's Polsek ranking for a semester with tahun",
     None,
     'PATI - Kapolres Pati AKBP Andhika Wiratama memberikan penghargaan kepada Polsek Juwana sebagai '
     'Polsek terbaik semester I tahun 2024. Penyerahan dilakukan usai apel pagi di Mapolres Pati, Senin '
     '(15/7/2024). Piagam diterima Kapolsek Juwana AKP Sugeng Riyadi.',
     '2024-07-15', 'received', [
      (['Polsek Juwana'], 'Sugeng Riyadi', 'other', 'Kapolres Pati', 2024, '2024-07-15'),
     ]),
    ('a Kapolsek honours his Bhabinkamtibmas',
     None,
     'SLEMAN - Kapolsek Ngaglik Kompol Hadi Purnomo memberikan penghargaan kepada Bripka Anton Wijaya, '
     'Bhabinkamtibmas Desa Sardonoharjo, yang berhasil mendamaikan perselisihan antarwarga. Penghargaan '
     'diserahkan di Mapolsek Ngaglik, Kamis (13/2/2025).',
     '2025-02-13', 'received', [
      (['Polsek Ngaglik'], 'Anton Wijaya', 'other', 'Kapolsek Ngaglik', None, '2025-02-13'),
     ]),
    ('a foreign police body gives Bareskrim',
     None,
     'JAKARTA - Bareskrim Polri menerima penghargaan dari Kepolisian Federal Australia (AFP) atas kerja '
     'sama pengungkapan jaringan penipuan daring lintas negara. Penghargaan diserahkan Komisioner AFP, '
     'David Morrison, kepada Kabareskrim Polri Komjen Pol Satria Wibowo di Jakarta, Selasa (4/6/2024).',
     '2024-06-04', 'received', [
      (['Bareskrim Polri'], 'Satria Wibowo', 'other', 'Kepolisian Federal Australia', None, '2024-06-04'),
     ]),
    ("an alms body's district office, the year after the grade",
     None,
     'PURWOKERTO - Badan Amil Zakat Nasional (Baznas) Kabupaten Banyumas memberikan penghargaan kepada '
     'Polresta Banyumas sebagai instansi dengan penghimpunan zakat profesi terbesar tahun 2024. Piagam '
     'diserahkan Ketua Baznas Banyumas, Ahmad Fauzan, di Pendopo Si Panji, Kamis (16/1/2025), dan diterima '
     'Wakapolresta Banyumas AKBP Hari Susanto.',
     '2025-01-16', 'received', [
      (['Polresta Banyumas'], 'Hari Susanto', 'other', 'Baznas Kabupaten Banyumas', 2024, '2025-01-16'),
     ]),
    ('a university honours a Polresta',
     None,
     'YOGYAKARTA - Universitas Gadjah Mada (UGM) memberikan penghargaan kepada Polresta Yogyakarta atas '
     'dukungan pengamanan kegiatan mahasiswa baru. Penghargaan diserahkan Wakil Rektor UGM, Arief '
     'Setiawan, kepada Kapolresta Yogyakarta Kombes Pol Dani Kurniawan di Balairung UGM, Jumat '
     '(23/8/2024).',
     '2024-08-23', 'received', [
      (['Polresta Yogyakarta'], 'Dani Kurniawan', 'other', 'Universitas Gadjah Mada', None, '2024-08-23'),
     ]),
    ('a state company honours Ditpolairud',
     None,
     'BALIKPAPAN - PT Pertamina Hulu Mahakam memberikan penghargaan kepada Ditpolairud Polda Kalimantan '
     'Timur atas pengamanan objek vital nasional di perairan Delta Mahakam. Penghargaan diserahkan General '
     'Manager PT Pertamina Hulu Mahakam, Yudi Prasetya, Kamis (14/11/2024), dan diterima Dirpolairud '
     'Kombes Pol Bambang Irawan.',
     '2024-11-15', 'received', [
      (['Ditpolairud Polda Kalimantan Timur'], 'Bambang Irawan', 'other', 'PT Pertamina Hulu Mahakam', None, '2024-11-14'),
     ]),
    ("Kompolnas, the year said apart after 'untuk tahun'",
     None,
     'JAKARTA - Komisi Kepolisian Nasional (Kompolnas) menganugerahkan penghargaan kepada Polsek Kuta '
     'Utara sebagai Polsek dengan inovasi pelayanan terbaik. Penghargaan itu merupakan Kompolnas Awards '
     'untuk tahun 2024. Kapolsek Kuta Utara AKP Made Sudarsana menerima penghargaan di Jakarta, Senin '
     '(16/12/2024).',
     '2024-12-17', 'received', [
      (['Polsek Kuta Utara'], 'Made Sudarsana', 'kompolnas', 'Kompolnas', 2024, '2024-12-16'),
     ]),
    ('an anniversary of the traffic police, a Kapolda gives',
     None,
     'BANDUNG - Dalam rangka HUT Lalu Lintas Bhayangkara ke-69, Kapolda Jawa Barat Irjen Pol Hendra '
     'Gunawan memberikan penghargaan kepada Satlantas Polresta Bandung atas penurunan angka kecelakaan. '
     'Penghargaan diserahkan di Mapolda Jabar, Selasa (22/9/2024).',
     '2024-09-22', 'received', [
      (['Satlantas Polresta Bandung'], None, 'kapolda', 'Kapolda Jawa Barat', None, '2024-09-22'),
     ]),
    ('an operation named with its year',
     None,
     'SEMARANG - Polres Brebes mendapat penghargaan dari Kapolda Jawa Tengah sebagai Polres terbaik dalam '
     'Operasi Ketupat Candi 2024. Piagam diserahkan di Mapolda Jateng, Kamis (2/5/2024), dan diterima '
     'Kapolres Brebes AKBP Guntur Saputra.',
     '2024-05-02', 'received', [
      (['Polres Brebes'], 'Guntur Saputra', 'kapolda', 'Kapolda Jawa Tengah', 2024, '2024-05-02'),
     ]),
    ("an information commission's anugerah with its year",
     None,
     'SEMARANG - Polda Jawa Tengah meraih predikat Informatif dalam Anugerah Keterbukaan Informasi Publik '
     '2023 yang digelar Komisi Informasi Provinsi Jawa Tengah. Penghargaan diterima Kabid Humas Polda '
     'Jateng Kombes Pol Satria Nugraha, Selasa (19/12/2023).',
     '2023-12-20', 'received', [
      (['Polda Jawa Tengah'], 'Satria Nugraha', 'other', 'Komisi Informasi Provinsi Jawa Tengah', 2023, '2023-12-19'),
     ]),
    ('a MURI record with no year',
     None,
     'SURABAYA - Polrestabes Surabaya mencatatkan rekor Museum Rekor Dunia Indonesia (MURI) untuk senam '
     'bersama dengan peserta terbanyak. Piagam MURI diserahkan Senior Manager MURI, Awan Saputra, kepada '
     'Kapolrestabes Surabaya Kombes Pol Rahmat Hidayat, Minggu (14/7/2024).',
     '2024-07-14', 'received', [
      (['Polrestabes Surabaya'], 'Rahmat Hidayat', 'muri', 'MURI', None, '2024-07-14'),
     ]),
    ("a press body's anugerah named with its year",
     None,
     'SEMARANG - Persatuan Wartawan Indonesia (PWI) Jawa Tengah memberikan Anugerah PWI Jateng 2024 kepada '
     'Bidhumas Polda Jawa Tengah sebagai humas instansi vertikal terbaik. Penghargaan diterima Kabid Humas '
     'Kombes Pol Arif Budiman di Semarang, Sabtu (9/2/2024).',
     '2024-02-10', 'received', [
      (['Bidhumas Polda Jawa Tengah'], 'Arif Budiman', 'media', 'PWI Jawa Tengah', 2024, '2024-02-09'),
     ]),
    ('a press body at Hari Pers Nasional with its year: the commemoration',
     None,
     'PALU - PWI Sulawesi Tengah memberikan penghargaan kepada Polres Poso atas keterbukaan informasi '
     'kepada wartawan. Penghargaan diserahkan dalam peringatan Hari Pers Nasional (HPN) 2024 di Palu, '
     'Jumat (9/2/2024), dan diterima Kapolres Poso AKBP Andi Firmansyah.',
     '2024-02-09', 'received', [
      (['Polres Poso'], 'Andi Firmansyah', 'media', 'PWI Sulawesi Tengah', None, '2024-02-09'),
     ]),
    ('a Satyalancana, no year',
     None,
     'JAKARTA - Kapolda Kalimantan Barat Irjen Pol Yudi Santoso menerima tanda kehormatan Satyalancana '
     'Wira Karya dari Presiden RI. Penganugerahan dilakukan di Istana Negara, Kamis (15/8/2024).',
     '2024-08-15', 'received', [
      (['Polda Kalimantan Barat'], 'Yudi Santoso', 'other', 'Presiden RI', None, '2024-08-15'),
     ]),
    ('a ministry by its full name, the grade with tahun',
     None,
     'AMBON - Ditpolairud Polda Maluku menerima penghargaan dari Kementerian Kelautan dan Perikanan '
     'sebagai mitra terbaik pengawasan sumber daya kelautan tahun 2023. Penghargaan diserahkan di Ambon, '
     'Senin (29/1/2024), dan diterima Dirpolairud Polda Maluku Kombes Pol Samuel Latuheru.',
     '2024-01-29', 'received', [
      (['Ditpolairud Polda Maluku'], 'Samuel Latuheru', 'ministry', 'Kementerian Kelautan dan Perikanan', 2023, '2024-01-29'),
     ]),
    ("a governor's award named with its year",
     None,
     'SURABAYA - Polres Sidoarjo menerima Anugerah Inovasi Jawa Timur 2024 dari Gubernur Jawa Timur. '
     'Penghargaan diserahkan Sekda Provinsi Jatim, Adhi Karyono, di Gedung Negara Grahadi, Rabu '
     '(27/11/2024), dan diterima Kapolres Sidoarjo AKBP Christian Tobing.',
     '2024-11-28', 'received', [
      (['Polres Sidoarjo'], 'Christian Tobing', 'regional_government', 'Gubernur Jawa Timur', 2024, '2024-11-27'),
     ]),
    ('a Kapolri award for a case with the month and year of the deed',
     None,
     'JAKARTA - Kapolri memberikan penghargaan kepada 14 personel Polres Metro Jakarta Barat atas '
     'pengungkapan kasus pabrik narkoba yang terjadi pada Agustus 2023. Penghargaan diserahkan di Mabes '
     'Polri, Rabu (6/9/2023).',
     '2023-09-06', 'received', [
      (['Polres Metro Jakarta Barat'], None, 'kapolri', 'Kapolri', None, '2023-09-06'),
     ]),
    ("periode and a month with its year, a Kapolda's ranking",
     None,
     'PEKANBARU - Polres Kampar ditetapkan sebagai Polres dengan kinerja terbaik periode Februari 2024 '
     'oleh Polda Riau. Kapolda Riau Irjen Pol Rahmad Hidayat menyerahkan piagam penghargaan kepada '
     'Kapolres Kampar AKBP Ronald Sinaga, Senin (4/3/2024).',
     '2024-03-04', 'received', [
      (['Polres Kampar'], 'Ronald Sinaga', 'kapolda', 'Kapolda Riau', 2024, '2024-03-04'),
     ]),
    ("KPK's gratification award for a year",
     None,
     'JAKARTA - Polda Jawa Barat meraih penghargaan dari Komisi Pemberantasan Korupsi (KPK) sebagai '
     'instansi dengan unit pengendalian gratifikasi terbaik tahun 2024. Penghargaan diterima Irwasda Polda '
     'Jabar Kombes Pol Tri Harsono di Gedung Merah Putih KPK, Selasa (10/12/2024).',
     '2024-12-10', 'received', [
      (['Polda Jawa Barat'], 'Tri Harsono', 'other', 'KPK', 2024, '2024-12-10'),
     ]),
    ("a public insurer's branch honours a Ditlantas",
     None,
     'SURABAYA - PT Jasa Raharja Cabang Jawa Timur memberikan penghargaan kepada Ditlantas Polda Jawa '
     'Timur atas sinergi percepatan santunan korban kecelakaan. Penghargaan diserahkan Kepala Cabang Jasa '
     'Raharja Jatim, Dodik Purwanto, Kamis (23/5/2024).',
     '2024-05-23', 'received', [
      (['Ditlantas Polda Jawa Timur'], None, 'other', 'PT Jasa Raharja Cabang Jawa Timur', None, '2024-05-23'),
     ]),
    ('a search-and-rescue office honours a Polairud unit',
     None,
     'MATARAM - Kantor SAR Mataram memberikan penghargaan kepada Satpolairud Polres Lombok Barat atas '
     'bantuan pencarian wisatawan yang hilang di perairan Gili Trawangan. Penghargaan diserahkan Kepala '
     'Kantor SAR Mataram, Lalu Hidayat, Jumat (12/7/2024).',
     '2024-07-12', 'received', [
      (['Satpolairud Polres Lombok Barat'], None, 'ministry', 'Kantor SAR Mataram', None, '2024-07-12'),
     ]),
    ("a law ministry's regional office",
     None,
     'DENPASAR - Kanwil Kemenkumham Bali memberikan penghargaan kepada Ditreskrimum Polda Bali atas kerja '
     'sama penanganan tindak pidana perdagangan orang. Penghargaan diserahkan Kakanwil Kemenkumham Bali, '
     'Putu Gede Arsana, Rabu (31/7/2024), dan diterima Dirreskrimum Kombes Pol Wayan Sukadana.',
     '2024-07-31', 'received', [
      (['Ditreskrimum Polda Bali'], 'Wayan Sukadana', 'ministry', 'Kanwil Kemenkumham Bali', None, '2024-07-31'),
     ]),
    ("a food-and-drug agency's field office",
     None,
     'MEDAN - Balai Besar POM di Medan memberikan penghargaan kepada Ditreskrimsus Polda Sumatera Utara '
     'atas pengungkapan peredaran kosmetik ilegal. Piagam diserahkan Kepala BBPOM Medan, Siti Marpaung, '
     'Senin (18/11/2024).',
     '2024-11-18', 'received', [
      (['Ditreskrimsus Polda Sumatera Utara'], None, 'ministry', 'Balai Besar POM di Medan', None, '2024-11-18'),
     ]),
    ('Ombudsman assessment named with its year and no tahun',
     None,
     'PALANGKA RAYA - Polres Kotawaringin Timur meraih nilai tertinggi dalam Penilaian Kepatuhan '
     'Penyelenggaraan Pelayanan Publik 2024 oleh Ombudsman RI Perwakilan Kalimantan Tengah. Piagam '
     'diserahkan di Palangka Raya, Rabu (18/12/2024), kepada Wakapolres Kotawaringin Timur Kompol Dedi '
     'Setiawan.',
     '2024-12-18', 'received', [
      (['Polres Kotawaringin Timur'], 'Dedi Setiawan', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Kalimantan Tengah', 2024, '2024-12-18'),
     ]),
    ('semester II and a year without tahun',
     None,
     'JAMBI - Kapolda Jambi Irjen Pol Bambang Sumarno memberikan penghargaan kepada Polres Muaro Jambi '
     'sebagai Polres dengan penyerapan anggaran terbaik semester II 2023. Piagam diterima Kapolres Muaro '
     'Jambi AKBP Wahyu Hidayat di Mapolda Jambi, Rabu (10/1/2024).',
     '2024-01-10', 'received', [
      (['Polres Muaro Jambi'], 'Wahyu Hidayat', 'kapolda', 'Kapolda Jambi', 2023, '2024-01-10'),
     ]),
    ('a year in the headline only',
     'Polres Pati Raih Penghargaan Kepatuhan Pelayanan Publik 2024',
     'PATI - Polres Pati kembali meraih predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Jawa '
     'Tengah. Piagam diserahkan di Semarang, Senin (16/12/2024), dan diterima Kapolres Pati AKBP Andhika '
     'Wiratama.',
     '2024-12-16', 'received', [
      (['Polres Pati'], 'Andhika Wiratama', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Tengah', 2024, '2024-12-16'),
     ]),
    ('a meeting named with its year is the occasion',
     None,
     'JAKARTA - Bidhumas Polda Lampung meraih penghargaan dari Divisi Humas Polri sebagai Bidhumas dengan '
     'pengelolaan media sosial terbaik. Penghargaan diserahkan dalam Rakernis Fungsi Humas Polri Tahun '
     '2024 di Jakarta, Kamis (7/3/2024), dan diterima Kabid Humas Polda Lampung Kombes Pol Umi Fadilah.',
     '2024-03-07', 'received', [
      (['Bidhumas Polda Lampung'], 'Umi Fadilah', 'kapolri', 'Divisi Humas Polri', None, '2024-03-07'),
     ]),
    ("a contest's year after 'tahun' then places",
     None,
     'BOGOR - Polres Bogor menjadi juara II Lomba Polisi RW tahun 2024 tingkat Polda Jawa Barat. '
     'Penghargaan diserahkan Kapolda Jawa Barat Irjen Pol Hendra Gunawan di Bandung, Rabu (20/11/2024).',
     '2024-11-20', 'received', [
      (['Polres Bogor'], None, 'kapolda', 'Kapolda Jawa Barat', 2024, '2024-11-20'),
     ]),
    ('KemenPAN-RB innovation contest named with tahun',
     None,
     'JAKARTA - Inovasi layanan SIM keliling Polresta Malang Kota masuk Top 45 Kompetisi Inovasi Pelayanan '
     'Publik (KIPP) tahun 2024 Kementerian PANRB. Penghargaan diserahkan Menteri PANRB di Jakarta, Kamis '
     '(10/10/2024), dan diterima Kapolresta Malang Kota Kombes Pol Budi Hermanto.',
     '2024-10-10', 'received', [
      (['Polresta Malang Kota'], 'Budi Hermanto', 'ministry', 'KemenPAN-RB', 2024, '2024-10-10'),
     ]),
    ('a provincial BNN office honours a Satresnarkoba',
     None,
     'BANDUNG - BNNP Jawa Barat memberikan penghargaan kepada Satresnarkoba Polres Sumedang atas '
     'pengungkapan ladang ganja di kawasan Gunung Tampomas. Penghargaan diserahkan Kepala BNNP Jabar '
     'Brigjen Pol Yudhi Aryanto, Selasa (21/5/2024).',
     '2024-05-21', 'received', [
      (['Satresnarkoba Polres Sumedang'], None, 'ministry', 'BNNP Jawa Barat', None, '2024-05-21'),
     ]),
    ('an HUT Bhayangkara ceremony with the year written',
     None,
     'MEDAN - Polres Labuhanbatu menerima penghargaan dari Kapolda Sumatera Utara pada upacara peringatan '
     'Hari Bhayangkara ke-78 tahun 2024 di Lapangan Benteng Medan, Senin (1/7/2024). Polres Labuhanbatu '
     'dinilai berhasil menurunkan angka pencurian kendaraan bermotor.',
     '2024-07-01', 'received', [
      (['Polres Labuhanbatu'], None, 'kapolda', 'Kapolda Sumatera Utara', None, '2024-07-01'),
     ]),
    ("a Wali Kota's award for a year of the city's events",
     None,
     'SOLO - Wali Kota Surakarta memberikan penghargaan kepada Polresta Surakarta atas pengamanan '
     'rangkaian kegiatan kota sepanjang 2024. Piagam diserahkan Wali Kota Surakarta Teguh Prakosa di Balai '
     'Kota, Senin (30/12/2024), dan diterima Wakapolresta Surakarta AKBP Sigit Nugroho.',
     '2024-12-30', 'received', [
      (['Polresta Surakarta'], 'Sigit Nugroho', 'regional_government', 'Wali Kota Surakarta', None, '2024-12-30'),
     ]),
    ('a national agency outside the ministries honours a Polres',
     None,
     'JAKARTA - Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) memberikan penghargaan kepada '
     'Polres Lampung Tengah atas dukungan program percepatan penurunan stunting. Penghargaan diterima '
     'Kapolres Lampung Tengah AKBP Doffie Saputra di Jakarta, Kamis (27/6/2024).',
     '2024-06-27', 'received', [
      (['Polres Lampung Tengah'], 'Doffie Saputra', 'ministry', 'BKKBN', None, '2024-06-27'),
     ]),
    ("a Kapolres's award on a year-end release, the period with tahun",
     None,
     'KUDUS - Kapolres Kudus AKBP Ronni Bonic memberikan penghargaan kepada Satreskrim Polres Kudus '
     'sebagai satuan fungsi dengan kinerja terbaik tahun 2024. Penghargaan diserahkan saat rilis akhir '
     'tahun di Mapolres Kudus, Selasa (31/12/2024).',
     '2024-12-31', 'received', [
      (['Satreskrim Polres Kudus'], None, 'other', 'Kapolres Kudus', 2024, '2024-12-31'),
     ]),
    ('a village government honours a Polsek',
     None,
     'PURWOREJO - Pemerintah Desa Kaliboto memberikan penghargaan kepada Polsek Bener atas pembinaan '
     'keamanan lingkungan. Piagam diserahkan Kepala Desa Kaliboto, Sumarno, di balai desa, Sabtu '
     '(10/8/2024), dan diterima Kapolsek Bener AKP Joko Susilo.',
     '2024-08-10', 'received', [
      (['Polsek Bener'], 'Joko Susilo', 'other', 'Pemerintah Desa Kaliboto', None, '2024-08-10'),
     ]),
    ("Kapolri Cup with its year, a Polda's team wins",
     None,
     'JAKARTA - Tim bola voli Polda Jawa Timur keluar sebagai juara I Kapolri Cup 2024 setelah mengalahkan '
     'Polda Metro Jaya di final. Piala diserahkan Wakapolri Komjen Pol Agus Salim di GOR PTIK Jakarta, '
     'Sabtu (26/10/2024).',
     '2024-10-27', 'received', [
      (['Polda Jawa Timur'], None, 'kapolri', 'Kapolri', 2024, '2024-10-26'),
     ]),
    ("Tahun Anggaran spelled out, a finance ministry's regional office",
     None,
     'MANADO - Polda Sulawesi Utara meraih penghargaan sebagai satuan kerja dengan kinerja pelaksanaan '
     'anggaran terbaik Tahun Anggaran 2023 dari Kanwil Direktorat Jenderal Perbendaharaan Provinsi '
     'Sulawesi Utara. Penghargaan diterima Karo Rena Polda Sulut Kombes Pol Steven Lumowa, Selasa '
     '(20/2/2024).',
     '2024-02-20', 'received', [
      (['Polda Sulawesi Utara'], 'Steven Lumowa', 'ministry', 'Kanwil Direktorat Jenderal Perbendaharaan Provinsi Sulawesi Utara', 2023, '2024-02-20'),
     ]),
    ('periode with a month range',
     None,
     'PONTIANAK - Polres Kubu Raya ditetapkan sebagai Polres terbaik periode Januari hingga Maret 2024 '
     'dalam penilaian kinerja Polda Kalimantan Barat. Penghargaan diserahkan Kapolda Kalbar Irjen Pol Adi '
     'Nugroho kepada Kapolres Kubu Raya AKBP Wahyu Setiawan, Rabu (10/4/2024).',
     '2024-04-10', 'received', [
      (['Polres Kubu Raya'], 'Wahyu Setiawan', 'kapolda', 'Kapolda Kalimantan Barat', 2024, '2024-04-10'),
     ]),
    ('an awards name with its year in brackets after its acronym',
     None,
     'JAKARTA - Korlantas Polri meraih penghargaan Anugerah Layanan Publik (ALP) 2024 dari Komisi '
     'Informasi Pusat. Penghargaan diterima Kakorlantas Polri Irjen Pol Dedi Kurniawan di Jakarta, Kamis '
     '(12/12/2024).',
     '2024-12-12', 'received', [
      (['Korlantas Polri'], 'Dedi Kurniawan', 'other', 'Komisi Informasi Pusat', 2024, '2024-12-12'),
     ]),
    ('a Komnas HAM award with no year, background year of a case',
     None,
     'JAKARTA - Komnas HAM memberikan penghargaan kepada Polres Jayawijaya atas penanganan konflik sosial '
     'yang mengedepankan hak asasi manusia. Konflik yang terjadi pada Februari 2023 itu diselesaikan tanpa '
     'korban jiwa. Penghargaan diterima Kapolres Jayawijaya AKBP Yosef Wenda di Jakarta, Senin '
     '(10/6/2024).',
     '2024-06-10', 'received', [
      (['Polres Jayawijaya'], 'Yosef Wenda', 'other', 'Komnas HAM', None, '2024-06-10'),
     ]),
    ("a provincial government's award with the year after 'tahun' late",
     None,
     'MAKASSAR - Pemerintah Provinsi Sulawesi Selatan memberikan penghargaan kepada Ditlantas Polda '
     'Sulawesi Selatan sebagai mitra terbaik pemungutan pajak kendaraan bermotor. Penghargaan itu '
     'diberikan untuk capaian tahun 2023. Piagam diserahkan Sekda Sulsel, Andi Mappatoba, Senin '
     '(5/2/2024).',
     '2024-02-05', 'received', [
      (['Ditlantas Polda Sulawesi Selatan'], None, 'regional_government', 'Pemerintah Provinsi Sulawesi Selatan', 2023, '2024-02-05'),
     ]),
    ("a Kapolresta's award, the year of the day only",
     None,
     'PEKANBARU - Kapolresta Pekanbaru Kombes Pol Jeki Rahmat memberikan penghargaan kepada Unit Reskrim '
     'Polsek Tampan atas penangkapan pelaku begal dalam waktu kurang dari 24 jam. Penghargaan diserahkan '
     'saat apel pagi, Senin (15/1/2024).',
     '2024-01-15', 'received', [
      (['Polsek Tampan'], None, 'other', 'Kapolresta Pekanbaru', None, '2024-01-15'),
     ]),
    ('a witness protection agency honours a Ditreskrimum',
     None,
     'JAKARTA - Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan kepada Ditreskrimum '
     'Polda Nusa Tenggara Timur atas kerja sama perlindungan korban perdagangan orang. Penghargaan '
     'diserahkan Ketua LPSK, Hasan Basri, Rabu (21/8/2024).',
     '2024-08-21', 'received', [
      (['Ditreskrimum Polda Nusa Tenggara Timur'], None, 'other', 'LPSK', None, '2024-08-21'),
     ]),
    ("a port company's award named with its year",
     None,
     'SEMARANG - PT Pelabuhan Indonesia (Persero) Regional 3 memberikan Pelindo Safety Award 2023 kepada '
     'Satpolairud Polrestabes Semarang. Penghargaan diterima Kasatpolairud AKBP Rudy Hartanto di Pelabuhan '
     'Tanjung Emas, Jumat (26/1/2024).',
     '2024-01-26', 'received', [
      (['Satpolairud Polrestabes Semarang'], 'Rudy Hartanto', 'other', 'PT Pelabuhan Indonesia (Persero) Regional 3', 2023, '2024-01-26'),
     ]),
    ('a Kapolri award at a Hari Bhayangkara ceremony with its year, decree in the next sentence',
     None,
     'JAKARTA - Kapolri memberikan penghargaan kepada Polda Kalimantan Selatan sebagai Polda dengan '
     'layanan SPKT terbaik dalam upacara Hari Bhayangkara ke-79 tahun 2025 di Monas, Selasa (1/7/2025). '
     'Penghargaan itu ditetapkan melalui Keputusan Kapolri Nomor Kep/1021/VI/2025.',
     '2025-07-01', 'received', [
      (['Polda Kalimantan Selatan'], None, 'kapolri', 'Kapolri', None, '2025-07-01'),
     ]),
    ("a DPRD of a regency, the year after 'periode'",
     None,
     'SUMENEP - DPRD Kabupaten Sumenep memberikan penghargaan kepada Polres Sumenep sebagai mitra kerja '
     'terbaik periode 2024. Penghargaan diserahkan Ketua DPRD Sumenep, Abdul Hamid, dalam rapat paripurna, '
     'Kamis (12/12/2024), dan diterima Kapolres Sumenep AKBP Henri Noveri.',
     '2024-12-12', 'received', [
      (['Polres Sumenep'], 'Henri Noveri', 'regional_government', 'DPRD Kabupaten Sumenep', 2024, '2024-12-12'),
     ]),
    ("a ministry of education's award, its year in the next sentence's grade",
     None,
     'JAKARTA - Polres Bantaeng menerima penghargaan dari Kementerian Pendidikan Dasar dan Menengah atas '
     'program Polisi Sahabat Sekolah. Program itu terpilih sebagai praktik baik pendidikan karakter '
     'terbaik tahun 2024. Penghargaan diterima Wakapolres Bantaeng Kompol Andi Rahman, Selasa '
     '(26/11/2024).',
     '2024-11-26', 'received', [
      (['Polres Bantaeng'], 'Andi Rahman', 'ministry', 'Kementerian Pendidikan Dasar dan Menengah', 2024, '2024-11-26'),
     ]),
    ("an election body honours a Polres, the election's year only",
     None,
     'MEDAN - Bawaslu Provinsi Sumatera Utara memberikan penghargaan kepada Polres Labuhanbatu atas '
     'dukungan penanganan pelanggaran Pemilu 2024. Penghargaan diserahkan Ketua Bawaslu Sumut, Rahmat '
     'Siregar, Kamis (30/5/2024).',
     '2024-05-30', 'received', [
      (['Polres Labuhanbatu'], None, 'other', 'Bawaslu Provinsi Sumatera Utara', None, '2024-05-30'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    YEARS_AND_KINDS_BREADTH,
    ids=[row[0] for row in YEARS_AND_KINDS_BREADTH],
)
def test_award_years_and_kinds_however_said(construction, title, text, day, role, awards):
    test_breadth_of_wording(construction, title, text, day, role, awards)


# A period year the sentence does not give: a decree cited by its number and year, a commemoration the award was
# handed out at however the ceremony is named; and one it gives, an assessment's name in capitals before its year.
PERIOD_YEARS_SAID = [
    # sentence, the years it states
    ("Penghargaan diberikan sesuai Peraturan Kapolri Nomor 2 Tahun 2023 tentang pemberian penghargaan.", []),
    ("Piagam ditandatangani berdasarkan Surat Keputusan No. Kep/455/VI/2024 tahun 2024.", []),
    ("Anugerah itu diserahkan saat perayaan HUT Polwan ke-76 Tahun 2024 di Mapolda.", []),
    ("Piala diberikan dalam rangka Hari Bhayangkara ke-79 tahun 2025 di lapangan apel.", []),
    ("Penghargaan diserahkan pada apel peringatan Hari Kesadaran Nasional 2024.", []),
    ("Polres itu terbaik dalam Penilaian Kepatuhan Pelayanan Publik 2024 di provinsi itu.", [2024]),
    ("Polsek meraih juara I Lomba Kampung Tangguh 2024 yang digelar Polres.", [2024]),
    ("Penghargaan itu diberikan untuk capaian tahun 2023.", [2023]),
    ("Piagam diberikan atas kinerja pelayanan SIM tahun 2024.", [2024]),
    ("Penghargaan diberikan atas kinerja selama tahun 2024.", []),
]


# A title that runs on into the anniversary it was handed out at carries no period from the anniversary's year.
@pytest.mark.parametrize(
    "title, year",
    [
        ("Polda dengan layanan SPKT terbaik dalam upacara Hari Bhayangkara ke-79 tahun 2025", None),
        ("Satker terbaik pada HUT ke-73 Polairud Tahun 2023", None),
        ("Polres terbaik saat peringatan Hari Lalu Lintas Bhayangkara ke-69 2024", None),
        ("Polres Terbaik Lomba Kampung Tangguh 2024", 2024),
    ],
)
def test_an_anniversary_in_a_title_gives_no_year(title, year):
    assert year_in_title(title) == year


@pytest.mark.parametrize("sentence, years", PERIOD_YEARS_SAID)
def test_period_years_said_or_not(sentence, years):
    assert list(years_of(sentence)) == years


# The alms and endowment bodies are no government agency: their awards are of no ministry.
ALMS_BODIES = [
    "Badan Amil Zakat Nasional (Baznas) Provinsi Riau memberikan penghargaan kepada Polda Riau.",
    "Polres Kebumen menerima piagam dari Badan Amil Zakat Nasional Kabupaten Kebumen.",
    "Badan Wakaf Indonesia menganugerahkan penghargaan kepada Polresta Cirebon.",
]


@pytest.mark.parametrize("text", ALMS_BODIES)
def test_an_alms_bodys_award_is_no_ministrys(text):
    assert "ministry" not in categories_of(text)
    assert giver_category(text) in (None, "other")


# A weekday after the place a ceremony was held is no further unit listed after it.
DAY_AFTER_A_PLACE = [
    ("Piagam diserahkan di Mapolsek Mlati, Senin (3/6/2024).", {"Polsek Mlati"}),
    ("Penyerahan berlangsung di Aula Polres Klaten, Jumat (7/6).", {"Polres Klaten"}),
    ("Upacara digelar di halaman Polsek Cangkringan, Sabtu pagi.", {"Polsek Cangkringan"}),
]


@pytest.mark.parametrize("text, units", DAY_AFTER_A_PLACE)
def test_a_weekday_after_a_place_is_no_unit(text, units):
    assert {canonical_unit_name(m.name) for m in find_unit_mentions(text)} == units


# -- second breadth probe: passages mixing givers, titles, lists, officers and dates, written apart from the stories -

# A place said bare after the place that names what it ranks in: the later places take that name and its year.
BARE_PLACES_OF_ONE_RANKING = [
    # construction, text, (recipient, placement, year, title words) of each place
    ('juara I of a named quarter, then Juara II diraih and juara III bare',
     'Polsek Sungai Kakap meraih juara I Polsek Terbaik Semester I Tahun 2025 di jajaran Polres Kubu Raya. Juara II '
     'diraih Polsek Rasau Jaya, sedangkan juara III Polsek Sungai Raya. Piagam diserahkan Kapolres Kubu Raya.',
     [('Polsek Sungai Kakap', 1, 2025, 'juara I Polsek Terbaik Semester I Tahun 2025'),
      ('Polsek Rasau Jaya', 2, 2025, 'juara II Polsek Terbaik Semester I Tahun 2025'),
      ('Polsek Sungai Raya', 3, 2025, 'juara III Polsek Terbaik Semester I Tahun 2025')]),
    ('peringkat pertama in an operation named with its year, peringkat kedua ditempati',
     'Polres Wonogiri menempati peringkat pertama dalam Operasi Patuh Candi 2024 di jajaran Polda Jawa Tengah. '
     'Peringkat kedua ditempati Polres Klaten. Penghargaan diberikan Kapolda Jawa Tengah.',
     [('Polres Wonogiri', 1, 2024, 'peringkat pertama'), ('Polres Klaten', 2, 2024, 'peringkat kedua')]),
    ('a place in the passive first, the others by their numbers after a colon',
     'Juara pertama Lomba Kebersihan Markas 2024 diraih Polsek Bantul. Juara kedua: Polsek Sewon. Juara ketiga: '
     'Polsek Kasihan. Trofi diserahkan Kapolres Bantul.',
     [('Polsek Bantul', 1, 2024, 'juara pertama'), ('Polsek Sewon', 2, 2024, 'juara kedua'),
      ('Polsek Kasihan', 3, 2024, 'juara ketiga')]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", BARE_PLACES_OF_ONE_RANKING, ids=[r[0] for r in BARE_PLACES_OF_ONE_RANKING]
)
def test_bare_places_take_the_rankings_name_and_year(construction, text, places):
    got = {canonical_unit_name(u): a for a in extract_awards(None, text) for u in a["recipients"]}
    assert set(got) == {canonical_unit_name(u) for u, *_ in places}
    for unit, placement, year, title in places:
        award = got[canonical_unit_name(unit)]
        assert (award["placement"], award["year"]) == (placement, year)
        assert shares_words(title, award["title"]), award["title"]


# A shared award its units' chiefs took together, each for his own unit: no officer of the shared award.
TAKEN_BY_THEIR_CHIEFS = [
    # construction, text
    ('a Polres and its Polsek, each chief named with his rank, joined by dan',
     'Wali Kota Salatiga memberikan penghargaan kepada Polres Salatiga dan Polsek Sidorejo atas pengamanan '
     'malam pergantian tahun. Penghargaan diterima Kapolres Salatiga AKBP Dwi Haryanto dan Kapolsek Sidorejo AKP '
     'Yusuf Efendi.'),
    ('a Wakapolda named in full, bersama two Kapolres by their posts only',
     'Ombudsman RI Perwakilan Jambi menyerahkan predikat kepatuhan tinggi kepada Polda Jambi, Polres Bungo dan '
     'Polres Tebo. Piagam diterima Wakapolda Jambi Brigjen Pol Eko Santoso bersama Kapolres Bungo dan Kapolres '
     'Tebo.'),
    ('the chiefs as the subject of menerima',
     'Kapolres Pati AKBP Hari Santoso dan Kapolres Rembang AKBP Joko Purnomo menerima penghargaan dari Gubernur '
     'Jawa Tengah atas pengamanan arus mudik.'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text", TAKEN_BY_THEIR_CHIEFS, ids=[r[0] for r in TAKEN_BY_THEIR_CHIEFS])
def test_a_shared_award_taken_by_its_units_chiefs_has_no_officer(construction, text):
    (award,) = extract_awards(None, text)
    assert len(award["recipients"]) >= 2
    assert award["officer"] is None


# A customary title an adat council confers is an award, whatever the verb: received by the chief's unit; one given
# to a chief's wife, or a "gelar pasukan", is none.
CUSTOMARY_TITLES = [
    # construction, text, role, (recipient units, officer, giver) or None
    ('menerima gelar adat dari a council',
     'Kapolres Sintang AKBP Yohanes Lake menerima gelar adat dari Dewan Adat Dayak Kabupaten Sintang di Rumah Betang '
     'Sintang.',
     'received', (['Polres Sintang'], 'Yohanes Lake', 'Dewan Adat Dayak Kabupaten Sintang')),
    ('a council menganugerahkan gelar kehormatan adat kepada a Kapolda',
     'Lembaga Adat Melayu Kepulauan Riau menganugerahkan gelar kehormatan adat kepada Kapolda Kepulauan Riau Irjen '
     'Pol Ahmad Fauzan.',
     'received', (['Polda Kepulauan Riau'], 'Ahmad Fauzan', 'Lembaga Adat Melayu Kepulauan Riau')),
    ('a title to a chief\'s wife',
     'Tokoh adat Toraja memberikan gelar adat kepada istri Kapolres Tana Toraja.', 'none', None),
    ('gelar pasukan is no title',
     'Kapolres Sintang memimpin gelar pasukan Operasi Ketupat di halaman Mapolres Sintang.', 'none', None),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, role, award", CUSTOMARY_TITLES, ids=[r[0] for r in CUSTOMARY_TITLES])
def test_a_customary_title_is_an_award(construction, text, role, award):
    assert classify_award_role(None, text).award_role == role
    if award:
        (got,) = extract_awards(None, text)
        units, officer, giver = award
        assert {canonical_unit_name(u) for u in got["recipients"]} == {canonical_unit_name(u) for u in units}
        assert (got["officer"], got["category"]) == (officer, "other")
        assert shares_words(giver, got["giver"]), got["giver"]


# A unit, or its innovation, put among a contest's selected winners ("masuk Top 45 ...", "lolos dalam Top 99 ..."):
# received, of the kind the contest's wording names, titled by the selection.
TOP_SELECTIONS = [
    # construction, text, recipient, category, title
    ('an innovation milik a Polres masuk Top 45, the ministry that holds it after yang digelar',
     'Inovasi "Sigap Lantas" milik Polres Kebumen masuk Top 45 Kompetisi Inovasi Pelayanan Publik 2024 yang '
     'digelar KemenPAN-RB.',
     'Polres Kebumen', 'ministry', 'Top 45 Kompetisi Inovasi Pelayanan Publik 2024'),
    ('a Polresta lolos dalam Top 99, the ministry after dari',
     'Polresta Padang lolos dalam Top 99 Inovasi Pelayanan Publik dari Kementerian PANRB.',
     'Polresta Padang', 'ministry', 'Top 99 Inovasi Pelayanan Publik'),
    ('termasuk Top 40 with the ministry written out',
     'Satlantas Polres Klaten termasuk Top 40 Inovasi Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara '
     'dan Reformasi Birokrasi tahun ini.',
     'Satlantas Polres Klaten', 'ministry', 'Top 40 Inovasi Pelayanan Publik'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, unit, kind, title", TOP_SELECTIONS, ids=[r[0] for r in TOP_SELECTIONS])
def test_a_unit_among_a_contests_top_selection(construction, text, unit, kind, title):
    assert classify_award_role(None, text).award_role == "received"
    (award,) = extract_awards(None, text)
    assert [canonical_unit_name(u) for u in award["recipients"]] == [canonical_unit_name(unit)]
    assert award["category"] == kind
    assert shares_words(title, award["title"]), award["title"]


# Passages mixing the families as regional stories do (a Bupati's award at a HUT ceremony, a Kapolda's ranking, an
# Ombudsman grade with its score, a WBK with the chief quoted, a chief rewarding members and citizens at one apel, a
# media award night, a contest named with its year, and stories with no award received). Each award is matched by
# its recipients, whatever order the extractor gives them in.
MIXED_REGIONAL_STORIES = [
    # construction, headline, text, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement, title) of each award
    ('Bupati at HUT Bhayangkara honours a Polres and its Polsek, quote', None,
     'BANTUL - Bupati Bantul Hadi Suryanto memberikan piagam penghargaan kepada Polres Bantul dan Polsek Pundong '
     'dalam upacara peringatan Hari Bhayangkara ke-78 di Lapangan Paseban, Bantul, Senin (1/7/2024). Polres Bantul '
     'dinilai berhasil menjaga keamanan selama Pemilu 2024, sementara Polsek Pundong diapresiasi atas penanganan '
     'cepat bencana tanah longsor di Desa Seloharjo. Piagam diterima Kapolres Bantul AKBP Ronny Setiawan dan '
     'Kapolsek Pundong AKP Sutrisno. "Kami berterima kasih. Penghargaan ini milik seluruh personel dan masyarakat '
     'Bantul," ujar Ronny usai upacara.',
     '2024-07-01', 'received', [
      (['Polres Bantul', 'Polsek Pundong'], None, 'regional_government', 'Bupati Bantul', None, '2024-07-01', None,
       'piagam penghargaan'),
     ]),
    ('Kapolda ranks three Polres with places in a named assessment year', 'Tiga Polres Terbaik Layanan SKCK Diganjar Kapolda Sumut',
     'MEDAN - Kapolda Sumatera Utara Irjen Pol Wahyu Hidayat memberikan penghargaan kepada tiga polres terbaik '
     'dalam penilaian kinerja pelayanan SKCK tahun 2024. Juara pertama diraih Polres Asahan, juara kedua Polres '
     'Labuhanbatu dan juara ketiga Polres Simalungun. Penghargaan diserahkan dalam Rapat Kerja Teknis Fungsi '
     'Intelkam di Aula Tribrata Mapolda Sumut, Kamis (16/1/2025). "Pelayanan SKCK adalah wajah Polri di mata '
     'masyarakat," kata Wahyu.',
     '2025-01-16', 'received', [
      (['Polres Asahan'], None, 'kapolda', 'Kapolda Sumatera Utara', 2024, '2025-01-16', 1,
       'penghargaan penilaian kinerja pelayanan SKCK tahun 2024 (juara pertama)'),
      (['Polres Labuhanbatu'], None, 'kapolda', 'Kapolda Sumatera Utara', 2024, '2025-01-16', 2,
       'penghargaan penilaian kinerja pelayanan SKCK tahun 2024 (juara kedua)'),
      (['Polres Simalungun'], None, 'kapolda', 'Kapolda Sumatera Utara', 2024, '2025-01-16', 3,
       'penghargaan penilaian kinerja pelayanan SKCK tahun 2024 (juara ketiga)'),
     ]),
    ('Ombudsman grade with a score, Wakapolresta takes it', None,
     'MAMUJU, KOMPAS.com - Polresta Mamuju memperoleh predikat kualitas tertinggi atau zona hijau dengan nilai '
     '92,15 dalam penilaian kepatuhan standar pelayanan publik tahun 2024 dari Ombudsman RI Perwakilan Sulawesi '
     'Barat. Piagam diserahkan Kepala Ombudsman RI Perwakilan Sulbar, Lukman Hakim, kepada Wakapolresta Mamuju '
     'Kompol Rizal Mahmud di Mamuju, Rabu (22/1/2025). Rizal mengatakan nilai itu naik dibanding tahun '
     'sebelumnya.',
     '2025-01-23', 'received', [
      (['Polresta Mamuju'], 'Rizal Mahmud', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sulawesi Barat', 2024,
       '2025-01-22', None, 'predikat kualitas tertinggi zona hijau penilaian kepatuhan standar pelayanan publik tahun 2024 (nilai 92,15)'),
     ]),
    ('KemenPAN-RB WBK, Kapolres quoted after receiving in Jakarta', 'Polres Lombok Timur Sabet Predikat WBK',
     'SELONG - Polres Lombok Timur resmi menyandang predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian '
     'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Penghargaan diserahkan dalam acara '
     'penganugerahan Zona Integritas di Jakarta, Selasa (10/12/2024), dan diterima langsung Kapolres Lombok Timur '
     'AKBP Hendra Kusuma. "Predikat ini buah kerja keras seluruh personel yang terus membenahi layanan," kata '
     'Hendra. Ia berjanji menjaga komitmen menuju predikat WBBM.',
     '2024-12-11', 'received', [
      (['Polres Lombok Timur'], 'Hendra Kusuma', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-10', None,
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
     ]),
    ('a Polsek wins first place of a contest named with its year', 'Polsek Batujajar Juara I Kampung Tangguh',
     'CIMAHI - Polsek Batujajar, Polres Cimahi, keluar sebagai juara I Lomba Kampung Tangguh Nusantara 2024 '
     'tingkat Polda Jawa Barat. Trofi diserahkan Kapolda Jabar Irjen Pol Dedi Kurniawan kepada Kapolsek '
     'Batujajar AKP Asep Sunandar di Mapolda Jabar, Bandung, Rabu (18/9/2024). Kampung Tangguh di Desa Giriasih '
     'dinilai unggul dalam ketahanan pangan dan keamanan lingkungan.',
     '2024-09-19', 'received', [
      (['Polsek Batujajar'], 'Asep Sunandar', 'kapolda', 'Kapolda Jawa Barat', 2024, '2024-09-18', 1,
       'juara I Lomba Kampung Tangguh Nusantara 2024 tingkat Polda Jawa Barat'),
     ]),
    ('none: an Ombudsman assessment visit', None,
     'MARTAPURA - Tim Ombudsman RI Perwakilan Kalimantan Selatan mengunjungi Polres Banjar untuk menilai '
     'kepatuhan standar pelayanan publik tahun 2025, Kamis (12/6/2025). Tim memeriksa ruang SPKT, layanan SKCK '
     'dan pojok pengaduan. Kapolres Banjar AKBP Yudi Hartono berharap Polres Banjar kembali meraih predikat '
     'zona hijau. Hasil penilaian akan diumumkan akhir tahun.',
     '2025-06-12', 'none', []),
    ('none: a Bhabinkamtibmas nominated for the Hoegeng Award', 'Bhabinkamtibmas Asal Sikka Masuk Nominasi Hoegeng Award',
     'MAUMERE - Aipda Yosef Dagur, Bhabinkamtibmas Polsek Paga, Polres Sikka, masuk dalam nominasi Hoegeng '
     'Award 2025. Ia diusulkan warga karena membangun sumur bor bagi desa yang kesulitan air bersih. Kapolres '
     'Sikka AKBP Daniel Sitorus mengaku bangga atas pencapaian anggotanya. Pemenang akan diumumkan bulan depan di '
     'Jakarta.',
     '2025-06-20', 'none', []),
    ('none: a Pemkab receives an award, the Kapolres attends', None,
     'WONOGIRI - Pemerintah Kabupaten Wonogiri meraih penghargaan Kabupaten Layak Anak kategori Nindya dari '
     'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak. Penghargaan diterima Bupati Wonogiri di Jakarta, '
     'Selasa (23/7/2024). Kapolres Wonogiri AKBP Andi Muhammad yang turut hadir menyampaikan selamat dan siap '
     'mendukung perlindungan anak.',
     '2024-07-24', 'none', []),
    ('none: a Kapolres promises to propose his men for a reward', None,
     'PALEMBANG - Kapolrestabes Palembang Kombes Pol Harryo Sugihartono berjanji akan mengusulkan penghargaan '
     'bagi anggota Satreskrim yang menangkap pelaku perampokan toko emas di Jalan Sudirman. "Saya akan usulkan '
     'kepada Kapolda agar mereka mendapat penghargaan," katanya, Rabu (5/2/2025). Pelaku kini ditahan di '
     'Mapolrestabes Palembang.',
     '2025-02-05', 'none', []),
    ('Kapolresta ranks his Polsek in a quarter of a named year', None,
     'PONTIANAK - Polsek Pontianak Kota meraih juara I Polsek Terbaik Triwulan III Tahun 2024 di lingkungan '
     'Polresta Pontianak. Juara II diraih Polsek Pontianak Barat, sedangkan juara III Polsek Pontianak Selatan. '
     'Penghargaan diserahkan Kapolresta Pontianak Kombes Pol Adi Saputra saat apel pagi, Senin (14/10/2024). '
     'Penilaian meliputi kecepatan respons laporan, penyelesaian perkara dan kegiatan sambang warga.',
     '2024-10-14', 'received', [
      (['Polsek Pontianak Kota'], None, 'other', 'Kapolresta Pontianak', 2024, '2024-10-14', 1,
       'juara I Polsek Terbaik Triwulan III Tahun 2024'),
      (['Polsek Pontianak Barat'], None, 'other', 'Kapolresta Pontianak', 2024, '2024-10-14', 2,
       'juara II Polsek Terbaik Triwulan III Tahun 2024'),
      (['Polsek Pontianak Selatan'], None, 'other', 'Kapolresta Pontianak', 2024, '2024-10-14', 3,
       'juara III Polsek Terbaik Triwulan III Tahun 2024'),
     ]),
    ('Ombudsman to a Polda and two Polres together, takers together', None,
     'PEKANBARU - Ombudsman RI Perwakilan Riau menyerahkan predikat kepatuhan tinggi hasil penilaian '
     'kepatuhan standar pelayanan publik tahun 2024 kepada Polda Riau, Polres Kampar dan Polres Siak. Penghargaan '
     'diterima Wakapolda Riau Brigjen Pol Rahmat Hidayat bersama Kapolres Kampar dan Kapolres Siak di Pekanbaru, '
     'Jumat (24/1/2025). Kepala Ombudsman Riau Budi Santoso berharap capaian itu diikuti polres lain.',
     '2025-01-24', 'received', [
      (['Polda Riau', 'Polres Kampar', 'Polres Siak'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Riau',
       2024, '2025-01-24', None, 'predikat kepatuhan tinggi penilaian kepatuhan standar pelayanan publik tahun 2024'),
     ]),
    ('a Kapolri award to a Polda at the Rapim, the Kapolda takes it', 'Polda Kalteng Raih Penghargaan Kapolri',
     'JAKARTA - Polda Kalimantan Tengah meraih penghargaan dari Kapolri sebagai Polda terbaik dalam penanganan '
     'kebakaran hutan dan lahan. Penghargaan diserahkan Kapolri dalam Rapat Pimpinan Polri di Jakarta, Rabu '
     '(29/1/2025), dan diterima Kapolda Kalteng Irjen Pol Andi Baso. "Ini hasil kerja bersama TNI, pemerintah '
     'daerah dan masyarakat," ujar Andi.',
     '2025-01-30', 'received', [
      (['Polda Kalimantan Tengah'], 'Andi Baso', 'kapolri', 'Kapolri', None, '2025-01-29', None,
       'penghargaan Polda terbaik dalam penanganan kebakaran hutan dan lahan'),
     ]),
    ('a Gubernur honours a Ditlantas, its director takes it, window year', None,
     'DENPASAR - Ditlantas Polda Bali menerima penghargaan dari Gubernur Bali atas keberhasilan menurunkan angka '
     'fatalitas kecelakaan lalu lintas sepanjang 2024. Penghargaan diserahkan di Gedung Jaya Sabha, Denpasar, '
     'Kamis (6/2/2025), dan diterima Dirlantas Polda Bali Kombes Pol Ketut Arsana. Angka kematian akibat '
     'kecelakaan turun 18 persen dibanding tahun sebelumnya.',
     '2025-02-06', 'received', [
      (['Ditlantas Polda Bali'], 'Ketut Arsana', 'regional_government', 'Gubernur Bali', None, '2025-02-06', None,
       'penghargaan atas keberhasilan menurunkan angka fatalitas kecelakaan lalu lintas'),
     ]),
    ('messy: ALL CAPS dateline, glued comma, Wali Kota gives a Polres', 'WALI KOTA BERI PENGHARGAAN POLRES TEGAL KOTA',
     'TEGAL,TRIBRATANEWS.COM-Wali Kota Tegal Rina Kusuma memberikan penghargaan kepada Polres Tegal Kota atas '
     'suksesnya pengamanan Pilkada 2024 .Penghargaan diterima Kapolres Tegal Kota AKBP. Dimas Pratama,S.I.K di '
     'Balai Kota Tegal ,Selasa(17/12/2024). "terima kasih atas kepercayaan ini,"ujar kapolres.',
     '2024-12-17', 'received', [
      (['Polres Tegal Kota'], 'Dimas Pratama', 'regional_government', 'Wali Kota Tegal', None, '2024-12-17', None,
       'penghargaan atas suksesnya pengamanan Pilkada 2024'),
     ]),
    ('given: a Kapolres honours citizens only, Polsek mentioned', 'Tangkap Maling Kotak Amal, Tiga Warga Dapat Piagam Kapolres',
     'KARANGANYAR - Kapolres Karanganyar AKBP Bayu Aji memberikan piagam penghargaan kepada tiga warga Desa '
     'Papahan yang menangkap pencuri kotak amal masjid. Penyerahan berlangsung di Mapolres Karanganyar, Kamis '
     '(21/11/2024). Pelaku kemudian diserahkan ke Polsek Tasikmadu. "Warga seperti ini mitra kami," kata '
     'Kapolres.',
     '2024-11-21', 'given', []),
    ('long story: Kapolda awards several units and an officer at HUT, Kapolda quoted', None,
     'PALU - Upacara peringatan Hari Bhayangkara ke-79 di lapangan Mapolda Sulawesi Tengah, Selasa (1/7/2025), '
     'diwarnai pemberian penghargaan. Kapolda Sulteng Irjen Pol Agus Nugroho memberikan penghargaan kepada '
     'Satbrimob Polda Sulteng, Ditreskrimsus Polda Sulteng dan Polres Poso atas dedikasi dalam menjaga keamanan '
     'di wilayah Sulawesi Tengah. Upacara dihadiri Gubernur Sulteng, Danrem 132/Tadulako dan unsur Forkopimda. '
     'Dalam amanatnya, Kapolda membacakan amanat Presiden tentang pentingnya Polri yang humanis. "Penghargaan '
     'bukan tujuan, melainkan pengakuan atas kerja keras," kata Agus. Usai upacara, kegiatan dilanjutkan dengan '
     'syukuran dan pemotongan tumpeng. Kapolda juga menyerahkan bantuan sosial kepada warga kurang mampu di '
     'sekitar Mapolda.',
     '2025-07-01', 'received', [
      (['Satbrimob Polda Sulawesi Tengah', 'Ditreskrimsus Polda Sulawesi Tengah', 'Polres Poso'], None, 'kapolda',
       'Kapolda Sulawesi Tengah', None, '2025-07-01', None, 'penghargaan atas dedikasi dalam menjaga keamanan'),
     ]),
    ('a Kapolres names a Bhabinkamtibmas of a Polsek and a Kanit, two deeds, one ceremony', None,
     'KEBUMEN - Kapolres Kebumen AKBP Gatot Wibowo memberikan penghargaan kepada Bripka Heru Santoso, '
     'Bhabinkamtibmas Polsek Gombong, dan Aipda Wawan Setiadi, Kanit Reskrim Polsek Karanganyar. Heru dinilai '
     'berhasil memediasi konflik batas desa, sedangkan Wawan mengungkap kasus pencurian ternak. Piagam '
     'diserahkan dalam apel di Mapolres Kebumen, Senin (10/2/2025).',
     '2025-02-10', 'received', [
      (['Polsek Gombong'], 'Heru Santoso', 'other', 'Kapolres Kebumen', None, '2025-02-10', None, 'piagam penghargaan'),
      (['Polsek Karanganyar'], 'Wawan Setiadi', 'other', 'Kapolres Kebumen', None, '2025-02-10', None, 'piagam penghargaan'),
     ]),
    ('Kompolnas Award category with year, Polres in a type', None,
     'JAKARTA - Polres Kotawaringin Barat dinobatkan sebagai Polres Terbaik Tipe C dalam ajang Kompolnas Award '
     '2024. Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolres Kotawaringin Barat AKBP Bayu '
     'Wicaksono di Jakarta, Kamis (19/12/2024). Bayu mengatakan inovasi layanan pengaduan warga melalui aplikasi '
     'menjadi andalan Polres Kobar.',
     '2024-12-20', 'received', [
      (['Polres Kotawaringin Barat'], 'Bayu Wicaksono', 'kompolnas', 'Kompolnas', 2024, '2024-12-19', None,
       'Kompolnas Award 2024 Polres Terbaik Tipe C'),
     ]),
    ('given: a Polres journalism contest winners, Kapolres hands over', None,
     'MAGELANG - Polresta Magelang menyerahkan hadiah kepada para pemenang Lomba Karya Jurnalistik Polresta '
     'Magelang 2024. Juara pertama diraih wartawan Suara Merdeka, Dwi Santoso. Hadiah diserahkan Kapolresta '
     'Magelang Kombes Pol Ruruh Wicaksono, Senin (1/7/2024).',
     '2024-07-01', 'given', []),
    ('a Camat hands over the Bupati award to a Polsek', None,
     'SUBANG - Polsek Pamanukan menerima penghargaan dari Bupati Subang atas peran aktif dalam penanganan banjir '
     'di wilayah pantura. Penghargaan diserahkan Camat Pamanukan Yayan Sopian mewakili Bupati kepada Kapolsek '
     'Pamanukan AKP Dede Rusmana di kantor kecamatan, Rabu (19/3/2025).',
     '2025-03-19', 'received', [
      (['Polsek Pamanukan'], 'Dede Rusmana', 'regional_government', 'Bupati Subang', None, '2025-03-19', None,
       'penghargaan atas peran aktif dalam penanganan banjir'),
     ]),
    ('none: a Kapolda praises units in words only', None,
     'JAYAPURA - Kapolda Papua Irjen Pol Markus Wonda mengapresiasi kinerja Polres Jayapura dan Polres Keerom '
     'dalam pengamanan perayaan Natal. "Saya bangga dan memberi apresiasi setinggi-tingginya," ujarnya saat '
     'kunjungan kerja, Jumat (27/12/2024). Ia meminta anggota tetap waspada hingga Tahun Baru.',
     '2024-12-27', 'none', []),
    ('a ministry honours a Ditreskrimsus, the Kasubdit takes it', None,
     'BANDAR LAMPUNG - Ditreskrimsus Polda Lampung menerima penghargaan dari Kementerian Kelautan dan Perikanan '
     'atas pengungkapan penyelundupan benih bening lobster senilai Rp 12 miliar. Penghargaan diserahkan di '
     'Jakarta, Senin (24/2/2025), dan diterima Kasubdit IV Ditreskrimsus Polda Lampung AKBP Rinaldo Sihombing.',
     '2025-02-25', 'received', [
      (['Ditreskrimsus Polda Lampung'], 'Rinaldo Sihombing', 'ministry', 'Kementerian Kelautan dan Perikanan', None,
       '2025-02-24', None, 'penghargaan atas pengungkapan penyelundupan benih bening lobster'),
     ]),
    ('customary title from an adat council to a Kapolda', None,
     'PONTIANAK - Kapolda Kalimantan Barat Irjen Pol Hendro Prasetyo menerima gelar adat dari Dewan Adat Dayak '
     'Kalimantan Barat dalam prosesi di Rumah Radakng, Pontianak, Sabtu (15/3/2025). Gelar itu diberikan sebagai '
     'penghargaan atas peran Kapolda menjaga kerukunan antarsuku di Kalbar.',
     '2025-03-15', 'received', [
      (['Polda Kalimantan Barat'], 'Hendro Prasetyo', 'other', 'Dewan Adat Dayak Kalimantan Barat', None,
       '2025-03-15', None, 'gelar adat'),
     ]),
    ('BNN gives a Satresnarkoba, passive with oleh, date written out', None,
     'KENDARI - Satresnarkoba Polresta Kendari diganjar penghargaan oleh BNN Provinsi Sulawesi Tenggara atas '
     'pengungkapan jaringan narkotika antarprovinsi. Penghargaan diserahkan pada Kamis, 26 Juni 2025, bertepatan '
     'dengan peringatan Hari Anti Narkotika Internasional. Kasat Resnarkoba Polresta Kendari AKP Mulyadi Rahman '
     'menerima langsung piagam tersebut.',
     '2025-06-27', 'received', [
      (['Satresnarkoba Polresta Kendari'], 'Mulyadi Rahman', 'ministry', 'BNN Provinsi Sulawesi Tenggara', None,
       '2025-06-26', None, 'penghargaan atas pengungkapan jaringan narkotika antarprovinsi'),
     ]),
    ('a Polsek WBK, its Polres short form parent, Kapolsek quoted', None,
     'KUDUS - Polsek Kota Kudus meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB. Piagam '
     'diterima Kapolsek Kota Kudus AKP Suharto di Jakarta, Rabu (11/12/2024). "Kami akan menjaga integritas '
     'pelayanan," kata Suharto. Polsek Kota Kudus merupakan satu-satunya polsek di jajaran Polres Kudus yang '
     'meraih predikat tersebut tahun ini.',
     '2024-12-12', 'received', [
      (['Polsek Kota Kudus'], 'Suharto', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-11', None,
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
     ]),
    ('given: a Polres holds a contest for schools, winners honoured', None,
     'BLITAR - Polres Blitar Kota menggelar lomba tertib lalu lintas antarsekolah. Juara pertama diraih SMA '
     'Negeri 1 Blitar. Trofi diserahkan Kapolres Blitar Kota AKBP Danang Setiawan, Kamis (20/2/2025).',
     '2025-02-20', 'given', []),
    ('none: the award will be handed over at Hari Bhayangkara', None,
     'TASIKMALAYA - Polres Tasikmalaya Kota dinyatakan sebagai juara umum lomba kebersihan markas tingkat Polda '
     'Jawa Barat. Piala rencananya akan diserahkan Kapolda Jabar pada puncak peringatan Hari Bhayangkara bulan '
     'depan.',
     '2025-06-02', 'none', []),
    ('ANTARA style: an NGO award to a Polres with the Wakapolres standing in', None,
     'Bengkulu (ANTARA) - Polres Rejang Lebong menerima penghargaan dari Lembaga Perlindungan Anak (LPA) Provinsi '
     'Bengkulu atas komitmen dalam penanganan kasus kekerasan terhadap anak. Penghargaan diterima Wakapolres '
     'Rejang Lebong Kompol Ferry Hidayat mewakili Kapolres di Bengkulu, Kamis (24/7/2025).',
     '2025-07-25', 'received', [
      (['Polres Rejang Lebong'], 'Ferry Hidayat', 'other', 'LPA Provinsi Bengkulu', None, '2025-07-24', None,
       'penghargaan atas komitmen dalam penanganan kasus kekerasan terhadap anak'),
     ]),
    ('a Kapolda hands awards to members of three Polres, officers with units after kepada', None,
     'BANJARMASIN - Kapolda Kalimantan Selatan Irjen Pol Rosyanto Yudha memberikan penghargaan kepada Brigpol '
     'Ahmad Riyadi dari Polres Tabalong, Bripka Deni Saputra dari Polres Tanah Laut dan Aipda Gusti Rahman dari '
     'Polresta Banjarmasin. Ketiganya dinilai berprestasi dalam pengungkapan kasus narkotika. Penghargaan '
     'diserahkan di Mapolda Kalsel, Senin (5/5/2025).',
     '2025-05-05', 'received', [
      (['Polres Tabalong'], 'Ahmad Riyadi', 'kapolda', 'Kapolda Kalimantan Selatan', None, '2025-05-05', None, 'penghargaan'),
      (['Polres Tanah Laut'], 'Deni Saputra', 'kapolda', 'Kapolda Kalimantan Selatan', None, '2025-05-05', None, 'penghargaan'),
      (['Polresta Banjarmasin'], 'Gusti Rahman', 'kapolda', 'Kapolda Kalimantan Selatan', None, '2025-05-05', None, 'penghargaan'),
     ]),
    ('a Polres receives from a DPRD, DPRD chairman hands over', None,
     'MALANG - DPRD Kabupaten Malang memberikan penghargaan kepada Polres Malang atas pengamanan Pemilu 2024 '
     'yang berjalan aman dan damai. Penghargaan diserahkan Ketua DPRD Kabupaten Malang dalam rapat paripurna, '
     'Senin (29/4/2024), dan diterima Kapolres Malang AKBP Putu Kholis.',
     '2024-04-30', 'received', [
      (['Polres Malang'], 'Putu Kholis', 'regional_government', 'DPRD Kabupaten Malang', None, '2024-04-29', None,
       'penghargaan atas pengamanan Pemilu 2024'),
     ]),
    ('a Polres gets Top Inovasi from KemenPAN-RB, year of the contest', None,
     'SIDOARJO - Inovasi "Si Mantap" milik Polresta Sidoarjo masuk Top 45 Kompetisi Inovasi Pelayanan Publik '
     '(KIPP) 2024 yang digelar KemenPAN-RB. Penghargaan diserahkan Menteri PANRB kepada Kapolresta Sidoarjo '
     'Kombes Pol Christian Tobing di Jakarta, Rabu (23/10/2024).',
     '2024-10-24', 'received', [
      (['Polresta Sidoarjo'], 'Christian Tobing', 'ministry', 'KemenPAN-RB', 2024, '2024-10-23', None,
       'Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2024'),
     ]),
    ('given: a Kapolsek honours a Linmas member', None,
     'GROBOGAN - Kapolsek Purwodadi AKP Rahmat Hidayat memberikan penghargaan kepada anggota Linmas Desa '
     'Kuripan, Sarno (47), yang membantu mengamankan pelaku pencurian di pasar. Penyerahan dilakukan di Mapolsek '
     'Purwodadi, Jumat (7/3/2025).',
     '2025-03-07', 'given', []),
    ('operation named with its year, Kapolda ranks Polres with places', None,
     'SEMARANG - Polres Kendal meraih peringkat pertama dalam Operasi Ketupat Candi 2025 di jajaran Polda Jawa '
     'Tengah. Peringkat kedua dan ketiga masing-masing ditempati Polres Batang dan Polres Pemalang. Piagam '
     'diserahkan Kapolda Jateng Irjen Pol Ribut Santoso di Mapolda, Kamis (17/4/2025).',
     '2025-04-17', 'received', [
      (['Polres Kendal'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-04-17', 1,
       'peringkat pertama Operasi Ketupat Candi 2025'),
      (['Polres Batang'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-04-17', 2,
       'peringkat kedua Operasi Ketupat Candi 2025'),
      (['Polres Pemalang'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-04-17', 3,
       'peringkat ketiga Operasi Ketupat Candi 2025'),
     ]),
    ('detik style: Satlantas receives from a Jasa Raharja branch, Kasat takes', 'Satlantas Polres Garut Diganjar Penghargaan Jasa Raharja',
     'Garut - Satlantas Polres Garut mendapat penghargaan dari PT Jasa Raharja Cabang Jawa Barat. Penghargaan '
     'itu diberikan atas sinergi dalam percepatan santunan korban kecelakaan. "Alhamdulillah, ini berkat kerja '
     'tim," kata Kasat Lantas Polres Garut AKP Yogi Permana usai menerima penghargaan di Bandung, Kamis '
     '(30/1/2025).',
     '2025-01-30', 'received', [
      (['Satlantas Polres Garut'], 'Yogi Permana', 'other', 'PT Jasa Raharja Cabang Jawa Barat', None, '2025-01-30',
       None, 'penghargaan atas sinergi dalam percepatan santunan korban kecelakaan'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", MIXED_REGIONAL_STORIES, ids=[r[0] for r in MIXED_REGIONAL_STORIES]
)
def test_mixed_regional_stories(construction, title, text, day, role, awards):
    assert classify_award_role(title, text).award_role == role
    if role != "received":
        return
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    by_units = {frozenset(canonical_unit_name(u) for u in a["recipients"]): a for a in got}
    for units, officer, kind, giver, year, event_day, placement, name in awards:
        award = by_units[frozenset(canonical_unit_name(u) for u in units)]
        assert (award["officer"], award["category"], award["year"], award["event_date"], award["placement"]) == (
            officer,
            kind,
            year,
            event_day,
            placement,
        )
        assert shares_words(giver, award["giver"]), award["giver"]
        assert shares_words(name, award["title"]), award["title"]


# Places said first, then "masing-masing" and the units that took them in their turn.
PLACES_THEN_UNITS = [
    # construction, text, (recipient, placement) of each place
    ('peringkat kedua dan ketiga masing-masing ditempati',
     'Polres Pacitan meraih peringkat pertama penilaian kinerja Bhabinkamtibmas tahun 2024. Peringkat kedua dan '
     'ketiga masing-masing ditempati Polres Ponorogo dan Polres Magetan.',
     [('Polres Pacitan', 1), ('Polres Ponorogo', 2), ('Polres Magetan', 3)]),
    ('juara II dan III masing-masing diraih oleh, a tail naming the Polda',
     'Juara I lomba pos pelayanan terpadu diraih Polres Ende. Juara II dan III masing-masing diraih oleh Polres '
     'Sikka dan Polres Ngada dalam lomba yang digelar Polda NTT.',
     [('Polres Ende', 1), ('Polres Sikka', 2), ('Polres Ngada', 3)]),
    ('sedangkan, three places with commas, jatuh kepada',
     'Polsek Tampan menjadi juara pertama. Sedangkan juara kedua, ketiga dan keempat masing-masing jatuh kepada '
     'Polsek Rumbai, Polsek Senapelan dan Polsek Bukit Raya.',
     [('Polsek Tampan', 1), ('Polsek Rumbai', 2), ('Polsek Senapelan', 3), ('Polsek Bukit Raya', 4)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, places", PLACES_THEN_UNITS, ids=[r[0] for r in PLACES_THEN_UNITS])
def test_places_said_before_the_units_that_took_them(construction, text, places):
    got = {canonical_unit_name(u): a["placement"] for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u): place for u, place in places}


# An officer of the unit said to speak or act just after receiving ("kata Kasat X AKP Y usai menerima penghargaan"):
# he took it; one whose post names another unit did not.
SPOKE_AFTER_RECEIVING = [
    # construction, text, officer
    ('kata, then the officer and usai menerima',
     'Satreskrim Polres Cianjur mendapat penghargaan dari Bupati Cianjur atas pengungkapan kasus pembunuhan. '
     '"Ini hasil kerja keras tim," kata Kasat Reskrim Polres Cianjur AKP Tono Sudarso usai menerima penghargaan.',
     'Tono Sudarso'),
    ('the officer seusai menerima, then mengatakan',
     'Polsek Cibinong meraih piagam dari Camat Cibinong atas penanganan banjir. Kapolsek Cibinong Kompol Danu Saputra '
     'seusai menerima piagam mengatakan penghargaan itu milik seluruh anggota.',
     'Danu Saputra'),
    ('ujar, setelah menerima, the post without its unit',
     'Polres Sumenep menerima penghargaan dari PT Pelindo atas pengamanan pelabuhan. "Terima kasih," ujar '
     'Wakapolres AKBP Rudi Hartono setelah menerima trofi.',
     'Rudi Hartono'),
    ("a chief of another unit who received something else is not the award's",
     'Polsek Tegalrejo meraih penghargaan dari Wali Kota Magelang. "Selamat," ujar Kapolres Magelang AKBP Budi '
     'Santoso usai menerima kunjungan Wali Kota.',
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, officer", SPOKE_AFTER_RECEIVING, ids=[r[0] for r in SPOKE_AFTER_RECEIVING]
)
def test_an_officer_who_speaks_after_receiving_took_it(construction, text, officer):
    (award,) = extract_awards(None, text)
    assert award["officer"] == officer


def test_an_officer_who_received_a_visit_took_no_award():
    text = (
        'Polsek Tegalrejo meraih penghargaan dari Wali Kota Magelang. "Selamat," ujar Kapolsek Tegalrejo AKP Joko '
        "Lelono usai menerima kunjungan warga."
    )
    (award,) = extract_awards(None, text)
    assert award["officer"] is None


# A category said bare beside the award night the story names once: the night's name, year and fuller giver are its.
BARE_CATEGORIES_OF_ONE_NIGHT = [
    # construction, text, (recipient, year, giver, title words) of each award
    ('the night named with the first winner, a later one menang di kategori',
     'Polda Bali meraih kategori Humas Terbaik dalam Anugerah Media PWI Bali 2024 di Denpasar. Polresta Denpasar '
     'menang di kategori Konten Kreatif.',
     [('Polda Bali', 2024, 'PWI Bali', 'Anugerah Media PWI Bali 2024 kategori Humas Terbaik'),
      ('Polresta Denpasar', 2024, 'PWI Bali', 'Anugerah Media PWI Bali 2024 kategori Konten Kreatif')]),
    ('a later winner menjadi yang terbaik di kategori',
     'Polres Gianyar menyabet penghargaan Bali Public Relations Award 2025 dari Perhumas Bali. Sementara itu, Polres '
     'Badung menjadi yang terbaik di kategori Inovasi Pelayanan.',
     [('Polres Gianyar', 2025, 'Perhumas Bali', 'Bali Public Relations Award 2025'),
      ('Polres Badung', 2025, 'Perhumas Bali', 'Bali Public Relations Award 2025 kategori Inovasi Pelayanan')]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, awards", BARE_CATEGORIES_OF_ONE_NIGHT, ids=[r[0] for r in BARE_CATEGORIES_OF_ONE_NIGHT]
)
def test_bare_categories_take_the_nights_name(construction, text, awards):
    got = {canonical_unit_name(u): a for a in extract_awards(None, text) for u in a["recipients"]}
    assert set(got) == {canonical_unit_name(u) for u, *_ in awards}
    for unit, year, giver, title in awards:
        award = got[canonical_unit_name(unit)]
        assert award["year"] == year
        assert shares_words(giver, award["giver"]), award["giver"]
        assert shares_words(title, award["title"]), award["title"]


# A promotion out of turn said with "naik pangkat" and the KPLB in the same clause is received; a routine "naik
# pangkat" is none.
PROMOTED_OUT_OF_TURN = [
    # construction, text, role
    ('naik pangkat menjadi ... melalui KPLB',
     'Briptu Dani Saputra, anggota Satreskrim Polres Pekalongan, naik pangkat menjadi Brigadir melalui KPLB dari '
     'Kapolri.',
     'received'),
    ('naik pangkat lewat kenaikan pangkat luar biasa, the handover in the next sentence',
     'Dua anggota Polsek Wiradesa naik pangkat lewat kenaikan pangkat luar biasa. Penghargaan diserahkan Kapolda '
     'Jawa Tengah di Semarang.',
     'received'),
    ('a routine naik pangkat beside a penghargaan in words',
     'Sebanyak 85 personel Polres Batang naik pangkat setingkat lebih tinggi. Kapolres berharap kenaikan pangkat itu '
     'menjadi penghargaan atas kerja keras.',
     'none'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, role", PROMOTED_OUT_OF_TURN, ids=[r[0] for r in PROMOTED_OUT_OF_TURN])
def test_a_promotion_out_of_turn_said_with_naik_pangkat(construction, text, role):
    assert classify_award_role(None, text).award_role == role
