"""Phrase tables of recipient-unit constructions several real stories share: a parent and its sub-unit both credited,
chiefs listed together under short place names, sub-units named through a chief or in a list."""

import pytest

from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name

# -- which units receive ----------------------------------------------------------------------------------------------
# Chiefs listed together as recipients, each written with the short name of his unit's place ("Kapolda Kaltim",
# "Dirlantas Polda Kaltim", "Kapolres HSU"): each stands for his own unit, the parent as well as the sub-unit.
SHARED_UNITS = [
    # construction, headline, story, the units that receive
    ('a Kapolda and his director listed together, the province written short',
     None,
     'SAMARINDA - Gubernur Kalimantan Timur menyerahkan piagam kepada Kapolda Kaltim Irjen Endar Priantoro dan '
     'Dirlantas Polda Kaltim Kombes Dedi Sutrisno atas kelancaran arus mudik, Rabu (17/4/2024).',
     ['Polda Kalimantan Timur', 'Ditlantas Polda Kalimantan Timur']),
    ('a Kapolres and his Kasat listed together, the regency written with its initials',
     None,
     'AMUNTAI - Bupati Hulu Sungai Utara memberikan penghargaan kepada Kapolres HSU AKBP Sigit Pranoto serta Kasat '
     'Resnarkoba Polres HSU AKP Rudi Hartono atas pemusnahan ladang ganja, Selasa (9/7/2024).',
     ['Polres Hulu Sungai Utara', 'Satresnarkoba Polres Hulu Sungai Utara']),
    ('the chief of a Polda written out as Kepala Polda, listed with his director',
     None,
     'PONTIANAK - Kedutaan Besar RI di Kuala Lumpur memberikan penghargaan kepada Kepala Polda Kalbar Irjen Pipit '
     'Rismanto dan Direktur Reserse Kriminal Umum Polda Kalbar Kombes Bowo Gede atas pemulangan pekerja migran, '
     'Jumat (6/9/2024).',
     ['Polda Kalimantan Barat', 'Ditreskrimum Polda Kalimantan Barat']),
    ('the chief of a Polda written out with his post in brackets, after kepada',
     None,
     'JAKARTA - Lembaga Perlindungan Anak memberikan penghargaan kepada Kepala Kepolisian Daerah (Kapolda) Jambi '
     'Irjen Rusdi Hartono atas penanganan kasus kekerasan terhadap anak, Senin (22/7/2024).',
     ['Polda Jambi']),
    # A list of chiefs after "kepada" that opens on a head of region; a chief under another of the list (two directors
    # after their Kapolda, a Kapolres after him) receives beside him, whichever two stand next to each other; a unit
    # named alone first, then again in such a list, still lets its parent receive.
    ('a list of chiefs opening on a Gubernur, the Kapolda next',
     None,
     'MAKASSAR - Menteri Kelautan dan Perikanan menyerahkan penghargaan kepada Gubernur Sulsel, Kapolda Sulsel dan '
     'Dandim 1408 atas pengungkapan penangkapan ikan dengan bom, Kamis (5/9/2024).',
     ['Polda Sulawesi Selatan']),
    ('a Kapolda, two directors and two Kapolres listed as chiefs',
     None,
     'PADANG - Kepala BNN menyerahkan penghargaan kepada Kapolda Sumbar, Dirresnarkoba Polda Sumbar, Dirpolairud '
     'Polda Sumbar, Kapolresta Padang dan Kapolres Pesisir Selatan atas penggagalan penyelundupan sabu lewat laut, '
     'Rabu (14/8/2024).',
     ['Polda Sumatera Barat', 'Ditresnarkoba Polda Sumatera Barat', 'Ditpolairud Polda Sumatera Barat',
      'Polresta Padang', 'Polres Pesisir Selatan']),
    ('a Kapolres named first as receiving, then in a list after his Kapolda',
     None,
     'SINGARAJA - Kapolres Buleleng AKBP Made Dhanuardana menerima piagam penghargaan dari Menteri Kehutanan, Senin '
     '(2/6/2025). Dalam acara itu Menteri Kehutanan juga menyerahkan piagam kepada Kapolda Bali, Kapolres Buleleng '
     'dan Kapolres Jembrana atas pengungkapan perdagangan satwa dilindungi.',
     ['Polda Bali', 'Polres Buleleng', 'Polres Jembrana']),
    # A chief and the people of one of his unit's sections, listed together after "kepada": both units receive.
    ('a Kapolres and the investigators of his Satreskrim listed together',
     None,
     'SOLO - Lembaga Perlindungan Saksi dan Korban menyerahkan piagam kepada Kapolresta Surakarta Kombes Iwan '
     'Saktiadi dan penyidik Satuan Reserse Kriminal atas perlindungan saksi kasus penganiayaan, Senin (4/11/2024).',
     ['Polresta Surakarta', 'Satreskrim Polresta Surakarta']),
    ('a Kapolda and the members of his Ditlantas listed together',
     None,
     'JAMBI - Jasa Raharja memberikan penghargaan kepada Kapolda Jambi Irjen Rusdi Hartono, serta personel '
     'Ditlantas Polda Jambi atas penurunan fatalitas kecelakaan, Rabu (6/11/2024).',
     ['Polda Jambi', 'Ditlantas Polda Jambi']),
    # A Polsek at the end of a clause, then the one who speaks next: his name is no other Polsek of a list.
    ('a Polsek, then a speaker named by his name alone',
     None,
     'WONOGIRI - Balai KSDA Jawa Tengah memberikan penghargaan kepada Polres Wonogiri atas penggagalan perburuan '
     'rusa, Rabu (6/11/2024). Seusai piagam untuk Kapolres Wonogiri beserta jajarannya diberikan, termasuk kepada '
     'regu penindak Polsek Baturetno, Suharyanto menerangkan bahwa berburu di hutan lindung itu terlarang.',
     ['Polres Wonogiri', 'Polsek Baturetno']),
    # Service that members give to Polri ("pengabdian terbaik kepada institusi Polri") makes Polri no recipient.
    ('a decoration to a Kapolda, then service to Polri hoped for',
     None,
     'JAKARTA - Kapolda Jambi menerima penghargaan Bintang Bhayangkara Pratama dari Presiden Republik Indonesia '
     'bersama 20 perwira tinggi lain, Senin (1/7/2024). Dalam penganugerahan itu Kapolri juga meminta para penerima '
     'bintang terus memberikan kontribusi nyata kepada institusi Polri dan rakyat.',
     ['Polda Jambi']),
    # Polri's central bodies however written: the corps's long name, a body named with "Mabes" before "Polri".
    ('the Brimob corps by its long name, placed third in a contest',
     'Polda Metro Juara Umum Kejuaraan Karate Piala Kapolri',
     'JAKARTA - Polda Metro Jaya tampil sebagai juara umum Kejuaraan Karate Piala Kapolri 2024 di Jakarta, Minggu '
     '(8/9/2024). Posisi kedua ditempati Polda Jawa Barat, sedangkan posisi ketiga ditempati Korps Brigade Mobil '
     'Polri.',
     ['Polda Metro Jaya', 'Polda Jawa Barat', 'Korbrimob Polri']),
    ('a central body written with Mabes before Polri',
     None,
     'JAKARTA - Basarnas menyerahkan piagam penghargaan kepada Baharkam Mabes Polri atas bantuan helikopter dalam '
     'pencarian kapal tenggelam di Selat Sunda, Rabu (3/7/2024).',
     ['Baharkam Polri']),
    # A chief honoured, the officer who stands in for him named between him and the verb: the chief's unit receives,
    # not the stand-in's.
    ('a Kapolda, yang diwakili his director, menerima',
     None,
     'PEKANBARU - Kapolda Riau, yang diwakili Dirlantas Polda Riau Kombes Pol. Taufiq Lukman N., menerima '
     'penghargaan keselamatan jalan dari Jasa Raharja di Pekanbaru, Selasa (12/11/2024).',
     ['Polda Riau']),
    ('a Kapolda named with rank and name, yang diwakili his Kabid Humas, menerima',
     None,
     'BANDUNG - Kapolda Jawa Barat Irjen Akhmad Wiyagus, yang diwakili Kabid Humas Polda Jabar Kombes Jules Abraham '
     'Abast, menerima penghargaan keterbukaan informasi dari Komisi Informasi Jawa Barat, Senin (9/12/2024).',
     ['Polda Jawa Barat']),
]  # fmt: skip


# -- which kind of award ----------------------------------------------------------------------------------------------
# A national agency outside the ministries (the financial intelligence centre, PPATK, by its initials or written out)
# awards as a ministry does.
SHARED_KINDS = [
    # construction, headline, story, the award's kind
    ('the financial intelligence centre written out, its initials in brackets',
     None,
     'SEMARANG - Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) memberikan penghargaan kepada Polda Jawa '
     'Tengah atas pengungkapan pencucian uang hasil judi daring, Kamis (12/12/2024).',
     'ministry'),
    ('the financial intelligence centre by its initials alone',
     None,
     'MEDAN - PPATK menganugerahkan piagam penghargaan kepada Ditreskrimsus Polda Sumut atas penelusuran aset '
     'bandar narkoba, Selasa (3/9/2024).',
     'ministry'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, kind", SHARED_KINDS, ids=[row[0] for row in SHARED_KINDS])
def test_shared_kind_constructions(construction, title, text, kind):
    assert [a["category"] for a in extract_awards(title, text)] == [kind]


@pytest.mark.parametrize("construction, title, text, units", SHARED_UNITS, ids=[row[0] for row in SHARED_UNITS])
def test_shared_unit_constructions(construction, title, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(title, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}
