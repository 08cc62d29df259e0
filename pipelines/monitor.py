"""Monitor stage: per-host counts and field coverage, and warnings of layout changes.

Watches every stored article and, when the run ends, writes per host: article
links discovered, pages downloaded, articles extracted, and the share with a
title, a date, a real text, a known-layout extraction and an award role. A
host that used to yield articles and now yields none, or whose date coverage
drops, is flagged in the log and in the run's record (`crawl_runs.warnings`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from pathlib import Path

from itemadapter import ItemAdapter

logger = logging.getLogger(__name__)
MIN_ARTICLES = 5  # fewer articles than this say too little about coverage
SHORT_TEXT_WORDS = 80


def coverage_of(counts: dict) -> dict:
    n = counts.get("extracted", 0)
    share = {f: round(counts.get(f, 0) / n, 3) if n else None for f in ("title", "published_at", "text", "selectors")}
    return {k: counts.get(k, 0) for k in ("discovered", "downloaded", "extracted")} | share


def layout_warnings(now: dict[str, dict], before: dict[str, dict]) -> list[str]:
    """What this run's per-host coverage says, compared with the previous run's."""
    warnings = []
    for host in sorted(set(now) | set(before)):
        cur, prev = now.get(host, {}), before.get(host, {})
        if prev.get("discovered", 0) > 0 and cur.get("discovered", 0) == 0:
            warnings.append(
                f"{host}: no article links found (previous run found {prev['discovered']}): feed, sitemap or listing layout changed?"
            )
        if cur.get("downloaded", 0) >= 2 and cur.get("extracted", 0) == 0:
            warnings.append(
                f"{host}: {cur['downloaded']} article pages downloaded but none extracted: page layout changed?"
            )
        if cur.get("extracted", 0) >= MIN_ARTICLES:
            for field, label in (("published_at", "dates"), ("title", "titles"), ("text", "full texts")):
                missing = 1 - (cur.get(field) or 0)
                if missing > 0.10 and (prev.get(field) is None or (1 - prev[field]) <= 0.10):
                    warnings.append(
                        f"{host}: {label} missing on {missing:.0%} of {cur['extracted']} articles: layout changed?"
                    )
            if cur.get("selectors") is not None and cur["selectors"] < 0.5 <= (prev.get("selectors") or 0):
                warnings.append(
                    f"{host}: the outlet's selectors matched only {cur['selectors']:.0%} of pages: layout changed?"
                )
    return warnings


def previous_coverage(archive: str | Path, spider: str) -> dict:
    """Per-host coverage of the spider's last finished run, from the archive."""
    path = Path(archive)
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as conn:
            row = conn.execute(
                "select coverage from crawl_runs where spider = ? and finish_reason = 'finished' and coverage is not null "
                "order by run_id desc limit 1",
                [spider],
            ).fetchone()
    except sqlite3.OperationalError:
        return {}
    return json.loads(row[0]) if row and row[0] else {}


class MonitorPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.counts: dict[str, dict] = defaultdict(lambda: defaultdict(int))
        self.before: dict = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.before = previous_coverage(self.crawler.settings.get("ARCHIVE_PATH"), self.crawler.spider.name)

    def process_item(self, item):
        page = ItemAdapter(item)
        article = page.get("article") or {}
        counts = self.counts[page.get("host")]
        counts["extracted"] += 1
        counts["title"] += bool(article.get("title"))
        counts["published_at"] += bool(article.get("published_at"))
        counts["text"] += (article.get("word_count") or 0) >= SHORT_TEXT_WORDS
        counts["selectors"] += article.get("extraction_method") == "selectors"
        return item

    def close_spider(self):
        stats = self.crawler.stats.get_stats()
        for key, value in stats.items():
            for prefix, field in (("discovery/article_links/", "discovered"), ("articles/downloaded/", "downloaded")):
                if key.startswith(prefix):
                    self.counts[key[len(prefix) :]][field] = value
        now = {host: coverage_of(c) for host, c in self.counts.items() if host}
        warnings = layout_warnings(now, self.before)
        for warning in warnings:
            logger.warning("Possible layout change: %s", warning)
        self.crawler.stats.set_value("monitor/coverage", json.dumps(now, sort_keys=True))
        self.crawler.stats.set_value("monitor/warnings", "\n".join(warnings))
        self.crawler.stats.set_value("monitor/warning_count", len(warnings))
