"""Polri units: the gazetteer (data/units.csv) and finding units in text.

`find_unit_mentions(text)` returns every unit a text names, normalised to the
gazetteer ("Polda Kalsel" is Polda Kalimantan Selatan, "Kapolres Serang" names
Polres Serang). Units the gazetteer lacks (most Polsek) are kept by name and
linked to a parent Polres when the text or the place allows.
"""

from __future__ import annotations

import csv
import importlib.resources
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

UNITS_CSV = Path(__file__).resolve().parent.parent / "data" / "units.csv"
KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "knowledge"


def units_csv_rows(path: Path = UNITS_CSV) -> list[dict]:
    """The gazetteer's rows: from data/units.csv in a checkout, or from the copy packaged inside the
    egg that scrapyd-deploy builds (setup.py puts it there), where no data/ folder exists."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        text = importlib.resources.files("pipelines").joinpath("units.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def knowledge_rows(name: str) -> list[dict]:
    """Rows of a table of data/knowledge (or of the copy packaged in the egg, as for the gazetteer)."""
    path = KNOWLEDGE / name
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        text = importlib.resources.files("pipelines").joinpath("knowledge", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


# Province short forms that media use after "Polda", "Kapolda", "Ombudsman RI".
PROVINCE_SHORT = {
    "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kaltara": "Kalimantan Utara", "Jatim": "Jawa Timur",
    "Jateng": "Jawa Tengah", "Jabar": "Jawa Barat", "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat",
    "Sumsel": "Sumatera Selatan", "Sulsel": "Sulawesi Selatan", "Sulteng": "Sulawesi Tengah",
    "Sultra": "Sulawesi Tenggara", "Sulut": "Sulawesi Utara", "Sulbar": "Sulawesi Barat",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur", "DIY": "Daerah Istimewa Yogyakarta",
    "Babel": "Kepulauan Bangka Belitung", "Kepri": "Kepulauan Riau", "Malut": "Maluku Utara",
    "Pabar": "Papua Barat", "Metro": "Metro Jaya",
}  # fmt: skip

UNIT_TYPES = ("Polrestabes", "Polresta", "Polres", "Polsek", "Polda")
POSITION_UNIT = {"Kapolrestabes": "Polrestabes", "Kapolresta": "Polresta", "Kapolres": "Polres",
                 "Kapolsek": "Polsek", "Kapolda": "Polda", "Wakapolda": "Polda", "Wakapolres": "Polres",
                 "Wakapolresta": "Polresta"}  # fmt: skip
# Words that end a unit's name when a title-cased headline runs on ("Polres Serang Sabet 3 ...").
NAME_STOP = {
    "raih", "meraih", "sabet", "menyabet", "terima", "menerima", "dapat", "dapatkan", "mendapat", "berhasil",
    "kembali", "juga", "borong", "memboyong", "diganjar", "dianugerahi", "beri", "berikan", "memberikan", "gelar",
    "tangkap", "amankan", "ungkap", "sebut", "ajak", "imbau", "pastikan", "siapkan", "jadi", "masuk", "wakili",
    "kapolres", "kapolda", "kapolsek", "akbp", "kombes", "irjen", "brigjen", "akp", "iptu", "ipda", "kompol",
    "dan", "yang", "di", "ke", "dari", "untuk", "pada", "dengan", "hingga", "serta", "sebagai", "atas", "polri",
    "jajaran", "raup", "catat", "torehkan", "ukir", "tetapkan", "sukses", "bersama", "usai", "saat", "lewat",
    "melalui", "tidak", "ada", "ini", "itu", "predikat", "penghargaan", "zona", "wbk", "wbbm", "rekor", "muri", "anugerah", "tahun",
    # Descriptions, not names: "Polsek Tipe B terbaik", "Polres Terbaik Kelompok A".
    "tipe", "terbaik", "kelompok", "kategori", "lain", "lainnya", "berprestasi", "teladan", "percontohan", "se",
    "kompolnas", "award", "awards", "sebelumnya",
}  # fmt: skip

# A word of a unit's name; another unit's type word starts a new unit ("Polres Pekalongan Polda Jateng").
_WORD = (
    r"(?!(?:Polrestabes|Polresta|Polres|Polsek|Polda|Kapolda|Kapolres\w*|Kapolsek)\b)(?:[A-Z][\w'’-]*|[A-Z]{2,}|\d+)"
)
UNIT_RE = re.compile(
    rf"\b(?P<position>Kapolrestabes|Kapolresta|Kapolres|Kapolsek|Kapolda|Wakapolda|Wakapolresta|Wakapolres)?"
    rf"(?(position)|(?P<type>Polrestabes|Polresta|Polres|Polsek|Polda))"
    rf"[ \t\u00a0]+(?P<name>(?:{_WORD})(?:[ \t\u00a0]+(?:{_WORD}))*)"
)


@dataclass(frozen=True)
class Unit:
    unit_id: str
    name: str
    type: str
    parent_id: str | None
    polda_id: str | None
    province: str
    area: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Mention:
    name: str  # canonical name ("Polda Kalimantan Selatan", "Satlantas Polres Serang")
    unit_id: str | None  # gazetteer id, or None for a unit the gazetteer lacks (most Polsek, every sub-unit)
    start: int
    end: int
    via_position: bool  # named through an officer's position ("Kapolres Serang", "Dirlantas Polda X")
    parent_id: str | None = None  # for a sub-unit, the gazetteer unit it belongs to


def _squeeze(name: str) -> str:
    return re.sub(r"[\s-]+", "", name.lower())


class Gazetteer:
    def __init__(self, units: list[Unit], aliases: dict[str, list[str]]):
        self.units = {u.unit_id: u for u in units}
        self.by_name: dict[str, list[str]] = {}
        for unit in units:
            self.by_name.setdefault(unit.name.lower(), []).append(unit.unit_id)
        for alias, ids in aliases.items():
            for unit_id in ids:
                if unit_id not in self.by_name.setdefault(alias.lower(), []):
                    self.by_name[alias.lower()].append(unit_id)
        # Spellings that differ only in spaces or hyphens: "Pekan Baru", "Palangkaraya", "Deli Serdang".
        self.by_squeezed: dict[str, list[str]] = {}
        for key, ids in self.by_name.items():
            self.by_squeezed.setdefault(_squeeze(key), ids)

    def lookup(self, name: str, context: str = "") -> Unit | None:
        """The unit called `name`; where several share it, the one whose Polda or province the context names."""
        ids = self.by_name.get(name.lower()) or self.by_squeezed.get(_squeeze(name))
        if not ids:
            return None
        if len(ids) > 1 and context:
            for unit_id in ids:
                unit = self.units[unit_id]
                if unit.province and unit.province in context:
                    return unit
        return self.units[ids[0]]

    def polda_for_province(self, province: str) -> Unit | None:
        return self.lookup(f"Polda {province}")


@lru_cache(maxsize=1)
def gazetteer(path: Path = UNITS_CSV) -> Gazetteer:
    units, aliases = [], {}
    for row in units_csv_rows(path):
        units.append(
            Unit(
                unit_id=row["unit_id"],
                name=row["name"],
                type=row["type"],
                parent_id=row["parent_id"] or None,
                polda_id=row["polda_id"] or None,
                province=row["province"],
                area=row["area"],
                lat=float(row["lat"]) if row.get("lat") else None,
                lon=float(row["lon"]) if row.get("lon") else None,
            )
        )
        for alias in filter(None, (a.strip() for a in row["aliases"].split(";"))):
            aliases.setdefault(alias, []).append(row["unit_id"])
    return Gazetteer(units, aliases)


def expand_province(name: str) -> str:
    return PROVINCE_SHORT.get(name, name)


def _canonical(unit_type: str, words: list[str], gaz: Gazetteer, context: str) -> tuple[str, str | None, int]:
    """The longest run of `words` that names a known unit, else the words up to a stop word."""
    for n in range(len(words), 0, -1):
        candidate = f"{unit_type} {' '.join(words[:n])}"
        unit = gaz.lookup(candidate, context)
        if unit is None and unit_type == "Polda" and n == 1:
            unit = gaz.lookup(f"Polda {expand_province(words[0])}", context)
        if unit is not None:
            return unit.name, unit.unit_id, n
    kept = []
    for word in words:
        if word.lower() in NAME_STOP or word.isdigit():
            break
        kept.append(word)
    if not kept:
        return "", None, 0
    name = f"{unit_type} {' '.join(kept)}"
    if unit_type == "Polda":
        name = f"Polda {expand_province(' '.join(kept))}"
    return name, None, len(kept)


LONG_FORMS = {"Kepolisian Resor Kota Besar": "Polrestabes", "Kepolisian Resor Kota": "Polresta",
              "Kepolisian Resor": "Polres", "Kepolisian Sektor": "Polsek", "Kepolisian Daerah": "Polda"}  # fmt: skip
LONG_FORM = re.compile(rf"\b({'|'.join(LONG_FORMS)})\b(?!\s*\()(?=\s+[A-Z])")


def find_unit_mentions(text: str, gaz: Gazetteer | None = None, story: str | None = None) -> list[Mention]:
    """Every unit `text` names, in order. `story` (the whole story, when `text` is a part of it) gives a
    sub-unit written without its parent ("Ditresnarkoba") the Polda or Polres the story is about."""
    gaz = gaz or gazetteer()
    # "Kepolisian Resor (Polres) Serang": unwrap the abbreviation, keeping every offset.
    text = re.sub(r"\((Polrestabes|Polresta|Polres|Polsek|Polda)\)(?=\s)", r" \1 ", text)
    # "Kepolisian Resor Pekalongan": the long form, written as its abbreviation padded to the same length.
    text = LONG_FORM.sub(lambda m: LONG_FORMS[m.group(1)].ljust(len(m.group(0))), text)
    units = _typed_units(text, gaz)
    units += _listed_units(text, gaz, units)
    units += _mabes_bodies(text, gaz)
    units = sorted(units, key=lambda x: x.start)
    return _with_subunits(text, units, _story_parents(story or text, gaz))


def _typed_units(text: str, gaz: Gazetteer) -> list[Mention]:
    """Units written with their type or their chief's position: "Polres Serang", "Kapolda Kalsel"."""
    mentions = []
    for m in UNIT_RE.finditer(text):
        position = m.group("position")
        unit_type = POSITION_UNIT[position] if position else m.group("type")
        words = m.group("name").split()
        name, unit_id, used = _canonical(unit_type, words, gaz, text)
        if not name:
            continue
        # Where the name's words end in the text.
        end = m.start("name")
        for word in words[:used]:
            end = text.index(word, end) + len(word)
        mentions.append(Mention(name, unit_id, m.start(), end, bool(position)))
    return mentions


