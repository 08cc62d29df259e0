"""The offline sample's machine-readable files: RSS and Atom feeds, sitemaps, robots.txt.

Written as the outlets' platforms write them, for tools/build_sample.py (and the benchmark's mirror):
the newest PER_PAGE stories in a feed and a Google News sitemap, one urlset a month.
"""

from __future__ import annotations

from email.utils import format_datetime
from xml.sax.saxutils import escape

from crawler.outlets import outlet_for_host

PER_PAGE = 10  # stories in a feed, a news sitemap and a listing page


def site_name(host: str) -> str:
    return outlet_for_host(host).site_name(host)[0]


def rss(host: str, articles: list[dict], feed_path: str = "/rss/terkini.xml") -> str:
    name = site_name(host)
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
  <atom:link href="https://{host}{escape(feed_path)}" rel="self" type="application/rss+xml" />
{items}
</channel>
</rss>
"""


def atom(host: str, blog: str, articles: list[dict]) -> str:
    """An Odoo blog feed: Atom, newest first, times in UTC."""
    name = site_name(host)
    entries = "\n".join(
        f"""  <entry>
    <title>{escape(a["title"])}</title>
    <link href="{a["url"]}"/>
    <id>{a["url"]}</id>
    <author><name>{escape(a["reporter"])}</name></author>
    <summary>{escape(a["description"])}</summary>
    <updated>{a["published_utc"].replace(" ", "T")}Z</updated>
  </entry>"""
        for a in articles[:50]
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{escape(name)}</title>
  <link href="https://{host}/blog/{blog}"/>
  <id>https://{host}/blog/{blog}</id>
  <updated>{articles[0]["published_utc"].replace(" ", "T")}Z</updated>
{entries}
</feed>
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
    name = site_name(host)
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


def robots(host: str, disallow: tuple[str, ...] = ()) -> str:
    """The platform's robots.txt, with what the outlet's own forbids besides (`Layout.robots_disallow`)."""
    extra = "".join(f"Disallow: {path}\n" for path in disallow)
    return (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /api/\n"
        "Disallow: /*?share=\n"
        f"{extra}"
        "\n"
        f"Sitemap: https://{host}/sitemap.xml\n"
    )
