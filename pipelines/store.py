"""Store stage: articles into the SQLite archive, through sqlite-utils.

`save_article(db, article, page)` takes plain dicts and never touches the
network; `StorePipeline` is the thin Scrapy adapter around it. Every write is
an upsert keyed on the canonical URL, inside one transaction per article, so
a crawl run twice (or killed half-way) never duplicates or half-writes a row.
The schema is built by numbered migrations.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
from itemadapter import ItemAdapter
from sqlite_utils import Migrations

from crawler.outlets import OUTLETS

migrations = Migrations("polri_awards")


@migrations()
def m001_articles(db: sqlite_utils.Database):
    db["outlets"].create({"key": str, "name": str, "hosts": str, "source": str}, pk="key", if_not_exists=True)
    db["articles"].create(
        {
            "url": str,
            "outlet": str,
            "host": str,
            "title": str,
            "published_at": str,
            "published_text": str,
            "modified_at": str,
            "reporter": str,
            "editor": str,
            "section": str,
            "tags": str,
            "image_url": str,
            "description": str,
            "language": str,
            "text": str,
            "word_count": int,
            "extraction_method": str,
            "fetched_url": str,
            "fetched_at": str,
            "first_seen": str,
            "last_seen": str,
            "updated_at": str,
            "content_hash": str,
        },
        pk="url",
        foreign_keys=[("outlet", "outlets", "key")],
        if_not_exists=True,
    )
    db["articles"].create_index(["outlet"], if_not_exists=True)
    db["articles"].create_index(["published_at"], if_not_exists=True)
    # The raw page as fetched, so every derived field can be rebuilt offline.
    db["pages"].create(
        {"url": str, "html_zlib": bytes, "status": int, "headers": str, "fetched_at": str, "bytes": int},
        pk="url",
        foreign_keys=[("url", "articles", "url")],
        if_not_exists=True,
    )
    # FTS5 with the default unicode61 tokenizer: no English stemming of Indonesian words.
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the archive and bring its schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.enable_wal()
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    for outlet in OUTLETS.values():
        db["outlets"].upsert(
            {
                "key": outlet.key,
                "name": outlet.name,
                "hosts": json.dumps(sorted(outlet.hosts)),
                "source": outlet.source,
            },
            pk="key",
        )
    return db


def content_hash(article: dict) -> str:
    """What a reader would call a change: title and text, not fetch times."""
    return hashlib.sha256(f"{article.get('title')}\n{article.get('text')}".encode()).hexdigest()[:16]


def save_article(db: sqlite_utils.Database, article: dict, page: dict | None = None) -> str:
    """Upsert one article (and its raw page); returns "new", "updated" or "unchanged"."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    row = {k: v for k, v in article.items() if k in db["articles"].columns_dict}
    row["tags"] = json.dumps(article.get("tags") or [], ensure_ascii=False)
    row["content_hash"] = content_hash(article)
    row["last_seen"] = now
    with db.conn:
        existing = db.execute(
            "select first_seen, content_hash, updated_at from articles where url = ?", [row["url"]]
        ).fetchone()
        if existing is None:
            status = "new"
            row["first_seen"] = row["updated_at"] = now
        else:
            row["first_seen"] = existing[0]
            status = "unchanged" if existing[1] == row["content_hash"] else "updated"
            row["updated_at"] = existing[2] if status == "unchanged" else now
        db["articles"].upsert(row, pk="url")
        if page is not None:
            html = (page.get("html") or "").encode("utf-8")
            db["pages"].upsert(
                {
                    "url": row["url"],
                    "html_zlib": zlib.compress(html, 6),
                    "status": page.get("status"),
                    "headers": json.dumps(page.get("headers") or {}),
                    "fetched_at": page.get("fetched_at") or now,
                    "bytes": len(html),
                },
                pk="url",
            )
    return status


class StorePipeline:
    """Writes each extracted article to the archive named by ARCHIVE_PATH."""

    def __init__(self, path: str, stats):
        self.path = path
        self.stats = stats
        self.db: sqlite_utils.Database | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("ARCHIVE_PATH"), crawler.stats)

    def open_spider(self):
        self.db = open_archive(self.path)

    def close_spider(self):
        if self.db is not None:
            self.db.conn.close()

    def process_item(self, item):
        page = ItemAdapter(item)
        status = save_article(self.db, page["article"], page.asdict())
        self.stats.inc_value(f"archive/articles_{status}")
        return item
