"""A grade conferred on units with no receiving or giving verb the sentence roles read: "Ombudsman menyerahkan
predikat zona hijau kepada Polres A, Polres B dan Polres C", "Polres C ditetapkan sebagai satker berpredikat WBBM".
Pure functions over text, used by pipelines/award_reading.py.
"""

from __future__ import annotations

import re

from pipelines.award_model import Story
from pipelines.recipients import recipient_mentions

# A grade conferred on units: "Ombudsman menyerahkan predikat zona hijau kepada Polres A, Polres B dan Polres C",
# "KemenPAN-RB menetapkan Polres A dan Polres B sebagai Wilayah Bebas dari Korupsi (WBK)", "Polres C ditetapkan
# sebagai satker berpredikat WBBM".
GRADE = r"(?:predikat|zona\s+hijau|kepatuhan\s+tinggi|WBK|WBBM|Wilayah\s+Bebas|Wilayah\s+Birokrasi|zona\s+integritas)"
GRADE_CONFERRED = re.compile(
    r"\b(?:memberikan|menyerahkan|menganugerahkan|menetapkan|mengukuhkan|menobatkan|menempatkan)\b[^.;]{0,160}?\b"
    + GRADE
    + r"|\b(?:ditetapkan|dikukuhkan|dinobatkan|dinyatakan)\s+(?:sebagai\s+)?(?:(?:satker|satuan\s+kerja|unit\s+kerja|unit|"
    r"satuan)\s+)?(?:ber|yang\s+meraih\s+|peraih\s+|penerima\s+)?"
    + GRADE
    + r"|\b"
    + GRADE
    + r"\b[^.;]{0,80}?\b(?:diberikan|diserahkan|dianugerahkan)\s+(?:langsung\s+)?(?:kepada|untuk|bagi)\b"
    # "Penyerahan predikat WBK kepada Polres X dilakukan oleh ...": the handing over of a grade, to whom
    + r"|\b(?:penyerahan|pemberian|penganugerahan)\s+"
    + GRADE
    + r"[^.;]{0,60}?\b(?:kepada|untuk|bagi)\b",
    re.I,
)


def grade_conferred(sentence: str, story: Story) -> str | None:
    """`received` for a sentence that confers a grade on the units it names, which no receiving or giving verb
    the sentence roles read says; None otherwise (an earlier award's sentence is the caller's to leave out)."""
    if not GRADE_CONFERRED.search(sentence):
        return None
    if re.search(r"(?::|\bberikut\W*)$", sentence):
        return "received"  # "... kepada polres berikut:": the units follow, a line each
    return "received" if recipient_mentions(sentence, story.text) else None
