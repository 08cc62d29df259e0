"""Phrase tables of the officer who took an award for the unit and the day it was handed over."""

import pytest
from phrase_checks import check_breadth_of_wording

from pipelines.structure import extract_awards
from pipelines.units import canonical_unit_name, find_unit_mentions

# -- the officer who took the award and the day -------------------------------------------------------

OFFICERS = [
    ("the police officer in a list of those who accepted, with a soldier and a village head",
     "Polsek Ngablak meraih juara satu lomba Siskamling. Piala itu diterima oleh Babinsa Girirejo Koramil 12/Ngablak "
     "Serka Joko Susilo, Bhabinkamtibmas Polsek Ngablak Bripka Dimas Anggara, dan Kepala Desa Girirejo Sutarno.",
     ("Dimas Anggara", "Bripka", "Bhabinkamtibmas")),
    ("after kepada, a long post with its unit", "Kapolda Bali memberikan piagam kepada Direktur Reserse Kriminal "
     "Khusus Polda Bali Kombes Pol Made Sukra.", ("Made Sukra", "Kombes Pol", None)),
    ("his post between commas", "Bripka Sri Wahyuni, anggota Satbinmas Polres Bone, meraih penghargaan dari Kapolda "
     "Sulsel.", ("Sri Wahyuni", "Bripka", None)),
    ("after diterima oleh, any post", "Polres Sragen meraih penghargaan dari Ombudsman RI. Piagam diterima oleh Kasiwas "
     "Polres Sragen IPTU Bambang Susilo.", ("Bambang Susilo", "Iptu", "Kasiwas")),
    ("the officer who receives, before the verb", "Polres Purworejo meraih predikat WBK dari KemenPAN-RB. Kapolres "
     "AKBP Rizal Hakim menerima penghargaan itu di Jakarta.", ("Rizal Hakim", "AKBP", "Kapolres")),
    ("his post, a comma, then his rank and name, after diterima sendiri oleh", "Polsek Kota Singaraja meraih Kompolnas "
     "Award 2024. Penghargaan itu diterima sendiri oleh Kapolsek Kota Singaraja, Kompol Made Agus.",
     ("Made Agus", "Kompol", "Kapolsek")),
    ("a speaker's post and name are no receiver", "Satlantas Polres Bitung meraih penghargaan. \"Kami bangga,\" kata "
     "Kasat Lantas Polres Bitung, Iptu Syarif.", (None, None, None)),
    ("a name with an initial", "Polres Kediri meraih penghargaan dari Kapolda Jatim. Penghargaan diterima oleh Kasat "
     "Narkoba Polres Kediri AKP M. Iqbal Hasan.", ("M. Iqbal Hasan", "AKP", "Kasat Narkoba")),
    ("a name ending in a common given name keeps it", "Polres Bantul meraih penghargaan. Penghargaan diterima "
     "langsung oleh Kapolres Bantul AKBP Ihsan Hadi.", ("Ihsan Hadi", "AKBP", "Kapolres")),
    ("a chief who only speaks of it is no receiver", "Polres Lebak meraih penghargaan dari Bupati Lebak. Kapolres "
     "AKBP Budi Santoso berterima kasih kepada warga.", (None, None, None)),
    ("the deputy who stood in for his chief, honorific dropped", "Polda Aceh menerima penghargaan Serambi Award. "
     "Kapolda Aceh, yang diwakili Wakapolda Aceh Brigjen H Agus Kurniady Sutisna, menerima penghargaan itu.",
     ("Agus Kurniady Sutisna", "Brigjen Pol", "Wakapolda")),
    ("he who received it, named in the sentence before", 'Kapolda Riau memberikan penghargaan kepada Satreskrim '
     'Polres Kampar. "Ini kerja tim," ujar Kasat Reskrim Polres Kampar AKP Rio Pratama. Ia menerima sendiri '
     "penghargaan itu di Mapolda.", ("Rio Pratama", "AKP", "Kasat Reskrim")),
    ("the first of those who came to receive it", "Polsek Wonokromo menerima penghargaan dari Wali Kota Surabaya. "
     "Kapolsek Kompol Hadi Susanto, Kanit Reskrim AKP Bima Putra dan anggota reskrim hadir menerima.",
     ("Hadi Susanto", "Kompol", "Kapolsek")),
    ("a chief who hands awards to his own men is no receiver", "Kapolres Kebumen AKBP Rudi Hartono menyerahkan "
     "penghargaan kepada anggota Polres Kebumen yang berprestasi.", (None, None, None)),
    ("a chief who leads the ceremony is no receiver", "Kapolres Bantul AKBP Ihsan Hadi memimpin upacara "
     "pemberian penghargaan. Satreskrim Polres Bantul menerima penghargaan atas pengungkapan kasus narkoba.", (None, None, None)),
    ("academic titles between the name and the verb", "Dirlantas Polda Riau Kombes Pol Andi Saputra, S.IK., M.H. "
     "menerima penghargaan dari Korlantas Polri.", ("Andi Saputra", "Kombes Pol", "Dirlantas")),
    ("the deputy standing in, his chief's rank with a full stop", "Polda Bali meraih penghargaan KIP. Wakapolda Bali "
     "Brigjen Pol. Made Sukra, yang hadir mewakili Kapolda Irjen Pol. Budi Santosa, menerima penghargaan itu.",
     ("Made Sukra", "Brigjen Pol", "Wakapolda")),
    ("a chief's post, a comma, his rank and name, a comma, the verb", "Kapolda Jambi, Irjen Pol Rusdi Hartono, "
     "menerima penghargaan Tokoh Inspiratif dari PWI Jambi.", ("Rusdi Hartono", "Irjen Pol", "Kapolda")),
    ("the deputy named after the chief he stands in for", "Komisi Informasi menyerahkan penghargaan kepada Kapolda "
     "Jambi Irjen Pol. Rusdi Hartono, S.I.K., yang diwakili Kabidhumas Polda Jambi Kombes Pol. Mulia Prianto.",
     ("Mulia Prianto", "Kombes Pol", "Kabidhumas")),
    ("the deputy by a post the patterns do not know", "Polda Jambi meraih predikat informatif. Penghargaan itu "
     "diterima untuk Kapolda, yang diwakili Kepala Biro Operasi Polda Jambi Kombes Pol Dwi Mulyanto.",
     ("Dwi Mulyanto", "Kombes Pol", None)),
    ("he who received it, named after penerima ... adalah", "Dua personel Polda Jambi meraih tanda kehormatan. "
     "Penerima Bintang Bhayangkara itu adalah Kompol Agus Riyanto.", ("Agus Riyanto", "Kompol", None)),
    ("the first of those named after diterima ..., yaitu", "Polda Jambi meraih penghargaan Kapolri. Penghargaan "
     "diterima dua personel, yaitu Aipda Heri Susanto, Bhabinkamtibmas Desa Suka, dan Bripka Andi.",
     ("Heri Susanto", "Aipda", None)),
    ("the chief by his post alone, named in full before", "Kapolda Irjen Pol Rusdi Hartono menyebut penghargaan "
     "itu milik warga Jambi. Kapolda menerima penghargaan MURI dari Polda Jambi sebagai pemrakarsa pos ronda.",
     ("Rusdi Hartono", "Irjen Pol", "Kapolda")),
    ("one word of a name, named in full before", "Polsek Muara Bulian meraih penghargaan dari Kapolres Batanghari. "
     "Aipda Heri Susanto, anggota Polsek Muara Bulian, menolong korban banjir. Selain itu, Heri juga memperoleh "
     "hadiah sepeda motor.", ("Heri Susanto", "Aipda", None)),
    ("a long description between the name and the verb", "Polres Kerinci meraih penghargaan dari Kapolda Jambi. "
     "Bripda Andika, anggota Polres Kerinci, Jambi, yang menolong warga terseret arus sungai di Desa Koto, "
     "memperoleh penghargaan itu.", ("Andika", "Bripda", None)),
    ("his post after selaku, before the verb", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. AKBP Budi "
     "Santoso selaku Kapolres Kerinci menerima penghargaan itu.", ("Budi Santoso", "AKBP", None)),
    ("he who received it, in a relative clause", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. Kapolres "
     "Kerinci AKBP Budi Santoso yang langsung menerima penghargaan itu berterima kasih.",
     ("Budi Santoso", "AKBP", "Kapolres")),
    ("the deputy who received it for his chief, named after him", "Polres Kerinci meraih penghargaan dari Bupati. "
     "Penghargaan diterima Wakapolres Kerinci Kompol Dedi Irawan mewakili Kapolres Kerinci AKBP Budi Santoso.",
     ("Dedi Irawan", "Kompol", "Wakapolres")),
    ("Kapolri by his rank spelled out, who also received", "Kapolri Jenderal Polisi Listyo Sigit Prabowo pun "
     "meraih penghargaan pimpinan terbaik dari Komisi Informasi.", ("Listyo Sigit Prabowo", "Jenderal Pol", "Kapolri")),
    ("a doctor's title between the rank and the name", "Polres Badung meraih penghargaan dari Bupati Badung. "
     "Penghargaan diterima oleh Kapolres Badung AKBP Dr. Leo Santika, S.I.K., M.H.", ("Leo Santika", "AKBP", "Kapolres")),
    ("a first name cut short", "Polres Badung meraih penghargaan dari Bupati Badung. Penghargaan diterima Kasat "
     "Lantas Polres Badung AKP Moh. Ali Akbar.", ("Moh. Ali Akbar", "AKP", "Kasat Lantas")),
    ("handed over by a deputy, accepted by the chief after kepada", "Sebanyak 9 anggota Polres Gresik menerima "
     "penghargaan. Penyerahan piagam dilakukan oleh Wakapolda Jatim Brigjen Pol Ahmad Yani kepada Kapolres Gresik "
     "AKBP Rudi Santoso.", ("Rudi Santoso", "AKBP", "Kapolres")),
    ("a resort under its former name Poltabes, its chief Kapoltabes", "Sebanyak 9 anggota Poltabes Denpasar "
     "menerima penghargaan. Piagam diserahkan oleh Wakapolda Bali Brigjen Pol Made Arta kepada Kapoltabes Denpasar "
     "Kombes Pol Gede Sukra.", ("Gede Sukra", "Kombes Pol", "Kapoltabes")),
    ("a chief who only speaks after the quote is no receiver", "Polres Blora meraih predikat WBK dari KemenPAN-RB. "
     "\"Ini kerja bersama,\" ujar Kapolres Blora AKBP Rudi Santoso.", (None, None, None)),
    ("a chief who only speaks before his words is no receiver", "Polres Blora meraih predikat WBK dari KemenPAN-RB. "
     "Kapolres Blora AKBP Rudi Santoso mengatakan penilaian berlangsung setahun.", (None, None, None)),
    ("a chief among those attending is no receiver", "Piagam MURI diserahkan kepada Polres Blora. Acara itu dihadiri "
     "Wakapolda Jateng Brigjen Pol Agus Salim dan Kapolres Blora AKBP Rudi Santoso.", (None, None, None)),
    ("a picture's caption: the officer as he receives", "Kasat Lantas AKP Budi Hartono saat menerima penghargaan dari "
     "Kapolres Blora AKBP Rudi Santoso. Satlantas Polres Blora diganjar penghargaan. Penghargaan diserahkan langsung "
     "oleh Kapolres Blora AKBP Rudi Santoso.", ("Budi Hartono", "AKP", "Kasat Lantas")),
    ("handed over, then accepted by the chief himself", "Polsek Ubud meraih Kompolnas Award. Piagam diserahkan di "
     "Jakarta dan diterima sendiri oleh Kapolsek Ubud, Kompol Made Sukra.", ("Made Sukra", "Kompol", "Kapolsek")),
    ("a rank spelled out without Polisi", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. Penghargaan "
     "diterima oleh Ajun Komisaris Besar Rudi Santoso.", ("Rudi Santoso", "AKBP", None)),
    ("a rank spelled out, then its abbreviation", "Polres Kerinci meraih penghargaan dari Bupati Kerinci. "
     "Penghargaan diterima oleh Ajun Komisaris Besar Polisi (AKBP) Rudi Santoso.", ("Rudi Santoso", "AKBP", None)),
    ("one who follows an announcement online did not accept", "Satlantas Polres Kendal meraih predikat WBBM dari "
     "KemenPAN-RB. Pengumuman itu diikuti secara daring oleh Wakapolres Kendal Kompol Agus Salim.",
     (None, None, None)),
    ("one who opens the ceremony did not accept", "Polres Kendal meraih predikat WBK dari KemenPAN-RB. Acara itu "
     "dibuka oleh Wakapolda Jateng Brigjen Pol Agus Salim.", (None, None, None)),
    ("a section head by his post alone receives, named in full later", "Polda Jambi meraih predikat informatif dari "
     "Komisi Informasi. Kabid Humas Polda Jambi menerima piagamnya di Jambi. Kabid Humas Polda Jambi, Kombes Pol "
     "Rudi Santoso, bersyukur atas capaian itu.", ("Rudi Santoso", "Kombes Pol", "Kabid Humas")),
    ("a post written as one word receives, named in full with a space", "Polda Jambi meraih predikat informatif "
     "dari Komisi Informasi. Kabidhumas Polda Jambi menerima piagamnya. Kabid Humas Polda Jambi, Kombes Pol Rudi "
     "Santoso, bersyukur.", ("Rudi Santoso", "Kombes Pol", "Kabid Humas")),
    ("a director by his post alone receives, named in full in reported speech", "Polda Jambi meraih penghargaan dari "
     "Bupati Muaro Jambi. Dirlantas Polda Jambi menerima piagamnya. Menurut Dirlantas Polda Jambi Kombes Pol Agus "
     "Salim, capaian itu milik anggota.", ("Agus Salim", "Kombes Pol", "Dirlantas")),
    ("a rank and Pol written with full stops", "Polda Jambi meraih penghargaan dari Komisi Informasi. Penghargaan "
     "diterima oleh Wakapolda Jambi Brigjen. Pol. Agus Salim.", ("Agus Salim", "Brigjen Pol", "Wakapolda")),
    ("after kepada, a post with abbreviations and his unit, a comma, then the name", "Kapolda NTT menyerahkan "
     "piagam penghargaan. Piagam kedua diberikan kepada Ba. Sat Reskrim Polres Kupang, Briptu Yosef Bria, atas "
     "pengungkapan kasus curanmor.", ("Yosef Bria", "Briptu", None)),
    ("after kepada, a post of many words the patterns do not know", "Bidhumas Polda Bali meraih penghargaan "
     "Presiden RI. Secara simbolis, Satyalancana disematkan kepada Kepala Sub Bidang Pengelolaan Informasi "
     "Dokumentasi Bidhumas Polda Bali AKBP Ketut Arsa.", ("Ketut Arsa", "AKBP", None)),
    ("thanks said to a chief is no award to him", "Satlantas Polres Gianyar meraih penghargaan dari Bupati Gianyar. "
     "Bupati mengucapkan terima kasih kepada Kapolres Gianyar AKBP Made Sukra atas kerja sama selama ini.",
     (None, None, None)),
    ("thanks after berterima kasih, to the chief of the parent unit", "Ditpolairud Polda Bali meraih penghargaan "
     "dari Menteri Kelautan. Menteri berterima kasih kepada Kapolda Bali, Irjen Pol Made Sukra, yang memimpin "
     "pengamanan laut.", (None, None, None)),
    ("a chief who states his pride is no receiver", "Polres Blitar meraih predikat WBK dari KemenPAN-RB. Kapolres "
     "Blitar AKBP Danang Wibowo menyatakan bangga atas capaian itu.", (None, None, None)),
    ("a chief's thanks after his degrees", "Polres Pati meraih penghargaan dari Bupati Pati. Kapolres Pati AKBP Taufik "
     "Ramli, S.I.K., M.Sc bersyukur atas penghargaan tersebut.", (None, None, None)),
    ("a chief dated before his verb", "Polres Sampang menerima piagam dari Bupati Sampang. Kapolres Sampang AKBP Yudi "
     "Pranata (4/3/2024) mengatakan piagam itu milik seluruh personel.", (None, None, None)),
    ("a chief placed and dated before his verb", "Polres Sampang menerima piagam dari Bupati Sampang. Kapolres Sampang "
     "AKBP Yudi Pranata di Mapolres, Senin (4/3), juga mengapresiasi jajarannya.", (None, None, None)),
    ("a chief at the end of a long list of guests is no receiver", "Piagam MURI diserahkan kepada Polres Kebumen. "
     "Acara itu juga dihadiri Wakapolda Jateng Brigjen Pol Agus Santoso, Kabid Humas Polda Jateng Kombes Pol Satria "
     "Bayu, Kapolres Kebumen AKBP Burhan Hadi, serta perwakilan Pemkab Kebumen.", (None, None, None)),
    ("a physician's dr between rank and name", "Pusdokkes Polri meraih penghargaan dari Kementerian Kesehatan. "
     "Penghargaan diterima oleh Kapusdokkes Polri Brigjen Pol dr Sari Handayani, Sp.PD di Jakarta.",
     ("Sari Handayani", "Brigjen Pol", None)),
    ("once more receiving", "Kapolda Riau Irjen Pol Hadi Susanto kembali menerima penghargaan dari Menteri ATR/BPN "
     "atas pemberantasan mafia tanah.", ("Hadi Susanto", "Irjen Pol", "Kapolda")),
    ("given an award, passive", "Kapolsek Tegalrejo, Iptu Rahmat Hidayat, diberi penghargaan oleh Kapolres Magelang "
     "atas pengungkapan pencurian.", ("Rahmat Hidayat", "Iptu", "Kapolsek")),
    ("a list of posts before the unit that won is no receiver", "Tim penilai menguji materi yang diberikan kepada "
     "Kasat Lantas, Kapolsek, dan Bhabinkamtibmas, Polres Batang meraih juara pertama lomba Polmas. Hadir Kasat "
     "Lantas Polres Batang AKP Rudi Hartono.", (None, None, None)),
    ("a quote closed as he had just received", "Satreskrim Polres Kudus meraih penghargaan dari Lemkapi. Kasat "
     'Reskrim Polres Kudus, AKP Danu Saputra, menyebut capaian itu hasil kerja tim. "Terima kasih kepada Lemkapi," '
     "ujarnya usai menerima penghargaan di Mapolres Kudus.", ("Danu Saputra", "AKP", "Kasat Reskrim")),
    ("he received it, said as 'ia terima'", 'Bidhumas Polda Riau meraih penghargaan dari Divisi Humas Polri. "Ini '
     'kerja keras tim," kata Kabid Humas Polda Riau Kombes Pol Anton Wijaya. Penghargaan itu ia terima langsung dari '
     "Kadiv Humas Polri di Jakarta.", ("Anton Wijaya", "Kombes Pol", "Kabid Humas")),
    ("members named alike, none singled out", "Satpolairud Polres Bima mendapat penghargaan dari HNSI. Penghargaan "
     "itu diterima oleh Aipda Yusuf Hamid, Briptu Andi Saleh dan Bharada Rian Putra.", (None, None, None)),
    ("a chief named with his unit, then quoted, never said to accept", "Polres Sigi menerima penghargaan Satgas "
     "terbaik dari Polda Sulteng. Di bawah tanggung jawab Kapolres Sigi AKBP Reza Pahlevi, jajarannya menggelar 500 "
     "kegiatan. Kapolres Sigi AKBP Reza Pahlevi mengatakan penghargaan itu milik semua anggota.", (None, None, None)),
    ("a post spelled out with its short form in brackets", "Polres Lebak meraih Anugerah Keterbukaan Informasi. "
     "Penghargaan itu diterima Kepala Seksi Humas (Kasi Humas) Polres Lebak AKP Dedi Mulyadi mewakili Kapolres.",
     ("Dedi Mulyadi", "AKP", None)),
    ("a post alone named as the one given it, his name said before", "Polres Batang memecahkan rekor MURI lewat "
     "lomba mewarnai. Kapolres Batang AKBP Yuda Pratama menjelaskan lomba itu diikuti 15 ribu anak. Penghargaannya "
     "diberikan kepada penyelenggara, yaitu Kapolres dan panitia.", ("Yuda Pratama", "AKBP", "Kapolres")),
    ("academic titles run into the name without full stops", "Polsek Ngadirojo meraih piagam dari Bupati Wonogiri. "
     "Piagam diterima oleh Kapolsek Ngadirojo AKP Slamet Riyadi SH MH.", ("Slamet Riyadi", "AKP", "Kapolsek")),
    ("a name cut short by its titles, written in full later", "Polres Wonogiri meraih penghargaan dari Kapolda Jateng. "
     "Penghargaan itu diterima langsung oleh Kapolres Wonogiri, AKBP Dimas SIK MSi, di Semarang. Kapolres Wonogiri "
     "AKBP Dimas Prakoso mengatakan penghargaan itu milik anggota.", ("Dimas Prakoso", "AKBP", "Kapolres")),
    ("'oleh' after a deed done to others names who did it", "Dua puluh anggota Satsamapta dihukum lari keliling "
     "lapangan oleh Kapolres Klaten, AKBP Budi Santoso. Polsek Wedi menerima piagam atas kinerja terbaik.",
     (None, None, None)),
    ("a chief who speaks to an outlet on a day written out", "Kementerian PANRB menganugerahkan predikat pelayanan "
     "prima kepada Polres Padang Pariaman. Kapolres Padang Pariaman AKBP Rudi Hartono kepada wartawan, Selasa 7 Mei "
     "2024, mengatakan penilaian dilakukan Ombudsman.", (None, None, None)),
    ("'Polisi' after the rank and an honorific", "Polres Sikka meraih penghargaan dari Bupati Sikka. Penghargaan "
     "diterima oleh Kombes Polisi Hj Wulan Sari.", ("Wulan Sari", "Kombes Pol", None)),
    ("a lone letter run into bare titles is read with them", "Polda Bali meraih anugerah dari Komisi Informasi. "
     "Anugerah itu diterima langsung Kabid Humas Polda Bali, Kombes Pol Budi Hartono S SIK MSi.",
     ("Budi Hartono", "Kombes Pol", "Kabid Humas")),
    ("a lone letter before one bare title", "Polres Gianyar menerima piagam dari Bupati Gianyar. Piagam diterima oleh "
     "AKBP Made Surya W MM, Kamis (3/4).", ("Made Surya", "AKBP", None)),
    ("a lone letter set off from the titles by a comma stays the name's", "Polres Tabanan menerima piagam dari Bupati "
     "Tabanan. Piagam diterima oleh AKBP Gede Arta P, SH, Senin (7/4).", ("Gede Arta P", "AKBP", None)),
    ("the Kapolri by his rank without 'Pol'", "Kapolri Jenderal Budi Gunawan dianugerahi gelar adat dari Lembaga Adat "
     "Melayu Riau.", ("Budi Gunawan", "Jenderal Pol", "Kapolri")),
    ("the same, receiving from a ministry", "Kapolri Jenderal Ahmad Dofiri menerima penghargaan dari Menteri Sosial "
     "atas bantuan bencana.", ("Ahmad Dofiri", "Jenderal Pol", "Kapolri")),
    ("a stand-in for a group whose members are listed after 'mulai dari'", "Satreskrim Polres Kudus diganjar piagam "
     "oleh Kapolda Jateng. Kasat Reskrim Polres Kudus AKP Dwi Prasetyo mengaku bangga. Dwi mewakili 18 anggota tim, "
     "mulai dari Kanit Pidum Ipda Agus Salim dan Kanit Resmob Ipda Rudi Hartono, menerima piagam itu di Semarang.",
     ("Dwi Prasetyo", "AKP", "Kasat Reskrim")),
    ("members a stand-in took it for, listed after 'termasuk', did not take it", "Satlantas Polres Blitar meraih "
     "piagam dari Bupati Blitar. Piagam diterima Kasat Lantas AKP Hendra Wijaya yang mewakili seluruh personel, "
     "termasuk Kanit Turjawali Ipda Yoga Saputra, dalam upacara di pendapa.", ("Hendra Wijaya", "AKP", "Kasat Lantas")),
]  # fmt: skip


