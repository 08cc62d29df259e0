"""Chiefs listed together as recipients ("Kapolrestabes X ... dan Kapolsek Y ..."): each stands for his own unit, the
one above as well as the one below it, so neither is only the other's address."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipelines.knowledge import Mention

# What stands between two chiefs of a list: the first one's rank, name and titles, then a comma or "dan"
# ("Kapolrestabes Palembang Kombes Pol Irvan Prawira, S.I.K. dan Kapolsek Kertapati AKP Irwan").
BETWEEN_CHIEFS = re.compile(r"(?:\s*,?\s*(?:[A-Z][\w.'-]*|Pol\.?))*\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)")


def chiefs_listed_together(sentence: str, chosen: list[Mention], contains: Callable[..., bool]) -> list[Mention]:
    """The lower of two chiefs listed one after the other, the one's unit above the other's, receives beside its
    parent (which then stays a recipient too); `contains` says whether a unit is above another."""
    out = list(chosen)
    for n, (a, b) in enumerate(zip(chosen, chosen[1:], strict=False)):
        if not (a.via_position and b.via_position and BETWEEN_CHIEFS.fullmatch(sentence, a.end, b.start)):
            continue
        if not all(_named_with_place(sentence, m) for m in (a, b)):
            continue  # "kepada Kapolrestabes X serta Kasat Reskrim, Kasat Narkoba ...": the resort's officers take it
        if contains(a.name, a.unit_id, b.name, b.unit_id):
            out[n + 1] = replace(out[n + 1], beside_parent=True)
        elif contains(b.name, b.unit_id, a.name, a.unit_id):
            out[n] = replace(out[n], beside_parent=True)
    return out


PLACE_AFTER_TYPE = re.compile(r"(?i:pol(?:da|res(?:ta|tabes)?|sek))\s+[A-Z]")


def _named_with_place(sentence: str, m: Mention) -> bool:
    """Whether the chief's post is written with his unit's place ("Kapolsek Kertapati"), not bare ("Kasat Reskrim")."""
    written = sentence[m.start : m.end]
    # "Kapolda NTB", "Dirreskrimum Polda Jatim": a place written short, after the unit's type, is a place too.
    return m.name.split()[-1] in written or bool(PLACE_AFTER_TYPE.search(written))
