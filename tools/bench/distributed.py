"""One worker against two on the offline sample, with a per-request delay: does the crawl's work divide?

    python -m tools.bench.distributed                      # antara, DOWNLOAD_DELAY=0.2, 1 then 2 workers
    python -m tools.bench.distributed --delay 0.5 --workers 1,2,3

Starts a throwaway redis-server and the sample's mirror on 127.0.0.1. For each number of workers: an
empty Redis database and archive, the workers (`scrapy crawl SPIDER -s REDIS_URL=... -s DOWNLOAD_DELAY=...`,
started together) and one `scrapy writer`; the time is from the start until the writer has stored the
last article. The delay is kept per host across all workers (crawler/distributed/), so a second
worker can only help where one worker leaves hosts waiting: it shows how the requests divide and what
that buys under the same politeness.
"""

from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from crawler.mirror import MirrorServer
from tools.bench.processes import ROOT, SCRAPY, redis_server

ITEMS = "polri_awards:items"


def start_worker(spider: str, redis_url: str, archive: Path, mirror: str, log: Path, *settings: str):
    cmd = [*SCRAPY, "crawl", spider, "-s", f"MIRROR_URL={mirror}", "-s", f"REDIS_URL={redis_url}"]
    cmd += ["-s", f"ARCHIVE_PATH={archive}"]
    for setting in settings:
        cmd += ["-s", setting]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log.open("w"))


def start_writer(redis_url: str, archive: Path, *args: str):
    cmd = [*SCRAPY, "writer", "-s", f"REDIS_URL={redis_url}", "-s", f"ARCHIVE_PATH={archive}", *args]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def stop_writer_when_drained(writer, client: redis.Redis, timeout: float = 120) -> str:
    """Wait until the items list and the writer's processing list are empty, then stop the writer."""
    deadline = time.monotonic() + timeout
    while client.llen(ITEMS) or client.llen(f"{ITEMS}:processing:main"):
        if time.monotonic() > deadline or writer.poll() is not None:
            break
        time.sleep(0.05)
    writer.send_signal(signal.SIGTERM)
    out, _ = writer.communicate(timeout=30)
    if writer.returncode:
        raise RuntimeError(f"the writer failed:\n{out[-3000:]}")
    return out


def run_stats(archive: Path) -> list[dict]:
    """The workers' run records the writer stored: their full Scrapy stats."""
    with sqlite3.connect(archive) as conn:
        return [json.loads(row[0]) for row in conn.execute("select stats from crawl_runs order by run_id")]


def measure(
    workers: int, shared: bool, spider: str, delay: float, port: int, db: int, mirror: str, workdir: Path
) -> dict:
    redis_url = f"redis://127.0.0.1:{port}/{db}"
    client = redis.Redis(port=port, db=db)
    client.flushdb()
    archive = workdir / f"archive-{db}.db"
    settings = (f"DOWNLOAD_DELAY={delay}", f"REDIS_SHARED_POLITENESS={shared}")
    started = time.monotonic()
    procs = [
        start_worker(spider, redis_url, archive, mirror, workdir / f"worker-{db}-{n}.log", *settings)
        for n in range(workers)
    ]
    writer = start_writer(redis_url, archive)
    for proc in procs:
        proc.wait(timeout=600)
    summary = stop_writer_when_drained(writer, client).strip().splitlines()
    # The writer's last commit is the end of the crawl; its own shutdown is not part of it.
    with sqlite3.connect(archive) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    elapsed = time.monotonic() - started
    stats = run_stats(archive)
    return {
        "workers": workers,
        "politeness": "across workers" if shared else "per worker",
        "seconds": elapsed,
        "articles": articles,
        "writer": summary[-1] if summary else "",
        "requests": [s.get("downloader/request_count", 0) for s in stats],
        "frontier": [s.get("scheduler/dequeued/redis", 0) for s in stats],
    }


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.bench.distributed", description=__doc__.split("\n")[0])
    parser.add_argument("--spider", default="antara")
    parser.add_argument("--delay", type=float, default=0.2, help="DOWNLOAD_DELAY, per host across all workers")
    parser.add_argument("--workers", default="1,2", help="numbers of workers to compare")
    opts = parser.parse_args(argv)
    counts = [int(n) for n in opts.workers.split(",")]
    # Each count with the delay kept across workers; the largest also with each worker keeping its own,
    # to show what sharing the delay holds back.
    runs = [(n, True) for n in counts] + [(max(counts), False)]
    rows = []
    with redis_server() as port, MirrorServer(ROOT / "data" / "sample") as mirror, tempfile.TemporaryDirectory() as tmp:
        for db, (workers, shared) in enumerate(runs):
            rows.append(measure(workers, shared, opts.spider, opts.delay, port, db, mirror, Path(tmp)))
    print(f"\n{opts.spider} on the offline sample, DOWNLOAD_DELAY={opts.delay} s\n")
    print("| workers | delay kept | wall time | articles | frontier requests per worker | downloads per worker |")
    print("| --- | --- | --- | --- | --- | --- |")
    base = rows[0]["seconds"]
    for row in rows:
        print(
            f"| {row['workers']} | {row['politeness']} | {row['seconds']:.1f} s ({base / row['seconds']:.2f}x) "
            f"| {row['articles']} | {' / '.join(map(str, row['frontier']))} | {' / '.join(map(str, row['requests']))} |"
        )


if __name__ == "__main__":
    main()
