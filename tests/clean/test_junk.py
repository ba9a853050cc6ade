from __future__ import annotations

import pytest

from lintas.clean.junk import classify_line
from lintas.clean.text import clean_lines, split_lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BACA JUGA:  Ukraina Arahkan Drone ke Pabrik Minyak", "related"),
        ("Baca juga: Harga Emas Hari Ini", "related"),
        ("Baca Juga: Jalur Garut Tertutup Longsor", "related"),
        ("Simak juga: Video Detik-detik Gempa", "related"),
        ("Silakan baca konten menarik lainnya dari GenPI.co di Google News", "promo"),
        ("Simak berita dan artikel lainnya di Google News", "promo"),
        ("Ikuti berita terkini KabarNusa.id di Google News", "promo"),
        ("Follow WhatsApp Channel EkonomiBisnis.id untuk update berita terbaru", "promo"),
        ("Redaktur: Irwina Istiqomah", "credit"),
        ("Editor: Agus Setiawan", "credit"),
        ("Penulis: Rina Marlina | Editor: Agus Setiawan", "credit"),
        ("By Maya Lestari and John Doe", "credit"),
        ("BERITA TERPOPULER", "related"),
        ("BERITA TERKAIT", "related"),
        ("ARTIKEL TERKAIT", "related"),
        ("Copyright © 2024 by GenPI.co", "copyright"),
        ("© 2026 KabarNusa.id. All rights reserved.", "copyright"),
        ("Bagikan:", "share"),
        ("Share this article", "share"),
        ("Tags: gempa garut, bmkg", "tags"),
        ("Tautan-tautan Akses", "furniture"),
        ("Forum", "furniture"),
        ("Recommended", "furniture"),
        ("XS", "furniture"),
        ("LG", "furniture"),
        ("Menteri Pertahanan Prancis, Sebastien Lecornu (foto: dok).", "caption"),
        ("Foto: Warga mengungsi di tenda darurat", "caption"),
        ("Sumber: KabarNusa.id", "source"),
        ("07 April 2024 18:30", "date"),
        ("Senin, 16 November 2026 | 18:02 WIB", "date"),
        ("16/11/2026, 20:30 WIB", "date"),
        ("Beranda › Daerah › Garut", "furniture"),
        ("Close Get email notifications on Jane Porter daily!", "widget"),
        ("Whenever Jane Porter posts new content, you'll get an email delivered to your inbox.", "widget"),
        ("Please enable Javascript to watch this video", "widget"),
        ("Already a subscriber?", "widget"),
        ("Hide Transcript Show Transcript", "widget"),
        ("0:48 Council member calls out the county on road repairs Pause", "widget"),
        ("00:43 Burglary at a riverside warehouse caught on tape", "widget"),
        ("2:07 'I know you're going to come out of this'", "widget"),
    ],
)
def test_junk_lines_are_classified(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Tidak ada kesepakatan akhir yang dicapai dan perundingan gagal segera setelahnya.",
        "“Prancis akan terus mendukung Ukraina, selama dan sekuat yang dibutuhkan.”",
        '"Kami siap," kata Dadang.',
        "By Monday, five people had died.",
        "Ia tiba pukul 07.00.",
        "Sumber daya alam Garut melimpah, kata bupati dalam pidatonya di depan ratusan warga dan pejabat daerah.",
        "Share prices fell 3 percent on Monday.",
        "Follow-up talks are planned for March.",
        "Editor senior itu mengatakan redaksi akan memeriksa ulang laporan tersebut.",
        "Copyrighted material was removed from the archive, the company said.",
        "Dia menambahkan bahwa kemungkinan negosiasi dapat didasarkan pada rancangan dokumen.",
        "Police said they had sent a verification email to every resident of the block.",
        "Whenever the river rises, the village is cut off.",
        "10:30 Police arrived at the scene and closed the road.",
        "9:40 p.m. Officers found two men wounded.",
        "8:15 - The first ambulance arrives.",
        "5:30 WIB Tim SAR tiba di lokasi.",
    ],
)
def test_body_sentences_are_not_junk(line: str) -> None:
    assert classify_line(line) is None


