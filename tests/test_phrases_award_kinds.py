"""Phrase tables of award kinds: whole passages whose set of kinds must come out right, the confusable ones above all."""

import pytest
from phrase_checks import check_breadth_of_wording

# -- award kinds: one giver of each kind, and the kinds that are easy to confuse ----------------------------------------
# Written apart from the real stories: an Ombudsman predikat against other mentions of the Ombudsman (an assessor, a
# background award, a visit), WBK against WBBM and the "menuju WBK" programme and its assessment, Kompolnas as an
# award and as a witness, the Kapolri, a Mabes body, a Kapolda, a Polda directorate and a Kapolres, the regional
# government by its head, council, district head or deputy, a ministry against a national agency and a field office,
# information commissions, MURI, BNN, state companies, banks, universities, press bodies, NGOs, customary councils,
# foreign bodies, two awards of different kinds in one story, kinds said only by an acronym or a giver's title.
AWARD_KINDS = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    (
        "ombudsman zona hijau, year of assessment, Kapolres accepts",
        "Polres Muaro Jambi Raih Zona Hijau Ombudsman",
        "JAMBI - Polres Muaro Jambi kembali masuk zona hijau dalam penilaian kepatuhan standar pelayanan publik tahun 2024 "
        "yang digelar Ombudsman RI Perwakilan Jambi. Piagam penghargaan diterima Kapolres Muaro Jambi AKBP Rendra Saputra "
        'dari Kepala Perwakilan Ombudsman Jambi, Hendra Lubis, di Jambi, Selasa (17/12/2024). "Ini menjadi motivasi kami '
        'untuk terus memperbaiki pelayanan," kata Rendra.',
        "2024-12-18",
        "received",
        [
            (
                ["Polres Muaro Jambi"],
                "Rendra Saputra",
                "ombudsman_compliance",
                "Ombudsman RI Perwakilan Jambi",
                2024,
                "2024-12-17",
            )
        ],
    ),
    (
        "Ombudsman team assesses, KemenPAN-RB confers WBK",
        None,
        "PALANGKA RAYA - Setelah melalui evaluasi Tim Penilai Nasional yang melibatkan unsur Ombudsman RI, Polres "
        "Kotawaringin Timur resmi menyandang predikat Wilayah Bebas dari Korupsi (WBK). Penghargaan diserahkan Menteri "
        "PANRB kepada Kapolres Kotawaringin Timur AKBP Dimas Pratama di Jakarta, Rabu (11/12/2024).",
        "2024-12-12",
        "received",
        [(["Polres Kotawaringin Timur"], "Dimas Pratama", "zona_integritas_wbk", "KemenPAN-RB", None, "2024-12-11")],
    ),
    (
        "a Bupati's award; the Ombudsman predikat only as background",
        "Bupati Klaten Beri Penghargaan kepada Polres Klaten",
        "KLATEN - Bupati Klaten Sri Mulyani memberikan penghargaan kepada Polres Klaten atas keberhasilan menjaga "
        "kondusivitas selama Pilkada serentak. Penghargaan diterima Kapolres Klaten AKBP Wahyu Hidayat di Pendopo "
        "Pemkab Klaten, Senin (9/12/2024). Sebelumnya, Polres Klaten juga pernah meraih predikat kepatuhan tinggi dari "
        "Ombudsman RI pada 2022.",
        "2024-12-10",
        "received",
        [(["Polres Klaten"], "Wahyu Hidayat", "regional_government", "Bupati Klaten", None, "2024-12-09")],
    ),
    (
        "WBBM now, WBK years before as background",
        "Polres Kulon Progo Sandang Predikat WBBM",
        "YOGYAKARTA - Dua tahun setelah meraih predikat WBK, Polres Kulon Progo kini naik kelas dengan menyandang "
        "predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari Kementerian Pendayagunaan Aparatur Negara dan "
        "Reformasi Birokrasi. Kapolres Kulon Progo AKBP Fajar Nugroho menerima langsung penghargaan tersebut dalam "
        "acara di Jakarta, Kamis (12/12/2024).",
        "2024-12-13",
        "received",
        [(["Polres Kulon Progo"], "Fajar Nugroho", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-12")],
    ),
    (
        "menuju WBK evaluation visit: none",
        "TPN Evaluasi Zona Integritas Polres Pangandaran",
        "PANGANDARAN - Tim Penilai Nasional (TPN) KemenPAN-RB melakukan evaluasi pembangunan Zona Integritas menuju "
        "Wilayah Bebas dari Korupsi (WBK) di Polres Pangandaran, Rabu (16/10/2024). Kapolres Pangandaran AKBP Yusuf "
        "Ramadhan berharap hasil penilaian dapat memuaskan dan Polres Pangandaran bisa meraih predikat WBK tahun ini.",
        "2024-10-17",
        "none",
        [],
    ),
    (
        "WBK under the programme's name Zona Integritas menuju WBK/WBBM, passive with oleh",
        None,
        "Polsek Denpasar Selatan ditetapkan meraih predikat WBK dalam pembangunan Zona Integritas menuju WBK/WBBM tahun "
        "2024 oleh KemenPAN-RB. Kapolsek Denpasar Selatan Kompol Ketut Ariawan mengatakan predikat itu diraih berkat "
        "kerja keras seluruh personel.",
        "2024-12-20",
        "received",
        [(["Polsek Denpasar Selatan"], None, "zona_integritas_wbk", "KemenPAN-RB", 2024, None)],
    ),
    (
        "Kompolnas Award with its year, a Polsek terbaik",
        "Polsek Tanjung Priok Terbaik Kompolnas Award 2024",
        "JAKARTA - Polsek Tanjung Priok dinobatkan sebagai Polsek terbaik dalam ajang Kompolnas Award 2024. Trofi "
        "diserahkan Ketua Harian Kompolnas kepada Kapolsek Tanjung Priok Kompol Andri Siregar di Jakarta, Jumat "
        "(29/11/2024).",
        "2024-11-30",
        "received",
        [(["Polsek Tanjung Priok"], "Andri Siregar", "kompolnas", "Kompolnas", 2024, "2024-11-29")],
    ),
    (
        "Kompolnas commissioner only attends a Kapolda's award",
        None,
        "MEDAN - Kapolda Sumatera Utara Irjen Pol Agus Santoso memberikan penghargaan kepada Polres Asahan atas "
        "pengungkapan jaringan narkoba lintas provinsi. Penyerahan penghargaan di Mapolda Sumut, Senin (4/11/2024), turut "
        "disaksikan Komisioner Kompolnas yang tengah melakukan kunjungan kerja. Penghargaan diterima Kapolres Asahan AKBP "
        "Rudi Hartanto.",
        "2024-11-05",
        "received",
        [(["Polres Asahan"], "Rudi Hartanto", "kapolda", "Kapolda Sumatera Utara", None, "2024-11-04")],
    ),
    (
        "the Kapolri gives directly",
        None,
        "Kapolri Jenderal Listyo Sigit Prabowo memberikan penghargaan kepada Polres Metro Jakarta Barat atas "
        "keberhasilan membongkar pabrik narkoba rumahan. Penghargaan diserahkan di Mabes Polri, Kamis (7/11/2024), dan "
        "diterima Kapolres Metro Jakarta Barat Kombes Pol Hendra Wirawan.",
        "2024-11-08",
        "received",
        [(["Polres Metro Jakarta Barat"], "Hendra Wirawan", "kapolri", "Kapolri", None, "2024-11-07")],
    ),
    (
        "Kapolri's award handed over by a Kapolda",
        "Satreskrim Polres Banyumas Terima Penghargaan Kapolri",
        "SEMARANG - Satreskrim Polres Banyumas menerima penghargaan dari Kapolri atas pengungkapan kasus "
        "perdagangan orang. Penghargaan itu diserahkan Kapolda Jawa Tengah Irjen Pol Bambang Setiawan kepada Kasat "
        "Reskrim Polres Banyumas AKP Galih Permana saat apel pagi, Senin (14/10/2024).",
        "2024-10-15",
        "received",
        [(["Satreskrim Polres Banyumas"], "Galih Permana", "kapolri", "Kapolri", None, "2024-10-14")],
    ),
    (
        "Korlantas Polri gives to a Ditlantas",
        None,
        "PEKANBARU - Ditlantas Polda Riau meraih penghargaan dari Korlantas Polri sebagai Ditlantas terbaik dalam "
        "pelaksanaan Operasi Ketupat 2024. Penghargaan diterima Dirlantas Polda Riau Kombes Pol Taufik Hidayat di "
        "Jakarta, Selasa (30/4/2024).",
        "2024-05-01",
        "received",
        [(["Ditlantas Polda Riau"], "Taufik Hidayat", "kapolri", "Korlantas Polri", 2024, "2024-04-30")],
    ),
    (
        "Divisi Humas Polri's award to a Bidhumas",
        "Bidhumas Polda Sulteng Raih Penghargaan Divhumas Polri",
        "PALU - Bidhumas Polda Sulawesi Tengah menyabet penghargaan dari Divisi Humas Polri sebagai pengelola media "
        "sosial terbaik. Penghargaan diserahkan Kadiv Humas Polri kepada Kabid Humas Polda Sulteng Kombes Pol Yusuf "
        "Lamadi dalam Rakernis Humas di Jakarta, Rabu (20/11/2024).",
        "2024-11-21",
        "received",
        [(["Bidhumas Polda Sulawesi Tengah"], "Yusuf Lamadi", "kapolri", "Divisi Humas Polri", None, "2024-11-20")],
    ),
    (
        "a Kapolda gives, province written short",
        None,
        "Kapolda Kalteng Irjen Pol Haryo Wibowo menganugerahkan penghargaan kepada Polres Kapuas atas keberhasilan "
        "menangani kebakaran hutan dan lahan. Penghargaan diterima Kapolres Kapuas AKBP Andika Putra di Mapolda "
        "Kalteng, Jumat (11/10/2024).",
        "2024-10-12",
        "received",
        [(["Polres Kapuas"], "Andika Putra", "kapolda", "Kapolda Kalimantan Tengah", None, "2024-10-11")],
    ),
    (
        "a Kapolres rewards a Polsek",
        "Kapolres Cianjur Ganjar Polsek Cipanas Penghargaan",
        "CIANJUR - Kapolres Cianjur AKBP Rizal Mahendra mengganjar Polsek Cipanas dengan penghargaan atas "
        "keberhasilan menangkap pelaku curanmor. Penghargaan diterima Kapolsek Cipanas AKP Dede Supriatna saat apel "
        "pagi di Mapolres Cianjur, Senin (2/12/2024).",
        "2024-12-03",
        "received",
        [(["Polsek Cipanas"], "Dede Supriatna", "other", "Kapolres Cianjur", None, "2024-12-02")],
    ),
    (
        "a Wali Kota gives to a Polresta",
        None,
        "PEKANBARU - Wali Kota Pekanbaru memberikan piagam penghargaan kepada Polresta Pekanbaru atas dukungan "
        "dalam program kota bebas sampah. Piagam diterima Kapolresta Pekanbaru Kombes Pol Jeki Rahmat Mustika di "
        "Balai Kota, Kamis (5/9/2024).",
        "2024-09-06",
        "received",
        [
            (
                ["Polresta Pekanbaru"],
                "Jeki Rahmat Mustika",
                "regional_government",
                "Wali Kota Pekanbaru",
                None,
                "2024-09-05",
            )
        ],
    ),
    (
        "a Gubernur anugerahkan to a Polda",
        "Gubernur Sumbar Anugerahi Polda Sumbar Penghargaan",
        "PADANG - Polda Sumatera Barat dianugerahi penghargaan oleh Gubernur Sumatera Barat atas peran aktif dalam "
        "penanganan bencana banjir lahar dingin. Penghargaan diterima Wakapolda Sumbar Brigjen Pol Gupuh Setiyono di "
        "Auditorium Gubernuran, Rabu (17/7/2024).",
        "2024-07-18",
        "received",
        [
            (
                ["Polda Sumatera Barat"],
                "Gupuh Setiyono",
                "regional_government",
                "Gubernur Sumatera Barat",
                None,
                "2024-07-17",
            )
        ],
    ),
    (
        "a DPRD gives to a Polres",
        None,
        "JEMBER - DPRD Kabupaten Jember memberikan penghargaan kepada Polres Jember dalam rapat paripurna "
        "peringatan hari jadi Kabupaten Jember, Rabu (1/1/2025). Penghargaan diberikan atas keberhasilan Polres "
        "Jember mengamankan Pilkada 2024 dan diterima Kapolres Jember AKBP Bayu Anuwar.",
        "2025-01-02",
        "received",
        [(["Polres Jember"], "Bayu Anuwar", "regional_government", "DPRD Jember", None, "2025-01-01")],
    ),
    (
        "a Camat hands a piagam to a Polsek",
        None,
        "Camat Cibinong menyerahkan piagam penghargaan kepada Polsek Cibinong atas kesigapan personel dalam "
        "penanganan banjir di wilayah Pabuaran. Piagam diterima Kapolsek Cibinong Kompol Asep Sudrajat di kantor "
        "kecamatan, Selasa (8/10/2024).",
        "2024-10-09",
        "received",
        [(["Polsek Cibinong"], "Asep Sudrajat", "regional_government", "Camat Cibinong", None, "2024-10-08")],
    ),
    (
        "a ministry by its full name",
        None,
        "MAKASSAR - Kementerian Sosial memberikan penghargaan kepada Polda Sulawesi Selatan atas dukungan "
        "dalam penyaluran bantuan sosial bagi korban banjir. Penghargaan diterima Kapolda Sulsel Irjen Pol Andi "
        "Rian di Makassar, Sabtu (14/9/2024).",
        "2024-09-15",
        "received",
        [(["Polda Sulawesi Selatan"], "Andi Rian", "ministry", "Kementerian Sosial", None, "2024-09-14")],
    ),
    (
        "a national agency (Basarnas) by its short name",
        "Basarnas Beri Penghargaan Ditpolairud Polda Bali",
        "DENPASAR - Badan Nasional Pencarian dan Pertolongan (Basarnas) memberikan penghargaan kepada Ditpolairud "
        "Polda Bali atas peran dalam operasi pencarian korban kapal tenggelam di Selat Bali. Penghargaan diterima "
        "Dirpolairud Polda Bali Kombes Pol Made Wiranata, Kamis (22/8/2024).",
        "2024-08-23",
        "received",
        [(["Ditpolairud Polda Bali"], "Made Wiranata", "ministry", "Basarnas", None, "2024-08-22")],
    ),
    (
        "a ministry's field office (Kanwil Kemenkumham)",
        None,
        "BANDUNG - Kanwil Kemenkumham Jawa Barat memberikan penghargaan kepada Polres Cirebon Kota atas "
        "sinergi dalam penanganan warga binaan yang melarikan diri. Penghargaan diserahkan Kepala Kanwil kepada "
        "Kapolres Cirebon Kota AKBP Eko Sulistyo, Jumat (6/12/2024).",
        "2024-12-07",
        "received",
        [(["Polres Cirebon Kota"], "Eko Sulistyo", "ministry", "Kanwil Kemenkumham Jawa Barat", None, "2024-12-06")],
    ),
    (
        "a Lapas head gives to a Polsek (the law ministry's field office)",
        None,
        "Kepala Lapas Kelas IIA Ambon memberikan penghargaan kepada Polsek Nusaniwe atas bantuan pengamanan saat "
        "terjadi keributan di dalam lapas. Penghargaan diterima Kapolsek Nusaniwe Iptu Marthen Latuheru, Rabu (23/10/2024).",
        "2024-10-24",
        "received",
        [(["Polsek Nusaniwe"], "Marthen Latuheru", "ministry", "Lapas Kelas IIA Ambon", None, "2024-10-23")],
    ),
    (
        "a provincial information commission's predikat Informatif",
        "Polda Jateng Raih Predikat Informatif dari Komisi Informasi",
        "SEMARANG - Polda Jawa Tengah meraih predikat badan publik Informatif dalam Anugerah Keterbukaan Informasi "
        "Publik 2024 yang digelar Komisi Informasi Provinsi Jawa Tengah. Penghargaan diterima Kabid Humas Polda Jateng "
        "Kombes Pol Artanto di Semarang, Kamis (28/11/2024).",
        "2024-11-29",
        "received",
        [(["Polda Jawa Tengah"], "Artanto", "other", "Komisi Informasi Provinsi Jawa Tengah", 2024, "2024-11-28")],
    ),
    (
        "information commission only by its acronym KI",
        None,
        "PADANG - Polres Pariaman menerima penghargaan sebagai badan publik menuju informatif dari KI Sumbar. "
        "Penghargaan diterima Kapolres Pariaman AKBP Andreas Siregar dalam malam anugerah di Padang, Senin (16/12/2024).",
        "2024-12-17",
        "received",
        [(["Polres Pariaman"], "Andreas Siregar", "other", "KI Sumbar", None, "2024-12-16")],
    ),
    (
        "a MURI record",
        "Polres Magelang Pecahkan Rekor MURI",
        "MAGELANG - Polres Magelang memecahkan rekor Museum Rekor Dunia Indonesia (MURI) untuk kategori senam "
        "bersama dengan peserta terbanyak di kawasan Candi Borobudur, Minggu (3/11/2024). Piagam rekor diserahkan "
        "perwakilan MURI kepada Kapolres Magelang AKBP Yudhi Pranata.",
        "2024-11-04",
        "received",
        [(["Polres Magelang"], "Yudhi Pranata", "muri", "MURI", None, "2024-11-03")],
    ),
    (
        "a BNN provincial office gives to a Satresnarkoba",
        None,
        "BANJARMASIN - BNN Provinsi Kalimantan Selatan memberikan penghargaan kepada Satresnarkoba Polres Banjar "
        "atas pengungkapan peredaran sabu seberat 10 kilogram. Penghargaan diterima Kasat Resnarkoba Polres Banjar AKP "
        "Hendra Gunawan di Banjarmasin, Selasa (26/11/2024).",
        "2024-11-27",
        "received",
        [
            (
                ["Satresnarkoba Polres Banjar"],
                "Hendra Gunawan",
                "ministry",
                "BNN Provinsi Kalimantan Selatan",
                None,
                "2024-11-26",
            )
        ],
    ),
    (
        "Jasa Raharja branch gives to a Satlantas",
        None,
        "KUDUS - PT Jasa Raharja Cabang Jawa Tengah memberikan penghargaan kepada Satlantas Polres Kudus atas "
        "kecepatan penanganan laporan kecelakaan lalu lintas. Penghargaan diterima Kasat Lantas Polres Kudus AKP "
        "Andika Wirawan, Rabu (18/9/2024).",
        "2024-09-19",
        "received",
        [(["Satlantas Polres Kudus"], "Andika Wirawan", "other", "Jasa Raharja", None, "2024-09-18")],
    ),
    (
        "BPJS Kesehatan branch gives to a Polres",
        None,
        "PALU - Polres Donggala menerima penghargaan dari BPJS Kesehatan Cabang Palu atas kepatuhan mendaftarkan "
        "seluruh personel dan keluarganya dalam program JKN. Penghargaan diterima Wakapolres Donggala Kompol Imam "
        "Safari, Kamis (25/7/2024).",
        "2024-07-26",
        "received",
        [(["Polres Donggala"], "Imam Safari", "other", "BPJS Kesehatan", None, "2024-07-25")],
    ),
    (
        "a bank's branch rewards a Polresta",
        "Bank BRI Apresiasi Polresta Jayapura Kota",
        "JAYAPURA - Bank BRI Kantor Cabang Jayapura memberikan penghargaan kepada Polresta Jayapura Kota atas "
        "keberhasilan mengungkap kasus pembobolan mesin ATM. Penghargaan diserahkan Pemimpin Cabang BRI Jayapura kepada "
        "Kapolresta Jayapura Kota Kombes Pol Victor Mackbon, Senin (21/10/2024).",
        "2024-10-22",
        "received",
        [(["Polresta Jayapura Kota"], "Victor Mackbon", "other", "Bank BRI", None, "2024-10-21")],
    ),
    (
        "a state company rewards a Polres",
        None,
        "CILACAP - PT Pertamina Patra Niaga Regional Jawa Bagian Tengah memberikan penghargaan kepada Polres "
        "Cilacap atas pengamanan objek vital nasional kilang minyak. Penghargaan diterima Kapolres Cilacap AKBP Budi "
        "Adhy Buono, Jumat (13/9/2024).",
        "2024-09-14",
        "received",
        [(["Polres Cilacap"], "Budi Adhy Buono", "other", "PT Pertamina Patra Niaga", None, "2024-09-13")],
    ),
    (
        "a university rewards a Polrestabes",
        None,
        "MAKASSAR - Universitas Hasanuddin menganugerahkan penghargaan kepada Polrestabes Makassar atas "
        "pengamanan kampus selama penerimaan mahasiswa baru. Penghargaan diserahkan Rektor Unhas kepada "
        "Kapolrestabes Makassar Kombes Pol Mokhamad Ngajib, Kamis (29/8/2024).",
        "2024-08-30",
        "received",
        [(["Polrestabes Makassar"], "Mokhamad Ngajib", "other", "Universitas Hasanuddin", None, "2024-08-29")],
    ),
    (
        "a PWI branch's award to a Kapolres personally",
        "PWI Garut Award 2024 untuk Kapolres Garut",
        "GARUT - Kapolres Garut AKBP Fajar Gemilang menerima PWI Garut Award 2024 sebagai tokoh inspiratif "
        "yang dekat dengan insan pers. Penghargaan diserahkan Ketua PWI Kabupaten Garut di Gedung Pendopo, Senin "
        "(9/12/2024).",
        "2024-12-10",
        "received",
        [(["Polres Garut"], "Fajar Gemilang", "media", "PWI Garut", 2024, "2024-12-09")],
    ),
    (
        "a newspaper's awards night",
        None,
        "TASIKMALAYA - Harian Radar Tasikmalaya menganugerahkan Radar Award 2024 kepada Polres Tasikmalaya Kota "
        "untuk kategori institusi dengan pelayanan publik terbaik. Penghargaan diterima Kapolres Tasikmalaya Kota AKBP "
        "Moch Faruk Rozi, Sabtu (30/11/2024).",
        "2024-12-01",
        "received",
        [(["Polres Tasikmalaya Kota"], "Moch Faruk Rozi", "media", "Radar Tasikmalaya", 2024, "2024-11-30")],
    ),
    (
        "an NGO (Granat) rewards a Satresnarkoba",
        None,
        "LANGKAT - Dewan Pimpinan Cabang Gerakan Nasional Anti Narkotika (Granat) Kabupaten Langkat memberikan "
        "penghargaan kepada Satresnarkoba Polres Langkat atas komitmen memberantas peredaran narkoba. Penghargaan "
        "diterima Kasat Resnarkoba Polres Langkat AKP Rudi Marpaung, Rabu (26/6/2024).",
        "2024-06-27",
        "received",
        [(["Satresnarkoba Polres Langkat"], "Rudi Marpaung", "other", "Granat Langkat", None, "2024-06-26")],
    ),
    (
        "a customary council confers a title on a Kapolda",
        "Kapolda Riau Dianugerahi Gelar Adat oleh LAM Riau",
        "PEKANBARU - Lembaga Adat Melayu (LAM) Riau menganugerahkan gelar adat Datuk Setia Amanah kepada Kapolda "
        "Riau Irjen Pol Mohammad Iqbal dalam upacara adat di Balai Adat Melayu Riau, Sabtu (19/10/2024).",
        "2024-10-20",
        "received",
        [(["Polda Riau"], "Mohammad Iqbal", "other", "Lembaga Adat Melayu Riau", None, "2024-10-19")],
    ),
    (
        "a foreign police force rewards a Ditreskrimsus",
        None,
        "DENPASAR - Australian Federal Police (AFP) memberikan penghargaan kepada Ditreskrimsus Polda Bali atas "
        "kerja sama pengungkapan jaringan penipuan daring lintas negara. Penghargaan diserahkan perwakilan AFP di "
        "Jakarta kepada Dirreskrimsus Polda Bali Kombes Pol Roy Hardi, Kamis (15/8/2024).",
        "2024-08-16",
        "received",
        [(["Ditreskrimsus Polda Bali"], "Roy Hardi", "other", "Australian Federal Police", None, "2024-08-15")],
    ),
    (
        "two awards of different kinds: Ombudsman and a Bupati on one day",
        "Polres Lamongan Borong Dua Penghargaan",
        "LAMONGAN - Polres Lamongan meraih dua penghargaan sekaligus, Senin (16/12/2024). Pertama, predikat zona "
        "hijau kepatuhan pelayanan publik dari Ombudsman RI Perwakilan Jawa Timur. Kedua, penghargaan dari Bupati "
        "Lamongan atas keberhasilan pengamanan Pilkada. Kedua penghargaan diterima Kapolres Lamongan AKBP Bobby "
        "Adimas.",
        "2024-12-17",
        "received",
        [
            (
                ["Polres Lamongan"],
                "Bobby Adimas",
                "ombudsman_compliance",
                "Ombudsman RI Perwakilan Jawa Timur",
                None,
                "2024-12-16",
            ),
            (["Polres Lamongan"], "Bobby Adimas", "regional_government", "Bupati Lamongan", None, "2024-12-16"),
        ],
    ),
    (
        "two awards of different kinds: a Kapolda's trophy and a Gubernur's piagam",
        None,
        "KUPANG - Polres Kupang Kota menerima trofi juara pertama lomba Kampung Bebas Narkoba dari Kapolda NTT Irjen "
        "Pol Daniel Silitonga. Pada kesempatan yang sama, Gubernur NTT memberikan piagam penghargaan kepada Polres "
        "Sikka atas penanganan bencana erupsi Lewotobi. Acara berlangsung di Mapolda NTT, Selasa (10/12/2024).",
        "2024-12-11",
        "received",
        [
            (["Polres Kupang Kota"], None, "kapolda", "Kapolda Nusa Tenggara Timur", None, "2024-12-10"),
            (["Polres Sikka"], None, "regional_government", "Gubernur Nusa Tenggara Timur", None, "2024-12-10"),
        ],
    ),
    (
        "a ministry only by its acronym (Kemenpora)",
        None,
        "Polres Bantul menerima penghargaan dari Kemenpora atas dukungan pengamanan Pekan Olahraga Nasional. "
        "Penghargaan diterima Kapolres Bantul AKBP Michael Rori di Jakarta, Jumat (27/9/2024).",
        "2024-09-28",
        "received",
        [(["Polres Bantul"], "Michael Rori", "ministry", "Kemenpora", None, "2024-09-27")],
    ),
    (
        "a Menteri by his title only",
        None,
        "SURABAYA - Menteri Perhubungan menyerahkan penghargaan kepada Ditpolairud Polda Jawa Timur atas kesigapan "
        "mengevakuasi penumpang kapal yang terbakar di perairan Madura. Penghargaan diterima Dirpolairud Polda Jatim "
        "Kombes Pol Arnold Sagala, Senin (12/8/2024).",
        "2024-08-13",
        "received",
        [
            (
                ["Ditpolairud Polda Jawa Timur"],
                "Arnold Sagala",
                "ministry",
                "Kementerian Perhubungan",
                None,
                "2024-08-12",
            )
        ],
    ),
    (
        "a Pangdam (TNI) gives, by his title",
        None,
        "Pangdam XIV/Hasanuddin Mayjen TNI Bobby Rinal memberikan penghargaan kepada Polres Bone atas sinergi TNI-Polri "
        "dalam pengamanan Pilkada. Penghargaan diterima Kapolres Bone AKBP Erwin Syah di Makodam, Rabu (4/12/2024).",
        "2024-12-05",
        "received",
        [(["Polres Bone"], "Erwin Syah", "other", "Pangdam XIV/Hasanuddin", None, "2024-12-04")],
    ),
    (
        "Baznas rewards a Polres",
        None,
        "Badan Amil Zakat Nasional (Baznas) Kabupaten Sumenep memberikan penghargaan kepada Polres Sumenep sebagai "
        "instansi pembayar zakat terbesar tahun 2024. Penghargaan diterima Kapolres Sumenep AKBP Henri Noveri "
        "Santoso, Kamis (19/12/2024).",
        "2024-12-20",
        "received",
        [(["Polres Sumenep"], "Henri Noveri Santoso", "other", "Baznas Sumenep", 2024, "2024-12-19")],
    ),
    (
        "an Ombudsman assessment visit only: none",
        None,
        "Tim Ombudsman RI Perwakilan Lampung melakukan penilaian kepatuhan standar pelayanan publik di Polres "
        "Lampung Selatan, Selasa (3/9/2024). Kapolres Lampung Selatan AKBP Yusriandi berharap Polres Lampung Selatan "
        "dapat meraih nilai tertinggi dan masuk zona hijau.",
        "2024-09-04",
        "none",
        [],
    ),
    (
        "Satyalancana from the President, personal award",
        None,
        "Kapolres Pasuruan AKBP Jazuli Dani menerima tanda kehormatan Satyalancana Karya Bhakti dari Presiden RI "
        "atas pengabdiannya. Penyematan tanda kehormatan dilakukan Kapolda Jatim dalam upacara di Mapolda, Senin "
        "(1/7/2024).",
        "2024-07-02",
        "received",
        [(["Polres Pasuruan"], "Jazuli Dani", "other", "Presiden RI", None, "2024-07-01")],
    ),
    (
        "KPK rewards a Polda's directorate",
        None,
        "Komisi Pemberantasan Korupsi (KPK) memberikan penghargaan kepada Ditreskrimsus Polda Jawa Barat atas "
        "sinergi dalam supervisi penanganan perkara korupsi. Penghargaan diterima Dirreskrimsus Polda Jabar Kombes Pol "
        "Ibrahim Tompo di Gedung Merah Putih KPK, Kamis (12/12/2024).",
        "2024-12-13",
        "received",
        [(["Ditreskrimsus Polda Jawa Barat"], "Ibrahim Tompo", "other", "KPK", None, "2024-12-12")],
    ),
    (
        "a Polda directorate gives in its own name",
        None,
        "SURABAYA - Ditlantas Polda Jawa Timur memberikan penghargaan kepada Satlantas Polres Gresik sebagai "
        "Satlantas terbaik dalam penurunan angka kecelakaan. Penghargaan diterima Kasat Lantas Polres Gresik AKP "
        "Ahmad Ridwan, Jumat (20/9/2024).",
        "2024-09-21",
        "received",
        [(["Satlantas Polres Gresik"], "Ahmad Ridwan", "kapolda", "Ditlantas Polda Jawa Timur", None, "2024-09-20")],
    ),
    (
        "a Wakil Bupati hands over the Pemkab's award",
        None,
        "Pemerintah Kabupaten Sleman memberikan penghargaan kepada Polresta Sleman atas dukungan dalam program "
        "percepatan penurunan stunting. Penghargaan diserahkan Wakil Bupati Sleman Danang Maharsa kepada Wakapolresta "
        "Sleman AKBP Yuswanto Ardi, Rabu (13/11/2024).",
        "2024-11-14",
        "received",
        [(["Polresta Sleman"], "Yuswanto Ardi", "regional_government", "Pemkab Sleman", None, "2024-11-13")],
    ),
    (
        "a foreign embassy rewards a Polda",
        None,
        "Kedutaan Besar Amerika Serikat di Jakarta memberikan penghargaan kepada Polda Metro Jaya atas kerja sama "
        "pengungkapan kasus perdagangan satwa liar. Penghargaan diterima Wakapolda Metro Jaya Brigjen Pol Djati "
        "Wiyoto, Selasa (5/11/2024).",
        "2024-11-06",
        "received",
        [(["Polda Metro Jaya"], "Djati Wiyoto", "other", "Kedutaan Besar Amerika Serikat", None, "2024-11-05")],
    ),
]


@pytest.mark.parametrize("construction, title, text, day, role, awards", AWARD_KINDS, ids=[r[0] for r in AWARD_KINDS])
def test_award_kinds(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- award kinds told apart: an award given now for one won before, several kinds in one story -------------------------
# A Kapolda's piagam for a unit that won the Ombudsman's zona hijau or a WBK is the Kapolda's (the won predikat is the
# reason, not the award); a ministry's award handed over by a Gubernur is the ministry's alone; a hope that a unit
# "bisa meraih" is none; bodies known by an acronym of their syllables ("Polis Diraja Malaysia (PDRM)"), a regency's
# BNN office ("BNNK"), a television station by its own name; WBBM and WBK, MURI and a Kapolda, Kompolnas and the
# Kapolri in one story.
AWARD_KINDS_APART = [
    (
        "a Kapolda rewards the units that won the Ombudsman's zona hijau",
        "Kapolda Kalsel Beri Penghargaan Satker Berpredikat Zona Hijau",
        "BANJARMASIN - Kapolda Kalimantan Selatan Irjen Pol Rosyanto Yudha memberikan penghargaan kepada Polres Tabalong dan Polres Balangan yang meraih predikat zona hijau kepatuhan pelayanan publik dari "
        "Ombudsman RI. Penghargaan diserahkan saat apel pagi di Mapolda Kalsel, Senin (20/1/2025).",
        "2025-01-21",
        "received",
        [(["Polres Tabalong", "Polres Balangan"], None, "kapolda", "Kapolda Kalimantan Selatan", None, "2025-01-20")],
    ),
    (
        "a Kapolda rewards the satker that won WBK",
        None,
        "Kapolda Lampung Irjen Pol Helmy Santika mengganjar Polres Way Kanan dan Polsek Kalianda dengan piagam penghargaan atas keberhasilan meraih predikat Wilayah Bebas dari Korupsi (WBK). Piagam "
        "diberikan dalam upacara di Lapangan Mapolda Lampung, Selasa (7/1/2025).",
        "2025-01-08",
        "received",
        [(["Polres Way Kanan", "Polsek Kalianda"], None, "kapolda", "Kapolda Lampung", None, "2025-01-07")],
    ),
    (
        "Kompolnas only by its full name, a Polres terbaik",
        None,
        "Polres Lumajang terpilih sebagai Polres terbaik nasional versi Komisi Kepolisian Nasional dalam bidang pelayanan masyarakat. Penghargaan diserahkan Ketua Komisi Kepolisian Nasional kepada Kapolres "
        "Lumajang AKBP Mohammad Zainur di Jakarta, Kamis (5/12/2024).",
        "2024-12-06",
        "received",
        [(["Polres Lumajang"], "Mohammad Zainur", "kompolnas", "Kompolnas", None, "2024-12-05")],
    ),
    (
        "Polri through its SSDM gives, handed over by the Wakapolri",
        None,
        "Polri melalui Staf Sumber Daya Manusia (SSDM) memberikan penghargaan kepada Satreskrim Polrestabes Semarang atas pengungkapan kasus mutilasi. Penghargaan diserahkan Wakapolri Komjen Pol Ahmad "
        "Dofiri kepada Kasat Reskrim Polrestabes Semarang AKBP Andika Dharma, Senin (3/2/2025).",
        "2025-02-04",
        "received",
        [(["Satreskrim Polrestabes Semarang"], "Andika Dharma", "kapolri", "Mabes Polri", None, "2025-02-03")],
    ),
    (
        "a Polda gives in its own name",
        None,
        "BANDUNG - Polda Jawa Barat memberikan penghargaan kepada 20 personel Polres Sumedang yang berhasil menggagalkan aksi tawuran bersenjata. Penghargaan diserahkan Irwasda Polda Jabar Kombes Pol Dedi "
        "Kusuma dalam apel di Mapolda Jabar, Rabu (5/2/2025).",
        "2025-02-06",
        "received",
        [(["Polres Sumedang"], None, "kapolda", "Polda Jawa Barat", None, "2025-02-05")],
    ),
    (
        "a Kapolresta rewards Bhabinkamtibmas of a Polsek",
        None,
        "Kapolresta Malang Kota Kombes Pol Nanang Haryono memberikan penghargaan kepada dua Bhabinkamtibmas Polsek Klojen yang menyelamatkan warga dari kebakaran. Penghargaan diberikan dalam apel pagi, "
        "Jumat (17/1/2025).",
        "2025-01-18",
        "received",
        [(["Polsek Klojen"], None, "other", "Kapolresta Malang Kota", None, "2025-01-17")],
    ),
    (
        "a Pj Gubernur gives, passive",
        None,
        "JAYAPURA - Polda Papua menerima penghargaan yang diberikan Pj Gubernur Papua atas pengamanan Pilkada serentak yang berjalan damai. Penghargaan diterima Kapolda Papua Irjen Pol Petrus Patrige di "
        "Jayapura, Kamis (9/1/2025).",
        "2025-01-10",
        "received",
        [(["Polda Papua"], "Petrus Patrige", "regional_government", "Gubernur Papua", None, "2025-01-09")],
    ),
    (
        "a Bupati gives through his Kepala Dinas",
        None,
        "Bupati Gresik melalui Kepala Dinas Perhubungan menyerahkan penghargaan kepada Satlantas Polres Gresik atas kelancaran arus mudik Lebaran. Penghargaan diterima Kasat Lantas Polres Gresik AKP Wahyu "
        "Saputra, Senin (22/4/2024).",
        "2024-04-23",
        "received",
        [(["Satlantas Polres Gresik"], "Wahyu Saputra", "regional_government", "Bupati Gresik", None, "2024-04-22")],
    ),
    (
        "a provincial DPRD's chairman gives",
        None,
        "Ketua DPRD Provinsi Sumatera Selatan memberikan penghargaan kepada Polda Sumatera Selatan atas pengungkapan kasus korupsi dana desa. Penghargaan diterima Wakapolda Sumsel Brigjen Pol Rudi Setiawan "
        "di Gedung DPRD Sumsel, Selasa (14/1/2025).",
        "2025-01-15",
        "received",
        [
            (
                ["Polda Sumatera Selatan"],
                "Rudi Setiawan",
                "regional_government",
                "DPRD Sumatera Selatan",
                None,
                "2025-01-14",
            )
        ],
    ),
    (
        "a minister by his short title (Menkes)",
        "Polres Sigi Terima Penghargaan dari Menkes",
        "SIGI - Polres Sigi menerima penghargaan dari Menkes atas dukungan dalam program imunisasi anak di daerah terpencil. Penghargaan diterima Kapolres Sigi AKBP Reja Simanjuntak di Jakarta, Rabu "
        "(13/11/2024).",
        "2024-11-14",
        "received",
        [(["Polres Sigi"], "Reja Simanjuntak", "ministry", "Menkes", None, "2024-11-13")],
    ),
    (
        "an immigration office rewards a Polres",
        None,
        "Kantor Imigrasi Kelas I Batam memberikan penghargaan kepada Polresta Barelang atas kerja sama penangkapan warga negara asing yang melanggar izin tinggal. Penghargaan diterima Kapolresta Barelang "
        "Kombes Pol Heribertus Ompusunggu, Kamis (16/1/2025).",
        "2025-01-17",
        "received",
        [
            (
                ["Polresta Barelang"],
                "Heribertus Ompusunggu",
                "ministry",
                "Kantor Imigrasi Kelas I Batam",
                None,
                "2025-01-16",
            )
        ],
    ),
    (
        "the central information commission by name and acronym",
        None,
        "JAKARTA - Polri kembali meraih predikat badan publik Informatif dari Komisi Informasi Pusat (KIP) dalam penganugerahan keterbukaan informasi publik tahun 2024. Penghargaan diterima Kadiv Humas "
        "Polri Irjen Pol Sandi Nugroho, Selasa (17/12/2024).",
        "2024-12-18",
        "received",
        [(["Mabes Polri"], "Sandi Nugroho", "other", "Komisi Informasi Pusat", 2024, "2024-12-17")],
    ),
    (
        "a BNN regency office by its acronym BNNK",
        None,
        "BNNK Tasikmalaya memberikan penghargaan kepada Satresnarkoba Polres Tasikmalaya atas pengungkapan peredaran obat keras. Penghargaan diterima Kasat Resnarkoba AKP Ridwan Hakim, Senin (25/11/2024).",
        "2024-11-26",
        "received",
        [(["Satresnarkoba Polres Tasikmalaya"], "Ridwan Hakim", "ministry", "BNNK Tasikmalaya", None, "2024-11-25")],
    ),
    (
        "BPJS Ketenagakerjaan rewards a Polda",
        None,
        "PONTIANAK - BPJS Ketenagakerjaan Kantor Wilayah Kalimantan memberikan penghargaan Paritrana Award kepada Polda Kalimantan Barat atas dukungan perlindungan pekerja rentan. Penghargaan diterima "
        "Kapolda Kalbar Irjen Pol Pipit Rismanto, Kamis (10/10/2024).",
        "2024-10-11",
        "received",
        [(["Polda Kalimantan Barat"], "Pipit Rismanto", "other", "BPJS Ketenagakerjaan", None, "2024-10-10")],
    ),
    (
        "Bank Indonesia's representative office rewards a Polres",
        None,
        "Kantor Perwakilan Bank Indonesia Provinsi Jambi memberikan penghargaan kepada Polres Tebo atas pengungkapan peredaran uang palsu. Penghargaan diterima Kapolres Tebo AKBP Fitria Mega di Jambi, Rabu "
        "(4/12/2024).",
        "2024-12-05",
        "received",
        [(["Polres Tebo"], "Fitria Mega", "other", "Bank Indonesia Provinsi Jambi", None, "2024-12-04")],
    ),
    (
        "a rector hands over his university's award",
        None,
        "Rektor Universitas Andalas menyerahkan penghargaan kepada Polresta Padang atas dukungan pengamanan wisuda dan kegiatan kampus. Penghargaan diterima Kapolresta Padang Kombes Pol Ferry Harahap di "
        "Kampus Limau Manis, Sabtu (8/2/2025).",
        "2025-02-09",
        "received",
        [(["Polresta Padang"], "Ferry Harahap", "other", "Universitas Andalas", None, "2025-02-08")],
    ),
    (
        "an SMSI award of a press body, several units",
        None,
        "SMSI Provinsi Bengkulu menganugerahkan SMSI Award 2024 kepada Polda Bengkulu dan Polres Rejang Lebong sebagai institusi yang terbuka terhadap media. Penghargaan diserahkan di Bengkulu, Senin "
        "(27/1/2025).",
        "2025-01-28",
        "received",
        [(["Polda Bengkulu", "Polres Rejang Lebong"], None, "media", "SMSI Bengkulu", 2024, "2025-01-27")],
    ),
    (
        "a television station's awards night",
        None,
        "Kapolres Kediri Kota AKBP Bramastyo Priaji menerima penghargaan dari stasiun televisi Kediri TV sebagai tokoh penggerak keamanan lingkungan dalam malam anugerah di Kediri, Sabtu (14/12/2024).",
        "2024-12-15",
        "received",
        [(["Polres Kediri Kota"], "Bramastyo Priaji", "media", "Kediri TV", None, "2024-12-14")],
    ),
    (
        "a Kerapatan Adat Nagari confers a customary title on a Kapolres",
        None,
        "Kerapatan Adat Nagari (KAN) Pariangan memberikan gelar adat Sutan Rajo Mudo kepada Kapolres Tanah Datar AKBP Armi Dirga dalam prosesi adat di Balai Adat Pariangan, Minggu (12/1/2025).",
        "2025-01-13",
        "received",
        [(["Polres Tanah Datar"], "Armi Dirga", "other", "Kerapatan Adat Nagari Pariangan", None, "2025-01-12")],
    ),
    (
        "the Malaysian police force rewards a Polda's directorate",
        None,
        "Polis Diraja Malaysia (PDRM) memberikan penghargaan kepada Ditreskrimum Polda Kalimantan Barat atas kerja sama pemulangan korban perdagangan orang. Penghargaan diterima Dirreskrimum Polda Kalbar "
        "Kombes Pol Bowo Gede di Kuching, Rabu (15/1/2025).",
        "2025-01-16",
        "received",
        [(["Ditreskrimum Polda Kalimantan Barat"], "Bowo Gede", "other", "Polis Diraja Malaysia", None, "2025-01-15")],
    ),
    (
        "two awards in one story: a MURI record and the Kapolda's praise with a piagam",
        None,
        "SURABAYA - Polrestabes Surabaya mencatatkan rekor MURI untuk penanaman pohon serentak oleh personel terbanyak, Sabtu (23/11/2024). Usai menerima piagam rekor, Kapolda Jatim Irjen Pol Imam Sugianto "
        "juga memberikan penghargaan kepada Polrestabes Surabaya atas prestasi tersebut.",
        "2024-11-24",
        "received",
        [
            (["Polrestabes Surabaya"], None, "muri", "MURI", None, "2024-11-23"),
            (["Polrestabes Surabaya"], None, "kapolda", "Kapolda Jawa Timur", None, "2024-11-23"),
        ],
    ),
    (
        "two awards in one story: Kompolnas and the Kapolri",
        None,
        "Polres Banyuwangi meraih Kompolnas Award 2024 sebagai Polres dengan pelayanan terbaik. Selain itu, Kapolri juga memberikan penghargaan kepada Polres Banyuwangi atas inovasi layanan SKCK daring. "
        "Kedua penghargaan diterima Kapolres Banyuwangi AKBP Rama Samtama di Jakarta, Kamis (12/12/2024).",
        "2024-12-13",
        "received",
        [
            (["Polres Banyuwangi"], "Rama Samtama", "kompolnas", "Kompolnas", 2024, "2024-12-12"),
            (["Polres Banyuwangi"], "Rama Samtama", "kapolri", "Kapolri", None, "2024-12-12"),
        ],
    ),
    (
        "a Kejari rewards a Polres",
        None,
        "Kejaksaan Negeri Sidoarjo memberikan penghargaan kepada Polresta Sidoarjo atas kecepatan pelimpahan berkas perkara. Penghargaan diterima Wakapolresta Sidoarjo AKBP Denny Prasetya, Senin "
        "(22/7/2024).",
        "2024-07-23",
        "received",
        [(["Polresta Sidoarjo"], "Denny Prasetya", "other", "Kejaksaan Negeri Sidoarjo", None, "2024-07-22")],
    ),
    (
        "a Dinas Perhubungan of a city gives, by the acronym Dishub",
        None,
        "Dishub Kota Bogor memberikan piagam penghargaan kepada Satlantas Polresta Bogor Kota atas penertiban parkir liar. Piagam diterima Kasat Lantas Polresta Bogor Kota Kompol Galih Apria, Jumat "
        "(4/10/2024).",
        "2024-10-05",
        "received",
        [
            (
                ["Satlantas Polresta Bogor Kota"],
                "Galih Apria",
                "regional_government",
                "Dishub Kota Bogor",
                None,
                "2024-10-04",
            )
        ],
    ),
    (
        "a ministry's national-level award handed over by a Gubernur",
        None,
        "Polres Lombok Timur menerima penghargaan dari Kementerian Lingkungan Hidup dan Kehutanan atas program penanaman mangrove. Penghargaan diserahkan Gubernur NTB kepada Kapolres Lombok Timur AKBP Hery "
        "Indra Cahyono di Mataram, Selasa (5/11/2024).",
        "2024-11-06",
        "received",
        [
            (
                ["Polres Lombok Timur"],
                "Hery Indra Cahyono",
                "ministry",
                "Kementerian Lingkungan Hidup dan Kehutanan",
                None,
                "2024-11-05",
            )
        ],
    ),
    (
        "a Kompolnas commissioner's visit and an Ombudsman mention with no award: none",
        None,
        "Komisioner Kompolnas mengunjungi Polres Kebumen untuk memantau pelayanan SPKT, Rabu (8/1/2025). Kapolres Kebumen AKBP Eka Wirawan menjelaskan Polres Kebumen terus membenahi pelayanan sesuai "
        "rekomendasi Ombudsman.",
        "2025-01-09",
        "none",
        [],
    ),
]


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", AWARD_KINDS_APART, ids=[r[0] for r in AWARD_KINDS_APART]
)
def test_award_kinds_told_apart(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- award kinds in more wordings: a handover by another's official, givers by short names, awards counted off ---------
# The Kapolda's award handed over by his deputy, the Ombudsman's opini handed over by a Wakil Gubernur, a Kapolri award
# at a Polda's ceremony, a Kapolres's award a Bupati only attends; a Menko, a village, state enterprises by their
# trade names (PLN), an election commission, Komnas HAM, an army district command, a Pemprov; three awards counted
# off by "Pertama, ... Kedua, ... Ketiga, ..."; hopes that a unit "mampu meraih" or "dapat kembali meraih".
AWARD_KINDS_MORE = [
    (
        "a Kapolda's award handed over by his deputy",
        None,
        "Penghargaan dari Kapolda Sulawesi Utara diserahkan Wakapolda Sulut Brigjen Pol Bahagia Dachi kepada Satreskrim Polresta Manado atas pengungkapan kasus pembunuhan berencana. Penyerahan berlangsung "
        "di Mapolda Sulut, Senin (10/2/2025).",
        "2025-02-11",
        "received",
        [(["Satreskrim Polresta Manado"], None, "kapolda", "Kapolda Sulawesi Utara", None, "2025-02-10")],
    ),
    (
        "two awards of one kind from two regional givers, a Bupati and a Camat",
        None,
        "Polres Purworejo menerima penghargaan dari Bupati Purworejo atas pengamanan Pilkada, Kamis (19/12/2024). Pada hari yang sama, Polsek Bagelen menerima piagam dari Camat Bagelen atas penanganan "
        "tanah longsor.",
        "2024-12-20",
        "received",
        [
            (["Polres Purworejo"], None, "regional_government", "Bupati Purworejo", None, "2024-12-19"),
            (["Polsek Bagelen"], None, "regional_government", "Camat Bagelen", None, "2024-12-19"),
        ],
    ),
    (
        "the Ombudsman's opini of service quality, handed over by a Wakil Gubernur",
        "Polres Bima Kota Raih Opini Kualitas Tertinggi",
        "BIMA - Polres Bima Kota meraih Opini Pengawasan Penyelenggaraan Pelayanan Publik dengan kualitas tertinggi dari Ombudsman RI tahun 2024. Penghargaan diserahkan Wakil Gubernur NTB kepada Kapolres "
        "Bima Kota AKBP Kurniawan Hartono di Mataram, Kamis (23/1/2025).",
        "2025-01-24",
        "received",
        [(["Polres Bima Kota"], "Kurniawan Hartono", "ombudsman_compliance", "Ombudsman RI", 2024, "2025-01-23")],
    ),
    (
        "a coordinating minister by his short title",
        None,
        "Menko Polkam memberikan penghargaan kepada Ditreskrimsus Polda Kepulauan Riau atas pengungkapan penyelundupan pekerja migran ilegal. Penghargaan diterima Dirreskrimsus Polda Kepri Kombes Pol "
        "Silvester Simamora di Jakarta, Rabu (29/1/2025).",
        "2025-01-30",
        "received",
        [
            (
                ["Ditreskrimsus Polda Kepulauan Riau"],
                "Silvester Simamora",
                "ministry",
                "Menko Polkam",
                None,
                "2025-01-29",
            )
        ],
    ),
    (
        "a police studies institute (Lemkapi) rewards a Polda",
        None,
        "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi) menganugerahkan Lemkapi Award 2024 kepada Polda Nusa Tenggara Timur dalam kategori pelayanan publik. Penghargaan diterima Wakapolda NTT "
        "Brigjen Pol Awi Setiyono di Jakarta, Selasa (10/12/2024).",
        "2024-12-11",
        "received",
        [(["Polda Nusa Tenggara Timur"], "Awi Setiyono", "other", "Lemkapi", 2024, "2024-12-10")],
    ),
    (
        "a village government rewards a Polsek",
        None,
        "Pemerintah Desa Sukamulya memberikan piagam penghargaan kepada Polsek Rumpin atas bantuan personel dalam penanganan banjir bandang. Piagam diserahkan Kepala Desa Sukamulya kepada Kapolsek Rumpin "
        "AKP Suminto, Sabtu (15/3/2025).",
        "2025-03-16",
        "received",
        [(["Polsek Rumpin"], "Suminto", "other", "Pemerintah Desa Sukamulya", None, "2025-03-15")],
    ),
    (
        "a state electricity company rewards a Polres",
        None,
        "PLN Unit Induk Distribusi Jawa Timur memberikan penghargaan kepada Polres Pasuruan Kota atas pengungkapan kasus pencurian kabel listrik. Penghargaan diterima Kapolres Pasuruan Kota AKBP Davis "
        "Busin, Jumat (21/2/2025).",
        "2025-02-22",
        "received",
        [
            (
                ["Polres Pasuruan Kota"],
                "Davis Busin",
                "other",
                "PLN Unit Induk Distribusi Jawa Timur",
                None,
                "2025-02-21",
            )
        ],
    ),
    (
        "the election commission (KPU) of a regency rewards a Polres",
        None,
        "KPU Kabupaten Ciamis memberikan penghargaan kepada Polres Ciamis atas pengamanan seluruh tahapan pemilihan. Penghargaan diterima Kapolres Ciamis AKBP Akmal Harahap di Kantor KPU Ciamis, Senin "
        "(17/2/2025).",
        "2025-02-18",
        "received",
        [(["Polres Ciamis"], "Akmal Harahap", "other", "KPU Ciamis", None, "2025-02-17")],
    ),
    (
        "a Kapolri award handed over by a Kapolda at the Polda's HUT Bhayangkara",
        None,
        "Dalam upacara HUT Bhayangkara ke-78 di Mapolda Sumatera Barat, Senin (1/7/2024), Kapolda Sumbar Irjen Pol Suharyono menyerahkan penghargaan dari Kapolri kepada Polres Pesisir Selatan atas "
        "pengungkapan tambang emas ilegal. Penghargaan diterima Kapolres Pesisir Selatan AKBP Derry Indra.",
        "2024-07-02",
        "received",
        [(["Polres Pesisir Selatan"], "Derry Indra", "kapolri", "Kapolri", None, "2024-07-01")],
    ),
    (
        "a Danramil rewards a Polsek (the army's district command)",
        None,
        "Danramil 0815-04 Mojosari memberikan piagam penghargaan kepada Polsek Mojosari atas sinergi dalam pengamanan wilayah selama perayaan Natal. Piagam diterima Kapolsek Mojosari AKP Joko Santoso, "
        "Jumat (27/12/2024).",
        "2024-12-28",
        "received",
        [(["Polsek Mojosari"], "Joko Santoso", "other", "Danramil 0815-04 Mojosari", None, "2024-12-27")],
    ),
    (
        "a province's government by its short name (Pemprov)",
        None,
        "Pemprov Jatim memberikan penghargaan kepada Ditlantas Polda Jawa Timur atas kelancaran arus mudik dan balik Lebaran 2024. Penghargaan diserahkan di Gedung Negara Grahadi, Surabaya, Kamis "
        "(25/4/2024).",
        "2024-04-26",
        "received",
        [(["Ditlantas Polda Jawa Timur"], None, "regional_government", "Pemprov Jawa Timur", None, "2024-04-25")],
    ),
    (
        "a ministry's award; a Bupati's earlier award only as background",
        None,
        "Polres Bangli menerima penghargaan dari Kementerian Pariwisata dan Ekonomi Kreatif atas dukungan keamanan destinasi wisata Kintamani. Penghargaan diterima Kapolres Bangli AKBP James Rajagukguk di "
        "Jakarta, Jumat (6/12/2024). Tahun lalu, Polres Bangli juga pernah menerima penghargaan dari Bupati Bangli.",
        "2024-12-07",
        "received",
        [
            (
                ["Polres Bangli"],
                "James Rajagukguk",
                "ministry",
                "Kementerian Pariwisata dan Ekonomi Kreatif",
                None,
                "2024-12-06",
            )
        ],
    ),
    (
        "a Kapolres's award when the Bupati only attends",
        None,
        "Kapolres Lebak AKBP Herfio Zaki memberikan penghargaan kepada Polsek Bayah atas penangkapan komplotan pencuri ternak. Penyerahan penghargaan yang dihadiri Bupati Lebak itu berlangsung di Mapolres "
        "Lebak, Selasa (4/2/2025).",
        "2025-02-05",
        "received",
        [(["Polsek Bayah"], None, "other", "Kapolres Lebak", None, "2025-02-04")],
    ),
    (
        "a Komnas HAM award to a Polda",
        None,
        "Komnas HAM memberikan penghargaan kepada Polda Sulawesi Tengah sebagai lembaga yang responsif terhadap pengaduan pelanggaran hak asasi manusia. Penghargaan diterima Kapolda Sulteng Irjen Pol Agus "
        "Nugroho di Jakarta, Selasa (10/12/2024).",
        "2024-12-11",
        "received",
        [(["Polda Sulawesi Tengah"], "Agus Nugroho", "other", "Komnas HAM", None, "2024-12-10")],
    ),
    (
        "an Ombudsman predikat with 'Penghargaan itu' and a Kapolda witnessing",
        None,
        "Polres Ketapang masuk zona hijau dengan nilai kepatuhan 95,4 dalam penilaian Ombudsman RI Perwakilan Kalimantan Barat. Penghargaan itu diserahkan kepada Kapolres Ketapang AKBP Tommy Ferdian di "
        "Pontianak, Rabu (18/12/2024), disaksikan Kapolda Kalbar.",
        "2024-12-19",
        "received",
        [
            (
                ["Polres Ketapang"],
                "Tommy Ferdian",
                "ombudsman_compliance",
                "Ombudsman RI Perwakilan Kalimantan Barat",
                None,
                "2024-12-18",
            )
        ],
    ),
    (
        "a hope that a Polsek 'mampu meraih' after an assessment visit with 'agar': none",
        None,
        "Tim Ombudsman RI Perwakilan Sulawesi Tenggara meninjau ruang pelayanan Polsek Poasia, Kamis (6/2/2025). Kapolsek Poasia Iptu Laode Rahim meminta seluruh personel berbenah agar Polsek Poasia mampu "
        "meraih predikat kepatuhan tinggi tahun ini.",
        "2025-02-07",
        "none",
        [],
    ),
    (
        "a Kapolres optimistic his unit 'dapat kembali meraih' WBK: none",
        "Polres Bangka Barat Ikuti Desk Evaluasi Zona Integritas",
        "MUNTOK - Polres Bangka Barat mengikuti desk evaluasi pembangunan Zona Integritas secara daring, Selasa (22/10/2024). Kapolres Bangka Barat AKBP Ade Zamrah optimistis, dengan pembenahan layanan SIM "
        "dan SKCK, Polres Bangka Barat dapat kembali meraih predikat WBK.",
        "2024-10-23",
        "none",
        [],
    ),
    (
        "three awards counted off by ordinals, kinds of three givers",
        None,
        "PALEMBANG - Polrestabes Palembang menerima tiga penghargaan sekaligus dalam sepekan terakhir. Pertama, penghargaan dari Wali Kota Palembang atas pengamanan malam tahun baru. Kedua, piagam dari BNN "
        "Provinsi Sumatera Selatan atas pengungkapan jaringan narkoba. Ketiga, rekor MURI untuk apel siaga dengan peserta terbanyak.",
        "2025-01-10",
        "received",
        [
            (["Polrestabes Palembang"], None, "regional_government", "Wali Kota Palembang", None, None),
            (["Polrestabes Palembang"], None, "ministry", "BNN Provinsi Sumatera Selatan", None, None),
            (["Polrestabes Palembang"], None, "muri", "MURI", None, None),
        ],
    ),
    (
        "a Wali Kota's piagam for having won the Ombudsman's predikat ('karena berhasil meraih')",
        None,
        "Wali Kota Kediri memberikan piagam apresiasi kepada Polres Kediri Kota karena berhasil meraih predikat kepatuhan tertinggi dari Ombudsman RI. Piagam diterima Kapolres Kediri Kota AKBP Bramastyo "
        "Priaji di Balai Kota, Senin (13/1/2025).",
        "2025-01-14",
        "received",
        [(["Polres Kediri Kota"], "Bramastyo Priaji", "regional_government", "Wali Kota Kediri", None, "2025-01-13")],
    ),
    (
        "a ministry's award handed over by a Sekda, 'Piagam diberikan langsung oleh'",
        None,
        "Polres Minahasa Selatan menerima penghargaan dari Kementerian Kelautan dan Perikanan atas pengungkapan penangkapan ikan dengan bahan peledak. Piagam diberikan langsung oleh Sekda Minahasa Selatan "
        "kepada Kapolres Minahasa Selatan AKBP Handoko Sanjaya, Selasa (11/2/2025).",
        "2025-02-12",
        "received",
        [
            (
                ["Polres Minahasa Selatan"],
                "Handoko Sanjaya",
                "ministry",
                "Kementerian Kelautan dan Perikanan",
                None,
                "2025-02-11",
            )
        ],
    ),
    (
        "a headline 'Serahkan Piagam' with its recipient and no kepada",
        "Kapolda Aceh Serahkan Piagam Penghargaan Polres Aceh Tamiang",
        "BANDA ACEH - Kapolda Aceh Irjen Pol Achmad Kartiko menyerahkan piagam penghargaan kepada Polres Aceh Tamiang atas pengungkapan penyelundupan sabu jaringan internasional. Piagam diterima Kapolres "
        "Aceh Tamiang AKBP Muhammad Yanis di Mapolda Aceh, Kamis (13/2/2025).",
        "2025-02-14",
        "received",
        [(["Polres Aceh Tamiang"], "Muhammad Yanis", "kapolda", "Kapolda Aceh", None, "2025-02-13")],
    ),
]


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", AWARD_KINDS_MORE, ids=[r[0] for r in AWARD_KINDS_MORE]
)
def test_award_kinds_in_more_wordings(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- award kinds said by a body's initials or short name alone ----------------------------------------------------------
# Ministries by their initials (KKP, KLHK) or short name (ATR/BPN, a Kemenag office), a national agency's office (Balai
# Besar POM), regional offices (BPBD, Satpol PP), independent bodies (Bawaslu, LPSK) and a sports committee (KONI).
AWARD_KINDS_BY_INITIALS = [
    (
        "a ministry only by its initials KKP",
        None,
        "KKP memberikan penghargaan kepada Ditpolairud Polda Maluku atas penangkapan kapal asing pencuri ikan di Laut Arafura. Penghargaan diterima Dirpolairud Polda Maluku Kombes Pol Agus Salim di "
        "Jakarta, Senin (3/3/2025).",
        "2025-03-04",
        "received",
        [(["Ditpolairud Polda Maluku"], "Agus Salim", "ministry", "KKP", None, "2025-03-03")],
    ),
    (
        "a ministry only by its initials KLHK",
        None,
        "Polres Kampar menerima penghargaan dari KLHK atas penanganan kebakaran hutan dan lahan sepanjang musim kemarau. Penghargaan diterima Kapolres Kampar AKBP Ronald Sumaja, Rabu (16/10/2024).",
        "2024-10-17",
        "received",
        [(["Polres Kampar"], "Ronald Sumaja", "ministry", "KLHK", None, "2024-10-16")],
    ),
    (
        "the land ministry by its short name ATR/BPN",
        None,
        "Kementerian ATR/BPN menganugerahkan penghargaan kepada Ditreskrimum Polda Sumatera Utara atas pemberantasan mafia tanah. Penghargaan diterima Dirreskrimum Polda Sumut Kombes Pol Sumaryono di "
        "Jakarta, Kamis (24/10/2024).",
        "2024-10-25",
        "received",
        [(["Ditreskrimum Polda Sumatera Utara"], "Sumaryono", "ministry", "Kementerian ATR/BPN", None, "2024-10-24")],
    ),
    (
        "a regency's disaster agency (BPBD) rewards a Polres",
        None,
        "BPBD Kabupaten Garut memberikan penghargaan kepada Polres Garut atas kesigapan personel dalam evakuasi korban banjir bandang. Penghargaan diterima Wakapolres Garut Kompol Hilman Sanjaya, Senin "
        "(18/11/2024).",
        "2024-11-19",
        "received",
        [(["Polres Garut"], "Hilman Sanjaya", "regional_government", "BPBD Garut", None, "2024-11-18")],
    ),
    (
        "the food and drug agency's office (Balai Besar POM) rewards a Ditreskrimsus",
        None,
        "Balai Besar POM di Surabaya memberikan penghargaan kepada Ditreskrimsus Polda Jawa Timur atas pengungkapan peredaran kosmetik ilegal. Penghargaan diterima Wadireskrimsus Polda Jatim AKBP Arman "
        "Asmara, Rabu (11/9/2024).",
        "2024-09-12",
        "received",
        [
            (
                ["Ditreskrimsus Polda Jawa Timur"],
                "Arman Asmara",
                "ministry",
                "Balai Besar POM di Surabaya",
                None,
                "2024-09-11",
            )
        ],
    ),
    (
        "the election supervisor (Bawaslu) of a city rewards a Polresta",
        None,
        "Bawaslu Kota Bandar Lampung memberikan penghargaan kepada Polresta Bandar Lampung atas dukungan penanganan tindak pidana pemilu di Sentra Gakkumdu. Penghargaan diterima Kapolresta Bandar Lampung "
        "Kombes Pol Abdul Waras, Jumat (13/12/2024).",
        "2024-12-14",
        "received",
        [(["Polresta Bandar Lampung"], "Abdul Waras", "other", "Bawaslu Kota Bandar Lampung", None, "2024-12-13")],
    ),
    (
        "a sports committee (KONI) rewards a Polres",
        None,
        "KONI Kabupaten Malang memberikan penghargaan kepada Polres Malang atas pengamanan Porprov Jawa Timur. Penghargaan diterima Kapolres Malang AKBP Putu Kholis Aryana, Sabtu (6/7/2024).",
        "2024-07-07",
        "received",
        [(["Polres Malang"], "Putu Kholis Aryana", "other", "KONI Kabupaten Malang", None, "2024-07-06")],
    ),
    (
        "the witness protection agency (LPSK) rewards a Polda",
        None,
        "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan kepada Polda Nusa Tenggara Barat atas kerja sama perlindungan korban kekerasan seksual. Penghargaan diterima Wakapolda NTB "
        "Brigjen Pol Ruslan Aspa, Selasa (20/8/2024).",
        "2024-08-21",
        "received",
        [(["Polda Nusa Tenggara Barat"], "Ruslan Aspa", "other", "LPSK", None, "2024-08-20")],
    ),
    (
        "the religious affairs ministry's regency office (Kemenag) rewards a Polres",
        None,
        "Kantor Kemenag Kabupaten Pati memberikan penghargaan kepada Polresta Pati atas pengamanan pemberangkatan jemaah haji. Penghargaan diterima Kapolresta Pati Kombes Pol Jaka Wahyudi, Kamis "
        "(16/5/2024).",
        "2024-05-17",
        "received",
        [(["Polresta Pati"], "Jaka Wahyudi", "ministry", "Kemenag Pati", None, "2024-05-16")],
    ),
    (
        "a Satpol PP of a province rewards a Polda's directorate",
        None,
        "Satpol PP Provinsi Banten memberikan penghargaan kepada Ditsamapta Polda Banten atas dukungan patroli gabungan selama bulan Ramadan. Penghargaan diterima Dirsamapta Polda Banten Kombes Pol Yudhis "
        "Wibisana, Jumat (12/4/2024).",
        "2024-04-13",
        "received",
        [
            (
                ["Ditsamapta Polda Banten"],
                "Yudhis Wibisana",
                "regional_government",
                "Satpol PP Provinsi Banten",
                None,
                "2024-04-12",
            )
        ],
    ),
    # Two kinds in one story, the second "on another occasion" ("Secara terpisah", "Di tempat terpisah"): who accepted the
    # second did not accept the first.
    (
        "'Secara terpisah': the chief who accepts the second award did not accept the first",
        None,
        "Polres Sragen meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB. Secara terpisah, Kapolres Sragen AKBP Petrus Silalahi menerima penghargaan dari Bupati Sragen atas penanganan "
        "banjir di wilayah Sragen.",
        "2024-12-20",
        "received",
        [
            (["Polres Sragen"], None, "zona_integritas_wbk", "KemenPAN-RB", None, None),
            (["Polres Sragen"], "Petrus Silalahi", "regional_government", "Bupati Sragen", None, None),
        ],
    ),
    (
        "'Di tempat terpisah': a MURI record and a Kapolda's award taken by a Wakapolres",
        None,
        "Polres Jombang mencatatkan rekor MURI untuk pembacaan ikrar anti narkoba oleh pelajar terbanyak. Di tempat terpisah, Wakapolres Jombang Kompol Ahmad Fauzi menerima penghargaan dari Kapolda Jawa "
        "Timur atas pengungkapan kasus pencurian sepeda motor.",
        "2024-11-15",
        "received",
        [
            (["Polres Jombang"], None, "muri", "MURI", None, None),
            (["Polres Jombang"], "Ahmad Fauzi", "kapolda", "Kapolda Jawa Timur", None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", AWARD_KINDS_BY_INITIALS, ids=[r[0] for r in AWARD_KINDS_BY_INITIALS]
)
def test_award_kinds_by_initials(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)
