"""Cancel (Escape, the close button) asks first when rows typed into a dialog's tables would be
lost: a seminar's agenda or a delegation's contacts are more work than a field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from planner.ui.text import tr

Confirm = Callable[[QWidget, str, str], bool]  # DialogService.confirm


class ConfirmDiscard:
    """Mixed into an EditDialog; the owner sets `confirm` (the dialog service's)."""

    confirm: Confirm | None = None

    def unsaved_rows(self) -> str:
        """What would be lost, in words ("" when nothing)."""
        return ""

    def reject(self) -> None:
        lost = self.unsaved_rows() if not getattr(self, "_saving", False) else ""
        if lost and self.confirm is not None and not self.confirm(
                self, tr("ConfirmDiscard", "Discard changes?"),  # type: ignore[arg-type]
                tr("ConfirmDiscard", "{0} are saved only when you press OK. Close without "
                   "saving them?").format(lost)):
            return
        super().reject()  # type: ignore[misc]

    def discard(self) -> None:
        """Close without asking (the organiser chose to reload what others saved)."""
        QDialog.reject(self)  # type: ignore[arg-type]
