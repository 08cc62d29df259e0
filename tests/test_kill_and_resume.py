"""Durability: a crawl killed with SIGKILL at random points, then run to completion, leaves a sound archive.

The kill points are drawn from a seeded generator; the seed is printed so that a failure can be replayed with
`KILL_SEED=<seed> pytest tests/test_kill_and_resume.py -s`. `KILL_POINTS` sets how many kills a run suffers.
A second test kills the writer just before each of its SQL writes in turn, so every point is tried once.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
import traceback

import sqlite_utils
from helpers import ROOT, SCRAPY, run_crawl, sample_articles

from crawler.outlets import ANTARA
from pipelines.page_fields import process_page
from pipelines.schema import open_archive
from pipelines.store import save_article

SPIDER = "antara"
# Slow enough for a kill to land while articles are written; command-line settings outrank the spider's own.
SLOW = ("-s", "DOWNLOAD_DELAY=0.1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")


def rows(archive, sql, params=()):
    conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True, timeout=30)
    try:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def run_of(archive, pid: int) -> dict | None:
    """The crawl_runs row of the process `pid`, once it has written one."""
    try:
        found = rows(archive, "select * from crawl_runs where pid = ? order by run_id desc limit 1", [pid])
    except sqlite3.OperationalError:  # no archive or no table yet
        return None
    return found[0] if found else None


def article_count(archive) -> int:
    try:
        return rows(archive, "select count(*) as n from articles")[0]["n"]
    except sqlite3.OperationalError:
        return 0


def start_crawl(archive, mirror, log):
    cmd = [*SCRAPY, "crawl", SPIDER, "-s", f"MIRROR_URL={mirror}", "-s", f"ARCHIVE_PATH={archive}", *SLOW]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, env=os.environ.copy())


def kill_at_random_point(archive, mirror, rng: random.Random, log) -> dict:
    """Start a crawl, wait until it has recorded its run, let it work a random while and SIGKILL it."""
    proc = start_crawl(archive, mirror, log)
    try:
        deadline = time.monotonic() + 60
        while run_of(archive, proc.pid) is None and proc.poll() is None:
            assert time.monotonic() < deadline, "the crawl never recorded its run"
            time.sleep(0.02)
        delay = rng.uniform(0.3, 2.5)
        time.sleep(delay)
        before = article_count(archive)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    return {"pid": proc.pid, "delay": round(delay, 2), "articles": before, "returncode": proc.returncode}


def mid_crawl(point: dict, expected: dict) -> bool:
    """The kill came while the archive held some articles but not all: the crawl was writing them."""
    return 0 < point["articles"] < len(expected)


def test_crawl_killed_at_random_points_then_resumed_archives_everything_once(tmp_path, mirror_url):
    seed = int(os.environ.get("KILL_SEED") or random.SystemRandom().randrange(2**32))
    kills = int(os.environ.get("KILL_POINTS", "3"))
    print(f"kill-and-resume seed {seed} (replay with KILL_SEED={seed})")
    rng = random.Random(seed)
    archive = tmp_path / "archive.db"
    expected = {a["url"]: a for a in sample_articles() if a["host"] in ANTARA.hosts}

    points: list[dict] = []
    with open(tmp_path / "killed.log", "wb") as log:
        # A few more kills when none has yet hit the crawl while it was writing articles.
        while len(points) < kills or (len(points) < kills + 5 and not any(mid_crawl(p, expected) for p in points)):
            points.append(kill_at_random_point(archive, mirror_url, rng, log))
    print("kill points:", points)
    # A kill that came after the crawl had finished would test nothing.
    assert all(p["returncode"] == -signal.SIGKILL for p in points), points
    assert any(mid_crawl(p, expected) for p in points), "no kill landed mid-crawl: slow the crawl further"

    final = run_crawl(SPIDER, archive, mirror_url, *SLOW)
    (tmp_path / "final.log").write_text(final.stderr)
    assert "Spider closed (finished)" in final.stderr

    assert rows(archive, "pragma integrity_check") == [{"integrity_check": "ok"}]
    assert rows(archive, "pragma foreign_key_check") == []

    # Every sample article of the spider's hosts, once, with the text and awards an uninterrupted crawl stores.
    stored = rows(archive, "select url, title, text, award_role from articles")
    urls = [r["url"] for r in stored]
    assert len(urls) == len(set(urls))
    assert sorted(urls) == sorted(expected)
    clean = {url: process_page(a["page"].read_text(encoding="utf-8"), url) for url, a in expected.items()}
    for row in stored:
        assert row["text"] and row["text"] == clean[row["url"]]["text"], row["url"]
        assert (row["title"], row["award_role"]) == (clean[row["url"]]["title"], clean[row["url"]]["award_role"])
    pages = rows(archive, "select url, bytes from pages")
    assert sorted(p["url"] for p in pages) == sorted(expected)
    assert all(p["bytes"] > 0 for p in pages)
    fts = rows(archive, "select count(*) as n from articles_fts")[0]["n"]
    assert fts == len(expected)
    clusters = rows(archive, "select url, cluster_id from story_clusters")
    assert sorted(c["url"] for c in clusters) == sorted(expected)
    assert {c["cluster_id"] for c in clusters} <= set(expected)

    # Awards: each belongs to an archived article, numbered 1..n within it, each with its recipients.
    awards = rows(
        archive, "select award_id, article_url, award_no, recipients from awards order by article_url, award_no"
    )
    by_article: dict[str, list[int]] = {}
    for award in awards:
        assert award["article_url"] in expected, award
        assert award["award_id"] == f"{award['article_url']}#{award['award_no']}"
        assert json.loads(award["recipients"]), award
        by_article.setdefault(award["article_url"], []).append(award["award_no"])
    assert by_article, "no awards at all: the crawl did not get through the pipelines"
    for url, numbers in by_article.items():
        assert numbers == list(range(1, len(numbers) + 1)), url
    assert {url: len(numbers) for url, numbers in by_article.items()} == {
        url: len(article["awards"]) for url, article in clean.items() if article["awards"]
    }
    received = {r["url"] for r in rows(archive, "select url from articles where award_role = 'received'")}
    assert set(by_article) <= received
    orphans = rows(archive, "select award_id from award_recipients where award_id not in (select award_id from awards)")
    assert orphans == []

    # The record of runs: every killed run is interrupted, the last one finished.
    runs = rows(archive, "select run_id, pid, spider, finish_reason, finished_at from crawl_runs order by run_id")
    assert [r["pid"] for r in runs[:-1]] == [p["pid"] for p in points]
    assert all(r["finish_reason"] == "interrupted" and r["finished_at"] is None for r in runs[:-1]), runs
    assert runs[-1]["finish_reason"] == "finished" and runs[-1]["finished_at"]
    assert {r["spider"] for r in runs} == {SPIDER}


def saved_state(archive, article: dict) -> dict:
    """What the archive holds of one article: its row, page, awards, unit links and signature."""
    url = article["url"]
    one = "select count(*) as n from {} where {} = ?"
    return {
        "text": next((r["text"] for r in rows(archive, "select text from articles where url = ?", [url])), None),
        "pages": rows(archive, one.format("pages", "url"), [url])[0]["n"],
        "awards": rows(archive, one.format("awards", "article_url"), [url])[0]["n"],
        "units": rows(archive, one.format("article_units", "article_url"), [url])[0]["n"],
        "signatures": rows(archive, one.format("story_clusters", "url"), [url])[0]["n"],
        "versions": rows(archive, one.format("article_versions", "url"), [url])[0]["n"],
    }


def whole(article: dict, versions: int = 0) -> dict:
    return {"text": article["text"], "pages": 1, "awards": len(article["awards"]), "units": len(article["units"]),
            "signatures": 1, "versions": versions}  # fmt: skip


# Statements after which the file can differ: dying just before each of them is a distinct outcome.
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "COMMIT", "END", "--")  # "--": a trigger's


def save_and_die(archive, saves, write: int) -> bool:
    """In a child process, save articles one after another and die (os._exit: no cleanup, no rollback, as
    under SIGKILL) just before the archive runs its `write`-th writing statement. True if it got to die."""
    pid = os.fork()
    if pid == 0:  # the child
        try:
            # The connection as open_archive sets it up, without its (already done) schema and gazetteer work.
            db = sqlite_utils.Database(archive)
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA foreign_keys = ON")
            writes = 0

            def count(sql: str):
                nonlocal writes
                if sql.lstrip().upper().startswith(WRITES):
                    writes += 1
                    if writes == write:
                        os._exit(3)

            db.conn.set_trace_callback(count)
            for article, page in saves:
                save_article(db, article, page)
            os._exit(0)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 3), code
    return code == 3


def test_a_process_dying_inside_save_article_leaves_each_article_whole_or_as_it_was(tmp_path):
    # A story with three awards, one naming a Polsek the gazetteer lacks, then a correction of the first.
    stories = [a for a in sample_articles() if a["url"].split("/")[-2] in ("2300012", "720035")]
    first, second = [process_page(a["page"].read_text(encoding="utf-8"), a["url"]) for a in stories]
    corrected = process_page(
        stories[0]["page"].read_text(encoding="utf-8").replace("</p>", " (diperbarui)</p>", 1), stories[0]["url"]
    )
    assert first["awards"] and second["units"] and corrected["text"] != first["text"]
    pages = [{"html": a["page"].read_text(encoding="utf-8"), "status": 200, "headers": {}} for a in stories]
    saves = [(first, pages[0]), (second, pages[1]), (corrected, pages[0])]

    empty = tmp_path / "empty.db"
    open_archive(empty).conn.close()  # the schema and gazetteer; what the crawl opens before its first article
    absent = {"text": None, "pages": 0, "awards": 0, "units": 0, "signatures": 0, "versions": 0}
    write, died = 0, True
    while died:
        write += 1
        archive = tmp_path / f"died-at-{write}.db"
        shutil.copy(empty, archive)
        died = save_and_die(archive, saves, write)
        state = [saved_state(archive, a) for a in (first, second)]
        assert rows(archive, "pragma integrity_check") == [{"integrity_check": "ok"}]
        assert rows(archive, "pragma foreign_key_check") == [], write
        assert state[0] in (absent, whole(first), whole(corrected, versions=1)), (write, state[0])
        assert state[1] in (absent, whole(second)), (write, state[1])
        for leftover in tmp_path.glob(f"{archive.name}*"):  # the file with its -wal and -shm
            leftover.unlink()
    # The child got through every save: each writing statement has been a point of death.
    assert state == [whole(corrected, versions=1), whole(second)]
    assert write > 40
