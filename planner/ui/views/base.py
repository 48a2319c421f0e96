"""Shared pieces of the section views: the section base class, saving an edit, venues made
on the spot. The tables they show are planner.ui.widgets.tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView, QWidget

from planner.domain.changes import Changes
from planner.domain.errors import StaleVersionError
from planner.domain.kinds import RecordKind
from planner.operations import Outcome
from planner.store.conflicts import ConflictDetails, conflict_details
from planner.ui.context import UiContext
from planner.ui.models.base import RowTableModel

if TYPE_CHECKING:
    from planner.ui.dialogs.base import EditDialog


def save_edit(ctx: UiContext, dialog: EditDialog, *, text: str,
              op: Callable[..., Outcome[Any]], entity: str, ident: int, version: int,
              values: dict[str, Any], done: Callable[[Outcome[Any]], None]) -> None:
    """Run an update from an editor; if somebody saved first, offer reload or overwrite."""

    def failed(error: BaseException) -> None:
        if not isinstance(error, StaleVersionError):
            dialog.failed(error)
            return

        def show(details: ConflictDetails | None) -> None:
            def overwrite() -> None:
                assert details is not None  # offer_conflict offers no overwrite without it
                dialog.try_accept_with(lambda: ctx.perform(
                    text, op, ident, details.version, on_done=done, on_error=failed, **values))

            def reload() -> None:
                dialog.reject()
                ctx.data_changed.emit(Changes.everything())

            dialog.offer_conflict(error, details, values, reload, overwrite)

        ctx.runner.read(conflict_details, entity, ident, on_success=show,
                        on_failure=lambda _e: dialog.failed(error))

    ctx.perform(text, op, ident, version, on_done=done, on_error=failed, **values)


class SectionView(QWidget):
    """A section of the main window. `refresh()` reloads from the database."""

    selection_changed = Signal()
    title = ""
    # The kinds of record (planner.domain.changes) this section shows; None: all of them.
    CONCERNS: frozenset[str] | None = None

    def concerned_by(self, changes: Changes) -> bool:
        """Does a change make what this section shows out of date?"""
        return self.CONCERNS is None or changes.touches(self.CONCERNS)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload rows from the database (on the worker)."""

    def table(self) -> QTableView | None:
        """The main table of the section (for Find and CSV export)."""
        return None

    def search_box(self) -> QWidget | None:
        return None

    def new_item(self) -> None:
        """File > New in this section (a new event, delegation...)."""

    def edit_item(self) -> None:
        """Open the selected row in its editor."""

    def delete_item(self) -> None:
        """Delete the selected row (asks first; undoable)."""

    def open_id(self, kind: RecordKind, ident: int) -> bool:
        """Select the row with this id; True when this view shows that kind."""
        return False

    def export_model(self) -> RowTableModel[Any] | None:
        return None

    def selected_ref(self) -> tuple[RecordKind, int] | None:
        """What the selection is, for exports: ("event" | "delegation" | "programme", id)."""
        return None


def venue_creator(ctx: UiContext) -> Any:
    """What a VenuePicker calls to create a venue on the spot: shows the dialog, saves the venue
    as an undoable operation of its own, then puts it into the picker, chosen."""
    from planner.operations.venues import create_venue
    from planner.ui.text import tr

    def create(picker: Any, side: Any) -> None:
        from planner.ui.dialogs.venue_dialog import VenueDialog

        dialog = VenueDialog(None, ctx.ui_locale, picker, side=side)

        def save(values: dict[str, Any]) -> None:
            def done(outcome: Any) -> None:
                picker.add_venue(outcome.value)
                dialog.saved()

            ctx.perform(tr("VenuePicker", "Create venue"), create_venue, on_done=done,
                        on_error=dialog.failed, **values)

        dialog.submitted.connect(save)
        ctx.dialogs.show(dialog)

    return create
