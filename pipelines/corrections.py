"""Reviewed award facts: data/corrections.yml, checked on load and applied after extraction.

A reviewer who checked a story against its original writes one entry per article URL. Extraction is
re-run whenever the rules improve (`scrapy reextract`) or a story is fetched again; applying the
entry after every extraction is what keeps the reviewed facts. `load_corrections` validates the whole
file first (one error per bad entry, nothing applied if any is bad); `apply_review` is pure and
idempotent, so a worker and the writer of a distributed crawl may both apply the same entry.

An entry:

    - url: https://banten.antaranews.com/berita/...      # the article, as the archive keys it
      reviewed_at: 2026-12-03                             # when the reviewer checked it
      reviewer: initials or name                          # optional
      verdict: checked | corrected                        # what the reviewer found extraction had got
      award_role: received | given | none                 # optional: the story's role
      awards: [...]          # optional: the story's awards, in full; they replace what was extracted
      add: [...]             # optional: awards extraction missed
      remove: [{category: kapolda}, {recipient: Polda Banten}, {award_no: 2}]   # awards it got wrong
      units: {Polres Serang Kota: Polresta Serang Kota}   # optional: a unit as extracted -> its gazetteer name
      note: free text
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem

from crawler.outlets import OUTLETS
from pipelines.categories import category_names
from pipelines.unit_gazetteer import gazetteer

logger = logging.getLogger(__name__)

CORRECTIONS_PATH = Path(__file__).resolve().parent.parent / "data" / "corrections.yml"
ENTRY_KEYS = {"url", "reviewed_at", "reviewer", "verdict", "award_role", "awards", "add", "remove", "units", "note"}
AWARD_KEYS = {"recipients", "officer", "rank", "position", "title", "category", "giver", "giver_text", "giver_person",
              "year", "placement", "event_date", "place"}  # fmt: skip
REMOVE_KEYS = {"recipient", "category", "title", "award_no"}
VERDICTS = ("checked", "corrected")
ROLES = ("received", "given", "none")


class _DatesAsText(yaml.SafeLoader):
    """Dates stay text until validated: YAML's own reading of "2023-12-32" fails without naming the entry."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class CorrectionsError(ValueError):
    """A corrections file with bad entries; `problems` holds one line per bad entry."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} bad entries, nothing applied:\n" + "\n".join(problems))


@dataclass(frozen=True)
class Review:
    """One reviewer's verdict on one story, as validated."""

    url: str
    reviewed_at: str
    verdict: str
    award_role: str | None = None
    awards: tuple[dict, ...] | None = None
    add: tuple[dict, ...] = ()
    remove: tuple[dict, ...] = ()
    units: dict = field(default_factory=dict)
    reviewer: str | None = None
    note: str | None = None


# -- validation ------------------------------------------------------------------------------------


