"""What is checked for a control-list item (Article 27.3.2), as a whole: the sampling plan, the
return threshold and the periodic-test schedule here; the characteristics with their limits
(:mod:`milrep.services.characteristics`) and the completeness list
(:mod:`milrep.services.completeness_list`) in their own modules.

These are the item's *current* requirements. An inspection copies them when it is opened
(:func:`load_requirements` inside the inspection's own unit of work), so editing them later never
rewrites what an earlier inspection checked. That is also why a characteristic is never deleted,
only deactivated: copied requirements keep pointing at it.

Sampling values (inspection levels, the AQL series) are validated through
:mod:`milrep.rules.sampling`; critical characteristics need no AQL: a critical defect is always
Ac 0 (any one rejects the lot).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord
from milrep.models.quality import ProductTest, TestKind, TestResult
from milrep.models.requirements import ItemRequirements, SamplingMode
from milrep.rules.schedule import PeriodicDue, periodic_due
from milrep.services.auth import Actor, Permission
from milrep.services.characteristics import CharacteristicView, characteristic_views
from milrep.services.completeness_list import CompletenessView, completeness_views
from milrep.services.item_rows import editable_item, item_row

MAX_PERIODIC_MONTHS = 120  # a schedule longer than ten years is a typing mistake


@dataclass(frozen=True)
class RequirementsForm:
    """Sampling plan, return threshold and periodic-test schedule of an item.

    ``fixed_sample_size`` is used (and required) only with ``SamplingMode.FIXED``; the inspection
    level and the two AQLs are used with ``SamplingMode.ISO2859`` but are always validated (their
    defaults are valid). The AQLs are for major and minor defects; critical ones are always Ac 0.
    The periodic schedule is every ``periodic_interval_months`` and/or every
    ``periodic_every_lots`` accepted lots, whichever comes first; both ``None``: no periodic tests.
    """

    sampling_mode: SamplingMode = SamplingMode.ALL
    fixed_sample_size: int | None = None
    inspection_level: str = "II"
    aql_major: Decimal | str = "1.0"
    aql_minor: Decimal | str = "2.5"
    return_threshold: int = 2
    periodic_interval_months: int | None = None
    periodic_every_lots: int | None = None
    periodic_programme_ref: str = ""
    acceptance_programme_ref: str = ""


@dataclass(frozen=True)
class ItemRequirementsView:
    """Everything an inspection of the item copies when it is opened.

    ``characteristics`` are the active ones in their order; ``configured`` is False while the
    sampling plan and schedule were never set (the defaults shown are then in force: 100 %
    inspection, return threshold 2, no periodic tests). ``switching_state`` is the ISO 2859-1
    switching state as :mod:`milrep.rules.sampling` serialized it ("" = start at normal).
    """

    item_id: uuid.UUID
    item_name: str
    configured: bool
    sampling_mode: SamplingMode
    fixed_sample_size: int | None
    inspection_level: str
    aql_major: str
    aql_minor: str
    switching_state: str
    return_threshold: int
    periodic_interval_months: int | None
    periodic_every_lots: int | None
    periodic_programme_ref: str
    acceptance_programme_ref: str
    characteristics: tuple[CharacteristicView, ...]
    completeness: tuple[CompletenessView, ...]


# --- sampling plan, return threshold, periodic schedule ----------------------------------------

def set_item_requirements(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                          form: RequirementsForm) -> Changes:
    """Set the item's sampling plan, return threshold and schedules (the row is made on first use).

    The ISO 2859-1 switching state is kept: it belongs to the inspections' history, not to this
    form.
    """
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.set")
    item = editable_item(s, item_id)
    mode = SamplingMode(form.sampling_mode)
    fixed = None
    if mode == SamplingMode.FIXED:
        fixed = _whole(form.fixed_sample_size, 1, None, "fixed_sample_size", translate(
            "milrep", "Enter the sample size of a fixed sample: a whole number of at least 1."))
    level = _level(form.inspection_level)
    aql_major = _aql(form.aql_major, "aql_major",
                     translate("milrep", "AQL for major defects"))
    aql_minor = _aql(form.aql_minor, "aql_minor",
                     translate("milrep", "AQL for minor defects"))
    threshold = _whole(form.return_threshold, 1, None, "return_threshold", translate(
        "milrep", "The return threshold (returns in a row before a suspension is proposed) "
        "must be a whole number of at least 1."))
    months = None
    if form.periodic_interval_months is not None:
        months = _whole(form.periodic_interval_months, 1, MAX_PERIODIC_MONTHS,
                        "periodic_interval_months", translate(
                            "milrep", "The periodic-test interval must be a whole number of "
                            "months from 1 to {max}.").format(max=MAX_PERIODIC_MONTHS))
    lots = None
    if form.periodic_every_lots is not None:
        lots = _whole(form.periodic_every_lots, 1, None, "periodic_every_lots", translate(
            "milrep", "The periodic test \"every N lots\" needs a whole number of lots of at "
            "least 1."))
    r = s.scalars(select(ItemRequirements).where(ItemRequirements.item_id == item.id)).first()
    if r is None:
        r = ItemRequirements(id=uuid.uuid4(), item_id=item.id, switching_state="")
        s.add(r)
    values = dict(sampling_mode=mode, fixed_sample_size=fixed, inspection_level=level,
                  aql_major=aql_major, aql_minor=aql_minor, return_threshold=threshold,
                  periodic_interval_months=months, periodic_every_lots=lots,
                  periodic_programme_ref=form.periodic_programme_ref.strip(),
                  acceptance_programme_ref=form.acceptance_programme_ref.strip())
    for key, value in values.items():
        if getattr(r, key, None) != value:  # write only what changed
            setattr(r, key, value)
    return uow.commit(r.id)


def requirements_for(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID
                     ) -> ItemRequirementsView:
    """The item's current requirements (read permission). Inside another service's unit of
    work call :func:`load_requirements` with its session instead: ``begin`` there would re-label
    that service's writes."""
    s = uow.begin(actor, Permission.READ, "requirements.get")
    return load_requirements(s, item_id)


