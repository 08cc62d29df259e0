"""When the next scheduled crawl is due: a fixed interval or a cron expression.

Cron fields are minute, hour, day of month, month and day of week (0 or 7 is
Sunday), each `*`, a number, a range `a-b`, a list `a,b` or a step `*/n` /
`a-b/n`. As in cron, when both day fields are restricted, either may match.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 7))


def _parse_field(spec: str, low: int, high: int) -> set[int]:
    values: set[int] = set()
    for part in spec.split(","):
        m = re.fullmatch(r"(\*|\d+(?:-\d+)?)(?:/(\d+))?", part.strip())
        if not m:
            raise ValueError(f"bad cron field: {spec!r}")
        base, step = m.group(1), int(m.group(2) or 1)
        if base == "*":
            start, end = low, high
        elif "-" in base:
            start, end = (int(x) for x in base.split("-"))
        else:
            start = end = int(base)
            if m.group(2):
                end = high
        if not (low <= start <= end <= high) or step < 1:
            raise ValueError(f"cron field out of range: {spec!r}")
        values.update(range(start, end + 1, step))
    return values


class Cron:
    def __init__(self, expression: str):
        parts = expression.split()
        if len(parts) != 5:
            raise ValueError(f"a cron expression has 5 fields, got {expression!r}")
        self.expression = expression
        self.minutes, self.hours, self.days, self.months, weekdays = (
            _parse_field(spec, low, high) for spec, (_, low, high) in zip(parts, FIELDS, strict=True)
        )
        self.weekdays = {0 if d == 7 else d for d in weekdays}
        self.any_day, self.any_weekday = parts[2] == "*", parts[4] == "*"

    def _day_matches(self, when: datetime) -> bool:
        day_ok = when.day in self.days
        weekday_ok = (when.isoweekday() % 7) in self.weekdays
        if self.any_day or self.any_weekday:
            return day_ok and weekday_ok
        return day_ok or weekday_ok

    def next_after(self, when: datetime) -> datetime:
        """The first matching minute strictly after `when`."""
        t = when.replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = t + timedelta(days=366 * 5)
        while t < limit:
            if t.month not in self.months or not self._day_matches(t):
                t = (t + timedelta(days=1)).replace(hour=0, minute=0)
            elif t.hour not in self.hours:
                t = (t + timedelta(hours=1)).replace(minute=0)
            elif t.minute not in self.minutes:
                t += timedelta(minutes=1)
            else:
                return t
        raise ValueError(f"{self.expression!r} never matches")


def parse_interval(text: str) -> timedelta:
    """'6h', '30m', '1d', '90s' as a timedelta."""
    m = re.fullmatch(r"(\d+)\s*([smhd])", text.strip())
    if not m or int(m.group(1)) == 0:
        raise ValueError(f"bad interval {text!r}: use e.g. 30m, 6h or 1d")
    unit = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[m.group(2)]
    return timedelta(**{unit: int(m.group(1))})
