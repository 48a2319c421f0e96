"""Every section fits a 1024 x 700 window, in each language and at 200 % scaling: the window
is not pushed wider, no button's text is cut, People keeps its list and its details."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from planner.store.database import open_database
from planner.ui.app import Controller
from planner.ui.language import apply_language
from planner.ui.sections import KEYS
from planner.ui.widgets.sizing import chars_wide
from tests.ui.conftest import FakeDialogs, settle
from tests.ui.layout_probe import SIZE, measure

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["en", "zh_HK", "zh_CN"])
def small(request: Any, qtbot: Any, demo_path: Path, dialogs: FakeDialogs
          ) -> Iterator[Controller]:
    """A window of 1024 x 700 in each language (Chinese labels have other widths)."""
    apply_language(QApplication.instance(), request.param)
    controller = Controller(dialogs, request.param)
    window = controller.start(open_database(str(demo_path)))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    settle(controller)
    yield controller
    controller.stop()
    apply_language(QApplication.instance(), "en")


def _check(found: dict[str, Any]) -> None:
    key = found["key"]
    assert (found["width"], found["height"]) == SIZE, f"{key} resized the window: {found}"
    assert found["min_width"] <= SIZE[0] and found["min_height"] <= SIZE[1], found
    assert found["clipped"] == [], f"{key}: {found['clipped']}"


def test_every_section_fits_1024_by_700(small: Controller) -> None:
    window = small.window
    assert window is not None
    for key in KEYS:
        found = measure(window, lambda: settle(small), key)
        _check(found)
        if key == "people":  # the list and the person's details side by side, both usable
            view = window.view("people")
            table, side = found["splitters"]["people_splitter"]
            assert table >= chars_wide(view.view, 32) and side >= chars_wide(view.view, 28), found
            assert view.details.isVisible() and view.view.isVisible()


def test_sections_fit_at_200_percent_scaling(demo_path: Path) -> None:
    """In a process whose Qt scales by 2 (QT_SCALE_FACTOR=2): the same window of 1024 x 700
    logical pixels is 2048 x 1400 device pixels, the size of a 200 % screen at that resolution;
    fonts, icons and style metrics are then Qt's own at that scale, not a multiplication."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.ui.layout_probe", str(demo_path), "en"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    found = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [f["key"] for f in found] == list(KEYS)
    for section in found:
        assert section["dpr"] == 2 and section["grab"] == [2 * SIZE[0], 2 * SIZE[1]], section
        _check(section)
