"""A contest the police hold and whose winners are outside Polri: the story is the police's giving when no sentence
says Polri received. Known by a sentence saying who holds it, by its name ("Kapolri Cup") or by the police's own
anniversary it is held for ("lomba ... dalam rangka Hari Bhayangkara"), with its prizes handed over or winners named.

Pure functions over a story's sentences, used by the classify stage (pipelines/classify.py).
"""

from __future__ import annotations

import re

import yaml

from pipelines.contest_hosts import SAID_HELD
from pipelines.knowledge import knowledge_text
from pipelines.role_words import GIVE, POLRI_ACTOR
from pipelines.sentence_actors import nearest_actor_before

_CONTESTS = yaml.safe_load(knowledge_text("role_words.yml"))["police_contests"]

# A contest the police hold ("Polresta X menyelenggarakan Lomba Students Award", "Polres Y, Polda Z, menggelar lomba"),
# and its prizes handed over ("Penyerahan hadiah lomba dilakukan hari ini"): when no sentence says who received, the
# winners are citizens given their prizes by the police.
POLICE_HOLDS_CONTEST = re.compile(
    r"(?:" + POLRI_ACTOR.pattern + r")(?:,?\s+[\w-]+){0,4}?,?\s+(?:menyelenggarakan|menggelar|mengadakan)\s+"
    r"(?:[\w-]+\s+){0,2}?(?i:lomba|kompetisi|sayembara)\b"
    # or a contest across a police unit's area: "Lomba kampung bebas narkoba se-wilayah hukum Polres X" (a contest
    # "tingkat Polda" is a tier the units' own teams reach, not a contest for people outside Polri)
    r"|(?i:lomba|kompetisi|sayembara)\b[^.;]{0,60}?\b(?i:se-?wilayah\s+hukum|di\s+wilayah\s+hukum)\s+"
    r"(?=" + POLRI_ACTOR.pattern + ")"
    # or a chief who says so in a quote: "“Lomba ini kami selenggarakan ...,” kata Kapolsek X"
    r"|" + SAID_HELD.pattern
)
# A contest named after a police chief or corps: "Kapolri Cup 2025", "Piala Kapolda".
POLICE_CUP = re.compile(r"\b(?:" + "|".join(_CONTESTS["police_cups"]) + r")\b", re.I)
# The police's own anniversary, and a contest the same story tells of: held for it, by the police.
POLICE_ANNIVERSARY = re.compile(r"\b(?:" + "|".join(_CONTESTS["police_anniversaries"]) + r")\b", re.I)
CONTEST = re.compile(r"\b(?:" + "|".join(_CONTESTS["contest_words"]) + r")\b", re.I)
# The prizes handed over, as a noun or a passive verb: "Penyerahan hadiah dilakukan ...", "Hadiah diserahkan Kapolres".
PRIZES_HANDED = re.compile(
    r"\b(?:penyerahan|pemberian)\s+(?:hadiah|piala|trofi|piagam|penghargaan)\b|"
    r"\b(?:hadiah|piala|trofi|piagam|penghargaan)(?:\s+\w+){0,3}?\s+(?:diserahkan|diberikan)\b",
    re.I,
)
# The winners of a contest: "Pemenangnya adalah Desa A", "juara pertama diraih SMA B".
WINNERS = re.compile(r"\b(?:juara|pemenang\w*)\b", re.I)
# Winners placed in so many words, though no verb says who received: "Juara 1 kategori 10K, Samsudin", "poin tertinggi
# dimenangkan Ketua X", "menetapkan PKK Y sebagai juara pertama", "80 pemenang"; not a prize still to come ("juara I
# akan mendapat").
PLACED = re.compile(
    r"\b(?:juara|pemenang|peringkat|posisi)\s+(?:ke-?\s*)?(?:[IVX]{1,3}|\d{1,2}|pertama|kedua|ketiga|satu|dua|tiga)\b|"
    r"\bdimenangkan\b|"
    # winners counted: "terdapat sekitar 80 pemenang dari berbagai kategori lomba"
    r"\b\d+\s+pemenang\b",
    re.I,
)
LATER = re.compile(r"\b(?:akan|bakal|nantinya)\b", re.I)
# A schedule of prize money ("juara I menerima Rp 2.500.000, juara II Rp 2.000.000"): what the places will be paid,
# said before the contest as often as after it.
PRIZE_MONEY = re.compile(r"\bRp\.?\s?\d", re.I)


def _held_by_police(lead: list[str]) -> bool:
    return any(POLICE_HOLDS_CONTEST.search(s) for s in lead)


def _known_as_police_contest(title: str | None, lead: list[str]) -> bool:
    """The contest is named after a police chief's cup, or a story of the police's anniversary tells of a contest."""
    opening = [title or ""] + lead[:3]
    if any(POLICE_CUP.search(s) for s in [title or ""] + lead):
        return True
    return any(POLICE_ANNIVERSARY.search(s) for s in opening) and any(CONTEST.search(s) for s in opening + lead)


def _winners_placed(lead: list[str], polri_placed: list[str]) -> bool:
    """A sentence places winners, not Polri's (`polri_placed`: those read as Polri receiving), nor a prize to come."""
    return any(
        PLACED.search(s) and not (LATER.search(s) or PRIZE_MONEY.search(s)) and s not in polri_placed for s in lead
    )


def _given_by_someone_else(others: list[str]) -> bool:
    """ "Bupati X memberikan hadiah kepada pemenang lomba": someone outside Polri hands the prizes over."""
    return any(nearest_actor_before(s, v.start()) == "other" for s in others for v in GIVE.finditer(s))


def police_contest_prizes(title: str | None, lead: list[str], others: list[str], polri_placed: list[str]) -> bool:
    """The police hold the contest, and its prizes are handed over or its winners, people outside Polri, named."""
    handed = any(PRIZES_HANDED.search(s) for s in lead)
    if _held_by_police(lead):
        return handed or any(WINNERS.search(s) for s in others) or _winners_placed(lead, polri_placed)
    if not _known_as_police_contest(title, lead) or _given_by_someone_else(others):
        return False
    return handed or _winners_placed(lead, polri_placed)
