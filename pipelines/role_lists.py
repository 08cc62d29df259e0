"""Lists of receivers in the award-role classifier: a Polri unit or officer named among others who receive
("kepada Camat, Kapolsek, Danramil dan Kepala Puskesmas", "Babinsa X, Bhabinkamtibmas Polsek Y, dan Kepala Desa Z
menerima penghargaan") makes the police co-recipients, so the sentence is theirs. Receivers may also be listed
with no receiving verb, after a noun for them ("Penerima Kompolnas Award 2022 adalah ...").
"""

from __future__ import annotations

import re

from pipelines.role_words import MEMBERS_WITHOUT_UNIT, OTHER_ACTOR, POLRI_ACTOR, RECEIVER_NOUNS, SOLDIERS_BESIDE

# Where one member of a list ends and the next begins: a comma, a conjunction, the hyphen of "TNI-Polri".
LIST_JOIN = re.compile(r"(?:,|\b(?:dan|serta|hingga|sampai|maupun|beserta|bersama)|-|/)\s*$", re.I)
MEMBER = ("anggota", "personel")
# A relative clause that says what the listed receivers did, not who they are: the list ends there ("kepada warga
# yang membantu polisi"). Clauses saying what a count is made of go on ("orang yang tergabung dalam tim ...").
CLAUSE = re.compile(r"\byang\s+(?!terdiri|tergabung|berasal|merupakan|bertugas|berdinas)|\b(?:atas|karena|berkat)\b")
# A verb after the name: a new clause's subject, no member of the list ("kepada tiga warga, Kapolres berharap ...").
VERB_AFTER_NAME = re.compile(r"(?:\s+[A-Z0-9][\w.'/-]*)*\s+(?:me|ber|di|ter)[a-z]{3,}\b")
# A list of names: capitalised words, numbers, abbreviations and the words that join them, with no verb between.
NAMES_ONLY = re.compile(r"(?:[\s,.()/-]+|\b(?:dan|serta|hingga|maupun|beserta|bersama)\b|[A-Z0-9][\w.'/-]*)*")


# Members counted after a join: "kepada dua warga dan tiga personel Satreskrim Polres X" lists the unit's people.
COUNTED_MEMBERS = re.compile(r"(?:,|\b(?:dan|serta|maupun|beserta))\s+(?:para|sejumlah|beberapa|\d+|[a-z]+)\s+$", re.I)


# The word for a unit's members between a join and the unit: "kepada prajurit Yonif X dan personel Satbrimob Polda Y",
# "kepada warga dan anggota Polsek Z": the unit's people are listed.
MEMBERS_OF_UNIT = re.compile(r"\b(?:para\s+)?(?:personel|anggota|jajaran)\s+$", re.I)


def _joined_before(head: str, start: int) -> bool:
    members = MEMBERS_OF_UNIT.search(head, 0, start)
    return bool(LIST_JOIN.search(head, 0, members.start() if members else start))


def polri_listed(named: str) -> bool:
    """The receivers named after "kepada" (or "oleh") list a Polri unit or officer after another member."""
    clause = CLAUSE.search(named)
    head = named[: clause.start()] if clause else named
    return any(
        _joined_before(head, m.start()) and not VERB_AFTER_NAME.match(head, m.end())
        for m in POLRI_ACTOR.finditer(head)
        if _names_polri(m)
    ) or any(
        COUNTED_MEMBERS.search(head, 0, m.start()) and not OTHER_ACTOR.match(head, m.end() + 1)
        for m in POLRI_ACTOR.finditer(head)
        if not _names_polri(m)
    )


def _names_polri(actor: re.Match) -> bool:
    """A unit, post or rank; not a member word, which after a comma says whose member someone is ("Praka Budi,
    anggota Yonif 300")."""
    return actor.group(0).lower() not in MEMBER


# What may stand before the first of the subjects listed: nothing, or the word for their members ("Personel
# gabungan Polres X dan Kodim Y menerima ...": the members of each body listed).
MEMBERS_OPENING = re.compile(
    r"""[\s"“]*(?:(?:para\s+)?(?:personel|anggota|jajaran|petugas)(?:\s+gabungan)?\s+)?""", re.I
)


# Members of two bodies counted side by side before the verb: "18 personel Polri dan 6 prajurit TNI menerima".
COUNTED_FIRST = re.compile(r"\b(?:\d+|[a-z]+)\s+(?:orang\s+)?(?:personel|anggota)\s+$", re.I)
COUNTED_NEXT = re.compile(
    r"(?:\s+[A-Z0-9][\w.'/-]*)*\s*(?:,|\b(?:dan|serta|beserta))\s+(?:\d+|[a-z]+)\s+(?:orang\s+)?(?:prajurit|anggota|personel|pegawai|petugas)\s+"
    + NAMES_ONLY.pattern,
    re.I,
)


def polri_in_subject_list(sentence: str, verb_start: int) -> bool:
    """The subject before a receiving verb is a list of names with a Polri member: "Babinsa X, Bhabinkamtibmas
    Polsek Y, dan Kepala Desa Z menerima ...", or members of Polri and of another body counted ("18 personel
    Polri dan 6 prajurit TNI menerima ...")."""
    for m in filter(_names_polri, POLRI_ACTOR.finditer(sentence, 0, verb_start)):
        listed = LIST_JOIN.search(sentence, 0, m.start()) or MEMBERS_OPENING.fullmatch(sentence, 0, m.start())
        if listed and NAMES_ONLY.fullmatch(sentence, m.end(), verb_start):
            return True
    return any(
        COUNTED_FIRST.search(sentence, 0, m.start()) and COUNTED_NEXT.fullmatch(sentence, m.end(), verb_start)
        for m in POLRI_ACTOR.finditer(sentence, 0, verb_start)
    )


# Receivers named by a noun, then listed: "Penerima Kompolnas Award 2022 adalah Polda Bali, Polres Y dan Polsek Z",
# "Peraih penghargaan itu yakni ...". No verb says who received; the predicate does.
RECEIVER_NOUN = re.compile(r"\b(?:" + RECEIVER_NOUNS + r")\s+(?:[\w-]+\s+){0,8}?(?:adalah|ialah|yakni|yaitu)\s+", re.I)


def receivers_said(sentence: str) -> str | None:
    """`received` when the receivers a noun introduces include Polri, `other` when they are someone else's."""
    said = RECEIVER_NOUN.search(sentence)
    if not said:
        return None
    clause = CLAUSE.search(sentence, said.end())
    listed = sentence[said.end() : clause.start() if clause else len(sentence)]
    if any(_names_polri(m) for m in POLRI_ACTOR.finditer(listed)):
        return "received"
    return "other" if OTHER_ACTOR.match(listed) else None


def unitless_beside_others(named: str) -> bool:
    """The receivers listed name Polri people only by words that give no unit ("23 anggota polisi", "Bhabinkamtibmas")
    beside soldiers and civilians ("43 perwira TNI, 23 anggota polisi, dan seorang guru", "Kepala Desa,
    Bhabinkamtibmas dan Babinsa"): no Polri unit is among them."""
    clause = CLAUSE.search(named)
    head = named[: clause.start()] if clause else named
    police = list(POLRI_ACTOR.finditer(head))
    if not police or any(m.group(0).lower() not in MEMBERS_WITHOUT_UNIT for m in police):
        return False
    others = [o for o in OTHER_ACTOR.finditer(head) if not any(p.start() <= o.start() < p.end() for p in police)]
    soldiers = [o for o in others if SOLDIERS_BESIDE.fullmatch(o.group(0))]
    return bool(soldiers) and len(soldiers) < len(others)
