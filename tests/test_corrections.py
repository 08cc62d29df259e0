"""The corrections file: validated on load (one error per bad entry) and applied after extraction."""

from __future__ import annotations

import pytest
from helpers import ROOT

from pipelines.corrections import (
    CorrectionsError,
    apply_corrections,
    apply_review,
    load_corrections,
    parse_corrections,
)

URL = "https://kalsel.antaranews.com/berita/3900012/polres-banjarbaru-sabet-predikat-wbbm-2024"
OTHER = "https://banten.antaranews.com/berita/2300033/polres-lebak-sabet-predikat-wilayah-bebas-dari-korupsi"


def extracted_article(url: str = URL) -> dict:
    """What extraction gives for a story with one award (wrong title) and one unit named in passing."""
    award = {
        "recipients": ["Polres Banjarbaru"], "recipient_ids": ["polres-banjarbaru"], "officer": "Rendy Saputra",
        "rank": "AKBP", "position": "Kapolres", "title": "predikat Zona Integritas", "category": "zona_integritas_wbbm",
        "giver": "KemenPAN-RB", "giver_text": "KemenPAN-RB", "giver_person": None, "year": 2024, "placement": None,
        "event_date": None, "place": None, "evidence": "Polres Banjarbaru meraih predikat WBBM.",
    }  # fmt: skip
    units = [
        {"unit": "Polres Banjarbaru", "unit_id": "polres-banjarbaru", "parent_id": None, "role": "recipient", "mentions": 3},
        {"unit": "Polda Kalimantan Selatan", "unit_id": "polda-kalimantan-selatan", "parent_id": None, "role": "other", "mentions": 1},
    ]  # fmt: skip
    return {"url": url, "title": "Polres Banjarbaru sabet predikat WBBM", "award_role": "received",
            "awards": [award], "units": units}  # fmt: skip


def entry(**fields) -> str:
    import yaml

    base = {"url": URL, "reviewed_at": "2026-12-01", "verdict": "corrected"}
    return yaml.safe_dump([base | fields], allow_unicode=True, sort_keys=False)


def test_the_projects_corrections_file_is_valid():
    reviews = load_corrections(ROOT / "data" / "corrections.yml")
    assert reviews and all(r.verdict in ("checked", "corrected") for r in reviews.values())


def test_a_missing_file_means_no_reviews(tmp_path):
    assert load_corrections(tmp_path / "none.yml") == {}


def test_each_bad_entry_is_one_error_naming_it_and_nothing_loads():
    text = "\n".join(
        [
            entry(url="https://example.com/berita/1/x"),  # not an archived outlet
            entry(url=OTHER, awards=[{"recipients": ["Polres Atlantis"], "category": "kapolda"}]),
            entry(
                url="https://kalsel.antaranews.com/berita/3/y",
                awards=[{"recipients": ["Polres Tapin"], "category": "medal"}],
            ),
            entry(url="https://kalsel.antaranews.com/berita/4/z", reviewed_at="2026-13-40"),
            entry(
                url="https://kalsel.antaranews.com/berita/5/w",
                add=[{"recipients": ["Polres Tapin"], "event_date": "31/12/2024"}],
            ),
            entry(
                url="https://kalsel.antaranews.com/berita/6/v", units={"Polres Tanbu": "Polres Nowhere"}, verdict="ok"
            ),
            entry(),  # the only good one
        ]
    )
    with pytest.raises(CorrectionsError) as raised:
        parse_corrections(text, "corrections.yml")
    problems = raised.value.problems
    assert len(problems) == 6
    assert problems[0].startswith("entry 1 (https://example.com/berita/1/x): unknown URL")
    assert problems[1].startswith(f"entry 2 ({OTHER}):") and "unknown unit 'Polres Atlantis'" in problems[1]
    assert "bad category 'medal'" in problems[2]
    assert "bad date in reviewed_at: '2026-13-40'" in problems[3]
    assert "add[0]: bad date '31/12/2024'" in problems[4]
    assert "unknown unit 'Polres Nowhere'" in problems[5] and "verdict must be one of" in problems[5]
    assert "corrections.yml: 6 bad entries, nothing applied" in str(raised.value)


def test_a_second_entry_for_a_story_and_unknown_fields_are_errors():
    with pytest.raises(CorrectionsError) as raised:
        parse_corrections(entry() + entry(colour="red"))
    assert raised.value.problems == [
        f"entry 2 ({URL}): unknown field 'colour'; a second entry for this URL (merge them)"
    ]


def test_urls_not_in_the_archive_are_unknown_when_the_archive_is_given():
    with pytest.raises(CorrectionsError, match="not in the archive"):
        parse_corrections(entry(verdict="checked"), known_urls={OTHER})
    assert URL in parse_corrections(entry(verdict="checked"), known_urls={URL})


