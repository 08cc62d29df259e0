"""Politeness beyond Scrapy's defaults: honour an outlet's Retry-After.

When an outlet answers 429 or 503 with Retry-After, every request to that
host waits at least that long from then on (Scrapy's RetryMiddleware retries
the request itself). The wait is capped, so a bogus header cannot stall a run.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

logger = logging.getLogger(__name__)
MAX_RETRY_AFTER = 300.0


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class RetryAfterMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.cap = crawler.settings.getfloat("RETRY_AFTER_MAX", MAX_RETRY_AFTER)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if response.status in (429, 503):
            wait = retry_after_seconds(response.headers.get(b"Retry-After", b"").decode("latin-1"))
            if wait is not None:
                wait = min(wait, self.cap)
                downloader = self.crawler.engine.downloader
                key = downloader.get_slot_key(request)
                slot = downloader.slots.get(key)
                if slot is not None and slot.delay < wait:
                    slot.delay = wait
                    logger.info("%s asked to wait %.0f s (Retry-After): slowing down", key, wait)
                self.crawler.stats.inc_value("politeness/retry_after")
        return response
