"""What the structure stage builds: an award of a story, and the story its passes read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from pipelines.knowledge import Mention


@dataclass
class Award:
    recipients: list[str] = field(default_factory=list)
    recipient_ids: list[str | None] = field(default_factory=list)
    officer: str | None = None
    rank: str | None = None
    position: str | None = None
    title: str | None = None
    category: str = "other"
    giver: str | None = None
    giver_person: str | None = None
    giver_text: str | None = None  # the giver as the story names it
    year: int | None = None
    placement: int | None = None
    event_date: str | None = None
    place: str | None = None
    evidence: list[str] = field(default_factory=list)
    # The title came from a sentence naming several kinds of award: a later, specific one replaces it.
    title_generic: bool = False
    title_listed: bool = False  # named as an item of a list of awards: that name stays
    # Sub-units named only through the officer who leads them ("diterima Kabid Humas Polda X").
    through_chief: set[str] = field(default_factory=set)
    beside_parent: set[str] = field(default_factory=set)  # sub-units that receive next to their parent
    ordinal: int | None = None  # "Penghargaan kedua ...": the story counts its awards
    in_story_award: bool = False  # a placing named apart from the award it ranks in ("Peringkat kedua ditempati X")
    ranked: bool = False  # one unit's place in a ranking of several units: its officer is one its own sentence names

    def as_row(self) -> dict:
        row = {
            k: v
            for k, v in self.__dict__.items()
            if k
            not in (
                "evidence",
                "title_generic",
                "title_listed",
                "through_chief",
                "beside_parent",
                "ordinal",
                "in_story_award",
                "ranked",
            )
        }
        return row | {"evidence": " … ".join(self.evidence)}


def add_recipients(award: Award, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.name not in award.recipients:
            award.recipients.append(m.name)
            award.recipient_ids.append(m.unit_id)
            if m.via_position and m.parent_id:
                award.through_chief.add(m.name)  # "Kabid Humas Polda X": maybe only the officer who accepts
            if m.beside_parent:
                award.beside_parent.add(m.name)
        else:
            if not m.via_position:
                award.through_chief.discard(m.name)
            if m.beside_parent:  # named first alone, then again in a list beside its parent: both receive
                award.beside_parent.add(m.name)


@dataclass
class Story:
    """What every pass reads: the headline, the body's sentences, the publication day."""

    title: str | None
    body: list[str]
    published: date | None

    @cached_property
    def sentences(self) -> list[str]:
        return ([self.title] if self.title else []) + self.body

    @cached_property
    def text(self) -> str:  # read by every award's passes: joined once
        return " ".join(self.sentences)
