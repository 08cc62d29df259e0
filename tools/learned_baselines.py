"""Learned baselines against the rules: would a small trained layer beat them on real text?

    python -m tools.learned_baselines [--check]

Two logistic regressions in plain Python (no new dependency), trained on the real-text dev part only:
- **story role**: the words and word pairs of headline and text, plus the role the rules give;
- **recipient units**: every unit a story names (the rules' own mention finder), scored by where and how it
  is named; a unit the rules missed is added when its score passes a threshold.

Each is measured against the rules on text it was not trained on: the two halves of dev (trained on one,
measured on the other) and, with --check, the check part (trained on all of dev; measured once, never tuned
on). The figures decide whether a learned layer joins the extractor: it joins only if it beats the rules.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
from collections import Counter, defaultdict

from pipelines.classify import classify_award_role
from pipelines.role_words import AWARD_TERMS
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name, find_unit_mentions
from tools.eval_awards import cases_of, prf

ROLES = ("received", "given", "none")
ADD_AT = (0.7, 0.8, 0.9)  # score above which a unit the rules missed is added
RECEIVES = re.compile(r"\b(?:menerima|meraih|mendapat\w*|memperoleh|diganjar|dianugerahi|dinobatkan|diraih)\b", re.I)
GIVER_BEFORE = re.compile(r"\b(?:dari|oleh)\s+(?:\S+\s+){0,2}$", re.I)
RECEIVER_BEFORE = re.compile(r"\b(?:kepada|untuk|bagi|yakni|yaitu|adalah)\s+(?:\S+\s+){0,2}$", re.I)


class Softmax:
    """Multinomial logistic regression over sparse 0/1 features, trained by stochastic gradient descent."""

    def __init__(self, labels: tuple[str, ...], epochs: int = 60, rate: float = 0.5, min_count: int = 2):
        self.labels, self.epochs, self.rate, self.min_count = labels, epochs, rate, min_count
        self.weights: dict[str, defaultdict] = {}

    def fit(self, rows: list[tuple[dict, str]]) -> Softmax:
        seen = Counter(k for features, _ in rows for k in features)
        self.known = {k for k, n in seen.items() if n >= self.min_count}
        self.weights = {label: defaultdict(float) for label in self.labels}
        for _ in range(self.epochs):
            for features, gold in rows:
                keys = [k for k in features if k in self.known]
                for label, p in self.probabilities(keys).items():
                    step = self.rate * (p - (label == gold))
                    for k in keys:
                        self.weights[label][k] -= step * features[k]
        return self

    def probabilities(self, features) -> dict[str, float]:
        scores = {label: sum(w.get(k, 0.0) for k in features) for label, w in self.weights.items()}
        top = max(scores.values())
        exps = {label: math.exp(s - top) for label, s in scores.items()}
        return {label: e / sum(exps.values()) for label, e in exps.items()}


def halves(cases: list[dict]) -> tuple[list[dict], list[dict]]:
    """Dev split in two by a hash of the id (not the hash that splits dev from check)."""
    halves: tuple[list[dict], list[dict]] = ([], [])
    for c in cases:
        halves[int(hashlib.md5(c["id"].encode()).hexdigest(), 16) % 2].append(c)
    return halves


# -- story role -------------------------------------------------------------------------------------


def role_features(case: dict) -> dict[str, float]:
    words = re.findall(r"[a-z]+", f"{case['title'] or ''} {case['text']}".lower())
    features = dict.fromkeys(words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)], 1.0)
    return features | {f"rules:{case['rules_role']}": 1.0, "bias": 1.0}


def role_f1(pairs: list[tuple[str, str]], role: str) -> float:
    tp = sum(g == p == role for g, p in pairs)
    return prf(tp, sum(p == role != g for g, p in pairs), sum(g == role != p for g, p in pairs))[2]


def compare_roles(train: list[dict], test: list[dict]) -> str:
    model = Softmax(ROLES).fit([(role_features(c), c["role"]) for c in train])
    rules = [(c["role"], c["rules_role"]) for c in test]
    learned = [(c["role"], max((p := model.probabilities(role_features(c))), key=p.get)) for c in test]
    return " ".join(f"{r} F1 rules {role_f1(rules, r):.3f} learned {role_f1(learned, r):.3f}" for r in ROLES[:2])


# -- recipient units --------------------------------------------------------------------------------


def unit_kind(name: str) -> str:
    first = name.split()[0]
    if first in ("Polda", "Polsek") or first.startswith("Polres"):
        return first.lower().removesuffix("ta").removesuffix("tabes")
    return "mabes" if name.endswith("Polri") or first == "Mabes" else "sub-unit"


def candidate_units(case: dict) -> dict[str, dict[str, float]]:
    """Every unit the story names, with what is known of how it is named (not whether the rules chose it)."""
    story = f"{case['title'] or ''}\n{case['text']}"
    mentions = find_unit_mentions(story, story=story)
    by_name: dict[str, list] = defaultdict(list)
    for m in mentions:
        by_name[canonical_unit_name(m.name)].append(m)
    most = max((len(v) for v in by_name.values()), default=0)

    def sentence_at(offset: int) -> str:
        start = max(story.rfind(". ", 0, offset), story.rfind("\n", 0, offset)) + 1
        end = min(i for i in (story.find(". ", offset), story.find("\n", offset), len(story)) if i >= 0)
        return story[start:end]

    rows = {}
    for name, named in by_name.items():
        said = [sentence_at(m.start) for m in named]
        before = [story[max(0, m.start - 40) : m.start] for m in named]
        rows[name] = {
            "bias": 1.0,
            "in headline": float(named[0].start < len(case["title"] or "")),
            "named most": float(len(named) == most),
            "times named (log)": math.log(1 + len(named)),
            "first named at (share of story)": named[0].start / len(story),
            "award sentence": float(any(AWARD_TERMS.search(s) for s in said)),
            "receiving sentence": float(any(AWARD_TERMS.search(s) and RECEIVES.search(s) for s in said)),
            "only through its chief": float(all(m.via_position for m in named)),
            "after dari/oleh": float(any(GIVER_BEFORE.search(b) for b in before)),
            "after kepada/yakni": float(any(RECEIVER_BEFORE.search(b) for b in before)),
            f"kind {unit_kind(name)}": 1.0,
        }
    return rows


def compare_units(train: list[dict], test: list[dict]) -> str:
    rows = [(f, "yes" if name in c["gold_units"] else "no") for c in train for name, f in c["candidates"].items()]
    model = Softmax(("yes", "no"), epochs=200, rate=0.1, min_count=1).fit(rows)
    out = [f"units F1 rules {units_f1(test, model, None):.3f}"]
    out += [f"added at {t}: {units_f1(test, model, t):.3f}" for t in ADD_AT]
    return ", ".join(out)


def units_f1(cases: list[dict], model: Softmax, add_at: float | None) -> float:
    """Units F1 of the rules' units, with the units scored at `add_at` or more added (None: the rules alone)."""
    tp = fp = fn = 0
    for c in cases:
        got = set(c["rules_units"])
        if add_at is not None:
            got |= {n for n, f in c["candidates"].items() if model.probabilities(f)["yes"] >= add_at}
        tp, fp, fn = tp + len(got & c["gold_units"]), fp + len(got - c["gold_units"]), fn + len(c["gold_units"] - got)
    return prf(tp, fp, fn)[2]


def prepared(part: str) -> list[dict]:
    """The part's cases with what the rules give them, and the units each story names."""
    cases = cases_of(part)
    for c in cases:
        c["rules_role"] = classify_award_role(c["title"], c["text"]).award_role
        awards = extract_awards(c["title"], c["text"], c["published"]) if c["rules_role"] == "received" else []
        c["rules_units"] = {canonical_unit_name(u) for a in awards for u in a["recipients"]}
        c["gold_units"] = {canonical_unit_name(u) for a in c["awards"] for u in a["recipients"]}
        c["candidates"] = candidate_units(c) if c["rules_role"] == "received" else {}
    return cases


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="also train on all of dev and measure on check")
    args = parser.parse_args(argv)
    dev = prepared("dev")
    first, second = halves(dev)
    splits = [("dev half 1", second, first), ("dev half 2", first, second)]
    splits += [("check", dev, prepared("check"))] if args.check else []
    for name, train, test in splits:
        print(f"{name} ({len(test)} stories): {compare_roles(train, test)}")
        print(f"{name}: {compare_units(train, test)}")


if __name__ == "__main__":
    main()
