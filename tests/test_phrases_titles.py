"""Phrase tables of an award's title: its name as written, what it is for, the placing and class it was won in."""

import pytest

from pipelines.award_title_choice import best_title
from pipelines.award_title_words import is_generic_title, names_award
from pipelines.award_titles import title_of
from pipelines.classify import classify_award_role
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words

# -- the award's title --------------------------------------------------------------------------------


def test_an_acronym_in_a_title_is_spelled_out_as_the_story_does_and_quotes_are_dropped():
    (award,) = extract_awards(
        "Polres Gresik Raih Penghargaan WBBM 'Istimewa'",
        "Polres Gresik meraih penghargaan dari Kementerian PAN-RB. Predikat itu, Wilayah Birokrasi Bersih dan "
        "Melayani (WBBM), diserahkan di Jakarta.",
    )
    assert award["title"] == "Penghargaan Wilayah Birokrasi Bersih dan Melayani (WBBM) Istimewa"


def test_a_single_award_takes_what_it_is_for_from_a_sentence_that_names_no_unit():
    (award,) = extract_awards(
        None,
        "Kapolda Sumsel memberikan penghargaan kepada Polres Lahat. Penghargaan berlangsung di Mapolda. "
        "Penghargaan diberikan atas pengungkapan kasus pembunuhan yang menonjol.",
    )
    assert award["title"] == "Penghargaan Kapolda Sumatera Selatan atas pengungkapan kasus pembunuhan yang menonjol"


