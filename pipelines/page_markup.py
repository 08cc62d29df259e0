"""What a page declares and prints around its story, read from its markup: elements by CSS selector, meta
tags and JSON-LD, the headline as the title (without the site's name), the date printed near the headline.
Pure functions over an lxml tree, used by the extract stage.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.outlets import Outlet, site_of
from pipelines.dates import NUMERIC_DATE, WRITTEN_DATE, parse_printed_date

ENGLISH_MONTHS = {
    "january": "Januari", "february": "Februari", "march": "Maret", "may": "Mei", "june": "Juni",
    "july": "Juli", "august": "Agustus", "october": "Oktober", "december": "Desember",
}  # fmt: skip
TITLE_SEPARATOR = re.compile(r"\s+(?:\||::|:|-|–|—)\s+")
SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "button", "select", "svg"))


@lru_cache(maxsize=256)
def css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def first_match(tree, selectors) -> etree._Element | None:
    for selector in selectors:
        found = css(selector)(tree)
        # The first match with text (the last for .list-inline-item), reading no more text than that takes.
        for el in reversed(found) if "list-inline-item" in selector else found:
            if el.text_content().strip():
                return el
    return None


def text_of(el) -> str:
    return " ".join(el.text_content().split()) if el is not None else ""


def selected_text(tree, selectors) -> str | None:
    """The text the first matching selector names: a <meta>'s content, a `[datetime]`'s attribute,
    else the element's text (the last .list-inline-item, as ANTARA puts the date last)."""
    for selector in selectors:
        attr = "datetime" if selector.endswith("[datetime]") else None
        values = []
        for el in css(selector)(tree):
            value = el.get("content") if el.tag == "meta" else el.get(attr) if attr else el.text_content()
            if value and value.strip():
                values.append(" ".join(value.split()))
        if values:
            return values[-1] if "list-inline-item" in selector else values[0]
    return None


def meta_content(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def jsonld_articles(tree) -> list[dict]:
    """NewsArticle-like objects from every JSON-LD block, @graph included."""
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                stack.extend(node.get("@graph", []) if isinstance(node.get("@graph"), list) else [])
                kind = node.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(k in ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting") for k in kinds):
                    found.append(node)
    return found


def person_names(value) -> list[str]:
    """Person names from a JSON-LD author/editor value (string, object or list)."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [n for v in value for n in person_names(v)]
    return []


def ld_text(ld: dict, key: str) -> str | None:
    """A JSON-LD field meant as text; pages also put numbers, lists and objects there."""
    value = ld.get(key)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value if isinstance(value, str) else None


# --- title -----------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _brands(tree, host: str, ld: dict) -> set[str]:
    """How the site names itself, squashed: from the host, og:site_name and the JSON-LD publisher."""
    names = [site_of(host), meta_content(tree, "og:site_name", "application-name") or ""]
    publisher = ld.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    brands = set()
    for name in filter(None, names):
        brands.add(_squash(name))
        if "." in name and " " not in name.strip():
            brands.add(_squash(site_of(name.strip()).split(".")[0]))  # "lifestyle.okezone.com" -> "okezone"
    return {b for b in brands if len(b) >= 4}


def _strip_site_name(title: str, brands: set[str]) -> str:
    """Drop the site's name around a headline: "X - Kompas.com Regional", "X | Republika Online",
    "KapanLagi.com: X", "X - Health :: Okezone Lifestyle"."""
    for m in TITLE_SEPARATOR.finditer(title):
        tail = title[m.end() :]
        segments = TITLE_SEPARATOR.split(tail)
        if any(b in _squash(tail) for b in brands) and all(len(s.split()) <= 5 for s in segments):
            title = title[: m.start()]
            break
    m = re.match(r"^(\S[^:|]{1,40}?)\s*(?::|\s-|\s\|)\s+", title)
    if m and any(b in _squash(m.group(1)) for b in brands):
        title = title[m.end() :]
    return title.strip()


def clean_title(title: str | None, tree, host: str, outlet: Outlet | None, ld: dict) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    for pattern in outlet.title_noise if outlet else ():
        title = re.sub(pattern, "", title)
    title = _strip_site_name(title, _brands(tree, host, ld))
    # The page's own headline element, when it is the title without the site's additions
    # ("Kapanlagi.com: Musik - X" declared, "X" printed).
    for heading in tree.xpath("//h1|//h2"):
        text = text_of(heading)
        if text != title and len(text.split()) >= 3 and text in title and len(text) >= len(title) / 2:
            return text
    return title or None


# --- dates -----------------------------------------------------------------------


def _normalise_printed(text: str) -> str:
    """English month names, "04 November, 2015" and "2025 – 18:30" in the form pipelines.dates reads."""
    text = re.sub(r"[A-Za-z]+", lambda m: ENGLISH_MONTHS.get(m.group(0).lower(), m.group(0)), text)
    # JPNN prints "15 Januari 2025 – 18:30 WIB": the dash between date and time is no separator of ours.
    text = re.sub(r"(\d{4})\s*[–—-]\s*(\d\d?[:.]\d\d)", r"\1 \2", text.replace("|", " "))
    return re.sub(r"([A-Za-z]{3,}),\s*(\d{4})\b", r"\1 \2", text)


def printed_date_of(text: str | None, local_tz):
    """A printed date, as Indonesian and English pages print them ("Jumat , 17 February 2017, 13:16 WIB")."""
    return parse_printed_date(_normalise_printed(text), local_tz) if text else None


def _has_time(text: str) -> bool:
    text = _normalise_printed(text)
    m = WRITTEN_DATE.search(text) or NUMERIC_DATE.search(text)
    return bool(m and m.group(4))


def _is_link_text(el) -> bool:
    """All of the element's text sits in links: a list entry pointing at a story, not a headline."""
    return " ".join("".join(el.xpath("descendant-or-self::a//text()")).split()) == text_of(el)


def date_near_headline(tree, title: str | None) -> str | None:
    """The date printed next to the headline: the nearest short element, before or after it, that
    holds a date with a time. Lists of other stories print dates too, but further away."""
    if not title or tree.body is None:
        return None
    elements = [el for el in tree.body.iter() if isinstance(el.tag, str) and el.tag not in SKIP_TAGS]
    wanted = title.lower()

    def is_headline(el, exact: bool) -> bool:
        text = text_of(el).lower()
        if exact:
            return text == wanted
        # "In Picture: <title>": a label before the headline
        return text.endswith(wanted) and len(text) <= len(wanted) + 20

    headline = next((i for i, el in enumerate(elements) if el.tag == "h1" and is_headline(el, True)), None)
    if headline is None:
        headline = next(
            (
                i
                for i, el in enumerate(elements)
                if (is_headline(el, True) or is_headline(el, False)) and not _is_link_text(el)
            ),
            None,
        )
    if headline is None:
        return None
    for step in range(1, 16):
        for i in (headline + step, headline - step):
            if 0 <= i < len(elements):
                found = elements[i]
                if len(text_of(found)) <= 120 and _has_time(text_of(found)):
                    # The innermost element holding the date, without share buttons or bylines next to it.
                    for inner in found.iterdescendants():
                        if isinstance(inner.tag, str) and _has_time(text_of(inner)):
                            found = inner
                    return text_of(found)
    return None
