"""Crawl runs: one writer at a time, and a record of every run in the archive.

`ArchiveLock` makes sure two crawls never write the same archive: the second
one is told so and stops cleanly. `crawl_runs` keeps one row per run (spider,
start, end, finish reason, pages fetched, articles new/updated, award stories,
errors), written when the run starts so that a run killed half-way stays
visible as `interrupted`.
"""

from __future__ import annotations

import fcntl
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils


class ArchiveLockedError(RuntimeError):
    """Another process is writing the archive."""


class ArchiveLock:
    """An exclusive advisory lock on `<archive>.lock`, released when the process dies.

    Spiders of one process (`scrapy demo`, several crawls at once) share the
    process's lock; another process is kept out."""

    _held: dict[Path, list[int]] = {}  # lock path -> [fd, holders in this process]

    def __init__(self, archive: str | Path):
        self.path = Path(f"{archive}.lock").resolve()
        self.holding = False

    def acquire(self) -> None:
        if self.path in self._held:
            self._held[self.path][1] += 1
            self.holding = True
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode(errors="replace").strip()
            os.close(fd)
            raise ArchiveLockedError(
                f"another crawl is writing {self.path.with_suffix('')} ({holder or 'unknown'})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}".encode())
        self._held[self.path] = [fd, 1]
        self.holding = True

    def release(self) -> None:
        if not self.holding:
            return
        self.holding = False
        entry = self._held[self.path]
        entry[1] -= 1
        if entry[1] == 0:
            del self._held[self.path]
            fcntl.flock(entry[0], fcntl.LOCK_UN)
            os.close(entry[0])


_STARTED_HERE: set[int] = set()  # runs this process started (several spiders share one process)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def start_run(db: sqlite_utils.Database, spider: str) -> int:
    """Record a new run; runs left `running` by a killed process become `interrupted`."""
    with db.atomic():
        # Only this process can be running now: it holds the lock. (A pid alone could be a killed
        # run's, reused by the system.)
        mine = ",".join(str(run_id) for run_id in _STARTED_HERE) or "-1"
        db.execute(
            f"update crawl_runs set finish_reason = 'interrupted' where finish_reason = 'running' and run_id not in ({mine})"
        )
        runs = db["crawl_runs"]
        runs.insert({"spider": spider, "started_at": now(), "finish_reason": "running", "pid": os.getpid()})
        _STARTED_HERE.add(runs.last_pk)
        return runs.last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, reason: str, stats: dict) -> dict:
    """Close the run's record with its figures from the crawl stats."""
    figures = {
        "finished_at": now(),
        "finish_reason": reason,
        "pages_fetched": stats.get("downloader/response_count", 0),
        "articles_fetched": stats.get("articles/downloaded", 0),
        "articles_new": stats.get("archive/articles_new", 0),
        "articles_updated": stats.get("archive/articles_updated", 0),
        "articles_unchanged": stats.get("archive/articles_unchanged", 0),
        "award_stories": stats.get("articles/award_role/received", 0),
        "dropped": sum(v for k, v in stats.items() if k.startswith("articles/dropped/")),
        "errors": stats.get("log_count/ERROR", 0),
        "coverage": stats.get("monitor/coverage"),
        "warnings": stats.get("monitor/warnings") or None,
        "stats": json.dumps({k: v for k, v in stats.items() if isinstance(v, int | float | str)}, sort_keys=True),
    }
    with db.atomic():
        db["crawl_runs"].update(run_id, figures)
    return figures
