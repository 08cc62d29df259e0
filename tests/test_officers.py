"""Officers across stories: mentions read from a story, linked conservatively into people, stored."""

from __future__ import annotations

import sqlite3

import pytest

from pipelines.officers import link_officers, normalise_name, officer_mentions, officers_of
from pipelines.schema import open_archive
from pipelines.store import save_article
from tools.eval_awards import real_cases

BANJARMASIN = (
    "Banjarmasin (ANTARA) - Polresta Banjarmasin meraih predikat kepatuhan pelayanan publik. Penghargaan diterima "
    "Kapolresta Banjarmasin Kombes Pol Sabana Atmodjo, S.I.K., M.H. dari Ombudsman RI. Acara dihadiri Kapolda "
    'Kalsel Irjen Pol Drs. H. Winarto.\n"Ini hasil kerja seluruh personel," kata Sabana di Banjarmasin.'
)


def mentions_of(text, awards=(), published="2024-01-24T10:00:00+08:00", title=None):
    return {m["name"]: m for m in officer_mentions(title, text, published, list(awards))}


def test_an_officer_named_with_post_rank_and_titles():
    found = mentions_of(
        BANJARMASIN, [{"officer": "Sabana Atmodjo", "giver": "Ombudsman RI Perwakilan Kalimantan Selatan"}]
    )
    sabana = found["Sabana Atmodjo"]
    assert sabana["written"] == "Kombes Pol Sabana Atmodjo, S.I.K., M.H."
    assert (sabana["rank"], sabana["position"], sabana["unit"], sabana["unit_id"], sabana["polda"]) == (
        "Kombes Pol", "Kapolresta", "Polresta Banjarmasin", "polresta-banjarmasin", "Polda Kalimantan Selatan"
    )  # fmt: skip
    assert sabana["norm_name"] == "sabana atmojo" and sabana["role"] == "recipient"
    assert sabana["mention_date"] == "2024-01-24"
    winarto = found["Winarto"]  # "Drs. H." before the name is a title, not a name
    assert (winarto["rank"], winarto["unit"], winarto["role"]) == ("Irjen Pol", "Polda Kalimantan Selatan", "other")
    assert len(found) == 2


def test_a_first_name_alone_later_is_the_person_named_before_and_makes_them_quoted():
    found = mentions_of(BANJARMASIN)
    assert found["Sabana Atmodjo"]["role"] == "quoted"
    assert "Sabana" not in found


def test_rank_without_pol_and_a_shorter_form_in_the_same_story_are_one_mention():
    text = "Kapolres Serang AKBP Candra Sasongko menerima penghargaan. AKBP Candra berterima kasih."
    found = mentions_of(text)
    assert list(found) == ["Candra Sasongko"] and found["Candra Sasongko"]["unit"] == "Polres Serang"
    assert mentions_of("Penghargaan diserahkan Kombes Sabana Atmojo.")["Sabana Atmojo"]["rank"] == "Kombes Pol"


def test_a_name_ends_where_the_sentence_goes_on():
    text = "Kapolres Metro Tangerang Kota Kombes Pol Hadi Wibisono Menerima piagam. Kata AKBP Pol Dedi, Senin."
    assert [(m["name"], m["unit"]) for m in officer_mentions(None, text, None, [])] == [
        ("Hadi Wibisono", "Polres Metro Tangerang Kota")
    ]


def test_a_physicians_dr_and_specialist_title_are_no_part_of_the_name():
    found = mentions_of("Penghargaan diterima Kepala RS Bhayangkara Brigjen Pol dr Sari Handayani, Sp.PD di Jakarta.")
    assert list(found) == ["Sari Handayani"] and found["Sari Handayani"]["written"].endswith("Sp.PD")


