"""Schema versions: where a database stands against the migrations this build ships."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Kept here so that opening an up-to-date database needs no Alembic
# import (about 70 ms of start-up); tests/store/test_database.py checks it against Alembic.
HEAD = "0004_mail_outbox"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    # Explicitly: Alembic's default is the sys.stdout of when alembic was first imported,
    # which may be a stream that was redirected (and closed) since.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def is_current(self) -> bool:
        return self.current == self.head

    @property
    def is_newer(self) -> bool:
        return self.current is not None and self.current not in known_revisions()


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        current = None
        if inspect(conn).has_table("alembic_version"):
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(current, HEAD)


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)


def check(engine: Engine) -> None:
    """Raise when the models and the migrations disagree (alembic check)."""
    from alembic import command

    with engine.begin() as conn:
        command.check(alembic_config(conn))
