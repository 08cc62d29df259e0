"""Classify stage: is a Polri unit or officer the one receiving an award?

`classify_award_role(title, text)` decides from who receives, sentence by
sentence, not from counting award words: "Polres X raih penghargaan" and
"penghargaan diterima oleh Kapolres" are `received`; "Kapolres memberikan
penghargaan kepada warga" is `given`; an award to a Pemkot or a Kejari, or
"penghargaan" used in passing, is `none`. The sentences that decided it are
returned as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from itemadapter import ItemAdapter

from pipelines.award_clauses import BACKGROUND_OPENING
from pipelines.award_summaries import period_summary
from pipelines.award_years import anniversary_years
from pipelines.back_references import units_named_again
from pipelines.classify_sentences import handed_over_by_polri, sentence_role
from pipelines.knowledge import knowledge_text
from pipelines.messy_text import as_in_story, tidied
from pipelines.police_contests import police_contest_prizes
from pipelines.promotion_ceremonies import members_only, routine_promotion
from pipelines.road_user_rewards import road_user_reward_role
from pipelines.role_lists import polri_listed
from pipelines.role_words import (
    CARRIED_ON,
    EARLIER_ROUND,
    GIVE,
    LATER_DAY,
    MEMBERS_WITHOUT_UNIT,
    OTHER_ACTOR,
    POLRI_ACTOR,
    RECEIVE,
    VERB_WORD,
    standard_spelling,
)
from pipelines.sentence_actors import first_actor_after
from pipelines.sentence_receiving import PREDICATE
from pipelines.sentence_split import counts_joined, sentences


@dataclass
class Classification:
    award_role: str  # received / given / none
    score: float
    evidence: list[str] = field(default_factory=list)


NOMINATION = re.compile(r"\b(?:nominasi|nominasikan|dinominasikan|menominasikan|nominator|kandidat)\b", re.I)


def _nominations_only(title: str | None) -> bool:
    """ "Kompolnas Award 2022 Nominasikan 10 Polda ...": a headline about nominees, who have won nothing yet."""
    return bool(title and NOMINATION.search(title) and not RECEIVE.search(title))


# An officer is named with his rank once ("Aipda Herry Prastowo") and by his name alone later ("Herry
# memperoleh hadiah"): later mentions are marked as Polri's people, and civilians' as "warga".
RANKED_NAME = re.compile(
    r"\b(?:AKBP|Kombes|Irjen|Brigjen|Komjen|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|Bharada|"
    r"Bharatu|Bharaka|Brigadir)(?:\s+Pol\.?)?\s+([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}))?"
)


# A civilian is named once with an age or what he does ("Hendri (35)", "Rudi, warga Desa X") and by name later.
NAME = r"\b([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}))?"
CIVILIAN_NAME = re.compile(
    NAME + r"(?:\s?\(\d{1,2}(?:\s?(?:tahun|th))?\)|,\s+(?:seorang\s+)?(?:" + OTHER_ACTOR.pattern + "))"
)


def _names_in_story(text: str) -> dict[str, str]:
    """Names the story introduces, and who they are: 'personel' or 'warga'."""
    named = {name: "warga" for m in CIVILIAN_NAME.finditer(text) for name in m.groups()[:2] if name}
    named.update({name: "personel" for m in RANKED_NAME.finditer(text) for name in m.groups() if name})
    return {name: who for name, who in named.items() if not (POLRI_ACTOR.match(name) or OTHER_ACTOR.match(name))}


def _names_marked(sentence: str, named: dict[str, str]) -> str:
    if not named:
        return sentence
    bare = re.compile(r"\b(" + "|".join(sorted(named)) + r")\b(?!\s+[A-Z])")

    def mark(m: re.Match) -> str:
        before = re.search(r"(\S+)\s+$", sentence[: m.start()])
        named_in_full = before and before.group(1)[0].isupper()  # after a rank or a first name
        return m.group(1) if named_in_full else f"{named[m.group(1)]} {m.group(1)}"

    return bare.sub(mark, sentence)


LIST_MARKER_END = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)]$")


def _colon_joined(lead: list[str]) -> list[str]:
    """ "Berikut daftar penerima penghargaan:" and the lines after it ("1. Polres A", "2. Polres B"): one sentence,
    so who is listed is read with what they are listed as."""
    out: list[str] = []
    for sentence in lead:
        listing = out and ":" in out[-1] and (LIST_MARKER_END.search(out[-1]) or LIST_MARKER_END.fullmatch(sentence))
        if out and (out[-1].endswith(":") or listing):
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


# The police's own anniversary ceremony ("Upacara Hari Bhayangkara yang digelar di halaman Mapolres"): awards to
# people outside Polri handed out there are the police's.
POLICE_CEREMONY = re.compile(
    r"\b(?i:upacara)\s+(?:peringatan\s+)?(?:Hari\s+Bhayangkara|HUT\s+(?:ke-?\d+\s+)?(?:Bhayangkara|Polri))", re.I
)
# A prize offered to whoever does a deed ("Kalau ada yang berhasil menangkap pelaku, saya kasih hadiah", "hadiah bagi
# siapa saja yang ..."): when every giving sentence is a promise, nobody has been given anything yet.
# The prize may be a bonus or a reward in money ("akan diberikan bonus"), its conditions said apart ("Syaratnya, ...").
OFFER = re.compile(
    r"\b(?:kalau|jika|apabila|bila|barang\s*siapa|siapa\s+(?:pun|saja))\b[^.]{0,80}?\b(?:hadiah|penghargaan|reward|"
    r"bonus|imbalan)\b|"
    r"\b(?:hadiah|penghargaan|reward|bonus|imbalan)\b[^.]{0,40}?\b(?:bagi|untuk|kepada)\s+siapa\s+(?:pun|saja)\b|"
    r"(?:^|[.]\s+)(?:Adapun\s+)?[Ss]yarat(?:nya|-syaratnya)\b",
    re.I,
)
PROMISE = re.compile(r"\b(?:akan|bakal)\b", re.I)
# The giving or receiving verb itself put in the future: "berjanji akan memberikan penghargaan kepada warga",
# "Pemenang akan menerima penghargaan dari Kapolres", "bakal diganjar piagam".
AWARD_VERB = re.compile(GIVE.pattern + "|" + RECEIVE.pattern, re.I)
PROMISED_BEFORE = re.compile(r"\b(?:akan|bakal)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _promised(sentence: str) -> bool:
    """The sentence's first giving or receiving verb is in the future."""
    verb = AWARD_VERB.search(sentence)
    return bool(verb and PROMISED_BEFORE.search(sentence, 0, verb.start()))


