"""Synthetic general news for the Datasette benchmark archive.

A real archive holds everything the outlets publish, and police award stories are a small
share of it: the benchmark's 20,000 awards among 200,000 articles say as much. The rest is
general news (economy, weather, sport, health, schools, transport, local government), so a
search for "ombudsman" or "kapolda" matches a few per cent of the archive, not nearly all of
it. The offline sample only has police stories, so the general news is stitched from the
paragraph templates below, written for this benchmark, with places, figures and names filled
in. A few of them mention words users search for (penghargaan, pelayanan publik, stunting),
as general news does.
"""

from __future__ import annotations

import random

TOPICS = (  # (title template, the topic's own paragraphs)
    (
        "Harga cabai rawit di {kota} naik menjelang akhir pekan",
        (
            "Kepala Dinas Perdagangan {kota}, {nama}, mengatakan kenaikan harga dipicu berkurangnya "
            "pasokan dari daerah sentra produksi akibat cuaca yang tidak menentu dalam dua pekan "
            "terakhir.",
            "Di pasar tradisional, harga cabai rawit kini mencapai Rp{rp} per kilogram, naik "
            "dibandingkan pekan lalu. Pedagang berharap pasokan kembali normal sebelum hari raya.",
        ),
    ),
    (
        "BMKG prakirakan hujan lebat di {provinsi} hingga {hari} mendatang",
        (
            "Badan Meteorologi, Klimatologi, dan Geofisika meminta masyarakat di {provinsi} "
            "mewaspadai potensi banjir dan tanah longsor, terutama warga yang tinggal di daerah "
            "aliran sungai dan lereng perbukitan.",
            "Menurut prakirawan cuaca, hujan dengan intensitas sedang hingga lebat disertai angin "
            "kencang berpotensi terjadi pada sore dan malam hari selama {hari} hari ke depan.",
        ),
    ),
    (
        "Pemkot {kota} perbaiki {n} ruas jalan rusak tahun ini",
        (
            "Pemerintah kota menganggarkan Rp{rp} juta untuk perbaikan jalan, drainase, dan trotoar "
            "yang rusak di {n} kecamatan. Pekerjaan ditargetkan selesai sebelum akhir tahun anggaran.",
            "Warga berharap perbaikan jalan dilakukan dengan kualitas yang baik sehingga tidak cepat "
            "rusak kembali saat musim hujan tiba.",
        ),
    ),
    (
        "Dinas Kesehatan {kota} gencarkan imunisasi anak di {n} puskesmas",
        (
            "Program imunisasi menyasar {n} ribu anak usia sekolah dasar. Petugas kesehatan "
            "mendatangi sekolah dan posyandu agar cakupan imunisasi merata hingga ke desa terpencil.",
            "Kepala puskesmas {nama} menjelaskan, orang tua tidak perlu khawatir karena vaksin yang "
            "digunakan aman dan telah mendapat izin edar dari Badan Pengawas Obat dan Makanan.",
        ),
    ),
    (
        "Persib dan Persija bermain imbang di laga lanjutan liga",
        (
            "Pertandingan berlangsung ketat sejak menit awal. Kedua tim saling jual beli serangan, "
            "namun penyelesaian akhir yang kurang sempurna membuat skor tidak berubah hingga peluit "
            "panjang dibunyikan.",
            "Pelatih mengaku puas dengan permainan anak asuhnya dan menyebut hasil imbang di kandang "
            "lawan sebagai modal penting untuk laga berikutnya.",
        ),
    ),
    (
        "Inflasi {provinsi} bulan ini tercatat {pct} persen",
        (
            "Badan Pusat Statistik mencatat inflasi tahunan sebesar {pct} persen, terutama disumbang "
            "kelompok makanan, minuman, dan tembakau serta biaya transportasi.",
            "Tim pengendali inflasi daerah akan menggelar operasi pasar murah di {n} titik untuk "
            "menjaga daya beli masyarakat menjelang hari besar keagamaan.",
        ),
    ),
    (
        "Ribuan warga {kota} ikuti jalan sehat peringatan hari jadi daerah",
        (
            "Ribuan peserta memadati alun-alun sejak pagi. Panitia menyediakan hadiah utama berupa "
            "sepeda motor, sepeda, dan peralatan rumah tangga bagi peserta yang beruntung.",
            "Wali Kota {nama} mengajak warga menjaga kebersihan lingkungan dan membiasakan hidup "
            "sehat dengan berolahraga secara rutin setiap pekan.",
        ),
    ),
    (
        "Pemerintah provinsi {provinsi} salurkan bantuan bibit kepada petani",
        (
            "Bantuan berupa {n} ton bibit padi dan jagung serta pupuk diserahkan kepada kelompok tani"
            " di {n2} kecamatan untuk meningkatkan produktivitas pertanian.",
            "Kepala Dinas Pertanian menyebutkan produksi gabah di {provinsi} tahun lalu mencapai {n} "
            "ribu ton dan ditargetkan meningkat tahun ini seiring perluasan lahan tanam.",
        ),
    ),
    (
        "Sekolah di {kota} mulai terapkan kurikulum baru",
        (
            "Guru-guru telah mengikuti pelatihan agar pembelajaran lebih berpusat pada siswa. Sekolah"
            " juga diminta menyiapkan proyek yang melatih kreativitas dan kerja sama.",
            "Kepala dinas pendidikan {nama} menyebutkan {n} sekolah dasar dan menengah pertama di "
            "{kota} sudah siap menerapkan kurikulum tersebut pada tahun ajaran ini.",
        ),
    ),
    (
        "Bandara di {provinsi} layani {n} ribu penumpang selama libur panjang",
        (
            "Pengelola bandara mencatat lonjakan penumpang hingga {pct} persen dibandingkan hari "
            "biasa. Maskapai menambah jadwal penerbangan tambahan untuk rute yang paling ramai.",
            "Penumpang diimbau datang lebih awal ke bandara dan memastikan dokumen perjalanan lengkap"
            " untuk menghindari antrean panjang di pintu pemeriksaan.",
        ),
    ),
    (
        "Pemkab {kota} raih penghargaan Adipura untuk kebersihan kota",
        (
            "Penghargaan Adipura diserahkan oleh Menteri Lingkungan Hidup kepada kepala daerah dalam "
            "acara di Jakarta. Penilaian meliputi kebersihan pasar, taman kota, sekolah, dan "
            "pengelolaan sampah.",
            "Bupati {nama} menyampaikan terima kasih kepada petugas kebersihan dan seluruh warga yang"
            " ikut menjaga lingkungan sehingga daerah itu kembali meraih penghargaan tersebut.",
        ),
    ),
    (
        "Angka stunting di {kota} turun menjadi {pct} persen",
        (
            "Prevalensi stunting di daerah itu turun berkat pendampingan keluarga berisiko, pemberian"
            " makanan tambahan, dan pemeriksaan rutin ibu hamil di posyandu.",
            "Pemerintah daerah menargetkan angka stunting terus turun hingga di bawah {pct} persen "
            "pada tahun depan melalui kerja sama lintas sektor.",
        ),
    ),
    (
        "DPRD {provinsi} sahkan anggaran pendapatan dan belanja daerah",
        (
            "Rapat paripurna dihadiri {n} anggota dewan. Anggaran daerah difokuskan pada pendidikan, "
            "kesehatan, infrastruktur, dan peningkatan kualitas pelayanan publik.",
            "Ketua DPRD {nama} berharap pemerintah provinsi segera melaksanakan program yang telah "
            "disepakati agar manfaatnya cepat dirasakan masyarakat.",
        ),
    ),
    (
        "Festival budaya {kota} tampilkan tari tradisional dan kuliner khas",
        (
            "Festival menampilkan tari tradisional, musik daerah, pameran kerajinan tangan, dan bazar"
            " kuliner khas yang diikuti puluhan pelaku usaha kecil dan menengah.",
            "Kepala Dinas Pariwisata {nama} berharap festival tahunan itu dapat menarik lebih banyak "
            "wisatawan dan menggerakkan ekonomi warga setempat.",
        ),
    ),
    (
        "Nelayan {kota} keluhkan cuaca buruk dan gelombang tinggi",
        (
            "Sejumlah nelayan memilih tidak melaut karena gelombang mencapai {n2} meter. Mereka "
            "memanfaatkan waktu untuk memperbaiki jaring dan perahu.",
            "Dinas Kelautan dan Perikanan menyalurkan bantuan sembako kepada keluarga nelayan yang "
            "terdampak cuaca buruk selama beberapa pekan terakhir.",
        ),
    ),
)

