"""Resort and Polda names the gazetteer does not hold as written: a misspelt place ("Polres Lhoksumawe",
"Polres Pelabuhan Tanjung Priuk", "Polda Sulawesi Tengara") is the known unit it is closest to.

Every Polres and Polda is in the gazetteer, so a name after one of those type words that it lacks is most
often a spelling slip. Only a close likeness counts, among the names of units of the same type, and only for
names long enough that one letter more or less still leaves them plainly the same word.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from pipelines.unit_gazetteer import Gazetteer

RESORTS = ("Polres", "Polresta", "Polrestabes")
MIN_LENGTH = 6  # letters of the place: shorter names differ by a letter from too many others


def _slips(length: int) -> int:
    """Letters a writer may miss, add, swap or mistype in a place name of `length` letters."""
    return 1 if length < 12 else 2


@lru_cache(maxsize=4)
def _places(gaz: Gazetteer, level: str) -> dict[str, str]:
    """The place part of every name and alias of a unit of `level` ("resort" or "polda"), to the unit's id."""
    places: dict[str, str] = {}
    kinds = ("polres", "polresta", "polrestabes") if level == "resort" else ("polda",)
    for key, ids in gaz.by_name.items():
        kind, _, place = key.partition(" ")
        if place and kind in kinds and gaz.units[ids[0]].type.startswith(kinds):
            places.setdefault(place, ids[0])
    return places


@lru_cache(maxsize=512)
def closest_unit(gaz: Gazetteer, unit_type: str, place: str) -> str | None:
    """The id of the resort or Polda whose name is spelt like `place` ("Lhoksumawe") but for a slip or two."""
    level = "resort" if unit_type in RESORTS else "polda" if unit_type == "Polda" else None
    wanted = place.lower()
    if level is None or len(wanted.replace(" ", "")) < MIN_LENGTH:
        return None
    places = _places(gaz, level)
    # A slip keeps the first letter and the number of words: "Pemalang Kota" is not "Malang Kota".
    candidates = [p for p in places if p[0] == wanted[0] and p.count(" ") == wanted.count(" ")]
    near = [(_distance(wanted, p), places[p]) for p in difflib.get_close_matches(wanted, candidates, n=5, cutoff=0.75)]
    near = [(d, unit_id) for d, unit_id in near if d <= _slips(len(wanted))]
    if not near:
        return None
    # The fewest slips decide ("Sulawesi Tengara" is Tenggara, not Tengah); a tie between two units, nothing.
    best = {unit_id for d, unit_id in near if d == min(near)[0]}
    return best.pop() if len(best) == 1 else None


def _distance(a: str, b: str) -> int:
    """Edits (a letter added, dropped, changed, or two swapped) that turn `a` into `b`."""
    previous, current = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        before, previous, current = previous, current, [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
    return current[-1]
