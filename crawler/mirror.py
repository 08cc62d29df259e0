"""Mirror mode: replay a saved tree of outlet pages over local HTTP.

A mirror is a folder laid out by host name, like `wget --mirror` makes it:
`<root>/<host>/<path>` holds the page served at `https://<host>/<path>`; a
query string is kept in the file name (`search?q=polres`), a path ending in
`/` is served from `index.html`. `MirrorMiddleware` sends every request for
`https://HOST/PATH?QUERY` to `MIRROR_URL/HOST/PATH?QUERY` and gives the
response its original URL back, so spiders and pipelines never know.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy.exceptions import NotConfigured

ORIGINAL_URL = "mirror_original_url"
SAVED_META = "mirror_saved_meta"
_MIRROR_META = ("allow_offsite", "dont_obey_robotstxt", "download_slot")
_MISSING = "<missing>"


def mirror_url_for(url: str, mirror: str) -> str:
    parts = urlsplit(url)
    target = f"{mirror.rstrip('/')}/{parts.netloc}{parts.path or '/'}"
    return f"{target}?{parts.query}" if parts.query else target


class MirrorMiddleware:
    """Downloader middleware: fetch every request from the mirror named by MIRROR_URL."""

    def __init__(self, mirror: str):
        self.mirror = mirror.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler):
        mirror = crawler.settings.get("MIRROR_URL")
        if not mirror:
            raise NotConfigured("MIRROR_URL is not set")
        return cls(mirror)

    def process_request(self, request):
        # Every request that is not yet for the mirror goes to it: new ones and redirects alike,
        # so that nothing reaches the outlet's real site in mirror mode.
        if request.url.startswith(self.mirror + "/"):
            return None
        host = urlsplit(request.url).netloc
        saved = {key: request.meta.get(key, _MISSING) for key in _MIRROR_META}
        return request.replace(
            url=mirror_url_for(request.url, self.mirror),
            meta={
                **request.meta,
                ORIGINAL_URL: request.url,
                SAVED_META: saved,
                # The mirror's host is not the outlet's; offsite filtering was done on the original URL.
                "allow_offsite": True,
                # robots.txt was already checked for the original host.
                "dont_obey_robotstxt": True,
                # Keep one download slot per outlet host, as in a live crawl.
                "download_slot": host,
            },
        )

    def process_response(self, request, response):
        original = request.meta.get(ORIGINAL_URL)
        if original is None:
            return response
        location = response.headers.get("Location")
        if location and 300 <= response.status < 400:
            # The redirect will copy this request's meta: give it back what the spider set, so that
            # the target is checked for robots.txt and offsite like any other request. (A retry keeps
            # the mirrored request as it is.)
            for key, value in request.meta.pop(SAVED_META, {}).items():
                if value == _MISSING:
                    request.meta.pop(key, None)
                else:
                    request.meta[key] = value
            request.meta.pop(ORIGINAL_URL, None)
            # A mirror may redirect to mirror URLs; map them back to the outlet's.
            loc = location.decode("latin-1")
            if loc.startswith(self.mirror + "/"):
                response.headers["Location"] = "https://" + loc[len(self.mirror) + 1 :]
        return response.replace(url=original)


class MirrorRequestHandler(BaseHTTPRequestHandler):
    """Serves `<root>/<host>/<path>` for `GET /<host>/<path>`, with ETag and Last-Modified."""

    root: Path
    server_version = "OutletMirror/1.0"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def _resolve(self) -> Path | None:
        parts = urlsplit(self.path)
        rel = unquote(parts.path).lstrip("/")
        if rel.endswith("/") or "/" not in rel:
            rel = rel.rstrip("/") + "/index.html"
        if parts.query:
            rel = f"{rel}?{unquote(parts.query)}"
        candidate = (self.root / rel).resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if self.root not in candidate.parents or not candidate.is_file():
            return None
        return candidate

    def do_HEAD(self):  # noqa: N802 - http.server's naming
        self._serve(body=False)

    def do_GET(self):  # noqa: N802
        self._serve(body=True)

    def _serve(self, body: bool):
        path = self._resolve()
        if path is None:
            self.send_error(404, "Not in mirror")
            return
        data = path.read_bytes()
        etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        if body:
            self.wfile.write(data)


def content_type(path: Path) -> str:
    name = path.name.split("?", 1)[0]
    if name == "robots.txt":
        return "text/plain; charset=utf-8"
    if name.endswith(".gz"):
        return "application/x-gzip"
    if name.endswith(".xml") or name in {"rss", "feed"}:
        return "application/xml; charset=utf-8"
    guessed, _ = mimetypes.guess_type(name)
    if guessed and "." in name:
        return guessed + ("; charset=utf-8" if guessed.startswith("text/") else "")
    return "text/html; charset=utf-8"


class MirrorServer:
    """A threaded HTTP server over a mirror tree; `with MirrorServer(root) as url: ...`."""

    def __init__(self, root: str | Path, host: str = "127.0.0.1", port: int = 0):
        handler = type("Handler", (MirrorRequestHandler,), {"root": Path(root).resolve()})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        self.thread.start()
        return self.url

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc):
        self.stop()
