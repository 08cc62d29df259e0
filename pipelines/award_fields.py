"""Fields of one award, each from the sentences that report it: the receiving officer, the award's
title as the story words it, the period year, a placement, the ceremony's date and place.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.dates import MONTHS, WEEKDAYS, month_number, weekday_before
from pipelines.ranks import ACADEMIC, ANY_CASE_RANK_RE, NAME, normalise_rank
from pipelines.units import Mention, find_unit_mentions

# An officer's post: chiefs and deputies of units and sections ("Kapolres", "Kasiwas", "Kasat Resnarkoba",
# "Kasubdit III Jatanras", "Kabidhumas"), directors ("Dirlantas", "Dir Reskrimsus"), heads of units.
POSITION_RE = (
    r"Kapolri|Wakapolri|Kapolda|Wakapolda|Kapolrestabes|Kapolresta|Kapolres|Wakapolres|Kapolsek|"
    r"Kasubdit\s+[IVX]+(?:\s+[A-Z]\w+)?|Kasat\s?\w+|Kanit\s?\w+(?:\s+[A-Z]\w+)?|Kasi\s?\w+|Kabid\s?\w+|Kabag\s?\w+|"
    r"Bhabinkamtibmas|Dir\s?[A-Z]?[a-z]+|Panit\s?\w+"
)
# Honorifics and a first name cut short before the name itself: "AKBP Dr. Leo Dedy", "AKP Moh. Ali Akbar".
_NAME = rf"(?:(?:Dr|Drs|Ir|Prof|KH|Hj?)\.?\s+)*(?:(?:Moh|Muh|Moch|Mochd|Mhd|Abd|Ach)\.\s+)?{NAME}"
OFFICER_RE = re.compile(
    # A rank spelled out may have its abbreviation after it: "Ajun Komisaris Besar Polisi (AKBP) Rudi".
    rf"(?:(?P<position>{POSITION_RE})(?:\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}?))?(?:\s*,\s*|\s+))?"
    rf"(?P<rank>{ANY_CASE_RANK_RE})(?:\s*\((?:{ANY_CASE_RANK_RE})\))?\.?\s+(?P<name>{_NAME})"
)
ORDINALS = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4,
            "kelima": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}  # fmt: skip
PLACEMENT_RE = re.compile(
    r"\b(?:peringkat|juara|ranking|posisi|urutan|terbaik)\s+(?:ke-?\s*)?(\d|pertama|kesatu|satu|kedua|dua|ketiga|tiga|keempat|kelima|III|II|IV|I|V)\b",
    re.IGNORECASE,
)
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
    r"\b(?:(?i:ajang|lomba|kompetisi|peringatan|perayaan|awarding|anugerah)|Hari|HUT)"
    rf"(?:\s+{_EDITION_WORD}){{1,8}}?\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
)
# A part of a year an assessment covers: "semester I 2024", "triwulan III tahun 2023".
PART_OF_YEAR = r"\b(?i:semester|triwulan|kuartal|caturwulan)\s+(?:[IV]+|\d|(?i:pertama|kedua|ketiga|keempat))\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
YEAR_RE = re.compile(
    rf"{_NOT_A_PERIOD}\b(?:[Tt]ahun|periode|TA|[Tt]ahun [Aa]nggaran)\s+(20\d\d)\b"
    r"|(?:kepatuhan|pelayanan publik|WBK|WBBM|Korupsi\)?|Melayani\)?)\s+(?:tahun\s+)?(20\d\d)\b"
    r"|\bAwards?\s+(?:tahun\s+)?(20\d\d)\b|\bperiode\s+[A-Z][a-z]+(?:\s+(?:hingga|sampai|-|s\.d\.?)\s+[A-Z][a-z]+)?\s+(20\d\d)\b|\bOperasi\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}\s+(20\d\d)\b"
    rf"|{EDITION}|{PART_OF_YEAR}"
)
# The periods that name themselves wherever they stand (an operation, an awards edition, a budget year), unlike a
# bare "tahun 2020", which a sentence about anything else may carry.
NAMED_PERIOD = re.compile(
    r"\bAwards?\s+(?:tahun\s+)?(20\d\d)\b|\bOperasi\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}\s+(20\d\d)\b"
    r"|\b(?:TA|tahun anggaran)\s+(20\d\d)\b|\bperiode\s+[A-Z][a-z]+(?:\s+(?:hingga|sampai|-)\s+[A-Z][a-z]+)?\s+(20\d\d)\b"
    rf"|{EDITION}|{PART_OF_YEAR}"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(w.capitalize() for w in WEEKDAYS if "'" not in w) + "|Jum'at"
# "Senin (5/8/2024)", "Kamis, 24 Oktober 2024"; the year may be left to the story's date after a weekday
# ("Kamis, 24 Oktober") or with "lalu/kemarin" ("Rabu lalu (17/7)").
# "pada 24 Oktober" and "tanggal 24 Oktober" leave the year to the story's date too.
DATE_WRITTEN = re.compile(
    rf"\b(?P<day>(?:{_DAY}),?\s*|(?:pada|tanggal)\s+)?\(?(\d{{1,2}})\s+({_MONTH})(?:\s+(20\d\d)|(?(day)|(?!)))\)?",
    re.IGNORECASE,
)
# "Senin (4/3/2024)", "Senin, 4/3/2024", "Senin (4-3-2024)".
DATE_SLASH = re.compile(
    rf"\b(?:{_DAY})(?:\s+(?:pagi|siang|sore|malam|dini hari|lalu|kemarin))?,?\s*(?:\(|(?=\d))(\d{{1,2}})[/-](\d{{1,2}})"
    r"(?:[/-](20\d\d|\d\d))?\b\)?"
)
# "pada 4/3/2024", "tanggal 04-03-2024": a numeric date with its year after the word that introduces a day.
DATE_NUMERIC_ON = re.compile(r"\b(?:pada|tanggal|tgl\.?)\s+(\d{1,2})[/-](\d{1,2})[/-](20\d\d)\b")
# "usai apel di GOR Lembupeteng (8/1)": a day and month in brackets after a place's name, without its weekday.
DATE_SLASH_ALONE = re.compile(r"\b[A-Z][\w'-]*\s+\((\d{1,2})/(\d{1,2})(?:/(20\d\d|\d\d))?\)")
# Not a weekday with its date ("Senin, 4/3"), nor one end of a span of days ("Senin-Rabu (22-24/4)").
BARE_WEEKDAY = re.compile(rf"(?<![-–])\b(?:pada\s+)?(?:hari\s+)?({_DAY})\b(?!,?\s*\(|,?\s*\d|\s*[-–])")
CEREMONY = re.compile(
    r"\b(diserahkan|menyerahkan|penyerahan|diterima|menerima|upacara|penganugerahan|dianugerahi|acara|berlangsung|"
    r"digelar|diberikan|memberikan|pemberian|seremoni|malam anugerah|dikukuhkan|diumumkan|menganugerahkan|dianugerahkan)\b",
    re.IGNORECASE,
)
# Sentences about the handing-over itself, which date and place the ceremony.
HANDOVER = re.compile(
    r"\b(penyerahan|penganugerahan|diserahkan|menyerahkan|upacara|seremoni|malam anugerah|diterima langsung|"
    r"berlangsung|digelar|diadakan|diselenggarakan|dilaksanakan)\b",
    re.I,
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
    r"\b(penghargaan|reward|predikat|piagam|trofi|piala|anugerah|(?<!Museum )rekor|opini|juara|peringkat|tanda kehormatan|apresiasi|sertifikat|"
    r"pin emas|kenaikan pangkat|satyalancana|bintang bhayangkara|satuan terbaik|polda terbaik|polres terbaik|polsek terbaik|"
    # the zona integritas predikat by its name alone: "meraih Wilayah Bebas dari Korupsi (WBK)"
    r"wilayah bebas (?:dari )?korupsi|wilayah birokrasi bersih dan melayani|WBK|WBBM)\b",
    re.IGNORECASE,
)


# The officer who receives, before the verb, maybe with his post between commas ("Bripka Sri, anggota X, meraih").
# Academic titles may follow the name, and the post may carry "Pol." ("yang mewakili Kapolri Jenderal Pol. X,"); he
# may head a list of those who received ("Kapolsek Kompol X, Kanit Reskrim AKP Y dan anggotanya hadir menerima").
RECEIVES_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*\s*(?:,(?:[^.]|(?<=\bPol)\.){{0,250}}?,|,[^,.]{{0,80}}?\s(?:dan|serta)\s[^,.]{{0,40}}?)?"
    # "AKBP X selaku Kapolres Y menerima", "Kapolres AKBP X yang langsung menerima"
    r"(?:\s+(?:selaku|sebagai)\s+[^,.]{0,50}?)?\s*,?\s*(?:yang\s+)?(?:(?:juga|pun|langsung|hadir)\s+)*"
    r"(?:menerima|meraih|mendapat|mendapatkan|memperoleh|dianugerahi)\b",
    re.I,
)


# The officer who gives, or leads the ceremony: "Kapolresta X memimpin apel pemberian penghargaan".
GIVES_AFTER = re.compile(
    r"\s*(?:,[^,.]{0,60},)?\s*,?\s*(?:secara\s+langsung\s+|langsung\s+)?(?:menyerahkan|memberikan|memberi|"
    r"menganugerahkan|menyematkan|memimpin|mengalungkan)\b",
    re.I,
)


# The next sentence says "he received it": "... ," ujar Kasat Reskrim Iptu X. Ia menerima sendiri penghargaan itu.
PRONOUN_RECEIVES = re.compile(
    r"[.!?][\"”]?\s+(?:Ia|Dia|Beliau)\s+(?:pun\s+)?(?:langsung\s+|sendiri\s+)?(?:menerima|meraih|mendapat|mendapatkan|"
    r"memperoleh)\b"
)


def _received_by_pronoun(context: str, end: int) -> bool:
    """The officer is the last one named before a sentence opening on "Ia menerima ..."."""
    m = PRONOUN_RECEIVES.search(context, end)
    return bool(m) and not OFFICER_RE.search(context, end, m.start()) and "." not in context[end : m.start()]


# Who accepted, said just before the officer: "diterima (langsung) oleh", "kepada", "yang diwakili" (a deputy for
# his chief, maybe by a post the patterns do not know: "diwakili Kepala Divisi Humas Polri Irjen X"), "Penerima
# penghargaan itu adalah".
ACCEPTED_BEFORE = re.compile(
    r"(?:\b(?:oleh|kepada|diterima|diwakili|diwakilkan kepada)\s*(?:(?:langsung|sendiri)\s*)?(?:oleh\s*)?"
    r"|\b(?:[Pp]enerima|diterima)\b[^.,]{0,80},?\s*\b(?:adalah|yakni|yaitu)[\s:,]*)(?:[A-Z][\w-]*\s+){0,5}$"
)
# The one a deputy stands in for: "yang hadir mewakili Kapolri Jenderal Pol. X, menerima" is not X's doing.
REPRESENTED_BEFORE = re.compile(r"\bmewakili\s*$", re.I)
# "Kapolda Kepri Irjen X, S.I.K., yang diwakili Kabidhumas Kombes Y": Y, not X, was there to accept.
STOOD_IN_FOR = re.compile(rf"^(?:\s*,?\s*{ACADEMIC}(?!\w))*\s*,?\s*(?:yang\s+)?(?:di)?wakili\b", re.I)


def _score(context: str, m: re.Match, unit_words: str, previous: re.Match | None) -> int | None:
    """How surely the officer of `m` accepted the award; None when he did not (a giver, one represented)."""
    before = context[max(0, m.start() - 80) : m.start()]
    accepted = ACCEPTED_BEFORE.search(before[-60:]) or re.search(r"\bdiwakili\s+$", before, re.I)
    receives = RECEIVES_AFTER.match(context, m.end()) or _received_by_pronoun(context, m.end())
    if REPRESENTED_BEFORE.search(before):
        return None
    if "," in m.group(0) and not (accepted or receives):
        return None  # "kata Kasat Lantas Polres Bitung, Iptu X": a post and a name apart only where one accepts
    if GIVES_AFTER.match(context, m.end()):
        return None  # "Kapolres AKBP X menyerahkan penghargaan kepada ...": the giver, not a receiver
    score = 2 * bool(accepted) + 2 * bool(receives)
    if previous is not None and STOOD_IN_FOR.match(context[previous.end() : m.start()]):
        score += 2  # the deputy outranks the chief he stands in for, whose unit may be named too
    if m.group("unit") and unit_words.startswith(m.group("unit").split()[0]):
        score += 1
    position = (m.group("position") or "").lower()
    return score + (position.startswith("kapolres") or position.startswith("kapolsek"))


def officer_of(context: str, recipients: list[Mention]) -> tuple[str | None, str | None, str | None]:
    """The receiving officer: after 'diterima (langsung) oleh', 'kepada' or 'diwakili' (who accepted for his
    chief), the subject of a receiving verb, or the recipient unit's own chief named with it; then one named
    before by his post or name alone ("Kapolda menerima", "Herry juga memperoleh"); none where the text does
    not say who received."""
    if len(recipients) != 1:
        return None, None, None
    unit_words = recipients[0].name.split(" ", 1)[-1]
    best, previous = None, None
    for m in OFFICER_RE.finditer(context):
        position = m.group("position")
        if position and position.startswith("Kapolda") and "Polda" not in recipients[0].name:
            continue
        score = _score(context, m, unit_words, previous)
        previous = m
        if score is not None and (best is None or score > best[0]):
            best = (score, m)
    if best is None or best[0] < 2:  # a chief merely named is no receiver: the text must say he accepted
        m = _named_before(context, recipients[0].name)
        if m is None:
            return None, None, None
        best = (2, m)
    m = best[1]
    name = re.sub(r"\s+(Kapolres\w*|Kapolda|Kapolsek|Wakapolda|Kasat\w*|Pada|Saat|Dalam|Di)$", "", m.group("name"))
    name = re.sub(r"^(?:(?:H|Hj|Dr|Drs|Ir|Prof|KH)\.?\s+)+", "", name)  # honorifics are no part of the name
    return name, normalise_rank(m.group("rank")), (m.group("position") or None)


_RECEIVING_VERB = (
    r"(?:pun\s+|juga\s+|langsung\s+|sendiri\s+)*(?:menerima|meraih|memperoleh|mendapat(?:kan)?|dianugerahi)\b"
)
# A post alone, or one word of a name, as the subject of a receiving verb: "Kapolda menerima penghargaan Muri",
# "Kapolres Sumenep, Madura, meraih ...", "Selain itu, Herry juga memperoleh hadiah".
POST_RECEIVES = re.compile(
    rf"\b(?P<post>Kapolri|Kapolda|Wakapolda|Kapolrestabes|Kapolresta|Kapolres|Wakapolres|Kapolsek)\b"
    rf"(?P<unit>(?:\s+[A-Z][\w-]*){{0,3}})(?:,[^,.]{{0,40}}){{0,3}},?\s+{_RECEIVING_VERB}"
)
WORD_RECEIVES = re.compile(rf"\b(?P<word>[A-Z][a-z]{{2,}})\s+{_RECEIVING_VERB}")


def _named_before(context: str, recipient: str) -> re.Match | None:
    """The officer a post or a name alone refers to when it receives: the one the text names in full with
    that post (in the recipient unit) or that word in his name."""
    officers = list(OFFICER_RE.finditer(context))
    for r in POST_RECEIVES.finditer(context):
        if re.match(rf"\s*,?\s*{ANY_CASE_RANK_RE}\b", r.group("unit")) or (
            r.group("post") == "Kapolda" and "Polda" not in recipient
        ):
            continue
        words = r.group("unit").split()
        for m in officers:
            unit = (m.group("unit") or "").split()
            if m.group("position") == r.group("post") and (not words or unit[:1] == words[:1]):
                return m
    for r in WORD_RECEIVES.finditer(context):
        for m in officers:
            if m.start() < r.start() and r.group("word") in m.group("name").split()[1:] + m.group("name").split()[:1]:
                return m
    return None


# An election is the occasion, not the period: "pengamanan Pilkada Serentak 2024" has no award year.
TITLE_YEAR = re.compile(
    r"\b(?!(?:Pilkada|Serentak|Pemilu|Pilpres|Pileg|Pilgub|Pilbup|Pilwalkot)\b)(?:[A-Z][\w-]*|[Tt]ahun|Awards?)\s+(20\d\d)\b"
)


def year_in_title(title: str | None) -> int | None:
    """The year an award's own name carries: "Quick Wins Presisi 2025", "Anugerah KIP Tahun 2024"."""
    m = TITLE_YEAR.search(title or "")
    return int(m.group(1)) if m else None


