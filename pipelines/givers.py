"""Who gives an award: where a passage names its giver, the giver's kind, and the giver's name as the
archive writes it (with the person who handed the award over, when named). Pure functions over text;
the kinds and their givers' wordings come from data/knowledge/award_categories.yml (pipelines.categories).
"""

from __future__ import annotations

import re

import yaml

from pipelines.abbreviations import spelled_out
from pipelines.categories import decided_by_wording, registry
from pipelines.giver_names import (
    FROM,
    GIVER_RULES,
    NOT_A_BODY,
    OFFICER_BEFORE,
    PUBLIC_BODY,
    giver_by_rule,
    is_place,
    mabes_body_at,
)
from pipelines.initialled_bodies import initialled_giver
from pipelines.knowledge import knowledge_text
from pipelines.non_givers import GIVING, without_non_givers, without_witnesses
from pipelines.press_outlets import PRESS_OUTLET, PRESS_OUTLET_NAME
from pipelines.ranks import RANK_RE
from pipelines.role_words import SPEECH_VERB
from pipelines.unit_gazetteer import expand_province, gazetteer
from pipelines.units import Mention, find_unit_mentions

# Words between a giving slot and the body: a post ("Ketua Umum", "Deputi"; a director before the one-word name of
# his body, "Direktur Eksekutif Lemkapi, Dr X"), "pihak", the hand it came from ("dari tangan Bupati X"), or the
# body's office in lower case ("kantor wilayah"; "Kantor Staf Presiden" is a body of its own).
# A council's chairman is read with his council, whose giver rule writes his post ("Ketua DPRD Jatim").
# A Polda's directorate after "Direktur" is the director's post, not his body ("Direktur Reskrimum, Kombes X").
_POLDA_DIRECTORATE = r"(?:Res|Reskrim|Lantas|Binmas|Samapta|Sabhara|Polairud|Intelkam|Pamobvit|Tahti|Narkoba)"
_TITLES = rf"(?:(?:Ketua(?!\s+DPRD\b)|Umum|Kepala|Deputi|Direktur(?:\s+Eksekutif)?(?=\s+(?!{_POLDA_DIRECTORATE})[A-Z][\w-]*(?:,|\s+\())|Wakil|Anggota|Plt\.?|Pj\.?|Pjs\.?|langsung|oleh|pihak|tangan|Perwakilan|(?-i:kantor|wilayah)|salah|satu|sebuah)\s+){{0,3}}"
GIVER_SLOTS = (
    # "penghargaan dari (Ketua) Ombudsman RI"
    re.compile(rf"{FROM}{_TITLES}", re.I),
    # "piagam yang ditandatangani (langsung oleh) Gubernur": who signs a piagam gives it.
    re.compile(
        rf"\b(?:diserahkan|diberikan|disematkan|dianugerahkan|diganjar|diserahkan langsung|ditandatangani)\s+{_TITLES}",
        re.I,
    ),
    # "dianugerahi penghargaan sebagai badan publik informatif oleh Komisi Informasi Pusat", "dinobatkan sebagai
    # polres terbaik oleh X" (not "diterima oleh").
    re.compile(
        rf"\b(?:dianugerahi|diberi|diganjar|diserahkan|diberikan|dianugerahkan|disematkan|dinobatkan|ditetapkan|"
        # The agent of a nearer passive verb is not the giver: "diserahkan penghargaan dari lomba yang dipersyaratkan
        # oleh Mabes" (the award's own verb after it is read from there).
        rf"ditandatangani)\b(?:(?!diterima|\bdi[a-z]{{3,}}(?:kan|i)\b)[^.;]){{0,120}}?"
        rf"\boleh\s+{_TITLES}",
        re.I,
    ),
    # An award named after its giver: "penghargaan Kapolri", "apresiasi Bupati X", "piala Kapolda X", "reward Kapolda".
    re.compile(
        r"\b(?:penghargaan|piagam(?: penghargaan)?|pin emas|anugerah|apresiasi|reward|piala|trofi|tropi)\s+", re.I
    ),
    # The organiser of a contest or an awards night: "yang diselenggarakan Korlantas Polri", "tingkat Polda X".
    # The body that assesses the winners: "evaluasi kinerja anggaran yang dilakukan Kementerian Keuangan".
    re.compile(
        r"\b(?:penilaian|evaluasi|survei|seleksi)\b[^.;]{0,100}?\b(?:dilakukan|dilaksanakan|diselenggarakan)\s+(?:oleh\s+)?",
        re.I,
    ),
    # "Kabid Humas terbaik tingkat Polda" is a class of winners, not a host: a host Polda is named ("peringkat I
    # se-jajaran Polda Aceh" too).
    re.compile(
        r"\b(?:diselenggarakan|digelar|diadakan|dihelat)\s+(?:oleh\s+)?|\b(?:tingkat|se-?jajaran)\s+(?=Polda\s+(?-i:[A-Z]))",
        re.I,
    ),
    re.compile(r"\b(?:ajang|gelaran|malam\s+penganugerahan)\s+", re.I),  # "di ajang Nusantara PR Awards 2025"
    # A handover said by its noun, then who did it: "Penyerahan penghargaan dilakukan oleh Bupati X", "Penyematan
    # dipimpin langsung Kapolda".
    re.compile(
        r"\b(?:penyerahan|pemberian|penganugerahan|penyematan)\b(?:\s+[\w-]+){0,3}?\s+(?:dilakukan|dipimpin)\s+"
        rf"{_TITLES}",
        re.I,
    ),
    # The speaker of a quote in which he gives: "“Penghargaan ini kami berikan ...,” kata Bupati X."
    re.compile(rf"\b(?:kami|saya)\s+(?:{GIVING})\b[^\"“”]{{0,200}}[\"”]\s*,?\s*{SPEECH_VERB}\s+{_TITLES}", re.I),
)