def _iso_date(value) -> str | None:
    """A date as the archive writes it, or None if it is not a real calendar date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        return None


def _known_hosts() -> set[str]:
    return {host for outlet in OUTLETS.values() for host in outlet.hosts}


def _unit_name(name) -> str | None:
    unit = gazetteer().lookup(str(name)) if name else None
    return unit.name if unit else None


def _award_problems(award, where: str) -> list[str]:
    if not isinstance(award, dict):
        return [f"{where} is not a mapping of award fields"]
    problems = [f"{where}: unknown field {key!r}" for key in sorted(set(award) - AWARD_KEYS)]
    recipients = award.get("recipients")
    if not isinstance(recipients, list) or not recipients:
        problems.append(f"{where}: recipients must be a list of units")
    else:
        problems += [f"{where}: unknown unit {name!r}" for name in recipients if not _unit_name(name)]
    if award.get("category", "other") not in category_names():
        problems.append(f"{where}: bad category {award.get('category')!r} (one of {', '.join(category_names())})")
    if award.get("event_date") is not None and _iso_date(award["event_date"]) is None:
        problems.append(f"{where}: bad date {award['event_date']!r} (write YYYY-MM-DD)")
    for key in ("year", "placement"):
        if award.get(key) is not None and not isinstance(award[key], int):
            problems.append(f"{where}: {key} must be a number, not {award[key]!r}")
    return problems


def _changes_problems(entry: dict) -> list[str]:
    problems = []
    for key in ("awards", "add"):
        if key in entry and not isinstance(entry[key], list):
            problems.append(f"{key} must be a list of awards")
        elif key in entry:
            problems += [p for n, a in enumerate(entry[key]) for p in _award_problems(a, f"{key}[{n}]")]
    for n, rule in enumerate(entry.get("remove") or []):
        if not isinstance(rule, dict) or not rule or set(rule) - REMOVE_KEYS:
            problems.append(f"remove[{n}]: give one or more of {', '.join(sorted(REMOVE_KEYS))}")
        elif rule.get("category") is not None and rule["category"] not in category_names():
            problems.append(f"remove[{n}]: bad category {rule['category']!r}")
    units = entry.get("units") or {}
    if not isinstance(units, dict):
        problems.append("units must map a unit as extracted to its gazetteer name")
    else:
        problems += [f"units: unknown unit {to!r}" for to in units.values() if not _unit_name(to)]
    return problems


def _entry_problems(entry: dict, known_urls: set[str] | None) -> list[str]:
    problems = [f"unknown field {key!r}" for key in sorted(set(entry) - ENTRY_KEYS)]
    url = str(entry.get("url") or "")
    if not url:
        problems.append("no url")
    elif urlsplit(url).hostname not in _known_hosts():
        problems.append(f"unknown URL {url!r}: not on a host the crawler archives")
    elif known_urls is not None and url not in known_urls:
        problems.append(f"unknown URL {url!r}: not in the archive")
    if _iso_date(entry.get("reviewed_at")) is None:
        problems.append(f"bad date in reviewed_at: {entry.get('reviewed_at')!r} (write YYYY-MM-DD)")
    if entry.get("verdict") not in VERDICTS:
        problems.append(f"verdict must be one of {', '.join(VERDICTS)}, not {entry.get('verdict')!r}")
    if entry.get("award_role") is not None and entry["award_role"] not in ROLES:
        problems.append(f"award_role must be one of {', '.join(ROLES)}, not {entry['award_role']!r}")
    return problems + _changes_problems(entry)


def _review(entry: dict) -> Review:
    awards = entry.get("awards")
    return Review(
        url=entry["url"],
        reviewed_at=_iso_date(entry["reviewed_at"]),
        verdict=entry["verdict"],
        award_role=entry.get("award_role"),
        awards=tuple(awards) if awards is not None else None,
        add=tuple(entry.get("add") or ()),
        remove=tuple(entry.get("remove") or ()),
        units={str(k): _unit_name(v) for k, v in (entry.get("units") or {}).items()},
        reviewer=entry.get("reviewer"),
        note=entry.get("note"),
    )


def parse_corrections(text: str, source: str = "corrections", known_urls: set[str] | None = None) -> dict[str, Review]:
    """Every entry of a corrections file by URL; raises CorrectionsError naming each bad entry."""
    try:
        entries = yaml.load(text, Loader=_DatesAsText) or []
    except yaml.YAMLError as exc:
        raise CorrectionsError(source, [f"not YAML: {exc}"]) from None
    if not isinstance(entries, list):
        raise CorrectionsError(source, ["the file must be a list of entries (each starting with '- url:')"])
    problems, reviews = [], {}
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            problems.append(f"entry {n}: not a mapping of fields")
            continue
        found = _entry_problems(entry, known_urls)
        if entry.get("url") in reviews:
            found.append("a second entry for this URL (merge them)")
        if found:
            problems.append(f"entry {n} ({entry.get('url') or 'no url'}): " + "; ".join(found))
        else:
            reviews[entry["url"]] = _review(entry)
    if problems:
        raise CorrectionsError(source, problems)
    return reviews


def load_corrections(path: Path | str = CORRECTIONS_PATH, known_urls: set[str] | None = None) -> dict[str, Review]:
    """The reviews of a corrections file (none if there is no file)."""
    path = Path(path)
    if not path.exists():
        return {}
    return parse_corrections(path.read_text(encoding="utf-8"), str(path), known_urls)


@lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> dict[str, Review]:
    return load_corrections(path)


def current_corrections(path: Path | str = CORRECTIONS_PATH) -> dict[str, Review]:
    """The project's corrections, read again only when the file changes."""
    path = Path(path)
    return _cached(str(path), path.stat().st_mtime) if path.exists() else {}


# -- applying a review -----------------------------------------------------------------------------


def reviewed_award(fields: dict, reviewed_at: str | None = None) -> dict:
    """An award as a reviewer wrote it, in the shape extraction gives (gazetteer names and ids)."""
    units = [gazetteer().lookup(str(name)) for name in fields["recipients"]]
    award = dict.fromkeys(AWARD_KEYS) | {k: v for k, v in fields.items() if k in AWARD_KEYS}
    award.update(recipients=[u.name for u in units], recipient_ids=[u.unit_id for u in units])
    award["category"] = award["category"] or "other"
    award["event_date"] = _iso_date(award["event_date"]) if award["event_date"] else None
    return award | {"evidence": None, "source": "reviewed", "reviewed_at": reviewed_at}


def _same_award(a: dict, b: dict) -> bool:
    return (a["recipients"], a.get("category"), a.get("year")) == (b["recipients"], b.get("category"), b.get("year"))


