"""Refused pages: recorded with their reason, validators and page, known to the next crawl, retried by reextract."""

import json
import sqlite3

from helpers import sample_articles, scrapy

from crawler.known import KnownArticles
from pipelines.page_fields import process_page
from pipelines.page_store import codec
from pipelines.refused import save_refused
from pipelines.schema import open_archive
from pipelines.store import save_article

GALLERY = "<html><body><nav><a href='/'>Beranda</a></nav><p>Galeri foto.</p></body></html>"
HEADERS = {"ETag": '"abc"', "Last-Modified": "Tue, 07 Oct 2025 04:10:00 GMT", "Content-Type": "text/html"}


def refused_page(url: str, html: str = GALLERY, fetched_at: str = "2025-10-08T01:00:00+00:00") -> dict:
    return {"url": url, "outlet": "antara", "host": "kalsel.antaranews.com", "html": html, "status": 200,
            "headers": HEADERS, "fetched_at": fetched_at}  # fmt: skip


def story():
    """A sample story, its URL and its page."""
    entry = next(a for a in sample_articles() if a["url"].split("/")[-2] == "3900019")
    return entry["url"], entry["page"].read_text(encoding="utf-8")


def test_a_refused_page_is_one_row_however_often_it_is_refused(tmp_path):
    db = open_archive(tmp_path / "a.db")
    url = "https://kalsel.antaranews.com/berita/3999001/galeri-foto"
    save_refused(db, refused_page(url), "no article text found (2 words)")
    save_refused(db, refused_page(url, fetched_at="2025-10-09T01:00:00+00:00"), "no article text found (2 words)")
    (row,) = db["refused_pages"].rows
    assert row["reason"] == "no article text found" and row["detail"] == "no article text found (2 words)"
    assert (row["etag"], row["last_modified"]) == ('"abc"', "Tue, 07 Oct 2025 04:10:00 GMT")
    assert row["fetched_at"] == "2025-10-09T01:00:00+00:00"
    assert codec(db).unpack(row["html_zlib"]) == GALLERY and row["bytes"] == len(GALLERY)
    # The next crawl knows it, with the validators to ask with.
    db.conn.close()
    known = KnownArticles.load(tmp_path / "a.db", "antara")
    assert known.refused() == 1 and known.get(url).refused and known.get(url).etag == '"abc"'
    assert KnownArticles.load(tmp_path / "a.db", "kompas").get(url) is None


def test_a_refused_page_that_yields_an_article_is_refused_no_more(tmp_path):
    url, html = story()
    db = open_archive(tmp_path / "a.db")
    save_refused(db, refused_page(url), "empty page")
    article = process_page(html, url)
    save_article(db, article, refused_page(url, html), refused_before=True)
    assert db["refused_pages"].count == 0 and db["articles"].count == 1


def reextract(archive):
    result = scrapy("reextract", "--workers", "2", "-s", f"ARCHIVE_PATH={archive}")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_reextract_retries_refused_pages_offline(tmp_path):
    archive = tmp_path / "a.db"
    url, html = story()
    gallery = "https://kalsel.antaranews.com/berita/3999001/galeri-foto"
    db = open_archive(archive)
    # A story an older extractor refused, and a page that holds no story.
    save_refused(db, refused_page(url, html), "no article text found (9 words)")
    save_refused(db, refused_page(gallery), "no article text found (2 words)")
    db.conn.close()
    out = reextract(archive)
    assert "2 pages refused before as no article retried: 1 now articles, 1 still refused" in out
    with sqlite3.connect(archive) as conn:
        assert conn.execute("select url from refused_pages").fetchall() == [(gallery,)]
        article = conn.execute("select url, fetched_url, fetched_at, outlet, title from articles").fetchone()
        assert article[:4] == (url, url, "2025-10-08T01:00:00+00:00", "antara") and article[4]
        page = conn.execute("select url, headers, bytes from pages").fetchone()
        assert page[0] == url and json.loads(page[1])["ETag"] == '"abc"' and page[2] == len(html.encode())
        assert conn.execute("select count(*) from awards where article_url = ?", [url]).fetchone()[0] >= 1
    # Once adopted, the story is re-extracted as any other; the gallery is retried and refused again.
    out = reextract(archive)
    assert "1 pages on 2 processes: 0 articles changed, 1 unchanged" in out
    assert "1 pages refused before as no article retried: 0 now articles, 1 still refused" in out
