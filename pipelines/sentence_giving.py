"""The role a giving verb gives one sentence ("Kapolres X memberikan piagam kepada ...", "Kapolri Anugerahi 3
Polda"): to whom it gives, up to the place, time or reason, and who gives, before it or after a passive one.

Pure functions over text, used by the sentence classifier (pipelines/classify_sentences.py).
"""

from __future__ import annotations

import re

from pipelines.role_lists import NAMES_ONLY, polri_listed, unitless_beside_others
from pipelines.role_words import (
    AWARD_NOUN,
    CIVILIAN_HONOURS,
    FORMER,
    GIVE,
    NOT_YET,
    OTHER_ACTOR,
    POLRI_ACTOR,
    PRAISE_DEGREE,
    PROMISED,
    hands_no_award,
    no_award_subject,
)
from pipelines.sentence_actors import COMPOSED, SPEECH, first_actor_after, nearest_actor_before
from pipelines.sentence_praise import PRAISE, PRAISE_NOUN_BEFORE, PRAISE_VERB, names_award
from pipelines.sentence_receiving import POLRI_AMONG
from pipelines.subject_recipients import subject_recipient

__all__ = ["give_role"]


# Who an award is given to: "kepada X", "ke X", "untuk X", "bagi X"; in a headline, the object itself
# ("Kapolri Anugerahi 3 Polda", "Beri Penghargaan Tiga Orang").
TO_RECIPIENT = re.compile(r"\b(kepada|ke(?![-\d])|untuk|bagi)\b")  # not "HUT ke-63"
# A giving noun ("penyerahan penghargaan kepada para tokoh") says to whom only with an explicit preposition.
GIVING_NOUN = re.compile(r"pemberian|penyerahan|penganugerahan|penyematan", re.I)
ATTENDING = re.compile(
    r"\b(?:menghadiri|hadir|menyaksikan|disaksikan|mengamankan|pengamanan|mendampingi|meliput|mengikuti)\b", re.I
)
# "untuk" before a verb says what the award is for: "untuk memotivasi", "untuk berprestasi".
PURPOSE = re.compile(r"\b(?:untuk|agar|supaya)\s+(?:lebih\s+)?(?:me|ber)[a-z]{3,}")
DECREE_SUBJECT = re.compile(r"\btentang\s+$", re.I)
# Where the recipients end and the place or time begins: "kepada Hendri (35) di Mabes Polri"; or what they are
# honoured for: "kepada pemuka agama atas dukungan mereka bagi personel" (whom they helped is no recipient).
# "di antaranya" is no place: it opens those the receivers include ("kepada sepuluh tokoh, di antaranya Aipda X").
PLACE_OR_TIME = re.compile(r"\b(?:di(?!\s?antara)|bertempat|pada|saat|dalam acara|atas|karena|berkat|oleh)\b")
OBJECT_FOLLOWS = (
    "anugerahi",
    "menganugerahi",
    "ganjar",
    "mengganjar",
    "menetapkan",
    "menobatkan",
    "hadiahi",
    "menghadiahi",
    "apresiasi",
    "mengapresiasi",
    "mengukuhkan",  # "Polda X mengukuhkan penyanyi Y sebagai Duta Kamtibmas": who is made one follows
    "kukuhkan",
)
# A quote closes or its speaker is named: what follows is no object of the verb inside the quote.
QUOTE_END = re.compile(r"[\"”]|" + SPEECH.pattern, re.I)


# A second receiver given to with its own preposition: "kepada tiga warga ..., serta kepada Satreskrim Polresta X".
SECOND_TO = re.compile(r"(?:,\s*|\s+)(?:serta|dan)\s+(?:juga\s+)?(?:kepada|untuk|bagi)\s+", re.I)


