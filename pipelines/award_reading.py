"""Pass 2 of the structure stage: reading a story's sentences, one clause at a time, into its awards: a new
award, or more evidence, recipients, title, year and placement for one already read; an earlier award told
for background and a story that counts its awards each handled (sentences that refer back to an award already
read: pipelines/award_back_references.py; a sentence that only names who received:
pipelines/award_recipients_named.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.award_apart import (
    ALSO_ANOTHER,
    also_from_another,
    another_award,
    given_apart,
    named_apart,
    placed_elsewhere,
)
from pipelines.award_back_references import (
    EVERY_AWARD,
    PEOPLE_BEFORE,
    named_before,
    read_bare_item,
    read_basis,
    read_both_of_them,
    read_carried_on,
    read_counted,
    read_not_only_that,
    read_same_award,
    read_where_they_serve,
)
from pipelines.award_clauses import BACKGROUND, BACKGROUND_OPENING
from pipelines.award_credited import read_credited
from pipelines.award_each import read_each_giver, read_each_group, read_each_named, read_two_won
from pipelines.award_earlier_years import told_of_an_earlier_year
from pipelines.award_follow_ups import followed_up, taken_for_its_unit
from pipelines.award_grades import grade_conferred
from pipelines.award_item_givers import read_each_item_giver, read_givers_respectively
from pipelines.award_list_carried import list_carried_on
from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_recipients_named import RECIPIENTS_NAMED, read_recipients_named
from pipelines.award_title_words import PLACEMENT_RE, is_generic_title, placement_of
from pipelines.award_titles import WON_FOR, title_of
from pipelines.award_years import year_of
from pipelines.categories import categories_of, only_its_givers_usual_kind
from pipelines.classify_sentences import sentence_role
from pipelines.knowledge import Mention
from pipelines.non_givers import without_non_givers
from pipelines.number_words import ORDINAL
from pipelines.ranks import RANK_RE
from pipelines.recipients import drop_containing_units, recipient_mentions, without_receiving_chiefs
from pipelines.role_words import EARLIER_ROUND
from pipelines.units import find_unit_mentions

ASIDE = re.compile(r"^\W*(?:Baca|Lihat|Simak)\s+(?:juga|pula)\b|^\W*(?:Baca|Berita terkait|Artikel terkait)\s*:", re.I)

AWARD_REASON = re.compile(
    r"\b(?:penghargaan|piagam|predikat)\b[^.]{0,40}?\b(?:diberikan|diserahkan|dianugerahkan|diraih|didapat)\s+"
    r"(?:atas|karena|sebagai|untuk|berkat|berupa)\b|\b(?:penghargaan|piagam)(?:\s+penghargaan)?\s+atas\s+(?:keberhasilan|prestasi)"
    r"|\bsebagai\s+(?:bentuk\s+)?(?:apresiasi|penghargaan|terima kasih)\s+atas\b",
    re.I,
)


def read_sentence(awards: list[Award], sentence: str, is_headline: bool, story: Story) -> None:
    """Add what one sentence says to the story's awards: a new award, or more of one already read."""
    if not is_headline and (carried := list_carried_on(sentence, story.body)):
        sentence = carried  # "Berikutnya jajaran pimpinan Polri, yaitu Kapolres A ...": the giving before goes on
    if _read_before_role(awards, sentence, is_headline, story):
        return
    role = sentence_role(sentence) or (None if BACKGROUND.search(sentence) else grade_conferred(sentence, story))
    if role == "received" and not is_headline and read_each_giver(awards, sentence, story):
        return  # "... juga menerima penghargaan dari A, B dan C": an award from each
    if role == "received" and not is_headline and read_givers_respectively(awards, sentence, story):
        return  # "Bupati A dan Bupati B masing-masing memberikan ... kepada Polres A dan Polres B"
    if role in ("received", None) and not is_headline and read_each_item_giver(awards, sentence, story):
        return  # "menerima penghargaan dari A serta piagam dari B": an award for each item and its giver
    if role == "received" and not is_headline and read_two_won(awards, sentence, story, read_sentence):
        return  # "Polres X menjadi juara II lomba A dan meraih predikat B": two awards, one subject
    if role == "received" and not is_headline and read_each_group(awards, sentence):
        return  # "tujuh personel menerima X, dua personel Y": an award for each group
    cats = categories_of(no_receivers(ANOTHER_AWARD_FIRST.sub("", sentence))) or ["other"]
    opening = ANOTHER_AWARD_FIRST.match(sentence)
    if opening and role == "received" and awards and cats == ["other"]:
        if {a.category for a in awards} <= set(categories_of(opening.group(0))):
            awards.append(Award(category="other"))  # the awards read so far are the ones the opening sets aside
    if role != "received" and not is_headline and RECIPIENTS_NAMED.search(sentence):
        if read_recipients_named(awards, sentence, cats, story):
            return
    if role is None and awards and not is_headline and AWARD_REASON.search(sentence):
        # "Penghargaan itu diberikan atas keberhasilan ...": what the award just read is for.
        awards[-1].evidence.append(sentence)
        return
    takers = recipient_mentions(sentence) if (role is None or taken_for_its_unit(sentence)) and not is_headline else []
    if takers and (follow := followed_up(awards, sentence, takers)):
        follow.evidence.append(sentence)  # "Piagam tersebut diterima Kabag Ops X": who took the award told last
        return
    if role != "received":
        # "Penghargaan dari Kapolda Kalsel diserahkan di Mapolda": names an award's giver, no recipient.
        if not (awards and role is None and cats != ["other"] and re.search(r"\b[Pp]enghargaan\b", sentence)):
            return
        if is_headline:
            return
    award, recipients = _award_and_recipients(awards, sentence, role, cats, is_headline, story)
    if award is None:
        return
    award.evidence.append(sentence)
    _add_recipients_read(award, awards, sentence, recipients, is_headline, story)
    _complete_from_sentence(award, sentence, cats, is_headline)


