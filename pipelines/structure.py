"""Structure stage: who received which award from whom, when and where.

`extract_awards(title, text, published_at)` turns a `received` story into
award rows: recipient units (normalised to the gazetteer), the receiving
officer with rank and position, the award as written, its category, the giver
(normalised and as a person), the period year, a placement, the ceremony date
and place. `article_units` lists every unit the story names with its role.
Both are pure functions over text.
"""

from __future__ import annotations

import re
from datetime import datetime

from itemadapter import ItemAdapter

from pipelines.abbreviations import abbreviations_spelled_out
from pipelines.award_ceremony import CEREMONY, HANDOVER, PLACE_RE, SPEECH, event_date_of, place_of
from pipelines.award_lists import listed_awards, numbered_lists_joined
from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_officer import OFFICER_RE, officer_of
from pipelines.award_people import per_person
from pipelines.award_titles import best_title, is_generic_title, placement_of, title_of, with_class_among
from pipelines.award_years import NAMED_PERIOD, year_in_title, year_of
from pipelines.categories import categories_of, decided_by_wording
from pipelines.classify_sentences import sentence_role, sentences
from pipelines.giver_names import host_polda
from pipelines.givers import (
    HANDS_OVER,
    RECEIVES,
    giver_as_written,
    giver_category,
    giver_of,
    giver_spelled_out,
    without_non_givers,
)
from pipelines.recipients import (
    contest_subunits,
    drop_containing_units,
    headline_recipients,
    lead_subunit,
    own_personnel,
    recipient_mentions,
    without_receiving_chiefs,
)
from pipelines.role_words import AWARD_NOUN, AWARD_TERMS
from pipelines.units import Mention, find_unit_mentions


def extract_awards(title: str | None, text: str, published_at: str | None = None) -> list[dict]:
    """Award rows of a story in which Polri receives; [] when no award is found."""
    published = datetime.fromisoformat(published_at).date() if published_at else None
    story = Story(title, sentences(numbered_lists_joined(text)), published)
    # Pass 1: enumerations ("dua penghargaan, yaitu A, dan B yang diraih oleh X") name awards one by one.
    awards, listed = listed_awards(story)
    # Pass 2: sentences in which a unit receives; one award per kind, the headline last.
    clauses = [c for s in story.body if s not in listed for c in _clauses(s, story.text)]
    reading = [(False, c) for c in clauses] + ([(True, title)] if title else [])
    for is_headline, sentence in reading:
        _read_sentence(awards, sentence, is_headline, story)
    for umbrella in [a for a in awards if _umbrella(a, awards)]:
        awards.remove(umbrella)  # its sentences tell of the event each unit's own award was given at
        for award in awards:
            award.evidence[:0] = [s for s in umbrella.evidence if s not in award.evidence]
    # Pass 3: what the award's sentences, then the whole story, say of its giver, officer, date and place.
    for award in awards:
        _complete(award, story)
    awards = [split for award in awards for split in per_person(award, story)]
    contest_subunits(awards, story)
    if len(awards) == 1 and awards[0].year is None:
        # A story of one award may state its period in a sentence that names no unit ("anggotanya memperoleh
        # penghargaan ... selama Operasi Nila Jaya 2021"): a sentence about an award that names its period.
        found = (year_of(s, NAMED_PERIOD) for s in story.body if AWARD_TERMS.search(s))
        awards[0].year = next((y for y in found if y), None)
    if len(awards) == 1 and is_generic_title(awards[0].title):
        # Likewise what it is for: "Penghargaan itu diberikan atas pengungkapan kasus menonjol".
        named = (title_of(s) for s in story.body if AWARD_TERMS.search(s))
        awards[0].title = next((t for t in named if not is_generic_title(t)), awards[0].title)
    if len(awards) == 1:  # the class it is the best of, said in any sentence of a one-award story
        awards[0].title = with_class_among(awards[0].title, story.body)
    return [a.as_row() for a in awards if a.recipients]


def _umbrella(award: Award, awards: list[Award]) -> bool:
    """ "Sejumlah satuan kerja Polda X menerima penghargaan", then each unit's own award: a nameless award of
    no unit, or of the parent of units with awards of their own, is only their summary."""
    others = {name for a in awards if a is not award for name in a.recipients}
    if not others or not is_generic_title(award.title):
        return False
    return all(any(o.endswith(f" {name}") for o in others) for name in award.recipients)


