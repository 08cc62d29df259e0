"""The other Disway portals share TangerangEkspres' platform: its saved page read under their host."""

from conftest import SAMPLE

from crawler.outlets import DISWAY
from pipelines.extract import extract_article


def test_a_disway_page_on_another_portal_extracts_the_same():
    host = "tangerangekspres.disway.id"
    (folder,) = [p for p in (SAMPLE / host / "read").iterdir() if "polres-serang-sabet" in next(p.iterdir()).name]
    (path,) = folder.iterdir()
    html = path.read_text(encoding="utf-8")
    original = extract_article(html, f"https://{host}/read/{folder.name}/{path.name}")
    for portal in DISWAY.hosts:
        moved = html.replace(host, portal)
        a = extract_article(moved, f"https://{portal}/read/{folder.name}/{path.name}")
        assert a["outlet"] == "disway"
        assert a["url"] == f"https://{portal}/read/{folder.name}/{path.name}"
        assert (a["title"], a["published_at"], a["text"]) == (
            original["title"],
            original["published_at"],
            original["text"],
        )
        assert a["extraction_method"] == "selectors"
