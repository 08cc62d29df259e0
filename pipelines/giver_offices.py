"""Givers named by their office: a regional government, its council and its offices ("Pemerintah Kabupaten
Bantul", "DPRD Kota Tegal", "Dinas Kesehatan Kabupaten Sleman"), and a ministry's office abroad ("KBRI Ankara").
Pure functions over text, used by pipelines.giver_names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.knowledge import Mention
from pipelines.non_givers import GIVING
from pipelines.unit_gazetteer import expand_province, gazetteer


@lru_cache(maxsize=1)
def known_areas() -> set[str]:
    gaz = gazetteer()
    return {u.area.split(" ", 1)[-1] for u in gaz.units.values()} | {u.province for u in gaz.units.values()}


# The ministry's office abroad, by its short name and its city: "Kedutaan Besar Republik Indonesia (KBRI) untuk
# Ankara" is KBRI Ankara, "Konsulat Jenderal RI (KJRI) di Hong Kong" KJRI Hong Kong.
EMBASSY = re.compile(
    r"\b(?:Kedutaan Besar|Konsulat Jenderal)\s+(?:Republik Indonesia|RI)\s*\((KBRI|KJRI)\)|\b(KBRI|KJRI)\b"
)
EMBASSY_CITY = re.compile(r"\s+(?:untuk\s+|di\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def embassy_of(context: str) -> str | None:
    """The embassy or consulate that gives, unless a ministry or minister is named before it ("Menteri Luar
    Negeri memberikan ... di KBRI Tokyo": the minister gives at his embassy)."""
    m = EMBASSY.search(context)
    if not m or re.search(r"\b(?:Kementerian|Menteri|Menlu)\b|\bKemen[A-Z]", context[: m.start()]):
        return None
    city = EMBASSY_CITY.match(context, m.end())
    return " ".join(filter(None, (m.group(1) or m.group(2), city.group(1) if city else None)))


# A regional government's office, as written: "Dinas Kesehatan Kabupaten Sleman", "Dishub Kota Yogyakarta", "Badan
# X Daerah (BPBD) Kabupaten Y" (its acronym before its region), "Badan Pendapatan Daerah" (the region's by name);
# not the alms or endowment body's branch ("Badan Amil Zakat Nasional (Baznas) Kabupaten X").
REGIONAL_OFFICE = re.compile(
    r"\b(?:(?:Dinas|Badan(?!\s+(?:Amil|Wakaf)\b))\s+(?:[A-Z]\w*\s+){1,4}(?:dan\s+(?:[A-Z]\w*\s+){1,3})?(?:\([A-Z][\w-]*\)\s+)?"
    r"(?:Kabupaten|Kota|Provinsi)|"
    r"(?:Dishub|Dinkes|Disdik|Dinsos|Dispora|Disnaker|Disdukcapil|Diskominfo|(?:Ka)?[Ss]at\s?[Pp]ol\s?PP|BPBD)"
    r"(?:\s+(?:Kabupaten|Kota|Provinsi))?)(?:\s+[A-Z]\w+){1,2}"
    r"|\b(?:Dinas|Badan(?!\s+(?:Amil|Wakaf)\b))\s+(?:[A-Z]\w*\s+){1,4}Daerah\b(?:\s+\([A-Z][\w-]*\))?"
    # any office by "Dinas" and its region, or its head ("Kadis Kominfo Kota X" is the office's)
    r"|\b(?:Dinas|Kadis)\s+[A-Z]\w*(?:\s+(?:dan\s+)?[A-Z]\w*){0,4}"
)


# A headline's giving verb or award noun after the government is no region: "Pemkab Ganjar Penghargaan Polsek X".
_NOT_REGION = rf"(?!(?i:{GIVING}|apresiasi|penghargaan|piagam|hadiahi)\b)"
REGIONAL_GOVERNMENT = re.compile(
    r"\b(Pemkab|Pemkot|Pemprov|Pemda|Pemerintah\s+(?:Kabupaten|Kota|Provinsi|Daerah)|"
    r"(?:Sekda|Sekretaris Daerah)(?:\s+(?:Kabupaten|Kota|Provinsi))?)"
    rf"(?:\s+\([A-Za-z]+\))?\s+{_NOT_REGION}([A-Z]\w+(?:\s+{_NOT_REGION}[A-Z]\w+)?)"
)


# A regional council gives in its own name, by its short name, its level and its region.
REGIONAL_COUNCIL = re.compile(
    r"\b(?:Dewan Perwakilan Rakyat Daerah(?:\s+\(DPRD\))?|DPRD)(?:\s+(Kabupaten|Kota|Provinsi))?\s+"
    r"((?!Kabupaten|Kota|Provinsi)[A-Z][a-z]\w*(?:\s+[A-Z][a-z]\w*)?)"
)


def _council(context: str) -> str | None:
    """ "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bima" is DPRD Kota Bima, "DPRD Jatim" DPRD Jawa Timur; its
    chairman ("Ketua DPRD X") gives by his post, read before."""
    for m in REGIONAL_COUNCIL.finditer(context):
        if re.search(r"\bKetua\s+$", context[: m.start()]):
            continue
        words = m.group(2).split()
        region = next((r for n in (2, 1) if (r := expand_province(" ".join(words[:n]))) in known_areas()), None)
        if region:
            return " ".join(filter(None, ("DPRD", m.group(1), region)))
    return None


REGIONAL_HEAD = re.compile(
    r"\b((?:Pj|Pjs|Plt)\.?\s+)?(Bupati|Wali ?[Kk]ota|Gubernur|Wabup|Wagub|Wawali|Ketua DPRD|Camat)\s+"
    # the level of the region may be written: "Ketua DPRD Kota Medan", "Ketua DPRD Provinsi Jambi"
    r"((?:(?:Kabupaten|Kota|Provinsi)\s+)?(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})"
)


def body_behind_hander(context: str) -> str | None:
    """The regional body whose award its head only hands over: "dari Pemkab Pati ... diserahkan oleh Bupati Pati",
    "DPRD Kabupaten X memberikan ... diserahkan Ketua DPRD X", "Pemkab X Beri Penghargaan ..." (a headline) with
    "diserahkan Wakil Bupati X"; not a government named as the place of the handover ("di Pendopo Pemkab X")."""
    m = REGIONAL_HEAD.search(context)
    if not (m and HANDED_OVER_BY.search(context, 0, m.start())):
        return None
    return _government(_without_places(context)) or _council(context)


def _without_places(context: str) -> str:
    return re.sub(r"\b(?i:di|ke|kantor|pendopo|gedung|aula|balai)\s+(?=Pem)", "X ", context)


def regional_giver(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    m = REGIONAL_HEAD.search(context)
    if body := body_behind_hander(context):
        return body, None
    if m:
        acting = f"{m.group(1).strip().rstrip('.')} " if m.group(1) else ""
        # A deputy ("Wabup") gives in the head's name, as "Wakil Bupati X" does.
        office = {"walikota": "Wali Kota", "wabup": "Bupati", "wagub": "Gubernur", "wawali": "Wali Kota"}.get(
            m.group(2).lower().replace(" ", ""), m.group(2)
        )
        words = m.group(3).split()
        level = words.pop(0) + " " if words[0] in ("Kabupaten", "Kota", "Provinsi") and len(words) > 1 else ""
        acting = acting + office + " " + level
        words[0] = expand_province(words[0])  # "Gubernur Kalsel"
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in known_areas():
                return f"{acting}{' '.join(words[:n])}", " ".join(words[n:]) or None
        return f"{acting}{words[0]}", None
    if government := _government(context):
        return government, None
    if council := _council(context):
        return council, None
    office = REGIONAL_OFFICE.search(context)
    if not office:
        return None, None
    # its head's post stands for the office: "Kadis Kominfo Kota X", "Kasatpol PP Kabupaten Y" (Satpol PP Kabupaten Y)
    name = re.sub(r"^Ka[Ss]at\s?[Pp]ol\s?PP\b", "Satpol PP", re.sub(r"^Kadis\b", "Dinas", office.group(0)))
    return ended_at_region(name), None


def ended_at_region(name: str) -> str:
    """An office's name up to the region it ends with: the head's name written after it is no part of it
    ("Satpol PP Kabupaten Bekasi Surya Wijaya", "Kantor Wilayah Kementerian Hukum dan HAM Bali Romi Yudianto")."""
    words = name.split()
    for end in range(len(words), 1, -1):
        if any(expand_province(" ".join(words[start:end])) in known_areas() for start in range(max(1, end - 3), end)):
            return " ".join(words[:end])
    return name


# Its head named only as the one who hands it over: "Penghargaan diserahkan (langsung) oleh Penjabat Gubernur".
HANDED_OVER_BY = re.compile(
    r"\b(?:diserahkan|disematkan)\s+(?:langsung\s+|secara\s+langsung\s+)?(?:oleh\s+)?(?:\w+\s+)?$"
)


def _government(context: str) -> str | None:
    """The regional government the passage names, as the archive writes it ("Pemkab Bantul" is Pemerintah
    Kabupaten Bantul; a regional secretary gives for his government); None when it names none."""
    # The government's region may follow its short name in brackets ("Pemerintah Kabupaten (Pemkab) Kolaka"); a
    # headline's capitalised verb is no region ("Pemkab Ganjar Penghargaan Polsek X"): a known region comes first.
    found = list(REGIONAL_GOVERNMENT.finditer(context))
    m = next((f for f in found if expand_province(f.group(2).split()[0]) in known_areas()), found[0] if found else None)
    if not m:
        return None
    level = {"Pemkab": "Kabupaten", "Pemkot": "Kota", "Pemprov": "Provinsi", "Pemda": "Daerah"}.get(
        m.group(1), m.group(1).split()[-1]
    )
    region = expand_province(m.group(2))
    level = level if level in ("Kabupaten", "Kota", "Provinsi", "Daerah") else _level_of(region)
    return f"Pemerintah {level} {region}"


def _level_of(region: str) -> str:
    """The level of a region named bare ("Sekda Jember" is a regency's): Kabupaten or Kota when the region is one of
    them only, else Daerah ("Madiun" is both)."""
    levels = _area_levels().get(region, set())
    return next(iter(levels)) if len(levels) == 1 else "Daerah"


@lru_cache(maxsize=1)
def _area_levels() -> dict[str, set[str]]:
    levels: dict[str, set[str]] = {}
    for unit in gazetteer().units.values():
        level, _, name = unit.area.partition(" ")
        levels.setdefault(name, set()).add(level)
    return levels