def load_requirements(session: Session, item_id: uuid.UUID) -> ItemRequirementsView:
    """:func:`requirements_for` on a session the caller already began (no permission check)."""
    item = item_row(session, item_id)
    r = session.scalars(select(ItemRequirements)
                        .where(ItemRequirements.item_id == item.id)).first()
    d = RequirementsForm()
    return ItemRequirementsView(
        item_id=item.id, item_name=item.name, configured=r is not None,
        sampling_mode=r.sampling_mode if r else d.sampling_mode,
        fixed_sample_size=r.fixed_sample_size if r else None,
        inspection_level=r.inspection_level if r else d.inspection_level,
        aql_major=r.aql_major if r else str(d.aql_major),
        aql_minor=r.aql_minor if r else str(d.aql_minor),
        switching_state=r.switching_state if r else "",
        return_threshold=r.return_threshold if r else d.return_threshold,
        periodic_interval_months=r.periodic_interval_months if r else None,
        periodic_every_lots=r.periodic_every_lots if r else None,
        periodic_programme_ref=r.periodic_programme_ref if r else "",
        acceptance_programme_ref=r.acceptance_programme_ref if r else "",
        characteristics=characteristic_views(session, item.id, include_inactive=False),
        completeness=completeness_views(session, item.id))


# --- periodic tests -------------------------------------------------------------------------

def periodic_test_due(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID, today: dt.date
                      ) -> PeriodicDue:
    """When the item's next periodic test is due (see :class:`milrep.rules.schedule.PeriodicDue`).

    Inside another service's unit of work use :func:`periodic_due_for` with its session.
    """
    s = uow.begin(actor, Permission.READ, "requirements.periodic_due")
    return periodic_due_for(s, item_id, today)


def periodic_due_for(session: Session, item_id: uuid.UUID, today: dt.date) -> PeriodicDue:
    """The facts from the database, the arithmetic in :func:`milrep.rules.schedule.periodic_due`.

    * last positive periodic test: the latest ``completed_on`` of a periodic ProductTest of the item
      with result positive;
    * the interval counts from it; without one, from the latest positive qualification test; without
      that, from the first acceptance of the item (no acceptance yet: nothing is due);
    * lots since: distinct lots with an acceptance record (accepted quantity > 0) dated strictly
      after the last positive periodic test (every accepted lot when there is none).
    """
    item = item_row(session, item_id)
    r = session.scalars(select(ItemRequirements)
                        .where(ItemRequirements.item_id == item.id)).first()

    def last_positive(kind: TestKind) -> dt.date | None:
        return session.scalar(select(func.max(ProductTest.completed_on)).where(
            ProductTest.item_id == item.id, ProductTest.kind == kind,
            ProductTest.result == TestResult.POSITIVE, ProductTest.completed_on.is_not(None)))

    last = last_positive(TestKind.PERIODIC)
    accepted = (AcceptanceRecord.item_id == item.id, AcceptanceRecord.accepted_quantity > 0)
    lots_q = select(func.count(func.distinct(AcceptanceRecord.lot_id))).where(*accepted)
    if last is not None:
        lots_q = lots_q.where(AcceptanceRecord.accepted_on > last)
    lots_since = session.scalar(lots_q) or 0
    counted_from = last
    if counted_from is None:
        counted_from = last_positive(TestKind.QUALIFICATION)
    if counted_from is None:
        counted_from = session.scalar(select(func.min(AcceptanceRecord.accepted_on))
                                      .where(*accepted))
    return periodic_due(
        today=today, interval_months=r.periodic_interval_months if r else None,
        every_lots=r.periodic_every_lots if r else None, last_positive_on=last,
        counted_from=counted_from, lots_since_last=lots_since,
        programme_ref=r.periodic_programme_ref if r else "")


# --- internals ------------------------------------------------------------------------------

def _whole(value: object, low: int, high: int | None, field: str, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (
            high is not None and value > high):
        raise ValidationError(message, field=field)
    return value


def _level(value: str) -> str:
    from milrep.rules import sampling  # lazy: the tables are parsed on first use

    text = str(value or "").strip().upper().replace("–", "-").replace("—", "-")
    if text in ("S1", "S2", "S3", "S4"):
        text = f"S-{text[1]}"
    allowed = [lv.value for lv in sampling.InspectionLevel]
    if text not in allowed:
        raise ValidationError(translate("milrep", "Unknown inspection level \"{level}\": use I, "
                                        "II, III or S-1 to S-4.").format(level=value),
                              field="inspection_level")
    return text


def _aql(value: Decimal | str, field: str, label: str) -> str:
    """The AQL as the standard prints it ("1.0", "0.010", "1000"), from the sampling tables."""
    from milrep.rules import sampling

    if isinstance(value, float):
        raise TypeError(f"{field}: pass a Decimal or text, not a float")
    try:
        index = sampling.aql_index(value)
    except ValidationError:
        raise ValidationError(translate("milrep", "{field}: {aql} is not in the ISO 2859-1 series "
                                        "(0.010, 0.015, 0.025 … 650, 1000).")
                              .format(field=label, aql=value), field=field) from None
    return str(sampling.AQL_VALUES[index])
