"""Text as outlets print it, made readable before its awards are read: another story's headline run into the
text after "Baca juga:", full stops and commas with no space after them ("prestasi.Kali ini", "Kombes Pol.Budi"),
a full stop after a rank ("AKBP. Andi"), passages printed wholly in capitals, and units written in lower case or
capitals ("polres lampung timur", "kapolda lampung") given the gazetteer's case."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import yaml

from pipelines.knowledge import knowledge_text
from pipelines.ranks import RANK_RE
from pipelines.unit_gazetteer import gazetteer

_FORMS = yaml.safe_load(knowledge_text("text_forms.yml"))
ACRONYMS = frozenset(_FORMS["acronyms"])
ORDINARY = frozenset(_FORMS["ordinary_words"])
# Names in lower case, not inside a web address ("tribratanews.polri.go.id"), and a day's name before its date.
LOWER_NAME = re.compile(
    r"(?<![\w./])(" + "|".join(n.lower() for n in _FORMS["names_in_lower_case"]) + r")(?![\w]|\.\w)"
)
LOWER_WEEKDAY = re.compile(
    r"(?<![\w./])("
    + "|".join(d.lower() for d in _FORMS["weekdays"])
    + r")(?=,?\s*\(?\d{1,2}\s*[/-]|,?\s+\d{1,2}\s+[A-Za-z])"
)
# A sentence begun in lower case: "... pilkada serentak. penghargaan diserahkan ...".
LOWER_OPENING = re.compile(r"(?<=[a-z0-9)][.!?]\s)([a-z])")
# A name's degrees before the full stop ("Bambang Irawan, S.H., M.Si. menyerahkan", "Budi, SH. memberikan"): the
# sentence goes on after them.
DEGREES_BEFORE = re.compile(r"(?:(?:\b[A-Z][a-z]{0,3}\.){2,}|,\s*[A-Z][A-Za-z]{0,5}\.)\s$")

# "Baca juga: Polres Y Raih Penghargaan dari Bupati Z Sebanyak 2.500 personel ...": a headline in title case run into
# the text. It ends at the last capitalised word before the first word in lower case that no headline joins with.
ASIDE_OPENING = re.compile(r"\b(?:Baca|Lihat|Simak)\s+(?:juga|pula)\s*:\s*", re.I)
HEADLINE_JOINERS = frozenset("dari di ke dan untuk yang dengan atas bagi oleh pada se usai jadi hingga".split())
# Marks glued to the next word: "internasional.Penghargaan", "(ist).Foto", "Batang,AKBP", "Pol.Budi".
GLUED_STOP = re.compile(r"(?<=[a-z]{2}|\d\)|[a-z]\))\.(?=[A-Z][a-z])|(?<=\d{4})\.(?=[A-Z][a-z]{2})")
GLUED_COMMA = re.compile(r"(?<=[A-Za-z]),(?=[A-Za-z])")
# A rank's full stop before the name: "AKBP. Andi Saputra", "Kombes Pol. Heri Susanto".
RANK_STOP = re.compile(rf"\b({RANK_RE}|Pol)\.\s+(?=[A-Z][a-z])")
# Unit types, and the chiefs' and headquarters' words before them ("kapolda", "wakapolres", "mapolres").
UNIT_TYPES = r"polda|polres(?:ta|tabes|tro)?|polsek(?:ta)?"
CHIEF_OR_SEAT = r"(?:wa)?ka|ma"


# Both the classifier and the structure stage read each page tidied: the second reading reuses the first.
@lru_cache(maxsize=32)
def tidied(text: str | None) -> str | None:
    """The text with the marks of careless printing undone; text already tidy is returned unchanged."""
    if not text:
        return text
    text = _asides_cut(text)
    text = GLUED_STOP.sub(". ", text)
    text = GLUED_COMMA.sub(", ", text)
    text = RANK_STOP.sub(r"\1 ", text)
    text = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)
    text = _capitals_undone(text)
    text = LOWER_NAME.sub(lambda m: m.group(1).capitalize(), text)
    text = LOWER_WEEKDAY.sub(lambda m: m.group(1).capitalize(), text)
    text = LOWER_OPENING.sub(
        lambda m: m.group(1) if DEGREES_BEFORE.search(text, 0, m.start()) else m.group(1).upper(), text
    )
    return _units_cased(text)


def _asides_cut(text: str) -> str:
    while opening := ASIDE_OPENING.search(text):
        end = _headline_end(text, opening.end())
        text = text[: opening.start()] + text[end:]
    return text


def _headline_end(text: str, start: int) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    last_capital = None
    for word in re.finditer(r"[\w.'-]+", text[start:line_end]):
        token = word.group(0)
        if token[0].isupper():
            last_capital = start + word.start()
        elif token[0].islower() and token not in HEADLINE_JOINERS:
            return last_capital if last_capital is not None else line_end
    return line_end


def _capitals_undone(text: str) -> str:
    """A passage of four or more words in capitals, ordinary case: names capitalised, the rest in lower case."""
    return re.sub(r"(?:\b[A-Z][A-Z'.-]*[A-Z]\b[^a-z\n]*){4,}", _ordinary_case, text)


def _ordinary_case(run: re.Match) -> str:
    def word(m: re.Match) -> str:
        token = m.group(0)
        if token in ACRONYMS or len(token) < 2:
            return token
        lower = token.lower()
        return lower if lower in ORDINARY else token.capitalize()

    return re.sub(r"[A-Za-z]+", word, run.group(0))


@lru_cache(maxsize=1)
def _unit_name_re() -> re.Pattern:
    names = {n for n in (*gazetteer().by_name,) if re.match(rf"(?:{UNIT_TYPES})\s", n)}
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w./])((?:{CHIEF_OR_SEAT})?)({alternation})(?![\w]|\.\w)", re.I)


def _units_cased(text: str) -> str:
    """Units in lower case or capitals ("polres lampung timur", "KAPOLRES BATANG"), in the gazetteer's case."""

    def cased(m: re.Match) -> str:
        written = m.group(0)
        if not (written.islower() or written.isupper()):
            return written
        unit = gazetteer().lookup(re.sub(r"\s+", " ", m.group(2)))
        if unit is None:
            return written
        name = next((n for n in _spellings(unit.unit_id) if n.lower() == re.sub(r"\s+", " ", m.group(2)).lower()), "")
        if not name:
            return written
        prefix = m.group(1)
        return (prefix.capitalize() + name[0].lower() + name[1:]) if prefix else name

    return _unit_name_re().sub(cased, text)


