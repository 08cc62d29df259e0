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
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", STORY_ROLES, ids=[row[0] for row in STORY_ROLES])
def test_story_role(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role
