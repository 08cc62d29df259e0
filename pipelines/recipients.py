"""Who receives an award in a sentence: the units it names as receiving, not those that give, host, frame
or were honoured before. Pure functions over text, used by the structure stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.award_model import Award, Story
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.role_words import GIVE, RECEIVE
from pipelines.unit_gazetteer import gazetteer
from pipelines.units import Mention, find_unit_mentions

GIVE_TO = re.compile(r"\b(memberikan|menyerahkan|menganugerahkan|mengganjar|diberikan|diserahkan)\b[^.]*?\bkepada\b")

PLACE_BEFORE = re.compile(
    r"\bdi\s+(?:(?:Gedung|Aula|Rupatama|Ruang|Lapangan|Halaman|Mako|Markas|Kantor|Lobi|Gelanggang|Auditorium)\b[\w\s-]{0,25}?\s)?$",
    re.I,
)

SCOPE_BEFORE = re.compile(
    r"\b(?:jajaran|wilayah(?: hukum)?|di lingkungan|lingkup|se-?|tingkat|di\s+bawah(?:\s+naungan)?)\s*$"
    # "kepada sejumlah satker Polda X", "tujuh polres Polda X": the Polda frames the units it counts
    r"|\b(?:sejumlah|beberapa|\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+"
    r"(?:satker|satuan\s+kerja|satwil|unit\s+kerja|polres\w*|polsek)\s*$"
    r"|\b(?:kepada|untuk|bagi)\s+(?:para\s+)?(?:satker|satuan\s+kerja|satwil)\s*$",
    re.I,
)

# "31 personel jajaran Polda Sumut": people of the Polda, who receive for it (unlike "12 polres jajaran Polda X").
PEOPLE_OF = re.compile(r"\b(?:personel|anggota|polisi|polwan|perwira|bintara)\s+(?:di\s+)?jajaran\s*$", re.I)

POLRI_RECEIVES = re.compile(
    r"\b(?:Polri|Kepolisian Negara Republik Indonesia|Korps Bhayangkara)\)?\s+(?:kembali\s+|berhasil\s+|juga\s+)?"
    r"(?:raih|meraih|terima|menerima|mendapat|mendapatkan|memperoleh|dianugerahi|diganjar|sabet|menyabet|dinobatkan)\b"
    r"|\b(?:kepada|oleh)\s+Polri\b"
    # "menyerahkan penghargaan ... kepada Kapolri Jenderal X": the Kapolri honoured
    r"|\b(?:kepada|untuk|bagi)\s+(?:Kapolri|Kepala\s+Kepolisian\s+(?:Negara\s+)?(?:Republik\s+Indonesia|RI))\b"
    # "Kementerian/lembaga yang meraih penghargaan adalah TNI; Polri; ...": Polri an item of the receivers listed
    r"|\b(?:meraih|menerima|mendapat(?:kan)?|memperoleh)\b[^.]{0,40}?\b(?:adalah|yaitu|yakni|antara\s+lain)\s+"
    r"(?:[^.]*?[;,]\s*(?:dan\s+|serta\s+)?)?Polri(?=\s*[;,.]|\s+(?:dan|serta)\b|$)"
)
# The Kapolri honoured, or his deputy accepting for him: the archive files it under Mabes Polri.
POLRI_CHIEF = re.compile(r"\b(?:Kapolri|Wakapolri)\b")


GIVER_BEFORE = re.compile(r"\bdari\s+(?:(?-i:[A-Z])[\w.]*\s+){1,5}$")
FUTURE_TO_BEFORE = re.compile(
    r"\b(?:akan|bakal|hendak|berencana|rencananya)\s+(?:juga\s+|segera\s+)?(?:me\w+|memberi\w*|di\w+)\b[^.;]{0,60}?"
    r"\b(?:kepada|untuk|bagi)\s+(?:(?:para|seluruh|jajaran|anggota|personel)\s+){0,2}$",
    re.I,
)
WITNESS_BEFORE = re.compile(r"\b(?:didampingi|disaksikan|dihadiri|turut hadir|hadir pula)\b[^;]*$", re.I)
FORMER_BEFORE = re.compile(
    r"\b(?:sebelumnya|pernah|dulu)\s+(?:menjabat|bertugas(?:\s+di)?|dipercaya)(?:\s+sebagai)?\s+$|\bmantan\s+$", re.I
)
PARTICIPANTS_BEFORE = re.compile(r"\byang\s+(?:di)?ikuti\s+(?:oleh\s+)?[^.;]*$", re.I)
ORGANISER_BEFORE = re.compile(r"\b(?:diselenggarakan|digelar|diadakan|dihelat|penyelenggara)\s+(?:oleh\s+)?$", re.I)
# "Bripka Andi dari Polsek Mlati", "Mereka berasal dari Ditreskrimum": "dari" says where officers serve, not who gives.
MEMBER_OF = re.compile(
    rf"(?:\b(?:{ANY_CASE_RANK_RE})\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|\b(?i:anggota|personel|polisi|polwan|perwira|bintara|berasal))"
    r"\s+dari\s*$"
)


def recipient_mentions(sentence: str, story: str | None = None) -> list[Mention]:
    """Units that receive in this sentence: subjects before the receiving verb, objects after
    'kepada' or 'oleh'; never units that follow 'dari' or give ("Polda X memberikan ... kepada")."""
    mentions = find_unit_mentions(sentence, story=story)
    give = GIVE_TO.search(sentence)
    if give:
        mentions = [m for m in mentions if m.start >= give.end()]
    chosen = [m for m in mentions if not _not_receiving(sentence, m)]
    deputies = [m for m in chosen if DEPUTY_BEFORE.search(sentence[max(0, m.start - 40) : m.start])]
    # "diterima untuk Kapolri, yang diwakili Kadiv Humas Polri": who stands in for a recipient receives nothing.
    chosen = [m for m in chosen if m not in deputies]
    chosen = [_beside_parent(sentence, m) for m in chosen]
    chosen = _listed_with_parent(sentence, chosen)
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
    return chosen or _polri_itself(sentence) or deputies


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


def _parent_after_polsek(sentence: str, m: Mention, chosen: list[Mention]) -> bool:
    """ "Bhabinkamtibmas Polsek Sekayam, Polres Sanggau-Kalbar; ...": a resort written after a Polsek the gazetteer
    lacks, and not followed by more of a list, is the Polsek's parent."""
    if m.name.startswith(("Polsek", "Polda")) or not m.unit_id:
        return False
    after_list = re.match(r"[\w'-]*(?:,\s|\s+(?:dan|serta)\s)", sentence[m.end :])
    return not after_list and any(
        o.name.startswith("Polsek") and not o.unit_id and re.fullmatch(r",?\s+", sentence[o.end : m.start])
        for o in chosen
    )


