"""Several awards in one sentence, each item naming its own giver: "menerima penghargaan dari Korlantas Polri serta
piagam dari PT Jasa Raharja", "Penyematan Bintang A dari Kasad, Bintang B dari Kasal, serta Bintang C dari Kasau",
"pertama dari Ketua DPRD ..., kedua dari Kepala Kejari ..., dan ketiga dari Kapolda ...": an award for each item;
and givers named first, each to the unit in its place ("Bupati A dan Bupati B masing-masing memberikan ... kepada
Polres A dan Polres B").

Pure functions over text, used by pass 2 of the structure stage (pipelines/award_reading.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_titles import title_of
from pipelines.categories import categories_of
from pipelines.non_givers import without_non_givers
from pipelines.recipients import recipient_mentions, without_receiving_chiefs
from pipelines.role_words import RECEIVE

# A giver named with a capital after "dari": "dari Kepala Staf TNI Angkatan Laut", "dari PT Jasa Raharja".
FROM_GIVER = re.compile(r"\bdari\s+(?=[A-Z])")
# Where one item ends and the next begins: ", ", ", serta ", " dan ", " serta ".
ITEM_SEPARATOR = re.compile(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
# What an item names before its "dari": an award ("piagam", "Bintang Jalasena Utama") or its count ("kedua").
ITEM_AWARD = re.compile(
    r"^(?i:yakni\s+|yaitu\s+|juga\s+|sebuah\s+|yang\s+)?(?:(?i:pertama|kedua|ketiga|keempat|kelima)\b|"
    r"(?i:penghargaan|piagam|predikat|trofi|plakat|sertifikat|pin|medali)\b|(?-i:[A-Z]\w+)(?:\s+[A-Z]\w+){0,5}\s*$)"
)
# A sentence that tells of a handover by its noun, with no receiver of its own: "Penyematan ... dilakukan ...".
HANDOVER_NOUN = re.compile(r"^\W*(?:Penyematan|Penyerahan|Pemberian|Penganugerahan)\b")


def items_with_givers(sentence: str) -> tuple[str, list[str]]:
    """The sentence's head (who receives, and the verb) and its items, when two or more each name their giver; or
    the sentence and []."""
    froms = list(FROM_GIVER.finditer(sentence))
    if len(froms) < 2:
        return sentence, []
    starts = []
    for before, this in zip(froms, froms[1:], strict=False):
        seps = list(ITEM_SEPARATOR.finditer(sentence, before.end(), this.start()))
        named = sentence[seps[-1].end() : this.start()].strip() if seps else ""
        if not seps or (named and not ITEM_AWARD.match(named)):  # ", dan dari B": the award said once, before
            return sentence, []
        starts.append((seps[-1].start(), seps[-1].end()))
    verb = RECEIVE.search(sentence, 0, froms[0].start())
    opening = HANDOVER_NOUN.match(sentence) or AWARD_OPENING.match(sentence)
    first = verb.end() if verb else (opening.end() if opening else None)
    listed = LIST_OPENS.search(sentence, first or 0, froms[0].start()) if first is not None else None
    first = listed.end() if listed else first  # "menerima dua penghargaan sekaligus ..., yakni piagam dari A dan ..."
    if first is None or not ITEM_AWARD.match(sentence[first : froms[0].start()].strip() or "penghargaan"):
        return sentence, []
    quoted = QUOTE_CLOSED.search(sentence, starts[-1][1])  # '..., dan dari B untuk Y," ujar Kapolres X usai menerima'
    end = quoted.start() if quoted else len(sentence)
    ends = [s for s, _ in starts] + [end]
    begins = [first] + [e for _, e in starts]
    return sentence[:first], [sentence[b:e].strip(' ,"”') for b, e in zip(begins, ends, strict=True)]


# A quote that lists the awards: '"Penghargaan dari A untuk X, dan dari B untuk Y," ujar Kapolres Z'.
AWARD_OPENING = re.compile(
    r"^\W*(?=(?:(?:Penghargaan|Piagam|Trofi|Piala)|(?:[Yy]ang\s+)?(?:[Pp]ertama|[Kk]esatu))\s+dari\s+[A-Z])"
)
# Where the items begin after the receiving verb: "menerima dua penghargaan, yakni ...", "berupa", a colon.
LIST_OPENS = re.compile(r"\b(?:yakni|yaitu|berupa|antara\s+lain|masing-masing)\b\s*:?\s*|:\s*")
QUOTE_CLOSED = re.compile(r",?[\"”]\s*,?\s*(?=[a-z])")


def read_each_item_giver(awards: list[Award], sentence: str, story: Story) -> bool:
    """A new award for each item of a sentence that names its own giver; False when the sentence lists none.
    Items of a handover told by its noun ("Penyematan ...") go to whom the award read last went."""
    head, items = items_with_givers(sentence)
    if not items:
        return False
    last = awards[-1] if awards else None
    told_by_noun = HANDOVER_NOUN.match(sentence) and not recipient_mentions(sentence, story.text)
    if told_by_noun and last is None:
        return False
    before = list(awards)
    for n, item in enumerate(items):
        clause = f"{head.rstrip()} {item}" if not told_by_noun else item
        if told_again := _read_before(before, item):
            told_again.evidence.append(clause)  # a quote telling again of an award read before, from the same giver
            continue
        kinds = categories_of(without_non_givers(without_receiving_chiefs(clause)))
        if told_by_noun and n == 0 and last is not None and not last.title_listed:
            award = last  # the award the story told of first, now named with its giver
            award.category, award.giver, award.giver_text = (kinds or ["other"])[0], None, None
        else:
            award = Award(category=(kinds or ["other"])[0])
            awards.append(award)
            if told_by_noun and last is not None:
                award.recipients, award.recipient_ids = list(last.recipients), list(last.recipient_ids)
                award.evidence = [s for s in last.evidence if not FROM_GIVER.search(s)]
        award.evidence.append(clause)
        if not told_by_noun:
            add_recipients(award, recipient_mentions(clause, story.text))
        award.title, award.title_listed = title_of(clause) or award.title, True
    return True


def _read_before(awards: list[Award], item: str) -> Award | None:
    """The award read before whose sentences name the same giver as the item ("dari Bupati Jember")."""
    giver = FROM_GIVER.search(item)
    named = GIVER_NAME.match(item, giver.end()).group(0) if giver else ""
    return next((a for a in awards if named and any(re.search(rf"\bdari {named}\b", s) for s in a.evidence)), None)


# The giver's name: its capitalised words ("Kepala Staf TNI Angkatan Laut", "Ombudsman RI Perwakilan Jawa Timur").
GIVER_NAME = re.compile(r"[A-Z][\w.-]*(?:\s+(?:[A-Z0-9][\w.-]*|dan))*")


# "Bupati A dan Bupati B masing-masing memberikan piagam kepada Polres A dan Polres B atas ...": givers named first,
# then the units in the same order, each given by its own.
GIVERS_RESPECTIVELY = re.compile(
    r"^(?:[A-Z][A-Z .]+\s+-\s+)?(?P<givers>[A-Z][^.;]*?)\s+masing-masing\s+(?P<verb>(?:mem|meny|meng)\w+)\s+"
    r"(?P<award>[^.;]*?)\s+kepada\s+(?P<units>[^.;]*?)(?P<rest>\s+(?:atas|karena|sebagai|dalam|di|pada)\b.*|[.;]?$)"
)
NAMES_APART = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+(?=[A-Z])")


def read_givers_respectively(awards: list[Award], sentence: str, story: Story) -> bool:
    """An award for each giver and the unit in its place of the list; False when the sentence pairs none."""
    m = GIVERS_RESPECTIVELY.match(sentence)
    if not m:
        return False
    givers = [g for g in NAMES_APART.split(m.group("givers")) if g]
    units = recipient_mentions(m.group("units"), story.text)
    if len(givers) < 2 or len(givers) != len(units) or not all(g[0].isupper() for g in givers):
        return False
    for giver, unit in zip(givers, units, strict=True):
        clause = f"{giver} {m.group('verb')} {m.group('award')} kepada {unit.name}{m.group('rest')}"
        kinds = categories_of(without_non_givers(clause))
        award = Award(category=(kinds or ["other"])[0], evidence=[clause])
        add_recipients(award, [unit])
        award.title = title_of(clause)
        awards.append(award)
    return True
