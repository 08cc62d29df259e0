"""Published, each page of the archive is computed once and then served from memory.

The archive served is immutable: the same URL always gets the same page until a new file replaces
the archive and Datasette restarts. Readers come back to the same pages (a table with its facets,
the canned queries, common searches), and on two cores computing those again for every reader is
what made them wait. So `scrapy serve --public` (ARCHIVE_PUBLIC) keeps the answers to GET requests
in memory, least recently used first out, up to MAX_BYTES. Kept apart: arbitrary SQL and CSV
streams (each is its own and they are bounded elsewhere, datasette_plugins/expensive_sql.py), any
request carrying a cookie or credentials (a signed-in user's pages may differ), any answer that is
not a 200 or sets a cookie, and answers over MAX_ENTRY_BYTES. The reverse proxy in front (README,
Publishing) caches the same pages again, for longer, thanks to `default_cache_ttl`.
"""

import os
from collections import OrderedDict

from datasette import hookimpl

PUBLIC = os.environ.get("ARCHIVE_PUBLIC", "") not in ("", "0")
MAX_BYTES = 64 * 1024**2
MAX_ENTRY_BYTES = 2 * 1024**2
UNCACHED_ARGS = (b"sql=", b"_where", b"_stream=")
PRIVATE_HEADERS = (b"cookie", b"authorization")


class Pages:
    """Answers by URL, least recently used first out once they hold more than `limit` bytes."""

    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self.entries: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()

    def get(self, key: tuple):
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def put(self, key: tuple, status: int, headers: list, body: bytes) -> None:
        if key in self.entries:
            return
        self.entries[key] = (status, headers, body)
        self.size += len(body)
        while self.size > self.limit:
            _, (_, _, dropped) = self.entries.popitem(last=False)
            self.size -= len(dropped)


def cacheable(scope) -> bool:
    query = b"&" + scope.get("query_string", b"")
    if scope["type"] != "http" or scope["method"] != "GET" or any(b"&" + arg in query for arg in UNCACHED_ARGS):
        return False
    return not any(name in PRIVATE_HEADERS for name, _ in scope.get("headers", []))


async def replay(send, status: int, headers: list, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@hookimpl
def asgi_wrapper(datasette):
    pages = Pages(MAX_BYTES)

    def wrap(app):
        if not PUBLIC:
            return app

        async def cached(scope, receive, send):
            if not cacheable(scope):
                return await app(scope, receive, send)
            key = (scope["path"], scope.get("query_string", b""))
            found = pages.get(key)
            if found is not None:
                return await replay(send, *found)
            start, chunks, size = {}, [], 0

            async def keep(message):
                nonlocal size
                if message["type"] == "http.response.start":
                    start.update(message)
                elif message["type"] == "http.response.body" and size <= MAX_ENTRY_BYTES:
                    chunks.append(message.get("body", b""))
                    size += len(chunks[-1])
                await send(message)

            await app(scope, receive, keep)
            headers = start.get("headers", [])
            if (
                start.get("status") == 200
                and size <= MAX_ENTRY_BYTES
                and not any(name.lower() == b"set-cookie" for name, _ in headers)
            ):
                pages.put(key, 200, list(headers), b"".join(chunks))

        return cached

    return wrap
