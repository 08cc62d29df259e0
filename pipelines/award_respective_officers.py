"""Officers named first, then the places each won "masing-masing": "Dua anggota Polres X, Aiptu A dan Bripka B,
masing-masing meraih juara I dan juara II lomba Y", "Bripka A dan Briptu B masing-masing menjadi juara 1 dan 2":
each place is the officer's named in the same order.

Pure functions over the structure stage's awards (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award
from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name, normalise_rank

RESPECTIVELY = re.compile(r",?\s*masing-masing\b", re.I)


def officers_respectively(awards: list[Award]) -> None:
    """Places of one sentence with no officer, as many as the officers named before its "masing-masing" (no chief
    among them), take those officers in the order the places are written."""
    by_sentence: dict[str, list[Award]] = {}
    for award in awards:
        if award.placement is not None and award.officer is None and len(award.evidence) == 1:
            by_sentence.setdefault(award.evidence[0], []).append(award)
    for sentence, placed in by_sentence.items():
        said = RESPECTIVELY.search(sentence)
        if len(placed) < 2 or not said:
            continue
        people = list(OFFICER_RE.finditer(sentence, 0, said.start()))
        names = [clean_name(m.group("name")) for m in people]
        if len(set(names)) != len(placed) or any(m.group("position") for m in people):
            continue
        found = [_place_in(sentence, a.title, said.end()) for a in placed]
        at = [m.start() for m in found if m]
        if len(at) != len(placed) or len(set(at)) != len(at):
            continue
        ordered = [a for _, a in sorted(zip(at, placed, strict=True), key=lambda p: p[0])]
        for award, m, name in zip(ordered, people, names, strict=True):
            award.officer, award.rank = name, normalise_rank(m.group("rank"))


def _place_in(sentence: str, title: str | None, start: int) -> re.Match | None:
    """Where the place a title opens with ("juara II lomba X": "juara II") is written after `start`."""
    words = (title or "").split()[:2]
    if len(words) < 2:
        return None
    return re.compile(rf"\b{re.escape(words[0])}\s+{re.escape(words[1])}\b", re.I).search(sentence, start)
