"""Bad input, generated: whatever page or text comes in, the pure stages give a result or a clear error, quickly.

Pages are random HTML or real pages (the offline sample, the saved real-world pages) broken on purpose:
truncated, cut, with stray or unclosed tags, deep nesting, NUL bytes, invalid UTF-8, a wrong charset. Texts
are random or the sample's stories scrambled. Hypothesis runs derandomized and without its example database,
so every run (and CI) tries the same examples; a failure prints the smallest input that shows it.
`PROPERTY_SCALE=20` searches twenty times longer, with new examples each run.
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import sqlite3
import time
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime, timedelta, timezone

import dateparser
import lxml.html
import pytest
import yaml
from helpers import FIXTURES, ROOT, sample_articles
from hypothesis import HealthCheck, Phase, event, example, given, settings
from hypothesis import strategies as st

from pipelines.classify import classify_award_role
from pipelines.dates import parse_iso, parse_printed_date, to_local_iso, weekday_before
from pipelines.extract import ExtractionError, extract_article
from pipelines.page_fields import process_page
from pipelines.structure import article_units, extract_awards

LIMIT = 15.0  # seconds before a call counts as hung: far past any real run, on the slowest machine that runs the suite


# PROPERTY_SCALE=20 tries twenty times as many examples, new ones on each run: a longer search, by hand.
SCALE = float(os.environ.get("PROPERTY_SCALE", "1"))


def examples(n: int) -> settings:
    """n examples, the same ones on every run, each timed by time_limit rather than Hypothesis' deadline."""
    return settings(
        max_examples=int(n * SCALE),
        derandomize=SCALE == 1,
        database=None,
        deadline=None,
        # No explain phase: it traces every line, which makes a slow call of a failing example look like a hang.
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


# The kinds of award the archive documents for `awards.category` (data/metadata.yml), not what the code emits.
_METADATA = yaml.safe_load((ROOT / "data" / "metadata.yml").read_text(encoding="utf-8"))
CATEGORIES = {
    c.strip()
    for c in _METADATA["databases"]["archive"]["tables"]["awards"]["columns"]["category"].split(":", 1)[1].split(",")
}
ROLES = {"received", "given", "none"}


class Hang(BaseException):
    """A call ran past LIMIT. A BaseException, so that no `except Exception` in the code under test eats it."""


@contextmanager
def time_limit(seconds: float = LIMIT):
    """Interrupt a call that hangs, and fail one that is merely slow."""

    def interrupt(signum, frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < seconds


@pytest.fixture(scope="module", autouse=True)
def date_parser_warmed_up():
    """dateparser (trafilatura's last resort for a page's date) compiles its languages on first use, about
    five seconds once per process; the time limit is for each call, not for that."""
    dateparser.parse("xyzzy qwer 5")


# --- real pages and stories to break ----------------------------------------------------------------------------


def _declared_url(html: bytes, fallback: str) -> str:
    """A saved real-world page's own URL, so that extraction takes the path it takes in a crawl."""
    tree = lxml.html.document_fromstring(html)
    found = tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
    return found[0].strip() if found and found[0].strip().startswith("http") else fallback


SAMPLE_PAGES = [(a["page"].read_bytes(), a["url"]) for a in sample_articles() if a["page"].is_file()]
REALWORLD_PAGES = [
    (path.read_bytes(), _declared_url(path.read_bytes(), f"https://www.{path.parent.name}.com/read/1/berita"))
    for path in sorted((FIXTURES / "realworld").glob("*/*.html"))
]
PAGES = SAMPLE_PAGES + REALWORLD_PAGES
STORIES = [
    (entry["title"], entry["paragraphs"])
    for source in sorted((ROOT / "data" / "sample_src").glob("*.yml"))
    for entry in yaml.safe_load(source.read_text(encoding="utf-8"))
]
# Class names the sample's layouts use, so that random HTML sometimes looks like an outlet's.
CLASSES = sorted({c for html, _ in SAMPLE_PAGES for c in re.findall(rb'class="([^"]{1,60})"', html)})
HOSTS = sorted({url.split("/")[2] for _, url in PAGES}) + ["www.example.com", "news.example.co.id"]

# What text is made of in these stories, to splice into random and scrambled text.
VOCABULARY = (
    "Polres", "Polresta", "Polrestabes", "Polsek", "Polda", "Polri", "Mabes Polri", "Kapolres", "Kapolda",
    "Kapolsek", "Kapolri", "Polres Serang", "Polda Kalsel", "Polsek Ciputat Timur", "(Polres)", "Kepolisian Resor",
    "AKBP", "Kombes Pol", "Irjen Pol", "Iptu", "Bripka", "penghargaan", "predikat", "WBK", "WBBM", "zona integritas",
    "Ombudsman RI Perwakilan", "Ombudsman RI Perwakilan Provinsi Banten", "KemenPAN-RB", "MURI", "Kementerian",
    "Bupati", "Wali Kota", "Gubernur", "Pemkab", "Komisi Informasi", "meraih", "menerima", "diterima oleh",
    "diserahkan", "memberikan", "kepada", "dari", "oleh", "yaitu", "yakni", "dan", "serta", "juara", "peringkat",
    "ke-3", "III", "tahun", "periode", "2024", "2099", "Senin", "Jumat", "Jum'at", "(26/2/2024)", "(31/2)",
    "17 Mei 2024", "31 Februari 2024", "Rabu, 17 Januari 2024 14:05 WIB", "di Aula", "di Mapolda", "bertempat di",
    "berlangsung", "kata", "ujarnya", ",", ".", "\"", "(", ")", "\n", "\u00a0", " ", "  ",
)  # fmt: skip

# --- strategies -------------------------------------------------------------------------------------------------

text_pieces = st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=30))
story_sentences = st.sampled_from([p for _, paragraphs in STORIES for p in paragraphs])


