"""Named schema migrations, applied in order, each in its own transaction, recorded by name.

A migration is never edited once released: a change to the schema is a new entry at the end.
Statements are written once; ``{blob}``, ``{fts}`` and ``{compact}`` (SQLite's WITHOUT ROWID for
tables that are all key) are filled in per backend.
"""

from __future__ import annotations

# Days per epoch of the time-led indexes (key_index, copy_index, migration 0002). Part of the
# schema, not a setting: the rows on disk are filed by it.
EPOCH_DAYS = 16

MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "0001_corpus",
        [
            # One row per input ever ingested (file, JSONL line, WARC record): the raw text is
            # kept so that everything can be re-analysed; rejected inputs keep their reason.
            """CREATE TABLE inputs (
                input TEXT PRIMARY KEY,
                article TEXT,
                status TEXT NOT NULL,
                reason TEXT,
                raw TEXT,
                raw_format TEXT,
                hints TEXT,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX inputs_article ON inputs (article)",
            # One row per distinct article (id from title + clean text).
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                input TEXT NOT NULL,
                outlet TEXT,
                url TEXT,
                title TEXT,
                published TEXT,
                language TEXT NOT NULL,
                authors TEXT NOT NULL,
                cites TEXT NOT NULL,
                text TEXT NOT NULL,
                removed TEXT NOT NULL,
                day INTEGER,
                embedding {blob},
                keys TEXT NOT NULL,
                minhash TEXT NOT NULL,
                story TEXT,
                copy_of TEXT,
                copy_similarity REAL,
                seq INTEGER NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX articles_story ON articles (story, outlet)",
            "CREATE INDEX articles_seq ON articles (seq)",
            "CREATE INDEX articles_outlet ON articles (outlet)",
            """CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                title TEXT,
                first_day INTEGER,
                last_day INTEGER,
                first_published TEXT,
                last_published TEXT,
                n_articles INTEGER NOT NULL,
                n_sources INTEGER NOT NULL,
                n_outlets INTEGER NOT NULL,
                centroid {blob},
                version INTEGER NOT NULL,
                report TEXT,
                report_version INTEGER,
                n_discrepancies INTEGER
            )""",
            "CREATE INDEX stories_last_day ON stories (last_day)",
            # Blocking index of incremental clustering: (key, day) -> stories. Looked up by key
            # within a time window, so the cost per article does not grow with the corpus.
            """CREATE TABLE story_keys (
                key TEXT NOT NULL,
                day INTEGER NOT NULL,
                story TEXT NOT NULL,
                PRIMARY KEY (key, day, story)
            )""",
            "CREATE INDEX story_keys_story ON story_keys (story)",
            # MinHash LSH bands of article bodies -> articles, for copies.
            """CREATE TABLE copy_bands (
                band TEXT NOT NULL,
                article TEXT NOT NULL,
                PRIMARY KEY (band, article)
            )""",
            # How many stories a key belongs to: frequent keys (a city) weigh less than a name.
            "CREATE TABLE key_stories (key TEXT PRIMARY KEY, n INTEGER NOT NULL)",
            "{fts}",
        ],
    ),
    (
        # The blocking and copy indexes led by an epoch (16-day slice of publication days): new
        # rows land in the current epoch's part of the B-tree, which stays small, instead of at
        # random places of a tree as big as the corpus. At 1M articles, writes to story_keys
        # (key first) and copy_bands (a hash first) had doubled the clustering cost per article.
        # The names of each story move to their own table, read by story id.
        "0002_epoch_indexes",
        [
            """CREATE TABLE key_index (
                epoch INTEGER NOT NULL,
                key TEXT NOT NULL,
                day INTEGER NOT NULL,
                story TEXT NOT NULL,
                PRIMARY KEY (epoch, key, day, story)
            ){compact}""",
            """CREATE TABLE copy_index (
                epoch INTEGER NOT NULL,
                band TEXT NOT NULL,
                article TEXT NOT NULL,
                PRIMARY KEY (epoch, band, article)
            ){compact}""",
            """CREATE TABLE story_names (
                story TEXT NOT NULL,
                key TEXT NOT NULL,
                PRIMARY KEY (story, key)
            ){compact}""",
            f"INSERT INTO key_index (epoch, key, day, story) "
            f"SELECT day / {EPOCH_DAYS}, key, day, story FROM story_keys",
            "INSERT INTO story_names (story, key) SELECT DISTINCT story, key FROM story_keys WHERE key LIKE 'e:%'",
            # An undated article's bands were filed under the day it was clustered; its story's
            # last day is the nearest thing the old table kept.
            f"""INSERT INTO copy_index (epoch, band, article)
                SELECT DISTINCT COALESCE(a.day, s.last_day, 0) / {EPOCH_DAYS}, b.band, b.article
                FROM copy_bands b JOIN articles a ON a.id = b.article LEFT JOIN stories s ON s.id = a.story""",
            "DROP TABLE story_keys",
            "DROP TABLE copy_bands",
        ],
    ),
    (
        # Clustering merges two stories an article shows to be one event; a merged story's id
        # leads to the story that holds its articles now (links and bookmarks keep working).
        "0003_story_merges",
        [
            """CREATE TABLE story_merges (
                merged TEXT PRIMARY KEY,
                story TEXT NOT NULL
            )""",
            "CREATE INDEX story_merges_story ON story_merges (story)",
        ],
    ),
    (
        # The stories of one article an ingest run started: at its end (or the next run's, if it
        # was killed) their article is assigned again, among the stories stored after it.
        "0004_unsettled_stories",
        ["CREATE TABLE unsettled_stories (story TEXT PRIMARY KEY)"],
    ),
    (
        # The index rows of the keys looked up across years (store.keys.looked_up_far) again, led
        # by the key: a follow-up's look-up over 1,500 days was one seek per 16-day epoch.
        "0005_name_index",
        [
            """CREATE TABLE name_index (
                key TEXT NOT NULL,
                day INTEGER NOT NULL,
                story TEXT NOT NULL,
                PRIMARY KEY (key, day, story)
            ){compact}""",
            "INSERT INTO name_index (key, day, story) SELECT key, day, story FROM key_index "
            "WHERE substr(key, 1, 2) IN ('w:', 'c:', 'd:') OR substr(key, 1, 6) = 'e:per:'",
        ],
    ),
    (
        # Which code built the stored features and stories (lintas.corpus.version), so that a
        # benchmark or an evaluation never scores a store built by other code as this code's.
        "0006_store_meta",
        ["CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"],
    ),
    (
        # One count of independent sources (Store.recount): outlets apart, copies not counted. A
        # story used to count its articles that are no copy; existing stories are counted again.
        "0007_sources_are_outlets",
        [
            "UPDATE stories SET n_sources = (SELECT COUNT(DISTINCT COALESCE(a.outlet, a.id)) FROM articles a "
            "WHERE a.story = stories.id AND a.copy_of IS NULL), n_outlets = (SELECT COUNT(DISTINCT "
            "COALESCE(a.outlet, a.id)) FROM articles a WHERE a.story = stories.id)",
        ],
    ),
    (
        # A reader's corrections (group.corrections): two articles kept apart or together, applied
        # again whenever the stories are computed again; ``seq`` orders them.
        "0008_corrections",
        [
            """CREATE TABLE corrections (
                article TEXT NOT NULL,
                other TEXT NOT NULL,
                kind TEXT NOT NULL,
                seq INTEGER NOT NULL,
                made_at TEXT NOT NULL,
                PRIMARY KEY (article, other)
            )""",
        ],
    ),
    (
        "0009_fetches",
        [
            # lintas follow: every address it found or fetched, and how that went (follow.run).
            """CREATE TABLE fetches (
                url TEXT PRIMARY KEY,
                outlet TEXT NOT NULL,
                kind TEXT NOT NULL,
                state TEXT NOT NULL,
                reason TEXT,
                title TEXT,
                published TEXT,
                language TEXT,
                etag TEXT,
                last_modified TEXT,
                found_at TEXT NOT NULL,
                fetched_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                parent TEXT
            )""",
            "CREATE INDEX fetches_queue ON fetches (outlet, state)",
            # One lintas follow at a time per store: who runs it, and until when its claim holds.
            "CREATE TABLE follow_lock (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, until TEXT NOT NULL)",
        ],
    ),
    (
        # The text check of stories (group.split, store.text): in how many articles each word is,
        # and the stories to check. A store without articles is counted from its first one on; one
        # with articles is counted once from their texts when first needed.
        "0010_word_counts",
        [
            "CREATE TABLE word_counts (word TEXT PRIMARY KEY, n INTEGER NOT NULL){compact}",
            "CREATE TABLE unchecked_stories (story TEXT PRIMARY KEY)",
            "INSERT INTO store_meta (key, value) SELECT 'word_counts', 'complete' "
            "WHERE NOT EXISTS (SELECT 1 FROM articles)",
        ],
    ),
]
