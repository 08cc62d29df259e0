"""What a sentence says a bare award ("penghargaan", "piagam") is: what it is for ("atas pengungkapan ..."),
past its form ("berupa piagam") or the thanks it is meant as ("sebagai bentuk apresiasi atas ..."), the class of
people it goes to ("kepada anggota berprestasi"), or the awarding it was given at.

Pure functions over text, used by the award titles (pipelines/award_titles.py).
"""

from __future__ import annotations

import re

from pipelines.award_fronted_reasons import fronted_reason
from pipelines.award_reasons import REASON, REASON_END, reason_near
from pipelines.award_title_ends import title_tail
from pipelines.award_title_named import AWARD_NAMED_ON, event_after
from pipelines.award_title_words import is_generic_title
from pipelines.ranks import ANY_CASE_RANK_RE

__all__ = ["what_it_is"]


# The words that say what deed an award is for: "atas ...", "karena ...", "berkat ...".
DEED_WORDS = ("atas", "karena", "berkat")


# Or the class of people it goes to, by their merit or by what they did: "penghargaan kepada anggota berprestasi",
# "kepada 15 anggota yang berhasil mengungkap kasus ...", "kepada warga yang menolong korban", "kepada
# Bhabinkamtibmas dan Babinsa terbaik se-Kabupaten X"; a class in common nouns, not a named unit or officer. The
# class may name the unit its people serve in ("kepada 7 anggota Polres X yang menjadi korban ...", "kepada 40
# anggota Polri dan 2 ASN yang berprestasi", "kepada 12 personel Ditresnarkoba Polda Y yang berhasil ..."), but a
# reason in between is the award's own.
WINNER_GROUP = re.compile(
    # passive, the award first: "Penghargaan (juga) diberikan kepada enam Polwan berdedikasi"
    r"(?:(?:\s+(?:juga|pun|langsung))?\s+(?:diberikan|diserahkan|dianugerahkan|disematkan)(?:\s+(?:juga|langsung))?)?"
    r"\s+(kepada|bagi)\s+(?:para\s+|sejumlah\s+|\d+\s+)?"
    r"((?:[a-z][\w-]*|Bhabinkamtibmas|Babinsa|Polantas|Polwan|Satker)"
    r"(?:\s+(?:[a-z][\w-]*|Bhabinkamtibmas|Babinsa)){0,4}?"
    # the unit they serve in, however it is named ("Polres X", "Ditresnarkoba Polda Y", "ASN"), not an officer's rank
    rf"(?:\s+(?!(?:{ANY_CASE_RANK_RE})\b)(?-i:[A-Z])[\w-]*(?:\s+(?!(?:yang|atas|karena|berkat|untuk|di|pada|dari)\b)[\w-]+){{0,4}}?)?"
    r"\s+(?:terbaik|teladan|berprestasi|berdedikasi|berjasa|yang\s+(?:berhasil|sukses|telah|berprestasi|me[mn]?[a-z]{4,})))\b"
)


def _winner_group(sentence: str, position: int) -> str:
    m = WINNER_GROUP.match(sentence, position)
    if not m or re.match(r"(?:dan|serta|yang)\b", m.group(2)):
        return ""
    return f" {m.group(1)} {m.group(2)}{title_tail(sentence, m.end())}"


# Or, past a named winner, what he or it did: "penghargaan kepada Bripka Andi, Banit Reskrim Polsek X, yang telah
# berhasil menangkap ...", "penghargaan kepada institusi Polri, yaitu Polres Y, yang sudah bekerja sama dan berhasil
# mengungkap ...": the award is for the success ("penghargaan atas keberhasilan menangkap ...").
NAMED_WINNER_DEED = re.compile(
    r"(?:\s+(?:juga|pun|pula|langsung))*(?:\s+(?:diberikan|diserahkan|dianugerahkan|disematkan)(?:\s+(?:juga|pula|pun|langsung))*)?"
    r"\s+(?:kepada|bagi)\s+(?:[^.;:!?]{3,140}?)\s+yang\s+(?:(?:sudah|telah|juga)\s+)*"
    r"(?:\w+(?:\s+\w+)?\s+dan\s+)?(?:berhasil|sukses)\s+(?=(?:me|mem|men|meng|meny)[a-z]{3,}\b)"
)


def _named_winner_deed(sentence: str, position: int) -> str:
    m = NAMED_WINNER_DEED.match(sentence, position)
    deed = title_tail(sentence, m.end(), REASON_END) if m else ""
    return f" atas keberhasilan{deed}" if len(deed.split()) > 1 else ""


THANKS = re.compile(
    r"(?:bentuk|wujud|tanda|ungkapan)\s+(?:apresiasi|penghargaan|terima\s+kasih)(?:\s+dan\s+\w+)?", re.I
)


def what_it_is(sentence: str, after_word: int, after_head: int) -> str:
    """What the sentence says a bare award is: what it is for, the class of its winners, or the awarding it
    was given at; "" when it says none of these."""
    reason = reason_near(sentence, after_word)
    thanks = THANKS.match(sentence, reason.end()) if reason and reason.group(1).lower() == "sebagai" else None
    if thanks:
        # "sebagai bentuk apresiasi atas pengabdian ...": the thanks names nothing; what it thanks for is the reason
        later = REASON.match(sentence, thanks.end())
        reason = later if later and later.group(1).lower() in DEED_WORDS else None
    reason = _past_its_form(sentence, reason)
    group = _winner_group(sentence, after_head)
    if group and reason and reason.start() > after_head:
        return group  # "penghargaan bagi anggota berprestasi diberikan karena ...": its winners, said first
    tail = title_tail(sentence, reason.end(), REASON_END) if reason else ""
    # not "Penghargaan berupa piagam penghargaan"; "apresiasi atas penghargaan X": the award is X, named on
    if reason and not is_generic_title(tail) and not AWARD_NAMED_ON.match(tail.strip()):
        return f" {reason.group(1)}{tail}{_deed_past_form(sentence, reason, tail)}"
    return (
        event_after(sentence, after_head)
        or _winner_group(sentence, after_head)
        or _named_winner_deed(sentence, after_head)
        or fronted_reason(sentence, after_word)
    )


def _deed_past_form(sentence: str, reason: re.Match, form: str) -> str:
    """ "penghargaan berupa satu unit sepeda motor kepada Polsek X karena berhasil ...": what the form was given for,
    said past whom it went to; "" when the sentence says nothing more."""
    later = reason_near(sentence, reason.end() + len(form)) if reason.group(1).lower() == "berupa" else None
    if not later or later.group(1).lower() not in DEED_WORDS:
        return ""
    deed = title_tail(sentence, later.end(), REASON_END)
    return f" {later.group(1).lower()}{deed}" if deed.strip() else ""


def _past_its_form(sentence: str, reason: re.Match | None) -> re.Match | None:
    """ "apresiasi berupa dua penghargaan kepada Polres X atas kontribusinya ...": a form that names nothing
    ("berupa piagam") is no reason; what the award is for is the reason after it, if the sentence gives one."""
    if reason is None or reason.group(1).lower() != "berupa":
        return reason
    form = title_tail(sentence, reason.end(), REASON_END)
    if not is_generic_title(form.strip()):
        return reason
    later = reason_near(sentence, reason.end() + len(form))
    return later if later and later.group(1).lower() in DEED_WORDS else reason
