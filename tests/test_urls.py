"""The one check of a fetchable web address."""

from __future__ import annotations

from lintas._urls import fetchable


def test_fetchable() -> None:
    assert fetchable("https://kabargarut.id/berita/a?x=1") and fetchable("HTTP://127.0.0.1:8000/")
    for bad in (
        "http://[::1/x",
        "http://contoh.id:99999/",
        "https:///x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "",
    ):
        assert not fetchable(bad), bad
