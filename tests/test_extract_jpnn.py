"""JPNN.com pages: saved page in, exact fields out."""

from conftest import extract_sample

URL = "https://www.jpnn.com/news/polda-metro-jaya-raih-penghargaan-ombudsman-ri-kapolda-kami-terus-berbenah"


def article():
    return extract_sample(URL)


def test_fields():
    a = article()
    assert a["url"] == URL
    assert a["outlet"] == "jpnn"
    assert a["title"] == "Polda Metro Jaya Raih Penghargaan Ombudsman RI, Kapolda: Kami Terus Berbenah"
    assert a["published_at"] == "2025-01-15T18:30:00+07:00"
    assert a["published_text"] == "Rabu, 15 Januari 2025 – 18:30 WIB"
    assert a["reporter"] == "Fathan Sinaga"  # "Reporter : Fathan Sinaga" under the story
    assert a["editor"] == "Natalia Laurens"
    assert a["section"] == "Hukum"
    assert a["extraction_method"] == "selectors"


def test_text_is_the_story_and_nothing_else():
    text = article()["text"]
    assert text.startswith("JPNN.com, JAKARTA - Polda Metro Jaya meraih penghargaan predikat kualitas tertinggi")
    assert text.endswith("menempati kelompok kualitas tertinggi bersama sejumlah polda lain.")
    for noise in ("BACA JUGA", "TAGS", "Redaktur", "Reporter", "BERITA TERKAIT", "TERPOPULER", "Jaringan JPNN"):
        assert noise not in text
