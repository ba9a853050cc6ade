"""Every word lintas writes for a reader, in Indonesian and in English: one catalogue for the
terminal, the reports and the web pages, so that a page never mixes the two.

What lintas composes about a discrepancy is built here from its structure (what it is about, the
values and who gave them), never from English text, so that any surface can say it in either
language. Source text (sentences, titles, names) is never translated.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("id", "en")

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "stories": "Berita", "search": "Cari", "since": "Sejak", "outlet": "Media", "entity": "Tokoh/tempat",
        "min_sources": "Min. sumber", "disputed": "Hanya yang berbeda",
        "unchecked": "berita berubah sejak terakhir dibandingkan dan belum dihitung (jalankan `lintas refresh`)",
        "sources": "sumber independen",  "next": "Berikutnya",
        "none": "Tidak ada berita.", "agreed": "Disepakati", "single": "Satu sumber", "disputed_facts": "Dipersoalkan",
        "discrepancies": "Perbedaan antarmedia", "timeline": "Lini masa", "entities": "Entitas", "quotes": "Kutipan",
        "articles": "Artikel", "coverage": "Liputan per hari", "coverage_week": "Liputan per minggu",
        "week_of": "pekan mulai", "compatible": "bisa sama-sama benar",
        "removed": "Dibuang sebagai sampah", "text": "Teks bersih", "back": "Kembali ke daftar",
        "copy_of": "salinan dari",
        "digest": "Ringkasan", "error": "Galat", "said": "kata", "undated": "tanpa tanggal", "facts": "Fakta",
        "side_by_side": "Media berdampingan", "rejected": "Masukan yang ditolak", "title": "Perbandingan lintas",
        "generated": "dibuat", "no_date": "tanpa tanggal", "original": "artikel asli", "unknown": "tidak diketahui",
        "copies": "Salinan", "copies_verb": "menyalin", "date": "tanggal", "what": "isi",
        "shared": "Mengapa satu berita: yang sama di artikel-artikelnya", "people": "Orang", "places": "Tempat",
        "organisations": "Lembaga", "days": "Hari terbit", "words": "Kata di judul",
        "story": "Berita", "published": "terbit", "to": "sampai", "undated_of": "{n} dari {m} artikel tanpa tanggal",
        "time_unknown": "waktu tidak diketahui (tidak ada artikel yang bertanggal)", "outlets_page": "Media",
        "first_seen": "pertama", "last_seen": "terakhir", "independent_share": "porsi sumber independen",
        "in_article": "di artikel", "all_outlets": "Semua media", "from": "dari",
        "fix": "Perbaiki berita ini", "split": "Pisahkan dari berita ini", "merge": "Gabungkan dengan berita",
        "token": "Token", "story_id": "ID berita",
    },
    "en": {
        "stories": "Stories", "search": "Search", "since": "Since", "outlet": "Outlet", "entity": "Person/place",
        "min_sources": "Min. sources", "disputed": "Only disputed",
        "unchecked": "stories changed since they were last compared and are not counted yet (run `lintas refresh`)",
        "sources": "independent sources",  "next": "Next",
        "none": "No stories.", "agreed": "Agreed", "single": "Single source", "disputed_facts": "Disputed",
        "discrepancies": "Where outlets differ", "timeline": "Timeline", "entities": "Entities", "quotes": "Quotes",
        "articles": "Articles", "coverage": "Coverage per day", "coverage_week": "Coverage per week",
        "week_of": "week of", "compatible": "can all hold",
        "removed": "Removed as junk", "text": "Clean text", "back": "Back to the list", "copy_of": "copy of",
        "digest": "Digest", "error": "Error", "said": "said", "undated": "undated", "facts": "Facts",
        "side_by_side": "Outlets side by side", "rejected": "Rejected inputs", "title": "lintas comparison",
        "generated": "generated", "no_date": "no date", "original": "original article", "unknown": "unknown",
        "copies": "Copies", "copies_verb": "copies", "date": "date", "what": "what",
        "shared": "Why one story: what its articles share", "people": "People", "places": "Places",
        "organisations": "Organisations", "days": "Published", "words": "Title words",
        "story": "Story", "published": "published", "to": "to", "undated_of": "{n} of {m} articles undated",
        "time_unknown": "time unknown (no article gives a date)", "outlets_page": "Outlets",
        "first_seen": "first", "last_seen": "last", "independent_share": "independent-source share",
        "in_article": "in the article", "all_outlets": "All outlets", "from": "from",
        "fix": "Correct this story", "split": "Take out of this story", "merge": "Merge with story",
        "token": "Token", "story_id": "story ID",
    },
}  # fmt: skip

# Nouns that are counted: (English singular, English plural, Indonesian: one form for any number).
NOUNS: dict[str, tuple[str, str, str]] = {
    "article": ("article", "articles", "artikel"),
    "story": ("story", "stories", "berita"),
    "outlet": ("outlet", "outlets", "media"),
    "independent outlet": ("independent outlet", "independent outlets", "sumber independen"),
    "agreed fact": ("agreed fact", "agreed facts", "fakta disepakati"),
    "discrepancy": ("discrepancy", "discrepancies", "perbedaan"),
    "rejected": ("rejected", "rejected", "ditolak"),
    "input": ("input", "inputs", "masukan"),
    "new article": ("new article", "new articles", "artikel baru"),
    "duplicate": ("duplicate", "duplicates", "duplikat"),
}

# What a discrepancy is about: a topic key -> (English, Indonesian); "{}" takes its subject.
TOPICS: dict[str, tuple[str, str]] = {
    "deaths": ("death toll", "jumlah korban tewas"),
    "injured": ("number of injured", "jumlah korban luka"),
    "missing": ("number of missing people", "jumlah orang hilang"),
    "displaced": ("number of displaced people", "jumlah pengungsi"),
    "damaged": ("number of damaged buildings", "jumlah bangunan rusak"),
    "depth": ("depth", "kedalaman"),
    "magnitude": ("magnitude", "magnitudo"),
    "inflation": ("inflation rate", "tingkat inflasi"),
    "exchange_rate": ("exchange rate", "nilai tukar"),
    "distance": ("distance", "jarak"),
    "arrested": ("number of arrests", "jumlah orang ditangkap"),
    "suspects": ("number of suspects", "jumlah tersangka"),
    "time": ("time of day of the event", "jam kejadian"),
    "date": ("date of the event", "tanggal kejadian"),
    "start": ("start date", "tanggal mulai"),
    "end": ("end date", "tanggal berakhir"),
    "age": ("age of {}", "usia {}"),
    "spelling": ("spelling of {}", "ejaan nama {}"),
    "place": ("place: {}", "tempat: {}"),
    "words": ("words of {}", "ucapan {}"),
    "who_said": ("who said “{}”", "siapa yang mengucapkan “{}”"),
}
# Topics whose subject is a period in brackets after them ("death toll (2026-11)").
PERIOD_TOPICS = frozenset(k for k, (en, _) in TOPICS.items() if "{}" not in en)

KINDS: dict[str, tuple[str, str]] = {
    "number": ("number", "angka"), "date": ("date", "tanggal"), "time": ("time", "jam"),
    "attribution": ("attribution", "atribusi"), "quote": ("quote", "kutipan"), "name": ("name", "nama"),
}  # fmt: skip

QUALIFIERS: dict[str, tuple[str, str]] = {
    "at_least": ("at least", "sedikitnya"), "more_than": ("more than", "lebih dari"),
    "at_most": ("at most", "paling banyak"), "less_than": ("less than", "kurang dari"), "about": ("about", "sekitar"),
}  # fmt: skip

_SENTENCES: dict[str, dict[str, str]] = {
    "en": {
        "differ": "Outlets differ on the {topic}: {parts}.",
        "fits": "The figures can all hold together.",
        "attribution": "Outlets attribute the same words to different speakers: {parts}.",
        "quote": "Outlets quote {speaker} differently.",
        "latest": "The latest report ({outlet}, {published}) gives {value}.",
        "attacker": "One count may include the attacker, who died too.",
    },
    "id": {
        "differ": "Media berbeda soal {topic}: {parts}.",
        "fits": "Angka-angka ini bisa sama-sama benar.",
        "attribution": "Media menyebut pembicara berbeda untuk kata-kata yang sama: {parts}.",
        "quote": "Media mengutip {speaker} secara berbeda.",
        "latest": "Laporan terbaru ({outlet}, {published}) menyebut {value}.",
        "attacker": "Salah satu hitungan mungkin sudah termasuk pelaku, yang juga tewas.",
    },
}


def language(value: str | None) -> str:
    """The interface language asked for, else ``LINTAS_LANG``, else the locale's, else English."""
    for candidate in (value, os.environ.get("LINTAS_LANG"), os.environ.get("LC_ALL"), os.environ.get("LANG")):
        if candidate:
            code = candidate.lower()[:2]
            if code in LANGUAGES:
                return code
    return "en"


