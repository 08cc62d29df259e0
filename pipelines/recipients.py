"""Who receives an award in a sentence: the units it names as receiving, not those that give, host, frame
or were honoured before (pipelines/non_recipients.py tells a unit named as something else). Pure functions
over text, used by the structure stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.award_model import Award, Story
from pipelines.knowledge import Mention
from pipelines.non_recipients import chief_receives, not_receiving
from pipelines.number_words import COUNT
from pipelines.recipient_chiefs import chiefs_listed_together
from pipelines.recipient_lists import COUNTED_ITEM, JOINED, LIST_GAP, chiefs_beside_parent
from pipelines.role_words import GIVE, POLRI_ON_MISSION, RECEIVE
from pipelines.unit_gazetteer import gazetteer
from pipelines.units import find_unit_mentions

# A giving verb, then whom it gives to: who stands before it gives ("Ditlantas Polda X menyematkan ... kepada").
GIVE_TO = re.compile(
    r"\b(memberikan|memberi|berikan|beri|menyerahkan|serahkan|menganugerahkan|anugerahkan|mengganjar|menyematkan|"
    r"sematkan|menghadiahkan|diberikan|diserahkan|dianugerahkan|disematkan|dihadiahkan)\b[^.]*?\bkepada\b"
)


FOR_BEFORE = re.compile(r"\b(?:penghargaan|piagam|predikat|trofi|hadiah|anugerah)\s+(?:untuk|bagi)\s+$", re.I)


POLRI_RECEIVES = re.compile(
    r"\b(?:Polri|Kepolisian Negara Republik Indonesia|Korps Bhayangkara)\)?\s+(?:kembali\s+|berhasil\s+|juga\s+)?"
    r"(?:raih|meraih|terima|menerima|mendapat|mendapatkan|memperoleh|dianugerahi|diganjar|sabet|menyabet|dinobatkan)\b"
    r"|\b(?:kepada|oleh)\s+(?:institusi\s+)?(?:Polri|Korps\s+Bhayangkara(?!\s+[A-Z])|Kepolisian\s+(?:Negara\s+)?Republik\s+Indonesia)\b"
    # "menyerahkan penghargaan ... kepada Kapolri Jenderal X": the Kapolri honoured
    r"|\b(?:kepada|untuk|bagi)\s+(?:Kapolri|Wakapolri|Kepala\s+Kepolisian\s+(?:Negara\s+)?(?:Republik\s+Indonesia|RI))\b"
    # "Kementerian/lembaga yang meraih penghargaan adalah TNI; Polri; ...": Polri an item of the receivers listed
    r"|\b(?:meraih|menerima|mendapat(?:kan)?|memperoleh)\b[^.]{0,40}?\b(?:adalah|yaitu|yakni|antara\s+lain)\s+"
    r"(?:[^.]*?[;,]\s*(?:dan\s+|serta\s+)?)?Polri(?=\s*[;,.]|\s+(?:dan|serta)\b|$)"
)
# The Kapolri honoured, or his deputy accepting for him: the archive files it under Mabes Polri.
POLRI_CHIEF = re.compile(r"\b(?:Kapolri|Wakapolri)\b")


def recipient_mentions(sentence: str, story: str | None = None) -> list[Mention]:
    """Units that receive in this sentence: subjects before the receiving verb, objects after
    'kepada' or 'oleh'; never units that follow 'dari' or give ("Polda X memberikan ... kepada")."""
    mentions = find_unit_mentions(sentence, story=story)
    give = GIVE_TO.search(sentence)
    if give:
        # "Penghargaan untuk Polres X diserahkan Wali Kota kepada perwakilan polres": whom the award is for, said
        # before the giving, receives with those it is handed to
        mentions = [m for m in mentions if m.start >= give.end() or FOR_BEFORE.search(sentence, 0, m.start)]
    chosen = [m for m in mentions if not not_receiving(sentence, m)]
    deputies = [m for m in chosen if DEPUTY_BEFORE.search(sentence[max(0, m.start - 40) : m.start])]
    # "diterima untuk Kapolri, yang diwakili Kadiv Humas Polri": who stands in for a recipient receives nothing.
    chosen = [m for m in chosen if m not in deputies]
    chosen = chiefs_beside_parent(sentence, chosen)
    chosen = _listed_with_parent(sentence, chosen)
    chosen = chiefs_listed_together(sentence, _with_its_units(sentence, chosen), _contains)
    # "pejabat utama Polda X ..., yakni Direktur Reserse Narkoba ...": the Polda only says whose officials they are.
    chosen = [
        m
        for m in chosen
        if not (
            OFFICIALS_OF.search(sentence[max(0, m.start - 30) : m.start])
            and any(o.beside_parent and o.name.endswith(" " + m.name) for o in chosen)
        )
    ]
    chosen = [m for m in chosen if not _parent_after_polsek(sentence, m, chosen)]
    chosen = [m for m in chosen if not graded_below_award(sentence, m)]
    return chosen or _polri_itself(sentence, story) or deputies or _speakers_own(sentence, mentions)


# "Kapolres X mengatakan, pihaknya meraih ...": the speaker's own side, his unit, receives.
OWN_SIDE_RECEIVES = re.compile(
    r"\b(?:pihaknya|institusinya|kesatuannya|satuannya|jajarannya|(?:institusi|satuan|kesatuan|jajaran)\s+yang\s+"
    r"dipimpinnya)\s+(?:(?:berhasil|sukses|kembali|telah|juga)\s+)?(?:meraih|menerima|mendapat(?:kan)?|memperoleh)\b"
)


def _speakers_own(sentence: str, mentions: list[Mention]) -> list[Mention]:
    own = OWN_SIDE_RECEIVES.search(sentence)
    chiefs = [m for m in mentions if own and m.via_position and m.unit_id and m.end <= own.start()]
    return chiefs[-1:]


# What sets units apart from those awarded: the yellow, red or black zones and flags, a low grade of compliance.
NOT_AWARDED_GRADE = re.compile(
    r"\bzona\s+(?:kuning|merah|hitam)\b|\b(?:warna|predikat|kategori)\s+(?:kuning|merah|hitam)\b|"
    r"\bbendera(?:\s+panji)?\s+(?:hitam|tengkorak)\b|"
    r"\bkepatuhan\s+(?:rendah|sedang)\b",
    re.I,
)
AWARDED_GRADE = re.compile(
    r"\bzona\s+hijau\b|\b(?:warna|predikat|kategori)\s+hijau\b|\bkepatuhan\s+tinggi\b|\bbendera(?:\s+panji)?\s+jempol\b",
    re.I,
)
# Where a grade stops applying: a contrast, a semicolon, a sentence's end.
GRADE_CLAUSE_END = re.compile(
    r";|\.\s|,?\s+(?:sedangkan|sementara(?:\s+itu)?|adapun|namun|tetapi|lalu|kemudian)\b", re.I
)


def graded_below_award(sentence: str, m: Mention) -> bool:
    """ "Polres A dan Polres B meraih zona hijau, sedangkan Polres C masih di zona kuning": a unit whose own clause
    grades it below the award (a yellow or red zone, a skull flag) and names no awarded grade receives nothing."""
    if not NOT_AWARDED_GRADE.search(sentence):
        return False
    bounds = [0] + [b for e in GRADE_CLAUSE_END.finditer(sentence) for b in (e.start(), e.end())] + [len(sentence)]
    for start, end in zip(bounds[::2], bounds[1::2], strict=False):
        if start <= m.start < end:
            clause = sentence[start:end]
            return bool(NOT_AWARDED_GRADE.search(clause)) and not AWARDED_GRADE.search(clause)
    return False


# "Polsek Weleri (Polres Kendal)", "Polsek Weleri (jajaran Polres Kendal, Polda Jateng)": the units a Polsek
# belongs to, in brackets after it.
PARENTS_IN_BRACKETS = re.compile(r"\s*\(\s*(?:(?:jajaran|wilayah\s+hukum|wilkum|di\s+bawah)\s+)?", re.I)


def _parent_after_polsek(sentence: str, m: Mention, chosen: list[Mention]) -> bool:
    """ "Bhabinkamtibmas Polsek Sekayam, Polres Sanggau-Kalbar; ...": a resort written after a Polsek the gazetteer
    lacks, and not followed by more of a list, is the Polsek's parent; so is a resort or Polda in brackets after
    a Polsek."""
    if m.name.startswith("Polsek") or not m.unit_id:
        return False
    polseks = [o for o in chosen if o.name.startswith("Polsek") and o.end <= m.start]
    bracketed = polseks and (
        PARENTS_IN_BRACKETS.fullmatch(sentence[polseks[-1].end : m.start])
        or (
            m is not chosen[0]
            and re.fullmatch(r"\s*,\s*", sentence[(prev := chosen[chosen.index(m) - 1]).end : m.start])
            and _parent_after_polsek(sentence, prev, chosen)
            and "(" in sentence[polseks[-1].end : prev.start]
        )
    )
    if bracketed:
        return True
    if m.name.startswith("Polda"):
        return False
    after_list = re.match(r"[\w'-]*(?:,\s|\s+(?:dan|serta)\s)", sentence[m.end :]) and not _pairs_follow(
        sentence, m, chosen
    )
    return not after_list and any(
        o.name.startswith("Polsek") and not o.unit_id and re.fullmatch(r",?\s+", sentence[o.end : m.start])
        for o in chosen
    )


def _pairs_follow(sentence: str, m: Mention, chosen: list[Mention]) -> bool:
    """ "Polsek A, Polres X dan Polsek B, Polres Y": the list goes on with another Polsek and its resort, so each
    resort is the address of the Polsek before it."""
    later = [o for o in chosen if o.start >= m.end]
    return (
        len(later) >= 2
        and later[0].name.startswith("Polsek")
        and not later[1].name.startswith(("Polsek", "Polda"))
        and bool(re.fullmatch(r",?\s+", sentence[later[0].end : later[1].start]))
    )


OFFICIALS_OF = re.compile(r"\b(?:pejabat(?:\s+utama)?|perwira|personel|anggota)\s+$", re.I)


# "Polres X bersama tiga Polsek jajarannya, yakni ...", "Polda Y beserta jajaran, yakni Ditreskrimsus dan Ditpolairud": a
# unit that receives with the units under it, named as a class.
WITH_ITS_UNITS = re.compile(
    rf"\s+(?:bersama|beserta|dan|serta)\s+(?:(?:{COUNT}|sejumlah|beberapa)\s+)?"
    r"(?:(?:polsek|polres|satuan|satker|satfung)\s+)?(?:jajaran(?:nya)?|di\s+bawahnya)\b",
    re.I,
)


def _with_its_units(sentence: str, chosen: list[Mention]) -> list[Mention]:
    """The units named after "Polres X bersama tiga Polsek jajarannya" receive beside it, and it with them."""
    heads = [m for m in chosen if m.unit_id and WITH_ITS_UNITS.match(sentence, m.end)]
    return [
        replace(m, beside_parent=True)
        if any(h.end <= m.start and _contains(h.name, h.unit_id, m.name, m.unit_id) for h in heads)
        else m
        for m in chosen
    ]


def _listed_with_parent(sentence: str, chosen: list[Mention]) -> list[Mention]:
    """ "kepada Polda Kalteng, Polres Kotim dan Polres Pulang Pisau": a unit listed as an item of its own beside
    the units under it receives with them (a list, so with "dan" or three items; "Polres A, Polda B" is only
    where Polres A is)."""
    runs: list[list[int]] = []
    for n, m in enumerate(chosen):
        if runs and LIST_GAP.fullmatch(sentence[chosen[runs[-1][-1]].end : m.start]):
            runs[-1].append(n)
        else:
            runs.append([n])
    out = list(chosen)
    for run in runs:
        items = [chosen[n] for n in run]
        joined = any(JOINED.search(sentence[a.end : b.start]) for a, b in zip(items, items[1:], strict=False))
        # "Polres X, Satlantas Polres X dan Dishub": a parent before a sub-unit that repeats its name is an item too
        # (an address follows what it locates).
        repeated = any(b.name.endswith(" " + a.name) for a, b in zip(items, items[1:], strict=False))
        counted = any(COUNTED_ITEM.match(sentence, a.end) for a in items)  # "Polda X sebanyak 14 orang, ..."
        if len(items) < 3 and not joined and not repeated and not counted:
            continue
        # "Polsek Boja, Polres Kendal, Polda Jateng": each item the parent of the one before is the first one's
        # address, not a list of recipients.
        pairs = zip(items, items[1:], strict=False)
        if not joined and all(_contains(b.name, b.unit_id, a.name, a.unit_id) for a, b in pairs):
            continue
        for n in run:
            m = chosen[n]
            parents = [o for o in items if o is not m and o.unit_id and _contains(o.name, o.unit_id, m.name, m.unit_id)]
            if parents and not m.via_position:
                out[n] = replace(m, beside_parent=True)
    return out


# "yang diwakili Kepala Divisi Humas Polri", "diwakilkan kepada Wakapolres X": an officer standing in.
DEPUTY_BEFORE = re.compile(
    r"\bdiwakil(?:i|kan)\s+(?:oleh\s+|kepada\s+)?(?:(?:Kepala|Wakil|Ketua)\s+)?(?:[A-Z][\w.]*\s+){0,2}$"
)


def without_receiving_chiefs(text: str) -> str:
    """`text` with a Kapolri or Wakapolri who receives blanked out (same length): he names no giver and no kind."""
    for c in reversed(list(POLRI_CHIEF.finditer(text))):
        if chief_receives(text, c.end()):
            text = text[: c.start()] + " " * (c.end() - c.start()) + text[c.end() :]
    return text


# "sejumlah anggota Polri mendapat apresiasi": people of the police, who in a story about a Polda or a resort are
# its own people, not Polri as a body.
PEOPLE_OF_POLRI = re.compile(r"\b(?:anggota|personel|polisi)\s+$", re.I)


# What members give to Polri, said before "kepada Polri": their service, devotion or contribution.
SERVICE_TO = re.compile(r"\b(?:pengabdian|dedikasi|kontribusi|sumbangsih|bakti)(?:\s+\w+)?\s+$", re.I)


def _polri_itself(sentence: str, story: str | None = None) -> list[Mention]:
    """ "Polri meraih penghargaan ...", "Kapolri Jenderal X menerima ...": the institution receives, which the
    archive files under Mabes Polri."""
    m = POLRI_RECEIVES.search(sentence)
    if m and PEOPLE_OF_POLRI.search(sentence, max(0, m.start() - 12), m.start()) and _regional_story(story):
        m = None
    if m and SERVICE_TO.search(sentence, max(0, m.start() - 40), m.start()):
        m = None  # "memberikan pengabdian terbaik kepada institusi Polri": service given to Polri, no award
    m = m or POLRI_ON_MISSION.search(sentence)  # a contingent for one mission abroad, whatever Polda it names
    unit = gazetteer().units.get("mabes-polri")
    if m is None:
        m = next((c for c in POLRI_CHIEF.finditer(sentence) if chief_receives(sentence, c.end())), None)
    return [Mention(unit.name, unit.unit_id, m.start(), m.end(), False)] if m and unit else []


def _regional_story(story: str | None) -> bool:
    """Whether the story names a Polda or a resort (with its type): whose people "anggota Polri" are."""
    return bool(story) and any(
        m.unit_id and m.name.startswith(("Polda", "Polres")) for m in find_unit_mentions(story[:2000])
    )


def drop_containing_units(award: Award) -> None:
    """A unit named next to one of its own units is context ("Polres X jajaran Polda Y", "Ditlantas Polda Y"),
    not a recipient; units of different Polda, or a Polda next to another Polda's Polres, all stay."""
    pairs = list(zip(award.recipients, award.recipient_ids, strict=True))
    # An officer who accepts for his unit's parent ("Kabid Humas Polda X" for Polda X) adds no sub-unit.
    pairs = [
        (n, u)
        for n, u in pairs
        if n in award.beside_parent or not (n in award.through_chief and any(n.endswith(" " + p) for p, _ in pairs))
    ]
    # Units of several Polda are a list of winners: a Polsek the gazetteer lacks is then no sign of context.
    poldas = {gazetteer().units[u].polda_id or u for _, u in pairs if u}
    unknown_below = len(poldas) <= 1
    # A parent stays beside a sub-unit whose chief is listed with the parent's chief: both receive.
    keep = [
        (n, u)
        for n, u in pairs
        if not any(
            _contains(n, u, n2, u2, unknown_below) for n2, u2 in pairs if n2 != n and n2 not in award.beside_parent
        )
    ]
    award.recipients = [n for n, _ in keep]
    award.recipient_ids = [u for _, u in keep]