# "... adalah Kapolres Kudus AKBP Andi, Kasat Lantas Polres Kudus ...", "yaitu Kapolres dan Kasat Lantas Polres X":
# the chiefs are listed as recipients each in his own right.
CHIEFS_LISTED_BEFORE = re.compile(
    r"\b(?:adalah|yaitu|yakni|antara lain|di antaranya)\s+(?:[^.;]*?\s)?(?:Kapol|Wakapol)\w*\b[^.;]*(?:,|\bdan)\s+"
    r"(?:(?:panitia|serta)\s+)?$"
)


# "Beberapa pejabat utama Polda X juga menerima penghargaan, yakni Direktur Reserse Narkoba ...": officials whose
# posts are listed receive in their own right, not for their parent.
OFFICIALS_LISTED_BEFORE = re.compile(
    r"\b(?:pejabat|perwira|personel|anggota)\b[^.;]{0,80}?\b(?:yakni|yaitu|antara lain|di antaranya)\s*:?\s*$", re.I
)


OFFICIALS_OF = re.compile(r"\b(?:pejabat(?:\s+utama)?|perwira|personel|anggota)\s+$", re.I)


def _beside_parent(sentence: str, m: Mention) -> Mention:
    listed = CHIEFS_LISTED_BEFORE.search(sentence[: m.start]) or OFFICIALS_LISTED_BEFORE.search(sentence[: m.start])
    if m.via_position and m.parent_id and listed:
        return replace(m, beside_parent=True)
    return m


LIST_GAP = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")


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
        joined = any(
            re.search(r"\b(?:dan|serta)\b", sentence[a.end : b.start]) for a, b in zip(items, items[1:], strict=False)
        )
        if len(items) < 3 and not joined:
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


