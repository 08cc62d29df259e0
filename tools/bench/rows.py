"""The benchmark's rows: each measured phase's figures, next to their targets (tools.bench.table prints them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.bench.processes import log
from tools.bench.run import NEWSPLEASE, newsplease_python, newsplease_rate, reextract_rate

FLAT_GROWTH = 0.20
# Archive bytes per article: half of what zlib level 6 took on the 5,000-page mirror (31 KB).
ARCHIVE_TARGET = 31 * 1024 // 2
FLOOR_TARGET = 2.0


@dataclass
class Row:
    measure: str
    value: float | None  # None: not measured, the note says why
    unit: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""


def spread(items: list, n: int) -> list:
    """n items taken evenly across the list, so that a sample covers every story and page size."""
    if n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(k * step)] for k in range(n)]


def per(total: float, count: int) -> float:
    return total / max(count, 1)


# --- the phases, each giving its rows ---------------------------------------------------


def crawl_rows(n: int, c: dict, mean_kb: float, log_path: Path) -> list[Row]:
    ms = per(c["cpu"] * 1000, c["articles"])
    rows = [
        Row(f"crawl {n:,} pages ({mean_kb:.0f} KB mean): articles archived", c["articles"], "", f"{n:,}",
            c["articles"] == n, "" if c["articles"] == n else "some pages were not archived: see the crawl log"),
        Row("crawl: pages per second (wall)", c["articles"] / c["wall"], "pages/s"),
        Row("crawl: CPU per page (crawler user+sys)", ms, "ms"),
        Row("crawl: peak resident memory of the crawler", c["peak_mb"], "MB", "<= 350 MB at 5,000 pages",
            c["peak_mb"] <= 350 if n >= 5000 else None, "" if n >= 5000 else "fewer pages than the target's 5,000"),
        Row("crawl: archive bytes per article", per(c["archive_bytes"], c["articles"]), "B",
            f"<= {ARCHIVE_TARGET:,} B at 5,000 pages", per(c["archive_bytes"], c["articles"]) <= ARCHIVE_TARGET if n >= 5000 else None,
            f"half of the 31 KB of zlib level 6; raw page {per(c['page_bytes'], c['articles']) / 1024:.0f} KB, "
            f"compressed {per(c['packed_bytes'], c['articles']) / 1024:.1f} KB"
            + ("" if n >= 5000 else "; the first 100 pages have no dictionary yet")),
    ]  # fmt: skip
    if c["errors"]:
        rows.append(Row("crawl: ERROR lines in the crawl log", len(c["errors"]), "", "0", False,
                        f"{log_path.name}: {c['errors'][0][-80:]}"))  # fmt: skip
    return rows


def floor_rows(bare: dict, crawl_ms: float) -> list[Row]:
    floor = per(bare["cpu"] * 1000, bare["pages"])
    return [
        Row("bare Scrapy spider, title only: CPU per page", floor, "ms",
            note=f"the engine floor: Scrapy's defaults, the same article pages; {bare['titles']:,} titles read"),
        Row("ratio crawl CPU per page / bare Scrapy spider", crawl_ms / floor, "x", f"<= {FLOOR_TARGET}x",
            crawl_ms / floor <= FLOOR_TARGET, "the crawl also reads feeds, sitemaps and listings, extracts and stores"),
    ]  # fmt: skip


def compression_rows(cost: dict) -> list[Row]:
    zlib6, zstd = cost["zlib6"], cost["codec"]
    return [
        Row(
            "page compression, zlib level 6 (before): CPU per page",
            zlib6["ms"],
            "ms",
            note=f"{zlib6['bytes'] / 1024:.1f} KB per page",
        ),
        Row(
            "page compression, zstandard with the outlet's dictionary: CPU per page",
            zstd["ms"],
            "ms",
            note=f"{zstd['bytes'] / 1024:.1f} KB per page; dictionary of {zstd['kind']}",
        ),
    ]


def extraction_rows(cost: dict, crawl_ms: float, pages: int) -> list[Row]:
    core, traf, parse, fallback = cost["core"], cost["trafilatura"], cost["lxml"], cost["fallback"]
    return [
        Row("bare trafilatura.extract (with_metadata): CPU per page", traf, "ms", note=f"{pages:,} pages, one process"),
        Row("lxml document_fromstring alone: CPU per page", parse, "ms"),
        Row("pipeline core process_page: CPU per page", core, "ms"),
        Row("ratio pipeline core / trafilatura", core / traf, "x", "<= 1.25x", core / traf <= 1.25,
            "known layout: the outlet's selectors find the body"),
        Row("pipeline core, layout not known: CPU per page", fallback, "ms", note="host not in outlets.py: trafilatura fallback"),
        Row("ratio pipeline core, layout not known / trafilatura", fallback / traf, "x", "<= 1.25x", fallback / traf <= 1.25),
        Row("ratio pipeline core / lxml parse", core / parse, "x"),
        Row("ratio crawl CPU per page / trafilatura", crawl_ms / traf, "x", note="the whole crawler, not only the core"),
        Row("crawl CPU per page outside the pipeline core", crawl_ms - core, "ms",
            note="Scrapy, discovery, dedupe pipeline, store"),
    ]  # fmt: skip


def newsplease_rows(args, pages: list, crawl_ms: float, e2e_ms: float) -> list[Row]:
    name = f"news-please {NEWSPLEASE.split('==')[1]}"
    if args.no_newsplease:
        return [Row(f"{name}: time per page", None, "ms", note="skipped (--no-newsplease)")]
    python, why = newsplease_python(args.workdir)
    if python is not None:
        sample = spread(pages, args.newsplease_pages)
        log(f"news-please on {len(sample):,} pages")
        try:
            result = newsplease_rate(python, sample, args.workdir)
        except (RuntimeError, ValueError, OSError) as exc:
            why = f"it did not run: {str(exc)[-150:]}"
            python = None
    if python is None:
        return [Row(f"{name}: time per page", None, "ms", note=f"skipped, {why}")]
    wall = per(result["wall_s"] * 1000, result["pages"])
    cpu = per(result["cpu_s"] * 1000, result["pages"])
    return [
        Row(f"{name} from_html + JSON file: time per page", wall, "ms",
            note=f"{result['pages']:,} pages, {result['errors']} errors, {result['with_text']} with text"),
        Row(f"{name}: CPU per page", cpu, "ms"),
        Row("ratio news-please / crawl, time per page", wall / e2e_ms, "x", ">= 5x", wall / e2e_ms >= 5,
            "news-please only extracts; the crawl also fetches and stores"),
        Row("ratio news-please / crawl, CPU per page", cpu / crawl_ms, "x", ">= 5x", cpu / crawl_ms >= 5),
    ]  # fmt: skip


def memory_rows(crawls: dict[int, dict], beside: dict[int, bool]) -> list[Row]:
    rows = []
    for size, c in sorted(crawls.items()):
        note = (f"{c['articles']:,} archived, {c['articles'] / c['wall']:.1f} pages/s, "
                f"{per(c['cpu'] * 1000, c['articles']):.1f} ms CPU/page")  # fmt: skip
        if beside.get(size):
            note += " (beside the archive build)"
        rows.append(Row(f"memory: peak RSS, crawl of {size:,} pages", c["peak_mb"], "MB", note=note))
    small, large = min(crawls), max(crawls)
    growth = crawls[large]["peak_mb"] / crawls[small]["peak_mb"] - 1
    slope = per((crawls[large]["peak_mb"] - crawls[small]["peak_mb"]) * 1000, large - small)
    rows.append(Row(f"memory: growth {small:,} -> {large:,} pages", growth * 100, "%", f"flat (<= +{FLAT_GROWTH:.0%})",
                    growth <= FLAT_GROWTH, f"{slope:+.1f} MB per 1,000 pages"))  # fmt: skip
    return rows


def reextract_rows(archive: Path, workdir: Path, traf_ms: float) -> list[Row]:
    rx = reextract_rate(archive, workdir, 2)
    whole, single = rx["pages"] / rx["wall"], 1000 / traf_ms
    # The target is on throughput: the command's own rate once running, where it reports one.
    rate = rx["steady"] or whole
    label = "scrapy reextract --workers 2" if rx["command"] else "process_page on 2 processes (no scrapy reextract yet)"
    rows = [Row(f"{label}: pages per second", rate, "pages/s", note=f"{rx['pages']:,} stored pages" + (
        f"; {whole:.1f} pages/s counting the process start-up" if rx["steady"] else ", wall time with start-up"))]  # fmt: skip
    return rows + [
        Row("bare trafilatura on one core: pages per second", single, "pages/s"),
        Row(
            "ratio re-extraction on 2 cores / bare trafilatura on 1",
            rate / single,
            "x",
            ">= 1.7x",
            rate / single >= 1.7,
        ),
    ]
