"""Small helpers shared by the model modules."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


def enum_type(cls: type[enum.Enum]) -> Enum:
    """Store a ``StrEnum`` by value, with a named CHECK constraint, never as a native enum."""
    return Enum(cls, native_enum=False, create_constraint=True, length=32,
                values_callable=lambda e: [m.value for m in e], name=cls.__name__.lower(),
                validate_strings=True)


def enum_values(cls: type[enum.Enum]) -> list[Any]:
    return [m.value for m in cls]
