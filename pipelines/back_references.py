"""Counted pronouns that refer back to the units just named: "Dua polres, yakni Polres Paser dan Polres Kutai Barat,
dinilai berhasil ... Korlantas Polri memberikan penghargaan kepada keduanya" gives to those two Polres. Read as if
the units were listed after it, so the sentence's role and its recipients are theirs. Pure functions over sentences.
"""

from __future__ import annotations

import re

from pipelines.number_words import VALUES
from pipelines.recipients import recipient_mentions

# "keduanya": 2, "ketiganya": 3, ...: "ke", a number word of the number-word table, "-nya"; and how many it counts.
COUNTED = {f"ke{word}nya": n for word, n in VALUES.items()}
BACK_REFERENCE = re.compile(r"\b(?:kepada|untuk|bagi)\s+(" + "|".join(COUNTED) + r")\b", re.I)


def units_named_again(sentences: list[str]) -> list[str]:
    """The sentences, a counted pronoun after "kepada" followed by the units the sentence before names when it names
    exactly as many ("kepada keduanya, yakni Polres A dan Polres B,"); one that refers to anyone else stays."""
    out: list[str] = []
    for sentence in sentences:
        m = BACK_REFERENCE.search(sentence)
        if m and out:
            before = out[-1]
            names = list(dict.fromkeys(u.name for u in recipient_mentions(before, before)))
            if len(names) == COUNTED[m.group(1).lower()]:
                named = ", ".join(names[:-1]) + " dan " + names[-1]
                sentence = f"{sentence[: m.end(1)]}, yakni {named},{sentence[m.end(1) :]}"
        out.append(sentence)
    return out


def insertions(read: list[str], written: list[str]) -> list[str]:
    """The words `units_named_again` put into each sentence it read again, so evidence can be shown as written."""
    found = []
    for again, said in zip(read, written, strict=True):
        if again != said:
            start = next((i for i, (a, b) in enumerate(zip(again, said, strict=False)) if a != b), len(said))
            found.append(again[start : start + len(again) - len(said)])
    return found


def as_written(sentence: str, inserted: list[str]) -> str:
    """`sentence` without the words the back references put into it."""
    for words in inserted:
        sentence = sentence.replace(words, "")
    return sentence
