"""Plain helpers every test file may import: where things are, the offline sample's articles, running
scrapy commands as a user would, and servers on 127.0.0.1. Pytest fixtures live in conftest.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from crawler.outlets import OUTLETS, outlet_for_host
from tools.build_sample import article_path
from tools.local_servers import free_port, redis_server, wait_for_http

__all__ = [
    "FIXTURES", "ROOT", "add_gallery_pages", "SAMPLE", "SAMPLE_SRC", "SCRAPY", "SPIDERS", "extract_sample", "free_port", "redis_server",
    "run_crawl", "run_crawlall", "sample_articles", "sample_page", "scrapy", "wait_for_http",
]  # fmt: skip

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
SAMPLE_SRC = ROOT / "data" / "sample_src"
FIXTURES = ROOT / "tests" / "fixtures"  # real pages and stories, copied in with where each came from
SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]

# One spider per outlet, named by the outlet's key.
SPIDERS = tuple(OUTLETS)


def sample_articles(archive_only: bool = False) -> list[dict]:
    """Every article of the offline sample that a crawl finds, with its host, URL and saved page;
    with archive_only=True also the older stories that only the outlets' search pages link to."""
    found = []
    for source in sorted(SAMPLE_SRC.glob("*.yml")):
        host = source.stem
        for entry in yaml.safe_load(source.read_text(encoding="utf-8")):
            if entry.get("archive_only") and not archive_only:
                continue
            # The outlet's own URL scheme, as the sample builder writes it.
            url = f"https://{host}{article_path(host, entry)}"
            found.append({**entry, "host": host, "url": url, "page": sample_page(url)})
    return found


def sample_page(url: str) -> Path:
    """Where the offline sample keeps the page a crawl fetches for the article at `url` (the whole-story
    view where the outlet has one); the mirror keeps a query in the file name."""
    parts = urlsplit(outlet_for_host(urlsplit(url).netloc).fetch_url(url))
    return SAMPLE / parts.netloc / (parts.path.lstrip("/") + (f"?{parts.query}" if parts.query else ""))


GALLERY = """<!doctype html><html lang="id"><head><title>Galeri foto Polda Kalsel</title></head>
<body><nav><a href="/">Beranda</a></nav><main><p>Galeri foto.</p></main></body></html>"""


def add_gallery_pages(site: Path, *ids: int) -> dict[int, Path]:
    """Pages that hold no article, at ANTARA article addresses that a copy of an ANTARA host's sample
    (`site`) lists in its sitemap; their files by id."""
    sitemap = site / "sitemap" / "sitemap-2025-10.xml"
    pages, entries = {}, ""
    for n in ids:
        path = f"berita/{n}/galeri-foto-{n}"
        pages[n] = site / path
        pages[n].parent.mkdir(parents=True)
        pages[n].write_text(GALLERY, encoding="utf-8")
        entries += f"  <url><loc>https://{site.name}/{path}</loc><lastmod>2025-10-08T09:00:00+08:00</lastmod></url>\n"
    sitemap.write_text(sitemap.read_text().replace("</urlset>", entries + "</urlset>"))
    return pages


def extract_sample(url: str) -> dict:
    """What extraction gives for the sample article at `url`, read from its saved page."""
    from pipelines.extract import extract_article

    (entry,) = [a for a in sample_articles() if a["url"] == url]
    return extract_article(entry["page"].read_text(encoding="utf-8"), url)


def scrapy(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`scrapy ARGS...` in its own process from the project folder, as a user types it; output captured."""
    return subprocess.run([*SCRAPY, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def run_crawl(spider: str, archive: Path, mirror: str, *args: str, timeout: int = 180):
    """Run one spider through the real Scrapy engine, in its own process as a user would."""
    cmd = [*SCRAPY, "crawl", spider, "-s", f"MIRROR_URL={mirror}", "-s", f"ARCHIVE_PATH={archive}", *args]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=os.environ.copy())
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def run_crawlall(archive: Path, mirror: str, *args: str, timeout: int = 300):
    """Run every spider at once with `scrapy crawlall`, in its own process."""
    cmd = [*SCRAPY, "crawlall", "-s", f"MIRROR_URL={mirror}", "-s", f"ARCHIVE_PATH={archive}", *args]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=os.environ.copy())
    assert result.returncode == 0, result.stderr[-3000:]
    return result
