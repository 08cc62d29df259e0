"""Phrase table of what an award is for, said in a sentence near the one that hands it over: an award named by its
giver alone ("penghargaan BPJS", "piagam dari Basarnas") takes the reason a nearby sentence gives when it speaks of
the awarding again ("Penyerahan itu merupakan penghargaan dari X karena ...", "X membagikan penghargaan kepada
instansi yang dinilai berjasa dalam ..."). Written apart from the stories of the evaluation set, with invented people
in real regions.
"""

import pytest

from tests.phrase_checks import awards_of_passage
from tools.eval_awards import shares_words

# -- the reason in a nearby sentence that speaks of the awarding again -------------------------------------------------
DEED_SAID_NEARBY = [
    # construction, headline, story, publication day, recipients, words the title must carry (half of them at least)
    ('the sentence after: "Penyerahan itu merupakan penghargaan dari X karena ..."',
     'Bongkar Sindikat Rokok Ilegal, Polres Kudus Diganjar Penghargaan Bea Cukai',
     'KUDUS - Kepala Kantor Bea Cukai Kudus, Hendra Wiyono, menyerahkan plakat penghargaan kepada Kapolres Kudus AKBP '
     'Rudi Santoso di Mapolres Kudus, Rabu (5/3/2025). Penyerahan itu merupakan penghargaan dari Bea Cukai karena '
     'Polres Kudus berhasil membongkar sindikat rokok tanpa pita cukai. Hendra berharap kerja sama terus berlanjut.',
     '2025-03-06', ['Polres Kudus'], 'penghargaan membongkar sindikat rokok tanpa pita cukai'),
    ('two sentences before: "X membagikan penghargaan kepada instansi yang dinilai berjasa dalam ..."',
     'Ditpolairud Polda Sulteng Terima Penghargaan Basarnas',
     'PALU - Basarnas membagikan penghargaan kepada sejumlah instansi yang dinilai berjasa dalam pencarian korban '
     'banjir bandang Sigi. Penghargaan diserahkan Kepala Basarnas Palu di aula kantornya, Kamis (6/2/2025). '
     'Penghargaan juga diberikan kepada perwakilan Ditpolairud Polda Sulawesi Tengah dan perwakilan BPBD Sigi.',
     '2025-02-07', ['Ditpolairud Polda Sulawesi Tengah'], 'penghargaan berjasa dalam pencarian korban banjir bandang Sigi'),
    ('the sentence after, "Pemberian penghargaan tersebut ... atas ...", the headline naming the giver only',
     'Satlantas Polres Gresik Terima Penghargaan Jasa Raharja',
     'GRESIK - Satlantas Polres Gresik menerima plakat penghargaan dari Jasa Raharja Jawa Timur di Surabaya, Senin '
     '(10/2/2025). Pemberian penghargaan tersebut atas penurunan angka kecelakaan di jalur pantura selama 2024. '
     'Plakat diterima Kasat Lantas AKP Danu Prasetyo.',
     '2025-02-11', ['Satlantas Polres Gresik'], 'penghargaan penurunan angka kecelakaan di jalur pantura'),
]  # fmt: skip

# -- the merit its Polri receivers were judged to have, said just after ------------------------------------------------
MERIT_JUDGED_NEARBY = [
    # construction, headline, story, publication day, recipients, words the title must carry (half of them at least)
    ('"Personel dinilai berdedikasi ..., sedangkan warga dinilai ..." after a bare award to many',
     None,
     'PEKALONGAN - Kapolres Pekalongan AKBP Doni Prakoso menyerahkan penghargaan kepada 20 orang, terdiri dari '
     'personel Polres Pekalongan dan warga, dalam apel pagi di Mapolres Pekalongan, Senin (3/3/2025). Personel '
     'dinilai berdedikasi menjaga arus mudik tanpa cuti, sedangkan warga dinilai membantu pengaturan lalu lintas.',
     '2025-03-04', ['Polres Pekalongan'], 'penghargaan kepada personel berdedikasi'),
    ('"Para petugas dinilai telah berdedikasi ..." two sentences after',
     None,
     'MADIUN - Kapolres Madiun Kota AKBP Arief Nugroho memberikan piagam penghargaan kepada anggota Polres Madiun '
     'Kota dan warga. Piagam diserahkan dalam apel pagi di Mapolres Madiun Kota, Selasa (4/2/2025). Para petugas '
     'dinilai telah berdedikasi dalam pelayanan SIM keliling, sementara warga dinilai aktif menjaga keamanan.',
     '2025-02-05', ['Polres Madiun Kota'], 'piagam penghargaan petugas berdedikasi dalam pelayanan'),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, units, words", MERIT_JUDGED_NEARBY, ids=[row[0] for row in MERIT_JUDGED_NEARBY]
)
def test_merit_judged_nearby(construction, title, text, day, units, words):
    got = awards_of_passage(title, text, day, "received", 1)
    assert set(got[0]["recipients"]) == set(units), got[0]["recipients"]
    assert shares_words(words, got[0]["title"]), got[0]["title"]


# -- the deed a headline fronts before a comma, when the body says none --------------------------------------------------
DEED_FRONTED_IN_HEADLINE = [
    # construction, headline, story, publication day, recipients, words the title must carry (half of them at least)
    ('a noun phrase fronted: "Cakupan Vaksinasi Tertinggi, Polres X Terima Penghargaan"',
     'Cakupan Vaksinasi Booster Tertinggi Se-Jateng, Polres Wonogiri Terima Penghargaan',
     'WONOGIRI - Polres Wonogiri menerima penghargaan dari Bupati Wonogiri di Pendopo Kabupaten, Kamis (6/3/2025). '
     'Penghargaan diterima Kapolres Wonogiri AKBP Yusuf Hidayat. Yusuf berterima kasih kepada seluruh vaksinator.',
     '2025-03-07', ['Polres Wonogiri'], 'penghargaan cakupan vaksinasi booster tertinggi'),
    ('a verb phrase fronted: "Gagalkan Penyelundupan Kayu, Polsek Y Diganjar Penghargaan"',
     'Gagalkan Penyelundupan Kayu Ulin, Polsek Sampit Diganjar Penghargaan',
     'SAMPIT - Polsek Sampit diganjar penghargaan dari Dinas Kehutanan Kalimantan Tengah, Senin (10/3/2025). '
     'Penghargaan diserahkan kepada Kapolsek Sampit AKP Hendra Wijaya di kantor dinas tersebut.',
     '2025-03-11', ['Polsek Sampit'], 'penghargaan gagalkan penyelundupan kayu ulin'),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, units, words",
    DEED_FRONTED_IN_HEADLINE,
    ids=[row[0] for row in DEED_FRONTED_IN_HEADLINE],
)
def test_deed_fronted_in_headline(construction, title, text, day, units, words):
    got = awards_of_passage(title, text, day, "received", 1)
    assert set(got[0]["recipients"]) == set(units), got[0]["recipients"]
    assert shares_words(words, got[0]["title"]), got[0]["title"]


@pytest.mark.parametrize(
    "construction, title, text, day, units, words", DEED_SAID_NEARBY, ids=[row[0] for row in DEED_SAID_NEARBY]
)
def test_deed_said_nearby(construction, title, text, day, units, words):
    got = awards_of_passage(title, text, day, "received", 1)
    award = got[0]
    assert set(award["recipients"]) == set(units), award["recipients"]
    assert shares_words(words, award["title"]), award["title"]