def _contains(name: str, unit_id: str | None, other: str, other_id: str | None, unknown_below: bool = True) -> bool:
    """Whether the unit `name` is above `other` in Polri's hierarchy."""
    if name == "Mabes Polri":
        return True
    if other.endswith(" " + name):  # a sub-unit of it: "Satlantas Polres Serang"
        return True
    if unit_id and not other_id and " " in other:
        # A sub-unit sits under its parent's parents: "Satlantas Polres X, Polda Y" names Polda Y as its address.
        parent = gazetteer().lookup(other.split(" ", 1)[1])
        other_id = parent.unit_id if parent and parent.unit_id != unit_id else None
    if unit_id and other_id:
        unit = gazetteer().units.get(other_id)
        while unit and unit.parent_id:
            if unit.parent_id == unit_id:
                return True
            unit = gazetteer().units.get(unit.parent_id)
        return False
    # A unit the gazetteer lacks (a Polsek, mostly) sits under the Polda and Polres named with it.
    return unknown_below and unit_id is not None and other.startswith("Polsek") and not name.startswith("Polsek")


def headline_recipients(story: Story) -> list[Mention]:
    """Units the headline names as receiving: not a Polda named after its Polres ("Polres X Polda Y"), nor
    a unit whose chief gives ("Kapolresta Manado Berikan Penghargaan ...")."""
    headline = story.title or ""
    return [
        m
        for m in find_unit_mentions(headline, story=story.text)
        if (not m.name.startswith("Polda") or "Polda" in headline[:8])
        and not (m.via_position and GIVE.match(headline[m.end :].lstrip()))
    ]


