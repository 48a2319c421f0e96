"""The service test suites (tests/operations, and the participant use cases) again, with
`empty_db` on PostgreSQL.

Those tests already run on SQLite where they live; here their functions and fixtures (their
conftest's too) are loaded under new names and `empty_db` below replaces the SQLite one. New
test files in tests/operations are picked up without changes here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from planner.store.database import Database

pytestmark = pytest.mark.postgres

TESTS = Path(__file__).resolve().parents[1]
SUITES = {"operations": ("test_*.py",),
          "participants": ("test_import.py", "test_merge.py", "test_privacy.py",
                           "test_waitlist_and_checkin.py", "test_export.py")}


@pytest.fixture
def empty_db(pg_db: Database) -> Database:
    return pg_db


def _load(path: Path) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location(
        f"pg_suite_{path.parent.name}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return vars(module)


def _is_fixture(value: Any) -> bool:
    return hasattr(value, "_fixture_function_marker") or \
        type(value).__name__ == "FixtureFunctionDefinition"


def _adopt() -> int:
    """Copy each suite module's tests (prefixed with its name) and fixtures into this module."""
    adopted = 0
    for folder, patterns in SUITES.items():
        paths = sorted({p for pattern in patterns for p in (TESTS / folder).glob(pattern)})
        conftest = TESTS / folder / "conftest.py"
        for path in ([conftest] if conftest.exists() else []) + paths:
            for name, value in _load(path).items():
                if name.startswith("test_") and callable(value):
                    globals()[f"test_{folder}_{path.stem[5:]}__{name[5:]}"] = value
                    adopted += 1
                elif _is_fixture(value) and name not in globals():
                    globals()[name] = value
    return adopted


ADOPTED = _adopt()


def test_the_suite_was_found() -> None:
    assert ADOPTED >= 50