def test_a_post_set_before_the_name_in_another_unit_is_not_the_awards():
    from pipelines.award_officer import officer_of
    from pipelines.units import find_unit_mentions

    (recipient,) = find_unit_mentions("Satlantas Polres Badung")
    text = "Piagam juga diberikan kepada anggota Polsek Kuta, Bripka Dedi Lado, atas pertolongannya."
    assert officer_of(text, [recipient]) == (None, None, None)
    assert officer_of(text, find_unit_mentions("Polsek Kuta"))[0] == "Dedi Lado"


def test_of_officers_said_alike_to_accept_the_one_the_awards_own_clause_names():
    from pipelines.award_officer import officer_of
    from pipelines.units import find_unit_mentions

    (recipient,) = find_unit_mentions("Polda Bengkulu")
    text = (
        "Secara simbolis, Bintang Bhayangkara disematkan kepada Kabag Ops Polda Bengkulu AKBP Rudi Hartono. Satya "
        "Lencana Pengabdian 16 tahun diwakili Kaur Keu Polda Bengkulu AKP Made Wirya, dan Satya Lencana Pengabdian "
        "8 tahun diterima Kaur Mintu Polda Bengkulu Ipda Sri Lestari."
    )
    assert officer_of(text, [recipient], "Satya Lencana Pengabdian 16 tahun")[0] == "Made Wirya"
    assert officer_of(text, [recipient], "Satya Lencana Pengabdian 8 tahun")[0] == "Sri Lestari"
    assert officer_of(text, [recipient])[0] == "Rudi Hartono"


