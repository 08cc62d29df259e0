"""Pass 1 of the structure stage: stories that list their awards one by one ("dua penghargaan, yaitu A,
dan B", "Tiga penghargaan ... adalah: A; B; dan C", "juara 1 diraih Polres X, juara 2 Polres Y") give one
award per item.
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_officer import POSITION_RE
from pipelines.award_rankings import (
    Placing,
    each_unit_its_award,
    placement_value,
    placings_of,
    ranked_across,
    split_by_category,
)
from pipelines.award_titles import AWARD_TO_COME, is_generic_title, placement_of, title_of
from pipelines.award_years import year_of
from pipelines.categories import categories_of
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.recipients import recipient_mentions
from pipelines.units import Mention, find_unit_mentions

COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8}

COUNTED_AWARDS = re.compile(
    r"\b(dua|tiga|empat|lima|enam|tujuh|delapan|\d)\s+(?:buah\s+)?(piagam penghargaan|penghargaan|piagam|trofi|predikat)",
    re.I,
)

LIST_OPENER = re.compile(r"\b(?:yaitu|yakni|adalah|antara lain|meliputi)\s*[:,]?\s*|:\s*")

UNIT_LIST_HEAD = re.compile(
    r"\b(?:polres|polresta|polrestabes|polsek|polda|satuan kerja|satker|satwil|satuan)\w*(?:\s+(?:lain|lainnya|jajaran|itu))*\s*,?\s*$",
    re.I,
)

AWARD_ITEM = r"(?:juara|penghargaan|predikat|piagam|kategori|peringkat|terbaik)\b"


# A list of awards is one that something won or gave: a receiving or giving verb, or its giver ("dari X").
AWARDS_HEAD = re.compile(
    r"\b(?:raih|meraih|diraih|menerima|diterima|mendapat\w*|memperoleh|diperoleh|memboyong|menyabet|disabet|"
    r"membawa pulang|memberikan|menyerahkan|diberikan|diserahkan|menganugerahkan)\b|\bdari\s+[A-Z]|"
    # ... or the awards the story already counted: "Ketiga penghargaan itu adalah: ..."
    r"\bke(?:dua|tiga|empat|lima|enam)(?:nya)?\s+(?:penghargaan|piagam|rekor|predikat|trofi)\b",
    re.I,
)


AWARD_FROM_GIVERS = re.compile(r"\b(?:penghargaan|piagam)(?:\s*,?\s+dari\s+(?:[A-Z][\w()-]*\s*)+)+,?\s*$")

# A category named just before "yakni": what follows says what the category is.
CATEGORY_EXPLAINED = re.compile(r"\bkategori(?:\s+[\w-]+){1,4}\s*,?\s*$", re.I)

# What "adalah" says of those who receive, or of the giving, is no list of awards.
# "penghargaan itu adalah apresiasi atas kontribusi ... aman dan tertib": what the award means, not a list of awards.
WHAT_IT_MEANS = re.compile(r"\s*(?:bentuk|wujud|apresiasi|tanda|ungkapan|hasil|buah|motivasi|pemacu)\b", re.I)
RECEIVERS_HEAD = re.compile(
    r"\byang\s+(?:meraih|menerima|mendapat(?:kan)?|memperoleh)\s+(?:[\w/-]+\s+){0,3}?(?:penghargaan|piagam|predikat|trofi)"
    r"(?:\s+(?:itu|tersebut|ini))?\s*$",
    re.I,
)
NOT_AWARDS_SUBJECT = re.compile(r"\b(?:penerima|peraih|pemenang|pemberian|penyerahan)\b", re.I)


def _enumerated(sentence: str, expected: int | None = None) -> list[str]:
    """Items of a list of awards: "dua penghargaan ... yaitu A, dan B yang diraih oleh X", "Tiga penghargaan
    yang diraih adalah: A; B; dan C", "meraih dua penghargaan: juara 2 ..., serta juara 3 ..."."""
    for m in LIST_OPENER.finditer(sentence):
        if UNIT_LIST_HEAD.search(sentence, 0, m.start()) or _opens_with_unit(sentence, m.end()):
            continue  # "11 polres lain, antara lain Mojokerto, Batu": a list of units, read as recipients
        if re.match(rf"(?:{POSITION_RE}|{ANY_CASE_RANK_RE})\b", sentence[m.end() :]) or (
            m.group(0).startswith("adalah")
            and (NOT_AWARDS_SUBJECT.search(sentence, 0, m.start()) or WHAT_IT_MEANS.match(sentence, m.end()))
        ):
            continue  # "menerima penghargaan, yakni Direktur X ...", "penerimanya adalah ...", "pemberiannya adalah bentuk ..."
        if RECEIVERS_HEAD.search(sentence, 0, m.start()) and re.search(r"\bPolri\b", sentence[m.end() :]):
            continue  # "Lembaga yang meraih penghargaan adalah TNI; Polri; ...": who received, not which award
        if not AWARDS_HEAD.search(sentence, 0, m.start()) and not find_unit_mentions(sentence[: m.start()]):
            continue  # "ada empat kategori rekor, yaitu ...": kinds explained, not awards won
        if CATEGORY_EXPLAINED.search(sentence, 0, m.start()):
            continue  # "kategori Pagu Besar, yakni pagu di atas Rp75 miliar": what the category means
        # Only a list that follows an award word closely ("dua penghargaan ... yaitu") lists awards.
        # (or one whose givers alone stand between: "penghargaan dari Kementerian X, dari Kantor Y, yaitu ...")
        if re.search(
            r"penghargaan|predikat|piagam|kategori|trofi", sentence[max(0, m.start() - 90) : m.start()], re.I
        ) or (AWARD_FROM_GIVERS.search(sentence, 0, m.start())):
            count = COUNTED_AWARDS.search(sentence, max(0, m.start() - 90), m.start())
            wanted = (
                COUNTS.get(count.group(1).lower(), int(count.group(1)) if count.group(1).isdigit() else None)
                if count
                else expected
            )
            items = _list_items(sentence[m.end() :].rstrip(". "), wanted)
            # "penghargaan dari X yaitu, tentang A": one award named after "yaitu" is a list of one.
            if len(items) >= 2 or (items and re.match(r"yaitu|yakni", m.group(0))):
                return items
    return []


