"""SQL-paged lists: count and fetch one page of a list with a filter and a sort, never a whole table.

A list is described once (:class:`ListSpec`); the UI's table models and the CLI read through
:func:`count_rows` and :func:`fetch_page`. Pages far down a list are read in reverse order from
the end, so "jump to the last row" of a million rows costs the same as the first page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from milrep.db import search
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization


# Above this many matches a page is read by walking the sort index (matches are dense enough to
# fill a page quickly); below it the matches are fetched by rowid and sorted.
DENSE_MATCHES = 2000


@dataclass(frozen=True)
class ListColumn:
    key: str
    label: Callable[[], str]  # translated when asked, so a language switch takes effect
    expr: ColumnElement[Any]
    kind: str = "text"  # text, date, money, quantity, enum
    sortable: bool = True


@dataclass(frozen=True)
class ListSpec:
    name: str
    base: Any  # the table rows are counted on
    id_expr: ColumnElement[uuid.UUID]
    columns: tuple[ListColumn, ...]
    search_expr: ColumnElement[str]
    joins: Callable[[Select[Any]], Select[Any]] = lambda q: q
    default_sort: str = ""
    scopes: dict[str, ColumnElement[Any]] = field(default_factory=dict)

    def column(self, key: str) -> ListColumn:
        return next(c for c in self.columns if c.key == key)


@dataclass(frozen=True)
class ListQuery:
    """What the user asked for: filter text, scope (e.g. one contract), sort column and order."""

    text: str = ""
    sort: str = ""
    descending: bool = False
    scope: dict[str, Any] = field(default_factory=dict)
    #: False on very long lists: words too short for the search index are left out of the
    #: filter (each would cost a scan of every row); :func:`ignored_words` names them.
    short_words: bool = True

    def all_words(self) -> list[str]:
        """The filter's words, case-folded; control characters (pasted by accident) dropped."""
        clean = "".join(c if c.isprintable() else " " for c in self.text)
        return clean.casefold().split()

    def words(self) -> list[str]:
        return [w for w in self.all_words()
                if self.short_words or len(w) >= search.MIN_INDEXED_WORD]


def ignored_words(q: ListQuery) -> list[str]:
    """The words of the filter that :attr:`ListQuery.short_words` leaves out."""
    kept = set(q.words())
    return [w for w in q.all_words() if w not in kept]


#: Lists longer than this search only words the index can serve (see ``ListQuery.short_words``).
LONG_LIST_ROWS = 100_000


def _where(spec: ListSpec, q: ListQuery, *, dense: bool = False) -> ColumnElement[bool] | None:
    conds: list[ColumnElement[bool]] = []
    indexed: list[str] = []
    table_name = getattr(spec.base, "name", "")
    for word in q.words():
        if table_name in search.INDEXED_TABLES and search.indexable(word):
            indexed.append(word)
            continue
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(spec.search_expr.like(f"%{escaped}%", escape="\\"))
    if indexed:
        conds.insert(0, search.matching_rowids(table_name, indexed, dense=dense))
    for key, value in q.scope.items():
        conds.append(spec.scopes[key] == value)
    return and_(*conds) if conds else None


def count_rows(session: Session, spec: ListSpec, q: ListQuery) -> int:
    table_name = getattr(spec.base, "name", "")
    words = q.words()
    if (not q.scope and words and table_name in search.INDEXED_TABLES
            and all(search.indexable(w) for w in words)):
        # Every word is in the index: count there, without touching the table's rows.
        return search.count_matches(session.connection(), table_name, words)
    stmt = select(func.count()).select_from(spec.base)
    where = _where(spec, q)
    if where is not None:
        stmt = stmt.where(where)
    return int(session.execute(stmt).scalar_one())


