"""Rankings: one award per ranked unit, with its placement, when a story ranks units one sentence at a time or
by bare ordinals, and one award per category when it splits its results by category.

"Di urutan pertama ... adalah Polres Cilegon. Posisi kedua ditempati Polres Serang. Polres Kota Tangerang menduduki
posisi ketiga.", "Pertama, Polres A dengan nilai 99,1. Kedua, Polres B ...", "peringkat pertama diraih Polres A,
kedua Polres B, dan ketiga Polres C", "Kategori A: Polres X dan Polres Y, kategori B: Polres Z".

Pure functions over text, used by pass 1 of the structure stage (pipelines/award_lists.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_places_first import places_then_units
from pipelines.categories import categories_of
from pipelines.knowledge import Mention
from pipelines.number_words import ORDINAL_VALUES, VALUES
from pipelines.recipients import AWARDED_GRADE, NOT_AWARDED_GRADE, recipient_mentions

# A place in words: the ordinals and number words of the number-word table ("keempat", "juara tiga"), "satu"
# ("juara satu"), and the ordinals written past it as one word ("keduabelas").
ORDINAL_WORDS = ORDINAL_VALUES | {"keduabelas": 12, "ketigabelas": 13, "satu": 1} | VALUES
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_BARE_WORDS = "|".join(
    sorted((w for w in ORDINAL_WORDS if w.startswith("ke") or w == "pertama"), key=len, reverse=True)
)
_ROMAN = "|".join(sorted(ROMAN, key=len, reverse=True))
RANK_WORD = r"(?i:juara|peringkat|posisi|urutan|ranking|rangking|terbaik)"
# "peringkat 1", "posisi keempat", "juara II", "urutan ke-3": a numbered place (not "juara umum", "tiga besar").
PLACE = re.compile(
    rf"\b{RANK_WORD}\s+(?:(?i:ke-?)\s*)?(?P<n>\d{{1,2}}(?![\d,.]\d)|(?i:{_WORDS})|(?:{_ROMAN}))\b(?!\s*(?i:kali|besar)\b)"
)
# "Pertama, Polres A ...", "Kedua: Polres B", "Urutan selanjutnya ..." : a sentence that opens on its place.
BARE_OPENING = re.compile(
    rf"^(?:(?:dan|serta|lalu|kemudian|selanjutnya|sedangkan|sementara(?:\s+itu)?|adapun)\s*,?\s+)?(?:(?:di|pada)\s+)?"
    rf"(?P<n>{_BARE_WORDS})\b(?!\s+kali\b)\s*[,:]?",
    re.I,
)
# "Kedua, Kapolres X untuk kategori Polisi Teladan": an opening ordinal that counts off winners of categories of
# their own, one per sentence; it numbers the list, not a place, and the category names the award.
OWN_CATEGORY = re.compile(r"\b(?:untuk|dalam|pada|di|meraih|menyabet)\s+(kategori\b[^.,;]*)", re.I)
# "..., kedua Polres B, dan ketiga Polres C": a bare ordinal inside a ranking, right before the unit it places.
BARE_INLINE = re.compile(
    rf"(?:[,;:]\s*(?:(?:dan|serta)\s+)?|\s(?:dan|serta|yaitu|yakni|adalah)\s+)(?P<n>(?i:{_BARE_WORDS}))\b\s*,?\s*"
    r"(?:(?:diraih|ditempati|diduduki|oleh|adalah|yaitu)\s+(?:oleh\s+)?)?"
)
# A sentence that carries a ranking on with the next units: "Disusul Polres B ...", "Kemudian Polres C".
CARRIED_ON = re.compile(r"^(?:disusul|diikuti|kemudian|selanjutnya|berikutnya|lalu)\b\s*(?:oleh\s+)?,?\s*", re.I)
BACKGROUND = re.compile(r"\b(?:sebelumnya|tahun lalu|tahun sebelumnya|pernah)\b", re.I)


def placement_value(text: str) -> int | None:
    """The number of a place as written: "1", "ke-3", "keempat", "III"."""
    word = re.sub(r"^ke-?\s*(?=\d)", "", text.strip(), flags=re.I)
    if word.isdigit():
        return int(word)
    return ROMAN.get(word) or ORDINAL_WORDS.get(word.lower())


@dataclass
class Placing:
    """A place written in a sentence: its words as the title uses them, where it stands, its number."""

    text: str
    at: int
    to: int
    value: int | None
    category: str | None = None  # the category a winner counted off by an ordinal is named for

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def placings_of(sentence: str, mentions: list[Mention]) -> list[Placing]:
    """Every numbered place of a sentence: "peringkat 1", "posisi keempat"; bare ordinals ("Pertama, Polres A",
    "..., kedua Polres B") only where a unit follows at once, spelt with the rank word the sentence uses."""
    found = [Placing(m.group(0), m.start(), m.end(), placement_value(m.group("n"))) for m in PLACE.finditer(sentence)]
    word = found[0].text.split()[0].lower() if found else "peringkat"
    starts = {m.start for m in mentions}
    opening = BARE_OPENING.match(sentence)
    bare = [opening] if opening else []
    bare += [m for m in BARE_INLINE.finditer(sentence) if not opening or m.start() >= opening.end()]
    for m in bare:
        if m.end() in starts or m.end() + 1 in starts:
            if not any(p.at <= m.start("n") < p.to for p in found):
                value = placement_value(m.group("n"))
                own = OWN_CATEGORY.search(sentence, m.end()) if m is opening else None
                category = own.group(1).strip() if own else None
                found.append(Placing(f"{word} {m.group('n').lower()}", m.start("n"), m.end(), value, category))
    return sorted(found, key=lambda p: p.at)


def _placed(sentence: str, placing: Placing, units: list[Mention]) -> Mention | None:
    """The unit a lone place in a sentence belongs to: the only unit the sentence names, else the one right after
    the place ("Posisi kedua ditempati Polres X", "urutan pertama ... adalah Polres X"), else the one before it."""
    distinct = {u.name: u for u in units}
    if len(distinct) == 1:
        return next(iter(distinct.values()))
    after = [u for u in units if u.start >= placing.to]
    before = [u for u in units if u.end <= placing.at]
    gap = sentence[placing.to : after[0].start] if after else ""
    if after and re.fullmatch(
        r"\s*,?\s*(?:(?:(?:di|pada)\s+\w+\s+)?(?:diraih|ditempati|diduduki|disabet|adalah|yaitu|yakni|ada|oleh|"
        r"jatuh\s+kepada|jatuh\s+ke|:)\s*(?:oleh\s+)?)*",
        gap,
        re.I,
    ):
        return after[0]
    if before and not re.search(r"[,;]", sentence[before[-1].end : placing.at]):
        return before[-1]
    if not before and after and len(gap) < 80:
        return after[0]
    return None


def _units(sentence: str, story: Story) -> list[Mention]:
    return [m for m in recipient_mentions(sentence, story.text) if m.unit_id or m.parent_id or "Polsek" in m.name]


@dataclass
class _Item:
    sentence: str
    placing: Placing | None
    unit: Mention | str
    value: int
    made: bool = False  # a place pass 1 already read in a sentence of several places

    @property
    def name(self) -> str:
        return self.unit if isinstance(self.unit, str) else self.unit.name


def _items_of(sentence: str, story: Story, last: _Item | None) -> list[_Item]:
    """The ranked units a sentence adds to a ranking: its one place and the unit placed there, or the units a
    sentence that carries the ranking on names ("Disusul Polres B, kemudian Polres C")."""
    if BACKGROUND.search(sentence) or NOT_AWARDED_GRADE.search(sentence) and not AWARDED_GRADE.search(sentence):
        return []
    units = _units(sentence, story)
    if not units:
        return []
    placings = placings_of(sentence, units)
    if not placings:
        carried = CARRIED_ON.match(sentence)
        if last is None or not carried:
            return []
        named = [u for u in units if u.start >= carried.end()]
        return [_Item(sentence, None, u, last.value + n + 1) for n, u in enumerate(named)]
    if len(placings) != 1 or placings[0].value is None:
        return []
    unit = _placed(sentence, placings[0], units)
    return [_Item(sentence, placings[0], unit, placings[0].value)] if unit else []


def ranked_across(
    story: Story, listed: set[str], named_title, placed: dict[str, list[Award]] | None = None
) -> tuple[list[Award], set[str]]:
    """One award per unit of a ranking told a sentence at a time: two or more places rising in the story's order,
    each given to a different unit. `named_title(sentence, placing, units)` words each place's award; `placed`
    holds the places pass 1 read in sentences of several places, which a ranking may go on from."""
    runs: list[list[_Item]] = []
    current: list[_Item] = []
    quiet = 0
    for sentence in story.body:
        if sentence in listed:
            made = [a for a in (placed or {}).get(sentence, []) if a.placement and len(a.recipients) == 1]
            items = [_Item(sentence, None, a.recipients[0], a.placement, made=True) for a in made]
            if not items:
                current, quiet = _close(runs, current), 0
                continue
        else:
            items = _items_of(sentence, story, current[-1] if current else None)
        if not items:
            quiet += 1
            if quiet > 2:
                current, quiet = _close(runs, current), 0
            continue
        quiet = 0
        names = {i.name for i in current}
        if current and (items[0].value <= current[-1].value or any(i.name in names for i in items)):
            current = _close(runs, current)
        current += items
    _close(runs, current)
    awards, used = [], set()
    for run in runs:
        for item in run:
            if item.made:
                continue
            units = _units(item.sentence, story)
            award = Award(category=(categories_of(item.sentence) or ["other"])[0], evidence=[item.sentence])
            award.title_listed = True
            award.placement = item.value
            if item.placing is not None and item.placing.category:
                award.title, award.placement, award.in_story_award = item.placing.category, None, True
            elif item.placing is not None:
                name = named_title(item.sentence, item.placing, units)
                award.title = item.placing.text + name
                award.in_story_award = not name.strip() or bool(re.match(r"\s*(?:kategori|tingkat)\b", name, re.I))
            else:
                first = next((i.placing for i in run if i.placing), None)
                word = (first.text.split()[0] if first else "peringkat").lower()
                award.title = f"{word} {item.value}"
                award.in_story_award = True
            add_recipients(award, [item.unit])
            award.ranked = True
            awards.append(award)
            used.add(item.sentence)
    return awards, used


def _close(runs: list[list[_Item]], current: list[_Item]) -> list[_Item]:
    # Winners counted off from "Kedua," on carry on a list the sentences before began, read as such elsewhere.
    counted_on = current and current[0].value != 1 and all(i.placing and i.placing.category for i in current)
    if len(current) >= 2 and any(i.placing for i in current) and not all(i.made for i in current) and not counted_on:
        runs.append(current)
    return []


# "kategori A: Polres X, Polres Y; kategori B: Polres Z", "Kategori polresta: Polresta X. Kategori polres: ...",
# "Untuk kategori Polres tipe A diraih Polres X dan Polres Y, kategori B diraih ...": the results of one
# assessment, split by category.
CATEGORY_HEAD = re.compile(
    r"\b(?:untuk\s+|pada\s+|di\s+)?(?i:kategori|kelompok|klaster|tipe)\s+(?P<name>(?:[A-Z0-9][\w-]*|(?i:polda|polres\w*|polsek|"
    r"satker|satwil|tipe|kelompok)(?![\w-]))(?:\s+(?:[A-Z0-9][\w-]*|(?i:tipe|kelompok|polda|polres\w*|polsek)))*)\s*"
    r"(?::|,?\s+(?:diraih|ditempati|diberikan\s+kepada|adalah|yaitu|yakni|antara\s+lain)\s+(?:oleh\s+)?)"
    # "kategori pelayanan terbaik diberikan kepada Polres A, kategori inovasi kepada Polres B": a category in words
    r"|\b(?i:kategori)\s+(?P<words>[\w-]+(?:\s+(?!kepada\b|diberikan\b|diraih\b|untuk\b)[\w-]+){0,5}?)\s+"
    r"(?:(?:diberikan|diserahkan|jatuh)\s+)?(?:kepada|diraih(?:\s+oleh)?)\s+(?=(?:Kapol\w*|Pol\w+|Sat\w*|Dit\w*|Bid\w*)\b)"
)


def split_by_category(sentences_: list[str], story: Story) -> tuple[list[Award], set[str]]:
    """One award per category when results are split by category, each category's units sharing it: two or more
    category heads, in one sentence or in sentences that follow one another, each followed by its units."""
    parts: list[tuple[str, str, str]] = []  # (category or grade, its stretch of text, the sentence)
    for sentence in sentences_:
        heads = sorted([*CATEGORY_HEAD.finditer(sentence), *GRADE_HEAD.finditer(sentence)], key=lambda h: h.start())
        for n, head in enumerate(heads):
            end = heads[n + 1].start() if n + 1 < len(heads) else len(sentence)
            name = (
                head.group("name") or head.group("words")
                if head.re is CATEGORY_HEAD
                else f"predikat {head.group('grade')}"
            )
            parts.append((name, sentence[head.end() : end], sentence))
    awards, used = [], set()
    with_units = [(name, stretch, s, _units(stretch, story)) for name, stretch, s in parts]
    with_units = [p for p in with_units if p[3] and not placings_of(p[1], p[3])]
    graded = any(p[0].startswith("predikat ") for p in with_units)
    if len({p[0] for p in with_units}) < (1 if graded else 2):
        return [], set()
    for name, _stretch, sentence, units in with_units:
        grade = name.startswith("predikat ")
        kinds = categories_of(name) if grade else []
        award = Award(category=(kinds or categories_of(sentence) or ["other"])[0], evidence=[sentence])
        award.title, award.title_listed = (name if grade else f"kategori {name}"), True
        award.in_story_award = not grade
        add_recipients(award, units)
        awards.append(award)
        used.add(sentence)
    return awards, used


# "Predikat WBBM: Polres Pati dan Polresta Surakarta. Predikat WBK: Polres Kudus, ...": a grade, then its units.
GRADE_HEAD = re.compile(
    r"\b(?i:predikat|zona)\s+(?P<grade>(?:WBK|WBBM|(?i:hijau)|Wilayah\s+Bebas\s+(?:dari\s+)?Korupsi|"
    r"Wilayah\s+Birokrasi\s+Bersih\s+(?:dan\s+)?Melayani)(?:\s*\((?:WBK|WBBM)\))?)\s*:\s*"
)


def places_of_one_kind(awards: list[Award]) -> None:
    """Places and categories of one ranking whose own sentences name no giver ("Posisi kedua ditempati Polres X")
    are of the kind, and from the giver, the story's other awards or places are: when those share one kind."""
    parts = [a for a in awards if a.ranked or a.in_story_award]
    known = [a for a in awards if a.category != "other" and a.giver]
    if not parts or len({a.category for a in known}) != 1:
        return
    model = next((a for a in known if not (a.ranked or a.in_story_award)), known[0])
    for award in parts:
        if award.category == "other":
            award.category, award.giver, award.giver_person = model.category, model.giver, model.giver_person
            award.giver_text = model.giver_text


