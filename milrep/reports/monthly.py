"""The monthly report of the office to headquarters: what was presented, accepted, returned,
suspended, certified, reclaimed and moved in one month, with the reliability figures of the
month and the trend of the twelve months ending with it.

Every figure is a grouped count in the database; the lists name the month's documents (returns,
suspensions, resumptions), which are few.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from milrep.db.store import UnitOfWork
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord, Presentation, ReturnNotice
from milrep.models.certificates import Certificate, CertificateRevocation
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.quality import Resumption, Suspension
from milrep.reports.figures import Figure, FigureSection, ListedDocument, before_end, in_month
from milrep.reports.monthly_sources import OPTIONAL_SECTIONS
from milrep.reports.periods import Month, last_months
from milrep.reports.reliability import ReliabilityReport, assemble, count, item_names, percent
from milrep.reports.sources import ReportFilter
from milrep.services.auth import Actor, Permission

TREND_MONTHS = 12


@dataclass(frozen=True)
class ItemRow:
    item_id: uuid.UUID
    item: str
    presented: int
    accepted: int
    returned: int
    accepted_quantity: int
    rejected_quantity: int
    defects: int


@dataclass(frozen=True)
class MonthlyReport:
    month: Month
    sections: tuple[FigureSection, ...]
    returns: tuple[ListedDocument, ...]
    suspensions: tuple[ListedDocument, ...]
    resumptions: tuple[ListedDocument, ...]
    by_item: tuple[ItemRow, ...]
    reliability: ReliabilityReport  # the month
    trend: ReliabilityReport  # the twelve months ending with it

    def value(self, key: str) -> int | object:
        """The figure ``key`` ("acceptances.records"); KeyError when there is none."""
        for section in self.sections:
            for f in section.figures:
                if f.key == key:
                    return f.value
        raise KeyError(key)

    @property
    def empty(self) -> bool:
        """Nothing at all happened in the month."""
        return all(not f.value or f.value == "—" for sec in self.sections for f in sec.figures)


def monthly_report(uow: UnitOfWork, actor: Actor, *, month: Month) -> MonthlyReport:
    s = uow.begin(actor, Permission.READ, "report.monthly")
    return build(s, month)


def build(s: Session, m: Month) -> MonthlyReport:
    months = last_months(m, TREND_MONTHS)
    counted = count(s, ReportFilter(date_from=months[0].first_day, date_to=m.last_day))
    trend = assemble(ReportFilter(date_from=months[0].first_day, date_to=m.last_day), counted)
    rel = assemble(ReportFilter(date_from=m.first_day, date_to=m.last_day),
                   counted.of_months({m.key}))
    presented = _presented_by_item(s, m)
    sections = (
        _presentations(presented),
        _acceptances(s, m),
        _returns_section(rel),
        _reliability_section(rel),
        _suspensions(s, m),
        _certificates(s, m),
        *(adapter(s, m) for adapter in OPTIONAL_SECTIONS),
    )
    return MonthlyReport(month=m, sections=sections, returns=_returns(s, m),
                         suspensions=_suspension_list(s, m), resumptions=_resumption_list(s, m),
                         by_item=_by_item(s, presented, rel), reliability=rel, trend=trend)


# --- sections ---------------------------------------------------------------------------------------

def _presented_by_item(s: Session, m: Month) -> dict[uuid.UUID, tuple[int, int, int]]:
    """item → (presentations, of them attempt 1, quantity presented)."""
    q = (select(Presentation.item_id, func.count(),
                func.sum(case((Presentation.attempt == 1, 1), else_=0)),
                func.sum(Presentation.quantity))
         .where(in_month(Presentation.presented_on, m)).group_by(Presentation.item_id))
    return {i: (int(n), int(first or 0), int(qty or 0)) for i, n, first, qty in s.execute(q)}


def _presentations(by_item: dict[uuid.UUID, tuple[int, int, int]]) -> FigureSection:
    n = sum(v[0] for v in by_item.values())
    first = sum(v[1] for v in by_item.values())
    return FigureSection("presentations", translate("milrep", "Presentations"), (
        Figure("presentations.registered", translate("milrep", "Notices of presentation"), n),
        Figure("presentations.first", translate("milrep", "… first presentations"), first),
        Figure("presentations.repeat", translate("milrep", "… repeat presentations after a "
                                                           "return"), n - first),
        Figure("presentations.quantity", translate("milrep", "Units presented"),
               sum(v[2] for v in by_item.values())),
    ), translate("milrep", "No lot was presented this month.") if n == 0 else "")


def _acceptances(s: Session, m: Month) -> FigureSection:
    n, qa, qr, partial, late = s.execute(select(
        func.count(), func.coalesce(func.sum(AcceptanceRecord.accepted_quantity), 0),
        func.coalesce(func.sum(AcceptanceRecord.rejected_quantity), 0),
        func.coalesce(func.sum(case((AcceptanceRecord.rejected_quantity > 0, 1), else_=0)), 0),
        func.coalesce(func.sum(case((AcceptanceRecord.late.is_(True), 1), else_=0)), 0))
        .where(in_month(AcceptanceRecord.accepted_on, m))).one()
    return FigureSection("acceptances", translate("milrep", "Acceptances"), (
        Figure("acceptances.records", translate("milrep", "Acceptance records"), int(n)),
        Figure("acceptances.partial", translate("milrep", "… of which in part"), int(partial)),
        Figure("acceptances.accepted_quantity", translate("milrep", "Units accepted"), int(qa)),
        Figure("acceptances.rejected_quantity", translate("milrep", "Units rejected"), int(qr)),
        Figure("acceptances.late", translate("milrep", "Accepted after the contract deadline"),
               int(late)),
    ), translate("milrep", "No lot was accepted this month.") if n == 0 else "")


def _returns_section(rel: ReliabilityReport) -> FigureSection:
    d = rel.totals.decisions
    return FigureSection("returns", translate("milrep", "Returns"), (
        Figure("returns.notices", translate("milrep", "Return notices"), d.returned),
        Figure("returns.first", translate("milrep", "… at the first presentation"),
               d.first_returned),
        Figure("returns.rate", translate("milrep", "Return rate"), percent(d.return_rate)),
    ), translate("milrep", "No lot was returned this month.") if d.returned == 0 else "")


def _reliability_section(rel: ReliabilityReport) -> FigureSection:
    d = rel.totals.decisions
    figures = [Figure("reliability.first_pass", translate("milrep", "First-pass acceptance rate"),
                      percent(d.first_pass_rate))]
    figures += [Figure(f"defects.{key}", translate("milrep", "Defects: {source}").format(
        source=label.lower()), n) for key, label, n in rel.by_source]
    return FigureSection("reliability", translate("milrep", "Reliability (Article 27.4.5)"),
                         tuple(figures))


def _suspensions(s: Session, m: Month) -> FigureSection:
    imposed = s.scalar(select(func.count()).where(in_month(Suspension.effective_at, m))) or 0
    resumed = s.scalar(select(func.count()).where(in_month(Resumption.decided_at, m))) or 0
    resumed_by_end = select(Resumption.suspension_id).where(before_end(Resumption.decided_at, m))
    in_force = s.scalar(select(func.count()).where(
        before_end(Suspension.effective_at, m), Suspension.id.not_in(resumed_by_end))) or 0
    return FigureSection("suspensions", translate("milrep", "Suspensions of acceptance"), (
        Figure("suspensions.imposed", translate("milrep", "Suspensions signed"), int(imposed)),
        Figure("suspensions.resumed", translate("milrep", "Resumption decisions"), int(resumed)),
        Figure("suspensions.in_force", translate("milrep", "In force at the end of the month"),
               int(in_force)),
    ))


def _certificates(s: Session, m: Month) -> FigureSection:
    n, qty = s.execute(select(func.count(), func.coalesce(func.sum(Certificate.quantity), 0))
                       .where(in_month(Certificate.issued_on, m))).one()
    revoked, superseded = s.execute(select(
        func.count(), func.coalesce(func.sum(case(
            (CertificateRevocation.superseded_by_id.is_not(None), 1), else_=0)), 0))
        .where(in_month(CertificateRevocation.revoked_at, m))).one()
    return FigureSection("certificates", translate("milrep", "Certificates confirming quality"), (
        Figure("certificates.issued", translate("milrep", "Certificates issued"), int(n)),
        Figure("certificates.quantity", translate("milrep", "Units certified"), int(qty)),
        Figure("certificates.revoked", translate("milrep", "Certificates revoked"),
               int(revoked) - int(superseded)),
        Figure("certificates.superseded", translate("milrep", "Superseded by a re-issue"),
               int(superseded)),
    ))


# --- lists and the table by item --------------------------------------------------------------------

def _returns(s: Session, m: Month) -> tuple[ListedDocument, ...]:
    q = (select(ReturnNotice.number, ReturnNotice.issued_on, ControlListItem.name, Lot.number,
                Presentation.attempt)
         .join(Presentation, Presentation.id == ReturnNotice.presentation_id)
         .join(ControlListItem, ControlListItem.id == Presentation.item_id)
         .join(Lot, Lot.id == Presentation.lot_id)
         .where(in_month(ReturnNotice.issued_on, m))
         .order_by(ReturnNotice.issued_on, ReturnNotice.number))
    return tuple(ListedDocument(n, on, item, translate(
        "milrep", "lot {lot}, attempt {attempt}").format(lot=lot, attempt=attempt))
        for n, on, item, lot, attempt in s.execute(q))


def _suspension_list(s: Session, m: Month) -> tuple[ListedDocument, ...]:
    q = (select(Suspension.number, Suspension.effective_at, Suspension.item_id, Suspension.reason)
         .where(in_month(Suspension.effective_at, m)).order_by(Suspension.effective_at))
    rows = s.execute(q).all()
    names = item_names(s, {r[2] for r in rows if r[2] is not None})
    return tuple(ListedDocument(n, at.date(), names.get(item, "") if item else "", reason)
                 for n, at, item, reason in rows)


def _resumption_list(s: Session, m: Month) -> tuple[ListedDocument, ...]:
    q = (select(Resumption.number, Resumption.decided_at, Suspension.number,
                Suspension.item_id)
         .join(Suspension, Suspension.id == Resumption.suspension_id)
         .where(in_month(Resumption.decided_at, m)).order_by(Resumption.decided_at))
    rows = s.execute(q).all()
    names = item_names(s, {r[3] for r in rows if r[3] is not None})
    return tuple(ListedDocument(n, at.date(), names.get(item, "") if item else "", translate(
        "milrep", "resumes suspension {number}").format(number=susp))
        for n, at, susp, item in rows)


def _by_item(s: Session, presented: dict[uuid.UUID, tuple[int, int, int]],
             rel: ReliabilityReport) -> tuple[ItemRow, ...]:
    lines = {uuid.UUID(hex=line.key): line for line in rel.by_item}
    names = item_names(s, set(presented) | set(lines))
    rows = []
    for item_id in set(presented) | set(lines):
        line = lines.get(item_id)
        d = line.decisions if line else None
        rows.append(ItemRow(item_id, names.get(item_id, "?"), presented.get(item_id, (0, 0, 0))[0],
                            d.accepted if d else 0, d.returned if d else 0,
                            d.accepted_quantity if d else 0, d.rejected_quantity if d else 0,
                            line.total_defects if line else 0))
    return tuple(sorted(rows, key=lambda r: r.item))

