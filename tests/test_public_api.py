"""The public API is exactly what ``lintas.__all__`` lists (changing it is a decision)."""

from __future__ import annotations

import lintas


def test_exported_members() -> None:
    assert sorted(lintas.__all__) == sorted(
        [
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
    )
    for name in lintas.__all__:
        assert hasattr(lintas, name)


def test_errors_form_one_hierarchy() -> None:
    for name in ("ExtractionError", "InputError", "MissingExtraError", "ReadError", "UsageError"):
        assert issubclass(getattr(lintas, name), lintas.LintasError)
    assert issubclass(lintas.ReadError, lintas.InputError)
    err = lintas.MissingExtraError("lintas serve", "serve")
    assert "pip install 'lintas[serve]'" in str(err)
