"""RRI pages: saved page in, exact fields out."""

from conftest import extract_sample

URL = "https://www.rri.co.id/daerah/1183452/polres-banjarbaru-terima-penghargaan-wali-kota-atas-pengamanan-pilkada"


def article():
    return extract_sample(URL)


def test_fields():
    a = article()
    assert a["url"] == URL
    assert a["outlet"] == "rri"
    assert a["title"] == "Polres Banjarbaru Terima Penghargaan Wali Kota atas Pengamanan Pilkada"
    # One host for every station: its times are WIB (JSON-LD carries the offset).
    assert a["published_at"] == "2025-01-10T13:30:00+07:00"
    assert a["published_text"] == "10 Jan 2025 13:30"
    assert a["reporter"] == "Ahmad Riyadi"
    assert a["editor"] == "Sri Wahyuni"
    assert a["section"] == "Daerah"
    assert a["tags"] == ["polres banjarbaru", "pilkada 2024", "wali kota banjarbaru"]
    assert a["extraction_method"] == "selectors"


def test_text_is_the_story_and_nothing_else():
    text = article()["text"]
    assert text.startswith("KBRN, Banjarbaru: Polres Banjarbaru menerima penghargaan dari Wali Kota Banjarbaru")
    assert text.endswith("juga memberikan penghargaan kepada KPU dan Bawaslu Kota Banjarbaru.")
    for noise in ("Baca Juga", "Penulis:", "Berita Terkait", "Berita Populer", "Dengarkan Siaran", "Copyright"):
        assert noise not in text
