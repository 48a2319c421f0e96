"""Every message the core can show, by stable code, in English (the catalogue's source).

Translations live in resources/i18n/<locale>/LC_MESSAGES/planner.po keyed by the English text;
`planner.i18n.render` looks them up. Placeholders use str.format names.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # validation
    "required": "{field} is required.",
    "too_long": "{field} is longer than {limit} characters.",
    "end_before_start": "The end ({end}) is before the start ({start}).",
    "unknown_timezone": "Unknown time zone: {zone}.",
    "invalid_choice": "{field} must be one of: {choices}.",
    "invalid_email": "Not a valid e-mail address: {value}.",
    "invalid_date": "Not a valid date: {value}.",
    "invalid_datetime": "Not a valid date and time: {value}.",
    "negative": "{field} must not be negative.",
    "title_missing": "Give a title in at least one language.",
    "name_missing": "Give a name in at least one script.",
    "nonexistent_time": "{value} does not exist in {zone} (the clocks change then).",
    "all_day_needs_dates": "An all-day item needs a start and an end date.",
    "timed_needs_times": "A timed item needs a start and an end time.",
    "minor_needs_guardian_consent": "{person} is a minor: record the guardian's consent for this trip first.",
    "duplicate_registration": "{person} is already on the list of this event.",
    "duplicate_member": "{person} is already a member of this delegation.",
    "crossing_needs_control_point": "A boundary crossing must name its control point.",
    # lookups and concurrency
    "not_found": "{entity} {id} does not exist.",
    "deleted": "{entity} {id} has been deleted.",
    "stale_version": "{entity} {id} was changed by {who} since you opened it (version {current}, yours {given}). Reload it and try again.",
    "not_deleted": "{entity} {id} is not deleted.",
    # storage
    "db_missing": "No database at {path}. Run 'demo' or 'db upgrade' to create one.",
    "db_foreign": "{path} is not a Planner database; it was left untouched.",
    "db_corrupt": "{path} is not a readable SQLite database; it was left untouched.",
    "db_too_new": "The database schema ({found}) is newer than this version of Planner knows; update Planner.",
    "db_needs_upgrade": "The database schema ({found}) is older than this version of Planner ({head}); run 'db upgrade'.",
    "db_network_share": "{path} seems to be on a network share; SQLite's WAL mode is unsafe there. Keep the file on a local disk.",
    "db_unsupported_url": "Unsupported database URL: {url}.",
    "db_unreachable": "Cannot connect to the database: {reason}.",
    # demo and command line
    "demo_not_empty": "The database already holds a programme; use 'demo --reset' to replace it.",
    "bad_id": "Not a valid id: {value}.",
}


# Names of fields as people read them; messages put these where they say {field}.
FIELD_LABELS: dict[str, str] = {
    "title_en": "The English title",
    "title_zh_hant": "The Traditional Chinese title",
    "title_zh_hans": "The Simplified Chinese title",
    "name_en": "The English name",
    "name_zh": "The Chinese name",
    "name_zh_hant": "The Traditional Chinese name",
    "name_zh_hans": "The Simplified Chinese name",
    "theme_en": "The theme",
    "kind": "The kind",
    "status": "The status",
    "role": "The role",
    "category": "The category",
    "side": "The side",
    "origin": "The origin",
    "destination": "The destination",
    "capacity": "The capacity",
    "schedule": "The date and time",
    "start": "The start",
    "end": "The end",
    "timezone": "The time zone",
    "email": "The e-mail address",
    "phone": "The phone number",
    "position": "The position",
    "code": "The code",
    "control_point": "The control point",
    "person_id": "The person",
    "event_id": "The event",
}
