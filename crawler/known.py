"""What the archive already holds, so a scheduled re-run fetches only what is new.

The spider asks `KnownArticles` before requesting an article: an archived
article, or a page refused before as holding no article (pipelines/refused.py),
is fetched again only on a sign that it changed (a sitemap lastmod or feed date
after the last fetch), and then with a conditional request (If-None-Match /
If-Modified-Since from the stored response headers).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Known:
    fetched_at: datetime | None
    etag: str | None
    last_modified: str | None
    refused: bool = False  # a page that held no article when it was fetched


def _when(fetched_at: str | None) -> datetime | None:
    return datetime.fromisoformat(fetched_at) if fetched_at else None


class KnownArticles:
    def __init__(self, entries: dict[str, Known] | None = None):
        self.entries = entries or {}

    @classmethod
    def load(cls, archive: str | Path, outlet: str) -> KnownArticles:
        """Read the outlet's archived articles and refused pages; an archive that does not exist yet
        knows nothing."""
        path = Path(archive)
        if not path.exists():
            return cls()
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            rows = conn.execute(
                "select a.url, a.fetched_url, a.fetched_at, p.headers from articles a "
                "left join pages p on p.url = a.url where a.outlet = ?",
                [outlet],
            ).fetchall()
            refused = _refused_rows(conn, outlet)
        except sqlite3.OperationalError:  # an archive from before these tables
            return cls()
        finally:
            conn.close()
        entries = {}
        for url, fetched_url, fetched_at, headers in rows:
            headers = {k.lower(): v for k, v in json.loads(headers or "{}").items()}
            known = Known(_when(fetched_at), headers.get("etag"), headers.get("last-modified"))
            entries[url] = known
            if fetched_url:
                entries[fetched_url] = known
        for url, fetched_at, etag, last_modified in refused:
            entries.setdefault(url, Known(_when(fetched_at), etag, last_modified, refused=True))
        return cls(entries)

    def get(self, url: str) -> Known | None:
        return self.entries.get(url)

    def __contains__(self, url: str) -> bool:
        return url in self.entries

    def __len__(self) -> int:
        return len({id(v) for v in self.entries.values()})

    def refused(self) -> int:
        """How many of the known pages were refused as holding no article."""
        return sum(1 for v in self.entries.values() if v.refused)


def _refused_rows(conn: sqlite3.Connection, outlet: str) -> list[tuple]:
    """The outlet's refused pages; none in an archive from before the table."""
    if not conn.execute("select 1 from sqlite_master where name = 'refused_pages'").fetchone():
        return []
    return conn.execute(
        "select url, fetched_at, etag, last_modified from refused_pages where outlet = ?", [outlet]
    ).fetchall()
