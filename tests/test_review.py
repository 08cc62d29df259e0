"""Reviewed facts stay: a correction survives `scrapy reextract`, a re-crawl and the distributed writer;
a malformed corrections file stops each of them before it writes; `scrapy review` and `make eval`."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
import yaml
from helpers import ROOT, run_crawl, sample_articles, scrapy
from scrapy.settings import Settings

from crawler.distributed.codec import encode_message
from crawler.distributed.writer import ArchiveWriter, run_writer
from pipelines.page_fields import process_page
from tools.eval_awards import evaluate, reviewed_cases

URL = "https://kalsel.antaranews.com/berita/3900012/polres-banjarbaru-sabet-predikat-wbbm-2024"
TITLE = "predikat Zona Integritas Wilayah Birokrasi Bersih dan Melayani (WBBM) tahun 2024 dari KemenPAN-RB"
REVIEW = {
    "url": URL, "reviewed_at": "2026-11-30", "reviewer": "tester", "verdict": "corrected", "award_role": "received",
    "awards": [{"recipients": ["Polres Banjarbaru"], "category": "zona_integritas_wbbm", "title": TITLE,
                "giver": "KemenPAN-RB", "year": 2024, "event_date": "2024-12-10"}],
}  # fmt: skip
BAD = [
    {"url": "https://example.org/berita/1", "reviewed_at": "2026-11-30", "verdict": "checked"},
    REVIEW | {"awards": [{"recipients": ["Polres Atlantis"], "category": "kapolda"}]},
    REVIEW | {"url": URL.replace("3900012", "3900013"), "reviewed_at": "30-11-2026"},
]


def rows(archive, sql, *args):
    with sqlite3.connect(archive) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, args)]


def write(path, entries):
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def reviewed_award(archive):
    return rows(archive, "select title, event_date, source, reviewed_at from awards where article_url = ?", URL)


def facts(archive):
    return (
        rows(archive, "select url, award_role, reviewed_at, content_hash from articles order by url"),
        rows(archive, "select * from awards order by award_id"),
        rows(archive, "select * from award_list order by award_id, unit_id"),
    )


@pytest.fixture
def archive(sample_archive, tmp_path):
    copy = tmp_path / "archive.db"
    shutil.copy(sample_archive[0], copy)
    return copy


def test_a_correction_survives_reextraction(archive, tmp_path):
    # The project's reviews, with which the sample was crawled, and one more.
    project = yaml.safe_load((ROOT / "data" / "corrections.yml").read_text(encoding="utf-8"))
    corrections = write(tmp_path / "corrections.yml", [*project, REVIEW])
    assert reviewed_award(archive)[0]["source"] == "extracted"
    args = ("reextract", "--workers", "2", "-s", f"ARCHIVE_PATH={archive}", "-s", f"CORRECTIONS_PATH={corrections}")
    first = scrapy(*args)
    assert first.returncode == 0, first.stderr
    assert "1 articles changed" in first.stdout and f"{len(project) + 1} reviewed stories kept" in first.stdout
    expected = [{"title": TITLE, "event_date": "2024-12-10", "source": "reviewed", "reviewed_at": "2026-11-30"}]
    assert reviewed_award(archive) == expected
    (listed,) = rows(archive, "select source, reviewed_at from award_list where url = ?", URL)
    assert listed == {"source": "reviewed", "reviewed_at": "2026-11-30"}
    second = scrapy(*args)
    assert ": 0 articles changed" in second.stdout
    assert reviewed_award(archive) == expected


def test_a_malformed_file_gives_one_error_per_bad_entry_and_reextraction_changes_nothing(archive, tmp_path):
    corrections = write(tmp_path / "corrections.yml", [*BAD, REVIEW | {"url": URL.replace("3900012", "3900001")}])
    with sqlite3.connect(archive) as conn:  # what an older extractor left: re-extraction would change it
        conn.execute("update awards set title = 'old' where article_url = ?", [URL])
    before = facts(archive)
    result = scrapy("reextract", "-s", f"ARCHIVE_PATH={archive}", "-s", f"CORRECTIONS_PATH={corrections}")
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("entry ")]
    assert len(lines) == 3
    assert lines[0].startswith("entry 1 (https://example.org/berita/1): unknown URL")
    assert lines[1].startswith(f"entry 2 ({URL}): ") and "unknown unit 'Polres Atlantis'" in lines[1]
    assert lines[2].startswith("entry 3 (") and "bad date in reviewed_at: '30-11-2026'" in lines[2]
    assert f"{corrections}: 3 bad entries, nothing applied" in result.stdout
    assert facts(archive) == before


def test_a_correction_survives_a_recrawl_and_a_bad_file_stops_the_crawl(tmp_path, mirror_url):
    archive = tmp_path / "archive.db"
    corrections = write(tmp_path / "corrections.yml", [REVIEW])
    crawl = ("antara", archive, mirror_url, "-a", "hosts=kalsel", "-s", f"CORRECTIONS_PATH={corrections}")
    run_crawl(*crawl)
    expected = [{"title": TITLE, "event_date": "2024-12-10", "source": "reviewed", "reviewed_at": "2026-11-30"}]
    assert reviewed_award(archive) == expected
    assert rows(archive, "select count(*) as n from awards where source = 'extracted'")[0]["n"] > 3
    # Make the next crawl fetch the story again in full and store what it extracts, over a spoilt row.
    with sqlite3.connect(archive) as conn:
        conn.execute("update articles set fetched_at = '2001-01-01T00:00:00+00:00' where url = ?", [URL])
        conn.execute("update pages set headers = '{}' where url = ?", [URL])
        conn.execute("update awards set title = 'spoilt', source = 'extracted' where article_url = ?", [URL])
    log = run_crawl(*crawl, "-a", "full=1").stderr
    assert "'corrections/applied': 1" in log
    assert reviewed_award(archive) == expected
    # The same crawl with a malformed file stops before storing anything.
    before = facts(archive)
    bad = write(tmp_path / "bad.yml", BAD)
    log = run_crawl(*crawl[:-1], f"CORRECTIONS_PATH={bad}", "-a", "full=1").stderr
    assert log.count(f"{bad}: entry ") == 3 and "unknown unit 'Polres Atlantis'" in log
    assert facts(archive) == before
    assert rows(archive, "select finish_reason from crawl_runs order by run_id desc limit 1") == [
        {"finish_reason": "corrections_invalid"}
    ]


def test_the_writer_applies_its_corrections_and_refuses_a_bad_file(tmp_path, capsys):
    (story,) = [a for a in sample_articles() if a["url"] == URL]
    article = process_page(story["page"].read_text(encoding="utf-8"), URL, reviews={})
    assert [a["source"] for a in article["awards"]] == ["extracted"]
    settings = Settings({"ARCHIVE_PATH": str(tmp_path / "a.db"), "CORRECTIONS_PATH": str(write(tmp_path / "c.yml", BAD)),
                         "REDIS_URL": "redis://127.0.0.1:9/0"})  # fmt: skip
    assert run_writer(settings) == 1
    assert capsys.readouterr().out.count("\nentry ") == 3
    assert not (tmp_path / "a.db").exists()
    from pipelines.corrections import load_corrections

    reviews = load_corrections(write(tmp_path / "good.yml", [REVIEW]))
    writer = ArchiveWriter(settings, str(tmp_path / "a.db"), "test", reviews)
    message = {"kind": "article", "worker": "w1", "article": article, "page": {"html": "<p></p>", "fetched_at": "x"}}
    assert writer.handle(encode_message(message)) == 1
    assert reviewed_award(tmp_path / "a.db")[0]["source"] == "reviewed"


def test_scrapy_review_shows_a_story_and_adds_an_entry_to_edit(archive, tmp_path):
    corrections = tmp_path / "corrections.yml"
    corrections.write_text("# reviewed facts\n", encoding="utf-8")
    settings = ("-s", f"ARCHIVE_PATH={archive}", "-s", f"CORRECTIONS_PATH={corrections}")
    result = scrapy("review", URL, *settings)
    assert result.returncode == 0, result.stderr
    assert "Polres Banjarbaru sabet predikat WBBM 2024" in result.stdout
    assert (
        "The archive holds: award_role received" in result.stdout and "[extracted] Polres Banjarbaru" in result.stdout
    )
    (entry,) = yaml.safe_load(corrections.read_text(encoding="utf-8"))
    assert entry["url"] == URL and entry["verdict"] == "checked"
    assert entry["awards"][0]["recipients"] == ["Polres Banjarbaru"]
    again = scrapy("review", URL, *settings)
    assert "already has an entry for this story" in again.stdout
    assert len(yaml.safe_load(corrections.read_text(encoding="utf-8"))) == 1
    assert "1 reviewed stories, every entry valid" in scrapy("review", "--check", *settings).stdout
    write(corrections, [REVIEW | {"url": URL + "-gone"}])
    check = scrapy("review", "--check", *settings)
    assert check.returncode == 1 and "not in the archive" in check.stdout


def test_every_reviewed_story_is_an_evaluation_case(archive, tmp_path):
    corrections = write(
        tmp_path / "corrections.yml", [REVIEW, {**REVIEW, "url": URL.replace("3900012", "x"), "awards": []}]
    )
    (case,) = reviewed_cases(archive, corrections)  # the second is not in the archive
    assert case["id"] == URL and case["awards"][0]["title"] == TITLE and case["awards"][0]["event_date"] == "2024-12-10"
    figures = evaluate([case]).figures()
    assert figures["received F1"] == 1.0 and figures["event_date"] == 0.0  # the rules miss the ceremony's date
    result = __import__("subprocess").run(
        [".venv/bin/python", "-m", "tools.eval_awards", "--part", "reviewed", "--archive", str(archive)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and result.stdout.split("\n")[0].split() == ["reviewed"]