def _with_evidence(award: dict, extracted: list[dict]) -> dict:
    """A reviewed award keeps the sentences (and the giver as written) of the extracted one it confirms."""
    same = next((a for a in extracted if _same_award(award, a)), None)
    if same is None:
        return award
    return award | {"evidence": same.get("evidence"), "giver_text": award["giver_text"] or same.get("giver_text")}


def _removed(award: dict, number: int, rules: tuple[dict, ...]) -> bool:
    def matches(rule):
        return (
            rule.get("award_no") in (None, number)
            and rule.get("category") in (None, award.get("category"))
            and rule.get("title") in (None, award.get("title"))
            and (rule.get("recipient") is None or _unit_name(rule["recipient"]) in award["recipients"])
        )

    return any(matches(rule) for rule in rules)


def _map_units(award: dict, units: dict) -> dict:
    if not any(name in units for name in award["recipients"]):
        return award
    names = list(dict.fromkeys(units.get(name, name) for name in award["recipients"]))
    ids = [(gazetteer().lookup(name) or None) for name in names]
    return award | {"recipients": names, "recipient_ids": [u.unit_id if u else None for u in ids]}


def _story_units(units: list[dict], awards: list[dict], mapping: dict) -> list[dict]:
    """The story's units after the review: mapped names, and every reviewed recipient a recipient."""
    recipients = {name: uid for a in awards for name, uid in zip(a["recipients"], a["recipient_ids"], strict=True)}
    found: dict[str, dict] = {}
    for unit in units:
        name = mapping.get(unit["unit"], unit["unit"])
        row = found.setdefault(name, {**unit, "unit": name, "mentions": 0})
        if name != unit["unit"]:
            row["unit_id"] = recipients.get(name) or (gazetteer().lookup(name).unit_id)
        row["mentions"] += unit["mentions"]
        row["role"] = "recipient" if name in recipients else ("other" if row["role"] == "recipient" else row["role"])
    for name, unit_id in recipients.items():
        found.setdefault(
            name, {"unit": name, "unit_id": unit_id, "parent_id": None, "role": "recipient", "mentions": 0}
        )
    return list(found.values())


def apply_review(article: dict, review: Review | None) -> dict:
    """The article's fields with the review applied: the same dict for a story nobody reviewed, its
    awards marked `extracted`. Applying the same review twice gives the same fields."""
    awards = [a | {"source": a.get("source") or "extracted", "reviewed_at": a.get("reviewed_at")}
              for a in article.get("awards") or []]  # fmt: skip
    if review is None:
        return article | {"awards": awards, "reviewed_at": None}
    role = review.award_role or article.get("award_role")
    if review.awards is not None:
        awards = [_with_evidence(reviewed_award(a, review.reviewed_at), awards) for a in review.awards]
    # Only what extraction found can be removed: after one application every award is reviewed.
    awards = [_map_units(a, review.units) for n, a in enumerate(awards, 1)
              if a["source"] == "reviewed" or not _removed(a, n, review.remove)]  # fmt: skip
    for fields in review.add:
        added = reviewed_award(fields, review.reviewed_at)
        if not any(_same_award(added, a) for a in awards):
            awards.append(added)
    if role != "received":
        awards = []
    awards = [a | {"source": "reviewed", "reviewed_at": review.reviewed_at} for a in awards]
    units = _story_units(article.get("units") or [], awards, review.units)
    return article | {"award_role": role, "awards": awards, "units": units, "reviewed_at": review.reviewed_at}


def apply_corrections(article: dict, reviews: dict[str, Review]) -> dict:
    return apply_review(article, reviews.get(article.get("url")))


class CorrectionsPipeline:
    """After structure: applies data/corrections.yml (CORRECTIONS_PATH) to every article. A file with
    bad entries stops the crawl before it writes anything (finish reason `corrections_invalid`)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("CORRECTIONS_PATH") or CORRECTIONS_PATH
        self.reviews: dict[str, Review] | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        try:
            self.reviews = load_corrections(self.path)
        except CorrectionsError as exc:
            for problem in exc.problems:
                logger.error("%s: %s", self.path, problem)
            self.crawler.stats.set_value("corrections/invalid_entries", len(exc.problems))

    async def spider_opened(self, spider):
        if self.reviews is None:
            await self.crawler.engine.close_spider_async(reason="corrections_invalid")

    def process_item(self, item):
        adapter = ItemAdapter(item)
        if self.reviews is None:
            raise DropItem(f"corrections file has bad entries: {adapter['article'].get('url')}")
        article = apply_corrections(adapter["article"], self.reviews)
        adapter["article"] = article
        if article["reviewed_at"]:
            self.crawler.stats.inc_value("corrections/applied")
        return item
