"""Mixed load on the public profile: readers keep fast pages while other clients run slow SQL.

`scrapy serve --public` serves the large synthetic archive on 127.0.0.1. Ten readers loop through
what a reader asks for (award_list with its facets, the search page, two canned queries, the
articles search box), each request on its own connection, while other clients loop one slow
arbitrary query (a recursive CTE that only the time limit stops) or one table page asking for
many facets (each time another search, so that no answer comes from the server's page cache).
The last two phases, diagnoses, have the readers ask for pages nobody asked for before: each one
computed again, as with a cache that never hits. Each client sends its own X-Forwarded-For, which
the server trusts from 127.0.0.1 as it would from a reverse proxy there, so that each counts as a
client of its own. Every phase runs a fixed time and every request has a timeout: the load stops
by itself.
"""

from __future__ import annotations

import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tools.bench.archive import SEARCH_TERMS, percentile
from tools.bench.processes import ROOT, SCRAPY, free_port, wait_for_http

READERS = 10
TIMEOUT_S = 30.0  # a request unanswered this long counts as a hang
SLOW_SQL = "with recursive n(x) as (select 1 union all select x + 1 from n where x < 1000000000) select count(*) from n"
MANY_FACETS = ("outlet", "host", "section", "award_role", "language", "reporter", "editor", "extraction_method")
# (phase, slow-SQL clients, many-facet clients, readers' pages computed afresh)
PHASES = (("readers alone", 0, 0, False), ("readers + 3 slow-SQL clients", 3, 0, False),
          ("readers + 10 slow-SQL clients", 10, 0, False), ("readers + a many-facet client", 0, 1, False),
          ("readers alone, every page computed", 0, 0, True),
          ("readers + 10 slow-SQL clients, every page computed", 10, 0, True))  # fmt: skip
READER_P95_MS = 250  # readers alone; with other clients SHARED_P95_MS
SHARED_P95_MS = 500


def reader_paths(database: str = "archive") -> list[str]:
    quote = urllib.parse.quote
    paths = []
    for term in SEARCH_TERMS:
        paths += [
            f"/{database}/award_list",
            f"/{database}/search_stories?q={quote(term)}",
            f"/{database}/latest_award_stories",
            f"/{database}/awards_by_giver",
            f"/{database}/articles?_search={quote(term)}",
        ]
    return paths


def slow_sql_path(database: str = "archive") -> str:
    return f"/{database}.json?" + urllib.parse.urlencode({"sql": SLOW_SQL})


def many_facets_paths(database: str = "archive") -> list[str]:
    facets = "&".join(f"_facet={name}" for name in MANY_FACETS)
    return [f"/{database}/articles?_search={urllib.parse.quote(term)}&{facets}" for term in SEARCH_TERMS]


@dataclass
class Tally:
    """What one kind of client got: latencies of its answers, their statuses, failures without an answer."""

    times: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, ms: float, status: int | str) -> None:
        with self.lock:
            self.times.append(ms)
            self.statuses[status] += 1


def fetch(url: str, client: str) -> tuple[float, int | str]:
    """Latency in ms and HTTP status (or the error's name) of one GET on a connection of its own."""
    request = urllib.request.Request(url, headers={"X-Forwarded-For": client})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    except OSError as exc:
        status = type(exc).__name__
    return (time.perf_counter() - started) * 1000, status


def client_loop(base: str, paths: list[str], client: str, tally: Tally, until: float, offset: int, fresh: str) -> None:
    """Ask for the paths in turn until `until`; with `fresh`, each URL made new by an argument Datasette ignores."""
    k = offset
    while time.perf_counter() < until:
        path = paths[k % len(paths)]
        if fresh:
            path += f"{'&' if '?' in path else '?'}_fresh={fresh}{k}"
        tally.add(*fetch(base + path, client))
        k += 1


