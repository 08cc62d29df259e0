"""The award's title as the story words it: its most specific name, what a bare "penghargaan" is for or
whom it goes to, the class its winner is the best of; which of several wordings says most; and the
placing it ranks ("juara 1").

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_fronted_reasons import fronted_reason
from pipelines.award_reasons import (
    AFTER_SUCCESS,
    BEFORE_GIVING,
    EVENT_WORDS,
    PRAISE,
    REASON,
    REASON_END,
    reason_near,
)
from pipelines.award_title_ends import title_tail
from pipelines.givers import ORGANISATION_WORDS
from pipelines.number_words import COUNT_WORD, ORDINAL, ORDINAL_VALUES, VALUES
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.units import find_unit_mentions

# An award's own place: the number-word table's ordinals to the fifth, its number words to three ("juara dua"),
# "satu", Roman numerals to V. A later place is rather one unit's among many listed ("..., dan Polres C pada urutan
# keenam"), no place of the award told.
_TOP_PLACES = (
    {w: n for w, n in ORDINAL_VALUES.items() if n <= 5} | {"satu": 1} | {w: n for w, n in VALUES.items() if n <= 3}
)
ORDINALS = _TOP_PLACES | {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
PLACEMENT_RE = re.compile(
    r"\b(?:peringkat|juara|ranking|posisi|urutan|terbaik)\s+(?:ke-?\s*)?"
    rf"(\d|{'|'.join(_TOP_PLACES)}|III|II|IV|I|V)\b",
    re.IGNORECASE,
)


# "sebagai bentuk penghargaan", "wujud penghargaan": as appreciation, no award's name; "final Piala X" is a match of a
# tournament, not a trophy; "upacara kenaikan pangkat":
# "mengalami kenaikan pangkat": the routine promotions a ceremony hands out, no award.
AWARD_START = re.compile(
    r"\b((?<!bentuk )(?<!wujud )penghargaan|reward|predikat|piagam|plakat|trofi|(?<!sebagai )tanda penghargaan|(?<!ajang )(?<!turnamen )(?<!final )piala|anugerah|(?<!Museum )rekor|opini|juara|peringkat|tanda kehormatan|apresiasi|sertifikat|"
    r"pin emas|(?<!upacara )(?<!upacara korps )(?<!pengumuman )(?<!mengalami )kenaikan pangkat|satyalancana|bintang bhayangkara|satuan terbaik|polda terbaik|polres terbaik|polsek terbaik|"
    # a customary or honorary title ("gelar adat Dayak ...", "gelar warga kehormatan"), not "gelar perkara/pasukan"
    r"gelar\s+(?:adat|kehormatan|kebangsawanan|warga\s+kehormatan)|"
    # the zona integritas predikat by its name alone: "meraih Wilayah Bebas dari Korupsi (WBK)"
    r"wilayah bebas (?:dari )?korupsi|wilayah birokrasi bersih dan melayani|WBK|WBBM|"
    # a placing written with "terbaik": "meraih terbaik II lomba X", "terbaik pertama kategori Y"
    r"terbaik\s+(?:ke-?\s*)?(?:III|II|IV|I|[1-5]|pertama|kedua|ketiga)(?!\w)|"
    # a grade by its name alone when the assessment it was won in follows: "masuk zona hijau dalam penilaian ..."
    r"zona hijau(?=\s+(?:dalam|pada)\s+(?:penilaian|evaluasi|survei)\b))\b",
    re.IGNORECASE,
)


def placement_of(context: str) -> int | None:
    m = PLACEMENT_RE.search(context)
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else ORDINALS.get(value)


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
    candidates = [
        _with_winner_class(sentence, c.strip()) for _, c in sorted(found, key=lambda x: x[0]) if c and c.strip()
    ]
    # thanks ("apresiasi atas kinerja ...") names an award less than an award word does, whatever it is for
    specific = sorted((c for c in candidates if not is_generic_title(c)), key=lambda c: bool(THANKS_WORD.match(c)))
    # a name another candidate gives as what its award is ("penghargaan sebagai juara 1 lomba X", "penghargaan atas
    # prestasi Polres X sebagai satuan berprestasi peringkat satu nasional ...") stays in it
    named = [c for c in specific if names_award(c) and not any(_given_as(c, o) for o in specific)]
    return _defined_name(sentence, (named or specific or candidates or [None])[0])


def _given_as(name: str, other: str) -> bool:
    return other != name and bool(re.search(r"\ssebagai\s(?:.*\s)?" + re.escape(name), other))


THANKS_WORD = re.compile(r"apresiasi\b", re.I)
# The words that say what deed an award is for: "atas ...", "karena ...", "berkat ...".
DEED_WORDS = ("atas", "karena", "berkat")
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
NAMED_AS = re.compile(
    r"\b(?:dinobatkan|ditetapkan|terpilih|dikukuhkan)\s+(?:sebagai|menjadi)\s+"
    r"((?:[\w-]+\s+){0,4}?(?:terbaik|teladan|terfavorit|terinovatif|berprestasi)(?:\s+(?:I{1,3}|\d)\b)?)"
)
GENERIC_TITLE = re.compile(
    rf"^(?:(?:sebuah|satu|{COUNT_WORD}|\d+|berupa)\s+)?(?:(?:piagam|sertifikat|plakat)\s+)?(?:penghargaan|reward|piagam|plakat|apresiasi|sertifikat|trofi|piala|"
    r"anugerah|tanda kehormatan|tanda penghargaan|predikat|rekor|gelar(?:\s+(?:adat|kehormatan))?)(?:\s*-\s*(?:piagam|penghargaan|trofi|piala))?"
    # two award words for one award: "apresiasi dan penghargaan", "reward atau penghargaan", "reward (penghargaan)"
    r"(?:\s+(?:(?:dan|serta|atau)\s+)?\(?(?:piagam|piala|penghargaan|trofi|sertifikat|medali|reward|apresiasi)\)?)*"
    # ... or what form it took, no more: "apresiasi berupa dua penghargaan", "penghargaan berupa piagam"
    rf"(?:\s+berupa\s+(?:(?:sebuah|satu|{COUNT_WORD}|\d+)\s+)?(?:piagam|penghargaan|plakat|sertifikat|trofi|piala)(?:\s+penghargaan)?)?"
    rf"(?:\s+(?:itu|ini|tersebut|tadi|sekaligus|seperti ini|seperti|{PRAISE}|{BEFORE_GIVING}|serupa|yang sama|{ORDINAL}|"
    # "penghargaan kembali", "penghargaan kedua kali", "Penghargaan tidak hanya": adverbs, not the award's name;
    # "penghargaan tertinggi" praises an award the story names elsewhere (a decoration's formal name)
    r"lainnya|lain|kembali|lagi|juga|pun|kali|selanjutnya|berikutnya|setinggi-tingginya|sebesar-besarnya|(?:tidak|bukan)\s+\w+))*"
    # ... or only its giver: "piagam Ombudsman RI", "Penghargaan Kapolda Banten", "penghargaan BNN Kalsel", "rekor MURI";
    # a headline's capitals after the giver go on with the award's reason ("Penghargaan Kapolda Jambi Atas ...") or the
    # record's theme ("Rekor MURI Patroli Sepeda Terpanjang"), not with the giver's name
    r"(?:\s+(?:dari\s+)?(?:(?:Ombudsman|Kapolda|Kapolri|Polda|Div\w*|Divisi|Mabes|Bid\w*|Bidang|BNNP?|Kementerian|Bupati|Wali ?Kota|Gubernur|Kapolres\w*|Pemkab|"
    r"Pemkot|Pemprov)(?:\s+(?!(?:atas|karena|berkat|sebagai|untuk)\b)(?-i:[A-Z(])[\w()-]*)*|MURI(?:\s+Indonesia)?|Museum Rekor(?:\s+Dunia)?\s+Indonesia(?:\s+\(MURI\))?)"
    r"(?:\s+(?:lainnya|lain|itu|ini|tersebut|serupa|juga))*)?$",
    re.IGNORECASE,
)
# Names of awards that end in "Award": "Kompolnas Awards 2024", "Serambi Award", "Humas Polri Awards".
AWARD_NAME = re.compile(
    # "dan" may join its words: "Kementerian dan Lembaga Negara Award 2024"
    r"\b(?:(?!(?:Terima|Raih|Meraih|Menerima|Dapat|Sabet|Borong|Kapolda|Kapolres|Polda|Polres)\b)[A-Z][\w-]*\s+(?:dan\s+(?=[A-Z]))?){1,4}"
    r"Awards?\b"
    r"(?:\s+(?:tahun\s+)?20\d\d)?"
)
TOP_SELECTION = re.compile(r"\bTop\s+\d+(?=\s+[A-Z])")
# A citation quoted right after the award's name, a dozen words or so.
CITATION = re.compile(r"\s*[\"“]([^\"“”]{3,160})[\"”]")
# The class an award names its winner in: "Kompolnas Awards 2024 sebagai Polsek Tipe B terbaik se-Indonesia".
WINNER_CLASS = re.compile(
    r"\s+sebagai\s+((?:[\w-]+\s+){0,6}?(?:terbaik|teladan|berprestasi|terfavorit|terinovatif)"
    r"(?:\s+(?:se-?[A-Z]?\w+|tingkat\s+\w+|nasional|di\s+Indonesia|(?:I{1,3}|\d)\b))*)"
)


# Or the class of people it goes to, by their merit or by what they did: "penghargaan kepada anggota berprestasi",
# "kepada 15 anggota yang berhasil mengungkap kasus ...", "kepada warga yang menolong korban", "kepada
# Bhabinkamtibmas dan Babinsa terbaik se-Kabupaten X"; a class in common nouns, not a named unit or officer. The
# class may name the unit its people serve in ("kepada 7 anggota Polres X yang menjadi korban ...", "kepada 40
# anggota Polri dan 2 ASN yang berprestasi", "kepada 12 personel Ditresnarkoba Polda Y yang berhasil ..."), but a
# reason in between is the award's own.
WINNER_GROUP = re.compile(
    r"\s+(kepada|bagi)\s+(?:para\s+|sejumlah\s+|\d+\s+)?"
    r"((?:[a-z][\w-]*|Bhabinkamtibmas|Babinsa|Polantas|Polwan|Satker)"
    r"(?:\s+(?:[a-z][\w-]*|Bhabinkamtibmas|Babinsa)){0,4}?"
    # the unit they serve in, however it is named ("Polres X", "Ditresnarkoba Polda Y", "ASN"), not an officer's rank
    rf"(?:\s+(?!(?:{ANY_CASE_RANK_RE})\b)(?-i:[A-Z])[\w-]*(?:\s+(?!(?:yang|atas|karena|berkat|untuk|di|pada|dari)\b)[\w-]+){{0,4}}?)?"
    r"\s+(?:terbaik|teladan|berprestasi|berdedikasi|berjasa|yang\s+(?:berhasil|sukses|telah|berprestasi|me[mn]?[a-z]{4,})))\b"
)


def _winner_group(sentence: str, position: int) -> str:
    m = WINNER_GROUP.match(sentence, position)
    if not m or re.match(r"(?:dan|serta|yang)\b", m.group(2)):
        return ""
    return f" {m.group(1)} {m.group(2)}{title_tail(sentence, m.end())}"


def _with_winner_class(sentence: str, title: str) -> str:
    at = sentence.find(title)
    m = WINNER_CLASS.match(sentence, at + len(title)) if at >= 0 else None
    return f"{title} sebagai {m.group(1)}" if m else title


def is_generic_title(title: str | None) -> bool:
    return not title or bool(GENERIC_TITLE.match(title.strip()))


def names_award(title: str) -> bool:
    """Whether a title names the award itself ("predikat kepatuhan 2022"), not only what a bare award is for
    or whom it goes to ("penghargaan atas ...", "penghargaan kepada anggota berprestasi")."""
    head, link, rest = (
        *re.split(
            r"\s+(atas|berupa|sebagai|karena|berkat|terkait|setelah|untuk|kepada|bagi|pada|dalam)\s+", title, maxsplit=1
        ),
        "",
        "",
    )[:3]
    # a rank alone ("peringkat ketiga", "penghargaan juara I nasional") or thanks ("apresiasi tinggi") names none
    head = PLACING_ONLY.sub("", head)
    if is_generic_title(head):  # "penghargaan sebagai juara I lomba X": named by what it is
        return link == "sebagai" and bool(AWARD_START.match(rest)) and names_award(rest)
    return not re.match(r"apresiasi\b", head, re.I)


PLACING_ONLY = re.compile(
    r"\b(?:peringkat|juara)\s+(?:ke-?)?(?:\d+|[IV]+|satu|dua|tiga|pertama|kedua|ketiga|keempat)\b(?:\s+(?:nasional|se-?\w+|tingkat\s+\w+))?",
    re.I,
)


# A state decoration goes by its formal name, however the story goes on to say what it was for.
DECORATION = re.compile(r"(?:tanda kehormatan\s+)?(?:satya\s?lencana|satyalancana|bintang bhayangkara)\b", re.I)


# "apresiasi atas penghargaan Kompolnas Awards 2024": the reason is itself an award ("sebagai apresiasi atas
# kinerja ..." is no award).
AWARD_NAMED_ON = re.compile(r"(?:penghargaan|predikat|piagam|anugerah|trofi|piala)\b", re.I)


SERVICE_TERM = re.compile(
    r"\s+(?:untuk\s+|dengan\s+)?((?:masa\s+(?:bakti|dinas|pengabdian)\s+)?\d+(?:\s*(?:,|dan)\s*\d+)*\s+tahun)\b", re.I
)


def _named_award(sentence: str, m: re.Match) -> str:
    start = m.start()
    # "penghargaan predikat X": the award is the predikat.
    inner = re.match(r"penghargaan\s+(?=(predikat|piagam|trofi|anugerah|rekor|opini)\b)", sentence[start:], re.I)
    if inner:
        start += inner.end()
    word = re.match(r"\w+(?:\s+(?:penghargaan|kehormatan|emas))?", sentence[start:]).group(0)
    head = word + title_tail(sentence, start + len(word))
    head = re.sub(r"\s+(itu|ini|tersebut)$", "", head)
    term = SERVICE_TERM.match(sentence, start + len(head)) if DECORATION.search(head) else None
    if term:  # "Satyalancana Pengabdian untuk masa bakti 8, 16 dan 24 tahun": the term is the class
        return head + " " + " ".join(term.group(1).split())
    cited = CITATION.match(sentence, start + len(head))
    if cited:  # the award's citation in quotes: penghargaan Terbaik I "Atas Prestasi dan Dedikasi ..."
        return f"{head} {cited.group(1)}{_event_after(sentence, cited.end())}"
    if not is_generic_title(head):
        after = start + len(head)
        return head + (
            _event_after(sentence, after) or _scored_in(sentence, after) or _deed_after(sentence, after, head)
        )
    what = _what_it_is(sentence, start + len(word), start + len(head))
    # "Piagam penghargaan juga diberikan ... sebagai pemrakarsa": the adverb belongs to the giving, not the award
    return ADVERB_AFTER.sub("", head) + what


ADVERB_AFTER = re.compile(rf"(?:\s+(?:juga|pun|pula|kembali|lagi|serupa|yang sama|{BEFORE_GIVING}))+$", re.I)


# An award at a named awarding or contest: "meraih penghargaan pada Penganugerahan Zona Integritas ... 2018",
# "penghargaan dalam ajang Anugerah Humas 2023", predikat "Informatif" dalam ajang Penganugerahan KIP 2025.
EVENT_NAMED = re.compile(
    rf"\s+(pada|dalam)\s+(?:ajang\s+|acara\s+|malam\s+)?((?:[A-Z][\w/()-]*\s+){{0,3}}(?:{EVENT_WORDS})\b)"
)


def _event_after(sentence: str, position: int) -> str:
    """The awarding a named award was won at, said right after it; "" when none is."""
    event = EVENT_NAMED.match(sentence, position)
    return f" {event.group(1)} {event.group(2)}{title_tail(sentence, event.end())}" if event else ""


# A grade and its score, then the assessment it was won in: "kategori A dengan nilai 96,5 dalam penilaian kualitas
# pelayanan publik tahun 2024", "opini kualitas tertinggi dengan skor 98,12 pada evaluasi ...", "zona hijau dengan
# nilai 83,91": the grade, the assessment, then the score.
SCORED_IN = re.compile(
    r"\s+dengan\s+(nilai|skor|indeks)\s+(\d+(?:[.,]\d+)?)(?:\s+((?:dalam|pada)\s+(?:penilaian|evaluasi|survei)\b))?",
    re.I,
)


def _scored_in(sentence: str, position: int) -> str:
    m = SCORED_IN.match(sentence, position)
    if not m:
        return ""
    assessment = f" {m.group(3)}{title_tail(sentence, m.end())}" if m.group(3) else ""
    return f"{assessment} ({m.group(1).lower()} {m.group(2)})"


# A named award and, right after it, the deed it was won for: "penghargaan kategori Satuan Terbaik karena selama
# operasi itu berhasil mengungkap ...", "predikat X atas capaian ...", "berkat ...".
DEED_AFTER = re.compile(rf"\s+(atas|karena|berkat|{AFTER_SUCCESS})\s+", re.I)
# Or after the verb that gives it, the award its subject: "penghargaan X Award ini diberikan sebagai apresiasi atas
# ...", "predikat WBK itu diraih berkat ..."; or after what it is meant as: "Sertifikat X sebagai bukti pengakuan atas
# ..." (not an award that only says its giver, "penghargaan Komisi X diberikan atas ...", whose reason may be
# another's).
AS_THANKS_FOR = r"\s+sebagai\s+(?:(?:bentuk|wujud|tanda|bukti)\s+)?(?:apresiasi|penghargaan|pengakuan)"
GIVEN_FOR = re.compile(
    r"(?:\s+(?:itu|ini|tersebut))?(?:\s+di(?:berikan|anugerahkan|serahkan|raih|peroleh|terima)"
    rf"(?:{AS_THANKS_FOR})?|{AS_THANKS_FOR})(?={DEED_AFTER.pattern})",
    re.I,
)
BODY_HEAD = re.compile(rf"^\w+(?:\s+penghargaan)?\s+(?:{ORGANISATION_WORDS})\b", re.I)
# Or past whom it went to or whom it came from, a few words with no clause of their own: "penghargaan X Award kepada
# Kadiv Humas Irjen Y atas loyalitasnya ...", "penghargaan berupa satu unit sepeda motor kepada Polsek Z karena
# berhasil ...", "kenaikan pangkat luar biasa dari Kapolri atas keberhasilan ...".
RECEIVERS_BETWEEN = re.compile(
    r"\s+(?:kepada|bagi|dari|oleh)(?:\s+(?!(?:atas|karena|berkat|yang|dan|serta|dari|oleh|di|pada)\b)[\w.()/-]+){1,8}?"
    rf"(?={DEED_AFTER.pattern})",
    re.I,
)


def _deed_after(sentence: str, position: int, head: str) -> str:
    given = GIVEN_FOR.match(sentence, position)
    if given and not BODY_HEAD.match(head):
        position = given.end()
    # (a state decoration goes by its formal name alone, whatever the sentence goes on to say)
    receivers = None if DECORATION.search(head) else RECEIVERS_BETWEEN.match(sentence, position)
    position = receivers.end() if receivers else position
    m = DEED_AFTER.match(sentence, position)
    tail = title_tail(sentence, m.end(), REASON_END) if m else ""
    if not tail or is_generic_title(tail.strip()) or AWARD_NAMED_ON.match(tail.strip()):
        return ""
    return f" {m.group(1).lower()}{tail}"


THANKS = re.compile(
    r"(?:bentuk|wujud|tanda|ungkapan)\s+(?:apresiasi|penghargaan|terima\s+kasih)(?:\s+dan\s+\w+)?", re.I
)


def _what_it_is(sentence: str, after_word: int, after_head: int) -> str:
    """What the sentence says a bare award is: what it is for, the class of its winners, or the awarding it
    was given at; "" when it says none of these."""
    reason = reason_near(sentence, after_word)
    thanks = THANKS.match(sentence, reason.end()) if reason and reason.group(1).lower() == "sebagai" else None
    if thanks:
        # "sebagai bentuk apresiasi atas pengabdian ...": the thanks names nothing; what it thanks for is the reason
        later = REASON.match(sentence, thanks.end())
        reason = later if later and later.group(1).lower() in DEED_WORDS else None
    reason = _past_its_form(sentence, reason)
    group = _winner_group(sentence, after_head)
    if group and reason and reason.start() > after_head:
        return group  # "penghargaan bagi anggota berprestasi diberikan karena ...": its winners, said first
    tail = title_tail(sentence, reason.end(), REASON_END) if reason else ""
    # not "Penghargaan berupa piagam penghargaan"; "apresiasi atas penghargaan X": the award is X, named on
    if reason and not is_generic_title(tail) and not AWARD_NAMED_ON.match(tail.strip()):
        return f" {reason.group(1)}{tail}{_deed_past_form(sentence, reason, tail)}"
    return (
        _event_after(sentence, after_head)
        or _winner_group(sentence, after_head)
        or fronted_reason(sentence, after_word)
    )


def _deed_past_form(sentence: str, reason: re.Match, form: str) -> str:
    """ "penghargaan berupa satu unit sepeda motor kepada Polsek X karena berhasil ...": what the form was given for,
    said past whom it went to; "" when the sentence says nothing more."""
    later = reason_near(sentence, reason.end() + len(form)) if reason.group(1).lower() == "berupa" else None
    if not later or later.group(1).lower() not in DEED_WORDS:
        return ""
    deed = title_tail(sentence, later.end(), REASON_END)
    return f" {later.group(1).lower()}{deed}" if deed.strip() else ""


def _past_its_form(sentence: str, reason: re.Match | None) -> re.Match | None:
    """ "apresiasi berupa dua penghargaan kepada Polres X atas kontribusinya ...": a form that names nothing
    ("berupa piagam") is no reason; what the award is for is the reason after it, if the sentence gives one."""
    if reason is None or reason.group(1).lower() != "berupa":
        return reason
    form = title_tail(sentence, reason.end(), REASON_END)
    if not is_generic_title(form.strip()):
        return reason
    later = reason_near(sentence, reason.end() + len(form))
    return later if later and later.group(1).lower() in DEED_WORDS else reason