# A span's edge or a comparison is no period: "sejak tahun 2019", "hingga tahun 2024", "dibanding tahun 2022".
SPAN_EDGE_BEFORE = re.compile(r"\b(?:sejak|hingga|sampai|menjelang|jelang|dibanding(?:kan)?|ketimbang|dari)\s+$", re.I)
# A working meeting where awards are handed out is the occasion, not the period: "dalam Rakernis Humas Polri Tahun
# 2023", "Rapat Kerja Teknis tahun 2024".
MEETING = r"(?:Rakernis|Rakor\w*|Rapim\w*|Rakerda|Rakernas|Rapat\s+(?:Kerja|Koordinasi|Pimpinan))"
MEETING_BEFORE = re.compile(rf"\b{MEETING}\b(?:\s+[A-Z(][\w()-]*){{0,5}}\s+$")


def year_of(context: str, pattern: re.Pattern = YEAR_RE) -> int | None:
    for m in pattern.finditer(context):
        before = context[max(0, m.start() - 60) : m.start()]
        if not any(p.search(before) for p in (WHEN_HAD, MEETING_BEFORE, SPAN_EDGE_BEFORE)):
            return int(next(g for g in m.groups() if g))
    return None


def placement_of(context: str) -> int | None:
    m = PLACEMENT_RE.search(context)
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else ORDINALS.get(value)


