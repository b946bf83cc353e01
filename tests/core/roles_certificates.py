"""Roles × actions of the certificates area (issue 4): issue, revoke, re-issue, ship, check.

Collected by ``tests/core/test_roles.py`` (see ``_area_actions``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from milrep.models.contracts import ContractStatus
from milrep.models.control_list import ItemKind
from milrep.services import contracts, control_list
from milrep.services.auth import Permission
from tests.core.test_roles import PASSWORDS, Kwargs, _accepted_unit, _contract_form, _made
from tests.helpers import OfficeFixture


def actions() -> dict[str, tuple[Permission, Kwargs]]:
    return _certificate_actions()


# On a contract and item of their own (CERT-ROLE, in force from the start), so the contract's
# status change and the requirement actions of test_roles are untouched. Each record is one
# accepted unit of its own lot, made by the chief when an allowed actor first asks.


def _certificate_actions() -> dict[str, tuple[Permission, Kwargs]]:
    from milrep.models.requirements import CharacteristicKind
    from milrep.services import certificates as cs
    from milrep.services import characteristics

    R, IS, RV, SH = (Permission.READ, Permission.ISSUE_CERTIFICATES,
                     Permission.REVOKE_CERTIFICATES, Permission.SHIP)

    def item(o: OfficeFixture) -> Any:
        if "cert_item" not in o.ids:
            form = _contract_form(o, "CERT-ROLE")
            with o.db.unit_of_work() as uow:
                contract = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
                    **{**form.__dict__, "recipient_id": o.ids["unit"]})).id
            with o.db.unit_of_work() as uow:
                contracts.set_status(uow, o.chief, contract_id=contract,
                                     status=ContractStatus.ACTIVE)
            with o.db.unit_of_work() as uow:
                o.ids["cert_item"] = control_list.create_item(uow, o.chief, form=control_list.ItemForm(  # type: ignore[assignment]
                    contract_id=contract, kind=ItemKind.MILITARY_GOODS, name="Headset",
                    nomenclature_code="CERT-ROLE", quantity=10, unit="pcs")).id
            with o.db.unit_of_work() as uow:
                characteristics.add_characteristic(
                    uow, o.chief, item_id=o.ids["cert_item"],
                    form=characteristics.CharacteristicForm(name="Packing",
                                                            kind=CharacteristicKind.ATTRIBUTE))
        return o.ids["cert_item"]

    def record(o: OfficeFixture) -> Any:
        import uuid

        number = uuid.uuid4().hex[:8]
        return _accepted_unit(o, item(o), number, dt.date.today())[1]

    def certificate(o: OfficeFixture) -> Any:
        with o.db.unit_of_work() as uow:
            return cs.issue_certificate(uow, o.chief, acceptance_record_ids=[record(o)],
                                        password=PASSWORDS["chief"]).id

    return {
        "certificates.certificate_checklist": (R, lambda o, a: {
            "acceptance_record_ids": [_made(o, a, R, "cert_check", record)]}),
        "certificates.issue_certificate": (IS, lambda o, a: {
            "acceptance_record_ids": [_made(o, a, IS, "cert_issue", record)],
            "password": PASSWORDS[a.username]}),
        "certificates.revoke_certificate": (RV, lambda o, a: {
            "certificate_id": _made(o, a, RV, "cert_revoke", certificate),
            "reason": "Issued in error", "password": PASSWORDS[a.username]}),
        "certificates.reissue_certificate": (RV, lambda o, a: {
            "certificate_id": _made(o, a, RV, "cert_reissue", certificate),
            "reason": "Record corrected", "password": PASSWORDS[a.username]}),
        "certificate_views.list_certificates": (R, lambda o, a: {}),
        "certificate_views.get_certificate": (R, lambda o, a: {
            "certificate_id": _made(o, a, R, "cert_get", certificate)}),
        "certificate_views.certifiable_records": (R, lambda o, a: {}),
        "shipments.record_shipment": (SH, lambda o, a: {
            "certificate_id": _made(o, a, SH, "cert_ship", certificate), "quantity": 1,
            "shipped_on": dt.date.today(), "document_no": f"TTN-{a.username}"}),
        "shipments.list_shipments": (R, lambda o, a: {}),
    }
