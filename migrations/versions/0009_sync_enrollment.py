"""sync enrollment, conflict settling and relayed-change revocation (issue 5)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa
import milrep.db.base


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
