"""Months and periods of the reports: parsing "2026-11", month ranges, and the stable id a
monthly report is printed under (a report is computed, not stored, so its "record" is its month).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from milrep.errors import ValidationError
from milrep.i18n import translate

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
# "month" "ly" in hex, then the month as decimal digits: readable in a log, never a random UUID
_ID_PREFIX = "6d6f6e74-686c-7900-8000-"


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @property
    def key(self) -> str:
        """As SQL's substr(date, 1, 7) gives it: ``2026-11``."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def label(self) -> str:
        """``11.2026``: the way the office's documents write a month."""
        return f"{self.month:02d}.{self.year:04d}"

    @staticmethod
    def of(day: dt.date) -> Month:
        return Month(day.year, day.month)


def parse_month(text: str) -> Month:
    """``2026-11`` → Month; anything else is refused with a message."""
    m = _MONTH.match(text or "")
    if m is None or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise ValidationError(translate(
            "milrep", "\"{text}\" is not a month: write it as year-month, e.g. 2026-11.")
            .format(text=text), field="month")
    return Month(int(m.group(1)), int(m.group(2)))


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from ``first`` to ``last`` inclusive (empty when last < first)."""
    out: list[Month] = []
    m = first
    while m <= last and len(out) < 1200:
        out.append(m)
        m = m.next()
    return out


def last_months(end: Month, count: int) -> list[Month]:
    """``count`` months ending with ``end`` (oldest first)."""
    out = [end]
    while len(out) < count:
        out.insert(0, out[0].previous())
    return out


def month_id(month: Month) -> uuid.UUID:
    """The id the monthly report of ``month`` is printed under."""
    return uuid.UUID(f"{_ID_PREFIX}{month.year:04d}{month.month:02d}000000")


def month_of_id(object_id: uuid.UUID) -> Month:
    """The inverse of :func:`month_id`; ValidationError for any other id."""
    text = str(object_id)
    digits = text[len(_ID_PREFIX):]
    if not text.startswith(_ID_PREFIX) or not digits[:6].isdigit():
        raise ValidationError(translate("milrep", "That is not the id of a monthly report."),
                              field="month")
    return parse_month(f"{digits[:4]}-{digits[4:6]}")
