"""The learned baselines that `tools/learned_baselines.py` measures against the rules: the model learns, and
the units it scores are the ones a story names, with how they are named."""

import pytest

from tools.learned_baselines import Softmax, candidate_units, unit_kind


def test_softmax_learns_which_word_decides():
    rows = [({"bias": 1.0, "menerima": 1.0}, "received"), ({"bias": 1.0, "menyerahkan": 1.0}, "given")] * 10
    model = Softmax(("received", "given", "none"), epochs=30, min_count=1).fit(rows)
    assert model.probabilities(["bias", "menerima"])["received"] > 0.8
    assert model.probabilities(["bias", "menyerahkan"])["given"] > 0.8


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Polda Banten", "polda"),
        ("Polresta Banjarmasin", "polres"),
        ("Polrestabes Surabaya", "polres"),
        ("Polsek Pamulang", "polsek"),
        ("Korlantas Polri", "mabes"),
        ("Satlantas Polres Serang", "sub-unit"),
    ],
)
def test_unit_kinds(name, kind):
    assert unit_kind(name) == kind


def test_candidates_are_the_units_named_and_how():
    case = {
        "title": "Polres Serang Raih Penghargaan",
        "text": "Polres Serang menerima penghargaan dari Polda Banten. Kapolda Banten menyerahkan piagam itu.",
    }
    rows = candidate_units(case)
    assert set(rows) == {"Polres Serang", "Polda Banten"}
    assert rows["Polres Serang"]["in headline"] == 1.0 and rows["Polda Banten"]["in headline"] == 0.0
    assert rows["Polres Serang"]["receiving sentence"] == 1.0
    assert rows["Polda Banten"]["after dari/oleh"] == 1.0 and rows["Polres Serang"]["after dari/oleh"] == 0.0
