"""Line rules for news-page junk in Indonesian and English scraped text.

Each rule names a kind; the kind tells the metadata stage where to look for authors
(``credit``), outlets (``copyright``), cited sources (``source``) and the date (``date``).
Rules are anchored and bounded in length so that body sentences, however short, survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lintas._lexicon import MONTH_PATTERN, TIMEZONE_PATTERN, WEEKDAY_PATTERN, count_words, fold
from lintas.settings import DOUBLED_LINE_MAX_CHARS, TAIL_FURNITURE_MAX_WORDS

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    max_words: int = 40


def _rule(kind: str, pattern: str, max_words: int = 40) -> Rule:
    return Rule(kind, re.compile(pattern, _I), max_words)


_DATE_CORE = (
    rf"(?:(?:{WEEKDAY_PATTERN})\.?,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?,?\s+\d{{4}}"  # 07 April 2024
    rf"|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}}"  # April 7, 2024
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"  # 16/11/2026, 2026-11-16
)
_TIME = (
    rf"\d{{1,2}}[.:]\d{{2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
    rf"\s*(?:{TIMEZONE_PATTERN}|gmt\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?"
)
DATE_LINE = re.compile(
    rf"^(?:(?:diterbitkan|dipublikasikan|published|updated|diperbarui|posted|terbit)\s*:?\s*)?"
    rf"{_DATE_CORE}(?:\s*[,|\-–—]?\s*(?:pukul\s+|at\s+)?{_TIME})?\s*$",
    _I,
)

RULES: tuple[Rule, ...] = (
    # "Baca jugaMendagri ...": the link's headline glued to the cue
    _rule(
        "related",
        r"^(?:baca|simak|lihat)\s+(?:berita\s+)?(?:(?:juga|pula|selengkapnya)\b|(?-i:(?:juga|pula)(?=[A-Z]))"
        r"|(?-i:selengkapnya)(?=(?-i:[A-Z])|di\s?sini))",
    ),
    _rule("related", r"^(?:read|see|watch)\s+(?:also|more)\s*:"),
    # A linked headline: "Related: Police: 5 officers dead, 7 hurt ...", "Latest: 2 suspects ...",
    # "+ 1 dead, 1 wounded in Park Hill shooting" (GVA pages, read off real output, stop 37).
    _rule(
        "related",
        r"^(?:related(?: story)?|latest|more|also read|see also|read more|watch|baca|previous story|photos|videos"
        r"|gallery)\s*:\s*\S.*(?<![.!?\"”’])$",  # a headline; "Latest: Police say ... five people." is news
        30,
    ),
    _rule("related", r"^\+\s+\d.*[^.!?\"”’]$", 20),  # "+ 1 dead, ..."; not "+ John Smith, 34, of Dayton"
    # "STORY: 1 dead in triple shooting at Vegas nightclub": a headline, short and of one clause
    # (not a video transcript's "STORY: Gunfire erupted at a bar early Friday, leaving two dead")
    _rule("related", r"^story\s*:\s*[^,;]+(?<![.!?\"”’])$", 16),
    # "Related Coverage 4 injured in ...", "RELATED ARTICLE - 2 killed in 6 shootings on Sunday, many wounded"
    _rule(
        "related",
        # a headline after it ("Related videos show the gunman ..." is news)
        r"^related\s+(?:coverage|articles?|stor(?:y|ies)|content|links?|videos?)\b\s*(?:[-–—:|]\s*\S|(?-i:[A-Z0-9]))"
        r".*(?<![!?\"”’])$",
        30,
    ),
    _rule(
        "related",
        r"^(?:artikel|berita|video)\s+(?:terkait|lainnya|populer|terpopuler|pilihan|terkini|rekomendasi)\b",
        8,
    ),
    _rule(
        "related",
        r"^(?:terpopuler|terkini|pilihan redaksi|rekomendasi|most popular|most read|trending(?: now)?"
        r"|related(?: articles| stories| news| content)?|more (?:from|stories|news)|editor'?s picks?"
        r"|you may also like|recommended(?: for you)?)\b.{0,40}(?<![.!?\"”])$",  # "Related charges are filed." is news
        8,
    ),
    _rule(
        "promo",
        r"^(?:silakan|silahkan|simak|ikuti|follow|dapatkan|download|unduh|gabung|bergabung|join|"
        r"subscribe|berlangganan|klik|cek(?!\s+fakta)|sign up|daftar)\b.{0,160}"
        r"(?:google news|whatsapp|telegram|instagram|twitter|facebook|youtube|tiktok|channel|saluran|"
        r"aplikasi|newsletter|update|app store|play store|notifikasi|berita terbaru|konten menarik)",
        30,
    ),
    _rule(
        "promo",
        r"^(?:advertisement|iklan|advertorial|sponsored|scroll to continue(?: with content)?"
        r"|scroll untuk melanjutkan.*|lanjutkan membaca.*|continue reading.*|loading\.*)$",
        6,
    ),
    _rule(
        "credit",
        r"^(?:redaktur|editor|penyunting|penulis|reporter|pewarta|kontributor|oleh|writer|written by"
        r"|reporting by|editing by|reported by|fotografer|videografer|uploader)\s*:",
        16,
    ),
    _rule("credit", r"^(?:penulis|reporter|pewarta)\s*:.*\|\s*(?:editor|redaktur)\s*:", 20),
    _rule(
        "credit",
        # Names are matched case-sensitively: "By Monday, five died." is a sentence.
        r"^by\s+(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
        r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)\s*$",
        10,
    ),
    _rule("source", r"^(?:sumber|source|sumber berita)\s*:", 12),
    _rule("copyright", r"^(?:(?:copyright|hak cipta)\s*(?:©|\(c\)|(?:19|20)\d{2}\b|by\b|:)|©|\(c\)\s)", 20),
    _rule("copyright", r"(?:all rights reserved|hak cipta dilindungi)", 20),
    _rule(
        "share",
        r"^(?:share|bagikan|bagikan artikel|share this(?: article| story)?|tweet|email|print|cetak"
        r"|salin tautan|copy link|whatsapp|facebook|twitter|linkedin|telegram)\b[\s:|/a-z]*$",
        6,
    ),
    _rule("tags", r"^(?:tags?|topik|topics?|kata kunci|keywords?|label)\s*:", 30),
    _rule("caption", r"^(?:foto|photo|ilustrasi|illustration|gambar|image|video)\s*:", 40),
    _rule(
        "caption",
        r"\((?:foto|photo|ilustrasi|dok|doc|istimewa|ist|antara foto|reuters|afp|ap|getty images)\b[^)]*\)\s*\.?$",
        30,
    ),
    _rule("date", DATE_LINE.pattern, 14),
    # Leftovers of embedded posts and videos, and cross-post notes (dev half of tests/data/junk_labels.jsonl).
    _rule("embed", r"^(?:a post shared by\b|sebuah kiriman dibagikan oleh\b|lihat postingan ini di instagram)", 20),
    _rule("embed", r"^\[gambas:[^\]]*\]$", 6),
    # A link to a video: "Tonton juga video berikut:", "Tonton juga Video: ..." (a linked headline)
    _rule(
        "related",
        r"^(?:simak|tonton|lihat|saksikan)\s+(?:juga\s+)?video\b(?:.{0,160}:|\s*:?\s*\S.*(?<![.!?\"”]))$",
        30,
    ),
    _rule("related", r"^(?:simak|tonton|lihat|saksikan)\s+juga\b.{0,160}\b(?:di ?sini|berikut)\s*:?$", 30),
    _rule(
        "related",
        r"^artikel ini (?:telah |sudah )?(?:lebih dulu |pertama kali )?(?:naik|tayang|terbit|dimuat) di\s*[\w .]{1,30}?"
        r"(?:[.,]\s*(?:selengkapnya\s+)?klik di\s?sini(?: untuk selengkapnya)?)?\.?$",
        16,
    ),
    _rule("furniture", r"^[-–—_=*~•.]{3,}$", 1),
    # Read off the last lines of unlabelled pages (stop 45): a lone full stop or list number, a
    # translation's initials with its agencies ("rzn/yf (dpa, kna)"), a source note ("Artikel ini
    # bersumber dari ..."), an embedded post's signature, a tagged headline ("[CekFakta] ..."), a
    # show's promo ("Saksikan juga ..."), a channel prompt after a loader ("Loading... Ikuti ...").
    _rule("furniture", r"^(?:\W+|\d{1,3}\.)$", 1),
    _rule("credit", r"^(?-i:[a-z]{2,5}(?:/[a-z]{2,5})+)\s*\((?-i:[a-z]{2,5})(?:,\s*(?-i:[a-z]{2,5}))*\)$", 6),
    _rule("credit", r"^artikel ini bersumber dari\b", 20),
    _rule("embed", r"^[—–-]\s*[^()]{1,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$", 14),
    _rule("related", r"^\[cek ?fakta\]", 30),
    _rule("promo", r"^saksikan juga\b.{0,120}(?<![.?\"”])$", 20),
    _rule("promo", r"^loading\.*\s*(?:ikuti|follow|gabung)\b.{0,80}\b(?:whatsapp|channel|saluran)\b", 12),
    # Read off unlabelled id-news-2025 pages (stop 45): an editor's initials or name alone in
    # brackets ("(SIS)"; a name only closing the article: TAIL_CREDIT), a pointer to the next page,
    # a translation's credit.
    _rule("credit", r"^\(\s*(?-i:[a-z]{2,5}|[A-Z]{2,5})(?:/(?-i:[a-z]{2,5}|[A-Z]{2,5}))*\s*\)\.?$", 4),
    _rule(
        "promo", r"^(?:saksikan|tonton)\s+(?:live|siaran langsung)\b[^,.!?]{0,40}:?$", 8
    ),  # "Saksikan Live DetikPagi:"
    # A link to other articles: "1. Cek Fakta: ...",
    # "BerikutTop 3 Citizen6:"; a photo's credit glued to its caption: "KOMPAS.com/ADITYOHarley ...".
    _rule("related", r"^\d{1,2}\.\s*cek fakta\s*:", 30),
    _rule("related", r"^berikut\s*top\s*\d+\b.{0,30}:$", 8),
    _rule("caption", r"^(?-i:[A-Z][A-Za-z]*\.com/[A-Z]{3,})", 20),
    _rule(
        "related",
        r"^(?:simak|baca|lihat|lanjut(?:kan)?|klik|cek)\b.{0,60}\bdi halaman (?:berikut(?:nya)?|selanjutnya)\W*$",
        12,
    ),
    _rule(
        "credit",
        r"^(?:artikel ini pertama kali (?:terbit|tayang|dimuat)\b"
        r"|diproduksi oleh [^,.]{0,60}\bdari laporan (?:dalam ?)?bahasa \w+\.?$)",
        16,
    ),
    # A time stamp alone on its line: "UPDATE: 3:00 P.M.", "3:25 p.m.".
    _rule("date", rf"^(?:update[ds]?\s*:?\s*)?{_TIME}\.?$", 4),
    # Widgets of English news sites (video players, e-mail alerts, sign-in and sign-up boxes),
    # as they come out of archived pages: the leading lines of hundreds of GVA pages. An alert's
    # reporter name ("Get email notifications on Jane Doe daily!") linked unrelated stories.
    _rule(
        "widget",
        r"^(?:close\s+)?(?:please enable javascript\b.*|get email notifications on .+ daily!?"
        r"|whenever .+ posts new content, you'll get an email\b.*|email notifications are only sent once a day\b.*"
        r"|your notification has been saved\.?|there was a problem saving your notification\.?"
        r"|just one more thing\W*|we have sent (?:you )?a (?:verification|confirmation) email\b.*"
        r"|if you do not receive the verification message\b.*|by submitting your registration information\b.*"
        r"|you must enter the characters\b.*|message: \* a friend wanted you to see this item\b.*"
        r"|already (?:a subscriber|have an account)\?|click on the button below to set up your account\b.*"
        r"|sign in using (?:you|your) account with\b.*|welcome back\. please sign in\b.*|why are we asking this\?"
        r"|thank you for registering!?|hide transcript\s+show transcript|add a location to your tweets"
        r"|when you tweet with a location, twitter stores\b.*|sorry, this zip ?code is not in our deliverable area\b.*"
        r"|re-enter zip code or sign up\b.*|oops, you haven't selected any newsletters\b.*"
        r"|enjoy the convenience of home delivery\b.*|we look forward to seeing you frequently\b.*)$",
        40,
    ),
    # A video player's strip, with its gallery counter and the next clip's title ("7 of 12 CLOSE
    # Skip in Skip x Embed x Share BATON ROUGE ... | 0:26 Raw video captures ...").
    _rule("widget", r"\bskip in skip x embed x share\b", 120),
    # A video playlist's entry, a clip's length and a headline ("0:48 Clint Didier calls out ... Pause"):
    # 685 lines of GVA pages, the whole text of some (their stories took the clips' names). A
    # timeline's entry is a sentence ("9:42 Police receive the first call.") and keeps its full stop.
    _rule(
        "widget",
        r"^0?\d:[0-5]\d\s+(?!a\.?m\b|p\.?m\b|wib\b|wita\b|wit\b|[ecmp][sd]?t\b|in the\b|[-–—:|])"
        r"[\"'‘“\w](?!.*\.[\"'’”]?\s*$)",
        30,
    ),
)

# Exact lines of page furniture (folded), from navigation bars, size pickers and footers.
FURNITURE = frozenset(
    {
        "tautan-tautan akses",
        "tautan akses",
        "forum",
        "recommended",
        "xs",
        "sm",
        "md",
        "lg",
        "xl",
        "home",
        "beranda",
        "menu",
        "search",
        "cari",
        "komentar",
        "comments",
        "login",
        "masuk",
        "daftar",
        "next",
        "previous",
        "selanjutnya",
        "sebelumnya",
        "halaman selanjutnya",
        "next page",
        "top",
        "back to top",
        "kembali ke atas",
        "skip to content",
        "skip to main content",
        "lewati ke konten",
        "lompat ke konten utama",
        "lompat ke navigasi utama",
        "lompat ke pencarian",
        "privacy policy",
        "kebijakan privasi",
        "pedoman media siber",
        "tentang kami",
        "about us",
        "contact us",
        "kontak",
        "redaksi",
        "disclaimer",
        "info iklan",
        "karir",
        "careers",
        "sitemap",
        "terms of use",
        "syarat dan ketentuan",
        "live",
        "live tv",
        "video",
        "foto",
        "more",
        "lainnya",
        "berita",
        "news",
        "ikuti kami",
        "follow us",
        "newsletter",
        "subscribe",
        "share",
        "bagikan",
        "tweet",
        "a",
        "a+",
        "a-",
    }
)

_BREADCRUMB = re.compile(r"^\s*\S[^.!?]{0,60}(?:\s[›»>/|]\s\S[^.!?]{0,40}){1,6}$")
_TERMINAL = re.compile(r"[.!?…:;\"'”’)\]。！？」』）]\s*$")
# Paragraph-final markers: "(*)", "[ns/jm]", "(ant)", "(rls/ed)".
_TAIL_MARKER = re.compile(
    r"\s*(?:\(\*(?:/[a-z]{2,5})*\)|\[[a-z]{1,4}(?:/[a-z]{1,4})+\]"
    r"|\((?:[a-z]{2,4}/[a-z]{2,4}(?:/[a-z]{2,4})*|ant|rls|red|adv)\))\s*$"
)


def classify_line(line: str) -> str | None:
    """The junk kind of ``line``, or None when it may be body text."""
    stripped = line.strip()
    if not stripped:
        return None
    folded = fold(stripped)
    if folded in FURNITURE:
        return "furniture"
    words = len(stripped.split())
    for rule in RULES:
        if words <= rule.max_words and rule.pattern.search(stripped):
            return rule.kind
    if words <= 8 and _BREADCRUMB.match(stripped) and not _TERMINAL.search(stripped):
        return "furniture"
    return None


# An editor's name alone in brackets closing the article ("(Rahman Asmardika)"): only as the last
# line, where a bracketed phrase ("(Tepuk Tangan Hadirin)", "(Indonesia Raya)") never stands.
TAIL_CREDIT = re.compile(r"^\(\s*[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\s*\)\.?$")


def split_tail_marker(line: str) -> tuple[str, str | None]:
    """Cut an end-of-article marker such as ``(*)`` or ``[ns/jm]`` off a paragraph."""
    m = _TAIL_MARKER.search(line)
    if m and m.start() > 0:
        return line[: m.start()].rstrip(), m.group(0).strip()
    return line, None


def is_tail_furniture(line: str) -> bool:
    """Short unpunctuated lines after the body: size pickers, section names, button labels."""
    return count_words(line) <= TAIL_FURNITURE_MAX_WORDS and not _TERMINAL.search(line)


def is_doubled(line: str, previous: str | None) -> bool:
    """The same short line printed twice in a row: a caption or heading duplicated by scraping."""
    return previous is not None and line == previous and len(line) <= DOUBLED_LINE_MAX_CHARS
