"""Pass 2's sentences that refer back to an award already read: the story counting its awards ("Penghargaan
kedua ..."), more units of the same award, units listed a line each after it, where the officers it was given
to serve, a list of awards carried on unit by unit, every award at once, the people the sentence before named.
Pure functions over text, used by pipelines/award_reading.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_title_words import AWARD_NAME, is_generic_title, placement_of
from pipelines.award_titles import title_of
from pipelines.categories import categories_of
from pipelines.classify_sentences import sentence_role
from pipelines.knowledge import Mention
from pipelines.number_words import COUNT_WORD, KE_COUNT, ORDINAL, ORDINAL_VALUES, VALUES
from pipelines.officer_pattern import OFFICER_RE
from pipelines.recipients import recipient_mentions
from pipelines.units import find_unit_mentions

EVERY_AWARD = re.compile(
    # "Ketiga penghargaan itu", "keempatnya piagam", bare "keduanya"/"ketiganya" (a higher count alone is rather people)
    rf"(?:{KE_COUNT}(?:nya)?\s+(?:penghargaan|piagam|rekor|trofi)|ke(?:dua|tiga)nya"
    # "Piagam-piagam itu ...", "Seluruh penghargaan tersebut ...": the plural, every award of the story
    r"|(penghargaan|piagam|trofi)-\1|(?:seluruh|semua)\s+(?:penghargaan|piagam|trofi)\s+(?:itu|tersebut))\b",
    re.I,
)
ORDINAL_AWARD = re.compile(
    # not "penghargaan kedua kali": the same award had a second time
    rf"\b(?:penghargaan|rekor|piagam|predikat|trofi)\s+({ORDINAL})\b(?!\s+kali\b)",
    re.I,
)
# "Polres X meraih dua penghargaan sekaligus. Pertama, predikat A dari B. Kedua, piagam dari C.": sentences that open
# on an ordinal count off the awards a sentence before counted.
COUNTED_OFF = re.compile(
    rf"^({ORDINAL}),\s+(?=[^.;]*\b(?:penghargaan|predikat|piagam|trofi|rekor|anugerah|juara)\b)", re.I
)
AWARDS_COUNTED = re.compile(rf"\b(?:{COUNT_WORD}|\d+)\s+(?:penghargaan|predikat|piagam|trofi|rekor)\b", re.I)
# "Penghargaan selanjutnya, dalam bentuk sertifikat, diberikan kepada ...": the next award the story counts.
NEXT_AWARD = re.compile(r"^(?:penghargaan|piagam|rekor|trofi)\s+(?:selanjutnya|berikutnya)\b", re.I)
# "Penghargaan pertama diberikan atas A. Sedangkan penghargaan lainnya diberikan atas B.": the other of those counted.
OTHER_COUNTED = re.compile(r"\b(?:penghargaan|piagam|rekor|trofi)\s+(?:lainnya|yang\s+lain|satunya\s+lagi)\b", re.I)


# "Rekor kedua diberikan untuk keanggotaan Pospol A yang seluruhnya polwan", "... untuk pelayanan Polsek B": units
# after "untuk" and a noun made of a verb (ke-/pe-/per- ... -an) own what the counted award is for; they are named
# in its reason, not as its receivers, who are the units of the awards the story counted.
REASON_OWNER = re.compile(r"\buntuk\s+(?:ke|pe|per)[a-z]{3,}an\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _counted_receivers(sentence: str, story: Story) -> list[Mention]:
    """The units a counted award's sentence names as its receivers: not those that own its reason."""
    kept, owner_end = [], None
    for m in sorted(recipient_mentions(sentence, story.text) or [], key=lambda m: m.start):
        joined = owner_end is not None and re.fullmatch(r"\s*(?:,\s*)?(?:dan|serta)?\s*", sentence[owner_end : m.start])
        if joined or REASON_OWNER.search(sentence, max(0, m.start - 50), m.start):
            owner_end = m.end  # "untuk keanggotaan Pospol A dan Pospol B": the owners listed together
        else:
            kept.append(m)
    return kept