# An earlier award, mentioned for background: its units are no recipients of this story's award.
BACKGROUND = re.compile(
    r"\b(sebelumnya|tahun lalu|tahun sebelumnya|pernah|sempat meraih|dulu)\b"
    # "... kepada 87 anggota Polda X pada 18 Januari lalu": a day gone by, another ceremony
    r"|\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+lalu\b",
    re.I,
)
# A sentence that opens on an earlier time, or says an award was had before ("juga pernah meraih").
BACKGROUND_OPENING = re.compile(
    r"^(?:(?:setelah\s+)?sebelumnya|tahun lalu|pada tahun sebelumnya|dulu)\b|\bpernah\s+(?:meraih|menerima|mendapat)",
    re.I,
)

AWARD_REASON = re.compile(
    r"\b(?:penghargaan|piagam|predikat)\b[^.]{0,40}?\b(?:diberikan|diserahkan|dianugerahkan|diraih|didapat)\s+"
    r"(?:atas|karena|sebagai|untuk|berkat|berupa)\b|\b(?:penghargaan|piagam)(?:\s+penghargaan)?\s+atas\s+(?:keberhasilan|prestasi)"
    r"|\bsebagai\s+(?:bentuk\s+)?(?:apresiasi|penghargaan|terima kasih)\s+atas\b",
    re.I,
)

CONTRAST = re.compile(r",?\s+(?:sedangkan|sementara itu|sementara|adapun)\s+(?=[A-Z]|\w+\s+Pol)|,\s+kini\s+", re.I)


SUBJECT_RECEIVES = re.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:meraih|menerima|mendapat(?:kan)?|memperoleh)\b")


def _clauses(sentence: str, story: str | None = None) -> list[str]:
    """ "Polres A meraih X, sedangkan Polres B meraih Y", "Setelah sebelumnya A meraih X, kini B meraih Y": two statements, each read on its own, when both
    name a unit; otherwise the sentence as it is."""
    parts = [p.strip() for p in CONTRAST.split(sentence)]
    if len(parts) > 1 and BACKGROUND_OPENING.search(parts[0]):
        return parts[1:]  # the earlier award is background, whoever it names
    if (
        len(parts) > 1
        and all(find_unit_mentions(p, story=story) or SUBJECT_RECEIVES.search(p) for p in parts)
        and find_unit_mentions(parts[0], story=story)
    ):
        return parts  # "..., sementara Seksi Humas Polresta meraih Y": a sub-unit the story's unit completes
    return [sentence]


# A sentence that names who received, after one that says what: "Peraihnya Polda Jambi, ...", "Para penerima
# adalah Kapolsek Genteng, Lakarsantri, ...", "Penerimanya yakni ...", "Kelima Kapolres terbaik itu adalah ...".
RECIPIENTS_NAMED = re.compile(
    r"^(?:para\s+)?(?:peraih|penerima|pemenang)(?:nya)?\b|^(?:di antaranya|antara lain|mereka adalah|yakni|yaitu)\b|"
    r"^(?:ke(?:dua|tiga|empat|lima|enam|tujuh)nya|mereka|(?:satuan kerja|satker|kesatuan)\s+(?:itu|tersebut))\s+"
    r"(?:adalah|yaitu|yakni|ialah)\b|^(?:mereka|para penerima|penerimanya)\s+(?:berasal|datang)\s+dari\b|"
    # "Kelima Kapolres terbaik itu adalah ...", "Ketiga polres tersebut yakni ..."
    r"^ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+\w+(?:\s+\w+){0,3}?\s+(?:itu\s+|tersebut\s+)?"
    r"(?:adalah|yaitu|yakni|ialah)\b|"
    r"\b(?:peraih|penerima|pemenang)(?:nya)?\s+"
    r"(?:penghargaan\s+)?(?:itu\s+|tersebut\s+)?(?:adalah|yaitu|yakni|antara lain|ialah|meliputi)\b|"
    # "Tiga pejabat yang menerima rekor tersebut adalah ...": those who received, then who they are
    r"\byang\s+(?:menerima|meraih|mendapat(?:kan)?|memperoleh)\s+[^.,]{0,40}?\b(?:adalah|yaitu|yakni|ialah)\b",
    re.IGNORECASE,
)