def test_clean_lines_finds_title_trims_tail_and_markers() -> None:
    raw = """Tautan-tautan Akses

Judul Berita Tanpa Titik

Menteri (foto: dok).
Menteri (foto: dok).

Kalimat pertama isi berita yang cukup panjang. Kalimat kedua.

"Kami siap," ujarnya.

Paragraf terakhir berita ini. (*)

Forum

Recommended

XS
SM
"""
    out = clean_lines(split_lines(raw), find_title=True)
    assert out.title == "Judul Berita Tanpa Titik"
    assert out.body == [
        "Kalimat pertama isi berita yang cukup panjang. Kalimat kedua.",
        '"Kami siap," ujarnya.',
        "Paragraf terakhir berita ini.",
    ]
    kinds = [(r.kind, r.text) for r in out.removed]
    assert ("furniture", "Tautan-tautan Akses") in kinds
    assert ("marker", "(*)") in kinds
    assert [t for k, t in kinds if k == "furniture"][-4:] == ["Forum", "Recommended", "XS", "SM"]


def test_doubled_line_is_removed_once() -> None:
    out = clean_lines(["Paragraf satu yang panjang.", "Paragraf satu yang panjang.", "Dua."], find_title=False)
    assert out.body == ["Paragraf satu yang panjang.", "Dua."]
    assert out.removed[0].kind == "duplicate"


def test_first_sentence_is_not_taken_as_title() -> None:
    out = clean_lines(["Gempa mengguncang Garut pada Senin.", "Dua orang tewas."], find_title=True)
    assert out.title is None and len(out.body) == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [  # stop 45, read off unlabelled id-news-2025 pages (made-up names)
        ("Baca jugaPolisi Tangkap Dua Pencuri Motor di Depok", "related"),
        ("Baca selengkapnyadi sini", "related"),
        ("Simak berita selengkapnya di halaman berikutnya.", "related"),
        ("(abc/xyz)", "credit"),
        ("Artikel ini pertama kali terbit dalam bahasa Jerman", "credit"),
        ("Diproduksi oleh Rina Ayu dari laporan dalam bahasa Inggris", "credit"),
        ("Saksikan Live DetikSore:", "promo"),
        ("Tonton juga Video: Antrean Panjang di Gerbang Tol Cikampek", "related"),
        ("Simak Video Banjir Rendam Ratusan Rumah di Bekasi", "related"),
        ("2. Cek Fakta: Hoaks Tautan Pendaftaran Bantuan Pupuk", "related"),
        ("BerikutTop 3 Kesehatan:", "related"),
        ("KOMPAS.com/RINA AYUHonda Vario 160 terbaru", "caption"),
        ("Artikel ini sudah lebih dulu tayang di detikjatim. Selengkapnya klik disini.", "related"),
        ("Baca berita selengkapnyadi sini.", "related"),
        ("abc/xy (dpa, afp)", "credit"),
        ("Artikel ini bersumber dari pemberitaan di dua media berjudul:", "credit"),
        ("[CekFakta] Hoaks Tautan Bantuan", "related"),
        ("Saksikan juga Blak-blakan, Menteri Bicara Soal Pangan!", "promo"),
        ("Loading...Ikuti Whatsapp Channel Harian Satu", "promo"),
        ("10.", "furniture"),
        ("STORY: 1 dead in triple shooting at a nightclub", "related"),  # stop 47, a GVA page
    ],
)
def test_more_furniture_of_real_pages(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "(Bersambung)",
        "(Amin)",
        "(Tidak Ada Korban Jiwa)",  # a bracketed phrase; a name so only closes an article
        "LIHAT PULAU KOMODO DARI UDARA",
        "Rincian kerugian negara Rp 1,2 triliun dijabarkan di halaman berikut:",
        "Diproduksi oleh Kementerian Kesehatan, laporan tahunan itu mencatat 1.200 kasus baru.",
        "Saksikan live, Presiden menyapa warga di Monas.",
        "Lihat video itu, kata polisi, pelaku terekam jelas di kamera pengawas.",
        "Tonton video lengkapnya di kanal YouTube kami.",
        "Data lengkap ada di halaman berikutnya dari laporan tahunan perusahaan yang dirilis kemarin sore.",
        "Saksikan live streaming pertandingan itu di televisi nasional, kata dia kepada wartawan.",
        "Saksikan juga penampilan mereka di final, kata pelatih.",
        "10 orang tewas.",
        "STORY: Gunfire erupted at a bar early Friday, leaving two people dead and five wounded",  # a transcript
    ],
)
def test_sentences_like_furniture_stay(line: str) -> None:
    assert classify_line(line) is None


def test_an_editors_name_in_brackets_only_closes_an_article() -> None:
    lines = [
        "Polisi menangkap dua orang di Depok pada Rabu malam.",
        "(Dewi Lestari Putri)",
        "Keduanya ditahan.",
        "(Budi Santoso )",
    ]
    out = clean_lines(lines, find_title=False, trim_tail=False)
    assert out.body == lines[:3] and [(r.text, r.kind) for r in out.removed] == [("(Budi Santoso )", "credit")]
