"""Units named without a type word before a place: Polri's central bodies ("Korlantas Polri", "Divisi Humas
Mabes Polri") and regional units written as one word ("Poldasu", "PMJ")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.alternation import literal_alternation
from pipelines.knowledge import Mention, knowledge_rows
from pipelines.unit_gazetteer import Gazetteer
from pipelines.unit_names import title_cased, unlisted_name


def mabes_bodies(text: str, gaz: Gazetteer) -> list[Mention]:
    """Polri's central bodies: "Mabes Polri", "Korlantas Polri", "Bareskrim Polri"."""
    mentions = []
    for m in _mabes_re(gaz).finditer(text):
        unit = gaz.lookup(re.sub(r"(?<=\w) Mabes Polri$", " Polri", m.group(0)))
        mentions.append(
            Mention(unit.name if unit else m.group(0), unit.unit_id if unit else None, m.start(), m.end(), False)
        )
    return mentions


MABES_RE = re.compile(
    r"\b(?:Mabes Polri|Markas Besar Polri|Korlantas Polri|Bareskrim Polri|Divhumas Polri|Div Humas Polri|Divisi Humas Polri|"
    r"Baharkam Polri|Korbrimob Polri|Korps Brimob Polri|Divpropam Polri|Divisi Propam Polri|Baintelkam Polri|"
    r"Lemdiklat Polri|Densus 88(?: Antiteror)?(?: Polri)?|Itwasum Polri|SSDM Polri|Pusdokkes Polri|Puslabfor Polri)\b"
)


def mabes_chiefs(text: str, gaz: Gazetteer) -> list[Mention]:
    """Polri's central bodies named through their heads ("Kakorlantas Polri Irjen X", "Kabareskrim Komjen Y"):
    data/knowledge/mabes_chiefs.csv. A chief named so receives only where he is the subject of a receiving verb
    or follows "kepada" (pipelines/non_recipients.py), as a Kapolda does."""
    mentions = []
    posts = _chief_posts()
    for m in _chiefs_re().finditer(text):
        unit = gaz.units.get(posts[m.group("post")])
        if unit is not None:
            mentions.append(Mention(unit.name, unit.unit_id, m.start(), m.end(), True))
    return mentions


@lru_cache(maxsize=1)
def _chief_posts() -> dict[str, str]:
    return {row["post"]: row["unit_id"] for row in knowledge_rows("mabes_chiefs.csv")}


@lru_cache(maxsize=1)
def _chiefs_re() -> re.Pattern:
    return re.compile(rf"\b(?P<post>{literal_alternation(list(_chief_posts()))})\b(?:\s+(?:Mabes\s+)?Polri\b)?")


# "Pusat Kedokteran dan Kesehatan (Pusdokkes) Polri": a central body's name written out, then its short name in
# brackets before "Polri".
BRACKETED_BODY = re.compile(r"\((?P<short>[A-Z][A-Za-z]{2,14}(?: 88)?)\)\s+(?P<polri>(?:Mabes\s+)?Polri)\b")


def bracketed_bodies(text: str, gaz: Gazetteer) -> str:
    """`text` with "(Pusdokkes) Polri" written "Pusdokkes Polri" (padded to the same length), when the short
    name with Polri is a central body or its head, so the readers of bodies and chiefs find it."""

    def unwrap(m: re.Match) -> str:
        written = f"{m.group('short')} Polri"
        unit = gaz.lookup(written)
        known = (unit is not None and unit.type == "satker_mabes") or m.group("short") in _chief_posts()
        return written.ljust(len(m.group(0))) if known else m.group(0)

    return BRACKETED_BODY.sub(unwrap, text)


def one_word_units(text: str, gaz: Gazetteer) -> list[Mention]:
    """Regional units written as one word, which the type-word pattern cannot see: "Poldasu", "PMJ"."""
    mentions = []
    for m in _one_word_re(gaz).finditer(text):
        if text[m.start() - 1 : m.start()] == "(":
            continue  # "Polda Metro Jaya (PMJ)": the abbreviation of the unit just named
        unit = gaz.lookup(m.group(0))
        mentions.append(Mention(unit.name, unit.unit_id, m.start(), m.end(), False))
    return mentions


@lru_cache(maxsize=1)
def _one_word_re(gaz: Gazetteer) -> re.Pattern:
    words = [
        a for a, ids in gaz.aliases.items() if " " not in a and gaz.units[ids[0]].type not in ("mabes", "satker_mabes")
    ]
    return re.compile(rf"\b(?:{literal_alternation(words)})\b" if words else r"(?!)")


# "personel Humas Polri di Maluku Utara", "anggota Brimob Polri": Polri's people of a function, not the Mabes body.
FUNCTION_WORDS = {"Humas", "Propam", "Brimob", "Polairud", "RS"}


