"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from milrep.models.journal import AuditEntry, ChangeLogEntry, Meta, SiteClock, Tombstone
from milrep.models.office import Office, Site
from milrep.models.users import Role, SignatureRecord, User
from milrep.models.organizations import OrgKind, Organization
from milrep.models.contracts import (AmendmentGround, Contract, ContractAmendment, ContractStage,
                                     ContractStatus)
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot, ProductUnit

__all__ = [
    "AmendmentGround", "AuditEntry", "ChangeLogEntry", "Contract", "ContractAmendment",
    "ContractStage", "ContractStatus", "ControlListItem", "ItemKind", "Lot", "Meta", "Office", "OrgKind",
    "Organization", "ProductUnit", "Role", "SignatureRecord", "Site", "SiteClock", "Tombstone",
    "User",
]
