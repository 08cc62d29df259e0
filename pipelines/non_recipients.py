"""Units a sentence names as something other than recipients: the venue, the Polda that frames the units it
counts, the giver, an organiser, a former post, a witness, a speaker, a unit at work on a case or beaten.
Pure functions over text, used by pipelines/recipients.py.
"""

from __future__ import annotations

import re

from pipelines.knowledge import Mention
from pipelines.number_words import COUNT
from pipelines.ranks import ANY_CASE_RANK_RE
from pipelines.role_words import BEATEN_VERBS, HOSTED_MEETINGS, MEMBER_QUALIFIER, NOMINATED_ONLY, RECEIVE, SPEECH_VERB
from pipelines.unit_gazetteer import gazetteer

PLACE_BEFORE = re.compile(
    r"\bdi\s+(?:(?:Gedung|Aula|Rupatama|Ruang|Lapangan|Halaman|Mako|Markas|Kantor|Lobi|Gelanggang|Auditorium)\b[\w\s-]{0,25}?\s)?$",
    re.I,
)

# "Bripka X yang bertugas di Polsek Y", "Bhabinkamtibmas di Polsek Y": where an officer serves, not a venue.
SERVES_AT = re.compile(
    r"\b(?:(?:ber|di)?tugas(?:kan)?|berdinas|bertugas\s+sebagai\s+\w+|Bhabinkamtibmas|Babinkamtibmas|tersebar)\s+di\s+$",
    re.I,
)

SCOPE_BEFORE = re.compile(
    r"\b(?:jajaran|wilayah(?: hukum)?|di lingkungan|lingkup|se-?|tingkat|di\s+bawah(?:\s+naungan)?)\s*$"
    # "kepada sejumlah satker Polda X", "tujuh polres Polda X": the Polda frames the units it counts
    rf"|\b(?:sejumlah|beberapa|{COUNT})\s+"
    r"(?:satker|satuan\s+kerja|satwil|unit\s+kerja|polres\w*|polsek)\s*$"
    r"|\b(?:kepada|untuk|bagi)\s+(?:para\s+)?(?:satker|satuan\s+kerja|satwil)\s*$",
    re.I,
)

# "lomba tingkat Polres X", "terbaik se-Polres Y": the resort a contest or a ranking was held within.
LEVEL_BEFORE = re.compile(r"\b(?:tingkat|se-)\s*$", re.I)

# A desk or sub-unit whose service an award is for, not its recipient: "Polsek terbaik dalam pelayanan SPKT", "atas
# inovasi layanan Satpas", "kategori pelayanan Satlantas", "kategori polres dengan layanan SPKT terbaik".
SERVICE_BEFORE = re.compile(
    r"\b(?:dalam|atas|untuk|bidang|kategori|terbaik|inovasi|dengan)\s+(?:inovasi\s+)?(?-i:pe)?(?-i:layanan)\s+$", re.I
)

# "31 personel jajaran Polda Sumut": people of the Polda, who receive for it (unlike "12 polres jajaran Polda X").
# So is "Jajaran Polda X" that opens a sentence or its lead, or "seluruh jajaran Polda X": the Polda's own people.
PEOPLE_OF = re.compile(
    r"\b(?:personel|anggota|polisi|polwan|perwira|bintara)\s+(?:di\s+)?jajaran\s*$"
    r"|(?:^|[-–—:]\s*|\b(?:seluruh|segenap)\s+)jajaran\s*$",
    re.I,
)