def lead_subunit(award: Award, body: list[str], others: set[str] = frozenset()) -> None:
    """ "Satlantas Polres Malang mencatat prestasi ... Polres Malang memborong tiga penghargaan": a story that
    opens on one sub-unit achieving, then credits its parent, is about the sub-unit (the most specific unit); not
    when the sub-unit has an award of its own from another giver (`others`: "Polda X ... dari KPPN. Ditreskrimsus
    Polda X ... dari OJK")."""
    if len(award.recipients) != 1:
        return
    parent = award.recipients[0]
    for sentence in body[:2]:
        opening = re.sub(r"^[A-Z\s.,]+[–-]\s*", "", sentence)  # the dateline: "MALANG – "
        subs = [m for m in find_unit_mentions(opening) if m.start == 0 and m.name.endswith(" " + parent)]
        verb = re.match(r"\s*(?:(?:kembali|berhasil|sukses|juga)\s+)?", opening[subs[0].end :]) if subs else None
        if subs and subs[0].name in others:
            return
        if subs and not subs[0].via_position and RECEIVE.match(opening, subs[0].end + verb.end()):
            award.recipients, award.recipient_ids = [subs[0].name], [subs[0].unit_id]
            return


def contest_subunits(awards: list[Award], story: Story) -> None:
    """ "Lomba diikuti Sat Sabhara Polres A, Sat Sabhara Polres B ... Juara 1 Polres A, juara 2 Polres B": when
    the story names one sub-unit of the same kind for each unit placed, the sub-units are who won (the most
    specific unit the text names for them)."""
    _placed_through_subunits(awards)
    placed = {name for a in awards for name in a.recipients}
    if len(placed) < 2:
        return
    named = [m for m in find_unit_mentions(story.text) if m.parent_id and not m.via_position]
    own = {unit: {m.name for m in named if m.name.endswith(" " + unit)} for unit in placed}
    kinds = {next(iter(subs))[: -len(unit) - 1] for unit, subs in own.items() if len(subs) == 1}
    if len(kinds) != 1 or any(len(subs) != 1 for subs in own.values()):
        return
    for award in awards:
        award.recipients = [next(iter(own[name])) for name in award.recipients]
        award.recipient_ids = [None] * len(award.recipients)  # a sub-unit has no row of its own


def _placed_through_subunits(awards: list[Award]) -> None:
    """ "Polda X meraih peringkat 1 melalui satker Yanma Polda X", "Subdit Tipikor Polda X meraih peringkat pertama
    ... Polda X menempati peringkat pertama": a placing credited to a unit and, by the same giver, to one of its
    own sub-units is the sub-unit's; the unit's award is the same one told again."""
    for award in list(awards):
        same = [
            a
            for a in awards
            if a is not award and a.placement and a.placement == award.placement and a.giver == award.giver
        ]
        subs = {name for a in same for name in a.recipients}
        if award.recipients and all(any(s.endswith(" " + name) for s in subs) for name in award.recipients):
            awards.remove(award)
