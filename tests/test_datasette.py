"""The publication: Datasette started as a process over a crawled archive, queried over HTTP."""

import hashlib
import json
import re
import runpy
import sqlite3
import subprocess
import urllib.error
import urllib.request
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import yaml
from helpers import ROOT, SCRAPY, free_port, scrapy, wait_for_http

from crawler.publication import METADATA, datasette_command
from pipelines.refused import save_refused
from pipelines.schema import open_archive


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.read().decode("utf-8")


def test_home_page_shows_title_and_tables(datasette_url):
    status, html = get(datasette_url + "/")
    assert status == 200
    assert "Arsip Penghargaan Polri" in html
    status, html = get(datasette_url + "/archive")
    assert "articles" in html and "outlets" in html


def test_articles_json_sorted_newest_first_with_facets(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_shape=objects&_size=100&_facet=outlet")
    data = json.loads(body)
    rows = data["rows"]
    instants = [datetime.fromisoformat(r["published_at"]) for r in rows]  # offsets differ: compare instants
    assert instants == sorted(instants, reverse=True)
    outlets = {f["value"]: f["count"] for f in data["facet_results"]["outlet"]["results"]}
    assert outlets["antara"] >= 45 and outlets["tangerangekspres"] >= 15


def test_article_row_page_links_to_the_original(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_shape=objects&title__startswith=Polres+Serang+Sabet")
    (row,) = json.loads(body)["rows"]
    _, html = get(datasette_url + "/archive/articles/" + urllib.request.quote(row["url"], safe=""))
    assert row["url"] in html
    assert "Polres Serang Sabet 3 Penghargaan" in html


def test_full_text_search_over_http(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_search=Ombudsman&_shape=objects")
    titles = [r["title"] for r in json.loads(body)["rows"]]
    assert any("Polresta Banjarmasin" in t for t in titles)


def query(datasette_url, name, **params):
    qs = "&".join(f"{k}={urllib.request.quote(str(v))}" for k, v in params.items())
    _, body = get(f"{datasette_url}/archive/{name}.json?_shape=objects&{qs}")
    return json.loads(body)["rows"]


def test_canned_queries_answer_the_common_questions(datasette_url):
    latest = query(datasette_url, "latest_award_stories")
    assert any(r["title"].startswith("Polres Serang Sabet 3") for r in latest)
    by_polda = query(datasette_url, "awards_by_polda_and_year")
    assert {"polda": "Polda Kalimantan Selatan", "year": 2023} in [
        {"polda": r["polda"], "year": r["year"]} for r in by_polda
    ]
    history = query(datasette_url, "unit_award_history", unit="Polres Serang")
    assert {r["category"] for r in history} >= {"kapolda", "ombudsman_compliance"}
    ombudsman = query(datasette_url, "ombudsman_compliance_by_year")
    assert any(r["unit"] == "Polresta Banjarmasin" and r["year"] == 2023 for r in ombudsman)
    assert query(datasette_url, "units_with_most_awards")[0]["awards"] >= 2
    assert query(datasette_url, "awards_by_giver")


def test_search_survives_user_syntax(datasette_url):
    hits = query(datasette_url, "search_stories", q="zona integritas")
    assert hits and all("[" in h["snippet"] for h in hits)
    for awkward in ('"kepatuhan', "polres*", "AND OR NOT", "(("):
        query(datasette_url, "search_stories", q=awkward)  # no 500 error


def test_search_lists_the_newest_matching_stories_and_counts_all_of_them(datasette_url, sample_archive):
    archive, _ = sample_archive
    with closing(sqlite3.connect(archive)) as conn:
        expected = conn.execute(
            "select url, published_at from articles where rowid in "
            "(select rowid from articles_fts where articles_fts match ?) order by published_utc desc",
            ['"dan"'],
        ).fetchall()
    hits = query(datasette_url, "search_stories", q="dan")  # "and": in most stories
    assert len(expected) > 50, "the sample should hold more matches than one page shows"
    # The 50 newest (stories published at the same minute may come in either order).
    assert [h["published_at"] for h in hits] == [when for _, when in expected[:50]]
    assert {h["url"] for h in hits} <= {url for url, _ in expected}
    assert {h["matches"] for h in hits} == {len(expected)}
    assert query(datasette_url, "search_stories", q="kata yang tidak ada di arsip") == []


def test_datasette_reads_the_archive_memory_mapped(tmp_path):
    plugin = runpy.run_path(str(ROOT / "datasette_plugins" / "memory_mapped_reads.py"))
    with closing(sqlite3.connect(tmp_path / "archive.db")) as conn:
        plugin["prepare_connection"](conn)
        assert conn.execute("pragma mmap_size").fetchone()[0] > 100 * 1024**2


def test_awards_table_facets(datasette_url):
    _, body = get(datasette_url + "/archive/awards.json?_facet=category&_facet=giver&_size=0")
    facets = json.loads(body)["facet_results"]
    categories = {f["value"] for f in facets["category"]["results"]}
    assert {"ombudsman_compliance", "kapolda", "zona_integritas_wbk"} <= categories


# The charts, the map, the feed and the read-only guarantees of the publication.


@contextmanager
def serve_datasette(archive: Path, metadata: Path = METADATA):
    """Datasette as its own process, started as `scrapy serve` starts it (immutable); yields the base URL."""
    port = free_port()
    command = datasette_command(archive, port=port, immutable=True, metadata=metadata)
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/-/versions.json")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def copy_archive(source: Path, target: Path) -> Path:
    """A consistent copy of an archive, in rollback-journal mode: an immutable reader ignores any WAL file."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("pragma journal_mode = delete")
    return target


def canned_queries() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["queries"]


def request(url, method="GET", data=None, headers=None):
    """Status and body of one request; HTTP errors are answers here, not exceptions."""
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def table_count(datasette_url, table):
    _, body = get(f"{datasette_url}/archive/{table}.json?_size=0")
    return json.loads(body)["filtered_table_rows_count"]


PARAMS = {"unit": "Polres Serang", "q": "penghargaan"}


def test_every_canned_query_answers_and_none_writes(datasette_url):
    for name, query_config in canned_queries().items():
        assert not query_config.get("write"), f"{name} is declared a write query"
        params = {p: v for p, v in PARAMS.items() if f":{p}" in query_config["sql"]}
        rows = query(datasette_url, name, **params)
        assert rows, f"{name} returned no rows on the sample archive"


def test_chart_queries_count_every_award_once(datasette_url):
    total = table_count(datasette_url, "awards")
    per_month = query(datasette_url, "awards_per_month")
    months = [r["month"] for r in per_month]
    assert months == sorted(months) and len(set(months)) == len(months)
    assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in months)
    assert sum(r["awards"] for r in per_month) == total
    by_category = query(datasette_url, "awards_by_category")
    _, body = get(datasette_url + "/archive/awards.json?_facet=category&_size=0")
    facet = {f["value"]: f["count"] for f in json.loads(body)["facet_results"]["category"]["results"]}
    assert {r["category"]: r["awards"] for r in by_category} == facet
    assert sum(r["awards"] for r in by_category) == total


def test_award_map_has_coordinates_the_map_plugin_detects(datasette_url):
    units = query(datasette_url, "award_map")
    sql = """select units.name as unit, count(distinct award_id) as awards,
             units.lat is not null and units.lon is not null as located
             from award_recipients join units using (unit_id) group by unit_id"""
    _, body = get(f"{datasette_url}/archive.json?_shape=array&sql={urllib.request.quote(sql)}")
    receiving = json.loads(body)
    assert sum(r["located"] for r in receiving) > len(receiving) / 2
    # Every receiving unit with coordinates is on the map, with its number of awards.
    located = sorted((r["unit"], r["awards"]) for r in receiving if r["located"])
    assert sorted((r["unit"], r["awards"]) for r in units) == located
    for row in units:
        assert -11.5 < row["latitude"] < 6.5 and 94.5 < row["longitude"] < 141.5  # inside Indonesia
        assert json.loads(row["popup"])["title"] == row["unit"]
    _, html = get(datasette_url + "/archive/award_map")
    assert 'DATASETTE_CLUSTER_MAP_LATITUDE_COLUMN = "latitude"' in html
    assert 'DATASETTE_CLUSTER_MAP_LONGITUDE_COLUMN = "longitude"' in html


def test_award_feed_is_valid_atom_of_the_award_stories(datasette_url):
    status, body = get(datasette_url + "/archive/award_feed.atom")
    assert status == 200
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ElementTree.fromstring(body.encode("utf-8"))
    assert feed.findtext("a:title", namespaces=ns).startswith("Arsip Penghargaan Polri")
    entries = feed.findall("a:entry", ns)
    received = query(datasette_url, "latest_award_stories")
    assert len(entries) == min(50, len(received))
    assert {e.findtext("a:title", namespaces=ns) for e in entries} <= {r["title"] for r in received}
    for entry in entries:
        link = entry.find("a:link", ns).get("href")
        assert link == entry.findtext("a:id", namespaces=ns) and link.startswith("https://")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00", entry.findtext("a:updated", namespaces=ns))
        assert entry.findtext("a:content", namespaces=ns)
    updated = [e.findtext("a:updated", namespaces=ns) for e in entries]
    assert feed.findtext("a:updated", namespaces=ns) == max(updated)


def test_pages_load_no_script_or_style_from_elsewhere(datasette_url):
    """Charts and map work offline: their JavaScript and CSS come from this server, not from a CDN."""
    for path in ("/", "/archive/awards_per_month", "/archive/award_map", "/archive/awards"):
        _, html = get(datasette_url + path)
        assert not re.findall(r"<script[^>]+src=\"(?:https?:)?//", html), path
        assert not re.findall(r"<link[^>]+href=\"(?:https?:)?//[^\"]+\"[^>]*stylesheet", html), path
        assert not re.findall(r"<link[^>]+stylesheet[^>]+href=\"(?:https?:)?//", html), path
    _, html = get(datasette_url + "/archive/award_map")
    assets = re.findall(r"/-/static-plugins/[\w.-]+/[\w.-]+\.(?:js|css)", html)
    assert any("datasette_vega" in a for a in assets) and any("cluster-map" in a for a in assets)
    assert any("leaflet" in a for a in assets)
    for asset in set(assets):
        status, body = get(datasette_url + asset)
        assert status == 200 and len(body) > 1000, asset


def test_publication_refuses_writes(datasette_url):
    before = {t: table_count(datasette_url, t) for t in ("articles", "awards", "units")}
    row = json.dumps({"row": {"url": "https://example.invalid/x", "title": "injected"}}).encode()
    form = b"url=https://example.invalid/x&title=injected"
    attempts = [
        ("/archive/articles", row, "application/json"),
        ("/archive/articles", form, "application/x-www-form-urlencoded"),
        ("/archive/articles/-/insert", row, "application/json"),
        ("/archive/articles/-/upsert", row, "application/json"),
        ("/archive/articles/-/drop", b"{}", "application/json"),
        ("/archive/-/create", json.dumps({"table": "injected", "row": {"a": 1}}).encode(), "application/json"),
        ("/archive", b"sql=delete+from+articles", "application/x-www-form-urlencoded"),
    ]
    for path, data, kind in attempts:
        status, _ = request(datasette_url + path, "POST", data, {"Content-Type": kind})
        assert status >= 400, f"POST {path} answered {status}"
    for sql in ("delete from articles", "with x as (select 1) delete from articles", "select 1; drop table awards"):
        status, body = request(f"{datasette_url}/archive.json?sql={urllib.request.quote(sql)}")
        assert status == 400 and not json.loads(body)["ok"], sql
    status, _ = request(datasette_url + "/-/permissions")
    assert status == 403  # permission debugging is for root only, and there is no root actor
    assert {t: table_count(datasette_url, t) for t in before} == before
    _, body = get(datasette_url + "/archive.json?sql=select+name+from+sqlite_master+where+name='injected'")
    assert json.loads(body)["rows"] == []


def test_immutable_archive_refuses_even_write_queries(sample_archive, tmp_path):
    """Served as `make serve` does (-i), a canned query declared `write` is refused, and so is write SQL."""
    archive = copy_archive(sample_archive[0], tmp_path / "archive.db")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["databases"]["archive"]["queries"] = {
        "wipe_awards": {"sql": "delete from awards", "write": True},
        "sneaky_wipe": {"sql": "delete from awards"},
    }
    hostile_metadata = tmp_path / "metadata.yml"
    hostile_metadata.write_text(yaml.safe_dump(metadata), encoding="utf-8")
    with serve_datasette(archive, metadata=hostile_metadata) as url:
        _, body = get(url + "/-/databases.json")
        assert [(d["name"], d["is_mutable"]) for d in json.loads(body)] == [("archive", False)]
        count = table_count(url, "awards")
        assert count > 0
        status, body = request(url + "/archive/wipe_awards", "POST", b"", {"Accept": "application/json"})
        assert status == 403 and "immutable" in body
        status, body = request(url + "/archive/sneaky_wipe.json")
        assert status == 400 and "readonly" in json.loads(body)["error"]
        assert table_count(url, "awards") == count
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "archive.db-wal").exists()


def test_an_archive_of_any_file_name_gets_the_whole_publication(sample_archive, tmp_path):
    """The metadata and the home page's links are keyed to the database `archive`, whatever the file's name."""
    archive = copy_archive(sample_archive[0], tmp_path / "polri-2024.db")
    with serve_datasette(archive) as url:
        _, body = get(url + "/-/databases.json")
        assert [d["name"] for d in json.loads(body)] == ["archive"]
        _, home = get(url + "/")
        links = {link.split("#")[0] for link in re.findall(r'href="(/archive[^"]*)"', home)}
        assert len(links) >= 8
        for link in links:
            status, _ = request(url + link.replace("&amp;", "&"))
            assert status == 200, link
        latest = json.loads(get(url + "/archive/latest_award_stories.json?_shape=objects")[1])["rows"]
        assert any(r["title"].startswith("Polres Serang Sabet 3") for r in latest)
        _, html = get(url + "/archive/articles")  # the table's description, from the metadata
        assert 'href="/archive/search_stories"' in html
        _, html = get(url + "/archive/search_stories?q=Ombudsman")
        assert "Search stories" in html and "Polresta Banjarmasin" in html


def test_awards_can_be_filtered_by_polda_province_and_year(datasette_url):
    _, body = get(datasette_url + "/archive/award_list.json?_facet=polda&_facet=province&_facet=award_year&_size=0")
    facets = json.loads(body)["facet_results"]
    poldas = {f["value"] for f in facets["polda"]["results"]}
    assert {"Polda Kalimantan Selatan", "Polda Banten"} <= poldas
    assert "Banten" in {f["value"] for f in facets["province"]["results"]}
    _, body = get(
        datasette_url + "/archive/award_list.json?_shape=objects&polda=Polda+Kalimantan+Selatan&award_year=2024"
    )
    rows = json.loads(body)["rows"]
    assert rows and all(r["polda"] == "Polda Kalimantan Selatan" for r in rows)
    assert any(r["unit"] == "Polresta Banjarmasin" for r in rows)


def test_articles_page_lists_fifty_newest_and_points_to_the_search_page(datasette_url):
    _, body = get(datasette_url + "/archive/articles.json?_shape=objects")
    data = json.loads(body)
    assert len(data["rows"]) == 50 and data["next"]
    assert data["facet_results"] == {}  # facets on request only: each costs a pass over every match
    status, html = get(datasette_url + "/archive/articles")
    assert status == 200 and 'href="/archive/search_stories"' in html


def test_scrapy_serve_publishes_an_archive_read_only(sample_archive):
    archive, _ = sample_archive
    port = free_port()
    proc = subprocess.Popen([*SCRAPY, "serve", "--archive", str(archive), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        wait_for_http(f"http://127.0.0.1:{port}/-/versions.json")
        _, body = get(f"http://127.0.0.1:{port}/-/databases.json")
        assert [(d["name"], d["is_mutable"]) for d in json.loads(body)] == [("archive", False)]
        plugins = {p["name"] for p in json.loads(get(f"http://127.0.0.1:{port}/-/plugins.json")[1])}
        assert "memory_mapped_reads.py" in plugins
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_scrapy_serve_says_when_there_is_no_archive(tmp_path):
    result = scrapy("serve", "--archive", str(tmp_path / "none.db"), timeout=60)
    assert result.returncode == 2 and "no archive at" in result.stderr


def test_refused_pages_are_published_with_their_facets(tmp_path):
    db = open_archive(tmp_path / "archive.db")
    for n, reason in (
        (1, "no article text found (2 words)"),
        (2, "no article text found (3 words)"),
        (3, "empty page"),
    ):
        page = {"url": f"https://kalsel.antaranews.com/berita/399900{n}/galeri", "outlet": "antara", "html": "<p>Foto</p>",
                "host": "kalsel.antaranews.com", "status": 200, "headers": {"ETag": f'"{n}"'}, "fetched_at": f"2025-10-0{n}"}  # fmt: skip
        save_refused(db, page, reason)
    db.execute("pragma journal_mode = delete")  # an immutable reader ignores a WAL file
    db.conn.close()
    with serve_datasette(tmp_path / "archive.db") as url:
        status, html = get(url + "/archive/refused_pages")
        assert status == 200 and "Refused pages" in html and "does not fetch them again" in html
        _, body = get(url + "/archive/refused_pages.json?_shape=objects")
        data = json.loads(body)
        _, body = get(url + "/archive.json")
        tables = {t["name"] for t in json.loads(body)["tables"] if not t["hidden"]}
    reasons = {f["value"]: f["count"] for f in data["facet_results"]["reason"]["results"]}
    assert reasons == {"no article text found": 2, "empty page": 1}
    assert [f["value"] for f in data["facet_results"]["outlet"]["results"]] == ["antara"]
    assert [r["fetched_at"] for r in data["rows"]] == ["2025-10-03", "2025-10-02", "2025-10-01"]  # newest first
    assert "refused_pages" in tables
