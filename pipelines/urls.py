"""Canonical URLs: one story, one URL, whichever link led to it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import url_query_cleaner

TRACKING_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid")
# "?page=all" shows a story split over several pages whole (Tribun, Kompas): the same story.
WHOLE_VIEW = re.compile(r"(?:^|&)page=all(?=&|$)")


def _site(host: str) -> str:
    """The outlet's site of a host: kalsel.antaranews.com -> antaranews.com."""
    parts = host.lower().split(".")
    keep = 3 if parts[-2:] in (["go", "id"], ["co", "id"], ["or", "id"]) else 2
    return ".".join(parts[-keep:])


def canonical_url(url: str, declared: str | None = None) -> str:
    """The page's canonical URL: the declared one when it stays on the same
    outlet, else the fetched one; without tracking parameters, AMP or mobile
    variants, the whole-story view, fragments and trailing slashes."""
    if declared:
        declared = declared.strip()
        if declared.startswith("//"):
            declared = urlsplit(url).scheme + ":" + declared
        if urlsplit(declared).netloc and _site(urlsplit(declared).netloc) == _site(urlsplit(url).netloc):
            url = declared
    url = url_query_cleaner(url, TRACKING_PARAMS, remove=True, keep_fragments=False)
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if host.startswith("m."):
        host = "www." + host[2:]
    path = re.sub(r"/amp(?=/|$)", "", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = WHOLE_VIEW.sub("", parts.query).strip("&")
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))
