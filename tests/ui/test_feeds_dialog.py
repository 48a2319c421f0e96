"""File > Export > Calendar feeds: create, see the links, copy, rotate (undoable) and revoke."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from planner.store.feed_queries import list_feeds
from planner.store.models import Person
from planner.ui.app import Controller
from planner.ui.dialogs.feeds_dialog import FeedsDialog
from planner.ui.main_window import MainWindow
from planner.ui.widgets.tables import select_where
from tests.ui.conftest import FakeDialogs, settle

BASE = "https://planner.gdhk-ip.example/feeds/"  # the default feed base URL of the demo


def _feeds(controller: Controller) -> list:
    assert controller.db is not None
    with controller.db.read() as session:
        return list_feeds(session)


def _open(window: MainWindow, controller: Controller, dialogs: FakeDialogs) -> FeedsDialog:
    window.actions_["calendar_feeds"].trigger()
    settle(controller)
    dialog = dialogs.last("feeds_dialog")
    assert isinstance(dialog, FeedsDialog)
    return dialog


def _select(dialog: FeedsDialog, feed_id: int) -> None:
    rows = [dialog.model.row_at(r).id for r in range(dialog.model.rowCount())]
    dialog.view.selectRow(rows.index(feed_id))


def test_feed_for_the_whole_programme_shows_its_links_and_warns(
        window: MainWindow, controller: Controller, dialogs: FakeDialogs) -> None:
    assert "calendar_feeds" in [a.objectName() for a in window.export_menu.actions()]
    dialog = _open(window, controller, dialogs)
    assert "works like a password" in dialog.warning.text()
    assert "Google" in dialog.warning.text() and "several hours" in dialog.warning.text()
    dialog.label_edit.setText("Programme 2016-17")
    dialog.findChild(type(dialog.rotate_button), "create_all").click()
    settle(controller)
    [feed] = _feeds(controller)
    assert (feed.scope, feed.target_id, feed.label, feed.active) == ("all", None,
                                                                      "Programme 2016-17", True)
    assert dialog.model.rowCount() == 1 and dialog.current() == feed  # the new feed is selected
    assert dialog.https.text() == f"{BASE}{feed.token}.ics"
    assert dialog.webcal.text() == f"webcal://planner.gdhk-ip.example/feeds/{feed.token}.ics"
    dialog.findChild(type(dialog.rotate_button), "copy_webcal").click()
    assert QGuiApplication.clipboard().text() == dialog.webcal.text()


def test_feed_for_the_selected_delegation(window: MainWindow, controller: Controller,
                                          dialogs: FakeDialogs) -> None:
    view = window.show_section("delegations")
    settle(controller)
    view.table().selectRow(0)
    settle(controller)
    kind, ident = view.selected_ref()
    assert kind == "delegation"
    dialog = _open(window, controller, dialogs)
    assert dialog.create_selected.isEnabled()
    assert "delegation" in dialog.create_selected.text().replace("&", "")
    dialog.create_selected.click()
    settle(controller)
    [feed] = _feeds(controller)
    assert (feed.scope, feed.target_id) == ("delegation", ident)
    assert dialog.model.data(dialog.model.index(0, 0)) == "Delegation"
    assert dialog.model.data(dialog.model.index(0, 1))  # the delegation's name
    assert dialog.https.text().endswith(f"/{feed.token}.ics")
    assert dialog.webcal.text().startswith("webcal://")


def test_rotate_changes_the_token_and_undo_brings_it_back_then_revoke(
        window: MainWindow, controller: Controller, dialogs: FakeDialogs) -> None:
    dialog = _open(window, controller, dialogs)
    dialog.new_feed("all", None)
    settle(controller)
    [first] = _feeds(controller)
    _select(dialog, first.id)
    old_link = dialog.https.text()
    dialogs.confirm_answers = [True]
    dialog.rotate_button.click()
    settle(controller)
    [rotated] = _feeds(controller)
    assert rotated.token != first.token
    assert dialog.https.text() == f"{BASE}{rotated.token}.ics" != old_link

    window.actions_["undo"].trigger()
    settle(controller)
    [undone] = _feeds(controller)
    assert undone.token == first.token
    assert dialog.https.text() == old_link  # the dialog reloaded on the undo

    dialogs.confirm_answers = [False]  # asked first: "no" changes nothing
    dialog.revoke_button.click()
    settle(controller)
    assert _feeds(controller)[0].active
    dialogs.confirm_answers = [True]
    dialog.revoke_button.click()
    settle(controller)
    [revoked] = _feeds(controller)
    assert not revoked.active and revoked.token == first.token
    assert dialog.model.data(dialog.model.index(0, 3)) == "Revoked"
    assert dialog.enable_button.isEnabled() and not dialog.rotate_button.isEnabled()
    window.actions_["undo"].trigger()
    settle(controller)
    assert _feeds(controller)[0].active


def test_a_minor_gets_no_feed_and_the_dialog_says_why(
        window: MainWindow, controller: Controller, dialogs: FakeDialogs) -> None:
    assert controller.db is not None
    with controller.db.read() as session:
        minor, name = session.execute(select(Person.id, Person.name_en).where(
            Person.is_minor.is_(True), Person.deleted_at.is_(None))).first()
    people = window.show_section("people")
    settle(controller)
    people.search.setText(name)  # the list loads in pages: find the person first
    people.model.set_filter(name)
    settle(controller)
    assert select_where(people.view, lambda p: p.id == minor)
    settle(controller)
    assert window.current_view().selected_ref() == ("person", minor)
    dialog = _open(window, controller, dialogs)
    dialog.create_selected.click()
    settle(controller)
    assert _feeds(controller) == []
    assert dialogs.errors and "minor" in dialogs.errors[-1][1]
    assert "minor" in dialog.message.text()
    assert dialog.isVisible()


def test_example_address_warned_on_links_until_set_in_preferences_then_publish(
        window: MainWindow, controller: Controller, dialogs: FakeDialogs, tmp_path) -> None:
    from planner.feeds.tokens import example_settings
    from planner.store.calendar_queries import calendar_settings

    dialog = _open(window, controller, dialogs)
    dialog.findChild(type(dialog.rotate_button), "create_all").click()
    settle(controller)
    [feed] = _feeds(controller)
    _select(dialog, feed.id)
    # Still the example address: said above the links and on every link shown.
    assert dialog.example_note.isVisibleTo(dialog) and "Preferences" in dialog.example_note.text()
    assert dialog.https.text().startswith(BASE) and "example" in dialog.https.toolTip()
    link = dialog.model.index(0, dialog.model.LINK)
    assert link.data().startswith("⚠") and "example" in link.data(3)  # 3: the tooltip role
    steps = dialog.steps.text()
    assert all(app in steps for app in ("Outlook", "Google Calendar", "Apple Calendar"))

    window.actions_["preferences"].trigger()
    settle(controller)
    prefs = dialogs.last("preferences_dialog")
    assert prefs.feed_edits["feed_base_url"].text() == BASE
    assert "example" in prefs.feed_warning.text()
    prefs.feed_edits["feed_base_url"].setText("no address")
    prefs.save()
    settle(controller)
    assert prefs.feed_error.text() and prefs.isVisible()  # refused, said, and still open
    prefs.feed_edits["feed_base_url"].setText("https://calendar.gdhk.gov.hk/feeds/")
    prefs.feed_edits["uid_domain"].setText("gdhk.gov.hk")
    assert prefs.feed_warning.text() == ""
    prefs.save()
    settle(controller)
    assert not prefs.isVisible()
    with controller.db.read() as session:
        stored = calendar_settings(session)
    assert stored == {"uid_domain": "gdhk.gov.hk",
                      "feed_base_url": "https://calendar.gdhk.gov.hk/feeds/"}
    assert example_settings(stored) == []
    _select(dialog, feed.id)
    assert not dialog.example_note.isVisibleTo(dialog)
    assert dialog.https.text() == f"https://calendar.gdhk.gov.hk/feeds/{feed.token}.ics"
    assert dialog.https.toolTip() == "" and not dialog.model.index(0, 4).data().startswith("⚠")
    window.actions_["undo"].trigger()  # the UID domain back, then the address
    settle(controller)
    window.actions_["undo"].trigger()
    settle(controller)
    _select(dialog, feed.id)
    assert dialog.example_note.isVisibleTo(dialog)

    assert "publish_feeds" in [a.objectName() for a in window.menuBar().actions()[0].menu()
                               .actions()]
    dialogs.folder_paths.append(str(tmp_path / "site"))
    window.actions_["publish_feeds"].trigger()
    settle(controller)
    written = (tmp_path / "site" / f"{feed.token}.ics").read_text(encoding="utf-8")
    assert written.startswith("BEGIN:VCALENDAR") and "METHOD:PUBLISH" in written
    assert "1 written" in dialogs.infos[-1][1]