def fetch_page(session: Session, spec: ListSpec, q: ListQuery, *, offset: int, limit: int,
               total: int) -> list[tuple[Any, ...]]:
    """Rows ``offset`` … ``offset+limit-1`` as tuples ``(id, col1, col2, …)``."""
    if offset >= total or limit <= 0:
        return []
    limit = min(limit, total - offset)
    sort_col = spec.column(q.sort or spec.default_sort).expr
    reverse = offset > total // 2
    descending = q.descending != reverse
    # The table's rowid breaks ties: every index already ends with it, so a sort index serves
    # the whole ORDER BY and SQLite can stop after one page.
    tiebreak = literal_column(f"{spec.base.name}.rowid")
    order = [sort_col.desc() if descending else sort_col.asc(),
             tiebreak.desc() if descending else tiebreak.asc()]
    stmt = spec.joins(select(spec.id_expr, *(c.expr for c in spec.columns)).select_from(spec.base))
    where = _where(spec, q, dense=total > DENSE_MATCHES)
    if where is not None:
        stmt = stmt.where(where)
    start = total - offset - limit if reverse else offset
    rows = [tuple(r) for r in session.execute(stmt.order_by(*order).offset(start).limit(limit))]
    return rows[::-1] if reverse else rows


# --- the lists of the foundation ------------------------------------------------------------

_contractor = aliased(Organization, name="contractor")
_contract_of_item = aliased(Contract, name="item_contract")

CONTRACTS = ListSpec(
    name="contracts",
    base=Contract.__table__,
    id_expr=Contract.id,
    columns=(
        ListColumn("number", lambda: translate("milrep", "Number"), Contract.number),
        ListColumn("signed_on", lambda: translate("milrep", "Signed"), Contract.signed_on, "date"),
        ListColumn("contractor", lambda: translate("milrep", "Contractor"), _contractor.name,
                   sortable=False),
        ListColumn("subject", lambda: translate("milrep", "Subject"), Contract.subject,
                   sortable=False),
        ListColumn("value", lambda: translate("milrep", "Value, ₸"), Contract.value, "money",
                   sortable=False),
        ListColumn("valid_until", lambda: translate("milrep", "Valid until"),
                   Contract.valid_until, "date"),
        ListColumn("status", lambda: translate("milrep", "Status"), Contract.status, "enum"),
    ),
    search_expr=Contract.search_text,
    joins=lambda q: q.join(_contractor, _contractor.id == Contract.contractor_id),
    default_sort="number",
    scopes={"status": Contract.status},
)

CONTROL_LIST = ListSpec(
    name="control_list",
    base=ControlListItem.__table__,
    id_expr=ControlListItem.id,
    columns=(
        ListColumn("name", lambda: translate("milrep", "Name"), ControlListItem.name),
        ListColumn("nomenclature_code", lambda: translate("milrep", "Nomenclature code"),
                   ControlListItem.nomenclature_code),
        ListColumn("kind", lambda: translate("milrep", "Kind"), ControlListItem.kind, "enum",
                   sortable=False),
        ListColumn("quantity", lambda: translate("milrep", "Quantity"), ControlListItem.quantity,
                   "quantity", sortable=False),
        ListColumn("unit", lambda: translate("milrep", "Unit"), ControlListItem.unit,
                   sortable=False),
        ListColumn("delivery_deadline", lambda: translate("milrep", "Delivery by"),
                   ControlListItem.delivery_deadline, "date", sortable=False),
        ListColumn("tech_doc", lambda: translate("milrep", "Technical documentation"),
                   ControlListItem.tech_doc_ref, sortable=False),
        ListColumn("contract", lambda: translate("milrep", "Contract"), _contract_of_item.number,
                   sortable=False),
    ),
    search_expr=ControlListItem.search_text,
    joins=lambda q: q.join(_contract_of_item, _contract_of_item.id == ControlListItem.contract_id),
    default_sort="name",
    scopes={"contract_id": ControlListItem.contract_id},
)

ALL_LISTS = {spec.name: spec for spec in (CONTRACTS, CONTROL_LIST)}


