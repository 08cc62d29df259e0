"""The words the award-role classifier reads sentences with: award terms and nouns, receiving and giving
verbs, modal words of a plan, and the actors (Polri's units, posts and ranks; everyone else), with the
knowledge tables' civilian honours, non-awards and sports events.
"""

from __future__ import annotations

import re

import yaml

from pipelines.alternation import grouped_by_first_letter
from pipelines.knowledge import knowledge_text

# Titles Polri confers on civilians, from the knowledge table: award words in their own right.
_HONOURS_TABLE = yaml.safe_load(knowledge_text("civilian_honours.yml"))
CIVILIAN_HONOURS = "|".join(f"(?:{w})" for w in _HONOURS_TABLE["wording"])
PEOPLE_OUTSIDE_POLRI = "|".join(
    f"(?:{w})" for w in _HONOURS_TABLE["people"] + _HONOURS_TABLE["bodies"] + _HONOURS_TABLE["partners"]
)
POLICE_PARTNERS = "|".join(f"(?:{w})" for w in _HONOURS_TABLE["partners"])

# What a giving verb hands over, or a receiving verb takes, when it is no award ("memberikan semangat bagi
# jajarannya", "menerima kunjungan pelajar").
_ROLE_WORDS = yaml.safe_load(knowledge_text("role_words.yml"))
UNLISTED_SUBJECTS = {**_ROLE_WORDS["unlisted_subjects"], "kin": _ROLE_WORDS["kin"]}
# Gifts and punishments are handed over like awards, and are none: "menyerahkan bingkisan", "mendapat hadiah bendera
# tengkorak", "mendapat predikat kuning".
NO_AWARD_OBJECT = "|".join(_ROLE_WORDS["gifts"] + _ROLE_WORDS["punishments"])
NOT_AN_AWARD = re.compile(
    r"\s+(?:\w+\s+)?(?:" + "|".join(_ROLE_WORDS["not_awards"]) + "|" + NO_AWARD_OBJECT + r")\b", re.I
)
NOT_RECEIVED = re.compile(
    r"\s+(?:\w+\s+)?(?:" + "|".join(_ROLE_WORDS["not_received"] + _ROLE_WORDS["punishments"]) + r")\b", re.I
)
# Awards no award word names (a review's reward flags), read as award words and as what is handed over.
# A verb closing a quote ("ujar", "katanya"): the knowledge table's list, each with its optional -nya.
# Praise between a member word and the unit the members come from ("personel berprestasi dari Polres X").
MEMBER_QUALIFIER = "(?:" + "|".join(_ROLE_WORDS["member_qualifiers"]) + ")"
SPEECH_VERB = "(?:" + "|".join(_ROLE_WORDS["speech_verbs"]) + ")(?:nya)?"
SPEECH_PASSIVE = "(?:" + "|".join(_ROLE_WORDS["speech_passives"]) + ")(?:nya)?"
# "dari" after one of these words names a source, not a giver: one lookbehind a word ("(?<!petugas )").
NOT_FROM_GIVER = "".join(f"(?<!{w} )" for w in _ROLE_WORDS["from_not_giver"])
# What a chief does right after his name when he only speaks of an award or reacts to it ("mengatakan", "bersyukur").
SPEAKER_VERB = "(?:" + "|".join(_ROLE_WORDS["speaker_verbs"]) + ")"
AWARD_OBJECTS = "|".join(f"(?:{w})" for w in _ROLE_WORDS["award_objects"])
# The same things as the noun a relative clause hangs on: "keterangan tertulis yang diterima di Jakarta".
NOT_RECEIVED_BEFORE = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["not_received"]) + r")(?:\s+\w+)?\s+yang\s+$", re.I)

