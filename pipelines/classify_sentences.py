"""The award role of one sentence: a story's text cut into sentences, and for each the first receiving or
giving verb whose actors say who received (`received`, `given`, `other` or None); and whether a sentence
says the police handed the awards over.

Pure functions over text, used by the classify and structure stages.
"""

from __future__ import annotations

import re

from pipelines.role_lists import polri_in_subject_list, polri_listed, receivers_said
from pipelines.role_words import (
    AIM,
    ASKED_FOR,
    AWARD_NOUN,
    AWARD_TERMS,
    CIVILIAN_HONOURS,
    EARLIER,
    EARLIER_ROUND,
    FRONTED_CLAUSE,
    GIVE,
    NEVER_IN_NAMES,
    NO_ROLE,
    NOT_RECEIVED,
    NOT_RECEIVED_BEFORE,
    NOT_YET,
    OTHER_ACTOR,
    POLRI_ACTOR,
    POLRI_DECORATION,
    PRAISE_DEGREE,
    PROMISED,
    RECEIVE,
    RECEIVERS_NAMED,
    REPRESENTED,
    SPORTS_EVENT,
    SPORTS_MEDAL,
    UNIT_WINS,
    hands_no_award,
    no_award_subject,
)
from pipelines.sentence_actors import COMPOSED, SPEECH, first_actor_after, nearest_actor_before
from pipelines.sentence_split import sentences
from pipelines.subject_recipients import subject_recipient

__all__ = ["handed_over_by_polri", "sentence_role", "sentences"]


def sentence_role(sentence: str) -> str | None:
    """`received`, `given`, `other` (a non-police body received) or None for one sentence: the first
    receiving or giving verb, in reading order, whose actors say who received."""
    if not AWARD_TERMS.search(sentence) or NO_ROLE.search(sentence):
        return None
    verbs = [(v.start(), _receive_role, v) for v in RECEIVE.finditer(sentence)]
    verbs += [(v.start(), _give_role, v) for v in GIVE.finditer(sentence)]
    verbs += [(v.start(), _receivers_role, v) for v in RECEIVERS_NAMED.finditer(sentence)]
    verbs += [(v.start(1), _wins_role, v) for v in UNIT_WINS.finditer(sentence)]
    for _, role_of, verb in sorted(verbs, key=lambda x: x[0]):
        role = role_of(sentence, verb)
        if role:
            return role
    return receivers_said(sentence)


def _receivers_role(sentence: str, noun: re.Match) -> str | None:
    """ "Adapun penerima penghargaan adalah Polres X": `received` when the police are the first named."""
    return "received" if first_actor_after(sentence, noun.end()) == "polri" else None


def _wins_role(sentence: str, wins: re.Match) -> str | None:
    """ "Polsek X Juara Lomba Y": the unit won, unless it stands for someone ("Pocil Binaan Polres X Juara")."""
    return None if REPRESENTED.search(sentence, 0, wins.start()) else "received"


