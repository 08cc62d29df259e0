"""Store stage: articles into the SQLite archive, through sqlite-utils.

`save_article(db, article, page)` takes plain dicts and never touches the
network; `StorePipeline` is the thin Scrapy adapter around it. Every write is
an upsert keyed on the canonical URL, inside one transaction per article, so
a crawl run twice (or killed half-way) never duplicates or half-writes a row.
An article is a dozen or so statements: rows go in as dicts, a table at a
time (`upsert_all`), and table schemas are read once per connection
(pipelines.archive_db). The schema is built by named migrations (pipelines.schema).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections import Counter
from datetime import UTC, datetime

import sqlite_utils
from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem

from pipelines.archive_db import ArchiveDatabase, archive_db
from pipelines.dedupe import clusters
from pipelines.officer_store import save_officer_mentions
from pipelines.page_store import DictionarySchedule, dictionary_schedule, page_row
from pipelines.refused import forget_refused, save_refused
from pipelines.runs import ArchiveLock, ArchiveLockedError, finish_run, start_run
from pipelines.schema import open_archive

__all__ = ["StorePipeline", "content_hash", "save_article", "save_awards", "update_clusters"]

logger = logging.getLogger(__name__)

# What `pages` keeps of a crawled page (pipelines.page_store.page_row).
PAGE_FIELDS = ("html", "status", "headers", "fetched_at")

AWARD_FIELDS = (
    "officer", "rank", "position", "title", "category", "giver", "giver_text", "giver_person", "year", "placement",
    "event_date", "place", "evidence", "reviewed_at",
)  # fmt: skip


def _one(db: sqlite_utils.Database, sql: str, params: list) -> dict | None:
    """One row as a dict (db.query would wrap the read in a savepoint of its own)."""
    cursor = db.execute(sql, params)
    found = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], found, strict=True)) if found else None


def update_clusters(db: sqlite_utils.Database) -> int:
    """Recompute story clusters over every signature; returns the number of multi-article clusters."""
    rows = db.execute(
        "select s.url, s.minhash, a.published_at from story_clusters s join articles a on a.url = s.url"
    ).fetchall()
    assignment = clusters({url: sig for url, sig, _ in rows}, {url: when for url, _, when in rows})
    sizes = Counter(assignment.values())
    with db.atomic():
        db.conn.executemany(
            "update story_clusters set cluster_id = ?, cluster_size = ? where url = ?",
            [(cid, sizes[cid], url) for url, cid in assignment.items()],
        )
    return sum(1 for n in sizes.values() if n > 1)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _unit_ids(awards: list[dict], units: list[dict]) -> tuple[dict[tuple[str, str | None], str], list[dict]]:
    """The gazetteer id of every unit the story names (by name and id as extracted), and the units the
    gazetteer lacks (a Polsek, usually), each with the unit it sits under."""
    # A Polsek's parent: the Polres the story names, where it names one.
    parent_hint = next((u["unit_id"] for u in units if u["unit_id"] and u["unit"].startswith("Polres")), None)
    ids: dict[tuple[str, str | None], str] = {}
    missing: dict[str, dict] = {}

    def resolve(name: str, unit_id: str | None, parent: str | None) -> str:
        if unit_id:
            return unit_id
        new_id = slug(name)
        missing.setdefault(new_id, {"unit_id": new_id, "name": name, "parent": parent})
        return new_id

    by_name = {}
    for u in units:
        # A sub-unit's parent is the unit it was written against ("Satlantas Polres Serang").
        by_name[u["unit"]] = resolve(u["unit"], u["unit_id"], u.get("parent_id") or parent_hint)
    for award in awards:
        for name, uid in zip(award["recipients"], award["recipient_ids"], strict=True):
            ids[(name, uid)] = by_name.get(name) or resolve(name, uid, parent_hint)
    for u in units:
        ids[(u["unit"], u["unit_id"])] = by_name[u["unit"]]
    return ids, list(missing.values())


def _add_units(db: sqlite_utils.Database, missing: list[dict]) -> None:
    """Units the gazetteer lacks, under their parent (its Polda, province, area and place), in one statement;
    a unit added before stays as it is."""
    values = ", ".join("(?, ?, ?, ?)" for _ in missing)
    params = [v for u in missing for v in (u["unit_id"], u["name"], u["name"].split()[0].lower(), u["parent"])]
    db.execute(
        "insert or ignore into units (unit_id, name, type, parent_id, polda_id, province, area, aliases, lat, lon, "
        "in_gazetteer) select new.column1, new.column2, new.column3, parent.unit_id, parent.polda_id, "
        f"parent.province, parent.area, '', parent.lat, parent.lon, 0 from (values {values}) new "
        "left join units parent on parent.unit_id = new.column4",
        params,
    )


def _first_of_each(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    """The rows with a key not seen before: a name given twice links its unit once."""
    seen: dict[tuple, dict] = {}
    for row in rows:
        seen.setdefault(tuple(row[k] for k in key), row)
    return list(seen.values())


def save_awards(
    db: sqlite_utils.Database, url: str, awards: list[dict], units: list[dict], replacing: bool = True
) -> None:
    """Replace the article's awards and unit links (inside the caller's transaction); `replacing=False`
    for an article new to the archive, which has none to remove."""
    db = archive_db(db)
    if replacing:
        db.known("awards").delete_where("article_url = ?", [url])  # its recipients go with it (m013)
        db.known("article_units").delete_where("article_url = ?", [url])
    ids, missing = _unit_ids(awards, units)
    missing = [u for u in missing if u["unit_id"] not in db.units_present]
    if missing:
        _add_units(db, missing)
        db.units_present.update(u["unit_id"] for u in missing)
    award_rows, recipient_rows = [], []
    for n, award in enumerate(awards, 1):
        award_id = f"{url}#{n}"
        recipient_ids = [ids[pair] for pair in zip(award["recipients"], award["recipient_ids"], strict=True)]
        award_rows.append(
            {"award_id": award_id, "article_url": url, "award_no": n,
             "recipient_unit_id": recipient_ids[0] if recipient_ids else None,
             "recipients": json.dumps(award["recipients"], ensure_ascii=False)}
            | {k: award.get(k) for k in AWARD_FIELDS}
            | {"source": award.get("source") or "extracted"}
        )  # fmt: skip
        recipient_rows += [
            {"award_id": award_id, "unit_id": unit_id, "unit": name}
            for name, unit_id in zip(award["recipients"], recipient_ids, strict=True)
        ]
    unit_rows = [
        {"article_url": url, "unit_id": ids[(u["unit"], u["unit_id"])], "unit": u["unit"], "role": u["role"],
         "mentions": u["mentions"]}
        for u in units
    ]  # fmt: skip
    db.known("awards").upsert_all(award_rows, pk="award_id")
    db.known("award_recipients").upsert_all(_first_of_each(recipient_rows, ("award_id", "unit_id")),
                                            pk=("award_id", "unit_id"))  # fmt: skip
    db.known("article_units").upsert_all(_first_of_each(unit_rows, ("unit_id",)), pk=("article_url", "unit_id"))


def content_hash(article: dict) -> str:
    """What a reader would call a change: title and text, not fetch times."""
    return hashlib.sha256(f"{article.get('title')}\n{article.get('text')}".encode()).hexdigest()[:16]


def article_row(db: ArchiveDatabase, article: dict) -> dict:
    """The article's row of `articles`: its fields that are columns, lists as JSON."""
    columns = db.known("articles").columns_dict
    row = {k: v for k, v in article.items() if k in columns}
    row["tags"] = json.dumps(article.get("tags") or [], ensure_ascii=False)
    row["award_evidence"] = json.dumps(article.get("award_evidence") or [], ensure_ascii=False)
    row["content_hash"] = content_hash(article)
    return row


