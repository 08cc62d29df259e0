"""Web archive records and the archive's pages: the pure decisions of `scrapy ingest-warc` and `export-warc`.

Reading: which outlet a record's URL belongs to, whether its answer is an HTML page, its text, its fetch
time, and whether it falls in a window. Writing: the HTTP head of a stored page as a response record
carries it. No I/O here; crawler/warc_ingest.py and crawler/warc_export.py read and write the files.
"""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime
from http import HTTPStatus
from urllib.parse import urlsplit

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from crawler.outlets import OUTLETS, Outlet
from pipelines.urls import canonical_url

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Headers about the bytes on the wire, not the page the archive keeps: an exported answer carries the kept
# page as UTF-8, uncompressed and whole, so these are written anew.
WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "content-type", "content-md5"}
# Statuses whose body is the whole page: a crawl stores only these.
PAGE_STATUSES = {200, 203}


class UndecodablePageError(ValueError):
    """The body of an HTML answer that is not text in any charset it declares."""


# --- reading ---------------------------------------------------------------------------


def archive_time(warc_date: str) -> str:
    """A WARC-Date ("2024-04-22T10:00:00Z", maybe with fractions) in the archive's fetched_at form
    ("2024-04-22T10:00:00+00:00"), so that a capture and a crawl's fetch compare as text."""
    when = datetime.fromisoformat(warc_date.strip().replace("Z", "+00:00"))
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.isoformat(timespec="seconds")


def host_filter(spec: str | None) -> set[str] | None:
    """The hosts `-a hosts=` names (full names or first labels, as a crawl takes them), or None for
    all; raises ValueError naming what no outlet has."""
    if not spec:
        return None
    wanted = {h.strip() for h in spec.split(",") if h.strip()}
    known = {host for outlet in OUTLETS.values() for host in outlet.hosts}
    chosen = {h for h in known if h in wanted or h.split(".", 1)[0] in wanted}
    unknown = wanted - chosen - {h.split(".", 1)[0] for h in chosen}
    if unknown:
        raise ValueError(f"no outlet has these hosts: {', '.join(sorted(unknown))}")
    return chosen


def outlet_of(url: str, hosts: set[str] | None = None) -> tuple[Outlet | None, str | None]:
    """The outlet a record's URL belongs to, or the reason it belongs to none. The URL is taken in its
    canonical form first, so that old captures (http://, mobile m. hosts, AMP pages, tracking
    parameters) count as the outlet's article."""
    try:
        parts = urlsplit(canonical_url(url))
    except ValueError:
        return None, "unknown host"
    outlet = next((o for o in OUTLETS.values() if parts.netloc in o.hosts), None)
    if outlet is None:
        return None, "unknown host"
    if hosts is not None and parts.netloc not in hosts:
        return None, "host not selected"
    if not outlet.is_article(parts.path):
        return None, "not an article URL"
    return outlet, None


def answer_problem(status: int | None, content_type: str | None) -> str | None:
    """Why an HTTP answer holds no page to extract, or None."""
    if status not in PAGE_STATUSES:
        return "not a page (HTTP status)"
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return "not HTML"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    resolved = resolve_encoding(name)
    try:
        return codecs.lookup(resolved or name).name
    except LookupError:
        return None


def page_text(body: bytes, content_type: str | None) -> str:
    """The page as text, in the charset its HTTP header declares, else its <meta>, else UTF-8. A page
    that is not valid UTF-8 where UTF-8 is meant is read as windows-1252, as a crawl reads it; raises
    UndecodablePageError for a body that is not text (NUL bytes, a compressed body) or fits no charset."""
    if b"\x00" in body:
        raise UndecodablePageError("binary body (NUL bytes)")
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body[:4096])
    codec = _codec(declared)
    for candidate in dict.fromkeys(c for c in (codec, "utf-8") if c):
        try:
            return body.decode(candidate).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    if codec in (None, "utf-8"):
        try:
            return body.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise UndecodablePageError(f"not text in {declared or 'UTF-8'}")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def in_window(published_at: str | None, fetched_at: str, since: date | None, until: date | None) -> bool:
    """Whether a story falls in the window [since, until] by its publication day, or by its capture day
    where the page prints none."""
    day = _day(published_at) or _day(fetched_at)
    return (since is None or day >= since) and (until is None or day <= until)


def captured_before(fetched_at: str, since: date | None) -> bool:
    """A page captured before `since` was published before it too: skipped without extraction."""
    return since is not None and _day(fetched_at) < since


# --- writing ---------------------------------------------------------------------------


def warc_date(fetched_at: str) -> str:
    """The archive's fetched_at as a WARC-Date (UTC, seconds, Z)."""
    when = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def status_line(status: int | None) -> str:
    status = status or 200
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def response_headers(stored: dict[str, str], length: int) -> list[tuple[str, str]]:
    """The HTTP headers of an exported answer: those the fetch received, less what described the bytes
    on the wire, with the kept page's own type (UTF-8) and length."""
    headers = [(k, v) for k, v in stored.items() if k.lower() not in WIRE_HEADERS]
    mime = next((v.split(";")[0].strip() for k, v in stored.items() if k.lower() == "content-type"), "")
    mime = mime if mime.lower() in HTML_TYPES else "text/html"
    return [*headers, ("Content-Type", f"{mime}; charset=utf-8"), ("Content-Length", str(length))]


def request_head(url: str) -> tuple[str, list[tuple[str, str]]]:
    """The request line and headers of a GET for `url`, as a request record carries them."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return f"GET {target} HTTP/1.1", [("Host", parts.netloc), ("Accept", "text/html,application/xhtml+xml")]
