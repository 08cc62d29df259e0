"""Backfill routes respect robots.txt by construction: the spider reads the robots.txt of each route's
host first and asks only for pages of the first route it allows. Real crawls of Tribun Banten's sample,
whose robots.txt forbids /tag/ and /search as tribunnews.com's does, and of copies with another one."""

import shutil
import sqlite3
from datetime import date

import pytest
from helpers import SAMPLE, run_crawl, sample_articles

from crawler.backfill import first_allowed, route_dates, week_of
from crawler.mirror import MirrorServer
from crawler.outlets import TRIBUN

HOST = "banten.tribunnews.com"
(OLD_STORY,) = [a for a in sample_articles(archive_only=True) if a["host"] == HOST and a.get("archive_only")]
# A few days around the story that only the daily index (or the tag pages) still links to.
WINDOW = ("-a", "since=2023-12-04", "-a", "until=2023-12-10")


def recording_mirror(root):
    """A mirror server over `root` that keeps the path of every request it answers."""
    server = MirrorServer(root)
    serve = server.httpd.RequestHandlerClass._serve
    server.requested = []

    def recorded(handler, body):
        server.requested.append(handler.path)
        serve(handler, body)

    server.httpd.RequestHandlerClass._serve = recorded
    return server


def crawl_backfill(tmp_path, root, name: str):
    server = recording_mirror(root)
    with server as url:
        result = run_crawl("tribun", tmp_path / f"{name}.db", url, "-a", f"hosts={HOST}", "-a", "backfill=1", *WINDOW)
    with sqlite3.connect(tmp_path / f"{name}.db") as conn:
        stored = {u for (u,) in conn.execute("select url from articles")}
    return result, server.requested, stored


def sample_with_robots(tmp_path, robots: str):
    root = tmp_path / "mirror"
    shutil.copytree(SAMPLE / HOST, root / HOST)
    (root / HOST / "robots.txt").write_text(robots, encoding="utf-8")
    return root


def test_the_sample_robots_txt_forbids_tag_and_search_pages():
    robots = (SAMPLE / HOST / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /tag/" in robots and "Disallow: /search" in robots
    # The tag pages are there to be found: only robots.txt keeps the backfill off them.
    assert list((SAMPLE / HOST / "tag").iterdir())


def test_backfill_takes_the_daily_index_where_robots_txt_forbids_tag_pages(tmp_path):
    result, requested, stored = crawl_backfill(tmp_path, SAMPLE, "forbidden")
    assert OLD_STORY["url"] in stored
    assert not [p for p in requested if "/tag/" in p or "/search" in p]
    assert f"/{HOST}/index-news?date=2023-12-07&page=1" in requested
    assert "'backfill/route/daily': 1" in result.stderr
    # Nothing was left for the robots.txt middleware to refuse: no forbidden page was even asked for.
    assert "robotstxt/forbidden" not in result.stderr


def test_backfill_takes_the_tag_pages_where_robots_txt_allows_them(tmp_path):
    root = sample_with_robots(tmp_path, "User-agent: *\nDisallow: /admin/\n")
    result, requested, stored = crawl_backfill(tmp_path, root, "allowed")
    assert OLD_STORY["url"] in stored
    assert [p for p in requested if "/tag/" in p]
    assert not [p for p in requested if "index-news?date=" in p]
    assert "'backfill/route/query': 1" in result.stderr


def test_no_backfill_where_robots_txt_forbids_every_route(tmp_path):
    root = sample_with_robots(tmp_path, "User-agent: *\nDisallow: /tag/\nDisallow: /index-news\n")
    result, requested, stored = crawl_backfill(tmp_path, root, "none")
    assert OLD_STORY["url"] not in stored
    assert not [p for p in requested if "/tag/" in p or "/index-news" in p]
    assert "'backfill/no_route_allowed': 1" in result.stderr


@pytest.mark.parametrize("status", [503])
def test_no_backfill_where_robots_txt_cannot_be_read(tmp_path, status):
    """A robots.txt that answers a server error forbids everything (RFC 9309): no route is taken blind."""
    server = recording_mirror(SAMPLE)
    serve = server.httpd.RequestHandlerClass._serve

    def failing_robots(handler, body):
        if handler.path == f"/{HOST}/robots.txt":
            handler.send_error(status)
        else:
            serve(handler, body)

    server.httpd.RequestHandlerClass._serve = failing_robots
    with server as url:
        result = run_crawl(
            "tribun", tmp_path / "a.db", url, "-a", f"hosts={HOST}", "-a", "backfill=1", *WINDOW, "-s", "RETRY_TIMES=0"
        )
    assert "'backfill/no_route_allowed': 1" in result.stderr
    assert "backfill/search_pages" not in result.stderr


def test_route_dates_walk_days_and_weeks_newest_first():
    daily, weekly = TRIBUN.backfill_routes[0], "/search?q={query}&start_date={start}&end_date={end}&page={page}"
    days = route_dates(daily, date(2024, 1, 30), date(2024, 2, 2))
    assert [d["date"] for d in days] == ["2024-02-02", "2024-02-01", "2024-01-31", "2024-01-30"]
    weeks = route_dates(weekly, date(2024, 1, 30), date(2024, 2, 14))
    assert weeks == [week_of(date(2024, 2, 14)), week_of(date(2024, 2, 7)), week_of(date(2024, 1, 31))]
    assert week_of(date(2024, 2, 14)) == {"start": "2024-02-12", "end": "2024-02-18"}
    assert route_dates("/tag/{slug}?page={page}", None, date(2024, 2, 2)) == [{}]


def test_first_allowed_never_picks_a_route_whose_robots_txt_was_not_read():
    from protego import Protego

    routes = ("https://search.example.id/search?q={query}", "https://www.example.id/tag/{slug}")
    robots = {"www.example.id": Protego.parse("User-agent: *\nDisallow:\n"), "search.example.id": None}
    assert first_allowed(routes, robots, "bot", lambda r: r) == routes[1]
    assert first_allowed(routes, {}, "bot", lambda r: r) is None


def test_pages_asked_for_while_robots_txt_downloads_are_checked_too(tmp_path):
    """The feed and the listing are asked for at once, before robots.txt is in; both are still checked."""
    root = sample_with_robots(tmp_path, "User-agent: *\nDisallow: /rss\nDisallow: /index-news\n")
    server = recording_mirror(root)
    with server as url:
        result = run_crawl("tribun", tmp_path / "a.db", url, "-a", f"hosts={HOST}")
    assert not [p for p in server.requested if p.endswith(("/rss", "/index-news"))]
    assert "'robotstxt/forbidden': 2" in result.stderr
