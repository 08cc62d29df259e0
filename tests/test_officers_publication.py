"""Officers in Datasette: facets by rank and Polda, an officer's timeline and who led a unit at each award;
over HTTP and in a real browser."""

from __future__ import annotations

import json
import sqlite3
import urllib.request

from test_browser import browser, column, site, visit  # noqa: F401 - fixtures of the browser tests


def get_json(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def one(archive, sql, *args):
    with sqlite3.connect(archive) as conn:
        return conn.execute(sql, args).fetchone()


def test_the_crawled_sample_links_officers_across_stories(sample_archive):
    archive = sample_archive[0]
    assert one(archive, "select count(*) from officer_mentions")[0] > 50
    # Some officer is named in several stories, and every named mention belongs to an officer.
    assert one(archive, "select max(mentions) from officers")[0] >= 2
    assert one(archive, "select count(*) from officer_mentions where name is not null and officer_id is null")[0] == 0
    assert one(archive, "select count(*) from officer_mentions where role = 'recipient'")[0] >= 10
    assert one(archive, "select count(*) from officer_mentions where linked_because like 'same name; same Polda%'")[0]


def test_officers_facet_by_rank_and_polda(datasette_url):
    data = get_json(datasette_url + "/archive/officers.json?_size=0")
    assert {"rank", "polda"} <= set(data["facet_results"])
    ranks = {r["value"] for r in data["facet_results"]["rank"]["results"]}
    assert {"AKBP", "Kombes Pol"} <= ranks
    mentions = get_json(datasette_url + "/archive/officer_mentions.json?_size=0")
    assert {"rank", "polda", "role"} <= set(mentions["facet_results"])


def most_named(url):
    (officer,) = get_json(url + "/archive/officers.json?_shape=array&_sort_desc=mentions&_size=1")
    return officer


def test_an_officers_timeline_lists_each_story_oldest_first(datasette_url):
    officer = most_named(datasette_url)
    rows = get_json(f"{datasette_url}/archive/officer_timeline.json?_shape=array&officer={officer['officer_id']}")
    assert len(rows) == officer["mentions"] >= 2
    assert [r["mention_date"] for r in rows] == sorted(r["mention_date"] for r in rows)
    assert all(r["story"] and r["url"].startswith("https://") and r["rank"] for r in rows)
    assert rows[0]["linked_because"] == "first mention of this name"
    assert all(r["linked_because"].startswith("same name;") for r in rows[1:])
    received = [r for r in rows if r["role"] == "recipient"]
    assert all(r["awards"] for r in received)


def test_unit_leaders_name_the_chief_of_the_story_or_the_nearest(datasette_url):
    rows = get_json(datasette_url + "/archive/unit_leaders.json?_shape=array&unit=Polres")
    assert rows and [r["day"] for r in rows] == sorted((r["day"] for r in rows), reverse=True)
    named = [r for r in rows if r["how"] == "named in this story"]
    assert named and all(r["leader"] and r["post"].startswith("Kapol") for r in named)
    for row in rows:
        assert row["how"] in ("named in this story", "nobody named") or row["how"].startswith(
            "nearest mention in time: "
        )
        assert (row["leader"] is None) == (row["how"] == "nobody named")


def test_timeline_and_unit_leader_pages_in_a_browser(visit, site):  # noqa: F811 - the browser tests' fixtures
    officer = most_named(site)
    page = visit.open(f"/archive/officer_timeline?officer={officer['officer_id']}")
    assert page.locator("h1").inner_text().strip() == "An officer's timeline"
    assert len(column(page, "story")) == officer["mentions"]
    assert set(column(page, "officer")) == {officer["name"]}
    assert page.locator("table.rows-and-columns td.col-url a").first.get_attribute("href").startswith("https://")
    visit.screenshot("officer_timeline")
    page = visit.open("/archive/unit_leaders?unit=Polres+Serang")
    assert page.locator("h1").inner_text().strip() == "Who led a unit when it received each award"
    leaders = column(page, "leader")
    assert leaders and "AKBP Candra Sasongko" in leaders
    assert all(unit.startswith("Polres Serang") for unit in column(page, "unit"))
    visit.screenshot("unit_leaders")
    assert visit.dialogs == [] and visit.blocked == []
