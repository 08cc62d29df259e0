"""The words an award's title is read from: where an award is named ("penghargaan", "predikat", "juara", "WBK",
"X Awards"), the placing it ranks ("juara 1"), and a title that names no award of its own ("penghargaan itu",
"piagam Kapolda X"), only what it is for or whom it goes to.

Pure functions over text, used by the award titles (pipelines/award_titles.py) and the passes that read awards.
"""

from __future__ import annotations

import re

import yaml

from pipelines.award_reasons import BEFORE_GIVING, PRAISE
from pipelines.knowledge import knowledge_text
from pipelines.number_words import COUNT_WORD, ORDINAL, ORDINAL_VALUES, VALUES

__all__ = ["AWARD_NAME", "AWARD_START", "ORDINALS", "PLACEMENT_RE", "is_generic_title", "names_award", "placement_of"]


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


_STARS = "|".join(yaml.safe_load(knowledge_text("award_title_words.yml"))["star_decorations"])
# A decoration named "Bintang ...", Polri's Bintang Bhayangkara among the state's (knowledge table): "Bintang Yudha
# Dharma Utama". Like a Satyalancana it goes by its formal name (pipelines/award_title_named.py).
STAR_DECORATION = rf"bintang\s+(?:{_STARS})"
_NOT_TITLES = "|".join(yaml.safe_load(knowledge_text("award_title_words.yml"))["not_a_conferred_title"])
# A title conferred by its name ("gelar I Mannaungi Daeng Parani", "gelar nama Bugis La Pateddungi"): "gelar" in
# lower case before a capitalised word that is no event it would stage (knowledge table).
NAMED_TITLE = rf"(?-i:gelar)(?=\s+(?:nama\s+(?-i:[A-Z])\w+\s+)?(?!(?:{_NOT_TITLES})\b)(?-i:[A-Z]))"

# "sebagai bentuk penghargaan", "wujud penghargaan": as appreciation, no award's name; "final Piala X" is a match of a
# tournament, not a trophy; "upacara kenaikan pangkat":
# "mengalami kenaikan pangkat": the routine promotions a ceremony hands out, no award.
AWARD_START = re.compile(
    r"\b((?<!bentuk )(?<!wujud )penghargaan|reward|predikat|piagam|plakat|trofi|(?<!sebagai )tanda penghargaan|(?<!ajang )(?<!turnamen )(?<!final )piala|anugerah|(?<!Museum )rekor|opini|juara|jawara|peringkat|tanda kehormatan|apresiasi|sertifikat|"
    rf"pin emas|(?<!upacara )(?<!upacara korps )(?<!pengumuman )(?<!mengalami )kenaikan pangkat|satyalancana|{STAR_DECORATION}|satuan terbaik|polda terbaik|polres terbaik|polsek terbaik|"
    # a customary, noble or honorary title ("gelar adat Dayak ...", "gelar warga kehormatan", "gelar kekancingan KPH",
    # "gelar Kanjeng Raden Tumenggung"), not "gelar perkara/pasukan"; an honorary membership by its name alone
    # after the verb that makes one ("diangkat menjadi Warga Kehormatan Korps X")
    r"gelar\s+(?:adat|kehormatan|kebangsawanan|kekancingan|bangsawan|warga\s+kehormatan|kanjeng)|"
    rf"{NAMED_TITLE}|"
    r"(?:(?<=menjadi )|(?<=sebagai ))(?:warga|anggota)\s+kehormatan|"
    # the zona integritas predikat by its name alone: "meraih Wilayah Bebas dari Korupsi (WBK)"
    r"wilayah bebas (?:dari )?korupsi|wilayah birokrasi bersih dan melayani|WBK|WBBM|"
    # a placing written with "terbaik": "meraih terbaik II lomba X", "terbaik pertama kategori Y"
    r"terbaik\s+(?:ke-?\s*)?(?:III|II|IV|I|[1-5]|pertama|kedua|ketiga)(?!\w)|"
    # a grade by its name alone when the assessment it was won in, its grader or its grade follows in the clause: "masuk
    # zona hijau dalam penilaian ...", "meraih Zona Hijau Ombudsman RI dengan nilai 95", "Zona Hijau dengan predikat ..."
    r"zona hijau(?=[^.;,\"“”]{0,60}?\b(?:penilaian|evaluasi|survei|kepatuhan|Ombudsman|predikat)\b))\b",
    re.IGNORECASE,
)


def placement_of(context: str) -> int | None:
    m = PLACEMENT_RE.search(context)
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else ORDINALS.get(value)


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
    # "penghargaan secara simbolis": how it was handed over
    r"lainnya|lain|kembali|lagi|juga|pun|kali|selanjutnya|berikutnya|setinggi-tingginya|sebesar-besarnya|(?:tidak|bukan)\s+\w+|"
    r"secara\s+(?:simbolis|simbolik|resmi|langsung|formal|bergiliran|bersamaan)|"
    # "penghargaan dalam lomba (yang digelar Polres X)": won at a contest it does not name
    r"(?:dalam|pada|di)\s+(?:sebuah\s+)?(?:lomba|perlombaan|ajang|kompetisi|kejuaraan|turnamen|festival|kontes)))*"
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
