"""Who gives an award: where a passage names its giver, the giver's kind, and the giver's name as the
archive writes it (with the person who handed the award over, when named). Pure functions over text;
the kinds and their givers' wordings come from data/knowledge/award_categories.yml (pipelines.categories).
"""

from __future__ import annotations

import re

import yaml

from pipelines.abbreviations import spelled_out
from pipelines.categories import decided_by_wording, registry
from pipelines.directorates_general import named_at
from pipelines.giver_bodies import body_at, named_body
from pipelines.giver_names import GIVER_RULES, PUBLIC_BODY, giver_by_rule
from pipelines.giver_offices import body_behind_hander
from pipelines.giver_slots import (
    BODY_BEFORE_VERB,
    BODY_GIVES,
    CONTEST_HOST,
    DECREE_OF,
    DESCRIBED_BODY,
    GIVER_SLOTS,
    GIVES_OR_HOSTS,
    HANDS_OVER,
    ON_BEHALF,
    ORGANISATION,
    RECEIVES,
)
from pipelines.knowledge import Mention, knowledge_text
from pipelines.mabes_givers import mabes_body_at
from pipelines.non_givers import without_non_givers, without_witnesses
from pipelines.press_outlets import PRESS_OUTLET, PRESS_OUTLET_NAME
from pipelines.ranks import RANK_RE
from pipelines.unit_gazetteer import gazetteer

__all__ = ["giver_as_written", "giver_category", "giver_in", "giver_of", "giver_spelled_out", "on_behalf_of"]


def _giver_at(passage: str, position: int) -> str | None:
    """The kind of the awarding body written exactly at `position`, if one is."""
    for category in registry():
        if any(p.match(passage, position) for p in category.givers):
            return category.name
    if PRESS_OUTLET_NAME.match(passage, position):
        return "media"  # "diselenggarakan oleh iNews": a press outlet's awards night
    return "kapolri" if mabes_body_at(passage, position) else None  # "dari Puskeu Polri": a Mabes-level award


def giver_category(passage: str) -> str | None:
    """The kind that the passage's giver makes an award (see `giver_in`)."""
    found = giver_in(passage)
    return found[1] if found else None


def giver_in(passage: str) -> tuple[int, str] | None:
    """Where the passage names its award's giver, and the giver's kind: "dari X", a passive "diserahkan (oleh)
    X", an award named after its giver ("penghargaan Kapolri"), else an X that gives ("Kapolda X menyerahkan")."""
    passage = without_non_givers(without_witnesses(passage))
    behalf = on_behalf_of(passage)
    giving = BODY_GIVES.search(passage)
    # Not when a body is said before to give it: "BI X memberikan ... diserahkan Asisten I, mewakili Gubernur"; nor
    # when the award is said before to be another's: "Penghargaan dari Kapolri ... diserahkan Wakapolda mewakili Kapolda".
    named_before = next((m for m in AWARD_FROM.finditer(passage) if _giver_at(passage, m.end())), None)
    if behalf and not any(b and b.start() < behalf[0] for b in (giving, named_before)):
        return behalf
    decree = next(((m.end(), k) for m in DECREE_OF.finditer(passage) if (k := _giver_at(passage, m.end()))), None)
    if decree:
        return decree  # "berdasarkan Surat Keputusan Kapolres X, yang ditandatangani Bupati": the decree's post
    subject = _subject_that_gives(passage)
    host = next(((m.end(), k) for m in CONTEST_HOST.finditer(passage) if (k := _giver_at(passage, m.end()))), None)
    for n, slot in enumerate(GIVER_SLOTS):
        for m in slot.finditer(passage):
            kind = _giver_at(passage, m.end())
            if kind and n in HANDOVER_SLOTS and host and host[1] != kind:
                return host  # "juara Lomba X tingkat Polda Y. Trofi diserahkan Gubernur": the contest's host gives
            if kind and n == 1 and subject and subject[1] == kind and subject[0] < m.start():
                return subject  # "Pemkab X memberikan piagam ... diserahkan Bupati X": the body, not who hands over
            if kind:
                return m.end(), kind
            described = DESCRIBED_BODY.match(passage, m.end())
            if n < 3 and (ORGANISATION.match(passage, m.end()) or described):
                # "dari Lembaga Kajian Strategis Kepolisian Indonesia", "oleh lembaga survei X": a body the registry lacks
                return (described.end() if described else m.end()), "other"
    outlet = OUTLETS_AWARD.search(passage)
    return subject or ((outlet.start(), "media") if outlet else None)


