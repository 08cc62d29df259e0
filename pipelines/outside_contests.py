"""A place or medal won at a sports championship others hold (a Kejurnas, an open championship, an international
police games): when the story names no giver, the winners' own Polda, chief or Polri does not give it (the set's
rule: with no awarding body named, the giver is null). Pure functions over text and the award, used by
pipelines.award_giver_completion once its giver is chosen.
"""

from __future__ import annotations

import re

import yaml

from pipelines.award_model import Award
from pipelines.contest_hosts import host_speaking
from pipelines.knowledge import knowledge_text
from pipelines.trophy_givers import CHIEFS_TROPHY, INTERNAL_CONTEST

_WORDS = yaml.safe_load(knowledge_text("award_title_words.yml"))
SPORTS_CONTEST = re.compile(rf"\b(?:{'|'.join(_WORDS['sports_contest_words'])})\b", re.I)
OWN_OCCASION = re.compile(rf"\b(?:{'|'.join(_WORDS['own_contest_occasions'])})\b")
# A trophy named after Polri or one of its chiefs or units: "Piala Kapolri", "Kapolda Riau Cup", "Polda Sulbar Cup".
POLRI_TROPHY = re.compile(
    r"\b(?i:piala|cup)\s+(?:Kapol|Pol(?:ri|da|res))|\b(?:Kapol\w*|Pol(?:ri|da|res\w*)|Brimob)(?:\s+[A-Z][\w-]*){0,3}\s+Cup\b"
)
# A contest a Polri body is said to hold: "digelar Ditpolairud Polda Riau", "Polda Riau menggelar lomba ...".
POLRI_HOLDS = re.compile(
    r"\b(?:digelar|diselenggarakan|diadakan)\s+(?:oleh\s+)?(?:Polri|Pol(?:da|res|sek)|Sat|Dit|Kor)"
    r"|\b(?:Polri|Polda|Polres\w*|Polsek|Sat\w+|Dit\w+)(?:\s+[A-Z][\w-]*){0,3}\s+(?:menggelar|menyelenggarakan|mengadakan)\b"
)
# A contest among Polri's own units or people: "turnamen voli antarpolres", "lomba antarsatker", "antar-kompi".
AMONG_OWN = re.compile(
    r"\bantar-?\s?(?:polres|polsek|satker|satuan|satfung|kompi|batalyon|detasemen|personel|anggota)\w*", re.I
)
# A sentence about a later contest ("... memperebutkan piala Kapolri tahun depan"): it says nothing of this one.
LATER = re.compile(r"\b(?:tahun\s+depan|akan\s+(?:datang|mengikuti|berlaga)|rencananya)\b", re.I)
PRIZE_TITLE = re.compile(
    r"\s*(?:juara|jawara|runner[\s-]up|medali|emas|perak|perunggu|peringkat|pemenang|peraih)\b", re.I
)
# A prize the story says someone handed over: "Piala diserahkan Kapolda X", "Wali Kota Y menyerahkan medali ...".
_PRIZE = r"(?:piala|trofi|tropi|medali|piagam|hadiah|penghargaan|sertifikat)"
PRIZE_HANDED = re.compile(
    rf"\b{_PRIZE}\b[^.]{{0,60}}\b(?:diserahkan|diberikan|disematkan|dikalungkan)\b"
    rf"|\b(?:menyerahkan|memberikan|mengalungkan|menyematkan)\b[^.]{{0,40}}\b{_PRIZE}\b",
    re.I,
)
POLRI_GIVER = re.compile(r"(?:Kapol|Pol)(?:ri|da|res\w*|sek)\b|Mabes\s+Polri\b")


def outside_contest_prize(award: Award, sentences: list[str]) -> bool:
    """The award is a place or medal of a sports championship the story does not say Polri holds, and its giver
    is only Polri's own (a Kapolda, a Polda, Polri) and the story tells of no handover."""
    if not award.giver or not POLRI_GIVER.match(award.giver):
        return False
    if award.placement is None and not PRIZE_TITLE.match(award.title or ""):
        return False
    now = [s for s in sentences if not LATER.search(s)]
    text = " ".join(now)
    if not SPORTS_CONTEST.search(text) or host_speaking(" ".join(sentences)):
        return False
    own = (POLRI_TROPHY, CHIEFS_TROPHY, INTERNAL_CONTEST, AMONG_OWN, OWN_OCCASION, POLRI_HOLDS, PRIZE_HANDED)
    return not any(p.search(text) for p in own)
