"""Fields of one award, each from the sentences that report it: the receiving officer, the award's
title as the story words it, the period year, a placement, the ceremony's date and place.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.categories import NAME, RANK_RE, normalise_rank
from pipelines.dates import MONTHS, WEEKDAYS, month_number, weekday_before
from pipelines.units import Mention

POSITION_RE = (
    r"Kapolri|Wakapolri|Kapolda|Wakapolda|Kapolrestabes|Kapolresta|Kapolres|Wakapolres|Kapolsek|"
    r"Kasat\s?\w+|Kanit\s?\w+|Kasi\s?Humas|Kabid\s?Humas|Bhabinkamtibmas|Dirlantas|Dirreskrimum|Dirreskrimsus|Dirresnarkoba"
)
_NAME = NAME
OFFICER_RE = re.compile(
    rf"(?:(?P<position>{POSITION_RE})(?:\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}?))?\s+)?"
    rf"(?P<rank>{RANK_RE})\.?\s+(?P<name>{_NAME})"
)
ORDINALS = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4,
            "kelima": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}  # fmt: skip
PLACEMENT_RE = re.compile(
    r"\b(?:peringkat|juara|ranking|posisi|terbaik)\s+(?:ke-?\s*)?(\d|pertama|kesatu|satu|kedua|dua|ketiga|tiga|keempat|kelima|III|II|IV|I|V)\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(
    r"\b(?:tahun|periode|TA|tahun anggaran)\s+(20\d\d)\b|(?:kepatuhan|pelayanan publik|WBK|WBBM|Korupsi\)?|Melayani\)?)\s+(?:tahun\s+)?(20\d\d)\b"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(w.capitalize() for w in WEEKDAYS if "'" not in w) + "|Jum'at"
DATE_WRITTEN = re.compile(rf"\b(?:(?:{_DAY}),?\s*)?\(?(\d{{1,2}})\s+({_MONTH})\s+(20\d\d)\)?", re.IGNORECASE)
DATE_SLASH = re.compile(rf"\b(?:{_DAY})\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(20\d\d|\d\d))?\)")
BARE_WEEKDAY = re.compile(rf"\b(?:pada\s+)?(?:hari\s+)?({_DAY})\b(?!\s*\()")
CEREMONY = re.compile(
    r"\b(diserahkan|menyerahkan|penyerahan|diterima|menerima|upacara|penganugerahan|dianugerahi|acara|berlangsung|"
    r"digelar|diberikan|memberikan|pemberian|seremoni|malam anugerah|dikukuhkan|diumumkan)\b",
    re.IGNORECASE,
)
# Sentences about the handing-over itself, which date and place the ceremony.
HANDOVER = re.compile(
    r"\b(penyerahan|penganugerahan|diserahkan|menyerahkan|upacara|seremoni|malam anugerah|diterima langsung)\b", re.I
)
SPEECH = re.compile(
    r"\b(kata|ujar|ujarnya|katanya|ucap|jelas|tutur|dikonfirmasi|mengatakan|menyampaikan|menjelaskan)\b", re.I
)
PLACE_RE = re.compile(
    r"\b(?:berlangsung|bertempat|digelar|dilaksanakan|diselenggarakan|diserahkan|dihelat)?\s*\bdi\s+"
    r"(?P<place>(?:Aula|Gedung|Mapolda|Mapolres|Mapolresta|Mapolrestabes|Mapolsek|Lapangan|Hotel|Kantor|Balai|"
    r"Pendopo|Pendapa|Ruang|Auditorium|Istana|Graha|Markas|Halaman|Rupatama|Sasana|Kompleks|Gelanggang|Stadion|"
    r"Alun-alun|Plaza|Convention|Gor|GOR|Mako)\b[^,.;\"]*?(?:,\s*(?:Jakarta|Jakarta Selatan|Jakarta Pusat)\b)?)"
    r"(?=\s*(?:,|\.|;|\byang\b|\bpada\b|\bsaat\b|\bdalam\b|\bsetelah\b|\busai\b|\bseusai\b|\bSenin\b|\bSelasa\b|\bRabu\b|"
    r"\bKamis\b|\bJumat\b|\bSabtu\b|\bMinggu\b|\(|$))"
)
AWARD_START = re.compile(
    r"\b(penghargaan|predikat|piagam|trofi|piala|anugerah|rekor|opini|juara|peringkat|tanda kehormatan|apresiasi|sertifikat)\b",
    re.IGNORECASE,
)


def officer_of(context: str, recipients: list[Mention]) -> tuple[str | None, str | None, str | None]:
    """The receiving officer: after 'diterima (langsung) oleh' or 'kepada', else the recipient unit's chief."""
    if len(recipients) != 1:
        return None, None, None
    unit_words = recipients[0].name.split(" ", 1)[-1]
    best = None
    for m in OFFICER_RE.finditer(context):
        before = context[max(0, m.start() - 30) : m.start()].lower()
        position = m.group("position")
        if position and position.startswith("Kapolda") and "Polda" not in recipients[0].name:
            continue
        score = 0
        if re.search(r"(oleh|kepada|diterima)\s*(langsung\s*)?(oleh\s*)?$", before):
            score += 2
        if m.group("unit") and unit_words.startswith(m.group("unit").split()[0]):
            score += 1
        if position and position.lower().startswith("kapolres") or (position or "").lower().startswith("kapolsek"):
            score += 1
        if best is None or score > best[0]:
            best = (score, m)
    if best is None or best[0] == 0:
        return None, None, None
    m = best[1]
    name = re.sub(r"\s+(Kapolres\w*|Kapolda|Kapolsek|Wakapolda|Kasat\w*|Hadi|Pada|Saat|Dalam|Di)$", "", m.group("name"))
    return name, normalise_rank(m.group("rank")), (m.group("position") or None)


