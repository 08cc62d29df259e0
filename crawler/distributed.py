"""Crawling on several machines: a shared Redis frontier, one archive writer, politeness across workers.

`-s REDIS_URL=redis://HOST:6379/0` turns a crawl into one worker of a shared crawl (the `DistributedCrawl`
add-on switches everything on; without REDIS_URL nothing here runs):

- The frontier is scrapy-redis's: one priority queue and one duplicate filter per spider in Redis, so two
  workers never fetch the same URL and the second worker's start requests (robots.txt, feeds, sitemaps)
  are dropped as duplicates. `SharedScheduler` adds leases: a request taken from the queue is recorded
  under the worker (`<spider>:leases:<worker>`) in the same Redis step, and the record goes only when
  what the page led to (new requests, the article) is in Redis. A worker that stops sending heartbeats
  for REDIS_WORKER_TIMEOUT seconds (killed, machine lost) is presumed dead: any other worker puts its
  leased requests back in the queue. A request taken twice that way is harmless: its links are already
  in the duplicate filter and its article in the round's set of pushed articles.
- Workers write no SQLite: `RedisItemPipeline` pushes each finished article (JSON; the MinHash signature
  in base64) to one Redis list, and `scrapy writer` drains it into the archive (crawler/commands/writer.py).
- `SharedPolitenessHandler` keeps each host's delay and concurrency across all workers: just before a
  request leaves, its worker takes a slot for the host in Redis (at most CONCURRENT_REQUESTS_PER_DOMAIN
  at once, and DOWNLOAD_DELAY, or the longer delay AutoThrottle or Retry-After set, between two starts).
  `-s REDIS_SHARED_POLITENESS=0` leaves each worker with only its own delay (a mirror of your own).
- A round ends when the queue is empty and no worker holds a lease; the next worker to start then finds
  no live worker and an empty queue, and begins a new round (it clears the duplicate filter). A worker
  started while others run joins their round; one started after every worker died resumes it.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import weakref
from datetime import UTC, datetime
from secrets import token_hex

from itemadapter import ItemAdapter, is_item
from scrapy import Request, signals
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.asyncio import create_looping_call, sleep
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.scheduler import Scheduler

from pipelines.store import StorePipeline

logger = logging.getLogger(__name__)

ITEMS_KEY = "polri_awards:items"  # one list for every spider: one writer drains it
POLITENESS_PREFIX = "polri_awards:host:"
LEASE = "frontier_lease"  # request meta: the lease this request was taken under
PARENT = "frontier_parent"  # request meta: the lease of the page whose callback yielded it
PAGE_FIELDS = ("url", "html", "status", "headers", "fetched_at")

# Take the best request and record it under this worker, in one step: a worker killed at any point
# leaves each request either in the queue or in its leases.
POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local lease = redis.sha1hex(top[1])
redis.call('HSET', KEYS[2], lease, top[2] .. '\\n' .. top[1])
return {lease, top[1]}
"""

# Mark the request seen and queue it together (a worker killed between the two would lose it), and
# release the lease of the request it replaces (a redirect or a retry) in the same step.
ENQUEUE = """
local added = 1
if ARGV[1] ~= '' then added = redis.call('SADD', KEYS[2], ARGV[1]) end
if added == 1 then redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3]) end
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[3], ARGV[4]) end
return added
"""

# Heartbeat: put the leases of workers silent for ARGV[2] seconds back in the queue, then record this
# worker as alive. With ARGV[4] = '1' (a worker starting), an empty queue and no live worker mean the
# previous round is over: forget its duplicate filter and pushed articles.
BEAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
local moved = 0
for _, worker in ipairs(dead) do
  if worker ~= ARGV[3] then
    for _, lease in ipairs(redis.call('HVALS', ARGV[1] .. worker)) do
      local cut = string.find(lease, '\\n', 1, true)
      redis.call('ZADD', KEYS[2], tonumber(string.sub(lease, 1, cut - 1)), string.sub(lease, cut + 1))
      moved = moved + 1
    end
    redis.call('DEL', ARGV[1] .. worker)
    redis.call('ZREM', KEYS[1], worker)
  end
end
local fresh = 0
if ARGV[4] == '1' and redis.call('ZCARD', KEYS[2]) == 0 then
  local others = redis.call('ZCARD', KEYS[1]) - (redis.call('ZSCORE', KEYS[1], ARGV[3]) and 1 or 0)
  if others == 0 then
    redis.call('DEL', KEYS[3], KEYS[4])
    fresh = 1
  end
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
return {moved, fresh}
"""

# A worker that stops early (Ctrl-C, an error) gives its unfinished requests back.
GIVE_BACK = """
local moved = 0
for _, lease in ipairs(redis.call('HVALS', KEYS[2])) do
  local cut = string.find(lease, '\\n', 1, true)
  redis.call('ZADD', KEYS[1], tonumber(string.sub(lease, 1, cut - 1)), string.sub(lease, cut + 1))
  moved = moved + 1
