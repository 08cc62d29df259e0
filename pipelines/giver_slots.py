"""Where a passage names an award's giver: the slots a giver stands in ("dari X", "diserahkan oleh X",
"penghargaan Kapolri", "diselenggarakan X"), the giving verbs and their hosts, one who acts for the giver ("atas
nama Kapolri"), and the shapes of a body's name the registry does not know (its organisation's word, how the
reporter describes it, a body said to give). Patterns only, used by pipelines.givers and pipelines.giver_bodies.
"""

from __future__ import annotations

import re

import yaml

from pipelines.giver_names import FROM
from pipelines.knowledge import knowledge_text
from pipelines.non_givers import GIVING
from pipelines.role_words import SPEECH_VERB

__all__ = [
    "AWARDS_NAME",
    "BODY_BEFORE_VERB",
    "BODY_GIVES",
    "CONTEST_HOST",
    "DECREE_OF",
    "DESCRIBED_BODY",
    "GIVER_SLOTS",
    "GIVES_OR_HOSTS",
    "HANDS_OVER",
    "ON_BEHALF",
    "ORGANISATION",
    "ORGANISATION_WORDS",
    "RECEIVES",
]


# Words between a giving slot and the body: a post ("Ketua Umum", "Deputi"; a director before the one-word name of
# his body, "Direktur Eksekutif Lemkapi, Dr X"), "pihak", the hand it came from ("dari tangan Bupati X"), or the
# body's office in lower case ("kantor wilayah"; "Kantor Staf Presiden" is a body of its own).
# A council's chairman is read with his council, whose giver rule writes his post ("Ketua DPRD Jatim").
# A Polda's directorate after "Direktur" is the director's post, not his body ("Direktur Reskrimum, Kombes X").
_POLDA_DIRECTORATE = r"(?:Res|Reskrim|Lantas|Binmas|Samapta|Sabhara|Polairud|Intelkam|Pamobvit|Tahti|Narkoba)"
_TITLES = rf"(?:(?:Ketua(?!\s+DPRD\b)|Umum|Kepala|Deputi|Direktur(?:\s+Eksekutif)?(?=\s+(?!{_POLDA_DIRECTORATE})[A-Z][\w-]*(?:,|\s+\())|Wakil|Anggota|Plt\.?|Pj\.?|Pjs\.?|langsung|oleh|pihak|tangan|Perwakilan|(?-i:kantor|wilayah)|salah|satu|sebuah)\s+){{0,3}}"
# Active giving verbs, bare as headlines write them or with their prefix, not the passive ("diganjar penghargaan
# Divisi Humas Polri" names the award's giver after it).
_ACTIVE_GIVING = (
    "beri",
    "berikan",
    "memberi",
    "memberikan",
    "serahkan",
    "menyerahkan",
    "anugerahkan",
    "menganugerahkan",
)
_NOT_AFTER_ACTIVE_GIVING = "".join(rf"(?<!\b{verb} )" for verb in (*_ACTIVE_GIVING, "ganjar", "mengganjar"))
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
    # Not right after a giving verb with no "kepada" after it: a headline drops "kepada" there, and the name is the
    # recipient ("Basarnas Beri Penghargaan Ditpolairud Polda Bali", "Bupati Serahkan Piagam Polsek X").
    re.compile(
        rf"(?:{_NOT_AFTER_ACTIVE_GIVING}|(?=[^.;]{{0,150}}\b(?:kepada|bagi)\b))"
        r"\b(?:penghargaan|piagam(?: penghargaan)?|pin emas|anugerah|apresiasi|reward|piala|trofi|tropi)\s+",
        re.I,
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
    # dipimpin langsung Kapolda", "Penyematan Bintang X kepada Kapolri Y dilakukan langsung oleh Presiden".
    re.compile(
        r"\b(?:penyerahan|pemberian|penganugerahan|penyematan)\b(?:\s+[\w-]+){0,3}?(?:\s+kepada(?:\s+[\w.-]+){1,8}?)?"
        r"\s+(?:dilakukan|dipimpin)\s+"
        rf"{_TITLES}",
        re.I,
    ),
    # The speaker of a quote in which he gives: "“Penghargaan ini kami berikan ...,” kata Bupati X."
    re.compile(rf"\b(?:kami|saya)\s+(?:{GIVING})\b[^\"“”]{{0,200}}[\"”]\s*,?\s*{SPEECH_VERB}\s+{_TITLES}", re.I),
)


