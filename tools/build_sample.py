"""Render the offline sample of outlet pages from data/sample_src/ into data/sample/.

    python -m tools.build_sample [--out data/sample]

Each host's articles (data/sample_src/<host>.yml) go through the outlet's page
template, with "Baca juga" links, related and popular boxes, ads, JSON-LD and
OpenGraph; robots.txt, sitemaps, RSS feeds and listing pages are written next
to them. The output is deterministic, so the committed tree can be checked
against a fresh render.
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import jinja2
import yaml

from crawler.outlets import ZONES, outlet_for_host

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sample_src"
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]  # fmt: skip
PER_PAGE = 10


@dataclass(frozen=True)
class Layout:
    """How one platform lays out its site."""

    template: str  # antara / disway
    article_path: str  # with {id} and {slug}
    listing_path: str
    feed_path: str | None
    nav_sections: tuple[str, ...]


ANTARA_LAYOUT = Layout(
    "antara", "/berita/{id}/{slug}", "/terkini", "/rss/terkini.xml",
    ("Terkini", "Politik", "Hukum", "Ekonomi", "Olahraga", "Nusantara", "Humaniora", "Foto", "Video"),
)  # fmt: skip
# The Disway sample has no RSS feed: none is known for the real site.
DISWAY_LAYOUT = Layout(
    "disway", "/read/{id}/{slug}", "/indeks", None,
    ("Tangerang Raya", "Banten", "Hukum & Kriminal", "Nasional", "Ekonomi", "Olahraga"),
)  # fmt: skip


def layout_for(host: str) -> Layout:
    return DISWAY_LAYOUT if host.endswith("disway.id") else ANTARA_LAYOUT


def site_name(host: str) -> tuple[str, str]:
    if host.endswith("disway.id"):
        return "Tangerang Ekspres", "Tangerang"
    portal = host.split(".")[0]
    if portal == "www":
        return "ANTARA News", "Indonesia"
    region = {"kalsel": "Kalimantan Selatan", "banten": "Banten"}.get(portal, portal.title())
    return f"ANTARA News {region}", region


def printed(when: datetime, zone: str, layout: Layout) -> str:
    if layout.template == "disway":
        return f"{DAYS[when.weekday()]} {when:%d-%m-%Y},{when:%H:%M} {zone}"
    return f"{DAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M} {zone}"


def prepare(host: str, entries: list[dict]) -> list[dict]:
    """Entries with the fields the templates need, newest first."""
    layout = layout_for(host)
    outlet = outlet_for_host(host)
    zone = outlet.hosts[host]
    articles = []
    for entry in entries:
        when = datetime.strptime(entry["published"], "%Y-%m-%d %H:%M").replace(tzinfo=ZONES[zone])
        url = f"https://{host}" + layout.article_path.format(id=entry["id"], slug=entry["slug"])
        first = entry["paragraphs"][0].split(" - ", 1)[-1]
        articles.append(
            {
                **entry,
                "url": url,
                "amp_url": url.replace(f"https://{host}/", f"https://{host}/amp/"),
                "when": when,
                "published_iso": when.isoformat(),
                "published_printed": printed(when, zone, layout),
                "year": when.year,
                "description": first[:157].rsplit(" ", 1)[0] + "...",
                "image": f"https://img.{host.split('.', 1)[1]}/cache/800x533/{when:%Y/%m}/{entry['slug'][:40]}.jpg",
                "caption": entry.get("caption") or entry["title"] + ".",
                "tags": entry.get("tags") or [],
            }
        )
    articles.sort(key=lambda a: (a["when"], a["id"]), reverse=True)
    for i, a in enumerate(articles):
        others = articles[i + 1 :] + articles[:i]
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


def rss(host: str, articles: list[dict]) -> str:
    name, _ = site_name(host)
    items = "\n".join(
        f"""  <item>
    <title>{escape(a["title"])}</title>
    <link>{a["url"]}</link>
    <guid isPermaLink="true">{a["url"]}</guid>
    <pubDate>{format_datetime(a["when"])}</pubDate>
    <dc:creator>{escape(a["reporter"])}</dc:creator>
    <category>{escape(a["section"])}</category>
    <description><![CDATA[<img src="{a["image"]}" /> {a["description"]}]]></description>
    <media:content url="{a["image"]}" medium="image" />
  </item>"""
        for a in articles[:PER_PAGE]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{escape(name)} - Berita Terkini</title>
  <link>https://{host}/</link>
  <description>Berita terkini dari {escape(name)}</description>
  <language>id</language>
  <atom:link href="https://{host}/rss/terkini.xml" rel="self" type="application/rss+xml" />
{items}
</channel>
</rss>
"""


