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
import logging
import re
import sqlite3
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem
from sqlite_utils import Migrations

from crawler.outlets import OUTLETS
from pipelines.dedupe import clusters
from pipelines.officer_store import create_tables, save_officer_mentions
from pipelines.runs import ArchiveLock, ArchiveLockedError, finish_run, start_run
from pipelines.units import units_csv_rows

logger = logging.getLogger(__name__)

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


@migrations()
def m002_awards(db: sqlite_utils.Database):
    db["units"].create(
        {"unit_id": str, "name": str, "type": str, "parent_id": str, "polda_id": str, "province": str, "area": str,
         "aliases": str, "lat": float, "lon": float, "in_gazetteer": int},
        pk="unit_id",
        foreign_keys=[("parent_id", "units", "unit_id"), ("polda_id", "units", "unit_id")],
        if_not_exists=True,
    )  # fmt: skip
    for column, kind in (("award_role", str), ("award_score", float), ("award_evidence", str)):
        db["articles"].add_column(column, kind)
    db["articles"].create_index(["award_role"], if_not_exists=True)
    db["awards"].create(
        {"award_id": str, "article_url": str, "award_no": int, "recipient_unit_id": str, "recipients": str,
         "officer": str, "rank": str, "position": str, "title": str, "category": str, "giver": str,
         "giver_person": str, "year": int, "placement": int, "event_date": str, "place": str, "evidence": str},
        pk="award_id",
        foreign_keys=[("article_url", "articles", "url"), ("recipient_unit_id", "units", "unit_id")],
        if_not_exists=True,
    )  # fmt: skip
    db["award_recipients"].create(
        {"award_id": str, "unit_id": str, "unit": str},
        pk=("award_id", "unit_id"),
        foreign_keys=[("award_id", "awards", "award_id"), ("unit_id", "units", "unit_id")],
        if_not_exists=True,
    )
    db["article_units"].create(
        {"article_url": str, "unit_id": str, "unit": str, "role": str, "mentions": int},
        pk=("article_url", "unit_id"),
        foreign_keys=[("article_url", "articles", "url"), ("unit_id", "units", "unit_id")],
        if_not_exists=True,
    )
    for table, columns in (("awards", ["article_url"]), ("awards", ["category"]), ("awards", ["recipient_unit_id"]),
                           ("award_recipients", ["unit_id"]), ("article_units", ["unit_id"])):  # fmt: skip
        db[table].create_index(columns, if_not_exists=True)


@migrations()
def m003_runs_and_versions(db: sqlite_utils.Database):
    db["crawl_runs"].create(
        {"run_id": int, "spider": str, "pid": int, "started_at": str, "finished_at": str, "finish_reason": str,
         "pages_fetched": int, "articles_fetched": int, "articles_new": int, "articles_updated": int,
         "articles_unchanged": int, "award_stories": int, "dropped": int, "errors": int, "stats": str},
        pk="run_id",
        if_not_exists=True,
    )  # fmt: skip
    # The versions an article had before it changed, with the page they were read from.
    db["article_versions"].create(
        {"url": str, "content_hash": str, "title": str, "text": str, "fetched_at": str, "replaced_at": str,
         "html_zlib": bytes},
        pk=("url", "content_hash"),
        foreign_keys=[("url", "articles", "url")],
        if_not_exists=True,
    )  # fmt: skip


@migrations()
def m004_story_clusters(db: sqlite_utils.Database):
    db["story_clusters"].create(
        {"url": str, "cluster_id": str, "cluster_size": int, "minhash": bytes},
        pk="url",
        foreign_keys=[("url", "articles", "url"), ("cluster_id", "articles", "url")],
        if_not_exists=True,
    )
    db["story_clusters"].create_index(["cluster_id"], if_not_exists=True)
    # One award reported by several articles: same unit, category and year.
    db.execute("drop view if exists award_events")
    db.execute(
        """create view award_events as
        select r.unit_id, r.unit, a.category, coalesce(a.year, cast(substr(a.event_date, 1, 4) as integer)) as year,
          min(a.event_date) as event_date, group_concat(distinct a.giver) as givers,
          count(distinct a.article_url) as articles, group_concat(distinct a.article_url) as article_urls
        from awards a join award_recipients r using (award_id)
        group by r.unit_id, a.category, coalesce(a.year, cast(substr(a.event_date, 1, 4) as integer))"""
    )


@migrations()
def m005_run_monitoring(db: sqlite_utils.Database):
    db["crawl_runs"].add_column("coverage", str)
    db["crawl_runs"].add_column("warnings", str)


@migrations()
def m006_giver_as_written(db: sqlite_utils.Database):
    db["awards"].add_column("giver_text", str)


@migrations()
def m007_award_list_view(db: sqlite_utils.Database):
    # Created award_list as a view; m009 replaced it with a table, so an archive new to both goes
    # straight to the table.
    pass


