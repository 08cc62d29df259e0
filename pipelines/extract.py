"""Extract stage: an article page's HTML in, the article's fields out.

`extract_article` is a pure function. It reads what the page declares first
(JSON-LD, OpenGraph, canonical link), takes the body through the layout's own
selectors when the layout is known, and falls back to trafilatura for
layouts it does not know. Either way the text then loses what every news site
wraps around a story: "Baca juga" links, bylines, copyright and footer lines,
timestamp lists, teasers above the lede.
"""

from __future__ import annotations

import re
from datetime import UTC
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from itemadapter import ItemAdapter
from lxml import etree
from scrapy.exceptions import DropItem

from crawler.outlets import WIB, Outlet, Selectors, outlet_for_host, selectors_for_host
from pipelines.dates import parse_iso, to_local_iso
from pipelines.page_body import body_lines, byline, clean_lines, trafilatura_lines, word_count
from pipelines.page_markup import (
    clean_title,
    date_near_headline,
    first_match,
    jsonld_articles,
    ld_text,
    meta_content,
    person_names,
    printed_date_of,
    selected_text,
    text_of,
)
from pipelines.refused import refusal_reason
from pipelines.urls import canonical_url

MIN_WORDS = 40  # below this the selector path missed the body; try trafilatura
MIN_ARTICLE_WORDS = 15  # below this a page holds a menu or a teaser, not a story
GENERIC_BOILERPLATE = (
    # Links to other stories, wherever the site puts them.
    r"^(Baca|Lihat|Simak)\s+(juga|pula)\b",
    r"^Baca\s*:",
    r"^Simak (berita|breaking news|juga)",
    r"^(Baca juga|Berita terkait|Berita lainnya|Artikel terkait|Jangan lewatkan|Rekomendasi|Terpopuler|Tags?)[\s:!.]*$",
    r"^(Simak|Baca|Lihat)\b.{0,40}\b(lainnya|selengkapnya)\W*$",
    # Bylines on a line of their own.
    r"^(Pewarta|Editor|Reporter|Penulis|Sumber|Fotografer|Kontributor)\s*:\s*.{0,60}$",
    # Copyright and footer lines: "© 2007 - 2015 okezone.com", "Copyright @ 2026 Media Group ...".
    r"^(©|\(c\)\s|copyright\b)",
    r"^(?=.{0,200}$).*©",  # photo credits: "... di rumahnya © Instagram.com"
    r"\ball rights reserved\b",
    r"\bhak cipta dilindungi\b",
    r"^Redaksi berhak\b",
    r"^Disclaimer\s*:",
    r"\bKomentar (adalah|menjadi) tanggung ?jawab\b",
    r"^Cek berita dan artikel",
    r"^Informasi pemasangan iklan",
    r"^(Redaksi|hubungi)\s*:\s*\S+\[at\]",
    r"^Load more\b",
    r"^[—–-]\s.*\(@\w+\)",  # the attribution line of an embedded tweet
    r"\bFoto\s*:\s*[^.:]{1,60}$",  # photo captions left in the body: "... Joey Alexander. Foto: Grammy"
)
# A machine-readable date where a layout's date selector names one (a pubdate meta, a <time datetime>).
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
# Schema.org microdata marks the body on many sites whose layout is not known here.
GENERIC_SELECTORS = Selectors(
    body=('[itemprop="articleBody"]',),
    boilerplate=("script", "style", "figure", "blockquote.twitter-tweet", "blockquote.instagram-media", "table"),
)


class ExtractionError(ValueError):
    """The page holds no article we can read; the message says why."""


# Elements whose first text node names a byline label, as `//*[contains(text(), 'Pewarta') or ...]` finds them
# (text() as a string is the first text node), but reading each element's first text node once, not four times.
BYLINE_BLOCKS = etree.XPath(
    "//text()[1][contains(., 'Pewarta') or contains(., 'Editor') or contains(., 'Reporter') or contains(., 'Penulis')]/.."
)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters one by one: looking for each ("in") is ten times cheaper than the pattern's scan of a
# whole page, and most pages hold none of them.
CONTROL_CHAR_LIST = tuple(c for c in map(chr, range(128)) if CONTROL_CHARS.match(c))


