"""Several awards told in one passage, one award for each: "juga menerima penghargaan dari A, B dan C" (one
award from each giver), "tujuh personel menerima X, dua personel Y" (one award for each group), and then
"X diterima AKP A, Y diterima AKBP B" (each named award's own receiver).

Pure functions over text, used by pass 2 of the structure stage (pipelines/award_reading.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_title_choice import named_by_giver
from pipelines.award_title_words import is_generic_title
from pipelines.award_titles import title_of
from pipelines.categories import categories_of
from pipelines.non_givers import without_non_givers
from pipelines.number_words import COUNT_WORD
from pipelines.recipients import recipient_mentions, without_receiving_chiefs
from pipelines.role_words import RECEIVE

# The day after a comma ends a list of givers: "dari Bupati Kudus dan Dandim 0722, Senin (4/3)".
WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
# "... juga menerima penghargaan dari Komnas HAM, Yayasan X dan Pemkab Y": a receiving verb, the award, then
# three or more bodies, each named with a capital. Two ("dari Kapolres dan Dandim") may give one award jointly,
# unless the awards are counted as many as the bodies: "menggondol dua penghargaan sekaligus dari BPK dan DJPb".
GIVERS_LISTED = re.compile(
    r"\b(?:menerima|meraih|memperoleh|mendapat(?:kan)?|menggondol|menyabet|memboyong|mengantongi)\s+"
    r"(?:(?P<count>dua|2)\s+)?(?:\w+\s+){0,2}?(?:penghargaan|piagam)\s+(?:sekaligus\s+|juga\s+)?dari\s+"
    rf"(?P<givers>[A-Z][^.;]*?)(?=\s+(?:atas|karena|pada|saat|di|dalam)\b|[.;]?\s*$|,\s*{WEEKDAY}\b)"
)
GIVER_SEPARATOR = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
# What opens the sentence on another award ("Di luar rekor MURI, ..."): not part of each giver's clause.
OPENING = re.compile(r"^(?:Selain|Di luar|Di samping)\b[^,]{0,80},\s*", re.I)


def givers_listed(sentence: str) -> list[tuple[str, str]]:
    """Each giver a sentence names when it names three or more for an award, with its own clause; or []."""
    m = GIVERS_LISTED.search(sentence)
    if not m:
        return []
    givers = [g.strip() for g in GIVER_SEPARATOR.split(m.group("givers")) if g.strip()]
    # Two counted awards "dari A dan B": the pair joined by its word, not a comma (", Senin (20/5)" is no body).
    pair = bool(m.group("count")) and len(givers) == 2 and "," not in m.group("givers")
    if (len(givers) < 3 and not pair) or not all(g[0].isupper() for g in givers):
        return []
    head = OPENING.sub("", sentence[: m.start("givers")])
    tail = sentence[m.end("givers") :]
    return [(giver, f"{head}{giver}{tail}") for giver in givers]


def read_each_giver(awards: list[Award], sentence: str, story: Story) -> bool:
    """A new award for each giver a sentence lists; False when it lists none."""
    clauses = givers_listed(sentence)
    if not clauses:
        return False
    for giver, clause in clauses:
        kinds = categories_of(without_non_givers(without_receiving_chiefs(clause)))
        award = Award(category=(kinds or ["other"])[0], evidence=[clause])
        add_recipients(award, recipient_mentions(clause, story.text))
        # A bare "penghargaan" goes by its giver: each award here is told apart by nothing else.
        award.title = named_by_giver(title_of(clause), giver)
        awards.append(award)
    return True


# "tujuh personel menerima Satya Lencana Pengabdian 32 tahun, 11 personel Satya Lencana Pengabdian 24 tahun": each
# group of people counted, then the award it received, named with a capital. Not "29 personel untuk masa
# pengabdian 8 tahun": one award, its recipients counted by what it was for.
# "satu" too: one person set against the others. Compounds ("dua belas") are not read here.
COUNT = rf"(?:\d+|satu|{COUNT_WORD})"
# "Satu personel dianugerahi KPLB, sedangkan lima personel lainnya menerima piagam penghargaan Kapolda": the groups
# set against each other, an award noun opening what the second received.
GROUP_AWARD = re.compile(
    rf"(?:^|[,:;]\s*(?:dan\s+|serta\s+|sedangkan\s+|sementara\s+)?|\s(?:dan|serta|sedangkan|sementara)\s+){COUNT}\s+"
    r"(?:orang\s+)?(?:personel|anggota|perwira|bintara)\s+(?:lain(?:nya)?\s+)?"
    r"(?:(?P<verb>menerima|meraih|memperoleh|mendapat(?:kan)?|dianugerahi|diganjar|diberi)\s+)?"
    r"(?P<award>[A-Z][^,;:]*?|(?:piagam|penghargaan|pin|medali|plakat|trofi|sertifikat)\b[^,;:]*?)"
    r"\s*(?=,|;|\.?$|\s(?:dan|serta)\s)",
    re.I,
)
AWARD_WORD = re.compile(r"(?:piagam|penghargaan|pin|medali|plakat|trofi|sertifikat)\b", re.I)


def groups_listed(sentence: str) -> list[str]:
    """The award each counted group of a sentence received, when two or more groups each received one; or []."""
    found = [
        m for m in GROUP_AWARD.finditer(sentence) if m.group("award")[0].isupper() or AWARD_WORD.match(m.group("award"))
    ]
    if len(found) < 2 or not found[0].group("verb"):
        return []
    return [m.group("award") for m in found]


def read_each_group(awards: list[Award], sentence: str) -> bool:
    """A new award for each counted group a sentence names with its own award; False when it names none."""
    named = groups_listed(sentence)
    for n, title in enumerate(named):
        kinds = categories_of(without_non_givers(without_receiving_chiefs(title)))
        last = awards[-1] if awards else None
        if n == 0 and last and not last.title_listed and is_generic_title(last.title):
            # "Kapolda memberikan penghargaan kepada personel Polres X": the first group's award, not one of its own
            last.title, last.title_listed = title, True
            last.recipients, last.recipient_ids = [], []  # its units come as the group's, as for the other groups
            last.evidence.append(sentence)
            continue
        awards.append(Award(category=(kinds or ["other"])[0], title=title, title_listed=True, evidence=[sentence]))
    return bool(named)


def _where_named(sentence: str, title: str) -> int | None:
    """Where a sentence names an award by its title, or by the title's last three words or more ("Satya Lencana
    Pengabdian 16 tahun" for "Tanda Kehormatan Satya Lencana Pengabdian 16 tahun")."""
    words = title.split()
    for start in range(max(1, len(words) - 2)):
        m = re.search(r"(?<!\w)" + re.escape(" ".join(words[start:])) + r"(?!\w)", sentence, re.I)
        if m:
            return m.start()
    return None


