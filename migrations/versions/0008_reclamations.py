"""reclamations under Article 29: notifications, joint commissions, findings, remedies (issue 6)

Tables reclamations and reclamation_members (milrep/models/reclamations.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa
import milrep.db.base


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reclamations',
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('notification_ref', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('notified', 'commission', 'findings', 'remedy', 'closed', name='reclamationstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('recipient_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('contract_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('item_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('lot_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('serials', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('defect_description', sa.Text(), nullable=False),
    sa.Column('characteristic_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('defect_found_on', sa.Date(), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=False),
    sa.Column('storage_place', sa.Text(), nullable=False),
    sa.Column('warranty_basis', sa.Enum('certificate', 'acceptance', 'entered', name='warrantybasis', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('warranty_start', sa.Date(), nullable=False),
    sa.Column('warranty_months', sa.Integer(), nullable=False),
    sa.Column('commission_formed_on', sa.Date(), nullable=True),
    sa.Column('findings_on', sa.Date(), nullable=True),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('contractor_at_fault', sa.Boolean(), nullable=True),
    sa.Column('improper_operation', sa.Boolean(), nullable=False),
    sa.Column('counterfeit', sa.Boolean(), nullable=False),
    sa.Column('not_own_production', sa.Boolean(), nullable=False),
    sa.Column('own_production_required', sa.Boolean(), nullable=False),
    sa.Column('irreparable', sa.Boolean(), nullable=False),
    sa.Column('hidden_defect', sa.Boolean(), nullable=False),
    sa.Column('whole_lot_affected', sa.Boolean(), nullable=False),
    sa.Column('in_work_in_progress', sa.Boolean(), nullable=False),
    sa.Column('findings_signature_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('remedy', sa.Enum('repair', 'replacement', 'return', 'whole_lot_return', name='remedy', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('remedy_term_days', sa.Integer(), nullable=True),
    sa.Column('remedy_started_on', sa.Date(), nullable=True),
    sa.Column('remedy_completed_on', sa.Date(), nullable=True),
    sa.Column('remedy_notes', sa.Text(), nullable=False),
    sa.Column('suspension_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_by', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['characteristic_id'], ['characteristics.id'], name=op.f('fk_reclamations_characteristic_id_characteristics')),
    sa.ForeignKeyConstraint(['closed_by'], ['users.id'], name=op.f('fk_reclamations_closed_by_users')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_reclamations_contract_id_contracts')),
    sa.ForeignKeyConstraint(['findings_signature_id'], ['signatures.id'], name=op.f('fk_reclamations_findings_signature_id_signatures')),
    sa.ForeignKeyConstraint(['item_id'], ['control_list_items.id'], name=op.f('fk_reclamations_item_id_control_list_items')),
    sa.ForeignKeyConstraint(['lot_id'], ['lots.id'], name=op.f('fk_reclamations_lot_id_lots')),
    sa.ForeignKeyConstraint(['recipient_id'], ['organizations.id'], name=op.f('fk_reclamations_recipient_id_organizations')),
    sa.ForeignKeyConstraint(['suspension_id'], ['suspensions.id'], name=op.f('fk_reclamations_suspension_id_suspensions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reclamations')),
    sa.UniqueConstraint('number', name=op.f('uq_reclamations_number'))
    )
    with op.batch_alter_table('reclamations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reclamations_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index('ix_reclamations_item_found', ['item_id', 'defect_found_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_reclamations_lot_id'), ['lot_id'], unique=False)
        batch_op.create_index('ix_reclamations_status_notified', ['status', 'notified_on'], unique=False)

    op.create_table('reclamation_members',
    sa.Column('reclamation_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('party', sa.Enum('recipient', 'contractor', 'military_representative', name='commissionparty', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('organization', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['reclamation_id'], ['reclamations.id'], name=op.f('fk_reclamation_members_reclamation_id_reclamations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reclamation_members'))
    )
    with op.batch_alter_table('reclamation_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reclamation_members_reclamation_id'), ['reclamation_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reclamation_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reclamation_members_reclamation_id'))

    op.drop_table('reclamation_members')
    with op.batch_alter_table('reclamations', schema=None) as batch_op:
        batch_op.drop_index('ix_reclamations_status_notified')
        batch_op.drop_index(batch_op.f('ix_reclamations_lot_id'))
        batch_op.drop_index('ix_reclamations_item_found')
        batch_op.drop_index(batch_op.f('ix_reclamations_contract_id'))

    op.drop_table('reclamations')
