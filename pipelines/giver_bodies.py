"""Bodies the registry of givers does not know: the one named at a passage's giver slot or said to give, as
written (up to the sentence's end, at most so many words, without its head's name and degrees, its province
spelled out). Pure functions over text, used by pipelines.givers.
"""

from __future__ import annotations

import re

from pipelines.giver_names import NOT_A_BODY, OFFICER_BEFORE, is_place
from pipelines.giver_slots import AWARDS_NAME, BODY_GIVES, DESCRIBED_BODY, GIVER_SLOTS, ORGANISATION
from pipelines.initialled_bodies import initialled_giver
from pipelines.unit_gazetteer import expand_province
from pipelines.units import find_unit_mentions

__all__ = ["body_at", "named_body"]


# A body the registry does not know, named where a giver stands: "dari Komnas Perlindungan Anak",
# "dari Gerakan Nasional Anti Narkotika (Granat)", "diserahkan Ketua Umum PPWI".
# A command's number is part of its name: "Dandim 0803 Madiun", "Danrem 081/DSJ". A body abroad keeps the small
# words of its English name, and the article it may be written with: "Federal Bureau of Investigation", "the United
# Nations Office on Drugs and Crime", "United Nations Mission in South Sudan".
_BODY = re.compile(
    r"(?:panitia\s+|the\s+(?=[A-Z]))?[A-Z][\w.&-]*"
    r"(?:\s+(?:[A-Z(][\w().&-]*(?:/[\w-]+)?|(?:dan|of|on|for|and|in|the|in\s+the)(?=\s+[A-Z(])|RI|se-\w+"
    r"|\d{2,4}(?:/[\w-]+)?\b))*"
)


def named_body(passage: str) -> str | None:
    """The unknown body at the passage's giver slot, as written (at most six words); after an award word
    ("penghargaan Komisi Perlindungan Anak Indonesia") only a body that names itself as one; an award named for
    itself ("penghargaan He For She Award") stands for its giver only when no body is said to give it."""
    giving = BODY_GIVES.search(passage)
    initialled = initialled_giver(passage)
    initialled = initialled if initialled and not find_unit_mentions(initialled[1]) else None
    for n, slot in enumerate(GIVER_SLOTS):
        for m in slot.finditer(passage):
            if initialled and not giving and initialled[0] < m.start():
                return initialled[1]  # "Indonesia Police Watch (IPW) memberikan ... diserahkan Ketua IPW": the body
            described = DESCRIBED_BODY.match(passage, m.end())
            if n >= 2 and not (ORGANISATION.match(passage, m.end()) or described):
                continue
            if n == 0 and OFFICER_BEFORE.search(passage, max(0, m.start() - 60), m.start()):
                continue  # "Brigpol Ani dari Satuan Logistik": the unit an officer comes from
            if n == 0 and giving and not ORGANISATION.match(passage, m.end()):
                continue  # "Lembaga X memberikan ...": a body said to give outranks a word after "dari" that names none
            if n == 1 and giving and giving.start() < m.start():
                continue  # "Pengadilan Negeri X memberikan ... diserahkan Ketua PN X": the body gives, its head hands over
            body = _BODY.match(passage, described.end() if described else m.end())
            # Not a person, a post, or a Polri unit ("IPDA Kamaruddin dari Direktorat Intelkam Polda NTB"); a body
            # may name the police it studies ("Lembaga Kajian Strategis Kepolisian Indonesia").
            name = _within_sentence(body.group(0)) if body else ""
            if (
                name
                and not NOT_A_BODY.match(name)
                and not is_place(name)
                and not re.match(r"(?:Waka|Ka)[a-z]", name)
                and (ORGANISATION.match(name) or not find_unit_mentions(name))
                and not (giving and n == 3 and re.fullmatch(AWARDS_NAME, name))
            ):
                return _region_in_full(_without_head(_first_words(name, 10), passage))
    if giving:
        return _region_in_full(_without_head(_first_words(_within_sentence(giving.group(1)), 8), passage))
    return initialled[1] if initialled else None


def _region_in_full(name: str) -> str:
    """A body named with its province's short form last, its abbreviation in brackets too ("Badan Amil Zakat
    Nasional (Baznas) Sumbar", "Forum Jurnalis Kalteng"): the province spelled out, as the set writes regions."""
    head, _, last = name.rpartition(" ")
    return f"{head} {expand_province(last)}" if head and last != "Metro" else name


HEAD_POST = r"\b(?:Ketua|Kepala|Deputi|Direktur|Pimpinan|Sekretaris|Sekjen)(?:\s+(?:Umum|Jenderal|Harian))?\s+"


def _without_head(name: str, passage: str) -> str:
    """A body's head by his post, the body, its region, then his name ("Ketua DAD Kalteng Agustiar Sabran"): the
    body and its region spelled out ("DAD Kalimantan Tengah"); a region inside the name stays."""
    words = name.split()
    # With no post before it, a head's name still follows the body's region: "oleh Dewan Adat Dayak (DAD) Provinsi
    # Kalteng Agustiar Sabran" is the body of Kalimantan Tengah.
    headed = re.search(HEAD_POST + re.escape(name), passage)
    # The head's name after the body's abbreviation: "Ketua Yayasan X (YX) Budi Santoso" is "Yayasan X (YX)".
    named = re.fullmatch(r"(.*\))((?:\s+[A-Z][a-z]+){1,3})", name)
    if headed and named and not ORGANISATION.search(named.group(2)) and not is_place(named.group(2).strip()):
        return named.group(1)
    for end in range(len(words) - 2, 0, -1):
        head = words[end:]
        if len(head) > 3 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in head) or ORGANISATION.match(head[0]):
            continue
        place = next((n for n in (2, 1) if end - n > 0 and is_place(" ".join(words[end - n : end]))), 0)
        across = any(is_place(" ".join(words[end - n : end + 1])) for n in (1, 2))
        if place and not across and not any(is_place(w) for w in head):
            return " ".join([*words[: end - place], expand_province(" ".join(words[end - place : end]))])
    return name


def _within_sentence(name: str) -> str:
    """A name up to the sentence's end ("... dari Swiss. Bantu ..."), before its head's name and degrees
    ("Pusat Riset X Dr. Y, SH"), without a trailing joining word."""
    name = re.split(r"[.,]\s|\s+(?:Dr|Drs|Ir|Prof|H|Hj)\.?\s", name)[0].rstrip(".,")
    return re.sub(r"\s+dan$|^the\s+", "", name)  # nor the English article it opens with


def _first_words(name: str, count: int) -> str:
    """The name's first `count` words, its bracketed abbreviations not counted: "Dewan Pimpinan Daerah (DPD)
    Himpunan Nelayan Seluruh Indonesia (HNSI) Maluku Utara" is one body."""
    words, kept = [], 0
    for word in name.split():
        if not word.startswith("("):
            kept += 1
            if kept > count:
                break
        words.append(word)
    return " ".join(words).rstrip(".,")


def body_at(passage: str, found: tuple[int, str] | None) -> str | None:
    """The unknown body where `giver_in` found one, as written: "Universitas X, melalui Wakil Rektor, memberikan"."""
    body = _BODY.match(passage, found[0]) if found and found[1] == "other" else None
    name = _within_sentence(body.group(0)) if body and ORGANISATION.match(body.group(0)) else None
    return _first_words(name, 10) if name and not NOT_A_BODY.match(name) else None
