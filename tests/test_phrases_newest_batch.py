"""Phrase tables of the newest real stories' constructions: NGO, council and press awards, a Kapolres rewarding his
members, the traffic police rewarding road users, awards to Satpol PP or Damkar with the police only present."""

import pytest
from phrase_checks import awards_of_passage, check_breadth_of_wording

from pipelines.classify import classify_award_role

# -- a first probe, written and labelled before any rule of this family was run on it --------------------------------
# An NGO named with its acronym, a DPRD, a journalists' association, a Kapolres rewarding his own members, a Satlantas
# rewarding orderly riders, Damkar and Satpol PP honoured by a head of region with the police only attending, a
# Kapolres's decree co-signed by a Bupati and a Dandim, an NGO honouring two Kapolda ("Selain X, ... juga diberikan").
NEWEST_PROBE = [
    ('an NGO named with its acronym in brackets gives; its director hands over to the Kapolres',
     None,
     'BERAU - Yayasan Konservasi Alam Nusantara (YKAN) memberikan penghargaan kepada Polres Berau atas pengungkapan '
     'perdagangan telur penyu di pesisir Derawan. Penghargaan diserahkan Direktur Program YKAN Herlina Hartanto kepada '
     'Kapolres Berau AKBP Sindhu Brahmarya di Tanjung Redeb, Selasa (14/5/2024). Sindhu berjanji patroli laut akan '
     'terus digelar bersama warga pesisir.',
     '2024-05-15', 'received', [
      (['Polres Berau'], 'Sindhu Brahmarya', 'other', 'YKAN', None, '2024-05-14'),
     ]),
    ('a DPRD gives a piagam to a Polsek, taken by its Kapolsek',
     None,
     'SLEMAN - DPRD Kabupaten Sleman memberikan piagam penghargaan kepada Polsek Depok Barat atas penanganan tawuran '
     'pelajar yang cepat. Piagam diserahkan Ketua DPRD Sleman kepada Kapolsek Depok Barat Kompol Budi Karyanto dalam '
     'rapat paripurna, Kamis (8/8/2024). Budi mengatakan patroli malam akan ditambah.',
     '2024-08-09', 'received', [
      (['Polsek Depok Barat'], 'Budi Karyanto', 'regional_government', 'DPRD Kabupaten Sleman', None, '2024-08-08'),
     ]),
    ('a journalists\' association honours a Kapolres as a friend of the press',
     None,
     'JEMBER - Persatuan Wartawan Indonesia (PWI) Kabupaten Jember menganugerahkan penghargaan sahabat pers kepada '
     'Kapolres Jember AKBP Bayu Pratama Gubunagi, Jumat (9/2/2024). Penghargaan diberikan dalam peringatan Hari Pers '
     'Nasional di Pendopo Wahyawibawagraha. Ketua PWI Jember menilai Polres Jember terbuka kepada wartawan.',
     '2024-02-10', 'received', [
      (['Polres Jember'], 'Bayu Pratama Gubunagi', 'media', 'PWI Kabupaten Jember', None, '2024-02-09'),
     ]),
    ('a Kapolres rewards unnamed members of his own Polres at the morning apel',
     None,
     'PATI - Kapolres Pati AKBP Andhika Bayu Adhittama memberikan penghargaan kepada 25 personel yang dinilai '
     'berprestasi dalam apel pagi di Mapolres Pati, Senin (3/6/2024). Para personel itu berhasil mengungkap komplotan '
     'pencuri ternak yang meresahkan warga. "Penghargaan ini agar anggota makin semangat," kata Andhika.',
     '2024-06-04', 'received', [
      (['Polres Pati'], None, 'other', 'Kapolres Pati', None, '2024-06-03'),
     ]),
    ('a Satlantas hands parcels to orderly riders',
     None,
     'KUDUS - Satlantas Polres Kudus membagikan bingkisan kepada pengendara yang tertib berlalu lintas di Simpang '
     'Tujuh, Rabu (12/3/2025). Kasat Lantas AKP Ahmad Ridwan mengatakan bingkisan itu merupakan penghargaan bagi '
     'warga yang melengkapi surat kendaraan dan memakai helm. Pengendara yang melanggar diberi teguran.',
     '2025-03-13', 'given', []),
    ('a Polres through its Satlantas gives helmets as a reward to road users who obey the rules',
     None,
     'PURWOKERTO - Polresta Banyumas melalui Satlantas memberikan reward berupa helm dan voucher belanja kepada '
     'pengguna jalan yang patuh aturan, Jumat (6/9/2024). Menurut Kasat Lantas Kompol Ragil Widodo, reward diberikan '
     'agar pengguna jalan lain ikut tertib. "Kami tidak hanya menilang, tetapi juga memberi apresiasi," ujarnya.',
     '2024-09-07', 'given', []),
    ('a Wali Kota honours Damkar officers; the Kapolresta only attends',
     None,
     'MALANG - Wali Kota Malang memberikan penghargaan kepada sepuluh petugas Pemadam Kebakaran yang berjasa memadamkan '
     'kebakaran Pasar Besar, Senin (15/7/2024). Upacara di Balai Kota dihadiri Kapolresta Malang Kota Kombes Pol Budi '
     'Hermanto dan Dandim 0833. Wali Kota berharap armada damkar segera ditambah.',
     '2024-07-16', 'none', []),
    ('a Bupati honours Satpol PP and Linmas members; the Kapolres attends',
     None,
     'GRESIK - Bupati Gresik memberikan piagam penghargaan kepada anggota Satpol PP dan Satlinmas berprestasi pada '
     'peringatan HUT Satpol PP, Rabu (20/3/2024). Turut hadir Kapolres Gresik AKBP Adhitya Panji Anom dan unsur '
     'Forkopimda. Bupati meminta Satpol PP tetap humanis dalam menegakkan perda.',
     '2024-03-21', 'none', []),
    ('a Kapolres decree co-signed by a Bupati and a Dandim honours police and soldiers',
     None,
     'TIMIKA - Sebanyak 18 personel Polri dan 6 prajurit TNI menerima piagam penghargaan dalam upacara di Mapolres '
     'Mimika, Kamis (4/7/2024). Penghargaan diberikan berdasarkan Surat Keputusan Kapolres Mimika yang ditandatangani '
     'Bupati Mimika, Kapolres Mimika dan Dandim 1710/Mimika. Mereka dinilai berhasil mengamankan bentrokan antarwarga '
     'di Kwamki Narama.',
     '2024-07-05', 'received', [
      (['Polres Mimika'], None, 'other', 'Kapolres Mimika', None, '2024-07-04'),
     ]),
    ('an NGO honours two Kapolda: selain X, penghargaan juga diberikan kepada Kapolda Y',
     None,
     'BANDUNG - Lembaga Perlindungan Anak Indonesia (LPAI) menganugerahkan penghargaan kepada Kapolda Jawa Barat Irjen '
     'Akhmad Wiyagus atas penanganan kasus kekerasan terhadap anak. Selain Wiyagus, penghargaan juga diberikan kepada '
     'Kapolda Banten Irjen Suyudi Ario Seto. Penghargaan diserahkan Ketua Umum LPAI Seto Mulyadi di Bandung, Sabtu '
     '(20/7/2024).',
     '2024-07-21', 'received', [
      (['Polda Jawa Barat', 'Polda Banten'], None, 'other', 'LPAI', None, '2024-07-20'),
     ]),
]  # fmt: skip


