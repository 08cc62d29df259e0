"""Phrase tables of an award's own fields: its year, its title, the officer who took it and the day."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.award_title_choice import best_title
from pipelines.award_titles import is_generic_title, names_award, title_of
from pipelines.award_years import year_in_title, year_of, years_of
from pipelines.categories import categories_of
from pipelines.classify import classify_award_role
from pipelines.givers import giver_category
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name, find_unit_mentions
from tools.eval_awards import shares_words

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
    check_breadth_of_wording(construction, title, text, day, role, awards)


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
    check_breadth_of_wording(construction, title, text, day, role, awards)


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
