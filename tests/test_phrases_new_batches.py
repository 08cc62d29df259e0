"""Phrase tables of constructions met in the twenty-second and twenty-third batches: written apart from the stories."""

import pytest
from phrase_checks import awards_of_passage

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
