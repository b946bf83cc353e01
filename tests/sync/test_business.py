"""Domain gates on import: an acceptance made on one workstation while another had suspended
the lot is applied (both are signed facts) and flagged for the head of office on both sites."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from milrep.models.acceptance import AcceptanceRecord, Verdict
from milrep.models.quality import SuspensionGround, SuspensionScope
from milrep.models.sync import SyncConflict
from milrep.services import suspensions as sp
from milrep.sync.importer import ImportStatus
from tests.core.acceptance_helpers import decide
from tests.core.suspension_helpers import add_seals_check, inspect_lot, suspend
from tests.helpers import OfficeFixture
from tests.sync.sites import Station, stations, synced_dump


def _as_fixture(st: Station, o: OfficeFixture) -> OfficeFixture:
    return OfficeFixture(db=st.db, path=st.db.path, chief=st.chief,
                         rep=st.db.actor_for("rep1"), viewer=st.db.actor_for("clerk"),
                         recovery_code="", ids=o.ids)


def _flags(st: Station) -> list[tuple[str, str | None, str | None]]:
    with st.db.read() as s:
        return sorted((c.table_name, c.rule, c.other_table) for c in s.scalars(
            select(SyncConflict).where(SyncConflict.kind == "business")))


def test_acceptance_under_a_suspension_made_elsewhere_is_flagged_on_both_sites(
        records: OfficeFixture, tmp_path: Path, stick: Path) -> None:
    add_seals_check(records)
    inspection = inspect_lot(records, "OTK-77", records.ids["lot"], answer="pass")
    a, b = stations(records, tmp_path)
    try:
        suspend(records, sp.SuspensionForm(
            ground=SuspensionGround.CONTRACT_TERMS, scope=SuspensionScope.LOT,
            lot_id=records.ids["lot"], reason="Delivery terms not met"))
        decide(_as_fixture(b, records), inspection, Verdict.ACCEPT)  # b does not know yet

        res = a.import_(b.export(stick, [a]).path)
        assert res.status == ImportStatus.APPLIED and res.business_conflicts == 1
        res = b.import_(a.export(stick, [b]).path)
        assert res.status == ImportStatus.APPLIED and res.business_conflicts == 1
        for st in (a, b):
            with st.db.read() as s:
                assert s.scalar(select(AcceptanceRecord.id)) is not None  # applied, not dropped
            assert _flags(st) == [("acceptance_records", "suspended", "suspensions")]
        assert synced_dump(a.db) == synced_dump(b.db)
    finally:
        b.db.close()


def test_the_same_goods_certified_on_two_workstations_are_flagged_until_one_is_revoked(
        records: OfficeFixture, tmp_path: Path, stick: Path) -> None:
    from milrep.services import certificates
    from tests.conftest import CHIEF_PASSWORD
    from tests.core.certificate_helpers import certifiable, issue

    certifiable(records)  # lot L-2026-004 accepted in full (10 stations)
    a, b = stations(records, tmp_path)
    try:
        first = issue(records, quantity=10)
        issue(_as_fixture(b, records), serials=["0405", "0406", "0407"])  # b knows nothing
        assert a.import_(b.export(stick, [a]).path).business_conflicts == 1
        assert b.import_(a.export(stick, [b]).path).business_conflicts == 1
        for st in (a, b):
            assert _flags(st) == [("acceptance_records", "over_certified", "certificates")]
        assert synced_dump(a.db) == synced_dump(b.db)

        with a.db.unit_of_work() as uow:  # the head of office settles it: a's is revoked
            certificates.revoke_certificate(uow, a.chief, certificate_id=first,
                                            reason="Issued twice offline", password=CHIEF_PASSWORD)
        b.import_(a.export(stick, [b]).path)
        a.import_(b.export(stick, [a]).path)  # an acknowledgement: a re-checks its own flags
        assert _flags(a) == _flags(b) == []
        assert synced_dump(a.db) == synced_dump(b.db)
    finally:
        b.db.close()


def test_asset_movements_that_together_take_more_than_was_there_are_flagged_until_corrected(
        records: OfficeFixture, tmp_path: Path, stick: Path) -> None:
    """27.3.5: each workstation refuses a movement beyond the balance it knows; two of them,
    offline, can still take 3 and 4 of the same 5. The import keeps both movements (signed
    documents) and flags the asset on both sites, naming the place, the balance and the day;
    a receipt that brings the balance back to zero drops the flag everywhere."""
    import datetime as dt

    from milrep.models.assets import MovementKind
    from milrep.sync import settle
    from tests.core.asset_helpers import D0, movement, move, register

    asset = register(records)  # 5 шт at «Цех 3»
    a, b = stations(records, tmp_path)
    try:
        move(_as_fixture(a, records), movement(asset, MovementKind.HANDOVER, "3",
                                               D0 + dt.timedelta(days=10)))
        move(_as_fixture(b, records), movement(asset, MovementKind.WRITE_OFF, "4",
                                               D0 + dt.timedelta(days=12)))
        assert a.import_(b.export(stick, [a]).path).business_conflicts == 1
        assert b.import_(a.export(stick, [b]).path).business_conflicts == 1
        for st in (a, b):
            assert _flags(st) == [("assets", "asset_overdrawn", None)]
            with st.db.read() as s:
                c = s.scalar(select(SyncConflict).where(SyncConflict.kind == "business"))
                assert c is not None
                text = settle.view(s, c).explanation
            assert "Цех 3: -2 шт on 27.01.2026" in text, text
        assert synced_dump(a.db) == synced_dump(b.db)

        # the head of office finds 2 more on the shelf: a receipt dated the day it went wrong;
        # the flag goes at once where it is recorded, and on the other site with the bundle
        move(_as_fixture(a, records), movement(asset, MovementKind.RECEIPT, "2",
                                               D0 + dt.timedelta(days=12), to_location="Цех 3"))
        assert _flags(a) == []
        b.import_(a.export(stick, [b]).path)
        a.import_(b.export(stick, [a]).path)
        assert _flags(a) == _flags(b) == []
        assert synced_dump(a.db) == synced_dump(b.db)
    finally:
        b.db.close()
