"""`scrapy probe`: a few articles per host through the real spiders and engine, a line per host saying
what still works, and a failing exit status when an outlet yields nothing. Offline, in mirror mode:
the sample as it is, then a sample in which one host changed its layout and another is down."""

import shutil
from pathlib import Path

import pytest
from helpers import SAMPLE, scrapy

from crawler.mirror import MirrorServer

HOSTS = "www.rri.co.id,www.jpnn.com"


def probe(mirror: str, tmp_path: Path, *args: str):
    return scrapy(
        "probe", *args, "-s", f"MIRROR_URL={mirror}", "-s", f"ARCHIVE_PATH={tmp_path / 'archive.db'}",
        "-s", "RETRY_TIMES=0",
    )  # fmt: skip


def rows(stdout: str) -> dict[str, list[str]]:
    """host -> the cells of its line in the probe's table."""
    lines = stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("outlet"))
    return {cells[1]: cells for cells in (line.split() for line in lines[header + 1 :]) if len(cells) == 12}


def test_probe_of_the_sample_reports_every_host_working(tmp_path, mirror_url):
    result = probe(mirror_url, tmp_path, "rri", "jpnn", "--hosts", HOSTS)
    assert result.returncode == 0, result.stderr[-3000:]
    table = rows(result.stdout)
    assert set(table) == {"www.rri.co.id", "www.jpnn.com"}
    for host, cells in table.items():
        # robots.txt, sitemap, feed, listing found; 3 articles, all by the outlet's selectors, all dated
        assert cells[2:10] == ["yes", "yes", "yes", "yes", "3", "3", "0", "3/3"], host
        assert cells[11] == "ok"
    # The same table goes to probe.txt next to the archive; a probe archives nothing.
    assert (tmp_path / "probe.txt").read_text(encoding="utf-8") == result.stdout
    assert not (tmp_path / "archive.db").exists()


def test_probe_reads_only_a_few_articles_per_host(tmp_path, mirror_url):
    result = probe(mirror_url, tmp_path, "antara", "--hosts", "kalsel", "--articles", "2")
    assert result.returncode == 0, result.stderr[-3000:]
    assert rows(result.stdout)["kalsel.antaranews.com"][6] == "2"
    assert "'articles/downloaded': 2," in result.stderr


@pytest.fixture
def changed_sample(tmp_path):
    """RRI renamed its article boxes (the selectors miss; the page still has a story) and JPNN is down."""
    root = tmp_path / "mirror"
    shutil.copytree(SAMPLE / "www.rri.co.id", root / "www.rri.co.id")
    shutil.copytree(SAMPLE / "www.jpnn.com", root / "www.jpnn.com")
    for page in (root / "www.rri.co.id").rglob("*"):
        if page.is_file() and "news-content" in page.read_text(encoding="utf-8"):
            html = page.read_text(encoding="utf-8")
            for old, new in (('id="news-content" class="news-content"', 'class="isi-berita"'),
                             ("post_details_inner", "berita-wrap"), ('id="news-title"', 'class="judul-berita"')):  # fmt: skip
                html = html.replace(old, new)
            page.write_text(html, encoding="utf-8")
    server = MirrorServer(root)
    serve = server.httpd.RequestHandlerClass._serve

    def down_for_jpnn(handler, body):
        if handler.path.startswith("/www.jpnn.com/"):
            handler.send_error(503, "Service Unavailable")
        else:
            serve(handler, body)

    server.httpd.RequestHandlerClass._serve = down_for_jpnn
    with server as url:
        yield url


def test_probe_flags_a_changed_layout_and_fails_on_a_host_that_is_down(tmp_path, changed_sample):
    result = probe(changed_sample, tmp_path, "rri", "jpnn", "--hosts", HOSTS)
    assert result.returncode == 1
    table = rows(result.stdout)
    rri, jpnn = table["www.rri.co.id"], table["www.jpnn.com"]
    # The fallback still reads RRI's stories, but none through the outlet's selectors: CHECK.
    assert rri[6] == "3" and rri[7] == "0" and rri[8] == "3" and rri[11] == "CHECK"
    assert jpnn[2:7] == ["no", "no", "no", "no", "0"] and jpnn[11] == "FAIL"
    assert "No article from: jpnn" in result.stdout
    assert (tmp_path / "probe.txt").read_text(encoding="utf-8") == result.stdout


def test_probe_refuses_an_unknown_outlet(tmp_path, mirror_url):
    result = probe(mirror_url, tmp_path, "nosuchoutlet")
    assert result.returncode == 2
    assert "unknown outlets: nosuchoutlet" in result.stderr
