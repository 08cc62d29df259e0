"""Pass 3 for titles: an award's title as its own sentences give it, filled out from the story's headline (a fuller
name, a grade), from the sentence before that says what the award is for, and for an award bare or named by its
giver alone from a nearby sentence that gives its reason or its receivers' merit; then tidied and its abbreviations
spelled out as the story defines them. Used by pipelines.structure.
"""

from __future__ import annotations

import re

import yaml

from pipelines.abbreviations import abbreviations_spelled_out
from pipelines.award_model import Award, Story
from pipelines.award_occasions import with_occasion
from pipelines.award_reasons import AFTER_SUCCESS, REASON
from pipelines.award_story_sentences import grade_of_headline, meant_for_a_class
from pipelines.award_title_choice import NAME_END, best_title, with_class_among, with_headline_name
from pipelines.award_title_words import is_generic_title
from pipelines.award_titles import THANKS_WORD, title_of
from pipelines.knowledge import knowledge_text
from pipelines.sentence_giving import given_to_others
from pipelines.units import find_unit_mentions


def complete_title(award: Award, story: Story) -> None:
    """The award's title from its own sentences, filled out from the headline and the sentence before."""
    if not award.title_listed and not award.title_generic:
        award.title = best_title([award.title, *(title_of(s) for s in award.evidence if s != story.title)])
    headline_title = title_of(story.title) if story.title else None
    if headline_title and THANKS_WORD.match(headline_title):
        headline_title = None  # a headline's "Kompolnas Apresiasi Polda X Atas ...": thanks in words, a verb
    if is_generic_title(award.title) and not is_generic_title(headline_title):
        award.title = headline_title
    elif award.title and headline_title:
        fuller = with_headline_name(award.title, headline_title)
        # body "pin emas (karena ...)", headline "pin emas PPKM skala mikro": the headline's name
        award.title = headline_title if fuller == award.title and _names_more_fully(headline_title, fuller) else fuller
        award.title = grade_of_headline(award.title, headline_title)
    if is_generic_title(award.title):
        award.title = _reason_said_before(award, story) or award.title
    if is_generic_title(award.title) or NAME_ONLY.match(award.title or ""):
        award.title = _reason_said_nearby(award, story) or _merit_judged_nearby(award, story) or award.title
    award.title = with_occasion(with_class_among(award.title or headline_title, award.evidence), award.evidence)
    award.title = audited_report_named(customary_title_named(award.title, story.body), story.body)
    if award.title:
        award.title = abbreviations_spelled_out(_tidy(award.title), story.text)


# A customary title named by its kind alone ("gelar adat Dayak", "gelar kehormatan adat"), and the sentence that gives
# its name after a list opener: "menerima gelar adat dayak, yaitu Mantir Hai ...", "Gelar adat yang diberikan itu adalah
# \"Mantir Hai ...\"". The title is the kind with its name.
BARE_CUSTOMARY = re.compile(r"^gelar\s+(?:kehormatan\s+)?adat(?:\s+[\w-]+)?$", re.I)
CUSTOMARY_NAMED = re.compile(
    r"\b(?i:gelar\s+(?:kehormatan\s+)?adat)\b[^.]{0,80}?\b(?i:yaitu|yakni|adalah|bernama)\s*:?\s*[\"“']?"
    r"((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){1,11})"
)


# An audit opinion ("predikat WTP", "opini Wajar Tanpa Pengecualian") and the report it was given on, which the story
# names apart: "Laporan Keuangan Polri Tahun 2016", "pemeriksaan laporan keuangan tahun 2019". A window the title
# counts from ("sejak 2013") is no part of it.
AUDIT_OPINION = re.compile(r"\b(?:WTP|(?i:wajar\s+tanpa\s+pengecualian))\b")
AUDITED_REPORT = re.compile(
    r"(?i:laporan\s+keuangan)(?:\s+[A-Z][\w-]*){0,3}?\s+(?i:tahun\s+anggaran|tahun|TA)\s+(?:19|20)\d\d\b"
)
COUNTED_SINCE = re.compile(r"\s+sejak\s+(?:tahun\s+)?(?:19|20)\d\d\b.*$", re.I)


