"""Units a story counts and names apart: "Tiga polres meraih WBK. Ketiganya adalah Lebak, Pandeglang dan
Serang", "Polres A memperoleh nilai 107, Polres B 105 ... Piagam diserahkan kepada 7 Kapolres".

The readers of units written with their type (and the lists after them) are passed in by pipelines/units.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from pipelines.knowledge import Mention
from pipelines.number_words import COUNT_WORD, VALUES
from pipelines.sentence_split import sentences

# "Tiga polres meraih WBK. Ketiganya adalah Lebak, Pandeglang dan Serang": the type word of a count said before.
BACK_LIST = re.compile(
    rf"^ke(?P<n>{COUNT_WORD})(?:nya|\s+(?P<noun>\w+)\s+(?:itu|tersebut))\s+(?:adalah|yaitu|yakni|ialah)\s+",
    re.I,
)


COUNTED_TYPE = re.compile(rf"\b{COUNT_WORD}\s+(polres|polresta|polsek|polda)\b", re.I)


def counted_before(text: str, units: list[Mention], story: str, read: Callable) -> list[Mention]:
    """Places listed after "Ketiganya adalah" that the story counted before as units of a type ("tiga polres")."""
    opening = BACK_LIST.match(text)
    if not opening or any(u.start <= opening.end() + 1 for u in units):
        return []
    # The count it refers back to: the same number, of the same kind when the kind is repeated.
    number, noun = opening.group("n").lower(), (opening.group("noun") or "").lower()
    counted = next(
        (
            c
            for c in COUNTED_TYPE.finditer(story)
            if c.group(0).split()[0].lower() == number and noun in ("", c.group(1).lower())
        ),
        None,
    )
    if counted is None:
        return []
    head = text[: opening.end()].rstrip() + " " + counted.group(1).capitalize()
    joined = f"{head} {text[opening.end() :]}"
    found = read(joined)
    shift = len(head) + 1 - opening.end()  # where the items are in `text`
    return [replace(m, start=max(m.start - shift, opening.end()), end=m.end - shift) for m in found]


# "kepada 7 Kapolres penerima piagam", "untuk tiga Polres Polda X": units counted as the object of a giving, not
# named (a name would follow the type word).
COUNT_OF = re.compile(
    rf"\b(?:kepada|untuk|bagi|diraih|diterima)\s+(?:oleh\s+)?(?P<n>\d{{1,2}}|{COUNT_WORD})\s+(?:Ka)?"
    r"(?P<type>Polrestabes|Polresta|Polres|Polsek)\b(?!\s+(?!Polda\b)(?-i:[A-Z]))",
    re.I,
)


def _level(name: str) -> str:
    return "Polsek" if name.startswith("Polsek") else "Polres"


def counted_elsewhere(text: str, units: list[Mention], story: str, typed: Callable) -> list[Mention]:
    """ "Polres A memperoleh nilai 107, Polres B 105, ... Piagam diserahkan kepada 7 Kapolres": units a sentence
    counts without naming them are those of the one sentence of the story that names exactly that many."""
    found = []
    for count in COUNT_OF.finditer(text):
        n = int(count.group("n")) if count.group("n").isdigit() else VALUES[count.group("n").lower()]
        level = _level(count.group("type").capitalize())
        if n < 2 or any(_level(u.name) == level and not u.name.startswith("Polda") for u in units):
            continue  # the sentence names its units itself
        named = []
        for sentence in _story_sentences(story):
            own = [m for m in typed(sentence) if _level(m.name) == level and not m.name.startswith("Polda")]
            if len({m.name for m in own}) == n:
                named.append(list({m.name: m for m in own}.values()))
        if len(named) == 1:
            found += [Mention(m.name, m.unit_id, count.start("n"), count.end(), False) for m in named[0]]
    return found


@lru_cache(maxsize=64)
def _story_sentences(story: str) -> tuple[str, ...]:
    return tuple(sentences(story))