# The date of a decree or a letter ("Keppres Nomor 6/TK/2012 tertanggal 8 Februari 2012") is no ceremony's.
DOCUMENT_DATE_BEFORE = re.compile(r"\b(?:tertanggal|bertanggal|tanggal)\s*$", re.I)


def _explicit_date(sentence: str, published: date | None, year_hint: int | None = None) -> str | None:
    m = next((d for d in DATE_WRITTEN.finditer(sentence) if not _document_date(sentence, d.start(2))), None)
    year = m and (int(m.group(4)) if m.group(4) else (published.year if published else year_hint))
    if m and year:
        try:
            day = date(year, month_number(m.group(3)), int(m.group(2)))
        except ValueError:
            day = None
        # "pada 24 Oktober" with neither weekday nor year, after the publication day: another year's, or to come.
        unsure = (
            not m.group(4) and not re.match(_DAY, m.group("day") or "", re.I) and published and day and day > published
        )
        if day and not unsure:
            return (day if m.group(4) else _year_back(day, published)).isoformat()
    m = DATE_SLASH.search(sentence) or DATE_NUMERIC_ON.search(sentence) or DATE_SLASH_ALONE.search(sentence)
    if m:
        year = m.group(3)
        year = (
            int(year)
            if year and len(year) == 4
            else (2000 + int(year) if year else (published.year if published else year_hint))
        )
        try:
            day = date(year, int(m.group(2)), int(m.group(1))) if year else None
        except ValueError:
            day = None
        # Without its weekday, a "(3/4)" after the publication day is a share or a score, not a date.
        alone = m.re is DATE_SLASH_ALONE
        if day and not (alone and published and day > published):
            return (
                _new_year_slip(day, m.group(0), published) if m.group(3) else _year_back(day, published)
            ).isoformat()
    return None


