"""Which of an award's wordings to keep, and what the rest of the story adds to it: the most informative of
the ways its sentences word it, the reason said in a sentence of its own, the class its winner is the best of, the
placing it was won at, and the giver a bare award goes by.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_reasons import ACTIVE_CLAUSE, NAME_QUALIFIERS, REASON
from pipelines.award_title_ends import TITLE_END, title_tail
from pipelines.award_title_named import DECORATION
from pipelines.award_title_words import AWARD_START, PLACEMENT_RE, is_generic_title, names_award
from pipelines.award_titles import title_of
from pipelines.role_words import GIVE, RECEIVE

# The class a winner is the best of, said apart from the award: "keluar sebagai pemenang terbaik di antara seluruh
# Polda Tipe A", "menjadi yang terbaik dari semua Polres".
BEST_AMONG = re.compile(
    r"\bterbaik\s+(?:di antara|dari)\s+(?:seluruh|semua)\s+"
    r"((?:Polda|Polres\w*|Polsek|Satker|Satwil|Satuan\s+\w+)(?:\s+(?i:tipe|kelas|kategori)\s+[A-Z\d]\w*)?)"
)


# The placing a named award was won at, said in a sentence of its own: "Tahun ini Polda X meraih peringkat ketiga
# kategori Informatif tingkat provinsi", "menempati peringkat pertama kategori tingkat polda"; or the top so many
# it was among: "Polsek X masuk nominasi 10 besar Polsek tipe A".
PLACED_IN = re.compile(
    r"\b(?:(?:meraih|menempati|memperoleh|mendapat(?:kan)?|menjadi|berada di)\s+((?:peringkat|juara)\s+(?:ke-?\s*)?\w+\s+kategori)"
    r"|masuk\s+(?:dalam\s+|jajaran\s+)?((?:nominasi\s+)?(?:\d+|tiga|lima|sepuluh)\s+besar))\b"
)
PLACING_END = re.compile(rf"{TITLE_END.pattern}|\s+dengan\s+")


def with_class_among(title: str | None, sentences: list[str]) -> str | None:
    """ "Kompolnas Awards 2024" and "... terbaik di antara seluruh Polda Tipe A": "... Polda Tipe A terbaik";
    "Penghargaan KIP 2025" and "meraih peringkat ketiga kategori Informatif": the placing and its category."""
    if not title or is_generic_title(title) or re.search(r"\bterbaik\b", title, re.I):
        return title
    found = next((m for s in sentences if (m := BEST_AMONG.search(s))), None)
    if found:
        return f"{title} {found.group(1)} terbaik"
    if PLACEMENT_RE.search(title):
        return title
    placed = next(((s, m) for s in sentences if (m := PLACED_IN.search(s))), None)
    if placed:
        sentence, m = placed
        return f"{title}, {m.group(1) or m.group(2)}{title_tail(sentence, m.end(), PLACING_END)}"
    return title


def best_title(candidates: list[str | None]) -> str | None:
    """Of the ways an award's sentences word it, the most informative: specific before generic, a name
    before a bare award's reason, a deed before a clause with a subject of its own ("penghargaan atas kerja keras
    jajaran ..." before "penghargaan karena dalam pemberantasan itu anggota kita berhasil ..."), then the fullest
    by its own words (a run-on past 18 words is no name)."""
    named = [c for c in candidates if c]
    if not named:
        return None
    best = max(
        named,
        key=lambda c: (
            not is_generic_title(c),
            bool(DECORATION.search(c)),
            names_award(c),
            not CLAUSE_REASON.search(c),
            len(c.split()) <= 18,
            min(_own_words(c), 18),
        ),
    )
    return _with_reason_apart(best, named)


# What a wording goes on to say of something else: a relative clause of what the deed's people or its object did
# ("atas keberhasilan menangkap komplotan yang beraksi di ..."), or a second award joined on ("... dan piagam ...").
# They stay in the title, but a wording is only as full as the words before them.
SAYS_OF_ANOTHER = re.compile(rf"\s+(?:yang\s+{ACTIVE_CLAUSE}|(?:dan|serta)\s+(?={AWARD_START.pattern}))", re.I)


def _own_words(candidate: str) -> int:
    other = SAYS_OF_ANOTHER.search(candidate)
    return len(candidate[: other.start() if other else len(candidate)].split())


# "karena" and a clause with its own subject: "karena jenderal polisi itu dinilai ...", "karena dalam operasi itu
# anggota ..." (not "karena berhasil ...", "karena dinilai ...", "karena keberhasilan ...", which name the deed).
CLAUSE_REASON = re.compile(
    r"\bkarena\s+(?!(?:me|ber|di|ter|ke|pe)[a-z]{3,}|telah|sudah|sukses|aktif|mampu|turut|ikut)[a-z]", re.I
)


# A named award and, in a sentence of its own, what a bare "penghargaan" was given for: "piagam Trust Award" and
# "Penghargaan itu diberikan karena penanganan kasus ...": the name and its reason; likewise the assessment it was won
# in ("penghargaan tertinggi dalam Monitoring dan Evaluasi ..."). A decoration keeps its formal name.
REASON_APART = re.compile(r"^(?:\S+\s+){1,3}?((?:atas|karena)\s+.+|dalam\s+(?-i:[A-Z]).+)$", re.I)


def _with_reason_apart(best: str, candidates: list[str]) -> str:
    if is_generic_title(best) or DECORATION.search(best) or REASON.search(best) or not names_award(best):
        return best
    for other in candidates:
        m = REASON_APART.match(other)
        if m and not names_award(other) and is_generic_title(other[: m.start(1)]) and len(m.group(1).split()) > 2:
            return f"{best} {m.group(1)}"
    return best


# A sentence about the award the story is of: "Penghargaan tersebut merupakan bentuk pengakuan atas ...".
ABOUT_THE_AWARD = re.compile(r"^(?:penghargaan|piagam|predikat|rekor|pin emas)\s+(?:ini|itu|tersebut)\b", re.I)


def with_reason_said_of_it(title: str | None, sentences: list[str]) -> str | None:
    """A one-award story's named award ("penghargaan pin emas") and what a sentence that refers back to it says
    it is for ("Penghargaan tersebut merupakan bentuk pengakuan atas keberhasilan ..."): the name and its reason."""
    if not title or is_generic_title(title):
        return title
    said = [t for s in sentences if ABOUT_THE_AWARD.match(s) and (t := title_of(s)) and not CLAUSE_REASON.search(t)]
    return _with_reason_apart(title, said)


def with_name_said_apart(title: str | None, sentences: list[str]) -> str | None:
    """A one-award story's bare award ("penghargaan setelah satuan itu berhasil ...") and the name another of its
    sentences gives it ("memperoleh penghargaan kategori Satuan Terbaik karena ..."): the name, with the reason
    when the name says none. Not a placing or a decoration, which may be another award of the story's; and only
    from a sentence that hands an award over or receives one ("Penghargaan bukanlah hak mutlak" names none)."""
    if not title or is_generic_title(title) or names_award(title):
        return title
    for sentence in filter(_confers, sentences):
        name = title_of(sentence)
        if name and names_award(name) and not is_generic_title(name) and not OTHER_KIND.match(name):
            reason = REASON.search(title)
            return name if REASON.search(name) or not reason else f"{name} {title[reason.start() :].strip()}"
    return title


def _confers(sentence: str) -> bool:
    return bool(RECEIVE.search(sentence) or GIVE.search(sentence))


# A name the story writes again with its year: "Penghargaan Top 40 Inovasi Pelayanan Publik", then "Top 40 Inovasi
# Pelayanan Publik Tahun 2018 terdiri dari ...": the year is the name's; likewise after a quoted name.
NAME_HEAD = re.compile(r"^(?:penghargaan|piagam|predikat)\s+(?=[A-Z])", re.I)


def with_year_said_apart(title: str | None, text: str) -> str | None:
    """A one-award story's named award with no year, and the year the story writes right after that name."""
    if not title or is_generic_title(title) or re.search(r"\b(?:19|20)\d\d\b", title):
        return title
    name = title[NAME_HEAD.match(title).end() if NAME_HEAD.match(title) else 0 :]
    if len(name.split()) < 2:
        return title
    # the name may be quoted, its year outside the quotes: 'Raih "Sulut Safety Award" 2024'
    year = re.search(re.escape(name) + r"[\"”']?\s+((?:[Tt]ahun\s+)?(?:19|20)\d\d)\b", text)
    return f"{title} {year.group(1)}" if year else title


