"""Phrase tables of givers: the kinds of award, who gives them and the bodies named by their abbreviation."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.award_each import givers_listed
from pipelines.award_years import year_in_title, year_of
from pipelines.categories import categories_of, category_names
from pipelines.classify import classify_award_role
from pipelines.classify_sentences import sentence_role
from pipelines.givers import giver_category, giver_of, giver_spelled_out
from pipelines.sentence_split import sentences
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words

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
      ("penghargaan Polda Jambi karena menolong korban banjir", ["Satlantas Polres Muaro Jambi"], None)]),
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
      ("rekor MURI untuk pawai helm terpanjang", ["Polres Bantul", "Satlantas Polres Bantul"], None)]),
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
    check_breadth_of_wording(construction, title, text, day, role, awards)


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


# A body abroad named in English keeps the small words of its name as the giver ("of", "on", "for", "and").
@pytest.mark.parametrize(
    "text, giver",
    [
        (
            "Direktorat Tindak Pidana Siber Bareskrim Polri menerima surat penghargaan dari Federal Bureau of "
            "Investigation (FBI) atas kerja sama pengungkapan jaringan penipuan daring, Kamis (9/2/2023).",
            "Federal Bureau of Investigation (FBI)",
        ),
        (
            "Ditresnarkoba Polda Sumatera Utara meraih penghargaan dari United Nations Office on Drugs and Crime "
            "atas pengungkapan peredaran sabu lintas negara.",
            "United Nations Office on Drugs and Crime",
        ),
        (
            "Ditpolairud Polda Kepulauan Riau menerima plakat dari Department of Home Affairs Australia atas "
            "kerja sama pencegahan penyelundupan manusia.",
            "Department of Home Affairs Australia",
        ),
    ],
)
def test_a_body_abroad_keeps_the_small_words_of_its_english_name(text, giver):
    assert extract_awards(None, text)[0]["giver"] == giver


# A trophy named after a chief below a Polda ("Kapolres Cup", "Piala Kapolresta X"), or a contest among one unit's
# own people ("antaranggota Polresta X"), is given by the chief of the unit that holds it when no giver is named.
@pytest.mark.parametrize(
    "text, giver",
    [
        (
            "Tim futsal Satreskrim Polresta Tanjungpinang keluar sebagai juara turnamen futsal Kapolresta Cup 2023.",
            "Kapolresta Tanjungpinang",
        ),
        ("Tim Satlantas Polres Sleman juara turnamen voli Kapolres Cup 2024.", "Kapolresta Sleman"),
        ("Polsek Depok Barat menjuarai turnamen bola voli Piala Kapolres Sleman.", "Kapolres Sleman"),
        (
            "Satreskrim Polresta Tanjungpinang menjadi juara pertama turnamen futsal antaranggota Polresta "
            "Tanjungpinang, Selasa (16/8).",
            "Kapolresta Tanjungpinang",
        ),
        ("Polsek Cangkringan juara lomba kebersihan markas antar-Polsek jajaran Polresta Sleman.", "Kapolresta Sleman"),
        (
            "Tim Satlantas Polres Blitar juara lomba tembak antarsatuan fungsi di lingkungan Polres Blitar.",
            "Kapolres Blitar",
        ),
    ],
)
def test_a_units_own_contest_is_given_by_its_chief(text, giver):
    assert extract_awards(None, text)[0]["giver"] == giver


# "putra" and "putri" after a contest's division word name the men's or women's side, not a child of the police:
# the team is the unit's.
@pytest.mark.parametrize(
    "text, units",
    [
        ("Tim bola voli putra Polda Jawa Timur menjadi juara I turnamen Kapolri Cup 2024.", ["Polda Jawa Timur"]),
        ("Tim basket putri Polda Bali meraih juara II Kapolri Cup 2023.", ["Polda Bali"]),
        ("Atlet tunggal putra Polres Kediri meraih juara I kejuaraan bulu tangkis Kapolda Cup.", ["Polres Kediri"]),
    ],
)
def test_a_contests_men_and_women_sides_are_the_units(text, units):
    assert classify_award_role(None, text).award_role == "received"
    assert [canonical_unit_name(u) for u in extract_awards(None, text)[0]["recipients"]] == units


def test_a_chiefs_son_is_still_kin():
    text = "Putra Kapolres Kediri meraih juara I lomba pidato pelajar se-Jawa Timur."
    assert classify_award_role(None, text).award_role != "received"