# A giving verb, or a host that holds the handover: "Polda X menggelar apel sekaligus penyerahan penghargaan".
GIVES_OR_HOSTS = re.compile(
    rf"\b(?:{GIVING})\b|\b(?:menggelar|menyelenggarakan|mengadakan)\b(?=[^.;]{{0,120}}?\b(?:penyerahan|pemberian|"
    r"penganugerahan|(?-i:Awards?))\b)",
    re.I,
)


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
    # Not when a body is said before to give it: "BI X memberikan ... diserahkan Asisten I, mewakili Gubernur".
    if behalf and not (giving and giving.start() < behalf[0]):
        return behalf
    subject = _subject_that_gives(passage)
    for n, slot in enumerate(GIVER_SLOTS):
        for m in slot.finditer(passage):
            kind = _giver_at(passage, m.end())
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


# An awards night named after the press outlet that holds it, no giver said otherwise: "meraih Jawa Pos Award 2024",
# "Riau Pos Awards" (an outlet said to hold it, "Harian X menggelar X Awards", is named as it is written there).
OUTLETS_AWARD = re.compile(rf"(?:{PRESS_OUTLET_NAME.pattern})\s+Awards?\b")


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
# lewat Asisten I, memberikan": the one named before "melalui" gives.
THROUGH = re.compile(r"\b(?:melalui|lewat)\b")


def _acts_through(passage: str, start: int, verb_start: int) -> tuple[int, str] | None:
    """The giver that a hander-over before `verb_start` acts through, and its kind."""
    through = list(THROUGH.finditer(passage, start, verb_start))
    if not through or re.search(r"[.;]", passage[through[-1].end() : verb_start]):
        return None
    before = through[-1].start()
    giver = _last_giver_before(passage, max(0, before - 80), before)
    subject = BODY_BEFORE_VERB.search(passage, max(0, before - 80), before)
    return giver or ((subject.start(), _giver_at(passage, subject.start()) or "other") if subject else None)


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
    head = min((f[0] for f in found if f[0] < best[0] and f[1] >= best[0] - 1 and f[2] == best[2]), default=best[0])
    subject = BODY_BEFORE_VERB.search(passage, start, end)
    head = subject.start() if subject and subject.start() < head <= subject.end() else head
    return head, best[2]


# Who hands over acts for the giver: "Wakapolda menyerahkan piagam atas nama Kapolri", "Atas nama Bupati, Sekda
# memberikan ...", "diserahkan Asisten I mewakili Gubernur"; not one who receives for his chief ("diterima Wakapolres
# mewakili Kapolres", "diserahkan Ketua KPK kepada Wakapolda, yang mewakili Kapolda").
ON_BEHALF = re.compile(rf"\b(?:atas\s+nama|mewakili|yang\s+mewakili)\s+{_TITLES}", re.I)
HANDS_OVER = re.compile(rf"\b(?:{GIVING}|diserahkan|diberikan|disematkan|dianugerahkan)\b", re.I)
RECEIVES = re.compile(r"\b(?:menerima|diterima|meraih|terima|mendapat\w*|memperoleh)\b", re.I)


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


# A body the registry does not know, named where a giver stands: "dari Komnas Perlindungan Anak",
# "dari Gerakan Nasional Anti Narkotika (Granat)", "diserahkan Ketua Umum PPWI".
# A command's number is part of its name: "Dandim 0803 Madiun", "Danrem 081/DSJ".
_BODY = re.compile(
    r"(?:panitia\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z(][\w().&-]*(?:/[\w-]+)?|dan(?=\s+[A-Z(])|RI|se-\w+|\d{2,4}(?:/[\w-]+)?\b))*"
)


