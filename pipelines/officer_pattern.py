"""An officer as a story names him: his post and unit, his rank and his name ("Kapolres X AKBP Y",
"Kasat Reskrim Polres X, AKP Y", "Kapolri Jenderal Y"). Patterns only, used wherever an officer is read.
"""

from __future__ import annotations

import re

from pipelines.ranks import ANY_CASE_RANK_RE, NAME

__all__ = ["OFFICER_RE", "POSITION_RE"]


# An officer's post: chiefs and deputies of units and sections ("Kapolres", "Kasiwas", "Kasat Resnarkoba",
# "Kasubdit III Jatanras", "Kabidhumas"), directors ("Dirlantas", "Dir Reskrimsus"), heads of units.
POSITION_RE = (
    r"Kapolri|Wakapolri|Kapolda|Wakapolda|Kapoltabes|Kapolrestabes|Kapolresta|Kapolres|Wakapolres|Kapolsek|"
    r"Kasubdit\s+[IVX]+(?:\s+[A-Z]\w+)?|Kasat\s?\w+|Kanit\s?\w+(?:\s+[A-Z]\w+)?|Kasi\s?\w+|Kabid\s?\w+|Kabag\s?\w+|"
    r"Kadiv\s?\w+|Karo\s?(?:[A-Z]{2,}|Ops|Rena|Log\w*|Sarpras)\b|Bhabinkamtibmas|Dir\s?[A-Z]?[a-z]+|Panit\s?\w+"
)
# Honorifics and a first name cut short before the name itself: "AKBP Dr. Leo Dedy", "AKP Moh. Ali Akbar".
# A physician's "dr" too ("Brigjen Pol dr Hari Santoso, Sp.PD"); "Pol" after a rank is no name.
_NAME = rf"(?:(?:Dr|Drs|Ir|Prof|KH|Hj?|dr|drg)\.?\s+)*(?:(?:Moh|Muh|Moch|Mochd|Mhd|Abd|Ach)\.\s+)?(?!Pol\b){NAME}"
OFFICER_RE = re.compile(
    # A rank spelled out may have its abbreviation after it: "Ajun Komisaris Besar Polisi (AKBP) Rudi".
    rf"(?:(?P<position>{POSITION_RE})(?:\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}?))?(?:\s*,\s*|\s+))?"
    # The Kapolri's rank without "Pol": "Kapolri Jenderal Listyo Sigit" (a general of the army is named "Jenderal TNI")
    rf"(?P<rank>{ANY_CASE_RANK_RE}|(?<=Kapolri\s)Jenderal(?!\s+(?:TNI|Pol|Polisi)\b))(?:\s*\((?:{ANY_CASE_RANK_RE})\))?(?:\.\s*Pol\b|\s+Polisi\b)?\.?\s+(?P<name>{_NAME})"
)
