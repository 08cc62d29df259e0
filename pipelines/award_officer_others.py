"""Officers named in an award's story who did not accept it: the one who gave it or it came from, the chief a
deputy stood in for, those a stand-in's group includes, a chief who speaks or attends (or is only ever quoted), and
one of several members listed alike with none singled out.

Pure functions over text, used by pipelines.award_officer.
"""

from __future__ import annotations

import re

from pipelines.award_officer_accepted import said_to_accept, said_to_receive
from pipelines.dates import WEEKDAYS
from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import ACADEMIC, ANY_CASE_RANK_RE
from pipelines.role_words import SPEAKER_VERB, SPEECH_PASSIVE, SPEECH_VERB

__all__ = [
    "ATTENDING_BEFORE",
    "GIVEN_FROM_BEFORE",
    "GIVES_AFTER",
    "HANDED_OVER_BY",
    "REPRESENTED_AFTER",
    "REPRESENTED_BEFORE",
    "REPRESENTED_LISTED",
    "SPEAKS_AFTER",
    "SPOKE_BEFORE",
    "STOOD_IN_FOR",
    "one_of_a_list",
    "only_quoted",
]


_DAY = "|".join(w.capitalize() for w in WEEKDAYS if "'" not in w)

# The officer who gives, or leads the ceremony: "Kapolresta X memimpin apel pemberian penghargaan".
GIVES_AFTER = re.compile(
    r"\s*(?:,[^,.]{0,60},)?\s*,?\s*(?:secara\s+langsung\s+|langsung\s+)?(?:menyerahkan|memberikan|memberi|"
    r"menganugerahkan|menyematkan|memimpin|mengalungkan)\b",
    re.I,
)


# The one an award came from: "penghargaan dari Kapolres Tanah Datar AKBP X".
GIVEN_FROM_BEFORE = re.compile(r"\b(?:penghargaan|piagam|apresiasi|hadiah|reward)\s+(?:\w+\s+){0,2}?dari\s+$", re.I)


# "Penyerahan penghargaan dilakukan oleh Wakapolda X kepada Kapolres Y", "diserahkan langsung oleh": after "oleh"
# of a handing over stands the one who gave; the day may stand between commas ("diberikan, Rabu (26/6), oleh X").
HANDED_OVER_BY = re.compile(
    r"\b(?:diserahkan|penyerahan(?:nya)?|diberikan|pemberian(?:nya)?|disematkan|penyematan(?:nya)?|dianugerahkan)\b"
    r"(?:(?!\bditerima\b)[^.,]|,\s*(?=(?:pada\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|oleh\b)){0,60}?"
    r"\boleh\s+(?:[A-Z][\w-]*\s+){0,7}$"
)
# The one a deputy stands in for: "yang hadir mewakili Kapolri Jenderal Pol. X, menerima" is not X's doing.
REPRESENTED_BEFORE = re.compile(r"\bmewakili\s*$", re.I)
# Those named in what a stand-in's group includes: "X mewakili 40 anggota tim, mulai dari Direktur Kombes Y dan
# Wadir AKBP Z, menerima ...", "... mewakili seluruh personel, termasuk Kasat AKP W": the represented, not the taker.
REPRESENTED_LISTED = re.compile(
    r"\bmewakili\b[^.;]{0,80}?\b(?:mulai\s+dari|termasuk|di\s?antaranya|antara\s+lain)\b[^.;]{0,160}$", re.I
)
# "kepada Kapolda X, Irjen Y sebagai pemrakarsa, yang diwakili Kapolres Z": someone else took it for Y.
# Why he was away may come first: "Kapolres X AKBP Y yang berhalangan hadir diwakili oleh ...", "AKBP Y, karena
# sedang mengikuti pendidikan, diwakili ...", "yang sedang bertugas ke Jakarta diwakili ...".
_AWAY = r"(?:(?:yang|karena|sebab)\s+(?:[\w-]+,?\s+){0,6}?)"
REPRESENTED_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*(?:\s*,?\s*(?:selaku|sebagai)\s+[^,.]{{0,50}})?\s*,?\s*(?-i:{_AWAY})?(?:di)?wakili",
    re.I,
)
# "Kapolda Kepri Irjen X, S.I.K., yang diwakili Kabidhumas Kombes Y": Y, not X, was there to accept.
STOOD_IN_FOR = re.compile(rf"^(?:\s*,?\s*{ACADEMIC}(?!\w))*\s*,?\s*(?-i:{_AWAY})?(?:di)?wakili\b", re.I)


