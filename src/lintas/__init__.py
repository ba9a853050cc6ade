"""lintas: compare how news outlets report the same event, claim by claim.

The public API is what this module exports; everything else is private and may change.
"""

from __future__ import annotations

__version__ = "0.19.27"  # the CHANGELOG's latest entry; pyproject.toml says the same (tests/test_packaging.py)

from lintas.comparison.model import Report
from lintas.errors import (
    ExtractionError,
    InputError,
    LintasError,
    MissingExtraError,
    ReadError,
    UsageError,
)
from lintas.model import Article, ExtractResult, Rejected, Sentence
from lintas.pipeline import analyse, compare, extract

__all__ = [
    "Article",
    "ExtractResult",
    "ExtractionError",
    "InputError",
    "LintasError",
    "MissingExtraError",
    "ReadError",
    "Rejected",
    "Report",
    "Sentence",
    "UsageError",
    "__version__",
    "analyse",
    "compare",
    "extract",
]
