"""The words of unit names: where a name the gazetteer lacks ends (a stop word, a rank, a verb in a headline,
the town after a Polsek), and the places the gazetteer knows. Read by pipelines/units.py."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from pipelines.dates import WEEKDAYS
from pipelines.knowledge import knowledge_text
from pipelines.ranks import RANKS
from pipelines.unit_gazetteer import Gazetteer

RANK_WORDS = frozenset(r.split()[0].lower() for r in RANKS) | {"jenderal", "brigadir", "bharada", "bharatu", "bharaka"}

# Words that end a unit's name when a title-cased headline runs on ("Polres Serang Sabet 3 ...").
NAME_STOP = {
    "raih", "meraih", "sabet", "menyabet", "terima", "menerima", "dapat", "dapatkan", "mendapat", "berhasil",
    "kembali", "juga", "borong", "memboyong", "diganjar", "dianugerahi", "beri", "berikan", "memberikan", "gelar",
    "tangkap", "amankan", "ungkap", "sebut", "ajak", "imbau", "pastikan", "siapkan", "jadi", "masuk", "wakili",
    "kapolres", "kapolda", "kapolsek", "akbp", "kombes", "irjen", "brigjen", "akp", "iptu", "ipda", "kompol",
    "dan", "yang", "di", "ke", "dari", "untuk", "pada", "dengan", "hingga", "serta", "sebagai", "atas", "polri",
    "jajaran", "raup", "catat", "torehkan", "ukir", "tetapkan", "sukses", "bersama", "usai", "saat", "lewat",
    "melalui", "tidak", "ada", "ini", "itu", "predikat", "penghargaan", "zona", "wbk", "wbbm", "rekor", "muri", "anugerah", "tahun",
    # Descriptions, not names: "Polsek Tipe B terbaik", "Polres Terbaik Kelompok A".
    "tipe", "terbaik", "kelompok", "kategori", "lain", "lainnya", "berprestasi", "teladan", "percontohan", "se",
    "kompolnas", "award", "awards", "sebelumnya", "cup",
    # Headline verbs of giving and winning: "Polresta Apresiasi Forpimka ...", "Polres X Boyong Dua Piala".
    "apresiasi", "serahkan", "ganjar", "sematkan", "anugerahkan", "hadiahi", "boyong", "gondol", "rebut", "peroleh",
    "kantongi", "terpilih", "dinobatkan", "juara", "peringkat", "peraih", "penerima", "pemenang", "bangga", "lomba",
    "dulang", "menangkan", "sandang", "didapuk", "ikut", "ikuti", "harumkan", "persembahkan", "tampil", "hadir",
    # What stands for the units under a command, not a name: "Polsek Wilayah Kendal", "Polsek Jajarannya".
    "wilayah", "jajarannya",
}  # fmt: skip
# A day after the place a ceremony was held is no unit listed after it: "di Mapolsek Ngemplak, Kamis (13/2)".
NAME_STOP |= set(WEEKDAYS)

_UNIT_NAMES = yaml.safe_load(knowledge_text("unit_names.yml"))
TOWN_PREFIXES = frozenset(_UNIT_NAMES["town_prefixes"])
# Posts below a Polsek ("Polsubsektor X", "Pospol Y") and the chiefs' posts that name them ("Kapospol Y").
POLICE_POSTS = tuple(_UNIT_NAMES["police_posts"])
POST_CHIEFS = {chief: post for post, chiefs in _UNIT_NAMES["police_posts"].items() for chief in chiefs}
# The class a unit is honoured in ("kategori Polres Terinovatif") is no unit's name.
NAME_STOP |= set(_UNIT_NAMES["class_words"])


def unlisted_name(words: list[str], gaz: Gazetteer, title_case: bool) -> list[str]:
    """The words of a unit's name the gazetteer lacks (a Polsek, mostly): up to a stop word, a rank, a number;
    in a title-cased headline also up to a word shaped like a verb ("Polsek Diberi Penghargaan"), which in
    running text is a place like any other ("Polsek Menteng", "Polsek Berbah")."""
    kept = []
    for n, word in enumerate(words):
        if n and word in ("Kota", "Kabupaten", "Kab") and n + 1 < len(words) and not _name_ends(words[n + 1]):
            break  # "Polsek Tegalrejo Kota Yogyakarta": the city it is in follows the name; "Polsek Garut Kota
            # Kompol X": a rank after "Kota" ends a name that is the town's own
        verb = (
            title_case and re.match(r"(?:di|me|ber)[a-z]{3,}$", word.lower()) and word.lower() not in place_words(gaz)
        )
        # "Polsek se-Kabupaten Kendal": a word of extent ("se-") describes the Polsek, it names none.
        extent = word.lower().startswith("se-")
        if word.lower() in NAME_STOP or word.lower() in RANK_WORDS or word.isdigit() or verb or extent:
            break  # a verb ("Polres Diberikan ...") ends the name; a place ("Polsek Metro Tanah Abang") does not
        kept.append(word)
    return kept


def _name_ends(word: str) -> bool:
    return word.lower() in NAME_STOP or word.lower() in RANK_WORDS or word.isdigit()


def without_town(words: list[str], gaz: Gazetteer) -> list[str]:
    """ "Polsek Ngaglik Sleman", "Polsek Tebet Jakarta Selatan": the regency or city a Polsek is in, written after
    its name, is no part of it; "Polsek Muara Bungo", "Polsek Kota Batu" are a place's own name."""
    for n in range(1, len(words)):
        if n == 1 and words[0] in TOWN_PREFIXES:
            continue
        if " ".join(words[n:]) in area_names(gaz):
            return words[:n]
    return words


def title_cased(text: str, position: int) -> bool:
    """Whether the line or sentence around `position` is written in title case, as headlines are: no word of
    five letters or more but the small words of grammar is written in small letters."""
    start = max(text.rfind("\n", 0, position), text.rfind(". ", 0, position)) + 1
    ends = [e for e in (text.find("\n", position), text.find(". ", position)) if e >= 0]
    small = re.findall(r"\b[a-z]{5,}\b", text[start : min(ends, default=len(text))])
    return not [w for w in small if w not in GRAMMAR_WORDS]


# Words a title-cased headline may still write small: "Polres X Raih Penghargaan dengan Nilai Tertinggi".
GRAMMAR_WORDS = frozenset({"dengan", "untuk", "kepada", "bersama", "hingga", "sebagai", "terhadap", "dalam", "antara",
                           "sejak", "selama", "tentang", "melalui", "karena", "setelah", "sampai", "menuju"})  # fmt: skip


@lru_cache(maxsize=1)
def place_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of the gazetteer's unit names, aliases and areas, lower-cased: "metro", "medan", "merauke"."""
    words = {w.lower() for name in gaz.by_name for w in name.split()}
    return frozenset(words | {w.lower() for area in area_names(gaz) for w in area.split()})


@lru_cache(maxsize=1)
def area_names(gaz: Gazetteer) -> frozenset[str]:
    """Regencies, cities and provinces by name ("Jakarta Selatan", "Banten"): places, not Polsek."""
    return frozenset(u.area.split(" ", 1)[-1] for u in gaz.units.values()) | {u.province for u in gaz.units.values()}
