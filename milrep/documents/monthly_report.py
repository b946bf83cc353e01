"""The monthly report of the office to headquarters (PDF): the month's figures, its documents,
the work by item, and the reliability analysis (Article 27.4.5) with its two charts.

The report is computed, not stored: it is printed for a month, whose id is
:func:`milrep.reports.periods.month_id` (``milrep document pdf monthly_report 2026-11``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.layout import (FRAME_WIDTH, Column, DocumentHead, OfficialDocument,
                                    fmt_date, fmt_decimal)
from milrep.documents.sources import letterhead, position_of
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.users import Role, User
from milrep.reports import charts
from milrep.reports.chart_drawings import pareto_chart, stacked_bars
from milrep.reports.figures import Figure, ListedDocument
from milrep.reports.monthly import MonthlyReport, build
from milrep.reports.periods import month_of_id
from milrep.reports.reliability import percent
from milrep.reports.sources import source_label


def render(session: Session, object_id: uuid.UUID) -> bytes:
    report = build(session, month_of_id(object_id))
    return render_report(session, report)


def render_report(s: Session, r: MonthlyReport) -> bytes:
    m = r.month
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=translate("milrep", "Monthly report"), number="",
        date=None, classification=_classification(s, r),
        subtitle=translate("milrep", "of the military representative office for {month} "
                                     "({first} – {last})").format(
            month=m.label(), first=fmt_date(m.first_day), last=fmt_date(m.last_day)),
        keywords=(m.key,)))
    if r.empty:
        doc.paragraph(translate(
            "milrep", "Nothing was presented, accepted, returned, suspended, certified or "
            "reclaimed in this month: every figure below is zero."), bold=True)

    for section in r.sections:
        doc.section(section.title)
        if section.figures:
            doc.facts([(f.label, _value(f)) for f in section.figures], label_width=0.6)
        if section.note:
            doc.note(section.note)
        if section.key == "returns" and r.returns:
            _documents(doc, r.returns)
        if section.key == "suspensions":
            _documents(doc, r.suspensions + r.resumptions)

    doc.section(translate("milrep", "Work by item"))
    doc.table([Column(translate("milrep", "Item"), 2.6),
               Column(translate("milrep", "Presentations"), 1.25, "RIGHT"),
               Column(translate("milrep", "Accepted"), 1.15, "RIGHT"),
               Column(translate("milrep", "Returned"), 1.15, "RIGHT"),
               Column(translate("milrep", "Units accepted"), 1.15, "RIGHT"),
               Column(translate("milrep", "Units rejected"), 1.15, "RIGHT"),
               Column(translate("milrep", "Defects"), 1, "RIGHT")],
              [[i.item, str(i.presented), str(i.accepted), str(i.returned),
                str(i.accepted_quantity), str(i.rejected_quantity), str(i.defects)]
               for i in r.by_item],
              empty=translate("milrep", "No item had presentations, decisions or defects "
                                        "this month."), font_size=7.5)

    t = r.trend
    doc.section(translate("milrep", "Reliability trend, {first} – {last}").format(
        first=t.months[0][0].label(), last=t.months[-1][0].label()))
    doc.story.append(stacked_bars(charts.defects_by_month(t), FRAME_WIDTH, 62 * 2.8346))
    doc.spacer(2)
    keys = [k for k, _ in t.sources]
    doc.table([Column(translate("milrep", "Month"), 1.1),
               Column(translate("milrep", "Decided"), 1, "RIGHT"),
               Column(translate("milrep", "Returned"), 1, "RIGHT"),
               Column(translate("milrep", "First pass"), 1.1, "RIGHT"),
               Column(translate("milrep", "Return rate"), 1.1, "RIGHT"),
               *(Column(label, 1, "RIGHT") for _, label in t.sources)],
              [[month.label(), str(line.decisions.decided), str(line.decisions.returned),
                percent(line.decisions.first_pass_rate), percent(line.decisions.return_rate),
                *(str(line.defects.get(k, 0)) for k in keys)] for month, line in t.months],
              font_size=7.5)
    doc.legend(translate(
        "milrep", "First pass: presentations accepted at attempt 1 of those decided at attempt "
        "1. Return rate: presentations returned of all decided. Defects: nonconforming results "
        "(unit × characteristic) and short completeness lines of decided inspections, "
        "nonconformities raised by hand, failed tests, defective units reported by reclamations "
        "(not those due to improper operation)."))

    doc.section(translate("milrep", "Pareto of defects, {first} – {last}").format(
        first=t.months[0][0].label(), last=t.months[-1][0].label()))
    chart = charts.pareto(t)
    doc.story.append(pareto_chart(chart, FRAME_WIDTH, 62 * 2.8346))
    doc.spacer(2)
    doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
               Column(translate("milrep", "Defect category"), 4.2),
               Column(translate("milrep", "Defects"), 0.9, "RIGHT"),
               Column(translate("milrep", "Cumulative"), 1.1, "RIGHT")],
              [[str(i), label, str(n), percent(c)] for i, (label, n, c) in
               enumerate(zip(chart.labels, chart.values, chart.cumulative, strict=True),
                         start=1)], font_size=7.5)
    if t.pareto:
        doc.legend(translate("milrep", "Sources: {sources}.").format(sources=", ".join(
            f"{source_label(k)} {n}" for k, _, n in t.by_source)))

    chief = s.scalars(select(User).where(User.role == Role.CHIEF, User.active.is_(True))
                      .order_by(User.created_at)).first()
    if chief is not None:
        doc.signatures([], stamp=False, blank=[
            (position_of(chief) + (f"\n{chief.rank}" if chief.rank else ""), chief.full_name)])
    return doc.build()


def _value(f: Figure) -> str:
    return fmt_decimal(f.value) if isinstance(f.value, Decimal) else str(f.value)


def _documents(doc: OfficialDocument, docs: tuple[ListedDocument, ...]) -> None:
    doc.table([Column(translate("milrep", "Number"), 1.6),
               Column(translate("milrep", "Date"), 0.9),
               Column(translate("milrep", "Item"), 2.2),
               Column(translate("milrep", "Details"), 2.6)],
              [[d.number, fmt_date(d.date), d.item, d.detail] for d in docs], font_size=7.5)


def _classification(s: Session, r: MonthlyReport) -> str:
    """The markings of the contracts the month's work concerns (several: all of them)."""
    ids = [i.item_id for i in r.by_item]
    if not ids:
        return ""
    marks = s.scalars(select(Contract.classification).distinct()
                      .join(ControlListItem, ControlListItem.contract_id == Contract.id)
                      .where(ControlListItem.id.in_(ids), Contract.classification != "")
                      .order_by(Contract.classification))
    return " / ".join(m.strip() for m in marks if m.strip())
