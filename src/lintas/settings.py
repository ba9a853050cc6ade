"""Tuned thresholds and limits, in one place.

Each constant says how it was chosen and on what data. Users override the ones that are
options (size limit) through the CLI or the Python API, never by editing this file.
"""

from __future__ import annotations

# --- read -------------------------------------------------------------------------------
# Largest input file accepted. 20 MB is ~100x the largest news page in the AEB benchmark
# (shared/data/extraction-aeb, max 1.9 MB) and bounds memory when a directory holds dumps.
MAX_FILE_BYTES = 20 * 1024 * 1024

# Bytes sniffed to tell text from binary. A NUL byte or a known magic number in this prefix
# marks a binary file; 8 KiB is what git uses for the same decision.
SNIFF_BYTES = 8192

# File extensions read when a directory is given (lower-case, with the dot).
ARTICLE_EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")

# --- clean ------------------------------------------------------------------------------
# An article needs at least this many words of body text after cleaning. Set from the
# shortest real article bodies in the AEB ground truth (30+ words) and our own example
# briefs (~40 words), leaving room for one-paragraph wire flashes.
MIN_ARTICLE_WORDS = 15

# A line repeated across several articles of one outlet is furniture when it appears in
# at least this many of that outlet's articles ...
REPEAT_MIN_DOCS = 2
# ... and is short (a body sentence shared by two stories of one outlet is rare, but a
# long shared line is more likely a syndicated paragraph than a template line) ...
REPEAT_MAX_CHARS = 160
# ... unless it appears in at least this many articles, in which case any length goes.
REPEAT_ANY_LENGTH_DOCS = 3

# Trailing lines with at most this many words and no sentence punctuation are page
# furniture ("Forum", "Recommended", "XS"). Chosen on the seeds' tails (1-3 words) and the
# shortest real last paragraphs of our examples (6+ words, always punctuated).
TAIL_FURNITURE_MAX_WORDS = 4

# A line repeated back to back is a photo caption printed twice when it is at most this long.
# Captions in the seeds and examples are under 120 characters; paragraphs are longer.
DOUBLED_LINE_MAX_CHARS = 240

# trafilatura options for HTML main text. Measured on shared/data/extraction-aeb (181 pages,
# shingle F1, benchmarks/extraction_quality.py): default 0.9525, favor_precision 0.9586,
# favor_precision without comments 0.9641 (news comments are not the article).
HTML_FAVOR_PRECISION = True
HTML_INCLUDE_COMMENTS = False
HTML_INCLUDE_TABLES = True

# --- metadata ---------------------------------------------------------------------------
# Below this many characters, Malay and Indonesian cannot be told apart reliably
# (py3langid confuses them on single sentences); both are then reported as 'id'.
# On long texts the model's choice stands.
MALAY_MIN_CHARS = 1500

# Article ids are this many hex digits of SHA-1 over the normalised clean text
# (64 bits: a collision needs ~4 billion articles).
ID_HEX_DIGITS = 16
