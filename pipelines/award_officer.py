"""The officer who received an award for his unit: the one the text says accepted it (after "diterima oleh",
the subject of a receiving verb, a deputy standing in for his chief), never the one who handed it over.

Pure functions over text, used by the structure stage (pipelines/structure.py).
"""

from __future__ import annotations

import re

from pipelines.dates import WEEKDAYS
from pipelines.ranks import ACADEMIC, ANY_CASE_RANK_RE, NAME, clean_name, normalise_rank
from pipelines.role_words import AWARD_NOUN, SPEAKER_VERB, SPEECH_PASSIVE, SPEECH_VERB
from pipelines.units import Mention, find_unit_mentions

# An officer's post: chiefs and deputies of units and sections ("Kapolres", "Kasiwas", "Kasat Resnarkoba",
# "Kasubdit III Jatanras", "Kabidhumas"), directors ("Dirlantas", "Dir Reskrimsus"), heads of units.
POSITION_RE = (
    r"Kapolri|Wakapolri|Kapolda|Wakapolda|Kapoltabes|Kapolrestabes|Kapolresta|Kapolres|Wakapolres|Kapolsek|"
    r"Kasubdit\s+[IVX]+(?:\s+[A-Z]\w+)?|Kasat\s?\w+|Kanit\s?\w+(?:\s+[A-Z]\w+)?|Kasi\s?\w+|Kabid\s?\w+|Kabag\s?\w+|"
    r"Kadiv\s?\w+|Karo\s?(?:[A-Z]{2,}|Ops|Rena|Log\w*|Sarpras)\b|Bhabinkamtibmas|Dir\s?[A-Z]?[a-z]+|Panit\s?\w+"
)
# Honorifics and a first name cut short before the name itself: "AKBP Dr. Leo Dedy", "AKP Moh. Ali Akbar".
# A physician's "dr" too ("Brigjen Pol dr Hari Santoso, Sp.PD"); "Pol" after a rank is no name.
_NAME = rf"(?:(?:Dr|Drs|Ir|Prof|KH|Hj?|dr|drg)\.?\s+)*(?:(?:Moh|Muh|Moch|Mochd|Mhd|Abd|Ach)\.\s+)?(?!Pol\b){NAME}"
OFFICER_RE = re.compile(
    # A rank spelled out may have its abbreviation after it: "Ajun Komisaris Besar Polisi (AKBP) Rudi".
    rf"(?:(?P<position>{POSITION_RE})(?:\s+(?P<unit>(?:Metro\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}?))?(?:\s*,\s*|\s+))?"
    # The Kapolri's rank without "Pol": "Kapolri Jenderal Listyo Sigit" (a general of the army is named "Jenderal TNI")
    rf"(?P<rank>{ANY_CASE_RANK_RE}|(?<=Kapolri\s)Jenderal(?!\s+(?:TNI|Pol|Polisi)\b))(?:\s*\((?:{ANY_CASE_RANK_RE})\))?(?:\.\s*Pol\b|\s+Polisi\b)?\.?\s+(?P<name>{_NAME})"
)


_DAY = "|".join(w.capitalize() for w in WEEKDAYS if "'" not in w)

