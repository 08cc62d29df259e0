"""Lists of recipients within one sentence: the gaps between a list's items (with the count an item may carry) and
the chiefs' posts listed as recipients in their own right, beside their parent unit.

Kept apart from pipelines/recipients.py, which reads them, so that module stays within its size.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.knowledge import Mention
from pipelines.number_words import COUNT

__all__ = ["COUNTED_ITEM", "JOINED", "LIST_GAP", "chiefs_beside_parent"]

# Items of a list joined by a comma, "dan", "serta", or "bersama"/"beserta" ("Polres X bersama Polsek Y menerima").
# An item may carry how many of its people are meant: "Polda X sebanyak 14 orang, Polres Y sebanyak 8 orang".
ITEM_COUNT = (
    rf"(?:\s+(?:sebanyak\s+)?(?:\d+|{COUNT})\s+(?:orang|personel|anggota|petugas)|\s*\(\d+\s+(?:orang|personel)\))"
)
COUNTED_ITEM = re.compile(ITEM_COUNT)
LIST_GAP = re.compile(
    ITEM_COUNT + r"?(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|bersama(?:\s+dengan)?|beserta)\s+)"
)
JOINED = re.compile(r"\b(?:dan|serta|bersama|beserta)\b")


# "... adalah Kapolres Kudus AKBP Andi, Kasat Lantas Polres Kudus ...", "yaitu Kapolres dan Kasat Lantas Polres X":
# the chiefs are listed as recipients each in his own right.
# "Kapolres dan Kasat Res Narkoba Polres X Dianugerahi Piagam": chiefs that open the clause, joined, receive each.
CHIEFS_LISTED_BEFORE = re.compile(
    r"(?:\b(?:adalah|yaitu|yakni|antara lain|di antaranya)\s+(?:[^.;]*?\s)?|^\s*)(?:Kapol|Wakapol)\w*\b[^.;]*(?:,|\bdan)\s+"
    r"(?:(?:panitia|serta)\s+)?$"
)


# "Beberapa pejabat utama Polda X juga menerima penghargaan, yakni Direktur Reserse Narkoba ...": officials whose
# posts are listed receive in their own right, not for their parent.
OFFICIALS_LISTED_BEFORE = re.compile(
    r"\b(?:pejabat|perwira|personel|anggota|aparat|petugas)\b[^.;]{0,80}?\b(?:yakni|yaitu|antara lain|di antaranya)\s*:?\s*$",
    re.I,
)


def _beside_parent(sentence: str, m: Mention) -> Mention:
    listed = CHIEFS_LISTED_BEFORE.search(sentence[: m.start]) or OFFICIALS_LISTED_BEFORE.search(sentence[: m.start])
    if m.via_position and m.parent_id and listed:
        return replace(m, beside_parent=True)
    return m


def _listed_on(sentence: str, chosen: list[Mention]) -> list[Mention]:
    """ "... di antaranya Direktur Reskrimum dan Direktur Reskrimsus Polda X": a chief's post listed right after one
    that receives in its own right receives likewise."""
    out = list(chosen)
    for n in range(1, len(out)):
        before, m = out[n - 1], out[n]
        if (
            before.beside_parent
            and m.via_position
            and m.parent_id
            and LIST_GAP.fullmatch(sentence[before.end : m.start])
        ):
            out[n] = replace(m, beside_parent=True)
    return out


def chiefs_beside_parent(sentence: str, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions, those of chiefs' posts listed as recipients marked as standing beside their parent."""
    return _listed_on(sentence, [_beside_parent(sentence, m) for m in chosen])