# --- acceptance work (issue 3) ----------------------------------------------------------------

from milrep.models.acceptance import Presentation as _Presentation  # noqa: E402
from milrep.models.products import Lot as _Lot  # noqa: E402

_presented_item = aliased(ControlListItem, name="presented_item")
_presented_lot = aliased(_Lot, name="presented_lot")

PRESENTATIONS = ListSpec(
    name="presentations",
    base=_Presentation.__table__,
    id_expr=_Presentation.id,
    columns=(
        ListColumn("number", lambda: translate("milrep", "Notice"), _Presentation.number),
        ListColumn("presented_on", lambda: translate("milrep", "Presented"),
                   _Presentation.presented_on, "date"),
        ListColumn("item", lambda: translate("milrep", "Item"), _presented_item.name,
                   sortable=False),
        ListColumn("lot", lambda: translate("milrep", "Lot"), _presented_lot.number,
                   sortable=False),
        ListColumn("quantity", lambda: translate("milrep", "Quantity"), _Presentation.quantity,
                   "quantity", sortable=False),
        ListColumn("attempt", lambda: translate("milrep", "Attempt"), _Presentation.attempt,
                   "quantity", sortable=False),
        ListColumn("status", lambda: translate("milrep", "Status"), _Presentation.status, "enum",
                   sortable=False),
    ),
    # no search index on presentations: the notice number, OTK reference and notes are searched
    search_expr=(_Presentation.number + " " + _Presentation.otk_reference + " "
                 + _Presentation.notes),
    joins=lambda q: (q.join(_presented_item, _presented_item.id == _Presentation.item_id)
                     .join(_presented_lot, _presented_lot.id == _Presentation.lot_id)),
    default_sort="presented_on",
    scopes={"status": _Presentation.status, "item_id": _Presentation.item_id,
            "lot_id": _Presentation.lot_id},
)

ALL_LISTS[PRESENTATIONS.name] = PRESENTATIONS


# --- suspensions, tests, nonconformities (issue 3, quality records) ---------------------------

from sqlalchemy import case as _case, exists as _exists  # noqa: E402

from milrep.models import quality as _q  # noqa: E402

_susp_item = aliased(ControlListItem, name="suspended_item")
_susp_lot = aliased(_Lot, name="suspended_lot")
_susp_contract = aliased(Contract, name="suspended_contract")
#: "in_force" while no resumption names the suspension, else "resumed"
SUSPENSION_STATE = _case((_exists().where(_q.Resumption.suspension_id == _q.Suspension.id),
                          "resumed"), else_="in_force")

SUSPENSIONS = ListSpec(
    name="suspensions",
    base=_q.Suspension.__table__,
    id_expr=_q.Suspension.id,
    columns=(
        ListColumn("number", lambda: translate("milrep", "Number"), _q.Suspension.number),
        ListColumn("ground", lambda: translate("milrep", "Ground"), _q.Suspension.ground, "enum",
                   sortable=False),
        ListColumn("scope", lambda: translate("milrep", "Scope"), _q.Suspension.scope, "enum",
                   sortable=False),
        ListColumn("contract", lambda: translate("milrep", "Contract"), _susp_contract.number,
                   sortable=False),
        ListColumn("item", lambda: translate("milrep", "Item"), _susp_item.name, sortable=False),
        ListColumn("lot", lambda: translate("milrep", "Lot"), _susp_lot.number, sortable=False),
        ListColumn("effective_at", lambda: translate("milrep", "In force since"),
                   _q.Suspension.effective_at, "date"),
        ListColumn("state", lambda: translate("milrep", "State"), SUSPENSION_STATE, "enum",
                   sortable=False),
    ),
    search_expr=_q.Suspension.number + " " + _q.Suspension.reason,
    joins=lambda q: (q.join(_susp_contract, _susp_contract.id == _q.Suspension.contract_id)
                     .outerjoin(_susp_item, _susp_item.id == _q.Suspension.item_id)
                     .outerjoin(_susp_lot, _susp_lot.id == _q.Suspension.lot_id)),
    default_sort="effective_at",
    scopes={"state": SUSPENSION_STATE, "item_id": _q.Suspension.item_id},
)