# award_list's columns in the order a reader scans them: who, under which Polda, what, from whom, when.
# A change to them needs a new migration that rebuilds the table and its triggers (build_award_list), as m011 does.
AWARD_LIST_COLUMNS = (
    "unit", "unit_type", "polda", "province", "category", "giver", "year", "placement", "event_date", "award_year",
    "award", "story", "published_at", "outlet", "url", "award_id", "unit_id", "published_utc", "source", "reviewed_at",
)  # fmt: skip
AWARD_LIST_SELECT = """
    select ar.unit, u.type as unit_type, polda.name as polda, u.province, a.category, a.giver, a.year, a.placement,
      a.event_date, substr(coalesce(a.event_date, art.published_at), 1, 4) as award_year, a.title as award,
      art.title as story, art.published_at, art.outlet, art.url, a.award_id, ar.unit_id, art.published_utc,
      a.source, a.reviewed_at
    from awards a
    join award_recipients ar using (award_id)
    join articles art on art.url = a.article_url
    left join units u on u.unit_id = ar.unit_id
    left join units polda on polda.unit_id = u.polda_id"""


@migrations()
def m008_published_utc(db: sqlite_utils.Database):
    # published_at keeps the outlet's own offset, as the story prints it; but "10:00+09:00" sorts after
    # "09:30+07:00" though it is earlier. "Newest first" sorts on this UTC copy instead. Generated by
    # SQLite from published_at, it is right whatever writes the row, and costs no space (virtual).
    db.execute(
        "alter table articles add column published_utc text "
        "generated always as (strftime('%Y-%m-%dT%H:%M:%SZ', published_at)) virtual"
    )
    db["articles"].create_index(["published_utc"], if_not_exists=True)


@migrations()
def m009_award_list_table(db: sqlite_utils.Database):
    # award_list was a view: every facet on it joined awards, recipients, articles and units again, about
    # 0.1 s per facet on 20,000 awards. As a table with indexed facet columns each facet reads one index.
    # Triggers keep it equal to that query (AWARD_LIST_SELECT) after any insert, update or delete of
    # awards, award recipients, articles or units, in whatever order they come.
    build_award_list(db)


def _award_list_shape(db: sqlite_utils.Database) -> tuple[tuple[str, ...], str]:
    """award_list's columns and query for the awards table as it stands: before m011, awards had no
    `source` and `reviewed_at`, and m009 must build the table an archive of that time had."""
    if "source" in db["awards"].columns_dict:
        return AWARD_LIST_COLUMNS, AWARD_LIST_SELECT
    return AWARD_LIST_COLUMNS[:-2], AWARD_LIST_SELECT.replace(",\n      a.source, a.reviewed_at", "")


def build_award_list(db: sqlite_utils.Database) -> None:
    """(Re)build award_list and its triggers from what the archive holds."""
    columns, select = _award_list_shape(db)
    db.execute(
        "drop view if exists award_list" if "award_list" in db.view_names() else "drop table if exists award_list"
    )
    typed = ", ".join(f"{c} {'integer' if c in ('year', 'placement') else 'text'}" for c in columns)
    db.execute(f"create table award_list (id integer primary key, {typed}, unique (award_id, unit_id))")
    insert = f"insert or replace into award_list ({', '.join(columns)}) {select}"
    db.execute(insert)
    indexed = ["unit_id", "url", "polda", "province", "category", "giver", "award_year", "published_utc", "source"]
    for column in [c for c in indexed if c in columns]:
        db.execute(f"create index idx_award_list_{column} on award_list ({column})")
    triggers = {
        "award_list_recipient_added": f"""after insert on award_recipients begin
          {insert}
          where ar.award_id = new.award_id and ar.unit_id = new.unit_id;
        end""",
        "award_list_recipient_removed": """after delete on award_recipients begin
          delete from award_list where award_id = old.award_id and unit_id = old.unit_id;
        end""",
        # The store replaces an article's awards; a correction by hand may change one in place.
        "award_list_award_changed": f"""after update on awards begin
          delete from award_list where award_id = old.award_id;
          {insert}
          where a.award_id = new.award_id;
        end""",
        "award_list_award_removed": """after delete on awards begin
          delete from award_list where award_id = old.award_id;
        end""",
        # With foreign keys off (the sqlite3 shell's default) awards can come before their article.
        "award_list_article_added": f"""after insert on articles begin
          {insert}
          where a.article_url = new.url;
        end""",
        "award_list_article_removed": """after delete on articles begin
          delete from award_list where url = old.url;
        end""",
        # The store and the gazetteer rewrite whole rows; only a real change touches award_list.
        "award_list_article_changed": """after update of title, published_at, outlet on articles
          when old.title is not new.title or old.published_at is not new.published_at
            or old.outlet is not new.outlet begin
          update award_list set story = new.title, published_at = new.published_at,
            published_utc = new.published_utc, outlet = new.outlet,
            award_year = substr(coalesce(event_date, new.published_at), 1, 4)
          where url = new.url;
        end""",
        "award_list_unit_changed": """after update of type, province, polda_id on units
          when old.type is not new.type or old.province is not new.province or old.polda_id is not new.polda_id
          begin
          update award_list set unit_type = new.type, province = new.province,
            polda = (select name from units where unit_id = new.polda_id)
          where unit_id = new.unit_id;
        end""",
        "award_list_polda_renamed": """after update of name on units when old.name is not new.name begin
          update award_list set polda = new.name
          where unit_id in (select unit_id from units where polda_id = new.unit_id);
        end""",
        # The gazetteer may list a unit before its (new) Polda: the Polda's name arrives with the Polda.
        "award_list_unit_added": """after insert on units begin
          update award_list set unit_type = new.type, province = new.province,
            polda = (select name from units where unit_id = new.polda_id)
          where unit_id = new.unit_id;
          update award_list set polda = new.name
          where unit_id in (select unit_id from units where polda_id = new.unit_id);
        end""",
    }
    for name, body in triggers.items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")


