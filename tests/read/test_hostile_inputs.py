"""Hostile inputs (issue 25's probes and their kin), each with the answer it must get: a rejection
with a plain reason, or an article; never a crash, a hang or a lost neighbour. Every run also holds
good files, which must come out as articles."""

from __future__ import annotations

import gzip
import io
import os
import sys
from pathlib import Path

import pytest

import lintas
from lintas.cli import main

GOOD = (
    "Gempa bermagnitudo 5,4 mengguncang Kabupaten Garut pada Senin siang. Sedikitnya 12 orang "
    "meninggal dunia dan 45 orang luka-luka, kata kepala badan penanggulangan bencana daerah setempat."
)
LIMIT = 256 * 1024  # --max-size of these runs: big enough for every good file, small for the probes


def _warc_without_target_uri() -> bytes:
    payload = (
        b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + GOOD.encode() + b"</p></body></html>"
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload + b"\r\n\r\n"


# name -> (content, the reason's words; None: it must become an article)
CASES: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n ", "empty"),
    "binary.txt": (bytes(range(256)) * 64, "binary"),
    "png.html": (b"\x89PNG\r\n\x1a\n" + os.urandom(4096), "binary"),
    "nul-bytes.txt": (("Judul\n" + GOOD).encode().replace(b" ", b"\x00"), "binary"),
    "too-big.txt": (b"kata " * (LIMIT // 4), "limit"),
    "long-line.jsonl": (b"x" * (LIMIT * 3), "larger than the size limit"),
    "nested.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "nested.jsonl": (b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "nested too deeply"),
    "nested-objects.jsonl": (b'{"a":' * 40_000 + b"1" + b"}" * 40_000 + b"\n", "nested too deeply"),
    "broken.jsonl": (b'{"text": "tidak selesai\n', "invalid JSON"),
    "not-object.json": (b"42", "expected an object"),
    "empty-list.json": (b"[]", "empty list"),
    "no-text.json": (b'{"title": "Judul saja", "url": "https://contoh.id/x"}', "no article text"),
    "text-number.json": (b'{"text": 12345}', "no article text"),
    "short.txt": (b"Judul\nHanya beberapa kata saja.", "words"),
    "only-junk.txt": (b"Judul\nBaca juga: Berita lain hari ini\nAdvertisement\nEditor: Seseorang", "holds no article"),
    "empty-body.html": (b"<html><head><title>x</title></head><body><nav>Beranda</nav></body></html>", "no article"),
    "deep.html": (
        b"<html><body>" + b"<div>" * 20_000 + b"<p>kata</p>" + b"</div>" * 20_000 + b"</body></html>",
        "no article",
    ),
    "huge-attribute.html": (
        b'<html><body><p title="' + b"x" * 100_000 + b'">' + GOOD.encode() + b" Atribut.</p></body></html>",
        None,
    ),
    "script-only.html": (b"<html><body><script>" + b"alert(1);" * 1000 + b"</script></body></html>", "no article"),
    "no-uri.warc": (_warc_without_target_uri(), "WARC record cannot be read"),
    "garbage.warc": (b"this is no WARC file at all\n" * 100, "WARC file holds no HTML"),
    "truncated.warc.gz": (gzip.compress(_warc_without_target_uri())[:40], "WARC"),
    "utf16.txt": (("Judul\n" + GOOD).encode("utf-16"), None),
    "escape-codes.txt": (("\x1b]0;owned\x07Judul\x1b[2J\n" + GOOD).encode(), None),
    "one-long-word.txt": (b"Judul\n" + b"a" * 100_000 + b" " + GOOD.encode(), None),
    "many-numbers.txt": (("Judul\n" + " ".join(str(i) for i in range(20_000)) + ". " + GOOD).encode(), None),
    "mixed-case-run.txt": (b"Judul\n" + b"aB" * 20_000 + b" " + GOOD.encode(), None),
    "crlf-bom.jsonl": (b'\xef\xbb\xbf{"text": "' + GOOD.encode() + b' BOM."}\r\n', None),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    for name, (content, _) in CASES.items():
        (root / name).write_bytes(content)
    for k in range(3):
        (root / f"good-{k}.txt").write_text(f"Berita {k}\n{GOOD} Laporan ke-{k}.", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "fifo.txt")  # reading it would wait forever
        os.mkfifo(root / "fifo.jsonl")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "zero.jsonl").symlink_to("/dev/zero")
    (root / "dir.txt").mkdir()
    (root / "dir.txt" / "inner-good.txt").write_text(f"Berita dalam\n{GOOD}", encoding="utf-8")
    return root


def test_every_hostile_input_gets_its_answer_and_the_good_ones_are_read(hostile: Path) -> None:
    assert len(CASES) + 5 >= 30
    result = lintas.extract([hostile], max_bytes=LIMIT)
    reasons = {Path(r.input.split(":")[0].split("#")[0]).name: r.reason for r in result.rejected}
    read = {Path(a.input.split(":")[0]).name for a in result.articles}
    for name, (_, words) in CASES.items():
        if words is None:
            assert name in read, (name, reasons.get(name))
        else:
            assert name in reasons and words.lower() in reasons[name].lower(), (name, reasons.get(name))
    for name in ("fifo.txt", "fifo.jsonl", "zero.jsonl"):
        if (hostile / name).exists() or (hostile / name).is_symlink():
            assert "not a regular file" in reasons[name], (name, reasons.get(name))
    assert "no such file" in reasons["dangling.txt"]
    assert {"good-0.txt", "good-1.txt", "good-2.txt", "inner-good.txt"} <= read
    assert not any("a bug in lintas" in r for r in reasons.values()), reasons


def test_the_cli_says_which_inputs_it_rejected_and_exits_1(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(hostile), "--max-size", str(LIMIT / 1024 / 1024), "-f", "text"])
    captured = capsys.readouterr()
    assert code == 1
    assert "\x1b" not in captured.out and "\x1b" not in captured.err  # escape codes shown, not obeyed
    assert "rejected" in captured.err and "nested.json" in captured.err


def test_a_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    """`lintas extract ... | head -1`: the reader went away; no traceback, no exit 3."""
    import subprocess

    for k in range(40):  # far more output than a pipe buffer holds
        (tmp_path / f"a{k}.txt").write_text(f"Judul {k}\n" + f"{GOOD} Paragraf {k}.\n" * 60, encoding="utf-8")
    proc = subprocess.run(
        f"{sys.executable} -m lintas extract {tmp_path} -f json | head -c 10",
        shell=True, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.stdout == '{\n  "lintas'[:10]
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr


def test_reading_commands_do_not_create_a_store_from_a_typo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "typo.db"
    assert main(["stories", "--db", str(typo)]) == 2
    assert not typo.exists()
    assert "no store at" in capsys.readouterr().err


def test_a_full_disk_is_said_plainly(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    import lintas.cli as cli

    def full(args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli, "_cmd_extract", full)
    parser_args = ["extract", "-"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x")))
    code = cli.main(parser_args)
    err = capsys.readouterr().err
    assert code == 1 and "disk is full" in err and "a bug" not in err


def test_a_setting_error_stops_the_run_instead_of_rejecting_every_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken LINTAS_OUTLETS is the operator's to fix, not a rejection stored for each input."""
    from lintas.errors import UsageError
    from lintas.metadata.outlet import _table

    bad = tmp_path / "outlets.json"
    bad.write_text("{not json", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"Judul\n{GOOD}", encoding="utf-8")
    monkeypatch.setenv("LINTAS_OUTLETS", str(bad))
    _table.cache_clear()
    try:
        with pytest.raises(UsageError, match="LINTAS_OUTLETS"):
            lintas.extract([tmp_path / "a.txt"])
    finally:
        monkeypatch.delenv("LINTAS_OUTLETS")
        _table.cache_clear()


def test_text_output_escapes_control_characters_and_json_stays_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    record = {"title": "Banjir\u007f Lebak \u009b31m", "text": GOOD + " Kontrol."}
    (tmp_path / "c.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "c.jsonl"), "-f", "json"]) == 0
    out = capsys.readouterr().out
    assert "\x7f" not in out and "\x9b" not in out
    assert json.loads(out)["articles"][0]["title"] == record["title"]  # the same characters, escaped


def _analysis_bug_on(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """A bug in the analysis that only one article's text meets."""
    import lintas.pipeline as pipeline

    real = pipeline.analyse_article

    def buggy(article: lintas.Article, **kw: bool) -> object:
        if word in article.text:
            raise ValueError("a bug only this article meets")
        return real(article, **kw)

    monkeypatch.setattr(pipeline, "analyse_article", buggy)


def _two_articles(tmp_path: Path) -> tuple[Path, Path]:
    good = tmp_path / "good.txt"
    good.write_text(GOOD + "\n", encoding="utf-8")
    odd = tmp_path / "odd.txt"
    odd.write_text(GOOD.replace("Garut", "Tasikmalaya") + " Korban dirawat di puskesmas.\n", encoding="utf-8")
    return good, odd


def test_a_bug_in_the_analysis_rejects_one_article_and_the_next_ingest_tries_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from lintas.store import open_store

    good, odd = _two_articles(tmp_path)
    db = str(tmp_path / "s.db")
    with monkeypatch.context() as m:
        _analysis_bug_on(m, "Tasikmalaya")
        assert main(["ingest", str(good), str(odd), "--db", db, "--workers", "1"]) == 1
        err = capsys.readouterr().err
        assert f"rejected {odd}" in err and "a bug in lintas" in err
        with open_store(db) as store:
            assert [r[0] for r in store.query("SELECT input FROM inputs")] == [str(good)]
    # the bug mended (an upgrade): the same command stores the article the bug had rejected
    assert main(["ingest", str(good), str(odd), "--db", db, "--workers", "1"]) == 0
    with open_store(db) as store:
        rows = store.query("SELECT input, status FROM inputs ORDER BY input")
    assert sorted(rows) == sorted([(str(good), "ok"), (str(odd), "ok")])


def test_a_bug_in_the_analysis_rejects_one_article_of_compare_and_the_rest_are_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, odd = _two_articles(tmp_path)
    _analysis_bug_on(monkeypatch, "Tasikmalaya")
    report = lintas.compare([good, odd])
    assert [r.input for r in report.rejected] == [str(odd)]
    assert "a bug in lintas" in report.rejected[0].reason
    assert sum(len(s.articles) for s in report.stories) == 1


def test_a_bug_in_a_re_analysis_leaves_the_input_pending_for_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lintas.corpus import ingest
    from lintas.corpus.ingest import reanalyse
    from lintas.store import open_store

    good, odd = _two_articles(tmp_path)
    with open_store(str(tmp_path / "s.db")) as store:
        ingest([str(good), str(odd)], store)
        with monkeypatch.context() as m:
            _analysis_bug_on(m, "Tasikmalaya")
            done = reanalyse(store)
        assert [r.input for r in done.rejected] == [str(odd)]
        status = dict(store.query("SELECT input, status FROM inputs"))
        assert status == {str(good): "ok", str(odd): "pending"}  # raw text kept for the next re-analysis
        reanalyse(store)  # the bug mended
        status = dict(store.query("SELECT input, status FROM inputs"))
        assert status == {str(good): "ok", str(odd): "ok"} and store.counts()["articles"] == 2
