"""Phrase tables of title and giver constructions that several real stories share, in this team's own wording."""

import pytest
from phrase_checks import awards_of_passage, check_fields

from tools.eval_awards import shares_words

# -- a place or medal at a championship others hold ---------------------------------------------------------------------
# Polri's team wins at a national or open championship, an international police games or a contest another force
# holds; the story names no giver, only the team's own Polda, Kapolda or Polri (its support, its spokesman). The
# winners' own chief does not give the prize: the giver is null and the kind `other`. A contest a Polri chief's cup or
# a HUT Bhayangkara names stays his.
OUTSIDE_CONTESTS = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day, title)
    ('a national championship: the Polda team, its Kapolda only thanked',
     None,
     'PADANG - Tim Karate Polda Sumatera Barat meraih juara II pada Kejuaraan Nasional Karate Antarklub 2024 di '
     'GOR Haji Agus Salim, Padang, 10-12 Mei 2024. Tim yang dibina Kapolda Sumbar Irjen Pol Suharyono itu '
     'mengumpulkan tiga medali emas dan dua perak. "Terima kasih atas dukungan Bapak Kapolda," kata pelatih tim.',
     '2024-05-13', 'received', [
      (['Polda Sumatera Barat'], None, 'other', None, 2024, None,
       'juara II Kejuaraan Nasional Karate Antarklub 2024'),
     ]),
    ("an open championship abroad: Polri's shooters, Polri's spokesman",
     None,
     'JAKARTA - Tim Menembak dari Polri meraih juara umum pada ajang Bangkok Open Shooting Championship 2023 yang diikuti '
     'penembak dari sembilan negara. Kadiv Humas Polri Irjen Pol Sandi Nugroho menyebut tim membawa pulang lima '
     'medali emas dari kejuaraan yang berlangsung 3-5 Maret 2023 itu.',
     '2023-03-07', 'received', [
      (['Mabes Polri'], None, 'other', None, 2023, None, 'juara umum Bangkok Open Shooting Championship 2023'),
     ]),
    ('a tournament among the Polda\'s own Polres stays the Kapolda\'s',
     None,
     'YOGYAKARTA - Polres Bantul meraih juara I Turnamen Bola Voli antarpolres se-Polda DIY 2024 di GOR Polda DIY, '
     'Sabtu (15/6/2024). Kapolda DIY Irjen Pol Suwondo Nainggolan berharap turnamen itu mempererat soliditas.',
     '2024-06-16', 'received', [
      (['Polres Bantul'], None, 'kapolda', 'Kapolda Daerah Istimewa Yogyakarta', 2024, '2024-06-15',
       'juara I Turnamen Bola Voli antarpolres se-Polda DIY 2024'),
     ]),
    ('an open silat championship: a Polda team wins, its Polda gives training only',
     None,
     'MEDAN - Personel Polda Sumatera Utara meraih juara umum pertama kategori TNI/Polri pada Kejuaraan Pencak Silat '
     'Deli Open Championship 2025. Polda Sumut, kata Kabid Humas, terus memberi dukungan berupa fasilitas latihan '
     'bagi para atletnya.',
     '2025-02-10', 'received', [
      (['Polda Sumatera Utara'], None, 'other', None, 2025, None,
       'juara umum pertama kategori TNI/Polri Kejuaraan Pencak Silat Deli Open Championship 2025'),
     ]),
]  # fmt: skip


# -- a list of a contest's parts --------------------------------------------------------------------------------------
# "Kejuaraan itu dibagi dalam tiga kategori, yaitu A, B dan C", "turnamen yang diikuti tim dari empat provinsi, yakni
# A, B, C dan D": the list names the contest's categories or entrants, not awards the team won. The award is the place
# the story says the team took.
CONTEST_PARTS = [
    ('the categories a championship is divided into, then the place won',
     None,
     'AMBON - Tim Taekwondo Polda Maluku menjadi juara umum Kejuaraan Taekwondo Ambon Open 2022. Menurut '
     'pelatih Taekwondo Polda Maluku Aipda Yosef Latuheru, kejuaraan itu dibagi dalam tiga kategori, yaitu pelajar, mahasiswa dan umum. '
     '"Kami turun di kategori umum," katanya.',
     '2022-09-20', 'received', [
      (['Polda Maluku'], None, 'other', None, 2022, None,
       'juara umum Kejuaraan Taekwondo Ambon Open 2022'),
     ]),
    ('the entrants of a championship listed after diikuti',
     None,
     'KUPANG - Polda Nusa Tenggara Timur mengirim tim panahan ke ajang Flobamora Open Archery Championship 2024. '
     'Personel Polda NTT meraih juara ketiga kategori beregu dalam kejuaraan yang diikuti tim dari empat negara, '
     'yakni Indonesia, Timor Leste, Australia dan Papua Nugini.',
     '2024-06-03', 'received', [
      (['Polda Nusa Tenggara Timur'], None, 'other', None, 2024, None,
       'juara ketiga kategori beregu Flobamora Open Archery Championship 2024'),
     ]),
]  # fmt: skip


