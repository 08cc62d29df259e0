"""A bad night: the crawl goes on past every fault, the archive stays whole, the run says what happened."""

import json
import sqlite3

import pytest
from faultserver import FAULTS, HOST, STORED, FaultServer, build_tree, path_of
from helpers import SAMPLE, run_crawl


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    root = build_tree(tmp_path_factory.mktemp("faulty"), SAMPLE)
    archive = tmp_path_factory.mktemp("archive") / "archive.db"
    with FaultServer(root) as url:
        result = run_crawl(
            "antara", archive, url, "-a", "hosts=aceh",
            "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=5000000",
            "-s", "DOWNLOAD_WARNSIZE=1000000", "-s", "LOG_LEVEL=INFO",
        )  # fmt: skip
    with sqlite3.connect(archive) as conn:
        conn.row_factory = sqlite3.Row
        articles = {r["url"]: dict(r) for r in conn.execute("select * from articles")}
        (run,) = [dict(r) for r in conn.execute("select * from crawl_runs")]
        (integrity,) = conn.execute("pragma integrity_check").fetchone()
    return articles, run, json.loads(run["stats"]), result.stderr, integrity


def url(article_id):
    return f"https://{HOST}{path_of(article_id)}"


def test_crawl_finishes_and_archive_is_whole(faulty_crawl):
    _, run, _, _, integrity = faulty_crawl
    assert run["finish_reason"] == "finished"
    assert integrity == "ok"


def test_exactly_the_readable_articles_are_stored(faulty_crawl):
    articles, *_ = faulty_crawl
    assert sorted(articles) == sorted(url(i) for i in STORED)


@pytest.mark.parametrize(
    ("fault", "stat"),
    [
        (2, "retry/max_reached"),
        (3, "politeness/retry_after"),
        (5, "downloader/exception_type_count/scrapy.exceptions.DownloadFailedError"),
        (6, "downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError"),
        (14, "downloader/exception_type_count/scrapy.exceptions.DownloadCancelledError"),
        (9, "robotstxt/forbidden"),
        (10, "offsite/filtered"),
        (11, "articles/dropped/empty_page"),
        (13, "articles/dropped/no_article_text_found"),
        (16, "articles/charset_repaired"),
        (19, "articles/dropped/no_article_text_found"),
        (None, "discovery/sitemap_unreadable"),
        (None, "discovery/feed_empty"),
    ],
)
def test_each_fault_is_counted_in_the_runs_record(faulty_crawl, fault, stat):
    _, _, stats, _, _ = faulty_crawl
    assert stats.get(stat, 0) >= 1, f"{FAULTS.get(fault, 'feeds and sitemaps')}: no {stat} in {sorted(stats)}"


def test_faults_are_logged_with_reasons(faulty_crawl):
    _, run, stats, log, _ = faulty_crawl
    assert "Gave up retrying" in log
    assert "declares UTF-8 but is not" in log
    assert "Not a readable sitemap" in log
    assert "larger than download max size" in log or "Cancelling download" in log
    assert run["dropped"] >= 3


def test_repaired_and_redirected_articles_have_their_fields(faulty_crawl):
    articles, *_ = faulty_crawl
    assert "“Polres” – café" in articles[url(16)]["title"]
    assert articles[url(17)]["title"] and not articles[url(17)]["title"].startswith("\ufeff")
    # Its printed date is unreadable: the article is kept, dated at best by generic date heuristics.
    assert articles[url(20)]["published_text"] == "Hari ini, pukul sekian" and articles[url(20)]["text"]
    assert url(21) not in articles and articles[url(22)]["fetched_url"] == url(22)
