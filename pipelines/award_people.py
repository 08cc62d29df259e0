"""Awards conferred on several officers one by one: each officer's award is an award of its own.

"Dua anggota Polantas memperoleh penghargaan. Keduanya adalah Aiptu A, anggota Ditlantas Polda X, serta Aipda
B, Kanit Laka Satlantas Polres Y", "... kepada tiga Kabid Humas terbaik, yaitu Kabid Humas Polda X Kombes A,
...", "Kelima Kapolres itu adalah Kombes A (Kapolres X), AKBP B (Kapolres Y)": the story lists the people who
received, each with the unit he serves in. One award per person, his unit its recipient, he its officer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.abbreviations import abbreviations_spelled_out
from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_recipients_named import WITH_HIS_CHIEFS
from pipelines.award_title_words import is_generic_title
from pipelines.award_titles import title_of
from pipelines.number_words import COUNT, KE_COUNT
from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name, normalise_rank
from pipelines.recipients import headline_recipients, recipient_mentions
from pipelines.units import find_unit_mentions

# Where a list of who received opens: "Keduanya adalah", "..., yaitu", "antara lain", "masing-masing".
LIST_OPENER = re.compile(
    r"\b(?:adalah|yaitu|yakni|ialah|antara lain)\b\s*:?\s*|:\s*"
    r"|\bkepada\s+(?=[^.]*,\s*masing-masing\b)"  # "kepada Aiptu A dan Bripka B, masing-masing ..."
    # "kepada Bripka A (Polsek X), Briptu B (Satlantas Polres Y)", "kepada Aipda A, Bhabinkamtibmas Polsek X, dan
    # Bripka B, anggota Satsamapta Polres Y": officers right after "kepada", each with a unit of his own.
    r"|\bkepada\s+"
)
BARE_TO = re.compile(r"\bkepada\s+$")
# "..., masing-masing anggota Satlantas Polres X dan Kanit Reskrim Polsek Y": the posts, in the order of the names.
RESPECTIVELY = re.compile(r",\s*masing-masing\s+(?:sebagai\s+|dari\s+)?")
# A list of those who gave, attended or spoke is no list of recipients.
NOT_RECEIVING_HEAD = re.compile(
    r"\b(?:oleh|didampingi|disaksikan|dihadiri|hadir|menyerahkan|diserahkan|memberikan penghargaan)\b(?![^,]*\bkepada\b)",
    re.I,
)
# Where the head of a list says whom it is about: "kepada dua anggota Satlantas Polres X, yakni ...".
PEOPLE_HEAD = re.compile(r"\b(?:kepada|bagi|anggota|personel|polwan)\b")


def _people_listed(sentence: str) -> tuple[int, list[re.Match]] | None:
    """Where a sentence's list of officers opens and the officers it names (two or more, each once)."""
    for opener in LIST_OPENER.finditer(sentence):
        if NOT_RECEIVING_HEAD.search(sentence, 0, opener.end()):
            continue
        people = list(OFFICER_RE.finditer(sentence, opener.end()))
        if not people or people[0].start() - opener.end() > 2:
            continue  # the list must open with an officer
        if len({m.group("name") for m in people}) >= 2:
            return opener.end(), people
    return None


# Between two officers of a list: ", ", ", serta ", " dan ", "; ".
SEPARATOR = re.compile(r"[,;]\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")


def _items(sentence: str, start: int, people: list[re.Match]) -> list[tuple[re.Match, int, int]]:
    """Each officer with the stretch of the list that describes him: from the separator before him to the
    one before the next officer ("..., dan polwan Polres X AKP B": "polwan Polres X" is B's)."""
    starts = [start]
    for before, m in zip(people, people[1:], strict=False):
        seps = list(SEPARATOR.finditer(sentence, before.end(), m.start()))
        starts.append(seps[-1].end() if seps else m.start())
    ends = starts[1:] + [len(sentence)]
    return list(zip(people, starts, ends, strict=True))


