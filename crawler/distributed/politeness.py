"""Politeness across workers: each host's delay and concurrency kept in Redis, whichever worker sends."""

from secrets import token_hex

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy_redis.connection import get_redis_from_settings

from crawler.distributed.frontier import frontier_for, worker_id
from crawler.distributed.scripts import ACQUIRE

POLITENESS_PREFIX = "polri_awards:host:"


class SharedPolitenessHandler(BaseDownloadHandler):
    """Download handler for http and https: per-host delay and concurrency kept across every worker.

    It wraps the handler that would download the request otherwise and runs just before the network,
    after the worker's own download slot has waited its delay, so that the delay between two requests to
    a host holds at the moment they leave. Before a request it takes a slot for the host in Redis,
    waiting (without blocking the reactor) until fewer than CONCURRENT_REQUESTS_PER_DOMAIN requests of
    any worker are in flight and the host's delay (DOWNLOAD_DELAY, or the longer one AutoThrottle or a
    Retry-After set for the worker's slot) has passed since the last request of any worker. The slot
    goes back when the answer or the error comes, and lapses after DOWNLOAD_TIMEOUT plus a margin, or
    once its worker is presumed dead."""

    lazy = False

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.wrapped = {
            scheme: load_object(path) for scheme, path in settings.getdict("REDIS_WRAPPED_HANDLERS").items()
        }
        self.handlers: dict = {}
        self.server = get_redis_from_settings(settings)
        self.acquire = self.server.register_script(ACQUIRE)
        self.delay = settings.getfloat("DOWNLOAD_DELAY")
        self.concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or settings.getint("CONCURRENT_REQUESTS")
        self.hold_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT") + 10) * 1000)
        self.timeout = settings.getfloat("REDIS_WORKER_TIMEOUT", 60.0)

    def _handler(self, scheme: str):
        if scheme not in self.handlers:
            self.handlers[scheme] = build_from_crawler(self.wrapped[scheme], self.crawler)
        return self.handlers[scheme]

    async def download_request(self, request):
        handler = self._handler(urlparse_cached(request).scheme)
        downloader = self.crawler.engine.downloader
        host = downloader.get_slot_key(request)
        slot = downloader.slots.get(host)
        delay_ms = int(max(self.delay, slot.delay if slot is not None else 0.0) * 1000)
        frontier = frontier_for(self.crawler)
        worker = frontier.worker if frontier is not None else worker_id()
        keys = [
            f"{POLITENESS_PREFIX}{host}:slots",
            f"{POLITENESS_PREFIX}{host}:next",
            f"{self.crawler.spider.name}:workers",
        ]
        token = f"{worker}\t{token_hex(6)}"
        waited = 0
        while wait_ms := int(
            self.acquire(keys=keys, args=[token, delay_ms, self.concurrency, self.hold_ms, self.timeout])
        ):
            wait_ms = min(wait_ms, 1000)
            waited += wait_ms
            await sleep(wait_ms / 1000)
        if waited:
            self.crawler.stats.inc_value("distributed/politeness_wait_ms", waited)
        try:
            return await handler.download_request(request)
        finally:
            self.server.zrem(keys[0], token)

    async def close(self) -> None:
        for handler in self.handlers.values():
            await handler.close()
