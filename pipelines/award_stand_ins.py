"""Who took an award for the chief the text says received it: "Kapolda X Irjen Y menerima penghargaan ... Hadir
mewakili Kapolda, Wakapolda X Brigjen Z menerima langsung penghargaan tersebut", "Kapolri menerima penghargaan ...
Penghargaan ini diterima oleh Kadiv Humas Polri Irjen Z, mewakili Kapolri". An award to a unit names whoever took
it; one handed to the chief by name ("menyerahkan penghargaan kepada Kapolri Jenderal Y") honours him, whoever
took it.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_officer_accepted import ACCEPTED_BEFORE, RECEIVES_AFTER
from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name, normalise_rank

Officer = tuple[str | None, str | None, str | None]


def _handed_to_him(text: str, post: str, name: str) -> bool:
    """The award was handed to the chief by name: "kepada Kapolri Jenderal Pol. Y"."""
    return bool(re.search(rf"\bkepada\s+{re.escape(post)}\b(?:[^.]|(?<=Pol)\.){{0,60}}?\b{re.escape(name)}\b", text))


def _taker(text: str, stand_in: re.Match) -> re.Match | None:
    """The officer named just after "mewakili Kapolda," who receives, or just before ", mewakili Kapolri" whom the
    text says accepted."""
    after = OFFICER_RE.search(text, stand_in.end(), stand_in.end() + 80)
    if (
        after
        and re.fullmatch(r"\s*,?\s*", text[stand_in.end() : after.start()])
        and RECEIVES_AFTER.match(text, after.end())
    ):
        return after
    before = [m for m in OFFICER_RE.finditer(text, max(0, stand_in.start() - 200), stand_in.start())]
    if before and re.fullmatch(r"\s*,?\s*(?:yang\s+)?(?:hadir\s+)?", text[before[-1].end() : stand_in.start()]):
        taker = before[-1]
        lead = text[max(0, taker.start() - 80) : taker.start()]
        if ACCEPTED_BEFORE.search(lead[-60:]) or RECEIVES_AFTER.match(text, taker.end()):
            return taker
    return None


def stood_in_for(text: str, chief: Officer) -> Officer | None:
    """The officer who took the award for `chief` (name, rank, post), when the text says one stood in for his post
    and the award was not handed to the chief by name."""
    name, _, post = chief
    if not name or not post or _handed_to_him(text, post, name):
        return None
    for stand_in in re.finditer(rf"\b(?:hadir\s+)?mewakili\s+{re.escape(post)}\b", text):
        taker = _taker(text, stand_in)
        taken_by = clean_name(taker.group("name")) if taker else None
        if taken_by and taken_by != name:
            return taken_by, normalise_rank(taker.group("rank")), taker.group("position") or None
    return None


# One unit of a shared award named as what its taker took: "Penghargaan untuk Polres A diterima Kapolres AKBP X",
# "bagi Polda B diwakili Wakapolda Y", "..., sedangkan Polres C diterima Kasat Z". Whoever took it for one unit
# only is not the shared award's officer.
_FOR_ONE = re.compile(r"(?:\b(?:untuk|bagi)|\b(?:sedangkan|sementara(?:\s+itu)?|adapun)|[.;]|^)\s*$", re.I)
# "Untuk Polsek A, penghargaan diterima ...": the award said again between the unit and its taking
_TAKEN = re.compile(
    r"\s*,?\s+(?:(?:penghargaan|piagam|trofi|plakat)(?:\s+(?:itu|tersebut))?\s+)?(?:(?:langsung|oleh|pun|juga)\s+)*"
    r"(?:diterima|diwakili|diambil|diterimakan)\b",
    re.I,
)


def taken_for_one_unit(context: str, mentions: list) -> bool:
    """Whether the context says someone took the award for one of its several units only."""
    return any(
        _FOR_ONE.search(context[max(0, m.start - 30) : m.start]) and _TAKEN.match(context, m.end) for m in mentions
    )
