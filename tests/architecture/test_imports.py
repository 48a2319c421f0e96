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
