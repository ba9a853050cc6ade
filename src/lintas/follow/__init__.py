"""Following outlets: discover their new articles (feeds, sitemaps, homepages), fetch them
politely and safely, and ingest them (``lintas follow``; ``lintas extract URL`` for one page)."""

from lintas.follow.http import Fetched, Fetcher, Policy
from lintas.follow.run import RoundResult, Settings, follow, follow_round

__all__ = ["Fetched", "Fetcher", "Policy", "RoundResult", "Settings", "follow", "follow_round"]
