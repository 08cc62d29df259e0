"""Expensive requests run apart, so that slow SQL cannot starve the pages.

Datasette runs every query on one small pool of threads (`num_sql_threads`): a few readers looping a
slow query typed into the SQL box held them all, and every page waited its turn (10 readers went from
117 requests per second to 4). Here an expensive request runs its queries on threads of its own, at
the lowest CPU priority, so that pages and canned queries always find a thread and most of the CPU.
Expensive is arbitrary SQL (`?sql=`, `_where=`), a CSV stream of a whole table (`_stream=`) and a
table page asking for more than MAX_CHEAP_FACETS facets.

Published (`scrapy serve --public` sets ARCHIVE_PUBLIC), expensive requests are also bounded: at most
PER_CLIENT at a time from one client and OVERALL in all; one more waits up to QUEUE_SECONDS for a
slot, then is answered 429 "too many queries, try again". Arbitrary SQL stops after SQL_TIME_LIMIT_MS,
through Datasette's own `?_timelimit` (which can only lower the time limit), and Datasette answers
"SQL query took too long". Pages and canned queries keep `sql_time_limit_ms`.
"""

import asyncio
import contextvars
import json
import os
import threading
from collections import Counter
from concurrent.futures import Executor, ThreadPoolExecutor
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

PUBLIC = os.environ.get("ARCHIVE_PUBLIC", "") not in ("", "0")
THREADS = 2  # threads for expensive requests; OVERALL of them busy at most when published
OVERALL = 2
PER_CLIENT = 1
QUEUE_SECONDS = 2.0
SQL_TIME_LIMIT_MS = 1000
MAX_CHEAP_FACETS = 3  # the table's default facets are not counted: they are in the metadata, not the URL
FACET_ARGS = ("_facet", "_facet_array", "_facet_date")

EXPENSIVE = contextvars.ContextVar("expensive_request", default=False)


def expensive(args: list[tuple[str, str]]) -> tuple[bool, bool]:
    """(expensive, arbitrary SQL) for a request's query-string arguments."""
    names = [name for name, _ in args]
    arbitrary = "sql" in names or any(name.startswith("_where") for name in names)
    facets = sum(name in FACET_ARGS for name in names)
    return arbitrary or "_stream" in names or facets > MAX_CHEAP_FACETS, arbitrary


def with_time_limit(args: list[tuple[str, str]], limit_ms: int) -> bytes:
    """The query string with `_timelimit` at most limit_ms (a lower one asked for is kept)."""
    asked = [value for name, value in args if name == "_timelimit"]
    current = int(asked[-1]) if asked and asked[-1].isdigit() and int(asked[-1]) > 0 else limit_ms
    kept = [(name, value) for name, value in args if name != "_timelimit"]
    return urlencode([*kept, ("_timelimit", str(min(current, limit_ms)))]).encode("ascii")


class Lanes(Executor):
    """Datasette's executor: each query goes to the pages' threads or, in an expensive request, to its own."""

    def __init__(self, pages: Executor, costly: Executor):
        self.pages, self.costly = pages, costly

    def submit(self, fn, /, *args, **kwargs):
        return (self.costly if EXPENSIVE.get() else self.pages).submit(fn, *args, **kwargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        for lane in (self.pages, self.costly):
            lane.shutdown(wait=wait, cancel_futures=cancel_futures)


def lowest_priority() -> None:
    """Nice 19 for this thread alone (on Linux a thread's nice value is its own): readers' threads come first."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except (AttributeError, OSError):
        pass  # elsewhere the threads keep the process's priority


class Admission:
    """At most `overall` expensive requests at a time and `per_client` from one client, waiting included."""

    def __init__(self, overall: int, per_client: int, wait_s: float):
        self.slots = asyncio.Semaphore(overall)
        self.per_client, self.wait_s = per_client, wait_s
        self.clients = Counter()

    async def enter(self, client: str) -> bool:
        if self.clients[client] >= self.per_client:
            return False
        self.clients[client] += 1
        try:
            await asyncio.wait_for(self.slots.acquire(), self.wait_s)
        except TimeoutError:
            self.leave(client, acquired=False)
            return False
        return True

    def leave(self, client: str, acquired: bool = True) -> None:
        if acquired:
            self.slots.release()
        self.clients[client] -= 1
        if not self.clients[client]:
            del self.clients[client]


async def too_many(scope, send) -> None:
    text = (
        f"Too many queries, try again in a few seconds: this archive runs at most {OVERALL} expensive queries "
        f"(arbitrary SQL, many facets, CSV streams) at a time, {PER_CLIENT} per client."
    )
    if scope["path"].endswith(".json"):
        body, kind = json.dumps({"ok": False, "error": text, "status": 429}).encode(), b"application/json"
    else:
        body, kind = text.encode(), b"text/plain; charset=utf-8"
    headers = [(b"content-type", kind), (b"retry-after", b"2"), (b"cache-control", b"no-store")]
    await send({"type": "http.response.start", "status": 429, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@hookimpl
def startup(datasette):
    if datasette.executor is not None and not isinstance(datasette.executor, Lanes):
        costly = ThreadPoolExecutor(THREADS, thread_name_prefix="expensive-sql", initializer=lowest_priority)
        datasette.executor = Lanes(datasette.executor, costly)


@hookimpl
def asgi_wrapper(datasette):
    admission = Admission(OVERALL, PER_CLIENT, QUEUE_SECONDS) if PUBLIC else None

    def wrap(app):
        async def lanes(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            args = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
            costly, arbitrary = expensive(args)
            if not costly:
                return await app(scope, receive, send)
            if arbitrary and PUBLIC:
                scope = {**scope, "query_string": with_time_limit(args, SQL_TIME_LIMIT_MS)}
            client = (scope.get("client") or ("unknown",))[0]
            if admission is not None and not await admission.enter(client):
                return await too_many(scope, send)
            token = EXPENSIVE.set(True)
            try:
                await app(scope, receive, send)
            finally:
                EXPENSIVE.reset(token)
                if admission is not None:
                    admission.leave(client)

        return lanes

    return wrap
