"""Pass 3 of the structure stage for an award's kind and giver: who gives decides the kind ("penghargaan dari
Kapolri", "Bupati X menyerahkan"); an award whose own sentences name no giver and no kind has the giver the story
names where it tells of awarding, or the Polda that hosts its own units' contests.

A construction of its own, apart from the rest of pass 3 (pipelines/structure.py), which calls it for each award.
"""

from __future__ import annotations

import re

from pipelines.award_clauses import BACKGROUND, BACKGROUND_OPENING
from pipelines.award_model import Award, Story
from pipelines.award_reading import no_receivers
from pipelines.categories import Category, categories_of, decided_by_wording, registry, same_giver
from pipelines.contest_hosts import CONTEST_PRIZE, host_speaking
from pipelines.directorates_general import awarding_directorate
from pipelines.giver_names import GIVER_RULES, host_polda
from pipelines.giver_slots import HANDS_OVER, RECEIVES
from pipelines.givers import giver_as_written, giver_category, giver_of, giver_spelled_out
from pipelines.knowledge import Mention
from pipelines.non_givers import GIVING, without_awards_won
from pipelines.officer_pattern import OFFICER_RE
from pipelines.outside_contests import outside_contest_prize
from pipelines.role_words import AWARD_TERMS
from pipelines.trophy_givers import trophy_giver


def complete_giver(award: Award, story: Story, context: str, mentions: list[Mention], foreign: set[str]) -> None:
    """The award's kind and giver: who gives decides the kind ("penghargaan dari Kapolri", "Bupati X
    menyerahkan"); an award whose own sentences name no giver and no kind has the giver the story names."""
    given_by = no_receivers(with_givers_in_full(context, story.text))  # a chief who receives names no giver and no kind
    if award.title and OWN_GIVER.search(award.title) and giver_category(award.title):
        # One of several awards a sentence lists, each with its own giver: "dua penghargaan, yakni dari Kementerian X
        # atas A dan dari Badan Y atas B": the item's own "dari" is read first.
        given_by = f"{award.title.rstrip('.')}. {given_by}"
    whole_story = no_receivers(" ".join(s for s in story.sentences if s not in foreign))
    decided = decided_by_wording(given_by)
    if decided and _won_from_another(decided, given_by):
        given_by = without_awards_won(given_by)  # "Kapolda X memberikan penghargaan kepada Polres A yang meraih WBK"
        whole_story = without_awards_won(whole_story)
        decided = decided_by_wording(given_by)
    if not (decided and decided.name == award.category):
        about_award = _first_giver_told(story, foreign)
        story_giver = giver_category(about_award) if award.category == "other" else None
        award.category = giver_category(given_by) or story_giver or award.category
        award.category = decided.name if decided and same_giver(decided, award.category, given_by) else award.category
        if story_giver and not giver_category(given_by):
            given_by = _joined([given_by, about_award])
    # A handover naming only the ministry ("Penghargaan diserahkan Menteri PANRB") is of that ministry's award the
    # story names in another sentence ("masuk Top 45 Kompetisi Inovasi Pelayanan Publik"), not its usual kind.
    told = decided_by_wording(no_receivers(_about_awarding(story, foreign)))
    told = told if told and told.name != award.category and same_giver(told, award.category, whole_story) else None
    if told:
        award.category = told.name
    award.giver, award.giver_person = giver_of(award.category, given_by, mentions)
    if told and told.giver not in GIVER_RULES:
        award.giver = told.giver  # the body whose award it is, by the name the set writes ("KemenPAN-RB")
    if award.giver is None or award.giver == "Ombudsman RI" or award.category == "other":
        # The story may name the giver more fully elsewhere ("Kepala Perwakilan Ombudsman Kalsel ...", a headline's
        # "dari Komisi Informasi" that the lead calls "Komisi Informasi Provinsi Jawa Tengah").
        fuller = giver_of(award.category, whole_story, mentions)
        if fuller[0] and (award.giver is None or fuller[0].startswith(f"{award.giver} ") or fuller[0] == award.giver):
            award.giver, award.giver_person = fuller
    if award.category == "other" and award.giver and giver_category(f"dari {award.giver}") not in (None, "other"):
        # A giver the story names elsewhere decides the kind, unless only an earlier award's sentences name it.
        present = no_receivers(" ".join(s for s in story.sentences if not BACKGROUND_OPENING.search(s)))
        if giver_of(award.category, present, mentions)[0] == award.giver:
            award.category = giver_category(f"dari {award.giver}")
    if award.giver is None and award.category == "other":
        # No giver where one stands: a kind the awarding sentences name ("di kantor wilayah DJPb X, ... menerima
        # penghargaan") before the Polda that hosts its own units' contests.
        kind = next(iter(categories_of(no_receivers(_about_awarding(story, foreign)))), "other")
        if kind != "other":
            award.category = kind
            award.giver, award.giver_person = giver_of(kind, whole_story, mentions)
    if award.giver is None and award.category == "other" and (before := _referred_back(award, story)):
        # "Wali Kota X menghadiri upacara ... Ia kemudian menyerahkan piagam ...": the one the sentence before opens with.
        award.category = before[0]
        award.giver, award.giver_person = giver_of(award.category, before[1], mentions)
    if award.giver is None and award.category == "other" and (polda := host_polda(story.text, mentions)):
        award.category, award.giver = "kapolda", polda
    if award.giver is None and award.category == "other":
        award.giver = trophy_giver(story.text, mentions)  # "juara turnamen Kapolres Cup": the holding unit's chief
        if award.giver and re.search(r"\b(?:Ka)?[Pp]olda\b", award.giver):
            award.category = "kapolda"  # "Polda X Cup", a contest a Satbrimob holds: a Polda's own
    _held_by_speaker(award, story, mentions)
    if award.category == "ministry" and (directorate := awarding_directorate(story.text, award.giver)):
        award.giver, award.giver_person = directorate, None  # "dari Direktorat Jenderal X (PPI-KLHK)": not just KLHK
    if outside_contest_prize(award, story.sentences):
        award.category, award.giver, award.giver_person = "other", None, None  # not the winners' own chief's
    award.giver = giver_spelled_out(award.giver, story.text)
    award.giver_text = giver_as_written(award.giver, given_by) or giver_as_written(award.giver, story.text)


