"""Dates as Indonesian outlets print them, to ISO 8601 with the outlet's offset.

"Rabu, 17 Januari 2024 14:05 WIB", "17/01/2024 14:05", "Senin (26/2/2024)",
JSON-LD's "2024-01-17T14:05:00+07:00": all become aware datetimes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6}
ZONE_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# "17 Januari 2024 14:05 WIB" / "17 Jan 2024, 14.05 WITA"
WRITTEN_DATE = re.compile(
    rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})(?:[,\s|-]+(?:pukul\s+)?(\d{{1,2}})[:.](\d{{2}})(?:[:.]\d{{2}})?)?\s*(WIB|WITA|WIT)?",
    re.IGNORECASE,
)
# "17/01/2024 14:05" / "17-01-2024"
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[,\s]+(\d{1,2})[:.](\d{2}))?\s*(WIB|WITA|WIT)?")


def month_number(name: str) -> int:
    """The month of a name the patterns matched. They match case-insensitively, so "MEİ" and "Aguſtuſ" match
    although lower() does not turn them into a known name."""
    return MONTHS.get(name.lower()) or next(n for key, n in MONTHS.items() if re.fullmatch(key, name, re.IGNORECASE))


def _zone(name: str | None, default: tzinfo) -> tzinfo:
    if name and name.upper() in ZONE_OFFSETS:
        return timezone(timedelta(hours=ZONE_OFFSETS[name.upper()]))
    return default


def _build(day, month, year, hour, minute, zone, default_tz) -> datetime | None:
    try:
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), tzinfo=_zone(zone, default_tz)
        )
    except ValueError:
        return None


def parse_printed_date(text: str | None, default_tz: tzinfo) -> datetime | None:
    """The first date printed in `text`, with its time and zone if given."""
    if not text:
        return None
    m = WRITTEN_DATE.search(text)
    if m:
        day, month, year, hour, minute, zone = m.groups()
        return _build(day, month_number(month), year, hour, minute, zone, default_tz)
    m = NUMERIC_DATE.search(text)
    if m:
        day, month, year, hour, minute, zone = m.groups()
        return _build(day, month, year, hour, minute, zone, default_tz)
    return None


def parse_iso(value: str | None, default_tz: tzinfo) -> datetime | None:
    """An ISO 8601 timestamp; a naive one is taken as the outlet's local time."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip().replace("Z", "+00:00")
    # "2024-01-17 14:05:00 +0700" and similar near-ISO forms
    value = re.sub(r"(\d{2}:\d{2}(?::\d{2})?)\s*([+-]\d{2}):?(\d{2})$", r"\1\2:\3", value)
    try:
        when = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=default_tz)


def to_local_iso(when: datetime | None, local_tz: tzinfo) -> str | None:
    """ISO 8601 in the outlet's own offset, seconds precision."""
    if when is None:
        return None
    return when.astimezone(local_tz).isoformat(timespec="seconds")


def weekday_before(weekday: str, reference: date) -> date | None:
    """The most recent `weekday` on or before `reference` ("Senin" in a story of Tuesday)."""
    wanted = WEEKDAYS.get(weekday.lower())
    if wanted is None:
        return None
    return reference - timedelta(days=(reference.weekday() - wanted) % 7)