@st.composite
def random_text(draw, max_pieces: int = 60) -> str:
    """Text made of story words, sample sentences and arbitrary Unicode, joined by spaces or not at all."""
    pieces = draw(st.lists(st.one_of(text_pieces, story_sentences), max_size=max_pieces))
    return draw(st.sampled_from((" ", "", "\n"))).join(pieces)


TAGS = (
    "div", "p", "span", "a", "h1", "h2", "article", "section", "header", "footer", "nav", "aside", "figure",
    "figcaption", "blockquote", "table", "tr", "td", "ul", "li", "br", "strong", "time", "script", "style",
    "noscript", "iframe", "template", "svg", "title", "textarea", "button", "form",
)  # fmt: skip


@st.composite
def attributes(draw) -> str:
    chosen = draw(
        st.lists(
            st.one_of(
                st.sampled_from(CLASSES).map(lambda c: f'class="{c.decode("utf-8", "replace")}"'),
                st.sampled_from(
                    (
                        'itemprop="articleBody"',
                        'itemprop="datePublished" datetime="2024-02-30T25:00"',
                        'rel="next"',
                        'href="/berita/1/x"',
                        'href="http://[::1"',
                        'lang="id-ID"',
                        'lang=""',
                        'class="read__content"',
                    )
                ),  # fmt: skip
                st.text(max_size=15),
            ),
            max_size=3,
        )
    )
    return "".join(f" {a}" for a in chosen)


def _element(draw_children):
    @st.composite
    def element(draw) -> str:
        tag = draw(st.sampled_from(TAGS))
        inner = "".join(draw(st.lists(draw_children, max_size=5)))
        closing = draw(st.sampled_from((f"</{tag}>", f"</{tag}>", "", "</div>", "</p>")))
        return f"<{tag}{draw(attributes())}>{inner}{closing}"

    return element()


html_fragments = st.recursive(random_text(max_pieces=12), _element, max_leaves=40)