def read_counted(awards: list[Award], sentence: str, story: Story) -> bool:
    """ "Penghargaan pertama adalah rekor A. Rekor kedua diberikan untuk B.": the story counts its awards;
    the first is the award already read, each later one a new award for the same units."""
    m = ORDINAL_AWARD.search(sentence)
    if not m and COUNTED_OFF.match(sentence) and AWARDS_COUNTED.search(story.text[: story.text.find(sentence)]):
        m = COUNTED_OFF.match(sentence)
    counted = any(a.ordinal for a in awards)
    if not m and (NEXT_AWARD.match(sentence) or (counted and OTHER_COUNTED.search(sentence))):
        n = max(a.ordinal or 1 for a in awards) + 1  # "Penghargaan selanjutnya ...": the one after the last told
    elif not m:
        return False
    else:
        n = ORDINAL_VALUES[m.group(1).lower()]
    award = next((a for a in awards if a.ordinal == n), None)
    if award is None and n == 1 and awards[0].ordinal is None:
        award = awards[0]
    if award is None:
        first = awards[0]
        # Same event as the first: its opening sentence dates and places this one too.
        award = Award(category=(categories_of(sentence) or [first.category])[0], evidence=first.evidence[:1])
        add_recipients(award, _counted_receivers(sentence, story))
        if not award.recipients:
            award.recipients, award.recipient_ids = list(first.recipients), list(first.recipient_ids)
        awards.append(award)
    award.ordinal = n
    award.evidence.append(sentence)
    # what "Penghargaan selanjutnya, dalam bentuk sertifikat, ..." is, read past the word that counts it
    named = title_of(
        NEXT_AWARD.sub(lambda w: w.group(0).split()[0], sentence).replace(",", "", 1) if not m else sentence
    )
    if named and (award.title is None or is_generic_title(award.title) or n > 1):
        award.title, award.title_listed = named, not is_generic_title(named)
    return True


# "Polda X juga meraih zona yang sama", "Polres Y pun mendapat predikat serupa": the award just told, to more units.
SAME_AWARD = re.compile(
    r"\b(?:juga|pun|turut|sama-sama)\s+(?:meraih|menerima|mendapat(?:kan)?|memperoleh|masuk|berada\s+di|dianugerahi|"
    r"diberi(?:kan)?|diganjar|menyabet)\s+(?:[\w-]+\s+){0,2}?(?:yang\s+sama|serupa)\b"
    # "Hal serupa diraih Polres Y", "Prestasi yang sama juga ditorehkan Polsek Z", "Penghargaan serupa diberikan kepada
    # Lanal A dan Satpolairud Polres B": the deed or award as the subject
    r"|\b(?:hal|prestasi|capaian|pencapaian|penghargaan|predikat|piagam)\s+(?:yang\s+)?(?:serupa|sama)\s+"
    r"(?:juga\s+|pun\s+|turut\s+)?(?:diraih|diterima|didapat(?:kan)?|diperoleh|disabet|ditorehkan|dicapai|"
    r"diberikan\s+(?:kepada|untuk|bagi)|dianugerahkan\s+(?:kepada|untuk|bagi))\b",
    re.I,
)
# "Selain Dedi, penghargaan juga diberikan kepada Kapolda Y": whom the opening sets aside had the award just told,
# and the chief named after it shares it for his unit.
BESIDES_TOO = re.compile(
    r"^(?:Selain|Di\s+samping)\s+[^,.]{1,60},\s+(?:penghargaan|piagam|anugerah|gelar|award)(?:\s+(?:ini|itu|tersebut))?"
    r"\s+(?:juga|pun|turut)\s+(?:diberikan|dianugerahkan|diserahkan)\s+(?:kepada|untuk|bagi)\b",
    re.I,
)


