"""Summaries of a whole period's awards ("Sepanjang tahun 2021, Polda X telah memberikan penghargaan kepada 469
personel", "Selama 2023 Polres Y meraih 12 penghargaan"): a count over a year tells of no award conferred in the
story, so the sentence gives it no role; so does a survey's ranking told only in scores. Read by pipelines/classify.py.
"""

from __future__ import annotations

import re

import yaml

from pipelines.knowledge import knowledge_text

# A period opening the sentence or a clause of it ("Sepanjang tahun 2021", "..., selama 12 bulan pada tahun 2018",
# a headline's "Satu Tahun,"), a giving or receiving verb, then a count of awards or of people.
PERIOD_SUMMARY = re.compile(
    r"(?:^\W*(?:[\w.]+\s+[-–—|]\s+)?|,\s+)"
    r"(?:(?:Sepanjang|Selama)\s+(?:tahun\s+)?(?:20\d\d|ini|(?:\d+|dua\s+belas)\s+bulan)|Satu\s+tahun|Setahun)\b[^.]{0,120}?"
    r"\b(?:memberikan|berikan|beri|menerima|terima|meraih|raih|mengoleksi|mengantongi|memperoleh|mendapat(?:kan)?)\b[^.]{0,40}?"
    r"\b\d[\d.]*\s+(?:penghargaan|personel|personil|anggota|orang|prestasi)\b",
    re.I,
)


def period_summary(sentence: str) -> bool:
    """Whether the sentence counts a whole period's awards."""
    return bool(PERIOD_SUMMARY.search(sentence))


_RANKING = yaml.safe_load(knowledge_text("role_words.yml"))["ranking_figures"]
RELEASE = re.compile(r"\b(?:" + "|".join(_RANKING["release_words"]) + r")\b", re.I)
SCORE = re.compile(r"\b(?:" + "|".join(_RANKING["score_words"]) + r")\s+\d+[,.]\d+\b", re.I)
AWARD_NAMED = re.compile(r"\b(?:" + "|".join(_RANKING["award_words"]) + r")\b", re.I)


def figures_only_ranking(story: str) -> bool:
    """A survey's or an index's ranking told in scores ("menempati ranking 31 ... nilai 82,71, di atas Polres Y dengan
    nilai 76,62") and naming no award: a ranking released as figures, no award received."""
    return bool(RELEASE.search(story)) and len(SCORE.findall(story)) >= 2 and not AWARD_NAMED.search(story)
