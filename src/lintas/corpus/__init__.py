"""Corpus mode: ingest many articles into a store and keep their stories up to date.

``features`` is the pure map step (document -> article + clustering features), ``ingest`` the
loop that feeds it and clusters its output into the store (``group.incremental``).
"""

from __future__ import annotations

from lintas.corpus.ingest import IngestResult, ingest, ingest_paths, recluster

__all__ = ["IngestResult", "ingest", "ingest_paths", "recluster"]
