"""Shared fixtures: the offline sample, its source YAML, a mirror server, a crawl runner."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from crawler.mirror import MirrorServer
from crawler.outlets import OUTLETS
from crawler.publication import datasette_command
from tools.build_sample import article_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
SAMPLE_SRC = ROOT / "data" / "sample_src"
FIXTURES = ROOT / "tests" / "fixtures"  # real pages and stories, copied in with where each came from
SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]


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
            path = article_path(host, entry)
            found.append(
                {**entry, "host": host, "url": f"https://{host}{path}", "page": SAMPLE / host / path.lstrip("/")}
            )
    return found


def extract_sample(url: str) -> dict:
    """What extraction gives for the sample article at `url`, read from its saved page."""
    from pipelines.extract import extract_article

    (entry,) = [a for a in sample_articles() if a["url"] == url]
    return extract_article(entry["page"].read_text(encoding="utf-8"), url)


@pytest.fixture(scope="session")
def mirror_url():
    with MirrorServer(SAMPLE) as url:
        yield url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


def wait_for_http(url: str, timeout: float = 30.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


# One spider per outlet, named by the outlet's key.
SPIDERS = tuple(OUTLETS)


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory, mirror_url):
    """An archive built by crawling the whole offline sample with every spider, once per test session."""
    archive = tmp_path_factory.mktemp("crawl") / "archive.db"
    logs = [run_crawlall(archive, mirror_url)]
    return archive, logs


@pytest.fixture(scope="session")
def datasette_url(sample_archive):
    """Datasette serving the crawled archive with the project's metadata, as a real process."""
    archive, _ = sample_archive
    port = free_port()
    proc = subprocess.Popen(
        datasette_command(archive, port=port), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/-/versions.json")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