GIVER_BEFORE = re.compile(r"\bdari\s+(?:(?-i:[A-Z])[\w.]*\s+){1,5}$")
FUTURE_TO_BEFORE = re.compile(
    r"\b(?:akan|bakal|hendak|berencana|rencananya)\s+(?:juga\s+|segera\s+)?(?:me\w+|memberi\w*|di\w+)\b[^.;]{0,60}?"
    r"\b(?:kepada|untuk|bagi)\s+(?:(?:para|seluruh|jajaran|anggota|personel)\s+){0,2}$",
    re.I,
)
# A witness phrase ends where the receivers are named: "Kapolda, didampingi Wakapolda, menyerahkan ... kepada Polres X".
WITNESS_BEFORE = re.compile(
    r"\b(?:didampingi|disaksikan|dihadiri|turut hadir|hadir pula)\b(?:(?!\bkepada\b)[^;])*$", re.I
)
FORMER_BEFORE = re.compile(
    r"\b(?:sebelumnya|pernah|dulu)\s+(?:menjabat|bertugas(?:\s+di)?|dipercaya)(?:\s+sebagai)?\s+$|\bmantan\s+$", re.I
)
# "Syukuran digelar Polres X setelah meraih predikat WBK": a unit that holds an event for its own award.
HOLDS_FOR_OWN = re.compile(
    r"(?:\s+[A-Z][\w-]*)*\s+(?:setelah|usai|seusai|atas|karena|berkat)\s+(?:(?:berhasil|sukses|keberhasilan)\s+)?"
    r"(?:meraih|menerima|mendapat(?:kan)?|memperoleh|menyabet|dianugerahi)\b"
)
# "ketua panitia Hari Bhayangkara ke-76 Polda X", "panitia lomba Polres Y": the unit an event's committee is of; only
# the event's name between them (no verb, no receiver's word).
COMMITTEE_OF_BEFORE = re.compile(
    r"\bpanitia(?:\s+(?:pelaksana|penyelenggara))?(?:\s+(?!(?:kepada|untuk|bagi|oleh|dan|serta|yang)\b|me|di)[\w-]+){1,6}\s+$",
    re.I,
)
PARTICIPANTS_BEFORE = re.compile(r"\byang\s+(?:di)?ikuti\s+(?:oleh\s+)?[^.;]*$", re.I)
# ... or the body that carried out the assessment: "penilaian pelayanan SIM yang dilakukan Korlantas Polri", "dinilai
# oleh Itwasda Polda X".
ORGANISER_BEFORE = re.compile(
    r"\b(?:diselenggarakan|digelar|diadakan|dihelat|penyelenggara|yang\s+dilakukan|yang\s+dilaksanakan|dinilai(?=\s+oleh))"
    r"\s+(?:oleh\s+)?$",
    re.I,
)
_COUNT = rf"(?i:{COUNT})"
# "Bripka Andi dari Polsek Mlati", "Mereka berasal dari Ditreskrimum", "Para personel itu datang dari Satlantas":
# "dari" says where officers serve, not who gives.
MEMBER_OF = re.compile(
    rf"(?:\b(?:{ANY_CASE_RANK_RE})\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"|\b(?i:anggota|personel|polisi|polwan|perwira|bintara|berasal)|\b(?i:personel|anggota|penerima|mereka)\b"
    r"(?:\s+(?i:itu|tersebut))?\s+datang)"
    # "Briptu Inggi (dari Polres Lubuklinggau)": where he serves, in brackets
    rf"(?:\s+(?i:{MEMBER_QUALIFIER}))?(?:\s+|\s*\(\s*)dari\s*$"
    # "Personel yang menerima penghargaan di antaranya dari Polres A, ...": those who received, then where from
    r"|\b(?i:personel|anggota|penerima\w*|peraih\w*|mereka)\b[^.;]{0,60}?\b(?i:di\s*antaranya|antara\s+lain|"
    r"masing-masing|yakni|yaitu)\s+dari\s*$"
    # "Tiga personel dari Satreskrim, empat dari Satresnarkoba": members counted by where they come from
    rf"|\b(?i:personel|anggota|polisi|orang)\b[^.;]{{0,80}}?\b{_COUNT}\s+dari\s*$"
    rf"|\b{_COUNT}\s+(?i:personel\s+|anggota\s+|orang\s+)?dari\s+[^.;]{{1,40}}?(?:,|\s+dan|\s+serta)\s+{_COUNT}\s+dari\s*$"
    # "..., sedangkan lima lainnya dari Polres B", "sisanya berasal dari Polsek C": the rest of those counted
    rf"|(?:\b{_COUNT}\s+(?i:personel\s+|anggota\s+|orang\s+)?(?i:lainnya|lain)|\b(?i:sisanya|selebihnya))"
    r"\s+(?i:berasal\s+|datang\s+)?dari\s*$"
)


# "pasukan BKO Polda Papua", "di-BKO-kan ke Polres X": the command a force is placed under (Bawah Kendali Operasi).
SECONDED_TO_BEFORE = re.compile(r"\b(?:BKO|di-?BKO-?kan|diperbantukan)\s+(?:ke\s+|di\s+|kepada\s+)?$", re.I)


