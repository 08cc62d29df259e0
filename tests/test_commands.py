"""The project's commands: `scrapy extract` prints, as one JSON object, exactly what a crawl stores;
`scrapy demo` (what `make demo` runs) crawls the offline sample into the archive; every command
answers a bad argument with one line and exit status 2."""

import json
import re
import socket
import sqlite3
import subprocess
from collections import Counter
from contextlib import closing

import pytest
from helpers import FIXTURES, ROOT, SCRAPY, free_port, sample_articles, scrapy, wait_for_http

from crawler.outlets import outlet_for_host
from pipelines.runs import ArchiveLock
from pipelines.schema import open_archive


def extract(path, url):
    return scrapy("extract", str(path), "--url", url, timeout=120)


def test_extract_prints_archive_columns_and_awards():
    (seed,) = [a for a in sample_articles() if a["id"] == 3900001]
    result = extract(seed["page"], seed["url"])
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)
    assert item["url"] == seed["url"]
    assert item["published_at"] == "2024-01-24T16:10:00+08:00"
    assert item["award_role"] == "received"
    assert item["awards"][0]["recipients"] == ["Polresta Banjarmasin"]
    assert {"title", "text", "outlet", "section", "reporter", "editor", "word_count"} <= item.keys()


def test_extract_reports_a_page_without_article(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>menu</nav></body></html>")
    result = extract(page, "https://kalsel.antaranews.com/berita/1/x")
    assert result.returncode == 1
    assert "no article text found" in result.stderr


def test_extract_works_on_a_real_page_of_another_outlet():
    page = FIXTURES / "realworld" / "kompas" / "kompas-singlepage.html"
    result = extract(page, "http://regional.kompas.com/read/2015/11/04/polres-lhokseumawe")
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)
    assert "Lhokseumawe" in item["title"]
    assert item["award_role"] == "none"


def archived_per_outlet(archive) -> dict[str, tuple[int, int, int]]:
    """Per outlet: articles, award stories and awards, read from the archive itself."""
    with closing(sqlite3.connect(archive)) as conn:
        rows = conn.execute("""select outlet, count(*), sum(award_role = 'received'),
            (select count(*) from awards join articles as a on a.url = article_url where a.outlet = articles.outlet)
            from articles group by outlet""")
        return {outlet: tuple(figures) for outlet, *figures in rows}


