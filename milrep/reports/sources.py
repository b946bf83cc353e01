"""Where defects and failures come from: one small adapter per source, each one grouped SQL query.

Every adapter takes the report filter and returns a SELECT of rows
``(item_id, kind, name, month, defects)`` already grouped in the database (never whole tables):
``kind`` says what ``name`` is (a characteristic, a completeness line, the severity of a
nonconformity, the kind of a failed test, a reclamation's defect), ``month`` is ``YYYY-MM``.
A source is a list of adapters under one key; a new source (reclamations, when their model
exists) is one more entry of :data:`DEFECT_SOURCES`.

What counts, and on which date:
- *inspection*: every nonconforming result (a sample unit against a characteristic) of a decided
  inspection, every completeness line found short, dated by the decision (the acceptance
  record's or the return notice's date); and nonconformities raised by hand (not from a failed
  characteristic — those are the nonconforming results already counted), dated when raised.
- *test*: every periodic, qualification or type test completed with a negative result.
- *reclamation*: the defective units each reclamation reports (Article 29), dated when the
  defect was found, under the characteristic it names; a reclamation the joint commission
  traced to improper operation (29.7) is not a defect of the goods and is left out.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, String, func, literal, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute

from milrep.i18n import translate
from milrep.models.acceptance import (AcceptanceRecord, CompletenessCheck, Inspection,
                                      InspectionRequirement, Measurement, Presentation,
                                      ReturnNotice)
from milrep.models.control_list import ControlListItem
from milrep.models.quality import Nonconformity, ProductTest, TestResult
from milrep.models.reclamations import Reclamation
from milrep.models.requirements import Characteristic


class DefectKind(enum.StrEnum):
    CHARACTERISTIC = "characteristic"
    COMPLETENESS = "completeness"
    NONCONFORMITY = "nonconformity"
    TEST = "test"
    RECLAMATION = "reclamation"


@dataclass(frozen=True)
class ReportFilter:
    """The period (dates inclusive; None: open), a contract or an item, and the defect sources
    (None: every source)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    contract_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    sources: frozenset[str] | None = None


Adapter = Callable[[ReportFilter], Select[tuple[uuid.UUID, str, str, str, int]]]


@dataclass(frozen=True)
class DefectSource:
    key: str
    label: Callable[[], str]
    adapters: tuple[Adapter, ...]


def month_of(column: ColumnElement[dt.date] | InstrumentedAttribute[dt.date]
             ) -> ColumnElement[str]:
    """``YYYY-MM`` of a stored date (dates are stored as ISO text)."""
    return func.substr(column, 1, 7)


def scoped(q: Select, f: ReportFilter, *, item: InstrumentedAttribute[uuid.UUID],  # type: ignore[type-arg]
           date: ColumnElement[dt.date] | InstrumentedAttribute[dt.date]) -> Select:  # type: ignore[type-arg]
    """``q`` limited to the filter's period, contract and item."""
    text = type_coerce(date, String)  # dates are stored as ISO text: compared as text
    if f.date_from is not None:
        q = q.where(text >= f.date_from.isoformat())
    if f.date_to is not None:
        q = q.where(text <= f.date_to.isoformat())
    if f.item_id is not None:
        q = q.where(item == f.item_id)
    if f.contract_id is not None:
        q = q.where(item.in_(select(ControlListItem.id)
                             .where(ControlListItem.contract_id == f.contract_id)))
    return q


def decision_date() -> ColumnElement[dt.date]:
    """The date of an inspection's decision: its acceptance record's or its return notice's."""
    return func.coalesce(AcceptanceRecord.accepted_on, ReturnNotice.issued_on)


def _decided(q: Select) -> Select:  # type: ignore[type-arg]
    return (q.join(Presentation, Presentation.id == Inspection.presentation_id)
            .outerjoin(AcceptanceRecord, AcceptanceRecord.inspection_id == Inspection.id)
            .outerjoin(ReturnNotice, ReturnNotice.inspection_id == Inspection.id)
            .where(decision_date().is_not(None)))


def decided_inspections(f: ReportFilter) -> Select:  # type: ignore[type-arg]
    """The inspections decided within the filter's period and scope (few, found through the
    decision documents): results are then read through their inspection's index instead of
    scanning every result ever measured."""
    acc = scoped(select(AcceptanceRecord.inspection_id), f, item=AcceptanceRecord.item_id,
                 date=AcceptanceRecord.accepted_on)
    ret = scoped(select(ReturnNotice.inspection_id)
                 .join(Presentation, Presentation.id == ReturnNotice.presentation_id), f,
                 item=Presentation.item_id, date=ReturnNotice.issued_on)
    return acc.union_all(ret)  # type: ignore[return-value]