def _read_sentence(awards: list[Award], sentence: str, is_headline: bool, story: Story) -> None:
    """Add what one sentence says to the story's awards: a new award, or more of one already read."""
    if awards and not is_headline and BACKGROUND_OPENING.search(sentence):
        return  # "Sebelumnya, Polres X juga pernah meraih ...": an earlier award, not this story's
    if awards and not is_headline and _read_counted(awards, sentence, story):
        return
    if len(awards) > 1 and not is_headline and EVERY_AWARD.match(sentence):
        for award in awards:  # "Kedua penghargaan itu diterima langsung oleh Kasat ...": all of them
            award.evidence.append(sentence)
        return
    role = sentence_role(sentence)
    cats = categories_of(no_receivers(ANOTHER_AWARD_FIRST.sub("", sentence))) or ["other"]
    opening = ANOTHER_AWARD_FIRST.match(sentence)
    if opening and role == "received" and awards and cats == ["other"]:
        if {a.category for a in awards} <= set(categories_of(opening.group(0))):
            awards.append(Award(category="other"))  # the awards read so far are the ones the opening sets aside
    if role != "received" and not is_headline and RECIPIENTS_NAMED.search(sentence):
        named = recipient_mentions(sentence, story.text) if awards or AWARD_NOUN.search(sentence) else []
        if named:
            if not awards:  # "Tiga pejabat yang menerima rekor itu adalah ...", before any award was read
                awards.append(Award(category=cats[0]))
            awards[-1].evidence.append(sentence)
            add_recipients(awards[-1], named)
            return
    if role is None and awards and not is_headline and AWARD_REASON.search(sentence):
        # "Penghargaan itu diberikan atas keberhasilan ...": what the award just read is for.
        awards[-1].evidence.append(sentence)
        return
    if role != "received":
        # "Penghargaan dari Kapolda Kalsel diserahkan di Mapolda": names an award's giver, no recipient.
        if not (awards and role is None and cats != ["other"] and re.search(r"\b[Pp]enghargaan\b", sentence)):
            return
        if is_headline:
            return
    recipients = recipient_mentions(sentence, story.text) if role == "received" else []
    award = _award_for(awards, sentence, role, cats, recipients, is_headline)
    if award is None:
        return
    award.evidence.append(sentence)
    if not (award.title and award.recipients):
        add_recipients(award, recipients or recipient_mentions(sentence, story.text))
    elif recipients and not is_headline and not BACKGROUND.search(sentence):
        # More units receive the same award ("... juga diberikan kepada Polres Y"); an officer who accepts it
        # ("diterima Kasat Reskrim Polres X") stands for a recipient already named.
        add_recipients(award, [m for m in recipients if not m.via_position or m.beside_parent])
    candidate = None if is_headline else title_of(sentence)
    if candidate and (
        award.title is None
        or (award.title_generic and cats == [award.category] and not is_generic_title(candidate))
        or (is_generic_title(award.title) and not is_generic_title(candidate))
    ):
        award.title = candidate
        award.title_generic = len(categories_of(sentence)) > 1
    award.year = award.year or year_of(sentence)
    award.placement = award.placement or placement_of(sentence)


# "Selain rekor MURI, Polres X juga menerima penghargaan dari Y": the opening names another award, not this one's kind.
ANOTHER_AWARD_FIRST = re.compile(r"^(?:Selain|Di luar|Di samping)\b[^,]{0,80},\s*", re.I)


EVERY_AWARD = re.compile(
    r"(?:ke(?:dua|tiga|empat|lima)(?:nya)?\s+(?:penghargaan|piagam|rekor|trofi)|ke(?:dua|tiga)nya"
    # "Piagam-piagam itu ...", "Seluruh penghargaan tersebut ...": the plural, every award of the story
    r"|(penghargaan|piagam|trofi)-\1|(?:seluruh|semua)\s+(?:penghargaan|piagam|trofi)\s+(?:itu|tersebut))\b",
    re.I,
)
ORDINAL_AWARD = re.compile(
    # not "penghargaan kedua kali": the same award had a second time
    r"\b(?:penghargaan|rekor|piagam|predikat|trofi)\s+(pertama|kedua|ketiga|keempat|kelima)\b(?!\s+kali\b)",
    re.I,
)
ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}