TITLES = [
    ("predikat", "Polres Bantul meraih predikat kepatuhan standar pelayanan publik tahun 2024 dari Ombudsman.",
     "predikat kepatuhan standar pelayanan publik tahun 2024"),
    ("'sebagai bentuk penghargaan' is no award's name", "Sebagai bentuk penghargaan pula, Bupati Sleman memberikan "
     "piagam kepada Polres Sleman atas pengungkapan kasus begal.", "piagam atas pengungkapan kasus begal"),
    ("a reason inside a relative clause, before its receiving verb", "Kapolda bangga pada anggota Satresnarkoba yang "
     "atas keberhasilan menyita 50 kilogram ganja mendapat piagam penghargaan dari Wali Kota Medan.",
     "piagam penghargaan atas keberhasilan menyita 50 kilogram ganja"),
    ("an award as the subject of 'jadi'", "Menurut Kapolres, penghargaan jadi pemacu semangat anggota.",
     "penghargaan"),
    ("a routine promotions ceremony is no award, the award beside it is", "Penyerahan piagam itu bersamaan dengan "
     "upacara kenaikan pangkat dan penghargaan bagi anggota berprestasi di Mapolres Blora.",
     "penghargaan bagi anggota berprestasi"),
    ("personnel who undergo a routine promotion get no award", "Sebanyak 20 anggota mengalami kenaikan pangkat.", None),
    ("the class an award names its winner in", "Polsek Tasifeto Barat meraih penghargaan Kompolnas Awards 2024 "
     "sebagai Polsek Tipe B terbaik se-Indonesia.", "penghargaan Kompolnas Awards 2024 sebagai Polsek Tipe B terbaik "
     "se-Indonesia"),
    ("bagi ends a title", "Program itu berbuah Penghargaan Kompolnas 2024 bagi Polsek Kembangan.",
     "Penghargaan Kompolnas 2024"),
    ("the zona integritas predikat by its acronym alone", "Polres Bantul meraih WBK dari KemenPAN-RB.", "WBK"),
    ("the zona integritas predikat by its name alone", "Sebelas polres lain meraih Wilayah Bebas dari Korupsi (WBK).",
     "Wilayah Bebas dari Korupsi (WBK)"),
    ("what a bare penghargaan is for", "Kapolres memberikan penghargaan atas pengungkapan kasus curanmor kepada Polsek Depok.",
     "penghargaan atas pengungkapan kasus curanmor"),
    ("a name with dari inside it", "Polres Sintang meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB.",
     "predikat Wilayah Bebas dari Korupsi (WBK)"),
    ("an ordinal award takes what it is for", "Penghargaan pertama dari Bupati Sragen atas dukungan program vaksinasi.",
     "Penghargaan pertama atas dukungan program vaksinasi"),
    ("named Award", "Polsek Ngaglik meraih Kompolnas Awards 2023 kategori Polsek terbaik.",
     "Kompolnas Awards 2023 kategori Polsek terbaik"),
    ("a hope the award is the subject of says nothing of what it is for", "Ia berharap penghargaan dari Kapolres "
     "Sleman mendorong anggota untuk bekerja lebih giat.", "penghargaan"),
    ("a second clause's sebagai is the receiver's role", "Penghargaan itu diserahkan oleh Ketua Lemkapi dan diterima "
     "Wakapolda Bali sebagai penanggung jawab program.", "Penghargaan"),
    ("a reason after the units that receive", "Bupati Gowa memberikan penghargaan kepada Satreskrim dan Satresnarkoba "
     "Polres Gowa atas pengungkapan kasus narkoba.", "penghargaan atas pengungkapan kasus narkoba"),
    ("the award's citation in quotes", 'Bidpropam Polda Riau meraih penghargaan Terbaik II "Atas Dedikasi dalam '
     'Penegakan Disiplin" dari Divpropam Polri.', "penghargaan Terbaik II Atas Dedikasi dalam Penegakan Disiplin"),
    ("untuk and a class of winners", "Penghargaan untuk Satker dengan pelayanan terbaik diberikan kepada Polsek "
     "Depok.", "Penghargaan untuk Satker dengan pelayanan terbaik"),
    ("untuk and a unit: whom it is for", "Penghargaan untuk Polsek Depok diserahkan Kapolres.", "Penghargaan"),
    ("a named Award with its category after pada", "Polres Blitar meraih Jatim Awards 2023 pada kategori Pelayanan "
     "Publik Terbaik.", "Jatim Awards 2023 pada kategori Pelayanan Publik Terbaik"),
    ("congratulations on an award name the award", "Rektor memberi apresiasi atas penghargaan Jateng Awards 2023 "
     "yang diraih Polda Jawa Tengah.", "penghargaan Jateng Awards 2023"),
    ("a placing with its category after untuk", "Polda Bali meraih peringkat kedua pengelolaan anggaran terbaik "
     "untuk kategori pagu sedang.", "peringkat kedua pengelolaan anggaran terbaik untuk kategori pagu sedang"),
    ("a reason clause with its own subject", "BPJS Ketenagakerjaan memberikan penghargaan kepada Polres Kendari karena "
     "satuan itu aktif mendorong kepesertaan pekerja.", "penghargaan karena satuan itu aktif mendorong kepesertaan pekerja"),
    ("a reason clause with pada before a common noun", "Polsek Ubud mendapat penghargaan karena dinilai patuh pada "
     "standar layanan publik.", "penghargaan karena dinilai patuh pada standar layanan publik"),
    ("why the deputy received it is no reason for the award", "Penghargaan itu diterima oleh Wakapolres Badung karena "
     "Kapolres sedang bertugas di Jakarta.", "Penghargaan"),
    ("the class of winners after kepada", "Kapolres Sleman memberikan penghargaan kepada 20 personel berprestasi di "
     "halaman Mapolres.", "penghargaan kepada personel berprestasi"),
    ("winners by what they did", "Kapolres menyerahkan penghargaan kepada 9 anggota yang berhasil membekuk komplotan "
     "curanmor.", "penghargaan kepada anggota yang berhasil membekuk komplotan curanmor"),
    ("winners of a named unit by what befell them", "Kapolda Bali memberikan penghargaan kepada 5 anggota Polres "
     "Badung yang menjadi korban amukan massa di Kuta.",
     "penghargaan kepada anggota Polres Badung yang menjadi korban amukan massa"),
    ("winners of two kinds by their merit", "Kapolda memberikan penghargaan kepada 30 anggota Polri dan 2 PNS yang "
     "berprestasi di apel pagi.", "penghargaan kepada anggota Polri dan 2 PNS yang berprestasi"),
    ("a reason between the winners and their merit is the award's own", "Kapolres memberikan penghargaan kepada "
     "anggota Polsek Depok atas pengungkapan kasus yang meresahkan warga.",
     "penghargaan atas pengungkapan kasus yang meresahkan warga"),
    ("a list of receivers opened by antara lain is no name", "Penerima penghargaan antara lain Kompol Rahmat "
     "Hidayat, Iptu Sarman dan dua bintara.", "penghargaan"),
    ("a list of receivers opened by di antaranya is no name", "Peraih piagam penghargaan di antaranya Aiptu Joko "
     "Santoso dan Bripka Wayan Arta.", "piagam penghargaan"),
    ("winners by a deed said with its verb alone", "Kapolsek memberikan penghargaan kepada warga yang menolong "
     "korban kecelakaan.", "penghargaan kepada warga yang menolong korban kecelakaan"),
    ("a working meeting ends a title, however it is called", "Polres Bantul meraih penghargaan pelayanan terbaik "
     "dalam Rakor Lalu Lintas 2024.", "penghargaan pelayanan terbaik"),
    ("winners by rank of merit in a region", "Dandim dan Kapolres memberikan penghargaan kepada Bhabinkamtibmas "
     "terbaik se-Kabupaten Bantul.", "penghargaan kepada Bhabinkamtibmas terbaik se-Kabupaten Bantul"),
    # ... though what it did is what the award is for ("kepada Polres X yang berhasil ...": its success)
    ("a named unit after kepada is whom, not which award", "Kapolda memberikan penghargaan kepada Polres Sleman "
     "yang berhasil menekan angka kecelakaan.", "penghargaan atas keberhasilan menekan angka kecelakaan"),
    ("a bare award at a named awarding", "Polres Bantul meraih penghargaan pada Penganugerahan Zona Integritas tahun "
     "2022 dari KemenPAN-RB.", "penghargaan pada Penganugerahan Zona Integritas tahun 2022"),
    ("a headline's capital Dari ends the title", "Polres Kendal Terima Penghargaan Dari Komnas PA",
     "Penghargaan"),
    ("a cup the contest is named for is no award", "Polda Riau memberikan piagam kepada Bripda Andi, pencetak gol "
     "di ajang Piala Asia U-23.", "piagam"),
    ("a records museum is the giver, not a record", "Polres Kendal menerima piagam dari Museum Rekor Dunia Indonesia "
     "(MURI).", "piagam"),
    ("reward is an award word, named by its winners", "Kapolres memberikan reward kepada personel teladan di apel "
     "pagi.", "reward kepada personel teladan"),
    ("a title conferred without an award word", "Satlantas Polres Bantul dinobatkan sebagai satuan pelayanan "
     "terbaik tingkat Polda DIY.", "satuan pelayanan terbaik tingkat Polda DIY"),
    ("the means of a placing ends it", "Polda Riau meraih peringkat 1 melalui satker Biro Logistik.", "peringkat 1"),
    ("a decoration's term of service is its class", "Ratusan personel Polres Bone menerima Satyalancana Pengabdian "
     "untuk masa dinas 8 dan 16 tahun di lapangan apel.", "Satyalancana Pengabdian masa dinas 8 dan 16 tahun"),
    ("its winners said before a later reason", "Penghargaan bagi personel teladan diberikan karena mereka bekerja "
     "melampaui tugas.", "Penghargaan bagi personel teladan"),
    ("what an award should lead to is no reason for it", "Kapolres berharap penghargaan itu menjadi pemacu untuk "
     "lebih giat melayani warga.", "penghargaan"),
    ("a promotion runs on to the rank it raises to", "Kanit Reskrim Polsek Bone mendapat kenaikan pangkat luar biasa "
     "menjadi AKP dari Kapolri.", "kenaikan pangkat luar biasa menjadi AKP"),
    ("a named award before a bare one's reason in one sentence", "Penghargaan itu datang karena Polres Bone meraih "
     "predikat kepatuhan layanan publik tahun 2023.", "predikat kepatuhan layanan publik tahun 2023"),
    ("thanks given is no award name", "Sebagai apresiasi atas capaian itu, Ombudsman menyerahkan piagam predikat "
     "kepatuhan tinggi kepada Polres Bone.", "piagam predikat kepatuhan tinggi"),
    ("an adverb of the giving is no part of the award", "Piagam penghargaan juga diberikan kepada Kapolres Sikka "
     "sebagai penggagas lomba, di Mapolres.", "Piagam penghargaan sebagai penggagas lomba"),
    ("a list of reasons runs past its commas", "Kapolres memberikan penghargaan atas kesigapan, ketelitian, dan "
     "keberanian anggota di lapangan.", "penghargaan atas kesigapan, ketelitian, dan keberanian anggota"),
    ("a comma before dan and a verb starts a clause of its own", "Kapolres memberi penghargaan atas pengungkapan kasus "
     "begal, dan berharap anggota lain meniru.", "penghargaan atas pengungkapan kasus begal"),
    ("thanks named as what the award is gives way to what it thanks for", "Piagam penghargaan diberikan sebagai "
     "bentuk apresiasi atas kerja keras anggota.", "Piagam penghargaan atas kerja keras anggota"),
    ("a rank alone names no award beside a reason", "Penghargaan itu diberikan atas kepatuhan layanan publik 2023, "
     "dengan Polres Bone di peringkat kedua.", "Penghargaan atas kepatuhan layanan publik 2023"),
    ("a name said to be a predikat, what follows describes it", "Zona biru merupakan predikat terbaik dalam "
     "penilaian mutu layanan dari Ombudsman.", "predikat Zona biru, predikat terbaik dalam penilaian mutu layanan"),
    ("a name said to be a gelar, a bare description", "Warga Kehormatan Dayak adalah gelar adat yang diberikan "
     "kepada tokoh berjasa.", "gelar Warga Kehormatan Dayak"),
    ("a name the award word's own phrase already holds", "Opini Kualitas Tertinggi adalah predikat yang diberikan "
     "kepada unit layanan terbaik.", "Opini Kualitas Tertinggi"),
    ("a demonstrative subject names no award", "Hal itu merupakan penghargaan atas kerja keras anggota.",
     "penghargaan atas kerja keras anggota"),
    ("a customary title and its name in quotes", 'Tetua adat menyematkan gelar adat Bugis "Tau Matoa Ri Bone" '
     "kepada Kapolres Bone.", "gelar adat Bugis Tau Matoa Ri Bone"),
    ("an honorary title and its name", "Kapolda Riau menerima gelar kehormatan Datuk Setia Amanah dari Lembaga "
     "Adat Melayu.", "gelar kehormatan Datuk Setia Amanah"),
    ("a case review is no title", "Satreskrim Polres Sleman menggelar gelar perkara kasus penganiayaan.", None),
    ("an award's name that dan joins", "Polda Jatim meraih penghargaan dalam Kementerian dan Lembaga Award 2023 "
     "yang digelar stasiun televisi swasta.", "Kementerian dan Lembaga Award 2023"),
    ("a plakat and what it is for", "Pemimpin bank daerah menyerahkan plakat penghargaan atas pengungkapan "
     "pembobolan ATM kepada Polres Bima.", "plakat penghargaan atas pengungkapan pembobolan ATM"),
    ("a passive verb of doing ends the title", "Pemberian plakat dilakukan di sela rapat koordinasi.", "plakat"),
    # where a reason's clause ends: the deed goes on past "oleh" before a common noun, "saat"/"ketika" before a
    # verb and a comma before what it includes; the giver after "oleh", a time after "saat" end it
    ("the doer of the crime a reason names", "Bupati memberikan penghargaan atas pengungkapan kasus penipuan oleh "
     "oknum pegawai bank kepada Satreskrim Polres Pati.",
     "penghargaan atas pengungkapan kasus penipuan oleh oknum pegawai bank"),
    ("oleh and a name is the giving's", "Polres Pati diganjar penghargaan atas pengungkapan kasus penipuan oleh "
     "Bupati Pati.", "penghargaan atas pengungkapan kasus penipuan"),
    ("what was done when the deed was done", "Kapolres memberi penghargaan atas keberanian Bripka Dodi ketika "
     "menyelamatkan pendaki yang tersesat.", "penghargaan atas keberanian Bripka Dodi ketika menyelamatkan pendaki"),
    ("saat and a verb goes on the deed", "Piagam diberikan atas ketenangan anggota saat menghadapi massa di alun-alun.",
     "Piagam atas ketenangan anggota saat menghadapi massa"),
    ("saat and an occasion ends it", "Kapolres memberi penghargaan atas kesigapan anggota saat upacara HUT Bhayangkara.",
     "penghargaan atas kesigapan anggota"),
    ("what a reason includes, after its comma", "Kapolda menerima penghargaan atas pengungkapan sejumlah kasus besar, "
     "termasuk penyelundupan kayu ilegal ke Malaysia.",
     "penghargaan atas pengungkapan sejumlah kasus besar, termasuk penyelundupan kayu ilegal ke Malaysia"),
    ("what a reason includes, said khususnya", "Wali kota memberi penghargaan atas kinerja Polres Bima, khususnya "
     "pengamanan mudik Lebaran.", "penghargaan atas kinerja Polres Bima, khususnya pengamanan mudik Lebaran"),
    ("a comma before another clause still ends it", "Gubernur memberi penghargaan atas pengamanan pemilu, kemudian "
     "meninjau pos pantau.", "penghargaan atas pengamanan pemilu"),
    # "di" after a superlative says where the best is; after any other word, where the award was handed over
    ("where the best is, after a superlative", "Polres Ende menerima piagam sebagai satuan dengan laporan "
     "terbanyak di wilayah Polda NTT.", "piagam sebagai satuan dengan laporan terbanyak di wilayah Polda NTT"),
    ("the highest in a province, after a reason", "Polres Kupang meraih penghargaan atas nilai layanan tertinggi di "
     "provinsi itu.", "penghargaan atas nilai layanan tertinggi di provinsi itu"),
    ("di after any other word is where it was handed over", "Polres Ende menerima piagam atas pengamanan pemilu di "
     "aula kantor bupati.", "piagam atas pengamanan pemilu"),
    # praise of the award is no verb between it and its reason
    ("a prestigious award and its giver before the reason", "Kapolres Bima menerima penghargaan bergengsi dari "
     "Kementerian Perhubungan atas penurunan angka kecelakaan.",
     "penghargaan bergengsi atas penurunan angka kecelakaan"),
    ("a prestisius award before its reason", "Polres Sumba Barat menerima penghargaan prestisius dari Bupati atas "
     "pengamanan festival Pasola.", "penghargaan prestisius atas pengamanan festival Pasola"),
    ("a verb after the award still says another thing", "Penghargaan dari Bupati membanggakan anggota atas kerja "
     "keras mereka.", "Penghargaan"),
    # a named award and the awarding or contest it was won at, said right after it
    ("a quoted predikat and the awarding it was won in", 'Polres Alor meraih predikat "Cukup Informatif" dalam ajang '
     "Penganugerahan Keterbukaan Informasi Badan Publik 2024 di Kupang.",
     "predikat Cukup Informatif dalam Penganugerahan Keterbukaan Informasi Badan Publik 2024"),
    ("a named juara and the contest", "Polsek Kota Baru meraih juara 2 video pendek pada Lomba Kampung Tertib 2022 "
     "tingkat provinsi.", "juara 2 video pendek pada Lomba Kampung Tertib 2022 tingkat provinsi"),
    ("a name and an ordinary occasion after it", 'Polres Alor meraih predikat "Cukup Informatif" pada acara '
     "syukuran di Kupang.", "predikat Cukup Informatif"),
    # two award words for one award name none; what it is for is said after them
    ("thanks and an award joined by dan", "Apresiasi dan penghargaan diberikan atas keberanian anggota Polsek Wera "
     "memadamkan kebakaran pasar.", "penghargaan atas keberanian anggota Polsek Wera memadamkan kebakaran pasar"),
    ("an award word glossed in brackets", "Bupati memberikan reward (penghargaan) kepada personel teladan di aula.",
     "reward (penghargaan) kepada personel teladan"),
    ("a form that names nothing, then what it is for", "Camat menyerahkan penghargaan berupa piagam kepada "
     "Polsek Sape atas pengamanan pasar malam.", "penghargaan berupa piagam atas pengamanan pasar malam"),
    ("langsung between the award and its giving", "Penghargaan langsung diserahkan Kapolres kepada Polsek Sape.",
     "Penghargaan"),
    ("thanks the giving is meant as is no award", "Sebagai bentuk apresiasi kepada relawan karena membantu "
     "pencarian, Basarnas menyerahkan piagam penghargaan.", "piagam penghargaan"),
    ("a reason said before the subject", "MATARAM - Atas kesigapannya menangkap pencuri ternak, Polsek Praya "
     "menerima penghargaan dari Bupati.", "penghargaan atas kesigapannya menangkap pencuri ternak"),
    ("a fronted reason after thanks", "Sebagai bentuk penghormatan atas jasa mengawal arus balik, Kapolres "
     "menyerahkan penghargaan kepada 12 warga.", "penghargaan atas jasa mengawal arus balik"),
    ("the matter an award concerns, set before the subject, is what it is for", "Berkaitan dengan pengungkapan "
     "kasus perdagangan orang, Kapolres Blitar mendapat penghargaan dari Gubernur Jawa Timur.",
     "penghargaan atas pengungkapan kasus perdagangan orang"),
    ("'terkait' after a dateline", "MADIUN – Terkait penangkapan pelaku pembalakan liar, Polres Madiun menerima "
     "piagam dari Perhutani.", "piagam atas penangkapan pelaku pembalakan liar"),
    ("'sehubungan dengan' before a passive award verb", "Sehubungan dengan pengamanan Pilkada serentak, Polres Ngawi "
     "diganjar penghargaan oleh Bupati Ngawi.", "penghargaan atas pengamanan Pilkada serentak"),
    ("a matter that only points back names nothing", "Terkait hal tersebut, Polres Ngawi menerima piagam dari "
     "Bupati.", "piagam"),
    ("a fronted reason that only points back names nothing", "Atas keberhasilan tersebut, Bupati memberikan "
     "penghargaan kepada Polres Dompu.", "penghargaan"),
    ("a bare award at an awarding night", "Polres Dompu meraih penghargaan pada malam Penganugerahan Pelayanan Publik "
     "2023 di Mataram.", "penghargaan pada Penganugerahan Pelayanan Publik 2023"),
    ("a placing given as what the winner is, further on, stays in the award's phrase", "Ketua yayasan memberikan "
     "penghargaan atas prestasi Polres Sabu sebagai satuan berprestasi peringkat dua nasional layanan SIM tahun 2022 "
     "di Kupang.", "penghargaan atas prestasi Polres Sabu sebagai satuan berprestasi peringkat dua nasional layanan "
     "SIM tahun 2022"),
    ("a named award and the deed right after it", "Satlantas Polres Sikka meraih penghargaan kategori Satuan "
     "Teladan karena berhasil menekan angka kecelakaan di jalur mudik.",
     "penghargaan kategori Satuan Teladan karena berhasil menekan angka kecelakaan"),
    ("tanda penghargaan is one award word", "Wakapolda menyerahkan tanda penghargaan atas keberanian menangkap "
     "komplotan begal kepada Polres Dompu.", "tanda penghargaan atas keberanian menangkap komplotan begal"),
    ("setelah and a success says what it is for", "Polres Lembata diganjar penghargaan setelah berhasil "
     "menggagalkan penyelundupan kayu di Lewoleba.",
     "penghargaan setelah berhasil menggagalkan penyelundupan kayu di Lewoleba"),
    ("setelah and an occasion says when", "Polres Lembata menerima penghargaan setelah upacara HUT Bhayangkara di "
     "lapangan.", "penghargaan"),
    ("a short name in brackets glosses the long one", "Kapolres menerima penghargaan pada malam Penganugerahan "
     "Sahabat Anak dan Polisi Peduli (Police Award) Tahun 2023.",
     "penghargaan pada Penganugerahan Sahabat Anak dan Polisi Peduli (Police Award) Tahun 2023"),
    ("a second verb of the receiver ends the title", "Satreskrim Polres Dompu mendapat apresiasi dan menerima "
     "piagam penghargaan atas pengungkapan kasus pembalakan liar.",
     "piagam penghargaan atas pengungkapan kasus pembalakan liar"),
    ("the region where the deed was done stays in the reason", "Satreskrim Polres Alor menerima piagam penghargaan "
     "atas pembongkaran sindikat curanmor di Kabupaten Alor dan Kota Kalabahi, Selasa.",
     "piagam penghargaan atas pembongkaran sindikat curanmor di Kabupaten Alor dan Kota Kalabahi"),
    ("a region word before the place's name", "Ditpolairud menerima penghargaan karena berhasil menangkap "
     "penyelundup benih lobster di perairan Pulau Rote.",
     "penghargaan karena berhasil menangkap penyelundup benih lobster di perairan Pulau Rote"),
    ("a minor, di bawah umur, is no place", "Unit PPA menerima penghargaan atas penanganan kasus pencabulan anak di "
     "bawah umur dari lembaga perlindungan anak.", "penghargaan atas penanganan kasus pencabulan anak di bawah umur"),
    ("a building after di is where it was handed over", "Satnarkoba menerima penghargaan atas pengungkapan ganja "
     "kering di Aula Polda NTT.", "penghargaan atas pengungkapan ganja kering"),
    ("a named award, the verb that gives it, then what it is for", "Menurut ketua panitia, penghargaan Bhayangkara "
     "Muda Award itu diberikan sebagai bentuk apresiasi atas keberhasilan Polres Sumba membongkar jaringan curanmor.",
     "penghargaan Bhayangkara Muda Award atas keberhasilan Polres Sumba membongkar jaringan curanmor"),
    ("a named predikat won berkat something", "Predikat Zona Hijau tersebut diraih berkat kepatuhan Polres Flores "
     "Timur terhadap standar pelayanan publik.",
     "Predikat Zona Hijau berkat kepatuhan Polres Flores Timur terhadap standar pelayanan publik"),
    ("berkat right after a named award", "Polres Rote meraih predikat Informatif berkat keterbukaan informasi "
     "layanan SKCK.", "predikat Informatif berkat keterbukaan informasi layanan SKCK"),
    ("an award that only says its body keeps no reason after its giving verb", "Penghargaan Yayasan Peduli "
     "Lingkungan diberikan atas kinerja Satreskrim menjaga hutan mangrove.", "Penghargaan Yayasan Peduli Lingkungan"),
    ("a named award, whom it went to, then its deed", "Yayasan Lentera memberikan penghargaan Lentera Award kepada "
     "Kasat Lantas Polres Ngada AKP Yohanes Bata atas inovasi SIM keliling.",
     "penghargaan Lentera Award atas inovasi SIM keliling"),
    ("what form it took, whom it went to, then its deed", "Kapolda NTT menyerahkan penghargaan berupa sebuah mobil "
     "patroli kepada Polsek Wolowaru karena berhasil menangkap komplotan pencuri ternak.",
     "penghargaan berupa sebuah mobil patroli karena berhasil menangkap komplotan pencuri ternak"),
    ("a clause about the receivers keeps the deed apart", "Yayasan Lentera memberikan penghargaan Lentera Award kepada "
     "Polres Ngada yang selama ini aktif membina pelajar atas inovasi SIM keliling.", "penghargaan Lentera Award"),
    ("a decoration past its receivers keeps its formal name", "Presiden menganugerahkan Satyalancana Dharma Nusa "
     "kepada Kompol Yusuf atas tugas di daerah konflik.", "Satyalancana Dharma Nusa"),
    ("a verb that reports what the award shows ends it", "Polres Nagekeo yang meraih predikat terbaik kedua "
     "membuktikan bahwa kerja keras anggota tidak sia-sia.", "predikat terbaik kedua"),
    ("dan before a pronoun starts a clause of its own", "Bupati memberikan penghargaan kepada Polres Nagekeo karena "
     "banjir bandang itu sudah menjadi urusan bersama dan kami semua wajib membantu korban.",
     "penghargaan karena banjir bandang itu sudah menjadi urusan bersama"),
    ("sedangkan starts another clause", "Kapolres memberikan penghargaan atas kesigapan anggota sedangkan warga "
     "pelapor menerima bingkisan.", "penghargaan atas kesigapan anggota"),
    ("tetapi ends a named award", "Polres Ende menerima piagam Lentera Award tetapi belum puas dengan layanan SKCK.",
     "piagam Lentera Award"),
    ("tadi points back like itu", "\"Yang kami berikan penghargaan tadi adalah anggota yang menangkap pencuri sapi,\" "
     "kata Kapolres Nagekeo.", "penghargaan"),
    ("the final of a cup is a match, not a trophy", "Bripda Yohan yang mencetak gol di final Piala Presiden menerima "
     "piagam penghargaan dari Kapolda NTT.", "piagam penghargaan"),
    ("yang before how good the deed was goes on", "Kompolnas memberikan apresiasi kepada Polres Lembata atas kinerja "
     "yang cepat dalam menangani kasus pembakaran lahan.",
     "apresiasi atas kinerja yang cepat dalam menangani kasus pembakaran lahan"),
    ("yang before a quality, a second example", "Polres Lembata menerima penghargaan atas kerja sama yang solid dengan "
     "nelayan setempat.", "penghargaan atas kerja sama yang solid dengan nelayan setempat"),
    ("yang before a giving verb ends the reason", "Polres Lembata menerima penghargaan atas kinerja yang diserahkan "
     "Bupati di aula kantor bupati.", "penghargaan atas kinerja"),
    ("yang before an auxiliary ends the reason", "Polres Lembata menerima penghargaan atas pengungkapan kasus yang "
     "telah lama meresahkan warga.", "penghargaan atas pengungkapan kasus"),
    ("a reason cut at its length does not end on a joining word", "Polres Rote menerima penghargaan atas keberhasilan "
     "menggagalkan penyelundupan ratusan ekor burung kakatua jambul kuning asal Pulau Rote tujuan ke Surabaya.",
     "penghargaan atas keberhasilan menggagalkan penyelundupan ratusan ekor burung kakatua jambul kuning asal Pulau "
     "Rote tujuan"),
    ("a named award, what it is meant as, then its deed", "Polres Alor menerima trofi Bhayangkara Award sebagai "
     "bentuk apresiasi atas pengungkapan kasus curanmor.", "trofi Bhayangkara Award atas pengungkapan kasus curanmor"),
    ("a lower-case word after di ends the reason too", "Bhabinkamtibmas menerima penghargaan atas kinerja menjaga "
     "keamanan di wilayah masing-masing.", "penghargaan atas kinerja menjaga keamanan"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, title", TITLES, ids=[row[0] for row in TITLES])
def test_titles(construction, sentence, title):
    assert title_of(sentence) == title


# What was won and the awards event, named for itself, it was won at.
OCCASIONS = [
    ("a predikat announced at an awards event named first", "Polres Wajo mengikuti pengumuman Zona Integritas Award "
     "2024 secara daring, saat Polres Wajo diumumkan meraih predikat Wilayah Bebas dari Korupsi (WBK) dari "
     "KemenPAN-RB.", "predikat Wilayah Bebas dari Korupsi (WBK) - Zona Integritas Award 2024"),
    ("a predikat won at an awards event named after it", "Polres Wajo meraih predikat WBBM pada Zona Integritas "
     "Award 2024 di Jakarta.", "predikat WBBM - Zona Integritas Award 2024"),
    ("a category won on an awards night", "Dalam malam Anugerah Humas Polri Awards 2024, Polres Wajo meraih "
     "penghargaan kategori video edukasi terbaik.",
     "penghargaan kategori video edukasi terbaik - Anugerah Humas Polri Awards 2024"),
    ("an award named for itself, nothing else won", "Polres Wajo meraih Kompolnas Awards 2024 sebagai Polres "
     "terbaik.", "Kompolnas Awards 2024 sebagai Polres terbaik"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", OCCASIONS, ids=[row[0] for row in OCCASIONS])
def test_what_was_won_at_an_awards_event(construction, text, title):
    assert [a["title"] for a in extract_awards(None, text)] == [title]


# A bare award with no name of its own goes by its giver; a named award keeps its name alone.
BY_GIVER = [
    ("a bare award's reason, the giver put after the award word",
     "Wali Kota Bogor memberikan penghargaan kepada Satreskrim Polresta Bogor Kota atas pengungkapan kasus curanmor.",
     "penghargaan Wali Kota Bogor atas pengungkapan kasus curanmor"),
    ("a bare piagam penghargaan, named by its giver alone",
     "Polres Kendari menerima piagam penghargaan dari BPJS Ketenagakerjaan di Mapolres.",
     "piagam penghargaan BPJS Ketenagakerjaan"),
    ("the class of winners after kepada",
     "Kapolda Bali menyerahkan penghargaan kepada 12 anggota berprestasi dari Polres Badung.",
     "penghargaan Kapolda Bali kepada anggota berprestasi"),
    ("an award named as what it is stays as it is",
     "Kapolda Jabar memberikan penghargaan sebagai juara 1 lomba video kepada Polres Garut.",
     "penghargaan sebagai juara 1 lomba video"),
    ("a giver the title already names is not said twice",
     "Polres Lebak meraih penghargaan Ombudsman RI atas kepatuhan layanan publik.",
     "penghargaan Ombudsman RI atas kepatuhan layanan publik"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", BY_GIVER, ids=[row[0] for row in BY_GIVER])
def test_a_bare_award_goes_by_its_giver(construction, text, title):
    assert [a["title"] for a in extract_awards(None, text)] == [title]


# A headline that writes the body's short name out in full, with its field or class: the full name and the body's
# reason.
HEADLINE_NAMES = [
    ("the field a headline adds to the name", "Polres Sikka Raih Bhayangkara Award Bidang Pelayanan Lalu Lintas dari "
     "Lembaga Kajian Nusa", "Polres Sikka meraih penghargaan Bhayangkara Award atas pelayanan SIM keliling yang "
     "menjangkau desa terpencil.", "penghargaan Bhayangkara Award Bidang Pelayanan Lalu Lintas atas pelayanan SIM "
     "keliling yang menjangkau desa terpencil"),
    ("the category and type a headline adds", "Polres Ende Terima Trofi Kamtibmas Award Kategori Polres Tipe C",
     "Polres Ende menerima trofi Kamtibmas Award karena inovasi layanan SKCK daring.",
     "trofi Kamtibmas Award Kategori Polres Tipe C karena inovasi layanan SKCK daring"),
    ("a headline's verb after the name adds nothing", "Polres Sikka Raih Pin Emas Berantas Judi Online",
     "Polres Sikka menerima penghargaan pin emas atas keberhasilan memberantas judi online.",
     "penghargaan pin emas atas keberhasilan memberantas judi online"),
    ("whom the headline says it went to adds nothing", "Lembaga Kajian Beri Penghargaan Nusa Award ke Polres Alor",
     "Polres Alor menerima penghargaan Nusa Award karena layanan SKCK daring.",
     "penghargaan Nusa Award karena layanan SKCK daring"),
]  # fmt: skip


@pytest.mark.parametrize("construction, headline, text, title", HEADLINE_NAMES, ids=[r[0] for r in HEADLINE_NAMES])
def test_a_headline_writes_the_name_out_in_full(construction, headline, text, title):
    assert [a["title"] for a in extract_awards(headline, text)] == [title]


# A placing that names no contest, in a story that names one: the placing was won there.
CONTEST_APART = [
    ("a championship named in another sentence", "Polres Sikka mengikuti Kejuaraan Voli Bhayangkara Cup 2023 di "
     "Maumere. Tim Polres Sikka meraih juara II kategori putra.",
     ["juara II kategori putra - Kejuaraan Voli Bhayangkara Cup 2023"]),
    ("an event after ajang, with its year", "Polres Alor tampil dalam ajang Alor Expo Bahari 2022 di Kalabahi. Stand "
     "Polres Alor meraih juara I sebagai stand terbaik.", ["juara I sebagai stand terbaik - Alor Expo Bahari 2022"]),
    ("two contests named: which one is not said", "Polres Alor mengikuti Kejuaraan Voli Bhayangkara Cup 2023 dan "
     "Festival Bahari Alor 2023. Polres Alor meraih juara II kategori putra.", ["juara II kategori putra"]),
    ("a placing that names its own contest", "Polres Sikka mengikuti Kejuaraan Voli Bhayangkara Cup 2023 di Maumere. "
     "Polres Sikka meraih juara II Lomba Tembak Reaksi.", ["juara II Lomba Tembak Reaksi"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, titles", CONTEST_APART, ids=[row[0] for row in CONTEST_APART])
def test_a_placing_won_at_the_contest_the_story_names(construction, text, titles):
    assert [a["title"] for a in extract_awards(None, text)] == titles


STORY_TITLES = [
    ("a named award and what a later sentence says it is for",
     "Polres Bima menerima penghargaan pin emas dari Kementerian ATR/BPN. Penghargaan itu merupakan bentuk pengakuan "
     "atas keberhasilan memberantas mafia tanah di Bima.",
     "penghargaan pin emas atas keberhasilan memberantas mafia tanah di Bima"),
    ("a named award the story writes again with its year",
     "Polres Merauke menerima Penghargaan Top 45 Inovasi Daerah dari Kementerian Dalam Negeri. Top 45 Inovasi Daerah "
     "Tahun 2021 diikuti ratusan instansi.", "Penghargaan Top 45 Inovasi Daerah Tahun 2021"),
    ("a later sentence that does not refer back adds nothing",
     "Polres Bima menerima penghargaan pin emas dari Kementerian ATR/BPN. Kapolres berterima kasih atas dukungan "
     "warga Bima selama ini.", "penghargaan pin emas"),
    ("a bare award and the name another sentence gives it",
     "Bupati Lembata memberikan penghargaan kepada Satreskrim Polres Lembata setelah satuan itu berhasil membongkar "
     "sindikat curanmor. Kapolres menjelaskan, anggotanya memperoleh penghargaan kategori Satuan Teladan karena "
     "selama Operasi Jaran 2022 berhasil mengungkap 40 kasus.",
     "penghargaan kategori Satuan Teladan karena selama Operasi Jaran 2022 berhasil mengungkap 40 kasus"),
    ("a sentence that confers nothing gives a bare award no name",
     "Kapolres Sikka memberikan penghargaan kepada lima anggota Satreskrim atas penangkapan pelaku pembakaran pasar. "
     "Menurutnya, penghargaan Bhakti Bhayangkara bukan tujuan utama anggota dalam bertugas.",
     "penghargaan Kapolres Sikka atas penangkapan pelaku pembakaran pasar"),
    ("a list after a class of receivers names who, not which awards",
     "Gubernur NTT memberikan penghargaan penanganan korupsi kepada lembaga penegak hukum, yakni kejaksaan dan "
     "kepolisian, atas penanganan kasus korupsi dana desa. Satu-satunya kepolisian yang meraih penghargaan serupa "
     "adalah Polres Ende.", "penghargaan penanganan korupsi"),
    ("who received, said after adalah, is no list of awards",
     "Sebanyak 9 anggota Polres Dompu menerima tanda penghargaan atas keberanian menangkap komplotan begal. Menurut "
     "Kapolres, anggota yang menerima penghargaan tersebut adalah mereka yang berhasil menangkap pelaku, serta "
     "sejumlah pelaku lain.", "tanda penghargaan atas keberanian menangkap komplotan begal"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", STORY_TITLES, ids=[row[0] for row in STORY_TITLES])
def test_the_title_a_story_gives_its_award(construction, text, title):
    assert [a["title"] for a in extract_awards(None, text)] == [title]


def test_a_named_award_keeps_its_name_when_later_sentences_say_penghargaan():
    (award,) = extract_awards(
        None,
        "Lembaga Kajian Strategis Kepolisian Indonesia (Lemkapi) menganugerahkan Presisi Award kepada Polres Paser. "
        "Direktur Lemkapi menyerahkan penghargaan itu kepada Kapolres Paser AKBP Kade.",
    )
    assert award["title"] == "Presisi Award"


def test_a_headline_that_names_the_award_more_fully():
    (award,) = extract_awards(
        "Kapolri anugerahkan pin emas kampung tangguh untuk Polda Bali",
        "Kapolri menganugerahkan pin emas kepada Polda Bali karena kampung binaannya juara nasional.",
    )
    assert award["title"] == "pin emas kampung tangguh"


def test_a_named_award_before_a_reason_said_more_fully_elsewhere():
    assert best_title(
        [
            "predikat kepatuhan layanan publik tahun 2023",
            "penghargaan sebagai bentuk terima kasih atas kerja keras semua polres",
        ]
    ) == ("predikat kepatuhan layanan publik tahun 2023")


def test_an_award_named_by_what_it_is_before_a_rank_alone():
    # "terkait" says what a bare award is about, as "atas" does; "setelah" and a success, what it is for
    assert not names_award("piagam penghargaan terkait inovasi layanan pengaduan")
    assert not names_award("penghargaan setelah berhasil menangkap pelaku")
    # a deed before a reason said as a clause with its own subject
    assert (
        best_title(
            [
                "penghargaan atas kerja keras anggota memburu pelaku",
                "penghargaan karena dalam operasi itu anggota kita berhasil",
            ]
        )
        == "penghargaan atas kerja keras anggota memburu pelaku"
    )
    assert best_title(["penghargaan sebagai juara I lomba kampung tertib tahun 2024", "juara I se-Indonesia"]) == (
        "penghargaan sebagai juara I lomba kampung tertib tahun 2024"
    )


ACTIVE_CLAUSES_IN_REASONS = [
    ("what the deed's object did goes on", "Kapolres Sleman memberikan penghargaan kepada Polsek Depok karena menangkap "
     "pencuri yang membobol toko emas di Jalan Kaliurang.",
     "penghargaan Kapolres Sleman karena menangkap pencuri yang membobol toko emas di Jalan Kaliurang"),
    ("an active verb after an auxiliary goes on", "Polsek Ngaglik menerima penghargaan atas keberhasilan menolong "
     "pendaki yang sudah berhari-hari tersesat.",
     "penghargaan atas keberhasilan menolong pendaki yang sudah berhari-hari tersesat"),
    ("a ber- verb goes on", "Polres Blora meraih piagam penghargaan atas pengungkapan jaringan pengedar yang beroperasi "
     "lintas provinsi.", "piagam penghargaan atas pengungkapan jaringan pengedar yang beroperasi lintas provinsi"),
    ("a passive verb still ends the reason", "Polres Blora meraih piagam penghargaan atas pengungkapan jaringan "
     "pengedar yang diserahkan Bupati Blora.", "piagam penghargaan Bupati Blora atas pengungkapan jaringan pengedar"),
    ("a pronoun still ends the reason", "Polres Blora meraih piagam penghargaan atas pengungkapan jaringan pengedar "
     "yang kami tangani selama sebulan.", "piagam penghargaan atas pengungkapan jaringan pengedar"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, title", ACTIVE_CLAUSES_IN_REASONS, ids=[row[0] for row in ACTIVE_CLAUSES_IN_REASONS]
)
def test_yang_and_an_active_verb_go_on_with_a_reason(construction, text, title):
    (award,) = extract_awards(None, text)
    assert award["title"] == title


OWN_WORDS_CHOICES = [
    ("a relative clause does not make a wording fuller",
     ["penghargaan atas keberhasilan menangkap perampok yang beraksi di pasar induk pada malam hari",
      "Piagam penghargaan atas keberhasilan pengungkapan kasus perampokan toko emas itu"],
     "Piagam penghargaan atas keberhasilan pengungkapan kasus perampokan toko emas itu"),
    ("a second award joined on does not make a wording fuller",
     ["penghargaan atas pengamanan arus mudik dan piagam dari gubernur untuk semua anggota",
      "penghargaan atas kesigapan pengamanan arus mudik lebaran di jalur selatan"],
     "penghargaan atas kesigapan pengamanan arus mudik lebaran di jalur selatan"),
    ("a relative clause stays in a wording that says more before it",
     ["penghargaan atas pengungkapan kasus penipuan arisan daring di tiga kabupaten yang merugikan ratusan warga",
      "penghargaan atas pengungkapan kasus penipuan"],
     "penghargaan atas pengungkapan kasus penipuan arisan daring di tiga kabupaten yang merugikan ratusan warga"),
    ("otherwise the fuller wording still wins",
     ["penghargaan atas pengamanan arus mudik", "penghargaan atas kesigapan pengamanan arus mudik di jalur selatan"],
     "penghargaan atas kesigapan pengamanan arus mudik di jalur selatan"),
]  # fmt: skip


@pytest.mark.parametrize("construction, candidates, title", OWN_WORDS_CHOICES, ids=[r[0] for r in OWN_WORDS_CHOICES])
def test_the_fullest_wording_by_its_own_words(construction, candidates, title):
    assert best_title(candidates) == title


def test_units_that_follow_a_placing_take_the_next_places_in_its_own_word():
    awards = extract_awards(
        None,
        "Polda Jateng menggelar lomba tertib lalu lintas. Juara 1 diraih Polres Klaten, disusul Polres Boyolali "
        "dan Polres Sragen.",
    )
    assert [(a["recipients"], a["title"]) for a in awards] == [
        (["Polres Klaten"], "Juara 1"),
        (["Polres Boyolali"], "Juara 2"),
        (["Polres Sragen"], "Juara 3"),
    ]


def test_a_second_clause_of_a_sub_unit_the_story_completes_is_an_award_of_its_own():
    awards = extract_awards(
        None,
        "Polsek Wates menjadi juara lomba taman markas di internal Polres Bantul, sementara Seksi Humas Polres meraih "
        "penghargaan kecepatan publikasi. Penghargaan diserahkan Kapolres Bantul.",
    )
    assert [a["title"] for a in awards] == ["juara lomba taman markas", "penghargaan kecepatan publikasi"]


def test_an_award_of_a_name_of_its_own_said_also_received_besides():
    awards = extract_awards(
        None,
        "Polri meraih penghargaan Anugerah Keterbukaan Informasi 2025 dari Komisi Informasi Pusat. Selain itu, Kapolri "
        "Jenderal Polisi Budi juga meraih predikat pimpinan badan publik terbaik.",
    )
    assert [a["title"] for a in awards] == [
        "Anugerah Keterbukaan Informasi 2025",
        "predikat pimpinan badan publik terbaik",
    ]


def test_a_decoration_named_after_penghargaan_is_still_its_formal_name():
    assert best_title(
        ["penghargaan Bintang Bhayangkara Nararya", "penghargaan sebagai pelopor tertib lalu lintas"]
    ) == ("penghargaan Bintang Bhayangkara Nararya")


def test_the_class_a_winner_is_the_best_of_said_apart_from_the_award():
    (award,) = extract_awards(
        None,
        "Polres Bantul keluar sebagai pemenang terbaik di antara seluruh Polres Tipe B dengan meraih Jogja Awards 2024. "
        "Penghargaan itu diserahkan Gubernur DIY.",
    )
    assert award["title"] == "Jogja Awards 2024 Polres Tipe B terbaik"


PLACINGS_APART = [
    ("a placing and its category in a sentence of their own", "Polda Bali meraih Penghargaan Keterbukaan Informasi "
     "Publik 2025. Dalam penilaian itu Polda Bali berada di peringkat kedua kategori Informatif tingkat provinsi "
     "dengan skor 97.",
     "Penghargaan Keterbukaan Informasi Publik 2025, peringkat kedua kategori Informatif tingkat provinsi"),
    ("a placing the title already has stays the only one", "Polres Bone meraih juara 2 lomba video edukasi. Dalam "
     "penilaian lain Polres Bone berada di peringkat ketiga kategori konten tingkat polda.", "juara 2 lomba video edukasi"),
    ("a placing without a category adds nothing", "Polda Bali meraih Penghargaan Keterbukaan Informasi Publik 2025. "
     "Polda Bali meraih peringkat kedua tahun ini.", "Penghargaan Keterbukaan Informasi Publik 2025"),
    ("the top so many a named award's winner was among", "Polsek Tamalate meraih Penghargaan Humas Presisi 2023. "
     "Polsek Tamalate masuk nominasi 5 besar Polsek kategori pelayanan dengan nilai 91.",
     "Penghargaan Humas Presisi 2023, nominasi 5 besar Polsek kategori pelayanan"),
    ("the top so many, without a nomination", "Polres Kolaka meraih Trofi Lantas Tertib 2022. Polres Kolaka masuk "
     "dalam sepuluh besar Polres tingkat nasional.", "Trofi Lantas Tertib 2022, sepuluh besar Polres tingkat nasional"),
    ("masuk alone is no placing", "Polres Kolaka meraih Trofi Lantas Tertib 2022. Tim penilai masuk ke Mapolres "
     "Kolaka pekan lalu.", "Trofi Lantas Tertib 2022"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", PLACINGS_APART, ids=[row[0] for row in PLACINGS_APART])
def test_placings_said_apart_from_the_award(construction, text, title):
    (award,) = extract_awards(None, text)
    assert award["title"] == title


REASONS_APART = [
    ("a named award takes the reason a bare one's sentence gives", "Polda Sumut menerima piagam penghargaan Presisi "
     "Award dari Lemkapi. Penghargaan itu diberikan karena pengungkapan kasus narkotika dinilai sangat baik.",
     "piagam penghargaan Presisi Award karena pengungkapan kasus narkotika dinilai sangat baik"),
    ("a decoration keeps only its formal name", "Polres Bone menyematkan Satyalancana Kesetiaan kepada 20 personel. "
     "Penghargaan itu diberikan atas kesetiaan selama delapan tahun mengabdi.", "Satyalancana Kesetiaan"),
    ("a reason too short to say what it was for adds nothing", "Polda Sumut menerima Presisi Award dari Lemkapi. "
     "Penghargaan itu diberikan atas kinerjanya.", "Presisi Award"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, title", REASONS_APART, ids=[row[0] for row in REASONS_APART])
def test_reasons_said_apart_from_a_named_award(construction, text, title):
    (award,) = extract_awards(None, text)
    assert award["title"] == title


def test_a_decoration_by_its_formal_name_not_as_the_highest_award():
    (award,) = extract_awards(
        None,
        "Keluarga besar Polres Sikka bersyukur atas pemberian tanda kehormatan Nugraha Sakanti oleh Presiden pada "
        "upacara Hari Bhayangkara. Kapolres menyebut Polres Sikka meraih penghargaan tertinggi dari Presiden.",
    )
    assert award["title"] == "tanda kehormatan Nugraha Sakanti"


def test_a_named_award_takes_the_assessment_a_bare_one_was_won_in():
    assert best_title(
        ["Penghargaan Citra Bhakti", "penghargaan tertinggi dalam Lomba Inovasi Pelayanan Publik 2024"]
    ) == ("Penghargaan Citra Bhakti dalam Lomba Inovasi Pelayanan Publik 2024")


def test_a_state_decoration_keeps_its_formal_name():
    (award,) = extract_awards(
        None,
        "Sebanyak 120 personel Polres Jember dianugerahi Tanda Kehormatan Satyalancana Pengabdian. Penghargaan itu "
        "diberikan atas pengabdian tanpa cacat selama delapan dan enam belas tahun kepada personel Polres Jember.",
    )
    assert award["title"] == "Tanda Kehormatan Satyalancana Pengabdian"


def test_what_the_award_is_for_in_a_sentence_of_its_own():
    (award,) = extract_awards(
        None,
        "Polsek Gamping menerima piagam penghargaan dari Kapolda DIY. Penghargaan diberikan atas keberhasilan "
        "mengungkap jaringan pencurian sepeda motor.",
    )
    assert (
        award["title"]
        == "Penghargaan Kapolda Daerah Istimewa Yogyakarta atas keberhasilan mengungkap jaringan pencurian sepeda motor"
    )


@pytest.mark.parametrize(
    "title",
    ["penghargaan", "Penghargaan itu", "piagam penghargaan", "piagam Ombudsman RI", "Predikat tersebut", "Rekor kedua",
     "rekor MURI", "Piala dan piagam", "penghargaan Divisi Humas Polri", "penghargaan bergengsi Bidang Humas Polda Sumsel",
     "penghargaan kembali", "penghargaan kedua kali", "Penghargaan tidak hanya", "penghargaan tidak berhenti", "penghargaan Kapolri lainnya",
     "Piagam-piagam", "sertifikat rekor MURI", "penghargaan tertinggi",
     "penghargaan setinggi-tingginya", "Penghargaan selanjutnya", "penghargaan berikutnya", "plakat penghargaan",
     "gelar adat", "gelar kehormatan", "penghargaan patut", "Piagam itu telah", "penghargaan layak"],
)  # fmt: skip
def test_generic_titles(title):
    assert is_generic_title(title)


def test_an_award_named_after_its_giver_and_its_reason_is_specific():
    assert not is_generic_title("penghargaan Kapolda Banten atas keberhasilan mengungkap curanmor")


# -- award titles and kinds across the ways stories name them: passages written apart from the evaluation stories -----
# A named award with its year, a predikat and its grade, WBK and WBBM written out or short, placings, "Polres terbaik
# dalam ...", a piagam for a deed, an award named only in the headline or in a later sentence than its verb, a name in
# quotes, an award whose reason is all that describes it, MURI records, KPLB, Satyalancana, and two awards of
# different kinds in one story. The title is compared as the evaluation does: the extracted one holds at least half
# the words of the one written here.
AWARD_NAMES_BREADTH = [
    # how the award is named, headline, text, publication day, (recipient units, category, title) of each award
    ('Kompolnas Award with year, dinobatkan sebagai',
     None,
     'JAKARTA - Polres Kulon Progo dinobatkan sebagai Polres terbaik tipe B dalam ajang Kompolnas Award 2024. '
     'Penghargaan diserahkan Ketua Harian Kompolnas kepada Kapolres Kulon Progo AKBP Wahyu Santoso di Jakarta, '
     'Kamis (12/12/2024). Wahyu mengatakan penghargaan itu menjadi pemacu bagi seluruh personel.',
     '2024-12-13', [
      (['Polres Kulon Progo'], 'kompolnas',
       'Kompolnas Award 2024 Polres terbaik tipe B'),
     ]),
    ('Hoegeng Award won by a Bhabinkamtibmas, no giver named',
     None,
     'Aipda Rudi Hartono, Bhabinkamtibmas Polsek Sukadana, Polres Lampung Timur, meraih Hoegeng Award 2023 '
     'kategori Polisi Berdedikasi. Ia dikenal warga karena membangun sekolah gratis bagi anak petani. '
     'Penghargaan diterima Rudi dalam malam penganugerahan di Jakarta, Jumat (14/7/2023).',
     '2023-07-15', [
      (['Polsek Sukadana'], 'other',
       'Hoegeng Award 2023 kategori Polisi Berdedikasi'),
     ]),
    ('predikat kepatuhan tinggi of a named assessment year, kembali memperoleh',
     None,
     'WONOSOBO - Polres Wonosobo kembali memperoleh predikat kepatuhan tinggi atas penilaian kepatuhan standar '
     'pelayanan publik tahun 2023 dari Ombudsman RI Perwakilan Jawa Tengah. Penyerahan berlangsung di '
     'Semarang, Selasa (23/1/2024), dan diterima Kapolres Wonosobo AKBP Eko Prasetyo.',
     '2024-01-24', [
      (['Polres Wonosobo'], 'ombudsman_compliance',
       'predikat kepatuhan tinggi penilaian kepatuhan standar pelayanan publik tahun 2023'),
     ]),
    ('masuk zona hijau, the piagam named in a later sentence',
     None,
     'KUPANG - Polres Sumba Timur masuk zona hijau dalam penilaian kepatuhan pelayanan publik yang dilakukan '
     'Ombudsman RI Perwakilan NTT. Piagam penghargaan zona hijau itu diterima Kapolres Sumba Timur AKBP Frans '
     'Dida di Kupang, Rabu (20/12/2023).',
     '2023-12-21', [
      (['Polres Sumba Timur'], 'ombudsman_compliance',
       'zona hijau penilaian kepatuhan pelayanan publik'),
     ]),
    ('penghargaan kategori A with a score',
     None,
     'TABANAN - Polres Tabanan meraih penghargaan kategori A dengan nilai 96,5 dalam penilaian kualitas '
     'pelayanan publik tahun 2024 oleh Ombudsman RI. Kapolres Tabanan AKBP Gede Suryawan menyebut capaian itu '
     'berkat pembenahan ruang SPKT dan pelayanan SIM.',
     '2024-12-18', [
      (['Polres Tabanan'], 'ombudsman_compliance',
       'kategori A penilaian kualitas pelayanan publik tahun 2024'),
     ]),
    ('menyandang WBK written out, the minister hands over',
     None,
     'Polres Pacitan resmi menyandang predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB. '
     'Predikat itu diserahkan Menteri PANRB Abdullah Azwar Anas kepada Kapolres Pacitan AKBP Agung Nugroho di '
     'Jakarta, Rabu (13/12/2023).',
     '2023-12-14', [
      (['Polres Pacitan'], 'zona_integritas_wbk',
       'predikat Wilayah Bebas dari Korupsi (WBK)'),
     ]),
    ('WBBM short form, a Satlantas, assessment year',
     'Satlantas Polresta Sidoarjo Raih WBBM',
     'SIDOARJO - Satlantas Polresta Sidoarjo meraih predikat WBBM dari KemenPAN-RB pada penilaian zona '
     'integritas tahun 2023. Kasat Lantas Polresta Sidoarjo Kompol Dimas Aryo menerima piagam tersebut di '
     'Jakarta, Senin (11/12/2023).',
     '2023-12-12', [
      (['Satlantas Polresta Sidoarjo'], 'zona_integritas_wbbm',
       'predikat WBBM'),
     ]),
    ('juara I lomba ... tingkat Polda',
     None,
     'KISARAN - Polres Asahan meraih juara I lomba Kampung Tangguh Narkoba tingkat Polda Sumut. Trofi '
     'diserahkan Kapolda Sumut Irjen Pol Agung Setya kepada Kapolres Asahan AKBP Bambang Irawan di Medan, '
     'Senin (17/6/2024).',
     '2024-06-18', [
      (['Polres Asahan'], 'kapolda',
       'juara I lomba Kampung Tangguh Narkoba tingkat Polda Sumut'),
     ]),
    ('peringkat kedua IKPA of a semester',
     None,
     'KENDARI - Polresta Kendari menempati peringkat kedua penilaian Indikator Kinerja Pelaksanaan Anggaran '
     '(IKPA) semester I tahun 2024 di lingkungan Polda Sulawesi Tenggara. Penghargaan diserahkan Kapolda '
     'Sultra dalam apel pagi, Kamis (18/7/2024).',
     '2024-07-19', [
      (['Polresta Kendari'], 'kapolda',
       'peringkat kedua penilaian Indikator Kinerja Pelaksanaan Anggaran (IKPA) semester I tahun 2024'),
     ]),
    ('terbaik pertama pengungkapan, a Satresnarkoba',
     None,
     'MEDAN - Satresnarkoba Polres Langkat dinobatkan sebagai terbaik pertama pengungkapan kasus narkoba '
     'se-Polda Sumut. Penghargaan dari Kapolda Sumut Irjen Pol Whisnu Hermawan diserahkan kepada Kasat '
     'Resnarkoba AKP Roni Sembiring di Mapolda Sumut, Selasa (9/1/2024).',
     '2024-01-10', [
      (['Satresnarkoba Polres Langkat'], 'kapolda',
       'terbaik pertama pengungkapan kasus narkoba se-Polda Sumut'),
     ]),
    ('penghargaan sebagai Polres terbaik dalam an operation with its year',
     None,
     'BANJARNEGARA - Polres Banjarnegara menerima penghargaan sebagai Polres terbaik dalam pelaksanaan Operasi '
     'Zebra Candi 2023 dari Kapolda Jawa Tengah. Penghargaan diterima Wakapolres Banjarnegara Kompol Slamet '
     'Riyadi mewakili Kapolres di Semarang.',
     '2023-10-05', [
      (['Polres Banjarnegara'], 'kapolda',
       'Polres terbaik dalam pelaksanaan Operasi Zebra Candi 2023'),
     ]),
    ('piagam penghargaan atas keberhasilan from the Kapolres to a Satreskrim',
     None,
     'BIMA - Kapolres Bima Kota AKBP Rudi Kurniawan memberikan piagam penghargaan atas keberhasilan mengungkap '
     'kasus pencurian sepeda motor kepada personel Satreskrim Polres Bima Kota. Penyerahan dilakukan usai apel '
     'pagi, Senin (4/3/2024).',
     '2024-03-05', [
      (['Satreskrim Polres Bima Kota'], 'other',
       'piagam penghargaan atas keberhasilan mengungkap kasus pencurian sepeda motor'),
     ]),
    ('award named in the headline only',
     'Polres Lumajang Raih Kompolnas Award 2024',
     'LUMAJANG - Kapolres Lumajang AKBP Rizal Fahmi menerima penghargaan tersebut dari Kompolnas di Jakarta, '
     'Selasa (10/12/2024). Menurut Rizal, penghargaan itu hasil kerja keras seluruh personel dalam melayani '
     'masyarakat.',
     '2024-12-11', [
      (['Polres Lumajang'], 'kompolnas',
       'Kompolnas Award 2024'),
     ]),
    ('placing named in the headline only, trofi in the text',
     'Satlantas Polres Jember Sabet Juara I Lomba Tertib Lalu Lintas Tingkat Polda Jatim',
     'JEMBER - Satlantas Polres Jember kembali mengharumkan nama institusi. Trofi diserahkan Dirlantas Polda '
     'Jatim Kombes Pol Komarudin kepada Kasat Lantas Polres Jember AKP Dodit Prasetyo di Surabaya, Senin '
     '(4/11/2024).',
     '2024-11-05', [
      (['Satlantas Polres Jember'], 'kapolda',
       'Juara I Lomba Tertib Lalu Lintas Tingkat Polda Jatim'),
     ]),
    ('award named in the sentence after the receiving verb (berupa)',
     None,
     'SLEMAN - Polresta Sleman menerima penghargaan dari Pemerintah Kabupaten Sleman, Senin (5/8/2024). '
     'Penghargaan tersebut berupa Anugerah Sleman Aman 2024 kategori instansi vertikal terbaik. Kapolresta '
     'Sleman Kombes Pol Yuswanto Ardi menerimanya langsung dari Bupati Sleman.',
     '2024-08-06', [
      (['Polresta Sleman'], 'regional_government',
       'Anugerah Sleman Aman 2024 kategori instansi vertikal terbaik'),
     ]),
    ('apresiasi first, its form (Green Police Award) in a later sentence',
     None,
     'PEKANBARU - Ditreskrimsus Polda Riau mendapat apresiasi dari Kementerian Lingkungan Hidup dan Kehutanan. '
     'Apresiasi itu diberikan dalam bentuk penghargaan Green Police Award atas penegakan hukum kebakaran hutan '
     'dan lahan. Dirreskrimsus Polda Riau Kombes Pol Nasriadi menerima penghargaan di Jakarta.',
     '2024-09-12', [
      (['Ditreskrimsus Polda Riau'], 'ministry',
       'Green Police Award'),
     ]),
    ("award's name with year in quotes, dianugerahi oleh a Wali Kota",
     None,
     'MANADO - Polresta Manado dianugerahi "Manado Safety Award 2024" oleh Wali Kota Manado. Penghargaan '
     'diterima Kapolresta Manado Kombes Pol Julius Tambunan di kantor Wali Kota, Kamis (19/9/2024).',
     '2024-09-20', [
      (['Polresta Manado'], 'regional_government',
       'Manado Safety Award 2024'),
     ]),
    ('penghargaan kategori ... from a press body on Hari Pers Nasional',
     None,
     'CIREBON - Polres Cirebon Kota menerima penghargaan kategori Instansi Paling Responsif dari PWI Cirebon '
     'dalam malam anugerah peringatan Hari Pers Nasional. Penghargaan diterima Kapolres Cirebon Kota AKBP '
     'Sumarni.',
     '2024-02-10', [
      (['Polres Cirebon Kota'], 'media',
       'penghargaan kategori Instansi Paling Responsif'),
     ]),
    ('reason only (atas keberhasilan), a Kapolres gives a Polsek',
     None,
     'JAKARTA - Polsek Kebayoran Baru mendapat penghargaan dari Kapolres Metro Jakarta Selatan atas '
     'keberhasilan menangkap pelaku penjambretan terhadap warga negara asing. Penghargaan diterima Kapolsek '
     'Kebayoran Baru Kompol Tribuana Roseno.',
     '2024-05-14', [
      (['Polsek Kebayoran Baru'], 'other',
       'penghargaan atas keberhasilan menangkap pelaku penjambretan terhadap warga negara asing'),
     ]),
    ('reason only (karena dinilai), diganjar oleh a Bupati',
     None,
     'WONOSARI - Polres Gunungkidul diganjar penghargaan oleh Bupati Gunungkidul karena dinilai berhasil '
     'menekan angka kecelakaan selama libur Lebaran. Piagam diserahkan di Bangsal Sewokoprojo, Rabu '
     '(8/5/2024).',
     '2024-05-09', [
      (['Polres Gunungkidul'], 'regional_government',
       'penghargaan atas keberhasilan menekan angka kecelakaan selama libur Lebaran'),
     ]),
    ('reason fronted with berkat',
     None,
     'MASAMBA - Berkat kesigapan mengevakuasi korban banjir bandang, personel Satsamapta Polres Luwu Utara '
     'menerima penghargaan dari Bupati Luwu Utara. Penghargaan diserahkan dalam upacara HUT Kabupaten Luwu '
     'Utara, Sabtu (27/4/2024).',
     '2024-04-28', [
      (['Satsamapta Polres Luwu Utara'], 'regional_government',
       'penghargaan atas kesigapan mengevakuasi korban banjir bandang'),
     ]),
    ('MURI written out, mencatatkan rekor',
     None,
     'TULUNGAGUNG - Polres Tulungagung mencatatkan rekor Museum Rekor Dunia Indonesia (MURI) untuk pembagian '
     '10.000 bendera merah putih dalam satu hari. Piagam rekor diserahkan perwakilan MURI kepada Kapolres '
     'Tulungagung AKBP Teuku Arsya, Kamis (15/8/2024).',
     '2024-08-16', [
      (['Polres Tulungagung'], 'muri',
       'rekor MURI pembagian 10.000 bendera merah putih dalam satu hari'),
     ]),
    ('pecahkan rekor MURI, headline verb, Kapolda accepts',
     'Polda Jambi Pecahkan Rekor MURI Patroli Sepeda Terpanjang',
     'JAMBI - Sebanyak 2.000 personel Polda Jambi mengikuti patroli sepeda sejauh 25 kilometer. Piagam rekor '
     'MURI diserahkan Senior Manager MURI kepada Kapolda Jambi Irjen Pol Rusdi Hartono, Minggu (7/7/2024).',
     '2024-07-08', [
      (['Polda Jambi'], 'muri',
       'rekor MURI patroli sepeda terpanjang'),
     ]),
    ("KPLB written out with its reason, the Kapolri's",
     None,
     'WATAMPONE - Bripda Andi Saputra, anggota Satsamapta Polres Bone, menerima kenaikan pangkat luar biasa '
     '(KPLB) menjadi Briptu atas keberanian menyelamatkan warga dari rumah terbakar. KPLB itu diberikan '
     'Kapolri dan diserahkan Kapolda Sulsel di Makassar, Senin (2/9/2024).',
     '2024-09-03', [
      (['Satsamapta Polres Bone'], 'kapolri',
       'kenaikan pangkat luar biasa (KPLB) atas keberanian menyelamatkan warga dari rumah terbakar'),
     ]),
    ('Satyalancana Pengabdian to 120 members at HUT Bhayangkara',
     None,
     'KLATEN - Sebanyak 120 personel Polres Klaten menerima tanda kehormatan Satyalancana Pengabdian dari '
     'Presiden RI dalam upacara peringatan HUT ke-78 Bhayangkara di alun-alun Klaten, Senin (1/7/2024).',
     '2024-07-02', [
      (['Polres Klaten'], 'other',
       'tanda kehormatan Satyalancana Pengabdian'),
     ]),
    ('Satyalancana pinned by a Kapolda atas nama Presiden',
     None,
     'BANDAR LAMPUNG - Kapolda Lampung Irjen Pol Helmy Santika menyematkan Satyalancana Karya Bhakti kepada '
     'AKP Hendra Gunawan, Kasat Reskrim Polres Pringsewu, atas nama Presiden RI. Hendra dinilai berjasa '
     'mengungkap jaringan pencurian ternak lintas provinsi.',
     '2024-08-20', [
      (['Satreskrim Polres Pringsewu'], 'other',
       'Satyalancana Karya Bhakti'),
     ]),
    ('peringkat ketiga kategori Polres tipe A of a Komisi Informasi',
     None,
     'BANDUNG - Polres Karawang meraih peringkat ketiga kategori Polres tipe A dalam anugerah keterbukaan '
     'informasi publik Komisi Informasi Jawa Barat 2024. Penghargaan diterima Kasi Humas Polres Karawang Ipda '
     'Endang Suhendar.',
     '2024-12-06', [
      (['Polres Karawang'], 'other',
       'peringkat ketiga kategori Polres tipe A anugerah keterbukaan informasi publik 2024'),
     ]),
    ('dinobatkan menjadi Polres terbaik dalam, oleh a Kapolda',
     None,
     'TANJUNGBALAI - Polres Tanjung Balai dinobatkan menjadi Polres terbaik dalam penanganan konflik sosial '
     'oleh Kapolda Sumut. Penghargaan diserahkan pada apel kasatwil di Medan, Rabu (6/11/2024).',
     '2024-11-07', [
      (['Polres Tanjung Balai'], 'kapolda',
       'Polres terbaik dalam penanganan konflik sosial'),
     ]),
    ('Anugerah ... with predikat Informatif',
     None,
     'PONTIANAK - Polda Kalimantan Barat meraih Anugerah Keterbukaan Informasi Publik 2023 dengan predikat '
     'Informatif dari Komisi Informasi Pusat. Penghargaan diserahkan Wakil Presiden di Jakarta dan diterima '
     'Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya.',
     '2023-12-15', [
      (['Polda Kalimantan Barat'], 'other',
       'predikat Informatif Anugerah Keterbukaan Informasi Publik 2023'),
     ]),
    ("passive diberikan kepada, a ministry's innovation selection",
     None,
     'PURBALINGGA - Penghargaan Top 45 Inovasi Pelayanan Publik diberikan Kementerian PANRB kepada Polres '
     'Purbalingga atas inovasi layanan SKCK keliling desa. Kapolres Purbalingga AKBP Edi Suranta menerima '
     'penghargaan itu di Jakarta.',
     '2024-10-03', [
      (['Polres Purbalingga'], 'ministry',
       'Top 45 Inovasi Pelayanan Publik'),
     ]),
    ('mitra terbaik with a year from a BNN office',
     None,
     'DENPASAR - BNN Provinsi Bali memberikan penghargaan kepada Satresnarkoba Polresta Denpasar sebagai mitra '
     'terbaik P4GN tahun 2023. Penghargaan diterima Kasat Resnarkoba Kompol Mirza Gunawan, Selasa '
     '(26/12/2023).',
     '2023-12-27', [
      (['Satresnarkoba Polresta Denpasar'], 'ministry',
       'mitra terbaik P4GN tahun 2023'),
     ]),
    ("a newspaper's award with year and category",
     None,
     'PASURUAN - Polres Pasuruan meraih Radar Bromo Award 2024 kategori Institusi Humanis dari Jawa Pos Radar '
     'Bromo. Penghargaan diterima Kapolres Pasuruan AKBP Jazuli Dani di Graha Radar Bromo.',
     '2024-06-22', [
      (['Polres Pasuruan'], 'media',
       'Radar Bromo Award 2024 kategori Institusi Humanis'),
     ]),
    ('penghargaan dari Kapolri atas aksi of one member',
     None,
     'NGAWI - Bripka Joko Susilo, anggota Satlantas Polres Ngawi, mendapat penghargaan dari Kapolri atas '
     'aksinya mengawal ambulans pembawa pasien kritis menembus kemacetan. Penghargaan diserahkan Kapolres '
     'Ngawi dalam apel pagi, Rabu (10/7/2024).',
     '2024-07-11', [
      (['Satlantas Polres Ngawi'], 'kapolri',
       'penghargaan Kapolri atas aksi mengawal ambulans pembawa pasien kritis'),
     ]),
    ('pin emas from the Kapolri to a Kapolda',
     None,
     'JAKARTA - Kapolri Jenderal Listyo Sigit Prabowo memberikan pin emas kepada Kapolda Jawa Barat Irjen Pol '
     'Akhmad Wiyagus atas keberhasilan pengamanan arus mudik Lebaran. Pin disematkan di Mabes Polri, Selasa '
     '(23/4/2024).',
     '2024-04-24', [
      (['Polda Jawa Barat'], 'kapolri',
       'pin emas atas keberhasilan pengamanan arus mudik Lebaran'),
     ]),
    ("WBK named in the headline only, the text's 'penghargaan dari Kementerian PANRB'",
     'Polres Blitar Kota Terima Penghargaan Zona Integritas WBK',
     'BLITAR - Kapolres Blitar Kota AKBP Danang Setiawan menerima langsung penghargaan dari Kementerian PANRB '
     'di Jakarta, Kamis (14/12/2023). Ia menyebut penghargaan ini milik seluruh personel dan masyarakat Kota '
     'Blitar.',
     '2023-12-15', [
      (['Polres Blitar Kota'], 'zona_integritas_wbk',
       'Penghargaan Zona Integritas WBK'),
     ]),
    ('opini kualitas tertinggi with a score and year',
     None,
     'GIANYAR - Polres Gianyar memperoleh opini kualitas tertinggi dengan nilai 98,12 dalam penilaian '
     'penyelenggaraan pelayanan publik Ombudsman RI tahun 2024. Hasil penilaian diumumkan di Jakarta, Selasa '
     '(10/12/2024).',
     '2024-12-11', [
      (['Polres Gianyar'], 'ombudsman_compliance',
       'opini kualitas tertinggi penilaian penyelenggaraan pelayanan publik tahun 2024'),
     ]),
    ("a university's award as mitra strategis",
     None,
     'MAKASSAR - Universitas Hasanuddin memberikan penghargaan kepada Polrestabes Makassar sebagai mitra '
     'strategis program Kuliah Kerja Nyata (KKN) tematik kamtibmas. Penghargaan diterima Wakapolrestabes '
     'Makassar AKBP Andi Erwin.',
     '2024-08-28', [
      (['Polrestabes Makassar'], 'other',
       'penghargaan mitra strategis program KKN tematik kamtibmas'),
     ]),
    ("a state company's award atas pengungkapan",
     None,
     'SEMARANG - PT PLN (Persero) UID Jawa Tengah dan DIY memberikan penghargaan kepada Ditreskrimsus Polda '
     'Jawa Tengah atas pengungkapan kasus pencurian kabel listrik di sejumlah gardu induk. Penghargaan '
     'diterima Dirreskrimsus Kombes Pol Dwi Subagio, Jumat (16/2/2024).',
     '2024-02-17', [
      (['Ditreskrimsus Polda Jawa Tengah'], 'other',
       'penghargaan atas pengungkapan kasus pencurian kabel listrik'),
     ]),
    ('menganugerahkan a named award, a Gubernur',
     None,
     'PADANG - Gubernur Sumatera Barat menganugerahkan penghargaan Pembina Keamanan Terbaik kepada Polres '
     'Pesisir Selatan dalam peringatan HUT Provinsi Sumbar. Penghargaan diterima Kapolres Pesisir Selatan AKBP '
     'Novianto Taryono, Senin (1/10/2024).',
     '2024-10-02', [
      (['Polres Pesisir Selatan'], 'regional_government',
       'penghargaan Pembina Keamanan Terbaik'),
     ]),
    ("a DPRD's piagam atas keberhasilan",
     None,
     'MEDAN - DPRD Kota Medan memberikan piagam penghargaan kepada Polrestabes Medan atas keberhasilan '
     'memberantas aksi geng motor. Piagam diserahkan Ketua DPRD Kota Medan kepada Kapolrestabes Medan Kombes '
     'Pol Teddy Marbun dalam rapat paripurna.',
     '2024-03-20', [
      (['Polrestabes Medan'], 'regional_government',
       'piagam penghargaan atas keberhasilan memberantas aksi geng motor'),
     ]),
    ("a Kapolda's apel, members of a directorate, reason in a relative clause",
     None,
     'BATAM - Dalam apel pagi di Mapolda Kepri, Kapolda Kepri Irjen Pol Yan Fitri Halimansyah memberikan '
     'penghargaan kepada 12 personel Ditresnarkoba Polda Kepri yang berhasil menggagalkan penyelundupan 50 '
     'kilogram sabu dari Malaysia.',
     '2024-05-21', [
      (['Ditresnarkoba Polda Kepulauan Riau'], 'kapolda',
       'penghargaan atas keberhasilan menggagalkan penyelundupan 50 kilogram sabu'),
     ]),
    ('juara umum of a Kapolda Cup with its year',
     None,
     'SEMARANG - Polres Sukoharjo keluar sebagai juara umum lomba tembak Kapolda Jateng Cup 2024. Piala '
     'bergilir diserahkan Kapolda Jawa Tengah kepada Kapolres Sukoharjo AKBP Sigit Wibowo, Sabtu (25/5/2024).',
     '2024-05-26', [
      (['Polres Sukoharjo'], 'kapolda',
       'juara umum lomba tembak Kapolda Jateng Cup 2024'),
     ]),
    ('terbaik II of a Polda-level contest, a Bhabinkamtibmas',
     None,
     'DENPASAR - Aipda Wayan Sudiarta, Bhabinkamtibmas Polsek Tegallalang, meraih terbaik II lomba '
     'Bhabinkamtibmas Teladan tingkat Polda Bali tahun 2024. Piagam diserahkan Wakapolda Bali di Denpasar.',
     '2024-09-11', [
      (['Polsek Tegallalang'], 'kapolda',
       'terbaik II lomba Bhabinkamtibmas Teladan tingkat Polda Bali tahun 2024'),
     ]),
    ('predikat Pelayanan Prima with a grade from KemenPAN-RB',
     None,
     'SRAGEN - Polres Sragen meraih predikat Pelayanan Prima kategori A (Sangat Baik) dari KemenPAN-RB dalam '
     'evaluasi pelayanan publik tahun 2023. Kapolres Sragen AKBP Petrus Silalahi berterima kasih kepada '
     'masyarakat yang memberi masukan.',
     '2024-01-30', [
      (['Polres Sragen'], 'ministry',
       'predikat Pelayanan Prima kategori A (Sangat Baik)'),
     ]),
    ('a ministry with a slash name, reason only',
     None,
     'PALEMBANG - Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional memberikan penghargaan kepada '
     'Polda Sumatera Selatan atas komitmen memberantas mafia tanah. Penghargaan diterima Wakapolda Sumsel '
     'Brigjen Pol Rudi Setiawan di Jakarta, Rabu (16/10/2024).',
     '2024-10-17', [
      (['Polda Sumatera Selatan'], 'ministry',
       'penghargaan atas komitmen memberantas mafia tanah'),
     ]),
    ('juara II Kompolnas Awards for a Polsek, untuk kategori',
     None,
     'PEKANBARU - Polsek Tampan, Polresta Pekanbaru, meraih juara II Kompolnas Awards 2023 untuk kategori '
     'Polsek tipe A. Penghargaan diterima Kapolsek Tampan Kompol Hendri Susanto di Jakarta.',
     '2023-12-08', [
      (['Polsek Tampan'], 'kompolnas',
       'juara II Kompolnas Awards 2023 kategori Polsek tipe A'),
     ]),
    ("a foreign police force's award",
     None,
     'TARAKAN - Polis Diraja Malaysia (PDRM) memberikan penghargaan kepada Ditpolairud Polda Kalimantan Utara '
     'atas kerja sama memberantas penyelundupan narkoba di perbatasan. Penghargaan diserahkan di Tawau, Selasa '
     '(13/8/2024).',
     '2024-08-14', [
      (['Ditpolairud Polda Kalimantan Utara'], 'other',
       'penghargaan atas kerja sama memberantas penyelundupan narkoba di perbatasan'),
     ]),
    ('penghargaan berupa a named anugerah from a Bupati',
     None,
     'CIAMIS - Polres Ciamis menerima penghargaan berupa Anugerah Galuh Rahayu dari Bupati Ciamis. Penghargaan '
     'itu diberikan atas peran Polres menjaga kondusivitas selama tahapan Pilkada.',
     '2024-12-19', [
      (['Polres Ciamis'], 'regional_government',
       'Anugerah Galuh Rahayu'),
     ]),
    ('named event with year fronted, keluar sebagai',
     None,
     'MAKASSAR - Pada ajang Indonesia Police Award tahun 2024, Polres Bantaeng keluar sebagai Polres terbaik '
     'kategori pelayanan masyarakat. Trofi diterima Kapolres Bantaeng AKBP Dedi Kurnia di Jakarta.',
     '2024-11-29', [
      (['Polres Bantaeng'], 'other',
       'Indonesia Police Award 2024 Polres terbaik kategori pelayanan masyarakat'),
     ]),
    ("passive diraih, the award's name fronted",
     None,
     'MAKASSAR - Penghargaan Kapolda Sulsel sebagai satuan kerja dengan serapan anggaran terbaik tahun '
     'anggaran 2023 diraih Polres Sidenreng Rappang. Penghargaan diserahkan di Mapolda Sulsel, Jumat '
     '(19/1/2024).',
     '2024-01-20', [
      (['Polres Sidenreng Rappang'], 'kapolda',
       'penghargaan Kapolda Sulsel satuan kerja serapan anggaran terbaik tahun anggaran 2023'),
     ]),
    ('sebagai Unit PPA terbaik from a ministry',
     None,
     'KEDIRI - Unit PPA Polres Kediri meraih penghargaan dari Kementerian Pemberdayaan Perempuan dan '
     'Perlindungan Anak sebagai Unit PPA terbaik dalam penanganan kasus kekerasan seksual terhadap anak.',
     '2024-07-24', [
      (['Unit PPA Polres Kediri'], 'ministry',
       'Unit PPA terbaik dalam penanganan kasus kekerasan seksual terhadap anak'),
     ]),
    ('Zona Integritas menuju WBK written out',
     None,
     'PELAIHARI - Polres Tanah Laut meraih predikat Zona Integritas menuju Wilayah Bebas dari Korupsi dari '
     'Kementerian PANRB. Kapolres Tanah Laut AKBP Rofikoh Yunianto menerima piagam di Jakarta, Selasa '
     '(17/12/2024).',
     '2024-12-18', [
      (['Polres Tanah Laut'], 'zona_integritas_wbk',
       'predikat Zona Integritas menuju Wilayah Bebas dari Korupsi'),
     ]),
    ('WBBM written out with a year, ditetapkan',
     'Polresta Yogyakarta Raih WBBM 2024',
     'YOGYAKARTA - Polresta Yogyakarta ditetapkan meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) '
     'tahun 2024 oleh Kementerian PANRB. Kapolresta Yogyakarta Kombes Pol Aditya Surya Dharma menerima piagam '
     'di Jakarta.',
     '2024-12-20', [
      (['Polresta Yogyakarta'], 'zona_integritas_wbbm',
       'predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) tahun 2024'),
     ]),
    ('menempati peringkat pertama of an Ombudsman assessment, kategori Polda',
     None,
     'JAMBI - Polda Jambi menempati peringkat pertama penilaian kepatuhan pelayanan publik Ombudsman RI tahun '
     '2022 untuk kategori Polda. Penghargaan diterima Kapolda Jambi Irjen Pol Rusdi Hartono di Jakarta.',
     '2023-01-25', [
      (['Polda Jambi'], 'ombudsman_compliance',
       'peringkat pertama penilaian kepatuhan pelayanan publik tahun 2022 kategori Polda'),
     ]),
    ('piagam penghargaan atas penanganan from an NGO',
     None,
     'BATAM - Lembaga Perlindungan Anak (LPA) Kota Batam memberikan piagam penghargaan kepada Satreskrim '
     'Polresta Barelang atas penanganan kasus kekerasan terhadap anak yang cepat dan tuntas.',
     '2024-07-23', [
      (['Satreskrim Polresta Barelang'], 'other',
       'piagam penghargaan atas penanganan kasus kekerasan terhadap anak'),
     ]),
    ('a named award from a state insurer',
     None,
     'KARANGANYAR - Polres Karanganyar menerima Penghargaan Keselamatan Jalan dari PT Jasa Raharja Cabang Jawa '
     'Tengah. Penghargaan diserahkan kepada Kasat Lantas Polres Karanganyar AKP Agung Wibowo, Kamis '
     '(21/11/2024).',
     '2024-11-22', [
      (['Polres Karanganyar'], 'other',
       'Penghargaan Keselamatan Jalan'),
     ]),
    ("a Kapolres's personal MURI record, sebagai Kapolres pertama",
     None,
     'WONOGIRI - Kapolres Wonogiri AKBP Andi Muhammad meraih rekor MURI sebagai Kapolres pertama yang '
     'menggelar pelayanan SIM di tengah sawah. Piagam diserahkan perwakilan MURI di Wonogiri, Rabu '
     '(24/7/2024).',
     '2024-07-25', [
      (['Polres Wonogiri'], 'muri',
       'rekor MURI Kapolres pertama yang menggelar pelayanan SIM di tengah sawah'),
     ]),
    ('apresiasi berupa piagam from a Kapolresta to a Polsek, reason berkat',
     None,
     'SURAKARTA - Kapolresta Surakarta Kombes Pol Iwan Saktiadi memberikan apresiasi berupa piagam penghargaan '
     'kepada Polsek Banjarsari berkat kecepatan menangkap pelaku pembobolan minimarket. Piagam diterima '
     'Kapolsek Banjarsari AKP Dwi Haryadi.',
     '2024-06-13', [
      (['Polsek Banjarsari'], 'other',
       'piagam penghargaan atas kecepatan menangkap pelaku pembobolan minimarket'),
     ]),
    ("MURI record, then a Bupati's piagam at the same event",
     None,
     'KEBUMEN - Polres Kebumen memecahkan rekor MURI penanaman 5.000 bibit pohon serentak oleh polisi dan '
     'pelajar, Sabtu (9/11/2024). Pada kesempatan yang sama, Bupati Kebumen memberikan piagam penghargaan '
     'kepada Polres Kebumen atas dukungan program penghijauan daerah.',
     '2024-11-10', [
      (['Polres Kebumen'], 'muri',
       'rekor MURI penanaman 5.000 bibit pohon serentak'),
      (['Polres Kebumen'], 'regional_government',
       'piagam penghargaan atas dukungan program penghijauan daerah'),
     ]),
    ("Kompolnas Award and a Kapolda's award in one colon list",
     None,
     'KEDIRI - Dalam sepekan, Polres Kediri Kota menerima dua penghargaan, yakni Kompolnas Award 2024 sebagai '
     'Polres terbaik tipe B dan penghargaan dari Kapolda Jawa Timur atas pengungkapan peredaran narkoba '
     'jaringan antarprovinsi. Kapolres Kediri Kota AKBP Bramastyo Priaji mengapresiasi kerja anggotanya.',
     '2024-12-14', [
      (['Polres Kediri Kota'], 'kompolnas',
       'Kompolnas Award 2024 Polres terbaik tipe B'),
      (['Polres Kediri Kota'], 'kapolda',
       'penghargaan Kapolda Jawa Timur atas pengungkapan peredaran narkoba jaringan antarprovinsi'),
     ]),
    ("KPLB from the Kapolri, sementara itu a Kapolres's piagam to a Polsek",
     None,
     'PURWAKARTA - Briptu Yoga Pratama, anggota Satreskrim Polres Purwakarta, mendapat kenaikan pangkat luar '
     'biasa dari Kapolri atas keberhasilan mengungkap kasus pembunuhan berencana. Sementara itu, Kapolres '
     'Purwakarta AKBP Lovian Sentosa memberikan piagam penghargaan kepada personel Polsek Campaka atas '
     'penangkapan pelaku begal.',
     '2024-02-27', [
      (['Satreskrim Polres Purwakarta'], 'kapolri',
       'kenaikan pangkat luar biasa atas keberhasilan mengungkap kasus pembunuhan berencana'),
      (['Polsek Campaka'], 'other',
       'piagam penghargaan atas penangkapan pelaku begal'),
     ]),
    ("Satyalancana at HUT Bhayangkara, di kesempatan sama a Kapolres's award",
     None,
     'PROBOLINGGO - Dalam upacara HUT ke-78 Bhayangkara, Senin (1/7/2024), sebanyak 45 personel Polres '
     'Probolinggo menerima tanda kehormatan Satyalancana Pengabdian. Di kesempatan yang sama, Kapolres '
     'Probolinggo AKBP Wisnu Wardana memberikan penghargaan kepada Satlantas Polres Probolinggo atas kinerja '
     'menekan angka kecelakaan.',
     '2024-07-02', [
      (['Polres Probolinggo'], 'other',
       'tanda kehormatan Satyalancana Pengabdian'),
      (['Satlantas Polres Probolinggo'], 'other',
       'penghargaan atas kinerja menekan angka kecelakaan'),
     ]),
    ("a ministry's and a Kapolri's award in one story, two sub-units",
     None,
     'JAKARTA - Dittipidsiber Bareskrim Polri menerima penghargaan dari Kementerian Komunikasi dan Digital '
     'atas pemberantasan judi online. Adapun Dittipidnarkoba Bareskrim Polri mendapat penghargaan Kapolri atas '
     'pengungkapan clandestine lab sabu di Bali.',
     '2024-11-20', [
      (['Dittipidsiber Bareskrim Polri'], 'ministry',
       'penghargaan atas pemberantasan judi online'),
      (['Dittipidnarkoba Bareskrim Polri'], 'kapolri',
       'penghargaan Kapolri atas pengungkapan clandestine lab sabu di Bali'),
     ]),
    ('WBBM and a MURI record, the headline naming both',
     'Polresta Surakarta Borong WBBM dan Rekor MURI',
     'SOLO - Polresta Surakarta meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari KemenPAN-RB. '
     'Di bulan yang sama, Polresta Surakarta mencatat rekor MURI pelayanan SIM keliling terbanyak dalam '
     'sehari. Kapolresta Surakarta Kombes Pol Iwan Saktiadi menerima kedua piagam itu.',
     '2024-12-27', [
      (['Polresta Surakarta'], 'zona_integritas_wbbm',
       'predikat Wilayah Birokrasi Bersih dan Melayani (WBBM)'),
      (['Polresta Surakarta'], 'muri',
       'rekor MURI pelayanan SIM keliling terbanyak dalam sehari'),
     ]),
    ("(written after the first run) a headline's thanks in words, the body's piagam from a ministry",
     'Kompolnas Apresiasi Polres Siak Atas Kinerja Tangani Karhutla',
     'SIAK - Polres Siak menerima piagam penghargaan dari Kementerian Lingkungan Hidup, Selasa (8/10/2024). '
     'Piagam diserahkan kepada Kapolres Siak AKBP Ronald Sihotang. Kompolnas menilai kerja Polres Siak patut '
     'dicontoh.',
     '2024-10-09', [
      (['Polres Siak'], 'ministry',
       'piagam penghargaan Kementerian Lingkungan Hidup'),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, awards", AWARD_NAMES_BREADTH, ids=[row[0] for row in AWARD_NAMES_BREADTH]
)
def test_award_names_however_written(construction, title, text, day, awards):
    assert classify_award_role(title, text).award_role == "received"
    got = extract_awards(title, text, f"{day}T12:00:00+07:00")
    assert len(got) == len(awards)
    for (units, kind, name), award in zip(awards, got, strict=True):
        assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
        assert award["category"] == kind
        assert shares_words(name, award["title"]), award["title"]


# The title one sentence gives an award, in the wordings of the passages above (compared exactly).
AWARD_NAME_SENTENCES = [
    # construction, sentence, title
    ("a Kapolres's capitalised name between a bare award and its reason",
     "Polsek Cilandak menerima penghargaan dari Kapolres Metro Jakarta Selatan atas keberhasilan menangkap pencuri "
     "kabel.", "penghargaan atas keberhasilan menangkap pencuri kabel"),
    ("a ministry's name with 'dan' between a bare award and its reason",
     "Unit Siber Polda Bali menerima penghargaan dari Kementerian Komunikasi dan Digital atas pemberantasan situs "
     "judi daring.", "penghargaan atas pemberantasan situs judi daring"),
    ("a named award, its giver after dari, then its deed",
     "Bripda Raka Aditya mendapat kenaikan pangkat luar biasa dari Kapolri atas keberanian menolong korban "
     "tenggelam.", "kenaikan pangkat luar biasa atas keberanian menolong korban tenggelam"),
    ("a named award, its giver after oleh, then its deed",
     "Polres Buleleng memperoleh trofi Bali Safety Award oleh Gubernur Bali karena menekan angka kecelakaan.",
     "trofi Bali Safety Award karena menekan angka kecelakaan"),
    ("berkat after a bare award's giver",
     "Polres Metro Bekasi mendapat piagam dari Wali Kota Bekasi berkat pengamanan malam pergantian tahun.",
     "piagam berkat pengamanan malam pergantian tahun"),
    ("berkat past the form an apresiasi took and whom it went to",
     "Wakapolres Gresik memberikan apresiasi berupa piagam penghargaan kepada Polsek Manyar berkat kesigapan "
     "menangkap pelaku curanmor.", "piagam penghargaan berkat kesigapan menangkap pelaku curanmor"),
    ("the members it went to named with their directorate, then what they did",
     "Kapolres Sigi memberikan piagam kepada lima personel Satreskrim Polres Sigi yang berhasil membekuk pelaku "
     "pembunuhan.", "piagam kepada lima personel Satreskrim Polres Sigi yang berhasil membekuk pelaku pembunuhan"),
    ("an officer named by his rank is no class of members",
     "Kapolres memberikan penghargaan kepada anggota Bripka Joko yang berhasil menangkap pencuri.",
     "penghargaan atas keberhasilan menangkap pencuri"),
    ("a grade, its score, then the assessment it was won in",
     "Polres Badung meraih penghargaan kategori B dengan nilai 88,4 dalam penilaian kualitas layanan publik tahun "
     "2023.", "penghargaan kategori B dalam penilaian kualitas layanan publik tahun 2023 (nilai 88,4)"),
    ("an opinion grade, its score after skor, then the evaluation",
     "Polres Klungkung memperoleh opini kualitas tinggi dengan skor 91,02 pada evaluasi pelayanan publik.",
     "opini kualitas tinggi pada evaluasi pelayanan publik (skor 91,02)"),
    ("a predikat and its score, no assessment named",
     "Polres Jembrana menyandang predikat kepatuhan tinggi dengan nilai 86,7.", "predikat kepatuhan tinggi (nilai 86,7)"),
    ("the green zone by its name alone, the assessment after it",
     "Polsek Denpasar Timur masuk zona hijau dalam penilaian kepatuhan layanan publik.",
     "zona hijau dalam penilaian kepatuhan layanan publik"),
    ("a green zone with no assessment is no award's name", "Wilayah Polres Karangasem kini masuk zona hijau.", None),
    ("a placing written terbaik with a Roman numeral",
     "Bripka Made Ariawan dari Polsek Sukawati meraih terbaik III lomba Polisi Santun tingkat Polda Bali.",
     "terbaik III lomba Polisi Santun tingkat Polda Bali"),
    ("a placing written terbaik with a digit and its category",
     "Satlantas Polres Kampar meraih terbaik 1 kategori pelayanan SIM se-Polda Riau.",
     "terbaik 1 kategori pelayanan SIM se-Polda Riau"),
    ("a placing written terbaik with an ordinal word, dinobatkan sebagai",
     "Polsek Rumbai dinobatkan sebagai terbaik ketiga dalam lomba kebersihan markas.",
     "terbaik ketiga dalam lomba kebersihan markas"),
    ("a headline's capitals: the reason after a Kapolda's name is not his name",
     "Polres Tebo Terima Penghargaan Kapolda Jambi Atas Pengungkapan Kasus Curanmor",
     "Penghargaan Kapolda Jambi Atas Pengungkapan Kasus Curanmor"),
    ("a headline's capitals: the reason after a Bupati's name, with berkat",
     "Polres Bungo Raih Piagam Bupati Bungo Berkat Pengamanan Pilkada",
     "Piagam Bupati Bungo Berkat Pengamanan Pilkada"),
    ("a headline's capitals: a record's theme after MURI",
     "Polres Sarolangun Pecahkan Rekor MURI Senam Bhayangkara Terbanyak",
     "Rekor MURI Senam Bhayangkara Terbanyak"),
    ("a bare record of the museum written out names none",
     "Piagam Museum Rekor Dunia Indonesia (MURI) diserahkan kepada Kapolres.",
     "Piagam Museum Rekor Dunia Indonesia (MURI)"),
    ("berkat set before the subject",
     "Berkat kesigapan memadamkan api, Polsek Kota Baru mendapat penghargaan dari Bupati.",
     "penghargaan berkat kesigapan memadamkan api"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, sentence, title", AWARD_NAME_SENTENCES, ids=[row[0] for row in AWARD_NAME_SENTENCES]
)
def test_award_names_in_one_sentence(construction, sentence, title):
    assert title_of(sentence) == title


# The kind and giver of an award named after the press outlet that holds its awards night.
AWARDS_NAMED_FOR_AN_OUTLET = [
    # construction, text, kind, giver
    ("a national daily's awards night, with its year",
     "Polda Jawa Timur meraih Jawa Pos Award 2024 kategori Penegakan Hukum.", "media", "Jawa Pos"),
    ("a regional portal's awards night, menerima", "Polres Garut menerima Tribun Jabar Award 2023.", "media",
     "Tribun Jabar"),
    ("a regional daily named '<region> Pos', Awards in the plural",
     "Polresta Batam meraih Batam Pos Awards kategori Pelayanan Publik.", "media", "Batam Pos"),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, kind, giver", AWARDS_NAMED_FOR_AN_OUTLET, ids=[row[0] for row in AWARDS_NAMED_FOR_AN_OUTLET]
)
def test_an_award_named_for_a_press_outlet(construction, text, kind, giver):
    (award,) = extract_awards(None, text)
    assert (award["category"], award["giver"]) == (kind, giver)


# The same units "juga" receive an award of a name of its own from another giver named after dari/oleh: two awards.
ALSO_FROM_ANOTHER_GIVER = [
    # construction, text, kind of each award
    ("a commission's predikat after an Ombudsman grade",
     "Polres Sleman meraih zona hijau dalam penilaian kepatuhan pelayanan publik Ombudsman RI Perwakilan DIY. "
     "Polres Sleman juga memperoleh predikat Informatif dari Komisi Informasi DIY.",
     ["ombudsman_compliance", "other"]),
    ("a university's named award after a WBK, dianugerahi oleh",
     "Polres Jember menerima predikat WBK dari KemenPAN-RB. Polres Jember juga dianugerahi penghargaan Mitra "
     "Kampus Terbaik oleh Universitas Jember.",
     ["zona_integritas_wbk", "other"]),
    ("the same giver's piagam is the same award",
     "Polres Blora menerima predikat WBK dari KemenPAN-RB. Polres Blora juga menerima piagam dari KemenPAN-RB.",
     ["zona_integritas_wbk"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, kinds", ALSO_FROM_ANOTHER_GIVER, ids=[row[0] for row in ALSO_FROM_ANOTHER_GIVER]
)
def test_the_same_units_also_receive_from_another_giver(construction, text, kinds):
    assert [a["category"] for a in extract_awards(None, text)] == kinds