HEAD_PARTS = (
    '<meta charset="utf-8">', '<meta charset="shift_jis">', '<meta http-equiv="Content-Type" content="text/html; '
    'charset=x-unknown">', '<meta property="og:title" content="Polres Serang raih WBK | Kompas.com">',
    '<meta property="article:published_time" content="2024-13-45T99:99:99+07:00">',
    '<meta name="keywords" content="polres, , wbk,">', '<link rel="canonical" href="http://[::1">',
    '<link rel="canonical" href="//kalsel.antaranews.com/berita/9/y">', '<link rel="canonical" href="">',
    '<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": 5, "author": [{"name": null}],'
    ' "datePublished": "kemarin", "image": [], "keywords": [1, null], "@graph": {}}</script>',
    '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "image": {"url": "x"}}]}</script>',
    '<script type="application/ld+json">[[[{"@type":"Article","author":"A","editor":{"name":["B"]}}]]]</script>',
    "<title>Judul - Tribunnews.com | Berita</title>",
)  # fmt: skip


@st.composite
def random_pages(draw) -> tuple[str, str]:
    """A whole page of random HTML, sometimes with a head that declares things, on an outlet's or any host."""
    head = "".join(draw(st.lists(st.sampled_from(HEAD_PARTS), max_size=4)))
    body = "".join(draw(st.lists(html_fragments, min_size=1, max_size=6)))
    prefix = draw(st.sampled_from(("", "<!DOCTYPE html>", '<?xml version="1.0" encoding="UTF-8"?>', "\ufeff")))
    html = f"{prefix}<html><head>{head}</head><body>{body}</body></html>"
    if draw(st.booleans()):
        html = body  # a fragment, no document around it
    return html, f"https://{draw(st.sampled_from(HOSTS))}/berita/{draw(st.integers(0, 10**9))}/judul-berita"