def _opens_with_unit(sentence: str, position: int) -> bool:
    """ "Tiga polres meraih predikat WBK, yakni Lebak, Pandeglang, dan Serang": the list's first item is a unit."""
    return any(position <= u.start <= position + 2 for u in find_unit_mentions(sentence))


def _counted_reasons(sentence: str, counted: re.Match | None) -> list[str]:
    """ "tiga piagam penghargaan ..." then "Penghargaan diberikan atas A, B, serta C": one award per reason,
    when the reasons are as many as the awards counted."""
    if not counted:
        return []
    wanted = COUNTS.get(counted.group(1).lower()) or (int(counted.group(1)) if counted.group(1).isdigit() else 0)
    m = re.search(r"\b(?:diberikan|diserahkan|dianugerahkan)\s+(?:atas|untuk|karena)\s+", sentence)
    if not m or wanted < 2:
        return []
    items = _list_items(sentence[m.end() :].rstrip(". "), wanted)
    return [f"{counted.group(2)} atas {item}" for item in items] if len(items) == wanted else []


def _list_items(body: str, expected: int | None) -> list[str]:
    """A list's items: split at semicolons where it has them, else at commas and a closing "dan"; when that
    does not give the number of awards the story counted, only where an award word opens the next item."""
    if ";" in body:
        parts = re.split(r";\s*(?:dan\s+|serta\s+)?", body)
    else:
        parts = re.split(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+(?=[a-z])", body)
        if expected and len([p for p in parts if p.strip()]) != expected:
            parts = re.split(rf",?\s+(?:dan|serta)\s+(?={AWARD_ITEM})|,\s*(?={AWARD_ITEM})", body, flags=re.I)
    items = []
    for part in parts:
        part = re.sub(r"^(tentang|untuk|kategori)\s+", "", part.strip())
        part = re.split(r",\s*(?:dengan|sebanyak|mencapai)\b", part)[0]  # "..., dengan 142 kasus": a figure
        part = re.split(r"[\"“”]|,\s*(?:ujar|kata|ucap|jelas|tutur)\w*\b", part)[0]  # a quote ends the list
        if not part:
            continue
        if part.startswith(("yang ", "sedangkan")) and items:
            items[-1] += ", " + part
        else:
            items.append(part)
    return items


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
PLACING_END = re.compile(r"\s+(?:dan|serta|sedangkan|diraih|ditempati|dengan|oleh|yang|melalui|lewat)\b|[,;:().]")
# The contest or assessment a story's placings are in, by its name: "Lomba Peragaan Dalmas Sabhara", "ajang IKPA
# 2023", "penilaian Indikator Kinerja Pelaksanaan Anggaran (IKPA)".
CONTEST_NAMED = re.compile(
    r"\b(?:(?i:ajang|penilaian)\s+|(?=(?i:lomba|kompetisi)\s+[A-Z]))((?:[A-Z(][\w()/-]*|(?i:lomba|kompetisi)|20\d\d)"
    r"(?:\s+(?:[A-Z(][\w()/-]*|20\d\d)){0,6})"
)
# "Pemenang lomba tersebut adalah juara 1 ...": the contest is the one the story named before.
BACK_REFERENCE = re.compile(r"^(?:tersebut|itu|ini|adalah)\b", re.I)


# An item that starts with a unit, an officer's post or a person is a list of who, not of which award.
NOT_AN_AWARD = re.compile(
    r"(?:Pol(?:res|resta|restabes|sek|da)\s+(?!terbaik|teladan|berprestasi|tipe|kelompok|dengan)"
    r"|(?i:(?:waka|ka)pol\w*|kasat\w*|kanit|kasubdit|panitia|personel|anggota)\b"
    rf"|{ANY_CASE_RANK_RE}\.?\s+[A-Z])"  # "Aiptu Agus Salim, anggota Satlantas ...": a person
)


def _with_their_units(items: list[str]) -> list[str]:
    """ "WBK untuk Ditlantas Polda Jatim, Polres Pacitan dan Polres Bondowoso, serta WBBM untuk ...": items
    that are units go with the award before them; a list that opens with a unit lists no awards."""
    if not items or NOT_AN_AWARD.match(items[0]):
        return []
    merged: list[str] = []
    for item in items:
        if NOT_AN_AWARD.match(item):
            merged[-1] += ", " + item
        else:
            merged.append(item)
    return merged


def _placing_awards(sentence: str, story: Story) -> list[Award]:
    """One award per placing when a sentence ranks units: "juara 1 diraih Polres X, juara 2 Polres Y",
    "Polda X juara umum tingkat polda dan Polres Y juara umum tingkat polres", "Kapolres Z (juara 1 ...)"."""
    units = find_unit_mentions(sentence, story=story.text)
    placings = _placings(sentence, units)
    following = _following_units(sentence, placings, units)
    if len(placings) + len(following) < 2 or not placings:
        return []
    awards = []
    for n, placing in enumerate(placings):
        unit = _placed_unit(sentence, placing, units)
        if unit is None:
            return []
        award = Award(category=(categories_of(sentence) or ["other"])[0], evidence=[sentence], title_listed=True)
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
    for unit in following:
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
    if placing.value is not None:
        return placing.value
    n = re.search(r"(?:ke-?\s*)?(\w+)$", placing.group(0))
    return placement_value(n.group(1)) if n else None


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
    # "Polda X meraih peringkat 1 melalui satker Y": the unit it was won through is the one placed.
    if after and re.fullmatch(
        r"\s*(?:(?:diraih|ditempati)\s+(?:oleh\s+)?|melalui\s+(?:(?:satker|satuan kerja)\s+)?|:\s*)?",
        sentence[placing.end() : after[0].start],
    ):
        return after[0]
    return before[-1] if before else None


def _placing_name(sentence: str, placing: re.Match, later: list[re.Match], units: list[Mention]) -> str:
    """What the placing is in: the words after it up to the next placing, unit or clause ("juara II SPIT
    Media Hub zona A"), else the topic the sentence opens with ("untuk inovasi dan pelayanan lalu lintas")."""
    stops = [m.start() for m in later] + [u.start for u in units if u.start >= placing.end()]
    end = PLACING_END.search(sentence, placing.end())
    stops.append(end.start() if end else len(sentence))
    name = sentence[placing.end() : min(stops)].strip()
    if name:
        return " " + name
    topic = TOPIC.search(sentence, 0, placing.start())
    if not topic or BACK_REFERENCE.match(topic.group(1)):
        return ""
    # "Pada kategori tingkat polres, Polres X di posisi teratas": the category is named as one
    word = topic.group(0).split()[0].lower()
    return f" {word} {topic.group(1)}" if word in ("kategori", "bidang") else f" {topic.group(1)}"


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


def listed_awards(story: Story) -> tuple[list[Award], set[str]]:
    awards, listed = [], set()
    placed_in: dict[str, list[Award]] = {}
    counted = COUNTED_AWARDS.search(" ".join(story.sentences[:3]))
    for sentence in story.body:
        # Each unit with what it won: "kepada Polres A sebagai X, Polres B sebagai Y", "... masing-masing meraih A dan B".
        each, used = each_unit_its_award([sentence], story)
        if each:
            awards += each
            listed |= used
            continue
        placed = _placing_awards(sentence, story)
        # "tiga penghargaan: juara 1 A, juara 1 B, dan kategori C": a list with more awards than placings
        if placed and len(placed) >= len(_with_their_units(_enumerated(sentence))):
            awards += placed
            listed.add(sentence)
            placed_in[sentence] = placed
            if len({name for a in placed for name in a.recipients}) > 1:
                for award in placed:
                    award.ranked = True  # a ranking of several units, not one unit's several places
            continue
        items = _with_their_units(_enumerated(sentence) or _counted_reasons(sentence, counted))
        if not items or AWARD_TO_COME.search(sentence):
            continue  # no list, or a list of units (they are recipients, handled below)
        listed.add(sentence)
        cats = categories_of(sentence)
        head = re.split(r"\s+(?:yaitu|yakni|antara lain)\b|:", sentence)[0]
        head_recipients = recipient_mentions(head, story.text)
        family = title_of(head)  # "predikat Zona Integritas": what kind the items grade
        for item in items:
            by = re.search(r"yang diraih oleh (.+)$", item)
            award = Award(category=(categories_of(item) or cats or ["other"])[0], evidence=[sentence])
            # "WBK untuk Ditlantas Polda Jatim": the award, then who received it.
            award.title = re.split(r"\s+yang\s+|\s+(?:untuk|bagi|kepada|oleh)\s+(?=[A-Z])", item)[0].strip(" ,")
            if len(award.title.split()) <= 2 and family and not is_generic_title(family):
                award.title = f"{family} {award.title}"  # "WBK" of "predikat Zona Integritas ...: WBK untuk X"
            award.title_listed = True
            own = recipient_mentions(by.group(1) if by else item, story.text)
            add_recipients(award, own or head_recipients)
            award.year = year_of(item)
            award.placement = placement_of(item)
            awards.append(award)
    # Rankings told a sentence at a time ("Posisi kedua ditempati Polres X. Polres Y menduduki posisi ketiga."),
    # and results split by category ("kategori A: Polres X dan Polres Y, kategori B: Polres Z").
    ranked, used = ranked_across(story, listed, _ranked_name, placed_in)
    awards += ranked
    listed |= used
    split, used = split_by_category([s for s in story.body if s not in listed], story)
    awards += split
    listed |= used
    return awards, listed


def _ranked_name(sentence: str, placing, units: list[Mention]) -> str:
    """What a place of a ranking told a sentence at a time is in, when the words after it name it ("posisi
    kedua kategori Polres tipe B"); not "urutan pertama dari empat polres", which only counts who was ranked."""
    name = _placing_name(sentence, placing, [], units)
    return name if re.match(r"\s*(?:kategori|tingkat|lomba|bidang|kelompok|tipe|[A-Z])", name) else ""


RANKING_HEAD = re.compile(r"\b(?:urutan|peringkat|ranking|rangking|juara)(?:nya)?\b", re.I)

# A numbered list's marker: "1. ", "2) ", at a line's start or after a space.
LIST_MARKER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+", re.M)


def numbered_lists_joined(text: str) -> str:
    """ "Mereka adalah:\n1. Aiptu A, ...\n2. Bripka B, ..." or "yaitu 1) juara 1 ..., 2) ...": one sentence whose
    items are split at semicolons, as a list written in a line is, so that a sentence splitter keeps it whole.
    Only markers counted from 1 without a gap make a list ("peringkat 2. Selain itu" is no item)."""
    markers = list(LIST_MARKER.finditer(text))
    out, last = [], 0
    n = 0
    while n < len(markers):
        chain = [markers[n]]
        while n + len(chain) < len(markers) and markers[n + len(chain)].group(1) == str(len(chain) + 1):
            chain.append(markers[n + len(chain)])
        if chain[0].group(1) != "1" or len(chain) < 2:
            n += 1
            continue
        head = text[last : chain[0].start()]
        out.append(head.rstrip() + " " if head.rstrip().endswith(":") else head)  # "adalah:\n1. ...": one line
        # "dengan urutan sebagai berikut: 1. Polres A 2. Polres B": the numbers are the places of a ranking.
        ranked = RANKING_HEAD.search(re.split(r"[.!?]\s", head)[-1])
        for k, marker in enumerate(chain):
            end = chain[k + 1].start() if k + 1 < len(chain) else _item_end(text, marker.end())
            item = re.sub(r",?\s+(?:dan|serta)$", "", re.sub(r"\s+", " ", text[marker.end() : end]).strip(" ,;"))
            if ranked and not PLACING.match(item):
                item = f"peringkat {marker.group(1)} {item}"
            out.append(("; " if k else "") + (item.rstrip(".") if k + 1 < len(chain) else item))
        last = _item_end(text, chain[-1].end())
        n += len(chain)
    return "".join(out) + text[last:]


def _item_end(text: str, start: int) -> int:
    """Where a list's last item ends: its line's end."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end
