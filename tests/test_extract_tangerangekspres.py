"""TangerangEkspres (Disway) pages: saved page in, exact fields out (the Polres Serang seed story)."""

from conftest import SAMPLE

from pipelines.extract import extract_article

HOST = "tangerangekspres.disway.id"


def seed_article():
    (folder,) = [p for p in (SAMPLE / HOST / "read").iterdir() if "polres-serang-sabet" in next(p.iterdir()).name]
    (path,) = folder.iterdir()
    return extract_article(path.read_text(encoding="utf-8"), f"https://{HOST}/read/{folder.name}/{path.name}")


def test_seed_story_fields():
    a = seed_article()
    assert a["url"].startswith(f"https://{HOST}/read/")
    assert a["outlet"] == "tangerangekspres"
    assert a["title"] == "Polres Serang Sabet 3 Penghargaan, 2 Dari Polda Banten 1 Dari Ombudsman RI"
    assert a["published_at"] == "2024-02-27T09:15:00+07:00"
    assert a["published_text"] == "Selasa 27-02-2024,09:15 WIB"
    assert a["reporter"] and a["editor"]
    assert a["extraction_method"] == "selectors"


def test_seed_story_text_is_the_story_and_nothing_else():
    text = seed_article()["text"]
    assert text.startswith("TANGERANGEKSPRES.ID - Polres Serang sabet 3 penghargaan sekaligus.")
    assert text.endswith('dalam mengawal dan mengamankan kegiatan tersebut," ujarnya. (*)')
    for noise in ("BACA JUGA", "Baca juga", "Sumber:", "Reporter:", "Terpopuler", "Disway Network", "AGUNG GUMELAR"):
        assert noise not in text
