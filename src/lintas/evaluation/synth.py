"""Synthetic but realistic Indonesian news for scale benchmarks and crash tests.

Seeded: the same arguments give the same corpus. Events of several kinds happen in varied
places on varied days; each is covered by one to five outlets in differently worded articles
(some with a toll that differs by one or two, as early and late reports do), some outlets copy
another's article with light edits, and pages carry the junk lines scrapers leave ("Baca juga",
share buttons, editor lines). Every record says which event it covers (``event``) for scoring.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

_KINDS = {
    "banjir": ("Banjir", "banjir bandang", "meluap setelah hujan deras", "warga mengungsi"),
    "longsor": ("Longsor", "tanah longsor", "terjadi setelah hujan sejak sore", "rumah tertimbun"),
    "kebakaran": ("Kebakaran", "kebakaran", "melanda permukiman padat", "rumah hangus terbakar"),
    "kecelakaan": ("Kecelakaan Bus", "kecelakaan bus", "terjadi di jalur tikungan tajam", "penumpang terluka"),
    "gempa": ("Gempa", "gempa bumi", "mengguncang wilayah itu", "bangunan rusak"),
}
_PLACES = [
    ("Garut", "Jawa Barat"), ("Cianjur", "Jawa Barat"), ("Sumedang", "Jawa Barat"), ("Bogor", "Jawa Barat"),
    ("Banyumas", "Jawa Tengah"), ("Klaten", "Jawa Tengah"), ("Magelang", "Jawa Tengah"), ("Pati", "Jawa Tengah"),
    ("Malang", "Jawa Timur"), ("Jember", "Jawa Timur"), ("Lumajang", "Jawa Timur"), ("Kediri", "Jawa Timur"),
    ("Agam", "Sumatera Barat"), ("Solok", "Sumatera Barat"), ("Karo", "Sumatera Utara"), ("Deli Serdang", "Sumatera Utara"),
    ("Gowa", "Sulawesi Selatan"), ("Bone", "Sulawesi Selatan"), ("Bima", "Nusa Tenggara Barat"), ("Ende", "Nusa Tenggara Timur"),
    ("Banjar", "Kalimantan Selatan"), ("Kutai Kartanegara", "Kalimantan Timur"), ("Lebak", "Banten"), ("Pandeglang", "Banten"),
    ("Tasikmalaya", "Jawa Barat"), ("Kuningan", "Jawa Barat"), ("Subang", "Jawa Barat"), ("Indramayu", "Jawa Barat"),
    ("Purworejo", "Jawa Tengah"), ("Wonosobo", "Jawa Tengah"), ("Blora", "Jawa Tengah"), ("Rembang", "Jawa Tengah"),
    ("Tulungagung", "Jawa Timur"), ("Banyuwangi", "Jawa Timur"), ("Pacitan", "Jawa Timur"), ("Ponorogo", "Jawa Timur"),
    ("Pasaman", "Sumatera Barat"), ("Tanah Datar", "Sumatera Barat"), ("Simalungun", "Sumatera Utara"), ("Langkat", "Sumatera Utara"),
    ("Maros", "Sulawesi Selatan"), ("Luwu", "Sulawesi Selatan"), ("Dompu", "Nusa Tenggara Barat"), ("Sikka", "Nusa Tenggara Timur"),
    ("Tapin", "Kalimantan Selatan"), ("Paser", "Kalimantan Timur"), ("Serang", "Banten"), ("Tangerang", "Banten"),
    ("Aceh Besar", "Aceh"), ("Pidie", "Aceh"), ("Bireuen", "Aceh"), ("Lahat", "Sumatera Selatan"), ("Muara Enim", "Sumatera Selatan"),
    ("Kampar", "Riau"), ("Siak", "Riau"), ("Minahasa", "Sulawesi Utara"), ("Bolaang Mongondow", "Sulawesi Utara"),
    ("Poso", "Sulawesi Tengah"), ("Donggala", "Sulawesi Tengah"), ("Jayapura", "Papua"), ("Merauke", "Papua"),
]  # fmt: skip
_FIRST = ["Ahmad", "Budi", "Dedi", "Eko", "Hendra", "Iwan", "Joko", "Rudi", "Sri", "Dewi", "Rina", "Siti", "Wahyu",
          "Agus", "Bambang", "Yusuf", "Teguh", "Lilis", "Nurul", "Fajar", "Gilang", "Hadi", "Indra", "Kurniawan",
          "Asep", "Ujang", "Dadang", "Cecep", "Yanti", "Euis", "Slamet", "Sutrisno", "Suparmi", "Wartini", "Made",
          "Ketut", "Wayan", "Nyoman", "Andi", "Muhammad", "Rahmat", "Syamsul", "Fitri", "Ratna", "Irwan", "Taufik",
          "Ridwan", "Zulkifli", "Yohanes", "Maria", "Fransiskus", "Imam", "Heru", "Lukman", "Mulyadi", "Nanang",
          "Sugeng", "Tri", "Yuni", "Anisa", "Dimas", "Galih", "Reza", "Putu", "Arif", "Darmawan", "Herman"]  # fmt: skip
_LAST = ["Santoso", "Wibowo", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Pratama", "Kusuma", "Halim", "Permana",
         "Gunawan", "Siregar", "Nasution", "Lubis", "Harahap", "Wijaya", "Suryadi", "Rahman", "Maulana", "Firmansyah",
         "Sutanto", "Purnomo", "Hasibuan", "Simanjuntak", "Pangaribuan", "Tambunan", "Manurung", "Sinaga", "Daulay",
         "Ginting", "Tarigan", "Sembiring", "Pohan", "Lestari", "Susanti", "Haryanto", "Kurnia", "Ramadhan",
         "Syahputra", "Hakim", "Fauzi", "Mahendra", "Prasetyo", "Hartono", "Iskandar", "Sulistyo", "Wirawan",
         "Saragih", "Tanjung", "Batubara", "Rangkuti", "Wuisan", "Lumban", "Mandagi", "Pattiasina", "Latuconsina",
         "Rumbiak", "Wonda", "Tabuni", "Ndruru", "Zebua", "Laia", "Effendi", "Syarif", "Baharuddin", "Amiruddin"]  # fmt: skip
# Village names repeat across regencies in real life too (every province has a Sukamaju).
_VILLAGES = ["Sukamaju", "Sukajadi", "Mekarsari", "Sukajaya", "Cibodas", "Karangsari", "Margamulya", "Tanjungsari",
             "Sidomulyo", "Sumberejo", "Kedungrejo", "Mulyorejo", "Tegalsari", "Banjarsari", "Sukorejo", "Wonosari",
             "Purwodadi", "Jatimulyo", "Suka Makmur", "Sungai Rangas", "Lubuk Alung", "Koto Baru", "Pematang Sidamanik",
             "Tanjung Morawa", "Padang Luar", "Batu Merah", "Waimital", "Oesao", "Wae Rebo", "Bontomarannu",
             "Pallangga", "Tamalate", "Kalukku", "Ampana", "Toili", "Sentani", "Kurik", "Nunukan", "Loa Janan",
             "Muara Badak", "Rantau Panjang", "Lhoknga", "Peukan Bada", "Sigli", "Muara Bulian", "Talang Padang"]  # fmt: skip
_OUTLETS = ["KabarNusa.id", "Warta Priangan", "Suara Timur", "Berita Andalas", "Harian Khatulistiwa", "Lensa Jatim",
            "Kompas Daerah", "Tribun Lokal", "Pos Nusantara", "Detak Sulawesi", "Radar Banten", "Gema Borneo"]  # fmt: skip
_JUNK = ["Baca juga: Harga cabai rawit naik jelang akhir pekan", "Bagikan: Facebook Twitter WhatsApp",
         "Simak berita terkini lainnya di Google News", "ADVERTISEMENT", "Baca juga: Jadwal kapal mudik dirilis",
         "Dapatkan update berita pilihan setiap hari"]  # fmt: skip
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _event(rng: random.Random, n: int, start: date, span_days: int) -> dict[str, Any]:
    kind = rng.choice(list(_KINDS))
    place, province = rng.choice(_PLACES)
    day = start + timedelta(days=rng.randrange(span_days))
    return {
        "id": f"ev{n:07d}", "kind": kind, "place": place, "province": province, "day": day,
        "dead": rng.randint(1, 30), "injured": rng.randint(2, 80), "hour": rng.randint(0, 23),
        "minute": rng.randint(0, 59), "official": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "village": f"Desa {rng.choice(_VILLAGES)}", "houses": rng.randint(5, 400),
        "victim": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
    }  # fmt: skip


def _article(rng: random.Random, ev: dict[str, Any], outlet: str, variant: int) -> dict[str, Any]:
    title_word, noun, how, harm = _KINDS[ev["kind"]]
    dead = ev["dead"] + (rng.choice((1, 2)) if variant == 2 else 0)  # a later, higher toll
    day = ev["day"]
    weekday = _DAYS[day.weekday()]
    when = f"{weekday} ({day.day}/{day.month}/{day.year})"
    time_s = f"{ev['hour']:02d}.{ev['minute']:02d} WIB"
    who = ev["official"]
    agency = "BPBD" if ev["kind"] != "kecelakaan" else "Polres"
    leads = [
        f"{outlet} - {noun.capitalize()} {how} di {ev['village']}, Kabupaten {ev['place']}, {ev['province']}, pada "
        f"{when} sekitar pukul {time_s}. Sedikitnya {dead} orang meninggal dunia dan {ev['injured']} lainnya luka-luka.",
        f"{ev['place'].upper()}, {outlet} – Sebanyak {dead} orang tewas akibat {noun} yang {how} di Kabupaten "
        f"{ev['place']} pada {when}. Selain korban jiwa, {ev['injured']} warga dilaporkan terluka.",
        f"{outlet} - Jumlah korban meninggal akibat {noun} di Kabupaten {ev['place']}, {ev['province']}, bertambah "
        f"menjadi {dead} orang. Peristiwa itu terjadi pada {when} pukul {time_s}.",
    ]
    first = who.split()[0]
    victim = ev["victim"]  # the same person in every outlet's article
    pools = [
        [f"Kepala {agency} {ev['place']} {who} mengatakan petugas gabungan masih berada di lokasi.",
         f"Tim gabungan dari {agency}, TNI dan Polri dikerahkan ke {ev['village']}, ujar {who}.",
         f"{who}, kepala {agency} setempat, menyebut pencarian dilanjutkan hingga malam.",
         f"Menurut {who} dari {agency} {ev['place']}, akses ke {ev['village']} sempat terputus."],
        [f'"Kami terus mendata {harm} dan kebutuhan warga," kata {first} kepada wartawan.',
         f'"Prioritas kami evakuasi korban dan membuka dapur umum," ujar {first}.',
         f'"Warga kami minta tetap waspada," kata {first} saat ditemui di posko.',
         f'"Bantuan logistik sudah mulai disalurkan sejak pagi," tutur {first}.'],
        [f"Menurut data sementara, {ev['houses']} rumah rusak dan ratusan warga mengungsi ke balai desa.",
         f"Sebanyak {ev['houses']} bangunan dilaporkan rusak, sebagian besar di {ev['village']}.",
         f"Data {agency} mencatat {ev['houses']} rumah terdampak di tiga kecamatan."],
        [f"Salah satu korban meninggal adalah {victim}, warga {ev['village']}.",
         f"Keluarga {victim} masih menunggu kabar di rumah sakit daerah.",
         f"Jenazah {victim} telah diserahkan kepada pihak keluarga."],
        [f"Pemerintah Kabupaten {ev['place']} menetapkan status tanggap darurat selama 14 hari.",
         f"Bupati {ev['place']} dijadwalkan meninjau lokasi pada hari berikutnya.",
         f"Dinas Sosial {ev['province']} menyiapkan bantuan bagi para pengungsi."],
    ]  # fmt: skip
    body = [leads[variant % len(leads)], *(rng.choice(pool) for pool in pools if rng.random() < 0.85)]
    rng.shuffle(body[1:])
    lines = [*body]
    for _ in range(rng.randint(1, 3)):
        lines.insert(rng.randrange(1, len(lines) + 1), rng.choice(_JUNK))
    title = [
        f"{title_word} Landa {ev['place']}, {dead} Orang Meninggal",
        f"{dead} Warga Tewas dalam {title_word} di {ev['place']}, {ev['province']}",
        f"Korban {title_word} {ev['place']} Bertambah Jadi {dead} Orang",
    ][variant % 3]
    hour = min(23, ev["hour"] + 1 + variant * 3)
    published = f"{day.isoformat()}T{hour:02d}:{rng.randint(0, 59):02d}:00+07:00"
    slug = title.lower().replace(" ", "-").replace(",", "")
    return {
        "title": title, "text": "\n\n".join(lines), "outlet": outlet, "published": published,
        "url": f"https://{outlet.lower().replace(' ', '')}.example/{day.isoformat()}/{slug}", "event": ev["id"],
    }  # fmt: skip


def generate(
    n_articles: int, *, seed: int = 7, start: date = date(2026, 1, 1), span_days: int = 365
) -> Iterator[dict[str, Any]]:
    """``n_articles`` records, in publication-ish order of their events."""
    rng = random.Random(seed)
    made = 0
    n_events = 0
    while made < n_articles:
        ev = _event(rng, n_events, start, span_days)
        n_events += 1
        outlets = rng.sample(_OUTLETS, k=min(len(_OUTLETS), rng.choice((1, 1, 2, 2, 3, 3, 4, 5))))
        written: list[dict[str, Any]] = []
        for i, outlet in enumerate(outlets):
            if made >= n_articles:
                return
            if written and rng.random() < 0.15:  # a syndicated copy with a new dateline and outlet
                src = rng.choice(written)
                text = src["text"].replace(src["outlet"], outlet)
                record = {**src, "outlet": outlet, "text": text,
                          "url": src["url"].replace(src["outlet"].lower().replace(" ", ""),
                                                    outlet.lower().replace(" ", ""))}  # fmt: skip
            else:
                record = _article(rng, ev, outlet, i % 3)
            written.append(record)
            made += 1
            yield record


def write_jsonl(path: str, n_articles: int, *, seed: int = 7, span_days: int = 365) -> int:
    with open(path, "w", encoding="utf-8") as f:
        for record in generate(n_articles, seed=seed, span_days=span_days):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n_articles
