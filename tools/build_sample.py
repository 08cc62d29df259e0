"""Render the offline sample of outlet pages from data/sample_src/ into data/sample/.

    python -m tools.build_sample [--out data/sample]

Each host's articles (data/sample_src/<host>.yml) go through the outlet's page
template, with "Baca juga" links, related and popular boxes, ads, JSON-LD and
OpenGraph; robots.txt, sitemaps, RSS feeds and listing pages are written next
to them, and each outlet's search (or tag) pages for the backfill queries. What
a host's site looks like (URL scheme, listing and feed paths, how dates are
printed, its name) is its outlet's config in crawler/outlets.py, as the crawler
reads it. The output is deterministic, so the committed tree can be checked
against a fresh render.
"""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jinja2
import yaml

from crawler.backfill import is_daily, is_weekly, route_host, week_of
from crawler.outlets import BACKFILL_QUERIES, Layout, Outlet, outlet_for_host
from tools.sample_feeds import PER_PAGE, atom, robots, rss, sitemaps

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sample_src"
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]  # fmt: skip
SEARCH_PER_PAGE = 3  # small, so that the sample's search results run over several pages


def outlet_of(host: str) -> Outlet:
    outlet = outlet_for_host(host)
    if outlet is None or outlet.layout is None:
        raise SystemExit(f"{host}: no outlet in crawler/outlets.py has this host and a layout")
    return outlet


def layout_for(host: str) -> Layout:
    """The host's layout, as its outlet's config in crawler/outlets.py gives it."""
    return outlet_of(host).layout


def site_name(host: str) -> tuple[str, str]:
    return outlet_of(host).site_name(host)


def blog_of(outlet: Outlet, section: str) -> str:
    """The blog (Odoo's slug-id, as the outlet's listing paths name it) that holds a section's stories."""
    blogs = [listing.rstrip("/").rsplit("/", 1)[-1] for listing in outlet.listings]
    return next((b for b in blogs if b.rsplit("-", 1)[0] == section.lower()), blogs[0] if blogs else "")


def published_at(host: str, entry: dict, outlet: Outlet | None = None) -> datetime:
    """An entry's publication time, in the host's zone."""
    zone = (outlet or outlet_of(host)).zone(host)
    return datetime.strptime(entry["published"], "%Y-%m-%d %H:%M").replace(tzinfo=zone)


def article_path(host: str, entry: dict, outlet: Outlet | None = None) -> str:
    """The path of an entry's article page on its host (of `outlet`, if it is not in the config yet)."""
    outlet = outlet or outlet_of(host)
    when = published_at(host, entry, outlet)
    return outlet.layout.article_path.format(
        id=entry["id"],
        slug=entry["slug"],
        year=f"{when:%Y}",
        month=f"{when:%m}",
        day=f"{when:%d}",
        blog=blog_of(outlet, entry["section"]),
        section_slug=entry["section"].lower().replace(" ", "-"),
    )


def printed(when: datetime, zone: str, layout: Layout) -> str:
    """The date as the platform prints it on an article page."""
    month = MONTHS[when.month - 1]
    return layout.printed_date.format(
        weekday=DAYS[when.weekday()],
        day=when.day,
        dd=f"{when:%d}",
        month=month,
        mon=month[:3],
        mm=f"{when:%m}",
        year=when.year,
        time=f"{when:%H:%M}",
        zone=zone,
    )


def prepare(host: str, entries: list[dict]) -> list[dict]:
    """Entries with the fields the templates need, newest first."""
    layout = layout_for(host)
    outlet = outlet_for_host(host)
    zone = outlet.hosts[host]
    articles = []
    for entry in entries:
        when = published_at(host, entry)
        url = f"https://{host}" + article_path(host, entry)
        first = entry["paragraphs"][0].split(" - ", 1)[-1]
        image = f"https://img.{host.split('.', 1)[1]}/cache/800x533/{when:%Y/%m}/{entry['slug'][:40]}.jpg"
        if layout.platform == "odoo":
            image = f"https://{host}/web/image/blog.post/{entry['id']}/image"
        articles.append(
            {
                **entry,
                "url": url,
                "amp_url": url.replace(f"https://{host}/", f"https://{host}/amp/"),
                "when": when,
                "published_iso": when.isoformat(),
                # Odoo prints its machine times in UTC without an offset.
                "published_utc": when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
                "published_printed": printed(when, zone, layout),
                "year": when.year,
                "description": first[:157].rsplit(" ", 1)[0] + "...",
                "image": image,
                "caption": entry.get("caption") or entry["title"] + ".",
                "tags": entry.get("tags") or [],
                "blog": blog_of(outlet, entry["section"]),
                "archive_only": bool(entry.get("archive_only")),
                "pages": 0,  # shown whole; first_page() makes the first of two pages
            }
        )
    articles.sort(key=lambda a: (a["when"], a["id"]), reverse=True)
    # Stories the site no longer lists are linked from nowhere but search results.
    visible = [a for a in articles if not a["archive_only"]]
    for a in articles:
        i = visible.index(a) if a in visible else len(visible)
        others = visible[i + 1 :] + visible[:i]
        a["related"] = others[:4]
        a["blocks"] = blocks(a["paragraphs"], others[4:6])
        a["section_id"] = 1 + layout.nav_sections.index(a["section"]) if a["section"] in layout.nav_sections else 9
        a["jsonld"] = jsonld(a, host)
    return articles


