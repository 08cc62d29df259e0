"""Phrase tables of long stories with several awards: written apart from the real stories, 6 to 12 sentences each."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words

# -- long stories with several awards ---------------------------------------------------------------------------------
# An awards night with its categories, a Polda's ranking of its Polres (juara I to III, a harapan that is no numbered
# place), two givers in one story ("Sementara itu, Polsek Y menerima ... dari Bupati"), places said after the winner
# ("Adapun juara kedua diraih ..."), categories said with no award word ("Kategori X diraih Polres A"), a Polres and
# its Polsek or sections honoured by different givers, an award of today beside an earlier one told as background,
# chiefs' speeches between the awards, winners listed across sentences, a headline naming one award only. Whoever
# took one award (named in its own sentences: "Piagam itu diterima Wakapolres X") is not the officer of another.
LONG_STORIES = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement) of each award
    ('awards night, three categories, sedangkan / untuk kategori, chief speaks',
     'Tiga Polres Sabet Jateng Police Award 2024',
     'SEMARANG - Polda Jawa Tengah menggelar malam penganugerahan Jateng Police Award 2024 di Gedung Borobudur '
     'Mapolda Jateng, Sabtu (14/12/2024). Kapolda Jawa Tengah Irjen Pol Ahmad Rizal menyerahkan penghargaan kepada '
     'satuan wilayah berprestasi dalam sejumlah kategori. Kategori Pelayanan Publik Terbaik diraih Polres Kendal, '
     'sedangkan kategori Inovasi Kamtibmas jatuh kepada Polresta Surakarta. Untuk kategori Penanganan Perkara '
     'Terbaik, penghargaan diberikan kepada Polres Klaten. "Penghargaan ini bukan akhir, tetapi pemacu untuk '
     'bekerja lebih baik," kata Ahmad Rizal dalam sambutannya. Kapolres Kendal AKBP Dwi Santoso mengaku bangga '
     'atas capaian itu.',
     '2024-12-15', 'received', [
      (['Polres Kendal'], None, 'kapolda', 'Kapolda Jawa Tengah', 2024, '2024-12-14', None),
      (['Polresta Surakarta'], None, 'kapolda', 'Kapolda Jawa Tengah', 2024, '2024-12-14', None),
      (['Polres Klaten'], None, 'kapolda', 'Kapolda Jawa Tengah', 2024, '2024-12-14', None),
     ]),
    ('Polda ranking: juara I, II, III and a harapan in separate sentences',
     None,
     'PADANG - Polres Pasaman Barat meraih juara I lomba Polisi Sahabat Anak tingkat Polda Sumatera Barat tahun '
     '2025. Hasil lomba diumumkan di Aula Mapolda Sumbar, Senin (21/7/2025). Juara II diraih Polres Solok, juara '
     'III Polres Dharmasraya, sementara juara harapan I jatuh kepada Polres Agam. Wakapolda Sumbar Brigjen Pol '
     'Surya Dharma menyerahkan trofi dan piagam kepada para pemenang. "Anak-anak harus melihat polisi sebagai '
     'sahabat," ujar Surya. Lomba diikuti 19 polres jajaran dan dinilai sejak Mei lalu.',
     '2025-07-22', 'received', [
      (['Polres Pasaman Barat'], None, 'kapolda', 'Polda Sumatera Barat', 2025, '2025-07-21', 1),
      (['Polres Solok'], None, 'kapolda', 'Polda Sumatera Barat', 2025, '2025-07-21', 2),
      (['Polres Dharmasraya'], None, 'kapolda', 'Polda Sumatera Barat', 2025, '2025-07-21', 3),
      (['Polres Agam'], None, 'kapolda', 'Polda Sumatera Barat', 2025, '2025-07-21', None),
     ]),
    ('two givers, sementara itu: Ombudsman to the Polres, a Bupati to its Polsek',
     'Polres Gianyar Raih Predikat Kepatuhan Tinggi Ombudsman',
     'GIANYAR - Polres Gianyar meraih predikat kepatuhan tinggi standar pelayanan publik tahun 2024 dari Ombudsman '
     'RI Perwakilan Bali. Piagam diserahkan Kepala Ombudsman RI Perwakilan Bali, Nyoman Arta, kepada Kapolres '
     'Gianyar AKBP Gede Wirawan di Denpasar, Selasa (17/12/2024). "Nilai ini kami raih berkat perbaikan ruang SPKT '
     'dan layanan SKCK," kata Gede. Sementara itu, Polsek Ubud menerima piagam penghargaan dari Bupati Gianyar '
     'atas pengamanan upacara adat di Puri Ubud. Piagam diterima Kapolsek Ubud Kompol Ketut Sudana, Rabu '
     '(18/12/2024).',
     '2024-12-18', 'received', [
      (['Polres Gianyar'], 'Gede Wirawan', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Bali', 2024, '2024-12-17', None),
      (['Polsek Ubud'], 'Ketut Sudana', 'regional_government', 'Bupati Gianyar', None, '2024-12-18', None),
     ]),
    ('award today, earlier award as background (sebelumnya, tahun lalu)',
     'Polres Pringsewu Sabet WBBM',
     'PRINGSEWU - Polres Pringsewu meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari Kementerian '
     'PANRB. Penghargaan diserahkan Menteri PANRB dalam acara penganugerahan Zona Integritas di Jakarta, Kamis '
     '(12/12/2024), dan diterima Kapolres Pringsewu AKBP Rio Saputra. Sebelumnya, pada tahun lalu Polres Pringsewu '
     'meraih predikat WBK dan penghargaan dari Ombudsman RI Perwakilan Lampung. "Dua tahun kami berbenah tanpa '
     'henti," kata Rio. Ia menyebut predikat itu milik seluruh personel.',
     '2024-12-13', 'received', [
      (['Polres Pringsewu'], 'Rio Saputra', 'zona_integritas_wbbm', 'KemenPAN-RB', None, '2024-12-12', None),
     ]),
    ('Kapolres rewards his Satreskrim, then a Bupati rewards the Polres, speech between',
     None,
     'KUDUS - Kapolres Kudus AKBP Rendra Wicaksono memberikan penghargaan kepada 12 personel Satreskrim Polres '
     'Kudus atas pengungkapan kasus pembunuhan di Desa Jati dalam apel pagi, Senin (3/6/2024). "Kerja cepat ini '
     'patut dicontoh seluruh anggota," kata Rendra. Pada hari yang sama, Bupati Kudus Hartopo Wibowo menyerahkan '
     'piagam penghargaan kepada Polres Kudus atas pengamanan arus mudik Lebaran. Piagam itu diterima Wakapolres '
     'Kudus Kompol Suharto di Pendopo Kabupaten.',
     '2024-06-04', 'received', [
      (['Satreskrim Polres Kudus'], None, 'other', 'Kapolres Kudus', None, '2024-06-03', None),
      (['Polres Kudus'], 'Suharto', 'regional_government', 'Bupati Kudus', None, '2024-06-03', None),
     ]),
    ('winners carried across sentences: list, then Selain itu more units with the same award',
     'Lima Polres Terima Penghargaan Kapolda Sulsel',
     'MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Andi Rahman memberikan penghargaan kepada jajaran yang '
     'berhasil menekan angka kecelakaan selama Operasi Ketupat 2024. Penghargaan diberikan kepada Polres Gowa, '
     'Polres Maros dan Polres Bone. Selain itu, Polres Pinrang dan Polres Sidrap juga menerima penghargaan yang '
     'sama. Penyerahan digelar di Lapangan Mapolda Sulsel, Jumat (3/5/2024). Andi meminta prestasi itu dijaga pada '
     'operasi berikutnya.',
     '2024-05-04', 'received', [
      (['Polres Gowa', 'Polres Maros', 'Polres Bone', 'Polres Pinrang', 'Polres Sidenreng Rappang'], None, 'kapolda', 'Kapolda Sulawesi Selatan', 2024, '2024-05-03', None),
     ]),
    ('headline names one award only; a second award from another giver in the body',
     'Polres Sleman Raih Penghargaan dari Kompolnas',
     'SLEMAN - Polres Sleman menerima penghargaan dari Komisi Kepolisian Nasional (Kompolnas) sebagai polres '
     'dengan penanganan pengaduan masyarakat terbaik. Penghargaan diserahkan Ketua Harian Kompolnas kepada '
     'Kapolres Sleman AKBP Yuswanto Ardi di Jakarta, Rabu (20/11/2024). Di hari yang sama, Satlantas Polres Sleman '
     'juga menerima penghargaan dari PT Jasa Raharja atas pelayanan korban kecelakaan. Penghargaan itu diterima '
     'Kasat Lantas AKP Mahmud Hidayat. "Dua penghargaan ini menjadi motivasi," kata Yuswanto.',
     '2024-11-21', 'received', [
      (['Polres Sleman'], 'Yuswanto Ardi', 'kompolnas', 'Kompolnas', None, '2024-11-20', None),
      (['Satlantas Polres Sleman'], 'Mahmud Hidayat', 'other', 'Jasa Raharja', None, '2024-11-20', None),
     ]),
    ('Gubernur to the Polda, Kapolda to a Polres, at one HUT Bhayangkara',
     None,
     'KUPANG - Peringatan Hari Bhayangkara ke-78 di Mapolda Nusa Tenggara Timur, Senin (1/7/2024), diwarnai '
     'pemberian penghargaan. Gubernur NTT menyerahkan piagam penghargaan kepada Polda NTT atas pengamanan Pemilu '
     '2024 yang berlangsung aman. Piagam diterima langsung Kapolda NTT Irjen Pol Daniel Tahi. Usai itu, Kapolda '
     'memberikan penghargaan kepada Polres Sumba Barat Daya yang dinilai berhasil meredam konflik antarkampung. '
     '"Keamanan adalah kerja bersama," kata Daniel.',
     '2024-07-01', 'received', [
      (['Polda Nusa Tenggara Timur'], 'Daniel Tahi', 'regional_government', 'Gubernur Nusa Tenggara Timur', None, '2024-07-01', None),
      (['Polres Sumba Barat Daya'], None, 'kapolda', 'Kapolda Nusa Tenggara Timur', None, '2024-07-01', None),
     ]),
    ('Humas awards night of Mabes: a Polda and a Polres in two categories, masing-masing',
     'Polda Kalbar dan Polres Sanggau Raih Anugerah Humas Polri',
     'JAKARTA - Divisi Humas Polri menggelar Anugerah Humas Polri 2024 di Jakarta, Kamis (5/12/2024). Dalam ajang '
     'itu, Polda Kalimantan Barat meraih juara I kategori Polda Tipe B terbaik. Polres Sanggau meraih juara II '
     'kategori Polres dengan konten media sosial terbaik. Penghargaan diserahkan Kadiv Humas Polri Irjen Pol Sandi '
     'Nugroho. Kabid Humas Polda Kalbar Kombes Pol Raden Petit menyebut penghargaan itu buah kerja tim media.',
     '2024-12-06', 'received', [
      (['Polda Kalimantan Barat'], None, 'kapolri', 'Divisi Humas Polri', 2024, '2024-12-05', 1),
      (['Polres Sanggau'], None, 'kapolri', 'Divisi Humas Polri', 2024, '2024-12-05', 2),
     ]),
    ('sementara without itu inside one sentence: two units, two givers',
     None,
     'BATAM - Polresta Barelang menerima penghargaan dari Wali Kota Batam atas pengamanan event internasional, '
     'sementara Ditpolairud Polda Kepulauan Riau mendapat penghargaan dari Bea Cukai Batam atas penggagalan '
     'penyelundupan rokok ilegal. Kedua penghargaan diserahkan dalam upacara di Dataran Engku Putri, Batam, Sabtu '
     '(17/8/2024). "Kami bersinergi dengan semua instansi," kata Kapolresta Barelang Kombes Pol Heribertus '
     'Ompusunggu.',
     '2024-08-18', 'received', [
      (['Polresta Barelang'], None, 'regional_government', 'Wali Kota Batam', None, '2024-08-17', None),
      (['Ditpolairud Polda Kepulauan Riau'], None, 'ministry', 'Bea Cukai Batam', None, '2024-08-17', None),
     ]),
    ('Kapolres ranks his Polsek: terbaik I, II, III, Polsek chiefs take them',
     'Polsek Wonosari Terbaik I Penilaian Kinerja Polres Gunungkidul',
     'GUNUNGKIDUL - Kapolres Gunungkidul AKBP Ary Murtini memberikan penghargaan kepada polsek jajaran dengan '
     'kinerja terbaik semester II tahun 2024. Polsek Wonosari meraih terbaik I, Polsek Playen terbaik II dan '
     'Polsek Semanu terbaik III. Penghargaan diserahkan dalam apel di Mapolres Gunungkidul, Senin (6/1/2025), dan '
     'diterima masing-masing kapolsek. "Kompetisi yang sehat membuat pelayanan makin baik," kata Ary.',
     '2025-01-07', 'received', [
      (['Polsek Wonosari'], None, 'other', 'Kapolres Gunungkidul', 2024, '2025-01-06', 1),
      (['Polsek Playen'], None, 'other', 'Kapolres Gunungkidul', 2024, '2025-01-06', 2),
      (['Polsek Semanu'], None, 'other', 'Kapolres Gunungkidul', 2024, '2025-01-06', 3),
     ]),
    ('MURI record, then the Kapolda rewards the Polres: two givers across sentences',
     'Polres Lamongan Pecahkan Rekor MURI',
     'LAMONGAN - Polres Lamongan mencatatkan rekor Museum Rekor Dunia Indonesia (MURI) atas penanaman 50.000 bibit '
     'mangrove oleh personel dan warga di pesisir Paciran, Minggu (22/9/2024). Piagam rekor diserahkan perwakilan '
     'MURI, Triyono, kepada Kapolres Lamongan AKBP Bobby Adimas. Atas capaian itu, Kapolda Jawa Timur Irjen Pol '
     'Imam Sugianto memberikan penghargaan kepada Polres Lamongan saat kunjungan kerja, Kamis (26/9/2024). "Ini '
     'contoh polisi peduli lingkungan," kata Imam.',
     '2024-09-27', 'received', [
      (['Polres Lamongan'], 'Bobby Adimas', 'muri', 'MURI', None, '2024-09-22', None),
      (['Polres Lamongan'], None, 'kapolda', 'Kapolda Jawa Timur', None, '2024-09-26', None),
     ]),
    ('passive ranking, places before units, ditetapkan, harapan carried on',
     None,
     'BANJARMASIN - Hasil penilaian Kampung Bebas Narkoba tingkat Polda Kalimantan Selatan tahun 2025 diumumkan, '
     'Selasa (24/6/2025). Sebagai juara pertama ditetapkan Polres Tabalong. Juara kedua ditempati Polres Tanah '
     'Laut dan juara ketiga Polres Banjar. Piala dan piagam diserahkan Kapolda Kalsel Irjen Pol Rosyanto Yudha '
     'kepada para kapolres. Rosyanto berharap kampung bebas narkoba ditiru di desa lain.',
     '2025-06-25', 'received', [
      (['Polres Tabalong'], None, 'kapolda', 'Kapolda Kalimantan Selatan', 2025, '2025-06-24', 1),
      (['Polres Tanah Laut'], None, 'kapolda', 'Kapolda Kalimantan Selatan', 2025, '2025-06-24', 2),
      (['Polres Banjar'], None, 'kapolda', 'Kapolda Kalimantan Selatan', 2025, '2025-06-24', 3),
     ]),
    ('Ombudsman kategori to three Polres, named as a list with masing-masing chiefs',
     None,
     'JAMBI - Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun '
     '2024 di Kota Jambi, Kamis (30/1/2025). Predikat kualitas tertinggi diraih Polres Bungo, Polres Tebo dan '
     'Polres Merangin. Piagam diterima masing-masing kapolres. Kepala Ombudsman Jambi, Saiful Roswandi, berharap '
     'nilai itu dipertahankan. Polres Kerinci yang tahun lalu meraih zona hijau kali ini turun ke zona kuning.',
     '2025-01-31', 'received', [
      (['Polres Bungo', 'Polres Tebo', 'Polres Merangin'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jambi', 2024, '2025-01-30', None),
     ]),
    ('Kompolnas Award night with categories; a Polda and a Polres; headline names one',
     'Polda Sultra Raih Kompolnas Award 2024',
     'KENDARI - Polda Sulawesi Tenggara meraih Kompolnas Award 2024 kategori pelayanan publik terbaik tingkat '
     'polda. Penghargaan diserahkan Ketua Kompolnas dalam malam penganugerahan di Jakarta, Selasa (10/12/2024), '
     'dan diterima Kapolda Sultra Irjen Pol Dwi Irianto. Pada malam yang sama, Polres Kolaka meraih Kompolnas '
     'Award 2024 kategori polres dengan penanganan pengaduan tercepat. "Ini dorongan untuk terus memperbaiki '
     'layanan," ujar Dwi.',
     '2024-12-11', 'received', [
      (['Polda Sulawesi Tenggara'], 'Dwi Irianto', 'kompolnas', 'Kompolnas', 2024, '2024-12-10', None),
      (['Polres Kolaka'], None, 'kompolnas', 'Kompolnas', 2024, '2024-12-10', None),
     ]),
    ('background award by tahun lalu, today only a Polsek; speech first',
     None,
     'CIANJUR - "Keberhasilan ini berkat dukungan warga," ujar Kapolsek Cugenang AKP Dede Hermawan usai menerima '
     'piagam penghargaan dari Bupati Cianjur di Pendopo Cianjur, Kamis (14/11/2024). Polsek Cugenang dinilai '
     'berhasil menjaga keamanan lokasi relokasi korban gempa. Tahun lalu, Polres Cianjur juga menerima penghargaan '
     'dari Gubernur Jawa Barat atas penanganan bencana gempa. Bupati Cianjur Herman Suherman berharap sinergi itu '
     'terus terjaga.',
     '2024-11-15', 'received', [
      (['Polsek Cugenang'], 'Dede Hermawan', 'regional_government', 'Bupati Cianjur', None, '2024-11-14', None),
     ]),
    ('Top Inovasi from the ministry to a Polres, then its Satlantas a Gubernur award; adapun',
     'Polres Banyumas Masuk Top 45 KIPP 2024',
     'PURWOKERTO - Polres Banyumas meraih penghargaan Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2024 dari '
     'Kementerian PANRB melalui inovasi SIM Keliling Desa. Penghargaan diterima Kapolres Banyumas Kombes Pol Ari '
     'Wibowo di Jakarta, Rabu (9/10/2024). Adapun Satlantas Polres Banyumas sebelumnya menerima penghargaan dari '
     'Gubernur Jawa Tengah pada Agustus lalu. Ari berharap inovasi itu ditiru polres lain.',
     '2024-10-10', 'received', [
      (['Polres Banyumas'], 'Ari Wibowo', 'ministry', 'KemenPAN-RB', 2024, '2024-10-09', None),
     ]),
    ('list of places with the giver said last; terbaik numbered',
     'Ini Daftar Polres Terbaik Operasi Zebra Semeru 2024',
     'SURABAYA - Polres Pasuruan Kota menjadi terbaik pertama dalam Operasi Zebra Semeru 2024. Terbaik kedua '
     'ditempati Polres Jember, disusul Polres Kediri di tempat ketiga. Penghargaan diserahkan Dirlantas Polda Jawa '
     'Timur Kombes Pol Komarudin atas nama Kapolda Jawa Timur di Surabaya, Jumat (29/11/2024). Penilaian meliputi '
     'jumlah penindakan, penurunan kecelakaan dan kegiatan edukasi.',
     '2024-11-30', 'received', [
      (['Polres Pasuruan Kota'], None, 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-11-29', 1),
      (['Polres Jember'], None, 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-11-29', 2),
      (['Polres Kediri'], None, 'kapolda', 'Kapolda Jawa Timur', 2024, '2024-11-29', 3),
     ]),
    ('awards night of a regency: Polres category plus Kodim, only Polri counted',
     None,
     'PATI - Pemerintah Kabupaten Pati menggelar Pati Awards 2024 di Pendopo Kabupaten, Sabtu (26/10/2024). Bupati '
     'Pati menyerahkan penghargaan kepada instansi vertikal yang berkontribusi bagi daerah. Kategori Instansi '
     'Pendukung Keamanan diraih Polresta Pati, sedangkan Kodim 0718/Pati meraih kategori Instansi Pendukung '
     'Ketahanan Pangan. Penghargaan untuk Polresta Pati diterima Wakapolresta Pati AKBP Hendy Kurniawan. "Terima '
     'kasih atas kepercayaan pemkab," ujarnya.',
     '2024-10-27', 'received', [
      (['Polresta Pati'], 'Hendy Kurniawan', 'regional_government', 'Bupati Pati', 2024, '2024-10-26', None),
     ]),
    ('two ceremonies on two days in one story, Kapolres and Dandim',
     None,
     'Tribratanews.polri.go.id - Sampang - Polsek Omben menerima penghargaan dari Kapolres Sampang AKBP Hartono '
     'atas kecepatan menangani kasus pencurian ternak, Senin (12/8/2024). Keesokan harinya, Selasa (13/8/2024), '
     'Komandan Kodim 0828/Sampang memberikan piagam penghargaan kepada Polsek Torjun atas dukungan pengamanan '
     'TMMD. Kapolsek Torjun Iptu Moh Rofiq menerima langsung piagam tersebut. "Sinergi TNI-Polri makin solid," '
     'katanya.',
     '2024-08-14', 'received', [
      (['Polsek Omben'], None, 'other', 'Kapolres Sampang', None, '2024-08-12', None),
      (['Polsek Torjun'], 'Moh Rofiq', 'other', 'Dandim 0828/Sampang', None, '2024-08-13', None),
     ]),
    ('a Polda ranking of Polres in one sentence with colon and semicolons',
     None,
     'MATARAM - Polda Nusa Tenggara Barat menetapkan pemenang lomba Polisi RW tahun 2024, Jumat (8/11/2024). Para '
     'pemenang yaitu: juara 1 Polres Lombok Barat; juara 2 Polresta Mataram; juara 3 Polres Sumbawa. Hadiah '
     'diserahkan Kapolda NTB Irjen Pol Hadi Gunawan dalam apel di Mapolda. Hadi menyebut Polisi RW menjadi ujung '
     'tombak pencegahan konflik di lingkungan warga.',
     '2024-11-09', 'received', [
      (['Polres Lombok Barat'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', 2024, '2024-11-08', 1),
      (['Polresta Mataram'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', 2024, '2024-11-08', 2),
      (['Polres Sumbawa'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', 2024, '2024-11-08', 3),
     ]),
    ('Satreskrim and a Polsek honoured by the Kapolres for one case; Bhayangkari praise after',
     'Kapolres Ngawi Ganjar Satreskrim dan Polsek Paron',
     'NGAWI - Kapolres Ngawi AKBP Dwiasi Wiyatputera memberikan penghargaan kepada personel Satreskrim Polres '
     'Ngawi dan Polsek Paron yang mengungkap kasus pencurian sepeda motor lintas kabupaten. Piagam diserahkan '
     'dalam upacara di Mapolres Ngawi, Rabu (5/2/2025). "Penghargaan ini agar menjadi penyemangat," ujar Dwiasi. '
     'Ia juga mengapresiasi warga yang membantu memberikan informasi. Kasus tersebut melibatkan sindikat dari tiga '
     'kabupaten.',
     '2025-02-06', 'received', [
      (['Satreskrim Polres Ngawi', 'Polsek Paron'], None, 'other', 'Kapolres Ngawi', None, '2025-02-05', None),
     ]),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", LONG_STORIES, ids=[r[0] for r in LONG_STORIES])
def test_long_stories_with_several_awards(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    taken = []
    for units, officer, kind, giver, year, event_day, placement in awards if got is not None else []:
        award = award_for(got, units, placement, taken)  # one unit's two awards in the story's order
        check_fields(award, officer, kind, giver, year, event_day)


# One rule per construction, in several wordings: a follow-up naming its taker only ("Piagam tersebut diterima Kabag
# Ops X", "Kapolsek Y menerima langsung piagam itu") is of the award told last or of the taker's unit, and that taker
# is no other award's officer; a quoted chief "usai menerima piagam dari Camat Z" names the giver; "X sebelumnya
# (juga/telah) meraih ..." is background; a ranking's year said once in its assessment, contest or operation.
CONSTRUCTIONS_OF_LONG_STORIES = [
    # construction, story, (recipients, officer, kind, giver, year, placement) of each award
    ('piagam tersebut taken by a Kabag Ops: the Bupati award, told last, not the Kapolda one',
     'Satresnarkoba Polres Blitar menerima penghargaan dari Kapolda Jawa Timur atas ungkap kasus narkoba. Pada '
     'kesempatan lain, Polres Blitar meraih piagam dari Bupati Blitar atas pengamanan Pilkada. Piagam tersebut '
     'diterima Kabag Ops Polres Blitar Kompol Heri Santoso.',
     [
      (['Satresnarkoba Polres Blitar'], None, 'kapolda', 'Kapolda Jawa Timur', None, None),
      (['Polres Blitar'], 'Heri Santoso', 'regional_government', 'Bupati Blitar', None, None),
     ]),
    ("a Kapolsek menerima langsung piagam itu: his own Polsek's award",
     'Satreskrim Polres Jombang menerima penghargaan dari Kapolres Jombang AKBP Ardi Wijaya. Di hari yang sama, '
     'Polsek Ploso mendapat piagam dari Camat Ploso. Kapolsek Ploso AKP Suwito menerima langsung piagam itu.',
     [
      (['Satreskrim Polres Jombang'], None, 'other', 'Kapolres Jombang', None, None),
      (['Polsek Ploso'], 'Suwito', 'regional_government', 'Camat Ploso', None, None),
     ]),
    ('the MURI taker is not the taker of the Gubernur award that follows',
     'Polres Garut mencatatkan rekor MURI atas penanaman 10.000 pohon. Piagam rekor diserahkan manajer MURI kepada '
     'Kapolres Garut AKBP Rudi Hartono. Polres Garut juga menerima penghargaan dari Gubernur Jawa Barat atas '
     'penanganan banjir bandang.',
     [
      (['Polres Garut'], 'Rudi Hartono', 'muri', 'MURI', None, None),
      (['Polres Garut'], None, 'regional_government', 'Gubernur Jawa Barat', None, None),
     ]),
    ('ujar a Kapolsek usai menerima piagam dari a Camat: the Camat gives',
     '"Ini untuk semua anggota," kata Kapolsek Kraton AKP Budi Utomo usai menerima piagam penghargaan dari Camat '
     'Kraton, Senin (3/3/2025). Polsek Kraton dinilai berhasil menjaga keamanan pasar selama Ramadan.',
     [
      (['Polsek Kraton'], 'Budi Utomo', 'regional_government', 'Camat Kraton', None, None),
     ]),
    ('ucap a Kapolres seusai menerima penghargaan dari a Bupati',
     '"Kami bersyukur atas kepercayaan ini," ucap Kapolres Sragen AKBP Eko Wahyudi seusai menerima penghargaan '
     'dari Bupati Sragen di Pendopo Sumonegaran. Polres Sragen dinilai berhasil mengamankan arus mudik Lebaran.',
     [
      (['Polres Sragen'], 'Eko Wahyudi', 'regional_government', 'Bupati Sragen', None, None),
     ]),
    ('tutur a Kasat setelah menerima penghargaan dari Jasa Raharja',
     '"Penghargaan ini milik seluruh personel," tutur Kasat Lantas Polres Kebumen AKP Rina Wulandari setelah '
     'menerima penghargaan dari PT Jasa Raharja. Satlantas Polres Kebumen dinilai cepat melayani korban '
     'kecelakaan.',
     [
      (['Satlantas Polres Kebumen'], 'Rina Wulandari', 'other', 'Jasa Raharja', None, None),
     ]),
    ('sebelumnya juga meraih after the subject: background, no second award',
     'Polres Sumenep meraih predikat WBK dari KemenPAN-RB. Polres Sumenep sebelumnya juga meraih penghargaan dari '
     'Bupati Sumenep atas pengamanan Pilkada.',
     [
      (['Polres Sumenep'], None, 'zona_integritas_wbk', 'KemenPAN-RB', None, None),
     ]),
    ('sebelumnya telah menerima after a sub-unit: background',
     'Satlantas Polres Ngawi menerima penghargaan dari PT Jasa Raharja atas pelayanan korban kecelakaan. Satlantas '
     'Polres Ngawi sebelumnya telah menerima piagam dari Bupati Ngawi.',
     [
      (['Satlantas Polres Ngawi'], None, 'other', 'Jasa Raharja', None, None),
     ]),
    ('the year of an assessment said in a sentence with no unit, places after',
     'Hasil penilaian Kampung Tangguh Narkoba tingkat Polda Jambi tahun 2024 diumumkan Kapolda Jambi. Juara '
     'pertama diraih Polres Muaro Jambi dan juara kedua Polres Batanghari.',
     [
      (['Polres Muaro Jambi'], None, 'kapolda', 'Kapolda Jambi', 2024, 1),
      (['Polres Batanghari'], None, 'kapolda', 'Kapolda Jambi', 2024, 2),
     ]),
    ('the year of a contest named in lower case, places after',
     'Polda Lampung menggelar lomba ketangkasan menembak antarpolres tahun 2024. Juara I diraih Polres Lampung '
     'Selatan, juara II Polres Tanggamus.',
     [
      (['Polres Lampung Selatan'], None, 'kapolda', 'Polda Lampung', 2024, 1),
      (['Polres Tanggamus'], None, 'kapolda', 'Polda Lampung', 2024, 2),
     ]),
    ('the year of an operation, places said with terbaik',
     'Kapolda Bali memberikan penghargaan kepada polres terbaik dalam Operasi Ketupat Agung 2025. Polresta '
     'Denpasar meraih terbaik pertama, sedangkan terbaik kedua diraih Polres Badung.',
     [
      (['Polresta Denpasar'], None, 'kapolda', 'Kapolda Bali', 2025, 1),
      (['Polres Badung'], None, 'kapolda', 'Kapolda Bali', 2025, 2),
     ]),
    ('a category fronted with untuk, the unit after a comma, no verb',
     'Kapolda Sumatera Selatan memberikan penghargaan kategori Ungkap Kasus Terbaik kepada Polres Musi Banyuasin. '
     'Untuk kategori Pelayanan SKCK, Polres Lahat.',
     [
      (['Polres Musi Banyuasin'], None, 'kapolda', 'Kapolda Sumatera Selatan', None, None),
      (['Polres Lahat'], None, 'kapolda', 'Kapolda Sumatera Selatan', None, None),
     ]),
    ('sedangkan untuk kategori, the unit after a comma',
     'Polres Tuban meraih penghargaan Jatim Award kategori Keamanan dari Gubernur Jawa Timur. Sedangkan untuk '
     'kategori Inovasi, Polres Lamongan.',
     [
      (['Polres Tuban'], None, 'regional_government', 'Gubernur Jawa Timur', None, None),
      (['Polres Lamongan'], None, 'regional_government', 'Gubernur Jawa Timur', None, None),
     ]),
    ('pada kategori, the unit and meraihnya',
     'Polresta Sidoarjo meraih kategori Pelayanan Prima dalam Anugerah Ombudsman 2024. Pada kategori Penanganan '
     'Pengaduan, Polres Gresik meraihnya.',
     [
      (['Polresta Sidoarjo'], None, 'ombudsman_compliance', 'Ombudsman RI', 2024, None),
      (['Polres Gresik'], None, 'ombudsman_compliance', 'Ombudsman RI', 2024, None),
     ]),
    ("juara harapan I jatuh kepada: its own unit, no numbered place, the contest's year",
     'Polres Tuban meraih juara I lomba Polisi Cilik tingkat Polda Jawa Timur tahun 2024. Juara II diraih Polres '
     'Gresik, sedangkan juara harapan I jatuh kepada Polres Bojonegoro.',
     [
      (['Polres Tuban'], None, 'kapolda', 'Polda Jawa Timur', 2024, 1),
      (['Polres Gresik'], None, 'kapolda', 'Polda Jawa Timur', 2024, 2),
      (['Polres Bojonegoro'], None, 'kapolda', 'Polda Jawa Timur', 2024, None),
     ]),
    ('juara harapan II ditempati, after the winner in one sentence',
     'Polda Jambi mengumumkan pemenang lomba Kampung Tangguh tahun 2024. Juara I diraih Polres Bungo dan juara '
     'harapan II ditempati Polres Sarolangun.',
     [
      (['Polres Bungo'], None, 'kapolda', 'Polda Jambi', 2024, 1),
      (['Polres Sarolangun'], None, 'kapolda', 'Polda Jambi', 2024, None),
     ]),
    ('juara harapan 1 in a list of places with no verb',
     'Kapolda Bengkulu menyerahkan trofi lomba Polisi Sahabat Anak tahun 2025. Juara 1 Polres Kaur, juara 2 Polres '
     'Seluma, juara harapan 1 Polres Mukomuko.',
     [
      (['Polres Kaur'], None, 'kapolda', 'Kapolda Bengkulu', 2025, 1),
      (['Polres Seluma'], None, 'kapolda', 'Kapolda Bengkulu', 2025, 2),
      (['Polres Mukomuko'], None, 'kapolda', 'Kapolda Bengkulu', 2025, None),
     ]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, awards", CONSTRUCTIONS_OF_LONG_STORIES)
def test_constructions_of_long_stories(construction, text, awards):
    got = awards_of_passage(None, text, "2025-03-04", "received", len(awards))
    taken = []
    for units, officer, kind, giver, year, placement in awards:
        wanted = {canonical_unit_name(u) for u in units}
        found = [
            a
            for a in got
            if a not in taken
            and {canonical_unit_name(u) for u in a["recipients"]} == wanted
            and a["placement"] == placement
        ]
        assert found, [(a["recipients"], a["placement"]) for a in got]
        taken.append(found[0])
        assert (found[0]["officer"], found[0]["category"], found[0]["year"]) == (officer, kind, year)
        assert shares_words(giver, found[0]["giver"]), found[0]["giver"]
