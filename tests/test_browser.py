"""The publication in a real headless Chromium: what a person sees on the pages, with screenshots."""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from contextlib import closing
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import ROOT
from test_datasette import copy_archive, serve_datasette

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
SCREENSHOTS = ROOT / "build" / "screenshots"
HOSTILE_TITLE = "<script>alert(1)</script> Polres Uji terima penghargaan <img src=x onerror=alert(2)>"
HOSTILE_UNIT = "Polres <img src=x onerror=alert(3)>"
HOSTILE_URL = "https://papua.antaranews.com/berita/9999999/polres-uji-terima-penghargaan"
CHARTS = {
    "awards_per_month": "g.mark=bar&g.x_column=month&g.x_type=ordinal&g.y_column=awards&g.y_type=quantitative",
    "awards_by_category": "g.mark=bar&g.x_column=category&g.x_type=nominal&g.y_column=awards&g.y_type=quantitative",
}


def add_hostile_rows(archive: Path) -> None:
    """A story, an award and a unit whose names carry markup, as a hostile or broken page could yield."""
    with closing(sqlite3.connect(archive)) as db, db:
        db.execute(
            "insert into articles (url, outlet, host, title, published_at, text, award_role) values (?, ?, ?, ?, ?, ?, ?)",
            [HOSTILE_URL, "antara", "papua.antaranews.com", HOSTILE_TITLE, "2099-06-02T10:00:00+09:00",
             "Polres Uji menerima penghargaan dari Bupati Jayapura. <script>alert(4)</script>", "received"],
        )  # fmt: skip
        db.execute(
            "insert into units (unit_id, name, type, lat, lon, in_gazetteer) values ('polres-uji', ?, 'polres', ?, ?, 0)",
            [HOSTILE_UNIT, -11.5, 131.0],  # in the Arafura Sea, south of every real unit: a marker of its own
        )
        db.execute(
            "insert into awards (award_id, article_url, award_no, recipient_unit_id, title, category, giver) "
            "values (?, ?, 1, 'polres-uji', ?, 'regional_government', 'Bupati Jayapura')",
            [HOSTILE_URL + "#1", HOSTILE_URL, HOSTILE_TITLE],
        )
        db.execute(
            "insert into award_recipients (award_id, unit_id, unit) values (?, 'polres-uji', ?)",
            [HOSTILE_URL + "#1", HOSTILE_UNIT],
        )