def _read_counted(awards: list[Award], sentence: str, story: Story) -> bool:
    """ "Penghargaan pertama adalah rekor A. Rekor kedua diberikan untuk B.": the story counts its awards;
    the first is the award already read, each later one a new award for the same units."""
    m = ORDINAL_AWARD.search(sentence)
    if not m:
        return False
    n = ORDINALS[m.group(1).lower()]
    award = next((a for a in awards if a.ordinal == n), None)
    if award is None and n == 1 and awards[0].ordinal is None:
        award = awards[0]
    if award is None:
        first = awards[0]
        # Same event as the first: its opening sentence dates and places this one too.
        award = Award(category=(categories_of(sentence) or [first.category])[0], evidence=first.evidence[:1])
        add_recipients(award, recipient_mentions(sentence, story.text) or [])
        if not award.recipients:
            award.recipients, award.recipient_ids = list(first.recipients), list(first.recipient_ids)
        awards.append(award)
    award.ordinal = n
    award.evidence.append(sentence)
    named = title_of(sentence)
    if named and (award.title is None or is_generic_title(award.title) or n > 1):
        award.title, award.title_listed = named, not is_generic_title(named)
    return True


def _award_for(
    awards: list[Award], sentence: str, role: str | None, cats: list[str], recipients: list[Mention], is_headline: bool
) -> Award | None:
    """The award a sentence speaks of: one of the same kind already read, the story's first award for a
    summary or a follow-up, or a new one (appended). None for a sentence that only adds evidence."""
    existing = [a for a in awards if a.category in cats]
    distinct = False
    named = [m for m in recipients if not m.via_position]  # an officer accepting names no other award
    if existing and named and not is_headline:
        # Another award of the same kind, to other units ("... juga memberikan penghargaan X kepada Polsek Y").
        probe = Award(recipients=[m.name for m in named], recipient_ids=[m.unit_id for m in named])
        drop_containing_units(probe)
        names = set(probe.recipients)
        if not any(names & set(a.recipients) or not a.recipients for a in existing) and title_of(sentence) not in {
            a.title for a in existing
        }:
            existing, distinct = [], True
            cats[:] = cats[:1]
    named_here = title_of(sentence)
    if awards and role == "received" and ALSO_ANOTHER.search(sentence) and not is_generic_title(named_here):
        if all(named_here != a.title for a in awards):
            awards.append(Award(category=cats[0]))  # "Selain itu, Kapolri juga meraih predikat X": another award
            return awards[-1]
    generic = [a for a in awards if a.category == "other" and cats != ["other"]]
    if role is None:
        # Such a sentence creates an award only when it announces one ("Penghargaan kedua dari Bupati").
        announces = re.search(r"[Pp]enghargaan\s+(pertama|kedua|ketiga|lain\w*|dari)\b", sentence)
        target = existing or generic or ([] if announces else awards[:1])
        if target:
            target[0].evidence.append(sentence)
            if target[0].category == "other" and cats != ["other"]:
                target[0].category = cats[0]
            return None
    if existing:
        return existing[0]
    if (
        awards
        and role == "received"
        and not recipients
        and not re.search(r"[Pp]enghargaan\s+(pertama|kedua|ketiga|lain)", sentence)
    ):
        # "Kapolda mengapresiasi seluruh polres yang meraih zona hijau": no unit named, no new award.
        awards[0].evidence.append(sentence)
        return None
    if generic:
        generic[0].category = cats[0]  # the story's award turns out to be of a known kind
        return generic[0]
    if awards and not distinct and (is_headline or len(cats) > 1 or cats == ["other"]):
        if is_headline or not _another_award(awards, sentence, named):
            return awards[0]  # a summary or a follow-up adds to what the story already names
    award = Award(category=cats[0])
    awards.append(award)
    return award


ALSO_ANOTHER = re.compile(
    r"^(?:Selain itu|Di samping itu)\b[^.]*\bjuga\s+(?:meraih|menerima|memperoleh|mendapat(?:kan)?)\b"
)


def _another_award(awards: list[Award], sentence: str, named: list[Mention]) -> bool:
    """ "Sementara itu, Ditintelkam Polda X meraih predikat Y": other units, an award of a name of its own."""
    title = title_of(sentence)
    if not named or is_generic_title(title) or any(title == a.title for a in awards):
        return False
    return not {m.name for m in named} & {name for a in awards for name in a.recipients}


