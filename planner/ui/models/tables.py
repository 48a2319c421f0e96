"""The small tables: events, delegations, programmes, organisations, items and their parts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from planner.domain import rows
from planner.domain.enums import Status
from planner.ui.models.base import GREY, Column, RowTableModel, struck
from planner.ui.palette import kind_colour
from planner.ui.text import bilingual, primary_secondary


def when(schedule: Any) -> str:
    start, end = schedule.iso()
    if schedule.all_day:
        text = start if start == end else f"{start} – {end}"
        return text + {"month": " (month)", "approximate": " (approx.)"}.get(
            schedule.precision.value, "")
    if start[:10] == end[:10]:
        return f"{start[:10]} {start[11:16]}–{end[11:16]}"
    return f"{start[:16].replace('T', ' ')} – {end[:16].replace('T', ' ')}"


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
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EventsModel", "When"), lambda e: when(e.schedule),
               sort=lambda e: e.schedule.utc_bounds()[0].isoformat()),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Title"),
               lambda e: _first(e.title_en, e.title_zh_hant, e.title_zh_hans),
               tooltip=lambda e: bilingual(e.title_en, e.title_zh_hant, e.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Other language"),
               lambda e: _second(e.title_en, e.title_zh_hant, e.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Kind"), lambda e: e.kind.value.replace("_", " ")),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Status"),
               lambda e: e.status.value + (" 🔒" if e.confidential else "")),
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

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.column() != 1:
            return None
        return super().data(index, role)


class DelegationsModel(RowTableModel[rows.DelegationRow]):
    CONTEXT = "DelegationsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "When"), lambda d: when(d.schedule),
               sort=lambda d: d.schedule.utc_bounds()[0].isoformat()),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Name"),
               lambda d: _first(d.name_en, d.name_zh_hant, d.name_zh_hans),
               tooltip=lambda d: bilingual(d.name_en, d.name_zh_hant, d.name_zh_hans)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "From"),
               lambda d: d.origin_city or d.origin.value),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "To"),
               lambda d: d.destination_city or d.destination.value),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Lead"), lambda d: ref_name(d.lead)),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Members"), lambda d: d.member_count,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("DelegationsModel", "Status"), lambda d: d.status.value),
    )

    def extra_data(self, row: rows.DelegationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status == Status.CANCELLED:
            return struck()
        return None


class ProgrammesModel(RowTableModel[rows.ProgrammeRow]):
    CONTEXT = "ProgrammesModel"
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
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Chinese name"),
               lambda o: o.name_zh_hant or o.name_zh_hans),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Side"), lambda o: o.side.value.replace("_", " ")),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Kind"), lambda o: o.kind.value.replace("_", " ")),
        Column(QT_TRANSLATE_NOOP("OrganisationsModel", "Also known as"), lambda o: ", ".join(o.aliases)),
    )


class ItemsModel(RowTableModel[rows.ItemRow]):
    CONTEXT = "ItemsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ItemsModel", "Year"), lambda i: i.year),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "No."), lambda i: i.number, align_right=True),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "New"), lambda i: "✓" if i.is_new else ""),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "Title"),
               lambda i: _first(i.title_en, i.title_zh_hant, i.title_zh_hans),
               tooltip=lambda i: bilingual(i.title_en, i.title_zh_hant, i.title_zh_hans)),
        Column(QT_TRANSLATE_NOOP("ItemsModel", "Leads"),
               lambda i: ", ".join(ref_name(r) for r in i.leads)),
    )


class ItineraryModel(RowTableModel[rows.ItineraryRow]):
    CONTEXT = "ItineraryModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "#"), lambda i: i.position + 1, align_right=True),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "When"), lambda i: when(i.schedule)),
        Column(QT_TRANSLATE_NOOP("ItineraryModel", "Kind"), lambda i: i.kind.value.replace("_", " ")),
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

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.column() != 3:
            return None
        return super().data(index, role)


class MembersModel(RowTableModel[rows.MemberRow]):
    CONTEXT = "MembersModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MembersModel", "English name"), lambda m: m.person.name_en),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Chinese name"), lambda m: m.person.name_zh),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Role"), lambda m: m.role.value.replace("_", " ")),
        Column(QT_TRANSLATE_NOOP("MembersModel", "Status"), lambda m: m.status.value),
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
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Role"), lambda r: r.role.value),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Status"), lambda r: r.status.value),
        Column(QT_TRANSLATE_NOOP("RegistrationsModel", "Checked in"),
               lambda r: r.checked_in_at.strftime("%Y-%m-%d %H:%M") if r.checked_in_at else ""),
    )

    def extra_data(self, row: rows.RegistrationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status.value in ("cancelled", "declined"):
            return GREY
        return None
