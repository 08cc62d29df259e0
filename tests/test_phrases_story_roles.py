"""Phrase table of story roles: constructions several real stories share that decide whether Polri received, gave or
neither, written apart from the stories."""

import pytest

from pipelines.classify import classify_award_role

# -- Polri people named by no unit beside soldiers and civilians -------------------------------------------------------
# A minister's or a governor's awards to "perwira TNI, anggota polisi dan seorang guru", or to the three pillars of a
# village (Kepala Desa, Bhabinkamtibmas, Babinsa): no Polri unit is among the receivers; the story is `given` when a
# Polri chief hands them out with others, `none` when someone else does. A chief who honours his Bhabinkamtibmas and
# the Babinsa of his area, with no civilian beside them, honours his own people.
STORY_ROLES = [
    # construction, headline, story, role
    ("a minister honours soldiers, policemen and a volunteer", None,
     "Menteri Kesehatan Budi Sadikin menyerahkan piagam penghargaan kepada 30 prajurit TNI, 12 anggota polisi dan "
     "seorang relawan PMI yang membantu evakuasi korban gempa di Cianjur. Piagam diserahkan di Jakarta, Kamis (8/12).",
     "none"),
    ("a governor, a Kapolda and a Pangdam honour the three pillars of villages", None,
     "Gubernur Jawa Tengah, Kapolda Jawa Tengah Irjen Pol Ahmad Luthfi dan Pangdam IV/Diponegoro menyerahkan "
     "penghargaan Desa Tangguh kepada para kepala desa, Bhabinkamtibmas dan Babinsa terbaik se-Jawa Tengah di "
     "Semarang, Senin (4/3).",
     "given"),
    ("those who receive, said with adalah, are a village head, a Bhabinkamtibmas and a Babinsa", None,
     "Bupati Klaten menyerahkan piala lomba kampung sehat di Pendopo Klaten, Rabu (5/6). Yang menerima piala "
     "adalah Bhabinkamtibmas, Babinsa dan kepala desa dari desa pemenang.",
     "none"),
    ("a Bhabinkamtibmas by his short name, honoured by his chief", None,
     "Kapolres Sleman AKBP Yuswanto memberikan penghargaan kepada bhabin berprestasi dalam apel pagi di Mapolres "
     "Sleman, Senin (7/10).",
     "received"),
    # -- a contest the police hold, won by people outside Polri ----------------------------------------------------
    # Known by a sentence saying who holds it (the unit may be followed by its Polda in commas), by a cup named after
    # a police chief, or by the police's own anniversary it is held for; its winners placed with no verb that says
    # who received them, or its prizes handed over.
    ("a Polres, its Polda in commas, holds a contest; schools win it", None,
     "Dalam rangka Hari Lalu Lintas, Polres Bintan, Polda Kepri, menggelar lomba tertib lalu lintas tingkat SMP di "
     "Tanjung Uban, Sabtu (14/9). Juara pertama diraih SMP Negeri 2 Bintan, disusul SMP Negeri 5 Bintan.",
     "given"),
    ("a fun run held for Hari Bhayangkara, its winner named with no verb", None,
     "Polres Pati menggelar Bhayangkara Fun Run memperingati Hari Bhayangkara ke-79 di alun-alun Pati, Minggu "
     "(29/6). Ribuan warga ikut berlari. Juara 1 kategori 5K putra, Andi Pratama dari Kudus, finis dalam 16 menit.",
     "given"),
    ("a chief's cup named in the headline, won by journalists", "Wartawan Harian Sumut Juara 2 Menembak Kapolda Cup",
     "Lomba tembak itu diikuti 300 peserta dari berbagai instansi di lapangan tembak Mako Brimob Medan. Di kelas "
     "wartawan, peringkat pertama diraih wartawan Tribun Medan, peringkat kedua ditempati wartawan Harian Sumut.",
     "given"),
    ("a cooking contest for the police's anniversary at a Polsek, its winner set by the jury", None,
     "Peringatan HUT Bhayangkara ke-78 di Mapolsek Banjarsari diwarnai lomba nasi liwet antarkelurahan, Senin "
     "(1/7). Dewan juri menetapkan PKK Kelurahan Manahan sebagai juara pertama dan PKK Kelurahan Sumber sebagai "
     "juara kedua.",
     "given"),
    ("a Polres holds a contest; the winners named with no verb", "Polres Ngawi Gelar Lomba Kentongan",
     "Polres Ngawi menyelenggarakan lomba musik kentongan di halaman Mapolres Ngawi, Sabtu (2/3) malam. Juara I "
     "grup Sinar Pagi dari Desa Kedunggalar, juara II grup Laras Budaya dari Desa Paron.",
     "given"),
    ("an awards night for the contests of Hari Bhayangkara, its winners counted", None,
     "Polda Sumatera Barat menggelar malam penganugerahan dalam rangka HUT Bhayangkara ke-78 di Padang, Jumat (5/7). "
     "Sebanyak 45 pemenang dari berbagai lomba yang diikuti masyarakat hadir di acara itu.",
     "given"),
    ("a village football club wins a Kapolres Cup", None,
     "Persatuan Sepak Bola (PS) Sumberejo keluar sebagai juara turnamen Kapolres Cup 2023 setelah menang 2-1 atas "
     "PS Temas di Stadion Gelora Batu, Minggu (8/10). Juara ketiga diraih PS Songgokerto.",
     "given"),
    # -- medals Polri members win for their province at the PON or a Porprov ---------------------------------------
    # The medal is the provincial contingent's, however the sentence names the officer or his Polda; a Polri games
    # ("PON Polri") is not such an event, nor police games abroad where Polri's national team wins.
    ("a Polwan of a Polres wins bronze for her province's team at the PON", None,
     "Dua polwan Polda Jambi memperkuat tim pencak silat Provinsi Jambi di Pekan Olahraga Nasional (PON) XXI. "
     "Bripda Sinta Lestari, anggota Satlantas Polres Bungo, merebut medali perunggu di kelas 55 kg putri.",
     "none"),
    ("a Kapolda proud of his members who won silver in a rowing team at the PON", None,
     "Tim dayung Provinsi Bengkulu meraih medali perak di PON XXI Aceh-Sumut. Kapolda Bengkulu mengapresiasi "
     "personelnya yang meraih medali perak di cabang dayung tersebut.",
     "none"),
    ("Polri's own national team wins medals at police games abroad: Polri's awards, not a province's",
     "Tim Taekwondo Polri Raih 7 Medali di World Police and Fire Games",
     "Tim taekwondo Polri meraih tujuh medali di ajang World Police and Fire Games di Rotterdam, Belanda. Polri "
     "mengirim 60 atlet ke ajang dua tahunan itu.",
     "received"),
    # -- a routine promotion ceremony called an award -----------------------------------------------------------------
    # "Upacara Korps Raport kenaikan pangkat ... personel menerima penghargaan atas dedikasi", "kenaikan pangkat adalah
    # bentuk penghargaan negara": the promotion is no award, unless out of turn or an award of its own is named.
    ("members promoted at a Korps Raport 'receive an award' for their loyalty", None,
     "Polres Boyolali menggelar upacara Korps Raport kenaikan pangkat periode 1 Juli 2025 di lapangan Mapolres, "
     "Selasa (1/7). Sebanyak 54 personel menerima penghargaan atas loyalitas dan kerja keras mereka. Kapolres "
     "berpesan agar pangkat baru dijaga dengan sikap yang baik.",
     "none"),
    ("a Kapolda calls the routine promotion the state's reward", None,
     "Kapolda Sulawesi Tenggara memimpin upacara kenaikan pangkat personel Polda Sultra, Senin (1/1). Kapolda "
     "menyebut pangkat baru itu sebagai bentuk penghargaan negara, dan para personel pantas mendapat reward berupa "
     "pangkat yang lebih tinggi.",
     "none"),
    # -- a year's awards counted, the period inside the sentence or in a headline's opening ---------------------------
    ("a year-end review counts a Polda's awards, the period after a comma", "Setahun, Polda Maluku Beri Penghargaan "
     "kepada 820 Personel",
     "AMBON - Selain menjatuhkan sanksi kepada puluhan anggota yang melanggar disiplin, selama 12 bulan pada tahun "
     "2023 Polda Maluku memberikan penghargaan kepada 820 personel yang berprestasi. Hal itu disampaikan Kapolda "
     "dalam rilis akhir tahun, Jumat (29/12).",
     "none"),
    # -- the agent of a passive verb named after the recipients -------------------------------------------------------
    # "diserahkan kepada Wali Kota X, oleh Kepala BNN RI, Komjen Pol Y": a police rank heading another body names
    # neither a Polri recipient listed with the Wali Kota nor a Polri giver.
    ("an award handed to a mayor by the head of another body who holds a police rank", None,
     "Piagam Kota Bersih Narkoba diserahkan kepada Wali Kota Madiun, Maidi, oleh Kepala BNN RI, Komjen Pol Petrus "
     "Golose, di Balai Kota Madiun, Kamis (3/8).",
     "none"),
    # -- a story that names the police only by member words ---------------------------------------------------------
    # "personel" in a navy story, "Komisaris Besar Kepolisian Indonesia X" among a foreign agency's honourees: no Polri
    # unit, post or rank is named, so nobody of Polri's receives.
    ("a navy chief's award counted in 'personel'", None,
     "Kepala Staf Angkatan Laut memberikan piagam kepada para penyelam TNI AL dan awak kapal survei yang membantu "
     "pencarian korban kapal tenggelam. Jumlah personel yang mendapat penghargaan dari KSAL sebanyak 64 orang.",
     "none"),
    ("an officer named with 'Kepolisian Indonesia' and no unit, among a foreign agency's honourees", None,
     "Biro Investigasi Federal AS memberikan penghargaan kepada pejabat Kejaksaan Agung. Komisaris Besar Kepolisian "
     "Indonesia Rudi Hartono juga menerima penghargaan atas kerja sama penyidikan.",
     "none"),
    # -- teams the police only coach or lend their name to, and who an award may go to ------------------------------
    ("a karate club coached by a Polres wins a festival", None,
     "Tim Karate Garuda Muda yang selama ini dibina oleh Polres Sampit berhasil meraih juara umum pada Festival "
     "Karate Kotawaringin 2024 di GOR Sampit, Minggu (6/10).",
     "none"),
    ("a community e-sports team under a Polres's name wins a Kapolda's e-sports cup held for Hari Bhayangkara", None,
     "Memperingati Hari Bhayangkara ke-79, Polda Jawa Tengah menggelar kompetisi e-sport tingkat provinsi. "
     '"Tim Esport Polres Pati berhasil meraih juara kedua," kata Kasat Binmas Polres Pati.',
     "given"),
    ("a decoration's rules say whom it may be given to, the Kapolri among them", None,
     "Bintang Bhayangkara Utama dapat diberikan kepada presiden, wakil presiden, Kapolri dan menteri yang berjasa "
     "luar biasa bagi kepolisian.",
     "none"),
    # -- a contest's places listed, a Polri unit's team placed after outsiders -------------------------------------
    ("an open race won by outside crews, its third place taken by a Polda's Satbrimob team", None,
     "Lomba perahu naga Kapolda Jambi Cup 2024 selesai digelar di Sungai Batanghari, Minggu (3/11). Juara pertama "
     "direbut tim Kuala Tungkal, disusul tim Muaro Jambi, sementara juara ketiga ditempati Tim Satbrimob Polda Jambi.",
     "received"),
    # -- awards that no award word names: a grade handed over as a score, a contest's top scorer -------------------
    ("an Ombudsman office hands a Polres its green-zone score, the headline's word misspelt",
     "Ombusdman Beri Nilai Zona Hijau Polres Tabanan",
     "Tim Ombudsman Perwakilan Bali menyerahkan hasil penilaian pelayanan publik kepada Kapolres Tabanan di Mapolres "
     "Tabanan, Selasa (8/3). Nilai yang diperoleh 88,2.",
     "received"),
    ("a Polda's internal shooting cup, a director its top scorer", None,
     "Polda Jambi menggelar lomba menembak antarpejabat utama, Senin (23/6). Lomba berlangsung ketat, dengan "
     "Dirlantas Kombes Pol Dhafi tampil sebagai peraih skor tertinggi, yakni 81 poin.",
     "received"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", STORY_ROLES, ids=[row[0] for row in STORY_ROLES])
def test_story_role(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


# The limits of the rules above: rows that pass without them and would fail were a rule read wider (a regent who
# hands the prizes over gives them; a cup whose places only have prize money set has given nothing yet; a Kapolda's
# reward for his PON medallists is an award of its own, as certificates handed at a promotion ceremony are).
LIMITS = [
    ("a regent hands over the prizes of a contest on Hari Bhayangkara: not the police's giving", None,
     "Bupati Jember menyerahkan hadiah kepada pemenang lomba kampung sehat di Mapolres Jember, Selasa (1/7), "
     "bertepatan dengan HUT Bhayangkara ke-79. Juara pertama diraih Dusun Krajan, juara kedua Desa Ajung.",
     "none"),
    ("a Kapolres's cup opened, its places only paid in prize money", "Kapolres Buka Turnamen Bulu Tangkis",
     "Kapolres Tegal membuka turnamen bulu tangkis memperebutkan Piala Kapolres Tegal di GOR Slawi, Kamis (7/3). "
     "Untuk kategori umum, juara I menerima Rp 3.000.000, juara II Rp 2.000.000 dan juara III Rp 1.000.000.",
     "none"),
    ("a Kapolda rewards his PON medallists with a certificate: an award of his", None,
     "Kapolda Bengkulu memberikan piagam penghargaan kepada tiga personel Ditpolairud Polda Bengkulu yang meraih "
     "medali perak di PON XXI.",
     "received"),
    ("at a promotion ceremony, certificates for members who did well: an award of its own", None,
     "Usai upacara kenaikan pangkat di Mapolres Boyolali, Kapolres memberikan piagam kepada 12 personel berprestasi "
     "atas pengungkapan kasus pencurian, Selasa (1/7).",
     "received"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", LIMITS, ids=[row[0] for row in LIMITS])
def test_limits_of_a_rule(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role
