"""The officers of the archive: each story's officer mentions, and the people they are linked into.

Called inside the store's transaction for an article. A story's mentions are replaced, never appended;
then every mention of the same names, in any story, is linked again (pipelines.officers.link_officers),
so a story that arrives late (an earlier mention, a promotion in between) can join or split people.
"""

from __future__ import annotations

import json

import sqlite_utils

from pipelines.archive_db import archive_db
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


def _stored_mentions(db: sqlite_utils.Database, url: str, names: set[str]) -> list[dict]:
    """The story's stored mentions, and every mention, in any story, of their names or of `names`."""
    marks = ", ".join("?" * len(names))
    cursor = db.execute(
        "select * from officer_mentions where article_url = ? or norm_name in "
        f"(select norm_name from officer_mentions where article_url = ?){f' or norm_name in ({marks})' if names else ''}",
        [url, url, *sorted(names)],
    )
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def save_officer_mentions(db: sqlite_utils.Database, url: str, mentions: list[dict]) -> None:
    """Replace the story's officer mentions and link every mention of their names again."""
    db = archive_db(db)
    rows = [
        {"mention_id": f"{url}#{n}", "article_url": url, "officer_id": None, "linked_because": None}
        | {k: m.get(k) for k in MENTION_COLUMNS}
        for n, m in enumerate(mentions, 1)
    ]
    stored = _stored_mentions(db, url, {r["norm_name"] for r in rows if r["norm_name"]})
    if not rows and not stored:
        return
    before = {m["mention_id"]: m for m in stored}
    # The people of the story's old version are rebuilt too: some may have had no other story.
    others = [m for m in stored if m["article_url"] != url]
    linked = link_officers(others + [r for r in rows if r["norm_name"]])
    by_id = {m["mention_id"]: m for m in linked}
    # The story's mentions as now linked (a post without a name stays unlinked), and other stories'
    # mentions whose link changed, in one upsert.
    changed = [
        m for m in linked
        if m["article_url"] != url
        and (m["officer_id"], m["linked_because"]) != (before[m["mention_id"]]["officer_id"], before[m["mention_id"]]["linked_because"])
    ]  # fmt: skip
    mention_table = db.known("officer_mentions")
    kept = [r["mention_id"] for r in rows]
    if any(m["article_url"] == url and m["mention_id"] not in kept for m in stored):
        mention_table.delete_where(
            f"article_url = ? and mention_id not in ({', '.join('?' * len(kept))})", [url, *kept]
        )
    mention_table.upsert_all([by_id.get(r["mention_id"], r) for r in rows] + changed, pk="mention_id")
    people = [row | {"variants": json.dumps(row["variants"], ensure_ascii=False)} for row in officers_of(linked)]
    gone = sorted({m["officer_id"] for m in stored if m["officer_id"]} - {p["officer_id"] for p in people})
    if gone:
        db.known("officers").delete_where(f"officer_id in ({', '.join('?' * len(gone))})", gone)
    db.known("officers").upsert_all(people, pk="officer_id")
