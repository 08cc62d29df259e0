"""Phrase tables of constructions seen failing on real text: a chief speaking of his own contest, an index value with
a grade as the award, a kategori won with no award word, a Unit or Tim named without its parent, givers from local
government posts, branch offices and field offices, degrees and honorifics in names, an award named with "dari"
twice, a Polres and one of its Polsek sharing an award. Written apart from the stories of the evaluation set, with
invented people in real regions.
"""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from tools.eval_awards import shares_words

# -- constructions seen failing ---------------------------------------------------------------------------------------
CONSTRUCTIONS_LEFT = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement, title) of each award
    # 1. "Lomba ini kita gelar": the chief of the unit holding the contest gives, whoever hands the prizes over.
    ('lomba ini kita gelar: a Kapolres contest, the Bupati hands over',
     None,
     'KENDAL - Polsek Weleri keluar sebagai juara I Lomba Pos Kamling Terbaik se-Kabupaten Kendal. Trofi dan uang '
     'pembinaan diserahkan Bupati Kendal Dico Ganinduto kepada Kapolsek Weleri AKP Heru Santoso di Mapolres Kendal, '
     'Jumat (9/8/2024). "Lomba ini kita gelar untuk menghidupkan kembali ronda malam di desa-desa," kata Kapolres '
     'Kendal AKBP Yovan Fatika. Juara II diraih Polsek Kaliwungu dan juara III diraih Polsek Boja.',
     '2024-08-10', 'received', [
      (['Polsek Weleri'], 'Heru Santoso', 'other', 'Kapolres Kendal', None, '2024-08-09', 1,
       'juara I Lomba Pos Kamling Terbaik se-Kabupaten Kendal'),
      (['Polsek Kaliwungu'], None, 'other', 'Kapolres Kendal', None, '2024-08-09', 2,
       'juara II Lomba Pos Kamling Terbaik'),
      (['Polsek Boja'], None, 'other', 'Kapolres Kendal', None, '2024-08-09', 3,
       'juara III Lomba Pos Kamling Terbaik'),
     ]),
    ('lomba ini kami selenggarakan: a Kapolda contest for the Polres',
     None,
     'PANGKALPINANG - Polda Kepulauan Bangka Belitung menyerahkan hadiah Lomba Video Pendek Bhayangkara kepada '
     'satuan kerja pemenang, Kamis (27/6/2024). "Lomba ini kami selenggarakan dalam rangka Hari Bhayangkara ke-78 '
     'agar pesan kamtibmas sampai ke anak muda," ujar Kapolda Babel Irjen Pol Tornagogo Sihombing. Juara pertama '
     'diraih Polres Bangka Barat, disusul Polresta Pangkalpinang sebagai juara kedua.',
     '2024-06-28', 'received', [
      (['Polres Bangka Barat'], None, 'kapolda', 'Kapolda Kepulauan Bangka Belitung', None, '2024-06-27', 1,
       'juara pertama Lomba Video Pendek Bhayangkara'),
      (['Polresta Pangkalpinang'], None, 'kapolda', 'Kapolda Kepulauan Bangka Belitung', None, '2024-06-27', 2,
       'juara kedua Lomba Video Pendek Bhayangkara'),
     ]),
    ('lomba ini kita gelar said before the winner, a Wakapolresta hands over',
     None,
     'SIDOARJO - Sebanyak 18 polsek jajaran Polresta Sidoarjo mengikuti lomba kebersihan markas. "Lomba ini kita '
     'gelar setiap tahun agar markas nyaman bagi warga yang datang melapor," kata Kapolresta Sidoarjo Kombes Pol '
     'Christian Tobing, Senin (14/10/2024). Hasilnya, Polsek Waru menjadi juara pertama dan berhak atas piala '
     'bergilir. Piala diserahkan Wakapolresta Sidoarjo AKBP Deny Kusuma kepada Kapolsek Waru Kompol Hadi Purnomo.',
     '2024-10-15', 'received', [
      (['Polsek Waru'], 'Hadi Purnomo', 'other', 'Kapolresta Sidoarjo', None, '2024-10-14', 1,
       'piala bergilir'),
     ]),
    # 2. An index value with a grade: the grade with its index is the title, the body that scores gives.
    ('nilai indeks with predikat A (Pelayanan Prima) from KemenPAN-RB',
     None,
     'GIANYAR - Polres Gianyar meraih nilai indeks 4,61 dengan predikat A (Pelayanan Prima) pada Evaluasi Pelayanan '
     'Publik tahun 2024 yang dilakukan Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi '
     '(KemenPAN-RB). Piagamnya diterima Kapolres Gianyar AKBP Ketut Wirabawa di Jakarta, Kamis (12/12/2024). Ketut '
     'menyebut capaian itu buah dari pembenahan ruang pelayanan SKCK dan SIM. "Kami akan terus berbenah," ujarnya.',
     '2024-12-13', 'received', [
      (['Polres Gianyar'], 'Ketut Wirabawa', 'ministry', 'KemenPAN-RB', 2024, '2024-12-12', None,
       'nilai indeks 4,61 predikat A (Pelayanan Prima) Evaluasi Pelayanan Publik'),
     ]),
    ('nilai indeks with predikat A/Sangat Baik from Itwasum Polri',
     None,
     'SEMARANG - Polrestabes Semarang meraih nilai indeks 92,5 dengan predikat A/ Sangat Baik dalam Evaluasi '
     'Akuntabilitas Kinerja Instansi Pemerintah (AKIP) tahun 2023 dari Inspektorat Pengawasan Umum (Itwasum) Polri. '
     'Sertifikat diserahkan Irwasum Polri Komjen Pol Ahmad Dofiri di Mabes Polri, Jakarta, Senin (22/4/2024), dan '
     'diterima Kapolrestabes Semarang Kombes Pol Irwan Anwar.',
     '2024-04-23', 'received', [
      (['Polrestabes Semarang'], 'Irwan Anwar', 'kapolri', 'Itwasum Polri', 2023, '2024-04-22', None,
       'nilai indeks 92,5 predikat A/ Sangat Baik Evaluasi AKIP'),
     ]),
    ('nilai indeks with predikat Informatif from a Komisi Informasi, a Gubernur hands over',
     None,
     'PEKANBARU - Polda Riau meraih nilai indeks 92,5 dengan predikat Informatif dalam Monitoring dan Evaluasi '
     'Keterbukaan Informasi Publik tahun 2024 yang digelar Komisi Informasi Provinsi Riau. Piagam diserahkan Gubernur '
     'Riau kepada Kabid Humas Polda Riau Kombes Pol Anom Karibianto di Gedung Daerah, Pekanbaru, Selasa '
     '(17/12/2024).',
     '2024-12-18', 'received', [
      (['Polda Riau'], 'Anom Karibianto', 'other', 'Komisi Informasi Provinsi Riau', 2024, '2024-12-17', None,
       'nilai indeks 92,5 predikat Informatif Keterbukaan Informasi Publik'),
     ]),
    # 3. A kategori won with no award word before it.
    ('meraih kategori Instansi Vertikal Terbaik',
     'Polres Bintan Raih Kategori Instansi Vertikal Terbaik',
     'BINTAN - Polres Bintan meraih kategori Instansi Vertikal Terbaik dalam Keterbukaan Informasi Publik Award 2024 '
     'yang digelar Komisi Informasi Provinsi Kepulauan Riau di Tanjungpinang, Rabu (11/12/2024). Piala diterima Kasi '
     'Humas Polres Bintan Iptu Missyamsu Alson. Menurutnya, capaian itu berkat layanan informasi yang cepat.',
     '2024-12-12', 'received', [
      (['Polres Bintan'], 'Missyamsu Alson', 'other', 'Komisi Informasi Provinsi Kepulauan Riau', 2024, '2024-12-11',
       None, 'kategori Instansi Vertikal Terbaik Keterbukaan Informasi Publik Award 2024'),
     ]),
    ('masuk kategori zona hijau from an Ombudsman office, a Wakapolres takes it',
     None,
     'BANTUL - Polres Bantul masuk kategori zona hijau dengan predikat kepatuhan tinggi dalam Penilaian Kepatuhan '
     'Standar Pelayanan Publik tahun 2023 oleh Ombudsman RI Perwakilan DIY. Plakat diserahkan Kepala Ombudsman RI '
     'Perwakilan DIY Budhi Masthuri kepada Wakapolres Bantul Kompol Berry Noviansyah di Yogyakarta, Kamis '
     '(18/1/2024).',
     '2024-01-19', 'received', [
      (['Polres Bantul'], 'Berry Noviansyah', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta', 2023,
       '2024-01-18', None, 'zona hijau predikat kepatuhan tinggi'),
     ]),
    ('dinobatkan dalam kategori by a Pemkab',
     None,
     'LAMONGAN - Polres Lamongan dinobatkan dalam kategori Mitra Terbaik Penegakan Perda oleh Pemerintah Kabupaten '
     'Lamongan pada peringatan Hari Jadi Lamongan, Senin (26/5/2025). Piagam diserahkan Bupati Lamongan Yuhronur '
     'Efendi kepada Kapolres Lamongan AKBP Bobby Adimas Condroputra di Alun-alun Lamongan.',
     '2025-05-27', 'received', [
      (['Polres Lamongan'], 'Bobby Adimas Condroputra', 'regional_government', 'Pemerintah Kabupaten Lamongan', None,
       '2025-05-26', None, 'kategori Mitra Terbaik Penegakan Perda'),
     ]),
    # 4. A Unit or Tim named without its parent: the Polsek or Polres named nearby.
    ('Unit Reskrim menerima: the Polsek named in the sentence before',
     None,
     'WONOSOBO - Kapolres Wonosobo AKBP Eko Novan Prasetyo memberikan penghargaan kepada jajaran Polsek Kertek dalam '
     'upacara di Mapolres Wonosobo, Senin (3/6/2024). Unit Reskrim menerima piagam atas keberhasilan mengungkap '
     'pencurian ternak yang meresahkan warga Desa Candiyasan. Piagam diterima Kanit Reskrim Ipda Joko Susilo. "Ini '
     'bukti kerja keras tanpa kenal waktu," kata Eko.',
     '2024-06-04', 'received', [
      (['Unit Reskrim Polsek Kertek'], 'Joko Susilo', 'other', 'Kapolres Wonosobo', None, '2024-06-03', None,
       'piagam penghargaan pengungkapan pencurian ternak'),
     ]),
    ('Unit Lantas menerima: a Bupati honours a Polsek named before',
     None,
     'PEMALANG - Bupati Pemalang Mansur Hidayat memberikan penghargaan kepada personel Polsek Comal yang dinilai '
     'sigap mengatur arus mudik Lebaran di jalur pantura, Kamis (18/4/2024). Unit Lantas menerima piagam atas '
     'kecepatan mengurai kemacetan di simpang Comal. Penghargaan diterima Kanit Lantas Aipda Suroso di Pendopo '
     'Kabupaten Pemalang.',
     '2024-04-19', 'received', [
      (['Unit Lantas Polsek Comal'], 'Suroso', 'regional_government', 'Bupati Pemalang', None, '2024-04-18', None,
       'piagam atas kecepatan mengurai kemacetan'),
     ]),
    ('Tim Resmob menerima: the Satreskrim of a Polres named before',
     None,
     'JEMBER - Satreskrim Polres Jember kembali menorehkan prestasi. Tim Resmob menerima penghargaan dari Kapolda '
     'Jawa Timur Irjen Pol Imam Sugianto atas penangkapan pelaku perampokan toko emas di Ambulu. Penghargaan '
     'diserahkan di Gedung Mahameru Polda Jatim, Surabaya, Selasa (9/7/2024).',
     '2024-07-10', 'received', [
      (['Tim Resmob Satreskrim Polres Jember'], None, 'kapolda', 'Kapolda Jawa Timur', None, '2024-07-09', None,
       'penghargaan penangkapan pelaku perampokan toko emas'),
     ]),
    # 5. Givers from local government posts, field offices and branch offices.
    ('Kasatpol PP of a Kabupaten gives',
     None,
     'BEKASI - Kasatpol PP Kabupaten Bekasi Surya Wijaya memberikan penghargaan kepada Polsek Cikarang Barat atas '
     'dukungan penertiban bangunan liar di bantaran Kali Cikarang, Rabu (7/8/2024). Piagam diterima Kapolsek '
     'Cikarang Barat Kompol Gurnald Patiran.',
     '2024-08-08', 'received', [
      (['Polsek Cikarang Barat'], 'Gurnald Patiran', 'regional_government', 'Satpol PP Kabupaten Bekasi', None,
       '2024-08-07', None, 'penghargaan dukungan penertiban bangunan liar'),
     ]),
    ('Kepala Dinas of a Kabupaten hands over his office award',
     None,
     'KLATEN - Satlantas Polres Klaten menerima piagam penghargaan dari Dinas Perhubungan Kabupaten Klaten atas '
     'kelancaran arus balik Lebaran. Piagam diserahkan Kepala Dinas Perhubungan Kabupaten Klaten Supriyono kepada Kasat '
     'Lantas Polres Klaten AKP Dimas Prasetyo, Senin (22/4/2024).',
     '2024-04-23', 'received', [
      (['Satlantas Polres Klaten'], 'Dimas Prasetyo', 'regional_government', 'Dinas Perhubungan Kabupaten Klaten',
       None, '2024-04-22', None, 'piagam penghargaan kelancaran arus balik Lebaran'),
     ]),
    ('Camat gives a Polsek',
     None,
     'CIBINONG - Camat Cibinong Ahmad Fauzi memberikan piagam penghargaan kepada Polsek Cibinong atas pengamanan '
     'pemilihan kepala desa serentak di delapan desa. Penghargaan diterima Kapolsek Cibinong Kompol Wahyu Maduransyah '
     'di Kantor Kecamatan Cibinong, Selasa (5/11/2024).',
     '2024-11-06', 'received', [
      (['Polsek Cibinong'], 'Wahyu Maduransyah', 'regional_government', 'Camat Cibinong', None, '2024-11-05', None,
       'piagam penghargaan pengamanan pemilihan kepala desa serentak'),
     ]),
    ('Kalapas gives a Satresnarkoba',
     None,
     'KEDIRI - Kalapas Kelas IIA Kediri Solichin memberikan penghargaan kepada Satresnarkoba Polres Kediri Kota atas '
     'sinergi menggagalkan penyelundupan sabu ke dalam lapas, Jumat (15/3/2024). Penghargaan diterima Kasat '
     'Resnarkoba AKP Sugeng Riyadi.',
     '2024-03-16', 'received', [
      (['Satresnarkoba Polres Kediri Kota'], 'Sugeng Riyadi', 'ministry', 'Lapas Kelas IIA Kediri', None,
       '2024-03-15', None, 'penghargaan sinergi menggagalkan penyelundupan sabu'),
     ]),
    ('Kanwil Kemenkumham X in its short form gives a Polda',
     None,
     'SEMARANG - Kanwil Kemenkumham Jawa Tengah memberikan penghargaan kepada Polda Jawa Tengah atas dukungan '
     'pengamanan pemindahan narapidana risiko tinggi ke Nusakambangan. Penghargaan diserahkan di Semarang, Rabu '
     '(20/3/2024), dan diterima Wakapolda Jateng Brigjen Pol Agus Suryonugroho.',
     '2024-03-21', 'received', [
      (['Polda Jawa Tengah'], 'Agus Suryonugroho', 'ministry', 'Kanwil Kemenkumham Jawa Tengah', None, '2024-03-20',
       None, 'penghargaan dukungan pengamanan pemindahan narapidana risiko tinggi'),
     ]),
    ('Kepala Kantor Wilayah Kementerian Hukum dan HAM X gives',
     None,
     'DENPASAR - Kepala Kantor Wilayah Kementerian Hukum dan HAM Bali Romi Yudianto menyerahkan penghargaan kepada '
     'Polresta Denpasar atas kerja sama pengawasan orang asing. Penghargaan diterima Kapolresta Denpasar Kombes Pol '
     'Wisnu Prabowo, Kamis (4/7/2024).',
     '2024-07-05', 'received', [
      (['Polresta Denpasar'], 'Wisnu Prabowo', 'ministry', 'Kantor Wilayah Kementerian Hukum dan HAM Bali', None,
       '2024-07-04', None, 'penghargaan kerja sama pengawasan orang asing'),
     ]),
    ('Kepala Cabang Jasa Raharja X gives a Ditlantas',
     None,
     'MEDAN - Kepala Cabang Jasa Raharja Sumatera Utara Dwi Mahendra memberikan penghargaan kepada Ditlantas Polda '
     'Sumatera Utara atas percepatan pelaporan kecelakaan lalu lintas melalui aplikasi IRSMS, Senin (9/9/2024). '
     'Penghargaan diterima Dirlantas Polda Sumut Kombes Pol Muji Ediyanto.',
     '2024-09-10', 'received', [
      (['Ditlantas Polda Sumatera Utara'], 'Muji Ediyanto', 'other', 'Jasa Raharja Cabang Sumatera Utara', None,
       '2024-09-09', None, 'penghargaan percepatan pelaporan kecelakaan lalu lintas'),
     ]),
    ('Kantor SAR X gives a Ditpolairud',
     None,
     'MATARAM - Kantor SAR Mataram memberikan piagam penghargaan kepada Ditpolairud Polda Nusa Tenggara Barat atas '
     'bantuan pencarian wisatawan yang hilang di perairan Gili Trawangan. Piagam diserahkan Kepala Kantor SAR Mataram '
     'Lalu Wahyu Efendi, Selasa (13/8/2024).',
     '2024-08-14', 'received', [
      (['Ditpolairud Polda Nusa Tenggara Barat'], None, 'ministry', 'Kantor SAR Mataram', None, '2024-08-13', None,
       'piagam penghargaan pencarian wisatawan yang hilang'),
     ]),
    # 6. Degrees and honorifics inside names split no sentence and cut no name.
    ('dr. Hj. and S.I.K., M.H. around a Wakil Bupati and a Kapolres',
     None,
     'SLEMAN - Pemkab Sleman memberikan penghargaan kepada Polres Sleman atas pengamanan Pilkada 2024. Penghargaan '
     'diserahkan Wakil Bupati Sleman dr. Hj. Danang Maharsa kepada Kapolres Sleman AKBP Edy Setyanto Erning Wibowo, '
     'S.H., S.I.K., M.H. di Pendopo Parasamya, Rabu (18/12/2024).',
     '2024-12-19', 'received', [
      (['Polres Sleman'], 'Edy Setyanto Erning Wibowo', 'regional_government', 'Pemerintah Kabupaten Sleman', None,
       '2024-12-18', None, 'penghargaan pengamanan Pilkada 2024'),
     ]),
    ('Dr. and Ir. H. in the names of a taker and a Kepala Dinas giver',
     None,
     'SURABAYA - Kapolres Pelabuhan Tanjung Perak AKBP Dr. William Cornelis Tanasale, S.I.K., M.H. menerima '
     'penghargaan dari Kepala Dinas Perhubungan Provinsi Jawa Timur Ir. H. Nyono, M.T. atas kelancaran arus '
     'penyeberangan Natal dan Tahun Baru, Jumat (10/1/2025).',
     '2025-01-11', 'received', [
      (['Polres Pelabuhan Tanjung Perak'], 'William Cornelis Tanasale', 'regional_government',
       'Dinas Perhubungan Provinsi Jawa Timur', None, '2025-01-10', None,
       'penghargaan kelancaran arus penyeberangan Natal dan Tahun Baru'),
     ]),
    ('Irjen Pol. Dr. H. before a Kapolda giver, Dr. Ir. before the Kapolres taking it',
     None,
     'PADANG - Kapolda Sumatera Barat Irjen Pol. Dr. H. Suharyono, S.H., M.H. memberikan penghargaan kepada Polres '
     'Pasaman atas pengungkapan ladang ganja seluas lima hektare. Penghargaan diterima Kapolres Pasaman AKBP Dr. Ir. '
     'Andry Kurniawan, S.I.K. di Mapolda Sumbar, Senin (2/9/2024).',
     '2024-09-03', 'received', [
      (['Polres Pasaman'], 'Andry Kurniawan', 'kapolda', 'Kapolda Sumatera Barat', None, '2024-09-02', None,
       'penghargaan pengungkapan ladang ganja'),
     ]),
    # 7. "dari" twice: the giver before "atas", the region of a bare post from the later "dari Polda X".
    ('penghargaan dari Kapolda atas ... dari Polda X: a bare Kapolda',
     None,
     'KISARAN - Satresnarkoba Polres Asahan menerima penghargaan dari Kapolda atas pengungkapan peredaran 20 kilogram '
     'sabu jaringan internasional dari Polda Sumatera Utara. Penghargaan diserahkan di Medan, Rabu (21/8/2024), dan '
     'diterima Kasat Resnarkoba Polres Asahan AKP Rianto.',
     '2024-08-22', 'received', [
      (['Satresnarkoba Polres Asahan'], 'Rianto', 'kapolda', 'Kapolda Sumatera Utara', None, '2024-08-21', None,
       'penghargaan pengungkapan peredaran sabu jaringan internasional'),
     ]),
    ('penghargaan dari Kapolda X atas ... dari Polda X: the region said twice',
     None,
     'PALU - Polres Poso mendapat penghargaan dari Kapolda Sulawesi Tengah atas keberhasilan menjaga situasi '
     'kamtibmas selama Pilkada dari Polda Sulawesi Tengah. Penghargaan diterima Kapolres Poso AKBP Arthur Sameaputty '
     'di Mapolda Sulteng, Kamis (12/12/2024).',
     '2024-12-13', 'received', [
      (['Polres Poso'], 'Arthur Sameaputty', 'kapolda', 'Kapolda Sulawesi Tengah', None, '2024-12-12', None,
       'penghargaan menjaga situasi kamtibmas selama Pilkada'),
     ]),
    # 8. A Polres and one of its Polsek share one award in one clause.
    ('Polres A dan Polsek B jajarannya from a Bupati',
     None,
     'PATI - Polres Pati dan Polsek Juwana jajarannya menerima penghargaan dari Bupati Pati atas pengamanan sedekah '
     'laut di Pelabuhan Juwana, Selasa (23/4/2024). Penghargaan diterima Kapolres Pati AKBP Andhika Bayu Adhittama.',
     '2024-04-24', 'received', [
      (['Polres Pati', 'Polsek Juwana'], 'Andhika Bayu Adhittama', 'regional_government', 'Bupati Pati', None, '2024-04-23', None,
       'penghargaan pengamanan sedekah laut'),
     ]),
    ('Polres A beserta Polsek B from a Kapolda',
     None,
     'MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Yudhiawan Wibisono memberikan penghargaan kepada Polres Gowa '
     'beserta Polsek Bontomarannu atas pengungkapan kasus pembunuhan di Desa Romangloe, Jumat (6/9/2024).',
     '2024-09-07', 'received', [
      (['Polres Gowa', 'Polsek Bontomarannu'], None, 'kapolda', 'Kapolda Sulawesi Selatan', None, '2024-09-06', None,
       'penghargaan pengungkapan kasus pembunuhan'),
     ]),
    ('Polres A serta Polsek B jajarannya raih piagam from a Wali Kota',
     None,
     'MALANG - Polresta Malang Kota serta Polsek Klojen jajarannya meraih piagam penghargaan dari Wali Kota Malang '
     'atas pengamanan perayaan Tahun Baru Imlek di kawasan Pecinan, Kamis (15/2/2024). Piagam diterima Wakapolresta '
     'Malang Kota AKBP Totok Mulyanto.',
     '2024-02-16', 'received', [
      (['Polresta Malang Kota', 'Polsek Klojen'], 'Totok Mulyanto', 'regional_government', 'Wali Kota Malang', None,
       '2024-02-15', None, 'piagam penghargaan pengamanan perayaan Tahun Baru Imlek'),
     ]),
]  # fmt: skip


