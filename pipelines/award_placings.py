"""Pass 1's placings in one sentence: "juara 1 diraih Polres Lebak, juara 2 Polresta Tangerang, dan juara 3
Polres Cilegon", "..., disusul Polda Y" give one award per place, named by the words after the place, the
category placed before or the contest the story names. Pure functions over text, used by
pipelines/award_lists.py.
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_rankings import Placing, placement_value, placings_of
from pipelines.award_title_words import placement_of
from pipelines.categories import categories_of
from pipelines.knowledge import Mention
from pipelines.non_givers import without_non_givers
from pipelines.role_words import TEAM
from pipelines.units import find_unit_mentions

# Placings in one sentence: "juara 1 diraih Polres Lebak, juara 2 Polresta Tangerang, dan juara 3 Polres Cilegon".
PLACING = re.compile(
    r"\b(?:juara|peringkat|terbaik|urutan|posisi)\s+(?:(?:harapan\s+)?(?:ke-?\s*)?(?:\d|I{1,3}|IV|pertama|kedua|ketiga)|umum)\b"
    r"|\b(?:posisi|peringkat|urutan)\s+(?:teratas|puncak)\b",
    re.I,
)
# "Peringkat kedua ditempati Polda X, disusul Polda Y": each unit after ", disusul" or ", diikuti" takes the next
# place (not "lomba yang diikuti Polres Y", who took part).
FOLLOWED_BY = re.compile(r",\s*(?:disusul|diikuti)\s+(?:oleh\s+)?", re.I)
TOPIC = re.compile(r"\b(?:untuk|kategori|bidang|lomba)\s+([^:;,]{4,80}?)\s*(?::|,|;|$)", re.I)
PLACING_END = re.compile(r"\s+(?:dan|serta|sedangkan|diraih|ditempati|jatuh|dengan|oleh|yang|melalui|lewat)\b|[,;:().]")
# The contest or assessment a story's placings are in, by its name: "Lomba Peragaan Dalmas Sabhara", "ajang IKPA
# 2023", "penilaian Indikator Kinerja Pelaksanaan Anggaran (IKPA)".
# A tournament by its sport and its cup: "turnamen futsal Kapolres Cup", "kejuaraan menembak Piala Kapolda".
CONTEST_NAMED = re.compile(
    r"\b(?:(?i:ajang|penilaian)\s+|(?=(?i:lomba|kompetisi|turnamen|kejuaraan)\s+(?:[a-z]+\s+)?[A-Z]))"
    r"((?:[A-Z(][\w()/-]*|(?i:lomba|kompetisi|turnamen|kejuaraan)(?:\s+[a-z]+(?=\s+[A-Z]))?|20\d\d)"
    r"(?:\s+(?:[A-Z(][\w()/-]*|20\d\d)){0,6})"
)
# "Pemenang lomba tersebut adalah juara 1 ...": the contest is the one the story named before.
BACK_REFERENCE = re.compile(r"^(?:tersebut|itu|ini|adalah)\b", re.I)


def placing_awards(sentence: str, story: Story) -> list[Award]:
    """One award per placing when a sentence ranks units: "juara 1 diraih Polres X, juara 2 Polres Y",
    "Polda X juara umum tingkat polda dan Polres Y juara umum tingkat polres", "Kapolres Z (juara 1 ...)"."""
    units = find_unit_mentions(sentence, story=story.text)
    placings = _placings(sentence, units)
    if len(placings) == 1 and (swept := _swept(sentence, placings[0], units, story)):
        return swept
    following = _following_units(sentence, placings, units)
    if len(placings) + len(following) < 2 or not placings:
        return []
    awards = []
    for n, placing in enumerate(placings):
        unit = _placed_unit(sentence, placing, units)
        if unit and unit.start < placing.end() and WON_BY_ANOTHER.match(sentence, placing.end()):
            continue  # "juara II diraih SMA Negeri 1": the place went to no unit, not to one named before
        if unit is None:
            return []
        # the kind of its giver: not of whoever the sentence names as no giver ("sesuai atensi Kapolri")
        kinds = categories_of(without_non_givers(sentence)) or ["other"]
        award = Award(category=kinds[0], evidence=[sentence], title_listed=True)
        name = _placing_name(sentence, placing, placings[n + 1 :], units) or _category_before(sentence, story)
        # a placing with no name but its category ("Peringkat kedua ditempati X"): the story's award names it
        award.in_story_award = not name or bool(CATEGORY_ONLY.match(name))
        award.title = placing.group(0) + (name or _story_contest(story))
        if name and PLACED_FOR.match(name):  # "juara pertama atas inovasi": why it placed, in the story's contest
            award.title = placing.group(0) + _story_contest(story) + name
            name = ""
        award.placement = _placement(placing) or (1 if re.search(r"teratas|puncak", award.title) else None)
        add_recipients(award, [unit])
        awards.append(award)
        if name and sentence[placing.end() :].lstrip().startswith(name.strip()):
            awards += _same_placing_also(
                sentence, placing, sentence.index(name.strip(), placing.end()) + len(name.strip()), award
            )
    for unit in following if awards else ():
        place = (awards[-1].placement or 0) + 1 if awards[-1].placement else None
        award = Award(category=awards[-1].category, evidence=[sentence], title_listed=True, placement=place)
        award.in_story_award = awards[-1].in_story_award
        # The placing before it, one place lower, in its own word: "juara 2 kategori X", then "juara 3 kategori X".
        placing = PLACING.search(awards[-1].title) if place else None
        award.title = awards[-1].title
        if placing:
            award.title = award.title.replace(placing.group(0), f"{placing.group(0).split()[0]} {place}", 1)
        add_recipients(award, [unit])
        awards.append(award)
    return awards


def _placings(sentence: str, units: list[Mention]) -> list:
    """The places a sentence names: "juara 1", "juara umum", "posisi teratas", and the numbered places and bare
    ordinals of a ranking ("posisi keenam", "..., kedua Polres B")."""
    found = [Placing(m.group(0), m.start(), m.end(), placement_of(m.group(0))) for m in PLACING.finditer(sentence)]
    for p in placings_of(sentence, units):
        if not any(f.at <= p.at < f.to or p.at <= f.at < p.to for f in found):
            found.append(p)
    return sorted(found, key=lambda p: p.at)


def _placement(placing) -> int | None:
    if re.search(r"\bharapan\b", placing.group(0), re.I):
        return None  # "juara harapan I": a runner-up's prize, no numbered place
    if placing.value is not None:
        return placing.value
    n = re.search(r"(?:ke-?\s*)?(\w+)$", placing.group(0))
    return placement_value(n.group(1)) if n else None


# One rank word, then the further places a single unit took: "juara pertama, kedua dan ketiga", "juara I, II dan
# III", "juara 1 sampai 3" (not "masing-masing", where each of several units took one).
_PLACE = r"(?:ke-?\s*)?(?:\d|I{1,3}|IV|pertama|kedua|ketiga|keempat)"
SWEEP = re.compile(rf"(?:\s*,\s*{_PLACE})*\s*,?\s+(?:dan|serta|hingga|sampai)\s+({_PLACE})\b", re.I)


def _swept(sentence: str, placing, units: list[Mention], story: Story) -> list[Award]:
    """An award per place when one unit took several places of one contest: "Personel Satsamapta Polresta X
    merebut juara pertama, kedua dan ketiga lomba lari 10 km"."""
    run = SWEEP.match(sentence, placing.end())
    unit = _placed_unit(sentence, placing, units) if run else None
    rank = placing.group(0).split()[0]
    # a contest's "juara" only: "terbaik pertama dan kedua" of an assessment may be told unit by unit after
    if unit is None or rank.lower() != "juara" or re.search(r"\bmasing-masing\b", sentence, re.I):
        return []
    places = [placing.group(0)[len(rank) :].strip()] + re.findall(_PLACE, run.group(0)[: run.start(1) - run.start()])
    if run.group(0).split()[-2].lower() in ("hingga", "sampai"):  # "juara 1 sampai 3": every place between
        first, last = placement_value(places[0]), placement_value(run.group(1))
        places = [str(n) for n in range(first, last + 1)] if first and last and last - first < 6 else []
    else:
        places.append(run.group(1))
    # the contest's name runs on past a chief its cup is named after ("lomba tembak Kapolda Cup 2024")
    named_units = [u for u in units if not u.via_position]
    name = _placing_name(sentence, Placing(run.group(0), run.start(), run.end(), None), [], named_units)
    kinds = categories_of(without_non_givers(sentence)) or ["other"]
    awards = []
    for place in places:
        award = Award(category=kinds[0], evidence=[sentence], title_listed=True, placement=placement_value(place))
        award.title = f"{rank} {place}{name}"
        award.in_story_award = not name
        add_recipients(award, [unit])
        awards.append(award)
    return awards if len(awards) > 1 else []


