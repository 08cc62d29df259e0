"""The officer who received an award for his unit: the one the text says accepted it (after "diterima oleh",
the subject of a receiving verb, a deputy standing in for his chief), never the one who handed it over.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.award_officer_accepted import RECEIVES_AFTER, said_to_accept, said_to_receive
from pipelines.award_officer_others import (
    ATTENDING_BEFORE,
    GIVEN_FROM_BEFORE,
    GIVES_AFTER,
    HANDED_OVER_BY,
    REPRESENTED_AFTER,
    REPRESENTED_BEFORE,
    REPRESENTED_LISTED,
    SPEAKS_AFTER,
    SPOKE_BEFORE,
    STOOD_IN_FOR,
    one_of_a_list,
    only_quoted,
)
from pipelines.award_officer_posts import named_before
from pipelines.knowledge import Mention
from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import clean_name, normalise_rank

__all__ = ["officer_of"]


def _score(context: str, m: re.Match, unit_words: str, previous: re.Match | None, recipient: str = "") -> int | None:
    """How surely the officer of `m` accepted the award; None when he did not (a giver, one represented)."""
    before = context[max(0, m.start() - 80) : m.start()]
    accepted, receives = said_to_accept(context, m, recipient), said_to_receive(context, m)
    if (
        REPRESENTED_BEFORE.search(before)
        or REPRESENTED_LISTED.search(context, max(0, m.start() - 250), m.start())
        or REPRESENTED_AFTER.match(context, m.end())
        or HANDED_OVER_BY.search(context, max(0, m.start() - 120), m.start())
    ):
        return None
    if "," in m.group(0) and not (accepted or receives):
        return None  # "kata Kasat Lantas Polres Bitung, Iptu X": a post and a name apart only where one accepts
    if GIVES_AFTER.match(context, m.end()):
        return None  # "Kapolres AKBP X menyerahkan penghargaan kepada ...": the giver, not a receiver
    if GIVEN_FROM_BEFORE.search(before) and not accepted:
        return None  # "mendapat penghargaan dari Kapolres X AKBP Y": the one it came from
    score = 2 * bool(accepted) + 2 * bool(receives)
    if RECEIVES_AFTER.match(context, m.end()) and (m.group("position") or "Bhabinkamtibmas") == "Bhabinkamtibmas":
        score += 3  # a member with no chief's post who receives is honoured himself, whoever took it for him
    if previous is not None and STOOD_IN_FOR.match(context[previous.end() : m.start()]):
        score += 2  # the deputy outranks the chief he stands in for, whose unit may be named too
    # Guests may be listed at length: "Acara itu dihadiri Wakapolda X, Kabid Humas Y, Kapolres Z AKBP W".
    attending = ATTENDING_BEFORE.search(context, max(0, m.start() - 250), m.start())
    bystander = SPOKE_BEFORE.search(before) or SPEAKS_AFTER.match(context, m.end()) or attending
    if m.group("unit") and unit_words.startswith(m.group("unit").split()[0]) and not bystander:
        score += 1
    position = (m.group("position") or "").lower()
    return score + (position.startswith("kapolres") or position.startswith("kapolsek"))


def officer_of(
    context: str, recipients: list[Mention], title: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """The receiving officer: after 'diterima (langsung) oleh', 'kepada' or 'diwakili' (who accepted for his
    chief), the subject of a receiving verb, or the recipient unit's own chief named with it; then one named
    before by his post or name alone ("Kapolda menerima", "Herry juga memperoleh"); none where the text does
    not say who received. Of officers said alike to accept, the one the award's own clause names (`title`)."""
    if len(recipients) != 1:
        return None, None, None
    unit_words = recipients[0].name.split(" ", 1)[-1]
    best, previous = None, None
    for m in OFFICER_RE.finditer(context):
        position = m.group("position")
        if position and position.startswith("Kapolda") and "Polda" not in recipients[0].name:
            continue
        score = _score(context, m, unit_words, previous, recipients[0].name)
        previous = m
        if score is not None and (
            best is None or score > best[0] or (score == best[0] and _in_clause_of(context, m, best[1], title))
        ):
            best = (score, m)
    if best is not None and only_quoted(context, best[1], recipients[0].name):
        best = None
    if best is None or best[0] < 2:  # a chief merely named is no receiver: the text must say he accepted
        m = named_before(context, recipients[0].name)
        if m is None:
            return None, None, None
        best = (2, m)
    m = best[1]
    if one_of_a_list(context, m):
        return None, None, None
    name = re.sub(r"\s+(Kapolres\w*|Kapolda|Kapolsek|Wakapolda|Kasat\w*|Pada|Saat|Dalam|Di)$", "", m.group("name"))
    name = clean_name(name)  # no honorifics, no academic titles
    return name, normalise_rank(m.group("rank")), (m.group("position") or None)


def _in_clause_of(context: str, m: re.Match, other: re.Match, title: str | None) -> bool:
    """ "Satya Lencana 24 tahun diwakili AKP A, Satya Lencana 16 tahun diterima AKBP B": of two officers said alike
    to accept, `m` follows the award's own name in his sentence, and `other` does not."""

    def follows(officer: re.Match) -> bool:
        start = max(context.rfind(". ", 0, officer.start()), officer.start() - 150, 0)
        return bool(title) and context.find(title, start, officer.start()) >= 0

    return follows(m) and not follows(other)
