"""every kind of record editable: contacts versioned, travel documents' issue, sessions' rooms

Emergency contacts become rows organisers edit one by one (optimistic locking, soft deletion,
who changed them), like every other editable row. Travel documents record who issued them and
when; event sessions name their room. Existing rows keep their values (version 1, the time of
the upgrade as created and modified). An item number is unique among a year's live items only:
a deleted item no longer keeps its number from a new one (restoring it is refused while the
number is taken).

Revision ID: 0003_records_editable
Revises: 0002_drop_unused_indexes
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_records_editable'
down_revision = '0002_drop_unused_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('delegation_contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                      server_default=sa.text('1')))
        batch_op.add_column(sa.Column('created_at', sa.DateTime(), nullable=False,
                                      server_default=sa.func.current_timestamp()))
        batch_op.add_column(sa.Column('modified_at', sa.DateTime(), nullable=False,
                                      server_default=sa.func.current_timestamp()))
        batch_op.add_column(sa.Column('modified_by', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(), nullable=True))
    # The defaults served the rows already there; new rows get theirs from the application.
    with op.batch_alter_table('delegation_contact', schema=None) as batch_op:
        for name in ('version', 'created_at', 'modified_at'):
            batch_op.alter_column(name, server_default=None)
    with op.batch_alter_table('travel_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('issuing_authority', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('issue_date', sa.Date(), nullable=True))
    with op.batch_alter_table('event_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('room', sa.String(length=200), nullable=True))
    with op.batch_alter_table('cooperation_item', schema=None) as batch_op:
        batch_op.drop_constraint('uq_cooperation_item_year_number', type_='unique')
    op.create_index('uq_cooperation_item_year_number', 'cooperation_item', ['year', 'number'],
                    unique=True, sqlite_where=sa.text('deleted_at IS NULL'),
                    postgresql_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    op.drop_index('uq_cooperation_item_year_number', table_name='cooperation_item')
    with op.batch_alter_table('cooperation_item', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_cooperation_item_year_number', ['year', 'number'])
    with op.batch_alter_table('event_session', schema=None) as batch_op:
        batch_op.drop_column('room')
    with op.batch_alter_table('travel_document', schema=None) as batch_op:
        batch_op.drop_column('issue_date')
        batch_op.drop_column('issuing_authority')
    with op.batch_alter_table('delegation_contact', schema=None) as batch_op:
        for name in ('deleted_at', 'modified_by', 'modified_at', 'created_at', 'version'):
            batch_op.drop_column(name)