# "Selain gubernur, penghargaan serupa juga diberikan Ketua DPRD X atas ...": the same award, from another giver.
SAME_FROM_ANOTHER = re.compile(
    r"\b(?:penghargaan|piagam|apresiasi|reward)\s+(?:serupa|yang\s+sama)\s+(?:juga\s+|pun\s+|turut\s+)?"
    r"(?:diberikan|diserahkan|dianugerahkan)\s+(?:oleh\s+)?(?P<giver>[A-Z][^,.;]*?)(?=\s+(?:sebagai|atas|karena|"
    r"kepada|bagi|untuk|dalam|pada|di)\b|[,.;]|$)"
)


def _read_same_from_another(awards: list[Award], sentence: str, story: Story) -> bool:
    """The award just told, from a giver of its own: a new award for the same units, unless one of the giver's
    kind is read already (then the sentence says more of it)."""
    m = SAME_FROM_ANOTHER.search(sentence)
    if not m:
        return False
    kinds = categories_of(f"dari {m.group('giver')}") or ["other"]
    named = {u.name for u in recipient_mentions(sentence, story.text)}
    said = m.group("giver").split()[:2]  # the giver named already: more of its own award
    same = [a for a in awards if a.category == kinds[0] and " ".join(said) in " ".join(a.evidence)]
    if same:
        same[-1].evidence.append(sentence)
        return True
    last = awards[-1]
    if not last.recipients or not named <= set(last.recipients):
        return False
    title = title_of(sentence)
    clause = re.sub(r"^(?:Selain|Di samping|Di luar)\b[^,]{0,80},\s*", "", sentence)  # not the giver set aside
    award = Award(category=kinds[0], evidence=[clause], title=title if not is_generic_title(title) else last.title)
    award.recipients, award.recipient_ids = list(last.recipients), list(last.recipient_ids)
    awards.append(award)
    return True


# "Menteri juga menyerahkan piagam kepada Gubernur, Kapolda X, Direktur Polairud Polda X dan Kapolres Y": the award
# just told, handed to a list of chiefs by their posts, each standing for his unit.
ALSO_HANDED_TO = re.compile(
    r"\b(?:juga|pun|turut)\s+(?:menyerahkan|memberikan|menganugerahkan|diberikan|diserahkan)\s+(?:[\w-]+\s+){0,3}?"
    r"kepada\s+",
    re.I,
)


def _chiefs_listed_too(sentence: str, story: Story) -> bool:
    also = ALSO_HANDED_TO.search(sentence)
    chiefs = [m for m in recipient_mentions(sentence[also.end() :], story.text) if m.via_position] if also else []
    return len(chiefs) > 1


def read_same_award(awards: list[Award], sentence: str, story: Story) -> bool:
    """More units of the award the story just told; an award of their own when it was a ranking's places; the same
    award from another giver."""
    if _read_same_from_another(awards, sentence, story):
        return True
    besides = BESIDES_TOO.search(sentence) or _chiefs_listed_too(sentence, story)
    if not SAME_AWARD.search(sentence) and not besides:
        return False
    named = [m for m in recipient_mentions(sentence, story.text) if not m.via_position or besides]
    if not named:
        return False
    last = awards[-1]
    if last.placement is not None and last.title_listed:
        last = Award(category=last.category)  # the same grade, no place: not a share of one unit's place
        awards.append(last)
    last.evidence.append(sentence)
    # "Polres X meraih ... Polsek Y juga meraih penghargaan serupa": both receive, whichever is under the other.
    # "Selain X, penghargaan juga diberikan kepada Kapolda Y": another unit of its own, sharing it.
    add_recipients(last, [replace(m, beside_parent=m.beside_parent or not besides) for m in named])
    return True


# A line that is only a unit, maybe with its score or a bullet: an item of the list the award's sentence opened.
BULLET = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?")
SCORE_AFTER = re.compile(r"\W*(?:(?:dengan\s+)?(?:nilai|skor|indeks)\s*:?\s*)?[\d.,]*\W*$", re.I)
# "... adalah Polres A dan Polres B. Kemudian Polres C, Polres D. Selanjutnya Polres E.": a list of units that goes
# on in sentences of nothing but units, each opened by a word that carries the list on.
LIST_CARRIED_ON = re.compile(r"^(?:Kemudian|Selanjutnya|Lalu|Berikutnya|Disusul|Ditambah|Serta)\b,?\s*")
BETWEEN_ITEMS = re.compile(r"\s*(?:,|;)?\s*(?:(?:dan|serta)\s+)?")


