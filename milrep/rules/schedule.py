"""Calendar arithmetic of schedules: months added at month ends, and when a periodic test is due.

Pure functions, no database: :mod:`milrep.services.requirements` gathers the facts (the item's
schedule, its last positive periodic test, the lots accepted since) and calls :func:`periodic_due`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months; a day the target month lacks becomes its last.

    31 January + 1 month = 28 (or 29) February; 29 February 2028 + 12 months = 28 February 2029;
    30 April + 1 month = 30 May (not 31: the day of the month is kept where it exists).
    ``months`` may be negative.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"{day} + {months} months is outside the calendar")
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class PeriodicDue:
    """When the next periodic test of an item is due.

    * ``due_on`` — the date by the months interval: ``counted_from`` + interval; ``None`` when the
      schedule has no months interval or nothing to count from yet.
    * ``lots_since_last`` — lots accepted after the last positive periodic test (all accepted lots
      of the item when there is none).
    * ``overdue`` — ``today`` is after ``due_on``, or more lots than the schedule allows were
      accepted since the last positive test. The due date itself is not overdue.
    * ``due`` — the test must be done now: ``today`` has reached ``due_on`` or the lots allowed
      are used up (``overdue`` implies ``due``).
    * ``last_positive_on`` — completion date of the last positive periodic test (``None``: none).
    * ``counted_from`` — the date the months interval runs from: the last positive periodic test,
      else the last positive qualification test, else the first acceptance of the item.
    * ``lots_left`` — lots that may still be accepted before the test is due (``None`` without a
      lots schedule).
    * ``scheduled`` — the item has a periodic-test schedule at all; when ``False`` nothing is due.
    """

    due_on: dt.date | None
    lots_since_last: int
    overdue: bool
    last_positive_on: dt.date | None
    due: bool = False
    counted_from: dt.date | None = None
    interval_months: int | None = None
    every_lots: int | None = None
    lots_left: int | None = None
    programme_ref: str = ""
    scheduled: bool = False


def periodic_due(*, today: dt.date, interval_months: int | None, every_lots: int | None,
                 last_positive_on: dt.date | None, counted_from: dt.date | None,
                 lots_since_last: int, programme_ref: str = "") -> PeriodicDue:
    """The periodic-test position of an item from its schedule and facts (see :class:`PeriodicDue`).

    The schedule is "every ``interval_months`` months and/or every ``every_lots`` lots": whichever
    comes first makes the test due.
    """
    scheduled = bool(interval_months) or bool(every_lots)
    due_on = (add_months(counted_from, interval_months)
              if interval_months and counted_from is not None else None)
    by_date_due = due_on is not None and today >= due_on
    by_date_overdue = due_on is not None and today > due_on
    lots_left = max(0, every_lots - lots_since_last) if every_lots else None
    by_lots_due = bool(every_lots) and lots_since_last >= (every_lots or 0)
    by_lots_overdue = bool(every_lots) and lots_since_last > (every_lots or 0)
    return PeriodicDue(
        due_on=due_on, lots_since_last=lots_since_last,
        overdue=by_date_overdue or by_lots_overdue, last_positive_on=last_positive_on,
        due=by_date_due or by_lots_due, counted_from=counted_from,
        interval_months=interval_months or None, every_lots=every_lots or None,
        lots_left=lots_left, programme_ref=programme_ref, scheduled=scheduled)
