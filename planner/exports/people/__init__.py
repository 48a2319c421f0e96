"""Participant lists for partners: chosen columns, sensitive values masked unless included."""

from planner.exports.people.columns import (
                                            COLUMNS,
                                            DEFAULT_COLUMNS,
                                            Column,
                                            build_table,
                                            headings,
                                            resolve_columns,
)
from planner.exports.people.masking import mask_email, mask_phone, mask_text
from planner.exports.people.sheets import neutralise, to_csv, to_xlsx

__all__ = ["COLUMNS", "DEFAULT_COLUMNS", "Column", "build_table", "headings", "mask_email",
           "mask_phone", "mask_text", "neutralise", "resolve_columns", "to_csv", "to_xlsx"]
