"""Phrase tables of roles: who receives, in one sentence and in a whole story, and when the police honour others."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.classify import classify_award_role
from pipelines.classify_sentences import sentence_role
from pipelines.role_words import standard_spelling
from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name, find_unit_mentions

# -- who receives: the recipients of a whole story ----------------------------------------------------

RECIPIENTS = [
    # construction, headline, text, the recipients of each award
    ("a witness phrase between the giver and its verb ends before the receivers", None, "Kapolda Sulsel, didampingi "
     "Wakapolda, menyerahkan piagam kepada Polres Bone atas pengamanan pilkada.", [["Polres Bone"]]),
    ("a central body's head receives for it", None, "Kakorlantas Polri Irjen Budi Santoso meraih penghargaan dari "
     "Kementerian Perhubungan atas keselamatan jalan.", [["Korlantas Polri"]]),
    ("a central body's head who hands over receives nothing", None, "Kabaharkam Polri Komjen Heru Wibowo menyerahkan "
     "piagam penghargaan kepada Polres Tegal atas pengamanan arus mudik.", [["Polres Tegal"]]),
    ("a central body written out, its short name in brackets", None, "Pusat Keuangan (Puskeu) Polri meraih "
     "penghargaan dari Kementerian Keuangan atas laporan keuangan terbaik.", [["Puskeu Polri"]]),
    ("a headline verb without its prefix names the recipient", "Polres Wonogiri Boyong Piala Kampung Tangguh",
     "Piala itu diserahkan Gubernur Jawa Tengah di Semarang, Senin.", [["Polres Wonogiri"]]),
    ("officers praised, then the units they come from", None, "Kapolda Bali memberikan penghargaan kepada 12 "
     "personel berprestasi dari Polres Gianyar dan Polres Tabanan.", [["Polres Gianyar", "Polres Tabanan"]]),
    ("a chief honours a counted group made up of his own people", None, "Kapolres Bantul AKBP Yuswanto menyerahkan "
     "piagam kepada 30 orang, yang terdiri dari 26 personel dan 4 relawan, atas pengamanan malam takbiran.",
     [["Polres Bantul"]]),
    ("members counted receive from their chief, who names their unit", None, "Sebanyak 9 polisi mendapat piagam "
     "penghargaan dari Kapolresta Sleman atas pengamanan malam Natal.", [["Polresta Sleman"]]),
    ("members receive from a Polda chief", None, "Para personel menerima piagam dari Kapolda Bali atas pengamanan "
     "konferensi internasional.", [["Polda Bali"]]),
    ("a Polsek's chief honours his own people", None, "Kapolsek Ngluwar AKP Rudi memberikan piagam kepada lima "
     "personel atas pengamanan pemilu.", [["Polsek Ngluwar"]]),
    ("people from outside who receive from a chief are not his unit", None, "Sebanyak 9 warga mendapat piagam "
     "penghargaan dari Kapolresta Sleman atas bantuan mereka.", []),
    ("those who received, then where they come from ('di antaranya dari')", None, "Kapolda Riau memberikan "
     "penghargaan kepada personel berprestasi. Personel yang menerima penghargaan di antaranya dari Polres Siak, "
     "Polres Kampar dan Polres Bengkalis.", [["Polres Siak", "Polres Kampar", "Polres Bengkalis"]]),
    ("the receivers spread across the resorts they serve in", None, "Kapolda Riau memberikan penghargaan kepada "
     "personel berprestasi. Para penerima penghargaan itu tersebar di Polres Siak, Polres Kampar dan Polres Bengkalis.",
     [["Polres Siak", "Polres Kampar", "Polres Bengkalis"]]),
    ("a unit's chief named after 'dari' is still the giver", None, "Polsek Tualang menerima penghargaan dari "
     "Kapolres Siak atas pengamanan pilkada.", [["Polsek Tualang"]]),
    ("chiefs named to a title of honour, then who they are ('Kapolsek sebagai ... terbaik adalah')", None,
     "Bupati Wonogiri memberikan penghargaan kepada para penggerak vaksinasi. Camat sebagai penggerak terbaik adalah "
     "Camat Pracimantoro. Kapolsek sebagai motivator vaksinasi terbaik adalah Kapolsek Pracimantoro dan Kapolsek "
     "Giritontro.", [["Polsek Pracimantoro", "Polsek Giritontro"]]),
    ("members honoured, counted by where they come from", None, "Kapolres Boyolali memberikan penghargaan kepada "
     "sepuluh personel berprestasi. Empat personel dari Satreskrim, tiga dari Satlantas dan tiga dari Polsek Ampel.",
     [["Satreskrim Polres Boyolali", "Satlantas Polres Boyolali", "Polsek Ampel"]]),
    ("where an officer serves is no venue", None, "Piagam dari Bupati Kulon Progo diterima Brigadir Sari yang "
     "bertugas di Polsek Sentolo.", [["Polsek Sentolo"]]),
    ("a sub-unit that pins an award on another gives it", None, "Ditlantas Polda Riau menyematkan piagam kepada "
     "Satlantas Polres Kampar atas turunnya angka kecelakaan.", [["Satlantas Polres Kampar"]]),
    ("a body that hands awards over in its own clause gives", None, "Bidhumas Polda Jambi meraih penghargaan "
     "dari Divisi Humas Polri. Divisi Humas Polri juga memberikan penghargaan serta pelatihan kehumasan.",
     [["Bidhumas Polda Jambi"]]),
    ("a resort with the Polsek under it, named as a class, then listed", None, "Polres Klaten bersama dua Polsek "
     "jajarannya, yakni Polsek Delanggu dan Polsek Wedi, meraih predikat pelayanan prima.",
     [["Polres Klaten", "Polsek Delanggu", "Polsek Wedi"]]),
    ("a speaking chief's own side receives", None, "Kapolres Wonosobo AKBP Ruruh mengatakan, pihaknya meraih "
     "penghargaan dari Ombudsman atas kepatuhan pelayanan publik.", [["Polres Wonosobo"]]),
    ("a receiving clause set before its subject", None, "Usai meraih predikat WBBM dari Kementerian PANRB, Polres "
     "Temanggung menggelar syukuran.", [["Polres Temanggung"]]),
    ("a unit that holds an event for its own award", None, "Syukuran digelar Polres Purworejo setelah meraih "
     "predikat WBK dari Kementerian PANRB.", [["Polres Purworejo"]]),
    ("the resort a contest was held within is no winner", None, "Bhabinkamtibmas Polsek Tempel meraih juara satu "
     "lomba Siskamling tingkat Polresta Sleman.", [["Polsek Tempel"]]),
    ("a Polsek that also won the same award as its resort", None, "Polres Pemalang meraih penghargaan dari Ombudsman. "
     "Selain itu, Polsek Comal juga meraih penghargaan serupa dari Ombudsman.", [["Polres Pemalang", "Polsek Comal"]]),
    ("a counted headline, the lead listing who they are", "Dua Polres di Bali Raih Predikat WBBM",
     "Keduanya adalah Polres Badung dan Polres Karangasem.", [["Polres Badung", "Polres Karangasem"]]),
    ("a Polsek's resort in brackets after it is only its parent", None, "Piagam dari Bupati Grobogan diterima "
     "Polsek Godong (Polres Grobogan) dan Polsek Gubug (jajaran Polres Grobogan, Polda Jateng).",
     [["Polsek Godong", "Polsek Gubug"]]),
    ("a Polsek with its resort and Polda after it, each the parent of the one before", None, "Polsek Ngaliyan, "
     "Polrestabes Semarang, Polda Jateng menerima piagam dari Wali Kota Semarang.", [["Polsek Ngaliyan"]]),
    ("a resort's chief and the chief of one of its Satuan open a headline, each receives", "Kapolres dan Kasat Lantas "
     "Polres Pemalang Diganjar Piagam oleh Bupati", "Piagam itu diserahkan Bupati Pemalang di pendopo, Senin.",
     [["Polres Pemalang", "Satlantas Polres Pemalang"]]),
    ("the command a force was lent to frames its operation", None, "Kapolri menganugerahkan Satyalancana kepada 200 "
     "personel Brimob seusai Operasi Damai BKO Polda Maluku. Menurut Kakorbrimob, 200 personel Brimob penerima "
     "penghargaan itu berasal dari Polda Lampung dan Polda Banten.", [["Satbrimob Polda Lampung", "Satbrimob Polda Banten"]]),
    ("those counted, then who they are among ('mereka antara lain')", None, "Ombudsman RI memberikan penghargaan "
     "kepatuhan kepada delapan Polres. Mereka antara lain Polres Kebumen, Polres Purbalingga dan Polres Banjarnegara.",
     [["Polres Kebumen", "Polres Purbalingga", "Polres Banjarnegara"]]),
    ("personnel counted, then the Satuan they are made up of", None, "Sebanyak 15 personel Polres Wonosobo menerima "
     "penghargaan dari Kapolres. Mereka terdiri dari anggota Satreskrim, Satlantas dan Satbinmas.",
     [["Satreskrim Polres Wonosobo", "Satlantas Polres Wonosobo", "Satbinmas Polres Wonosobo"]]),
    ("members of the police in general are the story's own Polda's, not Polri as a body", "Polda Bengkulu Beri "
     "Penghargaan kepada Polisi Berprestasi", "Dalam syukuran HUT Bhayangkara di Polda Bengkulu, sejumlah anggota Polri "
     "mendapat penghargaan dari Kapolda.", [["Polda Bengkulu"]]),
    ("the unit whose event's committee hands the prizes over receives nothing", None, "Satbrimob Polda Papua Barat meraih "
     "juara pertama lomba kebersihan. Piala diserahkan oleh ketua panitia HUT Bhayangkara ke-77 Polda Papua Barat.",
     [["Satbrimob Polda Papua Barat"]]),
    ("the police corps by its other name receives", None, "Badan Pemeriksa Keuangan memberikan penghargaan kepada "
     "Korps Bhayangkara atas laporan keuangan yang tertib.", [["Mabes Polri"]]),
    ("a former command names only the area it covered", None, "Polres Batang meraih juara satu lomba Polmas "
     "se-Eks Polwil Kedu dari Polda Jateng.", [["Polres Batang"]]),
    ("the police by the outlets' nickname, in a story about one resort", None, "Bupati Purbalingga memuji kinerja "
     "Polres Purbalingga. Bupati memberikan penghargaan kepada korps baju cokelat atas pengamanan pilkada.",
     [["Polres Purbalingga"]]),
    ("pairs of a Polsek and its resort after a comma", None, "Piagam dari Gubernur Jawa Tengah diterima Polsek "
     "Bawen, Polres Semarang dan Polsek Bulu, Polres Temanggung.", [["Polsek Bawen", "Polsek Bulu"]]),
    ("members of the police in a story that names no regional unit are Polri's", None, "Kapolri memberikan "
     "penghargaan kepada anggota berprestasi. Sebanyak 40 anggota Polri mendapat penghargaan itu di Jakarta.",
     [["Mabes Polri"]]),
    ("a Satuan's chief with the people of one of its units receives for the Satuan", None, "Piagam dari Bupati Pati "
     "diterima Kasat Reskrim Polresta Pati AKP Dedi bersama lima anggota Unit Resmob.", [["Satreskrim Polresta Pati"]]),
    ("a Satuan's unit named alone receives", None, "Polres Sragen menggelar apel pagi. Dalam apel itu Unit PPA "
     "menerima piagam dari Bupati Sragen atas penanganan kasus anak.", [["Unit PPA Polres Sragen"]]),
    ("a Polri hospital named after its town receives", None, "Kementerian Kesehatan memberikan penghargaan kepada "
     "Rumah Sakit Bhayangkara Tingkat III Pekalongan atas layanan pasien.", [["RS Bhayangkara Pekalongan"]]),
    ("a counted pronoun after kepada takes the units named just before", None, "Tiga polres, yaitu Polres Kendal, "
     "Polres Demak dan Polres Blora, menekan angka kecelakaan. Ditlantas Polda Jateng memberikan penghargaan kepada "
     "ketiganya.", [["Polres Kendal", "Polres Demak", "Polres Blora"]]),
    ("a counted pronoun that counts other than the units named before stays unread", None, "Polres Kendal dan "
     "Polres Demak menekan angka kecelakaan. Bupati Kendal memberikan penghargaan kepada Polres Kendal dan "
     "ketiganya.", [["Polres Kendal"]]),
    ("the people of a Polda, opening the lead after its dateline", None, "KENDARI - Jajaran Polda Sulawesi Tenggara "
     "meraih penghargaan dari Badan Pemeriksa Keuangan.", [["Polda Sulawesi Tenggara"]]),
    ("all the people of a Polda after kepada", None, "Gubernur Riau memberikan penghargaan kepada seluruh jajaran "
     "Polda Riau atas pengamanan pilkada.", [["Polda Riau"]]),
    ("a directorate that names the best of its Satuan gives, after oleh", None, "Satlantas Polres Kampar dinobatkan "
     "sebagai Satlantas terbaik oleh Ditlantas Polda Riau.", [["Satlantas Polres Kampar"]]),
    ("who did the deed after oleh, in the reason, still receives", None, "Kapolda Riau memberikan penghargaan kepada "
     "Ditresnarkoba Polda Riau. Penghargaan diberikan atas pengungkapan 40 kilogram sabu oleh Ditresnarkoba Polda "
     "Riau.", [["Ditresnarkoba Polda Riau"]]),
    ("a Kapolda, his post written out, counted off as a category's winner", None, "Lemkapi menyerahkan Anugerah "
     "Polisi Teladan 2024 di Jakarta. Pemenang pertama adalah Kanit Reskrim Polsek Cibeber Aipda Budi Santoso untuk "
     "kategori Polisi Jujur. Kedua, Kepala Kepolisian Daerah (Kapolda) Bengkulu Irjen Rudi Hartono untuk kategori "
     "Polisi Berintegritas.", [["Polsek Cibeber"], ["Polda Bengkulu"]]),
    ("a Kapolda counted off after a unit's category award", None, "Kompolnas memberikan penghargaan kepada Polres "
     "Garut dalam kategori Polisi Teladan. Kedua, Kapolda Jambi Irjen Sari Dewi untuk kategori Pemimpin Inovatif.",
     [["Polres Garut"], ["Polda Jambi"]]),
    ("the police of a regency by nickname receive, their chief takes it", None, "Komisi Informasi NTB memberikan "
     "penghargaan kepada Korps Bhayangkara Sumbawa sebagai badan publik informatif. Penghargaan diterima Kapolres "
     "Sumbawa AKBP Yusuf Hamzah.", [["Polres Sumbawa"]]),
    ("the police of a regency by the word 'Polisi' receive from its government", None, "Polisi Kudus menerima "
     "penghargaan dari Pemerintah Kabupaten Kudus atas pengamanan arus mudik. Piagam diserahkan Bupati Kudus di "
     "Pendopo, Rabu (17/4).", [["Polres Kudus"]]),
    ("the local resort of the regency whose government gives", None, "Pemerintah Kabupaten Wonogiri memberikan "
     "penghargaan kepada Polres setempat atas pengamanan Lebaran.", [["Polres Wonogiri"]]),
    ("the local resort's chief takes the regency's award", None, "Penghargaan dari Bupati Temanggung diterima "
     "Kapolres setempat, AKBP Agus Santoso, di Pendopo Pengayoman.", [["Polres Temanggung"]]),
    ("a Polda from one giver, its directorate from another in the next sentence: two awards", None, "Polda "
     "Bengkulu meraih penghargaan dari KPPN Bengkulu. Ditreskrimsus Polda Bengkulu mendapat penghargaan dari OJK.",
     [["Polda Bengkulu"], ["Ditreskrimsus Polda Bengkulu"]]),
    ("a body's award first, then a ministry office's to a resort: two awards", None, "Polda Kalteng meraih "
     "penghargaan dari OJK. Polres Kapuas mendapat penghargaan dari KPPN Kuala Kapuas.",
     [["Polda Kalimantan Tengah"], ["Polres Kapuas"]]),
    ("a Polda and a resort from different givers joined by 'sedangkan'", None, "Polda Bengkulu meraih penghargaan "
     "dari OJK, sedangkan Polres Kaur mendapat penghargaan dari Bupati Kaur.", [["Polda Bengkulu"], ["Polres Kaur"]]),
    ("a unit's headquarters opens a headline and receives", "Mapolres Sragen Terima Piagam Zona Integritas",
     "Piagam diserahkan pejabat KemenPAN-RB di Jakarta, Rabu (11/12).", [["Polres Sragen"]]),
    ("a unit's headquarters as the subject of a receiving verb", None, "Mapolres Boyolali menerima piagam kepatuhan "
     "dari Ombudsman RI.", [["Polres Boyolali"]]),
    ("a headquarters where a chief hands an award to a citizen receives nothing", None, "Kapolres Klaten AKBP Budi "
     "menyerahkan piagam di halaman Mapolres Klaten. Piagam itu untuk seorang warga yang menolong korban banjir.", []),
    ("units only nominated in their own clause, another wins in the next", None, "Polres Sleman dan Polres Kulon "
     "Progo masuk nominasi penghargaan Kompolnas, namun penghargaan akhirnya diraih Polres Gunungkidul.",
     [["Polres Gunungkidul"]]),
    ("the winner first, a nominee after 'sedangkan'", None, "Penghargaan Kompolnas diraih Polres Pati, sedangkan "
     "Polres Kendal hanya masuk nominasi.", [["Polresta Pati"]]),
    ("a nominated Polsek, then the one that receives", None, "Polsek Wates dinominasikan, tetapi Polsek Sentolo yang "
     "menerima piagam dari Bupati Kulon Progo.", [["Polsek Sentolo"]]),
    ("a Kapolda who hands out an award for a category still gives", None, "Kapolda Riau Irjen Budi Santoso memberikan "
     "piagam untuk kategori pelayanan terbaik kepada Polres Kampar.", [["Polres Kampar"]]),
    ("a Kapolda who receives with his wife named between him and the verb", None, "Kapolda Bali Irjen Pol Made Arta "
     "beserta istri menerima penghargaan dari Bupati Gianyar.", [["Polda Bali"]]),
    ("a Kapolda who receives together with his Kapolres, none of them named", None, "Kapolda Jambi Irjen Pol Budi "
     "Santoso bersama dua Kapolres jajarannya menerima piagam dari Gubernur Jambi atas pengamanan pilkada.",
     [["Polda Jambi"]]),
    ("a Polda official who hands over for his chief: his directorate gives", None, "Polres Pidie meraih peringkat II "
     "penanganan curanmor. Piagam diserahkan oleh Dirreskrimum Kombes Pol Hadi Saputra yang mewakili Kapolda Aceh, "
     "dan diterima langsung Kapolres Pidie AKBP Budi Santoso.", [["Polres Pidie"]]),
    ("the same, his bureau named with its Polda, a passive verb of conferring", None, "Satlantas Polres Bireuen "
     "diganjar piagam oleh Karo Ops Polda Aceh Kombes Pol Rudi Hartono atas pengamanan mudik.",
     [["Satlantas Polres Bireuen"]]),
    ("a Polda bureau that closes the name of the meeting the award was handed over at is its host", None, "Polres "
     "Nagan Raya menerima piagam peringkat I penanganan curanmor dalam acara Gelar Operasional Biro Operasi Polda Aceh "
     "di Banda Aceh.", [["Polres Nagan Raya"]]),
    ("the same, a directorate's technical meeting", None, "Satlantas Polres Kendal meraih penghargaan pada Rakernis "
     "Ditlantas Polda Jateng di Semarang.", [["Satlantas Polres Kendal"]]),
    ("a Polda that receives and also hosts the meeting stays a recipient", None, "Polda Bali meraih penghargaan "
     "pelayanan terbaik pada Rapat Kerja Teknis Polda Bali.", [["Polda Bali"]]),
    ("an earlier award said again after its background sentence adds no unit", None, "Polres Sragen memberikan "
     "penghargaan kepada 12 anggota berprestasi dalam apel pagi. Sebelumnya Polres Sragen telah menerima penghargaan "
     "dari Lembaga Kajian Hukum atas prestasi jajarannya. Penghargaan itu terutama ditujukan kepada Satreskrim Polres "
     "Sragen setelah membongkar sindikat curanmor.", [["Polres Sragen"]]),
    ("the same, the award named as a piagam and opened by a joining word", None, "Kapolres Boyolali menyerahkan "
     "piagam kepada 9 anggota berprestasi. Tahun lalu Polres Boyolali pernah meraih piagam dari Gubernur. Namun, "
     "piagam tersebut diberikan kepada Satlantas Polres Boyolali atas penataan lalu lintas mudik.",
     [["Polres Boyolali"]]),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, recipients", RECIPIENTS, ids=[row[0] for row in RECIPIENTS])
def test_recipients_of_a_story(construction, title, text, recipients):
    assert [a["recipients"] for a in extract_awards(title, text)] == recipients


COUNTED = [
    # construction, sentence, its story, the units the sentence counts
    ("a count of chiefs, their units listed before", "Piagam diserahkan kepada tiga Kapolres.",
     "Nilai Polres Kendal 98, Polres Demak 95 dan Polres Blora 91. Piagam diserahkan kepada tiga Kapolres.",
     ["Polres Kendal", "Polres Demak", "Polres Blora"]),
    ("no sentence names as many", "Piagam diberikan kepada 19 Polres.",
     "Piagam diberikan kepada 19 Polres. Nilai tertinggi diraih Polres Kendal dan Polres Demak.", []),
    ("a count followed by names is no reference", "Dua Polres, Polres Kendal dan Polres Demak, meraih WBK.",
     "Dua Polres, Polres Kendal dan Polres Demak, meraih WBK. Polres Blora dan Polres Batang hadir.",
     ["Polres Kendal", "Polres Demak"]),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, story, units", COUNTED, ids=[row[0] for row in COUNTED])
def test_units_counted_in_a_sentence_and_named_in_another(construction, sentence, story, units):
    assert [m.name for m in find_unit_mentions(sentence, story=story)] == units


# A chief written by his post alone is the chief of the resort the story is about, unless a count makes him one of
# many; the counts are those of the number-word table, compounds too.
STORY_OF_ONE_RESORT = "Polres Batang meraih predikat WBK dari Kapolda. Plakat diterima Kapolres di Semarang."
CHIEFS_BY_POST = [
    ("a chief by his post alone", "Plakat diterima Kapolres di Semarang.", ["Polres Batang"]),
    ("chiefs counted in a word", "Plakat diterima sembilan Kapolres di Semarang.", []),
    ("chiefs counted in a compound", "Plakat diserahkan kepada dua belas Kapolres.", []),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, units", CHIEFS_BY_POST, ids=[row[0] for row in CHIEFS_BY_POST])
def test_chiefs_by_post_counted_are_none_in_particular(construction, sentence, units):
    assert [m.name for m in find_unit_mentions(sentence, story=STORY_OF_ONE_RESORT)] == units


def test_one_unit_one_name_for_comparing():
    assert canonical_unit_name("Polres Malang Kota") == canonical_unit_name("Polresta Malang Kota")
    assert canonical_unit_name("Satlantas Polres Manokwari") == "Satlantas Polresta Manokwari"


# -- who receives: one sentence's role ---------------------------------------------------------------

ROLES = [
    ("an adverb between a passive verb and its agent", "Piagam itu diterima langsung Kapolsek Wates AKP Budi.",
     "received"),
    ("an adverb between a passive verb and another body", "Juara pertama diraih pula SMA Negeri 2 Wates.", "other"),
    ("the police install a citizen as their ambassador", "Polres Jepara mengukuhkan pelawak Sule Jaya sebagai Duta "
     "Lalu Lintas.", "given"),
    ("citizens rewarded by the police, the reward by its English word", "Tiga pemuda diganjar reward oleh Polsek "
     "Cepu karena menangkap pencuri.", "given"),
    ("a unit rewarded, the reward by its English word", "Satreskrim Polres Blora diganjar reward oleh Kapolda.",
     "received"),
    ("receivers counted, then said to include the police", "Ada 12 orang yang memperoleh piagam, sembilan di "
     "antaranya anggota kepolisian dan tiga warga.", "received"),
    ("receivers counted, the police included", "Sebanyak 30 orang menerima penghargaan, termasuk dua personel Polsek "
     "Kalasan.", "received"),
    ("receivers counted, another body's members included", "Sebanyak 30 warga menerima penghargaan, termasuk "
     "anggota DPRD.", "other"),
    ("members of a citizens' group the police train are not Polri", "Kapolres Magelang memberikan piagam kepada "
     "anggota Pokdarkamtibmas Desa Banyurojo.", "given"),
    ("a police-trained group named by its unit received, not the unit", "Anggota Saka Bhayangkara Polres Klaten "
     "menerima penghargaan dari Kapolres atas bantuan mengatur arus mudik.", "given"),
    ("a hamlet wins the contest", "Juara pertama diraih Dusun Ngentak.", "other"),
    ("Polri honours its own Polda", "Kapolri memberikan piagam penghargaan kepada empat polda terbaik.", "received"),
    ("headline: giver verb with the Polda as object", "Kapolri Anugerahi Piagam 4 Polda Terbaik", "received"),
    ("decoration pinned on personnel", "Kapolda Bali Sematkan Satyalancana ke 900 Personel", "received"),
    ("record given to officers", "MURI Serahkan Rekor ke Dua Perwira Polres Pati", "received"),
    ("counted people, then who they are", "Kapolres menyerahkan penghargaan kepada 20 orang, terdiri dari personel dan warga.",
     "received"),
    ("Polri gives to people, headline", "Kapolres Klaten Beri Penghargaan Dua Warga Penangkap Jambret", "given"),
    ("people given an award named after its Polri giver", "Tiga Pelajar Diberi Penghargaan Kapolres Sleman", "given"),
    ("a word of a unit's place name that is also a word of hope is no plan", "Polsek Sungai Harapan menerima "
     "piagam dari Camat atas pengamanan pilkada.", "received"),
    ("the same word in a chief's unit", "Kapolsek Harapan Makmur AKP Joko meraih penghargaan dari Bupati.", "received"),
    ("hope written small before the verb is still a plan", "Polsek Sungai Harapan berharap meraih penghargaan dari "
     "Bupati.", None),
    ("a winner named without rank, his paper in brackets, after the police's unit", "Lomba foto itu digelar Polres "
     "Gianyar, dan juara II diraih Made Arta (Harian Bali).", "other"),
    ("a winner named without rank, then 'dari' his school", "Dalam lomba yang diadakan Satlantas Polres Sleman, "
     "juara pertama direbut Rina Lestari dari SMAN 2 Sleman.", "other"),
    ("a winner named without rank, then 'asal' his village", "Pada lomba Polsek Ngemplak, juara harapan disabet Budi "
     "Santoso asal Wedomartani.", "other"),
    ("a passive 'direbut', then the police unit", "Juara umum lomba baris itu direbut Polres Boyolali.", "received"),
    ("a winner named with his rank is the police's", "Lomba tembak itu digelar Polda Jateng, dan juara I diraih "
     "Bripka Andi Saputra (Polres Klaten).", "received"),
    ("a headline in capitals: a plan after a unit's name", "Penolong Kapolsek Ngawen Akan Mendapat Hadiah", None),
    ("a headline in capitals: a promise after a unit's name", "Dua Bhabinkamtibmas Polsek Kartasura Bakal Terima "
     "Penghargaan Bupati", None),
    ("a headline in capitals: not yet, after a unit's name", "Polres Wonogiri Belum Raih Predikat WBK", None),
    ("a passive verb, an adverb, then the police agent", "Piagam itu diterima langsung Kapolsek Kaliwungu AKP Rudi "
     "dari Camat Kaliwungu.", "received"),
    ("a passive verb, an adverb, then another agent", "Hadiah itu diterima langsung Kepala Desa Karanganyar dari "
     "Kapolsek Kaliwungu.", "given"),
    ("a passive verb, 'secara langsung oleh', then the police", "Trofi itu diraih secara langsung oleh Polsek "
     "Kaliwungu.", "received"),
    ("the members of a police unit and another body, listed as the subject", "Personel gabungan Polres Wonosari dan "
     "Kodim Wonosari menerima penghargaan dari Bupati.", "received"),
    ("members of a Polsek listed first with a Koramil", "Anggota Polsek Ngluwar dan Koramil Ngluwar meraih piagam dari "
     "Camat Ngluwar.", "received"),
    ("a unit put in the green zone", "Polres Sukoharjo masuk zona hijau dalam penilaian kepatuhan Ombudsman.",
     "received"),
    ("a unit that stands in the grade of high compliance", "Dalam penilaian Ombudsman, Polsek Jebres berada pada "
     "kategori kepatuhan tinggi.", "received"),
    ("a unit counted among those of the green zone", "Polsek Laweyan termasuk dalam zona hijau penilaian Ombudsman.",
     "received"),
    ("a unit risen to the green zone", "Polsek Banjarsari naik ke zona hijau dalam penilaian kepatuhan Ombudsman.",
     "received"),
    ("a unit whose standing is the green zone", "Polsek Banjarsari berstatus zona hijau dengan nilai 96,1.", "received"),
    ("a unit that becomes the best of a contest", "Polsek Wirobrajan menjadi yang terbaik dalam lomba kebersihan "
     "markas tingkat Polresta Yogyakarta.", "received"),
    ("a unit that becomes a contest's champion ('jawara')", "Polsek Wirobrajan sukses menjadi jawara lomba baris "
     "berbaris.", "received"),
    ("a place won, passive, by a unit", "Juara pertama dimenangkan oleh Polsek Wirobrajan.", "received"),
    ("a place won, passive, by a school", "Juara pertama dimenangkan oleh SMA Negeri 2 Wirobrajan.", "other"),
    ("a unit named an exemplary Polsek", "Polsek Wirobrajan ditetapkan menjadi Polsek teladan tingkat Polda DIY.",
     "received"),
    ("a good example alone is no award", "Kapolsek Wirobrajan berharap anggotanya menjadi teladan bagi warga.", None),
    ("a unit put in a middling grade receives nothing", "Polres Sukoharjo masuk kategori cukup atau zona kuning dalam "
     "penilaian Ombudsman.", None),
    ("an aim said twice, the second time after 'atau'", "Polres Sukoharjo diharapkan bisa meraih predikat kepatuhan "
     "tinggi dalam penilaian Ombudsman tahun ini atau masuk zona hijau.", None),
    ("a unit that keeps its predikat receives it again", "Polres Gresik kembali mempertahankan predikat WBBM dari "
     "Kementerian PAN-RB.", "received"),
    ("a programme that brought its unit an award", "Program polisi mengajar yang digagas Polsek Kembangan berbuah "
     "Penghargaan Kompolnas 2024 bagi Polsek Kembangan.", "received"),
    ("a Kapolda honours the regional leadership forum", "Kapolda Jawa Timur menganugerahkan penghargaan kepada Forum "
     "Koordinasi Pimpinan Daerah (Forkopimda).", "given"),
    ("members of a non-Polri body given by a Kapolda, passive", "Anggota KPPS dan Linmas diberi piagam penghargaan "
     "oleh Kapolda Kalsel atas dedikasi mereka.", "given"),
    ("members of a Polri unit given by their Kapolda", "Anggota Satlantas diberi piagam penghargaan oleh Kapolda.",
     "received"),
    ("civilians win a Polri award", "SMK Negeri 1 Juarai Lomba Video Award Polres Bantul", "given"),
    ("speaker gives", '"Piagam ini kami berikan kepada para relawan," ujar AKBP Joko.', "given"),
    ("a Polri award won by a journalist", "Wartawan Harian Jogja menyabet juara pertama pada malam penghargaan "
     "Anugerah Jurnalistik Polri 2024.", "given"),
    ("nominees have not received", "Sepuluh polda masuk nominasi dan berpeluang meraih Kompolnas Awards.", None),
    ("a tournament named after a chief is no actor", "Tim SSB Garuda menjadi juara Kapolres Cup 2024 dan menerima "
     "trofi dari Kapolres Bantul.", "given"),
    ("another body receives", "Satpol PP Kabupaten Blitar Raih Penghargaan dari Gubernur", "other"),
    ("received through a deputy chief", "Penghargaan diterima Wakapolres Wonogiri Kompol Andi di Semarang.",
     "received"),
    ("still assessed", "Polres Bantul akan menerima predikat WBK bila lolos penilaian.", None),
    ("an award addressed to units", "Rekor itu ditujukan kepada Satresnarkoba Polres Bogor atas ungkap kasus.",
     "received"),
    ("thanks is no receiving", "Bupati berterima kasih kepada Polres Sragen yang selalu mendukung penghargaan ini.",
     None),
    ("an honourable mention won by a unit", "Juara harapan dua diraih Polsek Wates.", "received"),
    ("a municipal guard is no police", "Satuan Polisi Pamong Praja Kota Batu meraih penghargaan dari gubernur.",
     "other"),
    ("a governor hands over to another body, passive", "Piagam diserahkan Gubernur Jatim kepada Kepala Satpol PP "
     "saat HUT Satlinmas.", "other"),
    ("a university head receives from a Kapolda", "Rektor Universitas Jember menerima piagam dari Kapolda Jatim.",
     "given"),
    ("giving noun with its Polri giver", "Penyerahan penghargaan itu bentuk terima kasih Polres Gowa kepada para "
     "tokoh agama.", "given"),
    ("giving noun without a giver says nothing", "Acara ditutup dengan pemberian penghargaan kepada para relawan.",
     None),
    ("giving noun to a place is no recipient", "Penyerahan trofi ke Desa Sukamaju berlangsung meriah.", None),
    ("praise for Polri is no award", "Wali Kota memberikan apresiasi kepada Polres Blitar atas pengamanan Lebaran.",
     None),
    ("praise for Polri naming its award", "Gubernur memberikan apresiasi kepada Polda Riau atas penghargaan WBK itu.",
     "received"),
    ("the police's apresiasi to citizens", "Kapolsek Depok memberikan apresiasi kepada warga yang menangkap pencuri.",
     "given"),
    ("a civilian team standing for a Polres wins", "Regu SD Negeri 2 Wonosari yang mewakili Polres Gunungkidul "
     "menjadi juara pertama lomba.", "other"),
    ("the speaker received, not the unit he thanked", '"Terima kasih juga untuk Polres Ngawi," ujarnya usai '
     "menerima piala Adipura.", None),
    ("praise for Polri naming a contest's award", "Bupati memberikan apresiasi kepada Polres Kendal atas inovasi "
     "lomba Pelajar Pelopor Award.", None),
    ("a quote's speaker is no object of giving", '"Kami memberi piagam pada malam itu," kata Kapolsek Ungaran.',
     None),
    ("named civilians, then the Polri venue", "Piagam diserahkan Kapolda kepada Rudi Hartono (40) dan Sumarni (38) "
     "di Mapolda Riau.", "given"),
    ("an anniversary's number is no recipient", "Piagam diserahkan Kapolda dalam syukuran HUT ke-63 Korps Lantas "
     "di Mapolda.", None),
    ("headline: units get an award", "Tiga Polsek di Sleman Dapat Penghargaan", "received"),
    ("a sports medal is a result, not an award", "Bripda Sinta dari Polda Bali meraih medali perak cabang judo "
     "di Porprov.", None),
    ("headline: police athletes sweep medals", "Polwan Polda Jabar Sabet Dua Emas Kejurnas Karate", None),
    ("an honorary title for a civilian", "Kapolda Sulsel menganugerahkan gelar Warga Kehormatan kepada seorang "
     "pengusaha.", "given"),
    ("a civilian named an honorary officer, passive", "Seorang tukang ojek dinobatkan sebagai Polisi Kehormatan oleh "
     "Kapolres Jember.", "given"),
    ("a foreigner receives an honorary title from Polri", "Artis Korea itu menerima gelar Honorary Police dari Polda "
     "Bali.", "given"),
    ("pupils win the police's contest", "SMP Negeri 4 Magelang keluar sebagai juara pertama lomba yang digelar "
     "Satlantas Polres Magelang.", "given"),
    ("a village wins the police's contest, passive", "Juara pertama diraih Desa Sidomulyo dalam lomba kampung tangguh "
     "yang diselenggarakan Polres Lamongan.", "given"),
    ("prizes to a contest's winners", "Kapolsek Tegalrejo menyerahkan hadiah kepada para pemenang lomba mural.",
     "given"),
    ("a work handed to a committee is no award", "Karya diserahkan ke panitia, lalu pemenang diumumkan pekan depan.",
     None),
    ("recipients named in a cited decree", "Piagam diberikan berdasarkan Perkap tentang pemberian penghargaan kepada "
     "anggota Polri.", None),
    ("headline: an officer gets a prize from the chief", "Polwan Itu Dapat Hadiah Sepeda dari Kapolda", "received"),
    ("an officer obtains a prize from his chief", "Bripka Andi mendapat hadiah umrah dari Kapolda.", "received"),
    ("a police rank heading another body", "Kepala BNNP Riau, Brigjen Pol. Budi, memberikan piagam kepada bupati.",
     "other"),
    ("a named team of a Polri unit", "Kapolda memberikan piagam kepada Tim Elang Satreskrim Polres Bantul.",
     "received"),
    ("counted people who helped the police", "Kapolres memberikan piagam kepada dua orang yang membantu polisi "
     "menangkap begal.", "given"),
    ("police inside the clause about the receiver", "Warga yang membantu polisi mendapat hadiah dari Kapolsek.",
     "given"),
    ("a name beginning Sat is no police unit", "Tokoh adat Datuk Rajo Sati ikut menerima piagam dari Kapolda.",
     "given"),
    ("pupils called little police", "Polisi Cilik SD Negeri 1 menerima piagam dari Kapolres.", "given"),
    ("a neighbourhood watch of a hamlet is no police unit: the police gave", "Pengurus Satkamling Dusun Krajan "
     "menerima hadiah dari Kapolres.", "given"),
    ("headline: members in capitals", "Kapolres Beri Penghargaan untuk Anggota Berprestasi", "received"),
    ("prize handed to people the lists do not know", "Hadiah diserahkan Kapolsek kepada juara lomba mewarnai.",
     "given"),
    ("headline: the chief gives a prize to a driver", "Kapolres Hadiahi Sopir Angkot Penolong Korban", "given"),
    ("a civilian given a prize, passive", "Seorang nelayan dihadiahi sepeda oleh Kapolda.", "given"),
    ("headline: praise as a verb, with the certificate", "Polres Bogor Apresiasi Relawan dengan Piagam", "given"),
    ("praise for a Polri activity is no award to it", "Forkopimda mengapresiasi kegiatan Polres, sementara warga "
     "berterima kasih atas penghargaan itu.", None),
    ("praise as a verb without an award", "Kapolres mengapresiasi warga yang menjaga keamanan.", None),
    ("a district head is no Polri", "Camat Ngaglik menerima piagam dari Kapolres.", "given"),
    ("a district's leadership forum is no Polri", "Polres Ngawi memberikan piagam kepada Muspika Paron.", "given"),
    ("a civilian named with an age", "Hendri (35) menerima hadiah dari Kapolda.", "given"),
    ("a promised award to citizens", "Warga yang melapor akan diberi penghargaan oleh Kapolres.", "given"),
    ("the receiver a clause without a noun is said to be", "Adapun yang menerima piagam yakni Polsek Depok.",
     "received"),
    ("a clause without a noun and no receiver named", '"Yang memberi Kapolda, maka yang menerima penghargaan ini '
     'juga Kapolda," ujarnya.', None),
    ("an award gives spirit, not an award", "Penghargaan ini memberikan semangat bagi Kasatpol PP dan jajarannya.",
     None),
    ("the receiver praises his award", "Rektor mengapresiasi penghargaan itu dan kerja sama dengan Polri.", None),
    ("a chief receiving a visit is no award", "Kapolres Kebumen menerima kunjungan siswa pemenang lomba.", None),
    ("an officer given a sanction is no award", "Bripda Yoga menerima sanksi atas pelanggaran disiplin.", None),
    ("headline: a civilian praised by the chief with a certificate", "Keberanian Pemuda Ini Diapresiasi Kapolres "
     "dengan Piagam", "given"),
    ("praise alone for a unit is no award", "Polres Pati diapresiasi Bupati atas pengamanan Lebaran.", None),
    ("a civilian rewarded by the chief, passive", "Seorang pemulung diganjar Kapolsek dengan piagam.", "given"),
    ("headline: a reward for a parking attendant", "Polsek Sewon Beri Reward Juru Parkir Penangkap Copet", "given"),
    ("a chief attending a handover to another body is no giver", "Kapolres Bantul menghadiri penyerahan piala "
     "Adipura kepada Pemkab Bantul.", None),
    ("police securing an award ceremony are no giver", "Polres Sleman mengamankan acara pemberian penghargaan kepada "
     "para atlet.", None),
    ("reward and punishment is a policy, not an award", "Kapolres memberikan reward dan punishment kepada anggota.",
     None),
    ("a meeting received by a chief is no award", "Koordinasi persiapan lomba inovasi itu diterima oleh Kapolsek "
     "Alas, dan penilaian Kompolnas Award dimulai bulan depan.", None),
    ("a unit named as the best is its subject, not what it took", "Bidang Keuangan Polda Gorontalo ditetapkan "
     "sebagai satuan kerja terbaik.", "received"),
    ("a record of awards a unit has won is background", "Di bawah kepemimpinannya, Polres Alor telah meraih "
     "berbagai penghargaan dari Kapolda dan Bupati.", None),
    ("the awards of that record, recalled", "Semua penghargaan yang telah diterima Polres Alor itu berkat kerja "
     "keras personel.", None),
    ("several awards of one ceremony are still the story's", "Polres Alor menerima sejumlah penghargaan dari "
     "Kapolda NTT pada Rabu (5/3).", "received"),
    ("the head of a municipal police corps is no Polri officer", "Piagam dari Gubernur diterima oleh Kasat Pol PP "
     "Kota Bima.", None),
    ("a soldier named by his TNI rank, rewarded by a Kapolres", "Atas keberaniannya, Serda Budi diganjar "
     "penghargaan oleh Kapolres Malang.", "given"),
    ("a soldier a member of his battalion", "Kapolres memberikan piagam kepada Pratu Andi, anggota Yonif 500 yang "
     "membantu menangkap jambret.", "given"),
    ("headline: a directorate general honoured by a Mabes head", "Ditjen Imigrasi Terima Piagam dari Kabareskrim",
     "given"),
    ("a regional office of a ministry honoured by a Kapolda", "Kepala Kanwil Kemenkumham menerima piagam dari "
     "Kapolda.", "given"),
    ("a regional secretary given an honorary title", "Sekda Kabupaten Sleman menerima gelar Warga Kehormatan dari "
     "Kapolda DIY.", "given"),
    ("members of a municipal police corps are its own", "Gubernur menyerahkan piagam kesetiaan kepada anggota "
     "Satpol PP yang telah bertugas 20 tahun.", "other"),
    ("a Polri hospital is a Polri unit", "Lembaga itu memberikan penghargaan kepada Rumah Sakit Bhayangkara Kediri "
     "atas pelayanannya.", "received"),
    ("a Polri school is a Polri unit", "Sekolah Polisi Negara Mojokerto meraih penghargaan dari Bupati.", "received"),
    ("headline: an award the Kapolri is going to give", "Kapolri Bakal Beri Penghargaan ke Bripda Andi", None),
    ("an award proposed, not given", "Kapolda telah mengajukan pemberian penghargaan untuk Bripka Andi ke Mabes "
     "Polri.", None),
    ("an award promised to citizens is still given", "Kapolres akan memberikan hadiah kepada warga yang menemukan "
     "pelaku.", "given"),
    ("a written statement received is no award", '"Piagam ini bentuk terima kasih kami," kata Kapolda Bali dalam '
     "keterangan tertulis yang diterima di Denpasar.", None),
    ("news received is no award", "Kapolres mendapat kabar bahwa penghargaan untuk anggotanya disetujui.", None),
    ("a village the subject of a passive giving verb, the chief speaking", "Kapolres mengatakan, desa itu diberikan "
     "penghargaan berupa sebuah traktor.", "given"),
    ("a unit the subject of a passive giving verb", "Polres Sleman diberikan penghargaan oleh Bupati atas "
     "pengamanan pemilu.", "received"),
    ("what an award is for is no recipient", "Apresiasi diberikan untuk memotivasi anggota, khususnya bagi jajaran "
     "polsek.", None),
    ("appreciation listed after 'bentuk' is no award", "Lomba ini bentuk dukungan, apresiasi dan penghargaan "
     "komunitas kepada Polri.", None),
    ("Polri among the bodies a receiving clause is said to be", "Lembaga yang menerima penghargaan adalah Basarnas; "
     "Polri; Kementerian Sosial.", "received"),
    ("a boarding school honoured by a Kapolda", "Pondok Pesantren Al Falah menerima penghargaan dari Kapolda Jatim.",
     "given"),
    ("firefighters rewarded by a Kapolsek, passive", "Petugas Damkar diganjar piagam oleh Kapolsek Depok.", "given"),
    ("other bodies a receiving clause is said to be", "Instansi yang meraih penghargaan yaitu Kejari Bantul dan "
     "Pengadilan Negeri Bantul.", "other"),
    ("a yellow compliance grade is no award", "Layanan SKCK Polres Kapuas memperoleh predikat kuning dengan nilai "
     "71.", None),
    ("a red zone grade is no award", "Untuk layanan SIM, Polres Katingan mendapat nilai zona merah.", None),
    ("a middling compliance grade is no award", "Polsek Sampit meraih predikat kepatuhan sedang dari Ombudsman.",
     None),
    ("a green zone grade is still an award", "Polres Kapuas mendapat predikat zona hijau dari Ombudsman.",
     "received"),
    ("a skull flag called a prize is a punishment", "Polres Landak mendapat hadiah bendera tengkorak dari Kapolda.",
     None),
    ("a skull flag handed over in the passive", "Adapun bendera panji tengkorak untuk kategori anggaran diberikan "
     "kepada Polres Melawi.", None),
    ("a skull flag called a prize, passive", "Hadiah bendera tengkorak diberikan kepada Polres Landak.", None),
    ("a thumbs-up flag handed to a unit is an award", "Untuk kategori ungkap kasus, bendera jempol diberikan kepada "
     "Polres Ketapang.", "received"),
    ("a thumbs-up flag received", "Polres Sintang menerima bendera panji jempol dari Kapolda Kalbar.", "received"),
    ("a gift handed to the press is no award", "Kabid Humas menyerahkan bingkisan kepada para wartawan sebagai "
     "bentuk apresiasi.", None),
    ("souvenirs for partners named after a Polda are no award", "Wakapolda memberikan cenderamata kepada mitra "
     "media Polda Jambi sebagai apresiasi.", None),
    ("a gift handed with a certificate is still an award", "Kapolres menyerahkan bingkisan dan piagam penghargaan "
     "kepada tiga satpam teladan.", "given"),
    ("a certificate for the police's partners is given", "Kapolres memberikan piagam kepada mitra Polres Bantul "
     "dari kalangan ojol.", "given"),
    ("outlets counted, a relative clause listing them, from a Polres", "Lima media yang menerima piagam dari "
     "Polres Sleman yaitu Kompas, Tempo dan Jawa Pos.", "given"),
    ("outlets by kind honoured by a Kapolda", "Sejumlah media daring diganjar piagam oleh Kapolda DIY.", "given"),
    ("a chief speaking to the press after he received", "Kapolres Sleman kepada media usai menerima piagam dari "
     "Bupati mengaku bangga.", "received"),
    ("prize money for a contest's winners", "Wakapolres Sleman menyerahkan uang pembinaan kepada para juara lomba "
     "mural.", "given"),
    ("guidance given is still no award", "Kapolres memberikan pembinaan kepada anggota yang melanggar.", None),
    ("a children's police troop a Polres trains wins a contest", "Pocil Polres Demak berhasil meraih juara dua "
     "lomba tingkat provinsi.", "other"),
    ("a children's police troop, passive, the Polres training it named after", "Juara pertama diraih polisi cilik "
     "SD Negeri 2 Kudus binaan Polres Kudus.", "other"),
    ("how many units hold an award so far", "Hingga kini baru ada tiga satker yang telah meraih WBK dari "
     "KemenPAN-RB.", None),
    ("how many units hold an award, said with sudah", "Di Polda Bali sudah ada lima Polres yang sudah mendapat "
     "predikat WBBM.", None),
    ("what an award is, said of a class", "Penghargaan itu adalah piagam yang diberikan kepada Polres yang "
     "patuh melayani warga, kata Kapolda Papua.", None),
    ("police among a list of receivers after kepada", "Bupati Lebak menyerahkan piagam kepada Camat, Kapolsek, "
     "Danramil dan Kepala Puskesmas Cibeber.", "received"),
    ("police among a list of receivers, hyphenated, headline", "Wali Kota Beri Penghargaan kepada Dinas, TNI-Polri "
     "hingga Lurah", "received"),
    ("a count of people who belong to a joint team with police units", "Kapolri memberikan penghargaan kepada 80 orang "
     "yang tergabung dalam tim gabungan Bea Cukai, Polda Aceh dan Polres Langsa.", "received"),
    ("a list of named receivers with a Polri member as subject", "Danramil Kapten Budi, Bhabinkamtibmas Polsek Sukajaya "
     "Bripka Andi, dan Kepala Desa Tono menerima piala lomba kampung.", "received"),
    ("a list of receivers after a passive oleh with a police member", "Piala itu diterima oleh Kepala Desa Tono dan "
     "Bhabinkamtibmas Polsek Sukajaya.", "received"),
    ("a police chief after a comma starts a new clause, no list", "Bupati Klaten memberikan piagam kepada tiga warga, "
     "Kapolres berharap warga lain meniru mereka.", "other"),
    ("a police chief receives together with a minister", "Kapolri bersama Menteri Keuangan menerima penghargaan dari "
     "Presiden.", "received"),
    ("a soldier named with whose member he is, no list", "Kapolres memberikan penghargaan kepada Serda Dodi, anggota "
     "Kodim 0612 yang membantu menangkap pencuri.", "given"),
    ("winning as an aim after dalam", "Tim penilai datang untuk menilai kesiapan Polres Sikka dalam meraih predikat "
     "WBK.", None),
    ("winning as an aim after upaya ... dengan", "Kapolres menyebut pelayanan cepat adalah kunci upaya membangun zona "
     "integritas dengan meraih predikat WBBM.", None),
    ("receivers named by a noun and listed", "Penerima Anugerah Pelayanan Prima 2023 adalah Polda Jambi, Polres Bungo "
     "dan Polsek Muara Tebo.", "received"),
    ("receivers named by a noun, another body's", "Peraih penghargaan kepatuhan itu yakni Pemkab Sleman.", "other"),
    ("what a decoration is, its giver between verb and receivers", "Bintang Bhayangkara Nararya merupakan tanda "
     "kehormatan yang diberikan Polri sebagai wujud terima kasih kepada tokoh yang berjasa.", None),
    ("a minister by short title receives a Polri decoration, headline", "Menkes Budi Terima Penghargaan Bintang "
     "Bhayangkara Pratama", "given"),
    ("a minister receives another body's award", "Menteri Desa menerima penghargaan dari Ombudsman RI.", "other"),
    ("a gift called a reward before its giver", "Sebagai bentuk apresiasi, Polsek Ciawi memberikan paket sembako "
     "kepada para juru parkir yang menjaga ketertiban.", "given"),
    ("a gift without a word of reward", "Polsek Ciawi memberikan paket sembako kepada para juru parkir.", None),
    ("achievements counted, no award", "Polres Madiun juga meraih sejumlah prestasi tahun ini, seperti peringkat "
     "pertama penanganan perkara.", None),
    ("what a decoration is, with merupakan", "Satyalancana merupakan tanda kehormatan yang diberikan kepada "
     "anggota Polri yang setia mengabdi, ujar Kapolres.", None),
    ("what a decoration is, its giver between the verb and the class", "Bintang Bhayangkara Nararya merupakan tanda "
     "kehormatan yang dianugerahkan Kapolri sebagai wujud terima kasih kepada mereka yang berjasa bagi Polri.", None),
    ("the police among a list of those given to", "Bupati Sragen menyerahkan piagam kepada Camat Gemolong, Kapolsek "
     "Gemolong dan Danramil Gemolong atas capaian vaksinasi.", "received"),
    ("a person described as a member of another body is no list of police", "Kapolres memberikan penghargaan kepada "
     "Serda Budi, anggota Kodim Sragen yang membantu menangkap pencuri.", "given"),
    ("the police among a list of those who receive", "Babinsa Sleman Serka Adi, Bhabinkamtibmas Polsek Ngaglik Aipda "
     "Budi, dan Lurah Sariharjo Ir. Joko menerima penghargaan dari Bupati.", "received"),
    ("a plaque handed to a resort", "Gubernur Bengkulu menyerahkan plakat kepada Polres Seluma atas pengamanan pilkada.",
     "received"),
    ("a promotion out of turn by its short name", "Dua personel Polres Kaur menerima KPLB dari Kapolri.", "received"),
    ("placings, each with a colon and who took it", "Juara I: Polsek Juwana; Juara II: Polsek Tayu.", "received"),
    ("headline verb without its prefix: boyong", "Polres Wonogiri Boyong Tiga Piala Lomba Kampung Tangguh", "received"),
    ("headline verb without its prefix: rebut", "Polsek Cepu Rebut Juara Satu Lomba Pos Kamling", "received"),
    ("headline verb without its prefix: kantongi", "Satlantas Polres Garut Kantongi Predikat WBBM", "received"),
    ("headline verb without its prefix: peroleh", "Polresta Cirebon Peroleh Penghargaan dari Bupati", "received"),
    ("headline verb without its prefix: gondol", "Polda Bengkulu Gondol Dua Anugerah Keterbukaan Informasi", "received"),
    ("headline verb without its prefix: dulang", "Polres Sabu Raijua Dulang Tiga Penghargaan Pelayanan Publik",
     "received"),
    ("headline verb without its prefix: ukir", "Polres Sikka Ukir Rekor MURI Tanam Pohon", "received"),
    ("headline placing verb without its prefix", "Polres Ende Tempati Peringkat Pertama Penilaian Ombudsman",
     "received"),
    ("winning verb with its prefix", "Polres Alor memenangkan lomba desa tangguh dan memperoleh trofi bergilir.",
     "received"),
    ("a honour spelt anugrah", "Polsek Bajawa dianugrahi piagam oleh Bupati Ngada.", "received"),
    ("an award reaped", "Polres Belu menuai penghargaan dari Ombudsman atas pelayanannya.", "received"),
    ("chosen as the best, with menjadi", "Polres Lembata terpilih menjadi satuan kerja terbaik tingkat Polda NTT.",
     "received"),
    ("named the best, with didapuk", "Polres Rote Ndao didapuk sebagai polres terbaik pelayanan SKCK.", "received"),
    ("praise reaped is no award", "Polres Flores Timur menuai apresiasi warga usai patroli malam.", None),
    ("an officer of the lowest ranks receives", "Piagam dari Bupati Bantul diterima Brigadir Sari dan Bharada Dimas.",
     "received"),
    ("one of those who receive", "Polres Badung menjadi salah satu penerima piagam Kompolnas tahun ini.", "received"),
    ("on the list of those who receive", "Polsek Kuta masuk dalam daftar peraih penghargaan Ombudsman.", "received"),
    ("many awards reaped at once", "Polres Tabanan panen penghargaan pada peringatan Hari Bhayangkara.", "received"),
    ("topping an assessment", "Polresta Denpasar memuncaki penilaian kepatuhan pelayanan publik.", "received"),
    ("coming out the best", "Polres Klungkung tampil sebagai juara umum lomba tertib lalu lintas.", "received"),
    ("a headline with no verb: the unit and its win", "Polsek Prambanan Juara Satu Lomba Kampung Sadar Hukum",
     "received"),
    ("a headline with no verb: the unit the best", "Polres Gunungkidul Terbaik Pelayanan Publik se-DIY", "received"),
    ("a headline with no verb: children the unit trains won", "Pocil Binaan Polres Kulon Progo Juara Lomba Baris",
     None),
    ("a placing taken, passive", "Peringkat kedua penilaian kepatuhan ditempati Polres Manggarai.", "received"),
    ("those who receive, then who they are", "Adapun penerima piagam itu adalah Polres Nagekeo dan Polres Ngada.",
     "received"),
    ("winners named after a colon", "Para peraih predikat WBK tahun ini: Polres Kupang dan Polsek Oebobo.", "received"),
    ("winners from outside Polri named after the linking word", "Pemenangnya adalah SMA Negeri 2 Atambua.", None),
    ("an award that falls to a unit", "Gelar juara umum lomba itu jatuh ke tangan Polres Sumba Barat.", "received"),
    ("a predikat borne, passive", "Predikat satker terbaik tahun ini disandang Polres Sumba Timur.", "received"),
    ("named the best, with didaulat", "Polres Manggarai Barat didaulat menjadi polres terbaik pelayanan SIM.",
     "received"),
    ("thanks to those who made a cup happen names no award given", "Kapolres Lumajang menyampaikan apresiasi dan "
     "terima kasih kepada seluruh personel yang telah menyukseskan turnamen bola voli Piala Kapolres.", None),
    ("praise with its award named before whom it goes to", "Kapolda memberikan apresiasi berupa piagam kepada "
     "personel Polres Jember yang telah menolong korban banjir.", "received"),
    ("an award asked for by a directive, the verb far after agar", "Kapolri memerintahkan agar para personel "
     "Polres Nabire yang terluka saat mengamankan kerusuhan pekan lalu diberi kenaikan pangkat luar biasa.", None),
    ("an award asked for with supaya", "Gubernur meminta supaya Bhabinkamtibmas Desa Waru yang menolong korban "
     "banjir itu mendapat penghargaan dari Kapolda.", None),
    ("a directive before, then a clause of what happened: the award stands", "Bupati meminta agar warga tetap "
     "tertib setelah Polres Kendal menerima penghargaan dari Kapolda.", "received"),
    ("a definition naming the form the award takes", "Pin emas adalah penghargaan berupa lencana berlapis emas "
     "yang diberikan kepada anggota Polri yang berprestasi.", None),
    ("a definition by what it is given in the form of", "KPLB merupakan penghargaan dalam bentuk kenaikan pangkat "
     "yang diberikan bagi personel yang gugur atau berjasa.", None),
    ("a chief's optimism that his unit will win again", "Saya optimis Polres Blora kembali meraih juara dalam "
     "lomba kebersihan tahun ini,\" kata Kapolres.", None),
    ("recipients end where the reason begins: police in it are whom they helped", "Kapolres Bitung menyerahkan "
     "piagam kepada para imam masjid atas dukungan mereka terhadap pembinaan rohani personel.", "given"),
    ("recipients end at karena", "Kapolsek Pandaan memberikan penghargaan kepada pengurus gereja karena membantu "
     "pengamanan personel Polsek saat Natal.", "given"),
    ("religious or customary leaders are not Polri", "Polres Kendari menyerahkan penghargaan kepada pemuka adat "
     "yang ikut menjaga kamtibmas bersama kepolisian.", "given"),
    ("personnel of a navy base are soldiers", "Empat personel Lantamal VI Makassar diberi penghargaan oleh "
     "komandannya.", "other"),
    ("soldiers of an army command", "Lima prajurit Kostrad menerima piagam dari Pangdam.", "other"),
    ("members of the marine corps", "Anggota Marinir itu mendapat piagam karena menolong penumpang kapal.", "other"),
    ("a standing commitment to reward, nobody given yet", "Kapolda Sulut berkomitmen terus memberikan penghargaan "
     "bagi warga yang berani melapor.", None),
    ("a commitment to reward personnel later", "Ke depan, Kapolres menyatakan berkomitmen selalu memberi reward "
     "kepada personel berprestasi.", None),
    ("people counted receive, then how many of them are police", "Sebanyak 25 orang menerima penghargaan, 20 di "
     "antaranya personel Polres Jepara.", "received"),
    ("people counted in a relative clause, the police among them", "Total ada 12 orang yang mendapat piagam, 9 orang "
     "di antaranya anggota Polsek Kaliwungu dan sisanya warga.", "received"),
    ("people counted, then how many of them are pupils, from the police", "Sebanyak 30 orang menerima piagam dari "
     "Kapolres, 28 di antaranya pelajar.", "given"),
    ("a unit's Duta Lalu Lintas is the student chosen to represent it", "Duta Lalu Lintas Polres Sleman meraih "
     "juara II pada pemilihan tingkat Polda DIY.", None),
    ("a unit's Duta Kamtibmas, given a trophy", "Duta Kamtibmas Polresta Bandung menerima piala dari Kapolda "
     "Jabar.", None),
    ("the traffic unit that coaches the Duta receives", "Satlantas Polres Sleman meraih penghargaan sebagai pembina "
     "Duta Lalu Lintas terbaik.", "received"),
    ("a pledge with akan still says whom the award is for", "Kapolres berjanji akan memberikan penghargaan kepada "
     "dua pemuda penolong korban.", "given"),
]  # fmt: skip


@pytest.mark.parametrize("construction, sentence, role", ROLES, ids=[row[0] for row in ROLES])
def test_sentence_role(construction, sentence, role):
    assert sentence_role(sentence) == role


# -- who receives: a whole story's role --------------------------------------------------------------
STORY_ROLES = [
    ("a prize offered on conditions said in a sentence of their own", "Polisi Siapkan Hadiah bagi Sopir Truk",
     "Polres Cilacap akan memberikan hadiah uang Rp 1 juta bagi sopir truk. Syaratnya, sopir melaporkan pungutan liar "
     "di jalan. Kapolres berharap para sopir berani melapor.", "none"),
    ("a bonus offered to whoever reports", None, "Polresta Bogor akan memberikan hadiah bagi tukang parkir di pasar. "
     "\"Kalau melaporkan pencurian, akan diberikan bonus,\" kata Kapolresta.", "none"),
    ("a contest the police hold, its prizes handed over by a passive verb", "Polres Bantul Gelar Lomba Kampung "
     "Tangguh", "Polres Bantul menggelar Lomba Kampung Tangguh. Juara pertama diraih Padukuhan Jetis. Hadiah "
     "diserahkan Kapolres Bantul di Mapolres.", "given"),
    ("police units named late among another body's co-recipients", "Kejari Bima Raih Penghargaan dari Ombudsman",
     "Kejaksaan Negeri Bima meraih penghargaan kepatuhan dari Ombudsman RI. Kejari Bima dinilai patuh dalam "
     "pelayanan publik. Kepala Kejari menyampaikan terima kasih. Selain Kejari Bima, penghargaan yang sama juga "
     "diberikan kepada Polres Dompu dan Polres Sumbawa.", "received"),
    ("a Polda's tally of past awards recalled at a roll call", None, "Berbagai penghargaan telah diraih jajaran "
     "Polda Gorontalo. Di bawah Kapolda, institusi ini telah menerima sejumlah penghargaan dari KPU, Bawaslu dan "
     "masyarakat. Menurut Kapolda, seluruh penghargaan yang diterima itu hasil kerja keras personel.", "none"),
    ("a contest the police hold, won by citizens, praised as a form of appreciation", "Ratusan Warga Ikuti Lomba "
     "Foto Polres", "Lomba foto digelar di Polres Kudus dan melahirkan juara baru. Peserta memperebutkan piala "
     "Kapolres. Lomba ini merupakan bentuk dukungan, apresiasi dan penghargaan komunitas wartawan kepada Polri.",
     "none"),
    ("praise meant to spur units on to an award later", None, "Polda Riau memberikan apresiasi kepada jajaran Polres "
     "Kampar atas ungkap kasus narkoba. Kabid Humas mengatakan apresiasi diberikan untuk memberikan motivasi, "
     "khususnya bagi jajaran polsek. Ia akan melapor kepada Kapolda agar jajaran Polsek itu segera mendapatkan "
     "penghargaan.", "none"),
    ("those who receive listed on numbered lines after a colon", "Ombudsman Umumkan Hasil Penilaian",
     "Ombudsman Bali menyerahkan penghargaan kepatuhan. Berikut para penerima piagam:\n1. Polres Buleleng\n"
     "2. Polres Jembrana", "received"),
    ("an award verb spelled 'anugrah'", "Kanit Reskrim Polsek Sukajadi Dianugrahi Piagam oleh Forum Anti Narkoba",
     "Forum itu menilai kerja Polsek Sukajadi menekan peredaran sabu patut dicontoh.", "received"),
    ("a contest across a police unit's area, won by villages", None, "Lima desa mendapat piala dalam Lomba Desa "
     "Tertib Lalu Lintas di wilayah hukum Polres Kebumen. Juara I diraih Desa Sruweng.", "given"),
    ("a contest the police hold, its prizes handed over, nobody said to receive", "Polres Wonogiri Ajak Pelajar "
     "Berkarya", "Polres Wonogiri menggelar Lomba Video Kreatif tingkat SMA pada bulan Mei. Penyerahan hadiah lomba "
     "berlangsung Sabtu di aula Mapolres. Kapolres berharap pelajar terus berkarya.", "given"),
    ("outsiders honoured at the police's anniversary ceremony", None, "Upacara Hari Bhayangkara ke-78 digelar di "
     "halaman Mapolres Lebak. Kapolres memimpin upacara. Empat media yang mendapat penghargaan yaitu: Radar Banten, "
     "Kabar Lebak, TV Banten dan RRI.", "given"),
    ("a prize offered to whoever does a deed, only promised", "Polsek Cilandak Bakal Beri Hadiah Warga Penangkap "
     "Jambret", "Polisi akan memberikan hadiah kepada warga yang menangkap penjambret. \"Jika ada yang berhasil "
     "menangkap pelaku, kami beri hadiah,\" kata Kapolsek.", "none"),
    ("a promised award to people who already did the deed, not yet given", "Kapolres Bakal Beri Penghargaan Dua "
     "Pemuda Penolong Korban", "Kapolres akan memberikan penghargaan kepada dua pemuda yang menolong korban banjir.",
     "none"),
    ("people counted, then in the next sentence who they are: the police among them", None, "Kapolres Kupang "
     "menyerahkan piagam kepada 40 orang yang dinilai berjasa. Mereka terdiri dari personel Polres dan relawan.",
     "received"),
    ("those who receive counted, then said to be made up of police and citizens", "Puluhan Orang Terima Piagam",
     "Polres Rembang memberikan penghargaan kepada puluhan orang pada apel pagi. Para penerima terdiri atas anggota "
     "Satlantas, Bhabinkamtibmas dan warga.", "received"),
    ("people counted, then who they are: citizens only", None, "Polsek Ungaran menyerahkan hadiah kepada 12 orang "
     "pemenang lomba. Mereka terdiri dari pelajar dan guru.", "given"),
    ("a municipal police head receiving for his mayor is no Polri recipient", "Pemkot Bima Raih Penghargaan Gubernur",
     "Pemkot Bima meraih penghargaan dari Gubernur NTB. Penghargaan diserahkan Gubernur dan diterima oleh Kasat "
     "Pol PP Kota Bima yang mewakili Wali Kota.", "none"),
    ("a counted pronoun after kepada, the units named just before", None, "Dua polsek, yakni Polsek Wates dan "
     "Polsek Sentolo, berhasil menekan angka curanmor. Kapolres Kulon Progo memberikan penghargaan kepada keduanya "
     "di Mapolres.", "received"),
    ("a counted pronoun after kepada, citizens named just before", None, "Dua pemuda, Andi dan Budi, menangkap "
     "jambret di Pasar Wates. Kapolres Kulon Progo memberikan penghargaan kepada keduanya di Mapolres.", "given"),
    ("a chief sure his unit can win is only hopeful", None, "Tim penilai dari Inspektorat meninjau layanan Polres "
     "Wajo. Kapolres Wajo yakin Polres Wajo bisa meraih predikat WBBM tahun ini.", "none"),
    ("a chief resolved to win is only hopeful", None, "Polres Pinrang bertekad meraih predikat WBK pada penilaian "
     "mendatang.", "none"),
    ("an award once had, recalled in a clause", None, "Kapolres menegaskan bahwa Polres Bone sempat menyabet juara "
     "II lomba Kampung Tangguh, sehingga warga diminta terus menjaga kampungnya.", "none"),
    ("the receivers' list carried on in a verbless sentence that names police chiefs", "IJTI Beri Anugerah Sahabat "
     "Jurnalis", "IJTI Kendari memberikan Anugerah Sahabat Jurnalis kepada Wali Kota Kendari. Piagam juga "
     "diserahkan kepada Ketua DPRD Kendari. Berikutnya unsur Forkopimda, yaitu Kapolresta Kendari Kombes Andi Wijaya "
     "dan Dandim 1417 Letkol Rudi.", "received"),
    ("the receivers' list carried on after a comma, a unit among other bodies", None, "Bupati Klaten menyerahkan "
     "piagam Pelopor Keselamatan kepada Dinas Perhubungan. Selanjutnya, Satlantas Polres Klaten, Jasa Raharja dan "
     "Organda Klaten.", "received"),
    ("an award won at an earlier anniversary than the story's, recalled as background", "Polda Jambi Nilai Lomba "
     "Kebersihan Mako", "Tim Polda Jambi menilai kebersihan Mapolres Tebo menjelang Hari Bhayangkara ke-80. Kapolres "
     "berharap personel menjaga kebersihan. Sebagai informasi, pada Hari Bhayangkara ke-79 tahun 2025, Polres Tebo "
     "meraih juara 1 lomba kebersihan tingkat Polda Jambi.", "none"),
    ("a team's win at last year's anniversary of the corps, told at this year's", None, "Upacara HUT ke-76 Polairud "
     "digelar di Mako Ditpolairud Polda Riau. Pada HUT Polairud ke-75, tim dayung Ditpolairud Polda Riau menyabet "
     "juara umum lomba perahu naga.", "none"),
    ("work units in a story of the prosecutors' are theirs, not the police's", "Kejari Padang Satker Terbaik",
     "Kejari Padang meraih predikat satker terbaik se-Kejati Sumbar. \"Kepada satker yang memperoleh penghargaan saya "
     "ucapkan selamat,\" kata Kajati.", "none"),
    ("a court's own satuan kerja honoured by its high court", None, "Pengadilan Tinggi Jambi memberikan piagam kepada "
     "lima satuan kerja terbaik. Satuan kerja yang menerima penghargaan itu antara lain PN Muara Bungo.", "none"),
    ("work units in a story that names the police are theirs", None, "Polda Bengkulu menggelar anev kinerja. Tiga "
     "satker yang meraih penghargaan adalah Ditlantas, Ditreskrimum dan Bidhumas.", "received"),
    ("an award won at the anniversary the story tells of", "Polres Tebo Juara Lomba Kebersihan", "Dalam rangka Hari "
     "Bhayangkara ke-80, Polres Tebo meraih juara 1 lomba kebersihan mako tingkat Polda Jambi.", "received"),
    ("a sentence opened by a carrying-on word but with a verb of its own is no list", None, "Bupati Klaten "
     "menyerahkan piagam kepada Dinas Perhubungan. Kemudian Kapolres Klaten menyampaikan sambutan.", "none"),
    ("the carried-on list names only other bodies", None, "Wali Kota Madiun menyerahkan piagam kepada Dinas "
     "Kesehatan. Lalu Puskesmas Taman dan Kelurahan Oro-oro Ombo.", "none"),
    ("retired officers honoured by the police are people outside it", None, "Kapolda Bali memberikan piagam "
     "penghargaan kepada para purnawirawan Polri yang aktif dalam kegiatan sosial.", "given"),
    ("a win of the year before, in a relative clause, is background", None, "Polres Bima, yang tahun sebelumnya "
     "menyabet juara umum lomba itu, kembali menggelar lomba kebersihan masjid.", "none"),
    ("members of a sector counted after a civilian among those honoured", None, "Kapolres Bima menyerahkan "
     "penghargaan kepada seorang pedagang serta dua anggota Polsek Woha yang menggagalkan pencurian.", "received"),
    ("members of another body counted after civilians", None, "Kapolres Bima menyerahkan penghargaan kepada tiga "
     "warga dan dua anggota TNI yang menggagalkan pencurian.", "given"),
    ("bodies honoured, the police among them (termasuk)", None, "Gubernur Jambi memberikan penghargaan kepada 20 "
     "lembaga, termasuk Polda Jambi, atas dukungan vaksinasi.", "received"),
    ("a prize the police will hand over on a day to come", None, "Kapolsek Ubud akan menyerahkan hadiah kepada "
     "pemenang lomba ogoh-ogoh. Penyerahan dijadwalkan besok di Mapolsek.", "none"),
    ("prizes handed over, a later contest only planned", None, "Kapolsek Ubud menyerahkan hadiah kepada pemenang "
     "lomba ogoh-ogoh. Lomba serupa akan digelar tahun depan.", "given"),
    ("an officer named with his former post and his present one", None, "Kompol Agus Salim, mantan Kapolsek Ubud "
     "yang kini menjabat Kabag Ops Polres Gianyar, menerima penghargaan dari Kapolda Bali.", "received"),
    ("a mayor once a city chief receives a minister's award", None, "Wali Kota Denpasar, eks Kapolresta Denpasar, "
     "meraih penghargaan dari Menteri Dalam Negeri.", "none"),
    ("an award of a body outside Polri falls to a resort", None, "Penghargaan Kompolnas tahun ini jatuh kepada "
     "Polres Madiun.", "received"),
    ("the first prize of a police contest falls to a school", None, "Juara pertama lomba yang digelar Polres Ngawi "
     "jatuh kepada SMA Negeri 2 Ngawi.", "given"),
    ("a regent's rolling trophy falls to a village", None, "Piala bergilir Bupati Sleman jatuh kepada Desa "
     "Sardonoharjo.", "none"),
    ("ganjar with a court's sentence is no reward", None, "Majelis hakim mengganjar terdakwa dengan hukuman tujuh "
     "tahun penjara.", "none"),
    ("ganjar with a dismissal is no reward", None, "Oknum polisi itu diganjar sanksi PTDH oleh Kapolda.", "none"),
    ("Ganjar as a man's name is no reward", None, "Gubernur Jawa Tengah Ganjar Pranowo mengunjungi Polres Klaten.",
     "none"),
    ("a resort chief rewards villagers, no award noun", None, "Kapolres Bogor mengganjar dua warga yang menangkap "
     "jambret.", "given"),
    ("a city chief rewards his unit's members, no award noun", None, "Kapolresta Malang Kota mengganjar 12 anggota "
     "Satreskrim yang mengungkap kasus begal.", "received"),
    ("a contest's winning villages under a region's own name (pekon)", None, "Polres Tanggamus menyerahkan piala "
     "kepada Pekon Banjarsari, juara lomba kampung tangguh.", "given"),
    ("a contest across a resort's area, its winning villages named after a noun", None, "Lomba kampung bebas "
     "narkoba se-wilayah hukum Polres Pringsewu resmi berakhir. Pemenangnya adalah Pekon Sukoharjo dan Pekon "
     "Pardasuka, yang masing-masing menerima uang pembinaan.", "given"),
    ("a contest the police hold, won by a mosque", None, "Polres Pesawaran menggelar lomba kebersihan masjid. Juara "
     "pertama diraih Masjid Al-Ikhlas Desa Gedong Tataan.", "given"),
    ("a police contest beside another body's award from the governor", None, "Polres Pesawaran menggelar lomba "
     "kebersihan masjid. Sementara itu, Pemkab Pesawaran menerima penghargaan dari Gubernur Lampung.", "none"),
    ("praise measured by a degree, to citizens, is no award", None, "Kapolres Tegal memberikan apresiasi tinggi "
     "kepada para relawan yang membantu pencarian korban.", "none"),
    ("praise measured by a degree that names a certificate", None, "Kapolres Tegal memberikan apresiasi yang "
     "setinggi-tingginya berupa piagam penghargaan kepada dua relawan.", "given"),
    ("a sector chief's son honoured by a regent", None, "Putra Kapolsek Wonosari meraih penghargaan pemuda "
     "pelopor dari Bupati Gunungkidul.", "none"),
    ("a chief's subordinates (anak buah) honoured by him stay the police's", None, "Kapolres Gunungkidul memberikan "
     "piagam penghargaan kepada anak buah Kapolsek Wonosari yang menangkap pelaku curanmor.", "received"),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", STORY_ROLES, ids=[row[0] for row in STORY_ROLES])
def test_story_role(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


# Passages written apart from the real stories, to measure how far the role rules reach: Polri giving to
# citizens, soldiers, schools and villages; award words with no Polri recipient; Polri's people among others.
WRITTEN_APART = [
    ('a resort chief hands certificates to villagers, active',
     None,
     'Kapolres Blitar AKBP Wisnu Hartanto memberikan piagam penghargaan kepada tiga warga Desa Sumberjo yang menangkap pelaku pencurian sepeda motor. Ketiga warga itu juga menerima uang tunai sebagai tanda terima kasih.',
     'given'),
    ('security guards given an award by a city chief, passive with oleh',
     None,
     'Dua satpam Bank Sultra di Kendari diberi penghargaan oleh Kapolresta Kendari karena menggagalkan perampokan pada Senin (3/6). Penghargaan diserahkan di halaman Mapolresta.',
     'given'),
    ('headline: a regional chief gives a prize to a ride-hailing driver',
     'Kapolda Riau Beri Hadiah Umrah untuk Pengemudi Ojol Penolong Korban Begal',
     'Seorang pengemudi ojek online bernama Darmaji mendapat hadiah umrah dari Kapolda Riau Irjen Pol Hendra Saputra. Darmaji menolong korban begal di Jalan Sudirman Pekanbaru pekan lalu.',
     'given'),
    ('a resort confers an award on students, menganugerahkan',
     None,
     'Polres Garut menganugerahkan penghargaan kepada empat pelajar SMA Negeri 1 Garut yang menemukan dan mengembalikan tas berisi uang Rp 40 juta kepada pemiliknya. Kapolres berharap kejujuran para pelajar itu menjadi teladan.',
     'given'),
    ('a resort chief hands certificates to journalists',
     None,
     'Kapolres Bantul menyerahkan piagam penghargaan kepada lima wartawan yang dinilai aktif menyebarkan informasi kamtibmas sepanjang tahun. Penyerahan dilakukan dalam acara coffee morning bersama insan pers di Mapolres Bantul.',
     'given'),
    ('a regional chief honours soldiers of a district command',
     None,
     'Kapolda Papua memberikan penghargaan kepada 12 prajurit TNI dari Kodim 1701/Jayapura yang membantu pengamanan Pilkada. Para prajurit menerima piagam dan bingkisan dalam apel di Lapangan Mapolda.',
     'given'),
    ('firefighters diganjar by a resort chief, headline and passive',
     'Petugas Damkar Kota Bekasi Diganjar Penghargaan oleh Kapolres',
     'Tujuh petugas pemadam kebakaran Kota Bekasi diganjar penghargaan oleh Kapolres Metro Bekasi Kota. Mereka dinilai sigap memadamkan kebakaran gudang yang nyaris merembet ke permukiman.',
     'given'),
    ('a village named best by a resort, its head receives the trophy from the chief',
     None,
     'Desa Sukamaju dinobatkan sebagai Kampung Tangguh terbaik oleh Polres Cianjur. Kepala Desa Sukamaju menerima trofi dan uang pembinaan dari Kapolres Cianjur pada Kamis (14/3).',
     'given'),
    ('a school receives an award from a resort',
     None,
     'SMP Negeri 2 Tegal menerima penghargaan dari Polres Tegal Kota sebagai sekolah pelopor keselamatan berlalu lintas. Piagam diterima oleh kepala sekolah, Sri Wahyuni.',
     'given'),
    ('a contest the police hold, the winning village receives the prize from the chief',
     None,
     'Polres Sumenep menggelar lomba kebersihan pos kamling antar desa. Juara pertama diraih Desa Kalianget Timur, yang menerima trofi dan uang pembinaan dari Kapolres Sumenep.',
     'given'),
    ("tali asih and a certificate handed to a volunteer's family",
     None,
     'Kapolres Lumajang menyerahkan tali asih dan piagam penghargaan kepada keluarga relawan yang gugur saat evakuasi korban erupsi Semeru. Tali asih diterima istri almarhum di rumah duka.',
     'given'),
    ('the Kapolri pins a gold pin on a farmer',
     None,
     'Kapolri menyematkan pin emas kepada Rahmat, seorang petani di Jember yang menyelamatkan dua anak dari arus sungai. Kapolri menyebut keberanian Rahmat patut dicontoh.',
     'given'),
    ('headline: a neighbourhood head gets an award from a city chief',
     'Ketua RT di Makassar Dapat Penghargaan dari Kapolrestabes',
     'Ketua RT 05 Kelurahan Tamalanrea, Baharuddin, mendapat penghargaan dari Kapolrestabes Makassar karena aktif menghidupkan ronda malam. Penghargaan diserahkan saat Jumat Curhat di masjid setempat.',
     'given'),
    ('the winners of a police video contest, a student receives from the deputy chief',
     None,
     'Polda Sulawesi Selatan mengumumkan pemenang lomba video pendek HUT Bhayangkara ke-78. Juara I diraih mahasiswa Universitas Hasanuddin, Andi Fikri, yang menerima hadiah dari Wakapolda Sulsel.',
     'given'),
    ('a resort assessed for WBK, only hoping to win',
     None,
     'Tim penilai dari KemenPAN-RB mengunjungi Polres Jombang untuk menilai pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi. Kapolres Jombang berharap satuannya dapat meraih predikat WBK tahun ini.',
     'none'),
    ('a resort nominated, the winners announced later',
     None,
     'Polres Klaten masuk nominasi penerima penghargaan pelayanan publik terbaik dari Ombudsman RI. Pengumuman pemenang dijadwalkan bulan depan di Jakarta.',
     'none'),
    ('headline: a resort declares its integrity zone towards WBBM',
     'Polres Kudus Canangkan Zona Integritas Menuju WBBM',
     'Polres Kudus menggelar pencanangan pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani. Kapolres mengajak seluruh personel menjaga integritas dalam pelayanan.',
     'none'),
    ("a regency government receives a ministry's award",
     None,
     'Pemerintah Kabupaten Banyuwangi menerima penghargaan Kabupaten Layak Anak dari Kementerian PPPA. Bupati Banyuwangi menerima trofi tersebut di Jakarta, Selasa (23/7).',
     'none'),
    ("a prosecutors' office wins WBK",
     None,
     'Kejaksaan Negeri Magelang meraih predikat Wilayah Bebas dari Korupsi dari KemenPAN-RB. Kepala Kejari Magelang menyebut capaian itu hasil kerja keras seluruh pegawai.',
     'none'),
    ('a regional chief praises a resort in words',
     None,
     'Kapolda Jawa Tengah memuji kinerja Polres Boyolali dalam mengamankan arus mudik Lebaran. Menurut Kapolda, tidak ada kemacetan berarti selama operasi berlangsung.',
     'none'),
    ('a promotion ceremony called a form of appreciation',
     None,
     'Sebanyak 85 personel Polres Purworejo naik pangkat dalam upacara di halaman Mapolres, Senin (1/7). Kapolres menyebut kenaikan pangkat merupakan bentuk penghargaan atas pengabdian anggota.',
     'none'),
    ('an award the chief will give, handed over next week',
     None,
     'Kapolres Pemalang akan memberikan penghargaan kepada warga yang membantu menangkap pelaku pembunuhan. Rencananya penghargaan diserahkan pekan depan di Mapolres Pemalang.',
     'none'),
    ('a regent who was once a resort chief receives a state decoration',
     None,
     'Bupati Sragen Suparno, mantan Kapolres Sragen, menerima penghargaan Satyalancana Wira Karya dari Presiden atas keberhasilan program pertanian. Penghargaan diserahkan di Istana Negara.',
     'none'),
    ("a resort's WBK of last year mentioned as background",
     None,
     'Polres Wonogiri, yang tahun lalu meraih predikat WBK, kini membuka layanan SIM keliling di lima kecamatan. Kapolres berharap layanan itu memudahkan warga di daerah terpencil.',
     'none'),
    ('prizes a traffic unit promises to pupils next week',
     None,
     'Tim Satlantas Polres Karanganyar mengunjungi SD Negeri 3 Karanganyar untuk sosialisasi tertib lalu lintas. Kasatlantas menjanjikan hadiah bagi murid pemenang lomba gambar yang akan diserahkan pekan depan.',
     'none'),
    ('a district military command honoured, the police chief only attends',
     None,
     'Kodim 0733 Semarang menerima penghargaan dari Wali Kota Semarang atas dukungan dalam penanganan banjir. Penghargaan diterima langsung oleh Dandim dalam upacara HUT Kota Semarang yang juga dihadiri Kapolrestabes Semarang.',
     'none'),
    ("a resort chief attends the regent's awards to villages",
     None,
     'Kapolres Gresik menghadiri penyerahan penghargaan desa terbaik oleh Bupati Gresik di Pendopo Kabupaten. Desa Wringinanom meraih juara pertama dan menerima hadiah dari Bupati.',
     'none'),
    ('a guard honoured by his employer, the thief handed to the police',
     None,
     'Seorang satpam perumahan di Depok menerima penghargaan dari perusahaan tempatnya bekerja setelah menangkap pencuri. Pelaku kemudian diserahkan ke Polsek Sukmajaya untuk diproses.',
     'none'),
    ('a resort receives from the regent at its own anniversary event',
     None,
     'Polres Sleman menerima penghargaan dari Bupati Sleman atas keberhasilan menjaga kamtibmas selama Pilkada. Penghargaan diserahkan dalam syukuran HUT Bhayangkara yang digelar Polres Sleman di Mapolres, Senin (1/7).',
     'received'),
    ("the regent hands a certificate to a resort at the resort's own assembly",
     None,
     'Dalam apel yang digelar di Mapolresta Banyumas, Bupati Banyumas menyerahkan piagam penghargaan kepada Polresta Banyumas atas pengungkapan kasus peredaran obat keras. Piagam diterima Kapolresta Banyumas Kombes Pol Agus Salim.',
     'received'),
    ('an officer of a sector among the public figures a regent honours (di antaranya)',
     None,
     'Bupati Kendal memberikan penghargaan kepada sepuluh tokoh inspiratif, di antaranya Aipda Rudi Hartono, Bhabinkamtibmas Polsek Weleri, yang mendirikan rumah baca. Penghargaan lain diterima guru dan kader posyandu.',
     'received'),
    ('a resort chief honours villagers and personnel of his unit together',
     None,
     'Kapolres Ngawi memberikan penghargaan kepada dua warga dan tiga personel Satreskrim Polres Ngawi yang menangkap pelaku perampokan toko emas. Penghargaan diserahkan usai apel pagi.',
     'received'),
    ('bodies a mayor honours include a resort (di antaranya)',
     None,
     'Wali Kota Tegal memberikan penghargaan kepada sejumlah instansi yang mendukung penanganan bencana, di antaranya Polres Tegal Kota, Kodim 0712/Tegal, dan PMI Kota Tegal.',
     'received'),
    ('headline: a resort chief honours his own members',
     'Kapolres Pati Beri Penghargaan kepada Anggota Berprestasi',
     'Kapolres Pati AKBP Hendra Wijaya memberikan penghargaan kepada delapan anggota Polres Pati yang berprestasi dalam mengungkap kasus narkoba. Penghargaan diserahkan dalam upacara di halaman Mapolres.',
     'received'),
    ('a sector wins the contest its resort holds',
     None,
     'Dalam lomba Kampung Tangguh yang digelar Polres Lamongan, Polsek Babat meraih juara I. Trofi diserahkan Kapolres Lamongan kepada Kapolsek Babat, AKP Sugeng Riyadi.',
     'received'),
    ('a village government honours citizens and a community officer of a sector',
     None,
     'Pemerintah Desa Karangrejo memberikan penghargaan kepada warga teladan dan Bripka Samsul Arifin, Bhabinkamtibmas Polsek Garum, atas dedikasinya membina keamanan desa.',
     'received'),
    ('headline: a resort rewards villagers, the reward handed over by the deputy chief',
     'Polres Pasuruan Ganjar Warga Penangkap Maling dengan Reward',
     'Dua warga Desa Gempol mendapat reward dari Polres Pasuruan setelah menangkap pencuri kotak amal masjid. Reward berupa uang tunai dan piagam diserahkan Wakapolres.',
     'given'),
    ("a regional police confers an ambassador's title on a singer",
     'Polda NTB Anugerahi Gelar Duta Kamtibmas kepada Penyanyi Lokal',
     'Polda Nusa Tenggara Barat menganugerahi gelar Duta Kamtibmas kepada penyanyi asal Lombok, Lalu Ramdan. Ia dinilai aktif mengajak anak muda menjauhi narkoba.',
     'given'),
    ('an award given by a resort chief to volunteers, passive with the agent first',
     None,
     'Penghargaan diberikan Kapolres Merangin kepada 15 relawan pencarian korban tenggelam di Sungai Batang Merangin. Para relawan berasal dari Basarnas, BPBD dan warga setempat.',
     'given'),
    ("praise in the form of a certificate to an interfaith forum's head",
     None,
     'Kapolresta Pontianak Kombes Pol Yusuf Hidayat memberi apresiasi berupa piagam kepada Ketua Forum Kerukunan Umat Beragama Kota Pontianak atas perannya menjaga situasi tetap kondusif.',
     'given'),
    ('headline: a parking attendant receives a certificate from a city police',
     'Tukang Parkir Penolong Korban Tabrak Lari Terima Piagam dari Polresta Padang',
     'Seorang tukang parkir di Pasar Raya Padang, Syamsul, menerima piagam penghargaan dari Polresta Padang. Ia menolong korban tabrak lari dan mencatat pelat nomor kendaraan pelaku.',
     'given'),
    ("a resort's own award named for security, to village heads",
     None,
     'Polres Kebumen memberikan penghargaan Kamtibmas Award kepada 20 kepala desa yang desanya nihil kasus kriminal selama setahun. Penghargaan diserahkan di Pendopo Kabupaten Kebumen.',
     'given'),
    ('a police award falls to public figures (jatuh kepada)',
     None,
     'Bhayangkara Award Polda Kalimantan Timur tahun ini jatuh kepada tiga tokoh masyarakat Samarinda. Mereka dinilai berjasa menjaga kerukunan warga.',
     'given'),
    ("a traffic unit's head hands helmets and certificates to pupils",
     None,
     'Kasatlantas Polres Magetan menyerahkan helm dan piagam kepada pelajar SMK yang terpilih sebagai Pelopor Keselamatan Berlalu Lintas. Kegiatan itu digelar di aula sekolah.',
     'given'),
    ('a regional chief honours soldiers and disaster volunteers',
     None,
     'Kapolda Sumatera Barat memberikan penghargaan kepada anggota Kodim 0304/Agam dan relawan Tagana yang membantu evakuasi korban banjir bandang. Penghargaan diserahkan pada apel pagi di Mapolda Sumbar.',
     'given'),
    ('headline: a sector chief gives certificates to firefighters',
     'Kapolsek Tambora Beri Piagam untuk Petugas Damkar',
     'Kapolsek Tambora memberi piagam kepada empat petugas pemadam kebakaran Jakarta Barat. Mereka menyelamatkan seorang lansia dari rumah yang terbakar.',
     'given'),
    ('students dianugerahi an award by a resort',
     None,
     'Tiga mahasiswa Universitas Jember dianugerahi penghargaan oleh Polres Jember karena membantu menggagalkan penipuan daring. Penyerahan berlangsung di Mapolres Jember, Rabu (8/5).',
     'given'),
    ('a colouring contest the police hold, winners get cups from the chief',
     None,
     'Polres Kutai Kartanegara menggelar lomba mewarnai untuk anak TK dalam rangka Hari Bhayangkara. Para pemenang mendapatkan piala dan bingkisan dari Kapolres.',
     'given'),
    ('thanks in words to citizens',
     None,
     'Kapolres Sukabumi mengucapkan terima kasih kepada warga yang membantu pencarian korban longsor. Ia berharap kerja sama itu terus terjalin.',
     'none'),
    ('a resort hoping to win WBBM next year',
     None,
     'Polres Tasikmalaya berharap dapat meraih predikat WBBM tahun depan. Tim internal kini menyiapkan dokumen penilaian.',
     'none'),
    ("a city government's award, the city chief only witnessing",
     None,
     'Pemkot Surabaya menerima penghargaan Adipura Kencana. Penghargaan diserahkan Menteri Lingkungan Hidup kepada Wali Kota Surabaya, disaksikan Kapolrestabes Surabaya.',
     'none'),
    ("villagers honour a sector's community officer",
     None,
     'Warga Desa Sukajaya memberikan penghargaan berupa piagam kepada Bripka Toni Saputra, Bhabinkamtibmas Polsek Cigombong, yang rutin mengajar mengaji anak-anak.',
     'received'),
    ('headline: a regional chief rewards his personnel (mengganjar, no award noun)',
     'Kapolda Jambi Ganjar Personel Berprestasi',
     'Kapolda Jambi mengganjar 27 personel yang berprestasi dalam pengungkapan kasus pembalakan liar. Penghargaan diserahkan dalam upacara di Lapangan Mapolda Jambi.',
     'received'),
    ("a resort chief accompanies the regent receiving a ministry's award",
     None,
     'Kapolres Sidoarjo mendampingi Bupati Sidoarjo saat menerima penghargaan Kabupaten Sehat dari Kementerian Kesehatan di Jakarta.',
     'none'),
    ('an award received by the regent, the resort chief beside him',
     None,
     'Penghargaan itu diterima Bupati Probolinggo didampingi Kapolres Probolinggo dan Dandim 0820 di Gedung Grahadi, Surabaya.',
     'none'),
    ('headline: police secure an awards night for tourist sites',
     'Polisi Amankan Malam Anugerah Pesona Indonesia',
     'Ratusan personel Polres Banyuwangi mengamankan malam Anugerah Pesona Indonesia di Taman Blambangan. Acara penyerahan penghargaan kepada destinasi wisata terbaik itu berjalan lancar.',
     'none'),
    ("a regional chief attends the prosecutors' award night",
     None,
     'Kapolda Sulawesi Utara menghadiri malam penganugerahan Adhyaksa Award yang diterima Kejati Sulut. Kapolda mengucapkan selamat atas prestasi tersebut.',
     'none'),
    ("a pupil, an officer's child, wins a science medal",
     None,
     'Seorang pelajar SMA di Cilacap yang bercita-cita menjadi polisi meraih medali emas Olimpiade Sains Nasional. Ia mengaku terinspirasi ayahnya, seorang anggota Polsek Kroya.',
     'none'),
    ("a resort chief's wife honoured by a city government",
     None,
     'Istri Kapolres Pekalongan, yang juga Ketua Bhayangkari Cabang Pekalongan, menerima penghargaan sebagai pelestari batik dari Pemkot Pekalongan.',
     'none'),
    ('citizens a resort proposes for an award, still in process',
     None,
     'Polres Malang mengusulkan lima warga untuk mendapatkan penghargaan dari Kapolda Jawa Timur. Usulan itu kini sedang diproses.',
     'none'),
    ("a WBK won before, recalled in a chief's message",
     None,
     'Kapolres Majalengka berpesan agar personel terus berprestasi seperti tahun lalu, ketika Polres Majalengka pernah meraih predikat WBK.',
     'none'),
    ("a volleyball team of the police wives' organisation wins a tournament",
     None,
     'Tim voli Bhayangkari Polres Klaten meraih juara pertama turnamen antar organisasi wanita se-Kabupaten Klaten. Piala diserahkan Ketua TP PKK Klaten.',
     'none'),
    ("a former officer, now a farmer, receives a governor's award",
     None,
     'Seorang mantan anggota Polres Jember yang kini menjadi petani organik menerima penghargaan Kalpataru dari Gubernur Jawa Timur.',
     'none'),
    ("a transport office's award, a traffic unit's head attending",
     None,
     'Dinas Perhubungan Kota Bogor menerima penghargaan Wahana Tata Nugraha. Kasatlantas Polresta Bogor Kota turut hadir dalam penyerahan tersebut.',
     'none'),
    ('a warning about prize-draw fraud',
     None,
     'Kapolsek Bantarujeg mengimbau warga agar tidak mudah percaya pada penipuan berkedok hadiah undian. Modus itu marak di media sosial.',
     'none'),
    ('a resort chief honours minibus drivers, his officers watching',
     None,
     'Kapolres Karawang menyerahkan penghargaan kepada dua sopir angkot yang menolong korban kecelakaan, disaksikan para pejabat utama Polres Karawang.',
     'given'),
    ('an award from a regional chief received by fishermen, passive',
     None,
     'Penghargaan dari Kapolda Kalimantan Barat diterima oleh tiga nelayan yang menyelamatkan penumpang kapal tenggelam di Sungai Kapuas.',
     'given'),
    ('headline: a city police honours earthquake volunteers, who receive it',
     'Polresta Mataram Beri Penghargaan Relawan Gempa',
     'Sebanyak 30 relawan gempa menerima penghargaan dari Polresta Mataram. Kapolresta menyebut para relawan bekerja tanpa pamrih.',
     'given'),
    ('a pupil named traffic ambassador by a traffic unit',
     None,
     'Pelajar SMA Negeri 3 Palu, Nur Aisyah, dinobatkan sebagai Duta Lalu Lintas oleh Satlantas Polresta Palu dan menerima piagam.',
     'given'),
    ('children who won a colouring contest receive prizes from a resort chief',
     None,
     'Anak-anak pemenang lomba mewarnai menerima hadiah langsung dari Kapolres Tulungagung di Mapolres Tulungagung, Sabtu (6/7).',
     'given'),
    ('headline: a fisherman gets a certificate from a resort',
     'Warga Penemu Bom Ikan Dapat Piagam dari Polres Bintan',
     'Polres Bintan menyerahkan piagam kepada Samsudin, nelayan yang melaporkan temuan bom ikan di perairan Teluk Sebong.',
     'given'),
    ('a parking attendant receives from a city police, reason fronted',
     None,
     'Atas keberaniannya menggagalkan penjambretan, seorang juru parkir di Medan menerima penghargaan dari Polrestabes Medan, Kamis (12/9).',
     'given'),
    ('a race the regional police holds, its winner receives from the chief',
     None,
     'Polda Jambi menggelar Bhayangkara Run 2024. Pemenang kategori 10K putra, Rizky Ananda, menerima medali dan uang tunai dari Kapolda Jambi.',
     'given'),
    ('a village head honoured by a resort chief, menganugerahkan',
     None,
     'Kapolres Bangka Barat menganugerahkan piagam penghargaan kepada Kepala Desa Tempilang karena desanya bebas dari penambangan timah ilegal.',
     'given'),
    ('headline with apresiasi, certificates to guards',
     'Polsek Kebayoran Lama Apresiasi Satpam Penggagal Pencurian Mobil',
     'Kapolsek Kebayoran Lama menyerahkan piagam penghargaan kepada dua satpam kompleks perumahan yang menggagalkan pencurian mobil.',
     'given'),
    ("an Ombudsman team's assessment received as a visit",
     None,
     'Kapolres Sumedang menerima kunjungan tim Ombudsman RI yang menilai kepatuhan pelayanan publik. Hasil penilaian akan diumumkan akhir tahun.',
     'none'),
    ('personnel take part in a shooting contest, no result',
     None,
     'Sejumlah personel Polres Ciamis mengikuti lomba menembak dalam rangka HUT Bhayangkara. Lomba itu digelar untuk melatih kemampuan anggota.',
     'none'),
    ('a deputy regent honours teachers, the resort chief a guest',
     None,
     'Wakil Bupati Indramayu menyerahkan penghargaan kepada 20 guru teladan. Kapolres Indramayu tampak hadir di antara tamu undangan.',
     'none'),
    ('an award to a resort planned for next week',
     None,
     'Rencananya, Kapolda Kalimantan Selatan akan menyerahkan penghargaan kepada Polres Tabalong pekan depan atas pengungkapan kasus narkoba.',
     'none'),
    ("the regent honours a resort chief at the resort's own ceremony",
     None,
     'Di sela upacara HUT Bhayangkara di Mapolres Demak, Bupati Demak menyerahkan piagam penghargaan kepada Kapolres Demak atas dukungan pengamanan Pilkada.',
     'received'),
    ('citizens and a sector officer honoured together by a regent',
     None,
     'Tiga warga dan seorang anggota Polsek Gayam, Bripka Hadi Santoso, menerima penghargaan dari Bupati Bojonegoro karena menolong korban banjir.',
     'received'),
    ('headline: a regent honours a resort and a district command',
     'Bupati Beri Penghargaan ke Polres dan Kodim',
     'Bupati Pacitan memberikan penghargaan kepada Polres Pacitan dan Kodim 0801/Pacitan atas kerja sama penanganan bencana longsor.',
     'received'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", WRITTEN_APART, ids=[row[0] for row in WRITTEN_APART])
def test_story_role_written_apart(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


SPELLINGS = [
    ("an award verb spelled 'anugrah'", "Kapolres Dianugrahi Piagam", "Kapolres Dianugerahi Piagam"),
    ("an editor's insertion in brackets", "Saya yakin (pemberian piagam -red) itu layak.", "Saya yakin itu layak."),
    ("a name that holds the letters is left alone", "Kapten Prajanugraha hadir.", "Kapten Prajanugraha hadir."),
]


@pytest.mark.parametrize("construction, text, read", SPELLINGS, ids=[row[0] for row in SPELLINGS])
def test_standard_spelling(construction, text, read):
    assert standard_spelling(text) == read


# -- who is honoured when the police honour people outside Polri: passages written apart from the evaluation stories --
# Polri chiefs, units and directorates honouring citizens, journalists, soldiers, Satpam, Linmas, village heads,
# companies, clerics, public bodies, police wives, Pocil and retired officers (given); ceremonies honouring Polri units
# beside civilians or soldiers, where only the units receive (received); and awards promised, put on a later day,
# recalled, or given by a regent to someone who helped the police (none). Rows as in BREADTH.
POLICE_HONOUR_OTHERS = [
    ('Kapolres hands piagam to citizens who caught a thief, Polres and Polsek named',
     'Kapolres Kulon Progo Beri Penghargaan Warga Penangkap Pencuri Motor',
     'KULON PROGO - Kapolres Kulon Progo AKBP Wisnu Hartanto menyerahkan piagam penghargaan kepada dua '
     'warga Desa Sentolo yang membantu menangkap pelaku pencurian sepeda motor. Penyerahan berlangsung '
     'saat apel pagi di halaman Mapolres Kulon Progo, Senin (15/1/2024). Kedua warga tersebut, Suparjo '
     '(45) dan Rahmat Hidayat (38), mengejar pelaku hingga ke persawahan sebelum menyerahkannya kepada '
     'anggota Polsek Sentolo. "Keberanian warga seperti ini patut kita apresiasi. Polres Kulon Progo tidak'
     ' bisa bekerja sendiri menjaga keamanan," ujar AKBP Wisnu. Kasat Reskrim Polres Kulon Progo AKP Bagus'
     ' Santoso menambahkan, pelaku kini ditahan di Mapolres untuk penyidikan lebih lanjut.',
     '2024-01-15', 'given', []),
    ('Kapolda honours journalists, Bidhumas chose them',
     None,
     'PEKANBARU - Kapolda Riau Irjen Pol Hadi Santoso memberikan penghargaan kepada lima wartawan yang '
     'dinilai konsisten menyajikan berita yang menyejukkan selama tahapan Pilkada 2024. Penghargaan '
     'diserahkan di Gedung Tribrata Mapolda Riau, Selasa (20/2/2024), dalam rangkaian peringatan Hari Pers'
     ' Nasional. Kabid Humas Polda Riau Kombes Pol Nanang Prasetyo mengatakan, para penerima dipilih '
     'melalui penilaian tim Bidhumas atas karya jurnalistik selama setahun terakhir. "Rekan-rekan media '
     'adalah mitra strategis Polda Riau," kata Kapolda. Di antara penerima terdapat jurnalis Riau Pos, '
     'Tribun Pekanbaru dan RRI Pekanbaru.',
     '2024-02-20', 'given', []),
    ('Kapolres honours three soldiers of a Kodim, the Dandim watches',
     'Bantu Evakuasi Korban Banjir, Tiga Prajurit Kodim Diganjar Penghargaan Kapolres Sikka',
     'MAUMERE - Kapolres Sikka AKBP Daniel Sitorus memberikan penghargaan kepada tiga prajurit Kodim '
     '1603/Sikka yang membantu evakuasi korban banjir bandang di Kecamatan Magepanda. Ketiganya ialah '
     'Serda Yohanes Mite, Pratu Kornelis Wula dan Prada Agus Riwu. Piagam diserahkan di Aula Mapolres '
     'Sikka, Selasa (12/3/2024), disaksikan Dandim 1603/Sikka Letkol Inf Ahmad Fauzi. "Sinergi TNI-Polri '
     'di Sikka terbukti nyata di lapangan," ujar Kapolres. Dandim mengucapkan terima kasih atas apresiasi '
     'Polres Sikka kepada anggotanya.',
     '2024-03-12', 'given', []),
    ("a Polda's Ditbinmas honours Satpam, its director hands over",
     None,
     'SEMARANG - Ditbinmas Polda Jawa Tengah memberikan penghargaan kepada 12 anggota Satuan Pengamanan '
     '(Satpam) berprestasi dalam kegiatan pembinaan Satpam di Semarang, Kamis (25/4/2024). Para Satpam itu'
     ' dinilai berhasil menggagalkan tindak kejahatan di lingkungan kerja masing-masing, antara lain '
     'perampokan minimarket di Ungaran dan pencurian kabel di kawasan industri Kendal. Penghargaan '
     'diserahkan Dirbinmas Polda Jateng Kombes Pol Yusuf Pranoto. "Satpam adalah mitra Polri dalam '
     'pengamanan swakarsa," ujarnya. Ia berharap para Satpam terus berkoordinasi dengan Polsek dan Polres '
     'setempat.',
     '2024-04-25', 'given', []),
    ('Kapolsek honours a schoolboy who returned a wallet',
     'Kembalikan Dompet Berisi Rp 5 Juta, Pelajar SMP Diberi Penghargaan Kapolsek',
     'JAKARTA - Kapolsek Tanjung Priok Kompol Arief Wibowo memberikan penghargaan kepada seorang pelajar '
     'SMP, Dimas Saputra (14), yang mengembalikan dompet berisi uang Rp 5 juta milik seorang pedagang. '
     'Dimas menemukan dompet tersebut di dekat Pasar Koja lalu menyerahkannya ke Mapolsek Tanjung Priok. '
     'Penghargaan berupa piagam dan tabungan pendidikan diserahkan di Mapolsek, Rabu (8/5/2024). '
     '"Kejujuran Dimas patut jadi teladan," kata Kompol Arief. Pemilik dompet, Sarmini, mengaku terharu '
     'dan berterima kasih kepada Polsek Tanjung Priok.',
     '2024-05-08', 'given', []),
    ('a Polres honours village heads for drug-free villages, Kasat speaks',
     None,
     'LAMONGAN - Polres Lamongan memberikan penghargaan kepada lima kepala desa yang dinilai berhasil '
     'membina kampung tangguh bebas narkoba. Penghargaan diserahkan langsung oleh Kapolres Lamongan AKBP '
     'Bambang Setiawan dalam acara Jumat Curhat di Pendopo Kecamatan Babat, Jumat (14/6/2024). Kasat '
     'Resnarkoba Polres Lamongan AKP Hendro Wijoyo menyebut kelima desa itu rutin menggelar penyuluhan '
     'bersama Bhabinkamtibmas. "Kepala desa adalah ujung tombak pencegahan narkoba," ujar Kapolres. Hadir '
     'pula para Kapolsek jajaran Polres Lamongan.',
     '2024-06-14', 'given', []),
    ('a Satlantas honours ojol drivers, its Kasat hands over',
     'Satlantas Polrestabes Bandung Apresiasi Tujuh Pengemudi Ojol',
     'BANDUNG - Satlantas Polrestabes Bandung memberikan penghargaan kepada tujuh pengemudi ojek online '
     'yang membantu mengurai kemacetan dan menolong korban kecelakaan di Jalan Soekarno-Hatta. Penghargaan'
     ' diserahkan Kasat Lantas Polrestabes Bandung AKBP Rizal Maulana di Mapolrestabes Bandung, Senin '
     '(1/7/2024). "Mereka sigap membantu petugas kami di lapangan," kata Rizal. Para pengemudi juga '
     'menerima helm dan rompi reflektor. Kapolrestabes Bandung Kombes Pol Budi Sartono mengapresiasi '
     'kepedulian komunitas ojol terhadap keselamatan berlalu lintas.',
     '2024-07-01', 'given', []),
    ("Kapolresta honours a city's firefighters",
     None,
     'PONTIANAK - Kapolresta Pontianak Kombes Pol Anton Wijaya menyerahkan penghargaan kepada petugas '
     'Dinas Pemadam Kebakaran dan Penyelamatan Kota Pontianak atas keberhasilan memadamkan kebakaran Pasar'
     ' Flamboyan tanpa korban jiwa. Penyerahan dilakukan di Mapolresta Pontianak, Selasa (23/7/2024). '
     'Sebanyak 15 petugas damkar menerima piagam penghargaan. Kapolresta menyebut kecepatan respons damkar'
     ' membantu Polresta Pontianak mengamankan lokasi dan menyelidiki penyebab kebakaran. Kepala Dinas '
     'Damkar Kota Pontianak, Yusri Hamdani, berterima kasih atas penghargaan tersebut.',
     '2024-07-23', 'given', []),
    ('Kapolres honours Linmas after an election',
     None,
     'MAGELANG - Usai Pilkada Serentak 2024, Kapolres Magelang AKBP Heri Susanto memberikan penghargaan '
     'kepada 20 anggota Satuan Perlindungan Masyarakat (Linmas) yang bertugas di TPS rawan. Penghargaan '
     'diserahkan di Gedung Bhayangkara Mapolres Magelang, Senin (2/12/2024). "Linmas berperan besar '
     'membantu Polres Magelang menjaga TPS tetap kondusif," kata Heri. Para anggota Linmas itu berasal '
     'dari Kecamatan Borobudur, Mungkid dan Salaman.',
     '2024-12-02', 'given', []),
    ('Kapolda honours companies, a director receives',
     'Dukung Ketahanan Pangan, Pupuk Kaltim Terima Penghargaan Kapolda',
     'BALIKPAPAN - Kapolda Kalimantan Timur Irjen Pol Rudi Hermawan memberikan penghargaan kepada PT Pupuk'
     ' Kaltim atas dukungan program ketahanan pangan Polda Kaltim. Penghargaan diterima Direktur Utama PT '
     'Pupuk Kaltim, Andi Saputra, di Mapolda Kaltim, Rabu (13/11/2024). Selain itu, Kapolda juga '
     'memberikan piagam kepada Bank Kaltimtara dan PT Pertamina Hulu Mahakam. Menurut Kapolda, dukungan '
     'perusahaan membantu jajaran Polres di Kaltim membuka lahan jagung seluas 300 hektare.',
     '2024-11-13', 'given', []),
    ('a Polres honours clerics and religious leaders, the Wakapolres accompanies',
     None,
     'PAMEKASAN - Polres Pamekasan memberikan penghargaan kepada sejumlah tokoh agama yang aktif menjaga '
     'kondusivitas selama Pemilu 2024. Piagam penghargaan diserahkan Kapolres Pamekasan AKBP Joko Priyono '
     "kepada KH Abdul Hamid, KH Muhammad Syafi'i dan Pendeta Markus Wibowo dalam silaturahmi di Mapolres "
     'Pamekasan, Kamis (25/4/2024). "Para ulama dan tokoh agama adalah penyejuk umat," ujar Kapolres. '
     'Wakapolres Pamekasan Kompol Hariyanto turut mendampingi penyerahan.',
     '2024-04-26', 'given', []),
    ('Kapolda honours the Bhayangkari of his Polda',
     None,
     'MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Andi Rahman memberikan penghargaan kepada Pengurus '
     'Daerah Bhayangkari Sulsel yang menjadi juara umum lomba paduan suara tingkat nasional. Penghargaan '
     'diserahkan dalam apel pagi di Lapangan Mapolda Sulsel, Senin (19/8/2024). Ketua Bhayangkari Daerah '
     'Sulsel, Ny. Rina Andi Rahman, menerima penghargaan tersebut. Kapolda berharap prestasi Bhayangkari '
     'menjadi penyemangat seluruh personel Polda Sulsel.',
     '2024-08-19', 'given', []),
    ("a Polres's Pocil team receives from its Kapolres",
     'Juara Lomba Pocil Tingkat Polda, Tim Pocil Polres Klaten Diapresiasi Kapolres',
     'KLATEN - Tim Polisi Cilik (Pocil) Polres Klaten menerima penghargaan dari Kapolres Klaten AKBP Eko '
     'Prasetyo setelah menjuarai lomba Pocil tingkat Polda Jawa Tengah. Penghargaan diserahkan di Mapolres'
     ' Klaten, Kamis (5/9/2024). Tim yang beranggotakan 30 siswa SD Negeri 1 Klaten itu dilatih anggota '
     'Sat Binmas Polres Klaten selama tiga bulan. "Anak-anak ini membanggakan Polres Klaten," kata '
     'Kapolres.',
     '2024-09-05', 'given', []),
    ('a Polres honours retired officers on Hari Bhayangkara',
     None,
     'BIMA - Dalam rangka Hari Bhayangkara ke-78, Polres Bima Kota memberikan penghargaan kepada para '
     'purnawirawan Polri yang pernah bertugas di wilayah Bima. Piagam diserahkan Kapolres Bima Kota AKBP '
     'Yudha Pratama kepada 15 purnawirawan di Aula Mapolres Bima Kota, Senin (1/7/2024). Di antara '
     'penerima adalah AKBP (Purn) Haji Usman, mantan Kapolres Bima. "Pengabdian para senior adalah fondasi'
     ' Polres Bima Kota hari ini," ujar Kapolres.',
     '2024-07-02', 'given', []),
    ("a Polres honours a prosecutor's office, a court and a Dinas",
     None,
     'MARTAPURA - Kapolres Banjar AKBP Wahyu Nugroho menyerahkan penghargaan kepada Kejaksaan Negeri '
     'Banjar atas sinergi penanganan perkara tindak pidana korupsi. Piagam diterima Kepala Kejari Banjar, '
     'Muhammad Ilham, di Mapolres Banjar, Rabu (18/12/2024). Selain Kejari, Polres Banjar juga memberikan '
     'penghargaan kepada Pengadilan Negeri Martapura dan Dinas Kesehatan Kabupaten Banjar. "Sinergi '
     'antarlembaga membuat penanganan perkara di Polres Banjar berjalan cepat," kata Kapolres.',
     '2024-12-18', 'given', []),
    ('a Polda honours a Pemkab and its BPBD, the Wakapolda hands over',
     None,
     'MATARAM - Polda Nusa Tenggara Barat memberikan penghargaan kepada Pemerintah Kabupaten Lombok Tengah'
     ' dan BPBD Lombok Tengah atas dukungan pengamanan ajang balap internasional di Sirkuit Mandalika. '
     'Penghargaan diserahkan Wakapolda NTB Brigjen Pol Ahmad Yani kepada Bupati Lombok Tengah dan Kepala '
     'Pelaksana BPBD Lombok Tengah di Mapolda NTB, Kamis (9/1/2025). Wakapolda menyebut koordinasi Pemkab,'
     ' BPBD dan Polres Lombok Tengah berjalan baik selama pengamanan.',
     '2025-01-09', 'given', []),
    ('a Ditlantas honours a Dishub and Jasa Raharja after an operation',
     None,
     'MEDAN - Ditlantas Polda Sumatera Utara memberikan penghargaan kepada Dinas Perhubungan Kota Medan '
     'dan Jasa Raharja Cabang Sumatera Utara atas dukungan selama Operasi Lilin Toba 2024. Penghargaan '
     'diserahkan Dirlantas Polda Sumut Kombes Pol Ridwan Siregar di Mapolda Sumut, Selasa (4/2/2025). '
     'Dirlantas mengatakan angka kecelakaan selama operasi turun 20 persen dibanding tahun sebelumnya.',
     '2025-02-04', 'given', []),
    ('the head of a Dinas receives from a Kapolres (civilian body as subject of menerima)',
     None,
     'KENDARI - Kepala Dinas Kesehatan Kota Kendari, dr Rahmawati, menerima penghargaan dari Kapolresta '
     'Kendari Kombes Pol Eko Widodo atas dukungan tenaga kesehatan selama pengamanan Pilkada 2024. '
     'Penghargaan diserahkan di Mapolresta Kendari, Senin (20/1/2025). Menurut Kapolresta, tim kesehatan '
     'Dinkes bersiaga di setiap pos pengamanan Polresta Kendari. Rahmawati berharap kerja sama dengan '
     'Polresta terus berlanjut.',
     '2025-01-20', 'given', []),
    ('a village head receives a piagam from a Polres, subject first',
     'Kades Sumberrejo Terima Penghargaan dari Polres Blitar',
     'BLITAR - Kepala Desa Sumberrejo, Kecamatan Kademangan, Suyitno, menerima piagam penghargaan dari '
     'Polres Blitar atas keberhasilan desanya menekan angka kriminalitas hingga nol kasus selama setahun. '
     'Piagam diserahkan Kapolres Blitar AKBP Arif Setiawan di Mapolres Blitar, Rabu (26/2/2025). Kapolsek '
     'Kademangan AKP Slamet Riyadi turut hadir. "Ini berkat ronda malam yang kami hidupkan lagi," kata '
     'Suyitno.',
     '2025-02-26', 'given', []),
    ('Kapolri honours citizens and influencers at Mabes',
     None,
     'JAKARTA - Kapolri Jenderal Pol Listyo Sigit Prabowo memberikan penghargaan kepada sepuluh warga dan '
     'pegiat media sosial yang membantu Polri mengungkap kasus penipuan daring. Penghargaan diserahkan di '
     'Gedung Rupatama Mabes Polri, Jakarta Selatan, Rabu (5/3/2025). Kadiv Humas Polri Irjen Pol Sandi '
     'Nugroho mengatakan laporan warga mempercepat kerja Bareskrim Polri dan Polda Metro Jaya. "Polri '
     'terbuka atas partisipasi publik," ujar Kapolri.',
     '2025-03-05', 'given', []),
    ('a Ditbinmas contest: students win a video contest',
     None,
     'SURABAYA - Ditbinmas Polda Jawa Timur mengumumkan dan menyerahkan hadiah kepada pemenang lomba video'
     ' pendek antiperundungan tingkat SMA se-Jawa Timur, Selasa (20/5/2025). Juara pertama diraih SMA '
     'Negeri 5 Surabaya, juara kedua SMA Negeri 1 Jember dan juara ketiga SMAN 2 Madiun. Hadiah diserahkan'
     ' Wakapolda Jatim Brigjen Pol Ruli Harahap. Ia berharap para pelajar menjadi agen pencegahan '
     'perundungan di sekolah masing-masing.',
     '2025-05-20', 'given', []),
    ('a Ditpolairud honours fishermen who rescued shipwreck victims',
     None,
     'AMBON - Ditpolairud Polda Maluku memberikan penghargaan kepada enam nelayan Desa Latuhalat yang '
     'menyelamatkan penumpang kapal motor yang tenggelam di perairan Teluk Ambon. Penghargaan diserahkan '
     'Dirpolairud Polda Maluku Kombes Pol Samuel Pattiasina di Dermaga Mako Ditpolairud, Selasa '
     '(24/6/2025). Para nelayan tiba lebih dulu sebelum kapal patroli Polairud dan Basarnas. "Tanpa mereka'
     ' korban bisa bertambah," ujar Samuel.',
     '2025-06-24', 'given', []),
    ('Kapolda honours a Korem, the Danrem receives',
     None,
     'BANDAR LAMPUNG - Kapolda Lampung Irjen Pol Helmi Yusuf memberikan penghargaan kepada Korem '
     '043/Garuda Hitam atas dukungan pengamanan Pilkada Serentak 2024 di Lampung. Penghargaan diterima '
     'Danrem 043/Garuda Hitam Brigjen TNI Rizal Fahmi di Mapolda Lampung, Selasa (5/8/2025). Kapolda '
     'menyebut sinergi TNI-Polri membuat seluruh tahapan berjalan aman.',
     '2025-08-05', 'given', []),
    ("Kapolres honours officers' children for school results",
     None,
     'WONOGIRI - Kapolres Wonogiri AKBP Dimas Prakoso memberikan penghargaan kepada 12 putra-putri '
     'personel Polres Wonogiri yang berprestasi di bidang akademik dan olahraga. Penghargaan diserahkan '
     'dalam upacara di Lapangan Mapolres Wonogiri, Rabu (17/9/2025). "Keberhasilan anak adalah kebanggaan '
     'keluarga besar Polres Wonogiri," ujarnya.',
     '2025-09-17', 'given', []),
    ('Kapolres honours Saka Bhayangkara scouts',
     None,
     'KUDUS - Polres Kudus memberikan penghargaan kepada anggota Pramuka Saka Bhayangkara yang membantu '
     'pengaturan lalu lintas selama arus mudik Lebaran. Piagam diserahkan Kapolres Kudus AKBP Ronald '
     'Tambunan kepada 25 anggota Saka Bhayangkara di Mapolres Kudus, Kamis (10/4/2025). Mereka bertugas di'
     ' pos pelayanan bersama personel Satlantas Polres Kudus.',
     '2025-04-10', 'given', []),
    ('Kapolda honours a Satreskrim and two citizens, the Kasat accepts for his men',
     None,
     'MEDAN - Kapolda Sumatera Utara Irjen Pol Wahyu Santoso memberikan penghargaan kepada personel '
     'Satreskrim Polrestabes Medan dan dua warga yang membantu penangkapan pelaku begal di Medan Johor. '
     'Penghargaan diserahkan dalam upacara di Lapangan KS Tubun Mapolda Sumut, Senin (17/3/2025). Kedua '
     'warga, Ridho Lubis dan Ahmad Nasution, mengejar pelaku bersama petugas hingga tertangkap. "Ini bukti'
     ' kolaborasi polisi dan masyarakat," ujar Kapolda. Kasat Reskrim Polrestabes Medan AKBP Johan Sinaga '
     'mewakili personelnya menerima piagam.',
     '2025-03-17', 'received', [
      (['Satreskrim Polrestabes Medan'], 'Johan Sinaga', 'kapolda', 'Kapolda Sumatera Utara', None, '2025-03-17'),
     ]),
    ("Kapolres honours a Polsek's Unit Reskrim and a campus guard, the Kapolsek accepts",
     None,
     'SLEMAN - Kapolres Sleman AKBP Yuswanto memberikan penghargaan kepada anggota Unit Reskrim Polsek '
     'Depok Barat dan seorang Satpam kampus yang menggagalkan pencurian laptop di asrama mahasiswa. '
     'Penghargaan diserahkan saat apel pagi di Mapolres Sleman, Selasa (22/4/2025). Satpam bernama Wahyudi'
     ' (41) itu sempat bergulat dengan pelaku sebelum petugas Polsek Depok Barat tiba. Kapolsek Depok '
     'Barat Kompol Sutrisno menerima piagam untuk anggotanya.',
     '2025-04-22', 'received', [
      (['Polsek Depok Barat'], 'Sutrisno', 'other', 'Kapolres Sleman', None, '2025-04-22'),
     ]),
    ('Hari Bhayangkara: internal sub-units and external partners honoured',
     'Peringati Hari Bhayangkara, Kapolres Jombang Beri Penghargaan Personel dan Mitra',
     'JOMBANG - Pada upacara peringatan Hari Bhayangkara ke-79 di Lapangan Mapolres Jombang, Selasa '
     '(1/7/2025), Kapolres Jombang AKBP Ardi Kurniawan memberikan penghargaan kepada personel berprestasi '
     'dan mitra Polri. Penerima dari internal adalah Satresnarkoba Polres Jombang atas pengungkapan '
     'peredaran 2 kilogram sabu, serta Polsek Ploso atas penanganan konflik antarkampung. Dari unsur '
     'eksternal, penghargaan diberikan kepada Kepala Desa Rejoagung, seorang guru ngaji dan komunitas '
     'relawan bencana Jombang. "Keberhasilan ini kerja bersama," ucap Kapolres.',
     '2025-07-01', 'received', [
      (['Satresnarkoba Polres Jombang', 'Polsek Ploso'], None, 'other', 'Kapolres Jombang', None, '2025-07-01'),
     ]),
    ('joint apel: the Kapolda honours Brimob and a Polres, the Pangdam his soldiers',
     None,
     'JAYAPURA - Kapolda Papua Irjen Pol Mathius Wenda memberikan penghargaan kepada personel Satbrimob '
     'Polda Papua dan Polres Nduga yang terlibat dalam operasi pembebasan sandera di Kabupaten Nduga. '
     'Sementara itu, Pangdam XVII/Cenderawasih Mayjen TNI Hendra Gunawan memberikan penghargaan kepada '
     'prajurit Yonif 751/Raider. Penghargaan diserahkan dalam apel gabungan TNI-Polri di Lapangan Makodam '
     'XVII/Cenderawasih, Kamis (15/5/2025). "Sinergi TNI-Polri menjadi kunci keberhasilan," kata Kapolda.',
     '2025-05-15', 'received', [
      (['Satbrimob Polda Papua', 'Polres Nduga'], None, 'kapolda', 'Kapolda Papua', None, '2025-05-15'),
     ]),
    ("a Kodim and a Polres honour each other's men",
     None,
     'KEBUMEN - Kodim 0709/Kebumen dan Polres Kebumen saling memberikan penghargaan kepada personel yang '
     'bertugas dalam pengamanan arus mudik Lebaran 2025. Dandim 0709/Kebumen Letkol Inf Rudi Hartono '
     'menyerahkan piagam kepada 10 personel Satlantas Polres Kebumen, sedangkan Kapolres Kebumen AKBP Dwi '
     'Santoso memberikan piagam kepada 10 prajurit Kodim. Penyerahan berlangsung di Alun-alun Kebumen, '
     'Selasa (15/4/2025). Keduanya sepakat menjaga sinergi di lapangan.',
     '2025-04-15', 'received', [
      (['Satlantas Polres Kebumen'], None, 'other', 'Dandim 0709/Kebumen', None, '2025-04-15'),
     ]),
    ('Kapolsek honours his Bhabinkamtibmas and the village head together',
     None,
     'SUKABUMI - Kapolsek Cibadak AKP Yusuf Rahman memberikan penghargaan kepada Bhabinkamtibmas Desa '
     'Sekarwangi Aipda Deni Kurniawan dan Kepala Desa Sekarwangi atas keberhasilan memediasi sengketa '
     'lahan warga. Penghargaan diserahkan di Mapolsek Cibadak, Kabupaten Sukabumi, Rabu (11/6/2025). '
     'Menurut Kapolsek, mediasi itu mencegah bentrok antarwarga yang sempat memanas.',
     '2025-06-11', 'received', [
      (['Polsek Cibadak'], 'Deni Kurniawan', 'other', 'Kapolsek Cibadak', None, '2025-06-11'),
     ]),
    ('a Ditresnarkoba honours two Satresnarkoba and a citizen who reported',
     None,
     'BANDUNG - Ditresnarkoba Polda Jawa Barat memberikan penghargaan kepada Satresnarkoba Polres Karawang'
     ' dan Satresnarkoba Polres Subang serta seorang warga pelapor atas pengungkapan jaringan sabu '
     'antarprovinsi. Penghargaan diserahkan Dirresnarkoba Polda Jabar Kombes Pol Hendra Gunawan di Mapolda'
     ' Jabar, Rabu (3/9/2025). Dari pengungkapan itu polisi menyita 15 kilogram sabu.',
     '2025-09-03', 'received', [
      (['Satresnarkoba Polres Karawang', 'Satresnarkoba Polres Subang'], None, 'kapolda', 'Ditresnarkoba Polda Jawa Barat', None, '2025-09-03'),
     ]),
    ("a Kapolres honours a Babinsa and a Polsek's Bhabinkamtibmas",
     None,
     'TUBAN - Kapolres Tuban AKBP Oskar Simanjuntak memberikan penghargaan kepada Babinsa Koramil Rengel '
     'Serka Joko Susilo dan Bhabinkamtibmas Polsek Rengel Bripka Agus Salim atas keberhasilan menggagalkan'
     ' penyelundupan pupuk bersubsidi. Piagam diserahkan di Mapolres Tuban, Kamis (14/8/2025). "Babinsa '
     'dan Bhabinkamtibmas adalah garda terdepan di desa," ujar Kapolres.',
     '2025-08-14', 'received', [
      (['Polsek Rengel'], 'Agus Salim', 'other', 'Kapolres Tuban', None, '2025-08-14'),
     ]),
    ('a Bupati honours a Polresta and citizens who helped it',
     None,
     'SIDOARJO - Bupati Sidoarjo Subandi memberikan penghargaan kepada Polresta Sidoarjo dan tiga warga '
     'yang membantu pengungkapan kasus pembunuhan di Tanggulangin. Penghargaan untuk Polresta diterima '
     'Kapolresta Sidoarjo Kombes Pol Christian Tobing di Pendopo Delta Wibawa, Senin (28/7/2025). Ketiga '
     'warga memberi keterangan penting yang mengarahkan penyidik ke pelaku.',
     '2025-07-28', 'received', [
      (['Polresta Sidoarjo'], 'Christian Tobing', 'regional_government', 'Bupati Sidoarjo', None, '2025-07-28'),
     ]),
    ('a Kapolres honours his men and also journalists and a driver',
     '15 Personel Polres Tegal Kota Terima Penghargaan',
     'TEGAL - Sebanyak 15 personel Satreskrim Polres Tegal Kota menerima penghargaan dari Kapolres Tegal '
     'Kota AKBP Andika Saputra atas pengungkapan kasus curanmor lintas kabupaten. Selain personel, '
     'penghargaan juga diberikan kepada dua wartawan dan seorang sopir angkot yang membantu menyebarkan '
     'informasi ciri-ciri pelaku. Penyerahan berlangsung di Mapolres Tegal Kota, Rabu (27/8/2025).',
     '2025-08-27', 'received', [
      (['Satreskrim Polres Tegal Kota'], None, 'other', 'Kapolres Tegal Kota', None, '2025-08-27'),
     ]),
    ('a Kapolda honours a Polres, a Pemkab and a company',
     None,
     'PALEMBANG - Kapolda Sumatera Selatan Irjen Pol Andi Rachmat memberikan penghargaan kepada Polres '
     'Musi Banyuasin, Pemerintah Kabupaten Musi Banyuasin dan PT Bukit Asam atas penanganan kebakaran '
     'hutan dan lahan. Penghargaan untuk Polres Musi Banyuasin diterima Kapolres AKBP Rendy Pratama, Kamis'
     ' (25/9/2025). Kapolda menyebut titik api di Muba turun drastis tahun ini.',
     '2025-09-25', 'received', [
      (['Polres Musi Banyuasin'], 'Rendy Pratama', 'kapolda', 'Kapolda Sumatera Selatan', None, '2025-09-25'),
     ]),
    ('a Kapolres honours two PNS Polri of his Polres',
     None,
     'TEBO - Kapolres Tebo AKBP Fadli Ramadhan memberikan penghargaan kepada dua PNS Polri Polres Tebo, '
     'Siti Rahma dan Yuliana, atas ketelitian mengelola administrasi keuangan satuan. Penghargaan '
     'diserahkan saat apel pagi di Mapolres Tebo, Rabu (8/10/2025). Kapolres berharap prestasi itu '
     'memotivasi personel lain.',
     '2025-10-08', 'received', [
      (['Polres Tebo'], None, 'other', 'Kapolres Tebo', None, '2025-10-08'),
     ]),
    ('a Bupati honours a woman who helped the police, the Kapolres watches',
     'Bantu Polisi Tangkap Jambret, Sulastri Diganjar Penghargaan Bupati Gresik',
     'GRESIK - Bupati Gresik Fandi Akhmad memberikan penghargaan kepada Sulastri (52), pedagang sayur yang'
     ' membantu polisi menangkap pelaku penjambretan di Pasar Baru Gresik. Penghargaan diserahkan di '
     'Pendopo Kabupaten Gresik, Senin (28/10/2024), disaksikan Kapolres Gresik AKBP Rovan Richard. '
     'Kapolres mengapresiasi keberanian Sulastri yang menghadang pelaku di pintu pasar. "Polres Gresik '
     'berterima kasih atas kepedulian warga," ujarnya.',
     '2024-10-28', 'none', []),
    ('a Wali Kota honours a parking attendant, the Kapolsek accompanies',
     None,
     'YOGYAKARTA - Wali Kota Yogyakarta menyerahkan penghargaan kepada Bambang Sutejo, juru parkir di '
     'kawasan Malioboro yang membantu anggota Polsek Gondomanan mengamankan pelaku copet. Penyerahan '
     'dilakukan di Balai Kota Yogyakarta, Senin (25/11/2024), didampingi Kapolsek Gondomanan Kompol Budi '
     'Haryanto. Menurut Kapolsek, laporan cepat Bambang membuat pelaku tertangkap kurang dari satu jam.',
     '2024-11-25', 'none', []),
    ('a Kapolres promises a reward to those who report drug dealers',
     None,
     'MAJALENGKA - Kapolres Majalengka AKBP Indra Novianto berjanji akan memberikan penghargaan kepada '
     'warga yang melaporkan peredaran narkoba di lingkungannya. Hal itu disampaikan saat Jumat Curhat di '
     'Kecamatan Jatiwangi. "Identitas pelapor kami jamin kerahasiaannya," kata Kapolres. Satresnarkoba '
     'Polres Majalengka telah mengungkap 40 kasus sepanjang tahun ini.',
     '2024-10-17', 'none', []),
    ('a Kapolda proposes KPLB for three officers',
     'Kapolda Usulkan Kenaikan Pangkat Luar Biasa bagi Tiga Anggota Polres Dompu',
     'MATARAM - Kapolda Nusa Tenggara Barat mengusulkan kenaikan pangkat luar biasa (KPLB) bagi tiga '
     'anggota Satreskrim Polres Dompu yang terluka saat menangkap buronan kasus pembunuhan. Usulan itu '
     'sudah dikirim ke Mabes Polri. "Kami berharap usulan ini disetujui pimpinan," kata Kabid Humas Polda '
     'NTB. Ketiganya kini masih dirawat di RS Bhayangkara Mataram.',
     '2024-09-24', 'none', []),
    ('an award to be handed over next week',
     None,
     'BATAM - Polresta Barelang dipastikan meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) '
     'dari KemenPAN-RB. Rencananya, penghargaan tersebut akan diserahkan pekan depan di Jakarta. '
     'Kapolresta Barelang Kombes Pol Heri Mulyadi mengatakan seluruh personel terus menjaga kualitas '
     'pelayanan. "Predikat ini bukan akhir," ujarnya.',
     '2024-12-10', 'none', []),
    ('a Kapolres announces he will honour a student next Monday',
     None,
     'BANYUWANGI - Kapolresta Banyuwangi Kombes Pol Rama Samtama akan memberikan penghargaan kepada Nanda,'
     ' siswi SMP yang menolong korban tabrak lari di Jalan Gajah Mada. Penghargaan rencananya diserahkan '
     'pada apel Senin pekan depan. Satlantas Polresta Banyuwangi masih memburu pengemudi yang melarikan '
     'diri.',
     '2024-08-29', 'none', []),
    ("a Polres's new service hall, a past WBK recalled",
     None,
     'PURWAKARTA - Kapolres Purwakarta AKBP Lilik Santoso meresmikan gedung pelayanan terpadu SPKT dan '
     'SKCK, Selasa (27/5/2025). Gedung itu dibangun untuk mempercepat layanan bagi warga. Sebelumnya, '
     'Polres Purwakarta pernah meraih predikat Wilayah Bebas dari Korupsi (WBK) dari KemenPAN-RB pada '
     '2022. "Kami ingin pelayanan semakin cepat dan transparan," kata Kapolres.',
     '2025-05-27', 'none', []),
    ("a new Kapolres's profile recalls an award in his earlier post",
     None,
     'PATI - AKBP Hendra Wijaya resmi menjabat Kapolresta Pati menggantikan pejabat lama dalam upacara '
     'serah terima jabatan di Mapolda Jawa Tengah, Kamis (10/7/2025). Saat menjabat Kapolres Rembang, '
     'Hendra pernah menerima penghargaan dari Kapolri atas pengungkapan kasus penyelundupan solar. Ia '
     'berjanji melanjutkan program pendahulunya.',
     '2025-07-10', 'none', []),
    ('the Bhayangkari honoured by a Bupati',
     None,
     'KLATEN - Bupati Klaten menyerahkan penghargaan kepada Bhayangkari Cabang Klaten atas partisipasi '
     'dalam gerakan penurunan stunting. Penghargaan diterima Ketua Bhayangkari Cabang Klaten, Ny. Dewi '
     'Prakoso, istri Kapolres Klaten, di Pendopo Pemkab Klaten, Rabu (5/3/2025).',
     '2025-03-05', 'none', []),
    ('a Kapolres attends an Adipura handed to a Pemkab',
     None,
     'PROBOLINGGO - Kapolres Probolinggo AKBP Wisnu Wardana menghadiri penyerahan penghargaan Adipura '
     'kepada Pemerintah Kabupaten Probolinggo dari Kementerian Lingkungan Hidup di Jakarta, Selasa '
     '(5/8/2025). Kapolres mengucapkan selamat kepada Bupati dan seluruh warga Probolinggo.',
     '2025-08-05', 'none', []),
    ("a Bupati honours a firefighter for rescuing a police officer's child",
     None,
     'BOJONEGORO - Pemkab Bojonegoro melalui Bupati memberikan penghargaan kepada Rudi Hartanto, petugas '
     'damkar yang menyelamatkan anak seorang anggota Polsek Kapas dari sumur tua. Penghargaan diserahkan '
     'di Pendopo Malowopati, Senin (20/1/2025). Kapolsek Kapas AKP Supriyanto yang hadir berterima kasih '
     'atas aksi heroik tersebut.',
     '2025-01-20', 'none', []),
    ('a Polres journalism contest opens, winners to be honoured on Hari Bhayangkara',
     None,
     'CILACAP - Polresta Cilacap membuka lomba karya jurnalistik bertema Polri Presisi bagi wartawan '
     'se-Kabupaten Cilacap. Pemenang akan menerima penghargaan dari Kapolresta Cilacap pada puncak '
     'peringatan Hari Bhayangkara. Kasi Humas Polresta Cilacap Iptu Gatot Wahyudi mengatakan karya dapat '
     'dikirim hingga akhir Juni.',
     '2025-05-20', 'none', []),
    ('a Dandim honours his Babinsa, the Kapolres attends',
     None,
     'MADIUN - Dandim 0803/Madiun memberikan penghargaan kepada lima Babinsa yang berprestasi dalam '
     'program ketahanan pangan. Penyerahan dilakukan saat apel di Makodim 0803/Madiun, Senin (20/1/2025), '
     'dihadiri Kapolres Madiun AKBP Muhammad Ridwan. Dandim berharap Babinsa terus bersinergi dengan '
     'Bhabinkamtibmas Polres Madiun.',
     '2025-01-20', 'none', []),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards", POLICE_HONOUR_OTHERS, ids=[row[0] for row in POLICE_HONOUR_OTHERS]
)
def test_who_is_honoured_when_the_police_honour_others(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# The role such stories turn on, said short: a giving verb put in the future in every sentence that gives, a handover
# put on a later day with none done, members of the citizens' Satuan (Linmas, Satpam), children's patrols named
# with their initials before the unit that trains them, and the police whom someone helped in a clause before a comma.
ROLE_CONSTRUCTIONS = [
    # construction, headline, text, role
    ('a promise to whoever reports', None,
     'Kapolres Ngawi berjanji akan memberikan penghargaan kepada warga yang melaporkan pencurian ternak. '
     'Hal itu disampaikan saat kunjungan ke Desa Kedunggalar.',
     'none'),
    ('contest winners will receive', None,
     'Para juara lomba mural akan menerima hadiah dari Kapolresta Solo pada puncak Hari Bhayangkara. Lomba'
     ' diikuti 40 peserta.',
     'none'),
    ('bakal diganjar by a Kapolres', None,
     'Sopir angkot yang menolong korban kecelakaan itu bakal diganjar penghargaan oleh Kapolres Kediri. '
     'Kapolres menyebut aksinya patut ditiru.',
     'none'),
    ('akan later in the sentence is no promise', None,
     'Kapolres Ngawi memberikan penghargaan kepada dua warga yang menangkap pencuri ternak. Ia berharap '
     'warga lain akan memberikan informasi serupa.',
     'given'),
    ('a promise, then the handover done', None,
     'Kapolres Ngawi akan memberikan penghargaan kepada dua warga penangkap pencuri ternak. Penghargaan '
     'diserahkan Kapolres di Mapolres Ngawi, Senin (3/6/2024).',
     'given'),
    ('dipastikan meraih, handed over next week', None,
     'Polres Sumedang dipastikan meraih predikat WBK dari KemenPAN-RB. Rencananya, piagam akan diserahkan '
     'pekan depan di Jakarta.',
     'none'),
    ('ditetapkan juara, its handover scheduled', None,
     'Polsek Cimahi Tengah ditetapkan sebagai juara pertama lomba kampung tangguh tingkat Polda Jabar. '
     'Penyerahan piala dijadwalkan pada puncak HUT Bhayangkara bulan depan.',
     'none'),
    ('handed over, only its display later', None,
     'Polres Garut meraih predikat WBK dari KemenPAN-RB. Piagam diserahkan Menteri PANRB kepada Kapolres '
     'Garut di Jakarta, Selasa (12/12/2023). Rencananya piagam itu akan dipajang di ruang pelayanan pekan '
     'depan.',
     'received'),
    ('members of the Satuan Perlindungan Masyarakat', None,
     'Kapolsek Mertoyudan memberikan piagam penghargaan kepada 12 anggota Satuan Perlindungan Masyarakat '
     'yang menjaga TPS. Penyerahan dilakukan di Mapolsek Mertoyudan.',
     'given'),
    ('members of the Satuan Pengamanan receive', None,
     'Sepuluh anggota Satuan Pengamanan (Satpam) bank menerima penghargaan dari Kapolresta Malang Kota '
     'atas penggagalan perampokan.',
     'given'),
    ('Satlinmas of a Kelurahan receive', None,
     'Anggota Satlinmas Kelurahan Pakis menerima penghargaan dari Kapolsek Sawahan. Mereka membantu '
     'patroli malam.',
     'given'),
    ('a school patrol team with its initials before a Polres', None,
     'Tim Patroli Keamanan Sekolah (PKS) Polres Bantul menerima piala dari Kapolres Bantul usai menjuarai '
     'lomba PKS tingkat Polda DIY.',
     'given'),
    ('Pocil with its initials before a Polsek', None,
     'Tim Polisi Cilik (Pocil) Polsek Gamping meraih juara pertama lomba Pocil se-Kabupaten Sleman. Piala '
     'diserahkan Kapolres Sleman.',
     'given'),
    ('tolong polisi, then who was honoured', 'Tolong Polisi Kejar Begal, Dua Pemuda Diberi Penghargaan Wali Kota',
     'Wali Kota Bekasi memberikan penghargaan kepada dua pemuda yang membantu polisi mengejar begal di '
     'Bekasi Timur.',
     'none'),
    ('bantu a Polsek, then a civilian honoured by the Kapolres', 'Bantu Polsek Ungkap Curanmor, Tukang Ojek Diganjar Piagam Kapolres',
     'Kapolres Semarang memberikan piagam kepada seorang tukang ojek yang membantu Polsek Ungaran '
     'mengungkap pencurian motor.',
     'given'),
    ('a Polsek that helped others is honoured', 'Bantu Warga Korban Banjir, Polsek Bayat Diganjar Penghargaan Bupati',
     'Bupati Klaten memberikan penghargaan kepada Polsek Bayat atas bantuan evakuasi korban banjir.',
     'received'),
    ("an earlier year's award recalled while honouring drivers", None,
     'Kapolsek Cilincing Kompol Dedi Kurniawan memberikan piagam kepada empat sopir truk yang membantu '
     'menangkap begal. Tahun lalu Polsek Cilincing meraih penghargaan dari Wali Kota Jakarta Utara atas '
     'penurunan angka kejahatan.',
     'given'),
    ("an earlier round's award recalled beside a new building", None,
     'Kapolres Batang meresmikan ruang pelayanan SKCK yang baru. Pada periode sebelumnya, Polres Batang '
     'meraih predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Jawa Tengah.',
     'none'),
]  # fmt: skip


@pytest.mark.parametrize("construction, title, text, role", ROLE_CONSTRUCTIONS, ids=[r[0] for r in ROLE_CONSTRUCTIONS])
def test_roles_when_the_police_honour_others(construction, title, text, role):
    assert classify_award_role(title, text).award_role == role


# Who receives, takes and gives when a chief honours his own people beside others, said short: a Bhabinkamtibmas or
# an officer by rank honoured with no unit of his own is of the chief's unit, a Kapolsek gives like a Kapolres (after
# dari/oleh or as the subject of a giving verb), and the officer who takes the piagam for his men.
CHIEFS_OWN_PEOPLE = [
    # construction, text, recipient units, officer, giver
    ('a Kapolsek honours his Bhabinkamtibmas by his village',
     'Kapolsek Ngaglik Iptu Bambang Sutejo memberikan penghargaan kepada Bhabinkamtibmas Desa Sardonoharjo'
     ' Aipda Rudi Santoso atas mediasi sengketa warga.',
     ['Polsek Ngaglik'], 'Rudi Santoso', 'Kapolsek Ngaglik'),
    ('a Kapolres honours an officer named by rank alone',
     'Kapolres Kendal AKBP Sapto Nugroho memberikan penghargaan kepada Brigadir Yoga Pratama atas '
     'penangkapan pelaku curanmor.',
     ['Polres Kendal'], 'Yoga Pratama', 'Kapolres Kendal'),
    ('an officer by rank receives from his Kapolsek, after dari',
     'Bripka Adi Nugroho menerima penghargaan dari Kapolsek Kalasan, AKP Suryanto, atas penangkapan '
     'pencuri.',
     ['Polsek Kalasan'], 'Adi Nugroho', 'Kapolsek Kalasan'),
    ('an officer by rank gets a piagam from his Kapolres',
     'Aipda Rudi Santoso mendapat piagam penghargaan dari Kapolres Kendal AKBP Sapto Nugroho atas '
     'pengungkapan kasus.',
     ['Polres Kendal'], 'Rudi Santoso', 'Kapolres Kendal'),
    ('the Kasat takes the piagam mewakili personelnya',
     'Kapolda Jambi memberikan penghargaan kepada personel Satreskrim Polresta Jambi atas penangkapan '
     'perampok. Kasat Reskrim Polresta Jambi AKBP Eko Prasetyo mewakili personelnya menerima piagam.',
     ['Satreskrim Polresta Jambi'], 'Eko Prasetyo', 'Kapolda Jambi'),
    ('the Kanit hadir mewakili timnya menerima',
     'Kapolres Bantul memberikan penghargaan kepada Unit Reskrim Polsek Sewon atas penangkapan jambret. '
     'Kanit Reskrim Iptu Rudi Hartono hadir mewakili timnya menerima penghargaan itu.',
     ['Polsek Sewon'], 'Rudi Hartono', 'Kapolres Bantul'),
    ('the Kapolsek who only speaks of the award gives nothing',
     'Camat Cangkringan memberikan piagam penghargaan kepada Polsek Cangkringan atas penangkapan pencuri '
     'sapi. Kapolsek Cangkringan AKP Joko Susilo mengaku terharu atas apresiasi warga.',
     ['Polsek Cangkringan'], None, 'Camat Cangkringan'),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, text, units, officer, giver", CHIEFS_OWN_PEOPLE, ids=[r[0] for r in CHIEFS_OWN_PEOPLE]
)
def test_a_chiefs_own_people_honoured(construction, text, units, officer, giver):
    (award,) = extract_awards(None, text)
    assert {canonical_unit_name(u) for u in award["recipients"]} == {canonical_unit_name(u) for u in units}
    assert (award["officer"], award["giver"]) == (officer, giver)
