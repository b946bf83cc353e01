"""Settling the conflicts sync keeps: a real two-site conflict made by real bundles, settled each
way; a settled value reaches the other site; bad inputs change nothing stored."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from milrep.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from milrep.models.acceptance import Verdict
from milrep.models.organizations import Organization
from milrep.models.quality import SuspensionGround, SuspensionScope
from milrep.models.sync import SyncConflict
from milrep.services import conflicts
from milrep.services import suspensions as sp
from milrep.services.conflict_lists import CONFLICTS
from milrep.services.lists import ListQuery, count_rows, fetch_page
from milrep.sync.settle import Resolution
from tests.core.acceptance_helpers import decide
from tests.core.suspension_helpers import add_seals_check, inspect_lot, suspend
from tests.helpers import OfficeFixture, dump_database
from tests.sync.sites import Station, stations, synced_dump
from tests.sync.test_business import _as_fixture
from tests.sync.test_exchange import _rename_org


def _name(st: Station, org_id: uuid.UUID) -> str:
    with st.db.read() as s:
        org = s.get(Organization, org_id)
        assert org is not None
        return org.name


def _open(st: Station) -> list[tuple[str, str | None, str | None]]:
    with st.db.read() as s:
        return sorted((c.kind, c.column_name, c.loser_value) for c in s.scalars(
            select(SyncConflict).where(SyncConflict.settled_at.is_(None))))


def _conflict_id(st: Station, kind: str = "column") -> int:
    with st.db.read() as s:
        return s.scalars(select(SyncConflict.id).where(SyncConflict.kind == kind)).one()


def _data(st: Station) -> dict[str, Any]:
    """What must agree between sites once settled: the synced rows and the change log."""
    out = synced_dump(st.db)
    out.pop("sync_conflicts")
    return out


def _settle(st: Station, cid: int, resolution: Resolution, comment: str = "",
            actor: Any = None) -> None:
    with st.db.unit_of_work() as uow:
        conflicts.settle_conflict(uow, actor or st.chief, conflict_id=cid,
                                  resolution=resolution, comment=comment)


def _view(st: Station, cid: int) -> conflicts.ConflictView:
    with st.db.unit_of_work() as uow:
        return conflicts.get_conflict(uow, st.chief, conflict_id=cid)


@pytest.fixture
def crossed(pair: list[Station], stick: Path, records: OfficeFixture) -> list[Station]:
    """Both sites renamed the same unit offline; b wrote later and wins everywhere."""
    a, b = pair
    unit = records.ids["unit"]
    _rename_org(a, unit, "Unit 12345 (A)")
    _rename_org(b, unit, "Unit 12345 (B)")
    b.import_(a.export(stick, [b]).path)
    a.import_(b.export(stick, [a]).path)
    assert _name(a, unit) == _name(b, unit) == "Unit 12345 (B)"
    assert _open(a) == _open(b) == [("column", "name", '"Unit 12345 (A)"')]
    return pair


def test_a_conflict_shows_both_values_with_site_and_time(crossed: list[Station]) -> None:
    a, b = crossed
    v = _view(a, _conflict_id(a))
    assert v.kind == "column" and v.is_open and not v.head_only
    assert v.record == "Organization Unit 12345 (B)"
    assert v.column_label == "Name"
    assert v.winner is not None and v.loser is not None
    assert (v.winner.value, v.winner.site) == ("Unit 12345 (B)", "WS2")
    assert (v.loser.value, v.loser.site) == ("Unit 12345 (A)", "WS1")
    assert v.winner.hlc > v.loser.hlc and v.winner.at is not None and v.loser.at is not None
    assert "without knowing of each other" in v.explanation
    assert _view(b, _conflict_id(b)).loser == v.loser  # the same on both sites


def test_taking_the_other_value_writes_it_and_it_reaches_the_other_site(
        crossed: list[Station], stick: Path, records: OfficeFixture) -> None:
    a, b = crossed
    unit = records.ids["unit"]
    cid = _conflict_id(a)
    _settle(a, cid, Resolution.TAKEN, "A's spelling is the official one")
    assert _name(a, unit) == "Unit 12345 (A)"
    v = _view(a, cid)
    assert not v.is_open and v.settled_by == "chief" and v.resolution == "taken"
    assert v.comment == "A's spelling is the official one" and v.settled_at is not None
    assert _open(a) == []

    b.import_(a.export(stick, [b]).path)
    assert _name(b, unit) == "Unit 12345 (A)"
    assert _open(b) == []  # the write named the kept value: b drops it too
    a.import_(b.export(stick, [a]).path)
    assert _data(a) == _data(b)
    assert _open(a) == _open(b) == []


def test_keeping_the_stored_value_also_clears_the_other_site(
        crossed: list[Station], stick: Path, records: OfficeFixture) -> None:
    a, b = crossed
    unit = records.ids["unit"]
    before = _name(b, unit)
    _settle(b, _conflict_id(b), Resolution.KEPT)
    assert _name(b, unit) == before == "Unit 12345 (B)"
    assert _view(b, _conflict_id(b)).resolution == "kept"
    a.import_(b.export(stick, [a]).path)
    assert _open(a) == [] and _name(a, unit) == "Unit 12345 (B)"
    b.import_(a.export(stick, [b]).path)
    assert _data(a) == _data(b)


def test_marking_reviewed_writes_no_data(crossed: list[Station], stick: Path) -> None:
    a, b = crossed
    data = _data(a)
    _settle(a, _conflict_id(a), Resolution.REVIEWED, "seen")
    assert _data(a) == data  # no row, no change-log entry
    assert _open(a) == [] and _view(a, _conflict_id(a)).resolution == "reviewed"
    assert _open(b) != []  # only here: nothing was sent


def test_the_list_filters_open_settled_and_business(crossed: list[Station]) -> None:
    a, _ = crossed
    with a.db.read() as s:
        def rows(**scope: str) -> list[tuple[Any, ...]]:
            q = ListQuery(sort="detected_at", scope=scope)
            total = count_rows(s, CONFLICTS, q)
            return fetch_page(s, CONFLICTS, q, offset=0, limit=50, total=total)
        (row,) = rows(state="open")
        assert row[0] == _conflict_id(a)
        assert row[3:7] == ("organizations", "Unit 12345 (B)", "name", "open")
        assert rows(state="settled") == [] and rows(kind="business") == []
    _settle(a, _conflict_id(a), Resolution.REVIEWED)
    with a.db.read() as s:
        q = ListQuery(scope={"state": "settled"})
        assert count_rows(s, CONFLICTS, q) == 1
        assert fetch_page(s, CONFLICTS, q, offset=0, limit=5, total=1)[0][-1] == "settled"


# --- bad inputs: a message, and nothing stored changed --------------------------------------

def _refused(st: Station, exc: type[Exception], match: str, **kw: Any) -> None:
    before = dump_database(st.db)
    actor = kw.pop("actor", st.chief)
    with pytest.raises(exc, match=match), st.db.unit_of_work() as uow:
        conflicts.settle_conflict(uow, actor, **kw)
    assert dump_database(st.db) == before


def test_settling_twice_is_refused(crossed: list[Station]) -> None:
    a, _ = crossed
    cid = _conflict_id(a)
    _settle(a, cid, Resolution.TAKEN)
    for how in Resolution:
        _refused(a, RuleViolation, "already settled by chief", conflict_id=cid, resolution=how)


def test_an_unknown_conflict_is_refused(crossed: list[Station]) -> None:
    a, _ = crossed
    _refused(a, NotFound, "Conflict 4242 does not exist", conflict_id=4242,
             resolution=Resolution.KEPT)
    with pytest.raises(NotFound), a.db.unit_of_work() as uow:
        conflicts.get_conflict(uow, a.chief, conflict_id=4242)


def test_a_too_long_comment_is_refused(crossed: list[Station]) -> None:
    a, _ = crossed
    _refused(a, ValidationError, "too long", conflict_id=_conflict_id(a),
             resolution=Resolution.TAKEN, comment="x" * 2001)


def test_a_viewer_cannot_settle(crossed: list[Station], records: OfficeFixture) -> None:
    a, _ = crossed
    _refused(a, PermissionDenied, "not allowed", actor=a.db.actor_for("clerk"),
             conflict_id=_conflict_id(a), resolution=Resolution.KEPT)


def test_a_representative_settles_a_column_conflict(crossed: list[Station],
                                                    records: OfficeFixture) -> None:
    a, _ = crossed
    _settle(a, _conflict_id(a), Resolution.KEPT, actor=a.db.actor_for("rep1"))
    assert _view(a, _conflict_id(a)).settled_by == "rep1"


# --- business conflicts: the head of office, with a comment ---------------------------------

@pytest.fixture
def business(records: OfficeFixture, tmp_path: Path, stick: Path) -> Any:
    add_seals_check(records)
    inspection = inspect_lot(records, "OTK-77", records.ids["lot"], answer="pass")
    a, b = stations(records, tmp_path)
    suspend(records, sp.SuspensionForm(
        ground=SuspensionGround.CONTRACT_TERMS, scope=SuspensionScope.LOT,
        lot_id=records.ids["lot"], reason="Delivery terms not met"))
    decide(_as_fixture(b, records), inspection, Verdict.ACCEPT)  # b does not know yet
    assert a.import_(b.export(stick, [a]).path).business_conflicts == 1
    yield a, b
    b.db.close()


def test_a_business_conflict_is_settled_by_the_head_of_office_with_a_comment(
        business: Any) -> None:
    a, _ = business
    cid = _conflict_id(a, "business")
    v = _view(a, cid)
    assert v.head_only and v.rule == "suspended" and v.winner is None
    assert v.record.startswith("Acceptance record ") and "(lot " in v.record
    assert v.other_record.startswith("Suspension ")
    assert v.record_side is not None and v.other_side is not None
    assert (v.record_side.value, v.record_side.site) == (v.record, "WS2")  # made on b
    assert (v.other_side.value, v.other_side.site) == (v.other_record, "WS1")
    assert v.other_side.hlc < v.record_side.hlc  # the suspension came first
    assert "did not yet know of Suspension" in v.explanation
    rep = a.db.actor_for("rep1")
    _refused(a, PermissionDenied, "Only the head of office", actor=rep, conflict_id=cid,
             resolution=Resolution.REVIEWED, comment="fine")
    before = dump_database(a.db)
    with pytest.raises(PermissionDenied), a.db.unit_of_work() as uow:
        conflicts.settle_business_conflict(uow, rep, conflict_id=cid, comment="fine")
    assert dump_database(a.db) == before
    _refused(a, ValidationError, "Say in the comment", conflict_id=cid,
             resolution=Resolution.REVIEWED, comment="  ")
    _refused(a, ValidationError, "not settled by choosing a value", conflict_id=cid,
             resolution=Resolution.TAKEN, comment="take it")
    data = dump_database(a.db)
    with a.db.unit_of_work() as uow:
        conflicts.settle_business_conflict(uow, a.chief, conflict_id=cid,
                                           comment="Acceptance annulled by order 12")
    after = dump_database(a.db)
    v = _view(a, cid)
    assert not v.is_open and v.resolution == "reviewed" and v.settled_by == "chief"
    assert v.comment == "Acceptance annulled by order 12"
    # only the conflict and the audit journal changed: no document was touched
    assert {t for t in after if after[t] != data[t]} <= {"sync_conflicts", "audit_journal",
                                                         "milrep_meta"}


# --- a column with a derived search text ----------------------------------------------------

def _edit_contract(st: Station, contract_id: uuid.UUID, subject: str) -> None:
    from milrep.services import contracts
    with st.db.unit_of_work() as uow:
        form = contracts.get_contract(uow, st.chief, contract_id=contract_id).form
    with st.db.unit_of_work() as uow:
        contracts.update_contract(uow, st.chief, contract_id=contract_id,
                                  form=dataclasses.replace(form, subject=subject))


def test_the_search_text_of_a_conflict_goes_with_it(pair: list[Station], stick: Path,
                                                    records: OfficeFixture) -> None:
    from milrep.models.contracts import Contract
    a, b = pair
    contract = records.ids["contract"]
    _edit_contract(a, contract, "Radio stations, lot A")
    _edit_contract(b, contract, "Radio stations, lot B")
    b.import_(a.export(stick, [b]).path)
    a.import_(b.export(stick, [a]).path)
    assert [c[1] for c in _open(a)] == ["search_text", "subject"]
    with a.db.read() as s:
        q = ListQuery(scope={"state": "open", "shown": 1})
        (row,) = fetch_page(s, CONFLICTS, q, offset=0, limit=5, total=count_rows(s, CONFLICTS, q))
        cid = row[0]
    log = len(_data(a)["change_log"])
    _settle(a, cid, Resolution.TAKEN)
    assert len(_data(a)["change_log"]) == log + 1  # one write: the subject and its search text
    assert _open(a) == []
    with a.db.read() as s:
        c = s.get(Contract, contract)
        assert c is not None and c.subject == "Radio stations, lot A"
        assert "lot a" in c.search_text.casefold()
    b.import_(a.export(stick, [b]).path)
    assert _open(b) == []
    assert _data(a) == _data(b)
