"""An otherwise-valid history for the certificate tests (scenario 4): contract 12-ГОЗ/2026 in
force, the radio station's requirements with a 6-monthly periodic test passed a month ago, and
lot L-2026-004 (10 stations with serials) presented, tested and accepted in full."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from milrep.models import quality as q
from milrep.models.acceptance import Verdict
from milrep.models.contracts import ContractStatus
from milrep.models.requirements import SamplingMode
from milrep.services import certificates, contracts, requirements, shipments
from milrep.services.auth import Actor
from tests.conftest import REP_PASSWORD
from tests.core.acceptance_helpers import decide, fill, open_insp, present, setup_radio
from tests.core.test_product_tests import add_test
from tests.helpers import OfficeFixture

TODAY = dt.datetime.now(dt.UTC).date()
YEAR = TODAY.year
RADIO = "Radio station R-168-5UN"


def activate(o: OfficeFixture) -> None:
    with o.db.unit_of_work() as uow:
        contracts.set_status(uow, o.chief, contract_id=o.ids["contract"],
                             status=ContractStatus.ACTIVE)


def periodic_schedule(o: OfficeFixture, months: int = 6) -> None:
    with o.db.unit_of_work() as uow:
        requirements.set_item_requirements(uow, o.chief, item_id=o.ids["radio"],
                                           form=requirements.RequirementsForm(
                                               sampling_mode=SamplingMode.ALL,
                                               periodic_interval_months=months,
                                               periodic_programme_ref="PMI 6574-012-2026"))


def accept(o: OfficeFixture, notice: str = "OTK-311/2026", lot: str = "lot") -> uuid.UUID:
    """Present, test (every result conforming, complete set) and accept the lot in full; the id
    of the acceptance record."""
    iid = open_insp(o, present(o, notice, lot_id=o.ids[lot]))
    o.ids[f"insp_{notice}"] = iid
    fill(o, iid)
    result = decide(o, iid, Verdict.ACCEPT)
    record_id = result.changes.id
    assert record_id is not None
    return record_id


def certifiable(o: OfficeFixture, *, periodic_days_ago: int = 30) -> OfficeFixture:
    """The otherwise-valid history (see the module docstring); ``o.ids["ar"]`` is the record.
    ``periodic_days_ago`` more than about 182: the periodic test is overdue."""
    activate(o)
    setup_radio(o, mode=SamplingMode.ALL)
    periodic_schedule(o)
    o.ids["pi1"] = add_test(o, started=TODAY - dt.timedelta(days=periodic_days_ago + 10),
                            completed=TODAY - dt.timedelta(days=periodic_days_ago),
                            result=q.TestResult.POSITIVE, protocol="PI-1/2026")
    o.ids["ar"] = accept(o)
    return o


def issue(o: OfficeFixture, record_ids: Sequence[uuid.UUID] | None = None, *,
          actor: Actor | None = None, password: str = REP_PASSWORD, **kw: object) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        cid = certificates.issue_certificate(
            uow, actor or o.rep, acceptance_record_ids=list(record_ids or [o.ids["ar"]]),
            password=password, **kw).id  # type: ignore[arg-type]
    assert cid is not None
    return cid


def checklist(o: OfficeFixture, record_ids: Sequence[uuid.UUID] | None = None,
              **kw: object) -> certificates.Checklist:
    with o.db.unit_of_work() as uow:
        return certificates.certificate_checklist(
            uow, o.viewer, acceptance_record_ids=list(record_ids or [o.ids["ar"]]), **kw)  # type: ignore[arg-type]


def view(o: OfficeFixture, cid: uuid.UUID) -> certificates.CertificateView:
    with o.db.unit_of_work() as uow:
        return certificates.get_certificate(uow, o.viewer, certificate_id=cid)


def ship(o: OfficeFixture, quantity: int, *, actor: Actor | None = None,
         document_no: str = "TTN-0001", shipped_on: dt.date = TODAY, **kw: object) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        sid = shipments.record_shipment(uow, actor or o.rep, quantity=quantity,
                                        shipped_on=shipped_on, document_no=document_no,
                                        **kw).id  # type: ignore[arg-type]
    assert sid is not None
    return sid
