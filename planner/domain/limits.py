"""The sizes Planner accepts, in one place (docs/cli.md states each of them).

Past any of these a command is refused with exit 2 and a message naming the limit, before the
work that would grow with it starts.
"""

from __future__ import annotations

# Ids are the database's `integer` (PostgreSQL's has 32 bits): nothing outside is a record.
ID_MAX = 2**31 - 1

# Sign-in sheets: empty rows for walk-ins, at most about twenty pages of them.
BLANK_ROWS_MAX = 500

# `import people --header-row`: the heading row is near the top of a list.
HEADER_ROW_MAX = 1_000

# Participant lists (`import people`): the file, and a sheet as the reader would build it.
IMPORT_FILE_MB = 100  # the file as it is on disk
IMPORT_UNPACKED_MB = 1_000  # every part of a workbook, unpacked (a zip bomb is refused)
IMPORT_ROWS = 200_000  # up to the last filled row (a CSV: its records)
IMPORT_COLUMNS = 256  # up to the last filled column (IV; a CSV: cells in a record)
IMPORT_CELLS = 5_000_000  # a sheet's rows times its columns, from A1 to the last filled cell
IMPORT_CELL_CHARS = 131_072  # characters in one cell of a CSV file