def test_who_took_the_award_for_a_chief_said_to_receive_it():
    from pipelines.award_stand_ins import stood_in_for

    chief = ("Budi Santoso", "Jenderal Pol", "Kapolri")
    after = (
        "Kapolri Jenderal Pol Budi Santoso menerima penghargaan dari sebuah stasiun televisi. Penghargaan ini diterima "
        "oleh Kadiv Humas Polri Irjen Pol. Andi Wijaya, mewakili Kapolri."
    )
    assert stood_in_for(after, chief) == ("Andi Wijaya", "Irjen Pol", "Kadiv Humas")
    handed_to_him = (
        "IAWP menyerahkan penghargaan kepada Kapolri Jenderal Pol. Budi Santoso atas komitmennya. Penghargaan "
        "diterima oleh Kadiv Hubinter Irjen Pol. Andi Wijaya yang mewakili Kapolri."
    )
    assert stood_in_for(handed_to_him, chief) is None
    before = (
        "Kapolda Jambi Irjen Pol Rudi Hartono menerima penghargaan pin emas. Hadir mewakili Kapolda, Wakapolda Jambi "
        "Brigjen Pol Dr. Made Wirya menerima langsung penghargaan tersebut."
    )
    assert stood_in_for(before, ("Rudi Hartono", "Irjen Pol", "Kapolda")) == ("Made Wirya", "Brigjen Pol", "Wakapolda")


def test_one_a_post_alone_stood_in_for_did_not_take_it_himself():
    from pipelines.award_officer import officer_of
    from pipelines.units import find_unit_mentions

    (recipient,) = find_unit_mentions("Polda Nusa Tenggara Timur")
    text = "Piagam juga diberikan kepada Kapolda NTT, Irjen Pol Johni Asadoma sebagai penggagas, yang diwakili Kapolres Alor."
    assert officer_of(text, [recipient]) == (None, None, None)


@pytest.mark.parametrize("construction, text, officer", OFFICERS, ids=[row[0] for row in OFFICERS])
def test_receiving_officer(construction, text, officer):
    (award,) = extract_awards(None, text)
    assert (award["officer"], award["rank"], award["position"]) == officer


def test_sections_of_one_unit_sharing_an_award_have_their_chief():
    from pipelines.award_model import Award, Story
    from pipelines.structure import _officer
    from pipelines.units import find_unit_mentions

    own = "Rekor MURI itu ditujukan kepada Satreskrim dan Satresnarkoba Polres Kerinci."
    story = Story(None, [own, "Piagam diserahkan kepada Kapolres Kerinci AKBP Budi Santoso beserta jajaran."], None)
    award = Award(recipients=["Satreskrim Polres Kerinci", "Satresnarkoba Polres Kerinci"], evidence=[own])
    mentions = [m for m in find_unit_mentions(own) if m.name in award.recipients]
    assert _officer(award, story, own, mentions, single=False)[0] == "Budi Santoso"


