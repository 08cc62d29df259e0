"""Units (Unit) inside a Polres' Satuan, named by their short name alone: "Unit PPA menerima penghargaan",
"Unit Laka Lantas", "Unit Perlindungan Perempuan dan Anak (PPA)". They belong to the Polres the story is about
(data/knowledge/unit_names.yml, satuan_units). One written against its parent ("Unit PPA Satreskrim Polres X")
is read by pipelines/subunits.py. A Polsek's units named alone ("Unit Reskrim", "Unit Lantas") belong to the one
Polsek the story names."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from pipelines.alternation import literal_alternation
from pipelines.knowledge import Mention, knowledge_text
from pipelines.subunits import subunit_forms


@lru_cache(maxsize=1)
def _satuan_units() -> dict[str, dict]:
    return yaml.safe_load(knowledge_text("unit_names.yml"))["satuan_units"]


@lru_cache(maxsize=1)
def _long_forms() -> dict[str, str]:
    return {long: short for short, row in _satuan_units().items() for long in row["long"]}


@lru_cache(maxsize=1)
def _heads() -> str:
    return literal_alternation(yaml.safe_load(knowledge_text("unit_names.yml"))["satuan_unit_heads"])


@lru_cache(maxsize=1)
def _polsek_unit_re() -> tuple[re.Pattern, dict[str, str]]:
    """ "Unit Reskrim", "Unit Reserse Kriminal": a Polsek's unit by its short or its long name."""
    table = yaml.safe_load(knowledge_text("unit_names.yml"))["polsek_units"]
    forms = {form: short for short, longs in table.items() for form in (short, *longs)}
    names = literal_alternation(list(forms))
    return re.compile(rf"\bUnit\s+(?P<name>{names})(?![\w-])"), forms


@lru_cache(maxsize=1)
def _unit_alone_re() -> re.Pattern:
    shorts = literal_alternation(list(_satuan_units()))
    longs = literal_alternation(list(_long_forms()))
    satuans = literal_alternation(
        [
            form
            for form, kinds in subunit_forms().items()
            if any(k.abbreviation.startswith("Sat") and not c for k, c in kinds)
        ]
    )
    return re.compile(
        rf"\b(?P<head>{_heads()})\s+(?:(?P<short>{shorts})(?:\s+\((?:{longs})\))?|(?P<long>{longs})\s+\((?P<abbr>{shorts})\))"
        rf"(?![\w-])(?:\s+(?P<satuan>{satuans})\b)?"
    )


# Where the unit's parent is written after it: subunits.py reads "Unit PPA Satreskrim Polres X" whole.
PARENT_AFTER = re.compile(r"\s+(?:Polres\w*|Polsek\w*|Polda|Polri|Mabes)\b|\s+[A-Z][\w-]*\s+Pol(?:res|da|sek)\b")


@lru_cache(maxsize=8)
def _satuan_named_re(satuan: str) -> re.Pattern:
    """Every way a story names the Satuan `satuan`, its function alone too: "Satreskrim", "Reskrim", "Reserse
    Kriminal"."""
    forms = [form for form, kinds in subunit_forms().items() if any(k.abbreviation == satuan for k, _ in kinds)]
    forms += [form.removeprefix("Satuan ") for form in forms if form.startswith("Satuan ") and form.count(" ") > 1]
    return re.compile(rf"\b(?:{'|'.join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))})\b")


def units_alone(
    text: str, mentions: list[Mention], parents: dict[str, Mention], story: str | None = None
) -> list[Mention]:
    """ "Unit PPA menerima penghargaan" in a story about Polres X: Unit PPA Polres X; "Unit Laka Lantas":
    Unit Laka Satlantas Polres X (the Satuan when the text writes it). A chief's post alone ("kini Kanit
    Tipikor") says what an officer does, not which unit receives."""
    mentions = _polsek_units(text, mentions, parents.get("polsek"))
    resort = parents.get("polres")
    if resort is None or resort.name.startswith("Polsek"):
        return mentions
    found = []
    for m in _unit_alone_re().finditer(text):
        if PARENT_AFTER.match(text, m.end()) or any(o.start <= m.start() < o.end for o in mentions):
            continue
        short = m.group("short") or m.group("abbr")
        row = _satuan_units()[short]
        if any(o.name == f"{row['satuan']} {resort.name}" for o in mentions):
            continue  # "diterima Kasat Reskrim bersama anggota Unit Jatanras": the unit's people, with its Satuan's
        written = m.group("satuan")
        satuan = None
        if written:
            satuan = next(
                (k.abbreviation for k, _ in subunit_forms()[written] if k.abbreviation.startswith("Sat")), None
            )
        own = satuan == row["satuan"]  # "Unit PPA Lantas" is no Satuan of the unit: the name ends before it
        # "personel Reserse Kriminal dari dua unit ..., Unit PPA dan Unit Resmob": the Satuan the story names for
        # the unit is part of its name; a story that names none gives "Unit PPA Polres X".
        shown = own or bool(_satuan_named_re(row["satuan"]).search(story or text))
        name = " ".join(filter(None, (m.group("head"), short, row["satuan"] if shown else None, resort.name)))
        end = m.end() if own or not written else m.start("satuan") - 1
        found.append(Mention(name, None, m.start(), end, False, resort.unit_id))
    return sorted(mentions + found, key=lambda x: x.start)


def _polsek_units(text: str, mentions: list[Mention], polsek: Mention | None) -> list[Mention]:
    """ "Unit Reskrim menerima piagam" in a story about Polsek X alone: Unit Reskrim Polsek X. Not beside the Polsek
    or its chief in one sentence ("diterima Kapolsek X bersama anggota Unit Reskrim"): the unit's people, with it."""
    if polsek is None or any(o.name == polsek.name for o in mentions):
        return mentions
    pattern, forms = _polsek_unit_re()
    found = [
        Mention(f"Unit {forms[m.group('name')]} {polsek.name}", None, m.start(), m.end(), False, polsek.unit_id)
        for m in pattern.finditer(text)
        if not PARENT_AFTER.match(text, m.end()) and not any(o.start <= m.start() < o.end for o in mentions)
    ]
    return sorted(mentions + found, key=lambda x: x.start) if found else mentions
