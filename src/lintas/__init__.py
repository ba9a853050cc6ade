"""lintas: compare how news outlets report the same event, claim by claim.

The public API is what this module exports; everything else is private and may change.
"""

from __future__ import annotations

__version__ = "0.1.0"

from lintas.errors import (
    ExtractionError,
    InputError,
    LintasError,
    MissingExtraError,
    ReadError,
    UsageError,
)
from lintas.model import Article, ExtractResult, Rejected, Sentence
from lintas.pipeline import extract

__all__ = [
    "Article",
    "ExtractResult",
    "ExtractionError",
    "InputError",
    "LintasError",
    "MissingExtraError",
    "ReadError",
    "Rejected",
    "Sentence",
    "UsageError",
    "__version__",
    "extract",
]
