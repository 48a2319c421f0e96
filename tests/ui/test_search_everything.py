"""The tool bar's search box: grouped results as one types, arrows and Enter open the record in
its section, Ctrl+K and (where the section has no filter) Ctrl+F focus it, and the query runs
on the database worker, never on the UI thread."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from planner.domain.schedule import Schedule
from planner.operations.sessions import create_session
from planner.store import search_queries
from planner.ui.widgets.search_everything import HIT_ROLE
from tests.ui.conftest import selected_in, settle


def _type(qtbot: Any, box: QLineEdit, text: str) -> list[str]:
    """Type `text` key by key; the lines of the list once the last search has arrived."""
    box.setFocus()
    box.clear()
    for char in text:  # Chinese as an input method commits it (QTest types ASCII only)
        qtbot.keyClicks(box, char) if char.isascii() else box.insert(char)
    results = box.results  # type: ignore[attr-defined]
    runner = box.window().ctx.runner  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: results.isVisible() and not box._debounce.isActive()  # type: ignore[attr-defined]
                    and runner.is_idle(), timeout=5000)
    return [results.item(r).text() for r in range(results.count())]


def _current(box: Any) -> Any:
    return box.results.currentItem().data(HIT_ROLE)


def test_typing_shows_the_results_grouped_by_kind(qtbot: Any, controller: Any) -> None:
    box = controller.window.search_box
    lines = _type(qtbot, box, "Vipshop")
    headings = [line for r, line in enumerate(lines)
                if box.results.item(r).data(HIT_ROLE) is None]
    assert headings == ["Events", "Delegations", "Itinerary steps", "Organisations", "Venues"]
    assert lines[0] == "Events" and lines[1].startswith("Visit to Vipshop")
    assert any(line.startswith("Vipshop Holdings") and "VIPSHOP" in line for line in lines)
    assert _current(box).kind == "event"  # the first record is chosen
    # Traditional typed: the same organisation (named in both scripts), by its Chinese name.
    lines = _type(qtbot, box, "唯品會")
    assert "Organisations" in lines and "Events" in lines


def test_arrows_and_enter_open_each_record_in_its_section(qtbot: Any, controller: Any) -> None:
    window = controller.window
    box = window.search_box
    _type(qtbot, box, "Vipshop")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the first: the event
    settle(controller)
    first = selected_in(window.views["events"])
    assert window.current_key() == "events" and first is not None and "Vipshop" in first.title_en
    _type(qtbot, box, "Vipshop")
    qtbot.keyClick(box, Qt.Key.Key_Down)  # past the "Delegations" heading
    hit = _current(box)
    assert hit.kind == "delegation"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(controller)
    assert window.current_key() == "delegations"
    assert selected_in(window.views["delegations"]).id == hit.id
    assert not box.results.isVisible()
    _type(qtbot, box, "GDPD")
    for _ in range(3):  # one record only: the arrows stay on it
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    hit = _current(box)
    assert (hit.kind, hit.title("en")) == ("organisation",
                                           "Guangdong Provincial Public Security Department")
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    settle(controller)
    assert window.current_key() == "organisations"
    assert selected_in(window.views["organisations"]).code == "GDPSD"


def test_a_session_opens_its_event_and_a_person_the_people_section(qtbot: Any,
                                                                   controller: Any) -> None:
    window = controller.window
    with controller.db.write() as session:
        create_session(session, 2, title_en="Keynote on licensing",
                       title_zh_hant="授權主題演講", schedule=Schedule.timed(
                           datetime(2016, 8, 2, 9, 30), datetime(2016, 8, 2, 10, 0),
                           "Asia/Shanghai"))
    box = window.search_box
    lines = _type(qtbot, box, "授权主题")  # Simplified typed, Traditional stored
    assert lines[0] == "Sessions" and lines[1].startswith("Keynote on licensing")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(controller)
    assert window.current_key() == "events" and selected_in(window.views["events"]).id == 2
    lines = _type(qtbot, box, "陈")
    assert lines[0] == "People"
    person = _current(box)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(controller)
    qtbot.waitUntil(lambda: selected_in(window.views["people"]) is not None)
    assert window.current_key() == "people"
    assert selected_in(window.views["people"]).id == person.id


def test_ctrl_k_focuses_the_box_and_ctrl_f_does_where_the_section_has_no_filter(
        qtbot: Any, controller: Any) -> None:
    window = controller.window
    assert window.actions_["search_everything"].shortcut() == QKeySequence("Ctrl+K")
    assert window.actions_["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.show_section("calendar")
    settle(controller)
    window.actions_["find"].trigger()  # Calendar has no filter of its own
    assert QApplication.focusWidget() is window.search_box
    window.show_section("people")
    settle(controller)
    window.actions_["find"].trigger()
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "people_search")
    window.search_box.setText("GDPD")
    window.actions_["search_everything"].trigger()
    assert QApplication.focusWidget() is window.search_box
    assert window.search_box.selectedText() == "GDPD"  # typing replaces it
    qtbot.waitUntil(lambda: window.search_box.results.isVisible())
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.search_box.results.isVisible()


def test_the_query_runs_on_the_worker_and_stale_searches_are_dropped(
        qtbot: Any, controller: Any, monkeypatch: Any) -> None:
    threads: list[tuple[str, bool]] = []
    real = search_queries.search_everything

    def recording(session: Any, text: str, **kw: Any) -> Any:
        threads.append((text, threading.current_thread() is threading.main_thread()))
        return real(session, text, **kw)

    monkeypatch.setattr(search_queries, "search_everything", recording)
    box = controller.window.search_box
    box.setFocus()
    controller.runner.run(lambda _db, _p: threading.Event().wait(0.3))  # a busy worker
    for text in ("G", "GD", "GDP"):  # each superseded before the worker reaches it
        box.setText(text)
        box.search_now()
    box.setText("GDPD")
    box.search_now()
    qtbot.waitUntil(lambda: box.results.isVisible() and controller.runner.is_idle())
    assert threads and all(not on_ui for _text, on_ui in threads)
    assert {t for t, _ in threads} == {"GDPD"}
    assert _current(box).title("en") == "Guangdong Provincial Public Security Department"


def test_a_click_opens_a_record_and_the_list_stays_inside_a_small_window(qtbot: Any,
                                                                       controller: Any) -> None:
    window = controller.window
    window.resize(1024, 700)
    box = window.search_box
    _type(qtbot, box, "customs")
    results = box.results
    inside = window.rect()
    assert inside.contains(results.geometry()), (results.geometry(), inside)
    window.resize(1100, 600)
    qtbot.waitUntil(lambda: results.geometry().bottom() <= window.height())
    row = next(r for r in results.hit_rows() if results.item(r).data(HIT_ROLE).kind == "venue")
    venue = results.item(row).data(HIT_ROLE)
    results.scrollToItem(results.item(row))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                     pos=results.visualItemRect(results.item(row)).center())
    settle(controller)
    assert window.current_key() == "venues"
    assert selected_in(window.views["venues"]).id == venue.id


def test_an_itinerary_step_opens_its_delegation_with_the_step_selected(qtbot: Any,
                                                                      controller: Any) -> None:
    window = controller.window
    box = window.search_box
    _type(qtbot, box, "唯品会")  # Simplified; the demo's steps are named in both scripts
    while _current(box).kind != "itinerary":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    step = _current(box)
    assert step.parent is not None and step.subtitle("en").startswith(step.parent.name_en)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(controller)
    delegations = window.views["delegations"]
    assert window.current_key() == "delegations"
    assert selected_in(delegations).id == step.parent.id
    assert selected_in(delegations.itinerary).id == step.id
