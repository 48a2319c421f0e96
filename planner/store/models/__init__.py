"""Every mapped table; importing this module registers them all on Base.metadata."""

from planner.store.models.delegations import (
                                              Delegation,
                                              DelegationContact,
                                              DelegationMember,
                                              DelegationOrganisation,
                                              ExchangeProgramme,
                                              ItineraryItem,
)
from planner.store.models.events import Event, EventOrganiser, EventSession
from planner.store.models.mail import MailDelivery, OutboxMessage
from planner.store.models.meta import (
                                              DEFAULT_SETTINGS,
                                              AuditEntry,
                                              DbRevision,
                                              Feed,
                                              ImportMapping,
                                              Setting,
)
from planner.store.models.people import (
                                              Attendance,
                                              Person,
                                              PersonSensitive,
                                              Registration,
                                              TravelDocument,
)
from planner.store.models.reference import (
                                              CooperationItem,
                                              ItemFigure,
                                              ItemLead,
                                              Organisation,
                                              Venue,
)

__all__ = [
    "Attendance", "AuditEntry", "Feed", "ImportMapping",
    "CooperationItem", "DEFAULT_SETTINGS", "DbRevision", "Delegation", "DelegationContact",
    "DelegationMember", "DelegationOrganisation", "Event", "EventOrganiser", "EventSession",
    "ExchangeProgramme", "ItemFigure", "ItemLead", "ItineraryItem", "MailDelivery", "Organisation", "OutboxMessage", "Person",
    "PersonSensitive", "Registration", "Setting", "TravelDocument", "Venue",
]
