"""Where an award's name ends in its sentence: the words that go on naming it up to where the sentence turns to
something else (whom it went to, who gave it, when, a verb of its own).

Pure functions over text, used by the award titles (pipelines/award_titles.py).
"""

from __future__ import annotations

import re

from pipelines.award_reasons import CLAUSE_START, JOINING_WORDS, LIST_OPENERS
from pipelines.award_years import MEETING
from pipelines.ranks import ANY_CASE_RANK_RE

TITLE_END = re.compile(
    # a headline's capitals: "Terima Penghargaan Dari Komnas PA"
    # whom it went to, listed: "penerima penghargaan antara lain Aiptu X, ..."; the ceremony it was given at ("dalam
    # upacara pembaretan")
    # a rank after "menjadi" is what a promotion raises to: "kenaikan pangkat luar biasa menjadi Kompol"
    r"(?<![Bb]ebas)\s+(?:(?i:dari|kepada|bagi|oleh|atas|karena)|yang diserahkan|yang diterima|di|pada(?! kategori)|setelah|usai|saat|untuk(?! kategori)|sebagai|"
    r"diserahkan|diberikan|diterima|diraih|diperoleh|disabet|disematkan|dianugerahkan|disampaikan|bersama|dengan (?:nilai|skor|indeks)|yang|hingga|sehingga|dalam (?:acara|upacara)|"
    rf"dalam (?i:{MEETING})|sekaligus|adalah|ialah|{LIST_OPENERS}|datang|berasal|itu|ini|tersebut|merupakan|(?:men)?jadi(?!\s+(?:{ANY_CASE_RANK_RE})\b)|bukan|berlangsung|melalui|lewat|"
    rf"dilaksanakan|dilakukan|digelar|diadakan|dihelat|diumumkan|mewakili|tadi|{CLAUSE_START}|"
    # "apresiasi dan menerima piagam ...": a second verb of the receiver (not "Bersih dan Melayani", a name; a ber-
    # word after "dan" is as often a merit: "berprestasi dan berdedikasi")
    # ("juara pertama dan berhak atas piala bergilir", "dan berhasil ..." too)
    r"(?<![Bb]ersih\s)(?:dan|serta)(?=\s+(?:me(?:m|n|ng|ny|[lrwy])[a-z]{3,}|berhak|berhasil)\b)|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s+|[;:\"“”]|(?<!\d)[,.]|[,.](?!\d)"
)


def title_tail(sentence: str, position: int, ends: re.Pattern = TITLE_END) -> str:
    """The words that go on naming an award up to where the sentence turns to something else."""
    end = ends.search(sentence, position)
    words = sentence[position : end.start() if end else len(sentence)].split()
    kept = words[:14]
    while len(words) > len(kept) and kept and kept[-1].lower() in JOINING_WORDS:
        kept.pop()  # cut at the limit: not on a word that joins on to what was cut
    return " " + " ".join(kept) if kept else ""