GIVEN_BY_BEFORE = re.compile(
    r"\b(?:diganjar|dianugerahi|diberi|diberikan|diserahkan|dianugerahkan|disematkan)\b[^.]{0,60}\boleh\s+$"
)
# A unit itself after "oleh" that closes a conferring passive verb is its agent, the giver: "Satlantas Polres X
# dinobatkan sebagai Satlantas terbaik oleh Ditlantas Polda Y", "diganjar piagam oleh Polres Z"; not one after an
# accepting verb ("diterima oleh Satlantas Polres X"), nor the agent of a deed ("atas pengungkapan sabu oleh
# Satresnarkoba").
CONFERRED_BY_BEFORE = re.compile(
    r"\b(?:diganjar|dianugerahi|diberi|diberikan|diserahkan|dianugerahkan|disematkan|dinobatkan|ditetapkan)\b"
    r"(?:(?!\b(?:diterima|menerima|kepada|atas|karena|berkat)\b)[^.;]){0,80}\boleh\s+$",
    re.I,
)


# A chief who speaks of the award: "Kabid Humas Polda X, Kombes Y, menegaskan ...", "..., kata Kasi Humas Polres X".
SPEAKS_AFTER = re.compile(
    r"(?:[\s,]+(?:[A-Z][\w.'-]*))*[\s,]*(?:(?:juga|pun|lebih lanjut|kemudian)\s+)?(?:mengatakan|menegaskan|"
    r"menjelaskan|menyampaikan|mengungkapkan|menuturkan|menerangkan|menyebut(?:kan)?|menambahkan|memaparkan|"
    r"membenarkan|berharap|mengimbau)\b"
)
SPEAKS_BEFORE = re.compile(rf"\b{SPEECH_VERB}\s+(?:[A-Z][\w.]*\s+){{0,4}}$")
# A body's head, written out before it ("Kepala Divisi Humas Polri"), who speaks a little further on.
HEAD_OF_BEFORE = re.compile(r"\b(?:Kepala|Wakil\s+Kepala|Ketua|Direktur|Komandan)\s+$")
SAYS_SOON = re.compile(
    r"[^;\"“”]{0,90}?\b(?:mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menerangkan|menyebutkan|"
    r"menambahkan|memaparkan|membenarkan|menegaskan)\b"
)
# What a unit did besides the award, told in a clause of its own: "pengungkapan 40 kg sabu oleh Polres X",
# "Polres Y kembali mengungkap 10 kg ganja", "atas pengungkapan kasus bersama Polsek Z"; not "mengungkapkan" or
# "diungkapkan", verbs of speech ("Kapolres X mengungkapkan Polres X meraih ...").
CASE_WORDS = re.compile(
    r"\b(?:meng|peng|di)ungkap(?:an)?(?!kan)|\b(?:menangkap|penangkapan|ditangkap|menggagalkan|penggagalan|digagalkan|"
    r"membekuk|dibekuk|meringkus|diringkus|menyita|penyitaan|disita|menindak|penindakan|ditindak)\b",
    re.I,
)
AWARD_WORDS = re.compile(
    r"\b(?:penghargaan|piagam|predikat|apresiasi|anugerah|award|rekor|trofi|juara|peringkat|"
    r"(?:me|di)?(?:raih|terima|peroleh|anugerahi|ganjar|dapat(?:kan)?)|menyabet|sabet|kepada|bagi)\b",
    re.I,
)
# Units a winner is said to beat: "mengungguli Polres A dan Polres B".
BEATEN_BEFORE = re.compile(rf"\b(?:{BEATEN_VERBS})\b[^.;:]*$", re.I)


# An event named in capitals that the unit closes: "dalam acara Gelar Operasional Biro Operasi Polda X", "pada
# Rapat Kerja Teknis Ditlantas Polda Y": the host of the event the award was handed over at.
HOSTED_EVENT_BEFORE = re.compile(
    r"\b(?:dalam|pada|di\s+sela(?:-sela)?)\s+(?:(?i:acara|kegiatan|rapat|gelaran)\s+)?"
    rf"(?-i:{HOSTED_MEETINGS})\b(?:\s+[A-Z][\w-]*){{0,6}}\s+$"
)


