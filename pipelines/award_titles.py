"""The award's title as the story words it: its most specific name, what a bare "penghargaan" is for or
whom it goes to, the class its winner is the best of; which of several wordings says most; and the
placing it ranks ("juara 1").

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_reasons import BEFORE_GIVING
from pipelines.award_title_bare import what_it_is
from pipelines.award_title_ends import title_tail
from pipelines.award_title_named import DECORATION, SERVICE_TERM, deed_after, event_after, operation_after, scored_in
from pipelines.award_title_words import (
    AWARD_NAME,
    AWARD_START,
    is_generic_title,
    names_award,
)
from pipelines.units import find_unit_mentions

__all__ = ["AWARD_TO_COME", "THANKS_WORD", "title_of"]


def title_of(sentence: str) -> str | None:
    """The award as the sentence words it: its most specific name ("predikat ... tahun 2023", "Kompolnas
    Awards 2024 Polda Tipe A terbaik", "juara 1 video edukasi"); a bare "penghargaan" takes what the
    sentence says it is for ("penghargaan atas pengungkapan ...")."""
    found = [(m.start(), _named_award(sentence, m)) for m in AWARD_START.finditer(sentence) if not _thanks(sentence, m)]
    found += [
        (m.start(), m.group(0) + title_tail(sentence, m.end()))
        for m in AWARD_NAME.finditer(sentence)
        if sentence[max(0, m.start() - 1) : m.start()] != "("  # "... Selebriti (Police Award) 2022": a gloss
    ]
    found += [(m.start(1), m.group(1) + title_tail(sentence, m.end())) for m in NAMED_AS.finditer(sentence)]
    # a selection of a contest's winners: "masuk Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2024"
    found += [(m.start(), m.group(0) + title_tail(sentence, m.end())) for m in TOP_SELECTION.finditer(sentence)]
    # a record entered without the word "rekor": "tercatat di MURI atas pembuatan tumpeng terbesar"
    found += [
        (m.start(), "rekor MURI " + title_tail(sentence, m.end()).strip()) for m in RECORD_ENTERED.finditer(sentence)
    ]
    if not found:  # a class won is the award only when the sentence names none ("kategori X dalam Anugerah Y")
        found = [(m.start(1), m.group(1) + title_tail(sentence, m.end())) for m in CLASS_WON.finditer(sentence)]
    candidates = [
        _with_winner_class(sentence, c.strip()) for _, c in sorted(found, key=lambda x: x[0]) if c and c.strip()
    ]
    # thanks ("apresiasi atas kinerja ...") names an award less than an award word does, whatever it is for
    specific = sorted((c for c in candidates if not is_generic_title(c)), key=lambda c: bool(THANKS_WORD.match(c)))
    # a name another candidate gives as what its award is ("penghargaan sebagai juara 1 lomba X", "penghargaan atas
    # prestasi Polres X sebagai satuan berprestasi peringkat satu nasional ...") stays in it
    # ... and so does one it says was won before and is now rewarded ("piagam penghargaan atas keberhasilan meraih
    # predikat Zona Hijau", "penghargaan karena berhasil meraih juara I lomba X"): the award given is the reward
    named = [c for c in specific if names_award(c) and not any(_given_as(c, o) or _won_for(c, o) for o in specific)]
    return _defined_name(sentence, (named or specific or candidates or [None])[0])


def _given_as(name: str, other: str) -> bool:
    return other != name and bool(re.search(r"\ssebagai\s(?:.*\s)?" + re.escape(name), other))


def _won_for(name: str, other: str) -> bool:
    return other != name and bool(WON_FOR.search(other)) and name in other[WON_FOR.search(other).end() :]


# A reward's reason that says what was won: "atas prestasi meraih ...", "karena berhasil memperoleh ...".
WON_FOR = re.compile(
    r"\b(?:atas|karena|berkat)\s+(?:(?:prestasi|keberhasilan|kesuksesan|capaian)(?:nya)?\s+)?(?:(?:berhasil|sukses|telah)\s+)*"
    r"(?:meraih|memperoleh|mendapatkan|mendapat|menyabet|menjadi)\s+",
    re.I,
)
THANKS_WORD = re.compile(r"apresiasi\b", re.I)
# Thanks as what the giving is meant as, not what is given: "sebagai bentuk apresiasi kepada tim SAR karena ...",
# "sebagai apresiasi atas kinerja ...".
AS_THANKS = re.compile(r"\bsebagai\s+(?:(?:bentuk|wujud|tanda|ungkapan)\s+)?$", re.I)


def _thanks(sentence: str, m: re.Match) -> bool:
    """Thanks the giving is meant as, or an award word in brackets that glosses the one before it ("reward
    (penghargaan)"): no award of its own."""
    glossed = sentence[max(0, m.start() - 1) : m.start()] == "("
    return glossed or bool(THANKS_WORD.match(m.group(0)) and AS_THANKS.search(sentence, 0, m.start()))


# A sentence that says what an award's name means: "Zona hijau merupakan predikat tertinggi dalam penilaian ...",
# "Opini Kualitas Tertinggi adalah predikat yang ...": the name is the award's, what follows describes it.
DEFINED_AS = re.compile(
    r"^((?-i:[A-Z])[\w-]*(?:\s+[\w()-]+){0,3}?)\s+(?:merupakan|adalah|ialah)\s+(?:sebuah\s+)?"
    r"(predikat|penghargaan|gelar|anugerah)\b",
    re.I,
)
NOT_A_NAME = re.compile(r"(?:\b(?:ini|itu|tersebut|hal|ia|dia|mereka|kami|kita|yang)\b|\d)", re.I)


def _defined_name(sentence: str, title: str | None) -> str | None:
    m = DEFINED_AS.match(sentence.strip())
    name = m and m.group(1)
    if not name or NOT_A_NAME.search(name) or is_generic_title(name) or find_unit_mentions(name):
        return title
    if title and name.lower() in title.lower():
        return title  # the award word's own phrase already names it ("Opini Kualitas Tertinggi adalah ...")
    head = f"{m.group(2).lower()} {name}"
    return head if is_generic_title(title) else f"{head}, {title}"


# An award still to come ("anggota akan memperoleh penghargaan berupa ..., yakni ..."): no award of the story.
AWARD_TO_COME = re.compile(
    r"\b(?:akan|bakal)\s+(?:juga\s+)?(?:memperoleh|mendapat(?:kan)?|menerima|meraih|diberi(?:kan)?|dianugerahi|diganjar)\b",
    re.I,
)


# A title conferred without an award word: "ditetapkan sebagai satuan kerja terbaik dalam ...", "dinobatkan sebagai
# Polsek teladan".
# "dianugerahi sebagai Pemimpin Terbaik Bidang ...", "diganjar sebagai Kepala Satuan Terbaik dalam ...": the class is
# the title, its capitals too.
NAMED_AS = re.compile(
    r"\b(?:dinobatkan|ditetapkan|terpilih|dikukuhkan|dianugerahi|diganjar)\s+(?:sebagai|menjadi)\s+"
    r"((?:[\w-]+\s+){0,4}?(?i:terbaik|teladan|terfavorit|terinovatif|berprestasi)(?:\s+(?:I{1,3}|\d)\b)?)"
)
# A class won with no award word before it: "meraih kategori Instansi Vertikal Terbaik", "masuk kategori Sangat Baik
# dalam penilaian ...", "dinobatkan dalam kategori Mitra Terbaik".
CLASS_WON = re.compile(
    r"\b(?:meraih|masuk|memperoleh|mendapat(?:kan)?|menyabet|menyandang|dinobatkan|ditetapkan)\s+(?:dalam\s+|pada\s+)?"
    r"(kategori\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
# A record said as an entry in the museum of records: "tercatat di MURI atas ...", "masuk Museum Rekor Dunia Indonesia
# (MURI) sebagai ...", "dicatat dalam MURI untuk ...": the record is what follows.
RECORD_ENTERED = re.compile(
    r"\b(?:tercatat|dicatat|masuk)\s+(?:di\s+|dalam\s+|ke\s+)?(?:MURI|Museum\s+Rekor(?:\s+Dunia)?\s+Indonesia(?:\s+\(MURI\))?)"
    r"\s+(?:atas|sebagai|untuk|dengan)\s+(?:rekor\s+)?(?=\w{3})"
)
TOP_SELECTION = re.compile(r"\bTop\s+\d+(?=\s+[A-Z])")
# A citation quoted right after the award's name, a dozen words or so.
CITATION = re.compile(r"\s*[\"“]([^\"“”]{3,160})[\"”]")
# The class an award names its winner in: "Kompolnas Awards 2024 sebagai Polsek Tipe B terbaik se-Indonesia", also
# past whom it went to or who gave it: "Baznas Award kepada Polres X sebagai instansi pengumpul zakat terbaik",
# "Anugerah Y dari Bupati Z sebagai instansi paling responsif".
WINNER_CLASS = re.compile(
    r"(?:\s+(?:kepada|dari|oleh)(?:\s+[\w.()-]+){1,6}?)?"
    r"\s+sebagai\s+((?:[\w-]+\s+){0,6}?(?:terbaik|teladan|berprestasi|terfavorit|terinovatif|paling\s+\w+)"
    # ... and the named contest it was the best of: "sebagai Polsek terbaik dalam Lomba Siskamling 2024"
    r"(?:\s+(?:se-?[A-Z]?\w+|tingkat\s+\w+|nasional|di\s+Indonesia|(?:I{1,3}|\d)\b"
    r"|(?:dalam|pada)\s+(?i:lomba|kompetisi|kejuaraan|ajang)(?:\s+(?-i:[A-Z\d])[\w()-]*)+))*)"
)


def _with_winner_class(sentence: str, title: str) -> str:
    at = sentence.find(title)
    m = WINNER_CLASS.match(sentence, at + len(title)) if at >= 0 else None
    return f"{title} sebagai {m.group(1)}" if m else title


def _named_award(sentence: str, m: re.Match) -> str:
    start = m.start()
    # "penghargaan predikat X": the award is the predikat.
    inner = re.match(r"penghargaan\s+(?=(predikat|piagam|trofi|anugerah|rekor|opini)\b)", sentence[start:], re.I)
    if inner:
        start += inner.end()
    word = re.match(r"\w+(?:\s+(?:penghargaan|kehormatan|emas))?", sentence[start:]).group(0)
    head = word + title_tail(sentence, start + len(word))
    head = re.sub(r"\s+(itu|ini|tersebut)$", "", head)
    # "Satyalancana Pengabdian 8, 16 dan 24 tahun": the name's cut at the comma left the first term on it
    named = re.sub(r"\s+\d+(?:\s+tahun)?$", "", head) if DECORATION.search(head) else head
    term = SERVICE_TERM.match(sentence, start + len(named)) if DECORATION.search(head) else None
    if term:
        head = named  # "Satyalancana Pengabdian untuk masa bakti 8, 16 dan 24 tahun": the term is the class
        return head + " " + " ".join(term.group(1).split())
    cited = CITATION.match(sentence, start + len(head))
    if cited:  # the award's citation in quotes: penghargaan Terbaik I "Atas Prestasi dan Dedikasi ..."
        return f"{head} {cited.group(1)}{event_after(sentence, cited.end())}"
    if not is_generic_title(head):
        after = start + len(head)
        return head + (
            event_after(sentence, after)
            or scored_in(sentence, after)
            or deed_after(sentence, after, head)
            or operation_after(sentence, after)
        )
    what = what_it_is(sentence, start + len(word), start + len(head))
    # "Piagam penghargaan juga diberikan ... sebagai pemrakarsa": the adverb belongs to the giving, not the award
    return ADVERB_AFTER.sub("", head) + what


ADVERB_AFTER = re.compile(rf"(?:\s+(?:juga|pun|pula|kembali|lagi|serupa|yang sama|{BEFORE_GIVING}))+$", re.I)
