"""A sentence that only names who received, after one that says what: "Peraihnya Polda Jambi, ...", "Para penerima
adalah Kapolsek A, Kapolsek B, ...", "Kelima Kapolres terbaik itu adalah ...". Its units are added to the award just
read, or to the one of the grade the sentence names.

Kept apart from pass 2 of the structure stage (pipelines/award_reading.py), which calls it, so that module stays
within its size; pass 3 (pipelines/structure.py) reads the same pattern for a lead that lists who received.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.award_model import Award, Story, add_recipients
from pipelines.award_titles import title_of
from pipelines.number_words import COUNT, KE_COUNT
from pipelines.recipients import recipient_mentions
from pipelines.role_words import AWARD_NOUN

# A sentence that names who received, after one that says what: "Peraihnya Polda Jambi, ...", "Para penerima
# adalah Kapolsek Genteng, Lakarsantri, ...", "Penerimanya yakni ...", "Kelima Kapolres terbaik itu adalah ...".
# One opening word of a sentence that goes on from the last ("Adapun penerimanya: ...", "Sedangkan mereka adalah ...").
_GOING_ON = r"(?:(?:adapun|sedangkan|sementara(?:\s+itu)?|selanjutnya|kemudian)\s*,?\s+)?"
RECIPIENTS_NAMED = re.compile(
    rf"^{_GOING_ON}(?:para\s+)?(?:peraih|penerima|pemenang)(?:nya)?\b|"
    rf"^{_GOING_ON}(?:di antaranya|antara lain|mereka adalah|yakni|yaitu)\b|"
    # "Tiga besar di antaranya Polres A, ...", "Lima teratas yakni ...": the first of those counted
    rf"^(?:{COUNT}\s+(?:besar|teratas|terbaik|tertinggi)|"
    r"(?:sebagian|beberapa)(?:\s+di\s+antaranya)?)\b[^.;]{0,30}?\b(?:di antaranya|antara lain|yakni|yaitu|adalah|ialah)\b|"
    # "Mereka antara lain Polres A, ...", "Mereka terdiri dari anggota Satreskrim, ...": who the ones counted are
    rf"^(?:{KE_COUNT}nya|mereka|(?:satuan kerja|satker|kesatuan)\s+(?:itu|tersebut))\s+"
    r"(?:adalah|yaitu|yakni|ialah|antara\s+lain|di\s*antaranya|terdiri\s+(?:dari|atas))\b|"
    # "Mereka berasal dari ...", "Ketujuh personel itu berasal dari ...", "Para penerima tersebut datang dari ..."
    rf"^(?:mereka|penerimanya|{KE_COUNT}nya|(?:para|{KE_COUNT}|ke-?\s?\d+)\s+"
    r"(?:penerima|personel|anggota|polisi|polwan|perwira|petugas|orang)"
    r"(?:\s+(?:itu|tersebut))?)\s+(?:berasal|datang)\s+dari\b|"
    # "Adapun polres terbaik yakni ...", "Tiga satker berprestasi itu ialah ...": the units praised, then who they are
    rf"^(?:adapun\s+|sedangkan\s+)?(?:{COUNT}\s+)?"
    r"(?:polres\w*|polsek|polda|satker|satuan\s+kerja|satwil|kesatuan)\s+(?:yang\s+)?(?:terbaik|berprestasi|teladan|"
    r"terpilih|(?:dengan|ber)\s*predikat|dengan\s+(?:zona|kategori))\b[^.;]{0,30}?\b(?:adalah|yaitu|yakni|ialah|"
    r"antara\s+lain|di\s*antaranya)\b|"
    # "Kelima Kapolres terbaik itu adalah ...", "Ketiga polres tersebut yakni ..."
    rf"^{KE_COUNT}\s+\w+(?:\s+\w+){{0,3}}?\s+(?:itu\s+|tersebut\s+)?"
    r"(?:adalah|yaitu|yakni|ialah)\b|"
    r"\b(?:peraih|penerima|pemenang)(?:nya)?\s+"
    r"(?:penghargaan\s+|predikat\s+)?(?:WBK\s+|WBBM\s+|zona\s+hijau\s+)?(?:itu\s+|tersebut\s+)?"
    r"(?:adalah|yaitu|yakni|antara lain|ialah|meliputi)\b|"
    # "Tiga pejabat yang menerima rekor tersebut adalah ...": those who received, then who they are
    r"\byang\s+(?:menerima|meraih|mendapat(?:kan)?|memperoleh)\s+[^.,]{0,40}?\b(?:adalah|yaitu|yakni|ialah)\b|"
    # "Penghargaan diterima dua personel, yaitu Aipda A, Bhabinkamtibmas Polsek X, ...": who accepted, then their posts
    r"\bditerima\s+(?:oleh\s+)?(?:\w+\s+)?(?:personel|anggota|perwira|bintara|polisi|polwan|orang)\b[^.;]{0,30}?"
    r"\b(?:yaitu|yakni|ialah|antara lain|di antaranya)\b|"
    # "Tiga personel dari Satreskrim, empat dari Satresnarkoba ...": those honoured, counted by where they come from
    rf"^(?:sebanyak\s+)?{COUNT}\s+"
    r"(?:orang\s+)?(?:personel|anggota|polisi|polwan)\s+(?:berasal\s+)?dari\b|"
    # "Kapolsek sebagai motivator terbaik adalah ...": see TITLED_AS
    r"^\w+(?:\s+\w+)?\s+sebagai\s+[^.;,]{0,60}?\b(?:terbaik|teladan|berprestasi|terfavorit|inspiratif)\b[^.;,]{0,30}?"
    r"\s+(?:adalah|yakni|yaitu|ialah)\b",
    re.IGNORECASE,
)


# "Kapolsek sebagai motivator vaksinasi terbaik adalah Kapolsek A, Kapolsek B ...": those named to a title of honour.
TITLED_AS = re.compile(
    r"^\w+(?:\s+\w+)?\s+sebagai\s+[^.;,]{0,60}?\b(?:terbaik|teladan|berprestasi|terfavorit|inspiratif)\b[^.;,]{0,30}?"
    r"\s+(?:adalah|yakni|yaitu|ialah)\b",
    re.I,
)


# "Kapolda X Irjen Y bersama tiga Kapolres jajarannya menerima ...": a chief who receives with the chiefs under him,
# named afterwards ("Ketiga Kapolres itu adalah ..."); they share his award, each for his unit, beside his.
WITH_HIS_CHIEFS = re.compile(
    r"\b(?:bersama|beserta)\s+(?:(?:dua|tiga|empat|lima|enam|\d+|sejumlah|beberapa|para)\s+)?"
    r"(?:Kapolres\w*|Kapolsek|Kasat\w*|Dir\w+)\s+(?:jajaran(?:nya)?|di\s+bawahnya)\b",
    re.I,
)


NAMES_GRADE = re.compile(r"\b(?:WBK|WBBM|zona\s+hijau|predikat)\b", re.I)


def read_recipients_named(awards: list[Award], sentence: str, cats: list[str], story: Story) -> bool:
    """Whether a sentence that names who received ("Peraihnya Polda Jambi, ...") names units; they are then added
    to the award just read, or to the one of the grade the sentence names."""
    said = awards or AWARD_NOUN.search(sentence) or TITLED_AS.search(sentence)
    named = recipient_mentions(sentence, story.text) if said else []
    if not named:
        return False
    if not awards:  # "Tiga pejabat yang menerima rekor itu adalah ...", before any award was read
        awards.append(Award(category=cats[0]))
    target = awards[-1]
    if cats != ["other"] and target.category not in cats and NAMES_GRADE.search(sentence):
        # "Adapun satker peraih WBK antara lain ...": those of the award of the kind the sentence names
        same = [a for a in awards if a.category in cats]
        target = same[-1] if same else Award(category=cats[0], title=title_of(sentence))
        if not same:
            awards.append(target)
    target.evidence.append(sentence)
    if any(WITH_HIS_CHIEFS.search(e) for e in target.evidence):
        named = [replace(m, beside_parent=True) for m in named]  # his chiefs' units stay beside his own
    add_recipients(target, named)
    return True
