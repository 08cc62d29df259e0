"""Phrase table: a ministry's directorate-general as the giver, written "Ditjen <short name>" with its ministry."""

import pytest

from pipelines.directorates_general import directorate_general
from pipelines.givers import giver_category, giver_of

# construction, passage, the giver written as the set writes it
GIVERS = [
    (
        "the directorate written out, its short name in brackets, then its ministry",
        "Polres Ketapang menerima penghargaan dari Direktorat Jenderal Pengelolaan Hutan Lestari (PHL) Kementerian "
        "Lingkungan Hidup dan Kehutanan atas pengungkapan pembalakan liar.",
        "Ditjen PHL KLHK",
    ),
    (
        "the director-general by his short title, the ministry by its initials",
        "Ditpolairud Polda Maluku menerima piagam dari Dirjen PRL KKP atas penangkapan kapal pengebom ikan.",
        "Ditjen PRL KKP",
    ),
    (
        "the head's title repeated in the brackets after the ministry",
        "Satreskrim Polres Kapuas menerima Piagam Penghargaan dari Direktur Jenderal Penegakan Hukum Kementerian LHK "
        "(Dirjen Gakkum) atas kasus perdagangan trenggiling.",
        "Ditjen Gakkum KLHK",
    ),
    (
        "the directorate as the subject that gives, its ministry after it",
        "Direktorat Jenderal Bea dan Cukai (DJBC) Kementerian Keuangan memberikan penghargaan kepada Ditresnarkoba "
        "Polda Riau atas penggagalan penyelundupan sabu.",
        "DJBC Kemenkeu",
    ),
    (
        "no ministry named: the ministry the directorate belongs to (data/knowledge/national_agencies.yml)",
        "Dirjen KSDAE memberikan penghargaan kepada Polres Aceh Tamiang atas penyelamatan gajah sumatera.",
        "Ditjen KSDAE KLHK",
    ),
]


@pytest.mark.parametrize("construction, passage, giver", GIVERS, ids=[row[0] for row in GIVERS])
def test_a_directorate_general_gives_in_its_short_name(construction, passage, giver):
    assert giver_category(passage) == "ministry"
    assert giver_of("ministry", passage, [])[0] == giver


# What is no directorate-general of its own: a field office named with its region, a ministry by its initials.
@pytest.mark.parametrize(
    "passage",
    [
        "Polda Maluku Utara menerima penghargaan dari Direktorat Jenderal Perbendaharaan (DJPb) Maluku Utara.",
        "Polres Natuna menerima piagam dari Dirjen KKP.",
        "Polres Kudus menerima penghargaan dari Kanwil Direktorat Jenderal Pajak Jawa Tengah I.",
    ],
)
def test_what_is_no_directorate_general_giver(passage):
    assert directorate_general(passage) is None
