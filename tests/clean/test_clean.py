from __future__ import annotations

import pytest

from lintas.clean import clean, remove_outlet_repeats
from lintas.clean.headline import confirmed_headline
from lintas.errors import ExtractionError
from lintas.model import Document, Hints

BODY = (
    "<p>Gempa bermagnitudo 5,4 mengguncang Kabupaten Garut, Jawa Barat, pada Senin siang. "
    "Sedikitnya 12 orang meninggal dunia dan 45 orang luka-luka.</p>"
    "<p>Badan Meteorologi, Klimatologi, dan Geofisika mencatat pusat gempa di darat.</p>"
)


def _html(body: str) -> Document:
    page = (
        "<html><head><title>Gempa Garut | Warta</title><meta property='og:title' content='Gempa Garut'></head>"
        "<body><nav><a href='/'>Beranda</a><a href='/x'>Daerah</a></nav>"
        f"<article><h1>Gempa Garut</h1>{body}</article>"
        "<footer>© 2026 Warta</footer></body></html>"
    )
    return Document("page.html", page, "html", "utf-8")


def test_html_body_is_extracted_and_headline_moves_to_title() -> None:
    c = clean(_html(BODY))
    assert c.title == "Gempa Garut"
    assert c.lines[0].startswith("Gempa bermagnitudo 5,4")
    removed = [r.text for r in c.removed]
    assert "Beranda" in removed and "© 2026 Warta" in removed


def test_navigation_only_page_is_rejected() -> None:
    page = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>© 2026</footer></body></html>"
    with pytest.raises(ExtractionError, match="no article"):
        clean(Document("nav.html", page, "html", "utf-8"))


def test_junk_only_text_is_rejected() -> None:
    text = "BACA JUGA: Sesuatu\n\nRedaktur: Seseorang\n\nCopyright © 2024 by Contoh.co"
    with pytest.raises(ExtractionError, match="no article"):
        clean(Document("junk.txt", text, "text", "utf-8"))


PAYWALL = "Already a subscriber?\n\nClick on the button below to set up your account or log in if you already have one."


def test_a_headline_its_url_repeats_is_kept_when_a_paywall_is_all_the_body() -> None:
    url = "https://helena.example/news/crime/helena-shooting-victim-identified-suspect-sought/article_db9e.html"
    hints = Hints(title="Helena shooting victim identified; suspect being sought", url=url)
    c = clean(Document("p.json:3", PAYWALL, "text", "utf-8", hints))
    assert c.title == c.text == "Helena shooting victim identified; suspect being sought"
    assert {r.text for r in c.removed} >= {"Already a subscriber?"}
    # Without the URL, or with a URL that does not repeat it, the page holds no article.
    for other in (None, "https://helena.example/article_db9e.html"):
        with pytest.raises(ExtractionError, match="no article"):
            clean(Document("p.json:3", PAYWALL, "text", "utf-8", Hints(title=hints.title, url=other)))


def test_a_page_title_is_a_headline_only_when_the_slug_repeats_most_of_it() -> None:
    assert confirmed_headline(
        "Banjir bandang terjang Garut, 3 tewas", "https://x.id/daerah/banjir-bandang-garut-3-tewas"
    )
    assert confirmed_headline("Page Not Found", "https://x.com/news/stories/S3679926.shtml?cat=127") is None
    assert confirmed_headline(
        "Police identify four killed in Killeen shooting", "https://x.com/police-four-dead-in-killeen-shooting/nkG9j/"
    )
    # A site's name or a slug that repeats two of the words: fewer than three found.
    assert confirmed_headline("Eau Claire Leader-Telegram", "https://leadertelegram.example/eau-claire-news/") is None
    assert confirmed_headline("Rochester teen shot dead on Friday night", "https://x.com/rochester-teen/") is None


def test_outlet_template_lines_are_removed_across_articles() -> None:
    template = "Kabar Nusa – Tajam, Terpercaya, Terdepan"
    a = clean(
        Document(
            "a.txt",
            f"Judul A\n\nIsi berita pertama tentang gempa di Garut yang panjang sekali dan lengkap.\n\n{template}",
            "text",
            "utf-8",
        )
    )
    b = clean(
        Document(
            "b.txt",
            f"Judul B\n\nIsi berita kedua tentang festival di Garut yang juga panjang dan lengkap.\n\n{template}",
            "text",
            "utf-8",
        )
    )
    c = clean(
        Document(
            "c.txt",
            f"Judul C\n\nBerita lain dari outlet lain yang kebetulan memakai baris yang sama persis.\n\n{template}",
            "text",
            "utf-8",
        )
    )
    remove_outlet_repeats([a, b, c], ["KabarNusa.id", "KabarNusa.id", "Lain.id"])
    assert template not in a.lines and template not in b.lines
    assert template in c.lines  # another outlet's line is not this outlet's template
    assert ("repeated", template) in [(r.kind, r.text) for r in a.removed]


def test_a_one_paragraph_brief_is_an_article_not_a_title() -> None:
    """A real 19-word lead on its own used to be taken for a title and the page rejected."""
    lead = (
        "Dua orang tewas dan tiga lainnya luka-luka dalam kecelakaan beruntun di jalan tol Cipularang pada Minggu pagi"
    )
    c = clean(Document("brief.txt", lead, "text", "utf-8"))
    assert c.lines == [lead] and c.title is None


def test_a_one_line_headline_page_is_still_its_headline() -> None:
    """A one-line text that the URL's slug repeats is a headline-only article, as before."""
    line = "Gempa Magnitudo 5 Guncang Cianjur, Warga Panik"
    url = "https://contoh.id/read/2026/11/16/gempa-magnitudo-5-guncang-cianjur-warga-panik"
    c = clean(Document("h.json", line, "text", "utf-8", Hints(url=url)))
    assert c.title == line and c.lines == [line]
