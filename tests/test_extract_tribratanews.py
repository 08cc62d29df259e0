"""Tribrata News (Odoo blog) pages: saved page in, exact fields out."""

from conftest import extract_sample

URL = "https://tribratanews.polri.go.id/blog/nasional-3/polda-sulsel-raih-predikat-kepatuhan-tertinggi-dari-ombudsman-ri-81234"


def article():
    return extract_sample(URL)


def test_fields():
    a = article()
    assert a["url"] == URL
    assert a["outlet"] == "tribratanews"
    assert a["title"] == "Polda Sulsel Raih Predikat Kepatuhan Tertinggi dari Ombudsman RI"
    # Odoo writes article:published_time in UTC without an offset ("2024-12-10 07:30:00").
    assert a["published_at"] == "2024-12-10T14:30:00+07:00"
    assert a["published_text"] == "10 Des 2024"
    assert a["reporter"] == "Humas Polda Sulsel"
    assert a["editor"] == "Rina Anggraeni"
    assert a["section"] == "Nasional"
    assert a["tags"] == ["polda sulsel", "ombudsman ri", "pelayanan publik", "kepatuhan"]
    assert a["image_url"] == "https://tribratanews.polri.go.id/web/image/blog.post/81234/image"
    assert a["extraction_method"] == "selectors"


def test_text_is_the_story_and_nothing_else():
    text = article()["text"]
    assert text.startswith("Tribratanews.polri.go.id - Makassar. Kepolisian Daerah Sulawesi Selatan (Polda Sulsel)")
    assert text.endswith('kualitas layanan kepolisian di seluruh Sulawesi Selatan merata," ujarnya.')
    for noise in ("Baca juga", "Penulis:", "Editor:", "Berita Terkait", "Bagikan", "Powered by", "Copyright", "Tag:"):
        assert noise not in text
