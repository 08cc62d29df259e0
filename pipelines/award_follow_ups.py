"""Pass 2's follow-up sentences in a story of several awards. A sentence that names no unit of its own and no kind
of award, only who took an award or that it was handed over ("Piagam itu diterima Wakapolres X", "Kapolsek Y
menerima langsung piagam tersebut", "Piagam diterima Kapolsek Z, Rabu (18/12)"), tells of the award its taker's
unit received, else of the award told just before it: not of the story's first. Pure functions over text, used
by pipelines/award_reading.py.
"""

from __future__ import annotations

import re

from pipelines.award_apart import givers_apart
from pipelines.award_model import Award
from pipelines.categories import categories_of
from pipelines.knowledge import Mention

# The award said again, or handed over or taken with no award named: "piagam itu", "penghargaan tersebut",
# "Piagam diterima ...", "Trofi diserahkan ...".
_SAID_AGAIN = re.compile(r"\b(?:penghargaan|piagam|predikat|trofi|piala|sertifikat)\s+(?:itu|tersebut)\b", re.I)
_HANDED = re.compile(
    r"^\W*(?:penghargaan|piagam|trofi|piala|sertifikat)\s+(?:(?:langsung|pun|juga)\s+)?(?:di\w+kan|diterima)\b", re.I
)

# The award named by its unit and taken: "Penghargaan untuk Polresta X diterima ...", "Adapun piagam bagi Polsek Y
# diterima ...", "Trofi untuk Polres Z diserahkan kepada ...": the award of that unit, whatever its category words.
_FOR_UNIT_TAKEN = re.compile(
    r"^\W*(?:(?:Adapun|Sedangkan|Sementara)\s+)?(?:penghargaan|piagam|trofi|piala|sertifikat)\s+(?:untuk|bagi)\s+"
    r"[^,.;]{3,60}?\s(?:diterima|diwakili|di\w+kan\s+kepada)\b",
    re.I,
)


def taken_for_its_unit(sentence: str) -> bool:
    """ "Penghargaan untuk Polresta X diterima ...": a follow-up that names the unit whose award was taken."""
    return bool(_FOR_UNIT_TAKEN.match(sentence))


def followed_up(open_to: list[Award], sentence: str, recipients: list[Mention]) -> Award | None:
    """The award a follow-up sentence tells of, when the story has several; None when it is no follow-up."""
    takers = {m.name for m in recipients}
    if len(open_to) >= 2 and _FOR_UNIT_TAKEN.match(sentence):
        named = [a for a in open_to if takers & set(a.recipients)]
        return min(named, key=lambda a: len(a.recipients)) if named else None
    if len(open_to) < 2 or categories_of(sentence) or any(not m.via_position for m in recipients):
        return None
    own = [a for a in open_to if takers & set(a.recipients)]
    if own:
        return own[-1]  # "Piagam diterima Kapolsek Ubud ...": the award of the taker's own unit
    return open_to[-1] if _SAID_AGAIN.search(sentence) or _HANDED.search(sentence) else None


def sentences_of_others(award: Award, awards: list[Award]) -> set[str]:
    """The sentences of the story's other awards of another kind or giver, told in sentences of their own."""
    apart = [
        a
        for a in awards
        if a is not award
        and a.evidence[:1] != award.evidence[:1]
        and (a.category != award.category or givers_apart(award, a))
    ]
    return {s for a in apart for s in a.evidence} - set(award.evidence)


def taken_for_another(name: str, sentences: list[str], kind: str, theirs: set[str]) -> bool:
    """Whether the officer found anywhere in the story took one of its other awards, not this one: a sentence only
    theirs that tells of it by its giver or as the award just told has him take it ("Piagam rekor diserahkan
    perwakilan MURI kepada Kapolres X", "Bupati memberikan penghargaan kepada Kapolres X", "Piagam itu diterima
    Wakapolres Y"), and no other sentence of the story does. A handover naming no giver, or this award's giver too,
    may tell of every award of the story."""
    told = [e for e in theirs if _SAID_AGAIN.search(e) or (kind not in categories_of(e) and categories_of(e))]
    rest = [s for s in sentences if not any(e in s for e in told)]
    return any(_takes(e, re.escape(name)) for e in told) and not any(_takes(s, _any_word(name)) for s in rest)


def _any_word(name: str) -> str:
    return "(?:" + "|".join(re.escape(w) for w in name.split()) + ")"


def _takes(sentence: str, name: str) -> bool:
    """Whether the sentence has him (`name`, a pattern) take an award: "kepada Kapolres X AKBP Y", "diterima (oleh)
    ... Y", "Y menerima"; not a chief who only speaks of it ("Kapolres X AKBP Y mengatakan ...")."""
    return bool(
        re.search(rf"\b(?:kepada|diterima|diwakili|diambil)\b[^.;]{{0,60}}?\b{name}\b", sentence, re.I)
        or re.search(rf"\b{name}\b[^.;]{{0,30}}?\b(?:menerima|meraih|mendapat\w*|memperoleh)\b", sentence, re.I)
    )


def evidence_of_every_other(award: Award, awards: list[Award]) -> list[list[str]]:
    """The sentences of each of the story's awards to other units, whatever its kind or giver."""
    return [a.evidence for a in awards if a is not award and not set(a.recipients) & set(award.recipients)]


# A cue in the award's own sentences that someone took it: then who took it is read there.
_TAKING_CUE = re.compile(r"\b(?:diterima|diwakili|mewakili|diwakilkan|kepada)\b", re.I)


def taken_before_told(name: str, sentences: list[str], evidence: list[str], others: list[list[str]]) -> bool:
    """Whether every sentence that has him take an award comes after another award is first told and before this one
    is: "Polda A meraih X. Penghargaan diterima Wakapolda Y. Pada ajang yang sama, Polres B meraih Z." (Y took A's)."""

    def first_told(said: list[str]) -> int | None:
        return next((i for i, s in enumerate(sentences) if any(e in s for e in said)), None)

    if any(_TAKING_CUE.search(e) for e in evidence):
        return False
    first = first_told(evidence)
    before = [f for f in map(first_told, others) if f is not None]
    taking = [i for i, s in enumerate(sentences) if _takes(s, re.escape(name))]
    return first is not None and bool(taking) and all(any(f < i < first for f in before) for i in taking)


def taken_for_other_awards(name: str, sentences: list[str], award: Award, theirs: tuple) -> bool:
    """Whether the officer found anywhere in the story took another of its awards and not this one (`theirs`: the
    sentences of its awards of another kind or giver, and each other award's)."""
    return taken_for_another(name, sentences, award.category, theirs[0]) or taken_before_told(
        name, sentences, award.evidence, theirs[1]
    )
