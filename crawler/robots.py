"""Scrapy's robots.txt middleware, made to hold for the first requests to a host too.

While a host's robots.txt is downloading, Scrapy (2.19) keeps one Deferred per host, and every request
that waits on it awaits that same Deferred. The first waiter's callback returns nothing, so the
others get None, which the middleware reads as "no robots.txt": the feeds and listings a spider asks
for at once, before robots.txt arrives, went out unchecked. Here a waiter that got None looks up the
parser the download left behind.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser
