"""Counts as Indonesian news writes them, for the rules that read counted groups ("tiga polres", "12 personel",
"dua belas anggota") and the words that refer back to them ("keduanya", "ketiga polres itu"). The words are one
table (data/knowledge/number_words.yml), so every rule counts alike.
"""

from __future__ import annotations

import yaml

from pipelines.knowledge import knowledge_text

_TABLE = yaml.safe_load(knowledge_text("number_words.yml"))
# Each number word and the number it counts: {"dua": 2, "tiga": 3, ...}.
VALUES: dict[str, int] = _TABLE["cardinals"]
_WORDS = list(VALUES)

# A count: digits, a number word, or a compound ("dua belas", "tiga puluh").
COUNT = r"(?:\d+|" + "|".join(_WORDS) + r"|\w+\s+(?:belas|puluh))"
# The number words alone, without digits or compounds.
COUNT_WORD = r"(?:" + "|".join(_WORDS) + r")"
# "kedua", "ketiga", ...: before "-nya" ("keduanya") or a noun ("ketiga polres itu") it refers back to those counted.
KE_COUNT = r"ke(?:" + "|".join(_WORDS) + r")"

# Ordinals and the place each names: {"pertama": 1, "kesatu": 1, "kedua": 2, ...}; "penghargaan kedua", "Ketiga, ...".
ORDINAL_VALUES: dict[str, int] = {word: 1 for word in _TABLE["first"]} | {f"ke{word}": n for word, n in VALUES.items()}
# Any ordinal word: "pertama", "kesatu", "kedua", ...
ORDINAL = r"(?:" + "|".join(ORDINAL_VALUES) + r")"