# The slots that name who hands an award over ("diserahkan X", "Penyerahan dilakukan oleh X"), not whose it is.
HANDOVER_SLOTS = (1, 7)


# An awards night named after the press outlet that holds it, no giver said otherwise: "meraih Jawa Pos Award 2024",
# "Riau Pos Awards" (an outlet said to hold it, "Harian X menggelar X Awards", is named as it is written there).
OUTLETS_AWARD = re.compile(rf"(?:{PRESS_OUTLET_NAME.pattern})\s+Awards?\b")


# An award said to be a giver's: "Penghargaan dari Kapolri untuk ...", "piagam penghargaan dari Gubernur".
AWARD_FROM = re.compile(
    r"\b(?:penghargaan|piagam|apresiasi|anugerah|reward|pin\s+emas|predikat|hadiah)\b(?:\s+[\w-]+){0,2}?\s+dari\s+",
    re.I,
)


def _subject_that_gives(passage: str) -> tuple[int, str] | None:
    """Where the subject of a giving verb names a giver, and its kind: "Kapolda X menyerahkan"."""
    for verb in GIVES_OR_HOSTS.finditer(passage):
        start = max(0, verb.start() - 80)
        through = _acts_through(passage, start, verb.start())
        if through:
            return through
        subject = BODY_BEFORE_VERB.search(passage, start, verb.start())
        best = _last_giver_before(passage, start, verb.start())
        # A known giver's name may hold an organisation's word: "Bea Cukai Tanjung Balai Karimun memberikan".
        within = (
            subject and best and (best[0] >= subject.start() or SAME_NAME.fullmatch(passage, best[0], subject.start()))
        )
        if subject and not _giver_at(passage, subject.start()) and not within:
            return subject.start(), "other"  # "Lembaga Kajian ... (Lemkapi) menganugerahkan": a body the registry lacks
        if best:
            return best
    return None


# A giver that hands over through its official or office: "Menteri X melalui Kepala Dinas Y menyerahkan", "Gubernur,
# lewat Asisten I, memberikan", "Menteri X yang diwakili Kepala Kanwil Y menyerahkan", "Bupati X, diwakili oleh Sekda,
# memberikan": the one named before "melalui" or "diwakili" gives.
THROUGH = re.compile(r"\b(?:melalui|lewat|(?:yang\s+)?diwakili)\b")


def _acts_through(passage: str, start: int, verb_start: int) -> tuple[int, str] | None:
    """The giver that a hander-over before `verb_start` acts through, and its kind."""
    through = list(THROUGH.finditer(passage, start, verb_start))
    if not through or re.search(r"[.;]", passage[through[-1].end() : verb_start]):
        return None
    before = through[-1].start()
    giver = _last_giver_before(passage, max(0, before - 80), before)
    subject = BODY_BEFORE_VERB.search(passage, max(0, before - 80), before)
    return giver or ((subject.start(), _giver_at(passage, subject.start()) or "other") if subject else None)


BRACKET = re.compile(r"\s*\(")
SAME_NAME = re.compile(r"(?:[A-Z\d][\w().&/'-]*\s+)*")


def _last_giver_before(passage: str, start: int, end: int) -> tuple[int, str] | None:
    """The registry's giver named last between `start` and `end`, from the first word of its name: an office
    written before its ministry ("Kanwil Kemenkumham Bali", "Kantor Kementerian Agama Kabupaten X") is one body."""
    # A press outlet may be the subject too: "Harian X menggelar X Awards 2023 dan menetapkan Polda Y ...".
    kinds = [(p, c.name) for c in registry() for p in c.givers] + [
        (PRESS_OUTLET, "media"),
        (PRESS_OUTLET_NAME, "media"),
    ]
    found = [(m.start(), m.end(), kind) for p, kind in kinds for m in p.finditer(passage, start, end)]
    if not found:
        return None
    best = max(found, key=lambda f: f[0])  # the first kind listed at the last place
    best = next(f for f in found if f[0] == best[0])
    # Its short name in brackets may stand between: "Pemerintah Provinsi (Pemprov) Jawa Tengah".
    joined = [f for f in found if f[0] < best[0] and (f[1] >= best[0] - 1 or BRACKET.fullmatch(passage, f[1], best[0]))]
    head = min((f[0] for f in joined if f[2] == best[2]), default=best[0])
    subject = BODY_BEFORE_VERB.search(passage, start, end)
    head = subject.start() if subject and subject.start() < head <= subject.end() else head
    # Two who give together, the first named leads: "Kapolda X (Irjen Y) bersama Gubernur X menyerahkan".
    lead = next((f for f in sorted(found) if f[1] <= head and TOGETHER_WITH.fullmatch(passage, f[1], head)), None)
    return (lead[0], lead[2]) if lead else (head, best[2])


