"""Run every benchmark and print one table: `python -m bench [--only NAME ...]`.

Each bench/bench_*.py runs in its own process (so one cannot warm another's caches) and
prints its results with bench.common.report().
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bench.common import MARK, ROOT


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="names of bench scripts without bench_ and .py")
    args = parser.parse_args()
    scripts = sorted((ROOT / "bench").glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    rows = []
    for script in scripts:
        print(f"running {script.name} ...", file=sys.stderr, flush=True)
        done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True,
                              text=True, env=None)
        found = [json.loads(line[len(MARK):]) for line in done.stdout.splitlines()
                 if line.startswith(MARK)]
        if done.returncode != 0:
            found.append({"name": f"{script.stem} FAILED", "ours": float("nan"), "baseline": None,
                          "ratio": None, "unit": "", "note": done.stderr.strip().splitlines()[-1:]})
        rows.extend(found)
    print(f"{'benchmark':58} {'ours':>10} {'baseline':>10} {'ratio':>7} {'target':>7}")
    for row in rows:
        baseline = f"{row['baseline']:.4g}" if row.get("baseline") else "-"
        ratio = f"{row['ratio']:.2f}" if row.get("ratio") else "-"
        target = f"{row['target']}" if row.get("target") else ""
        print(f"{row['name'][:58]:58} {row['ours']:>10.4g} {baseline:>10} {ratio:>7} {target:>7}"
              f"  {row.get('unit', '')} {row.get('note') or ''}")
    return 0 if all("FAILED" not in r["name"] for r in rows) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
