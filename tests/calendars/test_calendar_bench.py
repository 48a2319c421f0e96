"""The calendar benchmarks still run (tiny sizes here; the real figures come from bench/)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"calendar_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "tiny.sqlite"
    assert _script("generate").main(["--db", str(path), "--events", "40", "--people", "300",
                                     "--registrations", "400"]) == 0
    return path


def _results(text: str) -> list[dict[str, object]]:
    return [json.loads(line[6:]) for line in text.splitlines() if line.startswith("BENCH ")]


def test_bench_ical_prints_a_ratio(generated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script("bench_ical").main(["--db", str(generated), "--repeat", "1"]) == 0
    [result] = _results(capsys.readouterr().out)
    assert result["ratio"] and result["ratio"] > 0 and "VEVENTs" in str(result["note"])


def test_bench_feeds_prints_two_ratios(generated: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert _script("bench_feeds").main(["--db", str(generated), "--requests", "20"]) == 0
    results = _results(capsys.readouterr().out)
    assert [r["unit"] for r in results] == ["req/s", "req/s"]
    assert all(r["ratio"] and r["ratio"] > 0 for r in results)
