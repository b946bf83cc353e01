"""A realistic demo office (SCENARIOS.md), and bulk filling to N rows for scale tests.

Everything the demo office holds is written through the core services, so its audit journal and
change log are exactly those of an office that typed it in. ``records=N`` then adds generated
contracts and control-list items in big batches through SQLAlchemy Core, still writing one
change-log entry and one hash-chained audit entry per row with :func:`milrep.db.journal.write_journal`
(the function the flush hook uses), so ``milrep audit verify`` holds on a million rows too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select

from milrep.db import journal
from milrep.db.keyslots import DEFAULT_KDF, KdfParams, KeySlotFile
from milrep.db.store import Database, NewOffice, create_database, open_database
from milrep.demo_acceptance import build_acceptance
from milrep.demo_assets import build_assets
from milrep.demo_certificates import build_certificates
from milrep.demo_duties import build_duties
from milrep.demo_sync import build_sync
from milrep.demo_reclamations import build_reclamations
from milrep.errors import UserError, ValidationError
from milrep.i18n import translate
from milrep.models import Meta
from milrep.models.contracts import AmendmentGround, Contract, ContractStatus
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.organizations import Organization, OrgKind
from milrep.models.users import Role
from milrep.services import contracts, control_list, lots, organizations, users
from milrep.services.auth import Actor, Permission, role_label
from milrep.services.validate import search_text

DEMO_MARKER = "demo"
BATCH_ROWS = 20_000
BULK_CACHE_KIB = 256 * 1024  # page cache while filling: random UUID keys thrash a small cache
ITEMS_PER_CONTRACT = 50  # generated rows: one contract per 50 (49 items + the contract)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    rank: str
    position: str
    role: Role

    def label(self) -> str:
        return role_label(self.role)


DEMO_USERS = (
    DemoUser("chief", "A. K. Serikbayev", "Lt. Col.", "Head of office", Role.CHIEF),
    DemoUser("rep1", "G. S. Akhmetova", "Maj.", "Senior military representative",
             Role.REPRESENTATIVE),
    DemoUser("rep2", "V. A. Li", "Capt.", "Military representative", Role.REPRESENTATIVE),
    DemoUser("clerk", "D. M. Omarova", "", "Clerk", Role.VIEWER),
)

DEMO_OFFICE = dict(office_code="17", office_name="Military representative office No. 17",
                   plant_name="Zhetysu Instrument Plant JSC", site_code="WS1",
                   site_name="Head of office laptop")


def check_demo_password(password: str) -> None:
    """The one demo password must satisfy the password rules for every demo user."""
    for u in DEMO_USERS:
        try:
            users.check_password_rules(u.username, password)
        except ValidationError as e:
            raise ValidationError(translate(
                "milrep", "The demo password does not fit the password rules ({reason}) for the "
                "demo users chief, rep1, rep2 and clerk. Choose e.g. a 10+ character password "
                "of letters and digits.").format(reason=e.message), field="password") from None


def build_demo(path: Path, *, password: str, records: int = 0, kdf: KdfParams = DEFAULT_KDF,
               progress: Progress | None = None, sites: int = 1) -> None:
    """Create the demo office at ``path``; fill contracts + control list up to ``records`` rows."""
    check_demo_password(password)
    chief_spec = DEMO_USERS[0]
    db, chief, _recovery = create_database(Path(path), NewOffice(
        **DEMO_OFFICE, chief_username=chief_spec.username, chief_full_name=chief_spec.full_name,
        chief_rank=chief_spec.rank, chief_password=password), kdf=kdf)
    try:
        _mark_demo(db, chief)
        actors = {"chief": chief}
        for u in DEMO_USERS[1:]:
            with db.unit_of_work() as uow:
                ch = users.add_user(uow, chief, username=u.username, full_name=u.full_name,
                                    rank=u.rank, position=u.position, role=u.role,
                                    password=password)
            assert ch.id is not None
            actors[u.username] = Actor(ch.id, u.username, u.full_name, u.role)
        _build_records(db, actors)
        build_acceptance(db, actors, password)
        build_certificates(db, actors, password)
        build_assets(db, actors, password)
        build_duties(db, actors, password)
        build_reclamations(db, actors, password)
        build_sync(db, actors, password, sites=sites)
        if records:
            fill_records(db, chief, records, progress=progress)
    finally:
        db.close()


def remove_demo(path: Path, password: str) -> None:
    """Delete a demo database (and its key file), refusing anything that is not a demo office."""
    path = Path(path)
    try:
        db, _chief = open_database(path, DEMO_USERS[0].username, password)
    except UserError as e:
        raise UserError(translate(
            "milrep", "{path} is not replaced: it does not open as a demo office with this "
            "password ({reason}). Delete it yourself if you really mean to.")
            .format(path=path, reason=e.message)) from None
    try:
        with db.read() as s:
            is_demo = s.get(Meta, DEMO_MARKER) is not None
    finally:
        db.close()
    if not is_demo:
        raise UserError(translate(
            "milrep", "{path} is a real office database, not a demo; it is not replaced.")
            .format(path=path))
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
              KeySlotFile.path_for(path)):
        p.unlink(missing_ok=True)


# --- the scenario's records ------------------------------------------------------------------

def _mark_demo(db: Database, chief: Actor) -> None:
    with db.unit_of_work() as uow:
        s = uow.begin(chief, Permission.MANAGE_OFFICE, "office.mark_demo")
        s.add(Meta(key=DEMO_MARKER, value="fictional demo office; not real data"))
        uow.commit()


def _build_records(db: Database, actors: dict[str, Actor]) -> None:
    chief, rep1, rep2 = actors["chief"], actors["rep1"], actors["rep2"]

    def org(kind: OrgKind, name: str, bin: str = "", address: str = "") -> uuid.UUID:
        with db.unit_of_work() as uow:
            ch = organizations.create_organization(uow, chief, form=organizations.OrganizationForm(
                kind=kind, name=name, bin=bin, address=address))
        assert ch.id is not None
        return ch.id

    plant = org(OrgKind.CONTRACTOR, "Zhetysu Instrument Plant JSC", "990340001234",
                "Taldykorgan, 12 Zavodskaya St.")
    mod = org(OrgKind.AUTHORIZED_BODY, "Ministry of Defense of the Republic of Kazakhstan",
              "000140000123", "Astana, 20 Dostyk St.")
    unit_almaty = org(OrgKind.RECIPIENT, "Military unit 12345", "", "Almaty")
    unit_shymkent = org(OrgKind.RECIPIENT, "Military unit 54321", "", "Shymkent")
    unit_aktobe = org(OrgKind.RECIPIENT, "Military unit 68811", "", "Aktobe")

    # Contract 12-ГОЗ/2026 (SCENARIOS.md §2), with every Article 22.4 term.
    c12 = _contract(db, chief, contracts.ContractForm(
        number="12-ГОЗ/2026", signed_on=dt.date(2026, 1, 20), customer_id=mod,
        contractor_id=plant, recipient_id=unit_almaty,
        subject="Supply of 40 field radio stations R-168-5UN with spare-part kits; repair of 6 "
                "stations returned from the field",
        valid_from=dt.date(2026, 1, 20), valid_until=dt.date(2027, 12, 31),
        value=Decimal("1840000000.00"), advance=Decimal("368000000.00"),
        quality_control_terms="Quality is controlled by military representative office No. 17 "
                              "per TU 6574-012-2026 rev. 3 and ST RK GOST RV 15.307",
        acceptance_terms="Acceptance by lots after acceptance tests (PSI) with sampling per "
                         "ISO 2859-1, level II, AQL 1.0; periodic tests every 6 months",
        delivery_place="Military unit 12345, Almaty",
        delivery_terms="By stages per the schedule; transport by the contractor",
        penalty_terms="0.1 % of the value of undelivered goods per day of delay, at most 10 %",
        termination_grounds="Per the Civil Code and Article 24 of the Law on the defense "
                            "industry and the state defense order",
        liability_terms="Per the laws of the Republic of Kazakhstan; warranty 24 months",
        classification="",
        stages=(contracts.StageForm("Stage 1: lots 1-2 (20 stations)", dt.date(2026, 6, 30)),
                contracts.StageForm("Stage 2: lots 3-4 (20 stations), kits", dt.date(2026, 12, 15)),
                contracts.StageForm("Stage 3: repair of 6 stations", dt.date(2027, 3, 31)))))
    with db.unit_of_work() as uow:
        contracts.add_amendment(uow, chief, contract_id=c12, number="1",
                                signed_on=dt.date(2026, 3, 1),
                                ground=AmendmentGround.QUANTITY_CHANGED,
                                description="Quantity of spare-part kits raised from 8 to 10; "
                                            "unit price unchanged")
    common = dict(tech_doc_ref="TU 6574-012-2026", tech_doc_revision="3",
                  op_requirement_ref="TTZ 2025-R168", op_requirement_revision="1",
                  standards="ST RK GOST RV 15.307\nST RK GOST RV 15.703",
                  approval_ref="MoD letter 12/345", approved_on=dt.date(2026, 2, 1),
                  approved_by_id=mod)
    radio = _item(db, chief, c12, ItemKind.MILITARY_GOODS, "Radio station R-168-5UN",
                  "5820-168-05", 40, "pcs", dt.date(2026, 12, 15),
                  required_tests="Acceptance tests (PSI): output power, frequency stability, "
                                 "sensitivity\nPeriodic tests every 6 months: vibration, climatic, "
                                 "reliability", **common)
    kit = _item(db, chief, c12, ItemKind.MILITARY_GOODS, "Spare-part kit ZIP-168 for R-168-5UN",
                "5820-168-91", 10, "set", dt.date(2026, 12, 15),
                required_tests="Completeness check per the kit list", **common)
    _item(db, chief, c12, ItemKind.MILITARY_WORK, "Repair of R-168-5UN stations returned from "
          "the field", "R-168-REP", 6, "pcs", dt.date(2027, 3, 31),
          required_tests="Acceptance tests after repair (PSI)", **common)
    _set_status(db, chief, c12, ContractStatus.ACTIVE)

    # Lots with serials (Article 15.3): three accepted earlier, L-2026-004 presented (§3).
    serial = itertools.count(375)
    for n, made in ((1, dt.date(2026, 5, 12)), (2, dt.date(2026, 6, 16)),
                    (3, dt.date(2026, 9, 8)), (4, dt.date(2026, 11, 2))):
        with db.unit_of_work() as uow:
            lots.register_lot(uow, rep1 if n % 2 else rep2, item_id=radio,
                              number=f"L-2026-00{n}",
                              serials=[f"{next(serial):04d}" for _ in range(10)],
                              manufactured_on=made, marking="R-168-5UN ЖПЗ")
    with db.unit_of_work() as uow:
        lots.register_lot(uow, rep1, item_id=kit, number="K-2026-001", quantity=5,
                          manufactured_on=dt.date(2026, 10, 1))

    # A fulfilled contract from last year, one in force and a draft.
    c07 = _contract(db, chief, contracts.ContractForm(
        number="07-ГОЗ/2025", signed_on=dt.date(2025, 2, 14), customer_id=mod,
        contractor_id=plant, recipient_id=unit_shymkent,
        subject="Supply of 24 telescopic antenna masts AM-12 and 60 battery packs AKB-168",
        valid_from=dt.date(2025, 2, 14), valid_until=dt.date(2025, 12, 20),
        value=Decimal("212500000.00"), advance=Decimal("42500000.00"),
        quality_control_terms="Per TU 3468-007-2024 rev. 2", acceptance_terms="PSI by lots",
        delivery_place="Military unit 54321, Shymkent", delivery_terms="Two deliveries",
        penalty_terms="0.1 % per day", termination_grounds="Civil Code",
        liability_terms="Warranty 18 months",
        stages=(contracts.StageForm("Masts", dt.date(2025, 8, 1)),
                contracts.StageForm("Battery packs", dt.date(2025, 11, 30)))))
    masts = _item(db, chief, c07, ItemKind.MILITARY_GOODS, "Telescopic antenna mast AM-12",
                  "5985-012-01", 24, "pcs", dt.date(2025, 8, 1), tech_doc_ref="TU 3468-007-2024",
                  tech_doc_revision="2", required_tests="PSI: mast height, wind load")
    _item(db, chief, c07, ItemKind.DUAL_USE_GOODS, "Battery pack AKB-168 (Li-ion, 12 V)",
          "6140-168-12", 60, "pcs", dt.date(2025, 11, 30), tech_doc_ref="TU 3482-011-2023",
          tech_doc_revision="1", required_tests="PSI: capacity, charge cycles")
    with db.unit_of_work() as uow:
        lots.register_lot(uow, rep2, item_id=masts, number="M-2025-001",
                          serials=[f"AM{n:03d}" for n in range(1, 13)],
                          manufactured_on=dt.date(2025, 6, 20), marking="AM-12 ЖПЗ")
    _set_status(db, chief, c07, ContractStatus.ACTIVE)
    _set_status(db, chief, c07, ContractStatus.COMPLETED)

    c15 = _contract(db, chief, contracts.ContractForm(
        number="15-ГОЗ/2026", signed_on=dt.date(2026, 4, 3), customer_id=mod,
        contractor_id=plant, recipient_id=unit_aktobe,
        subject="Supply of 120 field telephone sets TA-88 and 30 km of field cable P-274M; "
                "calibration of test equipment",
        valid_from=dt.date(2026, 4, 3), valid_until=dt.date(2027, 6, 30),
        value=Decimal("96300000.00"), advance=Decimal("0.00"),
        quality_control_terms="Per TU 6650-021-2025 rev. 1", acceptance_terms="PSI by lots",
        delivery_place="Military unit 68811, Aktobe", delivery_terms="Quarterly deliveries",
        penalty_terms="0.1 % per day", termination_grounds="Civil Code",
        liability_terms="Warranty 12 months",
        stages=(contracts.StageForm("Telephone sets", dt.date(2026, 12, 1)),
                contracts.StageForm("Cable and calibration", dt.date(2027, 6, 30)))))
    phones = _item(db, chief, c15, ItemKind.MILITARY_GOODS, "Field telephone set TA-88",
                   "5805-088-01", 120, "pcs", dt.date(2026, 12, 1),
                   tech_doc_ref="TU 6650-021-2025", tech_doc_revision="1",
                   required_tests="PSI: call signal, speech quality")
    _item(db, chief, c15, ItemKind.DUAL_USE_GOODS, "Field cable P-274M", "6145-274-01", 30, "km",
          dt.date(2027, 6, 30), tech_doc_ref="TU 16.K76-274-2019", tech_doc_revision="4",
          required_tests="PSI: insulation resistance")
    _item(db, chief, c15, ItemKind.MILITARY_SERVICE, "Calibration of test equipment of the "
          "climatic-test lab", "SVC-CAL-2026", 1, "job", dt.date(2026, 10, 1),
          required_tests="Calibration certificates")
    with db.unit_of_work() as uow:
        lots.register_lot(uow, rep2, item_id=phones, number="T-2026-001",
                          serials=[f"TA{n:04d}" for n in range(1, 31)],
                          manufactured_on=dt.date(2026, 9, 15), marking="TA-88 ЖПЗ")
    _set_status(db, chief, c15, ContractStatus.ACTIVE)

    c21 = _contract(db, chief, contracts.ContractForm(
        number="21-ГОЗ/2026", signed_on=dt.date(2026, 10, 5), customer_id=mod,
        contractor_id=plant, recipient_id=None,
        subject="Modernization of 15 radio stations R-168-5UN to R-168-5UN-2 (draft)",
        valid_from=dt.date(2026, 11, 1), valid_until=dt.date(2027, 10, 31),
        value=Decimal("315000000.00"), advance=Decimal("63000000.00"),
        quality_control_terms="Per TU 6574-012-2026 rev. 4 (draft)",
        acceptance_terms="PSI after modernization", delivery_place="Taldykorgan, plant"))
    _item(db, chief, c21, ItemKind.MILITARY_WORK, "Modernization of R-168-5UN to R-168-5UN-2",
          "R-168-MOD2", 15, "pcs", dt.date(2027, 9, 30), tech_doc_ref="TU 6574-012-2026",
          tech_doc_revision="4")


def _contract(db: Database, actor: Actor, form: contracts.ContractForm) -> uuid.UUID:
    with db.unit_of_work() as uow:
        ch = contracts.create_contract(uow, actor, form=form)
    assert ch.id is not None
    return ch.id


def _item(db: Database, actor: Actor, contract_id: uuid.UUID, kind: ItemKind, name: str,
          code: str, qty: int, unit: str, deadline: dt.date | None, **extra: Any) -> uuid.UUID:
    with db.unit_of_work() as uow:
        ch = control_list.create_item(uow, actor, form=control_list.ItemForm(
            contract_id=contract_id, kind=kind, name=name, nomenclature_code=code,
            quantity=qty, unit=unit, delivery_deadline=deadline, **extra))
    assert ch.id is not None
    return ch.id


def _set_status(db: Database, actor: Actor, contract_id: uuid.UUID,
                status: ContractStatus) -> None:
    with db.unit_of_work() as uow:
        contracts.set_status(uow, actor, contract_id=contract_id, status=status)


# --- bulk filling for scale tests ------------------------------------------------------------

_FAMILIES = (
    ("Radio station R-{n}", "5820", ItemKind.MILITARY_GOODS, "pcs"),
    ("Antenna mast AM-{n}", "5985", ItemKind.MILITARY_GOODS, "pcs"),
    ("Battery pack AKB-{n}", "6140", ItemKind.DUAL_USE_GOODS, "pcs"),
    ("Power supply unit BP-{n}", "6130", ItemKind.DUAL_USE_GOODS, "pcs"),
    ("Field cable P-{n}", "6145", ItemKind.DUAL_USE_GOODS, "km"),
    ("Headset GT-{n}", "5965", ItemKind.MILITARY_GOODS, "pcs"),
    ("Spare-part kit ZIP-{n}", "5820", ItemKind.MILITARY_GOODS, "set"),
    ("Repair of radio stations R-{n}", "REP", ItemKind.MILITARY_WORK, "pcs"),
    ("Calibration of wattmeter M3-{n}", "SVC", ItemKind.MILITARY_SERVICE, "job"),
    ("Радиостанция Р-{n}", "5821", ItemKind.MILITARY_GOODS, "шт"),
    ("Антенна штыревая АШ-{n}", "5986", ItemKind.MILITARY_GOODS, "шт"),
    ("Transceiver module TM-{n}", "5998", ItemKind.MILITARY_GOODS, "pcs"),
    ("Charging station ZS-{n}", "6117", ItemKind.DUAL_USE_GOODS, "pcs"),
    ("Night-vision sight NV-{n}", "1240", ItemKind.MILITARY_GOODS, "pcs"),
)
_SUBJECTS = ("Supply of communication equipment", "Supply of power sources",
             "Repair of field radio stations", "Supply of antenna systems",
             "Calibration and maintenance services", "Supply of spare-part kits")


class _RowRef:
    """What :func:`journal.write_journal` reads from a row: its table, id and clock stamp."""

    __slots__ = ("id", "hlc")
    __table__: Table

    def __init__(self, id: uuid.UUID, hlc: int) -> None:
        self.id, self.hlc = id, hlc


class _ContractRef(_RowRef):
    __slots__ = ()
    __table__ = Contract.__table__  # type: ignore[assignment]


class _ItemRef(_RowRef):
    __slots__ = ()
    __table__ = ControlListItem.__table__  # type: ignore[assignment]


def list_rows(db: Database) -> int:
    """Rows in the contracts and control-list tables (what ``records`` counts)."""
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contract)) or 0) + int(
            s.scalar(select(func.count()).select_from(ControlListItem)) or 0)


def fill_records(db: Database, actor: Actor, total: int, *, progress: Progress | None = None,
                 batch: int = BATCH_ROWS) -> int:
    """Add generated contracts and control-list items until the two tables hold ``total`` rows.

    Returns the number of rows added. Each batch is one transaction with its change-log and
    audit entries.
    """
    start = list_rows(db)
    need = max(0, total - start)
    if not need:
        return 0
    with db.read() as s:
        org = {kind: s.scalars(select(Organization.id).where(Organization.kind == kind)
                               .order_by(Organization.name)).first()
               for kind in (OrgKind.CONTRACTOR, OrgKind.AUTHORIZED_BODY)}
        names = {r[0]: r[1] for r in s.execute(select(Organization.id, Organization.name))}
        first_contract = int(s.scalar(select(func.count()).select_from(Contract)) or 0)
        first_item = int(s.scalar(select(func.count()).select_from(ControlListItem)) or 0)
    contractor, customer = org[OrgKind.CONTRACTOR], org[OrgKind.AUTHORIZED_BODY]
    if contractor is None or customer is None:
        raise ValidationError(translate("milrep", "Add the contractor and the authorized body "
                                        "before generating records."))
    with db.engine.connect() as conn:
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        return _fill(db, actor, need, batch, progress, first_contract, first_item,
                     (contractor, customer, names[contractor], names[customer]))
    finally:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _fill(db: Database, actor: Actor, need: int, batch: int, progress: Progress | None,
          first_contract: int, first_item: int,
          orgs: tuple[uuid.UUID, uuid.UUID, str, str]) -> int:
    contractor, customer, contractor_name, customer_name = orgs
    n_contracts = max(1, need // ITEMS_PER_CONTRACT)
    n_items = need - n_contracts
    done = 0
    contract_rows = list(_contract_rows(db, first_contract, n_contracts, contractor, customer,
                                        contractor_name, customer_name))
    for chunk in _chunks(contract_rows, batch):
        _insert_batch(db, actor, Permission.EDIT_CONTRACTS, "contract.create", _ContractRef,
                      chunk)
        done += len(chunk)
        if progress is not None:
            progress(done, need)
    numbers = [(r["id"], r["number"], r["valid_from"], r["valid_until"]) for r in contract_rows]
    del contract_rows
    items = _item_rows(db, first_item, n_items, numbers)
    while True:
        chunk = list(itertools.islice(items, batch))
        if not chunk:
            break
        _insert_batch(db, actor, Permission.EDIT_CONTROL_LIST, "control_list.create", _ItemRef,
                      chunk)
        done += len(chunk)
        if progress is not None:
            progress(done, need)
    return done


def _insert_batch(db: Database, actor: Actor, permission: Permission, action: str,
                  ref: type[_RowRef], rows: list[dict[str, Any]]) -> None:
    with db.unit_of_work() as uow:
        s = uow.begin(actor, permission, action)
        conn = s.connection()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # whichever pooled one
        conn.execute(insert(ref.__table__), rows)
        journal.write_journal(s, [("insert", ref(r["id"], r["hlc"]), None, r) for r in rows])
        uow.commit()


def _full_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Every column of ``table``: the given values, else the column's scalar default."""
    row: dict[str, Any] = {}
    for col in table.columns:
        if col.name in values:
            row[col.name] = values[col.name]
        elif col.default is not None and getattr(col.default, "is_scalar", False):
            row[col.name] = col.default.arg  # type: ignore[attr-defined]
        else:
            row[col.name] = None
    return row


