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
from dataclasses import dataclass, field
from datetime import date, datetime

from itemadapter import ItemAdapter

from pipelines.award_fields import (
    HANDOVER,
    SPEECH,
    best_title,
    event_date_of,
    is_generic_title,
    officer_of,
    place_of,
    placement_of,
    title_of,
    year_in_title,
    year_of,
)
from pipelines.categories import categories_of, decided_by_wording, giver_as_written, giver_category, giver_of
from pipelines.classify import GIVE, sentence_role, sentences
from pipelines.units import Mention, find_unit_mentions, gazetteer

GIVE_TO = re.compile(r"\b(memberikan|menyerahkan|menganugerahkan|mengganjar|diberikan|diserahkan)\b[^.]*?\bkepada\b")


@dataclass
class Award:
    recipients: list[str] = field(default_factory=list)
    recipient_ids: list[str | None] = field(default_factory=list)
    officer: str | None = None
    rank: str | None = None
    position: str | None = None
    title: str | None = None
    category: str = "other"
    giver: str | None = None
    giver_person: str | None = None
    giver_text: str | None = None  # the giver as the story names it
    year: int | None = None
    placement: int | None = None
    event_date: str | None = None
    place: str | None = None
    evidence: list[str] = field(default_factory=list)
    # The title came from a sentence naming several kinds of award: a later, specific one replaces it.
    title_generic: bool = False
    title_listed: bool = False  # named as an item of a list of awards: that name stays

    def as_row(self) -> dict:
        row = {k: v for k, v in self.__dict__.items() if k not in ("evidence", "title_generic", "title_listed")}
        return row | {"evidence": " … ".join(self.evidence)}


def _recipient_mentions(sentence: str, story: str | None = None) -> list[Mention]:
    """Units that receive in this sentence: subjects before the receiving verb, objects after
    'kepada' or 'oleh'; never units that follow 'dari' or give ("Polda X memberikan ... kepada")."""
    mentions = find_unit_mentions(sentence, story=story) or _polri_itself(sentence)
    give = GIVE_TO.search(sentence)
    if give:
        mentions = [m for m in mentions if m.start >= give.end()]
    chosen = []
    for m in mentions:
        if PLACE_BEFORE.search(sentence[max(0, m.start - 40) : m.start]):
            continue  # where it happened: "di Gedung Rupatama Mabes Polri", "di Aula Polda X"
        if m.name.startswith("Polda") and SCOPE_BEFORE.search(sentence[max(0, m.start - 30) : m.start]):
            continue  # "12 polres jajaran Polda Jatim": the Polda frames the units that receive
        before = sentence[max(0, m.start - 12) : m.start].lower()
        if re.search(r"\bdari\s*$|\boleh\s+kapolda\s*$", before) or (
            m.name.startswith("Polda") and re.search(r"\bdari\b", before)
        ):
            continue
        if m.via_position and m.name.startswith("Polda") and not re.search(r"\bkepada\s*$|\boleh\s*$", before):
            continue  # "Kapolda X menyerahkan ...": the Polda gives
        chosen.append(m)
    return chosen


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


POLRI_RECEIVES = re.compile(
    r"\b(?:Polri|Kepolisian Negara Republik Indonesia)\s+(?:kembali\s+|berhasil\s+)?(?:raih|meraih|terima|menerima|"
    r"mendapat|mendapatkan|memperoleh|dianugerahi|diganjar|sabet|menyabet|dinobatkan)\b|\bkepada\s+Polri\b"
)


def _polri_itself(sentence: str) -> list[Mention]:
    """ "Polri meraih penghargaan ...": the institution receives, which the archive files under Mabes Polri."""
    m = POLRI_RECEIVES.search(sentence)
    unit = gazetteer().units.get("mabes-polri")
    return [Mention(unit.name, unit.unit_id, m.start(), m.end(), False)] if m and unit else []