# The officer who receives, before the verb, maybe with his post between commas ("Bripka Sri, anggota X, meraih").
# Academic titles may follow the name, and the post may carry "Pol." ("yang mewakili Kapolri Jenderal Pol. X,"); he
# may head a list of those who received ("Kapolsek Kompol X, Kanit Reskrim AKP Y dan anggotanya hadir menerima"); the
# award may be said by its pronoun ("Kompol X hadir menerimanya").
RECEIVES_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*\s*(?:,(?:[^.]|(?<=\bPol)\.){{0,250}}?,|,[^,.]{{0,80}}?\s(?:dan|serta)\s[^,.]{{0,40}}?)?"
    # "AKBP X selaku Kapolres Y menerima", "Kapolres AKBP X yang langsung menerima"
    # "AKP X saat menerima penghargaan dari Kapolres Y": a picture's caption
    # "AKBP X kembali menerima", "Iptu X berhasil meraih", "Ipda X diberi penghargaan", "Aiptu X diganjar piagam"
    r"(?:\s+(?:selaku|sebagai)\s+[^,.]{0,50}?)?\s*,?\s*(?:yang\s+)?"
    # "AKBP X mewakili personelnya menerima", "Kompol Y mewakili anggotanya hadir menerima": for his men
    r"(?:(?:hadir\s+)?mewakili\s+(?:seluruh\s+|para\s+)?(?:anggota|personel|rekan(?:-rekan)?|jajaran|tim|anak\s+buah)nya"
    r"\s*,?\s+)?"
    r"(?:(?:juga|pun|langsung|hadir|saat|ketika|kembali|berhasil|sukses|turut|pula)\s+)*"
    # the award said by its pronoun: "Kompol X hadir menerimanya", "AKBP Y langsung menerimanya"
    r"(?:(?:menerima|meraih|mendapatkan|memperoleh)(?:nya)?|mendapat|dianugerahi|diganjar|"
    r"diberi(?=\s+(?:\w+\s+)?(?:penghargaan|piagam|apresiasi|reward|hadiah|tanda kehormatan)))\b",
    re.I,
)


# The officer who gives, or leads the ceremony: "Kapolresta X memimpin apel pemberian penghargaan".
GIVES_AFTER = re.compile(
    r"\s*(?:,[^,.]{0,60},)?\s*,?\s*(?:secara\s+langsung\s+|langsung\s+)?(?:menyerahkan|memberikan|memberi|"
    r"menganugerahkan|menyematkan|memimpin|mengalungkan)\b",
    re.I,
)


# The one an award came from: "penghargaan dari Kapolres Tanah Datar AKBP X".
GIVEN_FROM_BEFORE = re.compile(r"\b(?:penghargaan|piagam|apresiasi|hadiah|reward)\s+(?:\w+\s+){0,2}?dari\s+$", re.I)


# The next sentence says "he received it": "... ," ujar Kasat Reskrim Iptu X. Ia menerima sendiri penghargaan itu.
PRONOUN_RECEIVES = re.compile(
    r"[.!?][\"”]?\s+(?:Ia|Dia|Beliau)\s+(?:pun\s+)?(?:langsung\s+|sendiri\s+)?(?:menerima|meraih|mendapat|mendapatkan|"
    r"memperoleh)\b"
)


# Later, after his quote or in a sentence of its own, the one last named is said to have received: "... ," ujarnya
# usai menerima penghargaan di Mapolda; "Penghargaan itu ia terima langsung dari Kadiv Humas".
LATER_RECEIVES = re.compile(
    rf"\b{SPEECH_VERB}\s*,?\s*(?:saat|usai|seusai|setelah|sesaat setelah|ketika)\s+menerima\b"
    r"|\b(?:ia|dia|beliau)\s+(?:\w+\s+)?terima\b(?!\s+kasih)"
)


def _received_by_pronoun(context: str, end: int) -> bool:
    """The officer is the last one named before a sentence opening on "Ia menerima ...", or before a quote's
    closing or a sentence that says he (no one else named since) received it."""
    m = PRONOUN_RECEIVES.search(context, end)
    if m and not OFFICER_RE.search(context, end, m.start()) and "." not in context[end : m.start()]:
        return True
    later = LATER_RECEIVES.search(context, end, end + 600)
    return bool(later) and not OFFICER_RE.search(context, end, later.start())


