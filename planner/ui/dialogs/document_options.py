"""The choices the command line offers for a printed document, asked before it is made.

Which choices apply depends on the document (as `export ...` has them); each is remembered per
document for next time, except printing travel document numbers and dates of birth: those
start unticked every time, are recorded in the audit log when ticked, and say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QSpinBox, QWidget)

from planner.domain.limits import BLANK_ROWS_MAX
from planner.ui.text import tr

# Which choices each document has (the `export` command's options, see docs/cli.md).
CHOICES: dict[str, tuple[str, ...]] = {
    "itinerary": ("lang", "order", "page_per_day"),
    "sign_in_sheet": ("lang", "order", "grouping", "blank_rows"),
    "attendance_report": ("lang", "order"),
    "badges": ("lang", "order", "layout"),
    "crossing_list": ("lang", "order", "document_numbers", "birth_dates"),
    "catering": ("lang", "order"),
    "annual_report": ("year", "lang", "order"),
}
SENSITIVE = ("document_numbers", "birth_dates")  # never remembered
DEFAULT_LANG = {"en": "bi", "zh_HK": "zh-hk", "zh_CN": "zh-cn"}


@dataclass(frozen=True)
class DocumentChoices:
    lang: str = "bi"
    order: str = ""  # "" = as the language suggests
    page_per_day: bool = False
    grouping: str = "name"
    blank_rows: int = 10
    layout: str = "L7165"
    document_numbers: bool = False
    birth_dates: bool = False
    year: str = ""

    @property
    def sensitive_fields(self) -> list[str]:
        """What the audit log records as printed (the CLI's names)."""
        return [name for name, on in (("document_numbers", self.document_numbers),
                                      ("birth_dates", self.birth_dates)) if on]


def _languages() -> list[tuple[str, str]]:
    return [("bi", tr("DocumentOptions", "English with Chinese")),
            ("en", tr("DocumentOptions", "English")),
            ("zh-hk", tr("DocumentOptions", "Traditional Chinese (Hong Kong)")),
            ("zh-cn", tr("DocumentOptions", "Simplified Chinese (Guangdong)"))]


def _orders() -> list[tuple[str, str]]:
    return [("", tr("DocumentOptions", "As the language suggests")),
            ("english", tr("DocumentOptions", "English (A to Z)")),
            ("stroke", tr("DocumentOptions", "Stroke count (Hong Kong)")),
            ("pinyin", tr("DocumentOptions", "Pinyin (Guangdong)"))]


class DocumentOptions(QDialog):
    """Asks the choices of document `kind`; `choices()` reads them once accepted."""

    def __init__(self, kind: str, title: str, settings: QSettings, ui_locale: str,
                 parent: QWidget | None = None, *, years: list[str] | None = None,
                 layouts: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_options")
        self.setWindowTitle(title)
        self.kind = kind
        self.settings = settings
        self.wanted = CHOICES[kind]
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        defaults = DocumentChoices(lang=DEFAULT_LANG.get(ui_locale, "bi"),
                                   year=(years or [""])[0])
        builders = {
            "year": lambda: self._combo(tr("DocumentOptions", "Programme &year"),
                                        [(y, y) for y in years or []]),
            "lang": lambda: self._combo(tr("DocumentOptions", "&Language"), _languages()),
            "order": lambda: self._combo(tr("DocumentOptions", "&Names in order of"), _orders()),
            "grouping": lambda: self._combo(tr("DocumentOptions", "&Group"), [
                ("name", tr("DocumentOptions", "One list by name")),
                ("organisation", tr("DocumentOptions", "A list per organisation"))]),
            "blank_rows": self._blank_rows,
            "page_per_day": lambda: self._check(tr("DocumentOptions",
                                                   "Start each &day on a new page")),
            "layout": lambda: self._combo(tr("DocumentOptions", "Label &sheet"),
                                          [(x, x) for x in layouts or []]),
            "document_numbers": lambda: self._check(tr(
                "DocumentOptions", "Print travel &document numbers")),
            "birth_dates": lambda: self._check(tr(
                "DocumentOptions", "Print dates of &birth (minors' too)")),
        }
        for name in self.wanted:
            widget = builders[name]()
            widget.setObjectName(name)
            self.fields[name] = widget
            self._set(name, self._remembered(name, getattr(defaults, name)))
        if any(name in SENSITIVE for name in self.wanted):
            note = QLabel(tr("DocumentOptions", "Withheld unless ticked. Printing them is "
                             "recorded in the audit log (who, when, which fields); they are "
                             "unticked again next time."))
            note.setWordWrap(True)
            self.form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    # widgets --------------------------------------------------------------------------------
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

    def _blank_rows(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, BLANK_ROWS_MAX)
        spin.setToolTip(tr("DocumentOptions", "Empty rows at the end for people who walk in"))
        self.form.addRow(tr("DocumentOptions", "&Blank rows"), spin)
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

    def _remembered(self, name: str, default: object) -> object:
        if name in SENSITIVE or name == "year":
            return default
        value = self.settings.value(self._key(name), default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return default
        return value

    def save(self) -> None:
        for name in self.wanted:
            if name not in SENSITIVE and name != "year":
                self.settings.setValue(self._key(name), self._get(name))
        self.settings.sync()
        self.accept()

    def choices(self) -> DocumentChoices:
        return DocumentChoices(**{name: self._get(name) for name in self.wanted})  # type: ignore[arg-type]
