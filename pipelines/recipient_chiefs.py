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
    """A chief listed with the chief of a unit above his own ("Kapolda X, Dirpolairud Polda X, Dirreskrimsus Polda X,
    Kapolres Y") receives beside that parent (which then stays a recipient too); `contains` says whether a unit is
    above another."""
    out = list(chosen)
    for run in _runs_of_chiefs(sentence, chosen):
        for n in run:
            for k in run:
                if n != k and contains(chosen[k].name, chosen[k].unit_id, chosen[n].name, chosen[n].unit_id):
                    out[n] = replace(out[n], beside_parent=True)
    return out


def _runs_of_chiefs(sentence: str, chosen: list[Mention]) -> list[list[int]]:
    """The indexes of chiefs written one after the other with their places, only names and commas between."""
    runs: list[list[int]] = []
    for n, m in enumerate(chosen):
        before = chosen[n - 1] if n else None
        follows = bool(runs) and runs[-1][-1] == n - 1
        if follows and not m.via_position and MEMBERS_AFTER_CHIEF.fullmatch(sentence, before.end, m.start):
            runs[-1].append(n)  # "kepada Kapolres X AKBP Y dan penyidik Satreskrim": his people of a sub-unit
            continue
        if not (m.via_position and _named_with_place(sentence, m)):
            continue  # "kepada Kapolrestabes X serta Kasat Reskrim, Kasat Narkoba ...": the resort's officers take it
        if follows and BETWEEN_CHIEFS.fullmatch(sentence, before.end, m.start):
            runs[-1].append(n)
        else:
            runs.append([n])
    return [run for run in runs if len(run) > 1]


# The last item of a list of chiefs may be people of a sub-unit: "... dan penyidik Satuan Reserse Kriminal".
MEMBERS_AFTER_CHIEF = re.compile(
    BETWEEN_CHIEFS.pattern + r"(?:para\s+)?(?:penyidik|personel|personil|anggota|jajaran|tim)\s+"
)


PLACE_AFTER_TYPE = re.compile(r"(?i:pol(?:da|res(?:ta|tabes)?|sek))\s+[A-Z]")


def _named_with_place(sentence: str, m: Mention) -> bool:
    """Whether the chief's post is written with his unit's place ("Kapolsek Kertapati"), not bare ("Kasat Reskrim")."""
    written = sentence[m.start : m.end]
    # "Kapolda NTB", "Dirreskrimum Polda Jatim": a place written short, after the unit's type, is a place too.
    return m.name.split()[-1] in written or bool(PLACE_AFTER_TYPE.search(written))
