"""Scheduled runs: cron expressions and intervals, and one real round over the sample."""

import sqlite3
from datetime import datetime, timedelta

import pytest
from helpers import scrapy

from crawler.schedule import Cron, parse_interval


@pytest.mark.parametrize(
    ("expression", "now", "due"),
    [
        ("15 */6 * * *", "2026-11-22 09:50", "2026-11-22 12:15"),
        ("0 2 * * *", "2026-11-22 02:00", "2026-11-23 02:00"),
        ("30 7 * * 1", "2026-11-22 09:00", "2026-11-23 07:30"),  # the 22nd is a Sunday
        ("0 0 1 */3 *", "2026-11-22 00:00", "2027-01-01 00:00"),
        ("*/20 8-9 * * *", "2026-11-22 09:45", "2026-11-23 08:00"),
    ],
)
def test_cron_next_run(expression, now, due):
    parse = lambda s: datetime.strptime(s, "%Y-%m-%d %H:%M")  # noqa: E731
    assert Cron(expression).next_after(parse(now)) == parse(due)


@pytest.mark.parametrize("bad", ["* * * *", "61 * * * *", "a * * * *", "*/0 * * * *"])
def test_bad_cron_is_refused(bad):
    with pytest.raises(ValueError):
        Cron(bad)


def test_intervals():
    assert parse_interval("6h") == timedelta(hours=6)
    assert parse_interval("30m") == timedelta(minutes=30)
    with pytest.raises(ValueError):
        parse_interval("6 hours")


def test_one_round_crawls_each_spider_asked_for_in_a_process_of_its_own(tmp_path, mirror_url):
    # Three outlets rather than all of them: every spider's crawl of the sample is covered by the sample_archive
    # fixture's crawlall; what this checks is the round itself (one process after another, each run recorded as finished).
    archive = tmp_path / "archive.db"
    result = scrapy("schedule", "--once", "--spiders", "antara,tangerangekspres,tribratanews",
                    "-s", f"MIRROR_URL={mirror_url}", "-s", f"ARCHIVE_PATH={archive}", "-s", "LOG_LEVEL=WARNING")  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    with sqlite3.connect(archive) as conn:
        runs = conn.execute("select spider, finish_reason from crawl_runs order by run_id").fetchall()
    assert [spider for spider, _ in runs] == ["antara", "tangerangekspres", "tribratanews"]
    assert {reason for _, reason in runs} == {"finished"}


def test_unknown_spiders_are_refused_before_any_crawl():
    result = scrapy("schedule", "--once", "--spiders", "antara,nosuchoutlet", timeout=60)
    assert result.returncode != 0
    assert "unknown spiders: nosuchoutlet" in result.stderr + result.stdout


def test_schedule_needs_exactly_one_mode():
    result = scrapy("schedule", timeout=60)
    assert result.returncode != 0
    assert "exactly one of" in result.stderr + result.stdout
