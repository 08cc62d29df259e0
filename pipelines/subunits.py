"""Sub-units: directorates and bureaus of a Polda, units and sections of a Polres (data/knowledge/subunits.csv).

"Ditlantas Polda Jatim" is one recipient, Ditlantas Polda Jawa Timur, not Polda Jawa Timur; "Kasat Lantas
Polres Serang" names Satlantas Polres Serang through its chief; "Satreskrim dan Satresnarkoba Polres X"
share their parent; a sub-unit written alone ("Ditresnarkoba") belongs to the Polda the story is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from pipelines.alternation import literal_alternation
from pipelines.knowledge import Mention, knowledge_rows, knowledge_text
from pipelines.unit_gazetteer import gazetteer
from pipelines.unit_nicknames import province_polda_at


@dataclass(frozen=True)
class SubunitKind:
    abbreviation: str  # as the archive writes it: "Ditlantas", "Satlantas", "Seksi Humas"
    level: str  # "polda" or "polres": the kind of unit it belongs to


OWN_NAMED = ("RS ", "Sat ", "Detasemen ")  # bodies read whole (pipelines/unit_bodies.py) that hold a sub-unit's word
FULL_NAME_HEADS = ("Satuan ", "Direktorat ", "Bidang ", "Seksi ", "Bagian ", "Biro ")
_PARENT_ONLY: set[tuple[str, str]] = set()  # (form, abbreviation): a bare function name read only before its parent


@lru_cache(maxsize=1)
def subunit_forms() -> dict[str, list[tuple[SubunitKind, bool]]]:
    """Every way stories write a sub-unit, to its kinds (one per level) and whether it is a chief's position
    ("Dirlantas", "Kasat Lantas", "Kabid Humas" name the sub-unit through the officer who leads it)."""
    forms: dict[str, list[tuple[SubunitKind, bool]]] = {}
    for row in knowledge_rows("subunits.csv"):
        kind = SubunitKind(row["abbreviation"], row["level"])
        # The full name is a written form too: "Bidang Profesi dan Pengamanan Polda X".
        aliases = [a.strip() for a in row["aliases"].split(";") if a.strip()]
        for alias in aliases:
            if alias.startswith("="):  # "=Lantas": only before its parent ("Lantas Polres X"), never alone
                forms.setdefault(alias[1:], []).append((kind, False))
                _PARENT_ONLY.add((alias[1:], kind.abbreviation))
        written = [row["abbreviation"], row["name"], *(a for a in aliases if not a.startswith("="))]
        # "SATLANTAS POLRES X", "satreskrim Polres X": a one-word abbreviation in capitals or in small letters.
        written += [
            case(w)
            for w in written
            if " " not in w and w[:3] in ("Sat", "Dit", "Bid")
            for case in (str.upper, str.lower)
        ]
        # "satuan reserse kriminal Polres X", "Direktorat reserse narkoba Polda Y": a full name written in small
        # letters (or only its first capital) names the sub-unit only right before its parent.
        for w in [w for w in written if " " in w and w.startswith(FULL_NAME_HEADS)]:
            for small in {w.lower(), w[0] + w[1:].lower()} - {w}:
                forms.setdefault(small, []).append((kind, False))
                _PARENT_ONLY.add((small, kind.abbreviation))
        written = list(dict.fromkeys(written))
        for form in written:
            forms.setdefault(form, []).append((kind, False))
            for own, chief in (
                ("Dit", "Dir"),
                ("Dit", "Wadir"),
                ("Sat", "Kasat"),
                ("Sat", "Wakasat"),
                ("Bid", "Kabid"),
                ("Bid", "Wakabid"),
                ("Seksi ", "Kasi "),
                ("Si ", "Kasi "),
                ("Sie ", "Kasie "),
                ("Biro ", "Karo "),
                ("Ro ", "Karo "),
                ("Bag ", "Kabag "),
            ):
                if (
                    form.startswith(own)
                    and len(form) > len(own) + 2
                    and not form.startswith(("Direktorat", "Satuan", "Bidang"))
                ):
                    rest = form[len(own) :].strip()
                    for variant in (f"{chief.strip()}{rest.lower()}", f"{chief.strip()} {rest[0].upper()}{rest[1:]}"):
                        forms.setdefault(variant, []).append((kind, True))
            if form.startswith("Direktorat "):  # "Direktur Reserse Narkoba": the directorate's head, spelt out
                forms.setdefault(form.replace("Direktorat", "Direktur", 1), []).append((kind, True))
        # Posts the abbreviation does not give: "Irwasda" heads Itwasda, "Dansat Brimob" the Satbrimob.
        for post in filter(None, (c.strip() for c in (row.get("chiefs") or "").split(";"))):
            forms.setdefault(post, []).append((kind, True))
    # "SAT LANTAS POLRES X", "KASAT LANTAS POLRES X", "BID HUMAS POLDA Y": a headline in capitals writes a short form
    # of two or three words in capitals, read only right before its parent.
    for form, kinds in list(forms.items()):
        if 0 < form.count(" ") <= 2 and not form.isupper() and form.upper() not in forms:
            forms[form.upper()] = list(kinds)
            _PARENT_ONLY.update((form.upper(), k.abbreviation) for k, _ in kinds)
    # "kasat polairud Polresta X", "kabid humas Polda Y" (its first letter capitalised at a sentence's start): a chief's
    # post of two or three words in small letters, read only right before its parent.
    for form, kinds in list(forms.items()):
        if not (0 < form.count(" ") <= 2 and all(chief for _, chief in kinds)):
            continue
        for small in {form.lower(), form[0] + form[1:].lower()} - set(forms):
            forms[small] = list(kinds)
            _PARENT_ONLY.update((small, k.abbreviation) for k, _ in kinds)
    return forms


@lru_cache(maxsize=1)
def subunit_re() -> re.Pattern:
    alternatives = literal_alternation(sorted(subunit_forms(), key=len, reverse=True))
    subdit = r"(?:Ka)?[Ss]ubdit\s+(?:[IVX]+|\d+)(?:\s*/\s*[A-Z][\w]+|\s+(?!Polda|Polres|Dit|Ditres)[A-Z][\w]+)?"
    return re.compile(rf"\b(?P<sub>{subdit}|{alternatives})\b")


HEAD_BEFORE = re.compile(r"\b(?:Wakil\s+)?(?:Kepala|Komandan)(?:\s+Satuan)?\s+(?:\([A-Za-z]{2,12}\)\s+)?$")

# "posisi Humas Polri": a function of Polri as a whole, not a section of the story's Polres.
POLRI_AFTER = re.compile(r"\s+(?:Mabes\s+)?Polri\b")


def with_subunits(text: str, units: list[Mention], parents: dict[str, Mention]) -> list[Mention]:
    """Sub-units replace the unit they are written against ("Ditlantas Polda Jatim" is one recipient, not
    Polda Jawa Timur); one written alone takes the story's Polda or Polres as parent."""
    by_start = {m.start: m for m in units}
    consumed: set[int] = set()
    subunits = []
    skip_to = 0
    for m in subunit_re().finditer(text):
        written = m.group("sub")
        if m.start() < skip_to:
            continue  # the abbreviation in brackets of the sub-unit just read
        if any(u.start <= m.start() < u.end and u.end >= m.end() and u.name.startswith(OWN_NAMED) for u in units):
            continue  # "RS Bhayangkara Kediri", "Sat II Pelopor Brimob": named in their own right, not the Polda's
        # "Satuan Reserse Kriminal (Satreskrim) Polres X": the abbreviation may stand between it and its parent.
        # "Hubungan Masyarakat (Humas) Polda X": the short name in brackets, then the parent.
        gap = re.match(r"\)?\s+(?:\([\w ]{2,25}\)\s+)?(?:(?:di|pada)\s+)?", text[m.end() :])
        skip_to = m.end() + (gap.end() if gap else 0)
        parent = by_start.get(m.end() + (gap.end() if gap else 0)) or _province_parent(text, m, skip_to)
        if written.lower().lstrip("ka").startswith("subdit"):
            sub_name, level, chief = (
                re.sub(r"\s*/\s*", " ", re.sub(r"^Ka", "", written)).replace("subdit", "Subdit"),
                "polda",
                written.startswith("Ka"),
            )
        else:
            chosen = _kind_of(text, m, parent, by_start, parents)
            if chosen is None:
                continue
            (kind, chief), _ = chosen
            sub_name, level = kind.abbreviation, kind.level
            # "Kepala Bidang Humas Polda X", "Komandan Satuan (Dansat) Brimob": the sub-unit through the one who leads it
            chief = chief or bool(HEAD_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        if parent is not None and (parent.name.startswith("Polda") == (level == "polda")) and parent.unit_id:
            consumed.add(parent.start)
            subunits.append(Mention(f"{sub_name} {parent.name}", None, m.start(), parent.end, chief, parent.unit_id))
        elif parent is None and (shared := _shared_parent(text, m.end(), by_start, level)):
            # "Satreskrim dan Satresnarkoba Polres X": sub-units joined by "dan" share the parent named last.
            subunits.append(Mention(f"{sub_name} {shared.name}", None, m.start(), m.end(), chief, shared.unit_id))
        elif parent is None and level in parents and not POLRI_AFTER.match(text, m.end()):
            story_parent = parents[level]
            subunits.append(
                Mention(f"{sub_name} {story_parent.name}", None, m.start(), m.end(), chief, story_parent.unit_id)
            )
    kept = [u for u in units if u.start not in consumed]
    return nested_units(text, _people_from(text, sorted(kept + subunits, key=lambda x: x.start)))


def _province_parent(text: str, m: re.Match, start: int) -> Mention | None:
    """ "Satbrimobda Jateng", "Ditlantas Kaltim": a Polda's sub-unit by its own short name (not a function's bare
    word such as "Humas", which a province's government has too), then the province alone."""
    written = m.group("sub")
    kinds = subunit_forms().get(written, [])
    if not any(k.level == "polda" and (written, k.abbreviation) not in _PARENT_ONLY for k, _ in kinds):
        return None
    return province_polda_at(text, start, gazetteer())


@lru_cache(maxsize=1)
def _people_from_re() -> re.Pattern:
    """ "410 personel Brimob ... berasal dari ": people of a sub-unit's function, and where they come from."""
    forms = [f for f, kinds in subunit_forms().items() if not any(c for _, c in kinds) and " " not in f.strip()]
    forms = [f for f in forms if not all((f, k.abbreviation) in _PARENT_ONLY for k, _ in subunit_forms()[f])]
    alternatives = literal_alternation(sorted(forms, key=len, reverse=True))
    return re.compile(
        rf"\b(?i:personel|anggota|pasukan|prajurit)\s+(?P<sub>{alternatives})\b[^.;]{{0,100}}?\b(?:berasal\s+)?dari\s+"
    )


def _people_from(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "personel Brimob ... berasal dari Polda A, Polda B dan Polda C": Satbrimob Polda A, Satbrimob Polda B and
    Satbrimob Polda C, each the sub-unit of the units listed."""
    by_start = {m.start: m for m in mentions}
    replaced: dict[int, Mention] = {}
    for head in _people_from_re().finditer(text):
        position = head.end()
        while (m := by_start.get(position)) is not None and m.unit_id and not m.parent_id:
            level = "polda" if m.name.startswith("Polda") else "polres"
            kind = next((k for k, _ in subunit_forms()[head.group("sub")] if k.level == level), None)
            if kind is None:
                break
            replaced[m.start] = Mention(f"{kind.abbreviation} {m.name}", None, m.start, m.end, False, m.unit_id)
            gap = re.match(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+", text[m.end :])
            if gap is None:
                break
            position = m.end + gap.end()
    return [replaced.get(m.start, m) for m in mentions]


# "personel dari fungsi Reskrim, Lantas dan Samapta", "satuan lain seperti Humas, Bagops dan Binmas", "anggota Reskrim
# dan Lantas": a list of functions named bare, each a section of the story's resort (or Polda).
FUNCTION_LIST = re.compile(
    r"\b(?i:fungsi|satuan|satfung|satker|bagian|seksi|personel|anggota|jajaran)(?:\s+lain(?:nya)?)?\s*,?\s*"
    r"(?:(?:seperti|yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi)\s*:?\s*)?"
)
LIST_ITEMS = re.compile(r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+))*")


def _in_function_list(text: str, start: int) -> bool:
    """Whether `start` is an item of a list of functions named bare ("fungsi Reskrim, Lantas dan Samapta")."""
    for head in FUNCTION_LIST.finditer(text, max(0, start - 160), start):
        if LIST_ITEMS.fullmatch(text, head.end(), start):
            return True
    return False


def _kind_of(text: str, m: re.Match, parent: Mention | None, by_start: dict, parents: dict) -> tuple | None:
    """The kind (and whether through its chief) of the sub-unit written `m`, and the level its parent asks for;
    None for a function named bare that names no sub-unit here ("Operasi Lantas")."""
    written = m.group("sub")
    options = subunit_forms()[written]
    level_wanted = "polda" if parent and parent.name.startswith("Polda") else ("polres" if parent else None)
    if parent is None and len({k.level for k, _ in options}) > 1:
        # "Lantas dan Reskrim Polres X": the level of the parent the coordination ends on
        level_wanted = next((k.level for k, _ in options if _shared_parent(text, m.end(), by_start, k.level)), None)
        if level_wanted is None and "polres" in parents and parents.get("polda", parents["polres"]).start < 0:
            level_wanted = "polres"  # "Samapta" in a story about one resort (its Polda only inferred): the resort's
    kind, chief = next(((k, c) for k, c in options if k.level == level_wanted), options[0])
    if (written, kind.abbreviation) in _PARENT_ONLY:
        # "Lantas" alone is no unit; "Lantas Polres X", "Lantas dan Reskrim Polres X" are Polres X's sections, and
        # so is an item of a list of functions in a story about Polres X.
        right_after = parent if parent and re.fullmatch(r"\)?\s", text[m.end() : parent.start]) else None
        shared = _shared_parent(text, m.end(), by_start, kind.level) if parent is None else None
        listed = parent is None and kind.level in parents and _in_function_list(text, m.start())
        if (right_after is None or level_wanted != kind.level) and shared is None and not listed:
            return None
    return (kind, chief), level_wanted


# A unit or sub-directorate inside a sub-unit: "Unit PPA Satreskrim Polres X", "Kanit Resmob Satreskrim Polres X",
# "Subdit Tipikor Ditreskrimsus Polda Y", "Kasubdit IV Ditresnarkoba Polda Y", "Subdirektorat ... (Subdit Tipikor)
# Direktorat ... Polda Y", "Subbid Penmas Bidhumas Polda Y" (a Bidang's sub-field).
NESTED_BEFORE = re.compile(
    r"\b(?P<head>Kanit|Unit|unit|UNIT|KANIT|Kasubdit|Subdit|subdit|SUBDIT|Kasubbid|Subbid|subbid|Tim)\s+(?P<name>(?:[IVX]+|\d+)(?:\s+[A-Z][A-Za-z]+)?|[A-Z][A-Za-z]+)\)?\s+$"
)

NESTED_KINDS = {"unit": "Unit", "subdit": "Subdit", "subbid": "Subbid", "tim": "Tim"}
NESTED_IN = {"Unit": "Sat", "Subdit": "Dit", "Subbid": "Bid", "Tim": "Sat"}  # the sub-unit each kind stands inside


@lru_cache(maxsize=1)
def _standing_teams() -> frozenset[str]:
    """The teams a Satuan keeps under a unit's short name ("Tim Resmob Satreskrim Polres X"); a team formed for one
    case ("Tim Gabungan") is no unit of its own (data/knowledge/unit_names.yml, satuan_units)."""
    return frozenset(yaml.safe_load(knowledge_text("unit_names.yml"))["satuan_units"])


# Words after "Unit" that say what kind of unit, not which: "Unit Kerja Polres X".
UNIT_NOT_NAMED = frozenset({"Kerja", "Pelaksana", "Terbaik", "Kendaraan"})


# A Brimob battalion or company: "Batalyon A Pelopor Satbrimob Polda X", "Yon B Pelopor", "Brimob Batalyon C
# Kompi 2 Pelopor Atambua" (a company posted to a town, named with it).
# "Batalyon A Pelopor", "Brimob Yon B Kompi 3 Pelopor Maumere", and a company written before its battalion ("Kompi 2
# Batalyon C Pelopor Satbrimob Polda X"), named the one way: "Batalyon C Kompi 2 Pelopor".
BATTALION = re.compile(
    r"\b(?:Kompi\s+(?P<first>\d+)\s+)?(?P<brimob>Brimob\s+)?(?:Batalyon|Yon)\s+(?P<letter>[A-D])"
    r"(?P<company>\s+Kompi\s+\d+)?\s+Pelopor"
    r"(?:\s+(?P<place>(?!Sat|Polda|Brimob)[A-Z][a-z]+))?\b"
)


def nested_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """The most specific unit a story names: a Satuan's Unit, a Direktorat's Subdit, a Brimob battalion,
    written before it."""
    out = []
    for m in _battalions(text, mentions):
        before = NESTED_BEFORE.search(text, max(0, m.start - 40), m.start)
        head = before.group("head").lower() if before else ""
        kind = NESTED_KINDS.get(head.removeprefix("ka"), "Subdit") if head != "kanit" else "Unit"
        # "Unit PPA Polres X": a unit written straight against its resort (a Polsek's unit is filed under the Polsek).
        on_resort = kind == "Unit" and m.name.startswith("Polres") and not m.via_position
        if before and before.group("name") in UNIT_NOT_NAMED:
            before = None  # "Unit Kerja Polres X" is the resort itself, as a work unit
        if before and kind == "Tim" and before.group("name") not in _standing_teams():
            before = None
        if before and (on_resort or m.unit_id is None and m.name.startswith(NESTED_IN[kind])):
            # The same words may have been read as a Subdit of the Polda itself: the nested one replaces it.
            out = [o for o in out if o.end <= before.start()]
            name = f"{kind} {before.group('name')} {m.name}"
            parent = m.unit_id if on_resort else m.parent_id
            m = Mention(name, None, before.start(), m.end, head.startswith("ka"), parent)
        out.append(m)
    return out


def _shared_parent(text: str, end: int, by_start: dict[int, Mention], level: str) -> Mention | None:
    """The parent of the next sub-unit in a coordination ("A dan B Polres X", "A, B dan C Polda Y")."""
    position = end
    while joiner := re.match(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)", text[position:]):
        nxt = subunit_re().match(text, position + joiner.end())
        if not nxt:
            return None
        position = nxt.end()
        gap = re.match(r"\s+", text[position:])
        parent = by_start.get(position + (gap.end() if gap else 0))
        if parent and parent.unit_id and parent.name.startswith("Polda") == (level == "polda"):
            return parent
    return None


def story_parents(found: list[Mention], gaz) -> dict[str, Mention]:
    """The Polda and the Polres a story is about (`found`: the units it names with their type), when it
    names exactly one of each kind (or a Polres whose Polda is known): the parents of sub-units it writes
    without one."""
    parents = {}
    poldas = {m.unit_id: m for m in found if m.name.startswith("Polda") and m.unit_id}
    resorts = {m.unit_id: m for m in found if not m.name.startswith(("Polda", "Polsek")) and m.unit_id}
    if len(resorts) == 1:
        parents["polres"] = next(iter(resorts.values()))
    polseks = {m.name: m for m in found if m.name.startswith("Polsek")}
    if len(polseks) == 1:
        parents["polsek"] = next(iter(polseks.values()))  # the parent of its units named alone ("Unit Reskrim")
    if len(poldas) == 1:
        parents["polda"] = next(iter(poldas.values()))
    elif not poldas and resorts:
        polda_ids = {gaz.units[uid].polda_id for uid in resorts}
        if len(polda_ids) == 1 and None not in polda_ids:
            polda = gaz.units[polda_ids.pop()]
            parents["polda"] = Mention(polda.name, polda.unit_id, -1, -1, False)
    return parents


def _battalions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Brimob battalions in place of the Satbrimob they belong to: before it ("Batalyon A Pelopor Satbrimob
    Polda X"), or named with "Brimob" and a town, where "Brimob" alone was read as the story's Satbrimob."""
    for b in BATTALION.finditer(text):
        company = f" Kompi {b.group('first')}" if b.group("first") else b.group("company") or ""
        name = f"Batalyon {b.group('letter')}{company} Pelopor"
        after = next((m for m in mentions if m.name.startswith("Satbrimob") and 0 <= m.start - b.end() <= 1), None)
        if after is not None:
            battalion = Mention(f"{name} {after.name}", None, b.start(), after.end, False, after.parent_id)
        elif b.group("brimob") and b.group("place"):
            battalion = Mention(" ".join(b.group(0).split()), None, b.start(), b.end(), False)
        else:
            continue
        mentions = [m for m in mentions if not b.start() <= m.start < battalion.end] + [battalion]
    return sorted(mentions, key=lambda x: x.start)
