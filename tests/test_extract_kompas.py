"""Kompas.com Regional pages: saved page in, exact fields out."""

from conftest import extract_sample

URL = "https://regional.kompas.com/read/2024/12/11/19050011/polresta-mataram-raih-predikat-wbbm-dari-kemenpan-rb"


def article():
    return extract_sample(URL)


def test_fields():
    a = article()
    assert a["url"] == URL
    assert a["outlet"] == "kompas"
    assert a["title"] == "Polresta Mataram Raih Predikat WBBM dari KemenPAN-RB"
    assert a["published_at"] == "2024-12-11T19:05:00+07:00"
    assert a["published_text"] == "Kompas.com, 11 Desember 2024, 19:05 WIB"
    assert a["reporter"] == "Kontributor Mataram, Fitri Rachmawati"
    assert a["editor"] == "Reni Susanti"
    assert a["section"] == "Regional"
    assert a["extraction_method"] == "selectors"


def test_text_is_the_story_and_nothing_else():
    text = article()["text"]
    assert text.startswith("MATARAM, KOMPAS.com - Polresta Mataram, Nusa Tenggara Barat, meraih predikat")
    assert text.endswith("satu-satunya kepolisian resor yang meraih predikat WBBM tahun ini.")
    for noise in ("Baca juga", "Simak breaking news", "Berita Terkait", "Terpopuler", "KOMPAS.COM/", "Penulis"):
        assert noise not in text