def test_a_story_nobody_reviewed_keeps_its_awards_marked_extracted():
    article = apply_corrections(extracted_article(), {})
    assert [a["source"] for a in article["awards"]] == ["extracted"]
    assert article["reviewed_at"] is None and article["awards"][0]["title"] == "predikat Zona Integritas"


def test_reviewed_awards_replace_the_extracted_ones_and_keep_their_evidence():
    text = entry(awards=[{"recipients": ["Polres Banjarbaru"], "category": "zona_integritas_wbbm",
                          "title": "predikat WBBM tahun 2024", "giver": "KemenPAN-RB", "year": 2024,
                          "event_date": "2024-12-10"}])  # fmt: skip
    reviews = parse_corrections(text)
    (award,) = apply_corrections(extracted_article(), reviews)["awards"]
    assert award["title"] == "predikat WBBM tahun 2024" and award["event_date"] == "2024-12-10"
    assert award["source"] == "reviewed" and award["reviewed_at"] == "2026-12-01"
    assert award["evidence"] == "Polres Banjarbaru meraih predikat WBBM."  # the sentence it was read from stays
    assert award["officer"] is None  # the reviewer's award is the whole award


def test_remove_add_and_unit_mapping_edit_what_extraction_found():
    reviews = parse_corrections(
        entry(
            remove=[{"category": "zona_integritas_wbbm"}],
            add=[{"recipients": ["Polres Tapin"], "category": "kapolda", "giver": "Kapolda Kalimantan Selatan"}],
            units={"Polda Kalimantan Selatan": "Polda Kalsel"},
        )
    )
    article = apply_corrections(extracted_article(), reviews)
    assert [(a["recipients"], a["recipient_ids"], a["source"]) for a in article["awards"]] == [
        (["Polres Tapin"], ["polres-tapin"], "reviewed")
    ]
    roles = {u["unit"]: u["role"] for u in article["units"]}
    # The removed award's unit is no longer a recipient; the added one is; the alias maps to the gazetteer's name.
    assert roles == {"Polres Banjarbaru": "other", "Polda Kalimantan Selatan": "other", "Polres Tapin": "recipient"}


def test_a_unit_mapping_renames_a_recipient_everywhere():
    article = extracted_article()
    article["awards"][0] |= {"recipients": ["Polres Banjar"], "recipient_ids": ["polres-banjar"]}
    article["units"][0] |= {"unit": "Polres Banjar", "unit_id": "polres-banjar"}
    reviews = parse_corrections(entry(units={"Polres Banjar": "Polres Banjarbaru"}))
    corrected = apply_corrections(article, reviews)
    assert corrected["awards"][0]["recipient_ids"] == ["polres-banjarbaru"]
    assert {u["unit"]: u["unit_id"] for u in corrected["units"]}["Polres Banjarbaru"] == "polres-banjarbaru"


def test_a_story_reviewed_as_not_received_loses_its_awards():
    reviews = parse_corrections(entry(award_role="given"))
    article = apply_corrections(extracted_article(), reviews)
    assert article["award_role"] == "given" and article["awards"] == []
    assert all(u["role"] != "recipient" for u in article["units"])


def test_checked_marks_every_award_reviewed_without_changing_it():
    reviews = parse_corrections(entry(verdict="checked"))
    before = extracted_article()
    after = apply_corrections(before, reviews)
    assert [a["source"] for a in after["awards"]] == ["reviewed"]
    assert [{k: v for k, v in a.items() if k not in ("source", "reviewed_at")} for a in after["awards"]] == before[
        "awards"
    ]


@pytest.mark.parametrize(
    "fields",
    [
        {"verdict": "checked"},
        {"add": [{"recipients": ["Polres Tapin"], "category": "kapolda"}], "remove": [{"award_no": 1}]},
        {
            "awards": [{"recipients": ["Polres Banjarbaru"], "category": "muri"}],
            "units": {"Polres Banjarbaru": "Polres Tapin"},
        },
        {"award_role": "none"},
    ],
)
def test_applying_a_review_twice_gives_what_applying_it_once_gives(fields):
    (review,) = parse_corrections(entry(**fields)).values()
    once = apply_review(extracted_article(), review)
    assert apply_review(once, review) == once


def test_a_date_yaml_itself_cannot_read_is_a_bad_date_of_its_entry():
    text = f"- url: {URL}\n  reviewed_at: 2026-12-01\n  verdict: corrected\n  add:\n  - recipients: [Polres Tapin]\n    event_date: 2023-12-32\n"
    with pytest.raises(CorrectionsError) as raised:
        parse_corrections(text)
    assert raised.value.problems == [f"entry 1 ({URL}): add[0]: bad date '2023-12-32' (write YYYY-MM-DD)"]
    text = text.replace("2023-12-32", "2023-12-31")
    assert parse_corrections(text)[URL].add[0]["event_date"] == "2023-12-31"
