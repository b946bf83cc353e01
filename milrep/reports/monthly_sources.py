"""Sections of the monthly report from the registers of the later duties: reclamations (Article
29) and material assets (27.3.5). Each is one adapter ``(session, month) -> FigureSection``,
listed in :data:`OPTIONAL_SECTIONS`: a further register is one more adapter."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from milrep.i18n import translate
from milrep.models.assets import Asset, AssetMovement, InventoryCount, MovementKind
from milrep.models.reclamations import Reclamation, Remedy
from milrep.reports.figures import Figure, FigureSection, as_text, before_end, in_month
from milrep.reports.periods import Month


def reclamation_section(s: Session, m: Month) -> FigureSection:
    registered = s.execute(select(func.count(), func.coalesce(func.sum(Reclamation.quantity), 0))
                           .where(in_month(Reclamation.notified_on, m))).one()
    findings = s.execute(select(
        func.count(),
        func.coalesce(func.sum(case((Reclamation.contractor_at_fault.is_(True), 1), else_=0)), 0),
        func.coalesce(func.sum(case((Reclamation.remedy == Remedy.WHOLE_LOT_RETURN, 1),
                                    else_=0)), 0))
        .where(in_month(Reclamation.findings_on, m))).one()
    closed = s.scalar(select(func.count()).where(in_month(Reclamation.closed_on, m))) or 0
    still_open = s.scalar(select(func.count()).where(
        before_end(Reclamation.notified_on, m),
        or_(Reclamation.closed_on.is_(None),
            as_text(Reclamation.closed_on) >= m.next().first_day.isoformat()))) or 0
    figures = (
        Figure("reclamations.registered", translate("milrep", "Reclamations registered"),
               int(registered[0])),
        Figure("reclamations.units", translate("milrep", "Defective units reported"),
               int(registered[1])),
        Figure("reclamations.findings", translate("milrep", "Findings of joint commissions"),
               int(findings[0])),
        Figure("reclamations.at_fault", translate("milrep", "… of which the contractor at fault"),
               int(findings[1])),
        Figure("reclamations.whole_lot", translate("milrep", "Whole-lot returns (Article 29.4)"),
               int(findings[2])),
        Figure("reclamations.closed", translate("milrep", "Reclamations closed"), int(closed)),
        Figure("reclamations.open", translate("milrep", "Open at the end of the month"),
               int(still_open)),
    )
    quiet = all(f.value == 0 for f in figures)
    return FigureSection("reclamations", translate("milrep", "Reclamations"), figures,
                         translate("milrep", "No reclamation was registered or open this month.")
                         if quiet else "")


def asset_section(s: Session, m: Month) -> FigureSection:
    title = translate("milrep", "Material assets")
    registered = s.scalar(select(func.count())
                          .where(in_month(Asset.acquisition_doc_date, m))) or 0
    moves = {kind: int(n) for kind, n in s.execute(
        select(AssetMovement.kind, func.count()).where(in_month(AssetMovement.moved_on, m))
        .group_by(AssetMovement.kind))}
    # exact money: the quantity received per asset is summed in the database, priced here
    value = sum((cost * Decimal(milli) / 1000 for cost, milli in s.execute(
        select(Asset.unit_cost, func.sum(AssetMovement.quantity_milli))
        .select_from(AssetMovement).join(Asset, Asset.id == AssetMovement.asset_id)
        .where(AssetMovement.kind == MovementKind.RECEIPT, in_month(AssetMovement.moved_on, m))
        .group_by(Asset.id, Asset.unit_cost))), Decimal(0))
    counts = s.scalar(select(func.count()).where(in_month(InventoryCount.reconciled_at, m))) or 0
    figures = (
        Figure("assets.registered", translate("milrep", "Assets acquired (new in the register)"),
               int(registered)),
        Figure("assets.receipts", translate("milrep", "Receipts"),
               int(moves.get(MovementKind.RECEIPT, 0))),
        Figure("assets.receipts_value", translate("milrep", "Value received, tenge"),
               value.quantize(Decimal("0.01"))),
        Figure("assets.transfers", translate("milrep", "Transfers"),
               int(moves.get(MovementKind.TRANSFER, 0))),
        Figure("assets.handovers", translate("milrep", "Handed over to the recipient"),
               int(moves.get(MovementKind.HANDOVER, 0))),
        Figure("assets.write_offs", translate("milrep", "Write-offs"),
               int(moves.get(MovementKind.WRITE_OFF, 0))),
        Figure("assets.counts", translate("milrep", "Inventory counts reconciled"), int(counts)),
    )
    quiet = all(not f.value for f in figures)
    return FigureSection("assets", title, figures, translate(
        "milrep", "No asset was registered or moved this month.") if quiet else "")


OPTIONAL_SECTIONS: tuple[Callable[[Session, Month], FigureSection], ...] = (
    reclamation_section, asset_section)
