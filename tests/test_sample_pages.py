"""Invariants over every article of the offline sample: what the extractor gives
must be what the team wrote, whatever the page wraps around it."""

from datetime import datetime

import pytest
from conftest import sample_articles

from pipelines.extract import extract_article

ARTICLES = sample_articles()


@pytest.mark.parametrize("entry", ARTICLES, ids=[f"{a['host']}/{a['id']}" for a in ARTICLES])
def test_sample_article_extracts_exactly(entry):
    a = extract_article(entry["page"].read_text(encoding="utf-8"), entry["url"])
    assert a["url"] == entry["url"]
    assert a["title"] == entry["title"]
    assert a["text"] == "\n".join(" ".join(p.split()) for p in entry["paragraphs"])
    published = datetime.fromisoformat(a["published_at"])
    assert published.strftime("%Y-%m-%d %H:%M") == entry["published"]
    assert published.utcoffset().total_seconds() / 3600 == (8 if entry["host"].startswith("kalsel") else 7)
    assert a["reporter"] == entry["reporter"]
    assert a["editor"] == entry["editor"]
    assert a["section"] == entry["section"]
    assert a["tags"] == entry["tags"]


def test_sample_has_enough_articles_per_host():
    per_host = {}
    for a in ARTICLES:
        per_host[a["host"]] = per_host.get(a["host"], 0) + 1
    assert set(per_host) >= {
        "www.antaranews.com",
        "kalsel.antaranews.com",
        "banten.antaranews.com",
        "tangerangekspres.disway.id",
    }
    assert min(per_host.values()) >= 15
