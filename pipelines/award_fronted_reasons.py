"""What a bare award is for when the sentence says it before the award: a reason set before the sentence's subject,
or inside a relative clause before the receiving verb.

Pure functions over text, used by the award titles (pipelines/award_titles.py).
"""

from __future__ import annotations

import re

# What the award is for, said before the sentence's subject: "Atas keberhasilannya mengungkap kasus X, Polres Y
# mendapat penghargaan ...", "Sebagai bentuk penghormatan atas kontribusi ..., Kapolres menyerahkan penghargaan"
# (not a reason that only points back: "Atas keberhasilan tersebut, ..."). The matter it concerns, set before the
# subject, is what it is for too: "Berkaitan dengan pengungkapan kasus X, Kapolres Y mendapat penghargaan ...".
FRONTED_REASON = re.compile(
    r"(?:^|[-–—|]\s+)(?:(?i:sebagai)\s+(?:(?:bentuk|wujud|tanda)\s+)?(?:apresiasi|penghargaan|penghormatan|terima\s+kasih)\s+)?"
    r"((?i:atas|karena|berkat|berkaitan\s+dengan|terkait(?:\s+dengan)?|sehubungan\s+dengan))\s+([^,;]{8,160}?)"
    r"(?<!\bitu)(?<!\bini)(?<!\btersebut),\s"
)
CONCERNS = re.compile(r"berkaitan|terkait|sehubungan", re.I)


# Or inside a relative clause, before its receiving verb: "anggota Ditresnarkoba yang atas prestasi mengungkap 300
# kilogram sabu diganjar piagam penghargaan".
RELATIVE_REASON = re.compile(
    r"\byang\s+(atas|karena|berkat)\s+([^,;]{8,160}?)\s+(?:diganjar|dianugerahi|diberi|mendapat(?:kan)?|menerima|"
    r"meraih|memperoleh)\s+(?:[\w-]+\s+){0,2}$"
)


# Or as the sentence's subject, the success that earned it: "Keberhasilan personel Satnarkoba Polres X dalam
# pengungkapan kasus narkotika mendapat penghargaan dari ...", "Keberhasilan Polsek Y mengungkap pencurian ternak
# berbuah penghargaan": the award is for that success (its doer left out).
SUBJECT_DEED = re.compile(
    r"(?:^|[-–—|]\s+)(?:Keberhasilan|Kesuksesan|Prestasi)(?:nya)?\s+(?:[^,;]{3,80}?\s+)??"
    r"((?:dalam|saat|ketika)\s+[^,;]{8,140}?|(?:me|mem|men|meng|meny)[a-z]{3,}\s[^,;]{4,140}?)"
    r"\s+(?:mendapat(?:kan)?|memperoleh|berbuah|menuai|diganjar|diapresiasi(?:\s+dengan)?)\s+(?:[\w-]+\s+){0,2}$"
)


def fronted_reason(sentence: str, after_word: int) -> str:
    """What a bare award whose word ends at `after_word` is for, said before it; "" when nothing is."""
    m = FRONTED_REASON.search(sentence, 0, after_word) or RELATIVE_REASON.search(
        sentence, 0, _word_start(sentence, after_word)
    )
    if not m:
        deed = SUBJECT_DEED.search(sentence, 0, _word_start(sentence, after_word))
        return f" atas keberhasilan {deed.group(1)}" if deed else ""
    return f" {'atas' if CONCERNS.match(m.group(1)) else m.group(1).lower()} {m.group(2)}"


def _word_start(sentence: str, after_word: int) -> int:
    """Where the award word ending at `after_word` begins."""
    return re.search(r"\w+$", sentence[:after_word]).start() if re.search(r"\w$", sentence[:after_word]) else after_word