# Who accepted, said just before the officer: "diterima (langsung) oleh", "kepada", "yang diwakili" (a deputy for
# his chief, maybe by a post the patterns do not know: "diwakili Kepala Divisi Humas Polri Irjen X"), "Penerima
# penghargaan itu adalah".
ACCEPTED_BEFORE = re.compile(
    # "Terbaik I diraih Aipda X dari Polsek Y": a place won by an officer is his
    r"(?:\b(?:oleh|kepada|diterima|diraih|direbut|disabet|diwakili|diwakilkan kepada)\s*(?:(?:langsung|sendiri)\s*)?"
    r"(?:oleh\s*)?"
    # "Penerima penghargaan itu adalah ...", "Yang menerima penghargaan adalah ...", "yang hadir menerimanya yakni"
    r"|\b(?:[Pp]enerima|diterima|[Yy]ang\s+(?:hadir\s+|maju\s+)?(?:menerima|mewakili)(?:nya)?)\b[^.,]{0,80},?\s*"
    r"\b(?:adalah|yakni|yaitu)[\s:,]*"
    # "... juga menerima penghargaan, yakni Direktur Reserse Narkoba Kombes X": those who received, listed
    r"|\b(?:menerima|meraih|memperoleh|mendapat(?:kan)?)\b[^.]{0,40}?\b(?:yakni|yaitu|antara lain|di antaranya)[\s:,]*)"
    # A post spelled out may carry its short form in brackets: "diterima Kepala Seksi Humas (Kasi Humas) Polres X".
    r"(?:\(?[A-Z][\w-]*\)?\s+){0,9}$"
)
# "kepada Ps. Kanit 2 Sat Intelkam Polres X, Bripka Y", "disematkan kepada Kasubdit Pengamanan Objek Wisata
# Polda X AKBP Y": a post and unit too long or too oddly written for the patterns of
# posts, set before the name. Full stops only after abbreviations, so a sentence's end is not crossed.
APPOSITION_BEFORE = re.compile(
    r"\b(?:kepada|diterima(?:\s+oleh)?)\s+(?:(?:anggota|personel)\s+)?(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w-]*|\d+)\s+){1,12}?"
    r"(?:[A-Z][\w-]*|\d+),?\s*$"
)
# Thanks said to a chief is no award handed to him: "berterima kasih kepada Kapolda X, Irjen Y".
THANKED_BEFORE = re.compile(r"\b(?:ber)?terima\s?kasih\s+kepada\s+(?:[A-Z][\w-]*,?\s+){0,7}$", re.I)
# "Penyerahan penghargaan dilakukan oleh Wakapolda X kepada Kapolres Y", "diserahkan langsung oleh": after "oleh"
# of a handing over stands the one who gave.
HANDED_OVER_BY = re.compile(
    r"\b(?:diserahkan|penyerahan(?:nya)?|diberikan|pemberian(?:nya)?|disematkan|penyematan(?:nya)?|dianugerahkan)\b"
    r"(?:(?!\bditerima\b)[^.,]){0,60}?\boleh\s+(?:[A-Z][\w-]*\s+){0,7}$"
)
# The one a deputy stands in for: "yang hadir mewakili Kapolri Jenderal Pol. X, menerima" is not X's doing.
REPRESENTED_BEFORE = re.compile(r"\bmewakili\s*$", re.I)
# Those named in what a stand-in's group includes: "X mewakili 40 anggota tim, mulai dari Direktur Kombes Y dan
# Wadir AKBP Z, menerima ...", "... mewakili seluruh personel, termasuk Kasat AKP W": the represented, not the taker.
REPRESENTED_LISTED = re.compile(
    r"\bmewakili\b[^.;]{0,80}?\b(?:mulai\s+dari|termasuk|di\s?antaranya|antara\s+lain)\b[^.;]{0,160}$", re.I
)
# "kepada Kapolda X, Irjen Y sebagai pemrakarsa, yang diwakili Kapolres Z": someone else took it for Y.
# Why he was away may come first: "Kapolres X AKBP Y yang berhalangan hadir diwakili oleh ...", "AKBP Y, karena
# sedang mengikuti pendidikan, diwakili ...", "yang sedang bertugas ke Jakarta diwakili ...".
_AWAY = r"(?:(?:yang|karena|sebab)\s+(?:[\w-]+,?\s+){0,6}?)"
REPRESENTED_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*(?:\s*,?\s*(?:selaku|sebagai)\s+[^,.]{{0,50}})?\s*,?\s*(?-i:{_AWAY})?(?:di)?wakili",
    re.I,
)
# "Kapolda Kepri Irjen X, S.I.K., yang diwakili Kabidhumas Kombes Y": Y, not X, was there to accept.
STOOD_IN_FOR = re.compile(rf"^(?:\s*,?\s*{ACADEMIC}(?!\w))*\s*,?\s*(?-i:{_AWAY})?(?:di)?wakili\b", re.I)