# What joins a giver (his name may follow) to another who gives with him.
TOGETHER_WITH = re.compile(rf"(?:\s+(?:{RANK_RE}|[A-Z][\w.'-]*))*\s*,?\s+(?:bersama(?:\s+dengan)?|beserta)\b\s*")


def on_behalf_of(passage: str) -> tuple[int, str] | None:
    """The giver a hander-over acts for, and its kind, when the clause around "atas nama" hands an award over."""
    for m in ON_BEHALF.finditer(passage):
        kind = _giver_at(passage, m.end())
        start = max(passage.rfind(".", 0, m.start()) + 1, m.start() - 120)
        end = passage.find(".", m.end())
        clause_end = min(end if end >= 0 else len(passage), m.end() + 120)
        to_recipient = re.search(r"\bkepada\b", passage[start : m.start()], re.I)
        if (
            kind
            and HANDS_OVER.search(passage, start, clause_end)
            and not RECEIVES.search(passage, start, clause_end)
            and not to_recipient
        ):
            return m.end(), kind
    return None


# An honorary membership is its corps's to confer, whoever pins its beret on: "diangkat menjadi Warga Kehormatan
# Korps Marinir TNI AL", "anggota kehormatan Kopassus" (the corps as written, up to the first lower-case word).
_CORPS = "|".join(yaml.safe_load(knowledge_text("civilian_honours.yml"))["honorary_corps"])
HONORARY_OF = re.compile(
    rf"\b(?i:warga|anggota)\s+(?i:kehormatan)\s+(?=(?:[A-Z][\w-]*\s+){{0,2}}(?:{_CORPS})\b)"
    r"([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\([A-Z]+\)))*?)(?=\s+[a-z\d]|\s*[,.;:\"”]|$)"
)


