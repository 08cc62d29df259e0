"""A worker's item pipeline: articles and the run's record go to the writer's Redis list, not to SQLite."""

import os
from datetime import UTC, datetime

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy_redis.connection import get_redis_from_settings

from crawler.distributed.codec import encode_message
from crawler.distributed.frontier import frontier_for, worker_id
from crawler.distributed.scripts import PUSH_ITEM

ITEMS_KEY = "polri_awards:items"  # one list for every spider: one writer drains it
PAGE_FIELDS = ("url", "html", "status", "headers", "fetched_at")


class RedisItemPipeline:
    """In place of StorePipeline on a worker: each finished article goes to the writer's Redis list, and
    the run's figures follow when the worker stops."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.server = get_redis_from_settings(crawler.settings)
        self.items_key = crawler.settings.get("REDIS_ITEMS_KEY", ITEMS_KEY)
        self.push = self.server.register_script(PUSH_ITEM)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        frontier = frontier_for(self.crawler)
        page = ItemAdapter(item)
        article = page["article"]
        message = {
            "kind": "article",
            "worker": frontier.worker,
            "article": article,
            "page": {field: page.get(field) for field in PAGE_FIELDS},
        }
        pushed = self.push(keys=[self.items_key, frontier.pushed_key], args=[article["url"], encode_message(message)])
        self.stats.inc_value("distributed/articles_pushed" if pushed else "distributed/articles_already_pushed")
        return item

    def item_dropped(self, item):
        """A page the extract stage refused goes to the writer as well, which remembers it in the archive
        (pipelines/refused.py) as a single-machine crawl does."""
        page = ItemAdapter(item)
        if not page.get("refused"):
            return
        message = {
            "kind": "refused",
            "worker": frontier_for(self.crawler).worker,
            "page": {field: page.get(field) for field in (*PAGE_FIELDS, "outlet", "host")},
            "detail": page["refused"],
        }
        self.server.rpush(self.items_key, encode_message(message))
        self.stats.inc_value("distributed/refused_pushed")

    def spider_closed(self, spider, reason):
        frontier = frontier_for(self.crawler)
        stats = {k: v for k, v in self.stats.get_stats().items() if isinstance(v, int | float | str)}
        started = self.stats.get_value("start_time")
        message = {
            "kind": "run",
            "worker": frontier.worker if frontier is not None else worker_id(),
            "spider": spider.name,
            "pid": os.getpid(),
            "started_at": started.isoformat(timespec="seconds") if started else None,
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "reason": reason,
            "stats": stats | {"monitor/coverage": self.stats.get_value("monitor/coverage")},
            "warnings": self.stats.get_value("monitor/warnings"),
        }
        self.server.rpush(self.items_key, encode_message(message))
