"""Scrapy settings for the Polri awards archive.

Politeness is set here, not in code: robots.txt is obeyed, one or two
requests at a time per host, a delay that AutoThrottle widens when an outlet
slows down, and a user agent that names the project and a contact.
"""

BOT_NAME = "polri_awards"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# Who we are and how to reach us: outlets can ask us to slow down or stop.
CONTACT_URL = "https://github.com/polri-awards-archive/polri-awards-archive"
USER_AGENT = f"PolriAwardsArchive/0.1 (research archive; +{CONTACT_URL})"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# The pipelines are synchronous, so items and requests of one page gain nothing from running side by side;
# Scrapy starts this many tasks for every page it parses (100 by default).
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # each delay varies by up to ±50 %, so requests do not come on a fixed beat
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# News pages are 100-300 KB; anything past 10 MB is not an article.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOGSTATS_INTERVAL = 30.0
# Scrapy reads and parses a callback's source to warn of a generator that returns a value; its cache is keyed
# by the bound method, new on every request, so it parsed the callbacks again and again (a few % of a crawl's
# CPU). tests/test_spider_callbacks.py makes the same check once, over every spider's generators.
WARN_ON_GENERATOR_RETURN_VALUE = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's, made to check the requests that wait for a host's robots.txt too (crawler/robots.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.RobotsTxtMiddleware": 100,
    # Closest to the network, so every other middleware sees original URLs.
    "crawler.mirror.MirrorMiddleware": 960,
    # Before RetryMiddleware (550) sees the answer, so the retry waits as the outlet asked.
    "crawler.politeness.RetryAfterMiddleware": 560,
}

# One pipeline, one job, in this order.
ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.classify.ClassifyPipeline": 200,
    "pipelines.structure.StructurePipeline": 300,
    # Reviewed facts (data/corrections.yml) over what extraction found: every crawl keeps them.
    "pipelines.corrections.CorrectionsPipeline": 350,
    # The officers each story names, with their roles in its awards as reviewed.
    "pipelines.officers.OfficersPipeline": 360,
    "pipelines.dedupe.DedupePipeline": 400,
    # Watches what the others produced; its figures go into the run's record.
    "pipelines.monitor.MonitorPipeline": 800,
    "pipelines.store.StorePipeline": 900,
}

# Where the archive lives; the mirror to replay, if any (see crawler/mirror.py).
ARCHIVE_PATH = "data/archive.db"
# The reviewers' corrections, applied after extraction by crawls, re-extraction and the writer.
CORRECTIONS_PATH = "data/corrections.yml"
MIRROR_URL = None

# With -s REDIS_URL=redis://HOST:6379/0 the crawl becomes a worker of a shared crawl (crawler/distributed/).
ADDONS = {"crawler.distributed.DistributedCrawl": 0}

FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
