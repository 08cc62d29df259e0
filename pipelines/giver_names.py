"""The giver's name as the archive writes it, by the rule its kind names in data/knowledge/award_categories.yml:
an Ombudsman office and its province, a Kapolda or Polda, a ministry or its field office, a regional head, a
named body, a Mabes body through its chief; and the Polda that hosts its own units' contests. Pure functions
over text, used by pipelines.givers once it knows the giver's kind.
"""

from __future__ import annotations

import re

from pipelines.categories import registry
from pipelines.giver_offices import known_areas, regional_giver
from pipelines.knowledge import Mention
from pipelines.mabes_givers import MABES_CHIEF, MABES_CHIEFS, mabes_body_in
from pipelines.ministry_names import field_unit, ministry_name
from pipelines.non_givers import GIVING
from pipelines.press_outlets import press_outlet
from pipelines.ranks import NAME, RANK_RE, RANK_RE_PLAIN, normalise_rank
from pipelines.role_words import NOT_FROM_GIVER
from pipelines.unit_gazetteer import PROVINCE_SHORT, expand_province, gazetteer
from pipelines.units import find_unit_mentions

# "dari" before the giver; not a range ("dari Polda hingga Polres jajaran"), nor a source (the story cited, where
# people come from, what one is free of: "dilansir dari Harian X", "petugas dari BNNP", "Bebas dari Korupsi").
FROM = rf"(?i:{NOT_FROM_GIVER})\bdari\s+(?![^,.]{{0,40}}?\b(?:hingga|sampai)\b)"

# An officer by rank and name just before "dari": what follows is the unit he comes from, not a giver.
OFFICER_BEFORE = re.compile(rf"\b(?:{RANK_RE})\.?\s+{NAME}\s+$")

NOT_A_BODY = re.compile(
    rf"^(?:{RANK_RE_PLAIN}|Jenderal|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|"
    r"April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Ia|Dia|Mereka|Kami|Pak|Bapak|Ibu|"
    r"Penghargaan|Piagam|Predikat|Apresiasi|Hal|Hasil|Tahun)\b"
    # An official who hands over for a body is no body: "Direktur Kepatuhan BPJS Kesehatan", "Pemimpin Umum X".
    r"|^(?:Direktur|Deputi|Sekretaris|Asisten|Pemimpin|Manajer|Manager|Senior|General|Presiden Direktur|Rektor|Dekan|"
    r"Bendahara|Koordinator)\b"
)


def _ombudsman(context: str, recipients: list[Mention]) -> tuple[str, str | None]:
    province, person = None, None
    for m in re.finditer(
        r"Ombudsman(?:\s+(?:RI|Republik Indonesia))?(?:\s+[Pp]erwakilan)?(?:\s+[Pp]rovinsi)?\s+"
        r"((?:[A-Z][a-z]+|NTB|NTT|DIY|DI|DKI)(?:\s+[A-Z][a-z]+){0,3})",
        context,
    ):
        words = m.group(1).split()
        for n in (3, 2, 1):  # the longest province name first: "Nusa Tenggara Barat", "Daerah Istimewa Yogyakarta"
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
    for n in (3, 2, 1):  # "Kapolda Nusa Tenggara Barat", "Kapolda Kepulauan Bangka Belitung"
        if len(words) >= n:
            province = expand_province(" ".join(words[:n]))
            if gazetteer().polda_for_province(province):
                return province
    return None


