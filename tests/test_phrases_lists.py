"""Phrase tables of lists: awards of short passages, rankings, lists of awards and of the people listed."""

import pytest
from phrase_checks import award_for, awards_of_passage, check_fields

from pipelines.award_contest_year import CONTEST_EDITION
from pipelines.award_lists import numbered_lists_joined
from pipelines.award_years import years_of
from pipelines.categories import category_names
from pipelines.classify_sentences import sentence_role
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name

# -- awards of short passages ------------------------------------------------------------------------

AWARDS = [
    ("places won by teams named after sub-units", "Kapolres Sragen menyerahkan trofi turnamen voli Kapolres Cup. "
     "Juara II diraih tim Satuan Lalu Lintas, dan juara III regu Satreskrim Polres Sragen.",
     [["Satlantas Polres Sragen"], ["Satreskrim Polres Sragen"]]),
    ("places won by football clubs of units, written PS.", "Kapolda Jambi menyerahkan trofi turnamen sepak bola "
     "Piala Kapolda. Juara I diraih PS. Ditsamapta Polda Jambi, dan juara II PS. Polres Tebo.",
     [["Ditsamapta Polda Jambi"], ["Polres Tebo"]]),
    ("a place won by a team of no unit goes to nobody, not the unit named before", "Kapolda Bengkulu menyerahkan "
     "piala turnamen bola voli: juara 1 diraih Polres Kaur, juara 2 diraih tim Bhayangkari Selection, dan juara 3 "
     "Polres Seluma.", [["Polres Kaur"], ["Polres Seluma"]]),
    ("places won by contingents of resorts", "Polda Riau menyerahkan piala kejuaraan menembak Piala Kapolda: juara 1 "
     "diraih kontingen Polres Kampar, juara 2 kontingen Polres Siak.", [["Polres Kampar"], ["Polres Siak"]]),
    ("placings in one sentence",
     "Polda Jateng menyerahkan penghargaan lomba kampung tangguh: juara 1 diraih Polres Kendal, juara 2 Polres Demak, "
     "dan juara 3 Polres Grobogan.",
     [["Polres Kendal"], ["Polres Demak"], ["Polres Grobogan"]]),
    ("placings, the last as urutan", "Kapolri memberikan penghargaan Polda Terbaik: Polda Jawa Timur juara 1, Polda "
     "Jawa Tengah juara 2, sedangkan Polda Jambi menempati urutan ketiga.",
     [["Polda Jawa Timur"], ["Polda Jawa Tengah"], ["Polda Jambi"]]),
    ("recipients named in the next sentence",
     "Kapolresta Sleman memberikan penghargaan kepada tiga kapolsek. Para penerima adalah Kapolsek Depok Barat, "
     "Mlati dan Kapolsek Gamping.",
     [["Polsek Depok Barat", "Polsek Mlati", "Polsek Gamping"]]),
    ("the same award to more units",
     "Polres Bantul menerima penghargaan Pelayanan Prima dari KemenPAN-RB. Penghargaan yang sama juga diberikan "
     "kepada Polres Kulon Progo dan Polres Gunungkidul.",
     [["Polres Bantul", "Polres Kulon Progo", "Polres Gunungkidul"]]),
    ("an officer accepts for the unit",
     "Polres Klaten meraih penghargaan dari Kementerian PPPA. Penghargaan diterima Kasat Reskrim Polres Klaten AKP Budi.",
     [["Polres Klaten"]]),
    ("a headquarters where the award is handed over is no recipient",
     "Polres Blora meraih penghargaan dari Kapolda Jateng yang diserahkan di halaman Mapolda Jateng.",
     [["Polres Blora"]]),
    ("a Polres headquarters as the venue is no recipient",
     "Bupati Rembang memberikan penghargaan kepada Polsek Lasem di Mapolres Rembang.", [["Polsek Lasem"]]),
    ("background award is no recipient",
     "Polres Boyolali meraih predikat WBK. Sebelumnya Polres Sragen juga pernah meraih predikat WBK.",
     [["Polres Boyolali"]]),
    ("an earlier award in a sentence of its own is no award",
     "Polres Bantul menerima penghargaan dari Kapolda DIY. Sebelumnya, Polres Bantul juga pernah meraih penghargaan "
     "dari Bupati Bantul.", [["Polres Bantul"]]),
    ("recipients after Ketiganya adalah",
     "Tiga polres di jajaran Polda Kalbar meraih predikat WBK. Ketiganya adalah Polres Sanggau, Polres Ketapang dan "
     "Polres Sintang.", [["Polres Sanggau", "Polres Ketapang", "Polres Sintang"]]),
    ("praise for units unnamed adds no award",
     "Polres Pekalongan meraih predikat kepatuhan dari Ombudsman RI. Kapolda Jateng mengapresiasi seluruh polres yang "
     "meraih zona hijau.", [["Polres Pekalongan"]]),
    ("the giver's unit after dari is no recipient",
     "Polres Kediri meraih dua penghargaan: juara 2 ungkap kasus narkoba, serta juara 3 ungkap okerbaya. Kedua "
     "penghargaan dari Direktur Reserse Narkoba Polda Jatim itu diterima langsung oleh Kasat Resnarkoba Polres Kediri.",
     [["Polres Kediri"], ["Polres Kediri"]]),
    ("those who accompany are no recipients",
     "Polda Bali meraih penghargaan dari Komisi Informasi. Penghargaan diterima Wakapolda Bali Brigjen Pol. Anom, "
     "didampingi Kabid Humas Polda Bali dan jajaran Satbrimob Polda Bali.", [["Polda Bali"]]),
    ("the venue is no recipient",
     "Polda Bali menerima penghargaan dari Kapolri di Gedung Rupatama Mabes Polri.",
     [["Polda Bali"]]),
    ("a sub-unit and its parent: the sub-unit receives",
     "Satlantas Polres Kudus meraih rekor MURI. Kapolres Kudus mengapresiasi jajarannya.",
     [["Satlantas Polres Kudus"]]),
    ("the organiser of the awards is no recipient",
     "Satlantas Polres Kendal meraih IRSMS Award 2023 yang diselenggarakan Korlantas Polri.",
     [["Satlantas Polres Kendal"]]),
    ("dari says where an officer serves",
     "Bripka Joko dari Polsek Ngemplak menerima penghargaan dari Kapolda DIY.", [["Polsek Ngemplak"]]),
    ("two statements joined by sedangkan are two awards",
     "Polres Boyolali meraih penghargaan sebagai Polres terbaik, sedangkan Polres Klaten meraih penghargaan inovasi "
     "pelayanan publik.", [["Polres Boyolali"], ["Polres Klaten"]]),
    ("the head of a sub-unit accepts for the Polda",
     "Polda Riau meraih predikat badan publik informatif dari Komisi Informasi. Penghargaan diserahkan kepada Kabid "
     "Humas Polda Riau Kombes Pol Anom.", [["Polda Riau"]]),
    ("recipients listed after di antaranya",
     "Kapolda Jatim memberikan penghargaan kepada 15 personel berprestasi. Di antaranya Kasat Reskrim Polres Gresik "
     "AKP Aldy dan Kanit Reskrim Polsek Kenjeran Iptu Budi.", [["Satreskrim Polres Gresik", "Polsek Kenjeran"]]),
    ("a chief honours his own people: his unit receives",
     "Kapolda Bali menyematkan Satyalancana Pengabdian kepada 512 personel dalam upacara di Mapolda.",
     [["Polda Bali"]]),
    ("personnel of a Polda receive for it",
     "Sebanyak 31 personel jajaran Kepolisian Daerah Sumatera Utara memperoleh penghargaan dari Presiden RI.",
     [["Polda Sumatera Utara"]]),
    ("a list of units after the award is one award",
     "Tiga polres meraih predikat WBK, yakni Lebak, Pandeglang, dan Serang.",
     [["Polres Lebak", "Polres Pandeglang", "Polres Serang"]]),
    ("the Polda that frames its units is no recipient",
     "Lima polres jajaran Polda DIY menerima predikat WBK, yaitu Polres Bantul dan Polres Sleman.",
     [["Polres Bantul", "Polresta Sleman"]]),
    ("the Kapolri honoured is Mabes Polri", "Kapolri Jenderal Listyo Sigit Prabowo menerima penghargaan dari Menteri "
     "Keuangan.", [["Mabes Polri"]]),
    ("the Wakapolri accepting for the Kapolri is Mabes Polri", "Wakapolri Komjen Dedi Prasetyo menerima penghargaan "
     "mewakili Kapolri.", [["Mabes Polri"]]),
    ("Korps Bhayangkara is Polri", "Korps Bhayangkara kembali meraih penghargaan dari Kementerian Keuangan.",
     [["Mabes Polri"]]),
    ("Polri as an institution is Mabes Polri",
     "Polri meraih penghargaan badan publik informatif dari Komisi Informasi Pusat.", [["Mabes Polri"]]),
    ("a Kapolda who receives: his Polda receives",
     "Kapolda NTB Irjen Pol. Djoko Poerwanto menerima penghargaan dari Kementerian PPPA di Semarang.",
     [["Polda Nusa Tenggara Barat"]]),
    ("a Kapolda named after adalah receives for his Polda",
     "KPK memberikan penghargaan penanganan korupsi. Kepolisian daerah yang meraih penghargaan serupa adalah Kapolda "
     "Maluku Utara.", [["Polda Maluku Utara"]]),
    ("a post an officer held before is no recipient",
     "Dua personel Polda NTB memperoleh piagam penghargaan dari PPWI. Keduanya adalah IPDA Eko, yang sebelumnya "
     "menjabat Kanit Pidum Satreskrim Polres Sumbawa Barat, serta IPDA Kamaruddin dari Direktorat Intelkam Polda NTB.",
     [["Polda Nusa Tenggara Barat"], ["Ditintelkam Polda Nusa Tenggara Barat"]]),
    ("a Kapolda who hands over is no recipient",
     "Kapolda NTB Irjen Pol. Djoko menyerahkan penghargaan yang diterima Polres Lombok Tengah.",
     [["Polres Lombok Tengah"]]),
    ("an award named after a Mabes body: the body gives",
     "Bidhumas Polda Maluku Utara diganjar penghargaan Divisi Humas Polri sebagai pengelola media terbaik.",
     [["Bidhumas Polda Maluku Utara"]]),
    ("an earlier award before kini is background",
     "Setelah sebelumnya Ditreskrimsus Polda Maluku Utara memperoleh penghargaan dari KPK, kini Bidhumas Polda "
     "Maluku Utara diganjar penghargaan dari Kapolri.", [["Bidhumas Polda Maluku Utara"]]),
    ("recipients after Kelima ... itu adalah, as chiefs in brackets",
     "Lima Kapolres memperoleh penghargaan dari Kapolri. Kelima Kapolres terbaik itu adalah Kombes M Iqbal "
     "(Kapolrestabes Surabaya), AKBP Jukiman (Kapolres Kapuas) dan AKBP Boro (Kapolres Gresik).",
     [["Polrestabes Surabaya"], ["Polres Kapuas"], ["Polres Gresik"]]),
    ("units of different Polda all receive",
     "Kompolnas menetapkan Polda Riau, Polresta Malang Kota dan Polsek Kuta sebagai penerima Kompolnas Awards 2024.",
     [["Polda Riau", "Polresta Malang Kota", "Polsek Kuta"]]),
    ("the officer standing in for the Kapolri adds no unit",
     "Polri meraih penghargaan dari Komisi Informasi. Penghargaan itu diterima untuk Kapolri, yang diwakili Kepala "
     "Divisi Humas Polri Irjen Pol. Budi.",
     [["Mabes Polri"]]),
    ("Polri written in full with its abbreviation in brackets",
     "Kepolisian Negara Republik Indonesia (Polri) dianugerahi predikat badan publik informatif.", [["Mabes Polri"]]),
    ("a ceremony on a day gone by is another award",
     "Kapolri memberikan penghargaan kepada Polres Gresik. Hal serupa dilakukan Kapolri saat memberikan penghargaan "
     "kepada anggota Polda Bali pada 3 Maret lalu.", [["Polres Gresik"]]),
    ("placings won through the Polda's units",
     "Polda Bengkulu meraih peringkat 1 melalui satker Yanma Polda Bengkulu dan peringkat 2 melalui Polres Kaur.",
     [["Yanma Polda Bengkulu"], ["Polres Kaur"]]),
    ("a story opening on a sub-unit achieving, then crediting its parent",
     "BLITAR – Satlantas Polres Blitar meraih prestasi dalam lomba tertib lalu lintas. Polres Blitar memborong dua "
     "penghargaan dari Polda Jatim.", [["Satlantas Polres Blitar"]]),
    ("police officers from a Polres honoured by the Kapolda",
     "Tiga polisi dari Polres Wonogiri, Aiptu Budi, Bripka Andi dan Briptu Eko, diganjar penghargaan oleh Kapolda "
     "Jateng.", [["Polres Wonogiri"]]),
    ("the honoured named by where they serve, after mereka berasal dari",
     "Kapolda Riau memberikan penghargaan kepada sejumlah personel. Mereka berasal dari Ditreskrimum, "
     "Ditresnarkoba dan Polresta Pekanbaru.",
     [["Ditreskrimum Polda Riau", "Ditresnarkoba Polda Riau", "Polresta Pekanbaru"]]),
    ("recipients after Satker tersebut adalah",
     "Sejumlah satker di lingkungan Polda Bali meraih predikat WBK. Satker tersebut adalah Polres Gianyar dan "
     "Ditlantas Polda Bali.", [["Polres Gianyar", "Ditlantas Polda Bali"]]),
    ("chiefs listed as recipients each in his own right",
     "Rekor MURI diserahkan di alun-alun. Dua perwira yang menerima rekor itu adalah Kapolres Blora AKBP Budi dan "
     "Kasat Lantas Polres Blora AKP Andi.", [["Polres Blora"], ["Satlantas Polres Blora"]]),
    ("organisers named by their posts after yaitu",
     "Polres Batang memecahkan rekor MURI. Piagamnya diberikan kepada panitia, yaitu Kapolres dan Kasat Lantas "
     "Polres Batang.", [["Polres Batang", "Satlantas Polres Batang"]]),
    ("an award addressed to sub-units sharing a parent",
     "MURI menyebut rekor itu ditujukan kepada Satreskrim dan Satlantas Polres Bogor.",
     [["Satreskrim Polres Bogor", "Satlantas Polres Bogor"]]),
    ("places after the one named, by disusul and diikuti",
     "Bawaslu memberikan penghargaan pengawasan pemilu. Peringkat kedua ditempati Polres Klaten dengan nilai 90, "
     "disusul Polres Boyolali dengan nilai 88 dan Polres Sragen.",
     [["Polres Klaten"], ["Polres Boyolali"], ["Polres Sragen"]]),
    ("the top position, then those that follow", "Polres Bantul berada di posisi teratas penilaian Ombudsman, "
     "diikuti oleh Polres Sleman.", [["Polres Bantul"], ["Polresta Sleman"]]),
    ("those who took part are not placed", "Polres Kudus meraih juara 1 lomba tertib lalu lintas yang diikuti "
     "Polres Pati dan Polres Demak.", [["Polres Kudus"]]),
    ("teams of like sub-units, winners named by their resorts",
     "Lomba diikuti Satlantas Polres Pati, Satlantas Polres Kudus dan Satlantas Polres Demak. Juara 1 diraih Polres "
     "Kudus, juara 2 Polres Demak.", [["Satlantas Polres Kudus"], ["Satlantas Polres Demak"]]),
    ("one sub-unit named for one resort placed is no team", "Polres Kudus meraih juara 1 lomba. Kasat Lantas Polres "
     "Kudus hadir.", [["Polres Kudus"]]),
    ("places listed after the count of their type", "Tiga polres meraih predikat WBK dari KemenPAN-RB. Ketiganya "
     "adalah Blora, Rembang dan Grobogan.", [["Polres Blora", "Polres Rembang", "Polres Grobogan"]]),
    ("a count of other things is no type", "Dua unit dan tiga polsek meraih piagam dari Kapolres Pati. Kedua unit itu "
     "adalah Unit Reskrim dan Unit Lantas, sedangkan ketiga polsek adalah Polsek Juwana, Polsek Tayu dan Polsek Wedarijaksa.",
     [["Polsek Juwana", "Polsek Tayu", "Polsek Wedarijaksa"]]),
    ("police from a Polsek, the sentence capitalised", "Polisi dari Polsek Juwana menerima penghargaan dari Bupati.",
     [["Polsek Juwana"]]),
    ("a chief written by his post alone leads the story's Polda",
     "Acara digelar di Mapolres Blora. Kapolda menerima penghargaan MURI, sementara Kapolres Blora AKBP Budi menjadi "
     "pelaksana.", [["Polda Jawa Tengah"]]),
    ("the chiefs of many resorts are no one resort", "Polres Pati meraih penghargaan. Para Kapolres menerima piagam "
     "dari Kapolda.", [["Polresta Pati"]]),
    ("who accepted, counted, then listed with their posts",
     "Kapolda Jawa Tengah memberikan penghargaan kepada anggota Polda Jawa Tengah. Penghargaan diterima tiga anggota, "
     "yakni Bripka Andi, Bhabinkamtibmas Polsek Juwana, dan Aipda Budi, Banit Lantas Polres Blora.",
     [["Polsek Juwana"], ["Satlantas Polres Blora"]]),  # "Lantas Polres Blora": the most specific unit named
    ("units sharing the award of a story, each placed apart",
     "Polres Blora dan Polres Rembang meraih penghargaan dari Kapolda. Dalam lomba itu, Polres Blora meraih juara kedua, "
     "sementara Polres Rembang meraih juara pertama.", [["Polres Blora"], ["Polres Rembang"]]),
    ("units counted in the award sentence, named in a list before",
     "Ombudsman menilai tiga polres di Jawa Tengah. Nilainya: Polres Kendal 98, Polres Demak 95 dan Polres Blora 91. "
     "Piagam kepatuhan tinggi diserahkan kepada tiga Kapolres penerima di Semarang.",
     [["Polres Kendal", "Polres Demak", "Polres Blora"]]),
    ("a spokesman who speaks of the award is no recipient",
     "Kapolda Bali memberikan penghargaan kepada Satreskrim Polresta Denpasar. Kabid Humas Polda Bali, Kombes Pol "
     "Made Sutrisna, menegaskan penghargaan itu adalah apresiasi atas kerja keras mereka.",
     [["Satreskrim Polresta Denpasar"]]),
    ("a speaker quoted after his words is no recipient",
     "Satlantas Polres Badung meraih penghargaan dari Bupati Badung. \"Ini untuk semua,\" ujar Kasi Humas Polresta "
     "Denpasar Iptu Ketut.", [["Satlantas Polres Badung"]]),
    ("chiefs listed after kepada all receive",
     "Penghargaan yang sama juga diberikan kepada Kapolda Jawa Barat, Kapolda Bali, dan Kepala Kejati Bali.",
     [["Polda Jawa Barat", "Polda Bali"]]),
    ("units of cases solved, told beside the award, are no recipients",
     "Tahun ini gemilang: selain pengungkapan 40 kg sabu oleh Polresta Pekanbaru, dan Polres Kampar kembali "
     "mengungkap 10 kg ganja, Ditlantas Polda Riau meraih predikat WBK dari KemenPAN-RB.",
     [["Ditlantas Polda Riau"]]),
    ("a unit the case was solved with is no recipient",
     "Polres Gowa menerima penghargaan dari Kapolda Sulsel atas pengungkapan kasus narkoba bersama Polsek Somba Opu.",
     [["Polres Gowa"]]),
    ("the unit that solved the case, given the award, receives",
     "Kapolres Tabalong memberikan penghargaan atas pengungkapan 3 kg sabu kepada personel Satresnarkoba Polres "
     "Tabalong.", [["Satresnarkoba Polres Tabalong"]]),
    ("units a winner beat are no recipients",
     "Polres Kendal meraih juara 1 lomba kampung tangguh dari Kapolda Jateng, mengungguli Polres Demak dan Polres "
     "Batang.", [["Polres Kendal"]]),
    ("another story's headline set in as an aside",
     "Polres Lebak meraih WBK dari KemenPAN-RB. Baca juga: Polres Serang Raih Penghargaan dari Bupati Serang. "
     "Kapolres Lebak bersyukur.", [["Polres Lebak"]]),
    ("a function of Polri named beside the story's Polres is no section of it",
     "Kapolres Jember AKBP Budi menerima penghargaan dari PWI. Peran Humas Polri dinilai penting.", [["Polres Jember"]]),
    ("a Polda named where the ceremony was held",
     "Polres Bima meraih penghargaan dari Gubernur NTB dalam upacara di Mapolda NTB, Senin (5/2).", [["Polres Bima"]]),
    ("a chief named by his post receives for his Polsek",
     "Kapolsek Ngaglik AKP Budi menerima piagam penghargaan dari Camat Ngaglik.", [["Polsek Ngaglik"]]),
    ("a Polsek written in full", "Kepolisian Sektor Ngemplak meraih penghargaan dari Bupati Sleman.",
     [["Polsek Ngemplak"]]),
    ("a sub-unit with its parent written in full",
     "Satuan Lalu Lintas Kepolisian Resor Bantul meraih penghargaan dari Bupati Bantul.", [["Satlantas Polres Bantul"]]),
    ("a speaker quoted before his post and a Mabes body is no recipient",
     "Polres Kudus menerima penghargaan dari Kapolri. \"Ini teladan,\" terang Kepala Biro Penmas Divisi Humas Polri "
     "Brigjen Pol Andi.", [["Polres Kudus"]]),
    ("a unit the case was solved with, in the passive", "Penghargaan diberikan Kapolda kepada Polres Dumai atas "
     "kasus yang diungkap bersama Polres Bengkalis.", [["Polres Dumai"]]),
    ("people named with their units, then the award to them",
     "Tiga polisi itu antara lain: Bripka Andi, Bhabinkamtibmas Polsek Mlati, Polresta Sleman-DIY; Brigadir Candra, "
     "Bhabinkamtibmas Polres Sanggau-Kalbar; dan Brigadir Budi, Bhabinkamtibmas Polres Buton-Sultra. Penghargaan "
     "diberikan kepada anggota Bhabinkamtibmas itu karena membuka taman baca.",
     [["Polsek Mlati", "Polres Sanggau", "Polres Buton"]]),
    ("a Polda after a count of its resorts frames them",
     "Nilai Polres Kendal 98 dan Polres Demak 95. Ombudsman serahkan piagam kepatuhan kepada 2 Polres Polda Jateng.",
     [["Polres Kendal", "Polres Demak"]]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, recipients", AWARDS, ids=[row[0] for row in AWARDS])
def test_award_recipients(construction, text, recipients):
    assert [a["recipients"] for a in extract_awards(None, text)] == recipients


def test_a_placing_told_of_a_unit_and_of_its_own_sub_unit_is_the_sub_units():
    text = (
        "Subdit Tipikor Ditreskrimsus Polda Jambi meraih peringkat pertama dari KPK. Menurut penilaian KPK, Polda "
        "Jambi menempati peringkat pertama kategori tingkat polda, disusul Polda Riau di peringkat kedua."
    )
    units = {u for a in extract_awards(None, text) for u in a["recipients"]}
    assert units == {"Subdit Tipikor Ditreskrimsus Polda Jambi", "Polda Riau"}


def test_officials_of_a_polda_and_the_award_of_another_level():
    text = (
        "Kapolda Jambi memberikan penghargaan kepada sejumlah pihak. Beberapa pejabat utama Polda Jambi juga menerima "
        "penghargaan, yakni Direktur Reserse Kriminal Umum Kombes Pol Agus Salim atas pengungkapan kasus perampokan. "
        "Untuk tingkat Polres, penghargaan diberikan kepada Kapolres Bungo AKBP Rudi Santoso."
    )
    awards = [(a["recipients"], a["officer"]) for a in extract_awards(None, text)]
    assert awards == [(["Ditreskrimum Polda Jambi"], "Agus Salim"), (["Polres Bungo"], "Rudi Santoso")]


# Officials whose posts are listed after yakni receive in their own right: their sub-units are recipients.
OFFICIALS_LISTED = [
    ("a director's post spelt out, after pejabat ... yakni",
     "Kapolda Bali memberikan penghargaan kepada jajarannya. Sejumlah pejabat Polda Bali ikut menerima penghargaan, "
     "yakni Direktur Reserse Kriminal Umum Kombes Pol Made Sukra atas pengungkapan kasus pencurian.",
     "Ditreskrimum Polda Bali"),
    ("a director's short post, after personel ... antara lain",
     "Polda Bali menerima penghargaan dari Gubernur Bali. Beberapa personel juga menerima penghargaan, antara lain "
     "Dirlantas Polda Bali Kombes Pol Made Sukra.",
     "Ditlantas Polda Bali"),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, unit", OFFICIALS_LISTED, ids=[row[0] for row in OFFICIALS_LISTED])
def test_officials_listed_receive_for_their_sub_units(construction, text, unit):
    assert unit in {u for a in extract_awards(None, text) for u in a["recipients"]}


AWARD_LISTS = [
    ("a placing said with what it was won for sits in the story's contest",
     "Pada ajang Jateng Awards 2023, Polres Demak meraih peringkat kedua, sedangkan Polres Kudus menjadi juara "
     "pertama atas pelayanan dan inovasi lalu lintas.",
     ["peringkat kedua Jateng Awards 2023", "juara pertama Jateng Awards 2023 atas pelayanan"]),
    ("one placing won in two fields",
     "Polda DIY menjadi juara umum tingkat polda, sedangkan Polres Bantul juara I pelayanan SIM keliling serta inovasi "
     "layanan daring.",
     ["juara umum tingkat polda", "juara I pelayanan SIM keliling", "juara I inovasi layanan daring"]),
    ("a list with more awards than placings",
     "Satlantas Polres Bantul meraih tiga penghargaan sekaligus dari Polda DIY: juara 1 lomba kampung tertib, juara 2 "
     "pelaporan data kecelakaan, dan penghargaan kategori inovasi terbaik.",
     ["juara 1 lomba kampung tertib", "juara 2 pelaporan data kecelakaan", "penghargaan kategori inovasi terbaik"]),
    ("a list of officers who received is no list of awards",
     "Kapolda Bali memberikan penghargaan kepada sejumlah pihak. Beberapa pejabat Polda Bali turut menerima "
     "penghargaan, yakni Direktur Reserse Narkoba Kombes Pol Made Arta atas pengungkapan jaringan sabu.",
     ["penghargaan Kapolda Bali atas pengungkapan jaringan sabu"]),
    ("what the giving is, after adalah, is no list of awards",
     "Kapolri memberikan penghargaan kepada empat anggota Polres Bone. Pemberian penghargaan bagi anggota berprestasi "
     "adalah bentuk terima kasih pimpinan, karena mereka bekerja melampaui tugas.",
     ["penghargaan Kapolri bagi anggota berprestasi"]),
    ("a list of awards still to come is none of the story's",
     "Polres Bantul meraih predikat WBK dari KemenPAN-RB. Personel yang berjasa akan mendapat penghargaan berupa "
     "insentif, yaitu tambahan tunjangan atau sekolah lanjutan.",
     ["predikat WBK"]),
    ("list after a colon, split at semicolons",
     "Satlantas Polres Bantul meraih tiga penghargaan dari Polda DIY. Ketiga penghargaan itu adalah: juara 1 "
     "pelayanan SIM; juara 2 inovasi digital; dan juara 3 tertib lalu lintas.",
     ["juara 1 pelayanan SIM", "juara 2 inovasi digital", "juara 3 tertib lalu lintas"]),
    ("counted awards split where an award word opens an item",
     "Polres Klaten meraih dua penghargaan: juara 1 ungkap kasus curanmor, dengan 40 kasus terungkap, serta "
     "juara 2 ungkap kasus narkoba.",
     ["juara 1 ungkap kasus curanmor", "juara 2 ungkap kasus narkoba"]),
    ("grades of one kind, each with its units",
     "Satuan kerja Polda DIY meraih predikat Zona Integritas: WBK untuk Polres Bantul dan Polres Kulon Progo, serta "
     "WBBM untuk Polresta Yogyakarta.",
     ["predikat Zona Integritas WBK", "predikat Zona Integritas WBBM"]),
    ("placings of a clause's subject",
     "Polda Bali menjadi juara umum tingkat polda dan Polres Gianyar juara umum tingkat polres.",
     ["juara umum tingkat polda", "juara umum tingkat polres"]),
    ("awards a Polda wins, one by one",
     "Polda Bali meraih tiga penghargaan dari Kapolri, yakni Polda terbaik dalam pengamanan mudik, juara 2 lomba "
     "video, dan penghargaan pengelolaan anggaran terbaik.",
     ["Polda terbaik dalam pengamanan mudik", "juara 2 lomba video", "penghargaan pengelolaan anggaran terbaik"]),
    ("awards counted one by one in sentences of their own",
     "Polres Sleman memperoleh dua penghargaan dari MURI. Penghargaan pertama adalah rekor pelayanan SIM keliling "
     "terlama. Rekor kedua diberikan untuk patroli sepeda terpanjang.",
     ["rekor pelayanan SIM keliling terlama", "Rekor kedua untuk patroli sepeda terpanjang"]),
    ("kinds explained are no awards won",
     "Polres Pati meraih rekor MURI sosialisasi lalu lintas terbanyak. Menurut panitia, ada empat kategori rekor, yaitu "
     "pembuat rekor pertama, penemuan, unik dan langka.",
     ["rekor MURI sosialisasi lalu lintas terbanyak"]),
    ("a list of units is no list of awards",
     "Empat polres menerima predikat WBK, yaitu Polres Bantul, Polres Sleman dan Polres Klaten.",
     ["predikat WBK"]),
    ("another unit's award of a name of its own, in a sentence of its own",
     "Kapolda Papua Barat menyerahkan penghargaan kepada Polres Sorong sebagai juara 1 lomba kampung tertib lalu "
     "lintas. Sementara itu, Ditsamapta Polda Papua Barat meraih predikat satuan pelayanan publik terbaik.",
     ["penghargaan sebagai juara 1 lomba kampung tertib lalu lintas", "predikat satuan pelayanan publik terbaik"]),
    ("a nameless award of units named one by one after it is their summary",
     "Sejumlah satuan kerja Polda Papua Barat menerima penghargaan dari Kanwil DJPb. Polres Sorong meraih "
     "penghargaan IKPA terbaik kategori pagu kecil. Sementara itu, Ditsamapta Polda Papua Barat meraih predikat "
     "pengelola belanja digital terbaik.",
     ["penghargaan IKPA terbaik kategori pagu kecil", "predikat pengelola belanja digital terbaik"]),
    ("placings of a contest the story named before",
     "Polda Bali menggelar Lomba Tertib Pos Lantas. Pemenang lomba itu adalah juara 1 Polres Gianyar, juara 2 Polres "
     "Badung dan juara harapan 1 Polres Tabanan.",
     ["juara 1 Lomba Tertib Pos Lantas", "juara 2 Lomba Tertib Pos Lantas", "juara harapan 1 Lomba Tertib Pos Lantas"]),
    ("placings that name only their category rank in the story's award",
     "Polres Bone meraih penghargaan dari Kejaksaan Agung atas penanganan perkara narkotika. Polda Sulsel menempati "
     "peringkat pertama kategori tingkat polda. Peringkat kedua ditempati Polda Bali, disusul Polda Riau. Pada "
     "kategori tingkat polres, Polres Gowa berada di posisi teratas, diikuti Polres Maros.",
     ["penghargaan Kejaksaan Agung atas penanganan perkara narkotika, Peringkat kedua kategori tingkat polda",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, Peringkat 3 kategori tingkat polda",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, posisi teratas kategori tingkat polres",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, posisi 2 kategori tingkat polres",
      # the first place, in a sentence of its own, is the ranking's first place too
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika, peringkat pertama kategori tingkat polda",
      "penghargaan Kejaksaan Agung atas penanganan perkara narkotika"]),
    ("one award named after yaitu, its givers in between",
     "Polres Bone mendapat penghargaan dari Kementerian Keuangan Republik Indonesia, dari Kantor Wilayah Direktorat "
     "Jenderal Perbendaharaan Provinsi Sulawesi Selatan, yaitu satker dengan "
     "realisasi belanja terbaik tingkat provinsi.",
     ["satker dengan realisasi belanja terbaik tingkat provinsi"]),
    ("what a category means, after yakni, is no award",
     "Polres Bone meraih penghargaan pengelolaan anggaran terbaik dari Kemenkeu. Polres Bone masuk kategori Pagu "
     "Sedang, yakni pagu antara Rp10 miliar dan Rp75 miliar.",
     ["penghargaan pengelolaan anggaran terbaik"]),
    ("what the award is for, said of it just before the sentence that hands it over",
     "Polres Bone menggelar lomba perahu hias. Polda Sulsel juga meraih rekor MURI. Rekor itu diberikan untuk "
     "kategori lomba perahu hias dengan peserta terbanyak. Piagam MURI diserahkan kepada Polres Bone.",
     ["rekor MURI", "Piagam MURI untuk kategori lomba perahu hias dengan peserta terbanyak"]),
    ("a class of winners standing alone is one the story's awards night crowned",
     "Wakapolda Bali menerima penghargaan Bali Awards 2024 mewakili Kapolda Bali. Polres Badung dan Polres Gianyar "
     "juga mencatat prestasi serupa, yakni masuk dalam lima besar Polres terbaik tipe A.",
     ["penghargaan Bali Awards 2024", "Bali Awards 2024 lima besar Polres terbaik tipe A"]),
    ("placings won through a unit, in a named assessment",
     "Polda Bali meraih peringkat 1 melalui satker Biro Logistik dan peringkat 2 melalui Polres Badung dalam "
     "ajang IKPA 2024.",
     ["peringkat 1 IKPA 2024", "peringkat 2 IKPA 2024"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, titles", AWARD_LISTS, ids=[row[0] for row in AWARD_LISTS])
def test_award_lists(construction, text, titles):
    assert [a["title"] for a in extract_awards(None, text)] == titles


# -- rankings and lists: one award per ranked unit with its place, one award per category or grade -------------

OMBUDSMAN = "Ombudsman RI Perwakilan Banten menyerahkan predikat zona hijau kepada polres jajaran Polda Banten. "
RANKINGS = [
    # construction, text, (recipients, placement) of each award, in any order
    ("a ranking told a sentence at a time",
     OMBUDSMAN + "Di urutan pertama adalah Polres Cilegon dengan nilai 95,76. Posisi kedua ditempati Polres Serang "
     "Kabupaten dengan nilai 87,55. Polres Kota Tangerang menduduki posisi ketiga dengan nilai 82,34.",
     [(["Polres Cilegon"], 1), (["Polres Serang"], 2), (["Polres Metro Tangerang Kota"], 3)]),
    ("a ranking by bare ordinals opening its sentences",
     OMBUDSMAN + "Pertama, Polres Lebak dengan nilai 99,1. Kedua, Polres Pandeglang dengan nilai 98,7. Ketiga, "
     "Polres Serang dengan nilai 98,0.",
     [(["Polres Lebak"], 1), (["Polres Pandeglang"], 2), (["Polres Serang"], 3)]),
    ("bare ordinals inside one sentence, up to the tenth",
     OMBUDSMAN + "Urutannya yakni pertama Polres Lebak, kedua Polres Pandeglang, ketiga Polres Serang, keempat "
     "Polres Cilegon, kelima Polresta Tangerang, keenam Polres Tangerang Selatan, ketujuh Polres Metro Tangerang "
     "Kota, kedelapan Polres Kepulauan Seribu, kesembilan Polres Metro Bekasi dan kesepuluh Polres Metro Depok.",
     [(["Polres Lebak"], 1), (["Polres Pandeglang"], 2), (["Polres Serang"], 3), (["Polres Cilegon"], 4),
      (["Polresta Tangerang"], 5), (["Polres Tangerang Selatan"], 6), (["Polres Metro Tangerang Kota"], 7),
      (["Polres Kepulauan Seribu"], 8), (["Polres Metro Bekasi"], 9), (["Polres Metro Depok"], 10)]),
    ("a place, then the units that follow it",
     OMBUDSMAN + "Peringkat 1 diraih Polres Lebak dengan nilai 98,2, disusul Polres Serang dengan nilai 97,3.",
     [(["Polres Lebak"], 1), (["Polres Serang"], 2)]),
    ("a ranking carried on in the next sentence",
     OMBUDSMAN + "Peringkat 1 diraih Polres Lebak dengan nilai 98,2, disusul Polres Serang dengan nilai 97,3. "
     "Peringkat ketiga ditempati Polres Pandeglang dengan nilai 95,1.",
     [(["Polres Lebak"], 1), (["Polres Serang"], 2), (["Polres Pandeglang"], 3)]),
    ("a numbered list under a ranking's head",
     OMBUDSMAN + "Adapun urutannya sebagai berikut:\n1. Polres Lebak\n2. Polres Serang\n3. Polres Pandeglang",
     [(["Polres Lebak"], 1), (["Polres Serang"], 2), (["Polres Pandeglang"], 3)]),
    ("the ranked units beside the same grade held without a place",
     "Empat polres di bawah Polda Banten meraih zona hijau dari Ombudsman Perwakilan Banten. Selain keempat polres "
     "itu, Polda Banten juga meraih zona yang sama. Di urutan pertama adalah Polres Cilegon. Posisi kedua ditempati "
     "Polres Serang.",
     [(["Polres Cilegon"], 1), (["Polres Serang"], 2), (["Polda Banten"], None)]),
    ("results split by category",
     "Ombudsman RI Perwakilan Jawa Timur menyerahkan predikat kepatuhan tinggi kepada polres jajaran Polda Jawa "
     "Timur. Untuk kategori A: Polres Pacitan, Polres Ngawi dan Polres Magetan, kategori B: Polres Madiun dan "
     "Polres Ponorogo.",
     [(["Polres Pacitan", "Polres Ngawi", "Polres Magetan"], None), (["Polres Madiun", "Polres Ponorogo"], None)]),
    ("the green zone beside the yellow and red ones",
     "Ombudsman RI Perwakilan Kalimantan Tengah menyerahkan predikat zona hijau kepatuhan pelayanan publik kepada "
     "Polres Kapuas, Polres Katingan dan Polres Seruyan. Sementara Polres Barito Utara dan Polres Lamandau "
     "mendapat predikat zona kuning, dan Polres Sukamara zona merah.",
     [(["Polres Kapuas", "Polres Katingan", "Polres Seruyan"], None)]),
    ("the green zone and the yellow one in one clause each",
     "Polres Kapuas dan Polres Katingan meraih predikat zona hijau dari Ombudsman RI, sedangkan Polres Barito "
     "Utara meraih zona kuning.",
     [(["Polres Kapuas", "Polres Katingan"], None)]),
    ("zona integritas decided for several units at once",
     "Kementerian PANRB menetapkan Polres Pacitan, Polres Ngawi dan Satlantas Polres Madiun sebagai Wilayah Bebas "
     "dari Korupsi (WBK), sedangkan Polres Magetan meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM).",
     [(["Polres Pacitan", "Polres Ngawi", "Satlantas Polres Madiun"], None), (["Polres Magetan"], None)]),
    ("each grade, then its units after a colon",
     "Kementerian PANRB menyerahkan penghargaan zona integritas kepada satker Polda Jawa Tengah. Predikat WBBM: "
     "Polres Pati dan Polresta Surakarta. Predikat WBK: Polres Kudus, Polres Rembang dan Polres Blora.",
     [(["Polresta Pati", "Polresta Surakarta"], None), (["Polres Kudus", "Polres Rembang", "Polres Blora"], None)]),
    ("a Polda listed as an item beside its own resorts",
     "Komnas Perlindungan Anak memberikan penghargaan kepada Polda Kalimantan Tengah, Polres Kotawaringin Timur dan "
     "Polres Pulang Pisau.",
     [(["Polda Kalimantan Tengah", "Polres Kotawaringin Timur", "Polres Pulang Pisau"], None)]),
    ("awards listed per unit across sentences",
     "Polres Kudus meraih penghargaan dari Bupati Kudus atas pengamanan Pemilu. Polres Pati menerima piagam "
     "penghargaan dari Kejaksaan Negeri Pati atas penanganan perkara korupsi. Polres Rembang memperoleh rekor MURI "
     "untuk vaksinasi terbanyak.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("each category given to its unit in one sentence",
     "Kapolda Jawa Tengah memberikan penghargaan kepada sejumlah satuan kerja. Penghargaan kategori pelayanan terbaik "
     "diberikan kepada Polres Kudus, kategori inovasi terbaik kepada Polres Pati, dan kategori penanganan kasus "
     "terbaik kepada Polres Rembang.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("each unit, what it won as",
     "Kapolda Jawa Tengah memberikan penghargaan kepada Polres Kudus sebagai polres terbaik tipe A, Polres Pati "
     "sebagai polres terbaik tipe B, dan Polres Rembang sebagai polres terbaik tipe C.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("units and their places, respectively",
     "Polres Kudus dan Polres Pati masing-masing meraih juara 1 dan juara 2 lomba kampung tangguh tingkat Polda "
     "Jawa Tengah.",
     [(["Polres Kudus"], 1), (["Polresta Pati"], 2)]),
    ("a list of awards unit by unit carried on without a verb",
     "Kapolda Jawa Tengah memberikan penghargaan kepada sejumlah satuan kerja. Polres Kudus meraih penghargaan "
     "kategori pelayanan terbaik. Kemudian Polres Pati meraih kategori inovasi terbaik. Selanjutnya Polres Rembang "
     "untuk kategori penanganan kasus terbaik.",
     [(["Polres Kudus"], None), (["Polresta Pati"], None), (["Polres Rembang"], None)]),
    ("the same award given to a unit's own units too",
     "Bupati Kudus memberikan penghargaan kepada Polres Kudus atas pengamanan Pemilu 2024. Penghargaan yang sama "
     "juga diberikan kepada Satlantas Polres Kudus dan Polsek Jati.",
     [(["Polres Kudus", "Satlantas Polres Kudus", "Polsek Jati"], None)]),
    ("a unit the same is only promised to",
     "Kapolda Sulawesi Tengah memberikan penghargaan kepada 75 anggota Polres Parigi Moutong. Setelah itu, Polda "
     "Sulteng juga akan melakukan hal yang sama kepada jajaran Polres Poso.",
     [(["Polres Parigi Moutong"], None)]),
    ("the lead read a sentence at a time for an award of people without units",
     "Polda DIY menggelar apel sekaligus penyerahan penghargaan kepada bhabin berprestasi. Penghargaan diberikan "
     "kepada tiga pilar Kamtibmas. Aiptu Parwanto dianugerahi piagam penghargaan sebagai Bhabinkamtibmas teraktif.",
     [(["Polda Daerah Istimewa Yogyakarta"], None)]),
    ("the units of each grade named after it is counted",
     "Sebanyak 12 satker Polda Jawa Tengah meraih predikat WBK dan dua satker meraih WBBM. Satker yang meraih WBBM "
     "yaitu Polres Kudus dan Polresta Surakarta. Adapun satker peraih WBK antara lain Polres Pati, Polres Rembang dan "
     "Polres Blora.",
     [(["Polres Kudus", "Polresta Surakarta"], None), (["Polresta Pati", "Polres Rembang", "Polres Blora"], None)]),
    ("units a line each after the award's sentence",
     "Ombudsman RI Perwakilan Banten memberikan predikat zona hijau kepada polres berikut:\nPolres Lebak (98,2)\n"
     "- Polres Pandeglang\nPolres Serang\nPenghargaan diserahkan di Serang.",
     [(["Polres Lebak", "Polres Pandeglang", "Polres Serang"], None)]),
    ("units with their scores in brackets, put in the green zone",
     "Ombudsman RI memberikan penghargaan kepatuhan kepada polres di Jawa Tengah. Polres Sukoharjo (nilai 97,2), "
     "Polres Wonogiri (96,4) dan Polres Karanganyar (95,8) masuk zona hijau.",
     [(["Polres Sukoharjo", "Polres Wonogiri", "Polres Karanganyar"], None)]),
    ("the best units named after they are praised ('Adapun polres terbaik yakni')",
     "Kapolda Jawa Timur memberikan penghargaan kepada polres dengan kinerja terbaik. Adapun polres terbaik yakni Polres "
     "Tuban, Polres Lamongan dan Polres Bojonegoro.",
     [(["Polres Tuban", "Polres Lamongan", "Polres Bojonegoro"], None)]),
    ("the praised units counted, then who they are", "Kapolda Jawa Timur memberikan penghargaan kepada polres dengan "
     "kinerja terbaik. Tiga satker berprestasi tersebut ialah Polres Tuban, Polres Lamongan dan Polres Bojonegoro.",
     [(["Polres Tuban", "Polres Lamongan", "Polres Bojonegoro"], None)]),
    ("an awards night's categories, each a colon and its winner",
     "Polda Bali menggelar malam penganugerahan satuan kerja terbaik di Denpasar. Kategori pelayanan SIM terbaik: "
     "Polres Gianyar. Kategori pelayanan SKCK terbaik: Polres Tabanan.",
     [(["Polres Gianyar"], None), (["Polres Tabanan"], None)]),
    ("a category carried on by the unit and 'untuk kategori', no verb",
     "Polda Bali menggelar malam penganugerahan satuan kerja terbaik di Denpasar. Polres Gianyar meraih kategori "
     "pelayanan SIM terbaik. Polres Tabanan untuk kategori pelayanan SKCK terbaik.",
     [(["Polres Gianyar"], None), (["Polres Tabanan"], None)]),
    ("a category carried on by the category and 'untuk' its unit, no verb",
     "Polda Bali menggelar malam penganugerahan satuan kerja terbaik di Denpasar. Polres Gianyar meraih kategori "
     "pelayanan SIM terbaik. Kategori pelayanan SKCK terbaik untuk Polres Tabanan.",
     [(["Polres Gianyar"], None), (["Polres Tabanan"], None)]),
    ("the same deed said of more units, the deed as the subject ('Hal serupa diraih')",
     "Polres Blitar meraih penghargaan kepatuhan dari Ombudsman. Hal serupa diraih Polres Tulungagung.",
     [(["Polres Blitar", "Polres Tulungagung"], None)]),
    ("the same achievement carried by more units in the passive",
     "Polres Blitar meraih predikat WBK dari KemenPAN-RB. Prestasi yang sama juga ditorehkan Polres Tulungagung dan "
     "Polres Trenggalek.",
     [(["Polres Blitar", "Polres Tulungagung", "Polres Trenggalek"], None)]),
    ("an assessment that places units in the green zone",
     "Ombudsman RI Perwakilan Jawa Timur mengumumkan hasil penilaian kepatuhan. Hasil penilaian menempatkan Polres "
     "Ngawi dan Polres Magetan dalam zona hijau.",
     [(["Polres Ngawi", "Polres Magetan"], None)]),
    ("the units of a grade, then who they are ('Adapun polres dengan predikat zona hijau yakni')",
     "Ombudsman RI memberikan penghargaan kepatuhan kepada sejumlah polres di Jawa Timur. Adapun polres dengan predikat "
     "zona hijau yakni Polres Ngawi, Polres Magetan dan Polres Pacitan.",
     [(["Polres Ngawi", "Polres Magetan", "Polres Pacitan"], None)]),
    ("the handing over of a grade, to whom",
     "KemenPAN-RB mengumumkan unit kerja berpredikat zona integritas. Penyerahan predikat WBK kepada Polres "
     "Purbalingga dilakukan oleh Menteri PANRB di Jakarta.",
     [(["Polres Purbalingga"], None)]),
    ("a list of units carried on in sentences of only units",
     "Kementerian PANRB memberikan predikat pelayanan prima kepada unit layanan polres. Unit layanan yang meraih "
     "predikat itu adalah Polres Kudus dan Polres Rembang. Kemudian Polres Blora, Polres Grobogan, dan Polres Demak. "
     "Selanjutnya Polres Jepara serta Polres Batang.",
     [(["Polres Kudus", "Polres Rembang", "Polres Blora", "Polres Grobogan", "Polres Demak", "Polres Jepara",
        "Polres Batang"], None)]),
    ("a sentence opened like a list's but with its own verb carries no list on",
     "Ombudsman memberikan predikat kepatuhan tinggi kepada Polres Kudus dan Polres Rembang. Kemudian Polres Blora "
     "dan Polres Demak menggelar apel bersama.",
     [(["Polres Kudus", "Polres Rembang"], None)]),
    ("the units of officers told after the award",
     "Presiden memberikan penghargaan Bintang Bhayangkara Nararya kepada tiga polisi, di antaranya Kombes A. Saat "
     "ini ia bertugas sebagai Komandan Satuan (Dansat) Brimob Polda Sulawesi Tengah. Kedua, AKP B yang kini "
     "bertugas sebagai Pamin Slog Polri, dan ketiga, Aiptu C yang menjabat sebagai Paur Polres Jayapura Polda Papua.",
     [(["Satbrimob Polda Sulawesi Tengah", "Slog Polri", "Polres Jayapura"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, awards", RANKINGS, ids=[row[0] for row in RANKINGS])
def test_rankings_and_lists(construction, text, awards):
    got = [(a["recipients"], a["placement"]) for a in extract_awards(None, text)]
    assert sorted(got, key=str) == sorted(awards, key=str)


def test_a_ranked_unit_s_award_names_the_story_s_award_and_its_place():
    text = OMBUDSMAN + "Posisi kedua ditempati Polres Serang. Polres Lebak menduduki posisi ketiga."
    titles = [a["title"] for a in extract_awards(None, text)]
    assert titles == ["predikat zona hijau, Posisi kedua", "predikat zona hijau, posisi ketiga"]


def test_headline_unit_whose_chief_gives_is_no_recipient():
    awards = extract_awards(
        "Kapolres Bantul Berikan Penghargaan kepada Personel Berprestasi",
        "Penghargaan diserahkan kepada anggota Polsek Sewon yang menangkap pelaku begal.",
    )
    assert [a["recipients"] for a in awards] == [["Polsek Sewon"]]
    assert awards[0]["giver"] == "Kapolres Bantul"


def test_publication_lists_every_kind_of_award():
    """The Datasette column description names exactly the registry's kinds, in its order."""
    import re

    import yaml
    from conftest import ROOT

    metadata = yaml.safe_load((ROOT / "data" / "metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"]["archive"]["tables"]["awards"]["columns"]["category"]
    assert re.findall(r"\b[a-z_]+(?=,|$)", described.split(":", 1)[1]) == category_names()


# Awards conferred on officers one by one: one award per officer listed, his unit its recipient. Members of one
# unit honoured alike for one deed share one award, and none of them is singled out as its officer.
PEOPLE_LISTED = [
    ("keduanya adalah, each post after a comma",
     "Dua anggota Polres Bima menerima penghargaan dari Kapolda NTB. Keduanya adalah Bripka Andi Saputra, anggota "
     "Satsamapta Polres Bima, serta Brigpol Dedi Kurnia, Kanit Reskrim Polsek Woha.",
     [(["Satsamapta Polres Bima"], "Andi Saputra"), (["Polsek Woha"], "Dedi Kurnia")]),
    ("yaitu, post and spelled-out rank before each name",
     "Kapolda Jatim memberikan penghargaan kepada tiga Kasat terbaik, yaitu Kasat Lantas Polres Kediri Ajun "
     "Komisaris Polisi Budi Hartono, Kasat Reskrim Polres Blitar AKP Rudi Hermawan, dan Kasat Narkoba Polres Madiun "
     "Iptu Sigit Wibowo.",
     [(["Satlantas Polres Kediri"], "Budi Hartono"), (["Satreskrim Polres Blitar"], "Rudi Hermawan"),
      (["Satresnarkoba Polres Madiun"], "Sigit Wibowo")]),
    ("posts in brackets after the names",
     "Dua Kapolsek meraih penghargaan dari Kapolres Bogor. Kedua Kapolsek itu adalah Kompol Agus Salim (Kapolsek "
     "Cibinong) dan AKP Joko Susilo (Kapolsek Citeureup).",
     [(["Polsek Cibinong"], "Agus Salim"), (["Polsek Citeureup"], "Joko Susilo")]),
    ("an initial in the list, the full name given before",
     "Kapolres Sleman AKBP Muhammad Rizal menerima penghargaan dari Kapolda DIY. Kedua Kapolres terbaik itu adalah "
     "AKBP M Rizal (Kapolres Sleman) dan AKBP Yuli Hartanto (Kapolres Bantul).",
     [(["Polresta Sleman"], "Muhammad Rizal"), (["Polres Bantul"], "Yuli Hartanto")]),
    ("one the list names no unit for serves where the lead says",
     "Dua personel Polres Pati meraih piagam penghargaan dari Bupati Pati. Mereka adalah Aipda Slamet Riyadi, yang "
     "menolong korban banjir, dan Bripka Tono Wijaya dari Satlantas Polres Pati.",
     [(["Polresta Pati"], "Slamet Riyadi"), (["Satlantas Polresta Pati"], "Tono Wijaya")]),
    ("names first, then masing-masing and their posts in the same order",
     "Kapolres Bogor memberikan penghargaan kepada Aiptu Agus Salim dan Bripka Joko Susilo, masing-masing anggota "
     "Satlantas Polres Bogor dan Bhabinkamtibmas Polsek Cibinong.",
     [(["Satlantas Polres Bogor"], "Agus Salim"), (["Polsek Cibinong"], "Joko Susilo")]),
    ("masing-masing posts, then what the award is for",
     "Bupati Sleman menyerahkan piagam penghargaan kepada Iptu Budi Hartono dan Ipda Rudi Hermawan, masing-masing "
     "Kanit Reskrim Polsek Depok Barat dan Kanit Lantas Polsek Mlati, atas pengungkapan kasus.",
     [(["Polsek Depok Barat"], "Budi Hartono"), (["Polsek Mlati"], "Rudi Hermawan")]),
    ("a numbered list in one line",
     "Kapolda Jateng memberikan penghargaan kepada personel berprestasi, yaitu: 1. Aiptu Agus Salim, anggota "
     "Satlantas Polres Kudus; 2. Bripka Joko Susilo, Bhabinkamtibmas Polsek Jati.",
     [(["Satlantas Polres Kudus"], "Agus Salim"), (["Polsek Jati"], "Joko Susilo")]),
    ("a numbered list, an item a line",
     "Kapolres Pati memberikan penghargaan kepada anggota berprestasi. Mereka adalah:\n1. Aipda Slamet Riyadi, "
     "Bhabinkamtibmas Polsek Juwana.\n2. Briptu Dedi Kurnia, anggota Satlantas Polres Pati\nKapolres berpesan.",
     [(["Polsek Juwana"], "Slamet Riyadi"), (["Satlantas Polresta Pati"], "Dedi Kurnia")]),
    ("plain Brigadir ranks, sections written Sie and Sat with a space, in brackets",
     "Kapolres Klaten memberikan piagam kepada tiga anggota. Mereka adalah Brigadir Sari Utami (Banit Sie Humas), "
     "Bharada Eko Prasetyo (Bamin Sat Binmas) dan Bripka Joko Lelono (Banit Sat Lantas).",
     [(["Seksi Humas Polres Klaten"], "Sari Utami"), (["Satbinmas Polres Klaten"], "Eko Prasetyo"),
      (["Satlantas Polres Klaten"], "Joko Lelono")]),
    ("a post abbreviated Ps. (acting) does not end the sentence",
     "Kapolda Bali menyematkan tanda kehormatan kepada dua personel, yakni AKP Wayan Sudira (Ps. Kasilog Satbrimob "
     "Polda Bali) dan Aipda Made Arta (Ba Satbrimob Polda Bali).",
     [(["Satbrimob Polda Bali"], None)]),  # two members of one unit honoured alike: one award, no one singled out
    ("the unit the head of the list names serves for every name",
     "Kapolres Pati memberikan piagam kepada dua anggota Satsamapta Polres Pati, yakni Bripka Agus Salim dan Briptu "
     "Joko Susilo, atas aksi mereka menolong warga.",
     [(["Satsamapta Polresta Pati"], None)]),
    ("the sub-unit of those listed, said in a later sentence", "Dua anggota Polres Kebumen mendapat piagam dari "
     "Kapolres Kebumen atas aksi menolong korban banjir. Kedua anggota Polres Kebumen itu adalah Bripka Rudi Hartono dan "
     "Briptu Agus Salim. Keduanya merupakan anggota Satsamapta Polres Kebumen.",
     [(["Satsamapta Polres Kebumen"], None)]),
    ("ketiga ... itu adalah: three members of one unit honoured alike share one award",
     "Kapolres Blitar memberikan piagam kepada anggota yang menggagalkan peredaran sabu. Ketiga anggota Satresnarkoba "
     "Polres Blitar itu adalah Aipda Hendra Wijaya, Bripka Slamet Raharjo dan Briptu Andi Kurniawan.",
     [(["Satresnarkoba Polres Blitar"], None)]),
    ("those who hand it over are no list of recipients",
     "Polres Kudus meraih penghargaan dari Kapolda Jateng. Penghargaan diserahkan oleh dua pejabat, yaitu Kapolda "
     "Jateng Irjen Ahmad Luthfi dan Wakapolda Brigjen Abiyoso Seno.",
     [(["Polres Kudus"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, people", PEOPLE_LISTED, ids=[row[0] for row in PEOPLE_LISTED])
def test_one_award_per_officer_listed(construction, text, people):
    assert [(a["recipients"], a["officer"]) for a in extract_awards(None, text)] == people


# The officer of an award units share: the one the text says accepted it; none when each unit's chief did.
SHARED_AWARD_OFFICERS = [
    ("units sharing an award, their parent's chief accepts",
     "Polsek Tegalrejo dan Polsek Gondokusuman meraih penghargaan dari Wali Kota Yogyakarta. Penghargaan itu "
     "diterima oleh Kapolresta Yogyakarta AKBP Aditya Surya.", ["Aditya Surya"]),
    ("each unit's own chief accepts: nobody in particular",
     "Polres Sleman dan Polres Bantul meraih predikat WBK dari KemenPAN-RB. Piagam diterima oleh Kapolres Sleman "
     "AKBP Rizal Hakim dan Kapolres Bantul AKBP Ihsan Hadi.", [None]),
    ("the plural names every award of the story",
     "Polres Garut meraih dua penghargaan dari Kapolda Jabar, yaitu juara 1 pelayanan SIM, dan juara 2 lomba "
     "video. Piagam-piagam itu diterima Wakapolres Garut Kompol Dani Kurnia.", ["Dani Kurnia", "Dani Kurnia"]),
    ("one unit named again and again has one chief, who accepts for all",
     "Polres Pacitan menerima penghargaan dari Komnas Perempuan atas kerja cepat Polres Pacitan. Penghargaan itu "
     "diberikan langsung kepada Kapolres Pacitan AKBP Joko Santoso beserta Kasat Reskrim Polres Pacitan AKP Rina "
     "Lestari. Penghargaan yang sama diberikan kepada Polres Pacitan, Polres Ngawi dan Polres Magetan.",
     ["Joko Santoso"]),
    ("members named alike in apposition, the last just before the verb: none singled out",
     "Dua personel Satsamapta Polres Alor, Bripka Yohan Lado dan Briptu Marten Bana, menerima penghargaan dari "
     "Kapolres Alor.", [None]),
    ("the chief of one of two units, his unit named twice, after kepada and a comma",
     "Yayasan Garuda menyerahkan piagam kepada Polres Alor dan Polres Rote atas pengamanan festival. Piagam "
     "diberikan kepada Kapolres Alor, AKBP Yohanes Lado, di lapangan Mapolres Alor. Polres Alor juga menggelar "
     "syukuran.", ["Yohanes Lado"]),
    ("the chief who hands his units' prizes over is no officer of them",
     "Satreskrim Polres Pringsewu meraih juara futsal Kapolres Cup. Trofi diserahkan oleh Kapolres Pringsewu. "
     "Kasat Reskrim menyampaikan terima kasih dan penghargaan kepada Kapolres Pringsewu AKBP Andi Wirawan atas "
     "turnamen itu.", [None]),
    ("the chief of another resort who gives is not the one who accepts",
     "Polsek Natar meraih penghargaan dari Kapolres Lampung Selatan. Penghargaan diterima Kapolsek Natar AKP Budi "
     "Santoso.", ["Budi Santoso"]),
]  # fmt: skip


# A chief the award came from is its giver, not its officer.
GIVER_NOT_OFFICER = [
    ("a chief the award came from", "Personel Polres Agam mendapat penghargaan dari Kapolres Agam AKBP Budi Santoso "
     "usai apel pagi.", [None]),
    ("a chief the award came from, then who accepted it", "Polsek Lubuk Basung meraih piagam dari Kapolres Agam AKBP "
     "Budi Santoso. Piagam diterima Kapolsek Lubuk Basung AKP Rudi Hartono.", ["Rudi Hartono"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, officers", GIVER_NOT_OFFICER, ids=[row[0] for row in GIVER_NOT_OFFICER])
def test_a_chief_the_award_came_from_is_no_officer(construction, text, officers):
    assert [a["officer"] for a in extract_awards(None, text)] == officers


@pytest.mark.parametrize(
    "construction, text, officers", SHARED_AWARD_OFFICERS, ids=[row[0] for row in SHARED_AWARD_OFFICERS]
)
def test_officer_of_a_shared_award(construction, text, officers):
    assert [a["officer"] for a in extract_awards(None, text)] == officers


# The award of officers listed one by one: what the list's own sentence calls it, or the class of winners.
PEOPLE_LISTED_TITLES = [
    ("a class of winners before yaitu",
     "Kapolda Jatim memberikan penghargaan kepada Polres Kediri sebagai satuan terbaik pengamanan mudik. Kapolda "
     "juga memberikan penghargaan kepada dua Kanit Reskrim terbaik tingkat polsek, yaitu Kanit Reskrim Polsek Pare "
     "Iptu Agus Salim dan Kanit Reskrim Polsek Wates Ipda Joko Susilo.",
     ["penghargaan sebagai satuan terbaik pengamanan mudik", "penghargaan Kanit Reskrim terbaik tingkat polsek",
      "penghargaan Kanit Reskrim terbaik tingkat polsek"]),
    ("a class of winners, counted, before itu adalah",
     "Tiga Kapolsek menerima penghargaan dari Kapolres Bogor. Ketiga Kapolsek teladan itu adalah Kompol Agus Salim "
     "(Kapolsek Cibinong), AKP Joko Susilo (Kapolsek Citeureup) dan AKP Dedi Kurnia (Kapolsek Cileungsi).",
     ["penghargaan Kapolsek teladan"] * 3),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, titles", PEOPLE_LISTED_TITLES, ids=[r[0] for r in PEOPLE_LISTED_TITLES])
def test_title_of_awards_to_officers_listed(construction, text, titles):
    assert [a["title"] for a in extract_awards(None, text)] == titles


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Penerimanya:\n1. Polres A.\n2. Polres B\nLalu", "Penerimanya: Polres A; Polres B\nLalu"),
        ("yaitu 1) juara 1 lomba video, dan 2) juara 2 lomba foto.", "yaitu juara 1 lomba video; juara 2 lomba foto."),
        ("Polres A meraih peringkat 2. Selain itu 1. tidak", "Polres A meraih peringkat 2. Selain itu 1. tidak"),
    ],
)
def test_numbered_list_is_one_sentence(text, joined):
    assert numbered_lists_joined(text) == joined


# -- many winners listed, as outlets write them: passages written apart from the evaluation stories ------------------
# Numbered lists flattened into text, semicolons, "Juara I: X; Juara II: Y", winners per category over several
# sentences, Polsek under their Polres, Polda sub-units beside Polres, officers with their units, non-Polri winners
# (Kodim, Pemkab, Dinas, schools) and nominees or participants beside the winners, scores in brackets, a list in the
# headline, "serta", "dan juga", "masing-masing". Awards are matched by their recipients and place, in any order.
MANY_WINNERS = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day,
    # placement) of each award
    ("numbered list flattened into text, one award",
     None,
     "SEMARANG - Kapolda Jawa Tengah Irjen Pol Ahmad Suryanto memberikan penghargaan kepada satuan wilayah "
     "yang berhasil dalam Operasi Ketupat Candi 2024. Satuan wilayah yang menerima penghargaan yaitu 1. Polres "
     "Grobogan, 2. Polres Boyolali, 3. Polres Sragen. Penghargaan diserahkan dalam apel di Mapolda Jateng, "
     "Selasa (30/4/2024).",
     "2024-05-01", "received", [
      (["Polres Grobogan", "Polres Boyolali", "Polres Sragen"],
       None, "kapolda", "Kapolda Jawa Tengah", 2024, "2024-04-30", None),
     ]),
    ("per category over sentences: Untuk kategori ..., Sementara kategori ...",
     None,
     "SURABAYA - Polda Jawa Timur memberikan penghargaan kepada polres jajaran dengan kinerja pelayanan publik "
     "terbaik. Untuk kategori Polres tipe A, terbaik pertama diraih Polres Jember, sedangkan terbaik kedua "
     "diraih Polres Lumajang. Sementara kategori Polres tipe B, terbaik pertama diraih Polres Ngawi dan "
     "terbaik kedua Polres Magetan. Penghargaan diserahkan Kapolda Jatim Irjen Pol Imam Santoso dalam rapat "
     "kerja teknis di Surabaya, Rabu (11/12/2024).",
     "2024-12-12", "received", [
      (["Polres Jember"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 1),
      (["Polres Lumajang"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 2),
      (["Polres Ngawi"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 1),
      (["Polres Magetan"], None, "kapolda", "Polda Jawa Timur", None, "2024-12-11", 2),
     ]),
    ("Polsek of one Polresta listed after yakni",
     None,
     "SLEMAN - Kapolresta Sleman Kombes Pol Yuswanto Ardi memberikan penghargaan kepada tiga polsek jajaran "
     "yang dinilai terbaik dalam pengamanan libur Natal dan Tahun Baru. Ketiga polsek itu yakni Polsek Depok "
     "Barat, Polsek Ngaglik dan Polsek Kalasan. Piagam diterima masing-masing kapolsek dalam apel pagi, Senin "
     "(6/1/2025).",
     "2025-01-06", "received", [
      (["Polsek Depok Barat", "Polsek Ngaglik", "Polsek Kalasan"],
       None, "other", "Kapolresta Sleman", None, "2025-01-06", None),
     ]),
    ("Polda sub-units and Polres in one list",
     None,
     "MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Andi Rahmat memberikan penghargaan kepada satuan kerja dan "
     "satuan wilayah yang berprestasi dalam pengamanan Pilkada serentak 2024. Penerima penghargaan antara lain "
     "Ditreskrimum Polda Sulsel, Bidhumas Polda Sulsel, Satbrimob Polda Sulsel, SPN Polda Sulsel, Polres Gowa "
     "dan Polres Maros. Penghargaan diserahkan di lapangan Mapolda Sulsel, Jumat (20/12/2024).",
     "2024-12-21", "received", [
      (["Ditreskrimum Polda Sulawesi Selatan", "Bidhumas Polda Sulawesi Selatan", "Satbrimob Polda Sulawesi Selatan", "SPN Polda Sulawesi Selatan", "Polres Gowa", "Polres Maros"],
       None, "kapolda", "Kapolda Sulawesi Selatan", None, "2024-12-20", None),
     ]),
    ("officers with their units after dari",
     None,
     "BANDUNG - Sejumlah personel menerima penghargaan dari Kapolda Jawa Barat atas dedikasi dalam tugas. "
     "Mereka adalah Bripka Asep Saepudin dari Polsek Cicalengka, Aiptu Dadang Suherman dari Satlantas Polresta "
     "Bandung, dan Brigpol Rina Marlina dari Satreskrim Polres Sumedang. Penghargaan diserahkan Kapolda dalam "
     "upacara di Mapolda Jabar, Kamis (16/5/2024).",
     "2024-05-17", "received", [
      (["Polsek Cicalengka"], "Asep Saepudin", "kapolda", "Kapolda Jawa Barat", None, "2024-05-16", None),
      (["Satlantas Polresta Bandung"], "Dadang Suherman", "kapolda", "Kapolda Jawa Barat", None, "2024-05-16", None),
      (["Satreskrim Polres Sumedang"], "Rina Marlina", "kapolda", "Kapolda Jawa Barat", None, "2024-05-16", None),
     ]),
    ("non-Polri winners in the list left out",
     None,
     "TEMANGGUNG - Bupati Temanggung menyerahkan penghargaan kepada instansi yang mendukung penurunan angka "
     "stunting. Penerima penghargaan yakni Kodim 0706/Temanggung, Polres Temanggung, Dinas Kesehatan Kabupaten "
     "Temanggung dan SMA Negeri 1 Temanggung. Penghargaan diserahkan di Pendopo Pengayoman, Senin (12/8/2024). "
     "Piagam untuk Polres Temanggung diterima Wakapolres Kompol Budi Raharjo.",
     "2024-08-13", "received", [
      (["Polres Temanggung"], "Budi Raharjo", "regional_government", "Bupati Temanggung", None, "2024-08-12", None),
     ]),
    ("scores in brackets, a yellow zone left out",
     None,
     "JAMBI - Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan standar pelayanan publik "
     "tahun 2023 kepada polres jajaran Polda Jambi, Selasa (19/12/2023). Hasilnya, Polres Muaro Jambi (nilai "
     "95,2), Polres Batanghari (nilai 92,8) dan Polres Tebo (nilai 90,1) meraih predikat zona hijau atau "
     "kepatuhan tinggi. Sementara Polres Sarolangun (nilai 76,4) masuk zona kuning.",
     "2023-12-20", "received", [
      (["Polres Muaro Jambi", "Polres Batanghari", "Polres Tebo"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Jambi", 2023, "2023-12-19", None),
     ]),
    ("list in the headline, the body names none",
     "Polres Bima, Dompu dan Sumbawa Raih Penghargaan dari Kapolda NTB",
     "MATARAM - Kapolda NTB Irjen Pol Umar Faruk memberikan penghargaan kepada tiga polres atas keberhasilan "
     "menekan angka kriminalitas. Penghargaan diserahkan di Mapolda NTB, Senin (15/7/2024). Kapolres Dompu "
     "AKBP Iwan Setiawan mengaku bangga atas capaian tersebut.",
     "2024-07-16", "received", [
      (["Polres Bima", "Polres Dompu", "Polres Sumbawa"],
       None, "kapolda", "Kapolda Nusa Tenggara Barat", None, "2024-07-15", None),
     ]),
    ("serta closing a list set by a ministry",
     None,
     "JAKARTA - Kementerian PANRB menetapkan Polres Kebumen, Polres Purworejo serta Satlantas Polres Wonosobo "
     "sebagai unit kerja berpredikat Wilayah Bebas dari Korupsi (WBK) tahun 2023. Penghargaan diserahkan "
     "Menteri PANRB di Jakarta, Rabu (13/12/2023).",
     "2023-12-14", "received", [
      (["Polres Kebumen", "Polres Purworejo", "Satlantas Polres Wonosobo"],
       None, "zona_integritas_wbk", "KemenPAN-RB", 2023, "2023-12-13", None),
     ]),
    ("dan juga joining two resorts",
     None,
     "BATAM - Polresta Barelang dan juga Polres Karimun mendapat penghargaan dari Gubernur Kepulauan Riau atas "
     "pengamanan Pemilu 2024. Piagam diserahkan Gubernur dalam upacara HUT Provinsi Kepri di Tanjungpinang, "
     "Selasa (24/9/2024).",
     "2024-09-25", "received", [
      (["Polresta Barelang", "Polres Karimun"],
       None, "regional_government", "Gubernur Kepulauan Riau", None, "2024-09-24", None),
     ]),
    ("semicolons between units and their deeds, one ceremony",
     None,
     "PALEMBANG - Kapolda Sumatera Selatan memberikan penghargaan kepada satuan kerja yang berhasil mengungkap "
     "kasus menonjol. Penerimanya ialah Ditreskrimsus Polda Sumsel atas pengungkapan korupsi dana desa; "
     "Ditresnarkoba Polda Sumsel atas pengungkapan 50 kilogram sabu; dan Satreskrim Polrestabes Palembang atas "
     "pengungkapan kasus pembunuhan. Penghargaan diserahkan Jumat (27/12/2024).",
     "2024-12-28", "received", [
      (["Ditreskrimsus Polda Sumatera Selatan", "Ditresnarkoba Polda Sumatera Selatan", "Satreskrim Polrestabes Palembang"],
       None, "kapolda", "Kapolda Sumatera Selatan", None, "2024-12-27", None),
     ]),
    ("nominees beside the winner",
     None,
     "JAKARTA - Korlantas Polri memberikan penghargaan kepada Ditlantas Polda Jawa Tengah sebagai Ditlantas "
     "terbaik dalam pelayanan SIM tahun 2024. Sebelumnya, Ditlantas Polda Jawa Barat, Ditlantas Polda Jawa "
     "Timur dan Ditlantas Polda Bali masuk nominasi lima besar. Penghargaan diserahkan Kakorlantas Polri Irjen "
     "Pol Bambang Widodo di Jakarta, Selasa (17/12/2024).",
     "2024-12-18", "received", [
      (["Ditlantas Polda Jawa Tengah"], None, "kapolri", "Korlantas Polri", 2024, "2024-12-17", None),
     ]),
    ("a Pemkab's list: Polres beside Kodim and Kejari",
     None,
     "SUMENEP - Pemerintah Kabupaten Sumenep memberikan penghargaan kepada Polres Sumenep, Kodim 0827/Sumenep "
     "dan Kejaksaan Negeri Sumenep atas dukungan dalam pelaksanaan Pilkada 2024 yang aman dan damai. "
     "Penghargaan diserahkan Bupati Sumenep di Pendopo Agung, Kamis (19/12/2024).",
     "2024-12-20", "received", [
      (["Polres Sumenep"], None, "regional_government", "Pemkab Sumenep", None, "2024-12-19", None),
     ]),
    ("Polsek each followed by its Polres, semicolons",
     None,
     "JAKARTA - Kapolda Metro Jaya memberikan penghargaan kepada empat polsek teladan. Mereka yakni Polsek "
     "Cilandak, Polres Metro Jakarta Selatan; Polsek Kembangan, Polres Metro Jakarta Barat; Polsek Cakung, "
     "Polres Metro Jakarta Timur; dan Polsek Koja, Polres Metro Jakarta Utara. Penghargaan diserahkan di Balai "
     "Pertemuan Polda Metro Jaya, Rabu (3/7/2024).",
     "2024-07-04", "received", [
      (["Polsek Cilandak", "Polsek Kembangan", "Polsek Cakung", "Polsek Koja"],
       None, "kapolda", "Kapolda Metro Jaya", None, "2024-07-03", None),
     ]),
    ("ranking as numbered list with scores",
     None,
     "YOGYAKARTA - Ombudsman RI Perwakilan DIY menyerahkan predikat kepatuhan tinggi standar pelayanan publik "
     "kepada tiga polres di DIY, Kamis (21/12/2023). Berikut urutan peringkat berdasarkan nilai: 1. Polres "
     "Kulon Progo (nilai 98,5), 2. Polres Gunungkidul (nilai 97,1), 3. Polres Bantul (nilai 95,0).",
     "2023-12-22", "received", [
      (["Polres Kulon Progo"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan DIY", None, "2023-12-21", 1),
      (["Polres Gunungkidul"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan DIY", None, "2023-12-21", 2),
      (["Polres Bantul"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan DIY", None, "2023-12-21", 3),
     ]),
    ("a Satreskrim and dan juga a Polsek's Unit Reskrim",
     None,
     "KLATEN - Satreskrim Polres Klaten dan juga Unit Reskrim Polsek Pedan menerima penghargaan dari Kapolres "
     "Klaten AKBP Warsono Adi atas pengungkapan kasus pencurian ternak. Piagam diserahkan di Mapolres Klaten, "
     "Rabu (5/6/2024).",
     "2024-06-06", "received", [
      (["Satreskrim Polres Klaten", "Polsek Pedan"], None, "other", "Kapolres Klaten", None, "2024-06-05", None),
     ]),
    ("headline counts the units, the body lists them",
     "Tiga Polres di Jajaran Polda Kalbar Sabet Predikat WBK",
     "PONTIANAK - Polres Kubu Raya, Polres Sanggau dan Polres Ketapang meraih predikat Wilayah Bebas dari "
     "Korupsi (WBK) dari Kementerian PANRB tahun 2024. Penghargaan diterima masing-masing kapolres di Jakarta, "
     "Rabu (11/12/2024). Kapolda Kalbar mengapresiasi capaian ketiga polres tersebut.",
     "2024-12-12", "received", [
      (["Polres Kubu Raya", "Polres Sanggau", "Polres Ketapang"],
       None, "zona_integritas_wbk", "KemenPAN-RB", 2024, "2024-12-11", None),
     ]),
    ("nominees, then the one chosen",
     None,
     "SEMARANG - Polres Pati, Polres Kudus dan Polres Jepara masuk nominasi polres terbaik pelayanan SKCK "
     "tingkat Polda Jawa Tengah. Dari ketiganya, Polres Kudus terpilih sebagai yang terbaik dan menerima "
     "piagam dari Kapolda Jateng, Selasa (9/4/2024).",
     "2024-04-10", "received", [
      (["Polres Kudus"], None, "kapolda", "Kapolda Jawa Tengah", None, "2024-04-09", None),
     ]),
    ("a Polres gives schools: none Polri",
     None,
     "SLEMAN - Satlantas Polresta Sleman memberikan penghargaan kepada pemenang Lomba Tertib Lalu Lintas "
     "tingkat SMA. Juara I diraih SMA Negeri 1 Depok, juara II SMA Negeri 2 Ngaglik dan juara III SMK Negeri 1 "
     "Seyegan. Hadiah diserahkan Kasat Lantas, Kamis (14/3/2024).",
     "2024-03-15", "given", [
     ]),
    ("officers of Polda sub-units listed with dari",
     None,
     "BALIKPAPAN - Kapolda Kalimantan Timur memberikan penghargaan kepada personel berprestasi, yakni Kompol "
     "Hendri Saputra dari Ditreskrimum Polda Kaltim, AKP Maya Sari dari Bidhumas Polda Kaltim dan Ipda Fajar "
     "Nugroho dari Satbrimob Polda Kaltim. Penghargaan diberikan dalam upacara di Mapolda Kaltim, Senin "
     "(1/7/2024).",
     "2024-07-02", "received", [
      (["Ditreskrimum Polda Kalimantan Timur"],
       "Hendri Saputra", "kapolda", "Kapolda Kalimantan Timur", None, "2024-07-01", None),
      (["Bidhumas Polda Kalimantan Timur"],
       "Maya Sari", "kapolda", "Kapolda Kalimantan Timur", None, "2024-07-01", None),
      (["Satbrimob Polda Kalimantan Timur"],
       "Fajar Nugroho", "kapolda", "Kapolda Kalimantan Timur", None, "2024-07-01", None),
     ]),
    ("masing-masing diterima by their chiefs: no officer",
     None,
     "BULUKUMBA - Bupati Bulukumba memberikan penghargaan kepada Polres Bulukumba dan Polres Sinjai atas "
     "pengamanan lomba perahu pinisi. Penghargaan masing-masing diterima Kapolres Bulukumba AKBP Ahmad Ridwan "
     "dan Kapolres Sinjai AKBP Harry Wibowo, Sabtu (21/9/2024).",
     "2024-09-22", "received", [
      (["Polres Bulukumba", "Polres Sinjai"],
       None, "regional_government", "Bupati Bulukumba", None, "2024-09-21", None),
     ]),
    ("one type word then several regions",
     None,
     "KEDIRI - Kapolda Jawa Timur memberikan penghargaan kepada Polres Blitar, Tulungagung dan Trenggalek atas "
     "penanganan bencana tanah longsor. Penghargaan diserahkan di Mapolda Jatim, Jumat (15/3/2024).",
     "2024-03-16", "received", [
      (["Polres Blitar", "Polres Tulungagung", "Polres Trenggalek"],
       None, "kapolda", "Kapolda Jawa Timur", None, "2024-03-15", None),
     ]),
    ("headline list with Kodim, body too",
     "Polres Sukoharjo dan Kodim 0726 Raih Penghargaan dari Bupati",
     "SUKOHARJO - Bupati Sukoharjo Etik Suryani menyerahkan penghargaan kepada Polres Sukoharjo dan Kodim "
     "0726/Sukoharjo atas pengamanan pemilu. Penghargaan diberikan di Pendopo Graha Satya Praja, Rabu "
     "(6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Sukoharjo"], None, "regional_government", "Bupati Sukoharjo", None, "2024-03-06", None),
     ]),
    ("Ombudsman list with Pemkab and Pemko",
     None,
     "MEDAN - Ombudsman RI Perwakilan Sumatera Utara menyerahkan predikat kepatuhan tinggi kepada Pemkab Deli "
     "Serdang, Pemko Medan, Polrestabes Medan dan Polres Binjai, Rabu (20/12/2023). Penilaian dilakukan "
     "sepanjang tahun 2023.",
     "2023-12-21", "received", [
      (["Polrestabes Medan", "Polres Binjai"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Sumatera Utara", None, "2023-12-20", None),
     ]),
    ("Polsek ranked peringkat pertama, kedua, ketiga",
     None,
     "PEKANBARU - Kapolresta Pekanbaru memberikan penghargaan kepada polsek jajaran dengan kinerja terbaik. "
     "Polsek Sukajadi meraih peringkat pertama, Polsek Senapelan peringkat kedua dan Polsek Bukit Raya "
     "peringkat ketiga. Piagam diserahkan di Mapolresta Pekanbaru, Senin (13/1/2025).",
     "2025-01-14", "received", [
      (["Polsek Sukajadi"], None, "other", "Kapolresta Pekanbaru", None, "2025-01-13", 1),
      (["Polsek Senapelan"], None, "other", "Kapolresta Pekanbaru", None, "2025-01-13", 2),
      (["Polsek Bukit Raya"], None, "other", "Kapolresta Pekanbaru", None, "2025-01-13", 3),
     ]),
    ("Bupati's list with BPBD, Basarnas and Satpol PP",
     None,
     "CIANJUR - Bupati Cianjur memberikan penghargaan kepada Polres Cianjur, Kodim 0608/Cianjur, BPBD Cianjur, "
     "Basarnas dan Satpol PP atas penanganan korban gempa. Penghargaan diserahkan dalam upacara Hari Jadi "
     "Cianjur, Jumat (12/7/2024).",
     "2024-07-13", "received", [
      (["Polres Cianjur"], None, "regional_government", "Bupati Cianjur", None, "2024-07-12", None),
     ]),
    ("list after antara lain with a Satbrimob battalion and SPN",
     None,
     "PALU - Kapolda Sulawesi Tengah menyerahkan penghargaan kepada satuan yang terlibat penanganan banjir "
     "bandang di Sigi. Satuan yang menerima penghargaan antara lain Satbrimob Polda Sulteng, Ditsamapta Polda "
     "Sulteng, SPN Polda Sulteng dan Polres Sigi. Penghargaan diserahkan Senin (18/11/2024).",
     "2024-11-19", "received", [
      (["Satbrimob Polda Sulawesi Tengah", "Ditsamapta Polda Sulawesi Tengah", "SPN Polda Sulawesi Tengah", "Polres Sigi"],
       None, "kapolda", "Kapolda Sulawesi Tengah", None, "2024-11-18", None),
     ]),
    ("numbered winners with a, b under a Kapolri's operation award",
     None,
     "JAKARTA - Kapolri memberikan penghargaan kepada polda yang berhasil dalam Operasi Lilin 2024. "
     "Penghargaan diberikan kepada 1) Polda Jawa Tengah, 2) Polda Jawa Timur dan 3) Polda Bali. Penghargaan "
     "diserahkan dalam Rapim Polri di Jakarta, Rabu (22/1/2025).",
     "2025-01-23", "received", [
      (["Polda Jawa Tengah", "Polda Jawa Timur", "Polda Bali"], None, "kapolri", "Kapolri", 2024, "2025-01-22", None),
     ]),
    ("Polres with score after dengan nilai and a yellow zone apart",
     None,
     "MANADO - Ombudsman RI Perwakilan Sulawesi Utara menyerahkan predikat zona hijau kepatuhan pelayanan "
     "publik kepada Polres Minahasa dengan nilai 96,10 dan Polres Bitung dengan nilai 94,85. Adapun Polres "
     "Bolaang Mongondow memperoleh zona kuning dengan nilai 72,40. Piagam diserahkan di Manado, Kamis "
     "(7/12/2023).",
     "2023-12-08", "received", [
      (["Polres Minahasa", "Polres Bitung"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Sulawesi Utara", None, "2023-12-07", None),
     ]),
    ("a school and a Puskesmas beside a Polsek, the Camat gives",
     None,
     "BANTUL - Camat Kasihan memberikan penghargaan kepada Polsek Kasihan, Puskesmas Kasihan I dan SD Negeri "
     "Tamantirto atas dukungan program desa ramah anak. Penghargaan diterima Kapolsek Kasihan AKP Sarjono, "
     "Kamis (18/7/2024).",
     "2024-07-19", "received", [
      (["Polsek Kasihan"], "Sarjono", "regional_government", "Camat Kasihan", None, "2024-07-18", None),
     ]),
    ("Juara I: ...; Juara II: ... with semicolons",
     None,
     "PADANG - Polda Sumatera Barat mengumumkan pemenang Lomba Kampung Tangguh Nusantara tahun 2023 tingkat "
     "Polda Sumbar, Kamis (14/9/2023). Juara I: Polres Pasaman Barat; Juara II: Polres Tanah Datar; Juara III: "
     "Polresta Padang. Piala dan piagam diserahkan langsung Kapolda Sumbar Irjen Pol Suharyono Hadi di "
     "Mapolda.",
     "2023-09-15", "received", [
      (["Polres Pasaman Barat"], None, "kapolda", "Polda Sumatera Barat", 2023, "2023-09-14", 1),
      (["Polres Tanah Datar"], None, "kapolda", "Polda Sumatera Barat", 2023, "2023-09-14", 2),
      (["Polresta Padang"], None, "kapolda", "Polda Sumatera Barat", 2023, "2023-09-14", 3),
     ]),
    ("participants beside winners, juara by ordinal words",
     None,
     "PEKANBARU - Sebanyak 12 polres jajaran Polda Riau mengikuti lomba Polisi Sahabat Anak tahun 2024. Dari "
     "seluruh peserta, Polres Kampar keluar sebagai juara pertama, Polres Siak juara kedua dan Polresta "
     "Pekanbaru juara ketiga. Peserta lain seperti Polres Bengkalis dan Polres Dumai belum berhasil meraih "
     "juara. Hadiah diserahkan Wakapolda Riau Brigjen Pol Kasman Rahmadi di Pekanbaru, Rabu (10/7/2024).",
     "2024-07-11", "received", [
      (["Polres Kampar"], None, "kapolda", "Polda Riau", 2024, "2024-07-10", 1),
      (["Polres Siak"], None, "kapolda", "Polda Riau", 2024, "2024-07-10", 2),
      (["Polresta Pekanbaru"], None, "kapolda", "Polda Riau", 2024, "2024-07-10", 3),
     ]),
    ("juara per category, Polres then Polsek",
     None,
     "KUPANG - Polda NTT menggelar lomba Polisi RW tingkat Polda NTT tahun 2024. Untuk kategori polres, juara "
     "pertama diraih Polres Kupang, juara kedua Polres Timor Tengah Selatan. Adapun kategori polsek, juara "
     "pertama diraih Polsek Kelapa Lima dan juara kedua Polsek Alak. Trofi diserahkan Wakapolda NTT, Rabu "
     "(6/11/2024).",
     "2024-11-07", "received", [
      (["Polres Kupang"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 1),
      (["Polres Timor Tengah Selatan"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 2),
      (["Polsek Kelapa Lima"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 1),
      (["Polsek Alak"], None, "kapolda", "Polda Nusa Tenggara Timur", 2024, "2024-11-06", 2),
     ]),
    ("winners by place in the headline, body repeats",
     "Polres Kediri Kota Juara I, Polres Blitar Juara II Lomba Polisi Cilik",
     "KEDIRI - Polres Kediri Kota menjadi juara I Lomba Polisi Cilik tingkat Polda Jawa Timur 2024, disusul "
     "Polres Blitar sebagai juara II. Penyerahan trofi digelar di Surabaya, Sabtu (20/7/2024).",
     "2024-07-21", "received", [
      (["Polres Kediri Kota"], None, "kapolda", "Polda Jawa Timur", 2024, "2024-07-20", 1),
      (["Polres Blitar"], None, "kapolda", "Polda Jawa Timur", 2024, "2024-07-20", 2),
     ]),

    ("masing-masing juara I, II dan III in order",
     None,
     "BANDAR LAMPUNG - Polres Lampung Tengah, Polres Tulang Bawang dan Polres Way Kanan masing-masing meraih "
     "juara I, II dan III Lomba Kampung Tangguh Nusantara tingkat Polda Lampung tahun 2024. Piala diserahkan "
     "Kapolda Lampung Irjen Pol Helmi Santoso di Bandar Lampung, Kamis (8/8/2024).",
     "2024-08-09", "received", [
      (["Polres Lampung Tengah"], None, "kapolda", "Polda Lampung", 2024, "2024-08-08", 1),
      (["Polres Tulang Bawang"], None, "kapolda", "Polda Lampung", 2024, "2024-08-08", 2),
      (["Polres Way Kanan"], None, "kapolda", "Polda Lampung", 2024, "2024-08-08", 3),
     ]),

    ("juara I; juara II; juara III per category with semicolons",
     None,
     "BANDA ACEH - Polda Aceh mengumumkan hasil Lomba Inovasi Pelayanan Publik 2024, Senin (21/10/2024). Juara "
     "I kategori polres diraih Polres Aceh Besar; juara II Polres Pidie; juara III Polres Bireuen. Pada "
     "kategori polsek, juara I diraih Polsek Ingin Jaya dan juara II Polsek Kuta Alam.",
     "2024-10-22", "received", [
      (["Polres Aceh Besar"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 1),
      (["Polres Pidie"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 2),
      (["Polres Bireuen"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 3),
      (["Polsek Ingin Jaya"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 1),
      (["Polsek Kuta Alam"], None, "kapolda", "Polda Aceh", 2024, "2024-10-21", 2),
     ]),

    ("officers with their units in brackets",
     None,
     "GARUT - Kapolres Garut AKBP Rudi Hartanto memberikan penghargaan kepada tiga personel yang menyelamatkan "
     "warga saat banjir bandang. Penghargaan diberikan kepada Bripka Ujang Sobari (Polsek Tarogong Kidul), "
     "Briptu Hendra Gunawan (Satsamapta Polres Garut) dan Aiptu Cecep Rahmat (Satlantas Polres Garut). Piagam "
     "diserahkan usai apel pagi, Senin (2/12/2024).",
     "2024-12-02", "received", [
      (["Polsek Tarogong Kidul"], "Ujang Sobari", "other", "Kapolres Garut", None, "2024-12-02", None),
      (["Satsamapta Polres Garut"], "Hendra Gunawan", "other", "Kapolres Garut", None, "2024-12-02", None),
      (["Satlantas Polres Garut"], "Cecep Rahmat", "other", "Kapolres Garut", None, "2024-12-02", None),
     ]),
    ("officer with his Polsek under his Polres",
     None,
     "BOGOR - Kapolres Bogor memberikan penghargaan kepada Aipda Dedi Mulyadi, Bhabinkamtibmas Polsek "
     "Cileungsi Polres Bogor, dan Bripka Yusuf Hidayat, Bhabinkamtibmas Polsek Gunung Putri Polres Bogor, atas "
     "keberhasilan membina warga binaan. Penghargaan diserahkan Selasa (4/6/2024).",
     "2024-06-05", "received", [
      (["Polsek Cileungsi"], "Dedi Mulyadi", "other", "Kapolres Bogor", None, "2024-06-04", None),
      (["Polsek Gunung Putri"], "Yusuf Hidayat", "other", "Kapolres Bogor", None, "2024-06-04", None),
     ]),

    ("terbaik I/II per category with officers and Polsek",
     None,
     "PATI - Kapolresta Pati memberikan penghargaan kepada Bhabinkamtibmas teladan. Terbaik I diraih Aipda "
     "Sugeng Riyanto dari Polsek Juwana, sedangkan terbaik II diraih Bripka Wahyu Hidayat dari Polsek Tayu. "
     "Penghargaan diserahkan di Mapolresta Pati, Senin (8/7/2024).",
     "2024-07-09", "received", [
      (["Polsek Juwana"], "Sugeng Riyanto", "other", "Kapolresta Pati", None, "2024-07-08", 1),
      (["Polsek Tayu"], "Wahyu Hidayat", "other", "Kapolresta Pati", None, "2024-07-08", 2),
     ]),

    ("a Polres and its Satlantas, beside a Dishub",
     None,
     "TEGAL - Polres Tegal, Satlantas Polres Tegal dan Dinas Perhubungan Kabupaten Tegal menerima penghargaan "
     "dari Bupati Tegal atas kelancaran arus mudik Lebaran. Piagam diserahkan di Pendopo Amangkurat, Senin "
     "(29/4/2024).",
     "2024-04-30", "received", [
      (["Polres Tegal", "Satlantas Polres Tegal"],
       None, "regional_government", "Bupati Tegal", None, "2024-04-29", None),
     ]),

    ("categories after colons, one winner each",
     None,
     "BANDUNG - Polda Jawa Barat memberikan penghargaan satuan wilayah terbaik pelayanan SIM. Kategori "
     "polresta: Polresta Cirebon. Kategori polres: Polres Kuningan. Kategori polrestabes: Polrestabes Bandung. "
     "Penghargaan diserahkan Direktur Lalu Lintas Polda Jabar, Kamis (25/1/2024).",
     "2024-01-26", "received", [
      (["Polresta Cirebon"], None, "kapolda", "Polda Jawa Barat", None, "2024-01-25", None),
      (["Polres Kuningan"], None, "kapolda", "Polda Jawa Barat", None, "2024-01-25", None),
      (["Polrestabes Bandung"], None, "kapolda", "Polda Jawa Barat", None, "2024-01-25", None),
     ]),

    ("masing-masing with their own prizes, officers named",
     None,
     "MALANG - Dua anggota Polresta Malang Kota, Aiptu Bambang Irawan dan Bripka Sinta Dewi, masing-masing "
     "meraih juara I dan juara II lomba menembak Kapolda Jatim Cup 2024. Hadiah diserahkan di Surabaya, Minggu "
     "(23/6/2024).",
     "2024-06-24", "received", [
      (["Polresta Malang Kota"], "Bambang Irawan", "kapolda", "Kapolda Jawa Timur", 2024, "2024-06-23", 1),
      (["Polresta Malang Kota"], "Sinta Dewi", "kapolda", "Kapolda Jawa Timur", 2024, "2024-06-23", 2),
     ]),

    ("juara I/II/III after colons with commas, contest named with year before",
     None,
     "MEDAN - Polda Sumatera Utara menggelar Lomba Kampung Bebas Narkoba tahun 2024. Hasilnya, juara I: Polres "
     "Asahan, juara II: Polres Langkat, juara III: Polres Simalungun. Trofi diserahkan Kapolda Sumut, Senin "
     "(9/9/2024).",
     "2024-09-10", "received", [
      (["Polres Asahan"], None, "kapolda", "Polda Sumatera Utara", 2024, "2024-09-09", 1),
      (["Polres Langkat"], None, "kapolda", "Polda Sumatera Utara", 2024, "2024-09-09", 2),
      (["Polres Simalungun"], None, "kapolda", "Polda Sumatera Utara", 2024, "2024-09-09", 3),
     ]),
    ("Ombudsman hands over predikat to a list with a Pemkot",
     None,
     "PONTIANAK - Ombudsman RI Perwakilan Kalimantan Barat menyerahkan predikat zona hijau kepada Pemkot "
     "Singkawang, Polres Sambas dan Polres Mempawah di Pontianak, Kamis (14/12/2023).",
     "2023-12-15", "received", [
      (["Polres Sambas", "Polres Mempawah"],
       None, "ombudsman_compliance", "Ombudsman RI Perwakilan Kalimantan Barat", None, "2023-12-14", None),
     ]),
    ("officers after kepada with units after dari",
     None,
     "KENDARI - Kapolda Sulawesi Tenggara memberikan penghargaan kepada Bripka La Ode Hamid dari Polsek Poasia "
     "dan Briptu Wa Ode Sari dari Satlantas Polresta Kendari atas aksi penyelamatan korban kecelakaan, Rabu "
     "(5/6/2024).",
     "2024-06-06", "received", [
      (["Polsek Poasia"], "La Ode Hamid", "kapolda", "Kapolda Sulawesi Tenggara", None, "2024-06-05", None),
      (["Satlantas Polresta Kendari"],
       "Wa Ode Sari", "kapolda", "Kapolda Sulawesi Tenggara", None, "2024-06-05", None),
     ]),
    ("masing-masing peringkat with bare words",
     None,
     "SERANG - Polres Lebak, Polres Pandeglang dan Polres Cilegon masing-masing menempati peringkat pertama, "
     "kedua dan ketiga dalam penilaian kinerja humas Polda Banten. Penghargaan diserahkan Kapolda Banten, "
     "Jumat (4/10/2024).",
     "2024-10-05", "received", [
      (["Polres Lebak"], None, "kapolda", "Kapolda Banten", None, "2024-10-04", 1),
      (["Polres Pandeglang"], None, "kapolda", "Kapolda Banten", None, "2024-10-04", 2),
      (["Polres Cilegon"], None, "kapolda", "Kapolda Banten", None, "2024-10-04", 3),
     ]),
    ("a Polres and its Satreskrim listed, a Kejari beside",
     None,
     "GRESIK - Bupati Gresik memberikan penghargaan kepada Polres Gresik, Satreskrim Polres Gresik dan "
     "Kejaksaan Negeri Gresik atas pengungkapan kasus korupsi, Kamis (1/8/2024).",
     "2024-08-02", "received", [
      (["Polres Gresik", "Satreskrim Polres Gresik"],
       None, "regional_government", "Bupati Gresik", None, "2024-08-01", None),
     ]),

]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, day, role, awards", MANY_WINNERS, ids=[r[0] for r in MANY_WINNERS])
def test_many_winners_listed(construction, title, text, day, role, awards):
    got = awards_of_passage(title, text, day, role, len(awards))
    for units, officer, kind, giver, year, event_day, placement in awards if got is not None else []:
        check_fields(award_for(got, units, placement), officer, kind, giver, year, event_day)


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("Ombudsman RI Perwakilan Bali menyerahkan predikat zona hijau kepada Polresta Denpasar dan Polres Badung.",
         "received"),
        ("Kemenpan-RB menetapkan Polsek Kuta sebagai satuan kerja berpredikat WBBM tahun ini.", "received"),
        ("Komisi Informasi Provinsi Riau memberikan predikat badan publik informatif kepada Polres Siak.", "received"),
        ("Ombudsman memberikan predikat zona kuning kepada Polres Seruyan.", None),
        ("Tim penilai memberikan predikat cukup kepada Polres Sambas.", None),
    ],
)  # fmt: skip
def test_a_public_service_grade_handed_over_is_an_award(sentence, role):
    assert sentence_role(sentence) == role


# The places of a contest whose name and year the story says apart from its places.
CONTEST_NAMED_ONCE = [
    # construction, text, (recipient, year) of each place
    ("the winners announced, then each place after a colon",
     "Polda Jambi mengumumkan pemenang Lomba Polisi Pi Ai tahun 2022. Juara I: Polres Bungo; Juara II: Polres Merangin.",
     [("Polres Bungo", 2022), ("Polres Merangin", 2022)]),
    ("those who took part, then who came first and second",
     "Sebanyak sembilan polres mengikuti kejuaraan tembak Kapolda Kalsel Cup 2023. Polres Tabalong menjadi juara "
     "pertama, sedangkan Polres Balangan juara kedua.",
     [("Polres Tabalong", 2023), ("Polres Balangan", 2023)]),
    ("the contest's level before its year",
     "Polda Maluku menggelar lomba Bhabinkamtibmas Kreatif tingkat Polda Maluku tahun 2025. Peringkat pertama diraih "
     "Polres Buru dan peringkat kedua Polres Seram Bagian Barat.",
     [("Polres Buru", 2025), ("Polres Seram Bagian Barat", 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(
    "sentence, years",
    [
        ("Polda Riau menggelar Lomba Polisi Cilik tingkat Polda Riau tahun 2024.", [2024]),
        ("Sebanyak 20 tim mengikuti Kejuaraan Menembak se-Jawa Tengah 2023 dan Kapolda Cup 2024.", [2023, 2024]),
        ("Personel Polres Buru mengamankan Turnamen Sepak Bola Piala Bupati 2023.", []),
        ("Polres Buru meraih penghargaan atas pengamanan Festival Teluk Kayeli 2022.", []),
    ],
)
def test_a_contest_named_with_its_year(sentence, years):
    assert list(years_of(sentence, CONTEST_EDITION)) == years


@pytest.mark.parametrize("construction, text, places", CONTEST_NAMED_ONCE, ids=[r[0] for r in CONTEST_NAMED_ONCE])
def test_places_of_a_contest_named_apart_share_its_year(construction, text, places):
    got = {canonical_unit_name(u): a["year"] for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u): year for u, year in places}


# "masing-masing juara I, II dan III Lomba X": places said by their number after the first, the contest after the last.
PLACES_SAID_RESPECTIVELY = [
    # construction, text, (recipient, placement, title) of each award
    ("bare roman places after the first",
     "Polres Sambas, Polres Bengkayang dan Polres Landak masing-masing meraih juara I, II dan III Lomba Inovasi "
     "Bhabinkamtibmas.",
     [("Polres Sambas", 1, "juara I Lomba Inovasi Bhabinkamtibmas"),
      ("Polres Bengkayang", 2, "juara II Lomba Inovasi Bhabinkamtibmas"),
      ("Polres Landak", 3, "juara III Lomba Inovasi Bhabinkamtibmas")]),
    ("ordinal words, the rank word said once",
     "Polsek Wates dan Polsek Sentolo masing-masing menempati peringkat kedua dan ketiga.",
     [("Polsek Wates", 2, "peringkat kedua"), ("Polsek Sentolo", 3, "peringkat ketiga")]),
    ("the assessing Polda named after the places is none of the units",
     "Polres Lebak, Polres Serang dan Polres Cilegon masing-masing menempati peringkat pertama, kedua dan ketiga "
     "dalam penilaian kinerja humas Polda Banten.",
     [("Polres Lebak", 1, "peringkat pertama"), ("Polres Serang", 2, "peringkat kedua"),
      ("Polres Cilegon", 3, "peringkat ketiga")]),
    ("each place with its rank word, the contest after the last",
     "Polres Sinjai dan Polres Bantaeng masing-masing juara 1 dan juara 2 lomba kebersihan markas.",
     [("Polres Sinjai", 1, "juara 1 lomba kebersihan markas"), ("Polres Bantaeng", 2, "juara 2 lomba kebersihan markas")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", PLACES_SAID_RESPECTIVELY, ids=[r[0] for r in PLACES_SAID_RESPECTIVELY]
)
def test_places_said_respectively(construction, text, places):
    got = sorted(
        (canonical_unit_name(a["recipients"][0]), a["placement"], a["title"]) for a in extract_awards(None, text)
    )
    assert got == sorted((canonical_unit_name(u), p, t) for u, p, t in places)


# "Juara I kategori polres diraih Polres X; juara II Polres Y": the first place's category said before its winner.
PLACES_WITH_CATEGORY_BEFORE_WINNER = [
    # construction, text, (recipient, placement, title) of each award
    ("semicolons between places, the category on the first",
     "Hasil lomba diumumkan Kapolda. Juara I kategori polsek diraih Polsek Mapanget; juara II Polsek Wenang; juara III "
     "Polsek Tikala.",
     [("Polsek Mapanget", 1, "Juara I kategori polsek"), ("Polsek Wenang", 2, "juara II kategori polsek"),
      ("Polsek Tikala", 3, "juara III kategori polsek")]),
    ("a category of two words before ditempati, commas between places",
     "Dalam penilaian itu, peringkat 1 kategori polres tipe B ditempati Polres Bitung, peringkat 2 Polres Minahasa "
     "Utara.",
     [("Polres Bitung", 1, "peringkat 1 kategori polres tipe B"),
      ("Polres Minahasa Utara", 2, "peringkat 2 kategori polres tipe B")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places",
    PLACES_WITH_CATEGORY_BEFORE_WINNER,
    ids=[r[0] for r in PLACES_WITH_CATEGORY_BEFORE_WINNER],
)
def test_places_with_a_category_before_the_winner(construction, text, places):
    got = sorted(
        (canonical_unit_name(a["recipients"][0]), a["placement"], a["title"]) for a in extract_awards(None, text)
    )
    assert got == sorted((canonical_unit_name(u), p, t) for u, p, t in places)


# Officers listed right after "kepada", each named by rank and name and then given his unit: an award each.
OFFICERS_AFTER_KEPADA = [
    # construction, text, (recipients, officer) of each award, in order
    ("units in brackets after the names",
     "Kapolres Kebumen memberikan piagam kepada Bripka Sutrisno (Polsek Gombong), Briptu Ani Lestari (Satlantas "
     "Polres Kebumen) dan Aipda Warsito (Satsamapta Polres Kebumen).",
     [(["Polsek Gombong"], "Sutrisno"), (["Satlantas Polres Kebumen"], "Ani Lestari"),
      (["Satsamapta Polres Kebumen"], "Warsito")]),
    ("posts and their Polres after commas",
     "Bupati Banyumas menyerahkan penghargaan kepada Aiptu Kardi, Bhabinkamtibmas Polsek Sumbang Polresta Banyumas, "
     "dan Bripka Tono Sugiarto, Bhabinkamtibmas Polsek Kembaran Polresta Banyumas, atas pembinaan warga.",
     [(["Polsek Sumbang"], "Kardi"), (["Polsek Kembaran"], "Tono Sugiarto")]),
    ("chiefs of one resort and its sections take the resort's award",
     "Komnas HAM memberikan penghargaan kepada Kapolres Jepara AKBP Rudi Susanto beserta Kasat Reskrim Polres Jepara "
     "AKP Dimas Arya di Mapolres Jepara.",
     [(["Polres Jepara"], "Rudi Susanto")]),
    ("two officers of one unit share its award",
     "Bupati Pati memberikan penghargaan kepada Bripka Agus Salim dan Briptu Joko Susilo dari Satlantas Polresta Pati.",
     [(["Satlantas Polresta Pati"], None)]),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, people", OFFICERS_AFTER_KEPADA, ids=[r[0] for r in OFFICERS_AFTER_KEPADA])
def test_officers_listed_after_kepada_with_their_units(construction, text, people):
    got = [([canonical_unit_name(u) for u in a["recipients"]], a["officer"]) for a in extract_awards(None, text)]
    assert got == [([canonical_unit_name(u) for u in units], officer) for units, officer in people]


# A place won by an officer ("Juara I diraih Aipda X dari Polsek Y"): he is that place's officer.
PLACES_WON_BY_OFFICERS = [
    # construction, text, (recipient, placement, officer) of each award
    ("two places, each diraih by an officer with his Polsek",
     "Kapolres Magelang memberikan penghargaan Bhabinkamtibmas terbaik. Juara I diraih Aipda Suyono dari Polsek "
     "Mertoyudan, sedangkan juara II diraih Bripka Heru Wibowo dari Polsek Secang.",
     [("Polsek Mertoyudan", 1, "Suyono"), ("Polsek Secang", 2, "Heru Wibowo")]),
    ("one place diraih oleh an officer of a section",
     "Dalam lomba menembak Kapolda Cup, juara pertama diraih oleh Ipda Rina Astuti dari Satsamapta Polres Kendal.",
     [("Satsamapta Polres Kendal", 1, "Rina Astuti")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", PLACES_WON_BY_OFFICERS, ids=[r[0] for r in PLACES_WON_BY_OFFICERS]
)
def test_a_place_won_by_an_officer_is_his(construction, text, places):
    got = sorted(
        (canonical_unit_name(a["recipients"][0]), a["placement"], a["officer"]) for a in extract_awards(None, text)
    )
    assert got == sorted((canonical_unit_name(u), p, o) for u, p, o in places)


# A parent listed before its own sub-unit, the sub-unit repeating its name: both are items of the list.
PARENT_THEN_ITS_SUBUNIT = [
    # construction, text, every recipient unit
    ("a Polres, its Satlantas, then a Dishub",
     "Polres Brebes, Satlantas Polres Brebes dan Dishub Brebes menerima penghargaan dari Bupati Brebes.",
     ["Polres Brebes", "Satlantas Polres Brebes"]),
    ("a Polda and its directorate after a comma",
     "Gubernur Bengkulu memberikan piagam kepada Polda Bengkulu, Ditlantas Polda Bengkulu atas kelancaran mudik.",
     ["Polda Bengkulu", "Ditlantas Polda Bengkulu"]),
    ("a sub-unit and its address after it: the address is no recipient",
     "Satlantas Polres Brebes, Polda Jawa Tengah, menerima penghargaan dari Bupati Brebes.",
     ["Satlantas Polres Brebes"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units", PARENT_THEN_ITS_SUBUNIT, ids=[r[0] for r in PARENT_THEN_ITS_SUBUNIT]
)
def test_a_parent_listed_before_its_subunit(construction, text, units):
    got = {canonical_unit_name(u) for a in extract_awards(None, text) for u in a["recipients"]}
    assert got == {canonical_unit_name(u) for u in units}


# A category named by a unit type alone, then a colon: "Kategori polresta: Polresta X. Kategori polres: Polres Y."
CATEGORY_BY_TYPE_THEN_COLON = [
    # construction, text, the recipients of each award
    ("a sentence for each category",
     "Polda Jawa Timur memberikan penghargaan pelayanan terbaik. Kategori polresta: Polresta Malang Kota. Kategori "
     "polres: Polres Lamongan. Kategori polsek: Polsek Wonokromo.",
     [["Polresta Malang Kota"], ["Polres Lamongan"], ["Polsek Wonokromo"]]),
    ("categories after semicolons in one sentence",
     "Penerimanya, kategori polres: Polres Lamongan dan Polres Tuban; kategori polsek: Polsek Babat.",
     [["Polres Lamongan", "Polres Tuban"], ["Polsek Babat"]]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, awards", CATEGORY_BY_TYPE_THEN_COLON, ids=[r[0] for r in CATEGORY_BY_TYPE_THEN_COLON]
)
def test_a_category_named_by_a_unit_type_then_a_colon(construction, text, awards):
    got = sorted(sorted(canonical_unit_name(u) for u in a["recipients"]) for a in extract_awards(None, text))
    assert got == sorted(sorted(canonical_unit_name(u) for u in units) for units in awards)


# Officers named first, then the places each won "masing-masing", in the same order.
OFFICERS_PLACED_RESPECTIVELY = [
    # construction, text, (placement, officer) of each award
    ("two members in apposition, places by roman numerals",
     "Dua personel Polres Klaten, Bripka Eko Santoso dan Briptu Lina Marlina, masing-masing meraih juara I dan juara II "
     "lomba pidato Hari Bhayangkara.",
     [(1, "Eko Santoso"), (2, "Lina Marlina")]),
    ("names before their unit, places in falling order",
     "Aipda Made Sudana dan Bripka Nyoman Arta dari Polres Gianyar masing-masing menjadi juara 3 dan juara 2 lomba "
     "lari.",
     [(3, "Made Sudana"), (2, "Nyoman Arta")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, places", OFFICERS_PLACED_RESPECTIVELY, ids=[r[0] for r in OFFICERS_PLACED_RESPECTIVELY]
)
def test_officers_placed_respectively(construction, text, places):
    assert sorted((a["placement"], a["officer"]) for a in extract_awards(None, text)) == sorted(places)


# One unit taking several places of one contest, the rank word said once: an award per place, all the unit's.
# "terbaik pertama dan kedua" of an assessment is not read so (the places may be told unit by unit after).
ONE_UNIT_SWEEPS_THE_PLACES = [
    # construction, text, (placement, title) of each award, all to the one unit
    ("ordinal words after one 'juara'",
     "Personel Satsamapta Polresta Balikpapan merebut juara pertama, kedua dan ketiga lomba lari 10 km yang "
     "digelar Polda Kalimantan Timur, Minggu (23/6).",
     "Satsamapta Polresta Balikpapan",
     [(1, "juara pertama lomba lari 10 km"), (2, "juara kedua lomba lari 10 km"), (3, "juara ketiga lomba lari 10 km")]),
    ("a range of numbers, the contest named after its chief's cup",
     "Tim Polres Bantul memborong juara 1 sampai 3 lomba tembak reaksi Kapolda Cup 2024.",
     "Polres Bantul",
     [(1, "juara 1 lomba tembak reaksi Kapolda Cup 2024"), (2, "juara 2 lomba tembak reaksi Kapolda Cup 2024"),
      (3, "juara 3 lomba tembak reaksi Kapolda Cup 2024")]),
    ("roman numerals joined by 'dan'",
     "Satbrimob Polda Riau menyapu bersih juara I dan II kejuaraan menembak antarsatuan.",
     "Satbrimob Polda Riau",
     [(1, "juara I kejuaraan menembak antarsatuan"), (2, "juara II kejuaraan menembak antarsatuan")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, unit, places", ONE_UNIT_SWEEPS_THE_PLACES, ids=[r[0] for r in ONE_UNIT_SWEEPS_THE_PLACES]
)
def test_one_unit_sweeping_a_contests_places(construction, text, unit, places):
    got = extract_awards(None, text)
    assert {canonical_unit_name(u) for a in got for u in a["recipients"]} == {canonical_unit_name(unit)}
    assert [(a["placement"], a["title"]) for a in got] == places


def test_an_assessments_first_and_second_best_are_not_one_units_sweep():
    text = "Polda Jambi meraih predikat terbaik pertama dan kedua dalam penilaian IKPA tahun 2023."
    assert len(extract_awards(None, text)) == 1