SNIPPETS = (
    b"<div>", b"</div>", b"<p>", b"</p></div></article>", b"<script>", b"<style>", b"<!--", b"-->", b"<![CDATA[",
    b"<title>", b"<textarea>", b"<plaintext>", b"<xmp>", b"<table><tr><td>", b"<svg><math>", b"<a href='",
    b'<p class="', b"<h1>", b"</h1>", b"</body></html>", b"<html><body>", b"<br/>" * 50, b"<", b">", b"&",
    b"&#0;", b"&#xD800;", b"&nbsp;" * 20, b'<meta charset="utf-16">', b'<link rel="canonical" href="https://[x]/">',
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":', b"\x00", b"\xff\xfe", b"\xc3\x28",
    b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\r\n\r", b"\x0b\x0c\x1b",
)  # fmt: skip
NOT_UTF8 = (b"\x80", b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80")
CHARSETS = (b"iso-8859-1", b"shift_jis", b"utf-16", b"x-unknown", b"", b"utf-8\x00", b"windows-1252")


def _span(draw, data: bytearray, longest: int) -> tuple[int, int]:
    start = draw(st.integers(0, len(data)))
    return start, min(len(data), start + draw(st.integers(0, longest)))


def truncate(draw, data):
    return data[: draw(st.integers(0, len(data)))]


def delete_range(draw, data):
    start, end = _span(draw, data, 5000)
    return data[:start] + data[end:]


def insert_snippet(draw, data):
    at = draw(st.integers(0, len(data)))
    snippet = draw(st.one_of(st.sampled_from(SNIPPETS), st.binary(max_size=40)))
    return data[:at] + snippet * draw(st.integers(1, 3)) + data[at:]


def nest_deeply(draw, data):
    """Wrap part of the page in hundreds of unclosed or closed elements."""
    start, end = _span(draw, data, 3000)
    tag = draw(st.sampled_from((b"div", b"p", b"span", b"li", b"table", b"b", b"font")))
    depth = draw(st.integers(2, 1500))
    closed = draw(st.booleans())
    return (
        data[:start]
        + b"<%s>" % tag * depth
        + data[start:end]
        + (b"</%s>" % tag * depth if closed else b"")
        + data[end:]
    )


def repeat_range(draw, data):
    start, end = _span(draw, data, 2000)
    return data[:start] + data[start:end] * draw(st.integers(2, 40)) + data[end:]


def inject_nul(draw, data):
    at = draw(st.integers(0, len(data)))
    return data[:at] + b"\x00" * draw(st.integers(1, 100)) + data[at:]


def invalid_utf8(draw, data):
    at = draw(st.integers(0, len(data)))
    # Random bytes around a sequence that is never UTF-8: a stray continuation byte, a cut or overlong sequence.
    junk = draw(st.binary(max_size=30)) + draw(st.sampled_from(NOT_UTF8)) + draw(st.binary(max_size=30))
    return data[:at] + junk + data[at:]


def swap_charset(draw, data):
    charset = draw(st.sampled_from(CHARSETS))
    swapped = re.sub(rb"charset=[\"']?[\w-]*", b"charset=" + charset, bytes(data), flags=re.I)
    return swapped if swapped != data else b'<meta charset="' + charset + b'">' + data


MUTATIONS = (truncate, delete_range, insert_snippet, nest_deeply, repeat_range, inject_nul, invalid_utf8, swap_charset)


@st.composite
def mutated_pages(draw) -> tuple[str, str]:
    """A real page broken in one to four ways, then decoded as a crawl would: UTF-8, bad bytes replaced."""
    html, url = draw(st.sampled_from(PAGES))
    data = bytearray(html)
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        data = bytearray(mutation(draw, data))
    return bytes(data).decode("utf-8", errors="replace"), url


@st.composite
def scrambled_stories(draw) -> tuple[str | None, str]:
    """A sample story with paragraphs dropped, repeated or reordered, words spliced in, cut anywhere."""
    title, paragraphs = draw(st.sampled_from(STORIES))
    paragraphs = draw(st.permutations(paragraphs))[: draw(st.integers(0, len(paragraphs)))]
    paragraphs = paragraphs * draw(st.integers(1, 3))
    words = "\n".join(paragraphs).split(" ")
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(words)))
        words.insert(at, draw(text_pieces))
    text = " ".join(words)
    transform = draw(st.sampled_from(("as is", "cut", "one line", "title case", "upper", "no punctuation")))
    if transform == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif transform == "one line":
        text = text.replace("\n", " ").replace(". ", " ")
    elif transform == "title case":
        text = text.title()  # long runs of capitalised words after "Polres"
    elif transform == "upper":
        text = text.upper()
    elif transform == "no punctuation":
        text = re.sub(r"[.,;:!?()\"]", "", text)
    title = draw(st.one_of(st.none(), st.just(title), random_text(max_pieces=8)))
    return title, text


published = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.timezones()).map(
        lambda d: d.isoformat(timespec="seconds")
    ),
)

# --- checks -----------------------------------------------------------------------------------------------------


def check_article(article: dict) -> None:
    assert isinstance(article["url"], str) and article["url"].startswith(("http://", "https://"))
    assert isinstance(article["text"], str) and article["word_count"] >= 15
    assert article["title"] is None or isinstance(article["title"], str)
    for when in (article["published_at"], article["modified_at"]):
        assert when is None or datetime.fromisoformat(when).tzinfo is not None
    assert all(isinstance(tag, str) and tag for tag in article["tags"])


def check_awards(awards: list[dict]) -> None:
    for award in awards:
        assert award["recipients"] and all(isinstance(r, str) and r.strip() for r in award["recipients"]), award
        assert len(award["recipient_ids"]) == len(award["recipients"])
        assert award["category"] in CATEGORIES, award
        assert award["year"] is None or isinstance(award["year"], int)
        assert award["placement"] is None or isinstance(award["placement"], int)
        assert award["event_date"] is None or date.fromisoformat(award["event_date"])


