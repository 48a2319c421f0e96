"""Pick an existing person by typing part of a name (either script) or an e-mail."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.ui.models.base import ROW_ROLE
from planner.ui.models.people import PeopleModel
from planner.ui.tasks import TaskRunner
from planner.ui.text import tr
from planner.ui.widgets.tables import make_table, names_in_ui_order


class PersonPicker(QDialog):
    picked = Signal(object)  # PersonRow

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PersonPicker", "Add a person"))
        self.model = PeopleModel(runner, self)
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(tr("PersonPicker", "Type part of a name, in English or Chinese"))
        self.table = names_in_ui_order(make_table(self.model, "picker_table", sortable=False))
        self.count = QLabel()
        self.model.counted.connect(lambda n: self.count.setText(tr("PersonPicker", "{0} found").format(n)))
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(lambda: self.model.set_filter(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table.doubleClicked.connect(lambda _i: self._accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for widget in (self.search, self.table, self.count, buttons):
            box.addWidget(widget)
        self.resize(640, 480)
        self.model.set_filter(None)

    def _accept(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        self.picked.emit(indexes[0].data(ROW_ROLE))
        self.accept()
