"""Interface text in Indonesian and English (``?lang=id|en``; Indonesian by default)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "stories": "Berita", "search": "Cari", "since": "Sejak", "outlet": "Media", "entity": "Tokoh/tempat",
        "min_sources": "Min. sumber", "disputed": "Hanya yang berbeda",
        "unchecked": "cerita berubah sejak terakhir dibandingkan dan belum dihitung (jalankan `lintas refresh`)",
        "sources": "sumber independen",
        "outlets": "media", "contradictions": "perbedaan", "next": "Berikutnya", "none": "Tidak ada berita.",
        "agreed": "Disepakati", "single": "Satu sumber", "disputed_facts": "Dipersoalkan",
        "discrepancies": "Perbedaan antar media", "timeline": "Lini masa", "entities": "Entitas",
        "quotes": "Kutipan", "articles": "Artikel", "coverage": "Liputan per hari", "compatible": "bisa sejalan",
        "removed": "Dibuang sebagai sampah", "text": "Teks bersih", "back": "Kembali ke daftar",
        "copy_of": "salinan dari", "digest": "Ringkasan", "error": "Galat", "said": "kata", "undated": "tanpa tanggal",
    },
    "en": {
        "stories": "Stories", "search": "Search", "since": "Since", "outlet": "Outlet", "entity": "Person/place",
        "min_sources": "Min. sources", "disputed": "Only disputed",
        "unchecked": "stories changed since they were last compared and are not counted yet (run `lintas refresh`)",
        "sources": "independent sources",
        "outlets": "outlets", "contradictions": "contradictions", "next": "Next", "none": "No stories.",
        "agreed": "Agreed", "single": "Single source", "disputed_facts": "Disputed",
        "discrepancies": "Where outlets differ", "timeline": "Timeline", "entities": "Entities",
        "quotes": "Quotes", "articles": "Articles", "coverage": "Coverage per day", "compatible": "can all hold",
        "removed": "Removed as junk", "text": "Clean text", "back": "Back to the list",
        "copy_of": "copy of", "digest": "Digest", "error": "Error", "said": "said", "undated": "undated",
    },
}  # fmt: skip


def language(value: str | None) -> str:
    return value if value in TEXTS else "id"