def _respectively(sentence: str, people: list[re.Match], mentions: list) -> list[list] | None:
    """The units of officers named first and placed after "masing-masing", one part of the tail each."""
    tail = RESPECTIVELY.search(sentence, people[-1].end())
    if tail is None:
        return None
    bounds = [tail.end()] + [m.end() for m in SEPARATOR.finditer(sentence, tail.end())] + [len(sentence)]
    if len(bounds) - 1 < len(people):
        return None
    parts = [[u for u in mentions if start <= u.start < end] for start, end in zip(bounds, bounds[1:], strict=False)]
    # One post per name; what follows the last ("..., atas pengungkapan kasus") is no post.
    return parts[: len(people)] if all(parts[: len(people)]) else None


def _most_specific(units: list) -> list:
    """ "Kanit Laka Satlantas Polres X ... Polres X": the sub-unit, not the unit it belongs to."""
    return [u for u in units if not any(o.name.endswith(" " + u.name) for o in units)]


def _fullest(name: str, text: str) -> str:
    """The name as the story writes it in full elsewhere: "M Iqbal" listed, "Muhammad Iqbal" named before."""
    words = name.split()
    for m in OFFICER_RE.finditer(text):
        full = clean_name(m.group("name")).split()
        if (
            len(full) == len(words)
            and full != words
            and all(
                f == w or (len(w.rstrip(".")) == 1 and f.startswith(w.rstrip(".")))
                for f, w in zip(full, words, strict=True)
            )
        ):
            return " ".join(full)
    return name


def _person_award(award: Award, m: re.Match, units: list, fallback: list, text: str) -> Award | None:
    """A copy of the award for one officer: his unit (the most specific the list gives him), else the
    story's own unit when the list names none for him."""
    units = _most_specific(units)
    unit = units[0] if units else (fallback[0] if fallback else None)
    if unit is None:
        return None
    name = _fullest(clean_name(m.group("name")), text)
    position = m.group("position")
    return replace(
        award,
        recipients=[unit.name],
        recipient_ids=[unit.unit_id],
        officer=name,
        rank=normalise_rank(m.group("rank")),
        position=f"{position} {m.group('unit')}" if position and m.group("unit") else position,
        evidence=list(award.evidence),
    )


def _each_own_unit(split: list[tuple[re.Match, list]]) -> bool:
    """Every officer listed is named by rank and name, then given a unit, not all the same one: officers named with
    their units, unlike "kepada Kapolres X AKBP A beserta Kasat Reskrim Polres X AKP B", chiefs who take their
    unit's award."""
    units = [_most_specific(found) for _, found in split]
    chiefs = any(m.group("position") for m, _ in split)
    return not chiefs and all(units) and len({found[0].name for found in units}) >= 2


# Those listed, as a class of winners: "kepada tiga Kanit Reskrim terbaik tingkat polsek, yaitu", "Kelima
# Kapolres terbaik itu adalah": the award is for being one of them.
WINNER_CLASS = re.compile(
    rf"\b(?:{COUNT}|{KE_COUNT}(?:nya)?)\s+"
    r"((?:[\w-]+\s+){0,5}?(?:terbaik|teladan|berprestasi|terfavorit)(?:\s+(?!itu\b|tersebut\b)[\w-]+){0,4}?)"
    r"\s*(?:itu\s+|tersebut\s+)?,?\s*(?:yaitu|yakni|adalah|ialah|antara lain)\b",
    re.I,
)


def _as_the_list_says(awards: list[Award], sentence: str, story: Story) -> None:
    """The award the list's own sentence names outranks what the award's other sentences called it."""
    winners = WINNER_CLASS.search(sentence)
    title = f"penghargaan {winners.group(1)}" if winners else title_of(sentence)
    if title and not is_generic_title(title):
        for award in awards:
            award.title = abbreviations_spelled_out(title, story.text)


