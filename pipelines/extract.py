"""Extract stage: an article page's HTML in, the article's fields out.

`extract_article` is a pure function. It reads what the page declares first
(JSON-LD, OpenGraph, canonical link), takes the body through the outlet's own
selectors when the layout is known, and falls back to trafilatura for
layouts it does not know. The outlet's boilerplate lines ("Baca juga: ...",
"Pewarta: ... Editor: ...") are dropped either way.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from itemadapter import ItemAdapter
from lxml import etree
from lxml.cssselect import CSSSelector
from scrapy.exceptions import DropItem

from crawler.outlets import WIB, Outlet, outlet_for_host
from pipelines.dates import parse_iso, parse_printed_date, to_local_iso
from pipelines.urls import canonical_url

MIN_WORDS = 40  # below this the selector path missed the body; try trafilatura
MIN_ARTICLE_WORDS = 15  # below this a page holds a menu or a teaser, not a story
GENERIC_BOILERPLATE = (
    r"^Baca juga\s*:",
    r"^Baca Juga\s",
    r"^(Pewarta|Editor|Reporter|Penulis|Sumber)\s*:\s*\S{0,60}$",
    r"^Copyright\s*©",
    r"^Simak (berita|breaking news|juga)",
)


class ExtractionError(ValueError):
    """The page holds no article we can read; the message says why."""


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


@lru_cache(maxsize=64)
def _line_filter(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _first(tree, selectors) -> etree._Element | None:
    for selector in selectors:
        found = _css(selector)(tree)
        if found:
            return found[-1] if "list-inline-item" in selector else found[0]
    return None


def _text(el) -> str:
    return " ".join(el.text_content().split()) if el is not None else ""


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def _jsonld_articles(tree) -> list[dict]:
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


def _names(value) -> list[str]:
    """Person names from a JSON-LD author/editor value (string, object or list)."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _strip_title(title: str | None, outlet: Outlet | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    for pattern in outlet.title_noise if outlet else ():
        title = re.sub(pattern, "", title)
    return title.strip() or None


def _body_paragraphs(body, outlet: Outlet) -> list[str]:
    for selector in outlet.selectors.boilerplate:
        for el in _css(selector)(body):
            el.drop_tree()
    paragraphs = body.xpath(".//p")
    if paragraphs:
        return [_text(p) for p in paragraphs]
    return [" ".join(line.split()) for line in body.text_content().splitlines()]


def _clean_lines(lines, patterns: tuple[str, ...]) -> list[str]:
    noise = _line_filter(patterns)
    return [line for line in (ln.strip() for ln in lines) if line and not noise.search(line)]


def _byline(page_text: str, label: str) -> str | None:
    m = re.search(rf"\b{label}\s*:\s*([^\n:]{{2,80}}?)\s*(?:\n|$|Editor\s*:|Pewarta\s*:|Reporter\s*:)", page_text)
    return m.group(1).strip(" |,;") if m else None


