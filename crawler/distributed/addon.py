"""The add-on that turns a crawl into a worker of a shared crawl when REDIS_URL is set."""

from crawler.distributed.middlewares import LeaseErrorMiddleware, LeaseSpiderMiddleware
from crawler.distributed.pipeline import ITEMS_KEY, RedisItemPipeline
from pipelines.store import StorePipeline


class DistributedCrawl:
    """Add-on (ADDONS in crawler/settings.py): with REDIS_URL set, the crawl becomes a worker of a shared crawl."""

    def update_settings(self, settings):
        if not settings.get("REDIS_URL"):
            return
        settings.set("SCHEDULER", "crawler.distributed.frontier.SharedScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        # Workers come and go during a round: none may drop the shared queue when it stops.
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.setdefault("REDIS_ITEMS_KEY", ITEMS_KEY, priority="addon")
        settings.setdefault("REDIS_WORKER_TIMEOUT", 60.0, priority="addon")
        settings.replace_in_component_priority_dict("ITEM_PIPELINES", StorePipeline, RedisItemPipeline)
        if settings.getbool("REDIS_SHARED_POLITENESS", True):
            # Wrap the http and https download handlers: the host's slot is taken just before the network.
            handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
            wrapped = {scheme: handlers[scheme] for scheme in ("http", "https") if handlers.get(scheme)}
            settings.set("REDIS_WRAPPED_HANDLERS", wrapped, priority="addon")
            own = dict.fromkeys(wrapped, "crawler.distributed.politeness.SharedPolitenessHandler")
            settings.set("DOWNLOAD_HANDLERS", settings.getdict("DOWNLOAD_HANDLERS") | own, priority="addon")
        # First of all on the way back: it hears of every request that ends in an error.
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", LeaseErrorMiddleware, 1)
        # Closest to the engine: it sees a page's output after every other middleware has filtered it.
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", LeaseSpiderMiddleware, 1)