GIVEN_BY_BEFORE = re.compile(
    r"\b(?:diganjar|dianugerahi|diberi|diberikan|diserahkan|dianugerahkan|disematkan)\b[^.]{0,60}\boleh\s+$"
)


# A chief who speaks of the award: "Kabid Humas Polda X, Kombes Y, menegaskan ...", "..., kata Kasi Humas Polres X".
SPEAKS_AFTER = re.compile(
    r"(?:[\s,]+(?:[A-Z][\w.'-]*))*[\s,]*(?:(?:juga|pun|lebih lanjut|kemudian)\s+)?(?:mengatakan|menegaskan|"
    r"menjelaskan|menyampaikan|mengungkapkan|menuturkan|menerangkan|menyebut(?:kan)?|menambahkan|memaparkan|"
    r"membenarkan|berharap|mengimbau)\b"
)
SPEAKS_BEFORE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|imbuh|tandas|jelas|terang|tegas|papar)(?:nya)?\s+(?:[A-Z][\w.]*\s+){0,4}$"
)
# A body's head, written out before it ("Kepala Divisi Humas Polri"), who speaks a little further on.
HEAD_OF_BEFORE = re.compile(r"\b(?:Kepala|Wakil\s+Kepala|Ketua|Direktur|Komandan)\s+$")
SAYS_SOON = re.compile(
    r"[^;\"“”]{0,90}?\b(?:mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menerangkan|menyebutkan|"
    r"menambahkan|memaparkan|membenarkan|menegaskan)\b"
)
# What a unit did besides the award, told in a clause of its own: "pengungkapan 40 kg sabu oleh Polres X",
# "Polres Y kembali mengungkap 10 kg ganja", "atas pengungkapan kasus bersama Polsek Z".
CASE_WORDS = re.compile(
    r"\b(?:meng|peng|di)ungkap(?:an)?|\b(?:menangkap|penangkapan|ditangkap|menggagalkan|penggagalan|digagalkan|"
    r"membekuk|dibekuk|meringkus|diringkus|menyita|penyitaan|disita|menindak|penindakan|ditindak)\b",
    re.I,
)
AWARD_WORDS = re.compile(
    r"\b(?:penghargaan|piagam|predikat|apresiasi|anugerah|award|rekor|trofi|juara|peringkat|"
    r"(?:me|di)?(?:raih|terima|peroleh|anugerahi|ganjar|dapat(?:kan)?)|menyabet|sabet|kepada|bagi)\b",
    re.I,
)
# Units a winner is said to beat: "mengungguli Polres A dan Polres B".
BEATEN_BEFORE = re.compile(
    r"\b(?:mengungguli|mengalahkan|menyisihkan|menggeser|unggul\s+(?:atas|dari)|mengungguli\s+pesaingnya)\b[^.;:]*$",
    re.I,
)


def _clause_around(sentence: str, m: Mention) -> tuple[str, str]:
    """The words of the clause (between commas, semicolons and 'dan') before and after the unit."""
    start = max((sentence.rfind(c, 0, m.start) for c in (", ", ";", ": ", " dan ")), default=-1) + 1
    ends = [e for e in (sentence.find(c, m.end) for c in (", ", ";", ": ", " dan ")) if e >= 0]
    return sentence[start : m.start], sentence[m.end : min(ends, default=len(sentence))]


def _other_doing(sentence: str, m: Mention) -> bool:
    """Whether the unit is named for something else it did or was: it speaks, it solved a case, it was beaten."""
    if SPEAKS_BEFORE.search(sentence[max(0, m.start - 50) : m.start]):
        return True  # "..., terang Kepala Biro Penmas Divisi Humas Polri"
    if m.via_position and SPEAKS_AFTER.match(sentence, m.end):
        return True
    if (m.via_position or HEAD_OF_BEFORE.search(sentence, max(0, m.start - 14), m.start)) and (
        said := SAYS_SOON.match(sentence, m.end)
    ):
        if not RECEIVE.search(said.group(0)):
            return True  # "Kepala Divisi Humas Polri Irjen X dalam keterangannya di Jakarta, ..., mengatakan"
    if BEATEN_BEFORE.search(sentence[max(0, m.start - 80) : m.start]):
        return True
    before, after = _clause_around(sentence, m)
    # A case word before the unit with no award or receiver between them, or the unit the subject of a case
    # verb in a clause that names no award.
    case_before = list(CASE_WORDS.finditer(before))
    if case_before and not AWARD_WORDS.search(before[case_before[-1].end() :]):
        return True
    return bool(CASE_SUBJECT.match(after)) and not AWARD_WORDS.search(before + after)


