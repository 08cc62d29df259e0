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
  in base64) to one Redis list, and `scrapy writer` drains it into the archive (`ArchiveWriter`).
- `SharedPolitenessHandler` keeps each host's delay and concurrency across all workers: just before a
  request leaves, its worker takes a slot for the host in Redis (at most CONCURRENT_REQUESTS_PER_DOMAIN
  at once, and DOWNLOAD_DELAY, or the longer delay AutoThrottle or Retry-After set, between two starts).
  `-s REDIS_SHARED_POLITENESS=0` leaves each worker with only its own delay (a mirror of your own).
- A round ends when the queue is empty and no worker holds a lease; the next worker to start then finds
  no live worker and an empty queue, and begins a new round (it clears the duplicate filter). A worker
  started while others run joins their round; one started after every worker died resumes it.

One module per job: `addon` switches the rest on, `frontier` (the scheduler with leases, heartbeats and
rounds), `middlewares` (releasing leases), `pipeline` (articles to Redis), `codec` (their JSON),
`politeness` (the shared per-host slots), `writer` (Redis to the archive), `scripts` (the Lua scripts in
lua/, each run by Redis in one step). Every class is also importable from the package itself, as
crawler/settings.py names the add-on: crawler.distributed.DistributedCrawl.
"""

from crawler.distributed.addon import DistributedCrawl
from crawler.distributed.codec import decode_message, encode_message
from crawler.distributed.frontier import SharedScheduler, frontier_for, worker_id
from crawler.distributed.middlewares import LeaseErrorMiddleware, LeaseSpiderMiddleware
from crawler.distributed.pipeline import ITEMS_KEY, RedisItemPipeline
from crawler.distributed.politeness import SharedPolitenessHandler

__all__ = [
    "ITEMS_KEY", "DistributedCrawl", "LeaseErrorMiddleware", "LeaseSpiderMiddleware", "RedisItemPipeline",
    "SharedPolitenessHandler", "SharedScheduler", "decode_message", "encode_message", "frontier_for", "worker_id",
]  # fmt: skip
