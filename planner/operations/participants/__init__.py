"""Participant lists: import, de-duplication and merge, capacity and waiting lists, check-in,
exports with masking, chaperone ratio, and privacy (reveal, erase, purge) with an audit log.

Importing this package registers its operations (their undo names) with planner.operations.
"""

from planner.operations.participants import attendance
from planner.operations.participants.attendance import (
                                                        check_in,
                                                        check_out,
                                                        event_day,
                                                        restore_marks,
                                                        walk_in,
)
from planner.operations.participants.exchanges import (
                                                        chaperone_check,
                                                        chaperone_ratio,
                                                        set_chaperone_ratio,
)
from planner.operations.participants.exporting import ExportResult, export_people, format_for
from planner.operations.participants.importing import (
                                                        ImportRefused,
                                                        ImportResult,
                                                        import_people,
                                                        preview_file,
                                                        preview_import,
                                                        remember_mapping,
)
from planner.operations.participants.merging import MergeResult, merge_people, unmerge_people
from planner.operations.participants.plan_types import (
                                                        Action,
                                                        Duplicates,
                                                        ImportCounts,
                                                        ImportPlan,
                                                        RowReport,
                                                        Target,
)
from planner.operations.participants.planning import plan_import
from planner.operations.participants.privacy import (
                                                        ErasureResult,
                                                        PurgeResult,
                                                        SensitiveView,
                                                        erase_person,
                                                        purge_before,
                                                        reveal_person,
                                                        scrub,
)
from planner.operations.participants.registrations import (
                                                        CancelResult,
                                                        cancel_registration,
                                                        demote,
                                                        enrol,
                                                        promote_waiting,
                                                        reinstate_registration,
)

__all__ = ["Action", "CancelResult", "Duplicates", "ErasureResult", "ExportResult",
           "ImportCounts", "ImportPlan", "ImportRefused", "ImportResult", "MergeResult",
           "PurgeResult", "RowReport", "SensitiveView", "Target", "attendance",
           "cancel_registration", "chaperone_check", "chaperone_ratio", "check_in", "check_out",
           "demote", "enrol", "erase_person", "event_day", "export_people", "format_for",
           "import_people", "merge_people", "plan_import", "preview_file", "preview_import",
           "promote_waiting", "purge_before", "reinstate_registration", "remember_mapping",
           "restore_marks", "reveal_person", "scrub", "set_chaperone_ratio", "unmerge_people",
           "walk_in"]
