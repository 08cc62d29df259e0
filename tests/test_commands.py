"""The project's commands: `scrapy extract` prints, as one JSON object, exactly what a crawl stores;
`scrapy demo` (what `make demo` runs) crawls the offline sample into the archive."""

import json
import re
import sqlite3
import subprocess
from collections import Counter
from contextlib import closing

from conftest import FIXTURES, ROOT, SCRAPY, sample_articles

from crawler.outlets import outlet_for_host


def extract(path, url):
    return subprocess.run([*SCRAPY, "extract", str(path), "--url", url], cwd=ROOT, capture_output=True, text=True)


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


def test_demo_crawls_the_offline_sample_into_the_archive(tmp_path):
    archive = tmp_path / "archive.db"
    result = subprocess.run([*SCRAPY, "demo", "--no-serve", "-s", f"ARCHIVE_PATH={archive}"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    with closing(sqlite3.connect(archive)) as conn:
        per_outlet = dict(conn.execute("select outlet, count(*) from articles group by outlet"))
    expected = Counter(outlet_for_host(a["host"]).key for a in sample_articles())
    assert per_outlet == dict(expected)
    for outlet, n in per_outlet.items():  # what it prints is what it archived
        assert re.search(rf"^  {outlet}\s+{n} articles$", result.stdout, re.M)
    # Hosts the sample has no pages of are not asked for, so the log is not a wall of 404s.
    assert "disway: the offline sample has no pages of its hosts" in result.stdout
    assert result.stderr.count("Ignoring response <404") <= 2
