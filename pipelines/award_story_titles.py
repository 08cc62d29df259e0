"""The titles of a story's awards told as parts of one award: placings named apart from the award they rank in,
classes of winners of one awards night. Run at the end of the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story
from pipelines.award_reading import BACKGROUND
from pipelines.award_reasons import CONTEST_WORDS, EVENT_WORDS
from pipelines.award_title_words import AWARD_NAME, is_generic_title
from pipelines.award_titles import title_of
from pipelines.role_words import AWARD_TERMS


def titles_told_as_parts(awards: list[Award], story: Story) -> None:
    """Every pass of this module, in order."""
    placings_in_story_award(awards, story)
    classes_in_named_award(awards)
    contest_named_apart(awards, story)


def one_award_ranked(awards: list[Award]) -> bool:
    """Every award of the story is of one kind, and some are places of a ranking named apart from the award."""
    return len({a.category for a in awards}) == 1 and any(a.in_story_award for a in awards)


def placings_in_story_award(awards: list[Award], story: Story) -> None:
    """ "X meraih penghargaan ... dari KPK", then "Peringkat kedua ditempati Y, disusul Z": placings that name
    no award of their own rank in the one the story names."""
    named = next((a.title for a in awards if not a.in_story_award and not _placing_title(a.title)), None)
    if named is None and any(a.in_story_award for a in awards):
        # Every award is a place or a category of it: the award is the one the story names.
        found = (title_of(s) for s in story.body if AWARD_TERMS.search(s) and not BACKGROUND.search(s))
        parts = [a.title.lower() for a in awards if a.in_story_award and a.title]
        named = next(
            (t for t in found if not is_generic_title(t) and not _placing_title(t) and not _names_part(t, parts)), None
        )
    for award in awards:
        if named and award.in_story_award and award.title and named.lower() not in award.title.lower():
            award.title = f"{named}, {award.title}"


# A class of winners standing alone ("lima besar Polres terbaik tipe A"), in a story whose awards name one
# awards night ("Kompolnas Award 2025"): the class is one that night crowned.
CLASS_ONLY = re.compile(r"^(?:Polda|Polres\w*|Polsek|Satker|Satwil|Satuan\s+\w+)\s+(?:terbaik|teladan)\b", re.I)
TOP_SO_MANY = r"(?:(?:\d+|tiga|lima|sepuluh)\s+besar\s+)?"


def classes_in_named_award(awards: list[Award]) -> None:
    names = {m.group(0) for a in awards if a.title and (m := AWARD_NAME.search(a.title))}
    if len(names) != 1:
        return
    (name,) = names
    for award in awards:
        if award.title and CLASS_ONLY.match(award.title):
            said = (re.search(TOP_SO_MANY + re.escape(award.title), s, re.I) for s in award.evidence)
            award.title = f"{name} {next((m.group(0) for m in said if m), award.title)}"


def _names_part(title: str, parts: list[str]) -> bool:
    """ "Penghargaan kategori pelayanan terbaik": a title that names one of the story's categories or places."""
    return any(part in title.lower() for part in parts)


def _placing_title(title: str | None) -> bool:
    return is_generic_title(title) or bool(re.match(r"(?:juara|peringkat|posisi|urutan)\b", title, re.I))


# A contest named for itself: "pada Kejuaraan Menembak Kapolri Cup 2020", "dalam ajang Bali Eco Run (BER) 2020".
CONTEST = re.compile(
    r"\b(?:ajang|gelaran)\s+((?:[A-Z(][\w()/&-]*\s+){1,8}?(?:19|20)\d\d)\b"
    rf"|\b((?:{CONTEST_WORDS})(?:\s+(?:[A-Z(\d][\w()/&-]*|se-\w+))+)"
)
PLACING_TITLE = re.compile(r"^(?:juara|peringkat|pemenang)\b", re.I)
# A placing that already says where it was won: "juara I Lomba X", "juara 3 dalam Penilaian SPIT", "... Awards 2024".
NAMES_AN_EVENT = re.compile(rf"\b(?i:{CONTEST_WORDS}|{EVENT_WORDS}|ajang|Awards?)\b|\b(?i:dalam|pada)\s+[A-Z]")


def contest_named_apart(awards: list[Award], story: Story) -> None:
    """ "juara I kategori Duel Plat" in a story of "Kejuaraan Menembak Kapolri Cup 2020": a placing that names no
    contest was won at the one contest the story names ("juara I kategori Duel Plat - Kejuaraan ... 2020")."""
    contests = {m.group(1) or m.group(2) for s in story.body for m in CONTEST.finditer(s)}
    if len({c.lower() for c in contests}) != 1:
        return
    (contest,) = contests
    for award in awards:
        title = award.title or ""
        if PLACING_TITLE.match(title) and not NAMES_AN_EVENT.search(title) and contest.lower() not in title.lower():
            award.title = f"{title} - {contest}"