def per_person(award: Award, story: Story) -> list[Award]:
    """The award split by the officers its sentences list as receiving it; the award itself otherwise."""
    if any(WITH_HIS_CHIEFS.search(e) for e in award.evidence):
        # "Kapolda X bersama tiga Kapolres jajarannya menerima ...": one award they share, the chiefs' units beside his
        listed = [recipient_mentions(e, story.text) for e in award.evidence if _people_listed(e)]
        add_recipients(award, [replace(m, beside_parent=True) for named in listed for m in named])
        return [award]
    for sentence in award.evidence:
        listed = _people_listed(sentence)
        if listed is None:
            continue
        mentions = recipient_mentions(sentence, story.text)
        claimed = set()
        split = []
        posts = _respectively(sentence, listed[1], mentions)
        for n, (m, start, end) in enumerate(_items(sentence, *listed)):
            units = posts[n] if posts else [u for u in mentions if start <= u.start < end]
            claimed |= {u.name for u in units}
            split.append((m, units))
        # One the list names no unit for serves in the unit its head names for all ("kepada dua anggota Satlantas
        # Polres X, yakni A dan B"), else where the award's other sentences or the headline say.
        head = PEOPLE_HEAD.search(sentence, 0, listed[0])
        shared = [u for u in mentions if head and head.end() <= u.start < listed[0] and not u.via_position]
        others = [u for e in award.evidence if e != sentence for u in recipient_mentions(e, story.text)]
        spare = [u for u in _most_specific(shared) + others + headline_recipients(story) if u.name not in claimed]
        if BARE_TO.search(sentence, 0, listed[0]) and not posts and not _each_own_unit(split):
            continue
        awards = [a for m, units in split if (a := _person_award(award, m, units, spare, story.text))]
        if len(awards) >= 2:
            _as_the_list_says(awards, sentence, story)
            return _one_if_alike(awards)
    return [award]


def _one_if_alike(awards: list[Award]) -> list[Award]:
    """Members of one unit honoured alike ("Keempat anggota Satlantas Polres X itu adalah Ipda A, Aipda B, ...")
    share one award, and none of them is singled out as its officer. People of different units, or with places or
    awards of their own, keep an award each."""
    if len({(tuple(a.recipients), a.title, a.giver, a.category, a.placement) for a in awards}) > 1:
        return awards
    if awards[0].placement is not None:
        return awards
    shared = awards[0]
    shared.officer = shared.rank = shared.position = None
    return [shared]


# A sentence that says which sub-unit the people just counted serve in: "Keduanya merupakan anggota Satlantas
# Polres X", "Ketiga polisi itu adalah personel Satsamapta Polres X", "Mereka merupakan anggota Unit Reskrim ...".
MEMBERS_OF = re.compile(
    rf"^(?:{KE_COUNT}(?:nya|\s+\w+(?:\s+\w+)?\s+(?:itu|tersebut))|mereka|para\s+penerima(?:\s+penghargaan)?)"
    r"\s+(?:juga\s+)?(?:merupakan|adalah|ialah)\s+(?:anggota|personel)\s+",
    re.I,
)


def members_subunit(award: Award, body: list[str]) -> None:
    """An award to one unit's members, their sub-unit said later ("Dua anggota Polres X mendapat penghargaan ...
    Keduanya merupakan anggota Satpolair Polres X"): the sub-unit is who received (the most specific unit)."""
    if len(award.recipients) != 1:
        return
    parent = award.recipients[0]
    for sentence in body:
        said = MEMBERS_OF.match(sentence)
        subs = [m for m in find_unit_mentions(sentence[said.end() :]) if m.start == 0] if said else []
        if subs and subs[0].name.endswith(" " + parent) and not subs[0].via_position:
            award.recipients, award.recipient_ids = [subs[0].name], [subs[0].unit_id]
            return
