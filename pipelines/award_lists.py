"""Pass 1 of the structure stage: stories that list their awards one by one ("dua penghargaan, yaitu A,
dan B", "Tiga penghargaan ... adalah: A; B; dan C", "juara 1 diraih Polres X, juara 2 Polres Y") give one
award per item (the placings of one sentence are read in pipelines/award_placings.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_placings import PLACING, placing_awards, ranked_name
from pipelines.award_rankings import (
    each_unit_its_award,
    ranked_across,
    split_by_category,
)
from pipelines.award_title_words import is_generic_title, placement_of
from pipelines.award_titles import AWARD_TO_COME, title_of
from pipelines.award_years import year_of
from pipelines.categories import categories_of
from pipelines.number_words import COUNT_WORD, KE_COUNT, VALUES
from pipelines.officer_pattern import POSITION_RE
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.recipients import recipient_mentions
from pipelines.units import find_unit_mentions

# "tiga piagam penghargaan", "2 trofi": awards counted by a number word or one digit.
COUNTED_AWARDS = re.compile(
    rf"\b({COUNT_WORD}|\d)\s+(?:buah\s+)?"
    r"(piagam penghargaan|penghargaan|piagam|trofi|predikat)",
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
    rf"\b{KE_COUNT}(?:nya)?\s+(?:penghargaan|piagam|rekor|predikat|trofi)\b",
    re.I,
)


AWARD_FROM_GIVERS = re.compile(r"\b(?:penghargaan|piagam)(?:\s*,?\s+dari\s+(?:[A-Z][\w()-]*\s*)+)+,?\s*$")

# A class of receivers in common nouns just before the list: its items are who received ("kepada lembaga penegak
# hukum, yakni ...", "kepada tiga pihak, yaitu ..."); not a named unit ("kepada Polres X, yakni A dan B").
RECEIVING_CLASS = re.compile(r"\b(?:kepada|bagi)\s+(?:(?-i:[a-z\d])[\w/-]*\s+){0,3}(?-i:[a-z])[\w/-]*\s*,?\s*$", re.I)

# The reason an award was given, then the list opener: its items are what the award was for.
REASON_HEAD = re.compile(
    r"\b(?:atas|karena|berkat)\s+(?:(?!penghargaan|predikat|piagam|kategori|trofi|rekor|juara|gelar|peringkat)[^.;:])*$",
    re.I,
)

# How a contest is divided or who takes part in it, just before the list: "kejuaraan itu dibagi dalam tiga kategori,
# yaitu ...", "kejuaraan yang diikuti peserta dari tiga negara, yakni ...": its categories or entrants, not awards won.
CONTEST_PARTS = re.compile(
    r"\b(?:dibagi|terbagi|dipertandingkan|mempertandingkan|dilombakan|melombakan|diperlombakan|diikuti)\b[^,.;:]*,?\s*$",
    re.I,
)

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
# ... nor what it names as the award's basis: "dasar penilaian penghargaan ini adalah indeks atas tiga layanan, yakni".
NOT_AWARDS_SUBJECT = re.compile(
    r"\b(?:penerima|peraih|pemenang|pemberian|penyerahan|dasar|kriteria|syarat|alasan|indikator)\b", re.I
)


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
        if RECEIVERS_HEAD.search(sentence, 0, m.start()) and (
            re.search(r"\bPolri\b", sentence[m.end() :]) or re.match(r"mereka\b", sentence[m.end() :], re.I)
        ):
            continue  # "Lembaga yang meraih penghargaan adalah TNI; Polri; ...", "... adalah mereka yang berhasil
            # mengungkap ...": who received, not which award
        if not AWARDS_HEAD.search(sentence, 0, m.start()) and not find_unit_mentions(sentence[: m.start()]):
            continue  # "ada empat kategori rekor, yaitu ...": kinds explained, not awards won
        if RECEIVING_CLASS.search(sentence, 0, m.start()):
            continue  # "penghargaan kepada lembaga penegak hukum, yakni kejaksaan dan kepolisian": who, not which
        if REASON_HEAD.search(sentence, max(0, m.start() - 90), m.start()) and not re.match(
            AWARD_ITEM, sentence[m.end() :], re.I
        ):
            continue  # "diberikan atas capaian kinerja, antara lain A, B, serta C": what it was for, not awards
        if CONTEST_PARTS.search(sentence, 0, m.start()):
            continue  # "kejuaraan itu dibagi dalam tiga kategori, yaitu A, B dan C": the contest's parts, not awards
        if CATEGORY_EXPLAINED.search(sentence, 0, m.start()):
            continue  # "kategori Pagu Besar, yakni pagu di atas Rp75 miliar": what the category means
        # Only a list that follows an award word closely ("dua penghargaan ... yaitu") lists awards.
        # (or one whose givers alone stand between: "penghargaan dari Kementerian X, dari Kantor Y, yaitu ...")
        if re.search(
            r"penghargaan|predikat|piagam|kategori|trofi", sentence[max(0, m.start() - 90) : m.start()], re.I
        ) or (AWARD_FROM_GIVERS.search(sentence, 0, m.start())):
            count = COUNTED_AWARDS.search(sentence, max(0, m.start() - 90), m.start())
            wanted = (
                VALUES.get(count.group(1).lower(), int(count.group(1)) if count.group(1).isdigit() else None)
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
    wanted = VALUES.get(counted.group(1).lower()) or (int(counted.group(1)) if counted.group(1).isdigit() else 0)
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
        placed = placing_awards(sentence, story)
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
    ranked, used = ranked_across(story, listed, ranked_name, placed_in)
    awards += ranked
    listed |= used
    split, used = split_by_category([s for s in story.body if s not in listed], story)
    awards += split
    listed |= used
    return awards, listed


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
