"""The layering rules of pyproject.toml, enforced by import-linter, plus a headless import check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept(tmp_path: Path) -> None:
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    try:
        code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                            no_logo=True)
    finally:
        os.chdir(cwd)
        sys.path.remove(str(ROOT))
    assert code == 0, "an import contract is broken: run `lint-imports` for details"


def test_the_headless_core_loads_without_qt() -> None:
    """Importing the command line and everything it uses must not pull in PySide6."""
    code = ("import sys, planner.cli.main, planner.demo.seed, planner.operations; "
            "sys.exit(1 if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 0, done.stderr or "PySide6 was imported by the headless core"


# What start-up must not import before the first rows (docs/performance.md): each of these
# once cost the window 0.07-0.23 s between its first paint and its first rows.
NOT_BEFORE_FIRST_ROWS = ("openpyxl", "reportlab", "icalendar", "qtawesome", "qtpy",
                         "planner.checks.runner", "planner.ui.mail.outbox_dialog")


def test_start_up_imports_nothing_it_does_not_show() -> None:
    """The modules the loader thread imports for the window (planner.ui.launch._load) and the
    ones the first section and attach() need: none of the heavy ones used later."""
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "import planner.ui.launch\n"
            "from planner import config\n"
            "from planner.demo.startup import open_planner_database\n"
            "from planner.store.server import is_server_url, open_server\n"
            "from planner.ui import app as controller\n"
            "from planner.ui.sections import KEYS, preload_attach\n"
            "for key in KEYS:\n"
            "    preload_attach(key)\n"
            f"found = [m for m in {NOT_BEFORE_FIRST_ROWS!r} if m in sys.modules]\n"
            "print(' '.join(found))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"imported at start-up: {done.stdout.strip()}"
