"""A Kapolsek or Kapolres named bare among local leaders who share one place, named once at the end of the list:
"kepada Camat, Kapolsek, Danramil dan Kepala Puskesmas Singojuruh" names Polsek Singojuruh; "kepada Kapolres dan
Dandim 0102 Pidie" names Polres Pidie (data/knowledge/unit_names.yml, local_leaders)."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from pipelines.knowledge import Mention, knowledge_text
from pipelines.unit_gazetteer import Gazetteer
from pipelines.unit_names import unlisted_name, without_town

CHIEF_UNIT = {"Kapolsek": "Polsek", "Kapolres": "Polres", "Kapolresta": "Polresta"}
# A bare unit type listed among local bodies: "(Panwaslu, Polresta, dan Pemda Kota Tasikmalaya)".
BARE_UNIT = {"Polsek": "Polsek", "Polres": "Polres", "Polresta": "Polresta"}


@lru_cache(maxsize=1)
def _list_re() -> re.Pattern:
    names = yaml.safe_load(knowledge_text("unit_names.yml"))
    leaders = "|".join(names["local_leaders"] + names["local_bodies"])
    item = rf"(?:{leaders}|Kapolsek|Kapolresta|Kapolres|Polsek|Polresta|Polres)(?!\s+[A-Z])"
    joint = r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)"
    place = r"(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
    return re.compile(rf"\b(?P<run>(?:{item}{joint})+)(?:{leaders})\s+{place}")


def chiefs_of_shared_place(text: str, gaz: Gazetteer) -> list[Mention]:
    """The units of the bare chiefs in a list of local leaders that ends on their shared place."""
    mentions = []
    for m in _list_re().finditer(text):
        words = unlisted_name(m.group("place").split(), gaz, False)
        if not words:
            continue
        for chief in re.finditer(
            r"\b(Kapolsek|Kapolresta|Kapolres|Polsek|Polresta|Polres)\b(?!\s+[A-Z])", m.group("run")
        ):
            kind = CHIEF_UNIT.get(chief.group(1)) or BARE_UNIT[chief.group(1)]
            if kind == "Polsek":
                name, unit_id = f"Polsek {' '.join(without_town(words, gaz))}", None
            else:
                unit = next(filter(None, map(gaz.lookup, _resort_names(kind, words))), None)
                if unit is None:
                    continue  # a resort only when the gazetteer knows it
                name, unit_id = unit.name, unit.unit_id
            start = m.start("run") + chief.start()
            through_chief = chief.group(1) in CHIEF_UNIT
            mentions.append(Mention(name, unit_id, start, start + len(chief.group(1)), through_chief))
    return mentions


def _resort_names(kind: str, words: list[str]) -> list[str]:
    """The names a resort of the place may go by: "Kota Tasikmalaya" is Polres Tasikmalaya Kota's city (or a Polresta's,
    a Polrestabes'), "Kabupaten Garut" Polres Garut's regency."""
    place, rest = " ".join(words), " ".join(words[1:])
    if words[0] == "Kota" and rest:
        return [f"Polres {rest} Kota", f"Polresta {rest}", f"Polrestabes {rest}", f"{kind} {place}"]
    if words[0] == "Kabupaten" and rest:
        return [f"{kind} {rest}", f"Polres {rest}", f"Polresta {rest}"]
    return [f"{kind} {place}", f"Polres {place}"]
