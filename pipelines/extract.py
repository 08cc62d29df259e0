"""Extract stage: an article page's HTML in, the article's fields out.

`extract_article` is a pure function. It reads what the page declares first
(JSON-LD, OpenGraph, canonical link), takes the body through the layout's own
selectors when the layout is known, and falls back to trafilatura for
layouts it does not know. Either way the text then loses what every news site
wraps around a story: "Baca juga" links, bylines, copyright and footer lines,
timestamp lists, teasers above the lede.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy
from datetime import UTC
from functools import lru_cache
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from itemadapter import ItemAdapter
from lxml import etree
from lxml.cssselect import CSSSelector
from scrapy.exceptions import DropItem

from crawler.outlets import WIB, Outlet, Selectors, outlet_for_host, selectors_for_host, site_of
from pipelines.dates import NUMERIC_DATE, WRITTEN_DATE, parse_iso, parse_printed_date, to_local_iso
from pipelines.urls import canonical_url

MIN_WORDS = 40  # below this the selector path missed the body; try trafilatura
MIN_ARTICLE_WORDS = 15  # below this a page holds a menu or a teaser, not a story
MIN_LEDE_WORDS = 12  # the first paragraph of a story is at least this long; shorter lines above it are teasers
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
# Day names, printed dates and zones: a line made only of these is a timestamp from a list of other stories.
WEEKDAY_WORDS = (
    r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
ENGLISH_MONTHS = {
    "january": "Januari", "february": "Februari", "march": "Maret", "may": "Mei", "june": "Juni",
    "july": "Juli", "august": "Agustus", "october": "Oktober", "december": "Desember",
}  # fmt: skip
# A dateline on a line of its own ("Jakarta -", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --").
DATELINE_END = re.compile(r"(\s[-–—]{1,2}|--)$")
TITLE_SEPARATOR = re.compile(r"\s+(?:\||::|:|-|–|—)\s+")
BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article aside header footer figure "
    "figcaption table tr pre hr form nav".split()
)
SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "button", "select", "svg"))


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
        found = [el for el in _css(selector)(tree) if el.text_content().strip()]
        if found:
            return found[-1] if "list-inline-item" in selector else found[0]
    return None


def _text(el) -> str:
    return " ".join(el.text_content().split()) if el is not None else ""


def _selected(tree, selectors) -> str | None:
    """The text the first matching selector names: a <meta>'s content, a `[datetime]`'s attribute,
    else the element's text (the last .list-inline-item, as ANTARA puts the date last)."""
    for selector in selectors:
        attr = "datetime" if selector.endswith("[datetime]") else None
        values = []
        for el in _css(selector)(tree):
            value = el.get("content") if el.tag == "meta" else el.get(attr) if attr else el.text_content()
            if value and value.strip():
                values.append(" ".join(value.split()))
        if values:
            return values[-1] if "list-inline-item" in selector else values[0]
    return None


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


def _ld_text(ld: dict, key: str) -> str | None:
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
    names = [site_of(host), _meta(tree, "og:site_name", "application-name") or ""]
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


def _clean_title(title: str | None, tree, host: str, outlet: Outlet | None, ld: dict) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    for pattern in outlet.title_noise if outlet else ():
        title = re.sub(pattern, "", title)
    title = _strip_site_name(title, _brands(tree, host, ld))
    # The page's own headline element, when it is the title without the site's additions
    # ("Kapanlagi.com: Musik - X" declared, "X" printed).
    for heading in tree.xpath("//h1|//h2"):
        text = _text(heading)
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


def _printed_date(text: str | None, local_tz):
    """A printed date, as Indonesian and English pages print them ("Jumat , 17 February 2017, 13:16 WIB")."""
    return parse_printed_date(_normalise_printed(text), local_tz) if text else None


def _has_time(text: str) -> bool:
    text = _normalise_printed(text)
    m = WRITTEN_DATE.search(text) or NUMERIC_DATE.search(text)
    return bool(m and m.group(4))


def _is_link_text(el) -> bool:
    """All of the element's text sits in links: a list entry pointing at a story, not a headline."""
    return " ".join("".join(el.xpath("descendant-or-self::a//text()")).split()) == _text(el)


def _date_near_headline(tree, title: str | None) -> str | None:
    """The date printed next to the headline: the nearest short element, before or after it, that
    holds a date with a time. Lists of other stories print dates too, but further away."""
    if not title or tree.body is None:
        return None
    elements = [el for el in tree.body.iter() if isinstance(el.tag, str) and el.tag not in SKIP_TAGS]
    wanted = title.lower()

    def is_headline(el, exact: bool) -> bool:
        text = _text(el).lower()
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
                if len(_text(found)) <= 120 and _has_time(_text(found)):
                    # The innermost element holding the date, without share buttons or bylines next to it.
                    for inner in found.iterdescendants():
                        if isinstance(inner.tag, str) and _has_time(_text(inner)):
                            found = inner
                    return _text(found)
    return None


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


def _body_lines(body, selectors: Selectors) -> list[str]:
    body = deepcopy(body)
    for selector in selectors.boilerplate:
        for el in _css(selector)(body):
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


def _clean_lines(lines, patterns: tuple[str, ...], title: str | None = None) -> list[str]:
    noise = _line_filter(patterns)
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


def _trafilatura_lines(html: str, url: str) -> list[str]:
    extracted = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    return (extracted or "").splitlines()


