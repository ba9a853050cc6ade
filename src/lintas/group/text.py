"""Whether a story's articles read alike: TF-IDF over all their words, average linkage.

The story score (group.incremental) joins an article to the story that holds its names, title
words and lead; on a stream of every desk that chains a desk's pieces into one topic (one
outlet's MotoGP previews, a city's news around its governor). Reports of one happening share much
of their vocabulary, pieces of one topic share little of it: plain TF-IDF with average linkage
(the baseline of evaluation.stories) keeps topics apart better than it finds events. A story is
split where its articles, compared by their whole text, fall apart (group.split).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> Counter[str]:
    """The words of ``text`` (letters only, two or more), case-folded, with their counts."""
    return Counter(w.casefold() for w in _WORD.findall(text))


def article_words(title: str | None, text: str) -> Counter[str]:
    return words(f"{title or ''}\n{text}")


def similarities(counts: Sequence[Counter[str]], df: Mapping[str, int], n: int) -> npt.NDArray[np.float64]:
    """Cosine of the sublinear TF-IDF vectors of every pair of texts; ``df``: in how many of ``n``
    documents a word is (a word missing from ``df`` counts as in none). Only the words two texts
    share make a product, so the matrix holds those columns (a 400-article story's vocabulary
    would be 30,000), with each row scaled by its whole vector's length."""
    weights = [
        {w: (1 + math.log(k)) * (math.log((1 + n) / (1 + df.get(w, 0))) + 1) for w, k in c.items()} for c in counts
    ]
    norms = [math.sqrt(sum(x * x for x in row.values())) or 1.0 for row in weights]
    seen = Counter(w for c in counts for w in c)
    shared = {w: i for i, w in enumerate(w for w, k in seen.items() if k > 1)}
    m = np.zeros((len(counts), len(shared)))
    for r, row in enumerate(weights):
        for w, x in row.items():
            if w in shared:
                m[r, shared[w]] = x / norms[r]
    sim = m @ m.T
    np.fill_diagonal(sim, 1.0)
    return np.asarray(sim)


