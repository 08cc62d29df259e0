"""An officer whose post names another unit took that unit's award, not this one.

Long stories name the takers of several awards: "Penghargaan untuk Polsek A diterima Kapolsek A AKP X", "Piala
diserahkan Kapolda kepada Kapolres B AKBP Y", "Trofi peringkat kedua diterima Kasat Lantas Polres C AKP Z". Such a
taker is the officer of his own unit's award, or of an award of a unit above or below his, never of a neighbour's
(another Polres, another Polsek, a sibling section). Pure functions over unit mentions.
"""

from __future__ import annotations

from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name
from pipelines.units import find_unit_mentions

__all__ = ["post_of_another_unit", "units_of_post"]


def _level(mention) -> str:
    name = mention.name
    if mention.parent_id:
        return "section"
    if name.startswith("Polda") or name == "Mabes Polri":
        return "polda"
    if name.startswith("Polsek"):
        return "polsek"
    return "polres" if name.startswith("Polres") else "other"


def _related(post, unit) -> bool:
    """The two may be one unit, one above the other or two sections of one unit (a Polsek's Polres is not in the
    gazetteer: a Polsek and a Polres may always be)."""
    if _level(post) == _level(unit) == "polda":
        return post.name == unit.name  # a Kapolda takes his own Polda's place in a ranking of Polda, no other's
    if post.name == unit.name or {_level(post), _level(unit)} & {"polda", "other"}:
        return True
    if (
        post.parent_id
        and post.parent_id in (unit.unit_id, unit.parent_id)
        or unit.parent_id
        and unit.parent_id == post.unit_id
    ):
        return True  # one inside the other, or sections of one unit (a Kasat Lantas takes his Satpas's award)
    return {_level(post), _level(unit)} == {"polsek", "polres"}


def _post_before(text: str, m) -> list:
    """The unit of the post an officer is named with: the pattern's own ("Kapolsek Parakan AKP X"), else a post the
    unit reader knows written just before his rank ("Wakapolresta Samarinda AKBP Y")."""
    if m.group("position") and m.group("unit"):
        return find_unit_mentions(f"{m.group('position')} {m.group('unit')}")
    before = text[max(0, m.start() - 50) : m.start()]
    return [u for u in find_unit_mentions(before) if u.via_position and u.end >= len(before.rstrip()) - 1][-1:]


def units_of_post(officer: str | None, text: str) -> set[str]:
    """The units the officer's post names where the story writes him ("Kapolda Sulawesi Tengah Irjen Pol X")."""
    return {
        u.name
        for m in OFFICER_RE.finditer(text)
        if officer and clean_name(m.group("name")).startswith(officer)
        for u in _post_before(text, m)
    }


def post_of_another_unit(officer: str | None, text: str, recipients: list[str]) -> bool:
    """The officer's post as the story writes it ("Kapolsek Parakan AKP X", "Kasat Lantas Polres Lebak AKP Y")
    names a Polri unit none of the award's recipients is, belongs to or holds."""
    written = [
        _post_before(text, m)
        for m in OFFICER_RE.finditer(text)
        if officer and clean_name(m.group("name")).startswith(officer)
    ]
    posts = next((found for found in written if found), [])
    units = [m for name in recipients for m in find_unit_mentions(name)[:1]]
    if not posts or not units:
        return False
    return not any(_related(posts[0], unit) for unit in units)