end
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[1])
return moved
"""

# Is anyone else still at work? Leases of the other live workers.
OTHERS_BUSY = """
local busy = 0
for _, worker in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if worker ~= ARGV[2] then busy = busy + redis.call('HLEN', ARGV[1] .. worker) end
end
return busy
"""

# An article goes to the writer once per round, even if its page was fetched twice (a request put
# back after its worker was presumed dead).
PUSH_ITEM = """
if redis.call('SADD', KEYS[2], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[1], ARGV[2])
  return 1
end
return 0
"""

# A request to a host may start when fewer than ARGV[3] requests to it are in flight (slots of workers
# that are no longer alive do not count) and the host's delay since the last start has passed.
# Returns 0 (go) or how many milliseconds to wait. Redis's clock, so that workers' clocks may differ.
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  for _, slot in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
    local owner = string.sub(slot, 1, string.find(slot, '\\t', 1, true) - 1)
    local beat = redis.call('ZSCORE', KEYS[3], owner)
    if not beat or tonumber(beat) < now / 1000 - tonumber(ARGV[5]) then redis.call('ZREM', KEYS[1], slot) end
  end
  if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 50 end
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[2], now + tonumber(ARGV[2]), 'PX', ARGV[2]) end
return 0
"""


def worker_id() -> str:
    """host:pid:random, so that a worker can be told apart from a dead one with a recycled pid."""
    return f"{socket.gethostname()}:{os.getpid()}:{token_hex(2)}"


class DistributedCrawl:
    """Add-on (ADDONS in crawler/settings.py): with REDIS_URL set, the crawl becomes a worker of a shared crawl."""

    def update_settings(self, settings):
        if not settings.get("REDIS_URL"):
            return
        settings.set("SCHEDULER", "crawler.distributed.SharedScheduler", priority="addon")
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
            own = dict.fromkeys(wrapped, "crawler.distributed.SharedPolitenessHandler")
            settings.set("DOWNLOAD_HANDLERS", settings.getdict("DOWNLOAD_HANDLERS") | own, priority="addon")
        # First of all on the way back: it hears of every request that ends in an error.
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", LeaseErrorMiddleware, 1)
        # Closest to the engine: it sees a page's output after every other middleware has filtered it.
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", LeaseSpiderMiddleware, 1)


