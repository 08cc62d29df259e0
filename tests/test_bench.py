"""The benchmark: its synthetic mirror is realistic, and a tiny run prints the whole table with real figures."""

import re
import subprocess
import sys
import urllib.request
from xml.etree import ElementTree

import pytest
from helpers import ROOT

from crawler.mirror import MirrorServer
from pipelines.page_fields import process_page
from tools.bench.archive import canned_queries
from tools.bench.mirror import MAX_BYTES, MIN_BYTES, build_mirror, build_pool

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def small_mirror(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench-mirror")
    prepared = build_pool(work / "pool", 60)
    pages = build_mirror(work / "mirror-40", work / "pool", prepared, 40)
    return work / "mirror-40", pages


def test_mirror_pages_are_full_size_articles_the_pipeline_reads(small_mirror):
    _, pages = small_mirror
    assert len(pages) == 40
    assert len({url for url, _ in pages}) == 40
    for url, path in pages:
        size = path.stat().st_size
        assert MIN_BYTES <= size <= MAX_BYTES + 2_000, (url, size)
    url, path = pages[0]
    article = process_page(path.read_text(encoding="utf-8"), url)
    assert article["url"] == url
    assert article["extraction_method"] == "selectors"
    assert article["word_count"] > 100
    # The padding (menus, boxes, scripts) must not leak into the story's text.
    assert "Berita Lainnya" not in article["text"] and "function" not in article["text"]


def test_mirror_sitemaps_list_exactly_its_articles(small_mirror):
    root, pages = small_mirror
    listed = set()
    with MirrorServer(root) as base:
        for host_dir in root.iterdir():
            with urllib.request.urlopen(f"{base}/{host_dir.name}/robots.txt") as r:
                index_url = re.search(r"Sitemap: (\S+)", r.read().decode()).group(1)
            index = ElementTree.fromstring(urllib.request.urlopen(index_url.replace("https://", base + "/")).read())
            for loc in index.iter(f"{SITEMAP}loc"):
                urlset = ElementTree.fromstring(urllib.request.urlopen(loc.text.replace("https://", base + "/")).read())
                listed |= {u.text for u in urlset.iter(f"{SITEMAP}loc")}
    assert listed == {url for url, _ in pages}


def parse_table(stdout: str) -> dict[str, tuple[str, str, str]]:
    rows = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 5 and cells[0] != "measure":
            rows[cells[0]] = (cells[1], cells[2], cells[3])
    return rows


def number(value: str) -> float:
    return float(value.split()[0].replace(",", ""))


def test_quick_bench_prints_one_table_with_every_figure(tmp_path):
    cmd = [sys.executable, "-m", "tools.bench", "--quick", "--pages", "50", "--no-newsplease",
           "--archive-articles", "2000", "--archive-awards", "200", "--requests", "3", "--load-seconds", "1",
           "--workdir", str(tmp_path / "work"), "--record", str(tmp_path / "BENCH.md")]  # fmt: skip
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = parse_table(result.stdout)

    def row(prefix):
        found = [v for k, v in rows.items() if k.startswith(prefix)]
        assert len(found) == 1, (prefix, list(rows))
        return found[0]

    assert number(row("crawl 50 pages")[0]) == 50
    for prefix in ("crawl: pages per second", "crawl: CPU per page", "crawl: peak resident memory",
                   "crawl: archive bytes per article", "bare trafilatura.extract (", "lxml document_fromstring",
                   "pipeline core process_page", "ratio pipeline core / trafilatura", "ratio pipeline core / lxml",
                   "pipeline core, layout not known", "ratio pipeline core, layout not known",
                   "memory: peak RSS, crawl of 16 pages", "memory: peak RSS, crawl of 50 pages",
                   "bare trafilatura on one core", "ratio re-extraction", "datasette full-text search, search_stories",
                   "datasette articles table search box", "datasette award_list with its five facets",
                   "datasette awards faceted by", "bench: wall time", "bare Scrapy spider, title only",
                   "ratio crawl CPU per page / bare Scrapy", "page compression, zlib level 6",
                   "page compression, zstandard"):  # fmt: skip
        assert number(row(prefix)[0]) > 0, prefix
    assert 50 < number(row("crawl: peak resident memory")[0]) < 2000  # megabytes of a real process
    assert row("ratio pipeline core / trafilatura")[1] == "<= 1.25x"
    assert row("ratio crawl CPU per page / bare Scrapy")[1] == "<= 2.0x"
    assert row("ratio pipeline core / trafilatura")[2] in ("yes", "NO")
    assert row("memory: growth 16 -> 50 pages")[1].startswith("flat")
    assert row("datasette full-text search, search_stories")[1] == "p95 <= 50 ms"
    assert [v for k, v in rows.items() if "reextract" in k and "pages per second" in k]
    for name in canned_queries():
        assert number(row(f"datasette canned query {name}:")[0]) > 0
    assert row("news-please")[0] == "n/a ms"
    assert "skipped (--no-newsplease)" in result.stdout
    # The mixed load on `scrapy serve --public`: every phase, readers' latency against its target, no reader error.
    assert row("load, readers alone: readers' p95")[1] == "p95 <= 250 ms"
    assert row("load, readers + 10 slow-SQL clients: readers' p95")[1] == "p95 <= 500 ms"
    for phase in ("readers alone", "readers + 3 slow-SQL clients", "readers + 10 slow-SQL clients",
                  "readers + a many-facet client", "readers alone, every page computed"):  # fmt: skip
        assert number(row(f"load, {phase}: requests per second")[0]) > 0, phase
        assert number(row(f"load, {phase}: readers' p95")[0]) > 0, phase
        assert row(f"load, {phase}: reader errors")[0] == "0.00", phase
    slow = row("load, readers + 10 slow-SQL clients: their longest answer")
    assert slow[2] == "yes" and 0 < number(slow[0]) < 30
    recorded = (tmp_path / "BENCH.md").read_text(encoding="utf-8")
    assert "<!-- bench:begin -->" in recorded and "| crawl: CPU per page" in recorded
