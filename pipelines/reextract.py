"""Re-extraction: rebuild every derived field and table from the stored raw pages.

Pages refused before as holding no article (pipelines/refused.py) are retried too: one that now yields
an article is stored as one, with its page, and leaves `refused_pages`.

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

from pipelines.archive_db import archive_db
from pipelines.corrections import CORRECTIONS_PATH, apply_corrections, load_corrections
from pipelines.extract import ExtractionError
from pipelines.officers import with_officers
from pipelines.page_fields import process_page
from pipelines.page_store import PageCodec, codec
from pipelines.refused import forget_refused, refusal_reason
from pipelines.store import save_article, update_clusters

# Columns a crawl sets from the fetch, not from the page: re-extraction keeps them.
FETCH_COLUMNS = {"fetched_url", "fetched_at", "first_seen", "last_seen", "updated_at", "outlet"}


# The archive's page dictionaries, loaded by the parent before the workers fork.
_CODEC: PageCodec | None = None


def _extract(job: tuple[str, str, str, bytes]) -> tuple[str, str, dict | None, str | None, bool]:
    """(kind, url, article, error, refused): `refused` when the extractor found no article in the page."""
    kind, url, fetched_url, packed = job
    try:
        html = _CODEC.unpack(packed)
        # The reviews are applied by the parent, which has read and checked the corrections file once.
        return kind, url, process_page(html, fetched_url or url, reviews={}), None, False
    except ExtractionError as exc:
        return kind, url, None, str(exc), True
    except (zlib.error, zstandard.ZstdError, KeyError, UnicodeDecodeError) as exc:
        return kind, url, None, str(exc), False


def _jobs(db: sqlite_utils.Database) -> list[tuple[str, str, str, bytes]]:
    """Every stored page: the archived articles', then the refused pages', to retry with this extractor."""
    jobs = [
        ("article", r["url"], r["fetched_url"], r["html_zlib"])
        for r in db.query(
            "select pages.url, articles.fetched_url, pages.html_zlib from pages join articles using (url)"
        )
    ]
    if db["refused_pages"].exists():
        jobs += [
            ("refused", r["url"], r["url"], r["html_zlib"])
            for r in db.query("select url, html_zlib from refused_pages")
        ]
    return jobs


def _retry_refused(db: sqlite_utils.Database, url: str, article: dict | None, error: str | None, reviews) -> str:
    """A refused page through the current extractor: "adopted" when it now yields an article (stored with
    its page, in one transaction, and refused no more), else "refused" (with the current reason)."""
    db = archive_db(db)
    if article is None:
        db["refused_pages"].update(url, {"reason": refusal_reason(error), "detail": error})
        return "refused"
    found = db.execute(
        "select outlet, fetched_at, status, etag, last_modified, html_zlib, bytes from refused_pages where url = ?",
        [url],
    ).fetchone()
    outlet, fetched_at, status, etag, last_modified, blob, size = found
    if db.execute("select 1 from articles where url = ?", [article["url"]]).fetchone():
        # The story is archived already from another URL: this page adds nothing but is refused no more.
        with db.one_transaction():
            forget_refused(db, [url])
        return "adopted"
    article.update(outlet=outlet or article["outlet"], fetched_url=url, fetched_at=fetched_at)
    article = with_officers(apply_corrections(article, reviews))
    headers = {name: value for name, value in (("ETag", etag), ("Last-Modified", last_modified)) if value}
    with db.one_transaction():
        save_article(db, article, page=None, seen=False)
        db.known("pages").upsert(
            {"url": article["url"], "html_zlib": blob, "status": status, "headers": json.dumps(headers),
             "fetched_at": fetched_at, "bytes": size},
            pk="url",
        )  # fmt: skip
        forget_refused(db, [url, article["url"]])
    return "adopted"


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
    jobs = _jobs(db)
    summary: Counter = Counter()
    fields_changed: Counter = Counter()
    bar = Progress(len(jobs)) if progress and jobs else None
    columns = set(db["articles"].columns_dict) - FETCH_COLUMNS
    ctx = get_context("fork") if sys.platform != "win32" else get_context()
    with ctx.Pool(workers) as pool:
        for kind, url, article, error, refused in pool.imap_unordered(_extract, jobs, chunksize=8):
            if bar:
                bar.step()
            if kind == "refused" and (article or refused):
                summary[f"refused_{_retry_refused(db, url, article, error, reviews)}"] += 1
                continue
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
    summary["pages"] = sum(1 for job in jobs if job[0] == "article")
    summary["refused"] = len(jobs) - summary["pages"]
    summary["workers"] = workers
    return {**summary, "fields_changed": dict(fields_changed)}
