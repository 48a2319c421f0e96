"""Reading feeds: the list organisers manage, and the enabled ones a server or publisher serves."""

from __future__ import annotations

from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.enums import FeedScope
from planner.domain.rows import Ref
from planner.store.calendar_rows import FeedRow
from planner.store.models import Delegation, ExchangeProgramme, Feed, Organisation, Person
from planner.store.queries import fetch

_TARGETS: dict[FeedScope, tuple[type[Delegation | ExchangeProgramme | Organisation], str]] = {
    FeedScope.DELEGATION: (Delegation, "name"),
    FeedScope.PROGRAMME: (ExchangeProgramme, "title"),
    FeedScope.ORGANISATION: (Organisation, "name")}


def target_ref(session: Session, scope: FeedScope, target_id: int | None) -> Ref | None:
    """A label for what the feed covers (a person by name only; nothing else about them)."""
    if target_id is None:
        return None
    if scope == FeedScope.PERSON:
        person = session.get(Person, target_id)
        return None if person is None else Ref(person.id, None, person.name_en, person.name_zh,
                                               person.name_zh)
    model, prefix = _TARGETS[scope]
    # mypy joins the three models to Base; session.get returns one of them.
    obj = cast("Delegation | ExchangeProgramme | Organisation | None", session.get(model, target_id))
    if obj is None:
        return None
    return Ref(obj.id, None, getattr(obj, f"{prefix}_en"), getattr(obj, f"{prefix}_zh_hant"),
               getattr(obj, f"{prefix}_zh_hans"))


def feed_row(session: Session, feed: Feed) -> FeedRow:
    return FeedRow(feed.id, feed.version, feed.token, feed.scope.value, feed.target_id,
                   feed.label, target_ref(session, feed.scope, feed.target_id), feed.revoked_at,
                   feed.created_at, feed.modified_at)


def list_feeds(session: Session, *, include_revoked: bool = True) -> list[FeedRow]:
    """Every feed that is not deleted, oldest first; revoked ones too unless asked otherwise."""
    stmt = select(Feed).where(Feed.deleted_at.is_(None)).order_by(Feed.id)
    if not include_revoked:
        stmt = stmt.where(Feed.revoked_at.is_(None))
    return [feed_row(session, f) for f in session.scalars(stmt)]


def get_feed(session: Session, ident: int) -> FeedRow:
    return feed_row(session, fetch(session, Feed, ident))
