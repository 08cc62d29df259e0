"""A list of receivers carried on in a sentence with no verb of its own ("Piagam juga diberikan kepada pimpinan DPRD,
yakni ... . Berikutnya jajaran pimpinan TNI/Polri, yaitu Kapolres A, Kapolres B"): read with the giving it goes on."""

from __future__ import annotations

import re

# A verb of the sentence's own, whatever it says ("Kemudian Polres A menggelar apel"): no list carried on.
OWN_VERB = re.compile(r"\b(?:me|di|ber)[a-z]{3,}\b")

# A sentence that carries a list on: "Berikutnya ...", "Selanjutnya ...", "Kemudian juga ...".
CARRIED_ON = re.compile(r"^(?:Berikutnya|Selanjutnya|Kemudian|Lalu|Disusul|Ditambah)\b,?\s*(?:juga\s+|pula\s+)?")

# The giving a sentence ends on, whose receivers it lists: "Piagam penghargaan juga diberikan kepada ..."
GIVEN_TO = re.compile(
    r"^.*?\b(?:diberikan|diserahkan|dianugerahkan|disematkan|memberikan|menyerahkan|menganugerahkan)\b"
    r"[^.;]{0,120}?\b(?:kepada|untuk|bagi)\s+"
)


def list_carried_on(sentence: str, body: list[str]) -> str | None:
    """The sentence read as the receivers of the giving in the story's sentence before it (`body`: the story's
    sentences), when it opens by carrying a list on and has no verb of its own; None otherwise."""
    opening = CARRIED_ON.match(sentence)
    if not opening or sentence not in body[1:] or OWN_VERB.search(sentence, opening.end()):
        return None
    giving = GIVEN_TO.match(body[body.index(sentence) - 1])
    if not giving:
        return None
    return giving.group(0) + sentence[opening.end() :]
