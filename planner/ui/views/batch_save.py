"""Saving a dialog's record with its child rows as one batch (one write, one undo step).

Somebody else may have saved first. When that is the record itself, the dialog offers what
save_edit offers: reload theirs, or overwrite with mine (the same batch at their version). When
it is one of the child rows (a session, a contact, a travel document), overwriting would undo
their change behind their back, so only "Reload theirs" is offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.domain.changes import Changes
from planner.domain.errors import StaleVersionError
from planner.operations.base import run_batch
from planner.store.conflicts import conflict_details
from planner.ui.context import UiContext

Steps = Callable[[int | None], list[dict[str, Any]]]  # the batch at a version of the record


def offer_reload(ctx: UiContext, dialog: Any, error: BaseException) -> None:
    """Show why the save was refused, with only "Reload theirs" beside it."""
    dialog.failed(error)

    def reload() -> None:
        getattr(dialog, "discard", dialog.reject)()
        ctx.data_changed.emit(Changes.everything())

    try:
        dialog.reload_button.clicked.disconnect()
    except (RuntimeError, TypeError):
        pass
    dialog.reload_button.clicked.connect(reload)
    dialog.reload_button.show()
    dialog.overwrite_button.hide()


def save_batch(ctx: UiContext, dialog: Any, text: str, steps: Steps, entity: str, ident: int,
               values: dict[str, Any], done: Callable[[Any], None]) -> None:
    """Run `steps(None)` as one undoable batch; on a stale record offer reload or overwrite
    (`steps(their version)`), on a stale child row reload only."""

    def failed(error: BaseException) -> None:
        if not isinstance(error, StaleVersionError):
            dialog.failed(error)
            return
        params = error.problems[0].params
        if params.get("entity") != entity or params.get("id") != ident:
            offer_reload(ctx, dialog, error)
            return

        def show(details: Any) -> None:
            def overwrite() -> None:
                dialog.try_accept_with(lambda: ctx.perform(
                    text, run_batch, steps(details.version), on_done=done, on_error=failed))

            def reload() -> None:
                getattr(dialog, "discard", dialog.reject)()
                ctx.data_changed.emit(Changes.everything())

            dialog.offer_conflict(error, details, values, reload, overwrite)

        ctx.runner.read(conflict_details, entity, ident, on_success=show,
                        on_failure=lambda _e: dialog.failed(error))

    ctx.perform(text, run_batch, steps(None), on_done=done, on_error=failed)


def edit_in_batch(ctx: UiContext, dialog: Any, row: Any, entity: str, texts: tuple[str, str],
                  on_saved: Callable[[Any], None]) -> None:
    """Show `dialog`; its OK creates a record (row None) or edits `row` as the dialog's batch,
    undo text `texts[0]` or `texts[1]`. `on_saved(outcome)` runs before the dialog closes."""

    def save(values: dict[str, Any]) -> None:
        def done(outcome: Any) -> None:
            on_saved(outcome)
            dialog.saved()

        if row is None:
            ctx.perform(texts[0], run_batch, dialog.batch(values), on_done=done,
                        on_error=dialog.failed)
        else:
            save_batch(ctx, dialog, texts[1], lambda version: dialog.batch(values, version),
                       entity, row.id, values, done)

    dialog.submitted.connect(save)
    ctx.dialogs.show(dialog)


def delete_after_asking(ctx: UiContext, parent: Any, row: Any, title: str, question: str,
                        op: Callable[..., Any]) -> None:
    """Ask `question` about `row`, then delete it with `op` (undoable, undo text `title`)."""
    if row is not None and ctx.dialogs.confirm(parent, title, question):
        ctx.perform(title, op, row.id, row.version, parent=parent)
