"""Kinds of award, read from data/knowledge/award_categories.yml.

`categories_of(passage)` names the kinds of award a passage's wording speaks of, most specific first;
`decided_by_wording(passage)` says when the award's own name decides its kind whoever hands it over.
Who gives, and the giver's name, are pipelines/givers.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from pipelines.knowledge import knowledge_text


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    wording: re.Pattern
    giver: str  # a fixed name, or the name of a rule in pipelines.giver_names.GIVER_RULES
    givers: tuple[re.Pattern, ...]
    decided_by_wording: bool  # the award's name, not whoever hands it over, decides the kind
    own_name: bool = False  # the giver is written by its own name as the story does ("Kodam V/Brawijaya")


@lru_cache(maxsize=1)
def registry() -> tuple[Category, ...]:
    text = knowledge_text("award_categories.yml")
    return tuple(
        Category(
            entry["name"],
            entry["description"],
            _one_pattern(entry["wording"]),
            entry["giver"],
            tuple(re.compile(p) for p in entry.get("givers", ())),
            entry.get("decides") == "wording",
            entry.get("written") == "own name",
        )
        for entry in yaml.safe_load(text)
    )


def _one_pattern(patterns: list[str]) -> re.Pattern:
    """An entry's wordings as one alternation, searched once ("(?i)x" becomes the scoped "(?i:x)")."""
    scoped = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns]
    return re.compile("|".join(scoped))


def category_names() -> list[str]:
    """Every kind, once, in the registry's order."""
    return list(dict.fromkeys(c.name for c in registry()))


def decided_by_wording(passage: str) -> Category | None:
    """The first entry whose wording the passage uses, when that entry's wording alone decides the kind."""
    for category in registry():
        if category.wording.search(passage):
            return category if category.decided_by_wording else None
    return None


def same_giver(decided: Category, other: str, passage: str) -> bool:
    """`other` is the kind of the body that gives the award its wording decides, named only by that body: the
    wording of one of the body's awards ("Top 40 Inovasi Pelayanan Publik", KemenPAN-RB's contest) decides the kind
    over the body's usual one (a zona integritas predikat), unless the passage names that one too ("predikat WBK")."""
    entries = [c for c in registry() if c.name == other]
    by_giver = any(c.givers and c.giver == decided.giver for c in entries)
    named = any(not c.givers and c.wording.search(passage) for c in entries)
    return decided.name != other and by_giver and not named


def only_its_givers_usual_kind(kind: str, award_kind: str, passage: str) -> bool:
    """The passage's `kind` comes only from naming the body that gives awards of `award_kind`: "Penghargaan
    diserahkan Menteri PANRB kepada Kapolres" after a "Top 45 Inovasi Pelayanan Publik" is that award again."""
    return any(same_giver(c, kind, passage) for c in registry() if c.name == award_kind and c.decided_by_wording)


def categories_of(passage: str) -> list[str]:
    """The kinds of award the passage's wording names, each once, most specific first."""
    found = [c.name for c in registry() if c.wording.search(passage)]
    return list(dict.fromkeys(found))


def descriptions() -> dict[str, str]:
    """Each kind's description (kinds listed twice join theirs), for the publication's metadata."""
    out: dict[str, list[str]] = {}
    for c in registry():
        out.setdefault(c.name, []).append(c.description)
    return {name: "; ".join(texts) for name, texts in out.items()}