_PLACE_WORDS = re.compile(r"^(?:juara|peringkat|posisi|urutan|terbaik)\s+(?:ke-?\s*)?\S+\s+(?:[-–—:,]\s+)?", re.I)


def places_of_one_period(awards: list[Award]) -> None:
    """Places of one contest whose year the story writes once ("Polres A juara I Lomba X tahun 2024. Juara II
    diraih Polres B"): each place of that contest is of its year, when the contest's name after the place words is
    the same and the places differ."""
    placed = [a for a in awards if a.placement is not None and a.title]
    if len(placed) < 2 or len({a.placement for a in placed}) != len(placed):
        return
    for award in [a for a in placed if a.year is None]:
        name = _PLACE_WORDS.sub("", award.title).lower()
        years = {a.year for a in placed if a.year and _PLACE_WORDS.sub("", a.title).lower().startswith(name)}
        if len(name.split()) >= 2 and len(years) == 1:
            award.year = years.pop()


# "kepada Polres A sebagai polres terbaik tipe A, Polres B sebagai polres terbaik tipe B": each unit, what it won.
AS_WHAT = re.compile(
    r"\s*,?\s*(?:(?:masing-masing|yang)\s+)?(?:sebagai|meraih|menjadi)\s+(?P<what>[^,;]+?)(?=\s*(?:,|;|$|\s(?:dan|serta)\s))"
)
# "Polres A dan Polres B masing-masing meraih juara 1 dan juara 2": the units, then what each won in their order.
RESPECTIVELY = re.compile(
    r"\s*,?\s*masing-masing\s+(?:(?:meraih|menerima|memperoleh|mendapat(?:kan)?|menyabet|menempati|sebagai)\s+)?"
)


