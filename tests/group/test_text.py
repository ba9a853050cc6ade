"""Roundups (several events at once) and how-tos or listicles (no happening): group.text."""

from __future__ import annotations

import pytest

from lintas.group.text import is_evergreen, is_roundup


@pytest.mark.parametrize(
    ("title", "text", "roundup"),
    [
        ("Police: 6 Dead, 19 Wounded In Weekend Shootings Across the City", "", True),
        ("Violent night leaves 2 dead, 5 hurt", "", True),
        ("Two teens wounded", "Two teens were wounded Sunday in separate shootings on the West Side.", True),
        ("Shootings up 30 percent after another holiday", "", True),
        ("3 killed, 6 wounded in the city over 10 hours Monday", "", True),
        ("Dua warga tewas", "Dua warga tewas dalam dua kejadian yang terpisah di Bekasi, Minggu.", True),
        ("Tiga tewas dalam tiga penembakan terpisah", "", True),
        # one event (review of stop 43)
        ("Man killed in overnight gunfire in Englewood", "", False),
        ("Suspect charged in weekend shootings at Dayton bar", "", False),
        ("Gunman who shot deputy held police at bay over five hours", "", False),
        ("Two dead after violent night at house party", "", False),
        ("Teen killed in weekend violence", "", False),
        ("Pelaku ditangkap", "Pelaku juga terlibat dalam kasus yang berbeda, kata polisi.", False),
        ("Man shot dead outside a bar on Main Street", "A man was shot dead early Sunday outside a bar.", False),
        ("Two killed in shooting at weekend party", "Two people were killed at a party on Saturday.", False),
        ("Police investigate shooting", "The shooting happened about 10 hours after a vigil.", False),
    ],
)
def test_a_roundup_says_so_in_its_title_or_lead(title: str, text: str, roundup: bool) -> None:
    assert is_roundup(title, text) is roundup


@pytest.mark.parametrize(
    ("title", "evergreen"),
    [
        ("7 Model Gelang Emas Dewasa Terbaru 2025, Ringan dan Elegan", True),
        ("10 Cara Simpel Menata Ruang Tamu Mungil", True),
        ("Inspirasi 6 Ide Desain Dapur Minimalis", True),
        ("Tips Memilih Sepatu Lari untuk Pemula", True),
        ("Resep Soto Ayam Bening ala Warung", True),
        ("Zodiak Hari Ini 3 Maret 2025: Leo Waspadai Pengeluaran", True),
        ("4 Rekomendasi Film Keluarga untuk Libur Sekolah", True),
        ("Rekomendasi 5 Laptop Murah untuk Mahasiswa", True),
        # a happening, however its title opens
        ("Model Produksi Lokal Dongkrak Penjualan Mobil di Mei 2025", False),
        ("Cara Polisi Membongkar Sindikat Curanmor di Bekasi", False),
        ("Rekomendasi DPR soal Tarif Ojol Diserahkan ke Menteri", False),
        ("5 Fakta Kebakaran Pasar Kosambi yang Menghanguskan 200 Kios", False),
        ("Ucapan Menteri soal Harga Beras Tuai Kritik", False),
        ("Potret Pernikahan Dua Artis di Bandung", False),
        ("Two dead in shooting at Main Street bar", False),
        ("How to Help Victims of the Flood", False),  # a service piece may belong to its happening
        # news whose title opens like a listicle (review of stop 46)
        ("Ide Wali Kota soal Parkir Gratis Dikritik Warga", False),
        ("3 Cara Pelaku Membobol Mesin ATM Terungkap", False),
        ("Niat Baik Warga Berujung Maut di Sungai", False),
        ("Tips Polisi agar Warga Tak Jadi Korban Begal", False),
        ("Contoh Kasus Pungli yang Menjerat Pejabat Desa", False),
        ("2 Model Ditangkap dalam Kasus Narkoba", False),
        (None, False),
    ],
)
def test_a_how_to_or_listicle_says_so_in_its_title(title: str | None, evergreen: bool) -> None:
    assert is_evergreen(title) is evergreen