def _contract_rows(db: Database, first: int, n: int, contractor: uuid.UUID, customer: uuid.UUID,
                   contractor_name: str, customer_name: str) -> Iterator[dict[str, Any]]:
    table: Table = Contract.__table__  # type: ignore[assignment]
    for i in range(first, first + n):
        year = 2020 + i % 8
        signed = dt.date(year, 1 + i % 12, 1 + i % 28)
        number = f"G-{i + 1:06d}/{year}"
        subject = f"{_SUBJECTS[i % len(_SUBJECTS)]}, order {i + 1}"
        value = Decimal(1_000_000 + (i * 7919) % 900_000_000).quantize(Decimal("0.01"))
        yield _full_row(table, {
            "id": uuid.uuid4(), "hlc": db.clock.tick(), "origin_site": db.site_id,
            "number": number, "signed_on": signed, "status": ContractStatus.ACTIVE,
            "customer_id": customer, "contractor_id": contractor, "recipient_id": None,
            "subject": subject, "valid_from": signed,
            "valid_until": dt.date(year + 2, 12, 31), "value": value,
            "advance": (value / 5).quantize(Decimal("0.01")),
            "quality_control_terms": "Per the technical conditions",
            "acceptance_terms": "PSI by lots", "delivery_place": "Per the delivery schedule",
            "search_text": search_text(number, subject, contractor_name, customer_name),
        })


