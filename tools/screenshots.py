"""Regenerate docs/screenshots/*.png and the user guide's pictures (docs/guide/images/<lang>/):
the main views and the editors on a fresh demo database.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--lang en|zh_HK|zh_CN] [--guide-only]
                                                          [--size WxH]

Without --size the window is 1400 x 860 and the pictures keep their plain names (events.png,
events-zh_HK.png) along with the guide's pictures (always 1024 x 700); with --size 1024x700
only the sections of docs/screenshots are made (not the editors, the same at any size), at
that size, named events-1024x700.png, events-1024x700-zh_HK.png.

Uses a throw-away PLANNER_HOME so your own settings and database are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "zh_HK", "zh_CN"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--guide", default=str(ROOT / "docs" / "guide" / "images"),
                        help="where the guide's pictures go (a folder per language inside)")
    parser.add_argument("--guide-only", action="store_true",
                        help="only the guide's pictures, not docs/screenshots")
    parser.add_argument("--size", type=window_size, default=None, metavar="WxH",
                        help="the window's size, e.g. 1024x700 (it goes into the file names)")
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
    size = args.size or DEFAULT_SIZE
    window.resize(*size)
    window.show()
    runner = controller.runner
    assert runner is not None

    def settle() -> None:
        for _ in range(8):
            runner.wait_idle()
            app.processEvents()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.size is None else f"-{size[0]}x{size[1]}") \
        + ("" if args.lang == "en" else f"-{args.lang}")
    settle()
    if args.size is None or args.guide_only:
        from guide_screenshots import write_guide_images

        write_guide_images(window, settle, args.lang, Path(args.guide) / args.lang)
        window.resize(*size)
    if args.guide_only:
        controller.stop()
        return 0
    shots = [("calendar-month", "calendar", None), ("events", "events", None),
             ("delegation-itinerary", "delegations", 0), ("delegation-timeline", "delegations", 1),
             ("programmes", "programmes", None), ("people", "people", None),
             ("organisations", "organisations", None), ("items", "items", None),
             ("venues", "venues", None)]
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
        if section == "venues":
            view.view.selectRow(7)
        settle()
        window.checks.run()  # the Checks panel shows what it found for this view
        settle()
        if window.size().toTuple() != size:  # a section that cannot fit: say so, loudly
            print(f"warning: {section} made the window {window.width()}x{window.height()}",
                  file=sys.stderr)
        window.grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")
    if args.size is not None:  # the editors are the same at any size of the window
        controller.stop()
        return 0
    for name, dialog in editors(window, settle):
        dialog.grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")
        dialog.done(0)  # not reject(): it would ask whether to drop what was typed
    controller.stop()
    return 0


DEFAULT_SIZE = (1400, 860)


def window_size(text: str) -> tuple[int, int]:
    """'1024x700' -> (1024, 700)."""
    width, _x, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1024x700: {text!r}") from None
    if min(size) < 200:
        raise argparse.ArgumentTypeError(f"too small a window: {text!r}")
    return size


def _dialog(name: str) -> Any:
    """The editor open with this object name (the newest one)."""
    from PySide6.QtWidgets import QApplication, QDialog

    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible() and w.objectName() == name]
    assert found, f"no {name} is open"
    return found[-1]


def _open(window: Any, settle: Any, section: str, action: str, name: str,
          pick: Any = None) -> Any:
    """Open a section's editor (a new one, or the row `pick` selects) and return it."""
    view = window.show_section(section)
    settle()
    if pick is not None:
        pick(view)
        settle()
    window.actions_[action].trigger()
    settle()
    return _dialog(name)


def editors(window: Any, settle: Any) -> list[tuple[str, Any]]:
    """The editors of every kind of record, each filled as an organiser would see it."""
    from PySide6.QtWidgets import QLineEdit

    from planner.ui.widgets.tables import select_where

    venue = _open(window, settle, "venues", "edit_item", "venue_dialog",
                  lambda v: v.view.selectRow(3))
    item = _open(window, settle, "items", "edit_item", "item_dialog",
                 lambda v: select_where(v.view, lambda i: len(i.figures) > 1))
    event = _open(window, settle, "events", "new_item", "event_dialog")
    event.findChild(QLineEdit, "title_en").setText("SME IP seminar 2017")
    event.tabs.setCurrentWidget(event.sessions)
    for title, speaker in (("Opening remarks", "HKIPD"), ("Trade marks in e-commerce",
                                                          "Ms Chan; Mr Li")):
        event.sessions.table.buttons["add"].click()
        settle()
        session = _dialog("session_dialog")
        session.titles["title_en"].setText(title)
        session.speaker.setText(speaker)
        session.try_accept()
        settle()
    programme = _open(window, settle, "programmes", "edit_item", "programme_dialog",
                      lambda v: v.view.selectRow(0))
    person = _open(window, settle, "people", "edit_item", "person_dialog", _pick_minor)
    person.tabs.setCurrentWidget(person.sensitive)
    person.sensitive.reveal_button.click()
    settle()
    delegation = _open(window, settle, "delegations", "edit_item", "delegation_dialog",
                       lambda v: v.view.selectRow(4))
    delegation.tabs.setCurrentIndex(1)
    settle()
    return [("venue-dialog", venue), ("item-dialog", item), ("event-sessions", event),
            ("programme-dialog", programme), ("person-sensitive", person),
            ("delegation-contacts", delegation)]


def _pick_minor(view: Any) -> None:
    """Select the first minor of the demo (an exchange student) in People."""
    from planner.store.models import Person

    with view.ctx.runner.db.read() as session:
        name = session.query(Person.name_en).filter(Person.is_minor.is_(True)) \
            .order_by(Person.id).first()[0]
    view.search.setText(name)
    view.model.set_filter(name)
    view.ctx.runner.wait_idle()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    view.view.selectRow(0)


if __name__ == "__main__":
    raise SystemExit(main())