def _new_year_slip(day: date, written: str, published: date | None) -> date:
    """ "Selasa (31/1/2022)" when 31 January was a Tuesday in 2023: early in a year, writers typing a date in
    figures still type the old year; the weekday tells (not after the story's own day)."""
    weekday = re.match(_DAY, written, re.I)
    wanted = WEEKDAYS.get(weekday.group(0).lower()) if weekday else None
    if wanted is None or day.month > 2 or day.weekday() == wanted:
        return day
    later = day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29) else day
    return later if later.weekday() == wanted and not (published and later > published) else day


def _year_back(day: date, published: date | None) -> date:
    """ "Rabu (27/12)" in a story of 2 January: the year before the story's, not a day still to come."""
    if published and day > published + timedelta(days=2) and not (day.month == 2 and day.day == 29):
        return day.replace(year=day.year - 1)
    return day


def _document_date(sentence: str, start: int) -> bool:
    """A decree's date, or the last day of a span ("berlangsung 28 sampai 30 Agustus 2019"): no one day's."""
    before = sentence[max(0, start - 40) : start]
    if re.search(r"\b\d{1,2}\s*(?:sampai|hingga|s\.d\.?|-|–)\s*$", before):
        return True
    return bool(DOCUMENT_DATE_BEFORE.search(before)) and bool(re.search(r"\b(?:Nomor|No\.?)\s*:?\s", before))


