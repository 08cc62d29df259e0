"""Evaluate award classification and extraction: the team-written sample and real stories.

    python -m tools.eval_awards [--verbose] [--part sample|dev|check|reviewed] [--archive data/archive.db]
    python -m tools.eval_awards --by-batch [--part dev|check]

Four parts, reported side by side:
- `sample`: every article of data/sample_src (the offline sample) plus tests/labeled/*.yml, written by
  this team in the outlets' styles (plumbing, and the rules were first tuned on it);
- `dev` and `check`: real stories of data/realtext (close paraphrases of published stories with gold
  facts), split by a fixed rule on a hash of the story id. Rules are tuned on `dev` only; `check` is
  only measured, so its figures say how the rules do on wording they were not written for;
- `reviewed`: the archived stories a reviewer checked (data/corrections.yml), the reviewer's awards as
  gold, the story's text from the archive.

Figures: P/R/F1 of the `received` and `given` roles, micro P/R/F1 of recipient units per story,
per story whether the set of award categories and the set of stated years are exactly the gold ones,
and per gold award (matched to the predicted award of its story that shares most with it) whether the
giver and the title share at least half of the gold value's words, and whether the event date and the
officer's name are exactly the gold ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import yaml

from crawler.outlets import ZONES
from pipelines.classify import classify_award_role
from pipelines.corrections import CORRECTIONS_PATH, load_corrections
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "data" / "realtext"
PARTS = ("sample", "dev", "check", "reviewed")
ARCHIVE = ROOT / "data" / "archive.db"
CHECK_SHARE = 3  # one story in three, by the hash of its id, is kept for checking only


# -- loading: every part becomes the same shape of case -------------------------------------------


def _sample_case(entry: dict, host: str = "") -> dict:
    zone = "WITA" if host.startswith("kalsel") else "WIB"
    offset = ZONES[zone].utcoffset(None).__str__().rjust(8, "0")[:5].join(["+", ""])
    label = entry["label"]
    return {
        "id": entry["id"],
        "title": entry["title"],
        "text": "\n".join(entry["paragraphs"]),
        "published": entry["published"].replace(" ", "T") + ":00" + offset,
        "role": label["award_role"],
        "awards": [
            {
                "recipients": a["recipients"],
                "officer": a.get("officer"),
                "title": a.get("title"),
                "category": a.get("category"),
                "giver": a.get("giver"),
                "year": a.get("year"),
                "event_date": str(a["event_date"]) if a.get("event_date") else None,
            }
            for a in label["awards"]
        ],
    }


def sample_cases() -> list[dict]:
    cases = []
    for path in sorted((ROOT / "data" / "sample_src").glob("*.yml")):
        cases += [_sample_case(e, path.stem) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "tests" / "labeled").glob("*.yml")):
        cases += [_sample_case(e) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return cases


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _real_award(gold: dict) -> dict:
    officer = gold.get("recipient_officer") or {}
    return {
        "recipients": gold["recipient_units"],
        "officer": officer.get("name"),
        "title": gold.get("title"),
        "category": gold.get("category"),
        "giver": gold.get("giver"),
        "year": gold.get("year"),
        "event_date": gold.get("event_date"),
    }


def _noon(day: str | None) -> str | None:
    """A story's publication day as a timestamp; a bare "2023-02" says too little to resolve "Rabu (27/12)"."""
    return f"{day}T12:00:00+07:00" if day and re.fullmatch(r"\d{4}-\d\d-\d\d", day) else None


def real_cases(folder: Path = REALTEXT) -> list[dict]:
    """Every real story of data/realtext (stories*.jsonl and added_*_stories.jsonl) with its gold awards."""
    gold = {}
    for path in sorted(folder.glob("*gold*.jsonl")):
        gold |= {g["id"]: g["awards"] for g in _jsonl(path)}
    cases = []
    for path in sorted(folder.glob("*stories*.jsonl")):
        for story in _jsonl(path):
            cases.append(
                {
                    "id": story["id"],
                    "title": story["title"],
                    "text": story["text"],
                    "published": _noon(story.get("date")),
                    "role": story["role"],
                    "awards": [_real_award(a) for a in gold.get(story["id"], [])],
                    "batch": batch_of(path),
                }
            )
    return cases


def batch_of(path: Path) -> str:
    """The batch a story came in, by its file's first word ("twentyseventh"); the first 71 stories are "first"."""
    return "first" if path.stem == "stories" else path.stem.split("_")[0]


