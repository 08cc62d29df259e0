"""`scrapy reextract` rebuilds every derived field and table from stored pages, idempotently."""

import shutil
import sqlite3

from helpers import scrapy


def rows(archive, sql):
    with sqlite3.connect(archive) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql)]


def reextract(archive):
    result = scrapy("reextract", "--workers", "2", "-s", f"ARCHIVE_PATH={archive}")
    assert result.returncode == 0, result.stderr
    return result.stdout


def snapshot(archive):
    return (
        rows(archive, "select url, title, text, published_at, award_role, content_hash from articles order by url"),
        rows(archive, "select award_id, category, giver, year, event_date, recipients from awards order by award_id"),
        rows(archive, "select article_url, unit_id, role from article_units order by article_url, unit_id"),
    )


def test_reextract_restores_what_an_older_extractor_got_wrong(sample_archive, tmp_path):
    archive = tmp_path / "archive.db"
    shutil.copy(sample_archive[0], archive)
    expected = snapshot(archive)
    total = len(expected[0])
    # What an older, worse extractor would have left behind.
    with sqlite3.connect(archive) as conn:
        conn.execute("update articles set title = upper(title), award_role = 'none', published_at = null")
        conn.execute("delete from award_recipients")
        conn.execute("delete from awards")
        conn.execute("delete from article_units")
    out = reextract(archive)
    assert f"{total} pages on 2 processes: {total} articles changed, 0 unchanged, 0 errors" in out
    assert "title" in out and "awards" in out
    assert snapshot(archive) == expected


def test_reextract_twice_changes_nothing(sample_archive, tmp_path):
    archive = tmp_path / "archive.db"
    shutil.copy(sample_archive[0], archive)
    before = snapshot(archive)
    reextract(archive)
    out = reextract(archive)
    assert ": 0 articles changed" in out
    assert snapshot(archive) == before
    # Re-extraction is not a visit: first and last seen stay as the crawl left them.
    assert rows(archive, "select count(*) as n from article_versions")[0]["n"] == 0