def _recipient_named(sentence: str, to: re.Match) -> str | None:
    """Who follows "kepada": up to the place or time, where a Polri venue is no recipient ("kepada Hendri (35)
    di Mabes Polri"), or up to the reason; people there the lists of actors do not know are not Polri."""
    place = PLACE_OR_TIME.search(sentence, to.end())
    said = QUOTE_END.search(sentence, to.end())  # '"... kami berikan kepada Pak X," ujar Kapolres': the speaker gives
    if said and (place is None or said.start() < place.start()):
        place = None
    end = min(place.start() if place else len(sentence), said.start() if said else len(sentence))
    named = sentence[to.end() : end]
    composed = COMPOSED.search(sentence, place.end()) if place else None
    if composed:
        named += " " + sentence[composed.start() :]  # "kepada 40 orang di aula. Mereka terdiri dari personel ..."
    known = first_actor_after(named, 0)
    if known and unitless_beside_others(named):
        return "other"  # "kepada 40 perwira TNI, 20 anggota polisi dan seorang guru": no Polri unit among them
    second = SECOND_TO.search(named)
    if known == "other" and second and first_actor_after(named, second.end()) == "polri":
        return "polri"  # "kepada tiga warga yang membantu ... serta kepada Satreskrim Polresta X": the police too
    if known == "other" and (polri_listed(named) or POLRI_AMONG.search(named)):
        # "kepada Camat, Kapolsek, Danramil dan Kepala Puskesmas", "kepada sejumlah instansi, di antaranya Polres
        # X": the police among those given to
        return "polri"
    return known or ("other" if to.group(1) != "ke" and re.search(r"\w{3}", named) else None)


def _given_to(sentence: str, verb: re.Match) -> tuple[str | None, re.Match | None]:
    """Who a giving verb gives to ('polri', 'other' or None) and the preposition that names them."""
    noun = GIVING_NOUN.fullmatch(verb.group(1))
    to = TO_RECIPIENT.search(sentence, verb.end())
    if verb.group(1).lower().startswith("di") and not (to and to.start() - verb.end() <= 120):
        named = subject_recipient(sentence, verb.start())
        if named:
            return named, None
    if to and PURPOSE.search(sentence, verb.end(), to.end() + 15):
        return None, None  # "apresiasi diberikan untuk memberikan motivasi bagi ...": what it is for, not to whom
    if to and to.start() - verb.end() <= 120 and not (noun and to.group(1).lower() == "ke"):
        if re.search(r"\btentang\b", sentence[verb.end() : to.start()]) or DECREE_SUBJECT.search(
            sentence, 0, verb.start()
        ):
            return None, None  # "berdasarkan SK tentang pemberian penghargaan kepada ...": a decree's subject
        return _recipient_named(sentence, to), to
    if noun:
        return None, None
    if verb.group(1).lower().startswith("di") and AWARD_NOUN.match(sentence, verb.end() + 1):
        # "Desa itu diberikan penghargaan berupa traktor": the subject of the passive is given the award.
        return nearest_actor_before(sentence, verb.start(), subject=True), None
    if verb.group(1).lower() in OBJECT_FOLLOWS or AWARD_NOUN.match(sentence, verb.end() + 1):
        # The object follows: "Beri Penghargaan Tiga Orang"; not the speaker of a quote the verb ends.
        said = QUOTE_END.search(sentence, verb.end())
        actor = first_actor_after(sentence[: said.start() if said else len(sentence)], verb.end())
        # An honour for people outside Polri makes whoever is named one of them: "mengukuhkan pelawak X sebagai Duta".
        return actor or ("other" if CIVILIAN_HONOUR.search(sentence, verb.end()) else None), None
    return None, None