# "Lomba itu sebelumnya digelar pada 22 September", "akan diberi penghargaan pada 23 September", "Hal serupa
# disampaikan Kapolri saat ... pada Rabu 18 Januari lalu": another day.
OTHER_OCCASION = re.compile(
    r"\b(?:sebelumnya|tahun lalu|hal (?:serupa|senada|yang sama)|"
    r"akan\s+(?:di)?(?:beri|berikan|serahkan|anugerahkan|gelar|terima|menerima|memberikan))\b",
    re.I,
)


# The day a statement to the press was made: "kata Kabid Humas Polda X, Selasa (7/5/2024)",
# "Kadiv Humas Polri di Jakarta, Rabu (17/5/2023), menjelaskan ...", "kata Rektor kepada wartawan, Kamis (18/7)".
SPEAKING_DAY = re.compile(
    rf"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|terang|tegas|imbuh)(?:nya)?\b[^;\"“”()]{{0,80}}?,?\s*"
    rf"(?P<day>(?:{_DAY}),?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))"
    rf"|\bHumas\b[^;\"“”()]{{0,60}}?,\s*(?P<day2>(?:{_DAY}),?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)),?\s*"
    r"(?=(?:men(?:jelaskan|gatakan|yampaikan|uturkan|egaskan)|membenarkan)\b)"
)


# A statement to the press, not at the ceremony: a spokesman, reporters, a written release.
PRESS = re.compile(r"\b(?:Humas|Penmas|juru bicara|jubir|wartawan|awak media|dikonfirmasi|keterangan|rilis)\w*", re.I)


def _without_speaking_day(sentence: str) -> str:
    """`sentence` with the day of a statement blanked, unless the speaker was handing the award over then."""
    for m in reversed(list(SPEAKING_DAY.finditer(sentence))):
        if CEREMONY.search(m.group(0)) or not PRESS.search(m.group(0)):
            continue  # "ujar Kapolres saat menyerahkan penghargaan, Kamis (3/10)": the handover's day; a giver
            # who speaks at the ceremony speaks on its day
        start, end = m.span("day") if m.group("day") else m.span("day2")
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def event_date_of(
    evidence: list[str],
    ceremony: list[str],
    published: date | None,
    spoken: list[str] = (),
    year_hint: int | None = None,
    about_awards: list[str] = (),
    lead: list[str] = (),
) -> str | None:
    """The ceremony's date: a date written in the award's own sentences or in a sentence about the
    handing-over; a bare weekday only in the latter, resolved against the publication date; then a date
    in a quote about the handing-over ("... ," ujar Kapolres saat menyerahkan penghargaan, Selasa (3/11)); last,
    the one date the story's other sentences about an award and its occasion agree on. A sentence about
    an earlier or a coming occasion dates none of this one."""
    evidence, ceremony, spoken, about_awards, lead = (
        [_without_speaking_day(s) for s in group if not OTHER_OCCASION.search(s)]
        for group in (evidence, ceremony, spoken, about_awards, lead)
    )
    for sentence in evidence:
        if SPEECH.search(sentence) and not CEREMONY.search(sentence):
            continue
        found = _explicit_date(sentence, published, year_hint)
        if found:
            return found
    for sentence in ceremony:
        found = _explicit_date(sentence, published, year_hint)
        if found:
            return found
    if published is not None:
        for sentence in evidence + ceremony:
            m = BARE_WEEKDAY.search(sentence)
            if m and CEREMONY.search(sentence) and not SPEECH.search(sentence):
                return weekday_before(m.group(1), published).isoformat()
    for sentence in [*evidence, *spoken]:
        found = _explicit_date(sentence, published, year_hint)
        if found:
            return found
    dates = {d for s in about_awards if (d := _explicit_date(s, published, year_hint))}
    if not dates:
        # The lead dates the event the story reports, when it names one day ("... kata Ketua KPU di Mabes
        # Polri, Rabu (7/8/2019)").
        dates = {d for s in lead if (d := _explicit_date(s, published, year_hint))}
    return dates.pop() if len(dates) == 1 else None


def place_of(sents: list[str]) -> str | None:
    for sentence in sents:
        m = PLACE_RE.search(sentence)
        if m and CEREMONY.search(sentence):
            return m.group("place").strip()
    return None


def title_of(sentence: str) -> str | None:
    """The award as the sentence words it: its most specific name ("predikat ... tahun 2023", "Kompolnas
    Awards 2024 Polda Tipe A terbaik", "juara 1 video edukasi"); a bare "penghargaan" takes what the
    sentence says it is for ("penghargaan atas pengungkapan ...")."""
    found = [(m.start(), _named_award(sentence, m)) for m in AWARD_START.finditer(sentence)]
    found += [(m.start(), m.group(0) + _title_tail(sentence, m.end())) for m in AWARD_NAME.finditer(sentence)]
    found += [(m.start(1), m.group(1) + _title_tail(sentence, m.end())) for m in NAMED_AS.finditer(sentence)]
    candidates = [
        _with_winner_class(sentence, c.strip()) for _, c in sorted(found, key=lambda x: x[0]) if c and c.strip()
    ]
    specific = [c for c in candidates if not is_generic_title(c)]
    # a name another candidate gives as what its award is ("penghargaan sebagai juara 1 lomba X") stays in it
    named = [c for c in specific if names_award(c) and not any(f" sebagai {c}" in o for o in specific)]
    return (named or specific or candidates or [None])[0]


