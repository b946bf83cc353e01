"""Forms and shortcuts the requirements tests share."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services import characteristics as cs
from tests.helpers import OfficeFixture

V, A = CharacteristicKind.VARIABLE, CharacteristicKind.ATTRIBUTE

POWER = cs.CharacteristicForm(name="Output power", kind=V, nominal=Decimal("40"),
                              lower_limit=Decimal("36"), upper_limit=Decimal("44"), unit="W",
                              method="Wattmeter, 50 Ω load", reference="TU 6574-012-2026 cl. 3.2",
                              severity=Severity.MAJOR)
STABILITY = cs.CharacteristicForm(name="Frequency stability", kind=V, upper_limit="1,5",
                                  unit="ppm", reference="TU cl. 3.5", severity=Severity.CRITICAL)
MARKING = cs.CharacteristicForm(name="Marking", kind=A, allowed_answers="legible\n\n present \n",
                                reference="GOST RV 15.307", severity=Severity.MINOR)


def run(o: OfficeFixture, fn: Callable[..., Any], actor: Any = None, **kw: Any) -> Any:
    with o.db.unit_of_work() as uow:
        return fn(uow, actor or o.rep, **kw)


def add(o: OfficeFixture, form: cs.CharacteristicForm, item: str = "radio") -> uuid.UUID:
    return run(o, cs.add_characteristic, item_id=o.ids[item], form=form).id  # type: ignore[no-any-return]