def extract_article(html: str, url: str, outlet: Outlet | None = None) -> dict:
    """The article fields of one page. Raises ExtractionError when there is no article."""
    if not html or not html.strip():
        raise ExtractionError("empty page")
    host = urlsplit(url).netloc
    outlet = outlet or outlet_for_host(host)
    local_tz = outlet.zone(host) if outlet else WIB
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc

    ld = _jsonld_articles(tree)
    ld0 = ld[0] if ld else {}
    patterns = GENERIC_BOILERPLATE + (outlet.boilerplate_lines if outlet else ())

    # Byline blocks ("Pewarta: X", "Editor: Y") sit in the page, often in the body.
    reporter = editor = None
    for block in tree.xpath(
        "//*[contains(text(), 'Pewarta') or contains(text(), 'Editor') or contains(text(), 'Reporter')]"
    ):
        block_text = block.text_content()
        reporter = reporter or _byline(block_text, "Pewarta") or _byline(block_text, "Reporter")
        editor = editor or _byline(block_text, "Editor")

    # Title: the outlet's headline element, then what the page declares.
    title = None
    printed_date = section = None
    lines: list[str] = []
    method = "trafilatura"
    if outlet:
        title = _text(_first(tree, outlet.selectors.title)) or None
        printed_date = _text(_first(tree, outlet.selectors.date)) or None
        section = _text(_first(tree, outlet.selectors.section)) or None
        body = _first(tree, outlet.selectors.body)
        if body is not None:
            lines = _clean_lines(_body_paragraphs(body, outlet), patterns)
            method = "selectors"
    title = _strip_title(
        title or ld0.get("headline") or _meta(tree, "og:title") or _text(tree.find(".//title")), outlet
    )

    if sum(len(line.split()) for line in lines) < MIN_WORDS:
        method = "trafilatura"
        extracted = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
        )
        lines = _clean_lines((extracted or "").splitlines(), patterns)
    words = sum(len(line.split()) for line in lines)
    if words < MIN_ARTICLE_WORDS:
        raise ExtractionError(f"no article text found ({words} words)")
    text = "\n".join(lines)

    published = (
        parse_iso(ld0.get("datePublished"), local_tz)
        or parse_iso(_meta(tree, "article:published_time", "datePublished", "pubdate"), local_tz)
        or parse_printed_date(printed_date, local_tz)
    )
    if published is None:
        found = trafilatura.metadata.extract_metadata(tree, default_url=url) if method == "trafilatura" else None
        published = parse_iso(found.date, local_tz) if found and found.date else None
    modified = parse_iso(ld0.get("dateModified"), local_tz) or parse_iso(_meta(tree, "article:modified_time"), local_tz)

    authors = _names(ld0.get("author"))
    keywords = ld0.get("keywords") or _meta(tree, "keywords", "news_keywords") or ""
    tags = keywords if isinstance(keywords, list) else [k.strip() for k in keywords.split(",")]
    tags = tags or tree.xpath('//meta[@property="article:tag"]/@content')
    image = ld0.get("image")
    if isinstance(image, dict):
        image = image.get("url")
    elif isinstance(image, list):
        image = image[0].get("url") if image and isinstance(image[0], dict) else (image[0] if image else None)

    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    return {
        "url": canonical_url(url, canonical[0] if canonical else None),
        "fetched_url": url,
        "outlet": outlet.key if outlet else None,
        "host": host,
        "title": title,
        "published_at": to_local_iso(published, local_tz),
        "published_text": printed_date,
        "modified_at": to_local_iso(modified, local_tz),
        "reporter": reporter or (authors[0] if authors else None),
        "editor": editor or (_names(ld0.get("editor")) or [None])[0],
        "section": section or ld0.get("articleSection") or _meta(tree, "article:section"),
        "tags": [t for t in (str(t).strip() for t in tags) if t],
        "image_url": image or _meta(tree, "og:image"),
        "description": ld0.get("description") or _meta(tree, "og:description", "description"),
        "language": (tree.get("lang") or ld0.get("inLanguage") or "id").split("-")[0].lower(),
        "text": text,
        "word_count": len(text.split()),
        "extraction_method": method,
    }


class ExtractPipeline:
    """Fills `item["article"]` from the raw page; drops pages with no article."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        page = ItemAdapter(item)
        try:
            article = extract_article(page["html"], page["url"])
        except ExtractionError as exc:
            reason = str(exc).split(":")[0].split("(")[0].strip().replace(" ", "_")
            self.stats.inc_value(f"articles/dropped/{reason}")
            raise DropItem(f"{exc}: {page['url']}") from exc
        article["fetched_at"] = page.get("fetched_at")
        article["outlet"] = article["outlet"] or page.get("outlet")
        page["article"] = article
        self.stats.inc_value(f"articles/extracted/{article['extraction_method']}")
        if article["published_at"] is None:
            self.stats.inc_value("articles/missing/published_at")
        return item