# An award still to come ("anggota akan memperoleh penghargaan berupa ..., yakni ..."): no award of the story.
AWARD_TO_COME = re.compile(
    r"\b(?:akan|bakal)\s+(?:juga\s+)?(?:memperoleh|mendapat(?:kan)?|menerima|meraih|diberi(?:kan)?|dianugerahi|diganjar)\b",
    re.I,
)


# A title conferred without an award word: "ditetapkan sebagai satuan kerja terbaik dalam ...", "dinobatkan sebagai
# Polsek teladan".
NAMED_AS = re.compile(
    r"\b(?:dinobatkan|ditetapkan|terpilih|dikukuhkan)\s+(?:sebagai|menjadi)\s+"
    r"((?:[\w-]+\s+){0,4}?(?:terbaik|teladan|terfavorit|terinovatif|berprestasi)(?:\s+(?:I{1,3}|\d)\b)?)"
)
GENERIC_TITLE = re.compile(
    r"^(?:(?:sebuah|satu|dua|tiga|\d+|berupa)\s+)?(?:(?:piagam|sertifikat)\s+)?(?:penghargaan|reward|piagam|apresiasi|sertifikat|trofi|piala|"
    r"anugerah|tanda kehormatan|predikat|rekor)(?:\s*-\s*(?:piagam|penghargaan|trofi|piala))?(?:\s+(?:dan|serta)\s+(?:piagam|piala|penghargaan|trofi|sertifikat|medali))*"
    r"(?:\s+(?:itu|ini|tersebut|sekaligus|seperti ini|seperti|bergengsi|khusus|serupa|yang sama|pertama|kedua|ketiga|"
    # "penghargaan kembali", "penghargaan kedua kali", "Penghargaan tidak hanya": adverbs, not the award's name
    r"lainnya|lain|kembali|lagi|juga|pun|kali|(?:tidak|bukan)\s+\w+))*"
    # ... or only its giver: "piagam Ombudsman RI", "Penghargaan Kapolda Banten", "penghargaan BNN Kalsel".
    r"(?:\s+(?:dari\s+)?(?:Ombudsman|Kapolda|Kapolri|Polda|Div\w*|Divisi|Mabes|Bid\w*|Bidang|BNNP?|Kementerian|Bupati|Wali ?Kota|Gubernur|Kapolres\w*|Pemkab|"
    r"Pemkot|Pemprov|MURI|Museum Rekor)(?:\s+(?-i:[A-Z(])[\w()-]*)*(?:\s+(?:lainnya|lain|itu|ini|tersebut|serupa|juga))*)?$",
    re.IGNORECASE,
)
# Names of awards that end in "Award": "Kompolnas Awards 2024", "Serambi Award", "Humas Polri Awards".
AWARD_NAME = re.compile(
    r"\b(?:(?!(?:Terima|Raih|Meraih|Menerima|Dapat|Sabet|Borong|Kapolda|Kapolres|Polda|Polres)\b)[A-Z][\w-]*\s+){1,4}Awards?\b"
    r"(?:\s+(?:tahun\s+)?20\d\d)?"
)
# A citation quoted right after the award's name, a dozen words or so.
CITATION = re.compile(r"\s*[\"“]([^\"“”]{3,160})[\"”]")
TITLE_END = re.compile(
    # a headline's capitals: "Terima Penghargaan Dari Komnas PA"
    # a rank after "menjadi" is what a promotion raises to: "kenaikan pangkat luar biasa menjadi Kompol"
    r"(?<![Bb]ebas)\s+(?:(?i:dari|kepada|bagi|oleh)|yang diserahkan|yang diterima|di|pada(?! kategori)|setelah|usai|saat|atas|karena|untuk(?! kategori)|sebagai|"
    r"diserahkan|diberikan|diterima|diraih|diperoleh|disabet|disematkan|dianugerahkan|disampaikan|bersama|dengan nilai|yang|hingga|sehingga|dalam acara|"
    rf"dalam (?i:{MEETING})|sekaligus|adalah|ialah|yakni|yaitu|datang|berasal|itu|ini|tersebut|merupakan|menjadi(?!\s+(?:{ANY_CASE_RANK_RE})\b)|berlangsung|melalui|lewat|"
    r"dilaksanakan|digelar|diadakan|dihelat|diumumkan|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s+|[;:\"“”]|(?<!\d)[,.]|[,.](?!\d)"
)
# What an award is for runs as a clause of its own: "karena institusi itu berperan aktif ...", "karena dinilai patuh
# pada standar pelayanan publik": no demonstrative or a "pada" before a lower-case word ends it.
REASON_END = re.compile(
    r"\s+(?:dari|kepada|bagi|oleh|di|yang|pada(?=\s+(?-i:[A-Z\d]))|setelah|usai|saat|ketika|yang diserahkan|yang diterima|"
    r"diserahkan|diberikan|diterima|dianugerahkan|disampaikan|sehingga|dalam acara|sekaligus|merupakan|berlangsung|"
    r"digelar|diadakan|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s+|[;:\"“”]|(?<!\d)[,.]|[,.](?!\d)"
)
REASON = re.compile(r"\s+(atas|berupa|sebagai|kategori|karena|untuk kategori|dalam kategori|bidang|untuk)\s+", re.I)

