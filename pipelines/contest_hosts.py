"""A chief who says of a contest in a quote that his unit holds it ("Lomba ini kita gelar ...," kata Kapolres X): the
chief of the unit he speaks for gives its prizes, whoever hands them over (the set's rule for a unit's own contest).
Pure functions over text, used by pipelines.award_giver_completion (and by pipelines.classify: the police hold the
contest).
"""

from __future__ import annotations

import re

import yaml

from pipelines.knowledge import knowledge_text
from pipelines.role_words import SPEECH_VERB

_CONTEST_WORDS = "|".join(yaml.safe_load(knowledge_text("award_title_words.yml"))["contest_words"])
_HOLDS = "|".join(yaml.safe_load(knowledge_text("role_words.yml"))["own_contest_verbs"])
# "Lomba ini (memang) kita gelar ...," kata Kapolres X; "Kami gelar lomba ini agar ...," ujar Kapolda Y. The speaker's
# post (a deputy speaks for his chief's unit) and his place follow the speech verb.
SAID_HELD = re.compile(
    rf"[\"“](?:[^\"“”]{{0,200}}?\b(?i:{_CONTEST_WORDS})\s+(?:ini|tersebut)\s+(?:\w+\s+)?(?:kita|kami)\s+(?:{_HOLDS})|"
    rf"[^\"“”]{{0,200}}?\b(?i:kita|kami)\s+(?:{_HOLDS})\s+(?i:{_CONTEST_WORDS})\s+(?:ini|tersebut))\b"
    rf"[^\"“”]{{0,300}}[\"”]\s*,?\s*{SPEECH_VERB}\s+(?:Waka|Ka)(?=pol)(?P<post>pol(?:da|resta|restabes|res|sek)\b[^.;]*)"
)
# An award that is a contest's prize: a place, or a contest named in its title.
CONTEST_PRIZE = re.compile(rf"\b(?i:juara|{_CONTEST_WORDS})\b")


def host_speaking(story: str) -> str | None:
    """The chief a quote says holds the story's contest, written as a giving slot ("dari Kapolres Kendal AKBP Y"),
    read by the giver rules; None when no quote says so."""
    m = SAID_HELD.search(story)
    return f"dari Ka{m.group('post')}." if m else None