# -- rewards the traffic police hand to orderly road users --------------------------------------------------------------
# "Satlantas membagikan hadiah kepada pengendara yang tertib", "reward berupa voucher bagi pengguna jalan yang patuh",
# a headline with the reward first ("Helm Diberikan Satlantas bagi Pemotor Tertib"): Polri gives, whatever gift word
# names the reward. A reward only wished for ("tertib bukan karena ingin mendapat hadiah") tells of no award.
ROAD_USERS_REWARDED = [
    ('Satlantas membagikan hadiah kepada pengendara yang tertib; the road users only named after',
     'Satlantas Polres Sragen Bagi-bagi Hadiah',
     'SRAGEN - Satlantas Polres Sragen membagikan hadiah kepada pengendara yang tertib melintas di Bundaran Masaran, '
     'Kamis (5/9/2024). Hadiahnya berupa kaus, payung dan voucher bensin. Kasat Lantas AKP Dwi Nugroho berharap '
     'warga lain ikut menaati rambu.',
     '2024-09-06', 'given', []),
    ('a headline with the reward first, given by the Satlantas to orderly riders',
     'Helm Baru Diberikan Satlantas bagi Pemotor yang Tertib',
     'PANGKALPINANG - Petugas Satlantas Polresta Pangkalpinang menghentikan sejumlah pemotor di Jalan Sudirman, Senin '
     '(2/12/2024). Bukan untuk ditilang, mereka yang surat-suratnya lengkap justru mendapat helm baru. Pelanggar '
     'hanya diberi teguran.',
     '2024-12-03', 'given', []),
    ('a reward only wished for, in a story of rewards to orderly road users',
     None,
     'BIMA - Polres Bima Kota melalui Satlantas memberikan reward berupa voucher pulsa kepada pengguna jalan yang '
     'taat aturan, Rabu (10/7/2024). Menurut Kasat Lantas, warga yang baik tertib bukan karena ingin mendapat '
     'hadiah, melainkan karena sadar keselamatan.',
     '2024-07-11', 'given', []),
    ('personel bekerja bukan demi mendapat penghargaan: a reward wished for, no award',
     None,
     'MATARAM - Satlantas Polresta Mataram tidak hanya menindak pelanggar. Kasat Lantas Kompol Yusuf Hidayat '
     'mengatakan personel Satlantas Polresta Mataram bekerja bukan demi mendapat penghargaan, melainkan demi '
     'keselamatan warga, Rabu (6/11/2024).',
     '2024-11-07', 'none', []),
]  # fmt: skip