def _offer_only(giving: list[str], lead: list[str]) -> bool:
    """Every giving sentence a promise, and the story offers the prize to whoever earns it or puts its handover on
    a later day ("Kapolres akan memberikan penghargaan kepada warga ... Rencananya diserahkan pekan depan"), or
    each of them puts its own verb in the future: nobody has been given anything yet."""
    offered = any(OFFER.search(s) or LATER_DAY.search(s) for s in lead)
    if giving and all(_promised(s) for s in giving) and not _handed_over(lead):
        return True
    return offered and all(PROMISE.search(s) for s in giving)


# The award handed over, or taken, in so many words: "Piagam diserahkan Kepala Ombudsman", "Kapolres menerimanya".
HANDOVER = re.compile(
    r"\b(?:diserahkan|menyerahkan|diberikan|memberikan|diterima|menerima(?:nya)?|dianugerahi|menganugerahkan|"
    r"disematkan|menyematkan|penyerahan|diganjar|dihadiahi)\b",
    re.I,
)


def _handed_over(lead: list[str]) -> bool:
    """A sentence tells of a handover done, neither promised nor put on a later day."""
    return any(HANDOVER.search(s) and not (LATER_DAY.search(s) or _promised(s)) for s in lead)


def _handed_over_later(lead: list[str]) -> bool:
    """The result is known but its handover put on a later day, and no sentence tells of a handover done
    ("Polres X dipastikan meraih WBBM. Rencananya penghargaan akan diserahkan pekan depan"): not yet received."""
    return any(LATER_DAY.search(s) and HANDOVER.search(s) for s in lead) and not _handed_over(lead)


