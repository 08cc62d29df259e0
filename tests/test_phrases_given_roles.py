"""Phrase tables of the police giving: when a story's giving is Polri's award to outsiders, and when it is none."""

import pytest

from pipelines.classify import classify_award_role

# construction, headline, text, the story's role
GIVEN_ROLES = [
    ("a chief recalls, in his own words, a pin he handed a guard in an earlier year", None,
     "Dalam apel peringatan HUT Satpam di Mapolda Jambi, Kamis (5/2), Kapolda memuji kerja para satpam. \"Pada tahun "
     "2023 Polda Jambi sudah memberikan piagam kepada seorang satpam bank yang menggagalkan perampokan,\" ujarnya.",
     "none"),
    ("a chief recounts awards he gave earlier, and the next sentence carries that time on", None,
     "Kapolres Garut memuji anggotanya yang menangkap pencuri dalam dua hari. \"Sebelumnya Polres Garut memberikan penghargaan kepada petugas parkir yang membantu menangkap "
     "copet,\" katanya. Begitu pula seorang tukang ojek diberi piagam oleh Kapolres karena melaporkan bandar narkoba.",
     "none"),
    ("a giving said to have happened once before ('pernah memberikan'), in a story of praise only", None,
     "Kapolsek Cilandak mengapresiasi warga yang aktif ronda malam. Kapolsek mengaku pernah memberikan hadiah kepada "
     "pengurus pos kamling terbaik di wilayahnya.",
     "none"),
    ("a Pocil contest the traffic police hold, its places named by the units whose children took them", None,
     "Ditlantas Polda Jambi menggelar lomba Polisi Cilik tingkat Polda di lapangan Mapolda, Sabtu (9/8). Juara 1 "
     "diraih Polres Bungo, juara 2 Polres Tebo dan juara 3 Polres Merangin.",
     "given"),
    ("a Duta Lantas selection a Ditlantas held, a unit's chief proud that its ambassadors placed", None,
     "Kasatlantas Polres Kediri menyampaikan, duta lantas putra mereka meraih juara 2 dalam pemilihan Duta Lantas "
     "tingkat Jawa Timur. \"Polres Kediri juara 2. Acara ini diselenggarakan Ditlantas Polda Jawa Timur di Malang,\" "
     "ujarnya.",
     "given"),
    ("a children's school-patrol contest held by a Polda's traffic directorate, placed by units", None,
     "Lomba Patroli Keamanan Sekolah (PKS) yang digelar Ditlantas Polda Riau berakhir Jumat (1/8). Terbaik 1 direbut "
     "Polres Kampar, disusul Polres Siak.",
     "given"),
    ("an award's handover put on a day written with 'mendatang': not yet received", None,
     "Polres Kendal dipastikan meraih predikat WBBM dari KemenPAN-RB. Penghargaan itu akan diserahkan Menteri PAN-RB "
     "di Jakarta pada Senin (5/12) mendatang.",
     "none"),
    ("a handing over named as a noun, then the award itself promised", None,
     "Kapolres Demak menyampaikan, selain pemberian bingkisan, piagam juga akan diberikan kepada para relawan banjir.",
     "none"),
    ("a Brimob company named by its lettered Pelopor battalion wins its Satbrimob's own contest", None,
     "Satbrimob Polda Jawa Barat menggelar lomba ketangkasan bagi anggotanya selama tiga hari. Ajang itu diikuti 12 "
     "tim. Kompi 2 Batalyon B Pelopor tampil sebagai pemenang setelah unggul di semua babak.",
     "received"),
    ("a commission's chairman praises Polri, who won an award, in words", "Ketua Ombudsman Apresiasi Polri Raih "
     "Predikat Kepatuhan Tinggi", "Ketua Ombudsman menyampaikan apresiasi kepada Polri yang berhasil meraih predikat "
     "kepatuhan tinggi tahun ini. Ia berharap pelayanan publik di kepolisian terus membaik.",
     "none"),
    ("a chief praises his corps's team that won abroad, in a story of an anniversary show", None,
     "Atraksi terjun payung memeriahkan HUT Brimob di Mako Satbrimob Polda Riau, Senin (14/11). Dansat juga "
     "mengapresiasi para penerjun Korps Brimob yang meraih penghargaan di sebuah kejuaraan Asia.",
     "none"),
    ("an award noun opening a sentence with a verb before the police is no 'award of X for Y' headline", None,
     "Bupati Klaten menyampaikan selamat atas capaian kepolisian. \"Penghargaan ini menunjukkan kerja Polres Klaten "
     "untuk melayani masyarakat,\" katanya.",
     "none"),
    ("a survey's ranking of units told only in scores, nothing handed over", None,
     "Hasil survei kepuasan masyarakat terhadap layanan kepolisian dirilis pekan ini. Polres Klaten menempati "
     "peringkat 12 dengan nilai 84,20, sedangkan Polres Sukoharjo berada di posisi 20 dengan nilai 79,35.",
     "none"),
    ("a Polri award programme launched to honour people, its award night scheduled later", None,
     "Polda Jawa Tengah meluncurkan program Bhayangkara Peduli Award guna memberikan penghargaan kepada relawan "
     "kebencanaan. Pendaftaran dibuka hingga akhir bulan, dan malam penganugerahan dijadwalkan pada 20 Desember.",
     "none"),
]  # fmt: skip


# The limits: the police's giving in the story's own event stays given, even told after a background sentence.
LIMITS = [
    ("a handover today after a sentence on an earlier year", None,
     "Tahun lalu Polres Bantul menggelar lomba serupa. Pada Senin (3/3), Kapolres Bantul menyerahkan piagam "
     "penghargaan kepada tiga warga yang menolong korban banjir.",
     "given"),
    ("'begitu pula' after a giving of the story's own day", None,
     "Kapolres Sleman menyerahkan piagam kepada relawan SAR atas pencarian korban hanyut, Rabu (4/6). Begitu pula "
     "dua warga Desa Sendangadi diberi penghargaan karena menolong korban.",
     "given"),
    ("a unit's own award at a Duta Lantas event stays the unit's", None,
     "Satlantas Polres Blitar meraih penghargaan atas pengungkapan kasus tabrak lari dalam ajang Pemilihan Duta "
     "Lantas Polda Jawa Timur, Kamis (4/11). Penghargaan diserahkan Dirlantas Polda Jawa Timur.",
     "received"),
    ("a unit praised for a win, and the award handed to it in the story: still received", None,
     "Kapolda Jateng mengapresiasi Polres Klaten yang meraih predikat WBBM. Piagam diserahkan Menteri PAN-RB kepada "
     "Kapolres Klaten di Jakarta, Selasa (10/12).",
     "received"),
    ("an index ranking whose top unit is handed a certificate: received", None,
     "Berdasarkan indeks pelayanan publik, Polres Klaten meraih peringkat 1 dengan nilai 91,50 dan Polres Boyolali "
     "peringkat 2 dengan nilai 88,10. Piagam penghargaan diserahkan Kapolda Jateng kepada Kapolres Klaten.",
     "received"),
    ("a chief who came to hand over an award did hand it over", None,
     "Kapolres Wonosobo datang ke rumah Sutrisno guna memberikan piagam penghargaan kepada petani yang menolong "
     "korban longsor, Kamis (3/4).",
     "given"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", GIVEN_ROLES, ids=[row[0] for row in GIVEN_ROLES])
def test_given_role(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


@pytest.mark.parametrize("construction, title, text, role", LIMITS, ids=[row[0] for row in LIMITS])
def test_limits_of_given_roles(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role