# -- a Kapolres's decree, co-signed; members of Polri and the TNI counted side by side ----------------------------------
# "berdasarkan Surat Keputusan Kapolres X Nomor ..., yang ditandatangani Bupati X, Kapolres dan Dandim": the post whose
# decree it is gives, whoever co-signs or hands it over. "18 personel Polri dan 6 prajurit TNI menerima piagam": the
# police among the counted receivers make the sentence theirs.
DECREES_AND_COUNTED_MEMBERS = [
    ('sesuai Surat Keputusan Kapolresta X Nomor ..., ditandatangani Wali Kota: the Kapolresta gives',
     None,
     'SORONG - Dua belas anggota Polresta Sorong Kota menerima piagam penghargaan di Mapolresta, Senin (9/9/2024). '
     'Piagam diberikan sesuai Surat Keputusan Kapolresta Sorong Kota Nomor Kep/45/IX/2024, yang ikut ditandatangani '
     'Wali Kota Sorong dan Dandim 1802. Mereka dinilai sigap meredam bentrok di pelabuhan.',
     '2024-09-10', 'received', [
      (['Polresta Sorong Kota'], None, 'other', 'Kapolresta Sorong Kota', None, '2024-09-09'),
     ]),
    ('N anggota Polres X dan M prajurit Kodim Y menerima piagam dari Bupati',
     None,
     'NABIRE - Sebanyak 12 anggota Polres Nabire dan 5 prajurit Kodim 1705 menerima piagam penghargaan dari Bupati '
     'Nabire atas evakuasi korban banjir, Selasa (8/10/2024). Piagam diserahkan di halaman kantor bupati.',
     '2024-10-09', 'received', [
      (['Polres Nabire'], None, 'regional_government', 'Bupati Nabire', None, '2024-10-08'),
     ]),
]  # fmt: skip