def _narrowed(f: ReportFilter) -> bool:
    return any(v is not None for v in (f.date_from, f.date_to, f.item_id, f.contract_id))


def failed_characteristics(f: ReportFilter) -> Select:  # type: ignore[type-arg]
    on = decision_date()
    q = (select(Presentation.item_id, literal(DefectKind.CHARACTERISTIC.value),
                InspectionRequirement.name, month_of(on), func.count())
         .select_from(Measurement)
         .join(InspectionRequirement, InspectionRequirement.id == Measurement.requirement_id)
         .join(Inspection, Inspection.id == Measurement.inspection_id))
    # "= 0" (not "IS 0"): the form a partial index of nonconforming results would be written in
    q = _decided(q).where(Measurement.conforms == False)  # noqa: E712
    if _narrowed(f):  # without any limit, one scan of the results is the fastest way
        q = q.where(Measurement.inspection_id.in_(decided_inspections(f)))
    return scoped(q, f, item=Presentation.item_id, date=on).group_by(
        Presentation.item_id, InspectionRequirement.name, month_of(on))


def short_completeness(f: ReportFilter) -> Select:  # type: ignore[type-arg]
    on = decision_date()
    q = (select(Presentation.item_id, literal(DefectKind.COMPLETENESS.value),
                CompletenessCheck.name, month_of(on), func.count())
         .select_from(CompletenessCheck)
         .join(Inspection, Inspection.id == CompletenessCheck.inspection_id))
    q = _decided(q).where(CompletenessCheck.found_quantity.is_not(None),
                          CompletenessCheck.found_quantity < CompletenessCheck.expected_quantity)
    return scoped(q, f, item=Presentation.item_id, date=on).group_by(
        Presentation.item_id, CompletenessCheck.name, month_of(on))


def raised_nonconformities(f: ReportFilter) -> Select:  # type: ignore[type-arg]
    raised = func.substr(Nonconformity.raised_at, 1, 10)  # UTC ISO text: its date part
    q = (select(Nonconformity.item_id, literal(DefectKind.NONCONFORMITY.value),
                Nonconformity.severity, month_of(raised), func.count())
         .where(Nonconformity.requirement_id.is_(None)))
    return scoped(q, f, item=Nonconformity.item_id, date=raised).group_by(Nonconformity.item_id, Nonconformity.severity, month_of(raised))


def failed_tests(f: ReportFilter) -> Select:  # type: ignore[type-arg]
    q = (select(ProductTest.item_id, literal(DefectKind.TEST.value), ProductTest.kind,
                month_of(ProductTest.completed_on), func.count())
         .where(ProductTest.result == TestResult.NEGATIVE, ProductTest.completed_on.is_not(None)))
    return scoped(q, f, item=ProductTest.item_id, date=ProductTest.completed_on).group_by(
        ProductTest.item_id, ProductTest.kind, month_of(ProductTest.completed_on))


def reclamation_defects(f: ReportFilter) -> Select:  # type: ignore[type-arg]
    name = func.coalesce(Characteristic.name, "")
    q = (select(Reclamation.item_id, literal(DefectKind.RECLAMATION.value), name,
                month_of(Reclamation.defect_found_on), func.sum(Reclamation.quantity))
         .select_from(Reclamation)
         .outerjoin(Characteristic, Characteristic.id == Reclamation.characteristic_id)
         .where(Reclamation.improper_operation.is_(False)))
    return scoped(q, f, item=Reclamation.item_id, date=Reclamation.defect_found_on).group_by(
        Reclamation.item_id, name, month_of(Reclamation.defect_found_on))


DEFECT_SOURCES: dict[str, DefectSource] = {s.key: s for s in (
    DefectSource("inspection", lambda: translate("milrep", "Inspections"),
                 (failed_characteristics, short_completeness, raised_nonconformities)),
    DefectSource("test", lambda: translate("milrep", "Tests"), (failed_tests,)),
    DefectSource("reclamation", lambda: translate("milrep", "Reclamations"),
                 (reclamation_defects,)),
)}


def source_label(key: str) -> str:
    s = DEFECT_SOURCES.get(key)
    return s.label() if s is not None else key
