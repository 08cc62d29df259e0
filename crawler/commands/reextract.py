"""`scrapy reextract`: rebuild every derived field and table from the stored pages, offline."""

import argparse

from scrapy.commands import ScrapyCommand

from crawler.commands import existing_archive, writing_archive
from pipelines.reextract import reextract


def process_count(value: str) -> int:
    """The argparse type of --workers: a number of processes, at least one."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return int(value)


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def short_desc(self):
        return "Re-run extraction, classification and award structure over every stored page, refused ones too (no network)"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--workers", type=process_count, default=None, help="processes to use (default: all cores)")

    def run(self, args, opts):
        archive = existing_archive("reextract", self.settings.get("ARCHIVE_PATH"))
        with writing_archive("reextract", archive) as db:
            summary = reextract(db, workers=opts.workers, corrections=self.settings.get("CORRECTIONS_PATH"))
        print(
            f"{summary['pages']} pages on {summary['workers']} processes: {summary.get('changed', 0)} articles changed, "
            f"{summary.get('unchanged', 0)} unchanged, {summary.get('errors', 0)} errors; "
            f"{summary.get('reviewed', 0)} reviewed stories kept their reviewed facts"
        )
        print(
            f"{summary['refused']} pages refused before as no article retried: "
            f"{summary.get('refused_adopted', 0)} now articles, {summary.get('refused_refused', 0)} still refused"
        )
        for field, count in sorted(summary["fields_changed"].items(), key=lambda kv: -kv[1]):
            print(f"  {field:<20} {count} articles")
