"""award_list: one row per award and recipient, with the story, the unit and its Polda, kept by triggers.

As a view, every facet on it joined awards, recipients, articles and units again (about 0.1 s per facet
on 20,000 awards); as a table with indexed facet columns each facet reads one index. The triggers keep it
equal to AWARD_LIST_SELECT after any insert, update or delete of awards, award recipients, articles or
units, in whatever order they come. The migrations that build it live in pipelines.schema.
"""

from __future__ import annotations

import sqlite_utils

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


def award_list_shape(db: sqlite_utils.Database) -> tuple[tuple[str, ...], str]:
    """award_list's columns and query for the awards table as it stands: before m011, awards had no
    `source` and `reviewed_at`, and m009 must build the table an archive of that time had."""
    if "source" in db["awards"].columns_dict:
        return AWARD_LIST_COLUMNS, AWARD_LIST_SELECT
    return AWARD_LIST_COLUMNS[:-2], AWARD_LIST_SELECT.replace(",\n      a.source, a.reviewed_at", "")


def build_award_list(db: sqlite_utils.Database) -> None:
    """(Re)build award_list and its triggers from what the archive holds."""
    columns, select = award_list_shape(db)
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
    for name, body in award_list_triggers(insert).items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")


def award_list_triggers(insert: str) -> dict[str, str]:
    """The triggers that keep award_list equal to its query, by name; `insert` inserts the query's rows."""
    return {
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
