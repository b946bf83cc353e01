"""requirement document snapshot: the linked document revision and clause copied onto an inspection

When an inspection is opened, each characteristic is copied onto it; the technical document
revision and clause the characteristic is linked to (issue 6, 27.3.4/27.3.6) are now copied with
it, so the inspection protocol names exactly what the goods were checked against even after the
link moves to a newer revision.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inspection_requirements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document', sa.String(length=128), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('document_revision', sa.String(length=32), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('document_clause', sa.String(length=64), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('inspection_requirements', schema=None) as batch_op:
        batch_op.drop_column('document_clause')
        batch_op.drop_column('document_revision')
        batch_op.drop_column('document')
