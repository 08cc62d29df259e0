"""What Datasette says about reviewed facts: the `source` facet, the review queue, the feed; over HTTP
and in a real browser."""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from xml.etree import ElementTree

from helpers import ROOT
from test_browser import browser, column, site, visit  # noqa: F401 - fixtures of the browser tests

from pipelines.corrections import load_corrections

REVIEWED = set(load_corrections(ROOT / "data" / "corrections.yml"))


def get_json(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def rows(archive, sql):
    with sqlite3.connect(archive) as conn:
        return conn.execute(sql).fetchall()


def test_award_list_facets_and_filters_by_source(datasette_url, sample_archive):
    data = get_json(datasette_url + "/archive/award_list.json?_size=0")
    facet = {r["value"]: r["count"] for r in data["facet_results"]["source"]["results"]}
    in_archive = dict(rows(sample_archive[0], "select source, count(*) from award_list group by source"))
    assert facet == in_archive and facet["reviewed"] >= 2 and facet["extracted"] > facet["reviewed"]
    reviewed = get_json(datasette_url + "/archive/award_list.json?_shape=array&_size=max&source=reviewed")
    assert {r["url"] for r in reviewed} == REVIEWED & {r["url"] for r in reviewed}
    assert all(r["reviewed_at"] for r in reviewed)


def test_review_queue_lists_doubtful_unreviewed_award_stories_newest_first(datasette_url, sample_archive):
    queue = get_json(datasette_url + "/archive/review_queue.json?_shape=array")
    assert queue and not REVIEWED & {r["url"] for r in queue}
    utc = dict(rows(sample_archive[0], "select url, published_utc from articles where award_role = 'received'"))
    assert all(r["url"] in utc for r in queue)
    assert [utc[r["url"]] for r in queue] == sorted((utc[r["url"]] for r in queue), reverse=True)
    for row in queue:
        assert row["doubts"] == row["why"].count(";") + 1 and row["review"] == f"scrapy review {row['url']}"
    # Each reason holds in the archive: a recipient the gazetteer lacks is a Polsek added from the story.
    unknown = [r["url"] for r in queue if "recipient not in the gazetteer" in r["why"]]
    added = rows(
        sample_archive[0],
        "select distinct a.article_url from awards a join award_recipients r using (award_id) "
        "join units u using (unit_id) join articles on articles.url = a.article_url "
        "where u.in_gazetteer = 0 and articles.reviewed_at is null",
    )
    assert sorted(unknown) == sorted(url for (url,) in added) and unknown
    no_award = rows(
        sample_archive[0],
        "select url from articles where award_role = 'received' and url not in (select article_url from awards)",
    )
    assert {url for (url,) in no_award} <= {r["url"] for r in queue if "no award" in r["why"]}


def test_feed_and_latest_stories_say_whether_a_story_was_reviewed(datasette_url):
    with urllib.request.urlopen(datasette_url + "/archive/award_feed.atom", timeout=30) as response:
        feed = ElementTree.fromstring(response.read())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    content = {
        e.findtext("a:id", namespaces=ns): e.findtext("a:content", namespaces=ns) for e in feed.findall("a:entry", ns)
    }
    assert all(c.startswith("[awards ") for c in content.values())
    for url, text in content.items():
        assert text.startswith("[awards reviewed 20") == (url in REVIEWED)
    latest = get_json(datasette_url + "/archive/latest_award_stories.json?_shape=array")
    assert {r["url"] for r in latest if r["facts"].startswith("reviewed ")} == REVIEWED & {r["url"] for r in latest}


def test_review_queue_page_in_a_browser(visit):  # noqa: F811 - the browser tests' fixture
    page = visit.open("/archive/review_queue")
    assert page.locator("h1").inner_text().strip() == "Review queue"
    assert "run the command shown (scrapy review URL)" in page.locator("body").inner_text()
    reviews = column(page, "review")
    assert reviews and all(r.startswith("scrapy review https://") for r in reviews)
    assert all(column(page, "why"))
    visit.screenshot("review_queue")
    assert visit.dialogs == [] and visit.blocked == []
