"""The year of a contest whose places a story tells apart from the contest's name: "Polda X mengumumkan pemenang
Lomba Y tahun 2023. Juara I: Polres A; Juara II: Polres B", "12 polres mengikuti lomba Z tahun 2024. Polres A keluar
sebagai juara pertama, Polres B juara kedua": each place is of the year of the one contest edition the story names.

Pure functions over the structure stage's awards (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story
from pipelines.award_title_words import is_generic_title
from pipelines.award_titles import title_of
from pipelines.award_years import years_of

# A contest named with its edition's year; its level may be part of the name ("lomba Polisi RW tingkat Polda NTT
# tahun 2024", "Kejuaraan Menembak se-Jawa Timur 2023", "Kapolda Cup 2024"); not one the police secured ("mengamankan
# turnamen Piala Bupati 2023": where they worked, no contest they took part in).
# What the contest or assessment is of may be in lower case ("lomba ketangkasan fungsi teknis tahun 2024", "penilaian
# kinerja kehumasan Polda X tahun 2024"), not a window of time ("lomba yang digelar sepanjang 2024").
_NAME_WORD = (
    r"(?:[A-Z(][\w()/-]*|ke-\d+|untuk|dan|tingkat|se-?[\w-]+"
    r"|(?!(?:yang|sejak|sepanjang|selama|periode|pada|di|dari|oleh|kepada|sebagai|hingga|sampai|mulai|bulan|akhir"
    r"|awal|tahun|lalu|ini|itu|tersebut)\b)[a-z]{3,})"
)
CONTEST_EDITION = re.compile(
    r"(?<!mengamankan )(?<!pengamanan )(?<!mengawal )(?<!pengawalan )"
    # a ranking's assessment or operation named with its period is its edition too ("penilaian Kampung Bebas
    # Narkoba tahun 2025", "Operasi Zebra Semeru 2024")
    r"\b(?i:lomba|kompetisi|kejuaraan|turnamen|ajang|festival|sayembara|pertandingan|penilaian|operasi)"
    rf"(?:\s+{_NAME_WORD}){{1,8}}?\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
    r"|\b(?:Cup|Championship|Open)\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
)


def places_of_a_contest_named_once(awards: list[Award], story: Story) -> None:
    """Places with no year of their own take the year of the contest edition the story names, when it names one
    year of contests only (in any sentence: "12 polres mengikuti lomba X tahun 2024") and no place holds another."""
    # a runner-up's prize ("juara harapan I") is a place of the contest too, though no numbered one
    placed = [a for a in awards if a.placement is not None or re.match(r"(?i:juara\s+harapan)\b", a.title or "")]
    if not placed or all(a.year for a in placed):
        return
    years = {y for s in story.sentences for y in years_of(s, CONTEST_EDITION)}
    if len(years) != 1 or not {a.year for a in placed if a.year} <= years:
        return
    editions = " ".join(m.group(0) for s in story.sentences for m in CONTEST_EDITION.finditer(s)).lower()
    for award in placed:
        # A place its own title gives to another contest ("juara II Lomba Kampung Tangguh") keeps no year.
        named = CONTEST_NAMED.search(award.title or "")
        if not award.year and not (named and named.group(1).lower() not in editions):
            award.year = next(iter(years))


CONTEST_NAMED = re.compile(r"\b(?i:lomba|kompetisi|kejuaraan|turnamen|sayembara|pertandingan)\s+([\w-]+)")


# A place said bare after the place that names the ranking ("juara I Polsek Terbaik Triwulan III Tahun 2024 ...
# Juara II diraih Polsek B", "peringkat pertama dalam Operasi X 2025 ... Peringkat kedua Polres C"): only its
# place word and number, nothing of what it ranks in.
_PLACE_ONLY = re.compile(r"(?i:juara|peringkat|posisi|urutan|ranking|rangking|terbaik)\s+(?:ke-?\s*)?\S+")
_PLACE_LEAD = re.compile(r"^(?i:juara|peringkat|posisi|urutan|ranking|rangking|terbaik)\s+(?:ke-?\s*)?\S+\s+")


def bare_places_of_one_ranking(awards: list[Award]) -> None:
    """Places of one ranking (one giver, one kind, each place once) whose titles are only their place take the name
    of what the other places rank in, when those name one thing, and the year those places have, when one."""
    placed = [a for a in awards if a.placement is not None and a.title]
    if len(placed) < 2 or len({a.placement for a in placed}) != len(placed):
        return
    if len({(a.category, a.giver) for a in placed}) != 1:
        return
    bare = [a for a in placed if _PLACE_ONLY.fullmatch(a.title.strip())]
    others = [a for a in placed if a not in bare]
    names = {_PLACE_LEAD.sub("", a.title).strip() for a in others if _PLACE_LEAD.match(a.title)}
    years = {a.year for a in placed if a.year}
    for award in bare:
        if len(names) == 1 and len(others) == 1:
            award.title = f"{award.title.strip()} {next(iter(names))}"
        if award.year is None and len(years) == 1:
            award.year = next(iter(years))


# A category said bare ("kategori Inovasi Kehumasan diraih Polres B") beside the award night its story names once
# ("Polres A meraih kategori X dalam Anugerah Humas PWI Jatim 2024"): the night's name, year and giver are its own.
_BARE_CATEGORY = re.compile(r"(?i:kategori)\s+\S.*")
_CATEGORY_TAIL = re.compile(r"\s*,?\s*(?i:kategori)\s+.*$")


def bare_categories_of_one_night(awards: list[Award], story: Story) -> None:
    """Awards titled by their category alone take the name the story's other awards of that kind give their award
    (when those name one, not a bare "penghargaan"), that name's one year, and the fuller form of the same giver;
    when no award names one, the one awards night a sentence of the story names ("menyabet penghargaan pada malam
    puncak Jatim Police Award 2024 ... Polres A meraih kategori X, sementara Polres B meraih kategori Y")."""
    for kind in {a.category for a in awards}:
        same = [a for a in awards if a.category == kind and a.title]
        bare = [a for a in same if _BARE_CATEGORY.fullmatch(a.title.strip())]
        named = [a for a in same if a not in bare]
        names = {_CATEGORY_TAIL.sub("", a.title).strip() for a in named}
        if bare and not named:
            _night_said_apart(bare, story)
            continue
        if not bare or len(names) != 1 or is_generic_title(next(iter(names))):
            continue
        name, model = next(iter(names)), named[0]
        years, givers = {a.year for a in named if a.year}, {a.giver for a in named}
        for award in bare:
            award.title = f"{name} {award.title.strip()}"
            if award.year is None and len(years) == 1:
                award.year = next(iter(years))
            if len(givers) == 1 and model.giver and _within(award.giver, model.giver):
                award.giver, award.giver_person, award.giver_text = model.giver, model.giver_person, model.giver_text


def _within(short: str | None, full: str) -> bool:
    """No giver, or one whose words are all the fuller giver's ("PWI" of "PWI Jawa Timur")."""
    return not short or set(short.lower().split()) <= set(full.lower().split())


# An awards night named by its own word ("Jatim Police Award 2024", "Anugerah Humas 2024", "Penganugerahan ...").
_NIGHT = re.compile(r"\b(?:awards?|anugerah|penganugerahan)\b", re.I)


def _night_said_apart(bare: list[Award], story: Story) -> None:
    nights = {t for s in story.sentences if (t := title_of(s)) and _NIGHT.search(t) and not is_generic_title(t)}
    nights = {t for t in nights if not _BARE_CATEGORY.match(t) and not _CATEGORY_TAIL.search(t)}
    if len(nights) != 1:
        return
    night = next(iter(nights))
    year = re.search(r"\b(20\d\d)\b", night)
    for award in bare:
        award.title = f"{night} {award.title.strip()}"
        award.year = award.year or (int(year.group(1)) if year else None)
