"""iCalendar import: files from Outlook, Google and Apple into concrete events."""

from planner.imports.ical.model import ImportedEvent, ParsedCalendar, ReadOptions, SeriesWindow
from planner.imports.ical.reader import read_calendar

__all__ = ["ImportedEvent", "ParsedCalendar", "ReadOptions", "SeriesWindow", "read_calendar"]
