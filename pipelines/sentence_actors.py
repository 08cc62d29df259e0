"""Who stands before or after a place in a sentence: the police (`polri`) or someone else (`other`), read from
the role words' actors, skipping speakers, the police inside a relative clause about whom someone helped, a rank in
apposition to another body's head, and members of other bodies.

Pure functions over text, used by the award-role classifier (pipelines/classify_sentences.py).
"""

from __future__ import annotations

import re

from pipelines.role_words import FORMER, OTHER_ACTOR, PARTNER, POLRI_ACTOR, REPRESENTED

# A speech verb between an actor and the verb: the speaker received ("... Polres X," katanya usai menerima).
SPEECH = re.compile(r"\b(?:(?:kata|ujar|ucap|tutur|ungkap|imbuh|tandas)(?:nya)?|(?:jelas|terang)nya)\b", re.I)


# A police rank in apposition to the head of another body is that body's: "Kepala BNN RI, Komjen Pol. X".
RANK = re.compile(r"(?:AKBP|Kombes|Irjen|Brigjen|Komjen|Kompol|AKP|Iptu|Ipda)$")
APPOSITION = re.compile(r"(?:\s+[\w.]+){0,2},?\s*$")


def _actors_before(sentence: str, position: int) -> list[tuple[int, str, int]]:
    found = []
    for kind, pattern in (("polri", POLRI_ACTOR), ("other", OTHER_ACTOR)):
        for m in pattern.finditer(sentence, 0, position):
            if kind == "polri" and FORMER.search(sentence, 0, m.start()):
                continue  # "Bupati X, mantan Kapolres Y, menerima": a post he no longer holds names no actor
            if not REPRESENTED.search(sentence, 0, m.start()):
                found.append((m.start(), kind, m.end()))
    # A place named right after a police post is the post's area: "Bhabinkamtibmas Desa Gondang memberikan ...",
    # "Bhabinkamtibmas Kelurahan Pakis"; not a member word before another body ("personel TNI").
    posts = {end for start, kind, end in found if kind == "polri" and sentence[start:end].lower() not in MEMBER}
    return sorted(a for a in found if not (a[1] == "other" and any(sentence[e : a[0]] == " " for e in posts)))


# "Warga yang membantu polisi mendapat hadiah": the police someone helped, inside a relative clause, are not
# the subject; the noun the clause hangs on is. Appositive clauses ("yang terdiri dari personel") say who they are.
RELATIVE_PRONOUN = re.compile(r"\byang\s+(?!terdiri|merupakan|berasal|adalah|juga\b|tergabung|bertugas|berdinas)")
HEAD_GAP = re.compile(r"(?:[\s,]+[\w.()/-]+){0,4}?[\s,]+$")


def _head_of_clause(sentence: str, found: list, best: tuple) -> str | None:
    clauses = list(RELATIVE_PRONOUN.finditer(sentence, 0, best[0]))
    if not clauses or re.search(r"[,;]", sentence[clauses[-1].end() : best[0]]):
        return None
    clause = clauses[-1]
    inside = [a for a in found if a[0] >= clause.end()]
    if not HELPED.search(sentence, clause.end(), best[2]) and not (
        inside and PLACE_OBJECT.search(sentence[clause.end() : inside[0][0]])
    ):
        return None  # only whom the receivers helped, or where the clause's deed was done, is not the subject
    heads = [a for a in found if a[2] <= clause.start()]
    if heads and HEAD_GAP.fullmatch(sentence, heads[-1][2], clause.start()):
        return heads[-1][1]
    return None


def nearest_actor_before(sentence: str, position: int, subject: bool = False) -> str | None:
    """'polri' or 'other': who stands closest before `position` in the sentence; with `subject`, the noun a
    relative clause hangs on rather than an actor inside the clause."""
    found = _actors_before(sentence, position)
    if not found:
        return None
    best = found[-1]
    if SPEECH.search(sentence, best[2], position):
        return None
    head = _head_of_clause(sentence, found, best) if subject and ";" not in sentence[best[2] : position] else None
    if head:
        return head
    if subject and best[1] == "polri" and _helped_before_comma(sentence, best, position):
        return None
    if best[1] == "polri" and len(found) > 1 and RANK.match(sentence[best[0] : best[2]]):
        prev = found[-2]
        if prev[1] == "other" and APPOSITION.match(sentence[prev[2] : best[0]]):
            return "other"
    return best[1]