_tested_item = aliased(ControlListItem, name="tested_item")
_TEST_OPINION = (select(_q.TestOpinion.number).where(_q.TestOpinion.test_id == _q.ProductTest.id)
                 .limit(1).scalar_subquery())
_repeated = aliased(_q.ProductTest, name="repeated_test")
# a repeat test shows the protocol of the negative test it repeats (its start date while that one
# has no protocol yet)
_REPEAT_OF = (select(func.coalesce(func.nullif(_repeated.protocol_number, ""),
                                   func.cast(_repeated.started_on, String)))
              .where(_repeated.id == _q.ProductTest.repeat_of_id).scalar_subquery())

PRODUCT_TESTS = ListSpec(
    name="product_tests",
    base=_q.ProductTest.__table__,
    id_expr=_q.ProductTest.id,
    columns=(
        ListColumn("kind", lambda: translate("milrep", "Test"), _q.ProductTest.kind, "enum",
                   sortable=False),
        ListColumn("item", lambda: translate("milrep", "Item"), _tested_item.name,
                   sortable=False),
        ListColumn("protocol", lambda: translate("milrep", "Protocol"),
                   _q.ProductTest.protocol_number, sortable=False),
        ListColumn("started_on", lambda: translate("milrep", "Started"),
                   _q.ProductTest.started_on, "date"),
        ListColumn("completed_on", lambda: translate("milrep", "Completed"),
                   _q.ProductTest.completed_on, "date"),
        ListColumn("result", lambda: translate("milrep", "Result"), _q.ProductTest.result,
                   "enum", sortable=False),
        ListColumn("repeat", lambda: translate("milrep", "Repeat of"),
                   _REPEAT_OF, sortable=False),
        ListColumn("opinion", lambda: translate("milrep", "Opinion"), _TEST_OPINION,
                   sortable=False),
        ListColumn("summary", lambda: translate("milrep", "Results"),
                   _q.ProductTest.results_summary, sortable=False),
    ),
    search_expr=(_q.ProductTest.protocol_number + " " + _q.ProductTest.programme_ref + " "
                 + _q.ProductTest.results_summary),
    joins=lambda q: q.join(_tested_item, _tested_item.id == _q.ProductTest.item_id),
    default_sort="started_on",
    scopes={"result": _q.ProductTest.result, "item_id": _q.ProductTest.item_id},
)

_nc_item = aliased(ControlListItem, name="nc_item")
_nc_lot = aliased(_Lot, name="nc_lot")

NONCONFORMITIES = ListSpec(
    name="nonconformities",
    base=_q.Nonconformity.__table__,
    id_expr=_q.Nonconformity.id,
    columns=(
        ListColumn("status", lambda: translate("milrep", "Status"), _q.Nonconformity.status,
                   "enum"),
        ListColumn("raised_at", lambda: translate("milrep", "Raised"),
                   _q.Nonconformity.raised_at, "date"),
        ListColumn("item", lambda: translate("milrep", "Item"), _nc_item.name, sortable=False),
        ListColumn("lot", lambda: translate("milrep", "Lot"), _nc_lot.number, sortable=False),
        ListColumn("severity", lambda: translate("milrep", "Severity"),
                   _q.Nonconformity.severity, "enum", sortable=False),
        ListColumn("description", lambda: translate("milrep", "Description"),
                   _q.Nonconformity.description, sortable=False),
        ListColumn("disposition", lambda: translate("milrep", "Disposition"),
                   _q.Nonconformity.disposition, "enum", sortable=False),
    ),
    search_expr=(_q.Nonconformity.description + " " + _q.Nonconformity.corrective_action + " "
                 + _q.Nonconformity.concession_ref),
    joins=lambda q: (q.join(_nc_item, _nc_item.id == _q.Nonconformity.item_id)
                     .outerjoin(_nc_lot, _nc_lot.id == _q.Nonconformity.lot_id)),
    default_sort="status",
    scopes={"status": _q.Nonconformity.status, "item_id": _q.Nonconformity.item_id},
)

