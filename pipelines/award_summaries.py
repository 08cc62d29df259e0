"""Summaries of a whole period's awards ("Sepanjang tahun 2021, Polda X telah memberikan penghargaan kepada 469
personel", "Selama 2023 Polres Y meraih 12 penghargaan"): a count over a year tells of no award conferred in the
story, so the sentence gives it no role. Read by pipelines/classify.py.
"""

from __future__ import annotations

import re

# A period opening the sentence or a clause of it ("Sepanjang tahun 2021", "..., selama 12 bulan pada tahun 2018",
# a headline's "Satu Tahun,"), a giving or receiving verb, then a count of awards or of people.
PERIOD_SUMMARY = re.compile(
    r"(?:^\W*(?:[\w.]+\s+[-–—|]\s+)?|,\s+)"
    r"(?:(?:Sepanjang|Selama)\s+(?:tahun\s+)?(?:20\d\d|ini|(?:\d+|dua\s+belas)\s+bulan)|Satu\s+tahun|Setahun)\b[^.]{0,120}?"
    r"\b(?:memberikan|berikan|beri|menerima|terima|meraih|raih|mengoleksi|mengantongi|memperoleh|mendapat(?:kan)?)\b[^.]{0,40}?"
    r"\b\d[\d.]*\s+(?:penghargaan|personel|personil|anggota|orang|prestasi)\b",
    re.I,
)


def period_summary(sentence: str) -> bool:
    """Whether the sentence counts a whole period's awards."""
    return bool(PERIOD_SUMMARY.search(sentence))