_ORGANISATION_TABLE = yaml.safe_load(knowledge_text("organisation_words.yml"))
ORGANISATION_WORDS = "|".join(f"(?:{w})" for w in _ORGANISATION_TABLE["words"])
# A body the reporter describes before its name: "lembaga survei Indikator Politik", "organisasi Pemuda Y".
DESCRIBED_BODY = re.compile(r"(?:" + "|".join(_ORGANISATION_TABLE["described_by"]) + r")\s+(?=[A-Z])")
# An awards night named for itself stands for its organiser: "ajang Nusantara PR Awards 2025".
AWARDS_NAME = r"[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*){0,4}\s+Awards?\b"
ORGANISATION = re.compile(rf"(?:{ORGANISATION_WORDS})\b|{AWARDS_NAME}")


# A body that names itself as one, giving: "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan ...", "Ketua
# Dewan Pakar Pusat Riset X, Dr. Y, SH memberikan ...": its head's name and degrees may stand before the verb.
_BODY_AND_HEAD = rf"(?:{ORGANISATION_WORDS})\b(?:,?\s+(?:[A-Z(][\w().&'-]*|\d+\b|(?:dan|RI|of|for|the|and)\b))*"
# The day it gave may stand between: "Lembaga X di Jakarta, Rabu (12/3), memberikan ...", "Lembaga X pada Kamis
# (14/12/2023) pagi langsung memberikan ...".
_ON_DAY = (
    r"(?:,?\s+(?:pada\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s*\([\d/]{3,10}\))?"
    r"(?:\s+(?:pagi|siang|sore|malam))?)?(?:\s+(?:langsung|juga|pun|telah))?"
)
# A clause about its head may stand between commas: "Ketua Yayasan X Budi, yang akrab disapa Pak Budi, memberikan".
_ABOUT_HEAD = r"(?:,\s+yang\s+[^,.;\"]{1,60}(?=,))?"
BODY_GIVES = re.compile(rf"\b({_BODY_AND_HEAD})(?:\s+di\s+[A-Z]\w+)?{_ABOUT_HEAD}{_ON_DAY},?\s+(?:{GIVING})\b")
# "Balai Besar POM di Semarang menyerahkan": the office's seat is no part of its name.
BODY_BEFORE_VERB = re.compile(rf"\b{_BODY_AND_HEAD}(?:\s+di\s+[A-Z]\w+)?{_ABOUT_HEAD}{_ON_DAY},?\s+$")


def named_body(passage: str) -> str | None:
    """The unknown body at the passage's giver slot, as written (at most six words); after an award word
    ("penghargaan Komisi Perlindungan Anak Indonesia") only a body that names itself as one; an award named for
    itself ("penghargaan He For She Award") stands for its giver only when no body is said to give it."""
    giving = BODY_GIVES.search(passage)
    initialled = initialled_giver(passage)
    initialled = initialled if initialled and not find_unit_mentions(initialled[1]) else None
    for n, slot in enumerate(GIVER_SLOTS):
        for m in slot.finditer(passage):
            if initialled and not giving and initialled[0] < m.start():
                return initialled[1]  # "Indonesia Police Watch (IPW) memberikan ... diserahkan Ketua IPW": the body
            described = DESCRIBED_BODY.match(passage, m.end())
            if n >= 2 and not (ORGANISATION.match(passage, m.end()) or described):
                continue
            if n == 0 and OFFICER_BEFORE.search(passage, max(0, m.start() - 60), m.start()):
                continue  # "Brigpol Ani dari Satuan Logistik": the unit an officer comes from
            if n == 0 and giving and not ORGANISATION.match(passage, m.end()):
                continue  # "Lembaga X memberikan ...": a body said to give outranks a word after "dari" that names none
            body = _BODY.match(passage, described.end() if described else m.end())
            # Not a person, a post, or a Polri unit ("IPDA Kamaruddin dari Direktorat Intelkam Polda NTB"); a body
            # may name the police it studies ("Lembaga Kajian Strategis Kepolisian Indonesia").
            name = _within_sentence(body.group(0)) if body else ""
            if (
                name
                and not NOT_A_BODY.match(name)
                and not is_place(name)
                and not re.match(r"(?:Waka|Ka)[a-z]", name)
                and (ORGANISATION.match(name) or not find_unit_mentions(name))
                and not (giving and n == 3 and re.fullmatch(AWARDS_NAME, name))
            ):
                return _region_in_full(_without_head(_first_words(name, 10), passage))
    if giving:
        return _region_in_full(_without_head(_first_words(_within_sentence(giving.group(1)), 8), passage))
    return initialled[1] if initialled else None


