"""A large synthetic archive for the Datasette benchmark, and the latency of its pages over HTTP.

`build_archive` opens the archive with the project's own store code (`open_archive`: the
same migrations, full-text index and triggers, gazetteer) and bulk-inserts articles, awards,
award recipients and unit links on its connection. Texts are stitched from the offline
sample's paragraphs, so the full-text index holds real Indonesian news vocabulary. As in a real
crawl, police stories are a minority: award stories (one per award, some with two), 10 % police
news that is not about awards, and general news (`tools/bench/text.py`) for the rest, mixed over time.
Story clusters and raw pages are left empty: no page of the publication reads them.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import statistics
import subprocess
import time
import urllib.parse
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from crawler.outlets import ANTARA, TANGERANGEKSPRES, ZONES
from crawler.publication import METADATA, datasette_command
from pipelines.schema import open_archive
from tools.bench.processes import ROOT
from tools.bench.text import general_story
from tools.build_sample import load_sources

POLICE_NEWS_SHARE = 0.10  # of all articles: police stories that are not about an award
GENERAL_SECTIONS = ("Ekonomi", "Daerah", "Olahraga", "Kesehatan", "Pendidikan", "Humaniora")
CATEGORIES = (  # category, share of awards
    ("ombudsman_compliance", 0.22), ("zona_integritas_wbk", 0.18), ("zona_integritas_wbbm", 0.07), ("kapolda", 0.2),
    ("kapolri", 0.08), ("ministry", 0.08), ("regional_government", 0.12), ("muri", 0.02), ("other", 0.03),
)  # fmt: skip
RANKS = ("AKBP", "Kombes Pol", "AKP", "Kompol", "Iptu", "Irjen Pol", "Brigjen Pol")
FIRST_NAMES = ("Budi", "Andi", "Dimas", "Sabana", "Rizal", "Hendra")
LAST_NAMES = ("Santoso", "Pratama", "Wicaksono", "Atmojo", "Siregar")
# Values for the parameters of canned queries; anything else gets a common word.
QUERY_PARAMS = {"unit": "Polres Serang", "q": "zona integritas"}
SEARCH_TERMS = ("ombudsman", "zona integritas", "penghargaan", "kapolda", "pelayanan publik", "wbbm", "stunting")


def _giver(category: str, province: str, area: str, rng: random.Random) -> str:
    return {
        "ombudsman_compliance": f"Ombudsman RI Perwakilan {province}",
        "zona_integritas_wbk": "KemenPAN-RB",
        "zona_integritas_wbbm": "KemenPAN-RB",
        "kapolda": f"Kapolda {province}",
        "kapolri": "Kapolri",
        "ministry": rng.choice(("Kementerian Hukum dan HAM", "KemenPPPA", "Kementerian Kesehatan", "BNN")),
        "regional_government": (
            f"Bupati {area.removeprefix('Kabupaten ')}" if area.startswith("Kab") else f"Wali Kota {area.removeprefix('Kota ')}"
        ),
        "muri": "MURI",
        "other": rng.choice(("Kejaksaan Tinggi", "BPJS Kesehatan", "Bank Indonesia")),
    }[category]  # fmt: skip


def _stories(received: bool) -> tuple[list[dict], list[str]]:
    """The sample's award stories (or its other police stories) and their paragraphs after the first."""
    stories = [
        entry
        for entries in load_sources().values()
        for entry in entries
        if (entry["label"].get("award_role") == "received") == received
    ]
    return stories, [p for s in stories for p in s["paragraphs"][1:]]


