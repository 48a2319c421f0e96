"""The user guide's pictures, docs/guide/images/<lang>/*.png, at 1024 x 700: run by
tools/screenshots.py (which opens the demo database and the window) after its own."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

SIZE = (1024, 700)
# A small list as organisers receive them, headings in the guide's language.
HEADINGS = {"en": ("Name", "Chinese name", "Organisation", "E-mail", "Dietary needs"),
            "zh_HK": ("英文姓名", "中文姓名", "機構", "電郵", "膳食要求"),
            "zh_CN": ("英文姓名", "中文姓名", "单位", "电子邮箱", "饮食要求")}
ROWS = (("Chan Tai-man", "陳大文", "HKIPD", "tm.chan@example.hk", ""),
        ("Li Xiaoyan", "李晓燕", "GDIPA", "xy.li@example.cn", "vegetarian"),
        ("Wong Ka-yan", "黃嘉欣", "HKPC", "ky.wong@example.hk", ""))


def write_guide_images(window: Any, settle: Callable[[], None], lang: str, out: Path) -> list[Path]:
    """Every picture the guide shows, in `lang`, into `out` (made if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    settle()
    written: list[Path] = []

    def save(name: str, widget: Any) -> None:
        if widget is window:  # a section may have pushed it wider: back to the size asked for
            window.resize(*SIZE)
            settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)
        print(path)

    def section(key: str, pick: Callable[[Any], None] | None = None) -> Any:
        view = window.show_section(key)
        settle()
        if pick is not None:
            pick(view)
            settle()
        window.checks.run()
        settle()
        return view

    calendar = section("calendar")
    calendar.show_date(date(2017, 5, 1))
    settle()
    save("window", window)
    events = section("events", lambda v: v.open_id("event", _busiest_event(v)))
    save("events", window)
    save("checks", window.checks)
    delegations = section("delegations", lambda v: v.view.selectRow(4))
    delegations.tabs.setCurrentIndex(0)
    settle()
    save("delegation-itinerary", window)
    delegations.tabs.setCurrentIndex(1)
    settle()
    save("delegation-timeline", window)
    for key, row in (("programmes", 0), ("people", 2), ("venues", 7), ("items", 8)):
        section(key, lambda v, r=row: v.view.selectRow(r))
        save(key, window)
    section("events", lambda v: v.open_id("event", _busiest_event(v)))
    for name, dialog in _dialogs(window, events, settle, lang):
        dialog.resize(min(dialog.width(), 900), min(dialog.height(), 600))
        settle()
        save(name, dialog)
        dialog.done(0)
    window.resize(1400, 860)
    return written


def _busiest_event(view: Any) -> int:
    """The demo event with the most registrations (its participant list shows in the picture)."""
    from sqlalchemy import func, select

    from planner.store.models.people import Registration

    with view.ctx.runner.db.read() as session:
        return int(session.execute(
            select(Registration.event_id).group_by(Registration.event_id)
            .order_by(func.count().desc(), Registration.event_id).limit(1)).scalar_one())


def _dialogs(window: Any, events: Any, settle: Callable[[], None], lang: str
             ) -> list[tuple[str, Any]]:
    from planner.operations.participants import Target
    from planner.ui.dialogs.feeds_dialog import FeedsDialog
    from planner.ui.dialogs.import_wizard import ImportWizard
    from planner.ui.dialogs.preferences import PreferencesDialog

    shown = []
    desk = events.participants.open_check_in()
    settle()
    desk.search.setText(ROWS[0][1][:1])  # a surname typed at the door
    settle()
    shown.append(("check-in", desk))
    folder = Path(tempfile.mkdtemp(prefix="planner-guide-"))
    listing = folder / ("participants.csv" if lang == "en" else "參加者.csv")
    with listing.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([HEADINGS[lang], *ROWS])
    event = events.selected_ref()
    wizard = ImportWizard(window.ctx, listing, Target("event", event[1]), window)
    wizard.show()
    wizard.load()
    settle()
    wizard.advance()  # the columns page
    settle()
    shown.append(("import", wizard))
    feeds = FeedsDialog(window.ctx, None, window)
    feeds.show()
    settle()
    shown.append(("feeds", feeds))
    preferences = PreferencesDialog(window.settings, window)
    preferences.show()
    settle()
    shown.append(("preferences", preferences))
    return shown