# A chief named as the one who speaks ("ujar Kapolres X AKBP Y", "Kapolres X AKBP Y mengatakan") or among those
# attending ("Acara itu dihadiri Wakapolda ..., Kapolres X AKBP Y"): named with his unit, yet not said to accept.
# Said in the passive too: "Hal itu disampaikan Kapolres X AKBP Y saat konferensi pers".
SPOKEN_BY_BEFORE = rf"\b(?:{SPEECH_VERB}|{SPEECH_PASSIVE}(?:\s+oleh)?)\s+"
SPOKE_BEFORE = re.compile(rf"{SPOKEN_BY_BEFORE}$", re.I)
# The verb may come after where and when he said it: "Kapolres X AKBP Y (5/7/2022) mengatakan", "Kapolres X AKBP Y
# di Mapolres, Senin (3/2), menyatakan bangga", "Kapolres X Y juga bersyukur".
# He may say it to someone, on a day written out: "Kapolres X AKBP Y kepada wartawan, Rabu 1 Maret 2023, mengatakan".
_SAID_WHERE_WHEN = (
    r"(?:\s+kepada\s+[\w.]+)?(?:\s+di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    rf"(?:\s*,?\s*(?:(?:{_DAY})\s*,?\s*)?(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)|\d{{1,2}}\s+[A-Z][a-z]+\s+20\d\d))?"
)
SPEAKS_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*{_SAID_WHERE_WHEN}\s*,?\s*(?:(?:juga|pun|pun\s+juga)\s+)?{SPEAKER_VERB}\b", re.I
)
# "oleh" after following or attending says who was there, not who accepted: "pengumuman itu diikuti secara daring
# oleh Wakapolda X", "acara dihadiri oleh Kapolres Y".
ATTENDED_BY = re.compile(
    r"\b(?:diikuti|dihadiri|disaksikan|dipimpin|dibuka|diumumkan|disampaikan|didampingi|dipantau)\b[^.,]{0,40}?"
    r"\boleh\s+(?:[A-Z][\w-]*\s+){0,7}$"
)
# "oleh" after a deed done to others says who did it: "Puluhan anggota dihukum push up oleh Kapolres X".
DONE_BY = re.compile(
    r"\b(?!(?:diterima|diraih|dimenangkan|diperoleh|didapat(?:kan)?|diwakili|diwakilkan|dianugerahi|dinas|diri\w*)\b)"
    r"di[a-z]{3,}\b(?:(?!\boleh\b|\bdi[a-z]{3,})[^.,]){0,40}\boleh\s+(?:[A-Z][\w-]*\s+){0,7}$"
)
ATTENDING_BEFORE = re.compile(r"\b(?:dihadiri|didampingi|disaksikan|turut hadir|hadir pula)\b[^.]*$", re.I)


def _apposition_of(context: str, m: re.Match, recipient: str) -> bool:
    """He is the one given it, his post set before him, unless that post is in a unit other than the award's."""
    found = APPOSITION_BEFORE.search(context, max(0, m.start() - 140), m.start())
    if not found:
        return False
    units = [u.name for u in find_unit_mentions(found.group(0))]
    return not units or any(u == recipient or recipient.endswith(f" {u}") or u.endswith(f" {recipient}") for u in units)


def _accepted(context: str, m: re.Match, recipient: str) -> bool:
    """The text says, just before him, that he was the one who accepted ("diterima oleh", "kepada")."""
    before = context[max(0, m.start() - 80) : m.start()]
    if ATTENDED_BY.search(before) or THANKED_BEFORE.search(before) or DONE_BY.search(before):
        return False
    return bool(
        ACCEPTED_BEFORE.search(before[-60:])
        or re.search(r"\bdiwakili\s+$", before, re.I)
        or _apposition_of(context, m, recipient)
        or _listed_after_accepting(context, m)
    )


