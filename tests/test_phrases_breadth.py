"""Phrase tables of breadth: whole passages in many outlets' wordings, messy text and the families mixed."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_breadth_of_wording, check_fields

from pipelines.classify import classify_award_role
from pipelines.classify_sentences import sentence_role
from pipelines.messy_text import tidied
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words

# -- breadth: short stories in many outlets' wordings -----------------------------------------------------------------
# Written apart from the real stories, to see how the rules carry to wording they were not written for: receiving
# verbs of every kind, active and passive, givers of every kind, years written several ways, officers who accept for
# their unit, several units in one sentence, sub-units and headlines; and stories with award words but no Polri
# recipient (an assessment visit, a nomination, an award to a regency's government, Polri honouring citizens).
# The giver is compared as the evaluation does: it holds at least half the words of the one written here.
BREADTH = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ("meraih from an Ombudsman office, its head hands over to the Kapolres",
     "Polres Sumbawa Barat Raih Predikat Kepatuhan Tinggi dari Ombudsman",
     "TALIWANG - Polres Sumbawa Barat meraih predikat kepatuhan tinggi standar pelayanan publik dari "
     "Ombudsman RI Perwakilan Nusa Tenggara Barat tahun 2023. Piagam diserahkan Kepala Ombudsman RI Perwakilan "
     "NTB, Dwi Sudarsono, kepada Kapolres Sumbawa Barat AKBP Heru Prasetyo di Mataram, Kamis (14/12/2023).",
     "2023-12-15", "received", [
      (["Polres Sumbawa Barat"],
       "Heru Prasetyo", "ombudsman_compliance", "Ombudsman RI Perwakilan Nusa Tenggara Barat", 2023, "2023-12-14"),
     ]),
    ("dianugerahi WBK oleh the ministry written out, a Kasat accepts",
     None,
     "Satlantas Polres Gorontalo Utara dianugerahi predikat Wilayah Bebas dari Korupsi (WBK) oleh "
     "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Penghargaan itu "
     "diterima langsung Kasat Lantas AKP Rahmat Pakaya di Jakarta, Selasa (19/12/2023).",
     "2023-12-20", "received", [
      (["Satlantas Polres Gorontalo Utara"], "Rahmat Pakaya", "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-19"),
     ]),
    ("a Bupati memberikan kepada a Polsek, its Kapolsek accepts",
     "Bupati Badung Beri Penghargaan Polsek Kuta Utara",
     "Bupati Badung I Wayan Sutama memberikan penghargaan kepada Polsek Kuta Utara atas keberhasilan menjaga "
     "keamanan selama perayaan Nyepi. Penghargaan diterima Kapolsek Kuta Utara Kompol Made Suarjana di Puspem "
     "Badung, Senin (8/4/2024).",
     "2024-04-09", "received", [
      (["Polsek Kuta Utara"], "Made Suarjana", "regional_government", "Bupati Badung", None, "2024-04-08"),
     ]),
    ("diganjar oleh a Kapolda, a Satreskrim the subject",
     None,
     "Satreskrim Polres Lombok Tengah diganjar penghargaan oleh Kapolda NTB Irjen Pol Hendra Wijaya atas "
     "pengungkapan kasus pembunuhan di Praya. Piagam diserahkan dalam apel pagi di Mapolda NTB, Rabu "
     "(6/3/2024).",
     "2024-03-07", "received", [
      (["Satreskrim Polres Lombok Tengah"], None, "kapolda", "Kapolda Nusa Tenggara Barat", None, "2024-03-06"),
     ]),
    ("menyabet a ministry's innovation contest, the minister hands over",
     "Polresta Banyuwangi Sabet Penghargaan Top Inovasi Pelayanan Publik",
     "Polresta Banyuwangi menyabet penghargaan Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2023 dari "
     "Kementerian PANRB lewat inovasi layanan SIM keliling desa. Penghargaan diserahkan Menteri PANRB kepada "
     "Kapolresta Banyuwangi Kombes Pol Andi Nugroho.",
     "2023-10-02", "received", [
      (["Polresta Banyuwangi"], "Andi Nugroho", "ministry", "KemenPAN-RB", 2023, None),
     ]),
    ("memboyong juara pertama of a Polda's contest, its deputy hands over",
     None,
     "Polres Bone Bolango memboyong juara pertama Lomba Kampung Tangguh Nusantara tingkat Polda Gorontalo "
     "tahun 2024. Trofi diserahkan Wakapolda Gorontalo Brigjen Pol Slamet Riyadi kepada Kapolres Bone Bolango "
     "AKBP Yudi Hartono, Jumat (12/7/2024).",
     "2024-07-13", "received", [
      (["Polres Bone Bolango"], "Yudi Hartono", "kapolda", "Polda Gorontalo", 2024, "2024-07-12"),
     ]),
    ("dinobatkan sebagai oleh a Komisi Informasi, a Wakapolres stands in",
     None,
     "Polres Pohuwato dinobatkan sebagai Polres terbaik dalam pelayanan informasi publik oleh Komisi "
     "Informasi Provinsi Gorontalo. Penghargaan diterima Wakapolres Pohuwato Kompol Arifin Lamato mewakili "
     "Kapolres, Kamis (21/11/2024).",
     "2024-11-22", "received", [
      (["Polres Pohuwato"], "Arifin Lamato", "other", "Komisi Informasi Provinsi Gorontalo", None, "2024-11-21"),
     ]),
    ("ditetapkan sebagai satker berpredikat WBBM, a year after the ministry",
     None,
     "Polres Bangli ditetapkan sebagai satuan kerja berpredikat Wilayah Birokrasi Bersih dan Melayani (WBBM) "
     "oleh KemenPAN-RB tahun 2024. Kapolres Bangli AKBP Gede Ganefo menerima piagam tersebut di Jakarta.",
     "2024-12-20", "received", [
      (["Polres Bangli"], "Gede Ganefo", "zona_integritas_wbbm", "KemenPAN-RB", 2024, None),
     ]),
    ("memperoleh from a regional bank",
     None,
     "Polres Tapin memperoleh penghargaan dari Bank Kalsel atas dukungan pengamanan layanan perbankan di "
     "wilayah Rantau. Piagam diserahkan Pemimpin Cabang Bank Kalsel Rantau kepada Kapolres Tapin AKBP Dedi "
     "Susanto.",
     "2024-05-02", "received", [
      (["Polres Tapin"], "Dedi Susanto", "other", "Bank Kalsel", None, None),
     ]),
    ("mendapat from a university, its rector hands over",
     None,
     "Polres Jember mendapat penghargaan dari Universitas Jember atas dukungan pengamanan wisuda dan "
     "penerimaan mahasiswa baru. Penghargaan diserahkan Rektor Universitas Jember kepada Kapolres Jember AKBP "
     "Bayu Pratama, Senin (2/9/2024).",
     "2024-09-03", "received", [
      (["Polres Jember"], "Bayu Pratama", "other", "Universitas Jember", None, "2024-09-02"),
     ]),
    ("mencatatkan rekor MURI, headline with a number",
     "Tanam 10.000 Mangrove, Polda Sultra Pecahkan Rekor MURI",
     "Polda Sulawesi Tenggara mencatatkan rekor MURI atas penanaman 10.000 bibit mangrove serentak. Piagam "
     "rekor diserahkan perwakilan Museum Rekor Dunia Indonesia (MURI) kepada Kapolda Sultra Irjen Pol Agus "
     "Salim di Kendari.",
     "2024-06-10", "received", [
      (["Polda Sulawesi Tenggara"], "Agus Salim", "muri", "MURI", None, None),
     ]),
    ("a newspaper memberikan its own award to a Polres",
     None,
     "Harian Radar Tasikmalaya memberikan penghargaan Radar Award 2024 kepada Polres Ciamis sebagai "
     "institusi dengan pelayanan publik terbaik. Penghargaan diterima Kapolres Ciamis AKBP Rizal Firmansyah.",
     "2024-08-01", "received", [
      (["Polres Ciamis"], "Rizal Firmansyah", "media", "Radar Tasikmalaya", 2024, None),
     ]),
    ("a commission written out gives a Satreskrim's Unit PPA, its Kanit accepts",
     None,
     "Komisi Perlindungan Anak Indonesia (KPAI) menganugerahkan penghargaan kepada Unit PPA Satreskrim "
     "Polres Kupang atas penanganan kasus kekerasan terhadap anak. Penghargaan diterima Kanit PPA Ipda Maria "
     "Bria.",
     "2024-07-23", "received", [
      (["Unit PPA Satreskrim Polres Kupang"], "Maria Bria", "other", "KPAI", None, None),
     ]),
    ("a provincial BNN gives a Satresnarkoba, its Kasat accepts",
     None,
     "BNN Provinsi Kalimantan Barat memberikan penghargaan kepada Satresnarkoba Polres Sanggau atas "
     "pengungkapan 5 kilogram sabu jaringan Malaysia. Penghargaan diserahkan Kepala BNNP Kalbar Brigjen Pol "
     "Sumirat Dwiyanto kepada Kasat Resnarkoba Polres Sanggau AKP Eko Mardianto.",
     "2024-06-26", "received", [
      (["Satresnarkoba Polres Sanggau"], "Eko Mardianto", "ministry", "BNN Provinsi Kalimantan Barat", None, None),
     ]),
    ("a Gubernur gives two units, an election named with its year",
     None,
     "Gubernur Sulawesi Utara memberikan penghargaan kepada Polresta Manado dan Polres Minahasa atas "
     "pengamanan Pilkada serentak 2024. Piagam diserahkan di Kantor Gubernur, Rabu (11/12/2024).",
     "2024-12-12", "received", [
      (["Polresta Manado", "Polres Minahasa"],
       None, "regional_government", "Gubernur Sulawesi Utara", None, "2024-12-11"),
     ]),
    ("a Satbinmas of a metropolitan city resort from a Wali Kota",
     None,
     "Satbinmas Polres Metro Bekasi Kota menerima penghargaan dari Wali Kota Bekasi atas program polisi "
     "sahabat anak di sekolah. Penghargaan diserahkan pada upacara Hari Jadi Kota Bekasi, Senin (10/3/2025).",
     "2025-03-11", "received", [
      (["Satbinmas Polres Metro Bekasi Kota"], None, "regional_government", "Wali Kota Bekasi", None, "2025-03-10"),
     ]),
    ("a Bidhumas from the Kapolri, a period year",
     None,
     "Bidhumas Polda Kalimantan Tengah meraih penghargaan dari Kapolri sebagai Bidhumas terbaik dalam "
     "pengelolaan media sosial tahun 2023. Penghargaan diserahkan Kapolri Jenderal Listyo Sigit Prabowo kepada "
     "Kabid Humas Polda Kalteng Kombes Pol Erlan Munaji dalam Rakernis Humas di Jakarta.",
     "2024-01-30", "received", [
      (["Bidhumas Polda Kalimantan Tengah"], "Erlan Munaji", "kapolri", "Kapolri", 2023, None),
     ]),
    ("a Kapolda gives three units, an operation named with its year",
     None,
     "Kapolda Sumatera Barat Irjen Pol Suharyono memberikan penghargaan kepada Polres Pasaman Barat, Polres "
     "Solok dan Polresta Padang atas keberhasilan pengamanan Operasi Ketupat Singgalang 2024.",
     "2024-04-25", "received", [
      (["Polres Pasaman Barat", "Polres Solok", "Polresta Padang"],
       None, "kapolda", "Kapolda Sumatera Barat", 2024, None),
     ]),
    ("berhasil meraih peringkat kedua, a Kasi Humas accepts",
     None,
     "Polres Purbalingga berhasil meraih peringkat kedua Anugerah Keterbukaan Informasi Publik Tahun 2022 "
     "dari Komisi Informasi Provinsi Jawa Tengah. Penghargaan diterima Kasi Humas Polres Purbalingga AKP Setyo "
     "Budi.",
     "2022-12-15", "received", [
      (["Polres Purbalingga"], "Setyo Budi", "other", "Komisi Informasi Provinsi Jawa Tengah", 2022, None),
     ]),
    ("a ministry's field office, a budget year written TA",
     None,
     "Polres Lampung Timur menerima penghargaan dari KPPN Metro atas capaian Indikator Kinerja Pelaksanaan "
     "Anggaran (IKPA) terbaik semester II TA 2023.",
     "2024-02-05", "received", [
      (["Polres Lampung Timur"], None, "ministry", "KPPN Metro", 2023, None),
     ]),
    ("the headline names the Kapolres, the lead only the Bupati",
     "Kapolres Kepulauan Selayar Terima Penghargaan dari Bupati",
     "Bupati Kepulauan Selayar menyerahkan piagam penghargaan atas dukungan Polri dalam program ketahanan "
     "pangan. Penyerahan berlangsung di Benteng, Kamis (4/7/2024).",
     "2024-07-05", "received", [
      (["Polres Kepulauan Selayar"], None, "regional_government", "Bupati Kepulauan Selayar", None, "2024-07-04"),
     ]),
    ("a Kasat named with his rank receives from a Kejaksaan",
     None,
     "Kasat Reskrim Polres Halmahera Utara AKP Fajar Nugroho meraih penghargaan dari Kejaksaan Negeri "
     "Halmahera Utara atas sinergi penanganan perkara korupsi.",
     "2024-07-22", "received", [
      (["Satreskrim Polres Halmahera Utara"], "Fajar Nugroho", "other", "Kejaksaan Negeri Halmahera Utara", None, None),
     ]),
    ("from a provincial government, its Gubernur hands over to a Wakapolda",
     None,
     "Polda Kalimantan Utara menerima penghargaan dari Pemerintah Provinsi Kalimantan Utara atas dukungan "
     "pengendalian inflasi daerah. Piagam diserahkan oleh Gubernur Kaltara Zainal Paliwang kepada Wakapolda "
     "Kaltara Brigjen Pol Budi Rachmat.",
     "2024-09-18", "received", [
      (["Polda Kalimantan Utara"],
       "Budi Rachmat", "regional_government", "Pemerintah Provinsi Kalimantan Utara", None, None),
     ]),
    ("a Kapolres honours members of a Polsek",
     None,
     "Kapolres Sumbawa AKBP Heru Muslimin memberikan penghargaan kepada empat personel Polsek Empang yang "
     "menggagalkan penyelundupan ternak. Penghargaan diserahkan saat apel pagi di Mapolres Sumbawa, Senin "
     "(15/1/2024).",
     "2024-01-16", "received", [
      (["Polsek Empang"], None, "other", "Kapolres Sumbawa", None, "2024-01-15"),
     ]),
    ("juara II of a contest within a Polres, its Kapolres gives",
     None,
     "Polsek Sukasada meraih juara II lomba Polsek terbaik se-Polres Buleleng tahun 2024. Piala diterima "
     "Kapolsek Sukasada AKP Ketut Wardana dari Kapolres Buleleng.",
     "2024-10-10", "received", [
      (["Polsek Sukasada"], "Ketut Wardana", "other", "Kapolres Buleleng", 2024, None),
     ]),
    ("a Mabes body dianugerahi oleh a ministry, a feast named with its year",
     None,
     "Korlantas Polri dianugerahi penghargaan oleh Kementerian Perhubungan atas penurunan angka fatalitas "
     "kecelakaan selama arus mudik Lebaran 2024.",
     "2024-05-02", "received", [
      (["Korlantas Polri"], None, "ministry", "Kementerian Perhubungan", None, None),
     ]),
    ("a Satlantas from a company's branch",
     None,
     "Satlantas Polres Klungkung menerima penghargaan dari PT Jasa Raharja Cabang Bali atas kerja sama "
     "penanganan korban kecelakaan. Penghargaan diterima Kasat Lantas Polres Klungkung AKP Nyoman Sudarma, "
     "Selasa (23/1/2024).",
     "2024-01-24", "received", [
      (["Satlantas Polres Klungkung"], "Nyoman Sudarma", "other", "PT Jasa Raharja Cabang Bali", None, "2024-01-23"),
     ]),
    ("an Ombudsman office gives two units, the assessment's year said next",
     None,
     "Ombudsman RI Perwakilan Sulawesi Tengah memberikan penghargaan kepatuhan standar pelayanan publik "
     "kepada Polres Poso dan Polres Tojo Una-Una. Keduanya masuk zona hijau dalam penilaian tahun 2024.",
     "2024-12-05", "received", [
      (["Polres Poso", "Polres Tojo Una-Una"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Sulawesi Tengah", 2024, None),
     ]),
    ("penghargaan dari Kapolri diberikan kepada a Bidpropam",
     None,
     "Penghargaan dari Kapolri diberikan kepada Bidpropam Polda Maluku Utara sebagai satuan kerja dengan "
     "penanganan pelanggaran disiplin tercepat.",
     "2024-07-01", "received", [
      (["Bidpropam Polda Maluku Utara"], None, "kapolri", "Kapolri", None, None),
     ]),
    ("an election body gives a Polda, its Irwasda stands in",
     None,
     "Bawaslu Provinsi Bengkulu menganugerahkan penghargaan kepada Polda Bengkulu atas dukungan pengawasan "
     "Pemilu 2024. Penghargaan diterima Irwasda Polda Bengkulu Kombes Pol Anton Setiawan mewakili Kapolda.",
     "2024-10-03", "received", [
      (["Polda Bengkulu"], "Anton Setiawan", "other", "Bawaslu Provinsi Bengkulu", None, None),
     ]),
    ("a directorate from BNN RI, its director accepts",
     None,
     "Ditresnarkoba Polda Nusa Tenggara Timur mendapat penghargaan dari BNN RI atas pengungkapan jaringan "
     "narkotika lintas negara. Penghargaan diterima Dirresnarkoba Kombes Pol Yohanes Tefa.",
     "2024-06-27", "received", [
      (["Ditresnarkoba Polda Nusa Tenggara Timur"], "Yohanes Tefa", "ministry", "BNN RI", None, None),
     ]),
    ("members of a Satsamapta diganjar oleh a Gubernur, the headline says why",
     "Selamatkan Warga dari Banjir, Personel Satsamapta Polres Nagekeo Diganjar Penghargaan",
     "Personel Satsamapta Polres Nagekeo diganjar penghargaan oleh Gubernur NTT karena menyelamatkan warga "
     "yang terseret banjir bandang.",
     "2024-03-12", "received", [
      (["Satsamapta Polres Nagekeo"], None, "regional_government", "Gubernur Nusa Tenggara Timur", None, None),
     ]),
    ("a Kapolres gives two of his Satuan, a window of achievement",
     None,
     "Kapolres Tulungagung AKBP Teuku Arsya memberikan penghargaan kepada Satreskrim dan Satresnarkoba "
     "Polres Tulungagung atas pengungkapan kasus menonjol sepanjang 2023.",
     "2024-01-08", "received", [
      (["Satreskrim Polres Tulungagung", "Satresnarkoba Polres Tulungagung"],
       None, "other", "Kapolres Tulungagung", None, None),
     ]),
    ("a Kapolsek honoured by a Wali Kota for himself",
     None,
     "Kapolsek Koja Kompol Andi Wijaya mendapatkan penghargaan dari Wali Kota Jakarta Utara atas "
     "keberhasilan menekan tawuran warga.",
     "2024-08-20", "received", [
      (["Polsek Koja"], "Andi Wijaya", "regional_government", "Wali Kota Jakarta Utara", None, None),
     ]),
    ("an Ombudsman assessment visit and a chief's hope",
     None,
     "Tim Ombudsman RI Perwakilan Sumatera Barat melakukan penilaian kepatuhan standar pelayanan publik di "
     "Polres Dharmasraya, Selasa (14/5/2024). Kapolres berharap Polres Dharmasraya dapat meraih predikat zona "
     "hijau tahun ini.",
     "2024-05-15", "none", []),
    ("a nomination, the winner announced later",
     None,
     "Polres Boyolali masuk nominasi Kompolnas Award 2024 kategori Polres dengan pelayanan terbaik. "
     "Pengumuman pemenang dijadwalkan bulan depan di Jakarta.",
     "2024-06-01", "none", []),
    ("a regency's government honoured, the Kapolres a witness",
     None,
     "Pemerintah Kabupaten Sleman meraih penghargaan Kabupaten Layak Anak dari Kementerian PPPA. Penghargaan "
     "diterima Bupati Sleman di Jakarta dan disaksikan Kapolres Sleman.",
     "2024-07-24", "none", []),
    ("a Kapolres honours citizens",
     None,
     "Kapolres Lombok Timur memberikan penghargaan kepada tiga warga Desa Pringgabaya yang membantu "
     "menangkap pelaku pencurian sepeda motor. Penghargaan diserahkan di Mapolres Lombok Timur, Kamis.",
     "2024-02-02", "given", []),
    ("a Polda honours journalists",
     None,
     "Polda Jambi memberikan penghargaan kepada sepuluh wartawan yang aktif memberitakan kegiatan kepolisian "
     "dalam rangka Hari Bhayangkara ke-78.",
     "2024-07-02", "given", []),
    ("a ministry's assessment visit, a chief optimistic of the award",
     None,
     "Tim Penilai Nasional dari KemenPAN-RB melakukan evaluasi pembangunan Zona Integritas menuju WBK di "
     "Polres Kotabaru. Kapolres Kotabaru AKBP Hendra optimistis Polres Kotabaru mampu meraih predikat WBK "
     "tahun ini.",
     "2024-09-11", "none", []),
    ("an award a Kapolda will give next week",
     None,
     "Kapolda Riau akan memberikan penghargaan kepada Polres Siak yang berhasil menggagalkan peredaran 20 "
     "kilogram sabu. Rencananya, penghargaan diserahkan pada apel pekan depan.",
     "2024-03-20", "none", []),
    ("a city's government honoured, the Kapolresta attends",
     None,
     "Wali Kota Palu menerima penghargaan Adipura dari Kementerian Lingkungan Hidup. Kapolresta Palu turut "
     "hadir dalam penyambutan piala Adipura di Balai Kota.",
     "2024-03-06", "none", []),
    ("a Kodim honoured, the Kapolres a witness",
     None,
     "Kodim 1614 Dompu menerima penghargaan dari Bupati Dompu atas dukungan program ketahanan pangan. "
     "Penyerahan disaksikan Kapolres Dompu.",
     "2024-08-14", "none", []),
    ("a Satlantas gives prizes to a school contest's winners",
     None,
     "Satlantas Polres Bantaeng memberikan hadiah kepada pemenang lomba Pelopor Keselamatan Berlalu Lintas "
     "tingkat SMA. Juara pertama diraih SMAN 1 Bantaeng.",
     "2024-11-04", "given", []),
    ("an award a Polres had once, recalled at a roll call",
     None,
     "Polres Karanganyar menggelar apel kesiapan pengamanan Natal. Kapolres mengingatkan bahwa tahun lalu "
     "Polres Karanganyar pernah meraih predikat WBK, sehingga pelayanan harus tetap dijaga.",
     "2024-12-20", "none", []),
    ("a Polresta honours Linmas and volunteers",
     None,
     "Polresta Mataram memberikan piagam penghargaan kepada anggota Linmas dan relawan yang membantu "
     "pengamanan malam pergantian tahun.",
     "2025-01-03", "given", []),
    ("a call for nominations",
     None,
     "Polri membuka pendaftaran usulan Hoegeng Awards 2025. Masyarakat dapat mengusulkan polisi teladan di "
     "daerahnya hingga akhir Mei.",
     "2025-04-14", "none", []),
    ("a headline in capitals, the chief with his degrees",
     "POLRES LOMBOK TIMUR KEMBALI RAIH PENGHARGAAN DARI OMBUDSMAN",
     "SELONG, KORANLOMBOK.id - Polres Lombok Timur kembali meraih penghargaan kepatuhan standar pelayanan "
     "publik dengan predikat kualitas tertinggi dari Ombudsman RI Perwakilan NTB. Penghargaan tersebut "
     "diterima langsung oleh Kapolres Lotim, AKBP Hariyanto Wibowo, S.I.K., M.H., di Mataram pada Kamis "
     "(5/12/2024).",
     "2024-12-06", "received", [
      (["Polres Lombok Timur"],
       "Hariyanto Wibowo", "ombudsman_compliance", "Ombudsman RI Perwakilan Nusa Tenggara Barat", None, "2024-12-05"),
     ]),
    ("a Bupati gives a Satreskrim's personnel, the venue first",
     None,
     "Bertempat di Aula Pendopo Kabupaten Kebumen, Senin (17/6/2024), Bupati Kebumen Arif Sugiyanto "
     "menyerahkan piagam penghargaan kepada personel Satreskrim Polres Kebumen. Penghargaan diberikan atas "
     "keberhasilan mengungkap kasus pencurian kotak amal masjid.",
     "2024-06-18", "received", [
      (["Satreskrim Polres Kebumen"], None, "regional_government", "Bupati Kebumen", None, "2024-06-17"),
     ]),
    ("a Kapolsek receives an award night's award, handed over by a Wakil Bupati",
     "Polsek Kuta Selatan Terima Anugerah dari Pemkab Badung",
     "Kapolsek Kuta Selatan Kompol I Gusti Ngurah Yudistira menerima anugerah Kamtibmas Award 2024 yang "
     "diserahkan Wakil Bupati Badung di Mangupraja Mandala, Rabu (24/7/2024).",
     "2024-07-25", "received", [
      (["Polsek Kuta Selatan"],
       "I Gusti Ngurah Yudistira", "regional_government", "Pemerintah Kabupaten Badung", 2024, "2024-07-24"),
     ]),
    ("a press body's head gives a Kapolda",
     None,
     "Ketua Umum Persatuan Wartawan Indonesia (PWI) Pusat memberikan penghargaan kepada Kapolda Kalimantan "
     "Selatan Irjen Pol Rosyanto Yudha Hermawan atas dukungan terhadap kemerdekaan pers. Penghargaan "
     "diserahkan pada puncak Hari Pers Nasional di Banjarmasin.",
     "2024-02-10", "received", [
      (["Polda Kalimantan Selatan"], "Rosyanto Yudha Hermawan", "media", "PWI Pusat", None, None),
     ]),
    ("a Bhabinkamtibmas of a Polsek dianugerahi oleh a Bupati, the reason first",
     None,
     "Atas dedikasinya membantu korban banjir, Bripka Yohanis Lelang, personel Bhabinkamtibmas Polsek Kota "
     "Soe, dianugerahi piagam penghargaan oleh Bupati Timor Tengah Selatan.",
     "2024-02-20", "received", [
      (["Polsek Kota Soe"], "Yohanis Lelang", "regional_government", "Bupati Timor Tengah Selatan", None, None),
     ]),
    ("three Polres counted, then listed, receive WBK",
     None,
     "Sebanyak tiga Polres jajaran Polda Sulawesi Selatan, yakni Polres Gowa, Polres Maros dan Polres "
     "Pangkep, menerima predikat WBK dari Kementerian PANRB. Penyerahan berlangsung di Jakarta, Rabu "
     "(13/12/2023).",
     "2023-12-14", "received", [
      (["Polres Gowa", "Polres Maros", "Polres Pangkajene dan Kepulauan"],
       None, "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-13"),
     ]),
    ("mendapatkan apresiasi berupa piagam from a company",
     None,
     "Polres Kotawaringin Barat mendapatkan apresiasi berupa piagam penghargaan dari PT Pertamina Patra "
     "Niaga atas pengamanan distribusi BBM selama masa libur Natal dan Tahun Baru. Piagam diserahkan kepada "
     "Wakapolres Kobar Kompol Bayu Aji.",
     "2025-01-09", "received", [
      (["Polres Kotawaringin Barat"], "Bayu Aji", "other", "PT Pertamina Patra Niaga", None, None),
     ]),
    ("a Kapolres spelled out receives from an election commission's regency office",
     None,
     "Kepala Kepolisian Resor (Kapolres) Sikka AKBP Moh Mukhson menerima piagam penghargaan dari Komisi "
     "Pemilihan Umum (KPU) Kabupaten Sikka. Piagam diberikan atas dukungan Polres Sikka dalam pengamanan "
     "tahapan pemilu.",
     "2024-03-28", "received", [
      (["Polres Sikka"], "Moh Mukhson", "other", "KPU Kabupaten Sikka", None, None),
     ]),
    ("a directorate spelled out wins a ministry's road-safety award",
     None,
     "Direktorat Lalu Lintas Polda Sumatera Utara meraih penghargaan Indonesia Road Safety Award (IRSA) 2024 "
     "kategori Polda terbaik. Penghargaan diserahkan Menteri Perhubungan di Jakarta dan diterima Dirlantas "
     "Polda Sumut Kombes Pol Muji Ediyanto.",
     "2024-11-26", "received", [
      (["Ditlantas Polda Sumatera Utara"], "Muji Ediyanto", "ministry", "Menteri Perhubungan", 2024, None),
     ]),
    ("a state body gives three Polda, a window of achievement",
     None,
     "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan kepada Polda Jawa Barat, Polda "
     "Metro Jaya dan Polda Bali atas kerja sama perlindungan saksi sepanjang tahun 2024.",
     "2025-01-15", "received", [
      (["Polda Jawa Barat", "Polda Metro Jaya", "Polda Bali"], None, "other", "LPSK", None, None),
     ]),
    ("a Wakapolres accepts what a regency's office gives his Polres",
     None,
     "Wakapolres Ponorogo Kompol Erwin Syah menerima penghargaan yang diberikan Dinas Kesehatan Kabupaten "
     "Ponorogo kepada Polres Ponorogo atas dukungan percepatan vaksinasi.",
     "2022-03-03", "received", [
      (["Polres Ponorogo"], "Erwin Syah", "regional_government", "Dinas Kesehatan Kabupaten Ponorogo", None, None),
     ]),
    ("dinobatkan sebagai oleh a Polda's directorate",
     "Satlantas Polresta Sidoarjo Dinobatkan Satlantas Terbaik se-Jatim",
     "Satlantas Polresta Sidoarjo dinobatkan sebagai Satlantas terbaik se-Jawa Timur oleh Ditlantas Polda "
     "Jatim. Piagam diserahkan Dirlantas Polda Jatim kepada Kasat Lantas Polresta Sidoarjo Kompol Riski "
     "Santoso, Jumat (20/9/2024).",
     "2024-09-21", "received", [
      (["Satlantas Polresta Sidoarjo"], "Riski Santoso", "kapolda", "Ditlantas Polda Jawa Timur", None, "2024-09-20"),
     ]),
    ("the Kapolri gives a Polda and a Polres, each chief accepts",
     None,
     "Kapolri Jenderal Pol Listyo Sigit Prabowo menganugerahkan penghargaan kepada Polda Papua Barat dan "
     "Polres Manokwari atas keberhasilan pengamanan Sail Teluk Cenderawasih. Penghargaan diterima "
     "masing-masing Kapolda dan Kapolres.",
     "2023-08-02", "received", [
      (["Polda Papua Barat", "Polres Manokwari"], None, "kapolri", "Kapolri", None, None),
     ]),
    ("the only Polres of a province to win WBBM, the minister hands over",
     None,
     "Polres Kapuas Hulu menjadi satu-satunya Polres di Kalimantan Barat yang meraih predikat Wilayah "
     "Birokrasi Bersih dan Melayani (WBBM) tahun 2023. Piagam WBBM diserahkan oleh Menteri PANRB Abdullah "
     "Azwar Anas.",
     "2023-12-15", "received", [
      (["Polres Kapuas Hulu"], None, "zona_integritas_wbbm", "KemenPAN-RB", 2023, None),
     ]),
    ("terpilih sebagai penerima Kompolnas Award",
     None,
     "Polresta Cirebon terpilih sebagai penerima Kompolnas Award 2023 kategori Polres dengan pelayanan SKCK "
     "terbaik. Kapolresta Cirebon Kombes Pol Arif Budiman hadir menerima penghargaan itu di Jakarta.",
     "2023-11-30", "received", [
      (["Polresta Cirebon"], "Arif Budiman", "kompolnas", "Kompolnas", 2023, None),
     ]),
    ("two members of a Satpolairud named alike, a Kapolres gives for a reason",
     None,
     "Dua personel Satpolairud Polres Bintan, Bripka Rizki Hidayat dan Briptu Ahmad Fauzi, menerima "
     "penghargaan dari Kapolres Bintan karena menyelamatkan nelayan yang perahunya tenggelam.",
     "2024-10-22", "received", [
      (["Satpolairud Polres Bintan"], None, "other", "Kapolres Bintan", None, None),
     ]),
    ("a university gives a city's Polresta at its anniversary",
     None,
     "Universitas Negeri Gorontalo menganugerahkan penghargaan mitra strategis kepada Polresta Gorontalo "
     "Kota. Penghargaan diterima Kapolresta AKBP Ade Permana dalam Dies Natalis ke-61 UNG, Senin (2/9/2024).",
     "2024-09-03", "received", [
      (["Polresta Gorontalo Kota"], "Ade Permana", "other", "Universitas Negeri Gorontalo", None, "2024-09-02"),
     ]),
    ("an internal assessment visit towards WBBM",
     None,
     "Kapolres Sumbawa Barat menerima kunjungan tim penilai Zona Integritas dari Inspektorat Pengawasan Umum "
     "Polri. Kunjungan itu untuk memastikan kesiapan Polres Sumbawa Barat menuju predikat WBBM.",
     "2024-08-13", "none", []),
    ("a Polda gives students a contest's prizes",
     None,
     "Polda Gorontalo menyerahkan penghargaan kepada 25 pelajar pemenang lomba karya tulis tentang bahaya "
     "narkoba. Hadiah diserahkan Wakapolda Gorontalo di aula Mapolda, Kamis (10/10/2024).",
     "2024-10-11", "given", []),
    ("a regency's government honoured, the Kapolresta beside the Bupati",
     None,
     "Pemkab Banyuwangi meraih Anugerah Parahita Ekapraya dari Kementerian PPPA. Penghargaan diterima Bupati "
     "Banyuwangi, didampingi Kapolresta Banyuwangi dan Dandim 0825.",
     "2024-08-09", "none", []),
    ("a Kapolda hands piagam and groceries to online drivers",
     None,
     "Kapolda Sulawesi Utara menyerahkan bantuan sembako dan piagam penghargaan kepada para pengemudi ojek "
     "online yang membantu polisi mengatur lalu lintas.",
     "2024-05-14", "given", []),
    ("a Polres proposed for WBK",
     None,
     "Polres Pasaman Barat diusulkan menjadi penerima penghargaan WBK tahun ini. Kapolres berharap seluruh "
     "personel menjaga kualitas pelayanan hingga penilaian akhir.",
     "2024-10-01", "none", []),
    ("a prosecutor's office wins WBK, the Kapolres congratulates",
     None,
     "Kejaksaan Negeri Bangli meraih predikat WBK dari KemenPAN-RB. Kapolres Bangli turut memberikan ucapan "
     "selamat kepada Kepala Kejari Bangli.",
     "2024-12-20", "none", []),
    ("memborong three awards from a Wali Kota at the city's anniversary",
     "Polres Bima Kota Borong Tiga Penghargaan dari Wali Kota",
     "Polres Bima Kota memborong tiga penghargaan sekaligus dari Wali Kota Bima dalam upacara HUT Kota Bima, "
     "Selasa (10/4/2024). Penghargaan diterima langsung Kapolres Bima Kota AKBP Yudha Pranata.",
     "2024-04-11", "received", [
      (["Polres Bima Kota"], "Yudha Pranata", "regional_government", "Wali Kota Bima", None, "2024-04-10"),
     ]),
    ("a provincial government gives a directorate, its acting Gubernur hands over",
     None,
     "Pemerintah Provinsi Bali memberikan penghargaan kepada Ditpolairud Polda Bali atas penyelamatan "
     "wisatawan yang terseret arus di Pantai Kuta. Penghargaan diserahkan Penjabat Gubernur Bali kepada "
     "Dirpolairud Kombes Pol Ketut Sudarma.",
     "2024-08-29", "received", [
      (["Ditpolairud Polda Bali"], "Ketut Sudarma", "regional_government", "Pemerintah Provinsi Bali", None, None),
     ]),
    ("a Kapolres dianugerahi sebagai a title oleh a Gubernur",
     None,
     "Kapolres Pasangkayu AKBP Ridwan Hasibuan dianugerahi penghargaan sebagai Tokoh Penggerak Ketahanan "
     "Pangan oleh Gubernur Sulawesi Barat. Penganugerahan berlangsung di Mamuju, Kamis (3/10/2024).",
     "2024-10-04", "received", [
      (["Polres Pasangkayu"], "Ridwan Hasibuan", "regional_government", "Gubernur Sulawesi Barat", None, "2024-10-03"),
     ]),
    ("mendapat piagam from a high prosecutor's office, a period year",
     None,
     "Satreskrim Polresta Pontianak mendapat piagam penghargaan dari Kejaksaan Tinggi Kalimantan Barat atas "
     "kelengkapan berkas perkara tindak pidana korupsi tahun 2023.",
     "2024-01-19", "received", [
      (["Satreskrim Polresta Pontianak"], None, "other", "Kejaksaan Tinggi Kalimantan Barat", 2023, None),
     ]),
    ("ditetapkan sebagai Polsek terbaik in a half year's assessment",
     "Top! Polsek Kuta Utara Jadi Polsek Terbaik se-Bali",
     "Polsek Kuta Utara ditetapkan sebagai Polsek terbaik se-Polda Bali dalam penilaian kinerja semester I "
     "tahun 2024. Piagam diserahkan Kapolda Bali Irjen Pol Made Astawa kepada Kapolsek Kuta Utara Kompol Gede "
     "Wirawan.",
     "2024-07-20", "received", [
      (["Polsek Kuta Utara"], "Gede Wirawan", "kapolda", "Kapolda Bali", 2024, None),
     ]),
    ("a consumers' foundation gives a Satlantas",
     None,
     "Yayasan Lembaga Perlindungan Konsumen Indonesia (YLKI) memberikan penghargaan kepada Satlantas Polres "
     "Sleman sebagai unit layanan SIM paling ramah konsumen.",
     "2024-03-15", "received", [
      (["Satlantas Polresta Sleman"],
       None, "other", "Yayasan Lembaga Perlindungan Konsumen Indonesia (YLKI)", None, None),
     ]),
    ("two Polda units listed by yaitu receive WBBM, the Wakapolda accepts",
     None,
     "Dua satuan kerja Polda Jambi, yaitu Bidpropam dan Biro SDM, menerima predikat Wilayah Birokrasi Bersih "
     "dan Melayani dari KemenPAN-RB. Piagam diterima Wakapolda Jambi Brigjen Pol Edi Mardianto di Jakarta, "
     "Selasa (17/12/2024).",
     "2024-12-18", "received", [
      (["Bidpropam Polda Jambi", "Biro SDM Polda Jambi"],
       "Edi Mardianto", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-17"),
     ]),
    ("MURI written out gives a record, its piagam accepted by the Kapolres",
     None,
     "Museum Rekor Dunia Indonesia menganugerahkan rekor kepada Polres Pringsewu atas pembagian 50 ribu "
     "paket beras dalam sehari. Piagam MURI diterima Kapolres Pringsewu AKBP Benny Prasetya.",
     "2024-05-22", "received", [
      (["Polres Pringsewu"], "Benny Prasetya", "muri", "MURI", None, None),
     ]),
    ("a Kapolda gives personnel of a Satresnarkoba",
     None,
     "Kapolda Aceh Irjen Pol Achmad Kartiko memberikan penghargaan kepada personel Satresnarkoba Polres Aceh "
     "Tamiang yang mengungkap 40 kilogram sabu. Penghargaan diserahkan usai apel di Mapolda Aceh, Senin "
     "(26/2/2024).",
     "2024-02-27", "received", [
      (["Satresnarkoba Polres Aceh Tamiang"], None, "kapolda", "Kapolda Aceh", None, "2024-02-26"),
     ]),
    ("diganjar Kompolnas Award with its year",
     None,
     "Polres Tanjung Jabung Barat diganjar Kompolnas Award 2024 sebagai Polres dengan penanganan pengaduan "
     "masyarakat terbaik. Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolres Tanjab Barat AKBP "
     "Agung Heru Wibowo.",
     "2024-11-28", "received", [
      (["Polres Tanjung Jabung Barat"], "Agung Heru Wibowo", "kompolnas", "Kompolnas", 2024, None),
     ]),
    ("a regency's BNN written out gives a Polsek",
     None,
     "Badan Narkotika Nasional Kabupaten Tabalong memberikan piagam penghargaan kepada Polsek Tanjung atas "
     "dukungan program desa bersih narkoba.",
     "2024-06-26", "received", [
      (["Polsek Tanjung"], None, "ministry", "BNN Kabupaten Tabalong", None, None),
     ]),
    ("the head of a regency's DPRD gives a Polres",
     None,
     "Ketua DPRD Kabupaten Gresik menyerahkan penghargaan kepada Polres Gresik atas keberhasilan pengamanan "
     "Pemilu 2024 yang berlangsung aman dan damai.",
     "2024-03-21", "received", [
      (["Polres Gresik"], None, "regional_government", "Ketua DPRD Gresik", None, None),
     ]),
    ("a bank's branch gives a Polres, its Kasat Reskrim accepts",
     None,
     "Bank Rakyat Indonesia (BRI) Kantor Cabang Tarakan memberikan penghargaan kepada Polres Tarakan atas "
     "pengungkapan kasus pembobolan rekening nasabah. Penghargaan diterima Kasat Reskrim Polres Tarakan AKP "
     "Randhya Sakthika.",
     "2024-09-12", "received", [
      (["Polres Tarakan"],
       "Randhya Sakthika", "other", "Bank Rakyat Indonesia (BRI) Kantor Cabang Tarakan", None, None),
     ]),
    ("the Kapolri pins a Pin Emas on a Kasat Reskrim",
     None,
     "Kapolri menganugerahkan Pin Emas kepada Kasat Reskrim Polres Sorong Kota AKP Arifin Tahir atas "
     "pengungkapan jaringan penyelundupan senjata api.",
     "2024-05-30", "received", [
      (["Satreskrim Polresta Sorong Kota"], "Arifin Tahir", "kapolri", "Kapolri", None, None),
     ]),
    ("a newspaper holds its awards night and names a Polda",
     None,
     "Harian Pikiran Rakyat menggelar Pikiran Rakyat Awards 2023 dan menetapkan Polda Jawa Barat sebagai "
     "institusi dengan layanan publik terinovatif. Piala diterima Karo Ops Polda Jabar Kombes Pol Yudi "
     "Ahadiat.",
     "2023-12-08", "received", [
      (["Polda Jawa Barat"], "Yudi Ahadiat", "media", "Pikiran Rakyat", 2023, None),
     ]),
    ("a Polres honours villages",
     None,
     "Polres Kendal menyerahkan piagam penghargaan kepada sepuluh desa yang berhasil menekan angka "
     "kriminalitas selama tahun 2024.",
     "2025-01-10", "given", []),
    ("an Ombudsman team's visit, its results announced later",
     None,
     "Tim verifikator Ombudsman RI Perwakilan Papua Barat mengunjungi Polres Sorong Selatan untuk menilai "
     "kepatuhan standar pelayanan publik. Hasil penilaian akan diumumkan pada Desember mendatang.",
     "2024-09-05", "none", []),
    ("a prosecutor's office honoured, the Kapolres attends",
     None,
     "Kejaksaan Negeri Tabalong menerima penghargaan dari Bupati Tabalong atas pengelolaan barang bukti. "
     "Kapolres Tabalong turut hadir dalam acara tersebut.",
     "2024-06-10", "none", []),
    ("a Polsek preparing for a contest",
     None,
     "Polsek Denpasar Barat sedang mempersiapkan diri untuk mengikuti lomba Polsek teladan tingkat Polda "
     "Bali yang akan digelar bulan depan.",
     "2024-05-02", "none", []),
    ("a Kapolresta honours online drivers",
     None,
     "Kapolresta Bandar Lampung memberikan penghargaan kepada dua pengemudi ojek online yang membantu "
     "menangkap pelaku begal di Jalan Teuku Umar.",
     "2024-08-07", "given", []),
    ("a Kapolda honours counted personnel from three units listed after berasal dari",
     None,
     "Kapolda Sulawesi Tengah Irjen Pol Agus Nugroho memberikan penghargaan kepada 27 personel berprestasi "
     "dalam upacara Hari Bhayangkara ke-78 di Palu, Senin (1/7/2024). Mereka berasal dari Ditreskrimum Polda "
     "Sulteng, Satreskrim Polres Parigi Moutong dan Satreskrim Polres Banggai yang mengungkap kasus pembunuhan "
     "berencana. Selain itu, Kapolda juga menyerahkan tali asih kepada keluarga personel yang gugur.",
     "2024-07-02", "received", [
      (["Ditreskrimum Polda Sulawesi Tengah", "Satreskrim Polres Parigi Moutong", "Satreskrim Polres Banggai"],
       None, "kapolda", "Kapolda Sulawesi Tengah", None, "2024-07-01"),
     ]),
    ("a Satlantas from a regency's government, its Bupati hands over",
     "Inovasi SIM Online, Satlantas Polres Pati Sabet Penghargaan dari Bupati",
     "Satlantas Polresta Pati menyabet penghargaan Inovasi Daerah Terbaik 2023 dari Pemerintah Kabupaten "
     "Pati. Penghargaan tersebut diserahkan oleh Bupati Pati kepada Kasat Lantas Polresta Pati Kompol Eko "
     "Wahyudi di Pendopo Kabupaten. Menurut Bupati, inovasi SIM online memudahkan masyarakat.",
     "2024-02-14", "received", [
      (["Satlantas Polresta Pati"], "Eko Wahyudi", "regional_government", "Pemerintah Kabupaten Pati", 2023, None),
     ]),
    ("two Polres counted then listed, kepada keduanya",
     None,
     "Dua polres di wilayah Polda Kalimantan Timur, yakni Polres Paser dan Polres Kutai Barat, dinilai "
     "berhasil menekan angka kecelakaan lalu lintas. Atas capaian itu, Korlantas Polri memberikan penghargaan "
     "kepada keduanya dalam Rakernis Fungsi Lalu Lintas tahun 2024 di Jakarta. Penghargaan diterima oleh "
     "masing-masing Kasat Lantas.",
     "2024-03-05", "received", [
      (["Polres Paser", "Polres Kutai Barat"], None, "kapolri", "Korlantas Polri", None, None),
     ]),
    ("a Bupati honours a Bhabinkamtibmas named with his Polsek, the Kapolres attends",
     None,
     "Bupati Lombok Barat memberikan piagam penghargaan kepada Bripka Made Wirata, Bhabinkamtibmas Polsek "
     "Gerung, yang menggagas kampung bebas narkoba. Piagam diserahkan dalam apel gabungan di Gerung, Kamis "
     "(8/8/2024). Kapolres Lombok Barat AKBP Bagus Nyoman yang hadir mengapresiasi dedikasi anggotanya.",
     "2024-08-09", "received", [
      (["Polsek Gerung"], "Made Wirata", "regional_government", "Bupati Lombok Barat", None, "2024-08-08"),
     ]),
    ("a finance office's award for a half year, a Kodim honoured alike",
     "Polres Ngawi Terima Penghargaan Pengelolaan Keuangan Terbaik",
     "Polres Ngawi menerima penghargaan sebagai satuan kerja dengan nilai Indikator Kinerja Pelaksanaan "
     "Anggaran (IKPA) terbaik semester I tahun 2024 dari KPPN Ngawi. Penghargaan diterima Kabag Ren Polres "
     "Ngawi Kompol Suparno. Di tempat yang sama, Kodim 0805 Ngawi juga menerima penghargaan serupa.",
     "2024-08-15", "received", [
      (["Polres Ngawi"], "Suparno", "ministry", "KPPN Ngawi", 2024, None),
     ]),
    ("a Kapolres gives his personnel after a promotion ceremony, he hopes",
     None,
     "Sejumlah personel Polres Tanah Datar mendapat penghargaan dari Kapolres Tanah Datar AKBP Sugeng "
     "Hariyadi usai upacara kenaikan pangkat, Jumat (3/1/2025). Mereka dinilai berprestasi dalam pengungkapan "
     "kasus curanmor dan pengamanan Natal. Kapolres berharap penghargaan ini memotivasi personel lain.",
     "2025-01-04", "received", [
      (["Polres Tanah Datar"], None, "other", "Kapolres Tanah Datar", None, "2025-01-03"),
     ]),
    ("a Bidhumas wins a contest held by the Divisi Humas, its Kabid accepts",
     "Humas Polda Kepri Raih Juara Pertama Lomba Video Kreatif Divisi Humas Polri",
     "Bidhumas Polda Kepulauan Riau meraih juara pertama Lomba Video Kreatif HUT Bhayangkara yang digelar "
     "Divisi Humas Polri. Trofi diserahkan Kadiv Humas Polri kepada Kabid Humas Polda Kepri Kombes Pol Pandra "
     "Arsyad. Pandra menyampaikan terima kasih atas dukungan seluruh jajaran.",
     "2024-07-10", "received", [
      (["Bidhumas Polda Kepulauan Riau"], "Pandra Arsyad", "kapolri", "Divisi Humas Polri", None, None),
     ]),
    ("a status given by a Kapolresta, its piagam accepted directly by the Kapolsek",
     None,
     "Polsek Cilacap Tengah kini berstatus sebagai Polsek dengan pelayanan terbaik se-Polresta Cilacap. "
     "Status itu diberikan Kapolresta Cilacap Kombes Pol Fannky Ani Sugiharto dalam analisa dan evaluasi "
     "bulanan, Selasa (5/3/2024). Piagam diterima langsung Kapolsek Cilacap Tengah AKP Sunardi.",
     "2024-03-06", "received", [
      (["Polsek Cilacap Tengah"], "Sunardi", "other", "Kapolresta Cilacap", None, "2024-03-05"),
     ]),
    ("an NGO's provincial branch gives a Satresnarkoba, its Kasat accepts",
     None,
     "Lembaga Swadaya Masyarakat Gerakan Anti Narkotika (Granat) Sumatera Utara memberikan penghargaan "
     "kepada Satresnarkoba Polrestabes Medan. Penghargaan itu diberikan atas pengungkapan 100 kilogram sabu "
     "sepanjang 2024. Ketua Granat Sumut menyerahkan piagam kepada Kasat Resnarkoba Kompol Jhonny Sitepu.",
     "2025-01-20", "received", [
      (["Satresnarkoba Polrestabes Medan"], "Jhonny Sitepu", "other", "Granat Sumatera Utara", None, None),
     ]),
    ("a contest's assessors visit, the result announced later",
     None,
     "Kapolres Lombok Tengah menerima kunjungan tim penilai lomba Kampung Tangguh tingkat Polda NTB. Tim "
     "menilai kesiapan kampung di Desa Sengkol. Hasil penilaian akan diumumkan pada HUT Bhayangkara mendatang.",
     "2024-06-04", "none", []),
    ("a Polres honours fishermen and a tug's crew",
     None,
     "Polres Karimun memberikan penghargaan kepada nelayan dan kru kapal tunda yang membantu evakuasi korban "
     "kapal tenggelam. Penghargaan diserahkan Kapolres Karimun di Mapolres, Rabu. Kapolres menyebut aksi "
     "mereka sangat berarti.",
     "2024-09-19", "given", []),
    ("a Bupati honoured by a ministry, the Kapolres congratulates",
     None,
     "Bupati Purworejo menerima penghargaan Anugerah Kabupaten Peduli HAM dari Kementerian Hukum dan HAM. "
     "Kapolres Purworejo AKBP Eko Sunaryo mengucapkan selamat atas penghargaan tersebut. Ia berharap sinergi "
     "Polres dan Pemkab terus terjalin.",
     "2024-12-11", "none", []),
    ("an Ombudsman office honours regencies, the Kapolda attends",
     None,
     "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan kepada 11 kabupaten dan kota. "
     "Kabupaten Muaro Jambi meraih predikat kualitas tertinggi. Kapolda Jambi turut hadir dalam acara "
     "tersebut.",
     "2024-12-09", "none", []),
    ("a regency's government menganugerahkan, its Bupati hands over, a Kodim honoured alike",
     "Kapolres Buol Terima Penghargaan Bupati atas Pengamanan Festival",
     "BUOL - Pemerintah Kabupaten Buol menganugerahkan piagam penghargaan kepada Polres Buol atas suksesnya "
     "pengamanan Festival Teluk Buol. Piagam diserahkan langsung Bupati Buol kepada Kapolres Buol AKBP Sugeng "
     'Lestari di alun-alun kota, Sabtu (14/9/2024). "Kami berterima kasih atas kerja sama TNI dan Polri," kata '
     "Bupati. Selain Polres, Kodim 1305 Buol juga mendapat penghargaan yang sama.",
     "2024-09-15", "received", [
      (["Polres Buol"], "Sugeng Lestari", "regional_government", "Pemerintah Kabupaten Buol", None, "2024-09-14"),
     ]),
    ("keluar sebagai juara I, then disusul in second place, a Kapolres's contest",
     "Polsek Tembilahan Hulu Juara Lomba Polsek Presisi",
     "Dalam rangka HUT Bhayangkara ke-78, Polres Indragiri Hilir menggelar lomba Polsek Presisi. Hasilnya, "
     "Polsek Tembilahan Hulu keluar sebagai juara I, disusul Polsek Kuala Indragiri di posisi kedua. Piala "
     "diserahkan Kapolres Indragiri Hilir AKBP Budi Setiawan kepada masing-masing Kapolsek.",
     "2024-07-03", "received", [
      (["Polsek Tembilahan Hulu"], None, "other", "Kapolres Indragiri Hilir", None, None),
      (["Polsek Kuala Indragiri"], None, "other", "Kapolres Indragiri Hilir", None, None),
     ]),
    ("Kompolnas menetapkan a Polresta sebagai the best, handed over and accepted",
     None,
     "Komisi Kepolisian Nasional (Kompolnas) menetapkan Polresta Malang Kota sebagai Polresta terbaik dalam "
     "layanan pengaduan masyarakat pada Kompolnas Award 2023. Penghargaan diserahkan Ketua Kompolnas di "
     "Jakarta, Kamis (30/11/2023), dan diterima Kapolresta Malang Kota Kombes Pol Budi Hermanto.",
     "2023-12-01", "received", [
      (["Polresta Malang Kota"], "Budi Hermanto", "kompolnas", "Kompolnas", 2023, "2023-11-30"),
     ]),
    ("members of a Satlantas counted, from a regency's transport office",
     None,
     "Sebanyak empat anggota Satlantas Polres Badung menerima penghargaan dari Dinas Perhubungan Kabupaten "
     "Badung. Mereka dinilai berjasa mengurai kemacetan di kawasan Canggu selama libur panjang. Kasat Lantas "
     "Polres Badung AKP Ketut Sutama mengatakan penghargaan tersebut menjadi motivasi.",
     "2024-05-20", "received", [
      (["Satlantas Polres Badung"], None, "regional_government", "Dinas Perhubungan Kabupaten Badung", None, None),
     ]),
    ("kembali meraih WBBM, the earlier WBK recalled",
     "Lagi, Polres Metro Jakarta Selatan Raih Predikat WBBM",
     "Polres Metro Jakarta Selatan kembali meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari "
     "Kementerian PANRB. Piagam diserahkan Menteri PANRB dalam acara penganugerahan Zona Integritas di "
     "Jakarta, Rabu (18/12/2024). Pada tahun sebelumnya, Polres Metro Jakarta Selatan meraih predikat WBK.",
     "2024-12-19", "received", [
      (["Polres Metro Jakarta Selatan"], None, "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-18"),
     ]),
    ("a Polwan of a Polres wins a Polda-level contest",
     None,
     "Bripda Siti Aminah, anggota Polwan Polres Lhokseumawe, meraih juara pertama lomba pidato bahasa "
     "Inggris tingkat Polda Aceh. Trofi diserahkan Wakapolda Aceh Brigjen Pol Armia Fahmi di Banda Aceh, Senin "
     "(22/4/2024).",
     "2024-04-23", "received", [
      (["Polres Lhokseumawe"], "Siti Aminah", "kapolda", "Polda Aceh", None, "2024-04-22"),
     ]),
    ("a ministry's directorate general gives a Ditpolairud, its deputy stands in",
     None,
     "Direktorat Jenderal Bea dan Cukai memberikan penghargaan kepada Ditpolairud Polda Kepulauan Riau atas "
     "sinergi penindakan penyelundupan rokok ilegal di perairan Batam. Penghargaan diterima Wadirpolairud AKBP "
     "Iwan Setiawan mewakili Dirpolairud.",
     "2024-10-15", "received", [
      (["Ditpolairud Polda Kepulauan Riau"],
       "Iwan Setiawan", "ministry", "Direktorat Jenderal Bea dan Cukai", None, None),
     ]),
    ("a Polres in a contest's assessment, the winner announced later",
     None,
     "Polres Jembrana mengikuti penilaian lomba Kampung Tangguh Narkoba tingkat Polda Bali. Kapolres "
     "Jembrana berharap Desa Pengambengan bisa menjadi juara. Pengumuman pemenang dijadwalkan akhir bulan.",
     "2024-05-28", "none", []),
    ("a Kapolres honours three security guards",
     None,
     "Kapolres Bantul menyerahkan piagam penghargaan kepada tiga satpam perumahan yang menggagalkan aksi "
     "pencurian. Ketiganya menerima piagam di Mapolres Bantul, Rabu.",
     "2024-06-05", "given", []),
    ("a city's BNN honoured by a Gubernur, the Kapolrestabes watches",
     None,
     "BNN Kota Surabaya meraih penghargaan dari Gubernur Jawa Timur atas program kota tanggap ancaman "
     "narkoba. Kapolrestabes Surabaya hadir menyaksikan penyerahan penghargaan tersebut.",
     "2024-06-26", "none", []),
    ("a Polres prepares for an Ombudsman assessment",
     None,
     "Menjelang penilaian Ombudsman tahun ini, Polres Sragen membenahi ruang pelayanan SKCK dan SPKT. "
     "Kapolres Sragen menargetkan predikat kepatuhan tertinggi.",
     "2024-07-15", "none", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", BREADTH, ids=[row[0] for row in BREADTH])
def test_breadth_of_wording(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# -- messy text as outlets print it: passages written apart from the evaluation stories ---------------------------------
# Units in lower case or capitals ("polres lampung timur", "POLRES SIAK"), short forms alone or in brackets, marks with
# no space after them ("Kapolres Batang,AKBP", "Kombes Pol.Budi"), a rank's full stop ("AKBP. Andi"), typos of award
# words, ranks spelled out or in capitals, dates as "Senin(4/3)", "4-3-2024" or written out, outlets' datelines, "Baca
# Juga" headlines and photo captions left in the text, quotes of several sentences, one run-on sentence.
MESSY_TEXT = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ("lower-case unit, kompas dateline, comma glued to rank",
     "Polres Lampung Timur Raih Penghargaan Dari Ombudsman RI",
     "LAMPUNG TIMUR, KOMPAS.com - polres lampung timur meraih penghargaan predikat kepatuhan tinggi "
     "standar pelayanan publik tahun 2023 dari Ombudsman RI Perwakilan Lampung. Piagam penghargaan "
     "diterima langsung Kapolres Lampung Timur,AKBP Rizal Fahmi di Bandar Lampung, Rabu (13/12/2023). \"Ini "
     "hasil kerja keras seluruh personel. Kami akan terus berbenah. Pelayanan harus makin cepat,\" kata "
     "Rizal.",
     "2023-12-14", "received", [
      (["Polres Lampung Timur"], "Rizal Fahmi", "ombudsman_compliance", "Ombudsman RI Perwakilan Lampung", 2023, "2023-12-13"),
     ]),
    ("ALL CAPS unit, tribratanews dateline, AKBP. with a dot, Baca Juga run into the text",
     "POLRES BATANG SABET PENGHARGAAN WBK",
     "Tribratanews.polri.go.id - Batang - POLRES BATANG kembali menorehkan prestasi.Kali ini Polres Batang "
     "meraih predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB. Penghargaan diserahkan oleh "
     "Menteri PANRB kepada Kapolres Batang AKBP. Andi Saputra di Jakarta, Selasa (12/12/2023). Baca Juga: "
     "Polres Batang Gelar Apel Pasukan Operasi Lilin Candi 2023 Kapolres mengatakan, capaian ini berkat "
     "komitmen seluruh personel dalam memberikan pelayanan.",
     "2023-12-13", "received", [
      (["Polres Batang"], "Andi Saputra", "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-12"),
     ]),
    ("long name with short form in parentheses, typo penghargan, caption (ist)",
     None,
     "Tubaba (Lampost.co) -- Kepolisian Resor Tulang Bawang Barat (Tubaba) menerima penghargan dari Bupati "
     "Tulang Bawang Barat atas dukungan dalam menyukseskan Pilkada serentak 2024. penghargaan diserahkan "
     "Bupati kepada Kapolres Tubaba AKBP Hendra Situmorang di Sesat Agung, Senin, 16 Desember 2024.Foto: "
     "Kapolres Tubaba saat menerima piagam penghargaan (ist)",
     "2024-12-17", "received", [
      (["Polres Tulang Bawang Barat"], "Hendra Situmorang", "regional_government", "Bupati Tulang Bawang Barat", None, "2024-12-16"),
     ]),
    ("Kapolres ganjar own members, Polres Jakbar short form, Pol.Name, Senin(4/3)",
     "Kapolres Jakbar Ganjar Penghargaan 12 Personel Pengungkap Narkoba",
     "Jakarta - Kapolres Metro Jakarta Barat Kombes Pol.Budi Hartanto memberikan penghargaan kepada 12 "
     "personel Polres Jakbar yang berhasil mengungkap peredaran narkoba jaringan internasional.Penghargaan "
     "diberikan usai apel pagi di halaman Mapolres Jakbar, Senin(4/3). \"Kami berikan apresiasi. Ini bentuk "
     "motivasi. Ke depan kinerja harus ditingkatkan lagi,\" ujar Budi kepada wartawan.",
     "2024-03-05", "received", [
      (["Polres Metro Jakarta Barat"], None, "other", "Kapolres Metro Jakarta Barat", None, "2024-03-04"),
     ]),
    ("Polda Kepri short form, customary title from LAM",
     "Kapolda Kepri Dianugerahi Gelar Adat Oleh LAM",
     "TANJUNGPINANG - Kapolda Kepri Irjen Pol Darmawan Setiadi dianugerahi gelar adat Datuk Setia Amanah "
     "oleh Lembaga Adat Melayu (LAM) Kepri. Penganugerahan gelar berlangsung di Balai Adat Tanjungpinang, "
     "Sabtu (9/11/2024). Ketua LAM Kepri menyebut gelar itu diberikan atas kedekatan Polda Kepri dengan "
     "masyarakat Melayu.",
     "2024-11-10", "received", [
      (["Polda Kepulauan Riau"], "Darmawan Setiadi", "other", "Lembaga Adat Melayu Kepri", None, "2024-11-09"),
     ]),
    ("rank spelled out Ajun Komisaris Besar Polisi, Liputan6 dateline, date written out",
     None,
     "Liputan6.com, Semarang: Kepolisian Resor Kendal memperoleh penghargaan Zona Integritas menuju "
     "Wilayah Birokrasi Bersih dan Melayani (WBBM) dari Kementerian Pendayagunaan Aparatur Negara dan "
     "Reformasi Birokrasi. Penghargaan diterima langsung oleh Kapolres Kendal Ajun Komisaris Besar Polisi "
     "Danang Kurniawan pada Rabu, 11 Desember 2024 di Jakarta.",
     "2024-12-12", "received", [
      (["Polres Kendal"], "Danang Kurniawan", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-11"),
     ]),
    ("Akbp mixed case, typo pengahrgaan, date 4-3-2024",
     None,
     "PEKALONGAN - Polres Pekalongan Kota menerima piagam pengahrgaan dari Wali Kota Pekalongan atas "
     "pengamanan Hari Jadi Kota Pekalongan. Piagam diserahkan kepada Kapolres Pekalongan Kota Akbp Yudha "
     "Pratama pada 4-3-2024 di Gedung Kanzus Shalawat.",
     "2024-03-05", "received", [
      (["Polres Pekalongan Kota"], "Yudha Pratama", "regional_government", "Wali Kota Pekalongan", None, "2024-03-04"),
     ]),
    ("IPTU all caps, Camat gives a Polsek, quote of three sentences",
     None,
     "KARANGANYAR - Polsek Jaten mendapat penghargaan dari Camat Jaten atas peran aktif menjaga kamtibmas "
     "selama tahapan pemilu. Penghargaan diterima Kapolsek Jaten IPTU Sugeng Riyadi, Selasa (5/3/2024). "
     "\"Terima kasih atas apresiasinya. Ini untuk seluruh anggota. Kami akan terus hadir di tengah warga,\" "
     "ucap IPTU Sugeng.",
     "2024-03-06", "received", [
      (["Polsek Jaten"], "Sugeng Riyadi", "regional_government", "Camat Jaten", None, "2024-03-05"),
     ]),
    ("Bripka named first with his unit after a comma",
     None,
     "BOYOLALI - Bripka Dedi Kurniawan, anggota Satlantas Polres Boyolali, menerima penghargaan dari "
     "Kapolres Boyolali AKBP Teguh Santosa karena menolong pengendara yang kecelakaan di jalur "
     "Solo-Semarang. Penghargaan diberikan saat apel pagi, Kamis (7/3/2024).",
     "2024-03-08", "received", [
      (["Satlantas Polres Boyolali"], "Dedi Kurniawan", "other", "Kapolres Boyolali", None, "2024-03-07"),
     ]),
    ("doubled spaces everywhere, BNNP gives, Wakapolres stands in",
     None,
     "PESAWARAN -  Polres  Pesawaran  meraih penghargaan dari Badan Narkotika Nasional Provinsi (BNNP) "
     "Lampung atas dukungan program pemberantasan narkoba.  Penghargaan  diterima Wakapolres Pesawaran "
     "Kompol Rudy Hermawan mewakili Kapolres, Senin, 4 Maret 2024.",
     "2024-03-05", "received", [
      (["Polres Pesawaran"], "Rudy Hermawan", "ministry", "BNNP Lampung", None, "2024-03-04"),
     ]),
    ("typo prediket, tribratanews regional dateline, (ist) glued",
     None,
     "Tribratanews.kepri.polri.go.id - Polres Karimun berhasil meraih prediket kepatuhan tinggi dari "
     "Ombudsman RI Perwakilan Kepulauan Riau tahun 2023. Prediket tersebut diserahkan Kepala Ombudsman RI "
     "Perwakilan Kepri kepada Kapolres Karimun AKBP Fadli Agus di Batam, Kamis (14/12/2023).(ist)",
     "2023-12-15", "received", [
      (["Polres Karimun"], "Fadli Agus", "ombudsman_compliance", "Ombudsman RI Perwakilan Kepulauan Riau", 2023, "2023-12-14"),
     ]),
    ("photo caption with the reporter's name in caps inside the text",
     None,
     "SLEMAN, KOMPAS.com - Polresta Sleman menerima penghargaan dari Museum Rekor Dunia Indonesia (MURI) "
     "atas pemecahan rekor pembagian bendera merah putih terbanyak. Foto: Kapolresta Sleman Kombes Pol "
     "Hendra Gunawan menerima piagam MURI, Sabtu (17/8/2024). (KOMPAS.com/ANDI SETIAWAN) Piagam MURI "
     "diserahkan Senior Manager MURI kepada Kapolresta Sleman Kombes Pol Hendra Gunawan di Lapangan "
     "Denggung.",
     "2024-08-18", "received", [
      (["Polresta Sleman"], "Hendra Gunawan", "muri", "MURI", None, "2024-08-17"),
     ]),
    ("one run-on sentence of seventy words",
     None,
     "BANYUWANGI - Satlantas Polresta Banyuwangi yang selama ini dikenal aktif melakukan sosialisasi "
     "keselamatan berlalu lintas di sekolah-sekolah dan pondok pesantren di seluruh wilayah Banyuwangi "
     "mulai dari Kecamatan Muncar hingga Kecamatan Kalibaru kembali meraih penghargaan, kali ini dari PT "
     "Jasa Raharja Cabang Jawa Timur sebagai satuan lalu lintas terbaik dalam penanganan korban kecelakaan "
     "semester II tahun 2023 yang diserahkan langsung oleh Kepala Jasa Raharja Cabang Jawa Timur kepada "
     "Kasat Lantas Polresta Banyuwangi Kompol Dimas Prasetyo di Surabaya pada Jumat (19/1/2024) disaksikan "
     "oleh sejumlah pejabat utama Ditlantas Polda Jatim.",
     "2024-01-20", "received", [
      (["Satlantas Polresta Banyuwangi"], "Dimas Prasetyo", "other", "Jasa Raharja Jawa Timur", 2023, "2024-01-19"),
     ]),
    ("Baca Juga headline of another unit's award between two sentences",
     None,
     "SEMARANG - Polrestabes Semarang menerima penghargaan dari Wali Kota Semarang atas keberhasilan "
     "pengamanan malam pergantian tahun. Baca Juga: Polres Demak Raih Penghargaan Kampung Tangguh dari "
     "Kapolda Jateng Penghargaan itu diserahkan Wali Kota kepada Kapolrestabes Semarang Kombes Pol Bagus "
     "Harjono di Balai Kota, Selasa (2/1/2024).",
     "2024-01-03", "received", [
      (["Polrestabes Semarang"], "Bagus Harjono", "regional_government", "Wali Kota Semarang", None, "2024-01-02"),
     ]),
    ("Liputan6 Jakarta dateline, Irjen Pol.Name glued",
     None,
     "Liputan6.com, Jakarta: Korlantas Polri meraih penghargaan dari Kementerian Perhubungan atas "
     "kelancaran arus mudik Lebaran 2024. Penghargaan diterima Kakorlantas Polri Irjen Pol.Bambang Irawan "
     "di Kantor Kemenhub, Rabu (24/4/2024).",
     "2024-04-25", "received", [
      (["Korlantas Polri"], "Bambang Irawan", "ministry", "Kementerian Perhubungan", None, "2024-04-24"),
     ]),
    ("whole story in lower case, sub-unit, kapolda lower case",
     None,
     "MESUJI (Lampost) - satreskrim polres mesuji diganjar penghargaan oleh kapolda lampung atas "
     "pengungkapan kasus pembunuhan berencana di kecamatan tanjung raya. piagam penghargaan diterima kasat "
     "reskrim AKP Hendri Wijaya dalam upacara di lapangan mapolda lampung, senin (11/3/2024).",
     "2024-03-12", "received", [
      (["Satreskrim Polres Mesuji"], "Hendri Wijaya", "kapolda", "Kapolda Lampung", None, "2024-03-11"),
     ]),
    ("headline short form Humbahas, body long form with short in parentheses, juara I se-Polda",
     "Polres Humbahas Raih Juara I Pelayanan SIM Se-Polda Sumut",
     "DOLOKSANGGUL - Polres Humbang Hasundutan (Humbahas) meraih juara I pelayanan SIM terbaik se-Polda "
     "Sumut tahun 2023. Penghargaan diserahkan Dirlantas Polda Sumut kepada Kasat Lantas Polres Humbahas "
     "AKP Martua Sihombing di Medan, Jumat (22/12/2023).",
     "2023-12-23", "received", [
      (["Polres Humbang Hasundutan"], "Martua Sihombing", "kapolda", "Polda Sumatera Utara", 2023, "2023-12-22"),
     ]),
    ("Ganjar the governor's name in the headline, not the verb",
     "Ganjar Beri Penghargaan ke Polres Batang",
     "BATANG, KOMPAS.com - Gubernur Jawa Tengah Ganjar Pranowo memberikan penghargaan kepada Polres Batang "
     "atas keberhasilan menekan angka kecelakaan di ruas tol Batang-Semarang. Penghargaan diserahkan di "
     "Semarang, Senin (14/8/2023), dan diterima Kapolres Batang AKBP Andi Saputra. \"Saya bangga. Polres "
     "Batang cepat tanggap. Terus pertahankan,\" kata Ganjar.",
     "2023-08-15", "received", [
      (["Polres Batang"], "Andi Saputra", "regional_government", "Gubernur Jawa Tengah", None, "2023-08-14"),
     ]),
    ("Sabet headline, ALL CAPS Polresta in the lede",
     "Polresta Bandar Lampung Sabet Juara 1 Lomba Kampung Tangguh",
     "BANDAR LAMPUNG - POLRESTA BANDAR LAMPUNG berhasil menyabet juara 1 Lomba Kampung Tangguh Nusantara "
     "tingkat Polda Lampung tahun 2024. Trofi dan piagam diserahkan Wakapolda Lampung Brigjen Pol Umar "
     "Effendi kepada Kapolresta Bandar Lampung Kombes Pol Yosep Hidayat di Mapolda, Rabu (17/7/2024).",
     "2024-07-18", "received", [
      (["Polresta Bandar Lampung"], "Yosep Hidayat", "kapolda", "Polda Lampung", 2024, "2024-07-17"),
     ]),
    ("Polres Tuba short form alone, Lapas gives, Senin(4/3)",
     None,
     "MENGGALA - Polres Tuba menerima penghargaan dari Lapas Kelas IIB Menggala atas sinergi pengamanan "
     "lembaga pemasyarakatan.Penghargaan diserahkan Kalapas kepada Kapolres Tuba AKBP Rahmat Hidayat, "
     "Senin(4/3).",
     "2024-03-05", "received", [
      (["Polres Tulang Bawang"], "Rahmat Hidayat", "ministry", "Lapas Kelas IIB Menggala", None, "2024-03-04"),
     ]),
    ("Polres Lamsel short form, Bupati, date with dot day-month",
     None,
     "KALIANDA - Polres Lamsel mendapatkan penghargaan dari Bupati Lampung Selatan atas pengamanan arus "
     "mudik di Pelabuhan Bakauheni. Penghargaan diterima Kapolres Lampung Selatan AKBP Yusriandi Harahap "
     "di rumah dinas Bupati, Jumat (26/4/2024).",
     "2024-04-27", "received", [
      (["Polres Lampung Selatan"], "Yusriandi Harahap", "regional_government", "Bupati Lampung Selatan", None, "2024-04-26"),
     ]),
    ("Aiptu Bhabinkamtibmas honoured by a Kapolsek, title case outlet text",
     None,
     "Tribratanews.polri.go.id - Kudus - Kapolsek Jekulo AKP Joko Prasetyo memberikan penghargaan kepada "
     "Aiptu Slamet Widodo, Bhabinkamtibmas Polsek Jekulo, atas dedikasinya mendamaikan sengketa warga "
     "tanpa proses hukum. Penghargaan diberikan dalam apel pagi, Senin (18/3/2024).",
     "2024-03-19", "received", [
      (["Polsek Jekulo"], "Slamet Widodo", "other", "Kapolsek Jekulo", None, "2024-03-18"),
     ]),
    ("Polres Jakut short form, Wali Kota of the administrative city",
     "Polres Jakut Terima Penghargaan Dari Wali Kota Jakarta Utara",
     "JAKARTA - Polres Jakut menerima penghargaan dari Wali Kota Jakarta Utara atas penanganan banjir rob "
     "di kawasan Muara Angke. Penghargaan diserahkan kepada Wakapolres Metro Jakarta Utara AKBP Rio "
     "Mahendra, Kamis (11/1/2024).",
     "2024-01-12", "received", [
      (["Polres Metro Jakarta Utara"], "Rio Mahendra", "regional_government", "Wali Kota Jakarta Utara", None, "2024-01-11"),
     ]),
    ("Polrestabes Medan, Kapolrestabes,Kombes glued, awarded by a bank",
     None,
     "MEDAN - Polrestabes Medan menerima penghargaan dari Bank Sumut atas pengamanan layanan perbankan "
     "selama libur Natal dan Tahun Baru. Penghargaan diterima Kapolrestabes Medan,Kombes Pol Valentino "
     "Sirait di Medan, Rabu (10/1/2024).",
     "2024-01-11", "received", [
      (["Polrestabes Medan"], "Valentino Sirait", "other", "Bank Sumut", None, "2024-01-10"),
     ]),
    ("tribratanews dateline, Kapolda gives several Polres in a list, Polres short forms",
     None,
     "Tribratanews.polri.go.id - Bandar Lampung - Kapolda Lampung memberikan penghargaan kepada Polres "
     "Lamtim, Polres Tubaba dan Polres Way Kanan atas capaian terbaik penanganan karhutla. Penghargaan "
     "diserahkan di Lapangan Saburai, Selasa (15/10/2024).",
     "2024-10-16", "received", [
      (["Polres Lampung Timur", "Polres Tulang Bawang Barat", "Polres Way Kanan"], None, "kapolda", "Kapolda Lampung", None, "2024-10-15"),
     ]),
    ("passive with the giver first, MURI, ALL CAPS headline",
     "POLRES KUDUS RAIH REKOR MURI",
     "KUDUS - Rekor MURI kategori penanaman pohon oleh personel kepolisian terbanyak diraih Polres Kudus. "
     "Piagam rekor diserahkan perwakilan MURI kepada Kapolres Kudus AKBP Bayu Prakoso di Alun-alun Simpang "
     "Tujuh, Minggu (3/11/2024).",
     "2024-11-04", "received", [
      (["Polres Kudus"], "Bayu Prakoso", "muri", "MURI", None, "2024-11-03"),
     ]),
    ("WBK to a Polsek, Polres parent in short form, tanggal written out without weekday",
     None,
     "BINJAI - Polsek Binjai Utara meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB. "
     "Predikat itu diterima Kapolsek Binjai Utara Iptu Ramli Nasution pada 13 Desember 2023 di Jakarta.",
     "2023-12-15", "received", [
      (["Polsek Binjai Utara"], "Ramli Nasution", "zona_integritas_wbk", "KemenPAN-RB", None, "2023-12-13"),
     ]),
    ("Kompolnas award, headline Raih, rank Kombes Pol. with dot",
     "Polresta Pekanbaru Raih Kompolnas Award 2024",
     "PEKANBARU - Polresta Pekanbaru meraih Kompolnas Award 2024 kategori pelayanan publik. Penghargaan "
     "diserahkan Ketua Harian Kompolnas kepada Kapolresta Pekanbaru Kombes Pol. Heri Susanto di Jakarta, "
     "Selasa (10/12/2024).",
     "2024-12-11", "received", [
      (["Polresta Pekanbaru"], "Heri Susanto", "kompolnas", "Kompolnas", 2024, "2024-12-10"),
     ]),
    ("kapolri award, Kapolda receives, lower-case position words",
     None,
     "PEKANBARU - kapolda riau Irjen Pol Hadi Wibowo menerima penghargaan dari kapolri atas keberhasilan "
     "pengamanan pilkada serentak di wilayah Riau. penghargaan diserahkan di Mabes Polri, Jakarta, Kamis "
     "(19/12/2024).",
     "2024-12-20", "received", [
      (["Polda Riau"], "Hadi Wibowo", "kapolri", "Kapolri", None, "2024-12-19"),
     ]),
    ("ALL CAPS story, Bupati Siak, Polres Siak",
     None,
     "SIAK - POLRES SIAK MENERIMA PENGHARGAAN DARI BUPATI SIAK ATAS KEBERHASILAN MENEKAN KEBAKARAN HUTAN "
     "DAN LAHAN. PENGHARGAAN DITERIMA KAPOLRES SIAK AKBP ARIEF RAHMAN, SELASA (8/10/2024).",
     "2024-10-09", "received", [
      (["Polres Siak"], "Arief Rahman", "regional_government", "Bupati Siak", None, "2024-10-08"),
     ]),
    ("short-form Satlantas written Sat Lantas with slash, Polres Binjai",
     None,
     "BINJAI - Sat Lantas Polres Binjai dianugerahi penghargaan oleh Jasa Raharja Sumatera Utara sebagai "
     "unit laka terbaik. Penghargaan diterima Kasat Lantas AKP Irwansyah Putra, Kamis (25/1/2024). Foto: "
     "dok. Sat Lantas Polres Binjai",
     "2024-01-26", "received", [
      (["Satlantas Polres Binjai"], "Irwansyah Putra", "other", "Jasa Raharja Sumatera Utara", None, "2024-01-25"),
     ]),
    ("Polresta Tanjungpinang written Tanjung Pinang, Gubernur Kepri",
     None,
     "TANJUNG PINANG - Polresta Tanjung Pinang mendapat penghargaan dari Gubernur Kepri atas pengamanan "
     "Festival Bahari Kepri. Penghargaan diterima Kapolresta Tanjung Pinang Kombes Pol Ary Wibowo, Sabtu "
     "(5/10/2024).",
     "2024-10-06", "received", [
      (["Polresta Tanjungpinang"], "Ary Wibowo", "regional_government", "Gubernur Kepulauan Riau", None, "2024-10-05"),
     ]),
    ("Polres Deli Serdang old name, Dir Lantas giving in its own name",
     None,
     "LUBUK PAKAM - Polres Deli Serdang mendapat penghargaan dari Ditlantas Polda Sumut atas penurunan "
     "angka fatalitas kecelakaan. Penghargaan diserahkan Dirlantas Polda Sumut Kombes Pol Ridwan Hakim "
     "kepada Kapolres Deli Serdang, Senin (29/1/2024).",
     "2024-01-30", "received", [
      (["Polresta Deli Serdang"], None, "kapolda", "Ditlantas Polda Sumatera Utara", None, "2024-01-29"),
     ]),
    ("double punctuation and no space after comma in officer post",
     None,
     "ASAHAN - Polres Asahan menerima penghargaan dari Bupati Asahan atas pengamanan Pilkada.. Penghargaan "
     "diterima Kapolres Asahan,AKBP Fajar Setiawan,di Kisaran,Kamis (5/12/2024).",
     "2024-12-06", "received", [
      (["Polres Asahan"], "Fajar Setiawan", "regional_government", "Bupati Asahan", None, "2024-12-05"),
     ]),
    ("Polres Langkat with Ganjar as verb in the body",
     None,
     "STABAT - Bupati Langkat mengganjar Polres Langkat dengan penghargaan atas pengungkapan kasus "
     "perdagangan orang. Penghargaan diterima Kapolres Langkat AKBP Dedi Marsudi, Rabu (6/11/2024).",
     "2024-11-07", "received", [
      (["Polres Langkat"], "Dedi Marsudi", "regional_government", "Bupati Langkat", None, "2024-11-06"),
     ]),
    ("Polres Bintan, Kadis of a Pemkab gives in its own name, Kompol all caps",
     None,
     "BINTAN - Polres Bintan meraih penghargaan dari Pemerintah Kabupaten Bintan atas dukungan program "
     "Bintan Bebas Sampah. Penghargaan diterima Wakapolres Bintan KOMPOL Surya Darma mewakili Kapolres, "
     "Kamis (22/2/2024).",
     "2024-02-23", "received", [
      (["Polres Bintan"], "Surya Darma", "regional_government", "Pemkab Bintan", None, "2024-02-22"),
     ]),
    ("lower-case Polres gives citizens",
     None,
     "KALIANDA - polres lampung selatan memberikan penghargaan kepada tiga warga yang membantu menangkap "
     "pelaku pencurian kendaraan bermotor. Penghargaan diserahkan Kapolres Lampung Selatan, Senin "
     "(4/3/2024).",
     "2024-03-05", "given", []),
    ("Kapolres,AKBP glued gives students, typo penghargan",
     None,
     "BATANG - Kapolres Batang,AKBP Andi Saputra memberikan piagam penghargan kepada tiga pelajar SMA yang "
     "menemukan dan mengembalikan dompet berisi uang jutaan rupiah. Piagam diserahkan di Mapolres Batang, "
     "Kamis (7/3/2024).",
     "2024-03-08", "given", []),
    ("ALL CAPS headline, Kapolda gives journalists",
     "POLDA SUMUT BERI PENGHARGAAN KEPADA WARTAWAN",
     "MEDAN - Kapolda Sumut memberikan penghargaan kepada sepuluh wartawan yang dinilai aktif memberitakan "
     "kegiatan kepolisian secara berimbang. Penghargaan diserahkan dalam acara Press Gathering di Medan, "
     "Jumat (9/2/2024).",
     "2024-02-10", "given", []),
    ("Ganjar headline, Polres Tubaba rewards a citizen",
     "Polres Tubaba Ganjar Penghargaan Warga Penemu Senjata Api",
     "PANARAGAN - Polres Tubaba mengganjar penghargaan kepada Wayan Sukarta, warga Tulang Bawang Tengah, "
     "yang menyerahkan senjata api rakitan temuannya kepada polisi. Piagam diserahkan Kapolres Tubaba, "
     "Rabu (13/3/2024).",
     "2024-03-14", "given", []),
    ("Polda Kepri honours Satpam, BUJP",
     None,
     "BATAM - Polda Kepri memberikan penghargaan kepada 15 anggota Satpam berprestasi dalam peringatan HUT "
     "ke-43 Satpam. Penghargaan diserahkan Wakapolda Kepri di Batam, Selasa (30/12/2023).",
     "2023-12-31", "given", []),
    ("Polresta Sleman gives ojol drivers, caption left in",
     None,
     "SLEMAN - Polresta Sleman memberikan penghargaan kepada lima pengemudi ojek online yang membantu "
     "polisi menangkap penjambret. Foto: Kapolresta Sleman menyerahkan piagam (ist). Penghargaan diberikan "
     "di Mapolresta Sleman, Jumat (15/3/2024).",
     "2024-03-16", "given", []),
    ("a Polres holds a contest's assessment, winners next week",
     None,
     "BATANG - Polres  Batang  menggelar penilaian lomba kampung tangguh tingkat kabupaten. Pemenang lomba "
     "akan diumumkan pekan depan dan diberi penghargaan oleh Kapolres Batang.",
     "2024-03-05", "none", []),
    ("Pemkab receives WTP, the Kapolres attends",
     None,
     "SUKADANA - Pemkab Lampung Timur meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK RI. Penyerahan "
     "penghargaan turut dihadiri Kapolres Lamtim AKBP Rizal Fahmi, Senin (27/5/2024).",
     "2024-05-28", "none", []),
    ("a Kodim honoured, the Kapolres attends",
     None,
     "BATANG - Kodim 0736/Batang menerima penghargaan dari Bupati Batang atas keberhasilan program TMMD. "
     "Acara itu turut dihadiri Kapolres Batang AKBP Andi Saputra.",
     "2024-03-05", "none", []),
    ("a Kejari's prediket WBK, typo",
     None,
     "GEDONG TATAAN - Kejaksaan Negeri Pesawaran meraih prediket Wilayah Bebas dari Korupsi (WBK) dari "
     "KemenPAN-RB. Kapolres Pesawaran hadir memberikan ucapan selamat.",
     "2023-12-20", "none", []),
    ("Baca Juga line the only award in a story of an apel",
     None,
     "MEDAN - Kapolda Sumut memimpin apel gelar pasukan Operasi Ketupat Toba 2024 di Lapangan Merdeka, "
     "Rabu (3/4/2024). Baca Juga: Polres Asahan Raih Penghargaan dari Bupati Asahan Sebanyak 2.500 "
     "personel gabungan dikerahkan untuk mengamankan arus mudik.",
     "2024-04-04", "none", []),
    ("a Kapolres promises a reward",
     None,
     "MESUJI - Kapolres Mesuji AKBP Gede Wirawan berjanji akan memberikan penghargaan kepada anggota yang "
     "berhasil menangkap pelaku pembakaran lahan. \"Yang berhasil akan kami beri reward. Saya tunggu,\" "
     "katanya.",
     "2024-08-10", "none", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", MESSY_TEXT, ids=[r[0] for r in MESSY_TEXT])
def test_messy_text(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


TIDIED = [
    # construction, as printed, as read
    ("a unit in lower case", "polres way kanan meraih penghargaan.", "Polres Way Kanan meraih penghargaan."),
    ("a chief and a seat in lower case", "diserahkan kapolda jambi di mapolda jambi",
     "diserahkan Kapolda Jambi di Mapolda Jambi"),
    ("a unit in capitals inside ordinary text", "Kali ini POLRES KUDUS meraih WBK.", "Kali ini Polres Kudus meraih WBK."),
    ("a passage in capitals", "POLSEK GENUK MENERIMA PIAGAM DARI CAMAT GENUK",
     "Polsek Genuk menerima piagam dari Camat Genuk"),
    ("a full stop glued to the next sentence", "meraih juara.Piagam diserahkan", "meraih juara. Piagam diserahkan"),
    ("a comma glued to a rank", "Kapolres Blora,AKBP Wahyu Hidayat", "Kapolres Blora, AKBP Wahyu Hidayat"),
    ("a rank's full stop glued to the name", "Kombes Pol.Iwan Setiadi", "Kombes Pol Iwan Setiadi"),
    ("a rank's full stop before the name", "AKBP. Iwan Setiadi", "AKBP Iwan Setiadi"),
    ("a sentence begun in lower case", "di Pati. penghargaan itu", "di Pati. Penghargaan itu"),
    ("the giver's post in lower case", "penghargaan dari kapolri", "penghargaan dari Kapolri"),
    ("a day in lower case before its date", "di Demak, kamis (7/3/2024)", "di Demak, Kamis (7/3/2024)"),
    ("a week is no day", "selama satu minggu penuh", "selama satu minggu penuh"),
    ("a web address keeps its case", "Tribratanews.polri.go.id - Blora", "Tribratanews.polri.go.id - Blora"),
    ("doubled spaces", "Polres  Blora  meraih", "Polres Blora meraih"),
    ("another story's headline run into the text",
     "meraih WBK. Baca juga: Polsek Cepu Raih Piagam dari Camat Cepu Kapolres menyampaikan terima kasih.",
     "meraih WBK. Kapolres menyampaikan terima kasih."),
    ("another story's headline on a line of its own", "meraih WBK.\nBaca Juga: Polres Rembang Gelar Apel\nKapolres",
     "meraih WBK.\n\nKapolres"),
]  # fmt: skip


@pytest.mark.parametrize("construction, written, read", TIDIED, ids=[r[0] for r in TIDIED])
def test_messy_text_tidied(construction, written, read):
    assert tidied(written) == read


# A relative clause on the receiving unit names where its deed was done or whom it was for ("yang aktif sosialisasi
# di sekolah", "yang berpatroli ke pasar"): those bodies are no subject of the receiving verb.
PLACES_IN_A_RELATIVE_CLAUSE = [
    "Satlantas Polres Grobogan yang rutin menggelar sosialisasi di sekolah dan pondok pesantren meraih penghargaan "
    "dari Jasa Raharja.",
    "Polsek Gubug yang aktif berpatroli ke pasar dan terminal bus menerima piagam dari Camat Gubug.",
    "Unit PPA Satreskrim Polres Blora yang selama ini aktif mengisi penyuluhan bagi pelajar di pelosok desa "
    "mendapat penghargaan dari Bupati Blora.",
]


@pytest.mark.parametrize("sentence", PLACES_IN_A_RELATIVE_CLAUSE)
def test_places_in_a_relative_clause_are_no_subject(sentence):
    assert sentence_role(sentence) == "received"


# A Kapolsek's award to his own people, like a Kapolres's: he gives it, his rank (any of them) after his post; a
# chief who only tells what he felt ("mengaku terharu") gives nothing.
KAPOLSEK_GIVES = [
    ("Kapolsek Jekulo AKP Joko Prasetyo memberikan penghargaan kepada Aiptu Slamet Widodo, Bhabinkamtibmas Polsek "
     "Jekulo, atas dedikasinya mendamaikan sengketa warga.", "Kapolsek Jekulo"),
    ("Kapolsek Mejobo Iptu Heru Santoso memberikan penghargaan kepada dua anggota Polsek Mejobo atas penangkapan "
     "pencuri.", "Kapolsek Mejobo"),
    ("Dua anggota Polsek Gebog menerima piagam penghargaan dari Kapolsek Gebog atas penangkapan pencuri.",
     "Kapolsek Gebog"),
    ("Forum warga Kecamatan Undaan menyerahkan piagam kepada Polsek Undaan atas pengungkapan kasus narkoba. Kapolsek "
     "Undaan AKP Sigit Raharjo SH mengaku terharu atas apresiasi tersebut.", None),
]  # fmt: skip


@pytest.mark.parametrize("text, giver", KAPOLSEK_GIVES)
def test_a_kapolsek_gives_as_a_kapolres_does(text, giver):
    (award,) = extract_awards(None, text)
    assert award["giver"] == giver


# -- second breadth probe: passages mixing givers, titles, lists, officers and dates, written apart from the stories -

# A place said bare after the place that names what it ranks in: the later places take that name and its year.
BARE_PLACES_OF_ONE_RANKING = [
    # construction, text, (recipient, placement, year, title words) of each place
    ('juara I of a named quarter, then Juara II diraih and juara III bare',
     'Polsek Sungai Kakap meraih juara I Polsek Terbaik Semester I Tahun 2025 di jajaran Polres Kubu Raya. Juara II '
     'diraih Polsek Rasau Jaya, sedangkan juara III Polsek Sungai Raya. Piagam diserahkan Kapolres Kubu Raya.',
     [('Polsek Sungai Kakap', 1, 2025, 'juara I Polsek Terbaik Semester I Tahun 2025'),
      ('Polsek Rasau Jaya', 2, 2025, 'juara II Polsek Terbaik Semester I Tahun 2025'),
      ('Polsek Sungai Raya', 3, 2025, 'juara III Polsek Terbaik Semester I Tahun 2025')]),
    ('peringkat pertama in an operation named with its year, peringkat kedua ditempati',
     'Polres Wonogiri menempati peringkat pertama dalam Operasi Patuh Candi 2024 di jajaran Polda Jawa Tengah. '
     'Peringkat kedua ditempati Polres Klaten. Penghargaan diberikan Kapolda Jawa Tengah.',
     [('Polres Wonogiri', 1, 2024, 'peringkat pertama'), ('Polres Klaten', 2, 2024, 'peringkat kedua')]),
    ('a place in the passive first, the others by their numbers after a colon',
     'Juara pertama Lomba Kebersihan Markas 2024 diraih Polsek Bantul. Juara kedua: Polsek Sewon. Juara ketiga: '
     'Polsek Kasihan. Trofi diserahkan Kapolres Bantul.',
     [('Polsek Bantul', 1, 2024, 'juara pertama'), ('Polsek Sewon', 2, 2024, 'juara kedua'),
      ('Polsek Kasihan', 3, 2024, 'juara ketiga')]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", BARE_PLACES_OF_ONE_RANKING, ids=[r[0] for r in BARE_PLACES_OF_ONE_RANKING]
)
def test_bare_places_take_the_rankings_name_and_year(construction, text, places):
    got = {canonical_unit_name(u): a for a in extract_awards(None, text) for u in a["recipients"]}
    assert set(got) == {canonical_unit_name(u) for u, *_ in places}
    for unit, placement, year, title in places:
        award = got[canonical_unit_name(unit)]
        assert (award["placement"], award["year"]) == (placement, year)
        assert shares_words(title, award["title"]), award["title"]


# A shared award its units' chiefs took together, each for his own unit: no officer of the shared award.
TAKEN_BY_THEIR_CHIEFS = [
    # construction, text
    ('a Polres and its Polsek, each chief named with his rank, joined by dan',
     'Wali Kota Salatiga memberikan penghargaan kepada Polres Salatiga dan Polsek Sidorejo atas pengamanan '
     'malam pergantian tahun. Penghargaan diterima Kapolres Salatiga AKBP Dwi Haryanto dan Kapolsek Sidorejo AKP '
     'Yusuf Efendi.'),
    ('a Wakapolda named in full, bersama two Kapolres by their posts only',
     'Ombudsman RI Perwakilan Jambi menyerahkan predikat kepatuhan tinggi kepada Polda Jambi, Polres Bungo dan '
     'Polres Tebo. Piagam diterima Wakapolda Jambi Brigjen Pol Eko Santoso bersama Kapolres Bungo dan Kapolres '
     'Tebo.'),
    ('the chiefs as the subject of menerima',
     'Kapolres Pati AKBP Hari Santoso dan Kapolres Rembang AKBP Joko Purnomo menerima penghargaan dari Gubernur '
     'Jawa Tengah atas pengamanan arus mudik.'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text", TAKEN_BY_THEIR_CHIEFS, ids=[r[0] for r in TAKEN_BY_THEIR_CHIEFS])
def test_a_shared_award_taken_by_its_units_chiefs_has_no_officer(construction, text):
    (award,) = extract_awards(None, text)
    assert len(award["recipients"]) >= 2
    assert award["officer"] is None


# A customary title an adat council confers is an award, whatever the verb: received by the chief's unit; one given
# to a chief's wife, or a "gelar pasukan", is none.
CUSTOMARY_TITLES = [
    # construction, text, role, (recipient units, officer, giver) or None
    ('menerima gelar adat dari a council',
     'Kapolres Sintang AKBP Yohanes Lake menerima gelar adat dari Dewan Adat Dayak Kabupaten Sintang di Rumah Betang '
     'Sintang.',
     'received', (['Polres Sintang'], 'Yohanes Lake', 'Dewan Adat Dayak Kabupaten Sintang')),
    ('a council menganugerahkan gelar kehormatan adat kepada a Kapolda',
     'Lembaga Adat Melayu Kepulauan Riau menganugerahkan gelar kehormatan adat kepada Kapolda Kepulauan Riau Irjen '
     'Pol Ahmad Fauzan.',
     'received', (['Polda Kepulauan Riau'], 'Ahmad Fauzan', 'Lembaga Adat Melayu Kepulauan Riau')),
    ('a title to a chief\'s wife',
     'Tokoh adat Toraja memberikan gelar adat kepada istri Kapolres Tana Toraja.', 'none', None),
    ('gelar pasukan is no title',
     'Kapolres Sintang memimpin gelar pasukan Operasi Ketupat di halaman Mapolres Sintang.', 'none', None),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, role, award", CUSTOMARY_TITLES, ids=[r[0] for r in CUSTOMARY_TITLES])
def test_a_customary_title_is_an_award(construction, text, role, award):
    assert classify_award_role(None, text).award_role == role
    if award:
        (got,) = extract_awards(None, text)
        units, officer, giver = award
        assert {canonical_unit_name(u) for u in got["recipients"]} == {canonical_unit_name(u) for u in units}
        assert (got["officer"], got["category"]) == (officer, "other")
        assert shares_words(giver, got["giver"]), got["giver"]


# A unit, or its innovation, put among a contest's selected winners ("masuk Top 45 ...", "lolos dalam Top 99 ..."):
# received, of the kind the contest's wording names, titled by the selection.
TOP_SELECTIONS = [
    # construction, text, recipient, category, title
    ('an innovation milik a Polres masuk Top 45, the ministry that holds it after yang digelar',
     'Inovasi "Sigap Lantas" milik Polres Kebumen masuk Top 45 Kompetisi Inovasi Pelayanan Publik 2024 yang '
     'digelar KemenPAN-RB.',
     'Polres Kebumen', 'ministry', 'Top 45 Kompetisi Inovasi Pelayanan Publik 2024'),
    ('a Polresta lolos dalam Top 99, the ministry after dari',
     'Polresta Padang lolos dalam Top 99 Inovasi Pelayanan Publik dari Kementerian PANRB.',
     'Polresta Padang', 'ministry', 'Top 99 Inovasi Pelayanan Publik'),
    ('termasuk Top 40 with the ministry written out',
     'Satlantas Polres Klaten termasuk Top 40 Inovasi Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara '
     'dan Reformasi Birokrasi tahun ini.',
     'Satlantas Polres Klaten', 'ministry', 'Top 40 Inovasi Pelayanan Publik'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, unit, kind, title", TOP_SELECTIONS, ids=[r[0] for r in TOP_SELECTIONS])
def test_a_unit_among_a_contests_top_selection(construction, text, unit, kind, title):
    assert classify_award_role(None, text).award_role == "received"
    (award,) = extract_awards(None, text)
    assert [canonical_unit_name(u) for u in award["recipients"]] == [canonical_unit_name(unit)]
    assert award["category"] == kind
    assert shares_words(title, award["title"]), award["title"]


# Passages mixing the families as regional stories do (a Bupati's award at a HUT ceremony, a Kapolda's ranking, an
# Ombudsman grade with its score, a WBK with the chief quoted, a chief rewarding members and citizens at one apel, a
# media award night, a contest named with its year, and stories with no award received). Each award is matched by
# its recipients, whatever order the extractor gives them in.
MIXED_REGIONAL_STORIES = [
    # construction, headline, text, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement, title) of each award
    ('Bupati at HUT Bhayangkara honours a Polres and its Polsek, quote', None,
     'BANTUL - Bupati Bantul Hadi Suryanto memberikan piagam penghargaan kepada Polres Bantul dan Polsek Pundong '
     'dalam upacara peringatan Hari Bhayangkara ke-78 di Lapangan Paseban, Bantul, Senin (1/7/2024). Polres Bantul '
     'dinilai berhasil menjaga keamanan selama Pemilu 2024, sementara Polsek Pundong diapresiasi atas penanganan '
     'cepat bencana tanah longsor di Desa Seloharjo. Piagam diterima Kapolres Bantul AKBP Ronny Setiawan dan '
     'Kapolsek Pundong AKP Sutrisno. "Kami berterima kasih. Penghargaan ini milik seluruh personel dan masyarakat '
     'Bantul," ujar Ronny usai upacara.',
     '2024-07-01', 'received', [
      (['Polres Bantul', 'Polsek Pundong'], None, 'regional_government', 'Bupati Bantul', None, '2024-07-01', None,
       'piagam penghargaan'),
     ]),
    ('Kapolda ranks three Polres with places in a named assessment year', 'Tiga Polres Terbaik Layanan SKCK Diganjar Kapolda Sumut',
     'MEDAN - Kapolda Sumatera Utara Irjen Pol Wahyu Hidayat memberikan penghargaan kepada tiga polres terbaik '
     'dalam penilaian kinerja pelayanan SKCK tahun 2024. Juara pertama diraih Polres Asahan, juara kedua Polres '
     'Labuhanbatu dan juara ketiga Polres Simalungun. Penghargaan diserahkan dalam Rapat Kerja Teknis Fungsi '
     'Intelkam di Aula Tribrata Mapolda Sumut, Kamis (16/1/2025). "Pelayanan SKCK adalah wajah Polri di mata '
     'masyarakat," kata Wahyu.',
     '2025-01-16', 'received', [
      (['Polres Asahan'], None, 'kapolda', 'Kapolda Sumatera Utara', 2024, '2025-01-16', 1,
       'penghargaan penilaian kinerja pelayanan SKCK tahun 2024 (juara pertama)'),
      (['Polres Labuhanbatu'], None, 'kapolda', 'Kapolda Sumatera Utara', 2024, '2025-01-16', 2,
       'penghargaan penilaian kinerja pelayanan SKCK tahun 2024 (juara kedua)'),
      (['Polres Simalungun'], None, 'kapolda', 'Kapolda Sumatera Utara', 2024, '2025-01-16', 3,
       'penghargaan penilaian kinerja pelayanan SKCK tahun 2024 (juara ketiga)'),
     ]),
    ('Ombudsman grade with a score, Wakapolresta takes it', None,
     'MAMUJU, KOMPAS.com - Polresta Mamuju memperoleh predikat kualitas tertinggi atau zona hijau dengan nilai '
     '92,15 dalam penilaian kepatuhan standar pelayanan publik tahun 2024 dari Ombudsman RI Perwakilan Sulawesi '
     'Barat. Piagam diserahkan Kepala Ombudsman RI Perwakilan Sulbar, Lukman Hakim, kepada Wakapolresta Mamuju '
     'Kompol Rizal Mahmud di Mamuju, Rabu (22/1/2025). Rizal mengatakan nilai itu naik dibanding tahun '
     'sebelumnya.',
     '2025-01-23', 'received', [
      (['Polresta Mamuju'], 'Rizal Mahmud', 'ombudsman_compliance', 'Ombudsman RI Perwakilan Sulawesi Barat', 2024,
       '2025-01-22', None, 'predikat kualitas tertinggi zona hijau penilaian kepatuhan standar pelayanan publik tahun 2024 (nilai 92,15)'),
     ]),
    ('KemenPAN-RB WBK, Kapolres quoted after receiving in Jakarta', 'Polres Lombok Timur Sabet Predikat WBK',
     'SELONG - Polres Lombok Timur resmi menyandang predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian '
     'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Penghargaan diserahkan dalam acara '
     'penganugerahan Zona Integritas di Jakarta, Selasa (10/12/2024), dan diterima langsung Kapolres Lombok Timur '
     'AKBP Hendra Kusuma. "Predikat ini buah kerja keras seluruh personel yang terus membenahi layanan," kata '
     'Hendra. Ia berjanji menjaga komitmen menuju predikat WBBM.',
     '2024-12-11', 'received', [
      (['Polres Lombok Timur'], 'Hendra Kusuma', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-10', None,
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
     ]),
    ('a Polsek wins first place of a contest named with its year', 'Polsek Batujajar Juara I Kampung Tangguh',
     'CIMAHI - Polsek Batujajar, Polres Cimahi, keluar sebagai juara I Lomba Kampung Tangguh Nusantara 2024 '
     'tingkat Polda Jawa Barat. Trofi diserahkan Kapolda Jabar Irjen Pol Dedi Kurniawan kepada Kapolsek '
     'Batujajar AKP Asep Sunandar di Mapolda Jabar, Bandung, Rabu (18/9/2024). Kampung Tangguh di Desa Giriasih '
     'dinilai unggul dalam ketahanan pangan dan keamanan lingkungan.',
     '2024-09-19', 'received', [
      (['Polsek Batujajar'], 'Asep Sunandar', 'kapolda', 'Kapolda Jawa Barat', 2024, '2024-09-18', 1,
       'juara I Lomba Kampung Tangguh Nusantara 2024 tingkat Polda Jawa Barat'),
     ]),
    ('none: an Ombudsman assessment visit', None,
     'MARTAPURA - Tim Ombudsman RI Perwakilan Kalimantan Selatan mengunjungi Polres Banjar untuk menilai '
     'kepatuhan standar pelayanan publik tahun 2025, Kamis (12/6/2025). Tim memeriksa ruang SPKT, layanan SKCK '
     'dan pojok pengaduan. Kapolres Banjar AKBP Yudi Hartono berharap Polres Banjar kembali meraih predikat '
     'zona hijau. Hasil penilaian akan diumumkan akhir tahun.',
     '2025-06-12', 'none', []),
    ('none: a Bhabinkamtibmas nominated for the Hoegeng Award', 'Bhabinkamtibmas Asal Sikka Masuk Nominasi Hoegeng Award',
     'MAUMERE - Aipda Yosef Dagur, Bhabinkamtibmas Polsek Paga, Polres Sikka, masuk dalam nominasi Hoegeng '
     'Award 2025. Ia diusulkan warga karena membangun sumur bor bagi desa yang kesulitan air bersih. Kapolres '
     'Sikka AKBP Daniel Sitorus mengaku bangga atas pencapaian anggotanya. Pemenang akan diumumkan bulan depan di '
     'Jakarta.',
     '2025-06-20', 'none', []),
    ('none: a Pemkab receives an award, the Kapolres attends', None,
     'WONOGIRI - Pemerintah Kabupaten Wonogiri meraih penghargaan Kabupaten Layak Anak kategori Nindya dari '
     'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak. Penghargaan diterima Bupati Wonogiri di Jakarta, '
     'Selasa (23/7/2024). Kapolres Wonogiri AKBP Andi Muhammad yang turut hadir menyampaikan selamat dan siap '
     'mendukung perlindungan anak.',
     '2024-07-24', 'none', []),
    ('none: a Kapolres promises to propose his men for a reward', None,
     'PALEMBANG - Kapolrestabes Palembang Kombes Pol Harryo Sugihartono berjanji akan mengusulkan penghargaan '
     'bagi anggota Satreskrim yang menangkap pelaku perampokan toko emas di Jalan Sudirman. "Saya akan usulkan '
     'kepada Kapolda agar mereka mendapat penghargaan," katanya, Rabu (5/2/2025). Pelaku kini ditahan di '
     'Mapolrestabes Palembang.',
     '2025-02-05', 'none', []),
    ('Kapolresta ranks his Polsek in a quarter of a named year', None,
     'PONTIANAK - Polsek Pontianak Kota meraih juara I Polsek Terbaik Triwulan III Tahun 2024 di lingkungan '
     'Polresta Pontianak. Juara II diraih Polsek Pontianak Barat, sedangkan juara III Polsek Pontianak Selatan. '
     'Penghargaan diserahkan Kapolresta Pontianak Kombes Pol Adi Saputra saat apel pagi, Senin (14/10/2024). '
     'Penilaian meliputi kecepatan respons laporan, penyelesaian perkara dan kegiatan sambang warga.',
     '2024-10-14', 'received', [
      (['Polsek Pontianak Kota'], None, 'other', 'Kapolresta Pontianak', 2024, '2024-10-14', 1,
       'juara I Polsek Terbaik Triwulan III Tahun 2024'),
      (['Polsek Pontianak Barat'], None, 'other', 'Kapolresta Pontianak', 2024, '2024-10-14', 2,
       'juara II Polsek Terbaik Triwulan III Tahun 2024'),
      (['Polsek Pontianak Selatan'], None, 'other', 'Kapolresta Pontianak', 2024, '2024-10-14', 3,
       'juara III Polsek Terbaik Triwulan III Tahun 2024'),
     ]),
    ('Ombudsman to a Polda and two Polres together, takers together', None,
     'PEKANBARU - Ombudsman RI Perwakilan Riau menyerahkan predikat kepatuhan tinggi hasil penilaian '
     'kepatuhan standar pelayanan publik tahun 2024 kepada Polda Riau, Polres Kampar dan Polres Siak. Penghargaan '
     'diterima Wakapolda Riau Brigjen Pol Rahmat Hidayat bersama Kapolres Kampar dan Kapolres Siak di Pekanbaru, '
     'Jumat (24/1/2025). Kepala Ombudsman Riau Budi Santoso berharap capaian itu diikuti polres lain.',
     '2025-01-24', 'received', [
      (['Polda Riau', 'Polres Kampar', 'Polres Siak'], None, 'ombudsman_compliance', 'Ombudsman RI Perwakilan Riau',
       2024, '2025-01-24', None, 'predikat kepatuhan tinggi penilaian kepatuhan standar pelayanan publik tahun 2024'),
     ]),
    ('a Kapolri award to a Polda at the Rapim, the Kapolda takes it', 'Polda Kalteng Raih Penghargaan Kapolri',
     'JAKARTA - Polda Kalimantan Tengah meraih penghargaan dari Kapolri sebagai Polda terbaik dalam penanganan '
     'kebakaran hutan dan lahan. Penghargaan diserahkan Kapolri dalam Rapat Pimpinan Polri di Jakarta, Rabu '
     '(29/1/2025), dan diterima Kapolda Kalteng Irjen Pol Andi Baso. "Ini hasil kerja bersama TNI, pemerintah '
     'daerah dan masyarakat," ujar Andi.',
     '2025-01-30', 'received', [
      (['Polda Kalimantan Tengah'], 'Andi Baso', 'kapolri', 'Kapolri', None, '2025-01-29', None,
       'penghargaan Polda terbaik dalam penanganan kebakaran hutan dan lahan'),
     ]),
    ('a Gubernur honours a Ditlantas, its director takes it, window year', None,
     'DENPASAR - Ditlantas Polda Bali menerima penghargaan dari Gubernur Bali atas keberhasilan menurunkan angka '
     'fatalitas kecelakaan lalu lintas sepanjang 2024. Penghargaan diserahkan di Gedung Jaya Sabha, Denpasar, '
     'Kamis (6/2/2025), dan diterima Dirlantas Polda Bali Kombes Pol Ketut Arsana. Angka kematian akibat '
     'kecelakaan turun 18 persen dibanding tahun sebelumnya.',
     '2025-02-06', 'received', [
      (['Ditlantas Polda Bali'], 'Ketut Arsana', 'regional_government', 'Gubernur Bali', None, '2025-02-06', None,
       'penghargaan atas keberhasilan menurunkan angka fatalitas kecelakaan lalu lintas'),
     ]),
    ('messy: ALL CAPS dateline, glued comma, Wali Kota gives a Polres', 'WALI KOTA BERI PENGHARGAAN POLRES TEGAL KOTA',
     'TEGAL,TRIBRATANEWS.COM-Wali Kota Tegal Rina Kusuma memberikan penghargaan kepada Polres Tegal Kota atas '
     'suksesnya pengamanan Pilkada 2024 .Penghargaan diterima Kapolres Tegal Kota AKBP. Dimas Pratama,S.I.K di '
     'Balai Kota Tegal ,Selasa(17/12/2024). "terima kasih atas kepercayaan ini,"ujar kapolres.',
     '2024-12-17', 'received', [
      (['Polres Tegal Kota'], 'Dimas Pratama', 'regional_government', 'Wali Kota Tegal', None, '2024-12-17', None,
       'penghargaan atas suksesnya pengamanan Pilkada 2024'),
     ]),
    ('given: a Kapolres honours citizens only, Polsek mentioned', 'Tangkap Maling Kotak Amal, Tiga Warga Dapat Piagam Kapolres',
     'KARANGANYAR - Kapolres Karanganyar AKBP Bayu Aji memberikan piagam penghargaan kepada tiga warga Desa '
     'Papahan yang menangkap pencuri kotak amal masjid. Penyerahan berlangsung di Mapolres Karanganyar, Kamis '
     '(21/11/2024). Pelaku kemudian diserahkan ke Polsek Tasikmadu. "Warga seperti ini mitra kami," kata '
     'Kapolres.',
     '2024-11-21', 'given', []),
    ('long story: Kapolda awards several units and an officer at HUT, Kapolda quoted', None,
     'PALU - Upacara peringatan Hari Bhayangkara ke-79 di lapangan Mapolda Sulawesi Tengah, Selasa (1/7/2025), '
     'diwarnai pemberian penghargaan. Kapolda Sulteng Irjen Pol Agus Nugroho memberikan penghargaan kepada '
     'Satbrimob Polda Sulteng, Ditreskrimsus Polda Sulteng dan Polres Poso atas dedikasi dalam menjaga keamanan '
     'di wilayah Sulawesi Tengah. Upacara dihadiri Gubernur Sulteng, Danrem 132/Tadulako dan unsur Forkopimda. '
     'Dalam amanatnya, Kapolda membacakan amanat Presiden tentang pentingnya Polri yang humanis. "Penghargaan '
     'bukan tujuan, melainkan pengakuan atas kerja keras," kata Agus. Usai upacara, kegiatan dilanjutkan dengan '
     'syukuran dan pemotongan tumpeng. Kapolda juga menyerahkan bantuan sosial kepada warga kurang mampu di '
     'sekitar Mapolda.',
     '2025-07-01', 'received', [
      (['Satbrimob Polda Sulawesi Tengah', 'Ditreskrimsus Polda Sulawesi Tengah', 'Polres Poso'], None, 'kapolda',
       'Kapolda Sulawesi Tengah', None, '2025-07-01', None, 'penghargaan atas dedikasi dalam menjaga keamanan'),
     ]),
    ('a Kapolres names a Bhabinkamtibmas of a Polsek and a Kanit, two deeds, one ceremony', None,
     'KEBUMEN - Kapolres Kebumen AKBP Gatot Wibowo memberikan penghargaan kepada Bripka Heru Santoso, '
     'Bhabinkamtibmas Polsek Gombong, dan Aipda Wawan Setiadi, Kanit Reskrim Polsek Karanganyar. Heru dinilai '
     'berhasil memediasi konflik batas desa, sedangkan Wawan mengungkap kasus pencurian ternak. Piagam '
     'diserahkan dalam apel di Mapolres Kebumen, Senin (10/2/2025).',
     '2025-02-10', 'received', [
      (['Polsek Gombong'], 'Heru Santoso', 'other', 'Kapolres Kebumen', None, '2025-02-10', None, 'piagam penghargaan'),
      (['Polsek Karanganyar'], 'Wawan Setiadi', 'other', 'Kapolres Kebumen', None, '2025-02-10', None, 'piagam penghargaan'),
     ]),
    ('Kompolnas Award category with year, Polres in a type', None,
     'JAKARTA - Polres Kotawaringin Barat dinobatkan sebagai Polres Terbaik Tipe C dalam ajang Kompolnas Award '
     '2024. Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolres Kotawaringin Barat AKBP Bayu '
     'Wicaksono di Jakarta, Kamis (19/12/2024). Bayu mengatakan inovasi layanan pengaduan warga melalui aplikasi '
     'menjadi andalan Polres Kobar.',
     '2024-12-20', 'received', [
      (['Polres Kotawaringin Barat'], 'Bayu Wicaksono', 'kompolnas', 'Kompolnas', 2024, '2024-12-19', None,
       'Kompolnas Award 2024 Polres Terbaik Tipe C'),
     ]),
    ('given: a Polres journalism contest winners, Kapolres hands over', None,
     'MAGELANG - Polresta Magelang menyerahkan hadiah kepada para pemenang Lomba Karya Jurnalistik Polresta '
     'Magelang 2024. Juara pertama diraih wartawan Suara Merdeka, Dwi Santoso. Hadiah diserahkan Kapolresta '
     'Magelang Kombes Pol Ruruh Wicaksono, Senin (1/7/2024).',
     '2024-07-01', 'given', []),
    ('a Camat hands over the Bupati award to a Polsek', None,
     'SUBANG - Polsek Pamanukan menerima penghargaan dari Bupati Subang atas peran aktif dalam penanganan banjir '
     'di wilayah pantura. Penghargaan diserahkan Camat Pamanukan Yayan Sopian mewakili Bupati kepada Kapolsek '
     'Pamanukan AKP Dede Rusmana di kantor kecamatan, Rabu (19/3/2025).',
     '2025-03-19', 'received', [
      (['Polsek Pamanukan'], 'Dede Rusmana', 'regional_government', 'Bupati Subang', None, '2025-03-19', None,
       'penghargaan atas peran aktif dalam penanganan banjir'),
     ]),
    ('none: a Kapolda praises units in words only', None,
     'JAYAPURA - Kapolda Papua Irjen Pol Markus Wonda mengapresiasi kinerja Polres Jayapura dan Polres Keerom '
     'dalam pengamanan perayaan Natal. "Saya bangga dan memberi apresiasi setinggi-tingginya," ujarnya saat '
     'kunjungan kerja, Jumat (27/12/2024). Ia meminta anggota tetap waspada hingga Tahun Baru.',
     '2024-12-27', 'none', []),
    ('a ministry honours a Ditreskrimsus, the Kasubdit takes it', None,
     'BANDAR LAMPUNG - Ditreskrimsus Polda Lampung menerima penghargaan dari Kementerian Kelautan dan Perikanan '
     'atas pengungkapan penyelundupan benih bening lobster senilai Rp 12 miliar. Penghargaan diserahkan di '
     'Jakarta, Senin (24/2/2025), dan diterima Kasubdit IV Ditreskrimsus Polda Lampung AKBP Rinaldo Sihombing.',
     '2025-02-25', 'received', [
      (['Ditreskrimsus Polda Lampung'], 'Rinaldo Sihombing', 'ministry', 'Kementerian Kelautan dan Perikanan', None,
       '2025-02-24', None, 'penghargaan atas pengungkapan penyelundupan benih bening lobster'),
     ]),
    ('customary title from an adat council to a Kapolda', None,
     'PONTIANAK - Kapolda Kalimantan Barat Irjen Pol Hendro Prasetyo menerima gelar adat dari Dewan Adat Dayak '
     'Kalimantan Barat dalam prosesi di Rumah Radakng, Pontianak, Sabtu (15/3/2025). Gelar itu diberikan sebagai '
     'penghargaan atas peran Kapolda menjaga kerukunan antarsuku di Kalbar.',
     '2025-03-15', 'received', [
      (['Polda Kalimantan Barat'], 'Hendro Prasetyo', 'other', 'Dewan Adat Dayak Kalimantan Barat', None,
       '2025-03-15', None, 'gelar adat'),
     ]),
    ('BNN gives a Satresnarkoba, passive with oleh, date written out', None,
     'KENDARI - Satresnarkoba Polresta Kendari diganjar penghargaan oleh BNN Provinsi Sulawesi Tenggara atas '
     'pengungkapan jaringan narkotika antarprovinsi. Penghargaan diserahkan pada Kamis, 26 Juni 2025, bertepatan '
     'dengan peringatan Hari Anti Narkotika Internasional. Kasat Resnarkoba Polresta Kendari AKP Mulyadi Rahman '
     'menerima langsung piagam tersebut.',
     '2025-06-27', 'received', [
      (['Satresnarkoba Polresta Kendari'], 'Mulyadi Rahman', 'ministry', 'BNN Provinsi Sulawesi Tenggara', None,
       '2025-06-26', None, 'penghargaan atas pengungkapan jaringan narkotika antarprovinsi'),
     ]),
    ('a Polsek WBK, its Polres short form parent, Kapolsek quoted', None,
     'KUDUS - Polsek Kota Kudus meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB. Piagam '
     'diterima Kapolsek Kota Kudus AKP Suharto di Jakarta, Rabu (11/12/2024). "Kami akan menjaga integritas '
     'pelayanan," kata Suharto. Polsek Kota Kudus merupakan satu-satunya polsek di jajaran Polres Kudus yang '
     'meraih predikat tersebut tahun ini.',
     '2024-12-12', 'received', [
      (['Polsek Kota Kudus'], 'Suharto', 'zona_integritas_wbk', 'KemenPAN-RB', None, '2024-12-11', None,
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
     ]),
    ('given: a Polres holds a contest for schools, winners honoured', None,
     'BLITAR - Polres Blitar Kota menggelar lomba tertib lalu lintas antarsekolah. Juara pertama diraih SMA '
     'Negeri 1 Blitar. Trofi diserahkan Kapolres Blitar Kota AKBP Danang Setiawan, Kamis (20/2/2025).',
     '2025-02-20', 'given', []),
    ('none: the award will be handed over at Hari Bhayangkara', None,
     'TASIKMALAYA - Polres Tasikmalaya Kota dinyatakan sebagai juara umum lomba kebersihan markas tingkat Polda '
     'Jawa Barat. Piala rencananya akan diserahkan Kapolda Jabar pada puncak peringatan Hari Bhayangkara bulan '
     'depan.',
     '2025-06-02', 'none', []),
    ('ANTARA style: an NGO award to a Polres with the Wakapolres standing in', None,
     'Bengkulu (ANTARA) - Polres Rejang Lebong menerima penghargaan dari Lembaga Perlindungan Anak (LPA) Provinsi '
     'Bengkulu atas komitmen dalam penanganan kasus kekerasan terhadap anak. Penghargaan diterima Wakapolres '
     'Rejang Lebong Kompol Ferry Hidayat mewakili Kapolres di Bengkulu, Kamis (24/7/2025).',
     '2025-07-25', 'received', [
      (['Polres Rejang Lebong'], 'Ferry Hidayat', 'other', 'LPA Provinsi Bengkulu', None, '2025-07-24', None,
       'penghargaan atas komitmen dalam penanganan kasus kekerasan terhadap anak'),
     ]),
    ('a Kapolda hands awards to members of three Polres, officers with units after kepada', None,
     'BANJARMASIN - Kapolda Kalimantan Selatan Irjen Pol Rosyanto Yudha memberikan penghargaan kepada Brigpol '
     'Ahmad Riyadi dari Polres Tabalong, Bripka Deni Saputra dari Polres Tanah Laut dan Aipda Gusti Rahman dari '
     'Polresta Banjarmasin. Ketiganya dinilai berprestasi dalam pengungkapan kasus narkotika. Penghargaan '
     'diserahkan di Mapolda Kalsel, Senin (5/5/2025).',
     '2025-05-05', 'received', [
      (['Polres Tabalong'], 'Ahmad Riyadi', 'kapolda', 'Kapolda Kalimantan Selatan', None, '2025-05-05', None, 'penghargaan'),
      (['Polres Tanah Laut'], 'Deni Saputra', 'kapolda', 'Kapolda Kalimantan Selatan', None, '2025-05-05', None, 'penghargaan'),
      (['Polresta Banjarmasin'], 'Gusti Rahman', 'kapolda', 'Kapolda Kalimantan Selatan', None, '2025-05-05', None, 'penghargaan'),
     ]),
    ('a Polres receives from a DPRD, DPRD chairman hands over', None,
     'MALANG - DPRD Kabupaten Malang memberikan penghargaan kepada Polres Malang atas pengamanan Pemilu 2024 '
     'yang berjalan aman dan damai. Penghargaan diserahkan Ketua DPRD Kabupaten Malang dalam rapat paripurna, '
     'Senin (29/4/2024), dan diterima Kapolres Malang AKBP Putu Kholis.',
     '2024-04-30', 'received', [
      (['Polres Malang'], 'Putu Kholis', 'regional_government', 'DPRD Kabupaten Malang', None, '2024-04-29', None,
       'penghargaan atas pengamanan Pemilu 2024'),
     ]),
    ('a Polres gets Top Inovasi from KemenPAN-RB, year of the contest', None,
     'SIDOARJO - Inovasi "Si Mantap" milik Polresta Sidoarjo masuk Top 45 Kompetisi Inovasi Pelayanan Publik '
     '(KIPP) 2024 yang digelar KemenPAN-RB. Penghargaan diserahkan Menteri PANRB kepada Kapolresta Sidoarjo '
     'Kombes Pol Christian Tobing di Jakarta, Rabu (23/10/2024).',
     '2024-10-24', 'received', [
      (['Polresta Sidoarjo'], 'Christian Tobing', 'ministry', 'KemenPAN-RB', 2024, '2024-10-23', None,
       'Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2024'),
     ]),
    ('given: a Kapolsek honours a Linmas member', None,
     'GROBOGAN - Kapolsek Purwodadi AKP Rahmat Hidayat memberikan penghargaan kepada anggota Linmas Desa '
     'Kuripan, Sarno (47), yang membantu mengamankan pelaku pencurian di pasar. Penyerahan dilakukan di Mapolsek '
     'Purwodadi, Jumat (7/3/2025).',
     '2025-03-07', 'given', []),
    ('operation named with its year, Kapolda ranks Polres with places', None,
     'SEMARANG - Polres Kendal meraih peringkat pertama dalam Operasi Ketupat Candi 2025 di jajaran Polda Jawa '
     'Tengah. Peringkat kedua dan ketiga masing-masing ditempati Polres Batang dan Polres Pemalang. Piagam '
     'diserahkan Kapolda Jateng Irjen Pol Ribut Santoso di Mapolda, Kamis (17/4/2025).',
     '2025-04-17', 'received', [
      (['Polres Kendal'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-04-17', 1,
       'peringkat pertama Operasi Ketupat Candi 2025'),
      (['Polres Batang'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-04-17', 2,
       'peringkat kedua Operasi Ketupat Candi 2025'),
      (['Polres Pemalang'], None, 'kapolda', 'Kapolda Jawa Tengah', 2025, '2025-04-17', 3,
       'peringkat ketiga Operasi Ketupat Candi 2025'),
     ]),
    ('detik style: Satlantas receives from a Jasa Raharja branch, Kasat takes', 'Satlantas Polres Garut Diganjar Penghargaan Jasa Raharja',
     'Garut - Satlantas Polres Garut mendapat penghargaan dari PT Jasa Raharja Cabang Jawa Barat. Penghargaan '
     'itu diberikan atas sinergi dalam percepatan santunan korban kecelakaan. "Alhamdulillah, ini berkat kerja '
     'tim," kata Kasat Lantas Polres Garut AKP Yogi Permana usai menerima penghargaan di Bandung, Kamis '
     '(30/1/2025).',
     '2025-01-30', 'received', [
      (['Satlantas Polres Garut'], 'Yogi Permana', 'other', 'PT Jasa Raharja Cabang Jawa Barat', None, '2025-01-30',
       None, 'penghargaan atas sinergi dalam percepatan santunan korban kecelakaan'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", MIXED_REGIONAL_STORIES, ids=[r[0] for r in MIXED_REGIONAL_STORIES]
)
def test_mixed_regional_stories(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for units, officer, kind, giver, year, event_day, placement, name in awards if got is not None else []:
        award = award_for(got, units, placement)
        check_fields(award, officer, kind, giver, year, event_day)
        assert shares_words(name, award["title"]), award["title"]


# Places said first, then "masing-masing" and the units that took them in their turn.
PLACES_THEN_UNITS = [
    # construction, text, (recipient, placement) of each place
    ('peringkat kedua dan ketiga masing-masing ditempati',
     'Polres Pacitan meraih peringkat pertama penilaian kinerja Bhabinkamtibmas tahun 2024. Peringkat kedua dan '
     'ketiga masing-masing ditempati Polres Ponorogo dan Polres Magetan.',
     [('Polres Pacitan', 1), ('Polres Ponorogo', 2), ('Polres Magetan', 3)]),
    ('juara II dan III masing-masing diraih oleh, a tail naming the Polda',
     'Juara I lomba pos pelayanan terpadu diraih Polres Ende. Juara II dan III masing-masing diraih oleh Polres '
     'Sikka dan Polres Ngada dalam lomba yang digelar Polda NTT.',
     [('Polres Ende', 1), ('Polres Sikka', 2), ('Polres Ngada', 3)]),
    ('sedangkan, three places with commas, jatuh kepada',
     'Polsek Tampan menjadi juara pertama. Sedangkan juara kedua, ketiga dan keempat masing-masing jatuh kepada '
     'Polsek Rumbai, Polsek Senapelan dan Polsek Bukit Raya.',
     [('Polsek Tampan', 1), ('Polsek Rumbai', 2), ('Polsek Senapelan', 3), ('Polsek Bukit Raya', 4)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, places", PLACES_THEN_UNITS, ids=[r[0] for r in PLACES_THEN_UNITS])
def test_places_said_before_the_units_that_took_them(construction, text, places):
    got = {canonical_unit_name(u): a["placement"] for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u): place for u, place in places}


# An officer of the unit said to speak or act just after receiving ("kata Kasat X AKP Y usai menerima penghargaan"):
# he took it; one whose post names another unit did not.
SPOKE_AFTER_RECEIVING = [
    # construction, text, officer
    ('kata, then the officer and usai menerima',
     'Satreskrim Polres Cianjur mendapat penghargaan dari Bupati Cianjur atas pengungkapan kasus pembunuhan. '
     '"Ini hasil kerja keras tim," kata Kasat Reskrim Polres Cianjur AKP Tono Sudarso usai menerima penghargaan.',
     'Tono Sudarso'),
    ('the officer seusai menerima, then mengatakan',
     'Polsek Cibinong meraih piagam dari Camat Cibinong atas penanganan banjir. Kapolsek Cibinong Kompol Danu Saputra '
     'seusai menerima piagam mengatakan penghargaan itu milik seluruh anggota.',
     'Danu Saputra'),
    ('ujar, setelah menerima, the post without its unit',
     'Polres Sumenep menerima penghargaan dari PT Pelindo atas pengamanan pelabuhan. "Terima kasih," ujar '
     'Wakapolres AKBP Rudi Hartono setelah menerima trofi.',
     'Rudi Hartono'),
    ("a chief of another unit who received something else is not the award's",
     'Polsek Tegalrejo meraih penghargaan dari Wali Kota Magelang. "Selamat," ujar Kapolres Magelang AKBP Budi '
     'Santoso usai menerima kunjungan Wali Kota.',
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, officer", SPOKE_AFTER_RECEIVING, ids=[r[0] for r in SPOKE_AFTER_RECEIVING]
)
def test_an_officer_who_speaks_after_receiving_took_it(construction, text, officer):
    (award,) = extract_awards(None, text)
    assert award["officer"] == officer


def test_an_officer_who_received_a_visit_took_no_award():
    text = (
        'Polsek Tegalrejo meraih penghargaan dari Wali Kota Magelang. "Selamat," ujar Kapolsek Tegalrejo AKP Joko '
        "Lelono usai menerima kunjungan warga."
    )
    (award,) = extract_awards(None, text)
    assert award["officer"] is None


# A category said bare beside the award night the story names once: the night's name, year and fuller giver are its.
BARE_CATEGORIES_OF_ONE_NIGHT = [
    # construction, text, (recipient, year, giver, title words) of each award
    ('the night named with the first winner, a later one menang di kategori',
     'Polda Bali meraih kategori Humas Terbaik dalam Anugerah Media PWI Bali 2024 di Denpasar. Polresta Denpasar '
     'menang di kategori Konten Kreatif.',
     [('Polda Bali', 2024, 'PWI Bali', 'Anugerah Media PWI Bali 2024 kategori Humas Terbaik'),
      ('Polresta Denpasar', 2024, 'PWI Bali', 'Anugerah Media PWI Bali 2024 kategori Konten Kreatif')]),
    ('a later winner menjadi yang terbaik di kategori',
     'Polres Gianyar menyabet penghargaan Bali Public Relations Award 2025 dari Perhumas Bali. Sementara itu, Polres '
     'Badung menjadi yang terbaik di kategori Inovasi Pelayanan.',
     [('Polres Gianyar', 2025, 'Perhumas Bali', 'Bali Public Relations Award 2025'),
      ('Polres Badung', 2025, 'Perhumas Bali', 'Bali Public Relations Award 2025 kategori Inovasi Pelayanan')]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, awards", BARE_CATEGORIES_OF_ONE_NIGHT, ids=[r[0] for r in BARE_CATEGORIES_OF_ONE_NIGHT]
)
def test_bare_categories_take_the_nights_name(construction, text, awards):
    got = {canonical_unit_name(u): a for a in extract_awards(None, text) for u in a["recipients"]}
    assert set(got) == {canonical_unit_name(u) for u, *_ in awards}
    for unit, year, giver, title in awards:
        award = got[canonical_unit_name(unit)]
        assert award["year"] == year
        assert shares_words(giver, award["giver"]), award["giver"]
        assert shares_words(title, award["title"]), award["title"]


# A promotion out of turn said with "naik pangkat" and the KPLB in the same clause is received; a routine "naik
# pangkat" is none.
PROMOTED_OUT_OF_TURN = [
    # construction, text, role
    ('naik pangkat menjadi ... melalui KPLB',
     'Briptu Dani Saputra, anggota Satreskrim Polres Pekalongan, naik pangkat menjadi Brigadir melalui KPLB dari '
     'Kapolri.',
     'received'),
    ('naik pangkat lewat kenaikan pangkat luar biasa, the handover in the next sentence',
     'Dua anggota Polsek Wiradesa naik pangkat lewat kenaikan pangkat luar biasa. Penghargaan diserahkan Kapolda '
     'Jawa Tengah di Semarang.',
     'received'),
    ('a routine naik pangkat beside a penghargaan in words',
     'Sebanyak 85 personel Polres Batang naik pangkat setingkat lebih tinggi. Kapolres berharap kenaikan pangkat itu '
     'menjadi penghargaan atas kerja keras.',
     'none'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, role", PROMOTED_OUT_OF_TURN, ids=[r[0] for r in PROMOTED_OUT_OF_TURN])
def test_a_promotion_out_of_turn_said_with_naik_pangkat(construction, text, role):
    assert classify_award_role(None, text).award_role == role
