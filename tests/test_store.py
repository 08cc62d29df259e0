"""Store stage: one transaction per article, upserts keyed on the canonical URL."""

from collections import Counter

import pytest
import sqlite_utils

from pipelines.award_list_table import AWARD_LIST_COLUMNS, AWARD_LIST_SELECT
from pipelines.schema import m009_award_list_table, migrations, open_archive
from pipelines.store import save_article

ARTICLE = {
    "url": "https://kalsel.antaranews.com/berita/1/polres-uji",
    "outlet": "antara",
    "title": "Polres Uji raih penghargaan",
    "text": "Polres Uji meraih penghargaan dari Kapolda.",
    "awards": [
        {
            "recipients": ["Polres Tabalong"],
            "recipient_ids": ["polres-tabalong"],
            "category": "kapolda",
            "giver": "Kapolda Kalimantan Selatan",
        }
    ],
    "units": [{"unit": "Polres Tabalong", "unit_id": "polres-tabalong", "role": "recipient", "mentions": 1}],
}


def counts(db):
    return {t: db[t].count for t in ("articles", "pages", "awards", "award_recipients", "article_units")}


def test_saving_twice_changes_nothing(tmp_path):
    db = open_archive(tmp_path / "a.db")
    assert save_article(db, ARTICLE, {"html": "<p>x</p>", "headers": {}}) == "new"
    first = counts(db)
    assert save_article(db, ARTICLE, {"html": "<p>x</p>", "headers": {}}) == "unchanged"
    assert counts(db) == first == {"articles": 1, "pages": 1, "awards": 1, "award_recipients": 1, "article_units": 1}


def test_a_failure_half_way_leaves_nothing_behind(tmp_path):
    db = open_archive(tmp_path / "a.db")
    # The page's headers cannot be stored: the article row written before them must go too.
    with pytest.raises(TypeError):
        save_article(db, ARTICLE, {"html": "<p>x</p>", "headers": {"x": object()}})
    assert counts(db) == {"articles": 0, "pages": 0, "awards": 0, "award_recipients": 0, "article_units": 0}
    assert not db.conn.in_transaction


def award_list_matches_its_query(db) -> bool:
    table = db.execute(f"select {', '.join(AWARD_LIST_COLUMNS)} from award_list").fetchall()
    fresh = db.execute(AWARD_LIST_SELECT).fetchall()
    return Counter(table) == Counter(fresh)


def test_award_list_follows_every_change_to_awards_articles_and_units(tmp_path):
    db = open_archive(tmp_path / "a.db")
    save_article(db, ARTICLE)
    second = {**ARTICLE, "url": ARTICLE["url"].replace("/1/", "/2/"), "title": "Dua Polres raih penghargaan"}
    second["awards"] = [{**ARTICLE["awards"][0], "recipients": ["Polres Tabalong", "Polres Balangan"],
                         "recipient_ids": ["polres-tabalong", "polres-balangan"], "event_date": "2024-02-01"}]  # fmt: skip
    save_article(db, second)
    assert db["award_list"].count == 3 and award_list_matches_its_query(db)
    row = db.execute("select polda, province, award_year from award_list where url = ? and unit_id = ?",
                     [second["url"], "polres-balangan"]).fetchone()  # fmt: skip
    assert row == ("Polda Kalimantan Selatan", "Kalimantan Selatan", "2024")

    # The story is re-extracted: new title and date, one award fewer recipient.
    save_article(db, {**second, "title": "Judul baru", "published_at": "2025-03-04T10:00:00+08:00",
                      "awards": [{**ARTICLE["awards"][0]}]}, seen=False)  # fmt: skip
    assert db.execute("select story, published_at from award_list where url = ?", [second["url"]]).fetchall() == [
        ("Judul baru", "2025-03-04T10:00:00+08:00")
    ]
    assert award_list_matches_its_query(db)
    # A write that leaves the awards alone (no "awards" in the item) still changes the story's title.
    save_article(db, {k: v for k, v in second.items() if k != "awards"} | {"title": "Judul lagi"})
    assert db.execute("select distinct story from award_list where url = ?", [second["url"]]).fetchall() == [
        ("Judul lagi",)
    ]
    assert award_list_matches_its_query(db)

    # The gazetteer moves a unit to another Polda, and a Polda is renamed.
    db.execute("update units set polda_id = 'polda-banten', province = 'Banten' where unit_id = 'polres-tabalong'")
    db.execute("update units set name = 'Polda Banten (baru)' where unit_id = 'polda-banten'")
    assert {r[0] for r in db.execute("select polda from award_list")} == {"Polda Banten (baru)"}
    assert award_list_matches_its_query(db)

    # Reopening the archive reloads the gazetteer: the table follows it back.
    db.conn.commit()
    db = open_archive(tmp_path / "a.db")
    assert {r[0] for r in db.execute("select polda from award_list")} == {"Polda Kalimantan Selatan"}
    assert award_list_matches_its_query(db)