def _background(sentence: str) -> bool:
    return bool(BACKGROUND_OPENING.search(sentence) or EARLIER_ROUND.search(sentence))


# "Sebelumnya Polres X menerima penghargaan dari Y. Penghargaan itu ditujukan kepada Satreskrim ...": the award the
# sentence before named as background, said again; what it adds is background too.
AWARD_AGAIN_OPENING = re.compile(
    r"^\W*(?:[\w-]+,?\s+){0,2}?(?:penghargaan|piagam|predikat|trofi|anugerah)\s+(?:itu|tersebut)\b", re.I
)


def _background_award_again(sentence: str, story: Story) -> bool:
    i = story.body.index(sentence) if sentence in story.body else -1
    return i > 0 and bool(AWARD_AGAIN_OPENING.match(sentence)) and _background(story.body[i - 1])


def _read_before_role(awards: list[Award], sentence: str, is_headline: bool, story: Story) -> bool:
    """Whether the sentence is background, an aside, or says more of the awards already read, whatever its role;
    what it says is then added."""
    earlier = _background(sentence) or told_of_an_earlier_year(sentence, story.published)
    if awards and not is_headline and (earlier or _background_award_again(sentence, story)):
        return (
            True  # "Sebelumnya, Polres X juga pernah meraih ...", "Pada 2023, ...": an earlier award, not this story's
        )
    if ASIDE.match(sentence):
        return True  # "Baca juga: Polres Y Raih ...": the headline of another story, set in this one
    # "Dasar penilaian penghargaan ini adalah ..." (what was assessed); "Penghargaan kedua ..."; "Tidak hanya itu,
    # Ketua Tim juga menyerahkan piagam atas inovasi X" (the giver's second award); "Selain keempat polres itu, Polda
    # X juga meraih zona yang sama"; "Polres A meraih kategori X. Selanjutnya Polres B untuk kategori Y."; "...
    # kepada polres berikut:" then "Polres A (98,2)" on a line of its own; "... di antaranya Kombes A. Saat ini ia
    # bertugas sebagai Dansat Brimob Polda X."
    readers = [read_basis, read_counted, read_not_only_that, read_same_award]
    readers += [read_carried_on, read_bare_item, read_where_they_serve, read_both_of_them, read_credited]
    if awards and not is_headline and any(read(awards, sentence, story) for read in readers):
        return True
    if len(awards) > 1 and not is_headline and read_each_named(awards, sentence, story):
        return True  # "X diterima AKP A, Y diterima AKBP B": each award's own receiver
    if len(awards) > 1 and not is_headline and EVERY_AWARD.match(sentence):
        for award in awards:  # "Kedua penghargaan itu diterima langsung oleh Kasat ...": all of them
            award.evidence.append(sentence)
        return True
    return False


