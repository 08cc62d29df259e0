"""Phrase tables of the police honouring others: the giver written as a unit, a Bhabinkamtibmas or a Kasat, the
verbs and nouns of honouring (menganugerahkan, mengganjar, reward, tali asih), prizes of contests the police run,
awards to journalists, Satpam companies, soldiers, the Pemkab, firefighters, companies; and the stories that look
like them: outside bodies honouring the police, a title given to an officer's kin, soldiers and Brimob honoured
together, an outside body's award the police only hand over."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.classify import classify_award_role
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words

# -- the police honour others, written less plainly ---------------------------------------------------------

HONOURING_OTHERS = [
    # construction, headline, story, publication day, role, awards (none: the police's own units receive nothing)
    ('a Satlantas as the giver, piagam to a school',
     'Satlantas Polres Magelang Beri Piagam SMK Pelopor Keselamatan',
     'MAGELANG - Satlantas Polres Magelang memberikan piagam penghargaan kepada SMK Negeri 2 Magelang yang'
     ' dinilai konsisten menjalankan program pelopor keselamatan berlalu lintas di lingkungan sekolah. '
     'Piagam diserahkan Kasat Lantas AKP Dwi Hartono di halaman sekolah, Senin (12/2/2024). Menurut Dwi, '
     'angka pelanggaran siswa sekolah itu turun drastis dalam setahun terakhir. Kepala sekolah, Sri '
     'Wahyuni, berterima kasih atas pendampingan polisi.',
     '2024-02-12', 'given', []),
    ('a Polsek appreciates young men with a piagam',
     None,
     'KULON PROGO - Polsek Wates mengapresiasi keberanian tiga pemuda Kelurahan Giri Peni dengan piagam '
     'penghargaan. Ketiganya menggagalkan aksi penjambretan di depan Pasar Wates pekan lalu dan menahan '
     'pelaku hingga polisi datang. "Keberanian mereka patut dicontoh," kata Kapolsek Wates Kompol Heri '
     'Susanto, Selasa (5/3/2024).',
     '2024-03-05', 'given', []),
    ('a Bhabinkamtibmas gives a RT head a piagam',
     None,
     'BOYOLALI - Bhabinkamtibmas Desa Mojosongo Aipda Slamet Riyadi menyerahkan piagam penghargaan kepada '
     'Ketua RT 04, Parjo, yang rutin menghidupkan ronda malam. Penyerahan berlangsung di sela kegiatan '
     'Jumat Curhat di balai desa, Kamis (18/4/2024). Sejak ronda aktif kembali, tak ada lagi laporan '
     'pencurian ternak di dusun itu.',
     '2024-04-18', 'given', []),
    ('a Kasat Binmas honours a Pokdarkamtibmas',
     None,
     'SRAGEN - Kasat Binmas Polres Sragen AKP Bambang Widodo memberikan penghargaan kepada Kelompok Sadar '
     'Keamanan dan Ketertiban Masyarakat (Pokdarkamtibmas) Kecamatan Gemolong. Kelompok itu dinilai aktif '
     'membantu pengamanan kegiatan keagamaan selama bulan Ramadan. Penghargaan diserahkan di Aula '
     'Satbinmas, Selasa (21/5/2024).',
     '2024-05-21', 'given', []),
    ('a Polda menganugerahkan awards to community figures',
     'Polda Sumbar Anugerahkan Penghargaan kepada 10 Tokoh Masyarakat',
     'PADANG - Polda Sumatera Barat menganugerahkan penghargaan kepada sepuluh tokoh masyarakat, ninik '
     'mamak dan alim ulama yang dinilai berperan menjaga kondusivitas selama Pilkada. Anugerah itu '
     'disematkan Wakapolda Sumbar Brigjen Pol Edi Mardianto di Aula Mapolda, Jumat (7/6/2024).',
     '2024-06-07', 'given', []),
    ('a Kapolres mengganjar citizens with a piagam',
     None,
     'PATI - Kapolres Pati AKBP Andi Wibowo mengganjar dua warga Desa Tayu dengan piagam penghargaan. '
     'Keduanya membantu polisi meringkus pelaku pencurian kotak amal masjid, Senin (1/7/2024). "Peran '
     'warga sangat membantu kami," ujarnya.',
     '2024-07-01', 'given', []),
    ('a Polres memberi reward to a reporting citizen',
     'Laporkan Peredaran Sabu, Warga Diberi Reward Polres Lombok Timur',
     'SELONG - Polres Lombok Timur memberi reward kepada seorang warga yang melaporkan peredaran sabu di '
     'Kecamatan Aikmel. Reward berupa uang tunai dan piagam diserahkan Kasat Resnarkoba AKP Lalu Hamzan, '
     'Senin (15/7/2024). Laporan warga itu berujung penangkapan dua pengedar.',
     '2024-07-15', 'given', []),
    ('prizes of a contest the Polres runs, villages win',
     None,
     'KENDAL - Polres Kendal menggelar lomba Kampung Tangguh Anti Narkoba antar desa dalam rangka HUT '
     'Bhayangkara. Hasilnya, juara pertama diraih Desa Kaliwungu, disusul Desa Brangsong dan Desa '
     'Pegandon. Hadiah berupa trofi, piagam dan uang pembinaan diserahkan Kapolres Kendal AKBP Yudi '
     'Santoso, Rabu (14/8/2024).',
     '2024-08-14', 'given', []),
    ('tali asih and a piagam to a parking attendant',
     None,
     'MADIUN - Seorang juru parkir di Pasar Besar Madiun, Sukirno (52), menerima tali asih dan piagam dari'
     ' Kapolres Madiun Kota AKBP Danang Prasetyo, Selasa (10/9/2024). Sukirno membantu menangkap pelaku '
     'pencurian helm yang sudah lama meresahkan pengunjung pasar.',
     '2024-09-10', 'given', []),
    ('a journalism contest the Polresta runs, journalists win',
     'Wartawan Radar Cirebon Juarai Lomba Jurnalistik Polresta Cirebon',
     'CIREBON - Polresta Cirebon mengumumkan pemenang lomba karya jurnalistik bertema Kamtibmas. Juara I '
     'diraih wartawan Radar Cirebon, Dedi Mulyadi, juara II jurnalis RRI Cirebon dan juara III kontributor'
     ' televisi swasta. Trofi dan uang pembinaan diserahkan Wakapolresta Cirebon AKBP Irwan, Kamis '
     '(3/10/2024).',
     '2024-10-03', 'given', []),
    ('a Ditbinmas honours BUJP companies',
     None,
     'SAMARINDA - Ditbinmas Polda Kalimantan Timur memberikan penghargaan kepada lima Badan Usaha Jasa '
     'Pengamanan (BUJP) terbaik dalam rapat koordinasi pengamanan swakarsa, Senin (28/10/2024). Kelima '
     'BUJP itu dinilai patuh memberikan pelatihan dan kesejahteraan bagi Satpam.',
     '2024-10-28', 'given', []),
    ('a Polres honours TNI soldiers of a battalion task force',
     None,
     'MERAUKE - Sebanyak delapan prajurit Satgas Pamtas Yonif 122/Tombak Sakti menerima piagam penghargaan'
     ' dari Polres Merauke. Mereka membantu mengamankan dua pelaku penyelundupan ganja di perbatasan. '
     'Piagam diserahkan dalam apel gabungan, Selasa (12/11/2024).',
     '2024-11-12', 'given', []),
    ('a Polres honours the Pemkab for support',
     None,
     'WONOSARI - Polres Gunungkidul menyerahkan penghargaan kepada Pemerintah Kabupaten Gunungkidul atas '
     'dukungan sarana dalam pengamanan Natal dan Tahun Baru. Penghargaan diterima Bupati Gunungkidul, '
     'Senin (9/12/2024).',
     '2024-12-09', 'given', []),
    ('ojol drivers diganjar piagam oleh a Satlantas',
     None,
     'YOGYAKARTA - Sejumlah pengemudi ojek online diganjar piagam oleh Satlantas Polresta Yogyakarta '
     'karena membantu mengatur lalu lintas saat lampu pengatur mati di simpang Tugu, Kamis (16/1/2025).',
     '2025-01-16', 'given', []),
    ('firefighters receive from a Polres',
     None,
     'CIBINONG - Petugas Dinas Pemadam Kebakaran Kabupaten Bogor menerima penghargaan dari Polres Bogor '
     'atas kecepatan memadamkan kebakaran gudang di Gunung Putri, Selasa (4/2/2025). Berkat kesigapan itu,'
     ' api tak merambat ke permukiman.',
     '2025-02-04', 'given', []),
    ('a hospital receives from a Polda',
     None,
     'SURABAYA - RSUD dr. Soetomo mendapat piagam penghargaan dari Polda Jawa Timur atas dukungan '
     'identifikasi korban kecelakaan bus di tol Sumo. Piagam diserahkan Kabid Dokkes Polda Jatim, Kamis '
     '(20/2/2025).',
     '2025-02-20', 'given', []),
    ('a port company honoured by a port Polres',
     None,
     'JAKARTA - PT Pelabuhan Indonesia Regional 2 Tanjung Priok mendapat penghargaan dari Polres Pelabuhan'
     ' Tanjung Priok atas kerja sama pengamanan arus mudik. Penghargaan diserahkan Kapolres, Selasa '
     '(11/3/2025).',
     '2025-03-11', 'given', []),
    ('the honour said only in the headline',
     'Selamatkan Bocah Tenggelam, Pemuda Sragen Diganjar Penghargaan Kapolres',
     'SRAGEN - Aksi heroik Rudi Hartono (24) menyelamatkan seorang bocah yang tenggelam di Sungai Bengawan'
     ' Solo menuai pujian. Rudi langsung terjun ke sungai begitu mendengar teriakan warga. "Saya tidak '
     'berpikir panjang," katanya, Selasa (22/4/2025). Kapolres Sragen AKBP Petrus Silalahi menyebut '
     'tindakan Rudi sebagai teladan.',
     '2025-04-22', 'given', []),
    ("a long story, the award to volunteers after the operation's results",
     None,
     'BANYUMAS - Polresta Banyumas mencatat penurunan angka kecelakaan selama Operasi Ketupat Candi 2025. '
     'Jumlah kecelakaan turun 30 persen dibanding tahun lalu. Kapolresta Banyumas Kombes Pol Ari Wibowo '
     'mengatakan, pos pengamanan disiagakan di 12 titik rawan. Arus balik berjalan lancar tanpa kemacetan '
     'panjang. Dalam kesempatan itu, Kapolresta juga memberikan penghargaan kepada 15 relawan Orari dan '
     'Pramuka yang membantu di pos pengamanan, Kamis (8/5/2025).',
     '2025-05-08', 'given', []),
    ('the giver recalls its own award, then honours outsiders',
     None,
     'TEMANGGUNG - Polres Temanggung, yang tahun lalu meraih predikat WBBM dari KemenPAN-RB, memberikan '
     'piagam penghargaan kepada enam mitra pelayanan publik, Senin (2/6/2025). Mereka antara lain Dinas '
     'Dukcapil, Bank BRI cabang Temanggung dan Forum Anak. "Predikat itu milik bersama," ujar Kapolres '
     'AKBP Eko Prasetyo.',
     '2025-06-02', 'given', []),
    ('honours outsiders, then an earlier award of its own at the end',
     None,
     'BITUNG - Kapolres Bitung AKBP Frans Lumi menyerahkan penghargaan kepada empat nelayan yang menolong '
     'korban kapal tenggelam di Selat Lembeh, Kamis (19/6/2025). Sebelumnya, Polres Bitung juga menerima '
     'penghargaan dari Ombudsman RI atas kepatuhan pelayanan publik.',
     '2025-06-19', 'given', []),
    ('a Polres contest whose winners include a ranked officer named with no unit',
     None,
     'KLATEN - Polres Klaten menggelar lomba foto Hari Bhayangkara ke-79. Juara pertama diraih Andika '
     'Pratama, mahasiswa UNS, juara kedua Brigpol Wahyu Nugroho dan juara ketiga Siti Marlina, warga '
     'Delanggu. Hadiah diserahkan Kapolres Klaten, Selasa (1/7/2025).',
     '2025-07-01', 'given', []),
    ('a Kasat Reskrim hands a piagam to an informant',
     None,
     'TULUNGAGUNG - Kasat Reskrim Polres Tulungagung AKP Nanang Suryadi menyerahkan piagam kepada seorang '
     'pedagang yang memberi informasi keberadaan buron kasus pembunuhan, Kamis (24/7/2025). Berkat '
     'informasi itu, tersangka ditangkap di Blitar.',
     '2025-07-24', 'given', []),
    ('a Polsek hands a village head a piagam, passive',
     None,
     'TABANAN - Piagam penghargaan diberikan oleh Polsek Kediri kepada Perbekel Desa Beraban atas dukungan'
     ' pengamanan upacara adat di Pura Tanah Lot, Selasa (12/8/2025).',
     '2025-08-12', 'given', []),
    ('a creative video contest, students win, a Polres gives',
     None,
     'SUMBAWA - Pelajar SMAN 1 Sumbawa Besar keluar sebagai juara I lomba video kreatif anti perundungan '
     'yang digelar Polres Sumbawa. Juara II diraih SMKN 2 Sumbawa dan juara III MAN 1 Sumbawa. Piala '
     'diserahkan Wakapolres Sumbawa, Rabu (3/9/2025).',
     '2025-09-03', 'given', []),
    ('a Ditlantas honours bus companies',
     None,
     'PALEMBANG - Ditlantas Polda Sumatera Selatan menganugerahkan penghargaan keselamatan kepada tiga '
     'perusahaan otobus yang armadanya nihil kecelakaan sepanjang masa mudik, Kamis (25/9/2025).',
     '2025-09-25', 'given', []),
    ('a Bidhumas awards media outlets',
     'Bidhumas Polda Sulsel Gelar Humas Award untuk Media',
     'MAKASSAR - Bidhumas Polda Sulawesi Selatan memberikan penghargaan kepada sepuluh media massa yang '
     'aktif memberitakan program Kamtibmas. Kabid Humas menyerahkan piagam kepada perwakilan media di '
     'Makassar, Selasa (14/10/2025).',
     '2025-10-14', 'given', []),
    ('a Ditpolairud honours fishermen',
     None,
     'BATAM - Ditpolairud Polda Kepulauan Riau memberikan piagam penghargaan kepada lima nelayan Pulau '
     'Galang yang menyelamatkan anak buah kapal tongkang yang karam, Kamis (6/11/2025).',
     '2025-11-06', 'given', []),
    ('a Satbrimob honours a youth figure',
     None,
     'AMBON - Satbrimob Polda Maluku memberikan penghargaan kepada tokoh pemuda Negeri Batu Merah atas '
     'peran meredam bentrokan antarkampung, Kamis (27/11/2025).',
     '2025-11-27', 'given', []),
    ('a Kapolda honours a Bupati',
     None,
     'JAMBI - Bupati Muaro Jambi menerima penghargaan dari Kapolda Jambi atas dukungan pembangunan pos '
     'polisi di kawasan wisata Candi Muaro Jambi, Senin (15/12/2025).',
     '2025-12-15', 'given', []),
    ('passive diberi piagam oleh a Kapolsek, the police inside a relative clause',
     'Temukan Tas Berisi Uang, Dua Siswa Diberi Piagam',
     'SALATIGA - Dua siswa SMP yang menemukan tas berisi uang milik anggota Polsek Sidorejo diberi piagam '
     'oleh Kapolsek Sidorejo AKP Ari Santoso, Senin (2/6/2025). Tas itu berisi uang Rp 12 juta dan dokumen'
     ' penting.',
     '2025-06-02', 'given', []),
    ("awards at the police's anniversary ceremony, no giver named",
     None,
     'BLITAR - Dalam upacara HUT Bhayangkara ke-79 di halaman Mapolres Blitar, Selasa (1/7/2025), sejumlah'
     ' tokoh masyarakat dan kepala desa menerima penghargaan atas dukungan terhadap tugas kepolisian. '
     'Upacara dipimpin Bupati Blitar selaku inspektur upacara.',
     '2025-07-01', 'given', []),
    ('a Kapolres pins badges on pupils',
     None,
     'PROBOLINGGO - Kapolres Probolinggo AKBP Wisnu Aji menyematkan lencana Sahabat Polisi kepada 20 '
     'pelajar teladan dari sejumlah SMA di Kraksaan, Kamis (24/7/2025). Para pelajar itu aktif dalam '
     'kampanye anti perundungan.',
     '2025-07-24', 'given', []),
    ('students made Duta Kamtibmas and given a piagam',
     None,
     'PATI - Polres Pati mengukuhkan lima pelajar sebagai Duta Kamtibmas sekaligus menyerahkan piagam '
     'penghargaan di Gedung Sarja Arya Guna, Selasa (12/8/2025).',
     '2025-08-12', 'given', []),
    ("a Polda's mural contest, winners receive from the Kapolda",
     None,
     'KUPANG - Lomba mural Bhayangkara yang digelar Polda Nusa Tenggara Timur diikuti 45 peserta. Para '
     'pemenang lomba menerima hadiah uang pembinaan dan piagam dari Kapolda NTT, Rabu (3/9/2025). Juara I '
     'diraih komunitas seni Rumah Warna Kupang.',
     '2025-09-03', 'given', []),
    ('a headline verb without its prefix, the award given in the passive with no giver',
     'Polres Indramayu Ganjar Penghargaan Tiga Jurnalis',
     'INDRAMAYU - Penghargaan diberikan kepada tiga jurnalis yang dinilai konsisten menulis berita sejuk '
     'selama Pilkada. Penyerahan dilakukan dalam acara coffee morning, Kamis (25/9/2025).',
     '2025-09-25', 'given', []),
    ('a Kapolres honours the Dandim and the Bupati',
     None,
     'LAMONGAN - Kapolres Lamongan AKBP Bobby Wirawan menyerahkan penghargaan kepada Dandim 0812/Lamongan '
     'dan Bupati Lamongan atas sinergi pengamanan Pilkada, Selasa (14/10/2025).',
     '2025-10-14', 'given', []),
    ('a counted group made up of outsiders',
     None,
     'DENPASAR - Kapolda Bali Irjen Pol Made Wijaya memberikan penghargaan kepada 25 orang yang terdiri '
     'dari pecalang, Satpam hotel dan relawan pariwisata atas pengamanan KTT, Kamis (6/11/2025).',
     '2025-11-06', 'given', []),
    ("a dead volunteer's family receives a piagam and tali asih",
     None,
     'BANTAENG - Keluarga almarhum Baso, relawan yang meninggal saat membantu pencarian korban banjir, '
     'menerima piagam penghargaan dan tali asih dari Polres Bantaeng, Kamis (27/11/2025).',
     '2025-11-27', 'given', []),
    ('a Bhabinkamtibmas gives, said in the headline with a bare verb',
     'Bhabinkamtibmas Polsek Ngemplak Beri Penghargaan Tokoh Agama',
     'SLEMAN - Bripka Joko Susilo, Bhabinkamtibmas Desa Widodomartani, menyerahkan piagam kepada Kiai '
     'Ahmad Fauzi atas perannya menjaga kerukunan warga, Senin (15/12/2025).',
     '2025-12-15', 'given', []),
    ('an award named in English to community figures',
     'Polres Sukabumi Gelar Police Award untuk Tokoh Masyarakat',
     'SUKABUMI - Sebanyak 12 tokoh masyarakat menerima Police Award 2025 dari Polres Sukabumi. Mereka '
     'dinilai berjasa membantu menjaga keamanan wilayah, Selasa (11/3/2025).',
     '2025-03-11', 'given', []),
    ("Linmas honoured by the 'jajaran' of a Polres, passive",
     None,
     'WONOGIRI - Sebanyak 30 anggota Linmas diberikan penghargaan oleh jajaran Polres Wonogiri karena '
     'membantu pengamanan tempat pemungutan suara, Kamis (8/5/2025).',
     '2025-05-08', 'given', []),
    ("the honour said in the chief's quote only",
     None,
     'GRESIK - Seorang nelayan Ujungpangkah, Mustofa (47), menyelamatkan tiga pemancing yang perahunya '
     'terbalik. "Penghargaan ini kami berikan kepada Pak Mustofa sebagai bentuk terima kasih," ujar '
     'Kapolres Gresik AKBP Rovan Richard, Kamis (19/6/2025).',
     '2025-06-19', 'given', []),
    ('apresiasi berupa piagam to a village',
     None,
     'KLUNGKUNG - Polsek Nusa Penida berikan apresiasi berupa piagam kepada Desa Ped yang berhasil menekan'
     ' angka pencurian ternak, Selasa (22/4/2025).',
     '2025-04-22', 'given', []),
    ('a Kapolsek together with a Danramil gives',
     None,
     'CEPU - Kapolsek Cepu bersama Danramil Cepu memberikan penghargaan kepada dua warga yang menggagalkan'
     ' pencurian kabel telepon, Selasa (4/2/2025).',
     '2025-02-04', 'given', []),
    ("a press conference first, the award to helpers 'pada kesempatan yang sama'",
     None,
     'TASIKMALAYA - Polres Tasikmalaya Kota mengungkap kasus pencurian sepeda motor dengan 11 tersangka. '
     'Kapolres Tasikmalaya Kota AKBP Rudi Hartono mengatakan, pihaknya menerima laporan dari 23 korban '
     'sejak Januari. Barang bukti berupa 19 sepeda motor diamankan. Pada kesempatan yang sama, Kapolres '
     'memberikan penghargaan kepada dua warga yang membantu penangkapan salah satu tersangka, Senin '
     '(28/10/2024).',
     '2024-10-28', 'given', []),
    ('RT heads receive a piagam from a Polsek, said in the headline',
     'Peduli Kamtibmas, 15 Ketua RT di Ciamis Terima Piagam dari Polsek',
     'CIAMIS - Sebanyak 15 ketua RT di Kecamatan Ciamis menerima piagam penghargaan dari Polsek Ciamis '
     'karena aktif menggerakkan siskamling, Kamis (3/10/2024).',
     '2024-10-03', 'given', []),
    ("the handover as a noun, its doer after 'dilakukan oleh'",
     None,
     'BOGOR - Penyerahan penghargaan kepada para juara lomba Kampung Tangguh Narkoba dilakukan oleh '
     'Kapolresta Bogor Kota Kombes Pol Bismo Teguh, Selasa (12/11/2024). Juara pertama diraih Kelurahan '
     'Tegal Gundil.',
     '2024-11-12', 'given', []),
    ('a teacher receives from a Kapolres, the headline a bare praise verb',
     'Polres Purbalingga Apresiasi Guru Honorer Penggerak Literasi Lalu Lintas',
     'PURBALINGGA - Sri Mulyani, seorang guru honorer di SD Negeri 1 Bojongsari, menerima piagam dari '
     'Kapolres Purbalingga AKBP Rosyid Hartanto, Senin (9/12/2024). Ia dinilai gigih mengenalkan aturan '
     'lalu lintas kepada murid-muridnya.',
     '2024-12-09', 'given', []),
    ('Satpam given their cards and a piagam',
     None,
     'BATAM - Kapolresta Barelang memberikan KTA dan piagam penghargaan kepada 40 Satpam kawasan industri '
     'Batamindo yang dinilai berprestasi, Kamis (16/1/2025).',
     '2025-01-16', 'given', []),
    ("soldiers who helped a Polres's personnel, honoured by a Kapolda",
     None,
     'JAYAPURA - Kapolda Papua Irjen Pol Mathius Fakhiri menganugerahkan penghargaan kepada enam prajurit '
     'Satgas Yonif 330 yang membantu evakuasi personel Polres Puncak dari lokasi kontak tembak, Selasa '
     '(4/2/2025).',
     '2025-02-04', 'given', []),
    ('press day, the press honoured by a Polres',
     None,
     'SUMENEP - Dalam rangka Hari Pers Nasional, Polres Sumenep memberikan penghargaan kepada insan pers '
     'yang selama ini menjadi mitra dalam menyebarkan informasi Kamtibmas, Kamis (20/2/2025).',
     '2025-02-20', 'given', []),
    ('a traffic contest between schools, the handover as a noun',
     None,
     'MANADO - Polresta Manado menggelar Lomba Tertib Lalu Lintas antarsekolah. SMA Negeri 9 Manado tampil'
     ' sebagai juara umum. Penyerahan trofi dilakukan Wakapolresta Manado AKBP Yohanes Lumi, Selasa '
     '(11/3/2025).',
     '2025-03-11', 'given', []),
    ("a reward 'berupa' cash to an informant",
     None,
     'KISARAN - Satresnarkoba Polres Asahan memberikan reward berupa uang tunai kepada seorang informan '
     'yang membantu pengungkapan 5 kilogram sabu, Selasa (22/4/2025).',
     '2025-04-22', 'given', []),
    ("an anniversary feast first, then 'Penghargaan juga diberikan kepada'",
     None,
     'BENGKALIS - Polres Bengkalis menggelar syukuran HUT Bhayangkara ke-79 di Mapolres, Selasa '
     '(1/7/2025). Acara diisi pemotongan tumpeng dan doa bersama. Penghargaan juga diberikan kepada tokoh '
     'masyarakat, tokoh agama dan insan pers yang mendukung tugas kepolisian.',
     '2025-07-01', 'given', []),
    ('Saka Bhayangkara members honoured by a Kapolsek',
     None,
     'MAGELANG - Kapolsek Muntilan memberikan piagam kepada sepuluh anggota Saka Bhayangkara yang membantu'
     ' pengaturan lalu lintas saat Waisak, Kamis (19/6/2025).',
     '2025-06-19', 'given', []),
    ('a Bhabinkamtibmas in apposition gives',
     None,
     'SRAGEN - Brigpol Andi Saputra, Bhabinkamtibmas Desa Gondang, memberikan piagam kepada pemilik warung'
     ' yang menggagalkan pencurian tabung gas, Kamis (24/7/2025).',
     '2025-07-24', 'given', []),
    ("medals hung on a run's winners by a Kapolres",
     None,
     'SEMARANG - Kapolrestabes Semarang mengalungkan medali kepada para juara Bhayangkara Run 10K di '
     'Simpang Lima, Minggu (29/6/2025). Lomba diikuti 3.000 pelari.',
     '2025-06-29', 'given', []),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", HONOURING_OTHERS, ids=[row[0] for row in HONOURING_OTHERS]
)
def test_the_police_honour_others(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- stories that look like the police honouring others: outside bodies honour the police, the police's people
# honoured beside others', the police only present or only handing over -------------------------------------

LOOK_ALIKES = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ('a press body honours a Polda',
     None,
     'SURABAYA - PWI Jawa Timur memberikan penghargaan kepada Polda Jawa Timur atas keterbukaan informasi '
     'kepada wartawan. Penghargaan diterima Kapolda Jatim Irjen Pol Imam Santoso di Surabaya, Senin '
     '(12/2/2024).',
     '2024-02-12', 'received', [
      (['Polda Jawa Timur'], 'Imam Santoso', 'media', 'PWI Jawa Timur', None, '2024-02-12'),
     ]),
    ("a drivers' community honours a Satlantas",
     None,
     'BEKASI - Paguyuban Ojol Bekasi memberikan piagam kepada Satlantas Polres Metro Bekasi Kota atas '
     'pendampingan keselamatan berkendara, Selasa (5/3/2024).',
     '2024-03-05', 'received', [
      (['Satlantas Polres Metro Bekasi Kota'], None, 'other', 'Paguyuban Ojol Bekasi', None, '2024-03-05'),
     ]),
    ("elders give a customary title to a Kapolres's wife",
     None,
     'KUPANG - Tetua adat Suku Helong menganugerahkan gelar kehormatan adat kepada istri Kapolres Kupang, '
     'Ny. Maria Tanjung, dalam upacara di Desa Bolok, Kamis (18/4/2024).',
     '2024-04-18', 'none', []),
    ('a Pangdam honours battalion soldiers and Satbrimob members',
     None,
     'AMBON - Pangdam XV/Pattimura memberikan penghargaan kepada prajurit Yonif 733/Masariku dan personel '
     'Satbrimob Polda Maluku yang berhasil mengamankan bentrokan di Pulau Haruku, Selasa (21/5/2024).',
     '2024-05-21', 'received', [
      (['Satbrimob Polda Maluku'], None, 'other', 'Pangdam XV/Pattimura', None, '2024-05-21'),
     ]),
    ('a Bupati honours a Polres and a Kodim',
     None,
     'BLORA - Bupati Blora memberikan penghargaan kepada Polres Blora dan Kodim 0721/Blora atas pengamanan'
     ' Pilkada, Jumat (7/6/2024).',
     '2024-06-07', 'received', [
      (['Polres Blora'], None, 'regional_government', 'Bupati Blora', None, '2024-06-07'),
     ]),
    ('a school honours a Kapolsek',
     None,
     'GARUT - SMA Negeri 1 Garut memberikan piagam penghargaan kepada Kapolsek Garut Kota Kompol Asep '
     'Saepudin atas pembinaan siswa, Senin (1/7/2024).',
     '2024-07-01', 'received', [
      (['Polsek Garut Kota'], 'Asep Saepudin', 'other', 'SMA Negeri 1 Garut', None, '2024-07-01'),
     ]),
    ('a Pemkab awards villages, the Kapolres attends',
     None,
     'SLEMAN - Pemerintah Kabupaten Sleman memberikan penghargaan kepada sepuluh desa terbaik pengelola '
     'sampah. Acara di Pendopo Parasamya itu dihadiri Kapolresta Sleman dan Dandim, Senin (15/7/2024).',
     '2024-07-15', 'none', []),
    ('a Polres contest whose winners are its Polsek',
     None,
     'KLATEN - Polres Klaten menggelar lomba Polsek terbaik pelayanan publik. Juara pertama diraih Polsek '
     'Wedi. Piala diserahkan Kapolres Klaten AKBP Warsono, Rabu (14/8/2024).',
     '2024-08-14', 'received', [
      (['Polsek Wedi'], None, 'other', 'Kapolres Klaten', None, '2024-08-14'),
     ]),
    ("a Kapolres honours a Polsek's Bhabinkamtibmas and a village head",
     None,
     'PEMALANG - Kapolres Pemalang AKBP Yovan Fatika memberikan penghargaan kepada Bhabinkamtibmas Polsek '
     'Comal Aipda Suroso dan Kepala Desa Purwosari atas keberhasilan menyelesaikan sengketa tanah, Selasa '
     '(10/9/2024).',
     '2024-09-10', 'received', [
      (['Polsek Comal'], 'Suroso', 'other', 'Kapolres Pemalang', None, '2024-09-10'),
     ]),
    ('a Danrem honours soldiers, a Polres attends',
     None,
     'SOLO - Danrem 074/Warastratama memberikan penghargaan kepada 20 prajurit berprestasi dalam upacara '
     'di Makorem, Kamis (3/10/2024). Kapolresta Surakarta turut hadir dalam upacara tersebut.',
     '2024-10-03', 'none', []),
    ('a Kejari honours a Satreskrim',
     None,
     'MEDAN - Kejaksaan Negeri Medan memberikan penghargaan kepada Satreskrim Polrestabes Medan atas '
     'kecepatan pelimpahan berkas perkara, Senin (28/10/2024).',
     '2024-10-28', 'received', [
      (['Satreskrim Polrestabes Medan'], None, 'other', 'Kejaksaan Negeri Medan', None, '2024-10-28'),
     ]),
    ('a Wali Kota honours citizens who helped the police',
     None,
     'BEKASI - Wali Kota Bekasi memberikan penghargaan kepada tiga pemuda yang membantu polisi menangkap '
     'pelaku begal di Bekasi Utara, Selasa (12/11/2024).',
     '2024-11-12', 'none', []),
    ('a Satpam association honours a Kapolres',
     None,
     'CILEGON - Asosiasi Badan Usaha Jasa Pengamanan Indonesia (Abujapi) Banten memberikan penghargaan '
     'kepada Kapolres Cilegon AKBP Kemas Indra atas pembinaan Satpam, Senin (9/12/2024).',
     '2024-12-09', 'received', [
      (['Polres Cilegon'], 'Kemas Indra', 'other', 'Abujapi Banten', None, '2024-12-09'),
     ]),
    ('a Kapolda Cup where Polres teams win',
     None,
     'PADANG - Tim bola voli Polres Solok keluar sebagai juara I Kapolda Cup 2025, mengalahkan Polresta '
     'Padang di final, Kamis (16/1/2025). Trofi diserahkan Kapolda Sumatera Barat.',
     '2025-01-16', 'received', [
      (['Polres Solok'], None, 'kapolda', 'Kapolda Sumatera Barat', 2025, '2025-01-16'),
     ]),
    ('an insurer honours a Satlantas',
     None,
     'PALU - PT Jasa Raharja Cabang Sulawesi Tengah memberikan penghargaan kepada Satlantas Polresta Palu '
     'atas penanganan kecelakaan yang cepat, Selasa (4/2/2025).',
     '2025-02-04', 'received', [
      (['Satlantas Polresta Palu'], None, 'other', 'PT Jasa Raharja', None, '2025-02-04'),
     ]),
    ("a Kapolres hands over the Bupati's award to villages",
     None,
     'BOJONEGORO - Kapolres Bojonegoro AKBP Mario Prahatinto menyerahkan penghargaan dari Bupati '
     'Bojonegoro kepada lima desa yang berhasil menekan angka perkawinan anak, Kamis (20/2/2025). '
     'Penyerahan dilakukan mewakili Bupati yang berhalangan hadir.',
     '2025-02-20', 'none', []),
    ('praise in words only',
     None,
     'JEPARA - Kapolres Jepara AKBP Erick Budi mengapresiasi warga Desa Mlonggo yang menggagalkan '
     'pencurian sepeda motor. "Terima kasih atas kepedulian warga," ujarnya, Selasa (11/3/2025).',
     '2025-03-11', 'none', []),
    ('Polsek members receive tali asih and piagam from a Bupati',
     None,
     'PURBALINGGA - Personel Polsek Kemangkon menerima tali asih dan piagam dari Bupati Purbalingga atas '
     'evakuasi korban banjir, Selasa (22/4/2025).',
     '2025-04-22', 'received', [
      (['Polsek Kemangkon'], None, 'regional_government', 'Bupati Purbalingga', None, '2025-04-22'),
     ]),
    ('a Kapolres honours his personnel and citizens together',
     None,
     'NGAWI - Kapolres Ngawi AKBP Dwiasi Wiyatputera memberikan penghargaan kepada tujuh personel Polres '
     'Ngawi dan tiga warga yang membantu penangkapan pelaku pembunuhan, Kamis (8/5/2025).',
     '2025-05-08', 'received', [
      (['Polres Ngawi'], None, 'other', 'Kapolres Ngawi', None, '2025-05-08'),
     ]),
    ('a DPRD honours a Polres',
     None,
     'SAMPANG - DPRD Kabupaten Sampang memberikan penghargaan kepada Polres Sampang atas pengamanan '
     'pemilihan kepala desa serentak, Senin (2/6/2025).',
     '2025-06-02', 'received', [
      (['Polres Sampang'], None, 'regional_government', 'DPRD Kabupaten Sampang', None, '2025-06-02'),
     ]),
    ("a reward announced for next week's winners",
     None,
     'KEBUMEN - Polres Kebumen akan memberikan hadiah kepada para juara lomba kampung tangguh. Pengumuman '
     'pemenang dan penyerahan hadiah dijadwalkan pekan depan, kata Kasat Binmas, Kamis (19/6/2025).',
     '2025-06-19', 'none', []),
    ('citizens honour a Polsek',
     None,
     'JAKARTA - Warga Kampung Pulo memberikan piagam terima kasih kepada Polsek Jatinegara atas bantuan '
     'evakuasi korban banjir, Kamis (16/1/2025).',
     '2025-01-16', 'received', [
      (['Polsek Jatinegara'], None, 'other', None, None, '2025-01-16'),
     ]),
    ('a Bupati honours the Dandim and a Kapolres',
     None,
     'LUMAJANG - Bupati Lumajang memberikan penghargaan kepada Dandim 0821/Lumajang dan Kapolres Lumajang '
     'AKBP Dewa Putu atas penanganan erupsi Semeru, Kamis (20/2/2025).',
     '2025-02-20', 'received', [
      (['Polres Lumajang'], 'Dewa Putu', 'regional_government', 'Bupati Lumajang', None, '2025-02-20'),
     ]),
    ('Satpam honoured by their association, no police',
     None,
     'BEKASI - Sepuluh Satpam berprestasi menerima penghargaan dari Asosiasi Badan Usaha Jasa Pengamanan '
     'Indonesia dalam peringatan HUT Satpam, Senin (2/6/2025).',
     '2025-06-02', 'none', []),
    ('firefighters honoured by a Bupati, a Kapolres attends',
     None,
     'KARAWANG - Bupati Karawang memberikan penghargaan kepada petugas pemadam kebakaran yang memadamkan '
     'kebakaran pabrik. Kapolres Karawang turut menyaksikan penyerahan itu, Selasa (12/8/2025).',
     '2025-08-12', 'none', []),
    ('a Polres receives from a Bupati, then honours citizens at the same event',
     None,
     'BATANG - Polres Batang menerima penghargaan dari Bupati Batang atas pengamanan arus mudik, Rabu '
     '(3/9/2025). Dalam acara yang sama, Kapolres Batang memberikan piagam kepada sepuluh relawan.',
     '2025-09-03', 'received', [
      (['Polres Batang'], None, 'regional_government', 'Bupati Batang', None, '2025-09-03'),
     ]),
    ("a Wali Kota's award handed over by a Kapolresta for him, in the passive",
     None,
     'KEDIRI - Penghargaan dari Wali Kota Kediri diserahkan Kapolresta Kediri kepada tiga sekolah ramah '
     'anak, Kamis (6/11/2025).',
     '2025-11-06', 'none', []),
    ('two pecalang and a Polsek member honoured by a Polres',
     None,
     'NEGARA - Polres Jembrana memberikan penghargaan kepada dua pecalang dan seorang anggota Polsek '
     'Negara yang menggagalkan pencurian di pura, Kamis (6/11/2025).',
     '2025-11-06', 'received', [
      (['Polsek Negara'], None, 'other', 'Polres Jembrana', None, '2025-11-06'),
     ]),
    ('a Bupati and a Kapolres honour each other',
     None,
     'WONOGIRI - Bupati Wonogiri menyerahkan penghargaan kepada Polres Wonogiri atas pengamanan Pilkada, '
     'Kamis (27/11/2025). Sebaliknya, Kapolres Wonogiri memberikan piagam kepada Bupati atas dukungan '
     'sarana.',
     '2025-11-27', 'received', [
      (['Polres Wonogiri'], None, 'regional_government', 'Bupati Wonogiri', None, '2025-11-27'),
     ]),
    ('a press body honours a Kasi Humas',
     None,
     'KUDUS - PWI Kudus memberikan penghargaan kepada Kasi Humas Polres Kudus Iptu Sri Widodo atas '
     'keterbukaan informasi, Senin (15/12/2025).',
     '2025-12-15', 'received', [
      (['Seksi Humas Polres Kudus'], 'Sri Widodo', 'media', 'PWI Kudus', None, '2025-12-15'),
     ]),
    ('pupils who won a debate congratulated by a Kapolres in words',
     None,
     'SOLO - Siswa SMA Negeri 3 Solo yang menjuarai lomba debat nasional berkunjung ke Mapolresta '
     'Surakarta dan menerima ucapan selamat dari Kapolresta, Selasa (14/10/2025).',
     '2025-10-14', 'none', []),
    ('a Kapolda honours a Polres and three citizens',
     None,
     'PALEMBANG - Kapolda Sumatera Selatan memberikan penghargaan kepada Polres Muara Enim dan tiga warga '
     'yang membantu pengungkapan perampokan, Selasa (14/10/2025).',
     '2025-10-14', 'received', [
      (['Polres Muara Enim'], None, 'kapolda', 'Kapolda Sumatera Selatan', None, '2025-10-14'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", LOOK_ALIKES, ids=[row[0] for row in LOOK_ALIKES]
)
def test_stories_that_look_like_the_police_honouring_others(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- the role of short stories, said short: a recipient's kin named by a police post, the members of a police unit
# listed after others, the giver's own earlier award told as background, receivers the lists of actors do not know ----------------------------------------

ROLES = [
    # construction, headline, text, role
    ("a customary title to a Kapolda's wife", None,
     "Dewan Adat Dayak menganugerahkan gelar kehormatan adat kepada istri Kapolda Kalimantan Tengah dalam ritual "
     "tampung tawar di Palangka Raya.",
     "none"),
    ("a school's piagam to a Kapolsek's daughter", None,
     "Kepala sekolah menyerahkan piagam penghargaan kepada putri Kapolsek Cepu yang menjuarai olimpiade sains.",
     "none"),
    ("members of a Polres listed after a Kodim's", None,
     "Danrem 161/Wira Sakti memberikan piagam penghargaan kepada anggota Kodim 1604/Kupang dan personel Polres "
     "Kupang atas pencarian korban longsor.",
     "received"),
    ("a Satlantas's members listed after volunteers", None,
     "Wali Kota Malang memberikan penghargaan kepada relawan dan para anggota Satlantas Polresta Malang Kota yang "
     "mengatur lalu lintas saat banjir.",
     "received"),
    ("members of the Linmas listed after citizens are not the police's", None,
     "Bupati Sleman memberikan piagam kepada warga dan anggota Linmas yang menjaga TPS.",
     "none"),
    ("the giver's earlier award, opened with 'Sebelumnya', second in the story", None,
     "Kapolsek Sukoharjo memberikan piagam kepada tiga tukang becak yang menangkap penjambret di Pasar Ir Soekarno. "
     "Sebelumnya, Polsek Sukoharjo juga meraih penghargaan dari Bupati Sukoharjo atas pelayanan SKCK.",
     "given"),
    ("the giver's earlier award with 'pernah meraih', second in the story", None,
     "Satlantas Polres Ponorogo menyerahkan piagam kepada sepuluh pengemudi bus yang nihil pelanggaran. Satlantas "
     "Polres Ponorogo juga pernah meraih penghargaan dari Jasa Raharja.",
     "given"),
    ("an earlier award alone is still told as received", None,
     "Sebelumnya, Polres Ponorogo menerima penghargaan dari Bupati Ponorogo atas pengamanan Grebeg Suro.",
     "received"),
    ("the recipient inside the chief's quote, its speaker after it", None,
     '"Piagam ini kami serahkan kepada Bu Ningsih karena keberaniannya," kata Kapolsek Kartasura AKP Budi Hartono.',
     "given"),
    ("a Kapolres and a Dandim give together", None,
     "Kapolres Sumedang AKBP Indra Setiawan dan Dandim 0610/Sumedang menyerahkan piagam kepada lima relawan pencari "
     "korban longsor.",
     "given"),
    ("a Dandim and a Kapolsek give together, the police second", None,
     "Danramil Tempel bersama Kapolsek Tempel memberikan penghargaan kepada petani yang menangkap pencuri pompa air.",
     "given"),
    ("a Kapolsek hands over on a Camat's behalf", None,
     "Kapolsek Gamping, mewakili Camat Gamping, menyerahkan piagam kepada juara lomba kebersihan kampung.",
     "none"),
    ("a Kapolres hands over a Gubernur's award", None,
     "Kapolres Magetan menyerahkan penghargaan dari Gubernur Jawa Timur kepada tiga kelompok tani.",
     "none"),
    ("a Kapolres hands over a Kapolda's award to citizens", None,
     "Kapolres Magetan menyerahkan penghargaan dari Kapolda Jawa Timur kepada tiga warga penangkap begal.",
     "given"),
    ("the police whose belongings were found are inside the finders' clause", None,
     "Seorang sopir angkot yang mengembalikan dompet milik personel Satlantas Polres Kudus menerima piagam dari "
     "Kasat Lantas.",
     "given"),
    ("a Bhabinkamtibmas named by his Kelurahan gives", None,
     "Bhabinkamtibmas Kelurahan Tegalrejo menyerahkan piagam kepada pengurus masjid yang menyediakan posko mudik.",
     "given"),
    ("medals hung on a contest's winners, in the passive", None,
     "Medali dikalungkan Kapolres Wonosobo kepada para pemenang lomba sepeda gembira HUT Bhayangkara.",
     "given"),
    ("a Kapolda hangs medals on his own Satbrimob", None,
     "Kapolda Sulawesi Tengah mengalungkan medali kepada personel Satbrimob Polda Sulteng yang kembali dari tugas "
     "operasi.",
     "received"),
    ("congratulations from a Kapolres are no award", None,
     "Kapolres Banjarnegara memberikan ucapan selamat kepada pelajar yang menjuarai olimpiade matematika.",
     "none"),
    ("a contest won elsewhere, then congratulations from the police", None,
     "Tim paduan suara SMP Negeri 2 Sleman yang menjuarai festival nasional datang ke Mapolresta Sleman dan menerima "
     "ucapan selamat dari Kapolresta.",
     "none"),
    ("praise from a Kapolres taken by pupils", None,
     "Pelajar yang menang lomba cerdas cermat itu mendapat pujian dari Kapolres Temanggung.",
     "none"),
    ("a hospital named after a doctor receives from a Polda", None,
     "RSUP dr. Sardjito menerima piagam penghargaan dari Polda DIY atas pelayanan korban kecelakaan bus wisata.",
     "given"),
    ("a village midwife the lists do not know receives from a Kapolres", None,
     "Seorang bidan desa di Kecamatan Cangkringan menerima piagam penghargaan dari Kapolresta Sleman karena menolong "
     "persalinan di pos pengungsian.",
     "given"),
    ("a man named by where he is from, given by a Kapolres in the passive", None,
     "Seorang pria asal Dompu diberi penghargaan oleh Kapolres Bima Kota setelah mengejar pelaku jambret.",
     "given"),
    ("the keepers of a tourist site receive from a Polsek", None,
     "Pengelola wisata Kalibiru mendapat piagam dari Polsek Kokap atas kerja sama menjaga keamanan pengunjung.",
     "given"),
    ("a student receives from a Satlantas", None,
     "Mahasiswi Universitas Jember menerima penghargaan dari Satlantas Polres Jember atas video kampanye helm.",
     "given"),
    ("an officer named in apposition to his post receives", None,
     "Kapolsek Wedi, IPTU Budi Santoso, diberi penghargaan oleh Kapolres Klaten atas pengungkapan pencurian.",
     "received"),
    ("a verbless headline: the award, its police giver, and for whom",
     "Piagam Kapolres Rembang untuk Nelayan Penolong Korban Kapal Tenggelam",
     "Aksi para nelayan itu menuai pujian. Mereka menarik tiga korban ke perahu sebelum tim SAR tiba.",
     "given"),
    ("a verbless headline with 'dari' and 'bagi'",
     "Penghargaan dari Polresta Denpasar bagi Pecalang Pengaman Nyepi",
     "Para pecalang berjaga di setiap banjar selama 24 jam. Situasi Nyepi berjalan aman.",
     "given"),
    ("a verbless headline, the police's award for a Polres",
     "Trofi Kapolda Jawa Tengah untuk Polres Rembang",
     "Polres Rembang dinilai terbaik dalam pengamanan arus mudik tahun ini.",
     "received"),
    ("a passive headline, a reward named before the chief",
     "Berani Kejar Penjambret, Pelajar Ini Diberi Reward Kapolres",
     "Aksi pelajar kelas XI itu terekam kamera pengawas. Pelaku kini ditahan di Mapolsek.",
     "given"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", ROLES, ids=[r[0] for r in ROLES])
def test_roles_beside_the_police_honouring_others(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


# -- outsiders who thank the police in their own names: citizens' associations and schools give, an association of
# bodies is no national agency, and a Polsek named for its town ("Polsek X Kota") keeps "Kota" before a rank -----

THANKED_BY_OUTSIDERS = [
    # construction, text, recipient units, giver, kind
    ("a community gives in its own name",
     "Komunitas Sepeda Onthel Klaten memberikan piagam kepada Satlantas Polres Klaten atas pengawalan kirab budaya.",
     ["Satlantas Polres Klaten"], "Komunitas Sepeda Onthel Klaten", "other"),
    ("a school gives in its own name",
     "SMK Negeri 1 Wonosari menyerahkan plakat penghargaan kepada Polsek Wonosari atas pembinaan siswa.",
     ["Polsek Wonosari"], "SMK Negeri 1 Wonosari", "other"),
    ("a traders' association honours a Kapolsek",
     "Perkumpulan Pedagang Pasar Johar memberikan penghargaan kepada Kapolsek Semarang Tengah AKP Budi Santoso.",
     ["Polsek Semarang Tengah"], "Perkumpulan Pedagang Pasar Johar", "other"),
    ("an association of security companies is no national agency",
     "Asosiasi Badan Usaha Jasa Pengamanan Indonesia (Abujapi) Jawa Tengah memberikan penghargaan kepada Ditbinmas "
     "Polda Jawa Tengah.",
     ["Ditbinmas Polda Jawa Tengah"], "Abujapi Jawa Tengah", "other"),
    ("a town's own Polsek, its chief's rank after 'Kota'",
     "Kapolsek Pontianak Kota AKP Budi Hartono menerima piagam dari Wali Kota Pontianak.",
     ["Polsek Pontianak Kota"], "Wali Kota Pontianak", "regional_government"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units, giver, kind", THANKED_BY_OUTSIDERS, ids=[r[0] for r in THANKED_BY_OUTSIDERS]
)
def test_outsiders_who_thank_the_police(construction, text, units, giver, kind):
    (award,) = extract_awards(None, text, "2025-01-01T12:00:00+07:00")
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
    assert award["category"] == kind
    assert shares_words(giver, award["giver"]), award["giver"]