def _only_units(sentence: str, units: list[Mention]) -> bool:
    """Whether a sentence is only its units, with a bullet or carrying-on word before them, commas or "dan"
    between them, and maybe a score after the last."""
    opening = LIST_CARRIED_ON.match(sentence)
    at = opening.end() if opening else BULLET.match(sentence).end()
    for m in units:
        if m.start < at or not BETWEEN_ITEMS.fullmatch(sentence, at, m.start):
            return False
        at = m.end
    return bool(units) and SCORE_AFTER.fullmatch(sentence, at) is not None


def read_bare_item(awards: list[Award], sentence: str, story: Story) -> bool:
    """Units listed a line each after the sentence of their award ("Polres A (98,2)", "- Polres B"), all its units;
    a sentence of only units that carries on the list of the one before ("Kemudian Polres C dan Polres D.")."""
    units = [m for m in find_unit_mentions(sentence, story=story.text) if not m.via_position]
    if not _only_units(sentence, units):
        return False
    last = awards[-1]
    if not _right_after(last, sentence, story) or (last.placement and last.title_listed):
        return False
    last.evidence.append(sentence)
    add_recipients(last, units)
    return True


def _right_after(award: Award, sentence: str, story: Story) -> bool:
    """The sentence comes right after one of the award's own sentences (what it carries on is that award's)."""
    at = story.body.index(sentence) if sentence in story.body else -1
    return at >= 1 and story.body[at - 1] in award.evidence


# Where the officers just said to receive serve: "Saat ini ia bertugas sebagai Dansat Brimob Polda X", "Kedua, AKP B
# yang kini bertugas sebagai Pamin Slog Polri, dan ketiga, Aiptu C yang menjabat sebagai Paur Polres Y".
SERVES = re.compile(
    r"\b(?:ia|dia|beliau|yang)\s+(?:(?:kini|saat\s+ini|sekarang|sehari-hari|juga)\s+)?(?:bertugas|menjabat|berdinas|"
    r"bertugas\s+sebagai|berdinas\s+di)\b"
    # "Sani adalah anggota Satbrimob Polda X", "Keduanya merupakan personel Satlantas Polres Y"
    r"|\b(?:adalah|merupakan)\s+(?:(?:seorang|salah\s+satu|salah\s+seorang)\s+)?(?:anggota|personel|perwira|bintara|polwan)\b",
    re.I,
)
LIST_GOES_ON = re.compile(rf"^(?:{KE_COUNT}|selanjutnya|berikutnya)\b|^(?:selain\s+itu|lalu|kemudian),", re.I)


def read_where_they_serve(awards: list[Award], sentence: str, story: Story) -> bool:
    """The units of officers an award was just given to, told in the sentences after the giving: for an award that
    no unit received yet, or one whose list of officers the sentence carries on."""
    if not SERVES.search(sentence) or sentence_role(sentence):
        return False
    last = awards[-1]
    if not _right_after(last, sentence, story):
        return False
    if last.recipients and not LIST_GOES_ON.match(sentence):
        return False
    named = [m for m in recipient_mentions(sentence, story.text) if m.unit_id or m.parent_id]
    if not named:
        return False
    last.evidence.append(sentence)
    add_recipients(last, named)
    return True