def audited_report_named(title: str | None, sentences: list[str]) -> str | None:
    """ "predikat WTP" with the report the story says it was given on: "predikat WTP atas Laporan Keuangan X Tahun Y"."""
    if not title or not AUDIT_OPINION.search(title) or re.search(r"laporan\s+keuangan", title, re.I):
        return title
    report = next((m.group(0) for s in sentences if (m := AUDITED_REPORT.search(s))), None)
    return f"{COUNTED_SINCE.sub('', title)} atas {report}" if report else title


def customary_title_named(title: str | None, sentences: list[str]) -> str | None:
    """ "gelar adat Dayak" with the name a sentence of the story gives it ("gelar adat Dayak Mantir Hai ...")."""
    if not title or not BARE_CUSTOMARY.match(title):
        return title
    named = next((m.group(1) for s in sentences if (m := CUSTOMARY_NAMED.search(s))), None)
    return f"{title} {named}" if named else title


# "Penghargaan ini diberikan untuk kategori X." then "Piagam MURI diserahkan kepada Polres Y.": what the award is
# for, said of it in the sentence before the one that hands it over.
SAID_OF_THE_AWARD = re.compile(r"\b(?:penghargaan|piagam|rekor|predikat)\s+(?:ini|itu|tersebut)\b", re.I)


def _reason_said_before(award: Award, story: Story) -> str | None:
    for sentence in award.evidence:
        at = story.body.index(sentence) if sentence in story.body else 0
        before = story.body[at - 1] if at else ""
        if not SAID_OF_THE_AWARD.search(before) or find_unit_mentions(before):
            continue
        found = title_of(before)
        reason = REASON.search(found or "")
        if found and not is_generic_title(found) and reason:
            return f"{award.title} {found[reason.start() :].strip()}"
    return None


# A sentence that speaks of the awarding again: "Penyerahan itu merupakan penghargaan dari X karena ...",
# "Pemberian penghargaan tersebut ...", "X membagikan penghargaan kepada lembaga yang dinilai berjasa dalam ...".
AWARDING_AGAIN = re.compile(
    r"\b(?:penyerahan|pemberian|penghargaan|piagam|plakat|reward)(?:\s+(?:itu|ini|tersebut)\b|\s+(?:dari|kepada)\s)"
    r"|\b(?:memberikan|menyerahkan|membagikan|memberi)\s+(?:piagam\s+|plakat\s+)?penghargaan\s+kepada\b",
    re.I,
)
# An award word and a name in capitals only, its giver's as a rule ("Penghargaan BI", "piagam Basarnas"): no reason.
NAME_ONLY = re.compile(r"^(?:(?:plakat|piagam|penghargaan|reward)\s+)+(?:(?-i:[A-Z(])[\w().-]*\s*)+$", re.I)
NEARBY = 3  # how many sentences either side of the award's own one may say what it was for


def _reason_said_nearby(award: Award, story: Story) -> str | None:
    """A bare award's reason said in a sentence near its own that speaks of the awarding again: "... menyerahkan
    plakat penghargaan kepada Kapolres X." then "Penyerahan itu merupakan penghargaan dari BI karena polisi
    berhasil mengungkap ..." gives "plakat penghargaan karena polisi berhasil mengungkap ..."."""
    for sentence in award.evidence:
        if sentence not in story.body:
            continue
        at = story.body.index(sentence)
        near = sorted(range(max(0, at - NEARBY), min(len(story.body), at + NEARBY + 1)), key=lambda i: abs(i - at))
        for i in near:
            other = story.body[i]
            if i == at or not AWARDING_AGAIN.search(other) or (given_to_others(other) and not meant_for_a_class(other)):
                continue  # "... memberikan piagam kepada dua warga yang membantu ...": the citizens' award
            found = title_of(other)
            reason = NEARBY_REASON.search(found or "")
            if found and not is_generic_title(found) and reason and is_generic_title(found[: reason.start()]):
                return f"{award.title} {found[reason.start() :].strip()}"
    return None


