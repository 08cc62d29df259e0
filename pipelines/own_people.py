"""A chief's own people honoured: the unit he leads receives. "Kapolda Jatim menyematkan Satyalancana kepada
2.684 personel", "Kapolres X memberikan penghargaan kepada anggotanya", "Sebanyak 12 personel menerima
penghargaan dari Kapolres X", "Empat personel diganjar penghargaan oleh Kapolres X": the people are named by no unit of their own, so they are his.
"""

from __future__ import annotations

import re

from pipelines.knowledge import Mention
from pipelines.ranks import RANK_RE
from pipelines.units import find_unit_mentions

# The words for a unit's members, bare ("personel") or as the chief's own ("anggotanya", "anak buahnya").
MEMBERS = r"(?:personel|personil|anggota|polisi|polwan|jajaran|perwira|bintara|anak\s+buah|bawahan)(?:nya)?"

# A count in figures or words: "12", "lima", "dua puluh tiga", "puluhan".
UNITS_OF_TEN = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
COUNT = (
    rf"(?:[\d.]+|{UNITS_OF_TEN}(?:\s+(?:belas|puluh|ratus))?(?:\s+{UNITS_OF_TEN})?|sepuluh|sebelas|seratus|"
    r"puluhan|belasan|ratusan|ribuan)"
)

OWN_PERSONNEL = re.compile(
    rf"\b(?:kepada|ke|untuk|bagi)\s+(?:{COUNT}\s+|para\s+|sejumlah\s+|seluruh\s+)?(?:orang\s+)?"
    # "kepada 40 orang, yang terdiri dari 35 personel dan 5 warga": those counted are, first of all, his people
    r"(?:(?:individu|orang|penerima)\s*,?\s+(?:yang\s+)?terdiri\s+(?:dari|atas)\s+(?:[\d.]+\s+)?)?" + MEMBERS + r"\b"
    # or one of them by his post in a village or his rank, with no unit of his own: "kepada Bhabinkamtibmas Desa X
    # Aipda Y", "kepada Bripka Z" (a soldier's rank is followed by "TNI")
    r"|\b(?:kepada|untuk|bagi)\s+(?:(?i:Bhabinkamtibmas)\b|(?:" + RANK_RE + r")(?:\s+Pol\b\.?)?\s+(?!TNI\b)[A-Z])",
    re.I,
)
# "Sebanyak 12 personel menerima penghargaan dari Kapolres X": members who receive, from their chief.
MEMBERS_RECEIVE_FROM = re.compile(
    rf"(?:(?:^|\b(?:sebanyak|sejumlah|para)\s+(?:{COUNT}\s+)?|\b{COUNT}\s+)"
    + MEMBERS
    # or one of them by his rank and name: "Bripka X menerima penghargaan dari Kapolsek Y"
    + r"|^(?:"
    + RANK_RE
    + r")(?:\s+Pol\b\.?)?(?:\s+[A-Z][\w'.-]*){1,3},?)\s+(?:yang\s+)?"
    r"(?:(?:berprestasi|terbaik|terpilih)\s+)?(?:menerima|mendapat(?:kan)?|memperoleh|meraih|diganjar|dianugerahi|"
    # "... dari Kapolres X", or the agent of a conferring passive: "diganjar penghargaan oleh Kapolres X"
    r"diberi)\s+(?:[\w-]+\s+){1,6}?(?:dari|oleh)\s+(?=(?:Waka|Ka)pol(?:da|res\w*|sek)\b)",
    re.I,
)


def own_personnel(context: str) -> list[Mention]:
    """The unit whose chief honours his own people, who are named by no unit of theirs."""
    give = OWN_PERSONNEL.search(context)
    if give:
        chiefs = [m for m in find_unit_mentions(context[: give.start()]) if _led(m)]
        return chiefs[-1:]
    received = MEMBERS_RECEIVE_FROM.search(context)
    if received:
        chiefs = [m for m in find_unit_mentions(context[received.end() :]) if _led(m) and m.via_position]
        return chiefs[:1] if chiefs and chiefs[0].start == 0 else []
    return []


def _led(m: Mention) -> bool:
    """A unit a chief leads: one the gazetteer knows, or a Polsek named through its chief ("Kapolsek Ngluwar")."""
    return bool(m.unit_id) or (m.via_position and m.name.startswith("Polsek "))
