from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import EXAMPLES, CliResult

Run = Callable[..., CliResult]
BODY = (
    "Gempa bermagnitudo 5,4 mengguncang Garut pada Senin siang. Sedikitnya 12 orang meninggal dunia dan 45 luka-luka."
)


def test_help_and_version(run_cli: Run) -> None:
    r = run_cli("--version")
    assert r.code == 0 and "lintas" in r.out
    for args in (["--help"], ["extract", "--help"]):
        proc = subprocess.run([sys.executable, "-m", "lintas", *args], capture_output=True, text=True, check=False)
        assert proc.returncode == 0 and "usage:" in proc.stdout


def test_usage_errors_exit_2(run_cli: Run) -> None:
    assert run_cli().code == 2
    assert run_cli("extract").code == 2
    assert run_cli("extract", "--format", "xml", "x").code == 2
    assert run_cli("nonsense").code == 2


def test_extract_examples_json(run_cli: Run) -> None:
    r = run_cli("extract", str(EXAMPLES), "--format", "json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert set(data) >= {"articles", "rejected"}
    assert data["rejected"] == []
    inputs = [a["input"] for a in data["articles"]]
    assert f"{EXAMPLES}/kabarnusa-gempa-garut.txt" in inputs
    assert f"{EXAMPLES}/more-articles.jsonl:2" in inputs


def test_bad_inputs_are_reported_and_the_rest_processed(run_cli: Run, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(f"Judul Berita\n\n{BODY}")
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": BODY + " Satu."}) + "\n{oops\n" + json.dumps({"text": BODY + " Dua."}) + "\n")
    missing = tmp_path / "missing.html"
    r = run_cli("extract", str(good), str(png), str(empty), str(nav), str(feed), str(missing))
    assert r.code == 1
    data = json.loads(r.out)
    assert [a["input"] for a in data["articles"]] == [str(good), f"{feed}:1", f"{feed}:3"]
    reasons = {x["input"]: x["reason"] for x in data["rejected"]}
    assert "binary file (PNG image)" in reasons[str(png)]
    assert reasons[str(empty)] == "empty file"
    assert "no article text" in reasons[str(nav)]
    assert "line 2" in reasons[f"{feed}:2"]
    assert reasons[str(missing)] == "no such file or directory"
    for path in (png, empty, nav, missing):
        assert f"rejected {path}:" in r.err


def test_output_file_and_formats(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Judul\n\n{BODY}")
    out = tmp_path / "out" / "report.jsonl"
    r = run_cli("extract", str(path), "-f", "jsonl", "-o", str(out))
    assert r.code == 0 and r.out == ""
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["kind"] == "article" and rows[0]["input"] == str(path)
    text = run_cli("extract", str(path), "-f", "text")
    assert "1 article, 0 rejected" in text.out


def test_stdin(run_cli: Run) -> None:
    r = run_cli("extract", "-", stdin=f"Judul\n\n{BODY}".encode())
    assert r.code == 0
    assert json.loads(r.out)["articles"][0]["input"] == "-"


def test_duplicate_input_is_rejected_with_reason(run_cli: Run, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"Judul\n\n{BODY}")
    b.write_text(f"Judul\n\n{BODY}\n\nBACA JUGA: lain")
    r = run_cli("extract", str(a), str(b))
    data = json.loads(r.out)
    assert r.code == 1 and len(data["articles"]) == 1
    assert data["rejected"][0] == {"input": str(b), "reason": f"duplicate of {a} (same title and text)"}


def test_max_size_option(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Judul\n\n{BODY}" * 50)
    r = run_cli("extract", str(path), "--max-size", "0.001")
    assert r.code == 1 and "larger than" in r.err
    assert run_cli("extract", str(path), "--max-size", "zero").code == 2


def test_analyse_json_and_text(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Gempa Garut\n\nSenin, 16 November 2026 | 18:02 WIB\n\nKabarNusa.id - Gempa mengguncang Garut pada Senin. "
        'Sedikitnya 12 orang meninggal dunia.\n\n"Kami masih mencari korban," kata Dadang Suparman.'
    )
    r = run_cli("analyse", str(path), "--format", "json")
    assert r.code == 0, r.err
    [article] = json.loads(r.out)["articles"]
    assert {"entities", "quantities", "dates", "quotes", "cites"} <= set(article)
    assert article["quantities"][0]["value"] == 12 and article["quantities"][0]["qualifier"] == "at_least"
    assert article["dates"][0]["value"] == "2026-11-16"
    assert article["quotes"][0]["speaker"] == "Dadang Suparman"
    text = run_cli("analyse", str(path), "-f", "text")
    assert "1 article analysed" in text.out


def test_eval_ner_on_user_data(run_cli: Run, tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text("Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\nberada\tO\ndi\tO\nJakarta\tB-LOC\n.\tO\n")
    r = run_cli("eval", "ner", "--data", str(gold), "--format", "json")
    assert r.code == 0, r.err
    scores = json.loads(r.out)["gold"]
    assert set(scores) == {"precision", "recall", "f1"}
    assert run_cli("eval", "ner", "--data", str(tmp_path / "missing")).code == 2


def test_every_option_of_every_command_says_what_it_does() -> None:
    """`lintas CMD --help` explains each argument (issue 26: several had no help)."""
    import argparse

    from lintas.cli import _build_parser

    missing: list[str] = []

    def walk(parser: argparse.ArgumentParser, name: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    walk(sub, f"{name} {sub_name}")
            elif action.dest != "help" and not action.help:
                missing.append(f"{name}: {'/'.join(action.option_strings) or action.dest}")

    walk(_build_parser(), "lintas")
    assert not missing, missing


def test_split_merge_and_token_from_the_cli(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    import stat

    db = str(tmp_path / "c.db")
    assert run_cli("-q", "ingest", str(EXAMPLES), "--db", db).code == 0
    stories = json.loads(run_cli("stories", "--db", db, "-f", "json").out)["stories"]
    quake = max(stories, key=lambda s: s["articles"])["id"]
    report = json.loads(run_cli("story", quake, "--db", db, "-f", "json", "--lang", "id").out)
    assert any(d["about"].startswith("jumlah korban tewas") for d in report["stories"][0]["discrepancies"])
    last = report["stories"][0]["articles"][-1]
    split = run_cli("split", last, "--db", db)
    assert split.code == 0 and "is now in story" in split.out
    new = split.out.split()[-1]
    again = run_cli("split", last, "--db", db)
    assert again.code == 2 and "alone in its story" in again.err
    merged = run_cli("merge", quake, new, "--db", db)
    assert merged.code == 0 and merged.out.strip().endswith(quake)
    token = tmp_path / "token.txt"
    assert run_cli("token", str(token)).code == 0
    assert stat.S_IMODE(token.stat().st_mode) == 0o600 and len(token.read_text().strip()) >= 40
    assert run_cli("token", str(token)).code == 2  # never overwritten
    assert run_cli("serve", "--db", str(tmp_path / "typo.db")).code == 2