# -- a place won "dalam kejuaraan itu" ----------------------------------------------------------------------------------
# The place's own sentence names the contest by its bare word ("dalam turnamen itu", "pada kejuaraan tersebut") and an
# earlier sentence gives its name: the title takes the name, as for a place that names no contest at all.
BARE_CONTEST_WORD = [
    ('a place won in "turnamen itu", the name given the sentence before',
     None,
     'BITUNG - Polres Bitung mengirim tim bola voli ke ajang Bitung Volleyball Open 2023 di GOR Duasudara. Tim voli '
     'Polres Bitung meraih juara kedua dalam turnamen itu setelah kalah dari klub tuan rumah di laga final.',
     '2023-08-21', 'received', [
      (['Polres Bitung'], None, 'other', None, 2023, None, 'juara kedua Bitung Volleyball Open 2023'),
     ]),
]  # fmt: skip


# -- a customary title named after its kind ---------------------------------------------------------------------------
# "menerima gelar adat Dayak, yaitu <name>", "Gelar adat yang diberikan itu adalah \"<name>\"": the title is its kind
# with its name, as the story gives it.
CUSTOMARY_TITLES_NAMED = [
    ('gelar adat, yaitu its name',
     None,
     'SAMARINDA - Kapolda Kalimantan Timur Irjen Pol Nanang Avianto menerima gelar adat Kutai, yaitu Pangeran Sri '
     'Wirya Negara, dari Lembaga Adat Kesultanan Kutai Kartanegara dalam upacara Erau di Tenggarong, Minggu '
     '(22/9/2024). Gelar itu bermakna pemimpin yang menjaga negeri.',
     '2024-09-23', 'received', [
      (['Polda Kalimantan Timur'], 'Nanang Avianto', 'other', 'Lembaga Adat Kesultanan Kutai Kartanegara', None,
       '2024-09-22', 'gelar adat Kutai Pangeran Sri Wirya Negara'),
     ]),
    ('Gelar adat ... itu adalah "its name", the sentence after the award',
     'Kapolda Sulteng Terima Gelar Adat',
     'PALU - Kapolda Sulawesi Tengah Irjen Pol Agus Nugroho memperoleh gelar kehormatan adat dari Dewan Adat Kota '
     'Palu, Kamis (14/3/2024). Gelar adat yang diberikan kepadanya itu adalah "Tadulako Ntodea Mangge Bola", yang '
     'berarti panglima pelindung rakyat.',
     '2024-03-15', 'received', [
      (['Polda Sulawesi Tengah'], 'Agus Nugroho', 'other', 'Dewan Adat Kota Palu', None, '2024-03-14',
       'gelar kehormatan adat Tadulako Ntodea Mangge Bola'),
     ]),
]  # fmt: skip


# -- an audit opinion and the report it was given on -------------------------------------------------------------------
# "Polda X kembali meraih predikat WTP" and, in another sentence, the report the BPK audited ("Laporan Keuangan Polda X
# Tahun 2021", "pemeriksaan laporan keuangan tahun 2022"): the title names the opinion on that report; a window the
# opinion is counted from ("sejak 2015") is no part of it.
AUDIT_OPINIONS = [
    ('predikat WTP, the audited report named in the sentence before',
     None,
     'MEDAN - BPK Perwakilan Sumatera Utara menyerahkan hasil pemeriksaan atas Laporan Keuangan Polda Sumatera Utara '
     'Tahun 2021 di Mapolda Sumut, Selasa (24/5/2022). Polda Sumatera Utara kembali meraih predikat WTP dari BPK.',
     '2022-05-25', 'received', [
      (['Polda Sumatera Utara'], None, 'other', 'BPK', 2021, '2022-05-24',
       'predikat WTP atas Laporan Keuangan Polda Sumatera Utara Tahun 2021'),
     ]),
    ('opini WTP counted sejak a year; the report named in a quote',
     None,
     'SEMARANG - Polda Jawa Tengah memperoleh opini Wajar Tanpa Pengecualian (WTP) dari BPK sejak 2015. "Dalam '
     'pemeriksaan laporan keuangan tahun 2022 kami tidak menemukan masalah berarti," kata Kepala BPK Perwakilan Jawa '
     'Tengah, Kamis (8/6/2023).',
     '2023-06-09', 'received', [
      (['Polda Jawa Tengah'], None, 'other', 'BPK', 2022, '2023-06-08',
       'opini Wajar Tanpa Pengecualian (WTP) atas laporan keuangan tahun 2022'),
     ]),
]  # fmt: skip