def _complete(award: Award, story: Story) -> None:
    """Pass 3 for one award: recipients when its sentences named none, kind and giver, officer, year,
    title, the ceremony's date and place."""
    drop_containing_units(award)
    lead_subunit(award, story.body)
    context = " ".join(award.evidence)
    _complete_title(award, story)
    if not award.recipients:
        # The units its own sentences name (not its giver's), else the headline's, else the lead's first.
        giving = {m.name for m in find_unit_mentions(context) if m.via_position}
        named = [m for m in recipient_mentions(context, story.text) if m.name not in giving]
        if named:
            add_recipients(award, named)
            drop_containing_units(award)
        else:
            fallback = headline_recipients(story) or recipient_mentions(" ".join(story.sentences[:3]), story.text)
            add_recipients(award, fallback[:1] or own_personnel(context))
    mentions = [m for m in find_unit_mentions(context, story=story.text) if m.name in award.recipients] or [
        m for m in find_unit_mentions(story.text) if m.name in award.recipients
    ]
    _complete_giver(award, story, context, mentions)
    # A sub-unit listed beside its parent ("Kapolres dan Kasat Lantas Polres X") leaves the parent's officer.
    mentions = [m for m in mentions if m.name not in award.beside_parent] or mentions
    single = len(set(award.recipients) - award.beside_parent) == 1
    award.officer, award.rank, award.position = _officer(award, story, context, mentions, single)
    award.year = award.year or year_of(context) or year_in_title(award.title)
    about_handover = [s for s in story.sentences if s not in award.evidence and HANDOVER.search(s)]
    ceremony = [s for s in about_handover if not SPEECH.search(s)]
    spoken = [s for s in about_handover if SPEECH.search(s)]
    # ... and a quote about the award said at a venue ("ujar manajer MURI di Mapolres X, Senin (20/5)").
    about_awards = [s for s in story.sentences if AWARD_TERMS.search(s) and (CEREMONY.search(s) or PLACE_RE.search(s))]
    award.event_date = event_date_of(
        award.evidence, ceremony, story.published, spoken, _story_year(story), about_awards, story.body[:2]
    )
    award.place = place_of(award.evidence + ceremony)


def _officer(award: Award, story: Story, context: str, mentions: list[Mention], single: bool) -> tuple:
    """Who accepted the award: in its own sentences, else anywhere in the story (one unit's award). Units
    sharing one award ("Polsek A dan Polsek B ... diterima Kapolres X AKBP Y") have the officer the text says
    accepted it; none when each unit's own chief accepted ("diterima Kapolsek A X dan Kapolsek B Y")."""
    if single and not mentions:
        # A unit the text names in no form the gazetteer reads ("Polri" for Mabes Polri) still has its officer.
        mentions = [Mention(award.recipients[0], None, 0, 0, False)]
    if single:
        found = officer_of(context, mentions[:1])
        return found if found[0] else officer_of(story.text, mentions[:1])
    if _own_chiefs(context, mentions) > 1:
        return None, None, None
    found = next((f for f in (officer_of(context, [m]) for m in mentions) if f[0]), (None, None, None))
    parents = {m.parent_id for m in mentions}
    if found[0] or len(parents) != 1 or None in parents:
        return found
    # Sections of one unit sharing an award ("Satreskrim dan Satresnarkoba Polres X"): their chief accepts it.
    parent = [m for m in find_unit_mentions(story.text) if m.unit_id in parents]
    return officer_of(story.text, parent[:1])


def _own_chiefs(context: str, mentions: list[Mention]) -> int:
    """How many of the units the context names an officer of by his post ("Kapolres Tapin AKBP X")."""
    posts = [
        m.group("unit").split()[0] for m in OFFICER_RE.finditer(context) if m.group("position") and m.group("unit")
    ]
    return sum(any(u.name.split(" ", 1)[-1].startswith(p) for p in posts) for u in mentions)


