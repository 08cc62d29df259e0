"""Structure stage: who received which award from whom, when and where.

`extract_awards(title, text, published_at)` turns a `received` story into
award rows: recipient units (normalised to the gazetteer), the receiving
officer with rank and position, the award as written, its category, the giver
(normalised and as a person), the period year, a placement, the ceremony date
and place. `article_units` lists every unit the story names with its role.
Both are pure functions over text.
Pass 1 (lists of awards) is in award_lists.py, pass 2 (reading sentences into
awards) in award_reading.py; pass 3, completing each award's fields, is here
(its kind and giver in award_giver_completion.py, its title in award_title_completion.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from itemadapter import ItemAdapter

from pipelines.award_apart import givers_apart
from pipelines.award_ceremony import CEREMONY, HANDOVER, PLACE_RE, SPEECH, event_date_of, place_of
from pipelines.award_clauses import clauses_of
from pipelines.award_contest_year import (
    bare_categories_of_one_night,
    bare_places_of_one_ranking,
    places_of_a_contest_named_once,
)
from pipelines.award_follow_ups import evidence_of_every_other, sentences_of_others, taken_for_other_awards
from pipelines.award_giver_completion import complete_giver
from pipelines.award_lists import listed_awards, numbered_lists_joined
from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_officer import officer_of
from pipelines.award_officer_unit import post_of_another_unit
from pipelines.award_others import (
    counts_the_others,
    from_its_own_occasion,
    officers_of_their_own,
    said_of_a_decoration,
    told_apart,
)
from pipelines.award_own_reasons import own_reasons
from pipelines.award_people import members_subunit, per_person
from pipelines.award_rankings import places_of_one_kind, places_of_one_period
from pipelines.award_reading import read_sentence
from pipelines.award_recipients_named import RECIPIENTS_NAMED
from pipelines.award_respective_officers import officers_respectively
from pipelines.award_rest_to_polda import rest_to_the_polda
from pipelines.award_speech_day import giver_speech_day
from pipelines.award_stand_ins import stood_in_for, taken_for_one_unit
from pipelines.award_story_sentences import titles_said_anywhere, untitled_named_by_others
from pipelines.award_story_titles import titles_told_as_parts
from pipelines.award_takers import taken_by_their_chiefs, took_it_before_speaking, with_takers_in_full
from pipelines.award_title_choice import (
    named_by_giver,
)
from pipelines.award_title_completion import complete_title, deed_fronted_in_headline
from pipelines.award_title_words import is_generic_title
from pipelines.award_years import NAMED_PERIOD, year_in_title, year_of
from pipelines.back_references import as_written, insertions, units_named_again
from pipelines.knowledge import Mention
from pipelines.messy_text import as_in_story, tidied
from pipelines.officer_names import in_full
from pipelines.officer_pattern import OFFICER_RE
from pipelines.own_people import own_personnel
from pipelines.recipients import (
    contest_subunits,
    drop_containing_units,
    headline_recipients,
    lead_subunit,
    recipient_mentions,
)
from pipelines.role_words import AWARD_TERMS, standard_spelling
from pipelines.sentence_split import counts_joined, sentences
from pipelines.units import find_unit_mentions, forget_story_units, story_unit_mentions


def extract_awards(title: str | None, text: str, published_at: str | None = None) -> list[dict]:
    """Award rows of a story in which Polri receives; [] when no award is found."""
    published = datetime.fromisoformat(published_at).date() if published_at else None
    printed = (text, title)  # evidence is quoted as the story printed it
    title, text = standard_spelling(tidied(title)), standard_spelling(tidied(text)) or ""
    # "30 petugas menerima ... Para penerima itu berasal dari Polda A, ...": where those counted come from
    written = counts_joined(sentences(numbered_lists_joined(text)), origins_only=True)
    story = Story(title, units_named_again(written), published)
    # Pass 1: enumerations ("dua penghargaan, yaitu A, dan B yang diraih oleh X") name awards one by one.
    awards, listed = listed_awards(story)
    # Pass 2: sentences in which a unit receives; one award per kind, the headline last.
    clauses = [c for s in story.body if s not in listed for c in clauses_of(s, story.text)]
    reading = [(False, c) for c in clauses] + ([(True, title)] if title else [])
    for is_headline, sentence in reading:
        read_sentence(awards, sentence, is_headline, story)
    for umbrella in [a for a in awards if _umbrella(a, awards)]:
        awards.remove(umbrella)  # its sentences tell of the event each unit's own award was given at
        for award in awards:
            award.evidence[:0] = [s for s in umbrella.evidence if s not in award.evidence]
    own_reasons(awards, story)  # "Sementara itu, Polres B diganjar penghargaan karena ...": B's award of its own
    # Pass 3: what the award's sentences, then the whole story, say of its giver, officer, date and place.
    for award in awards:
        others = {name for a in awards if a is not award and givers_apart(award, a) for name in a.recipients}
        _complete(
            award,
            story,
            said_of_a_decoration(award, awards),
            others,
            told_apart(award, awards),
            (sentences_of_others(award, awards), evidence_of_every_other(award, awards)),
        )
    awards = [a for a in awards if not counts_the_others(a, awards)]  # "menerima tiga penghargaan", then each
    officers_of_their_own(
        awards, story.text
    )  # the Kapolda honoured himself is no officer of a Polres's award told beside his
    places_of_one_kind(awards)
    awards = [split for award in awards for split in per_person(award, story)]
    for award in awards:
        members_subunit(award, story.body)  # "Keduanya merupakan anggota Satlantas Polres X"
    contest_subunits(awards, story)
    officers_respectively(awards)  # "Aiptu A dan Bripka B, masing-masing meraih juara I dan juara II"
    for award in awards:
        rest_to_the_polda(award, story.body)  # "kepada 14 personel, salah satunya anggota Brimob Polda Papua"
    if len(awards) == 1 and awards[0].year is None:
        # A story of one award may state its period in a sentence that names no unit ("anggotanya memperoleh
        # penghargaan ... selama Operasi Nila Jaya 2021"): a sentence about an award that names its period.
        found = (year_of(s, NAMED_PERIOD) for s in story.body if AWARD_TERMS.search(s))
        awards[0].year = next((y for y in found if y), None)
    titles_said_anywhere(awards, story)
    titles_told_as_parts(awards, story)
    untitled_named_by_others(awards)
    for award in awards:
        # a headline's fronted deed, when nothing in the body said what the award is for
        award.title = named_by_giver(deed_fronted_in_headline(award.title, story.title), award.giver)
        # The name it ends up with may carry its period ("capaian IKPA 2024" taken from a sentence naming no unit).
        award.year = award.year or year_in_title(award.title)
    places_of_one_period(awards)  # "Juara II diraih Polres B" after "juara I Lomba X tahun 2024"
    places_of_a_contest_named_once(awards, story)  # "pemenang Lomba X tahun 2023. Juara I: Polres A; Juara II: ..."
    bare_places_of_one_ranking(awards)  # "Juara II diraih Polsek B" after "juara I Polsek Terbaik Triwulan III 2024"
    bare_categories_of_one_night(awards, story)  # "kategori Y diraih Polres B" beside "Anugerah Z 2024"
    inserted = insertions(story.body, written)
    for award in awards:  # evidence as the story writes it, without the units a back reference was read with
        award.evidence = [as_in_story(as_written(s, inserted), *printed) for s in award.evidence]
    return [a.as_row() for a in awards if a.recipients]


SET_APART = re.compile(
    r"^(?:Selain|Di samping)\s+(?:penghargaan|piagam|apresiasi)\s+(?:untuk|kepada|bagi|yang\s+diterima)\b", re.I
)


def _umbrella(award: Award, awards: list[Award]) -> bool:
    """ "Sejumlah satuan kerja Polda X menerima penghargaan", then each unit's own award: a nameless award of
    no unit, or of the parent of units with awards of their own, is only their summary."""
    others = {name for a in awards if a is not award for name in a.recipients}
    if not others or not is_generic_title(award.title):
        return False
    if set(award.recipients) & others:
        return False  # "Polres X menerima penghargaan Bupati ... Polres X bersama Satlantas X juga meraih rekor MURI"
    if any(SET_APART.match(s) for a in awards if a is not award for s in a.evidence):
        return False  # "Selain penghargaan untuk Kapolda, 21 personel Ditpolairud juga mendapat apresiasi"
    if any(givers_apart(award, a) for a in awards if a is not award):
        return False  # "Polda X meraih penghargaan dari KPPN ... Ditreskrimsus Polda X dari OJK": each its own
    if all(any(o.endswith(f" {name}") for o in others) for name in award.recipients):
        return True
    # "Satlantas Polres X mencatat prestasi dalam ajang Y", then the list of Polres X's named awards: the lead of
    # theirs, no award of its own.
    named = award.title is None and all(not is_generic_title(a.title) for a in awards if a is not award)
    return named and all(any(name == o or name.endswith(f" {o}") for o in others) for name in award.recipients)


def _lead_recipients(story: Story) -> list:
    """The first unit the lead names as receiving; every unit of a lead sentence that lists who received
    ("Tiga Polres Raih WBK" over "Ketiganya adalah Polres A, Polres B dan Polres C")."""
    for sentence in story.sentences[:3]:
        if named := recipient_mentions(sentence, story.text):
            return named if RECIPIENTS_NAMED.search(sentence) else named[:1]
    return []


def _complete(
    award: Award,
    story: Story,
    foreign: set[str] = frozenset(),
    others: set[str] = frozenset(),
    apart: set[str] = frozenset(),
    theirs: tuple = ((), []),
) -> None:
    """Pass 3 for one award: recipients when its sentences named none, kind and giver, officer, year,
    title, the ceremony's date and place (`others`: the recipients of the story's awards from other givers;
    `theirs`: the sentences of its other awards of another kind or giver, and of each other award)."""
    drop_containing_units(award)
    lead_subunit(award, story.body, others)
    context = " ".join(award.evidence)
    complete_title(award, story)
    if not award.recipients:
        # The units its own sentences name (not its giver's), else the headline's, else the lead's first.
        giving = {m.name for m in find_unit_mentions(context) if m.via_position}
        named = [m for m in recipient_mentions(context, story.text) if m.name not in giving]
        if named:
            add_recipients(award, named)
            drop_containing_units(award)
        else:
            add_recipients(award, headline_recipients(story)[:1] or _lead_recipients(story) or own_personnel(context))
    mentions = [m for m in find_unit_mentions(context, story=story.text) if m.name in award.recipients] or [
        m for m in find_unit_mentions(story.text) if m.name in award.recipients
    ]
    complete_giver(award, story, context, mentions, foreign)
    # A sub-unit listed beside its parent ("Kapolres dan Kasat Lantas Polres X") leaves the parent's officer.
    mentions = [m for m in mentions if m.name not in award.beside_parent] or mentions
    single = len(set(award.recipients) - award.beside_parent) == 1
    award.officer, award.rank, award.position = in_full(
        _officer(
            award,
            Story(story.title, [s for s in story.body if s not in apart], story.published) if apart else story,
            with_takers_in_full(context, story.text),  # "diterima langsung Kapolres": the Kapolres named before
            mentions,
            single,
            theirs,
        ),
        " ".join(story.body),
    )
    if _gives_it(award) or post_of_another_unit(award.officer, story.text, award.recipients):
        award.officer = award.rank = award.position = None  # the giver, or the taker of a neighbour unit's award
    award.year = award.year or year_of(context) or year_in_title(award.title)
    # "Di tempat terpisah, Polres B menerima ...": the days told before it are another occasion's.
    own_occasion = from_its_own_occasion(award, story.sentences)
    told = story.sentences if own_occasion is None else own_occasion
    about_handover = [s for s in told if s not in award.evidence and HANDOVER.search(s)]
    ceremony = [s for s in about_handover if not SPEECH.search(s)]
    spoken = [s for s in about_handover if SPEECH.search(s)]
    # ... and a quote about the award said at a venue ("ujar manajer MURI di Mapolres X, Senin (20/5)").
    about_awards = [s for s in told if AWARD_TERMS.search(s) and (CEREMONY.search(s) or PLACE_RE.search(s))]
    award.event_date = event_date_of(
        award.evidence,
        ceremony,
        story.published,
        spoken,
        _story_year(story),
        about_awards,
        story.body[:2] if own_occasion is None else told[:2],
    ) or (giver_speech_day(story.body, story.published, _story_year(story)) if own_occasion is None else None)
    award.place = place_of(award.evidence + ceremony)


def _officer(
    award: Award, story: Story, context: str, mentions: list[Mention], single: bool, theirs: tuple = ((), [])
) -> tuple:
    """Who accepted the award: in its own sentences, else anywhere in the story (one unit's award). Units
    sharing one award ("Polsek A dan Polsek B ... diterima Kapolres X AKBP Y") have the officer the text says
    accepted it; none when each unit's own chief accepted ("diterima Kapolsek A X dan Kapolsek B Y")."""
    if taken_by_their_chiefs(award.evidence, award.recipients):
        return None, None, None  # "diterima Kapolres A X dan Kapolsek B Y": each his own unit's, none the shared one's
    if single and len(award.recipients) > 1 and taken_for_one_unit(context, mentions):
        return None, None, None  # "Penghargaan serupa diberikan kepada B ... untuk A diterima X": A's taker only
    if single and not mentions:
        # A unit the text names in no form the gazetteer reads ("Polri" for Mabes Polri) still has its officer.
        mentions = [Mention(award.recipients[0], None, 0, 0, False)]
    if single:
        found = officer_of(context, mentions[:1], award.title)
        if found[0]:
            return stood_in_for(story.text, found) or found
        if award.ranked:  # one place of a ranking of several units: its officer is one said to accept an award
            return officer_of(" ".join(s for s in story.body if ACCEPTS.search(s)), mentions[:1], award.title)
        found = officer_of(story.text, mentions[:1], award.title)
        if found[0] and taken_for_other_awards(found[0], story.sentences, award, theirs):
            return None, None, None  # anywhere in the story, but not who took another of its awards
        return found if found[0] else took_it_before_speaking(story.text, award.recipients)
    if _own_chiefs(context, mentions) > 1 or taken_for_one_unit(context, mentions):
        return None, None, None  # each unit's own chief, or one unit's taker: no officer of the shared award
    found = next((f for f in (officer_of(context, [m]) for m in mentions) if f[0]), (None, None, None))
    parents = {m.parent_id for m in mentions}
    if found[0] or len(parents) != 1 or None in parents:
        return found
    # Sections of one unit sharing an award ("Satreskrim dan Satresnarkoba Polres X"): their chief accepts it.
    parent = [m for m in find_unit_mentions(story.text) if m.unit_id in parents]
    return officer_of(story.text, parent[:1])


def _gives_it(award: Award) -> bool:
    """The chief the award is given by is not who accepts it: "Hadiah diserahkan oleh Kapolres X" makes the Kapolres
    the giver of his units' prizes, whatever else the story says of him."""
    post = award.position or ""
    return bool(
        award.officer
        and award.giver
        and re.match(r"(?:Waka|Ka)pol", post)
        and (award.giver == post or award.giver.startswith(post + " "))
    )


# Said to accept: "diterima", "menerima", or handed over to him ("Piala diserahkan langsung Kapolda kepada Kapolres X").
ACCEPTS = re.compile(r"\b(?:diterima|menerima|terima|(?:diserahkan|menyerahkan)\b[^.]*\bkepada)\b", re.I)


def _own_chiefs(context: str, mentions: list[Mention]) -> int:
    """How many of the units the context names an officer of by his post ("Kapolres Tapin AKBP X")."""
    posts = [
        m.group("unit").split()[0] for m in OFFICER_RE.finditer(context) if m.group("position") and m.group("unit")
    ]
    # A unit named again and again is one unit: its chief is one chief.
    return sum(any(name.split(" ", 1)[-1].startswith(p) for p in posts) for name in {u.name for u in mentions})


def _story_year(story: Story) -> int | None:
    """The latest year a story without a publication date mentions: the year of a "Rabu (17/7)"."""
    if story.published:
        return story.published.year
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", story.text)]
    return max(years) if years else None


def article_units(title: str | None, text: str, awards: list[dict]) -> list[dict]:
    """Every unit the story names, once, with its role: recipient, giver or other."""
    recipients = {name for a in awards for name in a["recipients"]}
    givers = {a["giver"].replace("Kapolda ", "Polda ") for a in awards if a.get("giver")}
    found: dict[str, dict] = {}
    for m in story_unit_mentions(f"{title or ''}\n{text}"):
        role = "recipient" if m.name in recipients else ("giver" if m.name in givers else "other")
        row = found.setdefault(
            m.name, {"unit": m.name, "unit_id": m.unit_id, "parent_id": m.parent_id, "role": role, "mentions": 0}
        )
        row["mentions"] += 1
    return list(found.values())


class StructurePipeline:
    """Adds `awards` and `units` to articles whose award role is `received`."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        article = ItemAdapter(item)["article"]
        forget_story_units()  # a new page: its units are read afresh
        awards = []
        if article.get("award_role") == "received":
            awards = extract_awards(article.get("title"), article.get("text") or "", article.get("published_at"))
        article["awards"] = awards
        article["units"] = article_units(article.get("title"), article.get("text") or "", awards)
        self.stats.inc_value("awards/extracted", len(awards))
        return item
