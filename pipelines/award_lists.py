"""Pass 1 of the structure stage: stories that list their awards one by one ("dua penghargaan, yaitu A,
dan B", "Tiga penghargaan ... adalah: A; B; dan C", "juara 1 diraih Polres X, juara 2 Polres Y") give one
award per item.
"""

from __future__ import annotations

import re

from pipelines.award_fields import placement_of, year_of
from pipelines.award_model import Award, Story, add_recipients
from pipelines.categories import categories_of
from pipelines.recipients import recipient_mentions
from pipelines.units import find_unit_mentions

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
        add_recipients(award, [unit])
        awards.append(award)
    return awards if len({a.recipients[0] for a in awards}) == len(awards) else []


def listed_awards(story: Story) -> tuple[list[Award], set[str]]:
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
        head_recipients = recipient_mentions(head, story.text)
        for item in items:
            by = re.search(r"yang diraih oleh (.+)$", item)
            award = Award(category=(categories_of(item) or cats or ["other"])[0], evidence=[sentence])
            # "WBK untuk Ditlantas Polda Jatim": the award, then who received it.
            award.title = re.split(r"\s+yang\s+|\s+(?:untuk|bagi|kepada|oleh)\s+(?=[A-Z])", item)[0].strip(" ,")
            award.title_listed = True
            own = recipient_mentions(by.group(1) if by else item, story.text)
            add_recipients(award, own or head_recipients)
            award.year = year_of(item)
            award.placement = placement_of(item)
            awards.append(award)
    return awards, listed
