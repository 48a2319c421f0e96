"""An editing dialog: OK validates in the domain first, then asks its owner to save.

The dialog stays open while the save runs on the worker; problems (validation or a stale
version) appear beside the fields and nothing is written; success closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.messages import FIELD_LABELS
from planner.i18n import gettext, render
from planner.ui.text import tr
from planner.ui.widgets.form import FieldForm


class EditDialog(QDialog):
    """Subclasses define collect(): read the widgets into the values to save, raising
    ValidationError for bad input."""

    submitted = Signal(object)  # the values to save
    collect: Callable[[], Any]

    def __init__(self, title: str, locale: str = "en", parent: QWidget | None = None,
                 embed_form: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ui_locale = locale
        self.form = FieldForm()
        self.layout_ = QVBoxLayout(self)
        if embed_form:  # otherwise the subclass puts the form where it wants (e.g. a tab)
            # The form goes on a page of its own: nesting this parentless form layout with
            # addLayout() segfaulted when the dialog was shown (PySide6 6.11 and 6.12).
            page = QWidget()
            page.setLayout(self.form)
            self.layout_.addWidget(page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.reload_button = self.buttons.addButton(tr("EditDialog", "&Reload theirs"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setObjectName("conflict_reload")
        self.overwrite_button = self.buttons.addButton(tr("EditDialog", "O&verwrite with mine"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.overwrite_button.setObjectName("conflict_overwrite")
        for button in (self.reload_button, self.overwrite_button):
            button.hide()
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self._saving = False

    def try_accept(self) -> None:
        if self._saving:
            return
        self.reload_button.hide()
        self.overwrite_button.hide()
        self.form.clear_problems()
        try:
            values = self.collect()
        except ValidationError as error:
            self.show_error(error)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.submitted.emit(values)

    def try_accept_with(self, save: Callable[[], None]) -> None:
        """Save again through `save` (the overwrite after a conflict)."""
        self.reload_button.hide()
        self.overwrite_button.hide()
        self._saving = True
        self.buttons.setEnabled(False)
        save()

    def saved(self) -> None:
        """The owner's save succeeded."""
        self._saving = False
        self.accept()

    def failed(self, error: BaseException) -> None:
        """The owner's save was refused: show why and stay open."""
        self._saving = False
        self.buttons.setEnabled(True)
        self.show_error(error)

    def offer_conflict(self, error: BaseException, details: Any, ours: dict[str, Any],
                       reload: Callable[[], None], overwrite: Callable[[], None]) -> None:
        """Somebody saved first: show both versions; the user reloads theirs or overwrites."""
        self.failed(error)
        if details is None:
            return
        lines = [self.form.general.text(), ""]
        for diff in details.differences(ours):
            name = gettext(FIELD_LABELS.get(diff.field, diff.field), self.ui_locale)
            lines.append(tr("EditDialog", "{0}: theirs “{1}”, yours “{2}”").format(
                name, "" if diff.theirs is None else diff.theirs,
                "" if diff.ours is None else diff.ours))
        self.form.general.setText("\n".join(lines).strip())
        for button, action in ((self.reload_button, reload), (self.overwrite_button, overwrite)):
            try:
                button.clicked.disconnect()
            except (RuntimeError, TypeError):
                pass
            button.clicked.connect(action)
            button.show()

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, PlannerError):
            self.form.show_problems(error.problems, lambda p: render(p, self.ui_locale))
        else:
            self.form.general.setText(str(error))
            self.form.general.show()
