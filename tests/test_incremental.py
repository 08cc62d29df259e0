"""Scheduled re-runs: fetch only what is new, keep every version, one writer at a time."""

import json
import re
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from helpers import SAMPLE, add_gallery_pages, run_crawl

from crawler.mirror import MirrorServer
from pipelines.runs import ArchiveLock

HOST = "kalsel.antaranews.com"


def rows(archive, sql, params=()):
    with sqlite3.connect(archive) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


@pytest.fixture()
def mirror_copy(tmp_path):
    """A copy of the Kalsel sample that a test may change, served on 127.0.0.1."""
    root = tmp_path / "mirror"
    shutil.copytree(SAMPLE / HOST, root / HOST)
    with MirrorServer(root) as url:
        yield root, url


def crawl(archive, mirror, *args):
    return run_crawl("antara", archive, mirror, "-a", f"hosts={HOST}", *args)


def test_second_run_downloads_no_article_page(tmp_path, mirror_copy):
    _, url = mirror_copy
    archive = tmp_path / "archive.db"
    crawl(archive, url)
    crawl(archive, url)
    first, second = rows(archive, "select * from crawl_runs order by run_id")
    assert first["articles_fetched"] == 16 and first["articles_new"] == 16
    assert second["articles_fetched"] == 0 and second["articles_new"] == 0
    assert second["pages_fetched"] > 0  # robots.txt, feeds, sitemaps and listings were read again
    assert second["finish_reason"] == "finished"
    assert rows(archive, "select count(*) as n from articles")[0]["n"] == 16


def test_changed_article_updates_its_row_and_keeps_the_old_version(tmp_path, mirror_copy):
    root, url = mirror_copy
    archive = tmp_path / "archive.db"
    crawl(archive, url)
    (page,) = (root / HOST / "berita" / "3900001").iterdir()
    old = rows(archive, "select url, text, content_hash, first_seen from articles where url like '%/3900001/%'")[0]
    # The outlet corrects its story and says so in its sitemap.
    page.write_text(page.read_text().replace("tahun 2023.", "tahun 2023 (diperbarui)."), encoding="utf-8")
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    for sitemap in (root / HOST / "sitemap").glob("*.xml"):
        text = sitemap.read_text()
        text = re.sub(r"(/berita/3900001/[^<]+</loc><lastmod>)[^<]+", rf"\g<1>{later}", text)
        sitemap.write_text(text)
    crawl(archive, url)
    new = rows(
        archive, "select url, text, content_hash, first_seen, updated_at from articles where url = ?", [old["url"]]
    )[0]
    assert "(diperbarui)" in new["text"]
    assert new["first_seen"] == old["first_seen"]
    assert new["content_hash"] != old["content_hash"]
    (version,) = rows(archive, "select * from article_versions where url = ?", [old["url"]])
    assert version["text"] == old["text"] and version["content_hash"] == old["content_hash"]
    assert version["html_zlib"]
    last = rows(archive, "select * from crawl_runs order by run_id desc limit 1")[0]
    assert last["articles_fetched"] == 1 and last["articles_updated"] == 1
    assert rows(archive, "select count(*) as n from articles")[0]["n"] == 16


def mark_changed(root, n):
    """The sitemap says page `n` changed after every fetch so far."""
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    sitemap = root / HOST / "sitemap" / "sitemap-2025-10.xml"
    sitemap.write_text(re.sub(rf"(/berita/{n}/[^<]+</loc><lastmod>)[^<]+", rf"\g<1>{later}", sitemap.read_text()))


