"""Who gives an award: where a passage names its giver, the giver's kind, and the giver's name as the
archive writes it (with the person who handed the award over, when named). Pure functions over text;
the kinds and their givers' wordings come from data/knowledge/award_categories.yml (pipelines.categories).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.abbreviations import spelled_out
from pipelines.categories import decided_by_wording, registry
from pipelines.ranks import NAME, RANK_RE, RANK_RE_PLAIN, normalise_rank
from pipelines.units import PROVINCE_SHORT, Mention, expand_province, find_unit_mentions, gazetteer

_TITLES = r"(?:(?:Ketua|Umum|Kepala|Wakil|Anggota|Plt\.?|Pj\.?|Pjs\.?|langsung|oleh|pihak|Perwakilan)\s+){0,3}"
GIVING = (
    r"memberikan|memberi|berikan|beri|menyerahkan|serahkan|menganugerahkan|anugerahkan|anugerahi|menganugerahi|"
    r"mengganjar|ganjar|menyematkan|sematkan|mengukuhkan"
)
# "dari" before the giver; not a range ("dari Polda hingga Polres jajaran").
FROM = r"\bdari\s+(?![^,.]{0,40}?\b(?:hingga|sampai)\b)"
GIVER_SLOTS = (
    # "penghargaan dari (Ketua) Ombudsman RI"
    re.compile(rf"{FROM}{_TITLES}", re.I),
    re.compile(rf"\b(?:diserahkan|diberikan|disematkan|dianugerahkan|diganjar|diserahkan langsung)\s+{_TITLES}", re.I),
    # "dianugerahi penghargaan sebagai badan publik informatif oleh Komisi Informasi Pusat" (not "diterima oleh").
    re.compile(
        rf"\b(?:dianugerahi|diberi|diganjar|diserahkan|diberikan|dianugerahkan|disematkan)\b(?:(?!diterima)[^.;]){{0,120}}?"
        rf"\boleh\s+{_TITLES}",
        re.I,
    ),
    re.compile(r"\b(?:penghargaan|piagam(?: penghargaan)?|pin emas|anugerah)\s+", re.I),  # "penghargaan Kapolri"
    # The organiser of a contest or an awards night: "yang diselenggarakan Korlantas Polri", "tingkat Polda X".
    re.compile(r"\b(?:diselenggarakan|digelar|diadakan|dihelat)\s+(?:oleh\s+)?|\btingkat\s+(?=Polda\b)", re.I),
)


def _giver_at(passage: str, position: int) -> str | None:
    """The kind of the awarding body written exactly at `position`, if one is."""
    for category in registry():
        if any(p.match(passage, position) for p in category.givers):
            return category.name
    return None


def giver_category(passage: str) -> str | None:
    """The kind that the passage's giver makes an award (see `giver_in`)."""
    found = giver_in(passage)
    return found[1] if found else None


def giver_in(passage: str) -> tuple[int, str] | None:
    """Where the passage names its award's giver, and the giver's kind: "dari X", a passive "diserahkan (oleh)
    X", an award named after its giver ("penghargaan Kapolri"), else an X that gives ("Kapolda X menyerahkan")."""
    for n, slot in enumerate(GIVER_SLOTS):
        for m in slot.finditer(passage):
            kind = _giver_at(passage, m.end())
            if kind:
                return m.end(), kind
            if n < 3 and ORGANISATION.match(passage, m.end()):
                return (
                    m.end(),
                    "other",
                )  # "dari Lembaga Kajian Strategis Kepolisian Indonesia": a body the registry lacks
    for verb in re.finditer(rf"\b(?:{GIVING})\b", passage, re.I):
        start = max(0, verb.start() - 80)
        subject = BODY_BEFORE_VERB.search(passage, start, verb.start())
        if subject and not _giver_at(passage, subject.start()):
            return subject.start(), "other"  # "Lembaga Kajian ... (Lemkapi) menganugerahkan": a body the registry lacks
        best = None
        for category in registry():
            for p in category.givers:
                for m in p.finditer(passage, start, verb.start()):
                    if best is None or m.start() > best[0]:
                        best = (m.start(), category.name)
        if best:
            return best
    return None