def each_unit_its_award(sentences_: list[str], story: Story) -> tuple[list[Award], set[str]]:
    """One award per unit when a sentence says what each unit won: "kepada Polres A sebagai X, Polres B sebagai Y",
    "Polres A dan Polres B masing-masing meraih juara 1 dan juara 2"."""
    awards, used = [], set()
    for sentence in sentences_:
        units = _units(sentence, story)
        pairs = (
            _as_what(sentence, units)
            or _respectively(sentence, units)
            or places_then_units(sentence, units, _places_in_common)  # "Juara II dan III masing-masing diraih A dan B"
        )
        if len(pairs) < 2 or len({title for _, title in pairs}) < 2:
            continue
        for unit, title in pairs:
            award = Award(category=(categories_of(sentence) or ["other"])[0], evidence=[sentence])
            award.title, award.title_listed = title.strip(" .,"), True
            value = PLACE.match(title.strip())
            award.placement = placement_value(value.group("n")) if value else None
            award.ranked = award.placement is not None  # its officer is one its own sentences name
            add_recipients(award, [unit])
            awards.append(award)
        used.add(sentence)
    return awards, used


def _as_what(sentence: str, units: list[Mention]) -> list[tuple[Mention, str]]:
    pairs = []
    for unit in units:
        m = AS_WHAT.match(sentence, unit.end)
        if m and not any(unit.end < u.start < m.end() for u in units):
            pairs.append((unit, m.group("what")))
    if any(PLACE.match(what) or re.match(r"(?i:juara|peringkat|posisi|urutan)\b", what) for _, what in pairs):
        return []  # places: read as a sentence of places, in the story's contest
    return pairs if len(pairs) == len({u.name for u in units}) else []