def blocks(paragraphs: list[str], baca: list[dict]) -> list[dict]:
    """Body paragraphs with "Baca juga" links after the 2nd and 5th and an ad after the 3rd."""
    out = []
    for i, text in enumerate(paragraphs, 1):
        out.append({"kind": "p", "text": text})
        if i in (2, 5) and baca:
            link = baca.pop(0)
            out.append({"kind": "baca", "url": link["url"], "title": link["title"]})
        if i == 3:
            out.append({"kind": "ad"})
    return out


def first_page(a: dict) -> dict:
    """The first of two pages a story is split over: the first half of its paragraphs, then a pager."""
    paragraphs = [i for i, b in enumerate(a["blocks"]) if b["kind"] == "p"]
    cut = paragraphs[(len(paragraphs) + 1) // 2] if len(paragraphs) > 1 else len(a["blocks"])
    return {**a, "blocks": a["blocks"][:cut], "pages": 2}


def jsonld(a: dict, host: str) -> str:
    name, _ = site_name(host)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "headline": a["title"],
        "description": a["description"],
        "image": {"@type": "ImageObject", "url": a["image"]},
        "datePublished": a["published_iso"],
        "dateModified": a["published_iso"],
        "author": {"@type": "Person", "name": a["reporter"]},
        "editor": {"@type": "Person", "name": a["editor"]},
        "publisher": {
            "@type": "Organization",
            "name": name,
            "logo": {"@type": "ImageObject", "url": f"https://{host}/assets/img/logo.png"},
        },
        "articleSection": a["section"],
        "keywords": ", ".join(a["tags"]),
        "inLanguage": "id-ID",
    }
    # "</" must not close the script element early.
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")


def write(out: Path, host: str, path: str, text: str) -> None:
    """Write the page served at https://<host><path>, named as the mirror server looks it up."""
    parts = urlsplit(path)
    rel = unquote(parts.path).lstrip("/")
    if parts.path.endswith("/") or not parts.path:
        rel += "index.html"
    if parts.query:
        rel += "?" + unquote(parts.query)
    target = out / host / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def under(path: str, articles: list[dict]) -> list[dict]:
    """The articles whose URL lies under `path`: an Odoo blog's, at its listing path."""
    prefix = path.rstrip("/") + "/"
    return [a for a in articles if urlsplit(a["url"]).path.startswith(prefix)]


def listing_pages(outlet: Outlet, articles: list[dict]) -> list[tuple[str, list[dict]]]:
    """(listing path, articles) per listing of the outlet's config: one, or one per blog on Odoo."""
    if len(outlet.listings) == 1:
        return [(outlet.listings[0], articles)]
    return [(path, under(path, articles)) for path in outlet.listings if under(path, articles)]


def feeds(outlet: Outlet, articles: list[dict]) -> list[tuple[str, str | None, list[dict]]]:
    """(feed path, listing path, articles) per feed of the outlet's config: a feed under a listing's
    path (an Odoo blog's) carries that listing's stories, any other feed every story."""
    found = []
    for feed in outlet.feeds:
        listing = next((p for p in outlet.listings if p != "/" and feed.startswith(p.rstrip("/") + "/")), None)
        items = under(listing, articles) if listing else articles
        if items:
            found.append((feed, listing, items))
    return found


def render_listings(tpl, out: Path, host: str, layout: Layout, articles: list[dict], common: dict) -> None:
    for listing, items_all in listing_pages(outlet_of(host), articles):
        pages = [items_all[i : i + PER_PAGE] for i in range(0, len(items_all), PER_PAGE)]

        def page_path(n: int, listing=listing) -> str:
            return listing if n == 1 else layout.listing_page.format(listing=listing.rstrip("/"), n=n)

        for n, items in enumerate(pages, 1):
            path = page_path(n)
            html = tpl.render(
                items=items,
                path=path,
                prev_path=page_path(n - 1) if n > 1 else None,
                next_path=page_path(n + 1) if n < len(pages) else None,
                **common,
            )
            write(out, host, path if "?" in path or path.endswith("/") else path + "/", html)


def search_results(articles: list[dict], query: str) -> list[dict]:
    """What a site search finds: stories holding every word of the query, newest first."""
    words = query.lower().split()
    return [a for a in articles if all(w in (a["title"] + " " + " ".join(a["paragraphs"])).lower() for w in words)]


def by_window(route: str, found: list[dict]) -> dict[tuple, list[dict]]:
    """A route's results per window it is asked for: one for a plain search, a week each otherwise."""
    # A plain search answers even when it finds nothing: an empty first page.
    windows: dict[tuple, list[dict]] = {} if is_weekly(route) else {(): []}
    for a in found:
        dates = week_of(a["when"].date()) if is_weekly(route) else {}
        windows.setdefault(tuple(sorted(dates.items())), []).append(a)
    return windows


