"""Command-line tools some tests drive (system-packages.txt lists their packages)."""

from __future__ import annotations

import os
import shutil

import pytest


def need_tools(*names: str) -> None:
    """Skip on a laptop without the tools; under CI=true a missing tool fails the test, since
    planner.sh installs every package of system-packages.txt there."""
    missing = [name for name in names if shutil.which(name) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (see system-packages.txt)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI=true but " + message)
    pytest.skip(message)