def _kapolda(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    for m in re.finditer(
        r"\bKapolda\s+((?:Metro Jaya)|[A-Z][\w]*(?:\s+(?!Irjen|Brigjen)[A-Z][a-z]+){0,2})(?:\s+(Irjen Pol|Brigjen Pol|Irjen|Brigjen)\.?\s+("
        + NAME
        + "))?",
        context,
    ):
        province = _province_after(m.group(1).split())
        if province:
            person = f"{normalise_rank(m.group(2))} {m.group(3)}" if m.group(2) else None
            return f"Kapolda {province}", person
    # The Polda by name, or by an official of its own region: "Wakapolda Jambi", "Irwasda Maluku".
    for m in re.finditer(
        r"\b(?:Polda|Wakapolda|(?:Wa)?[Ii]rwasda)\s+((?:Metro Jaya)|[A-Z][\w]*(?:\s+[A-Z][a-z]+){0,2})", context
    ):
        province = _province_after(m.group(1).split())
        if province:
            return f"Polda {province}", None
    # Else the recipient's own Polda: a sub-unit's through the unit it belongs to ("Satreskrim Polres X").
    if recipients and (recipients[0].unit_id or recipients[0].parent_id):
        unit = gazetteer().units[recipients[0].unit_id or recipients[0].parent_id]
        polda = gazetteer().units.get(unit.polda_id or "")
        return (polda.name if polda else None), None
    return None, None


# State bodies by their short names ("KPK", "BPJS Kesehatan"), with their office's region: "(KPU) Kabupaten Sikka".
PUBLIC_BODY = re.compile(
    r"\b(KPK|KPU|Bawaslu|LPSK|KPAI|Komnas HAM|BPJS(?:\s+(?:Kesehatan|Ketenagakerjaan))?|"
    r"BPK|OJK|(?:PT\s+)?Jasa Raharja(?:\s+Cabang\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\b"
    r"(?:\)?\s+(?:(Provinsi|Kabupaten|Kota)\s+)?([A-Z][a-z]\w*(?:\s+[A-Z][a-z]\w*)?))?"
)


# "Kapolresta X Kombes Pol Y meraih ...", "Kapolres X AKBP Y mengatakan ...", "Kapolsek X AKP Y mengaku terharu": a
# chief who receives, speaks, tells what he felt or attends is no giver.
CHIEF_RECEIVES = re.compile(
    rf"\s+(?:{RANK_RE})\.?\s+(?:Pol\.?\s+)?{NAME}\s*,?\s*(?:langsung\s+|juga\s+)?(?:menerima|meraih|mendapat\w*|"
    r"memperoleh|mengatakan|menyampaikan|menjelaskan|menyebut\w*|mengapresiasi|berharap|bersyukur|mengucapkan|hadir|"
    r"mengaku|merasa)\b"
)


# A resort that gives in its own name, its chief perhaps said between commas: "Polres X, di bawah kepemimpinan
# AKBP Y, memberikan penghargaan kepada ...".
RESORT_GIVES = re.compile(
    r"\b(Polres\w*\s+(?:Metro\s+)?[A-Z]\w+(?:\s+[A-Z][a-z]+)?)(?:\s*,[^;]{0,100}?,)?\s+(?:memberikan|menyerahkan|"
    r"memberi|mengganjar)\s+(?:\w+\s+){0,2}?(?:penghargaan|piagam|reward|hadiah)\b"
)


# A press body by its name or abbreviation, the abbreviation in brackets after its name, and its region.
_PRESS = (
    r"PWI|PPWI|AJI|Persatuan Wartawan Indonesia|Dewan Pers|SMSI|JMSI|AMSI|IJTI|Ikatan Jurnalis Televisi Indonesia|"
    r"Aliansi Jurnalis Independen"
)
# A branch's level may stand between the body and its region: "PWI Provinsi Jambi", "IJTI Pengda Sumatera Utara",
# "AJI Kota Medan", "PWI Cabang Surabaya", "SMSI Kabupaten Sleman" (the level of a regency or city is kept).
_PRESS_LEVEL = r"(?:(?:Pengurus\s+)?(?:Pengda|Pengcab|Korda|Korwil|Cabang|Perwakilan|Wilayah|Daerah|Provinsi)\s+)?"
PRESS_BODY = re.compile(
    rf"\b({_PRESS})(?:\s*\(({_PRESS})\))?(?:\s+{_PRESS_LEVEL}((?:(?:Kabupaten|Kota)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
)


def _named(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    """A giver the archive writes as the story names it: a commission, a press body, a Kapolres or a Kapolsek (whose
    awards are alike: "Kapolsek X Iptu Y memberikan penghargaan kepada ...")."""
    # the fullest of its mentions: "dari Komisi Informasi ..., yang diselenggarakan Komisi Informasi Provinsi NTT"
    m = max(
        re.finditer(
            r"\b(Komisi Informasi(?:\s+\(KI\))?(?:\s+(?:Provinsi|Pusat))?(?:\s+[A-Z]\w+(?:\s+[A-Z][a-z]\w+)?)?)",
            context,
        ),
        key=lambda found: len(found.group(1)),
        default=None,
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
        words = (m.group(3) or "").split()
        places = [expand_province(" ".join(words[:n])) for n in range(len(words), 0, -1)]
        region = next((place for place in places if place in known_areas()), None)
        return " ".join(filter(None, (m.group(1), region and m.group(2), region))), None
    m = PRESS_BODY.search(context)
    if m:
        # "PWI Jatim" is PWI Jawa Timur; "PPWI Wilson Lalengke" is the body and its chairman; "Persatuan Wartawan
        # Indonesia (PWI) Sulut" goes by its abbreviation.
        region = expand_province(m.group(3) or "")
        bare = expand_province(re.sub(r"^(?:Kabupaten|Kota)\s+", "", region))
        region = region if bare in known_areas() else None
        return " ".join(filter(None, (m.group(2) or m.group(1), region))), None
    # "Kapolres Pelabuhan Tanjung Priok AKBP X memberikan ...": a place of up to three words
    m = re.search(
        rf"\b((?:Waka|Ka)pol(?:res|sek)\w*\s+(?:Metro\s+)?(?!(?:{RANK_RE})\b)[A-Z]\w+(?:\s+(?!(?:{RANK_RE}|Pol(?:res|sek|da)\w*|(?i:{GIVING}))\b)[A-Z][a-z]+){{0,2}})(?=\s+(?:{RANK_RE}|(?i:{GIVING}|kepada))\b|\s*[,.;]|$|"
        r"\s+(?:pada|di|dalam|saat|ketika|atas|karena|berkat|untuk|selaku|hari\s+ini|kemarin|yang|[Nn]omor)\b|\s+No\.)",
        context,
    )
    if m and not CHIEF_RECEIVES.match(context, m.end()) and not re.search(r"\bkepada\s+$", context[: m.start()]):
        return m.group(1), None
    m = re.search(rf"\b((?:Waka|Ka)polres\w*)\s*,?\s+(?:{RANK_RE})\b", context)  # "dari Kapolres, AKBP X" too
    resort = next((u.name for u in find_unit_mentions(context) if u.name.startswith("Polres")), None)
    if m and not resort:
        # "... di Mapolresta Barelang": the headquarters names the resort.
        base = re.search(r"\bMa(polres\w*)\s+([A-Z]\w+(?:\s+[A-Z][a-z]\w*)?)", context)
        resort = f"P{base.group(1)[1:]} {base.group(2)}" if base else None
    if m and resort:
        # "Kapolresta AKBP Joko": the chief of the resort the passage names.
        chief = m.group(1)[: m.group(1).lower().index("polres")]  # "Ka" or "Waka"
        return f"{chief}p{resort[1:]}", None
    m = RESORT_GIVES.search(context)
    if m:
        return m.group(1), None
    for m in re.finditer(r"\bKapolda\s+([A-Z]\w+(?:\s+[A-Z][a-z]+){0,2})", context):
        province = _province_after(m.group(1).split())
        if province:
            return f"Kapolda {province}", None
    for m in re.finditer(rf"{FROM}([A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,6}})", context):
        if OFFICER_BEFORE.search(context, max(0, m.start() - 60), m.start()):
            continue
        if not find_unit_mentions(m.group(1)) and not NOT_A_BODY.match(m.group(1)) and not is_place(m.group(1)):
            return m.group(1), None  # not a Polri unit the officer comes from, nor a place ("datang dari Jakarta")
    return None, None


def is_place(name: str) -> bool:
    """A region or town the gazetteer knows ("Jakarta", "Jawa Tengah", "Sleman"): where, not who."""
    place = expand_province(name)
    return place in known_areas() or f"DKI {place}" in known_areas()


def _named_or_own_name(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    """A named giver (`_named`), else a body the registry knows by its own name, as written where the giver stands
    (the passage's start): an armed forces' command or its commander ("Pangdam Iskandar Muda", "Danrem 071/BJ");
    not one named elsewhere among the receivers ("Babinsa Koramil 0815/07, Bhabinkamtibmas ... menerima")."""
    named = _named(context, recipients)
    own = None if named[0] else field_unit(context, "other")
    return named if named[0] else ((own if own and context.lstrip().startswith(own) else None), None)


def _press(context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    outlet = press_outlet(context)
    return (outlet, None) if outlet else _named(context, recipients)


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


# The Kapolri by his rank alone: Polri's one four-star general ("Jenderal Pol Budi Santoso menyematkan ...").
KAPOLRI_BY_RANK = r"(?<!Brigadir )(?<!Inspektur )(?<!Komisaris )\bJenderal\s+Pol(?:isi)?\.?\s+(?!\(?Purn)[A-Z]"


GIVER_RULES = {"ombudsman": _ombudsman, "kapolda": _kapolda, "ministry": ministry_name, "regional": regional_giver,
               "named": _named_or_own_name, "press": _press}  # fmt: skip


def giver_by_rule(category: str, context: str, recipients: list[Mention]) -> tuple[str | None, str | None]:
    # A kind listed twice ("other") names its giver by the entry with a rule; a fixed name is only for its wording.
    entries = [c.giver for c in registry() if c.name == category]
    rule = next((g for g in entries if g in GIVER_RULES), entries[0] if entries else "named")
    if rule in GIVER_RULES:
        return GIVER_RULES[rule](context, recipients)
    person = None
    if rule == "Kapolri" and not re.search(rf"\bKapolri\b|{KAPOLRI_BY_RANK}", context):
        # No Kapolri named: the Mabes chief or body that is, else the institution ("Polri menganugerahkan").
        chief = MABES_CHIEF.search(context)
        if chief:
            return MABES_CHIEFS[chief.group(1).replace(" ", "")], None
        return mabes_body_in(context) or "Mabes Polri", None
    if rule == "Kapolri":
        m = re.search(rf"\bKapolri\s+(Jenderal(?:\s+Pol)?\.?)\s+({NAME})", context) or re.search(
            rf"(?<!Brigadir )(?<!Inspektur )(?<!Komisaris )\b(Jenderal\s+Pol(?:isi)?\.?)\s+(?!\(?Purn)({NAME})", context
        )
        person = f"{m.group(1).rstrip('.')} {m.group(2)}" if m else None
    return rule, person
