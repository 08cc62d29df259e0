"""The archive's schema: named migrations (sqlite-utils `Migrations`), the gazetteer and `open_archive`.

Each migration runs once per archive, in order; a new one goes at the end with the next number. The
award_list table and its triggers are built by pipelines.award_list_table.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from crawler.outlets import OUTLETS
from pipelines.archive_db import ArchiveDatabase
from pipelines.award_list_table import build_award_list
from pipelines.knowledge import units_csv_rows
from pipelines.officer_store import create_tables

migrations = Migrations("polri_awards")
PAGE_SIZE = 2048  # bytes; measured in BENCHMARKS.md ("A smaller archive")


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
def m013_recipients_go_with_their_award(db: sqlite_utils.Database):
    # The store replaces an article's awards with one delete: their recipients go with them, as an
    # ON DELETE CASCADE would, which SQLite cannot add to an existing table.
    db.execute("drop trigger if exists award_recipients_removed_with_award")
    db.execute(
        """create trigger award_recipients_removed_with_award before delete on awards begin
          delete from award_recipients where award_id = old.award_id;
        end"""
    )


@migrations()
def m014_page_dictionaries(db: sqlite_utils.Database):
    # zstandard dictionaries, one outlet's pages each (pipelines.page_store); a page names the one it
    # was compressed against, so a dictionary is kept as long as the archive.
    db["page_dictionaries"].create(
        {"dict_id": int, "outlet": str, "kind": str, "created_at": str, "pages": int, "bytes": int,
         "dictionary": bytes},
        pk="dict_id",
        if_not_exists=True,
    )  # fmt: skip


@migrations()
def m015_refused_pages(db: sqlite_utils.Database):
    # Pages at an article URL that held no article (pipelines.refused): remembered with their validators,
    # so a re-run fetches them again only on a sign of change, and with the page, so reextract can retry.
    db["refused_pages"].create(
        {"url": str, "outlet": str, "host": str, "reason": str, "detail": str, "status": int, "etag": str,
         "last_modified": str, "fetched_at": str, "html_zlib": bytes, "bytes": int},
        pk="url",
        if_not_exists=True,
    )  # fmt: skip
    db["refused_pages"].create_index(["outlet"], if_not_exists=True)
    db["refused_pages"].create_index(["reason"], if_not_exists=True)


@migrations()
def m020_article_source(db: sqlite_utils.Database):
    # Where an article's page came from: `crawl`, or the name of the WARC file `scrapy ingest-warc` read it from.
    db["articles"].add_column("source", str, not_null_default="crawl")
    db["articles"].create_index(["source"], if_not_exists=True)


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


def open_archive(path: str | Path) -> ArchiveDatabase:
    """Open (creating if needed) the archive and bring its schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = ArchiveDatabase(path)
    # Articles (2-3 KB a row) left a third of each 4 KB page empty, one row per page; in 2 KB pages a row
    # goes on in overflow pages that it fills, and compressed pages (3-12 KB) lose no more than before.
    # SQLite takes the page size only while the file is empty: archives made before keep theirs.
    db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    db.enable_wal()
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing
    # committed and the file stays sound; a power cut may lose the last commits. A full sync per
    # article was the largest single cost of storing one.
    db.execute("PRAGMA synchronous = NORMAL")
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
