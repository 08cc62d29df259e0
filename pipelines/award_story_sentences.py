"""The sentences of a story that may say what its one award is: those about an award a Polri unit receives, not
those that hand awards to others beside it. Used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

import yaml

from pipelines.award_clauses import BACKGROUND
from pipelines.award_model import Award, Story
from pipelines.award_reasons import REASON
from pipelines.award_story_titles import one_award_ranked
from pipelines.award_title_choice import (
    with_class_among,
    with_name_said_apart,
    with_reason_said_of_it,
    with_year_said_apart,
)
from pipelines.award_titles import is_generic_title, names_award, title_of
from pipelines.knowledge import knowledge_text
from pipelines.role_words import AWARD_TERMS
from pipelines.sentence_giving import given_to_others


def of_polri_awards(story: Story) -> list[str]:
    """Sentences about an award, less those that hand one to others: "Kapolres memberikan piagam penghargaan kepada
    dua warga yang membantu ...", "Piagam juga diberikan kepada lima relawan ..." tell of the citizens' award, not
    of the unit's bare "penghargaan" from the Bupati told beside it."""
    return [s for s in story.body if AWARD_TERMS.search(s) and (meant_for_a_class(s) or not given_to_others(s))]


# The award referred back to, and the class of bodies it is meant for: "Penghargaan itu berupa Anugerah X yang
# diberikan kepada instansi yang berperan menjaga ...", "Penghargaan tersebut diperuntukkan bagi lembaga yang ...":
# what the award is, not an award to others.
_CLASSES = "|".join(yaml.safe_load(knowledge_text("award_title_words.yml"))["class_of_receivers"])
MEANT_FOR_A_CLASS = re.compile(
    r"^(?:penghargaan|piagam|anugerah|trofi)\s+(?:ini|itu|tersebut)\b.*\b(?:diberikan|dianugerahkan|diperuntukkan)\s+"
    rf"(?:kepada|bagi|untuk)\s+(?:{_CLASSES})\s+yang\b",
    re.I,
)


def meant_for_a_class(sentence: str) -> bool:
    return bool(MEANT_FOR_A_CLASS.search(sentence))


def titles_said_anywhere(awards: list[Award], story: Story) -> None:
    """What a story of one award, or of one ranked award, says it is in sentences that name no unit: its name,
    what it is for, the class it is the best of, its year."""
    about_awards = of_polri_awards(story)
    if len(awards) == 1 and is_generic_title(awards[0].title):
        # "Penghargaan itu diberikan atas pengungkapan kasus menonjol": what it is for.
        named = (title_of(s) for s in about_awards)
        awards[0].title = next((t for t in named if not is_generic_title(t)), None) or deed_judged_next(
            awards[0], story
        )
    elif one_award_ranked(awards):
        # A ranking of one award's units, each place its own award: the unranked ones hold the award the story names.
        named = (title_of(s) for s in about_awards)
        title = next((t for t in named if not is_generic_title(t)), None)
        for award in awards:
            if not award.in_story_award and is_generic_title(award.title):
                award.title = title or award.title
    if len(awards) == 1:  # the class it is the best of, or what it is for, said in any sentence of a one-award story
        awards[0].title = with_reason_said_of_it(with_class_among(awards[0].title, story.body), story.body)
        about = [s for s in about_awards if not BACKGROUND.search(s)]
        # the headline may be the one place the name is said ("Polres X Sabet Penghargaan Zero Accident 2024" over
        # "Penghargaan tersebut diberikan karena ..."): the name, then the body's reason; not a headline that says
        # what the award is for itself ("Terima Penghargaan KemenPPPA atas ..."), a shorter telling of the body's
        headline = title_of(story.title) if story.title else None
        about += [story.title] if headline and not REASON.search(headline) else []
        awards[0].title = with_year_said_apart(with_name_said_apart(awards[0].title, about), story.text)


# The sentence right after the award's says what its receivers were judged to have done: "Mereka dinilai berhasil
# mengungkap kasus ...", "Keduanya dianggap sukses menekan ...", "Polsek itu dinilai mampu menghadirkan ...".
JUDGED_DEED = re.compile(
    r"^(?:[\w-]+\s+){1,5}?(?:dinilai|dianggap)\s+(?:(berhasil|sukses)|(mampu|telah))\s+((?:me|ber|mem|men|meng)\w+\s.+?)\.?$"
)


def deed_judged_next(award: Award, story: Story) -> str | None:
    """A bare award, and the deed the next sentence says its receivers were judged to have done: "penghargaan atas
    keberhasilan mengungkap ..." ("berhasil"), "penghargaan karena dinilai mampu ..." (what they were judged able
    to do)."""
    for sentence in award.evidence:
        at = story.body.index(sentence) + 1 if sentence in story.body else 0
        m = JUDGED_DEED.match(story.body[at]) if 0 < at < len(story.body) else None
        if m and not AWARD_TERMS.search(story.body[at]):
            deed = " ".join(m.group(3).split()[:18])
            said = f"atas keberhasilan {deed}" if m.group(1) else f"karena dinilai {m.group(2)} {deed}"
            return f"{award.title or 'penghargaan'} {said}"
    return award.title


GRADE = re.compile(r"^predikat\s+(?=\S)", re.I)


def grade_of_headline(title: str | None, headline_title: str | None) -> str | None:
    """A headline that names the grade won ("Raih Predikat Menuju Informatif") and a body that names only the award
    or assessment it was won in ("penghargaan ... dalam Anugerah Keterbukaan Informasi Publik 2024"): the grade, then
    what it was won in."""
    if not title or not headline_title or not GRADE.match(headline_title) or is_generic_title(headline_title):
        return title
    if re.search(r"\bpredikat\b", title, re.I) or is_generic_title(title) or not names_award(title):
        return title
    if GRADE.sub("", headline_title).lower().strip() in title.lower():
        return title  # "Raih Predikat Zona Hijau" and "Zona Hijau dalam penilaian ...": the body names the grade
    return f"{headline_title} {title}"


def untitled_named_by_others(awards: list[Award]) -> None:
    """An award told with no name of its own ("Adapun medali perunggu diraih Briptu A (dari Polres B)") is one of the
    story's event, which its first named award words."""
    named = next((a.title for a in awards if a.title), None)
    for award in awards:
        award.title = award.title or named