# "mengganjar 27 personel", "Ganjar Warga": a verb that names a reward by itself, unless a sentence follows it.
# Case-sensitive, so that "Ganjar", a man's name, is no verb: only "mengganjar", "Diganjar", "ganjar".
REWARD_VERB = (
    r"\b(?-i:[Mm]engganjar|[Dd]iganjar|ganjar)(?![^.]{0,40}\b(?:" + "|".join(_ROLE_WORDS["sentence_words"]) + r")\b)"
)
_POLRI_DECORATIONS = "|".join(_ROLE_WORDS["polri_decorations"])
# A place said with "posisi" or "urutan" in a sentence that names its contest, whichever comes first.
_CONTEST = r"\b(?:" + "|".join(_ROLE_WORDS["contests"]) + r")\b"
_PLACE_WORD = r"\b(?:posisi|urutan)\s+(?:ke-?\s*\d|pertama|kedua|ketiga|keempat|kelima|I{1,3})\b"
PLACE_IN_CONTEST = rf"{_PLACE_WORD}(?=[^.]{{0,200}}{_CONTEST})|{_CONTEST}(?=[^.]{{0,200}}{_PLACE_WORD})"
AWARD_TERMS = re.compile(
    REWARD_VERB
    + "|"
    + PLACE_IN_CONTEST
    + r"|penghargaan|predikat|piagam|trofi|piala|anugerah|award|apresiasi|\bWBK\b|\bWBBM\b|zona integritas|"
    r"wilayah bebas dari korupsi|wilayah birokrasi bersih|kepatuhan|zona hijau|peringkat|juara|rekor|\bMURI\b|"
    r"terbaik|sertifikat|medali|opini|kualitas tertinggi|pelayanan publik|tanda kehormatan|satyalancana|kenaikan pangkat luar biasa|penganugerahan|"
    r"pin emas|lencana|pemenang|hadiah|plakat|tanda jasa|\bKPLB\b|jawara|"
    # a contest's top scorer, its winner: "tampil sebagai peraih skor tertinggi"
    r"peraih\s+(?:skor|nilai|poin)\s+tertinggi|"
    # "Polsek teladan", "polisi teladan": a title of honour ("menjadi teladan" alone is only a good example)
    r"\b(?:polisi|polwan|personel|polsek|polres|bhabinkamtibmas|anggota|satker)\s+teladan\b|"
    # a class won with no award word before it, named in capitals: "meraih kategori Instansi Vertikal Terbaik", "masuk
    # kategori Sangat Baik" (not "masuk kategori rawan konflik")
    r"\b(?:meraih|masuk|memperoleh|mendapatkan|menyabet|menyandang|dinobatkan|ditetapkan)\s+(?:dalam\s+|pada\s+)?"
    r"kategori\s+(?-i:[A-Z])|"
    + AWARD_OBJECTS
    + r"|\b(?:beri|berikan|memberikan|memberi|serahkan|menyerahkan|dapat|mendapat|mendapatkan|menerima|terima|diganjar|"
    r"ganjar|mengganjar|diberi) reward(?!\s+(?:and|dan|&)\s+punish)|" + CIVILIAN_HONOURS + "|" + _POLRI_DECORATIONS,
    re.IGNORECASE,
)
# What is handed over, as opposed to "pelayanan terbaik" and the like.
AWARD_NOUN = re.compile(
    REWARD_VERB
    + r"|penghargaan|piagam|trofi|piala|anugerah|award|apresiasi|sertifikat|medali|tanda kehormatan|hadiah|bingkisan|"
    r"pin emas|satyalancana|lencana|rekor|gelar|reward|plakat|tanda jasa|"
    + AWARD_OBJECTS
    + "|"
    + CIVILIAN_HONOURS
    # Polri's own stars, named with no award word: "Penyematan Bintang Bhayangkara Pratama kepada Wakapolri"
    + "|"
    + _POLRI_DECORATIONS,
    re.IGNORECASE,
)
# Both are searched in every sentence: tried by first letter, the same matches in fewer tries.
AWARD_TERMS, AWARD_NOUN = grouped_by_first_letter(AWARD_TERMS), grouped_by_first_letter(AWARD_NOUN)
# Nouns of those who receive ("penerima", "peraih"), as one alternation; read by two rules of the classifier.
RECEIVER_NOUNS = "|".join(_ROLE_WORDS["receiver_nouns"])
# Words for Polri people that name no unit of theirs ("anggota polisi", "Bhabinkamtibmas"): lower-cased.
MEMBERS_WITHOUT_UNIT = frozenset(w.lower() for w in _ROLE_WORDS["members_without_unit"])
SOLDIERS_BESIDE = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["soldiers_beside"]) + r")\b")
# Receiving verbs (knowledge table), each a whole word; group 1 is the verb as written.
RECEIVE = re.compile(r"\b(" + "|".join(_ROLE_WORDS["receive_verbs"]) + r")\b", re.IGNORECASE)
# "Penerima penghargaan itu adalah Polres X": a noun of those who receive, a few words, and the linking word
# after which they are named.
RECEIVERS_NAMED = re.compile(
    r"\b(?:" + RECEIVER_NOUNS + r")(?:nya)?\b(?:\s+[\w-]+){0,4}?\s*,?\s*"
    r"(?:adalah|ialah|yakni|yaitu|antara lain|di antaranya|masing-masing|:)(?=\s)"
    # "Juara I: Polsek A; Juara II: Polsek B": a placing, a colon, and who took it
    r"|\b(?:juara|peringkat|ranking|rangking)\s+(?:[IVX]{1,3}|\d{1,2}|ke-?\w+|pertama|kedua|ketiga|satu|dua|tiga|umum|"
    r"harapan(?:\s+(?:[IVX]{1,3}|\d|satu|dua|tiga))?)\s*:(?=\s)"
    # "Kategori pelayanan SIM terbaik: Polres A": a category of an awards night, a colon, and who won it
    r"|^(?:untuk\s+)?kategori\s+(?:[\w-]+\s+){0,6}?[\w-]+\s*:(?=\s)",
    re.IGNORECASE,
)
# A receiving verb in a clause set before its subject: "Usai meraih predikat WBK, Polres X menggelar syukuran",
# "Atas keberhasilan meraih ..., Kapolres X berterima kasih". Who receives follows the comma.
FRONTED_CLAUSE = re.compile(
    r"^\W*(?:usai|setelah|sesudah|seusai|selepas|pasca|atas\s+keberhasilan|berkat\s+keberhasilan)\s+"
    r"(?:(?:berhasil|sukses|kembali)\s+)?$",
    re.I,
)
# A headline with no verb: "Polsek Blimbing Juara Lomba Kebersihan", "Polres Sleman Terbaik Pelayanan SKCK".
UNIT_WINS = re.compile(
    r"\b(?:Polrestabes|Polresta|Polres|Polsek|Polda|Sat[a-z]{4,}|Dit[a-z]{4,})(?:\s+[A-Z][\w-]*){1,4}?\s+"
    r"((?i:juara|terbaik|peringkat\s+(?:I|1|satu|pertama)))\b"
)
GIVE = re.compile(
    r"\b(memberikan|memberi|beri|berikan|menyerahkan|serahkan|menganugerahkan|anugerahkan|anugerahi|menganugerahi|"
    r"mengganjar|ganjar|diberikan|diserahkan|dianugerahkan|menyematkan|sematkan|disematkan|menetapkan|menobatkan|"
    r"berbuah|membuahkan|ditujukan(?=\s+kepada)|pemberian|penyerahan|penganugerahan|penyematan|hadiahi|menghadiahi|"
    # "Program X berbuah penghargaan bagi Polsek Y": what it brought, and to whom; "mengalungkan medali kepada para
    # juara": a medal hung on the winners
    r"menghadiahkan|dihadiahkan|apresiasi|mengapresiasi|mengukuhkan|kukuhkan|mengalungkan|kalungkan|dikalungkan)\b",
    re.IGNORECASE,
)
# Modal words that turn a sentence into a plan or a process, not an award (knowledge table); a promise still
# says whom the award is for.
NOMINATED_ONLY = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["nominated_only"]) + r")\b", re.I)
NOT_YET = re.compile(r"\b(" + "|".join(_ROLE_WORDS["not_yet"]) + r")\b", re.I)
# A hope before a word of ability that leads the receiving verb: "berharap ... Polres X bisa meraih" (knowledge table).
HOPED_FOR = re.compile(
    r"\b(?:"
    + "|".join(_ROLE_WORDS["hoped_for"])
    + r")\b[^.;]*\b(?:"
    + "|".join(_ROLE_WORDS["able_to"])
    + r")\s+(?:kembali\s+|segera\s+|terus\s+)?(?:[^.;]*\b(?:dan|serta|atau)\s+)?$",  # "bisa meraih X dan masuk Y"
    re.I,
)
PROMISED = re.compile("|".join(_ROLE_WORDS["promised"]), re.I)
NEVER_IN_NAMES = re.compile("|".join(_ROLE_WORDS["never_in_names"]), re.I)
HOSTED_MEETINGS = "|".join(_ROLE_WORDS["hosted_meetings"])
BEATEN_VERBS = "|".join(_ROLE_WORDS["beaten_verbs"])
TAKING_PART = "|".join(_ROLE_WORDS["taking_part"])
DIRECTIVES = "|".join(_ROLE_WORDS["directive_nouns"])
EARLIER = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["earlier"]) + r")\s+(?:\w+\s+)?$", re.I)
# A sentence opening on an earlier round of the same assessment: "Pada periode sebelumnya, ...", "Edisi lalu ...".
EARLIER_ROUND = re.compile(
    r"^(?:pada|di|dalam)?\s*(?:" + "|".join(_ROLE_WORDS["earlier_rounds"]) + r")\s+(?:\w+\s+)?(?:sebelumnya|lalu)\b",
    re.I,
)
# Praise measured by a degree: "apresiasi tinggi", "apresiasi yang setinggi-tingginya".
PRAISE_DEGREE = re.compile(
    r"\s+(?:apresiasi|pujian)\s+(?:yang\s+)?(?:" + "|".join(_ROLE_WORDS["praise_degrees"]) + r")\b", re.I
)
# Praise as what a receiving verb takes, a word or two of its own before it ("mendapat sambutan dan apresiasi").
PRAISE_TAKEN = re.compile(
    r"\s+(?:[\w-]+\s+(?:(?:dan|serta)\s+)?){0,2}?(?:" + "|".join(_ROLE_WORDS["praise_taken"]) + r")\b", re.I
)
# Polri people serving a mission abroad, then receiving: "personel Polri yang bertugas sebagai individual police
# officer ... memperoleh penghargaan", "perwira Polri yang tergabung dalam FPU menerima medali".
POLRI_ON_MISSION = re.compile(
    r"\bPolri\s+yang\s+(?:bertugas|tergabung|bergabung|ditugaskan|dikirim)\b[^.;]{0,100}?\b(?:"
    + "|".join(_ROLE_WORDS["mission_abroad"])
    + r")\b[^.;]{0,120}?\b(?:menerima|memperoleh|mendapat(?:kan)?|meraih|dianugerahi|diganjar)\b"
)
# An invitation to come and receive, just before the receiving verb: "diundang ke Jakarta untuk menerima".
INVITED_TO = re.compile(
    r"\b(?:" + "|".join(_ROLE_WORDS["invited"]) + r")\b[^.;]{0,80}?\buntuk\s+(?:(?:langsung|ikut)\s+)?$", re.I
)
# "mantan Kapolres Y", "purnawirawan Polri", "istri Kapolres Z": a post or body the person no longer belongs to, or
# whose holder is only their kin.
# A child word after a contest's division word names the division: "tim voli putra Polda X".
_NOT_A_DIVISION = "".join(rf"(?<!{w} )" for w in _ROLE_WORDS["divisions"])
_KIN = [rf"{_NOT_A_DIVISION}{w}" if w in ("putra", "putri") else w for w in _ROLE_WORDS["kin"]]
FORMER = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["former"] + _KIN) + r")\s+$", re.I)
# "Rencananya ... pekan depan": the handover is on a later day.
LATER_DAY = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["later_day"]) + r")\b", re.I)
# A sentence carrying on the list of receivers before it: its opening word, then names with no verb of their own.
CARRIED_ON = re.compile(r"(?:" + "|".join(_ROLE_WORDS["carried_on"]) + r")\b[,:]?\s+", re.I)
VERB_WORD = re.compile(r"\b(?:me|di|ber)[a-z]{3,}\b")
TEAM = r"(?i:" + "|".join(_ROLE_WORDS["teams"]) + r")"
# An award asked for: a directive verb, "agar" or "supaya", then the clause it asks for up to the receiving verb
# (no clause of another time or cause between: "meminta agar ... setelah Polres X meraih" reads the last one).
ASKED_FOR = re.compile(
    r"\b(?:" + "|".join(_ROLE_WORDS["directives"]) + r")\s+(?:\w+\s+){0,2}?(?:agar|supaya)\b"
    r"(?:(?!\b(?:setelah|usai|sesudah|karena|sebab|sehingga|sedangkan|sementara)\b)[^.;:])*$",
    re.I,
)
AIM = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["aim_before_winning"]) + r")\s+(?:bisa\s+|dapat\s+)?$", re.I)
# Posts below a Polsek and their chiefs ("Polsubsektor X", "Kapospol Y"), from the table of unit names.
_POSTS = yaml.safe_load(knowledge_text("unit_names.yml"))["police_posts"]
POLRI_BODIES = "|".join(_ROLE_WORDS["polri_bodies"] + [w for post, chiefs in _POSTS.items() for w in (post, *chiefs)])
POLRI_DECORATION = re.compile(r"(?:" + "|".join(_ROLE_WORDS["polri_decorations"]) + r")\b", re.I)

