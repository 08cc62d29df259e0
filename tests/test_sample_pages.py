"""Invariants over every article of the offline sample: what the extractor gives
must be what the team wrote, whatever the page wraps around it."""

from datetime import datetime

import pytest
from helpers import sample_articles

from crawler.outlets import OUTLETS, outlet_for_host
from pipelines.extract import extract_article

ARTICLES = sample_articles(archive_only=True)


@pytest.mark.parametrize("entry", ARTICLES, ids=[f"{a['host']}/{a['id']}" for a in ARTICLES])
def test_sample_article_extracts_exactly(entry):
    a = extract_article(entry["page"].read_text(encoding="utf-8"), entry["url"])
    assert a["url"] == entry["url"]
    assert a["title"] == entry["title"]
    assert a["text"] == "\n".join(" ".join(p.split()) for p in entry["paragraphs"])
    published = datetime.fromisoformat(a["published_at"])
    assert published.strftime("%Y-%m-%d %H:%M") == entry["published"]
    # The host's own zone: WITA for kalsel.antaranews.com and banjarmasin.tribunnews.com, WIB for most.
    assert published.utcoffset() == outlet_for_host(entry["host"]).zone(entry["host"]).utcoffset(None)
    assert a["reporter"] == entry["reporter"]
    assert a["editor"] == entry["editor"]
    assert a["section"] == entry["section"]
    assert a["tags"] == entry["tags"]


def test_sample_has_enough_articles_per_host():
    per_host = {}
    for a in ARTICLES:
        per_host[a["host"]] = per_host.get(a["host"], 0) + 1
    first = {"www.antaranews.com", "kalsel.antaranews.com", "banten.antaranews.com", "tangerangekspres.disway.id"}
    assert set(per_host) >= first
    assert min(per_host[h] for h in first) >= 15
    # Every other outlet's hosts: at least two award stories and two negatives each.
    for host in set(per_host) - first:
        roles = [a["label"]["award_role"] for a in ARTICLES if a["host"] == host]
        assert roles.count("received") >= 2 and len(roles) - roles.count("received") >= 2, host


def test_every_outlet_has_sample_pages():
    sampled = {outlet_for_host(a["host"]).key for a in ARTICLES}
    # An outlet without pages of its own must share its platform (layout) with one that has them.
    unsampled = {key for key in OUTLETS if key not in sampled}
    assert all(any(OUTLETS[key].selectors == OUTLETS[s].selectors for s in sampled) for key in unsampled)
    assert unsampled <= {"disway"}