# "Polres A meraih penghargaan kategori X. Kemudian Polres B kategori Y. Selanjutnya Polres C untuk kategori Z.": the
# awards listed unit by unit go on in sentences that name no verb.
# A unit, or a chief by his post ("Kasat Lantas Polres X", "Kepala Kepolisian Daerah (Kapolda) X").
UNIT_WORD = r"(?:Kapol\w*|Pol\w+|Sat\w*|Dit\w*|Bid\w*|Biro|Ka(?:sat|nit|bid|subdit)\w*|Kepala)\b"
# "Kedua", "Ketiga", ...: the later ordinals, capitalised as they open a sentence.
_LATER_ORDINALS = "|".join(f"Ke{word}" for word in VALUES)
# Winners counted off by ordinals ("Kedua, Kapolres X untuk kategori Y. Ketiga, ...") carry the list on too.
CARRIES_ON = re.compile(
    rf"^(?:Kemudian|Selanjutnya|Lalu|Berikutnya|Sedangkan|Sementara(?:\s+itu)?|Adapun|Disusul|"
    rf"{_LATER_ORDINALS})\b,?\s*(?={UNIT_WORD})"
    # "Polres B untuk kategori Y.", "Kategori Y untuk Polres B.", "Kategori Y: Polres B.": a unit and its category
    rf"|^(?={UNIT_WORD}[^.;]*?\s(?:untuk|di|pada|dalam)\s+kategori\b)"
    rf"|^(?=Kategori\b[^.;]{{0,80}}?(?:\s(?:untuk|bagi)\s+|:\s*){UNIT_WORD})"
    # "Untuk kategori Y, Polres B.", "Sedangkan pada kategori Y, Polres B meraihnya.": the category fronted
    rf"|^(?=(?i:(?:sedangkan|sementara(?:\s+itu)?|adapun|lalu|kemudian|selanjutnya),?\s+)?"
    rf"(?i:untuk|pada|dalam|di)\s+kategori\b[^.;]{{0,80}}?,\s*{UNIT_WORD})"
)
# "Kedua, Kapolres X ...", "Ketiga, Kasat Lantas ...", "Kedua, Kepala Kepolisian Daerah (Kapolda) X ..."
CHIEF_FIRST = re.compile(
    r"^\w+,?\s+(?:Kepala\s+Kepolisian\s+\w+\s+\()?(?:Kapol(?:res\w*|sek|da)|Ka(?:sat|nit|bid|subdit)\w*)\b"
)
WHAT_IT_WON = re.compile(r"\b(?:kategori|sebagai|predikat|juara|peringkat|penghargaan|piagam)\b", re.I)


def read_carried_on(awards: list[Award], sentence: str, story: Story) -> bool:
    """A new award, of the kind of the one before, for the units of a sentence that carries on a list of awards
    given unit by unit ("Selanjutnya Polres C untuk kategori Z"); False for any other sentence."""
    last = awards[-1]
    won = WHAT_IT_WON.search(sentence)
    if not last.recipients or not CARRIES_ON.match(sentence) or not won:
        return False
    if not (last.title or WHAT_IT_WON.search(last.evidence[-1] if last.evidence else "")):
        return False
    if sentence_role(sentence) not in (None, "received"):
        return False
    mentions = recipient_mentions(sentence, story.text)
    # "Kemudian, Kapolres X AKBP Y sebagai tokoh Z, Bupati W sebagai ...": the chief honoured stands for his unit
    named = [m for m in mentions if not m.via_position] or [m for m in mentions[:1] if CHIEF_FIRST.match(sentence)]
    if not named or {m.name for m in named} & {name for a in awards for name in a.recipients}:
        return False
    title = title_of(sentence)
    if title is None or is_generic_title(title):
        title = re.split(r"[,;]|\s+(?:dengan|atas|karena)\s+", sentence[won.start() :])[0].strip(" .")
        named_award = AWARD_NAME.search(last.title or "")  # "PWI Award 2019": the awards night the list goes on in
        title = f"{named_award.group(0)} {title}" if named_award and title.startswith("sebagai") else title
    # a chief honoured in a list gives nothing: the list's first award names its giver
    award = Award(category=last.category, evidence=[sentence] + last.evidence[:1] * named[0].via_position, title=title)
    add_recipients(award, named)
    award.placement = placement_of(sentence)
    awards.append(award)
    return True


