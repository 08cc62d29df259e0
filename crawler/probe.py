"""What `scrapy probe` reports per host: does the outlet's config still hold on the live site?

A probe is an ordinary crawl with `-a probe=N` (a few articles per host, first listing pages only)
and no archive: `HostProbe` watches one crawler's items and reads its per-host discovery counters
(`discovery/robots_txt/<host>`, `discovery/sitemap/<host>`, `discovery/feed/<host>`,
`discovery/listing/<host>`) when the spider closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from itemadapter import ItemAdapter
from scrapy import signals

# Extraction and classification only: a probe stores nothing.
PROBE_PIPELINES = {"pipelines.extract.ExtractPipeline": 100, "pipelines.classify.ClassifyPipeline": 200}
OFFSET = re.compile(r"(?:[+-]\d\d:\d\d|Z)$")


@dataclass
class HostRow:
    outlet: str
    host: str
    robots: bool = False
    sitemap: bool = False
    feed: bool = False
    listing: bool = False
    articles: int = 0
    selectors: int = 0  # extracted by the outlet's selectors
    fallback: int = 0  # extracted by trafilatura: the selectors missed
    dated: int = 0  # with a publication time and its offset
    awards: int = 0  # stories in which a Polri unit receives an award

    @property
    def status(self) -> str:
        """ok; CHECK when articles come only through the fallback or without dates; FAIL without articles."""
        if not self.articles:
            return "FAIL"
        if not self.selectors or self.dated < self.articles:
            return "CHECK"
        return "ok"


class HostProbe:
    """The rows of one crawler's hosts, filled from its items and, at the end, its stats."""

    def __init__(self, crawler, outlet: str, hosts: list[str]):
        self.crawler = crawler
        self.rows = {host: HostRow(outlet, host) for host in hosts}
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped, weak=False)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed, weak=False)

    def item_scraped(self, item):
        article = ItemAdapter(item).get("article") or {}
        row = self.rows.get(ItemAdapter(item).get("host"))
        if row is None:
            return
        row.articles += 1
        row.selectors += article.get("extraction_method") == "selectors"
        row.fallback += article.get("extraction_method") != "selectors"
        row.dated += bool(OFFSET.search(article.get("published_at") or ""))
        row.awards += article.get("award_role") == "received"

    def spider_closed(self, spider):
        stats = self.crawler.stats
        for host, row in self.rows.items():
            row.robots = bool(stats.get_value(f"discovery/robots_txt/{host}"))
            row.sitemap = bool(stats.get_value(f"discovery/sitemap/{host}"))
            row.feed = bool(stats.get_value(f"discovery/feed/{host}"))
            row.listing = bool(stats.get_value(f"discovery/listing/{host}"))


COLUMNS = ("outlet", "host", "robots.txt", "sitemap", "feed", "listing", "articles", "selectors", "fallback")
COLUMNS += ("dated", "award stories", "status")


def table(rows: list[HostRow]) -> str:
    """The probe's table, one line per host, in columns wide enough for their values."""

    def yes(flag: bool) -> str:
        return "yes" if flag else "no"

    lines = [COLUMNS] + [
        (
            r.outlet,
            r.host,
            yes(r.robots),
            yes(r.sitemap),
            yes(r.feed),
            yes(r.listing),
            str(r.articles),
            str(r.selectors),
            str(r.fallback),
            f"{r.dated}/{r.articles}",
            str(r.awards),
            r.status,
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in lines)


def failed_outlets(rows: list[HostRow]) -> list[str]:
    """The outlets none of whose probed hosts yielded an article."""
    outlets = dict.fromkeys(r.outlet for r in rows)
    return [o for o in outlets if not any(r.articles for r in rows if r.outlet == o)]
