"""The bad inputs issue 3 names, each refused with its message and nothing stored changed.

Where each one is tested:

* limits reversed — ``test_requirements.py`` (adding and editing a characteristic);
* a measurement with an instrument whose calibration expired — ``test_inspections.py``
  (``test_measurement_bad_inputs``);
* a quantity above the lot — ``test_presentations.py`` (presenting more than the lot holds) and
  here (accepting and rejecting more than was presented, for a lot known by quantity only);
* acceptance past a suspension — ``test_inspections.py`` (item and lot scope),
  ``test_suspensions.py`` (scenario 5) and the property test ``test_acceptance_properties.py``;
* a viewer trying to sign — here, with the viewer's own, correct password: the role decides.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from milrep.db.store import UnitOfWork
from milrep.errors import PermissionDenied, ValidationError
from milrep.models.acceptance import Verdict
from milrep.models.quality import SuspensionGround, SuspensionScope
from milrep.models.requirements import SamplingMode
from milrep.services import inspection_decisions, lots
from milrep.services import suspensions as sp
from milrep.services.auth import Actor, Permission
from milrep.services.signing import Meaning, sign_act
from tests.conftest import REP_PASSWORD, VIEWER_PASSWORD
from tests.core.acceptance_helpers import ON, fill, grid_of, open_insp, present, setup_radio
from tests.helpers import OfficeFixture, refused

NOT_ALLOWED = "D. Omarova (Viewer) is not allowed to do this. Ask the head of office."


def _sign(uow: UnitOfWork, actor: Actor, **kw: Any) -> None:
    """The signing act alone, in a unit of work the signer began."""
    uow.begin(actor, Permission.READ, "test.sign")
    sign_act(uow, actor, **kw)
    uow.commit()


def test_a_viewer_cannot_sign_even_with_their_own_password(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.ALL)
    iid = open_insp(o, present(o, "45/2026"))
    fill(o, iid)
    assert grid_of(o, iid).verdict.verdict is Verdict.ACCEPT
    for verdict, extra in ((Verdict.ACCEPT, {}), (Verdict.RETURN, {"reason": "Packing torn"})):
        refused(o, PermissionDenied, NOT_ALLOWED, inspection_decisions.decide, actor=o.viewer,
                inspection_id=iid, verdict=verdict, password=VIEWER_PASSWORD, decided_on=ON,
                **extra)
    form = sp.SuspensionForm(ground=SuspensionGround.IN_SERVICE_DEFECTS,
                             scope=SuspensionScope.ITEM, item_id=o.ids["radio"],
                             reason="Cracked solder joints reported by unit 12345")
    refused(o, PermissionDenied, NOT_ALLOWED, sp.suspend, actor=o.viewer, form=form,
            password=VIEWER_PASSWORD)
    with o.db.unit_of_work() as uow:
        sid = sp.suspend(uow, o.rep, form=form, password=REP_PASSWORD).id
    refused(o, PermissionDenied, NOT_ALLOWED, sp.resume, actor=o.viewer, suspension_id=sid,
            corrective_actions="Soldering profile corrected", password=VIEWER_PASSWORD)
    refused(o, PermissionDenied, NOT_ALLOWED, _sign, actor=o.viewer, password=VIEWER_PASSWORD,
            meaning=Meaning.ACCEPTED, object_type="inspections", object_id=iid,
            content={"inspection": str(iid)})


def _inspected_lot_of_five(o: OfficeFixture, notice: str, **bad: Any) -> uuid.UUID:
    """A lot of 5 radios known by quantity only, presented with ``notice`` and inspected 100 %."""
    setup_radio(o, mode=SamplingMode.ALL)
    with o.db.unit_of_work() as uow:
        lot_id: uuid.UUID = lots.register_lot(uow, o.rep, item_id=o.ids["radio"],  # type: ignore[assignment]
                                              number=f"L-{notice}", quantity=5).id
    iid = open_insp(o, present(o, notice, lot_id=lot_id))
    fill(o, iid, serials=False, **bad)
    return iid


def test_accepting_and_rejecting_more_than_was_presented(records: OfficeFixture) -> None:
    o = records
    iid = _inspected_lot_of_five(o, "46/2026", bad={("power", 2): Decimal("30.5")})
    assert grid_of(o, iid).verdict.verdict is Verdict.PARTIAL
    kw: dict[str, Any] = {"inspection_id": iid, "password": REP_PASSWORD, "decided_on": ON,
                          "verdict": Verdict.PARTIAL}
    refused(o, ValidationError, "Accepted (4) and rejected (2) must add up to the presented "
            "quantity (5).", inspection_decisions.decide, accepted_quantity=4,
            rejected_quantity=2, **kw)
    # more than was presented, given alone (the other then derived) or with the other
    for given in ({"accepted_quantity": 6}, {"accepted_quantity": 6, "rejected_quantity": 0},
                  {"rejected_quantity": 7}):
        refused(o, ValidationError, "Only 5 units were presented with notice 46/2026: "
                f"{max(given.values())} is more than that.", inspection_decisions.decide,
                **given, **kw)
    refused(o, ValidationError, "Quantities must be whole numbers, zero or more.",
            inspection_decisions.decide, accepted_quantity=4, rejected_quantity=-1, **kw)


def test_partial_acceptance_of_a_conforming_lot_cannot_accept_more_than_presented(
        records: OfficeFixture) -> None:
    """Before the check, 6 accepted of 5 presented went through: the rejected quantity was
    derived as -1 and the two still added up."""
    o = records
    iid = _inspected_lot_of_five(o, "47/2026")
    assert grid_of(o, iid).verdict.verdict is Verdict.ACCEPT
    refused(o, ValidationError, "Only 5 units were presented with notice 47/2026: 6 is more than "
            "that.", inspection_decisions.decide, inspection_id=iid, password=REP_PASSWORD,
            decided_on=ON, verdict=Verdict.PARTIAL, accepted_quantity=6)