# "diterima oleh Babinsa X Peltu A, Bhabinkamtibmas Polsek Y Brigadir B, dan Kepala Desa C": those who accepted,
# listed by post and name; only names, posts, numbers and the words that join them stand between the cue and him.
ACCEPTED_LIST = re.compile(r"\b(?:diterima|kepada)\s+(?:(?:langsung|sendiri)\s+)?(?:oleh\s+)?(?P<list>[^.;]*?)$")
LIST_OF_NAMES = re.compile(r"(?:[A-Z0-9][\w/'-]*\.?|dan|serta|[,()]|\s)+")


def _listed_after_accepting(context: str, m: re.Match) -> bool:
    found = ACCEPTED_LIST.search(context, max(0, m.start() - 200), m.start())
    listed = found.group("list") if found else ""
    return (
        bool(listed)
        and re.search(r"(?:,|\bdan|\bserta)\s*$", listed) is not None
        and bool(LIST_OF_NAMES.fullmatch(listed))
    )


# He says in his own quote that he received it: '"Penghargaan ini saya terima mewakili seluruh personel," kata
# Kapolres X AKBP Y', '"Saya menerima piagam ini dengan bangga," ujar ...'; not "kami" (the unit) nor thanks.
QUOTE_RECEIVED = re.compile(
    rf"[\"“][^\"“”]*\b(?i:saya)\s+(?:\w+\s+)?(?:terima|menerima)\b(?!\s+kasih)[^\"“”]*[\"”]\s*,?\s*"
    rf"{SPEECH_VERB}\s+$"
)


def _receives(context: str, m: re.Match) -> bool:
    return bool(
        RECEIVES_AFTER.match(context, m.end())
        or _received_by_pronoun(context, m.end())
        or QUOTE_RECEIVED.search(context, max(0, m.start() - 400), m.start())
    )


def _score(context: str, m: re.Match, unit_words: str, previous: re.Match | None, recipient: str = "") -> int | None:
    """How surely the officer of `m` accepted the award; None when he did not (a giver, one represented)."""
    before = context[max(0, m.start() - 80) : m.start()]
    accepted, receives = _accepted(context, m, recipient), _receives(context, m)
    if (
        REPRESENTED_BEFORE.search(before)
        or REPRESENTED_LISTED.search(context, max(0, m.start() - 250), m.start())
        or REPRESENTED_AFTER.match(context, m.end())
        or HANDED_OVER_BY.search(context, max(0, m.start() - 120), m.start())
    ):
        return None
    if "," in m.group(0) and not (accepted or receives):
        return None  # "kata Kasat Lantas Polres Bitung, Iptu X": a post and a name apart only where one accepts
    if GIVES_AFTER.match(context, m.end()):
        return None  # "Kapolres AKBP X menyerahkan penghargaan kepada ...": the giver, not a receiver
    if GIVEN_FROM_BEFORE.search(before) and not accepted:
        return None  # "mendapat penghargaan dari Kapolres X AKBP Y": the one it came from
    score = 2 * bool(accepted) + 2 * bool(receives)
    if RECEIVES_AFTER.match(context, m.end()) and (m.group("position") or "Bhabinkamtibmas") == "Bhabinkamtibmas":
        score += 3  # a member with no chief's post who receives is honoured himself, whoever took it for him
    if previous is not None and STOOD_IN_FOR.match(context[previous.end() : m.start()]):
        score += 2  # the deputy outranks the chief he stands in for, whose unit may be named too
    # Guests may be listed at length: "Acara itu dihadiri Wakapolda X, Kabid Humas Y, Kapolres Z AKBP W".
    attending = ATTENDING_BEFORE.search(context, max(0, m.start() - 250), m.start())
    bystander = SPOKE_BEFORE.search(before) or SPEAKS_AFTER.match(context, m.end()) or attending
    if m.group("unit") and unit_words.startswith(m.group("unit").split()[0]) and not bystander:
        score += 1
    position = (m.group("position") or "").lower()
    return score + (position.startswith("kapolres") or position.startswith("kapolsek"))