def _complete_giver(award: Award, story: Story, context: str, mentions: list[Mention]) -> None:
    """The award's kind and giver: who gives decides the kind ("penghargaan dari Kapolri", "Bupati X
    menyerahkan"); an award whose own sentences name no giver and no kind has the giver the story names."""
    given_by = no_receivers(context)  # a chief who receives names no giver and no kind
    whole_story = no_receivers(story.text)
    decided = decided_by_wording(given_by)
    if not (decided and decided.name == award.category):
        about_award = no_receivers(_about_awarding(story))
        story_giver = giver_category(about_award) if award.category == "other" else None
        award.category = giver_category(given_by) or story_giver or award.category
        if story_giver and not giver_category(given_by):
            given_by = f"{given_by} {about_award}"
    award.giver, award.giver_person = giver_of(award.category, given_by, mentions)
    if award.giver is None or award.giver == "Ombudsman RI":
        # The story may name the giver more fully elsewhere ("Kepala Perwakilan Ombudsman Kalsel ...").
        fuller = giver_of(award.category, whole_story, mentions)
        if fuller[0] and (award.giver is None or fuller[0].startswith(award.giver)):
            award.giver, award.giver_person = fuller
    if award.giver is None and award.category == "other":
        # No giver where one stands: a kind the awarding sentences name ("di kantor wilayah DJPb X, ... menerima
        # penghargaan") before the Polda that hosts its own units' contests.
        kind = next(iter(categories_of(no_receivers(_about_awarding(story)))), "other")
        if kind != "other":
            award.category = kind
            award.giver, award.giver_person = giver_of(kind, whole_story, mentions)
    if award.giver is None and award.category == "other" and (polda := host_polda(story.text, mentions)):
        award.category, award.giver = "kapolda", polda
    award.giver = giver_spelled_out(award.giver, story.text)
    award.giver_text = giver_as_written(award.giver, given_by) or giver_as_written(award.giver, story.text)


# What a story says of an award being given or received now: its giver may stand there when the award's own
# sentences name none; not a unit "dari" which officers come, an instruction "dari Kapolri", or an earlier award.
AWARDING = re.compile(
    rf"{AWARD_TERMS.pattern}|{HANDS_OVER.pattern}|{RECEIVES.pattern}|\b(?:penilaian|evaluasi)\b", re.I
)


def _about_awarding(story: Story) -> str:
    return " ".join(s for s in story.sentences if AWARDING.search(s) and not BACKGROUND.search(s))


def no_receivers(text: str) -> str:
    """`text` with every chief who receives blanked out: the Kapolri, a Kapolda, a Kapolres or Kapolsek."""
    return without_non_givers(without_receiving_chiefs(text))


def _story_year(story: Story) -> int | None:
    """The latest year a story without a publication date mentions: the year of a "Rabu (17/7)"."""
    if story.published:
        return story.published.year
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", story.text)]
    return max(years) if years else None


def _complete_title(award: Award, story: Story) -> None:
    if not award.title_listed and not award.title_generic:
        award.title = best_title([award.title, *(title_of(s) for s in award.evidence if s != story.title)])
    headline_title = title_of(story.title) if story.title else None
    if is_generic_title(award.title) and not is_generic_title(headline_title):
        award.title = headline_title
    elif award.title and headline_title and _names_more_fully(headline_title, award.title):
        award.title = headline_title  # body "pin emas", headline "pin emas PPKM skala mikro"
    award.title = with_class_among(award.title or headline_title, award.evidence)
    if award.title:
        award.title = abbreviations_spelled_out(_tidy(award.title), story.text)


def _names_more_fully(headline_title: str, title: str) -> bool:
    return len(headline_title) > len(title) and headline_title.lower().startswith(title.lower().rstrip(" .,"))


def _tidy(title: str) -> str:
    """No quote or comma the title's cut left at its ends, and no quote left open inside it."""
    title = title.strip(" '\"‘’“”,;:")
    for mark in ("'", '"'):
        if title.count(mark) % 2:
            title = title.replace(mark, "")
    return title


def article_units(title: str | None, text: str, awards: list[dict]) -> list[dict]:
    """Every unit the story names, once, with its role: recipient, giver or other."""
    recipients = {name for a in awards for name in a["recipients"]}
    givers = {a["giver"].replace("Kapolda ", "Polda ") for a in awards if a.get("giver")}
    found: dict[str, dict] = {}
    for m in find_unit_mentions(f"{title or ''}\n{text}"):
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
        awards = []
        if article.get("award_role") == "received":
            awards = extract_awards(article.get("title"), article.get("text") or "", article.get("published_at"))
        article["awards"] = awards
        article["units"] = article_units(article.get("title"), article.get("text") or "", awards)
        self.stats.inc_value("awards/extracted", len(awards))
        return item