# A place said to be won by whoever follows: "juara II diraih (oleh) X", "juara harapan I jatuh kepada X".
_WON_BY = r"(?:diraih|ditempati|direbut|disabet|dimenangkan|jatuh\s+(?:kepada|ke\s+tangan))\s+(?:oleh\s+)?"
WON_BY_ANOTHER = re.compile(r"\s+" + _WON_BY, re.I)
PLACED_FOR = re.compile(r"\s*(?:atas|karena|berkat)\s", re.I)
CATEGORY_ONLY = re.compile(r"\s*(?:kategori|tingkat)\b", re.I)


def _following_units(sentence: str, placings: list[re.Match], units: list[Mention]) -> list[Mention]:
    """The units placed after the last placing by "disusul" or "diikuti", in the order written."""
    follow = next((f for f in FOLLOWED_BY.finditer(sentence) if placings and f.start() >= placings[-1].end()), None)
    if follow is None or not any(u.start == follow.end() for u in units):
        return []
    return [u for u in units if u.start >= follow.end() and u.unit_id and not u.via_position]


def _same_placing_also(sentence: str, placing: re.Match, end: int, award: Award) -> list[Award]:
    """ "juara I manajemen media online serta inovasi tata kelola": the second is won at the same placing."""
    also = SAME_PLACING_ALSO.match(sentence, end)
    if not also or find_unit_mentions(also.group(1)):
        return []
    twin = Award(category=award.category, evidence=[sentence], title_listed=True, placement=award.placement)
    twin.title = f"{placing.group(0)} {also.group(1)}"
    twin.recipients, twin.recipient_ids = list(award.recipients), list(award.recipient_ids)
    return [twin]


