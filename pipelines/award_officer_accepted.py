"""The cues that an officer named in full accepted an award: the subject of a receiving verb, after
"diterima oleh", "kepada" or "diwakili", listed after such a cue, "Ia menerima ..." after he is named, or his own
quote; not thanks, attending or a deed done to others.

Pure functions over text, used by pipelines.award_officer.
"""

from __future__ import annotations

import re

from pipelines.officer_pattern import OFFICER_RE
from pipelines.ranks import ACADEMIC
from pipelines.role_words import SPEECH_VERB
from pipelines.units import find_unit_mentions

__all__ = ["ACCEPTED_BEFORE", "RECEIVES_AFTER", "THANKED_BEFORE", "said_to_accept", "said_to_receive"]


# The officer who receives, before the verb, maybe with his post between commas ("Bripka Sri, anggota X, meraih").
# Academic titles may follow the name, and the post may carry "Pol." ("yang mewakili Kapolri Jenderal Pol. X,"); he
# may head a list of those who received ("Kapolsek Kompol X, Kanit Reskrim AKP Y dan anggotanya hadir menerima"); the
# award may be said by its pronoun ("Kompol X hadir menerimanya").
RECEIVES_AFTER = re.compile(
    rf"(?:\s*,?\s*{ACADEMIC}(?!\w))*\s*(?:,(?:[^.]|(?<=\bPol)\.){{0,250}}?,|,[^,.]{{0,80}}?\s(?:dan|serta)\s[^,.]{{0,40}}?)?"
    # his unit after "dari" or in brackets: "Aipda X dari Polsek Y menerima", "Bripka X (Polres Y) meraih"
    r"(?:\s+(?:dari|asal)\s+(?:[A-Z][\w'-]*\s*){1,6}?|\s*\([^()]{2,60}\))?"
    # "AKBP X selaku Kapolres Y menerima", "Kapolres AKBP X yang langsung menerima"
    # "AKP X saat menerima penghargaan dari Kapolres Y": a picture's caption
    # "AKBP X kembali menerima", "Iptu X berhasil meraih", "Ipda X diberi penghargaan", "Aiptu X diganjar piagam"
    r"(?:\s+(?:selaku|sebagai)\s+[^,.]{0,50}?)?\s*,?\s*(?:yang\s+)?"
    # "AKBP X mewakili personelnya menerima", "Kompol Y mewakili anggotanya hadir menerima": for his men
    r"(?:(?:hadir\s+)?mewakili\s+(?:seluruh\s+|para\s+)?(?:anggota|personel|rekan(?:-rekan)?|jajaran|tim|anak\s+buah)nya"
    r"\s*,?\s+)?"
    # "AKP X bersama timnya menerima", "Iptu Y beserta anggotanya meraih": he heads his own men in receiving
    r"(?:(?:bersama|beserta)\s+(?:seluruh\s+|para\s+)?(?:anggota|personel|rekan(?:-rekan)?|jajaran|tim|anak\s+buah)nya"
    r"\s*,?\s+)?"
    r"(?:(?:juga|pun|langsung|hadir|saat|ketika|kembali|berhasil|sukses|turut|pula)\s+)*"
    # the award said by its pronoun: "Kompol X hadir menerimanya", "AKBP Y langsung menerimanya"
    # chosen as one who receives: "Bripka X, Bhabinkamtibmas Y, terpilih menjadi penerima Hoegeng Awards"
    r"(?:(?:terpilih|ditetapkan|dinobatkan)\s+(?:menjadi|sebagai)\s+(?:salah\s+satu\s+)?(?:penerima|peraih|pemenang)|"
    # named the best of a class, or a contest's winner: "Bripka X, Bhabinkamtibmas Y, dinobatkan sebagai
    # Bhabinkamtibmas Teladan ...", "Bripda Z, atlet Polda W, menjadi jawara kelas C"
    r"(?:terpilih|ditetapkan|dinobatkan|dianugerahi|diganjar)\s+(?:menjadi|sebagai)\s+(?=(?:[\w-]+\s+){0,5}?"
    r"(?:terbaik|teladan|terfavorit|terinovatif|berprestasi)\b)|menjadi\s+(?=(?:juara|jawara)\b)|"
    r"(?:menerima|meraih|mendapatkan|memperoleh)(?:nya)?|mendapat|dianugerahi|diganjar|"
    # made an honorary member: "Irjen X diangkat menjadi Warga Kehormatan Korps Y"
    r"diangkat\s+(?:menjadi|sebagai)(?=\s+(?:warga|anggota)\s+kehormatan)|"
    r"diberi(?=\s+(?:\w+\s+)?(?:penghargaan|piagam|apresiasi|reward|hadiah|tanda kehormatan)))\b",
    re.I,
)


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


def _apposition_of(context: str, m: re.Match, recipient: str) -> bool:
    """He is the one given it, his post set before him, unless that post is in a unit other than the award's."""
    found = APPOSITION_BEFORE.search(context, max(0, m.start() - 140), m.start())
    if not found:
        return False
    units = [u.name for u in find_unit_mentions(found.group(0))]
    return not units or any(u == recipient or recipient.endswith(f" {u}") or u.endswith(f" {recipient}") for u in units)


def said_to_accept(context: str, m: re.Match, recipient: str) -> bool:
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


def said_to_receive(context: str, m: re.Match) -> bool:
    return bool(
        RECEIVES_AFTER.match(context, m.end())
        or _received_by_pronoun(context, m.end())
        or QUOTE_RECEIVED.search(context, max(0, m.start() - 400), m.start())
    )
