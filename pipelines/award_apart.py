"""Whether a sentence of pass 2 speaks of an award already read or of another one: a named award to other units,
a place of a ranking that is its own unit's, "Selain itu, X juga meraih Y". Used by pipelines/award_reading.py.
"""

from __future__ import annotations

import re

from pipelines.award_model import Award
from pipelines.award_title_words import is_generic_title
from pipelines.award_titles import title_of
from pipelines.givers import giver_of
from pipelines.knowledge import Mention


def named_apart(award: Award, named: list[Mention], sentence: str) -> bool:
    """Whether an award already read, named and given to units, is not the one a sentence gives other units."""
    if not named or not award.recipients or is_generic_title(award.title):
        return False
    names = {m.name for m in named}
    if names & set(award.recipients) or any(n.endswith(" " + r) for n in names for r in award.recipients):
        return False
    title = title_of(sentence)
    return bool(title) and not is_generic_title(title) and title != award.title


def placed_elsewhere(award: Award, named: list[Mention]) -> bool:
    """A place of a listed ranking ("Posisi kedua ditempati Polres X") when the sentence names only other units."""
    return bool(
        award.placement is not None
        and award.title_listed
        and award.recipients
        and named
        and not {m.name for m in named} & set(award.recipients)
    )


ALSO_ANOTHER = re.compile(
    r"^(?:Selain itu|Di samping itu)\b[^.]*?\b(?:juga\s+)?(?:meraih|menerima|memperoleh|mendapat(?:kan)?)\b"
)


def another_award(awards: list[Award], sentence: str, named: list[Mention]) -> bool:
    """ "Sementara itu, Ditintelkam Polda X meraih predikat Y": other units, an award of a name of its own."""
    title = title_of(sentence)
    if not named or is_generic_title(title) or any(title == a.title for a in awards):
        return False
    return not {m.name for m in named} & {name for a in awards for name in a.recipients}


def given_apart(award: Award, named: list[Mention], sentence: str, category: str) -> bool:
    """ "Polda X meraih penghargaan dari KPPN. Ditreskrimsus Polda X mendapat penghargaan dari OJK": other units,
    from another giver that each sentence names, receive another award."""
    if not named or not award.recipients or not award.evidence:
        return False
    if {m.name for m in named} & set(award.recipients):
        return False
    new = giver_of(category, sentence, named)[0]
    # the sentence names that giver itself, after "dari" or "oleh" or as who gives ("Bupati X juga memberikan
    # penghargaan kepada Polres Y"), not a unit it hands something to
    said = new and (
        re.search(rf"\b(?:dari|oleh)\s+(?:\w+\s+){{0,3}}?{re.escape(new.split()[0])}\b", sentence)
        or re.search(rf"\b{re.escape(new.split()[0])}\b[^.,]{{0,60}}?\s+(?:juga\s+)?{GIVING_VERB}\b", sentence)
    )
    return bool(said) and not any(new in m.name for m in named) and _other_body(new, _first_giver(award))


# A giving verb its giver stands before.
GIVING_VERB = r"(?:memberikan|memberi|menyerahkan|menganugerahkan|menganugerahi|menyematkan)"


# "Polres X juga memperoleh predikat Informatif dari Komisi Informasi DIY": the same units "juga" receive an award of a
# name of its own from a giver the sentence names after dari/oleh, not the first award's giver: another award.
ALSO_RECEIVES = re.compile(
    r"\bjuga\s+(?:meraih|menerima|memperoleh|mendapat(?:kan)?|menyabet|dianugerahi|diganjar|dinobatkan)\b"
)


def also_from_another(award: Award, named: list[Mention], sentence: str, category: str) -> bool:
    if not named or not award.evidence or not ALSO_RECEIVES.search(sentence):
        return False
    title = title_of(sentence)
    if is_generic_title(title) or title == award.title:
        return False
    new = giver_of(category, sentence, named)[0]
    said = new and re.search(rf"\b(?:dari|oleh)\s+(?:\w+\s+){{0,3}}?{re.escape(new.split()[0])}\b", sentence)
    return bool(said) and _other_body(new, _first_giver(award))


def givers_apart(award: Award, other: Award) -> bool:
    """Whether the sentences that first tell of two awards name different givers: neither is the other's summary."""
    return _other_body(_first_giver(award), _first_giver(other))


def _first_giver(award: Award) -> str | None:
    return giver_of(award.category, award.evidence[0], [])[0] if award.evidence else None


def _other_body(new: str | None, old: str | None) -> bool:
    return bool(new and old) and new.lower() not in old.lower() and old.lower() not in new.lower()
