"""The window's sections: their keys, titles and views, and what start-up imports for them.

Views are named by "module:class" and imported on a section's first visit (or by the loader
thread at start-up, `preload_attach`), so that the window's frame paints with Qt alone.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from planner.domain.kinds import RecordKind
from planner.ui.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from planner.ui.views.base import SectionView

# key, title, "module:class" of its view (imported on the section's first visit)
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar"),
     "planner.ui.views.calendar_view:CalendarView"),
    ("events", QT_TRANSLATE_NOOP("MainWindow", "Events"),
     "planner.ui.views.events_view:EventsView"),
    ("delegations", QT_TRANSLATE_NOOP("MainWindow", "Delegations"),
     "planner.ui.views.delegations_view:DelegationsView"),
    ("programmes", QT_TRANSLATE_NOOP("MainWindow", "Exchange programmes"),
     "planner.ui.views.programmes_view:ProgrammesView"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"),
     "planner.ui.views.people_view:PeopleView"),
    ("organisations", QT_TRANSLATE_NOOP("MainWindow", "Organisations"),
     "planner.ui.views.reference_views:OrganisationsView"),
    ("venues", QT_TRANSLATE_NOOP("MainWindow", "Venues"),
     "planner.ui.views.venues_view:VenuesView"),
    ("items", QT_TRANSLATE_NOOP("MainWindow", "Co-operation items"),
     "planner.ui.views.items_view:ItemsView"))
KEYS = tuple(key for key, _title, _view in SECTIONS)
# Sections whose rows Edit > New, Edit and Delete work on.
EDITABLE = ("events", "delegations", "programmes", "people", "organisations", "venues", "items")
# Where each kind of record is shown (MainWindow.open_item).
SECTION_OF = {RecordKind.EVENT: "events", RecordKind.DELEGATION: "delegations",
              RecordKind.ITINERARY: "delegations", RecordKind.PERSON: "people",
              RecordKind.ORGANISATION: "organisations", RecordKind.VENUE: "venues",
              RecordKind.ITEM: "items", RecordKind.PROGRAMME: "programmes"}

# What MainWindow.attach builds beyond the section: imported by the loader thread at start-up
# (planner/ui/launch.py), so that the UI thread does not spend 0.4 s importing them between
# the first paint and the first rows. qtawesome is not among them: it is loaded after the
# first rows (MainWindow._load_icons), as it brings qtpy and 0.17 s of Qt modules.
ATTACH_MODULES = ("planner.ui.exports_menu", "planner.ui.views.checks_panel",
                  "planner.ui.mail.actions", "planner.ui.widgets.search_everything")


def view_class(key: str) -> type[SectionView]:
    module, name = dict((k, v) for k, _t, v in SECTIONS)[key].split(":")
    view: type[SectionView] = getattr(import_module(module), name)
    return view


def preload_attach(section: str) -> None:
    """Import the modules attach() and `section`'s view need (on a loader thread)."""
    for module in ATTACH_MODULES:
        import_module(module)
    view_class(section)
