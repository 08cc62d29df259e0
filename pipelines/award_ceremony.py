"""When and where an award was handed over: the ceremony's date (written out, in figures or as a bare weekday
resolved against the publication day) and its place, told apart from the day of a press statement or of
another occasion.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.award_years import anniversary_year
from pipelines.dates import MONTHS, WEEKDAYS, month_number, weekday_before
from pipelines.role_words import SPEECH_PASSIVE, SPEECH_VERB

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(w.capitalize() for w in WEEKDAYS if "'" not in w) + "|Jum'at"
# "Senin (5/8/2024)", "Kamis, 24 Oktober 2024"; the year may be left to the story's date after a weekday
# ("Kamis, 24 Oktober") or with "lalu/kemarin" ("Rabu lalu (17/7)").
# "pada 24 Oktober" and "tanggal 24 Oktober" leave the year to the story's date too, and so does a day past
# ("di Bandung, 4 Maret lalu", "24 Oktober kemarin").
DATE_WRITTEN = re.compile(
    rf"\b(?P<day>(?:{_DAY}),?\s*|(?:pada|tanggal)\s+)?\(?(\d{{1,2}})\s+({_MONTH})"
    r"(?:\s+(20\d\d)|(?(day)|(?=\s+(?:lalu|kemarin)\b)))\)?",
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
    r"digelar|diberikan|memberikan|pemberian|seremoni|malam anugerah|dikukuhkan|diumumkan|menganugerahkan|dianugerahkan)"
    r"(?:nya)?\b",  # "atas diterimanya Tanda Kehormatan ... pada 1 Juli 2025"
    re.IGNORECASE,
)
# Sentences about the handing-over itself, which date and place the ceremony; a speech given there dates it too
# ("kata Ketua X dalam sambutannya, Senin (8/2/2021)").
HANDOVER = re.compile(
    r"\b(penyerahan|penganugerahan|diserahkan|menyerahkan|upacara|seremoni|malam anugerah|diterima langsung|"
    r"berlangsung|digelar|diadakan|diselenggarakan|dilaksanakan|sambutan(?:nya)?)\b",
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


# The date of a decree or a letter ("Keppres Nomor 6/TK/2012 tertanggal 8 Februari 2012") is no ceremony's.
# "Surat Keputusan Nomor 12/2025 yang ditetapkan di Jakarta pada 9 Januari 2026" too.
DOCUMENT_DATE_BEFORE = re.compile(
    r"\b(?:tertanggal|bertanggal|tanggal|ditetapkan(?:\s+di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:pada\s+)?(?:tanggal\s+)?)\s*$",
    re.I,
)


def _explicit_date(sentence: str, published: date | None, year_hint: int | None = None) -> str | None:
    if published is None:  # "saat peringatan Hari Bhayangkara ke-79 ..., Selasa (1/7)": that day is in 2025
        year_hint = anniversary_year(sentence) or year_hint
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
        if day and not m.group(4) and not published:
            day = _year_by_weekday(day, m.group("day") or "")
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
            if not m.group(3) and not published:
                day = _year_by_weekday(day, m.group(0))
            return (
                _new_year_slip(day, m.group(0), published) if m.group(3) else _year_back(day, published)
            ).isoformat()
    return None


def _year_by_weekday(day: date, written: str) -> date:
    """ "Kamis (22/3)" in a story without its publication day, whose latest year is one it looks ahead to ("Pilpres
    2019 telah menanti"): the year the weekday fits, that year or the one before."""
    weekday = re.match(_DAY, written, re.I)
    wanted = WEEKDAYS.get(weekday.group(0).lower()) if weekday else None
    if wanted is None or day.weekday() == wanted or (day.month == 2 and day.day == 29):
        return day
    before = day.replace(year=day.year - 1)
    return before if before.weekday() == wanted else day


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
    """A decree's date, the last day of a span ("berlangsung 28 sampai 30 Agustus 2019", "periode 1 Mei sampai
    3 Juni 2025", its first day with its month) or the day it began ("sejak 1 Maret"): no one day's."""
    before = sentence[max(0, start - 40) : start]
    if re.search(rf"\b\d{{1,2}}(?:\s+(?:{_MONTH}))?\s*(?:sampai|hingga|s\.d\.?|-|–)\s*$", before, re.I):
        return True
    if re.search(r"\b(?:sejak|semenjak)\s+(?:tanggal\s+)?$", before, re.I):
        return True  # "operasi yang berjalan sejak 1 Maret 2016": the day a span began
    numbered = re.search(r"\b(?:Nomor|No\.?)\s*:?\s", sentence[max(0, start - 100) : start])
    return bool(DOCUMENT_DATE_BEFORE.search(sentence[max(0, start - 60) : start])) and bool(numbered)


# "Lomba itu sebelumnya digelar pada 22 September", "akan diberi penghargaan pada 23 September", "Hal serupa
# disampaikan Kapolri saat ... pada Rabu 18 Januari lalu": another day.
# A count of days before it only dates this one: "Sehari sebelumnya, Senin (4/3), Polres X menerima ...", "dua
# hari sebelumnya", "sepekan sebelumnya". An officer's former post is no other day: "Kapolres X, yang sebelumnya
# menjabat Wakapolres Y, Selasa (23/7)".
OTHER_OCCASION = re.compile(
    r"\b(?:(?<!hari )(?<!pekan )(?<!minggu )sebelumnya(?!\s+(?:menjabat|bertugas|berdinas|sebagai)\b)|tahun lalu|hal (?:serupa|senada|yang sama)|"
    r"akan\s+(?:di)?(?:beri|berikan|serahkan|anugerahkan|gelar|terima|menerima|memberikan))\b",
    re.I,
)


# The day a statement to the press was made: "kata Kabid Humas Polda X, Selasa (7/5/2024)",
# "Kadiv Humas Polri di Jakarta, Rabu (17/5/2023), menjelaskan ...", "kata Rektor kepada wartawan, Kamis (18/7)".
# A statement quoted from another outlet is dated by its quoting: "... Brigjen Pol X dikutip dari detikcom, Jumat
# (5/5/2017)"; a spokesman's post may run long: "Kadiv Humas Polri Irjen Pol. X dalam keterangannya di Jakarta,
# Minggu (17/9), mengatakan".
# The day may be written out: "kata Kapolres saat ditemui di Mapolres, Senin, 8 Januari 2024".
_SAID_ON = rf"(?:{_DAY}),?\s*(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)|\d{{1,2}}\s+(?i:{_MONTH})(?:\s+20\d\d)?\b)"
# Said in the passive, or at a press conference: "Hal itu disampaikan Kapolres X saat konferensi pers di Mapolres,
# Selasa (5/3/2024)", "diungkapkannya dalam jumpa pers, Senin (4/3)".
SPEAKING_DAY = re.compile(
    rf"\b(?:(?:{SPEECH_VERB}|{SPEECH_PASSIVE}|(?i:konferensi|jumpa)\s+pers)\b[^;\"“”()]{{0,80}}?"
    rf"|dikutip\s+dari\s+[^;\"“”()]{{0,40}}?),?\s*(?P<day>{_SAID_ON})"
    rf"|\bHumas\b[^;\"“”()]{{0,100}}?,\s*(?P<day2>{_SAID_ON}),?\s*"
    r"(?=(?:men(?:jelaskan|gatakan|yampaikan|uturkan|egaskan)|membenarkan)\b)"
    # Said to an outlet, then the verb: "Kapolres X AKBP Y kepada ANTARA, Rabu 1 Maret 2023, mengatakan".
    rf"|\bkepada\s+(?P<outlet>[A-Z]{{3,}}\b|[\w.]+\.(?:com|id)\b|wartawan|awak media),\s*(?P<day3>{_SAID_ON}),?\s*"
    r"(?=(?:men(?:jelaskan|gatakan|yampaikan|uturkan|egaskan)|membenarkan)\b)"
)


# A statement to the press, not at the ceremony: a spokesman, reporters, a written release.
PRESS = re.compile(
    r"\b(?:Humas|Penmas|juru bicara|jubir|wartawan|awak media|dikonfirmasi|dikutip|keterangan|rilis|ditemui|"
    r"dihubungi|diwawancara|konferensi pers|jumpa pers)\w*",
    re.I,
)


# A dateline opens a story with the place and the day it was filed: "Medan 3 Juli 2025 — ...", "SEMARANG, Selasa
# (4/2) – ...": the day of writing, not of the ceremony.
DATELINE = re.compile(
    rf"^\W*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}},?\s+(?P<day>(?:(?:{_DAY}),?\s*)?"
    rf"(?:\(?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)?|\d{{1,2}}\s+(?:{_MONTH})\s+20\d\d))\s*[–—-]",
    re.I,
)


def _without_dateline(sentence: str) -> str:
    m = DATELINE.match(sentence)
    return (
        sentence[: m.start("day")] + " " * (m.end("day") - m.start("day")) + sentence[m.end("day") :] if m else sentence
    )


def _without_speaking_day(sentence: str) -> str:
    """`sentence` with the day of a statement blanked, unless the speaker was handing the award over then."""
    for m in reversed(list(SPEAKING_DAY.finditer(sentence))):
        if CEREMONY.search(m.group(0)) or not (PRESS.search(m.group(0)) or m.group("outlet")):
            continue  # "ujar Kapolres saat menyerahkan penghargaan, Kamis (3/10)": the handover's day; a giver
            # who speaks at the ceremony speaks on its day
        start, end = m.span(next(g for g in ("day", "day2", "day3") if m.group(g)))
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


# A quote in which those who received speak of it: "“Alhamdulillah, kami mendapatkan penghargaan ...,” ungkap X".
RECEIVER_QUOTED = re.compile(
    r"[\"“][^\"“”]*\b(?i:kami|kita)\s+(?:\w+\s+)?(?:mendapat\w*|menerima|meraih|memperoleh)\b[^\"“”]*[\"”]"
)


def _receiver_speaks(sentence: str) -> bool:
    """A quote of those who received, not said at the handover: its day is the day they spoke."""
    return bool(RECEIVER_QUOTED.search(sentence)) and not CEREMONY.search(QUOTED.sub(" ", sentence))


# What a speaker says is no handover: '"... bertekad memberikan pelayanan terbaik," ujarnya, Kamis, 25 Januari 2024'.
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


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
        [_without_speaking_day(_without_dateline(s)) for s in group if not OTHER_OCCASION.search(s)]
        for group in (evidence, ceremony, spoken, about_awards, lead)
    )
    for sentence in evidence:
        if (SPEECH.search(sentence) or _receiver_speaks(sentence)) and not CEREMONY.search(QUOTED.sub(" ", sentence)):
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
        if _receiver_speaks(sentence):
            continue  # "“Kami mendapatkan penghargaan ...,” ungkap Kapusdokkes X, Selasa (28/2)": the day he spoke
        found = _explicit_date(sentence, published, year_hint)
        if found:
            return found
    # A handover word said inside a quote makes no sentence about the ceremony.
    about_awards = [s for s in about_awards if CEREMONY.search(QUOTED.sub(" ", s)) or PLACE_RE.search(s)]
    dates = {d for s in about_awards if (d := _explicit_date(s, published, year_hint))}
    if not dates:
        # The lead dates the event the story reports, when it names one day ("... kata Ketua KPU di Mabes
        # Polri, Rabu (7/8/2019)").
        dates = {d for s in lead if not _receiver_speaks(s) and (d := _explicit_date(s, published, year_hint))}
    return dates.pop() if len(dates) == 1 else None


def place_of(sents: list[str]) -> str | None:
    for sentence in sents:
        m = PLACE_RE.search(sentence)
        if m and CEREMONY.search(sentence):
            return m.group("place").strip()
    return None
