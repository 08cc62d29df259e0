"""Synthetic ANTARA mirror for the benchmarks: thousands of full-size article pages and the feeds that list them.

The articles are the offline sample's ANTARA stories (data/sample_src/*.yml) under new ids,
slugs, dates and portals, rendered through the sample's own templates and padded to
100-200 KB with what real news pages carry around a story: a mega menu of the network's
portals, inline configuration and analytics scripts, critical CSS, boxes of related,
popular and editors' picks with thumbnails. Article pages are rendered once into a pool;
a mirror of the newest N articles hard-links its pages from the pool and gets its own
robots.txt, sitemaps, RSS feed and listing pages, so the real spiders discover exactly N.
"""

from __future__ import annotations

import hashlib
import html
import os
import random
import shutil
import string
from datetime import datetime, timedelta
from pathlib import Path

import jinja2

from crawler import outlets
from crawler.outlets import ANTARA
from tools import build_sample, sample_feeds
from tools.build_sample import (
    PER_PAGE,
    SOURCE,
    load_sources,
    prepare,
    robots,
    rss,
    site_name,
    sitemaps,
    write,
)

NEWEST = datetime(2025, 10, 31, 21, 0)  # local time of the newest synthetic story
PER_DAY = 24  # stories per day across the network, so N stories span N/24 days
FIRST_ID = 8_000_000  # newest story's id; older stories count down from it
LISTING_PAGES = 5  # listing pages written per portal (the spider follows 2 by default)
MIN_BYTES, MAX_BYTES = 100_000, 200_000
CHANNELS = ("terkini", "politik", "hukum", "ekonomi", "olahraga", "foto")
BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def antara_stories() -> list[dict]:
    """The sample's ANTARA stories, in a fixed order."""
    return [
        {k: v for k, v in entry.items() if k != "label"}
        for host, entries in load_sources().items()
        if host in ANTARA.hosts
        for entry in entries
    ]


def corpus(n: int) -> dict[str, list[dict]]:
    """N stories spread round-robin over every ANTARA portal; story i is the same whatever N is."""
    stories = antara_stories()
    hosts = sorted(ANTARA.hosts)
    by_host: dict[str, list[dict]] = {h: [] for h in hosts}
    for i in range(n):
        base = stories[i % len(stories)]
        day, slot = divmod(i, PER_DAY)
        # Stories of one day fall between 07:00 and 21:xx local time, newest first.
        when = NEWEST - timedelta(days=day, minutes=slot * 37 + (i * 7) % 29)
        by_host[hosts[i % len(hosts)]].append(
            {
                **base,
                "id": FIRST_ID - i,
                "slug": f"{base['slug']}-{i % 97}"[:100],
                "published": f"{when:%Y-%m-%d %H:%M}",
                "rank": i,
            }  # fmt: skip
        )
    return {h: entries for h, entries in by_host.items() if entries}


