"""draft contract reviews, technical documents and standards, secrecy measures, cost verification (issue 6)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa
import milrep.db.base


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contract_reviews',
    sa.Column('contract_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('draft_ref', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'concluded', name='reviewstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_contract_reviews_contract_id_contracts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_reviews'))
    )
    with op.batch_alter_table('contract_reviews', schema=None) as batch_op:
        batch_op.create_index('ix_contract_reviews_contract', ['contract_id', 'opened_on'], unique=False)

    op.create_table('cost_verifications',
    sa.Column('contract_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'concluded', name='verificationstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_cost_verifications_contract_id_contracts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_verifications'))
    )
    with op.batch_alter_table('cost_verifications', schema=None) as batch_op:
        batch_op.create_index('ix_cost_verifications_contract', ['contract_id', 'opened_on'], unique=False)

    op.create_table('secrecy_measures',
    sa.Column('contract_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('measure', sa.Text(), nullable=False),
    sa.Column('evaluated_on', sa.Date(), nullable=False),
    sa.Column('result', sa.Enum('adequate', 'partly_adequate', 'inadequate', name='measureresult', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('next_check', sa.Date(), nullable=True),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_secrecy_measures_contract_id_contracts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_secrecy_measures'))
    )
    with op.batch_alter_table('secrecy_measures', schema=None) as batch_op:
        batch_op.create_index('ix_secrecy_measures_contract', ['contract_id', 'evaluated_on'], unique=False)

    op.create_table('tech_documents',
    sa.Column('designation', sa.String(length=128), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('design', 'specification', 'operational_requirement', 'standard', 'programme', 'operating', 'other', name='techdockind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('contract_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_tech_documents_contract_id_contracts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tech_documents')),
    sa.UniqueConstraint('designation', name=op.f('uq_tech_documents_designation'))
    )
    with op.batch_alter_table('tech_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tech_documents_contract_id'), ['contract_id'], unique=False)

    op.create_table('contract_review_conclusions',
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('review_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('verdict', sa.String(length=32), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('signature_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['review_id'], ['contract_reviews.id'], name=op.f('fk_contract_review_conclusions_review_id_contract_reviews')),
    sa.ForeignKeyConstraint(['signature_id'], ['signatures.id'], name=op.f('fk_contract_review_conclusions_signature_id_signatures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_review_conclusions')),
    sa.UniqueConstraint('number', name=op.f('uq_contract_review_conclusions_number')),
    sa.UniqueConstraint('review_id', name=op.f('uq_contract_review_conclusions_review_id'))
    )
    op.create_table('contract_review_terms',
    sa.Column('review_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('term', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('derived', sa.Boolean(), nullable=False),
    sa.Column('clause_ref', sa.Text(), nullable=False),
    sa.Column('remark', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['review_id'], ['contract_reviews.id'], name=op.f('fk_contract_review_terms_review_id_contract_reviews')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_review_terms')),
    sa.UniqueConstraint('review_id', 'term', name=op.f('uq_contract_review_terms_review_id'))
    )
    op.create_table('cost_items',
    sa.Column('verification_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('materials', 'components', 'labour', 'social_charges', 'overheads', 'special_equipment', 'subcontracts', 'other', name='costcategory', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('claimed', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('verified', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('disputed', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['verification_id'], ['cost_verifications.id'], name=op.f('fk_cost_items_verification_id_cost_verifications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_items'))
    )
    with op.batch_alter_table('cost_items', schema=None) as batch_op:
        batch_op.create_index('ix_cost_items_verification', ['verification_id', 'position'], unique=False)

    op.create_table('cost_verification_conclusions',
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('verification_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('claimed_total', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('verified_total', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('disputed_total', milrep.db.base.Money(length=32), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('signature_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['signature_id'], ['signatures.id'], name=op.f('fk_cost_verification_conclusions_signature_id_signatures')),
    sa.ForeignKeyConstraint(['verification_id'], ['cost_verifications.id'], name=op.f('fk_cost_verification_conclusions_verification_id_cost_verifications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_verification_conclusions')),
    sa.UniqueConstraint('number', name=op.f('uq_cost_verification_conclusions_number')),
    sa.UniqueConstraint('verification_id', name=op.f('uq_cost_verification_conclusions_verification_id'))
    )
    op.create_table('tech_document_revisions',
    sa.Column('document_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('dated', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('current', 'superseded', 'cancelled', name='revisionstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['tech_documents.id'], name=op.f('fk_tech_document_revisions_document_id_tech_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tech_document_revisions')),
    sa.UniqueConstraint('document_id', 'number', name=op.f('uq_tech_document_revisions_document_id'))
    )
    with op.batch_alter_table('tech_document_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tech_document_revisions_document_id'), ['document_id'], unique=False)

    op.create_table('requirement_document_refs',
    sa.Column('characteristic_id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('revision_id', milrep.db.base.Guid(length=32), nullable=True),
    sa.Column('clause', sa.String(length=64), nullable=False),
    sa.Column('id', milrep.db.base.Guid(length=32), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', milrep.db.base.Guid(length=32), nullable=True),
    sa.ForeignKeyConstraint(['characteristic_id'], ['characteristics.id'], name=op.f('fk_requirement_document_refs_characteristic_id_characteristics')),
    sa.ForeignKeyConstraint(['revision_id'], ['tech_document_revisions.id'], name=op.f('fk_requirement_document_refs_revision_id_tech_document_revisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement_document_refs')),
    sa.UniqueConstraint('characteristic_id', name=op.f('uq_requirement_document_refs_characteristic_id'))
    )
    with op.batch_alter_table('requirement_document_refs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirement_document_refs_revision_id'), ['revision_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('requirement_document_refs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirement_document_refs_revision_id'))

    op.drop_table('requirement_document_refs')
    with op.batch_alter_table('tech_document_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tech_document_revisions_document_id'))

    op.drop_table('tech_document_revisions')
    op.drop_table('cost_verification_conclusions')
    with op.batch_alter_table('cost_items', schema=None) as batch_op:
        batch_op.drop_index('ix_cost_items_verification')

    op.drop_table('cost_items')
    op.drop_table('contract_review_terms')
    op.drop_table('contract_review_conclusions')
    with op.batch_alter_table('tech_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tech_documents_contract_id'))

    op.drop_table('tech_documents')
    with op.batch_alter_table('secrecy_measures', schema=None) as batch_op:
        batch_op.drop_index('ix_secrecy_measures_contract')

    op.drop_table('secrecy_measures')
    with op.batch_alter_table('cost_verifications', schema=None) as batch_op:
        batch_op.drop_index('ix_cost_verifications_contract')

    op.drop_table('cost_verifications')
    with op.batch_alter_table('contract_reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_contract_reviews_contract')

    op.drop_table('contract_reviews')