def check_units(units: list[dict]) -> None:
    for unit in units:
        assert unit["role"] in ("recipient", "giver", "other") and unit["mentions"] >= 1 and unit["unit"]


def refused(run, html: str, url: str) -> dict | None:
    """What `run` made of the page, or None when it refused the page with extraction's own clear error."""
    try:
        with time_limit():
            article = run(html, url)
    except ExtractionError as exc:
        assert str(exc)
        event(f"refused: {str(exc).split(':')[0].split('(')[0].strip()}")  # --hypothesis-show-statistics
        return None
    event(f"article, {article['extraction_method']}")
    return article


def check_processed(article: dict) -> None:
    check_article(article)
    assert article["award_role"] in ROLES
    assert article["awards"] == [] or article["award_role"] == "received"
    check_awards(article["awards"])
    check_units(article["units"])


# --- properties -------------------------------------------------------------------------------------------------


# Pages that broke extraction once, found by these tests; kept as examples so they are tried on every run.
STORY = "<p>" + "Polres Serang meraih penghargaan predikat WBK dari KemenPAN-RB tahun 2024. " * 3 + "</p>"
FOUND = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": 5}</script>',  # a headline not text
    '<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": {"name": "id"}, "keywords": {"a": 1}}'
    "</script>",
    '<link rel="canonical" href="http://[::1">',  # a canonical URL urllib cannot split
    "<h1>Polres Polres Polres</h1>\x1f",  # a control character, which lxml refuses in trafilatura's tree
)


@examples(150)
@given(page=random_pages())
@example(page=(f'<figure itemprop="articleBody">{STORY}</figure>', "https://www.example.com/read/1/x"))
@example(page=(f"<html><head>{FOUND[0]}</head><body></body></html>", "https://www.example.com/read/1/x"))
@example(page=(f"<html><head>{FOUND[1]}</head><body><article>{STORY}</article></body></html>", "https://a.id/1"))
@example(page=(f"<html><head>{FOUND[2]}</head><body><article>{STORY}</article></body></html>", "https://a.id/1"))
@example(page=(f"<html><body>{FOUND[3]}{STORY}</body></html>", "https://www.example.com/read/1/x"))
# A control character in the tail of a boilerplate element that drop_tree moves.
@example(
    page=(
        '<html><body><div class="read__content"><div><table></table>\x1b</div></div></body></html>',
        "https://indeks.kompas.com/berita/0/x",
    )
)
def test_random_html_gives_an_article_or_a_clear_error(page):
    article = refused(process_page, *page)
    if article is not None:
        check_processed(article)


@examples(250)
@given(page=mutated_pages())
def test_broken_real_pages_give_an_article_or_a_clear_error(page):
    article = refused(extract_article, *page)
    if article is not None:
        check_article(article)


@examples(120)
@given(page=mutated_pages())
def test_broken_real_pages_go_through_every_stage(page):
    article = refused(process_page, *page)
    if article is not None:
        check_processed(article)


@examples(300)
@given(text=st.one_of(st.text(max_size=80), random_text(max_pieces=10)), zone=st.integers(-12, 14))
def test_printed_dates_never_raise(text, zone):
    tz = timezone(timedelta(hours=zone))
    with time_limit():
        found = parse_printed_date(text, tz)
        iso = parse_iso(text, tz)
    assert found is None or (isinstance(found, datetime) and found.tzinfo is not None)
    assert iso is None or iso.tzinfo is not None