def _receive_role(sentence: str, verb: re.Match) -> str | None:
    """The role a receiving verb gives the sentence, from who stands before it (or after a passive one)."""
    # not a word of a unit's place name: "Polsek Tanjung Harapan menerima ..." is no plan; "Akan" in a headline
    # written in capitals is never one ("Penolong Kapolsek X Akan Dapat Hadiah")
    found = NOT_YET.finditer(sentence, max(0, verb.start() - 40), verb.start())
    not_yet = next((m for m in found if not _in_unit_name(sentence, m)), None)
    if not_yet and not PROMISED.fullmatch(not_yet.group(1)) or ASKED_FOR.search(sentence, 0, verb.start()):
        return None
    if EARLIER.search(sentence, max(0, verb.start() - 25), verb.start()) or EARLIER_ROUND.match(sentence):
        # "tahun lalu Polres X pernah meraih predikat WBK", a sentence opening on an earlier round ("Tahun lalu,
        # Polsek Y meraih ...", "Pada periode sebelumnya ..."): an award had before, background
        return None
    if re.search(r"\batau\s+$", sentence[: verb.start()]) and RECEIVE.search(sentence, 0, verb.start()):
        return None  # "bisa meraih kepatuhan tinggi, atau masuk zona hijau": the verb before, said again
    if verb.group(1).lower() == "meraih" and AIM.search(sentence, 0, verb.start()):
        return None  # "dalam meraih predikat WBK": an aim
    if SPORTS_MEDAL.match(sentence, verb.end()) and SPORTS_EVENT.search(sentence):
        return None
    if NOT_RECEIVED.match(sentence, verb.end()) or NOT_RECEIVED_BEFORE.search(sentence, 0, verb.start()):
        return None
    if PRAISE_VERB.search(verb.group(1)) and not _names_award(sentence, verb, in_clause=True):
        return None  # "diapresiasi Kapolres dengan piagam" is an award; praise alone is not
    after = sentence[verb.end() :]
    # "Pemuda itu diganjar Kapolres": the subject of these receives; whoever follows them gives.
    passive = verb.group(1).lower().startswith(("di", "jatuh")) and verb.group(1).lower() not in RECIPIENT_SUBJECT
    taken = verb.group(1).lower() in THING_SUBJECT and sentence[: verb.start()].strip()
    if taken and (not AWARD_TERMS.search(sentence, 0, verb.start()) or no_award_subject(sentence, verb.start())):
        return None  # "Rombongan itu diterima oleh Kapolsek": the subject is what was received, and it is no award
    # "diterima langsung Kapolres X", "diraih pula oleh Polsek Y": an adverb between the verb and its agent
    agent = PASSIVE_ADVERB.sub("", after, count=1) if passive else after
    if passive and re.match(r"\s+oleh\b", agent):
        # "... diterima oleh Kapolres X": the actor after "oleh" receives, or the police among those listed.
        actor = first_actor_after(sentence, verb.end())
        actor = "polri" if actor == "other" and polri_listed(sentence[verb.end() :]) else actor
    elif verb.group(1).lower().startswith("jatuh"):
        actor = first_actor_after(sentence, verb.end())  # "jatuh kepada tiga tokoh": whoever follows, counted
    elif passive and POLRI_ACTOR.match(agent.lstrip()) and re.match(r"\s+\S", agent):
        # "predikat WBBM diraih Polres X": the agent follows a passive verb.
        actor = "polri"
    elif passive and OTHER_ACTOR.match(agent.lstrip()) and re.match(r"\s+\S", agent):
        actor = "other"  # "juara pertama diraih SMA Negeri 1"
    elif passive and PERSON_FROM.match(agent):
        actor = "other"  # "juara II diraih Made Arta (Harian Bali)": a person with no rank, and where he is from
    elif FRONTED_CLAUSE.search(sentence, 0, verb.start()) and (comma := sentence.find(",", verb.end())) > 0:
        actor = first_actor_after(sentence, comma + 1)  # "Usai meraih WBK, Polres X menggelar syukuran"
    elif HEADLESS.search(sentence, 0, verb.start()):
        # "Yang menerima penghargaan adalah X": the receiver is what the clause is said to be.
        named = PREDICATE.search(sentence, verb.end())
        actor = first_actor_after(sentence, named.end()) if named else None
    elif (listed := _receivers_listed(sentence, verb)) is not None:
        actor = listed
    else:
        actor = nearest_actor_before(sentence, verb.start(), subject=True)
        if actor == "other" and polri_in_subject_list(sentence, verb.start()):
            actor = "polri"  # "Babinsa A, Bhabinkamtibmas Polsek B dan Kepala Desa C menerima": the police among them
    if actor == "other" and POLRI_AMONG.search(sentence, verb.end()):
        actor = "polri"  # "18 orang yang menerima penghargaan, 16 di antaranya anggota kepolisian"
    role = "received" if actor == "polri" else None
    if actor == "other":
        by_polri = verb.group(1).lower() in RECIPIENT_SUBJECT and POLRI_ACTOR.match(after.lstrip())
        role = "given" if by_polri or _given_before(sentence, verb) or _given_by_polri(after) else "other"
    # A promised award ("akan diberi penghargaan") is the story's award for people outside Polri only: a unit
    # that "akan menerima" is still being assessed.
    return role if not not_yet or role == "given" else None


# The award, named before a passive verb, is from the police: "Penghargaan dari Kapolda X diterima oleh tiga nelayan".
FROM_POLRI = re.compile(r"\b(?:dari|oleh)\s+(?:[\w.]+\s+){0,2}?(?=" + POLRI_ACTOR.pattern + ")")


def _given_before(sentence: str, verb: re.Match) -> bool:
    """The award the subject names is the police's: "Bhayangkara Award Polda X jatuh kepada tiga tokoh" (the award
    named before "jatuh"), "Penghargaan dari Kapolda X diterima oleh ..." (what was received, and from whom)."""
    word = verb.group(1).lower()
    if word.startswith("jatuh"):
        return nearest_actor_before(sentence, verb.start()) == "polri"
    return word in THING_SUBJECT and bool(FROM_POLRI.search(sentence, 0, verb.start()))