def test_an_article_answered_not_modified_counts_as_seen(tmp_path, mirror_copy):
    root, url = mirror_copy
    archive = tmp_path / "archive.db"
    crawl(archive, url)
    with sqlite3.connect(archive) as conn:
        conn.execute("update articles set last_seen = '2025-01-01T00:00:00+00:00'")
    mark_changed(root, 3900097)  # said to have changed; it has not
    crawl(archive, url)
    stats = json.loads(rows(archive, "select stats from crawl_runs order by run_id desc limit 1")[0]["stats"])
    assert stats["incremental/not_modified"] == 1 and stats["archive/articles_seen_unchanged"] == 1
    seen = {r["url"].split("/")[4]: r for r in rows(archive, "select url, last_seen, updated_at from articles")}
    assert seen["3900097"]["last_seen"] > "2026" and seen["3900097"]["updated_at"] < seen["3900097"]["last_seen"]
    assert {r["last_seen"] for n, r in seen.items() if n != "3900097"} == {"2025-01-01T00:00:00+00:00"}


def test_a_refused_page_is_remembered_and_not_fetched_again(tmp_path, mirror_copy):
    root, url = mirror_copy
    add_gallery_pages(root / HOST, 3999001, 3999002)
    archive = tmp_path / "archive.db"
    first_log = crawl(archive, url).stderr
    refused = rows(archive, "select * from refused_pages order by url")
    assert [r["url"].split("/")[4] for r in refused] == ["3999001", "3999002"]
    assert {r["reason"] for r in refused} == {"no article text found"}
    assert all(r["etag"] and r["last_modified"] and r["html_zlib"] and r["outlet"] == "antara" for r in refused)
    assert "2 refused pages recorded, 0 skipped as known" in first_log
    second_log = crawl(archive, url).stderr
    first, second = rows(archive, "select * from crawl_runs order by run_id")
    assert first["articles_fetched"] == 18 and first["articles_new"] == 16
    # Zero article pages on an unchanged re-crawl: neither the articles nor the refused pages.
    assert second["articles_fetched"] == 0 and second["dropped"] == 0
    stats = json.loads(second["stats"])
    assert stats["incremental/skipped_refused"] >= 2 and "incremental/refused_rechecked" not in stats
    assert "0 refused pages recorded, 2 skipped as known" in second_log
    assert len(rows(archive, "select url from refused_pages")) == 2


def test_a_refused_page_the_sitemap_says_changed_is_fetched_again_conditionally(tmp_path, mirror_copy):
    root, url = mirror_copy
    pages = add_gallery_pages(root / HOST, 3999001, 3999002, 3999003)
    archive = tmp_path / "archive.db"
    crawl(archive, url)
    # 3999001 is said to have changed but has not; 3999002 has become a story; 3999003 is left alone.
    story = next((root / HOST / "berita" / "3900086").iterdir()).read_text(encoding="utf-8")
    pages[3999002].write_text(story.replace("3900086", "3999002"), encoding="utf-8")
    mark_changed(root, 3999001)
    mark_changed(root, 3999002)
    crawl(archive, url)
    last = rows(archive, "select * from crawl_runs order by run_id desc limit 1")[0]
    stats = json.loads(last["stats"])
    assert stats["incremental/refused_rechecked"] == 2 and stats["incremental/skipped_refused"] >= 1
    # The unchanged page answered 304 to the ETag it was asked with: only the new story was downloaded.
    assert stats["incremental/not_modified"] == 1
    assert last["articles_fetched"] == 1 and last["articles_new"] == 1
    assert [r["url"].split("/")[4] for r in rows(archive, "select url from refused_pages order by url")] == [
        "3999001",
        "3999003",
    ]
    assert rows(archive, "select count(*) as n from articles where url like '%/3999002/%'")[0]["n"] == 1


def test_a_second_crawl_on_a_locked_archive_stops_cleanly(tmp_path, mirror_copy):
    _, url = mirror_copy
    archive = tmp_path / "archive.db"
    lock = ArchiveLock(archive)
    lock.acquire()
    try:
        result = crawl(archive, url)
    finally:
        lock.release()
    assert "another crawl is writing" in result.stderr
    assert "archive_locked" in result.stderr
    assert not archive.exists() or not rows(archive, "select name from sqlite_master where name = 'articles'")
