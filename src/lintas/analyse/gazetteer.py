"""Known names: places and organisations with their spelling variants across languages, and the
titles and roles that precede a person's name. Canonical keys let entities merge across outlets.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# canonical display name -> other spellings (Indonesian, English, old spellings). The display
# name is the Indonesian form, since Indonesian is the product's first language.
PLACES: dict[str, tuple[str, ...]] = {
    "Indonesia": (), "Rusia": ("Russia",), "Prancis": ("Perancis", "France"), "Ukraina": ("Ukraine",),
    "Amerika Serikat": ("AS", "USA", "US", "U.S.", "United States", "Amerika"), "Inggris": ("Britain", "UK", "United Kingdom", "England"),
    "Jerman": ("Germany",), "Belanda": ("Netherlands", "Holland"), "Tiongkok": ("China", "Cina", "RRT"),
    "Jepang": ("Japan",), "Korea Selatan": ("South Korea", "Korsel"), "Korea Utara": ("North Korea", "Korut"),
    "Malaysia": (), "Singapura": ("Singapore",), "Thailand": (), "Filipina": ("Philippines",), "Vietnam": (),
    "Australia": (), "India": (), "Pakistan": (), "Iran": (), "Irak": ("Iraq",), "Israel": (), "Palestina": ("Palestine",),
    "Gaza": (), "Suriah": ("Syria",), "Turki": ("Turkey", "Turkiye", "Türkiye"), "Mesir": ("Egypt",), "Arab Saudi": ("Saudi Arabia",),
    "Italia": ("Italy",), "Spanyol": ("Spain",), "Polandia": ("Poland",), "Swiss": ("Switzerland",), "Belgia": ("Belgium",),
    "Kanada": ("Canada",), "Brasil": ("Brazil",), "Meksiko": ("Mexico",), "Afrika Selatan": ("South Africa",),
    "Eropa": ("Europe",), "Asia": (), "Afrika": ("Africa",), "Timur Tengah": ("Middle East",),
    "Moskow": ("Moscow", "Moskwa"), "Paris": (), "Jenewa": ("Geneva", "Genewa"), "Kyiv": ("Kiev", "Kiyv"),
    "Istanbul": (), "London": (), "Washington": (), "Beijing": ("Peking",), "Tokyo": (), "Berlin": (),
    "Brussel": ("Brussels",), "Den Haag": ("The Hague",), "New York": (), "Wina": ("Vienna",), "Roma": ("Rome",),
    "Jakarta": (), "Bandung": (), "Surabaya": (), "Semarang": (), "Yogyakarta": ("Jogja", "Yogya", "Jogjakarta"),
    "Medan": (), "Makassar": (), "Denpasar": (), "Bali": (), "Garut": (), "Cianjur": (), "Papua": (), "Aceh": (),
    "Jawa Barat": ("West Java", "Jabar"), "Jawa Tengah": ("Central Java", "Jateng"), "Jawa Timur": ("East Java", "Jatim"),
    "Sumatera": ("Sumatra",), "Kalimantan": ("Borneo",), "Sulawesi": (), "Jawa": ("Java",),
    "Sumatera Utara": ("North Sumatra", "Sumut"), "Nusa Tenggara Timur": ("NTT", "East Nusa Tenggara"),
    # Every province, so that "Sulawesi Utara" is one place and not "Sulawesi" and a person "Utara".
    "Sumatera Barat": ("West Sumatra", "Sumbar"), "Sumatera Selatan": ("South Sumatra", "Sumsel"),
    "Riau": (), "Kepulauan Riau": ("Riau Islands", "Kepri"), "Jambi": (), "Bengkulu": (), "Lampung": (),
    "Kepulauan Bangka Belitung": ("Bangka Belitung", "Babel"), "Banten": (), "DKI Jakarta": (),
    "Daerah Istimewa Yogyakarta": ("DIY",), "Nusa Tenggara Barat": ("NTB", "West Nusa Tenggara"),
    "Kalimantan Barat": ("West Kalimantan", "Kalbar"), "Kalimantan Tengah": ("Central Kalimantan", "Kalteng"),
    "Kalimantan Selatan": ("South Kalimantan", "Kalsel"), "Kalimantan Timur": ("East Kalimantan", "Kaltim"),
    "Kalimantan Utara": ("North Kalimantan", "Kaltara"), "Sulawesi Utara": ("North Sulawesi", "Sulut"),
    "Sulawesi Tengah": ("Central Sulawesi", "Sulteng"), "Sulawesi Selatan": ("South Sulawesi", "Sulsel"),
    "Sulawesi Tenggara": ("Southeast Sulawesi", "Sultra"), "Sulawesi Barat": ("West Sulawesi", "Sulbar"),
    "Gorontalo": (), "Maluku": (), "Maluku Utara": ("North Maluku", "Malut"), "Papua Barat": ("West Papua",),
    "Papua Barat Daya": ("Southwest Papua",), "Papua Tengah": ("Central Papua",), "Papua Pegunungan": ("Highland Papua",),
    "Papua Selatan": ("South Papua",),
}  # fmt: skip

ORGS: dict[str, tuple[str, ...]] = {
    "NATO": ("Pakta Pertahanan Atlantik Utara",), "ISIS": ("ISIL", "Negara Islam", "Islamic State", "NIIS"),
    "PBB": ("UN", "United Nations", "Perserikatan Bangsa-Bangsa"), "Uni Eropa": ("EU", "European Union"),
    "ASEAN": (), "WHO": ("Organisasi Kesehatan Dunia", "World Health Organization"), "IMF": (),
    "AP News": ("AP", "Associated Press"), "Reuters": (), "AFP": (), "Antara": ("ANTARA",),
    "BMKG": ("Badan Meteorologi, Klimatologi, dan Geofisika", "Meteorology, Climatology and Geophysics Agency"),
    "BNPB": ("Badan Nasional Penanggulangan Bencana",), "BPBD": ("Badan Penanggulangan Bencana Daerah",),
    "BPS": ("Badan Pusat Statistik", "Statistics Indonesia"), "Bank Indonesia": ("BI",), "TNI": (), "Polri": (),
    "KPK": ("Komisi Pemberantasan Korupsi",), "DPR": ("Dewan Perwakilan Rakyat",), "Kremlin": (),
}  # fmt: skip

ROLE_WORDS = frozenset(
    """
    presiden wakil menteri menhan menlu pertahanan luar negeri dalam keuangan perdagangan kesehatan
    kepala ketua bupati wali walikota kota gubernur direktur utama jenderal juru bicara jubir kapolri
    kapolda kapolres kapolsek panglima sekretaris anggota deputi bidang pelatih perdana raja ratu pangeran
    dr prof ir h hj kh pak bu bapak ibu sdr saudara komisaris kombes akbp brigjen irjen kolonel letnan mayor
    kapten pimpinan koordinator camat lurah kades warga ekonom pengamat analis peneliti dosen rektor dekan
    mr mrs ms president vice minister prime defence defense foreign interior finance secretary chief head
    governor mayor regent general spokesman spokeswoman spokesperson coach director chairman chairwoman
    senator representative ambassador duta besar dubes sultan pope paus uskup imam ustaz
    """.split()
)

_FOLD_VARIANTS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, diacritics and spacing folded: 'Sébastien' and 'Sebastien' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


def fold_name(text: str) -> str:
    """A person's name folded further over Indonesian old spellings (Soeparman = Suparman)."""
    folded = fold(text)
    for old, new in _FOLD_VARIANTS:
        folded = folded.replace(old, new)
    return folded


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, variants in table.items():
        for name in (canonical, *variants):
            index[fold(name)] = canonical
    return index


PLACE_INDEX = _index(PLACES)
ORG_INDEX = _index(ORGS)
