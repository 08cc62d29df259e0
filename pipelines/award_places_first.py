"""Places said before the units that took them, each in its turn: "Peringkat kedua dan ketiga masing-masing ditempati
Polres B dan Polres C", "Juara II dan III masing-masing diraih oleh Polsek D dan Polsek E". The reverse of "Polres A dan
Polres B masing-masing meraih juara 1 dan juara 2", which pipelines/award_rankings.py reads.

Pure functions over text, used by the ranking rules (pipelines/award_rankings.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The places (a rank word first), "masing-masing", a verb that says who took them, and then the units in order.
PLACES_THEN_UNITS = re.compile(
    r"^\W*(?:(?:sedangkan|sementara(?:\s+itu)?|adapun|lalu|kemudian)\s*,?\s+)?"
    r"(?P<places>(?i:juara|peringkat|posisi|urutan|ranking|rangking)\s+[^;.]{1,60}?)\s*,?\s+"
    r"(?i:masing-masing)\s+(?i:di(?:raih|tempati|duduki|sabet|rebut|peroleh|dapat(?:kan)?)|jatuh\s+(?:kepada|ke)|"
    r"menjadi\s+milik|milik)\s+(?:(?i:oleh)\s+)?",
    re.I,
)
_TAIL = re.compile(r"\s+(?:atas|karena|dalam|pada|di|dengan)\s+|[;.]")
_ITEMS = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")


def places_then_units(sentence: str, units: list, in_common: Callable[[list[str]], list[str]]) -> list[tuple]:
    """(unit, place) pairs when the sentence says its places first and the units that took them in their order,
    as many units as places; `in_common` gives bare numbers the first place's rank word ("juara II dan III")."""
    m = PLACES_THEN_UNITS.match(sentence)
    if not m:
        return []
    items = [i.strip() for i in _ITEMS.split(m.group("places")) if i.strip()]
    end = m.end() + len(_TAIL.split(sentence[m.end() :])[0])
    named = [u for u in units if m.end() <= u.start < end]
    if len(items) < 2 or len(items) != len(named):
        return []
    return list(zip(named, in_common(items), strict=True))
