"""The giver's name when it is a ministry, its field office or a national agency: "Kementerian Perhubungan",
"Kanwil DJPb Provinsi Gorontalo", "KPPN Metro", "BNN Kabupaten Tabalong", "Basarnas Ternate", a minister by his
short title ("Menpora"). Pure functions over text, used by pipelines.giver_names for the `ministry` rule.
"""

from __future__ import annotations

import re

import yaml

from pipelines.categories import registry
from pipelines.directorates_general import directorate_general, named_at
from pipelines.giver_offices import embassy_of, ended_at_region, known_areas
from pipelines.knowledge import Mention, knowledge_text
from pipelines.ranks import RANK_RE
from pipelines.unit_gazetteer import expand_province, gazetteer

_MINISTERS = r"pora|kes|hub|sos|ag|dag|tan|kumham|dikbud\w*|kominfo|keu|perin|aker|lu|han|dagri|parekraf|pupr"
MINISTER = re.compile(
    rf"\bMen(?:{_MINISTERS})\b|\bMenko ?[A-Z][\w-]*|\bMenko[a-z]{{3,}}\b|\bWamen[a-z]{{3,}}\b"  # "Menkopolhukam", "Wamenkumham"
)
# A national agency by its short name (national_agencies.yml) and its office's seat: "Basarnas Ternate".
_TABLE = yaml.safe_load(knowledge_text("national_agencies.yml"))
_AGENCIES = "|".join(_TABLE["short_names"] + _TABLE["ministry_initials"])  # ministries by their initials alike
# Its head's rank is no seat: "Basarnas Marsdya TNI X".
_SOLDIER_RANKS = "|".join(yaml.safe_load(knowledge_text("civilian_honours.yml"))["soldier_ranks"])
_COMMANDER = rf"(?:{RANK_RE}|{_SOLDIER_RANKS})\b"
NATIONAL_AGENCY = re.compile(rf"\b({_AGENCIES})\)?(\s+(?!RI\b|{_COMMANDER})[A-Z][a-z]+)?")


# The office's short name may stand in brackets after its level: "Badan Narkotika Nasional Kabupaten (BNNK) X"; a
# "BNNK X" with no level written is kept as written (a regency's or a city's).
BNN_OFFICE = re.compile(
    r"\bBNN([PK]?)\)?\s+(?:(Provinsi|Kabupaten|Kota)\s+)?(?:\(BNN[PK]?\)\s+)?((?:[A-Z][a-z]+|NT[BT]|DIY)(?:\s+[A-Z][a-z]+)?)"
)


# A body's head by his post written out, its short form in brackets: "Kepala Badan SAR Nasional (Kabasarnas)" is of
# Basarnas, "Kepala Badan Narkotika Nasional (KaBNN)" of BNN.
HEAD_SHORT_FORM = re.compile(r"\b(?:Kepala\s+)?Badan\s+(?:[A-Z][\w-]*\s+|dan\s+){1,6}\(Ka([A-Z]?[a-z]*[A-Z\w-]+)\)")


def _short_form(m: re.Match) -> str:
    return m.group(1)[0].upper() + m.group(1)[1:]