def extract_article(html: str, url: str, outlet: Outlet | None = None) -> dict:
    """The article fields of one page. Raises ExtractionError when there is no article."""
    if not html or not html.strip():
        raise ExtractionError("empty page")
    # Control characters are not text and lxml refuses them wherever they end up (a tail moved by drop_tree).
    if any(c in html for c in CONTROL_CHAR_LIST):
        html = CONTROL_CHARS.sub("", html)
    host = urlsplit(url).netloc
    outlet = outlet or outlet_for_host(host)
    selectors = outlet.selectors if outlet else (selectors_for_host(host) or GENERIC_SELECTORS)
    local_tz = outlet.zone(host) if outlet else WIB
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    ld = (jsonld_articles(tree) or [{}])[0]

    # Pass 1: the layout's own elements, then what the page declares.
    reporter, editor = _bylines(tree, selectors)
    title = printed_date = section = body = None
    if selectors:
        title = text_of(first_match(tree, selectors.title)) or None
        printed_date = selected_text(tree, selectors.date)
        section = text_of(first_match(tree, selectors.section)) or None
        body = first_match(tree, selectors.body)
    declared = ld_text(ld, "headline") or meta_content(tree, "og:title", "twitter:title")
    title = clean_title(title or declared or text_of(tree.find(".//title")), tree, host, outlet, ld)
    # Pass 2: the story's text.
    patterns = GENERIC_BOILERPLATE + (outlet.boilerplate_lines if outlet else ())
    lines, method = _story_lines(html, url, body, selectors, patterns, title)
    text = "\n".join(lines)
    # Pass 3: when it was published, and the rest of what the page declares.
    printed_date = printed_date or date_near_headline(tree, title)
    # Machine-readable times without an offset are local time, except where the platform writes UTC.
    machine_tz = UTC if outlet and outlet.naive_times_utc else local_tz
    published = _published(tree, url, ld, printed_date, machine_tz, local_tz)
    modified = parse_iso(ld.get("dateModified"), machine_tz) or parse_iso(
        meta_content(tree, "article:modified_time"), machine_tz
    )
    authors = person_names(ld.get("author"))
    return {
        "url": _declared_url(tree, url),
        "fetched_url": url,
        "outlet": outlet.key if outlet else None,
        "host": host,
        "title": title,
        "published_at": to_local_iso(published, local_tz),
        "published_text": printed_date,
        "modified_at": to_local_iso(modified, local_tz),
        "reporter": reporter or (authors[0] if authors else None),
        "editor": editor or (person_names(ld.get("editor")) or [None])[0],
        "section": section or ld.get("articleSection") or meta_content(tree, "article:section"),
        "tags": _tags(tree, ld),
        "image_url": _image(ld) or meta_content(tree, "og:image"),
        "description": ld.get("description") or meta_content(tree, "og:description", "description"),
        "language": (tree.get("lang") or ld_text(ld, "inLanguage") or "id").split("-")[0].lower(),
        "text": text,
        "word_count": len(text.split()),
        "extraction_method": method,
    }


def _bylines(tree, selectors: Selectors | None) -> tuple[str | None, str | None]:
    """Reporter and editor: the layout's own author element first, then byline blocks ("Pewarta: X",
    "Penulis: X", "Editor: Y"), which sit in the page, often in the body."""
    reporter = selected_text(tree, selectors.author) if selectors else None
    editor = None
    for block in BYLINE_BLOCKS(tree):
        block_text = block.text_content()
        reporter = (
            reporter or byline(block_text, "Pewarta") or byline(block_text, "Reporter") or byline(block_text, "Penulis")
        )
        editor = editor or byline(block_text, "Editor")
    return reporter, editor