def _item_rows(db: Database, first: int, n: int, contracts_: list[tuple[uuid.UUID, str, dt.date, dt.date]]
               ) -> Iterator[dict[str, Any]]:
    table: Table = ControlListItem.__table__  # type: ignore[assignment]
    per = max(1, -(-n // len(contracts_)))
    for j in range(n):
        i = first + j
        contract_id, number, start, end = contracts_[min(j // per, len(contracts_) - 1)]
        template, prefix, kind, unit = _FAMILIES[(i * 5) % len(_FAMILIES)]
        model = 100 + (i * 37) % 900
        name = template.format(n=f"{model}-{i % 97}")
        code = f"{prefix}-{i + 1:07d}"
        tech_doc = f"TU {6000 + i % 999}-{i % 50:03d}-{start.year}"
        yield _full_row(table, {
            "id": uuid.uuid4(), "hlc": db.clock.tick(), "origin_site": db.site_id,
            "contract_id": contract_id, "kind": kind, "name": name,
            "nomenclature_code": code, "quantity": Decimal(1 + i % 120), "unit": unit,
            "delivery_deadline": end, "tech_doc_ref": tech_doc,
            "tech_doc_revision": str(1 + i % 5), "required_tests": "Acceptance tests (PSI)",
            "search_text": search_text(name, code, number, tech_doc),
        })


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