CASE_SUBJECT = re.compile(r"(?:[\s,]+(?-i:[A-Z][\w.'-]*))*\s+(?:(?:kembali|berhasil|juga|telah|sukses|pun)\s+)*"
                          + CASE_WORDS.pattern, re.I)  # fmt: skip


def _not_receiving(sentence: str, m: Mention) -> bool:
    """Whether the unit `m` is named as something other than a recipient: a place, a frame, a giver, an
    organiser, a former post, a witness, a speaker, a unit at work or beaten."""
    if PLACE_BEFORE.search(sentence[max(0, m.start - 40) : m.start]):
        return True  # where it happened: "di Gedung Rupatama Mabes Polri", "di Aula Polda X"
    if _other_doing(sentence, m):
        return True
    if (
        m.name.startswith("Polda")
        and SCOPE_BEFORE.search(sentence[max(0, m.start - 30) : m.start])
        and not PEOPLE_OF.search(sentence[max(0, m.start - 40) : m.start])
    ):
        return True  # "12 polres jajaran Polda Jatim": the Polda frames the units that receive
    if m.unit_id and AWARD_OF_BEFORE.search(sentence[max(0, m.start - 25) : m.start]) and _mabes_body(m):
        return True  # "diganjar penghargaan Divisi Humas Polri": the award is named after its giver
    if PARTICIPANTS_BEFORE.search(sentence[max(0, m.start - 80) : m.start]):
        return True  # "juara 1 lomba X yang diikuti Polres A dan Polres B": those who took part
    if ORGANISER_BEFORE.search(sentence[max(0, m.start - 40) : m.start]):
        return True  # "... Award yang diselenggarakan Korlantas Polri": the organiser
    if FORMER_BEFORE.search(sentence[max(0, m.start - 40) : m.start]):
        return True  # "yang sebelumnya menjabat Kanit Pidum Satreskrim Polres X": a post he no longer holds
    if FUTURE_TO_BEFORE.search(sentence[max(0, m.start - 90) : m.start]):
        return True  # "Polda X juga akan melakukan hal yang sama kepada jajaran Polres Y": not given yet
    if WITNESS_BEFORE.search(sentence[max(0, m.start - 90) : m.start]):
        return True  # "didampingi Kadivhumas Polri", "disaksikan Kapolda X": there, not receiving
    before = sentence[max(0, m.start - 12) : m.start].lower()
    member = MEMBER_OF.search(sentence[max(0, m.start - 60) : m.start])
    if not member and (
        re.search(r"\bdari\s*$|\boleh\s+kapolda\s*$", before)
        or (m.name.startswith("Polda") and re.search(r"\bdari\b", before))
        or GIVER_BEFORE.search(sentence[max(0, m.start - 60) : m.start])
    ):
        return True  # "penghargaan dari Direktur Reserse Narkoba Polda Jatim": the giver's unit
    if (
        m.via_position
        and m.name.startswith("Polda")
        and GIVEN_BY_BEFORE.search(sentence[max(0, m.start - 80) : m.start])
    ):
        return True  # "diganjar penghargaan oleh Kapolda X": the agent of the giving
    # "Kapolda X menyerahkan ...": the Polda gives; "Kapolda X menerima", "peraihnya adalah Kapolda X" receive.
    return (
        m.via_position
        and m.name.startswith("Polda")
        and not re.search(r"\b(?:kepada|oleh|adalah|yaitu|yakni|ialah)\s*$", before)
        and not CHIEFS_AFTER_TO.search(sentence[max(0, m.start - 160) : m.start])
        and not _chief_receives(sentence, m.end)
    )