# -- Selain X, penghargaan juga diberikan kepada Kapolda Y -----------------------------------------------------------
# Whom the opening sets aside had the award just told; the chief named after the verb shares it for his unit, and with
# two chiefs sharing it none is its officer.
BESIDES_ANOTHER_CHIEF = [
    ('selain X, piagam itu juga diserahkan kepada Kapolres Y',
     None,
     'Komnas Perlindungan Anak memberikan piagam kepada Kapolres Sleman AKBP Edy Setyanto atas penanganan kasus '
     'kekerasan seksual terhadap anak. Selain Edy, piagam itu juga diserahkan kepada Kapolres Bantul AKBP Michael '
     'Tamba.',
     '2024-05-06', 'received', [
      (['Polres Sleman', 'Polres Bantul'], None, 'other', 'Komnas Perlindungan Anak', None, None),
     ]),
    ('di samping X, penghargaan pun diberikan kepada Kapolda Y',
     None,
     'Yayasan Kita Peduli Anak menganugerahkan penghargaan kepada Kapolda Sulawesi Selatan Irjen Yudhiawan atas '
     'layanan ramah anak. Di samping Yudhiawan, penghargaan pun diberikan kepada Kapolda Sulawesi Barat Irjen Adang '
     'Ginanjar.',
     '2024-05-06', 'received', [
      (['Polda Sulawesi Selatan', 'Polda Sulawesi Barat'], None, 'other', 'Yayasan Kita Peduli Anak', None, None),
     ]),
]  # fmt: skip


# -- a body named with its seat and province gives; a mascot is a gift; a year's awards counted ------------------------
# "Yayasan X (YX) di Ketapang, Kalimantan Barat menganugerahkan penghargaan kepada Polres Y": the body gives, its seat
# and province no part of its name. "memberikan hadiah berupa maskot Pemilu kepada Polres X": a sign of cooperation,
# no award. "Sepanjang tahun 2023, Polda X telah memberikan penghargaan kepada 512 personel": a year's awards counted,
# none conferred in the story.
SEATS_GIFTS_AND_SUMMARIES = [
    ('Yayasan X (YX) di Town, Province memberikan penghargaan kepada Polres Y',
     None,
     'KUBU RAYA - Yayasan Penyelamatan Satwa Borneo (YPSB) di Kubu Raya, Kalimantan Barat memberikan penghargaan '
     'kepada Polres Kubu Raya atas pengungkapan perdagangan kukang, Rabu (16/10/2024). Penghargaan diterima Kapolres '
     'Kubu Raya AKBP Wahyu Jati Wibowo.',
     '2024-10-17', 'received', [
      (['Polres Kubu Raya'], 'Wahyu Jati Wibowo', 'other', 'YPSB', None, '2024-10-16'),
     ]),
    ('Perkumpulan X di Town, Province menganugerahkan piagam kepada Polresta Y',
     None,
     'Lembaga Advokasi Anak Nusantara (LAAN) di Kupang, Nusa Tenggara Timur menganugerahkan piagam kepada Polresta '
     'Kupang Kota atas layanan ruang ramah anak, Jumat (1/11/2024).',
     '2024-11-02', 'received', [
      (['Polresta Kupang Kota'], None, 'other', 'LAAN', None, '2024-11-01'),
     ]),
    ('memberikan hadiah berupa maskot kepada Polres X: a gift',
     None,
     'Ketua Bawaslu Kabupaten Kapuas memberikan hadiah berupa maskot pengawasan pemilu kepada Polres Kapuas, Senin '
     '(5/2/2024). Penyerahan itu menjadi simbol kerja sama menjaga pemilu damai.',
     '2024-02-06', 'none', []),
    ('menyerahkan maskot kepada Kapolres: a gift',
     None,
     'KPU Kota Batu menyerahkan maskot Pilkada kepada Kapolres Batu AKBP Andi Yudha Pranata sebagai tanda sinergi, '
     'Kamis (12/9/2024).',
     '2024-09-13', 'none', []),
    ('Sepanjang tahun 2023, Polda X telah memberikan penghargaan kepada N personel: a year counted',
     None,
     'PADANG - Sepanjang tahun 2023, Polda Sumatera Barat telah memberikan penghargaan kepada 512 personel yang '
     'berprestasi. Hal itu disampaikan Kabid Humas Polda Sumbar dalam rilis akhir tahun, Jumat (29/12/2023).',
     '2023-12-30', 'none', []),
    ('Selama 2024 Polres X meraih N penghargaan: a year counted',
     None,
     'Selama 2024 Polres Cilacap meraih 14 penghargaan dari berbagai instansi. Kapolres Cilacap menyebut capaian itu '
     'hasil kerja seluruh personel.',
     '2024-12-31', 'none', []),
]  # fmt: skip


