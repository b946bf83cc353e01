"""failed results index: the reliability analysis reads only the nonconforming measurements

A partial index of the measurements that do not conform, by inspection and requirement: a long
period or the whole history reads these few rows instead of every measurement (issue 6).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.create_index('ix_measurements_failed', ['inspection_id', 'requirement_id'],
                              unique=False, sqlite_where=sa.text('conforms = 0'))


def downgrade() -> None:
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.drop_index('ix_measurements_failed')
