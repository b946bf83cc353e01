"""The monthly report as a spreadsheet (XLSX through :mod:`milrep.exports.tables`): the figures,
the work by item, the month's documents, the twelve-month trend and the Pareto table — numbers
as numbers, dates as dates, shares as percentages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from milrep.exports.tables import Sheet, write_xlsx
from milrep.i18n import translate
from milrep.reports.monthly import MonthlyReport
from milrep.reports.reliability import ReliabilityReport


def _pct(rate: float | None) -> Decimal | None:
    return None if rate is None else (Decimal(str(rate)) * 100).quantize(Decimal("0.1"))


def _number(value: object) -> object:
    if isinstance(value, str):
        if value == "—":
            return None
        if value.endswith(" %"):
            return Decimal(value[:-2])
    return value


def report_sheets(r: MonthlyReport) -> list[Sheet]:
    figures = Sheet(translate("milrep", "Figures"),
                    [translate("milrep", "Section"), translate("milrep", "Figure"),
                     translate("milrep", "Value")],
                    [[sec.title, f.label + (", %" if str(f.value).endswith("%") or f.value == "—"
                                            else ""), _number(f.value)]
                     for sec in r.sections for f in sec.figures],
                    ["text", "text", "decimal"])
    items = Sheet(translate("milrep", "By item"),
                  [translate("milrep", "Item"), translate("milrep", "Presentations"),
                   translate("milrep", "Accepted"), translate("milrep", "Returned"),
                   translate("milrep", "Units accepted"), translate("milrep", "Units rejected"),
                   translate("milrep", "Defects")],
                  [[i.item, i.presented, i.accepted, i.returned, i.accepted_quantity,
                    i.rejected_quantity, i.defects] for i in r.by_item],
                  ["text", "int", "int", "int", "int", "int", "int"])
    docs = Sheet(translate("milrep", "Documents"),
                 [translate("milrep", "Document"), translate("milrep", "Number"),
                  translate("milrep", "Date"), translate("milrep", "Item"),
                  translate("milrep", "Details")],
                 [[kind, d.number, d.date, d.item, d.detail]
                  for kind, group in ((translate("milrep", "Return notice"), r.returns),
                                      (translate("milrep", "Suspension"), r.suspensions),
                                      (translate("milrep", "Resumption decision"), r.resumptions))
                  for d in group],
                 ["text", "text", "date", "text", "text"])
    return [figures, items, docs, *reliability_sheets(r.trend)]


def reliability_sheets(t: ReliabilityReport) -> list[Sheet]:
    keys = [k for k, _ in t.sources]
    trend = Sheet(translate("milrep", "Trend"),
                  [translate("milrep", "Month"), translate("milrep", "Decided"),
                   translate("milrep", "Accepted"), translate("milrep", "Returned"),
                   translate("milrep", "First pass, %"), translate("milrep", "Return rate, %"),
                   *(label for _, label in t.sources)],
                  [[m.first_day, line.decisions.decided, line.decisions.accepted,
                    line.decisions.returned, _pct(line.decisions.first_pass_rate),
                    _pct(line.decisions.return_rate), *(line.defects.get(k, 0) for k in keys)]
                   for m, line in t.months],
                  ["date", "int", "int", "int", "decimal", "decimal", *("int" for _ in keys)])
    pareto = Sheet(translate("milrep", "Pareto"),
                   [translate("milrep", "No."), translate("milrep", "Defect category"),
                    translate("milrep", "Item"), translate("milrep", "Source"),
                    translate("milrep", "Defects"), translate("milrep", "Share, %"),
                    translate("milrep", "Cumulative, %")],
                   [[i, p.category, p.item, dict(t.sources).get(p.source, p.source), p.defects,
                     _pct(p.share), _pct(p.cumulative)]
                    for i, p in enumerate(t.pareto, start=1)],
                   ["int", "text", "text", "text", "int", "decimal", "decimal"])
    return [trend, pareto]


def write_report_xlsx(path: Path | str, r: MonthlyReport) -> None:
    write_xlsx(path, report_sheets(r))
