"""The year of a contest whose places a story tells apart from the contest's name: "Polda X mengumumkan pemenang
Lomba Y tahun 2023. Juara I: Polres A; Juara II: Polres B", "12 polres mengikuti lomba Z tahun 2024. Polres A keluar
sebagai juara pertama, Polres B juara kedua": each place is of the year of the one contest edition the story names.

Pure functions over the structure stage's awards (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story
from pipelines.award_years import years_of

# A contest named with its edition's year; its level may be part of the name ("lomba Polisi RW tingkat Polda NTT
# tahun 2024", "Kejuaraan Menembak se-Jawa Timur 2023", "Kapolda Cup 2024"); not one the police secured ("mengamankan
# turnamen Piala Bupati 2023": where they worked, no contest they took part in).
_NAME_WORD = r"(?:[A-Z(][\w()/-]*|ke-\d+|untuk|dan|tingkat|se-?[\w-]+)"
CONTEST_EDITION = re.compile(
    r"(?<!mengamankan )(?<!pengamanan )(?<!mengawal )(?<!pengawalan )"
    r"\b(?i:lomba|kompetisi|kejuaraan|turnamen|ajang|festival|sayembara|pertandingan)"
    rf"(?:\s+{_NAME_WORD}){{1,8}}?\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
    r"|\b(?:Cup|Championship|Open)\s+(?:[Tt]ahun\s+)?(20\d\d)\b"
)


def places_of_a_contest_named_once(awards: list[Award], story: Story) -> None:
    """Places with no year of their own take the year of the contest edition the story names, when it names one
    year of contests only (in any sentence: "12 polres mengikuti lomba X tahun 2024") and no place holds another."""
    placed = [a for a in awards if a.placement is not None]
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
