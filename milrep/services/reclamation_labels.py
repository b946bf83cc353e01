"""Translated labels of the reclamation enums (shared by services, documents, CLI and UI)."""

from __future__ import annotations

from milrep.i18n import translate
from milrep.models.reclamations import CommissionParty, ReclamationStatus, Remedy, WarrantyBasis


def status_label(status: ReclamationStatus) -> str:
    return {
        ReclamationStatus.NOTIFIED: translate("milrep", "Notified"),
        ReclamationStatus.COMMISSION: translate("milrep", "Commission"),
        ReclamationStatus.FINDINGS: translate("milrep", "Findings recorded"),
        ReclamationStatus.REMEDY: translate("milrep", "Remedy in progress"),
        ReclamationStatus.CLOSED: translate("milrep", "Closed"),
    }[status]


def remedy_label(remedy: Remedy) -> str:
    return {
        Remedy.REPAIR: translate("milrep", "Repair by the contractor"),
        Remedy.REPLACEMENT: translate("milrep", "Replacement by the contractor (29.5)"),
        Remedy.RETURN: translate("milrep", "Return for full replacement (29.3)"),
        Remedy.WHOLE_LOT_RETURN: translate("milrep", "Return of the whole lot (29.4)"),
    }[remedy]


def party_label(party: CommissionParty) -> str:
    return {
        CommissionParty.RECIPIENT: translate("milrep", "Recipient"),
        CommissionParty.CONTRACTOR: translate("milrep", "Contractor"),
        CommissionParty.MILITARY_REPRESENTATIVE: translate("milrep",
                                                           "Military representative office"),
    }[party]


def basis_label(basis: WarrantyBasis) -> str:
    return {
        WarrantyBasis.CERTIFICATE: translate("milrep", "from the certificate confirming quality"),
        WarrantyBasis.ACCEPTANCE: translate("milrep", "from the acceptance of the lot"),
        WarrantyBasis.ENTERED: translate("milrep", "entered by hand"),
    }[basis]


def finding_labels() -> dict[str, str]:
    """The findings' check boxes, each with the clause it belongs to, in the form's order."""
    return {
        "contractor_at_fault": translate("milrep", "Contractor at fault"),
        "improper_operation": translate("milrep", "Improper operation caused the failure (29.7)"),
        "counterfeit": translate("milrep", "Goods or parts counterfeit (29.3.1)"),
        "not_own_production": translate("milrep", "Not produced by the contractor itself "
                                        "(29.3.2)"),
        "own_production_required": translate("milrep", "Own production was required by the "
                                             "contract, TTZ/TU, documentation or register "
                                             "(29.3.2)"),
        "irreparable": translate("milrep", "Defect cannot be repaired (29.3.3)"),
        "hidden_defect": translate("milrep", "Hidden defect, found only at a factory (29.4)"),
        "whole_lot_affected": translate("milrep", "Grounds to believe all goods supplied have "
                                        "it (29.4)"),
        "in_work_in_progress": translate("milrep", "Same defect in goods in production "
                                         "(27.4.8)"),
    }
