"""An award's officer named as fully as the story names him: "Penghargaan diterima Kapolres X, AKBP Robin SH MHum"
and later "Kapolres X AKBP Robin Simatupang mengungkapkan": the officer is Robin Simatupang.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name, fuller_form, normalise_rank

Officer = tuple[str | None, str | None, str | None]


def in_full(officer: Officer, text: str) -> Officer:
    """`officer` (name, rank, post) with the fuller form of his name the story writes with the same rank."""
    name, rank, post = officer
    if not name:
        return officer
    named = [(clean_name(m.group("name")), normalise_rank(m.group("rank"))) for m in OFFICER_RE.finditer(text)]
    return fuller_form(name, rank, named), rank, post