def average_linkage(sim: npt.NDArray[np.float64], threshold: float) -> list[int]:
    """Cluster labels of average-linkage agglomeration, merging while the best pair of clusters
    has a mean similarity of at least ``threshold``."""
    n = len(sim)
    avg = sim.astype(np.float64).copy()
    np.fill_diagonal(avg, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    label = np.arange(n)
    while True:
        masked = np.where(alive[:, None] & alive[None, :], avg, -np.inf)
        k = int(np.argmax(masked))
        a, b = divmod(k, n)
        if masked[a, b] < threshold:
            break
        # Lance-Williams update for average linkage: the merged cluster's mean similarity to each other.
        avg[a, :] = (size[a] * avg[a, :] + size[b] * avg[b, :]) / (size[a] + size[b])
        avg[:, a] = avg[a, :]
        avg[a, a] = -np.inf
        size[a] += size[b]
        alive[b] = False
        label[label == b] = a
    return [int(x) for x in label]


def parts(
    counts: Sequence[Counter[str]], df: Mapping[str, int], n: int, threshold: float, min_words: int = 0
) -> list[list[int]]:
    """The groups of ``counts`` (indexes, each group in order, groups by their first index) that
    average linkage at ``threshold`` makes. A group whose texts all have fewer than ``min_words``
    words is too short to stand apart: it joins the group it is most similar to."""
    sim = similarities(counts, df, n)
    label = average_linkage(sim, threshold)
    groups: dict[int, list[int]] = {}
    for i, x in enumerate(label):
        groups.setdefault(x, []).append(i)
    found = sorted(groups.values(), key=lambda g: g[0])
    long = [g for g in found if any(sum(counts[i].values()) >= min_words for i in g)]
    if not long:
        return [list(range(len(counts)))]  # no text long enough to tell parts apart: the story holds
    if len(long) == len(found):
        return found
    for g in found:
        if g not in long:
            home = max(long, key=lambda h: (float(sim[np.ix_(g, h)].mean()), -h[0]))
            home.extend(g)
    return sorted((sorted(g) for g in long), key=lambda g: g[0])


# A roundup tells many shootings of a city, a night or a weekend at once ("8 Dead, 27 Wounded In
# Weekend Shootings Across Chicago", "Violent night leaves 2 dead", "in separate shootings",
# "shootings up 50 percent"): it names the people and places of several events.
_ROUNDUP = re.compile(
    r"\b(?:weekend|overnight|holiday|citywide|city-wide)\s+shootings\b(?!\s+(?:at|inside|outside|near)\b)"
    r"|\b(?:shootings|violence|gunfire)\s+(?:across|around|throughout)\b"
    r"|\b(?:in|over)\s+(?:separate|several|multiple|unrelated)\s+(?:shootings|incidents|attacks)\b"
    r"|\bviolent\s+(?:weekend|night|holiday)\b(?!\s+(?:at|inside|outside)\b)"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people\s+)?(?:shot|killed|wounded)\b[^.\n]{0,40}"
    r"\bover\s+(?:the\s+)?(?:\d+|\w+)\s+hours\b"
    r"|\b(?:shootings|homicides|murders|violence)\s+(?:up|down|rises?|falls?|climbs?|soars?|spikes?)\b"
    r"|\bpenembakan\s+(?:yang\s+)?terpisah\b"
    r"|\b(?:dua|tiga|empat|lima|beberapa|sejumlah)\s+(?:kasus|kejadian|peristiwa|insiden)\s+(?:penembakan\s+)?"
    r"(?:yang\s+)?(?:berbeda|terpisah)\b",
    re.I,
)
ROUNDUP_LEAD_CHARS = 300  # the title and this much of the text: where a roundup says so


def is_roundup(title: str | None, text: str) -> bool:
    """Whether an article tells several events at once (its names would chain their stories)."""
    return bool(_ROUNDUP.search(f"{title or ''}\n{text[:ROUNDUP_LEAD_CHARS]}"))


# A how-to, a listicle of products or looks, a recipe, a horoscope: no happening, so its own story
# whatever desk-mates share its words ("7 Model Gelang Emas ...", "10 Cara Simpel ...").
_EVERGREEN = re.compile(
    r"^(?:\d+\s+)?(?:Tips|Inspirasi|Ide|Resep|Trik|Zodiak|Ciri-[Cc]iri|Khasiat|Contoh|Bacaan|Niat)\b"
    r"|^(?:\d+\s+(?:Model|Cara|Rekomendasi)|Rekomendasi\s+\d+)\b"
)
# ... unless the title tells a happening after all: a passive or a "ter-" verb of news ("Ide Prabowo
# ... Dikritik", "3 Cara Pelaku Membobol ATM Terungkap", "Niat Baik Warga Berujung Maut"), or the
# people and words of a case ("Tips Polisi agar ...", "Contoh Kasus Korupsi ...").
_HAPPENING = re.compile(
    r"\bdi(?!a\b|ri\b|rinya\b|et\b|sini\b|sana\b)[a-z]{3,}\b|\bter(?:ungkap|bongkar|tangkap|bukti|jadi|sangka)\b"
    r"|\b(?:berujung|tewas|meninggal|korban|pelaku|polisi|polda|polres|kpk|kejaksaan|jaksa|hakim|sidang|dakwaan"
    r"|kasus|tersangka|terdakwa|penipu|penipuan|komnas|dpr|menteri|presiden|bmkg|bpom)\b",
    re.I,
)


def is_evergreen(title: str | None) -> bool:
    """Whether a title is a how-to or listicle that tells no happening (guideline: its own story)."""
    if not title:
        return False
    title = title.strip()
    return bool(_EVERGREEN.search(title)) and not _HAPPENING.search(title)
