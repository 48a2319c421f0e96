"""The small tables: events, delegations, programmes, organisations, items and their parts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from planner.domain import rows
from planner.domain.enums import Status
from planner.domain.schedule import from_utc_naive
from planner.ui.formats import date_text, datetime_text, display_text, month_text, time_text
from planner.ui.labels import label, place_label
from planner.ui.models.base import GREY, Column, Index, RowTableModel, struck
from planner.ui.palette import kind_colour
from planner.ui.sorting import name_key
from planner.ui.text import QT_TRANSLATE_NOOP, bilingual, primary_secondary, tr

APPROXIMATE = QT_TRANSLATE_NOOP("Schedules", "≈ {0}")
NOTES = {"month": QT_TRANSLATE_NOOP("Schedules", "Only the month is known, not the day"),
         "approximate": QT_TRANSLATE_NOOP("Schedules", "≈ The dates are approximate: the item "
                                          "falls somewhere around them")}


def whole_months(first: date, last: date) -> bool:
    return first.day == 1 and (last + timedelta(days=1)).day == 1


def when(schedule: Any) -> str:
    """A schedule as people read it, in the interface language, on its own zone's clock. Only
    the month known: the month's name (not its first and last days); approximate: "≈"."""
    precision = schedule.precision.value
    if schedule.all_day:
        first, last = schedule.first_day, schedule.last_day
        if precision == "month" and whole_months(first, last):
            return month_text(first) if (first.year, first.month) == (last.year, last.month) \
                else f"{month_text(first)} – {month_text(last)}"
        text = date_text(first) if first == last else f"{date_text(first)} – {date_text(last)}"
    else:
        start, end = schedule.start, schedule.end
        text = f"{date_text(start.date())} {time_text(start)}–{time_text(end)}" \
            if start.date() == end.date() else f"{datetime_text(start)} – {datetime_text(end)}"
    return tr("Schedules", APPROXIMATE).format(text) if precision == "approximate" else text


def precision_note(schedule: Any) -> str | None:
    """Why a date looks vague (a tooltip), or None for exact dates."""
    note = NOTES.get(schedule.precision.value)
    return tr("Schedules", note) if note else None


def entry_tooltip(entry: Any) -> str:
    """An item of the calendar on hover: title, time, place and what a vague date means."""
    lines = [bilingual(entry.title_en, entry.title_zh_hant, entry.title_zh_hans),
             when(entry.schedule)]
    if getattr(entry, "venue", None):
        lines.append(entry.venue)
    note = precision_note(entry.schedule)
    if note:
        lines.append(note)
    return "\n".join(line for line in lines if line)


def local_time(utc: datetime | None) -> datetime | None:
    """A stored (naive UTC) instant on this computer's clock."""
    return utc.replace(tzinfo=UTC).astimezone() if utc is not None else None


def event_time(utc: datetime | None, zone: str) -> datetime | None:
    """A stored (naive UTC) instant on the event's clock, as the check-in desk shows it."""
    return from_utc_naive(utc, zone) if utc is not None else None


def ref_name(ref: rows.Ref | None) -> str:
    if ref is None:
        return ""
    return ref.code or bilingual(ref.name_en, ref.name_zh_hant, ref.name_zh_hans)


def _first(en: str | None, hant: str | None, hans: str | None) -> str:
    return primary_secondary(en, hant, hans)[0]


def _second(en: str | None, hant: str | None, hans: str | None) -> str:
    return primary_secondary(en, hant, hans)[1]


class EventsModel(RowTableModel[rows.EventRow]):
    CONTEXT = "EventsModel"
    MARKER_KIND = "event"
    DECORATED_COLUMN = 1
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EventsModel", "When"), lambda e: when(e.schedule),
               sort=lambda e: e.schedule.utc_bounds()[0].isoformat(),
               tooltip=lambda e: precision_note(e.schedule)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Title"),
               lambda e: _first(e.title_en, e.title_zh_hant, e.title_zh_hans),
               tooltip=lambda e: bilingual(e.title_en, e.title_zh_hant, e.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Other language"),
               lambda e: _second(e.title_en, e.title_zh_hant, e.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Kind"), lambda e: label(e.kind)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Status"),
               lambda e: label(e.status) + (" · " + tr("EventsModel", "confidential")
                                            if e.confidential else "")),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Venue"), lambda e: ref_name(e.venue)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Item"),
               lambda e: e.item.code if e.item else "", sort=lambda e: e.item.id if e.item else 0),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Registered"), lambda e: e.registered,
               align_right=True),
    )

    def extra_data(self, row: rows.EventRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status == Status.CANCELLED:
            return struck()
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_colour(row.kind.value)
        return None



class DelegationsModel(RowTableModel[rows.DelegationRow]):
    CONTEXT = "DelegationsModel"
    MARKER_KIND = "delegation"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "When"), lambda d: when(d.schedule),
               sort=lambda d: d.schedule.utc_bounds()[0].isoformat(),
               tooltip=lambda d: precision_note(d.schedule)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Name"),
               lambda d: _first(d.name_en, d.name_zh_hant, d.name_zh_hans),
               tooltip=lambda d: bilingual(d.name_en, d.name_zh_hant, d.name_zh_hans)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "From"),
               lambda d: place_label(d.origin_city) or label(d.origin)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "To"),
               lambda d: place_label(d.destination_city) or label(d.destination)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Lead"), lambda d: ref_name(d.lead)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Members"), lambda d: d.member_count,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Status"), lambda d: label(d.status)),
    )

    def extra_data(self, row: rows.DelegationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status == Status.CANCELLED:
            return struck()
        return None


class ProgrammesModel(RowTableModel[rows.ProgrammeRow]):
    CONTEXT = "ProgrammesModel"
    START = 1
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ProgrammesModel", "Title"),
               lambda p: _first(p.title_en, p.title_zh_hant, p.title_zh_hans),
               tooltip=lambda p: bilingual(p.title_en, p.title_zh_hant, p.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("ProgrammesModel", "From"), lambda p: p.start),
        Column(QT_TRANSLATE_NOOP("ProgrammesModel", "To"), lambda p: p.end),
        Column(QT_TRANSLATE_NOOP("ProgrammesModel", "Legs"), lambda p: len(p.legs),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("ProgrammesModel", "Item"), lambda p: p.item.code if p.item else ""),
    )


