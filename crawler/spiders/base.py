"""The shared base of every outlet spider: discovery and fetching only.

An outlet spider is a few lines: it names an `Outlet` from crawler/outlets.py,
which also gives its `allowed_domains`.
The base walks what the outlet declares (robots.txt sitemaps, RSS feeds,
listing pages), follows links whose path matches the outlet's article pattern,
and yields one `ArticlePage` per article. Parsing the article is the
pipelines' job.
"""

from __future__ import annotations

import gzip
import io
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.http import TextResponse
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from w3lib.url import url_query_cleaner

from crawler.items import ArticlePage
from crawler.known import KnownArticles
from crawler.outlets import Outlet
from crawler.spiders.backfill import BackfillMixin

# Tracking parameters that never change what a page shows.
from pipelines.urls import TRACKING_PARAMS

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file


def clean_url(url: str) -> str:
    """Drop tracking parameters and the fragment, so one story has one URL."""
    return url_query_cleaner(url, TRACKING_PARAMS, remove=True, keep_fragments=False)


def parse_when(value: str | None) -> datetime | None:
    """A feed or sitemap date (RFC 822 or ISO 8601) as an aware datetime, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class OutletSpider(BackfillMixin, scrapy.Spider):
    """Crawl one outlet's hosts from what they declare. Arguments:

    -a since=YYYY-MM-DD  skip feed and sitemap entries older than this date
    -a hosts=a,b         only these hosts (full host names or their first label)
    -a max_listing_pages=N  how deep to follow listing pagination (default 2)
    -a full=1            re-check archived articles and follow listings past known ones
    -a probe=N           a probe (`scrapy probe`): at most N articles per host, first listing pages only,
                         whatever the archive holds
    -a backfill=1        also older stories, by the search, tag or index pages robots.txt allows
                         (crawler/spiders/backfill.py)
    """

    outlet: Outlet

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # What the offsite filter lets through follows from the outlet's hosts, never typed by hand.
        if "outlet" in cls.__dict__:
            cls.allowed_domains = cls.outlet.allowed_domains()

    def __init__(
        self, since: str | None = None, hosts: str | None = None, max_listing_pages=2, full=False, probe=0, **kw
    ):
        super().__init__(**kw)
        self.probe = int(probe)
        self.followed: dict[str, set[str]] = {}
        self.since = date.fromisoformat(since) if since else None
        self.hosts = self._select_hosts(hosts)
        self.max_listing_pages = 1 if self.probe else int(max_listing_pages)
        # full=1: follow listings to the end and re-check archived articles (conditionally).
        self.full = str(full).lower() in ("1", "true", "yes")
        self.known = KnownArticles()

    def _select_hosts(self, hosts: str | None) -> list[str]:
        if not hosts:
            return list(self.outlet.hosts)
        wanted = {h.strip() for h in hosts.split(",") if h.strip()}
        chosen = [h for h in self.outlet.hosts if h in wanted or h.split(".", 1)[0] in wanted]
        unknown = wanted - {h for h in chosen} - {h.split(".", 1)[0] for h in chosen}
        if unknown:
            raise ValueError(f"unknown hosts for {self.name}: {', '.join(sorted(unknown))}")
        return chosen

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        if settings.get("MIRROR_URL"):
            # Replaying a local mirror: no outlet to be polite to.
            settings.set("DOWNLOAD_DELAY", 0, priority="spider")
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="spider")
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="spider")

    async def start(self):
        if not self.probe:  # a probe fetches articles whether archived or not
            self.known = KnownArticles.load(self.settings.get("ARCHIVE_PATH"), self.outlet.key)
        if len(self.known):
            refused = self.known.refused()
            self.logger.info(
                "The archive holds %d %s articles and %d pages refused as no article: fetching only new or changed ones",
                len(self.known) - refused, self.name, refused,
            )  # fmt: skip
        for host in self.hosts:
            base = f"https://{host}"
            yield scrapy.Request(f"{base}/robots.txt", callback=self.parse_robots, priority=30)
            for path in self.outlet.sitemaps:
                yield scrapy.Request(base + path, callback=self.parse_sitemap, priority=20)
            for path in self.outlet.feeds:
                yield scrapy.Request(base + path, callback=self.parse_feed, priority=20)
            for path in self.outlet.listings:
                yield scrapy.Request(base + path, callback=self.parse_listing, priority=10, cb_kwargs={"depth": 1})
        for request in self.backfill_requests():
            yield request

    # --- discovery -------------------------------------------------------------

    def parse_robots(self, response):
        # Per host, as what the outlet declares for machines: `scrapy probe` reports them.
        self.crawler.stats.inc_value(f"discovery/robots_txt/{urlsplit(response.url).netloc}")
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield scrapy.Request(url, callback=self.parse_sitemap, priority=20)

    def parse_sitemap(self, response):
        body = self._sitemap_body(response)
        if body is None:
            self.crawler.stats.inc_value("discovery/sitemap_unreadable")
            self.logger.warning("Not a readable sitemap: %s", response.url)
            return
        try:
            sitemap = Sitemap(body)
        except etree.XMLSyntaxError:
            self.crawler.stats.inc_value("discovery/sitemap_unreadable")
            self.logger.warning("Sitemap is not valid XML: %s", response.url)
            return
        self.crawler.stats.inc_value(f"discovery/sitemap/{urlsplit(response.url).netloc}")
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc or self._too_old(entry.get("lastmod") or entry.get("publication_date")):
                continue
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(loc, callback=self.parse_sitemap, priority=20)
            else:
                yield from self._follow_article(
                    loc, response.url, entry.get("lastmod") or entry.get("publication_date")
                )

    def parse_feed(self, response):
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            self.crawler.stats.inc_value("discovery/feed_unreadable")
            self.logger.warning("Not a readable feed: %s", response.url)
            return
        items = list(root.iter("item", "{http://www.w3.org/2005/Atom}entry"))
        if not items:
            self.crawler.stats.inc_value("discovery/feed_empty")
            self.logger.warning("Feed has no items: %s", response.url)
        else:
            self.crawler.stats.inc_value(f"discovery/feed/{urlsplit(response.url).netloc}")
        for item in items:
            link = item.findtext("link") or ""
            if not link.strip():
                atom_link = item.find("{http://www.w3.org/2005/Atom}link")
                link = atom_link.get("href", "") if atom_link is not None else ""
            when = item.findtext("pubDate") or item.findtext("{http://www.w3.org/2005/Atom}updated")
            if link.strip() and not self._too_old(when):
                yield from self._follow_article(link.strip(), response.url, when)

    def parse_listing(self, response, depth: int):
        if not isinstance(response, TextResponse):
            return
        reached_known = False
        articles = 0
        for href in response.css("a::attr(href)").getall():
            url = clean_url(response.urljoin(href))
            reached_known |= url in self.known
            parts = urlsplit(url)
            articles += parts.netloc in self.outlet.hosts and self.outlet.is_article(parts.path)
            yield from self._follow_article(url, response.url)
        if articles:
            self.crawler.stats.inc_value(f"discovery/listing/{urlsplit(response.url).netloc}")
        next_page = response.css("a[rel=next]::attr(href), link[rel=next]::attr(href)").get()
        # Newest first: past the first archived article, older pages hold nothing new.
        if reached_known and not self.full:
            self.crawler.stats.inc_value("discovery/listing_stopped_at_known")
        elif next_page and depth < self.max_listing_pages:
            yield response.follow(next_page, callback=self.parse_listing, priority=10, cb_kwargs={"depth": depth + 1})

    def _follow_article(self, url: str, via: str, changed: str | None = None):
        parts = urlsplit(url)
        if parts.netloc not in self.outlet.hosts or not self.outlet.is_article(parts.path):
            return
        # Per host, so that a host whose pages stop linking to articles is noticed (see pipelines/monitor.py).
        self.crawler.stats.inc_value(f"discovery/article_links/{parts.netloc}")
        url = clean_url(url)
        if self.probe:  # a few articles per host say whether the outlet's config still holds
            chosen = self.followed.setdefault(parts.netloc, set())
            if url not in chosen and len(chosen) >= self.probe:
                return
            chosen.add(url)
        headers, meta = {}, {}
        known = self.known.get(url)
        if known is not None:
            changed_at = parse_when(changed)
            has_changed = changed_at is not None and known.fetched_at is not None and changed_at > known.fetched_at
            if not (has_changed or self.full):
                self.crawler.stats.inc_value(f"incremental/skipped_{'refused' if known.refused else 'known'}")
                return
            if known.refused:
                self.crawler.stats.inc_value("incremental/refused_rechecked")
            # Ask the outlet to answer 304 if the page is the one we have.
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
            meta = {"handle_httpstatus_list": [304], "conditional": True}
        yield scrapy.Request(
            self.outlet.fetch_url(url),
            callback=self.parse_article,
            priority=40,
            cb_kwargs={"via": via, "url": url},
            headers=headers,
            meta=meta,
        )

    def _too_old(self, when: str | None) -> bool:
        if self.since is None:
            return False
        parsed = parse_when(when)
        return parsed is not None and parsed.date() < self.since

    @staticmethod
    def _sitemap_body(response) -> bytes | None:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
                    body = f.read(MAX_SITEMAP_BYTES)
            except (OSError, EOFError):
                return None
        return body if re.search(rb"<(urlset|sitemapindex)\b", body[:4096]) else None

    # --- articles --------------------------------------------------------------

    def parse_article(self, response, via: str, url: str | None = None):
        """An article page as an item; `url` is the story's address when it was fetched at another one
        (the whole-story view), so that the archive and the next crawl know it by one URL."""
        if response.status == 304:
            self.crawler.stats.inc_value("incremental/not_modified")
            return
        host = urlsplit(response.url).netloc
        self.crawler.stats.inc_value("articles/downloaded")
        self.crawler.stats.inc_value(f"articles/downloaded/{host}")
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("articles/dropped/not_text")
            self.logger.warning("Skipped %s: the answer is not text", response.url)
            return
        yield ArticlePage(
            url=url if url and response.url == self.outlet.fetch_url(url) else response.url,
            outlet=self.outlet.key,
            host=host,
            html=self._page_text(response),
            status=response.status,
            headers={k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v},
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            discovered_via=via,
        )

    def _page_text(self, response) -> str:
        """The page as text. A page that declares UTF-8 but is not (a windows-1252 page, as some CMSs
        serve) is read as windows-1252 instead of filling the archive with replacement characters."""
        if response.encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
            try:
                response.body.decode("utf-8-sig")
            except UnicodeDecodeError:
                self.crawler.stats.inc_value("articles/charset_repaired")
                self.logger.warning("%s declares UTF-8 but is not; read as windows-1252", response.url)
                return response.body.decode("cp1252", errors="replace")
        return response.text
