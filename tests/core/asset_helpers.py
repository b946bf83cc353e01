"""Shared helpers of the material-asset tests."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from milrep.models.assets import AssetCategory, AssetOrigin, MovementKind
from milrep.services import asset_movements as am
from milrep.services import assets as av
from tests.helpers import OfficeFixture

D0 = dt.date(2026, 1, 15)


def asset_form(o: OfficeFixture, number: str = "ИНВ-0001", **kw: Any) -> av.AssetForm:
    values: dict[str, Any] = dict(
        inventory_number=number, name="Стенд вибрационный ВС-100",
        category=AssetCategory.EQUIPMENT, origin=AssetOrigin.PURCHASED,
        contract_id=o.ids["contract"], unit="шт", unit_cost=Decimal("1250000.00"),
        acquisition_doc_number="ТН-17", acquisition_doc_date=D0, location="Цех 3",
        responsible="Мастер Ким Р.", quantity=Decimal(5), signed_by="Кладовщик Ли")
    values.update(kw)
    return av.AssetForm(**values)


def register(o: OfficeFixture, number: str = "ИНВ-0001", **kw: Any) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        ch = av.register_asset(uow, o.rep, form=asset_form(o, number, **kw))
    assert ch.id is not None
    return ch.id


def movement(asset_id: uuid.UUID, kind: MovementKind, quantity: Any, on: dt.date = D0,
             **kw: Any) -> am.MovementForm:
    values: dict[str, Any] = dict(asset_id=asset_id, kind=kind, moved_on=on, quantity=quantity,
                                  document_number=f"Д-{on.isoformat()}", document_date=on,
                                  signed_by="Начальник цеха")
    if kind == MovementKind.WRITE_OFF:
        values["grounds"] = "Акт о списании № 4: износ"
    if kind == MovementKind.HANDOVER:
        values["counterparty"] = "В/ч 12345"
    if kind == MovementKind.TRANSFER:
        values["to_location"] = "Лаборатория климатических испытаний"
    values.update(kw)
    return am.MovementForm(**values)


def move(o: OfficeFixture, form: am.MovementForm) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        ch = am.record_movement(uow, o.rep, form=form)
    assert ch.id is not None
    return ch.id


def detail(o: OfficeFixture, asset_id: uuid.UUID, on: dt.date | None = None) -> av.AssetDetail:
    with o.db.unit_of_work() as uow:
        return av.get_asset(uow, o.viewer, asset_id=asset_id, on=on)
