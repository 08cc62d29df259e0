"""The publication: Datasette started as a process over a crawled archive, queried over HTTP."""

import json
import urllib.request


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.read().decode("utf-8")


def test_home_page_shows_title_and_tables(datasette_url):
    status, html = get(datasette_url + "/")
    assert status == 200
    assert "Arsip Penghargaan Polri" in html
    status, html = get(datasette_url + "/archive")
    assert "articles" in html and "outlets" in html


def test_articles_json_sorted_newest_first_with_facets(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_shape=objects&_size=100&_facet=outlet")
    data = json.loads(body)
    rows = data["rows"]
    dates = [r["published_at"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    outlets = {f["value"]: f["count"] for f in data["facet_results"]["outlet"]["results"]}
    assert outlets["antara"] >= 45 and outlets["tangerangekspres"] >= 15


def test_article_row_page_links_to_the_original(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_shape=objects&title__startswith=Polres+Serang+Sabet")
    (row,) = json.loads(body)["rows"]
    _, html = get(datasette_url + "/archive/articles/" + urllib.request.quote(row["url"], safe=""))
    assert row["url"] in html
    assert "Polres Serang Sabet 3 Penghargaan" in html


def test_full_text_search_over_http(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_search=Ombudsman&_shape=objects")
    titles = [r["title"] for r in json.loads(body)["rows"]]
    assert any("Polresta Banjarmasin" in t for t in titles)