POLRI_ACTOR = re.compile(
    r"\b("
    + POLRI_BODIES
    # "Mapolresta X menerima piagam": a unit's headquarters (markas) for the unit it houses, not the place where
    # something happens ("di halaman Mapolresta X")
    + r"|Polrestabes|Polresta|Polres|Polsekta|Polsek|Polda|Polri|Mabes Polri|"
    + r"(?<!di )(?<!ke )(?<![Hh]alaman )(?<![Ll]apangan )(?<![Aa]ula )Ma(?:polrestabes|polresta|polres|polsek|polda)|Korps Bhayangkara|Korlantas|Bareskrim|Divhumas|Brimob|Satlantas|"
    r"Satreskrim|Satresnarkoba|Satbinmas|Sat(?!pam|pol|linmas|uan Polisi Pamong|uan Pe(?:ngamanan|rlindungan)|ya|kamling)(?:uan|\w{4,})|(?:Kapolri|Wakapolri|Kapolda|Wakapolda|Kapolres|Kapolresta|Kapolrestabes|Wakapolres\w*|Kapolsek(?:ta)?|Wakapolsek)(?! Cup)|"
    r"(?i:kapolsek|kapolres|kapolresta)|"
    r"Kasat(?!\s?[Pp]ol(?:\s?PP\b|$|\s))\w*|Kanit\w*|Kasi\s?Humas|Kabid\s?Humas|Bhabinkamtibmas|Polwan|(?i:personel|polisi(?! pamong| militer| hutan| kehutanan| kehormatan| cilik| khusus)|polwan|perwira|kepolisian)|[Aa]nggota(?! DPR| DPRD| TNI| [Ss]atuan [Pp]e(?:ngamanan|rlindungan)| satpam| Linmas| Pramuka| masyarakat| keluarga| komunitas| kelompok|"
    r" (?!SPKT|PJR)[A-Z]{2,}\b)|"
    r"polisi(?!(?i: pamong| militer| hutan| kehutanan| kehormatan| cilik| khusus))|kepolisian|AKBP|Kombes|Irjen|Brigjen|Komjen|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Brigadir(?!\s+Jenderal)|Bharada|Bharatu|Bharaka|"
    r"Bripda|jajaran(?= Polres| Polda| Polsek)|(?i:satuan kerja|satker|satuan wilayah|satwil)|polda|polres|polresta|polsek)\b",
)
OTHER_ACTOR = re.compile(
    r"\b(Pemkot|Pemkab|Pemprov|Pemerintah (Kota|Kabupaten|Provinsi)|Kejari|Kejati|Kejaksaan|Pengadilan|PN|PA|"
    r"BPN|Kantor Pertanahan|RSUD|Rumah Sakit(?! Bhayangkara| Polri)|Puskesmas|Kementerian|Kemenkumham|Lapas|Rutan|Imigrasi|Bea Cukai|"
    r"SMA|SMK|SMP|SD|TNI|Danrem|Dandim|Kodim|Korem|Kodam|Pangdam|PT|BUMN|Pemda|Bupati|Wali Kota|Walikota|"
    r"Gubernur|DPRD|KPU|KPPS|Linmas|Bawaslu|Forkopimda|Forkompimda|Muspida|Forum|Dinas|Dishub|Satpol PP|Satpol|Satuan Polisi Pamong Praja|Polisi Pamong Praja|Kasun|Pemred|MURI|(?i:para stakeholder|stakeholder|pemangku kepentingan)|"
    r"(?i:warga|masyarakat|wartawan|jurnalis|insan pers|awak media|sekolah(?! polisi)|siswa|pelajar|mahasiswa|desa|kampung|"
    r"kelurahan|lurah|kepala desa|satpam|satuan pengamanan|satuan perlindungan masyarakat|satlinmas|pengemudi|ojol|driver|atlet|tokoh|relawan|petani|"
    r"nelayan|pedagang|korban|pemuda|guru|dokter|perusahaan|bank|pemenang|pelopor|komunitas|karang taruna|orang|"
    r"stakeholder|kepala dusun|pemimpin redaksi|tim|klub|SSB|rektor|universitas|kampus|perguruan tinggi|"
    + PEOPLE_OUTSIDE_POLRI
    + r")|"
    r"[A-Z][a-z]+\s?\(\d{1,2}(?=\s?(?:tahun|th)?\)))\b",  # a person named with an age, "Hendri (35)", is no officer
)

