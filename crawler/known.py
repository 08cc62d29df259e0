"""What the archive already holds, so a scheduled re-run fetches only what is new.

The spider asks `KnownArticles` before requesting an article: an archived
article is fetched again only on a sign that it changed (a sitemap lastmod or
feed date after the last fetch), and then with a conditional request
(If-None-Match / If-Modified-Since from the stored response headers).
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


class KnownArticles:
    def __init__(self, entries: dict[str, Known] | None = None):
        self.entries = entries or {}

    @classmethod
    def load(cls, archive: str | Path, outlet: str) -> KnownArticles:
        """Read the outlet's archived articles; an archive that does not exist yet knows nothing."""
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
        except sqlite3.OperationalError:  # an archive from before these tables
            return cls()
        finally:
            conn.close()
        entries = {}
        for url, fetched_url, fetched_at, headers in rows:
            headers = {k.lower(): v for k, v in json.loads(headers or "{}").items()}
            when = datetime.fromisoformat(fetched_at) if fetched_at else None
            known = Known(when, headers.get("etag"), headers.get("last-modified"))
            entries[url] = known
            if fetched_url:
                entries[fetched_url] = known
        return cls(entries)

    def get(self, url: str) -> Known | None:
        return self.entries.get(url)

    def __contains__(self, url: str) -> bool:
        return url in self.entries

    def __len__(self) -> int:
        return len({id(v) for v in self.entries.values()})
