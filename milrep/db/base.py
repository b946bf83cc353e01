"""Declarative base, column types and the mixin every synced table uses.

Rules from DESIGN.md §6 that hold from the foundation on:
- every synced row has a random UUID primary key (no autoincrement id crosses workstations);
- mutable rows carry a hybrid logical clock (``hlc``) and the site that last wrote them;
- immutable documents set ``__immutable__ = True``: the change-log hook refuses updates and deletes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Dialect, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Guid(TypeDecorator[uuid.UUID]):
    """A UUID stored as its 32-character hex text (readable in dumps, stable across platforms)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: uuid.UUID | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return (value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))).hex

    def process_result_value(self, value: str | None, dialect: Dialect) -> uuid.UUID | None:
        return None if value is None else uuid.UUID(value)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware instant stored as UTC ISO-8601 text; naive datetimes are refused."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: milrep stores only timezone-aware instants")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class Money(TypeDecorator[Decimal]):
    """An amount in tenge as exact decimal text with two places (never a float)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, not float")
        try:
            return str(Decimal(value).quantize(Decimal("0.01")))
        except InvalidOperation as e:
            raise ValueError(f"not an amount: {value!r}") from e

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class ExactDecimal(TypeDecorator[Decimal]):
    """A measured value or limit as exact decimal text, as entered (never a float)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("measured values must be Decimal, not float")
        try:
            d = Decimal(value)
        except InvalidOperation as e:
            raise ValueError(f"not a number: {value!r}") from e
        if not d.is_finite():
            raise ValueError(f"not a finite number: {value!r}")
        return str(d)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Guid(),
        dt.datetime: UtcDateTime(),
        Decimal: Money(),
        str: Text(),
    }


class Synced:
    """Mixin for every table that travels between workstations in bundles.

    ``id`` is set by the change-log hook before the first flush if the caller did not set it;
    ``hlc`` and ``origin_site`` are stamped on every insert and update by the same hook.
    """

    __synced__: ClassVar[bool] = True
    __immutable__: ClassVar[bool] = False

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    origin_site: Mapped[uuid.UUID | None] = mapped_column(default=None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {getattr(self, 'id', None)}>"


def synced_models() -> list[type[Any]]:
    """Every mapped class that is synced: the list the change-log test walks."""
    return [m.class_ for m in Base.registry.mappers if getattr(m.class_, "__synced__", False)]