def sitemaps(host: str, articles: list[dict]) -> dict[str, str]:
    """A sitemap index with one urlset per month, plus a Google News sitemap of the latest."""
    by_month: dict[str, list[dict]] = {}
    for a in articles:
        by_month.setdefault(f"{a['when']:%Y-%m}", []).append(a)
    files = {}
    index = []
    for month, items in sorted(by_month.items(), reverse=True):
        path = f"/sitemap/sitemap-{month}.xml"
        index.append(
            f"  <sitemap><loc>https://{host}{path}</loc><lastmod>{items[0]['published_iso']}</lastmod></sitemap>"
        )
        urls = "\n".join(
            f"  <url><loc>{a['url']}</loc><lastmod>{a['published_iso']}</lastmod><changefreq>never</changefreq></url>"
            for a in items
        )
        files[path] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
        )
    name, _ = site_name(host)
    news = "\n".join(
        f"""  <url><loc>{a["url"]}</loc><news:news><news:publication><news:name>{escape(name)}</news:name><news:language>id</news:language></news:publication><news:publication_date>{a["published_iso"]}</news:publication_date><news:title>{escape(a["title"])}</news:title></news:news></url>"""
        for a in articles[:PER_PAGE]
    )
    files["/sitemap/news.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{news}\n</urlset>\n'
    )
    index.insert(
        0,
        f"  <sitemap><loc>https://{host}/sitemap/news.xml</loc><lastmod>{articles[0]['published_iso']}</lastmod></sitemap>",
    )
    files["/sitemap.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(index)
        + "\n</sitemapindex>\n"
    )
    return files


def robots(host: str) -> str:
    return (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /api/\n"
        "Disallow: /*?share=\n"
        "\n"
        f"Sitemap: https://{host}/sitemap.xml\n"
    )


def write(out: Path, host: str, path: str, text: str) -> None:
    target = out / host / path.lstrip("/")
    if path.endswith("/") or path == "":
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def render_host(env: jinja2.Environment, out: Path, host: str, entries: list[dict]) -> int:
    layout = layout_for(host)
    articles = prepare(host, entries)
    name, region = site_name(host)
    common = {
        "host": host,
        "portal": host.split(".")[0],
        "site_name": name,
        "region": region,
        "nav_sections": layout.nav_sections,
        "popular": articles[:5],
        "year": articles[0]["year"],
    }
    article_tpl = env.get_template(f"{layout.template}_article.html")
    for a in articles:
        path = a["url"].removeprefix(f"https://{host}")
        write(out, host, path, article_tpl.render(a=a, **common))
    listing_tpl = env.get_template(f"{layout.template}_listing.html")
    pages = [articles[i : i + PER_PAGE] for i in range(0, len(articles), PER_PAGE)]
    for n, items in enumerate(pages, 1):
        path = layout.listing_path + ("" if n == 1 else f"/{n}")
        html = listing_tpl.render(
            items=items,
            path=path,
            prev_path=(layout.listing_path + ("" if n == 2 else f"/{n - 1}")) if n > 1 else None,
            next_path=f"{layout.listing_path}/{n + 1}" if n < len(pages) else None,
            **common,
        )
        write(out, host, path + "/", html)
    write(
        out,
        host,
        "/",
        listing_tpl.render(items=articles[:PER_PAGE], path="/", prev_path=None, next_path=None, **common),
    )
    if layout.feed_path:
        write(out, host, layout.feed_path, rss(host, articles))
    for path, text in sitemaps(host, articles).items():
        write(out, host, path, text)
    write(out, host, "/robots.txt", robots(host))
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