# An actor someone stands for is not the subject: "Tim SMP 3 yang mewakili Polres Minahasa meraih juara", "Pocil
# Polres X meraih juara" (the children the unit trains).
# A unit's "Duta Lalu Lintas" is a student it chose to represent it ("Duta Lalu Lintas Polres X meraih juara"); its
# e-sports team is a community team fielded under its name ("Tim Esport Polres X juara dua").
REPRESENTED = re.compile(
    r"\b(?:mewakili|utusan|perwakilan|wakil|binaan|asuhan|mitra|pocil|polisi cilik|e-?sports?|duta\s+(?:lalu\s+lintas|lantas|"
    r"kamtibmas|keselamatan(?:\s+berlalu\s+lintas)?|anti\s?narkoba)|" + POLICE_PARTNERS + r")"
    r"(?:\s+\([A-Za-z]{2,10}\))?\s+$",  # "Tim Polisi Cilik (Pocil) Polres X": its initials may follow
    re.I,
)
# Those the police work with or train, named by the unit they belong to: "mitra pers Polda X", "binaan Polres Y".
PARTNER = re.compile(r"\b(?:mitra|binaan|asuhan)\s+(?:[a-z]+\s+){0,2}$")

# A record of the awards a unit has won ("telah meraih berbagai penghargaan", "seluruh penghargaan yang telah
# diperoleh"), counted rather than conferred: background, no award of the story's own.
_MANY_AWARDS = r"\b(?:" + "|".join(_ROLE_WORDS["many"]) + r")\s+(?:prestasi\s+dan\s+)?(?:penghargaan|prestasi)\b"
AWARDS_TALLIED = re.compile(
    _MANY_AWARDS
    + r"\s+(?:yang\s+(?:telah\s+|pernah\s+)?|(?:telah|pernah)\s+)(?:diterima|diperoleh|diraih|ditorehkan|diukir)\b"
    r"|\b(?:telah|pernah)\s+(?:\w+\s+)?(?:"
    + RECEIVE.pattern
    + r")\s+"
    + _MANY_AWARDS
    # "Polda X juga meraih berbagai prestasi menonjol tahun ini, seperti ...": achievements counted, no award.
    + r"|\b(?:"
    + RECEIVE.pattern
    + r")\s+(?:"
    + "|".join(_ROLE_WORDS["many"])
    + r")\s+prestasi\b"
    # "Baru ada dua satker yang telah meraih WBK": how many hold an award so far.
    + r"|\bada\s+(?:[\w-]+\s+){1,3}yang\s+(?:telah|sudah|pernah)\s+(?:"
    + RECEIVE.pattern
    + ")",
    re.I,
)
# What an award is, said of a class ("Zona integritas adalah predikat yang diberikan kepada instansi yang ..."):
# a definition, no award conferred. With the tallies above, a sentence that gives no role.
AWARD_DEFINED = re.compile(
    r"\b(?:adalah|merupakan|ialah)\s+(?:sebuah\s+|suatu\s+)?(?:" + AWARD_NOUN.pattern + r")\s+"
    # what form it takes may stand before its class: "KPLB adalah penghargaan berupa kenaikan pangkat ... yang"
    r"(?:(?:berupa|dalam\s+bentuk)\s+(?:[\w-]+\s+){1,6}?)?yang\s+"
    # "... yang diberikan institusi Polri sebagai tanda penghormatan kepada mereka yang ...": its giver and what it
    # is may stand between the verb and the class it is for
    r"(?:biasa\s+|akan\s+)?(?:diberikan|dianugerahkan|disematkan)\s+(?:(?:[\w-]+\s+){0,6}?(?:kepada|bagi|untuk)\b|"
    r"(?:[\w-]+\s+){1,8}?(?:kepada|bagi|untuk)\s+(?:mereka|siapa|setiap|para|pihak|orang|tokoh|individu|instansi|lembaga)\b)",
    re.I,
)
NO_ROLE = re.compile(AWARDS_TALLIED.pattern + "|" + AWARD_DEFINED.pattern, re.I)

