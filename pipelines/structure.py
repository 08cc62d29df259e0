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

from pipelines.categories import (
    NAME,
    RANK_RE,
    categories_of,
    giver_as_written,
    giver_of,
    normalise_rank,
)
from pipelines.classify import sentence_role, sentences
from pipelines.dates import MONTHS, WEEKDAYS, month_number, weekday_before
from pipelines.units import Mention, find_unit_mentions

POSITION_RE = (
    r"Kapolri|Wakapolri|Kapolda|Wakapolda|Kapolrestabes|Kapolresta|Kapolres|Wakapolres|Kapolsek|"
    r"Kasat\s?\w+|Kanit\s?\w+|Kasi\s?Humas|Kabid\s?Humas|Bhabinkamtibmas|Dirlantas|Dirreskrimum|Dirreskrimsus|Dirresnarkoba"
)
_NAME = NAME
OFFICER_RE = re.compile(
    rf"(?:(?P<position>{POSITION_RE})(?:\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}?))?\s+)?"
    rf"(?P<rank>{RANK_RE})\.?\s+(?P<name>{_NAME})"
)
ORDINALS = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4,
            "kelima": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}  # fmt: skip
PLACEMENT_RE = re.compile(
    r"\b(?:peringkat|juara|ranking|posisi|terbaik)\s+(?:ke-?\s*)?(\d|pertama|kesatu|satu|kedua|dua|ketiga|tiga|keempat|kelima|III|II|IV|I|V)\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(
    r"\b(?:tahun|periode|TA|tahun anggaran)\s+(20\d\d)\b|(?:kepatuhan|pelayanan publik|WBK|WBBM|Korupsi\)?|Melayani\)?)\s+(?:tahun\s+)?(20\d\d)\b"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(w.capitalize() for w in WEEKDAYS if "'" not in w) + "|Jum'at"
DATE_WRITTEN = re.compile(rf"\b(?:(?:{_DAY}),?\s*)?\(?(\d{{1,2}})\s+({_MONTH})\s+(20\d\d)\)?", re.IGNORECASE)
DATE_SLASH = re.compile(rf"\b(?:{_DAY})\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(20\d\d|\d\d))?\)")
BARE_WEEKDAY = re.compile(rf"\b(?:pada\s+)?(?:hari\s+)?({_DAY})\b(?!\s*\()")
CEREMONY = re.compile(
    r"\b(diserahkan|menyerahkan|penyerahan|diterima|menerima|upacara|penganugerahan|dianugerahi|acara|berlangsung|"
    r"digelar|diberikan|memberikan|pemberian|seremoni|malam anugerah|dikukuhkan|diumumkan)\b",
    re.IGNORECASE,
)
# Sentences about the handing-over itself, which date and place the ceremony.
HANDOVER = re.compile(
    r"\b(penyerahan|penganugerahan|diserahkan|menyerahkan|upacara|seremoni|malam anugerah|diterima langsung)\b", re.I
)
SPEECH = re.compile(
    r"\b(kata|ujar|ujarnya|katanya|ucap|jelas|tutur|dikonfirmasi|mengatakan|menyampaikan|menjelaskan)\b", re.I
)
PLACE_RE = re.compile(
    r"\b(?:berlangsung|bertempat|digelar|dilaksanakan|diselenggarakan|diserahkan|dihelat)?\s*\bdi\s+"
    r"(?P<place>(?:Aula|Gedung|Mapolda|Mapolres|Mapolresta|Mapolrestabes|Mapolsek|Lapangan|Hotel|Kantor|Balai|"
    r"Pendopo|Pendapa|Ruang|Auditorium|Istana|Graha|Markas|Halaman|Rupatama|Sasana|Kompleks|Gelanggang|Stadion|"
    r"Alun-alun|Plaza|Convention|Gor|GOR|Mako)\b[^,.;\"]*?(?:,\s*(?:Jakarta|Jakarta Selatan|Jakarta Pusat)\b)?)"
    r"(?=\s*(?:,|\.|;|\byang\b|\bpada\b|\bsaat\b|\bdalam\b|\bsetelah\b|\busai\b|\bseusai\b|\bSenin\b|\bSelasa\b|\bRabu\b|"
    r"\bKamis\b|\bJumat\b|\bSabtu\b|\bMinggu\b|\(|$))"
)
GIVE_TO = re.compile(r"\b(memberikan|menyerahkan|menganugerahkan|mengganjar|diberikan|diserahkan)\b[^.]*?\bkepada\b")
AWARD_START = re.compile(
    r"\b(penghargaan|predikat|piagam|trofi|piala|anugerah|rekor|opini|juara|peringkat|tanda kehormatan|apresiasi|sertifikat)\b",
    re.IGNORECASE,
)


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

    def as_row(self) -> dict:
        row = {k: v for k, v in self.__dict__.items() if k not in ("evidence", "title_generic")}
        return row | {"evidence": " … ".join(self.evidence)}


def _recipient_mentions(sentence: str) -> list[Mention]:
    """Units that receive in this sentence: subjects before the receiving verb, objects after
    'kepada' or 'oleh'; never units that follow 'dari' or give ("Polda X memberikan ... kepada")."""
    mentions = find_unit_mentions(sentence)
    give = GIVE_TO.search(sentence)
    if give:
        mentions = [m for m in mentions if m.start >= give.end()]
    chosen = []
    for m in mentions:
        before = sentence[max(0, m.start - 12) : m.start].lower()
        if re.search(r"\bdari\s*$|\boleh\s+kapolda\s*$", before) or (
            m.name.startswith("Polda") and re.search(r"\bdari\b", before)
        ):
            continue
        if m.via_position and m.name.startswith("Polda") and not re.search(r"\bkepada\s*$|\boleh\s*$", before):
            continue  # "Kapolda X menyerahkan ...": the Polda gives
        chosen.append(m)
    return chosen


def _officer(context: str, recipients: list[Mention]) -> tuple[str | None, str | None, str | None]:
    """The receiving officer: after 'diterima (langsung) oleh' or 'kepada', else the recipient unit's chief."""
    if len(recipients) != 1:
        return None, None, None
    unit_words = recipients[0].name.split(" ", 1)[-1]
    best = None
    for m in OFFICER_RE.finditer(context):
        before = context[max(0, m.start() - 30) : m.start()].lower()
        position = m.group("position")
        if position and position.startswith("Kapolda") and "Polda" not in recipients[0].name:
            continue
        score = 0
        if re.search(r"(oleh|kepada|diterima)\s*(langsung\s*)?(oleh\s*)?$", before):
            score += 2
        if m.group("unit") and unit_words.startswith(m.group("unit").split()[0]):
            score += 1
        if position and position.lower().startswith("kapolres") or (position or "").lower().startswith("kapolsek"):
            score += 1
        if best is None or score > best[0]:
            best = (score, m)
    if best is None or best[0] == 0:
        return None, None, None
    m = best[1]
    name = re.sub(r"\s+(Kapolres\w*|Kapolda|Kapolsek|Wakapolda|Kasat\w*|Hadi|Pada|Saat|Dalam|Di)$", "", m.group("name"))
    return name, normalise_rank(m.group("rank")), (m.group("position") or None)


def _year(context: str) -> int | None:
    m = YEAR_RE.search(context)
    return int(m.group(1) or m.group(2)) if m else None


def _placement(context: str) -> int | None:
    m = PLACEMENT_RE.search(context)
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else ORDINALS.get(value)


def _explicit_date(sentence: str, published: date | None) -> str | None:
    m = DATE_WRITTEN.search(sentence)
    if m:
        try:
            return date(int(m.group(3)), month_number(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            pass
    m = DATE_SLASH.search(sentence)
    if m:
        year = m.group(3)
        year = (
            int(year)
            if year and len(year) == 4
            else (2000 + int(year) if year else (published.year if published else None))
        )
        if year:
            try:
                return date(year, int(m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                pass
    return None


def _event_date(evidence: list[str], ceremony: list[str], published: date | None) -> str | None:
    """The ceremony's date: a date written in the award's own sentences or in a sentence about the
    handing-over; a bare weekday only in the latter, resolved against the publication date."""
    for sentence in evidence:
        if SPEECH.search(sentence) and not CEREMONY.search(sentence):
            continue
        found = _explicit_date(sentence, published)
        if found:
            return found
    for sentence in ceremony:
        found = _explicit_date(sentence, published)
        if found:
            return found
    if published is None:
        return None
    for sentence in evidence + ceremony:
        m = BARE_WEEKDAY.search(sentence)
        if m and CEREMONY.search(sentence) and not SPEECH.search(sentence):
            return weekday_before(m.group(1), published).isoformat()
    return None


def _place(sents: list[str]) -> str | None:
    for sentence in sents:
        m = PLACE_RE.search(sentence)
        if m and CEREMONY.search(sentence):
            return m.group("place").strip()
    return None


def _title(sentence: str) -> str | None:
    m = AWARD_START.search(sentence)
    if not m:
        return None
    tail = sentence[m.start() :]
    # "penghargaan predikat X": the award is the predikat.
    tail = re.sub(r"^penghargaan\s+(?=(predikat|piagam|trofi|anugerah|rekor|opini)\b)", "", tail, flags=re.I)
    tail = re.split(r"\s+(?:dari|yang diserahkan|yang diterima|kepada|oleh|di|pada|setelah|usai|saat)\s+|[,.;]", tail)[
        0
    ]
    return tail.strip() or None


def _enumerated(sentence: str) -> list[str]:
    """Items of 'penghargaan ... yaitu A, dan B yang diraih oleh X'."""
    m = re.search(r"\b(?:yaitu|yakni)\s*,?\s*(.+?)\.?$", sentence)
    # Only a list that follows an award word closely ("dua penghargaan ... yaitu") lists awards.
    if not m or not re.search(
        r"penghargaan|predikat|piagam|kategori|trofi", sentence[max(0, m.start() - 90) : m.start()], re.I
    ):
        return []
    items = []
    for part in re.split(r",\s*(?:dan\s+)?|\s+dan\s+(?=[a-z])", m.group(1)):
        part = re.sub(r"^(tentang|untuk|kategori)\s+", "", part.strip())
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
    """A Polda or Polres named next to its own Polres or Polsek is context ("jajaran Polda X"), not a recipient."""
    rank = {"Polda": 0, "Mabes": -1, "Polres": 1, "Polresta": 1, "Polrestabes": 1, "Polsek": 2}
    levels = [rank.get(name.split()[0], 1) for name in award.recipients]
    if len(set(levels)) <= 1:
        return
    deepest = max(levels)
    keep = [i for i, level in enumerate(levels) if level == deepest]
    award.recipients = [award.recipients[i] for i in keep]
    award.recipient_ids = [award.recipient_ids[i] for i in keep]


def extract_awards(title: str | None, text: str, published_at: str | None = None) -> list[dict]:
    """Award rows of a story in which Polri receives; [] when no award is found."""
    published = datetime.fromisoformat(published_at).date() if published_at else None
    body = sentences(text)
    sents = ([title] if title else []) + body
    title_units = [
        m for m in find_unit_mentions(title or "") if not m.name.startswith("Polda") or "Polda" in (title or "")[:8]
    ]
    awards: list[Award] = []
    # Pass 1: enumerations ("dua penghargaan, yaitu A, dan B yang diraih oleh X") name awards one by one.
    enumerated = set()
    for sentence in body:
        items = _enumerated(sentence)
        if not items or all(re.match(r"Pol(res|resta|restabes|sek|da)\b", i) for i in items):
            continue  # no list, or a list of units (they are recipients, handled below)
        enumerated.add(sentence)
        cats = categories_of(sentence)
        head_recipients = _recipient_mentions(re.split(r"\s+(?:yaitu|yakni|antara lain)\b", sentence)[0])
        for item in items:
            by = re.search(r"yang diraih oleh (.+)$", item)
            award = Award(category=(categories_of(item) or cats or ["other"])[0], evidence=[sentence])
            award.title = re.split(r"\s+yang\s+", item)[0].strip(" ,")
            _add_recipients(award, _recipient_mentions(by.group(1)) if by else head_recipients)
            award.year = _year(item)
            award.placement = _placement(item)
            awards.append(award)
    # Pass 2: sentences in which a unit receives; one award per category, the headline last.
    for is_headline, sentence in [(False, s) for s in body] + [(True, title)] if title else [(False, s) for s in body]:
        if sentence in enumerated:
            continue
        role = sentence_role(sentence)
        cats = categories_of(sentence) or ["other"]
        if role != "received":
            # "Penghargaan dari Kapolda Kalsel diserahkan di Mapolda": names an award's giver, no recipient.
            if not (
                awards
                and role is None
                and cats != ["other"]
                and re.search(r"\b[Pp]enghargaan\b", sentence)
                and not is_headline
            ):
                continue
        existing = [a for a in awards if a.category in cats]
        recipients = _recipient_mentions(sentence) if role == "received" else []
        if existing and recipients and not is_headline:
            # Another award of the same kind, to other units ("... juga memberikan penghargaan X kepada Polsek Y").
            probe = Award(recipients=[m.name for m in recipients], recipient_ids=[m.unit_id for m in recipients])
            _drop_containing_units(probe)
            names = set(probe.recipients)
            if not any(names & set(a.recipients) or not a.recipients for a in existing) and _title(sentence) not in {
                a.title for a in existing
            }:
                existing = []
                cats = cats[:1]
        generic = [a for a in awards if a.category == "other" and cats != ["other"]]
        if role is None:
            # Such a sentence creates an award only when it announces one ("Penghargaan kedua dari Bupati").
            announces = re.search(r"[Pp]enghargaan\s+(pertama|kedua|ketiga|lain\w*|dari)\b", sentence)
            target = existing or generic or ([] if announces else awards[:1])
            if target:
                target[0].evidence.append(sentence)
                if target[0].category == "other" and cats != ["other"]:
                    target[0].category = cats[0]
                continue
        if existing:
            award = existing[0]
        elif generic:
            award = generic[0]
            award.category = cats[0]  # the story's award turns out to be of a known kind
        elif awards and (is_headline or len(cats) > 1 or cats == ["other"]):
            award = awards[0]  # a summary or a follow-up adds to what the story already names
        else:
            award = Award(category=cats[0])
            awards.append(award)
        award.evidence.append(sentence)
        if not (award.title and award.recipients):
            _add_recipients(award, recipients or _recipient_mentions(sentence))
        if not is_headline and (award.title is None or (award.title_generic and cats == [award.category])):
            award.title = _title(sentence) or award.title
            award.title_generic = len(categories_of(sentence)) != 1
        award.year = award.year or _year(sentence)
        award.placement = award.placement or _placement(sentence)
    if not awards:
        return []
    # Categories found only in a headline summary must not stand alone when the body names others.
    story_context = " ".join(sents)
    for award in awards:
        _drop_containing_units(award)
        context = " ".join(award.evidence)
        award.title = award.title or (_title(title) if title else None)
        if not award.recipients:
            fallback = title_units or _recipient_mentions(" ".join(sents[:3]))
            award.recipients = [m.name for m in fallback[:1]]
            award.recipient_ids = [m.unit_id for m in fallback[:1]]
        mentions = [m for m in find_unit_mentions(context) if m.name in award.recipients] or [
            m for m in find_unit_mentions(story_context) if m.name in award.recipients
        ]
        award.giver, award.giver_person = giver_of(award.category, context, mentions)
        if award.giver is None:
            award.giver, award.giver_person = giver_of(award.category, story_context, mentions)
        award.giver_text = giver_as_written(award.giver, context) or giver_as_written(award.giver, story_context)
        award.officer, award.rank, award.position = _officer(
            context, mentions[:1] if len(award.recipients) == 1 else mentions
        )
        if award.officer is None and len(award.recipients) == 1:
            award.officer, award.rank, award.position = _officer(story_context, mentions[:1])
        award.year = award.year or _year(context)
        ceremony = [s for s in sents if s not in award.evidence and HANDOVER.search(s) and not SPEECH.search(s)]
        award.event_date = _event_date(award.evidence, ceremony, published)
        award.place = _place(award.evidence + ceremony)
    return [a.as_row() for a in awards if a.recipients]


def article_units(title: str | None, text: str, awards: list[dict]) -> list[dict]:
    """Every unit the story names, once, with its role: recipient, giver or other."""
    recipients = {name for a in awards for name in a["recipients"]}
    givers = {a["giver"].replace("Kapolda ", "Polda ") for a in awards if a.get("giver")}
    found: dict[str, dict] = {}
    for m in find_unit_mentions(f"{title or ''}\n{text}"):
        role = "recipient" if m.name in recipients else ("giver" if m.name in givers else "other")
        row = found.setdefault(m.name, {"unit": m.name, "unit_id": m.unit_id, "role": role, "mentions": 0})
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
