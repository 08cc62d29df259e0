"""Who took a shared award, when its units' chiefs took it together: "Piagam diterima Kapolres A AKBP X dan Kapolsek B
AKP Y", "Penghargaan diterima Wakapolda C Brigjen Z bersama Kapolres D dan Kapolres E". Each took it for his own unit:
none of them is the officer of the award the units share, whichever the story names first.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.units import find_unit_mentions

# A verb of taking an award, in the voice either way ("diterima", "menerima", "diwakili", "diambil").
_TAKING = re.compile(r"\b(?:diterima|menerima|diterimakan|diwakili|diambil|mengambil)\b", re.I)


def taken_by_their_chiefs(sentences: list[str], recipients: list[str]) -> bool:
    """Whether a sentence that says the award was taken names, by their posts, the chiefs of two or more of the
    units that share it."""
    if len(set(recipients)) < 2:
        return False
    for sentence in sentences:
        if not _TAKING.search(sentence):
            continue
        chiefs = {m.name for m in find_unit_mentions(sentence) if m.via_position and m.name in recipients}
        if len(chiefs) >= 2:
            return True
    return False
