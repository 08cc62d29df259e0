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


def units_csv_rows(path: Path = UNITS_CSV) -> list[dict]:
    """The gazetteer's rows: from data/units.csv in a checkout, or from the copy packaged inside the
    egg that scrapyd-deploy builds (setup.py puts it there), where no data/ folder exists."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        text = importlib.resources.files("pipelines").joinpath("units.csv").read_text(encoding="utf-8")
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
}  # fmt: skip

_WORD = r"[A-Z][\w'’-]*|[A-Z]{2,}|\d+"
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
    name: str  # canonical name ("Polda Kalimantan Selatan")
    unit_id: str | None  # gazetteer id, or None for a unit the gazetteer lacks
    start: int
    end: int
    via_position: bool  # named through an officer's position ("Kapolres Serang")


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

    def lookup(self, name: str, context: str = "") -> Unit | None:
        """The unit called `name`; where several share it, the one whose Polda or province the context names."""
        ids = self.by_name.get(name.lower())
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


def find_unit_mentions(text: str, gaz: Gazetteer | None = None) -> list[Mention]:
    gaz = gaz or gazetteer()
    # "Kepolisian Resor (Polres) Serang": unwrap the abbreviation, keeping every offset.
    text = re.sub(r"\((Polrestabes|Polresta|Polres|Polsek|Polda)\)(?=\s)", r" \1 ", text)
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
    # "Polri" and its central bodies.
    for m in re.finditer(
        r"\b(Mabes Polri|Korlantas Polri|Bareskrim Polri|Divhumas Polri|Divisi Humas Polri|Baharkam Polri|Korbrimob Polri)\b",
        text,
    ):
        unit = gaz.lookup(m.group(1))
        mentions.append(
            Mention(unit.name if unit else m.group(1), unit.unit_id if unit else None, m.start(), m.end(), False)
        )
    return sorted(mentions, key=lambda x: x.start)
