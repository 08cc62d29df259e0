"""`scrapy demo`: the whole product on the bundled offline sample, no internet needed.

Serves data/sample on 127.0.0.1, crawls it with every outlet spider that
has pages in it, on those hosts only (real engine, real HTTP, real
pipelines), into ARCHIVE_PATH, prints what was archived, then starts
Datasette on http://127.0.0.1:8001.
"""

import os
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.mirror import MirrorServer
from crawler.publication import datasette_command
from pipelines.store import open_archive

ROOT = Path(__file__).resolve().parents[2]


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = True

    def short_desc(self):
        return "Crawl the bundled offline sample into the archive and serve it with Datasette"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--sample", default=str(ROOT / "data" / "sample"))
        parser.add_argument("--port", type=int, default=8001, help="Datasette's port")
        parser.add_argument("--no-serve", action="store_true", help="stop after the crawl")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        if not Path(opts.sample, "kalsel.antaranews.com").is_dir():
            raise UsageError(f"no offline sample at {opts.sample}")
        self.server = MirrorServer(opts.sample)
        self.settings.set("MIRROR_URL", self.server.url, priority="cmdline")

    def run(self, args, opts):
        url = self.server.start()
        print(f"Offline sample served at {url}", flush=True)
        # Each spider crawls only the hosts the sample has pages of: the others would only answer 404.
        sample_hosts = {path.name for path in Path(opts.sample).iterdir() if path.is_dir()}
        loader = self.crawler_process.spider_loader
        for name in sorted(loader.list()):
            hosts = sorted(set(loader.load(name).outlet.hosts) & sample_hosts)
            if hosts:
                self.crawler_process.crawl(name, hosts=",".join(hosts))
            else:
                print(f"{name}: the offline sample has no pages of its hosts; not crawled", flush=True)
        self.crawler_process.start()
        self.server.stop()
        archive = self.settings.get("ARCHIVE_PATH")
        db = open_archive(archive)
        print(f"\nArchive {archive}:")
        for row in db.query("select outlet, count(*) as n from articles group by outlet order by outlet"):
            print(f"  {row['outlet']:<20} {row['n']:>5} articles")
        db.conn.close()
        if opts.no_serve:
            return
        print(f"\nDatasette: http://127.0.0.1:{opts.port}/  (Ctrl-C stops)", flush=True)
        command = datasette_command(archive, port=opts.port)
        os.execv(command[0], command)
