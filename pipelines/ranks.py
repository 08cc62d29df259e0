"""Polri ranks as stories write them, and officers' names."""

from __future__ import annotations

import re

# Spelled out, as some outlets print them ("Komisaris Besar Polisi Argo Yuwono"): the longest first.
SPELLED_RANKS = {
    "Ajun Komisaris Besar Polisi": "AKBP", "Komisaris Besar Polisi": "Kombes Pol", "Ajun Komisaris Polisi": "AKP",
    "Komisaris Jenderal Polisi": "Komjen Pol", "Komisaris Polisi": "Kompol", "Inspektur Jenderal Polisi": "Irjen Pol",
    "Brigadir Jenderal Polisi": "Brigjen Pol", "Inspektur Polisi Satu": "Iptu", "Inspektur Polisi Dua": "Ipda",
    "Jenderal Polisi": "Jenderal Pol", "Brigadir Jenderal": "Brigjen Pol", "Brigadir Polisi": "Brigadir",
    # Without "Polisi", as many outlets write them: "Inspektur Jenderal Muhammad Iqbal".
    "Ajun Komisaris Besar": "AKBP", "Komisaris Besar": "Kombes Pol", "Komisaris Jenderal": "Komjen Pol",
    "Inspektur Jenderal": "Irjen Pol", "Ajun Komisaris": "AKP",
}  # fmt: skip
RANKS = (
    *SPELLED_RANKS,
    "Jenderal Pol", "Komjen Pol", "Irjen Pol", "Brigjen Pol", "Kombes Pol", "AKBP", "Kompol", "AKP", "Iptu", "Ipda",
    "Aiptu", "Aipda", "Bripka", "Brigpol", "Briptu", "Bripda", "Komjen", "Irjen", "Brigjen", "Kombes",
    # After "Brigjen" and the spelled "Brigadir Jenderal": the plain rank of a brigadier, and the lowest ones.
    "Brigadir", "Bharaka", "Bharatu", "Bharada",
)  # fmt: skip
RANK_RE = "|".join(re.escape(r) for r in RANKS)
RANK_RE_PLAIN = RANK_RE
# Ranks as outlets also print them: "IPTU", "AIPDA", "KOMPOL".
ANY_CASE_RANK_RE = "(?i:" + RANK_RE + ")"
# Academic titles written without full stops, run into the name: "AKBP Robin SH MHum", "AKP Dedi Santoso SIK".
# Case matters: "SH" and "MHum" are titles, a name word is capitalised and then lower case.
_BARE_TITLES = r"S\.?I\.?K|S\.?Ik|S\.?H|M\.?H|M\.?Si|S\.?E|M\.?M|S\.?Sos|M\.?Hum|M\.?Kn|Ph\.?D|M\.?A\.?P|M\.?Sc"
_BARE_TITLE = re.compile(_BARE_TITLES)
# A person's name: up to four capitalised words, an initial with its full stop among them ("C. Wisnu Adji P"); a
# lone letter run into bare titles ("Kombes Budi Hartono S SIK MSi") is read with the titles, not the name.
_NAME_WORD = rf"(?:[A-Z]\.(?=\s+[A-Z])|(?![A-Z]\s+(?:{_BARE_TITLES})\b)[A-Z][\w'-]*)"
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
# Academic titles written after a name: "Sabana Atmojo, S.I.K., M.H.", "Dwi Nur Setiawan, S.Ik. MH".
ACADEMIC = (
    r"(?i:S\.?\s?I\.?\s?K|S\.?\s?H|M\.?\s?H|M\.?\s?Si|S\.?\s?E|M\.?\s?M|S\.?\s?Sos|M\.?\s?Hum|M\.?\s?Kn|Ph\.?\s?D|"
    r"S\.?\s?St\.?\s?MK|M\.?\s?A\.?\s?P|M\.?\s?Sc|Sp\.?\s?[A-Z]{1,3})\.?"
)


def normalise_rank(rank: str) -> str:
    """One spelling per rank: "IPTU" is Iptu, "Irjen" is Irjen Pol."""
    rank = next((r for r in RANKS if r.lower() == rank.lower()), rank)
    rank = SPELLED_RANKS.get(rank, rank)
    plain = {"Komjen": "Komjen Pol", "Irjen": "Irjen Pol", "Brigjen": "Brigjen Pol", "Kombes": "Kombes Pol"}
    return (plain | {"Jenderal": "Jenderal Pol"}).get(rank, rank)


HONORIFIC = re.compile(r"^(?:(?:H|Hj|Dr|Drs|Ir|Prof|KH|dr|drg)\.?\s+)+")  # no part of a name


def clean_name(name: str) -> str:
    """An officer's name without the honorifics before it and the academic titles run into its end."""
    words = HONORIFIC.sub("", name).split()
    while len(words) > 1 and _BARE_TITLE.fullmatch(words[-1].rstrip(".,")):
        words.pop()
    return " ".join(words)


def fuller_form(name: str, rank: str | None, named: list[tuple[str, str | None]]) -> str:
    """The name as the story writes it in full for the same rank elsewhere: "AKBP Robin SH MHum" is "AKBP Robin
    Simatupang" named later; of two fuller forms, neither."""
    words = name.split()
    fuller = {n for n, r in named if r == rank and len(n.split()) > len(words) and n.split()[: len(words)] == words}
    return fuller.pop() if len(fuller) == 1 else name
