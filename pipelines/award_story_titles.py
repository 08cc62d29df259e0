"""The titles of a story's awards told as parts of one award: placings named apart from the award they rank in,
classes of winners of one awards night. Run at the end of the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.abbreviations import abbreviations_spelled_out
from pipelines.award_clauses import BACKGROUND
from pipelines.award_model import Award, Story
from pipelines.award_reasons import CONTEST_WORDS, EVENT_WORDS, JOINING_WORDS
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


# Lower-case words that end a contest's name rather than name its sport: "lomba kebersihan yang digelar ...", and a
# passive verb ("lomba diumumkan Kapolda").
NOT_A_SPORT = "(?:" + "|".join(sorted(JOINING_WORDS | {"itu", "ini", "tersebut", "tadi"})) + ")"
# A contest named for itself: "pada Kejuaraan Menembak Kapolri Cup 2020", "dalam ajang Bali Eco Run (BER) 2020", "di
# ajang Kapolda Kepri Cup II tahun 2022"; outlets write the contest word and its sport in lower case too ("turnamen
# bola voli putra Kapolri Cup 2024", "kejuaraan menembak TTO"), the name proper in capitals. Two sports joined by "dan"
# are one name ("Kejuaraan Judo dan Bela Diri Polri"), not "dan" before a second contest ("... Cup 2023 dan Festival
# X"); so is the occasion a contest is held for ("lomba tarik tambang dalam rangka HUT Bhayangkara ke-73").
CONTEST = re.compile(
    r"\b(?:ajang|gelaran)\s+((?:[A-Z(][\w()/&-]*\s+){1,8}?(?:[Tt]ahun\s+)?(?:19|20)\d\d)\b"
    rf"|\b((?i:{CONTEST_WORDS})(?:\s+(?!{NOT_A_SPORT}\b|di[a-z]{{4,}})[a-z][\w-]*|\s+\d+(?=\s+[a-z]+\b)){{0,4}}"
    r"(?:\s+(?:dalam\s+rangka|memperingati|menyambut)(?=\s+[A-Z]))?"
    r"(?:\s+(?:\d+\s+(?:km|kilometer|meter)\b|[A-Z(\d][\w()/&-]*|se-\w+|[Tt]ahun(?=\s+\d)|ke-\w+"
    rf"|(?<=[A-Za-z]\s)dan(?=\s+(?!(?i:{CONTEST_WORDS})\b)[A-Z][a-z])))+)"
)
# A placing that already says where it was won: "juara I Lomba X", "juara 3 dalam Penilaian SPIT", "... Awards 2024";
# not a bare "dalam kejuaraan (itu)" that leaves the name to another sentence.
NAMES_AN_EVENT = re.compile(
    rf"\b(?i:{CONTEST_WORDS}|{EVENT_WORDS}|ajang)\b(?!\s*$|\s+(?i:itu|ini|tersebut|yang)\b)|\bAwards?\b"
    r"|\b(?i:dalam|pada)\s+[A-Z]"
)
PLACING_TITLE = re.compile(r"^(?:juara|jawara|runner[\s-]up|peringkat|pemenang)\b", re.I)


def contest_named_apart(awards: list[Award], story: Story) -> None:
    """ "juara I kategori Duel Plat" in a story of "Kejuaraan Menembak Kapolri Cup 2020": a placing that names no
    contest was won at the contest its own sentences name, or else at the one contest the story names ("juara I
    kategori Duel Plat - Kejuaraan ... 2020")."""
    in_story = _one_contest(story.body)
    for award in awards:
        title = award.title or ""
        contest = _one_contest(award.evidence) or in_story
        if not contest or not PLACING_TITLE.match(title) or NAMES_AN_EVENT.search(title):
            continue
        if contest.lower() not in title.lower():
            award.title = abbreviations_spelled_out(f"{title} - {contest}", story.text)


def _one_contest(sentences: list[str]) -> str | None:
    """The one contest the sentences name, however often and however fully ("turnamen Kapolri Cup" and "turnamen
    Kapolri Cup 2024" are one: the fuller wording); None when they name none or several."""
    named = {m.group(1) or m.group(2) for s in sentences for m in CONTEST.finditer(s)}
    fullest = {c for c in named if not any(o != c and o.lower().startswith(c.lower()) for o in named)}
    return next(iter(fullest)) if len({c.lower() for c in fullest}) == 1 else None
