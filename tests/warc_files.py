"""WARC files for the tests, written with warcio from the offline sample's pages: good records, and each kind
of damage a web archive can hold (what `scrapy ingest-warc` must skip and count)."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

from helpers import sample_articles
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CAPTURED = "2025-03-01T08:00:00Z"


def handful() -> list[dict]:
    """A few sample stories across outlets and hosts, award stories and others among them."""
    wanted = ("kalsel.antaranews.com", "banten.tribunnews.com", "regional.kompas.com", "www.jpnn.com")
    chosen = []
    for host in wanted:
        chosen += [a for a in sample_articles() if a["host"] == host][:2]
    return chosen


class Warc:
    """A WARC file being written: one gzip member per record, as web archives are."""

    def __init__(self, path: Path):
        self.path = path
        self.stream = path.open("wb")
        self.writer = WARCWriter(self.stream, gzip=True)

    def response(self, url: str, body: bytes, content_type="text/html; charset=utf-8", status="200 OK",
                 date=CAPTURED, extra_headers=()) -> None:  # fmt: skip
        headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra_headers], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
        )
        self.writer.write_record(record)

    def page(self, article: dict, **kw) -> None:
        self.response(article["url"], article["page"].read_bytes(), **kw)

    def request(self, url: str) -> None:
        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
        self.writer.write_record(
            self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=headers)
        )

    def revisit(self, url: str) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        self.writer.write_record(
            self.writer.create_revisit_record(url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, CAPTURED, headers)
        )

    def damaged_length(self, article: dict, change: int) -> None:
        """A record whose Content-Length says `change` bytes more (or fewer) than it holds."""
        start = self.stream.tell()
        self.page(article)
        self.stream.flush()
        raw = self.path.read_bytes()[start:]
        member = gzip.decompress(raw)
        member = re.sub(
            rb"Content-Length: (\d+)", lambda m: b"Content-Length: %d" % (int(m[1]) + change), member, count=1
        )
        self.stream.seek(start)
        self.stream.truncate()
        self.stream.write(gzip.compress(member))

    def close(self, cut: int = 0) -> Path:
        """Close the file; `cut` bytes off its end make the last record truncated."""
        self.stream.close()
        if cut:
            data = self.path.read_bytes()
            self.path.write_bytes(data[:-cut])
        return self.path


def warc_of(path: Path, articles: list[dict], **kw) -> Path:
    warc = Warc(path)
    for article in articles:
        warc.page(article, **kw)
    return warc.close()
