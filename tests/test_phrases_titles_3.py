"""Phrase table of award titles, a third probe: placings of a contest written in lower case ("turnamen bola voli
Kapolda X Cup 2025", "lomba lari 10 km", "ajang X Cup III tahun 2025") in the placing's sentence or another, a bare
award to a named winner "yang berhasil ...", titles conferred by their name ("gelar Puang ..."), classes conferred with
"dianugerahi/diganjar/dinobatkan sebagai ... Terbaik", a success told as the sentence's subject ("Keberhasilan X
dalam ... mendapat penghargaan"). Written apart from the stories of the evaluation set, with invented people in real
regions; each labelled before the rules ran on it.
"""

import pytest

from pipelines.units import canonical_unit_name
from tests.phrase_checks import award_for, awards_of_passage, check_fields
from tools.eval_awards import shares_words

TITLES_3 = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day, title,
    # placement) of each award
    ('placing, a lower-case tournament named after it in the sentence',
     None,
     'SIDOARJO - Tim bola voli putra Polres Sidoarjo menyabet juara II dalam turnamen bola voli Kapolda Jatim Cup '
     '2025 yang berakhir di GOR Delta, Minggu (9/11/2025). Piala diserahkan Kapolda Jatim Irjen Pol Nanang Avianto '
     'kepada Kapolres Sidoarjo AKBP Christian Tobing.',
     '2025-11-10', 'received', [
      (['Polres Sidoarjo'], 'Christian Tobing', 'kapolda', 'Kapolda Jawa Timur', 2025, '2025-11-09',
       'juara II turnamen bola voli Kapolda Jatim Cup 2025', 2),
     ]),
    ('jawara, the cup named in another sentence after ajang, with tahun',
     None,
     'PEKANBARU - Polres Kampar keluar sebagai jawara setelah menaklukkan Polresta Pekanbaru 3-1 di partai puncak, '
     'Sabtu (15/3/2025). Laga itu merupakan final ajang Kapolda Riau Futsal Cup III tahun 2025 yang diikuti 14 tim '
     'dari satuan wilayah se-Riau.',
     '2025-03-16', 'received', [
      (['Polres Kampar'], None, 'kapolda', 'Kapolda Riau', 2025, '2025-03-15',
       'jawara Kapolda Riau Futsal Cup III tahun 2025', None),
     ]),
    ('juara pertama of a lower-case race with its distance',
     None,
     'BALIKPAPAN - Bripda Yoga Pratama dari Satsamapta Polresta Balikpapan meraih juara pertama lomba lari 10 km '
     'memperingati Hari Bhayangkara ke-79 yang digelar Polda Kaltim, Minggu (29/6/2025). Medali dikalungkan langsung '
     'oleh Kapolda Kaltim Irjen Pol Endar Priantoro.',
     '2025-06-30', 'received', [
      (['Satsamapta Polresta Balikpapan'], 'Yoga Pratama', 'kapolda', 'Kapolda Kalimantan Timur', None, '2025-06-29',
       'juara pertama lomba lari 10 km Hari Bhayangkara ke-79', 1),
     ]),
    ('two placings, the lower-case championship named in the sentence before',
     None,
     'MATARAM - Polda NTB menggelar kejuaraan menembak Kapolda NTB Cup 2025 di lapangan tembak Ditsamapta, Sabtu '
     '(18/10/2025). Dalam kejuaraan itu, tim Satbrimob Polda NTB meraih juara I kategori beregu, sementara tim '
     'Polresta Mataram meraih juara II.',
     '2025-10-19', 'received', [
      (['Satbrimob Polda Nusa Tenggara Barat'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', 2025, '2025-10-18',
       'juara I kategori beregu kejuaraan menembak Kapolda NTB Cup 2025', 1),
      (['Polresta Mataram'], None, 'kapolda', 'Kapolda Nusa Tenggara Barat', 2025, '2025-10-18',
       'juara II kejuaraan menembak Kapolda NTB Cup 2025', 2),
     ]),
    ('jawara of a class, pada kejuaraan in lower case',
     None,
     'PALEMBANG - Atlet pencak silat Polda Sumsel, Bripda Sari Ayu Lestari, menjadi jawara kelas C putri pada '
     'kejuaraan pencak silat Piala Kapolri 2025 di Jakarta, Sabtu (8/11/2025).',
     '2025-11-09', 'received', [
      (['Polda Sumatera Selatan'], 'Sari Ayu Lestari', 'kapolri', 'Kapolri', 2025, '2025-11-08',
       'jawara kelas C putri kejuaraan pencak silat Piala Kapolri 2025', None),
     ]),
    ('placings, a lower-case contest named with its occasion in the sentence before',
     None,
     'MEDAN - Polda Sumut menggelar lomba tembak reaksi antarsatuan memperingati HUT Bhayangkara ke-79 di Mako '
     'Satbrimob, Rabu (25/6/2025). Hasilnya, Satbrimob Polda Sumut meraih juara I, sedangkan Polrestabes Medan '
     'meraih juara II.',
     '2025-06-26', 'received', [
      (['Satbrimob Polda Sumatera Utara'], None, 'kapolda', 'Kapolda Sumatera Utara', None, '2025-06-25',
       'juara I lomba tembak reaksi antarsatuan HUT Bhayangkara ke-79', 1),
      (['Polrestabes Medan'], None, 'kapolda', 'Kapolda Sumatera Utara', None, '2025-06-25',
       'juara II lomba tembak reaksi antarsatuan HUT Bhayangkara ke-79', 2),
     ]),
    ('a bare award to a named officer yang berhasil',
     None,
     'GARUT - Kapolres Garut AKBP Fajar Gemilang memberikan penghargaan kepada Aipda Rudi Hartono, '
     'Bhabinkamtibmas Polsek Cibatu, yang berhasil menangkap komplotan pencuri kabel listrik di Kecamatan Cibatu. '
     'Penghargaan diserahkan saat apel pagi di Mapolres Garut, Senin (6/10/2025).',
     '2025-10-07', 'received', [
      (['Polsek Cibatu'], 'Rudi Hartono', 'other', 'Kapolres Garut', None, '2025-10-06',
       'penghargaan atas keberhasilan menangkap komplotan pencuri kabel listrik', None),
     ]),
    ('a plakat to a named unit yang telah berhasil, from a central bank office',
     None,
     'BENGKULU - Bank Indonesia Perwakilan Bengkulu menyerahkan plakat penghargaan kepada Satreskrim Polresta '
     'Bengkulu yang telah berhasil membongkar peredaran uang palsu senilai Rp200 juta. Plakat diterima Kasat Reskrim '
     'Kompol Sujud Alif Yulamlam di Mapolresta Bengkulu, Kamis (4/9/2025).',
     '2025-09-05', 'received', [
      (['Satreskrim Polresta Bengkulu'], 'Sujud Alif Yulamlam', 'other', 'Bank Indonesia Perwakilan Bengkulu', None,
       '2025-09-04', 'plakat penghargaan atas pengungkapan peredaran uang palsu senilai Rp200 juta', None),
     ]),
    ('a bare award to a unit yang sudah bersinergi dan berhasil',
     None,
     'KARIMUN - Kepala Kantor Bea Cukai Tanjung Balai Karimun, Rizal Fahmi, menyampaikan penghargaan kepada Polres '
     'Karimun yang sudah bersinergi dan berhasil menggagalkan penyelundupan 20 ribu benih lobster. Penghargaan '
     'diserahkan di Mapolres Karimun, Rabu (6/8/2025).',
     '2025-08-07', 'received', [
      (['Polres Karimun'], None, 'ministry', 'Bea Cukai Tanjung Balai Karimun', None, '2025-08-06',
       'penghargaan atas penggagalan penyelundupan 20 ribu benih lobster', None),
     ]),
    ('a customary title by its name, gelar then capitals',
     None,
     'MAKALE - Kapolda Sulawesi Selatan Irjen Pol Rusdi Hartono dianugerahi gelar Puang Mattola Sanda oleh Lembaga '
     'Adat Tana Toraja dalam upacara adat di Tongkonan Layuk, Rabu (12/3/2025).',
     '2025-03-13', 'received', [
      (['Polda Sulawesi Selatan'], 'Rusdi Hartono', 'other', 'Lembaga Adat Tana Toraja', None, '2025-03-12',
       'gelar Puang Mattola Sanda', None),
     ]),
    ('a customary title conferred by a council, menganugerahkan gelar',
     None,
     'NGABANG - Dewan Adat Dayak Kabupaten Landak menganugerahkan gelar Panglima Bujang Nyangkomang kepada Kapolres '
     'Landak AKBP Kurniawan Hartono di Rumah Radakng, Sabtu (7/6/2025).',
     '2025-06-08', 'received', [
      (['Polres Landak'], 'Kurniawan Hartono', 'other', 'Dewan Adat Dayak Kabupaten Landak', None, '2025-06-07',
       'gelar Panglima Bujang Nyangkomang', None),
     ]),
    ('gelar as a verb before an operation names no title',
     None,
     'SLEMAN - Polres Sleman gelar Operasi Zebra Progo 2025 selama dua pekan mulai Senin (17/11/2025). Operasi '
     'menyasar pelanggaran helm dan knalpot brong.',
     '2025-11-17', 'none', []),
    ('dianugerahi sebagai a class in capitals, oleh a governor',
     None,
     'AMBON - Kapolres Seram Bagian Barat AKBP Dennie Andreas Dharmawan dianugerahi sebagai Kepala Satuan Wilayah '
     'Terbaik se-Maluku oleh Gubernur Maluku dalam upacara HUT Provinsi Maluku, Senin (19/8/2024).',
     '2024-08-20', 'received', [
      (['Polres Seram Bagian Barat'], 'Dennie Andreas Dharmawan', 'regional_government', 'Gubernur Maluku', None,
       '2024-08-19', 'Kepala Satuan Wilayah Terbaik se-Maluku', None),
     ]),
    ('diganjar sebagai a Polsek class, piagam handed over next',
     None,
     'KENDARI - Polsek Mandonga diganjar sebagai Polsek Terbaik Pelayanan SPKT tingkat Polresta Kendari pada apel '
     'Senin (3/2/2025). Piagam diserahkan Kapolresta Kendari Kombes Pol Eko Widiantoro kepada Kapolsek Mandonga Iptu '
     'Sumarno.',
     '2025-02-04', 'received', [
      (['Polsek Mandonga'], 'Sumarno', 'other', 'Kapolresta Kendari', None, '2025-02-03',
       'Polsek Terbaik Pelayanan SPKT tingkat Polresta Kendari', None),
     ]),
    ('dinobatkan sebagai Teladan in capitals',
     None,
     'SERANG - Bripka Deni Hermawan, Bhabinkamtibmas Polsek Cikande, dinobatkan sebagai Bhabinkamtibmas Teladan '
     'Tingkat Provinsi Banten oleh Kapolda Banten, Kamis (10/7/2025).',
     '2025-07-11', 'received', [
      (['Polsek Cikande'], 'Deni Hermawan', 'kapolda', 'Kapolda Banten', None, '2025-07-10',
       'Bhabinkamtibmas Teladan Tingkat Provinsi Banten', None),
     ]),
    ('a success as the subject, dalam pengungkapan, mendapat penghargaan',
     None,
     'JAMBI - Keberhasilan Satresnarkoba Polres Tebo dalam pengungkapan peredaran sabu lima kilogram mendapat '
     'penghargaan dari Kapolda Jambi Irjen Pol Krisno Siregar. Penghargaan diserahkan di Lapangan Hitam Mapolda '
     'Jambi, Selasa (14/1/2025).',
     '2025-01-15', 'received', [
      (['Satresnarkoba Polres Tebo'], None, 'kapolda', 'Kapolda Jambi', None, '2025-01-14',
       'penghargaan atas pengungkapan peredaran sabu lima kilogram', None),
     ]),
    ('a success as the subject with a me- verb, berbuah piagam',
     None,
     'GROBOGAN - Keberhasilan Polsek Kradenan membongkar sindikat pencurian ternak berbuah piagam penghargaan dari '
     'Bupati Grobogan Sri Sumarni. Piagam diserahkan kepada Kapolsek Kradenan AKP Sutrisno di Pendopo Kabupaten, '
     'Jumat (21/2/2025).',
     '2025-02-22', 'received', [
      (['Polsek Kradenan'], 'Sutrisno', 'regional_government', 'Bupati Grobogan', None, '2025-02-21',
       'piagam penghargaan atas pembongkaran sindikat pencurian ternak', None),
     ]),
    ('prestasi as the subject, diganjar penghargaan, an operation with its year',
     None,
     'KLATEN - Prestasi Satlantas Polres Klaten menekan angka kecelakaan selama Operasi Ketupat Candi 2025 diganjar '
     'penghargaan dari Kapolda Jawa Tengah. Penghargaan diserahkan dalam apel di Mapolda Jateng, Senin (12/5/2025).',
     '2025-05-13', 'received', [
      (['Satlantas Polres Klaten'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-05-12',
       'penghargaan atas menekan angka kecelakaan selama Operasi Ketupat Candi 2025', None),
     ]),
    ('juara ketiga, the contest named in the headline only',
     'Polres Bantul Juara Ketiga Lomba Kampung Tangguh Anti Narkoba 2025',
     'BANTUL - Polres Bantul meraih juara ketiga. Trofi diserahkan Kapolda DIY Irjen Pol Anggoro Sukartono kepada '
     'Kapolres Bantul AKBP Novita Eka Sari di Mapolda DIY, Selasa (2/9/2025).',
     '2025-09-03', 'received', [
      (['Polres Bantul'], 'Novita Eka Sari', 'kapolda', 'Kapolda Daerah Istimewa Yogyakarta', 2025, '2025-09-02',
       'juara ketiga Lomba Kampung Tangguh Anti Narkoba 2025', 3),
     ]),
    ('a juara of a lower-case festival with a Cup, the winner a Satuan',
     None,
     'KUPANG - Satlantas Polresta Kupang Kota menjadi juara I festival band Kapolda NTT Cup 2025 yang digelar di '
     'Lapangan Polda NTT, Sabtu (5/7/2025). Kasat Lantas AKP Yohanes Bere menerima trofi dari Wakapolda NTT.',
     '2025-07-06', 'received', [
      (['Satlantas Polresta Kupang Kota'], 'Yohanes Bere', 'kapolda', 'Kapolda Nusa Tenggara Timur', 2025,
       '2025-07-05', 'juara I festival band Kapolda NTT Cup 2025', 1),
     ]),
    ('a named recipient then the deed, penghargaan juga diberikan kepada ... yang sukses',
     None,
     'BITUNG - Wali Kota Bitung memberikan penghargaan kepada Polres Bitung yang sukses mengamankan Festival Pesona '
     'Selat Lembeh 2025 tanpa gangguan berarti. Penghargaan diterima Wakapolres Bitung Kompol Denny Makalew di '
     'Kantor Wali Kota, Jumat (14/11/2025).',
     '2025-11-15', 'received', [
      (['Polres Bitung'], 'Denny Makalew', 'regional_government', 'Wali Kota Bitung', None, '2025-11-14',
       'penghargaan atas pengamanan Festival Pesona Selat Lembeh 2025', None),
     ]),
    ('a named class with its year, dianugerahi gelar in capitals',
     None,
     'TERNATE - Unit PPA Satreskrim Polres Halmahera Utara dianugerahi gelar Tim Perlindungan Anak Terbaik Tahun '
     '2025 oleh Lembaga Perlindungan Anak Maluku Utara di Ternate, Kamis (11/12/2025).',
     '2025-12-12', 'received', [
      (['Unit PPA Satreskrim Polres Halmahera Utara'], None, 'other', 'Lembaga Perlindungan Anak Maluku Utara', 2025,
       '2025-12-11', 'Tim Perlindungan Anak Terbaik Tahun 2025', None),
     ]),
]  # fmt: skip


# -- a second probe, written after the rules for the first: the same constructions in fresh wordings, and a reward for
# an award won, an operation an award closes, an abbreviation written before its words ------------------------------
TITLES_3_SECOND = [
    ('a piagam for a predikat won from another body',
     None,
     'BLORA - Kapolres Blora AKBP Wawan Andi Susanto memberikan piagam penghargaan kepada Polsek Cepu atas '
     'keberhasilan meraih predikat Zona Hijau dari Ombudsman RI Perwakilan Jawa Tengah. Piagam diserahkan kepada '
     'Kapolsek Cepu AKP Didik Purnomo dalam apel pagi di Mapolres Blora, Senin (8/9/2025).',
     '2025-09-09', 'received', [
      (['Polsek Cepu'], 'Didik Purnomo', 'other', 'Kapolres Blora', None, '2025-09-08',
       'piagam penghargaan atas keberhasilan meraih predikat Zona Hijau', None),
     ]),
    ('a penghargaan for a place won, karena berhasil meraih juara',
     None,
     'PATI - Bupati Pati Sudewo memberikan penghargaan kepada Polres Pati karena berhasil meraih juara I lomba '
     'Kampung Tangguh Narkoba tingkat Provinsi Jawa Tengah. Penghargaan diterima Wakapolres Pati Kompol Andhika '
     'Wiratama di Pendopo Kabupaten Pati, Kamis (23/10/2025).',
     '2025-10-24', 'received', [
      (['Polres Pati'], 'Andhika Wiratama', 'regional_government', 'Bupati Pati', None, '2025-10-23',
       'penghargaan karena berhasil meraih juara I lomba Kampung Tangguh Narkoba tingkat Provinsi Jawa Tengah', None),
     ]),
    ('a decoration pinned seusai melaksanakan an operation',
     None,
     'JAYAPURA - Kapolda Papua Irjen Pol Patrige Renwarin menyematkan Satyalancana Dharma Nugraha kepada 125 personel '
     'Satbrimob Polda Papua seusai melaksanakan Operasi Damai Cartenz 2025 di Mapolda Papua, Jumat (12/12/2025).',
     '2025-12-13', 'received', [
      (['Satbrimob Polda Papua'], None, 'kapolri', 'Mabes Polri', 2025, '2025-12-12',
       'Satyalancana Dharma Nugraha (Operasi Damai Cartenz 2025)', None),
     ]),
    ('a lower-case contest, its abbreviation before its words',
     None,
     'MAKASSAR - Tim Satbrimob Polda Sulsel meraih juara I lomba tembak PPT (Perorangan Pistol Tempur) dalam rangka '
     'HUT Bhayangkara ke-79 yang digelar Polda Sulsel di Lapangan Tembak Mapolda, Sabtu (28/6/2025).',
     '2025-06-29', 'received', [
      (['Satbrimob Polda Sulawesi Selatan'], None, 'kapolda', 'Kapolda Sulawesi Selatan', None, '2025-06-28',
       'juara I lomba tembak PPT (Perorangan Pistol Tempur) HUT Bhayangkara ke-79', 1),
     ]),
    ('a lower-case tournament named first, its places in later sentences',
     None,
     'BANDUNG - Polda Jabar menggelar turnamen futsal antarsatuan Kapolda Jabar Cup 2025 di GOR Pajajaran. Pada laga '
     'final, Minggu (19/10/2025), tim Polresta Bandung menjadi juara pertama setelah mengalahkan tim Polres Cimahi. '
     'Posisi ketiga diraih tim Polres Garut.',
     '2025-10-20', 'received', [
      (['Polresta Bandung'], None, 'kapolda', 'Kapolda Jawa Barat', 2025, '2025-10-19',
       'juara pertama turnamen futsal antarsatuan Kapolda Jabar Cup 2025', 1),
      (['Polres Garut'], None, 'kapolda', 'Kapolda Jawa Barat', 2025, '2025-10-19',
       'posisi ketiga turnamen futsal antarsatuan Kapolda Jabar Cup 2025', 3),
     ]),
    ('a lead of the ceremony, then a named sub-unit yang berhasil',
     None,
     'SAMPIT - Kapolres Kotawaringin Timur AKBP Resky Maulana memberikan penghargaan kepada personel berprestasi di '
     'Mapolres Kotim, Senin (3/11/2025). Penghargaan diberikan kepada Satpolairud Polres Kotawaringin Timur yang '
     'berhasil menggagalkan penyelundupan 40 ribu benih lobster di perairan Samuda.',
     '2025-11-04', 'received', [
      (['Satpolairud Polres Kotawaringin Timur'], None, 'other', 'Kapolres Kotawaringin Timur', None, '2025-11-03',
       'penghargaan atas keberhasilan menggagalkan penyelundupan 40 ribu benih lobster', None),
     ]),
    ('dianugerahi gelar, a customary name, oleh elders',
     None,
     'WAINGAPU - Kapolres Sumba Timur AKBP Gede Harimbawa dianugerahi gelar Umbu Ndilu Pahamu oleh para tetua adat '
     'Kabihu di Waingapu, Sabtu (22/11/2025).',
     '2025-11-23', 'received', [
      (['Polres Sumba Timur'], 'Gede Harimbawa', 'other', 'tetua adat Kabihu', None, '2025-11-22',
       'gelar Umbu Ndilu Pahamu', None),
     ]),
    ('gelar perkara is no title',
     None,
     'MAUMERE - Satreskrim Polres Sikka gelar perkara kasus penganiayaan di Mapolres Sikka, Kamis (4/12/2025). Dari '
     'gelar perkara itu, penyidik menetapkan dua tersangka.',
     '2025-12-05', 'none', []),
    ('dianugerahi sebagai Satuan Kerja Terbaik by a treasury office',
     None,
     'SURABAYA - Polres Gresik dianugerahi sebagai Satuan Kerja Terbaik Pengelolaan Keuangan se-Jawa Timur oleh '
     'Kantor Wilayah Direktorat Jenderal Perbendaharaan Jawa Timur, Rabu (17/12/2025).',
     '2025-12-18', 'received', [
      (['Polres Gresik'], None, 'ministry', 'Kantor Wilayah Direktorat Jenderal Perbendaharaan Jawa Timur', None,
       '2025-12-17', 'Satuan Kerja Terbaik Pengelolaan Keuangan se-Jawa Timur', None),
     ]),
    ('an officer dinobatkan sebagai Polisi Teladan by a mayor',
     None,
     'MANADO - Aipda Stenly Rumengan, Bhabinkamtibmas Polsek Tikala, dinobatkan sebagai Polisi Teladan Kota Manado '
     'oleh Wali Kota Manado dalam peringatan HUT Kota Manado, Senin (14/7/2025).',
     '2025-07-15', 'received', [
      (['Polsek Tikala'], 'Stenly Rumengan', 'regional_government', 'Wali Kota Manado', None, '2025-07-14',
       'Polisi Teladan Kota Manado', None),
     ]),
    ('keberhasilan ... dalam pengungkapan berbuah penghargaan from a BNNP',
     None,
     'KENDARI - Keberhasilan Satresnarkoba Polresta Kendari dalam pengungkapan jaringan sabu antarprovinsi berbuah '
     'penghargaan dari Badan Narkotika Nasional Provinsi Sulawesi Tenggara. Penghargaan diserahkan Kepala BNNP Sultra '
     'kepada Kasat Resnarkoba Kompol Made Sudarsana, Rabu (26/6/2025).',
     '2025-06-27', 'received', [
      (['Satresnarkoba Polresta Kendari'], 'Made Sudarsana', 'ministry', 'BNNP Sulawesi Tenggara', None, '2025-06-26',
       'penghargaan atas pengungkapan jaringan sabu antarprovinsi', None),
     ]),
    ('jawara of a lower-case Polresta cup, a Satuan the winner',
     None,
     'PONTIANAK - Tim bola voli Satsamapta Polresta Pontianak keluar sebagai jawara turnamen bola voli Kapolresta '
     'Pontianak Cup 2025 setelah menundukkan tim Satlantas di final, Sabtu (1/11/2025).',
     '2025-11-02', 'received', [
      (['Satsamapta Polresta Pontianak'], None, 'other', 'Kapolresta Pontianak', 2025, '2025-11-01',
       'jawara turnamen bola voli Kapolresta Pontianak Cup 2025', None),
     ]),
    ('penghargaan secara simbolis, what it is for in the next sentence',
     None,
     'SEMARANG - Kapolda Jawa Tengah Irjen Pol Ribut Hari Wibowo menyerahkan penghargaan secara simbolis kepada Kasat '
     'Reskrim Polrestabes Semarang AKBP Andika Dharma Sena. Penghargaan itu diberikan atas pengungkapan kasus '
     'pembunuhan berencana di Kecamatan Tembalang.',
     '2025-08-12', 'received', [
      (['Satreskrim Polrestabes Semarang'], 'Andika Dharma Sena', 'kapolda', 'Kapolda Jawa Tengah', None, None,
       'penghargaan atas pengungkapan kasus pembunuhan berencana di Kecamatan Tembalang', None),
     ]),
    ('a plakat for a WBBM predikat won, atas prestasi meraih',
     None,
     'BATU - Wali Kota Batu memberikan plakat penghargaan kepada Polres Batu atas prestasi meraih predikat Wilayah '
     'Birokrasi Bersih dan Melayani (WBBM). Plakat diterima Kapolres Batu AKBP Andi Yudha Pranata di Balai Kota Among '
     'Tani, Selasa (16/12/2025).',
     '2025-12-17', 'received', [
      (['Polres Batu'], 'Andi Yudha Pranata', 'regional_government', 'Wali Kota Batu', None, '2025-12-16',
       'plakat penghargaan atas prestasi meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM)', None),
     ]),
    ('a championship with an abbreviation before its words and a Kapolda cup',
     None,
     'TARAKAN - Tim Polres Tarakan menjadi juara II kejuaraan menembak IPSC (International Practical Shooting '
     'Confederation) Kapolda Kaltara Cup 2025 di lapangan tembak Mapolda, Minggu (7/12/2025).',
     '2025-12-08', 'received', [
      (['Polres Tarakan'], None, 'kapolda', 'Kapolda Kalimantan Utara', 2025, '2025-12-07',
       'juara II kejuaraan menembak IPSC Kapolda Kaltara Cup 2025', 2),
     ]),
]  # fmt: skip


# Rows the rules still get wrong, each for a reason outside the title: kept so that a fix shows.
NOT_YET = {
    "a bare award to a unit yang sudah bersinergi dan berhasil": "'menyampaikan penghargaan' is read as thanks in "
    "words, though the next sentence hands the award over",
    "diganjar sebagai a Polsek class, piagam handed over next": "the class's 'SPKT ... Polresta Kendari' is taken "
    "for a receiving sub-unit",
    "a decoration pinned seusai melaksanakan an operation": "Satyalancana Dharma Nugraha is read as a state "
    "decoration (Presiden RI), not Polri's own",
    "dianugerahi gelar, a customary name, oleh elders": "'para tetua adat Kabihu' is no giver the rules know",
}
TITLES_3 = [
    pytest.param(*row, marks=pytest.mark.xfail(reason=NOT_YET[row[0]], strict=True)) if row[0] in NOT_YET else row
    for row in TITLES_3 + TITLES_3_SECOND
]


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", TITLES_3, ids=[getattr(r, "values", r)[0] for r in TITLES_3]
)
def test_titles_however_worded_3(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    taken = []
    for units, officer, kind, giver, year, event_day, name, place in awards:
        award = award_for(got, units, place, taken)
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        check_fields(award, officer, kind, giver, year, event_day)
        assert shares_words(name, award["title"]), award["title"]
