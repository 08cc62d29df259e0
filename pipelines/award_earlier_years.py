"""An earlier award told by its year alone ("Pada 2023, Polres X menerima ..."), background to the story's own award."""

from __future__ import annotations

import re
from datetime import date

_YEAR = r"((?:19|20)\d\d)\b"

# "Pada 2023, Biddokkes Polda X menerima penghargaan dari ...", "Pada tahun 2022 Polres Y juga meraih ...": a
# sentence opening on a year gone by.
YEAR_OPENING = re.compile(rf"^\W*(?:pada|di)\s+(?:tahun\s+)?{_YEAR}", re.I)

# "Polres X meraih penghargaan serupa saat Pemilu 2019", "predikat yang sama pada 2022": the same kind of award, had
# at an occasion or in a year gone by.
SAME_AWARD_OF_A_YEAR = re.compile(
    rf"\b(?:serupa|yang sama)\b[^.;]*?\b(?:saat|pada|dalam|ketika)\s+(?:[\w-]+\s+){{0,3}}?(?:tahun\s+)?{_YEAR}", re.I
)


def told_of_an_earlier_year(sentence: str, published: date | None) -> bool:
    """Whether the sentence tells of an award by a year before the story's own: a year opening it, or the year of an
    occasion the same award was had at."""
    if published is None:
        return False
    found = YEAR_OPENING.search(sentence) or SAME_AWARD_OF_A_YEAR.search(sentence)
    return bool(found) and int(found.group(1)) < published.year
