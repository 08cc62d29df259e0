"""A story's body as lines of text: an element's blocks as the reader sees them, the layout's boilerplate
removed, the lines every news site wraps around a story dropped (links to other stories, bylines,
footers, timestamp lists, teasers above the lede), datelines joined to their paragraph; trafilatura's
reading where the layout is not known. Pure functions, used by the extract stage.
"""

from __future__ import annotations

import re
from copy import deepcopy
from functools import lru_cache

import trafilatura

from crawler.outlets import Selectors
from pipelines.dates import NUMERIC_DATE, WRITTEN_DATE
from pipelines.page_markup import SKIP_TAGS, css

MIN_LEDE_WORDS = 12  # the first paragraph of a story is at least this long; shorter lines above it are teasers
# Day names, printed dates and zones: a line made only of these is a timestamp from a list of other stories.
WEEKDAY_WORDS = (
    r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# A dateline on a line of its own ("Jakarta -", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --").
DATELINE_END = re.compile(r"(\s[-–—]{1,2}|--)$")
BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article aside header footer figure "
    "figcaption table tr pre hr form nav".split()
)


@lru_cache(maxsize=64)
def line_filter(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# --- body ------------------------------------------------------------------------


def _block_lines(root) -> list[str]:
    """The text of an element as the reader sees its blocks: one line per paragraph, <br>-separated
    run or heading. Lines made only of link text (lists of other stories) are left out."""
    lines: list[list] = [[]]  # each line: [(text, in_link), ...]

    def newline():
        if lines[-1]:
            lines.append([])

    def walk(el, in_link: bool):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is not None and tag not in SKIP_TAGS:
            block = tag in BLOCK_TAGS
            link = in_link or tag == "a"
            if block:
                newline()
            if el.text:
                lines[-1].append((el.text, link))
            for child in el:
                walk(child, link)
            if block:
                newline()
        if el.tail:
            lines[-1].append((el.tail, in_link))

    if root.text:
        lines[-1].append((root.text, False))
    for child in root:
        walk(child, False)
    out = []
    for parts in lines:
        text = " ".join("".join(t for t, _ in parts).split())
        if text and any(t.strip() for t, link in parts if not link):
            out.append(text)
    return out


def body_lines(body, selectors: Selectors) -> list[str]:
    body = deepcopy(body)
    for selector in selectors.boilerplate:
        for el in css(selector)(body):
            if el is not body:  # the body itself matching a boilerplate selector stays: it was chosen as the body
                el.drop_tree()
    return _block_lines(body)


def _is_timestamp(line: str) -> bool:
    """ "- Kamis, 05/11/2015 09:25 WIB": a date and nothing else."""
    if not (WRITTEN_DATE.search(line) or NUMERIC_DATE.search(line)):
        return False
    rest = WRITTEN_DATE.sub(" ", line)
    rest = NUMERIC_DATE.sub(" ", rest)
    rest = re.sub(rf"\b({WEEKDAY_WORDS}|WIB|WITA|WIT|pukul)\b", " ", rest, flags=re.IGNORECASE)
    return not re.search(r"[^\W\d_]{2,}", rest)


def clean_lines(lines, patterns: tuple[str, ...], title: str | None = None) -> list[str]:
    noise = line_filter(patterns)
    wanted = (title or "").lower()
    kept = []
    for line in (" ".join(ln.split()) for ln in lines):
        if not line or noise.search(line) or _is_timestamp(line) or line.lower() == wanted:
            continue
        if not re.search(r"[^\W\d_]", line):  # "-", "01", "|": list numbering and separators
            continue
        kept.append(line)
    return _join_datelines(_drop_teasers(kept))


def _drop_teasers(lines: list[str]) -> list[str]:
    """Short lines above the lede are labels, breadcrumbs and teasers ("Headline", "Home >",
    a one-line pitch of another story), except a dateline that opens the story."""
    lede = next((i for i, line in enumerate(lines) if len(line.split()) >= MIN_LEDE_WORDS), 0)
    return [line for i, line in enumerate(lines) if i >= lede or DATELINE_END.search(line)]


def _join_datelines(lines: list[str]) -> list[str]:
    """ "Jakarta -" on a line of its own belongs to the paragraph after it."""
    out: list[str] = []
    for line in lines:
        if out and DATELINE_END.search(out[-1]) and len(out[-1].split()) <= 8:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def trafilatura_lines(html: str, url: str) -> list[str]:
    extracted = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    return (extracted or "").splitlines()


def byline(page_text: str, label: str) -> str | None:
    m = re.search(rf"\b{label}\s*:\s*([^\n:]{{2,80}}?)\s*(?:\n|$|Editor\s*:|Pewarta\s*:|Reporter\s*:)", page_text)
    return m.group(1).strip(" |,;") if m else None


def word_count(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)
