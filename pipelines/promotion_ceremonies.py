"""A routine promotion ceremony that the story calls an award ("Upacara Korps Raport kenaikan pangkat ... 87 personel
menerima penghargaan atas dedikasi"): the promotion is no award, so the story's receiving sentences that name no unit
give it no role, unless the story tells of a promotion out of turn or names an award of its own beside the promotion.

Pure functions over text, used by the classify stage (pipelines/classify.py).
"""

from __future__ import annotations

import re

import yaml

from pipelines.knowledge import knowledge_text
from pipelines.role_words import MEMBERS_WITHOUT_UNIT, POLRI_ACTOR

_WORDS = yaml.safe_load(knowledge_text("role_words.yml"))["promotion_ceremonies"]


def _words(kind: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(_WORDS[kind]) + r")\b", re.I)


CEREMONY, OUT_OF_TURN, OWN_AWARD = _words("ceremony"), _words("out_of_turn"), _words("own_award")


def routine_promotion(story: str) -> bool:
    """The story tells of a routine promotion ceremony and names no award beside it (no promotion out of turn, no
    certificate, no members who did well): "Sebanyak 87 personel menerima penghargaan atas dedikasi", "Kenaikan
    pangkat ini merupakan bentuk penghargaan negara" call the promotion an award."""
    return bool(CEREMONY.search(story) and not OUT_OF_TURN.search(story) and not OWN_AWARD.search(story))


def members_only(sentence: str) -> bool:
    """The sentence names Polri's people by no unit ("87 personel", "anggota Polri"): the promoted at large, not a
    unit honoured at the ceremony ("kepada personel Satreskrim Polres X yang mengungkap ..."). A chief named there
    ("Menurut Kapolda, ...") speaks or presides."""
    named = [m.group(0).lower() for m in POLRI_ACTOR.finditer(sentence)]
    return all(n in MEMBERS_WITHOUT_UNIT | {"polri"} or n.startswith(("kapol", "wakapol")) for n in named)