@examples(200)
@given(
    day=st.integers(0, 99),
    month=st.sampled_from(("Januari", "Februari", "mei", "JULI", "Juni", "Agustus", "Sept", "Des", "Nop", "Pebruari")),
    year=st.integers(0, 9999),
    case=st.lists(st.sampled_from(("lower", "upper", "İ", "ſ", "K")), max_size=3),
    clock=st.sampled_from(("", " 14:05", " 99:99", " 24.00 WITA", ", pukul 07.30 WIT", " 1:5", " 23:59:59 WIB")),
    weekday=st.sampled_from(("", "Senin, ", "Jum'at , ", "Kamis (", "MINGGU ")),
)
@example(day=17, month="mei", year=2024, case=["İ"], clock="", weekday="")  # "MEİ" matched, lower() is "mei̇"
def test_date_like_text_gives_a_date_or_nothing(day, month, year, case, clock, weekday):
    # Letters that match a month name case-insensitively although lower() does not map them to it.
    for change in case:
        month = {"lower": month.lower(), "upper": month.upper()}.get(change) or month.replace(
            {"İ": "i", "ſ": "s", "K": "k"}[change], change
        )
    for text in (f"{weekday}{day} {month} {year}{clock}", f"{weekday}{day}/{year % 100}/{year}{clock}"):
        with time_limit():
            found = parse_printed_date(text, UTC)
        assert found is None or found.year == year


@examples(80)
@given(weekday=st.sampled_from(("Senin", "senin", "Jum'at", "Minggu", "Ahad", "")), day=st.dates())
def test_weekday_before_is_on_or_before_its_reference(weekday, day):
    found = weekday_before(weekday, day)
    assert found is None or (timedelta(0) <= day - found < timedelta(days=7))


@examples(200)
@given(title=st.one_of(st.none(), random_text(max_pieces=8)), text=st.one_of(random_text(), st.text(max_size=300)))
def test_classifying_random_text_never_raises(title, text):
    check_classification(title, text)


@examples(200)
@given(story=scrambled_stories())
def test_classifying_scrambled_stories_never_raises(story):
    check_classification(*story)


def check_classification(title, text):
    with time_limit():
        result = classify_award_role(title, text)
    assert result.award_role in ROLES
    assert 0.0 <= result.score <= 1.0
    # Evidence is quoted, never made up: each sentence is the headline or a piece of the text.
    assert all(sentence == title or sentence in text for sentence in result.evidence)


@examples(200)
@given(title=st.one_of(st.none(), random_text(max_pieces=8)), text=random_text(), when=published)
@example(
    title="Polres Serang raih penghargaan WBK",
    text="Polres Serang meraih penghargaan predikat WBK yang diserahkan pada Senin, 17 MEİ 2024 di Aula Polda Banten.",
    when="2024-05-20T10:00:00+07:00",
)
def test_award_extraction_from_random_text_never_raises(title, text, when):
    check_extraction(title, text, when)


@examples(250)
@given(story=scrambled_stories(), when=published)
def test_award_extraction_from_scrambled_stories_never_raises(story, when):
    check_extraction(*story, when)


def check_extraction(title, text, when):
    with time_limit():
        awards = extract_awards(title, text, when)
        units = article_units(title, text, awards)
    check_awards(awards)
    check_units(units)


INDONESIAN_ZONES = [timezone(timedelta(hours=h)) for h in (7, 8, 9)]  # WIB, WITA, WIT


@examples(200)
@given(
    instants=st.lists(
        st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.sampled_from(INDONESIAN_ZONES)),
        min_size=2, max_size=8,
    )
)  # fmt: skip
def test_utc_copy_of_a_publication_time_sorts_in_time_order(instants):
    local = [to_local_iso(t, t.tzinfo) for t in instants]  # as the archive stores published_at
    with closing(sqlite3.connect(":memory:")) as conn:  # as the archive derives published_utc from it
        utc = [conn.execute("select strftime('%Y-%m-%dT%H:%M:%SZ', ?)", [text]).fetchone()[0] for text in local]
    moments = [datetime.fromisoformat(text) for text in local]
    for i, j in itertools.combinations(range(len(local)), 2):
        assert (utc[i] < utc[j]) == (moments[i] < moments[j])
        assert (utc[i] == utc[j]) == (moments[i] == moments[j])