# Police as the object of what people did: "membantu polisi", "melapor ke Polsek"; or as those who coach them ("Tim
# Dojo X yang dibina oleh Polresta Y meraih juara": a club the police only coach).
HELPED = re.compile(
    r"\b(?:membantu|bantu|menolong|mendukung|bersama|kepada|ke|dengan|melapor\w*|menyerahkan|(?:dibina|dilatih|diasuh)\s+oleh)"
    r"\s+(?:para\s+|pihak\s+)?"
    r"(?=" + POLRI_ACTOR.pattern + ")"
)


# Bodies a relative clause names as where its deed was done or whom it was for: "Satlantas X yang aktif sosialisasi
# di sekolah-sekolah dan pondok pesantren ... meraih penghargaan" (the schools are no subject); or whose things the
# deed was about: "Dua siswa yang menemukan tas milik anggota Polsek X diberi piagam".
PLACE_OBJECT = re.compile(r"\b(?:di|dari|pada|untuk|bagi|terhadap|kepada|ke|milik|kepunyaan)\s+(?:[\w-]+\s+)?$", re.I)


# Helping the police, in a clause set off by a comma before the verb: "Bantu Polisi Tangkap Jambret, Sulastri
# Diganjar Penghargaan", "Usai menolong polisi, pemuda itu diberi piagam": whom someone helped, not the subject.
HELPING = re.compile(r"\b(?:membantu|bantu|menolong|tolong)\s+(?:para\s+|pihak\s+)?$", re.I)


def _helped_before_comma(sentence: str, best: tuple, position: int) -> bool:
    return bool(HELPING.search(sentence, 0, best[0])) and "," in sentence[best[2] : position]


# Who the people counted are, said further on: "terdiri dari personel Polri dan warga", "16 di antaranya anggota".
COMPOSED = re.compile(r"\bterdiri\s+(?:dari|atas)\b|\b\d+\s+(?:orang\s+)?di\s?antaranya\b", re.I)


# A member word before another body is that body's member: "anggota Satpol PP", "personel TNI".
MEMBER = ("anggota", "personel")


def first_actor_after(sentence: str, position: int) -> str | None:
    best = None
    for kind, pattern in (("polri", POLRI_ACTOR), ("other", OTHER_ACTOR)):
        m = pattern.search(sentence, position)
        if m and kind == "polri" and FORMER.search(sentence, 0, m.start()):
            kind = "other"  # "kepada purnawirawan Polri", "kepada mantan Kapolsek X": people who have left
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind, m.end(), m.group(0).lower())
    if best and best[3] in MEMBER and OTHER_ACTOR.match(sentence, best[2] + 1):
        return "other"
    if best and best[1] == "polri" and PARTNER.search(sentence, 0, best[0]):
        return "other"  # "kepada mitra pers Polda X": the police's partners, not its people
    if best and best[3] in ("orang", "tim"):
        # "50 orang, terdiri dari personel Polri ...": a count; who they are follows. "Tim Elang Satreskrim
        # Polres X": the team is the unit's. "tiga orang yang membantu Polri": Polri is whom they helped.
        window = sentence[: best[2] + 40]
        following = first_actor_after(window, best[2])
        if following == "polri" and HELPED.search(window, best[2]):
            return best[1]
        composed = COMPOSED.search(sentence, best[2]) if following is None and best[3] == "orang" else None
        if composed:
            # "... kepada 71 orang yang dinilai berjasa. Mereka terdiri dari personel ...": who they are, said later
            following = first_actor_after(sentence, composed.end())
        return following or best[1]
    return best[1] if best else None
