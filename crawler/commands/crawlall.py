"""`scrapy crawlall`: every outlet spider at once, in one process, into one archive.

    scrapy crawlall [-a since=YYYY-MM-DD] [-a backfill=1] [--spiders a,b] [-s ARCHIVE_PATH=...]

Spider arguments (`-a`) go to every spider. The spiders share the process's
downloader (each outlet host keeps its own politeness slot) and the archive's
lock, so a round of all outlets costs one start-up instead of one per outlet.
At the end it prints what the archive holds per outlet.
"""

from pathlib import Path

from scrapy.commands import BaseRunSpiderCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from pipelines.schema import open_archive


class Command(BaseRunSpiderCommand):
    requires_project = True
    requires_crawler_process = True

    def syntax(self):
        return "[-a NAME=VALUE ...] [--spiders a,b]"

    def short_desc(self):
        return "Run every outlet spider in one process"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--spiders", help="comma-separated spiders (default: every spider)")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        # Checked before the crawler process exists, so a typo is not buried under Scrapy's start-up log.
        names = sorted(get_spider_loader(self.settings).list())
        if opts.spiders:
            wanted = [s.strip() for s in opts.spiders.split(",") if s.strip()]
            if not wanted:
                raise UsageError("--spiders names no spider")
            unknown = sorted(set(wanted) - set(names))
            if unknown:
                raise UsageError(f"unknown spiders: {', '.join(unknown)} (there are {', '.join(names)})")
            names = [n for n in names if n in wanted]
        self.spider_names = names

    def run(self, args, opts):
        for name in self.spider_names:
            self.crawler_process.crawl(name, **opts.spargs)
        self.crawler_process.start()
        if getattr(self.crawler_process, "bootstrap_failed", False):
            self.exitcode = 1
        archive = self.settings.get("ARCHIVE_PATH")
        if not Path(archive).exists():
            return
        db = open_archive(archive)
        print(f"\nArchive {archive}:")
        for row in db.query("select outlet, count(*) as n from articles group by outlet order by outlet"):
            print(f"  {row['outlet']:<20} {row['n']:>5} articles")
        db.conn.close()