def part_of(story_id: str) -> str:
    """`check` or `dev`: fixed by the story id alone, so no tuning decides which stories are checked."""
    return "check" if int(hashlib.sha1(story_id.encode()).hexdigest(), 16) % CHECK_SHARE == 0 else "dev"


def reviewed_cases(archive: Path = ARCHIVE, corrections: Path | None = None) -> list[dict]:
    """Every reviewed story of the archive whose entry gives its awards in full (or says it has none)."""
    if not Path(archive).exists():
        return []
    reviews = load_corrections(corrections or CORRECTIONS_PATH)
    db = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    cases = []
    for review in reviews.values():
        story = db.execute("select title, text, published_at from articles where url = ?", [review.url]).fetchone()
        role = review.award_role
        if story is None or role is None or (role == "received" and review.awards is None):
            continue
        awards = [{k: a.get(k) for k in ("officer", "title", "category", "giver", "year")} for a in review.awards or ()]
        for gold, award in zip(review.awards or (), awards, strict=True):
            award.update(
                recipients=gold["recipients"], event_date=str(gold["event_date"]) if gold.get("event_date") else None
            )
        cases.append({"id": review.url, "title": story[0], "text": story[1], "published": story[2], "role": role,
                      "awards": awards})  # fmt: skip
    db.close()
    return cases


def cases_of(part: str, archive: Path = ARCHIVE) -> list[dict]:
    if part == "sample":
        return sample_cases()
    if part == "reviewed":
        return reviewed_cases(archive)
    return [c for c in real_cases() if part_of(c["id"]) == part]


# -- measures --------------------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _words(value: str | None) -> set[str]:
    return set(re.findall(r"\w+", (value or "").lower().replace("kapolda", "polda")))


def shares_words(gold: str | None, got: str | None) -> bool:
    """At least half of the gold value's words are in the extracted one (both empty counts too)."""
    if not gold:
        return not got
    wanted = _words(gold)
    return len(wanted & _words(got)) * 2 >= len(wanted)


def _match(gold: dict, predicted: list[dict]) -> dict:
    def overlap(p):
        return (
            len(set(gold["recipients"]) & set(p["recipients"])),
            p["category"] == gold["category"],
            len(_words(gold["title"]) & _words(p.get("title"))),
        )

    return max(predicted, key=overlap) if predicted else {}


class Tally:
    """Counts for one part; `figures()` turns them into the printed measures."""

    def __init__(self):
        self.roles = {r: [0, 0, 0] for r in ("received", "given")}  # tp, fp, fn
        self.units = [0, 0, 0]
        self.stories = self.category_sets = self.year_sets = 0
        self.awards = 0
        self.fields = dict.fromkeys(("giver", "title", "event_date", "officer"), 0)
        self.misses: list[str] = []

    def add(self, case: dict, role: str, predicted: list[dict]) -> None:
        for r, counts in self.roles.items():
            counts[0] += role == r and case["role"] == r
            counts[1] += role == r and case["role"] != r
            counts[2] += role != r and case["role"] == r
        if role != case["role"]:
            self.misses.append(f"role {case['id']}: gold {case['role']}, got {role}  {case['title']}")
        if case["role"] != "received":
            self.units[1] += len({u for a in predicted for u in a["recipients"]})  # every unit is a false positive
            return
        self._add_received(case, predicted)

    def _add_received(self, case: dict, predicted: list[dict]) -> None:
        # One unit, one name: "Polres Malang Kota" (2020) is today's Polresta Malang Kota.
        gold_units = {canonical_unit_name(u) for a in case["awards"] for u in a["recipients"]}
        got_units = {canonical_unit_name(u) for a in predicted for u in a["recipients"]}
        self.units[0] += len(gold_units & got_units)
        self.units[1] += len(got_units - gold_units)
        self.units[2] += len(gold_units - got_units)
        if gold_units != got_units:
            self.misses.append(
                f"units {case['id']}: missed {sorted(gold_units - got_units)}, extra {sorted(got_units - gold_units)}"
            )
        self.stories += 1
        for name, key in (("category", "category_sets"), ("year", "year_sets")):
            gold_set = {a[name] for a in case["awards"] if a[name]}
            got_set = {a[name] for a in predicted if a[name]}
            setattr(self, key, getattr(self, key) + (gold_set == got_set))
            if gold_set != got_set:
                self.misses.append(f"{name} {case['id']}: gold {sorted(gold_set)}, got {sorted(got_set)}")
        for gold in case["awards"]:
            self.awards += 1
            got = _match(gold, predicted)
            checks = {
                "giver": shares_words(gold["giver"], got.get("giver")),
                "title": shares_words(gold["title"], got.get("title")),
                "event_date": gold["event_date"] == got.get("event_date"),
                "officer": (gold["officer"] or None) == (got.get("officer") or None),
            }
            for name, ok in checks.items():
                self.fields[name] += ok
                if not ok:
                    self.misses.append(f"{name} {case['id']}: gold {gold[name]!r}, got {got.get(name)!r}")

    def figures(self) -> dict[str, float]:
        out = {}
        for r, counts in self.roles.items():
            p, rec, f1 = prf(*counts)
            out |= {f"{r} P": p, f"{r} R": rec, f"{r} F1": f1}
        p, rec, f1 = prf(*self.units)
        out |= {"units P": p, "units R": rec, "units F1": f1}
        out["category set exact"] = self.category_sets / self.stories if self.stories else 1.0
        out["year exact"] = self.year_sets / self.stories if self.stories else 1.0
        for name, hits in self.fields.items():
            out[name] = hits / self.awards if self.awards else 1.0
        return out