def giver_of(category: str, context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    """The awarding body's name as the archive writes it, and the person who handed the award over: read
    first where the passage names its giver, then anywhere in it."""
    context = without_non_givers(without_witnesses(context))
    decided = decided_by_wording(context)
    if decided and decided.name == category and decided.giver not in GIVER_RULES:
        return decided.giver, None  # "Satyalancana": the President's, whoever pins it
    if category == "other" and (corps := HONORARY_OF.search(context)):
        return corps.group(1), None
    if category == "regional_government" and (body := body_behind_hander(context)):
        return body, None  # "Pemkab X Beri Penghargaan ..." with "diserahkan Wakil Bupati X": the body gives
    found = giver_in(context)
    if category == "other" and (not found or not _giver_at(context, found[0])) and (body := named_body(context)):
        return body, None  # "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan ..."
    if category == "ministry" and found and (directorate := named_at(context, found[0])):
        return directorate, None  # "Direktorat Jenderal Bea dan Cukai (DJBC) Kementerian Keuangan memberikan ..."
    if found and found[1] == category and category != "ombudsman_compliance":
        giver = giver_by_rule(category, context[found[0] :], recipients)
        if giver[0]:
            return _with_partner(giver, category, context, found[0], recipients)
    giver = giver_by_rule(category, context, recipients)
    if giver[0] is None and category in ("other", "media"):
        return named_body(context) or body_at(context, found), None
    return giver


# Two who give one award together, the second joined to the first's name: "penghargaan bersama dari BNN Kabupaten X
# dan Pemerintah Kabupaten X", "Kapolda X bersama Gubernur X menyerahkan": one award, both its givers (three or more,
# or two counted awards, are an award each: pipelines.award_each).
JOINED_GIVER = re.compile(
    rf"[A-Z][\w().&/'-]*(?:\s+(?:{RANK_RE}|[A-Z(][\w().&/'-]*|\d+\b))*\s*,?\s+(?:dan|bersama(?:\s+dengan)?|beserta)(?=\s)"
)


def _with_partner(
    giver: tuple[str | None, str | None], category: str, context: str, start: int, recipients: list[Mention]
) -> tuple[str | None, str | None]:
    """The giver, and the one said to give with it right after its name ("A dan B"), when that one gives too."""
    joined = JOINED_GIVER.match(context, start)
    # the registry's wordings may take the space before a name with them (" Gubernur"), or not
    at = [joined.end(), joined.end() + 1] if joined else []
    kind = next((k for n in at if (k := _giver_at(context, n))), None)
    if not kind or COUNTED_AWARDS.search(context, 0, start):
        return giver
    partner = giver_by_rule(kind, context[joined.end() + 1 :], recipients)[0]
    # Not one body's own people together: "Kapolda X bersama Wakapolda X" (Kapolda X, Polda X) is the Kapolda's.
    same = kind == category and partner and giver[0] and partner.split()[1:] == giver[0].split()[1:]
    return (f"{giver[0]} dan {partner}", giver[1]) if partner and not same else giver


# "dua penghargaan sekaligus dari A dan B": an award from each.
COUNTED_AWARDS = re.compile(r"\b(?:dua|2)\s+(?:\w+\s+)?(?:penghargaan|piagam)\b", re.I)


GIVER_WRITTEN = {
    "Ombudsman": r"Ombudsman(?:\s+(?:RI|Republik Indonesia|[Pp]erwakilan|[Pp]rovinsi|\([A-Z]+\)))*(?:\s+[A-Z][\w-]*){0,2}",
    "KemenPAN-RB": r"KemenPAN-?RB|Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi(?:\s+\(KemenPAN-?RB\))?|Menteri PAN-?RB",
    "MURI": r"Museum Rekor(?:-| )?(?:Dunia )?Indonesia(?:\s+\(MURI\))?|MURI",
    "Kapolri": r"Kapolri(?:\s+Jenderal(?:\s+Pol\.?)?(?:\s+[A-Z][\w.]*){1,3})?",
}


def giver_spelled_out(giver: str | None, story: str) -> str | None:
    """A body the registry does not know, written with its abbreviation as the story spells it out ("Komisi
    Informasi Pusat (KIP)"); the registry's givers and the state bodies keep the one name they are faceted by;
    a Mabes body has the one name the gazetteer gives it ("Divhumas Polri" is Divisi Humas Polri)."""
    giver = region_initials_spelled_out(giver)
    body = gazetteer().lookup(giver) if giver and mabes_body_at(giver, 0) == giver else None
    if body is not None and body.type in ("mabes", "satker_mabes"):
        return body.name
    if not giver or PUBLIC_BODY.fullmatch(giver) or _giver_at(giver, 0):
        return giver
    return spelled_out(giver, story)


# A chief or head of region named with his region's initials: "Kapolres HSU", "Bupati TTU".
REGION_INITIALS = re.compile(r"^((?:Waka|Ka)pol(?:res\w*|sek)|Bupati|Wakil\s+Bupati|Wali\s+Kota)\s+([A-Z]{2,5})$")


def region_initials_spelled_out(giver: str | None) -> str | None:
    """ "Kapolres HSU" is Kapolres Hulu Sungai Utara, "Bupati TTU" Bupati Timor Tengah Utara: the region whose Polres
    the gazetteer knows by those initials."""
    m = REGION_INITIALS.match(giver or "")
    unit = gazetteer().lookup(f"Polres {m.group(2)}") if m else None
    if unit is None or not unit.name.startswith("Polres "):
        return giver
    return f"{m.group(1)} {unit.name.removeprefix('Polres ')}"


def giver_as_written(giver: str | None, context: str) -> str | None:
    """The phrase the story uses for the giver ("Kapolda Kalsel", "Ombudsman RI Provinsi Banten")."""
    if not giver:
        return None
    first = giver.split()[0]
    pattern = (
        GIVER_WRITTEN.get(first)
        or GIVER_WRITTEN.get(giver)
        or rf"\b{re.escape(first)}(?:\s+(?!{RANK_RE}|Jenderal)[A-Z][\w-]*){{1,3}}"
    )
    m = re.search(pattern, context)
    return m.group(0).strip() if m else None
