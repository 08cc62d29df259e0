"""The one process that writes the archive in a distributed crawl (`scrapy writer`).

Workers push finished articles to a Redis list (`RedisItemPipeline`); the writer moves one at a time
to its own processing list (BLMOVE), applies the reviewed facts of its own corrections file, stores it
with the same code as a single-machine crawl (pipelines.store.save_article), and removes it from the
processing list only after SQLite has committed it. A writer killed at any point leaves the article in
the processing list, and the next writer puts it back in the queue when it starts; an article already
committed is recognised (same URL and fetch time in `pages`) and not written twice. When the queue runs dry, story clusters are updated.
The workers' run records and the pages they found no article in come through the same list and become
rows of `crawl_runs` and `refused_pages`; outlets' page dictionaries are built as in a single-machine crawl. A message the
archive cannot take (malformed, say) goes to `<list>:failed` rather than stopping every writer; an
unavailable archive or Redis stops the writer, with the message kept for the next one.
"""

from __future__ import annotations

import signal
import sqlite3
from collections import Counter, defaultdict

import redis
from scrapy_redis.connection import get_redis_from_settings

from crawler.distributed.codec import decode_message
from crawler.distributed.pipeline import ITEMS_KEY
from pipelines.corrections import CorrectionsError, apply_corrections, load_corrections
from pipelines.officers import with_officers
from pipelines.page_store import dictionary_schedule
from pipelines.refused import save_refused
from pipelines.runs import ArchiveLock, ArchiveLockedError, finish_run
from pipelines.schema import open_archive
from pipelines.store import save_article, update_clusters

STATUS_STATS = {"new": "archive/articles_new", "updated": "archive/articles_updated"}
STATUS_STATS["unchanged"] = "archive/articles_unchanged"


def run_writer(settings, name: str = "main", until_idle: float | None = None) -> int:
    """Drain the shared crawl's list into ARCHIVE_PATH until SIGINT or SIGTERM (or `until_idle` seconds
    with nothing to do); returns the exit code: 1 if another process holds the archive or the corrections
    file has bad entries (then nothing is taken from Redis)."""
    archive = settings.get("ARCHIVE_PATH")
    try:
        reviews = load_corrections(settings.get("CORRECTIONS_PATH"))
    except CorrectionsError as exc:
        print(f"writer: {exc}", flush=True)
        return 1
    lock = ArchiveLock(archive)
    try:
        lock.acquire()
    except ArchiveLockedError as exc:
        print(f"writer: {exc}; only one process may write it.", flush=True)
        return 1
    try:
        writer = ArchiveWriter(settings, archive, name, reviews)
        stopping = []
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stopping.append(True))
        writer.drain(until_idle=until_idle, stopping=stopping)
    finally:
        lock.release()
    return 0


