"""`scrapy schedule`: crawl every outlet on a schedule, in a long-running process.

    scrapy schedule --every 6h
    scrapy schedule --cron "15 */6 * * *"
    scrapy schedule --once            # one round now, then exit

Each round crawls the spiders one after another, each in its own process (so a
crash in one outlet cannot take the scheduler down), with the settings given
to this command (`-s ARCHIVE_PATH=...`). The archive's lock keeps a round from
overlapping a crawl started by hand.
"""

import subprocess
import sys
import time
from datetime import datetime

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.schedule import Cron, parse_interval


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self):
        return "(--every INTERVAL | --cron EXPRESSION | --once) [--spiders a,b]"

    def short_desc(self):
        return "Run all crawls every N hours or on a cron expression"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--every", help="interval between rounds, e.g. 6h, 30m, 1d")
        parser.add_argument("--cron", help='cron expression, e.g. "15 */6 * * *" (local time)')
        parser.add_argument("--once", action="store_true", help="run one round now and exit")
        parser.add_argument("--spiders", help="comma-separated spiders (default: every spider)")

    def run(self, args, opts):
        if sum(bool(x) for x in (opts.every, opts.cron, opts.once)) != 1:
            raise UsageError("give exactly one of --every, --cron or --once")
        try:
            interval = parse_interval(opts.every) if opts.every else None
            cron = Cron(opts.cron) if opts.cron else None
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        from scrapy.spiderloader import get_spider_loader

        available = get_spider_loader(self.settings).list()
        spiders = opts.spiders.split(",") if opts.spiders else sorted(available)
        unknown = set(spiders) - set(available)
        if unknown:
            raise UsageError(f"unknown spiders: {', '.join(sorted(unknown))}")
        overrides = [arg for pair in (opts.set or []) for arg in ("-s", pair)]
        while True:
            started = datetime.now()
            failed = self.round(spiders, overrides)
            if opts.once:
                self.exitcode = 1 if failed else 0
                return
            due = cron.next_after(datetime.now()) if cron else started + interval
            print(f"[schedule] next round at {due:%Y-%m-%d %H:%M:%S}", flush=True)
            time.sleep(max(0.0, (due - datetime.now()).total_seconds()))

    @staticmethod
    def round(spiders: list[str], overrides: list[str]) -> int:
        failed = 0
        for spider in spiders:
            print(f"[schedule] {datetime.now():%Y-%m-%d %H:%M:%S} crawling {spider}", flush=True)
            result = subprocess.run([sys.executable, "-m", "scrapy.cmdline", "crawl", spider, *overrides])
            if result.returncode != 0:
                failed += 1
                print(f"[schedule] {spider} exited with {result.returncode}", flush=True)
        return failed
