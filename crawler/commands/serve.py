"""`scrapy serve`: publish the archive read-only with Datasette, as the project publishes it."""

import os
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.publication import datasette_command


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self):
        return "[options]"

    def short_desc(self):
        return "Serve the archive read-only with Datasette (metadata, canned queries, plugins)"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--archive", help="the archive to serve (default: ARCHIVE_PATH)")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8001)

    def run(self, args, opts):
        archive = opts.archive or self.settings.get("ARCHIVE_PATH")
        if not Path(archive).is_file():
            raise UsageError(f"no archive at {archive}: run a crawl first (or `scrapy demo`)")
        # Immutable: no request can change it, and Datasette counts its rows once at start-up.
        command = datasette_command(archive, port=opts.port, host=opts.host, immutable=True)
        os.execv(command[0], command)