def _frames_elsewhere(sentence: str, m: Mention) -> bool:
    """A unit named for the event, the operation or the area around the award, not as its recipient."""
    if (" Polda " in f" {m.name} " or _mabes_body(m)) and HOSTED_EVENT_BEFORE.search(
        sentence[max(0, m.start - 90) : m.start]
    ):
        return True
    if COMMITTEE_OF_BEFORE.search(sentence[max(0, m.start - 80) : m.start]):
        return True  # "oleh ketua panitia Hari Bhayangkara ke-76 Polda X": the unit whose event's committee hands over
    if SECONDED_TO_BEFORE.search(sentence[max(0, m.start - 30) : m.start]):
        return True  # "seusai Operasi Amole BKO Polda Papua": the command a force was lent to frames the operation
    # "se-Eks Polwil Pekalongan": a former command, now only the area it covered
    return bool(re.search(r"\b(?:eks|ex|bekas)[\s-]*$", sentence[max(0, m.start - 8) : m.start], re.I))


# A unit that is the subject of a giving verb: only its name's rest, a comma and adverbs between them.
GIVES_AFTER = re.compile(
    r"(?:[\s,]+(?:[A-Z][\w.'-]*))*[\s,]*(?:(?:juga|tidak\s+hanya|telah|pun|turut|kembali|secara\s+langsung|langsung)\s+)*"
    # the verb a word of its own: not the end of a title-cased "Diganjar", which receives
    r"\b(?:memberikan|memberi|menyerahkan|menganugerahkan|menganugerahi|menyematkan|mengganjar|menghadiahkan|"
    r"menghadiahi|beri|berikan|serahkan|sematkan|ganjar|anugerahi|hadiahi)\b"
)


def _clause_around(sentence: str, m: Mention) -> tuple[str, str]:
    """The words of the clause (between commas, semicolons and 'dan') before and after the unit."""
    start = max((sentence.rfind(c, 0, m.start) for c in (", ", ";", ": ", " dan ")), default=-1) + 1
    ends = [e for e in (sentence.find(c, m.end) for c in (", ", ";", ": ", " dan ")) if e >= 0]
    return sentence[start : m.start], sentence[m.end : min(ends, default=len(sentence))]


def _other_doing(sentence: str, m: Mention) -> bool:
    """Whether the unit is named for something else it did or was: it speaks, it solved a case, it was beaten."""
    if SPEAKS_BEFORE.search(sentence[max(0, m.start - 50) : m.start]):
        return True  # "..., terang Kepala Biro Penmas Divisi Humas Polri"
    if m.via_position and SPEAKS_AFTER.match(sentence, m.end):
        return True
    if (m.via_position or HEAD_OF_BEFORE.search(sentence, max(0, m.start - 14), m.start)) and (
        said := SAYS_SOON.match(sentence, m.end)
    ):
        if not RECEIVE.search(said.group(0)):
            return True  # "Kepala Divisi Humas Polri Irjen X dalam keterangannya di Jakarta, ..., mengatakan"
    if BEATEN_BEFORE.search(sentence[max(0, m.start - 80) : m.start]):
        return True
    before, after = _clause_around(sentence, m)
    # A case word before the unit with no award or receiver between them, or the unit the subject of a case
    # verb in a clause that names no award.
    case_before = list(CASE_WORDS.finditer(before))
    if case_before and not AWARD_WORDS.search(before[case_before[-1].end() :]):
        return True
    return bool(CASE_SUBJECT.match(after)) and not AWARD_WORDS.search(before + after)


CASE_SUBJECT = re.compile(r"(?:[\s,]+(?-i:[A-Z][\w.'-]*))*\s+(?:(?:kembali|berhasil|juga|telah|sukses|pun)\s+)*"
                          + CASE_WORDS.pattern, re.I)  # fmt: skip


