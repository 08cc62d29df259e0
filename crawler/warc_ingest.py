"""`scrapy ingest-warc`: the outlet pages of WARC files through the same pipelines as a crawled page.

The parent reads each file (crawler/warc_reader.py) and writes the archive; worker processes, one per
core as in `scrapy reextract`, run the pipeline core (`process_page`) on the pages. At most a few pages
per worker are in flight, so memory stays flat whatever the file's size, and results are saved in the
file's order, so a later capture of a page replaces an earlier one as a re-crawl would.

A capture is saved only when the archive holds no fetch of that article as recent as the capture: a
second ingest of a file adds nothing, a run killed half-way is resumed by running it again (what it
stored is passed over without extraction), and an old capture never overwrites a newer crawl. Each
article saved names its file in `articles.source`.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

import sqlite_utils

from crawler.warc_reader import Capture, WarcReader
from pipelines.corrections import CORRECTIONS_PATH, load_corrections
from pipelines.extract import ExtractionError
from pipelines.page_fields import process_page
from pipelines.store import save_article, update_clusters
from pipelines.urls import canonical_url
from pipelines.warc_records import in_window

# Pages in flight per worker: enough to keep every worker busy while the parent saves.
PAGES_IN_FLIGHT = 4
SAVES_PER_COMMIT = 50


@dataclass
class IngestOptions:
    since: date | None = None
    until: date | None = None
    hosts: set[str] | None = None  # None: every outlet host
    workers: int | None = None
    corrections: str | Path = CORRECTIONS_PATH
    progress: bool = True


@dataclass
class IngestSummary:
    files: int = 0
    records: int = 0
    outlets: Counter = field(default_factory=Counter)  # outlet pages matched, by outlet
    articles: Counter = field(default_factory=Counter)  # new / updated / unchanged
    award_stories: int = 0
    skipped: Counter = field(default_factory=Counter)  # by reason
    workers: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """The summary as the command prints it."""
        matched = ", ".join(f"{k} {n}" for k, n in sorted(self.outlets.items())) or "none"
        out = [
            f"{self.records} records read from {self.files} file(s) on {self.workers} processes "
            f"in {self.seconds:.1f} s",
            f"outlet pages matched: {sum(self.outlets.values())} ({matched})",
            f"articles: {self.articles['new']} new, {self.articles['updated']} updated, "
            f"{self.articles['unchanged']} unchanged; {self.award_stories} award stories",
            f"records skipped: {sum(self.skipped.values())}",
        ]
        return out + [
            f"  {reason:<28} {n}" for reason, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
        ]


# The reviewed facts, read and checked once by the parent and handed to each worker as it starts.
_reviews: dict = {}


def _start_worker(reviews: dict) -> None:
    global _reviews
    _reviews = reviews


def _extract(job: tuple[str, str]) -> dict | str:
    """In a worker: every field the page gives, reviews and officers included, or why it holds no article."""
    url, html = job
    try:
        return process_page(html, url, reviews=_reviews)
    except ExtractionError as exc:
        return f"no article ({str(exc).split('(')[0].strip()})"


def _newer_fetch(db: sqlite_utils.Database, url: str, fetched_at: str) -> bool:
    """Whether the archive keeps a page of `url` fetched at or after `fetched_at`."""
    row = db.execute("select fetched_at from pages where url = ?", [url]).fetchone()
    return row is not None and (row[0] or "") >= fetched_at


class Progress:
    """One line on stderr, redrawn at most twice a second: how far into the file, and the rate."""

    def __init__(self, reader: WarcReader, summary: IngestSummary, stream=sys.stderr):
        self.reader, self.summary, self.stream = reader, summary, stream
        self.started = time.monotonic()
        self.drawn = 0.0

    def draw(self, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.drawn < 0.5:
            return
        self.drawn = now
        share = self.reader.position() / max(self.reader.size, 1)
        filled = int(30 * share)
        saved = sum(self.summary.articles.values())
        rate = sum(self.reader.outlets.values()) / max(now - self.started, 1e-9)
        self.stream.write(
            f"\ringest-warc {self.reader.path.name} [{'#' * filled}{'.' * (30 - filled)}] {share:4.0%} "
            f"{self.reader.records} records, {saved} articles, {rate:.0f} pages/s" + ("\n" if final else "")
        )
        self.stream.flush()


class Ingest:
    """One run over some WARC files into an open archive."""

    def __init__(self, db: sqlite_utils.Database, options: IngestOptions):
        self.db, self.options = db, options
        self.reviews = load_corrections(options.corrections)
        self.summary = IngestSummary(workers=options.workers or os.cpu_count() or 1)
        self.unsaved = 0

    def run(self, paths: list[str | Path]) -> IngestSummary:
        started = time.monotonic()
        ctx = get_context("fork") if sys.platform != "win32" else get_context()
        with ctx.Pool(self.summary.workers, initializer=_start_worker, initargs=(self.reviews,)) as pool:
            for path in paths:
                self._ingest_file(pool, Path(path))
                self._commit()
        update_clusters(self.db)
        self.summary.seconds = time.monotonic() - started
        return self.summary

    def _ingest_file(self, pool, path: Path) -> None:
        reader = WarcReader(path, self.options.hosts, self.options.since)
        progress = Progress(reader, self.summary) if self.options.progress else None
        reader.on_record = progress.draw if progress else None
        window: deque = deque()
        for capture in reader:
            if _newer_fetch(self.db, canonical_url(capture.url), capture.fetched_at):
                reader.skipped["already archived"] += 1  # cheap: no extraction
                continue
            job = (canonical_url(capture.url), capture.html)
            window.append((capture, pool.apply_async(_extract, (job,))))
            if len(window) >= PAGES_IN_FLIGHT * self.summary.workers:
                self._save(path.name, reader, *window.popleft())
        while window:
            self._save(path.name, reader, *window.popleft())
        if progress:
            progress.draw(final=True)
        self.summary.files += 1
        self.summary.records += reader.records
        self.summary.outlets.update(reader.outlets)
        self.summary.skipped.update(reader.skipped)

    def _save(self, source: str, reader: WarcReader, capture: Capture, pending) -> None:
        article = pending.get()
        if isinstance(article, str):
            reader.skipped[article] += 1
            return
        if not in_window(article["published_at"], capture.fetched_at, self.options.since, self.options.until):
            reader.skipped["outside the window"] += 1
            return
        # Checked again: the page may declare another canonical URL, or a later capture of it was saved while
        # this one was in a worker.
        if _newer_fetch(self.db, article["url"], capture.fetched_at):
            reader.skipped["already archived"] += 1
            return
        article.update(fetched_url=capture.url, fetched_at=capture.fetched_at, source=source)
        article["outlet"] = article["outlet"] or capture.outlet
        page = {"html": capture.html, "status": capture.status, "headers": capture.headers,
                "fetched_at": capture.fetched_at}  # fmt: skip
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")
        self.summary.articles[save_article(self.db, article, page)] += 1  # each article in a savepoint
        self.summary.award_stories += article["award_role"] == "received"
        self.unsaved += 1
        if self.unsaved >= SAVES_PER_COMMIT:
            self._commit()

    def _commit(self) -> None:
        """Make the saved articles durable: a commit (and its fsync) per batch, not per article. A run
        killed before it loses at most the batch, which the next run ingests again."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")
        self.unsaved = 0
