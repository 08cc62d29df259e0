"""Web archives in and out: `scrapy ingest-warc` backfills from WARC files written here with warcio from the
offline sample's pages (good and damaged records), `scrapy export-warc` writes what pywb replays."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import urllib.request

import pytest
import sqlite_utils
from helpers import ROOT, free_port, scrapy, wait_for_http
from test_browser import CHROMIUM, CHROMIUM_ARGS
from test_datasette import copy_archive, serve_datasette
from warc_files import Warc, handful, warc_of

from pipelines.page_store import codec

WAYBACK = ROOT / ".venv-replay" / "bin" / "wayback"


def rows(archive, sql, params=()):
    with sqlite3.connect(archive) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def stories(archive, urls=None):
    """What the pipelines derived: the articles, their awards and unit links (of `urls`, else all)."""
    where = f" in ({', '.join('?' * len(urls))})" if urls else " is not null"
    params = list(urls or [])
    return (
        rows(archive, "select url, outlet, host, title, text, published_at, reporter, section, award_role, "
             f"content_hash from articles where url{where} order by url", params),
        rows(archive, "select award_id, category, giver, year, event_date, recipients, title from awards "
             f"where article_url{where} order by award_id", params),
        rows(archive, f"select article_url, unit_id, role, mentions from article_units where article_url{where} "
             "order by article_url, unit_id", params),
    )  # fmt: skip


def everything(archive):
    """Every stored row that an ingest could touch, fetch times included."""
    return [rows(archive, f"select * from {t} order by 1, 2") for t in ("articles", "pages", "awards", "article_units")]


def ingest(archive, *files, args=()):
    result = scrapy("ingest-warc", *map(str, files), "--workers", "2", "-s", f"ARCHIVE_PATH={archive}", *args)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_ingest_stores_what_a_crawl_stores_resumes_and_adds_nothing_twice(sample_archive, tmp_path):
    chosen = handful()
    urls = [a["url"] for a in chosen]
    archive = tmp_path / "archive.db"
    # A run killed after the first three pages left those stored; running again on the whole file resumes.
    ingest(archive, warc_of(tmp_path / "part.warc.gz", chosen[:3]))
    whole = Warc(tmp_path / "capture.warc.gz")
    for article in chosen:
        whole.request(article["url"])
        whole.page(article, extra_headers=[("ETag", '"v1"')])
    # An old capture, from before the outlet served HTTPS: the same story.
    old = dict(chosen[-1], url=chosen[-1]["url"].replace("https://", "http://"))
    whole.page(old, date="2024-01-01T00:00:00Z")
    out = ingest(archive, whole.close())
    assert f"{2 * len(chosen) + 1} records read from 1 file(s) on 2 processes" in out
    assert f"articles: {len(chosen) - 3} new, 0 updated, 0 unchanged" in out
    # The three stored before, and the old capture, older than the one stored.
    assert "already archived             4" in out and f"request record               {len(chosen)}" in out
    # The same articles, awards and unit links as the crawl of the same pages.
    assert stories(archive, urls) == stories(sample_archive[0], urls)
    assert stories(archive)[1], "the handful holds award stories"
    sources = rows(archive, "select source, count(*) as n from articles group by source order by source")
    assert sources == [{"source": "capture.warc.gz", "n": len(chosen) - 3}, {"source": "part.warc.gz", "n": 3}]
    page = rows(archive, "select fetched_at, headers, status from pages where url = ?", [urls[-1]])[0]
    assert (page["fetched_at"], page["status"], json.loads(page["headers"])["ETag"]) == (
        "2025-03-01T08:00:00+00:00", 200, '"v1"')  # fmt: skip
    before = everything(archive)
    out = ingest(archive, tmp_path / "capture.warc.gz")
    assert "articles: 0 new, 0 updated, 0 unchanged; 0 award stories" in out
    assert everything(archive) == before


def test_damaged_and_foreign_records_are_skipped_counted_and_change_nothing(tmp_path):
    chosen = handful()
    archive = tmp_path / "archive.db"
    ingest(archive, warc_of(tmp_path / "good.warc.gz", chosen[:2]))
    before = everything(archive)
    bad = Warc(tmp_path / "bad.warc.gz")
    bad.page(chosen[0])  # the same capture again
    bad.response(chosen[2]["url"], b'{"not": "a page"}', content_type="application/json")
    bad.response(chosen[2]["url"].replace("kompas", "kompas", 1), b"gone", status="404 Not Found")
    bad.revisit(chosen[1]["url"])
    bad.response("https://www.example.com/berita/1/polres-lain", chosen[3]["page"].read_bytes())
    bad.response(chosen[3]["url"], gzip.compress(chosen[3]["page"].read_bytes()))  # compressed, not said so
    bad.damaged_length(chosen[4], +500)
    bad.damaged_length(chosen[5], -40)
    bad.page(chosen[6])  # the file goes on past the damage
    bad.page(chosen[7])
    out = ingest(archive, bad.close(cut=300))
    assert "10 records read" in out and "articles: 1 new, 0 updated, 0 unchanged" in out
    skipped = {line.rsplit(None, 1)[0].strip(): int(line.rsplit(None, 1)[1]) for line in out.splitlines()[4:]}
    assert skipped == {
        "already archived": 1, "not HTML": 1, "not a page (HTTP status)": 1, "revisit record": 1, "unknown host": 1,
        "undecodable page": 1, "bad record length": 2, "truncated record": 1,
    }  # fmt: skip
    after = everything(archive)
    assert [r["url"] for r in after[0]] == sorted([chosen[0]["url"], chosen[1]["url"], chosen[6]["url"]])
    assert [[r for r in table if chosen[6]["url"] not in json.dumps(r, default=str)] for table in after] == before


def test_window_and_hosts_choose_what_is_ingested(tmp_path):
    chosen = handful()
    # Captured before the outlet served HTTPS: still its article.
    warc = warc_of(tmp_path / "capture.warc.gz", [dict(chosen[0], url=chosen[0]["url"].replace("https:", "http:")),
                                                  *chosen[1:]])  # fmt: skip
    out = ingest(tmp_path / "kalsel.db", warc, args=("-a", "hosts=kalsel"))
    kalsel = [a["url"] for a in chosen if a["host"] == "kalsel.antaranews.com"]
    assert [r["url"] for r in rows(tmp_path / "kalsel.db", "select url from articles order by url")] == kalsel
    assert chosen[0]["host"] == "kalsel.antaranews.com"
    assert f"host not selected            {len(chosen) - len(kalsel)}" in out
    days = sorted(a["published"][:10] for a in chosen)
    since, until = days[2], days[-3]
    ingest(tmp_path / "window.db", warc, args=("-a", f"since={since}", "-a", f"until={until}"))
    stored = rows(tmp_path / "window.db", "select substr(published_at, 1, 10) as day from articles order by day")
    assert [r["day"] for r in stored] == [d for d in days if since <= d <= until]


@pytest.fixture(scope="module")
def exported(sample_archive, tmp_path_factory):
    """The tribun stories of the crawled sample, exported as a WARC with its CDXJ index and a WACZ."""
    folder = tmp_path_factory.mktemp("export")
    out = folder / "tribun.warc.gz"
    result = scrapy("export-warc", str(out), "-a", "outlet=tribun", "--wacz", "-s", f"ARCHIVE_PATH={sample_archive[0]}")
    assert result.returncode == 0, result.stderr[-2000:]
    return out, result.stdout


def test_export_then_ingest_gives_the_same_stories(sample_archive, exported, tmp_path):
    out, printed = exported
    crawled = stories(sample_archive[0])
    tribun = [r["url"] for r in crawled[0] if r["outlet"] == "tribun"]
    assert f"{len(tribun)} pages written as request and response records to {out}" in printed
    cdxj = out.with_name("tribun.cdxj").read_text().splitlines()
    assert sorted(json.loads(line.split(" ", 2)[2])["url"] for line in cdxj if '"request"' not in line) == tribun
    assert out.with_name("tribun.wacz").stat().st_size > out.stat().st_size / 2
    archive = tmp_path / "archive.db"
    out_text = ingest(archive, out)
    assert f"articles: {len(tribun)} new" in out_text
    assert stories(archive) == stories(sample_archive[0], tribun)
    original = rows(sample_archive[0], "select url, fetched_at from pages where url in (select url from articles "
                    "where outlet = 'tribun') order by url")  # fmt: skip
    assert rows(archive, "select url, fetched_at from pages order by url") == original
    # Where each story came from, for readers of the publication too.
    assert rows(sample_archive[0], "select distinct source from articles") == [{"source": "crawl"}]
    with serve_datasette(copy_archive(archive, tmp_path / "published.db")) as url:
        with urllib.request.urlopen(f"{url}/archive/articles.json?_facet=source&_size=0", timeout=30) as answer:
            facet = json.load(answer)["facet_results"]["source"]["results"]
    assert [(f["value"], f["count"]) for f in facet] == [("tribun.warc.gz", len(tribun))]


def test_export_takes_a_window_and_award_stories_only(sample_archive, tmp_path):
    out = tmp_path / "awards.warc.gz"
    args = ("-a", "awards=1", "-a", "since=2024-01-01", "-a", "until=2024-12-31")
    result = scrapy("export-warc", str(out), *args, "-s", f"ARCHIVE_PATH={sample_archive[0]}")
    assert result.returncode == 0, result.stderr[-2000:]
    expected = rows(sample_archive[0], "select count(*) as n from articles where award_role = 'received' "
                    "and published_at >= '2024-01-01' and published_at < '2025-01-01'")[0]["n"]  # fmt: skip
    assert 0 < expected < rows(sample_archive[0], "select count(*) as n from articles")[0]["n"]
    assert result.stdout.startswith(f"{expected} pages written")


def test_pywb_replays_the_export(sample_archive, exported, tmp_path):
    if not WAYBACK.exists():
        pytest.fail("pywb is missing: `make replay` installs it into .venv-replay")
    out, _ = exported
    (tmp_path / "config.yaml").write_text(
        f"collections:\n  archive:\n    index_paths: {out.with_name('tribun.cdxj')}\n    archive_paths: {out.parent}/\n"
    )
    page = rows(sample_archive[0], "select a.fetched_url, a.title, p.html_zlib, p.fetched_at from pages p join "
                "articles a using (url) where a.outlet = 'tribun' and a.award_role = 'received' limit 1")[0]  # fmt: skip
    stamp = "".join(c for c in page["fetched_at"][:19] if c.isdigit())
    port = free_port()
    server = subprocess.Popen([str(WAYBACK), "-p", str(port), "-b", "127.0.0.1"], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}/archive"
    try:
        wait_for_http(base + "/", timeout=60)
        # The page as archived, byte for byte.
        with urllib.request.urlopen(f"{base}/{stamp}id_/{page['fetched_url']}", timeout=30) as answer:
            assert answer.read() == codec(sqlite_utils.Database(sample_archive[0])).unpack(page["html_zlib"]).encode()
        # The page as a reader sees it replayed, in a real browser.
        if not CHROMIUM.exists():
            pytest.fail("Chromium is missing: `make browser` installs Debian's chromium")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            tab = browser.new_page()
            tab.goto(f"{base}/{stamp}mp_/{page['fetched_url']}", timeout=30_000)
            assert page["title"] in tab.inner_text("body")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
