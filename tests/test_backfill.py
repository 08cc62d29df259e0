"""Backfill: an outlet's search and tag pages reach older award stories that its feeds, sitemaps
and listings no longer show, and stop where the results get older than `since`."""

import re
import sqlite3

from helpers import run_crawl, run_crawlall, sample_articles

# Stories of the sample that nothing links to but the outlets' search (or tag) pages.
ARCHIVE_ONLY = [a for a in sample_articles(archive_only=True) if a.get("archive_only")]


def stored(archive) -> set[str]:
    with sqlite3.connect(archive) as conn:
        return {url for (url,) in conn.execute("select url from articles")}


def test_sample_has_archive_only_stories_on_three_search_platforms():
    # Odoo's ?search= (Tribrata News), Tribun's tag pages, and Kompas' tag pages on another host.
    assert {a["host"] for a in ARCHIVE_ONLY} == {
        "tribratanews.polri.go.id",
        "banten.tribunnews.com",
        "regional.kompas.com",
    }


def test_an_ordinary_crawl_does_not_reach_them(sample_archive):
    archive, _ = sample_archive
    assert not {a["url"] for a in ARCHIVE_ONLY} & stored(archive)


def test_backfill_finds_stories_only_search_pages_link_to(tmp_path, mirror_url):
    archive = tmp_path / "archive.db"
    result = run_crawlall(
        archive, mirror_url, "--spiders", "tribratanews,tribun,kompas", "-a", "backfill=1", "-a", "since=2023-06-01"
    )
    found = stored(archive)
    for story in ARCHIVE_ONLY:
        assert story["url"] in found, story["url"]
    # Each query's result pages were walked to the empty page after the last one.
    assert "'backfill/search_pages'" in result.stderr
    with sqlite3.connect(archive) as conn:
        (role,) = conn.execute("select award_role from articles where url = ?", [ARCHIVE_ONLY[0]["url"]]).fetchone()
    assert role == "received"


def search_pages_read(log: str) -> int:
    m = re.search(r"'backfill/search_pages': (\d+)", log)
    return int(m.group(1)) if m else 0


def test_backfill_skips_results_older_than_since(tmp_path, mirror_url):
    (old,) = [a for a in ARCHIVE_ONLY if a["host"] == "tribratanews.polri.go.id"]
    assert old["published"] < "2024-01-01"
    recent = run_crawl("tribratanews", tmp_path / "recent.db", mirror_url, "-a", "backfill=1", "-a", "since=2024-01-01")
    assert old["url"] not in stored(tmp_path / "recent.db")
    assert "'backfill/results_too_old'" in recent.stderr


def test_backfill_stops_paging_where_results_get_older_than_since(tmp_path, mirror_url):
    # ANTARA Kalsel's sample answers "penghargaan polres" with several pages, newest first.
    args = ("-a", "hosts=kalsel", "-a", "backfill=1")
    recent = run_crawl("antara", tmp_path / "recent.db", mirror_url, *args, "-a", "since=2025-01-01")
    everything = run_crawl("antara", tmp_path / "all.db", mirror_url, *args)
    assert 0 < search_pages_read(recent.stderr) < search_pages_read(everything.stderr)
    assert "'backfill/results_too_old'" in recent.stderr and "'backfill/results_too_old'" not in everything.stderr
    # Past the last page the outlet answers with no results; nothing beyond that is asked for.
    assert "'downloader/response_status_count/404'" not in everything.stderr