# The host of a contest or an awards night gives its prizes, whoever hands them over: "juara I Lomba X tingkat Polda
# DIY. Trofi diserahkan Gubernur DIY", "ajang X Awards 2024 yang digelar Harian Y. Penghargaan diserahkan Bupati Z";
# not the host of an event the police secured ("pengamanan turnamen X yang digelar PSSI"), nor of any "ajang" (an
# anniversary, a ceremony), whose host need not give.
_TITLE_WORDS = yaml.safe_load(knowledge_text("award_title_words.yml"))
_CONTEST_WORDS = "|".join(_TITLE_WORDS["contest_words"] + _TITLE_WORDS["assessment_words"])
CONTEST_HOST = re.compile(
    rf"(?<!pengamanan )(?<!mengamankan )(?<!mengawal )\b(?:(?i:{_CONTEST_WORDS})|Awards?)\b[^.;]{{0,120}}?"
    r"(?:\b(?:yang\s+)?(?i:diselenggarakan|digelar|diadakan|dihelat)\s+(?:oleh\s+)?"
    r"|\b(?:tingkat|se-?jajaran)\s+(?=Polda\s+[A-Z]))"
)


# The award conferred under a post's decree: "berdasarkan Surat Keputusan Kapolres X ..., yang ditandatangani Bupati,
# Kapolres dan Dandim". Whoever co-signs or hands it over, the post whose decree it is gives.
DECREE_OF = re.compile(
    r"\b(?:berdasarkan|sesuai(?:\s+dengan)?|melalui)\s+(?:Surat\s+Keputusan|Keputusan|SK|Skep|Kep)\s+(?=[A-Z])", re.I
)


# A giving verb, or a host that holds the handover: "Polda X menggelar apel sekaligus penyerahan penghargaan".
GIVES_OR_HOSTS = re.compile(
    rf"\b(?:{GIVING})\b|\b(?:menggelar|menyelenggarakan|mengadakan)\b(?=[^.;]{{0,120}}?\b(?:penyerahan|pemberian|"
    r"penganugerahan|(?-i:Awards?))\b)",
    re.I,
)


# Who hands over acts for the giver: "Wakapolda menyerahkan piagam atas nama Kapolri", "Atas nama Bupati, Sekda
# memberikan ...", "diserahkan Asisten I mewakili Gubernur"; not one who receives for his chief ("diterima Wakapolres
# mewakili Kapolres", "diserahkan Ketua KPK kepada Wakapolda, yang mewakili Kapolda").
ON_BEHALF = re.compile(rf"\b(?:atas\s+nama|mewakili|yang\s+mewakili)\s+{_TITLES}", re.I)
HANDS_OVER = re.compile(rf"\b(?:{GIVING}|diserahkan|diberikan|disematkan|dianugerahkan)\b", re.I)
RECEIVES = re.compile(r"\b(?:menerima|diterima|meraih|terima|mendapat\w*|memperoleh)\b", re.I)


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
# Where the body sits: "Yayasan X di Ketapang", "Yayasan X di Ketapang, Kalimantan Barat" (its province after a comma).
_SEAT = r"(?:\s+di\s+[A-Z]\w+(?:\s+[A-Z]\w+)?(?:,\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}(?=\s+[a-z]))?)?"
# A clause about its head may stand between commas: "Ketua Yayasan X Budi, yang akrab disapa Pak Budi, memberikan".
_ABOUT_HEAD = r"(?:,\s+yang\s+[^,.;\"]{1,60}(?=,))?"
BODY_GIVES = re.compile(rf"\b({_BODY_AND_HEAD}){_SEAT}{_ABOUT_HEAD}{_ON_DAY},?\s+(?:{GIVING})\b")
# "Balai Besar POM di Semarang menyerahkan": the office's seat is no part of its name.
BODY_BEFORE_VERB = re.compile(rf"\b{_BODY_AND_HEAD}{_SEAT}{_ABOUT_HEAD}{_ON_DAY},?\s+$")
