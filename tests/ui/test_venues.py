"""Venues edited through the window: the dialog driven as an organiser would, every write read
back from the database, and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from planner.domain.enums import Side
from planner.store import record_queries
from tests.ui.conftest import accept_dialog, selected_in, settle


def test_venue_create_edit_delete_and_undo(window, controller, dialogs) -> None:
    view = window.show_section("venues")
    settle(controller)
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert len(shown) == 35 and shown == sorted(shown, key=str.casefold)  # A to Z by name
    window.actions_["new_item"].trigger()
    dialog = dialogs.last("venue_dialog")
    dialog.findChild(QLineEdit, "name_en").setText("Nansha IP Service Centre")
    dialog.findChild(QLineEdit, "name_zh_hans").setText("南沙知识产权服务中心")
    dialog.side.setCurrentIndex(dialog.side.findData(Side.GUANGDONG.value))
    dialog.findChild(QLineEdit, "city").setText("Guangzhou (Nansha)")
    dialog.capacity.setValue(120)
    dialog.exclusive.setChecked(True)
    accept_dialog(controller, dialog)
    created = selected_in(view)
    assert created is not None and created.name_en == "Nansha IP Service Centre"
    with controller.db.read() as session:
        stored = record_queries.get_venue(session, created.id)
    assert (stored.side, stored.timezone, stored.capacity, stored.exclusive) == \
        (Side.GUANGDONG, "Asia/Shanghai", 120, True)
    assert "Capacity: 120" in view.detail.toPlainText()
    assert window.current_view().selected_ref() == ("venue", created.id)
    # edit through the same dialog: double-click opens it
    view.view.doubleClicked.emit(view.view.currentIndex())
    editing = dialogs.last("venue_dialog")
    assert editing is not dialog and editing.capacity.value() == 120
    editing.capacity.setValue(150)
    accept_dialog(controller, editing)
    with controller.db.read() as session:
        assert record_queries.get_venue(session, created.id).capacity == 150
    # delete asks first, and is undone
    dialogs.confirm_answers.append(True)
    window.actions_["delete_item"].trigger()
    settle(controller)
    assert created.id not in [v.id for v in view.model.rows()]
    with controller.db.read() as session:
        assert created.id not in [v.id for v in record_queries.list_venues(session)]
    window.actions_["undo"].trigger()
    settle(controller)
    with controller.db.read() as session:
        assert record_queries.get_venue(session, created.id).capacity == 150
    assert created.id in [v.id for v in view.model.rows()]


def test_venue_edit_conflict_offers_both_versions(window, controller, dialogs) -> None:
    from planner.operations.venues import update_venue

    view = window.show_section("venues")
    settle(controller)
    view.view.selectRow(0)
    target = selected_in(view)
    window.actions_["edit_item"].trigger()
    dialog = dialogs.last("venue_dialog")
    with controller.db.write() as session:  # another organiser saves first
        update_venue(session, target.id, target.version, capacity=80)
    dialog.capacity.setValue(300)
    dialog.try_accept()
    settle(controller)
    assert dialog.isVisible() and "was changed by" in dialog.form.general.text()
    assert dialog.overwrite_button.isVisible()
    dialog.reject()


def test_open_venue_by_id_and_feeds_ignore_a_venue_selection(window, controller) -> None:
    with controller.db.read() as session:
        venue = record_queries.list_venues(session)[5]
    window.open_item("venue", venue.id)
    settle(controller)
    assert window.current_key() == "venues"
    assert selected_in(window.current_view()).id == venue.id
    window.actions_["calendar_feeds"].trigger()  # no feed of a venue: no selection offered
    settle(controller)
    assert not window.feeds_dialog.create_selected.isEnabled()
    window.feeds_dialog.close()


def test_venues_model(qapp, qtmodeltester, demo_db) -> None:
    from planner.ui.models.tables import VenuesModel

    with demo_db.read() as session:
        venues = record_queries.list_venues(session)
    model = VenuesModel()
    model.set_rows(venues)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "City", "Side", "Time zone", "Capacity", "Exclusive"]
    row = model.find(lambda v: v.side == Side.GUANGDONG)
    assert model.index(row, 2).data() == "Guangdong"
    assert model.index(row, 3).data() == "Asia/Shanghai"