@pytest.fixture(scope="module")
def site(sample_archive, tmp_path_factory):
    """The crawled sample plus hostile rows, served immutable with the project's metadata."""
    archive = copy_archive(sample_archive[0], tmp_path_factory.mktemp("browser") / "archive.db")
    add_hostile_rows(archive)
    with serve_datasette(archive) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: `make browser` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One browser tab on the site; it records every request it refused to send off the machine and every dialog."""

    def __init__(self, browser, base_url):
        self.base_url = base_url
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.set_default_timeout(15_000)

    def _only_local(self, route):
        # Tests talk to 127.0.0.1 only; what a page would fetch from elsewhere is refused and noted.
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path):
        self.page.goto(self.base_url + path)
        return self.page

    def screenshot(self, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def visit(browser, site):
    tab = Visit(browser, site)
    yield tab
    tab.context.close()


def rows_of(site, name, **params):
    qs = "&".join(f"{k}={urllib.request.quote(v)}" for k, v in params.items())
    with urllib.request.urlopen(f"{site}/archive/{name}.json?_shape=array&_size=max&{qs}", timeout=30) as r:
        return json.load(r)


def column(page, name):
    return [t.strip() for t in page.locator(f"table.rows-and-columns td.col-{name}").all_inner_texts()]


def test_home_page_introduces_the_archive(visit):
    page = visit.open("/")
    assert "Arsip Penghargaan Polri" in page.locator("h1").inner_text()
    assert page.get_by_role("heading", name="Sources and terms").is_visible()
    for link in ("Chart: awards per month", "Map of the units that received awards", "Atom feed of new award stories"):
        assert page.get_by_role("link", name=link).is_visible()
    assert page.locator("a[href='/archive/articles']").first.is_visible()
    assert "CC BY 4.0" in page.locator("footer").inner_text()
    visit.screenshot("home")
    assert visit.dialogs == [] and visit.blocked == []


def test_faceted_awards_table(visit, site):
    page = visit.open("/archive/awards?_facet=category&category=ombudsman_compliance")
    assert page.locator("h1").inner_text().strip() == "awards"
    expected = rows_of(site, "awards", category="ombudsman_compliance")
    assert f'{len(expected)} rows where category = "ombudsman_compliance"' in page.locator("h3").first.inner_text()
    assert column(page, "category") == ["ombudsman_compliance"] * len(expected)
    assert sorted(column(page, "title")) == sorted(r["title"] for r in expected)
    # The category facet lists the chosen value with its count (0.65 shows a metadata facet asked for again twice).
    for facet in page.locator(".facet-info[data-column='category']").all_inner_texts():
        assert f"ombudsman_compliance · {len(expected)}" in facet
    assert any("Ombudsman" in giver for giver in column(page, "giver"))
    visit.screenshot("awards_ombudsman")


def test_unit_award_history_with_a_parameter(visit, site):
    page = visit.open("/archive/unit_award_history?unit=Polres+Serang")
    assert page.locator("h1").inner_text().strip() == "A unit's award history"
    assert page.locator("input[name='unit']").input_value() == "Polres Serang"
    categories = column(page, "category")
    assert len(categories) == len(rows_of(site, "unit_award_history", unit="Polres Serang")) >= 2
    assert {"kapolda", "ombudsman_compliance"} <= set(categories)
    links = page.locator("table.rows-and-columns td.col-url a")
    assert links.count() == len(categories) and links.first.get_attribute("href").startswith("https://")
    visit.screenshot("unit_award_history")


def test_search_stories(visit):
    page = visit.open("/archive/search_stories?q=zona+integritas")
    assert page.locator("h1").inner_text().strip() == "Search stories"
    assert page.locator("textarea[name='q'], input[name='q']").first.input_value() == "zona integritas"
    snippets = column(page, "snippet")
    assert snippets and all("[" in s and "zona" in s.lower() for s in snippets)
    assert any("Polres" in t or "Polda" in t for t in column(page, "title"))
    visit.screenshot("search_zona_integritas")


def bar_count(page) -> int:
    """How many bars the chart canvas shows: the most separate runs of filled pixels along one row."""
    return page.evaluate(
        """() => {
        const canvas = document.querySelector('.vega-embed canvas, canvas');
        const ctx = canvas.getContext('2d');
        const {width, height} = canvas;
        const data = ctx.getImageData(0, 0, width, height).data;
        let best = 0;
        for (let y = 0; y < height; y++) {
            let runs = 0, inside = false;
            for (let x = 0; x < width; x++) {
                const i = (y * width + x) * 4;
                // Vega's default bar colour is #4c78a8; anti-aliased edges come close to it.
                const bar = Math.abs(data[i] - 76) < 30 && Math.abs(data[i+1] - 120) < 30 && Math.abs(data[i+2] - 168) < 30;
                if (bar && !inside) runs++;
                inside = bar;
            }
            best = Math.max(best, runs);
        }
        return best;
    }"""
    )


@pytest.mark.parametrize("name", CHARTS)
def test_chart_draws_a_bar_per_row(visit, site, name):
    page = visit.page
    with page.expect_response(lambda r: f"/archive/{name}.json" in r.url and "_shape=array" in r.url) as data:
        visit.open(f"/archive/{name}#{CHARTS[name]}")
    assert data.value.json() == rows_of(site, name)
    canvas = page.locator(".vega-embed canvas")
    canvas.wait_for()
    page.wait_for_function("() => document.querySelector('.vega-embed canvas').width > 100")
    assert bar_count(page) == len(rows_of(site, name))
    visit.screenshot(f"chart_{name}")
    assert visit.blocked == []  # Vega is bundled with the plugin: nothing comes from a CDN


def test_map_shows_every_unit(visit, site):
    expected = rows_of(site, "award_map")
    page = visit.open("/archive/award_map")
    page.locator(".leaflet-container").wait_for()
    # Every unit is on the map, alone or inside a cluster that shows how many it holds.
    page.wait_for_function(
        """(n) => {
        const clusters = [...document.querySelectorAll('.marker-cluster span')].map(s => +s.textContent);
        const single = document.querySelectorAll('.leaflet-marker-icon:not(.marker-cluster)').length;
        return clusters.reduce((a, b) => a + b, 0) + single === n;
    }""",
        arg=len(expected),
    )
    assert page.locator(".marker-cluster").count() >= 1
    visit.screenshot("award_map")
    # Offline, only the OpenStreetMap tiles are missing; Leaflet and the cluster layer are served locally.
    assert visit.blocked and all(urlsplit(u).hostname.endswith("tile.openstreetmap.org") for u in visit.blocked)


def test_hostile_markup_shows_as_text_and_never_runs(visit):
    page = visit.open("/archive/articles?title__contains=Polres+Uji")
    assert column(page, "title") == [HOSTILE_TITLE]
    visit.screenshot("hostile_articles")
    story = "/archive/articles/" + urllib.request.quote(HOSTILE_URL, safe="")
    pages = {"/archive/latest_award_stories": HOSTILE_TITLE, "/archive/search_stories?q=alert": HOSTILE_TITLE,
             "/archive/awards?category=regional_government": HOSTILE_UNIT, story: "<script>alert(4)</script>",
             "/archive/award_recipients?unit_id=polres-uji": HOSTILE_UNIT, "/archive/award_feed.atom": HOSTILE_TITLE,
             "/archive/units?in_gazetteer=0": HOSTILE_UNIT}  # fmt: skip
    for path, text in pages.items():
        page = visit.open(path)
        assert text in page.locator("body").inner_text(), path
        assert page.locator("img[src='x']").count() == 0, path
    # The map popup of the hostile unit, the southernmost marker: the name is text, not an image tag.
    page = visit.open("/archive/award_map")
    page.locator(".leaflet-marker-icon:not(.marker-cluster)").first.wait_for()
    markers = page.locator(".leaflet-marker-icon:not(.marker-cluster)").all()
    max(markers, key=lambda m: m.bounding_box()["y"]).click()
    assert page.locator(".leaflet-popup-content strong").inner_text() == HOSTILE_UNIT
    assert page.locator("img[src='x']").count() == 0
    visit.screenshot("hostile_map_popup")
    assert visit.dialogs == []


def test_award_list_facet_narrows_the_list_to_one_polda(visit, site):
    page = visit.open("/archive/award_list")
    polda = "Polda Kalimantan Selatan"
    page.locator(".facet-info[data-column='polda'] a", has_text=polda).first.click()
    page.wait_for_url("**polda=*")
    expected = rows_of(site, "award_list", polda=polda)
    assert expected and column(page, "polda") == [polda] * len(expected)
    assert sorted(column(page, "unit")) == sorted(r["unit"] for r in expected)
    visit.screenshot("award_list_polda_kalsel")
    assert visit.dialogs == []


def test_articles_page_leads_to_the_search_page(visit):
    page = visit.open("/archive/articles")
    assert len(column(page, "title")) == 50
    page.get_by_role("link", name="search page").click()
    page.wait_for_url("**/archive/search_stories")
    page.locator("textarea[name='q'], input[name='q']").first.fill("penghargaan")
    page.locator("textarea[name='q'], input[name='q']").first.press("Enter")
    page.wait_for_url("**q=penghargaan*")
    instants = [datetime.fromisoformat(text) for text in column(page, "published_at")]
    assert instants and instants == sorted(instants, reverse=True)
    assert len(set(column(page, "matches"))) == 1 and int(column(page, "matches")[0]) >= len(instants)
    visit.screenshot("search_penghargaan")
    assert visit.dialogs == []
