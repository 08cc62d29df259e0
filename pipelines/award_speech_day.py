"""The day the one who gave an award spoke, when the story dates nothing else: "Menteri X memberikan penghargaan
kepada 12 Polres ... "...," ujar X secara virtual pada Selasa (16/2/2021)", "Kapolda X memberikan penghargaan
kepada Polsek Y. Ia menyebut ... "...," katanya, Selasa (5/4) malam": the giver speaks at his own ceremony, so the
day he spoke dates it. A chief who received and speaks of it later dates nothing.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.award_ceremony import CEREMONY, _explicit_date, _without_speaking_day
from pipelines.officer_pattern import OFFICER_RE

# Who gives, as the subject of a giving verb: "Kapolda Metro Jaya Irjen X memberikan penghargaan", "Selain
# menghukum, Pandia juga memberikan penghargaan".
GIVER_SUBJECT = re.compile(
    r"(?P<subject>(?:[A-Z][\w.()-]*,?\s+){1,8})(?:(?:juga|pun|secara\s+\w+|langsung)\s+)*"
    r"(?:memberikan|menyerahkan|menganugerahkan)\s+(?:\w+\s+){0,3}?(?:penghargaan|piagam|apresiasi|hadiah|reward)\b"
)
# Who gave, as the agent of a passive one: "Penghargaan itu diserahkan Wakapolri Komjen X pada penutupan ...".
GIVER_AGENT = re.compile(
    r"\b(?i:penghargaan|piagam|apresiasi|hadiah|reward)\b[^.]{0,40}?\b(?:diserahkan|diberikan|dianugerahkan)\s+"
    r"(?:(?:langsung|secara\s+\w+)\s+)?(?:oleh\s+)?(?P<subject>(?:[A-Z][\w.()-]*,?\s+){0,7}[A-Z][\w.()-]*)"
)
# Who gave, named after "dari" by those who received: "Dua anggota Polres X mendapat penghargaan dari Kapolres X
# AKBP Y atas ...".
GIVER_FROM = re.compile(
    r"\b(?:mendapat(?:kan)?|menerima|memperoleh|diberi|diganjar)\s+(?:\w+\s+){0,3}?"
    r"(?i:penghargaan|piagam|apresiasi|hadiah|reward)\s+(?:[\w-]+\s+){0,2}?dari\s+"
    r"(?P<subject>(?:[A-Z][\w.()-]*,?\s+){0,7}[A-Z][\w.()-]*)"
)
# Who is quoted: "ujar Tjahjo", "kata Kapolda", or a pronoun ("katanya", "jelasnya").
SPOKEN_BY = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|tegas|terang|imbuh|sebut|papar)(?:\s+(?P<who>[A-Z]\w+)|(?P<pronoun>nya))\b"
)
# Said at another occasion, which dates that one: "kata Kapolda saat pemusnahan barang bukti, Kamis (25/11)".
SAID_AT = re.compile(r"\b(?:saat|ketika|usai|seusai|setelah|sesudah|dalam)\s+\w+")
# A person named in between, who a pronoun may stand for instead.
SOMEONE_ELSE = re.compile(r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|tegas|terang|imbuh|sebut)\s+[A-Z]\w+")


def _givers(sentence: str, named_after_from: bool = False) -> set[str]:
    """The words of the giver's name; with `named_after_from`, also one named after "dari" (whom a pronoun later in
    the story may not stand for: those who received speak too)."""
    m = GIVER_SUBJECT.search(sentence) or GIVER_AGENT.search(sentence)
    m = m or (GIVER_FROM.search(sentence) if named_after_from else None)
    return {w.strip(",()") for w in m.group("subject").split() if w[:1].isupper()} if m else set()


def giver_speech_day(body: list[str], published: date | None, year_hint: int | None = None) -> str | None:
    """The day in the attribution of a quote by the one the story says gave the award: named ("ujar Pandia", who
    "juga memberikan penghargaan" before or after), or a pronoun a sentence or two after the giving."""
    everyone = set().union(*(_givers(s, named_after_from=True) for s in body))
    givers: set[str] = set()
    since = 0  # sentences since the giver was last named
    for sentence in body:
        named = _givers(sentence)
        if named:
            givers, since = named, 0
            continue
        spoken = SPOKEN_BY.search(sentence)
        others = OFFICER_RE.search(sentence) or (SOMEONE_ELSE.search(sentence) and not spoken)
        if (
            spoken
            and not (SAID_AT.search(sentence, spoken.end()) and not CEREMONY.search(sentence))
            and (
                (spoken.group("who") and spoken.group("who") in everyone)
                or (spoken.group("pronoun") and givers and since < 3)
            )
        ):
            found = _explicit_date(_without_speaking_day(sentence), published, year_hint)
            if found:
                return found
        if others:
            givers = set()
        since += 1
    return None