# A body the registry does not know, named where a giver stands: "dari Komnas Perlindungan Anak",
# "dari Gerakan Nasional Anti Narkotika (Granat)", "diserahkan Ketua Umum PPWI".
_BODY = re.compile(r"[A-Z][\w.&-]*(?:\s+(?:[A-Z(][\w().&-]*|dan|RI|se-\w+))*")
_NOT_A_BODY = re.compile(
    rf"^(?:{RANK_RE_PLAIN}|Jenderal|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|"
    r"April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Ia|Dia|Mereka|Kami|Pak|Bapak|Ibu|"
    r"Penghargaan|Piagam|Predikat|Apresiasi|Hal|Hasil|Tahun)\b"
)


ORGANISATION_WORDS = (
    r"Komisi|Komnas|Lembaga|Yayasan|Badan|Ikatan|Persatuan|Asosiasi|Forum|Gerakan|Universitas|Institut|PT|Bank|"
    r"Perhimpunan|Himpunan|Kejaksaan|Pengadilan|Dewan|Majelis"
)
ORGANISATION = re.compile(rf"(?:{ORGANISATION_WORDS})\b")


# A body that names itself as one, giving: "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan ...".
BODY_GIVES = re.compile(rf"\b((?:{ORGANISATION_WORDS})\b(?:\s+(?:[A-Z(][\w().&-]*|dan|RI))*)\s+(?:{GIVING})\b")


BODY_BEFORE_VERB = re.compile(rf"\b(?:{ORGANISATION_WORDS})\b(?:\s+(?:[A-Z(][\w().&-]*|dan|RI))*\s+$")


def named_body(passage: str) -> str | None:
    """The unknown body at the passage's giver slot, as written (at most six words); after an award word
    ("penghargaan Komisi Perlindungan Anak Indonesia") only a body that names itself as one."""
    for n, slot in enumerate(GIVER_SLOTS):
        for m in slot.finditer(passage):
            if n >= 2 and not ORGANISATION.match(passage, m.end()):
                continue
            body = _BODY.match(passage, m.end())
            # Not a person, a post, or a Polri unit ("IPDA Kamaruddin dari Direktorat Intelkam Polda NTB"); a body
            # may name the police it studies ("Lembaga Kajian Strategis Kepolisian Indonesia").
            if (
                body
                and not _NOT_A_BODY.match(body.group(0))
                and not re.match(r"(?:Waka|Ka)[a-z]", body.group(0))
                and (ORGANISATION.match(body.group(0)) or not find_unit_mentions(body.group(0)))
            ):
                words = body.group(0).split()[:6]
                return " ".join(words).rstrip(".,")
    giving = BODY_GIVES.search(passage)
    return " ".join(giving.group(1).split()[:8]) if giving else None


# -- the giver's name, by the rule its category names ----------------------------------------------


def _ombudsman(context: str, recipients: list[Mention]) -> tuple[str, str | None]:
    province, person = None, None
    for m in re.finditer(
        r"Ombudsman(?:\s+(?:RI|Republik Indonesia))?(?:\s+[Pp]erwakilan)?(?:\s+[Pp]rovinsi)?\s+"
        r"((?:[A-Z][a-z]+|NTB|NTT|DIY)(?:\s+[A-Z][a-z]+){0,3})",
        context,
    ):
        words = m.group(1).split()
        for n in (2, 1):
            candidate = expand_province(" ".join(words[:n]))
            if len(words) >= n and gazetteer().polda_for_province(candidate) and candidate not in PROVINCE_SHORT:
                province = candidate
                rest = words[n:]
                if len(rest) >= 2 and not person:
                    person = " ".join(rest[:3])
                break
        if province:
            break
    return (f"Ombudsman RI Perwakilan {province}" if province else "Ombudsman RI"), person


def _province_after(words: list[str]) -> str | None:
    """The province a Kapolda or Polda is named by ("Kalsel", "Jawa Timur", "Metro Jaya"), or None when the
    words are a person's name ("Kapolda Fadil") or a headline's verb ("Kapolda Sumut Terima")."""
    for n in (2, 1):
        if len(words) >= n:
            province = expand_province(" ".join(words[:n]))
            if gazetteer().polda_for_province(province):
                return province
    return None