def text(key: str, lang: str) -> str:
    return TEXTS[lang][key]


def count(n: int, noun: str, lang: str = "en") -> str:
    """'1 article', '2 articles', '2 artikel': counts that read right in either language."""
    one, many, id_form = NOUNS[noun]
    if lang == "id":
        return f"{n} {id_form}"
    return f"{n} {one if n == 1 else many}"


def kind(name: str, lang: str) -> str:
    pair = KINDS.get(name)
    return name if pair is None else pair[lang == "id"]


def number(value: Any, lang: str) -> str:
    """A figure as the language writes it: Indonesian "2,1" and "15.850", English "2.1" and "15850"
    (as the claims give them). Anything but a number as it is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if lang != "id":
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".") if abs(value) >= 1000 else str(value)
    whole, _, fraction = repr(abs(value)).partition(".")
    sign = "-" if value < 0 else ""
    return f"{sign}{number(int(whole), lang)},{fraction}" if fraction and "e" not in fraction else str(value)


def qualified(value: Any, qualifier: str | None, lang: str) -> str:
    words = QUALIFIERS.get(qualifier or "")
    shown = number(value, lang)
    return f"{words[lang == 'id']} {shown}" if words else shown


def claim_value(value: Any, qualifier: str | None, lang: str) -> str:
    """A claim's value as a reader sees it: a figure with its qualifier ("sedikitnya 12"), anything
    else (a name, a date, a time) as it is."""
    is_figure = isinstance(value, (int, float)) and not isinstance(value, bool)
    return qualified(value, qualifier, lang) if is_figure else str(value)


def status(name: str, lang: str) -> str:
    """A fact's status (agreed, single, disputed) as a label."""
    return TEXTS[lang].get({"disputed": "disputed_facts"}.get(name, name), name)


