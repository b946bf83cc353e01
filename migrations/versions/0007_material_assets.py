"""material assets: register, movements, inventory counts (issue 6)

Assets created or purchased with budget funds under the state defense order (Article 27.3.5);
their movements (immutable; quantities in thousandths so balances are exact SQL sums); inventory
counts per location with their count-sheet lines.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa
import milrep.db.base


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assets',
    sa.Column('inventory_number', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('category', sa.Enum('equipment', 'tooling', 'materials', 'prototypes', 'documentation', 'other', name='assetcategory', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('origin', sa.Enum('created', 'purchased', name='assetorigin', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('contract_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('unit_cost', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('acquisition_doc_number', sa.Text(), nullable=False),
    sa.Column('acquisition_doc_date', sa.Date(), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('responsible', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('in_use', 'transferred', 'handed_over', 'written_off', name='assetstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('registered_at', milrep.db.base.UtcDateTime(length=32), nullable=False),
    sa.Column('registered_by', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_assets_contract_id_contracts')),
    sa.ForeignKeyConstraint(['registered_by'], ['users.id'], name=op.f('fk_assets_registered_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assets')),
    sa.UniqueConstraint('inventory_number', name=op.f('uq_assets_inventory_number'))
    )
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assets_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index('ix_assets_location', ['location'], unique=False)
        batch_op.create_index('ix_assets_status', ['status'], unique=False)

    op.create_table('asset_movements',
    sa.Column('asset_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('kind', sa.Enum('receipt', 'transfer', 'handover', 'write_off', name='movementkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('quantity_milli', sa.BigInteger(), nullable=False),
    sa.Column('from_location', sa.Text(), nullable=False),
    sa.Column('to_location', sa.Text(), nullable=False),
    sa.Column('counterparty', sa.Text(), nullable=False),
    sa.Column('responsible', sa.Text(), nullable=False),
    sa.Column('document_number', sa.Text(), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=False),
    sa.Column('grounds', sa.Text(), nullable=False),
    sa.Column('signed_by', sa.Text(), nullable=False),
    sa.Column('recorded_at', milrep.db.base.UtcDateTime(length=32), nullable=False),
    sa.Column('recorded_by', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.CheckConstraint('quantity_milli > 0', name=op.f('ck_asset_movements_quantity_positive')),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_movements_asset_id_assets')),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_asset_movements_recorded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_movements'))
    )
    with op.batch_alter_table('asset_movements', schema=None) as batch_op:
        batch_op.create_index('ix_asset_movements_asset_date', ['asset_id', 'moved_on'], unique=False)
        batch_op.create_index('ix_asset_movements_from_location', ['from_location', 'moved_on'], unique=False)
        batch_op.create_index('ix_asset_movements_moved_on', ['moved_on'], unique=False)
        batch_op.create_index('ix_asset_movements_to_location', ['to_location', 'moved_on'], unique=False)

    op.create_table('inventory_counts',
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('count_date', sa.Date(), nullable=False),
    sa.Column('commission', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'reconciled', name='countstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('started_at', milrep.db.base.UtcDateTime(length=32), nullable=False),
    sa.Column('started_by', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('reconciled_at', milrep.db.base.UtcDateTime(length=32), nullable=True),
    sa.Column('reconciled_by', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('signature_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['reconciled_by'], ['users.id'], name=op.f('fk_inventory_counts_reconciled_by_users')),
    sa.ForeignKeyConstraint(['signature_id'], ['signatures.id'], name=op.f('fk_inventory_counts_signature_id_signatures')),
    sa.ForeignKeyConstraint(['started_by'], ['users.id'], name=op.f('fk_inventory_counts_started_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_counts')),
    sa.UniqueConstraint('number', name=op.f('uq_inventory_counts_number'))
    )
    with op.batch_alter_table('inventory_counts', schema=None) as batch_op:
        batch_op.create_index('ix_inventory_counts_location_date', ['location', 'count_date'], unique=False)

    op.create_table('inventory_count_lines',
    sa.Column('count_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('asset_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('expected_milli', sa.BigInteger(), nullable=False),
    sa.Column('counted_milli', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_inventory_count_lines_asset_id_assets')),
    sa.ForeignKeyConstraint(['count_id'], ['inventory_counts.id'], name=op.f('fk_inventory_count_lines_count_id_inventory_counts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_count_lines')),
    sa.UniqueConstraint('count_id', 'asset_id', name='uq_inventory_count_lines_asset')
    )
    with op.batch_alter_table('inventory_count_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inventory_count_lines_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inventory_count_lines_count_id'), ['count_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inventory_count_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inventory_count_lines_count_id'))
        batch_op.drop_index(batch_op.f('ix_inventory_count_lines_asset_id'))
    op.drop_table('inventory_count_lines')
    with op.batch_alter_table('inventory_counts', schema=None) as batch_op:
        batch_op.drop_index('ix_inventory_counts_location_date')
    op.drop_table('inventory_counts')
    with op.batch_alter_table('asset_movements', schema=None) as batch_op:
        batch_op.drop_index('ix_asset_movements_to_location')
        batch_op.drop_index('ix_asset_movements_moved_on')
        batch_op.drop_index('ix_asset_movements_from_location')
        batch_op.drop_index('ix_asset_movements_asset_date')
    op.drop_table('asset_movements')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_index('ix_assets_status')
        batch_op.drop_index('ix_assets_location')
        batch_op.drop_index(batch_op.f('ix_assets_contract_id'))
    op.drop_table('assets')
