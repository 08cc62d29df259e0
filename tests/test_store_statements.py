"""The store's SQL per article: a dozen or so statements in one transaction, table schemas read once."""

import pytest
from helpers import sample_articles

from pipelines.page_fields import process_page
from pipelines.schema import open_archive
from pipelines.store import save_article

MAX_STATEMENTS = 15


def statements(db, save) -> list[str]:
    """The statements SQLite runs for `save`. A statement that fires triggers is reported again for each
    of them (and each trigger's own steps as "-- TRIGGER ..."): it counts once."""
    seen: list[str] = []

    def trace(sql: str):
        if not sql.startswith("--") and (not seen or seen[-1] != sql):
            seen.append(sql)

    db.conn.set_trace_callback(trace)
    try:
        save()
    finally:
        db.conn.set_trace_callback(None)
    return seen


@pytest.fixture(scope="module")
def stories():
    """Two sample stories with awards, unit links and officers."""
    chosen = [a for a in sample_articles() if a["url"].split("/")[-2] in ("2300012", "720035")]
    found = []
    for entry in chosen:
        html = entry["page"].read_text(encoding="utf-8")
        article = process_page(html, entry["url"])
        assert article["awards"] and article["units"] and article["officers"], entry["url"]
        found.append((article, {"html": html, "status": 200, "headers": {}}))
    return found


def test_an_article_is_a_few_statements_in_one_transaction(tmp_path, stories):
    (first, first_page), (second, second_page) = stories
    db = open_archive(tmp_path / "a.db")
    save_article(db, first, first_page)  # the first article reads each table's schema, once

    cases = {
        "new": lambda: save_article(db, second, second_page),
        "fetched again, unchanged": lambda: save_article(db, second, second_page),
        "re-extracted": lambda: save_article(db, second, seen=False),
        "changed": lambda: save_article(db, second | {"text": second["text"] + " Diperbarui."}, second_page),
    }
    for case, save in cases.items():
        sql = statements(db, save)
        words = [s.split()[0].upper() for s in sql]
        assert words.count("BEGIN") == 1 and words[0] == "BEGIN" and words[-1] == "COMMIT", (case, sql)
        assert len(sql) <= MAX_STATEMENTS, (case, len(sql), sql)
        # Column lists and table names were read with the first article, not again.
        assert not [s for s in sql if s.upper().startswith("PRAGMA TABLE_INFO") or "sqlite_master" in s], case
    assert db.execute("select count(*) from article_versions").fetchone() == (1,)


def test_a_unit_added_by_an_article_that_rolled_back_is_added_again(tmp_path, stories):
    _, (story, page) = stories  # names Polsek Serpong, which the gazetteer lacks
    db = open_archive(tmp_path / "a.db")
    gazetteer = {r[0] for r in db.execute("select unit_id from units")}
    with pytest.raises(TypeError):  # headers that cannot be stored: the article rolls back, its new units too
        save_article(db, story, page | {"headers": {"x": object()}})
    assert {r[0] for r in db.execute("select unit_id from units")} == gazetteer
    save_article(db, story, page)
    added = {r[0] for r in db.execute("select unit_id from units")} - gazetteer
    assert added and db.execute("pragma foreign_key_check").fetchall() == []
