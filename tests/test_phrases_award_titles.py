"""Phrase table of award titles: passages in the wording of regional outlets, each award's title as the story names
it (a long predikat, "penghargaan sebagai ...", a contest's placing, a kategori inside a named award, an award named
after the giver's event, records, decorations, a KPLB, pin emas, trophies, a title said in the headline, in a later
sentence or in a quote, several awards of one story), with the award's other fields. Written apart from the stories
of the evaluation set, with invented people in real regions.
"""

import pytest

from pipelines.award_titles import title_of
from pipelines.units import canonical_unit_name
from tests.phrase_checks import awards_of_passage, check_fields
from tools.eval_awards import shares_words

# -- titles however a story words them --------------------------------------------------------------------------------
TITLES_BREADTH = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day, title)
    # of each award, in the story's order
    ('zona hijau predikat kualitas tertinggi, ditetapkan masuk',
     None,
     'PURBALINGGA - Polres Purbalingga kembali ditetapkan masuk Zona Hijau dengan predikat Kualitas '
     'Tertinggi dalam Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2024 oleh Ombudsman RI '
     'Perwakilan Jawa Tengah. Sertifikat diserahkan Kepala Ombudsman Jateng kepada Kapolres Purbalingga '
     'AKBP Dwi Handoko di Semarang, Kamis (12/12/2024).',
     '2024-12-13', 'received', [
      (['Polres Purbalingga'], 'Dwi Handoko', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Tengah', 2024, '2024-12-12',
       'Zona Hijau predikat Kualitas Tertinggi Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2024'),
     ]),
    ('penghargaan sebagai Polres terbaik I of an operation',
     None,
     'NEGARA - Polres Jembrana menerima penghargaan sebagai Polres terbaik I dalam pelaksanaan Operasi '
     'Ketupat Agung 2024 dari Kapolda Bali Irjen Pol Made Wirawan. Penghargaan diserahkan dalam apel di '
     'Lapangan Mapolda Bali, Senin (6/5/2024), dan diterima Kapolres Jembrana AKBP Ketut Sudarma.',
     '2024-05-07', 'received', [
      (['Polres Jembrana'], 'Ketut Sudarma', 'kapolda', 'Kapolda Bali', 2024, '2024-05-06',
       'Polres terbaik I pelaksanaan Operasi Ketupat Agung 2024'),
     ]),
    ('menyabet Juara I Lomba of a Polda, the Wakapolda hands over',
     'Satlantas Polres Klaten Sabet Juara I Lomba Polantas Menyapa',
     'KLATEN - Satlantas Polres Klaten berhasil menyabet Juara I Lomba Polantas Menyapa tingkat Polda Jawa'
     ' Tengah tahun 2024. Trofi dan piagam diserahkan Wakapolda Jawa Tengah Brigjen Pol Agus Santoso '
     'kepada Kasat Lantas Polres Klaten AKP Rina Wulandari di Semarang, Rabu (17/7/2024).',
     '2024-07-18', 'received', [
      (['Satlantas Polres Klaten'], 'Rina Wulandari', 'kapolda', 'Polda Jawa Tengah', 2024, '2024-07-17',
       'Juara I Lomba Polantas Menyapa tingkat Polda Jawa Tengah tahun 2024'),
     ]),
    ('a kategori and predikat inside a named Anugerah',
     'Polda Riau Raih Predikat Informatif',
     'PEKANBARU - Polda Riau meraih predikat Informatif pada Anugerah Keterbukaan Informasi Publik 2024 '
     'kategori Instansi Vertikal yang digelar Komisi Informasi Provinsi Riau. Penghargaan diterima '
     'Wakapolda Riau Brigjen Pol Hasan Basri di Pekanbaru, Selasa (17/12/2024).',
     '2024-12-18', 'received', [
      (['Polda Riau'], 'Hasan Basri', 'other', 'Komisi Informasi Provinsi Riau', 2024, '2024-12-17',
       'predikat Informatif Anugerah Keterbukaan Informasi Publik 2024 kategori Instansi Vertikal'),
     ]),
    ('Kompolnas Award with a kategori, diganjar',
     None,
     'JAKARTA - Polresta Pati diganjar Kompolnas Award 2024 untuk kategori pelayanan SPKT terbaik. '
     'Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolresta Pati Kombes Pol Arif Budiman di '
     'Jakarta, Jumat (20/12/2024).',
     '2024-12-21', 'received', [
      (['Polresta Pati'], 'Arif Budiman', 'kompolnas', 'Kompolnas', 2024, '2024-12-20',
       'Kompolnas Award 2024 kategori pelayanan SPKT terbaik'),
     ]),
    ('rekor MURI for a mass event, the certificate handed over',
     'Senam Bhayangkara Polres Magelang Kota Pecahkan Rekor MURI',
     'MAGELANG - Polres Magelang Kota mencatatkan rekor MURI senam sehat Bhayangkara dengan peserta '
     'terbanyak, yakni 12.000 orang, di Alun-alun Kota Magelang, Minggu (30/6/2024). Sertifikat rekor '
     'diserahkan perwakilan MURI, Andi Setiawan, kepada Kapolres Magelang Kota AKBP Yuli Anggraini.',
     '2024-07-01', 'received', [
      (['Polres Magelang Kota'], 'Yuli Anggraini', 'muri', 'MURI', None, '2024-06-30',
       'rekor MURI senam sehat Bhayangkara dengan peserta terbanyak'),
     ]),
    ('Tanda Kehormatan Satyalancana Wira Karya to a Kapolda',
     None,
     'KENDARI - Kapolda Sulawesi Tenggara Irjen Pol Bambang Hermanto menerima Tanda Kehormatan '
     'Satyalancana Wira Karya dari Presiden RI. Tanda kehormatan itu disematkan Gubernur Sulawesi Tenggara'
     ' dalam upacara Hari Kebangkitan Nasional di Kendari, Senin (20/5/2024).',
     '2024-05-21', 'received', [
      (['Polda Sulawesi Tenggara'], 'Bambang Hermanto', 'other', 'Presiden RI', None, '2024-05-20',
       'Tanda Kehormatan Satyalancana Wira Karya'),
     ]),
    ('KPLB for members of a Satresnarkoba, from the Kapolri through the Kapolda',
     None,
     'MEDAN - Tiga personel Satresnarkoba Polres Asahan menerima Kenaikan Pangkat Luar Biasa (KPLB) dari '
     'Kapolri atas pengungkapan 50 kilogram sabu jaringan internasional. KPLB diserahkan Kapolda Sumatera '
     'Utara Irjen Pol Hadi Susanto di Mapolda Sumut, Kamis (8/8/2024).',
     '2024-08-09', 'received', [
      (['Satresnarkoba Polres Asahan'], None, 'kapolri', 'Kapolri', None, '2024-08-08',
       'Kenaikan Pangkat Luar Biasa (KPLB) atas pengungkapan 50 kilogram sabu'),
     ]),
    ('pin emas Kapolri for a Kapolres',
     None,
     'Kapolres Lampung Selatan AKBP Yusuf Efendi menerima pin emas dari Kapolri Jenderal Pol Listyo Sigit '
     'Prabowo atas keberhasilan menggagalkan penyelundupan 40 kilogram ganja di Pelabuhan Bakauheni. Pin '
     'disematkan langsung Kapolri di Mabes Polri, Jakarta, Selasa (3/9/2024).',
     '2024-09-04', 'received', [
      (['Polres Lampung Selatan'], 'Yusuf Efendi', 'kapolri', 'Kapolri', None, '2024-09-03',
       'pin emas atas keberhasilan menggagalkan penyelundupan 40 kilogram ganja'),
     ]),
    ('trofi dan piagam sebagai Polsek terbaik from a Kapolres',
     None,
     'SUKOHARJO - Polsek Kartasura menerima trofi dan piagam sebagai Polsek terbaik se-Polres Sukoharjo. '
     'Penghargaan diserahkan Kapolres Sukoharjo AKBP Bayu Saputra kepada Kapolsek Kartasura AKP Joko '
     'Riyanto dalam apel, Senin (5/2/2024).',
     '2024-02-06', 'received', [
      (['Polsek Kartasura'], 'Joko Riyanto', 'other', 'Kapolres Sukoharjo', None, '2024-02-05',
       'Polsek terbaik se-Polres Sukoharjo'),
     ]),
    ('piagam penghargaan atas a reason, a Bupati gives',
     None,
     'SLEMAN - Bupati Sleman memberikan piagam penghargaan kepada Polresta Sleman atas dukungan dalam '
     'percepatan penurunan angka stunting. Piagam diterima Wakapolresta Sleman AKBP Tri Wahyudi di Pendopo'
     ' Parasamya, Rabu (14/8/2024).',
     '2024-08-15', 'received', [
      (['Polresta Sleman'], 'Tri Wahyudi', 'regional_government', 'Bupati Sleman', None, '2024-08-14',
       'piagam penghargaan atas dukungan dalam percepatan penurunan angka stunting'),
     ]),
    ('the award named only in the headline',
     'Polres Pemalang Raih Penghargaan Pelayanan Prima dari KemenPAN-RB',
     'PEMALANG - Polres Pemalang menerima penghargaan dari Kementerian PANRB. Penghargaan diserahkan '
     'Deputi Pelayanan Publik KemenPAN-RB kepada Kapolres Pemalang AKBP Sugeng Riyadi di Jakarta, Kamis '
     '(14/11/2024). Sugeng berterima kasih kepada seluruh personel.',
     '2024-11-15', 'received', [
      (['Polres Pemalang'], 'Sugeng Riyadi', 'ministry', 'KemenPAN-RB', None, '2024-11-14',
       'Penghargaan Pelayanan Prima'),
     ]),
    ('what the award is for, said in the sentence after the handover',
     None,
     'BANDUNG - Kapolres Sumedang AKBP Indra Gunawan menerima penghargaan dari Gubernur Jawa Barat di '
     'Gedung Sate, Senin (29/4/2024). Penghargaan itu diberikan atas keberhasilan Polres Sumedang menekan '
     'angka kecelakaan lalu lintas selama arus mudik Lebaran 2024.',
     '2024-04-30', 'received', [
      (['Polres Sumedang'], 'Indra Gunawan', 'regional_government', 'Gubernur Jawa Barat', None, '2024-04-29',
       'penghargaan atas keberhasilan menekan angka kecelakaan lalu lintas selama arus mudik Lebaran 2024'),
     ]),
    ("the predikat said in the chief's quote",
     None,
     'BANTUL - "Alhamdulillah, Polres Bantul meraih predikat Badan Publik Informatif dari Komisi Informasi'
     ' DIY tahun ini," kata Kapolres Bantul AKBP Novi Hartati, Rabu (11/12/2024). Menurutnya, capaian itu '
     'berkat pembenahan layanan PPID.',
     '2024-12-12', 'received', [
      (['Polres Bantul'], None, 'other', 'Komisi Informasi DIY', None, '2024-12-11',
       'predikat Badan Publik Informatif'),
     ]),
    ('two awards of one unit, from a ministry and a Bupati',
     'Polres Gresik Borong Dua Penghargaan',
     'GRESIK - Polres Gresik meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB. Selain '
     'itu, Polres Gresik juga menerima piagam penghargaan dari Bupati Gresik atas pengamanan Pilkada '
     'serentak 2024. Kapolres Gresik AKBP Rudi Hartono mengatakan kedua penghargaan itu menjadi motivasi.',
     '2024-12-20', 'received', [
      (['Polres Gresik'], None, 'zona_integritas_wbk', 'KemenPAN-RB', None, None,
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
      (['Polres Gresik'], None, 'regional_government', 'Bupati Gresik', None, None,
       'piagam penghargaan atas pengamanan Pilkada serentak 2024'),
     ]),
    ('Hoegeng Awards kategori, terpilih menjadi',
     None,
     'Bripka Sahat Marpaung, Bhabinkamtibmas Polsek Lintongnihuta, terpilih menjadi penerima Hoegeng '
     'Awards 2024 kategori Polisi Tapal Batas. Penghargaan diterima Sahat di Jakarta, Rabu (10/7/2024).',
     '2024-07-11', 'received', [
      (['Polsek Lintongnihuta'], 'Sahat Marpaung', 'other', None, 2024, '2024-07-10',
       'Hoegeng Awards 2024 kategori Polisi Tapal Batas'),
     ]),
    ('juara II Lomba Kampung Tangguh of a Polres, keluar sebagai',
     None,
     'TRENGGALEK - Polsek Panggul keluar sebagai juara II Lomba Kampung Tangguh Semeru tingkat Polres '
     'Trenggalek. Hadiah diserahkan Kapolres Trenggalek AKBP Gatot Wibowo kepada Kapolsek Panggul Iptu '
     'Suparno, Selasa (9/7/2024).',
     '2024-07-10', 'received', [
      (['Polsek Panggul'], 'Suparno', 'other', 'Kapolres Trenggalek', None, '2024-07-09',
       'juara II Lomba Kampung Tangguh Semeru tingkat Polres Trenggalek'),
     ]),
    ('penghargaan sebagai satker with an IKPA value, from a KPPN',
     None,
     'PANGKALAN BUN - Polres Kotawaringin Barat menerima penghargaan sebagai satuan kerja dengan nilai '
     'Indikator Kinerja Pelaksanaan Anggaran (IKPA) terbaik semester I tahun 2024 dari KPPN Pangkalan Bun.'
     ' Penghargaan diterima Kabag Ren Kompol Heri Susanto, Senin (22/7/2024).',
     '2024-07-23', 'received', [
      (['Polres Kotawaringin Barat'], 'Heri Susanto', 'ministry', 'KPPN Pangkalan Bun', 2024, '2024-07-22',
       'penghargaan sebagai satuan kerja dengan nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) terbaik '
       'semester I tahun 2024'),
     ]),
    ('KPU gives for securing an election',
     None,
     'GARUT - KPU Kabupaten Garut memberikan penghargaan kepada Polres Garut atas pengamanan Pilkada '
     'serentak 2024 yang berjalan aman dan damai. Penghargaan diterima Kapolres Garut AKBP Rohman Yonky di'
     ' Garut, Kamis (19/12/2024).',
     '2024-12-20', 'received', [
      (['Polres Garut'], 'Rohman Yonky', 'other', 'KPU Kabupaten Garut', None, '2024-12-19',
       'penghargaan atas pengamanan Pilkada serentak 2024'),
     ]),
    ("a Kapolda's award, the deed said in the next sentence with dinilai",
     None,
     'PONTIANAK - Kapolda Kalimantan Barat Irjen Pol Andi Rahman memberikan penghargaan kepada 12 personel'
     ' Satreskrim Polresta Pontianak, Rabu (16/10/2024). Mereka dinilai berhasil mengungkap kasus '
     'pembunuhan pengusaha emas di Jalan Gajah Mada dalam waktu dua hari.',
     '2024-10-17', 'received', [
      (['Satreskrim Polresta Pontianak'], None, 'kapolda', 'Kapolda Kalimantan Barat', None, '2024-10-16',
       'penghargaan atas keberhasilan mengungkap kasus pembunuhan pengusaha emas di Jalan Gajah Mada'),
     ]),
    ("penghargaan sebagai mitra kerja terbaik from a ministry's regional office",
     None,
     'MEDAN - Kanwil Kemenkumham Sumatera Utara memberikan penghargaan kepada Polres Binjai sebagai mitra '
     'kerja terbaik dalam penanganan pelanggaran keimigrasian. Penghargaan diterima Kapolres Binjai AKBP '
     'Ferry Simanjuntak, Selasa (10/9/2024).',
     '2024-09-11', 'received', [
      (['Polres Binjai'], 'Ferry Simanjuntak', 'ministry', 'Kanwil Kemenkumham Sumatera Utara', None, '2024-09-10',
       'penghargaan sebagai mitra kerja terbaik dalam penanganan pelanggaran keimigrasian'),
     ]),
    ("a newspaper's award with a kategori",
     None,
     'PURWOKERTO - Polres Banyumas meraih Radar Banyumas Award 2024 kategori Instansi Paling Responsif. '
     'Penghargaan diterima Kapolres Banyumas AKBP Ari Wibowo di Purwokerto, Sabtu (23/11/2024).',
     '2024-11-24', 'received', [
      (['Polres Banyumas'], 'Ari Wibowo', 'media', 'Radar Banyumas', 2024, '2024-11-23',
       'Radar Banyumas Award 2024 kategori Instansi Paling Responsif'),
     ]),
    ('the placing said only in the headline',
     'Polsek Ubud Sabet Juara I Lomba Desa Wisata Aman',
     'GIANYAR - Polsek Ubud meraih penghargaan dalam lomba yang digelar Polres Gianyar. Trofi diserahkan '
     'Kapolres Gianyar AKBP Wayan Sukadana kepada Kapolsek Ubud Kompol Nyoman Arta di Mapolres Gianyar, '
     'Senin (9/9/2024).',
     '2024-09-10', 'received', [
      (['Polsek Ubud'], 'Nyoman Arta', 'other', 'Kapolres Gianyar', None, '2024-09-09',
       'Juara I Lomba Desa Wisata Aman'),
     ]),
    ("the award named in the giver's quote",
     None,
     'MATARAM - Gubernur Nusa Tenggara Barat menyerahkan penghargaan kepada Polda NTB di Mataram, Kamis '
     '(15/8/2024). "Penghargaan Adhi Bhakti Praja ini kami berikan atas sinergi Polda NTB menjaga '
     'stabilitas daerah," ujar Gubernur.',
     '2024-08-16', 'received', [
      (['Polda Nusa Tenggara Barat'], None, 'regional_government', 'Gubernur Nusa Tenggara Barat', None, '2024-08-15',
       'Penghargaan Adhi Bhakti Praja'),
     ]),
    ('tanda kehormatan Bintang Bhayangkara to a Kapolda',
     None,
     'JAMBI - Kapolda Jambi Irjen Pol Rusdi Hartono menerima tanda kehormatan Bintang Bhayangkara Nararya '
     'dari Presiden RI. Penyematan dilakukan di Istana Negara, Jakarta, Rabu (14/8/2024).',
     '2024-08-15', 'received', [
      (['Polda Jambi'], 'Rusdi Hartono', 'other', 'Presiden RI', None, '2024-08-14',
       'tanda kehormatan Bintang Bhayangkara Nararya'),
     ]),
    ("a foreign police force's award for cooperation",
     None,
     'TARAKAN - Ditresnarkoba Polda Kalimantan Utara menerima penghargaan dari Polis Diraja Malaysia '
     '(PDRM) atas kerja sama pengungkapan jaringan sabu lintas negara. Penghargaan diterima Dirresnarkoba '
     'Kombes Pol Hendra Gunawan, Senin (2/12/2024).',
     '2024-12-03', 'received', [
      (['Ditresnarkoba Polda Kalimantan Utara'], 'Hendra Gunawan', 'other', 'Polis Diraja Malaysia', None, '2024-12-02',
       'penghargaan atas kerja sama pengungkapan jaringan sabu lintas negara'),
     ]),
    ("a university's award with a kategori, menganugerahkan",
     None,
     'PADANG - Universitas Andalas menganugerahkan Andalas Award 2024 kategori Mitra Strategis kepada '
     'Polda Sumatera Barat. Penghargaan diterima Kapolda Sumbar Irjen Pol Suharyono di Kampus Limau Manis,'
     ' Kamis (5/9/2024).',
     '2024-09-06', 'received', [
      (['Polda Sumatera Barat'], 'Suharyono', 'other', 'Universitas Andalas', 2024, '2024-09-05',
       'Andalas Award 2024 kategori Mitra Strategis'),
     ]),
    ('Baznas Award sebagai, the best collector',
     None,
     'CIBINONG - Baznas Kabupaten Bogor menganugerahkan Baznas Award kepada Polres Bogor sebagai instansi '
     'pengumpul zakat terbaik. Penghargaan diterima Wakapolres Bogor Kompol Dedi Supriadi, Selasa '
     '(28/5/2024).',
     '2024-05-29', 'received', [
      (['Polres Bogor'], 'Dedi Supriadi', 'other', 'Baznas Kabupaten Bogor', None, '2024-05-28',
       'Baznas Award instansi pengumpul zakat terbaik'),
     ]),
    ('two Polres share an award named in a later sentence, berupa',
     None,
     'SEMARANG - Polres Tegal dan Polres Tegal Kota menerima penghargaan dari Pemerintah Provinsi Jawa '
     'Tengah, Selasa (13/8/2024). Penghargaan itu berupa Anugerah Satya Praja Bhakti untuk kategori '
     'pengamanan wilayah.',
     '2024-08-14', 'received', [
      (['Polres Tegal', 'Polres Tegal Kota'], None, 'regional_government', 'Pemerintah Provinsi Jawa Tengah', None, '2024-08-13',
       'Anugerah Satya Praja Bhakti kategori pengamanan wilayah'),
     ]),
    ('Polsek terbaik of a named semester from a Kapolres',
     None,
     'KUDUS - Kapolres Kudus AKBP Ronny Wijaya memberikan penghargaan kepada Polsek Jati sebagai Polsek '
     'terbaik dalam penanganan kasus curanmor semester I 2024. Penghargaan diterima Kapolsek Jati AKP '
     'Slamet Widodo, Senin (15/7/2024).',
     '2024-07-16', 'received', [
      (['Polsek Jati'], 'Slamet Widodo', 'other', 'Kapolres Kudus', 2024, '2024-07-15',
       'penghargaan sebagai Polsek terbaik dalam penanganan kasus curanmor semester I 2024'),
     ]),
    ('Kompolnas gives penghargaan sebagai',
     None,
     'JAKARTA - Kompolnas memberikan penghargaan kepada Polres Sleman sebagai Polres dengan pengelolaan '
     'pengaduan masyarakat terbaik. Penghargaan diterima Kapolres Sleman AKBP Yuswanto Ardi di Jakarta, '
     'Rabu (4/12/2024).',
     '2024-12-05', 'received', [
      (['Polres Sleman'], 'Yuswanto Ardi', 'kompolnas', 'Kompolnas', None, '2024-12-04',
       'penghargaan sebagai Polres dengan pengelolaan pengaduan masyarakat terbaik'),
     ]),
    ('three placings of one Polda contest',
     None,
     'SAMARINDA - Dalam Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024, juara I diraih '
     'Polres Paser, juara II Polres Berau, dan juara III Polresta Samarinda. Hadiah diserahkan Kapolda '
     'Kaltim di Balikpapan, Jumat (26/7/2024).',
     '2024-07-27', 'received', [
      (['Polres Paser'], None, 'kapolda', 'Kapolda Kalimantan Timur', 2024, '2024-07-26',
       'juara I Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024'),
      (['Polres Berau'], None, 'kapolda', 'Kapolda Kalimantan Timur', 2024, '2024-07-26',
       'juara II Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024'),
      (['Polresta Samarinda'], None, 'kapolda', 'Kapolda Kalimantan Timur', 2024, '2024-07-26',
       'juara III Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024'),
     ]),
    ('a DPRD gives for a drive against robbers',
     None,
     'MEDAN - DPRD Kota Medan memberikan penghargaan kepada Polrestabes Medan atas keberhasilan '
     'memberantas aksi begal. Penghargaan diserahkan Ketua DPRD Kota Medan kepada Kapolrestabes Medan '
     'Kombes Pol Teddy Marbun, Kamis (21/3/2024).',
     '2024-03-22', 'received', [
      (['Polrestabes Medan'], 'Teddy Marbun', 'regional_government', 'DPRD Kota Medan', None, '2024-03-21',
       'penghargaan atas keberhasilan memberantas aksi begal'),
     ]),
    ('a customary title from an adat council, dianugerahi gelar',
     None,
     'JAMBI - Kapolda Jambi Irjen Pol Rusdi Hartono dianugerahi gelar adat Datuk Setia Amanah Negeri oleh '
     'Lembaga Adat Melayu Jambi. Penganugerahan berlangsung di Rumah Adat Jambi, Sabtu (16/3/2024).',
     '2024-03-17', 'received', [
      (['Polda Jambi'], 'Rusdi Hartono', 'other', 'Lembaga Adat Melayu Jambi', None, '2024-03-16',
       'gelar adat Datuk Setia Amanah Negeri'),
     ]),
    ("a ministry's award to a Satreskrim, sebagai pelayanan terbaik",
     None,
     'BOGOR - Satreskrim Polres Bogor meraih penghargaan dari Kementerian Pemberdayaan Perempuan dan '
     'Perlindungan Anak sebagai unit pelayanan terbaik perlindungan perempuan dan anak. Penghargaan '
     'diterima Kasat Reskrim AKP Teguh Kumara di Jakarta, Rabu (24/7/2024).',
     '2024-07-25', 'received', [
      (['Satreskrim Polres Bogor'], 'Teguh Kumara', 'ministry', 'Kementerian PPPA', None, '2024-07-24',
       'penghargaan sebagai unit pelayanan terbaik perlindungan perempuan dan anak'),
     ]),
    ('a Polda gives pin and piagam, title named as a kind of award, diganjar',
     None,
     'SURABAYA - Dua anggota Satlantas Polrestabes Surabaya diganjar piagam penghargaan Kapolda Jawa Timur'
     ' karena menolong persalinan seorang ibu di tengah kemacetan. Piagam diserahkan Kapolda Jatim Irjen '
     'Pol Imam Sugianto di Mapolda, Selasa (2/7/2024).',
     '2024-07-03', 'received', [
      (['Satlantas Polrestabes Surabaya'], None, 'kapolda', 'Kapolda Jawa Timur', None, '2024-07-02',
       'piagam penghargaan Kapolda Jawa Timur atas menolong persalinan seorang ibu di tengah kemacetan'),
     ]),
    ('Top Inovasi selection in a headline and a text',
     None,
     'JAKARTA - Inovasi layanan SKCK online Polres Cirebon Kota masuk Top 45 Kompetisi Inovasi Pelayanan '
     'Publik (KIPP) 2024 Kementerian PANRB. Penghargaan diserahkan Menteri PANRB kepada Kapolres Cirebon '
     'Kota AKBP Eko Sutrisno di Jakarta, Jumat (4/10/2024).',
     '2024-10-05', 'received', [
      (['Polres Cirebon Kota'], 'Eko Sutrisno', 'ministry', 'KemenPAN-RB', 2024, '2024-10-04',
       'Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2024'),
     ]),
    ('Paritrana-style award of a company with a kategori, passive',
     None,
     'SERANG - Penghargaan Mitra Keselamatan Terbaik 2024 kategori instansi pemerintah diberikan PT Jasa '
     'Raharja kepada Ditlantas Polda Banten. Penghargaan diterima Dirlantas Polda Banten Kombes Pol '
     'Leganek Mawardi, Rabu (18/12/2024).',
     '2024-12-19', 'received', [
      (['Ditlantas Polda Banten'], 'Leganek Mawardi', 'other', 'PT Jasa Raharja', 2024, '2024-12-18',
       'Penghargaan Mitra Keselamatan Terbaik 2024 kategori instansi pemerintah'),
     ]),
    ('a named award kepada the unit, then sebagai its class',
     None,
     'KENDAL - Bupati Kendal menyerahkan Anugerah Kendal Beradat kepada Polres Kendal sebagai instansi '
     'vertikal paling responsif terhadap aduan warga. Penghargaan diterima Kapolres Kendal AKBP Andi '
     'Wijaya di Pendopo Kabupaten Kendal, Rabu (28/8/2024).',
     '2024-08-29', 'received', [
      (['Polres Kendal'], 'Andi Wijaya', 'regional_government', 'Bupati Kendal', None, '2024-08-28',
       'Anugerah Kendal Beradat sebagai instansi vertikal paling responsif'),
     ]),
    ("a newspaper's Award dari the paper, sebagai terbaik",
     None,
     'PALEMBANG - Polda Sumatera Selatan meraih Sripo Award 2024 dari harian Sriwijaya Post sebagai '
     'institusi penegak hukum terbaik. Penghargaan diterima Wakapolda Sumsel Brigjen Pol Rudi Setiawan di '
     'Palembang, Jumat (29/11/2024).',
     '2024-11-30', 'received', [
      (['Polda Sumatera Selatan'], 'Rudi Setiawan', 'media', 'Sriwijaya Post', 2024, '2024-11-29',
       'Sripo Award 2024 sebagai institusi penegak hukum terbaik'),
     ]),
    ("a Kapolrestabes's award, keduanya dianggap sukses in the next sentence",
     None,
     'SEMARANG - Kapolrestabes Semarang Kombes Pol Budi Santoso memberikan penghargaan kepada dua anggota '
     'Satreskrim Polrestabes Semarang, Senin (4/3/2024). Keduanya dianggap sukses membongkar sindikat '
     'pencurian kendaraan bermotor lintas provinsi.',
     '2024-03-05', 'received', [
      (['Satreskrim Polrestabes Semarang'], None, 'other', 'Kapolrestabes Semarang', None, '2024-03-04',
       'penghargaan atas keberhasilan membongkar sindikat pencurian kendaraan bermotor lintas provinsi'),
     ]),
    ("a Wali Kota's award, the Polsek dinilai mampu in the next sentence",
     None,
     'SEMARANG - Polsek Tembalang menerima penghargaan dari Wali Kota Semarang, Kamis (7/3/2024). Polsek '
     'itu dinilai mampu menghadirkan pelayanan yang humanis kepada warga.',
     '2024-03-08', 'received', [
      (['Polsek Tembalang'], None, 'regional_government', 'Wali Kota Semarang', None, '2024-03-07',
       'penghargaan karena dinilai mampu menghadirkan pelayanan yang humanis'),
     ]),
    ('penghargaan di ajang, the placing said in the headline',
     'Satlantas Polres Bantaeng Juara II Lomba Tertib Lalu Lintas Pelajar',
     'BANTAENG - Satlantas Polres Bantaeng meraih penghargaan di ajang yang digelar Ditlantas Polda '
     'Sulawesi Selatan. Piala diserahkan Dirlantas Polda Sulsel kepada Kasat Lantas Polres Bantaeng AKP '
     'Irwan Saleh di Makassar, Selasa (15/10/2024).',
     '2024-10-16', 'received', [
      (['Satlantas Polres Bantaeng'], 'Irwan Saleh', 'kapolda', 'Ditlantas Polda Sulawesi Selatan', None, '2024-10-15',
       'Juara II Lomba Tertib Lalu Lintas Pelajar'),
     ]),
    ('meraih Zona Hijau with a score in a named assessment year',
     None,
     'BANJARNEGARA - Polres Banjarnegara meraih Zona Hijau Ombudsman RI dengan nilai 95,2 dalam Penilaian '
     'Kepatuhan Standar Pelayanan Publik tahun 2023. Piagam diterima Kapolres Banjarnegara AKBP Hendri '
     'Yulianto di Semarang, Selasa (30/1/2024).',
     '2024-01-31', 'received', [
      (['Polres Banjarnegara'], 'Hendri Yulianto', 'ombudsman_compliance', 'Ombudsman RI', 2023, '2024-01-30',
       'Zona Hijau Penilaian Kepatuhan Standar Pelayanan Publik tahun 2023'),
     ]),
    ('piagam dari a provincial Dinas atas partisipasi',
     None,
     'JAMBI - Satlantas Polresta Jambi menerima piagam penghargaan dari Dinas Perhubungan Provinsi Jambi '
     'atas partisipasi dalam kampanye keselamatan berlalu lintas. Piagam diterima Kasat Lantas Kompol Roni'
     ' Saputra, Senin (16/9/2024).',
     '2024-09-17', 'received', [
      (['Satlantas Polresta Jambi'], 'Roni Saputra', 'regional_government', 'Dinas Perhubungan Provinsi Jambi', None, '2024-09-16',
       'piagam penghargaan atas partisipasi dalam kampanye keselamatan berlalu lintas'),
     ]),
    ("what the award is for said in the giver's quote",
     None,
     'BANDA ACEH - Kepala BNNP Aceh menyerahkan penghargaan kepada Ditresnarkoba Polda Aceh, Rabu '
     '(26/6/2024). "Penghargaan ini atas komitmen Ditresnarkoba dalam pemberantasan peredaran narkoba di '
     'Aceh," kata Kepala BNNP Aceh.',
     '2024-06-27', 'received', [
      (['Ditresnarkoba Polda Aceh'], None, 'ministry', 'BNNP Aceh', None, '2024-06-26',
       'penghargaan atas komitmen dalam pemberantasan peredaran narkoba di Aceh'),
     ]),
    ('keluar sebagai juara umum of a Polda contest',
     None,
     'LHOKSEUMAWE - Polres Lhokseumawe keluar sebagai juara umum Lomba Kampung Bebas Narkoba tingkat Polda'
     ' Aceh 2024. Piala diserahkan Kapolda Aceh kepada Kapolres Lhokseumawe AKBP Henki Ismanto di Banda '
     'Aceh, Jumat (23/8/2024).',
     '2024-08-24', 'received', [
      (['Polres Lhokseumawe'], 'Henki Ismanto', 'kapolda', 'Kapolda Aceh', 2024, '2024-08-23',
       'juara umum Lomba Kampung Bebas Narkoba tingkat Polda Aceh 2024'),
     ]),
    ('penghargaan sebagai Satker Terbaik of a named year from a state office',
     None,
     'JEMBER - Polres Jember menerima penghargaan sebagai Satker Terbaik Pengelolaan Barang Milik Negara '
     '(BMN) Tahun 2023 dari KPKNL Jember. Penghargaan diterima Kabag Log Polres Jember Kompol Sugiarto, '
     'Kamis (22/2/2024).',
     '2024-02-23', 'received', [
      (['Polres Jember'], 'Sugiarto', 'ministry', 'KPKNL Jember', 2023, '2024-02-22',
       'Satker Terbaik Pengelolaan Barang Milik Negara (BMN) Tahun 2023'),
     ]),
    ('two units, two givers, sementara itu',
     None,
     'MAKASSAR - Dalam upacara HUT Bhayangkara ke-78 di Makassar, Senin (1/7/2024), Polres Gowa menerima '
     'penghargaan dari Kapolda Sulsel sebagai Polres terbaik dalam pelayanan publik. Sementara itu, '
     'Gubernur Sulawesi Selatan memberikan piagam penghargaan kepada Polres Maros atas pengamanan arus '
     'mudik Lebaran.',
     '2024-07-02', 'received', [
      (['Polres Gowa'], None, 'kapolda', 'Kapolda Sulawesi Selatan', None, '2024-07-01',
       'penghargaan sebagai Polres terbaik dalam pelayanan publik'),
      (['Polres Maros'], None, 'regional_government', 'Gubernur Sulawesi Selatan', None, '2024-07-01',
       'piagam penghargaan atas pengamanan arus mudik Lebaran'),
     ]),
    ("Satyalancana Pengabdian of several terms to a Polres's members",
     None,
     'KARANGANYAR - Sebanyak 120 personel Polres Karanganyar menerima tanda kehormatan dari Presiden RI '
     'berupa Satyalancana Pengabdian 8, 16 dan 24 tahun dalam upacara HUT Bhayangkara, Senin (1/7/2024).',
     '2024-07-02', 'received', [
      (['Polres Karanganyar'], None, 'other', 'Presiden RI', None, '2024-07-01',
       'Satyalancana Pengabdian 8, 16 dan 24 tahun'),
     ]),
    ("piala bergilir of a Kapolres, a Polsek's contest of a year",
     None,
     'GUNUNGKIDUL - Polsek Wonosari membawa pulang piala bergilir Kapolres Gunungkidul sebagai Polsek '
     'terbaik dalam Lomba Siskamling 2024. Piala diserahkan Kapolres Gunungkidul AKBP Agus Widodo kepada '
     'Kapolsek Wonosari AKP Budi Raharjo, Rabu (18/9/2024).',
     '2024-09-19', 'received', [
      (['Polsek Wonosari'], 'Budi Raharjo', 'other', 'Kapolres Gunungkidul', 2024, '2024-09-18',
       'piala bergilir Kapolres Gunungkidul Polsek terbaik Lomba Siskamling 2024'),
     ]),
    ('the predikat in the headline, the named night in the body',
     'Polres Bima Kota Raih Predikat Menuju Informatif',
     'MATARAM - Polres Bima Kota menerima penghargaan dari Komisi Informasi Provinsi NTB dalam Anugerah '
     'Keterbukaan Informasi Publik 2024 di Mataram, Kamis (19/12/2024).',
     '2024-12-20', 'received', [
      (['Polres Bima Kota'], None, 'other', 'Komisi Informasi Provinsi NTB', 2024, '2024-12-19',
       'predikat Menuju Informatif Anugerah Keterbukaan Informasi Publik 2024'),
     ]),
    ('adapun penghargaan yang diterima yakni, a company gives',
     None,
     'BANDUNG - Ditreskrimsus Polda Jawa Barat menerima penghargaan dari PT PLN UID Jawa Barat, Selasa '
     '(5/11/2024). Adapun penghargaan yang diterima yakni penghargaan atas pengungkapan kasus pencurian '
     'kabel listrik.',
     '2024-11-06', 'received', [
      (['Ditreskrimsus Polda Jawa Barat'], None, 'other', 'PT PLN UID Jawa Barat', None, '2024-11-05',
       'penghargaan atas pengungkapan kasus pencurian kabel listrik'),
     ]),
    ("a MURI record said in the chief's quote, the piagam handed over",
     None,
     'TULUNGAGUNG - "Kami bangga Polres Tulungagung tercatat di MURI atas pembuatan tumpeng ketupat '
     'terbesar," ujar Kapolres Tulungagung AKBP Teguh Priyono. Piagam MURI diserahkan kepada Polres '
     'Tulungagung, Sabtu (13/4/2024).',
     '2024-04-15', 'received', [
      (['Polres Tulungagung'], None, 'muri', 'MURI', None, '2024-04-13',
       'rekor MURI pembuatan tumpeng ketupat terbesar'),
     ]),
    ('a posthumous KPLB from the Kapolri',
     None,
     'TIMIKA - Bripda Andi Saputra, anggota Polres Intan Jaya yang gugur dalam kontak tembak dengan KKB, '
     'mendapat kenaikan pangkat luar biasa anumerta dari Kapolri. Keputusan itu dibacakan dalam upacara '
     'pemakaman di Timika, Kamis (11/4/2024).',
     '2024-04-12', 'received', [
      (['Polres Intan Jaya'], 'Andi Saputra', 'kapolri', 'Kapolri', None, '2024-04-11',
       'kenaikan pangkat luar biasa anumerta'),
     ]),
    ('a placing of a named regional award with untuk kategori',
     None,
     'BANDAR LAMPUNG - Polresta Bandar Lampung meraih peringkat kedua Lampung Public Service Award 2024 '
     'untuk kategori instansi vertikal yang digelar Pemprov Lampung. Penghargaan diterima Kapolresta '
     'Bandar Lampung Kombes Pol Abdul Waras, Kamis (21/11/2024).',
     '2024-11-22', 'received', [
      (['Polresta Bandar Lampung'], 'Abdul Waras', 'regional_government', 'Pemprov Lampung', 2024, '2024-11-21',
       'peringkat kedua Lampung Public Service Award 2024 kategori instansi vertikal'),
     ]),
    ("a Kapolda's piagam with a reason, piagam juga diberikan to citizens",
     None,
     'PEKANBARU - Kapolda Riau menyerahkan piagam penghargaan kepada Satreskrim Polres Kampar atas '
     'pengungkapan kasus pembunuhan berencana, Kamis (10/10/2024). Piagam juga diberikan kepada tiga warga'
     ' yang membantu polisi menangkap pelaku.',
     '2024-10-11', 'received', [
      (['Satreskrim Polres Kampar'], None, 'kapolda', 'Kapolda Riau', None, '2024-10-10',
       'piagam penghargaan atas pengungkapan kasus pembunuhan berencana'),
     ]),
    ('the headline names the award more fully than the body',
     'Polres Sampang Raih Penghargaan Pelayanan Publik Terbaik Kategori A',
     'SAMPANG - Polres Sampang meraih penghargaan pelayanan publik dari KemenPAN-RB. Penghargaan '
     'diserahkan di Jakarta, Rabu (11/12/2024), dan diterima Kapolres Sampang AKBP Hendro Sukmono.',
     '2024-12-12', 'received', [
      (['Polres Sampang'], 'Hendro Sukmono', 'ministry', 'KemenPAN-RB', None, '2024-12-11',
       'Penghargaan Pelayanan Publik Terbaik Kategori A'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", TITLES_BREADTH, ids=[row[0] for row in TITLES_BREADTH]
)
def test_titles_however_worded(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for (units, officer, kind, giver, year, event_day, name), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        check_fields(award, officer, kind, giver, year, event_day)
        assert shares_words(name, award["title"]), award["title"]


# -- an award to citizens told beside the unit's bare award: the citizens' reason is not the unit's title ----------
CITIZENS_BESIDE = [
    # construction, story, publication day, the unit's award's title (exactly)
    ("a Kapolres gives citizens a piagam, then the unit receives from the Bupati",
     "BOYOLALI - Kapolres Boyolali AKBP Hendra Kusuma memberikan piagam penghargaan kepada dua warga yang membantu "
     "menangkap pelaku pencurian sapi di Desa Mojosongo. Pada kesempatan yang sama, Polres Boyolali menerima "
     "penghargaan dari Bupati Boyolali, Jumat (7/6/2024).",
     "2024-06-08", "penghargaan Bupati Boyolali"),
    ("piagam bagi pelajar, then the Wali Kota's award to the Polresta",
     "MAGELANG - Polresta Magelang menyerahkan piagam penghargaan bagi tiga pelajar yang menemukan dan mengembalikan "
     "dompet berisi uang Rp 15 juta kepada pemiliknya. Dalam acara yang sama, Polresta Magelang menerima penghargaan "
     "dari Wali Kota Magelang, Senin (22/1/2024).",
     "2024-01-23", "penghargaan Wali Kota Magelang"),
    ("the unit's award first, then piagam diberikan kepada relawan",
     "CIANJUR - Polres Cianjur menerima penghargaan dari Bupati Cianjur dalam upacara HUT Kabupaten Cianjur, Jumat "
     "(12/7/2024). Piagam penghargaan juga diberikan kepada lima relawan yang membantu evakuasi korban longsor di "
     "Kecamatan Cugenang.",
     "2024-07-13", "penghargaan Bupati Cianjur"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, day, title", CITIZENS_BESIDE, ids=[row[0] for row in CITIZENS_BESIDE])
def test_citizens_award_beside_is_not_the_units_title(construction, text, day, title):
    (award,) = awards_of_passage(None, text, day, "received", 1)
    assert award["title"] == title


# -- the title one sentence gives an award (compared exactly) ---------------------------------------------------------
TITLE_SENTENCES = [
    # construction, sentence, title
    ("a named award kepada its winner, then sebagai the class",
     "Baznas Kabupaten Bogor menganugerahkan Baznas Award kepada Polres Bogor sebagai instansi pengumpul zakat terbaik.",
     "Baznas Award sebagai instansi pengumpul zakat terbaik"),
    ("a named award dari its giver, then sebagai paling ...",
     "Polres Kendal menerima Anugerah Pesona Kendal dari Bupati Kendal sebagai instansi paling responsif.",
     "Anugerah Pesona Kendal sebagai instansi paling responsif"),
    ("a named award oleh its giver, then sebagai the class",
     "Polres Kendal dianugerahi Jateng Award 2024 oleh Gubernur Jawa Tengah sebagai instansi vertikal terbaik.",
     "Jateng Award 2024 sebagai instansi vertikal terbaik"),
    ("sebagai the best of a named contest",
     "Polsek Wonosari membawa pulang piala bergilir Kapolres Gunungkidul sebagai Polsek terbaik dalam Lomba "
     "Siskamling 2024.",
     "piala bergilir Kapolres Gunungkidul sebagai Polsek terbaik dalam Lomba Siskamling 2024"),
    ("sebagai the best pada ajang of a year",
     "Polres Kendal meraih Jateng Award sebagai instansi terbaik pada ajang Jateng Public Service 2024 di Semarang.",
     "Jateng Award sebagai instansi terbaik pada ajang Jateng Public Service 2024"),
    ("zona hijau with its grader and score before the assessment",
     "Polres Banjarnegara meraih Zona Hijau Ombudsman RI dengan nilai 95,2 dalam Penilaian Kepatuhan Standar Pelayanan "
     "Publik tahun 2023.",
     "Zona Hijau Ombudsman RI dalam Penilaian Kepatuhan Standar Pelayanan Publik tahun 2023 (nilai 95,2)"),
    ("zona hijau dengan predikat",
     "Polres Purbalingga kembali ditetapkan masuk Zona Hijau dengan predikat Kualitas Tertinggi dalam Penilaian "
     "Kepatuhan terhadap Standar Pelayanan Publik 2024 oleh Ombudsman RI Perwakilan Jawa Tengah.",
     "Zona Hijau dengan predikat Kualitas Tertinggi dalam Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2024"),
    ("zona hijau kepatuhan, mempertahankan",
     "Polres Blitar berhasil mempertahankan zona hijau kepatuhan pelayanan publik dari Ombudsman.",
     "zona hijau kepatuhan pelayanan publik"),
    ("Satyalancana with terms listed by commas",
     "Sebanyak 120 personel menerima Satyalancana Pengabdian 8, 16 dan 24 tahun dalam upacara HUT Bhayangkara.",
     "Satyalancana Pengabdian 8, 16 dan 24 tahun"),
    ("Satyalancana with each term said in years",
     "Puluhan personel menerima Satyalancana Pengabdian 8 tahun, 16 tahun dan 24 tahun.",
     "Satyalancana Pengabdian 8 tahun, 16 tahun dan 24 tahun"),
    ("Satyalancana of one term",
     "Sebanyak 40 personel menerima Satyalancana Pengabdian 16 tahun.",
     "Satyalancana Pengabdian 16 tahun"),
    ("tercatat di MURI atas, in a quote",
     "\"Kami bangga Polres Tulungagung tercatat di MURI atas pembuatan tumpeng ketupat terbesar,\" ujar Kapolres.",
     "rekor MURI pembuatan tumpeng ketupat terbesar"),
    ("tercatat dalam the museum's full name sebagai",
     "Polres Pati tercatat dalam Museum Rekor Dunia Indonesia (MURI) sebagai penyelenggara senam massal dengan peserta "
     "terbanyak.",
     "rekor MURI penyelenggara senam massal dengan peserta terbanyak"),
    ("masuk MURI untuk",
     "Polres Pati masuk MURI untuk pembagian bendera merah putih terbanyak.",
     "rekor MURI pembagian bendera merah putih terbanyak"),
    ("the award first, diberikan kepada a class of its people",
     "Penghargaan diberikan kepada enam Polwan berdedikasi.",
     "Penghargaan kepada enam Polwan berdedikasi"),
    ("piagam juga diserahkan kepada members who did a deed",
     "Piagam penghargaan juga diserahkan kepada 15 anggota Satreskrim yang berhasil mengungkap kasus curanmor.",
     "Piagam penghargaan kepada anggota Satreskrim yang berhasil mengungkap kasus curanmor"),
    ("dianugerahkan bagi the best of a class",
     "Penghargaan dianugerahkan bagi Bhabinkamtibmas terbaik se-Kabupaten Klaten.",
     "Penghargaan bagi Bhabinkamtibmas terbaik se-Kabupaten Klaten"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, title", TITLE_SENTENCES, ids=[row[0] for row in TITLE_SENTENCES])
def test_the_title_one_sentence_gives(construction, sentence, title):
    assert title_of(sentence) == title


# -- a headline that names the grade won, a body that names only the award it was won in (compared exactly) ---------
HEADLINE_GRADES = [
    # construction, headline, story, title
    ("the predikat in the headline, the awarding night in the body",
     "Polres Bima Kota Raih Predikat Menuju Informatif",
     "MATARAM - Polres Bima Kota menerima penghargaan dari Komisi Informasi Provinsi NTB dalam Anugerah Keterbukaan "
     "Informasi Publik 2024 di Mataram, Kamis (19/12/2024).",
     "Predikat Menuju Informatif Anugerah Keterbukaan Informasi Publik 2024"),
    ("the predikat in the headline, a named Award with its kategori in the body",
     "Polresta Mataram Sabet Predikat Informatif",
     "MATARAM - Polresta Mataram meraih KI NTB Award 2024 kategori instansi vertikal. Penghargaan diterima Kapolresta "
     "Mataram di Mataram, Kamis (19/12/2024).",
     "Predikat Informatif KI NTB Award 2024 kategori instansi vertikal"),
    ("the grade the body names too is not said twice",
     "Polres Kebumen Raih Predikat Zona Hijau",
     "KEBUMEN - Polres Kebumen meraih Zona Hijau dalam penilaian kepatuhan standar pelayanan publik dari Ombudsman RI, "
     "Kamis (12/12/2024).",
     "Zona Hijau dalam penilaian kepatuhan standar pelayanan publik"),
]  # fmt: skip


@pytest.mark.parametrize("construction, headline, text, title", HEADLINE_GRADES, ids=[r[0] for r in HEADLINE_GRADES])
def test_a_headlines_grade_before_the_award_the_body_names(construction, headline, text, title):
    (award,) = awards_of_passage(headline, text, "2024-12-20", "received", 1)
    assert award["title"] == title


# -- places of a contest the sentence names first ("Dalam Lomba X, juara I diraih A, juara II B"): the contest by its
# own word, each place once (compared exactly) ---------------------------------------------------------------------
CONTEST_FRONTED = [
    # construction, story, publication day, (recipient, title) of each place
    ("Dalam Lomba ... tingkat Polda, three places listed",
     "SAMARINDA - Dalam Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024, juara I diraih Polres Paser, "
     "juara II Polres Berau, dan juara III Polresta Samarinda. Hadiah diserahkan Kapolda Kaltim di Balikpapan, Jumat "
     "(26/7/2024).",
     "2024-07-27",
     [("Polres Paser", "juara I Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024"),
      ("Polres Berau", "juara II Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024"),
      ("Polresta Samarinda", "juara III Lomba Polisi Sahabat Anak tingkat Polda Kalimantan Timur 2024")]),
    ("Pada lomba ... se-Polresta, in lower case",
     "SOLO - Pada lomba kampung tangguh narkoba se-Polresta Surakarta, juara I diraih Polsek Banjarsari dan juara II "
     "Polsek Laweyan. Piala diserahkan Kapolresta Surakarta, Senin (9/9/2024).",
     "2024-09-10",
     [("Polsek Banjarsari", "juara I lomba kampung tangguh narkoba se-Polresta Surakarta"),
      ("Polsek Laweyan", "juara II lomba kampung tangguh narkoba se-Polresta Surakarta")]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, day, places", CONTEST_FRONTED, ids=[r[0] for r in CONTEST_FRONTED])
def test_places_of_a_contest_named_first(construction, text, day, places):
    got = awards_of_passage(None, text, day, "received", len(places))
    assert [(a["recipients"], a["title"]) for a in got] == [([unit], title) for unit, title in places]


# -- an officer chosen as one who receives ("terpilih menjadi penerima X"), his post between commas ----------------
CHOSEN_AS_RECEIVER = [
    # construction, story, recipient unit, officer
    ("an officer with his post, ditetapkan sebagai salah satu peraih",
     "Aipda Yohanes Lado, Bhabinkamtibmas Polsek Kota Soe, ditetapkan sebagai salah satu peraih Hoegeng Awards 2023 "
     "kategori Polisi Berdedikasi.",
     "Polsek Kota Soe", "Yohanes Lado"),
    ("a Kapolsek, terpilih menjadi penerima",
     "AKP Sahat Marpaung, Kapolsek Lintongnihuta, terpilih menjadi penerima Hoegeng Awards 2024 kategori Polisi Tapal "
     "Batas.",
     "Polsek Lintongnihuta", "Sahat Marpaung"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, unit, officer", CHOSEN_AS_RECEIVER, ids=[r[0] for r in CHOSEN_AS_RECEIVER]
)
def test_an_officer_chosen_as_one_who_receives(construction, text, unit, officer):
    (award,) = awards_of_passage(None, text, "2024-07-11", "received", 1)
    assert (award["recipients"], award["officer"]) == ([unit], officer)