def read_each_named(awards: list[Award], sentence: str, story: Story) -> bool:
    """ "Satya Lencana 24 tahun diterima AKP A, Satya Lencana 16 tahun diterima AKBP B": a sentence naming two or
    more awards already read, each followed by who received it, adds each part to its own award."""
    at = {id(award): _where_named(sentence, award.title) for award in awards if award.title_listed and award.title}
    named = sorted(((at[id(a)], a) for a in awards if at.get(id(a)) is not None), key=lambda pair: pair[0])
    if len(named) < 2:
        return False
    ends = [at for at, _ in named[1:]] + [len(sentence)]
    parts = [(sentence[at:end], award) for (at, award), end in zip(named, ends, strict=True)]
    found = [recipient_mentions(part, story.text) for part, _ in parts]
    if not all(found):
        return False  # "Penghargaan A dan B diserahkan ...": the awards named together, no receiver of each
    for (part, award), mentions in zip(parts, found, strict=True):
        if RECEIVE.search(part):  # not "X diwakili Kaur Y": who stood in for the recipients says not their unit
            award.evidence.append(part)
            add_recipients(award, mentions)
    return True


# "Polres X menjadi juara II lomba video dan meraih predikat Duta Keselamatan": one subject, two awards, each with
# its own verb; the second clause is read with the subject of the first.
FIRST_WON = re.compile(
    r"\b(?:menjadi|meraih|menyabet|memperoleh|mendapat(?:kan)?|menerima|dinobatkan\s+sebagai)\s+"
    r"(?:juara|peringkat|predikat|penghargaan|piagam|rekor|gelar|trofi)\b",
    re.I,
)
SECOND_WON = re.compile(
    r"\s+(?:dan|serta)\s+(?:juga\s+)?(?:berhasil\s+)?(?P<verb>meraih|menyabet|memperoleh|mendapat(?:kan)?|menerima|"
    r"dinobatkan\s+sebagai)\s+(?:predikat|gelar|penghargaan|piagam|trofi|juara|peringkat|rekor)\b",
    re.I,
)


def two_won(sentence: str) -> tuple[str, str] | None:
    """The sentence as two clauses when one subject won two awards with a verb each ("... menjadi juara II X dan
    meraih predikat Y"); None otherwise."""
    first = FIRST_WON.search(sentence)
    second = SECOND_WON.search(sentence, first.end()) if first else None
    if not second:
        return None
    one = sentence[: second.start()].rstrip(" ,") + "."
    other = sentence[: first.start()] + sentence[second.start("verb") :]
    if is_generic_title(title_of(one)) or is_generic_title(title_of(other)) or title_of(one) == title_of(other):
        return None
    return one, other


def read_two_won(awards: list[Award], sentence: str, story: Story, read) -> bool:
    """Both awards of a sentence in which one subject won two, the second an award of its own; False otherwise."""
    clauses = two_won(sentence)
    if clauses is None:
        return False
    read(awards, clauses[0], False, story)
    if not awards:
        return False
    first = awards[-1]
    kinds = categories_of(without_non_givers(without_receiving_chiefs(clauses[1])))
    award = Award(category=(kinds or [first.category])[0], title=title_of(clauses[1]), evidence=[clauses[1]])
    award.recipients, award.recipient_ids = list(first.recipients), list(first.recipient_ids)
    awards.append(award)
    return True
