"""Many literal names as one regular expression, grouped by their first character.

Python's engine tries the branches of an alternation one after the other at every position of the
text; with hundreds of names (the sub-units' written forms, Mabes bodies, one-word aliases) that was
most of the cost of finding units. Grouped by first character the pattern matches exactly the same:
at a position only the group of the character there can match, and inside it the names keep their
order. For case-sensitive patterns only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def literal_alternation(names: Iterable[str]) -> str:
    """`a|b|c` for the literal names, in their order, as `A(?:...)|B(?:...)`; no name may be empty."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


# An alternative that starts with a letter ("penghargaan", "\bWBK\b"), not a group, class, escape or quantified letter.
_LETTER_FIRST = re.compile(r"(?:\\b)?([A-Za-z])(?![?*{])")


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's source split at its top-level `|` (not inside groups or classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += source[i + 1 : i + 2] == "^"
            i += source[i + 1 : i + 2] == "]"  # a "]" first in a class is one of its characters
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


def grouped_by_first_letter(pattern: re.Pattern) -> re.Pattern:
    """The same pattern, with the top-level alternatives that start with the same letter tried together
    behind one look-ahead for it: the same matches, spans and groups, as two alternatives whose first
    letters differ never match at the same place, and no alternative moves past one that is not grouped
    (which could match anywhere) or past one that holds a capturing group."""
    if pattern.flags & re.VERBOSE:
        return pattern
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def close_run():
        out.extend(f"(?={key})(?:{'|'.join(alts)})" if len(alts) > 1 else alts[0] for key, alts in run.items())
        run.clear()

    for alt in top_level_alternatives(pattern.pattern):
        first = _LETTER_FIRST.match(alt)
        if first is None or re.compile(alt, pattern.flags).groups:
            close_run()
            out.append(alt)
            continue
        key = first.group(1).lower() if pattern.flags & re.IGNORECASE else first.group(1)
        run.setdefault(key, []).append(alt)
    close_run()
    return re.compile("|".join(out), pattern.flags)