# Paragraphs any story may carry: statements, figures and closings that fit every topic.
GENERIC = (
    "Pengamat ekonomi dari universitas setempat menilai pertumbuhan ekonomi daerah masih ditopang "
    "konsumsi rumah tangga, sementara investasi perlu terus didorong.",
    "Pemerintah daerah juga membuka layanan pengaduan melalui aplikasi dan nomor telepon yang dapat "
    "dihubungi warga selama 24 jam.",
    "Ia menambahkan, pemerintah daerah akan terus berkoordinasi dengan instansi terkait agar program "
    "berjalan tepat sasaran dan hasilnya dapat dievaluasi setiap tiga bulan.",
    "Sejumlah warga yang ditemui mengaku menyambut baik kegiatan tersebut dan berharap kegiatan "
    "serupa digelar secara rutin di kelurahan lain.",
    "Kegiatan itu juga dihadiri unsur forum koordinasi pimpinan daerah, tokoh masyarakat, tokoh "
    "agama, dan perwakilan organisasi kepemudaan.",
    "Menurut data dinas terkait, jumlah penerima manfaat tahun ini bertambah {n} persen dibandingkan tahun lalu.",
    "Ia berharap masyarakat turut berperan aktif dan menyampaikan masukan agar pelaksanaan kegiatan "
    "ke depan semakin baik.",
    "Acara ditutup dengan penyerahan cendera mata dan foto bersama para peserta serta tamu undangan.",
    "Sementara itu, pihak swasta menyatakan siap mendukung melalui program tanggung jawab sosial "
    "perusahaan di bidang pendidikan dan lingkungan.",
    "Pemerintah pusat melalui kementerian terkait juga memberikan dukungan anggaran sebesar Rp{rp} "
    "juta untuk kegiatan tersebut.",
    "Ke depan, pemerintah daerah akan memperluas jangkauan program hingga ke {n} desa yang belum tersentuh.",
    "Ia mengingatkan seluruh pihak untuk tetap menjaga kerukunan dan ketertiban selama rangkaian kegiatan berlangsung.",
    "Data tersebut dihimpun dari laporan kecamatan dan diperbarui setiap bulan oleh dinas terkait.",
    "Selain itu, pemerintah daerah menyiapkan posko informasi di kantor kecamatan untuk melayani pertanyaan warga.",
)

FIRST = ("Ahmad", "Siti", "Rudi", "Dewi", "Agus", "Nur", "Yusuf", "Rina", "Bambang", "Lestari", "Joko", "Maya")
LAST = ("Hidayat", "Rahmawati", "Saputra", "Lubis", "Nasution", "Wibowo", "Kurniawan", "Utami", "Harahap")


def general_story(rng: random.Random, places: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """A title and paragraphs of general news, about one (area, province) of `places`."""
    area, province = rng.choice(places)
    kota = area.removeprefix("Kabupaten ").removeprefix("Kota ")

    def fill(template: str) -> str:
        return template.format(
            kota=kota, provinsi=province, nama=f"{rng.choice(FIRST)} {rng.choice(LAST)}", n=rng.randint(3, 90),
            n2=rng.randint(2, 12), pct=f"{rng.uniform(1, 25):.2f}".replace(".", ","), hari=rng.randint(2, 7),
            rp=f"{rng.randint(20, 900)}.000",
        )  # fmt: skip

    title, own = rng.choice(TOPICS)
    return fill(title), [fill(p) for p in (*own, *rng.sample(GENERIC, rng.randint(4, 10)))]
