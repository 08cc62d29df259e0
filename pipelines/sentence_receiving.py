"""The role a receiving verb gives one sentence ("Polres X meraih ...", "predikat WBK diraih Polres Y", "yang
menerima penghargaan adalah ..."): who stands before it or after a passive one, and the plans, aims, earlier
rounds and promises that make a receiving verb no award had.

Pure functions over text, used by the sentence classifier (pipelines/classify_sentences.py).
"""

from __future__ import annotations

import re

from pipelines.role_lists import polri_in_subject_list, polri_listed, unitless_beside_others
from pipelines.role_words import (
    AIM,
    ASKED_FOR,
    AWARD_TERMS,
    EARLIER,
    EARLIER_ROUND,
    FRONTED_CLAUSE,
    HOPED_FOR,
    INVITED_TO,
    NEVER_IN_NAMES,
    NOT_RECEIVED,
    NOT_RECEIVED_BEFORE,
    NOT_YET,
    OTHER_ACTOR,
    POLICE_GAMES,
    POLRI_ACTOR,
    POLRI_DECORATION,
    PRAISE_TAKEN,
    PROMISED,
    RECEIVE,
    SPORTS_EVENT,
    SPORTS_MEDAL,
    TEAM,
    UNLISTED_SUBJECTS,
    no_award_subject,
)
from pipelines.sentence_actors import first_actor_after, nearest_actor_before
from pipelines.sentence_praise import PRAISE_VERB, names_award

__all__ = ["POLRI_AMONG", "PREDICATE", "receive_role"]


def receive_role(sentence: str, verb: re.Match) -> str | None:
    """The role a receiving verb gives the sentence, from who stands before it (or after a passive one)."""
    # not a word of a unit's place name: "Polsek Tanjung Harapan menerima ..." is no plan; "Akan" in a headline
    # written in capitals is never one ("Penolong Kapolsek X Akan Dapat Hadiah")
    found = NOT_YET.finditer(sentence, max(0, verb.start() - 40), verb.start())
    not_yet = next((m for m in found if not _in_unit_name(sentence, m)), None)
    if not_yet and not PROMISED.fullmatch(not_yet.group(1)) or ASKED_FOR.search(sentence, 0, verb.start()):
        return None
    if HOPED_FOR.search(sentence[: verb.start()]):
        return None  # "berharap ... Polres X bisa meraih predikat WBK": a hope, still to come
    if EARLIER.search(sentence, max(0, verb.start() - 25), verb.start()) or EARLIER_ROUND.match(sentence):
        # "tahun lalu Polres X pernah meraih predikat WBK", a sentence opening on an earlier round ("Tahun lalu,
        # Polsek Y meraih ...", "Pada periode sebelumnya ..."): an award had before, background
        return None
    if re.search(r"\batau\s+$", sentence[: verb.start()]) and RECEIVE.search(sentence, 0, verb.start()):
        return None  # "bisa meraih kepatuhan tinggi, atau masuk zona hijau": the verb before, said again
    if verb.group(1).lower() == "meraih" and AIM.search(sentence, 0, verb.start()):
        return None  # "dalam meraih predikat WBK": an aim
    if SPORTS_MEDAL.match(sentence, verb.end()) and SPORTS_EVENT.search(sentence) and not POLICE_GAMES.search(sentence):
        return None
    if NOT_RECEIVED.match(sentence, verb.end()) or NOT_RECEIVED_BEFORE.search(sentence, 0, verb.start()):
        return None
    if PRAISE_VERB.search(verb.group(1)) and not names_award(sentence, verb, in_clause=True):
        return None  # "diapresiasi Kapolres dengan piagam" is an award; praise alone is not
    if PRAISE_TAKEN.match(sentence, verb.end()) and not names_award(sentence, verb):
        return None  # "mendapat apresiasi dari Kapolres": praise in words, unless the sentence names an award
    if INVITED_TO.search(sentence, 0, verb.start()):
        return None  # "diundang ke Mabes Polri untuk menerima penghargaan": still to come
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
    elif passive and POLRI_TEAM.match(agent.lstrip()):
        actor = "polri"  # "juara ketiga ditempati Tim Satbrimob Polda X": a team named after its unit is the unit
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
        if actor == "polri" and unitless_beside_others(sentence[named.end() :]):
            actor = "other"  # "yang menerima adalah Bhabinkamtibmas, Babinsa dan kepala desa": no Polri unit
    elif (listed := _receivers_listed(sentence, verb)) is not None:
        actor = listed
    else:
        actor = nearest_actor_before(sentence, verb.start(), subject=True)
        if actor == "other" and polri_in_subject_list(sentence, verb.start()):
            actor = "polri"  # "Babinsa A, Bhabinkamtibmas Polsek B dan Kepala Desa C menerima": the police among them
    if actor in ("other", None) and POLRI_AMONG.search(sentence, verb.end()):
        actor = "polri"  # "18 orang yang menerima penghargaan, 16 di antaranya anggota kepolisian"
    if actor is None and _someone_unlisted(sentence, verb) and _from_polri(after):
        actor = "other"  # "Seorang bidan desa menerima piagam dari Kapolres X": whoever the lists do not know
    role = "received" if actor == "polri" else None
    if actor == "other":
        by_polri = verb.group(1).lower() in RECIPIENT_SUBJECT and POLRI_ACTOR.match(after.lstrip())
        role = "given" if by_polri or _given_before(sentence, verb) or _given_by_polri(after) else "other"
    # A promised award ("akan diberi penghargaan") is the story's award for people outside Polri only: a unit
    # that "akan menerima" is still being assessed.
    return role if not not_yet or role == "given" else None