# A person named by his name alone, then the body or place he comes from: "Andi Saputra (SMAN 1 Klaten)", "I Made
# Arta dari Harian Bali", "Rina Lestari asal Sleman". A Polri officer is named with his rank.
PERSON_FROM = re.compile(r"\s+(?:[A-Z](?:[a-z]+|\.)?\s+){1,3}[A-Z][a-z]+\s*(?:\(|,?\s+(?:dari|asal)\s+[A-Z])")
PASSIVE_ADVERB = re.compile(r"^(?:\s+(?:secara\s+)?(?:langsung|pula|juga|sendiri))+(?=\s)", re.I)


def _in_unit_name(sentence: str, word: re.Match) -> bool:
    """A capitalised word that goes on a unit's name, unless it is one of time or mood no place is named by."""
    if not word.group(1).istitle() or NEVER_IN_NAMES.fullmatch(word.group(1)):
        return False
    return bool(IN_UNIT_NAME.search(sentence, 0, word.start()))


# A unit's type word and the capitalised words of its name so far, right before a word.
IN_UNIT_NAME = re.compile(r"\b(?:Pol|Kapol|Wakapol)(?:restabes|resta|res|sek|da)(?:\s+[A-Z][\w'-]*)*\s+$")
# Receivers counted, then said to include the police: "18 orang menerima penghargaan, 16 di antaranya anggota
# kepolisian", "... termasuk dua personel Polsek X", "... yang terdiri atas personel dan warga".
POLRI_AMONG = re.compile(
    r"\b(?i:di\s?antaranya|termasuk|terdiri\s+(?:dari|atas))\s+(?:adalah\s+)?(?:(?:para|\d+|[a-z]+)\s+){0,2}?(?="
    + POLRI_ACTOR.pattern
    + ")"
)


# Passive verbs whose subject is the thing received ("Piala itu diraih Polres X"), unlike "ditetapkan sebagai".
THING_SUBJECT = ("diterima", "diraih", "disabet", "direbut", "diperoleh", "ditempati", "diduduki", "disandang")
RECIPIENT_SUBJECT = ("diberi", "dihadiahi", "diapresiasi", "dianugerahi", "dianugrahi", "diganjar", "dinobatkan",
                     "dikukuhkan")  # fmt: skip
# "Yang menerima ..." with no noun before it.
HEADLESS = re.compile(r"(?:^|[,.;:\"“]|\b(?:maka|dan|sedangkan|sementara|adapun|bahwa))\s*yang\s+$", re.I)
PREDICATE = re.compile(r"\b(?:adalah|ialah|yakni|yaitu)\b", re.I)


# "Lembaga yang meraih penghargaan adalah TNI; Polri; ...": a clause about the receivers, then their list.
RELATIVE_VERB = re.compile(r"\byang\s+(?:juga\s+|berhasil\s+|telah\s+)?$")
LIST_END = re.compile(r"\b(?:yang|atas|karena|berkat|dari|oleh|pada|dalam)\b")


def _receivers_listed(sentence: str, verb: re.Match) -> str | None:
    """Who receives when a relative clause is said to be a list: 'polri' if the police are among them, else the
    first actor listed (None when the sentence is not so built or names nobody known)."""
    if verb.group(1).lower().startswith("di") or not RELATIVE_VERB.search(sentence, 0, verb.start()):
        return None  # "penghargaan yang diterima pihaknya adalah ...": a passive clause is about the award
    named = PREDICATE.search(sentence, verb.end(), verb.end() + 80)
    if not named:
        return None
    listed = sentence[named.end() :]
    end = LIST_END.search(listed)
    listed = listed[: end.start()] if end else listed
    return "polri" if POLRI_ACTOR.search(listed) else first_actor_after(listed, 0)


# A contest the police hold: its winners from outside Polri are given their prizes by the police.
HELD_BY = re.compile(
    r"\b(?:digelar|diselenggarakan|diadakan|dihelat|digagas|besutan|gelaran|inisiasi)\s+(?:oleh\s+)?(?:[\w.]+\s+){0,2}?"
)


# A contest across a police unit's area is the unit's: "Lomba Kampung Tangguh di wilayah hukum Polres X".
CONTEST_IN_AREA = re.compile(r"\b(?i:lomba|kompetisi|sayembara)\b[^.;,]{0,60}?\b(?:se-?|di\s+)wilayah\s+hukum\s+")