def not_receiving(sentence: str, m: Mention) -> bool:
    """Whether the unit `m` is named as something other than a recipient: a place, a frame, a giver, an
    organiser, a former post, a witness, a speaker, a unit at work or beaten."""
    if PLACE_BEFORE.search(sentence[max(0, m.start - 40) : m.start]) and not SERVES_AT.search(
        sentence[max(0, m.start - 60) : m.start]
    ):
        return True  # where it happened: "di Gedung Rupatama Mabes Polri", "di Aula Polda X"
    if _other_doing(sentence, m) or _own_clause_not_yet(sentence, m):
        return True
    if GIVES_AFTER.match(sentence, m.end):
        return True  # "Divisi Humas Polri tidak hanya memberikan penghargaan ...": the unit gives
    if (
        m.name.startswith("Polda")
        and SCOPE_BEFORE.search(sentence[max(0, m.start - 30) : m.start])
        and not PEOPLE_OF.search(sentence[max(0, m.start - 40) : m.start])
    ):
        return True  # "12 polres jajaran Polda Jatim": the Polda frames the units that receive
    if not m.name.startswith("Polda") and LEVEL_BEFORE.search(sentence[max(0, m.start - 12) : m.start]):
        return True  # "Juara 1 Lomba Satkamling Tingkat Polres X": the level the contest was held at
    if not m.name.startswith("Polda") and SERVICE_BEFORE.search(sentence[max(0, m.start - 40) : m.start]):
        return True  # "terbaik dalam pelayanan SPKT": the service the award is for
    if m.unit_id and AWARD_OF_BEFORE.search(sentence[max(0, m.start - 25) : m.start]) and _mabes_body(m):
        return True  # "diganjar penghargaan Divisi Humas Polri": the award is named after its giver
    if PARTICIPANTS_BEFORE.search(sentence[max(0, m.start - 80) : m.start]):
        return True  # "juara 1 lomba X yang diikuti Polres A dan Polres B": those who took part
    if ORGANISER_BEFORE.search(sentence[max(0, m.start - 40) : m.start]) and not HOLDS_FOR_OWN.match(sentence, m.end):
        return True  # "... Award yang diselenggarakan Korlantas Polri": the organiser
    if _frames_elsewhere(sentence, m):
        return True
    if FORMER_BEFORE.search(sentence[max(0, m.start - 40) : m.start]):
        return True  # "yang sebelumnya menjabat Kanit Pidum Satreskrim Polres X": a post he no longer holds
    if FUTURE_TO_BEFORE.search(sentence[max(0, m.start - 90) : m.start]):
        return True  # "Polda X juga akan melakukan hal yang sama kepada jajaran Polres Y": not given yet
    if WITNESS_BEFORE.search(sentence[max(0, m.start - 90) : m.start]):
        return True  # "didampingi Kadivhumas Polri", "disaksikan Kapolda X": there, not receiving
    before = sentence[max(0, m.start - 12) : m.start].lower()
    member = MEMBER_OF.search(sentence[max(0, m.start - 60) : m.start])
    if not member and (
        re.search(r"\bdari\s*$|\boleh\s+kapolda\s*$", before)
        or (m.name.startswith("Polda") and re.search(r"\bdari\b", before))
        or GIVER_BEFORE.search(sentence[max(0, m.start - 60) : m.start])
    ):
        return True  # "penghargaan dari Direktur Reserse Narkoba Polda Jatim": the giver's unit
    if (
        m.via_position
        and (m.name.startswith("Polda") or _mabes_body(m) or " Polda " in m.name)
        and GIVEN_BY_BEFORE.search(sentence[max(0, m.start - 80) : m.start])
    ):
        # "diganjar penghargaan oleh Kapolda X": the agent of the giving; so a Polda's official who hands it over
        # for his chief ("diserahkan oleh Irwasda X mewakili Kapolda"): his directorate or bureau gives
        return True
    if CONFERRED_BY_BEFORE.search(sentence[max(0, m.start - 110) : m.start]):
        # "diganjar piagam oleh Polres Z", "diganjar penghargaan oleh Kapolres Y": the agent of a conferring passive
        # verb gives, a unit or its chief alike
        return True
    # "Kapolda X menyerahkan ...": the Polda gives; "Kapolda X menerima", "peraihnya adalah Kapolda X" receive.
    # So with the head of a central body: "Kakorlantas memberikan ...", "Kakorlantas Irjen X meraih ...".
    return (
        m.via_position
        and (m.name.startswith("Polda") or _mabes_body(m))
        and not re.search(r"\b(?:kepada|oleh|adalah|yaitu|yakni|ialah)\s*$", before)
        and not CHIEFS_AFTER_TO.search(sentence[max(0, m.start - 160) : m.start])
        and not chief_receives(sentence, m.end)
        and not CHIEF_FOR_CATEGORY.match(sentence, m.end)
    )