def build_archive(path: Path, articles: int, awards: int, seed: int = 0) -> dict:
    """Write an archive of `articles` articles and `awards` awards at `path`; returns its row counts."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    db = open_archive(path)
    columns = set(db["articles"].columns_dict)
    units = [
        dict(r)
        for r in db.query(
            "select unit_id, name, province, area from units where type in ('polres', 'polresta', 'polrestabes', "
            "'polres_metro', 'polda') and province is not null"
        )
    ]
    award_texts, police_texts = _stories(received=True), _stories(received=False)
    places = sorted({(u["area"] or u["province"], u["province"]) for u in units})
    antara_hosts = sorted(ANTARA.hosts)
    newest = datetime(2025, 10, 31, 21, 0)
    # Every award belongs to an award story, some stories report two; the stories' kinds are spread over time.
    award_stories = max(1, min(articles, int(awards * 0.8)))
    police_news = min(articles - award_stories, int(articles * POLICE_NEWS_SHARE))
    kinds = ["award"] * award_stories + ["police"] * police_news
    kinds += ["general"] * (articles - len(kinds))
    rng.shuffle(kinds)
    award_rows, recipient_rows, unit_rows, article_rows, award_articles = [], [], [], [], []
    weights = [w for _, w in CATEGORIES]
    for i, kind in enumerate(kinds):
        if kind == "general":
            title, body = general_story(rng, places)
            story = {"title": title, "slug": re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-"),
                     "section": GENERAL_SECTIONS[i % len(GENERAL_SECTIONS)], "tags": []}  # fmt: skip
            role = "none"
        else:
            stories, paragraphs = award_texts if kind == "award" else police_texts
            story = stories[i % len(stories)]
            body = [story["paragraphs"][0], *rng.sample(paragraphs, min(len(paragraphs), rng.randint(6, 14)))]
            role = "received" if kind == "award" else ("given" if i % 17 == 0 else "none")
        if i % 10 == 9:
            outlet, host, path_tpl = TANGERANGEKSPRES, "tangerangekspres.disway.id", "/read/{id}/{slug}"
        else:
            outlet, host, path_tpl = ANTARA, antara_hosts[i % len(antara_hosts)], "/berita/{id}/{slug}"
        zone = ZONES[outlet.hosts[host]]
        when = (newest - timedelta(minutes=i * 17 + rng.randrange(15))).replace(tzinfo=zone)
        url = f"https://{host}" + path_tpl.format(id=9_000_000 - i, slug=f"{story['slug']}-{i}"[:110])
        text = "\n".join(body)
        row = {
            "url": url, "outlet": outlet.key, "host": host, "title": story["title"],
            "published_at": when.isoformat(), "published_text": f"{when:%d/%m/%Y %H:%M}", "modified_at": None,
            "reporter": story.get("reporter"), "editor": story.get("editor"), "section": story.get("section"),
            "tags": json.dumps(story.get("tags") or [], ensure_ascii=False),
            "image_url": f"https://img.antaranews.com/cache/800x533/{when:%Y/%m}/{i}.jpg",
            "description": body[0][:155], "language": "id", "text": text, "word_count": len(text.split()),
            "extraction_method": "selectors", "fetched_url": url, "fetched_at": when.isoformat(),
            "first_seen": when.isoformat(), "last_seen": when.isoformat(), "updated_at": when.isoformat(),
            "content_hash": hashlib.sha256(text.encode()).hexdigest()[:16], "award_role": role,
            "award_score": 1.0 if role != "none" else 0.0,
            "award_evidence": json.dumps(body[:2] if role != "none" else [], ensure_ascii=False),
        }  # fmt: skip
        article_rows.append({k: v for k, v in row.items() if k in columns})
        if kind == "general":
            continue
        named = rng.sample(units, rng.randint(1, 3))
        if role == "received":
            award_articles.append((article_rows[-1], named[0]))
        for u in named:
            unit_rows.append({"article_url": url, "unit_id": u["unit_id"], "unit": u["name"],
                              "role": "recipient" if role == "received" and u is named[0] else "other",
                              "mentions": rng.randint(1, 6)})  # fmt: skip
    for n in range(awards):
        article, unit = award_articles[n % award_stories]
        category = rng.choices([c for c, _ in CATEGORIES], weights)[0]
        year = int(article["published_at"][:4]) - rng.randint(0, 1)
        award_id = f"{article['url']}#{n // award_stories + 1}"
        award_rows.append(
            {
                "award_id": award_id,
                "article_url": article["url"],
                "award_no": n // award_stories + 1,
                "recipient_unit_id": unit["unit_id"],
                "recipients": json.dumps([unit["name"]]),
                "officer": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                "rank": rng.choice(RANKS),
                "position": "Kapolres",
                "title": f"penghargaan {category.replace('_', ' ')} tahun {year}",
                "category": category,
                "giver": _giver(category, unit["province"], unit["area"] or unit["province"], rng),
                "giver_person": None,
                "year": year,
                "placement": rng.choice((None, None, 1, 2, 3)),
                "event_date": article["published_at"][:10],
                "place": None,
                "evidence": article["award_evidence"],
            }  # fmt: skip
        )
        recipient_rows.append({"award_id": award_id, "unit_id": unit["unit_id"], "unit": unit["name"]})
    # Indexing the text once after the load is faster than row by row; the trigger is put back as it was.
    trigger = db.execute("select sql from sqlite_master where type = 'trigger' and name = 'articles_ai'").fetchone()
    db.execute("PRAGMA synchronous = OFF")
    with db.conn:
        if trigger:
            db.execute("drop trigger articles_ai")
        _bulk(db, "articles", article_rows)
        db.execute("insert into articles_fts (articles_fts) values ('rebuild')")
        if trigger:
            db.execute(trigger[0])
        _bulk(db, "article_units", unit_rows)
        _bulk(db, "awards", award_rows)
        _bulk(db, "award_recipients", recipient_rows)
    counts = {t: db[t].count for t in ("articles", "awards", "award_recipients", "article_units")}
    db.conn.close()
    return counts


def _bulk(db, table: str, rows: list[dict]) -> None:
    """Insert rows through the project's connection; rows repeating a primary key are skipped, as the store does."""
    names = list(rows[0]) if rows else []
    sql = (
        f"insert or ignore into [{table}] ({', '.join(f'[{n}]' for n in names)}) values ({', '.join('?' * len(names))})"
    )
    db.conn.executemany(sql, ([row[n] for n in names] for row in rows))


