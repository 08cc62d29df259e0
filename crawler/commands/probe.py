"""`scrapy probe [OUTLET ...]`: before a live crawl, and on a schedule, does each outlet's config hold?

    scrapy probe                         every outlet, every host
    scrapy probe rri jpnn --articles 2   some outlets, two articles per host
    scrapy probe tribun --hosts banten   some hosts

Each outlet's own spider runs through the real engine with `-a probe=N`: robots.txt (obeyed),
sitemaps, feeds and the first listing pages, then at most N articles per host, at the settings'
polite delays, through extraction and classification only (nothing is archived). It prints a line
per host (crawler/probe.py says what each column means), writes the same table to probe.txt next
to the archive (or --output), and exits with status 1 when an outlet yields no article at all.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.outlets import OUTLETS
from crawler.probe import PROBE_PIPELINES, HostProbe, failed_outlets, table


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = True

    def syntax(self):
        return "[OUTLET ...] [--articles N] [--hosts a,b] [--output FILE]"

    def short_desc(self):
        return "Check each outlet's config on its sites with a few articles per host"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--articles", type=int, default=3, help="articles per host (default 3)")
        parser.add_argument("--hosts", help="comma-separated hosts (full names or first labels)")
        parser.add_argument("--output", help="where the table goes too (default: probe.txt next to the archive)")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        names = sorted(get_spider_loader(self.settings).list())
        unknown = sorted(set(args) - set(names))
        if unknown:
            raise UsageError(f"unknown outlets: {', '.join(unknown)} (there are {', '.join(names)})")
        if opts.articles < 1:
            raise UsageError("--articles must be at least 1")
        self.plan = self._plan([n for n in names if not args or n in args], opts.hosts)
        self.output = Path(opts.output or Path(self.settings.get("ARCHIVE_PATH")).with_name("probe.txt"))
        self.settings.set("ITEM_PIPELINES", PROBE_PIPELINES, priority="cmdline")  # over the project's own

    @staticmethod
    def _plan(names: list[str], hosts: str | None) -> dict[str, list[str]]:
        """The hosts to probe per outlet: all of them, or those --hosts names."""
        if not hosts:
            return {name: list(OUTLETS[name].hosts) for name in names}
        wanted = {h.strip() for h in hosts.split(",") if h.strip()}
        plan = {}
        for name in names:
            chosen = [h for h in OUTLETS[name].hosts if h in wanted or h.split(".", 1)[0] in wanted]
            if chosen:
                plan[name] = chosen
        found = {h for chosen in plan.values() for h in chosen}
        missing = wanted - found - {h.split(".", 1)[0] for h in found}
        if missing:
            raise UsageError(f"no outlet probed has these hosts: {', '.join(sorted(missing))}")
        return plan

    def run(self, args, opts):
        probes = []
        for name, hosts in self.plan.items():
            crawler = self.crawler_process.create_crawler(name)
            probes.append(HostProbe(crawler, name, hosts))
            self.crawler_process.crawl(crawler, probe=opts.articles, hosts=",".join(hosts))
        self.crawler_process.start()
        rows = [row for probe in probes for row in probe.rows.values()]
        mirror = self.settings.get("MIRROR_URL")
        where = f"the mirror at {mirror}" if mirror else "the live sites"
        report = [
            f"scrapy probe, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {opts.articles} articles per host, on {where}",
            table(rows),
        ]
        failed = failed_outlets(rows)
        if failed:
            report.append(f"No article from: {', '.join(failed)}. Check those outlets before a crawl (README).")
        text = "\n".join(report) + "\n"
        print(text, end="", flush=True)
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.output.write_text(text, encoding="utf-8")
        if failed or getattr(self.crawler_process, "bootstrap_failed", False):
            self.exitcode = 1