SAME_PLACING_ALSO = re.compile(
    r"\s+(?:serta|dan)\s+((?!juara|peringkat|posisi|urutan)[a-z][\w-]*(?:\s+[a-z][\w-]*){1,6})\s*(?:[,.;]|$)"
)


def _placed_unit(sentence: str, placing: re.Match, units: list[Mention]) -> Mention | None:
    """The unit a placing belongs to: in brackets, the unit before; "juara 1 (diraih) Polres X", the unit
    right after, or the one it was won through; else the unit just before, or the clause's subject ("Polda X ... dan meraih juara II")."""
    before = [u for u in units if u.end <= placing.start()]
    after = [u for u in units if u.start >= placing.end()]
    if sentence[max(0, placing.start() - 2) : placing.start()].strip().endswith("("):
        return before[-1] if before else None
    # "Polda X meraih peringkat 1 melalui satker Y": the unit it was won through is the one placed; so is the unit
    # whose team it names ("juara II diraih tim Satsabhara").
    if after and re.fullmatch(
        rf"\s*(?:{_WON_BY}|melalui\s+(?:(?:satker|satuan kerja)\s+)?|:\s*)?(?:{TEAM}\s+)?",
        sentence[placing.end() : after[0].start],
    ):
        return after[0]
    # "Juara I kategori polres diraih Polres X", "juara 2 tingkat polsek ditempati Polsek Y": the category between.
    if after and PLACE_CATEGORY_WON.fullmatch(sentence[placing.end() : after[0].start]):
        return after[0]
    return before[-1] if before else None


