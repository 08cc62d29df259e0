"""Bodies a story names both in full and by their abbreviation: "Komisi Informasi Pusat (KIP)", "Tim Reaksi Cepat
Perlindungan Perempuan dan Anak (TRC PPA)". A giver the story writes one way is archived with both, so a search
for either finds it. Pure functions over text.
"""

from __future__ import annotations

import re

# "Long Name (ABBR)": the abbreviation in brackets, capitalised words (and joining words) before it.
DEFINED = re.compile(
    r"((?:[A-Z][\w-]*|dan|&|dari|untuk)(?:\s+(?:[A-Z][\w-]*|dan|&|dari|untuk))*)\s+\(([A-Z][A-Za-z-]*(?:\s[A-Z]+)?)\)"
)
# "ABBR (Long Name)": the abbreviation first, its words in brackets after it ("menembak TTO (Tembak Tempur Ofensif)");
# read only when the words' initials are the abbreviation's letters exactly.
DEFINED_AFTER = re.compile(r"\b([A-Z]{2,8})\s+\(((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|dan|&|dari|untuk))+)\)")
CAPITALISED = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:dan|&)\s+)?[A-Z][\w-]*)+")
JOINING = {"dan", "&", "dari", "untuk"}
BODY_WORD = re.compile(
    r"(?:Komisi|Komite|Komnas|Lembaga|Yayasan|Badan|Ikatan|Persatuan|Asosiasi|Forum|Gerakan|Dewan|Majelis|Kementerian|"
    r"Direktorat|Tim|Perkumpulan|Perhimpunan|Universitas)\b"
)


def _letters(abbreviation: str) -> str:
    return "".join(c for c in abbreviation if c.isupper())


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in JOINING)


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def definitions(text: str) -> list[tuple[str, str]]:
    """(full name, abbreviation) pairs the text defines, the full name starting at the latest word whose
    initials still spell the abbreviation: "Ketua Nasional Tim Reaksi Cepat ... (TRC PPA)" gives "Tim ..."."""
    pairs = []
    for m in DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        letters = _letters(short)
        for start in range(len(words) - 1, -1, -1):
            head = words[start:]
            if head[0] in JOINING or head[0][0] != letters[0]:
                continue
            if _is_subsequence(letters, _initials(head)) and len(_initials(head)) >= len(letters):
                pairs.append((" ".join(head), short))
                break
    pairs += [
        (m.group(2), m.group(1)) for m in DEFINED_AFTER.finditer(text) if _initials(m.group(2).split()) == m.group(1)
    ]
    return pairs


def spelled_out(name: str | None, text: str) -> str | None:
    """`name` written as "Full Name (ABBR)" where the text spells out its abbreviation (in any case: "LEPRID" is
    the "Leprid" a story defines), names a body by most
    of its full name, or writes a phrase whose initials are the abbreviation; else `name` as it is."""
    if not name:
        return name
    for full, short in definitions(text):
        words = name.split()
        shared = set(words) & set(full.split())
        # most of its words, and the kind of body it opens with: "Komnas Perlindungan Anak" is no "Perlindungan
        # Perempuan dan Anak", though they share two words
        kind = words[0] in shared or not BODY_WORD.fullmatch(words[0])
        most = len(words) >= 2 and len(shared) >= max(2, len(words) - 1) and kind
        if name.lower() == short.lower() or most:
            return f"{full} ({short})"
    if re.fullmatch(r"[A-Z]{2,6}", name):
        phrases = [
            " ".join(words[start:end])
            for words in (m.group(0).split() for m in CAPITALISED.finditer(text))
            for start in range(len(words))
            for end in range(start + len(name), len(words) + 1)
            if words[start] not in JOINING and _initials(words[start:end]) == name
        ]
        # "KIP" is both "Keterbukaan Informasi Publik" and "Komisi Informasi Pusat": a giver is a body.
        phrases.sort(key=lambda p: not BODY_WORD.match(p))
        if phrases:
            return f"{phrases[0]} ({name})"
    return name


def abbreviations_spelled_out(title: str | None, text: str) -> str | None:
    """An award's title with each abbreviation the story spells out written in full once: "Penghargaan WBBM"
    becomes "Penghargaan Wilayah Birokrasi Bersih dan Melayani (WBBM)"."""
    if not title:
        return title
    for full, short in definitions(text):
        if len(_letters(short)) < 2 or full in title or f"({short})" in title:
            continue  # "Humas" stays: only acronyms are spelled out
        m = re.search(rf"\b{re.escape(short)}\b", title)
        if m and title.rfind("(", 0, m.start()) <= title.rfind(")", 0, m.start()):  # not inside brackets
            title = f"{title[: m.start()]}{full} ({short}){title[m.end() :]}"
    return title
