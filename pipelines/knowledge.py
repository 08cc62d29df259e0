"""The project's knowledge tables and the records read from them: the units gazetteer (data/units.csv),
the tables of data/knowledge/, a Polri unit and a unit named in a text."""

from __future__ import annotations

import csv
import importlib.resources
import io
from dataclasses import dataclass
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


def knowledge_text(name: str) -> str:
    """A table of data/knowledge as text (or the copy packaged in the egg, as for the gazetteer)."""
    path = KNOWLEDGE / name
    if path.exists():
        return path.read_text(encoding="utf-8")
    return importlib.resources.files("pipelines").joinpath("knowledge", name).read_text(encoding="utf-8")


def knowledge_rows(name: str) -> list[dict]:
    """Rows of a CSV table of data/knowledge."""
    return list(csv.DictReader(io.StringIO(knowledge_text(name), newline="")))


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
    # A sub-unit's chief listed among recipients next to his parent's chief ("adalah Kapolres X, Kasat Lantas ...").
    beside_parent: bool = False
