"""Background and clauses: which sentences tell of an earlier award (their units receive nothing now), and where one
sentence holds two statements ("Polres A meraih X, sedangkan Polres B meraih Y"), each read on its own. Used by
pipelines.award_reading, pipelines.structure and pipelines.classify.
"""

from __future__ import annotations

import re

from pipelines.number_words import COUNT
from pipelines.units import find_unit_mentions

# An earlier award, mentioned for background: its units are no recipients of this story's award.
BACKGROUND = re.compile(
    r"\b(sebelumnya|tahun lalu|tahun sebelumnya|pernah|sempat meraih|dulu)\b"
    # "... kepada 87 anggota Polda X pada 18 Januari lalu": a day gone by, another ceremony
    r"|\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+lalu\b",
    re.I,
)
# A sentence that opens on an earlier time, or says an award was had before ("juga pernah meraih").
BACKGROUND_OPENING = re.compile(
    r"^(?:(?:setelah\s+)?sebelumnya|tahun lalu|pada tahun sebelumnya|dulu)\b|\bpernah\s+(?:meraih|menerima|mendapat)"
    # "Adapun Satlantas X sebelumnya menerima penghargaan dari Y": the time word before the receiving verb (not in a
    # clause on one of a list, "Kapolres X yang sebelumnya menerima ...")
    r"|(?<!yang )\bsebelumnya\s+(?:(?:juga|telah|sudah)\s+)*(?:meraih|menerima|mendapat|memperoleh|menyabet|dianugerahi)",
    re.I,
)

CONTRAST = re.compile(r",?\s+(?:sedangkan|sementara itu|sementara|adapun)\s+(?=[A-Z]|\w+\s+Pol)|,\s+kini\s+", re.I)


# "..., sedangkan lima lainnya dari Polres B", "sementara sisanya dari Polsek C": the rest of the people counted before,
# said without a verb of their own; the sentence stays one statement.
REST_OF_THOSE_COUNTED = re.compile(
    rf"^(?:{COUNT}\s+(?:orang\s+|personel\s+|anggota\s+)?(?:lainnya|lain)|sisanya|selebihnya)\s+(?:berasal\s+)?dari\b",
    re.I,
)


SUBJECT_RECEIVES = re.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:meraih|menerima|mendapat(?:kan)?|memperoleh)\b")


def clauses_of(sentence: str, story: str | None = None) -> list[str]:
    """ "Polres A meraih X, sedangkan Polres B meraih Y", "Setelah sebelumnya A meraih X, kini B meraih Y": two statements, each read on its own, when both
    name a unit; otherwise the sentence as it is."""
    parts = [p.strip() for p in CONTRAST.split(sentence)]
    if len(parts) > 1 and BACKGROUND_OPENING.search(parts[0]):
        return parts[1:]  # the earlier award is background, whoever it names
    if (
        len(parts) > 1
        and not any(REST_OF_THOSE_COUNTED.match(p) for p in parts[1:])
        and all(find_unit_mentions(p, story=story) or SUBJECT_RECEIVES.search(p) for p in parts)
        and find_unit_mentions(parts[0], story=story)
    ):
        return parts  # "..., sementara Seksi Humas Polresta meraih Y": a sub-unit the story's unit completes
    return [sentence]
