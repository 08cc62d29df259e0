"""The shared frontier: scrapy-redis's scheduler with leases, heartbeats and rounds.

A request taken from the queue is recorded under its worker (`<spider>:leases:<worker>`) in the same
Redis step, and the record goes only when what the page led to is in Redis; a worker silent for
REDIS_WORKER_TIMEOUT seconds has its leases put back in the queue by the others. A round ends when the
queue is empty and no worker holds a lease.
"""

from __future__ import annotations

import logging
import os
import socket
import weakref
from secrets import token_hex

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler

from crawler.distributed import scripts

logger = logging.getLogger(__name__)

LEASE = "frontier_lease"  # request meta: the lease this request was taken under
PARENT = "frontier_parent"  # request meta: the lease of the page whose callback yielded it


def worker_id() -> str:
    """host:pid:random, so that a worker can be told apart from a dead one with a recycled pid."""
    return f"{socket.gethostname()}:{os.getpid()}:{token_hex(2)}"


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
        for name in ("POP", "ENQUEUE", "BEAT", "GIVE_BACK", "OTHERS_BUSY"):
            setattr(scheduler, f"_{name.lower()}", scheduler.server.register_script(getattr(scripts, name)))
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