@cache
def _spellings(unit_id: str) -> tuple[str, ...]:
    g = gazetteer()
    return (g.units[unit_id].name, *(a for a, ids in g.aliases.items() if unit_id in ids))


def as_in_story(sentence: str, *originals: str | None) -> str:
    """A sentence read from the tidied text, as the story printed it: the piece of an original with the same letters
    and digits in the same order (tidying changes only case, spaces and marks), with the marks that open or close
    it; the sentence itself when no original holds it (a headline run in was cut from its middle)."""
    wanted = _skeleton(sentence)[0]
    if not wanted:
        return sentence
    for original in filter(None, originals):
        letters, where = _skeleton(original)
        if letters == wanted:
            return original  # the whole of it: a headline
        at = letters.find(wanted)
        if at < 0:
            continue
        start, end = where[at], where[at + len(wanted) - 1] + 1
        head = sentence[: len(sentence) - len(sentence.lstrip("\"'“(["))]
        tail = sentence[len(sentence.rstrip(".!?\"'”)]")) :]
        start -= len(head) if original[:start].endswith(head) else 0
        end += len(tail) if original.startswith(tail, end) else 0
        return original[start:end]
    return sentence


@lru_cache(maxsize=8)
def _skeleton(text: str) -> tuple[str, tuple[int, ...]]:
    """The text's letters and digits in lower case, and where each stands in the text."""
    kept = [(i, c.lower()) for i, c in enumerate(text) if c.isalnum() and len(c.lower()) == 1]
    return "".join(c for _, c in kept), tuple(i for i, _ in kept)
