"""Distributed crawl: workers sharing a Redis frontier, one archive writer, kills of either, politeness across workers.

Everything runs on 127.0.0.1: a redis-server of the test's own, the offline sample's mirror, and the
workers and writers as the real `scrapy crawl` and `scrapy writer` processes.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
import redis
import sqlite_utils
from helpers import ROOT, SAMPLE, SCRAPY, add_gallery_pages, redis_server, sample_articles

from crawler.mirror import MirrorServer
from pipelines.dedupe import minhash_signature
from pipelines.page_store import PageCodec

ITEMS = "polri_awards:items"
PROCESSING = f"{ITEMS}:processing:main"
# A worker silent this long is presumed dead: short, so that a killed worker's requests come back quickly.
TIMEOUT = 3
ANTARA = {a["url"] for a in sample_articles() if a["host"].endswith("antaranews.com")}
KALSEL = "kalsel.antaranews.com"

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def redis_port():
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed: `make redis` installs Debian's package")
    with redis_server() as port:
        yield port


_databases = itertools.count()


@pytest.fixture
def redis_url(redis_port):
    """A Redis database of the test's own on the shared server."""
    db = next(_databases)
    redis.Redis(port=redis_port, db=db).flushdb()
    return f"redis://127.0.0.1:{redis_port}/{db}"


def client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)


def start_worker(spider, redis_url, archive, mirror, log: Path, *args):
    cmd = [*SCRAPY, "crawl", spider, "-s", f"MIRROR_URL={mirror}", "-s", f"REDIS_URL={redis_url}"]
    cmd += ["-s", f"ARCHIVE_PATH={archive}", "-s", f"REDIS_WORKER_TIMEOUT={TIMEOUT}", *args]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log.open("w"), env=os.environ.copy())


def start_writer(redis_url, archive, *args):
    cmd = [*SCRAPY, "writer", "-s", f"REDIS_URL={redis_url}", "-s", f"ARCHIVE_PATH={archive}", *args]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(proc, timeout=90) -> None:
    proc.wait(timeout=timeout)
    assert proc.returncode == 0, f"exit {proc.returncode}"


def stop_writer_when_drained(writer, redis_url, timeout=60, extra: bool = False) -> dict:
    """Wait until every message is written (queue and processing list empty), stop the writer (SIGTERM),
    and return the figures of its summary line."""
    r = client(redis_url)
    deadline = time.monotonic() + timeout
    while r.llen(ITEMS) or r.llen(PROCESSING):
        assert writer.poll() is None, writer.communicate()[0][-3000:]
        assert time.monotonic() < deadline, "the writer did not drain the queue"
        time.sleep(0.05)
    writer.send_signal(signal.SIGTERM)
    out, _ = writer.communicate(timeout=30)
    assert writer.returncode == 0, out[-3000:]
    return summary(out, extra)


SUMMARY = ("new", "updated", "unchanged", "already_archived", "runs")


def summary(out: str, extra: bool = False) -> dict:
    """The writer's summary line; with `extra`, also the refused pages and page dictionaries it recorded."""
    line = re.search(r"writer: (\d+) articles new, (\d+) updated, (\d+) unchanged, (\d+) already archived, "
                     r"(\d+) worker runs recorded, \d+ story clusters, (\d+) refused pages recorded, "
                     r"(\d+) page dictionaries built", out)  # fmt: skip
    assert line, out[-3000:]
    names = (*SUMMARY, "refused", "page_dictionaries") if extra else SUMMARY
    return dict(zip(names, map(int, line.groups()), strict=False))


def archived(archive: Path) -> list[str]:
    with sqlite3.connect(archive) as conn:
        return [url for (url,) in conn.execute("select url from articles")]


def runs(archive: Path) -> list[dict]:
    with sqlite3.connect(archive) as conn:
        rows = conn.execute("select spider, finish_reason, articles_new, stats from crawl_runs order by run_id")
        return [{"spider": s, "reason": r, "new": n, "stats": json.loads(st)} for s, r, n, st in rows]