def ministry_name(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    context = HEAD_SHORT_FORM.sub(_short_form, context)
    if embassy := embassy_of(context):
        return embassy, None
    m = re.search(
        r"\b((?:(?:Kanwil|Kantor Wilayah|Kantor)\s+)?Kementerian\s+[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,6}|Kemen[A-Z][\w-]*|"
        r"Kemen(?!ang|pan|terian)[a-z]+"
        r"(?:\s+(?!RI\b)(?:[A-Z]{2,}\b|[A-Z][a-z]+(?:\s+(?=(?:Barat|Timur|Utara|Selatan|Tengah|Tenggara|Raya)\b)[A-Z][a-z]+)?))?|(?:Kanwil|Kantor Wilayah)\s+Kemen\w+(?:\s+(?!RI\b)[A-Z][a-z]+){0,2}|Menteri\s+[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,3}|"
        r"BNN(?:\s+Provinsi\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|P\s+\w+)?)",
        context,
    )
    name = _ministry_short_name(m, context) if m else None
    if directorate := named_at(context, m.start() if m else len(context)):
        return directorate, None  # the ministry's directorate-general named first: it gives
    if name and name.startswith(("Kanwil", "Kantor")):
        name = ended_at_region(name)  # "Kanwil Kemenkumham Bali Romi Yudianto": its head's name follows the region
    agency = NATIONAL_AGENCY.search(context)
    # A minister by his short title ("Menpora", "Menko Kesra"), when named before any ministry or agency.
    minister = MINISTER.search(context)
    if minister and all(not other or minister.start() < other.start() for other in (m, agency)):
        return minister.group(0), None
    if agency and (not name or agency.start() < m.start()):  # the first named: "BNPB memberikan ... Kementerian X"
        return agency.group(1) + (agency.group(2) or ""), None
    long_bnn = re.search(r"Badan Narkotika Nasional(?:\s+(?:Provinsi|Kabupaten|Kota))?", context)
    if long_bnn and not name:
        context = context.replace(long_bnn.group(0), "BNN" + long_bnn.group(0)[len("Badan Narkotika Nasional") :])
        name = "BNN"
    directorate = re.search(
        r"\b((?:Kanwil\s+)?(?:DJPb|KPPN)(?:\s+[A-Z][\w]*){0,2}|(?:Kanwil\s+)?(?:Direktorat Jenderal|Dirjen)\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2})"
        r"(?:\s+\((\w+)\)\s+([A-Z]\w+(?:\s+[A-Z]\w+){0,2}))?",
        context,
    )
    if directorate and not name:
        # A ministry's field office: "DJPb Maluku Utara", "KPPN Ambon"; written in full, its abbreviation and
        # region: "Direktorat Jenderal Perbendaharaan (DJPb) Maluku Utara".
        short, words = directorate.group(2), (directorate.group(3) or "").split()
        regions = [expand_province(" ".join(words[:n])) for n in range(len(words), 0, -1)]
        region = next((r for r in regions if r in known_areas()), None)
        if short and region:
            return f"{short} {region}", None
        return directorate_general(directorate.group(1)) or directorate.group(1), None  # "Dirjen KSDAE"
    bnn = BNN_OFFICE.search(context)  # a province's office, or a regency's or a city's: "BNN Kabupaten Tabalong"
    if bnn and name and name.startswith("BNN"):
        level = bnn.group(2) if bnn.group(2) in ("Kabupaten", "Kota") else "Provinsi"
        level = "BNNK" if bnn.group(1) == "K" and not bnn.group(2) else f"BNN {level}"
        for place in (expand_province(" ".join(bnn.group(3).split()[:n])) for n in (2, 1)):
            if place in known_areas() if level != "BNN Provinsi" else gazetteer().polda_for_province(place):
                return f"{level} {place}", None
    if name and ("Perempuan" in name or "PPPA" in name or "PPA" in name):
        name = "Kementerian PPPA"
    elif name and name.startswith("BNNP "):
        name = "BNN Provinsi " + expand_province(name[5:])
    return name or field_unit(context), None


# Its head's rank, a police or a soldier's, ends a body's name: "Kodim 0708/Purworejo Letkol Inf Budi" (_COMMANDER).


def field_unit(context: str, kind: str = "ministry") -> str | None:
    """A body of the kind the registry knows by its own name, as written with what follows it in capitals, numbers,
    its abbreviation in brackets ("Balai Kekarantinaan Kesehatan (BKK) Kelas I X") or a command's number: "Daops
    Manggala Agni Kalimantan 10", "Lapas Kelas IIA Cibinong", "Kodam V/Brawijaya"."""
    entries = [c for c in registry() if c.name == kind and (kind == "ministry" or c.own_name)]
    starts = [m.start() for c in entries for p in c.givers if (m := p.search(context))]
    if not starts:
        return None
    run = re.match(
        rf"[A-Z][\w-]*(?:\s+(?!{_COMMANDER})(?:[A-Z][\w-]*|\d+\b|dan(?=\s+[A-Z])|\([A-Z][\w-]*\)(?=\s+[A-Z]))|/[A-Z\d]\w*)*",
        context[min(starts) :],
    )
    if not run:
        return None
    # the head's post stands for his office ("Kalapas Kelas IIA X" is Lapas Kelas IIA X), his name after it no part
    return ended_at_region(re.sub(r"^Ka(lapas|rutan|bapas)\b", lambda m: m.group(1).capitalize(), run.group(0)))


# A ministry that also heads an agency, named in full and then by its short name: "Kementerian Agraria dan Tata
# Ruang/Badan Pertanahan Nasional (ATR/BPN)" is "Kementerian ATR/BPN"; "Menteri ATR/BPN" gives in its name.
JOINT_SHORT_NAME = re.compile(r"(?:/[^()/.,;]{3,80})?\s*\(([A-Z][\w-]*/[A-Z][\w-]*)\)")
JOINT_WRITTEN = re.compile(r"\b(?:Kementerian|Menteri)\s+([A-Z][\w-]*/[A-Z][\w-]*)")


def _ministry_short_name(m: re.Match, context: str) -> str:
    short = JOINT_SHORT_NAME.match(context, m.end(1)) or JOINT_WRITTEN.search(context)
    first = re.search(r"(?:Kementerian|Menteri)\s+(\w)", m.group(1))
    # the short name of the ministry matched, not of another the passage names: their first letters agree
    if short and first and first.group(1) == short.group(1)[0]:
        return f"Kementerian {short.group(1)}"
    return m.group(1)