def stamped(row: dict, existing: dict | None, now: str, seen: bool) -> str:
    """Set the row's first_seen, last_seen and updated_at from the stored row; returns the article's status."""
    if existing is None:
        row["first_seen"] = row["updated_at"] = row["last_seen"] = now
        return "new"
    status = "unchanged" if existing["content_hash"] == row["content_hash"] else "updated"
    row["first_seen"] = existing["first_seen"]
    row["last_seen"] = now if seen else existing["last_seen"]
    row["updated_at"] = existing["updated_at"] if status == "unchanged" else now
    return status


def _keep_version(db: sqlite_utils.Database, url: str, now: str) -> None:
    """The stored version of the article, with the page it was read from, into article_versions."""
    db.execute(
        "insert or replace into article_versions (url, content_hash, title, text, fetched_at, replaced_at, html_zlib) "
        "select a.url, a.content_hash, a.title, a.text, a.fetched_at, ?, p.html_zlib "
        "from articles a left join pages p using (url) where a.url = ?",
        [now, url],
    )


def save_article(
    db: sqlite_utils.Database, article: dict, page: dict | None = None, seen: bool = True, refused_before: bool = False
) -> str:
    """Upsert one article (and its raw page); returns "new", "updated" or "unchanged".

    A crawl (`seen`) that finds a changed article keeps the previous version in
    `article_versions`; a re-extraction (`seen=False`) rewrites derived fields only.
    A page `refused_before` as holding no article leaves `refused_pages`.
    """
    db = archive_db(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    row = article_row(db, article)
    url = row["url"]
    with db.one_transaction():
        existing = _one(db, "select first_seen, content_hash, updated_at, last_seen from articles where url = ?", [url])
        status = stamped(row, existing, now, seen)
        if status == "updated" and seen:
            _keep_version(db, url, now)
        db.known("articles").upsert(row, pk="url")
        if "awards" in article:
            save_awards(db, url, article["awards"], article.get("units") or [], replacing=existing is not None)
        if "officers" in article:
            save_officer_mentions(db, url, article["officers"])
        if "minhash" in article:
            db.execute(
                "insert into story_clusters (url, cluster_id, cluster_size, minhash) values (?, ?, 1, ?) "
                "on conflict(url) do update set minhash = excluded.minhash",
                [url, url, article["minhash"]],
            )
        if page is not None:
            db.known("pages").upsert(page_row(db, url, page, now, row.get("outlet")), pk="url")
        if refused_before:
            forget_refused(db, [url, row.get("fetched_url")])
    return status


class StorePipeline:
    """Writes each extracted article to the archive named by ARCHIVE_PATH, holding
    the archive's lock for the whole run and recording the run in `crawl_runs`."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_PATH")
        self.stats = crawler.stats
        self.lock = ArchiveLock(self.path)
        self.db: sqlite_utils.Database | None = None
        self.run_id: int | None = None
        self.dictionaries: DictionarySchedule | None = None
        # The URLs of refused pages: few, and an article whose URL is not among them costs no delete.
        self.refused: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        try:
            self.lock.acquire()
        except ArchiveLockedError as exc:
            logger.error("%s: this crawl stops without writing.", exc)
            self.stats.set_value("archive/locked", 1)
            return
        self.db = open_archive(self.path)
        self.run_id = start_run(self.db, self.crawler.spider.name)
        self.dictionaries = dictionary_schedule(self.db, self.crawler.settings)
        self.refused = {url for (url,) in self.db.execute("select url from refused_pages")}

    async def spider_opened(self, spider):
        if self.db is None:
            await self.crawler.engine.close_spider_async(reason="archive_locked")

    def process_item(self, item):
        page = ItemAdapter(item)
        if self.db is None:
            raise DropItem(f"archive locked by another crawl: {page['url']}")
        urls = {page["article"]["url"], page["article"].get("fetched_url")}
        # Only the fields a page row keeps: converting the whole item would copy the page and the article again.
        fetched = {key: page.get(key) for key in PAGE_FIELDS}
        status = save_article(self.db, page["article"], fetched, refused_before=bool(urls & self.refused))
        self.refused -= urls
        self.stats.inc_value(f"archive/articles_{status}")
        if status == "new" and self.dictionaries.page_added(page["article"].get("outlet")):
            self.stats.inc_value("archive/page_dictionaries_built")
        return item

    def item_dropped(self, item):
        """A page the extract stage refused is remembered, so a re-run does not fetch it again."""
        page = ItemAdapter(item)
        if self.db is None or not page.get("refused"):
            return
        save_refused(self.db, page.asdict(), page["refused"])
        self.refused.add(page["url"])
        self.stats.inc_value("archive/refused_recorded")

    def response_received(self, response, request, spider):
        """An archived article asked for conditionally and answered 304 is still there, unchanged: it was
        seen on this run, though no item comes of it."""
        if self.db is None or response.status != 304 or not request.meta.get("conditional"):
            return
        url = request.cb_kwargs.get("url") or request.url
        with self.db.atomic():
            self.db.execute(
                "update articles set last_seen = ? where url = ?",
                [datetime.now(UTC).isoformat(timespec="seconds"), url],
            )
        self.stats.inc_value("archive/articles_seen_unchanged")

    def spider_closed(self, spider, reason):
        if self.db is None:
            return
        try:
            self.stats.set_value("archive/story_clusters", update_clusters(self.db))
        except sqlite3.Error:
            # Clusters can be rebuilt by `scrapy reextract`; the run's record must be written regardless.
            logger.exception("Could not update story clusters")
        figures = finish_run(self.db, self.run_id, reason, self.stats.get_stats())
        logger.info(
            "Run %s %s: %s pages fetched, %s articles new, %s updated, %s unchanged, %s award stories, %s dropped; "
            "%s refused pages recorded, %s skipped as known",
            self.run_id, reason, figures["pages_fetched"], figures["articles_new"], figures["articles_updated"],
            figures["articles_unchanged"], figures["award_stories"], figures["dropped"],
            self.stats.get_value("archive/refused_recorded", 0), self.stats.get_value("incremental/skipped_refused", 0),
        )  # fmt: skip
        self.db.conn.close()
        self.db = None
        self.lock.release()