def test_award_list_is_built_from_awards_already_archived(tmp_path):
    db = open_archive(tmp_path / "a.db")
    save_article(db, ARTICLE)
    # An archive from before the table: drop it and re-run its migration.
    db.execute("drop table award_list")
    for name in [n for n in db.triggers_dict if n.startswith("award_list_")]:
        db.execute(f"drop trigger {name}")
    m009_award_list_table(db)
    assert db["award_list"].count == 1 and award_list_matches_its_query(db)


def test_an_older_archive_gets_utc_times_without_losing_its_search_index(tmp_path):
    older = sqlite_utils.Database(tmp_path / "a.db")
    migrations.apply(older, stop_before="m008_published_utc")
    older["articles"].insert({"url": "https://kalsel.antaranews.com/berita/1/x", "title": "Polres Uji",
                              "text": "Polres Uji meraih penghargaan.", "published_at": "2024-01-24T10:00:00+08:00"})  # fmt: skip
    older.conn.close()
    db = open_archive(tmp_path / "a.db")
    assert db.execute("select published_utc from articles").fetchall() == [("2024-01-24T02:00:00Z",)]
    assert db.execute("select count(*) from articles_fts where articles_fts match 'penghargaan'").fetchone() == (1,)
    assert "articles_au" in db.triggers_dict


def test_newest_first_means_the_latest_instant_whatever_the_zone(tmp_path):
    db = open_archive(tmp_path / "a.db")
    wit = {**ARTICLE, "published_at": "2024-01-24T10:00:00+09:00"}  # 01:00 UTC
    wib = {**ARTICLE, "url": ARTICLE["url"].replace("/1/", "/2/"), "published_at": "2024-01-24T09:30:00+07:00"}
    for article in (wit, wib):
        save_article(db, article)
    newest = db.execute("select url, published_utc from articles order by published_utc desc").fetchall()
    assert newest == [(wib["url"], "2024-01-24T02:30:00Z"), (wit["url"], "2024-01-24T01:00:00Z")]
    assert [r[0] for r in db.execute("select url from award_list order by published_utc desc")] == [
        wib["url"],
        wit["url"],
    ]


def test_award_list_follows_writes_by_hand_and_in_any_order(tmp_path):
    db = open_archive(tmp_path / "a.db")
    save_article(db, ARTICLE)
    url = ARTICLE["url"]

    # The gazetteer moves a unit under a new Polda listed after it (foreign keys checked at commit).
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute("update units set polda_id = 'polda-baru' where unit_id = 'polres-tabalong'")
        db.execute(
            "insert into units (unit_id, name, type, province) values ('polda-baru', 'Polda Baru', 'polda', 'X')"
        )
    assert db.execute("select polda from award_list").fetchall() == [("Polda Baru",)]
    assert award_list_matches_its_query(db)

    # An award corrected in place.
    db.execute("update awards set category = 'kapolri', giver = 'Kapolri', event_date = '2023-05-01'")
    assert db.execute("select category, award_year from award_list").fetchall() == [("kapolri", "2023")]
    assert award_list_matches_its_query(db)

    # With foreign keys off, as in the sqlite3 shell: an article deleted, then awards before their article.
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("delete from articles where url = ?", [url])
    assert db["award_list"].count == 0 and award_list_matches_its_query(db)
    db.execute("delete from award_recipients")
    db.execute("delete from awards")
    other = url.replace("/1/", "/3/")
    db.execute("insert into awards (award_id, article_url, category) values (?, ?, 'kapolda')", [other + "#1", other])
    db.execute("insert into award_recipients (award_id, unit_id, unit) values (?, 'polres-tabalong', 'Polres Tabalong')",
               [other + "#1"])  # fmt: skip
    assert db["award_list"].count == 0  # no story yet
    db.execute(
        "insert into articles (url, title, published_at) values (?, 'Cerita', '2024-02-02T10:00:00+08:00')", [other]
    )
    assert db["award_list"].count == 1 and award_list_matches_its_query(db)
