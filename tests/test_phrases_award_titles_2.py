"""Phrase table of award titles, a second probe: names said only in the headline while the body says "penghargaan
tersebut", names in a later paragraph after a generic lead, a bare "piagam penghargaan" with what it honours, names in
quotes or capitals, an awards night's kategori, a predikat with its level, placings of a contest named in another
sentence, "penghargaan Kapolda Award", English names, long names with their year. Written apart from the stories of
the evaluation set, with invented people in real regions.
"""

import pytest

from pipelines.award_titles import title_of
from pipelines.award_years import year_in_title
from pipelines.units import canonical_unit_name, find_unit_mentions
from tests.phrase_checks import awards_of_passage, check_fields
from tools.eval_awards import shares_words

# -- titles however a story words them, a second probe ---------------------------------------------------------------
TITLES_BREADTH_2 = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day, title)
    # of each award, in the story's order
    ('name only in headline, body says penghargaan tersebut',
     'Polres Lumajang Terima Penghargaan Anugerah Layanan Publik Inklusif',
     'LUMAJANG - Polres Lumajang menerima penghargaan dari Kementerian Sosial RI. Penghargaan tersebut '
     'diserahkan Menteri Sosial kepada Kapolres Lumajang AKBP Mahendra Putra di Jakarta, Selasa '
     '(3/12/2024). "Penghargaan tersebut menjadi pemacu kami untuk terus melayani kelompok rentan," kata '
     'Mahendra.',
     '2024-12-04', 'received', [
      (['Polres Lumajang'], 'Mahendra Putra', 'ministry', 'Kementerian Sosial RI', None, '2024-12-03',
       'Anugerah Layanan Publik Inklusif'),
     ]),
    ('generic lead, the named award in the second paragraph',
     None,
     'TASIKMALAYA - Polres Tasikmalaya Kota kembali menorehkan prestasi di penghujung tahun. Kali ini, '
     'Polres Tasikmalaya Kota meraih penghargaan dari Pemerintah Provinsi Jawa Barat, Rabu (18/12/2024).\n\n'
     'Penghargaan yang diterima adalah West Java Public Service Award 2024 untuk kategori Instansi '
     'Vertikal Terbaik. Penghargaan diterima langsung Kapolres Tasikmalaya Kota AKBP Joko Sulistiyo di '
     'Bandung.',
     '2024-12-19', 'received', [
      (['Polres Tasikmalaya Kota'], 'Joko Sulistiyo', 'regional_government', 'Pemerintah Provinsi Jawa Barat', 2024, '2024-12-18',
       'West Java Public Service Award 2024 kategori Instansi Vertikal Terbaik'),
     ]),
    ('bare piagam with atas dedikasinya dalam',
     None,
     'PALU - Kapolda Sulawesi Tengah Irjen Pol Agus Nugroho memberikan piagam penghargaan kepada Bripka '
     'Made Sudira, Bhabinkamtibmas Polsek Sigi Biromaru, atas dedikasinya dalam membina warga di desa '
     'terpencil. Piagam diserahkan dalam apel pagi di Lapangan Mapolda, Senin (14/10/2024).',
     '2024-10-15', 'received', [
      (['Polsek Sigi Biromaru'], 'Made Sudira', 'kapolda', 'Kapolda Sulawesi Tengah', None, '2024-10-14',
       'piagam penghargaan atas dedikasinya dalam membina warga di desa terpencil'),
     ]),
    ('a name in capitals and quotes',
     None,
     'CILEGON - Polres Cilegon meraih "PENGHARGAAN PELAYANAN PRIMA" dari Kementerian Pendayagunaan '
     'Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Penghargaan itu diserahkan kepada Kapolres '
     'Cilegon AKBP Kemas Indra Natanegara di Jakarta, Kamis (28/11/2024).',
     '2024-11-29', 'received', [
      (['Polres Cilegon'], 'Kemas Indra Natanegara', 'ministry', 'KemenPAN-RB', None, '2024-11-28',
       'PENGHARGAAN PELAYANAN PRIMA'),
     ]),
    ("an awards night's kategori as the title",
     None,
     'MAKASSAR - Polres Bone menyabet penghargaan kategori Polres Terinovatif pada malam Anugerah '
     'Bhayangkara Award 2024 yang digelar Polda Sulawesi Selatan di Makassar, Jumat (20/12/2024). Trofi '
     'diserahkan Kapolda Sulsel Irjen Pol Yudhiawan kepada Kapolres Bone AKBP Erwin Syah.',
     '2024-12-21', 'received', [
      (['Polres Bone'], 'Erwin Syah', 'kapolda', 'Polda Sulawesi Selatan', 2024, '2024-12-20',
       'Bhayangkara Award 2024 kategori Polres Terinovatif'),
     ]),
    ('a predikat with its level in brackets',
     None,
     'KARAWANG - Satlantas Polres Karawang memperoleh predikat A (Sangat Baik) pada penilaian pelayanan '
     'SIM tahun 2024 yang dilakukan Korlantas Polri. Sertifikat penilaian diserahkan Kakorlantas Polri '
     'Irjen Pol Aan Suhanan kepada Kasat Lantas Polres Karawang AKP Rizky Adi Saputro di Jakarta, Selasa '
     '(17/12/2024).',
     '2024-12-18', 'received', [
      (['Satlantas Polres Karawang'], 'Rizky Adi Saputro', 'kapolri', 'Korlantas Polri', 2024, '2024-12-17',
       'predikat A (Sangat Baik) penilaian pelayanan SIM tahun 2024'),
     ]),
    ('placings, the contest named in the sentence before',
     None,
     'JEMBER - Polres Jember menggelar Lomba Kampung Tangguh Bebas Narkoba tahun 2024 yang diikuti 31 '
     'Polsek. Hasilnya, Polsek Kalisat tampil sebagai juara I, disusul Polsek Ambulu di posisi juara II. '
     'Hadiah diserahkan Kapolres Jember AKBP Bayu Pratama di Mapolres Jember, Kamis (5/9/2024).',
     '2024-09-06', 'received', [
      (['Polsek Kalisat'], None, 'other', 'Kapolres Jember', 2024, '2024-09-05',
       'juara I Lomba Kampung Tangguh Bebas Narkoba tahun 2024'),
      (['Polsek Ambulu'], None, 'other', 'Kapolres Jember', 2024, '2024-09-05',
       'juara II Lomba Kampung Tangguh Bebas Narkoba tahun 2024'),
     ]),
    ('penghargaan Kapolda Award to members for a deed',
     None,
     'AMBON - Kapolda Maluku Irjen Pol Eddy Tambunan memberikan penghargaan Kapolda Award kepada 15 '
     'personel Polres Maluku Tengah yang berhasil meredam bentrok antarwarga di Pulau Haruku. Penyerahan '
     'berlangsung di Lapangan Polda Maluku, Rabu (6/11/2024).',
     '2024-11-07', 'received', [
      (['Polres Maluku Tengah'], None, 'kapolda', 'Kapolda Maluku', None, '2024-11-06',
       'Kapolda Award kepada personel yang berhasil meredam bentrok antarwarga di Pulau Haruku'),
     ]),
    ('an English name with its year, a magazine gives',
     None,
     'DENPASAR - Polda Bali meraih Best Public Service Award 2024 dalam ajang Indonesia Public Service '
     'Excellence yang digelar majalah Warta Ekonomi di Jakarta, Kamis (21/11/2024). Penghargaan diterima '
     'Karo Ops Polda Bali Kombes Pol Ketut Widiada.',
     '2024-11-22', 'received', [
      (['Polda Bali'], 'Ketut Widiada', 'media', 'Warta Ekonomi', 2024, '2024-11-21',
       'Best Public Service Award 2024'),
     ]),
    ('a long title with its year and kategori, KPK gives',
     None,
     'BANJARMASIN - Polda Kalimantan Selatan menerima Penghargaan Kepatuhan Penyampaian Laporan Harta '
     'Kekayaan Penyelenggara Negara (LHKPN) Terbaik Tahun 2024 Kategori Instansi Vertikal dari Komisi '
     'Pemberantasan Korupsi (KPK). Penghargaan diserahkan Wakil Ketua KPK kepada Irwasda Polda Kalsel '
     'Kombes Pol Andi Tenri di Jakarta, Senin (9/12/2024).',
     '2024-12-10', 'received', [
      (['Polda Kalimantan Selatan'], 'Andi Tenri', 'other', 'KPK', 2024, '2024-12-09',
       'Penghargaan Kepatuhan Penyampaian Laporan Harta Kekayaan Penyelenggara Negara (LHKPN) Terbaik Tahun '
       '2024 Kategori Instansi Vertikal'),
     ]),
    ("a headline's predikat, the body's survey named after atas hasil",
     'Satlantas Polresta Cirebon Raih Predikat Sangat Baik',
     'CIREBON - Satlantas Polresta Cirebon menerima penghargaan dari Pemerintah Kabupaten Cirebon atas '
     'hasil Survei Kepuasan Masyarakat (SKM) tahun 2024. Penghargaan diserahkan Bupati Cirebon kepada '
     'Kasat Lantas Polresta Cirebon Kompol Ari Wibowo di Sumber, Kamis (19/12/2024).',
     '2024-12-20', 'received', [
      (['Satlantas Polresta Cirebon'], 'Ari Wibowo', 'regional_government', 'Pemerintah Kabupaten Cirebon', 2024, '2024-12-19',
       'predikat Sangat Baik Survei Kepuasan Masyarakat (SKM) tahun 2024'),
     ]),
    ('kepada 15 anggota yang berprestasi dalam',
     None,
     'BLITAR - Kapolres Blitar Kota AKBP Danang Setiyo memberikan penghargaan kepada 15 anggota Satsamapta'
     ' Polres Blitar Kota yang berprestasi dalam pengamanan Pilkada serentak 2024. Penghargaan diserahkan '
     'usai apel pagi, Senin (2/12/2024).',
     '2024-12-03', 'received', [
      (['Satsamapta Polres Blitar Kota'], None, 'other', 'Kapolres Blitar Kota', None, '2024-12-02',
       'penghargaan kepada 15 anggota yang berprestasi dalam pengamanan Pilkada serentak 2024'),
     ]),
    ('a name in quotes after penghargaan, an NGO gives',
     None,
     'BANJAR - Polres Banjar menerima penghargaan "Sahabat Anak Indonesia" dari Lembaga Perlindungan Anak '
     'Indonesia (LPAI). Penghargaan diserahkan Ketua LPAI kepada Kapolres Banjar AKBP Bayu Catur Prabowo '
     'di Jakarta, Selasa (23/7/2024).',
     '2024-07-24', 'received', [
      (['Polres Banjar'], 'Bayu Catur Prabowo', 'other', 'Lembaga Perlindungan Anak Indonesia', None, '2024-07-23',
       'penghargaan Sahabat Anak Indonesia'),
     ]),
    ('apresiasi first, a quote, then the name in the third paragraph',
     None,
     'SUMENEP - Polres Sumenep menerima penghargaan dari Pemerintah Kabupaten Sumenep, Senin (26/8/2024).'
     '\n\n"Ini berkat kerja keras seluruh personel," kata Kapolres Sumenep AKBP Henri Noveri Santoso.\n\n'
     'Penghargaan itu berupa Anugerah Sumenep Aman Sejahtera yang diberikan kepada instansi yang berperan '
     'menjaga kondusivitas daerah.',
     '2024-08-27', 'received', [
      (['Polres Sumenep'], None, 'regional_government', 'Pemerintah Kabupaten Sumenep', None, '2024-08-26',
       'Anugerah Sumenep Aman Sejahtera'),
     ]),
    ('the placing in the headline, the body says prestasi membanggakan',
     'Polsek Cepu Juara I Lomba Pos Kamling Terbaik se-Polres Blora',
     'BLORA - Prestasi membanggakan diraih Polsek Cepu. Polsek itu dinilai paling aktif menghidupkan pos '
     'kamling di wilayahnya. Piala diserahkan Kapolres Blora AKBP Wawan Andi Susanto kepada Kapolsek Cepu '
     'AKP Sutikno, Senin (2/9/2024).',
     '2024-09-03', 'received', [
      (['Polsek Cepu'], 'Sutikno', 'other', 'Kapolres Blora', None, '2024-09-02',
       'Juara I Lomba Pos Kamling Terbaik se-Polres Blora'),
     ]),
    ('penghargaan kategori ... diraih, passive, a Polresta night',
     None,
     'PEKANBARU - Penghargaan kategori Polsek Terbaik Pelayanan Masyarakat diraih Polsek Tampan pada ajang'
     ' Pekanbaru Police Award 2024. Penghargaan diserahkan Kapolresta Pekanbaru Kombes Pol Jeki Rahmat '
     'kepada Kapolsek Tampan Kompol Rudi Hartono, Senin (30/12/2024).',
     '2024-12-31', 'received', [
      (['Polsek Tampan'], 'Rudi Hartono', 'other', 'Kapolresta Pekanbaru', 2024, '2024-12-30',
       'Pekanbaru Police Award 2024 kategori Polsek Terbaik Pelayanan Masyarakat'),
     ]),
    ('two kategori of one awards night, sementara',
     None,
     'SURABAYA - Dua Polres di Jawa Timur menyabet penghargaan pada malam puncak Jatim Police Award 2024 '
     'yang digelar Polda Jawa Timur, Sabtu (14/12/2024). Polres Mojokerto meraih kategori Polres '
     'Terinovatif, sementara Polres Ponorogo meraih kategori Polres Paling Responsif.',
     '2024-12-15', 'received', [
      (['Polres Mojokerto'], None, 'kapolda', 'Polda Jawa Timur', 2024, '2024-12-14',
       'Jatim Police Award 2024 kategori Polres Terinovatif'),
      (['Polres Ponorogo'], None, 'kapolda', 'Polda Jawa Timur', 2024, '2024-12-14',
       'Jatim Police Award 2024 kategori Polres Paling Responsif'),
     ]),
    ('a decoration named in the headline, tanda kehormatan in the body',
     'Kapolres Nganjuk Terima Satyalancana Dharma Nusa dari Presiden',
     'NGANJUK - Kapolres Nganjuk AKBP Muhammad Fadil menerima tanda kehormatan dari Presiden RI. '
     'Penghargaan tersebut disematkan Gubernur Jawa Timur dalam upacara peringatan Hari Pahlawan di '
     'Surabaya, Minggu (10/11/2024).',
     '2024-11-11', 'received', [
      (['Polres Nganjuk'], 'Muhammad Fadil', 'other', 'Presiden RI', None, '2024-11-10',
       'Satyalancana Dharma Nusa'),
     ]),
    ('an English class in quotes inside a named city award',
     None,
     'MALANG - Polresta Malang Kota menyabet "Most Innovative Police Station" dalam Malang Public Service '
     'Awards 2024 yang digelar Pemerintah Kota Malang, Jumat (6/12/2024). Penghargaan diterima Kapolresta '
     'Malang Kota Kombes Pol Nanang Haryono.',
     '2024-12-07', 'received', [
      (['Polresta Malang Kota'], 'Nanang Haryono', 'regional_government', 'Pemerintah Kota Malang', 2024, '2024-12-06',
       'Most Innovative Police Station Malang Public Service Awards 2024'),
     ]),
    ('piagam karena kepeduliannya, a Bupati to a Bhabinkamtibmas',
     None,
     'KUPANG - Bupati Kupang memberikan piagam penghargaan kepada Aipda Yosef Bria, Bhabinkamtibmas Polsek'
     ' Kupang Timur, karena kepeduliannya mendirikan sekolah darurat bagi anak-anak nelayan. Piagam '
     'diserahkan di Kantor Bupati Kupang, Oelamasi, Jumat (23/8/2024).',
     '2024-08-24', 'received', [
      (['Polsek Kupang Timur'], 'Yosef Bria', 'regional_government', 'Bupati Kupang', None, '2024-08-23',
       'piagam penghargaan karena kepeduliannya mendirikan sekolah darurat bagi anak-anak nelayan'),
     ]),
    ('piagam to 12 personel, atas dedikasi mereka in the next sentence',
     None,
     'SIDOARJO - Kapolresta Sidoarjo Kombes Pol Christian Tobing menyerahkan piagam penghargaan kepada 12 '
     'personel Satresnarkoba Polresta Sidoarjo, Selasa (8/10/2024). Penghargaan diberikan atas dedikasi '
     'mereka dalam mengungkap peredaran 5 kilogram sabu jaringan Malaysia.',
     '2024-10-09', 'received', [
      (['Satresnarkoba Polresta Sidoarjo'], None, 'other', 'Kapolresta Sidoarjo', None, '2024-10-08',
       'piagam penghargaan atas dedikasi dalam mengungkap peredaran 5 kilogram sabu jaringan Malaysia'),
     ]),
    ("the award with its year named in a spokesman's quote",
     None,
     'MANOKWARI - "Kami bersyukur Polda Papua Barat meraih Anugerah Parahita Ekapraya tahun 2024 dari '
     'Kementerian PPPA," kata Kabid Humas Polda Papua Barat Kombes Pol Ignatius Benny, Senin (16/12/2024).',
     '2024-12-17', 'received', [
      (['Polda Papua Barat'], None, 'ministry', 'Kementerian PPPA', 2024, None,
       'Anugerah Parahita Ekapraya tahun 2024'),
     ]),
    ('peringkat III kategori inside a named provincial award',
     None,
     'BENGKULU - Polres Bengkulu Utara meraih peringkat III kategori Badan Publik Informatif pada Anugerah'
     ' Keterbukaan Informasi Publik Provinsi Bengkulu 2024 yang diselenggarakan Komisi Informasi Provinsi '
     'Bengkulu. Penghargaan diterima Kapolres Bengkulu Utara AKBP Eko Budiman, Kamis (28/11/2024).',
     '2024-11-29', 'received', [
      (['Polres Bengkulu Utara'], 'Eko Budiman', 'other', 'Komisi Informasi Provinsi Bengkulu', 2024, '2024-11-28',
       'peringkat III kategori Badan Publik Informatif Anugerah Keterbukaan Informasi Publik Provinsi '
       'Bengkulu 2024'),
     ]),
    ('Piagam Penghargaan capitalised with atas sinergitas, an immigration office gives',
     None,
     'BATAM - Kantor Imigrasi Kelas I TPI Batam menyerahkan Piagam Penghargaan kepada Ditreskrimum Polda '
     'Kepulauan Riau atas sinergitas dalam pengungkapan tindak pidana perdagangan orang. Piagam diterima '
     'Dirreskrimum Kombes Pol Dony Alexander, Rabu (31/7/2024).',
     '2024-08-01', 'received', [
      (['Ditreskrimum Polda Kepulauan Riau'], 'Dony Alexander', 'ministry', 'Kantor Imigrasi Kelas I TPI Batam', None, '2024-07-31',
       'Piagam Penghargaan atas sinergitas dalam pengungkapan tindak pidana perdagangan orang'),
     ]),
    ('juara 1 kategori Polres in a long named contest with its year, BKKBN gives',
     None,
     'PURWAKARTA - Polres Purwakarta meraih juara 1 kategori Polres dalam ajang Penghargaan Pelaksanaan '
     'Program Kampung Keluarga Berkualitas (Kampung KB) tingkat Provinsi Jawa Barat Tahun 2024 dari BKKBN '
     'Perwakilan Jawa Barat. Piala diterima Kapolres Purwakarta AKBP Edwar Zulkarnain di Bandung, Selasa '
     '(26/11/2024).',
     '2024-11-27', 'received', [
      (['Polres Purwakarta'], 'Edwar Zulkarnain', 'ministry', 'BKKBN Perwakilan Jawa Barat', 2024, '2024-11-26',
       'juara 1 kategori Polres Penghargaan Pelaksanaan Program Kampung Keluarga Berkualitas (Kampung KB) '
       'tingkat Provinsi Jawa Barat Tahun 2024'),
     ]),
    ('dua penghargaan, pertama ... kedua ..., one giver',
     None,
     'PADANG - Polda Sumatera Barat menerima dua penghargaan dari Gubernur Sumatera Barat, Senin '
     '(19/8/2024). Pertama, penghargaan sebagai Instansi Vertikal Pendukung Program Nagari Tageh. Kedua, '
     'penghargaan atas pengamanan Tour de Singkarak 2024.',
     '2024-08-20', 'received', [
      (['Polda Sumatera Barat'], None, 'regional_government', 'Gubernur Sumatera Barat', None, '2024-08-19',
       'penghargaan sebagai Instansi Vertikal Pendukung Program Nagari Tageh'),
      (['Polda Sumatera Barat'], None, 'regional_government', 'Gubernur Sumatera Barat', None, '2024-08-19',
       'penghargaan atas pengamanan Tour de Singkarak 2024'),
     ]),
    ('the name and year in the headline, a generic body with its reason',
     'Polres Wonogiri Sabet Penghargaan Zero Accident Arus Mudik 2024',
     'WONOGIRI - Polres Wonogiri menerima penghargaan dari Dinas Perhubungan Provinsi Jawa Tengah di '
     'Semarang, Rabu (15/5/2024). Penghargaan tersebut diberikan karena tidak ada satu pun kecelakaan '
     'fatal di jalur mudik Wonogiri selama Operasi Ketupat Candi 2024.',
     '2024-05-16', 'received', [
      (['Polres Wonogiri'], None, 'regional_government', 'Dinas Perhubungan Provinsi Jawa Tengah', 2024, '2024-05-15',
       'Penghargaan Zero Accident Arus Mudik 2024'),
     ]),
    ('an English award with an English kategori, a provincial office gives',
     None,
     'BADUNG - Polres Badung meraih penghargaan Tourism Security Award 2024 kategori Best Tourist Police '
     'Unit dari Dinas Pariwisata Provinsi Bali. Penghargaan diterima Wakapolres Badung Kompol I Made '
     'Sutama di Denpasar, Jumat (27/9/2024).',
     '2024-09-28', 'received', [
      (['Polres Badung'], 'I Made Sutama', 'regional_government', 'Dinas Pariwisata Provinsi Bali', 2024, '2024-09-27',
       'Tourism Security Award 2024 kategori Best Tourist Police Unit'),
     ]),
    ('the name in quotes in the headline, penghargaan bergengsi in the body',
     'Polres Bitung Raih "Sulut Safety Award" 2024',
     'BITUNG - Polres Bitung meraih penghargaan bergengsi dari Jasa Raharja Cabang Sulawesi Utara. '
     'Penghargaan itu diserahkan Kepala Jasa Raharja Sulut kepada Kapolres Bitung AKBP Tommy Souissa di '
     'Manado, Jumat (13/12/2024).',
     '2024-12-14', 'received', [
      (['Polres Bitung'], 'Tommy Souissa', 'other', 'Jasa Raharja Cabang Sulawesi Utara', 2024, '2024-12-13',
       'Sulut Safety Award 2024'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", TITLES_BREADTH_2, ids=[row[0] for row in TITLES_BREADTH_2]
)
def test_titles_however_worded_2(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for (units, officer, kind, giver, year, event_day, name), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        check_fields(award, officer, kind, giver, year, event_day)
        assert shares_words(name, award["title"]), award["title"]


# -- a grade and the assessment it was won in, "pada" between them (compared exactly) ---------------------------------
GRADE_ASSESSED_IN = [
    # construction, sentence, title
    ("a predikat with its level in brackets, pada penilaian",
     "Satlantas Polres Karawang memperoleh predikat A (Sangat Baik) pada penilaian pelayanan SIM tahun 2024.",
     "predikat A (Sangat Baik) pada penilaian pelayanan SIM tahun 2024"),
    ("a predikat, pada Evaluasi of a year, dari its giver",
     "Polres Kendal meraih predikat Sangat Baik pada Evaluasi Akuntabilitas Kinerja tahun 2024 dari KemenPAN-RB.",
     "predikat Sangat Baik pada Evaluasi Akuntabilitas Kinerja tahun 2024"),
    ("zona hijau pada survei of a semester",
     "Polresta Padang meraih Zona Hijau pada survei kepuasan masyarakat semester II 2024.",
     "Zona Hijau pada survei kepuasan masyarakat semester II 2024"),
    ("a score still comes first: dengan nilai, then dalam penilaian",
     "Polres Blora meraih predikat Kualitas Tertinggi dengan nilai 97,1 dalam penilaian kepatuhan tahun 2024.",
     "predikat Kualitas Tertinggi dalam penilaian kepatuhan tahun 2024 (nilai 97,1)"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, title", GRADE_ASSESSED_IN, ids=[r[0] for r in GRADE_ASSESSED_IN])
def test_a_grade_and_the_assessment_it_was_won_in(construction, sentence, title):
    assert title_of(sentence) == title


# -- the class a unit is honoured in is no unit ("kategori Polres Terinovatif") ---------------------------------------
CLASS_NOT_UNIT = [
    # construction, sentence, the units it names
    ("kategori Polres Terinovatif after the winner",
     "Polres Bone menyabet penghargaan kategori Polres Terinovatif pada malam Anugerah Bhayangkara.",
     ["Polres Bone"]),
    ("kategori Polsek Paling Responsif",
     "Polsek Tampan meraih kategori Polsek Paling Responsif.", ["Polsek Tampan"]),
    ("Polres Terfavorit in a passive",
     "Predikat Polres Terfavorit diraih Polres Sragen.", ["Polres Sragen"]),
    ("a place whose name begins with ter- stays a unit",
     "Polsek Ternate Selatan menerima piagam dari Wali Kota Ternate.", ["Polsek Ternate Selatan"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, units", CLASS_NOT_UNIT, ids=[r[0] for r in CLASS_NOT_UNIT])
def test_the_class_honoured_in_is_no_unit(construction, sentence, units):
    assert [m.name for m in find_unit_mentions(sentence)] == units


# -- categories said bare, the awards night named once in another sentence (compared exactly) ------------------------
CATEGORIES_OF_A_NIGHT_SAID_APART = [
    # construction, story, (recipient, title, year) of each award
    ("two kategori after the night's sentence, sementara",
     "SURABAYA - Dua Polres di Jawa Timur menyabet penghargaan pada malam puncak Jatim Police Award 2024 yang digelar "
     "Polda Jawa Timur, Sabtu (14/12/2024). Polres Mojokerto meraih kategori Polres Terinovatif, sementara Polres "
     "Ponorogo meraih kategori Polres Paling Responsif.",
     [("Polres Mojokerto", "Jatim Police Award 2024 kategori Polres Terinovatif", 2024),
      ("Polres Ponorogo", "Jatim Police Award 2024 kategori Polres Paling Responsif", 2024)]),
    ("the night held by a press body, sedangkan",
     "PEKANBARU - Dua Polres meraih penghargaan pada malam Anugerah Humas Riau 2024 yang digelar PWI Riau di "
     "Pekanbaru, Jumat (13/12/2024). Polres Kampar "
     "meraih kategori Inovasi Kehumasan, sedangkan Polres Siak meraih kategori Konten Kreatif.",
     [("Polres Kampar", "Anugerah Humas Riau 2024 kategori Inovasi Kehumasan", 2024),
      ("Polres Siak", "Anugerah Humas Riau 2024 kategori Konten Kreatif", 2024)]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, awards", CATEGORIES_OF_A_NIGHT_SAID_APART, ids=[r[0] for r in CATEGORIES_OF_A_NIGHT_SAID_APART]
)
def test_categories_of_a_night_said_apart(construction, text, awards):
    got = awards_of_passage(None, text, "2024-12-15", "received", len(awards))
    assert [(a["recipients"], a["title"], a["year"]) for a in got] == [([u], t, y) for u, t, y in awards]


# -- a headline that names the award, a body that says only what the bare award was for -------------------------------
HEADLINE_NAME_BODY_REASON = [
    # construction, headline, story, title (compared exactly)
    ("Sabet Penghargaan X in the headline, Penghargaan tersebut diberikan karena",
     "Polres Wonogiri Sabet Penghargaan Zero Accident Arus Mudik 2024",
     "WONOGIRI - Polres Wonogiri menerima penghargaan dari Dinas Perhubungan Provinsi Jawa Tengah di Semarang, Rabu "
     "(15/5/2024). Penghargaan tersebut diberikan karena tidak ada satu pun kecelakaan fatal di jalur mudik.",
     "Penghargaan Zero Accident Arus Mudik 2024 karena tidak ada satu pun kecelakaan fatal"),
    ("Terima Anugerah X in the headline, piagam atas in the body",
     "Polres Kebumen Terima Anugerah Mitra Pelopor Keselamatan",
     "KEBUMEN - Polres Kebumen menerima piagam penghargaan dari Jasa Raharja atas dukungan dalam kampanye keselamatan "
     "berlalu lintas. Piagam diterima Kapolres Kebumen, Jumat (20/9/2024).",
     "Anugerah Mitra Pelopor Keselamatan atas dukungan dalam kampanye keselamatan berlalu lintas"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, headline, text, title", HEADLINE_NAME_BODY_REASON, ids=[r[0] for r in HEADLINE_NAME_BODY_REASON]
)
def test_a_headlines_name_and_the_bodys_reason(construction, headline, text, title):
    (award,) = awards_of_passage(headline, text, "2024-09-21", "received", 1)
    assert award["title"] == title


# -- the award referred back to and the class of bodies it is meant for: what the award is, no award to others --------
MEANT_FOR_A_CLASS = [
    # construction, story, title (compared exactly)
    ("berupa X yang diberikan kepada instansi yang, a paragraph after a quote",
     "SUMENEP - Polres Sumenep menerima penghargaan dari Pemerintah Kabupaten Sumenep, Senin (26/8/2024).\n\n\"Ini "
     "berkat kerja keras seluruh personel,\" kata Kapolres.\n\nPenghargaan itu berupa Anugerah Sumenep Aman Sejahtera "
     "yang diberikan kepada instansi yang berperan menjaga kondusivitas daerah.",
     "Anugerah Sumenep Aman Sejahtera"),
    ("tersebut berupa X yang dianugerahkan kepada lembaga yang",
     "KUDUS - Polres Kudus menerima penghargaan dari Bupati Kudus, Senin (5/8/2024). Penghargaan tersebut berupa "
     "Anugerah Kudus Kondusif yang dianugerahkan kepada lembaga yang menjaga ketertiban selama Pilkada.",
     "Anugerah Kudus Kondusif"),
    ("ini adalah X yang diperuntukkan bagi instansi yang",
     "LAMONGAN - Polres Lamongan mendapat penghargaan dari Pemerintah Kabupaten Lamongan, Kamis (15/8/2024). "
     "Penghargaan ini adalah Lamongan Award yang diperuntukkan bagi instansi yang aktif mendukung program daerah.",
     "Lamongan Award"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", MEANT_FOR_A_CLASS, ids=[r[0] for r in MEANT_FOR_A_CLASS])
def test_the_class_an_award_is_meant_for(construction, text, title):
    (award,) = awards_of_passage(None, text, "2024-08-27", "received", 1)
    assert award["title"] == title


# -- a year in a title after the event secured, its name holding a small foreign word: no period of the award -------
SECURED_EVENT_YEAR = [
    # construction, title
    ("pengamanan Tour de Singkarak 2024", "piagam penghargaan atas pengamanan Tour de Singkarak 2024"),
    ("mengamankan Festival of Lights 2023", "penghargaan atas keberhasilan mengamankan Festival of Lights 2023"),
    ("pengamanan Grand Prix de Mandalika 2024", "penghargaan atas pengamanan Grand Prix de Mandalika 2024"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title", SECURED_EVENT_YEAR, ids=[r[0] for r in SECURED_EVENT_YEAR])
def test_the_year_of_an_event_secured_is_no_period(construction, title):
    assert year_in_title(title) is None


# -- the body that carried out an assessment is no recipient ("yang dilakukan Korlantas Polri") ----------------------
ASSESSOR_NOT_RECIPIENT = [
    # construction, story, recipients
    ("yang dilakukan, a Mabes body",
     "KARAWANG - Satlantas Polres Karawang memperoleh predikat A (Sangat Baik) pada penilaian pelayanan SIM tahun 2024 "
     "yang dilakukan Korlantas Polri. Sertifikat diserahkan di Jakarta, Selasa (17/12/2024).",
     ["Satlantas Polres Karawang"]),
    ("yang dilaksanakan oleh, a Polda directorate",
     "SLEMAN - Satlantas Polresta Sleman meraih predikat Sangat Baik pada evaluasi layanan SIM yang dilaksanakan oleh "
     "Ditlantas Polda DIY, Rabu (11/12/2024).",
     ["Satlantas Polresta Sleman"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units", ASSESSOR_NOT_RECIPIENT, ids=[r[0] for r in ASSESSOR_NOT_RECIPIENT]
)
def test_the_assessor_is_no_recipient(construction, text, units):
    (award,) = awards_of_passage(None, text, "2024-12-18", "received", 1)
    assert award["recipients"] == units


# -- a quoted name and its year outside the quotes ----------------------------------------------------------------------
QUOTED_NAME_YEAR = [
    # construction, headline, story, (title, year) compared exactly
    ("the quoted name and year in the headline, a bare body",
     'Polres Kendal Raih "Jateng Safety Award" 2024',
     "KENDAL - Polres Kendal meraih penghargaan dari Jasa Raharja Jawa Tengah. Penghargaan diterima Kapolres Kendal, "
     "Jumat (13/12/2024).",
     ("Jateng Safety Award 2024", 2024)),
    ("curly quotes in the body, the year after them",
     None,
     "KENDAL - Polres Kendal meraih penghargaan \u201cJateng Safety Award\u201d 2024 dari Jasa Raharja Jawa Tengah, Jumat "
     "(13/12/2024).",
     ("penghargaan Jateng Safety Award 2024", 2024)),
]  # fmt: skip


@pytest.mark.parametrize("construction, headline, text, named", QUOTED_NAME_YEAR, ids=[r[0] for r in QUOTED_NAME_YEAR])
def test_a_quoted_name_and_its_year(construction, headline, text, named):
    (award,) = awards_of_passage(headline, text, "2024-12-14", "received", 1)
    assert (award["title"], award["year"]) == named
