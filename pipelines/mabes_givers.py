"""Mabes Polri's central bodies as givers: a body by any name the gazetteer gives it ("Puskeu Polri", "Divisi Humas
Polri"), and a body's chief who gives in its name ("Kakorlantas Polri"). Pure functions over text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.unit_gazetteer import gazetteer

# A Mabes body's chief gives in its name: "dari Kakorlantas Polri Irjen Aan" is Korlantas Polri's award.
MABES_CHIEFS = {"Kabareskrim": "Bareskrim Polri", "Kakorlantas": "Korlantas Polri", "Dankorbrimob": "Korbrimob Polri",
                "Kabaharkam": "Baharkam Polri", "Kabaintelkam": "Baintelkam Polri", "Kalemdiklat": "Lemdiklat Polri",
                "Irwasum": "Itwasum Polri", "KadivHumas": "Divhumas Polri", "KadivPropam": "Divpropam Polri",
                "KadivHubinter": "Divhubinter Polri", "KadivBinkum": "Divkum Polri", "KadivTIK": "Div TIK Polri"}  # fmt: skip
MABES_CHIEF = re.compile(rf"\b({'|'.join(k.replace('Kadiv', 'Kadiv ?') for k in MABES_CHIEFS)})\b")


@lru_cache(maxsize=1)
def _mabes_bodies() -> re.Pattern:
    """Mabes Polri and its central bodies by every name the gazetteer gives them ("Puskeu Polri", "Pusat Keuangan
    Polri", "Divhumas Polri"); a post's abbreviation in brackets may stand before "Polri" ("Divisi Humas (Kadiv
    Humas) Polri")."""
    gaz = gazetteer()
    mabes = {u.unit_id for u in gaz.units.values() if u.type in ("mabes", "satker_mabes")}
    names = sorted((key for key, ids in gaz.by_name.items() if ids[0] in mabes and len(key) > 4), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ polri", r"(?:\s+\([^)]{1,40}\))?\s+polri") for n in names)
    return re.compile(rf"\b(?i:{alternatives})\b")


def mabes_body_at(passage: str, position: int = 0) -> str | None:
    """The Mabes body named exactly at `position`, as written (without a bracketed abbreviation)."""
    m = _mabes_bodies().match(passage, position)
    return re.sub(r"\s*\([^)]*\)", "", m.group(0)) if m else None


def mabes_body_in(passage: str) -> str | None:
    """The first Mabes body the passage names, as written."""
    m = _mabes_bodies().search(passage)
    return mabes_body_at(passage, m.start()) if m else None