# -- the award just told, also handed to a list of chiefs by their posts ------------------------------------------------
# "Menteri juga menyerahkan piagam kepada Gubernur, Kapolres A, Kapolres B dan Kapolsek C": each chief stands for his
# unit and shares the award; each took it for his own unit, so none is the shared award's officer.
CHIEFS_LISTED_TOO = [
    ('juga menyerahkan piagam kepada a Bupati and three chiefs by post',
     None,
     'Kapolres Berau AKBP Sindhu Brahmarya menerima piagam penghargaan dari Menteri Kelautan dan Perikanan atas '
     'pengungkapan penyelundupan benih lobster, Selasa (6/8/2024). Pada kesempatan itu Menteri juga menyerahkan piagam '
     'kepada Bupati Berau, Kapolres Bulungan, Kapolres Nunukan dan Kapolsek Derawan.',
     '2024-08-07', 'received', [
      (['Polres Berau', 'Polres Bulungan', 'Polres Nunukan', 'Polsek Derawan'], None, 'ministry',
       'Menteri Kelautan dan Perikanan', None, '2024-08-06'),
     ]),
    ('turut diberikan kepada two Kapolres by post after a Polres award',
     None,
     'Polres Sikka meraih penghargaan dari Gubernur Nusa Tenggara Timur atas pengamanan arus mudik, Rabu (17/4/2024). '
     'Penghargaan serupa turut diberikan kepada Kapolres Ende dan Kapolres Flores Timur.',
     '2024-04-18', 'received', [
      (['Polres Sikka', 'Polres Ende', 'Polres Flores Timur'], None, 'regional_government',
       'Gubernur Nusa Tenggara Timur', None, '2024-04-17'),
     ]),
]  # fmt: skip