class OrganisationsModel(RowTableModel[rows.OrganisationRow]):
    CONTEXT = "OrganisationsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Code"), lambda o: o.code),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Name"),
               lambda o: _first(o.name_en, o.name_zh_hant, o.name_zh_hans)),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Other language"),
               lambda o: _second(o.name_en, o.name_zh_hant, o.name_zh_hans)),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Side"), lambda o: label(o.side)),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Kind"), lambda o: label(o.kind)),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Also known as"), lambda o: ", ".join(o.aliases)),
    )


class ItemsModel(RowTableModel[rows.ItemRow]):
    CONTEXT = "ItemsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ItemsModel", "Year"), lambda i: i.year,
               sort=lambda i: f"{i.year}\x00{i.number:06d}"),  # a year's items in number order
        Column(QT_TRANSLATE_NOOP("ItemsModel", "No."), lambda i: i.number, align_right=True),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "New"), lambda i: "✓" if i.is_new else ""),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "Title"),
               lambda i: _first(i.title_en, i.title_zh_hant, i.title_zh_hans),
               tooltip=lambda i: bilingual(i.title_en, i.title_zh_hant, i.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "Leads"),
               lambda i: ", ".join(ref_name(r) for r in i.leads)),
    )


class VenuesModel(RowTableModel[rows.VenueRow]):
    CONTEXT = "VenuesModel"
    MARKER_KIND = "venue"  # double bookings and crowding found by the planning checks
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("VenuesModel", "Name"),
               lambda v: _first(v.name_en, v.name_zh_hant, v.name_zh_hans),
               sort=lambda v: name_key(v.name_en, v.name_zh_hant, v.name_zh_hans),
               tooltip=lambda v: bilingual(v.name_en, v.name_zh_hant, v.name_zh_hans)),
        Column(QT_TRANSLATE_NOOP("VenuesModel", "City"), lambda v: place_label(v.city)),
        Column(QT_TRANSLATE_NOOP("VenuesModel", "Side"), lambda v: label(v.side)),
        Column(QT_TRANSLATE_NOOP("VenuesModel", "Time zone"), lambda v: v.timezone),
        Column(QT_TRANSLATE_NOOP("VenuesModel", "Capacity"), lambda v: v.capacity,
               sort=lambda v: v.capacity or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("VenuesModel", "Exclusive"),
               lambda v: "✓" if v.exclusive else ""),
    )


class ItineraryModel(RowTableModel[rows.ItineraryRow]):
    CONTEXT = "ItineraryModel"
    MARKER_KIND = "itinerary"
    DECORATED_COLUMN = 3
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "#"), lambda i: i.position + 1, align_right=True),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "When"), lambda i: when(i.schedule),
               tooltip=lambda i: precision_note(i.schedule)),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "Kind"), lambda i: label(i.kind)),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "Activity"),
               lambda i: _first(i.title_en, i.title_zh_hant, i.title_zh_hans),
               tooltip=lambda i: bilingual(i.title_en, i.title_zh_hant, i.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "Venue"), lambda i: ref_name(i.venue)),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "Host"), lambda i: ref_name(i.host)),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "Control point"), lambda i: i.control_point),
    )

    def extra_data(self, row: rows.ItineraryRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_colour(row.kind.value)
        return None



class MembersModel(RowTableModel[rows.MemberRow]):
    CONTEXT = "MembersModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MembersModel", "English name"), lambda m: m.person.name_en),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Chinese name"), lambda m: m.person.name_zh),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Role"), lambda m: label(m.role)),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Status"), lambda m: label(m.status)),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Minor"), lambda m: "✓" if m.is_minor else ""),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Guardian consent"),
               lambda m: ("✓" if m.guardian_consent else "✗") if m.is_minor else ""),
    )


class RegistrationsModel(RowTableModel[rows.RegistrationRow]):
    CONTEXT = "RegistrationsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "English name"), lambda r: r.person.name_en),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Chinese name"), lambda r: r.person.name_zh),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Organisation"), lambda r: ref_name(r.organisation)),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Role"), lambda r: label(r.role)),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Status"), lambda r: label(r.status)),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Checked in"),
               lambda r: local_time(r.checked_in_at)),
    )
    CHECKED_IN = 5
    zone = "UTC"  # the event's time zone: set_zone() before set_rows()

    def set_zone(self, zone: str) -> None:
        """Show check-in times on the event's clock, as the check-in desk does."""
        self.zone = zone

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.CHECKED_IN and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            moment = self.row_at(index.row()).checked_in_at
            if moment is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("RegistrationsModel", "The event's time ({0})").format(self.zone)
            return display_text(event_time(moment, self.zone))
        return super().data(index, role)

    def extra_data(self, row: rows.RegistrationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status.value in ("cancelled", "declined"):
            return GREY
        return None
