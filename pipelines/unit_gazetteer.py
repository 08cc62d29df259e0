"""The gazetteer of Polri units (data/units.csv): each unit with its parent, Polda, province and area, looked
up by name, alias or a spelling that differs in spaces or hyphens; and the province short forms media use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipelines.knowledge import UNITS_CSV, Unit, units_csv_rows

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


def _squeeze(name: str) -> str:
    return re.sub(r"[\s-]+", "", name.lower())


class Gazetteer:
    def __init__(self, units: list[Unit], aliases: dict[str, list[str]]):
        self.units = {u.unit_id: u for u in units}
        self.aliases = aliases
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