def _carried_on(sentence: str, before: str | None) -> str | None:
    """ "Piagam juga diberikan kepada Ketua DPRD. Berikutnya jajaran pimpinan TNI/Polri, yaitu Kapolres X": a
    sentence with no verb of its own carrying on the receivers of the one before; `received` if it names Polri."""
    opening = CARRIED_ON.match(sentence)
    if before is None or not opening or VERB_WORD.search(sentence, opening.end()):
        return None
    listed = sentence[opening.end() :]
    named = PREDICATE.search(listed)  # "Berikutnya unsur Forkopimda, yaitu Kapolres X": those it is made up of
    listed = listed[named.end() :] if named else listed
    return "received" if first_actor_after(listed, 0) == "polri" or polri_listed(listed) else None


def _at_earlier_anniversary(sentence: str, story_years: list[int]) -> bool:
    """ "Pada Hari Bhayangkara ke-78 tahun 2024, Polres X meraih juara 1" in a story of the 79th: an award won at an
    earlier anniversary than the one the story tells of, background."""
    years = anniversary_years(sentence)
    return bool(years) and max(years) < max(story_years, default=0)


# Work units in general ("satker", "satuan kerja", "satwil"): every government body has them, so they are the
# police's only in a story that names the police ("Kejari X juara umum satker terbaik se-Kejati Y" is not).
GENERIC_UNIT = re.compile(r"(?i:satuan(?:\s+kerja|\s+wilayah)?|satker|satwil)")


def _police_named(text: str) -> bool:
    """The story names a Polri unit, post or rank: not only work units in general, nor only members by no unit
    ("personel yang mendapat penghargaan dari KSAL", "Komisaris Besar Kepolisian Indonesia X")."""
    return any(
        not (GENERIC_UNIT.fullmatch(m.group(0)) or _member_by_no_unit(text, m)) for m in POLRI_ACTOR.finditer(text)
    )


def _member_by_no_unit(text: str, actor: re.Match) -> bool:
    return actor.group(0).lower() in MEMBERS_WITHOUT_UNIT and not FULL_UNIT.match(text, actor.end())


# "Kepolisian Resor X", "Kepolisian Negara Republik Indonesia": a unit or Polri itself, written out.
FULL_UNIT = re.compile(r"\s+(?:Resor|Resort|Daerah|Sektor|Negara|Republik|RI)\b")


def _weight(i: int, headline: bool) -> float:
    """The headline and the lead say what the story is about; later sentences add weight."""
    return 2.0 if headline and i == 0 else (1.5 if i <= (2 if headline else 1) else 1.0)


# Games where athletes compete for their province (knowledge table), and what a sentence gives besides a medal.
REGIONAL_GAMES = re.compile(
    r"\b(?:" + "|".join(yaml.safe_load(knowledge_text("role_words.yml"))["regional_games"]) + r")\b"
)
MEDAL = re.compile(r"\b(?:medali|emas|perak|perunggu)\b", re.I)
BESIDES_MEDAL = re.compile(r"\b(?:penghargaan|piagam|reward|hadiah|bonus|KPLB|kenaikan\s+pangkat|pin\s+emas)\b", re.I)


def _regional_medal(sentence: str, story: str) -> bool:
    """ "Bripda X merebut medali perunggu" in a story of the PON, where she competes for her province: a medal of the
    province's contingent, no award to Polri (unless the sentence names one besides, as a Kapolda's reward)."""
    return bool(MEDAL.search(sentence) and not BESIDES_MEDAL.search(sentence) and REGIONAL_GAMES.search(story))


class StoryTraits:
    """What the whole story says that makes a sentence's Polri receiving none of Polri's."""

    def __init__(self, story: str):
        self.story, self.years = story, anniversary_years(story)
        self.police_named, self.promoted = _police_named(story), routine_promotion(story)

    def no_polri_receiving(self, sentence: str) -> bool:
        """An award won at an earlier anniversary, a medal of a provincial contingent, a routine promotion called an
        award ("87 personel menerima penghargaan atas dedikasi"), or a story naming no Polri unit ("Satker yang
        memperoleh penghargaan" in a story of the prosecutors': their work units)."""
        return (
            _at_earlier_anniversary(sentence, self.years)
            or _regional_medal(sentence, self.story)
            or (self.promoted and members_only(sentence))
            or not self.police_named
        )


