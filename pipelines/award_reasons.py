"""What a bare award is for, as the sentence says it: the reason after "atas", "karena", "sebagai" ... and
where that reason's clause ends.

Pure functions over text, used by the award titles (pipelines/award_titles.py).
"""

from __future__ import annotations

import re

import yaml

from pipelines.knowledge import knowledge_text
from pipelines.officer_pattern import POSITION_RE
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.units import find_unit_mentions

_WORDS = yaml.safe_load(knowledge_text("award_title_words.yml"))
GOES_ON = "|".join(_WORDS["reason_goes_on"])
PRAISE = "|".join(_WORDS["praise_words"])
EVENT_WORDS = "|".join(_WORDS["event_words"])
BEFORE_GIVING = "|".join(_WORDS["before_giving"])
NAME_QUALIFIERS = "|".join(_WORDS["name_qualifiers"])
CONTEST_WORDS = "|".join(_WORDS["contest_words"])
JOINING_WORDS = frozenset(_WORDS["joining_words"])
LIST_OPENERS = "|".join(_WORDS["list_openers"])
# Where a clause of its own starts: "tetapi", "namun" ...; "dan kita ...", "serta mereka ..."; "membuktikan bahwa".
CLAUSE_START = (
    rf"(?:{'|'.join(_WORDS['clause_conjunctions'])})|(?:dan|serta)(?=\s+(?:{'|'.join(_WORDS['personal_pronouns'])})\b)"
    r"|me[a-z]{3,}(?=\s+bahwa\b)"
)
# Python looks behind by a fixed width only: one look-behind for each word.
NOT_AFTER_SUPERLATIVE = "".join(f"(?<!{w})" for w in _WORDS["superlatives"])

# "yang" before a word that says how good the deed was ("atas kinerja yang baik dalam menangani ...", "yang luar
# biasa", "yang tinggi") goes on with the reason; before a passive verb, an auxiliary or a pronoun it starts a clause of
# its own ("yang diserahkan ...", "yang akan ...", "yang kami ..."), and a capital starts a name.
QUALITY = (
    r"(?!(?:di|me|ber|ter|se|ke|pe)[a-z]{3,}|(?:telah|sudah|akan|sedang|masih|juga|tidak|bukan|ada|belum|pernah|selama|"
    rf"dapat|bisa|mampu|{'|'.join(_WORDS['personal_pronouns'])})\b)(?-i:[a-z])\w+"
)
# "yang" before an active verb, maybe after "telah"/"sudah", goes on too: what the deed's people or its object did is
# part of the deed ("karena menghadapi pengendara yang mengamuk saat ditilang", "atas kerja anggota yang berhasil
# menangkap ..."); a passive verb ("yang diserahkan") or a pronoun still starts a clause of its own.
ACTIVE_CLAUSE = r"(?:telah\s+|sudah\s+)?(?:me|ber)[a-z]{3,}"

# What an award is for runs as a clause of its own: "karena institusi itu berperan aktif ...", "karena dinilai patuh
# pada standar pelayanan publik": no demonstrative or a "pada" before a lower-case word ends it. A comma inside a
# list of reasons ("atas dedikasi, integritas, dan kontribusi nyata") does not; ", dan berharap ..." starts a clause.
# What the deed was goes on past "oleh" before a common noun ("penganiayaan oleh orang tua"), "saat"/"ketika" before
# a verb ("ketika mengevakuasi korban") and a comma before what it includes (", termasuk ..."); "oleh Kapolda", "saat
# upacara" are the giving's; "di" after a superlative says where the best is ("tertinggi di Banten"), "di bawah
# umur" says who the victims were.
_REASON_END = re.compile(
    r"\s+(?:dari|kepada|bagi|oleh(?!\s+[a-z])|yang(?!\s+(?:"
    + QUALITY
    + "|"
    + ACTIVE_CLAUSE
    + r"))|pada(?=\s+(?-i:[A-Z\d]))|setelah|usai|(?:saat|ketika)(?!\s+(?:me|ber)[a-z]{3,})|"
    r"yang diserahkan|yang diterima|"
    r"diserahkan|diberikan|diterima|dianugerahkan|disampaikan|sehingga|dalam acara|sekaligus|merupakan|berlangsung|"
    rf"digelar|diadakan|tadi|{CLAUSE_START}|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s+|[;:\"“”]|(?<!\d)\.|\.(?!\d)|"
    r"(?:(?<!\d),|,(?!\d))(?!\s+(?:(?-i:[a-z][\w-]*),?\s+){1,4}?(?:dan|serta)\s|\s+(?:dan|serta)\s+(?!(?:ber|me)[a-z]{3,})"
    rf"|\s+(?:{GOES_ON})\s)|{NOT_AFTER_SUPERLATIVE}\s+di\s+(?!(?:{'|'.join(_WORDS['deed_scene_phrases'])})\b)"
)
# In a reason that names a deed, "di" before a region's name (not a building's), maybe after a word like "wilayah" or
# "perairan", says where the deed was done: "atas pengungkapan perkara X di Kabupaten Y", "karena menangkap pelaku di
# perairan Z" go on past it.
DEED = re.compile(rf"\b(?:{'|'.join(_WORDS['deed_words'])})\b", re.I)
DEED_SCENE = re.compile(
    rf"(?:(?:{'|'.join(_WORDS['deed_scene_words'])})\s+)?(?!(?:{'|'.join(_WORDS['venue_words'])})\b)[A-Z]"
)