def _award_and_recipients(
    awards: list[Award], sentence: str, role: str | None, cats: list[str], is_headline: bool, story: Story
) -> tuple[Award | None, list[Mention]]:
    """The units a sentence says receive, and the award it speaks of (None for a sentence that only adds evidence)."""
    recipients = recipient_mentions(sentence, story.text) if role == "received" else []
    if role == "received" and not recipients and PEOPLE_BEFORE.search(sentence):
        recipients = named_before(sentence, story)
    if awards and recipients and not is_headline and LEVEL_OPENING.match(sentence):
        # "Untuk tingkat Polres, penghargaan diberikan kepada Kapolres X": the award of another level, whose
        # chief named for it stands for his unit.
        award = Award(category=cats[0])
        awards.append(award)
    else:
        award = _award_for(awards, sentence, role, cats, recipients, is_headline)
    return award, recipients


def _add_recipients_read(
    award: Award, awards: list[Award], sentence: str, recipients: list[Mention], is_headline: bool, story: Story
) -> None:
    """The units the sentence gives the award to, added to it."""
    if not (award.title and award.recipients):
        add_recipients(award, recipients or recipient_mentions(sentence, story.text))
    elif recipients and not is_headline and not BACKGROUND.search(sentence):
        # More units receive the same award ("... juga diberikan kepada Polres Y"); an officer who accepts it
        # ("diterima Kasat Reskrim Polres X") stands for a recipient already named.
        more = [m for m in recipients if not m.via_position or m.beside_parent]
        if award.placement and award.title_listed:  # a listed placing is one unit's; one placed apart has its own
            more = [m for m in more if not any(m.name in a.recipients for a in awards if a is not award)]
        if ALSO_GIVEN.search(sentence):
            # "Penghargaan yang sama juga diberikan kepada Satlantas Polres X": its own units receive beside it.
            more = [replace(m, beside_parent=True) if _under(m, award.recipients) else m for m in more]
        add_recipients(award, more)


def _complete_from_sentence(award: Award, sentence: str, cats: list[str], is_headline: bool) -> None:
    """The award's title, year and placement, from the sentence where the award has none (or a generic title)."""
    candidate = None if is_headline else title_of(sentence)
    if candidate is None and award.title is None and not is_headline and (named := CATEGORY_NAMED.search(sentence)):
        candidate = named.group(0)  # "untuk kategori X, bendera jempol diberikan kepada ...": the category names it
    if candidate and (
        award.title is None
        or (award.title_generic and cats == [award.category] and not is_generic_title(candidate))
        or (is_generic_title(award.title) and not is_generic_title(candidate))
    ):
        award.title = candidate
        award.title_generic = len(categories_of(sentence)) > 1
    award.year = award.year or year_of(sentence)
    award.placement = award.placement or _placement_not_rewarded(sentence)


def _placement_not_rewarded(sentence: str) -> int | None:
    """The sentence's placing, unless it is a place won before that the award rewards: "penghargaan kepada Polres X
    karena berhasil meraih juara I lomba Y" ranks no award of its own."""
    won = WON_FOR.search(sentence)
    placed = PLACEMENT_RE.search(sentence)
    return None if won and placed and placed.start() >= won.end() else placement_of(sentence)