# -- the award credited to a sub-unit named in an aside: "Polda X, dalam hal ini Direktorat Reskrimum, ..." ------------
# The aside says which of the unit's own units earned it: the sub-unit receives beside it. Thanks to a unit "khususnya"
# one of its units is praise, and adds none.
CREDITED_IN_AN_ASIDE = [
    ('Polda X, dalam hal ini Unit PPA di Direktorat Reskrimum, ...: the directorate beside the Polda',
     None,
     'Lembaga Perlindungan Anak Indonesia memberikan penghargaan kepada Polda Jawa Timur atas penanganan kasus '
     'kekerasan terhadap anak, Senin (22/7/2024). Menurut Ketua LPAI, Polda Jatim, dalam hal ini Unit PPA di '
     'Direktorat Reskrimum, cepat menangkap para pelaku.',
     '2024-07-23', 'received', [
      (['Polda Jawa Timur', 'Ditreskrimum Polda Jawa Timur'], None, 'other', 'Lembaga Perlindungan Anak Indonesia',
       None, '2024-07-22'),
     ]),
    ('Polres X, dalam hal ini Satreskrim, ...: the Satreskrim beside the Polres',
     None,
     'Komnas Perlindungan Anak memberikan piagam kepada Polres Cianjur, Kamis (8/2/2024). Ketua Komnas PA menilai Polres '
     'Cianjur, dalam hal ini Satreskrim, tuntas mengusut kasus perdagangan anak.',
     '2024-02-09', 'received', [
      (['Polres Cianjur', 'Satreskrim Polres Cianjur'], None, 'other', 'Komnas Perlindungan Anak', None, '2024-02-08'),
     ]),
    ('thanks to Polda X khususnya a directorate: no sub-unit added',
     None,
     'BPJS Ketenagakerjaan memberikan penghargaan kepada Polda Riau atas penegakan kepatuhan iuran, Selasa '
     '(5/3/2024). Kepala BPJS berterima kasih kepada jajaran Polda Riau, khususnya Ditreskrimsus yang cepat menangani '
     'pengaduan.',
     '2024-03-06', 'received', [
      (['Polda Riau'], None, 'other', 'BPJS Ketenagakerjaan', None, '2024-03-05'),
     ]),
]  # fmt: skip