OTHER_KIND = re.compile(rf"(?:juara|peringkat|posisi|urutan|rekor)\b|{DECORATION.pattern}", re.I)


# A bare award with no name of its own goes by its giver, as stories and readers call it: "penghargaan atas
# dedikasi ..." from the Kapolda is "penghargaan Kapolda X atas dedikasi ...", a bare "piagam penghargaan" from a
# body is "piagam penghargaan <body>".
BARE_AWARD = re.compile(
    r"^((?:piagam\s+)?(?:penghargaan|piagam|reward))(?=\s+(?:atas|karena|sebagai|untuk|kepada|bagi)\s|$)", re.I
)


def named_by_giver(title: str | None, giver: str | None) -> str | None:
    head = BARE_AWARD.match(title or "")
    if not head or not giver or names_award(title) or _words_of(giver) & _words_of(title):
        return title
    return f"{head.group(1)} {giver}{title[head.end() :]}"


def _words_of(text: str) -> set[str]:
    """Words that tell one giver from another (not the award's own words or a post's "Ka-")."""
    words = {w.lower() for w in re.findall(r"\w+", text) if len(w) > 2}
    return words - {"penghargaan", "piagam", "reward", "atas", "dan", "dari", "kepada", "bagi", "untuk"}


# Where a name ends and what it is for begins ("kategori", "bidang" are the name's).
NAME_END = re.compile(r"\s+(?:atas|karena|berkat|sebagai|untuk|berupa|setelah|kepada|bagi|ke)\s+", re.I)
NAME_GOES_ON = re.compile(rf"\s+(?:{NAME_QUALIFIERS})\b", re.I)
# The award words a name may go by ("penghargaan Presisi Award", "piagam penghargaan X"): not the name itself.
AWARD_WORDS_HEAD = re.compile(r"^(?:(?:penghargaan|piagam|predikat|anugerah|trofi|reward)\s+)+", re.I)


def with_headline_name(title: str | None, headline_title: str | None) -> str | None:
    """A body's short name with its reason ("penghargaan Presisi Award atas dedikasi ...") and a headline that
    writes the same name out in full ("Raih Presisi Award Bidang Strategi Komunikasi dari X"): the full name, then the
    body's reason."""
    if not title or not headline_title or is_generic_title(title):
        return title
    reason = NAME_END.search(title)
    name, rest = (title[: reason.start()], title[reason.start() :]) if reason else (title, "")
    head_reason = NAME_END.search(headline_title)
    full = headline_title[: head_reason.start()] if head_reason else headline_title
    core, full_core = AWARD_WORDS_HEAD.sub("", name), AWARD_WORDS_HEAD.sub("", full)
    if is_generic_title(name) or not core or not full_core.lower().startswith(core.lower()):
        return title
    if not NAME_GOES_ON.match(full_core, len(core)):
        return title
    return name[: len(name) - len(core)] + full_core + rest
