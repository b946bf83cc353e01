"""Property: the suspension gate refuses exactly when a suspension in force covers the lot, over
random sequences of lots, suspensions (contract, item or lot scope) and resumptions."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milrep.errors import RuleViolation
from milrep.models.control_list import ItemKind
from milrep.services import contracts, control_list, gates, lots
from milrep.services import suspensions as sp
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core.suspension_helpers import G, S
from tests.helpers import OfficeFixture


_COUNTER = iter(range(10**6))
BASE = dt.date(2026, 1, 1)
ops = st.lists(st.one_of(
    st.tuples(st.just("lot"), st.integers(0, 1), st.one_of(st.none(), st.integers(0, 4))),
    st.tuples(st.just("suspend"), st.sampled_from([S.CONTRACT, S.ITEM, S.LOT]),
              st.integers(0, 1), st.integers(0, 5),
              st.sampled_from([G.CONTRACT_TERMS, G.QUALITY_DECISIONS, G.IN_SERVICE_DEFECTS]),
              st.one_of(st.none(), st.integers(0, 4))),
    st.tuples(st.just("resume"), st.integers(0, 5))), min_size=2, max_size=12)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=ops)
def test_gate_matches_a_model(records: OfficeFixture, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    """Each example works on a fresh contract with two goods items, so examples do not mix."""
    o = records
    n = next(_COUNTER)
    with o.db.unit_of_work() as uow:
        contract = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
            number=f"P-{n}", signed_on=dt.date(2026, 1, 2), customer_id=o.ids["mod"],
            contractor_id=o.ids["plant"], subject="Property", valid_from=dt.date(2026, 1, 2),
            valid_until=dt.date(2027, 12, 31), value="1.00")).id
    items = []
    for k in range(2):
        with o.db.unit_of_work() as uow:
            items.append(control_list.create_item(uow, o.chief, form=control_list.ItemForm(
                contract_id=contract, kind=ItemKind.MILITARY_GOODS, name=f"Item {n}-{k}",
                nomenclature_code=f"P{n}-{k}", quantity=10, unit="pcs")).id)
    model_lots: list[tuple[uuid.UUID, uuid.UUID, dt.date | None]] = []  # (id, item, made)
    model_susp: list[dict] = []  # type: ignore[type-arg]

    def covered(lot_id: uuid.UUID | None, item_id: uuid.UUID) -> bool:
        made = next((m for i, _, m in model_lots if i == lot_id), None)
        for x in model_susp:
            if not x["active"]:
                continue
            if x["scope"] == S.LOT:
                if x["lot"] == lot_id:
                    return True
                continue
            if x["scope"] == S.ITEM and x["item"] != item_id:
                continue
            if x["since"] is None or made is None or made >= x["since"]:
                return True
        return False

    for step in steps:
        if step[0] == "lot":
            _, k, made = step
            made_on = None if made is None else BASE + dt.timedelta(days=made)
            with o.db.unit_of_work() as uow:
                lot_id = lots.register_lot(uow, o.rep, item_id=items[k],
                                           number=f"L{len(model_lots)}", quantity=1,
                                           manufactured_on=made_on).id
            model_lots.append((lot_id, items[k], made_on))  # type: ignore[arg-type]
        elif step[0] == "suspend":
            _, scope, k, li, ground, since = step
            if scope == S.LOT:
                if not model_lots:
                    continue
                lot_id, item_id, _ = model_lots[li % len(model_lots)]
                since_on = None
                form = sp.SuspensionForm(ground=ground, scope=scope, lot_id=lot_id, reason="p")
            else:
                lot_id, item_id = None, items[k] if scope == S.ITEM else None
                since_on = None if since is None else BASE + dt.timedelta(days=since)
                form = sp.SuspensionForm(ground=ground, scope=scope, reason="p",
                                         contract_id=contract, item_id=item_id,
                                         covers_made_since=since_on)
            dup = any(x["active"] and x["scope"] == scope and x["ground"] == ground
                      and x["item"] == item_id and x["lot"] == lot_id for x in model_susp)
            with o.db.unit_of_work() as uow:
                if dup:
                    with pytest.raises(RuleViolation, match="on the same ground"):
                        sp.suspend(uow, o.rep, form=form, password=REP_PASSWORD)
                    continue
                sid = sp.suspend(uow, o.rep, form=form, password=REP_PASSWORD).id
            model_susp.append({"id": sid, "scope": scope, "ground": ground, "item": item_id,
                               "lot": lot_id, "since": since_on, "active": True})
        else:
            if not model_susp:
                continue
            x = model_susp[step[1] % len(model_susp)]
            with o.db.unit_of_work() as uow:
                if not x["active"]:
                    with pytest.raises(RuleViolation, match="already ended"):
                        sp.resume(uow, o.chief, suspension_id=x["id"], password=CHIEF_PASSWORD,
                                  corrective_actions="done")
                    continue
                sp.resume(uow, o.chief, suspension_id=x["id"], password=CHIEF_PASSWORD,
                          corrective_actions="done")
            x["active"] = False
        # after every step: the gate agrees with the model for every lot and for no lot
        with o.db.read() as s:
            for lot_id, item_id in [(li, it) for li, it, _ in model_lots] + \
                    [(None, it) for it in items]:
                expected = covered(lot_id, item_id)
                try:
                    gates.ensure_not_suspended(s, item_id=item_id, lot_id=lot_id,
                                               action="Acceptance")
                    refused_now = False
                except RuleViolation:
                    refused_now = True
                assert refused_now == expected, (step, lot_id)