@migrations()
def m010_section_index(db: sqlite_utils.Database):
    # Readers facet the articles by section (the table's description links to it); without an index
    # that facet reads every row.
    db["articles"].create_index(["section"], if_not_exists=True)


@migrations()
def m011_reviewed_awards(db: sqlite_utils.Database):
    # An award is `extracted` by the rules or `reviewed` by a person (data/corrections.yml), and when.
    db["awards"].add_column("source", str, not_null_default="extracted")
    db["awards"].add_column("reviewed_at", str)
    db["articles"].add_column("reviewed_at", str)
    db["awards"].create_index(["source"], if_not_exists=True)
    build_award_list(db)


@migrations()
def m012_officers(db: sqlite_utils.Database):
    # Officers across stories (pipelines/officers.py): each story's mentions, and the people they make.
    create_tables(db)


@migrations()
def m020_article_source(db: sqlite_utils.Database):
    # Where an article's page came from: `crawl`, or the name of the WARC file `scrapy ingest-warc` read it from.
    db["articles"].add_column("source", str, not_null_default="crawl")
    db["articles"].create_index(["source"], if_not_exists=True)


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


def load_gazetteer(db: sqlite_utils.Database) -> None:
    """The units of data/units.csv, upserted (idempotent); Polsek found in stories are added as they come."""
    rows = [
        {**row, "lat": float(row["lat"]) if row["lat"] else None, "lon": float(row["lon"]) if row["lon"] else None,
         "parent_id": row["parent_id"] or None, "polda_id": row["polda_id"] or None, "in_gazetteer": 1}
        for row in units_csv_rows()
    ]  # fmt: skip
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        db["units"].upsert_all(rows, pk="unit_id")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _unit_id(db: sqlite_utils.Database, name: str, unit_id: str | None, parent_hint: str | None) -> str:
    """The gazetteer id of a unit, adding a unit the gazetteer lacks (a Polsek, usually) under its parent."""
    if unit_id:
        return unit_id
    new_id = slug(name)
    if db.execute("select 1 from units where unit_id = ?", [new_id]).fetchone() is None:
        parent = (
            db.execute(
                "select unit_id, polda_id, province, area, lat, lon from units where unit_id = ?", [parent_hint]
            ).fetchone()
            if parent_hint
            else None
        )
        db["units"].insert(
            {"unit_id": new_id, "name": name, "type": name.split()[0].lower(), "parent_id": parent[0] if parent else None,
             "polda_id": parent[1] if parent else None, "province": parent[2] if parent else None,
             "area": parent[3] if parent else None, "aliases": "", "lat": parent[4] if parent else None,
             "lon": parent[5] if parent else None, "in_gazetteer": 0},
            pk="unit_id",
        )  # fmt: skip
    return new_id


