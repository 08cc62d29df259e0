"""Tribun Network pages (Banjarmasin Post, on WITA): saved page in, exact fields out."""

from conftest import extract_sample

URL = "https://banjarmasin.tribunnews.com/2024/12/18/polres-tabalong-raih-predikat-kepatuhan-pelayanan-publik-dari-ombudsman-kalsel"


def article():
    return extract_sample(URL)


def test_fields():
    a = article()
    assert a["url"] == URL
    assert a["outlet"] == "tribun"
    assert a["host"] == "banjarmasin.tribunnews.com"
    assert a["title"] == "Polres Tabalong Raih Predikat Kepatuhan Pelayanan Publik dari Ombudsman Kalsel"
    # Kalimantan Selatan is on WITA, UTC+8.
    assert a["published_at"] == "2024-12-18T11:20:00+08:00"
    assert a["published_text"] == "Rabu, 18 Desember 2024 11:20 WITA"
    assert a["reporter"] == "Dony Usman"  # "Penulis: Dony Usman"
    assert a["editor"] == "Hari Widodo"
    assert a["section"] == "Kalsel"
    assert a["extraction_method"] == "selectors"


def test_text_is_the_story_and_nothing_else():
    text = article()["text"]
    assert text.startswith("BANJARMASINPOST.CO.ID, TANJUNG - Polres Tabalong meraih predikat kepatuhan")
    assert text.endswith("termasuk kantor kepolisian resor di setiap daerah.")
    for noise in ("Baca juga", "Artikel ini telah tayang", "Rekomendasi untuk Anda", "Penulis:", "Terpopuler",
                  "Tribun Network", "All Right Reserved"):  # fmt: skip
        assert noise not in text
