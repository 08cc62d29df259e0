"""Shared fixtures: a mirror server of the offline sample, the archive a crawl of it builds, Datasette over it.
Plain helpers are in helpers.py."""

from __future__ import annotations

import subprocess

import pytest

# What test files imported from here before helpers.py; some still do.
from helpers import (
    FIXTURES,
    ROOT,
    SAMPLE,
    SAMPLE_SRC,
    SCRAPY,
    SPIDERS,
    extract_sample,
    free_port,
    run_crawl,
    run_crawlall,
    sample_articles,
    wait_for_http,
)

from crawler.mirror import MirrorServer
from crawler.publication import datasette_command

__all__ = [
    "FIXTURES", "ROOT", "SAMPLE", "SAMPLE_SRC", "SCRAPY", "SPIDERS", "extract_sample", "free_port", "run_crawl",
    "run_crawlall", "sample_articles", "wait_for_http",
]  # fmt: skip


@pytest.fixture(scope="session")
def mirror_url():
    with MirrorServer(SAMPLE) as url:
        yield url


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
