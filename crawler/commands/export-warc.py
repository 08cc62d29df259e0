"""`scrapy export-warc OUT.warc.gz`: the archive's raw pages as a replayable WARC, with its CDXJ index."""

from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands import day, existing_archive, name_values, refuse
from crawler.outlets import OUTLETS
from crawler.warc_export import ExportOptions, export_warc
from pipelines.schema import open_archive


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "OUT.warc.gz [-a since=YYYY-MM-DD] [-a until=YYYY-MM-DD] [-a outlet=KEY] [-a awards=1] [--wacz]"

    def short_desc(self):
        return "Write the archive's raw pages as a WARC file with a CDXJ index (and a WACZ), for replay"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument(
            "-a", dest="arguments", action="append", metavar="NAME=VALUE",
            help="since=, until= (publication days), outlet=KEY, awards=1 (only stories of units receiving awards)",
        )  # fmt: skip
        parser.add_argument("--wacz", action="store_true", help="also package the WARC as OUT.wacz")

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give the WARC file to write")
        out = Path(args[0])
        if not out.parent.is_dir():
            refuse("export-warc", f"no such folder: {out.parent}")
        values = name_values(opts.arguments, ("since", "until", "outlet", "awards"))
        if values.get("outlet") and values["outlet"] not in OUTLETS:
            raise UsageError(f"outlet: not an outlet ({', '.join(OUTLETS)}): {values['outlet']!r}")
        options = ExportOptions(
            since=day(values, "since"), until=day(values, "until"), outlet=values.get("outlet"),
            awards_only=values.get("awards", "").lower() in ("1", "true", "yes"), wacz=opts.wacz,
        )  # fmt: skip
        db = open_archive(existing_archive("export-warc", self.settings.get("ARCHIVE_PATH")))
        try:
            written = export_warc(db, out, options)
        finally:
            db.conn.close()
        print(f"{written['pages']} pages written as request and response records to {written['warc']}")
        print(f"CDXJ index: {written['cdxj']}")
        if written["wacz"]:
            print(f"WACZ package: {written['wacz']}")