def _named_hospital(name: str) -> bool:
    """ "RS Bhayangkara Tingkat I Raden Said Sukanto": a Polri hospital by its own name, not "RS Polri" (where
    people are taken, mostly)."""
    return name.split()[0] in ("RS", "Rumah") and len(name.split()) > 3


@lru_cache(maxsize=1)
def _mabes_re(gaz: Gazetteer) -> re.Pattern:
    """MABES_RE and every name of a Mabes-level body the gazetteer knows ("Puskeu Polri", "Divisi Hukum Polri");
    a one-word alias ("Akpol", "Bareskrim") is left out: "lulusan Akpol" names a school, not a recipient."""
    names = {
        name
        for unit_id, unit in gaz.units.items()
        if unit.type == "satker_mabes"
        for name in [unit.name, *(a for a, ids in gaz.aliases.items() if unit_id in ids)]
        if len(name.split()) > 1 and (name.split()[0] not in FUNCTION_WORDS or _named_hospital(name))
    }
    # "Divisi Humas Mabes Polri", "Baharkam Mabes Polri": a body's name may carry "Mabes" before "Polri".
    extra = "|".join(
        re.escape(n).replace(r"\ Polri", r"\ (?:Mabes\ )?Polri") if len(n.split()) > 1 else re.escape(n)
        for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{extra})\b|{MABES_RE.pattern}")


# "RS Bhayangkara Kediri", "Rumah Sakit Bhayangkara Tingkat III Manado", "Rumkit Bhayangkara Tk. II Medan": a Polri
# hospital by the town (or the person) it is named after; its grade is no part of the name. One written with its
# Polda ("RS Bhayangkara Polda Jatim") is that Polda's sub-unit (pipelines/subunits.py).
HOSPITAL = re.compile(
    r"\b(?:RS|Rumah\s+Sakit|Rumkit|RUMAH\s+SAKIT)\s+(?:Bhayangkara|BHAYANGKARA)(?:\s+(?:Tingkat|Tk\.?|TK\.?)\s+(?:[IV]{1,3}|\d)\b)?"
    r"(?P<name>(?:\s+(?!(?i:Polda|Polres\w*|Polri|Mabes|Pusdokkes|Tingkat|Tk)\b)[A-Z][\w'’.-]*){1,3})"
)


def police_hospitals(text: str, gaz: Gazetteer) -> list[Mention]:
    """Polri hospitals named after a town or a person, which the gazetteer lacks: "RS Bhayangkara Kediri"."""
    mentions = []
    for m in HOSPITAL.finditer(text):
        words = [w.rstrip(".") for w in m.group("name").split()]
        words = [w.capitalize() if w.isupper() and len(w) > 3 else w for w in words]
        kept = unlisted_name(words, gaz, title_cased(text, m.start()))
        if not kept or gaz.lookup(f"RS Bhayangkara {' '.join(kept)}") is not None:
            continue
        end = m.start("name")
        for word in m.group("name").split()[: len(kept)]:
            end = text.index(word, end) + len(word.rstrip("."))
        mentions.append(Mention(f"RS Bhayangkara {' '.join(kept)}", None, m.start(), end, False))
    return mentions


# "Sat II Pelopor Brimob", "Satuan I Gegana Korbrimob Polri": the corps' own regiments, which stand under Korbrimob
# Polri; "Detasemen B Brimob": a detachment named without the Polda it belongs to, kept as written.
CORPS_REGIMENT = re.compile(
    r"\bSat(?:uan)?\s+(?P<num>[IVX]{1,3}|\d)\s+(?P<kind>Pelopor|Gegana)\s+(?:Korps\s+Brimob|Korbrimob|Brimob)"
    r"(?:\s+(?:Mabes\s+)?Polri)?\b(?!\s+Polda)"
)
DETACHMENT = re.compile(
    r"\bDetasemen\s+(?P<name>[A-D]|Gegana)(?:\s+Pelopor)?\s+Brimob\b(?!\s+(?:Polda|Korbrimob|Polri))"
)


def brimob_units(text: str) -> list[Mention]:
    """Brimob regiments of the corps and detachments named without a Polda: "Sat II Pelopor Brimob" (Sat II
    Pelopor Korbrimob Polri), "Detasemen B Brimob"."""
    found = [
        Mention(f"Sat {m.group('num')} {m.group('kind')} Korbrimob Polri", None, m.start(), m.end(), False)
        for m in CORPS_REGIMENT.finditer(text)
    ]
    found += [
        Mention(f"Detasemen {m.group('name')} Brimob", None, m.start(), m.end(), False)
        for m in DETACHMENT.finditer(text)
    ]
    return found
