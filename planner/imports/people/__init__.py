"""Reading participant lists (.xlsx, .csv, .tsv): encodings, headings, mapping, per-row checks.

Nothing here touches the database; planner.operations.participants adds the look-ups
(organisations, existing people, capacity) and writes.
"""

from planner.imports.people.checks import PERSON_FIELDS, SENSITIVE_FIELDS, RowCheck, check_rows
from planner.imports.people.mapping import (
                                            ColumnMapping,
                                            apply_overrides,
                                            check_mapping,
                                            column_letter,
                                            parse_overrides,
                                            propose_mapping,
                                            signature,
)
from planner.imports.people.preview import ColumnPreview, ImportPreview, build_preview
from planner.imports.people.source import SourceTable, read_people_file
from planner.imports.people.vocabulary import FIELDS, IGNORE, vocabulary

__all__ = ["FIELDS", "IGNORE", "PERSON_FIELDS", "SENSITIVE_FIELDS", "ColumnMapping",
           "ColumnPreview", "ImportPreview", "RowCheck", "SourceTable", "apply_overrides",
           "build_preview", "check_mapping", "check_rows", "column_letter", "parse_overrides",
           "propose_mapping", "read_people_file", "signature", "vocabulary"]