def give_role(sentence: str, verb: re.Match) -> str | None:
    """The role a giving verb gives the sentence: `received` when Polri is given to, `given` when Polri gives
    to someone else, `other` when neither gives nor receives."""
    if not AWARD_NOUN.search(sentence):
        return None
    if PRAISE_VERB.fullmatch(verb.group(1)) and (
        PRAISE_NOUN_BEFORE.search(sentence, 0, verb.start()) or not names_award(sentence, verb, in_clause=True)
    ):
        return None
    if hands_no_award(sentence, verb.end()) or (
        verb.group(1).lower().startswith("di") and no_award_subject(sentence, verb.start())
    ):
        return None
    if PRAISE_VERB.fullmatch(verb.group(1)) and AWARD_NOUN.match(sentence, verb.end() + 1):
        return None  # "mengapresiasi penghargaan itu": the receiver's thanks
    recipient, to = _given_to(sentence, verb)
    if recipient is None:
        return None
    if recipient != "polri" and GIVING_NOUN.fullmatch(verb.group(1)) and ATTENDING.search(sentence, 0, verb.start()):
        return None  # "Kapolda menghadiri penyerahan penghargaan kepada Pemkot": a guest, not the giver
    besides = BESIDES_OPENING.match(sentence[: verb.end()])
    giver = None if besides else nearest_actor_before(sentence, verb.start())
    passive = verb.group(1).lower().startswith("di")
    if passive and to is None:
        giver = None  # "Desa itu diberikan penghargaan": the subject was the one given to, not the giver
    if giver is None or passive:
        # Passive: "Piagam diserahkan Kapolres X kepada ...": the agent follows the verb; "Penghargaan ini
        # kami berikan kepada X," ujar Kapolres: the speaker gives. "diserahkan Gubernur X kepada": not Polri.
        stop = to.start() if to else len(sentence)
        agent = first_actor_after(sentence[:stop], verb.end()) or _agent_after_recipients(sentence, to)
        if agent is None and giver is None and not besides and _police_in(sentence):
            agent = "polri"
        giver = agent or giver
    if giver == "other" and not passive and _police_give_jointly(sentence, verb.start()):
        giver = "polri"
    role = "received" if recipient == "polri" else ("given" if giver == "polri" else "other")
    if role == "given" and _handed_for_another(sentence, verb, to):
        role = "other"
    if role != "given" and PRAISE.match(sentence, verb.end()) and not names_award(sentence, verb):
        return None
    if PRAISE_DEGREE.match(sentence, verb.end()) and not names_award(sentence, verb):
        return None  # "memberikan apresiasi tinggi kepada warga": praise in words, to whomever
    if MAY_BE_GIVEN.search(sentence, 0, verb.start()) and verb.group(1).lower().startswith("di"):
        return None  # "Tanda kehormatan ini dapat diberikan kepada presiden, Kapolri, ...": who may have it
    planned = PLANNED.search(sentence, 0, verb.start())
    if planned and (role != "given" or not PROMISED.fullmatch(planned.group(1))):
        return None  # "Kapolri bakal beri penghargaan", "mengajukan pemberian penghargaan": nobody has it yet
    # A giving noun without its giver ("Syukuran dirangkai penyerahan penghargaan kepada ...") says too little
    # for an award to someone else.
    return None if role == "other" and GIVING_NOUN.fullmatch(verb.group(1)) else role


# "diserahkan kepada Bupati X, oleh Kepala BNN RI, Komjen Pol Y": the agent named after the recipients.
AGENT_AFTER = re.compile(r"[^;]{0,100}?\boleh\s+")


def _agent_after_recipients(sentence: str, to: re.Match | None) -> str | None:
    agent = AGENT_AFTER.match(sentence, to.end()) if to else None
    return first_actor_after(sentence, agent.end()) if agent else None


CIVILIAN_HONOUR = re.compile(CIVILIAN_HONOURS, re.I)
# "Selain Kapolri, tanda kehormatan juga diberikan kepada sejumlah menteri": who the opening names was honoured
# too, and gives nothing; the sentence's giver is not read from it.
BESIDES_OPENING = re.compile(r"\W*Selain\s+[^,.]{1,80},\s+(?:[\w-]+\s+){0,4}?(?:(?:juga|pun)\s+)?di\w+$", re.I)