def test_a_giver_is_the_officer_handing_the_award_over():
    text = "Kapolda Banten Irjen Pol Abdul Karim menyerahkan penghargaan kepada Kapolres Serang AKBP Candra Sasongko."
    found = mentions_of(text, [{"officer": "Candra Sasongko", "giver": "Kapolda Banten", "giver_person": None}])
    assert found["Abdul Karim"]["role"] == "giver" and found["Candra Sasongko"]["role"] == "recipient"


def test_a_post_without_a_name_is_a_mention_of_nobody_in_particular():
    mentions = officer_mentions(
        None, "Kapolres Serang mengatakan pelayanan terus dibenahi.", "2024-03-01T09:00:00+07:00", []
    )
    assert [(m["name"], m["position"], m["unit"]) for m in mentions] == [(None, "Kapolres", "Polres Serang")]
    (linked,) = link_officers([mentions[0] | {"mention_id": "a#1"}])
    assert linked["officer_id"] is None
    # A post whose holder the story names is that person, not a second mention.
    named = officer_mentions(None, "Kapolres Serang AKBP Candra Sasongko hadir. Kapolres Serang berpesan.", None, [])
    assert [m["name"] for m in named] == ["Candra Sasongko"]


def test_old_and_new_spelling_and_titles_normalise_to_one_name():
    assert normalise_name("Sabana Atmodjo") == normalise_name("SABANA ATMOJO") == "sabana atmojo"
    assert normalise_name("Soedjono Tjipto") == normalise_name("Sujono Cipto") == "sujono cipto"


def mention(mid, name, rank, polda, day):
    return {"mention_id": mid, "name": name, "norm_name": normalise_name(name), "written": f"{rank} {name}",
            "rank": rank, "position": None, "unit": None, "polda": polda, "mention_date": day}  # fmt: skip


def people(mentions):
    linked = {m["mention_id"]: m for m in link_officers(mentions)}
    return linked, {m["mention_id"]: m["officer_id"] for m in linked.values()}


def test_same_name_two_people_in_different_places_stay_apart():
    linked, ids = people([
        mention("a", "Budi Santoso", "AKBP", "Polda Banten", "2023-03-01"),
        mention("b", "Budi Santoso", "AKBP", "Polda Kalimantan Selatan", "2023-05-01"),
        mention("c", "Budi Santoso", "AKBP", "Polda Banten", "2023-09-01"),
    ])  # fmt: skip
    assert ids["a"] == ids["c"] != ids["b"]
    assert linked["b"]["linked_because"] == "same name, but not the same person: another Polda or a lower rank"
    assert linked["c"]["linked_because"] == "same name; same Polda (Polda Banten); rank AKBP -> AKBP"


def test_one_person_promoted_and_moved_is_linked_and_says_why():
    linked, ids = people([
        mention("serang", "Candra Sasongko", "AKBP", "Polda Banten", "2024-02-26"),
        mention("banjarmasin", "Candra Sasongko", "Kombes Pol", "Polda Kalimantan Selatan", "2025-03-10"),
        mention("again", "Candra Sasongko", "Kombes Pol", "Polda Kalimantan Selatan", "2025-06-01"),
    ])  # fmt: skip
    assert len(set(ids.values())) == 1
    assert linked["banjarmasin"]["linked_because"] == (
        "same name; promoted AKBP -> Kombes Pol and moved Polda Banten -> Polda Kalimantan Selatan"
    )


@pytest.mark.parametrize(
    "later",
    [
        ("Kompol", "Polda Banten", "2024-06-01"),  # a rank never goes down
        ("Kombes Pol", "Polda Kalimantan Selatan", "2024-03-10"),  # promoted and moved within two weeks: not one
        ("AKBP", "Polda Kalimantan Selatan", "2025-03-10"),  # moved without a promotion: another person
    ],
)
def test_what_one_person_could_not_have_done_makes_two(later):
    _, ids = people(
        [mention("a", "Candra Sasongko", "AKBP", "Polda Banten", "2024-02-26"), mention("b", "Candra Sasongko", *later)]
    )
    assert ids["a"] != ids["b"]


