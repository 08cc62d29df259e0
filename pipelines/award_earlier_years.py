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


# "Polresta X pada 2023 menerima penghargaan dari Bupati": a year gone by said just before the receiving verb.
YEAR_BEFORE_RECEIVING = re.compile(
    rf"\bpada\s+(?:tahun\s+)?{_YEAR}\s+(?:juga\s+|pernah\s+|sempat\s+)*(?:menerima|meraih|mendapat\w*|memperoleh)\b",
    re.I,
)


def told_of_an_earlier_year(sentence: str, published: date | None) -> bool:
    """Whether the sentence tells of an award by a year before the story's own: a year opening it, said just before
    the receiving verb, or the year of an occasion the same award was had at."""
    if published is None:
        return False
    found = YEAR_OPENING.search(sentence) or SAME_AWARD_OF_A_YEAR.search(sentence)
    found = found or YEAR_BEFORE_RECEIVING.search(sentence)
    return bool(found) and int(found.group(1)) < published.year
