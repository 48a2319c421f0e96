"""iCalendar import: files from Outlook, Google and Apple into concrete events."""

from planner.imports.ical.model import (
                                        ImportedEvent,
                                        ParsedCalendar,
                                        ReadOptions,
                                        SeriesWindow,
                                        ZoneFallback,
)
from planner.imports.ical.reader import MAX_BYTES, MAX_EVENTS, read_calendar

__all__ = ["MAX_BYTES", "MAX_EVENTS", "ImportedEvent", "ParsedCalendar", "ReadOptions",
           "SeriesWindow", "ZoneFallback", "read_calendar"]