PLACE_CATEGORY_WON = re.compile(
    r"\s+(?:kategori|tingkat|kelas|bidang)\s+[^,;:.()]{1,40}?\s+(?:diraih|ditempati|direbut|disabet)\s+(?:oleh\s+)?",
    re.I,
)


def _placing_name(sentence: str, placing: re.Match, later: list[re.Match], units: list[Mention]) -> str:
    """What the placing is in: the words after it up to the next placing, unit or clause ("juara II SPIT
    Media Hub zona A"), else the topic the sentence opens with ("untuk inovasi dan pelayanan lalu lintas")."""
    stops = [m.start() for m in later] + [u.start for u in units if u.start >= placing.end()]
    end = PLACING_END.search(sentence, placing.end())
    stops.append(end.start() if end else len(sentence))
    name = re.sub(rf"^{TEAM}$", "", sentence[placing.end() : min(stops)].strip())  # "juara III tim Satreskrim"
    if name:
        return " " + name
    topic = TOPIC.search(sentence, 0, placing.start())
    if not topic or BACK_REFERENCE.match(topic.group(1)):
        return ""
    # "Pada kategori tingkat polres, Polres X di posisi teratas": the category is named as one; an earlier place's
    # category ends where its winner is said ("Juara I kategori polres diraih Polres X; juara II Polres Y").
    named = WON_AFTER_TOPIC.split(topic.group(1), 1)[0]
    word = topic.group(0).split()[0]
    if word.lower() == "lomba":  # "Dalam Lomba X, juara I diraih ...": the contest by its own word, as written
        return f" {word} {named}"
    return f" {word.lower()} {named}" if word.lower() in ("kategori", "bidang") else f" {named}"


WON_AFTER_TOPIC = re.compile(r"\s+(?:diraih|ditempati|direbut|disabet|dimenangkan)\b", re.I)


# A placing with its category: "menempati peringkat pertama kategori tingkat polda dengan ...".
PLACED_CATEGORY = re.compile(
    r"\b(?:peringkat|juara|posisi|urutan)\s+(?:ke-?\s*)?\w+\s+(kategori\s+[^,.;:()]+?)"
    r"(?=\s+(?:dengan|yang|dan|serta|sedangkan|oleh|di|pada)\b|[,.;:()]|$)",
    re.I,
)


def _category_before(sentence: str, story: Story) -> str:
    """ "X menempati peringkat pertama kategori tingkat polda. Peringkat kedua ditempati Y": a placing that
    names no category of its own is in the category the sentence before placed its winner in."""
    at = story.body.index(sentence) if sentence in story.body else 0
    m = PLACED_CATEGORY.search(story.body[at - 1]) if at else None
    return f" {m.group(1)}" if m else ""


def _story_contest(story: Story) -> str:
    """The contest the story names, its headline first: what a bare placing ("juara 2") is in."""
    for text in (story.title or "", *story.body):
        m = CONTEST_NAMED.search(text)
        if m:
            return " " + m.group(1)
    return ""


def ranked_name(sentence: str, placing, units: list[Mention]) -> str:
    """What a place of a ranking told a sentence at a time is in, when the words after it name it ("posisi
    kedua kategori Polres tipe B"); not "urutan pertama dari empat polres", which only counts who was ranked."""
    name = _placing_name(sentence, placing, [], units)
    return name if re.match(r"\s*(?:kategori|tingkat|lomba|bidang|kelompok|tipe|[A-Z])", name) else ""
