"""Deduplicate stage: syndicated copies share a story cluster; distinct stories do not."""

import sqlite3

from helpers import sample_articles

from pipelines.dedupe import clusters, minhash_signature, similarity
from pipelines.urls import canonical_url


def text_of(article_id):
    (a,) = [a for a in sample_articles() if a["id"] == article_id]
    return "\n".join(a["paragraphs"])


def test_copy_with_another_dateline_is_near_identical():
    original = text_of(3900019)
    copy = original.replace("Banjarmasin (ANTARA) - ", "Jakarta (ANTARA) - ", 1)
    assert similarity(minhash_signature(original), minhash_signature(copy)) > 0.9


def test_same_event_in_other_words_is_not_a_copy():
    # ANTARA Banten's own report of the Polres Serang awards against TangerangEkspres' seed story.
    assert similarity(minhash_signature(text_of(2300012)), minhash_signature(text_of(720014))) < 0.3


def test_clusters_group_only_copies():
    sigs = {
        "a": minhash_signature(text_of(3900019)),
        "b": minhash_signature(text_of(4100099)),  # the national site's copy of a
        "c": minhash_signature(text_of(3900001)),
        "d": minhash_signature(text_of(720014)),
    }
    result = clusters(sigs, {"a": "2024-12-03T10:15", "b": "2024-12-03T12:15"})
    assert result["a"] == result["b"] == "a"  # the earlier one names the cluster
    assert result["c"] == "c" and result["d"] == "d"


def test_crawled_archive_clusters_the_syndicated_copy(sample_archive):
    archive, _ = sample_archive
    with sqlite3.connect(archive) as conn:
        multi = conn.execute(
            "select cluster_id, group_concat(url, ' ') from story_clusters where cluster_size > 1 group by cluster_id"
        ).fetchall()
        (total,) = conn.execute("select count(*) from story_clusters").fetchone()
    assert len(multi) == 1
    cluster_id, members = multi[0]
    assert "/berita/3900019/" in cluster_id
    assert "/berita/4100099/" in members and "/berita/3900019/" in members
    assert total == len(sample_articles())


def test_award_events_merge_one_award_reported_twice(sample_archive):
    archive, _ = sample_archive
    with sqlite3.connect(archive) as conn:
        rows = conn.execute(
            "select unit, category, articles from award_events where unit in ('Polres Tanah Laut', 'Polres Serang')"
        ).fetchall()
    events = {(unit, category): n for unit, category, n in rows}
    # The Kalsel story and its national copy report one award.
    assert events[("Polres Tanah Laut", "kapolda")] == 2
    # TangerangEkspres and ANTARA Banten both report Polres Serang's Ombudsman award.
    assert events[("Polres Serang", "ombudsman_compliance")] == 2


def test_canonical_urls_drop_tracking_amp_and_mobile():
    assert (
        canonical_url("https://m.antaranews.com/amp/berita/123/judul/?utm_source=wa&fbclid=x#top")
        == "https://www.antaranews.com/berita/123/judul"
    )
    declared = "https://kalsel.antaranews.com/berita/1/judul"
    assert canonical_url("https://kalsel.antaranews.com/berita/1/judul?page=all", declared) == declared
    # The whole-story view of a story split over pages is the story, in a WARC capture too.
    assert canonical_url("https://banten.tribunnews.com/2024/01/02/judul?page=all") == (
        "https://banten.tribunnews.com/2024/01/02/judul"
    )
    assert canonical_url("https://regional.kompas.com/read/1/judul?page=2").endswith("?page=2")  # one page of it
    # A canonical link to another outlet is not followed.
    assert canonical_url("https://kalsel.antaranews.com/berita/1/x", "https://other.example/y").startswith(
        "https://kalsel.antaranews.com/"
    )