# The award of another body the police only hand over: "Kapolres menyerahkan penghargaan dari Bupati X kepada lima
# desa", "piagam mewakili Gubernur", "Penghargaan dari Wali Kota diserahkan Kapolsek kepada ...": its body gives.
ANOTHERS_AWARD = re.compile(r"\b(?:dari|mewakili|atas\s+nama)\s+(?=(?:" + OTHER_ACTOR.pattern + r"))")
ON_BEHALF = re.compile(r"\b(?:mewakili|atas\s+nama)\s+(?=(?:" + OTHER_ACTOR.pattern + r"))")
AWARD_OF_ANOTHER = re.compile(
    r"(?:" + AWARD_NOUN.pattern + r")(?:\s+[\w-]+){0,3}?\s+dari\s+(?=(?:" + OTHER_ACTOR.pattern + r"))", re.I
)


def _handed_for_another(sentence: str, verb: re.Match, to: re.Match | None) -> bool:
    if to is None:
        return False
    if ANOTHERS_AWARD.search(sentence, verb.end(), to.start()):
        return True
    if ON_BEHALF.search(sentence, max(0, verb.start() - 60), verb.start()):
        return True  # "Kapolsek X, mewakili Camat, memberikan piagam kepada ..."
    return verb.group(1).lower().startswith("di") and anothers_award_handed(sentence, verb.start())


# The police first among joint givers: "Kapolsek X bersama Danramil Y memberikan penghargaan kepada dua warga",
# "Kapolres A dan Dandim B menyerahkan piagam": the award is the police's too.
JOINED_GIVER = re.compile(r"(?:\s+[A-Z0-9][\w/.'-]*)*,?\s+(?:bersama(?:\s+dengan)?|dan|serta|beserta)\s+")


def _police_give_jointly(sentence: str, verb_start: int) -> bool:
    for m in POLRI_ACTOR.finditer(sentence, 0, verb_start):
        joined = JOINED_GIVER.match(sentence, m.end(), verb_start)
        if (
            joined
            and NAMES_ONLY.fullmatch(sentence, joined.end(), verb_start)
            and not FORMER.search(sentence, 0, m.start())
        ):
            return True
    return False


def anothers_award_handed(sentence: str, start: int) -> bool:
    """ "Penghargaan dari Wali Kota X diserahkan Kapolresta Y", "Kapolsek, mewakili Camat, menyerahkan ...": an award
    of another body the police only hand over, its passive verb or its handing starting at `start`."""
    return bool(
        ON_BEHALF.search(sentence, max(0, start - 60), start)
        or AWARD_OF_ANOTHER.search(sentence, max(0, start - 80), start)
    )


def _police_in(sentence: str) -> bool:
    """The police named in the sentence, not only as the post of a recipient's kin or a former post: "Tetua adat
    menganugerahkan gelar kepada istri Kapolres X" names no police giver."""
    return any(not FORMER.search(sentence, 0, m.start()) for m in POLRI_ACTOR.finditer(sentence))


# A word of possibility right before a passive giving verb: who an award may go to, not who was given it.
MAY_BE_GIVEN = re.compile(r"\b(?:dapat|bisa|boleh)\s+$", re.I)
# A plan's word just before a giving verb; further back it may be about something else in the sentence.
PLANNED = re.compile(NOT_YET.pattern + r"\s+(?:[\w-]+\s+){0,2}$", re.I)


def given_to_others(sentence: str) -> bool:
    """A giving verb whose "kepada"/"bagi" names who is given to, and they are not Polri: "memberikan piagam
    penghargaan kepada dua warga yang ...", "Piagam juga diberikan kepada lima relawan ..."."""
    for verb in GIVE.finditer(sentence):
        recipient, to = _given_to(sentence, verb)
        if to is not None and recipient == "other":
            return True
    return False
