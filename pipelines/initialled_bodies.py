"""A body the registry does not know, introduced with its initials in brackets as the subject of a giving verb, as
reporters name a body the first time: "Indonesia Police Watch (IPW) memberikan ...", "Australian Federal Police
(AFP) memberikan ...", "Majelis Sinode Gereja Masehi Injili di Timor (GMIT) Kupang menyerahkan ...". The initials
are the capitals of the words before them, so a post, a person or a police unit ("Satuan Lalu Lintas
(Satlantas)") is not read so.

Pure functions over text, used by pipelines.giver_bodies.
"""

from __future__ import annotations

import re

from pipelines.non_givers import GIVING

# Capitalised words (joining words between), the initials in brackets, a region of up to three words, the office's
# seat ("di Jakarta"), then the giving verb.
INITIALLED_SUBJECT = re.compile(
    r"((?:[A-Z][\w-]*\s+(?:(?:dan|di|of|for|the|and)\s+)?){1,10})\(([A-Z]{2,7})\)"
    r"((?:\s+(?:Kabupaten|Kota|Provinsi)?\s*[A-Z][a-z]+){0,3})(?:\s+di\s+[A-Z]\w+)?,?\s+(?:" + GIVING + r")\b"
)

# A head's post before his body's name: "Ketua Umum Indonesia Police Watch (IPW) memberikan".
LEADING_POST = re.compile(r"(?:(?:Ketua|Kepala|Wakil|Direktur|Pimpinan|Sekretaris|Umum|Jenderal|Eksekutif|Harian)\s+)*")


def initialled_giver(passage: str) -> tuple[int, str] | None:
    """Where the first body defined by its initials gives, and its name as written (initials and region kept)."""
    for m in INITIALLED_SUBJECT.finditer(passage):
        words, initials = m.group(1).split(), m.group(2)
        # the words the initials stand for: the last capitalised ones, as many as the initials have letters
        capitals = _words_initialled([i for i, w in enumerate(words) if w[0].isupper()], words, initials)
        if not capitals:
            continue
        # the words before them name the body too ("Majelis Sinode Gereja ... (GMIT)"), not its head's post
        first = len(LEADING_POST.match(m.group(1)).group(0).split())
        name = " ".join([*words[first:], f"({initials})"]) + m.group(3)
        return m.start(1) + len(" ".join(words[:first])) + (1 if first else 0), name
    return None


def _words_initialled(capitals: list[int], words: list[str], initials: str) -> list[int] | None:
    """The last capitalised words the initials stand for: a letter for each word's start, and maybe more from within
    a word ("Polis Diraja Malaysia (PDRM)": the R of Diraja), as reporters shorten names."""
    for n in range(min(len(initials), len(capitals)), 1, -1):
        if _stands_for([words[i] for i in capitals[-n:]], initials):
            return capitals[-n:]
    return None


def _stands_for(words: list[str], initials: str) -> bool:
    if not words:
        return not initials
    word, rest = words[0].upper(), words[1:]
    if not initials or word[0] != initials[0]:
        return False
    for taken in range(len(initials)):  # the initials this word gives beyond its first letter, fewest first
        inner, pos = initials[1 : 1 + taken], 1
        for letter in inner:
            pos = word.find(letter, pos) + 1
            if not pos:
                break
        else:
            if _stands_for(rest, initials[1 + taken :]):
                return True
    return False