def _byline(page_text: str, label: str) -> str | None:
    m = re.search(rf"\b{label}\s*:\s*([^\n:]{{2,80}}?)\s*(?:\n|$|Editor\s*:|Pewarta\s*:|Reporter\s*:)", page_text)
    return m.group(1).strip(" |,;") if m else None


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def extract_article(html: str, url: str, outlet: Outlet | None = None) -> dict:
    """The article fields of one page. Raises ExtractionError when there is no article."""
    if not html or not html.strip():
        raise ExtractionError("empty page")
    # Control characters are not text and lxml refuses them wherever they end up (a tail moved by drop_tree).
    html = CONTROL_CHARS.sub("", html)
    host = urlsplit(url).netloc
    outlet = outlet or outlet_for_host(host)
    selectors = outlet.selectors if outlet else (selectors_for_host(host) or GENERIC_SELECTORS)
    local_tz = outlet.zone(host) if outlet else WIB
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc

    ld = _jsonld_articles(tree)
    ld0 = ld[0] if ld else {}
    patterns = GENERIC_BOILERPLATE + (outlet.boilerplate_lines if outlet else ())

    # Byline blocks ("Pewarta: X", "Penulis: X", "Editor: Y") sit in the page, often in the body.
    # The layout's own author element first, then byline blocks.
    reporter = _selected(tree, selectors.author) if selectors else None
    editor = None
    for block in tree.xpath(
        "//*[contains(text(), 'Pewarta') or contains(text(), 'Editor') or contains(text(), 'Reporter')"
        " or contains(text(), 'Penulis')]"
    ):
        block_text = block.text_content()
        reporter = (
            reporter
            or _byline(block_text, "Pewarta")
            or _byline(block_text, "Reporter")
            or _byline(block_text, "Penulis")
        )
        editor = editor or _byline(block_text, "Editor")

    # Title: the layout's headline element, then what the page declares.
    title = printed_date = section = None
    body = None
    if selectors:
        title = _text(_first(tree, selectors.title)) or None
        printed_date = _selected(tree, selectors.date)
        section = _text(_first(tree, selectors.section)) or None
        body = _first(tree, selectors.body)
    title = _clean_title(
        title or _ld_text(ld0, "headline") or _meta(tree, "og:title", "twitter:title") or _text(tree.find(".//title")),
        tree,
        host,
        outlet,
        ld0,
    )

    lines: list[str] = []
    method = "trafilatura"
    if body is not None:
        lines = _clean_lines(_body_lines(body, selectors), patterns, title)
        method = "selectors"
    if _words(lines) < MIN_WORDS:
        # The selectors missed the body, or the story is short: trafilatura's reading of the page
        # wins only when it finds clearly more than the layout's body.
        fallback = _clean_lines(_trafilatura_lines(html, url), patterns, title)
        if _words(fallback) >= 1.5 * _words(lines):
            lines, method = fallback, "trafilatura"
    words = _words(lines)
    if words < MIN_ARTICLE_WORDS:
        raise ExtractionError(f"no article text found ({words} words)")
    text = "\n".join(lines)

    printed_date = printed_date or _date_near_headline(tree, title)
    # Machine-readable times without an offset are local time, except where the platform writes UTC.
    machine_tz = UTC if outlet and outlet.naive_times_utc else local_tz
    published = (
        parse_iso(ld0.get("datePublished"), machine_tz)
        or parse_iso(_meta(tree, "article:published_time"), machine_tz)
        # A layout's machine-readable date (a pubdate meta, a <time datetime>), else the printed one.
        or (parse_iso(printed_date, machine_tz) if printed_date and ISO_DATE.match(printed_date) else None)
        or _printed_date(printed_date, local_tz)
        or parse_iso(_meta(tree, "datePublished", "pubdate"), machine_tz)
        or parse_iso(next(iter(tree.xpath('//*[@itemprop="datePublished"]/@datetime')), None), machine_tz)
    )
    if published is None:
        try:
            found = trafilatura.metadata.extract_metadata(tree, default_url=url)
        except ValueError:  # lxml refuses the control characters some pages hold ("\x1f"); no date then
            found = None
        published = parse_iso(found.date, machine_tz) if found and found.date else None
    modified = parse_iso(ld0.get("dateModified"), machine_tz) or parse_iso(
        _meta(tree, "article:modified_time"), machine_tz
    )

    authors = _names(ld0.get("author"))
    keywords = ld0.get("keywords") if isinstance(ld0.get("keywords"), list) else _ld_text(ld0, "keywords")
    keywords = keywords or _meta(tree, "keywords", "news_keywords") or ""
    tags = keywords if isinstance(keywords, list) else [k.strip() for k in keywords.split(",")]
    tags = [t for t in tags if str(t).strip()] or tree.xpath('//meta[@property="article:tag"]/@content')
    image = ld0.get("image")
    if isinstance(image, dict):
        image = image.get("url")
    elif isinstance(image, list):
        image = image[0].get("url") if image and isinstance(image[0], dict) else (image[0] if image else None)

    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    try:
        article_url = canonical_url(url, canonical[0] if canonical else None)
    except ValueError:  # a malformed declared URL ("http://[::1"): the fetched one stands
        article_url = canonical_url(url)
    return {
        "url": article_url,
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
        "language": (tree.get("lang") or _ld_text(ld0, "inLanguage") or "id").split("-")[0].lower(),
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
        # The page kept is now the crawl's, whatever WARC file an earlier version came from.
        article["source"] = "crawl"
        page["article"] = article
        self.stats.inc_value(f"articles/extracted/{article['extraction_method']}")
        if article["published_at"] is None:
            self.stats.inc_value("articles/missing/published_at")
        return item