def evaluate(cases: list[dict]) -> Tally:
    tally = Tally()
    for case in cases:
        role = classify_award_role(case["title"], case["text"]).award_role
        predicted = extract_awards(case["title"], case["text"], case["published"]) if role == "received" else []
        tally.add(case, role, predicted)
    return tally


def report(parts: dict[str, list[dict]], verbose: bool = False) -> dict[str, dict[str, float]]:
    """Figures per part, printed as one table (a column per part); misses listed with --verbose."""
    tallies = {name: evaluate(cases) for name, cases in parts.items()}
    figures = {name: t.figures() for name, t in tallies.items()}
    header = f"{'':<20}" + "".join(f"{name:>10}" for name in parts)
    counts = "".join(f"{len(parts[n]):>10}" for n in parts)
    print(header)
    print(f"{'stories':<20}{counts}")
    print(f"{'gold awards':<20}" + "".join(f"{tallies[n].awards:>10}" for n in parts))
    for key in next(iter(figures.values())):
        print(f"{key:<20}" + "".join(f"{figures[n][key]:>10.3f}" for n in parts))
    if verbose:
        for name, tally in tallies.items():
            print(f"\n== misses in {name}")
            print("\n".join(tally.misses))
    return figures


BY_BATCH = ("received F1", "given F1", "units F1", "category set exact", "year exact", "giver", "title", "officer")


def report_by_batch(parts: dict[str, list[dict]]) -> None:
    """One line per batch of real stories and part: how each batch scores when it joins, and after."""
    print(f"{'batch':<16}{'part':<7}{'stories':>8}" + "".join(f"{k.split()[0][:9]:>10}" for k in BY_BATCH))
    first_id: dict[str, int] = {}
    for c in (c for cases in parts.values() for c in cases if "batch" in c):
        first_id[c["batch"]] = min(first_id.get(c["batch"], 10**9), int(re.sub(r"\D", "", c["id"]) or 0))
    for batch in sorted(first_id, key=first_id.get):  # in the order the batches joined
        for name, cases in parts.items():
            mine = [c for c in cases if c.get("batch") == batch]
            if mine:
                figures = evaluate(mine).figures()
                row = "".join(f"{figures[k]:>10.3f}" for k in BY_BATCH)
                print(f"{batch:<16}{name:<7}{len(mine):>8}{row}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--part", choices=PARTS, action="append", help="only these parts (default: all)")
    parser.add_argument("--archive", type=Path, default=ARCHIVE, help="where the reviewed stories' texts are")
    parser.add_argument("--by-batch", action="store_true", help="the real parts' figures for each batch of stories")
    args = parser.parse_args(argv)
    if args.by_batch:
        return report_by_batch({name: cases_of(name) for name in args.part or ("dev", "check")})
    parts = {name: cases_of(name, args.archive) for name in args.part or PARTS}
    if not parts.get("reviewed", True):
        print(f"(reviewed: no story of data/corrections.yml is in {args.archive}; crawl first)\n")
        del parts["reviewed"]
    report(parts, args.verbose)


if __name__ == "__main__":
    main()
