"""The police of a place, named by a word for the police and the place instead of a unit's type: "Polisi Kudus",
"kepolisian di Banyumas", "Korps Bhayangkara Sumbawa". The place names the Polda of its province, else the resort
of its regency or city; a place the gazetteer has no unit for ("Polisi Wanita", "polisi Malaysia") names none.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from pipelines.knowledge import Mention, knowledge_text
from pipelines.unit_gazetteer import Gazetteer, expand_province

KINDS_OF_PLACE = ("Polda", "Polres", "Polresta", "Polrestabes", "Polres Metro")


@lru_cache(maxsize=1)
def _police_of_a_place_re() -> re.Pattern:
    words = yaml.safe_load(knowledge_text("unit_names.yml"))["police_of_a_place"]
    return re.compile(
        rf"\b(?:{'|'.join(words)})\s+(?:(?:di|wilayah)\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})"
    )


def _unit_of_place(words: list[str], gaz: Gazetteer) -> tuple[Mention | None, int]:
    """The longest run of the place's words that names a Polda or a resort exactly, and how many words it took."""
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        for kind in KINDS_OF_PLACE:
            unit = gaz.lookup(f"{kind} {expand_province(place) if kind == 'Polda' else place}")
            if unit is not None and unit.type != "polsek":
                return Mention(unit.name, unit.unit_id, 0, 0, False), n
    return None, 0


def police_of_a_place(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "Polisi Kudus menerima penghargaan": Polres Kudus, spanning the words for the police and the place."""
    found = []
    for m in _police_of_a_place_re().finditer(text):
        words = m.group("place").split()
        unit, used = _unit_of_place(words, gaz)
        if unit is None:
            continue
        end = m.start("place") + len(" ".join(words[:used]))
        found.append(Mention(unit.name, unit.unit_id, m.start(), end, False))
    return found


PROVINCE_WORDS = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}")


def province_polda_at(text: str, start: int, gaz: Gazetteer) -> Mention | None:
    """ "Satbrimobda Jateng", "Ditlantas Kaltim": the province written right after a Polda's sub-unit, without
    "Polda", names the Polda it belongs to."""
    m = PROVINCE_WORDS.match(text, start)
    if m is None:
        return None
    words = m.group(0).split()
    for n in range(len(words), 0, -1):
        unit = gaz.lookup(f"Polda {expand_province(' '.join(words[:n]))}")
        if unit is not None and unit.type == "polda":
            return Mention(unit.name, unit.unit_id, start, start + len(" ".join(words[:n])), False)
    return None


LOCAL = re.compile(r"\b(?P<chief>(?:Waka|Ka)(?=pol))?(?P<type>[Pp]olres(?:ta|tabes)?)\s+setempat\b")


@lru_cache(maxsize=1)
def _place_heads_re() -> re.Pattern:
    names = yaml.safe_load(knowledge_text("unit_names.yml"))
    regency, city = "|".join(names["regency_heads"]), "|".join(names["city_heads"])
    place = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    return re.compile(rf"\b(?:(?P<city>{city})|(?:{regency}))\s+(?P<place>{place})")


def _resort_of_place(m: re.Match, gaz: Gazetteer) -> Mention | None:
    words = m.group("place").split()
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        kinds = ("Polres {} Kota", "Polresta {} Kota", "Polrestabes {}", "Polresta {}") if m.group("city") else ()
        for unit in (gaz.lookup(k.format(place)) for k in kinds):
            if unit is not None:
                return Mention(unit.name, unit.unit_id, 0, 0, False)
        unit, used = _unit_of_place(words[:n], gaz)
        if unit is not None and used == n and not unit.name.startswith("Polda"):
            return unit
    return None


def local_resorts(text: str, story: str | None, gaz: Gazetteer) -> list[Mention]:
    """ "kepada Polres setempat", "diterima Kapolres setempat": the resort of the regency or city the sentence
    names before it (its Bupati, its government), else the first one the story names."""
    found = []
    for m in LOCAL.finditer(text):
        places = list(_place_heads_re().finditer(text, 0, m.start()))[::-1] + list(
            _place_heads_re().finditer(story or "")
        )
        unit = next(filter(None, (_resort_of_place(p, gaz) for p in places)), None)
        if unit is not None:
            found.append(Mention(unit.name, unit.unit_id, m.start(), m.end(), bool(m.group("chief"))))
    return found
