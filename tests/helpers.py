"""Test helpers: the scenario's records, and a canonical dump to prove nothing stored changed."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from milrep.db.store import Database
from milrep.models.contracts import AmendmentGround
from milrep.models.control_list import ItemKind
from milrep.models.organizations import OrgKind
from milrep.services import contracts, control_list, lots, organizations
from milrep.services.auth import Actor


@dataclass
class OfficeFixture:
    db: Database
    path: Path
    chief: Actor
    rep: Actor
    viewer: Actor
    recovery_code: str
    ids: dict[str, uuid.UUID] = field(default_factory=dict)


def build_records(o: OfficeFixture) -> None:
    db, chief = o.db, o.chief

    def org(kind: OrgKind, name: str, bin: str = "", address: str = "") -> uuid.UUID:
        with db.unit_of_work() as uow:
            ch = organizations.create_organization(uow, chief, form=organizations.OrganizationForm(
                kind=kind, name=name, bin=bin, address=address))
            assert ch.id
            return ch.id

    o.ids["plant"] = org(OrgKind.CONTRACTOR, "Zhetysu Instrument Plant JSC", "990340001234",
                         "Taldykorgan, 12 Zavodskaya St.")
    o.ids["mod"] = org(OrgKind.AUTHORIZED_BODY, "Ministry of Defense of the Republic of Kazakhstan")
    o.ids["unit"] = org(OrgKind.RECIPIENT, "Military unit 12345", "", "Almaty")
    form = contracts.ContractForm(
        number="12-ГОЗ/2026", signed_on=dt.date(2026, 1, 20), customer_id=o.ids["mod"],
        contractor_id=o.ids["plant"], recipient_id=o.ids["unit"],
        subject="40 field radio stations R-168-5UN with spare-part kits; repair of 6 stations",
        valid_from=dt.date(2026, 1, 20), valid_until=dt.date(2027, 12, 31),
        value=Decimal("1840000000.00"), advance=Decimal("368000000.00"),
        quality_control_terms="Military representative office No. 17 controls quality per TU rev. 3",
        acceptance_terms="Acceptance by lots after acceptance tests (PSI)",
        delivery_place="Military unit 12345, Almaty", delivery_terms="By stages, see schedule",
        penalty_terms="0.1 % of the undelivered value per day", termination_grounds="Civil Code",
        liability_terms="Per the laws of the Republic of Kazakhstan", classification="",
        stages=(contracts.StageForm("Lots 1-2", dt.date(2026, 6, 30)),
                contracts.StageForm("Lots 3-4", dt.date(2026, 12, 15))))
    with db.unit_of_work() as uow:
        o.ids["contract"] = contracts.create_contract(uow, chief, form=form).id  # type: ignore[assignment]
    with db.unit_of_work() as uow:
        contracts.add_amendment(uow, chief, contract_id=o.ids["contract"], number="1",
                                signed_on=dt.date(2026, 3, 1),
                                ground=AmendmentGround.QUANTITY_CHANGED,
                                description="Quantity of spare-part kits raised from 8 to 10")
    for key, kind, name, code, qty, unit in (
            ("radio", ItemKind.MILITARY_GOODS, "Radio station R-168-5UN", "5820-168-05", 40, "pcs"),
            ("kit", ItemKind.MILITARY_GOODS, "Spare-part kit ZIP-168", "5820-168-91", 10, "set"),
            ("repair", ItemKind.MILITARY_WORK, "Repair of R-168-5UN stations", "R-168-REP", 6,
             "pcs")):
        with db.unit_of_work() as uow:
            o.ids[key] = control_list.create_item(uow, chief, form=control_list.ItemForm(  # type: ignore[assignment]
                contract_id=o.ids["contract"], kind=kind, name=name, nomenclature_code=code,
                quantity=qty, unit=unit, delivery_deadline=dt.date(2026, 12, 15),
                tech_doc_ref="TU 6574-012-2026", tech_doc_revision="3",
                op_requirement_ref="TTZ 2025-R168", op_requirement_revision="1",
                standards="ST RK GOST RV 15.307", required_tests="Acceptance tests (PSI)\n"
                "Periodic tests every 6 months", approval_ref="MoD letter 12/345",
                approved_on=dt.date(2026, 2, 1), approved_by_id=o.ids["mod"])).id
    with db.unit_of_work() as uow:
        o.ids["lot"] = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-2026-004",  # type: ignore[assignment]
                                         serials=[f"04{n:02d}" for n in range(5, 15)],
                                         manufactured_on=dt.date(2026, 11, 2),
                                         marking="R-168-5UN ЖПЗ").id


def copy_database(src: Path, dst: Path) -> Path:
    """Copy a closed database and its key file; the copy opens with the same passwords (the
    encrypted pages do not depend on the file's name or place)."""
    from milrep.db.keyslots import KeySlotFile

    shutil.copy(src, dst)
    shutil.copy(KeySlotFile.path_for(Path(src)), KeySlotFile.path_for(Path(dst)))
    return Path(dst)


def dump_database(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: compare before and after a refused action."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        for name in sorted(names):
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).fetchall()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def refused(o: OfficeFixture, error: type[Exception], message: str, fn: Callable[..., Any],
            actor: Actor | None = None, **kw: Any) -> Any:
    """``fn(uow, actor, **kw)`` (a service; the representative by default) raises ``error`` whose
    text is exactly ``message``, and nothing stored changed. Returns the error."""
    before = dump_database(o.db)
    with pytest.raises(error) as info, o.db.unit_of_work() as uow:
        fn(uow, actor or o.rep, **kw)
    assert str(info.value) == message
    assert dump_database(o.db) == before
    return info.value


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` by name: compare before and after to prove nothing on disk moved."""
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir()) if p.is_file()}


def tamper(db_path: Path, key: bytes, *statements: str) -> None:
    """Run raw SQL on the encrypted file as an intruder holding the key would (triggers and all)."""
    from milrep.db.engine import raw_connect

    conn = raw_connect(db_path, key)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def plant_every_model(db: Database, actor: Actor, text_value: str) -> dict[str, uuid.UUID]:
    """Add one row to every synced table that has none, every text column holding ``text_value``.

    Rows are built from the table definitions (foreign keys point at existing rows), so a model
    added later is covered without editing this helper. Until a table has its own service, this
    is how the change-log walk and the canary test get a row of it.
    """
    import datetime as dt_
    from decimal import Decimal as D

    from sqlalchemy import Boolean, Date, Enum, Integer, LargeBinary, String, func, select
    from sqlalchemy.types import TypeDecorator

    from milrep.db.base import Base, ExactDecimal, Guid, Money, UtcDateTime, synced_models
    from milrep.services.auth import Permission

    synced = {m.__table__.name: m for m in synced_models()}
    made: dict[str, uuid.UUID] = {}
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.READ, "test.plant")
        for table in Base.metadata.sorted_tables:
            model = synced.get(table.name)
            if model is None or s.scalar(select(func.count()).select_from(table)):
                continue
            values: dict[str, Any] = {}
            for col in table.columns:
                if col.name in ("hlc", "origin_site"):
                    continue
                if col.primary_key:
                    values[col.name] = uuid.uuid4()
                    continue
                fk = next(iter(col.foreign_keys), None)
                if fk is not None:
                    target = fk.column.table
                    found = s.scalar(select(target.c.id).limit(1)) if target is not table else None
                    values[col.name] = made.get(target.name, found)
                    continue
                t = col.type
                if isinstance(t, Enum):
                    values[col.name] = t.enum_class(t.enums[0]) if t.enum_class else t.enums[0]
                elif isinstance(t, Guid):
                    values[col.name] = uuid.uuid4()
                elif isinstance(t, UtcDateTime):
                    values[col.name] = dt_.datetime.now(dt_.UTC)
                elif isinstance(t, (Money, ExactDecimal)):
                    values[col.name] = D("1.5")
                elif isinstance(t, Date):
                    values[col.name] = dt_.date(2026, 11, 2)
                elif isinstance(t, Boolean):
                    values[col.name] = True
                elif isinstance(t, Integer):
                    values[col.name] = 1
                elif isinstance(t, LargeBinary):
                    values[col.name] = f"{col.name} {text_value}".encode()
                elif isinstance(t, (String, TypeDecorator)) or t.python_type is str:
                    values[col.name] = f"{col.name} {text_value} {uuid.uuid4().hex[:6]}"
            obj = model(**{model.__mapper__.get_property_by_column(table.c[k]).key: v
                           for k, v in values.items()})
            s.add(obj)
            s.flush()
            made[table.name] = values["id"]
        uow.commit()
    return made
