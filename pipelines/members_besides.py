"""Polri members set aside by an opening, then others honoured too: "Selain anggota Polri, penghargaan juga diberikan
kepada unsur masyarakat" says the police's own members were honoured first, so the sentence is `received`.
Read by pipelines/classify_sentences.py.
"""

from __future__ import annotations

import re

# "Selain (para) anggota/personel (Polri/kepolisian/Polres X)," then an award noun and a passive giving verb.
MEMBERS_BESIDES = re.compile(
    r"^\W*(?:Selain|Di\s+samping)\s+(?:kepada\s+)?(?:para\s+)?(?:anggota|personel|polisi|polwan)"
    r"(?:\s+(?:Polri|kepolisian|Pol(?:res|resta|sek|da)\b[^,]{0,40}))?\s*,\s+"
    r"(?:penghargaan|piagam|apresiasi|reward|hadiah)(?:\s+(?:serupa|itu|tersebut))?\s+(?:juga|pun|turut)\s+"
    r"(?:diberikan|diserahkan|dianugerahkan)\b",
    re.I,
)