for _spec in (SUSPENSIONS, PRODUCT_TESTS, NONCONFORMITIES):
    ALL_LISTS[_spec.name] = _spec


# --- measuring instruments and lots (issue 3) -------------------------------------------------

from sqlalchemy import Integer as _Integer  # noqa: E402
from sqlalchemy import case as _case  # noqa: E402
from sqlalchemy import cast as _cast  # noqa: E402

from milrep.models.products import ProductUnit as _ProductUnit  # noqa: E402
from milrep.models.requirements import MeasuringInstrument as _Instrument  # noqa: E402

# The calibration status on the workstation's local date, so the badge matches the calendar on
# the wall; valid through the due date inclusive (see milrep.services.instruments).
_local_today = func.date("now", "localtime")
_calibration_status = _case(
    (_Instrument.active.is_(False), "instrument_retired"),
    (_Instrument.calibration_due < _local_today, "calibration_overdue"),
    (_Instrument.calibration_due <= func.date("now", "localtime", "+30 days"),
     "calibration_due_soon"),
    else_="calibration_valid")

INSTRUMENTS = ListSpec(
    name="instruments",
    base=_Instrument.__table__,
    id_expr=_Instrument.id,
    columns=(
        ListColumn("calibration", lambda: translate("milrep", "Calibration"),
                   _calibration_status, "enum", sortable=False),
        ListColumn("name", lambda: translate("milrep", "Instrument"), _Instrument.name,
                   sortable=False),
        ListColumn("serial", lambda: translate("milrep", "Serial No."), _Instrument.serial),
        ListColumn("measuring_range", lambda: translate("milrep", "Range"),
                   _Instrument.measuring_range, sortable=False),
        ListColumn("calibrated_on", lambda: translate("milrep", "Calibrated"),
                   _Instrument.calibrated_on, "date", sortable=False),
        ListColumn("calibration_due", lambda: translate("milrep", "Due"),
                   _Instrument.calibration_due, "date"),
        ListColumn("days_left", lambda: translate("milrep", "Days left"),
                   _cast(func.julianday(_Instrument.calibration_due)
                         - func.julianday(_local_today), _Integer), "quantity", sortable=False),
        ListColumn("location", lambda: translate("milrep", "Location"), _Instrument.location,
                   sortable=False),
    ),
    search_expr=(_Instrument.name + " " + _Instrument.serial + " " + _Instrument.instrument_type
                 + " " + _Instrument.location + " " + _Instrument.certificate_ref),
    default_sort="calibration_due",
    scopes={"active": _Instrument.active},
)

_lot_item = aliased(ControlListItem, name="lot_item")
_lot_contract = aliased(Contract, name="lot_contract")

LOTS = ListSpec(
    name="lots",
    base=_Lot.__table__,
    id_expr=_Lot.id,
    columns=(
        ListColumn("number", lambda: translate("milrep", "Lot"), _Lot.number),
        ListColumn("item", lambda: translate("milrep", "Item"), _lot_item.name, sortable=False),
        ListColumn("contract", lambda: translate("milrep", "Contract"), _lot_contract.number,
                   sortable=False),
        ListColumn("quantity", lambda: translate("milrep", "Quantity"), _Lot.quantity,
                   "quantity", sortable=False),
        ListColumn("manufactured_on", lambda: translate("milrep", "Manufactured"),
                   _Lot.manufactured_on, "date", sortable=False),
        ListColumn("serials", lambda: translate("milrep", "Serials"),
                   select(func.count()).where(_ProductUnit.lot_id == _Lot.id)
                   .scalar_subquery(), "quantity", sortable=False),
    ),
    search_expr=_Lot.number,
    joins=lambda q: (q.join(_lot_item, _lot_item.id == _Lot.item_id)
                     .join(_lot_contract, _lot_contract.id == _lot_item.contract_id)),
    default_sort="number",
    scopes={"item_id": _Lot.item_id},
)