def _enumerated(sentence: str, expected: int | None = None) -> list[str]:
    """Items of a list of awards: "dua penghargaan ... yaitu A, dan B yang diraih oleh X", "Tiga penghargaan
    yang diraih adalah: A; B; dan C", "meraih dua penghargaan: juara 2 ..., serta juara 3 ..."."""
    for m in LIST_OPENER.finditer(sentence):
        if UNIT_LIST_HEAD.search(sentence, 0, m.start()):
            continue  # "11 polres lain, antara lain Mojokerto, Batu": a list of units, read as recipients
        # Only a list that follows an award word closely ("dua penghargaan ... yaitu") lists awards.
        if re.search(r"penghargaan|predikat|piagam|kategori|trofi", sentence[max(0, m.start() - 90) : m.start()], re.I):
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


def _add_recipients(award: Award, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.name not in award.recipients:
            award.recipients.append(m.name)
            award.recipient_ids.append(m.unit_id)


def _drop_containing_units(award: Award) -> None:
    """A unit named next to one of its own units is context ("Polres X jajaran Polda Y", "Ditlantas Polda Y"),
    not a recipient; units of different Polda, or a Polda next to another Polda's Polres, all stay."""
    pairs = list(zip(award.recipients, award.recipient_ids, strict=True))
    # Units of several Polda are a list of winners: a Polsek the gazetteer lacks is then no sign of context.
    poldas = {gazetteer().units[u].polda_id or u for _, u in pairs if u}
    unknown_below = len(poldas) <= 1
    keep = [(n, u) for n, u in pairs if not any(_contains(n, u, n2, u2, unknown_below) for n2, u2 in pairs if n2 != n)]
    award.recipients = [n for n, _ in keep]
    award.recipient_ids = [u for _, u in keep]


def _contains(name: str, unit_id: str | None, other: str, other_id: str | None, unknown_below: bool = True) -> bool:
    """Whether the unit `name` is above `other` in Polri's hierarchy."""
    if name == "Mabes Polri":
        return True
    if other.endswith(" " + name):  # a sub-unit of it: "Satlantas Polres Serang"
        return True
    if unit_id and other_id:
        unit = gazetteer().units.get(other_id)
        while unit and unit.parent_id:
            if unit.parent_id == unit_id:
                return True
            unit = gazetteer().units.get(unit.parent_id)
        return False
    # A unit the gazetteer lacks (a Polsek, mostly) sits under the Polda and Polres named with it.
    return unknown_below and other.startswith("Polsek") and not name.startswith("Polsek")


@dataclass
class Story:
    """What every pass reads: the headline, the body's sentences, the publication day."""

    title: str | None
    body: list[str]
    published: date | None

    @property
    def sentences(self) -> list[str]:
        return ([self.title] if self.title else []) + self.body

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def extract_awards(title: str | None, text: str, published_at: str | None = None) -> list[dict]:
    """Award rows of a story in which Polri receives; [] when no award is found."""
    published = datetime.fromisoformat(published_at).date() if published_at else None
    story = Story(title, sentences(text), published)
    # Pass 1: enumerations ("dua penghargaan, yaitu A, dan B yang diraih oleh X") name awards one by one.
    awards, listed = _listed_awards(story)
    # Pass 2: sentences in which a unit receives; one award per kind, the headline last.
    reading = [(False, s) for s in story.body if s not in listed] + ([(True, title)] if title else [])
    for is_headline, sentence in reading:
        _read_sentence(awards, sentence, is_headline, story)
    # Pass 3: what the award's sentences, then the whole story, say of its giver, officer, date and place.
    for award in awards:
        _complete(award, story)
    return [a.as_row() for a in awards if a.recipients]


# Placings in one sentence: "juara 1 diraih Polres Lebak, juara 2 Polresta Tangerang, dan juara 3 Polres Cilegon".
PLACING = re.compile(r"\b(?:juara|peringkat|terbaik)\s+(?:ke-?\s*)?(\d|I{1,3}|IV|pertama|kedua|ketiga)\b", re.I)
TOPIC = re.compile(r"\b(?:untuk|kategori|bidang|lomba)\s+([^:;,]{4,80}?)\s*(?::|,|;|$)", re.I)


def _placing_awards(sentence: str, story: Story) -> list[Award]:
    """One award per placing when a sentence ranks two or more units, each placing next to its unit."""
    placings = list(PLACING.finditer(sentence))
    if len(placings) < 2:
        return []
    units = find_unit_mentions(sentence, story=story.text)
    awards = []
    for n, placing in enumerate(placings):
        end = placings[n + 1].start() if n + 1 < len(placings) else len(sentence)
        after = [u for u in units if placing.end() <= u.start < end]
        before = [u for u in units if u.end <= placing.start() and placing.start() - u.end <= 25]
        # "Kapolres Batang (juara 1 film pendek), ...": a placing in brackets belongs to the unit before it.
        bracketed = sentence[max(0, placing.start() - 2) : placing.start()].strip().endswith("(")
        unit = ((before[-1:] if bracketed else []) or after or before[-1:] or [None])[0]
        if unit is None:
            return []
        named = re.match(r"[^(),;]*", sentence[placing.end() :]).group(0) if bracketed else ""
        topic = TOPIC.search(sentence, 0, placings[0].start())
        award = Award(category=(categories_of(sentence) or ["other"])[0], evidence=[sentence], title_listed=True)
        award.title = placing.group(0) + (named or (f" {topic.group(1)}" if topic else ""))
        award.placement = placement_of(placing.group(0))
        _add_recipients(award, [unit])
        awards.append(award)
    return awards if len({a.recipients[0] for a in awards}) == len(awards) else []


def _listed_awards(story: Story) -> tuple[list[Award], set[str]]:
    awards, listed = [], set()
    counted = COUNTED_AWARDS.search(" ".join(story.sentences[:3]))
    for sentence in story.body:
        placed = _placing_awards(sentence, story)
        if placed:
            awards += placed
            listed.add(sentence)
            continue
        items = _enumerated(sentence) or _counted_reasons(sentence, counted)
        if not items or all(re.match(r"Pol(res|resta|restabes|sek|da)\b", i) for i in items):
            continue  # no list, or a list of units (they are recipients, handled below)
        listed.add(sentence)
        cats = categories_of(sentence)
        head = re.split(r"\s+(?:yaitu|yakni|antara lain)\b", sentence)[0]
        head_recipients = _recipient_mentions(head, story.text)
        for item in items:
            by = re.search(r"yang diraih oleh (.+)$", item)
            award = Award(category=(categories_of(item) or cats or ["other"])[0], evidence=[sentence])
            # "WBK untuk Ditlantas Polda Jatim": the award, then who received it.
            award.title = re.split(r"\s+yang\s+|\s+(?:untuk|bagi|kepada|oleh)\s+(?=[A-Z])", item)[0].strip(" ,")
            award.title_listed = True
            own = _recipient_mentions(by.group(1) if by else item, story.text)
            _add_recipients(award, own or head_recipients)
            award.year = year_of(item)
            award.placement = placement_of(item)
            awards.append(award)
    return awards, listed


PLACE_BEFORE = re.compile(
    r"\bdi\s+(?:(?:Gedung|Aula|Rupatama|Ruang|Lapangan|Halaman|Mako|Markas|Kantor|Lobi|Gelanggang|Auditorium)\b[\w\s-]{0,25}?\s)?$",
    re.I,
)

SCOPE_BEFORE = re.compile(r"\b(?:jajaran|wilayah(?: hukum)?|di lingkungan|lingkup|se-?|tingkat)\s*$", re.I)

# An earlier award, mentioned for background: its units are no recipients of this story's award.
BACKGROUND = re.compile(r"\b(sebelumnya|tahun lalu|tahun sebelumnya|pernah|sempat meraih|dulu)\b", re.I)

# A sentence that names who received, after one that says what: "Peraihnya Polda Jambi, ...", "Para penerima
# adalah Kapolsek Genteng, Lakarsantri, ...", "Penerimanya yakni ...".
RECIPIENTS_NAMED = re.compile(
    r"^(?:para\s+)?(?:peraih|penerima|pemenang)(?:nya)?\b|\b(?:peraih|penerima|pemenang)(?:nya)?\s+"
    r"(?:penghargaan\s+)?(?:itu\s+|tersebut\s+)?(?:adalah|yaitu|yakni|antara lain|ialah|meliputi)\b",
    re.IGNORECASE,
)


def _read_sentence(awards: list[Award], sentence: str, is_headline: bool, story: Story) -> None:
    """Add what one sentence says to the story's awards: a new award, or more of one already read."""
    role = sentence_role(sentence)
    cats = categories_of(sentence) or ["other"]
    if role != "received" and awards and not is_headline and RECIPIENTS_NAMED.search(sentence):
        named = find_unit_mentions(sentence, story=story.text)
        if named:
            awards[-1].evidence.append(sentence)
            _add_recipients(awards[-1], named)
            return
    if role != "received":
        # "Penghargaan dari Kapolda Kalsel diserahkan di Mapolda": names an award's giver, no recipient.
        if not (awards and role is None and cats != ["other"] and re.search(r"\b[Pp]enghargaan\b", sentence)):
            return
        if is_headline:
            return
    recipients = _recipient_mentions(sentence, story.text) if role == "received" else []
    award = _award_for(awards, sentence, role, cats, recipients, is_headline)
    if award is None:
        return
    award.evidence.append(sentence)
    if not (award.title and award.recipients):
        _add_recipients(award, recipients or _recipient_mentions(sentence, story.text))
    elif recipients and not is_headline and not BACKGROUND.search(sentence):
        # More units receive the same award ("... juga diberikan kepada Polres Y"); an officer who accepts it
        # ("diterima Kasat Reskrim Polres X") stands for a recipient already named.
        _add_recipients(award, [m for m in recipients if not m.via_position])
    candidate = None if is_headline else title_of(sentence)
    if candidate and (
        award.title is None
        or (award.title_generic and cats == [award.category])
        or (is_generic_title(award.title) and not is_generic_title(candidate))
    ):
        award.title = candidate
        award.title_generic = len(categories_of(sentence)) != 1
    award.year = award.year or year_of(sentence)
    award.placement = award.placement or placement_of(sentence)


def _award_for(
    awards: list[Award], sentence: str, role: str | None, cats: list[str], recipients: list[Mention], is_headline: bool
) -> Award | None:
    """The award a sentence speaks of: one of the same kind already read, the story's first award for a
    summary or a follow-up, or a new one (appended). None for a sentence that only adds evidence."""
    existing = [a for a in awards if a.category in cats]
    if existing and recipients and not is_headline:
        # Another award of the same kind, to other units ("... juga memberikan penghargaan X kepada Polsek Y").
        probe = Award(recipients=[m.name for m in recipients], recipient_ids=[m.unit_id for m in recipients])
        _drop_containing_units(probe)
        names = set(probe.recipients)
        if not any(names & set(a.recipients) or not a.recipients for a in existing) and title_of(sentence) not in {
            a.title for a in existing
        }:
            existing = []
            cats[:] = cats[:1]
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
    if generic:
        generic[0].category = cats[0]  # the story's award turns out to be of a known kind
        return generic[0]
    if awards and (is_headline or len(cats) > 1 or cats == ["other"]):
        return awards[0]  # a summary or a follow-up adds to what the story already names
    award = Award(category=cats[0])
    awards.append(award)
    return award


def _complete(award: Award, story: Story) -> None:
    """Pass 3 for one award: recipients when its sentences named none, kind and giver, officer, year,
    title, the ceremony's date and place."""
    _drop_containing_units(award)
    context = " ".join(award.evidence)
    _complete_title(award, story)
    if not award.recipients:
        # The units its own sentences name (not its giver's), else the headline's, else the lead's first.
        giving = {m.name for m in find_unit_mentions(context) if m.via_position}
        named = [m for m in _recipient_mentions(context, story.text) if m.name not in giving]
        if named:
            _add_recipients(award, named)
            _drop_containing_units(award)
        else:
            fallback = _headline_recipients(story) or _recipient_mentions(" ".join(story.sentences[:3]), story.text)
            _add_recipients(award, fallback[:1] or _own_personnel(context))
    mentions = [m for m in find_unit_mentions(context, story=story.text) if m.name in award.recipients] or [
        m for m in find_unit_mentions(story.text) if m.name in award.recipients
    ]
    decided = decided_by_wording(context)
    if not (decided and decided.name == award.category):
        # Who gives decides the kind: "penghargaan dari Kapolri", "Bupati X menyerahkan"; an award whose own
        # sentences name no giver and no kind has the giver the story names.
        story_giver = giver_category(story.text) if award.category == "other" else None
        award.category = giver_category(context) or story_giver or award.category
        if story_giver and not giver_category(context):
            context = f"{context} {story.text}"
    award.giver, award.giver_person = giver_of(award.category, context, mentions)
    if award.giver is None or award.giver == "Ombudsman RI":
        # The story may name the giver more fully elsewhere ("Kepala Perwakilan Ombudsman Kalsel ...").
        fuller = giver_of(award.category, story.text, mentions)
        if fuller[0] and (award.giver is None or fuller[0].startswith(award.giver)):
            award.giver, award.giver_person = fuller
    award.giver_text = giver_as_written(award.giver, context) or giver_as_written(award.giver, story.text)
    award.officer, award.rank, award.position = officer_of(
        context, mentions[:1] if len(award.recipients) == 1 else mentions
    )
    if award.officer is None and len(award.recipients) == 1:
        award.officer, award.rank, award.position = officer_of(story.text, mentions[:1])
    award.year = award.year or year_of(context) or year_in_title(award.title)
    about_handover = [s for s in story.sentences if s not in award.evidence and HANDOVER.search(s)]
    ceremony = [s for s in about_handover if not SPEECH.search(s)]
    spoken = [s for s in about_handover if SPEECH.search(s)]
    award.event_date = event_date_of(award.evidence, ceremony, story.published, spoken, _story_year(story))
    award.place = place_of(award.evidence + ceremony)


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
    award.title = award.title or headline_title


OWN_PERSONNEL = re.compile(
    r"\b(?:kepada|ke|untuk|bagi)\s+(?:[\d.]+\s+|para\s+|sejumlah\s+|seluruh\s+)?(?:orang\s+)?"
    r"(?:personel|anggota|polisi|polwan|jajaran|perwira|bintara)\b",
    re.I,
)


def _own_personnel(context: str) -> list[Mention]:
    """ "Kapolda Jatim menyematkan Satyalancana kepada 2.684 personel": a chief honouring his own people,
    so the unit he leads receives."""
    give = OWN_PERSONNEL.search(context)
    if not give:
        return []
    chiefs = [m for m in find_unit_mentions(context[: give.start()]) if m.unit_id]
    return chiefs[-1:]


def _headline_recipients(story: Story) -> list[Mention]:
    """Units the headline names as receiving: not a Polda named after its Polres ("Polres X Polda Y"), nor
    a unit whose chief gives ("Kapolresta Manado Berikan Penghargaan ...")."""
    headline = story.title or ""
    return [
        m
        for m in find_unit_mentions(headline, story=story.text)
        if (not m.name.startswith("Polda") or "Polda" in headline[:8])
        and not (m.via_position and GIVE.match(headline[m.end :].lstrip()))
    ]


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