def _region_in_full(name: str) -> str:
    """A body named with its province's short form last, its abbreviation in brackets too ("Badan Amil Zakat
    Nasional (Baznas) Sumbar", "Forum Jurnalis Kalteng"): the province spelled out, as the set writes regions."""
    head, _, last = name.rpartition(" ")
    return f"{head} {expand_province(last)}" if head and last != "Metro" else name


HEAD_POST = r"\b(?:Ketua|Kepala|Deputi|Direktur|Pimpinan|Sekretaris|Sekjen)(?:\s+(?:Umum|Jenderal|Harian))?\s+"


def _without_head(name: str, passage: str) -> str:
    """A body's head by his post, the body, its region, then his name ("Ketua DAD Kalteng Agustiar Sabran"): the
    body and its region spelled out ("DAD Kalimantan Tengah"); a region inside the name stays."""
    words = name.split()
    if not re.search(HEAD_POST + re.escape(name), passage):
        return name
    # The head's name after the body's abbreviation: "Ketua Yayasan X (YX) Budi Santoso" is "Yayasan X (YX)".
    named = re.fullmatch(r"(.*\))((?:\s+[A-Z][a-z]+){1,3})", name)
    if named and not ORGANISATION.search(named.group(2)) and not is_place(named.group(2).strip()):
        return named.group(1)
    for end in range(len(words) - 2, 0, -1):
        head = words[end:]
        if len(head) > 3 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in head) or ORGANISATION.match(head[0]):
            continue
        place = next((n for n in (2, 1) if end - n > 0 and is_place(" ".join(words[end - n : end]))), 0)
        across = any(is_place(" ".join(words[end - n : end + 1])) for n in (1, 2))
        if place and not across and not any(is_place(w) for w in head):
            return " ".join([*words[: end - place], expand_province(" ".join(words[end - place : end]))])
    return name


def _within_sentence(name: str) -> str:
    """A name up to the sentence's end ("... dari Swiss. Bantu ..."), before its head's name and degrees
    ("Pusat Riset X Dr. Y, SH"), without a trailing joining word."""
    name = re.split(r"[.,]\s|\s+(?:Dr|Drs|Ir|Prof|H|Hj)\.?\s", name)[0].rstrip(".,")
    return re.sub(r"\s+dan$", "", name)


def _first_words(name: str, count: int) -> str:
    """The name's first `count` words, its bracketed abbreviations not counted: "Dewan Pimpinan Daerah (DPD)
    Himpunan Nelayan Seluruh Indonesia (HNSI) Maluku Utara" is one body."""
    words, kept = [], 0
    for word in name.split():
        if not word.startswith("("):
            kept += 1
            if kept > count:
                break
        words.append(word)
    return " ".join(words).rstrip(".,")


def giver_of(category: str, context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    """The awarding body's name as the archive writes it, and the person who handed the award over: read
    first where the passage names its giver, then anywhere in it."""
    context = without_non_givers(without_witnesses(context))
    decided = decided_by_wording(context)
    if decided and decided.name == category and decided.giver not in GIVER_RULES:
        return decided.giver, None  # "Satyalancana": the President's, whoever pins it
    found = giver_in(context)
    if category == "other" and (not found or not _giver_at(context, found[0])) and (body := named_body(context)):
        return body, None  # "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan ..."
    if found and found[1] == category and category != "ombudsman_compliance":
        giver = giver_by_rule(category, context[found[0] :], recipients)
        if giver[0]:
            return giver
    giver = giver_by_rule(category, context, recipients)
    if giver[0] is None and category in ("other", "media"):
        return named_body(context) or _body_at(context, found), None
    return giver


def _body_at(passage: str, found: tuple[int, str] | None) -> str | None:
    """The unknown body where `giver_in` found one, as written: "Universitas X, melalui Wakil Rektor, memberikan"."""
    body = _BODY.match(passage, found[0]) if found and found[1] == "other" else None
    name = _within_sentence(body.group(0)) if body and ORGANISATION.match(body.group(0)) else None
    return _first_words(name, 10) if name and not NOT_A_BODY.match(name) else None


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
    body = gazetteer().lookup(giver) if giver and mabes_body_at(giver, 0) == giver else None
    if body is not None and body.type in ("mabes", "satker_mabes"):
        return body.name
    if not giver or PUBLIC_BODY.fullmatch(giver) or _giver_at(giver, 0):
        return giver
    return spelled_out(giver, story)


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
