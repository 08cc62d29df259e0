"""Re-extraction: rebuild every derived field and table from the stored raw pages.

No network: each page kept in `pages` goes through the same pure pipeline core
as a crawl (`process_page`), on all CPU cores, and is saved with the same
upserts, so running it twice changes nothing the second time. The reviewed facts of
the corrections file are applied to every article, as a crawl applies them; a file
with bad entries stops re-extraction before it writes anything.
"""

from __future__ import annotations

import json
import os
import sys
import time
import zlib
from collections import Counter
from multiprocessing import get_context

import sqlite_utils
import zstandard

from pipelines.corrections import CORRECTIONS_PATH, apply_corrections, load_corrections
from pipelines.extract import ExtractionError
from pipelines.officers import with_officers
from pipelines.page_fields import process_page
from pipelines.page_store import PageCodec, codec
from pipelines.store import save_article, update_clusters

# Columns a crawl sets from the fetch, not from the page: re-extraction keeps them.
FETCH_COLUMNS = {"fetched_url", "fetched_at", "first_seen", "last_seen", "updated_at", "outlet"}


# The archive's page dictionaries, loaded by the parent before the workers fork.
_CODEC: PageCodec | None = None


def _extract(job: tuple[str, str, bytes]) -> tuple[str, dict | None, str | None]:
    url, fetched_url, packed = job
    try:
        html = _CODEC.unpack(packed)
        # The reviews are applied by the parent, which has read and checked the corrections file once.
        return url, process_page(html, fetched_url or url, reviews={}), None
    except (ExtractionError, zlib.error, zstandard.ZstdError, KeyError, UnicodeDecodeError) as exc:
        return url, None, str(exc)


def _awards_of(db: sqlite_utils.Database, url: str) -> str:
    return json.dumps(
        [dict(r) for r in db.query("select * from awards where article_url = ? order by award_no", [url])],
        sort_keys=True,
        default=str,
    )


class Progress:
    """A one-line progress bar on stderr, redrawn at most twice a second."""

    def __init__(self, total: int, stream=sys.stderr):
        self.total, self.done, self.stream = total, 0, stream
        self.started = self.drawn = time.monotonic()

    def step(self):
        self.done += 1
        now = time.monotonic()
        if now - self.drawn >= 0.5 or self.done == self.total:
            self.drawn = now
            rate = self.done / max(now - self.started, 1e-9)
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            self.stream.write(
                f"\rreextract [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {rate:.0f} pages/s"
            )
            if self.done == self.total:
                self.stream.write("\n")
            self.stream.flush()


def reextract(
    db: sqlite_utils.Database, workers: int | None = None, progress: bool = True, corrections=CORRECTIONS_PATH
) -> dict:
    """Re-derive every article from its stored page; returns a summary of what changed.
    Raises CorrectionsError, having changed nothing, if the corrections file has bad entries."""
    global _CODEC
    reviews = load_corrections(corrections)
    _CODEC = codec(db)
    workers = workers or os.cpu_count() or 1
    jobs = [
        (r["url"], r["fetched_url"], r["html_zlib"])
        for r in db.query(
            "select pages.url, articles.fetched_url, pages.html_zlib from pages join articles using (url)"
        )
    ]
    summary: Counter = Counter()
    fields_changed: Counter = Counter()
    bar = Progress(len(jobs)) if progress and jobs else None
    columns = set(db["articles"].columns_dict) - FETCH_COLUMNS
    ctx = get_context("fork") if sys.platform != "win32" else get_context()
    with ctx.Pool(workers) as pool:
        for url, article, error in pool.imap_unordered(_extract, jobs, chunksize=8):
            if bar:
                bar.step()
            if error:
                summary["errors"] += 1
                continue
            before = db.execute(f"select {', '.join(sorted(columns))} from articles where url = ?", [url]).fetchone()
            before = dict(zip(sorted(columns), before, strict=True)) if before else {}
            awards_before = _awards_of(db, url)
            # Keep the archive's key and the fetch facts; a page's canonical link may differ from the stored URL.
            existing = db.execute(
                "select outlet, fetched_url, fetched_at from articles where url = ?", [url]
            ).fetchone()
            article.update(url=url, outlet=existing[0], fetched_url=existing[1], fetched_at=existing[2])
            article = with_officers(apply_corrections(article, reviews))
            summary["reviewed"] += bool(article["reviewed_at"])
            save_article(db, article, page=None, seen=False)
            after = db.execute(f"select {', '.join(sorted(columns))} from articles where url = ?", [url]).fetchone()
            after = dict(zip(sorted(columns), after, strict=True))
            changed = [c for c in sorted(columns) if before.get(c) != after.get(c)]
            awards_changed = _awards_of(db, url) != awards_before
            for column in changed:
                fields_changed[column] += 1
            if awards_changed:
                fields_changed["awards"] += 1
            summary["changed" if changed or awards_changed else "unchanged"] += 1
    update_clusters(db)
    summary["pages"] = len(jobs)
    summary["workers"] = workers
    return {**summary, "fields_changed": dict(fields_changed)}
