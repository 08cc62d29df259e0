"""Who took a shared award, when its units' chiefs took it together: "Piagam diterima Kapolres A AKBP X dan Kapolsek B
AKP Y", "Penghargaan diterima Wakapolda C Brigjen Z bersama Kapolres D dan Kapolres E". Each took it for his own unit:
none of them is the officer of the award the units share, whichever the story names first.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.number_words import COUNT_WORD, KE_COUNT
from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name, normalise_rank
from pipelines.role_words import AWARD_NOUN
from pipelines.units import find_unit_mentions

# A verb of taking an award, in the voice either way ("diterima", "menerima", "diwakili", "diambil").
_TAKING = re.compile(r"\b(?:diterima|menerima|diterimakan|diwakili|diambil|mengambil)\b", re.I)

# The award handed to the chiefs ("Menteri menyerahkan piagam kepada Kapolda A, Kapolres B dan Kapolres C"): each
# takes it for his own unit, as when they are said to receive it.
_HANDED_TO = re.compile(
    r"\b(?:menyerahkan|memberikan|menganugerahkan|diserahkan|diberikan|dianugerahkan)\b[^.]{0,60}?\bkepada\b", re.I
)


def taken_by_their_chiefs(sentences: list[str], recipients: list[str]) -> bool:
    """Whether a sentence that says the award was taken, or handed to them, names, by their posts, the chiefs of two
    or more of the units that share it."""
    if len(set(recipients)) < 2:
        return False
    for sentence in sentences:
        if not (_TAKING.search(sentence) or _HANDED_TO.search(sentence)):
            continue
        chiefs = {m.name for m in find_unit_mentions(sentence) if m.via_position and m.name in recipients}
        if len(chiefs) >= 2:
            return True
    return False


# An officer said to speak or act just after he received the award: "kata Kasat Lantas Polres X AKP Y usai menerima
# penghargaan", "Kapolres X AKBP Y seusai menerima piagam mengatakan ...", "ujar AKBP Y setelah menerima trofi".
_JUST_AFTER = re.compile(r"\s*,?\s*(?:usai|seusai|setelah|sesudah|selepas|sesaat\s+setelah)\s+menerima(?:nya)?\b", re.I)


_COUNTED = re.compile(rf"(?:{KE_COUNT}|{COUNT_WORD})\s+", re.I)


def took_it_before_speaking(text: str, recipients: list[str]) -> tuple[str | None, str | None, str | None]:
    """(name, rank, post) of the one officer of the award's unit said to do something just after receiving an award;
    an officer whose post names another unit is not him."""
    found = set()
    for m in OFFICER_RE.finditer(text):
        after = _JUST_AFTER.match(text, m.end())
        # what he received is an award ("usai menerima penghargaan"), not a visit ("usai menerima kunjungan")
        if not after:
            continue
        counted = _COUNTED.match(text, after.end() + 1)  # "usai menerima kedua penghargaan itu"
        at = counted.end() if counted else after.end() + 1
        if not (text[after.end() - 3 : after.end()] == "nya" or AWARD_NOUN.match(text, at)):
            continue
        named = [u.name for u in find_unit_mentions(m.group(0)) if u.via_position]
        if named and not set(named) & set(recipients):
            continue
        found.add((clean_name(m.group("name")), normalise_rank(m.group("rank")), m.group("position") or None))
    return found.pop() if len(found) == 1 else (None, None, None)


# An award taken by a chief named by his post alone: "Penghargaan itu diterima langsung Kapolres."
TAKEN_BY_POST = re.compile(
    r"\b(?:diterima|diterimakan)\s+(?:langsung\s+)?(?:oleh\s+)?(?P<post>Kapolres(?:ta|tabes)?|Kapolda|Kapolsek|"
    r"Wakapolres(?:ta|tabes)?|Wakapolda)\b(?!\s+[A-Z])",
    re.I,
)


def with_takers_in_full(context: str, text: str) -> str:
    """The award's sentences with a taker named by his post alone written as the story first names him ("Kapolres
    Sumedang AKBP X"), so that he is read as the one who accepted."""
    m = TAKEN_BY_POST.search(context)
    if not m:
        return context
    post = m.group("post").lower()
    full = next(
        (
            o.group(0)
            for o in OFFICER_RE.finditer(text)
            if (o.group("position") or "").lower() == post and o.group("unit")
        ),
        None,
    )
    return f"{context[: m.start('post')]}{full}{context[m.end('post') :]}" if full else context
