"""CSV and TSV files: the delimiter is detected from the rows themselves, not the file name."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator

from planner.domain.limits import IMPORT_CELL_CHARS

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 60


def detect_delimiter(text: str, preferred: str | None = None) -> str:
    """The delimiter that splits the first lines into the most rows of one, wider-than-one, width.

    Title lines and blank lines have one cell whatever the delimiter, so they do not vote.
    """
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = preferred or ",", (0, 0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
                      if sum(1 for cell in row if cell.strip()) > 0]
        except csv.Error:  # a cell past the limit: split_rows says so
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        width, frequency = Counter(wide).most_common(1)[0]
        score = (frequency, int(delimiter == preferred), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


class CellTooLong(Exception):
    """A cell over IMPORT_CELL_CHARS characters (or a record the csv module cannot read)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def split_rows(text: str, delimiter: str) -> list[list[str]]:
    """Every record as a list of cells; quoted cells may hold the delimiter and line breaks."""
    return [cells for cells, _end in records(text, delimiter)]


def records(text: str, delimiter: str) -> Iterator[tuple[list[str], int]]:
    """(cells, the line it ends on) for every record; CellTooLong past the cell limit."""
    csv.field_size_limit(IMPORT_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CellTooLong(reader.line_num) from exc
        yield cells, reader.line_num
