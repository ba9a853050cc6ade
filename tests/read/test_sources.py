from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from lintas.model import Document, Rejected
from lintas.read import read_paths

BODY = "Gempa bermagnitudo 5,4 mengguncang Garut pada Senin siang. Sedikitnya 12 orang meninggal dunia."


def _read(paths: list[str], **kw: object) -> tuple[list[Document], list[Rejected]]:
    items = list(read_paths(paths, **kw))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejected)]


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    docs, rejected = _read([str(tmp_path / "nope.txt")])
    assert not docs
    assert rejected[0].reason == "no such file or directory"


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    _, rejected = _read([str(tmp_path / "empty.txt"), str(tmp_path / "blank.txt")])
    assert [r.reason for r in rejected] == ["empty file", "empty file"]


def test_oversized_file_is_rejected_and_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(BODY * 100)
    _, rejected = _read([str(path)], max_bytes=1000)
    assert "larger than" in rejected[0].reason and "--max-size" in rejected[0].reason
    docs, rejected = _read([str(path)], max_bytes=1_000_000)
    assert docs and not rejected


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(BODY)

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    _, rejected = _read([str(path)])
    assert rejected == [Rejected(str(path), "cannot read file: permission denied")]


def test_directory_is_walked_recursively_with_inputs_joined(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(BODY)
    (tmp_path / "two.html").write_text(f"<html><body><p>{BODY}</p></body></html>")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text(BODY)
    docs, rejected = _read([str(tmp_path)])
    assert not rejected
    assert [d.input for d in docs] == [str(tmp_path / "two.html"), str(tmp_path / "a" / "one.txt")]
    assert [d.format for d in docs] == ["html", "text"]


def test_directory_without_articles_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    _, rejected = _read([str(tmp_path)])
    assert rejected[0].input == str(tmp_path)
    assert "no article files" in rejected[0].reason


def test_jsonl_keeps_good_lines_and_reports_broken_ones(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": BODY, "outlet": "KabarNusa.id", "published": "2026-11-16T18:02:00+07:00"}),
        '{"text": "broken',
        "",
        json.dumps({"html": f"<p>{BODY}</p>", "title": "Gempa"}),
        json.dumps({"headline": "no body"}),
        json.dumps([1, 2]),
        json.dumps(
            {"title": "Banjir bandang terjang Garut", "url": "https://x.id/banjir-bandang-terjang-garut", "text": ""}
        ),
    ]
    path.write_text("\n".join(lines))
    docs, rejected = _read([str(path)])
    # A record with no text but a headline its URL repeats is a headline-only page (clean.headline).
    assert [d.input for d in docs] == [f"{path}:1", f"{path}:4", f"{path}:7"]
    assert docs[2].content == "" and docs[2].hints.title == "Banjir bandang terjang Garut"
    assert docs[0].hints.outlet == "KabarNusa.id" and docs[1].format == "html"
    assert [r.input for r in rejected] == [f"{path}:2", f"{path}:5", f"{path}:6"]
    assert "line 2: invalid JSON" in rejected[0].reason
    assert "no article text" in rejected[1].reason


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": BODY, "title": "Gempa Garut"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": BODY}, {"body": BODY, "lang": "id"}]))
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": ')
    docs, rejected = _read([str(one), str(many), str(broken)])
    assert [d.input for d in docs] == [str(one), f"{many}[0]", f"{many}[1]"]
    assert docs[0].hints.title == "Gempa Garut" and docs[2].hints.language == "id"
    assert rejected[0].input == str(broken) and "invalid JSON" in rejected[0].reason


def test_stdin_format_is_sniffed() -> None:
    html = f"<!doctype html><html><body><p>{BODY}</p></body></html>".encode()
    docs, _ = _read(["-"], stdin=io.BytesIO(html))
    assert docs[0].input == "-" and docs[0].format == "html"
    docs, _ = _read(["-"], stdin=io.BytesIO(BODY.encode()))
    assert docs[0].format == "text"
    jsonl = (json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY + " Lagi."})).encode()
    docs, _ = _read(["-"], stdin=io.BytesIO(jsonl))
    assert [d.input for d in docs] == ["-:1", "-:2"]


def test_a_jsonl_record_is_decoded_as_a_whole_file_is(tmp_path: Path) -> None:
    # Mojibake inside a record (UTF-8 read as Latin-1 upstream) is repaired line by line, as the
    # whole-file reader did: ingest and compare read the same text.
    broken = "Pemain baru Borussia Mönchengladbach itu sudah berada di Lombok sejak Kamis pagi bersama keluarganya."
    garbled = broken.encode("utf-8").decode("latin-1")
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"title": "Liburan", "text": garbled}, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, rejected = _read([str(path)])
    assert not rejected and "Mönchengladbach" in docs[0].content and docs[0].input == f"{path}:1"


def test_a_utf16_jsonl_file_is_read_whole(tmp_path: Path) -> None:
    # A UTF-16 file has no byte-wise lines: the streaming reader would cut its characters apart.
    lines = [json.dumps({"title": f"Judul {i}", "text": "Banjir merendam rumah warga. " * 5}) for i in (1, 2)]
    path = tmp_path / "feed.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-16"))
    docs, rejected = _read([str(path)])
    assert not rejected and [d.input for d in docs] == [f"{path}:1", f"{path}:2"]