def save_awards(db: sqlite_utils.Database, url: str, awards: list[dict], units: list[dict]) -> None:
    """Replace the article's awards and unit links (inside the caller's transaction)."""
    for table, key in (("award_recipients", "award_id in (select award_id from awards where article_url = ?)"),
                       ("awards", "article_url = ?"), ("article_units", "article_url = ?")):  # fmt: skip
        db.execute(f"delete from {table} where {key}", [url])
    # A Polsek's parent: the Polres the story names, where it names one.
    parent_hint = next((u["unit_id"] for u in units if u["unit_id"] and u["unit"].startswith("Polres")), None)
    # A sub-unit's parent is the unit it was written against ("Satlantas Polres Serang").
    ids = {u["unit"]: _unit_id(db, u["unit"], u["unit_id"], u.get("parent_id") or parent_hint) for u in units}
    for n, award in enumerate(awards, 1):
        award_id = f"{url}#{n}"
        recipient_ids = [
            ids.get(name) or _unit_id(db, name, uid, parent_hint)
            for name, uid in zip(award["recipients"], award["recipient_ids"], strict=True)
        ]
        db["awards"].insert(
            {"award_id": award_id, "article_url": url, "award_no": n, "recipient_unit_id": recipient_ids[0] if recipient_ids else None,
             "recipients": json.dumps(award["recipients"], ensure_ascii=False)}
            | {k: award.get(k) for k in ("officer", "rank", "position", "title", "category", "giver", "giver_text", "giver_person", "year", "placement", "event_date", "place", "evidence", "reviewed_at")}
            | {"source": award.get("source") or "extracted"},
            pk="award_id",
        )  # fmt: skip
        for name, unit_id in zip(award["recipients"], recipient_ids, strict=True):
            db["award_recipients"].insert(
                {"award_id": award_id, "unit_id": unit_id, "unit": name}, pk=("award_id", "unit_id"), ignore=True
            )
    for unit in units:
        db["article_units"].insert(
            {"article_url": url, "unit_id": ids[unit["unit"]], "unit": unit["unit"], "role": unit["role"], "mentions": unit["mentions"]},
            pk=("article_url", "unit_id"),
            ignore=True,
        )  # fmt: skip


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the archive and bring its schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.enable_wal()
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    load_gazetteer(db)
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


def save_article(db: sqlite_utils.Database, article: dict, page: dict | None = None, seen: bool = True) -> str:
    """Upsert one article (and its raw page); returns "new", "updated" or "unchanged".

    A crawl (`seen`) that finds a changed article keeps the previous version in
    `article_versions`; a re-extraction (`seen=False`) rewrites derived fields only.
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    columns = db["articles"].columns_dict
    row = {k: v for k, v in article.items() if k in columns}
    row["tags"] = json.dumps(article.get("tags") or [], ensure_ascii=False)
    row["award_evidence"] = json.dumps(article.get("award_evidence") or [], ensure_ascii=False)
    row["content_hash"] = content_hash(article)
    with db.atomic():
        existing = db.execute(
            "select first_seen, content_hash, updated_at, last_seen, title, text, fetched_at from articles where url = ?",
            [row["url"]],
        ).fetchone()
        row["last_seen"] = now if seen or existing is None else existing[3]
        if existing is None:
            status = "new"
            row["first_seen"] = row["updated_at"] = now
        else:
            row["first_seen"] = existing[0]
            status = "unchanged" if existing[1] == row["content_hash"] else "updated"
            row["updated_at"] = existing[2] if status == "unchanged" else now
            if status == "updated" and seen:
                old_page = db.execute("select html_zlib from pages where url = ?", [row["url"]]).fetchone()
                db["article_versions"].insert(
                    {"url": row["url"], "content_hash": existing[1], "title": existing[4], "text": existing[5],
                     "fetched_at": existing[6], "replaced_at": now, "html_zlib": old_page[0] if old_page else None},
                    pk=("url", "content_hash"),
                    replace=True,
                )  # fmt: skip
        db["articles"].upsert(row, pk="url")
        if "awards" in article:
            save_awards(db, row["url"], article["awards"], article.get("units") or [])
        if "officers" in article:
            save_officer_mentions(db, row["url"], article["officers"])
        if "minhash" in article:
            db.execute(
                "insert into story_clusters (url, cluster_id, cluster_size, minhash) values (?, ?, 1, ?) "
                "on conflict(url) do update set minhash = excluded.minhash",
                [row["url"], row["url"], article["minhash"]],
            )
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
    """Writes each extracted article to the archive named by ARCHIVE_PATH, holding
    the archive's lock for the whole run and recording the run in `crawl_runs`."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("ARCHIVE_PATH")
        self.stats = crawler.stats
        self.lock = ArchiveLock(self.path)
        self.db: sqlite_utils.Database | None = None
        self.run_id: int | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

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

    async def spider_opened(self, spider):
        if self.db is None:
            await self.crawler.engine.close_spider_async(reason="archive_locked")

    def process_item(self, item):
        page = ItemAdapter(item)
        if self.db is None:
            raise DropItem(f"archive locked by another crawl: {page['url']}")
        status = save_article(self.db, page["article"], page.asdict())
        self.stats.inc_value(f"archive/articles_{status}")
        return item

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
            "Run %s %s: %s pages fetched, %s articles new, %s updated, %s unchanged, %s award stories, %s dropped",
            self.run_id, reason, figures["pages_fetched"], figures["articles_new"], figures["articles_updated"],
            figures["articles_unchanged"], figures["award_stories"], figures["dropped"],
        )  # fmt: skip
        self.db.conn.close()
        self.db = None
        self.lock.release()