def _given_by_polri(after: str) -> bool:
    """Someone else received, from the police: "dari Polres X", "diberi piagam oleh Kapolda X", "Penghargaan Kapolres X", "Award Polresta X"."""
    dari = re.search(r"\b(?:dari|oleh)\s+(?:[\w.]+\s+){0,2}?", after[:120])
    if dari and POLRI_ACTOR.match(after, dari.end()):
        return True
    held = HELD_BY.search(after[:150]) or CONTEST_IN_AREA.search(after[:150])
    if held and POLRI_ACTOR.match(after, held.end()):
        return True  # "juara lomba yang digelar Satlantas Polres X": the police's contest, and its prizes
    named = re.match(r"\s+(?:[\w-]+\s+){0,8}?(?:penghargaan|piagam|award|anugerah)\s+", after, re.I)
    if not named:
        return False
    # "Anugerah Jurnalistik Polri", "Student Award Polresta X": Polri closes the award's name.
    name = re.compile(r"(?:[A-Z][\w-]*\s+)*?(?=" + POLRI_ACTOR.pattern + ")")
    # Or it is one of Polri's own decorations: "Penghargaan Bintang Bhayangkara Utama".
    return bool(name.match(after, named.end(), named.end() + 60) or POLRI_DECORATION.match(after, named.end()))


# Who an award is given to: "kepada X", "ke X", "untuk X", "bagi X"; in a headline, the object itself
# ("Kapolri Anugerahi 3 Polda", "Beri Penghargaan Tiga Orang").
TO_RECIPIENT = re.compile(r"\b(kepada|ke(?![-\d])|untuk|bagi)\b")  # not "HUT ke-63"
# A giving noun ("penyerahan penghargaan kepada para tokoh") says to whom only with an explicit preposition.
GIVING_NOUN = re.compile(r"pemberian|penyerahan|penganugerahan", re.I)
ATTENDING = re.compile(
    r"\b(?:menghadiri|hadir|menyaksikan|disaksikan|mengamankan|pengamanan|mendampingi|meliput|mengikuti)\b", re.I
)
# "untuk" before a verb says what the award is for: "untuk memotivasi", "untuk berprestasi".
PURPOSE = re.compile(r"\b(?:untuk|agar|supaya)\s+(?:lebih\s+)?(?:me|ber)[a-z]{3,}")
DECREE_SUBJECT = re.compile(r"\btentang\s+$", re.I)
# Where the recipients end and the place or time begins: "kepada Hendri (35) di Mabes Polri"; or what they are
# honoured for: "kepada pemuka agama atas dukungan mereka bagi personel" (whom they helped is no recipient).
# "di antaranya" is no place: it opens those the receivers include ("kepada sepuluh tokoh, di antaranya Aipda X").
PLACE_OR_TIME = re.compile(r"\b(?:di(?!\s?antara)|bertempat|pada|saat|dalam acara|atas|karena|berkat)\b")
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
# "Polres X apresiasi relawan": praise as a verb is an award only when the sentence names what was handed over.
PRAISE_VERB = re.compile(r"(?:meng)?apresiasi", re.I)
PRAISE_NOUN_BEFORE = re.compile(
    r"\b(?:memberikan|memberi|beri|berikan|sebagai|bentuk|berupa|atas|wujud|dan|sangat)\s+(?:[\w-]+,\s+)*$", re.I
)
# Praise handed out: "memberikan apresiasi kepada Kapolres", "memberi pujian". Praise for Polri is no award
# unless the sentence names one; the police's own "apresiasi" to citizens is how stories name their certificates.
PRAISE = re.compile(r"\s+(?:\w+\s+)?(?:apresiasi|pujian|ucapan|selamat|terima kasih)\b", re.I)
# Whom praise goes to, then what they did: "kepada seluruh pihak yang telah menyukseskan ...".
RECEIVER_CLAUSE = re.compile(
    r"\b(?:kepada|bagi|untuk)\s+(?:[\w-]+\s+){1,4}?yang\s+(?:telah\s+|sudah\s+|turut\s+|ikut\s+)*(?:me|ber)\w+", re.I
)
PRAISE_REASON = re.compile(r"\b(?:atas|karena|berkat)\s+(?:(?:[\w-]+\s+){0,2}?(" + AWARD_NOUN.pattern + r"))?", re.I)
# A quote closes or its speaker is named: what follows is no object of the verb inside the quote.
QUOTE_END = re.compile(r"[\"”]|" + SPEECH.pattern, re.I)


