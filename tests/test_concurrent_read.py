"""Reading while a crawl writes: the archive is in WAL mode, so Datasette and other readers never wait for or
disturb the crawl, and each read sees whole articles, never fewer than the read before."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import threading
import time
import urllib.parse
import urllib.request

from helpers import ROOT, free_port, run_crawl, sample_articles, wait_for_http

from crawler.outlets import ANTARA
from crawler.publication import datasette_command
from pipelines.schema import open_archive

SPIDER = "antara"
# Slow enough that the readers see the archive grow; command-line settings outrank the spider's own.
SLOW = ("-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
# One statement, so one snapshot: the figures must agree with each other.
SNAPSHOT = """select
  (select count(*) from articles) as articles,
  (select count(*) from pages) as pages,
  (select count(*) from articles_fts) as indexed,
  (select count(*) from story_clusters) as signatures,
  (select count(*) from awards where article_url not in (select url from articles)) as orphan_awards"""


def sqlite_reader(archive, stop: threading.Event, seen: list, errors: list) -> None:
    """A reader as a script or a notebook would be: its own read-only connection, polling."""
    try:
        conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True, timeout=10)
        conn.row_factory = sqlite3.Row
        while not stop.is_set():
            seen.append(dict(conn.execute(SNAPSHOT).fetchone()))
            time.sleep(0.003)
        conn.close()
    except Exception as exc:  # any error on the reading side fails the test
        errors.append(repr(exc))


def datasette_reader(base: str, stop: threading.Event, seen: list, errors: list) -> None:
    query = base + "/archive.json?" + urllib.parse.urlencode({"sql": SNAPSHOT, "_shape": "array"})
    pages = [base + "/archive/articles.json?_size=5&_sort_desc=first_seen", base + "/archive/awards.json?_size=5"]
    try:
        while not stop.is_set():
            with urllib.request.urlopen(query, timeout=10) as response:
                seen.append(json.loads(response.read())[0])
            for page in pages:
                with urllib.request.urlopen(page, timeout=10) as response:
                    assert response.status == 200 and json.loads(response.read())["rows"] is not None
    except Exception as exc:  # an HTTP error or a failed page fails the test
        errors.append(repr(exc))


def test_readers_see_a_growing_consistent_archive_while_a_crawl_writes_it(tmp_path, mirror_url):
    archive = tmp_path / "archive.db"
    open_archive(archive).conn.close()  # Datasette serves the archive before the first crawl writes to it
    expected = [a for a in sample_articles() if a["host"] in ANTARA.hosts]
    port = free_port()
    datasette = subprocess.Popen(
        datasette_command(archive, port=port), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}"
    stop = threading.Event()
    seen: dict[str, list] = {"sqlite-1": [], "sqlite-2": [], "datasette": []}
    errors: list[str] = []
    readers = [
        threading.Thread(target=sqlite_reader, args=(archive, stop, seen["sqlite-1"], errors)),
        threading.Thread(target=sqlite_reader, args=(archive, stop, seen["sqlite-2"], errors)),
        threading.Thread(target=datasette_reader, args=(base, stop, seen["datasette"], errors)),
    ]
    try:
        wait_for_http(base + "/-/versions.json")
        for reader in readers:
            reader.start()
        started = time.monotonic()
        crawl = run_crawl(SPIDER, archive, mirror_url, *SLOW)
        took = time.monotonic() - started
        time.sleep(0.3)  # the readers' last look, after the crawl has closed the archive
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=30)
        datasette.terminate()
        _, datasette_log = datasette.communicate(timeout=10)
    print(f"crawl took {took:.1f} s; reads: " + ", ".join(f"{k} {len(v)}" for k, v in seen.items()))

    # The writer: finished, without an error, its run recorded as such.
    assert " ERROR: " not in crawl.stderr, crawl.stderr[-3000:]
    with sqlite3.connect(archive) as conn:
        reason, run_errors = conn.execute("select finish_reason, errors from crawl_runs").fetchone()
    assert (reason, run_errors) == ("finished", 0)

    # The readers: no error, and reads all through the crawl.
    assert errors == []
    assert "Traceback" not in datasette_log, datasette_log[-3000:]
    for name, reads in seen.items():
        counts = [r["articles"] for r in reads]
        assert len(set(counts)) >= 3, f"{name} did not see the archive grow: {sorted(set(counts))}"
        assert counts == sorted(counts), f"{name} saw the article count go down"
        assert counts[-1] == len(expected), name
        for read in reads:
            # Each article arrives whole: its row with its raw page, search entry and signature.
            assert read["articles"] == read["pages"] == read["indexed"] == read["signatures"], (name, read)
            assert read["orphan_awards"] == 0, (name, read)