def test_demo_crawls_the_offline_sample_quietly_then_serves_it(tmp_path):
    archive = tmp_path / "archive.db"
    port = free_port()
    demo = subprocess.Popen([*SCRAPY, "demo", "--port", str(port), "-s", f"ARCHIVE_PATH={archive}"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        printed = []
        while not printed or not printed[-1].startswith("Datasette:"):
            line = demo.stdout.readline()
            assert line, f"the demo ended early: {''.join(printed)}{demo.stderr.read()[-3000:]}"
            printed.append(line)
        wait_for_http(f"http://127.0.0.1:{port}/archive/search_stories")
    finally:
        demo.terminate()
        demo.wait(timeout=10)
    assert "[scrapy" not in demo.stderr.read()  # Scrapy's log went to its file only
    out = "".join(printed)
    assert len(printed) < 40, out
    assert printed[-1].startswith(f"Datasette: http://127.0.0.1:{port}/")
    assert f"Scrapy's log: {tmp_path / 'demo.log'}" in out
    # One line per spider as it finishes, then what it archived: what it prints is what the archive holds.
    per_outlet = archived_per_outlet(archive)
    expected = Counter(outlet_for_host(a["host"]).key for a in sample_articles())
    assert {outlet: figures[0] for outlet, figures in per_outlet.items()} == dict(expected)
    for outlet, (articles, award_stories, awards) in per_outlet.items():
        assert re.search(rf"^  {outlet} +done in [\d.]+ s: \d+ pages fetched, {articles} articles$", out, re.M)
        assert re.search(rf"^  {outlet} +{articles} +{award_stories} +{awards}$", out, re.M)
        assert award_stories > 0 and awards >= award_stories
    # Hosts the sample has no pages of are not asked for, so the log is not a wall of 404s.
    assert re.search(r"^  disway +no pages of its hosts in the offline sample; not crawled$", out, re.M)
    log = (tmp_path / "demo.log").read_text(encoding="utf-8")
    assert log.count("Spider closed (finished)") == len(per_outlet)
    assert log.count("Ignoring response <404") <= 2


def test_demo_verbose_keeps_scrapys_log_in_the_terminal(tmp_path):
    result = scrapy("demo", "--no-serve", "-v", "-s", f"ARCHIVE_PATH={tmp_path / 'archive.db'}")
    assert result.returncode == 0, result.stderr[-3000:]
    crawled = {outlet_for_host(a["host"]).key for a in sample_articles()}
    assert result.stderr.count("Spider closed (finished)") == len(crawled)
    assert not (tmp_path / "demo.log").exists() and "Scrapy's log" not in result.stdout


@pytest.fixture
def busy_port():
    """A port something already listens on."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


# A file, folder or port that cannot be used: exactly one line naming it.
REFUSED = [
    (["extract", "{tmp}/missing.html", "--url", "https://www.jpnn.com/x"], "scrapy extract: no such file: {tmp}/missing.html"),
    (["extract", "{tmp}", "--url", "https://www.jpnn.com/x"], "scrapy extract: not a file: {tmp}"),
    (["serve", "--archive", "{tmp}/none.db"], "scrapy serve: no archive at {tmp}/none.db: run a crawl first (or `scrapy demo`)"),
    (["serve", "--archive", "README.md"], "scrapy serve: not an SQLite archive: README.md"),
    (["serve", "--archive", "{archive}", "--port", "{busy}"], "scrapy serve: cannot listen on 127.0.0.1:{busy}: Address already in use"),
    (["reextract", "-s", "ARCHIVE_PATH={tmp}/none.db"], "scrapy reextract: no archive at {tmp}/none.db: run a crawl first (or `scrapy demo`)"),
    (["mirror", "{tmp}/none"], "scrapy mirror: no mirror folder at {tmp}/none"),
    (["mirror", "{tmp}", "--port", "{busy}"], "scrapy mirror: cannot listen on 127.0.0.1:{busy}: Address already in use"),
    (["demo", "--sample", "{tmp}"], "scrapy demo: no offline sample at {tmp}"),
    (["ingest-warc", "{tmp}/none.warc.gz"], "scrapy ingest-warc: no such file: {tmp}/none.warc.gz"),
    (["demo", "--port", "{busy}"], "scrapy demo: cannot listen on 127.0.0.1:{busy}: Address already in use"),
]  # fmt: skip

# A malformed argument: Scrapy's usage, then the one line that says what is wrong.
USAGE_ERRORS = [
    (["extract", "--url", "https://www.jpnn.com/x"], "give one saved page"),
    (["serve", "--port", "70000"], "argument --port: not a port number (1 to 65535): '70000'"),
    (["demo", "--port", "http"], "argument --port: not a port number (1 to 65535): 'http'"),
    (["reextract", "--workers", "0"], "argument --workers: not a number of processes: '0'"),
    (["crawlall", "--spiders", "antara,polda"], "unknown spiders: polda (there are antara, disway, jpnn, kompas, rri, tangerangekspres, tribratanews, tribun)"),
    (["schedule", "--every", "6 hours"], "bad interval '6 hours': use e.g. 30m, 6h or 1d"),
    (["schedule", "--cron", "99 * * * *"], "cron field out of range: '99'"),
    (["schedule", "--once", "--spiders", "polda"], "unknown spiders: polda"),
    (["ingest-warc", "README.md", "-a", "hosts=kalsel,nowhere"], "hosts: no outlet has these hosts: nowhere"),
    (["export-warc", "out.warc.gz", "-a", "outlet=detik"], "outlet: not an outlet (antara, tangerangekspres, disway, tribratanews, tribun, jpnn, rri, kompas): 'detik'"),
]  # fmt: skip


def fill(text: str, tmp_path, busy_port, archive) -> str:
    return text.format(tmp=tmp_path, busy=busy_port, archive=archive)


@pytest.mark.parametrize(("args", "message"), REFUSED)
def test_unusable_file_folder_or_port_is_one_line(args, message, tmp_path, busy_port):
    archive = tmp_path / "archive.db"
    sqlite3.connect(archive).close()
    result = scrapy(*(fill(a, tmp_path, busy_port, archive) for a in args), timeout=60)
    assert (result.returncode, result.stderr.splitlines()) == (2, [fill(message, tmp_path, busy_port, archive)])
    assert result.stdout == ""


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS)
def test_malformed_argument_is_a_usage_error(args, message):
    result = scrapy(*args, timeout=60)
    assert result.returncode == 2
    # "scrapy: error: ...", or "cmdline.py: error: ..." as run here, through python -m scrapy.cmdline
    assert re.fullmatch(rf"[\w.]+: error: {re.escape(message)}", result.stderr.splitlines()[-1]), result.stderr
    assert "Traceback" not in result.stderr and "[scrapy" not in result.stderr  # before Scrapy's log starts


@pytest.mark.parametrize("command", ["reextract", "ingest-warc"])
def test_a_busy_archive_ends_a_writing_command_with_one_line(command, tmp_path):
    archive = tmp_path / "archive.db"
    open_archive(archive).conn.close()
    held = ArchiveLock(archive)
    held.acquire()  # as a crawl running now holds it
    try:
        args = [command, "-s", f"ARCHIVE_PATH={archive}"] + (["README.md"] if command == "ingest-warc" else [])
        result = scrapy(*args, timeout=60)
    finally:
        held.release()
    assert result.returncode == 1
    assert result.stdout.startswith(f"{command}: another crawl is writing {archive}")
    assert result.stdout.rstrip().endswith("try again when it has finished.")
