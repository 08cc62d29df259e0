"""`scrapy export-warc`: the archive's raw pages as a WARC file that pywb or ReplayWeb.page replay.

Each stored page becomes a request record and a response record (gzip per record, as replay tools
expect), under the URL that was fetched, at the time it was fetched, with the headers the fetch
received; the page is the archive's text, so the answer says UTF-8 and carries its own length
(pipelines/warc_records.py). Beside the WARC: its CDXJ index (cdxj-indexer) and, if asked, a WACZ
package (wacz) that ReplayWeb.page opens as one file. Pages are read one at a time, in flat memory.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.page_store import codec
from pipelines.warc_records import request_head, response_headers, status_line, warc_date

SOFTWARE = "polri-awards-archive scrapy export-warc"


@dataclass
class ExportOptions:
    since: date | None = None  # publication days, as the outlet prints them
    until: date | None = None
    outlet: str | None = None
    awards_only: bool = False
    wacz: bool = False


def companion(out: Path, suffix: str) -> Path:
    """OUT.warc.gz -> OUT.cdxj, OUT.wacz."""
    name = out.name
    for ending in (".warc.gz", ".warc", ".gz"):
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    return out.with_name(name + suffix)


def _pages_query(options: ExportOptions) -> tuple[str, list]:
    where, params = [], []
    if options.since:
        where.append("substr(a.published_at, 1, 10) >= ?")
        params.append(options.since.isoformat())
    if options.until:
        where.append("substr(a.published_at, 1, 10) <= ?")
        params.append(options.until.isoformat())
    if options.outlet:
        where.append("a.outlet = ?")
        params.append(options.outlet)
    if options.awards_only:
        where.append("a.award_role = 'received'")
    sql = (
        "select coalesce(a.fetched_url, p.url), p.html_zlib, p.status, p.headers, p.fetched_at, a.title "
        "from pages p join articles a on a.url = p.url"
        + (" where " + " and ".join(where) if where else "")
        + " order by p.fetched_at, p.url"
    )
    return sql, params


def _write_pair(writer: WARCWriter, url: str, html: bytes, status: int | None, headers: dict, fetched_at: str):
    when = warc_date(fetched_at)
    line, request_headers = request_head(url)
    request = writer.create_warc_record(
        url, "request", payload=io.BytesIO(b""), warc_headers_dict={"WARC-Date": when},
        http_headers=StatusAndHeaders(line, request_headers, is_http_request=True),
    )  # fmt: skip
    response = writer.create_warc_record(
        url, "response", payload=io.BytesIO(html), warc_headers_dict={"WARC-Date": when},
        http_headers=StatusAndHeaders(status_line(status), response_headers(headers, len(html)), protocol="HTTP/1.1"),
    )  # fmt: skip
    # The request comes first and names its response, as a crawler that records writes them.
    request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(request)
    writer.write_record(response)


def export_warc(db: sqlite_utils.Database, out: Path, options: ExportOptions) -> dict:
    """Write the WARC, its CDXJ index and (if asked) a WACZ; returns what was written."""
    sql, params = _pages_query(options)
    pages = 0
    with tempfile.TemporaryDirectory() as scratch:
        # The WACZ's list of pages, with each story's title for ReplayWeb.page to show.
        page_list = Path(scratch) / "pages.jsonl"
        with out.open("wb") as stream, page_list.open("w", encoding="utf-8") as listed:
            writer = WARCWriter(stream, gzip=True)
            info = {"software": SOFTWARE, "format": "WARC File Format 1.1", "description": "Arsip Penghargaan Polri"}
            writer.write_record(writer.create_warcinfo_record(out.name, info))
            listed.write(json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "Stories"}) + "\n")
            pages_codec = codec(db)  # zstandard against the outlet's dictionary, or zlib in older archives
            for url, blob, status, headers, fetched_at, title in db.conn.execute(sql, params):
                html = pages_codec.unpack(blob).encode("utf-8")
                _write_pair(writer, url, html, status, json.loads(headers or "{}"), fetched_at)
                listed.write(json.dumps({"url": url, "ts": warc_date(fetched_at), "title": title or url}) + "\n")
                pages += 1
        index = companion(out, ".cdxj")
        # Imported here: it costs every scrapy command, a crawl too, a tenth of a second of CPU at start.
        from cdxj_indexer.main import write_cdx_index

        write_cdx_index(str(index), [str(out)], {"sort": True})
        written = {"pages": pages, "warc": out, "cdxj": index, "wacz": None}
        if options.wacz:
            written["wacz"] = write_wacz(out, page_list)
    return written


def write_wacz(warc: Path, page_list: Path) -> Path:
    """The WARC packed as a WACZ with its index and list of pages, by wacz's own command (its chatter
    on stdout is not the export's)."""
    from wacz.main import main as wacz_main  # loads frictionless: only when a package is asked for

    package = companion(warc, ".wacz")
    with contextlib.redirect_stdout(io.StringIO()) as chatter:
        code = wacz_main(["create", "--pages", str(page_list), "-o", str(package), str(warc)])
    if code not in (0, None):
        raise RuntimeError(f"wacz could not package {warc.name}: {chatter.getvalue().strip()[-300:]}")
    return package
