"""`scrapy ingest-warc FILE [FILE...]`: backfill the archive from web archive (WARC) files, offline."""

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands import day, name_values, readable_file, writing_archive
from crawler.commands.reextract import process_count
from crawler.warc_ingest import Ingest, IngestOptions
from pipelines.warc_records import host_filter


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "FILE [FILE...] [-a since=YYYY-MM-DD] [-a until=YYYY-MM-DD] [-a hosts=HOST,...]"

    def short_desc(self):
        return "Run the outlet pages of WARC files through the pipelines into the archive (no network)"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument(
            "-a", dest="arguments", action="append", metavar="NAME=VALUE",
            help="since=, until= (publication days) and hosts= (full names or first labels), as in a crawl",
        )  # fmt: skip
        parser.add_argument("--workers", type=process_count, default=None, help="processes to use (default: all cores)")

    def run(self, args, opts):
        if not args:
            raise UsageError("give one or more WARC files")
        files = [readable_file("ingest-warc", path) for path in args]
        values = name_values(opts.arguments, ("since", "until", "hosts"))
        try:
            hosts = host_filter(values.get("hosts"))
        except ValueError as exc:
            raise UsageError(f"hosts: {exc}") from None
        options = IngestOptions(
            since=day(values, "since"), until=day(values, "until"), hosts=hosts, workers=opts.workers,
            corrections=self.settings.get("CORRECTIONS_PATH"),
        )  # fmt: skip
        archive = self.settings.get("ARCHIVE_PATH")
        with writing_archive("ingest-warc", archive) as db:
            summary = Ingest(db, options).run(files)
        print("\n".join(summary.lines()))