def _held_by_speaker(award: Award, story: Story, mentions: list[Mention]) -> None:
    """A contest's prize whose holder a chief names in a quote ("Lomba ini kita gelar ...," kata Kapolres X): his
    unit's chief gives it, whoever handed it over."""
    host = host_speaking(story.text)
    if not host or (award.placement is None and not CONTEST_PRIZE.search(award.title or "")):
        return
    kind = giver_category(host)
    giver = giver_of(kind, host, mentions) if kind else (None, None)
    if giver[0]:
        award.category, (award.giver, award.giver_person) = kind, giver


def _won_from_another(decided: Category, given_by: str) -> bool:
    """The wording that decides the kind names only an award the receivers won before, and another body gives
    now for it: its own kind is not the won award's giver's."""
    rest = without_awards_won(given_by)
    kind = giver_category(rest) if rest != given_by and decided_by_wording(rest) != decided else None
    return bool(kind) and all(c.giver != decided.giver for c in registry() if c.name == kind)


# A giving sentence whose subject refers back to someone named before: "Ia kemudian menyerahkan ...", "Orang nomor
# satu di kota itu lalu memberikan ...", "Beliau juga menyematkan ...".
REFERRED_BACK = re.compile(
    rf"^(?:(?:Ia|Dia|Beliau)\b|[A-Z][^,.;]{{0,60}}?\b(?:itu|tersebut)\b)"
    rf"(?:\s+(?:kemudian|lalu|pun|juga|langsung|selanjutnya|turut))*\s+(?:{GIVING})\b"
)
# The sentence before opens with who gives, after its dateline: "SURABAYA - Wali Kota Surabaya X menghadiri ...".
DATELINE = re.compile(r"^(?:[A-Z][A-Z .]+(?:,\s*[\w.]+)?\s+[-–]\s+)?")


