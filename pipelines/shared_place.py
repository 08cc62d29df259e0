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


@lru_cache(maxsize=1)
def _list_re() -> re.Pattern:
    leaders = "|".join(yaml.safe_load(knowledge_text("unit_names.yml"))["local_leaders"])
    item = rf"(?:{leaders}|Kapolsek|Kapolresta|Kapolres)"
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
        for chief in re.finditer(r"\b(Kapolsek|Kapolresta|Kapolres)\b", m.group("run")):
            kind = CHIEF_UNIT[chief.group(1)]
            if kind == "Polsek":
                name, unit_id = f"Polsek {' '.join(without_town(words, gaz))}", None
            else:
                unit = gaz.lookup(f"{kind} {' '.join(words)}") or gaz.lookup(f"Polres {' '.join(words)}")
                if unit is None:
                    continue  # a resort only when the gazetteer knows it
                name, unit_id = unit.name, unit.unit_id
            start = m.start("run") + chief.start()
            mentions.append(Mention(name, unit_id, start, start + len(chief.group(1)), True))
    return mentions
