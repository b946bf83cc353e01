"""The full record of a certificate confirming quality, and the claims its QR seal carries.

The record is what the paper prints, as plain data (text, integers, lists, maps): it is stored
on the certificate as canonical JSON, digested into claim -9 of the seal
(:func:`milrep.documents.seal.record_digest`), and read back by the PDF. Language-neutral on
purpose: the statement of conformity names the documents the goods conform to, and the printed
sentence around them is the PDF's, in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.journal import dumps
from milrep.documents.seal import MAX_SEAL_CHARS, SealClaims, seal_length
from milrep.models.acceptance import (AcceptanceRecord, CompletenessCheck, Inspection,
                                      Presentation)
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.office import Office
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.quality import ProductTest, TestKind, TestOpinion, TestResult
from milrep.models.requirements import ItemRequirements
from milrep.models.users import User
from milrep.services.certificate_facts import CoverLine

RECORD_SCHEMA = 1


def build_record(s: Session, *, certificate_id: uuid.UUID, number: str, issued_at: dt.datetime,
                 item: ControlListItem, contract: Contract, recipient: Organization | None,
                 lines: Sequence[CoverLine], records: Sequence[AcceptanceRecord],
                 issued_by: uuid.UUID, supersedes: tuple[str, str] | None = None
                 ) -> dict[str, Any]:
    """Everything the certificate states, as plain data (see the module docstring)."""
    office = s.scalars(select(Office)).one()
    contractor = s.get(Organization, contract.contractor_id)
    user = s.get(User, issued_by)
    quantity = sum(x.quantity for x in lines)
    by_id = {r.id: r for r in records}
    return {
        "schema": RECORD_SCHEMA,
        "id": certificate_id.hex,
        "number": number,
        "issued_on": issued_at.date().isoformat(),
        "issued_at": issued_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "office": {"code": office.code, "name": office.name, "plant": office.plant_name},
        "contractor": _org(contractor),
        "recipient": _org(recipient) if recipient is not None else None,
        "contract": {"number": contract.number, "signed_on": contract.signed_on.isoformat()},
        "item": {"name": item.name, "nomenclature_code": item.nomenclature_code,
                 "kind": item.kind.value},
        "quantity": quantity,
        "unit": item.unit,
        "lots": [_lot(s, x, by_id[x.record_id]) for x in lines],
        "conformity": {
            "technical_documentation": item.tech_doc_ref,
            "technical_documentation_revision": item.tech_doc_revision,
            "operational_requirement": item.op_requirement_ref,
            "operational_requirement_revision": item.op_requirement_revision,
            "standards": [x.strip() for x in item.standards.splitlines() if x.strip()],
            "contract": contract.number,
        },
        "tests": _tests(s, item, records),
        "completeness": _completeness(s, records),
        "warranty": contract.liability_terms,
        "representative": {"name": user.full_name if user else "",
                           "rank": user.rank if user else "",
                           "position": user.position if user else ""},
        "classification": contract.classification,
        "supersedes": ({"number": supersedes[0], "reason": supersedes[1]}
                       if supersedes is not None else None),
    }


def record_json(record: dict[str, Any]) -> str:
    """The canonical JSON the certificate stores (sorted keys, no spaces)."""
    return dumps(record)


def parse_record(text: str) -> dict[str, Any]:
    return dict(json.loads(text))


def seal_claims(record: dict[str, Any], *, certificate_id: uuid.UUID, issued_at: dt.datetime,
                contractor_bin: str, digest: bytes) -> SealClaims:
    """The seal's claims, with the lots in the longest of :func:`lots_texts` that still fits a
    version-13 QR symbol (the full list is in the record its digest binds; if even the shortest
    does not fit, encoding the seal refuses it)."""
    texts = lots_texts(record["lots"])
    claims = [SealClaims(
        office_code=record["office"]["code"], issued_at=int(issued_at.timestamp()),
        certificate_id=certificate_id, number=record["number"],
        contract_number=record["contract"]["number"], contractor_bin=contractor_bin,
        nomenclature_code=record["item"]["nomenclature_code"], quantity=record["quantity"],
        unit=record["unit"], lots=text, record_digest=digest) for text in texts]
    return next((c for c in claims if seal_length(c) <= MAX_SEAL_CHARS), claims[-1])


def lots_texts(lots: Sequence[dict[str, Any]]) -> list[str]:
    """Claim -8 (the lots, or lot and serial range), from the fullest form to the shortest.

    ``L-2026-001 0375-0384`` (each lot with its serial range) → ``L-2026-001, L-2026-002`` (lot
    numbers) → ``L-2026-001 … L-2026-009 (9)`` (first and last lot, how many) → ``9 lots``.
    """
    merged: OrderedDict[str, list[str]] = OrderedDict()
    for x in lots:
        merged.setdefault(x["lot"], []).extend(x.get("serials") or [])
    names = list(merged)
    out = ["; ".join(f"{lot} {serial_range(serials)}".strip()
                     for lot, serials in merged.items()),
           ", ".join(names)]
    if len(names) > 1:
        out.append(f"{names[0]} … {names[-1]} ({len(names)})")
    out.append(f"{len(names)} lots" if len(names) > 1 else names[0] if names else "")
    return list(dict.fromkeys(out))


def serial_range(serials: Sequence[str]) -> str:
    """``0375-0384`` for a run of consecutive numbers, one serial as is, else
    ``first … last (n)``; empty without serials."""
    items = sorted(serials, key=_serial_key)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    m = [re.fullmatch(r"(.*?)(\d+)", x) for x in items]
    if all(m) and len({g.group(1) for g in m if g}) == 1:  # type: ignore[union-attr]
        numbers = [int(g.group(2)) for g in m if g]  # type: ignore[union-attr]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return f"{items[0]}-{items[-1]}"
    return f"{items[0]} … {items[-1]} ({len(items)})"


def search_text(record: dict[str, Any]) -> str:
    parts = [record["number"], record["item"]["name"], record["item"]["nomenclature_code"],
             record["contract"]["number"]]
    for x in record["lots"]:
        parts.append(x["lot"])
        parts.extend(x.get("serials") or [])
    return " ".join(p for p in parts if p).casefold()


# --- internals ------------------------------------------------------------------------------

def _serial_key(x: str) -> tuple[str, int, str]:
    m = re.fullmatch(r"(.*?)(\d+)", x)
    return (m.group(1), int(m.group(2)), x) if m else (x, -1, x)


def _org(o: Organization | None) -> dict[str, str]:
    if o is None:
        return {"name": "", "bin": "", "address": ""}
    return {"name": o.name, "bin": o.bin, "address": o.address}


def _lot(s: Session, line: CoverLine, r: AcceptanceRecord) -> dict[str, Any]:
    lot = s.get(Lot, line.lot_id)
    return {"lot": line.lot_number, "quantity": line.quantity, "serials": list(line.serials),
            "manufactured_on": lot.manufactured_on.isoformat()
            if lot is not None and lot.manufactured_on else None,
            "acceptance_record": r.number, "accepted_on": r.accepted_on.isoformat()}


def _tests(s: Session, item: ControlListItem, records: Sequence[AcceptanceRecord]
           ) -> list[dict[str, Any]]:
    programme = s.scalar(select(ItemRequirements.acceptance_programme_ref)
                         .where(ItemRequirements.item_id == item.id)) or ""
    out: list[dict[str, Any]] = []
    for r in records:
        insp = s.get(Inspection, r.inspection_id)
        p = s.get(Presentation, r.presentation_id)
        out.append({"kind": insp.kind.value if insp else "", "programme": programme,
                    "notice": p.number if p else "", "attempt": p.attempt if p else 1,
                    "protocol": r.number, "date": r.accepted_on.isoformat(),
                    "result": "positive"})
    periodic = s.scalars(select(ProductTest).where(
        ProductTest.item_id == item.id, ProductTest.kind == TestKind.PERIODIC,
        ProductTest.result == TestResult.POSITIVE, ProductTest.completed_on.is_not(None))
        .order_by(ProductTest.completed_on.desc(), ProductTest.hlc.desc())).first()
    if periodic is not None and periodic.completed_on is not None:
        opinion = s.scalars(select(TestOpinion.number)
                            .where(TestOpinion.test_id == periodic.id)).first()
        out.append({"kind": TestKind.PERIODIC.value, "programme": periodic.programme_ref,
                    "notice": "", "attempt": 1, "protocol": periodic.protocol_number,
                    "date": periodic.completed_on.isoformat(), "result": "positive",
                    "opinion": opinion or ""})
    return out


def _completeness(s: Session, records: Sequence[AcceptanceRecord]) -> list[dict[str, Any]]:
    out = []
    for r in records:
        for c in s.scalars(select(CompletenessCheck)
                           .where(CompletenessCheck.inspection_id == r.inspection_id)
                           .order_by(CompletenessCheck.position)):
            out.append({"acceptance_record": r.number, "name": c.name,
                        "expected": c.expected_quantity, "found": c.found_quantity,
                        "unit": c.unit})
    return out
