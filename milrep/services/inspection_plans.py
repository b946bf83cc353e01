"""The sampling plan of an inspection, resolved when it is opened, and the item's ISO 2859-1
switching state advanced when it is decided.

The plan is stored as JSON on the inspection and never recomputed::

    {"mode": "all" | "fixed" | "iso2859", "quantity": 10, "sample_size": 10, "inspect_all": true,
     "classes": {"critical": {"n": 10, "ac": null, "re": null}, "major": {...}, "minor": {...}},
     "iso": {"level": "II", "severity": "normal",
             "major": {"aql": "1.0", "code_letter": "B", "table_letter": "B"}, "minor": {...}}}

``ac``/``re`` ``null`` means every unit is judged on its own (100 % inspection: the conforming
units can be accepted and the others rejected). A fixed sample smaller than the lot accepts on
zero nonconforming units (Ac 0, Re 1). ISO 2859-1 plans are resolved per class (AQL of major and
of minor nonconformities) with the item's current switching severity; critical nonconformities
are never tolerated.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.acceptance import Inspection, Verdict
from milrep.models.requirements import ItemRequirements, SamplingMode, Severity
from milrep.rules import sampling, switching
from milrep.rules import verdict as rules
from milrep.services.requirements import ItemRequirementsView


def resolve_plan(settings: ItemRequirementsView | None, quantity: int, *, item_name: str
                 ) -> dict[str, Any]:
    """The plan for ``quantity`` presented units from the item's sampling settings, as JSON data."""
    mode = settings.sampling_mode if settings is not None else SamplingMode.ALL
    unit_by_unit = {"n": quantity, "ac": None, "re": None}
    out: dict[str, Any] = {"mode": mode.value, "quantity": quantity}
    if mode is SamplingMode.ALL:
        classes = {sev.value: dict(unit_by_unit) for sev in Severity}
    elif mode is SamplingMode.FIXED:
        n = settings.fixed_sample_size if settings is not None else None
        if not n or n <= 0:
            raise RuleViolation(translate(
                "milrep", "\"{item}\" has a fixed sample plan without a sample size: complete its "
                          "requirements first.").format(item=item_name))
        n = min(n, quantity)
        cls = unit_by_unit if n >= quantity else {"n": n, "ac": 0, "re": 1}
        classes = {sev.value: dict(cls) for sev in Severity}
    else:
        assert settings is not None
        state = load_switching_state(settings.switching_state)
        if state.discontinued:
            raise RuleViolation(translate(
                "milrep", "Sampling inspection of \"{item}\" is discontinued after 5 lots were not "
                          "accepted on tightened inspection: resume it once the plant's corrective "
                          "action is accepted.").format(item=item_name))
        iso: dict[str, Any] = {"level": settings.inspection_level,
                               "severity": state.severity.value}
        classes = {}
        for sev, aql in ((Severity.MAJOR, settings.aql_major),
                         (Severity.MINOR, settings.aql_minor)):
            pl = sampling.plan(quantity, settings.inspection_level, aql, state.severity)
            classes[sev.value] = {"n": pl.sample_size, "ac": pl.ac, "re": pl.re}
            iso[sev.value] = {"aql": str(pl.aql), "code_letter": pl.code_letter,
                              "table_letter": pl.table_letter}
        n = max(c["n"] for c in classes.values())
        classes[Severity.CRITICAL.value] = {"n": n, "ac": 0, "re": 1}
        out["iso"] = iso
    out["classes"] = classes
    out["sample_size"] = max(c["n"] for c in classes.values())
    out["inspect_all"] = all(c["n"] >= quantity for c in classes.values())
    return out


def load_switching_state(text: str) -> switching.SwitchingState:
    """The item's ISO 2859-1 switching state from its stored JSON ("" → normal, fresh)."""
    if not text:
        return switching.SwitchingState()
    data = json.loads(text)
    return switching.SwitchingState(
        severity=sampling.Severity(data.get("severity", "normal")),
        switching_score=int(data.get("switching_score", 0)),
        recent_normal=tuple(bool(x) for x in data.get("recent_normal", ())),
        tightened_accepted_run=int(data.get("tightened_accepted_run", 0)),
        tightened_not_accepted=int(data.get("tightened_not_accepted", 0)),
        discontinued=bool(data.get("discontinued", False)),
        reason=switching.SwitchReason(data["reason"]) if data.get("reason") else None)


def dump_switching_state(state: switching.SwitchingState) -> str:
    data = asdict(state)
    data["severity"] = state.severity.value
    data["recent_normal"] = list(state.recent_normal)
    data["reason"] = state.reason.value if state.reason is not None else None
    return json.dumps(data, sort_keys=True)


def advance_switching(s: Session, item_id: uuid.UUID, insp: Inspection, decided: Verdict,
                      computed: rules.VerdictResult) -> None:
    """ISO 2859-1 switching rules, on original inspection (first attempt) only."""
    plan = json.loads(insp.plan)
    if plan.get("mode") != SamplingMode.ISO2859.value:
        return
    settings = s.scalars(select(ItemRequirements)
                         .where(ItemRequirements.item_id == item_id)).first()
    if settings is None:
        return
    state = load_switching_state(settings.switching_state)
    if state.discontinued or state.severity.value != plan["iso"]["severity"]:
        return  # inspected under an earlier state (another lot switched it meanwhile)
    accepted = decided is not Verdict.RETURN
    used = sampling.plan(int(plan["quantity"]), plan["iso"]["level"], plan["iso"]["major"]["aql"],
                         state.severity)
    nonconforming = computed.counts.get(Severity.MAJOR, 0) + computed.counts.get(
        Severity.CRITICAL, 0)
    consistent = sampling.lot_verdict(used, min(nonconforming, used.sample_size)).accepted
    settings.switching_state = dump_switching_state(switching.next_state(
        state, accepted, plan=used,
        nonconforming=nonconforming if accepted and consistent else None))

