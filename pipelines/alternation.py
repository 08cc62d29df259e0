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