# "Penghargaan diberikan kepada anggota Bhabinkamtibmas itu": the people the sentence before named with their units.
PEOPLE_BEFORE = re.compile(
    r"\b(?:kepada|untuk|bagi|diterima(?:\s+oleh)?)\s+(?:ke\w+\s+|para\s+)?(?:anggota|personel|polisi|polwan|perwira|"
    r"bintara)\b[^.,;]{0,30}?\b(?:itu|tersebut)\b",
    re.I,
)


def named_before(sentence: str, story: Story) -> list[Mention]:
    body = story.body
    at = next((n for n, s in enumerate(body) if sentence in s), 0)
    return recipient_mentions(body[at - 1], story.text) if at > 0 else []


# "Tidak hanya itu, Ketua Tim Kompolnas juga menyerahkan piagam penghargaan atas inovasi X": "not only that", then
# an award of a name of its own, for the units of the award just told (the giver's second award).
NOT_ONLY_THAT = re.compile(
    r"^(?:(?:Tidak|Tak|Bukan)\s+(?:hanya|cuma|saja)\s+itu|(?:Tidak|Tak)\s+itu\s+saja|(?:Tidak|Tak)\s+sampai\s+di\s+situ)"
    r"\b[^.]*\b(?:juga|pula|pun)\b",
    re.I,
)


def read_not_only_that(awards: list[Award], sentence: str, story: Story) -> bool:
    """A new award for the last award's units, named in a sentence opening on "not only that"; False otherwise."""
    if not NOT_ONLY_THAT.match(sentence) or sentence_role(sentence) == "given":
        return False
    last = awards[-1]
    title = title_of(sentence)
    if not last.recipients or title is None or is_generic_title(title) or title in {a.title for a in awards}:
        return False
    named = {m.name for m in recipient_mentions(sentence, story.text)}
    if not named <= set(last.recipients):
        return False  # other units: a sentence the award's own readers handle
    award = Award(category=(categories_of(sentence) or [last.category])[0], evidence=[sentence], title=title)
    award.recipients, award.recipient_ids = list(last.recipients), list(last.recipient_ids)
    awards.append(award)
    return True


# What an award read already was assessed on: the services or units it names are no recipients of their own.
AWARD_BASIS = re.compile(
    r"\b(?:dasar|kriteria|indikator)\s+(?:penilaian\s+)?(?:penghargaan|pemberian\s+penghargaan)\s+(?:ini|itu|tersebut)\s+"
    r"(?:adalah|yakni|yaitu|ialah|meliputi)\b",
    re.I,
)


def read_basis(awards: list[Award], sentence: str, story: Story) -> bool:
    """ "Dasar penilaian penghargaan ini adalah indeks atas tiga layanan Polres X, yakni ...": more of the last award."""
    if not AWARD_BASIS.search(sentence):
        return False
    awards[-1].evidence.append(sentence)
    return True


# "..., yakni Bripka A dan Bripka B. Keduanya mendapat penghargaan karena ...": "keduanya" who received, the people the
# sentence before named for the last award; not "Keduanya diterima Kapolres", both awards.
BOTH_OF_THEM_RECEIVE = re.compile(
    rf"^{KE_COUNT}nya\s+(?:(?:juga|pun|sama-sama)\s+)?(?:mendapat(?:kan)?|menerima|meraih|memperoleh|"
    r"dianugerahi|diganjar|dinilai)\b",
    re.I,
)


def read_both_of_them(awards: list[Award], sentence: str, story: Story) -> bool:
    """More of the last award, when "keduanya" are the people or units its sentence just named."""
    if not BOTH_OF_THEM_RECEIVE.match(sentence) or not _right_after(awards[-1], sentence, story):
        return False
    before = story.body[story.body.index(sentence) - 1]
    if len({m.group("name") for m in OFFICER_RE.finditer(before)}) < 2 and len(awards[-1].recipients) < 2:
        return False
    awards[-1].evidence.append(sentence)
    return True
