"""Polri units: finding units in text, against the gazetteer (unit_gazetteer.py, data/units.csv).

`find_unit_mentions(text)` returns every unit a text names, normalised to the
gazetteer ("Polda Kalsel" is Polda Kalimantan Selatan, "Kapolres Serang" names
Polres Serang). Units the gazetteer lacks (most Polsek) are kept by name and
linked to a parent Polres when the text or the place allows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipelines.knowledge import Mention
from pipelines.number_words import COUNT
from pipelines.role_words import OTHER_ACTOR, SPEAKER_VERB
from pipelines.satuan_units import units_alone
from pipelines.shared_place import chiefs_of_shared_place
from pipelines.subunits import story_parents, with_subunits
from pipelines.unit_bodies import (
    bracketed_bodies,
    brimob_units,
    mabes_bodies,
    mabes_chiefs,
    one_word_units,
    police_hospitals,
)
from pipelines.unit_counts import counted_before, counted_elsewhere
from pipelines.unit_gazetteer import PROVINCE_SHORT, Gazetteer, expand_province, gazetteer
from pipelines.unit_names import (
    NAME_STOP,
    POLICE_POSTS,
    POST_CHIEFS,
    RANK_WORDS,
    area_names,
    title_cased,
    unlisted_name,
    without_town,
)
from pipelines.unit_nicknames import local_resorts, police_of_a_place
from pipelines.unit_spelling import closest_unit

__all__ = ["find_unit_mentions"]

UNIT_TYPES = ("Polrestabes", "Polresta", "Polres", "Polsek", "Polda")
AREA_KINDS = frozenset({"Kecamatan", "Kec", "Kabupaten", "Kab", "Desa", "Kelurahan", "Provinsi", "Prov", "Dusun"})
RESORT_TYPES = ("Polres", "Polresta", "Polrestabes")
POSITION_UNIT = {"Kapoltabes": "Poltabes", "Kapolrestabes": "Polrestabes", "Kapolrestro": "Polrestro", "Kapolresta": "Polresta", "Kapolres": "Polres",
                 "Kapolsek": "Polsek", "Kapolsekta": "Polsek", "Kapolda": "Polda", "Wakapolda": "Polda", "Wakapolres": "Polres",
                 "Wakapolresta": "Polresta", "Wakapolrestabes": "Polrestabes", "Wakapolsek": "Polsek",
                 "Kapolwil": "Polwil", "Kapolwiltabes": "Polwiltabes", **POST_CHIEFS}  # fmt: skip
_POSTS = "|".join(POLICE_POSTS)
_POST_CHIEFS = "|".join(POST_CHIEFS)


# A word of a unit's name ("Kep." is Kepulauan); another unit's type word starts a new unit ("Polres Pekalongan
# Polda Jateng").
_WORD = rf"(?!(?i:Polrestabes|Polresta|Polres|Polsekta|Polsek|Polda|Polwil\w*|Kapolda|Kapolres\w*|Kapolsek\w*|Wakapol\w+|{_POSTS}|{_POST_CHIEFS})\b)(?:Kep\.|Kab\.|[A-Z][\w'’-]*|[A-Z]{(2,)}|\d+)"
UNIT_RE = re.compile(
    rf"\b(?P<position>Kapoltabes|Kapolrestabes|Kapolrestro|Kapolresta|Kapolres|Kapolsekta|Kapolsek|Kapolda|Wakapolda|Wakapolrestabes|Wakapolresta|Wakapolres|Wakapolsek|"
    rf"KAPOLRESTABES|KAPOLRESTA|KAPOLRES|KAPOLSEK|KAPOLDA|Kapolwiltabes|Kapolwil|{_POST_CHIEFS})?"
    # the type word as written, or all in capitals ("POLRES KUDUS") or small ("polres Kudus"): then only a known unit
    # "Polsekta": a city's sector police, the Polsek's former name in some cities ("Polsekta Medan Baru")
    # "Polwil Bogor", "Polwiltabes Surabaya": the regional commands between Polda and Polres until 2010, as written
    rf"(?(position)|(?P<type>Poltabes|Polrestabes|Polrestro|Polresta|Polres|Polsekta|Polsek|Polda|Polwiltabes|Polwil|"
    rf"POLRESTABES|POLRESTA|POLRES|POLSEK|POLDA|polrestabes|polresta|polres|polsek|polda|{_POSTS}))"
    rf"[ \t\u00a0]+(?P<name>(?:{_WORD})(?:[ \t\u00a0]+(?:{_WORD}))*)"
)


def _canonical(
    unit_type: str, words: list[str], gaz: Gazetteer, context: str, title_case: bool = True
) -> tuple[str, str | None, int]:
    """The longest run of `words` that names a known unit, else the words up to a stop word."""
    if words[:1] == ["Metropolitan"] and unit_type == "Polres":  # "Polres Metropolitan Jakarta Pusat"
        words = ["Metro", *words[1:]]
    if len(words) > 2 and words[:2] == ["Kota", "Besar"] and unit_type in ("Polres", "Polresta"):
        # "Polres Kota Besar Medan": the long form of Polrestabes Medan.
        name, unit_id, used = _canonical("Polrestabes", words[2:], gaz, context)
        if unit_id:
            return name, unit_id, used + 2
    if len(words) > 1 and words[0] == "Kota" and (unit := gaz.lookup(f"{unit_type} Kota {words[1]}", context)):
        return unit.name, unit.unit_id, 2  # "Polres Kota Baru": the regency Kotabaru, written in two words
    if len(words) > 1 and words[0] == "Kota" and unit_type in ("Polres", "Polresta"):
        # "Polres Kota Bogor" is the city's resort, which the gazetteer names "Polresta Bogor Kota".
        for n in range(len(words), 1, -1):
            for kind in ("Polresta", "Polres"):
                unit = gaz.lookup(f"{kind} {' '.join(words[1:n])} Kota", context)
                if unit is not None:
                    return unit.name, unit.unit_id, n
            unit = gaz.lookup(f"Polrestabes {' '.join(words[1:n])}", context) or gaz.lookup(
                f"Polresta {' '.join(words[1:n])}", context
            )
            if unit is not None:  # "Polres Kota Semarang": the city's resort is its Polrestabes, or a Polresta
                return unit.name, unit.unit_id, n
            if n > 2:  # "Polres Kota Tangerang Selatan": a city whose resort is named without "Kota"
                unit = gaz.lookup(f"Polres {' '.join(words[1:n])}", context) or gaz.lookup(
                    f"Polresta {' '.join(words[1:n])}", context
                )
                if unit is not None:
                    return unit.name, unit.unit_id, n
    dropped = 0  # the area's kind is no part of the name, but it is words of the text
    if len(words) > 1 and words[0] == "Provinsi" and unit_type == "Polda":
        words, dropped = words[1:], 1  # "Polda Provinsi Jawa Timur": the province's kind is no part of it
    elif len(words) > 1 and words[0] in ("Kabupaten", "Kab", "Kab.", "Kota") and unit_type not in ("Polda", "Polsek"):
        words, dropped = words[1:], 1  # "Polres Kabupaten Kepulauan Meranti"; "Polsek Kota Kudus" is its name
    words = ["Kepulauan" if w in ("Kep", "Kep.") else w for w in words]
    for n in range(len(words), 0, -1):
        candidate = f"{unit_type} {' '.join(words[:n])}"
        unit = gaz.lookup(candidate, context)
        if unit is None and unit_type == "Polda" and n == 1:
            unit = gaz.lookup(f"Polda {expand_province(words[0])}", context)
        if unit is None and unit_type == "Polresta":  # a resort written a grade up: the city's, else the regency's
            unit = gaz.lookup(f"Polres {' '.join(words[:n])} Kota", context) or gaz.lookup(
                f"Polres {' '.join(words[:n])}", context
            )
        if unit is not None:
            return unit.name, unit.unit_id, n + dropped
    for n in range(min(len(words), 4), 0, -1):  # "Polres Lhoksumawe": a known resort or Polda, misspelt
        if unit_id := closest_unit(gaz, unit_type, " ".join(words[:n])):
            return gaz.units[unit_id].name, unit_id, n + dropped
    if unit_type == "Polda":
        return "", None, 0  # every Polda is in the gazetteer: "Polda Cup", "Kapolda Fadil" name none
    kept = unlisted_name(words, gaz, title_case)
    kept = without_town(kept, gaz) if unit_type == "Polsek" else kept
    if not kept:
        return "", None, 0
    return f"{unit_type} {' '.join(kept)}", None, len(kept) + dropped


LONG_FORMS = {"Kepolisian Resor Kota Besar": "Polrestabes", "Kepolisian Resor Kota": "Polresta",
              "Kepolisian Resort Kota Besar": "Polrestabes", "Kepolisian Resort Kota": "Polresta",
              "Kepolisian Resor Metropolitan": "Polres Metro", "Kepolisian Resort": "Polres",
              "Kepolisian Resor": "Polres", "Kepolisian Sektor": "Polsek", "Kepolisian Daerah": "Polda"}  # fmt: skip
MARKAS = re.compile(r"\b(?:Ma|MA)(pol(?:restabes|resta|res|sek|da)|POL(?:RESTABES|RESTA|RES|SEK|DA))\b")
# "kepolisian resor Jombang": the long form in small letters too, before a capitalised name.
LONG_FORM = re.compile(rf"\b(?i:({'|'.join(LONG_FORMS)}))\b(?!\s*\()(?=\s+[A-Z])")


def _markas_unwrapped(text: str) -> str:
    """ "di Mapolres Serang" as "di Polres   Serang": the headquarters names the unit it houses, offsets kept."""
    return MARKAS.sub(lambda m: f"{m.group(1).capitalize() if m.group(1).islower() else m.group(1)}  ", text)


HEAD_OF_UNIT = re.compile(r"\b(Wakil\s+)?Kepala\s+(Polda|Polrestabes|Polresta|Polres|Polsek)(?=\s+[A-Z])")


def find_unit_mentions(text: str, gaz: Gazetteer | None = None, story: str | None = None) -> list[Mention]:
    """Every unit `text` names, in order. `story` (the whole story, when `text` is a part of it) gives a
    sub-unit written without its parent ("Ditresnarkoba") the Polda or Polres the story is about."""
    gaz = gaz or gazetteer()
    # "Kepolisian Resor (Polres) Serang": unwrap the abbreviation, keeping every offset.
    text = re.sub(r"\((Polrestabes|Polresta|Polres|Polsek|Polda)\)(?=\s)", r" \1 ", text)
    # "Kepala Kepolisian Daerah (Kapolda) Riau": the chief's post, written out, then abbreviated in brackets.
    text = re.sub(
        r"\b(?:Wakil\s+)?Kepala\s+Kepolisian\s+(?:Daerah|Resor|Resort|Sektor)(?:\s+Kota)?(?:\s+Besar)?\s+\(((?:Waka|Ka)pol\w+)\)(?=\s)",
        lambda m: m.group(1).ljust(len(m.group(0))),
        text,
    )
    text = re.sub(r"\(((?:Waka|Ka)pol(?:restabes|resta|res|sek|da))\)(?=\s)", r" \1 ", text)
    # "Kepala Polda NTB", "Wakil Kepala Polres Bogor": the chief's post with the unit's short name.
    text = HEAD_OF_UNIT.sub(
        lambda m: f"{'Waka' if m.group(1) else 'Ka'}{m.group(2).lower()}".ljust(len(m.group(0))), text
    )
    # "Kepolisian Resor Pekalongan": the long form, written as its abbreviation padded to the same length.
    text = LONG_FORM.sub(lambda m: LONG_FORMS[m.group(1).title()].ljust(len(m.group(0))), text)
    # "di Mapolres Serang": the headquarters (markas) is written as one word with the unit it houses.
    # The mention starts where the word does, so what is said before it ("di halaman Mapolres") still reads.
    text = _markas_unwrapped(text)
    # "Polres Kudus-Polda Jateng": two units joined by a hyphen.
    text = re.sub(r"(?<=\w)-(?=(?:Polda|Polres\w*|Polsek)\b)", " ", text)
    units = _typed_units(text, gaz)
    units += _listed_units(text, gaz, units)
    text = bracketed_bodies(text, gaz)  # "Korps Lalu Lintas (Korlantas) Polri"
    units += mabes_bodies(text, gaz) + mabes_chiefs(text, gaz) + one_word_units(text, gaz)
    named = [
        h
        for h in police_hospitals(text, gaz) + brimob_units(text)
        if not any(u.start <= h.start < u.end for u in units)
    ]
    # "Sat I Gegana Korbrimob Polri": the corps named inside a regiment's name is no unit of its own
    units = [u for u in units if not any(h.start <= u.start and u.end <= h.end for h in named)] + named
    units += [c for c in chiefs_of_shared_place(text, gaz) if not any(u.start <= c.start < u.end for u in units)]
    units += [
        p
        for p in police_of_a_place(text, gaz) + local_resorts(text, story, gaz)
        if not any(u.start < p.end and p.start < u.end for u in units)
    ]
    units = sorted(units, key=lambda x: x.start)
    parents = _parents_of(story, gaz) if story is not None else story_parents(_typed_units(text, gaz), gaz)
    if story is not None:
        units += _bare_chiefs(text, units, parents) + counted_before(text, units, story, _readers(gaz)[1])
        units = sorted(units + counted_elsewhere(text, units, story, _readers(gaz)[0]), key=lambda x: x.start)
    units = [_city_sector(m, story or text) for m in units]
    return units_alone(text, with_subunits(text, units, parents), parents, story)


def _city_sector(m: Mention, story: str) -> Mention:
    """ "Polsek Kota Kolaka" in a story that also writes "Polsek Kolaka": one Polsek, by the name the story writes
    more often (its chief's post included)."""
    if m.unit_id or not m.name.startswith("Polsek Kota "):
        return m
    place = m.name.removeprefix("Polsek Kota ")
    shorts = len(re.findall(rf"\b(?:Kapolsek|Polsek)\s+{re.escape(place)}\b", story))
    longs = len(re.findall(rf"\b(?:Kapolsek|Polsek)\s+Kota\s+{re.escape(place)}\b", story))
    return replace(m, name=f"Polsek {place}") if shorts > longs else m


@lru_cache(maxsize=1)
def story_unit_mentions(story: str) -> tuple[Mention, ...]:
    """Every unit a whole story ("title\ntext") names. A page's units and its officers both read them, so
    the last story's are kept for the second reader; each page starts with `forget_story_units()`, so
    nothing carries from one page to the next, even when two pages hold the same story."""
    return tuple(find_unit_mentions(story))


forget_story_units = story_unit_mentions.cache_clear


BARE_CHIEF = re.compile(r"\b(?:Waka|Ka)pol(?P<level>da|res|resta|restabes)\b(?!\s*(?:se-?|jajaran|terbaik|lain))")
MANY_BEFORE = re.compile(rf"\b(?:para|seluruh|semua|sejumlah|setiap|tiap|{COUNT})\s+$", re.I)


def _bare_chiefs(text: str, units: list[Mention], parents: dict[str, Mention]) -> list[Mention]:
    """ "Kapolda menerima penghargaan Muri": a chief written by his post alone is the chief of the Polda or
    Polres the story is about, when it is about one of each."""
    starts = {m.start for m in units}
    found = []
    for m in BARE_CHIEF.finditer(text):
        parent = parents.get("polda" if m.group("level") == "da" else "polres")
        if m.start() in starts or parent is None or parent.start < 0 and m.group("level") != "da":
            continue
        if MANY_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "para Kapolres": chiefs of many resorts, none in particular
        if m.group("level") in ("resta", "restabes") and not parent.name.startswith(f"Pol{m.group('level')} "):
            continue
        found.append(Mention(parent.name, parent.unit_id, m.start(), m.end(), True))
    return found


@lru_cache(maxsize=8)
def _readers(gaz: Gazetteer) -> tuple:
    """The unit readers the count rules use: units written with their type, and those with the lists after them."""

    def typed(text: str) -> list[Mention]:
        return _typed_units(text, gaz)

    def typed_and_listed(text: str) -> list[Mention]:
        found = _typed_units(text, gaz)
        return found + _listed_units(text, gaz, found)

    return typed, typed_and_listed


@lru_cache(maxsize=64)
def _parents_of(story: str, gaz: Gazetteer) -> dict[str, Mention]:
    """A story's Polda and Polres, read once for the many sentences of it that are searched."""
    # "Ombudsman menyerahkan piagam di Mapolres Bangkalan. Piagam diterima Kapolres ...": the headquarters a story
    # names is of the Polres it is about, whose chief the bare post is.
    return story_parents(_typed_units(_markas_unwrapped(story), gaz), gaz)


def _typed_units(text: str, gaz: Gazetteer) -> list[Mention]:
    """Units written with their type or their chief's position: "Polres Serang", "Kapolda Kalsel"."""
    mentions = []
    for m in UNIT_RE.finditer(text):
        position = m.group("position") and m.group("position").capitalize()
        unit_type = POSITION_UNIT[position] if position else m.group("type")
        words = _without_province(m.group("name").split(), gaz)
        # "POLSEK BOJA RAIH PENGHARGAAN": a headline all in capitals names a Polsek the gazetteer lacks as well,
        # its words read as if title-cased; a type word in small letters or in capitals before a name in
        # another case ("POLRES Terbaik") names only a known unit.
        written = m.group("position") or unit_type
        in_capitals = (
            written.isupper() and unit_type.upper() in ("POLSEK", "POLSEKTA") and all(w.isupper() for w in words)
        )
        known_only = not position and not unit_type.istitle() and not in_capitals
        unit_type = "Polsek" if unit_type.capitalize() == "Polsekta" else unit_type.capitalize()
        read = [w.capitalize() for w in words] if in_capitals else words
        implied = []
        if unit_type == "Polrestro":  # "Polrestro Jakarta Timur" is Polres Metro Jakarta Timur
            unit_type, implied = "Polres", ["Metro"]
        name, unit_id, used = _canonical(
            unit_type, implied + read, gaz, text, in_capitals or title_cased(text, m.start())
        )
        if unit_type == "Poltabes" and unit_id is None:  # the former name of a Polrestabes, not in the gazetteer
            name, unit_id, used = _canonical("Polrestabes", read, gaz, text)
        used -= len(implied)
        if not name or (
            position and unit_id is None and POSITION_UNIT[position] not in ("Polsek", "Polwil", *POLICE_POSTS)
        ):
            continue  # "Kapolres Zain Dwi Nugroho": a chief named by his own name, not his resort's
        if known_only and unit_id is None:
            continue  # "polres Terbaik", "POLSEK BARU": only a unit the gazetteer knows
        # Where the name's words end in the text.
        end = m.start("name")
        for word in words[:used]:
            end = text.index(word, end) + len(word)
        # "Polres Blitar kota": a city's resort written with a lower-case "kota", which the name pattern stops at.
        city = re.match(r"[ \t\u00a0]+kota\b", text[end:]) if used == len(words) else None
        unit = gaz.lookup(f"{name} Kota", text) if city and unit_id and not name.endswith("Kota") else None
        if unit is not None:
            name, unit_id, end = unit.name, unit.unit_id, end + city.end()
        mentions.append(Mention(name, unit_id, m.start(), end, bool(position)))
    return mentions


def _without_province(words: list[str], gaz: Gazetteer) -> list[str]:
    """ "Polres Lombok Tengah-NTB", "Polres Sanggau-Kalbar": the province joined by a hyphen is no part of the name."""
    for n, word in enumerate(words):
        head, _, tail = word.partition("-")
        if head and tail and (tail in PROVINCE_SHORT or any(p.startswith(tail) for p in _provinces(gaz))):
            return words[:n] + [head]
    return words


@lru_cache(maxsize=1)
def _provinces(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(u.province for u in gaz.units.values() if u.province)


# Words that open a list of units named without their type: "11 polres lain, antara lain Mojokerto, Batu".
LIST_HEAD = re.compile(
    r"\b(?P<type>polrestabes|polresta|polres|polsek|polda)\b[^.;:]{0,60}?\b(?:yaitu|yakni|antara lain|di antaranya|"
    r"meliputi|masing-masing|adalah|terdiri dari|terdiri atas)\b\s*:?\s*",
    re.IGNORECASE,
)
# An item may carry its abbreviation and its placing: "Polda Jawa Timur (Jatim) sebagai juara 1 dan Jawa Tengah ...".
LIST_ITEM = re.compile(
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?(?:\s+(?:sebagai\s+)?(?:juara|peringkat|urutan)\s+(?:ke-?)?(?:\d|[IV]{1,3}\b|\w+))?"
    r"\s*(?:,\s*(?:serta\s+|dan\s+)?|\s+(?:dan|serta)\s+)(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
)
SPEAKER_AFTER = re.compile(rf"\s+(?:(?:juga|pun)\s+)?{SPEAKER_VERB}\b")
FIRST_ITEM = re.compile(r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


def _list_item(unit_type: str, name: str, gaz: Gazetteer, text: str) -> tuple[str, str | None, int] | None:
    """A bare list item as a unit of `unit_type`: known to the gazetteer, or (for a Polsek) a plain place name."""
    words = name.split()
    if words[0] in UNIT_TYPES or words[0].lower() in NAME_STOP or words[0].lower() in RANK_WORDS:
        return None  # "Polsek Kalasan, Bripka Joko": an officer after his unit, not another Polsek
    if words[0].rstrip(".") in AREA_KINDS:
        return None  # "Polsek Boja, Kecamatan Boja, Kabupaten Kendal": where it is, not more Polsek
    # One type word may head resorts of every grade: "Polresta Sleman, Bantul dan Kulon Progo".
    kinds = RESORT_TYPES if unit_type in RESORT_TYPES else (unit_type,)
    for n in range(len(words), 0, -1):
        unit = next(filter(None, (gaz.lookup(f"{kind} {' '.join(words[:n])}", text) for kind in kinds)), None)
        if unit is None and unit_type == "Polda":
            unit = gaz.lookup(f"Polda {expand_province(' '.join(words[:n]))}", text)
        if unit is not None:
            return unit.name, unit.unit_id, n
    if (
        unit_type == "Polsek"
        and len(words) <= 2
        and " ".join(words) not in area_names(gaz)
        and not OTHER_ACTOR.match(name)
    ):
        # not "Polsek Cilandak, Jakarta Selatan", nor another body listed beside it ("Polsek Boja dan Koramil Boja")
        return f"Polsek {' '.join(words)}", None, len(words)
    return None


def _listed_units(text: str, gaz: Gazetteer, typed: list[Mention]) -> list[Mention]:
    """Units a list names after one type word: "Polres Muratara, Muba dan OKU Selatan", "polres ... yaitu A, B"."""
    found = []
    starts = [(m.end, m.name.split()[0]) for m in typed]
    starts += [(h.end(), h.group("type").capitalize()) for h in LIST_HEAD.finditer(text)]
    taken = {(m.start, m.end) for m in typed}
    for position, unit_type in starts:
        first = position if text[position - 1 : position].isspace() or position == 0 else None
        while True:
            m = (FIRST_ITEM.match(text, first) if first is not None else None) or LIST_ITEM.match(text, position)
            first = None
            if not m:
                break
            item = _list_item(unit_type, m.group("name"), gaz, text)
            if item is None:
                break
            name, unit_id, used = item
            start = m.start("name")
            end = start + len(" ".join(m.group("name").split()[:used]))
            if unit_id is None and SPEAKER_AFTER.match(text, end):
                break  # "Polsek Sambirejo, Darmanto menjelaskan ...": who speaks next, no other Polsek
            if not any(s <= start < e for s, e in taken):
                found.append(Mention(name, unit_id, start, end, False))
                taken.add((start, end))
            position = end
    return found


def canonical_unit_name(name: str) -> str:
    """One name per unit for comparing: the gazetteer's current name ("Polres Malang Kota" was upgraded and
    is "Polresta Malang Kota"), the parent of a sub-unit normalised the same way."""
    mentions = find_unit_mentions(name)
    if len(mentions) == 1 and mentions[0].start == 0:
        return mentions[0].name
    return name