def environment(source: Path = SOURCE) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(source / "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


# --- what pads a story to the size of a real page -------------------------------------


def megamenu(host: str) -> str:
    """The network menu real ANTARA pages carry: every portal with its channels."""
    columns = []
    for other in sorted(ANTARA.hosts):
        name, _ = site_name(other)
        links = "".join(
            f'<li class="megamenu__item"><a class="megamenu__link" href="https://{other}/{c}">{c.title()}</a></li>'
            for c in CHANNELS
        )
        active = " megamenu__col--active" if other == host else ""
        columns.append(
            f'<div class="megamenu__col{active}"><h4 class="megamenu__title"><a href="https://{other}/">{name}</a></h4>'
            f'<ul class="megamenu__list">{links}</ul></div>'
        )
    body = "".join(columns)
    return f'<div class="megamenu" id="megamenu" aria-hidden="true"><div class="container">{body}</div></div>\n'


def card(a: dict, kind: str) -> str:
    title = html.escape(a["title"])
    return (
        f'<li class="card card--{kind}"><a href="{a["url"]}" class="card__img"><img class="lazyload" '
        f'src="{BLANK_GIF}" data-src="{a["image"]}" width="120" height="80" alt="{title}"></a>'
        f'<div class="card__body"><span class="card__label">{html.escape(a["section"])}</span>'
        f'<h4 class="card__title"><a href="{a["url"]}" title="{title}">{title}</a></h4>'
        f'<span class="card__date">{a["published_printed"]}</span></div></li>\n'
    )


def boxes(rng: random.Random, pool: list[dict]) -> tuple[str, str]:
    """Sidebar boxes (latest, editors' picks) and the boxes under the story (more news, by section)."""
    picks = rng.sample(pool, min(len(pool), 36))
    side = (
        '<div class="widget latest"><h3 class="widget__title">Berita Terkini</h3><ul class="card-list">'
        + "".join(card(a, "sm") for a in picks[:10])
        + '</ul></div>\n<div class="widget picks"><h3 class="widget__title">Pilihan Redaksi</h3><ul class="card-list">'
        + "".join(card(a, "sm") for a in picks[10:16])
        + "</ul></div>\n"
    )
    below = (
        '<section class="more-news"><h3 class="section__title">Berita Lainnya</h3><ul class="card-list card-list--grid">'
        + "".join(card(a, "md") for a in picks[16:28])
        + '</ul><a class="btn btn-more" href="#" data-page="2">Muat lebih banyak</a></section>\n'
        '<section class="by-section"><h3 class="section__title">Nusantara</h3><ul class="card-list">'
        + "".join(card(a, "sm") for a in picks[28:36])
        + "</ul></section>\n"
    )
    return side, below


def _critical_css() -> str:
    """The site's inlined critical CSS: the same on every page."""
    rng = random.Random(1)
    rules = []
    for block in ("header", "navbar", "megamenu", "card", "widget", "footer", "wrap__article-detail", "btn", "ads"):
        for part in ("", "__title", "__item", "__link", "__img", "__body", "--sm", "--md", "--active"):
            rules.append(
                f".{block}{part}{{margin:{rng.randint(0, 24)}px {rng.randint(0, 16)}px;padding:{rng.randint(0, 12)}px;"
                f"font-size:{rng.choice((12, 13, 14, 15, 16, 18, 22))}px;line-height:1.{rng.randint(2, 6)};"
                f"color:#{rng.randrange(0x1000000):06x}}}"
            )
    return "<style>" + "".join(rules) + "</style>\n"


CRITICAL_CSS = _critical_css()


def state_script(a: dict, rng: random.Random, pool: list[dict]) -> str:
    """The page state blob a front-end framework embeds: the story's metadata and lists of other stories."""
    items = ",".join(
        f'{{"id":{o["id"]},"title":"{o["title"].replace(chr(34), "")}","url":"{o["url"]}","image":"{o["image"]}",'
        f'"section":"{o["section"]}","published":"{o["published_iso"]}","views":{rng.randint(100, 99999)}}}'
        for o in rng.sample(pool, min(len(pool), 20))
    )
    return (
        f'<script>window.__PAGE_STATE__={{"article":{{"id":{a["id"]},"section":"{a["section"]}",'
        f'"published":"{a["published_iso"]}","tags":{len(a["tags"])}}},"trending":[{items}]}};</script>\n'
    )


def _script_chunks(count: int = 4000) -> list[str]:
    """Statements of a minified bundle; pages of one site embed slices of the same bundle, as real sites do."""
    rng = random.Random(0)
    letters = string.ascii_letters
    chunks = []
    for _ in range(count):
        f = rng.choice(letters) + rng.choice(letters) + str(rng.randint(0, 999))
        k = rng.randint(2, 97)
        kind = rng.randrange(5)
        if kind == 0:
            chunk = f"function {f}(e,t){{var n=e.length,r=[];for(var i=0;i<n;i+={k % 5 + 1})r.push(t(e[i],i)^{k});return r}}"
        elif kind == 1:
            chunk = f'{f}=function(e){{return"object"==typeof e&&null!==e&&e.nodeType==={k % 9}?e.getAttribute("data-{f}"):void 0}}'
        elif kind == 2:
            chunk = f'var {f}=document.querySelectorAll(".{f}-slot");for(var i=0;i<{f}.length;i++){{{f}[i].dataset.k="{k}"}}'
        elif kind == 3:
            chunk = f'window.{f}=window.{f}||[];window.{f}.push({{event:"view",slot:"{rng.randint(10**9, 10**10 - 1)}",d:{k}}})'
        else:
            chunk = f'if(typeof {f}!=="undefined"){{{f}.init({{threshold:{k / 100:.2f},rootMargin:"{k}px 0px"}})}}'
        chunks.append(chunk)
    return chunks


SCRIPT_CHUNKS = _script_chunks()


def minified_js(rng: random.Random, size: int) -> str:
    """About `size` bytes of script (analytics, ads, lazy loading, players): a slice of the site's bundle."""
    parts, total = [], 0
    i = rng.randrange(len(SCRIPT_CHUNKS))
    while total < size:
        chunk = SCRIPT_CHUNKS[i % len(SCRIPT_CHUNKS)]
        parts.append(chunk)
        total += len(chunk) + 1
        i += 1
    return "<script>" + ";".join(parts) + "</script>\n"


def footer_network() -> str:
    links = "".join(
        f'<li class="list-inline-item"><a href="https://{h}/">{site_name(h)[0]}</a></li>' for h in sorted(ANTARA.hosts)
    )
    return f'<div class="footer__network"><h4>Jaringan ANTARA</h4><ul class="list-inline">{links}</ul></div>\n'


def pad(page: str, a: dict, host: str, pool: list[dict], menu: str, network: str) -> str:
    """The rendered story page grown to a random size between 100 and 200 KB, as real pages are."""
    rng = random.Random(a["id"])
    target = rng.randint(MIN_BYTES, MAX_BYTES)
    side, below = boxes(rng, pool)
    head = CRITICAL_CSS + state_script(a, rng, pool)
    page = page.replace("</head>", head + "</head>", 1)
    page = page.replace("</nav>\n</header>", "</nav>\n" + menu + "</header>", 1)
    page = page.replace('<aside class="col-md-4 sidebar">', '<aside class="col-md-4 sidebar">\n' + side, 1)
    page = page.replace("</main>", below + "</main>", 1)
    page = page.replace("</footer>", network + "</footer>", 1)
    # Whatever is still missing is script, as on real pages where script is most of the weight.
    missing = target - len(page.encode("utf-8"))
    return page.replace("</body>", minified_js(rng, max(missing, 0)) + "</body>", 1)


# --- pool and mirrors ------------------------------------------------------------------


def article_path(a: dict, host: str) -> str:
    return a["url"].removeprefix(f"https://{host}")


def context(host: str, articles: list[dict]) -> dict:
    """What every page template of a portal needs besides its own story or list."""
    name, region = site_name(host)
    return {
        "host": host,
        "portal": host.split(".")[0],
        "site_name": name,
        "region": region,
        "nav_sections": ANTARA.layout.nav_sections,
        "popular": articles[:5],
        "year": articles[0]["year"],
    }


def pool_key(n: int) -> str:
    """What the pool's pages depend on: this module, the sample's renderer, the outlet config, templates and
    stories, and n."""
    sources = [Path(__file__), Path(build_sample.__file__), Path(sample_feeds.__file__), Path(outlets.__file__)]
    sources += sorted(SOURCE.rglob("*.*"))
    return hashlib.sha256(b"".join(p.read_bytes() for p in sources) + str(n).encode()).hexdigest()


def build_pool(pool_dir: Path, n: int) -> dict[str, list[dict]]:
    """Render the newest n stories' pages into pool_dir (unless an earlier run left the very same
    pages there); returns the prepared stories by host."""
    prepared = {host: prepare(host, entries) for host, entries in corpus(n).items()}
    stamp = pool_dir / "pool.key"
    if stamp.exists() and stamp.read_text() == pool_key(n):
        return prepared
    env = environment()
    template = env.get_template(f"{ANTARA.layout.platform}_article.html")
    everything = [a for articles in prepared.values() for a in articles]
    network = footer_network()
    if pool_dir.exists():
        shutil.rmtree(pool_dir)
    for host, articles in prepared.items():
        common = context(host, articles)
        menu = megamenu(host)
        for a in articles:
            page = pad(template.render(a=a, **common), a, host, everything, menu, network)
            write(pool_dir, host, article_path(a, host), page)
    stamp.write_text(pool_key(n))
    return prepared


def build_mirror(mirror_dir: Path, pool_dir: Path, prepared: dict[str, list[dict]], n: int) -> list[tuple[str, Path]]:
    """A mirror of the newest n stories of the pool; returns (url, file) of each story page."""
    env = environment()
    listing = env.get_template(f"{ANTARA.layout.platform}_listing.html")
    if mirror_dir.exists():
        shutil.rmtree(mirror_dir)
    pages = []
    for host, all_articles in prepared.items():
        articles = [a for a in all_articles if a["rank"] < n]
        if not articles:
            continue
        for a in articles:
            path = article_path(a, host)
            target = mirror_dir / host / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(pool_dir / host / path.lstrip("/"), target)
            pages.append((a["url"], target, a["rank"]))
        common = context(host, articles)
        chunks = [articles[i : i + PER_PAGE] for i in range(0, len(articles), PER_PAGE)][:LISTING_PAGES]
        base = ANTARA.listings[0]
        for k, items in enumerate(chunks, 1):
            path = base + ("" if k == 1 else f"/{k}")
            page = listing.render(
                items=items,
                path=path,
                prev_path=(base + ("" if k == 2 else f"/{k - 1}")) if k > 1 else None,
                next_path=f"{base}/{k + 1}" if k < len(chunks) else None,
                **common,
            )
            write(mirror_dir, host, path + "/", page)
        write(mirror_dir, host, "/", listing.render(items=articles[:PER_PAGE], path="/", prev_path=None,
                                                     next_path=None, **common))  # fmt: skip
        write(mirror_dir, host, ANTARA.feeds[0], rss(host, articles))
        for path, text in sitemaps(host, articles).items():
            write(mirror_dir, host, path, text)
        write(mirror_dir, host, "/robots.txt", robots(host))
    pages.sort(key=lambda p: p[2])
    return [(url, path) for url, path, _ in pages]
