"""Backfill (-a backfill=1): older stories that feeds, sitemaps and listings no longer show.

An outlet names its backfill routes in order of preference (`Outlet.routes()`: search pages, tag
pages, a daily index). Before asking for any page of a route, the spider reads the robots.txt of
the route's host and takes the first route it allows; a route on a host whose robots.txt could not
be read is never taken. So a backfill does not even ask for a page robots.txt forbids, rather than
leaving it to the robots.txt middleware to drop.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

import scrapy
from protego import Protego
from scrapy.http import TextResponse

from crawler.backfill import first_allowed, is_daily, is_weekly, route_dates, route_host, takes_query
from crawler.outlets import BACKFILL_QUERIES, WIB

# A daily index repeats its last page past page 10.
MAX_INDEX_PAGES = 10

# XPath test for the parts of a search page that are not its results: page furniture, and boxes
# whose class says they list other stories.
SEARCH_PAGE_FURNITURE = " or ".join(
    ["self::aside", "self::nav", "self::header", "self::footer"]
    + [
        f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')"
        for word in ("popular", "populer", "sidebar", "widget", "most", "trending", "terkait", "related", "menu")
    ]
)


def route_kind(route: str) -> str:
    return "daily" if is_daily(route) else "weekly" if is_weekly(route) else "query"


class BackfillMixin:
    """The backfill half of `OutletSpider`. Arguments: -a backfill=1, -a max_search_pages=N (result
    pages of one query or day, default 10), -a until=YYYY-MM-DD (where a date-walked route starts;
    default today)."""

    max_search_pages = 10

    def backfill_requests(self):
        """With -a backfill=1: per host, the robots.txt of the first route's host; the route is chosen
        once the robots.txt of every route's host is read."""
        if str(getattr(self, "backfill", "")).lower() not in ("1", "true", "yes") or not self.outlet.routes():
            return
        self.robots_of_routes: dict[str, Protego | None] = {}
        self.asked: set[str] = set()
        for host in self.hosts:
            yield from self._next_robots(host)

    def _next_robots(self, host: str):
        hosts = dict.fromkeys(route_host(route, host) for route in self.outlet.routes())
        missing = [h for h in hosts if h not in self.robots_of_routes]
        if not missing:
            yield from self._start_route(host)
            return
        yield scrapy.Request(
            f"https://{missing[0]}/robots.txt",
            callback=self.read_route_robots,
            errback=self.route_robots_failed,
            dont_filter=True,
            priority=6,
            cb_kwargs={"host": host},
            meta={"handle_httpstatus_list": list(range(400, 600)), "dont_obey_robotstxt": True},
        )

    def read_route_robots(self, response, host: str):
        """A 4xx robots.txt allows everything, a 5xx nothing (RFC 9309)."""
        netloc = urlsplit(response.url).netloc
        if response.status >= 500:
            self.robots_of_routes[netloc] = None
        else:
            text = response.body.decode("utf-8", "replace") if response.status < 400 else ""
            self.robots_of_routes[netloc] = Protego.parse(text)
        yield from self._next_robots(host)

    def route_robots_failed(self, failure):
        request = failure.request
        self.robots_of_routes[urlsplit(request.url).netloc] = None
        yield from self._next_robots(request.cb_kwargs["host"])

    def _until(self, host: str) -> date:
        until = getattr(self, "until", None)
        return date.fromisoformat(until) if until else datetime.now(self.outlet.zone(host)).date()

    def _start_route(self, host: str):
        until = self._until(host)

        def first_page(route: str) -> str:
            return self.outlet.search_url(host, BACKFILL_QUERIES[0], 1, route, **route_dates(route, until, until)[0])

        agent = self.settings.get("USER_AGENT") or ""
        route = first_allowed(self.outlet.routes(), self.robots_of_routes, agent, first_page)
        if route is None:
            self.crawler.stats.inc_value("backfill/no_route_allowed")
            self.logger.warning("No backfill route of %s is allowed by robots.txt on %s", self.name, host)
            return
        self.crawler.stats.inc_value(f"backfill/route/{route_kind(route)}")
        self.logger.info("Backfill of %s by %s", host, route)
        for dates in route_dates(route, self.since, until):
            for query in BACKFILL_QUERIES if takes_query(route) else ("",):
                url = self.outlet.search_url(host, query, 1, route, **dates)
                if url in self.asked:  # a search on another site (a full URL template) is asked once
                    continue
                self.asked.add(url)
                yield self._results_request(url, host, query, 1, route, dates)

    def _results_request(self, url: str, host: str, query: str, page: int, route: str, dates: dict):
        return scrapy.Request(
            url,
            callback=self.parse_search_results,
            priority=5,
            cb_kwargs={"host": host, "query": query, "page": page, "route": route, "dates": dates},
        )

    def parse_search_results(self, response, host: str, query: str, page: int, route: str, dates: dict):
        """Follow the results that are not older than -a since; ask for the next page while this one
        still had such results. Results come newest first, so the first page of only older ones ends
        the walk, and so does a page without results (past the last one)."""
        from crawler.spiders.base import clean_url

        if not isinstance(response, TextResponse):
            return
        self.crawler.stats.inc_value("backfill/search_pages")
        recent = 0
        # Results only: the sidebars, menus and footers of every page link to the latest stories too.
        for link in response.xpath(f"//a[@href][not(ancestor::*[{SEARCH_PAGE_FURNITURE}])]"):
            url = clean_url(response.urljoin(link.attrib["href"]))
            parts = urlsplit(url)
            if parts.netloc not in self.outlet.hosts or not self.outlet.is_article(parts.path):
                continue
            when = self._result_date(link, url)
            if self.since is not None and when is not None and when < self.since:
                self.crawler.stats.inc_value("backfill/results_too_old")
                continue
            # An undated result is followed, but only a result known to be recent enough asks for more pages.
            recent += self.since is None or when is not None
            yield from self._follow_article(url, response.url)
        last = min(int(self.max_search_pages), MAX_INDEX_PAGES) if is_daily(route) else int(self.max_search_pages)
        if recent and page < last:
            url = self.outlet.search_url(host, query, page + 1, route, **dates)
            yield self._results_request(url, host, query, page + 1, route, dates)

    @staticmethod
    def _result_date(link, url: str) -> date | None:
        """The date a search result shows: in the nearest enclosing element that is one result (a
        <time datetime>, or a printed date), else the date in the article's URL."""
        from crawler.spiders.base import parse_when
        from pipelines.dates import parse_printed_date

        for depth in range(1, 5):
            item = link.xpath(f"ancestor::*[{depth}]")
            text = " ".join(" ".join(item.css("::text").getall()).split())
            if not item or len(text) > 600:  # past a single result: the whole list
                break
            machine = parse_when(item.css("time::attr(datetime)").get())
            printed = parse_printed_date(text, WIB)
            if machine or printed:
                return (machine or printed).date()
        m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url)
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
