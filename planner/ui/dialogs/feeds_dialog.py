"""File > Export > Calendar feeds: subscribable links, created, copied, rotated and revoked.

Every change runs through UiContext.perform, so Edit > Undo takes it back (undo of a rotation
brings the old token back). The dialog reloads on data_changed, which undo and redo emit too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.changes import Changes
from planner.feeds.publish import publish
from planner.feeds.tokens import example_settings
from planner.operations.calendar_feeds import create_feed, revoke_feed, rotate_feed, unrevoke_feed
from planner.store.calendar_queries import calendar_settings
from planner.store.calendar_rows import FeedRow
from planner.store.feed_queries import list_feeds
from planner.ui.context import UiContext
from planner.ui.models.feeds import FeedsModel, example_warning
from planner.ui.text import QT_TRANSLATE_NOOP, tr
from planner.ui.widgets.buttons import push_button
from planner.ui.widgets.tables import make_table, select_where, selected_row

Selection = tuple[str, int] | None
# What a feed can follow besides the whole programme (events have no feed of their own).
SELECTION_TEXT = {
    "delegation": QT_TRANSLATE_NOOP("FeedsDialog", "New feed for the selected &delegation"),
    "programme": QT_TRANSLATE_NOOP("FeedsDialog", "New feed for the selected &exchange programme"),
    "organisation": QT_TRANSLATE_NOOP("FeedsDialog", "New feed for the selected &organisation"),
    "person": QT_TRANSLATE_NOOP("FeedsDialog", "New feed for the selected &person")}
WARNING = QT_TRANSLATE_NOOP(
    "FeedsDialog", "A feed link works like a password: anyone who has it can read the calendar, "
    "without signing in. Share it only with its audience, and rotate or revoke it if it reaches "
    "anyone else. Calendar apps fetch subscribed feeds on their own schedule (Google Calendar "
    "only every several hours), so changes take a while to appear there.")
# Short steps, as each app words its menus in English (checked against their help pages).
SUBSCRIBE_STEPS = QT_TRANSLATE_NOOP(
    "FeedsDialog", "<b>To subscribe</b>, copy a link, then:<br>"
    "<b>Outlook</b>: Calendar, Add calendar, Subscribe from web (classic Outlook: Add Calendar, "
    "From Internet); paste the web link, Import.<br>"
    "<b>Google Calendar</b> (in a web browser): Other calendars, +, From URL; paste the web "
    "link, Add calendar.<br>"
    "<b>Apple Calendar</b>: File, New Calendar Subscription; paste the subscribe link, "
    "Subscribe (on an iPhone, tap the subscribe link).<br>"
    "Do not download the file and import it: that copies the events once and never updates.")


class FeedsDialog(QDialog):
    """Lists every feed with its links; `selection` is what the main window had selected."""

    # The feeds, their settings and the records they are scoped to.
    CONCERNS = frozenset({"delegation", "event", "feed", "item", "organisation", "programme",
                          "setting"})

    def __init__(self, ctx: UiContext, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selection = selection if selection and selection[0] in SELECTION_TEXT else None
        self.setObjectName("feeds_dialog")
        self.setWindowTitle(tr("FeedsDialog", "Calendar feeds"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.warning = QLabel(tr("FeedsDialog", WARNING))
        self.warning.setObjectName("feeds_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { border: 1px solid #c9a227; padding: 6px; }")
        layout.addWidget(self.warning)
        self.model = FeedsModel(self)
        self.view = make_table(self.model, "feeds_table", sortable=False)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.view, 1)
        self.example_note = QLabel(example_warning())
        self.example_note.setObjectName("feeds_example_warning")
        self.example_note.setWordWrap(True)
        self.example_note.setStyleSheet("QLabel { border: 1px solid #c0392b; padding: 6px; }")
        self.example_note.hide()
        layout.addWidget(self.example_note)
        layout.addWidget(self._links_box())
        self.steps = QLabel(tr("FeedsDialog", SUBSCRIBE_STEPS))
        self.steps.setObjectName("feeds_subscribe_steps")
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        layout.addLayout(self._create_row())
        layout.addLayout(self._change_row())
        self.message = QLabel()
        self.message.setObjectName("feeds_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._select_id: int | None = None
        ctx.data_changed.connect(self._data_changed)  # bound: dropped when the dialog goes
        self._selected()
        self.reload()

    # ----- building -------------------------------------------------------------------------
    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = push_button(text, name, lambda _checked=False: slot())
        return button

    def _links_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.https = QLineEdit()
        self.webcal = QLineEdit()
        for row, (name, edit, label, copy) in enumerate((
                ("https", self.https, tr("FeedsDialog", "Web link:"),
                 tr("FeedsDialog", "Copy &web link")),
                ("webcal", self.webcal, tr("FeedsDialog", "Subscribe link:"),
                 tr("FeedsDialog", "Copy &subscribe link")))):
            edit.setObjectName(f"feed_{name}")
            edit.setReadOnly(True)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)

            def copy_link(e: QLineEdit = edit) -> None:
                self.copy(e.text())

            grid.addWidget(self._button(f"copy_{name}", copy, copy_link), row, 2)
        return box

    def _create_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("feed_label")
        self.label_edit.setPlaceholderText(tr("FeedsDialog", "Name shown in calendar apps (optional)"))
        row.addWidget(self.label_edit, 1)
        row.addWidget(self._button("create_all", tr("FeedsDialog", "New feed for the &whole programme"),
                                   lambda: self.new_feed("all", None)))
        self.create_selected = self._button(
            "create_selected", tr("FeedsDialog", SELECTION_TEXT[self.selection[0]])
            if self.selection else tr("FeedsDialog", "New feed for the selection"),
            lambda: self.new_feed(*self.selection) if self.selection else None)
        self.create_selected.setEnabled(self.selection is not None)
        self.create_selected.setToolTip(tr(
            "FeedsDialog", "Select a delegation, exchange programme, organisation or person in the "
            "main window first."))
        row.addWidget(self.create_selected)
        return row

    def _change_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.rotate_button = self._button("rotate_feed", tr("FeedsDialog", "&Rotate link…"),
                                          self.rotate)
        self.revoke_button = self._button("revoke_feed", tr("FeedsDialog", "Re&voke…"), self.revoke)
        self.enable_button = self._button("enable_feed", tr("FeedsDialog", "&Enable again"),
                                          self.enable)
        for button in (self.rotate_button, self.revoke_button, self.enable_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ----- loading --------------------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(self.CONCERNS):
            self.reload()

    def reload(self) -> None:
        def loaded(result: tuple[list[FeedRow], dict[str, str]]) -> None:
            chosen = self._select_id if self._select_id is not None else \
                getattr(self.current(), "id", None)
            feeds, settings = result
            example = "feed_base_url" in example_settings(settings)
            self.model.set_feeds(feeds, settings["feed_base_url"], example)
            self.example_note.setVisible(example)
            if chosen is not None:
                select_where(self.view, lambda f: f.id == chosen)
            self._select_id = None
            self._selected()

        self.ctx.runner.read(lambda s: (list_feeds(s), calendar_settings(s)),
                             on_success=loaded, on_failure=self._failed)

    def current(self) -> FeedRow | None:
        return selected_row(self.view)

    def _selected(self) -> None:
        feed = self.current()
        shown = self.model.links_of(feed) if feed is not None else {"url": "", "webcal": ""}
        self.https.setText(shown["url"])
        self.webcal.setText(shown["webcal"])
        warn = self.model.example and feed is not None  # on every link shown until then
        for edit in (self.https, self.webcal):
            edit.setToolTip(example_warning() if warn else "")
            edit.setStyleSheet("QLineEdit { color: #c0392b; }" if warn else "")
        self.rotate_button.setEnabled(feed is not None and feed.active)
        self.revoke_button.setEnabled(feed is not None and feed.active)
        self.enable_button.setEnabled(feed is not None and not feed.active)

    # ----- actions --------------------------------------------------------------------------
    def copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.setText(tr("FeedsDialog", "Link copied. Treat it like a password."))
            if self.model.example:
                self.message.setText(self.message.text() + " " + example_warning())

    def new_feed(self, scope: str, target_id: int | None) -> None:
        label = self.label_edit.text().strip() or None
        self._perform(tr("FeedsDialog", "New calendar feed"), create_feed, scope, target_id, label)
        self.label_edit.clear()

    def rotate(self) -> None:
        feed = self.current()
        if feed is None or not self.ctx.dialogs.confirm(self, tr("FeedsDialog", "Rotate link"), tr(
                "FeedsDialog", "Give this feed a new link? The old link stops working, and "
                "everyone subscribed must subscribe again with the new one.")):
            return
        self._perform(tr("FeedsDialog", "Rotate feed link"), rotate_feed, feed.id, feed.version)

    def revoke(self) -> None:
        feed = self.current()
        if feed is None or not self.ctx.dialogs.confirm(self, tr("FeedsDialog", "Revoke feed"), tr(
                "FeedsDialog", "Revoke this feed? Its link stops working for everyone.")):
            return
        self._perform(tr("FeedsDialog", "Revoke feed"), revoke_feed, feed.id, feed.version)

    def enable(self) -> None:
        feed = self.current()
        if feed is not None:
            self._perform(tr("FeedsDialog", "Enable feed"), unrevoke_feed, feed.id, feed.version)

    def _perform(self, text: str, op: Callable[..., Any], *args: Any) -> None:
        def done(outcome: Any) -> None:  # data_changed follows and reloads
            self._select_id = outcome.value.id
            self.message.clear()

        self.ctx.perform(text, op, *args, on_done=done, on_error=self._failed, parent=self)

    def _failed(self, error: BaseException) -> None:
        """A refusal (e.g. a person's feed for a minor) in the dialog and as a message."""
        self.message.setText(self.ctx.message(error))
        self.ctx.show_error(self, error)


def open_feeds(ctx: UiContext, parent: QWidget, selection: Selection) -> FeedsDialog:
    """Open the Feeds dialog for what the main window has selected."""
    dialog = FeedsDialog(ctx, selection, parent)
    ctx.dialogs.show(dialog)
    return dialog


def publish_feeds(ctx: UiContext, parent: QWidget) -> None:
    """File > Publish feeds to a folder: the command line's `feeds publish`, on the worker."""
    folder = ctx.dialogs.choose_folder(parent, tr("FeedsDialog", "Publish feeds to a folder"))
    if not folder:
        return

    def job(db: Any, progress: Any) -> Any:
        return publish(db, folder, progress)

    def done(report: Any) -> None:
        ctx.dialogs.info(parent, tr("FeedsDialog", "Feeds published"), tr(
            "FeedsDialog", "Published into {0}: {1} written, {2} unchanged, {3} removed, {4} "
            "skipped. Upload the folder's .ics files to the feeds' address.").format(
            folder, len(report.written), len(report.unchanged), report.removed,
            len(report.skipped)))

    ctx.runner.run(job, on_success=done, on_failure=lambda e: ctx.show_error(parent, e),
                   label=tr("FeedsDialog", "Publishing feeds…"))