def _referred_back(award: Award, story: Story) -> tuple[str, str] | None:
    """The kind of the giver the sentence before the award's giving sentence opens with, and that sentence from its
    subject, when the giving sentence refers back to it and the subject is a giver the registry knows."""
    for sentence in award.evidence:
        if sentence in story.body and REFERRED_BACK.match(sentence) and story.body.index(sentence) > 0:
            before = story.body[story.body.index(sentence) - 1]
            start = DATELINE.match(before).end()
            if kind := giver_category(before[start : start + 40] + " memberikan"):
                return kind, before[start:]
    return None


# An award's title that names its own giver: "dari BKKBN atas dukungan program Kampung KB".
# "kedua dari Kejari X ...", "piagam dari Gubernur X ...": an item of a list named with its own giver
OWN_GIVER = re.compile(
    r"^(?:(?:pertama|kedua|ketiga|keempat|kelima)\s+|(?i:piagam|penghargaan|trofi|plakat|sertifikat)\s+)?dari\s+[A-Z]"
)


# What a story says of an award being given or received now, or of the contest it crowns: its giver may stand
# there when the award's own sentences name none; not a unit "dari" which officers come, an instruction "dari
# Kapolri", or an earlier award.
AWARDING = re.compile(
    rf"{AWARD_TERMS.pattern}|{HANDS_OVER.pattern}|{RECEIVES.pattern}|\b(?:penilaian|evaluasi|lomba|kompetisi)\b|"
    r"\b(?:penyerahan|penyematan|penganugerahan)\b",  # "Penyerahan dilakukan oleh Bupati X"
    re.I,
)


def _about_awarding(story: Story, foreign: set[str] = frozenset()) -> str:
    return _joined([s for s in story.sentences if AWARDING.search(s) and not BACKGROUND.search(s) and s not in foreign])


def _first_giver_told(story: Story, foreign: set[str]) -> str:
    """The story's sentences of awarding from the first that names a giver: an award whose own sentences name none
    is the one whoever the story first says gives or holds the awarding gives ("Kapolda X memberikan penghargaan
    kepada puluhan anggota ..."), not a giver a later sentence names for another award of the story."""
    told = [
        no_receivers(s) for s in story.sentences if AWARDING.search(s) and not BACKGROUND.search(s) and s not in foreign
    ]
    return next((s for s in told if giver_category(s)), _joined(told))


def _joined(sentences: list[str]) -> str:
    """Sentences as one text, a headline's end marked: "... Dari LEPRID" is no name going on into the lead."""
    return " ".join(s if re.search(r"[.!?\"”]\s*$", s) else f"{s.rstrip()}." for s in sentences if s.strip())


# A giver the award's sentence names in short, as the subject of its giving verb: a bare post ("Selain itu, Kapolres
# juga menyerahkan piagam ...") or an officer's name ("Pipit juga memberikan piagam ...").
GIVER_IN_SHORT = re.compile(
    rf"(?:^|,\s+)(?P<ref>Kapolda|Kapolres(?:ta|tabes)?|Kapolsek|[A-Z][a-z]{{2,}})"
    rf"(?:\s+(?:kemudian|lalu|pun|juga|langsung|turut))*\s+(?P<verb>{GIVING})\b"
)


def with_givers_in_full(context: str, text: str) -> str:
    """The award's sentences with a giver named in short written as the story first names him: his post and its
    region ("Kapolda Kalimantan Barat"), found by the post or by the name he is written with."""
    for m in GIVER_IN_SHORT.finditer(context):
        ref = m.group("ref")
        full = next(
            (
                f"{o.group('position')} {o.group('unit')}"
                for o in OFFICER_RE.finditer(text)
                if o.group("position")
                and o.group("unit")
                and (o.group("position").lower() == ref.lower() or ref in o.group("name").split())
            ),
            None,
        )
        if full:
            return f"{context[: m.start('ref')]}{full} {m.group('verb')}{context[m.end('verb') :]}"
    return context
