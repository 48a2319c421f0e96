"""A form whose fields can show the validation problems the domain reports, beside each field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem

# Problems about these fields are shown at another field's row.
FIELD_ALIASES = {"start": "schedule", "end": "schedule", "timezone": "schedule",
                 "guardian_consent": "status"}
# A name or title in one language stands for the others ("Give a title in at least one
# language" is shown at the English one): typing any of them corrects the problem.
LANGUAGES = ("_en", "_zh_hant", "_zh_hans", "_zh")

W = TypeVar("W", bound=QWidget)  # add_field gives back the very widget it was given


def same_text(name: str) -> str:
    """The field without its language: title_zh_hant -> title."""
    return next((name[:-len(s)] for s in LANGUAGES if name.endswith(s)), name)


def change_signals(widget: QWidget) -> list[object]:
    """The signals that say the user changed this field (or an input inside it)."""
    found: list[object] = []
    for w in (widget, *widget.findChildren(QWidget)):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append(w.textChanged)
        elif isinstance(w, QComboBox):
            found.append(w.currentIndexChanged)
        elif isinstance(w, QDateTimeEdit):
            found.append(w.dateTimeChanged)
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            found.append(w.valueChanged)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            found.append(w.toggled)
    return found


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = QLabel()
        self.general.setObjectName("form_error_general")
        self.general.setStyleSheet("color: #b00020;")
        self.general.setWordWrap(True)
        self.general.hide()
        self.addRow(self.general)

    def add_field(self, name: str, label: str, widget: W) -> W:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.addRow(label, holder)
        self._errors[name] = error
        self._widgets[name] = widget
        for signal in change_signals(widget):  # the error goes once the field is corrected
            signal.connect(lambda *_a, n=name: self.field_changed(n))  # type: ignore[attr-defined]
        return widget

    def field_changed(self, name: str) -> None:
        """The user changed a field: its problem (and its other languages') is out of date."""
        for other, label in self._errors.items():
            if not label.isHidden() and (other == name or same_text(other) == same_text(name)):
                label.clear()
                label.hide()

    def field_widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_problems(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def show_problems(self, problems: Iterable[Problem], render: Callable[[Problem], str]) -> None:
        self.clear_problems()
        general: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            name = FIELD_ALIASES.get(problem.field or "", problem.field or "")
            label = self._errors.get(name)
            if label is None:
                general.append(render(problem))
                continue
            label.setText((label.text() + "\n" if label.text() else "") + render(problem))
            label.show()
            first = first or self._widgets[name]
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        if first is not None:
            first.setFocus()
