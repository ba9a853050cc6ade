"""Benchmarks that remember: every benchmark prints its figures beside the ones recorded in
benchmarks/results.json (committed) and flags a change of more than 10%; ``--record`` writes
the figures it measured as the new record. `make bench` reruns the benchmarks this way."""

from __future__ import annotations

import argparse
import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")
FLAG = 0.10  # a change of more than 10% of the recorded figure is flagged


def add_record_flag(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--record", action="store_true", help="write the figures to benchmarks/results.json")


def remember(bench: str, figures: dict[str, float], *, record: bool, config: dict[str, object] | None = None) -> int:
    """Print ``figures`` beside the recorded ones; returns how many changed by more than FLAG."""
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    before = data.get(bench, {})
    old = before.get("figures", {})
    if config is not None and before.get("config") not in (None, config):
        print(f"\n(recorded with other settings {before['config']}; now {config}: not comparable)")
        old = {}
    print(f"\n{'figure':<44}{'now':>12}{'recorded':>12}{'change':>9}")
    changed = 0
    for name, value in figures.items():
        was = old.get(name)
        if was is None:
            print(f"{name:<44}{value:>12.4g}{'-':>12}{'new':>9}")
            continue
        rel = (value - was) / abs(was) if was else (0.0 if value == was else float("inf"))
        flag = abs(rel) > FLAG
        changed += flag
        print(f"{name:<44}{value:>12.4g}{was:>12.4g}{rel:>+9.1%}" + ("  <-- changed > 10%" if flag else ""))
    if before.get("recorded"):
        print(f"(recorded {before['recorded']} on {before.get('machine', '?')})")
    if record:
        data[bench] = {
            "recorded": datetime.now(UTC).strftime("%Y-%m-%d"),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores",
            "config": config,
            "figures": {k: round(v, 6) for k, v in figures.items()},
        }
        RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded in {RESULTS.name}")
    return changed
