"""Refused pages: pages at an article URL that held no article, remembered so a re-run does not fetch them.

A page the extract stage refuses ("no article text found", "empty page") is recorded in `refused_pages`
with the reason, the validators of its answer (ETag, Last-Modified) and the page itself, compressed as
`pages` are. The spider then treats it like an archived article (crawler/known.py): fetched again only
when a feed or sitemap says it changed, and then conditionally. `scrapy reextract` retries the stored
page with the current extractor; a page that yields an article leaves this table.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlite_utils

from pipelines.archive_db import archive_db
from pipelines.page_store import codec


def refusal_reason(message: str) -> str:
    """The kind of refusal, without the page's particulars: "no article text found (3 words)" gives
    "no article text found"."""
    return re.split(r"[:(]", message, maxsplit=1)[0].strip()


def header(headers: dict | None, name: str) -> str | None:
    """A response header, whatever case the server wrote it in."""
    return next((v for k, v in (headers or {}).items() if k.lower() == name), None)


def refused_row(db: sqlite_utils.Database, page: dict, detail: str, now: str) -> dict:
    """The row of `refused_pages` for a fetched page the extract stage refused with `detail`."""
    html = (page.get("html") or "").encode("utf-8")
    return {
        "url": page["url"],
        "outlet": page.get("outlet"),
        "host": page.get("host"),
        "reason": refusal_reason(detail),
        "detail": detail,
        "status": page.get("status"),
        "etag": header(page.get("headers"), "etag"),
        "last_modified": header(page.get("headers"), "last-modified"),
        "fetched_at": page.get("fetched_at") or now,
        "html_zlib": codec(db).pack(html, page.get("outlet")),
        "bytes": len(html),
    }


def save_refused(db: sqlite_utils.Database, page: dict, detail: str) -> None:
    """Record (or refresh) a refused page, keyed on its URL, in one transaction: idempotent."""
    db = archive_db(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with db.one_transaction():
        db.known("refused_pages").upsert(refused_row(db, page, detail, now), pk="url")


def forget_refused(db: sqlite_utils.Database, urls: list[str]) -> None:
    """The pages at these URLs now yield an article: they are refused no more (inside the caller's
    transaction)."""
    wanted = sorted({u for u in urls if u})
    archive_db(db).known("refused_pages").delete_where(f"url in ({', '.join('?' for _ in wanted)})", wanted)
