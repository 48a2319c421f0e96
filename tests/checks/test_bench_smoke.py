"""bench/bench_checks.py still runs (on a tiny generated programme) and reports three ratios."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import bench_checks, generate
from bench.common import MARK


def test_bench_checks_reports_against_baselines(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "small.sqlite"
    assert generate.main(["--db", str(path), "--events", "40", "--people", "300",
                          "--registrations", "600", "--delegations", "6"]) == 0
    capsys.readouterr()
    bench_checks.main(path, samples=2, repeat=1)
    lines = [json.loads(line[len(MARK):]) for line in capsys.readouterr().out.splitlines()
             if line.startswith(MARK)]
    assert [line["name"] for line in lines] == [
        "checks: whole programme, per 1,000 items", "checks: one delegation (after an edit)",
        "checks: one event (after an edit)"]
    assert all(line["baseline"] > 0 and line["ratio"] > 0 for line in lines)