def _recipient_named(sentence: str, to: re.Match) -> str | None:
    """Who follows "kepada": up to the place or time, where a Polri venue is no recipient ("kepada Hendri (35)
    di Mabes Polri"), or up to the reason; people there the lists of actors do not know are not Polri."""
    place = PLACE_OR_TIME.search(sentence, to.end())
    named = sentence[to.end() : place.start() if place else len(sentence)]
    composed = COMPOSED.search(sentence, place.end()) if place else None
    if composed:
        named += " " + sentence[composed.start() :]  # "kepada 40 orang di aula. Mereka terdiri dari personel ..."
    known = first_actor_after(named, 0)
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


def _give_role(sentence: str, verb: re.Match) -> str | None:
    """The role a giving verb gives the sentence: `received` when Polri is given to, `given` when Polri gives
    to someone else, `other` when neither gives nor receives."""
    if not AWARD_NOUN.search(sentence):
        return None
    if PRAISE_VERB.fullmatch(verb.group(1)) and (
        PRAISE_NOUN_BEFORE.search(sentence, 0, verb.start()) or not _names_award(sentence, verb, in_clause=True)
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
    giver = nearest_actor_before(sentence, verb.start())
    passive = verb.group(1).lower().startswith("di")
    if passive and to is None:
        giver = None  # "Desa itu diberikan penghargaan": the subject was the one given to, not the giver
    if giver is None or passive:
        # Passive: "Piagam diserahkan Kapolres X kepada ...": the agent follows the verb; "Penghargaan ini
        # kami berikan kepada X," ujar Kapolres: the speaker gives. "diserahkan Gubernur X kepada": not Polri.
        stop = to.start() if to else len(sentence)
        agent = first_actor_after(sentence[:stop], verb.end())
        if agent is None and giver is None and POLRI_ACTOR.search(sentence):
            agent = "polri"
        giver = agent or giver
    role = "received" if recipient == "polri" else ("given" if giver == "polri" else "other")
    if role != "given" and PRAISE.match(sentence, verb.end()) and not _names_award(sentence, verb):
        return None
    if PRAISE_DEGREE.match(sentence, verb.end()) and not _names_award(sentence, verb):
        return None  # "memberikan apresiasi tinggi kepada warga": praise in words, to whomever
    planned = PLANNED.search(sentence, 0, verb.start())
    if planned and (role != "given" or not PROMISED.fullmatch(planned.group(1))):
        return None  # "Kapolri bakal beri penghargaan", "mengajukan pemberian penghargaan": nobody has it yet
    # A giving noun without its giver ("Syukuran dirangkai penyerahan penghargaan kepada ...") says too little
    # for an award to someone else.
    return None if role == "other" and GIVING_NOUN.fullmatch(verb.group(1)) else role


CIVILIAN_HONOUR = re.compile(CIVILIAN_HONOURS, re.I)


# A plan's word just before a giving verb; further back it may be about something else in the sentence.
PLANNED = re.compile(NOT_YET.pattern + r"\s+(?:[\w-]+\s+){0,2}$", re.I)
CLAUSE_END = re.compile(r"[,;]()")


def _names_award(sentence: str, verb: re.Match, in_clause: bool = False) -> bool:
    """Praise that names an award: as what is given, or as what it praises ("atas penghargaan WBK itu"),
    not an award's name further on ("atas inovasi lomba Student Award")."""
    reason = (CLAUSE_END if in_clause else PRAISE_REASON).search(sentence, verb.end())
    given = sentence[verb.end() : reason.start() if reason else len(sentence)]
    # what those praised did is not what they are given: "apresiasi kepada panitia yang menyukseskan Piala X"
    given = RECEIVER_CLAUSE.split(given, 1)[0]
    named = [m.group(0) for m in AWARD_NOUN.finditer(given)] + ([reason.group(1)] if reason and reason.group(1) else [])
    return any(noun.lower() != "apresiasi" for noun in named)


# An award handed over by the police, its recipient named elsewhere: "Piagam diserahkan langsung oleh Kapolsek".
HANDED_BY = re.compile(
    r"\b(?:diserahkan|diberikan|disematkan|dianugerahkan|dihadiahkan)\s+(?:(?:langsung|secara langsung)\s+)?"
    r"(?:oleh\s+)?(?=" + POLRI_ACTOR.pattern + ")"
)


def handed_over_by_polri(sentence: str, headline: bool) -> bool:
    """The police handed the story's awards over: in a passive sentence naming an award, or in a headline
    where the police praise someone else ("Polres X Apresiasi Warga Penangkap Pencuri")."""
    if AWARD_NOUN.search(sentence) and HANDED_BY.search(sentence):
        return True
    praise = PRAISE_VERB.search(sentence) if headline else None
    return bool(
        praise
        and nearest_actor_before(sentence, praise.start()) == "polri"
        and first_actor_after(sentence, praise.end()) == "other"
    )