# -- the same constructions, a second probe written after the rules (villages give as "other", as the kinds table has
# it; a Satuan's team named alone in a story that names no Satuan is the resort's: "Tim Inafis Polres X") ------------
CONSTRUCTIONS_LEFT_2 = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement, title) of each award
    ('Kepala Desa gives a Bhabinkamtibmas personally',
     None,
     'BANYUMAS - Kepala Desa Kedungrandu Sutrisno memberikan piagam penghargaan kepada Bhabinkamtibmas Polsek '
     'Patikraja Aipda Wahyu Hidayat atas kiprahnya mendamaikan sengketa lahan warga, Sabtu (12/10/2024). Piagam '
     'diserahkan di Balai Desa Kedungrandu.',
     '2024-10-13', 'received', [
      (['Polsek Patikraja'], 'Wahyu Hidayat', 'other', 'Kepala Desa Kedungrandu', None, '2024-10-12', None,
       'piagam penghargaan mendamaikan sengketa lahan warga'),
     ]),
    ('Karutan gives a Polsek, the head with H. and M.Si.',
     None,
     'PONOROGO - Karutan Kelas IIB Ponorogo H. Bambang Irawan, S.H., M.Si. menyerahkan penghargaan kepada Polsek '
     'Ponorogo Kota atas pengamanan sidang daring para tahanan, Rabu (6/11/2024). Penghargaan diterima Kapolsek '
     'Ponorogo Kota AKP Subianto.',
     '2024-11-07', 'received', [
      (['Polsek Ponorogo Kota'], 'Subianto', 'ministry', 'Rutan Kelas IIB Ponorogo', None, '2024-11-06', None,
       'penghargaan pengamanan sidang daring para tahanan'),
     ]),
    ('kami selenggarakan by a Kapolsek, villages win: Polri gives',
     None,
     'KRIAN - Tiga desa binaan Polsek Krian beradu kreasi dalam lomba kampung tertib lalu lintas. "Lomba ini kami '
     'selenggarakan agar warga peduli keselamatan di jalan," kata Kapolsek Krian Kompol Rudi Hartono, Minggu '
     '(17/11/2024). Juara I diraih Desa Sidorejo.',
     '2024-11-18', 'given', []),
    ('Kapolres contest among Polsek, kita gelar, a Wakil Bupati hands over',
     None,
     'GARUT - Polsek Tarogong Kidul menjadi juara I Lomba Pelayanan Prima antarpolsek se-Polres Garut. Piala '
     'diserahkan Wakil Bupati Garut Helmi Budiman di Mapolres Garut, Kamis (21/11/2024). "Lomba ini kita gelar '
     'untuk memacu polsek melayani warga lebih cepat," ujar Kapolres Garut AKBP Mochamad Fajar Gemilang. Juara II '
     'diraih Polsek Garut Kota.',
     '2024-11-22', 'received', [
      (['Polsek Tarogong Kidul'], None, 'other', 'Kapolres Garut', None, '2024-11-21', 1, 'juara I Lomba Pelayanan Prima'),
      (['Polsek Garut Kota'], None, 'other', 'Kapolres Garut', None, '2024-11-21', 2, 'juara II Lomba Pelayanan Prima'),
     ]),
    ('nilai indeks kepatuhan with predikat A from an Ombudsman office',
     None,
     'MADIUN - Polres Madiun Kota meraih nilai indeks kepatuhan 95,12 dengan predikat A atau kualitas tertinggi dalam '
     'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2024 oleh Ombudsman RI Perwakilan Jawa Timur. '
     'Penghargaan diterima Kapolres Madiun Kota AKBP Agus Dwi Suryanto di Surabaya, Selasa (10/12/2024).',
     '2024-12-11', 'received', [
      (['Polres Madiun Kota'], 'Agus Dwi Suryanto', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Timur', 2024,
       '2024-12-10', None, 'predikat A kualitas tertinggi nilai indeks kepatuhan 95,12'),
     ]),
    ('masuk kategori Sangat Baik in a Polda assessment, no award word before',
     None,
     'MEDAN - Polres Pematangsiantar masuk kategori Sangat Baik dalam penilaian pelayanan SKCK tahun 2024 yang '
     'digelar Biro Operasi Polda Sumatera Utara. Sertifikat diserahkan Wakapolda Sumut Brigjen Pol Rony Samtana '
     'kepada Kapolres Pematangsiantar AKBP Yogen Heroes Baruno di Medan, Jumat (13/12/2024).',
     '2024-12-14', 'received', [
      (['Polres Pematangsiantar'], 'Yogen Heroes Baruno', 'kapolda', 'Biro Operasi Polda Sumatera Utara', 2024, '2024-12-13', None,
       'kategori Sangat Baik penilaian pelayanan SKCK'),
     ]),
    ('Unit Intelkam menerima: the Polsek named in the lead',
     None,
     'BOYOLALI - Kapolres Boyolali AKBP Rosyid Hartanto memberikan penghargaan kepada personel Polsek Ampel dalam apel '
     'pagi di Mapolres Boyolali, Senin (25/11/2024). Unit Intelkam menerima piagam atas deteksi dini rencana '
     'bentrokan antarperguruan silat. Piagam diterima Kanit Intelkam Aiptu Sarwono.',
     '2024-11-26', 'received', [
      (['Unit Intelkam Polsek Ampel'], 'Sarwono', 'other', 'Kapolres Boyolali', None, '2024-11-25', None,
       'piagam deteksi dini rencana bentrokan antarperguruan silat'),
     ]),
    ('Tim Inafis menerima: the Polres named before',
     None,
     'SUMENEP - Polres Sumenep kembali diganjar apresiasi. Tim Inafis menerima penghargaan dari Kapolda Jawa Timur '
     'Irjen Pol Imam Sugianto atas identifikasi korban kapal tenggelam di perairan Masalembu, Kamis (28/11/2024).',
     '2024-11-29', 'received', [
      (['Tim Inafis Polres Sumenep'], None, 'kapolda', 'Kapolda Jawa Timur', None, '2024-11-28', None,
       'penghargaan identifikasi korban kapal tenggelam'),
     ]),
    ('Kanwil Kemenkumham short form with H. and S.H. in the head name',
     None,
     'PADANG - Kepala Kanwil Kemenkumham Sumatera Barat H. Haris Sukamto, S.H., M.H. memberikan penghargaan kepada '
     'Ditreskrimum Polda Sumatera Barat atas pengungkapan tindak pidana perdagangan orang, Kamis (5/12/2024). '
     'Penghargaan diterima Dirreskrimum Kombes Pol Andry Kurniawan.',
     '2024-12-06', 'received', [
      (['Ditreskrimum Polda Sumatera Barat'], 'Andry Kurniawan', 'ministry', 'Kanwil Kemenkumham Sumatera Barat', None,
       '2024-12-05', None, 'penghargaan pengungkapan tindak pidana perdagangan orang'),
     ]),
    ('Kepala Cabang PT Jasa Raharja gives a Satlantas',
     None,
     'CIREBON - PT Jasa Raharja Cabang Cirebon memberikan penghargaan kepada Satlantas Polresta Cirebon atas '
     'kecepatan olah TKP kecelakaan selama 2024. Penghargaan diserahkan Kepala Cabang Jasa Raharja Cirebon Dedi '
     'Kurniawan kepada Kasat Lantas Polresta Cirebon Kompol Alex Sandy, Senin (23/12/2024).',
     '2024-12-24', 'received', [
      (['Satlantas Polresta Cirebon'], 'Alex Sandy', 'other', 'PT Jasa Raharja Cabang Cirebon', None, '2024-12-23',
       None, 'penghargaan kecepatan olah TKP kecelakaan'),
     ]),
    ('Kepala Kantor SAR gives by his post',
     None,
     'KENDARI - Kepala Kantor SAR Kendari Muhammad Arafah menyerahkan piagam penghargaan kepada Satpolairud Polresta '
     'Kendari atas bantuan evakuasi nelayan yang terombang-ambing di Teluk Kendari, Rabu (4/9/2024).',
     '2024-09-05', 'received', [
      (['Satpolairud Polresta Kendari'], None, 'ministry', 'Kantor SAR Kendari', None, '2024-09-04', None,
       'piagam penghargaan evakuasi nelayan'),
     ]),
    ('dari twice: penghargaan dari Kapolri atas ... dari Mabes Polri',
     None,
     'JAKARTA - Kasat Reskrim Polres Metro Bekasi AKBP Firdaus menerima penghargaan dari Kapolri atas pengungkapan '
     'sindikat pemalsuan dokumen kependudukan dari Mabes Polri. Penghargaan diserahkan di Gedung Rupatama Mabes '
     'Polri, Jakarta, Selasa (1/10/2024).',
     '2024-10-02', 'received', [
      (['Satreskrim Polres Metro Bekasi'], 'Firdaus', 'kapolri', 'Kapolri', None, '2024-10-01', None,
       'penghargaan pengungkapan sindikat pemalsuan dokumen kependudukan'),
     ]),
    ('Polres A dan Polsek B jajarannya from a Kapolda, in a headline too',
     'Polres Jombang dan Polsek Ploso Raih Penghargaan Kapolda',
     'JOMBANG - Polres Jombang dan Polsek Ploso jajarannya meraih penghargaan dari Kapolda Jawa Timur atas '
     'pengungkapan kasus pembunuhan pedagang sapi, Senin (16/9/2024). Penghargaan diserahkan di Gedung Mahameru '
     'Polda Jatim dan diterima Kapolres Jombang AKBP Eko Bagus Riyadi.',
     '2024-09-17', 'received', [
      (['Polres Jombang', 'Polsek Ploso'], 'Eko Bagus Riyadi', 'kapolda', 'Kapolda Jawa Timur', None, '2024-09-16', None,
       'penghargaan pengungkapan kasus pembunuhan pedagang sapi'),
     ]),
    ('Dr. H. before a Bupati giver, S.I.K. after a Kapolres',
     None,
     'SUMBAWA - Bupati Sumbawa Dr. H. Mahmud Abdullah memberikan penghargaan kepada Polres Sumbawa atas pengamanan '
     'Festival Moyo. Penghargaan diterima Kapolres Sumbawa AKBP Heru Muslimin, S.I.K. di Istana Dalam Loka, Sabtu '
     '(27/7/2024).',
     '2024-07-28', 'received', [
      (['Polres Sumbawa'], 'Heru Muslimin', 'regional_government', 'Bupati Sumbawa', None, '2024-07-27', None,
       'penghargaan pengamanan Festival Moyo'),
     ]),
    ('dinobatkan dalam kategori from a press body',
     None,
     'PEKANBARU - Polda Riau dinobatkan dalam kategori Institusi Paling Informatif pada malam PWI Riau Award 2024 di '
     'Pekanbaru, Jumat (20/12/2024). Trofi diterima Kabid Humas Polda Riau Kombes Pol Anom Karibianto.',
     '2024-12-21', 'received', [
      (['Polda Riau'], 'Anom Karibianto', 'media', 'PWI Riau', 2024, '2024-12-20', None,
       'kategori Institusi Paling Informatif PWI Riau Award 2024'),
     ]),
]  # fmt: skip


