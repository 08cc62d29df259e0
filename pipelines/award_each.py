"""Several awards told in one passage, one award for each: "juga menerima penghargaan dari A, B dan C" (one
award from each giver).

Pure functions over text, used by pass 2 of the structure stage (pipelines/award_reading.py).
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_titles import named_by_giver, title_of
from pipelines.categories import categories_of
from pipelines.givers import without_non_givers
from pipelines.recipients import recipient_mentions, without_receiving_chiefs

# "... juga menerima penghargaan dari Komnas HAM, Yayasan X dan Pemkab Y": a receiving verb, the award, then
# three or more bodies, each named with a capital. Two ("dari Kapolres dan Dandim") may give one award jointly.
GIVERS_LISTED = re.compile(
    r"\b(?:menerima|meraih|memperoleh|mendapat(?:kan)?)\s+(?:\w+\s+){0,2}?(?:penghargaan|piagam)\s+(?:juga\s+)?dari\s+"
    r"(?P<givers>[A-Z][^.;]*?)(?=\s+(?:atas|karena|pada|saat|di|dalam)\b|[.;]?\s*$)"
)
GIVER_SEPARATOR = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
# What opens the sentence on another award ("Di luar rekor MURI, ..."): not part of each giver's clause.
OPENING = re.compile(r"^(?:Selain|Di luar|Di samping)\b[^,]{0,80},\s*", re.I)


def givers_listed(sentence: str) -> list[tuple[str, str]]:
    """Each giver a sentence names when it names three or more for an award, with its own clause; or []."""
    m = GIVERS_LISTED.search(sentence)
    if not m:
        return []
    givers = [g.strip() for g in GIVER_SEPARATOR.split(m.group("givers")) if g.strip()]
    if len(givers) < 3 or not all(g[0].isupper() for g in givers):
        return []
    head = OPENING.sub("", sentence[: m.start("givers")])
    tail = sentence[m.end("givers") :]
    return [(giver, f"{head}{giver}{tail}") for giver in givers]


def read_each_giver(awards: list[Award], sentence: str, story: Story) -> bool:
    """A new award for each giver a sentence lists; False when it lists none."""
    clauses = givers_listed(sentence)
    if not clauses:
        return False
    for giver, clause in clauses:
        kinds = categories_of(without_non_givers(without_receiving_chiefs(clause)))
        award = Award(category=(kinds or ["other"])[0], evidence=[clause])
        add_recipients(award, recipient_mentions(clause, story.text))
        # A bare "penghargaan" goes by its giver: each award here is told apart by nothing else.
        award.title = named_by_giver(title_of(clause), giver)
        awards.append(award)
    return True