# A reason later in the sentence is the award's own unless the award is the subject of another statement
# ("penghargaan itu diharapkan memacu anggota untuk ...") or a second clause intervenes ("diserahkan oleh X dan
# diterima Wakapolda sebagai penanggung jawab ..."); after "diterima oleh X" a reason says why X received it.
REASON_GAP = re.compile(
    r"^(?:\s+(?:itu|ini|tersebut|juga))*(?:\s+dari(?:\s+(?-i:[A-Z])[\w-]*)+)?\s+(?:diharapkan\s+|dinilai\s+)?"
    r"(?!merupakan\b)(?:me|ber)[a-z]{3,}|\s(?:dan|serta)\s+di[a-z]{3,}|\bditerima\s+(?:langsung\s+)?oleh\b",
    re.I,
)


def _reason_near(sentence: str, position: int) -> re.Match | None:
    reason = REASON.match(sentence, position) or REASON.search(sentence, position)
    if reason is None or REASON_GAP.search(sentence[position : reason.start()]):
        return None
    if reason.group(1).lower() == "untuk" and _for_someone(sentence[reason.end() :]):
        return None  # "penghargaan untuk Polres X", "untuk Kapolda": whom it is for, not what
    if reason.group(1).lower() == "untuk" and PURPOSE.match(sentence, reason.end()):
        return None  # "penghargaan ini menjadi penyemangat untuk lebih giat bekerja": what it should lead to
    return reason


PURPOSE = re.compile(r"(?:lebih|terus|semakin|makin|tetap|selalu|(?:me|ber)[a-z]{3,})\b", re.I)


def _for_someone(rest: str) -> bool:
    """Whether the words after "untuk" name a unit, a post or a person rather than an achievement."""
    if not rest[:1].isupper():
        return False
    head = " ".join(rest.split()[:4])
    return bool(find_unit_mentions(head) or re.match(rf"(?:{POSITION_RE})\b|(?:{ANY_CASE_RANK_RE})\b", head))


# The class an award names its winner in: "Kompolnas Awards 2024 sebagai Polsek Tipe B terbaik se-Indonesia".
WINNER_CLASS = re.compile(
    r"\s+sebagai\s+((?:[\w-]+\s+){0,6}?(?:terbaik|teladan|berprestasi|terfavorit|terinovatif)"
    r"(?:\s+(?:se-?[A-Z]?\w+|tingkat\s+\w+|nasional|di\s+Indonesia|(?:I{1,3}|\d)\b))*)"
)


# Or the class of people it goes to, by their merit or by what they did: "penghargaan kepada anggota berprestasi",
# "kepada 15 anggota yang berhasil mengungkap kasus ...", "kepada warga yang menolong korban", "kepada
# Bhabinkamtibmas dan Babinsa terbaik se-Kabupaten X"; a class in common nouns, not a named unit or officer.
WINNER_GROUP = re.compile(
    r"\s+(kepada|bagi)\s+(?:para\s+|sejumlah\s+|\d+\s+)?"
    r"((?:[a-z][\w-]*|Bhabinkamtibmas|Babinsa|Polantas|Polwan|Satker)(?:\s+(?:[a-z][\w-]*|Bhabinkamtibmas|Babinsa)){0,4}?"
    r"\s+(?:terbaik|teladan|berprestasi|berdedikasi|berjasa|yang\s+(?:berhasil|sukses|telah|berprestasi|me[mn]?[a-z]{4,})))\b"
)


def _winner_group(sentence: str, position: int) -> str:
    m = WINNER_GROUP.match(sentence, position)
    if not m or re.match(r"(?:dan|serta|yang)\b", m.group(2)):
        return ""
    return f" {m.group(1)} {m.group(2)}{_title_tail(sentence, m.end())}"


# The class a winner is the best of, said apart from the award: "keluar sebagai pemenang terbaik di antara seluruh
# Polda Tipe A", "menjadi yang terbaik dari semua Polres".
BEST_AMONG = re.compile(
    r"\bterbaik\s+(?:di antara|dari)\s+(?:seluruh|semua)\s+"
    r"((?:Polda|Polres\w*|Polsek|Satker|Satwil|Satuan\s+\w+)(?:\s+(?i:tipe|kelas|kategori)\s+[A-Z\d]\w*)?)"
)


def with_class_among(title: str | None, sentences: list[str]) -> str | None:
    """ "Kompolnas Awards 2024" and "... terbaik di antara seluruh Polda Tipe A": "... Polda Tipe A terbaik"."""
    if not title or is_generic_title(title) or re.search(r"\bterbaik\b", title, re.I):
        return title
    found = next((m for s in sentences if (m := BEST_AMONG.search(s))), None)
    return f"{title} {found.group(1)} terbaik" if found else title


def _with_winner_class(sentence: str, title: str) -> str:
    at = sentence.find(title)
    m = WINNER_CLASS.match(sentence, at + len(title)) if at >= 0 else None
    return f"{title} sebagai {m.group(1)}" if m else title


def is_generic_title(title: str | None) -> bool:
    return not title or bool(GENERIC_TITLE.match(title.strip()))


