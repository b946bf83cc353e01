"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from milrep.models.journal import (AuditEntry, ChangeLogEntry, Meta, NumberSequence, SiteClock,
                                   Tombstone)
from milrep.models.office import Office, Site
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.models.users import Role, SignatureRecord, User
from milrep.models.organizations import OrgKind, Organization
from milrep.models.contracts import (AmendmentGround, Contract, ContractAmendment, ContractStage,
                                     ContractStatus)
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot, ProductUnit
from milrep.models.requirements import (Characteristic, CharacteristicKind, CompletenessEntry,
                                        ItemRequirements, MeasuringInstrument, SamplingMode,
                                        Severity)
from milrep.models.acceptance import (AcceptanceRecord, Attachment, CompletenessCheck, Inspection,
                                      InspectionKind, InspectionRequirement, InspectionStatus,
                                      Measurement, Presentation, PresentationStatus,
                                      ReturnNotice, Verdict)
from milrep.models.quality import (DecisionStatus, Disposition, Nonconformity,
                                   NonconformityStatus, ProductTest, QualityDecision, Resumption,
                                   StorageCheck, Suspension, SuspensionGround, SuspensionScope,
                                   TestKind, TestOpinion, TestResult)
from milrep.models.certificates import (Certificate, CertificateAcceptance,
                                        CertificateRevocation, CertificateStatus)
from milrep.models.shipments import Shipment
from milrep.models import assets  # noqa: F401  (issue 6: material assets, Article 27.3.5)
from milrep.models import office_duties  # noqa: F401  (issue 6: the office's other duties)
from milrep.models.reclamations import (CommissionParty, Reclamation, ReclamationMember,
                                        ReclamationStatus, Remedy, WarrantyBasis)
from milrep.models.sync import (ChangeBase, IncomingBundle, OutgoingBundle, SyncConflict,
                                SyncPeer)

__all__ = [
    "Certificate", "CertificateAcceptance", "CertificateRevocation", "CertificateStatus",
    "Shipment",
    "CommissionParty", "Reclamation", "ReclamationMember", "ReclamationStatus", "Remedy",
    "WarrantyBasis",
    "AcceptanceRecord", "Attachment", "Characteristic", "CharacteristicKind", "CompletenessCheck",
    "CompletenessEntry", "DecisionStatus", "Disposition", "Inspection", "InspectionKind",
    "InspectionRequirement", "InspectionStatus", "ItemRequirements", "KeyPurpose", "KeyRecord",
    "MeasuringInstrument",
    "Measurement", "Nonconformity", "NonconformityStatus", "NumberSequence", "Presentation",
    "PresentationStatus", "ProductTest", "QualityDecision", "Resumption", "ReturnNotice",
    "SamplingMode", "Severity", "StorageCheck", "Suspension", "SuspensionGround",
    "SuspensionScope", "TestKind", "TestOpinion", "TestResult", "Verdict",
    "AmendmentGround", "AuditEntry", "ChangeLogEntry", "Contract", "ContractAmendment",
    "ContractStage", "ContractStatus", "ControlListItem", "ItemKind", "Lot", "Meta", "Office", "OrgKind",
    "Organization", "ProductUnit", "Role", "SignatureRecord", "Site", "SiteClock", "Tombstone",
    "User",
]