# -- a third probe: "dari" twice with other givers, a Polres and two Polsek, no Unit guessed in a story of two Polsek,
# heads of offices named with their degrees, a standing team written with its Satuan ----------------------------------
CONSTRUCTIONS_LEFT_3 = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement, title) of each award
    ('dari twice: penghargaan dari Bupati atas ... dari wilayahnya',
     None,
     'KLATEN - Polsek Wedi menerima penghargaan dari Bupati Klaten atas keberhasilan memulangkan tiga anak yang '
     'hilang dari Kecamatan Wedi. Penghargaan diserahkan di Pendopo Pemkab Klaten, Jumat (8/11/2024), dan diterima '
     'Kapolsek Wedi AKP Joko Purnomo.',
     '2024-11-09', 'received', [
      (['Polsek Wedi'], 'Joko Purnomo', 'regional_government', 'Bupati Klaten', None, '2024-11-08', None,
       'penghargaan memulangkan tiga anak yang hilang'),
     ]),
    ('dari twice: piagam dari Kapolda X atas ... dari Polres tetangga',
     None,
     'MAKASSAR - Satreskrim Polres Maros menerima piagam penghargaan dari Kapolda Sulawesi Selatan atas penangkapan '
     'buronan yang kabur dari Polres Pangkep. Piagam diserahkan di Mapolda Sulsel, Senin (2/12/2024).',
     '2024-12-03', 'received', [
      (['Satreskrim Polres Maros'], None, 'kapolda', 'Kapolda Sulawesi Selatan', None, '2024-12-02', None,
       'piagam penghargaan penangkapan buronan'),
     ]),
    ('Polres A bersama Polsek B dan Polsek C jajarannya from a Wali Kota',
     None,
     'BLITAR - Polres Blitar Kota bersama Polsek Sananwetan dan Polsek Kepanjenkidul menerima penghargaan dari Wali '
     'Kota Blitar atas pengamanan Haul Bung Karno, Kamis (20/6/2024).',
     '2024-06-21', 'received', [
      (['Polres Blitar Kota', 'Polsek Sananwetan', 'Polsek Kepanjenkidul'], None, 'regional_government',
       'Wali Kota Blitar', None, '2024-06-20', None, 'penghargaan pengamanan Haul Bung Karno'),
     ]),
    ('Unit Reskrim named alone in a story of two Polsek: no guess, each Polsek its own',
     None,
     'BANTUL - Kapolres Bantul AKBP Michael Tamba memberikan penghargaan kepada Polsek Sewon dan Polsek Kasihan atas '
     'pengungkapan kasus klitih, Selasa (10/12/2024). Unit Reskrim kedua polsek bekerja sama selama dua pekan.',
     '2024-12-11', 'received', [
      (['Polsek Sewon', 'Polsek Kasihan'], None, 'other', 'Kapolres Bantul', None, '2024-12-10', None,
       'penghargaan pengungkapan kasus klitih'),
     ]),
    ('Kepala Dinas Kabupaten X with his name before the verb',
     None,
     'SRAGEN - Kepala Dinas Perhubungan Kabupaten Sragen Aris Wahyudi memberikan penghargaan kepada Satlantas Polres '
     'Sragen atas penertiban parkir liar di kawasan Pasar Bunder, Rabu (11/9/2024).',
     '2024-09-12', 'received', [
      (['Satlantas Polres Sragen'], None, 'regional_government', 'Dinas Perhubungan Kabupaten Sragen', None,
       '2024-09-11', None, 'penghargaan penertiban parkir liar'),
     ]),
    ('Kasatpol PP Provinsi X gives',
     None,
     'SURABAYA - Kasatpol PP Provinsi Jawa Timur Budi Santosa menyerahkan piagam penghargaan kepada Ditsamapta Polda '
     'Jawa Timur atas dukungan patroli gabungan selama Ramadan, Senin (15/4/2024).',
     '2024-04-16', 'received', [
      (['Ditsamapta Polda Jawa Timur'], None, 'regional_government', 'Satpol PP Provinsi Jawa Timur', None,
       '2024-04-15', None, 'piagam penghargaan dukungan patroli gabungan'),
     ]),
    ('Kepala Kantor Imigrasi gives, his name and degree after',
     None,
     'BATAM - Kepala Kantor Imigrasi Kelas I Khusus Batam Hajar Aswad, S.H. memberikan penghargaan kepada Polresta '
     'Barelang atas penangkapan warga asing yang melebihi izin tinggal, Kamis (24/10/2024). Penghargaan diterima '
     'Wakapolresta Barelang AKBP Dwi Hartono.',
     '2024-10-25', 'received', [
      (['Polresta Barelang'], 'Dwi Hartono', 'ministry', 'Kantor Imigrasi Kelas I Khusus Batam', None, '2024-10-24',
       None, 'penghargaan penangkapan warga asing yang melebihi izin tinggal'),
     ]),
    ('Kalapas with a Dr. name and a Polres taker with S.I.K., M.Si.',
     None,
     'CILACAP - Kalapas Kelas I Batu Nusakambangan Dr. Irfan Hidayat menyerahkan penghargaan kepada Polresta '
     'Cilacap atas pengamanan eksekusi terpidana, Jumat (19/7/2024). Penghargaan diterima Kapolresta Cilacap Kombes '
     'Pol Fannky Ani Sugiharto, S.I.K., M.Si. di Nusakambangan.',
     '2024-07-20', 'received', [
      (['Polresta Cilacap'], 'Fannky Ani Sugiharto', 'ministry', 'Lapas Kelas I Batu Nusakambangan', None,
       '2024-07-19', None, 'penghargaan pengamanan eksekusi terpidana'),
     ]),
    ('Tim Resmob of a Polresta with its Satreskrim named: the team of that Satuan',
     None,
     'PALEMBANG - Tim Resmob Satreskrim Polrestabes Palembang menerima penghargaan dari Wali Kota Palembang atas '
     'penangkapan komplotan jambret di Jembatan Ampera, Selasa (5/11/2024).',
     '2024-11-06', 'received', [
      (['Tim Resmob Satreskrim Polrestabes Palembang'], None, 'regional_government', 'Wali Kota Palembang', None,
       '2024-11-05', None, 'penghargaan penangkapan komplotan jambret'),
     ]),
    ('nilai indeks with predikat A from a Kanwil DJPb',
     None,
     'GORONTALO - Polda Gorontalo meraih nilai indeks 95,4 dengan predikat A (Sangat Baik) dalam Indikator Kinerja '
     'Pelaksanaan Anggaran (IKPA) semester I tahun 2024 dari Kanwil DJPb Provinsi Gorontalo. Penghargaan diterima '
     'Karo Rena Polda Gorontalo Kombes Pol Suryadi, Rabu (31/7/2024).',
     '2024-08-01', 'received', [
      (['Polda Gorontalo'], 'Suryadi', 'ministry', 'Kanwil DJPb Provinsi Gorontalo', 2024, '2024-07-31', None,
       'nilai indeks 95,4 predikat A (Sangat Baik) IKPA semester I tahun 2024'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    CONSTRUCTIONS_LEFT + CONSTRUCTIONS_LEFT_2 + CONSTRUCTIONS_LEFT_3,
    ids=[r[0] for r in CONSTRUCTIONS_LEFT + CONSTRUCTIONS_LEFT_2 + CONSTRUCTIONS_LEFT_3],
)
def test_constructions_seen_failing(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    taken = []
    for units, officer, kind, giver, year, event_day, placement, name in awards if got is not None else []:
        award = award_for(got, units, placement, taken)
        check_fields(award, officer, kind, giver, year, event_day)
        assert shares_words(name, award["title"]), award["title"]