def _story_lines(html: str, url: str, body, selectors, patterns: tuple[str, ...], title: str | None):
    """The story's lines and how they were read: the layout's body, or trafilatura's reading of the page
    when the selectors missed the body or found a short story and trafilatura finds clearly more."""
    lines: list[str] = []
    method = "trafilatura"
    if body is not None:
        lines = clean_lines(body_lines(body, selectors), patterns, title)
        method = "selectors"
    if word_count(lines) < MIN_WORDS:
        fallback = clean_lines(trafilatura_lines(html, url), patterns, title)
        if word_count(fallback) >= 1.5 * word_count(lines):
            lines, method = fallback, "trafilatura"
    words = word_count(lines)
    if words < MIN_ARTICLE_WORDS:
        raise ExtractionError(f"no article text found ({words} words)")
    return lines, method


def _published(tree, url: str, ld: dict, printed_date: str | None, machine_tz, local_tz):
    """The publication time: JSON-LD, OpenGraph, a layout's machine-readable date (a pubdate meta, a
    <time datetime>), the printed one, microdata; trafilatura's date finder last."""
    published = (
        parse_iso(ld.get("datePublished"), machine_tz)
        or parse_iso(meta_content(tree, "article:published_time"), machine_tz)
        or (parse_iso(printed_date, machine_tz) if printed_date and ISO_DATE.match(printed_date) else None)
        or printed_date_of(printed_date, local_tz)
        or parse_iso(meta_content(tree, "datePublished", "pubdate"), machine_tz)
        or parse_iso(next(iter(tree.xpath('//*[@itemprop="datePublished"]/@datetime')), None), machine_tz)
    )
    if published is None:
        try:
            found = trafilatura.metadata.extract_metadata(tree, default_url=url)
        except ValueError:  # lxml refuses the control characters some pages hold ("\x1f"); no date then
            found = None
        published = parse_iso(found.date, machine_tz) if found and found.date else None
    return published


def _tags(tree, ld: dict) -> list[str]:
    keywords = ld.get("keywords") if isinstance(ld.get("keywords"), list) else ld_text(ld, "keywords")
    keywords = keywords or meta_content(tree, "keywords", "news_keywords") or ""
    tags = keywords if isinstance(keywords, list) else [k.strip() for k in keywords.split(",")]
    tags = [t for t in tags if str(t).strip()] or tree.xpath('//meta[@property="article:tag"]/@content')
    return [t for t in (str(t).strip() for t in tags) if t]


def _image(ld: dict) -> str | None:
    image = ld.get("image")
    if isinstance(image, dict):
        return image.get("url")
    if isinstance(image, list):
        return image[0].get("url") if image and isinstance(image[0], dict) else (image[0] if image else None)
    return image


def _declared_url(tree, url: str) -> str:
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    try:
        return canonical_url(url, canonical[0] if canonical else None)
    except ValueError:  # a malformed declared URL ("http://[::1"): the fetched one stands
        return canonical_url(url)


class ExtractPipeline:
    """Fills `item["article"]` from the raw page; drops pages with no article, saying why in `item["refused"]`."""

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
            self.stats.inc_value(f"articles/dropped/{refusal_reason(str(exc)).replace(' ', '_')}")
            # The store records the page as refused (pipelines/refused.py), so a re-run does not fetch it.
            page["refused"] = str(exc)
            raise DropItem(f"{exc}: {page['url']}") from exc
        article["fetched_at"] = page.get("fetched_at")
        article["outlet"] = article["outlet"] or page.get("outlet")
        # The page kept is now the crawl's, whatever WARC file an earlier version came from.
        article["source"] = "crawl"
        page["article"] = article
        self.stats.inc_value(f"articles/extracted/{article['extraction_method']}")
        if article["published_at"] is None:
            self.stats.inc_value("articles/missing/published_at")
        return item
