"""Praise and the awards it names: "mengapresiasi" is an award only when the sentence names what was
handed over ("diapresiasi Kapolres dengan piagam"), not praise in words ("memberikan apresiasi tinggi").

Pure functions over text, used by the receiving and giving readings of one sentence.
"""

from __future__ import annotations

import re

from pipelines.role_words import AWARD_NOUN

__all__ = ["PRAISE", "PRAISE_NOUN_BEFORE", "PRAISE_VERB", "names_award"]


# "Polres X apresiasi relawan": praise as a verb is an award only when the sentence names what was handed over.
PRAISE_VERB = re.compile(r"(?:meng)?apresiasi", re.I)
PRAISE_NOUN_BEFORE = re.compile(
    r"\b(?:memberikan|memberi|beri|berikan|sebagai|bentuk|berupa|atas|wujud|dan|sangat)\s+(?:[\w-]+,\s+)*$", re.I
)
# Praise handed out: "memberikan apresiasi kepada Kapolres", "memberi pujian". Praise for Polri is no award
# unless the sentence names one; the police's own "apresiasi" to citizens is how stories name their certificates.
PRAISE = re.compile(r"\s+(?:\w+\s+)?(?:apresiasi|pujian|ucapan|selamat|terima kasih)\b", re.I)
# Whom praise goes to, then what they did: "kepada seluruh pihak yang telah menyukseskan ...", or those praised
# right after the praising verb itself ("mengapresiasi kepolisian yang mengamankan final Piala X").
RECEIVER_CLAUSE = re.compile(
    r"\b(?:kepada|bagi|untuk)\s+(?:[\w-]+\s+){1,4}?yang\s+(?:telah\s+|sudah\s+|turut\s+|ikut\s+)*(?:me|ber)\w+", re.I
)
PRAISED_CLAUSE = re.compile(r"^\s+(?:[\w-]+\s+){1,3}?yang\s+(?:telah\s+|sudah\s+)*(?:me|ber)\w+", re.I)
PRAISE_REASON = re.compile(r"\b(?:atas|karena|berkat)\s+(?:(?:[\w-]+\s+){0,2}?(" + AWARD_NOUN.pattern + r"))?", re.I)
CLAUSE_END = re.compile(r"[,;]()")


def names_award(sentence: str, verb: re.Match, in_clause: bool = False) -> bool:
    """Praise that names an award: as what is given, or as what it praises ("atas penghargaan WBK itu"),
    not an award's name further on ("atas inovasi lomba Student Award")."""
    reason = (CLAUSE_END if in_clause else PRAISE_REASON).search(sentence, verb.end())
    given = sentence[verb.end() : reason.start() if reason else len(sentence)]
    # what those praised did is not what they are given: "apresiasi kepada panitia yang menyukseskan Piala X"
    given = RECEIVER_CLAUSE.split(given, 1)[0]
    if PRAISE_VERB.fullmatch(verb.group(0).strip()) and PRAISED_CLAUSE.match(given):
        given = ""
    named = [m.group(0) for m in AWARD_NOUN.finditer(given)] + ([reason.group(1)] if reason and reason.group(1) else [])
    return any(noun.lower() != "apresiasi" for noun in named)