# A chief named as the one who speaks ("ujar Kapolres X AKBP Y", "Kapolres X AKBP Y mengatakan") or among those
# attending ("Acara itu dihadiri Wakapolda ..., Kapolres X AKBP Y"): named with his unit, yet not said to accept.
# Said in the passive too: "Hal itu disampaikan Kapolres X AKBP Y saat konferensi pers".
SPOKEN_BY_BEFORE = rf"\b(?:{SPEECH_VERB}|{SPEECH_PASSIVE}(?:\s+oleh)?)\s+"
SPOKE_BEFORE = re.compile(rf"{SPOKEN_BY_BEFORE}$", re.I)
# The verb may come after where and when he said it: "Kapolres X AKBP Y (5/7/2022) mengatakan", "Kapolres X AKBP Y
# di Mapolres, Senin (3/2), menyatakan bangga", "Kapolres X Y juga bersyukur".
# He may say it to someone, on a day written out: "Kapolres X AKBP Y kepada wartawan, Rabu 1 Maret 2023, mengatakan".
_SAID_WHERE_WHEN = (
    r"(?:\s+kepada\s+[\w.]+)?(?:\s+di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    rf"(?:\s*,?\s*(?:(?:{_DAY})\s*,?\s*)?(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)|\d{{1,2}}\s+[A-Z][a-z]+\s+20\d\d))?"
)
SPEAKS_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*{_SAID_WHERE_WHEN}\s*,?\s*(?:(?:juga|pun|pun\s+juga)\s+)?{SPEAKER_VERB}\b", re.I
)
ATTENDING_BEFORE = re.compile(r"\b(?:dihadiri|didampingi|disaksikan|turut hadir|hadir pula)\b[^.]*$", re.I)


def only_quoted(context: str, m: re.Match, recipient: str) -> bool:
    """The unit's chief, named with his post, whom the text never says accepted and elsewhere quotes speaking of
    it ("Di bawah tanggung jawab Kapolres X AKBP Y ..." and later "Kapolres X AKBP Y mengatakan ..."): a speaker."""
    if said_to_accept(context, m, recipient) or said_to_receive(context, m):
        return False
    words = [re.escape(w) for w in m.group("name").split() if len(w) > 2]
    name = rf"(?:{'|'.join(words)})" if words else None
    for other in OFFICER_RE.finditer(context):
        if other.group("name") == m.group("name") and (
            said_to_accept(context, other, recipient) or said_to_receive(context, other)
        ):
            return False
    return bool(name) and bool(
        re.search(
            rf"\b{name}\b(?:\s*,?\s*{ACADEMIC}(?!\w))*{_SAID_WHERE_WHEN}\s*,?\s*(?:(?:juga|pun)\s+)?"
            rf"{SPEAKER_VERB}\b|{SPOKEN_BY_BEFORE}(?:[A-Z][\w.]*\s+){{0,8}}?{name}\b",
            context,
        )
    )


# Members named alike one after another: "diterima oleh Aipda A, Bripka B, Bharada C dan Bharaka D".
NEXT_IN_LIST = re.compile(rf"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+){ANY_CASE_RANK_RE}\s+[A-Z]")


# ... and the last of them: "Dua personel Satpolairud Polres X, Bripka A dan Briptu B, menerima penghargaan".
PREVIOUS_IN_LIST = re.compile(
    rf"\b{ANY_CASE_RANK_RE}\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}}\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)$"
)


def one_of_a_list(context: str, m: re.Match) -> bool:
    """He is one of several members listed without posts, none singled out: the text names no one receiver."""
    if m.group("position"):
        return False
    return bool(
        NEXT_IN_LIST.match(context, m.end()) or PREVIOUS_IN_LIST.search(context, max(0, m.start() - 80), m.start())
    )