# A medal won in a sports event (its words: knowledge table) is a result, not an award conferred on the athlete's unit.
SPORTS_MEDAL = re.compile(r"\s+(?:\w+\s+){0,2}?(?:medali|emas|perak|perunggu)\b", re.I)
SPORTS_EVENT = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["sports"]) + r")\b", re.I)
POLICE_GAMES = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS["police_games"]) + r")", re.I)


_SPELLINGS = [(re.compile(pattern, re.I), standard) for pattern, standard in _ROLE_WORDS["spellings"]]


def standard_spelling(text: str | None) -> str | None:
    """The text with award words in their standard spelling ("Dianugrahi" read as "Dianugerahi")."""
    if not text:
        return text
    for pattern, standard in _SPELLINGS:
        text = pattern.sub(lambda m, standard=standard: _same_case(m.group(0), m.expand(standard)), text)
    return text


def _same_case(written: str, standard: str) -> str:
    return standard[0].upper() + standard[1:] if standard and written[0].isupper() else standard


NO_AWARD_OBJECT_RE = re.compile(r"\b(?:" + NO_AWARD_OBJECT + r")\b", re.I)
# Where what a verb hands over ends: its receiver or the clause.
OBJECT_END = re.compile(r"\b(?:kepada|untuk|bagi|ke)\b|[,.;]")
ALSO_AN_AWARD = re.compile(r"\b(?:dan|serta|beserta|juga)\s+(?:[\w-]+\s+)?(?:" + AWARD_NOUN.pattern + ")", re.I)


