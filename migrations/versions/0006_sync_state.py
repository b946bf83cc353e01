"""sync state: bundles written and received, peers, causal bases of received changes, conflicts

Local tables (never synced): this workstation's view of the exchange of bundles (issue 5).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import milrep.db.base


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_bundles_out',
        sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('manifest_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', milrep.db.base.UtcDateTime(length=32), nullable=False),
        sa.Column('recipients', sa.Text(), nullable=False),
        sa.Column('ranges', sa.Text(), nullable=False),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.Column('file_name', sa.Text(), nullable=False),
        sa.Column('written_at', milrep.db.base.UtcDateTime(length=32), nullable=True),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_bundles_out')))
    op.create_table(
        'sync_bundles_in',
        sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=False),
        sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('manifest_hash', sa.String(length=64), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('received_at', milrep.db.base.UtcDateTime(length=32), nullable=False),
        sa.Column('applied_at', milrep.db.base.UtcDateTime(length=32), nullable=True),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.Column('ranges', sa.Text(), nullable=False),
        sa.Column('envelope', sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint('origin_site', 'seq', name=op.f('pk_sync_bundles_in')))
    op.create_table(
        'sync_peers',
        sa.Column('site_id', milrep.db.base.Guid(length=32), nullable=False),
        sa.Column('acked_vector', sa.Text(), nullable=False),
        sa.Column('sent_vector', sa.Text(), nullable=False),
        sa.Column('last_import_at', milrep.db.base.UtcDateTime(length=32), nullable=True),
        sa.Column('last_export_at', milrep.db.base.UtcDateTime(length=32), nullable=True),
        sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_peers')))
    op.create_table(
        'sync_change_bases',
        sa.Column('site_id', milrep.db.base.Guid(length=32), nullable=False),
        sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('base', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('site_id', 'seq', name=op.f('pk_sync_change_bases')))
    op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('key', sa.String(length=160), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('row_id', milrep.db.base.Guid(length=32), nullable=False),
        sa.Column('column_name', sa.String(length=64), nullable=True),
        sa.Column('loser_hlc', sa.BigInteger(), nullable=True),
        sa.Column('loser_site', milrep.db.base.Guid(length=32), nullable=True),
        sa.Column('loser_value', sa.Text(), nullable=True),
        sa.Column('rule', sa.String(length=64), nullable=True),
        sa.Column('other_table', sa.String(length=64), nullable=True),
        sa.Column('other_row_id', milrep.db.base.Guid(length=32), nullable=True),
        sa.Column('detected_at', milrep.db.base.UtcDateTime(length=32), nullable=False),
        sa.Column('settled_at', milrep.db.base.UtcDateTime(length=32), nullable=True),
        sa.Column('settled_by', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
        sa.UniqueConstraint('key', name=op.f('uq_sync_conflicts_key')))
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_row', ['table_name', 'row_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflicts_row')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_change_bases')
    op.drop_table('sync_peers')
    op.drop_table('sync_bundles_in')
    op.drop_table('sync_bundles_out')
