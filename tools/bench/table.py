"""Benchmarks of the crawler, the pipelines and the publication, printed as one table.

    python -m tools.bench                          # full: 5,000 pages, memory at 1,000/5,000/20,000, 200,000 articles
    python -m tools.bench --quick                  # about a minute: 300 pages, a 20,000-article archive
    python -m tools.bench --record BENCHMARKS.md   # also put the table into BENCHMARKS.md
    python -m tools.bench --load-only              # only the mixed load on the public profile

Everything runs on 127.0.0.1 under build/bench/: a synthetic ANTARA mirror of full-size pages
(tools/bench/mirror.py) crawled by the real spider and pipelines in their own process; the CPU
cost per page of bare trafilatura, the lxml parse and the pipeline core; news-please on the same
pages in its own virtualenv; peak memory at several crawl sizes; re-extraction on two cores;
Datasette over a large synthetic archive (tools/bench/archive.py), page by page and under mixed
load on the public profile (tools/bench/load.py). Each figure stands next to its target in the table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

from tools.bench.archive import build_archive, endpoints, measure, start_datasette
from tools.bench.load import load_rows, measure_load
from tools.bench.mirror import build_mirror, build_pool
from tools.bench.processes import ROOT, free_port, log, machine, wait_for_http
from tools.bench.rows import (
    Row,
    compression_rows,
    crawl_rows,
    extraction_rows,
    floor_rows,
    memory_rows,
    newsplease_rows,
    per,
    reextract_rows,
    spread,
)
from tools.bench.run import bare_crawl, compression_cost, crawl, per_page_cpu

WORKDIR = ROOT / "build" / "bench"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


# Peak memory counts as flat when the largest crawl needs at most this much more than the smallest.
def options(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute")
    parser.add_argument("--pages", type=int, help="article pages of the main crawl (full 5,000; quick 300)")
    parser.add_argument("--memory-sizes", help="crawl sizes for peak memory, comma-separated (full 1000,5000,20000)")
    parser.add_argument("--sample", type=int, help="pages for the per-page CPU figures (full 300; quick 100)")
    parser.add_argument("--newsplease-pages", type=int, help="pages for news-please (full 200; quick 30)")
    parser.add_argument("--no-newsplease", action="store_true", help="skip news-please (and its install)")
    parser.add_argument("--archive-articles", type=int, help="articles in the Datasette archive (full 200,000)")
    parser.add_argument("--archive-awards", type=int, help="awards in the Datasette archive (full 20,000)")
    parser.add_argument("--requests", type=int, help="requests per Datasette page (full 30; quick 10)")
    parser.add_argument("--load-seconds", type=float, help="seconds per phase of the mixed load (full 15; quick 3)")
    parser.add_argument("--load-only", action="store_true", help="only the mixed load on the Datasette archive")
    parser.add_argument("--workdir", default=str(WORKDIR), help="where mirrors and archives are written")
    parser.add_argument("--record", metavar="PATH", help="also write the table into this Markdown file")
    args = parser.parse_args(argv)
    quick = args.quick
    args.pages = args.pages or (300 if quick else 5000)
    if args.memory_sizes:
        sizes = [int(s) for s in args.memory_sizes.split(",") if s.strip()]
    else:
        sizes = [max(1, args.pages // 3), args.pages] if quick else [args.pages // 5, args.pages, args.pages * 4]
    args.memory_sizes = sorted(set(sizes) | {args.pages})
    args.sample = min(args.sample or (100 if quick else 300), args.pages)
    args.newsplease_pages = min(args.newsplease_pages or (30 if quick else 200), args.pages)
    args.archive_articles = args.archive_articles or (20_000 if quick else 200_000)
    args.archive_awards = args.archive_awards or (2_000 if quick else 20_000)
    args.requests = args.requests or (10 if quick else 30)
    args.load_seconds = args.load_seconds or (3 if quick else 15)
    args.workdir = Path(args.workdir).resolve()
    return args


class DatasetteArchive:
    """The large archive for Datasette, kept between runs while its size, the store's schema and the
    builder stay the same; otherwise built in a child process, alongside a crawl."""

    def __init__(self, workdir: Path, articles: int, awards: int):
        sources = (ROOT / "pipelines" / "schema.py", ROOT / "pipelines" / "award_list_table.py",
                   ROOT / "tools" / "bench" / "archive.py", ROOT / "tools" / "bench" / "text.py", ROOT / "data" / "units.csv")  # fmt: skip
        self.key = hashlib.sha256(
            b"".join(p.read_bytes() for p in sources) + f"{articles}/{awards}".encode()
        ).hexdigest()
        self.path = workdir / "datasette" / "archive.db"
        self.stamp = self.path.with_suffix(".json")
        self.articles, self.awards = articles, awards
        self.builder = None

    def state(self) -> dict:
        return json.loads(self.stamp.read_text()) if self.stamp.exists() else {}

    def start(self) -> None:
        if self.path.exists() and self.state().get("key") == self.key:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.stamp.unlink(missing_ok=True)
        self.builder = get_context("fork").Process(target=self._build)
        self.builder.start()

    def _build(self) -> None:
        started = time.perf_counter()
        build_archive(self.path, self.articles, self.awards)
        self.stamp.write_text(json.dumps({"key": self.key, "seconds": time.perf_counter() - started}))

    def ready(self) -> str:
        """Wait for the build; says how the archive came to be."""
        if self.builder is None:
            if self.state().get("key") != self.key:
                self._build()
                return f"built in {self.state()['seconds']:.0f} s"
            return "reused from an earlier run"
        self.builder.join()
        if self.builder.exitcode != 0 or self.state().get("key") != self.key:
            raise RuntimeError(f"building the Datasette archive failed ({self.builder.exitcode})")
        return f"built in {self.state()['seconds']:.0f} s, alongside the largest crawl"


def datasette_rows(args, archive: DatasetteArchive) -> list[Row]:
    how = archive.ready()
    log(f"Datasette over {args.archive_articles:,} articles and {args.archive_awards:,} awards")
    port = free_port()
    proc = start_datasette(archive.path, port)
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        wait_for_http(base + "/-/versions.json", timeout=60)
        for label, paths, kind in endpoints():
            figures = measure(base, paths, args.requests)
            limit = {"fts": 50, "page": 250}.get(kind)  # diagnosis rows only show where the time goes
            bad = [s for s in figures["statuses"] if s != 200]
            note = f"p50 {figures['p50']:.0f} ms, {figures['requests']} requests" + (f"; HTTP {bad}" if bad else "")
            met = (figures["p95"] <= limit and not bad) if limit else None
            rows.append(
                Row(f"datasette {label}: p95", figures["p95"], "ms", f"p95 <= {limit} ms" if limit else "", met, note)
            )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    rows.append(Row("datasette archive size", archive.path.stat().st_size / 1024**2, "MB",
                    note=f"{args.archive_articles:,} articles, {args.archive_awards:,} awards; {how}"))  # fmt: skip
    return rows


def mixed_load_rows(args, archive: DatasetteArchive) -> list[Row]:
    how = archive.ready()
    log(
        f"mixed load on scrapy serve --public, {args.archive_articles:,} articles ({how}), {args.load_seconds:.0f} s a phase"
    )
    phases = measure_load(archive.path, args.load_seconds)
    return [Row(**row) for row in load_rows(phases, args.load_seconds)]


# --- the table ----------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    if value is None:
        return "n/a"
    for bound, pattern in ((1000, "{:,.0f}"), (100, "{:.0f}"), (10, "{:.1f}")):
        if abs(value) >= bound:
            return pattern.format(value)
    return f"{value:.2f}"


def table(rows: list[Row]) -> str:
    header = ("measure", "value", "target", "met", "note")
    body = [
        (
            r.measure,
            f"{fmt(r.value)} {r.unit}".strip(),
            r.target,
            {True: "yes", False: "NO", None: ""}[r.met],
            " ".join(r.note.split()),
        )  # an error's note may hold line breaks, which would end the table's row
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |" for line in body]
    return "\n".join(lines)


def record(path: Path, text: str, begin: str = BEGIN, end: str = END) -> None:
    """Put the latest table between the markers of the Markdown file, keeping the prose around them."""
    block = f"{begin}\n{text}\n{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        new = old[: old.index(begin)] + block + old[old.index(end) + len(end) :]
    elif old:
        new = f"{old.rstrip()}\n\n{block}\n"
    else:
        new = f"# Benchmarks\n\n`make bench` measures; this is its latest table.\n\n{block}\n"
    path.write_text(new, encoding="utf-8")


# --- the run -----------------------------------------------------------------------------


def measure_all(args) -> list[Row]:
    """Every benchmark in turn: the crawls, extraction, news-please, memory, re-extraction, Datasette."""
    workdir, n = args.workdir, args.pages

    largest = max(args.memory_sizes)
    log(f"rendering {largest:,} article pages of 100-200 KB")
    prepared = build_pool(workdir / "pool", largest)
    mirrors = {
        size: build_mirror(workdir / f"mirror-{size}", workdir / "pool", prepared, size) for size in args.memory_sizes
    }
    pages = mirrors[n]
    mean_kb = sum(path.stat().st_size for _, path in pages) / len(pages) / 1024

    def crawl_of(size: int) -> dict:
        log(f"crawling {size:,} pages in mirror mode")
        return crawl(
            workdir / f"mirror-{size}", workdir / f"crawl-{size}" / "archive.db", workdir / f"crawl-{size}.log"
        )

    crawls = {n: crawl_of(n)}
    main_crawl = crawls[n]
    rows = crawl_rows(n, main_crawl, mean_kb, workdir / f"crawl-{n}.log")
    crawl_ms = per(main_crawl["cpu"] * 1000, main_crawl["articles"])
    e2e_ms = per(main_crawl["wall"] * 1000, main_crawl["articles"])

    log(f"the engine floor: a bare Scrapy spider over the same {n:,} pages")
    rows += floor_rows(bare_crawl(workdir / f"mirror-{n}", pages, workdir), crawl_ms)

    sample = spread(pages, args.sample)
    log(f"CPU per page of trafilatura, lxml and the pipeline core on {len(sample):,} pages")
    texts = [(url, path.read_text(encoding="utf-8")) for url, path in sample]
    cost = per_page_cpu(texts)
    rows += compression_rows(compression_cost(texts, workdir / f"crawl-{n}" / "archive.db"))
    rows += extraction_rows(cost, crawl_ms, len(sample))
    rows += newsplease_rows(args, pages, crawl_ms, e2e_ms)

    # The Datasette archive is built (when it must be) by a child process during the last crawl, whose
    # peak memory is all that matters; every figure that the build could disturb is taken apart.
    archive = DatasetteArchive(workdir, args.archive_articles, args.archive_awards)
    beside = {}
    for size in args.memory_sizes:
        if size not in crawls:
            if size == largest:
                archive.start()
                beside[size] = archive.builder is not None
            crawls[size] = crawl_of(size)
    rows += memory_rows(crawls, beside)

    log("re-extraction on 2 workers")
    rows += reextract_rows(workdir / f"crawl-{min(crawls)}" / "archive.db", workdir, cost["trafilatura"])
    rows += datasette_rows(args, archive)
    return rows + mixed_load_rows(args, archive)


def main(argv=None) -> int:
    args = options(argv)
    started = time.perf_counter()
    args.workdir.mkdir(parents=True, exist_ok=True)
    host, load_before = machine(), os.getloadavg()[0]
    if args.load_only:
        rows = mixed_load_rows(args, DatasetteArchive(args.workdir, args.archive_articles, args.archive_awards))
    else:
        rows = measure_all(args)

    load_after = os.getloadavg()[0]
    minutes = (time.perf_counter() - started) / 60
    rows.append(Row("bench: wall time", minutes, "min", "< 15 min full, ~1 min quick",
                    None if args.quick or args.load_only else minutes < 15))  # fmt: skip
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    kind = ("quick" if args.quick else "full") + (", load only" if args.load_only else "")
    command = " ".join(["python -m tools.bench", *(sys.argv[1:] if argv is None else argv)])
    header = (
        f"Benchmark ({kind}), {when}: {host['nproc']} CPUs ({host['cpu']}), "
        f"{host['ram_gb']:.1f} GB RAM, Python {host['python']}; load average {load_before:.1f} before, "
        f"{load_after:.1f} after.\nCommand: {command}"
    )
    # The load after includes the bench's own processes; the load before is other work only.
    if load_before > 0.5 * host["nproc"]:
        header += (
            "\nOther work was running when the run started: wall-clock figures may be inflated, CPU figures less so."
        )
    text = f"{header}\n\n{table(rows)}"
    print(text)
    if args.record:
        record(Path(args.record), text)
        log(f"table written into {args.record}")
    return 0
