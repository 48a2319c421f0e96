"""Start-up: `main.py` to the first painted main window against a bare PySide6 QMainWindow.

Warm start (the database exists and is migrated) is the target (within 1.5x); the cold first
start (creating and seeding the demo database) is reported separately.
"""

from __future__ import annotations

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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
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


def main(repeat: int = 7) -> None:
    home = Path(tempfile.mkdtemp(prefix="planner-bench-home-"))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PLANNER_HOME": str(home), "PLANNER_QUIT_AFTER_FIRST_PAINT": "1"}
    planner = [sys.executable, "main.py"]
    bare = [sys.executable, "-c", BARE]
    cold = []
    for _ in range(3):
        shutil.rmtree(home, ignore_errors=True)
        cold.append(wall(planner, env))
    wall(planner, env)  # warm the file cache for both
    wall(bare, env)
    ours, base = [], []
    for _ in range(repeat):  # interleaved, so drift in machine load hits both alike
        ours.append(wall(planner, env))
        base.append(wall(bare, env))
    baseline = statistics.median(base)
    report("start-up, warm (main.py to first painted window)", statistics.median(ours), baseline,
           target=1.5)
    report("start-up, cold first start (create + seed demo)", statistics.median(cold), baseline)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
