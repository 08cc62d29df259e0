"""`scrapy review URL`: what the archive holds for a story next to its text, and an entry to edit in the
corrections file. `scrapy review --check` validates the corrections file against the archive."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import yaml
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands import existing_archive
from pipelines.corrections import AWARD_KEYS, CorrectionsError, load_corrections

# The award fields a reviewer reads and edits, in the order a story tells them.
ENTRY_FIELDS = ("recipients", "category", "title", "giver", "giver_person", "year", "placement", "event_date",
                "place", "officer", "rank", "position")  # fmt: skip


def story_of(db: sqlite3.Connection, url: str) -> tuple[dict, list[dict]] | None:
    article = db.execute(
        "select url, title, outlet, published_at, award_role, reviewed_at, text from articles where url = ?", [url]
    ).fetchone()
    if article is None:
        return None
    awards = db.execute("select * from awards where article_url = ? order by award_no", [url]).fetchall()
    return dict(article), [dict(a) | {"recipients": json.loads(a["recipients"])} for a in awards]


def entry_for(article: dict, awards: list[dict], today: str) -> dict:
    """A corrections entry saying the archive's facts are right: the reviewer edits what is not."""
    listed = [{k: a[k] for k in ENTRY_FIELDS if k in AWARD_KEYS and a.get(k) not in (None, "")} for a in awards]
    entry = {"url": article["url"], "reviewed_at": today, "reviewer": None, "verdict": "checked",
             "award_role": article["award_role"]}  # fmt: skip
    if article["award_role"] == "received":
        entry["awards"] = listed
    return entry | {"note": None}


def print_story(article: dict, awards: list[dict]) -> None:
    print(f"{article['title']}\n{article['outlet']}, {article['published_at']}\n{article['url']}\n")
    for paragraph in (article["text"] or "").split("\n"):
        print(textwrap.fill(paragraph, 100, initial_indent="  ", subsequent_indent="  "))
    reviewed = f", reviewed {article['reviewed_at']}" if article["reviewed_at"] else ""
    print(f"\nThe archive holds: award_role {article['award_role']}{reviewed}, {len(awards)} awards")
    for a in awards:
        print(f"  #{a['award_no']} [{a['source']}] {', '.join(a['recipients'])}: {a['category']}, {a['title']!r}")
        details = {k: a[k] for k in ("giver", "year", "event_date", "officer", "rank", "position") if a.get(k)}
        print("      " + ", ".join(f"{k} {v}" for k, v in details.items()))


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "URL | --check"

    def short_desc(self):
        return "Show a story's archived award facts next to its text and add a corrections entry to edit"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--check", action="store_true", help="only validate the corrections file")
        parser.add_argument("--print", dest="print_only", action="store_true", help="print the entry, do not write it")

    def run(self, args, opts):
        corrections = Path(self.settings.get("CORRECTIONS_PATH"))
        archive = existing_archive("review", self.settings.get("ARCHIVE_PATH"))
        db = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        try:
            known = {row[0] for row in db.execute("select url from articles")}
            reviews = load_corrections(corrections, known_urls=known)
        except CorrectionsError as exc:
            print(f"review: {exc}")
            self.exitcode = 1
            return
        if opts.check:
            print(f"{corrections}: {len(reviews)} reviewed stories, every entry valid")
            return
        if len(args) != 1:
            raise UsageError("give one article URL (or --check)")
        story = story_of(db, args[0])
        if story is None:
            print(f"review: no article {args[0]} in {archive}")
            self.exitcode = 1
            return
        print_story(*story)
        self.write_entry(corrections, reviews, *story, opts.print_only)

    def write_entry(self, corrections: Path, reviews: dict, article: dict, awards: list, print_only: bool):
        if article["url"] in reviews:
            print(f"\n{corrections} already has an entry for this story: edit it there.")
            return
        today = datetime.now(UTC).date().isoformat()
        text = yaml.safe_dump([entry_for(article, awards, today)], allow_unicode=True, sort_keys=False, width=110)
        print(f"\n{text}")
        if print_only:
            return
        with corrections.open("a", encoding="utf-8") as out:
            out.write(f"\n{text}")
        print(
            f"Added to {corrections} as verdict `checked`: correct what is wrong there (verdict `corrected`), "
            "name yourself as reviewer, then `scrapy reextract`."
        )
