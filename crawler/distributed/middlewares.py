"""The two middlewares that tell the frontier when a page's lease may go."""

from itemadapter import is_item
from scrapy import Request

from crawler.distributed.frontier import LEASE, PARENT, frontier_for


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
