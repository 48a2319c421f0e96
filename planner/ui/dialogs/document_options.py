"""The choices the command line offers for a printed document, asked before it is made.

Which choices apply depends on the document (as `export ...` has them); each is remembered per
document for next time, except printing travel document numbers and dates of birth: those
start unticked every time, are recorded in the audit log when ticked, and say so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from planner.i18n import gettext
from planner.operations.documents import Document, document, documents
from planner.operations.documents.options import SENSITIVE_NOTE, DocumentOption, OptionKind

DEFAULT_LANG = {"en": "bi", "zh_HK": "zh-hk", "zh_CN": "zh-cn"}


def window_options(doc: Document) -> list[DocumentOption]:
    """What the window asks, in its order: the year, the language and order, the rest."""
    asked = [o for o in doc.all_options if o.in_window]
    first = [o for o in asked if o.kind is OptionKind.YEAR]
    common = [o for o in asked if o.name in ("lang", "order")]
    return first + common + [o for o in asked if o not in first and o not in common]


# Which choices each document has (the `export` command's options, see docs/cli.md).
CHOICES: dict[str, tuple[str, ...]] = {
    doc.key: tuple(o.name for o in window_options(doc)) for doc in documents()}


class DocumentOptions(QDialog):
    """Asks the options of document `kind` (a registry key) as the registry describes them;
    `choices()` reads them once accepted."""

    def __init__(self, kind: str, title: str, settings: QSettings, ui_locale: str,
                 parent: QWidget | None = None, *, years: list[str] | None = None,
                 layouts: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_options")
        self.setWindowTitle(title)
        self.kind = kind
        self.settings = settings
        self.ui_locale = ui_locale
        self.options = window_options(document(kind))
        self.wanted = tuple(o.name for o in self.options)
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        given = {"year": [(y, y) for y in years or []]}
        if layouts is not None:
            given["layout"] = [(x, x) for x in layouts]
        defaults = {"lang": DEFAULT_LANG.get(ui_locale, "bi"), "year": (years or [""])[0]}
        for option in self.options:
            widget = self._widget(option, given.get(option.name))
            widget.setObjectName(option.name)
            self.fields[option.name] = widget
            self._set(option.name, self._remembered(option, defaults.get(option.name,
                                                                          option.default)))
        if any(o.sensitive for o in self.options):
            note = QLabel(self._text(SENSITIVE_NOTE))
            note.setWordWrap(True)
            self.form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    # widgets --------------------------------------------------------------------------------
    def _text(self, source: str) -> str:
        return gettext(source, self.ui_locale)  # the core catalogue: the registry's words

    def _widget(self, option: DocumentOption, items: list[tuple[str, str]] | None) -> QWidget:
        if option.kind is OptionKind.FLAG:
            return self._check(self._text(option.label))
        if option.kind is OptionKind.COUNT:
            return self._count(option)
        if items is None:
            items = list(option.choices()) if option.choices else []
        return self._combo(self._text(option.label),
                           [(value, self._text(text) if text else value)
                            for value, text in items])

    def _combo(self, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        self.form.addRow(label, combo)
        return combo

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        self.form.addRow(box)
        return box

    def _count(self, option: DocumentOption) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, option.maximum)
        if option.tooltip:
            spin.setToolTip(self._text(option.tooltip))
        self.form.addRow(self._text(option.label), spin)
        return spin

    def _set(self, name: str, value: object) -> None:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(str(value))))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))  # type: ignore[call-overload]
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))

    def _get(self, name: str) -> object:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    # remembering ----------------------------------------------------------------------------
    def _key(self, name: str) -> str:
        return f"documents/{self.kind}/{name}"

    def _remembered(self, option: DocumentOption, default: object) -> object:
        if not option.remembered:
            return default
        value = self.settings.value(self._key(option.name), default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return default
        return value

    def save(self) -> None:
        for option in self.options:
            if option.remembered:
                self.settings.setValue(self._key(option.name), self._get(option.name))
        self.settings.sync()
        self.accept()

    def choices(self) -> dict[str, Any]:
        """The values asked, by option name (the registry's `Request.values`)."""
        return {name: self._get(name) for name in self.wanted}
