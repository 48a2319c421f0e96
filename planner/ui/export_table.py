"""Exporting what a table shows to CSV, written on the worker (UTF-8 with BOM for Excel)."""

from __future__ import annotations

import csv
import io
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from planner.exports.files import atomic_write
from planner.ui.context import UiContext
from planner.ui.text import tr

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Neutralise cells a spreadsheet would run as a formula (OWASP); numbers stay readable."""
    if text.startswith(FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text.replace(" ", ""))
    except ValueError:
        return False
    return True


def table_cells(model: Any, view: QTableView | None) -> list[list[str]]:
    """Header and rows as shown (in the view's sort and filter order when a view is given)."""
    source = view.model() if view is not None else model
    headers = [str(source.headerData(c, Qt.Orientation.Horizontal) or "")
               for c in range(source.columnCount())]
    body = [[str(source.index(r, c).data() or "") for c in range(source.columnCount())]
            for r in range(source.rowCount())]
    return [headers, *body]


def export_table_csv(ctx: UiContext, model: Any, view: QTableView | None, path: str,
                     parent: QWidget | None = None) -> None:
    cells = table_cells(model, view)

    def job(_db: Any, progress: Any) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for i, row in enumerate(cells):
            writer.writerow([safe_cell(c) for c in row])
            if i % 1000 == 0:
                progress.step(i, len(cells), "")
        atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
        return path

    ctx.runner.run(job, on_success=lambda p: ctx.status_message.emit(
        tr("MainWindow", "Exported {0} rows to {1}").format(len(cells) - 1, p)),
        on_failure=lambda e: ctx.show_error(parent, e), label=tr("MainWindow", "Exporting…"))
