"""iCalendar export: plain calendar rows in, RFC 5545 bytes out (icalendar escapes and folds)."""

from planner.exports.ical.calendar import build_calendar, export_ical
from planner.exports.ical.components import ExportOptions
from planner.exports.ical.content import content_digest, without_dtstamp

__all__ = ["ExportOptions", "build_calendar", "content_digest", "export_ical", "without_dtstamp"]
