"""Reliability analysis (Article 27.4.5): defects and failures by item, characteristic and source,
first-pass acceptance and return rates, trends by month, and the Pareto of defect categories.

Everything is counted by grouped SQL (:mod:`.sources`); only the groups (items × categories ×
months) come back to Python. Definitions, as the screen and the report state them:

- *decided*: presentations decided in the period — an acceptance record (whole or in part) or a
  return notice dated in it;
- *first-pass acceptance rate*: presentations of attempt 1 accepted (whole or in part) ÷
  presentations of attempt 1 decided;
- *return rate*: presentations returned ÷ presentations decided (every attempt);
- *defects*: see :mod:`.sources`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from milrep.db.store import UnitOfWork
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord, Presentation, ReturnNotice
from milrep.models.control_list import ControlListItem
from milrep.models.quality import TestKind
from milrep.models.requirements import Severity
from milrep.reports.periods import Month, months_between, parse_month
from milrep.reports.sources import (DEFECT_SOURCES, DefectKind, ReportFilter, month_of, scoped,
                                    source_label)
from milrep.services.auth import Actor, Permission


@dataclass
class Decisions:
    """Decided presentations of one item in one month (or summed over several)."""

    accepted: int = 0
    returned: int = 0
    first_accepted: int = 0  # attempt 1, accepted whole or in part
    first_returned: int = 0
    accepted_quantity: int = 0
    rejected_quantity: int = 0

    @property
    def decided(self) -> int:
        return self.accepted + self.returned

    @property
    def first_decided(self) -> int:
        return self.first_accepted + self.first_returned

    @property
    def first_pass_rate(self) -> float | None:
        """Share (0–1) of first presentations accepted; None when none was decided."""
        return self.first_accepted / self.first_decided if self.first_decided else None

    @property
    def return_rate(self) -> float | None:
        return self.returned / self.decided if self.decided else None

    def add(self, other: Decisions) -> None:
        self.accepted += other.accepted
        self.returned += other.returned
        self.first_accepted += other.first_accepted
        self.first_returned += other.first_returned
        self.accepted_quantity += other.accepted_quantity
        self.rejected_quantity += other.rejected_quantity


@dataclass(frozen=True)
class DefectGroup:
    """Defects of one category of one item from one source in one month."""

    source: str
    item_id: uuid.UUID
    kind: DefectKind
    name: str
    month: str
    defects: int


@dataclass
class Line:
    """One row of a breakdown: decisions and defects by source."""

    key: str
    label: str
    decisions: Decisions = field(default_factory=Decisions)
    defects: dict[str, int] = field(default_factory=dict)

    @property
    def total_defects(self) -> int:
        return sum(self.defects.values())


@dataclass(frozen=True)
class CategoryLine:
    """A defect category (a characteristic of an item, a completeness line, a failed test …)."""

    source: str
    item_id: uuid.UUID
    item: str
    category: str
    defects: int
    share: float  # of all defects in the report, 0–1
    cumulative: float  # the Pareto's running share, 0–1


@dataclass(frozen=True)
class ReliabilityReport:
    filter: ReportFilter
    sources: tuple[tuple[str, str], ...]  # (key, label) of the sources counted
    totals: Line
    months: tuple[tuple[Month, Line], ...]
    by_item: tuple[Line, ...]
    by_source: tuple[tuple[str, str, int], ...]  # key, label, defects
    pareto: tuple[CategoryLine, ...]  # by characteristic, most defects first

    @property
    def empty(self) -> bool:
        return self.totals.decisions.decided == 0 and self.totals.total_defects == 0


def reliability(uow: UnitOfWork, actor: Actor, *, filter: ReportFilter) -> ReliabilityReport:
    """The reliability analysis for ``filter`` (any role may read it)."""
    s = uow.begin(actor, Permission.READ, "report.reliability")
    return compute(s, filter)


@dataclass(frozen=True)
class Counted:
    """What the database counted for a filter: decisions per (item, month), defect groups, and
    the names of the items they concern."""

    decisions: dict[tuple[uuid.UUID, str], Decisions]
    groups: list[DefectGroup]
    items: dict[uuid.UUID, str]

    def of_months(self, keys: set[str]) -> Counted:
        """Only the figures of these months (``YYYY-MM``)."""
        return Counted({k: d for k, d in self.decisions.items() if k[1] in keys},
                       [g for g in self.groups if g.month in keys], self.items)


def compute(s: Session, f: ReportFilter) -> ReliabilityReport:
    return assemble(f, count(s, f))


def count(s: Session, f: ReportFilter) -> Counted:
    keys = [k for k in DEFECT_SOURCES if f.sources is None or k in f.sources]
    decisions = decision_counts(s, f)
    groups = defect_groups(s, f, keys)
    return Counted(decisions, groups,
                   item_names(s, {i for i, _ in decisions} | {g.item_id for g in groups}))


def assemble(f: ReportFilter, c: Counted) -> ReliabilityReport:
    """The report from the counted groups (no database)."""
    keys = [k for k in DEFECT_SOURCES if f.sources is None or k in f.sources]
    decisions, groups, items = c.decisions, c.groups, c.items

    totals = Line("", translate("milrep", "Total"))
    per_month: dict[str, Line] = defaultdict(lambda: Line("", ""))
    per_item: dict[uuid.UUID, Line] = {}
    for (item_id, month), counted in decisions.items():
        d = Decisions()
        d.add(counted)  # a copy: the counted figures may be assembled again
        for line in (totals, per_month[month], _line(per_item, item_id, items)):
            line.decisions.add(d)
    cats: dict[tuple[str, uuid.UUID, DefectKind, str], int] = defaultdict(int)
    for g in groups:
        for line in (totals, per_month[g.month], _line(per_item, g.item_id, items)):
            line.defects[g.source] = line.defects.get(g.source, 0) + g.defects
        cats[(g.source, g.item_id, g.kind, g.name)] += g.defects

    months = _month_range(f, per_month.keys())
    total = totals.total_defects
    pareto: list[CategoryLine] = []
    running = 0
    for (source, item_id, kind, name), n in sorted(
            cats.items(), key=lambda kv: (-kv[1], items.get(kv[0][1], ""), kv[0][3])):
        running += n
        pareto.append(CategoryLine(source, item_id, items.get(item_id, "?"),
                                   category_label(kind, name), n, n / total, running / total))
    return ReliabilityReport(
        filter=f, sources=tuple((k, source_label(k)) for k in keys), totals=totals,
        months=tuple((m, _labelled(per_month.get(m.key), m)) for m in months),
        by_item=tuple(sorted(per_item.values(), key=lambda line: line.label)),
        by_source=tuple((k, source_label(k), totals.defects.get(k, 0)) for k in keys),
        pareto=tuple(pareto))


def _line(lines: dict[uuid.UUID, Line], item_id: uuid.UUID, names: dict[uuid.UUID, str]) -> Line:
    if item_id not in lines:
        lines[item_id] = Line(item_id.hex, names.get(item_id, "?"))
    return lines[item_id]


def _labelled(line: Line | None, m: Month) -> Line:
    out = line or Line("", "")
    out.key, out.label = m.key, m.label()
    return out


def _month_range(f: ReportFilter, seen: Iterable[str]) -> list[Month]:
    found = sorted(parse_month(k) for k in seen if k)
    first = Month.of(f.date_from) if f.date_from else (found[0] if found else None)
    last = Month.of(f.date_to) if f.date_to else (found[-1] if found else None)
    if first is None or last is None:
        return []
    return months_between(first, last)


# --- the grouped queries ------------------------------------------------------------------------

def decision_counts(s: Session, f: ReportFilter) -> dict[tuple[uuid.UUID, str], Decisions]:
    """Acceptances and returns per (item, month), attempt 1 apart, counted in the database."""
    first = func.sum(case((Presentation.attempt == 1, 1), else_=0))
    acc = (select(Presentation.item_id, month_of(AcceptanceRecord.accepted_on), func.count(),
                  first, func.sum(AcceptanceRecord.accepted_quantity),
                  func.sum(AcceptanceRecord.rejected_quantity))
           .select_from(AcceptanceRecord)
           .join(Presentation, Presentation.id == AcceptanceRecord.presentation_id))
    acc = scoped(acc, f, item=Presentation.item_id, date=AcceptanceRecord.accepted_on).group_by(
        Presentation.item_id, month_of(AcceptanceRecord.accepted_on))
    ret = (select(Presentation.item_id, month_of(ReturnNotice.issued_on), func.count(), first)
           .select_from(ReturnNotice)
           .join(Presentation, Presentation.id == ReturnNotice.presentation_id))
    ret = scoped(ret, f, item=Presentation.item_id, date=ReturnNotice.issued_on).group_by(
        Presentation.item_id, month_of(ReturnNotice.issued_on))
    out: dict[tuple[uuid.UUID, str], Decisions] = defaultdict(Decisions)
    for item_id, month, n, n1, qa, qr in s.execute(acc):
        d = out[(item_id, month)]
        d.accepted, d.first_accepted = int(n), int(n1 or 0)
        d.accepted_quantity, d.rejected_quantity = int(qa or 0), int(qr or 0)
    for item_id, month, n, n1 in s.execute(ret):
        d = out[(item_id, month)]
        d.returned, d.first_returned = int(n), int(n1 or 0)
    return dict(out)


def defect_groups(s: Session, f: ReportFilter, sources: Iterable[str]) -> list[DefectGroup]:
    out: list[DefectGroup] = []
    for key in sources:
        for adapter in DEFECT_SOURCES[key].adapters:
            for item_id, kind, name, month, n in s.execute(adapter(f)):
                out.append(DefectGroup(key, item_id, DefectKind(kind), str(name), month, int(n)))
    return out


def item_names(s: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    names: dict[uuid.UUID, str] = {}
    chunk = list(ids)
    for i in range(0, len(chunk), 500):
        names.update((i_, n) for i_, n in s.execute(
            select(ControlListItem.id, ControlListItem.name)
            .where(ControlListItem.id.in_(chunk[i:i + 500]))))
    return names


# --- labels ---------------------------------------------------------------------------------------

def category_label(kind: DefectKind, name: str) -> str:
    if kind is DefectKind.COMPLETENESS:
        return translate("milrep", "Completeness: {name}").format(name=name)
    if kind is DefectKind.NONCONFORMITY:
        sev = {Severity.CRITICAL.value: translate("milrep", "critical"),
               Severity.MAJOR.value: translate("milrep", "major"),
               Severity.MINOR.value: translate("milrep", "minor")}.get(name, name)
        return translate("milrep", "Nonconformities raised by hand ({severity})").format(
            severity=sev)
    if kind is DefectKind.TEST:
        return {TestKind.PERIODIC.value: translate("milrep", "Periodic test failed"),
                TestKind.QUALIFICATION.value: translate("milrep", "Qualification test failed"),
                TestKind.TYPE.value: translate("milrep", "Type test failed")}.get(name, name)
    if kind is DefectKind.RECLAMATION:
        return (translate("milrep", "In service: {name}").format(name=name) if name
                else translate("milrep", "In service: characteristic not named"))
    return name


def percent(rate: float | None) -> str:
    """``87.5 %``; ``—`` when there is nothing to divide."""
    return "—" if rate is None else f"{rate * 100:.1f} %"