def _earlier_award(sentence: str) -> bool:
    """A receiving sentence opening on an earlier time: "Sebelumnya, ...", "Tahun lalu ...", "... juga pernah meraih"."""
    return bool(BACKGROUND_OPENING.search(sentence) or EARLIER_ROUND.search(sentence))


def classify_award_role(title: str | None, text: str) -> Classification:
    printed = (text, title)  # evidence is quoted as the story printed it
    title, text = standard_spelling(tidied(title)), standard_spelling(tidied(text)) or ""
    scores = {"received": 0.0, "given": 0.0, "other": 0.0}
    evidence: dict[str, list[str]] = {"received": [], "given": [], "other": []}
    lead = units_named_again(counts_joined(_colon_joined(sentences(text))))  # "kepada keduanya": the units just named
    named = _names_in_story(text)
    handed_over, role, earlier, read_received = False, None, [], []
    story = StoryTraits(f"{title or ''} {text}")
    for i, sentence in enumerate(([title] if title else []) + lead):
        previous = role
        role = road_user_reward_role(sentence) or sentence_role(_names_marked(sentence, named))
        role = None if role == "wished" or period_summary(sentence) else role or _carried_on(sentence, previous)
        if role == "received":
            read_received.append(sentence)
            role = None if story.no_polri_receiving(sentence) else role
        if role == "received" and _earlier_award(sentence):
            earlier.append((i, sentence))
        handed_over = handed_over or handed_over_by_polri(sentence, headline=bool(title and i == 0))
        if role is None:
            continue
        scores[role] += _weight(i, bool(title))
        evidence[role].append(sentence)
    handed_over = handed_over or any(POLICE_CEREMONY.search(s) for s in lead)
    if scores["given"] and earlier:
        # "Sebelumnya, Polres X juga menerima penghargaan dari Y" in a story of the police honouring others: their
        # own earlier award is background, no receiving of this story's.
        scores["received"] -= sum(_weight(i, bool(title)) for i, _ in earlier)
        evidence["received"] = [s for s in evidence["received"] if s not in {said for _, said in earlier}]
    best = max(scores, key=scores.get)
    if (
        not scores["received"]
        and not scores["given"]
        and police_contest_prizes(title, lead, evidence["other"], read_received)
    ):
        best, scores["given"] = "given", 1.0
    if best == "other" and scores["received"] >= 1.0:
        # A Polri unit or officer among the recipients makes the story theirs: the others honoured with them
        # ("Selain Kejati X, penghargaan juga diberikan kepada Kapolda Y") or by them are co-recipients.
        best = "received"
    if best == "other" and (scores["given"] >= 1.0 or handed_over) and scores["received"] == 0:
        # "Seorang Kasun Diberi Penghargaan" ... "Penghargaan ini kami berikan kepada ...," ujar Kapolres, or
        # "Piagam diserahkan langsung oleh Kapolsek": someone else received, and the police gave it.
        best = "given"
        scores["given"] = max(scores["given"], scores["other"])
    if scores[best] < 1.0 or best == "other" or (best == "received" and _nominations_only(title)):
        role = "none"
    else:
        role = best
    if role == "given" and _offer_only(evidence["given"], lead):
        role = "none"
    if role == "received" and _handed_over_later(lead):
        role = "none"
    total = sum(scores.values()) or 1.0
    chosen = [as_in_story(s, *printed) for s in (evidence[best] if role != "none" else evidence["other"])[:3]]
    return Classification(role, round(scores[best] / total if role != "none" else 0.0, 3), chosen)


class ClassifyPipeline:
    """Adds `award_role`, `award_score` and `award_evidence` to the article."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        article = ItemAdapter(item)["article"]
        result = classify_award_role(article.get("title"), article.get("text") or "")
        article.update(award_role=result.award_role, award_score=result.score, award_evidence=result.evidence)
        self.stats.inc_value(f"articles/award_role/{result.award_role}")
        return item
