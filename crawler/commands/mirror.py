"""`scrapy mirror DIR --port N`: serve a mirror tree of outlet pages on 127.0.0.1."""

import time
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands import port_number, refuse
from crawler.mirror import MirrorServer


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "DIR [--port PORT]"

    def short_desc(self):
        return "Serve a saved mirror of outlet pages over HTTP, for MIRROR_URL"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--port", type=port_number, default=8700)
        parser.add_argument("--bind", default="127.0.0.1")

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give one mirror folder, laid out by host name")
        if not Path(args[0]).is_dir():
            refuse("mirror", f"no mirror folder at {args[0]}")
        try:
            server = MirrorServer(args[0], host=opts.bind, port=opts.port)
        except OSError as exc:
            refuse("mirror", f"cannot listen on {opts.bind}:{opts.port}: {exc.strerror or exc}")
        url = server.start()
        print(f"Serving {args[0]} at {url} (crawl with -s MIRROR_URL={url}); Ctrl-C stops.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            server.stop()
