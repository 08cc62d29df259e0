"""The labeled set (sample articles plus tests/labeled) meets the issue's targets."""

from tools.eval_awards import evaluate, labeled_set


def test_labeled_set_is_large_and_balanced():
    cases = labeled_set()
    received = sum(c["label"]["award_role"] == "received" for c in cases)
    assert len(cases) >= 80 and received >= 40 and len(cases) - received >= 40


def test_evaluation_meets_targets():
    figures = evaluate(labeled_set())
    assert figures["classifier F1"] >= 0.95
    assert figures["recipient-unit F1"] >= 0.90
    for field in ("giver", "category", "year", "event_date"):
        assert figures[f"{field} accuracy"] >= 0.90, field
