"""Phrase tables of police posts and groups: Polri's posts, sections and kinds of members as receivers and as
givers, and the look-alike forces and guards outside Polri."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.classify import classify_award_role
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name

# -- police posts and groups: short stories naming Polri's smaller posts and its members by their kind ---------------
# Written apart from the real stories: posts below a Polsek (Polsubsektor, Pospol) and their chiefs, sections of a
# Polres (Bag Ops, Subbag Humas, Sikeu, Sium, Sipropam and its Provos, Sat Tahti, Sat Samapta, Satpolairud) and of a
# Polda (Direktorat Sabhara, Satbrimob), members by their kind (bintara and tamtama, penyidik, polwan and polki,
# Bhabinkamtibmas, a Danki, a Danton, a Wakasat standing in), as receivers and as givers to people outside Polri;
# and forces or guards that look like police but are not Polri (Satpol PP, Polisi Pamong Praja, Polhut, Polsus,
# Satpam, Linmas, a Babinsa, a Danramil): none, or given when the police honour them. A Satbrimob, like a Polda's
# directorate, confers in its own name as the Polda does (`kapolda`).
POLICE_POSTS = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ('a Kasubbag Humas honoured by a press body',
     'Kasubbag Humas Polres Pati Raih Penghargaan PWI',
     'PATI - Kasubbag Humas Polres Pati AKP Sutrisno menerima penghargaan dari Persatuan Wartawan '
     'Indonesia (PWI) Kabupaten Pati sebagai pejabat humas paling responsif tahun 2024. Penghargaan '
     'diserahkan Ketua PWI Pati dalam peringatan Hari Pers Nasional, Minggu (9/2/2025).',
     '2025-02-10', 'received', [
      (['Seksi Humas Polres Pati'], 'Sutrisno', 'media', 'PWI Kabupaten Pati', 2024, '2025-02-09'),
     ]),
    ("a Kabag Ops receives a Kapolda's award",
     None,
     'KEDIRI - Kabag Ops Polres Kediri Kota Kompol Hadi Susanto mendapat penghargaan dari Kapolda Jawa '
     'Timur Irjen Pol Bambang Wirawan atas keberhasilan pengamanan Pilkada serentak. Penghargaan '
     'diserahkan di Gedung Mahameru Polda Jatim, Rabu (11/12/2024).',
     '2024-12-12', 'received', [
      (['Bag Ops Polres Kediri Kota'], 'Hadi Susanto', 'kapolda', 'Kapolda Jawa Timur', None, '2024-12-11'),
     ]),
    ("a Polsubsektor receives a Kapolres's piagam, its chief takes it",
     None,
     'PELALAWAN - Polsubsektor Pangkalan Lesung menerima piagam penghargaan dari Kapolres Pelalawan AKBP '
     'Rizky Ananda atas keberhasilan menekan kebakaran hutan dan lahan. Piagam diterima Kapolsubsektor '
     'Pangkalan Lesung Ipda Rahmat Hidayat, Jumat (4/10/2024).',
     '2024-10-05', 'received', [
      (['Polsubsektor Pangkalan Lesung'], 'Rahmat Hidayat', 'other', 'Kapolres Pelalawan', None, '2024-10-04'),
     ]),
    ('a Kapolsubsektor gives a piagam to a citizen',
     None,
     'INDRAGIRI HILIR - Kapolsubsektor Kuala Cenaku Ipda Syamsul Bahri memberikan piagam penghargaan '
     'kepada seorang warga, Rudi (41), yang membantu menangkap pelaku pencurian di pasar desa. Piagam '
     'diserahkan di rumah warga tersebut, Sabtu (2/11/2024).',
     '2024-11-03', 'given', []),
    ('a Kapospol gives an award to an ojek driver',
     None,
     'PALEMBANG - Kapospol Simpang Tiga Aipda Hendra Saputra memberikan penghargaan kepada seorang '
     'pengemudi ojek yang mengembalikan dompet berisi uang jutaan rupiah milik penumpangnya. "Kejujuran '
     'seperti ini patut dicontoh," kata Hendra, Rabu (15/5/2024).',
     '2024-05-16', 'given', []),
    ("a Pospol receives a Bupati's award",
     None,
     'BUKITTINGGI - Pospol Pasar Atas meraih penghargaan dari Wali Kota Bukittinggi atas kesigapan menjaga '
     'keamanan pasar selama Ramadan. Penghargaan diterima Kapospol Pasar Atas Aiptu Zulkifli di Balai '
     'Kota, Senin (15/4/2024).',
     '2024-04-16', 'received', [
      (['Pospol Pasar Atas'], 'Zulkifli', 'regional_government', 'Wali Kota Bukittinggi', None, '2024-04-15'),
     ]),
    ('a Wakasat stands in for his Kasat at an Ombudsman award',
     'Satlantas Polres Karawang Raih Predikat Kepatuhan Tinggi',
     'KARAWANG - Satlantas Polres Karawang meraih predikat kepatuhan tinggi standar pelayanan publik tahun '
     '2024 dari Ombudsman RI Perwakilan Jawa Barat. Penghargaan diterima Wakasat Lantas AKP Dedi Kurnia '
     'mewakili Kasat Lantas di Bandung, Kamis (19/12/2024).',
     '2024-12-20', 'received', [
      (['Satlantas Polres Karawang'], 'Dedi Kurnia', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Barat', 2024, '2024-12-19'),
     ]),
    ('bintara and tamtama of a Polres honoured by their Kapolres',
     None,
     'TIMIKA - Sebanyak 12 bintara dan tamtama Polres Mimika menerima penghargaan dari Kapolres Mimika '
     'AKBP Yohanis Wenda atas pengabdian mereka menjaga keamanan di wilayah pegunungan. Penghargaan '
     'diserahkan usai apel pagi, Selasa (6/8/2024).',
     '2024-08-07', 'received', [
      (['Polres Mimika'], None, 'other', 'Kapolres Mimika', None, '2024-08-06'),
     ]),
    ('personnel of a Sat Samapta diganjar by the Kapolres',
     None,
     'LUMAJANG - Personel Sat Samapta Polres Lumajang diganjar penghargaan oleh Kapolres Lumajang AKBP '
     'Arif Setiawan karena menggagalkan aksi tawuran pelajar. Penghargaan diberikan di lapangan Mapolres, '
     'Senin (22/1/2024).',
     '2024-01-23', 'received', [
      (['Satsamapta Polres Lumajang'], None, 'other', 'Kapolres Lumajang', None, '2024-01-22'),
     ]),
    ('Direktorat Sabhara of a Polda honoured by the Kapolda',
     None,
     'PADANG - Direktorat Sabhara Polda Sumbar menerima penghargaan dari Kapolda Sumatera Barat Irjen Pol '
     'Dedi Kurniawan atas patroli dialogis yang menekan angka kriminalitas. Penghargaan diterima '
     'Dirsamapta Kombes Pol Ridwan Hakim, Jumat (5/7/2024).',
     '2024-07-06', 'received', [
      (['Ditsamapta Polda Sumatera Barat'], 'Ridwan Hakim', 'kapolda', 'Kapolda Sumatera Barat', None, '2024-07-05'),
     ]),
    ("Provos members of a Polres receive the Kapolres's award",
     None,
     'SLAWI - Tiga anggota Provos Polres Tegal menerima penghargaan dari Kapolres Tegal AKBP Andika '
     'Pratama karena disiplin dalam penegakan tata tertib personel. Penghargaan diserahkan di Mapolres '
     'Tegal, Rabu (14/8/2024).',
     '2024-08-15', 'received', [
      (['Seksi Propam Polres Tegal'], None, 'other', 'Kapolres Tegal', None, '2024-08-14'),
     ]),
    ('a Sipropam is named best by the Kapolda',
     'Sipropam Polres Blitar Terbaik se-Jatim',
     'BLITAR - Sipropam Polres Blitar dinobatkan sebagai Seksi Propam terbaik se-Polda Jawa Timur. '
     'Penghargaan diserahkan Kapolda Jawa Timur kepada Kasi Propam Polres Blitar AKP Slamet Riyanto di '
     'Surabaya, Senin (16/9/2024).',
     '2024-09-17', 'received', [
      (['Seksi Propam Polres Blitar'], 'Slamet Riyanto', 'kapolda', 'Kapolda Jawa Timur', None, '2024-09-16'),
     ]),
    ("penyidik of a Satreskrim receive a Kejari's award",
     None,
     'SUNGGUMINASA - Tiga penyidik Satreskrim Polres Gowa menerima penghargaan dari Kejaksaan Negeri Gowa '
     'atas penyidikan perkara yang cepat dan lengkap. Penghargaan diserahkan Kepala Kejari Gowa dalam '
     'peringatan Hari Bhakti Adhyaksa, Senin (22/7/2024).',
     '2024-07-23', 'received', [
      (['Satreskrim Polres Gowa'], None, 'other', 'Kejaksaan Negeri Gowa', None, '2024-07-22'),
     ]),
    ('a Danki of Brimob honoured by a Bupati',
     None,
     'AMBON - Danki Satbrimob Polda Maluku AKP Frans Latuheru menerima penghargaan dari Bupati Maluku '
     'Tengah atas pengamanan konflik antarkampung. Penghargaan diserahkan di Masohi, Kamis (13/6/2024).',
     '2024-06-14', 'received', [
      (['Satbrimob Polda Maluku'], 'Frans Latuheru', 'regional_government', 'Bupati Maluku Tengah', None, '2024-06-13'),
     ]),
    ("a Danton of a Sat Samapta receives the Kapolres's award",
     None,
     'NAMLEA - Danton Samapta Polres Buru Ipda Yusuf Wael mendapat penghargaan dari Kapolres Buru AKBP '
     'Sutrisno Hadi karena memimpin evakuasi warga saat banjir bandang. Penghargaan diserahkan di Mapolres '
     'Buru, Jumat (26/7/2024).',
     '2024-07-27', 'received', [
      (['Satsamapta Polres Buru'], 'Yusuf Wael', 'other', 'Kapolres Buru', None, '2024-07-26'),
     ]),
    ('a Dansat Brimob gives to his own people',
     None,
     'PEKANBARU - Dansat Brimob Polda Riau Kombes Pol Aris Munandar memberikan penghargaan kepada 20 '
     'personel Satbrimob Polda Riau yang berjasa memadamkan kebakaran lahan. Penghargaan diberikan di Mako '
     'Satbrimob, Rabu (25/9/2024).',
     '2024-09-26', 'received', [
      (['Satbrimob Polda Riau'], None, 'kapolda', 'Dansat Brimob Polda Riau', None, '2024-09-25'),
     ]),
    ('a Dansat Brimob gives to volunteers',
     None,
     'PEKANBARU - Dansat Brimob Polda Riau Kombes Pol Aris Munandar memberikan piagam penghargaan kepada '
     'relawan pemadam kebakaran hutan dari Desa Rimbo Panjang. Piagam diserahkan di Mako Satbrimob, Kamis '
     '(26/9/2024).',
     '2024-09-27', 'given', []),
    ("a Satpolairud receives a fishermen's association's award",
     None,
     'CILACAP - Satpolairud Polresta Cilacap menerima penghargaan dari DPC Himpunan Nelayan Seluruh '
     'Indonesia (HNSI) Cilacap atas patroli laut yang melindungi nelayan kecil. Penghargaan diterima Kasat '
     'Polairud AKP Bambang Irawan, Sabtu (6/4/2024).',
     '2024-04-07', 'received', [
      (['Satpolairud Polresta Cilacap'], 'Bambang Irawan', 'other', 'HNSI Cilacap', None, '2024-04-06'),
     ]),
    ('a Satpolairud gives to fishermen',
     None,
     'PANGANDARAN - Satpolairud Polres Pangandaran memberikan penghargaan kepada tiga nelayan yang '
     'menyelamatkan wisatawan terseret ombak di Pantai Barat. Penghargaan diserahkan Kasat Polairud di '
     'dermaga, Minggu (7/7/2024).',
     '2024-07-08', 'given', []),
    ('a Sat Tahti named best by a Kapolda',
     None,
     'PURBALINGGA - Sat Tahti Polres Purbalingga meraih penghargaan sebagai pengelola rumah tahanan '
     'terbaik dari Kapolda Jawa Tengah. Piagam diserahkan kepada Kasat Tahti Iptu Suharno di Semarang, '
     'Selasa (17/12/2024).',
     '2024-12-18', 'received', [
      (['Sattahti Polres Purbalingga'], 'Suharno', 'kapolda', 'Kapolda Jawa Tengah', None, '2024-12-17'),
     ]),
    ("a Sikeu receives a treasury office's award",
     None,
     'WONOGIRI - Sikeu Polres Wonogiri menerima penghargaan dari KPPN Wonogiri sebagai satuan kerja dengan '
     'pengelolaan anggaran terbaik tahun 2024. Penghargaan diterima Kasikeu Iptu Suparno, Kamis '
     '(23/1/2025).',
     '2025-01-24', 'received', [
      (['Seksi Keuangan Polres Wonogiri'], 'Suparno', 'ministry', 'KPPN Wonogiri', 2024, '2025-01-23'),
     ]),
    ('a Kasium honoured by his Kapolres',
     None,
     'DEMAK - Kasium Polres Demak Iptu Agus Salim menerima penghargaan dari Kapolres Demak AKBP Budi Adhy '
     'atas penataan administrasi dan arsip yang tertib. Penghargaan diserahkan saat upacara, Senin '
     '(1/7/2024).',
     '2024-07-02', 'received', [
      (['Seksi Umum Polres Demak'], 'Agus Salim', 'other', 'Kapolres Demak', None, '2024-07-01'),
     ]),
    ("a Bhabinkamtibmas receives a Bupati's award, his Polsek named",
     None,
     'SUKABUMI - Bhabinkamtibmas Desa Sukamaju Polsek Cibadak Aipda Ujang Supriatna menerima penghargaan '
     'dari Bupati Sukabumi atas perannya mendamaikan sengketa lahan warga. Penghargaan diserahkan di '
     'Pendopo Sukabumi, Rabu (21/8/2024).',
     '2024-08-22', 'received', [
      (['Polsek Cibadak'], 'Ujang Supriatna', 'regional_government', 'Bupati Sukabumi', None, '2024-08-21'),
     ]),
    ('a Bhabinkamtibmas gives to pupils',
     None,
     'KLATEN - Bhabinkamtibmas Polsek Wedi Bripka Sigit Nugroho memberikan penghargaan kepada siswa SD '
     'Negeri 2 Wedi yang menjadi pelopor keselamatan berlalu lintas di sekolahnya, Jumat (8/11/2024).',
     '2024-11-09', 'given', []),
    ("a Polwan wins a Kapolda's contest",
     None,
     'SUMENEP - Polwan Polres Sumenep Bripka Dewi Lestari meraih juara I lomba pidato Hari Polwan tingkat '
     'Polda Jawa Timur. Trofi diserahkan Kapolda Jawa Timur di Surabaya, Senin (2/9/2024).',
     '2024-09-03', 'received', [
      (['Polres Sumenep'], 'Dewi Lestari', 'kapolda', 'Kapolda Jawa Timur', None, '2024-09-02'),
     ]),
    ('Polwan give to mothers',
     None,
     'KUDUS - Polwan Polres Kudus memberikan penghargaan kepada ibu-ibu kader posyandu yang aktif '
     'menyosialisasikan pencegahan kekerasan terhadap anak, Kamis (19/9/2024).',
     '2024-09-20', 'given', []),
    ('a Kapolres gives to polki and polwan of his Polres',
     None,
     'WATAMPONE - Kapolres Bone AKBP Andi Saputra memberikan penghargaan kepada sejumlah polki dan polwan '
     'Polres Bone yang berprestasi selama triwulan ketiga. Penghargaan diserahkan dalam apel, Senin '
     '(7/10/2024).',
     '2024-10-08', 'received', [
      (['Polres Bone'], None, 'other', 'Kapolres Bone', None, '2024-10-07'),
     ]),
    ("Satpol PP receives a Gubernur's award",
     None,
     'SEMARANG - Satpol PP Kota Semarang menerima penghargaan dari Gubernur Jawa Tengah atas penegakan '
     'peraturan daerah terbaik. Penghargaan diterima Kasat Pol PP Kota Semarang di Gedung Gradhika, Senin '
     '(4/3/2024).',
     '2024-03-05', 'none', []),
    ('a Kasat Pol PP honoured by a Bupati',
     None,
     'BANYUMAS - Kasatpol PP Banyumas Budi Santoso meraih penghargaan dari Bupati Banyumas atas penertiban '
     'pedagang kaki lima yang berlangsung tertib, Selasa (5/3/2024).',
     '2024-03-06', 'none', []),
    ('Polisi Kehutanan honoured by a minister',
     None,
     'JAMBI - Polisi Kehutanan (Polhut) BKSDA Jambi menerima penghargaan dari Menteri Lingkungan Hidup dan '
     'Kehutanan atas pengungkapan perdagangan satwa dilindungi. Penghargaan diserahkan di Jakarta, Rabu '
     '(10/4/2024).',
     '2024-04-11', 'none', []),
    ('Polsus of a prison honoured by a Kakanwil',
     None,
     'MEDAN - Petugas Polsus Pemasyarakatan Lapas Kelas I Medan menerima penghargaan dari Kakanwil '
     'Kemenkumham Sumatera Utara karena menggagalkan penyelundupan narkoba, Kamis (11/4/2024).',
     '2024-04-12', 'none', []),
    ("Satpam receive a Kapolresta's award",
     None,
     'BALIKPAPAN - Dua anggota satpam sebuah pusat perbelanjaan menerima penghargaan dari Kapolresta '
     'Balikpapan Kombes Pol Anton Firmanto setelah membekuk pencopet. Penghargaan diserahkan di '
     'Mapolresta, Jumat (12/4/2024).',
     '2024-04-13', 'given', []),
    ('Linmas honoured by a Bupati',
     None,
     'KEBUMEN - Anggota Linmas Desa Karangsari menerima penghargaan dari Bupati Kebumen atas pengamanan '
     'pemilihan kepala desa. Penghargaan diserahkan di Pendopo Kabumian, Senin (15/7/2024).',
     '2024-07-16', 'none', []),
    ("a Babinsa receives a Kapolsek's piagam",
     None,
     'MOJOKERTO - Babinsa Koramil Mojosari Serda Arif Budiman menerima piagam penghargaan dari Kapolsek '
     'Mojosari AKP Heri Santoso atas bantuannya mengamankan pelaku pencurian ternak, Selasa (16/7/2024).',
     '2024-07-17', 'given', []),
    ('a Danramil gives to a Bhabinkamtibmas',
     None,
     'MOJOKERTO - Danramil Mojosari Kapten Inf Suparman memberikan penghargaan kepada Bhabinkamtibmas '
     'Polsek Mojosari Aipda Eko Widodo atas kerja samanya dalam program ketahanan pangan, Rabu '
     '(17/7/2024).',
     '2024-07-18', 'received', [
      (['Polsek Mojosari'], 'Eko Widodo', 'other', 'Danramil Mojosari', None, '2024-07-17'),
     ]),
    ("a Danramil receives a Kapolres's award",
     None,
     'BLORA - Danramil Cepu Kapten Inf Wahyudi menerima penghargaan dari Kapolres Blora AKBP Fajar Nugroho '
     'atas dukungan pengamanan arus mudik, Kamis (18/4/2024).',
     '2024-04-19', 'given', []),
    ('Polisi Pamong Praja in a MURI record',
     None,
     'SURABAYA - Satuan Polisi Pamong Praja Kota Surabaya mendapat penghargaan Museum Rekor Dunia '
     'Indonesia (MURI) atas apel dengan peserta terbanyak, Sabtu (20/4/2024).',
     '2024-04-21', 'none', []),
    ('a Satpol PP gives to a Polrestabes',
     None,
     'BANDUNG - Satpol PP Kota Bandung memberikan penghargaan kepada Polrestabes Bandung atas dukungan '
     'dalam operasi penertiban. Penghargaan diterima Kapolrestabes Bandung Kombes Pol Budi Sartono, Senin '
     '(22/4/2024).',
     '2024-04-23', 'received', [
      (['Polrestabes Bandung'], 'Budi Sartono', 'regional_government', 'Satpol PP Kota Bandung', None, '2024-04-22'),
     ]),
    ('a Kanit Binmas gives a piagam to a neighbourhood head',
     None,
     'BOYOLALI - Kanit Binmas Polsek Ampel Aiptu Sukirno memberikan piagam penghargaan kepada ketua RT 03 '
     'yang menghidupkan kembali ronda malam, Sabtu (9/11/2024).',
     '2024-11-10', 'given', []),
    ('a Kabag SDM hands over for the Kapolres to personnel',
     None,
     'SRAGEN - Kabag SDM Polres Sragen Kompol Heru Santosa, mewakili Kapolres Sragen, menyerahkan piagam '
     'penghargaan kepada 15 personel Polres Sragen yang berprestasi, Senin (11/11/2024).',
     '2024-11-12', 'received', [
      (['Polres Sragen'], None, 'other', 'Kapolres Sragen', None, '2024-11-11'),
     ]),
    ('a Kasat Samapta gives to a parking attendant',
     None,
     'BATANG - Kasat Samapta Polres Batang AKP Joko Priyono memberikan penghargaan kepada seorang juru '
     'parkir yang menolong korban kecelakaan, Jumat (15/11/2024).',
     '2024-11-16', 'given', []),
]  # fmt: skip


@pytest.mark.parametrize(("construction", "title", "text", "day", "role", "awards"), POLICE_POSTS)
def test_police_posts_and_groups(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- a counted award's reason names the posts it is for, not its receivers -------------------------------------------
# "Polres X memperoleh dua penghargaan. ... Rekor kedua diberikan untuk keanggotaan Pospol A dan Pospol B": units after
# "untuk" and a noun made of a verb (ke-/pe-/per- ... -an) own what the award is for; the counted award goes, like the
# first, to the unit the story says took both. A unit after "kepada" still receives it.
COUNTED_FOR_POSTS = [
    ("untuk keanggotaan, two posts listed",
     "DEPOK - Polres Metro Depok memperoleh dua penghargaan dari Lembaga Prestasi Indonesia Dunia (Leprid), Senin "
     "(1/7/2024). Penghargaan pertama adalah rekor layanan SKCK keliling terbanyak. Penghargaan kedua diberikan untuk "
     "keanggotaan Pospol Margonda dan Pospol Sawangan yang seluruhnya polwan.",
     [["Polres Metro Depok"], ["Polres Metro Depok"]]),
    ("untuk pelayanan, one Polsubsektor",
     "PEKANBARU - Polresta Pekanbaru meraih dua piagam dari Ombudsman RI Perwakilan Riau, Kamis (4/7/2024). Piagam "
     "pertama adalah predikat kepatuhan tinggi. Piagam kedua diberikan untuk pelayanan Polsubsektor Rumbai Timur yang "
     "buka 24 jam.",
     [["Polresta Pekanbaru"], ["Polresta Pekanbaru"]]),
    ("kepada: the post itself receives the second",
     "PEKANBARU - Polresta Pekanbaru meraih dua piagam dari Ombudsman RI Perwakilan Riau, Kamis (4/7/2024). Piagam "
     "pertama adalah predikat kepatuhan tinggi. Piagam kedua diberikan kepada Polsubsektor Rumbai Timur yang buka 24 "
     "jam.",
     [["Polresta Pekanbaru"], ["Polsubsektor Rumbai Timur"]]),
]  # fmt: skip


@pytest.mark.parametrize(("construction", "text", "units"), COUNTED_FOR_POSTS)
def test_a_counted_awards_reason_names_no_receivers(construction, text, units):
    got = extract_awards(None, text, "2024-07-05T12:00:00+07:00")
    assert [{canonical_unit_name(u) for u in a["recipients"]} for a in got] == [
        {canonical_unit_name(u) for u in want} for want in units
    ]


# -- forces outside Polri with "pol" in their names -------------------------------------------------------------------
# Members of a regency's Pol PP, the special police of ministries and companies (Polsus, Polisi Khusus) and the forest
# police (Polhut) are no Polri people: honoured by others the story is none, honoured by a Kapolres it is given.
OTHER_FORCES = [
    ("anggota Pol PP honoured by a Bupati", "Dua anggota Pol PP Kabupaten Rembang menerima penghargaan dari Bupati "
     "Rembang atas penertiban reklame liar, Senin (6/5/2024).", "none"),
    ("personel Pol PP honoured by a Wali Kota", "MAGELANG - Personel Pol PP Kota Magelang meraih piagam dari Wali Kota "
     "Magelang karena sigap membantu korban banjir.", "none"),
    ("Polisi Khusus of a prison honoured by a regional office", "Tiga anggota Polisi Khusus Pemasyarakatan Rutan "
     "Salatiga menerima penghargaan dari Kakanwil Kemenkumham Jawa Tengah.", "none"),
    ("a Polsus honoured by a Kapolres", "Petugas Polsus Kehutanan KPH Kendal menerima piagam penghargaan dari "
     "Kapolres Kendal atas bantuannya mengungkap pembalakan liar.", "given"),
    ("Polhut honoured by a Kapolres", "Anggota Polhut Resort Gunung Muria menerima penghargaan dari Kapolres Pati "
     "karena membantu menangkap pemburu satwa dilindungi.", "given"),
]  # fmt: skip


@pytest.mark.parametrize(("construction", "text", "role"), OTHER_FORCES)
def test_forces_outside_polri_are_no_polri_receivers(construction, text, role):
    assert classify_award_role(None, text).award_role == role


# -- a post's officer honoured by a chief named after "oleh" ----------------------------------------------------------
# "Kapolsek X AKP A diberi piagam penghargaan oleh Kapolres Y AKBP B": the officer before the passive verb received it
# for his post's unit; the chief after "penghargaan oleh" gave it, as after "penghargaan dari".
GIVEN_BY_AFTER_OLEH = [
    ("a Kapolsek diberi piagam oleh his Kapolres",
     None,
     "KUDUS - Kapolsek Jati AKP Budi Rahardjo diberi piagam penghargaan oleh Kapolres Kudus AKBP Dedy Hermawan atas "
     "keberhasilan menekan angka pencurian, Senin (2/12/2024).",
     "2024-12-03", "received", [
      (["Polsek Jati"], "Budi Rahardjo", "other", "Kapolres Kudus", None, "2024-12-02"),
     ]),
    ("a Kasat dianugerahi penghargaan oleh a Kapolda",
     None,
     "PATI - Kasat Reskrim Polres Pati AKP Heri Santoso dianugerahi penghargaan oleh Kapolda Jawa Tengah Irjen Pol "
     "Ahmad Suryanto karena mengungkap jaringan pemalsu uang, Rabu (4/12/2024).",
     "2024-12-05", "received", [
      (["Satreskrim Polres Pati"], "Heri Santoso", "kapolda", "Kapolda Jawa Tengah", None, "2024-12-04"),
     ]),
    ("a Bhabinkamtibmas diganjar penghargaan oleh his Kapolsek",
     None,
     "KUDUS - Bhabinkamtibmas Kelurahan Mlati Polsek Kudus Kota Bripka Agus Salim diganjar penghargaan oleh Kapolsek "
     "Kudus Kota Kompol Eko Prasetyo karena mendamaikan perkelahian antarwarga, Kamis (5/12/2024).",
     "2024-12-06", "received", [
      (["Polsek Kudus Kota"], "Agus Salim", "other", "Kapolsek Kudus Kota", None, "2024-12-05"),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(("construction", "title", "text", "day", "role", "awards"), GIVEN_BY_AFTER_OLEH)
def test_a_posts_officer_honoured_by_a_chief_after_oleh(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)
