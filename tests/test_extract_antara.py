"""ANTARA pages: saved page in, exact fields out (the Kalsel seed story)."""

from conftest import SAMPLE

from pipelines.extract import extract_article

SEED_URL = (
    "https://kalsel.antaranews.com/berita/3900001/polresta-banjarmasin-raih-predikat-kepatuhan-pelayanan-publik-2023"
)


def seed_article():
    page = SAMPLE / "kalsel.antaranews.com" / "berita" / "3900001"
    (path,) = page.iterdir()
    return extract_article(path.read_text(encoding="utf-8"), SEED_URL)


def test_kalsel_seed_story_fields():
    a = seed_article()
    assert a["url"] == SEED_URL
    assert a["outlet"] == "antara"
    assert a["host"] == "kalsel.antaranews.com"
    assert a["title"] == "Polresta Banjarmasin raih predikat kepatuhan pelayanan publik 2023"
    # Kalimantan Selatan is on WITA, UTC+8.
    assert a["published_at"] == "2024-01-24T16:10:00+08:00"
    assert a["published_text"] == "Rabu, 24 Januari 2024 16:10 WITA"
    assert a["section"] == "Hukum"
    assert a["reporter"] and a["editor"]
    assert a["language"] == "id"
    assert a["extraction_method"] == "selectors"


def test_kalsel_seed_story_text_is_the_story_and_nothing_else():
    text = seed_article()["text"]
    assert text.startswith(
        "Banjarmasin (ANTARA) - Polresta Banjarmasin, Kalimantan Selatan berhasil meraih penghargaan predikat"
    )
    assert text.endswith("memastikan logistik sebagai alat kelengkapan pemilu tersimpan dengan baik.")
    for noise in ("Baca juga", "Pewarta:", "Editor:", "COPYRIGHT", "Dilarang keras", "Berita Terkait", "Terpopuler"):
        assert noise not in text
    assert "Aula Mathilda Batyeri" in text
