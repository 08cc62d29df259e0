"""`scrapy writer`: the one process that writes the archive in a distributed crawl.

    scrapy writer -s REDIS_URL=redis://HOST:6379/0                  # runs until Ctrl-C
    scrapy writer -s REDIS_URL=redis://HOST:6379/0 --until-idle 30  # stops after 30 s with nothing to do

What it does, and how it survives being killed: crawler/distributed/writer.py.
"""

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.distributed.writer import run_writer


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "[--until-idle SECONDS] [--name NAME]"

    def short_desc(self):
        return "Drain the distributed crawl's articles from Redis into the archive"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--until-idle", type=float, default=None, help="exit after this many idle seconds")
        parser.add_argument("--name", default="main", help="this writer's processing list (default: main)")

    def run(self, args, opts):
        if not self.settings.get("REDIS_URL"):
            raise UsageError("set REDIS_URL, e.g. -s REDIS_URL=redis://127.0.0.1:6379/0")
        self.exitcode = run_writer(self.settings, name=opts.name, until_idle=opts.until_idle)
