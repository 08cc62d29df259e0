"""Outlet configuration: what the spiders know about each outlet, as data.

Every fact here is a lead from public scraper code and documentation (see the
`source` notes); none was checked against the live sites from this project's
machines. The spiders prefer what a site declares itself (robots.txt sitemaps,
feeds, JSON-LD, OpenGraph, canonical links) and fall back to these patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT}


@dataclass(frozen=True)
class Selectors:
    """CSS selectors for the outlet's article layout, most specific first.

    The extractor tries these as a fast path and falls back to trafilatura
    when a page does not match (old layouts, redesigns).
    """

    title: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    # Elements inside the body that are never article text.
    boilerplate: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outlet:
    """One news outlet: its hosts, where new stories are listed, what articles look like."""

    key: str  # short id, also the `outlets.key` column in the archive
    name: str
    hosts: dict[str, str]  # host -> time zone name (WIB/WITA/WIT)
    article_pattern: str  # regex on the URL path of an article page
    feeds: tuple[str, ...] = ()  # paths of RSS feeds, per host
    listings: tuple[str, ...] = ()  # paths of "latest news" listing pages, per host
    sitemaps: tuple[str, ...] = ()  # extra sitemap paths, besides those robots.txt declares
    search: str | None = None  # search path template with {query} and {page}
    selectors: Selectors = field(default_factory=Selectors)
    # Lines that the outlet adds to every story and that are not the story.
    boilerplate_lines: tuple[str, ...] = ()
    # Prefix the outlet puts before its title in <title>/og:title, or a tail after it.
    title_noise: tuple[str, ...] = ()
    source: str = ""

    def zone(self, host: str):
        return ZONES[self.hosts.get(host, next(iter(self.hosts.values())))]

    def is_article(self, path: str) -> bool:
        return re.search(self.article_pattern, path) is not None


# ANTARA's regional portals and their time zones (OUTLETS.md, checked against
# each portal's own "WIB/WITA/WIT" date suffix in public scraper fixtures).
ANTARA_PORTALS = {
    "WIB": "aceh sumut sumbar riau kepri jambi bengkulu sumsel babel lampung banten "
    "megapolitan jabar jateng jogja jatim kalbar kalteng",
    "WITA": "bali mataram kupang kalsel kaltim kaltara makassar sulteng sultra gorontalo manado",
    "WIT": "ambon papua papuabarat",
}

ANTARA_HOSTS = {"www.antaranews.com": "WIB"} | {
    f"{portal}.antaranews.com": zone for zone, portals in ANTARA_PORTALS.items() for portal in portals.split()
}

# Common ANTARA boilerplate: the reporter/editor block, the copyright line and
# the notice against automated crawling that every page carries.
ANTARA_BOILERPLATE = (
    r"^Baca juga\s*:",
    r"^Pewarta\s*:",
    r"^Editor\s*:",
    r"^Copyright\s*©",
    r"^COPYRIGHT\s*©",
    r"^Dilarang keras mengambil konten",
)

ANTARA = Outlet(
    key="antara",
    name="ANTARA",
    hosts=ANTARA_HOSTS,
    article_pattern=r"^/berita/\d+/[\w-]+",
    feeds=("/rss/terkini.xml",),
    listings=("/terkini",),
    search="/search?q={query}&page={page}",
    selectors=Selectors(
        title=(".wrap__article-detail-title", "h1.post-title"),
        body=(".wrap__article-detail-content.post-content", "div.post-content.clearfix"),
        date=(".wrap__article-detail-info .list-inline-item.mr-2", "span.article-date"),
        section=(".breadcrumbs__item:nth-child(2)",),
        boilerplate=(
            ".baca-juga",
            "p.text-muted",
            ".adsbygoogle",
            "script",
            "style",
            ".ads",
            "figure",
            ".wrap__article-detail-share",
            ".tags",
        ),
    ),
    boilerplate_lines=ANTARA_BOILERPLATE,
    title_noise=(r"\s*-\s*ANTARA(\s+\w+)*( News)?(\s+\w+)*$",),
    source="URL, feed, search and selector facts: OUTLETS.md (public scraper code, late 2026)",
)

# Disway network portals share one platform (OUTLETS.md). No public code was
# found using a Disway feed, so discovery relies on robots.txt sitemaps and
# the index listing page.
TANGERANGEKSPRES = Outlet(
    key="tangerangekspres",
    name="TangerangEkspres",
    hosts={"tangerangekspres.disway.id": "WIB"},
    article_pattern=r"^/read/\d+/[\w-]+",
    feeds=("/rss",),
    listings=("/indeks",),
    search="/search/kata/?c={query}&page={page}",
    selectors=Selectors(
        title=("h1.text-black", "h1"),
        body=("div.post-content", "div.post-body"),
        date=(".date-article", "span.date"),
        section=(".breadcrumb li:nth-child(2)",),
        boilerplate=(
            ".baca-juga",
            ".ads",
            "script",
            "style",
            "figure",
            ".share",
            ".related-posts",
            ".tag-list",
        ),
    ),
    boilerplate_lines=(r"^Baca juga\s*:", r"^Sumber\s*:?\s*$", r"^Editor\s*:", r"^Reporter\s*:"),
    title_noise=(r"\s*-\s*tangerangekspres\.disway\.id.*$", r"\s*[-|]\s*Tangerang Ekspres.*$"),
    source="URL and layout facts: OUTLETS.md; feed path is a guess to confirm live",
)

OUTLETS = {o.key: o for o in (ANTARA, TANGERANGEKSPRES)}


def outlet_for_host(host: str) -> Outlet | None:
    for outlet in OUTLETS.values():
        if host in outlet.hosts:
            return outlet
    return None
