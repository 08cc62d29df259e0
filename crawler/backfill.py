"""Backfill routes as data: which pages of a route a backfill asks for, and whether robots.txt lets it.

A route is a search, tag or index page template of an outlet (`Outlet.routes()`). A route with
{query} or {slug} is asked once per backfill query; a route with {date} is a daily index, walked day
by day; one with {start} and {end} is searched a week at a time (Monday to Sunday), because some
searches stop long before their last result. The spiders and the offline sample's builder share
these functions, so the sample holds exactly the pages a backfill asks for.
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlsplit

from protego import Protego

# How far back a date-walked route goes when the crawl names no `since`.
DEFAULT_DAYS = 365


def is_daily(route: str) -> bool:
    return "{date}" in route


def is_weekly(route: str) -> bool:
    return "{start}" in route and "{end}" in route


def takes_query(route: str) -> bool:
    return "{query}" in route or "{slug}" in route


def route_host(route: str, host: str) -> str:
    """The host a route's pages are on: its own for a full URL, else the outlet host's."""
    return urlsplit(route).netloc if route.startswith("https://") else host


def week_of(day: date) -> dict[str, str]:
    """The Monday-to-Sunday window that holds `day`, as a weekly route's {start} and {end}."""
    monday = day - timedelta(days=day.weekday())
    return {"start": monday.isoformat(), "end": (monday + timedelta(days=6)).isoformat()}


def route_dates(route: str, since: date | None, until: date) -> list[dict[str, str]]:
    """The date fields of each first page a route is asked for, newest first: one empty dict for
    a route without dates, a day each from `until` back to `since`, or a week each."""
    first = since or until - timedelta(days=DEFAULT_DAYS)
    if is_daily(route):
        return [{"date": (until - timedelta(days=n)).isoformat()} for n in range((until - first).days + 1)]
    if is_weekly(route):
        weeks, day = [], until
        while day >= first - timedelta(days=first.weekday()):
            weeks.append(week_of(day))
            day -= timedelta(days=7)
        return weeks
    return [{}]


def first_allowed(routes: tuple[str, ...], robots: dict[str, Protego | None], user_agent: str, url_of) -> str | None:
    """The first route whose first page robots.txt allows. `robots` maps each route's host to its
    parsed robots.txt (None: it could not be read, so nothing is allowed there); `url_of(route)` is
    the route's first page. Never a route whose robots.txt was not read: none is chosen blind."""
    for route in routes:
        url = url_of(route)
        parsed = robots.get(urlsplit(url).netloc, None)
        if parsed is not None and parsed.can_fetch(url, user_agent):
            return route
    return None