# "kepada Kapolda Sumatera Utara, Kapolda Papua ...": every chief of a list after the receiver's word receives.
CHIEFS_AFTER_TO = re.compile(
    r"\b(?:kepada|oleh|adalah|yaitu|yakni|ialah)\s+(?:Kapol\w*\s[^.;:]{0,60}?(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+))+$"
)
CHIEF_TO_VERB = re.compile(r"(?:[\s,]+(?:[A-Z][\w.'-]*))*[\s,]*(?:(?:juga|telah|berhasil|kembali|pun|turut)\s+)*")


AWARD_OF_BEFORE = re.compile(r"\b(?:penghargaan|piagam|apresiasi)\s+(?:dari\s+)?$", re.I)


def _mabes_body(m: Mention) -> bool:
    unit = gazetteer().units.get(m.unit_id or "")
    return bool(unit) and unit.type == "satker_mabes"


def _chief_receives(sentence: str, end: int) -> bool:
    """The chief named just before `end` is the subject of a receiving verb ("Kapolda NTB Irjen Pol. Djoko
    Poerwanto menerima penghargaan"), not of a giving one."""
    verb = RECEIVE.search(sentence[end : end + 80])
    # Only the chief's rank and name (capitalised words) and an adverb may stand between him and the verb.
    return (
        bool(verb)
        and verb.group(1).lower() != "diterima"
        and bool(CHIEF_TO_VERB.fullmatch(sentence[end : end + verb.start()]))
    )


def without_receiving_chiefs(text: str) -> str:
    """`text` with a Kapolri or Wakapolri who receives blanked out (same length): he names no giver and no kind."""
    for c in reversed(list(POLRI_CHIEF.finditer(text))):
        if _chief_receives(text, c.end()):
            text = text[: c.start()] + " " * (c.end() - c.start()) + text[c.end() :]
    return text


def _polri_itself(sentence: str) -> list[Mention]:
    """ "Polri meraih penghargaan ...", "Kapolri Jenderal X menerima ...": the institution receives, which the
    archive files under Mabes Polri."""
    m = POLRI_RECEIVES.search(sentence)
    unit = gazetteer().units.get("mabes-polri")
    if m is None:
        m = next((c for c in POLRI_CHIEF.finditer(sentence) if _chief_receives(sentence, c.end())), None)
    return [Mention(unit.name, unit.unit_id, m.start(), m.end(), False)] if m and unit else []


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
    if unit_id and other_id:
        unit = gazetteer().units.get(other_id)
        while unit and unit.parent_id:
            if unit.parent_id == unit_id:
                return True
            unit = gazetteer().units.get(unit.parent_id)
        return False
    # A unit the gazetteer lacks (a Polsek, mostly) sits under the Polda and Polres named with it.
    return unknown_below and unit_id is not None and other.startswith("Polsek") and not name.startswith("Polsek")


OWN_PERSONNEL = re.compile(
    r"\b(?:kepada|ke|untuk|bagi)\s+(?:[\d.]+\s+|para\s+|sejumlah\s+|seluruh\s+)?(?:orang\s+)?"
    r"(?:personel|anggota|polisi|polwan|jajaran|perwira|bintara)\b",
    re.I,
)


def own_personnel(context: str) -> list[Mention]:
    """ "Kapolda Jatim menyematkan Satyalancana kepada 2.684 personel": a chief honouring his own people,
    so the unit he leads receives."""
    give = OWN_PERSONNEL.search(context)
    if not give:
        return []
    chiefs = [m for m in find_unit_mentions(context[: give.start()]) if m.unit_id]
    return chiefs[-1:]


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


def lead_subunit(award: Award, body: list[str]) -> None:
    """ "Satlantas Polres Malang mencatat prestasi ... Polres Malang memborong tiga penghargaan": a story that
    opens on one sub-unit achieving, then credits its parent, is about the sub-unit (the most specific unit)."""
    if len(award.recipients) != 1:
        return
    parent = award.recipients[0]
    for sentence in body[:2]:
        opening = re.sub(r"^[A-Z\s.,]+[–-]\s*", "", sentence)  # the dateline: "MALANG – "
        subs = [m for m in find_unit_mentions(opening) if m.start == 0 and m.name.endswith(" " + parent)]
        verb = re.match(r"\s*(?:(?:kembali|berhasil|sukses|juga)\s+)?", opening[subs[0].end :]) if subs else None
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
