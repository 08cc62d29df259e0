"""The period year an award is for, as a story states it ("tahun 2023", "Kompolnas Awards 2024", "semester I
2024"), told apart from when it was had, a span's edge or the meeting it was handed out at.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from pipelines.knowledge import knowledge_text

# The period an award is for, as stories state it: "tahun 2023", "kepatuhan 2023", "Kompolnas Award 2023",
# "periode Februari 2024", "periode April hingga Juni 2024", "Operasi Lilin Jaya 2025", "semester I tahun 2022"; not
# "sepanjang (tahun) 2023" (a window of achievement).
_NOT_A_PERIOD = r"(?<!sepanjang )(?<!selama )"
# "Akhir tahun 2020 Polres X menerima ...", "pada awal tahun 2021": when it was had, not what it is for; unlike
# "rilis akhir tahun 2023", the year's review.
WHEN_HAD = re.compile(
    r"(?:^|[.,;\"“]\s*|\b(?:pada|di|sejak|hingga|sampai|menjelang)\s+)(?:akhir|awal|pertengahan|penghujung)\s+$", re.I
)
# An edition of a named contest, awards night or commemoration: "ajang Duta Lalu Lintas Jawa Barat 2024", "Malam
# Anugerah Keterbukaan Informasi Tahun 2024", "peringatan Hari Anti Narkotika Internasional (HANI) 2023",
# "Hari Bhayangkara ke-78 Tahun 2024"; not an election ("Pemilihan Kepala Daerah 2024"), the occasion.
_EDITION_WORD = r"(?:[A-Z(][\w()-]*|ke-\d+|untuk|dan)"
EDITION = (
    r"\b(?:(?i:ajang|lomba|kompetisi|kejuaraan|turnamen|peringatan|perayaan|awarding|anugerah|penganug[eu]rahan)|Hari|HUT)"
    rf"(?:\s+{_EDITION_WORD}){{1,8}}?\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
)
# A part of a year an assessment covers: "semester I 2024", "triwulan III tahun 2023".
PART_OF_YEAR = r"\b(?i:semester|triwulan|kuartal|caturwulan)\s+(?:[IV]+|\d|(?i:pertama|kedua|ketiga|keempat))\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
YEAR_RE = re.compile(
    rf"{_NOT_A_PERIOD}\b(?:[Tt]ahun|periode|TA|[Tt]ahun [Aa]nggaran)\s+(20\d\d)\b"
    r"|(?:(?i:kepatuhan|pelayanan publik)|WBK|WBBM|Korupsi\)?|Melayani\)?)\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
    r"|\bAwards?\)?\s+(?:[Tt]ahun\s+)?(20\d\d)\b|\bperiode\s+[A-Z][a-z]+(?:\s+(?:hingga|sampai|-|s\.d\.?)\s+[A-Z][a-z]+)?\s+(20\d\d)\b|\bOperasi\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,4}\s+(20\d\d)\b"
    rf"|{EDITION}|{PART_OF_YEAR}"
)
# The periods that name themselves wherever they stand (an operation, an awards edition, a budget year), unlike a
# bare "tahun 2020", which a sentence about anything else may carry.
# An assessment named with its year is the period it covers: "zona hijau dalam penilaian tahun 2024", "hasil
# evaluasi kepatuhan standar pelayanan publik tahun 2023"; so is the achievement an award is for: "diberikan untuk
# capaian tahun 2023", "atas kinerja pelayanan tahun 2024"; not "penilaian sejak tahun 2019".
ASSESSED_YEAR = (
    r"\b(?i:penilaian|evaluasi|survei|pemeringkatan|capaian|kinerja)(?:\s+(?!(?i:sejak|hingga|sampai|selama|sepanjang|dari|pada)\b)"
    r"[\w-]+){0,6}?\s+[Tt]ahun\s+(20\d\d)\b"
)
NAMED_PERIOD = re.compile(
    r"\bAwards?\)?\s+(?:[Tt]ahun\s+)?(20\d\d)\b|\bOperasi\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,4}\s+(20\d\d)\b"
    r"|\b(?:TA|[Tt]ahun [Aa]nggaran)\s+(20\d\d)\b|\bperiode\s+[A-Z][a-z]+(?:\s+(?:hingga|sampai|-)\s+[A-Z][a-z]+)?\s+(20\d\d)\b"
    rf"|{EDITION}|{PART_OF_YEAR}|{ASSESSED_YEAR}"
)


# An election is the occasion, not the period: "pengamanan Pilkada Serentak 2024" has no award year. An acronym in
# brackets is still the name: "Penghargaan Keterbukaan Informasi Publik (KIP) 2025".
# A feast is one too: "atas pengamanan arus mudik Lebaran 2024" (the words are listed in period_words.yml).
_PERIOD_WORDS = yaml.safe_load(knowledge_text("period_words.yml"))
_OCCASIONS = "|".join(_PERIOD_WORDS["occasions"])
TITLE_YEAR = re.compile(
    rf"(?:\b(?!(?:{_OCCASIONS})\b)(?:[A-Z][\w-]*|[Tt]ahun|Awards?)|\([A-Z][\w-]*\))"
    r"\s+(20\d\d)\b"
)


def year_in_title(title: str | None) -> int | None:
    """The year an award's own name carries: "Quick Wins Presisi 2025", "Anugerah KIP Tahun 2024"; not a span's edge
    or a window a title quotes with its reason ("atas pengungkapan narkoba sejak tahun 2018"), nor the feast a reason
    says the deed was done during ("atas ... selama perayaan Lebaran 2023")."""
    for m in TITLE_YEAR.finditer(title or ""):
        before = (title or "")[max(0, m.start() - 60) : m.start()]
        if not (
            SPAN_EDGE_BEFORE.search(before)
            or DURING_BEFORE.search(before)
            or WHEN_HAD.search(before)  # "atas prestasi mereka pada akhir tahun 2022": when, not what for
            or OCCASION_BEFORE.search(before)  # "penghargaan X dalam momentum HPN 2023": the occasion
            or SECURED_BEFORE.search(before)  # "atas pengamanan PON XXI 2024": the event secured
            or AT_A_COMMEMORATION_BEFORE.search(before)  # "dalam upacara Hari Bhayangkara ke-79 tahun 2025"
            or FEAST_IN_TITLE.search(title, 0, m.start())
        ):
            return int(m.group(1))
    return None


FEAST_IN_TITLE = re.compile(
    r"\b(?:selama|sepanjang)\s+(?:(?i:perayaan|peringatan)|Hari|HUT)(?:\s+[A-Z][\w-]*){0,3}\s*$"
)


# A span's edge or a comparison is no period: "sejak tahun 2019", "hingga tahun 2024", "dibanding tahun 2022".
SPAN_EDGE_BEFORE = re.compile(r"\b(?:sejak|hingga|sampai|menjelang|jelang|dibanding(?:kan)?|ketimbang|dari)\s+$", re.I)
# A feast or commemoration the deed was done during is its window, not the award's period: "selama perayaan Lebaran
# 2023"; an operation keeps its year ("selama Operasi Lilin 2024" names the operation the award is for).
DURING_BEFORE = re.compile(r"\b(?:selama|sepanjang)\s+$", re.I)
FEAST = re.compile(r"(?i:perayaan|peringatan)\b|(?:Hari|HUT)\b")
# A working meeting where awards are handed out is the occasion, not the period: "dalam Rakernis Humas Polri Tahun
# 2023", "Rapat Kerja Teknis tahun 2024".
MEETING = r"(?:Rakernis|Rakor\w*|Rapim\w*|Rakerda|Rakernas|Rapat\s+(?:Kerja|Koordinasi|Pimpinan))"
# Its name may run long: "Rapat Kerja Teknis (Rakernis) Humas Kepolisian Republik Indonesia (Polri) tahun 2024".
MEETING_BEFORE = re.compile(rf"\b{MEETING}\b(?:\s+[A-Z(][\w()-]*){{0,8}}\s+$")


# A commemoration the award was handed out at is the occasion: "diberikan pada acara Hari Antikorupsi Sedunia
# Tahun 2021" names when, not what the award is for; so does "dalam rangkaian peringatan Hari Pers Nasional 2023".
# A name's words before the year may follow: "dalam momentum HUT IDI 2022".
OCCASION_BEFORE = re.compile(
    r"\b(?:pada|dalam)\s+(?:rangkaian\s+)?(?:acara|momen(?:tum)?|rangkaian)\s+(?-i:(?:[A-Z][\w-]*\s+){0,4})$", re.I
)

# An event the police secured or escorted, named with its year, is where the deed was done, not the award's period:
# "atas pengamanan PON XXI Aceh-Sumut 2024", "mengamankan MotoGP Mandalika 2022", "pengawalan KTT G20 2022"; an
# operation keeps its year ("pengamanan Operasi Ketupat 2024", "Ops Lilin 2024" name the operation), and so does a
# contest or an award whose own name holds the word ("Lomba Pengamanan Swakarsa 2024": capitalised, it is a name).
SECURED_BEFORE = re.compile(
    r"\b(?:pengamanan|mengamankan|pengawalan|mengawal)\s+(?:(?:kegiatan|ajang|gelaran|event|perhelatan|"
    # the event's name may hold a small word of another tongue ("Tour de Singkarak 2024", "Festival of Lights 2024")
    r"penyelenggaraan|pelaksanaan)\s+)?(?!Operasi\b|Ops\b)[A-Z][\w()/-]*\s+(?:(?:[A-Z][\w()/-]*|de|of|the)\s+){0,5}$"
)


# A regulation or decree cited by its number and year is no period: "Surat Keputusan Kapolda Nomor Kep/12/I/2024
# Tahun 2024", "Perkap No. 5 tahun 2023", "Nomor: 14 Tahun 2017".
DECREE_BEFORE = re.compile(r"\b(?:Nomor|No\.?|Nr\.?)\s*:?\s*[\w/.-]+\s+$", re.I)
# A commemoration the award was handed out at is the occasion, however the ceremony is named: "dalam peringatan Hari
# Pers Nasional (HPN) 2024", "pada upacara peringatan Hari Bhayangkara ke-78 tahun 2024", "dalam rangka HUT Lalu
# Lintas ke-69 Tahun 2024", "saat perayaan Hari Kartini 2023"; not a contest or an awards night named with its year.
COMMEMORATION = re.compile(r"(?i:peringatan|perayaan)\b|(?:Hari|HUT)\b")
HELD_AT_BEFORE = re.compile(
    r"\b(?:pada|dalam|saat|ketika|di|momen(?:tum)?)\s+(?:(?:upacara|apel|acara|rangkaian|rangka|puncak|momen(?:tum)?)\s+)*$",
    re.I,
)

# The same in a title that runs on into the ceremony, for an anniversary counted with its year, whose year only dates
# the count: "... terbaik dalam upacara Hari Bhayangkara ke-79 tahun 2025", "pada HUT ke-69 Polairud Tahun 2019".
AT_A_COMMEMORATION_BEFORE = re.compile(
    r"\b(?i:pada|dalam|saat|ketika|di|momen(?:tum)?)\s+(?:(?i:upacara|apel|acara|rangkaian|rangka|puncak)\s+)*"
    r"(?:(?i:peringatan|perayaan)|Hari|HUT)\b(?:\s+[\w()-]+){0,6}?\s+ke-?\s?\d{1,3}(?:\s+[\w()-]+){0,3}?\s+"
    r"(?:[Tt]ahun\s+)?$"
)


def year_of(context: str, pattern: re.Pattern = YEAR_RE) -> int | None:
    return next(years_of(context, pattern), None)


def years_of(context: str, pattern: re.Pattern = YEAR_RE) -> Iterator[int]:
    """Each period year the text states, in reading order (see year_of)."""
    for m in pattern.finditer(context):
        before = context[max(0, m.start() - 100) : m.start()]
        if DURING_BEFORE.search(before) and FEAST.match(m.group(0)):
            continue
        if COMMEMORATION.match(m.group(0)) and HELD_AT_BEFORE.search(before):
            continue
        if not any(
            p.search(before)
            for p in (WHEN_HAD, MEETING_BEFORE, SPAN_EDGE_BEFORE, OCCASION_BEFORE, SECURED_BEFORE, DECREE_BEFORE)
        ):
            yield int(next(g for g in m.groups() if g))


# An anniversary and its count: "Hari Bhayangkara ke-79", "Hari Ulang Tahun (HUT) ke-69 Polairud", "HUT Polwan ke-76".
_FOUNDED = _PERIOD_WORDS["anniversaries"]
_JUBILEE = "|".join(f"(?:{name})" for name in _FOUNDED)
ANNIVERSARY = re.compile(
    r"\b(?:HUT|Hari\s+Ulang\s+Tahun(?:\s+\(HUT\))?|Hari)\s+"
    rf"(?:ke-?\s?(?P<n1>\d{{1,3}})\s+(?P<name1>{_JUBILEE})\b|(?P<name2>{_JUBILEE})\s+ke-?\s?(?P<n2>\d{{1,3}})\b)"
)


def anniversary_years(text: str) -> list[int]:
    """The year of each anniversary a text names with its count ("Hari Bhayangkara ke-79": 2025)."""
    years = []
    for m in ANNIVERSARY.finditer(text):
        name = m.group("name1") or m.group("name2")
        founded = next(year for pattern, year in _FOUNDED.items() if re.fullmatch(pattern, name))
        years.append(founded + int(m.group("n1") or m.group("n2")))
    return years


def anniversary_year(text: str) -> int | None:
    """The year of the anniversary a story names with its count ("Hari Bhayangkara ke-79": 2025), if one."""
    years = set(anniversary_years(text))
    return years.pop() if len(years) == 1 else None
