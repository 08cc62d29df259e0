"""`scrapy demo`: the whole product on the bundled offline sample, no internet needed.

Serves data/sample on 127.0.0.1, crawls it with every outlet spider that has pages in it, on those
hosts only (real engine, real HTTP, real pipelines), into ARCHIVE_PATH, prints what was archived,
then starts Datasette on http://127.0.0.1:8001.

The terminal shows the demo's own lines: what it crawls, a line per spider as it finishes, what it
archived. Scrapy's log goes to demo.log next to the archive (LOG_FILE); `-v` keeps it in the terminal.
"""

import os
import time
from pathlib import Path

from scrapy import signals
from scrapy.commands import ScrapyCommand

from crawler.commands import check_can_listen, port_number, refuse
from crawler.mirror import MirrorServer
from crawler.publication import datasette_command
from pipelines.schema import open_archive

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"

# Per outlet: articles, award stories (a Polri unit receives an award) and the awards extracted from them.
ARCHIVED = """select outlet, count(*) as articles, sum(award_role = 'received') as award_stories,
  (select count(*) from awards join articles as story on story.url = awards.article_url
   where story.outlet = articles.outlet) as awards
from articles group by outlet order by outlet"""


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = True

    def short_desc(self):
        return "Crawl the bundled offline sample into the archive and serve it with Datasette"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--sample", default=str(ROOT / "data" / "sample"))
        parser.add_argument("--port", type=port_number, default=8001, help="Datasette's port")
        parser.add_argument("--no-serve", action="store_true", help="stop after the crawl")
        parser.add_argument("-v", "--verbose", action="store_true", help="Scrapy's log in the terminal too")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        if not Path(opts.sample, "kalsel.antaranews.com").is_dir():
            refuse("demo", f"no offline sample at {opts.sample}")
        if not opts.no_serve:  # found out now, not after the crawl
            check_can_listen("demo", HOST, opts.port)
        if not opts.verbose and not self.settings.get("LOG_FILE"):  # --logfile or -s LOG_FILE=... choose another
            log = Path(self.settings.get("ARCHIVE_PATH")).with_name("demo.log")
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text("")  # one demo's log; Scrapy appends each spider's to it
            self.settings.set("LOG_FILE", str(log), priority="command")
        self.server = MirrorServer(opts.sample, host=HOST)
        self.settings.set("MIRROR_URL", self.server.url, priority="cmdline")

    def run(self, args, opts):
        url = self.server.start()
        print(f"Offline sample served at {url}; crawling it with the real spiders:", flush=True)
        self.crawl_sample(Path(opts.sample))
        if self.settings.get("LOG_FILE"):
            print(f"Scrapy's log: {self.settings.get('LOG_FILE')}", flush=True)
        self.crawler_process.start()
        self.server.stop()
        archive = self.settings.get("ARCHIVE_PATH")
        print_archived(archive)
        if opts.no_serve:
            return
        print(f"\nDatasette: http://{HOST}:{opts.port}/  (Ctrl-C stops)", flush=True)
        command = datasette_command(archive, port=opts.port)
        os.execv(command[0], command)

    def crawl_sample(self, sample: Path) -> None:
        """Schedule each spider on the hosts the sample has pages of: the others would only answer 404."""
        sample_hosts = {path.name for path in sample.iterdir() if path.is_dir()}
        loader = self.crawler_process.spider_loader
        for name in sorted(loader.list()):
            hosts = sorted(set(loader.load(name).outlet.hosts) & sample_hosts)
            if not hosts:
                print(f"  {name:<18} no pages of its hosts in the offline sample; not crawled", flush=True)
                continue
            print(f"  {name:<18} {', '.join(hosts)}", flush=True)
            crawler = self.crawler_process.create_crawler(name)
            report_when_closed(crawler)
            self.crawler_process.crawl(crawler, hosts=",".join(hosts))


def report_when_closed(crawler) -> None:
    """A line per spider as it finishes: how long it took, what it fetched and extracted."""
    started = []

    def opened(spider):
        started.append(time.monotonic())

    def closed(spider, reason):
        stats = crawler.stats
        pages = stats.get_value("downloader/response_count", 0)
        articles = stats.get_value("item_scraped_count", 0)
        outcome = "done" if reason == "finished" else f"stopped ({reason})"
        print(f"  {spider.name:<18} {outcome} in {time.monotonic() - started[0]:.1f} s: "
              f"{pages} pages fetched, {articles} articles", flush=True)  # fmt: skip

    crawler.signals.connect(opened, signal=signals.spider_opened, weak=False)
    crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)


def print_archived(archive: str) -> None:
    """What the archive holds per outlet after the crawl."""
    db = open_archive(archive)
    print(f"\nArchive {archive}:")
    print(f"  {'outlet':<18} {'articles':>8} {'award stories':>14} {'awards':>7}")
    for row in db.query(ARCHIVED):
        print(f"  {row['outlet']:<18} {row['articles']:>8} {row['award_stories']:>14} {row['awards']:>7}")
    db.conn.close()