# A gift the sentence calls a reward before the giver: "Sebagai bentuk apresiasi, Polres X memberikan sembako ...".
GIFT_AS_REWARD = re.compile(
    r"\s*(?:Sebagai|Atas)\s+(?:bentuk|wujud|tanda)\s+(?:apresiasi|penghargaan|terima\s+kasih)\b", re.I
)


def hands_no_award(sentence: str, end: int) -> bool:
    """What a giving verb ending at `end` hands over is no award ("memberikan semangat", "menyerahkan bingkisan"),
    unless an award is handed with it ("menyerahkan bingkisan dan piagam")."""
    handed = NOT_AN_AWARD.match(sentence, end)
    if not handed:
        return False
    if GIFT_AS_REWARD.match(sentence) and NO_AWARD_OBJECT_RE.match(sentence, handed.start() + 1):
        return False  # "Sebagai bentuk apresiasi, Polres X memberikan paket sembako kepada ...": the gift is the reward
    cut = OBJECT_END.search(sentence, handed.end())
    return not ALSO_AN_AWARD.search(sentence, handed.end(), cut.start() if cut else len(sentence))


def no_award_subject(sentence: str, verb_start: int) -> bool:
    """The subject of a passive verb is a gift or a punishment, though a prize word may come before it: "Hadiah
    bendera tengkorak untuk kategori ini diberikan kepada Polres X"."""
    before = sentence[max(0, verb_start - 80) : verb_start]
    objects = list(NO_AWARD_OBJECT_RE.finditer(before))
    if not objects or re.search(r"[,;]", before[objects[-1].end() :]):
        return False
    awards = [m for m in AWARD_NOUN.finditer(before) if m.start() >= objects[-1].end()]
    return not awards
