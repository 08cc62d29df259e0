"""The benchmark's measurements: each runs one subject (a crawl, an extractor, news-please, re-extraction).

Crawls and re-extraction run as their own processes, as a user runs them; their CPU time and
peak memory come from `os.wait4`, which reports that one child's own usage.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

from tools.bench.processes import SCRAPY, MirrorProcess, log, remove_archive, run_measured

NEWSPLEASE = "news-please==1.6.16"
UNKNOWN_HOST = re.compile(r"^https?://[^/]+/")


# --- crawl ---------------------------------------------------------------------------


def crawl(mirror: Path, archive: Path, log_path: Path) -> dict:
    """Crawl the mirror with the real ANTARA spider into a fresh archive; figures of the crawler process."""
    remove_archive(archive)
    archive.parent.mkdir(parents=True, exist_ok=True)
    server = MirrorProcess(mirror)
    try:
        cmd = [*SCRAPY, "crawl", "antara", "-s", f"MIRROR_URL={server.url}", "-s", f"ARCHIVE_PATH={archive}",
               "-s", "LOG_LEVEL=WARNING"]  # fmt: skip
        code, wall, usage = run_measured(cmd, log_path)
    finally:
        server.stop()
    if code != 0:
        raise RuntimeError(f"crawl failed with exit code {code}; see {log_path}")
    with sqlite3.connect(archive) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        page_bytes, packed_bytes = conn.execute("select sum(bytes), sum(length(html_zlib)) from pages").fetchone()
    size = sum(Path(f"{archive}{s}").stat().st_size for s in ("", "-wal") if Path(f"{archive}{s}").exists())
    errors = [line for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines() if "ERROR" in line]
    return {
        "articles": articles,
        "wall": wall,
        "cpu": usage["cpu"],
        "peak_mb": usage["maxrss_kb"] / 1024,
        "archive_bytes": size,
        "page_bytes": page_bytes or 0,
        "packed_bytes": packed_bytes or 0,
        "errors": errors,
    }


def bare_crawl(mirror: Path, pages: list[tuple[str, Path]], workdir: Path) -> dict:
    """The engine floor: a bare Scrapy spider (tools/bench/bare_spider.py) fetching the same article pages
    from the same mirror and reading their titles; figures of its process."""
    server = MirrorProcess(mirror)
    try:
        urls = workdir / "bare-urls.txt"
        urls.write_text("".join(f"{server.url}/{url.split('://', 1)[1]}\n" for url, _ in pages), encoding="utf-8")
        log_path = workdir / "bare-spider.log"
        code, wall, usage = run_measured(
            [sys.executable, str(Path(__file__).with_name("bare_spider.py")), str(urls)], log_path
        )
    finally:
        server.stop()
    lines = log_path.read_text(encoding="utf-8", errors="replace").split()
    if code != 0 or not lines or not lines[-1].isdigit():
        raise RuntimeError(f"the bare spider failed with exit code {code}; see {log_path}")
    return {"pages": len(pages), "titles": int(lines[-1]), "wall": wall, "cpu": usage["cpu"]}


# --- extraction cost per page -------------------------------------------------------


def per_page_cpu(pages: list[tuple[str, str]]) -> dict[str, float]:
    """CPU milliseconds per page, in this process, of bare trafilatura, the lxml parse and the pipeline core
    (on the outlet's known layout, and on the same page as if from an outlet it does not know)."""
    import lxml.html
    import trafilatura

    from pipelines.extract import ExtractionError
    from pipelines.page_fields import process_page

    def core(html, url):
        try:
            process_page(html, url)
        except ExtractionError:
            pass  # a page without an article still costs its time

    def unknown_layout(html, url):
        # The same page from a host no outlet config knows: extraction falls back to trafilatura.
        core(html, UNKNOWN_HOST.sub("https://berita.example.id/", url))

    subjects = {
        "trafilatura": lambda html, url: trafilatura.extract(html, url=url, with_metadata=True),
        "lxml": lambda html, url: lxml.html.document_fromstring(html),
        "core": core,
        "fallback": unknown_layout,
    }
    for fn in subjects.values():
        for url, html in pages[:3]:
            fn(html, url)  # lazy imports and caches are not what is measured
    # Page by page, each subject in turn (starting with a different one on each page): a slow spell of
    # this virtual machine then costs every subject alike, and the ratios between them hold.
    spent = dict.fromkeys(subjects, 0.0)
    order = list(subjects.items())
    for i, (url, html) in enumerate(pages):
        for name, fn in order[i % len(order) :] + order[: i % len(order)]:
            started = time.process_time()
            fn(html, url)
            spent[name] += time.process_time() - started
    return {name: seconds * 1000 / len(pages) for name, seconds in spent.items()}


def compression_cost(pages: list[tuple[str, str]], archive: Path) -> dict[str, dict]:
    """CPU milliseconds and bytes per page of zlib level 6 (how pages were stored before) and of the store's
    codec with the dictionary the crawl built for the outlet."""
    import sqlite_utils

    from pipelines.page_store import PageCodec

    codec = PageCodec(sqlite_utils.Database(archive))
    kind = (
        sqlite_utils.Database(archive)
        .execute("select group_concat(distinct kind) from page_dictionaries")
        .fetchone()[0]
    )
    subjects = {"zlib6": lambda html: zlib.compress(html, 6), "codec": lambda html: codec.pack(html, "antara")}
    spent, size = dict.fromkeys(subjects, 0.0), dict.fromkeys(subjects, 0)
    for i, (_, text) in enumerate(pages):
        html = text.encode("utf-8")
        for name, fn in list(subjects.items())[i % 2 :] + list(subjects.items())[: i % 2]:
            started = time.process_time()
            packed = fn(html)
            spent[name] += time.process_time() - started
            size[name] += len(packed)
    figures = {name: {"ms": spent[name] * 1000 / len(pages), "bytes": size[name] / len(pages)} for name in subjects}
    figures["codec"]["kind"] = {"pages": "recent pages", "trained": "zstandard's training"}.get(kind, kind or "none")
    return figures


# --- re-extraction ---------------------------------------------------------------------


def reextract_rate(archive: Path, workdir: Path, workers: int) -> dict:
    """Pages per second of `scrapy reextract` on a copy of a crawled archive."""
    copy = workdir / "reextract" / "archive.db"
    copy.parent.mkdir(parents=True, exist_ok=True)
    remove_archive(copy)
    with sqlite3.connect(archive) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    log_path = workdir / f"reextract-{workers}.log"
    cmd = [*SCRAPY, "reextract", "--workers", str(workers), "-s", f"ARCHIVE_PATH={copy}"]
    code, wall, _ = run_measured(cmd, log_path)
    found = re.search(r"(\d+) pages on (\d+) process", log_path.read_text(encoding="utf-8", errors="replace"))
    if code != 0 or not found:
        raise RuntimeError(f"scrapy reextract failed with exit code {code}; see {log_path}")
    # The command's own progress line ends with its rate once started, without the process start-up.
    rates = re.findall(r"(\d+)/(\d+) (\d+) pages/s", log_path.read_text(encoding="utf-8", errors="replace"))
    steady = float(rates[-1][2]) if rates and rates[-1][0] == rates[-1][1] else None
    return {"pages": int(found.group(1)), "wall": wall, "command": True, "steady": steady}


# --- news-please ---------------------------------------------------------------------


def newsplease_python(workdir: Path) -> tuple[Path | None, str]:
    """news-please's own virtualenv, made on first use: (its python, "") or (None, why not)."""
    venv = workdir / "newsplease-venv"
    python = venv / "bin" / "python"
    version = NEWSPLEASE.split("==")[1]
    check = [str(python), "-c", "import importlib.metadata as m; print(m.version('news-please'))"]
    if python.exists() and subprocess.run(check, capture_output=True, text=True).stdout.strip() == version:
        return python, ""
    log(f"installing {NEWSPLEASE} into its own virtualenv (once)")
    shutil.rmtree(venv, ignore_errors=True)
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
    if made.returncode != 0:
        return None, f"venv failed: {made.stderr.strip()[-200:]}"
    try:
        installed = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", NEWSPLEASE],
            capture_output=True, text=True, timeout=900,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, "pip install timed out"
    if installed.returncode != 0:
        return None, "pip install failed: " + " ".join(installed.stderr.strip().splitlines()[-1:])[:200]
    return python, ""


def newsplease_rate(python: Path, pages: list[tuple[str, Path]], workdir: Path) -> dict:
    """news-please's `from_html` on the pages, storing JSON files, in its virtualenv (tools/bench/newsplease.py)."""
    manifest = workdir / "newsplease-pages.json"
    manifest.write_text(json.dumps([[url, str(path.resolve())] for url, path in pages]), encoding="utf-8")
    out = workdir / "newsplease-json"
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run(
        [str(python), str(Path(__file__).with_name("newsplease.py")), str(manifest), str(out)],
        capture_output=True, text=True, timeout=3600,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip()[-300:])
    return json.loads(result.stdout.strip().splitlines()[-1])
