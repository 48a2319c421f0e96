"""Start-up: `main.py` to the first painted main window against a bare PySide6 QMainWindow.

Warm start (the database exists and is migrated) is the target (within 1.5x); the cold first
start (creating and seeding the demo database) is reported separately. Each process writes
the wall-clock time of its first paint (and ours of its first screenful of data: the window
paints its frame first and opens the database behind it, see planner/ui/launch.py) to a probe
file; times count from just before the process is started, so interpreter start-up is in
both and process exit in neither. Python may write its bytecode caches (a sandbox's
PYTHONDONTWRITEBYTECODE=1 would otherwise recompile every module of ours on each start, which
no installed copy does).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, report  # noqa: E402

BARE = """
import json, os, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            probe = os.environ.get("PLANNER_STARTUP_PROBE")
            if probe and not os.path.exists(probe):
                with open(probe, "w") as handle:
                    json.dump({"painted": time.time()}, handle)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
quitter = Quit()
window.installEventFilter(quitter)
window.show()
app.exec()
"""


def wall(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def timed(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting the process to its first paint ("painted") and, for ours, to
    its first screenful of data ("ready")."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.json"
        start = time.time()
        subprocess.run(args, cwd=ROOT, env={**env, "PLANNER_STARTUP_PROBE": str(probe)},
                       check=True, capture_output=True, timeout=120)
        return {key: value - start for key, value in json.loads(probe.read_text()).items()}


def against_bare(command: list[str], env: dict[str, str], repeat: int
                 ) -> tuple[dict[str, float], float]:
    """Median first paint and first rows of `command`, and the bare window's median first
    paint, run in turns (so drift in machine load hits both alike) after one warm-up each."""
    bare = [sys.executable, "-c", BARE]
    timed(command, env), timed(bare, env)  # warm the file cache for both
    ours, base = [], []
    for _ in range(repeat):
        ours.append(timed(command, env))
        base.append(timed(bare, env)["painted"])
    return ({key: statistics.median(t[key] for t in ours) for key in ("painted", "ready")},
            statistics.median(base))


def app_env(**extra: str) -> dict[str, str]:
    """The environment of a measured process: offscreen unless told, bytecode caches on."""
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra}


def main(repeat: int = 7) -> None:
    home = Path(tempfile.mkdtemp(prefix="planner-bench-home-"))
    env = app_env(PLANNER_HOME=str(home))
    planner = [sys.executable, "main.py"]
    cold = []
    for _ in range(3):
        shutil.rmtree(home, ignore_errors=True)
        cold.append(timed(planner, env))
    ours, baseline = against_bare(planner, env, repeat)
    report("start-up, warm (main.py to first painted window)", ours["painted"], baseline,
           target=1.5)
    report("start-up, warm, until the first section shows its rows", ours["ready"], baseline,
           note="baseline is the bare window's first paint")
    report("start-up, cold first start (create + seed demo), first paint",
           statistics.median(t["painted"] for t in cold), baseline)
    report("start-up, cold first start (create + seed demo), first rows",
           statistics.median(t["ready"] for t in cold), baseline)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
