"""Structure stage: the seed stories give exactly the award rows the archive promises."""

from conftest import FIXTURES

from pipelines.structure import article_units, extract_awards


def fields(award):
    return {k: v for k, v in award.items() if k not in ("evidence", "recipient_ids")}


def kalsel_seed():
    return (FIXTURES / "seeds" / "000_acadac3b55fac80e.txt").read_text(encoding="utf-8")


def serang_seed():
    text = (FIXTURES / "seeds" / "002_b9ecdabf2fff5490.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    # Headline, repeated headline, photo caption, then the body.
    return lines[0], "\n".join(lines[3:])


def test_kalsel_seed_award():
    (award,) = extract_awards(None, kalsel_seed(), "2024-01-24T16:10:00+08:00")
    assert fields(award) == {
        "recipients": ["Polresta Banjarmasin"],
        "officer": "Sabana Atmojo",
        "rank": "Kombes Pol",
        "position": "Kapolresta",
        "title": "predikat penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023",
        "category": "ombudsman_compliance",
        "giver": "Ombudsman RI Perwakilan Kalimantan Selatan",
        "giver_text": "Ombudsman RI Kalimantan Selatan",
        "giver_person": "Hadi Rahman",
        "year": 2023,
        "placement": None,
        # "Rabu" dates the interview, not the ceremony.
        "event_date": None,
        "place": "Aula Mathilda Batyeri Polda Kalimantan Selatan",
    }
    assert award["recipient_ids"] == ["polresta-banjarmasin"]


def test_kalsel_seed_units_polda_and_polsek_are_not_recipients():
    awards = extract_awards(None, kalsel_seed(), "2024-01-24T16:10:00+08:00")
    roles = {u["unit"]: u["role"] for u in article_units(None, kalsel_seed(), awards)}
    assert roles["Polresta Banjarmasin"] == "recipient"
    assert roles["Polda Kalimantan Selatan"] == "other"


def test_serang_seed_three_awards():
    title, body = serang_seed()
    awards = [fields(a) for a in extract_awards(title, body, "2024-02-27T09:15:00+07:00")]
    common = {"event_date": "2024-02-26", "place": "Mapolda Banten", "placement": None, "year": None}
    assert awards == [
        common
        | {
            "recipients": ["Polres Serang"],
            "officer": "Candra Sasongko",
            "rank": "AKBP",
            "position": "Kapolres",
            "title": "cooling system dalam rangka pemilu damai 2024",
            "category": "kapolda",
            "giver": "Kapolda Banten",
            "giver_text": "Kapolda Banten",
            "giver_person": "Irjen Pol Abdul Karim",
        },
        common
        | {
            "recipients": ["Polsek Ciruas", "Polsek Cikande"],
            "officer": None,
            "rank": None,
            "position": None,
            "title": "cooling system tingkat satuan",
            "category": "kapolda",
            "giver": "Polda Banten",
            "giver_text": "Polda Banten",
            "giver_person": None,
        },
        common
        | {
            "recipients": ["Polres Serang"],
            "officer": "Candra Sasongko",
            "rank": "AKBP",
            "position": "Kapolres",
            "title": "kepatuhan penyelenggaraan pelayanan publik 2023",
            "category": "ombudsman_compliance",
            "giver": "Ombudsman RI Perwakilan Banten",
            "giver_text": "Ombudsman RI Provinsi Banten",
            "giver_person": None,
            "year": 2023,
            "placement": 3,
        },
    ]


def test_bare_weekday_of_the_ceremony_resolves_against_publication_date():
    text = (
        "Polres Tapin meraih penghargaan dari Bupati Tapin atas pengamanan Pilkada 2024. "
        "Penghargaan diserahkan Bupati Tapin kepada Kapolres Tapin AKBP Dedi Kurniawan di Pendopo Bupati, Senin."
    )
    (award,) = extract_awards(None, text, "2024-12-04T10:00:00+08:00")  # a Wednesday
    assert award["event_date"] == "2024-12-02"
    assert award["giver"] == "Bupati Tapin"
    assert award["category"] == "regional_government"


def test_evidence_after_a_back_reference_is_as_the_story_writes_it():
    # "kepada keduanya" is read with the two units named before it, but the evidence keeps the story's words.
    text = (
        "Dua polres, yakni Polres Sumbawa dan Polres Dompu, dinilai berhasil menekan angka kecelakaan. Korlantas "
        "Polri memberikan penghargaan kepada keduanya dalam rapat kerja teknis di Jakarta."
    )
    awards = extract_awards(None, text, "2024-03-05")
    assert {u for a in awards for u in a["recipients"]} == {"Polres Sumbawa", "Polres Dompu"}
    evidence = " ".join(a["evidence"] for a in awards)
    assert "kepada keduanya dalam rapat kerja teknis" in evidence
    assert "yakni Polres Sumbawa dan Polres Dompu, dalam" not in evidence
