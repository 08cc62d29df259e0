"""Phrase tables of who gives an award, written many ways: a regional head by name and post in either order or by a
description, one who hands over for the giver ("mewakili", "atas nama", "yang diwakili"), two givers in one sentence,
the giver named only in the headline or after the award in a passive, a giver referred back to by his post, bodies
with long names and acronyms, regional offices of national bodies, the host of a contest against the official who
hands its prize over, givers in quotes, a body whose head hands over, a command whose commander is named after it."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.givers import giver_category, giver_of

# -- givers written many ways ------------------------------------------------------------------------

GIVERS_WRITTEN_MANY_WAYS = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ('name then selaku Bupati',
     None,
     'KLATEN - Hendro Wicaksono selaku Bupati Klaten menyerahkan piagam penghargaan kepada Polres Klaten atas '
     'keberhasilan pengamanan arus mudik dan balik Lebaran. Piagam diterima Kapolres Klaten AKBP Dimas Aryo '
     'Nugroho di Pendopo Pemkab Klaten, Selasa (23/4/2024).',
     '2024-04-24', 'received', [
      (['Polres Klaten'], 'Dimas Aryo Nugroho', 'regional_government', 'Bupati Klaten', None, '2024-04-23'),
     ]),
    ('orang nomor satu di a regency, the headline names the post',
     'Bupati Banyumas Beri Penghargaan Polresta Banyumas',
     'PURWOKERTO - Polresta Banyumas mendapat penghargaan atas keberhasilan menekan angka kriminalitas selama '
     'tahun 2024. Penghargaan diserahkan langsung oleh orang nomor satu di Kabupaten Banyumas, Wahyu Setiabudi, '
     'kepada Kapolresta Banyumas Kombes Pol Ari Wibowo di Pendopo Si Panji, Kamis (9/1/2025).',
     '2025-01-10', 'received', [
      (['Polresta Banyumas'], 'Ari Wibowo', 'regional_government', 'Bupati Banyumas', None, '2025-01-09'),
     ]),
    ('a Sekda mewakili the Bupati hands over to a Satreskrim',
     None,
     'GRESIK - Sekretaris Daerah Kabupaten Gresik, Rudi Hartono, mewakili Bupati Gresik menyerahkan piagam '
     'penghargaan kepada Satreskrim Polres Gresik atas pengungkapan kasus pencurian ternak yang meresahkan warga '
     'Kecamatan Balongpanggang. Penyerahan berlangsung di Kantor Bupati Gresik, Rabu (15/5/2024).',
     '2024-05-16', 'received', [
      (['Satreskrim Polres Gresik'], None, 'regional_government', 'Bupati Gresik', None, '2024-05-15'),
     ]),
    ('a Wakapolda atas nama Kapolda hands over to a Satresnarkoba',
     None,
     'SEMARANG - Wakapolda Jawa Tengah Brigjen Pol Sugeng Raharjo atas nama Kapolda Jawa Tengah menyerahkan '
     'penghargaan kepada personel Satresnarkoba Polres Kendal yang menggagalkan peredaran 20 kilogram sabu. '
     'Penghargaan diberikan dalam apel pagi di Lapangan Mapolda Jateng, Senin (3/6/2024).',
     '2024-06-04', 'received', [
      (['Satresnarkoba Polres Kendal'], None, 'kapolda', 'Kapolda Jawa Tengah', None, '2024-06-03'),
     ]),
    ('the Gubernur yang diwakili oleh an assistant gives a Polda',
     None,
     'SURABAYA - Gubernur Jawa Timur yang diwakili oleh Asisten Pemerintahan dan Kesejahteraan Rakyat, Bambang '
     'Sutejo, memberikan penghargaan kepada Polda Jawa Timur atas dukungan pengamanan Pilkada serentak. '
     'Penghargaan diterima Wakapolda Jatim Brigjen Pol Yudha Pratama di Gedung Negara Grahadi, Jumat (13/12/2024).',
     '2024-12-14', 'received', [
      (['Polda Jawa Timur'], 'Yudha Pratama', 'regional_government', 'Gubernur Jawa Timur', None, '2024-12-13'),
     ]),
    ('two givers joined by sementara',
     None,
     'SUMENEP - Polres Sumenep menerima penghargaan dari Bupati Sumenep atas pengamanan Pilkada 2024 yang berjalan'
     ' aman dan damai, sementara Polsek Kalianget mendapat piagam dari Kapolres Sumenep atas pengungkapan kasus '
     'pencurian kendaraan bermotor. Kedua penghargaan diserahkan di Pendopo Keraton Sumenep, Senin (16/12/2024).',
     '2024-12-17', 'received', [
      (['Polres Sumenep'], None, 'regional_government', 'Bupati Sumenep', None, '2024-12-16'),
      (['Polsek Kalianget'], None, 'other', 'Kapolres Sumenep', None, '2024-12-16'),
     ]),
    ('two givers joined by sedangkan',
     None,
     'MAGELANG - Satlantas Polres Magelang meraih penghargaan dari PT Jasa Raharja Cabang Jawa Tengah atas sinergi'
     ' penanganan korban kecelakaan, sedangkan Satsamapta Polres Magelang menerima piagam dari Dinas Perhubungan '
     'Kabupaten Magelang atas pengaturan arus wisata Candi Borobudur. Penghargaan diserahkan Kamis (7/11/2024).',
     '2024-11-08', 'received', [
      (['Satlantas Polres Magelang'], None, 'other', 'Jasa Raharja Cabang Jawa Tengah', None, '2024-11-07'),
      (['Satsamapta Polres Magelang'], None, 'regional_government', 'Dinas Perhubungan Kabupaten Magelang', None, '2024-11-07'),
     ]),
    ('the giver named only in the headline',
     'Kapolda Riau Ganjar Penghargaan Dua Personel Polres Kampar',
     'PEKANBARU - Dua personel Polres Kampar menerima penghargaan atas aksi menyelamatkan warga yang terseret arus'
     ' banjir di Desa Rumbio. Penghargaan diserahkan dalam apel pagi di Mapolda Riau, Senin (13/1/2025). Keduanya '
     'nekat menceburkan diri ke sungai meski arus deras.',
     '2025-01-14', 'received', [
      (['Polres Kampar'], None, 'kapolda', 'Kapolda Riau', None, '2025-01-13'),
     ]),
    ('the giver after the award, yang diserahkan langsung oleh',
     None,
     'YOGYAKARTA - Polresta Yogyakarta menerima piagam penghargaan yang diserahkan langsung oleh Wali Kota '
     'Yogyakarta Hasto Nugraha atas keberhasilan menjaga keamanan selama malam pergantian tahun. Piagam diterima '
     'Kapolresta Yogyakarta Kombes Pol Aditya Surya di Balai Kota, Rabu (8/1/2025).',
     '2025-01-09', 'received', [
      (['Polresta Yogyakarta'], 'Aditya Surya', 'regional_government', 'Wali Kota Yogyakarta', None, '2025-01-08'),
     ]),
    ('a Gubernur named, then referred back to by his post in lower case',
     None,
     'MAKASSAR - Gubernur Sulawesi Selatan Andi Rahmat Jaya memimpin upacara peringatan hari jadi provinsi di '
     'Lapangan Karebosi, Sabtu (19/10/2024). Dalam kesempatan itu, gubernur menyerahkan penghargaan kepada Polda '
     'Sulawesi Selatan atas keberhasilan mengamankan Pilkada. Penghargaan diterima Kapolda Sulsel Irjen Pol Budi '
     'Hartanto.',
     '2024-10-20', 'received', [
      (['Polda Sulawesi Selatan'], 'Budi Hartanto', 'regional_government', 'Gubernur Sulawesi Selatan', None, '2024-10-19'),
     ]),
    ('an agency written out with its acronym gives a Ditreskrimsus',
     None,
     'BANDUNG - Badan Pengawas Obat dan Makanan (BPOM) memberikan penghargaan kepada Ditreskrimsus Polda Jawa '
     'Barat atas pengungkapan peredaran obat tradisional ilegal di Kabupaten Bandung. Penghargaan diserahkan '
     'Kepala BPOM kepada Dirreskrimsus Polda Jabar Kombes Pol Dedi Santoso di Jakarta, Selasa (5/11/2024).',
     '2024-11-06', 'received', [
      (['Ditreskrimsus Polda Jawa Barat'], 'Dedi Santoso', 'ministry', 'BPOM', None, '2024-11-05'),
     ]),
    ("a Polda's contest, the Gubernur only hands the trophy over",
     None,
     'YOGYAKARTA - Polres Kulon Progo meraih juara pertama Lomba Kampung Tangguh Narkoba tingkat Polda DIY. Trofi '
     'diserahkan Gubernur DIY kepada Kapolres Kulon Progo AKBP Wahyu Agung di Mapolda DIY, Kamis (27/6/2024), '
     'bertepatan dengan peringatan Hari Anti Narkotika Internasional.',
     '2024-06-28', 'received', [
      (['Polres Kulon Progo'], 'Wahyu Agung', 'kapolda', 'Polda Daerah Istimewa Yogyakarta', None, '2024-06-27'),
     ]),
    ("a regency's contest yang diselenggarakan Pemerintah Kabupaten, the Sekda hands over",
     None,
     'JEMBER - Satbinmas Polres Jember keluar sebagai juara I Lomba Inovasi Pelayanan Publik yang diselenggarakan '
     'Pemerintah Kabupaten Jember. Piala diserahkan Sekda Jember kepada Kasat Binmas Polres Jember AKP Sugeng '
     'Riyadi di Aula PB Sudirman, Rabu (20/11/2024).',
     '2024-11-21', 'received', [
      (['Satbinmas Polres Jember'], 'Sugeng Riyadi', 'regional_government', 'Pemerintah Kabupaten Jember', None, '2024-11-20'),
     ]),
    ('the giver speaks in a quote: kami berikan, kata Bupati',
     None,
     'SLAWI - Polres Tegal menerima penghargaan atas kesigapan menangani korban banjir di Kecamatan Kramat. '
     '"Penghargaan ini kami berikan karena personel Polres Tegal bekerja siang malam membantu warga," kata Bupati '
     'Tegal Rahmat Hidayat di Pendopo Amangkurat, Jumat (15/3/2024).',
     '2024-03-16', 'received', [
      (['Polres Tegal'], None, 'regional_government', 'Bupati Tegal', None, '2024-03-15'),
     ]),
    ("a BNN regency office's head in a quote with kami memberikan",
     None,
     'PASURUAN - Badan Narkotika Nasional Kabupaten (BNNK) Pasuruan memberikan penghargaan kepada Polres Pasuruan '
     'sebagai mitra terbaik pemberantasan narkoba. "Kami memberikan penghargaan ini atas kerja sama yang erat '
     'sepanjang tahun," ujar Kepala BNNK Pasuruan, Sutrisno.',
     '2024-12-20', 'received', [
      (['Polres Pasuruan'], None, 'ministry', 'BNNK Pasuruan', None, None),
     ]),
    ("the giver's post split from its name by a relative clause",
     None,
     'SEMARANG - Wali Kota Semarang, yang hadir bersama jajaran Forkopimda, menyerahkan piagam penghargaan kepada '
     'Polrestabes Semarang atas keberhasilan menekan aksi gangster. Piagam diterima Kapolrestabes Semarang Kombes '
     'Pol Irwan Santoso di Balai Kota Semarang, Senin (2/9/2024).',
     '2024-09-03', 'received', [
      (['Polrestabes Semarang'], 'Irwan Santoso', 'regional_government', 'Wali Kota Semarang', None, '2024-09-02'),
     ]),
    ('a provincial BNN office written out with its acronym',
     None,
     'SAMARINDA - Badan Narkotika Nasional Provinsi (BNNP) Kalimantan Timur memberikan penghargaan kepada '
     'Satresnarkoba Polresta Samarinda atas pengungkapan jaringan peredaran sabu lintas provinsi. Penghargaan '
     'diterima Kasat Resnarkoba Kompol Fajar Ramadhan, Rabu (26/6/2024).',
     '2024-06-27', 'received', [
      (['Satresnarkoba Polresta Samarinda'], 'Fajar Ramadhan', 'ministry', 'BNNP Kalimantan Timur', None, '2024-06-26'),
     ]),
    ("the Kapolri's award handed over through a Kapolda, personal",
     None,
     'PADANG - Bripka Yoga Pratama, personel Polres Pasaman Barat, menerima penghargaan dari Kapolri Jenderal Pol '
     'Listyo Sigit Prabowo atas aksinya menyelamatkan korban kebakaran. Penghargaan itu diserahkan oleh Kapolda '
     'Sumatera Barat Irjen Pol Suharyono di Mapolda Sumbar, Selasa (20/2/2024).',
     '2024-02-21', 'received', [
      (['Polres Pasaman Barat'], 'Yoga Pratama', 'kapolri', 'Kapolri', None, '2024-02-20'),
     ]),
    ("name, then the Kapolres's post between commas, gives a Polsek",
     None,
     'BOYOLALI - AKBP Rendi Saputra, Kapolres Boyolali, menyerahkan piagam penghargaan kepada Polsek Ampel atas '
     'pengungkapan kasus pencurian ternak sapi. Piagam diterima Kapolsek Ampel AKP Joko Susilo dalam apel pagi, '
     'Senin (4/3/2024).',
     '2024-03-05', 'received', [
      (['Polsek Ampel'], 'Joko Susilo', 'other', 'Kapolres Boyolali', None, '2024-03-04'),
     ]),
    ('a state university with its acronym, its rector hands over',
     None,
     'SEMARANG - Universitas Islam Negeri (UIN) Walisongo Semarang memberikan penghargaan kepada Polsek Ngaliyan '
     'atas pengamanan kegiatan penerimaan mahasiswa baru. Penghargaan diserahkan Rektor UIN Walisongo kepada '
     'Kapolsek Ngaliyan Kompol Hadi Purnomo, Jumat (30/8/2024).',
     '2024-08-31', 'received', [
      (['Polsek Ngaliyan'], 'Hadi Purnomo', 'other', 'Universitas Islam Negeri (UIN) Walisongo Semarang', None, '2024-08-30'),
     ]),
    ('a Pemkab in the headline, its Wakil Bupati hands over',
     'Pemkab Sidoarjo Beri Penghargaan Polresta Sidoarjo',
     'SIDOARJO - Polresta Sidoarjo menerima penghargaan atas keberhasilan menjaga kondusivitas wilayah selama '
     'tahapan Pilkada. Penghargaan diserahkan Wakil Bupati Sidoarjo kepada Kapolresta Sidoarjo Kombes Pol Rio '
     'Andika di Pendopo Delta Wibawa, Selasa (10/12/2024).',
     '2024-12-11', 'received', [
      (['Polresta Sidoarjo'], 'Rio Andika', 'regional_government', 'Pemerintah Kabupaten Sidoarjo', None, '2024-12-10'),
     ]),
    ('the minister yang diwakili the head of his regional office',
     None,
     'BANDUNG - Menteri Hukum dan HAM yang diwakili Kepala Kantor Wilayah Kemenkumham Jawa Barat menyerahkan '
     'penghargaan kepada Polda Jawa Barat atas dukungan penanganan kerusuhan di lembaga pemasyarakatan. '
     'Penghargaan diterima Irwasda Polda Jabar Kombes Pol Hari Santoso, Rabu (14/8/2024).',
     '2024-08-15', 'received', [
      (['Polda Jawa Barat'], 'Hari Santoso', 'ministry', 'Kementerian Hukum dan HAM', None, '2024-08-14'),
     ]),
    ('a piagam ditandatangani langsung oleh the Kapolda',
     None,
     'PADANG - Sebanyak 12 personel Satreskrim Polresta Padang menerima piagam penghargaan yang ditandatangani '
     'langsung oleh Kapolda Sumatera Barat atas pengungkapan kasus pembunuhan di Kuranji. Piagam dibagikan dalam '
     'apel di Mapolresta Padang, Senin (22/7/2024).',
     '2024-07-23', 'received', [
      (['Satreskrim Polresta Padang'], None, 'kapolda', 'Kapolda Sumatera Barat', None, '2024-07-22'),
     ]),
    ("name, then the Wali Kota's post between commas",
     None,
     'MADIUN - Rudi Santoso, Wali Kota Madiun, menyerahkan piagam penghargaan kepada Polres Madiun Kota atas '
     'keberhasilan mengamankan perguruan silat saat bulan Suro. Piagam diterima Kapolres Madiun Kota AKBP Agus '
     'Wijaya di Balai Kota, Kamis (25/7/2024).',
     '2024-07-26', 'received', [
      (['Polres Madiun Kota'], 'Agus Wijaya', 'regional_government', 'Wali Kota Madiun', None, '2024-07-25'),
     ]),
    ('a Penjabat Bupati written out with Pj',
     None,
     'BANJARNEGARA - Penjabat (Pj) Bupati Banjarnegara Tri Harsono menyerahkan penghargaan kepada Polres '
     'Banjarnegara atas penanganan bencana tanah longsor di Kecamatan Pandanarum. Penghargaan diterima Kapolres '
     'Banjarnegara AKBP Eko Purnomo, Rabu (17/1/2024).',
     '2024-01-18', 'received', [
      (['Polres Banjarnegara'], 'Eko Purnomo', 'regional_government', 'Pj Bupati Banjarnegara', None, '2024-01-17'),
     ]),
    ("a regency's council written out gives, its chairman hands over",
     None,
     'BOJONEGORO - Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Bojonegoro memberikan penghargaan kepada Polres'
     ' Bojonegoro atas pengamanan rapat paripurna hari jadi kabupaten. Penghargaan diserahkan Ketua DPRD '
     'Bojonegoro kepada Kapolres Bojonegoro AKBP Fahmi Rizal, Jumat (20/10/2023).',
     '2023-10-21', 'received', [
      (['Polres Bojonegoro'], 'Fahmi Rizal', 'regional_government', 'DPRD Kabupaten Bojonegoro', None, '2023-10-20'),
     ]),
    ("a newspaper's awards night, a Bupati hands over",
     None,
     'LAMONGAN - Polres Lamongan meraih penghargaan kategori Institusi Pelayanan Terbaik dalam ajang Radar '
     'Bojonegoro Awards 2024 yang digelar Jawa Pos Radar Bojonegoro. Penghargaan diserahkan Bupati Lamongan kepada'
     ' Kapolres Lamongan AKBP Bobby Pranata, Sabtu (14/9/2024).',
     '2024-09-15', 'received', [
      (['Polres Lamongan'], 'Bobby Pranata', 'media', 'Jawa Pos Radar Bojonegoro', 2024, '2024-09-14'),
     ]),
    ('the head of an Ombudsman office, Kepala Perwakilan before Ombudsman',
     None,
     'PALU - Kepala Perwakilan Ombudsman RI Sulawesi Tengah, Sofyan Farid, menyerahkan piagam predikat kepatuhan '
     'tinggi standar pelayanan publik tahun 2024 kepada Polres Donggala. Piagam diterima Kapolres Donggala AKBP '
     'Heri Susanto di Palu, Kamis (23/1/2025).',
     '2025-01-24', 'received', [
      (['Polres Donggala'], 'Heri Susanto', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sulawesi Tengah', 2024, '2025-01-23'),
     ]),
    ('a Kapolda named, then jenderal bintang dua pins',
     None,
     'BANJARMASIN - Kapolda Kalimantan Selatan Irjen Pol Rudi Hartono memimpin upacara di Lapangan Mapolda Kalsel,'
     ' Senin (5/8/2024). Jenderal bintang dua itu kemudian menyematkan pin penghargaan kepada lima personel Polres'
     ' Tanah Laut yang menangkap pelaku perampokan toko emas.',
     '2024-08-06', 'received', [
      (['Polres Tanah Laut'], None, 'kapolda', 'Kapolda Kalimantan Selatan', None, '2024-08-05'),
     ]),
    ("a state electricity company's regional unit with its (Persero)",
     None,
     'SURABAYA - PT PLN (Persero) Unit Induk Distribusi Jawa Timur memberikan penghargaan kepada Ditreskrimsus '
     'Polda Jawa Timur atas pengungkapan sindikat pencurian kabel listrik. Penghargaan diserahkan General Manager '
     'PLN UID Jatim kepada Dirreskrimsus Polda Jatim Kombes Pol Luthfi Hakim, Selasa (12/3/2024).',
     '2024-03-13', 'received', [
      (['Ditreskrimsus Polda Jawa Timur'], 'Luthfi Hakim', 'other', 'PLN Unit Induk Distribusi Jawa Timur', None, '2024-03-12'),
     ]),
    ("the giver named in the receiver's thanks",
     None,
     'KEBUMEN - Polres Kebumen menerima penghargaan atas keberhasilan pengamanan tahun baru di kawasan wisata '
     'pantai selatan, Kamis (4/1/2024). "Terima kasih kepada Bupati Kebumen yang telah memberikan penghargaan ini '
     'kepada kami," ujar Kapolres Kebumen AKBP Sigit Purnomo.',
     '2024-01-05', 'received', [
      (['Polres Kebumen'], None, 'regional_government', 'Bupati Kebumen', None, '2024-01-04'),
     ]),
    ('a Kapolda and a Gubernur each give, sementara',
     None,
     'PALU - Kapolda Sulawesi Tengah menyerahkan penghargaan kepada Polres Poso atas pengungkapan jaringan '
     'teroris, sementara Gubernur Sulawesi Tengah memberikan piagam kepada Polres Parigi Moutong atas penanganan '
     'banjir bandang. Kedua penghargaan diserahkan pada upacara HUT Bhayangkara di Palu, Senin (1/7/2024).',
     '2024-07-02', 'received', [
      (['Polres Poso'], None, 'kapolda', 'Kapolda Sulawesi Tengah', None, '2024-07-01'),
      (['Polres Parigi Moutong'], None, 'regional_government', 'Gubernur Sulawesi Tengah', None, '2024-07-01'),
     ]),
    ('one award from two bodies together',
     None,
     'JOMBANG - Polres Jombang menerima penghargaan bersama dari BNN Kabupaten Jombang dan Pemerintah Kabupaten '
     'Jombang atas program desa bersih narkoba. Penghargaan diterima Kapolres Jombang AKBP Ardi Kurniawan di '
     'Pendopo Kabupaten, Rabu (26/6/2024).',
     '2024-06-27', 'received', [
      (['Polres Jombang'], 'Ardi Kurniawan', 'ministry', 'BNN Kabupaten Jombang dan Pemerintah Kabupaten Jombang', None, '2024-06-26'),
     ]),
    ('a Kapolres rewards civilians: given',
     'Kapolres Wonogiri Beri Penghargaan Warga Penangkap Maling',
     'WONOGIRI - Kapolres Wonogiri AKBP Andi Muhammad memberikan penghargaan kepada tiga warga Desa Ngadirojo yang'
     ' membantu menangkap pelaku pencurian sepeda motor. Penghargaan diserahkan di Mapolres Wonogiri, Jumat '
     '(8/3/2024).',
     '2024-03-09', 'given', [
     ]),
    ('the Wakapolri atas nama Kapolri pins officers of a Polda',
     None,
     'JAYAPURA - Wakapolri Komjen Pol Agus Setiawan atas nama Kapolri menyematkan pin emas kepada personel Polda '
     'Papua yang berhasil membebaskan sandera di Kabupaten Nduga. Penyematan dilakukan di Mapolda Papua, Kamis '
     '(12/9/2024).',
     '2024-09-13', 'received', [
      (['Polda Papua'], None, 'kapolri', 'Kapolri', None, '2024-09-12'),
     ]),
    ("a Mabes corps by its chief's post written out",
     None,
     'DENPASAR - Kepala Korps Lalu Lintas (Kakorlantas) Polri Irjen Pol Heri Susilo memberikan penghargaan kepada '
     'Ditlantas Polda Bali atas kelancaran arus lalu lintas saat KTT di Nusa Dua. Penghargaan diterima Dirlantas '
     'Polda Bali Kombes Pol Made Wira, Jumat (24/5/2024).',
     '2024-05-25', 'received', [
      (['Ditlantas Polda Bali'], 'Made Wira', 'kapolri', 'Korlantas Polri', None, '2024-05-24'),
     ]),
    ("a ministry's regency office, its head hands over",
     None,
     'PATI - Kepala Kantor Kementerian Agama Kabupaten Pati menyerahkan penghargaan kepada Polres Pati atas '
     'pengamanan pelaksanaan ibadah haji. Penghargaan diterima Wakapolres Pati Kompol Budi Setyawan, Rabu '
     '(12/6/2024).',
     '2024-06-13', 'received', [
      (['Polres Pati'], 'Budi Setyawan', 'ministry', 'Kantor Kementerian Agama Kabupaten Pati', None, '2024-06-12'),
     ]),
    ('the award first, then dari the Gubernur written after a comma and his name',
     None,
     'KUPANG - Piagam penghargaan dari Gubernur Nusa Tenggara Timur, Yohanes Lado, diterima Kapolres Kupang Kota '
     'AKBP Roy Manurung atas keberhasilan Polres Kupang Kota mengamankan kunjungan presiden. Penyerahan '
     'berlangsung di Kantor Gubernur NTT, Senin (19/8/2024).',
     '2024-08-20', 'received', [
      (['Polres Kupang Kota'], 'Roy Manurung', 'regional_government', 'Gubernur Nusa Tenggara Timur', None, '2024-08-19'),
     ]),
    ('a Dandim gives a Polres',
     None,
     'PURWOREJO - Komandan Kodim 0708/Purworejo Letkol Inf Arif Budiman memberikan penghargaan kepada Polres '
     'Purworejo atas dukungan pelaksanaan TMMD. Penghargaan diterima Kapolres Purworejo AKBP Eko Sunarto, Rabu '
     '(24/7/2024).',
     '2024-07-25', 'received', [
      (['Polres Purworejo'], 'Eko Sunarto', 'other', 'Kodim 0708/Purworejo', None, '2024-07-24'),
     ]),
    ('an award dari a Bupati after a passive with the recipient first',
     None,
     'SUMEDANG - Polsek Jatinangor diganjar penghargaan dari Bupati Sumedang atas keberhasilan menekan tawuran '
     'pelajar. Penghargaan diterima Kapolsek Jatinangor AKP Dadang Suherman di Gedung Negara, Selasa (5/3/2024).',
     '2024-03-06', 'received', [
      (['Polsek Jatinangor'], 'Dadang Suherman', 'regional_government', 'Bupati Sumedang', None, '2024-03-05'),
     ]),
    ('a Camat gives a Polsek',
     None,
     'BANTUL - Camat Kasihan, Suryanto, memberikan piagam penghargaan kepada Polsek Kasihan atas peran aktif '
     'menjaga keamanan lingkungan selama Ramadan. Piagam diterima Kapolsek Kasihan AKP Slamet Widodo di Kantor '
     'Kapanewon Kasihan, Kamis (11/4/2024).',
     '2024-04-12', 'received', [
      (['Polsek Kasihan'], 'Slamet Widodo', 'regional_government', 'Camat Kasihan', None, '2024-04-11'),
     ]),
    ('a Bupati says the award was given, mengatakan before the clause',
     None,
     'KEPANJEN - Bupati Malang, Sanusi Wijaya, mengatakan penghargaan diberikan kepada Polres Malang karena '
     'berhasil menekan angka pencurian ternak sepanjang tahun. Piagam diterima Kapolres Malang AKBP Putu Adi '
     'Wirawan di Pendopo Agung Kepanjen, Rabu (18/12/2024).',
     '2024-12-19', 'received', [
      (['Polres Malang'], 'Putu Adi Wirawan', 'regional_government', 'Bupati Malang', None, '2024-12-18'),
     ]),
    ('a provincial government melalui its office gives a Ditlantas',
     None,
     'SEMARANG - Pemerintah Provinsi (Pemprov) Jawa Tengah melalui Dinas Perhubungan memberikan penghargaan kepada'
     ' Ditlantas Polda Jawa Tengah atas kelancaran arus mudik Lebaran. Penghargaan diterima Dirlantas Polda Jateng'
     ' Kombes Pol Arif Wicaksono di Gradhika Bhakti Praja, Senin (29/4/2024).',
     '2024-04-30', 'received', [
      (['Ditlantas Polda Jawa Tengah'], 'Arif Wicaksono', 'regional_government', 'Pemerintah Provinsi Jawa Tengah', None, '2024-04-29'),
     ]),
    ('an officer by name and post menerima dari a Kapolres by post and name',
     None,
     'TULUNGAGUNG - Iptu Bagus Santoso, Kanit Reskrim Polsek Ngunut, menerima piagam penghargaan dari Kapolres '
     'Tulungagung AKBP Teguh Wibowo atas pengungkapan kasus curanmor. Piagam diserahkan saat apel pagi di Mapolres'
     ' Tulungagung, Jumat (2/2/2024).',
     '2024-02-03', 'received', [
      (['Polsek Ngunut'], 'Bagus Santoso', 'other', 'Kapolres Tulungagung', None, '2024-02-02'),
     ]),
    ('dianugerahi a named award with its year oleh a Pemkab written out',
     None,
     'TUBAN - Polres Tuban dianugerahi penghargaan Pelayanan Publik Terbaik Tahun 2024 oleh Pemerintah Kabupaten '
     'Tuban. Penghargaan diterima Kapolres Tuban AKBP Oskar Syamsuddin di Pendopo Krido Manunggal, Kamis '
     '(12/12/2024).',
     '2024-12-13', 'received', [
      (['Polres Tuban'], 'Oskar Syamsuddin', 'regional_government', 'Pemerintah Kabupaten Tuban', 2024, '2024-12-12'),
     ]),
    ("the headline names the Gubernur by region, the lead only 'gubernur'",
     'Gubernur Kaltara Beri Penghargaan ke Polda Kaltara',
     'TANJUNG SELOR - Polda Kalimantan Utara menerima penghargaan dari gubernur atas keberhasilan mengamankan '
     'perbatasan selama tahapan Pilkada. Penghargaan diterima Wakapolda Kaltara Brigjen Pol Danu Saputra di Kantor'
     ' Gubernur, Selasa (17/12/2024).',
     '2024-12-18', 'received', [
      (['Polda Kalimantan Utara'], 'Danu Saputra', 'regional_government', 'Gubernur Kalimantan Utara', None, '2024-12-17'),
     ]),
    ('a Plh Bupati hands over',
     None,
     'CILACAP - Pelaksana Harian (Plh) Bupati Cilacap, Awaluddin Muuri, menyerahkan penghargaan kepada Polresta '
     'Cilacap atas keberhasilan penanganan bencana banjir rob. Penghargaan diterima Kapolresta Cilacap Kombes Pol '
     'Budi Adhy di Pendopo Wijayakusuma, Rabu (6/3/2024).',
     '2024-03-07', 'received', [
      (['Polresta Cilacap'], 'Budi Adhy', 'regional_government', 'Bupati Cilacap', None, '2024-03-06'),
     ]),
    ("a Wakapolda gives in the Polda's name",
     None,
     'PALEMBANG - Wakapolda Sumatera Selatan Brigjen Pol Mulyadi Rahman memberikan penghargaan kepada 15 personel '
     'Polrestabes Palembang yang mengungkap kasus perampokan nasabah bank. Penghargaan diserahkan dalam upacara di'
     ' Lapangan Mapolda Sumsel, Senin (8/7/2024).',
     '2024-07-09', 'received', [
      (['Polrestabes Palembang'], None, 'kapolda', 'Polda Sumatera Selatan', None, '2024-07-08'),
     ]),
    ('the Kapolri by rank and name only pins an officer',
     None,
     'JAKARTA - Jenderal Pol Listyo Sigit Prabowo menyematkan pin emas kepada AKP Rangga Wijaya, Kasat Reskrim '
     'Polres Indramayu, di Gedung Rupatama Mabes Polri, Jumat (19/7/2024). Rangga dinilai berhasil mengungkap '
     'jaringan penyelundupan pekerja migran.',
     '2024-07-20', 'received', [
      (['Satreskrim Polres Indramayu'], 'Rangga Wijaya', 'kapolri', 'Kapolri', None, '2024-07-19'),
     ]),
    ("a Mabes division gives a Polda's Bidpropam",
     None,
     'BANDAR LAMPUNG - Divisi Propam Polri memberikan penghargaan kepada Bidpropam Polda Lampung sebagai satuan '
     'kerja terbaik dalam penegakan disiplin anggota. Penghargaan diterima Kabid Propam Polda Lampung Kombes Pol '
     'Hendra Gunawan di Jakarta, Kamis (5/12/2024).',
     '2024-12-06', 'received', [
      (['Bidpropam Polda Lampung'], 'Hendra Gunawan', 'kapolri', 'Divpropam Polri', None, '2024-12-05'),
     ]),
    ('a faculty of a university with its acronym',
     None,
     'SEMARANG - Fakultas Hukum Universitas Diponegoro (Undip) memberikan penghargaan kepada Ditreskrimum Polda '
     'Jawa Tengah atas kerja sama program magang mahasiswa. Penghargaan diserahkan Dekan FH Undip kepada '
     'Dirreskrimum Polda Jateng Kombes Pol Johanes Setiawan, Selasa (14/5/2024).',
     '2024-05-15', 'received', [
      (['Ditreskrimum Polda Jawa Tengah'], 'Johanes Setiawan', 'other', 'Fakultas Hukum Universitas Diponegoro (Undip)', None, '2024-05-14'),
     ]),
    ("a foundation's chairman in a quote: kami anugerahkan",
     None,
     'SURAKARTA - Polresta Surakarta menerima penghargaan Sahabat Anak dari Yayasan Kakak Surakarta. "Penghargaan '
     'ini kami anugerahkan karena Polresta Surakarta sigap menangani kasus kekerasan terhadap anak," kata Ketua '
     'Yayasan Kakak, Shoim Sahriyati, Selasa (23/7/2024).',
     '2024-07-24', 'received', [
      (['Polresta Surakarta'], None, 'other', 'Yayasan Kakak Surakarta', None, '2024-07-23'),
     ]),
    ("a Polda gives in its own name to a Polresta's members",
     None,
     'DENPASAR - Polda Bali memberikan penghargaan kepada 30 personel Polresta Denpasar yang berhasil mengamankan '
     'rangkaian World Water Forum. Penghargaan diserahkan di Lapangan Mapolda Bali, Selasa (4/6/2024).',
     '2024-06-05', 'received', [
      (['Polresta Denpasar'], None, 'kapolda', 'Polda Bali', None, '2024-06-04'),
     ]),
    ("the award to the Polres first, diberikan oleh a Bupati at the sentence's end",
     None,
     'NGAWI - Penghargaan kepada Polres Ngawi atas keberhasilan mengungkap kasus pembunuhan di Kecamatan Paron '
     'diberikan oleh Bupati Ngawi dalam upacara hari jadi kabupaten, Jumat (7/7/2023).',
     '2023-07-08', 'received', [
      (['Polres Ngawi'], None, 'regional_government', 'Bupati Ngawi', None, '2023-07-07'),
     ]),
    ('diserahkan by a name yang merupakan Bupati',
     None,
     'PURBALINGGA - Polres Purbalingga menerima piagam penghargaan atas pengamanan Pilkada 2024. Piagam diserahkan'
     ' Rina Susanti yang merupakan Bupati Purbalingga kepada Kapolres Purbalingga AKBP Hendra Irawan, Senin '
     '(16/12/2024).',
     '2024-12-17', 'received', [
      (['Polres Purbalingga'], 'Hendra Irawan', 'regional_government', 'Bupati Purbalingga', None, '2024-12-16'),
     ]),
    ('the headline names the Kapolresta, the lead only his rank and name',
     'Kapolresta Cirebon Ganjar Penghargaan Polsek Arjawinangun',
     'CIREBON - Kombes Pol Sumarni Rahayu memberikan penghargaan kepada Polsek Arjawinangun atas pengungkapan '
     'kasus pencurian dengan kekerasan. Penghargaan diterima Kapolsek Arjawinangun AKP Deden Supriatna dalam apel '
     'pagi, Senin (15/1/2024).',
     '2024-01-16', 'received', [
      (['Polsek Arjawinangun'], 'Deden Supriatna', 'other', 'Kapolresta Cirebon', None, '2024-01-15'),
     ]),
    ('a district court gives, its chairman hands over',
     None,
     'KLATEN - Pengadilan Negeri Klaten memberikan penghargaan kepada Satreskrim Polres Klaten atas dukungan '
     'pengamanan persidangan. Penghargaan diserahkan Ketua PN Klaten kepada Kasat Reskrim Polres Klaten AKP Fajar '
     'Nugroho, Kamis (29/2/2024).',
     '2024-03-01', 'received', [
      (['Satreskrim Polres Klaten'], 'Fajar Nugroho', 'other', 'Pengadilan Negeri Klaten', None, '2024-02-29'),
     ]),
    ("a BNPB award handed over by a regency's BPBD head atas nama the agency",
     None,
     'GARUT - Kepala Pelaksana BPBD Kabupaten Garut, atas nama Kepala BNPB, menyerahkan penghargaan kepada Polres '
     'Garut atas penanganan korban banjir bandang. Penghargaan diterima Kapolres Garut AKBP Rio Wahyu, Rabu '
     '(10/4/2024).',
     '2024-04-11', 'received', [
      (['Polres Garut'], 'Rio Wahyu', 'ministry', 'BNPB', None, '2024-04-10'),
     ]),
    ('a Kapolda gives Polres in a quote, named only by his post',
     None,
     'MATARAM - Polres Lombok Barat dan Polres Sumbawa menerima penghargaan sebagai polres dengan pelayanan SKCK '
     'terbaik. "Kami berikan penghargaan ini agar menjadi contoh bagi satuan lain," ujar Kapolda NTB di Mataram, '
     'Kamis (11/7/2024).',
     '2024-07-12', 'received', [
      (['Polres Lombok Barat', 'Polres Sumbawa'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', None, '2024-07-11'),
     ]),
    ('two awards at once, each dari a national body',
     None,
     'BATANG - Polres Batang meraih dua penghargaan sekaligus, yakni dari Kementerian Kesehatan atas dukungan '
     'vaksinasi dan dari BKKBN atas dukungan program Kampung KB. Kedua piagam diterima Kapolres Batang AKBP Nur '
     'Hidayat di Semarang, Senin (26/8/2024).',
     '2024-08-27', 'received', [
      (['Polres Batang'], 'Nur Hidayat', 'ministry', 'Kementerian Kesehatan', None, '2024-08-26'),
      (['Polres Batang'], 'Nur Hidayat', 'ministry', 'BKKBN', None, '2024-08-26'),
     ]),
    ('a Kapolda bersama a Gubernur hand one award over together',
     None,
     'SEMARANG - Kapolda Jawa Tengah bersama Gubernur Jawa Tengah menyerahkan penghargaan kepada Polres Demak atas'
     ' penanganan banjir akibat jebolnya tanggul Sungai Wulan. Penghargaan diterima Kapolres Demak AKBP Yudi '
     'Pranata di Semarang, Kamis (21/3/2024).',
     '2024-03-22', 'received', [
      (['Polres Demak'], 'Yudi Pranata', 'kapolda', 'Kapolda Jawa Tengah dan Gubernur Jawa Tengah', None, '2024-03-21'),
     ]),
    ("an Ombudsman office's name split from its verb by a relative clause",
     None,
     'SOLO - Ombudsman RI Perwakilan Jawa Tengah, yang menilai 35 satuan kerja kepolisian, menyerahkan predikat '
     'kepatuhan tinggi standar pelayanan publik tahun 2024 kepada Polresta Surakarta. Predikat diterima Kapolresta'
     ' Surakarta Kombes Pol Iwan Saktiadi di Semarang, Kamis (30/1/2025).',
     '2025-01-31', 'received', [
      (['Polresta Surakarta'], 'Iwan Saktiadi', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Tengah', 2024, '2025-01-30'),
     ]),
    ('pihak before a state airport company',
     None,
     'SIDOARJO - Pihak PT Angkasa Pura Indonesia memberikan penghargaan kepada Polresta Sidoarjo atas pengamanan '
     'Bandara Juanda selama libur Natal dan Tahun Baru. Penghargaan diterima Wakapolresta Sidoarjo AKBP Denny '
     'Pratama, Senin (6/1/2025).',
     '2025-01-07', 'received', [
      (['Polresta Sidoarjo'], 'Denny Pratama', 'other', 'PT Angkasa Pura Indonesia', None, '2025-01-06'),
     ]),
    ('a Kapolda quoted usai menyerahkan',
     None,
     'PALU - "Saya bangga dengan kerja keras personel yang tidak kenal lelah," kata Kapolda Sulawesi Tengah Irjen '
     'Pol Agus Nugroho usai menyerahkan penghargaan kepada Polres Sigi di Mapolda Sulteng, Rabu (15/5/2024). '
     'Polres Sigi dinilai berhasil menangani konflik antarkampung.',
     '2024-05-16', 'received', [
      (['Polres Sigi'], None, 'kapolda', 'Kapolda Sulawesi Tengah', None, '2024-05-15'),
     ]),
    ('a Polda melalui its directorate gives a Satlantas',
     None,
     'BEKASI - Polda Metro Jaya melalui Direktorat Lalu Lintas memberikan penghargaan kepada Satlantas Polres '
     'Metro Bekasi Kota atas penurunan angka kecelakaan. Penghargaan diterima Kasat Lantas Kompol Rudi Hermawan, '
     'Jumat (9/2/2024).',
     '2024-02-10', 'received', [
      (['Satlantas Polres Metro Bekasi Kota'], 'Rudi Hermawan', 'kapolda', 'Polda Metro Jaya', None, '2024-02-09'),
     ]),
    ("the body named by its acronym in the headline, 'lembaga tersebut' in the story",
     'LPSK Ganjar Penghargaan Polres Kediri',
     'KEDIRI - Polres Kediri menerima penghargaan dari lembaga tersebut atas perlindungan terhadap saksi dan '
     'korban kasus kekerasan seksual. Penghargaan diterima Kapolres Kediri AKBP Bimo Aryanto di Jakarta, Selasa '
     '(20/8/2024).',
     '2024-08-21', 'received', [
      (['Polres Kediri'], 'Bimo Aryanto', 'other', 'LPSK', None, '2024-08-20'),
     ]),
    ("a high prosecutors' office by its head's post written out",
     None,
     'MEDAN - Kepala Kejaksaan Tinggi (Kajati) Sumatera Utara memberikan penghargaan kepada Ditreskrimum Polda '
     'Sumatera Utara atas kecepatan melengkapi berkas perkara. Penghargaan diterima Dirreskrimum Polda Sumut '
     'Kombes Pol Sumaryono, Kamis (25/7/2024).',
     '2024-07-26', 'received', [
      (['Ditreskrimum Polda Sumatera Utara'], 'Sumaryono', 'other', 'Kejaksaan Tinggi Sumatera Utara', None, '2024-07-25'),
     ]),
    ('diganjar oleh a minister by his post',
     None,
     'BANYUWANGI - Satlantas Polresta Banyuwangi diganjar penghargaan keselamatan jalan oleh Menteri Perhubungan '
     'dalam peringatan Hari Perhubungan Nasional di Jakarta, Selasa (17/9/2024). Penghargaan diterima Kasat Lantas'
     ' AKP Bayu Anggara.',
     '2024-09-18', 'received', [
      (['Satlantas Polresta Banyuwangi'], 'Bayu Anggara', 'ministry', 'Menteri Perhubungan', None, '2024-09-17'),
     ]),
    ('a coordinating minister written out with his acronym',
     None,
     'JAKARTA - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) menganugerahkan '
     'penghargaan kepada Bareskrim Polri atas pengungkapan jaringan judi daring. Penghargaan diterima Kabareskrim '
     'Polri Komjen Pol Wahyu Widodo, Rabu (11/12/2024).',
     '2024-12-12', 'received', [
      (['Bareskrim Polri'], 'Wahyu Widodo', 'ministry', 'Menko Polhukam', None, '2024-12-11'),
     ]),
    ('an immigration office of its class and seat',
     None,
     'BATAM - Kantor Imigrasi Kelas I Khusus TPI Batam memberikan penghargaan kepada Polresta Barelang atas '
     'pengungkapan penyelundupan pekerja migran. Penghargaan diterima Kapolresta Barelang Kombes Pol Heribertus '
     'Ompusunggu, Senin (1/4/2024).',
     '2024-04-02', 'received', [
      (['Polresta Barelang'], 'Heribertus Ompusunggu', 'ministry', 'Kantor Imigrasi Kelas I Khusus TPI Batam', None, '2024-04-01'),
     ]),
    ('a search and rescue office by its seat',
     None,
     'SEMARANG - Kantor SAR Semarang memberikan piagam penghargaan kepada Satpolairud Polrestabes Semarang atas '
     'bantuan pencarian korban kapal tenggelam di perairan Tanjung Emas. Piagam diterima Kasat Polairud AKP Suryo '
     'Widodo, Kamis (8/8/2024).',
     '2024-08-09', 'received', [
      (['Satpolairud Polrestabes Semarang'], 'Suryo Widodo', 'ministry', 'Kantor SAR Semarang', None, '2024-08-08'),
     ]),
    ('yang diberikan oleh the chairman of a press body written out',
     None,
     'BANDUNG - Bidhumas Polda Jawa Barat menerima penghargaan yang diberikan oleh Ketua Umum Ikatan Jurnalis '
     'Televisi Indonesia (IJTI) atas keterbukaan informasi kepada media. Penghargaan diterima Kabid Humas Polda '
     'Jabar Kombes Pol Jules Abraham, Sabtu (24/8/2024).',
     '2024-08-25', 'received', [
      (['Bidhumas Polda Jawa Barat'], 'Jules Abraham', 'media', 'IJTI', None, '2024-08-24'),
     ]),
    ("a Wali Kota named, then 'orang nomor satu di Kota Pahlawan itu' hands over",
     None,
     'SURABAYA - Wali Kota Surabaya Eko Prasetyo menghadiri upacara peringatan Hari Pahlawan di Tugu Pahlawan, '
     'Minggu (10/11/2024). Orang nomor satu di Kota Pahlawan itu kemudian menyerahkan piagam penghargaan kepada '
     'Polrestabes Surabaya atas pengamanan rangkaian peringatan.',
     '2024-11-11', 'received', [
      (['Polrestabes Surabaya'], None, 'regional_government', 'Wali Kota Surabaya', None, '2024-11-10'),
     ]),
    ("a city's transport company, its president director hands over",
     None,
     'JAKARTA - PT Transportasi Jakarta (Transjakarta) memberikan penghargaan kepada Ditlantas Polda Metro Jaya '
     'atas sterilisasi jalur bus. Penghargaan diserahkan Direktur Utama Transjakarta kepada Dirlantas Polda Metro '
     'Jaya Kombes Pol Latif Usman, Selasa (23/7/2024).',
     '2024-07-24', 'received', [
      (['Ditlantas Polda Metro Jaya'], 'Latif Usman', 'other', 'PT Transportasi Jakarta (Transjakarta)', None, '2024-07-23'),
     ]),
    ("the Kapolri's award handed over by a Wakapolda mewakili the Kapolda",
     None,
     'BANDUNG - Penghargaan dari Kapolri untuk Polres Cianjur atas penanganan korban gempa diserahkan Wakapolda '
     'Jawa Barat Brigjen Pol Bariza Sulfi mewakili Kapolda Jawa Barat. Penghargaan diterima Kapolres Cianjur AKBP '
     'Aszhari Kurniawan, Senin (5/2/2024).',
     '2024-02-06', 'received', [
      (['Polres Cianjur'], 'Aszhari Kurniawan', 'kapolri', 'Kapolri', None, '2024-02-05'),
     ]),
    ('two givers in two sentences, Sementara itu opening the second',
     None,
     'WONOSOBO - Polres Wonosobo menerima penghargaan dari Bupati Wonosobo atas pengamanan Festival Budaya Dieng. '
     'Sementara itu, Polsek Kejajar menerima piagam dari Camat Kejajar atas pengamanan ruwatan rambut gimbal. '
     'Penyerahan dilakukan di Dataran Tinggi Dieng, Sabtu (24/8/2024).',
     '2024-08-25', 'received', [
      (['Polres Wonosobo'], None, 'regional_government', 'Bupati Wonosobo', None, '2024-08-24'),
      (['Polsek Kejajar'], None, 'regional_government', 'Camat Kejajar', None, '2024-08-24'),
     ]),
    ("a Kapolres named by name first, his post after 'selaku'",
     None,
     'KLATEN - AKBP Warsito Hadi selaku Kapolres Sukoharjo memberikan penghargaan kepada Polsek Kartasura atas '
     'pengungkapan peredaran uang palsu. Penghargaan diterima Kapolsek Kartasura AKP Damanhuri dalam apel pagi, '
     'Selasa (14/5/2024).',
     '2024-05-15', 'received', [
      (['Polsek Kartasura'], 'Damanhuri', 'other', 'Kapolres Sukoharjo', None, '2024-05-14'),
     ]),
    ("a Gubernur named, then 'Beliau juga menyematkan' in the next sentence",
     None,
     'PONTIANAK - Gubernur Kalimantan Barat Ria Nugraha memimpin apel siaga bencana kabut asap di halaman Kantor '
     'Gubernur, Kamis (5/9/2024). Beliau juga menyematkan pin penghargaan kepada lima personel Polres Kubu Raya '
     'yang memadamkan kebakaran lahan gambut.',
     '2024-09-06', 'received', [
      (['Polres Kubu Raya'], None, 'regional_government', 'Gubernur Kalimantan Barat', None, '2024-09-05'),
     ]),
    ("an award named after the regional head's post, dari a Pemkab",
     None,
     'SRAGEN - Polres Sragen menerima penghargaan Bupati Award 2024 dari Pemkab Sragen atas dukungan program '
     'pengentasan kemiskinan. Penghargaan diterima Kapolres Sragen AKBP Petrus Silalahi di Gedung Sukowati, Senin '
     '(23/12/2024).',
     '2024-12-24', 'received', [
      (['Polres Sragen'], 'Petrus Silalahi', 'regional_government', 'Pemerintah Kabupaten Sragen', 2024, '2024-12-23'),
     ]),
    ('Atas nama a provincial government, its Sekda hands over',
     None,
     'DENPASAR - Atas nama Pemerintah Provinsi Bali, Sekda Bali Dewa Made Indra menyerahkan penghargaan kepada '
     'Ditpolairud Polda Bali atas penyelamatan wisatawan yang terseret arus di Pantai Kuta. Penghargaan diterima '
     'Dirpolairud Polda Bali Kombes Pol Gede Sudarma, Selasa (2/4/2024).',
     '2024-04-03', 'received', [
      (['Ditpolairud Polda Bali'], 'Gede Sudarma', 'regional_government', 'Pemerintah Provinsi Bali', None, '2024-04-02'),
     ]),
    ("a ministry's port health office by its class and seat",
     None,
     'MAKASSAR - Balai Kekarantinaan Kesehatan (BKK) Kelas I Makassar memberikan penghargaan kepada Polres '
     'Pelabuhan Makassar atas pengawasan penumpang kapal selama wabah. Penghargaan diterima Kapolres Pelabuhan '
     'Makassar AKBP Andi Erwin, Rabu (13/3/2024).',
     '2024-03-14', 'received', [
      (['Polres Pelabuhan Makassar'], 'Andi Erwin', 'ministry', 'Balai Kekarantinaan Kesehatan (BKK) Kelas I Makassar', None, '2024-03-13'),
     ]),
    ('berdasarkan Surat Keputusan Kapolda, a Polres ditetapkan terbaik',
     None,
     'SERANG - Berdasarkan Surat Keputusan Kapolda Banten, Polres Lebak ditetapkan sebagai polres terbaik dalam '
     'pelayanan publik. Piagam penghargaan diterima Kapolres Lebak AKBP Suyono di Mapolda Banten, Kamis '
     '(11/1/2024).',
     '2024-01-12', 'received', [
      (['Polres Lebak'], 'Suyono', 'kapolda', 'Kapolda Banten', None, '2024-01-11'),
     ]),
    ('a minister by his post written out, his name between commas',
     None,
     'JAKARTA - Menteri Pemuda dan Olahraga, Dito Santoso, menyerahkan penghargaan kepada Korbrimob Polri atas '
     'dukungan pengamanan Pekan Olahraga Nasional. Penghargaan diterima Wakakorbrimob Polri Irjen Pol Ramdani '
     'Hidayat, Jumat (27/9/2024).',
     '2024-09-28', 'received', [
      (['Korbrimob Polri'], 'Ramdani Hidayat', 'ministry', 'Menteri Pemuda dan Olahraga', None, '2024-09-27'),
     ]),
    ('oleh a Gubernur melalui the head of his bureau',
     None,
     'PADANG - Polresta Padang menerima penghargaan yang diberikan oleh Gubernur Sumatera Barat melalui Kepala '
     'Biro Pemerintahan atas pengamanan Pilkada. Penghargaan diterima Kapolresta Padang Kombes Pol Ferry Harahap, '
     'Jumat (20/12/2024).',
     '2024-12-21', 'received', [
      (['Polresta Padang'], 'Ferry Harahap', 'regional_government', 'Gubernur Sumatera Barat', None, '2024-12-20'),
     ]),
    ('orang nomor satu di a Polres hands a Polsek its piagam',
     None,
     'BLORA - Orang nomor satu di Polres Blora, AKBP Wawan Andi, menyerahkan piagam penghargaan kepada Polsek Cepu'
     ' atas pengungkapan pencurian minyak mentah. Piagam diterima Kapolsek Cepu AKP Subroto, Senin (22/1/2024).',
     '2024-01-23', 'received', [
      (['Polsek Cepu'], 'Subroto', 'other', 'Kapolres Blora', None, '2024-01-22'),
     ]),
    ('diberikan, the day between commas, oleh the head of BNN',
     None,
     'JAKARTA - Ditresnarkoba Polda Riau meraih penghargaan sebagai satuan terbaik pengungkapan kasus narkoba. '
     'Penghargaan tersebut diberikan, Rabu (26/6/2024), oleh Kepala BNN RI Komjen Pol Andreas Siregar dalam '
     'peringatan Hari Anti Narkotika Internasional.',
     '2024-06-27', 'received', [
      (['Ditresnarkoba Polda Riau'], None, 'ministry', 'BNN', None, '2024-06-26'),
     ]),
    ("dari the head of a district prosecutors' office by his post written out",
     None,
     'BIMA - Satreskrim Polres Bima Kota mendapat penghargaan dari Kepala Kejaksaan Negeri Bima atas kelengkapan '
     'berkas perkara korupsi dana desa. Penghargaan diterima Kasat Reskrim AKP Yusuf Hamdani, Selasa (9/7/2024).',
     '2024-07-10', 'received', [
      (['Satreskrim Polres Bima Kota'], 'Yusuf Hamdani', 'other', 'Kejaksaan Negeri Bima', None, '2024-07-09'),
     ]),
    ('the head of a provincial office atas nama the Gubernur',
     None,
     'MATARAM - Kepala Dinas Kesehatan Provinsi NTB atas nama Gubernur NTB menyerahkan penghargaan kepada '
     'Biddokkes Polda NTB atas dukungan layanan kesehatan saat bencana gempa. Penghargaan diterima Kabid Dokkes '
     'Polda NTB Kombes Pol Ida Ayu Suryani, Kamis (15/8/2024).',
     '2024-08-16', 'received', [
      (['Biddokkes Polda Nusa Tenggara Barat'], 'Ida Ayu Suryani', 'regional_government', 'Gubernur Nusa Tenggara Barat', None, '2024-08-15'),
     ]),
    ('the head of the search and rescue agency by his post written out with its acronym',
     None,
     'MAKASSAR - Kepala Badan SAR Nasional (Kabasarnas) Marsdya TNI Kusworo Adi memberikan penghargaan kepada '
     'Ditpolairud Polda Sulawesi Selatan atas bantuan evakuasi korban kapal tenggelam di Selat Makassar. '
     'Penghargaan diterima Dirpolairud Polda Sulsel Kombes Pol Hery Wahyudi, Rabu (4/9/2024).',
     '2024-09-05', 'received', [
      (['Ditpolairud Polda Sulawesi Selatan'], 'Hery Wahyudi', 'ministry', 'Basarnas', None, '2024-09-04'),
     ]),
    ('the headline names the Bupati, the story only who received',
     'Bupati Gowa Serahkan Piagam ke Polres Gowa',
     'SUNGGUMINASA - Polres Gowa menerima piagam penghargaan atas keberhasilan mengamankan perayaan Maulid di '
     'Balla Lompoa. Piagam diterima Kapolres Gowa AKBP Reonald Simanjuntak, Jumat (27/9/2024).',
     '2024-09-28', 'received', [
      (['Polres Gowa'], 'Reonald Simanjuntak', 'regional_government', 'Bupati Gowa', None, '2024-09-27'),
     ]),
    ('a Polda gives reward, its director hands over',
     None,
     'JAMBI - Polda Jambi memberikan reward kepada tim Satreskrim Polres Bungo yang mengungkap kasus pembunuhan '
     'pedagang emas. Reward diserahkan Dirreskrimum Polda Jambi Kombes Pol Andri Ananta, Senin (18/3/2024).',
     '2024-03-19', 'received', [
      (['Satreskrim Polres Bungo'], None, 'kapolda', 'Polda Jambi', None, '2024-03-18'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    GIVERS_WRITTEN_MANY_WAYS,
    ids=[r[0] for r in GIVERS_WRITTEN_MANY_WAYS],
)
def test_givers_written_many_ways(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- two who give one award together -----------------------------------------------------------------

JOINT_GIVERS = [
    # construction, passage, the giver's kind, the giver as the archive writes it
    ("dari a national agency's office dan a regency's government", "Polres Boyolali menerima penghargaan dari BNN "
     "Kabupaten Boyolali dan Pemerintah Kabupaten Boyolali atas program desa bersih narkoba.", "ministry",
     "BNN Kabupaten Boyolali dan Pemerintah Kabupaten Boyolali"),
    ("a Kapolda bersama a Gubernur hands over", "Kapolda Jawa Timur bersama Gubernur Jawa Timur menyerahkan "
     "penghargaan kepada Polres Lumajang.", "kapolda", "Kapolda Jawa Timur dan Gubernur Jawa Timur"),
    ("a Bupati beserta a Dandim hands over, his name between", "Bupati Sleman Hadi Santoso beserta Dandim 0732/Sleman "
     "memberikan piagam kepada Polsek Depok Barat.", "regional_government", "Bupati Sleman dan Dandim 0732/Sleman"),
    ("one body's own people together are that body", "Piagam diserahkan oleh Kapolda Riau Irjen Pol Budi Santoso "
     "bersama Wakapolda Riau kepada Polres Siak.", "kapolda", "Kapolda Riau"),
    ("a Bupati and his deputy are the Bupati", "Bupati Klaten bersama Wakil Bupati Klaten menyerahkan penghargaan "
     "kepada Polres Klaten.", "regional_government", "Bupati Klaten"),
]  # fmt: skip


@pytest.mark.parametrize("construction, passage, kind, giver", JOINT_GIVERS, ids=[r[0] for r in JOINT_GIVERS])
def test_two_who_give_one_award_together(construction, passage, kind, giver):
    assert giver_category(passage) == kind
    assert giver_of(kind, passage, [])[0] == giver


# -- the host of a contest against the official who hands its prize over --------------------------------

HOST_OR_HANDER = [
    # construction, passage, the giver's kind
    ("a Polda's contest, a Bupati hands the trophy over", "Polres Sleman juara II Lomba Polisi RW tingkat Polda DIY. "
     "Trofi diserahkan Bupati Sleman kepada Kapolres Sleman.", "kapolda"),
    ("an awards night held by a newspaper, a Wali Kota hands over", "Polresta Malang Kota meraih Malang Post Awards "
     "2024 yang digelar Harian Malang Post. Penghargaan diserahkan Wali Kota Malang.", "media"),
    ("a ceremony held by a Polres is no contest: the Bupati who hands over gives", "Dalam ajang peringatan Hari "
     "Bhayangkara yang digelar Polres Sleman, piagam diserahkan Bupati Sleman kepada Polsek Depok Barat.",
     "regional_government"),
    ("a tournament the police secured is not theirs to give", "Polres Sleman diapresiasi atas pengamanan turnamen "
     "sepak bola yang digelar PSSI. Piagam diserahkan Bupati Sleman.", "regional_government"),
]  # fmt: skip


@pytest.mark.parametrize("construction, passage, kind", HOST_OR_HANDER, ids=[r[0] for r in HOST_OR_HANDER])
def test_the_host_of_a_contest_gives_whoever_hands_over(construction, passage, kind):
    assert giver_category(passage) == kind