# -- a contest's full name, told apart from its places ----------------------------------------------------------------
# A place that names no contest ("tampil sebagai juara") was won at the one the story names; its name runs on over two
# sports joined by "dan" ("Kejuaraan Karate dan Kempo Polri") and over the occasion it is held for ("lomba balap karung
# dalam rangka HUT Bhayangkara ke-78 tahun 2024").
CONTEST_NAMES_IN_FULL = [
    ('two sports joined by dan in the name of a Polri championship',
     None,
     'SURABAYA - Polres Malang meraih juara umum pada Kejuaraan Karate dan Kempo Polri se-Jawa Timur Piala Kapolda '
     '2023. Kejuaraan itu ditutup di GOR Bhayangkara, Minggu (17/9/2023).',
     '2023-09-18', 'received', [
      (['Polres Malang'], None, 'kapolda', 'Kapolda Jawa Timur', 2023, '2023-09-17',
       'juara umum Kejuaraan Karate dan Kempo Polri se-Jawa Timur Piala Kapolda 2023'),
     ]),
    ('a lower-case contest held for an anniversary; its winner told in another sentence',
     None,
     'MATARAM - Final lomba balap karung dalam rangka HUT Bhayangkara ke-78 tahun 2024 digelar di lapangan Mapolda NTB, '
     'Sabtu (29/6/2024). Dalam lomba itu, tim Polresta Mataram keluar sebagai juara setelah mengalahkan tim Polres '
     'Lombok Barat.',
     '2024-06-30', 'received', [
      (['Polresta Mataram'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', None, '2024-06-29',
       'juara lomba balap karung HUT Bhayangkara ke-78 tahun 2024'),
     ]),
]  # fmt: skip


# -- a giver named with his region's initials -------------------------------------------------------------------------
# "Kapolres HST", "Bupati TTS": the giver is written with the region spelled out, as the set writes every post.
REGION_INITIALS = [
    ('a Kapolres named by his region initials rewards his Satlantas',
     None,
     'BARABAI - Sebanyak lima personel Satlantas Polres Hulu Sungai Tengah menerima penghargaan dari Kapolres HST AKBP '
     'Jupri Tampubolon atas pertolongan kepada korban kecelakaan di jalan Barabai-Kandangan, Senin (4/3/2024).',
     '2024-03-05', 'received', [
      (['Satlantas Polres Hulu Sungai Tengah'], None, 'other', 'Kapolres Hulu Sungai Tengah', None, '2024-03-04',
       'penghargaan atas pertolongan kepada korban kecelakaan'),
     ]),
    ('a Bupati named by his regency initials gives a piagam to a Polres',
     None,
     'SOE - Bupati TTS Egusem Piether Tahun memberikan piagam penghargaan kepada Polres Timor Tengah Selatan atas '
     'pengamanan pemilu yang aman dan damai, Rabu (21/2/2024).',
     '2024-02-22', 'received', [
      (['Polres Timor Tengah Selatan'], None, 'regional_government', 'Bupati Timor Tengah Selatan', None,
       '2024-02-21', 'piagam penghargaan atas pengamanan pemilu'),
     ]),
]  # fmt: skip


# -- a ministry's directorate-general as the giver --------------------------------------------------------------------
# A Dirjen who confers by his directorate's short name, the ministry unnamed ("piagam dari Dirjen PSDKP"), and an award
# said to be from a directorate-general whose ministry's initials are joined to its own ("(PPI-KLHK)") while another
# sentence says only the ministry gave: the giver is the directorate-general written with its ministry's initials.
DIRECTORATES_GENERAL = [
    ('a Dirjen by his short name alone; the ministry is known',
     None,
     'AMBON - Ditpolairud Polda Maluku menerima piagam penghargaan dari Dirjen PSDKP atas penangkapan kapal pencuri '
     'ikan di Laut Banda. Piagam diserahkan di Pangkalan PSDKP Ambon, Selasa (7/11/2023).',
     '2023-11-08', 'received', [
      (['Ditpolairud Polda Maluku'], None, 'ministry', 'Ditjen PSDKP KKP', None, '2023-11-07',
       'piagam penghargaan atas penangkapan kapal pencuri ikan'),
     ]),
    ('an award from a directorate-general (X-KLHK); a later sentence says KLHK gave it',
     None,
     'PEKANBARU - Polda Riau menerima piagam penghargaan dari Direktorat Jenderal Penegakan Hukum Lingkungan Hidup '
     'dan Kehutanan (Gakkum-KLHK), Kamis (5/10/2023). Menurut Kapolda, KLHK memberikan penghargaan itu atas '
     'pengungkapan kasus pembakaran lahan gambut.',
     '2023-10-06', 'received', [
      (['Polda Riau'], None, 'ministry', 'Ditjen Gakkum KLHK', None, '2023-10-05',
       'piagam penghargaan atas pengungkapan kasus pembakaran lahan gambut'),
     ]),
]  # fmt: skip


# -- a contest a Polda or its unit holds, no giver named ----------------------------------------------------------------
# A trophy named after a Polda ("Turnamen Futsal Polda Jambi Cup") is its Kapolda's; a contest a unit is said to hold
# ("lomba yang digelar Satbrimob Polda X untuk memeriahkan HUT Brimob") is given by that unit, a Polda's own (`kapolda`).
HELD_BY_A_POLDA = [
    ('a trophy named after the Polda itself',
     None,
     'JAMBI - Turnamen Futsal Polda Jambi Cup yang diikuti tim instansi se-Provinsi Jambi berakhir, Minggu '
     '(23/6/2024). Tim futsal Polda Jambi keluar sebagai juara I setelah menang 3-1 di laga final.',
     '2024-06-24', 'received', [
      (['Polda Jambi'], None, 'kapolda', 'Kapolda Jambi', None, '2024-06-23',
       'juara I Turnamen Futsal Polda Jambi Cup'),
     ]),
    ("a Satbrimob's own shooting contest for its anniversary",
     None,
     'PADANG - Lomba tembak reaksi menjadi bagian rangkaian kegiatan yang digelar Satbrimob Polda Sumatera Barat untuk '
     'memeriahkan HUT Brimob ke-78, Kamis (9/11/2023). Batalyon A Pelopor Satbrimob Polda Sumatera Barat keluar sebagai '
     'juara I beregu.',
     '2023-11-10', 'received', [
      (['Batalyon A Pelopor Satbrimob Polda Sumatera Barat'], None, 'kapolda', 'Satbrimob Polda Sumatera Barat', None,
       '2023-11-09', 'juara I beregu lomba tembak reaksi'),
     ]),
]  # fmt: skip

PASSAGE_TABLES = [
    HELD_BY_A_POLDA,
    DIRECTORATES_GENERAL,
    REGION_INITIALS,
    OUTSIDE_CONTESTS,
    CONTEST_PARTS,
    BARE_CONTEST_WORD,
    CUSTOMARY_TITLES_NAMED,
    AUDIT_OPINIONS,
    CONTEST_NAMES_IN_FULL,
]


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    [row for table in PASSAGE_TABLES for row in table],
    ids=[row[0] for table in PASSAGE_TABLES for row in table],
)
def test_shared_title_and_giver_constructions(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for (units, officer, kind, giver, year, event_day, wanted), award in zip(awards, got or [], strict=True):
        assert set(award["recipients"]) == set(units), award["recipients"]
        check_fields(award, officer, kind, giver, year, event_day)
        # the giver as the set writes it, word for word ("Kapolda X" and "Polda X" are one giver)
        assert _same_giver(giver, award["giver"]), award["giver"]
        assert shares_words(wanted, award["title"]), award["title"]


def _same_giver(wanted, got):
    return (wanted or "").replace("Kapolda ", "Polda ") == (got or "").replace("Kapolda ", "Polda ")
