"""A person's message language and a guardian's e-mail address, set through the operations the
window and the command line use, decide where and in which language messages go."""

from __future__ import annotations

import pytest

from planner.domain.errors import ValidationError
from planner.mail import service
from planner.operations.people import add_member, create_person, update_person
from planner.store.database import Database
from tests.mail.conftest import NOW, Programme, configure


def test_guardian_email_and_language_are_validated_and_used(
        empty_db: Database, programme: Programme) -> None:
    configure(empty_db, 2525)
    with pytest.raises(ValidationError) as refused, empty_db.write() as session:
        create_person(session, name_en="Kid", is_minor=True, guardian_email="nope",
                      language="fr")
    fields = {p.field for p in refused.value.problems}
    assert fields == {"guardian_email", "language"}
    with empty_db.write() as session:
        kid = create_person(session, name_en="Kid Lee", is_minor=True, email="kid@example.org",
                            guardian_email="mum.lee@example.org", language="zh-hk").value
        add_member(session, programme.delegation_id, kid.id, guardian_consent=True)
    batch = service.prepare(empty_db, "itinerary", programme.delegation_id, now=NOW)
    mine = next(m for m in batch.messages if m.person_id == kid.id)
    assert (mine.recipient, mine.to_guardian, mine.language) == (
        "mum.lee@example.org", True, "zh-hk")
    with empty_db.write() as session:
        update_person(session, kid.id, None, language="en", guardian_email="")
    batch = service.prepare(empty_db, "itinerary", programme.delegation_id, now=NOW)
    assert kid.id not in {m.person_id for m in batch.messages}
    assert (kid.id, "mail_no_guardian_address") in {(s.person_id, s.reason)
                                                    for s in batch.skipped}