_JUDGED = yaml.safe_load(knowledge_text("award_title_words.yml"))
# Polri people judged of a merit: "Personel dinilai berdedikasi melampaui panggilan tugas, sedangkan ...", "Para
# petugas dinilai telah berdedikasi dalam bertugas, sementara ...".
MERIT_JUDGED = re.compile(
    rf"^(?:para\s+)?({'|'.join(_JUDGED['judged_members'])})\s+(?:(?:itu|tersebut)\s+)?(?:dinilai|dianggap)\s+"
    rf"(?:telah\s+|sudah\s+)?((?:{'|'.join(_JUDGED['judged_merits'])})\b[^,;.]*)",
    re.I,
)


def _merit_judged_nearby(award: Award, story: Story) -> str | None:
    """A bare award to many, and the merit a sentence just after says its Polri receivers were judged to have:
    "penghargaan kepada personel berdedikasi melampaui panggilan tugas"."""
    for sentence in award.evidence:
        at = story.body.index(sentence) if sentence in story.body else -1
        for other in story.body[at + 1 : at + 3] if at >= 0 else []:
            if m := MERIT_JUDGED.match(other):
                return f"{award.title} kepada {m.group(1).lower()} {' '.join(m.group(2).split()[:12])}"
    return None


# What a nearby sentence's award is for ("atas", "karena", "berkat", "setelah berhasil"), or the class of winners it
# names by their merit ("penghargaan kepada lembaga yang dinilai berjasa ..."); not a class or field ("kategori",
# "bidang"), which there may be a post's ("Tenaga Ahli Menteri Bidang X").
NEARBY_REASON = re.compile(rf"\s+(?:atas|karena|berkat|{AFTER_SUCCESS}|kepada|bagi)\s+", re.I)


# A headline that fronts the deed before a comma: "Capaian Vaksinasi Tertinggi, Polres X Diganjar Penghargaan",
# "Ungkap Kasus Uang Palsu, Polres Y Terima Penghargaan BI", "Dinilai Bebas Korupsi, 12 Polres Diganjar Penghargaan".
HEADLINE_DEED = re.compile(
    r"^((?-i:[A-Z])[\w-]*(?:\s+[\w.%-]+){1,8}),\s+(?=.*\b(?:penghargaan|piagam|plakat|reward|apresiasi|diganjar)\b)",
    re.I,
)
# ... not an occasion, a subject or an award fronted so ("HUT Bhayangkara ke-76, Kapolda ...", "Tak Hanya Polisi, ...").
NOT_A_DEED = re.compile(
    r"\b(?:HUT|Hari|Momentum|Syukuran|Peringatan|Tak|Tidak|Bukan|penghargaan|piagam|reward|rekor|juara)\b", re.I
)


def deed_fronted_in_headline(title: str | None, headline: str | None) -> str | None:
    """ "penghargaan karena capaian vaksinasi tertinggi": a bare award, or one named by its giver alone, with the deed
    its headline fronts; the title as it was when it is no such award or the headline fronts no deed."""
    if not is_generic_title(title) and not NAME_ONLY.match(title or ""):
        return title
    m = HEADLINE_DEED.match(headline or "")
    deed = m.group(1) if m else ""
    if not deed or NOT_A_DEED.search(deed) or find_unit_mentions(deed):
        return title
    return f"{title or 'penghargaan'} karena {deed[0].lower()}{deed[1:]}"


def _names_more_fully(headline_title: str, title: str) -> bool:
    """The headline writes the award's name ("pin emas PPKM skala mikro") on from the body's name, before what the
    body says it is for ("pin emas karena posko ...")."""
    name = title[: m.start()] if (m := NAME_END.search(title)) and not NAME_END.search(headline_title) else title
    if is_generic_title(name):
        return False
    return len(headline_title) > len(name) and headline_title.lower().startswith(name.lower().rstrip(" .,"))


def _tidy(title: str) -> str:
    """No quote or comma the title's cut left at its ends, and no quote left open inside it."""
    title = title.strip(" '\"‘’“”,;:")
    for mark in ("'", '"'):
        if title.count(mark) % 2:
            title = title.replace(mark, "")
    return title