# Words that open a list of units named without their type: "11 polres lain, antara lain Mojokerto, Batu".
LIST_HEAD = re.compile(
    r"\b(?P<type>polrestabes|polresta|polres|polsek|polda)\b[^.;:]{0,60}?\b(?:yaitu|yakni|antara lain|di antaranya|"
    r"meliputi|masing-masing|adalah|terdiri dari|terdiri atas)\b\s*:?\s*",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(
    r"\s*(?:,\s*(?:serta\s+|dan\s+)?|\s+(?:dan|serta)\s+)(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
)
FIRST_ITEM = re.compile(r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


def _list_item(unit_type: str, name: str, gaz: Gazetteer, text: str) -> tuple[str, str | None, int] | None:
    """A bare list item as a unit of `unit_type`: known to the gazetteer, or (for a Polsek) a plain place name."""
    words = name.split()
    if words[0] in UNIT_TYPES or words[0].lower() in NAME_STOP:
        return None
    for n in range(len(words), 0, -1):
        unit = gaz.lookup(f"{unit_type} {' '.join(words[:n])}", text)
        if unit is None and unit_type == "Polda":
            unit = gaz.lookup(f"Polda {expand_province(' '.join(words[:n]))}", text)
        if unit is not None:
            return unit.name, unit.unit_id, n
    if unit_type == "Polsek" and len(words) <= 2 and " ".join(words) not in _area_names(gaz):
        return f"Polsek {' '.join(words)}", None, len(words)  # not "Polsek Cilandak, Jakarta Selatan"
    return None


@lru_cache(maxsize=1)
def _area_names(gaz: Gazetteer) -> frozenset[str]:
    """Regencies, cities and provinces by name ("Jakarta Selatan", "Banten"): places, not Polsek."""
    return frozenset(u.area.split(" ", 1)[-1] for u in gaz.units.values()) | {u.province for u in gaz.units.values()}


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
            if not any(s <= start < e for s, e in taken):
                found.append(Mention(name, unit_id, start, end, False))
                taken.add((start, end))
            position = end
    return found


def _mabes_bodies(text: str, gaz: Gazetteer) -> list[Mention]:
    """Polri's central bodies: "Mabes Polri", "Korlantas Polri", "Bareskrim Polri"."""
    mentions = []
    for m in MABES_RE.finditer(text):
        unit = gaz.lookup(m.group(0))
        mentions.append(
            Mention(unit.name if unit else m.group(0), unit.unit_id if unit else None, m.start(), m.end(), False)
        )
    return mentions


MABES_RE = re.compile(
    r"\b(?:Mabes Polri|Markas Besar Polri|Korlantas Polri|Bareskrim Polri|Divhumas Polri|Div Humas Polri|Divisi Humas Polri|"
    r"Baharkam Polri|Korbrimob Polri|Korps Brimob Polri|Divpropam Polri|Divisi Propam Polri|Baintelkam Polri|"
    r"Lemdiklat Polri|Densus 88(?: Antiteror)?(?: Polri)?|Itwasum Polri|SSDM Polri|Pusdokkes Polri|Puslabfor Polri)\b"
)


# -- sub-units: directorates and bureaus of a Polda, units of a Polres (data/knowledge/subunits.csv) -------


@dataclass(frozen=True)
class SubunitKind:
    abbreviation: str  # as the archive writes it: "Ditlantas", "Satlantas", "Seksi Humas"
    level: str  # "polda" or "polres": the kind of unit it belongs to


@lru_cache(maxsize=1)
def subunit_forms() -> dict[str, list[tuple[SubunitKind, bool]]]:
    """Every way stories write a sub-unit, to its kinds (one per level) and whether it is a chief's position
    ("Dirlantas", "Kasat Lantas", "Kabid Humas" name the sub-unit through the officer who leads it)."""
    forms: dict[str, list[tuple[SubunitKind, bool]]] = {}
    for row in knowledge_rows("subunits.csv"):
        kind = SubunitKind(row["abbreviation"], row["level"])
        written = [row["abbreviation"], *filter(None, (a.strip() for a in row["aliases"].split(";")))]
        for form in written:
            forms.setdefault(form, []).append((kind, False))
            for own, chief in (
                ("Dit", "Dir"),
                ("Sat", "Kasat"),
                ("Bid", "Kabid"),
                ("Seksi ", "Kasi "),
                ("Si ", "Kasi "),
            ):
                if (
                    form.startswith(own)
                    and len(form) > len(own) + 2
                    and not form.startswith(("Direktorat", "Satuan", "Bidang"))
                ):
                    rest = form[len(own) :].strip()
                    for variant in (f"{chief.strip()}{rest.lower()}", f"{chief.strip()} {rest[0].upper()}{rest[1:]}"):
                        forms.setdefault(variant, []).append((kind, True))
    return forms


@lru_cache(maxsize=1)
def _subunit_re() -> re.Pattern:
    alternatives = "|".join(re.escape(f) for f in sorted(subunit_forms(), key=len, reverse=True))
    subdit = r"(?:Ka)?[Ss]ubdit\s+(?:[IVX]+|\d+)(?:\s+(?!Polda|Polres|Dit|Ditres)[A-Z][\w]+)?"
    return re.compile(rf"\b(?P<sub>{subdit}|{alternatives})\b")


def _with_subunits(text: str, units: list[Mention], parents: dict[str, Mention]) -> list[Mention]:
    """Sub-units replace the unit they are written against ("Ditlantas Polda Jatim" is one recipient, not
    Polda Jawa Timur); one written alone takes the story's Polda or Polres as parent."""
    by_start = {m.start: m for m in units}
    consumed: set[int] = set()
    subunits = []
    for m in _subunit_re().finditer(text):
        written = m.group("sub")
        gap = re.match(r"\s+(?:(?:di|pada)\s+)?", text[m.end() :])
        parent = by_start.get(m.end() + (gap.end() if gap else 0))
        if written.lower().lstrip("ka").startswith("subdit"):
            sub_name, level, chief = (
                re.sub(r"^Ka", "", written).replace("subdit", "Subdit"),
                "polda",
                written.startswith("Ka"),
            )
        else:
            options = subunit_forms()[written]
            level_wanted = "polda" if parent and parent.name.startswith("Polda") else ("polres" if parent else None)
            kind, chief = next(((k, c) for k, c in options if k.level == level_wanted), options[0])
            sub_name, level = kind.abbreviation, kind.level
        if parent is not None and (parent.name.startswith("Polda") == (level == "polda")) and parent.unit_id:
            consumed.add(parent.start)
            subunits.append(Mention(f"{sub_name} {parent.name}", None, m.start(), parent.end, chief, parent.unit_id))
        elif parent is None and (shared := _shared_parent(text, m.end(), by_start, level)):
            # "Satreskrim dan Satresnarkoba Polres X": sub-units joined by "dan" share the parent named last.
            subunits.append(Mention(f"{sub_name} {shared.name}", None, m.start(), m.end(), chief, shared.unit_id))
        elif parent is None and level in parents:
            story_parent = parents[level]
            subunits.append(
                Mention(f"{sub_name} {story_parent.name}", None, m.start(), m.end(), chief, story_parent.unit_id)
            )
    kept = [u for u in units if u.start not in consumed]
    return sorted(kept + subunits, key=lambda x: x.start)


def _shared_parent(text: str, end: int, by_start: dict[int, Mention], level: str) -> Mention | None:
    """The parent of the next sub-unit in a coordination ("A dan B Polres X", "A, B dan C Polda Y")."""
    position = end
    while joiner := re.match(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)", text[position:]):
        nxt = _subunit_re().match(text, position + joiner.end())
        if not nxt:
            return None
        position = nxt.end()
        gap = re.match(r"\s+", text[position:])
        parent = by_start.get(position + (gap.end() if gap else 0))
        if parent and parent.unit_id and parent.name.startswith("Polda") == (level == "polda"):
            return parent
    return None


def _story_parents(story: str, gaz: Gazetteer) -> dict[str, Mention]:
    """The Polda and the Polres a story is about, when it names exactly one of each kind (or a Polres whose
    Polda is known): the parents of sub-units it writes without one."""
    found = _typed_units(story, gaz)
    parents = {}
    poldas = {m.unit_id: m for m in found if m.name.startswith("Polda") and m.unit_id}
    resorts = {m.unit_id: m for m in found if not m.name.startswith(("Polda", "Polsek")) and m.unit_id}
    if len(resorts) == 1:
        parents["polres"] = next(iter(resorts.values()))
    if len(poldas) == 1:
        parents["polda"] = next(iter(poldas.values()))
    elif not poldas and resorts:
        polda_ids = {gaz.units[uid].polda_id for uid in resorts}
        if len(polda_ids) == 1 and None not in polda_ids:
            polda = gaz.units[polda_ids.pop()]
            parents["polda"] = Mention(polda.name, polda.unit_id, -1, -1, False)
    return parents


def canonical_unit_name(name: str) -> str:
    """One name per unit for comparing: the gazetteer's current name ("Polres Malang Kota" was upgraded and
    is "Polresta Malang Kota"), the parent of a sub-unit normalised the same way."""
    mentions = find_unit_mentions(name)
    if len(mentions) == 1 and mentions[0].start == 0:
        return mentions[0].name
    return name