class _ReasonEnd:
    """Where a reason's clause ends (REASON_END), going on past the scene of its deed."""

    def search(self, sentence: str, position: int) -> re.Match | None:
        end = _REASON_END.search(sentence, position)
        while end and end.group(0).split() == ["di"] and DEED.search(sentence, position, end.start()):
            if not DEED_SCENE.match(sentence, end.end()):
                break
            end = _REASON_END.search(sentence, end.end())
        return end


REASON_END = _ReasonEnd()


# "setelah" says what the award is for when what follows is a success: "penghargaan setelah berhasil mengungkap ...",
# "setelah Satgas X dinilai berhasil melampaui target" (not "setelah upacara", which says when).
AFTER_SUCCESS = r"setelah(?=\s+(?:[\w-]+\s+){0,5}?(?:berhasil|sukses|mampu)\b)"
REASON = re.compile(
    rf"\s+(atas|berupa|sebagai|kategori|karena|berkat|untuk kategori|dalam kategori|bidang|untuk|{AFTER_SUCCESS})\s+",
    re.I,
)

# A reason later in the sentence is the award's own unless the award is the subject of another statement
# ("penghargaan itu diharapkan memacu anggota untuk ...") or a second clause intervenes ("diserahkan oleh X dan
# diterima Wakapolda sebagai penanggung jawab ..."); after "diterima oleh X" a reason says why X received it.
# Praise of the award ("penghargaan bergengsi dari X atas ...") is no such statement. A verb is written in lower case:
# a giver's capitalised name is none ("dari Kapolres Metro X atas ...", "dari Kementerian Komunikasi dan Digital atas").
REASON_GAP = re.compile(
    rf"^(?:\s+(?:itu|ini|tersebut|juga|{PRAISE}))*(?:\s+dari(?:\s+(?-i:[A-Z])[\w-]*)+)?\s+(?:diharapkan\s+|dinilai\s+)?"
    rf"(?!(?:merupakan|{PRAISE})\b)(?-i:(?:me|ber)[a-z]{{3,}})|\s(?:dan|serta)\s+(?-i:di[a-z]{{3,}})|\bditerima\s+(?:langsung\s+)?oleh\b",
    re.I,
)


def reason_near(sentence: str, position: int) -> re.Match | None:
    """The reason word ("atas", "karena", ...) that says what the award at `position` is for, if the sentence has one."""
    reason = REASON.match(sentence, position) or REASON.search(sentence, position)
    if reason is None or REASON_GAP.search(sentence[position : reason.start()]):
        return None
    if reason.group(1).lower() == "untuk" and _for_someone(sentence[reason.end() :]):
        return None  # "penghargaan untuk Polres X", "untuk Kapolda": whom it is for, not what
    if reason.group(1).lower() == "untuk" and PURPOSE.match(sentence, reason.end()):
        return None  # "penghargaan ini menjadi penyemangat untuk lebih giat bekerja": what it should lead to
    return reason


PURPOSE = re.compile(r"(?:lebih|terus|semakin|makin|tetap|selalu|(?:me|ber)[a-z]{3,})\b", re.I)


def _for_someone(rest: str) -> bool:
    """Whether the words after "untuk" name a unit, a post or a person rather than an achievement."""
    if not rest[:1].isupper():
        return False
    head = " ".join(rest.split()[:4])
    return bool(find_unit_mentions(head) or re.match(rf"(?:{POSITION_RE})\b|(?:{ANY_CASE_RANK_RE})\b", head))