EVENT_DATES = [
    ("a date in the award's sentence", "Polres Kebumen menerima predikat WBK di Jakarta, Selasa (10/12/2024).",
     None, "2024-12-10"),
    ("a date of the event, written apart", "Polres Kebumen menerima piagam dari Bupati. Acara berlangsung di "
     "pendopo, Senin (5/8/2024).", None, "2024-08-05"),
    ("a quote at the handing-over", 'Polsek Kutoarjo meraih penghargaan Kapolres. "Terus tingkatkan," ujar Kapolres '
     "saat menyerahkan penghargaan, Kamis (3/10/2024).", None, "2024-10-03"),
    ("day and month take the story's year", "Polres Kebumen meraih Kompolnas Award 2024. Penghargaan itu diserahkan "
     "pada Rabu (17/7) di Jakarta.", None, "2024-07-17"),
    ("a weekday with its time of day", "Polda Sumut meraih Kompolnas Awards 2024. Penghargaan diserahkan pada Rabu "
     "malam (17/7/2024) di Jakarta.", None, "2024-07-17"),
    ("a span of days is no one day", "Kapolri menyerahkan penghargaan kepada Bidhumas Polda Banten dalam Rakernis yang "
     "berlangsung 28 sampai 30 Agustus 2019, Kamis (29/08/19).", None, "2019-08-29"),
    ("a span whose first day has its month is no one day", "Polres Pidie memperoleh penghargaan dari Polda Aceh atas "
     "penanganan curanmor. Data itu dihimpun untuk periode 3 Februari sampai 10 Maret 2025.", None, None),
    ("the same with 'hingga' and the span's days written in full", "Polres Bireuen meraih piagam dari Kapolda Aceh. "
     "Penilaian berlangsung 1 Juli hingga 31 Agustus 2024, lalu piagam diserahkan di Mapolda, Senin (9/9/2024).",
     None, "2024-09-09"),
    ("the day a span began is no one day", "Polres Maros meraih rekor MURI atas penyematan pin keselamatan. "
     "Penghargaan itu diberikan dalam operasi yang berjalan sejak 3 Mei 2024.", None, None),
    ("a decree's date is no ceremony's", "Polres Kebumen menerima penghargaan berdasarkan Keputusan Presiden Nomor "
     "6/TK/2012 tertanggal 8 Februari 2012. Penghargaan diserahkan pada Senin (2/7/2012).", None, "2012-07-02"),
    ("the occasion in a sentence that names no unit", "Polri meraih penghargaan tertinggi Anugerah Keterbukaan "
     "Informasi. Penghargaan itu diterima pada acara di Hotel Bidakara, Jakarta, Senin (15/12/2025).", None,
     "2025-12-15"),
    ("two dates about awards: none is sure", "Polres Kebumen meraih penghargaan dari Bupati Kebumen. Syukuran atas "
     "penghargaan itu pada acara Senin (5/8/2024). Hasil penilaian penghargaan diumumkan Selasa (6/8/2024).", None,
     None),
    ("a comma between the weekday and its date", "Polres Sikka menerima penghargaan dari Kanwil DJPb pada Jumat, "
     "(20/12/2024).", None, "2024-12-20"),
    ("a decree numbered after a colon", "Kenaikan pangkat Kapolsek Maro AKP Dedi Rahman didasarkan pada Keputusan "
     "Kapolri Nomor: KEP/12/I/2021 tanggal 12 Januari 2021. Polsek Maro meraih penghargaan itu.", None, None),
    ("the contest held before the handover dates no handover", "Satlantas Polres Siak meraih juara I lomba kampung "
     "tertib lalu lintas. Lomba itu sebelumnya digelar Korlantas pada 10 Agustus 2024, dan Satlantas Polres Siak "
     "keluar sebagai juara pertama. Piagam diserahkan di Jakarta pada 3 Oktober 2024.", None, "2024-10-03"),
    ("a weekday and a written date without its year", "Polres Kampar menerima piagam dari Bupati Kampar pada Kamis, "
     "24 Oktober, di pendopo.", "2024-10-30T10:00:00+07:00", "2024-10-24"),
    ("a weekday said as last, with its date", "Polsek Bangkinang meraih penghargaan dari Kapolres. Penghargaan "
     "diserahkan Rabu lalu (23/10) di Mapolres.", "2024-10-30T10:00:00+07:00", "2024-10-23"),
    ("a like occasion told for comparison dates nothing", "Polres Kampar meraih penghargaan dari Kapolda Riau. Hal "
     "serupa disampaikan Kapolda saat memberikan penghargaan kepada Polres Siak pada Senin 7 Oktober lalu.",
     "2024-10-30T10:00:00+07:00", None),
    ("a day and month in brackets after a place, without a weekday", "Usai apel di lapangan Mapolres (9/3), "
     "Kapolres Kudus memberikan penghargaan kepada Polsek Jati.", "2024-03-11T10:00:00+07:00", "2024-03-09"),
    ("a share in brackets is no date", "Polres Kudus meraih penghargaan dari Bupati dengan nilai tiga perempat "
     "(3/4).", "2024-03-11T10:00:00+07:00", None),
    ("a weekday with a numeric date, no brackets", "Polres Blora menerima piagam dari Bupati pada Selasa, 5/3/2024.",
     "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a weekday with a hyphenated date", "Polres Blora menerima piagam dari Bupati pada Selasa (5-3-2024).",
     "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a numeric date after pada", "Polres Blora menerima piagam dari Bupati pada 05/03/2024 di pendopo.",
     "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a day and month after pada take the story's year", "Polres Blora menerima piagam dari Bupati. Piagam itu "
     "diserahkan di pendopo pada 5 Maret.", "2024-03-20T10:00:00+07:00", "2024-03-05"),
    ("a day and month after the publication day date nothing", "Polres Blora menerima piagam dari Bupati. Piagam "
     "itu diserahkan di pendopo pada 5 April.", "2024-03-20T10:00:00+07:00", None),
    ("a span of weekdays is no one day", "Polres Blora menerima piagam dalam rapat kerja, Senin-Rabu (11-13/3/2024).",
     "2024-03-20T10:00:00+07:00", None),
    ("a spokesman's statement day is no ceremony's", "Satlantas Polres Blora meraih juara 1 lomba tertib lalu "
     "lintas, kata Kasi Humas Polres Blora, Kamis (7/3/2024).", "2024-03-07T10:00:00+07:00", None),
    ("a spokesman dated before his verb", "Polres Blora meraih penghargaan dari Bupati. Kasi Humas Polres Blora di "
     "Blora, Kamis (7/3/2024), menjelaskan penghargaan itu untuk pelayanan publik.", "2024-03-07T10:00:00+07:00", None),
    ("a giver quoted at the venue dates it", 'Polres Blora meraih rekor MURI. "Kami mencatat dua rekor," ujar '
     "manajer MURI di Mapolres Blora, Kamis (7/3/2024).", "2024-03-08T10:00:00+07:00", "2024-03-07"),
    ("a quote at the handing-over still dates it", 'Polres Blora meraih rekor MURI. "Selamat," ujar manajer MURI '
     "saat menyerahkan piagam di Mapolres Blora, Kamis (7/3/2024).", "2024-03-08T10:00:00+07:00", "2024-03-07"),
    ("a day and month late in the year before a January story", "Polres Blora menerima piagam dari Bupati, Kamis "
     "(28/12).", "2024-01-03T10:00:00+07:00", "2023-12-28"),
    ("the lead's one day dates the event it reports", "KPU menganugerahkan penghargaan kepada Polda Jambi atas "
     'pengamanan pemilu. "Polisi selalu sigap," kata Ketua KPU Jambi di Mapolda Jambi, Rabu (7/8/2019).', None,
     "2019-08-07"),
    ("a statement to reporters in the lead dates nothing", "Rektor Universitas Jambi memberi selamat kepada Polda "
     'Jambi atas penghargaan Kompolnas Awards 2024. "Selamat," kata Rektor kepada wartawan di Jambi, Kamis (18/7).',
     "2024-07-19T10:00:00+07:00", None),
    ("early in a year, last year's number, the weekday tells", "Polres Kerinci menerima piagam kepatuhan dari "
     "Ombudsman di Jambi, Selasa (31/1/2022).", None, "2023-01-31"),
    ("a weekday that fits the year written keeps it", "Polres Kerinci menerima piagam kepatuhan dari Ombudsman di "
     "Jambi, Senin (31/1/2022).", None, "2022-01-31"),
    ("a date in words keeps its year whatever the weekday", "Polres Kerinci menerima piagam kepatuhan dari "
     "Ombudsman di Jambi, Selasa, 31 Januari 2022.", None, "2022-01-31"),
    ("awards still to come date no award of this story", "Bawaslu menganugerahkan penghargaan kepada Polda Jambi atas "
     "pengamanan pemilu. Instansi lain akan diberi penghargaan pada 5 Maret 2024.", None, None),
    ("a giver's speech at the ceremony dates it, its year written", "Komnas Perlindungan Anak memberikan penghargaan "
     "kepada Polres Blitar atas pengungkapan kasus kekerasan terhadap anak. Penghargaan diterima Kapolres Blitar AKBP "
     "Adhitya Panji di Aula Polres Blitar. Ketua Komnas PA mengatakan polisi bergerak cepat menangani laporan warga. "
     '"Kami bangga atas kerja cepat polisi," kata Ketua Komnas PA dalam sambutannya, Kamis (11/3/2021).', None,
     "2021-03-11"),
    ("a speech at the ceremony, its year from the story's day", "Pemkab Klaten memberikan penghargaan kepada Polres "
     "Klaten atas pengamanan arus mudik. Piagam diterima Kapolres Klaten AKBP Eko Prasetyo di Pendopo Klaten. Bupati "
     'menilai arus mudik tahun ini berjalan lancar. "Terima kasih atas kerja keras seluruh personel," ujar Bupati '
     "Klaten dalam sambutannya, Selasa (9/8).", "2022-08-10T10:00:00+07:00", "2022-08-09"),
    ("no story's day and a year looked ahead to: the weekday picks the year before", "Polres Katingan menerima "
     "piagam dari Bupati Katingan, Kamis (22/3). Bupati berharap polisi siap mengamankan Pemilu 2019.", None,
     "2018-03-22"),
    ("the same with the month in words", "Polres Katingan menerima piagam dari Bupati Katingan, Jumat, 13 April. "
     "Bupati berharap polisi siap mengamankan Pemilu 2019.", None, "2018-04-13"),
    ("a spokesman with a long post, quoted from another outlet", 'Polres Sintang meraih penghargaan Kapolri. "Pemberian '
     'penghargaan itu wujud apresiasi," terang Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Hadi '
     "Santoso dikutip dari sebuah media, Jumat (5/5/2017). Pemberian penghargaan itu digelar pada tanggal 2 Mei lalu.",
     None, "2017-05-02"),
    ("a spokesman's statement day after his post and place", "Polda Bali meraih penghargaan dari IAWP. Kabid Humas "
     "Polda Bali Kombes Pol. Budi Santoso dalam keterangannya di Denpasar, Minggu (17/9), mengatakan penghargaan "
     "diserahkan di Selandia Baru.", "2023-09-18T10:00:00+07:00", None),
    ("a dateline's day is the day of filing", "Bandung 3 Juli 2025 — Polda Jabar memberikan penghargaan kepada Polres "
     "Garut atas dedikasi anggotanya.", "2025-07-03T10:00:00+07:00", None),
    ("a dateline with a weekday and its date", "GARUT, Selasa (4/2) – Polres Garut menerima piagam dari Bupati Garut "
     "atas pelayanan publik.", None, None),
    ("the day a decree was fixed is no ceremony's", "Polres Garut menerima piagam dari Bupati Garut berdasarkan Surat "
     "Keputusan Nomor 12/HK/2025 yang ditetapkan di Garut pada 9 Januari 2025.", None, None),
    ("an anniversary and its count give the year of a day written without one", "Sebanyak 40 personel Polres "
     "Pasuruan menerima penghargaan saat upacara HUT ke-77 Polwan di lapangan Mapolres, Senin (1/9).", None,
     "2025-09-01"),
    ("an anniversary in another sentence dates no day", "Polres Pasuruan menerima piagam MURI, Rabu (3/9). Acara itu "
     "memperingati HUT ke-77 Polwan.", None, None),
    ("a chief thankful for the award's receipt on a day written out", "Polda Jambi menerima Tanda Kehormatan "
     "Nugraha Sakanti dari Presiden RI. Penilaian meliputi kinerja seluruh satuan kerja. Kapolda juga menyampaikan rasa syukur atas diterimanya tanda kehormatan itu "
     "pada 2 Juli 2024.", "2024-07-10T10:00:00+07:00", "2024-07-02"),
    ("the giver, named, speaks at his own ceremony", 'Bupati Klaten Sri Mulyani memberikan penghargaan kepada Polres '
     'Klaten atas penanganan banjir. "Terima kasih atas kerja kerasnya," ujar Sri secara daring pada Kamis (9/3/2023).',
     None, "2023-03-09"),
    ("the giver speaks, a pronoun standing for him", "Kapolda Riau Irjen Pol Andi Wijaya memberikan penghargaan kepada "
     'Polsek Tampan. Ia menyebut polsek itu sigap. "Kami bangga," katanya, Senin (6/3) malam.',
     "2023-03-08T10:00:00+07:00", "2023-03-06"),
    ("the giver named as the agent of the handover, a pronoun standing for him", "Polda Riau meraih juara 1 "
     "Polda terbaik pelaksana program Presisi. Penilaian dilakukan sepanjang tahun. Penghargaan itu diserahkan "
     'Wakapolri Komjen Budi Santoso pada penutupan apel di Bogor. "Penghargaan ini bentuk apresiasi," ujarnya, Rabu '
     "(26/11/2025).", None, "2025-11-26"),
    ("a handover word inside the recipient chief's quote", "Polres Musi Rawas menerima piagam penghargaan dari "
     "Ombudsman RI. Piagam itu diterima Kapolres di Palembang. Penilaian meliputi standar pelayanan. "
     '"Kami bangga dan bertekad memberikan pelayanan terbaik bagi warga," ujarnya, Kamis, 25 Januari 2024.',
     None, None),
    ("the giver named after 'dari' by those who received, then quoted", "Tiga anggota Polsek Tampan mendapat piagam "
     "dari Kapolres Pekanbaru AKBP Rudi Hartono atas penangkapan jambret. \"Ini ungkapan terima kasih kami,\" kata "
     "Kapolres Pekanbaru AKBP Rudi Hartono, Kamis (9/3/2023).", None, "2023-03-09"),
    ("the giver after 'dari', named again when quoted", "Personel Polsek Dumai Barat menerima penghargaan dari "
     "Kapolres Dumai atas dedikasi mereka. \"Pertahankan kinerja ini,\" ujar Kapolres, Selasa (14/3/2023).", None,
     "2023-03-14"),
    ("the giver after 'dari', a pronoun that may stand for those who received", "Polsek Dumai Barat menerima "
     "penghargaan dari Kapolres Dumai. Penilaian meliputi kecepatan layanan. Kapolsek hadir bersama stafnya. "
     "\"Kami bangga,\" ujarnya, Selasa (14/3/2023).", None, None),
    ("the giver speaks at another occasion", "Kapolda Riau Irjen Pol Andi Wijaya memberikan penghargaan kepada Polsek "
     'Tampan. Polsek itu menangkap pengedar sabu. "Barang bukti kami musnahkan," kata Kapolda saat pemusnahan '
     "narkoba di Mapolda, Senin (6/3).",
     "2023-03-08T10:00:00+07:00", None),
    ("a statement to an outlet, the day written out", "Polres Pesisir Selatan meraih predikat pelayanan prima dari "
     "KemenPAN-RB. Kapolres AKBP Dedi Lubis kepada KOMPAS, Senin 6 Mei 2024, mengatakan penilaian dilakukan di "
     "lapangan.", None, None),
    ("a chief met by reporters, the day written out", "Polres Bogor meraih predikat WBK tahun 2023 dari "
     'KemenPAN-RB. "Kami bersyukur," kata Kapolres Bogor saat ditemui di Mapolres, Selasa, 9 Januari 2024.',
     "2024-01-09T10:00:00+07:00", None),
]  # fmt: skip


@pytest.mark.parametrize("construction, text, published, day", EVENT_DATES, ids=[row[0] for row in EVENT_DATES])
def test_event_dates(construction, text, published, day):
    (award,) = extract_awards(None, text, published)
    assert award["event_date"] == day


# -- the officer who took an award and the day it was handed over: passages written apart from the evaluation stories