# "Piagam juga diberikan kepada Kapolda X": a chief the award is also given to stands for his own unit.
GIVEN_TO_CHIEF = re.compile(r"\b(?:juga|pun|turut)\s+di\w+\s+kepada\s+$", re.I)
# A chief who opens the sentence receiving for a deed of his own: "Kapolsek X Iptu Y menerima penghargaan atas
# penangkapan ...": his unit's award, not the one told before.
HONOURED_FOR_OWN_DEED = re.compile(
    rf"^(?:Kapolsek|Kasat|Kanit)\w*\s+(?:[A-Z][\w-]*\s+){{1,4}}?(?:{RANK_RE})\s+(?:[A-Z][\w-]*\s+){{1,3}}?"
    r"(?:menerima|meraih|mendapat(?:kan)?|memperoleh|diganjar|dianugerahi)\s+(?:penghargaan|piagam)\s+atas\b"
)
THE_AWARD_AGAIN = re.compile(r"\b(?:penghargaan|piagam|predikat|trofi)\s+(?:itu|tersebut)\b", re.I)
ALSO_GIVEN = re.compile(
    r"\b(?:juga|pun|turut)\s+(?:di\w+|meraih|menerima|mendapat(?:kan)?|memperoleh)\b|\byang\s+sama\b", re.I
)


# "untuk kategori Kemampuan Penyelesaian Perkara, bendera jempol diberikan kepada Polres Y": a category by its name.
CATEGORY_NAMED = re.compile(
    r"\bkategori\s+(?-i:[A-Z])[\w-]*(?:\s+(?!(?:di\w+kan|yang|untuk|kepada|bagi|oleh|ini|itu|tersebut)\b)[\w-]+){0,6}",
    re.I,
)


def _under(m: Mention, recipients: list[str]) -> bool:
    """Whether a unit is a sub-unit or a Polsek of one of the award's recipients ("Satlantas Polres X", "Polsek Y")."""
    if any(m.name.endswith(" " + r) for r in recipients):
        return True
    probe = Award(recipients=[*recipients, m.name], recipient_ids=[None] * len(recipients) + [m.unit_id])
    probe.recipient_ids[: len(recipients)] = [_unit_id(r) for r in recipients]
    drop_containing_units(probe)
    return m.name in probe.recipients and len(probe.recipients) <= len(recipients)


def _unit_id(name: str) -> str | None:
    found = find_unit_mentions(name)
    return found[0].unit_id if found else None


LEVEL_OPENING = re.compile(
    r"^(?:(?:Sedangkan|Sementara itu|Adapun),?\s+)?(?:untuk|di|pada)\s+(?:tingkat|level)\s+(?:Polda|Polres\w*|Polsek)\b",
    re.I,
)


# "Selain rekor MURI, Polres X juga menerima penghargaan dari Y": the opening names another award, not this one's kind.
ANOTHER_AWARD_FIRST = re.compile(r"^(?:Selain|Di luar|Di samping)\b[^,]{0,80},\s*", re.I)