for _spec in (INSTRUMENTS, LOTS):
    ALL_LISTS[_spec.name] = _spec

LOT_UNITS = ListSpec(
    name="lot_units",
    base=_ProductUnit.__table__,
    id_expr=_ProductUnit.id,
    columns=(
        ListColumn("serial", lambda: translate("milrep", "Serial No."), _ProductUnit.serial),
        ListColumn("marking", lambda: translate("milrep", "Marking"), _ProductUnit.marking,
                   sortable=False),
    ),
    search_expr=_ProductUnit.serial + " " + _ProductUnit.marking,
    default_sort="serial",
    scopes={"lot_id": _ProductUnit.lot_id},
)
ALL_LISTS[LOT_UNITS.name] = LOT_UNITS


# --- certificates confirming quality (issue 4) ------------------------------------------------

from milrep.models.certificates import Certificate as _Certificate  # noqa: E402
from milrep.models.certificates import CertificateRevocation as _Revocation  # noqa: E402

_cert_item = aliased(ControlListItem, name="certified_item")
_cert_contract = aliased(Contract, name="certified_contract")
_cert_recipient = aliased(Organization, name="certified_recipient")
#: "valid", "revoked" or "superseded" (revoked by a re-issue), from the revocations
CERTIFICATE_STATUS = _case(
    (_exists().where(_Revocation.certificate_id == _Certificate.id,
                     _Revocation.superseded_by_id.is_not(None)), "superseded"),
    (_exists().where(_Revocation.certificate_id == _Certificate.id), "revoked"),
    else_="valid")

CERTIFICATES = ListSpec(
    name="certificates",
    base=_Certificate.__table__,
    id_expr=_Certificate.id,
    columns=(
        ListColumn("number", lambda: translate("milrep", "Number"), _Certificate.number),
        ListColumn("issued_on", lambda: translate("milrep", "Issued"), _Certificate.issued_on,
                   "date"),
        ListColumn("status", lambda: translate("milrep", "Status"), CERTIFICATE_STATUS, "enum",
                   sortable=False),
        ListColumn("item", lambda: translate("milrep", "Item"), _cert_item.name,
                   sortable=False),
        ListColumn("quantity", lambda: translate("milrep", "Quantity"), _Certificate.quantity,
                   "quantity", sortable=False),
        ListColumn("unit", lambda: translate("milrep", "Unit"), _Certificate.unit,
                   sortable=False),
        ListColumn("lots", lambda: translate("milrep", "Lots"),
                   func.replace(_Certificate.lots, "\n", ", "), sortable=False),
        ListColumn("contract", lambda: translate("milrep", "Contract"), _cert_contract.number,
                   sortable=False),
        ListColumn("recipient", lambda: translate("milrep", "Recipient"), _cert_recipient.name,
                   sortable=False),
    ),
    search_expr=_Certificate.search_text,
    joins=lambda q: (q.join(_cert_item, _cert_item.id == _Certificate.item_id)
                     .join(_cert_contract, _cert_contract.id == _Certificate.contract_id)
                     .outerjoin(_cert_recipient,
                                _cert_recipient.id == _Certificate.recipient_id)),
    default_sort="issued_on",
    scopes={"status": CERTIFICATE_STATUS, "item_id": _Certificate.item_id,
            "contract_id": _Certificate.contract_id},
)
ALL_LISTS[CERTIFICATES.name] = CERTIFICATES
