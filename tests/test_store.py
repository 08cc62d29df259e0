"""Store stage: one transaction per article, upserts keyed on the canonical URL."""

import pytest

from pipelines.store import open_archive, save_article

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
