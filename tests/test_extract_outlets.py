"""Every outlet's pages: saved sample page in, exact fields out, as tests/expected/<outlet>.yml says.

One file of expected fields per outlet of crawler/outlets.py; `scrapy genoutlet` writes a new
outlet's with TODO in place of every value, and it fails here until someone fills it in. Each
outlet's spider lets through its outlet's hosts and no other outlet's.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from helpers import sample_page
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings
from scrapy.utils.url import url_is_from_any_domain

from crawler.outlets import OUTLETS
from pipelines.extract import extract_article

EXPECTED = Path(__file__).resolve().parent / "expected"
TODO = "TODO"


def expected_articles() -> list[tuple[str, dict]]:
    """(outlet key, expected article) for every article of every expected-fields file."""
    return [
        (path.stem, article)
        for path in sorted(EXPECTED.glob("*.yml"))
        for article in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]


ARTICLES = expected_articles()


def unfilled(value) -> bool:
    if isinstance(value, dict):
        return any(unfilled(v) for v in value.values())
    if isinstance(value, list):
        return any(unfilled(v) for v in value)
    return isinstance(value, str) and value.startswith(TODO)


def check_text(text: str, expected: dict) -> None:
    assert text.startswith(expected.get("starts_with", ""))
    assert text.endswith(expected.get("ends_with", ""))
    for line in expected.get("contains", []):
        assert line in text
    for noise in expected.get("excludes", []):
        assert noise not in text


def check_article(a: dict, expected: dict) -> None:
    assert {name: a[name] for name in expected.get("fields", {})} == expected.get("fields", {})
    for name in expected.get("filled", []):
        assert a[name], f"{name} is empty"
    check_text(a["text"], expected.get("text", {}))


@pytest.mark.parametrize(("key", "expected"), ARTICLES, ids=[f"{key}:{urlsplit(e['url']).path}" for key, e in ARTICLES])
def test_sample_page_extracts_as_expected(key, expected):
    if unfilled(expected):
        pytest.fail(f"tests/expected/{key}.yml: fill in what extraction must give for {expected['url']} (TODO left)")
    html = sample_page(expected["url"]).read_text(encoding="utf-8")
    if not expected.get("read_under_every_host"):
        check_article(extract_article(html, expected["url"]), expected)
        return
    # An outlet on another's platform: that outlet's page, moved to each of this one's hosts.
    own_host = urlsplit(expected["url"]).netloc
    original = extract_article(html, expected["url"])
    for host in OUTLETS[key].hosts:
        url = expected["url"].replace(own_host, host, 1)
        a = extract_article(html.replace(own_host, host), url)
        assert a["url"] == url
        check_article(a, expected)
        for name in expected.get("same_as_on_its_own_host", []):
            assert a[name] == original[name], name


@pytest.mark.parametrize("key", sorted(OUTLETS))
def test_every_outlet_has_sample_pages_and_expected_fields(key):
    path = EXPECTED / f"{key}.yml"
    assert path.exists(), f"{path.name}: no expected fields for outlet {key} (scrapy genoutlet writes a stub)"
    articles = [article for k, article in ARTICLES if k == key]
    assert articles, f"{path.name} lists no article"
    for article in articles:
        assert sample_page(article["url"]).is_file(), f"no sample page for {article['url']} (make sample)"
        # Read as one of the outlet's own hosts, directly or moved there.
        assert article.get("read_under_every_host") or urlsplit(article["url"]).netloc in OUTLETS[key].hosts


def test_every_expected_fields_file_is_an_outlet():
    assert {path.stem for path in EXPECTED.glob("*.yml")} <= set(OUTLETS)


@pytest.mark.parametrize("key", sorted(OUTLETS))
def test_spider_offsite_filter_lets_through_its_outlet_hosts_only(key):
    spider = SpiderLoader.from_settings(get_project_settings()).load(key)
    assert spider.outlet is OUTLETS[key]
    own = [f"https://{host}/" for host in OUTLETS[key].hosts]
    if OUTLETS[key].search and OUTLETS[key].search.startswith("https://"):
        own.append(OUTLETS[key].search)
    assert all(url_is_from_any_domain(url, spider.allowed_domains) for url in own)
    others = [f"https://{host}/" for other in OUTLETS.values() if other.key != key for host in other.hosts]
    assert not any(url_is_from_any_domain(url, spider.allowed_domains) for url in others)