# The end of a unit's own clause: "Polres A dan Polres B masuk nominasi, namun penghargaan diraih Polres C".
CLAUSE_END = re.compile(r"[,;:()]|\b(?:namun|tetapi|tapi|sedangkan|sementara|sehingga|karena)\b", re.I)


def _own_clause_not_yet(sentence: str, m: Mention) -> bool:
    """ "Polres A dan Polres B masuk nominasi ...", "Polsek C menjadi finalis ...": the unit's own clause says it is
    only nominated (such a predicate and no receiving verb), whatever another clause says; "Polres E yang masuk
    nominasi akhirnya meraih ..." still receives."""
    end = CLAUSE_END.search(sentence, m.end)
    clause = sentence[m.end : end.start() if end else len(sentence)]
    return bool(NOMINATED_ONLY.search(clause)) and not RECEIVE.search(clause)


# "Kedua, Kapolda X Irjen Y untuk kategori Polisi Berintegritas": a chief named as a category's winner, who receives.
CHIEF_FOR_CATEGORY = re.compile(r"(?:[\s,]+(?:[A-Z][\w.'-]*))*[\s,]+(?:untuk|dalam|pada|di)\s+(?i:kategori)\b")


# "kepada Kapolda Sumatera Utara, Kapolda Papua ...": every chief of a list after the receiver's word receives, a list
# that may open on a head of region ("kepada Gubernur Bali, Kapolda Bali, ...").
CHIEFS_AFTER_TO = re.compile(
    r"\b(?:kepada|oleh|adalah|yaitu|yakni|ialah)\s+(?:(?:Gubernur|Bupati|Wali\s+Kota|Walikota)\s[^.;:]{0,40}?,\s*)?"
    r"(?:Kapol\w*\s[^.;:]{0,60}?(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+))*$"
)
# Those who receive with him may stand between, names only: "Kapolda X Irjen Y bersama tiga Kapolres jajarannya menerima".
# (a region's short form in brackets may follow the post: "Kapolda Jawa Tengah (Jateng) Irjen X menerima")
CHIEF_TO_VERB = re.compile(
    r"(?:[\s,]+(?:[A-Z][\w.'-]*|\([A-Z][\w.'-]*\)))*(?:\s*,?\s+(?:beserta|bersama)\s+(?:(?!\b(?:yang|kepada|(?:me|di|ber)[a-z]{3,})\b)"
    r"[^.;]){1,60}?)?[\s,]*(?:(?:juga|telah|berhasil|kembali|pun|turut)\s+)*"
)


AWARD_OF_BEFORE = re.compile(r"\b(?:penghargaan|piagam|apresiasi)\s+(?:dari\s+)?$", re.I)


def _mabes_body(m: Mention) -> bool:
    unit = gazetteer().units.get(m.unit_id or "")
    return bool(unit) and unit.type == "satker_mabes"


def chief_receives(sentence: str, end: int) -> bool:
    """The chief named just before `end` is the subject of a receiving verb ("Kapolda NTB Irjen Pol. Djoko
    Poerwanto menerima penghargaan"), not of a giving one."""
    # "Kapolda X, yang diwakili Dirresnarkoba Polda X Kombes Y, menerima ...": who stands in for him may come between.
    stand_in = STAND_IN_BETWEEN.match(sentence, end)
    end = stand_in.end() if stand_in else end
    verb = RECEIVE.search(sentence[end : end + 80])
    # Only the chief's rank and name (capitalised words) and an adverb may stand between him and the verb.
    return (
        bool(verb)
        and verb.group(1).lower() != "diterima"
        and bool(CHIEF_TO_VERB.fullmatch(sentence[end : end + verb.start()]))
    )


STAND_IN_BETWEEN = re.compile(
    r"(?:\s+(?:[A-Z][\w.'-]*|\([A-Z][\w.'-]*\)))*\s*,\s*yang\s+(?:dalam\s+hal\s+ini\s+)?diwakil(?:i|kan)\s+"
    r"(?:oleh\s+|kepada\s+)?[^,;]{3,100}?,"
)
