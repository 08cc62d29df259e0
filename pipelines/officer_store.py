"""The officers of the archive: each story's officer mentions, and the people they are linked into.

Called inside the store's transaction for an article. A story's mentions are replaced, never appended;
then every mention of the same names, in any story, is linked again (pipelines.officers.link_officers),
so a story that arrives late (an earlier mention, a promotion in between) can join or split people.
"""

from __future__ import annotations

import json

import sqlite_utils

from pipelines.officers import link_officers, officers_of

MENTION_COLUMNS = (
    "written",
    "name",
    "norm_name",
    "rank",
    "position",
    "unit",
    "unit_id",
    "polda",
    "mention_date",
    "role",
)


def create_tables(db: sqlite_utils.Database) -> None:
    db["officers"].create(
        {"officer_id": str, "name": str, "variants": str, "rank": str, "position": str, "unit": str, "polda": str,
         "first_seen": str, "last_seen": str, "mentions": int},
        pk="officer_id",
        if_not_exists=True,
    )  # fmt: skip
    db["officer_mentions"].create(
        {"mention_id": str, "article_url": str, "officer_id": str, "written": str, "name": str, "norm_name": str,
         "rank": str, "position": str, "unit": str, "unit_id": str, "polda": str, "mention_date": str, "role": str,
         "linked_because": str},
        pk="mention_id",
        foreign_keys=[("article_url", "articles", "url"), ("unit_id", "units", "unit_id")],
        if_not_exists=True,
    )  # fmt: skip
    for columns in (["article_url"], ["officer_id"], ["norm_name"], ["unit_id", "position"], ["rank"], ["polda"]):
        db["officer_mentions"].create_index(columns, if_not_exists=True)


def _relink(db: sqlite_utils.Database, names: set[str], old_ids: set[str]) -> None:
    marks = ", ".join("?" * len(names))
    mentions = [dict(r) for r in db.query(f"select * from officer_mentions where norm_name in ({marks})", list(names))]
    old_ids = old_ids | {m["officer_id"] for m in mentions}
    linked = link_officers(mentions)
    db.conn.executemany(
        "update officer_mentions set officer_id = ?, linked_because = ? where mention_id = ?",
        [(m["officer_id"], m["linked_because"], m["mention_id"]) for m in linked],
    )
    db.conn.executemany("delete from officers where officer_id = ?", [(i,) for i in old_ids if i])
    rows = [row | {"variants": json.dumps(row["variants"], ensure_ascii=False)} for row in officers_of(linked)]
    db["officers"].upsert_all(rows, pk="officer_id")


def save_officer_mentions(db: sqlite_utils.Database, url: str, mentions: list[dict]) -> None:
    """Replace the story's officer mentions and link every mention of their names again."""
    before = db.execute("select norm_name, officer_id from officer_mentions where article_url = ?", [url]).fetchall()
    db.execute("delete from officer_mentions where article_url = ?", [url])
    rows = [
        {"mention_id": f"{url}#{n}", "article_url": url, "officer_id": None, "linked_because": None}
        | {k: m.get(k) for k in MENTION_COLUMNS}
        for n, m in enumerate(mentions, 1)
    ]
    if rows:
        db["officer_mentions"].insert_all(rows, pk="mention_id")
    # The people of the story's old version are rebuilt too: some may have had no other story.
    names = {name for name, _ in before if name} | {m["norm_name"] for m in mentions if m.get("norm_name")}
    _relink(db, names, {oid for _, oid in before if oid})