# -- Polri members set aside by the opening, then others honoured too -------------------------------------------------
# "Selain anggota Polri, penghargaan juga diberikan kepada unsur masyarakat": the police's own members were honoured
# first, so the story is received, though the civilians named after them are the sentence's only receivers.
MEMBERS_SET_ASIDE = [
    ('Selain anggota Polri, penghargaan juga diberikan kepada unsur masyarakat',
     'Tukang Ojek Penolong Korban Banjir Diganjar Piagam',
     'KUNINGAN - Pada upacara Hari Bhayangkara ke-78, Polres Kuningan memberikan penghargaan kepada sejumlah orang '
     'yang dinilai berjasa. Selain anggota Polri, penghargaan juga diberikan kepada unsur masyarakat. Salah satunya '
     'seorang tukang ojek yang menolong korban banjir di Kecamatan Cilimus.'),
    ('Di samping personel, piagam pun diserahkan kepada relawan',
     None,
     'Polresta Cirebon menggelar upacara HUT Bhayangkara ke-79, Selasa (1/7/2025). Di samping personel, piagam pun '
     'diserahkan kepada dua relawan pemadam kebakaran dan seorang guru ngaji.'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text", MEMBERS_SET_ASIDE, ids=[r[0] for r in MEMBERS_SET_ASIDE])
def test_members_set_aside(construction, title, text):
    assert classify_award_role(title, text).award_role == "received"


# -- a second probe, written and labelled after the rules above, counted at first sight ---------------------------------
SECOND_PROBE = [
    ('NGO acronym gives to Polres, Kapolres takes', None,
     'SINTANG - Yayasan Titian Lestari Kalimantan (YTLK) memberikan penghargaan kepada Polres Sintang atas penindakan '
     'pembalakan liar di hulu Sungai Kapuas. Penghargaan diserahkan Ketua YTLK kepada Kapolres Sintang AKBP Dwi '
     'Setyono, Senin (14/10/2024).', '2024-10-15', 'received',
     [(['Polres Sintang'], 'Dwi Setyono', 'other', 'YTLK', None, '2024-10-14')]),
    ('DPRD provinsi piagam to Polda', None,
     'DPRD Provinsi Jambi memberikan piagam penghargaan kepada Polda Jambi atas pengamanan Pilkada serentak. Piagam '
     'diterima Wakapolda Jambi Brigjen Pol Ade Sapari dalam rapat paripurna, Rabu (18/12/2024).', '2024-12-19',
     'received', [(['Polda Jambi'], 'Ade Sapari', 'regional_government', 'DPRD Provinsi Jambi', None, '2024-12-18')]),
    ('a television journalists\' body gives to a Polrestabes', None,
     'Ikatan Jurnalis Televisi Indonesia (IJTI) Sumatera Utara menganugerahkan penghargaan kepada Polrestabes Medan '
     'sebagai institusi yang terbuka kepada jurnalis, Sabtu (10/2/2024). Penghargaan diterima Kapolrestabes Medan '
     'Kombes Pol Teddy Marbun.', '2024-02-11', 'received',
     [(['Polrestabes Medan'], 'Teddy Marbun', 'media', 'IJTI Sumatera Utara', None, '2024-02-10')]),
    ('Kapolres rewards members at apel, counted', None,
     'Kapolres Lamongan AKBP Bobby Adimas Condroputra memberikan penghargaan kepada 12 personel Satreskrim yang '
     'mengungkap kasus curanmor, Senin (5/8/2024). Penyerahan dilakukan usai apel pagi di Mapolres Lamongan.',
     '2024-08-06', 'received',
     [(['Satreskrim Polres Lamongan'], None, 'other', 'Kapolres Lamongan', None, '2024-08-05')]),
    ('Satlantas gives helmets to orderly children riders', 'Satlantas Polres Bantaeng Beri Hadiah Pengendara Tertib',
     'BANTAENG - Satlantas Polres Bantaeng memberikan hadiah helm kepada pengendara yang tertib di depan Pasar Sentral, '
     'Kamis (7/11/2024). Kasat Lantas AKP Yusran mengatakan kegiatan itu untuk menumbuhkan kesadaran berlalu lintas.',
     '2024-11-08', 'given', []),
    ('Damkar award by Bupati; Kapolres gives speech, none', None,
     'Bupati Sidoarjo memberikan penghargaan kepada 20 petugas Damkar yang berprestasi dalam HUT Damkar ke-105, Senin '
     '(3/3/2025). Kapolresta Sidoarjo Kombes Pol Christian Tobing turut hadir dan memberikan sambutan.', '2025-03-04',
     'none', []),
    ('Lapas award by Kanwil, none', None,
     'Kepala Kanwil Ditjenpas Jawa Tengah memberikan penghargaan kepada Lapas Kedungpane atas zero halinar, Rabu '
     '(5/2/2025). Acara disaksikan Kapolrestabes Semarang.', '2025-02-06', 'none', []),
    ('promised Kapolda reward, none', None,
     'Kapolda Sulawesi Tengah berjanji akan memberikan penghargaan kepada personel yang berhasil menangkap buronan '
     'kasus pembunuhan di Poso. "Nanti akan kami beri reward," ujarnya, Selasa (9/4/2024).', '2024-04-10', 'none', []),
    ('Komnas PA to Kapolres and Kasat Reskrim together', None,
     'Komnas Perlindungan Anak memberikan penghargaan kepada Polres Garut atas pengungkapan kasus kekerasan seksual '
     'anak, Kamis (11/1/2024). Penghargaan diterima Kapolres Garut AKBP Rohman Yonky Dilatha.', '2024-01-12',
     'received', [(['Polres Garut'], 'Rohman Yonky Dilatha', 'other', 'Komnas Perlindungan Anak', None, '2024-01-11')]),
    ('PWI piagam to Kapolsek', None,
     'PWI Kabupaten Bekasi memberikan piagam penghargaan kepada Kapolsek Cikarang Barat Kompol Gurnald Patiran atas '
     'kerja sama dengan wartawan, Jumat (9/2/2024).', '2024-02-10', 'received',
     [(['Polsek Cikarang Barat'], 'Gurnald Patiran', 'media', 'PWI Kabupaten Bekasi', None, '2024-02-09')]),
    ('Kapolres decree piagam to Bhabinkamtibmas, co-signed', None,
     'Tiga Bhabinkamtibmas Polres Sumba Barat menerima piagam penghargaan berdasarkan Surat Keputusan Kapolres Sumba '
     'Barat yang juga ditandatangani Bupati Sumba Barat, Senin (2/9/2024). Mereka dinilai berhasil mendamaikan konflik '
     'lahan.', '2024-09-03', 'received',
     [(['Polres Sumba Barat'], None, 'other', 'Kapolres Sumba Barat', None, '2024-09-02')]),
    ('Satpol PP award with Polres present, none', None,
     'Wali Kota Bogor menyerahkan penghargaan kepada anggota Satpol PP teladan pada peringatan HUT Satpol PP ke-75, '
     'Rabu (3/4/2024). Upacara dihadiri Kapolresta Bogor Kota dan Dandim 0606.', '2024-04-04', 'none', []),
    ('LPAI award to Polres, Wakapolres takes', None,
     'Lembaga Perlindungan Anak Indonesia (LPAI) memberikan penghargaan kepada Polres Sukabumi atas layanan ramah '
     'anak, Selasa (3/12/2024). Penghargaan diterima Wakapolres Sukabumi Kompol Dedi Suryadi.', '2024-12-04',
     'received', [(['Polres Sukabumi'], 'Dedi Suryadi', 'other', 'LPAI', None, '2024-12-03')]),
    ('Satlantas voucher to orderly road users, passive', None,
     'Voucher makan diberikan Satlantas Polres Madiun kepada pengguna jalan yang tertib saat Operasi Zebra, Selasa '
     '(15/10/2024). Pelanggar hanya diberi teguran simpatik.', '2024-10-16', 'given', []),
    ('Polwan run still to come, none', None,
     'Polda Bali akan menggelar Polwan Run 2025 pada Minggu mendatang. Pemenang akan mendapat hadiah uang dan piala.',
     '2025-08-20', 'none', []),
]  # fmt: skip


# -- a body's name is not another body's spelled-out name sharing a few of its words ------------------------------------
# "Komnas Perlindungan Anak" beside "Unit Perlindungan Perempuan dan Anak (PPA)": the giver keeps its own name, for the
# spelled-out name lacks its first word (the kind of body). Compared exactly: the two share half their words.
OWN_NAME_KEPT = [
    ('Komnas Perlindungan Anak beside the Unit Perlindungan Perempuan dan Anak (PPA)',
     'Komnas Perlindungan Anak menganugerahkan penghargaan kepada Kapolda Jawa Barat Irjen Akhmad Wiyagus. Menurut '
     'ketuanya, Unit Perlindungan Perempuan dan Anak (PPA) Polda Jabar cepat menangani laporan.',
     'Komnas Perlindungan Anak'),
    ('Lembaga Perlindungan Saksi beside a Satgas Perlindungan Saksi dan Korban (SPSK)',
     'Lembaga Perlindungan Saksi memberikan piagam kepada Polres Sleman. Piagam itu untuk kerja Satgas Perlindungan '
     'Saksi dan Korban (SPSK) yang dibentuk Polres Sleman.',
     'Lembaga Perlindungan Saksi'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, giver", OWN_NAME_KEPT, ids=[r[0] for r in OWN_NAME_KEPT])
def test_own_name_kept(construction, text, giver):
    assert [a["giver"] for a in awards_of_passage(None, text, "2024-05-06", "received", 1)] == [giver]


# Every table above has the same shape: a passage, its role, and each award's fields in the order the story tells them.
PASSAGE_TABLES = [
    NEWEST_PROBE,
    ROAD_USERS_REWARDED,
    DECREES_AND_COUNTED_MEMBERS,
    BESIDES_ANOTHER_CHIEF,
    SEATS_GIFTS_AND_SUMMARIES,
    CHIEFS_LISTED_TOO,
    CREDITED_IN_AN_ASIDE,
    SECOND_PROBE,
]


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    [row for table in PASSAGE_TABLES for row in table],
    ids=[row[0] for table in PASSAGE_TABLES for row in table],
)
def test_passages_of_the_newest_batch(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)
