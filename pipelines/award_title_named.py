"""What a sentence adds right after a named award: the awarding it was won at ("pada Penganugerahan ... 2018"),
the assessment and score of a grade ("dengan nilai 96,5 dalam penilaian ..."), the deed it was won for ("atas
capaian ...", past whom it went to or the verb that gives it); a state decoration goes by its formal name.

Pure functions over text, used by the award titles (pipelines/award_titles.py).
"""

from __future__ import annotations

import re

from pipelines.award_reasons import AFTER_SUCCESS, EVENT_WORDS, REASON_END
from pipelines.award_title_ends import title_tail
from pipelines.award_title_words import STAR_DECORATION, is_generic_title
from pipelines.giver_slots import ORGANISATION_WORDS

__all__ = ["AWARD_NAMED_ON", "DECORATION", "SERVICE_TERM", "deed_after", "event_after", "operation_after", "scored_in"]


# A state decoration goes by its formal name, however the story goes on to say what it was for.
DECORATION = re.compile(rf"(?:tanda kehormatan\s+)?(?:satya\s?lencana|satyalancana|{STAR_DECORATION})\b", re.I)


# "apresiasi atas penghargaan Kompolnas Awards 2024": the reason is itself an award ("sebagai apresiasi atas
# kinerja ..." is no award).
AWARD_NAMED_ON = re.compile(r"(?:penghargaan|predikat|piagam|anugerah|trofi|piala)\b", re.I)


SERVICE_TERM = re.compile(
    # "8, 16 dan 24 tahun", "8 tahun, 16 tahun dan 24 tahun"
    r"\s+(?:untuk\s+|dengan\s+)?((?:masa\s+(?:bakti|dinas|pengabdian)\s+)?"
    r"(?:\d+(?:\s+tahun)?\s*(?:,\s*(?:dan\s+)?|dan\s+))*\d+\s+tahun)\b",
    re.I,
)


# An award at a named awarding or contest: "meraih penghargaan pada Penganugerahan Zona Integritas ... 2018",
# "penghargaan dalam ajang Anugerah Humas 2023", predikat "Informatif" dalam ajang Penganugerahan KIP 2025.
EVENT_NAMED = re.compile(
    rf"\s+(pada|dalam)\s+(?:ajang\s+|acara\s+|malam\s+)?((?:[A-Z][\w/()-]*\s+){{0,3}}(?:{EVENT_WORDS})\b)"
)


def event_after(sentence: str, position: int) -> str:
    """The awarding a named award was won at, said right after it; "" when none is."""
    event = EVENT_NAMED.match(sentence, position)
    return f" {event.group(1)} {event.group(2)}{title_tail(sentence, event.end())}" if event else ""


# A grade and its score, then the assessment it was won in: "kategori A dengan nilai 96,5 dalam penilaian kualitas
# pelayanan publik tahun 2024", "opini kualitas tertinggi dengan skor 98,12 pada evaluasi ...", "zona hijau dengan
# nilai 83,91": the grade, the assessment, then the score.
SCORED_IN = re.compile(
    r"\s+dengan\s+(nilai|skor|indeks)\s+(\d+(?:[.,]\d+)?)(?:\s+((?:dalam|pada)\s+(?:penilaian|evaluasi|survei)\b))?",
    re.I,
)


# A grade and the assessment it was won in, with no score between: "predikat A (Sangat Baik) pada penilaian pelayanan
# SIM tahun 2024", "kategori Sangat Baik pada evaluasi ...", "predikat Informatif pada monitoring ..." ("dalam" runs on
# in the name already; "pada" otherwise ends it).
ASSESSED_IN = re.compile(r"\s+(pada\s+(?:penilaian|evaluasi|survei|monitoring)\b)", re.I)


def scored_in(sentence: str, position: int) -> str:
    m = SCORED_IN.match(sentence, position)
    if not m:
        assessed = ASSESSED_IN.match(sentence, position)
        return f" {assessed.group(1)}{title_tail(sentence, assessed.end())}" if assessed else ""
    assessment = f" {m.group(3)}{title_tail(sentence, m.end())}" if m.group(3) else ""
    return f"{assessment} ({m.group(1).lower()} {m.group(2)})"


