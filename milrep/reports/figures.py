"""The building blocks of the monthly report: a figure, a section of figures, a listed document,
and the SQL helpers that count one month (grouped in the database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, and_, type_coerce

from milrep.reports.periods import Month


@dataclass(frozen=True)
class Figure:
    key: str  # stable, for programs and tests: "acceptances.records"
    label: str  # in the user's language
    value: int | Decimal | str


@dataclass(frozen=True)
class FigureSection:
    key: str
    title: str
    figures: tuple[Figure, ...]
    note: str = ""  # said under the figures: nothing happened, or why there are none


@dataclass(frozen=True)
class ListedDocument:
    """A document of the month named in the report (a return notice, a suspension …)."""

    number: str
    date: dt.date | None
    item: str
    detail: str


def as_text(column: Any) -> ColumnElement[str]:
    """A stored date or instant as the ISO text it is kept as."""
    return type_coerce(column, String)


def in_month(column: Any, m: Month) -> ColumnElement[bool]:
    """``column`` (a date or a UTC instant, stored as ISO text) falls within ``m``."""
    text = as_text(column)
    return and_(text >= m.first_day.isoformat(), text < m.next().first_day.isoformat())


def before_end(column: Any, m: Month) -> ColumnElement[bool]:
    """``column`` is on or before the last day of ``m``."""
    return as_text(column) < m.next().first_day.isoformat()