def render_search(env: jinja2.Environment, out: Path, host: str, articles: list[dict], common: dict) -> None:
    """Every backfill route's pages of the outlet, as crawler/backfill.py asks for them: search (or tag)
    pages for every backfill query, a week at a time where the route says so, and a daily index."""
    outlet = outlet_for_host(host)
    platform = layout_for(host).platform
    for route in outlet.routes():
        if is_daily(route):
            render_daily_index(env.get_template(f"{platform}_listing.html"), out, host, route, articles, common)
            continue
        tpl = env.get_template(f"{platform}_search.html")
        for query in BACKFILL_QUERIES:
            for window, found in by_window(route, search_results(articles, query)).items():
                dates = dict(window)
                pages = [found[i : i + SEARCH_PER_PAGE] for i in range(0, len(found), SEARCH_PER_PAGE)]
                # The page after the last one answers with no results, as search pages do.
                for n, items in enumerate([*pages, []], 1):
                    url = urlsplit(outlet.search_url(host, query, n, route, **dates))
                    html = tpl.render(
                        items=items,
                        query=query,
                        page=n,
                        total=len(found),
                        next_url=outlet.search_url(host, query, n + 1, route, **dates) if n < len(pages) else None,
                        **(common | {"host": url.netloc}),
                    )
                    write(out, url.netloc, f"{url.path}?{url.query}", html)
        other = route_host(route, host)
        if other != host and not (out / other / "robots.txt").exists():
            write(out, other, "/robots.txt", robots(other))


def render_daily_index(tpl, out: Path, host: str, route: str, articles: list[dict], common: dict) -> None:
    """A daily index page for each day the host has stories on (archive-only ones too), then an
    empty second page; the crawl finds any other day missing, as a site without such a day."""
    outlet = outlet_for_host(host)
    days: dict[str, list[dict]] = {}
    for a in articles:
        days.setdefault(f"{a['when']:%Y-%m-%d}", []).append(a)
    for day, items in days.items():
        for n, page_items in enumerate([items, []], 1):
            url = urlsplit(outlet.search_url(host, "", n, route, date=day))
            path = f"{url.path}?{url.query}"
            html = tpl.render(items=page_items, path=path, prev_path=None, next_path=None, **common)
            write(out, host, path, html)


def render_host(env: jinja2.Environment, out: Path, host: str, entries: list[dict]) -> int:
    layout = layout_for(host)
    articles = prepare(host, entries)
    visible = [a for a in articles if not a["archive_only"]]
    name, region = site_name(host)
    common = {
        "host": host,
        "portal": host.split(".")[0],
        "site_name": name,
        "region": region,
        "nav_sections": layout.nav_sections,
        "popular": visible[:5],
        "year": articles[0]["year"],
    }
    article_tpl = env.get_template(f"{layout.platform}_article.html")
    outlet = outlet_of(host)
    for a in articles:
        path = a["url"].removeprefix(f"https://{host}")
        if outlet.whole_article:
            # The outlet splits a story over pages: its address shows the first, the whole-story view all.
            write(out, host, path, article_tpl.render(a=first_page(a), **common))
            path = outlet.fetch_url(a["url"]).removeprefix(f"https://{host}")
        write(out, host, path, article_tpl.render(a=a, **common))
    listing_tpl = env.get_template(f"{layout.platform}_listing.html")
    render_listings(listing_tpl, out, host, layout, visible, common)
    if "/" not in outlet.listings:
        write(
            out,
            host,
            "/",
            listing_tpl.render(items=visible[:PER_PAGE], path="/", prev_path=None, next_path=None, **common),
        )
    for feed, listing, items in feeds(outlet, visible):
        if layout.feed_kind == "atom":
            blog = (listing or feed).rsplit("/", 1)[-1]
            write(out, host, feed, atom(host, blog, items))
        else:
            write(out, host, feed, rss(host, items, feed))
    for path, text in sitemaps(host, visible).items():
        write(out, host, path, text)
    for path in outlet.sitemaps:  # the outlet's own news sitemap, where robots.txt does not name it
        write(out, host, path, sitemaps(host, visible)["/sitemap/news.xml"])
    write(out, host, "/robots.txt", robots(host, layout.robots_disallow))
    render_search(env, out, host, articles, common)
    return len(articles)


def load_sources(source: Path = SOURCE) -> dict[str, list[dict]]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(source.glob("*.yml"))}


def build(out: Path, source: Path = SOURCE) -> dict[str, int]:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(source / "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    if out.exists():
        shutil.rmtree(out)
    return {host: render_host(env, out, host, entries) for host, entries in load_sources(source).items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "data" / "sample"))
    args = parser.parse_args(argv)
    for host, count in build(Path(args.out)).items():
        print(f"{host}: {count} articles")


if __name__ == "__main__":
    main()
