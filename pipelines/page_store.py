"""Raw pages in the archive: the page as fetched, compressed, so every derived field can be rebuilt offline."""

from __future__ import annotations

import json
import zlib

import sqlite_utils


def page_row(db: sqlite_utils.Database, url: str, page: dict, now: str) -> dict:
    """The row of `pages` for a fetched page."""
    html = (page.get("html") or "").encode("utf-8")
    return {
        "url": url,
        "html_zlib": zlib.compress(html, 6),
        "status": page.get("status"),
        "headers": json.dumps(page.get("headers") or {}),
        "fetched_at": page.get("fetched_at") or now,
        "bytes": len(html),
    }
