"""The sentences of a story's other awards that one award must not read its giver or officer from: a state
decoration's or a MURI record's own sentences, and those that tell of another occasion; and an award read only from
a sentence that counts the others. Pure functions over text, used by pipelines/structure.py.
"""

from __future__ import annotations

import re

from pipelines.award_model import Award
from pipelines.award_officer_unit import units_of_post
from pipelines.categories import decided_by_wording
from pipelines.number_words import COUNT_WORD, KE_COUNT, ORDINAL, VALUES


def said_of_a_decoration(award: Award, awards: list[Award]) -> set[str]:
    """The sentences only another award's own, when that award is one whose name says its giver (a state decoration,
    a MURI record) and this one is not: "Satu personil dianugerahi Bintang Bhayangkara Nararya, ..." gives the
    Polisi teladan awards of the same story no giver."""
    if decided_by_wording(award.title or ""):
        return set()
    named = [a for a in awards if a is not award and decided_by_wording(a.title or "")]
    return {s for a in named for s in a.evidence} - set(award.evidence)


# A sentence that tells of another occasion than the story's first: "Pada kesempatan terpisah, Kapolres X juga
# dinobatkan ...", "Di tempat terpisah, ...", "Secara terpisah, ...".
ANOTHER_OCCASION = re.compile(
    r"^(?:(?:Pada|Di|Dalam)\s+(?:kesempatan|tempat|acara|waktu)\s+(?:yang\s+)?(?:terpisah|berbeda|lain)|Secara\s+terpisah|"
    r"Di\s+lain\s+(?:kesempatan|tempat))\b",
    re.I,
)


def told_apart(award: Award, awards: list[Award]) -> set[str]:
    """Another award's sentences that say it was given on another occasion: who accepted it there did not accept
    this one."""
    return {s for a in awards if a is not award for s in a.evidence if ANOTHER_OCCASION.match(s)} - set(award.evidence)


def from_its_own_occasion(award: Award, sentences: list[str]) -> list[str] | None:
    """An award told apart ("Di tempat terpisah, Polres B menerima ...") is dated by its own sentences and those
    after them, never by the day of the occasion told before it; an award told as a counted item ("Kedua, ...") by
    the story without the other items; None for any other award."""
    opening = next((s for s in award.evidence if ANOTHER_OCCASION.match(s)), None)
    if opening is None or opening not in sentences:
        return _without_other_items(award, sentences)
    return sentences[sentences.index(opening) :]


# An award the story counts as an item: "Pertama, penghargaan dari Bupati ..., Senin (9/12)", "Kedua, piagam dari ...".
ITEM_OPENING = re.compile(rf"^(?P<n>{ORDINAL})\s*[,:]", re.I)


def _without_other_items(award: Award, sentences: list[str]) -> list[str] | None:
    """For an award told as one counted item ("Kedua, piagam dari X"), the story without the other items' sentences:
    the day the first item was handed over on is its own ("Pertama, ... diserahkan Senin (9/12)"); None otherwise."""
    own = next((m.group("n").lower() for s in award.evidence if (m := ITEM_OPENING.match(s))), None)
    if own is None:
        return None
    return [s for s in sentences if not ((m := ITEM_OPENING.match(s)) and m.group("n").lower() != own)]


# A sentence that counts the story's awards: "Polres X memborong tiga penghargaan", "menerima dua penghargaan sekaligus".
AWARDS_COUNTED = re.compile(rf"\b({COUNT_WORD}|\d)\s+(?:penghargaan|piagam|predikat|trofi)\b", re.I)
# ... and those that refer back to them together: "Ketiga penghargaan diterima Kapolres X".
AWARDS_AGAIN = re.compile(rf"\b{KE_COUNT}\s+(?:penghargaan|piagam|predikat|trofi)\b", re.I)


def counts_the_others(award: Award, awards: list[Award]) -> bool:
    """An award read only from sentences that count the awards ("Polres X menerima tiga penghargaan dalam ..."),
    when the story tells that many of the same units' awards one by one: their summary, no award of its own."""
    counted = [m for s in award.evidence if (m := AWARDS_COUNTED.search(s))]
    if not counted or not all(AWARDS_COUNTED.search(s) or AWARDS_AGAIN.search(s) for s in award.evidence):
        return False
    count = max(int(m.group(1)) if m.group(1).isdigit() else VALUES.get(m.group(1).lower(), 0) for m in counted)
    same = [a for a in awards if a is not award and set(a.recipients) == set(award.recipients)]
    return count >= 2 and len(same) >= count


def officers_of_their_own(awards: list[Award], text: str) -> None:
    """An officer the sentences of another unit's award name ("Kapolda X dianugerahi gelar adat"), and this award's
    do not, whose post is of that unit, took that award only: "Bupati Y juga memberikan penghargaan kepada Polres Z" names no officer of Z's."""
    for award in awards:
        name = award.officer
        if not name or any(name in s for s in award.evidence):
            continue
        posts = units_of_post(name, text)  # "Kapolda Sulawesi Tengah Irjen Pol X": Polda Sulawesi Tengah
        if any(post.lower() in s.lower() for post in posts for s in award.evidence):
            continue  # "..., yang diwakili Kapolres Belu": his post named where he stood in
        elsewhere = [
            a
            for a in awards
            if a is not award
            and a.officer == name
            and posts & set(a.recipients)
            and not posts & set(award.recipients)
            and not set(a.recipients) & set(award.recipients)
            and any(name in s for s in a.evidence)
        ]
        if elsewhere:
            award.officer = award.rank = award.position = None
