"""Press outlets as givers: an outlet through its head ("Pemimpin Umum Harian X"), by its kind and name ("Harian
Kompas", "Radio Suara Surabaya"), by its own name from data/knowledge/press_outlets.yml ("iNews", "Metro TV"), or
unnamed as the reporter writes it ("salah satu stasiun televisi swasta nasional"). Pure functions over text.
"""

from __future__ import annotations

import re

import yaml

from pipelines.knowledge import knowledge_text

# A press outlet through its head ("Pemimpin Umum Harian Sinar H Budi"), or unnamed as the reporter writes it
# ("salah satu stasiun televisi swasta nasional di Jakarta").
PRESS_HEAD = re.compile(r"\b(?:Pemimpin\s+(?:Umum|Redaksi)|Pemred)\s+((?:(?!(?:H|Hj|Dr|Drs|Ir)\b)[A-Z][\w-]*\s*){1,3})")
MEDIA_NOUN = re.compile(r"\b(?i:stasiun\s+(?:televisi|tv|radio)|surat\s+kabar|media\s+massa)\b")
_NOT_IN_NAME = {"di", "pada", "yang", "dan", "untuk", "kepada", "dalam", "atas", "itu", "tersebut", "saat", "ketika"}


# A press outlet by its kind and name: "Harian Kompas", "Radio Suara Surabaya" (not a journalists' body named for
# the medium they work in, "Ikatan Jurnalis Televisi Indonesia").
PRESS_OUTLET = re.compile(
    r"(?<!Jurnalis )\b(?:[Hh]arian|[Kk]oran|[Mm]ajalah|[Tt]abloid|Radio|Televisi)(?:\s+(?!(?:H|Hj|Dr|Drs|Ir|Pol\w*)\b)[A-Z][\w-]*){1,3}"
)


# A press outlet by its own name, from the knowledge table: "iNews", "Metro TV", "Harian Tribun Jateng".
PRESS_OUTLET_NAME = re.compile(
    r"\b(?:" + "|".join(yaml.safe_load(knowledge_text("press_outlets.yml"))["outlets"]) + r")(?![\w-])"
)


def press_outlet(context: str) -> str | None:
    """The press outlet the passage names, as the archive writes it, or None."""
    m = PRESS_HEAD.search(context) or PRESS_OUTLET.search(context) or PRESS_OUTLET_NAME.search(context)
    if m:
        return (m.group(1) if m.re is PRESS_HEAD else m.group(0)).strip()
    m = MEDIA_NOUN.search(context)
    if m and (
        named := re.match(r"\s+((?!(?:H|Hj|Dr|Drs|Ir|Pol\w*)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})", context[m.end() :])
    ):
        return named.group(
            1
        )  # the outlet's own name after its kind: "stasiun televisi Bali TV", "surat kabar Suara Rakyat"
    if m:
        words = m.group(0).split()
        for word in re.findall(r"[\w-]+|[^\w\s]", context[m.end() :])[:4]:
            if not re.fullmatch(r"[a-z][\w-]*", word) or word in _NOT_IN_NAME:
                break
            words.append(word)
        return " ".join(words)
    return None
