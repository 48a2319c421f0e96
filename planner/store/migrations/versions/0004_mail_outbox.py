"""mail: the outbox, what each person was sent, people's language and guardians' e-mail

Every message Planner sends is first a row of `mail_outbox` (built whole, with its state,
attempts and last error); `mail_delivery` remembers which calendar UID and SEQUENCE each
person was sent, so updates and cancellations go only to those who had the earlier version.
People gain the language their messages are written in; a minor's guardian gains an e-mail
address (a minor's messages go there, never to the minor).

Revision ID: 0004_mail_outbox
Revises: 0003_records_editable
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_mail_outbox'
down_revision = '0003_records_editable'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mail_outbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch', sa.String(length=32), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=True),
        sa.Column('entity_id', sa.Integer(), nullable=True),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('recipient', sa.String(length=254), nullable=False),
        sa.Column('recipient_name', sa.String(length=200), nullable=True),
        sa.Column('subject', sa.String(length=500), nullable=False),
        sa.Column('language', sa.String(length=8), nullable=False),
        sa.Column('message_id', sa.String(length=255), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=120), nullable=True),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_mail_outbox_person_id_person'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_outbox')),
        sa.UniqueConstraint('message_id', name=op.f('uq_mail_outbox_message_id')),
    )
    op.create_index('ix_mail_outbox_batch', 'mail_outbox', ['batch'])
    op.create_index('ix_mail_outbox_person_id', 'mail_outbox', ['person_id'])
    op.create_index('ix_mail_outbox_state_due', 'mail_outbox', ['state', 'next_attempt_at'])
    op.create_table(
        'mail_delivery',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('outbox_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=255), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=16), nullable=False),
        sa.Column('status', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(['outbox_id'], ['mail_outbox.id'],
                                name=op.f('fk_mail_delivery_outbox_id_mail_outbox'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_delivery')),
    )
    op.create_index('ix_mail_delivery_outbox_id', 'mail_delivery', ['outbox_id'])
    op.create_index('ix_mail_delivery_person_uid', 'mail_delivery', ['person_id', 'uid'])
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), nullable=True))
    with op.batch_alter_table('person_sensitive', schema=None) as batch_op:
        batch_op.add_column(sa.Column('guardian_email', sa.String(length=254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person_sensitive', schema=None) as batch_op:
        batch_op.drop_column('guardian_email')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('language')
    op.drop_index('ix_mail_delivery_person_uid', table_name='mail_delivery')
    op.drop_index('ix_mail_delivery_outbox_id', table_name='mail_delivery')
    op.drop_table('mail_delivery')
    op.drop_index('ix_mail_outbox_state_due', table_name='mail_outbox')
    op.drop_index('ix_mail_outbox_person_id', table_name='mail_outbox')
    op.drop_index('ix_mail_outbox_batch', table_name='mail_outbox')
    op.drop_table('mail_outbox')
