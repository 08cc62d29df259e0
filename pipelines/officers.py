"""Officers across stories: who a story names, with rank and post, and which mentions are one person.

`officer_mentions(title, text, published_at, awards)` reads one story: each officer it names with a
rank ("Kapolresta Banjarmasin Kombes Pol Sabana Atmojo, S.I.K., M.H."), once per person, with the post
and unit, the name as written and normalised (no "Pol", no academic titles, old spelling made new:
"Atmodjo" is "Atmojo"), and the person's role in the story: award recipient, giver, quoted or other. A
first name alone in a later paragraph ("kata Sabana") is the person named in full before; a post
without a name ("Kapolres Serang mengatakan") is a mention of its own, tied to nobody.

`link_officers(mentions)` decides, over every story, which mentions are one person. Conservative: the
same normalised name, a rank that never goes down over time, and the same Polda, unless the person was
promoted and has moved at least MOVE_DAYS after the last mention. Each mention says why it was linked.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date

from itemadapter import ItemAdapter

from pipelines.officer_pattern import POSITION_RE
from pipelines.ranks import ANY_CASE_RANK_RE, normalise_rank
from pipelines.unit_gazetteer import gazetteer
from pipelines.units import POSITION_UNIT, find_unit_mentions, story_unit_mentions

# Ranks from the lowest: a person's rank never goes down.
SENIORITY = ("Bripda", "Briptu", "Brigpol", "Bripka", "Aipda", "Aiptu", "Ipda", "Iptu", "AKP", "Kompol", "AKBP",
             "Kombes Pol", "Brigjen Pol", "Irjen Pol", "Komjen Pol", "Jenderal Pol")  # fmt: skip
MOVE_DAYS = 60  # a promotion and a move to another Polda take at least this long
# Generals serve at headquarters and across the country: named without a unit, a story's Polda says
# nothing of where they serve.
GENERAL = SENIORITY.index("Brigjen Pol")
ROLES = ("recipient", "giver", "quoted", "other")  # the strongest first

_ACADEMIC = r"(?:S\.?\s?I\.?\s?K|S\.?\s?H|M\.?\s?H|M\.?\s?Si|S\.?\s?E|M\.?\s?M|S\.?\s?Sos|M\.?\s?Hum|M\.?\s?Kn|Ph\.?\s?D|S\.?\s?St\.?\s?MK|M\.?\s?A\.?\s?P|M\.?\s?Sc|Sp\.?\s?[A-Z]{1,3})\.?"
# A physician's "dr" is written in lower case and often without its full stop: "Brigjen Pol dr Hari Santoso".
_PREFIX = r"(?:(?:Drs?|Hj?|Ir|Prof)\.\s*|drg?\.?\s+)*"
_NAME_WORD = r"[A-Z][a-z][\w'-]*"
OFFICER = re.compile(
    rf"(?:\b(?P<position>{POSITION_RE})(?:\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}?))?\s+)?"
    rf"\b(?P<rank>{ANY_CASE_RANK_RE})(?:\s*\((?:{ANY_CASE_RANK_RE})\))?(?:\.\s*Pol\b)?\.?\s+{_PREFIX}(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    rf"(?P<titles>(?:,?\s*{_ACADEMIC})+(?![\w]))?"
)
CHIEF = "Kapolrestabes|Kapolresta|Kapolres|Kapolsek|Kapolda|Wakapolda|Wakapolres"
POST_ONLY = re.compile(rf"\b(?P<position>{CHIEF})\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})")
SPEECH = r"(?:kata|ujar|ucap|ungkap|tutur|jelas|tegas|terang|imbuh|sebut|mengatakan|menegaskan|menjelaskan)"
# Words that end a name when a sentence runs on: "AKBP Candra Sasongko Menyerahkan ...", "Kapolres Saat".
NAME_STOP = {"Kapolres", "Kapolresta", "Kapolda", "Kapolsek", "Wakapolda", "Pada", "Saat", "Dalam", "Di", "Dan",
             "Yang", "Bersama", "Selaku", "Beserta", "Serta", "Kepada", "Dari", "Menyerahkan", "Menerima", "Mengatakan",
             "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Pol", "Purn"}  # fmt: skip
OLD_SPELLING = (("dj", "j"), ("tj", "c"), ("oe", "u"), ("sj", "sy"), ("ch", "kh"))


def normalise_name(name: str) -> str:
    """One spelling of a name for comparing: lower case, new spelling ("Atmodjo" -> "atmojo")."""
    name = re.sub(r"[^a-z ]", "", name.lower())
    for old, new in OLD_SPELLING:
        name = name.replace(old, new)
    return " ".join(name.split())


def _clean_name(raw: str) -> str:
    words = raw.split()
    for n, word in enumerate(words):
        if word in NAME_STOP:
            return " ".join(words[:n])
    return " ".join(words)


def _unit_of(position: str | None, words: str | None, story_units: dict[str, str]) -> tuple[str | None, str | None]:
    """The unit a post names: "Kapolres" + "Serang" is Polres Serang, as the gazetteer calls it; of two
    units of that name, the one the story is about (Polres Banjar in Kalimantan Selatan, not in Jawa Barat)."""
    if not position or position not in POSITION_UNIT:
        return None, None
    if position in ("Kapolri", "Wakapolri"):
        return "Mabes Polri", "mabes-polri"
    for n in range(len((words or "").split()), 0, -1):
        found = find_unit_mentions(f"{POSITION_UNIT[position]} {' '.join(words.split()[:n])}")
        if found and found[0].start == 0:
            return found[0].name, story_units.get(found[0].name) or found[0].unit_id
    return None, None


def polda_of(unit_id: str | None) -> str | None:
    unit = gazetteer().units.get(unit_id) if unit_id else None
    if unit is None:
        return None
    return unit.name if unit.type == "polda" else (gazetteer().units[unit.polda_id].name if unit.polda_id else None)


def _day(published_at: str | None) -> str | None:
    return published_at[:10] if published_at and re.match(r"\d{4}-\d\d-\d\d", published_at) else None


def _role(person: dict, text: str, awards: list[dict]) -> str:
    norm = person["norm_name"]
    if any(a.get("officer") and normalise_name(a["officer"]) == norm for a in awards):
        return "recipient"
    giver_people = [normalise_name(a.get("giver_person") or "") for a in awards]
    giver_posts = {(a.get("giver") or "").replace("Kapolda ", "Polda ") for a in awards if a.get("giver")}
    if any(g and (g.endswith(norm) or norm.endswith(g)) for g in giver_people) or (
        person["position"] in ("Kapolda", "Kapolri") and person["unit"] in giver_posts | {"Mabes Polri"} and awards
    ):
        return "giver"
    first = person["name"].split()[0]
    names = rf"(?:{re.escape(person['name'])}|{re.escape(first)})"
    if re.search(rf"\b{SPEECH}\s+(?:{ANY_CASE_RANK_RE}\s+)?{names}\b|\b{names}\s+{SPEECH}\b", text):
        return "quoted"
    return "other"


def _same_person(found: dict[str, dict], name: str) -> dict | None:
    """A shorter form of a name the story already gave in full ("Kombes Pol Sabana" after "Sabana Atmojo")."""
    norm = normalise_name(name)
    for person in found.values():
        if (
            person["norm_name"] == norm
            or person["norm_name"].startswith(norm + " ")
            or norm.startswith(person["norm_name"] + " ")
        ):
            return person
    return None


def _named(text: str, story_units: dict[str, str], story_polda: str | None) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for m in OFFICER.finditer(text):
        name = _clean_name(m.group("name"))
        if not name:
            continue
        unit, unit_id = _unit_of(m.group("position"), m.group("unit"), story_units)
        person = _same_person(found, name)
        written = text[m.start("rank") : m.end()].strip(" ,")
        rank = normalise_rank(m.group("rank"))
        if person is None:
            place = None if rank in SENIORITY[GENERAL:] else story_polda
            person = found.setdefault(normalise_name(name), {"name": name, "norm_name": normalise_name(name),
                "written": written, "rank": rank, "position": None, "unit": None,
                "unit_id": None, "polda": place})  # fmt: skip
        elif len(name) > len(person["name"]):  # the fuller form names the person
            found[normalise_name(name)] = found.pop(person["norm_name"])
            person.update(name=name, norm_name=normalise_name(name), written=written)
        if unit_id and not person["unit_id"]:
            person.update(
                position=m.group("position"), unit=unit, unit_id=unit_id, polda=polda_of(unit_id) or story_polda
            )
        elif m.group("position") and not person["position"]:
            person["position"] = m.group("position")
    return found


def _posts_only(text: str, named: dict[str, dict], story_units: dict[str, str], story_polda: str | None) -> list[dict]:
    """Posts the story names without a name, whose holder it does not name either."""
    held = {p["unit_id"] for p in named.values() if p["unit_id"]}
    posts = {}
    for m in POST_ONLY.finditer(text):
        if re.match(rf"\s+{ANY_CASE_RANK_RE}\b", text[m.end() :]) or re.match(
            rf"\s*{ANY_CASE_RANK_RE}", m.group("unit")
        ):
            continue
        unit, unit_id = _unit_of(m.group("position"), m.group("unit"), story_units)
        if unit_id and unit_id not in held and unit_id not in posts:
            posts[unit_id] = {"name": None, "norm_name": None, "written": f"{m.group('position')} {m.group('unit')}",
                              "rank": None, "position": m.group("position"), "unit": unit, "unit_id": unit_id,
                              "polda": polda_of(unit_id) or story_polda}  # fmt: skip
    return list(posts.values())


def officer_mentions(title: str | None, text: str, published_at: str | None, awards: list[dict]) -> list[dict]:
    """Each officer a story names, once, with rank, post, unit, Polda, date and role; posts named alone."""
    story = f"{title or ''}\n{text}"
    found = story_unit_mentions(story)
    story_units = {m.name: m.unit_id for m in found if m.unit_id}
    poldas = Counter(polda_of(m.unit_id) for m in found)
    poldas.pop(None, None)
    story_polda = poldas.most_common(1)[0][0] if poldas else None
    named = _named(story, story_units, story_polda)
    mentions = []
    for person in named.values():
        mentions.append(person | {"role": _role(person, story, awards)})
    mentions += [post | {"role": "other"} for post in _posts_only(story, named, story_units, story_polda)]
    day = _day(published_at)
    return [m | {"mention_date": day} for m in mentions]


# -- linking across stories ------------------------------------------------------------------------


def _level(rank: str | None) -> int | None:
    return SENIORITY.index(rank) if rank in SENIORITY else None


def _days_between(earlier: str | None, later: str | None) -> int:
    if not earlier or not later:
        return 0
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _why(person: dict, mention: dict) -> str | None:
    """Why `mention` is `person` again, or None if it may not be."""
    level, top = _level(mention["rank"]), person["top_level"]
    if level is not None and top is not None and level < top:
        return None  # a rank never goes down
    if mention["polda"] == person["polda"] or not mention["polda"] or not person["polda"]:
        return f"same name; same Polda ({mention['polda'] or person['polda'] or 'unknown'})" + (
            f"; rank {SENIORITY[top]} -> {mention['rank']}" if level is not None and top is not None else ""
        )
    if (
        level is not None
        and top is not None
        and level > top
        and _days_between(person["last_date"], mention["mention_date"]) >= MOVE_DAYS
    ):
        return f"same name; promoted {SENIORITY[top]} -> {mention['rank']} and moved {person['polda']} -> {mention['polda']}"
    return None


def officer_id(norm_name: str, first_mention: str) -> str:
    """Stable while no earlier story of the person is found: the name and the first story naming them."""
    digest = hashlib.sha1(first_mention.encode()).hexdigest()[:6]
    return f"{re.sub(r'[^a-z0-9]+', '-', norm_name)}-{digest}"


def link_officers(mentions: list[dict]) -> list[dict]:
    """Each named mention with `officer_id` and `linked_because`; mentions of a post alone stay unlinked.
    Mentions need `mention_id`, `norm_name`, `rank`, `polda` and `mention_date`."""
    out = []
    groups: dict[str, list[dict]] = {}
    for m in mentions:
        if m.get("norm_name"):
            groups.setdefault(m["norm_name"], []).append(m)
        else:
            out.append(m | {"officer_id": None, "linked_because": "a post without a name: nobody in particular"})
    for norm, group in groups.items():
        people: list[dict] = []
        for m in sorted(group, key=lambda m: (m["mention_date"] or "9999", m["mention_id"])):
            reasons = [(p, _why(p, m)) for p in people]
            fits = [(p, why) for p, why in reasons if why]
            same_place = [(p, why) for p, why in fits if p["polda"] == m["polda"]]
            if len(fits) == 1 or len(same_place) == 1:
                person, why = same_place[0] if len(same_place) == 1 else fits[0]
            else:
                person = {"id": officer_id(norm, m["mention_id"]), "top_level": None, "polda": None, "last_date": None}
                people.append(person)
                why = (
                    "first mention of this name"
                    if len(people) == 1
                    else "same name, but not the same person: "
                    + ("several could be" if fits else "another Polda or a lower rank")
                )
            level = _level(m["rank"])
            if level is not None:
                person["top_level"] = max(level, person["top_level"] or 0)
            person["polda"] = m["polda"] or person["polda"]
            person["last_date"] = m["mention_date"] or person["last_date"]
            out.append(m | {"officer_id": person["id"], "linked_because": why})
    return out


def officers_of(linked: list[dict]) -> list[dict]:
    """One row per person: the name as most often written, the variants seen, first and last mention."""
    people: dict[str, list[dict]] = {}
    for m in linked:
        if m["officer_id"]:
            people.setdefault(m["officer_id"], []).append(m)
    rows = []
    for oid, ms in people.items():
        ms = sorted(ms, key=lambda m: m["mention_date"] or "")
        ranked = [m for m in ms if m["rank"]]
        rows.append({"officer_id": oid, "name": Counter(m["name"] for m in ms).most_common(1)[0][0],
                     "variants": sorted({m["written"] for m in ms}), "rank": ranked[-1]["rank"] if ranked else None,
                     "position": ms[-1]["position"], "unit": ms[-1]["unit"], "polda": ms[-1]["polda"],
                     "first_seen": ms[0]["mention_date"], "last_seen": ms[-1]["mention_date"], "mentions": len(ms)})  # fmt: skip
    return rows


def with_officers(article: dict) -> dict:
    """The article with the officers it names, their roles read from its awards as they now stand."""
    mentions = officer_mentions(
        article.get("title"), article.get("text") or "", article.get("published_at"), article.get("awards") or []
    )
    return article | {"officers": mentions}


class OfficersPipeline:
    """After corrections: the officers each story names, with their roles in its (reviewed) awards."""

    def process_item(self, item):
        adapter = ItemAdapter(item)
        adapter["article"] = with_officers(adapter["article"])
        return item
