"""Members a Kapolda honours, counted, with a unit given to only some of them ("kepada 14 personel, salah satunya
anggota Brimob Polda Papua"): those named keep their units, and the rest go to the Kapolda's own Polda.

Used by the structure stage (pipelines/structure.py) once an award's recipients and giver are read.
"""

from __future__ import annotations

import re

from pipelines.award_model import Award
from pipelines.number_words import COUNT
from pipelines.role_words import AWARD_NOUN
from pipelines.unit_gazetteer import gazetteer

__all__ = ["rest_to_the_polda"]

# "14 personel Polri (salah satunya anggota ...)", "12 personel, dua di antaranya anggota ...", "sebagian dari
# Polres X": people counted, and only some of them given a unit.
SOME_NAMED = re.compile(
    rf"\b(?:\d+|{COUNT}|belasan|puluhan)\s+(?:orang\s+)?(?:personel|anggota|polisi)\b(?:\s+Polri)?\s*[,(]?\s*"
    rf"(?:yang\s+)?(?:salah\s+(?:satunya|seorang\s+di\s?antaranya)|(?:\d+|{COUNT})\s+(?:orang\s+)?di\s?antaranya|"
    r"sebagian(?:\s+di\s?antaranya)?)\b",
    re.I,
)
KAPOLDA = re.compile(r"^Kapolda\s+(.+)$")


def rest_to_the_polda(award: Award, body: list[str]) -> None:
    """Add the giving Kapolda's Polda beside the units of the few members its sentences, or a sentence of the story
    that names an award ("Penghargaan kepada 14 personel Polri (salah satunya ...) diberikan ..."), name."""
    giver = KAPOLDA.match(award.giver or "")
    if award.category != "kapolda" or not giver or not award.recipients:
        return
    if not any(SOME_NAMED.search(s) for s in award.evidence + [s for s in body if AWARD_NOUN.search(s)]):
        return
    polda = gazetteer().lookup(f"Polda {giver.group(1)}")
    if polda and polda.name not in award.recipients:
        award.recipients.insert(0, polda.name)
        award.recipient_ids.insert(0, polda.unit_id)