def run_phase(base: str, seconds: float, slow: int, facets: int, fresh: str = "") -> dict:
    """Readers and the other clients together for `seconds`: each kind's Tally and the wall time."""
    readers, slow_sql, faceting = Tally(), Tally(), Tally()
    paths = reader_paths()
    until = time.perf_counter() + seconds
    clients = [(paths, readers, k * 7, fresh and f"{fresh}r{k}x") for k in range(READERS)]
    clients += [([slow_sql_path()], slow_sql, 0, "")] * slow
    clients += [(many_facets_paths(), faceting, 0, f"f{k}x") for k in range(facets)]
    threads = [
        threading.Thread(
            target=client_loop, args=(base, p, f"10.0.{n // 250}.{n % 250 + 1}", tally, until, offset, new)
        )
        for n, (p, tally, offset, new) in enumerate(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + TIMEOUT_S + 10)
    return {"readers": readers, "slow": slow_sql, "facets": faceting, "wall": time.perf_counter() - started}


def summary(result: dict) -> dict:
    readers = result["readers"]
    others = [result["slow"], result["facets"]]
    total = len(readers.times) + sum(len(t.times) for t in others)
    return {
        "rps": total / result["wall"],
        "reader_rps": len(readers.times) / result["wall"],
        "p50": statistics.median(readers.times) if readers.times else float("nan"),
        "p95": percentile(readers.times, 95) if readers.times else float("nan"),
        "reader_errors": sum(n for status, n in readers.statuses.items() if status != 200),
        "other_statuses": sum((t.statuses for t in others), Counter()),
        "other_longest_s": max((max(t.times) for t in others if t.times), default=0.0) / 1000,
    }


def start_public(archive: Path, port: int) -> subprocess.Popen:
    """The archive served as the public profile, by the command a person runs (`scrapy serve --public`)."""
    command = [*SCRAPY, "serve", "--public", "--archive", str(archive), "--port", str(port)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure_load(archive: Path, seconds: float) -> list[tuple[str, int, int, dict]]:
    """Every phase against one public server: (phase, slow clients, facet clients, summary)."""
    port = free_port()
    proc = start_public(archive, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/-/versions.json", timeout=60)
        for path in reader_paths()[:5]:
            fetch(base + path, "10.0.9.9")  # first reads of the file are not what is measured
        return [
            (name, slow, facets, summary(run_phase(base, seconds, slow, facets, f"p{port}" if fresh else "")))
            for name, slow, facets, fresh in PHASES
        ]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def load_rows(phases: list[tuple[str, int, int, dict]], seconds: float) -> list[dict]:
    """The table's rows (tools/bench/table.py Row fields) for each phase."""
    rows = []
    for name, slow, facets, s in phases:
        diagnosis = "every page computed" in name
        limit = SHARED_P95_MS if slow or facets else READER_P95_MS
        others = ", ".join(f"HTTP {k}: {n}" if isinstance(k, int) else f"{k}: {n}" for k, n in
                           sorted(s["other_statuses"].items(), key=str))  # fmt: skip
        rows.append({"measure": f"load, {name}: requests per second", "value": s["rps"], "unit": "req/s",
                     "note": f"{READERS} readers {s['reader_rps']:.1f} req/s; {seconds:.0f} s"})  # fmt: skip
        rows.append({"measure": f"load, {name}: readers' p95", "value": s["p95"], "unit": "ms",
                     "target": "" if diagnosis else f"p95 <= {limit} ms", "met": None if diagnosis else s["p95"] <= limit,
                     "note": f"p50 {s['p50']:.0f} ms"})  # fmt: skip
        rows.append({"measure": f"load, {name}: reader errors", "value": s["reader_errors"], "target": "0",
                     "met": s["reader_errors"] == 0})  # fmt: skip
        if slow or facets:
            # A page, "took too long" (400) or "too many queries" (429); anything else or no answer is a failure.
            clear = set(s["other_statuses"]) <= {200, 400, 429}
            rows.append({"measure": f"load, {name}: their longest answer", "value": s["other_longest_s"], "unit": "s",
                         "target": f"200, 400 or 429 in < {TIMEOUT_S:.0f} s", "met": clear, "note": others})  # fmt: skip
    return rows
