"""Raw pages: compressed against a dictionary of their outlet's pages, every page of any archive readable."""

import zlib

import sqlite_utils
from helpers import sample_articles

from pipelines.page_store import DictionarySchedule, PageCodec, codec
from pipelines.schema import open_archive
from pipelines.store import save_article


def antara_pages() -> list[tuple[dict, str]]:
    found = []
    for entry in sample_articles():
        if "antaranews" in entry["host"]:
            html = entry["page"].read_text(encoding="utf-8")
            found.append(({"url": entry["url"], "outlet": "antara", "title": entry["url"], "text": "x"}, html))
    return found


def test_pages_of_an_outlet_shrink_once_its_dictionary_is_built_and_every_page_stays_readable(tmp_path):
    pages = antara_pages()
    assert len(pages) >= 40
    db = open_archive(tmp_path / "a.db")
    # A page as archives before dictionaries stored it.
    old_url = "https://kalsel.antaranews.com/berita/1/lama"
    save_article(db, {"url": old_url, "outlet": "antara", "title": "lama", "text": "x"})
    db["pages"].insert({"url": old_url, "html_zlib": zlib.compress(b"<p>halaman lama</p>", 6), "bytes": 19})

    schedule = DictionarySchedule(db, min_pages=36)  # counts the old page too
    built = [schedule.page_added("antara") for article, html in pages if save_article(db, article, {"html": html})]
    assert [b for b in built if b] == [1] and built.index(1) == 34
    sizes = {url: n for url, n in db.execute("select url, length(html_zlib) from pages")}
    before = [sizes[a["url"]] for a, _ in pages[:34]]
    after = [sizes[a["url"]] for a, _ in pages[35:]]
    assert sum(after) / len(after) < 0.6 * sum(before) / len(before)
    kind, size = db.execute("select kind, bytes from page_dictionaries").fetchone()
    assert kind in ("trained", "pages") and size > 0

    # Another connection (re-extraction, Datasette's readers) reads each page as it was fetched.
    fresh = PageCodec(sqlite_utils.Database(tmp_path / "a.db"))
    stored = dict(db.execute("select url, html_zlib from pages"))
    assert fresh.unpack(stored[old_url]) == "<p>halaman lama</p>"
    for article, html in pages:
        assert fresh.unpack(stored[article["url"]]) == html
    assert codec(db) is codec(db)


def test_a_dictionary_is_stored_compressed_and_one_stored_as_it_is_still_reads(tmp_path):
    pages = antara_pages()
    db = open_archive(tmp_path / "a.db")
    schedule = DictionarySchedule(db, min_pages=30)
    for article, html in pages:
        save_article(db, article, {"html": html})
        schedule.page_added("antara")
    size, stored = db.execute("select bytes, dictionary from page_dictionaries").fetchone()
    assert len(stored) < size / 3
    raw = codec(db).dictionaries[1].as_bytes()
    assert len(raw) == size
    # An archive from before kept the dictionary as it is: it reads the same.
    db.execute("update page_dictionaries set dictionary = ?", [raw])
    fresh = PageCodec(sqlite_utils.Database(tmp_path / "a.db"))
    assert fresh.dictionaries[1].as_bytes() == raw
    for url, blob in db.execute("select url, html_zlib from pages"):
        assert fresh.unpack(blob) == dict((a["url"], h) for a, h in pages)[url]


def test_a_new_archive_has_small_pages_and_an_older_one_keeps_its_own(tmp_path):
    assert open_archive(tmp_path / "new.db").execute("pragma page_size").fetchone()[0] == 2048
    old = sqlite_utils.Database(tmp_path / "old.db")
    old["t"].insert({"x": 1})
    old.conn.close()
    assert open_archive(tmp_path / "old.db").execute("pragma page_size").fetchone()[0] == 4096