def _respectively(sentence: str, units: list[Mention]) -> list[tuple[Mention, str]]:
    # the units named up to "masing-masing" (or up to the places they took, in order); one the tail names ("dalam
    # penilaian Polda X") is none of them
    said = next((RESPECTIVELY for u in units if RESPECTIVELY.match(sentence, u.end)), PLACES_IN_ORDER)
    last = next((n for n, u in enumerate(units) if said.match(sentence, u.end)), None)
    units = units[: last + 1] if last is not None else []
    if len(units) < 2:
        return []
    m = said.match(sentence, units[-1].end)
    tail = re.split(r"\s+(?:atas|karena|dalam|pada|di)\s+|[;.]", sentence[m.end() :])[0]
    for separator in (ITEMS_APART, ITEMS_APART_BY_COMMAS):  # "kategori kebakaran hutan dan lahan serta kategori Y"
        items = [i.strip() for i in separator.split(tail) if i.strip()]
        if len(items) == len(units):
            items = _places_in_common(items)
            if said is PLACES_IN_ORDER and not all(PLACE.match(i) for i in items):
                return []
            return list(zip(units, items, strict=True))
    return []


ITEMS_APART = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
ITEMS_APART_BY_COMMAS = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+serta\s+")
# "Polda B dan Polda C menempati posisi kedua dan ketiga": places in the order of the units, with no "masing-masing".
PLACES_IN_ORDER = re.compile(rf"\s*,?\s*(?:menempati|meraih|menduduki|menjadi)\s+(?={RANK_WORD}\s)")


# A place said by its number alone after the first ("juara I, II dan III"), the contest named after the last.
BARE_PLACE = re.compile(rf"(?:\d{{1,2}}|{_ROMAN}|(?i:{_WORDS}))$")


def _places_in_common(items: list[str]) -> list[str]:
    """ "juara I, II dan III Lomba X": the first place's rank word and the last one's contest hold for every item."""
    if not PLACE.match(items[0]):
        return items
    word = re.match(rf"{RANK_WORD}\s+", items[0]).group(0)
    items = [items[0]] + [word + i if BARE_PLACE.match(i.split(" ", 1)[0]) else i for i in items[1:]]
    if not all(PLACE.match(i) for i in items):
        return items
    last = PLACE.match(items[-1])
    contest = items[-1][last.end() :].strip() if last else ""
    return [i if len(i) > PLACE.match(i).end() or not contest else f"{i} {contest}" for i in items]