OFFICERS_AND_DAYS_BREADTH = [
    # construction, headline, story, publication day, role, (recipients, officer, kind, giver, year, event day) of
    # each award
    ("the chief set off by commas before menerima, a weekday with the full date",
     None,
     "KLATEN - Kapolres Klaten, AKBP Rudi Hartanto, menerima penghargaan dari Bupati Klaten atas keberhasilan "
     "pengamanan arus mudik Lebaran. Penghargaan diserahkan di Pendopo Pemkab Klaten, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polres Klaten"], "Rudi Hartanto", "regional_government", "Bupati Klaten", None, "2024-03-04"),
     ]),
    ("diterima langsung oleh, a weekday with day and month only",
     None,
     "SLEMAN - Polresta Sleman meraih penghargaan dari Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta sebagai "
     "unit layanan dengan kepatuhan tertinggi. Penghargaan diterima langsung oleh Kapolresta Sleman Kombes Pol "
     "Dimas Prakoso di Kantor Ombudsman DIY, Senin (4/3).",
     "2024-03-05", "received", [
      (["Polresta Sleman"], "Dimas Prakoso", "ombudsman_compliance",
       "Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta", None, "2024-03-04"),
     ]),
    ("the absent chief diwakili oleh his deputy, pada Senin, 4 Maret 2024",
     None,
     "KEBUMEN - Polres Kebumen mendapat penghargaan dari Bupati Kebumen atas dukungan pengamanan pemilihan kepala "
     "desa serentak. Kapolres Kebumen AKBP Teguh Santoso yang berhalangan hadir diwakili oleh Wakapolres Kompol "
     "Hadi Purnomo. Penyerahan berlangsung di Pendopo Kabumian pada Senin, 4 Maret 2024.",
     "2024-03-06", "received", [
      (["Polres Kebumen"], "Hadi Purnomo", "regional_government", "Bupati Kebumen", None, "2024-03-04"),
     ]),
    ("yang diwakili Kabag Ops, a day and month said with lalu",
     None,
     "GARUT - Penghargaan dari Gubernur Jawa Barat untuk Polres Garut diserahkan di Gedung Sate, Bandung, 4 Maret "
     "lalu. Kapolres Garut yang diwakili Kabag Ops Kompol Asep Sunarya menerima piagam atas pengamanan Pilkada "
     "serentak di wilayahnya.",
     "2024-03-08", "received", [
      (["Polres Garut"], "Asep Sunarya", "regional_government", "Gubernur Jawa Barat", None, "2024-03-04"),
     ]),
    ("the taker's doctorate and degrees around his name",
     None,
     "PALOPO - Polres Palopo meraih predikat Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dari "
     "Kementerian PANRB. Piagam diterima Kapolres Palopo AKBP Dr. Andi Saputra, S.I.K., M.H., di Jakarta, Rabu "
     "(11/12/2024).",
     "2024-12-12", "received", [
      (["Polres Palopo"], "Andi Saputra", "zona_integritas_wbk", "KemenPAN-RB", None, "2024-12-11"),
     ]),
    ("the chief's post and rank written out in full, Kamis malam (7/11)",
     None,
     "MADIUN - Kepala Kepolisian Resor Madiun, Ajun Komisaris Besar Polisi Hendra Wijanarko, menerima "
     "penghargaan dari Bupati Madiun atas peran Polres Madiun dalam menekan angka kecelakaan. Penghargaan "
     "diserahkan dalam malam resepsi Hari Jadi Kabupaten Madiun, Kamis malam (7/11).",
     "2024-11-08", "received", [
      (["Polres Madiun"], "Hendra Wijanarko", "regional_government", "Bupati Madiun", None, "2024-11-07"),
     ]),
    ("a chief named only by his post receives",
     None,
     "BLITAR - Polres Blitar menerima penghargaan dari Kantor Pelayanan Pajak Pratama Blitar sebagai instansi "
     "yang tertib melaporkan SPT tahunan. Penghargaan diterima Kapolres Blitar di Aula KPP Pratama Blitar, Selasa "
     "(12/11/2024).",
     "2024-11-13", "received", [
      (["Polres Blitar"], None, "ministry", "Kantor Pelayanan Pajak Pratama Blitar", None, "2024-11-12"),
     ]),
    ("a Kapolda and his deputy attend, a bureau chief takes the award",
     None,
     "BANJARMASIN - Polda Kalimantan Selatan meraih penghargaan Kompolnas Award 2024 untuk kategori pelayanan "
     "pengaduan masyarakat. Acara di Jakarta, Jumat (15/11/2024), dihadiri Kapolda Kalsel Irjen Pol Rudi "
     "Santoso dan Wakapolda Brigjen Pol Imam Wahyudi. Penghargaan diterima Karo SDM Polda Kalsel Kombes Pol "
     "Ferry Gunawan.",
     "2024-11-16", "received", [
      (["Polda Kalimantan Selatan"], "Ferry Gunawan", "kompolnas", "Kompolnas", 2024, "2024-11-15"),
     ]),
    ("a Kapolda with rank hands over to a Kapolres with rank",
     None,
     "PADANG - Kapolda Sumatera Barat Irjen Pol Bambang Suryadi menyerahkan penghargaan kepada Kapolres Pasaman "
     "Barat AKBP Agung Pranoto atas pengungkapan peredaran 20 kilogram sabu. Penyerahan dilakukan dalam apel "
     "pagi di Mapolda Sumbar, Rabu (20/3/2024).",
     "2024-03-21", "received", [
      (["Polres Pasaman Barat"], "Agung Pranoto", "kapolda", "Kapolda Sumatera Barat", None, "2024-03-20"),
     ]),
    ("a section chief honoured personally",
     None,
     "BANTAENG - Kasat Reskrim Polres Bantaeng AKP Irwan Syah menerima penghargaan dari Bupati Bantaeng atas "
     "dedikasinya mengungkap kasus pencurian ternak. Piagam diserahkan di Rumah Jabatan Bupati, Selasa (5/3/2024).",
     "2024-03-06", "received", [
      (["Satreskrim Polres Bantaeng"], "Irwan Syah", "regional_government", "Bupati Bantaeng", None, "2024-03-05"),
     ]),
    ("a member honoured personally, his chief takes the piagam for him",
     None,
     "BOGOR - Bripka Dedi Kurniawan, anggota Polsek Cibinong, mendapat penghargaan dari Kapolres Bogor atas "
     "aksinya menyelamatkan korban banjir. Karena masih bertugas di lokasi bencana, piagam diterima oleh Kapolsek "
     "Cibinong Kompol Ahmad Fauzi di Mapolres Bogor, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polsek Cibinong"], "Dedi Kurniawan", "other", "Kapolres Bogor", None, "2024-03-04"),
     ]),
    ("a chief who only speaks of the award, kemarin",
     None,
     "GRESIK - Polres Gresik meraih penghargaan predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Jawa Timur "
     "kemarin. \"Kami bersyukur mendapatkan penghargaan ini dan akan terus meningkatkan pelayanan,\" ujar "
     "Kapolres Gresik AKBP Nur Hidayat.",
     "2024-03-05", "received", [
      (["Polres Gresik"], None, "ombudsman_compliance", "Ombudsman RI Perwakilan Jawa Timur", None, None),
     ]),
    ("a chief who only attends a section's award",
     None,
     "SLAWI - Satlantas Polres Tegal meraih penghargaan dari Bupati Tegal atas program keselamatan berlalu lintas "
     "bagi pelajar. Kapolres Tegal AKBP Yudha Pratama turut hadir menyaksikan penyerahan di Pendopo Amangkurat, "
     "Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Satlantas Polres Tegal"], None, "regional_government", "Bupati Tegal", None, "2024-03-06"),
     ]),
    ("the taker named in a later sentence",
     None,
     "BIMA - Polres Bima Kota meraih penghargaan dari Wali Kota Bima atas dukungan menjaga kondusivitas daerah. "
     "Penghargaan diserahkan saat upacara HUT Kota Bima, Rabu (10/4/2024). Dalam kesempatan itu, Kapolres Bima "
     "Kota AKBP Hendra Lesmana hadir dan menerima langsung piagam tersebut.",
     "2024-04-11", "received", [
      (["Polres Bima Kota"], "Hendra Lesmana", "regional_government", "Wali Kota Bima", None, "2024-04-10"),
     ]),
    ("the taker named only in his quote",
     None,
     "LUMAJANG - Polres Lumajang mendapat penghargaan dari Bupati Lumajang, Jumat (8/3/2024), atas pengamanan "
     "Pemilu. \"Penghargaan ini saya terima mewakili seluruh personel yang bekerja siang dan malam,\" kata "
     "Kapolres Lumajang AKBP Fajar Nugroho.",
     "2024-03-09", "received", [
      (["Polres Lumajang"], "Fajar Nugroho", "regional_government", "Bupati Lumajang", None, "2024-03-08"),
     ]),
    ("a speech day after the ceremony day",
     None,
     "TUBAN - Polres Tuban menerima penghargaan dari Kapolda Jawa Timur pada upacara di Mapolda Jatim, Senin "
     "(4/3/2024). Penghargaan diterima Wakapolres Tuban Kompol Bambang Irawan. \"Ini motivasi bagi kami,\" kata "
     "Kapolres Tuban AKBP Suryo Wibowo, Rabu (6/3/2024).",
     "2024-03-06", "received", [
      (["Polres Tuban"], "Bambang Irawan", "kapolda", "Kapolda Jawa Timur", None, "2024-03-04"),
     ]),
    ("a speech day said before the ceremony day",
     None,
     "PEKALONGAN - Kapolres Pekalongan AKBP Wahyu Nugroho mengaku bangga, Selasa (5/3/2024). Sehari sebelumnya, "
     "Senin (4/3/2024), Polres Pekalongan menerima penghargaan dari Gubernur Jawa Tengah atas pengamanan "
     "Pemilu 2024. Penghargaan diterima Wakapolres Pekalongan Kompol Slamet Riyanto di Semarang.",
     "2024-03-05", "received", [
      (["Polres Pekalongan"], "Slamet Riyanto", "regional_government", "Gubernur Jawa Tengah", None, "2024-03-04"),
     ]),
    ("a commemoration day with its date",
     None,
     "PEKANBARU - Kapolda Riau memberikan penghargaan kepada Polres Kampar pada upacara peringatan Hari Bhayangkara "
     "ke-78 di Pekanbaru, Senin (1/7/2024). Penghargaan diterima Kapolres Kampar AKBP Ronald Sitompul.",
     "2024-07-02", "received", [
      (["Polres Kampar"], "Ronald Sitompul", "kapolda", "Kapolda Riau", None, "2024-07-01"),
     ]),
    ("a commemoration day without its date",
     None,
     "SUMEDANG - Satlantas Polres Sumedang menerima penghargaan dari Bupati Sumedang dalam peringatan Hari Lalu "
     "Lintas Bhayangkara ke-69. Penghargaan diterima Kasat Lantas Polres Sumedang AKP Dani Ramdani.",
     "2024-09-24", "received", [
      (["Satlantas Polres Sumedang"], "Dani Ramdani", "regional_government", "Bupati Sumedang", None, None),
     ]),
    ("the deed's earlier date after the award's date",
     None,
     "NGAWI - Polres Ngawi menerima penghargaan dari Bupati Ngawi, Kamis (14/3/2024), atas pengungkapan kasus "
     "pembunuhan yang terjadi pada Sabtu (2/3/2024) di Kecamatan Kedunggalar. Penghargaan diterima Kapolres Ngawi "
     "AKBP Rizky Hidayat.",
     "2024-03-15", "received", [
      (["Polres Ngawi"], "Rizky Hidayat", "regional_government", "Bupati Ngawi", None, "2024-03-14"),
     ]),
    ("the deed's earlier date told first, the award's date later",
     None,
     "MAGETAN - Pada Sabtu (2/3/2024), tim Satreskrim Polres Magetan menangkap dua pelaku pencurian sepeda motor. "
     "Atas keberhasilan itu, Kapolres Magetan AKBP Dodik Permana memberikan penghargaan kepada tim Satreskrim "
     "Polres Magetan, Kamis (14/3/2024). Piagam diterima Kasat Reskrim AKP Agus Purnomo.",
     "2024-03-15", "received", [
      (["Satreskrim Polres Magetan"], "Agus Purnomo", "other", "Kapolres Magetan", None, "2024-03-14"),
     ]),
    ("a press conference day after the award's day",
     None,
     "PROBOLINGGO - Polres Probolinggo meraih penghargaan dari Bupati Probolinggo, Jumat (1/3/2024), atas "
     "pengungkapan jaringan pengedar narkoba. Hal itu disampaikan Kapolres Probolinggo AKBP Arif Budiman saat "
     "konferensi pers di Mapolres, Selasa (5/3/2024).",
     "2024-03-05", "received", [
      (["Polres Probolinggo"], None, "regional_government", "Bupati Probolinggo", None, "2024-03-01"),
     ]),
    ("a press conference day, the award said pekan lalu",
     None,
     "JOMBANG - Kapolres Jombang AKBP Eko Prasetyo mengungkapkan Polres Jombang mendapat penghargaan dari Bupati "
     "Jombang pekan lalu. Hal itu disampaikannya dalam konferensi pers akhir tahun, Selasa (12/11/2024).",
     "2024-11-12", "received", [
      (["Polres Jombang"], None, "regional_government", "Bupati Jombang", None, None),
     ]),
    ("kemarin with a taker after the award",
     None,
     "KUDUS - Penghargaan dari Bupati Kudus untuk Polres Kudus diterima Kapolres Kudus AKBP Ronny Siregar kemarin "
     "di Pendopo Kabupaten Kudus. Penghargaan itu diberikan atas pengamanan tradisi Dandangan.",
     "2024-03-06", "received", [
      (["Polres Kudus"], "Ronny Siregar", "regional_government", "Bupati Kudus", None, None),
     ]),
    ("a late December day written short in a story of early January",
     None,
     "SOLO - Polresta Surakarta menerima penghargaan dari Wali Kota Surakarta atas pengamanan perayaan Natal. "
     "Penghargaan diterima Kapolresta Surakarta Kombes Pol Iwan Saktiadi di Balai Kota, Rabu (27/12).",
     "2024-01-02", "received", [
      (["Polresta Surakarta"], "Iwan Saktiadi", "regional_government", "Wali Kota Surakarta", None, "2023-12-27"),
     ]),
    ("a chief melalui his deputy menerima",
     None,
     "PATI - Kapolres Pati AKBP Budi Santosa melalui Wakapolres Pati Kompol Sugiarto menerima penghargaan dari "
     "Bupati Pati atas pengamanan Festival Kopi Pati, Jumat (8/3/2024).",
     "2024-03-09", "received", [
      (["Polres Pati"], "Sugiarto", "regional_government", "Bupati Pati", None, "2024-03-08"),
     ]),
    ("a Kabag Ops mewakili the Kapolrestabes",
     None,
     "SEMARANG - Polrestabes Semarang meraih penghargaan dari Wali Kota Semarang sebagai mitra terbaik penanganan "
     "banjir. Penghargaan tersebut diterima Kabag Ops Polrestabes Semarang AKBP Wahyu Ari Nugroho mewakili "
     "Kapolrestabes, Kamis (14/3/2024).",
     "2024-03-15", "received", [
      (["Polrestabes Semarang"], "Wahyu Ari Nugroho", "regional_government", "Wali Kota Semarang", None,
       "2024-03-14"),
     ]),
    ("a Bhabinkamtibmas honoured personally, set off by commas",
     None,
     "WONOSARI - Aipda Sri Wahyuni, Bhabinkamtibmas Polsek Wonosari, meraih penghargaan dari Bupati Gunungkidul "
     "sebagai Bhabinkamtibmas teladan. Penghargaan diserahkan di Bangsal Sewokoprojo, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polsek Wonosari"], "Sri Wahyuni", "regional_government", "Bupati Gunungkidul", None, "2024-03-04"),
     ]),
    ("the taker by name then selaku his post",
     None,
     "CIANJUR - Polres Cianjur mendapat penghargaan dari Bupati Cianjur atas penanganan pascagempa. Piagam "
     "penghargaan itu diterima oleh AKBP Yoga Pratama selaku Kapolres Cianjur, Selasa (5/3/2024).",
     "2024-03-06", "received", [
      (["Polres Cianjur"], "Yoga Pratama", "regional_government", "Bupati Cianjur", None, "2024-03-05"),
     ]),
    ("diserahkan kepada a chief yang diwakili his deputy",
     None,
     "BANYUMAS - Penghargaan dari Bupati Banyumas diserahkan kepada Kapolresta Banyumas yang diwakili Wakapolresta "
     "AKBP Hendri Yulianto di Pendopo Si Panji, Rabu (6/3/2024). Polresta Banyumas dinilai berhasil menjaga "
     "keamanan selama Pemilu.",
     "2024-03-07", "received", [
      (["Polresta Banyumas"], "Hendri Yulianto", "regional_government", "Bupati Banyumas", None, "2024-03-06"),
     ]),
    ("a director receives for his directorate",
     None,
     "MAKASSAR - Dirlantas Polda Sulawesi Selatan Kombes Pol Arman Hakim menerima penghargaan dari Gubernur "
     "Sulawesi Selatan atas kelancaran arus mudik. Penghargaan diserahkan di Rumah Jabatan Gubernur, Sabtu, "
     "9 November 2024.",
     "2024-11-10", "received", [
      (["Ditlantas Polda Sulawesi Selatan"], "Arman Hakim", "regional_government", "Gubernur Sulawesi Selatan",
       None, "2024-11-09"),
     ]),
    ("a Kapolsek's post and rank written out with the short forms in brackets",
     None,
     "SEMARANG - Kepala Kepolisian Sektor (Kapolsek) Tembalang Komisaris Polisi (Kompol) Hendro Susilo menerima "
     "penghargaan dari Camat Tembalang atas pembinaan kampung tangguh, Kamis (14/3/2024).",
     "2024-03-15", "received", [
      (["Polsek Tembalang"], "Hendro Susilo", "regional_government", "Camat Tembalang", None, "2024-03-14"),
     ]),
    ("a Wakapolda takes a Polda's predicate",
     None,
     "JAMBI - Polda Jambi meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dari KemenPAN-RB. Predikat "
     "itu diterima Wakapolda Jambi Brigjen Pol Taufik Hidayat dalam acara di Jakarta, Rabu (11/12/2024).",
     "2024-12-12", "received", [
      (["Polda Jambi"], "Taufik Hidayat", "zona_integritas_wbbm", "KemenPAN-RB", None, "2024-12-11"),
     ]),
    ("a Kapolda honoured personally by a governor",
     None,
     "BENGKULU - Kapolda Bengkulu Irjen Pol Anwar Sanusi menerima penghargaan dari Gubernur Bengkulu atas "
     "kontribusinya menjaga stabilitas keamanan daerah. Penghargaan diberikan saat rapat paripurna HUT Provinsi "
     "Bengkulu, Jumat (15/11/2024).",
     "2024-11-16", "received", [
      (["Polda Bengkulu"], "Anwar Sanusi", "regional_government", "Gubernur Bengkulu", None, "2024-11-15"),
     ]),
    ("an awards night at Kamis malam with a humas chief taking it",
     None,
     "SURABAYA - Bidhumas Polda Jawa Timur meraih penghargaan sebagai humas instansi vertikal terbaik dari "
     "Persatuan Wartawan Indonesia (PWI) Jawa Timur. Penghargaan diterima Kabid Humas Polda Jatim Kombes Pol "
     "Dirga Mahendra dalam malam anugerah di Surabaya, Kamis malam (7/11).",
     "2024-11-08", "received", [
      (["Bidhumas Polda Jawa Timur"], "Dirga Mahendra", "media", "PWI Jawa Timur", None, "2024-11-07"),
     ]),
    ("tanggal with the day and month in words",
     None,
     "BOYOLALI - Polres Boyolali menerima penghargaan dari Badan Narkotika Nasional Kabupaten Boyolali atas "
     "dukungan program desa bersinar. Penghargaan diserahkan pada tanggal 21 Mei 2024 dan diterima Kasat "
     "Resnarkoba Polres Boyolali AKP Tri Hartono.",
     "2024-05-23", "received", [
      (["Polres Boyolali"], "Tri Hartono", "ministry", "BNN Kabupaten Boyolali", None, "2024-05-21"),
     ]),
    ("a weekday with pagi between it and its date",
     None,
     "SRAGEN - Bupati Sragen memberikan penghargaan kepada Polres Sragen atas pengamanan Pemilu 2024 di alun-alun "
     "Sragen, Senin pagi (4/3/2024). Penghargaan diterima langsung Kapolres Sragen AKBP Tegar Wibisono.",
     "2024-03-05", "received", [
      (["Polres Sragen"], "Tegar Wibisono", "regional_government", "Bupati Sragen", None, "2024-03-04"),
     ]),
    ("a weekday's date with its hour",
     None,
     "TEMANGGUNG - Penyerahan penghargaan dari Bupati Temanggung kepada Polres Temanggung berlangsung Selasa "
     "(5/3/2024) pukul 10.00 WIB di Pendopo Pengayoman. Penghargaan diterima Kapolres Temanggung AKBP Indra "
     "Gunawan.",
     "2024-03-06", "received", [
      (["Polres Temanggung"], "Indra Gunawan", "regional_government", "Bupati Temanggung", None, "2024-03-05"),
     ]),
    ("a commemoration with its date written after it",
     None,
     "DEPOK - Polres Metro Depok menerima penghargaan dari Wali Kota Depok pada peringatan Hari Kesaktian "
     "Pancasila, 1 Oktober 2024. Penghargaan diterima Kapolres Metro Depok Kombes Pol Arya Perdana.",
     "2024-10-02", "received", [
      (["Polres Metro Depok"], "Arya Perdana", "regional_government", "Wali Kota Depok", None, "2024-10-01"),
     ]),
    ("bertepatan dengan a commemoration without its date",
     None,
     "SERANG - Kapolda Banten memberikan penghargaan kepada Polres Serang bertepatan dengan Hari Bhayangkara "
     "ke-78. Penghargaan diterima Kapolres Serang AKBP Wiwin Setiawan di Mapolda Banten.",
     "2024-07-03", "received", [
      (["Polres Serang"], "Wiwin Setiawan", "kapolda", "Kapolda Banten", None, None),
     ]),
    ("a member honoured personally, his Kapolres praises him",
     None,
     "KARANGANYAR - Brigadir Yoga Saputra, anggota Satlantas Polres Karanganyar, menerima penghargaan dari Bupati "
     "Karanganyar atas aksinya mengawal ambulans pasien kritis, Kamis (14/3/2024). Kapolres Karanganyar AKBP "
     "Jerry Siagian mengapresiasi dedikasi anggotanya itu.",
     "2024-03-15", "received", [
      (["Satlantas Polres Karanganyar"], "Yoga Saputra", "regional_government", "Bupati Karanganyar", None,
       "2024-03-14"),
     ]),
    ("a chief named in full at the opening, by post alone when he receives",
     None,
     "MAGELANG - Kapolres Magelang AKBP Mustofa Kamal membuka lomba kampung tangguh di Mungkid, Rabu (6/3/2024). "
     "Pada acara yang sama, Polres Magelang menerima penghargaan dari Bupati Magelang atas pengamanan Waisak. "
     "Penghargaan diterima Kapolres.",
     "2024-03-07", "received", [
      (["Polres Magelang"], "Mustofa Kamal", "regional_government", "Bupati Magelang", None, "2024-03-06"),
     ]),
    ("a weekday's date with malam after it",
     None,
     "BATANG - Polres Batang menerima penghargaan dari Bupati Batang dalam malam puncak Hari Jadi Kabupaten Batang, "
     "Jumat (15/3/2024) malam. Penghargaan diterima Kapolres Batang AKBP Eko Wibowo.",
     "2024-03-16", "received", [
      (["Polres Batang"], "Eko Wibowo", "regional_government", "Bupati Batang", None, "2024-03-15"),
     ]),
    ("an earlier award of the same unit with its own date in the background",
     None,
     "WONOGIRI - Polres Wonogiri kembali menerima penghargaan, kali ini dari Bupati Wonogiri atas pengamanan "
     "Pilkada, Kamis (14/3/2024). Penghargaan diterima Kapolres Wonogiri AKBP Andi Muhammad. Sebelumnya, pada "
     "Jumat (1/3/2024), Polres Wonogiri juga menerima penghargaan dari Kapolda Jawa Tengah.",
     "2024-03-15", "received", [
      (["Polres Wonogiri"], "Andi Muhammad", "regional_government", "Bupati Wonogiri", None, "2024-03-14"),
     ]),
    ("the award handed over, the chief's name after a comma and the degree S.H.",
     None,
     "PEMALANG - Penghargaan dari Bupati Pemalang diberikan kepada Polres Pemalang atas keberhasilan menekan "
     "angka kriminalitas. Penghargaan diterima Wakapolres Pemalang, Kompol Suhardi, S.H., di Pendopo Kabupaten "
     "Pemalang, Selasa (5/3).",
     "2024-03-06", "received", [
      (["Polres Pemalang"], "Suhardi", "regional_government", "Bupati Pemalang", None, "2024-03-05"),
     ]),
    ("a Kapolres receiving, his deputy beside him",
     None,
     "REMBANG - Bupati Rembang menyerahkan penghargaan kepada Kapolres Rembang AKBP Suryadi Putra, didampingi "
     "Wakapolres Kompol Bayu Aji, atas pengamanan Haul Mbah Sambu, Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Rembang"], "Suryadi Putra", "regional_government", "Bupati Rembang", None, "2024-03-06"),
     ]),
    ("pada hari Senin with the date in words, no brackets",
     None,
     "KUPANG - Polda Nusa Tenggara Timur menerima penghargaan dari Gubernur Nusa Tenggara Timur pada hari Senin "
     "tanggal 28 Oktober 2024. Penghargaan diterima Wakapolda NTT Brigjen Pol Yohanes Lado.",
     "2024-10-29", "received", [
      (["Polda Nusa Tenggara Timur"], "Yohanes Lado", "regional_government", "Gubernur Nusa Tenggara Timur", None,
       "2024-10-28"),
     ]),
    ("a day and month said with kemarin, set off by commas",
     None,
     "PACITAN - Polres Pacitan menerima penghargaan dari Bupati Pacitan, 24 Oktober kemarin, atas pengamanan "
     "Pilkada. Penghargaan diterima Kapolres Pacitan AKBP Agus Wibowo di Pendopo Kabupaten.",
     "2024-10-26", "received", [
      (["Polres Pacitan"], "Agus Wibowo", "regional_government", "Bupati Pacitan", None, "2024-10-24"),
     ]),
    ("diungkapkan by a chief at a jumpa pers after the handover",
     None,
     "SUKOHARJO - Polres Sukoharjo meraih penghargaan dari Bupati Sukoharjo, Kamis (29/2/2024), atas "
     "penanganan konflik perguruan silat. Hal tersebut diungkapkan Kapolres Sukoharjo AKBP Bima Sakti dalam "
     "jumpa pers di Mapolres, Senin (4/3/2024).",
     "2024-03-04", "received", [
      (["Polres Sukoharjo"], None, "regional_government", "Bupati Sukoharjo", None, "2024-02-29"),
     ]),
    ("a chief away for a reason set off by commas, diwakili",
     None,
     "SALATIGA - Polres Salatiga menerima penghargaan dari Wali Kota Salatiga atas pengamanan Hari Jadi Kota "
     "Salatiga, Rabu (24/7/2024). Kapolres Salatiga AKBP Aryo Seno, karena sedang mengikuti pendidikan, "
     "diwakili oleh Wakapolres Kompol Indra Lesmana.",
     "2024-07-25", "received", [
      (["Polres Salatiga"], "Indra Lesmana", "regional_government", "Wali Kota Salatiga", None, "2024-07-24"),
     ]),
    ("a chief yang sedang bertugas, diwakili his Kabag Ops",
     None,
     "PURBALINGGA - Bupati Purbalingga menyerahkan penghargaan kepada Polres Purbalingga atas pengamanan Pemilu, "
     "Senin (4/3/2024). Kapolres Purbalingga AKBP Hendra Irawan yang sedang bertugas ke Jakarta diwakili Kabag "
     "Ops Kompol Joko Susilo.",
     "2024-03-05", "received", [
      (["Polres Purbalingga"], "Joko Susilo", "regional_government", "Bupati Purbalingga", None, "2024-03-04"),
     ]),
    ("a chief mengungkapkan his unit's award, another giver",
     None,
     "BREBES - Kapolres Brebes AKBP Guntur Saputra mengungkapkan Polres Brebes meraih penghargaan dari Kantor "
     "Pelayanan Pajak Pratama Brebes sebagai instansi tertib pajak. Penghargaan itu diserahkan Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Brebes"], None, "ministry", "Kantor Pelayanan Pajak Pratama Brebes", None, "2024-03-06"),
     ]),
    ("a member in hospital honoured himself, his section chief takes it",
     None,
     "KEDIRI - Brigadir Fajar Ramadhan, anggota Satsamapta Polres Kediri, memperoleh penghargaan dari Kapolres "
     "Kediri atas keberaniannya menangkap pelaku jambret. Karena masih dirawat di rumah sakit, piagamnya diterima "
     "Kasat Samapta Polres Kediri AKP Yusuf Hidayat dalam apel pagi, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Satsamapta Polres Kediri"], "Fajar Ramadhan", "other", "Kapolres Kediri", None, "2024-03-04"),
     ]),
    ("a Bhabinkamtibmas diganjar, the piagam diwakilkan kepada his Kapolsek",
     None,
     "SITUBONDO - Aiptu Sugeng Riyadi, Bhabinkamtibmas Polsek Panarukan, diganjar penghargaan oleh Bupati "
     "Situbondo atas pendampingan petani garam. Karena sakit, piagam diwakilkan kepada Kapolsek Panarukan AKP "
     "Heru Santoso di Pendopo Kabupaten, Selasa (5/3/2024).",
     "2024-03-06", "received", [
      (["Polsek Panarukan"], "Sugeng Riyadi", "regional_government", "Bupati Situbondo", None, "2024-03-05"),
     ]),
    ("a section chief saying in his quote that he received it",
     None,
     "PONOROGO - Satlantas Polres Ponorogo mendapat penghargaan dari Bupati Ponorogo atas kelancaran Grebeg Suro, "
     "Minggu (21/7/2024). \"Saya menerima penghargaan ini dengan bangga, tetapi ini milik seluruh anggota,\" ujar "
     "Kasat Lantas Polres Ponorogo AKP Bagus Setiawan.",
     "2024-07-22", "received", [
      (["Satlantas Polres Ponorogo"], "Bagus Setiawan", "regional_government", "Bupati Ponorogo", None,
       "2024-07-21"),
     ]),
    ("a chief's quote that the unit (kami) received it names no taker",
     None,
     "TRENGGALEK - Polres Trenggalek mendapat penghargaan dari Bupati Trenggalek atas pengamanan Pilkada, Senin "
     "(4/3/2024). \"Penghargaan ini kami terima sebagai motivasi untuk bekerja lebih baik,\" kata Kapolres "
     "Trenggalek AKBP Gusti Ngurah.",
     "2024-03-05", "received", [
      (["Polres Trenggalek"], None, "regional_government", "Bupati Trenggalek", None, "2024-03-04"),
     ]),
    ("a count of days before a chief's statement dates the handover",
     None,
     "MALANG - Kapolres Malang AKBP Putu Wirawan bersyukur atas capaian jajarannya, Senin (4/3/2024). Dua hari "
     "sebelumnya, tepatnya Sabtu (2/3/2024), piagam penghargaan dari Bupati Malang diserahkan kepada Polres Malang "
     "di Pendopo Kepanjen. Piagam diterima Kabag Ops Polres Malang Kompol Rudi Kuswoyo.",
     "2024-03-04", "received", [
      (["Polres Malang"], "Rudi Kuswoyo", "regional_government", "Bupati Malang", None, "2024-03-02"),
     ]),
    ("a Kapolda hands over oleh, a Kasat takes it kepada",
     None,
     "JAYAPURA - Penghargaan diserahkan langsung oleh Kapolda Papua Irjen Pol Yohanes Rumbiak kepada Kasat "
     "Resnarkoba Polresta Jayapura Kota AKP Benny Wenda atas pengungkapan ganja lintas negara, Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Satresnarkoba Polresta Jayapura Kota"], "Benny Wenda", "kapolda", "Kapolda Papua", None, "2024-03-06"),
     ]),
    ("the taker's name before his post, set off by commas",
     None,
     "PRINGSEWU - AKBP Rina Wulandari, Kapolres Pringsewu, menerima penghargaan dari Bupati Pringsewu atas "
     "program polisi sahabat anak. Penyerahan berlangsung di Gedung Serbaguna Pringsewu, Selasa (20/8/2024).",
     "2024-08-21", "received", [
      (["Polres Pringsewu"], "Rina Wulandari", "regional_government", "Bupati Pringsewu", None, "2024-08-20"),
     ]),
    ("hadir menerima said before the taker",
     None,
     "PONTIANAK - Polresta Pontianak meraih penghargaan dari Wali Kota Pontianak atas pengamanan perayaan Cap Go "
     "Meh. Hadir menerima penghargaan tersebut Kapolresta Pontianak Kombes Pol Adhe Kurniawan di Balai Kota, Senin "
     "(26/2/2024).",
     "2024-02-27", "received", [
      (["Polresta Pontianak"], "Adhe Kurniawan", "regional_government", "Wali Kota Pontianak", None, "2024-02-26"),
     ]),
    ("yang menerima penghargaan adalah his deputy",
     None,
     "PALU - Polda Sulawesi Tengah mendapat penghargaan dari Gubernur Sulawesi Tengah atas pengamanan Pilkada. "
     "Yang menerima penghargaan adalah Wakapolda Sulteng Brigjen Pol Samsul Bahri, Kamis (17/10/2024).",
     "2024-10-18", "received", [
      (["Polda Sulawesi Tengah"], "Samsul Bahri", "regional_government", "Gubernur Sulawesi Tengah", None,
       "2024-10-17"),
     ]),
    ("an award given to a unit melalui its chief",
     None,
     "KARAWANG - Penghargaan dari Bupati Karawang diberikan kepada Polres Karawang melalui Kapolres Karawang AKBP "
     "Wirdhanto Hadi atas kelancaran arus mudik, Selasa (30/4/2024).",
     "2024-05-01", "received", [
      (["Polres Karawang"], "Wirdhanto Hadi", "regional_government", "Bupati Karawang", None, "2024-04-30"),
     ]),
    ("a stand-in mewakili his chief named in full",
     None,
     "CILACAP - Polresta Cilacap menerima penghargaan dari Bupati Cilacap atas penanganan bencana longsor. "
     "Penghargaan diterima oleh Kasat Binmas Polresta Cilacap AKP Nana Suryana mewakili Kapolresta Cilacap Kombes "
     "Pol Fannky Ani Sugiharto, Kamis (27/6/2024).",
     "2024-06-28", "received", [
      (["Polresta Cilacap"], "Nana Suryana", "regional_government", "Bupati Cilacap", None, "2024-06-27"),
     ]),
    ("a Wakapolda hands over for the Kapolda, the Kapolres takes it",
     None,
     "MEDAN - Wakapolda Sumatera Utara Brigjen Pol Agus Setiawan mewakili Kapolda menyerahkan penghargaan kepada "
     "Kapolres Labuhanbatu AKBP Bernhard Malau atas pengungkapan sindikat curanmor. Penyerahan berlangsung di "
     "Mapolda Sumut, Senin (22/1/2024).",
     "2024-01-23", "received", [
      (["Polres Labuhanbatu"], "Bernhard Malau", "kapolda", "Kapolda Sumatera Utara", None, "2024-01-22"),
     ]),
    ("a medical officer honoured personally, a doctor's titles around her name",
     None,
     "SEMARANG - Kompol dr. Sri Lestari, Sp.KF, dokter forensik Biddokkes Polda Jawa Tengah, menerima penghargaan "
     "dari Gubernur Jawa Tengah atas identifikasi korban bencana, Jumat (8/3/2024).",
     "2024-03-09", "received", [
      (["Biddokkes Polda Jawa Tengah"], "Sri Lestari", "regional_government", "Gubernur Jawa Tengah", None,
       "2024-03-08"),
     ]),
    ("a contest's first day and its prize day",
     None,
     "SAMARINDA - Lomba kampung tangguh tingkat Polda Kalimantan Timur digelar sejak Senin (26/2/2024). Polres "
     "Kutai Kartanegara keluar sebagai juara pertama dan menerima piala dari Kapolda Kalimantan Timur pada "
     "penutupan lomba, Jumat (8/3/2024). Piala diterima Kapolres Kutai Kartanegara AKBP Hari Rosena.",
     "2024-03-09", "received", [
      (["Polres Kutai Kartanegara"], "Hari Rosena", "kapolda", "Kapolda Kalimantan Timur", None, "2024-03-08"),
     ]),
    ("a weekday's date with its year in two figures and sore after it",
     None,
     "TASIKMALAYA - Polresta Tasikmalaya menerima penghargaan dari Wali Kota Tasikmalaya, Jumat (8/3/24) sore. "
     "Penghargaan diterima Wakapolresta Tasikmalaya AKBP Dede Rusmana.",
     "2024-03-09", "received", [
      (["Polresta Tasikmalaya"], "Dede Rusmana", "regional_government", "Wali Kota Tasikmalaya", None,
       "2024-03-08"),
     ]),
    ("a chief's full rank Komisaris Besar Polisi before his name",
     None,
     "BEKASI - Kepala Kepolisian Resor Metro Bekasi Kota Komisaris Besar Polisi Dani Hamdani menerima penghargaan "
     "dari Wali Kota Bekasi, Sabtu (9/11/2024), atas pengamanan pesta rakyat HUT Kota Bekasi.",
     "2024-11-10", "received", [
      (["Polres Metro Bekasi Kota"], "Dani Hamdani", "regional_government", "Wali Kota Bekasi", None,
       "2024-11-09"),
     ]),
    ("a Kapolres speaks on a day, the handover on another without year",
     None,
     "BANJARNEGARA - Polres Banjarnegara meraih penghargaan dari Bupati Banjarnegara saat upacara Hari Jadi "
     "Kabupaten, Kamis (22/8). Penghargaan diterima Kapolres Banjarnegara AKBP Erick Budi. \"Terima kasih atas "
     "kepercayaan ini,\" ujar Erick kepada wartawan, Sabtu (24/8).",
     "2024-08-24", "received", [
      (["Polres Banjarnegara"], "Erick Budi", "regional_government", "Bupati Banjarnegara", None, "2024-08-22"),
     ]),
    ("several officers given in one ceremony, the award's taker named among attendees",
     None,
     "GORONTALO - Upacara di Mapolda Gorontalo, Senin (22/1/2024), dihadiri Wakapolda Brigjen Pol Arif Wicaksono, "
     "para pejabat utama dan Kapolres jajaran. Dalam upacara itu, Gubernur Gorontalo memberikan penghargaan kepada "
     "Polres Gorontalo Utara, yang diterima Kapolres Gorontalo Utara AKBP Juan Pasaribu.",
     "2024-01-23", "received", [
      (["Polres Gorontalo Utara"], "Juan Pasaribu", "regional_government", "Gubernur Gorontalo", None,
       "2024-01-22"),
     ]),
    ("a Kapolres awarding his own section, the Kasat named as the taker",
     None,
     "TEGAL - Kapolres Tegal Kota AKBP Jon Sinaga memberikan penghargaan kepada Satreskrim Polres Tegal Kota atas "
     "pengungkapan kasus begal. Penghargaan diterima Kasat Reskrim AKP Rizal Pratama dalam apel pagi, Senin "
     "(22/1/2024).",
     "2024-01-23", "received", [
      (["Satreskrim Polres Tegal Kota"], "Rizal Pratama", "other", "Kapolres Tegal Kota", None, "2024-01-22"),
     ]),
    ("the day written with the word tanggal and a year in figures after a weekday",
     None,
     "LAMONGAN - Polres Lamongan menerima penghargaan dari Bupati Lamongan pada Selasa tanggal 20 Agustus 2024. "
     "Penghargaan diterima oleh Kapolres Lamongan AKBP Bobby Wiratama.",
     "2024-08-22", "received", [
      (["Polres Lamongan"], "Bobby Wiratama", "regional_government", "Bupati Lamongan", None, "2024-08-20"),
     ]),
    ("yang hadir menerimanya yakni a Kabag Ops",
     None,
     "MAJALENGKA - Polres Majalengka memperoleh penghargaan dari Bupati Majalengka atas pengamanan Bandara "
     "Kertajati selama musim haji. Yang hadir menerimanya yakni Kabag Ops Polres Majalengka Kompol Deden Supriatna, "
     "Kamis (27/6/2024).",
     "2024-06-28", "received", [
      (["Polres Majalengka"], "Deden Supriatna", "regional_government", "Bupati Majalengka", None, "2024-06-27"),
     ]),
    ("two awards on two days from two givers",
     None,
     "BANYUWANGI - Polresta Banyuwangi menerima penghargaan dari Bupati Banyuwangi atas pengamanan festival "
     "gandrung, Senin (4/3/2024). Selain itu, pada Rabu (6/3/2024), Polresta Banyuwangi juga menerima "
     "penghargaan dari Kapolda Jawa Timur atas pengungkapan kasus perdagangan orang.",
     "2024-03-07", "received", [
      (["Polresta Banyuwangi"], None, "regional_government", "Bupati Banyuwangi", None, "2024-03-04"),
      (["Polresta Banyuwangi"], None, "kapolda", "Kapolda Jawa Timur", None, "2024-03-06"),
     ]),
    ("a Kapolsek with the rank Iptu",
     None,
     "BADUNG - Polsek Kuta menerima penghargaan dari Camat Kuta atas pengamanan malam pergantian tahun. "
     "Penghargaan diterima Kapolsek Kuta Iptu Made Sudana, Rabu (15/5/2024).",
     "2024-05-16", "received", [
      (["Polsek Kuta"], "Made Sudana", "regional_government", "Camat Kuta", None, "2024-05-15"),
     ]),
    ("a Balinese name opening on I",
     None,
     "GIANYAR - Polres Gianyar mendapat penghargaan dari Bupati Gianyar atas pengamanan upacara Ngaben massal. "
     "Piagam diterima Kapolres Gianyar AKBP I Gusti Ngurah Yudistira di Balai Budaya Gianyar, Kamis (12/9/2024).",
     "2024-09-13", "received", [
      (["Polres Gianyar"], "I Gusti Ngurah Yudistira", "regional_government", "Bupati Gianyar", None,
       "2024-09-12"),
     ]),
    ("a name with an apostrophe",
     None,
     "PAMEKASAN - Polres Pamekasan meraih penghargaan dari Bupati Pamekasan atas pengamanan karapan sapi. "
     "Penghargaan diterima Wakapolres Pamekasan Kompol Ma'ruf Hidayat, Rabu (6/3/2024).",
     "2024-03-07", "received", [
      (["Polres Pamekasan"], "Ma'ruf Hidayat", "regional_government", "Bupati Pamekasan", None, "2024-03-06"),
     ]),
    ("a first name cut short to M.",
     None,
     "BOGOR - Polresta Bogor Kota menerima penghargaan dari Wali Kota Bogor atas pengamanan Hari Jadi Bogor. "
     "Penghargaan diterima Kapolresta Bogor Kota Kombes Pol M. Rizal Fahmi, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polresta Bogor Kota"], "M. Rizal Fahmi", "regional_government", "Wali Kota Bogor", None, "2024-03-04"),
     ]),
    ("the chief in the headline, his name in the body",
     "Kapolres Jepara Terima Penghargaan dari Bupati",
     "JEPARA - Kapolres Jepara AKBP Wahyu Nugroho menerima penghargaan dari Bupati Jepara atas pengamanan "
     "tradisi Lomban. Penyerahan dilakukan di Pendopo Kabupaten Jepara, Minggu (10/3/2024).",
     "2024-03-11", "received", [
      (["Polres Jepara"], "Wahyu Nugroho", "regional_government", "Bupati Jepara", None, "2024-03-10"),
     ]),
    ("diterima secara simbolis oleh",
     None,
     "KUNINGAN - Penghargaan dari Bupati Kuningan untuk Polres Kuningan diterima secara simbolis oleh Kapolres "
     "Kuningan AKBP Willy Andrian di Pendopo Kuningan, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polres Kuningan"], "Willy Andrian", "regional_government", "Bupati Kuningan", None, "2024-03-04"),
     ]),
    ("diterima secara virtual oleh",
     None,
     "MANOKWARI - Polda Papua Barat meraih penghargaan Kompolnas Award 2024. Penghargaan diterima secara virtual "
     "oleh Kapolda Papua Barat Irjen Pol Johnny Eddizon, Selasa (3/12/2024).",
     "2024-12-04", "received", [
      (["Polda Papua Barat"], "Johnny Eddizon", "kompolnas", "Kompolnas", 2024, "2024-12-03"),
     ]),
    ("a weekday spelt Jum'at with its date",
     None,
     "BANTUL - Polres Bantul menerima penghargaan dari Bupati Bantul atas pengamanan Pemilu, Jum'at (8/3/2024). "
     "Penghargaan diterima Kapolres Bantul AKBP Michael Tobing.",
     "2024-03-09", "received", [
      (["Polres Bantul"], "Michael Tobing", "regional_government", "Bupati Bantul", None, "2024-03-08"),
     ]),
    ("a weekday, a comma and its date in brackets",
     None,
     "SUBANG - Polres Subang menerima penghargaan dari Bupati Subang, Rabu, (6/3/2024), bertempat di Aula "
     "Pemkab Subang. Penghargaan diterima Kapolres Subang AKBP Ariek Indra.",
     "2024-03-07", "received", [
      (["Polres Subang"], "Ariek Indra", "regional_government", "Bupati Subang", None, "2024-03-06"),
     ]),
    ("dini hari after the date",
     None,
     "JAKARTA - Polres Metro Jakarta Pusat menerima penghargaan dari Gubernur DKI Jakarta usai pengamanan malam "
     "takbiran, Minggu (10/3/2024) dini hari. Penghargaan diterima Kapolres Metro Jakarta Pusat Kombes Pol Susatyo "
     "Wibowo.",
     "2024-03-10", "received", [
      (["Polres Metro Jakarta Pusat"], "Susatyo Wibowo", "regional_government", "Gubernur DKI Jakarta", None,
       "2024-03-10"),
     ]),
    ("three members listed alike, none singled out",
     None,
     "SINJAI - Tiga personel Polres Sinjai, Bripka Andi Tenri, Brigpol Rahmat Saleh dan Briptu Nur Alam, "
     "menerima penghargaan dari Bupati Sinjai atas aksi penyelamatan korban banjir, Senin (4/3/2024).",
     "2024-03-05", "received", [
      (["Polres Sinjai"], None, "regional_government", "Bupati Sinjai", None, "2024-03-04"),
     ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "construction, title, text, day, role, awards",
    OFFICERS_AND_DAYS_BREADTH,
    ids=[row[0] for row in OFFICERS_AND_DAYS_BREADTH],
)
def test_officers_and_days_however_written(construction, title, text, day, role, awards):
    check_breadth_of_wording(construction, title, text, day, role, awards)


# A weekday after the place a ceremony was held is no further unit listed after it.
DAY_AFTER_A_PLACE = [
    ("Piagam diserahkan di Mapolsek Mlati, Senin (3/6/2024).", {"Polsek Mlati"}),
    ("Penyerahan berlangsung di Aula Polres Klaten, Jumat (7/6).", {"Polres Klaten"}),
    ("Upacara digelar di halaman Polsek Cangkringan, Sabtu pagi.", {"Polsek Cangkringan"}),
]


@pytest.mark.parametrize("text, units", DAY_AFTER_A_PLACE)
def test_a_weekday_after_a_place_is_no_unit(text, units):
    assert {canonical_unit_name(m.name) for m in find_unit_mentions(text)} == units