# --- latency over HTTP --------------------------------------------------------------


def canned_queries(metadata: Path = METADATA) -> dict[str, list[str]]:
    """Name -> named parameters of every canned query of the publication."""
    meta = yaml.safe_load(metadata.read_text(encoding="utf-8"))
    found = {}
    for database in meta.get("databases", {}).values():
        for name, query in (database.get("queries") or {}).items():
            sql = query["sql"] if isinstance(query, dict) else query
            found[name] = sorted(set(re.findall(r"(?<!:):(\w+)", sql)))
    return found


def endpoints(database: str = "archive") -> list[tuple[str, list[str], str]]:
    """(label, request paths to rotate through, target name) of every page measured."""
    quote = urllib.parse.quote
    pages = [
        # The publication's search page; its canned query is measured again below, once, as a canned query.
        ("full-text search, search_stories page",
         [f"/{database}/search_stories?q={quote(t)}" for t in SEARCH_TERMS], "fts"),
        ("search_stories for a word in every story", [f"/{database}/search_stories?q=dan"], "diagnosis"),
        # The articles table's own search box sorts and counts every match.
        ("articles table search box", [f"/{database}/articles?_search={quote(t)}" for t in SEARCH_TERMS], "page"),
        ("articles search box, faceted by outlet, section and role",
         [f"/{database}/articles?_search={quote(t)}&_facet=outlet&_facet=section&_facet=award_role"
          for t in SEARCH_TERMS], "diagnosis"),
        ("articles table, first page", [f"/{database}/articles"], "page"),
        ("award_list with its five facets", [f"/{database}/award_list"], "page"),
        ("award_list filtered by Polda and year",
         [f"/{database}/award_list?polda=Polda+Jawa+Timur&award_year=2025"], "page"),
        ("awards faceted by category and giver", [f"/{database}/awards?_facet=category&_facet=giver"], "page"),
    ]  # fmt: skip
    for name, params in canned_queries().items():
        qs = "&".join(f"{p}={urllib.parse.quote(QUERY_PARAMS.get(p, 'polres'))}" for p in params)
        pages.append((f"canned query {name}", [f"/{database}/{name}" + (f"?{qs}" if qs else "")], "page"))
    return pages


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def timed_get(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    return (time.perf_counter() - started) * 1000, status


def measure(base: str, paths: list[str], requests: int, budget_s: float = 20.0, warmup: int = 2) -> dict:
    """p50 and p95 of `requests` sequential requests, one connection each, rotating through `paths`.

    A page slower than the budget allows gets fewer requests (at least 5): its p95 is clear enough."""
    for path in paths[:warmup]:
        timed_get(base + path)
    times, statuses = [], set()
    started = time.perf_counter()
    for k in range(requests):
        if k >= 5 and time.perf_counter() - started > budget_s:
            break
        ms, status = timed_get(base + paths[k % len(paths)])
        times.append(ms)
        statuses.add(status)
    return {"p50": statistics.median(times), "p95": percentile(times, 95), "statuses": sorted(statuses),
            "requests": len(times)}  # fmt: skip


def start_datasette(archive: Path, port: int) -> subprocess.Popen:
    """Datasette over the archive, started as `scrapy serve` publishes it (immutable, the project's metadata and plugins)."""
    command = datasette_command(archive, port=port, immutable=True)
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
