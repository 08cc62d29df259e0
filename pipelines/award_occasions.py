"""The awarding an award was won at, named for itself ("Zona Integritas Award 2025", "Humas Polri Awards 2024"),
beside what was won there ("predikat WBBM", "penghargaan kategori video terbaik"): the title says both.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_title_words import AWARD_NAME, AWARD_START, is_generic_title
from pipelines.award_titles import title_of

# An awards night or an announcement named for itself: "pengumuman SAKIP dan Zona Integritas Award 2025", "dalam
# ajang Humas Polri Awards 2024", "pada malam Anugerah X Awards".
OCCASION = re.compile(
    r"\b(?:pengumuman|malam|ajang|forum|acara|gelaran|(?:pada|dalam|di)(?:\s+(?:ajang|acara|malam|forum))?)\s+"
    r"(?:penganugerahan\s+)?(?=[A-Z])"
)


def occasion_in(sentence: str) -> str | None:
    """The awards event the sentence names after an event word, if any."""
    for m in OCCASION.finditer(sentence):
        name = AWARD_NAME.match(sentence, m.end())
        if name:
            return name.group(0)
    return None


def _won_in(sentence: str, occasion: str) -> str | None:
    """What the sentence says was won, other than the awards event itself: the first award word's title."""
    for m in AWARD_START.finditer(sentence):
        won = title_of(sentence[m.start() :])
        if won and not is_generic_title(won) and occasion.lower() not in won.lower():
            return won
    return None


def with_occasion(title: str | None, sentences: list[str]) -> str | None:
    """ "SAKIP dan Zona Integritas Award 2025" when the sentence says a predikat was won there: "predikat X -
    SAKIP dan Zona Integritas Award 2025"; "predikat WBK" won "pada Zona Integritas Award 2023": the same."""
    if not title or is_generic_title(title):
        return title
    for sentence in sentences:
        occasion = occasion_in(sentence)
        if not occasion:
            continue
        if occasion.lower() in title.lower():
            won = _won_in(sentence, occasion) if title.lower().startswith(occasion.lower()) else None
            return f"{won} - {occasion}" if won else title  # not the event's own tail ("... secara daring")
        if title.lower() in sentence.lower():
            return f"{title} - {occasion}"
    return title