_frontiers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def frontier_for(crawler) -> SharedScheduler | None:
    return _frontiers.get(crawler)


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler with leases, heartbeats and rounds (see the module's docstring)."""

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.worker = worker_id()
        scheduler.timeout = crawler.settings.getfloat("REDIS_WORKER_TIMEOUT", 60.0)
        for name in ("POP", "ENQUEUE", "BEAT", "GIVE_BACK", "OTHERS_BUSY", "PUSH_ITEM"):
            setattr(scheduler, f"_{name.lower()}", scheduler.server.register_script(globals()[name]))
        scheduler.outputs = {}  # lease -> [outputs not yet in Redis, callback still running]
        scheduler.item_leases = {}  # id(item) -> lease of the page it came from
        scheduler.heartbeat = None
        scheduler.waiting = False  # idle, kept open while other workers are busy
        _frontiers[crawler] = scheduler
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(scheduler.item_done, signal=signal)
        return scheduler

    # --- joining and leaving a round ----------------------------------------------

    def open(self, spider):
        # scrapy-redis's open() without its flush-on-start and its deprecated Spider.log() call.
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server, spider=spider, key=self.queue_key % {"spider": spider.name}, serializer=self.serializer
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        name = spider.name
        self.workers_key = f"{name}:workers"
        self.lease_prefix = f"{name}:leases:"
        self.leases_key = self.lease_prefix + self.worker
        self.pushed_key = f"{name}:pushed"
        moved, fresh = self._beat_once(starting=True)
        waiting = len(self.queue)
        if fresh:
            logger.info("Worker %s starts a new round of %s", self.worker, name)
        else:
            logger.info("Worker %s joins the round of %s in progress (%d requests queued)", self.worker, name, waiting)
        self.stats.set_value("distributed/worker", self.worker)
        self.heartbeat = create_looping_call(self._heartbeat)
        self.heartbeat.start(max(0.5, self.timeout / 4), now=False)

    def close(self, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if reason == "finished":
            # The crawl was idle: every lease left is of a request that is done (or failed).
            self.server.delete(self.leases_key)
            self.server.zrem(self.workers_key, self.worker)
        else:
            moved = self._give_back(keys=[self.queue.key, self.leases_key, self.workers_key], args=[self.worker])
            if moved:
                logger.info("Gave %d unfinished requests back to the shared queue", moved)
        super().close(reason)

    def _heartbeat(self) -> None:
        moved, _ = self._beat_once()
        if self.waiting and (moved or len(self.queue)):
            # Scrapy looks at an idle spider's scheduler only every 5 s: wake it now that there is work.
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.nextcall.schedule()

    def _beat_once(self, starting: bool = False) -> tuple[int, int]:
        moved, fresh = self._beat(
            keys=[self.workers_key, self.queue.key, self.df.key, self.pushed_key],
            args=[self.lease_prefix, self.timeout, self.worker, "1" if starting else "0"],
        )
        if moved:
            logger.warning("Took back %d requests from workers silent for %.0f s", moved, self.timeout)
            self.stats.inc_value("distributed/requests_taken_back", moved)
        return moved, fresh

    # --- the queue ---------------------------------------------------------------

    def enqueue_request(self, request: Request) -> bool:
        parent = request.meta.pop(PARENT, None)
        replaced = request.meta.pop(LEASE, None)
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        added = self._enqueue(
            keys=[self.queue.key, self.df.key, self.leases_key],
            args=[fingerprint, -request.priority, self.queue._encode_request(request), replaced or ""],
        )
        if parent is not None:
            self.output_done(parent)
        if not added:
            self.df.log(request, self.spider)
            self.stats.inc_value("distributed/duplicates_dropped")
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        taken = self._pop(keys=[self.queue.key, self.leases_key])
        if not taken:
            return None
        self.waiting = False
        lease, data = taken
        request = self.queue._decode_request(data)
        request.meta[LEASE] = lease.decode()
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    # --- leases ------------------------------------------------------------------

    def release(self, lease: str) -> None:
        self.server.hdel(self.leases_key, lease)

    def output_started(self, lease: str) -> None:
        self.outputs[lease] = [0, True]

    def output_added(self, lease: str) -> None:
        self.outputs[lease][0] += 1

    def output_done(self, lease: str) -> None:
        state = self.outputs.get(lease)
        if state is None:
            return
        state[0] -= 1
        self._maybe_release(lease, state)

    def output_finished(self, lease: str) -> None:
        state = self.outputs.get(lease)
        if state is not None:
            state[1] = False
            self._maybe_release(lease, state)

    def _maybe_release(self, lease: str, state: list) -> None:
        if state[0] <= 0 and not state[1]:
            del self.outputs[lease]
            self.release(lease)

    def bind_item(self, item, lease: str) -> None:
        self.item_leases[id(item)] = lease
        self.output_added(lease)

    def item_done(self, item, **kwargs) -> None:
        lease = self.item_leases.pop(id(item), None)
        if lease is not None:
            self.output_done(lease)

    # --- the end of a round ------------------------------------------------------

    def spider_idle(self, spider):
        # Idle: nothing of this worker is in flight, so its leases left are of finished requests.
        self.server.delete(self.leases_key)
        self.outputs.clear()
        self.item_leases.clear()
        moved, _ = self._beat_once()
        if moved or len(self.queue):
            raise DontCloseSpider
        busy = self._others_busy(keys=[self.workers_key], args=[self.lease_prefix, self.worker])
        if busy:
            # Another worker's pages may still lead to new requests: wait for them.
            if not self.waiting:
                self.stats.inc_value("distributed/idle_waits")
            self.waiting = True
            raise DontCloseSpider


class LeaseSpiderMiddleware:
    """Releases a page's lease once everything its callback yielded is in Redis."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_spider_output(self, response, result):
        frontier = frontier_for(self.crawler)
        lease = response.meta.get(LEASE) if frontier is not None else None
        if lease is None:
            async for output in result:
                yield output
            return
        frontier.output_started(lease)
        try:
            async for output in result:
                if isinstance(output, Request):
                    output.meta[PARENT] = lease
                    frontier.output_added(lease)
                elif is_item(output):
                    frontier.bind_item(output, lease)
                yield output
        finally:
            frontier.output_finished(lease)


class LeaseErrorMiddleware:
    """Releases the lease of a request that ends in an error (no callback runs for it)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_exception(self, request, exception):
        frontier = frontier_for(self.crawler)
        lease = request.meta.get(LEASE)
        if frontier is not None and lease is not None:
            frontier.release(lease)


def _encode_bytes(value):
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _decode_bytes(obj: dict):
    if len(obj) == 1 and "$base64" in obj:
        return base64.b64decode(obj["$base64"])
    return obj


def encode_message(message: dict) -> bytes:
    """An article or a run record as JSON for the writer; bytes (the MinHash signature) as {"$base64": ...}."""
    return json.dumps(message, default=_encode_bytes, ensure_ascii=False).encode("utf-8")


def decode_message(raw: bytes) -> dict:
    return json.loads(raw, object_hook=_decode_bytes)


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
