"""Phrase tables of an award's year: the period a passage or an award's name states, and the givers' kinds."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.award_years import year_in_title, year_of, years_of
from pipelines.categories import categories_of
from pipelines.givers import giver_category
from pipelines.structure import extract_awards

# -- the award's year: the period it was won for ------------------------------------------------------

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