def _award_for(
    awards: list[Award], sentence: str, role: str | None, cats: list[str], recipients: list[Mention], is_headline: bool
) -> Award | None:
    """The award a sentence speaks of: one of the same kind already read, the story's first award for a
    summary or a follow-up, or a new one (appended). None for a sentence that only adds evidence."""
    # An officer accepting names no other award; a chief it is also given to does ("juga diberikan kepada Kapolda X").
    named = [
        m
        for m in recipients
        if not m.via_position
        or GIVEN_TO_CHIEF.search(sentence, 0, m.start)
        or (HONOURED_FOR_OWN_DEED.match(sentence) and any(a.recipients for a in awards))
    ]
    # A place of a ranking is its own unit's: a sentence about other units adds nothing to it.
    open_to = [a for a in awards if not placed_elsewhere(a, named)]
    existing = [a for a in open_to if a.category in cats]
    distinct, again = False, THE_AWARD_AGAIN.search(sentence) and not ALSO_GIVEN.search(sentence)
    if existing and named and not is_headline and not again:
        # Another award of the same kind, to other units ("... juga memberikan penghargaan X kepada Polsek Y"); not
        # "berharap penghargaan itu memacu Humas Polda X", the award read already.
        probe = Award(recipients=[m.name for m in named], recipient_ids=[m.unit_id for m in named])
        drop_containing_units(probe)
        names = set(probe.recipients)
        if not any(names & set(a.recipients) or not a.recipients for a in existing) and (
            title_of(sentence) not in {a.title for a in existing}
        ):
            existing, distinct = [], True
            cats[:] = cats[:1]
    named_here = title_of(sentence)
    if awards and role == "received" and ALSO_ANOTHER.search(sentence) and not is_generic_title(named_here):
        if all(named_here != a.title for a in awards):
            awards.append(Award(category=cats[0]))  # "Selain itu, Kapolri juga meraih predikat X": another award
            return awards[-1]
    # An award of no known kind turns out to be of the sentence's kind, unless the sentence gives other units an
    # award of its own ("Polres A menerima piagam dari Kejaksaan ... Polres B memperoleh rekor MURI").
    generic = [
        a
        for a in open_to
        if a.category == "other"
        and cats != ["other"]
        and not named_apart(a, named, sentence)
        and not given_apart(a, named, sentence, cats[0])
    ]
    if role is None:
        # Such a sentence creates an award only when it announces one ("Penghargaan kedua dari Bupati").
        announces = re.search(rf"[Pp]enghargaan\s+({ORDINAL}|lain\w*|dari)\b", sentence)
        target = existing or generic or ([] if announces else awards[:1])
        if target:
            target[0].evidence.append(sentence)
            if target[0].category == "other" and cats != ["other"]:
                target[0].category = cats[0]
            return None
    if not named and not is_headline and role == "received" and (follow := followed_up(open_to, sentence, recipients)):
        return follow  # "Piagam itu diterima Wakapolres X": the award told just before, or his unit's
    if existing:
        return existing[0]
    # A handover that names only the giver ("Penghargaan diserahkan Menteri PANRB kepada Kapolres X"), no award of
    # its own, tells of the award of that giver already read, whatever kind the giver's name alone would give.
    same_body = [a for a in open_to if len(cats) == 1 and only_its_givers_usual_kind(cats[0], a.category, sentence)]
    if same_body and role == "received" and not named and is_generic_title(named_here):
        return same_body[0]
    if (
        awards
        and role == "received"
        and not recipients
        and not re.search(rf"[Pp]enghargaan\s+({ORDINAL}|lain)", sentence)
    ):
        # "Kapolda mengapresiasi seluruh polres yang meraih zona hijau": no unit named, no new award.
        awards[0].evidence.append(sentence)
        return None
    if generic:
        generic[0].category = cats[0]  # the story's award turns out to be of a known kind
        return generic[0]
    if open_to and not distinct and not named and THE_AWARD_AGAIN.search(sentence):
        return open_to[-1]  # "Kapolri menyerahkan penghargaan itu": its hander-over, not another award
    if open_to and not distinct and not named and _handed_over_to_its_units(open_to[-1], sentence, recipients):
        return open_to[-1]  # "Penghargaan diserahkan Gubernur X kepada Kapolres Y": who handed the award just read over
    if open_to and not distinct and (is_headline or len(cats) > 1 or cats == ["other"]):
        if is_headline or not (
            another_award(awards, sentence, named)
            or given_apart(open_to[0], named, sentence, cats[0])
            or also_from_another(open_to[0], named, sentence, cats[0])
        ):
            return open_to[0]  # a summary or a follow-up adds to what the story already names
    award = Award(category=cats[0])
    awards.append(award)
    return award


# A sentence opening on the bare award and its handover, the award read just before: "Penghargaan diserahkan Gubernur
# NTB kepada Kapolres X", "Piagam itu diberikan langsung oleh Wali Kota", "Trofi diterima Kasat Lantas".
BARE_HANDOVER = re.compile(
    r"^(?:Penghargaan|Piagam(?:\s+penghargaan)?|Trofi|Piala|Sertifikat|Plakat)\s+(?:(?:itu|tersebut|langsung)\s+)*"
    r"(?:diserahkan|diberikan|disematkan|diterima|dianugerahkan)\b"
)


def _handed_over_to_its_units(award: Award, sentence: str, recipients: list[Mention]) -> bool:
    """The sentence hands over the award just read, to those it was for (a chief accepting for his unit)."""
    return bool(BARE_HANDOVER.match(sentence)) and {m.name for m in recipients} <= set(award.recipients)


def no_receivers(text: str) -> str:
    """`text` with every chief who receives blanked out: the Kapolri, a Kapolda, a Kapolres or Kapolsek."""
    return without_non_givers(without_receiving_chiefs(text))