class ArchiveWriter:
    """Moves messages from the shared list into the archive, one committed transaction each."""

    def __init__(self, settings, archive: str, name: str, reviews: dict | None = None):
        # Workers applied their copy of the corrections; the archive's copy has the last word.
        self.reviews = reviews or {}
        self.redis = get_redis_from_settings(settings)
        self.items_key = settings.get("REDIS_ITEMS_KEY") or ITEMS_KEY
        self.processing_key = f"{self.items_key}:processing:{name}"
        self.failed_key = f"{self.items_key}:failed"
        self.db = open_archive(archive)
        self.dictionaries = dictionary_schedule(self.db, settings)
        self.refused = {url for (url,) in self.db.execute("select url from refused_pages")}
        self.archive = archive
        self.counts: Counter = Counter()
        self.per_worker: dict[str, Counter] = defaultdict(Counter)

    def drain(self, until_idle: float | None, stopping: list) -> None:
        recovered = 0
        # Whatever a previous writer had taken but not finished goes back to the head of the queue.
        while self.redis.lmove(self.processing_key, self.items_key, "RIGHT", "LEFT") is not None:
            recovered += 1
        print(
            f"writer: draining {self.items_key} into {self.archive}"
            + (
                f" ({recovered} articles a stopped writer had not finished went back to the queue)" if recovered else ""
            ),
            flush=True,
        )
        idle = 0.0
        unclustered = 0
        while not stopping:
            raw = self.redis.blmove(self.items_key, self.processing_key, 1, "LEFT", "RIGHT")
            if raw is None:
                idle += 1
                if unclustered:
                    self.counts["story_clusters"] = self.update_clusters()
                    unclustered = 0
                if until_idle is not None and idle >= until_idle:
                    break
                continue
            idle = 0.0
            try:
                unclustered += self.handle(raw)
            except (sqlite3.OperationalError, redis.RedisError):
                raise  # the archive or Redis is unavailable: stop; the message waits in the processing list
            except Exception as exc:
                # A message the archive cannot take would stop every writer after this one: set it aside.
                self.set_aside(raw, exc)
                continue
            # Only now, with SQLite committed, may the message leave the processing list.
            self.redis.lrem(self.processing_key, 1, raw)
        if unclustered:
            self.counts["story_clusters"] = self.update_clusters()
        self.db.conn.close()
        c = self.counts
        print(
            f"writer: {c['new']} articles new, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['already_archived']} already archived, {c['runs']} worker runs recorded, "
            f"{c['story_clusters']} story clusters, {c['refused']} refused pages recorded, "
            f"{c['page_dictionaries']} page dictionaries built"
            + (f", {c['set_aside']} set aside in {self.failed_key}" if c["set_aside"] else ""),
            flush=True,
        )

    def set_aside(self, raw: bytes, exc: Exception) -> None:
        with self.redis.pipeline(transaction=True) as both:
            both.rpush(self.failed_key, raw).lrem(self.processing_key, 1, raw).execute()
        self.counts["set_aside"] += 1
        print(f"writer: could not store a message ({exc!r}); it is set aside in {self.failed_key}", flush=True)

    def handle(self, raw: bytes) -> int:
        """Store one message; returns 1 if an article was written."""
        message = decode_message(raw)
        if message.get("kind") == "run":
            self.record_run(message)
            return 0
        if message.get("kind") == "refused":
            save_refused(self.db, message["page"], message["detail"])
            self.refused.add(message["page"]["url"])
            self.counts["refused"] += 1
            return 0
        article, page = with_officers(apply_corrections(message["article"], self.reviews)), message["page"]
        # A message taken again after a writer was killed between SQLite's commit and LREM.
        if self.db.execute(
            "select 1 from pages where url = ? and fetched_at = ?", [article["url"], page.get("fetched_at")]
        ).fetchone():
            self.counts["already_archived"] += 1
            return 0
        # One transaction for the whole article, whatever transactions save_article's own writes open.
        self.db.conn.execute("BEGIN")
        try:
            urls = {article["url"], article.get("fetched_url")}
            status = save_article(self.db, article, page, refused_before=bool(urls & self.refused))
            if self.db.conn.in_transaction:
                self.db.conn.commit()
            self.refused -= urls
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            raise
        self.counts[status] += 1
        self.per_worker[message.get("worker")][STATUS_STATS[status]] += 1
        if status == "new" and self.dictionaries.page_added(article.get("outlet")):
            self.counts["page_dictionaries"] += 1
        return 1

    def record_run(self, message: dict) -> None:
        """A worker's run as a row of crawl_runs, with what the writer stored of its articles."""
        stats = dict(message.get("stats") or {})
        stats.update(self.per_worker.pop(message.get("worker"), {}))
        if message.get("warnings"):
            stats["monitor/warnings"] = message["warnings"]
        with self.db.atomic():
            runs = self.db["crawl_runs"]
            runs.insert(
                {"spider": message["spider"], "pid": message.get("pid"), "started_at": message.get("started_at"),
                 "finish_reason": "running"}
            )  # fmt: skip
            run_id = runs.last_pk
        finish_run(self.db, run_id, message.get("reason") or "finished", stats)
        with self.db.atomic():
            self.db["crawl_runs"].update(run_id, {"finished_at": message.get("finished_at")})
        self.counts["runs"] += 1

    def update_clusters(self) -> int:
        try:
            return update_clusters(self.db)
        except sqlite3.Error as exc:
            # Clusters can be rebuilt by `scrapy reextract`; the articles are stored regardless.
            print(f"writer: could not update story clusters: {exc}", flush=True)
            return 0
