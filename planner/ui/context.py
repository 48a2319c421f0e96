"""What every view and dialog shares: the worker, dialogs, undo history and change notices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.checks.findings import Finding
from planner.domain.changes import Changes
from planner.domain.errors import PlannerError
from planner.i18n import render_error
from planner.operations import Outcome
from planner.operations.base import tracked
from planner.ui.dialog_service import DialogService
from planner.ui.tasks import TaskRunner
from planner.ui.text import tr
from planner.ui.undo import OperationCommand, UndoHistory


class UiContext(QObject):
    # After any successful write (or undo/redo), with what it touched (a Changes): each view,
    # panel and dialog reloads only when that concerns it.
    data_changed = Signal(object)
    status_message = Signal(str)
    open_item = Signal(str, int)  # ("event" | "delegation" | "itinerary" | ..., id)
    create_item = Signal(str, object)  # ("event", the Schedule to start from)
    findings_changed = Signal()  # the planning checks ran again; see `markers(kind)`

    def __init__(self, runner: TaskRunner, dialogs: DialogService, locale: str = "en",
                 history: UndoHistory | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.dialogs = dialogs
        self.ui_locale = locale
        if history is None:
            history = UndoHistory(runner, self)
        else:  # a previous window's (rebuilt in another language): undone through this one,
            history.setParent(self)  # and owned by it (the old window is deleted)
            history.adopt(runner, self._replayed, self._replay_failed)
        self.history = history
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.findings_changed.emit()

    def markers(self, kind: str) -> dict[int, tuple[bool, str]]:
        """Row markers for a table of `kind`: id -> (any error, the messages as a tooltip)."""
        out: dict[int, tuple[bool, list[str]]] = {}
        for found in self.findings:
            for item in {(i.kind, i.id) for i in found.items}:
                if item[0] == kind:
                    error, messages = out.get(item[1], (False, []))
                    out[item[1]] = (error or found.severity.value == "error",
                                    messages + [found.message])
        return {ident: (error, "\n".join(messages)) for ident, (error, messages) in out.items()}

    def perform(self, text: str, op: Callable[..., Outcome[Any]], *args: Any,
                on_done: Callable[[Outcome[Any]], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None,
                parent: QWidget | None = None, **kwargs: Any) -> None:
        """Run an operation on the worker; once it succeeded, push it on the undo stack."""

        def success(outcome: Outcome[Any]) -> None:
            self.history.push(OperationCommand(text, self.runner, outcome.undo,
                                               self._replayed, self._replay_failed,
                                               outcome.changes, self.history))
            if on_done is not None:  # first, so views know what to select when they reload
                on_done(outcome)
            self.status_message.emit(text)
            self.data_changed.emit(outcome.touched)

        def failure(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            else:
                self.show_error(parent, error)
            if getattr(error, "code", None) == "db_commit_uncertain":
                self.data_changed.emit(Changes.everything())  # what the server holds, before a retry

        self.runner.write(tracked, op, *args, on_success=success, on_failure=failure, **kwargs)

    def message(self, error: BaseException) -> str:
        if isinstance(error, PlannerError):
            return render_error(error, self.ui_locale)
        return str(error) or type(error).__name__

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        if getattr(error, "code", None) == "db_commit_uncertain":
            title = tr("UiContext", "Perhaps not saved")
        elif isinstance(error, PlannerError):
            title = tr("UiContext", "Not saved")
        else:
            title = tr("UiContext", "Something went wrong")
        self.dialogs.error(parent, title, self.message(error))

    def _replayed(self, outcome: Outcome[Any]) -> None:
        self.data_changed.emit(outcome.touched)  # what the undone (or redone) op touched

    def _replay_failed(self, error: BaseException) -> None:
        # The history no longer matches the database (someone changed it): start afresh.
        self.history.clear()
        self.show_error(None, error)
        self.data_changed.emit(Changes.everything())
