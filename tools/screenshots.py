"""Regenerate docs/screenshots/*.png: the main views on a fresh demo database.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--lang en|zh_HK|zh_CN]

Uses a throw-away PLANNER_HOME so your own settings and database are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "zh_HK", "zh_CN"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PLANNER_HOME"] = tempfile.mkdtemp(prefix="planner-shots-")

    from PySide6.QtWidgets import QApplication

    from planner.demo.startup import open_planner_database
    from planner.ui.app import Controller
    from planner.ui.launch import install_translators

    app = QApplication([])
    install_translators(app, args.lang)  # Qt's and Planner's catalogues, QLocale, name order
    controller = Controller(locale=args.lang)
    window = controller.start(open_planner_database(None))
    window.resize(1400, 860)
    window.show()
    runner = controller.runner
    assert runner is not None

    def settle() -> None:
        for _ in range(8):
            runner.wait_idle()
            app.processEvents()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    settle()
    shots = [("calendar-month", "calendar", None), ("events", "events", None),
             ("delegation-itinerary", "delegations", 0), ("delegation-timeline", "delegations", 1),
             ("people", "people", None), ("items", "items", None)]
    for name, section, tab in shots:
        view = window.show_section(section)
        settle()
        if section == "calendar":
            view.show_date(date(2017, 5, 1))
        if section == "delegations":
            view.view.selectRow(4)
            settle()
            view.tabs.setCurrentIndex(tab)
        if section == "items":
            view.view.selectRow(8)
        settle()
        window.checks.run()  # the Checks panel shows what it found for this view
        settle()
        window.grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")
    controller.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
