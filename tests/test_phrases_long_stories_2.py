"""Phrase tables of long stories with several awards, a second probe: written apart from the real stories."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from tools.eval_awards import shares_words

# -- long stories with several awards, second probe -------------------------------------------------------------------
# A Polres's awards night for its Polsek and sections (and citizens, who get no object), a sub-unit's award from
# another giver "pada kesempatan yang sama", two juara I of two contests, an officer honoured personally beside his
# Polres's award from another body, "Ia juga memberikan penghargaan" where Ia is the Kapolres, a ranking whose taker is
# named for one place only, three units "masing-masing" juara I, II and III. A taker whose post names one unit
# ("Kapolsek A", "Kasat Lantas Polres B", "Bhabinkamtibmas Polsek C") is no officer of a neighbour unit's award.
LONG_STORIES_2 = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement) of each award
    ('pada kesempatan yang sama: a Satlantas award from another giver',
     None,
     'BOGOR - Polres Bogor menerima penghargaan dari Bupati Bogor atas pengamanan arus libur Natal dan Tahun Baru '
     'di kawasan Puncak. Penghargaan diserahkan Bupati Bogor Rudy Susmanto kepada Kapolres Bogor AKBP Wikha '
     'Ardilestanto di Pendopo Cibinong, Senin (6/1/2025). Pada kesempatan yang sama, Satlantas Polres Bogor '
     'menerima piagam dari Dinas Perhubungan Jawa Barat atas rekayasa lalu lintas satu arah. Piagam itu diterima '
     'Kasat Lantas AKP Rizky Guntama. Wikha mengatakan pengamanan melibatkan 1.200 personel gabungan. "Ini kerja '
     'bersama TNI, Polri dan pemda," katanya.',
     '2025-01-07', 'received', [
      (['Polres Bogor'], 'Wikha Ardilestanto', 'regional_government', 'Bupati Bogor', None, '2025-01-06', None),
      (['Satlantas Polres Bogor'], 'Rizky Guntama', 'regional_government', 'Dinas Perhubungan Jawa Barat', None, '2025-01-06', None),
     ]),
    ('two juara I in two contests of one Polda',
     None,
     'PALEMBANG - Polda Sumatera Selatan mengumumkan pemenang Lomba Kampung Bebas Narkoba dan Lomba Polisi Cilik '
     'tahun 2024 di Griya Agung, Palembang, Selasa (26/11/2024). Pada lomba Kampung Bebas Narkoba, juara I diraih '
     'Polres Ogan Ilir. Adapun juara I Lomba Polisi Cilik diraih Polres Lahat. Trofi diserahkan Kapolda Sumsel '
     'Irjen Pol Andi Rian Djajadi kepada para kapolres pemenang. "Pencegahan narkoba harus dimulai dari kampung," '
     'kata Andi. Ia menambahkan lomba akan digelar lagi tahun depan.',
     '2024-11-27', 'received', [
      (['Polres Ogan Ilir'], None, 'kapolda', 'Kapolda Sumatera Selatan', 2024, '2024-11-26', 1),
      (['Polres Lahat'], None, 'kapolda', 'Kapolda Sumatera Selatan', 2024, '2024-11-26', 1),
     ]),
    ("an officer honoured personally, and his Polres's award from a Wali Kota the same day",
     None,
     'KEDIRI - Kasat Reskrim Polres Kediri Kota AKP Bramastyo Priaji menerima penghargaan dari Kapolda Jawa Timur '
     'atas pengungkapan kasus pembunuhan berantai. Penghargaan itu diserahkan dalam upacara di Mapolda Jatim, '
     'Surabaya, Kamis (10/10/2024). Di hari yang sama, Polres Kediri Kota mendapat piagam penghargaan dari Wali '
     'Kota Kediri atas pengamanan Pilkada serentak. Piagam diterima Kapolres Kediri Kota AKBP Bimo Ariyanto di '
     'Balai Kota Kediri. "Dua penghargaan ini untuk seluruh anggota," ucap Bimo.',
     '2024-10-11', 'received', [
      (['Satreskrim Polres Kediri Kota'], 'Bramastyo Priaji', 'kapolda', 'Kapolda Jawa Timur', None, '2024-10-10', None),
      (['Polres Kediri Kota'], 'Bimo Ariyanto', 'regional_government', 'Wali Kota Kediri', None, '2024-10-10', None),
     ]),
    ('Ia juga memberikan penghargaan: Ia is the Kapolres, another day',
     None,
     'BLORA - Kapolres Blora AKBP Wawan Andi Susanto memberikan penghargaan kepada Polsek Cepu atas pengungkapan '
     'kasus pencurian minyak mentah. Piagam diserahkan dalam upacara di Mapolres Blora, Selasa (15/4/2025), dan '
     'diterima Kapolsek Cepu AKP Untung Prasetyo. Ia juga memberikan penghargaan kepada Satsamapta Polres Blora, '
     'Rabu (16/4/2025), atas evakuasi korban banjir di Kecamatan Kradenan. "Kecepatan bertindak menyelamatkan '
     'banyak nyawa," ujar Wawan. Selain personel, Wawan juga memberikan piagam kepada dua relawan banjir.',
     '2025-04-17', 'received', [
      (['Polsek Cepu'], 'Untung Prasetyo', 'other', 'Kapolres Blora', None, '2025-04-15', None),
      (['Satsamapta Polres Blora'], None, 'other', 'Kapolres Blora', None, '2025-04-16', None),
     ]),
    ('a ranking of Satlantas; a taker named for the second place only',
     None,
     'SERANG - Polda Banten mengumumkan hasil penilaian satlantas terbaik tahun 2024 dalam apel di Mapolda Banten, '
     'Senin (13/1/2025). Satlantas Polres Pandeglang menempati peringkat pertama, Satlantas Polres Lebak peringkat '
     'kedua dan Satlantas Polresta Tangerang peringkat ketiga. Trofi peringkat kedua diterima Kasat Lantas Polres '
     'Lebak AKP Dhoni Erwanto. Kapolda Banten Irjen Pol Suyudi Ario Seto meminta satlantas lain belajar dari para '
     'pemenang.',
     '2025-01-14', 'received', [
      (['Satlantas Polres Pandeglang'], None, 'kapolda', 'Polda Banten', 2024, '2025-01-13', 1),
      (['Satlantas Polres Lebak'], 'Dhoni Erwanto', 'kapolda', 'Polda Banten', 2024, '2025-01-13', 2),
      (['Satlantas Polresta Tangerang'], None, 'kapolda', 'Polda Banten', 2024, '2025-01-13', 3),
     ]),
    ('HUT Bhayangkara of a Polres: a Bhabinkamtibmas personally, a Polsek, a citizen; giver said last',
     None,
     'LUMAJANG - Polres Lumajang memberikan penghargaan kepada personel dan warga berprestasi dalam upacara Hari '
     'Bhayangkara ke-79 di Alun-alun Lumajang, Selasa (1/7/2025). Bhabinkamtibmas Polsek Pasirian Aipda Slamet '
     'Riyadi menerima penghargaan atas inisiatifnya membangun sumur bor bagi warga. Polsek Senduro dinobatkan '
     'sebagai polsek terbaik dalam pelayanan masyarakat. Penghargaan juga diberikan kepada seorang guru ngaji yang '
     'membantu penyelesaian konflik warga. Semua penghargaan diserahkan Kapolres Lumajang AKBP Alex Sandy Siregar.',
     '2025-07-02', 'received', [
      (['Polsek Pasirian'], 'Slamet Riyadi', 'other', 'Kapolres Lumajang', None, '2025-07-01', None),
      (['Polsek Senduro'], None, 'other', 'Kapolres Lumajang', None, '2025-07-01', None),
     ]),
    ('masing-masing juara I, II dan III for three units named first; trophy handed later',
     None,
     'AMBON - Polres Maluku Tengah, Polresta Ambon dan Polres Seram Bagian Barat masing-masing meraih juara I, II '
     'dan III lomba Polisi Peduli Pendidikan tingkat Polda Maluku tahun 2024. Penyerahan hadiah digelar di Mapolda '
     'Maluku, Jumat (22/11/2024). Piala diserahkan Wakapolda Maluku Brigjen Pol Dwi Prasetyo kepada para kapolres '
     'pemenang. Lomba menilai kegiatan polisi mengajar di sekolah pelosok.',
     '2024-11-23', 'received', [
      (['Polres Maluku Tengah'], None, 'kapolda', 'Polda Maluku', 2024, '2024-11-22', 1),
      (['Polresta Ambon'], None, 'kapolda', 'Polda Maluku', 2024, '2024-11-22', 2),
      (['Polres Seram Bagian Barat'], None, 'kapolda', 'Polda Maluku', 2024, '2024-11-22', 3),
     ]),
    ('di tempat terpisah with no day: the second award has no date',
     None,
     'MANADO - Polda Sulawesi Utara meraih penghargaan dari Komisi Informasi Provinsi Sulawesi Utara sebagai badan '
     'publik informatif tahun 2024. Penghargaan diserahkan Ketua KI Sulut kepada Kabid Humas Polda Sulut Kombes '
     'Pol Michael Bunga di Manado, Rabu (18/12/2024). Di tempat terpisah, Polres Minahasa Utara menerima '
     'penghargaan dari Bupati Minahasa Utara atas pengamanan perayaan Natal. Penghargaan itu diterima Kapolres '
     'Minahasa Utara AKBP Erlin Tangjaya. "Kami siap mengawal perayaan Natal dan Tahun Baru," kata Erlin.',
     '2024-12-19', 'received', [
      (['Polda Sulawesi Utara'], 'Michael Bunga', 'other', 'Komisi Informasi Provinsi Sulawesi Utara', 2024, '2024-12-18', None),
      (['Polres Minahasa Utara'], 'Erlin Tangjaya', 'regional_government', 'Bupati Minahasa Utara', None, None, None),
     ]),
    ('Polda ranking; handover told later: Piala diserahkan langsung Kapolda kepada Kapolres X',
     None,
     'PEKANBARU - Polres Kampar keluar sebagai juara I lomba Kampung Tangguh Bencana tingkat Polda Riau tahun '
     '2025. Posisi kedua diraih Polres Siak, disusul Polres Bengkalis di posisi ketiga. Pengumuman pemenang '
     'berlangsung dalam apel di Lapangan Mapolda Riau, Rabu (13/8/2025). Piala diserahkan langsung Kapolda Riau '
     'Irjen Pol Herry Heryawan kepada Kapolres Kampar AKBP Ronald Sumaja. "Kampung tangguh menjadi benteng pertama '
     'saat bencana datang," kata Herry. Lomba diikuti 12 polres jajaran sejak Juni.',
     '2025-08-14', 'received', [
      (['Polres Kampar'], 'Ronald Sumaja', 'kapolda', 'Kapolda Riau', 2025, '2025-08-13', 1),
      (['Polres Siak'], None, 'kapolda', 'Kapolda Riau', 2025, '2025-08-13', 2),
      (['Polres Bengkalis'], None, 'kapolda', 'Kapolda Riau', 2025, '2025-08-13', 3),
     ]),
    ('Penghargaan untuk Polresta X diterima ..., Adapun penghargaan untuk Polres Y diterima ...',
     None,
     'SAMARINDA - Gubernur Kalimantan Timur memberikan penghargaan kepada instansi yang mendukung penyelenggaraan '
     'Pilkada serentak di Pendopo Lamin Etam, Jumat (20/12/2024). Polresta Samarinda menerima penghargaan kategori '
     'pengamanan tahapan pilkada, sementara Polres Kutai Kartanegara menerima penghargaan kategori pengamanan '
     'logistik. Penghargaan untuk Polresta Samarinda diterima Wakapolresta Samarinda AKBP Eko Budiarto. Adapun '
     'penghargaan untuk Polres Kutai Kartanegara diterima Kabag Ops Kompol Agus Setiawan. Gubernur berharap '
     'sinergi itu berlanjut.',
     '2024-12-21', 'received', [
      (['Polresta Samarinda'], 'Eko Budiarto', 'regional_government', 'Gubernur Kalimantan Timur', None, '2024-12-20', None),
      (['Polres Kutai Kartanegara'], 'Agus Setiawan', 'regional_government', 'Gubernur Kalimantan Timur', None, '2024-12-20', None),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", LONG_STORIES_2, ids=[r[0] for r in LONG_STORIES_2]
)
def test_long_stories_with_several_awards_2(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    taken = []
    for units, officer, kind, giver, year, event_day, placement in awards if got is not None else []:
        check_fields(award_for(got, units, placement, taken), officer, kind, giver, year, event_day)


# A taker named by a post of his own unit takes that unit's award only: a Kapolsek, a Kasat of another Polres, a
# Kapolres handed the winner's cup; a unit above or below his, or a section beside his own, may still be his. A
# follow-up naming the unit ("Penghargaan untuk Polres A diterima ...") tells of that unit's award, not another's.
TAKERS_OF_NEIGHBOURS = [
    # construction, story, (recipients, officer, kind, giver, year, placement) of each award
    ('the trophy of the second place taken by its Kasat: the first place has no officer',
     'Polda Bengkulu menetapkan Satlantas Polres Kaur sebagai juara I dan Satlantas Polres Seluma sebagai juara II '
     'lomba tertib lalu lintas tahun 2025. Piala juara II diterima Kasat Lantas Polres Seluma AKP Hendra Gunawan.',
     [
      (['Satlantas Polres Kaur'], None, 'kapolda', 'Polda Bengkulu', 2025, 1),
      (['Satlantas Polres Seluma'], 'Hendra Gunawan', 'kapolda', 'Polda Bengkulu', 2025, 2),
     ]),
    ("a Kapolres handed the winner's cup is no officer of the runner-up's",
     'Polres Grobogan meraih juara I lomba Kampung Tangguh tingkat Polda Jawa Tengah tahun 2024, disusul Polres '
     'Rembang di posisi kedua. Piala diserahkan Kapolda Jawa Tengah kepada Kapolres Grobogan AKBP Tjahyo Wibowo.',
     [
      (['Polres Grobogan'], 'Tjahyo Wibowo', 'kapolda', 'Kapolda Jawa Tengah', 2024, 1),
      (['Polres Rembang'], None, 'kapolda', 'Kapolda Jawa Tengah', 2024, 2),
     ]),
    ("a Kapolsek who took one Polsek's piagam: the next Polsek's award from the same chief is not his",
     'Kapolres Magelang memberikan piagam kepada Polsek Muntilan, diterima Kapolsek Muntilan AKP Joko Susilo. '
     'Kapolres juga memberikan penghargaan kepada Polsek Borobudur atas pengamanan Waisak.',
     [
      (['Polsek Muntilan'], 'Joko Susilo', 'other', 'Kapolres Magelang', None, None),
      (['Polsek Borobudur'], None, 'other', 'Kapolres Magelang', None, None),
     ]),
    ("a ranking, the cup handed over kepada the winner's Kapolres in a later sentence (diserahkan)",
     'Polres Sintang meraih juara I lomba Polisi Peduli Sungai tingkat Polda Kalimantan Barat tahun 2024. Posisi '
     'kedua diraih Polres Sekadau, disusul Polres Melawi di posisi ketiga. Trofi diserahkan Wakapolda Kalbar kepada '
     'Kapolres Sintang AKBP Tommy Ferdian.',
     [
      (['Polres Sintang'], 'Tommy Ferdian', 'kapolda', 'Polda Kalimantan Barat', 2024, 1),
      (['Polres Sekadau'], None, 'kapolda', 'Polda Kalimantan Barat', 2024, 2),
      (['Polres Melawi'], None, 'kapolda', 'Polda Kalimantan Barat', 2024, 3),
     ]),
    ('a ranking, the Kapolda menyerahkan piala kepada the winner\'s Kapolres in a later sentence',
     'Polres Tebo menjadi juara pertama lomba Bhabinkamtibmas teladan tingkat Polda Jambi tahun 2025. Posisi kedua '
     'ditempati Polres Bungo, disusul Polres Merangin di posisi ketiga. Kapolda Jambi menyerahkan piala kepada '
     'Kapolres Tebo AKBP Yoga Darmawan di Mapolda.',
     [
      (['Polres Tebo'], 'Yoga Darmawan', 'kapolda', 'Kapolda Jambi', 2025, 1),
      (['Polres Bungo'], None, 'kapolda', 'Kapolda Jambi', 2025, 2),
      (['Polres Merangin'], None, 'kapolda', 'Kapolda Jambi', 2025, 3),
     ]),
    ('penghargaan untuk Polres A diterima ...; adapun penghargaan untuk Polsek B diterima ...: each its own',
     'Wali Kota Bitung memberikan penghargaan kepada dua satuan. Polres Bitung menerima penghargaan kategori '
     'pengamanan pelabuhan, sedangkan Polsek Matuari menerima penghargaan kategori pembinaan pemuda. Penghargaan '
     'untuk Polres Bitung diterima Wakapolres Bitung Kompol Ferry Lumintang. Adapun penghargaan untuk Polsek '
     'Matuari diterima Kapolsek Matuari AKP Jefry Pangau.',
     [
      (['Polres Bitung'], 'Ferry Lumintang', 'regional_government', 'Wali Kota Bitung', None, None),
      (['Polsek Matuari'], 'Jefry Pangau', 'regional_government', 'Wali Kota Bitung', None, None),
     ]),
    ('a Kasat Lantas takes the award of the Satpas of his own Polres',
     'Satpas Polres Klaten meraih penghargaan dari Korlantas Polri sebagai satpas dengan layanan terbaik. '
     'Penghargaan diterima Kasat Lantas Polres Klaten AKP Dimas Prasetyo.',
     [
      (['Satpas Polres Klaten'], 'Dimas Prasetyo', 'kapolri', 'Korlantas Polri', None, None),
     ]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, awards", TAKERS_OF_NEIGHBOURS, ids=[r[0] for r in TAKERS_OF_NEIGHBOURS])
def test_takers_of_neighbour_units(construction, text, awards):
    got = awards_of_passage(None, text, "2025-03-04", "received", len(awards))
    taken = []
    for units, officer, kind, giver, year, placement in awards:
        award = award_for(got, units, placement, taken)
        assert (award["officer"], award["category"], award["year"]) == (officer, kind, year)
        assert shares_words(giver, award["giver"]), award["giver"]


# An award told "di tempat terpisah", "secara terpisah", "di tempat lain", "pada kesempatan berbeda" is dated by its own
# sentences and those after them: with no day of its own it has none, never the day of the occasion told before it.
TOLD_APART = [
    # construction, story, (recipients, event day) of each award
    ('secara terpisah with no day: no date',
     'Polres Bantul menerima penghargaan dari Bupati Bantul di Pendopo Parasamya, Senin (3/3/2025). Secara '
     'terpisah, Polsek Sewon meraih piagam dari Camat Sewon atas pengamanan pasar malam.',
     [(['Polres Bantul'], '2025-03-03'), (['Polsek Sewon'], None)]),
    ('di tempat lain with no day, a follow-up taker: no date',
     'Satlantas Polres Tegal menerima penghargaan dari PT Jasa Raharja di Slawi, Rabu (5/3/2025). Di tempat lain, '
     'Polsek Adiwerna menerima piagam dari Camat Adiwerna. Piagam itu diterima Kapolsek Adiwerna AKP Sutarno.',
     [(['Satlantas Polres Tegal'], '2025-03-05'), (['Polsek Adiwerna'], None)]),
    ('pada kesempatan berbeda with a day of its own: that day',
     'Polres Klungkung meraih penghargaan dari Bupati Klungkung, Selasa (4/3/2025). Pada kesempatan berbeda, Polsek '
     'Nusa Penida menerima penghargaan dari Camat Nusa Penida, Kamis (27/2/2025).',
     [(['Polres Klungkung'], '2025-03-04'), (['Polsek Nusa Penida'], '2025-02-27')]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, awards", TOLD_APART, ids=[r[0] for r in TOLD_APART])
def test_awards_told_apart_keep_their_own_day(construction, text, awards):
    got = awards_of_passage(None, text, "2025-03-06", "received", len(awards))
    taken = []
    for units, event_day in awards:
        assert award_for(got, units, None, taken)["event_date"] == event_day