# A named award and, right after it, the deed it was won for: "penghargaan kategori Satuan Terbaik karena selama
# operasi itu berhasil mengungkap ...", "predikat X atas capaian ...", "berkat ...".
DEED_AFTER = re.compile(rf"\s+(atas|karena|berkat|{AFTER_SUCCESS})\s+", re.I)
# Or after the verb that gives it, the award its subject: "penghargaan X Award ini diberikan sebagai apresiasi atas
# ...", "predikat WBK itu diraih berkat ..."; or after what it is meant as: "Sertifikat X sebagai bukti pengakuan atas
# ..." (not an award that only says its giver, "penghargaan Komisi X diberikan atas ...", whose reason may be
# another's).
AS_THANKS_FOR = r"\s+sebagai\s+(?:(?:bentuk|wujud|tanda|bukti)\s+)?(?:apresiasi|penghargaan|pengakuan)"
GIVEN_FOR = re.compile(
    r"(?:\s+(?:itu|ini|tersebut))?(?:\s+di(?:berikan|anugerahkan|serahkan|raih|peroleh|terima)"
    rf"(?:{AS_THANKS_FOR})?|{AS_THANKS_FOR})(?={DEED_AFTER.pattern})",
    re.I,
)
BODY_HEAD = re.compile(rf"^\w+(?:\s+penghargaan)?\s+(?:{ORGANISATION_WORDS})\b", re.I)
# Or past whom it went to or whom it came from, a few words with no clause of their own: "penghargaan X Award kepada
# Kadiv Humas Irjen Y atas loyalitasnya ...", "penghargaan berupa satu unit sepeda motor kepada Polsek Z karena
# berhasil ...", "kenaikan pangkat luar biasa dari Kapolri atas keberhasilan ...".
RECEIVERS_BETWEEN = re.compile(
    r"\s+(?:kepada|bagi|dari|oleh)(?:\s+(?!(?:atas|karena|berkat|yang|dan|serta|dari|oleh|di|pada)\b)[\w.()/-]+){1,8}?"
    rf"(?={DEED_AFTER.pattern})",
    re.I,
)


def deed_after(sentence: str, position: int, head: str) -> str:
    given = GIVEN_FOR.match(sentence, position)
    if given and not BODY_HEAD.match(head):
        position = given.end()
    # (a state decoration goes by its formal name alone, whatever the sentence goes on to say)
    receivers = None if DECORATION.search(head) else RECEIVERS_BETWEEN.match(sentence, position)
    position = receivers.end() if receivers else position
    m = DEED_AFTER.match(sentence, position)
    tail = title_tail(sentence, m.end(), REASON_END) if m else ""
    if not tail or is_generic_title(tail.strip()) or AWARD_NAMED_ON.match(tail.strip()):
        return ""
    return f" {m.group(1).lower()}{tail}"


# The named operation an award closes, past whom it went to: "Satya Lencana Dharma Nugraha kepada 410 personel Brimob
# seusai menjalankan Operasi Amole BKO Polda Papua 2024", "piagam kepada 60 personel usai melaksanakan Operasi Ketupat
# 2025": the award is for that operation, a decoration too (its formal name, the operation in brackets).
OPERATION_AFTER = re.compile(
    r"(?:\s+(?:kepada|bagi)(?:\s+[\w.()/-]+){1,8}?)?\s+(?:seusai|usai|setelah|selepas|sepulang)\s+"
    r"(?:(?:menjalankan|melaksanakan|menyelesaikan|mengikuti|bertugas\s+(?:dalam|di))\s+)?"
    r"((?-i:Operasi)(?:\s+(?:[A-Z\d][\w()/-]*|dan))+)"
)


def operation_after(sentence: str, position: int) -> str:
    m = OPERATION_AFTER.match(sentence, position)
    return f" ({m.group(1).removesuffix(' dan')})" if m else ""
