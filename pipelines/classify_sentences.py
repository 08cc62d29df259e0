"""The award role of one sentence: a story's text cut into sentences, and for each the first receiving or
giving verb whose actors say who received (`received`, `given`, `other` or None); and whether a sentence
says the police handed the awards over.

Pure functions over text, used by the classify and structure stages.
"""

from __future__ import annotations

import re

from pipelines.members_besides import MEMBERS_BESIDES
from pipelines.role_lists import receivers_said
from pipelines.role_words import (
    AWARD_NOUN,
    AWARD_TERMS,
    GIVE,
    NO_ROLE,
    POLRI_ACTOR,
    RECEIVE,
    RECEIVERS_NAMED,
    REPRESENTED,
    UNIT_WINS,
)
from pipelines.sentence_actors import first_actor_after, nearest_actor_before
from pipelines.sentence_giving import anothers_award_handed, give_role
from pipelines.sentence_praise import PRAISE_VERB
from pipelines.sentence_receiving import receive_role

__all__ = ["handed_over_by_polri", "sentence_role"]


def sentence_role(sentence: str) -> str | None:
    """`received`, `given`, `other` (a non-police body received) or None for one sentence: the first
    receiving or giving verb, in reading order, whose actors say who received."""
    if not AWARD_TERMS.search(sentence) or NO_ROLE.search(sentence):
        return None
    if MEMBERS_BESIDES.search(sentence):
        return "received"  # "Selain anggota Polri, penghargaan juga diberikan kepada warga": the members first
    verbs = [(v.start(), receive_role, v) for v in RECEIVE.finditer(sentence)]
    verbs += [(v.start(), give_role, v) for v in GIVE.finditer(sentence)]
    verbs += [(v.start(), _receivers_role, v) for v in RECEIVERS_NAMED.finditer(sentence)]
    verbs += [(v.start(1), _wins_role, v) for v in UNIT_WINS.finditer(sentence)]
    for _, role_of, verb in sorted(verbs, key=lambda x: x[0]):
        role = role_of(sentence, verb)
        if role == "other" and _polri_placed_later(sentence, verb):
            return "received"
        if role:
            return role
    return receivers_said(sentence) or _award_for(sentence)


# A place named right before a passive receiving verb: "juara ketiga ditempati", "posisi kedua diraih".
PLACE_BEFORE = re.compile(r"\b(?:juara|posisi|peringkat|urutan)\s+(?:ke-?\s*)?\S+\s+$", re.I)


def _polri_placed_later(sentence: str, first: re.Match) -> bool:
    """ "Juara I direbut tim A, disusul tim B, sementara juara ketiga ditempati Tim Satbrimob Polda C": a contest's
    places listed, the first won outside Polri, a later one by a Polri unit."""
    return any(
        PLACE_BEFORE.search(sentence, 0, v.start()) and receive_role(sentence, v) == "received"
        for v in RECEIVE.finditer(sentence, first.end())
    )


# A headline with no verb, the award, its giver and for whom: "Piagam Kapolres X untuk Pemuda Penangkap Maling",
# "Penghargaan dari Polres Y bagi Relawan Banjir", "Trofi Kapolda untuk Polres Z".
AWARD_FOR = re.compile(
    r"^\W*(?:" + AWARD_NOUN.pattern + r")(?:\s+[\w-]+){0,3}?\s+(?:dari\s+)?(?=" + POLRI_ACTOR.pattern + r")", re.I
)
FOR_WHOM = re.compile(r"\s(?:untuk|bagi|kepada)\s+")


def _award_for(sentence: str) -> str | None:
    giver = AWARD_FOR.match(sentence)
    for_whom = FOR_WHOM.search(sentence, giver.end()) if giver else None
    if not for_whom or re.search(r"[,.;]", sentence[giver.end() : for_whom.start()]):
        return None
    whom = first_actor_after(sentence, for_whom.end())
    return {"polri": "received", "other": "given"}.get(whom) or (
        "given" if re.match(r"\w{3}", sentence[for_whom.end() :]) else None
    )


def _receivers_role(sentence: str, noun: re.Match) -> str | None:
    """ "Adapun penerima penghargaan adalah Polres X": `received` when the police are the first named."""
    return "received" if first_actor_after(sentence, noun.end()) == "polri" else None


def _wins_role(sentence: str, wins: re.Match) -> str | None:
    """ "Polsek X Juara Lomba Y": the unit won, unless it stands for someone ("Pocil Binaan Polres X Juara")."""
    return None if REPRESENTED.search(sentence, 0, wins.start()) else "received"


# An award handed over by the police, its recipient named elsewhere: "Piagam diserahkan langsung oleh Kapolsek".
HANDED_BY = re.compile(
    r"\b(?:diserahkan|diberikan|disematkan|dianugerahkan|dihadiahkan)\s+(?:(?:langsung|secara langsung)\s+)?"
    r"(?:oleh\s+)?(?=" + POLRI_ACTOR.pattern + ")"
)


def handed_over_by_polri(sentence: str, headline: bool) -> bool:
    """The police handed the story's awards over: in a passive sentence naming an award, or in a headline
    where the police praise someone else ("Polres X Apresiasi Warga Penangkap Pencuri")."""
    handed = HANDED_BY.search(sentence)
    if AWARD_NOUN.search(sentence) and handed and not anothers_award_handed(sentence, handed.start()):
        return True
    praise = PRAISE_VERB.search(sentence) if headline else None
    return bool(
        praise
        and nearest_actor_before(sentence, praise.start()) == "polri"
        and first_actor_after(sentence, praise.end()) == "other"
    )
