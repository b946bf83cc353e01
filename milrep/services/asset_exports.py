"""Exports of the material-asset register and of its movements: PDF (the printed reports of
:mod:`milrep.documents.asset_reports`), XLSX and CSV (through :mod:`milrep.exports.tables`).

Every file is written atomically; a failure leaves the file that was there before untouched.
Spreadsheets carry numbers as numbers (quantities, tenge) and dates as dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from milrep.db.files import write_atomic
from milrep.db.store import UnitOfWork
from milrep.errors import ValidationError
from milrep.exports.tables import Sheet, write_csv, write_xlsx
from milrep.i18n import translate
from milrep.services import validate
from milrep.services.asset_movements import kind_label
from milrep.services.assets import (AssetRow, MovementRow, asset_rows, category_label,
                                    movement_rows, origin_label, status_label)
from milrep.services.auth import Actor, Permission

FORMATS = ("xlsx", "csv", "pdf")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def export_register(uow: UnitOfWork, actor: Actor, *, path: Path | str, fmt: str,
                    on: dt.date | None = None) -> ExportResult:
    """The register with balances at the end of ``on`` (today when None)."""
    s = uow.begin(actor, Permission.READ, "asset.export_register")
    fmt = _format(fmt)
    on = on or dt.date.today()
    rows = asset_rows(s, on=on)
    path = Path(path)
    if fmt == "pdf":
        from milrep.documents.asset_reports import render_register

        write_atomic(path, render_register(s, on))
    elif fmt == "xlsx":
        write_xlsx(path, [register_sheet(rows, on)])
    else:
        write_csv(path, register_sheet(rows, on))
    return ExportResult(path, len(rows))


def export_movements(uow: UnitOfWork, actor: Actor, *, path: Path | str, fmt: str,
                     date_from: dt.date | None, date_to: dt.date | None) -> ExportResult:
    """The movements of a period, both ends inclusive."""
    s = uow.begin(actor, Permission.READ, "asset.export_movements")
    fmt = _format(fmt)
    if not isinstance(date_from, dt.date) or not isinstance(date_to, dt.date):
        raise ValidationError(translate("milrep", "Give the first and the last day of the "
                                        "period."), field="date_from")
    validate.date_order(date_from, date_to, "date_to", translate("milrep", "From"),
                        translate("milrep", "To"))
    rows = movement_rows(s, date_from=date_from, date_to=date_to)
    path = Path(path)
    if fmt == "pdf":
        from milrep.documents.asset_reports import render_movements

        write_atomic(path, render_movements(s, date_from, date_to))
    elif fmt == "xlsx":
        write_xlsx(path, [movements_sheet(rows, date_from, date_to)])
    else:
        write_csv(path, movements_sheet(rows, date_from, date_to))
    return ExportResult(path, len(rows))


def register_sheet(rows: tuple[AssetRow, ...], on: dt.date) -> Sheet:
    return Sheet(
        title=translate("milrep", "Register {date}").format(date=on.isoformat()),
        columns=[translate("milrep", "Inventory No."), translate("milrep", "Name"),
                 translate("milrep", "Category"), translate("milrep", "Origin"),
                 translate("milrep", "Contract"), translate("milrep", "Unit"),
                 translate("milrep", "Balance"), translate("milrep", "Unit cost, ₸"),
                 translate("milrep", "Value, ₸"), translate("milrep", "Acquisition document"),
                 translate("milrep", "Acquisition date"), translate("milrep", "Location"),
                 translate("milrep", "Responsible"), translate("milrep", "Status")],
        rows=[[r.inventory_number, r.name, category_label(r.category), origin_label(r.origin),
               r.contract_number, r.unit, r.balance, r.unit_cost, r.total_cost,
               r.acquisition_doc_number, r.acquisition_doc_date, r.location, r.responsible,
               status_label(r.status)] for r in rows],
        kinds=["text", "text", "text", "text", "text", "text", "quantity", "money", "money",
               "text", "date", "text", "text", "text"])


def movements_sheet(rows: tuple[MovementRow, ...], date_from: dt.date, date_to: dt.date
                    ) -> Sheet:
    return Sheet(
        title=translate("milrep", "Movements {first}–{last}").format(
            first=date_from.isoformat(), last=date_to.isoformat()),
        columns=[translate("milrep", "Date"), translate("milrep", "Kind"),
                 translate("milrep", "Inventory No."), translate("milrep", "Name"),
                 translate("milrep", "Quantity"), translate("milrep", "Unit"),
                 translate("milrep", "From"), translate("milrep", "To"),
                 translate("milrep", "Recipient or holder"), translate("milrep", "New responsible"),
                 translate("milrep", "Document No."), translate("milrep", "Document date"),
                 translate("milrep", "Grounds"), translate("milrep", "Signed by"),
                 translate("milrep", "Balance after")],
        rows=[[m.moved_on, kind_label(m.kind), m.inventory_number, m.asset_name, m.quantity,
               m.unit, m.from_location, m.to_location, m.counterparty, m.responsible,
               m.document_number, m.document_date, m.grounds, m.signed_by, m.balance_after]
              for m in rows],
        kinds=["date", "text", "text", "text", "quantity", "text", "text", "text", "text",
               "text", "text", "date", "text", "text", "quantity"])


def _format(fmt: str) -> str:
    f = (fmt or "").strip().lower().lstrip(".")
    if f not in FORMATS:
        raise ValidationError(translate("milrep", "Unknown export format \"{fmt}\"; choose one "
                                        "of: {formats}.").format(fmt=fmt,
                                                                 formats=", ".join(FORMATS)),
                              field="format")
    return f
