"""The messages' texts, editable in English, Traditional and Simplified Chinese, with the
fields they may use; "Restore default" brings the shipped text back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.mail.templates import (
    FIELDS,
    KINDS,
    LANGUAGES,
    Template,
    all_templates,
    default_template,
    save_template,
)
from planner.ui.context import UiContext
from planner.ui.mail.preview import LANGUAGE_NAMES
from planner.ui.models.outbox import kind_name
from planner.ui.text import QT_TRANSLATE_NOOP, tr

HINT = QT_TRANSLATE_NOOP("TemplatesDialog", "Fields: {0}. A line offering the feed's link is "
                         "left out when there is no feed.")


class LanguageTab(QWidget):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.subject = QLineEdit()
        self.subject.setObjectName(f"subject_{language}")
        self.body = QPlainTextEdit()
        self.body.setObjectName(f"body_{language}")
        form = QFormLayout(self)
        form.addRow(tr("TemplatesDialog", "&Subject"), self.subject)
        form.addRow(tr("TemplatesDialog", "&Text"), self.body)


class TemplatesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_dialog")
        self.setWindowTitle(tr("TemplatesDialog", "Message templates"))
        self.ctx = ctx
        self.templates: dict[tuple[str, str], Template] = {}
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.tabs = QTabWidget()
        self.pages = {lang: LanguageTab(lang) for lang in LANGUAGES}
        for lang, page in self.pages.items():
            self.tabs.addTab(page, LANGUAGE_NAMES[lang])
        hint = QLabel(tr("TemplatesDialog", HINT).format(", ".join(f"{{{f}}}" for f in FIELDS)))
        hint.setWordWrap(True)
        self.restore = QPushButton(tr("TemplatesDialog", "&Restore default"))
        self.restore.setObjectName("restore_default")
        self.restore.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(self.restore)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._show())
        self.resize(720, 520)
        ctx.runner.read(all_templates, on_success=self._loaded,
                        on_failure=lambda e: ctx.show_error(self, e))

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _loaded(self, found: list[Template]) -> None:
        self.templates = {(t.kind, t.language): t for t in found}
        self._show()

    def _show(self) -> None:
        for lang, page in self.pages.items():
            chosen = self.templates.get((self.current_kind(), lang))
            if chosen is not None:
                page.subject.setText(chosen.subject)
                page.body.setPlainText(chosen.body)

    def _restore(self) -> None:
        page = self.pages[LANGUAGES[self.tabs.currentIndex()]]
        default = default_template(self.current_kind(), page.language)
        page.subject.setText(default.subject)
        page.body.setPlainText(default.body)

    def save(self) -> None:
        """Save the three languages of the kind shown, in one transaction."""
        kind = self.current_kind()
        texts = [(lang, p.subject.text(), p.body.toPlainText()) for lang, p in self.pages.items()]

        def write(session: object) -> list[Template]:
            return [save_template(session, kind, lang, subject, body)  # type: ignore[arg-type]
                    for lang, subject, body in texts]

        self.ctx.runner.write(write, on_success=self._saved,
                              on_failure=lambda e: self.ctx.show_error(self, e))

    def _saved(self, saved: list[Template]) -> None:
        for template in saved:
            self.templates[(template.kind, template.language)] = template
        self.ctx.status_message.emit(tr("TemplatesDialog", "Templates saved"))
