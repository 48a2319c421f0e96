"""Every visible string of the main window and its dialogs is translated in zh_HK and zh_CN.

The window is walked (title, menus and actions, tool bar, side bar, tab bars, buttons, labels,
group boxes, placeholders, combo box items, table headers and cells), each dialog is opened and
walked too, and whatever English is left, once data from the database and a short allow-list
are taken out, is reported. The same walk in English finds the English, so the walk sees them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from planner.domain.progress import Progress
from planner.ui.app import Controller
from planner.ui.labels import LABELS
from planner.ui.views.calendar_view import AGENDA, MONTH, WEEK
from planner.ui.widgets.progress import JobProgress
from tests.i18n.widget_texts import (
    data_pattern,
    database_strings,
    english_left,
    stored_values,
    table_cells,
    texts_of,
    translation_tool,
)
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("calendar", "events", "delegations", "programmes", "people", "organisations", "venues",
            "items")




def english_labels() -> set[str]:
    return {text for texts in LABELS.values() for text in texts.values()}


def interface_texts(controller: Controller) -> list[tuple[str, str]]:
    """Walk every section, the calendar's three modes, every dialog and every question."""
    window = controller.window
    assert window is not None
    found: list[tuple[str, str]] = []
    for key in SECTIONS:
        window.show_section(key)
        settle(controller)
    calendar = window.show_section("calendar")
    for mode in (WEEK, AGENDA, MONTH):
        calendar.set_mode(mode)
        settle(controller)
        found.append(("calendar period", calendar.label.text()))
    found += texts_of(window)
    found += [(f"cell {name}", text) for name, text in table_cells(window)]
    found += _dialog_texts(controller)
    return found


def _dialog_texts(controller: Controller) -> list[tuple[str, str]]:
    window, dialogs = controller.window, controller.dialogs
    assert window is not None
    opened = []
    for section in ("events", "delegations", "people", "organisations", "venues", "items",
                    "programmes"):
        view = window.show_section(section)
        settle(controller)
        if section in ("venues", "items", "programmes"):  # lists that select nothing by themselves
            view.view.selectRow(0)
            settle(controller)
        for action in ("new_item", "edit_item", "delete_item"):
            window.actions_[action].trigger()
            settle(controller)
    window.view("items").start_next_year()
    settle(controller)
    dialogs.last("item_dialog").add_figure()
    dialogs.last("programme_dialog").new_leg()
    events = window.view("events")
    events.participants.add_existing()
    events.participants.add_new()
    delegations = window.view("delegations")
    delegations.itinerary.add_item()
    delegations.members.add()
    window.actions_["preferences"].trigger()
    window.actions_["about"].trigger()
    settle(controller)
    progress = JobProgress(window, "", Progress())
    opened.append(progress.dialog)
    found = []
    for dialog in list(dialogs.shown) + opened:
        found += [(f"{dialog.objectName()}: {where}", text) for where, text in texts_of(dialog)]
    found += [("question", text) for question in dialogs.questions for text in question]
    found += [("information", text) for info in dialogs.infos for text in info]
    progress.close()
    for dialog in dialogs.shown:
        dialog.close()
    # One change, so Edit > Undo names it.
    window.show_section("organisations")
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("organisation_dialog")
    dialog.findChild(QLineEdit, "code").setText("TESTORG")
    dialog.findChild(QLineEdit, "name_zh_hant").setText("測試機構")
    dialog.buttons.accepted.emit()
    settle(controller)
    found.append(("undo action", window.actions_["undo"].text()))
    return found


def leftovers(controller: Controller) -> list[str]:
    texts = interface_texts(controller)
    assert controller.db is not None
    tool = translation_tool()
    interface = {m.source for m in tool.read_ts(tool.ts_path("zh_HK"))}
    with controller.db.read() as session:
        stored = database_strings(session, interface | english_labels() | stored_values())
    data = data_pattern(stored + [str(controller.db.path)])  # the file, named in the title
    return sorted({f"{where}: {text!r} -> {left}" for where, text in texts
                   if (left := english_left(text, data))})


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_every_visible_string_is_translated(open_window, locale: str) -> None:
    left = leftovers(open_window(locale))
    assert left == [], "\n".join(left)


def test_the_walk_sees_the_english_interface(open_window) -> None:
    """Run in English, the same walk reports the interface's English: it can fail."""
    left = leftovers(open_window("en"))
    assert len(left) > 200
    for expected in ("&File", "Events", "New &delegation…", "Filter…", "exchange visit",
                     "Participants", "Preferences", "Name (&English)", "Guardian &consent"):
        assert any(f"{expected!r}" in line or expected in line for line in left), expected


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_no_table_or_combo_shows_a_stored_value(open_window, locale: str) -> None:
    """Kinds, statuses, roles and sides appear as translated labels, never as stored values."""
    controller = open_window(locale)
    texts = interface_texts(controller)
    raw = stored_values() | english_labels()
    shown = [(where, text) for where, text in texts
             if text.replace(" 🔒", "").strip() in raw]
    assert shown == []
