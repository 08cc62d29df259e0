"""`python -m tools.bench.warc`: backfilling from WARC files, on its own (it takes minutes, not in the quick run).

    python -m tools.bench.warc                       # WARCs of 1,000 and 20,000 records
    python -m tools.bench.warc --sizes 300,1000      # smaller
    python -m tools.bench.warc --record BENCHMARKS.md

The synthetic ANTARA pages of the main benchmark (tools/bench/mirror.py, 100-200 KB each) are written as
WARC files (gzip per record) of N response records. `scrapy ingest-warc --workers 2` reads each into an
empty archive, in its own process (peak memory of the command and its workers, from `os.wait4`), and
`scrapy reextract --workers 2` then runs over the same pages for comparison, in turns with the ingest. Memory is flat when the
largest file needs at most 20% more than the smallest.
"""

from __future__ import annotations

import argparse
import io
import re
import sqlite3
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tools.bench.mirror import article_path, build_pool
from tools.bench.processes import ROOT, SCRAPY, log, machine, remove_archive, run_measured
from tools.bench.rows import FLAT_GROWTH, Row
from tools.bench.table import record, table

WORKDIR = ROOT / "build" / "bench"
BEGIN_END = ("<!-- bench-warc:begin -->", "<!-- bench-warc:end -->")


def write_warc(path: Path, pool_dir: Path, prepared: dict, n: int) -> int:
    """The newest n pool pages as response records, captured an hour after publication; returns bytes."""
    stamp, key = path.with_suffix(".key"), f"{n} {(pool_dir / 'pool.key').read_text()}"
    if path.exists() and stamp.exists() and stamp.read_text() == key:  # the same pages as last time
        return path.stat().st_size
    pages = sorted((a for articles in prepared.values() for a in articles if a["rank"] < n), key=lambda a: a["rank"])
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for a in pages:
            host = a["url"].split("/")[2]
            body = (pool_dir / host / article_path(a, host).lstrip("/")).read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                a["url"], "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-11-01T00:00:00Z"},
            )  # fmt: skip
            writer.write_record(record)
    stamp.write_text(key)
    return path.stat().st_size


def ingest(warc: Path, archive: Path, log_path: Path) -> dict:
    remove_archive(archive)
    archive.parent.mkdir(parents=True, exist_ok=True)
    cmd = [*SCRAPY, "ingest-warc", str(warc), "--workers", "2", "-s", f"ARCHIVE_PATH={archive}"]
    code, wall, usage = run_measured(cmd, log_path)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    if code != 0:
        raise RuntimeError(f"scrapy ingest-warc failed with exit code {code}; see {log_path}")
    with sqlite3.connect(archive) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
    # The command's own progress line ends with its rate once started, without the process start-up.
    rates = re.findall(r"(\d+) pages/s", text)
    return {"articles": articles, "wall": wall, "steady": float(rates[-1]) if rates else None,
            "peak_mb": usage["maxrss_kb"] / 1024, "cpu": usage["cpu"]}  # fmt: skip


def measure(sizes: list[int], workdir: Path) -> list[Row]:
    largest = max(sizes)
    log(f"rendering {largest:,} article pages of 100-200 KB")
    prepared = build_pool(workdir / "pool", largest)
    runs = {}
    for n in sizes:
        warc = workdir / "warc" / f"antara-{n}.warc.gz"
        warc.parent.mkdir(parents=True, exist_ok=True)
        log(f"writing a WARC of {n:,} records")
        size = write_warc(warc, workdir / "pool", prepared, n)
        log(f"scrapy ingest-warc --workers 2 on {n:,} records")
        runs[n] = ingest(warc, workdir / "warc" / f"archive-{n}.db", workdir / f"ingest-{n}.log") | {"bytes": size}
    rows = []
    for n, r in runs.items():
        rows.append(Row(f"ingest-warc {n:,} records ({r['bytes'] / 1024**2:.0f} MB gzip): articles archived",
                        r["articles"], "", f"{n:,}", r["articles"] == n))  # fmt: skip
        rows.append(Row(f"ingest-warc --workers 2, {n:,} records: pages per second", r["steady"] or n / r["wall"],
                        "pages/s", note=f"{n / r['wall']:.1f} pages/s counting the process start-up"))  # fmt: skip
        rows.append(Row(f"ingest-warc {n:,} records: peak resident memory", r["peak_mb"], "MB",
                        note="the command and its worker processes, the largest of them"))  # fmt: skip
    small = min(sizes)
    growth = runs[largest]["peak_mb"] / runs[small]["peak_mb"] - 1
    rows.append(Row(f"ingest-warc memory: growth {small:,} -> {largest:,} records", growth * 100, "%",
                    f"flat (<= +{FLAT_GROWTH:.0%})", growth <= FLAT_GROWTH))  # fmt: skip
    return rows + comparison_rows(workdir, small)


