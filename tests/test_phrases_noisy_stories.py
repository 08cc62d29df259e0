"""Phrase tables of recipient units in stories of real length, with the noise outlets write around an award."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from pipelines.recipients import recipient_mentions
from pipelines.units import canonical_unit_name

# -- recipient units in noisy stories of real length -----------------------------------------------------------------
# A dateline, a lead naming the award with the unit in an unusual form (small letters, a port's or an airport's
# resort, a Polsek of a Kawasan, a Satuan written in two words, a Polda's Bidang, a Rumkit, an SPN, a unit named only
# through its chief, its headquarters or its place), then the chief's words, the Kapolda's or Bupati's remarks, the
# unit's earlier awards, a unit that only hosted or attended, the officer's career and paragraphs about other matters.
NOISY_STORIES = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement) of each award
    ('the police of a place: Korps Bhayangkara di Sleman; a neighbour only attends',
     'Polresta Sleman Kembali Raih Predikat Kepatuhan Tinggi Ombudsman',
     'SLEMAN - Korps Bhayangkara di Sleman kembali menerima predikat kepatuhan tinggi standar pelayanan publik tahun '
     '2024 dari Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta. Piagam diserahkan Kepala Ombudsman RI '
     'Perwakilan DIY Budhi Masthuri kepada Kapolresta Sleman Kombes Pol Yuswanto Ardi di kantor Ombudsman, Kamis '
     '(12/12/2024). Yuswanto mengatakan predikat itu hasil kerja seluruh personel di ruang pelayanan. "Penilaian '
     'Ombudsman kami jadikan cermin. Yang kurang kami perbaiki, yang sudah baik kami jaga," ujarnya. Ini bukan kali '
     'pertama satuan tersebut masuk zona hijau. Pada 2022 dan 2023 Polresta Sleman juga memperoleh nilai di atas 90. '
     'Acara penyerahan turut dihadiri Kapolres Kulon Progo AKBP Wilson Pasaribu, yang satuannya tahun ini masih '
     'berada di zona kuning. Wilson mengaku akan belajar dari Sleman. Yuswanto menjabat Kapolresta Sleman sejak '
     'Februari 2024. Sebelumnya ia bertugas sebagai Kasubdit di Ditreskrimum Polda Metro Jaya. Di tempat lain, Unit '
     'Reskrim Polsek Depok Barat menangkap dua pemuda yang mencuri sepeda motor di kawasan Babarsari, Rabu malam. '
     'Keduanya kini ditahan di Mapolsek.',
     '2024-12-13', 'received', [
      (['Polresta Sleman'], 'Yuswanto Ardi', 'ombudsman_compliance', 'Ombudsman RI Perwakilan DIY', 2024,
       '2024-12-12', None),
     ]),
    ('a metropolitan resort by its full name; its Satlantas only runs an operation',
     'Polres Metro Jakarta Barat Raih WBK',
     'JAKARTA - Polres Metro Jakarta Barat resmi menyandang predikat Wilayah Bebas dari Korupsi (WBK) dari '
     'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi. Penghargaan diserahkan Menteri PANRB Rini '
     'Widyantini dalam acara Penganugerahan Zona Integritas tahun 2024 di Jakarta, Rabu (11/12/2024), dan diterima '
     'Kapolres Metro Jakarta Barat Kombes Pol M Syahduddi. "Predikat ini bukan garis akhir. Masyarakat Jakarta Barat '
     'harus merasakan pelayanan yang cepat dan tanpa pungutan," kata Syahduddi. Kapolda Metro Jaya Irjen Pol '
     'Karyoto menyebut capaian itu patut ditiru satuan lain. Pada 2022, Polres Metro Jakarta Barat sempat diusulkan '
     'namun belum lolos penilaian tim nasional. Syahduddi merupakan lulusan Akpol 2001 dan pernah menjabat Kapolres '
     'Tanjung Balai. Sementara itu, Satlantas Polres Metro Jakarta Barat menggelar Operasi Zebra Jaya di simpang '
     'Grogol sejak Senin. Selama tiga hari, petugas menindak 412 pengendara, sebagian besar karena melawan arus.',
     '2024-12-12', 'received', [
      (['Polres Metro Jakarta Barat'], 'M Syahduddi', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-11', None),
     ]),
    ('an airport resort: Polresta Bandara Soekarno-Hatta, taken by a Wakapolresta; a Kapolda only praises',
     'Amankan Mudik, Polresta Bandara Soekarno-Hatta Diganjar Penghargaan',
     'TANGERANG - Polresta Bandara Soekarno-Hatta menerima penghargaan dari PT Angkasa Pura Indonesia atas '
     'pengamanan arus mudik dan balik Lebaran 2025 di Bandara Internasional Soekarno-Hatta. Penghargaan diserahkan '
     'Executive General Manager Bandara Soekarno-Hatta Dwi Ananda Wicaksana kepada Wakapolresta Bandara '
     'Soekarno-Hatta AKBP Ronald Fredy Christian Sipayung di Terminal 3, Senin (14/4/2025). Selama 17 hari masa '
     'angkutan Lebaran, bandara melayani lebih dari 3,2 juta penumpang tanpa kejadian menonjol. "Ini berkat '
     'sinergi petugas gabungan di lapangan," kata Ronald. Kapolda Metro Jaya Irjen Pol Karyoto, dalam keterangan '
     'terpisah, memuji kesiapan personel di bandara tersibuk di Indonesia itu. Ronald sebelumnya menjabat Kasat '
     'Reskrim Polres Metro Tangerang Kota. Di luar urusan mudik, polisi bandara pekan lalu menggagalkan penyelundupan '
     'dua kilogram sabu yang disimpan di dalam koper seorang penumpang asal Medan. Tersangka kini ditahan.',
     '2025-04-15', 'received', [
      (['Polresta Bandara Soekarno-Hatta'], 'Ronald Fredy Christian Sipayung', 'other', 'PT Angkasa Pura Indonesia',
       None, '2025-04-14', None),
     ]),
    ('a port resort and its Sat Polairud share a Pelindo award; the port company also thanks the navy',
     None,
     'SURABAYA - PT Pelindo Regional 3 memberikan penghargaan kepada Polres Pelabuhan Tanjung Perak dan Sat '
     'Polairud Polres Pelabuhan Tanjung Perak atas pengamanan kawasan pelabuhan selama tahun 2024. Penghargaan '
     'diberikan dalam acara Customer Gathering di Surabaya, Jumat (20/12/2024). Piagam diterima Kapolres Pelabuhan '
     'Tanjung Perak AKBP William Cornelis Tanasale. "Pelabuhan adalah pintu ekonomi Jawa Timur, maka keamanannya '
     'kami jaga siang malam," ujar William. General Manager Pelindo Regional 3 menyebut jumlah kasus pencurian di '
     'area terminal turun separuh dibanding tahun sebelumnya. Dalam acara yang sama, Pelindo juga menyampaikan '
     'terima kasih kepada Lantamal V Surabaya dan Kantor Kesyahbandaran Utama Tanjung Perak. Tahun lalu, Polres '
     'Pelabuhan Tanjung Perak meraih penghargaan serupa dari Kementerian Perhubungan. William adalah alumnus Akpol '
     '2004. Sebelum di Surabaya ia menjabat Kapolres Mojokerto Kota. Sementara itu, Satreskrim Polres Pelabuhan '
     'Tanjung Perak masih memburu pelaku penjambretan di Jalan Kalimas Baru yang terekam kamera pengawas.',
     '2024-12-21', 'received', [
      (['Polres Pelabuhan Tanjung Perak', 'Satpolairud Polres Pelabuhan Tanjung Perak'], 'William Cornelis Tanasale',
       'other', 'PT Pelindo Regional 3', None, '2024-12-20', None),
     ]),
    ('a Polsek of a Kawasan honoured by its Kapolres; another Polsek hosts the parade',
     'Ungkap Pencurian Kabel, Polsek Kawasan Sunda Kelapa Terima Penghargaan',
     'JAKARTA - Kapolres Pelabuhan Tanjung Priok AKBP Martuasah H Tobing memberikan penghargaan kepada Polsek '
     'Kawasan Sunda Kelapa atas pengungkapan kasus pencurian kabel tembaga di gudang pelabuhan. Piagam diserahkan '
     'dalam apel pagi di lapangan Mapolres Pelabuhan Tanjung Priok, Selasa (4/2/2025), dan diterima Kapolsek Kawasan '
     'Sunda Kelapa AKP Seto Handoko. Dalam kasus itu, polisi menangkap empat tersangka dan menyita 1,2 ton kabel. '
     '"Kecepatan anggota membuat barang bukti belum sempat dijual," kata Martuasah. Seto menjabat Kapolsek sejak '
     'tahun lalu. Ia sebelumnya bertugas di Polsek Penjaringan. Sehari sebelumnya, Polsek Tanjung Priok menjadi tuan '
     'rumah apel gelar pasukan pengamanan Imlek di Vihara Lalitavistara. Di tempat terpisah, Satlantas Polres '
     'Pelabuhan Tanjung Priok menertibkan truk kontainer yang parkir di bahu Jalan Yos Sudarso.',
     '2025-02-05', 'received', [
      (['Polsek Kawasan Sunda Kelapa'], 'Seto Handoko', 'other', 'Kapolres Pelabuhan Tanjung Priok', None,
       '2025-02-04', None),
     ]),
    ('Sat Reskrim in two words, honoured by a Kapolda; a neighbour Satreskrim only presents its case',
     'Sat Reskrim Polresta Banyumas Diganjar Penghargaan Kapolda Jateng',
     'PURWOKERTO - Sat Reskrim Polresta Banyumas mendapat penghargaan dari Kapolda Jawa Tengah Irjen Pol Ribut Hari '
     'Wibowo atas pengungkapan kasus pembunuhan pedagang sayur di Pasar Wage. Penghargaan diserahkan di Gedung '
     'Borobudur Mapolda Jateng, Semarang, Senin (10/3/2025), dan diterima Kasat Reskrim Polresta Banyumas Kompol '
     'Andryansyah Rithas Hasibuan. Pelaku ditangkap kurang dari 24 jam setelah jasad korban ditemukan. "Penghargaan '
     'ini kami persembahkan untuk keluarga korban, semoga memberi sedikit rasa keadilan," kata Andryansyah. Dalam '
     'kesempatan itu Sat Reskrim Polres Cilacap memaparkan penanganan kasus penipuan daring sebagai bahan evaluasi. '
     'Kapolresta Banyumas Kombes Pol Ari Wibowo menambahkan, sepanjang 2024 jajarannya mengungkap 312 kasus. '
     'Andryansyah sebelumnya menjabat Kasat Reskrim Polres Purbalingga. Di sisi lain, Polresta Banyumas mengimbau '
     'warga mewaspadai modus penipuan yang mengatasnamakan petugas PLN.',
     '2025-03-11', 'received', [
      (['Satreskrim Polresta Banyumas'], 'Andryansyah Rithas Hasibuan', 'kapolda', 'Kapolda Jawa Tengah', None,
       '2025-03-10', None),
     ]),
    ('the headline names the Sat Lantas, the body says pihaknya; the taker is named apart',
     'Sat Lantas Polres Boyolali Sabet Penghargaan dari Jasa Raharja',
     'BOYOLALI - Kasat Lantas Polres Boyolali AKP Sigit Nugroho mengatakan pihaknya menerima penghargaan dari PT '
     'Jasa Raharja Cabang Jawa Tengah sebagai satuan dengan penanganan santunan korban kecelakaan tercepat tahun '
     '2024. Piagam diterima langsung oleh Sigit di Semarang, Kamis (23/1/2025). Menurut dia, kecepatan itu hasil '
     'kerja sama unit laka dengan petugas Jasa Raharja yang berkantor di Samsat Boyolali. "Korban tidak perlu '
     'menunggu lama, berkas langsung kami kirim hari itu juga," ujarnya. Kepala Jasa Raharja Cabang Jawa Tengah '
     'mengatakan rata-rata santunan di Boyolali cair dalam dua hari. Penghargaan serupa tahun lalu diraih satuan '
     'lalu lintas Polresta Surakarta. Sigit lulus Akademi Kepolisian pada 2012 dan pernah bertugas di Polda Metro '
     'Jaya. Pada bagian lain, Polres Boyolali menyiapkan pos pengamanan di jalur Solo-Semarang menjelang libur '
     'panjang akhir pekan.',
     '2025-01-24', 'received', [
      (['Satlantas Polres Boyolali'], 'Sigit Nugroho', 'other', 'PT Jasa Raharja Cabang Jawa Tengah', 2024,
       '2025-01-23', None),
     ]),
    ('satresnarkoba in small letters and a second Satresnarkoba share a BNN award',
     None,
     'KOTABUMI - satresnarkoba Polres Lampung Utara menerima penghargaan dari Badan Narkotika Nasional Provinsi '
     'Lampung atas dukungan pada program pemberantasan dan peredaran gelap narkoba. Penghargaan yang sama juga '
     'diberikan kepada Satresnarkoba Polres Tulang Bawang. Keduanya menerima piagam dalam peringatan Hari Anti '
     'Narkotika Internasional di Bandar Lampung, Rabu (26/6/2024). Kepala BNNP Lampung Brigjen Pol Budi Wibowo '
     'menyebut kedua satuan aktif menggelar tes urine di sekolah dan desa. "Kami tidak bisa bekerja sendiri," '
     'katanya. Kasat Resnarkoba Polres Lampung Utara AKP Rudi Hartono mengatakan sepanjang semester pertama pihaknya '
     'mengungkap 41 kasus dengan 56 tersangka. Peringatan itu juga dihadiri perwakilan Polresta Bandar Lampung dan '
     'Lanal Lampung. Di Kotabumi, Satlantas Polres Lampung Utara menggelar razia kendaraan di Jalan Soekarno-Hatta '
     'dan menilang 37 pengendara.',
     '2024-06-27', 'received', [
      (['Satresnarkoba Polres Lampung Utara', 'Satresnarkoba Polres Tulang Bawang'], None, 'ministry',
       'BNN Provinsi Lampung', None, '2024-06-26', None),
     ]),
    ('Bidhumas of a Polda named short, an information commission award with its year',
     'Bidhumas Polda Sumbar Raih Predikat Badan Publik Informatif',
     'PADANG - Bidhumas Polda Sumbar meraih predikat badan publik informatif dalam Anugerah Keterbukaan Informasi '
     'Publik tahun 2024 yang digelar Komisi Informasi Provinsi Sumatera Barat di Padang, Selasa (17/12/2024). '
     'Penghargaan diterima Kabid Humas Polda Sumbar Kombes Pol Dwi Sulistyawan. Dwi mengatakan pihaknya membuka '
     'layanan informasi lewat media sosial dan pusat panggilan 24 jam. "Polisi harus terbuka, masyarakat berhak '
     'tahu," kata dia. Kapolda Sumbar Irjen Pol Suharyono mengapresiasi capaian tersebut. Tahun sebelumnya, bidang '
     'ini masih berada pada kategori menuju informatif. Dalam acara yang sama, Pemkot Padang dan Universitas Andalas '
     'juga memperoleh predikat serupa. Dwi adalah lulusan Akpol 1996. Di tempat lain, Ditreskrimum Polda Sumbar '
     'menangkap dua pelaku pembobolan rumah kosong di Kecamatan Kuranji.',
     '2024-12-18', 'received', [
      (['Bidhumas Polda Sumatera Barat'], 'Dwi Sulistyawan', 'other', 'Komisi Informasi Provinsi Sumatera Barat',
       2024, '2024-12-17', None),
     ]),
    ('Biddokkes and Rumkit Bhayangkara of one Polda share a Gubernur award',
     None,
     'SURABAYA - Gubernur Jawa Timur memberikan penghargaan kepada Biddokkes Polda Jatim dan Rumkit Bhayangkara '
     'Polda Jatim atas peran mereka dalam identifikasi korban bencana longsor di Kabupaten Probolinggo. Penghargaan '
     'diserahkan Sekretaris Daerah Provinsi Jawa Timur Adhy Karyono di Gedung Negara Grahadi, Kamis (6/2/2025). Tim '
     'DVI bekerja selama sembilan hari dan mengidentifikasi 23 jenazah. Kabid Dokkes Polda Jatim Kombes Pol M '
     'Khusnan Marzuki mengatakan sebagian besar jenazah dikenali lewat sampel DNA keluarga. "Tidak ada yang lebih '
     'penting dari memulangkan korban kepada keluarganya," ujarnya. Kapolda Jawa Timur Irjen Pol Nanang Avianto '
     'menyebut tim DVI Jatim salah satu yang paling berpengalaman di Indonesia. Pada 2023, Biddokkes Polda Jatim '
     'menerima penghargaan dari Kementerian Kesehatan untuk layanan kesehatan mudik. Sementara itu, Ditlantas Polda '
     'Jatim menyiapkan rekayasa lalu lintas di ruas tol Surabaya-Gempol yang sedang diperbaiki.',
     '2025-02-07', 'received', [
      (['Biddokkes Polda Jawa Timur', 'Rumkit Bhayangkara Polda Jawa Timur'], None, 'regional_government',
       'Gubernur Jawa Timur', None, '2025-02-06', None),
     ]),
    ('a Rumkit named by its Polda gets a MURI record; blood donors from other units only join',
     'Rumkit Bhayangkara Polda Bengkulu Pecahkan Rekor MURI Donor Darah',
     'BENGKULU - Rumah Sakit Bhayangkara Polda Bengkulu mencatatkan rekor Museum Rekor Dunia Indonesia (MURI) untuk '
     'donor darah dengan peserta polisi terbanyak dalam satu hari. Piagam rekor diserahkan perwakilan MURI Andre '
     'Purwandono kepada Karumkit Bhayangkara Polda Bengkulu AKBP dr Dody Purwanto di halaman Mapolda, Sabtu '
     '(29/6/2024). Sebanyak 1.870 kantong darah terkumpul dari personel Polda Bengkulu, Polresta Bengkulu dan Polres '
     'Bengkulu Tengah. "Darah ini kami serahkan ke PMI untuk pasien yang membutuhkan," kata Dody. Kapolda Bengkulu '
     'Irjen Pol Anwar menyebut kegiatan itu bagian dari rangkaian Hari Bhayangkara ke-78. Dody menjabat Karumkit '
     'sejak 2022 dan sebelumnya bertugas di Pusdokkes Polri. Pada hari yang sama, Satlantas Polresta Bengkulu '
     'membagikan helm gratis kepada pelajar di Simpang Lima.',
     '2024-06-30', 'received', [
      (['Rumkit Bhayangkara Polda Bengkulu'], 'Dody Purwanto', 'muri', 'MURI', None, '2024-06-29', None),
     ]),
    ('an SPN named by its Polda is the best of the year for Lemdiklat',
     None,
     'PEKANBARU - SPN Polda Riau dinobatkan sebagai Sekolah Polisi Negara terbaik tahun 2024 oleh Lemdiklat Polri. '
     'Penghargaan diserahkan Kalemdiklat Polri Komjen Pol Chryshnanda Dwilaksana dalam rapat kerja teknis di Jakarta, '
     'Selasa (28/1/2025), dan diterima Kepala SPN Polda Riau Kombes Pol Tri Sigit. Penilaian meliputi mutu pengajar, '
     'sarana latihan dan hasil ujian siswa Bintara. "Kami mendidik calon polisi yang dekat dengan rakyat," kata Tri. '
     'Kapolda Riau Irjen Pol Mohammad Iqbal mengucapkan selamat. Tahun ini SPN tersebut mendidik 480 siswa. Tri Sigit '
     'sebelumnya menjabat Dirsamapta Polda Riau. Di sisi lain, Ditreskrimsus Polda Riau menyegel lahan sawit ilegal '
     'seluas 300 hektare di Kabupaten Pelalawan.',
     '2025-01-29', 'received', [
      (['SPN Polda Riau'], 'Tri Sigit', 'kapolri', 'Lemdiklat Polri', 2024, '2025-01-28', None),
     ]),
    ('a Ditpolairud shares a customs award with a Satpolairud and the navy; its director takes it',
     'Ditpolairud Polda Kepri Terima Penghargaan Bea Cukai',
     'BATAM - Kantor Wilayah Direktorat Jenderal Bea dan Cukai Khusus Kepulauan Riau memberikan penghargaan kepada '
     'Ditpolairud Polda Kepri atas sinergi penindakan penyelundupan di perairan Selat Malaka. Penghargaan serupa '
     'diberikan kepada Lantamal IV Batam dan Satpolairud Polres Karimun. Piagam diserahkan Kepala Kanwil Bea Cukai '
     'Khusus Kepri di Batam, Rabu (15/1/2025), dan untuk Ditpolairud diterima Dirpolairud Polda Kepri Kombes Pol '
     'Benyamin Sapta Wibisono. Sepanjang 2024, patroli bersama menggagalkan penyelundupan rokok ilegal, pakaian '
     'bekas dan 40 kilogram sabu. "Laut kita luas, tidak mungkin dijaga satu instansi," ujar Benyamin. Kapolda '
     'Kepri Irjen Pol Yan Fitri Halimansyah meminta patroli diperketat di pelabuhan tikus. Pada 2023 Ditpolairud '
     'Polda Kepri menerima penghargaan dari Kementerian Kelautan dan Perikanan. Sementara itu, Polresta Barelang '
     'masih menyelidiki kebakaran gudang di kawasan Batu Ampar.',
     '2025-01-16', 'received', [
      (['Ditpolairud Polda Kepulauan Riau', 'Satpolairud Polres Karimun'], None, 'ministry',
       'Bea Cukai Kepulauan Riau', None, '2025-01-15', None),
     ]),
    ('Satbrimob of a Polda through its Dansat; a Sat Samapta and the Kodim only helped',
     None,
     'MEUREUDU - Bupati Pidie Jaya menyerahkan piagam penghargaan kepada Satbrimob Polda Aceh atas bantuan evakuasi '
     'dan dapur umum bagi korban banjir bandang di Kecamatan Meurah Dua. Penghargaan diterima Dansat Brimob Polda Aceh '
     'Kombes Pol Muhammad Iqbal Alqudusy di Pendopo Bupati, Senin (9/12/2024). Selama dua pekan, 150 personel Brimob '
     'membersihkan lumpur dari rumah warga dan sekolah. "Kami datang karena rakyat memanggil," ujar Iqbal. Bupati '
     'menyebut bantuan Brimob sangat berarti karena banyak jalan desa tertutup material longsor. Personel Sat Samapta '
     'Polres Pidie Jaya dan Kodim 0102/Pidie juga turun membantu sejak hari pertama. Satbrimob Polda Aceh sebelumnya '
     'menerima penghargaan dari Gubernur Aceh atas penanganan gempa pada 2016. Di Banda Aceh, Polresta Banda Aceh '
     'menangkap seorang pengedar ganja di kawasan Lampineung.',
     '2024-12-10', 'received', [
      (['Satbrimob Polda Aceh'], 'Muhammad Iqbal Alqudusy', 'regional_government', 'Bupati Pidie Jaya', None,
       '2024-12-09', None),
     ]),
    ('a Kompolnas award to a Polda and another to a Polres, taken by a Wakapolda',
     'Polda Metro Jaya Raih Kompolnas Award 2024',
     'JAKARTA - Polda Metro Jaya meraih Kompolnas Award 2024 kategori polda dengan pengelolaan pengaduan masyarakat '
     'terbaik. Penghargaan diterima Wakapolda Metro Jaya Brigjen Pol Djati Wiyoto Abadhy dalam acara di Jakarta, '
     'Kamis (19/12/2024). Pada ajang yang sama, Polres Metro Bekasi Kota meraih Kompolnas Award 2024 kategori polres '
     'dengan layanan SPKT terbaik. Ketua Harian Kompolnas Benny Mamoto mengatakan penilaian dilakukan sejak Agustus '
     'terhadap 34 polda. "Pengaduan yang ditindaklanjuti cepat membangun kepercayaan," kata Benny. Djati mengatakan '
     'jajarannya menerima lebih dari 9.000 pengaduan sepanjang tahun. Acara tersebut juga dihadiri perwakilan '
     'Polda Jawa Barat dan Polda Banten. Djati sebelumnya menjabat Wakapolda Jawa Timur. Di tempat lain, Ditlantas '
     'Polda Metro Jaya memberlakukan ganjil genap di 26 ruas jalan mulai pekan depan.',
     '2024-12-20', 'received', [
      (['Polda Metro Jaya'], 'Djati Wiyoto Abadhy', 'kompolnas', 'Kompolnas', 2024, '2024-12-19', None),
      (['Polres Metro Bekasi Kota'], None, 'kompolnas', 'Kompolnas', 2024, '2024-12-19', None),
     ]),
    ('jajaran Polres X honoured by a Kapolda; polres in small letters later',
     'Kapolda Sumut Beri Penghargaan Jajaran Polres Labuhanbatu',
     'RANTAUPRAPAT - Kapolda Sumatera Utara Irjen Pol Whisnu Hermawan Februanto memberikan penghargaan kepada jajaran '
     'Polres Labuhanbatu atas pengungkapan jaringan peredaran sabu lintas provinsi. Penghargaan diserahkan dalam '
     'kunjungan kerja Kapolda di Mapolres Labuhanbatu, Rabu (5/3/2025), dan diterima Kapolres Labuhanbatu AKBP '
     'Choky Sentosa Meliala. Dari pengungkapan itu polisi menyita 15 kilogram sabu dan menangkap tujuh tersangka. '
     '"Ini bukti polres di daerah juga mampu membongkar jaringan besar," kata Whisnu. Choky mengatakan penyelidikan '
     'berlangsung hampir dua bulan. Kunjungan itu juga diikuti Kapolres Labuhanbatu Selatan dan Kapolres Labuhanbatu '
     'Utara yang mendampingi Kapolda. Choky menjabat Kapolres Labuhanbatu sejak Juli 2024. Sebelumnya ia adalah '
     'Kasubdit di Ditresnarkoba Polda Sumut. Sementara itu, warga Kecamatan Bilah Hulu melaporkan banjir setinggi '
     'lutut setelah hujan deras semalaman.',
     '2025-03-06', 'received', [
      (['Polres Labuhanbatu'], 'Choky Sentosa Meliala', 'kapolda', 'Kapolda Sumatera Utara', None, '2025-03-05',
       None),
     ]),
    ('the headquarters stands for its resort: Mapolres Wonogiri ramah disabilitas',
     'Mapolres Wonogiri Raih Penghargaan Ramah Disabilitas',
     'WONOGIRI - Markas Polres Wonogiri dinobatkan sebagai gedung pelayanan publik ramah penyandang disabilitas oleh '
     'Pemerintah Kabupaten Wonogiri. Piagam penghargaan diserahkan Bupati Wonogiri Joko Sutopo kepada Kapolres '
     'Wonogiri AKBP Jarot Sungkowo di Pendopo Rumah Dinas Bupati, Jumat (13/12/2024). Penilaian mencakup jalur kursi '
     'roda, toilet khusus dan petugas yang mampu berbahasa isyarat di ruang SPKT. "Pelayanan kepolisian harus bisa '
     'dinikmati semua warga tanpa kecuali," kata Jarot. Bupati berharap kantor pemerintahan lain meniru. Dalam acara '
     'itu, Kodim 0728/Wonogiri dan RSUD dr Soediran Mangun Sumarso juga menerima penghargaan. Jarot adalah lulusan '
     'Akpol 2003. Di sisi lain, Satreskrim Polres Wonogiri mengungkap pencurian hewan ternak di Kecamatan Eromoko.',
     '2024-12-14', 'received', [
      (['Polres Wonogiri'], 'Jarot Sungkowo', 'regional_government', 'Bupati Wonogiri', None, '2024-12-13', None),
     ]),
    ('a resort named only through its chief: Kapolres Bantul menerima',
     None,
     'BANTUL - Kapolres Bantul AKBP Michael R Risakotta menerima penghargaan dari Bupati Bantul Abdul Halim Muslih '
     'atas keberhasilan menekan angka kejahatan jalanan oleh remaja. Penghargaan diserahkan dalam upacara Hari Jadi '
     'Kabupaten Bantul di Lapangan Trirenggo, Sabtu (20/7/2024). Michael mengatakan patroli malam dan pembinaan di '
     'sekolah menjadi kunci. "Anak muda kami ajak bicara, bukan hanya kami tangkap," ujarnya. Menurut data Polres, '
     'kasus klitih turun dari 28 menjadi 11 dalam setahun. Halim menyebut keamanan adalah syarat wisata Bantul '
     'tumbuh. Upacara juga dihadiri Dandim 0729/Bantul dan Kajari Bantul. Michael sebelumnya menjabat Kasubdit '
     'Jatanras Ditreskrimum Polda Metro Jaya. Di Pantai Parangtritis, tim SAR gabungan masih mencari seorang '
     'wisatawan yang terseret ombak.',
     '2024-07-21', 'received', [
      (['Polres Bantul'], 'Michael R Risakotta', 'regional_government', 'Bupati Bantul', None, '2024-07-20', None),
     ]),
    ('the police of a place named as Polisi Gunungkidul; a Wakapolres takes a ministry award',
     'Polisi Gunungkidul Diganjar Penghargaan Kementerian PPPA',
     'GUNUNGKIDUL - Polisi Gunungkidul menerima penghargaan dari Kementerian Pemberdayaan Perempuan dan Perlindungan '
     'Anak atas penanganan kasus kekerasan terhadap anak yang dinilai cepat dan ramah korban. Penghargaan diserahkan '
     'Deputi Perlindungan Khusus Anak di Yogyakarta, Rabu (24/7/2024), dan diterima Wakapolres Gunungkidul Kompol '
     'Andri Setiawan. Andri mengatakan penyidik perempuan selalu mendampingi korban sejak laporan pertama. "Anak yang '
     'menjadi korban tidak boleh trauma dua kali," ujarnya. Sepanjang semester pertama, 19 kasus kekerasan terhadap '
     'anak ditangani. Penghargaan juga diterima Pemkab Gunungkidul dan sebuah lembaga bantuan hukum. Andri '
     'menjabat Wakapolres sejak Maret 2024. Sementara itu, Satlantas Polres Gunungkidul memasang rambu tambahan di '
     'tanjakan Bukit Bintang.',
     '2024-07-25', 'received', [
      (['Polres Gunungkidul'], 'Andri Setiawan', 'ministry', 'Kementerian PPPA', None, '2024-07-24', None),
     ]),
    ('the headline names the resort, the body only its chief and jajarannya',
     'Polres Kebumen Terima Penghargaan Pelayanan Publik dari Bupati',
     'KEBUMEN - Kapolres AKBP Eka Baasith Syamsuri menyebut penghargaan yang diterima jajarannya dari Pemerintah '
     'Kabupaten Kebumen sebagai pengingat untuk terus memperbaiki layanan. Piagam diserahkan Bupati Kebumen Arif '
     'Sugiyanto kepada Eka di Pendopo Kabumian, Jumat (15/11/2024). Penghargaan itu diberikan atas inovasi layanan '
     'SKCK keliling yang menjangkau desa-desa di pegunungan. "Warga tidak perlu turun ke kota hanya untuk SKCK," '
     'kata Eka. Bupati menilai inovasi tersebut memangkas biaya warga. Layanan itu pertama kali diluncurkan pada 2023 '
     'dan sudah melayani lebih dari 6.000 pemohon. Eka sebelumnya menjabat Kapolres Pemalang. Di jalur selatan, '
     'petugas mengatur arus kendaraan yang padat di perlintasan kereta Prembun.',
     '2024-11-16', 'received', [
      (['Polres Kebumen'], 'Eka Baasith Syamsuri', 'regional_government', 'Bupati Kebumen', None, '2024-11-15',
       None),
     ]),
    ('a Polda receives at a Polres that only hosts the ceremony',
     None,
     'KUDUS - Kantor Wilayah Kementerian Hukum Jawa Tengah memberikan penghargaan kepada Polda Jawa Tengah atas '
     'dukungan dalam pembentukan pos bantuan hukum di desa. Penyerahan penghargaan digelar di aula Mapolres Kudus, '
     'Kamis (21/11/2024), dan diterima Irwasda Polda Jateng Kombes Pol Agus Suryo Nugroho. Polres Kudus menjadi tuan '
     'rumah karena kabupaten itu memiliki pos bantuan hukum desa terbanyak di Jawa Tengah. Kapolres Kudus AKBP Ronni '
     'Bonic menyambut rombongan dan memaparkan program Jumat Curhat. "Polisi dan pos bantuan hukum sama-sama '
     'menyelesaikan masalah warga sebelum menjadi perkara," kata Agus. Kepala Kanwil menyebut 1.200 pos telah berdiri. '
     'Pada 2023, Polda Jawa Tengah juga meraih penghargaan dari Kemenkumham untuk layanan paspor di Bandara Ahmad '
     'Yani. Di luar acara itu, Satlantas Polres Kudus menggelar sosialisasi keselamatan berkendara di SMA 1 Kudus.',
     '2024-11-22', 'received', [
      (['Polda Jawa Tengah'], 'Agus Suryo Nugroho', 'ministry', 'Kanwil Kementerian Hukum Jawa Tengah', None,
       '2024-11-21', None),
     ]),
    ('a Kapolda honours a list written three ways: Sat Reskrim, Satres Narkoba, a Polsek of a port Kawasan',
     'Kapolda Jateng Beri Penghargaan Tiga Satuan',
     'SEMARANG - Kapolda Jawa Tengah Irjen Pol Ribut Hari Wibowo memberikan penghargaan kepada Sat Reskrim Polrestabes '
     'Semarang, Satres Narkoba Polres Demak dan Polsek Kawasan Pelabuhan Tanjung Emas. Ketiganya dinilai berprestasi '
     'dalam pengungkapan kasus menonjol selama triwulan pertama. Penghargaan diserahkan dalam apel pagi di lapangan '
     'Mapolda Jateng, Senin (14/4/2025). "Penghargaan ini bukan untuk dipajang, tetapi untuk memacu kerja," kata '
     'Ribut. Sat Reskrim Polrestabes Semarang mengungkap perampokan toko emas, Satres Narkoba Polres Demak membongkar '
     'gudang pil koplo, sedangkan Polsek Kawasan Pelabuhan Tanjung Emas menggagalkan penyelundupan burung dilindungi. '
     'Dalam apel yang sama, Kapolda juga mengingatkan anggota untuk menjauhi judi daring. Pada triwulan sebelumnya, '
     'penghargaan serupa diberikan kepada Polres Kendal. Setelah apel, Kapolda meninjau posko pengamanan arus balik.',
     '2025-04-15', 'received', [
      (['Satreskrim Polrestabes Semarang', 'Satresnarkoba Polres Demak', 'Polsek Kawasan Pelabuhan Tanjung Emas'],
       None, 'kapolda', 'Kapolda Jawa Tengah', None, '2025-04-14', None),
     ]),
    ('a Polres formerly so named through its chief: Kapolres Sleman in a year before it became a Polresta',
     'Kapolres Sleman Terima Penghargaan Bupati',
     'SLEMAN - Kapolres Sleman AKBP Achmad Imam Rifai menerima penghargaan dari Bupati Sleman Kustini Sri Purnomo '
     'atas pengamanan Pemilihan Kepala Desa serentak. Penghargaan diserahkan di Pendopo Rumah Dinas Bupati, Senin '
     '(19/12/2022). Pilkades di 49 desa berlangsung tanpa konflik berarti. "Kami menurunkan 800 personel dan membuka '
     'posko di setiap kapanewon," kata Imam. Kustini menilai kerja sama polisi dan TNI membuat warga merasa aman. '
     'Selain Polres, penghargaan juga diberikan kepada Kodim 0732/Sleman dan Satpol PP Sleman. Imam adalah lulusan '
     'Akpol 2002 dan pernah menjabat Kapolres Cilacap. Di sisi lain, Polsek Mlati menangkap pelaku pencurian kotak '
     'amal masjid di Sendangadi.',
     '2022-12-20', 'received', [
      (['Polresta Sleman'], 'Achmad Imam Rifai', 'regional_government', 'Bupati Sleman', None, '2022-12-19', None),
     ]),
    ('a Ditlantas named only through its Dirlantas; a Satlantas only hosted the field check',
     None,
     'DENPASAR - Dirlantas Polda Bali Kombes Pol Jayadi menerima penghargaan dari Kementerian Perhubungan atas '
     'penurunan angka fatalitas kecelakaan di jalur Gilimanuk-Denpasar. Penghargaan diserahkan Menteri Perhubungan '
     'dalam peringatan Hari Perhubungan Nasional di Jakarta, Selasa (17/9/2024). Jayadi mengatakan jumlah korban '
     'meninggal turun 18 persen dibanding tahun lalu. "Kami pasang speed trap dan tambah patroli malam," ujarnya. '
     'Penilaian lapangan oleh tim kementerian dilakukan Agustus lalu, dengan Satlantas Polres Jembrana sebagai tuan '
     'rumah peninjauan di Gilimanuk. Kapolda Bali Irjen Pol Daniel Adityajaya mengapresiasi capaian tersebut. Jayadi '
     'pernah bertugas di Korlantas Polri selama lima tahun. Sementara itu, Polresta Denpasar menangkap tiga turis '
     'asing yang terlibat perkelahian di Kuta.',
     '2024-09-18', 'received', [
      (['Ditlantas Polda Bali'], 'Jayadi', 'ministry', 'Kementerian Perhubungan', None, '2024-09-17', None),
     ]),
    ('a Satsamapta named through its Kasat; the Kapolres speaks, a Polsek hosts',
     'Kasat Samapta Polres Bengkalis Terima Penghargaan dari Pertamina',
     'BENGKALIS - Kasat Samapta Polres Bengkalis AKP Hendra Gunawan menerima penghargaan dari PT Kilang Pertamina '
     'Internasional Unit Dumai atas pengamanan objek vital kilang selama 2024. Penghargaan diserahkan General Manager '
     'kilang di Dumai, Kamis (9/1/2025). Hendra mengatakan personel samapta berpatroli di sekitar jalur pipa setiap '
     'malam. Kapolres Bengkalis AKBP Budi Setiawan mengatakan pengamanan objek vital menjadi prioritas karena '
     'menyangkut pasokan energi nasional. "Satu kebocoran pipa bisa mengganggu banyak orang," ujarnya. Dalam acara '
     'itu, Polsek Sungai Sembilan menjadi tuan rumah makan siang bersama pekerja kilang. Hendra sebelumnya menjabat '
     'Kapolsek Mandau. Di tempat lain, Satreskrim Polres Bengkalis menyelidiki pembakaran lahan di Kecamatan Rupat.',
     '2025-01-10', 'received', [
      (['Satsamapta Polres Bengkalis'], 'Hendra Gunawan', 'other', 'PT Kilang Pertamina Internasional', None,
       '2025-01-09', None),
     ]),
    ('a Polres from a Bupati and its Polsek from a Camat the same day; a neighbour resort hosts a seminar',
     None,
     'TEMANGGUNG - Polres Temanggung menerima penghargaan dari Bupati Temanggung atas pengamanan Pilkada serentak '
     '2024. Piagam diserahkan Bupati kepada Kapolres Temanggung AKBP Ary Sulistyo di Pendopo Pengayoman, Rabu '
     '(11/12/2024). Pada hari yang sama, Polsek Parakan menerima piagam dari Camat Parakan atas pembinaan kelompok '
     'sadar kamtibmas. Piagam itu diterima Kapolsek Parakan AKP Suyanto. Ary mengatakan tidak ada gangguan berarti '
     'di 1.400 TPS. "Terima kasih kepada masyarakat yang dewasa dalam berdemokrasi," katanya. Sepekan sebelumnya, '
     'Polres Wonosobo menjadi tuan rumah seminar pengamanan pilkada yang diikuti para kapolres se-Kedu. Polres '
     'Temanggung meraih penghargaan serupa saat Pemilu 2019. Di jalur Kledung, Satlantas Polres Temanggung memasang '
     'lampu peringatan di tikungan tajam.',
     '2024-12-12', 'received', [
      (['Polres Temanggung'], 'Ary Sulistyo', 'regional_government', 'Bupati Temanggung', None, '2024-12-11', None),
      (['Polsek Parakan'], 'Suyanto', 'regional_government', 'Camat Parakan', None, '2024-12-11', None),
     ]),
    ('a resort with its short name in brackets, then only the short name',
     'Polres OKI Raih Penghargaan Ombudsman',
     'KAYUAGUNG - Kepolisian Resor Ogan Komering Ilir (OKI) meraih penghargaan kepatuhan standar pelayanan publik '
     'tahun 2023 dari Ombudsman RI Perwakilan Sumatera Selatan. Penghargaan diterima Kapolres OKI AKBP Dili Yanto '
     'dalam acara di Palembang, Selasa (30/1/2024). Polres OKI memperoleh nilai 95,4 dan masuk zona hijau. Dili '
     'mengatakan perbaikan dilakukan sejak awal tahun, mulai dari papan informasi hingga ruang laktasi. "Warga yang '
     'datang ke polres harus merasa dilayani," katanya. Kepala Ombudsman Sumsel menyebut tidak semua polres mampu '
     'bertahan di zona hijau. Dalam acara itu juga hadir Kapolres Ogan Ilir yang satuannya baru pertama kali '
     'dinilai. Dili adalah lulusan Akpol 2003. Sementara itu, Satreskrim Polres OKI memburu pelaku begal di jalan '
     'lintas timur.',
     '2024-01-31', 'received', [
      (['Polres Ogan Komering Ilir'], 'Dili Yanto', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sumatera Selatan',
       2023, '2024-01-30', None),
     ]),
    ('Satlantas of a Polresta written in full with Kepolisian Resor Kota; the headline in capitals',
     'SATLANTAS POLRESTA CIREBON TERIMA PENGHARGAAN DISHUB',
     'CIREBON - Satuan Lalu Lintas Kepolisian Resor Kota Cirebon menerima penghargaan dari Dinas Perhubungan Provinsi '
     'Jawa Barat atas pengelolaan arus kendaraan di Tol Cipali selama libur Natal dan Tahun Baru. Penghargaan '
     'diserahkan di Bandung, Kamis (9/1/2025), dan diterima Kasat Lantas AKP Mangku Anom Sutresno. Menurut Mangku, '
     'rekayasa contraflow diberlakukan 11 kali tanpa kecelakaan. "Semua kami hitung berdasarkan data volume '
     'kendaraan," ujarnya. Kapolresta Cirebon Kombes Pol Sumarni mengaku bangga. Acara itu juga dihadiri Kasat '
     'Lantas Polres Majalengka dan Kasat Lantas Polres Indramayu. Mangku sebelumnya bertugas di Ditlantas Polda '
     'Jawa Barat. Di Sumber, polisi mengamankan belasan remaja yang hendak tawuran.',
     '2025-01-10', 'received', [
      (['Satlantas Polresta Cirebon'], 'Mangku Anom Sutresno', 'regional_government',
       'Dinas Perhubungan Provinsi Jawa Barat', None, '2025-01-09', None),
     ]),
]  # fmt: skip


# A second probe of the same family, written after the rules above: a unit named through its place in the headline
# only, a Kapolda "bersama dua Kapolres jajarannya" (one award they share, each chief's unit beside his), a Kapolres
# among civilians, a Satpolairud's Kasat in small letters ("kasat polairud Polresta X"), a Subdit, a Polsek of a
# Kawasan with its resort after it, an SPN, a Bidpropam.
NOISY_STORIES_2 = [
    ('a Polres named through its place in the headline only; the body says Korps Bhayangkara Klaten',
     'Polres Klaten Sabet Penghargaan Ombudsman Zona Hijau',
     'KLATEN - Korps Bhayangkara Klaten kembali mendapat predikat kepatuhan tinggi standar pelayanan publik tahun 2024 '
     'dari Ombudsman RI Perwakilan Jawa Tengah. Piagam diserahkan Kepala Ombudsman Jateng Siti Farida kepada Kapolres '
     'Klaten AKBP Warsono di Semarang, Senin (16/12/2024). Warsono mengatakan penilaian meliputi layanan SIM, SKCK dan '
     'pengaduan. "Kami terus berbenah," ujarnya. Kapolres Boyolali yang hadir pada acara yang sama belum meraih predikat '
     'itu. Warsono lulus Akpol 2003. Di tempat lain, Satreskrim Polres Klaten menangkap komplotan pencuri kotak amal.',
     '2024-12-17', 'received', [
      (['Polres Klaten'], 'Warsono', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Tengah', 2024,
       '2024-12-16', None),
     ]),
    ('a Kapolda with two Kapolres named after him receives one decoration',
     None,
     'SEMARANG - Kapolda Jawa Tengah Irjen Pol Ahmad Luthfi bersama dua Kapolres jajarannya menerima Satyalancana '
     'Pembangunan dari Presiden RI dalam upacara di Istana Negara, Jakarta, Kamis (15/8/2024). Kedua Kapolres itu adalah '
     'Kapolres Brebes AKBP Guntur Muhammad Tariq dan Kapolres Pemalang AKBP Eko Sunaryo. Penghargaan diberikan atas '
     'dukungan pada program ketahanan pangan. Kabid Humas Polda Jateng Kombes Pol Artanto menyebut penghargaan ini milik '
     'semua personel. Sementara itu, Ditlantas Polda Jateng menyiapkan pengamanan arus balik libur panjang.',
     '2024-08-16', 'received', [
      (['Polda Jawa Tengah', 'Polres Brebes', 'Polres Pemalang'], None, 'other', 'Presiden RI', None, '2024-08-15',
       None),
     ]),
    ('a Kapolres among civilians honoured by a press body, in one list',
     'PWI Sumenep Beri Penghargaan Sahabat Pers',
     'SUMENEP - Persatuan Wartawan Indonesia (PWI) Sumenep memberikan penghargaan Sahabat Pers kepada Bupati Sumenep '
     'Achmad Fauzi, Ketua DPRD Sumenep Abdul Hamid dan Kapolres Sumenep AKBP Henri Noveri Santoso dalam peringatan Hari '
     'Pers Nasional, Jumat (9/2/2024). Ketua PWI Sumenep mengatakan ketiganya dinilai terbuka kepada wartawan. Henri '
     'berterima kasih dan berjanji menjaga hubungan baik dengan media. Acara digelar di aula Dinas Kominfo Sumenep. Di '
     'luar acara itu, Satlantas Polres Sumenep menggelar razia knalpot brong di Jalan Trunojoyo.',
     '2024-02-10', 'received', [
      (['Polres Sumenep'], 'Henri Noveri Santoso', 'media', 'PWI Sumenep', None, '2024-02-09', None),
     ]),
    ('Satpolairud in small letters through its Kasat; a Lanal only hosts',
     None,
     'CILACAP - kasat polairud Polresta Cilacap AKP Suyanto menerima penghargaan dari Kantor SAR Cilacap atas bantuan '
     'pencarian nelayan yang hilang di perairan selatan. Piagam diserahkan di Kantor SAR, Selasa (22/10/2024). Selama '
     'enam hari, kapal patroli polisi ikut menyisir laut bersama tim gabungan. "Kami bekerja sampai korban ditemukan," '
     'kata Suyanto. Penyerahan didahului apel di dermaga Lanal Cilacap yang menjadi tuan rumah. Pada 2022, satuan itu '
     'juga menerima penghargaan dari Bupati Cilacap. Sementara itu, Polsek Kesugihan menangkap pelaku pencurian kabel.',
     '2024-10-23', 'received', [
      (['Satpolairud Polresta Cilacap'], 'Suyanto', 'ministry', 'Kantor SAR Cilacap', None, '2024-10-22', None),
     ]),
    ('a Polsek and a Bhabinkamtibmas of another Polsek, one Camat award; the Kapolsek takes for his own only',
     None,
     'GROBOGAN - Camat Purwodadi memberikan penghargaan kepada Polsek Purwodadi dan Bhabinkamtibmas Polsek Toroh Aipda '
     'Sugeng Riyadi atas pembinaan kampung tangguh narkoba. Penghargaan diserahkan di Pendopo Kecamatan Purwodadi, Rabu '
     '(6/11/2024). Untuk Polsek Purwodadi, penghargaan diterima Kapolsek Purwodadi AKP Bambang Sutrisno. Bambang '
     'mengatakan kampung tangguh dibentuk di tujuh desa. Kapolres Grobogan AKBP Dedy Anung Kurniawan mengapresiasi kerja '
     'anggotanya. Di Toroh, warga menggelar ronda malam bergiliran.',
     '2024-11-07', 'received', [
      (['Polsek Purwodadi', 'Polsek Toroh'], None, 'regional_government', 'Camat Purwodadi', None, '2024-11-06', None),
     ]),
    ('a Subdit of a Ditreskrimsus through its Kasubdit; the Polda only hosts the press conference',
     None,
     'PALEMBANG - Subdit Tipidter Ditreskrimsus Polda Sumsel menerima penghargaan dari Kementerian Lingkungan Hidup atas '
     'pengungkapan pembalakan liar di kawasan hutan lindung Musi Banyuasin. Penghargaan diterima Kasubdit Tipidter AKBP '
     'Listiyono Dwi Nugroho di Jakarta, Selasa (5/11/2024). Dalam kasus itu polisi menyita 400 meter kubik kayu. Polda '
     'Sumsel kemudian menggelar konferensi pers di Mapolda. Kapolda Sumsel Irjen Pol Andi Rian Djajadi meminta '
     'penyidikan dituntaskan. Listiyono sebelumnya bertugas di Bareskrim Polri.',
     '2024-11-06', 'received', [
      (['Subdit Tipidter Ditreskrimsus Polda Sumatera Selatan'], 'Listiyono Dwi Nugroho', 'ministry',
       'Kementerian Lingkungan Hidup', None, '2024-11-05', None),
     ]),
    ('Polres Metro named short as Polres Jakbar in a Wali Kota award; two Polsek share it',
     None,
     'JAKARTA - Wali Kota Jakarta Barat Uus Kuswanto memberikan penghargaan kepada Polres Jakbar, Polsek Kembangan dan '
     'Polsek Cengkareng atas penanganan banjir awal tahun. Piagam diserahkan di Kantor Wali Kota, Kamis (16/1/2025), dan '
     'diterima Wakapolres Metro Jakarta Barat AKBP Bambang Nugroho. Uus menyebut polisi sigap mengevakuasi warga lanjut '
     'usia. Dalam acara itu hadir pula Dandim 0503/Jakarta Barat. Tahun lalu Polres Jakbar juga mendapat penghargaan '
     'dari Gubernur DKI. Sementara itu, Polsek Tambora menangkap dua pelaku tawuran.',
     '2025-01-17', 'received', [
      (['Polres Metro Jakarta Barat', 'Polsek Kembangan', 'Polsek Cengkareng'], 'Bambang Nugroho', 'regional_government',
       'Wali Kota Jakarta Barat', None, '2025-01-16', None),
     ]),
    ('a Rumkit named with its town and Polda; a Biddokkes only accompanies',
     'RS Bhayangkara Polda NTB Raih Penghargaan Pelayanan Prima',
     'MATARAM - Rumah Sakit Bhayangkara Polda NTB meraih penghargaan pelayanan publik kategori pelayanan prima dari '
     'Gubernur Nusa Tenggara Barat. Penghargaan diserahkan di Gedung Sangkareang, Mataram, Rabu (11/12/2024), dan '
     'diterima Karumkit AKBP dr Agus Wijaya. Kabid Dokkes Polda NTB yang mendampingi mengatakan rumah sakit itu melayani '
     '300 pasien per hari. Agus berterima kasih kepada seluruh tenaga kesehatan. Di sisi lain, Ditresnarkoba Polda NTB '
     'menyita satu kilogram sabu di Lombok Timur.',
     '2024-12-12', 'received', [
      (['Rumkit Bhayangkara Polda Nusa Tenggara Barat'], 'Agus Wijaya', 'regional_government',
       'Gubernur Nusa Tenggara Barat', None, '2024-12-11', None),
     ]),
    ('a Satbinmas named through its Kasat; another Polres took the same award last year',
     None,
     'PATI - Kasat Binmas Polresta Pati Kompol Sugiarto menerima penghargaan dari Kementerian Agama Kabupaten Pati atas '
     'pembinaan kerukunan umat beragama, Jumat (22/11/2024). Penghargaan diserahkan Kepala Kantor Kemenag Pati di '
     'aula kantor tersebut. Sugiarto mengatakan pihaknya rutin menggelar dialog antarumat. Pada 2023, penghargaan yang '
     'sama diraih Satbinmas Polres Kudus. Kapolresta Pati Kombes Pol Jaka Wahyudi bersyukur atas capaian itu. Sementara '
     'itu, Satlantas Polresta Pati menutup sementara jalan di depan alun-alun.',
     '2024-11-23', 'received', [
      (['Satbinmas Polresta Pati'], 'Sugiarto', 'ministry', 'Kementerian Agama Kabupaten Pati', None, '2024-11-22',
       None),
     ]),
    ('a Polsek named with Kawasan and its resort after it, in a Kapolres decree',
     None,
     'SEMARANG - Polsek Kawasan Pelabuhan Tanjung Emas, Polrestabes Semarang, menerima penghargaan dari Kapolrestabes '
     'Semarang Kombes Pol Irwan Anwar atas pengungkapan penyelundupan satwa liar. Piagam diserahkan dalam apel di '
     'Mapolrestabes, Senin (7/10/2024), kepada Kapolsek AKP Hendra Wijaya. Satwa yang diselamatkan antara lain burung '
     'kakatua dan trenggiling. Irwan meminta polsek lain meningkatkan patroli. Satreskrim Polrestabes Semarang pekan lalu '
     'menangkap pelaku penipuan daring.',
     '2024-10-08', 'received', [
      (['Polsek Kawasan Pelabuhan Tanjung Emas'], 'Hendra Wijaya', 'other', 'Kapolrestabes Semarang', None,
       '2024-10-07', None),
     ]),
    ('two resorts of one Polda ranked by a Dirlantas; a third only hosts the evaluation',
     None,
     'PEKANBARU - Ditlantas Polda Riau menetapkan Satlantas Polres Kampar sebagai juara I dan Satlantas Polres Siak '
     'sebagai juara II lomba tertib lalu lintas tahun 2024. Trofi diserahkan Dirlantas Polda Riau Kombes Pol Taufiq '
     'Lukman Nurhidayat dalam apel di Mapolda, Jumat (20/12/2024). Evaluasi lapangan digelar di Polresta Pekanbaru '
     'sebagai tuan rumah. Taufiq meminta satlantas lain menekan angka kecelakaan. Pada 2023, juara I diraih Satlantas '
     'Polres Bengkalis.',
     '2024-12-21', 'received', [
      (['Satlantas Polres Kampar'], None, 'kapolda', 'Ditlantas Polda Riau', 2024, '2024-12-20', 1),
      (['Satlantas Polres Siak'], None, 'kapolda', 'Ditlantas Polda Riau', 2024, '2024-12-20', 2),
     ]),
    ('SPN named with its town; a Kapolda gives, the SPN chief takes',
     None,
     'BANYUBIRU - Kapolda Jawa Tengah memberikan penghargaan kepada SPN Polda Jateng di Banyubiru atas penyelenggaraan '
     'pendidikan Bintara tanpa pelanggaran. Penghargaan diserahkan Wakapolda Jateng Brigjen Pol Agus Suryonugroho dalam '
     'upacara penutupan pendidikan, Kamis (19/12/2024), dan diterima Ka SPN Kombes Pol Slamet Riyadi. Sebanyak 700 '
     'siswa dilantik menjadi Bintara. Para lulusan akan ditempatkan di polres jajaran. Di Ambarawa, Polres Semarang '
     'mengatur lalu lintas wisata.',
     '2024-12-20', 'received', [
      (['SPN Polda Jawa Tengah'], 'Slamet Riyadi', 'kapolda', 'Kapolda Jawa Tengah', None, '2024-12-19', None),
     ]),
    ('a Bidpropam named by its Kabid, a Kompolnas award; a Polres only attended',
     None,
     'MAKASSAR - Kabid Propam Polda Sulsel Kombes Pol Zulham Effendy menerima penghargaan Kompolnas Award 2024 untuk '
     'kategori pengawasan internal terbaik. Penghargaan diserahkan Ketua Harian Kompolnas di Jakarta, Rabu (18/12/2024). '
     'Zulham mengatakan pihaknya menindak 120 pelanggaran disiplin sepanjang tahun. Perwakilan Polrestabes Makassar turut '
     'hadir sebagai peserta. Kapolda Sulsel Irjen Pol Yudhiawan mengucapkan selamat. Di Makassar, polisi membubarkan '
     'balapan liar di Jalan Metro Tanjung Bunga.',
     '2024-12-19', 'received', [
      (['Bidpropam Polda Sulawesi Selatan'], 'Zulham Effendy', 'kompolnas', 'Kompolnas', 2024, '2024-12-18', None),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    NOISY_STORIES + NOISY_STORIES_2,
    ids=[r[0] for r in NOISY_STORIES + NOISY_STORIES_2],
)
def test_recipient_units_of_noisy_stories(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    taken = []
    for units, officer, kind, giver, year, event_day, placement in awards if got is not None else []:
        check_fields(award_for(got, units, placement, taken), officer, kind, giver, year, event_day)


# -- who receives in one sentence of such a story ----------------------------------------------------------------------
# Where a member serves, in brackets after his name, is his unit that receives; a unit's service named in the category
# it wins ("dengan layanan SPKT terbaik") is no recipient.
RECIPIENTS_OF_A_SENTENCE = [
    # construction, sentence, units that receive in it
    ('members with their units in brackets',
     'Adapun medali perunggu diraih Briptu Inggi (dari Polres Lubuklinggau) dan Bripda Suci (dari Polres Empat '
     'Lawang).',
     ['Polres Lubuklinggau', 'Polres Empat Lawang']),
    ('a member with his sub-unit in brackets',
     'Medali perak diraih Bripda Agung Arisandy (dari Ditsamapta Polda Sumsel) di kelas seni tunggal.',
     ['Ditsamapta Polda Sumatera Selatan']),
    ('a service named in the category a resort wins is no recipient',
     'Polres Metro Bekasi Kota meraih Kompolnas Award 2024 kategori polres dengan layanan SPKT terbaik.',
     ['Polres Metro Bekasi Kota']),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, sentence, units", RECIPIENTS_OF_A_SENTENCE, ids=[r[0] for r in RECIPIENTS_OF_A_SENTENCE]
)
def test_recipients_of_a_sentence(construction, sentence, units):
    assert [m.name for m in recipient_mentions(sentence)] == units


# Chiefs listed one after the other, each named with his unit's place, each receive for their unit, the one above the
# other's too; a chief's officers named bare after him only take the resort's award. "Penghargaan serupa diberikan
# kepada" adds its units to the award; an earlier award told by its year alone, or the same award had at an occasion
# of an earlier year, is background; so is one whose year is said just before its receiving verb ("Polresta X pada
# 2023 menerima ..."). An award credited to one of the unit's own sub-units ("Penghargaan itu diberikan berkat kerja
# Ditreskrimum Polda X") lists both. A list of receivers carried on in a sentence with no verb ("Berikutnya ...,
# yaitu Kapolres X") goes on the giving of the sentence before. A bare resort listed among local bodies that share one
# place named at the end ("Panwaslu, Polres dan Pemda Kabupaten Garut") is that place's resort.
UNITS_OF_PASSAGES = [
    # construction, story, recipients of each award
    ('a Kapolrestabes and a Kapolsek of his city listed as receivers',
     'DPRD Kota Palembang memberikan penghargaan kepada Kapolrestabes Palembang Kombes Pol Irvan Prawira dan Kapolsek '
     'Kertapati AKP Irwan Sidik beserta enam anggotanya.',
     [['Polrestabes Palembang', 'Polsek Kertapati']]),
    ('a Kapolres and a Kapolsek of his resort, each his post written with its place, as receivers',
     'Bupati Sragen menyerahkan piagam penghargaan kepada Kapolres Sragen AKBP Petrus Silalahi dan Kapolsek Gemolong '
     'AKP Ardi Kurniawan atas pengamanan arus mudik.',
     [['Polres Sragen', 'Polsek Gemolong']]),
    ("a chief's officers named bare after him take the resort's award",
     'Wali Kota Surabaya memberikan piagam penghargaan kepada jajaran Polrestabes Surabaya atas pengungkapan kasus '
     'narkoba. Piagam diserahkan di Balai Kota kepada Kapolrestabes Kombes Pol Pasma Royce serta Kasat Reskrim, Kasat '
     'Resnarkoba dan Kasat Intelkam.',
     [['Polrestabes Surabaya']]),
    ('penghargaan serupa diberikan kepada a navy base and a Satpolairud: the Satpolairud shares the award',
     'Bea Cukai Batam memberikan penghargaan kepada Ditpolairud Polda Kepri atas patroli bersama. Penghargaan serupa '
     'diberikan kepada Lanal Batam dan Satpolairud Polres Karimun.',
     [['Ditpolairud Polda Kepulauan Riau', 'Satpolairud Polres Karimun']]),
    ('a bare resort listed among local bodies that share the regency named once at the end',
     'GARUT - Bawaslu Jawa Barat memberikan penghargaan Sentra Gakkumdu terbaik kepada Panwaslu, Polres dan Pemda '
     'Kabupaten Garut dalam Bawaslu Award di Bandung, Kamis (27/4/2017).',
     [['Polres Garut']]),
    ("a bare Polresta listed among local bodies of a city: the city's resort",
     'BANDUNG - Bawaslu Jawa Barat memberikan penghargaan Sentra Gakkumdu terbaik kepada Panwaslu, Polresta dan Pemda '
     'Kota Tasikmalaya dalam Bawaslu Award, Kamis (27/4/2017).',
     [['Polres Tasikmalaya Kota']]),
    ('a list of receivers carried on with no verb: Berikutnya ..., yaitu Kapolres X',
     'KUDUS - PWI Kabupaten Kudus memberikan penghargaan Sahabat Pers kepada sejumlah tokoh dalam peringatan Hari Pers '
     'Nasional di Pendopo Kudus, Sabtu (8/2/2025). Penghargaan diberikan kepada Bupati Kudus Samani Intakoris dan Ketua '
     'DPRD Kudus Masan. Berikutnya pimpinan TNI dan Polri di Kudus, yaitu Kapolres Kudus AKBP Ronni Bonic dan Dandim '
     '0722/Kudus Letkol Inf Tri Bowo.',
     [['Polres Kudus']]),
    ("a Polda's foreign award credited to its Ditreskrimum: both receive",
     'DENPASAR - Polda Bali menerima penghargaan dari Kepolisian Federal Australia (AFP) atas pengungkapan jaringan '
     'penyelundupan manusia. Penghargaan itu diberikan berkat kerja Ditreskrimum Polda Bali yang menangkap lima '
     'tersangka. Plakat diserahkan perwakilan AFP di Mapolda Bali, Senin (2/9/2024).',
     [['Polda Bali', 'Ditreskrimum Polda Bali']]),
    ('a Polres credited to its Satreskrim: hasil kerja seluruh jajaran',
     'Polres Kebumen menerima penghargaan dari Kejaksaan Negeri Kebumen atas penanganan perkara korupsi dana desa. '
     'Penghargaan tersebut merupakan hasil kerja seluruh jajaran Satreskrim Polres Kebumen.',
     [['Polres Kebumen', 'Satreskrim Polres Kebumen']]),
    ('a Polda credited to its Ditreskrimsus in reported speech: Menurutnya, penghargaan itu merupakan capaian ...',
     'Polda Jambi menerima penghargaan dari Kedutaan Besar Amerika Serikat atas pengungkapan penipuan daring lintas '
     'negara. Menurutnya, penghargaan itu merupakan capaian seluruh jajaran Ditreskrimsus Polda Jambi.',
     [['Polda Jambi', 'Ditreskrimsus Polda Jambi']]),
    ('a Polres with a citizen who helped: the citizen is no credited sub-unit',
     'Polres Kebumen menerima penghargaan dari Kejaksaan Negeri Kebumen atas penanganan perkara korupsi dana desa. '
     'Penghargaan itu tak lepas dari dukungan warga Kebumen.',
     [['Polres Kebumen']]),
    ('an earlier award told by its year alone adds no award',
     'Polres Temanggung menerima penghargaan dari Bupati Temanggung atas pengamanan Pilkada 2024. Pada 2019, Polres '
     'Temanggung juga menerima penghargaan dari Kementerian Dalam Negeri atas pengamanan pemilu.',
     [['Polres Temanggung']]),
    ('the same award had at an occasion of an earlier year adds no award',
     'Polres Klaten menerima penghargaan dari Bupati Klaten atas pengamanan Pilkada 2024. Polres Klaten meraih '
     'penghargaan serupa dari KPU Jawa Tengah saat Pemilu 2019.',
     [['Polres Klaten']]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, units", UNITS_OF_PASSAGES, ids=[r[0] for r in UNITS_OF_PASSAGES])
def test_units_of_passages(construction, text, units):
    got = awards_of_passage(None, text, "2024-12-12", "received", len(units))
    assert [{canonical_unit_name(u) for u in a["recipients"]} for a in got] == [
        {canonical_unit_name(u) for u in award} for award in units
    ]
