"""Phrase tables of who receives: which of the units a passage names are an award's recipients, however written."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from pipelines.classify_sentences import sentence_role
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name

# -- recipient units: short stories naming units in many forms ------------------------------------------------------
# Written apart from the real stories: a unit named only through its chief, sub-units (Satuan, a Polsek's Unit, a
# numbered Subdit, Ditpolairud, SPN, Biddokkes, a Bhayangkara hospital, Brimob battalions and a company written before its battalion), the forms of places
# (Polres Kota, Polresta, Polres Metro, Polres Pelabuhan, a regency's short name, a Polres written out with its short
# name in brackets), "jajaran Polda X", members counted with their Polsek, a unit in the headline only, officers'
# units in brackets or after "dari", lists with "serta", numbered lists after "Adapun penerimanya:", and units named
# that receive nothing (the host, the parent, the giver's unit, participants and earlier winners, a TNI unit).
# Awards are matched by their recipients, in any order; the giver as the evaluation compares it.
WHO_RECEIVES = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ('a Kapolres alone names his Polres',
     None,
     'BANTUL - Kapolres Bantul AKBP Rudi Hartanto menerima penghargaan dari Bupati Bantul atas pengamanan '
     'Pilkada 2024 yang berlangsung aman dan kondusif. Penghargaan diserahkan dalam upacara Hari Jadi '
     'Kabupaten Bantul di Lapangan Trirenggo, Jumat (20/12/2024).',
     '2024-12-21', 'received', [
      (['Polres Bantul'], 'Rudi Hartanto', 'regional_government', 'Bupati Bantul', None, '2024-12-20'),
     ]),
    ("Satreskrim of a Polres, its Kasat takes the Kapolda's piagam",
     None,
     'PATI - Satreskrim Polres Pati diganjar piagam penghargaan oleh Kapolda Jawa Tengah Irjen Pol Harun '
     'Wibisono atas keberhasilan mengungkap kasus pembunuhan berencana di Kecamatan Tayu. Piagam '
     'diserahkan kepada Kasat Reskrim AKP Danu Prasetyo di Mapolda Jateng, Senin (3/6/2024).',
     '2024-06-04', 'received', [
      (['Satreskrim Polres Pati'], 'Danu Prasetyo', 'kapolda', 'Kapolda Jawa Tengah', None, '2024-06-03'),
     ]),
    ('Unit Reskrim of a Polsek, the Kanit takes it for his men',
     None,
     'SLEMAN - Unit Reskrim Polsek Ngaglik menerima penghargaan dari Kapolresta Sleman Kombes Pol Yuswanto'
     ' Adi atas penangkapan pelaku pencurian dengan kekerasan yang meresahkan warga. Penghargaan '
     'diserahkan dalam apel pagi di Mapolresta Sleman, Kamis (14/3/2024). Kanit Reskrim Polsek Ngaglik '
     'Iptu Bagas Wicaksono mewakili anggotanya menerima piagam tersebut.',
     '2024-03-15', 'received', [
      (['Polsek Ngaglik'], 'Bagas Wicaksono', 'other', 'Kapolresta Sleman', None, '2024-03-14'),
     ]),
    ('a numbered Subdit of a directorate, its Kasubdit takes it',
     None,
     'MAKASSAR - Subdit III Ditreskrimum Polda Sulsel meraih penghargaan dari Kapolda Sulawesi Selatan '
     'atas pengungkapan jaringan pencurian kendaraan bermotor lintas provinsi. Penghargaan diserahkan pada'
     ' upacara Hari Bhayangkara ke-78 di Lapangan Karebosi, Senin (1/7/2024), dan diterima Kasubdit III '
     'AKBP Yusran Latif.',
     '2024-07-02', 'received', [
      (['Subdit III Ditreskrimum Polda Sulawesi Selatan'], 'Yusran Latif', 'kapolda', 'Kapolda Sulawesi Selatan', None, '2024-07-01'),
     ]),
    ('Ditpolairud honoured by a ministry, its director accepts',
     'Ditpolairud Polda Kepri Terima Penghargaan dari KKP',
     'BATAM - Direktorat Kepolisian Perairan dan Udara (Ditpolairud) Polda Kepulauan Riau menerima '
     'penghargaan dari Kementerian Kelautan dan Perikanan atas penindakan kapal ikan asing di perairan '
     'Natuna. Penghargaan diterima Dirpolairud Polda Kepri Kombes Pol Teguh Santoso di Jakarta, Rabu '
     '(21/8/2024).',
     '2024-08-22', 'received', [
      (['Ditpolairud Polda Kepulauan Riau'], 'Teguh Santoso', 'ministry', 'Kementerian Kelautan dan Perikanan', None, '2024-08-21'),
     ]),
    ('SPN named the best by Lemdiklat, its head accepts',
     None,
     'JAMBI - Sekolah Polisi Negara (SPN) Polda Jambi dinobatkan sebagai SPN terbaik oleh Lemdiklat Polri.'
     ' Penghargaan diserahkan Kalemdiklat Polri kepada Ka SPN Polda Jambi Kombes Pol Hendri Saragih di '
     'Jakarta, Selasa (10/9/2024).',
     '2024-09-11', 'received', [
      (['SPN Polda Jambi'], 'Hendri Saragih', 'kapolri', 'Lemdiklat Polri', None, '2024-09-10'),
     ]),
    ('Biddokkes of a Polda from a governor',
     None,
     'DENPASAR - Bidang Kedokteran dan Kesehatan (Biddokkes) Polda Bali menerima penghargaan dari Gubernur'
     ' Bali atas dukungan layanan kesehatan selama World Water Forum. Penghargaan diterima Kabiddokkes '
     'Polda Bali Kombes Pol Nyoman Arsana di Gedung Jaya Sabha, Kamis (6/6/2024).',
     '2024-06-07', 'received', [
      (['Biddokkes Polda Bali'], 'Nyoman Arsana', 'regional_government', 'Gubernur Bali', None, '2024-06-06'),
     ]),
    ("a Polda's Bhayangkara hospital from the provincial health office",
     None,
     'PONTIANAK - Rumah Sakit Bhayangkara Polda Kalimantan Barat meraih penghargaan sebagai fasilitas '
     'kesehatan rujukan terbaik dari Dinas Kesehatan Provinsi Kalimantan Barat. Penghargaan diserahkan '
     'Kepala Dinas Kesehatan kepada Karumkit Bhayangkara AKBP Sri Wahyuni di Pontianak, Jumat '
     '(15/11/2024).',
     '2024-11-16', 'received', [
      (['RS Bhayangkara Polda Kalimantan Barat'], 'Sri Wahyuni', 'regional_government', 'Dinas Kesehatan Provinsi Kalimantan Barat', None, '2024-11-15'),
     ]),
    ('a Brimob battalion from a Bupati, its commander accepts',
     None,
     'INDRALAYA - Batalyon B Pelopor Satbrimob Polda Sumsel menerima penghargaan dari Bupati Ogan Ilir '
     'atas keterlibatan personelnya memadamkan kebakaran hutan dan lahan. Penghargaan diserahkan kepada '
     'Danyon B Pelopor Kompol Arif Gunawan di Indralaya, Senin (7/10/2024).',
     '2024-10-08', 'received', [
      (['Batalyon B Pelopor Satbrimob Polda Sumatera Selatan'], 'Arif Gunawan', 'regional_government', 'Bupati Ogan Ilir', None, '2024-10-07'),
     ]),
    ("Polres Kota before a city's name",
     None,
     'PROBOLINGGO - Polres Kota Probolinggo menerima penghargaan dari Wali Kota Probolinggo atas '
     'pengamanan perayaan Natal dan Tahun Baru. Penghargaan diserahkan dalam upacara di alun-alun kota, '
     'Kamis (2/1/2025), dan diterima Kapolres AKBP Wahyu Setiadi.',
     '2025-01-03', 'received', [
      (['Polres Probolinggo Kota'], 'Wahyu Setiadi', 'regional_government', 'Wali Kota Probolinggo', None, '2025-01-02'),
     ]),
    ('a Polresta receives WBBM, its chief accepts in Jakarta',
     'Polresta Banyuwangi Sabet Predikat WBBM',
     'BANYUWANGI - Polresta Banyuwangi menyabet predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari'
     ' Kementerian PANRB. Piagam diserahkan Menteri PANRB kepada Kapolresta Banyuwangi Kombes Pol Dedy '
     'Kurniawan di Jakarta, Rabu (11/12/2024).',
     '2024-12-12', 'received', [
      (['Polresta Banyuwangi'], 'Dedy Kurniawan', 'zona_integritas_wbbm', 'KemenPAN-RB', None, '2024-12-11'),
     ]),
    ('Polres Metro honoured by a mayor',
     None,
     'JAKARTA - Wali Kota Jakarta Utara memberikan penghargaan kepada Polres Metro Jakarta Utara atas '
     'penanganan tawuran pelajar di wilayah Koja dan Cilincing. Penghargaan diterima Wakapolres Metro '
     'Jakarta Utara AKBP Hendra Gunawan di Kantor Wali Kota, Selasa (5/11/2024).',
     '2024-11-06', 'received', [
      (['Polres Metro Jakarta Utara'], 'Hendra Gunawan', 'regional_government', 'Wali Kota Jakarta Utara', None, '2024-11-05'),
     ]),
    ('Polres Pelabuhan from a port company',
     None,
     'SURABAYA - PT Pelabuhan Indonesia (Pelindo) Regional 3 memberikan penghargaan kepada Polres '
     'Pelabuhan Tanjung Perak atas pengamanan arus mudik Lebaran di Terminal Gapura Surya. Penghargaan '
     'diserahkan General Manager Pelindo kepada Kapolres Pelabuhan Tanjung Perak AKBP Yudi Prasetya, Senin'
     ' (22/4/2024).',
     '2024-04-23', 'received', [
      (['Polres Pelabuhan Tanjung Perak'], 'Yudi Prasetya', 'other', 'PT Pelabuhan Indonesia', None, '2024-04-22'),
     ]),
    ("a regency's short name after Polres",
     None,
     'TENGGARONG - Polres Kukar meraih penghargaan dari Bupati Kutai Kartanegara atas dukungan program '
     'percepatan penurunan stunting. Penghargaan diserahkan di Pendopo Odah Etam, Rabu (18/9/2024).',
     '2024-09-19', 'received', [
      (['Polres Kutai Kartanegara'], None, 'regional_government', 'Bupati Kutai Kartanegara', None, '2024-09-18'),
     ]),
    ('jajaran of a Polda from the Ombudsman',
     None,
     'PADANG - Jajaran Polda Sumbar meraih predikat kepatuhan standar pelayanan publik zona hijau dari '
     'Ombudsman RI Perwakilan Sumatera Barat dalam penilaian tahun 2024. Predikat diserahkan di Padang, '
     'Kamis (12/12/2024).',
     '2024-12-13', 'received', [
      (['Polda Sumatera Barat'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sumatera Barat', 2024, '2024-12-12'),
     ]),
    ('members counted with their Polsek',
     None,
     'MALANG - Kapolres Malang AKBP Bima Sakti memberikan penghargaan kepada lima personel yang '
     'menggagalkan peredaran sabu di wilayah utara. Mereka adalah tiga personel Polsek Singosari dan dua '
     'dari Polsek Lawang. Penghargaan diserahkan dalam apel di Mapolres Malang, Senin (9/9/2024).',
     '2024-09-10', 'received', [
      (['Polsek Singosari', 'Polsek Lawang'], None, 'other', 'Kapolres Malang', None, '2024-09-09'),
     ]),
    ('the unit in the headline only, the chief named bare',
     'Polres Lamongan Raih Penghargaan dari Pemkab Lamongan',
     'LAMONGAN - Pemerintah Kabupaten Lamongan menyerahkan penghargaan atas kontribusi menjaga kamtibmas '
     'selama tahun 2024. Penghargaan diserahkan Bupati Lamongan kepada Kapolres AKBP Galih Pratama di '
     'Pendopo Lokatantra, Jumat (27/12/2024).',
     '2024-12-28', 'received', [
      (['Polres Lamongan'], 'Galih Pratama', 'regional_government', 'Pemerintah Kabupaten Lamongan', None, '2024-12-27'),
     ]),
    ('officers with their units in brackets',
     None,
     'PEKANBARU - Kapolda Riau Irjen Pol Anwar Siregar memberikan penghargaan kepada dua personel yang '
     'menolong warga saat banjir, yakni Bripka Andi Saputra (Polres Kampar) dan Brigadir Rio Pratama '
     '(Polres Indragiri Hilir). Penghargaan diserahkan di Mapolda Riau, Selasa (14/1/2025).',
     '2025-01-15', 'received', [
      (['Polres Kampar'], 'Andi Saputra', 'kapolda', 'Kapolda Riau', None, '2025-01-14'),
      (['Polres Indragiri Hilir'], 'Rio Pratama', 'kapolda', 'Kapolda Riau', None, '2025-01-14'),
     ]),
    ("an officer's unit after dari",
     None,
     'SUKOHARJO - Aipda Sugeng Riyanto dari Polsek Kartasura menerima penghargaan dari Kapolres Sukoharjo '
     'atas aksinya menyelamatkan pengendara yang tertimpa pohon tumbang. Piagam diserahkan di Mapolres '
     'Sukoharjo, Rabu (6/11/2024).',
     '2024-11-07', 'received', [
      (['Polsek Kartasura'], 'Sugeng Riyanto', 'other', 'Kapolres Sukoharjo', None, '2024-11-06'),
     ]),
    ('personel of a Polsek, possessive',
     None,
     'MEDAN - Dua personel Polsek Pancur Batu mendapat penghargaan dari Kapolrestabes Medan Kombes Pol '
     'Tigor Nainggolan atas penangkapan begal di Jalan Jamin Ginting. Penghargaan diberikan saat apel di '
     'Mapolrestabes Medan, Jumat (8/3/2024).',
     '2024-03-09', 'received', [
      (['Polsek Pancur Batu'], None, 'other', 'Kapolrestabes Medan', None, '2024-03-08'),
     ]),
    ('three Polres in a list ended with serta',
     None,
     'BANDUNG - Kapolda Jawa Barat memberikan penghargaan kepada Polres Sumedang, Polres Majalengka serta '
     'Polres Kuningan atas keberhasilan menekan angka kecelakaan selama Operasi Ketupat Lodaya 2024. '
     'Penghargaan diserahkan di Mapolda Jabar, Senin (29/4/2024).',
     '2024-04-30', 'received', [
      (['Polres Sumedang', 'Polres Majalengka', 'Polres Kuningan'], None, 'kapolda', 'Kapolda Jawa Barat', 2024, '2024-04-29'),
     ]),
    ('a numbered list of Polres after adapun',
     None,
     'DENPASAR - Ombudsman RI Perwakilan Bali menyerahkan predikat kepatuhan tinggi penilaian tahun 2023 '
     'kepada sejumlah polres di Bali, Selasa (16/1/2024). Adapun penerimanya: 1. Polres Jembrana, 2. '
     'Polres Tabanan, 3. Polres Gianyar.',
     '2024-01-17', 'received', [
      (['Polres Jembrana', 'Polres Tabanan', 'Polres Gianyar'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Bali', 2023, '2024-01-16'),
     ]),
    ('the host Polda gives, one Polres receives',
     None,
     'SURABAYA - Polda Jawa Timur menggelar apel kesiapan pengamanan Natal di lapangan Mapolda Jatim, '
     'Senin (16/12/2024). Dalam kesempatan itu, Kapolda Jatim menyerahkan penghargaan kepada Polres '
     'Pasuruan Kota atas pengungkapan kasus perdagangan orang.',
     '2024-12-17', 'received', [
      (['Polres Pasuruan Kota'], None, 'kapolda', 'Kapolda Jawa Timur', None, '2024-12-16'),
     ]),
    ("a contest among many, the winner receives, last year's winner recalled",
     None,
     'KEDIRI - Polres Blitar Kota keluar sebagai juara pertama lomba kampung tangguh narkoba tingkat Polda'
     ' Jawa Timur. Lomba diikuti 38 polres jajaran. Tahun lalu, juara pertama diraih Polres Kediri. Trofi '
     'diserahkan Kapolda Jatim di Kediri, Sabtu (19/10/2024).',
     '2024-10-20', 'received', [
      (['Polres Blitar Kota'], None, 'kapolda', 'Kapolda Jawa Timur', None, '2024-10-19'),
     ]),
    ('a Satlantas receives, its Polres does not',
     None,
     'GRESIK - Satlantas Polres Gresik menerima penghargaan dari Dinas Perhubungan Jawa Timur atas '
     'penataan lalu lintas kawasan industri. Kapolres Gresik AKBP Sigit Purnomo mengatakan penghargaan itu'
     ' menjadi motivasi bagi jajarannya. Penghargaan diterima Kasat Lantas AKP Riko Hananto, Kamis '
     '(21/11/2024).',
     '2024-11-22', 'received', [
      (['Satlantas Polres Gresik'], 'Riko Hananto', 'regional_government', 'Dinas Perhubungan Jawa Timur', None, '2024-11-21'),
     ]),
    ('a Polsek of a port resort receives',
     None,
     'JAKARTA - Polsek Koja, jajaran Polres Pelabuhan Tanjung Priok, menerima penghargaan dari Camat Koja '
     'atas pembinaan kelompok sadar kamtibmas. Penghargaan diterima Kapolsek Koja Kompol Anton Simatupang,'
     ' Senin (4/3/2024).',
     '2024-03-05', 'received', [
      (['Polsek Koja'], 'Anton Simatupang', 'regional_government', 'Camat Koja', None, '2024-03-04'),
     ]),
    ('two Polsek named by their chiefs receive from a Kapolres',
     None,
     'TABANAN - Kapolres Tabanan memberikan penghargaan kepada Kapolsek Kediri dan Kapolsek Marga atas '
     'keberhasilan menjaga keamanan upacara keagamaan. Penghargaan diserahkan di Mapolres Tabanan, Rabu '
     '(13/3/2024).',
     '2024-03-14', 'received', [
      (['Polsek Kediri', 'Polsek Marga'], None, 'other', 'Kapolres Tabanan', None, '2024-03-13'),
     ]),
    ('sub-unit and its Polda named, the Wadir accepts',
     None,
     'SEMARANG - Ditlantas Polda Jateng meraih penghargaan dari Jasa Raharja atas kolaborasi penanganan '
     'korban kecelakaan. Penghargaan diterima Wadirlantas AKBP Eko Sulistyo di Semarang, Jumat '
     '(6/12/2024).',
     '2024-12-07', 'received', [
      (['Ditlantas Polda Jawa Tengah'], 'Eko Sulistyo', 'other', 'Jasa Raharja', None, '2024-12-06'),
     ]),
    ('Satresnarkoba of a Polresta, BNN province gives',
     None,
     'PALEMBANG - BNN Provinsi Sumatera Selatan memberikan penghargaan kepada Satresnarkoba Polrestabes '
     'Palembang atas pengungkapan 20 kilogram sabu. Penghargaan diterima Kasat Resnarkoba Kompol Ferry '
     'Irawan, Kamis (12/9/2024).',
     '2024-09-13', 'received', [
      (['Satresnarkoba Polrestabes Palembang'], 'Ferry Irawan', 'ministry', 'BNN Provinsi Sumatera Selatan', None, '2024-09-12'),
     ]),
    ('awards split: Polres and a Polsek each from another giver',
     None,
     'KLATEN - Polres Klaten menerima penghargaan dari Bupati Klaten atas pengamanan pilkades serentak, '
     'Senin (23/9/2024). Pada hari yang sama, Polsek Delanggu mendapat penghargaan dari Camat Delanggu '
     'atas pembinaan ronda malam.',
     '2024-09-24', 'received', [
      (['Polres Klaten'], None, 'regional_government', 'Bupati Klaten', None, '2024-09-23'),
      (['Polsek Delanggu'], None, 'regional_government', 'Camat Delanggu', None, '2024-09-23'),
     ]),
    ('a Brimob company of a battalion',
     None,
     'CIREBON - Kompi 3 Batalyon C Pelopor Satbrimob Polda Jabar menerima penghargaan dari Bupati Cirebon '
     'atas bantuan evakuasi korban banjir di Kecamatan Gegesik. Penghargaan diterima Danki 3 AKP Rahmat '
     'Hidayat, Rabu (5/2/2025).',
     '2025-02-06', 'received', [
      (['Batalyon C Kompi 3 Pelopor Satbrimob Polda Jawa Barat'], 'Rahmat Hidayat', 'regional_government', 'Bupati Cirebon', None, '2025-02-05'),
     ]),
    ("a Polres and one of its sub-units share a governor's award",
     None,
     'MATARAM - Gubernur Nusa Tenggara Barat memberikan penghargaan kepada Polresta Mataram dan '
     'Satpolairud Polres Lombok Barat atas pengamanan MotoGP Mandalika. Penghargaan diserahkan di Mataram,'
     ' Sabtu (5/10/2024).',
     '2024-10-06', 'received', [
      (['Polresta Mataram', 'Satpolairud Polres Lombok Barat'], None, 'regional_government', 'Gubernur Nusa Tenggara Barat', None, '2024-10-05'),
     ]),
    ('a Kapolda honours three Polres chiefs by name and post',
     None,
     'KUPANG - Kapolda NTT memberikan penghargaan kepada tiga kapolres terbaik dalam penanganan bencana, '
     'yaitu Kapolres Flores Timur, Kapolres Lembata dan Kapolres Sikka. Penghargaan diberikan di Mapolda '
     'NTT, Jumat (22/11/2024).',
     '2024-11-23', 'received', [
      (['Polres Flores Timur', 'Polres Lembata', 'Polres Sikka'], None, 'kapolda', 'Kapolda Nusa Tenggara Timur', None, '2024-11-22'),
     ]),
    ("the Polda's Bidhumas from a press body",
     None,
     'BANDA ACEH - Bidhumas Polda Aceh menerima penghargaan dari Persatuan Wartawan Indonesia (PWI) Aceh '
     'atas keterbukaan informasi kepada media. Penghargaan diterima Kabidhumas Kombes Pol Zulkifli Hasan '
     'di Banda Aceh, Sabtu (9/2/2024).',
     '2024-02-10', 'received', [
      (['Bidhumas Polda Aceh'], 'Zulkifli Hasan', 'media', 'PWI Aceh', None, '2024-02-09'),
     ]),
    ('personnel of two Satuan of one Polres',
     None,
     'CILACAP - Sebanyak tujuh personel Satreskrim dan Satresnarkoba Polresta Cilacap menerima penghargaan'
     ' dari Kapolresta Cilacap atas pengungkapan kasus selama triwulan ketiga. Penghargaan diserahkan saat'
     ' apel, Senin (7/10/2024).',
     '2024-10-08', 'received', [
      (['Satreskrim Polresta Cilacap', 'Satresnarkoba Polresta Cilacap'], None, 'other', 'Kapolresta Cilacap', None, '2024-10-07'),
     ]),
    ('a Polres named in the lead by place, received by the Wakapolres for his Polres',
     None,
     'SIDOARJO - Forum Anak Kabupaten Sidoarjo memberikan penghargaan Sahabat Anak kepada Polresta '
     'Sidoarjo. Penghargaan diterima Wakapolresta Sidoarjo AKBP Imam Santoso mewakili Kapolresta, Selasa '
     '(23/7/2024).',
     '2024-07-24', 'received', [
      (['Polresta Sidoarjo'], 'Imam Santoso', 'other', 'Forum Anak Kabupaten Sidoarjo', None, '2024-07-23'),
     ]),
    ("a Polres Kota Besar form's chief receives from a university",
     None,
     'SEMARANG - Universitas Diponegoro memberikan penghargaan kepada Kapolrestabes Semarang Kombes Pol '
     'Irwan Anwar atas kerja sama pengamanan kampus. Penghargaan diserahkan Rektor Undip di Tembalang, '
     'Kamis (10/10/2024).',
     '2024-10-11', 'received', [
      (['Polrestabes Semarang'], 'Irwan Anwar', 'other', 'Universitas Diponegoro', None, '2024-10-10'),
     ]),
    ("personnel of a Polda's Ditreskrimsus and a Polres Satreskrim from the Kapolda",
     None,
     'PONTIANAK - Kapolda Kalimantan Barat memberikan penghargaan kepada personel Ditreskrimsus Polda '
     'Kalbar dan Satreskrim Polres Ketapang yang mengungkap tambang emas ilegal. Penghargaan diserahkan di'
     ' Mapolda Kalbar, Rabu (17/4/2024).',
     '2024-04-18', 'received', [
      (['Ditreskrimsus Polda Kalimantan Barat', 'Satreskrim Polres Ketapang'], None, 'kapolda', 'Kapolda Kalimantan Barat', None, '2024-04-17'),
     ]),
    ('a Polres receives among guests from other units who attend',
     None,
     'LUMAJANG - Polres Lumajang menerima penghargaan dari Bupati Lumajang atas penanganan erupsi Gunung '
     'Semeru. Acara di Pendopo Arya Wiraraja, Senin (8/1/2024), turut dihadiri Dandim 0821 Lumajang dan '
     'perwakilan Polres Jember. Penghargaan diterima Kapolres Lumajang AKBP Fajar Nugroho.',
     '2024-01-09', 'received', [
      (['Polres Lumajang'], 'Fajar Nugroho', 'regional_government', 'Bupati Lumajang', None, '2024-01-08'),
     ]),
    ('Polsek of a Polres listed by place after one type word',
     None,
     'BOGOR - Kapolres Bogor AKBP Rian Kusuma memberikan penghargaan kepada Polsek Ciawi, Megamendung dan '
     'Cisarua atas kelancaran arus lalu lintas kawasan Puncak selama libur panjang. Penghargaan diserahkan'
     ' di Mapolres Bogor, Senin (20/5/2024).',
     '2024-05-21', 'received', [
      (['Polsek Ciawi', 'Polsek Megamendung', 'Polsek Cisarua'], None, 'other', 'Kapolres Bogor', None, '2024-05-20'),
     ]),
    ('counted Polres named in the next sentence after ketiganya',
     None,
     'BALIKPAPAN - Tiga polres di Kalimantan Timur meraih predikat WBK dari KemenPAN-RB tahun ini. '
     'Ketiganya adalah Polres Paser, Polres Berau dan Polres Kutai Timur. Piagam diserahkan di Jakarta, '
     'Rabu (11/12/2024).',
     '2024-12-12', 'received', [
      (['Polres Paser', 'Polres Berau', 'Polres Kutai Timur'], None, 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-11'),
     ]),
    ('placings of a contest, one place each',
     None,
     'SERANG - Polda Banten mengumumkan pemenang lomba kampung bebas narkoba, Jumat (15/11/2024). Juara I '
     'diraih Polres Pandeglang, juara II Polres Lebak, dan juara III Polresta Tangerang. Hadiah diserahkan'
     ' Kapolda Banten.',
     '2024-11-16', 'received', [
      (['Polres Pandeglang'], None, 'kapolda', 'Kapolda Banten', None, '2024-11-15'),
      (['Polres Lebak'], None, 'kapolda', 'Kapolda Banten', None, '2024-11-15'),
      (['Polresta Tangerang'], None, 'kapolda', 'Kapolda Banten', None, '2024-11-15'),
     ]),
    ('a Bhabinkamtibmas of a Polsek, his post and unit after the name',
     None,
     'TEMANGGUNG - Aipda Wahyu Nugroho, Bhabinkamtibmas Polsek Parakan, menerima penghargaan dari Bupati '
     'Temanggung atas pendampingan desa sadar hukum. Penghargaan diberikan di Pendopo Pengayoman, Selasa '
     '(13/8/2024).',
     '2024-08-14', 'received', [
      (['Polsek Parakan'], 'Wahyu Nugroho', 'regional_government', 'Bupati Temanggung', None, '2024-08-13'),
     ]),
    ('two officers of sub-units of one Polres after dari',
     None,
     'JEPARA - Kapolres Jepara memberikan penghargaan kepada Brigpol Agus Setiawan dari Satlantas dan '
     'Bripda Lukman Hakim dari Satsamapta Polres Jepara atas aksi menolong korban kecelakaan. Penghargaan '
     'diserahkan di Mapolres Jepara, Kamis (4/7/2024).',
     '2024-07-05', 'received', [
      (['Satlantas Polres Jepara'], 'Agus Setiawan', 'other', 'Kapolres Jepara', None, '2024-07-04'),
      (['Satsamapta Polres Jepara'], 'Lukman Hakim', 'other', 'Kapolres Jepara', None, '2024-07-04'),
     ]),
    ('a numbered list of officers with their Polsek in brackets',
     None,
     'BLITAR - Kapolres Blitar memberikan penghargaan kepada personel berprestasi, Senin (2/9/2024). '
     'Mereka adalah 1. Aipda Joko Santoso (Polsek Wlingi); 2. Brigadir Ahmad Fauzi (Polsek Srengat).',
     '2024-09-03', 'received', [
      (['Polsek Wlingi'], 'Joko Santoso', 'other', 'Kapolres Blitar', None, '2024-09-02'),
      (['Polsek Srengat'], 'Ahmad Fauzi', 'other', 'Kapolres Blitar', None, '2024-09-02'),
     ]),
    ('a Polsek named with its Polresta after it',
     None,
     'BANDAR LAMPUNG - Polsek Tanjung Karang Barat Polresta Bandar Lampung menerima penghargaan dari Wali '
     'Kota Bandar Lampung atas penanganan konflik antarwarga. Penghargaan diserahkan di Balai Kota, Rabu '
     '(24/4/2024).',
     '2024-04-25', 'received', [
      (['Polsek Tanjung Karang Barat'], None, 'regional_government', 'Wali Kota Bandar Lampung', None, '2024-04-24'),
     ]),
    ('the Polda with its jajaran after beserta',
     None,
     'SAMARINDA - Polda Kaltim beserta jajaran menerima penghargaan dari Gubernur Kalimantan Timur atas '
     'pengamanan tahapan pemilihan gubernur. Penghargaan diterima Kapolda Kaltim Irjen Pol Nanang Suryana '
     'di Samarinda, Senin (16/12/2024).',
     '2024-12-17', 'received', [
      (['Polda Kalimantan Timur'], 'Nanang Suryana', 'regional_government', 'Gubernur Kalimantan Timur', None, '2024-12-16'),
     ]),
    ('the Polres written out in full, its regency in brackets',
     None,
     'PANARAGAN - Kepolisian Resor Tulang Bawang Barat (Tubaba) meraih penghargaan dari Komisi Informasi '
     'Provinsi Lampung sebagai badan publik informatif. Penghargaan diserahkan di Bandar Lampung, Kamis '
     '(28/11/2024).',
     '2024-11-29', 'received', [
      (['Polres Tulang Bawang Barat'], None, 'other', 'Komisi Informasi Provinsi Lampung', None, '2024-11-28'),
     ]),
    ('a Mabes corps from a ministry',
     None,
     'JAKARTA - Korlantas Polri menerima penghargaan dari Kementerian Perhubungan atas keberhasilan '
     'rekayasa lalu lintas arus mudik. Penghargaan diterima Kakorlantas Irjen Pol Bambang Sumarsono di '
     'Jakarta, Selasa (30/4/2024).',
     '2024-05-01', 'received', [
      (['Korlantas Polri'], 'Bambang Sumarsono', 'ministry', 'Kementerian Perhubungan', None, '2024-04-30'),
     ]),
    ('a Satuan written in full with its Polres',
     None,
     'SRAGEN - Satuan Lalu Lintas Polres Sragen mendapat penghargaan dari Jasa Raharja Cabang Surakarta '
     'atas kecepatan penanganan laporan kecelakaan. Piagam diterima Kasat Lantas AKP Dwi Handoko, Jumat '
     '(1/3/2024).',
     '2024-03-02', 'received', [
      (['Satlantas Polres Sragen'], 'Dwi Handoko', 'other', 'Jasa Raharja Cabang Surakarta', None, '2024-03-01'),
     ]),
    ('a Polres and one of its Polsek both receive, joined by bersama',
     None,
     'TULUNGAGUNG - Polres Tulungagung bersama Polsek Kauman menerima penghargaan dari Bupati Tulungagung '
     'atas penanganan banjir bandang. Penghargaan diserahkan di Pendopo Kongas Arum Kusumaning Bongso, '
     'Senin (26/2/2024).',
     '2024-02-27', 'received', [
      (['Polres Tulungagung', 'Polsek Kauman'], None, 'regional_government', 'Bupati Tulungagung', None, '2024-02-26'),
     ]),
    ('a winner beaten others named as beaten',
     None,
     'YOGYAKARTA - Polresta Yogyakarta meraih juara pertama lomba pelayanan SPKT tingkat Polda DIY, '
     'mengungguli Polres Gunungkidul dan Polres Kulon Progo. Trofi diserahkan Kapolda DIY di Mapolda, Rabu'
     ' (9/10/2024).',
     '2024-10-10', 'received', [
      (['Polresta Yogyakarta'], None, 'kapolda', 'Kapolda Daerah Istimewa Yogyakarta', None, '2024-10-09'),
     ]),
    ('units named through chiefs who took it, Kapolsek list with names',
     None,
     'TEGAL - Kapolres Tegal memberikan penghargaan kepada dua polsek terbaik triwulan III. Penghargaan '
     'diterima Kapolsek Slawi AKP Sutrisno dan Kapolsek Adiwerna Iptu Hadi Purnomo di Mapolres Tegal, '
     'Senin (14/10/2024).',
     '2024-10-15', 'received', [
      (['Polsek Slawi', 'Polsek Adiwerna'], None, 'other', 'Kapolres Tegal', None, '2024-10-14'),
     ]),
    ("the Satbinmas of a Polresta, its Polresta's chief speaks only",
     None,
     'MAGELANG - Satbinmas Polresta Magelang meraih penghargaan dari Kementerian Agama Kabupaten Magelang '
     'atas pembinaan remaja masjid. Kapolresta Magelang Kombes Pol Yudha Pratama mengapresiasi capaian '
     'itu. Penghargaan diserahkan Kamis (22/8/2024).',
     '2024-08-23', 'received', [
      (['Satbinmas Polresta Magelang'], None, 'ministry', 'Kementerian Agama Kabupaten Magelang', None, '2024-08-22'),
     ]),
    ('a Polres of a city written Polres Kota and its Polda in brackets',
     None,
     'Polres Kota Batu (Polda Jatim) meraih penghargaan dari Wali Kota Batu atas pengamanan wisata selama '
     'libur Lebaran. Penghargaan diterima Kapolres AKBP Andi Firmansyah, Selasa (16/4/2024).',
     '2024-04-17', 'received', [
      (['Polres Batu'], 'Andi Firmansyah', 'regional_government', 'Wali Kota Batu', None, '2024-04-16'),
     ]),
    ('a Sat of a Polres Metro through its chief',
     None,
     'DEPOK - Kasat Reskrim Polres Metro Depok AKBP Yogi Saputra menerima penghargaan dari Wali Kota Depok'
     ' atas pengungkapan kasus kekerasan terhadap anak. Penghargaan diserahkan di Balai Kota Depok, Jumat '
     '(26/7/2024).',
     '2024-07-27', 'received', [
      (['Satreskrim Polres Metro Depok'], 'Yogi Saputra', 'regional_government', 'Wali Kota Depok', None, '2024-07-26'),
     ]),
    ('a Ditreskrimum of Polda Metro Jaya from a bank',
     None,
     'JAKARTA - Ditreskrimum Polda Metro Jaya mendapat penghargaan dari Bank Rakyat Indonesia atas '
     'pengungkapan sindikat pembobol rekening nasabah. Penghargaan diterima Dirreskrimum Kombes Pol Wira '
     'Satya, Kamis (8/8/2024).',
     '2024-08-09', 'received', [
      (['Ditreskrimum Polda Metro Jaya'], 'Wira Satya', 'other', 'Bank Rakyat Indonesia', None, '2024-08-08'),
     ]),
    ("Polres honoured while the host regency's TNI unit receives too",
     None,
     'WONOSOBO - Bupati Wonosobo memberikan penghargaan kepada Polres Wonosobo dan Kodim 0707/Wonosobo '
     'atas pengamanan Dieng Culture Festival. Penghargaan diserahkan di Pendopo Bupati, Senin (2/9/2024).',
     '2024-09-03', 'received', [
      (['Polres Wonosobo'], None, 'regional_government', 'Bupati Wonosobo', None, '2024-09-02'),
     ]),
    ('members of a Polsek of a Polresta, counted, in a headline',
     'Empat Personel Polsek Sukarame Diganjar Penghargaan',
     'PALEMBANG - Empat personel diganjar penghargaan oleh Kapolrestabes Palembang atas penangkapan pelaku'
     ' curanmor. Penghargaan diserahkan dalam apel pagi, Senin (11/3/2024).',
     '2024-03-12', 'received', [
      (['Polsek Sukarame'], None, 'other', 'Kapolrestabes Palembang', None, '2024-03-11'),
     ]),
    ("the headline's short name, the body's bare Polres and Kapolres",
     'Polres Tanjabbar Sabet Penghargaan Kapolda Jambi',
     'KUALA TUNGKAL - Polres kembali menorehkan prestasi. Kapolda Jambi menyerahkan piagam penghargaan '
     'kepada Kapolres AKBP Reza Mahendra atas keberhasilan menekan kasus pembalakan liar. Piagam '
     'diserahkan di Mapolda Jambi, Selasa (8/10/2024).',
     '2024-10-09', 'received', [
      (['Polres Tanjung Jabung Barat'], 'Reza Mahendra', 'kapolda', 'Kapolda Jambi', None, '2024-10-08'),
     ]),
    ("a Satuan through its chief's joined post, Kasatbinmas",
     None,
     'REMBANG - Kasatbinmas Polres Rembang AKP Suharto menerima penghargaan dari Kementerian Agama '
     'Kabupaten Rembang atas pembinaan kerukunan umat beragama. Penghargaan diserahkan di Rembang, Rabu '
     '(15/5/2024).',
     '2024-05-16', 'received', [
      (['Satbinmas Polres Rembang'], 'Suharto', 'ministry', 'Kementerian Agama Kabupaten Rembang', None, '2024-05-15'),
     ]),
    ("a Polres's Seksi Humas through its Kasi Humas",
     None,
     'SAMPANG - Seksi Humas Polres Sampang meraih penghargaan sebagai humas paling informatif dari '
     'Persatuan Wartawan Indonesia Sampang. Penghargaan diterima Kasi Humas Ipda Agus Salim, Sabtu '
     '(9/11/2024).',
     '2024-11-10', 'received', [
      (['Seksi Humas Polres Sampang'], 'Agus Salim', 'media', 'Persatuan Wartawan Indonesia Sampang', None, '2024-11-09'),
     ]),
    ('a Polsek through its chief with its Polresta after it',
     None,
     'SLEMAN - Kapolsek Mlati Polresta Sleman Kompol Bambang Irawan menerima penghargaan dari Camat Mlati '
     'atas penanganan klitih. Penghargaan diserahkan di Kantor Kecamatan Mlati, Senin (12/8/2024).',
     '2024-08-13', 'received', [
      (['Polsek Mlati'], 'Bambang Irawan', 'regional_government', 'Camat Mlati', None, '2024-08-12'),
     ]),
    ("a Polda by a new province's short name",
     None,
     'SORONG - Polda Papua Barat Daya menerima penghargaan dari Gubernur Papua Barat Daya atas pengamanan '
     'pemilihan umum di enam kabupaten dan kota. Penghargaan diterima Wakapolda Brigjen Pol Daniel '
     'Wambrauw di Sorong, Kamis (21/3/2024).',
     '2024-03-22', 'received', [
      (['Polda Papua Barat Daya'], 'Daniel Wambrauw', 'regional_government', 'Gubernur Papua Barat Daya', None, '2024-03-21'),
     ]),
    ("a Polda's Biro through its chief",
     None,
     'KENDARI - Biro SDM Polda Sultra meraih penghargaan dari Badan Kepegawaian Negara atas pengelolaan '
     'data kepegawaian terbaik. Penghargaan diterima Karo SDM Kombes Pol Andi Mappaseng di Jakarta, Rabu '
     '(4/9/2024).',
     '2024-09-05', 'received', [
      (['Biro SDM Polda Sulawesi Tenggara'], 'Andi Mappaseng', 'ministry', 'Badan Kepegawaian Negara', None, '2024-09-04'),
     ]),
    ('Mabes bodies: a Densus detachment and a Divisi',
     None,
     'JAKARTA - Densus 88 Antiteror Polri dan Divisi Propam Polri menerima penghargaan dari Kementerian '
     'Hukum dan HAM atas kerja sama pembinaan narapidana. Penghargaan diserahkan di Jakarta, Jumat '
     '(13/12/2024).',
     '2024-12-14', 'received', [
      (['Densus 88 AT Polri', 'Divisi Propam Polri'], None, 'ministry', 'Kementerian Hukum dan HAM', None, '2024-12-13'),
     ]),
    ('a Polres with its short name in brackets, from the Kapolda, its Wakapolres stands in',
     None,
     'KALIANDA - Polres Lampung Selatan (Lamsel) meraih penghargaan dari Kapolda Lampung atas pengamanan '
     'arus mudik di Pelabuhan Bakauheni. Penghargaan diterima Wakapolres Kompol Heri Susanto mewakili '
     'Kapolres, Senin (22/4/2024).',
     '2024-04-23', 'received', [
      (['Polres Lampung Selatan'], 'Heri Susanto', 'kapolda', 'Kapolda Lampung', None, '2024-04-22'),
     ]),
    ('a Polwan of a Polres, its unit her possessive',
     None,
     'SELAYAR - Seorang polwan Polres Kepulauan Selayar, Bripda Nur Aisyah, meraih penghargaan dari Bupati'
     ' Kepulauan Selayar sebagai duta antiperundungan. Penghargaan diserahkan di Benteng, Senin '
     '(25/11/2024).',
     '2024-11-26', 'received', [
      (['Polres Kepulauan Selayar'], 'Nur Aisyah', 'regional_government', 'Bupati Kepulauan Selayar', None, '2024-11-25'),
     ]),
    ('the recipient only through the Mapolres where the chief accepts',
     None,
     'BANGKALAN - Ombudsman RI Perwakilan Jawa Timur menyerahkan piagam kepatuhan pelayanan publik tahun '
     '2024 di Mapolres Bangkalan, Kamis (19/12/2024). Piagam diterima langsung Kapolres AKBP Febri Isman.',
     '2024-12-20', 'received', [
      (['Polres Bangkalan'], 'Febri Isman', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Timur', 2024, '2024-12-19'),
     ]),
    ('a Polres receives, a neighbour only compared with',
     None,
     'PONOROGO - Polres Ponorogo meraih predikat WBK dari KemenPAN-RB. Dengan capaian ini, Polres Ponorogo'
     ' menyusul Polres Madiun yang lebih dulu meraih predikat serupa pada 2022. Penghargaan diserahkan di '
     'Jakarta, Selasa (10/12/2024).',
     '2024-12-11', 'received', [
      (['Polres Ponorogo'], None, 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-10'),
     ]),
    ('Kasat Lantas of a Polresta receives, written Kasatlantas',
     None,
     'BENGKULU - Kasatlantas Polresta Bengkulu Kompol Dedi Kurniawan menerima penghargaan dari Wali Kota '
     'Bengkulu atas penataan parkir di kawasan pantai. Penghargaan diserahkan di Balai Kota, Senin '
     '(3/6/2024).',
     '2024-06-04', 'received', [
      (['Satlantas Polresta Bengkulu'], 'Dedi Kurniawan', 'regional_government', 'Wali Kota Bengkulu', None, '2024-06-03'),
     ]),
    ('Polsek named as those under the Polres: tiga polsek jajaran, then named',
     None,
     'CIMAHI - Kapolres Cimahi memberikan penghargaan kepada tiga polsek jajaran yang berhasil menekan '
     'angka kriminalitas. Ketiga polsek itu adalah Polsek Cimahi Utara, Polsek Padalarang dan Polsek '
     'Batujajar. Penghargaan diserahkan Senin (1/4/2024).',
     '2024-04-02', 'received', [
      (['Polsek Cimahi Utara', 'Polsek Padalarang', 'Polsek Batujajar'], None, 'other', 'Kapolres Cimahi', None, '2024-04-01'),
     ]),
    ('personel from two Polres each counted, from the Kapolda',
     None,
     'KUPANG - Kapolda NTT memberikan penghargaan kepada 12 personel yang berjasa dalam evakuasi korban '
     'banjir bandang. Sebanyak tujuh personel berasal dari Polres Flores Timur, sedangkan lima lainnya '
     'dari Polres Lembata. Penghargaan diserahkan Selasa (13/2/2024).',
     '2024-02-14', 'received', [
      (['Polres Flores Timur', 'Polres Lembata'], None, 'kapolda', 'Kapolda Nusa Tenggara Timur', None, '2024-02-13'),
     ]),
    ('a long story: the Kapolres quoted on partners, a Kodim and a Pemkab thanked',
     'Polres Purworejo Raih Penghargaan Kampung Tangguh Terbaik',
     'PURWOREJO - Polres Purworejo meraih penghargaan Kampung Tangguh Nusantara terbaik tingkat Polda Jawa'
     ' Tengah. Penghargaan diserahkan Kapolda Jawa Tengah kepada Kapolres Purworejo AKBP Erwin Saputra di '
     'Semarang, Selasa (2/7/2024). "Ini hasil kerja bersama Kodim 0708 Purworejo, Pemkab dan masyarakat," '
     'kata Erwin. Ia juga berterima kasih kepada Polsek Bayan yang membina kampung tersebut sejak 2021.',
     '2024-07-03', 'received', [
      (['Polres Purworejo'], 'Erwin Saputra', 'kapolda', 'Kapolda Jawa Tengah', None, '2024-07-02'),
     ]),
    ("a sub-unit honoured, its Polres's other sections attend",
     None,
     'BOYOLALI - Satresnarkoba Polres Boyolali menerima penghargaan dari BNN Kabupaten Boyolali atas '
     'pengungkapan peredaran obat keras. Acara dihadiri pula Kasat Reskrim dan Kasat Binmas Polres '
     'Boyolali. Penghargaan diterima Kasat Resnarkoba AKP Yusuf Hidayat, Kamis (26/9/2024).',
     '2024-09-27', 'received', [
      (['Satresnarkoba Polres Boyolali'], 'Yusuf Hidayat', 'ministry', 'BNN Kabupaten Boyolali', None, '2024-09-26'),
     ]),
    ('a Polres receives, the Polda hosting the ceremony and its Wakapolda handing over',
     None,
     'PALU - Polres Parigi Moutong menerima penghargaan dari Kapolda Sulawesi Tengah atas penanganan '
     'konflik lahan. Penghargaan diserahkan Wakapolda Brigjen Pol Hery Santoso mewakili Kapolda di Mapolda'
     ' Sulteng, Senin (9/12/2024).',
     '2024-12-10', 'received', [
      (['Polres Parigi Moutong'], None, 'kapolda', 'Kapolda Sulawesi Tengah', None, '2024-12-09'),
     ]),
    ('an Ombudsman ranking: the first three receive, the rest only graded',
     None,
     'MEDAN - Ombudsman RI Perwakilan Sumatera Utara menyerahkan penghargaan kepatuhan pelayanan publik '
     'tahun 2024 kepada tiga polres dengan nilai tertinggi, yakni Polres Asahan, Polres Langkat dan Polres'
     ' Simalungun, Kamis (12/12/2024). Sementara Polres Nias dan Polres Samosir masih berada di zona '
     'kuning.',
     '2024-12-13', 'received', [
      (['Polres Asahan', 'Polres Langkat', 'Polres Simalungun'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sumatera Utara', 2024, '2024-12-12'),
     ]),
    ('a Polsek receives for its Bhabinkamtibmas, its chief takes it',
     None,
     'KARANGANYAR - Polsek Tawangmangu meraih penghargaan desa sadar hukum dari Kementerian Hukum dan HAM '
     'Kantor Wilayah Jawa Tengah. Penghargaan diterima Kapolsek Tawangmangu AKP Slamet Widodo di Semarang,'
     ' Rabu (30/10/2024).',
     '2024-10-31', 'received', [
      (['Polsek Tawangmangu'], 'Slamet Widodo', 'ministry', 'Kementerian Hukum dan HAM Kantor Wilayah Jawa Tengah', None, '2024-10-30'),
     ]),
    ('two Polda sub-units listed with dan after kepada, the Kapolda gives',
     None,
     'JAYAPURA - Kapolda Papua memberikan penghargaan kepada Ditreskrimum dan Ditreskrimsus Polda Papua '
     'atas pengungkapan kasus penyelundupan senjata api. Penghargaan diserahkan di Mapolda Papua, Jumat '
     '(19/7/2024).',
     '2024-07-20', 'received', [
      (['Ditreskrimum Polda Papua', 'Ditreskrimsus Polda Papua'], None, 'kapolda', 'Kapolda Papua', None, '2024-07-19'),
     ]),
    ("units under the headline's Polres named in the body by the chiefs who took them",
     'Dua Polsek Jajaran Polres Kebumen Diganjar Penghargaan Bupati',
     'KEBUMEN - Bupati Kebumen memberikan penghargaan kepada dua polsek atas pengamanan pilkades. '
     'Penghargaan diterima Kapolsek Gombong AKP Suyanto dan Kapolsek Karanganyar Iptu Darmaji di Pendopo '
     'Kabumian, Senin (4/11/2024).',
     '2024-11-05', 'received', [
      (['Polsek Gombong', 'Polsek Karanganyar'], None, 'regional_government', 'Bupati Kebumen', None, '2024-11-04'),
     ]),
    ('a Polresta and a Polres of one city and regency, both named after kepada',
     None,
     'MAGELANG - Wali Kota Magelang memberikan penghargaan kepada Polresta Magelang dan Polres Magelang '
     'Kota atas pengamanan perayaan Waisak. Penghargaan diserahkan di Magelang, Senin (27/5/2024).',
     '2024-05-28', 'received', [
      (['Polresta Magelang', 'Polres Magelang Kota'], None, 'regional_government', 'Wali Kota Magelang', None, '2024-05-27'),
     ]),
    ('a Polres that gives to a citizen, then receives itself',
     None,
     'GROBOGAN - Kapolres Grobogan memberikan penghargaan kepada seorang warga yang menangkap pencuri. Di '
     'hari yang sama, Polres Grobogan menerima penghargaan dari Bupati Grobogan atas pengamanan pilkada. '
     'Penghargaan diterima Kapolres AKBP Dian Prasetyo di Purwodadi, Rabu (11/12/2024).',
     '2024-12-12', 'received', [
      (['Polres Grobogan'], 'Dian Prasetyo', 'regional_government', 'Bupati Grobogan', None, '2024-12-11'),
     ]),
    ("an Akpol cadet's corps, not the Polda that hosts",
     None,
     'SEMARANG - Akademi Kepolisian (Akpol) menerima penghargaan dari Museum Rekor Dunia Indonesia (MURI) '
     'atas formasi drum band terbanyak. Penghargaan diserahkan di Lapangan Bhayangkara Akpol, Semarang, '
     'Kamis (18/7/2024), disaksikan Kapolda Jawa Tengah.',
     '2024-07-19', 'received', [
      (['Akpol Lemdiklat Polri'], None, 'muri', 'MURI', None, '2024-07-18'),
     ]),
    ('officers of Polres and Polsek in one list after yakni, each their own',
     None,
     'GARUT - Kapolres Garut memberikan penghargaan kepada dua personel, yakni Bripka Asep Sunandar dari '
     'Satreskrim Polres Garut dan Aipda Dedi Rohman dari Polsek Cibatu, atas penangkapan pelaku '
     'pembunuhan. Penghargaan diserahkan Senin (1/7/2024).',
     '2024-07-02', 'received', [
      (['Satreskrim Polres Garut'], 'Asep Sunandar', 'other', 'Kapolres Garut', None, '2024-07-01'),
      (['Polsek Cibatu'], 'Dedi Rohman', 'other', 'Kapolres Garut', None, '2024-07-01'),
     ]),
    ("a headline in capitals, the body's Polres named with its Polda",
     'POLRES ENDE RAIH PENGHARGAAN DARI BUPATI',
     'ENDE - Polres Ende Polda NTT menerima penghargaan dari Bupati Ende atas pengamanan Festival Danau '
     'Kelimutu. Penghargaan diterima Kapolres Ende AKBP Yohanes Mbulu di Ende, Sabtu (17/8/2024).',
     '2024-08-18', 'received', [
      (['Polres Ende'], 'Yohanes Mbulu', 'regional_government', 'Bupati Ende', None, '2024-08-17'),
     ]),
    ('the Kapolres stood in for by his Kabag Ops',
     None,
     'KABANJAHE - Polres Tanah Karo menerima penghargaan dari Pemerintah Kabupaten Karo atas penanganan '
     'erupsi Gunung Sinabung. Kapolres Tanah Karo diwakili Kabag Ops Kompol Darwin Ginting menerima '
     'penghargaan tersebut di Kabanjahe, Kamis (25/1/2024).',
     '2024-01-26', 'received', [
      (['Polres Tanah Karo'], 'Darwin Ginting', 'regional_government', 'Pemerintah Kabupaten Karo', None, '2024-01-25'),
     ]),
    ('the award disematkan kepada a Kapolsek by name',
     None,
     'JAKARTA - Wali Kota Jakarta Selatan menyematkan penghargaan kepada Kapolsek Kebayoran Baru Kompol '
     'Reza Pahlevi atas penanganan demonstrasi yang tertib. Penyematan berlangsung di Kantor Wali Kota, '
     'Senin (10/6/2024).',
     '2024-06-11', 'received', [
      (['Polsek Kebayoran Baru'], 'Reza Pahlevi', 'regional_government', 'Wali Kota Jakarta Selatan', None, '2024-06-10'),
     ]),
    ("a Kasat Reskrim with his team receives, the team his Satuan's",
     None,
     'SIBUHUAN - Kasat Reskrim Polres Tapsel AKP Ridwan Harahap bersama timnya menerima penghargaan dari '
     'Kapolda Sumatera Utara atas penangkapan pelaku pembunuhan satu keluarga. Penghargaan diserahkan di '
     'Medan, Selasa (6/8/2024).',
     '2024-08-07', 'received', [
      (['Satreskrim Polres Tapanuli Selatan'], 'Ridwan Harahap', 'kapolda', 'Kapolda Sumatera Utara', None, '2024-08-06'),
     ]),
    ('penghargaan untuk a Polres, handed to a representative',
     None,
     'SUKABUMI - Penghargaan untuk Polres Sukabumi Kota diserahkan Wali Kota Sukabumi kepada perwakilan '
     'polres dalam upacara Hari Jadi Kota Sukabumi, Kamis (1/4/2024).',
     '2024-04-02', 'received', [
      (['Polres Sukabumi Kota'], None, 'regional_government', 'Wali Kota Sukabumi', None, '2024-04-01'),
     ]),
    ("a Polresta's Satlantas written Sat Lantas, from a company",
     None,
     'LUBUK PAKAM - Sat Lantas Polresta Deli Serdang mendapat penghargaan dari PT Jasa Marga atas '
     'pengamanan ruas tol Kualanamu selama libur Natal. Penghargaan diterima Kasat Lantas Kompol Benny '
     'Sitorus, Jumat (3/1/2025).',
     '2025-01-04', 'received', [
      (['Satlantas Polresta Deli Serdang'], 'Benny Sitorus', 'other', 'PT Jasa Marga', None, '2025-01-03'),
     ]),
    ('a Polres and its Polsek under it named as jajaran, only the Polres receives',
     None,
     'SIAK - Polres Siak dan jajaran polsek menerima penghargaan dari Bupati Siak atas penanganan '
     'kebakaran lahan. Penghargaan diterima Kapolres Siak AKBP Asep Sujarwadi di Siak Sri Indrapura, Senin'
     ' (14/10/2024).',
     '2024-10-15', 'received', [
      (['Polres Siak'], 'Asep Sujarwadi', 'regional_government', 'Bupati Siak', None, '2024-10-14'),
     ]),
    ('a Polda by its short name, the Kapolda said to receive',
     None,
     'TANJUNG SELOR - Kapolda Kaltara Irjen Pol Hary Sudwijanto menerima penghargaan dari Gubernur '
     'Kalimantan Utara atas dukungan pengamanan perbatasan. Penghargaan diserahkan di Tanjung Selor, Rabu '
     '(14/8/2024).',
     '2024-08-15', 'received', [
      (['Polda Kalimantan Utara'], 'Hary Sudwijanto', 'regional_government', 'Gubernur Kalimantan Utara', None, '2024-08-14'),
     ]),
    ("a regency's initials after Polres",
     None,
     'TAMBOLAKA - Polres SBD menerima penghargaan dari Bupati Sumba Barat Daya atas penanganan konflik '
     'antarkampung. Penghargaan diserahkan di Tambolaka, Senin (18/3/2024).',
     '2024-03-19', 'received', [
      (['Polres Sumba Barat Daya'], None, 'regional_government', 'Bupati Sumba Barat Daya', None, '2024-03-18'),
     ]),
    ('two Polres in one sentence, the second only as where the officer once served',
     None,
     'NUNUKAN - Polres Nunukan menerima penghargaan dari Bupati Nunukan atas penanganan penyelundupan '
     'pekerja migran. Penghargaan diterima Kapolres Nunukan AKBP Bonifasius Rahman, yang sebelumnya '
     'menjabat Wakapolres Tarakan, Selasa (23/7/2024).',
     '2024-07-24', 'received', [
      (['Polres Nunukan'], 'Bonifasius Rahman', 'regional_government', 'Bupati Nunukan', None, '2024-07-23'),
     ]),
    ("a Polres's Humas from a press body, its Kasi Humas written Kasihumas",
     None,
     'HUMBAHAS - Sihumas Polres Humbahas meraih penghargaan dari Ikatan Jurnalis Televisi Indonesia (IJTI)'
     ' Sumatera Utara atas keterbukaan informasi. Penghargaan diterima Kasihumas Aiptu Maruli Simanjuntak,'
     ' Sabtu (9/3/2024).',
     '2024-03-10', 'received', [
      (['Seksi Humas Polres Humbang Hasundutan'], 'Maruli Simanjuntak', 'media', 'IJTI Sumatera Utara', None, '2024-03-09'),
     ]),
    ("a Polres receives, the Kapolda's attending officials and another Polres's chief named as guests",
     None,
     'KENDAL - Polres Kendal menerima penghargaan Adhi Bhakti Praja dari Bupati Kendal, Senin (19/8/2024).'
     ' Hadir dalam acara itu Dirlantas Polda Jateng dan Kapolres Demak. Penghargaan diterima Kapolres '
     'Kendal AKBP Yusuf Maulana.',
     '2024-08-20', 'received', [
      (['Polres Kendal'], 'Yusuf Maulana', 'regional_government', 'Bupati Kendal', None, '2024-08-19'),
     ]),
    ('a Polresta hands out awards to citizens and its own Satuan',
     None,
     'SOLO - Kapolresta Surakarta memberikan penghargaan kepada tiga warga yang membantu menangkap jambret'
     ' serta kepada Satreskrim Polresta Surakarta yang mengungkap kasus tersebut. Penghargaan diserahkan '
     'Rabu (10/4/2024).',
     '2024-04-11', 'received', [
      (['Satreskrim Polresta Surakarta'], None, 'other', 'Kapolresta Surakarta', None, '2024-04-10'),
     ]),
    ('the Polres assessed by a team from the Polda, then graded by the Ombudsman',
     None,
     'JOMBANG - Tim Itwasda Polda Jatim lebih dulu melakukan asistensi di Polres Jombang. Pekan ini, '
     'Polres Jombang menerima predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Jawa Timur dalam '
     'penilaian tahun 2024. Piagam diserahkan Kamis (19/12/2024).',
     '2024-12-20', 'received', [
      (['Polres Jombang'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Jawa Timur', 2024, '2024-12-19'),
     ]),
    ('two Polres from their Polda, a third only nominated',
     None,
     'BANDUNG - Polres Cianjur dan Polres Subang menerima penghargaan dari Kapolda Jawa Barat atas inovasi'
     ' pelayanan SIM keliling. Polres Indramayu masuk nominasi namun belum berhasil meraih penghargaan. '
     'Penghargaan diserahkan Selasa (5/3/2024).',
     '2024-03-06', 'received', [
      (['Polres Cianjur', 'Polres Subang'], None, 'kapolda', 'Kapolda Jawa Barat', None, '2024-03-05'),
     ]),
    ("an award from a Polres to a school, then the Polres's own award",
     None,
     'BANJARNEGARA - Polres Banjarnegara memberikan penghargaan kepada SMA Negeri 1 Banjarnegara sebagai '
     'sekolah pelopor keselamatan lalu lintas. Sementara itu, Satlantas Polres Banjarnegara menerima '
     'penghargaan dari Jasa Raharja atas penurunan angka fatalitas kecelakaan, Senin (26/2/2024).',
     '2024-02-27', 'received', [
      (['Satlantas Polres Banjarnegara'], None, 'other', 'Jasa Raharja', None, '2024-02-26'),
     ]),
    ('a unit of a Polsek written out with its Polres',
     None,
     'MOJOKERTO - Unit Reskrim Polsek Trowulan Polres Mojokerto menerima penghargaan dari Kapolres '
     'Mojokerto atas pengungkapan pencurian benda cagar budaya. Penghargaan diserahkan Senin (8/7/2024).',
     '2024-07-09', 'received', [
      (['Polsek Trowulan'], None, 'other', 'Kapolres Mojokerto', None, '2024-07-08'),
     ]),
    ('four Polres of a Polda in a colon list with semicolons from the governor',
     None,
     'PALANGKA RAYA - Gubernur Kalimantan Tengah memberikan penghargaan atas penanganan kebakaran hutan '
     'dan lahan kepada empat polres: Polres Kobar; Polres Seruyan; Polres Katingan; dan Polres Lamandau. '
     'Penghargaan diserahkan di Palangka Raya, Selasa (22/10/2024).',
     '2024-10-23', 'received', [
      (['Polres Kotawaringin Barat', 'Polres Seruyan', 'Polres Katingan', 'Polres Lamandau'], None, 'regional_government', 'Gubernur Kalimantan Tengah', None, '2024-10-22'),
     ]),
    ('a Polsek whose chief is only quoted, the award named to the Polsek after diberikan',
     None,
     'PURBALINGGA - Penghargaan diberikan Bupati Purbalingga kepada Polsek Bobotsari atas pembinaan '
     'kampung tangguh. "Penghargaan ini milik seluruh anggota," kata Kapolsek Bobotsari AKP Teguh Wibowo, '
     'Jumat (9/8/2024).',
     '2024-08-10', 'received', [
      (['Polsek Bobotsari'], None, 'regional_government', 'Bupati Purbalingga', None, '2024-08-09'),
     ]),
    ("a Polresta's two Satuan each with another giver, in two sentences",
     None,
     'PURWOKERTO - Satlantas Polresta Banyumas menerima penghargaan dari Dinas Perhubungan Kabupaten '
     'Banyumas, Senin (2/12/2024). Di hari yang sama, Satbinmas Polresta Banyumas meraih penghargaan dari '
     'Kementerian Agama Kabupaten Banyumas.',
     '2024-12-03', 'received', [
      (['Satlantas Polresta Banyumas'], None, 'regional_government', 'Dinas Perhubungan Kabupaten Banyumas', None, '2024-12-02'),
      (['Satbinmas Polresta Banyumas'], None, 'ministry', 'Kementerian Agama Kabupaten Banyumas', None, '2024-12-02'),
     ]),
    ('personnel of a Polres and of two of its Polsek listed with dari',
     None,
     'KUDUS - Kapolres Kudus memberikan penghargaan kepada personel dari Satsamapta Polres Kudus, Polsek '
     'Jati dan Polsek Bae yang mengamankan pelaku pencurian. Penghargaan diserahkan Senin (5/8/2024).',
     '2024-08-06', 'received', [
      (['Satsamapta Polres Kudus', 'Polsek Jati', 'Polsek Bae'], None, 'other', 'Kapolres Kudus', None, '2024-08-05'),
     ]),
    ('a Karanganyar Polres of Central Java, not the Polsek of the same name elsewhere',
     None,
     'KARANGANYAR - Polres Karanganyar meraih predikat WBBM dari Kementerian PANRB. Penghargaan diterima '
     'Kapolres Karanganyar AKBP Jerry Siagian di Jakarta, Selasa (17/12/2024).',
     '2024-12-18', 'received', [
      (['Polres Karanganyar'], 'Jerry Siagian', 'zona_integritas_wbbm', 'KemenPAN-RB', None, '2024-12-17'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", WHO_RECEIVES, ids=[r[0] for r in WHO_RECEIVES])
def test_who_receives(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for units, officer, kind, giver, year, event_day in awards if got is not None else []:
        check_fields(award_for(got, units), officer, kind, giver, year, event_day)


# -- units joined by "bersama" or "beserta": both receive, a parent and the unit under it alike --------------------
JOINED_BY_BERSAMA = [
    # construction, passage, recipient units
    ("a Polres and one of its Polsek",
     "Polres Ponorogo bersama Polsek Slahung menerima penghargaan dari Bupati Ponorogo atas penanganan longsor.",
     ["Polres Ponorogo", "Polsek Slahung"]),
    ("a Polres and one of its Satuan, beserta",
     "Polres Batang beserta Satlantas Polres Batang meraih piagam dari Jasa Raharja atas penanganan korban kecelakaan.",
     ["Polres Batang", "Satlantas Polres Batang"]),
    ("a Polsek before its Polres, bersama dengan, after kepada",
     "Wali Kota Cimahi memberikan penghargaan kepada Polsek Cimahi Selatan bersama dengan Polres Cimahi atas "
     "pengamanan pemilihan.",
     ["Polsek Cimahi Selatan", "Polres Cimahi"]),
    ("a Polda with its own Polres listed",
     "Polda Bengkulu bersama Polres Kaur dan Polres Seluma menerima penghargaan dari Gubernur Bengkulu.",
     ["Polda Bengkulu", "Polres Kaur", "Polres Seluma"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, units", JOINED_BY_BERSAMA, ids=[r[0] for r in JOINED_BY_BERSAMA])
def test_units_joined_by_bersama_all_receive(construction, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


# -- an officer named with his unit after "dari" or in brackets, then the receiving verb ------------------------------
OFFICER_WITH_HIS_UNIT = [
    # construction, passage, recipient unit, officer
    ("after dari, a Polsek",
     "Bripka Yoga Pranata dari Polsek Kalasan menerima penghargaan dari Kapolresta Sleman atas penangkapan jambret.",
     "Polsek Kalasan", "Yoga Pranata"),
    ("after dari, a Satuan of a Polres",
     "Brigadir Dimas Arya dari Satsamapta Polres Klaten meraih piagam dari Bupati Klaten karena menolong korban banjir.",
     "Satsamapta Polres Klaten", "Dimas Arya"),
    ("in brackets",
     "Aiptu Heru Susanto (Polsek Bulu) mendapat penghargaan dari Kapolres Temanggung atas pengabdiannya.",
     "Polsek Bulu", "Heru Susanto"),
    ("with his own team, bersama timnya",
     "Kanit Jatanras Satreskrim Polrestabes Makassar Ipda Arman Yusuf bersama timnya menerima penghargaan dari "
     "Kapolda Sulsel.",
     "Unit Jatanras Satreskrim Polrestabes Makassar", "Arman Yusuf"),
    ("with his men, beserta anggotanya",
     "Kapolsek Cepu AKP Heri Purnomo beserta anggotanya meraih penghargaan dari Bupati Blora atas pengamanan Haul.",
     "Polsek Cepu", "Heri Purnomo"),
    ("after asal",
     "Bripda Nanda Putri asal Satlantas Polres Kudus diganjar penghargaan oleh Bupati Kudus sebagai polwan teladan.",
     "Satlantas Polres Kudus", "Nanda Putri"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, unit, officer", OFFICER_WITH_HIS_UNIT, ids=[r[0] for r in OFFICER_WITH_HIS_UNIT]
)
def test_an_officer_named_with_his_unit_receives(construction, text, unit, officer):
    (award,) = extract_awards(None, text)
    assert [canonical_unit_name(u) for u in award["recipients"]] == [canonical_unit_name(unit)]
    assert award["officer"] == officer


# -- the units of people counted, the rest said without a verb, and a headquarters that names the story's Polres -----
COUNTED_AND_HOUSED = [
    # construction, passage, recipient units
    ("the rest counted after sedangkan",
     "Kapolda Sulteng memberikan penghargaan kepada sembilan personel. Sebanyak enam personel berasal dari Polres "
     "Poso, sedangkan tiga lainnya dari Polres Morowali.",
     ["Polres Poso", "Polres Morowali"]),
    ("the rest as sisanya after sementara",
     "Kapolda Sumut memberikan penghargaan kepada 15 personel. Sepuluh personel dari Polres Asahan, sementara sisanya "
     "dari Polres Batu Bara.",
     ["Polres Asahan", "Polres Batu Bara"]),
    ("the rest as orang lainnya, joined by dan",
     "Kapolres Garut memberikan penghargaan kepada delapan personel. Lima personel dari Polsek Tarogong Kidul dan "
     "tiga orang lainnya dari Polsek Cilawu.",
     ["Polsek Tarogong Kidul", "Polsek Cilawu"]),
    ("penghargaan untuk a Polres, handed over to someone unnamed",
     "Penghargaan untuk Polres Wonogiri diserahkan Bupati Wonogiri kepada perwakilan polres, Senin (5/8/2024).",
     ["Polres Wonogiri"]),
    ("piagam bagi a Polsek, handed over to its chief",
     "Piagam bagi Polsek Ngawen diserahkan Camat Ngawen kepada Kapolsek Ngawen AKP Joko Lelono.",
     ["Polsek Ngawen"]),
    ("the handover at a Mapolres, a bare Kapolres accepts",
     "Ombudsman RI Perwakilan Jawa Tengah menyerahkan piagam kepatuhan pelayanan publik di Mapolres Blora, Rabu "
     "(18/12/2024). Piagam diterima Kapolres AKBP Wawan Setiadi.",
     ["Polres Blora"]),
    ("a Mapolresta visited, a bare Kapolresta receives",
     "Bupati Kebumen datang ke Mapolresta Cilacap, Kamis (5/9/2024). Dalam kunjungan itu, Kapolresta Kombes Pol Budi "
     "Santosa menerima penghargaan atas pengamanan festival budaya.",
     ["Polresta Cilacap"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, units", COUNTED_AND_HOUSED, ids=[r[0] for r in COUNTED_AND_HOUSED])
def test_units_of_people_counted_and_of_a_headquarters(construction, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


# -- an officer's former post said beside the handover's day is no other occasion ------------------------------------
FORMER_POST_BESIDE_THE_DAY = [
    # construction, passage, publication day, event day
    ("yang sebelumnya menjabat, then the day",
     "Polres Berau menerima penghargaan dari Bupati Berau. Penghargaan diterima Kapolres Berau AKBP Steven Lumban, yang "
     "sebelumnya menjabat Kasubdit di Polda Kaltim, Senin (12/2/2024).",
     "2024-02-13", "2024-02-12"),
    ("yang sebelumnya bertugas, then the day",
     "Penghargaan diterima Kapolsek Tanjung Redeb AKP Yulius Tandi, yang sebelumnya bertugas di Polres Paser, Kamis "
     "(15/2/2024). Penghargaan itu dari Camat Tanjung Redeb atas pengamanan pasar malam.",
     "2024-02-16", "2024-02-15"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, day, event_day", FORMER_POST_BESIDE_THE_DAY,
                         ids=[r[0] for r in FORMER_POST_BESIDE_THE_DAY])  # fmt: skip
def test_a_former_post_beside_the_day_is_no_other_occasion(construction, text, day, event_day):
    (award,) = extract_awards(None, text, f"{day}T12:00:00+07:00")
    assert award["event_date"] == event_day


# -- a second receiver with its own "kepada", after citizens: the police among those given to -------------------------
SECOND_RECEIVER = [
    # construction, sentence, role
    ("citizens, then a Satuan after serta kepada",
     "Kapolres Klaten memberikan penghargaan kepada dua warga yang menolong korban tenggelam serta kepada Satsamapta "
     "Polres Klaten yang melakukan pencarian.", "received"),
    ("pupils, then a Bhabinkamtibmas after dan juga kepada",
     "Kapolsek Sewon memberikan piagam kepada tiga pelajar berprestasi dan juga kepada Bhabinkamtibmas Desa Pendowoharjo.",
     "received"),
    ("pupils, then their teacher: no police receive",
     "Kapolsek Sewon memberikan piagam kepada tiga pelajar berprestasi dan kepada guru pembimbing mereka.", "given"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, role", SECOND_RECEIVER, ids=[r[0] for r in SECOND_RECEIVER])
def test_a_second_receiver_with_its_own_kepada(construction, sentence, role):
    assert sentence_role(sentence) == role
