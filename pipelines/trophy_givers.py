"""A trophy named after a police chief ("turnamen futsal Kapolres Cup", "Piala Kapolresta Tanjungpinang 2023") or a
Polda ("Polda Sulbar Cup"), a contest among one unit's own people ("turnamen futsal antaranggota Polresta X") or one a
unit is said to hold ("digelar Sat Brimob Polda X"): the chief whose unit holds the contest, or that unit, gives it,
as the set's rule for a unit's own contest has it. Pure functions over text and the recipients' gazetteer units, used
by pipelines.award_giver_completion when no giver is named.
"""

from __future__ import annotations

import re

from pipelines.knowledge import Mention
from pipelines.unit_gazetteer import gazetteer
from pipelines.units import find_unit_mentions

# The chiefs below a Polda (a Kapolri's or Kapolda's trophy is read by the kinds table). The place, when written,
# follows the post in "Piala Kapolres Sleman"; "Kapolres Cup" leaves it to the units that play for it.
_POST = r"Kapol(?:resta|restabes|res|sek)"
# "Kapolresta Pontianak Cup": the place may stand between the post and "Cup" as well.
_PLACE = r"((?!Cup\b)[A-Z][\w-]*(?:\s+(?!Cup\b)[A-Z][\w-]*)?)"
CHIEFS_TROPHY = re.compile(rf"\b(?:Piala\s+({_POST})(?:\s+{_PLACE})?|({_POST})(?:\s+{_PLACE})?\s+Cup)\b")
# A contest among a unit's own people: "antaranggota Polresta X", "antarsatuan fungsi di lingkungan Polres Y",
# "antar-Polsek jajaran Polres Z".
INTERNAL_CONTEST = re.compile(
    r"\bantar-?\s?(?:anggota|personel|satuan(?:\s+fungsi)?|satfung|fungsi|bagian|polsek)\s+"
    r"(?:(?:di\s+)?(?:jajaran|lingkungan)\s+)?(?=Pol(?:res|sek))",
    re.I,
)
# The unit types a post heads; outlets write "Kapolres" for a Polresta's chief too, so the giver takes the host's
# own name ("Kapolres Cup" won by Satlantas Polresta Sleman: Kapolresta Sleman).
_COMMANDS = ("polres", "polres_metro", "polresta", "polrestabes")
_HEADS = {"Kapolres": _COMMANDS, "Kapolresta": _COMMANDS, "Kapolrestabes": _COMMANDS, "Kapolsek": ("polsek",)}


def trophy_giver(text: str, recipients: list[Mention]) -> str | None:
    """The chief a trophy is named after, with his place: the one written, else the one command all its winners
    belong to ("Satreskrim Polresta Tanjungpinang" wins the "Kapolresta Cup": Kapolresta Tanjungpinang)."""
    m = CHIEFS_TROPHY.search(text)
    if not m:
        return _internal_contest_host(text) or _polda_trophy(text) or _held_by_unit(text)
    post, place = m.group(1) or m.group(3), m.group(2) or m.group(4)
    if place:
        return f"{post} {place}"
    gaz = gazetteer()
    hosts = set()
    for r in recipients:
        unit = gaz.units.get(r.parent_id or "") or gaz.units.get(r.unit_id or "")
        hosts.add(unit.name if unit and unit.type in _HEADS[post] else None)
    host = hosts.pop() if len(hosts) == 1 else None
    return f"Ka{host[0].lower()}{host[1:]}" if host else None


def _internal_contest_host(text: str) -> str | None:
    """The chief of the unit whose own people a contest is among: "antaranggota Polresta Tanjungpinang"."""
    m = INTERNAL_CONTEST.search(text)
    host = next((u for u in find_unit_mentions(text) if m and u.start == m.end()), None)
    return f"Ka{host.name[0].lower()}{host.name[1:]}" if host else None


# A trophy named after a Polda itself: "Turnamen Mini Soccer Polda Sulbar Cup", "Piala Polda Riau": its Kapolda's.
POLDA_TROPHY = re.compile(r"\b(?:Piala\s+(?=Polda\s)|(?=Polda\s+[A-Z][\w-]*(?:\s+[A-Z][a-z]+)?\s+Cup\b))")


def _polda_trophy(text: str) -> str | None:
    m = POLDA_TROPHY.search(text)
    polda = next((u for u in find_unit_mentions(text) if m and u.start == m.end()), None)
    return f"Ka{polda.name[0].lower()}{polda.name[1:]}" if polda and polda.name.startswith("Polda ") else None


# A contest a unit is said to hold for an occasion of its own: "rangkaian acara yang digelar Sat Brimob Poldasu untuk
# memeriahkan HUT Brimob": a Polda or a Polres gives by its chief, a unit under a Polda (a Satbrimob) in its own name.
HELD_BY = re.compile(r"\b(?:digelar|diselenggarakan|diadakan)\s+(?:oleh\s+)?")


def _held_by_unit(text: str) -> str | None:
    starts = {m.end() for m in HELD_BY.finditer(text)}
    unit = next((u for u in find_unit_mentions(text) if u.start in starts and (u.unit_id or u.parent_id)), None)
    if unit is None:
        return None
    if unit.name.startswith(("Polda ", "Polres", "Polsek")):
        return f"Ka{unit.name[0].lower()}{unit.name[1:]}"
    return unit.name