# A side named after a Polri unit, the unit's name right after the word for the side: "Tim Satbrimob Polda X".
POLRI_TEAM = re.compile(r"(?:" + TEAM + r")\s+(?=" + POLRI_ACTOR.pattern + ")")


# The subject of a receiving verb, said in words the lists of actors do not know ("Seorang pria asal Bima", "Petugas
# kebersihan Pasar Baru", "Mahasiswi UGM"): after the dateline, a comma or a colon, and not a pronoun, a connective
# or a word for the police's own groups and teams.
SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\s[-–—]\s+)(?P<subject>[^,;:\"“”()]{3,80}?)\s+(?:(?:juga|pun|turut|telah|sudah)\s+)*$"
)
NO_SUBJECT = re.compile(
    r"(?:"
    + "|".join(UNLISTED_SUBJECTS["not_someone"])
    + r")\b|.*\b(?:"
    + "|".join(UNLISTED_SUBJECTS["police_groups"])
    + r")\b|.*\b(?:"
    + "|".join(UNLISTED_SUBJECTS["kin"])
    + r")\s+(?:\w+\s+)?(?="
    + POLRI_ACTOR.pattern
    + ")",
    re.I,
)


# A rank written in capitals ("IPDA Jamarin, Kapolsek X"): an officer, though the lists read ranks as written.
RANK_IN_CAPITALS = re.compile(
    r"\b(?:AKBP|KOMBES|KOMPOL|AKP|IPTU|IPDA|AIPTU|AIPDA|BRIPKA|BRIGPOL|BRIPTU|BRIPDA|BRIGADIR)\b"
)


def _someone_unlisted(sentence: str, verb: re.Match) -> bool:
    """Someone before the verb the lists do not know, and no police before it in the sentence (an officer named in
    apposition to his post, "Kapolsek X, IPDA Y, diberi penghargaan"); no thing ("Kegiatan ini mendapat ...")."""
    said = SUBJECT.search(sentence, 0, verb.start())
    if not said or NO_SUBJECT.match(said.group("subject")) or THING.search(said.group("subject")):
        return False
    if not re.search(r"\b[a-z]{3,}", said.group("subject")):
        return False  # a name alone ("Joko Susilo menerima ...") says not who he is: an officer named before, maybe
    return not (POLRI_ACTOR.search(sentence, 0, verb.start()) or RANK_IN_CAPITALS.search(sentence, 0, verb.start()))


THING = re.compile(r"\b(?:ini|itu|tersebut)$", re.I)


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
# kepolisian", "... termasuk dua personel Polsek X", "... yang terdiri atas personel dan warga", "... berasal dari
# Polda A sebanyak 12 orang, ...", "... berasal dari Ditpolairud Polda B" (a directorate before its Polda).
POLRI_AMONG = re.compile(
    r"\b(?i:di\s?antaranya|termasuk|terdiri\s+(?:dari|atas)|berasal\s+dari)\s+(?:adalah\s+)?"
    r"(?:(?:para|\d+|[a-z]+|(?:Dit|Sat)[a-z]+)\s+){0,2}?(?=" + POLRI_ACTOR.pattern + ")"
)


# Passive verbs whose subject is the thing received ("Piala itu diraih Polres X"), unlike "ditetapkan sebagai".
THING_SUBJECT = ("diterima", "diraih", "disabet", "direbut", "diperoleh", "ditempati", "diduduki", "disandang")
# ("diangkat menjadi Warga Kehormatan X": the one made an honorary member is the subject)
RECIPIENT_SUBJECT = ("diberi", "dihadiahi", "diapresiasi", "dianugerahi", "dianugrahi", "diganjar", "dinobatkan",
                     "dikukuhkan", "diangkat menjadi", "diangkat sebagai")  # fmt: skip
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
    if unitless_beside_others(listed):
        return "other"  # "yang menerima adalah Bhabinkamtibmas, Babinsa dan kepala desa": no Polri unit among them
    return "polri" if POLRI_ACTOR.search(listed) else first_actor_after(listed, 0)


# A contest the police hold: its winners from outside Polri are given their prizes by the police.
HELD_BY = re.compile(
    r"\b(?:digelar|diselenggarakan|diadakan|dihelat|digagas|besutan|gelaran|inisiasi)\s+(?:oleh\s+)?(?:[\w.]+\s+){0,2}?"
)


# A contest across a police unit's area is the unit's: "Lomba Kampung Tangguh di wilayah hukum Polres X".
CONTEST_IN_AREA = re.compile(r"\b(?i:lomba|kompetisi|sayembara)\b[^.;,]{0,60}?\b(?:se-?|di\s+)wilayah\s+hukum\s+")


def _no_award_taken(before_from: str) -> bool:
    """ "juara lomba debat ... dan menerima ucapan selamat dari Kapolresta": the police are whom a later verb took
    something that is no award from."""
    return any(NOT_RECEIVED.match(before_from, v.end()) for v in RECEIVE.finditer(before_from))


def _from_polri(after: str) -> bool:
    """ "... dari Polres X", "... oleh Kapolda X" soon after the verb."""
    dari = re.search(r"\b(?:dari|oleh)\s+(?:[\w.]+\s+){0,2}?", after[:120])
    return bool(dari and POLRI_ACTOR.match(after, dari.end()) and not _no_award_taken(after[: dari.start()]))


def _given_by_polri(after: str) -> bool:
    """Someone else received, from the police: "dari Polres X", "diberi piagam oleh Kapolda X", "Penghargaan Kapolres X", "Award Polresta X"."""
    if _from_polri(after):
        return True
    held = HELD_BY.search(after[:150]) or CONTEST_IN_AREA.search(after[:150])
    if held and POLRI_ACTOR.match(after, held.end()):
        return True  # "juara lomba yang digelar Satlantas Polres X": the police's contest, and its prizes
    named = re.match(
        r"\s+(?:[\w-]+\s+){0,8}?(?:penghargaan|piagam|award|anugerah|reward|hadiah|trofi|piala)\s+", after, re.I
    )
    if not named:
        return False
    # "Anugerah Jurnalistik Polri", "Student Award Polresta X": Polri closes the award's name.
    name = re.compile(r"(?:[A-Z][\w-]*\s+)*?(?=" + POLRI_ACTOR.pattern + ")")
    # Or it is one of Polri's own decorations: "Penghargaan Bintang Bhayangkara Utama".
    return bool(name.match(after, named.end(), named.end() + 60) or POLRI_DECORATION.match(after, named.end()))
