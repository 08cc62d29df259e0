"""A unit's award credited to one of its own sub-units ("Penghargaan itu diberikan berkat kerja Ditreskrimum Polda X",
"Polda X, dalam hal ini Direktorat Reskrimum, ..."): the sub-unit receives beside it."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.award_model import Award, Story, add_recipients
from pipelines.units import find_unit_mentions

# The award said again, then whose work earned it: "Penghargaan itu diberikan berkat kerja ...", "Penghargaan
# tersebut merupakan capaian seluruh jajaran ...", "Menurutnya, penghargaan itu merupakan capaian ...", "Prestasi ini tak
# lepas dari kinerja ...".
CREDITED_TO = re.compile(
    r"^\W*(?:(?:menurut\w*|kata\s+\w+|ia\s+menyebut|ia\s+mengatakan)\s*,?\s*)?"
    r"(?:penghargaan|piagam|prestasi|capaian|predikat)\s+(?:itu|tersebut|ini)\b[^.;]{0,40}?"
    r"\b(?:berkat|hasil|capaian|buah|tak\s+lepas\s+dari|tidak\s+lepas\s+dari)\s+"
    r"(?:(?:kerja(?:\s+keras)?|kinerja|keberhasilan|prestasi)\s+)?(?:(?:seluruh|segenap)\s+)?(?:jajaran\s+|personel\s+)?$",
    re.I,
)


# The unit, then which of its own units is meant: "Polda X, dalam hal ini Unit PPA di Direktorat Reskrimum, ...",
# the sub-unit named within the aside (a "khususnya" after thanks is praise, not credit).
IN_THIS_CASE = re.compile(r",\s*dalam\s+hal\s+ini\s+[^,.;]{0,80}$", re.I)


def _credited(sentence: str, mention, parent: str) -> bool:
    if CREDITED_TO.match(sentence[: mention.start]):
        return True
    aside = IN_THIS_CASE.search(sentence, 0, mention.start)
    return bool(aside) and any(m.name == parent for m in find_unit_mentions(sentence[: aside.start()]))


def read_credited(awards: list[Award], sentence: str, story: Story) -> bool:
    """The sub-unit of the last award's one unit that the sentence credits with it, added beside it; False when the
    sentence credits none."""
    last = awards[-1]
    if len(last.recipients) != 1:
        return False
    credited = [
        m
        for m in find_unit_mentions(sentence, story=story.text)
        if _credited(sentence, m, last.recipients[0])
        and not m.via_position
        and m.name.endswith(" " + last.recipients[0])
    ]
    if not credited:
        return False
    last.evidence.append(sentence)
    add_recipients(last, [replace(credited[0], beside_parent=True)])
    return True
