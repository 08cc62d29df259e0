"""Mirror mode: outlet URLs map onto a local tree, and responses keep their original URL."""

import urllib.error
import urllib.request

import pytest

from crawler.mirror import mirror_url_for


def test_outlet_url_maps_to_host_folder():
    assert (
        mirror_url_for("https://kalsel.antaranews.com/berita/1/a-b?page=2", "http://127.0.0.1:8700")
        == "http://127.0.0.1:8700/kalsel.antaranews.com/berita/1/a-b?page=2"
    )
    assert (
        mirror_url_for("https://www.antaranews.com", "http://127.0.0.1:1/") == "http://127.0.0.1:1/www.antaranews.com/"
    )


def test_server_serves_pages_feeds_and_robots_with_types(mirror_url):
    with urllib.request.urlopen(f"{mirror_url}/kalsel.antaranews.com/robots.txt") as r:
        assert r.headers["Content-Type"].startswith("text/plain")
        assert "Sitemap: https://kalsel.antaranews.com/sitemap.xml" in r.read().decode()
    with urllib.request.urlopen(f"{mirror_url}/kalsel.antaranews.com/rss/terkini.xml") as r:
        assert "xml" in r.headers["Content-Type"]
    with urllib.request.urlopen(f"{mirror_url}/kalsel.antaranews.com/terkini") as r:
        assert r.headers["Content-Type"].startswith("text/html")
        assert r.headers["ETag"]


def test_server_answers_404_outside_the_tree(mirror_url):
    for path in ("/kalsel.antaranews.com/berita/0/none", "/../../etc/passwd"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(mirror_url + path)
        assert err.value.code == 404


def test_server_honours_if_none_match(mirror_url):
    url = f"{mirror_url}/kalsel.antaranews.com/terkini"
    with urllib.request.urlopen(url) as r:
        etag = r.headers["ETag"]
    req = urllib.request.Request(url, headers={"If-None-Match": etag})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req)
    assert err.value.code == 304