def officer_of(
    context: str, recipients: list[Mention], title: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """The receiving officer: after 'diterima (langsung) oleh', 'kepada' or 'diwakili' (who accepted for his
    chief), the subject of a receiving verb, or the recipient unit's own chief named with it; then one named
    before by his post or name alone ("Kapolda menerima", "Herry juga memperoleh"); none where the text does
    not say who received. Of officers said alike to accept, the one the award's own clause names (`title`)."""
    if len(recipients) != 1:
        return None, None, None
    unit_words = recipients[0].name.split(" ", 1)[-1]
    best, previous = None, None
    for m in OFFICER_RE.finditer(context):
        position = m.group("position")
        if position and position.startswith("Kapolda") and "Polda" not in recipients[0].name:
            continue
        score = _score(context, m, unit_words, previous, recipients[0].name)
        previous = m
        if score is not None and (
            best is None or score > best[0] or (score == best[0] and _in_clause_of(context, m, best[1], title))
        ):
            best = (score, m)
    if best is not None and _only_quoted(context, best[1], recipients[0].name):
        best = None
    if best is None or best[0] < 2:  # a chief merely named is no receiver: the text must say he accepted
        m = _named_before(context, recipients[0].name)
        if m is None:
            return None, None, None
        best = (2, m)
    m = best[1]
    if _one_of_a_list(context, m):
        return None, None, None
    name = re.sub(r"\s+(Kapolres\w*|Kapolda|Kapolsek|Wakapolda|Kasat\w*|Pada|Saat|Dalam|Di)$", "", m.group("name"))
    name = clean_name(name)  # no honorifics, no academic titles
    return name, normalise_rank(m.group("rank")), (m.group("position") or None)


def _in_clause_of(context: str, m: re.Match, other: re.Match, title: str | None) -> bool:
    """ "Satya Lencana 24 tahun diwakili AKP A, Satya Lencana 16 tahun diterima AKBP B": of two officers said alike
    to accept, `m` follows the award's own name in his sentence, and `other` does not."""

    def follows(officer: re.Match) -> bool:
        start = max(context.rfind(". ", 0, officer.start()), officer.start() - 150, 0)
        return bool(title) and context.find(title, start, officer.start()) >= 0

    return follows(m) and not follows(other)


def _only_quoted(context: str, m: re.Match, recipient: str) -> bool:
    """The unit's chief, named with his post, whom the text never says accepted and elsewhere quotes speaking of
    it ("Di bawah tanggung jawab Kapolres X AKBP Y ..." and later "Kapolres X AKBP Y mengatakan ..."): a speaker."""
    if _accepted(context, m, recipient) or _receives(context, m):
        return False
    words = [re.escape(w) for w in m.group("name").split() if len(w) > 2]
    name = rf"(?:{'|'.join(words)})" if words else None
    for other in OFFICER_RE.finditer(context):
        if other.group("name") == m.group("name") and (
            _accepted(context, other, recipient) or _receives(context, other)
        ):
            return False
    return bool(name) and bool(
        re.search(
            rf"\b{name}\b(?:\s*,?\s*{ACADEMIC}(?!\w))*{_SAID_WHERE_WHEN}\s*,?\s*(?:(?:juga|pun)\s+)?"
            rf"{SPEAKER_VERB}\b|{SPOKEN_BY_BEFORE}(?:[A-Z][\w.]*\s+){{0,8}}?{name}\b",
            context,
        )
    )


# Members named alike one after another: "diterima oleh Aipda A, Bripka B, Bharada C dan Bharaka D".
NEXT_IN_LIST = re.compile(rf"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+){ANY_CASE_RANK_RE}\s+[A-Z]")


# ... and the last of them: "Dua personel Satpolairud Polres X, Bripka A dan Briptu B, menerima penghargaan".
PREVIOUS_IN_LIST = re.compile(
    rf"\b{ANY_CASE_RANK_RE}\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}}\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)$"
)


def _one_of_a_list(context: str, m: re.Match) -> bool:
    """He is one of several members listed without posts, none singled out: the text names no one receiver."""
    if m.group("position"):
        return False
    return bool(
        NEXT_IN_LIST.match(context, m.end()) or PREVIOUS_IN_LIST.search(context, max(0, m.start() - 80), m.start())
    )


_RECEIVING_VERB = (
    r"(?:pun\s+|juga\s+|langsung\s+|sendiri\s+)*(?:menerima|meraih|memperoleh|mendapat(?:kan)?|dianugerahi)\b"
)
# A post alone, or one word of a name, as the subject of a receiving verb: "Kapolda menerima penghargaan Muri",
# "Kapolres Sumenep, Madura, meraih ...", "Kabid Humas Polda X menerima piagam", "Selain itu, Herry juga memperoleh
# hadiah".
# Not a list of posts whose unit is the subject: "kepada Kasat Binmas, Kapolsek, dan Bhabinkamtibmas, Polres X meraih".
_NOT_LISTED = rf"(?![^,.]*\b(?:dan|serta)\b)(?![^,.]*\b(?:{POSITION_RE})\b)"
POST_RECEIVES = re.compile(
    rf"\b(?P<post>{POSITION_RE})(?<=\w)(?!\w)"
    rf"(?P<unit>(?:\s+[A-Z][\w-]*){{0,3}})(?:,{_NOT_LISTED}[^,.]{{0,40}}){{0,3}},?\s+{_RECEIVING_VERB}"
)
# A post alone after the cue of who accepted: "penghargaannya diberikan kepada penyelenggara, yaitu Kapolres dan
# panitia", "diterima oleh Kapolres Bima".
POST_ACCEPTED = re.compile(
    r"\b(?:kepada|diterima(?:\s+(?:langsung\s+)?oleh)?|diwakili(?:\s+oleh)?|yaitu|yakni)\s+"
    rf"(?P<post>{POSITION_RE})(?<=\w)(?!\w)(?P<unit>(?:\s+[A-Z][\w-]*){{0,3}})"
)


def _award_before(context: str, end: int) -> bool:
    """An award is what its sentence hands over before `end` ("penghargaannya diberikan kepada"), not material."""
    start = context.rfind(". ", max(0, end - 150), end)
    return bool(AWARD_NOUN.search(context, max(0, start, end - 150), end))


# A name alone may stand in for a group said between commas: "Herry, mewakili 30 anggota tim, ..., menerima".
WORD_RECEIVES = re.compile(rf"\b(?P<word>[A-Z][a-z]{{2,}})(?:,?\s+mewakili\b[^.;]{{0,200}}?,)?\s+{_RECEIVING_VERB}")


def _same_post(one: str | None, other: str) -> bool:
    """ "Kabid Humas" and "Kabidhumas" are one post."""
    return bool(one) and re.sub(r"\s", "", one).lower() == re.sub(r"\s", "", other).lower()


def _named_before(context: str, recipient: str) -> re.Match | None:
    """The officer a post or a name alone refers to when it receives: the one the text names in full with
    that post (in the recipient unit) or that word in his name."""
    officers = list(OFFICER_RE.finditer(context))
    accepted = [r for r in POST_ACCEPTED.finditer(context) if _award_before(context, r.start())]
    for r in [*POST_RECEIVES.finditer(context), *accepted]:
        if (
            re.search(rf"(?<!\w){ANY_CASE_RANK_RE}\b", r.group("unit"))
            or re.match(rf"\s*,?\s*{ANY_CASE_RANK_RE}\b", context[r.end() :])
            or (r.group("post") == "Kapolda" and "Polda" not in recipient)
            or THANKED_BEFORE.search(context, max(0, r.start("post") - 80), r.start("post"))
        ):
            continue
        words = r.group("unit").split()
        for m in officers:
            unit = (m.group("unit") or "").split()
            if _same_post(m.group("position"), r.group("post")) and (not words or unit[:1] == words[:1]):
                return m
    for r in WORD_RECEIVES.finditer(context):
        for m in officers:
            if m.start() < r.start() and r.group("word") in m.group("name").split()[1:] + m.group("name").split()[:1]:
                return m
    return None
