"""A ministry's directorate-general as the giver: written "Ditjen <its short name>" with the ministry's initials
when the story names the ministry ("Direktorat Jenderal Konservasi Sumber Daya Alam dan Ekosistem (KSDAE)
Kementerian Lingkungan Hidup dan Kehutanan" and "Dirjen KSDAE" are both "Ditjen KSDAE KLHK"). A directorate-general
named with a region after it is a field office ("DJPb Maluku Utara", pipelines.ministry_names) and is left alone.
"""

from __future__ import annotations

import re

import yaml

from pipelines.giver_offices import known_areas
from pipelines.knowledge import knowledge_text
from pipelines.unit_gazetteer import expand_province

_AGENCIES = yaml.safe_load(knowledge_text("national_agencies.yml"))
_MINISTRIES: dict[str, list[str]] = _AGENCIES["ministry_names"]
_MINISTRY_OF: dict[str, str] = _AGENCIES["directorate_general_ministries"]
_HEAD = r"(?<!Kanwil )(?<!Kantor Wilayah )\b(?:Direktorat Jenderal|Direktur Jenderal|Dirjen|Ditjen)\s+"
_SHORT = r"[A-Z]{2,}[A-Za-z]*"
# Its short name straight after the head ("Dirjen KSDAE"), or its name written out and the short name in brackets,
# the head's title sometimes repeated there ("... Kementerian LHK (Dirjen KSDAE)") or the ministry's initials joined
# to it ("... (PPI-KLHK)").
_NAMED = re.compile(
    rf"{_HEAD}(?:(?P<short>{_SHORT})\b(?!\s*\))|(?:[A-Z][\w-]*\s*|dan\s+|RI\s*){{1,16}}\((?:Dirjen\s+|Ditjen\s+)?(?P<bracket>{_SHORT}|[A-Z][a-z]{{2,}})(?:-{_SHORT})?\))"
)
_WORDS_AFTER = re.compile(r"\s+((?:[A-Z][a-z]+\s*){1,3})")


def _is_field_office(context: str, end: int) -> bool:
    words = m.group(1).split() if (m := _WORDS_AFTER.match(context, end)) else []
    return any(expand_province(" ".join(words[:n])) in known_areas() for n in range(len(words), 0, -1))


def _ministry_initials(context: str) -> str | None:
    for initials, names in _MINISTRIES.items():
        if re.search(rf"\b{re.escape(initials)}\b", context) or any(name in context for name in names):
            return initials
    return None


def directorate_general(context: str) -> str | None:
    """The directorate-general the context names by its short name, written as the set writes givers; else None."""
    m = _NAMED.search(context)
    if not m or _is_field_office(context, m.end()):
        return None
    short = m.group("short") or m.group("bracket")
    if short in _MINISTRIES:  # "Dirjen KKP": a ministry's initials, not a directorate's name
        return None
    name = short if short.startswith("DJ") else f"Ditjen {short}"  # "DJBC", "DJPb" say Direktorat Jenderal already
    initials = _ministry_initials(context) or _MINISTRY_OF.get(short)
    return f"{name} {initials}" if initials else name


def named_at(context: str, at: int, reach: int = 150) -> str | None:
    """The directorate-general that is the giver named at `at`: written there, or just before its ministry's name
    ("Direktorat Jenderal Bea dan Cukai (DJBC) Kementerian Keuangan memberikan"). One named after the giver is
    someone who hands over for it ("dari KKP, diserahkan Plt. Dirjen PSDKP"), not the giver."""
    start = max(0, at - reach)
    m = _NAMED.search(context, start, at + reach)
    return directorate_general(context[m.start() : at + reach]) if m and m.start() <= at else None


# A directorate-general an award is said to be from: "Piagam Penghargaan dari Direktorat Jenderal X (PPI-KLHK)".
_FROM = re.compile(r"\bdari\s+$")


def awarding_directorate(story: str, ministry: str | None) -> str | None:
    """The ministry's directorate-general the story says the award is from, when the giver read is only the ministry
    ("KLHK RI ... pantas diberikan penghargaan" after "Piagam Penghargaan dari Direktorat Jenderal PPI KLHK")."""
    for m in _NAMED.finditer(story) if ministry in _MINISTRIES else ():
        named = directorate_general(story[m.start() :])
        if _FROM.search(story, max(0, m.start() - 6), m.start()) and named and named.endswith(f" {ministry}"):
            return named
    return None