def _kapolda(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    for m in re.finditer(
        r"\bKapolda\s+((?:Metro Jaya)|[A-Z][\w]*(?:\s+(?!Irjen|Brigjen)[A-Z][a-z]+)?)(?:\s+(Irjen Pol|Brigjen Pol|Irjen|Brigjen)\.?\s+("
        + NAME
        + "))?",
        context,
    ):
        province = _province_after(m.group(1).split())
        if province:
            person = f"{normalise_rank(m.group(2))} {m.group(3)}" if m.group(2) else None
            return f"Kapolda {province}", person
    for m in re.finditer(r"\bPolda\s+((?:Metro Jaya)|[A-Z][\w]*(?:\s+[A-Z][a-z]+)?)", context):
        province = _province_after(m.group(1).split())
        if province:
            return f"Polda {province}", None
    if recipients and recipients[0].unit_id:
        unit = gazetteer().units[recipients[0].unit_id]
        polda = gazetteer().units.get(unit.polda_id or "")
        return (polda.name if polda else None), None
    return None, None


def _ministry(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    m = re.search(
        r"\b(Kementerian\s+[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,6}|Kemen[A-Z][\w-]*|"
        r"Kemen(?:kumham|keu|ag|sos|kes|dagri|hub|pora|dikbud\w*|kominfo|komdigi|parekraf|tan|perin|aker|lu|han|pupr)"
        r"(?:\s+(?!RI\b)[A-Z][a-z]+)?|Menteri\s+[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,3}|"
        r"BNN(?:\s+Provinsi\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|P\s+\w+)?)",
        context,
    )
    name = m.group(1) if m else None
    long_bnn = re.search(r"Badan Narkotika Nasional(?:\s+(?:Provinsi|Kabupaten|Kota))?", context)
    if long_bnn and not name:
        context = context.replace(long_bnn.group(0), "BNN" + long_bnn.group(0)[len("Badan Narkotika Nasional") :])
        name = "BNN"
    directorate = re.search(
        r"\b((?:Kanwil\s+)?(?:DJPb|KPPN)(?:\s+[A-Z][\w]*){0,2}|Direktorat Jenderal\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)", context
    )
    if directorate and not name:
        return directorate.group(1), None  # a ministry's field office: "DJPb Maluku Utara", "KPPN Ambon"
    minister = re.search(
        r"\bMen(?:pora|kes|hub|sos|ag|dag|tan|kumham|dikbud\w*|kominfo|keu|perin|aker|lu|han|dagri|parekraf|pupr)\b",
        context,
    )
    if minister and not name:
        return minister.group(0), None
    bnn = re.search(r"\bBNNP?\)?\s+(?:Provinsi\s+)?((?:[A-Z][a-z]+|NTB|NTT|DIY)(?:\s+[A-Z][a-z]+)?)", context)
    if bnn and name and name.startswith("BNN"):
        for n in (2, 1):
            province = expand_province(" ".join(bnn.group(1).split()[:n]))
            if gazetteer().polda_for_province(province):
                return f"BNN Provinsi {province}", None
    if name and ("Perempuan" in name or "PPPA" in name or "PPA" in name):
        name = "Kementerian PPPA"
    elif name and name.startswith("BNNP "):
        name = "BNN Provinsi " + expand_province(name[5:])
    return name, None


@lru_cache(maxsize=1)
def _areas() -> set[str]:
    gaz = gazetteer()
    return {u.area.split(" ", 1)[-1] for u in gaz.units.values()} | {u.province for u in gaz.units.values()}


def _regional(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    m = re.search(
        r"\b((?:Pj|Pjs|Plt)\.?\s+)?(Bupati|Wali ?[Kk]ota|Gubernur)\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})", context
    )
    if m:
        acting = f"{m.group(1).strip().rstrip('.')} " if m.group(1) else ""
        office = "Wali Kota" if m.group(2).lower().replace(" ", "") == "walikota" else m.group(2)
        words = m.group(3).split()
        words[0] = expand_province(words[0])  # "Gubernur Kalsel"
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in _areas():
                return f"{acting}{office} {' '.join(words[:n])}", " ".join(words[n:]) or None
        return f"{acting}{office} {words[0]}", None
    m = re.search(
        r"\b(Pemkab|Pemkot|Pemprov|Pemerintah Kabupaten|Pemerintah Kota|Pemerintah Provinsi)\s+([A-Z]\w+(?:\s+[A-Z]\w+)?)",
        context,
    )
    if not m:
        return None, None
    # One spelling: "Pemkab Bantul" is Pemerintah Kabupaten Bantul.
    level = {"Pemkab": "Kabupaten", "Pemkot": "Kota", "Pemprov": "Provinsi"}.get(m.group(1), m.group(1).split()[-1])
    return f"Pemerintah {level} {expand_province(m.group(2))}", None


# Independent state bodies and agencies, by the short name stories use: "KPK", "BPJS Kesehatan".
PUBLIC_BODY = re.compile(
    r"\b(?:KPK|KPU(?:\s+[A-Z][a-z]+)?|Bawaslu(?:\s+[A-Z][a-z]+)?|LPSK|KPAI|Komnas HAM|BPJS(?:\s+(?:Kesehatan|Ketenagakerjaan))?|"
    r"BPK|OJK|(?:PT\s+)?Jasa Raharja(?:\s+Cabang\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\b"
)


def _named(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    """A giver the archive writes as the story names it: a commission, a press body, a Kapolres."""
    m = re.search(
        r"\b(Komisi Informasi(?:\s+\(KI\))?(?:\s+(?:Provinsi|Pusat))?(?:\s+[A-Z]\w+(?:\s+[A-Z][a-z]\w+)?)?)", context
    )
    if m:
        name = m.group(1).replace(" (KI)", "")
        for short, full in PROVINCE_SHORT.items():
            name = re.sub(rf"\b{short}\b", full, name)
        if "Provinsi" not in name and "Pusat" not in name and name != "Komisi Informasi":
            name = name.replace("Komisi Informasi ", "Komisi Informasi Provinsi ")
        return name, None
    m = PUBLIC_BODY.search(context)
    if m:
        return m.group(0), None
    m = re.search(
        r"\b(PWI|PPWI|AJI|Persatuan Wartawan Indonesia|Dewan Pers|SMSI|JMSI|AMSI|IJTI)(?:\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?",
        context,
    )
    if m:
        # "PWI Jatim" is PWI Jawa Timur; "PPWI Wilson Lalengke" is the body and its chairman.
        region = expand_province(m.group(2) or "")
        return " ".join(filter(None, (m.group(1), region if region in _areas() else None))), None
    m = re.search(
        rf"\b((?:Waka|Ka)polres\w*\s+(?:Metro\s+)?(?!(?:{RANK_RE})\b)[A-Z]\w+(?:\s+(?!(?:{RANK_RE})\b)[A-Z][a-z]+)?)(?=\s+(?:AKBP|Kombes|Kompol|AKP|(?i:memberikan|menyerahkan|berikan|beri|serahkan|kepada))\b|\s*[,.])",
        context,
    )
    if m:
        return m.group(1), None
    m = re.search(rf"\b((?:Waka|Ka)polres\w*)\s+(?:{RANK_RE})\b", context)
    resort = next((u.name for u in find_unit_mentions(context) if u.name.startswith("Polres")), None)
    if m and not resort:
        # "... di Mapolresta Barelang": the headquarters names the resort.
        base = re.search(r"\bMa(polres\w*)\s+([A-Z]\w+(?:\s+[A-Z][a-z]\w*)?)", context)
        resort = f"P{base.group(1)[1:]} {base.group(2)}" if base else None
    if m and resort:
        # "Kapolresta AKBP Joko": the chief of the resort the passage names.
        chief = m.group(1)[: m.group(1).lower().index("polres")]  # "Ka" or "Waka"
        return f"{chief}p{resort[1:]}", None
    for m in re.finditer(r"\bKapolda\s+([A-Z]\w+(?:\s+[A-Z][a-z]+)?)", context):
        province = _province_after(m.group(1).split())
        if province:
            return f"Kapolda {province}", None
    for m in re.finditer(rf"{FROM}([A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,6}})", context):
        if not find_unit_mentions(m.group(1)) and not _NOT_A_BODY.match(m.group(1)):
            return m.group(1), None  # not a Polri unit the officer comes from
    return None, None


def host_polda(story: str, recipients: list[Mention]) -> str | None:
    """The Polda whose own units won an award the story gives no giver for, when the story names that Polda
    (its ceremony, its Kapolda or directors): a Polda's contests and HUT Bhayangkara awards among its units."""
    gaz = gazetteer()
    poldas = set()
    for m in recipients:
        unit = gaz.units.get(m.unit_id or m.parent_id or "")
        if unit is None or unit.type in ("mabes", "satker_mabes") or (unit.type == "polda" and m.unit_id):
            return None  # the Polda itself, Mabes, or a unit the gazetteer lacks: no host to infer
        poldas.add(unit.unit_id if unit.type == "polda" else unit.polda_id)
    if len(poldas) != 1 or None in poldas:
        return None
    polda = gaz.units.get(poldas.pop())
    named = {m.unit_id for m in find_unit_mentions(story)}
    if polda and (polda.unit_id in named or re.search(rf"\bKapolda\s+{re.escape(polda.province)}", story)):
        return polda.name
    return None


GIVER_RULES = {"ombudsman": _ombudsman, "kapolda": _kapolda, "ministry": _ministry, "regional": _regional,
               "named": _named}  # fmt: skip


def giver_of(category: str, context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    """The awarding body's name as the archive writes it, and the person who handed the award over: read
    first where the passage names its giver, then anywhere in it."""
    decided = decided_by_wording(context)
    if decided and decided.name == category and decided.giver not in GIVER_RULES:
        return decided.giver, None  # "Satyalancana": the President's, whoever pins it
    found = giver_in(context)
    if category == "other" and (not found or not _giver_at(context, found[0])) and (body := named_body(context)):
        return body, None  # "Lembaga Perlindungan Saksi dan Korban (LPSK) memberikan penghargaan ..."
    if found and found[1] == category and category != "ombudsman_compliance":
        giver = _giver_by_rule(category, context[found[0] :], recipients)
        if giver[0]:
            return giver
    giver = _giver_by_rule(category, context, recipients)
    if giver[0] is None and category in ("other", "media"):
        return named_body(context), None
    return giver


# A Mabes body's chief gives in its name: "dari Kakorlantas Polri Irjen Aan" is Korlantas Polri's award.
MABES_CHIEFS = {"Kabareskrim": "Bareskrim Polri", "Kakorlantas": "Korlantas Polri", "Dankorbrimob": "Korbrimob Polri",
                "Kabaharkam": "Baharkam Polri", "Kabaintelkam": "Baintelkam Polri", "Kalemdiklat": "Lemdiklat Polri",
                "Irwasum": "Itwasum Polri", "KadivHumas": "Divhumas Polri", "KadivPropam": "Divpropam Polri",
                "KadivHubinter": "Divhubinter Polri", "KadivBinkum": "Divkum Polri", "KadivTIK": "Div TIK Polri"}  # fmt: skip
MABES_CHIEF = re.compile(rf"\b({'|'.join(k.replace('Kadiv', 'Kadiv ?') for k in MABES_CHIEFS)})\b")


def _giver_by_rule(category: str, context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    # A kind listed twice ("other") names its giver by the entry with a rule; a fixed name is only for its wording.
    entries = [c.giver for c in registry() if c.name == category]
    rule = next((g for g in entries if g in GIVER_RULES), entries[0] if entries else "named")
    if rule in GIVER_RULES:
        return GIVER_RULES[rule](context, recipients)
    person = None
    if rule == "Kapolri" and not re.search(r"\bKapolri\b", context):
        body = re.search(
            r"\b(Mabes Polri|Div\s?\w+ Polri|Divisi \w+ Polri|SSDM Polri|Korlantas Polri|Baharkam Polri|Bareskrim Polri)",
            context,
        )
        if body:
            return body.group(1), None
        chief = MABES_CHIEF.search(context)
        return (MABES_CHIEFS[chief.group(1).replace(" ", "")] if chief else rule), None
    if rule == "Kapolri":
        m = re.search(rf"\bKapolri\s+(Jenderal(?:\s+Pol)?\.?)\s+({NAME})", context)
        person = f"{m.group(1).rstrip('.')} {m.group(2)}" if m else None
    return rule, person


GIVER_WRITTEN = {
    "Ombudsman": r"Ombudsman(?:\s+(?:RI|Republik Indonesia|[Pp]erwakilan|[Pp]rovinsi|\([A-Z]+\)))*(?:\s+[A-Z][\w-]*){0,2}",
    "KemenPAN-RB": r"KemenPAN-?RB|Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi(?:\s+\(KemenPAN-?RB\))?|Menteri PAN-?RB",
    "MURI": r"Museum Rekor(?:-| )?(?:Dunia )?Indonesia(?:\s+\(MURI\))?|MURI",
    "Kapolri": r"Kapolri(?:\s+Jenderal(?:\s+Pol\.?)?(?:\s+[A-Z][\w.]*){1,3})?",
}


def giver_spelled_out(giver: str | None, story: str) -> str | None:
    """A body the registry does not know, written with its abbreviation as the story spells it out ("Komisi
    Informasi Pusat (KIP)"); the registry's givers and the state bodies keep the one name they are faceted by."""
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
