"""WARC files read record by record, in flat memory: the outlet pages `scrapy ingest-warc` takes from them.

warcio streams gzip (a member per record, as WARC files are written) or plain WARC files of any size;
only the current record's page is ever held. Every record is counted: a page of a configured outlet
comes out as a `Capture`, anything else is counted under the reason it was skipped. A record that is
cut short (a truncated last record) or longer than its Content-Length says is skipped whole, and the
file goes on; a file whose compression breaks down is read up to there.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from pipelines.warc_records import (
    UndecodablePageError,
    answer_problem,
    archive_time,
    captured_before,
    outlet_of,
    page_text,
)

READ_SIZE = 64 * 1024
# What breaks a file's reading beyond one record: bad compression, a header block that is no WARC header.
UNREADABLE = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, OSError, ValueError)


@dataclass(frozen=True)
class Capture:
    """One outlet page from a WARC file, with the facts of its fetch."""

    url: str  # the record's WARC-Target-URI, as fetched
    outlet: str
    html: str
    status: int
    headers: dict[str, str]
    fetched_at: str  # the record's WARC-Date, in the archive's form


class WarcReader:
    """Iterating gives the file's outlet pages; `records`, `skipped` (by reason) and `outlets` (pages
    matched, by outlet) count as it goes; `position()` is how far into the file it has read."""

    def __init__(self, path: str | Path, hosts: set[str] | None = None, since: date | None = None):
        self.path = Path(path)
        self.size = self.path.stat().st_size
        self.hosts, self.since = hosts, since
        self.records = 0
        self.skipped: Counter = Counter()
        self.outlets: Counter = Counter()
        self._file = None
        self.on_record = None  # called after each record (a progress line)

    def position(self) -> int:
        return self._file.tell() if self._file and not self._file.closed else self.size

    def __iter__(self) -> Iterator[Capture]:
        with self.path.open("rb") as self._file:
            records = ArchiveIterator(self._file)
            try:
                for record in records:
                    self.records += 1
                    capture, reason = self._capture(record)
                    reason = self._damage(records, record) or reason
                    if self.on_record:
                        self.on_record()
                    if reason:
                        self.skipped[reason] += 1
                    else:
                        self.outlets[capture.outlet] += 1
                        yield capture
            except UNREADABLE:
                self.skipped["unreadable rest of the file"] += 1

    def _capture(self, record: ArcWarcRecord) -> tuple[Capture | None, str | None]:
        """The record's outlet page, or why it has none."""
        if record.rec_type == "revisit":
            return None, "revisit record"
        if record.rec_type != "response":
            return None, f"{record.rec_type} record"
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        outlet, reason = outlet_of(url, self.hosts)
        if reason:
            return None, reason
        http = record.http_headers
        status = int(http.get_statuscode() or 0) if http and http.get_statuscode().isdigit() else None
        content_type = http.get_header("Content-Type") if http else None
        reason = answer_problem(status, content_type)
        if reason:
            return None, reason
        try:
            fetched_at = archive_time(record.rec_headers.get_header("WARC-Date") or "")
        except ValueError:
            return None, "no capture date"
        if captured_before(fetched_at, self.since):
            return None, "outside the window"
        try:
            # The payload without chunking and content encoding (gzip, deflate, brotli).
            html = page_text(record.content_stream().read(), content_type)
        except (UndecodablePageError, zlib.error, OSError, ValueError):
            return None, "undecodable page"
        headers: dict[str, str] = {}
        for name, value in http.headers:
            headers.setdefault(name, value)  # the first of repeated headers, as a crawl keeps them
        return Capture(url, outlet.key, html, status, headers, fetched_at), None

    def _damage(self, records: ArchiveIterator, record: ArcWarcRecord) -> str | None:
        """Reads the record to its end; says whether it was shorter or longer than its Content-Length."""
        errors = records.err_count
        # warcio reports a record longer than its length on stderr; it is counted here instead.
        with contextlib.redirect_stderr(io.StringIO()):
            records.read_to_end(record)
        if getattr(record.raw_stream, "limit", 0) > 0:
            at_end = records.reader.rem_length() == 0 and self._file.tell() >= self.size
            return "truncated record" if at_end else "bad record length"
        if records.err_count > errors:
            if records.reader.decompressor:
                # What follows the record in its gzip member is the rest of its body, not a record: the next
                # record starts with the next member.
                while records.reader.read(READ_SIZE):
                    pass
                records.next_line = None
            return "bad record length"
        return None
