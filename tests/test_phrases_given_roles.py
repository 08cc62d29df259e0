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
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", GIVEN_ROLES, ids=[row[0] for row in GIVEN_ROLES])
def test_given_role(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


@pytest.mark.parametrize("construction, title, text, role", LIMITS, ids=[row[0] for row in LIMITS])
def test_limits_of_given_roles(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role
