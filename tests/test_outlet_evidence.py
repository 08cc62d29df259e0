"""The outlet facts corrected from public evidence (December 2026): what each outlet's pages declare
in the layout the evidence describes is read by the outlet's own selectors, even with JSON-LD and
OpenGraph gone; URL patterns, hosts and zones as found."""

import re

import pytest
from helpers import sample_articles

from crawler.outlets import ANTARA, DISWAY, KOMPAS, OUTLETS, RRI, TANGERANGEKSPRES, TRIBUN
from pipelines.extract import extract_article


def sample_page(host: str, n: int = 0) -> dict:
    return [a for a in sample_articles() if a["host"] == host][n]


def without_declared_metadata(html: str) -> str:
    """The page without JSON-LD, OpenGraph and article:* meta: only the layout's own elements are left."""
    html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
    return re.sub(r'<meta property="(og|article):[^"]*" content="[^"]*">', "", html)


def test_jpnn_title_date_and_author_come_from_its_own_elements():
    page = sample_page("www.jpnn.com")
    html = without_declared_metadata(page["page"].read_text(encoding="utf-8"))
    html = html.replace("Reporter", "Penyunting")  # no byline block left: the author meta alone names the reporter
    a = extract_article(html, page["url"])
    assert a["title"] == page["title"]
    assert a["published_at"] == f"{page['published'].replace(' ', 'T')}:00+07:00"
    assert a["reporter"] == page["reporter"]
    # Without span.date-publish the jpnncom_news_pubdate meta still dates the story.
    a = extract_article(re.sub(r'<span class="date-publish">[^<]*</span>', "", html), page["url"])
    assert a["published_text"] == page["published"] + ":00"
    assert a["published_at"] == f"{page['published'].replace(' ', 'T')}:00+07:00"


def test_rri_reads_h2_news_title_news_content_and_li_date():
    page = sample_page("www.rri.co.id")
    a = extract_article(without_declared_metadata(page["page"].read_text(encoding="utf-8")), page["url"])
    assert a["title"] == page["title"]
    assert a["extraction_method"] == "selectors"
    assert re.fullmatch(r"\d\d \w{3} \d{4}, \d\d:\d\d WIB", a["published_text"])
    assert a["published_at"] == f"{page['published'].replace(' ', 'T')}:00+07:00"
    assert a["reporter"] == page["reporter"]


def test_disway_reads_div_post_and_its_pubdate_meta():
    page = sample_page("tangerangekspres.disway.id")
    html = without_declared_metadata(page["page"].read_text(encoding="utf-8"))
    assert 'class="post text-black-1"' in html
    a = extract_article(re.sub(r'<span class="date">[^<]*</span>', "", html), page["url"])
    assert a["extraction_method"] == "selectors"
    assert a["published_at"] == f"{page['published'].replace(' ', 'T')}:00+07:00"


REGIONAL_ANTARA = """<html><head><title>{title} - ANTARA News Papua Tengah</title></head><body>
<div class="post-header"><h1 class="post-title">{title}</h1></div>
<div class="post-content clearfix font17"><time datetime="2026-02-10T14:05:00+09:00">Selasa, 10 Februari 2026 14:05 WIT</time>
<p>Nabire (ANTARA) - Polres Nabire menerima penghargaan dari Pemerintah Kabupaten Nabire atas pengamanan
perayaan Natal dan Tahun Baru yang berlangsung aman dan tertib di seluruh wilayah hukumnya.</p>
<p>Penghargaan diserahkan Bupati Nabire kepada Kapolres Nabire dalam upacara di halaman kantor bupati,
disaksikan unsur Forkopimda dan tokoh masyarakat setempat.</p>
<p>Kapolres mengatakan penghargaan itu menjadi pemacu bagi seluruh personel untuk terus melayani masyarakat
dengan baik dan menjaga situasi keamanan yang kondusif.</p></div></body></html>"""


def test_antara_regional_body_and_time_datetime():
    title = "Polres Nabire terima penghargaan Pemkab Nabire"
    url = "https://papuatengah.antaranews.com/berita/512345/polres-nabire-terima-penghargaan-pemkab-nabire"
    a = extract_article(REGIONAL_ANTARA.format(title=title), url)
    assert a["extraction_method"] == "selectors"
    assert a["text"].startswith("Nabire (ANTARA) - Polres Nabire menerima penghargaan")
    assert a["published_at"] == "2026-02-10T14:05:00+09:00"
    assert a["outlet"] == "antara" and a["title"] == title


@pytest.mark.parametrize(
    ("outlet", "path", "is_article"),
    [
        (TANGERANGEKSPRES, "/read/720014/polres-serang-sabet-3-penghargaan", True),
        (TANGERANGEKSPRES, "/read/720014/polres-serang-sabet-3-penghargaan/15", False),  # continuation page
        (DISWAY, "/read/720014/polres-serang-sabet-3-penghargaan/30", False),
        (TRIBUN, "/2024/02/26/polres-serang-raih-wbk", True),
        (TRIBUN, "/regional/2024/02/26/polres-serang-raih-wbk", True),  # the main site's scheme
        (TRIBUN, "/tag/polres-serang", False),
        (ANTARA, "/berita/4012345/polres-raih-wbk", True),
        (ANTARA, "/amp/berita/4012345/polres-raih-wbk", False),  # the AMP copy of an article
    ],
)
def test_article_patterns(outlet, path, is_article):
    assert outlet.is_article(path) is is_article


def test_hosts_and_zones_found_missing():
    zones = {host.split(".")[0]: zone for host, zone in TRIBUN.hosts.items()}
    assert {p: zones[p] for p in ("kaltara", "palu", "sultra", "sulbar", "lombok", "flores")} == dict.fromkeys(
        ("kaltara", "palu", "sultra", "sulbar", "lombok", "flores"), "WITA"
    )
    assert [zones[p] for p in ("papua", "papuabarat", "ternate", "kalteng", "belitung")] == ["WIT"] * 3 + ["WIB"] * 2
    assert ANTARA.hosts["papuatengah.antaranews.com"] == "WIT"
    assert "rri.co.id" in RRI.hosts


def test_backfill_routes_as_found():
    assert RRI.search_url("www.rri.co.id", "WBK polres", 2) == "https://www.rri.co.id/search?q=WBK%20polres&page=2"
    assert TANGERANGEKSPRES.search_url("tangerangekspres.disway.id", "WBK polres", 3).startswith(
        "https://tangerangekspres.disway.id/search/kata/20/10/?c="
    )
    week = {"start": "2024-12-09", "end": "2024-12-15"}
    assert KOMPAS.search_url("regional.kompas.com", "WBK polres", 1, **week) == (
        "https://search.kompas.com/search?q=WBK%20polres&sort=latest&start_date=2024-12-09&end_date=2024-12-15&page=1"
    )
    # Tribun's tag pages come first only where robots.txt allows them; the daily index is the other route.
    assert TRIBUN.routes() == ("/tag/{slug}?page={page}", "/index-news?date={date}&page={page}")
    assert "/tag/" in TRIBUN.layout.robots_disallow
    # Every outlet says where its facts come from.
    assert all(outlet.source for outlet in OUTLETS.values())
