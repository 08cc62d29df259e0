"""A story's text cut into sentences: at a full stop, a question or exclamation mark, or a line break, but not at
the full stop of an abbreviation ("Irjen Pol. Toni") or of a name's degrees ("Dr. Budi, SH. MH memberikan")."""

from __future__ import annotations

import re

from pipelines.number_words import COUNT_WORD

# Abbreviations that end in a full stop inside a sentence: "Irjen Pol. Toni", "Drs. H. Armed", "R. Z. Panca",
# "Polres Kep. Yapen"; a football club's "PS." before its name ("PS. Satbrimob Polda X", "PS. Polres Y"); a
# clergyman's or a gentleman's title ("Pdt. Yohanes", "Ust. Ahmad", "Bpk. Rahmat") and an army officer's corps
# ("Kolonel Inf. Budi", "Letkol Czi. Anton"); a married woman's title ("Ny. Maria", a Kapolres's wife); the doctor
# a hospital is named after ("RSUD dr. Soetomo", "Rumah Sakit drg. Hasan"); a physician's, a dentist's or a
# veterinarian's title before a name ("Wakil Bupati dr. Hj. Danang", "drh. Sri").
ABBREVIATION_END = re.compile(
    r"(?:\b(?:Pol|Drs|Dr|Ir|Hj|Jl|No|Prof|KH|Moh|Muh|Sdr|Kec|Kab|Kep|Prov|Tbk|dkk|Ps|PS|Ba|Plt|Pj|Pjs|Pdt|Ust|Bpk|"
    r"Inf|Kav|Czi|Arh|Ny|dr|drg|drh)|\b[A-Z]|\b(?:RS\w{0,3}|Sakit)\s+drg?)\.$"
)


# A single letter after a place or a grade is its number or class, no initial: "keluar sebagai juara I. Polda B ...",
# "kategori polres tipe B. Juara ..." end their sentence.
LETTER_OF_A_GRADE = re.compile(
    r"\b(?i:juara|peringkat|posisi|urutan|tipe|kelas|kategori|semester|triwulan|golongan|zona)\s+[A-Z]\.$"
)


# A name's academic degrees after a comma ("Dr. Budi, SH. MH memberikan ..."): the full stop of one degree, followed
# by another degree and the sentence's verb, ends no sentence.
DEGREE_END = re.compile(r",\s*[A-Z][A-Za-z.]{0,5}\.$")
DEGREE_GOES_ON = re.compile(r"[A-Z][A-Za-z.]{0,5},?\s+[a-z]")


def sentences(text: str) -> list[str]:
    merged: list[str] = []
    for part in re.split(r"(?<=[.!?])[\"”]?\s+(?=[A-Z\"“(])|\n+", text):
        part = part.strip() if part else ""
        if not part:
            continue
        if merged and (
            (ABBREVIATION_END.search(merged[-1]) and not LETTER_OF_A_GRADE.search(merged[-1]))
            or (DEGREE_END.search(merged[-1]) and DEGREE_GOES_ON.match(part))
        ):
            merged[-1] += " " + part  # the full stop ended an abbreviation, not the sentence
        else:
            merged.append(part)
    return merged


# People counted in one sentence and said in the next who they are ("... kepada 71 orang yang dinilai berjasa.
# Mereka terdiri dari personel Polres, anggota Brimob dan warga."): one sentence, so the count is read with them.
COUNTED_PEOPLE = re.compile(
    rf"\b(?:\d+|\w*(?:puluh|ratus|belas)\w*|{COUNT_WORD}|sejumlah|beberapa)\s+(?:orang|petugas|personel|anggota)\b",
    re.I,
)
# ... or where they come from ("Ke-30 petugas itu berasal dari Polda A sebanyak 12 orang, Polres B ...").
WHO_THEY_ARE = re.compile(
    r"^(?:mereka|(?:para\s+)?penerima(?:nya)?(?:\s+penghargaan)?(?:\s+(?:itu|tersebut))?|"
    r"(?:(?:para|ke-?\s?\d+|ke\w+)\s+)?(?:petugas|personel|anggota|orang|penerima)(?:\s+(?:itu|tersebut))?)\s+"
    r"(?:terdiri\s+(?:dari|atas)|(?:berasal|datang)\s+dari)\b",
    re.I,
)


# Those counted as whom a giver gives to ("memberikan penghargaan kepada lima anggota"): the sentence saying where
# they come from is read on its own, as the units' own list.
GIVEN_TO_BEFORE = re.compile(r"\b(?:kepada|bagi|untuk)\s+(?:[\w-]+\s+){0,2}$", re.I)
COUNT_SAID_AGAIN = re.compile(r"^(?:para\s+)?ke-?\s?(\d+)\b", re.I)


def counts_joined(lead: list[str], origins_only: bool = False) -> list[str]:
    """The sentences, each one that says who the people just counted are joined to the one that counts them: the
    one before, or one of the three before that gives the same count ("42 petugas menerima ... Ke-42 petugas itu
    berasal dari ..."). `origins_only`: only those that say where the people come from."""
    out: list[str] = []
    for sentence in lead:
        said = WHO_THEY_ARE.match(sentence)
        if said and origins_only and not re.search(r"(?:berasal|datang)\s+dari$", said.group(0), re.I):
            said = None
        again = COUNT_SAID_AGAIN.match(sentence)
        counted = [
            i
            for i in range(len(out) - 1, max(-1, len(out) - 4), -1)
            if (m := COUNTED_PEOPLE.search(out[i]))
            and (i == len(out) - 1 or again and again.group(1) in m.group(0))
            and not (origins_only and GIVEN_TO_BEFORE.search(out[i], 0, m.start()))
        ]
        if said and counted:
            out[counted[0]] += " " + sentence
        else:
            out.append(sentence)
    return out
