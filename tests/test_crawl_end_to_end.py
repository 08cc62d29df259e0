"""End to end: the real Scrapy engine crawls the offline sample over HTTP into a real archive."""

import sqlite3
from urllib.parse import urlsplit

import pytest
from helpers import SAMPLE, SPIDERS, run_crawl, sample_articles, scrapy

from crawler.outlets import OUTLETS


@pytest.fixture(scope="module")
def crawled(sample_archive):
    return sample_archive


def rows(archive, sql, params=()):
    with sqlite3.connect(archive) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_scrapy_lists_one_spider_per_outlet():
    result = scrapy("list")
    assert result.returncode == 0, result.stderr
    listed = result.stdout.split()
    assert listed == sorted(SPIDERS)


def test_every_sample_article_is_archived_exactly_once(crawled):
    archive, _ = crawled
    stored = [r["url"] for r in rows(archive, "select url from articles")]
    assert len(stored) == len(set(stored))
    assert sorted(stored) == sorted(a["url"] for a in sample_articles())


def test_seed_stories_have_their_fields(crawled):
    archive, _ = crawled
    (kalsel,) = rows(archive, "select * from articles where url like ?", ["%/berita/3900001/%"])
    assert kalsel["outlet"] == "antara"
    assert kalsel["title"] == "Polresta Banjarmasin raih predikat kepatuhan pelayanan publik 2023"
    assert kalsel["published_at"] == "2024-01-24T16:10:00+08:00"
    assert kalsel["text"].startswith("Banjarmasin (ANTARA) - Polresta Banjarmasin")
    assert "Baca juga" not in kalsel["text"]
    (serang,) = rows(archive, "select * from articles where title like 'Polres Serang Sabet 3%'")
    assert serang["outlet"] == "tangerangekspres"
    assert serang["published_at"] == "2024-02-27T09:15:00+07:00"
    assert serang["text"].startswith("TANGERANGEKSPRES.ID - Polres Serang sabet 3 penghargaan")


def test_raw_pages_are_kept_for_reextraction(crawled):
    archive, _ = crawled
    (count,) = rows(archive, "select count(*) as n from pages join articles using (url)")
    assert count["n"] == len(sample_articles())


def test_full_text_search_finds_indonesian_words(crawled):
    archive, _ = crawled
    hits = rows(
        archive,
        "select articles.url from articles join articles_fts on articles.rowid = articles_fts.rowid "
        "where articles_fts match ?",
        ['"kepatuhan penyelenggaraan"'],
    )
    assert any("/berita/3900001/" in h["url"] for h in hits)


def test_stored_urls_are_the_outlets_not_the_mirrors(crawled):
    archive, _ = crawled
    assert not rows(archive, "select url from articles where url like '%127.0.0.1%' or fetched_url like '%127.0.0.1%'")


def test_second_crawl_adds_no_rows(crawled, mirror_url):
    archive, _ = crawled
    before = rows(archive, "select url, content_hash, first_seen from articles order by url")
    for spider in SPIDERS:
        run_crawl(spider, archive, mirror_url)
    after = rows(archive, "select url, content_hash, first_seen from articles order by url")
    assert after == before


def test_crawl_logs_its_stats(crawled):
    _, logs = crawled
    assert "'archive/articles_new'" in logs[0].stderr
    assert "robotstxt/request_count" in logs[0].stderr


def test_crawl_fills_awards_units_and_article_units(crawled):
    archive, _ = crawled
    (kalsel,) = rows(
        archive,
        "select awards.*, units.name as unit_name, polda.name as polda from awards "
        "join units on units.unit_id = awards.recipient_unit_id join units polda on polda.unit_id = units.polda_id "
        "where article_url like ?",
        ["%/berita/3900001/%"],
    )
    assert kalsel["unit_name"] == "Polresta Banjarmasin"
    assert kalsel["polda"] == "Polda Kalimantan Selatan"
    assert kalsel["category"] == "ombudsman_compliance" and kalsel["year"] == 2023
    serang = rows(
        archive,
        "select award_no, category, group_concat(unit, '|') as units from (select * from awards join award_recipients using (award_id) order by award_recipients.rowid) "
        "where article_url in (select url from articles where title like 'Polres Serang Sabet 3%') group by award_no",
    )
    assert [(r["category"], r["units"]) for r in serang] == [
        ("kapolda", "Polres Serang"),
        ("kapolda", "Polsek Ciruas|Polsek Cikande"),
        ("ombudsman_compliance", "Polres Serang"),
    ]
    (polsek,) = rows(archive, "select parent_id from units where unit_id = 'polsek-ciruas'")
    assert polsek["parent_id"] == "polres-serang"
    roles = rows(archive, "select award_role, count(*) as n from articles group by award_role")
    assert {r["award_role"] for r in roles} == {"received", "given", "none"}
    assert rows(archive, "select count(*) as n from article_units")[0]["n"] > 50


def test_no_award_rows_for_stories_that_are_not_received(crawled):
    archive, _ = crawled
    assert not rows(
        archive,
        "select 1 from awards join articles on articles.url = awards.article_url where award_role != 'received'",
    )


@pytest.mark.parametrize("outlet", [key for key, outlet in OUTLETS.items() if outlet.whole_article])
def test_a_story_split_over_pages_is_kept_whole_under_its_own_url(crawled, outlet):
    """Tribun and Kompas split a story over pages; the crawl fetches the whole-story view (?page=all) and
    keeps the story under the address without it, with the paragraphs that only the later pages hold."""
    archive, _ = crawled
    articles = [a for a in sample_articles() if a["host"] in OUTLETS[outlet].hosts]
    assert articles
    for article in articles:
        (stored,) = rows(archive, "select url, title, text from articles where url = ?", [article["url"]])
        last = " ".join(article["paragraphs"][-1].split()[-6:])
        assert last in " ".join(stored["text"].split()), article["url"]
        first_page = SAMPLE / article["host"] / urlsplit(article["url"]).path.lstrip("/")
        assert last not in " ".join(first_page.read_text(encoding="utf-8").split())  # only the whole view has it
        assert "Halaman all" not in stored["title"]
