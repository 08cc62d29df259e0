"""Phrase tables of constructions met in the twenty-second and twenty-third batches: written apart from the stories."""

import re

import pytest
from phrase_checks import awards_of_passage

from pipelines.units import canonical_unit_name
from tools.eval_awards import shares_words

# -- praise in words, and an invitation to be honoured, are no award ------------------------------------------------
# Praise a Polri unit or officer "mendapat" or "memperoleh" ("mendapat apresiasi dari Bupati", "menuai pujian warga",
# "mendapat sambutan dan apresiasi dari Kapolda") is praise in words unless the sentence names what was handed over;
# a body that "mengapresiasi kepolisian yang ..." praises whatever the police did, whatever award its clause names;
# an officer "diundang ... untuk menerima penghargaan" has not received it yet.
NO_AWARD_YET = [
    # construction, headline, story, role
    ('mendapat apresiasi dari his chief',
     None,
     'BEKASI - Brigpol Rahmat Hidayat, anggota Satsamapta Polres Metro Bekasi, menolong seorang lansia yang terjatuh '
     'ke saluran air di Jalan Kalimalang, Kamis (6/3/2025). Atas aksinya itu, Rahmat mendapat apresiasi dari '
     'Kapolres Metro Bekasi Kombes Pol Mustofa. "Ini contoh yang baik bagi anggota lain," kata Mustofa.',
     'none'),
    ('memperoleh apresiasi from a religious council, in the headline too',
     'Kapolres Sumenep Peroleh Apresiasi dari PCNU',
     'SUMENEP - Kapolres Sumenep AKBP Henri Noveri Santoso memperoleh apresiasi dari Pengurus Cabang Nahdlatul Ulama '
     'Sumenep atas pengamanan Ramadan yang kondusif. Ketua PCNU Sumenep KH Pandji Taufiq mengatakan warga merasa '
     'aman beribadah selama sebulan penuh.',
     'none'),
    ('mendapat sambutan dan apresiasi from a Kapolda over lunch',
     None,
     'PONTIANAK - Bripka Suryadi, anggota Satlantas Polresta Pontianak, yang mengembalikan dompet berisi Rp 20 juta '
     'milik seorang pedagang, diundang makan siang oleh Kapolda Kalbar. Dalam pertemuan itu Suryadi mendapat '
     'sambutan dan apresiasi dari Kapolda serta para pejabat utama Polda Kalbar.',
     'none'),
    ('a sports federation mengapresiasi kepolisian yang guarded a cup final',
     None,
     'JAKARTA - Asosiasi Bola Basket Indonesia mengapresiasi kepolisian yang mengamankan final Piala Liga Basket 2024 '
     'di Istora Senayan, Minggu (8/12/2024). "Pertandingan berjalan tertib tanpa gangguan," kata Sekjen asosiasi, '
     'Hendra Gunawan.',
     'none'),
    ('diundang ke Mabes Polri untuk menerima penghargaan: still to come',
     None,
     'MAKASSAR - Bripda Andi Fajar, anggota Polsek Tamalate, viral setelah menggendong seorang nenek menyeberang '
     'jalan saat banjir. Ia kemudian diundang ke Mabes Polri untuk menerima penghargaan dari Kapolri. "Saya tidak '
     'menyangka," ujar Andi.',
     'none'),
    ('Polda mengundang a Bhabinkamtibmas untuk menerima reward',
     None,
     'SAMARINDA - Polda Kalimantan Timur mengundang Bhabinkamtibmas Polsek Palaran Aipda Yusuf Rante untuk menerima '
     'reward atas kepeduliannya membangun sumur bagi warga. Undangan itu disampaikan Kabid Humas Polda Kaltim.',
     'none'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", NO_AWARD_YET, ids=[r[0] for r in NO_AWARD_YET])
def test_praise_and_invitations_are_no_award(construction, title, text, role):
    awards_of_passage(title, text, "2025-03-07", role, 0)


# -- people counted, then where they come from -----------------------------------------------------------------------
# "Sebanyak 30 petugas dari berbagai instansi menerima ... Para penerima itu berasal dari Polda A sebanyak 12 orang,
# Polres B sebanyak 10 orang ...": the Polri units they come from receive, each item of the list with its own count
# (a Polda beside its own Polres too); the count may be said again a few sentences on ("Ke-25 petugas itu berasal
# dari ..."); bodies outside Polri among them get nothing.
COUNTED_THEN_WHERE_FROM = [
    # construction, story, recipients, giver, kind, event day
    ('para penerima itu berasal dari A sebanyak N orang, B sebanyak M orang: a Polda beside its Polres',
     'SEMARANG - Sebanyak 30 petugas dari berbagai instansi menerima piagam penghargaan dari Kepala Balai Besar KSDA '
     'Jawa Tengah atas pengungkapan perdagangan trenggiling, Selasa (4/6/2024). Para penerima itu berasal dari Polda '
     'Jawa Tengah sebanyak 12 orang, Polres Batang sebanyak 10 orang dan Balai Karantina Semarang sebanyak 8 orang.',
     ['Polda Jawa Tengah', 'Polres Batang'], 'Balai Besar KSDA Jawa Tengah', 'ministry', '2024-06-04'),
    ('mereka berasal dari a Polres, a Kodim and a BPBD',
     'PALU - Dua puluh lima orang menerima penghargaan dari Gubernur Sulawesi Tengah atas penanganan banjir bandang di '
     'Kabupaten Sigi, Kamis (14/11/2024). Mereka berasal dari Polres Sigi, Kodim 1306 Donggala dan BPBD Sigi.',
     ['Polres Sigi'], 'Gubernur Sulawesi Tengah', 'regional_government', '2024-11-14'),
    ('ke-N petugas itu berasal dari ..., two sentences after the count',
     'SURABAYA - Sebanyak 25 petugas dari sejumlah instansi menerima piagam penghargaan dari Kepala Balai Besar '
     'Karantina Hewan Jawa Timur, Jumat (7/6/2024). Piagam diserahkan di kantor balai di Juanda. Penghargaan itu '
     'diberikan atas penggagalan penyelundupan burung kicau lewat pelabuhan. Ke-25 petugas itu berasal dari Ditpolairud '
     'Polda Jawa Timur sebanyak 10 orang, Polres Pelabuhan Tanjung Perak sebanyak 9 orang, serta Lantamal V sebanyak '
     '6 orang.',
     ['Ditpolairud Polda Jawa Timur', 'Polres Pelabuhan Tanjung Perak'], 'Balai Besar Karantina Hewan Jawa Timur',
     'ministry', '2024-06-07'),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units, giver, kind, event_day",
    COUNTED_THEN_WHERE_FROM,
    ids=[r[0] for r in COUNTED_THEN_WHERE_FROM],
)
def test_people_counted_then_where_they_come_from(construction, text, units, giver, kind, event_day):
    (award,) = awards_of_passage(None, text, "2024-06-08", "received", 1)
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
    assert (award["category"], award["event_date"]) == (kind, event_day)
    assert shares_words(giver, award["giver"]), award["giver"]


# -- chiefs' posts and credited sub-units beside their parent --------------------------------------------------------
# "Dua belas aparat Polda X menerima ..., di antaranya Direktur Reskrimum dan Direktur Reskrimsus Polda X": every post
# of the list receives for its own directorate, beside the Polda (not only the first); "kepada Polda Y beserta
# jajaran, yakni Ditreskrimsus dan Ditpolairud": the Polda and the sub-units it is credited through all receive.
BESIDE_THEIR_PARENT = [
    # construction, story, recipients
    ('di antaranya two directors, the Polda said once at the end',
     'BANDUNG - Sebanyak 40 personel Polda Jawa Barat menerima penghargaan dari Menteri PPPA atas pengungkapan kasus '
     'perdagangan orang, Senin (3/3/2025). Sepuluh aparat Polda Jabar menerima penghargaan itu secara langsung, di antaranya '
     'Direktur Reskrimum dan Direktur Reskrimsus Polda Jawa Barat.',
     ['Polda Jawa Barat', 'Ditreskrimum Polda Jawa Barat', 'Ditreskrimsus Polda Jawa Barat']),
    ('yakni three officials, each by his post',
     'MEDAN - Beberapa perwira Polda Sumatera Utara menerima piagam dari Kepala BNN Provinsi Sumut, yakni Direktur '
     'Resnarkoba, Direktur Polairud dan Direktur Reskrimsus Polda Sumatera Utara.',
     ['Ditresnarkoba Polda Sumatera Utara', 'Ditpolairud Polda Sumatera Utara', 'Ditreskrimsus Polda Sumatera Utara']),
    ('Polda beserta jajaran, yakni two directorates',
     'YOGYAKARTA - Kepala BKSDA Yogyakarta memberikan piagam penghargaan kepada Polda DIY beserta jajaran, yakni '
     'Ditreskrimsus dan Ditpolairud, atas pengungkapan perdagangan satwa dilindungi.',
     ['Polda Daerah Istimewa Yogyakarta', 'Ditreskrimsus Polda Daerah Istimewa Yogyakarta',
      'Ditpolairud Polda Daerah Istimewa Yogyakarta']),
    ('Polda dan jajarannya, yaitu a directorate and a Polresta unit',
     'PADANG - Gubernur Sumatera Barat menyerahkan piagam penghargaan kepada Polda Sumbar dan jajarannya, yaitu '
     'Ditreskrimum dan Satreskrim Polresta Padang, atas pengungkapan kasus pembunuhan.',
     ['Polda Sumatera Barat', 'Ditreskrimum Polda Sumatera Barat', 'Satreskrim Polresta Padang']),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, units", BESIDE_THEIR_PARENT, ids=[r[0] for r in BESIDE_THEIR_PARENT])
def test_posts_and_credited_units_beside_their_parent(construction, text, units):
    (award,) = awards_of_passage(None, text, "2025-03-04", "received", 1)
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}


# -- givers written as outlets write them: an English name with its article, a body followed by its head's name -------
# "dari the United Nations Office on Drugs and Crime (UNODC)": the body with its small English words, without the
# article; "oleh Dewan Adat Dayak (DAD) Provinsi Kalteng Agustiar Sabran": the body of its region, without the name
# of the head that follows it (no post written before him).
GIVERS_AS_WRITTEN = [
    # construction, story, recipients, giver, kind
    ('dari the United Nations Office ... (UNODC)',
     'JAKARTA - Dua penyidik Bareskrim Polri menerima penghargaan Asia Environmental Enforcement Awards 2023 dari the '
     'United Nations Office on Drugs and Crime (UNODC). Penghargaan diserahkan secara daring, Selasa (5/3/2024).',
     ['Bareskrim Polri'], 'UNODC', 'other'),
    ('dari United Nations Mission in the ... (MINUSCA)',
     'JAKARTA - Satgas Garuda Bhayangkara Polri memperoleh medali penghargaan dari United Nations Mission in the Central '
     'African Republic (MINUSCA) atas pengabdian menjaga perdamaian. Medali disematkan di Bangui, Jumat (8/3/2024).',
     ['Mabes Polri'], 'United Nations Mission in the Central African Republic', 'other'),
    ('oleh Dewan Adat Dayak (DAD) Provinsi Kalteng and its head, no post',
     'PALANGKA RAYA - Kapolda Kalteng Irjen Pol Djoko Poerwanto memperoleh gelar kehormatan yang diberikan langsung '
     'oleh Dewan Adat Dayak (DAD) Provinsi Kalteng Agustiar Sabran di Palangka Raya, Sabtu (1/7/2023).',
     ['Polda Kalimantan Tengah'], 'DAD Kalimantan Tengah', 'other'),
    ('dari Lembaga Adat Melayu (LAM) Riau and its head, no post',
     'PEKANBARU - Kapolda Riau Irjen Pol Herry Heryawan menerima gelar adat dari Lembaga Adat Melayu (LAM) Riau '
     'Taufik Ikram Jamil di Balai Adat Melayu, Pekanbaru, Rabu (5/3/2025).',
     ['Polda Riau'], 'LAM Riau', 'other'),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units, giver, kind", GIVERS_AS_WRITTEN, ids=[r[0] for r in GIVERS_AS_WRITTEN]
)
def test_givers_as_outlets_write_them(construction, text, units, giver, kind):
    (award,) = awards_of_passage(None, text, "2025-03-06", "received", 1)
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
    assert award["category"] == kind
    assert shares_words(giver, award["giver"]), award["giver"]
    assert not re.search(r"^the\b|\b(?:Sabran|Jamil)$", award["giver"]), award["giver"]


# -- Polri people serving a mission abroad -----------------------------------------------------------------------------
# "personel Polri yang bertugas sebagai individual police officer ... memperoleh penghargaan dari otoritas misi
# pemeliharaan perdamaian X (UNMISS)": a contingent for one mission, filed as Mabes Polri (README), its giver the
# mission (a foreign body, `other`), described before its name.
ON_A_MISSION = [
    # construction, story, giver (None: not checked)
    ('personel Polri yang bertugas sebagai individual police officer; the mission described before its name',
     'JAKARTA - Sebanyak 20 personel Polri yang bertugas sebagai individual police officer memperoleh penghargaan dari '
     'otoritas misi pemeliharaan perdamaian United Nations Mission in South Sudan (UNMISS) atas kontribusi menjaga '
     'perdamaian. Medali disematkan di Juba, Selasa (5/3/2024).',
     'UNMISS'),
    ('personel Polri yang tergabung dalam Formed Police Unit menerima medali',
     'JAKARTA - Personel Polri yang tergabung dalam Formed Police Unit menerima medali dari misi perdamaian PBB di '
     'Sudan dalam upacara medal parade di El Fasher, Rabu (6/3/2024).',
     None),
    ('perwira Polri yang bertugas di misi PBB, honoured by its police chief',
     'JAKARTA - Dua perwira Polri yang bertugas di misi PBB di Republik Afrika Tengah menerima penghargaan dari Kepala '
     'Kepolisian MINUSCA atas dedikasi mereka, Kamis (7/3/2024).',
     'MINUSCA'),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, giver", ON_A_MISSION, ids=[r[0] for r in ON_A_MISSION])
def test_polri_people_on_a_mission_abroad(construction, text, giver):
    (award,) = awards_of_passage(None, text, "2024-03-08", "received", 1)
    assert (award["recipients"], award["category"]) == (["Mabes Polri"], "other")
    assert giver is None or shares_words(giver, award["giver"]), award["giver"]


# -- a Kapolda's members counted, a unit given to only some of them ---------------------------------------------------
# "Kapolda X memberikan penghargaan kepada 12 personel, salah satunya anggota Satreskrim Polres Y": those named keep
# their units and the rest go to the Kapolda's Polda (README); with no unit named at all, the Polda alone.
REST_TO_THE_POLDA = [
    # construction, story, recipients
    ('salah satunya anggota of a Polres',
     'MATARAM - Kapolda NTB Irjen Pol Hadi Gunawan memberikan penghargaan kepada 12 personel, salah satunya anggota '
     'Satreskrim Polres Lombok Barat, yang menggagalkan penyelundupan sabu di Pelabuhan Lembar. Penghargaan diserahkan '
     'pada apel pagi di Mapolda NTB, Senin (9/9/2024).',
     ['Polda Nusa Tenggara Barat', 'Satreskrim Polres Lombok Barat']),
    ('(dua di antaranya anggota ...) in a later sentence naming the award',
     'MATARAM - Belasan personel yang menggagalkan penyelundupan sabu memperoleh penghargaan dari Kapolda NTB Irjen Pol '
     'Hadi Gunawan. Penghargaan kepada 12 personel Polri (dua di antaranya anggota Satpolairud Polres Lombok Timur) '
     'diberikan pada apel pagi di Mapolda NTB, Senin (9/9/2024).',
     ['Polda Nusa Tenggara Barat', 'Satpolairud Polres Lombok Timur']),
    ('no unit named at all: the Polda alone',
     'MATARAM - Kapolda NTB Irjen Pol Hadi Gunawan memberikan penghargaan kepada 12 personel yang menggagalkan '
     'penyelundupan sabu di Pelabuhan Lembar. Penghargaan diserahkan pada apel pagi di Mapolda NTB, Senin (9/9/2024).',
     ['Polda Nusa Tenggara Barat']),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, units", REST_TO_THE_POLDA, ids=[r[0] for r in REST_TO_THE_POLDA])
def test_the_rest_go_to_the_kapoldas_polda(construction, text, units):
    (award,) = awards_of_passage(None, text, "2024-09-10", "received", 1)
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
    assert (award["category"], award["event_date"]) == ("kapolda", "2024-09-09")
