"""One award to several units, then what each was given it for: "Kementerian X memberikan penghargaan kepada Polda
A dan Polres B. Kapolda A menerima penghargaan atas program P. Sementara itu, Polres B diganjar penghargaan karena
mengungkap kasus Q." The units set apart by "sementara itu", "sedangkan" with a reason of their own hold an award of
their own; the rest keep the shared one, named by the reason said of them.

Pure functions over text, run between pass 2 (reading sentences into awards) and pass 3 of the structure stage.
"""

from __future__ import annotations

import re

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_title_words import is_generic_title
from pipelines.award_titles import title_of
from pipelines.recipients import recipient_mentions
from pipelines.role_words import RECEIVE

# "Sementara itu, Polres B diganjar penghargaan karena ...", "Sedangkan Polres C mendapatkan penghargaan dari Y atas
# ...": a contrast, the units, a receiving verb, the award and what it was for.
SET_APART_WITH_REASON = re.compile(
    r"^(?:Sementara(?:\s+itu)?|Sedangkan|Adapun)\b,?\s+(?P<units>[^.;]{3,120}?)\s+" + RECEIVE.pattern + r"\s+"
    r"(?:\w+\s+){0,2}?(?:penghargaan|piagam|apresiasi|reward)\b[^.;]*?\b(?:atas|karena|berkat)\s+\w",
    re.I,
)
REASON = re.compile(r"\b(?:atas|karena|berkat)\s+\w", re.I)


def own_reasons(awards: list[Award], story: Story) -> None:
    """Each shared award's units told apart by a reason of their own get an award of their own (appended)."""
    for award in list(awards):
        if len(award.recipients) < 2:
            continue
        for sentence in list(award.evidence):
            apart = SET_APART_WITH_REASON.match(sentence)
            if not apart:
                continue
            named = [m for m in recipient_mentions(sentence[: apart.end("units")], story.text) if not m.via_position]
            names = {m.name for m in named}
            title = title_of(sentence)
            if not names or not names < set(award.recipients) or not title or is_generic_title(title):
                continue
            _set_apart(award, names)
            own = Award(category=award.category, title=title, title_listed=True, evidence=[sentence])
            add_recipients(own, named)
            awards.append(own)
            award.evidence.remove(sentence)
            _named_by_own_reason(award, story)


def _set_apart(award: Award, names: set[str]) -> None:
    kept = [(n, i) for n, i in zip(award.recipients, award.recipient_ids, strict=True) if n not in names]
    award.recipients, award.recipient_ids = [n for n, _ in kept], [i for _, i in kept]


def _named_by_own_reason(award: Award, story: Story) -> None:
    """The shared award, left to its other units, takes the reason a sentence of its own says of them."""
    for sentence in award.evidence:
        mentions = {m.name for m in recipient_mentions(sentence, story.text)}
        title = title_of(sentence)
        if mentions and mentions <= set(award.recipients) and title and REASON.search(title):
            award.title, award.title_listed = title, True
            return