def worker_key(redis_url, pid: int, timeout=30) -> str:
    """The id a worker process registered under in Redis."""
    r = client(redis_url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in r.zrange("antara:workers", 0, -1):
            if worker.decode().split(":")[1] == str(pid):
                return worker.decode()
        time.sleep(0.05)
    raise AssertionError(f"worker {pid} never registered")


def assert_round_closed(redis_url) -> None:
    """Nothing left behind: no queued request, no lease, no registered worker, no message."""
    r = client(redis_url)
    assert r.zcard("antara:requests") == 0
    assert list(r.scan_iter("antara:leases:*")) == []
    assert r.zcard("antara:workers") == 0
    assert r.llen(ITEMS) == 0 and r.llen(PROCESSING) == 0


def test_two_workers_and_a_writer_archive_every_article_once(tmp_path, redis_url, mirror_url):
    archive = tmp_path / "archive.db"
    workers = [start_worker("antara", redis_url, archive, mirror_url, tmp_path / f"w{n}.log") for n in (1, 2)]
    writer = start_writer(redis_url, archive)
    for worker in workers:
        finish(worker)
    figures = stop_writer_when_drained(writer, redis_url)

    assert sorted(archived(archive)) == sorted(ANTARA)
    # Each article was written once: nothing came to the writer twice.
    assert figures == {"new": len(ANTARA), "updated": 0, "unchanged": 0, "already_archived": 0, "runs": 2}
    records = runs(archive)
    assert [r["reason"] for r in records] == ["finished", "finished"]
    stats = [r["stats"] for r in records]
    taken = [s["scheduler/dequeued/redis"] for s in stats]
    # Both workers took a share of the shared frontier, and together took everything put in it, once.
    assert min(taken) >= 0.1 * sum(taken), taken
    assert sum(taken) == sum(s["scheduler/enqueued/redis"] for s in stats)
    # Every article page was fetched by exactly one worker; the second worker's start requests
    # (robots.txt, feeds, sitemaps of every portal) were dropped as duplicates.
    assert sum(s["articles/downloaded"] for s in stats) == len(ANTARA)
    assert sum(s.get("distributed/duplicates_dropped", 0) for s in stats) > 0
    # The writer credits each worker's run with the articles it stored for it.
    assert sum(r["new"] for r in records) == len(ANTARA)
    # The MinHash signatures crossed Redis as JSON intact.
    with sqlite3.connect(archive) as conn:
        rows = conn.execute("select a.text, s.minhash from articles a join story_clusters s using (url)").fetchall()
    assert len(rows) == len(ANTARA)
    assert all(minhash == minhash_signature(text) for text, minhash in rows)
    assert_round_closed(redis_url)


def test_the_writer_remembers_refused_pages_and_builds_page_dictionaries(tmp_path, redis_url):
    """What a single-machine crawl keeps besides articles, a shared crawl keeps too."""
    site = tmp_path / "mirror" / KALSEL
    shutil.copytree(SAMPLE / KALSEL, site)
    add_gallery_pages(site, 3999001, 3999002)
    archive = tmp_path / "archive.db"
    with MirrorServer(tmp_path / "mirror") as mirror:
        worker = start_worker("antara", redis_url, archive, mirror, tmp_path / "w.log", "-a", f"hosts={KALSEL}")
        writer = start_writer(redis_url, archive, "-s", "PAGE_DICTIONARY_MIN_PAGES=10")
        finish(worker)
        figures = stop_writer_when_drained(writer, redis_url, extra=True)

    assert figures["new"] == 16 and figures["refused"] == 2 and figures["page_dictionaries"] == 1
    db = sqlite_utils.Database(archive)
    refused = list(db.query("select url, reason, outlet from refused_pages order by url"))
    assert [r["url"].split("/")[4] for r in refused] == ["3999001", "3999002"]
    assert {(r["reason"], r["outlet"]) for r in refused} == {("no article text found", "antara")}
    (dictionary,) = db.query("select outlet, pages from page_dictionaries")
    assert dictionary == {"outlet": "antara", "pages": 10}
    # Pages stored before and after the dictionary, and the refused ones, all read back as fetched.
    unpack = PageCodec(db).unpack
    pages = [
        unpack(blob)
        for (blob,) in db.execute("select html_zlib from pages union all select html_zlib from refused_pages")
    ]
    assert len(pages) == 18 and all("</html>" in page for page in pages)
    assert_round_closed(redis_url)


def test_a_worker_killed_mid_crawl_loses_nothing(tmp_path, redis_url, mirror_url):
    archive = tmp_path / "archive.db"
    r = client(redis_url)
    doomed = start_worker("antara", redis_url, archive, mirror_url, tmp_path / "doomed.log")
    survivor = start_worker("antara", redis_url, archive, mirror_url, tmp_path / "survivor.log")
    writer = start_writer(redis_url, archive)
    leases = f"antara:leases:{worker_key(redis_url, doomed.pid)}"
    # Kill it while it holds requests and some articles have already gone to the writer.
    deadline = time.monotonic() + 60
    while not (r.hlen(leases) >= 2 and r.scard("antara:pushed") >= 5):
        assert doomed.poll() is None and time.monotonic() < deadline, "the worker ended before it could be killed"
        time.sleep(0.01)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    held = r.hlen(leases)
    assert r.scard("antara:pushed") < len(ANTARA), "the crawl was over before the kill"
    finish(survivor)
    figures = stop_writer_when_drained(writer, redis_url)

    assert sorted(archived(archive)) == sorted(ANTARA)
    assert figures == {"new": len(ANTARA), "updated": 0, "unchanged": 0, "already_archived": 0, "runs": 1}
    (record,) = runs(archive)
    # The survivor put the dead worker's requests back in the queue and fetched them itself.
    assert record["stats"].get("distributed/requests_taken_back", 0) >= held
    assert_round_closed(redis_url)


def test_a_writer_killed_mid_drain_writes_each_article_once(tmp_path, redis_url, mirror_url):
    archive = tmp_path / "archive.db"
    r = client(redis_url)
    finish(start_worker("antara", redis_url, archive, mirror_url, tmp_path / "worker.log"))
    assert r.llen(ITEMS) == len(ANTARA) + 1  # the articles, then the run's record

    writer = start_writer(redis_url, archive)
    deadline = time.monotonic() + 60
    while True:
        assert writer.poll() is None and time.monotonic() < deadline, "the writer ended before it could be killed"
        try:
            with sqlite3.connect(archive) as conn:
                if conn.execute("select count(*) from articles").fetchone()[0] >= 1:
                    break
        except sqlite3.OperationalError:  # the archive is still being created
            pass
        time.sleep(0.005)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    before = len(archived(archive))
    assert 0 < before < len(ANTARA), "the kill missed the drain"
    # What the killed writer had taken is in its processing list, not lost.
    assert r.llen(ITEMS) + r.llen(PROCESSING) >= len(ANTARA) + 1 - before

    # A message the archive cannot take is set aside, not allowed to stop the writer.
    r.rpush(ITEMS, b'{"kind": "article", "article": {}, "page": {}}')
    restarted = start_writer(redis_url, archive, "--until-idle", "1")
    out, _ = restarted.communicate(timeout=60)
    assert restarted.returncode == 0, out[-3000:]
    figures = summary(out)
    assert "1 set aside" in out and r.llen(f"{ITEMS}:failed") == 1
    assert sorted(archived(archive)) == sorted(ANTARA)
    # The rest was written once: a message the killed writer had committed but not yet removed
    # is recognised, not written again.
    assert figures["new"] == len(ANTARA) - before
    assert figures["updated"] == figures["unchanged"] == 0
    assert figures["already_archived"] <= 1 and figures["runs"] == 1
    assert r.llen(ITEMS) == 0 and r.llen(PROCESSING) == 0


class StampedMirror(MirrorServer):
    """The sample's mirror, noting when each request for each outlet host arrives."""

    def __init__(self, root):
        super().__init__(root)
        self.arrivals: dict[str, list[float]] = {}
        lock = threading.Lock()
        base, arrivals = self.httpd.RequestHandlerClass, self.arrivals

        class Handler(base):
            def do_GET(self):  # noqa: N802 - http.server's naming
                host = self.path.lstrip("/").split("/", 1)[0]
                with lock:
                    arrivals.setdefault(host, []).append(time.monotonic())
                super().do_GET()

        self.httpd.RequestHandlerClass = Handler


def busiest_second(arrivals: list[float]) -> int:
    """The most requests that arrived within any one second."""
    return max(sum(1 for t in arrivals if start <= t < start + 1.0) for start in arrivals)


def test_the_delay_per_host_holds_across_workers(tmp_path, redis_url):
    delay = 0.25
    mirror = StampedMirror(SAMPLE)
    args = ("-a", "hosts=kalsel", "-s", f"DOWNLOAD_DELAY={delay}")
    with mirror as url:
        workers = [
            start_worker("antara", redis_url, tmp_path / "a.db", url, tmp_path / f"w{n}.log", *args) for n in (1, 2)
        ]
        for worker in workers:
            finish(worker)
    taken = [
        int(re.search(r"'scheduler/dequeued/redis': (\d+)", (tmp_path / f"w{n}.log").read_text())[1]) for n in (1, 2)
    ]
    assert min(taken) > 0, taken  # both workers fetched from the host
    arrivals = sorted(mirror.arrivals["kalsel.antaranews.com"])
    assert len(arrivals) > 20, len(arrivals)
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)]
    # Two workers with a delay each would reach the host about twice as often. Shared, requests leave at
    # least the delay apart; they arrive so on average, and never more than one second's worth at once
    # (a busy worker can be a little late sending a request, which brings it closer to the next).
    assert sum(gaps) / len(gaps) >= 0.95 * delay
    assert busiest_second(arrivals) <= 1 / delay + 1
