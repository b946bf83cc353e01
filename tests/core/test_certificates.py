"""Issuing certificates confirming quality (scenario 4): content, seal, signing act, numbering,
immutability, revocation and re-issue, roles and refusals."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import NewOffice, create_database
from milrep.documents.seal import Verdict as SealVerdict
from milrep.documents.seal import read_seal, record_digest, verify_seal
from milrep.errors import (AuthenticationError, NotFound, PermissionDenied, RuleViolation,
                           ValidationError)
from milrep.models.acceptance import Verdict
from milrep.models.certificates import (Certificate, CertificateAcceptance,
                                        CertificateRevocation, CertificateStatus)
from milrep.models.users import Role, SignatureRecord
from milrep.rules.certificate_gate import Condition
from milrep.services import certificates, lots, users
from milrep.services.auth import Actor, Permission
from milrep.services.signing import content_digest
from milrep.services.site_keys import local_trust_list
from tests.conftest import CHIEF_PASSWORD, OFFICE, REP_PASSWORD
from tests.core import suspension_helpers as sh
from tests.core.acceptance_helpers import decide
from tests.core.certificate_helpers import RADIO, TODAY, YEAR, certifiable, checklist, issue, view
from tests.helpers import OfficeFixture, build_records, dump_database, refused

SERIALS = [f"04{n:02d}" for n in range(5, 15)]
QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def revoke(o: OfficeFixture, cid: uuid.UUID, reason: str = "Issued to the wrong unit") -> None:
    with o.db.unit_of_work() as uow:
        certificates.revoke_certificate(uow, o.chief, certificate_id=cid, reason=reason,
                                        password=CHIEF_PASSWORD)


def reissue(o: OfficeFixture, cid: uuid.UUID, reason: str = "Recipient corrected",
            **kw: object) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        new = certificates.reissue_certificate(uow, o.chief, certificate_id=cid, reason=reason,
                                               password=CHIEF_PASSWORD, **kw).id  # type: ignore[arg-type]
    assert new is not None
    return new


def verify(o: OfficeFixture, seal: str) -> SealVerdict:
    with o.db.read() as s:
        return verify_seal(seal, local_trust_list(s)).verdict


# --- issuing ------------------------------------------------------------------------------

def test_scenario_4_issue(valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    v = view(o, cid)
    c = v.summary
    assert (c.number, c.status, c.item_name, c.quantity, c.unit, c.lots, c.contract_number,
            c.recipient_name, c.issued_on) == (
        QC1, CertificateStatus.VALID, RADIO, 10, "pcs", ("L-2026-004",), "12-ГОЗ/2026",
        "Military unit 12345", TODAY)
    assert v.serials == tuple(SERIALS) and v.issued_by == "G. Akhmetova"
    assert [(g.acceptance_record, g.lot, g.quantity) for g in v.goods] == [
        (f"17/WS1/{YEAR}/AR-0001", "L-2026-004", 10)]
    r = v.record
    assert r["contractor"] == {"name": "Zhetysu Instrument Plant JSC", "bin": "990340001234",
                               "address": "Taldykorgan, 12 Zavodskaya St."}
    assert r["recipient"]["name"] == "Military unit 12345"
    assert r["contract"] == {"number": "12-ГОЗ/2026", "signed_on": "2026-01-20"}
    assert r["item"] == {"name": RADIO, "nomenclature_code": "5820-168-05",
                         "kind": "military_goods"}
    assert (r["quantity"], r["unit"]) == (10, "pcs")
    assert r["lots"][0]["serials"] == SERIALS and r["lots"][0]["lot"] == "L-2026-004"
    assert r["conformity"]["technical_documentation"] == "TU 6574-012-2026"
    assert r["conformity"]["technical_documentation_revision"] == "3"
    assert r["conformity"]["operational_requirement"] == "TTZ 2025-R168"
    assert [(t["kind"], t["protocol"]) for t in r["tests"]] == [
        ("acceptance_test", f"17/WS1/{YEAR}/AR-0001"), ("periodic", "PI-1/2026")]
    assert {x["name"]: (x["expected"], x["found"]) for x in r["completeness"]}["Battery"] == (2, 2)
    assert r["warranty"] == "Per the laws of the Republic of Kazakhstan"
    assert r["representative"] == {"name": "G. Akhmetova", "rank": "Maj.", "position": ""}
    assert r["classification"] == "" and r["supersedes"] is None
    assert r["office"]["code"] == "17" and r["number"] == QC1 and r["id"] == cid.hex

    # the digest binds the stored record; the seal carries it and verifies with this office's keys
    assert v.record_digest == record_digest(r).hex()
    seal = read_seal(v.seal)
    claims = seal.claims
    assert (claims.number, claims.certificate_id, claims.contract_number, claims.contractor_bin,
            claims.nomenclature_code, claims.quantity, claims.unit, claims.lots,
            claims.record_digest.hex()) == (
        QC1, cid, "12-ГОЗ/2026", "990340001234", "5820-168-05", 10, "pcs",
        "L-2026-004 0405-0414", v.record_digest)
    assert seal.kid.hex() == v.seal_kid
    assert verify(o, v.seal) is SealVerdict.VALID

    # the signing act: the representative, its meaning, the exact record signed
    with o.db.read() as s:
        sig = s.get(SignatureRecord, v.signature_id)
        assert sig is not None
        assert (sig.meaning, sig.object_type, sig.object_id, sig.user_id) == (
            "issued_certificate", "certificates", cid, o.rep.user_id)
        assert sig.content_sha256 == content_digest(r)


def test_part_of_an_acceptance_by_serials_then_the_rest(valid: OfficeFixture) -> None:
    o = valid
    first = issue(o, serials=["0405", "0406", "0407"])
    assert view(o, first).summary.quantity == 3
    assert checklist(o).item(Condition.CONTRACT_QUANTITY).reason == (
        "7 pcs; 10 of 40 pcs certified under contract 12-ГОЗ/2026 with this one.")
    rest = issue(o)
    assert view(o, rest).serials == tuple(SERIALS[3:])
    refused(o, ValidationError, "Not accepted by the chosen records, or already certified: 0405.",
            certificates.issue_certificate, acceptance_record_ids=[o.ids["ar"]],
            password=REP_PASSWORD, serials=["0405"])


def test_a_quantity_of_units_with_serials_needs_the_serials(valid: OfficeFixture) -> None:
    refused(valid, ValidationError, "The accepted units have serial numbers: list the serials of "
            "the 4 pcs to certify.", certificates.issue_certificate,
            acceptance_record_ids=[valid.ids["ar"]], password=REP_PASSWORD, quantity=4)
    for bad in (0, -3, True, 2.0):
        refused(valid, ValidationError, "The quantity to certify must be a whole number greater "
                "than zero.", certificates.issue_certificate,
                acceptance_record_ids=[valid.ids["ar"]], password=REP_PASSWORD, quantity=bad)
    refused(valid, ValidationError, "Serial numbers repeated: 0405.",
            certificates.issue_certificate, acceptance_record_ids=[valid.ids["ar"]],
            password=REP_PASSWORD, serials=["0405", "0405"])
    refused(valid, ValidationError, "The quantity (3) differs from the number of serials (2).",
            certificates.issue_certificate, acceptance_record_ids=[valid.ids["ar"]],
            password=REP_PASSWORD, serials=["0405", "0406"], quantity=3)


def test_a_quantity_of_units_without_serials(records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        o.ids["lot"] = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-2026-009",  # type: ignore[assignment]
                                         quantity=10, manufactured_on=dt.date(2026, 11, 2)).id
    certifiable(o)
    cid = issue(o, quantity=4)
    v = view(o, cid)
    assert (v.summary.quantity, v.serials, read_seal(v.seal).claims.lots) == (4, (), "L-2026-009")
    assert view(o, issue(o)).summary.quantity == 6


def test_records_of_two_items_make_no_certificate(valid: OfficeFixture) -> None:
    o = valid
    sh.add_seals_check(o, item="kit")
    with o.db.unit_of_work() as uow:
        o.ids["kit_lot"] = lots.register_lot(uow, o.rep, item_id=o.ids["kit"],  # type: ignore[assignment]
                                             number="K-1", quantity=2).id
    iid = sh.inspect_lot(o, "OTK-K1", o.ids["kit_lot"], answer="pass", item="kit")
    kit_record = decide(o, iid, Verdict.ACCEPT).changes.id
    assert kit_record is not None
    refused(o, ValidationError, "A certificate covers one item: the chosen acceptance records "
            "are of different items.", certificates.issue_certificate,
            acceptance_record_ids=[o.ids["ar"], kit_record], password=REP_PASSWORD)
    refused(o, ValidationError, "Choose the acceptance records to certify.",
            certificates.issue_certificate, acceptance_record_ids=[], password=REP_PASSWORD)
    refused(o, NotFound, "The acceptance record no longer exists.",
            certificates.issue_certificate, acceptance_record_ids=[uuid.uuid4()],
            password=REP_PASSWORD)


def test_recipient_must_be_a_recipient(valid: OfficeFixture) -> None:
    refused(valid, ValidationError, "Choose the recipient among the recipient organizations.",
            certificates.issue_certificate, acceptance_record_ids=[valid.ids["ar"]],
            password=REP_PASSWORD, recipient_id=valid.ids["plant"])


def test_wrong_password_stores_nothing(valid: OfficeFixture) -> None:
    refused(valid, AuthenticationError, "Wrong user name or password.",
            certificates.issue_certificate, acceptance_record_ids=[valid.ids["ar"]],
            password="not-the-password")
    assert view(valid, issue(valid)).summary.number == QC1  # the number was not used up


def test_viewer_cannot_issue_and_representative_cannot_revoke(valid: OfficeFixture) -> None:
    o = valid
    denied = "D. Omarova (Viewer) is not allowed to do this. Ask the head of office."
    refused(o, PermissionDenied, denied, certificates.issue_certificate, actor=o.viewer,
            acceptance_record_ids=[o.ids["ar"]], password="Omarova2026x")
    cid = issue(o)
    rep_denied = "G. Akhmetova (Representative) is not allowed to do this. Ask the head of office."
    refused(o, PermissionDenied, rep_denied, certificates.revoke_certificate,
            certificate_id=cid, reason="x", password=REP_PASSWORD)
    refused(o, PermissionDenied, rep_denied, certificates.reissue_certificate,
            certificate_id=cid, reason="x", password=REP_PASSWORD)


def test_numbers_carry_the_workstation(tmp_path: Path) -> None:
    """Two workstations of office 17 number offline and never collide (office/site/year/seq)."""
    numbers = []
    for site in ("WS1", "WS2"):
        path = tmp_path / site / "office.milrep"
        db, chief, code = create_database(path, NewOffice(**{**OFFICE.__dict__,
                                                             "site_code": site}),
                                          kdf=FAST_KDF_FOR_TESTS)
        try:
            with db.unit_of_work() as uow:
                rep_id = users.add_user(uow, chief, username="rep1", full_name="G. Akhmetova",
                                        rank="Maj.", role=Role.REPRESENTATIVE,
                                        password=REP_PASSWORD).id
            assert rep_id
            o = OfficeFixture(db=db, path=path, chief=chief, viewer=chief, recovery_code=code,
                              rep=Actor(rep_id, "rep1", "G. Akhmetova", Role.REPRESENTATIVE))
            build_records(o)
            certifiable(o)
            numbers.append(view(o, issue(o)).summary.number)
        finally:
            db.close()
    assert numbers == [f"17/WS1/{YEAR}/QC-0001", f"17/WS2/{YEAR}/QC-0001"]


# --- immutability ---------------------------------------------------------------------------

@pytest.mark.parametrize("model, column, value", [
    (Certificate, "quantity", 11), (Certificate, "recipient_id", None),
    (CertificateAcceptance, "quantity", 1), (CertificateRevocation, "reason", "changed"),
])
def test_issued_documents_cannot_change(valid: OfficeFixture, model: type, column: str,
                                        value: object) -> None:
    o = valid
    cid = issue(o)
    revoke(o, cid)
    before = dump_database(o.db)
    with pytest.raises(RuleViolation, match="An issued document cannot be changed; issue a new "
                       "one that supersedes it."), o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.MANAGE_OFFICE, "test.tamper")
        row = s.scalars(select(model)).first()
        setattr(row, column, value)
        s.flush()
    with pytest.raises(RuleViolation, match="An issued document cannot be deleted; revoke or "
                       "supersede it."), o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.MANAGE_OFFICE, "test.tamper")
        s.delete(s.scalars(select(model)).first())
        s.flush()
    assert dump_database(o.db) == before


# --- revocation and re-issue ----------------------------------------------------------------

def test_revocation_by_the_head_of_office(valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    refused(o, ValidationError, "Reason is required.", certificates.revoke_certificate,
            actor=o.chief, certificate_id=cid, reason="  ", password=CHIEF_PASSWORD)
    refused(o, AuthenticationError, "Wrong user name or password.",
            certificates.revoke_certificate, actor=o.chief, certificate_id=cid, reason="x",
            password=REP_PASSWORD)
    revoke(o, cid)
    v = view(o, cid)
    assert v.summary.status is CertificateStatus.REVOKED
    assert v.revocation is not None and (v.revocation.reason, v.revocation.revoked_by,
                                         v.revocation.superseded_by) == (
        "Issued to the wrong unit", "A. Serikbayev", None)
    refused(o, RuleViolation, f"Certificate {QC1} is already revoked.",
            certificates.revoke_certificate, actor=o.chief, certificate_id=cid, reason="again",
            password=CHIEF_PASSWORD)
    with o.db.read() as s:
        revoked = certificates.revoked_certificates(s)
        sig = s.scalars(select(SignatureRecord)
                        .where(SignatureRecord.meaning == "revoked_certificate")).one()
        assert sig.user_id == o.chief.user_id
    assert [(r.id, r.number, r.reason) for r in revoked] == [
        (cid, QC1, "Issued to the wrong unit")]
    assert verify(o, v.seal) is SealVerdict.REVOKED_CERTIFICATE
    # the goods it covered may be certified again
    again = issue(o)
    assert view(o, again).summary.number == QC2 and verify(o, view(o, again).seal) is SealVerdict.VALID


def test_reissue_supersedes(valid: OfficeFixture) -> None:
    o = valid
    old = issue(o)
    new = reissue(o, old, recipient_id=o.ids["unit"])
    n, p = view(o, new), view(o, old)
    assert (n.summary.number, n.summary.status, n.supersedes, n.reissue_reason) == (
        QC2, CertificateStatus.VALID, QC1, "Recipient corrected")
    assert n.record["supersedes"] == {"number": QC1, "reason": "Recipient corrected"}
    assert n.serials == p.serials and n.summary.quantity == 10
    assert p.summary.status is CertificateStatus.SUPERSEDED
    assert p.revocation is not None and p.revocation.superseded_by == QC2
    with o.db.read() as s:
        revoked = certificates.revoked_certificates(s)
    assert [(r.number, r.reason) for r in revoked] == [
        (QC1, f"superseded by certificate {QC2}: Recipient corrected")]
    assert verify(o, p.seal) is SealVerdict.REVOKED_CERTIFICATE
    assert verify(o, n.seal) is SealVerdict.VALID
    refused(o, RuleViolation, f"Certificate {QC1} is already superseded by a re-issued "
            "certificate.", certificates.reissue_certificate, actor=o.chief, certificate_id=old,
            reason="again", password=CHIEF_PASSWORD)
    with o.db.unit_of_work() as uow:
        listed = certificates.list_certificates(uow, o.viewer)
    assert [(c.number, c.status) for c in listed] == [
        (QC2, CertificateStatus.VALID), (QC1, CertificateStatus.SUPERSEDED)]


def test_reissue_runs_the_gate_again(valid: OfficeFixture) -> None:
    o = valid
    old = issue(o)
    sh.suspend(o, sh.sp.SuspensionForm(ground=sh.G.QUALITY_DECISIONS, scope=sh.S.ITEM,
                                       item_id=o.ids["radio"], reason="Decision 3"))
    error = refused(o, RuleViolation, "The certificate cannot be issued (Article 27.5):\n"
                    "• No suspension of acceptance and shipment: suspension "
                    f"17/WS1/{YEAR}/SP-0001 is in force for these goods.",
                    certificates.reissue_certificate, actor=o.chief, certificate_id=old,
                    reason="Recipient corrected", password=CHIEF_PASSWORD)
    assert error is not None and view(o, old).summary.status is CertificateStatus.VALID


def test_certifiable_records_and_lookup_by_number(valid: OfficeFixture) -> None:
    o = valid
    with o.db.unit_of_work() as uow:
        todo = certificates.certifiable_records(uow, o.viewer)
    assert [(r.number, r.lot_number, r.remaining_quantity) for r in todo] == [
        (f"17/WS1/{YEAR}/AR-0001", "L-2026-004", 10)]
    issue(o, serials=SERIALS[:4])
    with o.db.unit_of_work() as uow:
        assert [r.remaining_quantity for r in certificates.certifiable_records(uow, o.viewer)] \
            == [6]
    with o.db.unit_of_work() as uow:
        assert certificates.get_certificate(uow, o.viewer, number=QC1).summary.quantity == 4
    refused(o, NotFound, "There is no certificate QC-404.", certificates.get_certificate,
            actor=o.viewer, number="QC-404")


def test_the_paged_list(valid: OfficeFixture) -> None:
    from milrep.services import lists

    o = valid
    old = issue(o, serials=SERIALS[:2])
    issue(o)
    reissue(o, old)
    spec = lists.CERTIFICATES
    assert lists.ALL_LISTS["certificates"] is spec
    with o.db.read() as s:
        q = lists.ListQuery(sort="issued_on")
        total = lists.count_rows(s, spec, q)
        rows = lists.fetch_page(s, spec, q, offset=0, limit=10, total=total)
        assert [(r[1], r[3], r[5], r[7]) for r in rows] == [
            (QC1, "superseded", 2, "L-2026-004"), (QC2, "valid", 8, "L-2026-004"),
            (f"17/WS1/{YEAR}/QC-0003", "valid", 2, "L-2026-004")]
        valid_only = lists.ListQuery(scope={"status": "valid"})
        assert lists.count_rows(s, spec, valid_only) == 2
        by_serial = lists.ListQuery(text="0407")
        assert [r[1] for r in lists.fetch_page(s, spec, by_serial, offset=0, limit=5,
                                               total=lists.count_rows(s, spec, by_serial))] \
            == [QC2]


def test_the_exported_trust_list_names_the_revoked_certificates(valid: OfficeFixture) -> None:
    import json

    from milrep.services.site_keys import export_trust_list

    o = valid
    old = issue(o)
    reissue(o, old)
    revoke(o, reissue_target(o), reason="Withdrawn")
    with o.db.unit_of_work() as uow:
        exported = export_trust_list(uow, o.chief, password=CHIEF_PASSWORD)
    listed = json.loads(exported.data)["revoked_certificates"]
    assert [(x["number"], x["reason"]) for x in listed] == [
        (QC1, f"superseded by certificate {QC2}: Recipient corrected"), (QC2, "Withdrawn")]


def reissue_target(o: OfficeFixture) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        return certificates.get_certificate(uow, o.viewer, number=QC2).summary.id
