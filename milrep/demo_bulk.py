"""Bulk filling of a database to N rows, for scale tests and benchmarks (``milrep demo --records``).

Generated contracts and control-list items go in big batches through SQLAlchemy Core, still
writing one change-log entry and one hash-chained audit entry per row with
:func:`milrep.db.journal.write_journal` (the function the flush hook uses), so ``milrep audit
verify`` holds on a million rows too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select

from milrep.bulk import no_cycle_collection
from milrep.db import journal
from milrep.db.store import Database
from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.models.contracts import Contract, ContractStatus
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.organizations import Organization, OrgKind
from milrep.services.auth import Actor, Permission
from milrep.services.validate import search_text

BATCH_ROWS = 20_000
BULK_CACHE_KIB = 256 * 1024  # page cache while filling: random UUID keys thrash a small cache
ITEMS_PER_CONTRACT = 50  # generated rows: one contract per 50 (49 items + the contract)

Progress = Callable[[int, int], None]

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
        with no_cycle_collection():
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
