"""Phrase tables of wordings the newer stories use: an officer made an honorary member of a military corps, noble
titles from royal courts, a chief's region followed by its short form in brackets; and the wordings beside them that
are no award (a posting said with the same verb)."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.classify import classify_award_role
from pipelines.structure import extract_awards

# -- honours from corps and courts, and a post with its region's short form ----------------------------------

HONOURS = [
    # construction, headline, story, publication day, role, awards (units, officer, kind, giver, year, event day)
    (
        'made an honorary member of a marine corps ("diangkat menjadi Warga Kehormatan")',
        None,
        "SURABAYA - Kapolda Jawa Timur Irjen Pol Bambang Sulistyo diangkat menjadi Warga Kehormatan Korps Marinir "
        "TNI AL dalam upacara pembaretan di Bhumi Marinir Karangpilang, Rabu (10/5/2023). Baret ungu disematkan "
        "oleh Komandan Korps Marinir.",
        "2023-05-10",
        "received",
        [(["Polda Jawa Timur"], "Bambang Sulistyo", "other", "Korps Marinir TNI AL", None, "2023-05-10")],
    ),
    (
        'made an honorary member "sebagai", the corps written in lower case first',
        None,
        "BANDUNG - Kapolda Jawa Barat Irjen Pol Rudi Setiawan diangkat sebagai warga kehormatan Korps Pasukan Khas "
        "TNI AU. Baret jingga disematkan Dankorpaskhas di Lanud Sulaiman, Kamis (11/5/2023).",
        "2023-05-11",
        "received",
        [(["Polda Jawa Barat"], "Rudi Setiawan", "other", "Korps Pasukan Khas TNI AU", None, "2023-05-11")],
    ),
    (
        'a noble title from a sultan ("gelar kebangsawanan ... dari Sri Sultan")',
        None,
        "YOGYAKARTA - Kapolda DIY Irjen Pol Hendra Wibisono memperoleh gelar kebangsawanan Kanjeng Raden "
        "Tumenggung (KRT) dari Sri Sultan Hamengku Buwono X di Bangsal Kasatriyan, Rabu (17/5/2023).",
        "2023-05-17",
        "received",
        [
            (
                ["Polda Daerah Istimewa Yogyakarta"],
                "Hendra Wibisono",
                "other",
                "Sri Sultan Hamengku Buwono X",
                None,
                "2023-05-17",
            )
        ],
    ),
    (
        'a title named by its honorific alone, from a court ("gelar Kanjeng ... dari Keraton")',
        None,
        "SOLO - Kapolresta Surakarta Kombes Pol Dimas Prasetyo menerima gelar Kanjeng Raden Arya dari Keraton "
        "Kasunanan Surakarta dalam wisuda abdi dalem, Sabtu (20/5/2023).",
        "2023-05-20",
        "received",
        [(["Polresta Surakarta"], "Dimas Prasetyo", "other", "Keraton Kasunanan Surakarta", None, "2023-05-20")],
    ),
    (
        'a title said to come from a sultanate ("gelar X dari Kesultanan Y")',
        None,
        "TERNATE - Kapolda Maluku Utara Irjen Pol Yusuf Hamdani menerima gelar Jogugu Lamo dari Kesultanan Ternate "
        "dalam prosesi adat di Kedaton, Senin (22/5/2023).",
        "2023-05-22",
        "received",
        [(["Polda Maluku Utara"], "Yusuf Hamdani", "other", "Kesultanan Ternate", None, "2023-05-22")],
    ),
    (
        "a chief's region followed by its short form in brackets, then his rank and name",
        None,
        "MAKASSAR - Kapolda Sulawesi Selatan (Sulsel) Irjen Pol Andi Rahman menerima penghargaan dari Gubernur "
        "Sulawesi Selatan atas pengamanan pilkada, Kamis (25/5/2023).",
        "2023-05-25",
        "received",
        [
            (
                ["Polda Sulawesi Selatan"],
                "Andi Rahman",
                "regional_government",
                "Gubernur Sulawesi Selatan",
                None,
                "2023-05-25",
            )
        ],
    ),
]


@pytest.mark.parametrize("construction, title, text, day, role, awards", HONOURS, ids=[r[0] for r in HONOURS])
def test_honours_from_corps_and_courts(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# The title the honour goes by: the membership or the noble title as written, not the ceremony it was given at.
TITLES = [
    (
        "Kapolres Malang AKBP Fajar Nugroho diangkat menjadi anggota kehormatan Korps Brimob dalam upacara di "
        "Mako Brimob Ampeldento, Selasa (6/6/2023).",
        "anggota kehormatan Korps Brimob",
    ),
    (
        "Kapolda Jawa Tengah (Jateng) Irjen Pol Wahyu Santoso memperoleh gelar kekancingan Kanjeng Pangeran Haryo "
        "(KPH) dari Pura Mangkunegaran, Jumat (9/6/2023).",
        "gelar kekancingan Kanjeng Pangeran Haryo (KPH)",
    ),
]


@pytest.mark.parametrize("text, title", TITLES)
def test_titles_of_honours(text, title):
    (award,) = extract_awards(None, text, "2023-06-10T12:00:00+07:00")
    assert award["title"] == title


# The same verb for a posting, and a customary title's meaning that names no corps: no award, no corps as giver.
NOT_HONOURS = [
    (
        'a posting said "diangkat menjadi"',
        "MEDAN - Kapolres Pematangsiantar AKBP Yogi Harahap diangkat menjadi Kapolres Deli Serdang menggantikan "
        "AKBP Irwan Sinaga, Sabtu (13/5/2023).",
        "none",
    ),
]


@pytest.mark.parametrize("construction, text, role", NOT_HONOURS, ids=[r[0] for r in NOT_HONOURS])
def test_wordings_that_are_no_honour(construction, text, role):
    assert classify_award_role(None, text).award_role == role


def test_a_customary_titles_meaning_names_no_corps():
    text = (
        "PALANGKA RAYA - Kapolda Kalimantan Tengah Irjen Pol Bayu Pratama menerima gelar adat Dayak dari Dewan Adat "
        "Dayak Kalimantan Tengah, gelar yang berarti warga kehormatan Dayak, Rabu (14/6/2023)."
    )
    (award,) = extract_awards(None, text, "2023-06-14T12:00:00+07:00")
    assert "Dewan Adat" in award["giver"]


# -- matches and tournaments: "jawara" for the winner, and the side beaten in the final, which wins nothing -------

MATCHES = [
    # construction, story, the units that won, the title
    (
        'the winner called "jawara", the side beaten "menang 2-1 atas"',
        "BATAM - Tim sepak bola Polresta Barelang menjadi jawara turnamen Kapolda Kepri Cup 2023 setelah menang 2-1 "
        "atas Polres Karimun di partai final, Jumat (5/5/2023).",
        ["Polresta Barelang"],
        "jawara turnamen Kapolda Kepri Cup 2023",
    ),
    (
        'a unit "keluar sebagai jawara" of a contest',
        "PADANG - Polres Pesisir Selatan keluar sebagai jawara lomba kampung tangguh tingkat Polda Sumbar 2023, "
        "Jumat (5/5/2023).",
        ["Polres Pesisir Selatan"],
        "jawara lomba kampung tangguh tingkat Polda Sumbar 2023",
    ),
    (
        'the side beaten after "membungkam", its score after it',
        "KENDARI - Tim voli Polresta Kendari meraih juara I turnamen Kapolda Sultra Cup 2023 usai membungkam tim "
        "Polres Kolaka 3-1, Minggu (9/7/2023).",
        ["Polresta Kendari"],
        "juara I turnamen Kapolda Sultra Cup 2023",
    ),
    (
        'the side beaten after "menaklukkan", the cup said first',
        "JAMBI - Dalam final Piala Kapolda Jambi 2023, tim futsal Polres Muaro Jambi menaklukkan Polres Tebo 4-2 dan "
        "merebut juara pertama, Sabtu (8/7/2023).",
        ["Polres Muaro Jambi"],
        None,
    ),
]


@pytest.mark.parametrize("construction, text, units, title", MATCHES, ids=[r[0] for r in MATCHES])
def test_winners_of_matches(construction, text, units, title):
    (award,) = extract_awards(None, text, "2023-07-10T12:00:00+07:00")
    assert award["recipients"] == units
    if title:
        assert award["title"] == title


# -- one who takes part in the race or match gives none of its prizes; one who hands the trophy over does ---------

PARTICIPANTS = [
    # construction, story, the giver (None: the story names none)
    (
        'a mayor who "juga ikut berlari" in another distance',
        "KUPANG - Tim Satbrimob Polda NTT meraih juara pertama lomba lari 10 km Hari Bhayangkara ke-77 di Kota Kupang, "
        "Sabtu (1/7/2023). Wali Kota Kupang Yohanes Manafe juga ikut berlari di nomor 5 km.",
        None,
    ),
    (
        'a regent who "turut bertanding" in an exhibition match',
        "SLEMAN - Tim futsal Polresta Sleman menjadi juara pertama turnamen futsal Bhayangkara 2023, Minggu (2/7/2023). "
        "Bupati Sleman Kustini Harjo turut bertanding dalam laga persahabatan sebelum final.",
        None,
    ),
    (
        "the same mayor handing the trophy over gives it",
        "KUPANG - Tim Satbrimob Polda NTT meraih juara pertama lomba lari 10 km Hari Bhayangkara ke-77 di Kota Kupang, "
        "Sabtu (1/7/2023). Trofi diserahkan Wali Kota Kupang Yohanes Manafe.",
        "Wali Kota Kupang",
    ),
]


@pytest.mark.parametrize("construction, text, giver", PARTICIPANTS, ids=[r[0] for r in PARTICIPANTS])
def test_who_takes_part_gives_nothing(construction, text, giver):
    (award,) = extract_awards(None, text, "2023-07-03T12:00:00+07:00")
    assert award["giver"] == giver


# -- state and armed-forces decorations named "Bintang ...": the decree's, whoever pins them on ------------------

STARS = [
    # construction, story, title
    (
        "a Kapolri receives an army star the President decreed",
        "JAKARTA - Kapolri Jenderal Pol Arief Wicaksono menerima Bintang Yudha Dharma Utama dari Presiden RI yang "
        "disematkan Panglima TNI di Mabes TNI Cilangkap, Senin (3/7/2023).",
        "Bintang Yudha Dharma Utama",
    ),
    (
        "a Kapolda awarded a navy star, pinned on by the navy chief",
        "SURABAYA - Kapolda Jawa Timur Irjen Pol Dedi Kurniawan dianugerahi Bintang Jalasena Nararya oleh Presiden "
        "RI, Selasa (4/7/2023). Bintang itu disematkan Kasal di Markas Koarmada II.",
        "Bintang Jalasena Nararya",
    ),
]


@pytest.mark.parametrize("construction, text, title", STARS, ids=[r[0] for r in STARS])
def test_star_decorations(construction, text, title):
    (award,) = extract_awards(None, text, "2023-07-05T12:00:00+07:00")
    assert (award["title"], award["category"]) == (title, "other")
