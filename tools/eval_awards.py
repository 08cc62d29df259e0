"""Evaluate award classification and extraction on the labeled set.

    python -m tools.eval_awards [--verbose]

The labeled set is every article of data/sample_src (the offline sample) plus
tests/labeled/*.yml. Prints precision, recall and F1 of the `received` class,
micro F1 of recipient units per article, and the accuracy of giver, category,
year, event date and officer over the gold awards (each gold award is matched
to the predicted award of the same article that shares most with it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from crawler.outlets import ZONES
from pipelines.classify import classify_award_role
from pipelines.structure import extract_awards

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("giver", "category", "year", "event_date", "officer")


def labeled_set() -> list[dict]:
    cases = []
    for path in sorted((ROOT / "data" / "sample_src").glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append({**entry, "outlet": path.stem})
    for path in sorted((ROOT / "tests" / "labeled").glob("*.yml")):
        cases.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return cases


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same(field: str, gold, got) -> bool:
    if field == "giver" and gold and got:
        # The Kapolda hands over the Polda's award: either name is the same giver.
        return gold.replace("Kapolda ", "Polda ").lower() == got.replace("Kapolda ", "Polda ").lower()
    if field == "event_date":
        return (str(gold) if gold else None) == got
    return gold == got


def _match(gold: dict, predicted: list[dict]) -> dict | None:
    def overlap(p):
        return (
            len(set(gold["recipients"]) & set(p["recipients"])),
            p["category"] == gold["category"],
            p["title"] == gold["title"],
        )

    return max(predicted, key=overlap) if predicted else None


def published_iso(case: dict) -> str:
    host = case.get("outlet", "")
    zone = "WITA" if host.startswith("kalsel") else "WIB"
    return (
        case["published"].replace(" ", "T")
        + ":00"
        + ZONES[zone].utcoffset(None).__str__().rjust(8, "0")[:5].join(["+", ""])
    )


def evaluate(cases: list[dict], verbose: bool = False) -> dict:
    tp = fp = fn = 0
    unit_tp = unit_fp = unit_fn = 0
    field_hits = dict.fromkeys(FIELDS, 0)
    gold_awards = 0
    for case in cases:
        text = "\n".join(case["paragraphs"])
        result = classify_award_role(case["title"], text)
        gold = case["label"]["award_role"]
        if result.award_role == "received" and gold == "received":
            tp += 1
        elif result.award_role == "received":
            fp += 1
        elif gold == "received":
            fn += 1
        if verbose and result.award_role != gold:
            print(f"  role {case['id']}: gold {gold}, got {result.award_role}  {case['title']}")
        predicted = extract_awards(case["title"], text, published_iso(case)) if result.award_role == "received" else []
        gold_units = {u for a in case["label"]["awards"] for u in a["recipients"]}
        got_units = {u for a in predicted for u in a["recipients"]}
        unit_tp += len(gold_units & got_units)
        unit_fp += len(got_units - gold_units)
        unit_fn += len(gold_units - got_units)
        if verbose and gold_units != got_units:
            print(f"  units {case['id']}: gold {sorted(gold_units)}, got {sorted(got_units)}")
        for g in case["label"]["awards"]:
            gold_awards += 1
            p = _match(g, predicted) or {}
            for f in FIELDS:
                ok = same(f, g.get(f), p.get(f))
                field_hits[f] += ok
                if verbose and not ok:
                    print(f"  {f} {case['id']}: gold {g.get(f)!r}, got {p.get(f)!r}")
    p, r, f1 = prf(tp, fp, fn)
    up, ur, uf1 = prf(unit_tp, unit_fp, unit_fn)
    figures = {
        "articles": len(cases),
        "award stories (gold)": sum(c["label"]["award_role"] == "received" for c in cases),
        "awards (gold)": gold_awards,
        "classifier precision": p,
        "classifier recall": r,
        "classifier F1": f1,
        "recipient-unit precision": up,
        "recipient-unit recall": ur,
        "recipient-unit F1": uf1,
    }
    for f in FIELDS:
        figures[f"{f} accuracy"] = field_hits[f] / gold_awards if gold_awards else 1.0
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    for key, value in evaluate(labeled_set(), args.verbose).items():
        print(f"{key:<28} {value:.3f}" if isinstance(value, float) else f"{key:<28} {value}")


if __name__ == "__main__":
    main()
