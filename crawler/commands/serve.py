"""`scrapy serve`: publish the archive read-only with Datasette, as the project publishes it."""

import os

from scrapy.commands import ScrapyCommand

from crawler.commands import check_can_listen, existing_archive, port_number
from crawler.publication import datasette_command, datasette_env


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # Datasette serves; Scrapy only reads the settings

    def syntax(self):
        return "[options]"

    def short_desc(self):
        return "Serve the archive read-only with Datasette (metadata, canned queries, plugins)"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--archive", help="the archive to serve, any file name (default: ARCHIVE_PATH)")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=port_number, default=8001)
        parser.add_argument(
            "--public",
            action="store_true",
            help="the profile for the internet: arbitrary SQL capped and time-limited on its own, pages cached",
        )

    def run(self, args, opts):
        archive = existing_archive("serve", opts.archive or self.settings.get("ARCHIVE_PATH"))
        check_can_listen("serve", opts.host, opts.port)
        # Immutable: no request can change it, and Datasette counts its rows once at start-up.
        command = datasette_command(archive, port=opts.port, host=opts.host, immutable=True, public=opts.public)
        os.execve(command[0], command, datasette_env(public=opts.public))
