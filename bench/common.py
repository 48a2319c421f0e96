"""What every benchmark shares: timing, the large synthetic database, and one result format.

Each bench script prints its results with `report()`; `python -m bench` runs them all and
prints one table. Figures are ratios against a baseline measured in the same run, because
these machines are noisy; absolute seconds are printed for context only.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MARK = "BENCH "
LARGE = {"events": 5000, "people": 100_000, "registrations": 300_000}


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    """The fastest of `repeat` runs in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, ours: float, baseline: float | None = None, unit: str = "s",
           note: str = "", target: float | None = None) -> None:
    """Print one result: ours against a baseline from the same run, as a ratio."""
    ratio = ours / baseline if baseline else None
    line = {"name": name, "ours": ours, "baseline": baseline, "ratio": ratio, "unit": unit,
            "note": note, "target": target}
    print(MARK + json.dumps(line, ensure_ascii=False), flush=True)
    shown = f"{name}: {ours:.4g} {unit}"
    if baseline:
        shown += f" vs baseline {baseline:.4g} {unit} -> ratio {ratio:.2f}"
        if target:
            shown += f" (target <= {target})"
    print("  " + shown + (f"  [{note}]" if note else ""), file=sys.stderr, flush=True)


def large_database(path: Path | None = None, **sizes: int) -> Path:
    """The large synthetic programme, generated once and reused (cached under the temp folder)."""
    wanted = {**LARGE, **sizes}
    if path is None:
        key = "-".join(f"{k}{v}" for k, v in sorted(wanted.items()))
        path = Path(os.environ.get("PLANNER_BENCH_DIR", tempfile.gettempdir())) / f"planner-bench-{key}.sqlite"
    if path.exists() and not _at_schema_head(path):  # made by an older version: made again
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--db", str(path),
                        *[f"--{k}={v}" for k, v in wanted.items()]], check=True)
    return path


def _at_schema_head(path: Path) -> bool:
    import sqlite3

    from planner.store.migrate import HEAD

    with sqlite3.connect(path) as conn:
        try:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return False
    return bool(found) and found[0] == HEAD
