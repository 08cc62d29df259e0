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


def query(datasette_url, name, **params):
    qs = "&".join(f"{k}={urllib.request.quote(str(v))}" for k, v in params.items())
    _, body = get(f"{datasette_url}/archive/{name}.json?_shape=objects&{qs}")
    return json.loads(body)["rows"]


def test_canned_queries_answer_the_common_questions(datasette_url):
    latest = query(datasette_url, "latest_award_stories")
    assert any(r["title"].startswith("Polres Serang Sabet 3") for r in latest)
    by_polda = query(datasette_url, "awards_by_polda_and_year")
    assert {"polda": "Polda Kalimantan Selatan", "year": 2023} in [
        {"polda": r["polda"], "year": r["year"]} for r in by_polda
    ]
    history = query(datasette_url, "unit_award_history", unit="Polres Serang")
    assert {r["category"] for r in history} >= {"kapolda", "ombudsman_compliance"}
    ombudsman = query(datasette_url, "ombudsman_compliance_by_year")
    assert any(r["unit"] == "Polresta Banjarmasin" and r["year"] == 2023 for r in ombudsman)
    assert query(datasette_url, "units_with_most_awards")[0]["awards"] >= 2
    assert query(datasette_url, "awards_by_giver")


def test_search_survives_user_syntax(datasette_url):
    hits = query(datasette_url, "search_stories", q="zona integritas")
    assert hits and all("[" in h["snippet"] for h in hits)
    for awkward in ('"kepatuhan', "polres*", "AND OR NOT", "(("):
        query(datasette_url, "search_stories", q=awkward)  # no 500 error


def test_awards_table_facets(datasette_url):
    _, body = get(datasette_url + "/archive/awards.json?_facet=category&_facet=giver&_size=0")
    facets = json.loads(body)["facet_results"]
    categories = {f["value"] for f in facets["category"]["results"]}
    assert {"ombudsman_compliance", "kapolda", "zona_integritas_wbk"} <= categories
