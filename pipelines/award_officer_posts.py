"""An award's officer said by his post alone or one word of his name ("Kapolda menerima penghargaan Muri",
"diterima oleh Kapolres Bima", "Herry juga memperoleh hadiah", "diterima oleh Sigit"): the officer the story names in full with that post
in the recipient unit, or with that word in his name.

Pure functions over text, used by pipelines.award_officer.
"""

from __future__ import annotations

import re

from pipelines.award_officer_accepted import THANKED_BEFORE
from pipelines.officer_pattern import OFFICER_RE, POSITION_RE
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.role_words import AWARD_NOUN

__all__ = ["named_before"]


_RECEIVING_VERB = (
    r"(?:pun\s+|juga\s+|langsung\s+|sendiri\s+)*(?:menerima|meraih|memperoleh|mendapat(?:kan)?|dianugerahi)\b"
)
# A post alone, or one word of a name, as the subject of a receiving verb: "Kapolda menerima penghargaan Muri",
# "Kapolres Sumenep, Madura, meraih ...", "Kabid Humas Polda X menerima piagam", "Selain itu, Herry juga memperoleh
# hadiah".
# Not a list of posts whose unit is the subject: "kepada Kasat Binmas, Kapolsek, dan Bhabinkamtibmas, Polres X meraih".
_NOT_LISTED = rf"(?![^,.]*\b(?:dan|serta)\b)(?![^,.]*\b(?:{POSITION_RE})\b)"
POST_RECEIVES = re.compile(
    rf"\b(?P<post>{POSITION_RE})(?<=\w)(?!\w)"
    rf"(?P<unit>(?:\s+[A-Z][\w-]*){{0,3}})(?:,{_NOT_LISTED}[^,.]{{0,40}}){{0,3}},?\s+{_RECEIVING_VERB}"
)
# A post alone after the cue of who accepted: "penghargaannya diberikan kepada penyelenggara, yaitu Kapolres dan
# panitia", "diterima oleh Kapolres Bima".
POST_ACCEPTED = re.compile(
    r"\b(?:kepada|diterima(?:\s+(?:langsung\s+)?oleh)?|diwakili(?:\s+oleh)?|yaitu|yakni)\s+"
    rf"(?P<post>{POSITION_RE})(?<=\w)(?!\w)(?P<unit>(?:\s+[A-Z][\w-]*){{0,3}})"
)


def _award_before(context: str, end: int) -> bool:
    """An award is what its sentence hands over before `end` ("penghargaannya diberikan kepada"), not material."""
    start = context.rfind(". ", max(0, end - 150), end)
    return bool(AWARD_NOUN.search(context, max(0, start, end - 150), end))


# A name alone may stand in for a group said between commas: "Herry, mewakili 30 anggota tim, ..., menerima".
WORD_RECEIVES = re.compile(rf"\b(?P<word>[A-Z][a-z]{{2,}})(?:,?\s+mewakili\b[^.;]{{0,200}}?,)?\s+{_RECEIVING_VERB}")
# A name alone after the cue of who accepted: "Piagam diterima langsung oleh Sigit di Semarang", "diserahkan Bupati
# Kebumen Arif Sugiyanto kepada Eka di Pendopo" (one word, no more of a name or a post after it).
WORD_ACCEPTED = re.compile(
    r"\b(?:diterima\s+(?:langsung\s+|sendiri\s+)?oleh|(?:diserahkan|diberikan)\b[^.;]{0,80}?\bkepada)\s+"
    r"(?P<word>[A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)


def _same_post(one: str | None, other: str) -> bool:
    """ "Kabid Humas" and "Kabidhumas" are one post."""
    return bool(one) and re.sub(r"\s", "", one).lower() == re.sub(r"\s", "", other).lower()


def named_before(context: str, recipient: str) -> re.Match | None:
    """The officer a post or a name alone refers to when it receives: the one the text names in full with
    that post (in the recipient unit) or that word in his name."""
    officers = list(OFFICER_RE.finditer(context))
    accepted = [r for r in POST_ACCEPTED.finditer(context) if _award_before(context, r.start())]
    for r in [*POST_RECEIVES.finditer(context), *accepted]:
        if (
            re.search(rf"(?<!\w){ANY_CASE_RANK_RE}\b", r.group("unit"))
            or re.match(rf"\s*,?\s*{ANY_CASE_RANK_RE}\b", context[r.end() :])
            or (r.group("post") == "Kapolda" and "Polda" not in recipient)
            or THANKED_BEFORE.search(context, max(0, r.start("post") - 80), r.start("post"))
        ):
            continue
        words = r.group("unit").split()
        for m in officers:
            unit = (m.group("unit") or "").split()
            if _same_post(m.group("position"), r.group("post")) and (not words or unit[:1] == words[:1]):
                return m
    for r in [*WORD_RECEIVES.finditer(context), *WORD_ACCEPTED.finditer(context)]:
        for m in officers:
            if m.start() < r.start() and r.group("word") in m.group("name").split()[1:] + m.group("name").split()[:1]:
                return m
    return None