def names_award(title: str) -> bool:
    """Whether a title names the award itself ("predikat kepatuhan 2022"), not only what a bare award is for
    or whom it goes to ("penghargaan atas ...", "penghargaan kepada anggota berprestasi")."""
    head, link, rest = (
        *re.split(r"\s+(atas|berupa|sebagai|karena|untuk|kepada|bagi|pada|dalam)\s+", title, maxsplit=1),
        "",
        "",
    )[:3]
    # a rank alone ("peringkat ketiga", "penghargaan juara I nasional") or thanks ("apresiasi tinggi") names none
    head = PLACING_ONLY.sub("", head)
    if is_generic_title(head):  # "penghargaan sebagai juara I lomba X": named by what it is
        return link == "sebagai" and bool(AWARD_START.match(rest)) and names_award(rest)
    return not re.match(r"apresiasi\b", head, re.I)


PLACING_ONLY = re.compile(
    r"\b(?:peringkat|juara)\s+(?:ke-?)?(?:\d+|[IV]+|satu|dua|tiga|pertama|kedua|ketiga|keempat)\b(?:\s+(?:nasional|se-?\w+|tingkat\s+\w+))?",
    re.I,
)


def best_title(candidates: list[str | None]) -> str | None:
    """Of the ways an award's sentences word it, the most informative: specific before generic, a name
    before a bare award's reason, then the fullest (a run-on past 18 words is no name)."""
    named = [c for c in candidates if c]
    if not named:
        return None
    return max(
        named,
        key=lambda c: (
            not is_generic_title(c),
            bool(DECORATION.search(c)),
            names_award(c),
            len(c.split()) <= 18,
            min(len(c.split()), 18),
        ),
    )


# A state decoration goes by its formal name, however the story goes on to say what it was for.
DECORATION = re.compile(r"(?:tanda kehormatan\s+)?(?:satya\s?lencana|satyalancana|bintang bhayangkara)\b", re.I)


def _title_tail(sentence: str, position: int, ends: re.Pattern = TITLE_END) -> str:
    """The words that go on naming an award up to where the sentence turns to something else."""
    end = ends.search(sentence, position)
    tail = sentence[position : end.start() if end else len(sentence)]
    return " ".join(tail.split()[:14]) and " " + " ".join(tail.split()[:14]) if tail.strip() else ""


# "apresiasi atas penghargaan Kompolnas Awards 2024": the reason is itself an award ("sebagai apresiasi atas
# kinerja ..." is no award).
AWARD_NAMED_ON = re.compile(r"(?:penghargaan|predikat|piagam|anugerah|trofi|piala)\b", re.I)


SERVICE_TERM = re.compile(
    r"\s+(?:untuk\s+|dengan\s+)?((?:masa\s+(?:bakti|dinas|pengabdian)\s+)?\d+(?:\s*(?:,|dan)\s*\d+)*\s+tahun)\b", re.I
)


def _named_award(sentence: str, m: re.Match) -> str:
    start = m.start()
    # "penghargaan predikat X": the award is the predikat.
    inner = re.match(r"penghargaan\s+(?=(predikat|piagam|trofi|anugerah|rekor|opini)\b)", sentence[start:], re.I)
    if inner:
        start += inner.end()
    word = re.match(r"\w+(?:\s+(?:penghargaan|kehormatan|emas))?", sentence[start:]).group(0)
    head = word + _title_tail(sentence, start + len(word))
    head = re.sub(r"\s+(itu|ini|tersebut)$", "", head)
    term = SERVICE_TERM.match(sentence, start + len(head)) if DECORATION.search(head) else None
    if term:  # "Satyalancana Pengabdian untuk masa bakti 8, 16 dan 24 tahun": the term is the class
        return head + " " + " ".join(term.group(1).split())
    cited = CITATION.match(sentence, start + len(head))
    if cited:  # the award's citation in quotes: penghargaan Terbaik I "Atas Prestasi dan Dedikasi ..."
        return f"{head} {cited.group(1)}"
    return head + _what_it_is(sentence, start + len(word), start + len(head)) if is_generic_title(head) else head


# A bare award at a named awarding or contest: "meraih penghargaan pada Penganugerahan Zona Integritas ... 2018",
# "penghargaan dalam ajang Anugerah Humas 2023".
EVENT_NAMED = re.compile(
    r"\s+(pada|dalam)\s+(?:ajang\s+|acara\s+)?((?:[A-Z][\w/()-]*\s+){0,3}"
    r"(?:Penganugerahan|Anugerah|Awarding|Lomba|Kompetisi|Festival)\b)"
)


def _what_it_is(sentence: str, after_word: int, after_head: int) -> str:
    """What the sentence says a bare award is: what it is for, the class of its winners, or the awarding it
    was given at; "" when it says none of these."""
    reason = _reason_near(sentence, after_word)
    group = _winner_group(sentence, after_head)
    if group and reason and reason.start() > after_head:
        return group  # "penghargaan bagi anggota berprestasi diberikan karena ...": its winners, said first
    tail = _title_tail(sentence, reason.end(), REASON_END) if reason else ""
    # not "Penghargaan berupa piagam penghargaan"; "apresiasi atas penghargaan X": the award is X, named on
    if reason and not is_generic_title(tail) and not AWARD_NAMED_ON.match(tail.strip()):
        return f" {reason.group(1)}{tail}"
    event = EVENT_NAMED.match(sentence, after_head)
    if event:
        return f" {event.group(1)} {event.group(2)}{_title_tail(sentence, event.end())}"
    return _winner_group(sentence, after_head)
