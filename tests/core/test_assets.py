"""Material assets (Article 27.3.5): register, movements, balances, inventory counts."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from milrep.errors import AuthenticationError, NotFound, RuleViolation, ValidationError
from milrep.models.assets import AssetStatus, CountStatus, MovementKind
from milrep.services import asset_movements as am
from milrep.services import assets as av
from milrep.services import inventory_counts as ic
from tests.conftest import REP_PASSWORD
from tests.core.asset_helpers import D0, asset_form, detail, move, movement, register
from tests.helpers import OfficeFixture, dump_database, refused

D = dt.date
LAB = "Лаборатория климатических испытаний"


def test_registering_records_the_receipt_and_the_balance_follows_movements(records):
    o = records
    aid = register(o)
    d = detail(o, aid)
    assert d.asset.balance == 5 and d.asset.status == AssetStatus.IN_USE
    assert d.asset.total_cost == Decimal("6250000.00")
    assert [(m.kind, m.quantity, m.to_location) for m in d.movements] == [
        (MovementKind.RECEIPT, Decimal(5), "Цех 3")]
    move(o, movement(aid, MovementKind.TRANSFER, 2, D(2026, 2, 1), responsible="Инженер Ли"))
    move(o, movement(aid, MovementKind.WRITE_OFF, "1", D(2026, 3, 1)))
    d = detail(o, aid)
    assert d.asset.balance == 4
    # the write-off took from where the asset is kept now (the lab)
    assert dict(d.by_location) == {"Цех 3": Decimal(3), LAB: Decimal(1)}
    assert d.asset.location == LAB and d.asset.status == AssetStatus.TRANSFERRED
    assert d.asset.responsible == "Инженер Ли"
    assert [m.balance_after for m in d.movements] == [5, 5, 4]
    # balances at earlier dates come from the movements up to then
    assert detail(o, aid, D(2026, 1, 31)).asset.balance == 5
    assert dict(detail(o, aid, D(2026, 2, 1)).by_location) == {"Цех 3": 3, LAB: 2}
    assert detail(o, aid, D(2026, 1, 14)).asset.balance == 0


def test_writing_off_or_handing_over_everything_changes_the_status(records):
    o = records
    a = register(o, "ИНВ-1")
    b = register(o, "ИНВ-2")
    move(o, movement(a, MovementKind.WRITE_OFF, 5, D(2026, 2, 1)))
    move(o, movement(b, MovementKind.HANDOVER, 2, D(2026, 2, 1)))
    assert detail(o, a).asset.status == AssetStatus.WRITTEN_OFF
    assert detail(o, b).asset.status == AssetStatus.IN_USE  # 3 left
    move(o, movement(b, MovementKind.HANDOVER, 3, D(2026, 2, 2)))
    assert detail(o, b).asset.status == AssetStatus.HANDED_OVER
    refused(o, RuleViolation, "Asset ИНВ-1 has left the register (Written off); register what "
            "was received as a new asset.", am.record_movement,
            form=movement(a, MovementKind.RECEIPT, 1, D(2026, 3, 1)))


def test_a_movement_beyond_the_balance_is_refused_naming_it(records):
    o = records
    aid = register(o)
    for kind in (MovementKind.WRITE_OFF, MovementKind.HANDOVER, MovementKind.TRANSFER):
        word = am.kind_label(kind).lower()
        refused(o, RuleViolation,
                f"Asset ИНВ-0001 (Стенд вибрационный ВС-100): the balance at Цех 3 on 2026-02-01 "
                f"is 5 шт; a {word} of 5.5 шт is refused.",
                am.record_movement, form=movement(aid, kind, "5.5", D(2026, 2, 1)))


def test_a_backdated_movement_may_not_turn_a_later_balance_negative(records):
    o = records
    aid = register(o)
    move(o, movement(aid, MovementKind.RECEIPT, 3, D(2026, 2, 1)))  # 8 from 1 Feb
    move(o, movement(aid, MovementKind.WRITE_OFF, 6, D(2026, 3, 1)))  # 2 from 1 Mar
    # on 20 Jan there are 5, but taking 4 then would leave -2 after 1 March
    refused(o, RuleViolation,
            "Asset ИНВ-0001 (Стенд вибрационный ВС-100): later movements leave 2 шт at Цех 3 on "
            "2026-03-01; a handover to the recipient of 4 шт dated 2026-01-20 is refused.",
            am.record_movement, form=movement(aid, MovementKind.HANDOVER, 4, D(2026, 1, 20)))
    move(o, movement(aid, MovementKind.HANDOVER, 2, D(2026, 1, 20)))
    assert detail(o, aid).asset.balance == 0


def test_transfer_beyond_what_is_at_the_source_location(records):
    o = records
    aid = register(o)
    move(o, movement(aid, MovementKind.TRANSFER, 4, D(2026, 2, 1)))
    # 1 left in shop 3; the lab has 4
    refused(o, RuleViolation,
            "Asset ИНВ-0001 (Стенд вибрационный ВС-100): the balance at Цех 3 on 2026-02-02 is "
            "1 шт; a write-off of 2 шт is refused.", am.record_movement,
            form=movement(aid, MovementKind.WRITE_OFF, 2, D(2026, 2, 2), from_location="Цех 3"))
    move(o, movement(aid, MovementKind.WRITE_OFF, 4, D(2026, 2, 2)))  # from the lab (its place)
    assert dict(detail(o, aid).by_location) == {"Цех 3": 1}


BAD_MOVEMENTS = [
    ({"quantity": "-1"}, ValidationError, "Quantity must be greater than zero."),
    ({"quantity": "0"}, ValidationError, "Quantity must be greater than zero."),
    ({"quantity": "1.0005"}, ValidationError, "Quantity has more than three decimal places."),
    ({"quantity": "много"}, ValidationError, "Quantity: \"много\" is not a number."),
    ({"quantity": ""}, ValidationError, "Quantity is required."),
    ({"grounds": "  "}, ValidationError,
     "A write-off needs its grounds (the act, the reason)."),
    ({"document_number": ""}, ValidationError, "Document number is required."),
    ({"signed_by": " "}, ValidationError, "Signed by is required."),
    ({"moved_on": None}, ValidationError, "Enter the date of the movement."),
    ({"document_date": D(2026, 2, 2)}, ValidationError,
     "The document is dated 2026-02-02, after the movement (2026-02-01)."),
    ({"moved_on": D(2026, 1, 1), "document_date": D(2026, 1, 1)}, ValidationError,
     "Asset ИНВ-0001 was acquired on 2026-01-15; a movement dated 2026-01-01 is refused."),
    ({"kind": "theft"}, ValidationError, "Choose the kind of movement."),
]


@pytest.mark.parametrize("change,error,message", BAD_MOVEMENTS)
def test_bad_movements_are_refused_and_nothing_changes(records, change, error, message):
    o = records
    aid = register(o)
    args = {"kind": MovementKind.WRITE_OFF, "quantity": 1, **change}
    form = movement(aid, args.pop("kind"), args.pop("quantity"), D(2026, 2, 1), **args)
    refused(o, error, message, am.record_movement, form=form)


def test_more_bad_movements(records):
    o = records
    aid = register(o)
    future = dt.date.today() + dt.timedelta(days=1)
    refused(o, ValidationError, f"The movement date {future.isoformat()} is in the future.",
            am.record_movement, form=movement(aid, MovementKind.RECEIPT, 1, future))
    refused(o, NotFound, "The asset no longer exists in the register.", am.record_movement,
            form=movement(uuid.uuid4(), MovementKind.RECEIPT, 1))
    refused(o, ValidationError, "Enter the recipient the asset is handed to.",
            am.record_movement, form=movement(aid, MovementKind.HANDOVER, 1, counterparty=""))
    refused(o, ValidationError, "Enter where the asset is transferred to.",
            am.record_movement, form=movement(aid, MovementKind.TRANSFER, 1, to_location=""))
    refused(o, ValidationError, "The asset is already kept at Цех 3; choose another "
            "destination.", am.record_movement,
            form=movement(aid, MovementKind.TRANSFER, 1, to_location="Цех 3"))
    with pytest.raises(TypeError):
        with o.db.unit_of_work() as uow:
            am.record_movement(uow, o.rep, form=movement(aid, MovementKind.RECEIPT, 1.5))


BAD_ASSETS = [
    ({"inventory_number": " "}, "Inventory number is required."),
    ({"name": ""}, "Name is required."),
    ({"category": "weapons"}, "Choose the category of the asset."),
    ({"origin": "found"}, "Choose whether the asset was created or purchased."),
    ({"contract_id": None}, "Choose the contract the asset was created or purchased under."),
    ({"unit": ""}, "Unit is required."),
    ({"unit_cost": "12.345"}, "Unit cost has more than two decimal places."),
    ({"unit_cost": "-1"}, "Unit cost must be a positive amount."),
    ({"acquisition_doc_number": ""}, "Acquisition document is required."),
    ({"acquisition_doc_date": None}, "Enter the date of the acquisition document."),
    ({"location": ""}, "Location is required."),
    ({"quantity": "-3"}, "Quantity must be greater than zero."),
    ({"quantity": None}, "Quantity is required."),
    ({"signed_by": ""}, "Signed by is required."),
    ({"inventory_number": "ИНВ-0001"},
     "Inventory number ИНВ-0001 is already in the register: Стенд вибрационный ВС-100."),
]


@pytest.mark.parametrize("change,message", BAD_ASSETS)
def test_bad_assets_are_refused_and_nothing_changes(records, change, message):
    o = records
    register(o)
    values = {"inventory_number": "ИНВ-0002", **change}
    number = values.pop("inventory_number")
    refused(o, ValidationError, message, av.register_asset, form=asset_form(o, number, **values))


def test_update_corrects_data_but_not_what_movements_decide(records):
    o = records
    aid = register(o)
    with o.db.unit_of_work() as uow:
        av.update_asset(uow, o.rep, asset_id=aid,
                        form=asset_form(o, name="Стенд ВС-100М", unit_cost="1300000"))
    assert detail(o, aid).asset.name == "Стенд ВС-100М"
    assert detail(o, aid).asset.unit_cost == Decimal("1300000.00")
    refused(o, ValidationError, "The location changes only by a transfer movement.",
            av.update_asset, asset_id=aid, form=asset_form(o, location="Склад"))
    refused(o, ValidationError, "The acquisition document is that of the first receipt, which "
            "is never changed.", av.update_asset, asset_id=aid,
            form=asset_form(o, acquisition_doc_number="ТН-99"))
    register(o, "ИНВ-0002")
    refused(o, ValidationError, "Inventory number ИНВ-0002 is already in the register: Стенд "
            "вибрационный ВС-100.", av.update_asset, asset_id=aid, form=asset_form(o, "ИНВ-0002"))


def test_find_and_list(records):
    o = records
    register(o, "ИНВ-2", acquisition_doc_date=D(2026, 3, 1))
    register(o, "ИНВ-1")
    with o.db.unit_of_work() as uow:
        rows = av.list_assets(uow, o.viewer)
        assert [r.inventory_number for r in rows] == ["ИНВ-1", "ИНВ-2"]
        assert rows[0].contract_number == "12-ГОЗ/2026"
        early = av.list_assets(uow, o.viewer, on=D(2026, 2, 1))
        assert [r.inventory_number for r in early] == ["ИНВ-1"]
        assert av.find_asset(uow, o.viewer, inventory_number=" ИНВ-2 ").asset.balance == 5
    with pytest.raises(NotFound, match="No asset has inventory number X"):
        with o.db.unit_of_work() as uow:
            av.find_asset(uow, o.viewer, inventory_number="X")


def test_movements_of_a_period_with_running_balances(records):
    o = records
    aid = register(o)
    move(o, movement(aid, MovementKind.WRITE_OFF, 1, D(2026, 2, 1)))
    move(o, movement(aid, MovementKind.RECEIPT, 2, D(2026, 3, 1)))
    with o.db.unit_of_work() as uow:
        rows = am.list_movements(uow, o.viewer, date_from=D(2026, 2, 1), date_to=D(2026, 2, 28))
    assert [(r.kind, r.quantity, r.balance_after) for r in rows] == [
        (MovementKind.WRITE_OFF, 1, 4)]
    refused(o, ValidationError, "To cannot be earlier than From.", am.list_movements,
            date_from=D(2026, 3, 1), date_to=D(2026, 2, 1))


# --- inventory counts ---------------------------------------------------------------------------

def _start(o: OfficeFixture, place: str = "Цех 3", on: dt.date = D(2026, 3, 31)) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        ch = ic.start_count(uow, o.rep, location=place, count_date=on,
                            commission="Майор Ахметова Г.\nКапитан Ли")
    assert ch.id is not None
    return ch.id


def _count(o: OfficeFixture, cid: uuid.UUID) -> ic.CountDetail:
    with o.db.unit_of_work() as uow:
        return ic.get_count(uow, o.viewer, count_id=cid)


def test_a_count_expects_the_balances_finds_discrepancies_and_is_reconciled(records):
    o = records
    a = register(o, "ИНВ-1")
    b = register(o, "ИНВ-2", unit="кг", quantity="12.5", unit_cost="800.00")
    c = register(o, "ИНВ-3")
    move(o, movement(c, MovementKind.TRANSFER, 5, D(2026, 2, 1)))  # all of it to the lab
    move(o, movement(a, MovementKind.WRITE_OFF, 1, D(2026, 4, 2)))  # after the count date
    cid = _start(o)
    d = _count(o, cid)
    assert d.count.number == "17/WS1/2026/IC-0001" and d.count.status == CountStatus.OPEN
    assert [(ln.inventory_number, ln.expected, ln.counted) for ln in d.lines] == [
        ("ИНВ-1", 5, None), ("ИНВ-2", Decimal("12.5"), None)]
    refused(o, RuleViolation, "Count 17/WS1/2026/IC-0001: 2 line(s) are not counted yet (ИНВ-1, "
            "ИНВ-2); enter every counted quantity before reconciling.", ic.reconcile_count,
            count_id=cid, password=REP_PASSWORD)
    la, lb = d.lines
    with o.db.unit_of_work() as uow:
        ic.enter_counts(uow, o.rep, count_id=cid, entries=[
            ic.CountEntry(la.id, "5"), ic.CountEntry(lb.id, "11,75", "Недостача, акт")])
    d = _count(o, cid)
    assert [ln.difference for ln in d.lines] == [0, Decimal("-0.75")]
    assert d.discrepancies[0].difference_cost == Decimal("-600.00")
    assert d.count.discrepancies == 1
    refused(o, AuthenticationError, "Wrong user name or password.", ic.reconcile_count,
            count_id=cid, password="wrong")
    with o.db.unit_of_work() as uow:
        ic.reconcile_count(uow, o.rep, count_id=cid, password=REP_PASSWORD,
                           conclusion="Недостачу списать актом")
    d = _count(o, cid)
    assert d.count.status == CountStatus.RECONCILED and d.count.reconciled_by == "G. Akhmetova"
    refused(o, RuleViolation, "Count 17/WS1/2026/IC-0001 is reconciled and signed; it cannot be "
            "changed.", ic.enter_counts, count_id=cid, entries=[ic.CountEntry(la.id, "4")])
    refused(o, RuleViolation, "Count 17/WS1/2026/IC-0001 is reconciled and signed; it cannot be "
            "changed.", ic.discard_count, count_id=cid)
    # what the count took is frozen: a movement on or before it is refused at that place
    refused(o, RuleViolation, "Inventory count 17/WS1/2026/IC-0001 of Цех 3 on 2026-03-31 already "
            "took the balance there; a movement dated 2026-03-31 (on or before it) is refused. "
            "Date it after the count.", am.record_movement,
            form=movement(b, MovementKind.WRITE_OFF, "0.75", D(2026, 3, 31)))
    move(o, movement(b, MovementKind.WRITE_OFF, "0.75", D(2026, 4, 1)))
    with o.db.unit_of_work() as uow:
        rows = ic.list_counts(uow, o.viewer)
    assert [r.number for r in rows] == ["17/WS1/2026/IC-0001"]


def test_count_refusals(records):
    o = records
    register(o)
    refused(o, RuleViolation, "No asset is kept at Склад on 2026-03-31; there is nothing to "
            "count.", ic.start_count, location="Склад", count_date=D(2026, 3, 31))
    refused(o, ValidationError, "Location is required.", ic.start_count, location=" ",
            count_date=D(2026, 3, 31))
    refused(o, ValidationError, "Enter the date of the count.", ic.start_count,
            location="Цех 3", count_date=None)
    cid = _start(o)
    refused(o, RuleViolation, "Count 17/WS1/2026/IC-0001 of Цех 3 is still open; reconcile or "
            "discard it before starting another.", ic.start_count, location="Цех 3",
            count_date=D(2026, 4, 30))
    line = _count(o, cid).lines[0]
    for value, message in (("-1", "Counted quantity of ИНВ-0001 cannot be negative."),
                           ("1.2345", "Counted quantity of ИНВ-0001 has more than three decimal "
                            "places.")):
        refused(o, ValidationError, message, ic.enter_counts, count_id=cid,
                entries=[ic.CountEntry(line.id, value)])
    refused(o, NotFound, "That line is not on count sheet 17/WS1/2026/IC-0001.",
            ic.enter_counts, count_id=cid, entries=[ic.CountEntry(uuid.uuid4(), "1")])
    refused(o, NotFound, "The inventory count no longer exists.", ic.get_count,
            count_id=uuid.uuid4())
    # zero is a count (nothing found); a discarded count frees the place again
    with o.db.unit_of_work() as uow:
        ic.enter_counts(uow, o.rep, count_id=cid, entries=[ic.CountEntry(line.id, "0")])
    assert _count(o, cid).lines[0].difference == -5
    before = dump_database(o.db)
    with o.db.unit_of_work() as uow:
        ic.discard_count(uow, o.rep, count_id=cid)
    assert dump_database(o.db) != before
    with o.db.unit_of_work() as uow:
        assert ic.list_counts(uow, o.viewer) == ()
    cid2 = _start(o, on=D(2026, 4, 30))
    assert _count(o, cid2).count.number == "17/WS1/2026/IC-0002"


def test_a_new_count_must_be_dated_after_a_reconciled_one(records):
    o = records
    register(o)
    cid = _start(o)
    line = _count(o, cid).lines[0]
    with o.db.unit_of_work() as uow:
        ic.enter_counts(uow, o.rep, count_id=cid, entries=[ic.CountEntry(line.id, "5")])
    with o.db.unit_of_work() as uow:
        ic.reconcile_count(uow, o.rep, count_id=cid, password=REP_PASSWORD)
    refused(o, RuleViolation, "Count 17/WS1/2026/IC-0001 of Цех 3 on 2026-03-31 is already "
            "reconciled; a new count must be dated after it.", ic.start_count,
            location="Цех 3", count_date=D(2026, 3, 31))
    refused(o, RuleViolation, "Inventory count 17/WS1/2026/IC-0001 of Цех 3 on 2026-03-31 already "
            "took the balance there; a movement dated 2026-01-15 (on or before it) is refused. "
            "Date it after the count.", av.register_asset, form=asset_form(o, "ИНВ-9"))


# --- exports --------------------------------------------------------------------------------

def test_register_and_movements_export_to_xlsx_csv_and_pdf(records, tmp_path):
    import csv
    import io

    import pypdfium2 as pdfium
    from openpyxl import load_workbook

    from milrep.services import asset_exports as ax

    o = records
    aid = register(o, unit_cost="1250000.50")
    move(o, movement(aid, MovementKind.WRITE_OFF, "1.5", D(2026, 2, 1)))
    with o.db.unit_of_work() as uow:
        r = ax.export_register(uow, o.viewer, path=tmp_path / "reg.xlsx", fmt="xlsx",
                               on=D(2026, 3, 1))
    assert r.rows == 1
    ws = load_workbook(tmp_path / "reg.xlsx").active
    header = [c.value for c in ws[1]]
    row = dict(zip(header, [c.value for c in ws[2]], strict=True))
    assert row["Inventory No."] == "ИНВ-0001" and row["Balance"] == 3.5
    assert row["Unit cost, ₸"] == 1250000.5 and row["Value, ₸"] == 4375001.75
    assert row["Acquisition date"].date() == D0 and row["Category"] == "Equipment"
    with o.db.unit_of_work() as uow:
        ax.export_movements(uow, o.viewer, path=tmp_path / "mov.csv", fmt="CSV",
                            date_from=D(2026, 1, 1), date_to=D(2026, 12, 31))
    lines = list(csv.reader(io.StringIO((tmp_path / "mov.csv").read_text("utf-8-sig"))))
    assert [(x[0], x[1], x[4], x[-1]) for x in lines[1:]] == [
        ("2026-01-15", "Receipt", "5", "5"), ("2026-02-01", "Write-off", "1.5", "3.5")]
    with o.db.unit_of_work() as uow:
        ax.export_movements(uow, o.viewer, path=tmp_path / "mov.pdf", fmt="pdf",
                            date_from=D(2026, 1, 1), date_to=D(2026, 12, 31))
        ax.export_register(uow, o.viewer, path=tmp_path / "reg.pdf", fmt="pdf")
    for name in ("mov.pdf", "reg.pdf"):
        pdf = pdfium.PdfDocument((tmp_path / name).read_bytes())
        text = pdf[0].get_textpage().get_text_range()
        assert "ИНВ-0001" in text
    refused(o, ValidationError, "Unknown export format \"ods\"; choose one of: xlsx, csv, pdf.",
            ax.export_register, path=tmp_path / "x.ods", fmt="ods")
    refused(o, ValidationError, "To cannot be earlier than From.", ax.export_movements,
            path=tmp_path / "x.csv", fmt="csv", date_from=D(2026, 2, 1), date_to=D(2026, 1, 1))
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.ods").exists()


def test_count_sheet_pdf_prints_expected_and_after_reconciling_the_differences(records):
    import pypdfium2 as pdfium

    from milrep.documents.registry import document_type

    o = records
    register(o)
    cid = _start(o)
    with o.db.read() as s:
        blank = document_type("inventory_count").render(s, cid)
    text = pdfium.PdfDocument(blank)[0].get_textpage().get_text_range()
    assert "INVENTORY COUNT SHEET" in text and "ИНВ-0001" in text and "Counted" in text
    line = _count(o, cid).lines[0]
    with o.db.unit_of_work() as uow:
        ic.enter_counts(uow, o.rep, count_id=cid, entries=[ic.CountEntry(line.id, "4")])
    with o.db.unit_of_work() as uow:
        ic.reconcile_count(uow, o.rep, count_id=cid, password=REP_PASSWORD)
    with o.db.read() as s:
        done = document_type("inventory_count").render(s, cid)
    text = " ".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(done))
    assert "INVENTORY COUNT RECORD" in text and "Discrepancies" in text
    assert "\u22121 250 000,00" in text.replace("\u202f", " ")
    assert "Reconciled the inventory" in text


def test_the_paged_register_list_shows_balances_from_movements(records):
    from milrep.services.asset_balances import to_quantity
    from milrep.services.asset_lists import ASSET_MOVEMENTS, ASSETS
    from milrep.services.lists import ListQuery, count_rows, fetch_page

    o = records
    a = register(o, "ИНВ-1")
    register(o, "ИНВ-2", name="Кабель РК-50", unit="м", quantity="120.5")
    move(o, movement(a, MovementKind.WRITE_OFF, "2", D(2026, 2, 1)))
    with o.db.read() as s:
        q = ListQuery(sort="inventory_number")
        total = count_rows(s, ASSETS, q)
        rows = fetch_page(s, ASSETS, q, offset=0, limit=50, total=total)
        keys = [c.key for c in ASSETS.columns]
        got = [(r[1 + keys.index("inventory_number")], to_quantity(r[1 + keys.index("balance")]))
               for r in rows]
        assert got == [("ИНВ-1", 3), ("ИНВ-2", Decimal("120.5"))]
        cable = ListQuery(text="кабель")
        assert count_rows(s, ASSETS, cable) == 1
        mq = ListQuery(scope={"asset_id": a})
        assert count_rows(s, ASSET_MOVEMENTS, mq) == 2
        moves = fetch_page(s, ASSET_MOVEMENTS, mq, offset=0, limit=10, total=2)
        assert [(r[2], r[4]) for r in moves] == [("receipt", 5000), ("write_off", 2000)]
