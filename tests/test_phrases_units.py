"""Phrase tables of units: how stories write the units they name and which of them receive."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name, find_unit_mentions

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


@pytest.mark.parametrize("construction, title, text, day, role, awards", LONG_STORIES, ids=[r[0] for r in LONG_STORIES])
def test_long_stories(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for units, officer, kind, giver, year, event_day in awards if got is not None else []:
        check_fields(award_for(got, units), officer, kind, giver, year, event_day)


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