def test_officers_take_the_name_most_often_written_and_keep_every_variant():
    linked = link_officers([
        mention("1", "Sabana Atmojo", "AKBP", "Polda Kalimantan Selatan", "2021-01-01"),
        mention("2", "Sabana Atmodjo", "Kombes Pol", "Polda Kalimantan Selatan", "2023-01-01"),
        mention("3", "Sabana Atmojo", "Kombes Pol", "Polda Kalimantan Selatan", "2024-01-01"),
    ])  # fmt: skip
    (officer,) = officers_of(linked)
    assert officer["name"] == "Sabana Atmojo" and officer["rank"] == "Kombes Pol" and officer["mentions"] == 3
    assert officer["variants"] == ["AKBP Sabana Atmojo", "Kombes Pol Sabana Atmodjo", "Kombes Pol Sabana Atmojo"]
    assert (officer["first_seen"], officer["last_seen"]) == ("2021-01-01", "2024-01-01")


def test_officers_link_across_the_real_stories():
    mentions = [
        m | {"mention_id": f"{case['id']}#{n}"}
        for case in real_cases()
        for n, m in enumerate(officer_mentions(case["title"], case["text"], case["published"], []))
    ]
    officers = officers_of(link_officers(mentions))
    zain = sorted(o["mentions"] for o in officers if o["name"] == "Zain Dwi Nugroho")
    assert zain[-1] >= 5  # a Kapolres named in several stories, with and without "Pol"
    iqbal = next(o for o in officers if o["name"] == "Mohammad Iqbal")
    assert (
        "Irjen Pol. Mohammad Iqbal, S.I.K.,M.H." in iqbal["variants"] and "Kombes Mohammad Iqbal" in iqbal["variants"]
    )
    assert not any(o["name"] in ("Pol", "") for o in officers)


def story(n, text, published):
    return {"url": f"https://banten.antaranews.com/berita/{n}/x", "outlet": "antara", "title": f"Story {n}",
            "text": text, "published_at": published,
            "officers": officer_mentions(None, text, published, [])}  # fmt: skip


def test_the_store_keeps_mentions_per_story_and_relinks_people(tmp_path):
    db = open_archive(tmp_path / "a.db")
    first = story(1, "Kapolres Serang AKBP Candra Sasongko hadir.", "2024-02-26T10:00:00+07:00")
    later = story(2, "Kapolresta Banjarmasin Kombes Pol Candra Sasongko, S.I.K. hadir.", "2025-03-10T10:00:00+08:00")
    save_article(db, later)
    save_article(db, first)  # the earlier story arrives last: the person's first mention changes
    save_article(db, first)  # stored again: nothing doubles
    conn = sqlite3.connect(tmp_path / "a.db")
    rows = conn.execute(
        "select article_url, officer_id, rank, unit, linked_because from officer_mentions order by mention_date"
    ).fetchall()
    assert len(rows) == 2 and rows[0][1] == rows[1][1]
    assert rows[1][4].startswith("same name; promoted AKBP -> Kombes Pol and moved Polda Banten")
    assert conn.execute("select count(*), min(first_seen), max(last_seen) from officers").fetchone() == (
        1,
        "2024-02-26",
        "2025-03-10",
    )
    # The later story rewritten without the officer: the person keeps only the first story.
    save_article(db, later | {"officers": []})
    assert conn.execute("select mentions, rank from officers").fetchall() == [(1, "AKBP")]


def test_a_rank_and_pol_written_with_full_stops_end_before_the_name():
    (person,) = officer_mentions(
        None, "Piagam diterima oleh Kadiv Humas Polri Irjen. Pol. Budi Hartono di Jakarta.", "2024-01-05", []
    )
    assert (person["name"], person["rank"], person["position"]) == ("Budi Hartono", "Irjen Pol", "Kadiv Humas")