def year_of(context: str) -> int | None:
    m = YEAR_RE.search(context)
    return int(m.group(1) or m.group(2)) if m else None


def placement_of(context: str) -> int | None:
    m = PLACEMENT_RE.search(context)
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else ORDINALS.get(value)


def _explicit_date(sentence: str, published: date | None) -> str | None:
    m = DATE_WRITTEN.search(sentence)
    if m:
        try:
            return date(int(m.group(3)), month_number(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            pass
    m = DATE_SLASH.search(sentence)
    if m:
        year = m.group(3)
        year = (
            int(year)
            if year and len(year) == 4
            else (2000 + int(year) if year else (published.year if published else None))
        )
        if year:
            try:
                return date(year, int(m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                pass
    return None


def event_date_of(evidence: list[str], ceremony: list[str], published: date | None) -> str | None:
    """The ceremony's date: a date written in the award's own sentences or in a sentence about the
    handing-over; a bare weekday only in the latter, resolved against the publication date."""
    for sentence in evidence:
        if SPEECH.search(sentence) and not CEREMONY.search(sentence):
            continue
        found = _explicit_date(sentence, published)
        if found:
            return found
    for sentence in ceremony:
        found = _explicit_date(sentence, published)
        if found:
            return found
    if published is None:
        return None
    for sentence in evidence + ceremony:
        m = BARE_WEEKDAY.search(sentence)
        if m and CEREMONY.search(sentence) and not SPEECH.search(sentence):
            return weekday_before(m.group(1), published).isoformat()
    return None


def place_of(sents: list[str]) -> str | None:
    for sentence in sents:
        m = PLACE_RE.search(sentence)
        if m and CEREMONY.search(sentence):
            return m.group("place").strip()
    return None


def title_of(sentence: str) -> str | None:
    m = AWARD_START.search(sentence)
    if not m:
        return None
    tail = sentence[m.start() :]
    # "penghargaan predikat X": the award is the predikat.
    tail = re.sub(r"^penghargaan\s+(?=(predikat|piagam|trofi|anugerah|rekor|opini)\b)", "", tail, flags=re.I)
    tail = re.split(r"\s+(?:dari|yang diserahkan|yang diterima|kepada|oleh|di|pada|setelah|usai|saat)\s+|[,.;]", tail)[
        0
    ]
    return tail.strip() or None
