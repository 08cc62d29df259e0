"""A local outlet that misbehaves: every fault a scheduled crawler meets on a bad night.

It serves a mirror tree for aceh.antaranews.com (a real portal in the outlet
config) in which each article id stands for one fault; good articles are the
Kalsel sample's pages moved to that host.
"""

from __future__ import annotations

import gzip
import os
import re
import socket
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

from crawler.mirror import MirrorRequestHandler

HOST = "aceh.antaranews.com"
# id -> what the server does with /berita/<id>/<slug>
FAULTS = {
    1: "good",
    2: "always 500",
    3: "503 with Retry-After once, then good",
    4: "429 with Retry-After once, then good",
    5: "connection reset",
    6: "timeout",
    7: "stalls mid-body",
    8: "redirect loop",
    9: "disallowed by robots.txt",
    10: "redirect to another domain",
    11: "empty page",
    12: "truncated page",
    13: "binary served as text/html",
    14: "huge page (11 MB)",
    15: "gzip that does not decode",
    16: "windows-1252 declared as UTF-8",
    17: "byte-order mark",
    18: "invalid nesting",
    19: "no article at all",
    20: "date that cannot be parsed",
    21: "redirect to a good article",
    22: "good (redirect target)",
}
STORED = {1, 3, 4, 12, 16, 17, 18, 20, 22}  # what must end up in the archive


def slug(article_id: int) -> str:
    return f"berita-uji-gangguan-{article_id}"


def path_of(article_id: int) -> str:
    return f"/berita/{9100000 + article_id}/{slug(article_id)}"


def build_tree(root: Path, sample: Path) -> Path:
    """The faulty host's tree: robots.txt, sitemaps (some broken), a broken feed and article pages."""
    site = root / HOST
    pages = sorted(p for p in (sample / "kalsel.antaranews.com" / "berita").glob("*/*"))
    for article_id in FAULTS:
        source = pages[article_id % len(pages)].read_text(encoding="utf-8")
        old_path = "/berita/" + pages[article_id % len(pages)].parent.name + "/" + pages[article_id % len(pages)].name
        html = source.replace(f"kalsel.antaranews.com{old_path}", f"{HOST}{path_of(article_id)}")
        html = html.replace("kalsel.antaranews.com", HOST)
        target = site / path_of(article_id).lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if article_id == 16:
            html = html.replace("</h1>", " “Polres” – café</h1>", 1)
            target.write_bytes(html.encode("cp1252", errors="replace"))
            continue
        if article_id == 17:
            target.write_bytes(b"\xef\xbb\xbf" + html.encode("utf-8"))
            continue
        if article_id == 18:
            html = html.replace("<p>", "<p><div><span><b>", 3).replace("</p>", "</i></p></td>", 3)
        if article_id == 19:
            html = "<html><head><title>Indeks</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>"
        if article_id == 20:
            html = html.replace('"datePublished"', '"datePublishedX"').replace('"dateModified"', '"dateModifiedX"')
            html = html.replace('property="article:published_time"', 'property="x"')
            html = re.sub(r'(<span class="text-secondary">)[^<]+', r"\1Hari ini, pukul sekian", html)
            html = re.sub(r"/20\d\d/\d\d/", "/foto/", html)  # no date left in image paths either
            html = re.sub(r"\b20\d\d\b", "", html.split("<body", 1)[0]) + "<body" + html.split("<body", 1)[1]
        if article_id == 12:
            html = html[: len(html) * 2 // 3]
        target.write_text(html, encoding="utf-8")
    (site / "robots.txt").write_text(
        f"User-agent: *\nDisallow: {path_of(9)}\n\nSitemap: https://{HOST}/sitemap.xml\n", encoding="utf-8"
    )
    urls = "".join(f"<url><loc>https://{HOST}{path_of(i)}</loc></url>" for i in FAULTS if i != 22)
    (site / "sitemap").mkdir(parents=True, exist_ok=True)
    (site / "sitemap" / "articles.xml.gz").write_bytes(
        gzip.compress(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()
        )
    )
    (site / "sitemap" / "html.xml").write_text("<html><body>Not a sitemap</body></html>", encoding="utf-8")
    (site / "sitemap" / "invalid.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x', encoding="utf-8")
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<sitemap><loc>https://{HOST}/sitemap/{name}</loc></sitemap>"
            for name in ("articles.xml.gz", "html.xml", "invalid.xml", "missing.xml")
        )
        + "</sitemapindex>",
        encoding="utf-8",
    )
    (site / "rss").mkdir(parents=True, exist_ok=True)
    # An error page where the feed should be.
    (site / "rss" / "terkini.xml").write_text("<html><body><h1>502 Bad Gateway</h1></body></html>", encoding="utf-8")
    return root


class FaultHandler(MirrorRequestHandler):
    seen: dict[str, int] = {}

    def do_GET(self):  # noqa: N802 - http.server's naming
        article_id = self._fault_id()
        count = self.seen[self.path] = self.seen.get(self.path, 0) + 1
        if article_id == 2:
            return self._status(500)
        if article_id in (3, 4) and count == 1:
            return self._status(503 if article_id == 3 else 429, {"Retry-After": "1"})
        if article_id == 5:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            return None
        if article_id == 6:
            time.sleep(4)
            return self._status(200)
        if article_id == 7:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "50000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>Polres" + b" x" * 2000)
            self.wfile.flush()
            time.sleep(4)
            return None
        if article_id == 8:
            return self._status(302, {"Location": f"/{HOST}{path_of(8)}"})
        if article_id == 10:
            return self._status(302, {"Location": "https://elsewhere.example.com/berita/1/x"})
        if article_id == 11:
            return self._status(200, {"Content-Type": "text/html; charset=utf-8"})
        if article_id == 13:
            return self._status(200, {"Content-Type": "text/html"}, os.urandom(20000))
        if article_id == 14:
            return self._status(200, {"Content-Type": "text/html"}, b"<html><body>" + b"<p>Polres</p>" * 900_000)
        if article_id == 15:
            return self._status(
                200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, b"\x1f\x8b\x08garbage" * 50
            )
        if article_id == 16:
            return self._status(200, {"Content-Type": "text/html; charset=utf-8"}, self._file())
        if article_id == 21:
            return self._status(301, {"Location": f"https://{HOST}{path_of(22)}"})
        return super().do_GET()

    def _fault_id(self) -> int | None:
        for article_id in FAULTS:
            if self.path.split("?")[0].endswith(path_of(article_id)):
                return article_id
        return None

    def _file(self) -> bytes:
        return (self.root / self.path.lstrip("/")).read_bytes()

    def _status(self, code: int, headers: dict | None = None, body: bytes = b""):
        self.send_response(code)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the crawler hanging up on a stalled answer is the point of the test


class FaultServer:
    def __init__(self, root: Path):
        handler = type("Handler", (FaultHandler,), {"root": Path(root).resolve(), "seen": {}})
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True

    def __enter__(self) -> str:
        import threading

        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
