"""Outlet configuration: what the spiders know about each outlet, as data.

Every fact here is a lead from public scraper code and documentation (see the
`source` notes); none was checked against the live sites from this project's
machines. The spiders prefer what a site declares itself (robots.txt sitemaps,
feeds, JSON-LD, OpenGraph, canonical links) and fall back to these patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import timedelta, timezone
from urllib.parse import quote, urlsplit

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT}

# What a backfill asks each outlet's search or tag pages for: the wordings that award stories use.
BACKFILL_QUERIES = ("penghargaan polres", "predikat kepatuhan", "zona integritas polres", "WBK polres")
# Results a page of a search addressed by offset ({offset} in a route) holds.
SEARCH_LIMIT = 10


@dataclass(frozen=True)
class Selectors:
    """CSS selectors for the outlet's article layout, most specific first.

    The extractor tries these as a fast path and falls back to trafilatura
    when a page does not match (old layouts, redesigns). A selector of a
    <meta> element reads its content, one ending in [datetime] that attribute.
    """

    title: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    # Elements inside the body that are never article text.
    boilerplate: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layout:
    """How the outlet's site is laid out beyond what the crawler reads: its URLs are built, not
    matched, and its dates printed. The offline sample (tools/build_sample.py) renders the outlet's
    pages in this shape, through the platform's templates data/sample_src/templates/<platform>_*.html.
    """

    platform: str  # antara / disway / odoo / tribun / jpnn / rri / kompas
    article_path: str  # with {id}, {slug}, {year}, {month}, {day}, {blog}, {section_slug}
    nav_sections: tuple[str, ...]
    listing_page: str = "{listing}/{n}"  # listing page n >= 2
    feed_kind: str = "rss"  # rss / atom
    # With {weekday}, {day}, {dd}, {month}, {mon} (3 letters), {mm}, {year}, {time} (HH:MM), {zone}.
    printed_date: str = "{weekday}, {day} {month} {year} {time} {zone}"
    # What the host's robots.txt forbids besides the platform's admin paths (the sample writes it).
    robots_disallow: tuple[str, ...] = ()


# What a page shown whole adds to its <title>: "Judul – Halaman all", "Judul Halaman all - Kompas.com".
WHOLE_ARTICLE_TITLE = r"(?i)\s*[-–]?\s*Halaman all$"


@dataclass(frozen=True)
class Outlet:
    """One news outlet: its hosts, where new stories are listed, what articles look like."""

    key: str  # short id, also the `outlets.key` column in the archive
    name: str
    hosts: dict[str, str]  # host -> time zone name (WIB/WITA/WIT)
    article_pattern: str  # regex on the URL path of an article page
    feeds: tuple[str, ...] = ()  # paths of RSS feeds, per host
    listings: tuple[str, ...] = ()  # paths of "latest news" listing pages, per host
    sitemaps: tuple[str, ...] = ()  # extra sitemap paths, besides those robots.txt declares
    # Search or tag page template: a path per host, or a full URL; with {query} (URL-quoted words),
    # {slug} (words-joined-by-hyphens, for tag pages) and {page} (from 1); and with {date} (one day's
    # index, YYYY-MM-DD) or {start} and {end} (a week's window) for routes walked date by date.
    search: str | None = None
    # Other backfill routes, in order of preference after `search`: a backfill takes the first one
    # the host's robots.txt allows (crawler/spiders/backfill.py).
    backfill_routes: tuple[str, ...] = ()
    selectors: Selectors = field(default_factory=Selectors)
    # Lines that the outlet adds to every story and that are not the story.
    boilerplate_lines: tuple[str, ...] = ()
    # Prefix the outlet puts before its title in <title>/og:title, or a tail after it.
    title_noise: tuple[str, ...] = ()
    # Machine-readable times without an offset (meta tags, JSON-LD) are UTC, not local time (Odoo).
    naive_times_utc: bool = False
    # The query that shows a story split over several pages on one page ("page=all"); article pages are
    # fetched with it, so the archive keeps the whole story, and stored under the URL without it.
    whole_article: str = ""
    layout: Layout | None = None
    # How a host names itself (og:site_name, JSON-LD publisher) and the region it covers;
    # a host not listed goes by the outlet's name.
    site_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    source: str = ""

    def site_name(self, host: str) -> tuple[str, str]:
        return self.site_names.get(host, (self.name, "Indonesia"))

    def allowed_domains(self) -> list[str]:
        """The domains the spider's offsite filter lets through: the sites of the outlet's hosts and
        of its search pages, or the hosts themselves on a site that another outlet crawls too."""
        hosts = set(self.hosts)
        hosts |= {urlsplit(route).netloc for route in self.routes() if route.startswith("https://")}
        others = {site_of(h) for outlet in OUTLETS.values() if outlet.key != self.key for h in outlet.hosts}
        return sorted({h if site_of(h) in others else site_of(h) for h in hosts})

    def zone(self, host: str):
        return ZONES[self.hosts.get(host, next(iter(self.hosts.values())))]

    def routes(self) -> tuple[str, ...]:
        """Every backfill route, most preferred first."""
        return ((self.search,) if self.search else ()) + self.backfill_routes

    def search_url(self, host: str, query: str, page: int = 1, route: str | None = None, **dates) -> str | None:
        """The outlet's search (or tag) page for `query` on `host`, page `page`: of `route` (one of
        `routes()`, with its `date` or `start` and `end`), else of `search`."""
        route = route or self.search
        if not route:
            return None
        slug = re.sub(r"[^a-z0-9]+", "-", query.lower()).strip("-")
        target = route.format(query=quote(query), slug=slug, page=page, offset=(page - 1) * SEARCH_LIMIT, **dates)
        return target if target.startswith("https://") else f"https://{host}{target}"

    def is_article(self, path: str) -> bool:
        return re.search(self.article_pattern, path) is not None

    def fetch_url(self, url: str) -> str:
        """The address to fetch an article at: the whole story on one page where the outlet offers it."""
        if not self.whole_article:
            return url
        return url + ("&" if urlsplit(url).query else "?") + self.whole_article


# ANTARA's regional portals and their time zones (OUTLETS.md, checked against
# each portal's own "WIB/WITA/WIT" date suffix in public scraper fixtures).
ANTARA_PORTALS = {
    "WIB": "aceh sumut sumbar riau kepri jambi bengkulu sumsel babel lampung banten "
    "megapolitan jabar jateng jogja jatim kalbar kalteng",
    "WITA": "bali mataram kupang kalsel kaltim kaltara makassar sulteng sultra gorontalo manado",
    "WIT": "ambon papua papuabarat papuatengah",
}

ANTARA_HOSTS = {"www.antaranews.com": "WIB"} | {
    f"{portal}.antaranews.com": zone for zone, portals in ANTARA_PORTALS.items() for portal in portals.split()
}

# Common ANTARA boilerplate: the reporter/editor block, the copyright line and
# the notice against automated crawling that every page carries.
ANTARA_BOILERPLATE = (
    r"^Baca juga\s*:",
    r"^Pewarta\s*:",
    r"^Editor\s*:",
    r"^Copyright\s*©",
    r"^COPYRIGHT\s*©",
    r"^Dilarang keras mengambil konten",
)

# How each portal names itself: "ANTARA News" and the region it covers.
ANTARA_REGIONS = {"kalsel": "Kalimantan Selatan", "banten": "Banten", "papuatengah": "Papua Tengah"}


def _antara_region(host: str) -> str:
    portal = host.split(".")[0]
    return ANTARA_REGIONS.get(portal, portal.title())


ANTARA_SITE_NAMES = {"www.antaranews.com": ("ANTARA News", "Indonesia")} | {
    host: (f"ANTARA News {_antara_region(host)}", _antara_region(host))
    for host in ANTARA_HOSTS
    if host != "www.antaranews.com"
}

ANTARA = Outlet(
    key="antara",
    name="ANTARA",
    hosts=ANTARA_HOSTS,
    article_pattern=r"^/berita/\d+/[\w-]+",
    feeds=("/rss/terkini.xml",),
    listings=("/terkini",),
    search="/search?q={query}&page={page}",
    selectors=Selectors(
        # Current layout, then the 2019-2022 one, then the 2015 one of archived pages.
        title=(".wrap__article-detail-title", "h1.post-title", ".bjbrt h1.title"),
        body=(
            ".wrap__article-detail-content.post-content",
            "div.post-content.clearfix.font17",
            "div.post-content.clearfix",
            "#content_news",
        ),
        # The last .list-inline-item.mr-2 is the date (the first ones are the section and the reporter).
        date=(
            ".wrap__article-detail-info .list-inline-item.mr-2",
            "div.post-content time[datetime]",
            "span.article-date",
            ".bjbrt .date",
        ),
        section=(".breadcrumbs__item:nth-child(2)",),
        boilerplate=(
            ".baca-juga",
            "p.text-muted",
            ".adsbygoogle",
            "script",
            "style",
            ".ads",
            "figure",
            ".wrap__article-detail-share",
            ".tags",
            "p.date",
        ),
    ),
    boilerplate_lines=ANTARA_BOILERPLATE,
    title_noise=(r"\s*-\s*ANTARA(\s+\w+)*( News)?(\s+\w+)*$",),
    layout=Layout(
        platform="antara",
        article_path="/berita/{id}/{slug}",
        nav_sections=("Terkini", "Politik", "Hukum", "Ekonomi", "Olahraga", "Nusantara", "Humaniora", "Foto", "Video"),
    ),
    site_names=ANTARA_SITE_NAMES,
    source=(
        "URL, feed, search and selector facts: OUTLETS.md (public scraper code, late 2026). Checked against "
        "public scraper code in December 2026: papuatengah.antaranews.com exists (WIT); the date is the last "
        ".list-inline-item.mr-2 of the info line; regional portals also put the body in "
        "div.post-content.clearfix.font17 with a <time datetime> in it; AMP copies at /amp/berita/<id>/<slug> "
        "(not articles of their own: the pattern is anchored at /berita/)."
    ),
)

# Disway network portals share one platform (OUTLETS.md). No public code was
# found using a Disway feed: /rss is a guess, and discovery relies on robots.txt
# sitemaps and the index listing page.
TANGERANGEKSPRES = Outlet(
    key="tangerangekspres",
    name="TangerangEkspres",
    hosts={"tangerangekspres.disway.id": "WIB"},
    # Anchored: /read/<id>/<slug>/15 and /30 are the same story's continuation pages, not new articles.
    article_pattern=r"^/read/\d+/[\w-]+/?$",
    feeds=("/rss",),
    listings=("/indeks",),
    # Search results by offset, ten a page: /search/kata/<offset>/<limit>/?c=<words>.
    search="/search/kata/{offset}/10/?c={query}",
    selectors=Selectors(
        title=("h1.text-black", "h1"),
        body=("div.post.text-black-1", "div.post", "div.post-content", "div.post-body"),
        date=("span.date", 'meta[name="pubdate"]', ".date-article"),
        section=(".breadcrumb li:nth-child(2)",),
        boilerplate=(
            ".baca-juga",
            ".ads",
            "script",
            "style",
            "figure",
            ".share",
            ".related-posts",
            ".tag-list",
        ),
    ),
    boilerplate_lines=(r"^Baca juga\s*:", r"^Sumber\s*:?\s*$", r"^Editor\s*:", r"^Reporter\s*:"),
    title_noise=(r"\s*-\s*tangerangekspres\.disway\.id.*$", r"\s*[-|]\s*Tangerang Ekspres.*$"),
    layout=Layout(
        platform="disway",
        article_path="/read/{id}/{slug}",
        nav_sections=("Tangerang Raya", "Banten", "Hukum & Kriminal", "Nasional", "Ekonomi", "Olahraga"),
        printed_date="{weekday} {dd}-{mm}-{year},{time} {zone}",
    ),
    site_names={"tangerangekspres.disway.id": ("Tangerang Ekspres", "Tangerang")},
    source=(
        "URL and layout facts: OUTLETS.md. Checked against public scraper code in December 2026: the body "
        "div.post.text-black-1 (or div.post), the date span.date and meta[name=pubdate], continuation pages "
        "/read/<id>/<slug>/15 and /30 (the pattern is anchored so they are not new articles; they are not joined "
        "yet: the first page's text is stored), search by offset /search/kata/<offset>/<limit>/?c=, category "
        "listings with an offset, tags /listtag/<id>/<slug>. Guesses: /rss and /indeks (no public evidence of "
        "either; robots.txt sitemaps carry discovery), the search limit of 10."
    ),
)

# Kompas.com: the current layout (`.read__*`, public scrapers and a saved 2025 page), then the
# 2015-2016 layouts of saved pages, where the body is <br>-separated text and the headline an <h2>.
KOMPAS_SELECTORS = Selectors(
    title=("h1.read__title", ".kcm-read-top h2", ".kcm-read-content-top h2"),
    body=(".read__content", ".kcm-read-text", ".div-read", ".kcm-read-content-text"),
    date=(".read__time", "div.kcm-date", ".kcm-read-top .msmall"),
    section=(".breadcrumb__item:nth-child(2)",),
    boilerplate=(
        ".kcm-read-terkait",
        ".kcm-read-copy",
        ".inner-link-baca-juga",
        ".ads-on-body",
        ".photo",
        ".kcm-read-bottom-topic",
        "script",
        "style",
        "iframe",
        "table",
    ),
)

# Polri's public affairs news (Divisi Humas). The URL scheme is Odoo's website_blog, and Odoo's
# own controller fixes the rest: a feed per blog (newest first, at most 50), listing pages, tag
# pages and `?search=` on the blog index, 12 posts a page.
TRIBRATANEWS = Outlet(
    key="tribratanews",
    name="Tribrata News Polri",
    hosts={"tribratanews.polri.go.id": "WIB"},
    article_pattern=r"^/blog/[\w-]+-\d+/[\w-]+-\d+$",
    feeds=("/blog/nasional-3/feed?limit=50", "/blog/hukum-4/feed?limit=50"),
    listings=("/blog/nasional-3", "/blog/hukum-4"),
    search="/blog/page/{page}?search={query}",
    selectors=Selectors(
        title=("#o_wblog_post_name", "h1.o_wblog_post_name"),
        body=("#o_wblog_post_content .o_wblog_post_content_field", ".o_wblog_post_content_field"),
        date=(".o_wblog_post_date",),
        section=(".breadcrumb .breadcrumb-item:nth-child(2)",),
        boilerplate=("script", "style", ".s_share", ".o_wblog_post_content_field figure", "iframe"),
    ),
    boilerplate_lines=(r"^\(?(Humas|Sumber)\s*:?\s*[\w .]{0,40}\)?$",),
    naive_times_utc=True,
    # Odoo's website_blog: a listing and an Atom feed per blog, pages at /page/<n>.
    layout=Layout(
        platform="odoo",
        article_path="/blog/{blog}/{slug}-{id}",
        nav_sections=("Nasional", "Hukum"),
        listing_page="{listing}/page/{n}",
        feed_kind="atom",
        printed_date="{day} {mon} {year}",
    ),
    site_names={"tribratanews.polri.go.id": ("Tribrata News Polri", "Indonesia")},
    source=(
        "URL pattern and image path: OUTLETS.md and post URLs cited in public code (blogs nasional-3, hukum-4, "
        "none-22). Feed, listing, tag and search routes, 12 posts a page and the 50-post feed cap: Odoo's "
        "website_blog controller (odoo/odoo). article:published_time is the post's UTC time without an offset: "
        "Odoo's blog.post _default_website_meta. Body selector: Odoo's own blog scripts and public scrapers of "
        "Odoo blogs. Guesses: the date element class and that the site runs an Odoo version with these routes."
    ),
)

# The Tribun regional network: one platform on <region>.tribunnews.com.
TRIBUN_PORTALS = {
    "WIB": "aceh medan padang pekanbaru batam jambi palembang sumsel bangka lampung banten bogor jabar jateng "
    "jogja solo jatim surabaya pontianak kalteng belitung",
    "WITA": "bali kupang banjarmasin kaltim makassar manado kaltara palu sultra sulbar lombok flores",
    "WIT": "ambon papua papuabarat ternate",
}
# tribunnews.com's robots.txt (July 2026 copy) forbids these; a backfill never asks for them.
TRIBUN_DISALLOWED = ("/tag/", "/search", "/topic/")
TRIBUN_HOSTS = {
    f"{portal}.tribunnews.com": zone for zone, portals in TRIBUN_PORTALS.items() for portal in portals.split()
}
TRIBUN = Outlet(
    key="tribun",
    name="Tribun Network",
    hosts=TRIBUN_HOSTS,
    # /2024/02/26/<slug>, the main site's /<section>/2024/02/26/<slug> and the newer /<section>/<id>/<slug>
    article_pattern=r"^/(?:(?:[a-z][\w-]*/)?\d{4}/\d{2}/\d{2}|[a-z][\w-]*/\d{4,})/[\w-]+$",
    feeds=("/rss",),
    listings=("/index-news",),
    sitemaps=("/sitemap_news.xml",),
    # Tag pages where robots.txt allows them; else the daily index, which repeats itself after page 10.
    search="/tag/{slug}?page={page}",
    backfill_routes=("/index-news?date={date}&page={page}",),
    whole_article="page=all",
    selectors=Selectors(
        title=("h1#arttitle", "#article h1"),
        body=("div.side-article.txt-article.multi-fontsize", "div.side-article.txt-article"),
        date=("#article time",),
        boilerplate=(
            "p.baca",
            ".baca",
            "._popIn_recommend_art_title",
            ".reserved_box_ads",
            "div[id^=div-gpt-ad]",
            "ins.adsbygoogle",
            "script",
            "style",
            "iframe",
            "figure",
        ),
    ),
    boilerplate_lines=(
        r"^Artikel ini telah tayang di\b",
        r"^Baca (juga|berita)\b",
        r"^(Ikuti|Simak) (kami|berita|saluran|update)\b",
        r"^Dapatkan (informasi|update|berita)\b",
    ),
    title_noise=(
        r"(?i)\s*[-|]\s*(tribun\s?[a-z]+|serambinews|banjarmasinpost|pos-?kupang|bangkapos|sripoku)(\.com|\.co\.id)?$",
        WHOLE_ARTICLE_TITLE,
    ),
    layout=Layout(
        platform="tribun",
        article_path="/{year}/{month}/{day}/{slug}",
        nav_sections=("News", "Regional", "Hukum", "Politik", "Bisnis", "Sport", "Lifestyle"),
        listing_page="{listing}?page={n}",
        robots_disallow=TRIBUN_DISALLOWED,
    ),
    site_names={
        "banjarmasin.tribunnews.com": ("Banjarmasinpost.co.id", "Kalimantan Selatan"),
        "banten.tribunnews.com": ("TribunBanten.com", "Banten"),
    },
    source=(
        "Hosts: banjarmasin from OUTLETS.md; aceh, medan, padang, pekanbaru, sumsel, lampung, banten, jabar, jateng, "
        "jatim, pontianak, bali, kupang, kaltim, makassar, manado, ambon from feed lists in public code; batam, jambi, "
        "palembang, bangka, bogor, jogja, solo, surabaya are the network's portals as generally known (to confirm). "
        "Feed /rss, index /index-news?date=&page=, article patterns, h1#arttitle, #penulis, the body div, p.baca: "
        "OUTLETS.md and public scrapers (#article time, div#editor, tags h5.tagcloud3). Tag pages /tag/<slug> are HTML "
        "listings (public scrapers; the search page is a Google custom search, JavaScript only); the ?page= "
        "parameter of tag pages is a guess. Checked against public evidence in December 2026: robots.txt (July "
        "2026 copy) disallows /tag/, /search and /topic/, so a backfill walks /index-news?date=&page= day by day "
        "(it repeats itself after page 10); news sitemaps per section ({section}/sitemap-news.xml on the main site, "
        "/sitemap_news.xml on a regional portal) carry news:publication_date; the portals kaltara, palu, sultra, "
        "sulbar, lombok, flores (WITA), papua, papuabarat, ternate (WIT), kalteng and belitung (WIB) were "
        "missing; main-site articles are /<section>/yyyy/mm/dd/<slug>; ?page=all shows a story split over "
        'several pages on one page (its <title> then ends in "Halaman all"), so articles are fetched with it.'
    ),
)

JPNN = Outlet(
    key="jpnn",
    name="JPNN.com",
    hosts={"www.jpnn.com": "WIB"},
    article_pattern=r"^/news/[\w-]+$",
    feeds=("/index.php?mib=rss",),
    listings=("/indeks",),
    search="/tag/{slug}?page={page}",
    selectors=Selectors(
        title=("h1.judul", "h1.page-title", "h1"),
        body=('div[itemprop="articleBody"]', ".page-content"),
        date=("span.date-publish", 'meta[name="jpnncom_news_pubdate"]', ".page-date", "time"),
        author=('meta[name="jpnncom_news_author"]',),
        boilerplate=(
            "div.baca-juga",
            ".terkait",
            ".top-medsos",
            ".creator-medsos",
            ".tags",
            ".pagination",
            "div[id*=div-gpt-ad]",
            "ins.adsbygoogle",
            "script",
            "style",
            "figure",
        ),
    ),
    boilerplate_lines=(r"^Baca (juga|berita)\b", r"^Silakan baca\b", r"^Jangan lewatkan\b"),
    title_noise=(r"(?i)\s*[-|]\s*jpnn(\.com)?$",),
    layout=Layout(
        platform="jpnn",
        article_path="/news/{slug}",
        nav_sections=("Nasional", "Politik", "Hukum", "Daerah", "Ekonomi", "Olahraga"),
        listing_page="{listing}?page={n}",
        printed_date="{weekday}, {dd} {month} {year} – {time} {zone}",
    ),
    site_names={"www.jpnn.com": ("JPNN.com", "Indonesia")},
    source=(
        "Articles /news/<slug>, the body div[itemprop=articleBody] (else .page-content), the author meta "
        "jpnncom_news_author and the boxes to drop: public scraper code. Feed /index.php?mib=rss (many public feed "
        "lists; some newer ones use /rss). Index /indeks?d=&m=&y=&tab=all&page= and tag pages /tag/<slug>?page=: "
        "public scrapers. Regional portals (jabar.jpnn.com and others) exist but are not listed here. Checked "
        "against public scraper code in December 2026: title h1.judul, date span.date-publish and "
        "meta[name=jpnncom_news_pubdate], author meta[name=jpnncom_news_author]; JSON-LD still comes first."
    ),
)

RRI = Outlet(
    key="rri",
    name="RRI (Radio Republik Indonesia)",
    # Articles are linked on the bare domain as well as on www.
    hosts={"www.rri.co.id": "WIB", "rri.co.id": "WIB"},
    # /<section>/<id>/<slug>, /<station>/<section>/<id>/<slug>, both also under /index.php/
    article_pattern=r"^/(?:index\.php/)?(?:[a-z][\w-]*/){1,2}\d{5,}/[\w-]+$",
    feeds=("/rss",),
    listings=("/",),
    search="/search?q={query}&page={page}",
    selectors=Selectors(
        title=("h2#news-title", "h1"),
        body=("#news-content", ".news-content", ".post_details_inner", '[itemprop="articleBody"]'),
        date=("li.date",),
        author=("li.author",),
        boilerplate=(".baca-juga", ".ads", "script", "style", "figure", ".share", ".tags"),
    ),
    boilerplate_lines=(r"^Baca (juga|berita)\b",),
    title_noise=(r"(?i)\s*[-|]\s*RRI(\.co\.id)?( News)?$",),
    layout=Layout(
        platform="rri",
        article_path="/{section_slug}/{id}/{slug}",
        nav_sections=("Nasional", "Daerah", "Hukum", "Ekonomi", "Olahraga"),
        listing_page="/?page={n}",
        printed_date="{dd} {mon} {year}, {time} {zone}",
    ),
    site_names={"www.rri.co.id": ("RRI.co.id", "Indonesia")},
    source=(
        "Article URLs (national /<section>/<id>/<slug>, stations /<station>/<section>/<id>/<slug>, with or without "
        "/index.php) and tag pages /tag/<slug>: URLs cited in public code. Checked against public scraper code in "
        "December 2026: articles are linked on bare rri.co.id too; title h2#news-title (else og:title), body "
        '#news-content, .news-content or .post_details_inner, date li.date ("02 Sep 2026, 14:22 WIB"), author '
        "li.author, search /search?q=&page=, feed /rss. RRI stations sit in every zone but "
        "share one host, so printed local times are read as WIB unless they say WITA or WIT."
    ),
)

KOMPAS = Outlet(
    key="kompas",
    name="Kompas.com Regional",
    hosts={"regional.kompas.com": "WIB"},
    article_pattern=r"^/read/(?:xml/)?\d{4}/\d{2}/\d{2}/\d+/[\w.-]+$",
    listings=("/",),
    # search.kompas.com, newest first, a week at a time (it stops near page 38 of one query);
    # then the tag pages on www.kompas.com.
    search="https://search.kompas.com/search?q={query}&sort=latest&start_date={start}&end_date={end}&page={page}",
    backfill_routes=("https://www.kompas.com/tag/{slug}?page={page}",),
    # A saved 2025 article's "show all" button leads to ?page=all: the whole story on one page.
    whole_article="page=all",
    selectors=KOMPAS_SELECTORS,
    boilerplate_lines=(r"^Baca juga\b", r"^(Dapatkan|Simak) (update|berita)\b", r"^Ikuti berita\b"),
    title_noise=(r"(?i)\s*-\s*kompas\.com.*$", WHOLE_ARTICLE_TITLE),
    layout=Layout(
        platform="kompas",
        article_path="/read/{year}/{month}/{day}/{id}/{slug}",
        nav_sections=("News", "Nasional", "Regional", "Megapolitan", "Global"),
        listing_page="/?page={n}",
        printed_date="Kompas.com, {day} {month} {year}, {time} {zone}",
    ),
    site_names={"regional.kompas.com": ("KOMPAS.com", "Regional")},
    source=(
        "Article path /read/<y>/<m>/<d>/<id>/<slug>, the daily index indeks.kompas.com/?site=regional&date=&page=, "
        "tag pages www.kompas.com/tag/<slug>?page= and the .read__ layout: public scrapers; the 2015-2016 layout: "
        "saved real pages. No feed of the regional site is known (rss.kompas.com serves other hosts); sitemaps come "
        "from robots.txt. Listing: the regional front page. Checked against public scraper code in December 2026: "
        "search.kompas.com/search?q=&sort=latest&start_date=&end_date=&page= is HTML and stops near page 38, so a "
        "backfill reads it one week at a time."
    ),
)

# The other Disway regional portals: the same platform as TangerangEkspres (OUTLETS.md names
# them), so the same URL pattern, feed and listing paths and selectors. All are on WIB.
DISWAY = replace(
    TANGERANGEKSPRES,
    key="disway",
    name="Disway regional portals",
    hosts={
        f"{portal}.disway.id": "WIB"
        for portal in ("radarlampung", "radarcirebon", "rakyatbengkulu", "jambiekspres", "palpres", "harian")
    },
    site_names={},
    source="Portal names and the shared platform: OUTLETS.md; layout as TangerangEkspres; not checked live",
)

# Every outlet the archive crawls, one spider each (crawler/spiders/<key>.py); `scrapy genoutlet` adds to it.
OUTLETS = {
    outlet.key: outlet
    for outlet in (
        ANTARA,
        TANGERANGEKSPRES,
        DISWAY,
        TRIBRATANEWS,
        TRIBUN,
        JPNN,
        RRI,
        KOMPAS,
    )
}

# Layouts of sites the archive does not crawl, for their pages that reach
# extraction anyway (`scrapy extract`, saved pages). Each was read off real
# saved pages (anpandu/indonesian-news-scraper fixtures, 2015-2017; fundus
# test pages, 2025-2026) and public scraper code for the current layouts.
SITE_SELECTORS = {
    # detik: current `.detail__*` layout (public scrapers), then the 2015 article and photo layouts.
    "detik.com": Selectors(
        title=("h1.detail__title",),
        body=(".detail__body-text", "#detikdetailtext", "div.text_detail", "div.text_gal"),
        date=(".detail__date",),
        boilerplate=(".detail__body-tag", ".linksisip", ".parallaxindetail", ".lihatjg", "script", "style", "table"),
    ),
    # Media Indonesia 2025-2026 (fundus test pages): the body and what is wedged into it.
    "mediaindonesia.com": Selectors(
        body=("div.article",),
        date=(".post-header .datetime",),
        boilerplate=("figure", ".related-news", ".ext-channel", ".info-author", "._ap_apex_ad", ".dfp-ad", "script"),
    ),
    # KapanLagi 2015-2016: the lede is loose text before the first <p>, which generic extraction misses.
    "kapanlagi.com": Selectors(
        body=("#v6-revb-detailnews", ".v7-music-detail-news"),
        date=(".newsdetail-schedule-new", ".v7-music-newsdetail-schedule"),
        boilerplate=("script", "style", "iframe", ".entertainment-newsdetail-image-caption"),
    ),
}


def site_of(host: str) -> str:
    """The registrable site of a host: regional.kompas.com -> kompas.com, tribratanews.polri.go.id -> polri.go.id."""
    parts = host.lower().split(".")
    keep = 3 if len(parts) > 2 and parts[-2] in ("go", "co", "or", "ac", "web", "my") and parts[-1] == "id" else 2
    return ".".join(parts[-keep:])


def outlet_for_host(host: str) -> Outlet | None:
    for outlet in OUTLETS.values():
        if host in outlet.hosts:
            return outlet
    return None


def selectors_for_host(host: str) -> Selectors | None:
    """The layout of a host: its outlet's, else that of an outlet or a known site on the same site."""
    outlet = outlet_for_host(host)
    if outlet:
        return outlet.selectors
    site = site_of(host)
    for outlet in OUTLETS.values():
        if any(site_of(h) == site for h in outlet.hosts):
            return outlet.selectors
    return SITE_SELECTORS.get(site)
