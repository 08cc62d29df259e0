"""Whom an award is for, named with the award as the subject of a passive giving verb: "Penghargaan dari Kapolri
kepada 18 personel Satbrimob diserahkan Wakapolda", "Piagam untuk Polres X diberikan Bupati", "Reward bagi dua
warga itu diserahkan Kapolsek". Whom it is for stands between the preposition and the verb.

Pure functions over text, used by the giving verbs' reading (pipelines/sentence_giving.py).
"""

from __future__ import annotations

import re

from pipelines.role_words import AWARD_NOUN
from pipelines.sentence_actors import first_actor_after

# The preposition of whom the award is for, and the words up to the verb (no clause break between).
SUBJECT_TO = re.compile(r"\b(kepada|untuk|bagi)\s+([^.;:,\"“”]{1,80}?)\s+$", re.I)
# "untuk" before a verb says what the award is for: "Hadiah untuk memotivasi warga diserahkan ...".
PURPOSE = re.compile(r"(?:untuk|agar|supaya|bagi)\s+(?:lebih\s+)?(?:me|ber)[a-z]{3,}", re.I)

# The award opens the sentence (after the dateline and one opening word, "Adapun", "Sebelumnya,"): it is the
# subject, not the object of another verb ("Kabid Humas menjelaskan penghargaan kepada Kapolda diberikan atas ...").
DATELINE = re.compile(r"^[^-–—]{0,60}?\s[-–—]+\s")
OPENS = re.compile(r"^\W*(?:[A-Z]\w*,?\s+)?$")


def subject_recipient(sentence: str, verb_start: int) -> str | None:
    """Who the subject of a passive giving verb says the award is for: 'polri', 'other' (a body or people the
    lists of actors know outside Polri) or None when the subject names no award with a recipient they know."""
    head = sentence[:verb_start]
    to = SUBJECT_TO.search(head)
    award = AWARD_NOUN.search(head, 0, to.start()) if to else None
    if not award or PURPOSE.match(head, to.start()) or not OPENS.match(DATELINE.sub("", head[: award.start()], 1)):
        return None
    # only a receiver the lists of actors know: "kepada para personel" or "untuk dua pemuda" says too little
    return first_actor_after(to.group(2), 0)