def about(topic: str, subject: str | None, lang: str) -> str:
    """What a discrepancy is about, from its topic key and subject ("death toll (2026-11)")."""
    pair = TOPICS.get(topic)
    if pair is None:  # an unknown key (a report of a later version): say it as it is
        return f"{topic} ({subject})" if subject else topic
    phrase = pair[lang == "id"]
    if topic in PERIOD_TOPICS:
        return phrase + (f" ({subject})" if subject else "")
    return phrase.format(subject or "?")


def note(d: Mapping[str, Any], lang: str) -> str | None:
    """The note under a discrepancy (the latest report's figure; a count that may include the
    attacker), from its ``note_key``, ``latest`` and claims."""
    key = d.get("note_key")
    if key == "attacker":
        return _SENTENCES[lang]["attacker"]
    if key == "latest":
        claim = next((c for c in d["claims"] if c["article"] == d.get("latest")), None)
        if claim is None:
            return None
        value = qualified(claim["value"], claim.get("qualifier"), lang)
        outlet = claim.get("outlet") or claim["article"]
        return _SENTENCES[lang]["latest"].format(outlet=outlet, published=claim.get("published"), value=value)
    return None


def describe(d: Mapping[str, Any], lang: str, labels: Mapping[str, str] | None = None) -> str:
    """A neutral sentence built only from a discrepancy's claims; ``labels`` names an article
    without an outlet (its title)."""
    s = _SENTENCES[lang]

    def who(c: Mapping[str, Any]) -> str:
        return c.get("outlet") or (labels or {}).get(c["article"]) or c["article"]

    def part(c: Mapping[str, Any]) -> str:
        return f"{claim_value(c['value'], c.get('qualifier'), lang)} ({who(c)})"

    parts = "; ".join(part(c) for c in d["claims"])
    if d["kind"] == "attribution":
        return s["attribution"].format(parts=parts)
    if d["kind"] == "quote":
        return s["quote"].format(speaker=d.get("subject") or "?")
    topic = d["topic"]
    phrase = about(topic, None if topic in PERIOD_TOPICS else d.get("subject"), lang)  # the period is derived
    out = s["differ"].format(topic=phrase, parts=parts)
    if d.get("compatible"):
        out += " " + s["fits"]
    extra = note(d, lang)
    return out + (f" {extra}" if extra else "")


def localise(report: dict[str, Any], lang: str) -> dict[str, Any]:
    """A report's JSON with every composed text said in ``lang`` (source text untouched): how a
    stored report, kept in one language, is shown in the other."""
    for story in report.get("stories", []):
        for d in story.get("discrepancies", []):
            if "topic" in d:
                d["about"] = about(d["topic"], d.get("subject"), lang)
                said = note(d, lang)
                d.pop("note", None)
                if said:
                    d["note"] = said
        for g in story.get("digest", []):
            merged = g.get("discrepancy")
            if merged is not None:
                g["text"] = describe(merged, lang)
    return report