def reextract(archive: Path, log_path: Path) -> dict:
    """`scrapy reextract --workers 2` on the archive: its steady rate and CPU (command and workers)."""
    cmd = [*SCRAPY, "reextract", "--workers", "2", "-s", f"ARCHIVE_PATH={archive}"]
    code, wall, usage = run_measured(cmd, log_path)
    rates = re.findall(r"(\d+)/(\d+) (\d+) pages/s", log_path.read_text(encoding="utf-8", errors="replace"))
    if code != 0 or not rates:
        raise RuntimeError(f"scrapy reextract failed with exit code {code}; see {log_path}")
    return {"steady": float(rates[-1][2]), "wall": wall, "cpu": usage["cpu"]}


def comparison_rows(workdir: Path, n: int, rounds: int = 2) -> list[Row]:
    """ingest-warc and reextract on the same n pages, in turns, the best of each: other work on the
    machine slows whichever runs at the time, and alternating spreads it over both."""
    warc, archive = workdir / "warc" / f"antara-{n}.warc.gz", workdir / "warc" / f"compare-{n}.db"
    ingests, reextracts = [], []
    for k in range(rounds):
        log(f"round {k + 1}: scrapy ingest-warc, then scrapy reextract, --workers 2 on {n:,} pages")
        ingests.append(ingest(warc, archive, workdir / f"compare-ingest-{n}.log"))
        reextracts.append(reextract(archive, workdir / f"compare-reextract-{n}.log"))
    best_in, best_rx = max(r["steady"] for r in ingests), max(r["steady"] for r in reextracts)
    cpu_in, cpu_rx = (min(r["cpu"] for r in runs) * 1000 / n for runs in (ingests, reextracts))
    return [
        Row(f"ingest-warc --workers 2, {n:,} pages: pages per second (best of {rounds})", best_in, "pages/s",
            note=f"CPU {cpu_in:.0f} ms per page, the command and its workers"),
        Row(f"scrapy reextract --workers 2, the same {n:,} pages: pages per second (best of {rounds})", best_rx,
            "pages/s", note=f"CPU {cpu_rx:.0f} ms per page, the command and its workers"),
        Row("ratio ingest-warc / reextract, pages per second", best_in / best_rx, "x",
            note="the same pipeline core in the workers; ingest also reads the WARC and stores each page anew "
            "(zlib, inserts) in the one writing process"),
    ]  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench.warc", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,20000", help="records per WARC file, comma-separated")
    parser.add_argument("--workdir", default=str(WORKDIR))
    parser.add_argument("--record", metavar="PATH", help="also write the table into this Markdown file")
    args = parser.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    workdir = Path(args.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    host = machine()
    text = (
        f"WARC backfill benchmark: {host['nproc']} CPUs ({host['cpu']}), {host['ram_gb']:.1f} GB RAM, "
        f"Python {host['python']}.\nCommand: python -m tools.bench.warc --sizes {','.join(map(str, sizes))}\n\n"
        + table(measure(sizes, workdir))
    )
    print(text)
    if args.record:
        record(Path(args.record), text, *BEGIN_END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
