"""The demo office's records of the other duties (issue 6), the paged lists over them and the
command line: `milrep contract-review show` and `milrep documents-register list`."""

from __future__ import annotations

import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from milrep import cli
from milrep.db.store import Database
from milrep.documents import registry
from milrep.models.contracts import Contract
from milrep.rules.contract_terms import Verdict
from milrep.services import contract_reviews as cr
from milrep.services import cost_verification as cv
from milrep.services import duty_lists, secrecy
from milrep.services import tech_documents as td
from milrep.services.lists import ListQuery, count_rows, fetch_page

PASSWORD = "Zhetysu2026demo"


def _contract(db: Database, number: str) -> object:
    with db.read() as s:
        return s.scalar(select(Contract.id).where(Contract.number == number))


def test_the_reviewed_draft_has_two_missing_terms_and_remarks(demo_db: Database) -> None:
    clerk = demo_db.actor_for("clerk")
    with demo_db.unit_of_work() as uow:
        (review,) = cr.reviews_of_contract(uow, clerk,
                                           contract_id=_contract(demo_db, "21-ГОЗ/2026"))
    assert [t.clause for t in review.missing] == ["22.4(7)", "22.4(10)"]
    assert review.remarks.startswith("1. Clause 4.2") and review.verdict is Verdict.NOT_AGREED
    assert review.conclusion_id is not None
    with demo_db.read() as s:
        pdf = registry.document_type("contract_review").render(s, review.conclusion_id)
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "21-ГОЗ/2026" in text and "Missing" in text


def test_documents_with_a_superseded_revision_still_referenced(demo_db: Database) -> None:
    clerk = demo_db.actor_for("clerk")
    with demo_db.unit_of_work() as uow:
        docs = td.list_documents(uow, clerk)
    with demo_db.unit_of_work() as uow:
        stale = td.stale_references(uow, clerk)
    assert len(docs) == 4
    assert [(w.designation, w.revision, w.current, w.characteristic) for w in stale] == [
        ("TU 6574-012-2026", "2", "3", "Output power")]


def test_secrecy_measures_on_the_classified_contract(demo_db: Database) -> None:
    clerk = demo_db.actor_for("clerk")
    with demo_db.unit_of_work() as uow:
        measures = secrecy.list_measures(uow, clerk)
    assert len(measures) == 3
    assert {(m.contract_number, m.classification) for m in measures} == {
        ("18-ГОЗ/2026", "СЕКРЕТНО")}


def test_cost_verification_with_a_disputed_item(demo_db: Database) -> None:
    clerk = demo_db.actor_for("clerk")
    with demo_db.read() as s:
        rows = fetch_page(s, duty_lists.COST_VERIFICATIONS, ListQuery(),
                          offset=0, limit=10, total=2)
    concluded = [r for r in rows if r[-1]]
    assert len(rows) == 2 and len(concluded) == 1
    with demo_db.unit_of_work() as uow:
        v = cv.get_verification(uow, clerk, verification_id=concluded[0][0])
    assert v.totals.disputed == Decimal("11772000.00")
    assert v.totals.claimed == v.totals.verified + v.totals.disputed
    assert [i.category.value for i in v.items if i.disputed] == ["labour", "overheads"]


@pytest.mark.parametrize("spec", list(duty_lists.DUTY_LISTS.values()), ids=lambda s: s.name)
def test_the_lists_count_page_and_filter(demo_db: Database, spec: object) -> None:
    with demo_db.read() as s:
        total = count_rows(s, spec, ListQuery())  # type: ignore[arg-type]
        assert total >= 1
        rows = fetch_page(s, spec, ListQuery(), offset=0, limit=50, total=total)  # type: ignore[arg-type]
        assert len(rows) == total and len({r[0] for r in rows}) == total
        nothing = ListQuery(text="zzzqqq-none")
        assert count_rows(s, spec, nothing) == 0  # type: ignore[arg-type]


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setenv("MILREP_PASSWORD", PASSWORD)
    out, errs = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", errs)
    code = cli.main(argv)
    return code, out.getvalue(), errs.getvalue()


def test_cli_contract_review_show(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = ["--db", str(demo_path), "--user", "clerk", "contract-review", "show"]
    code, out, _ = _run(base + ["21-ГОЗ/2026"], monkeypatch)
    assert code == 0
    assert "22.4(7)   Missing" in out and "22.4(8)   Present" in out and "[cl. 9.1]" in out
    assert "The draft contract is not agreed" in out
    code, out, _ = _run(base + ["21-ГОЗ/2026", "--json"], monkeypatch)
    data = json.loads(out)
    assert code == 0 and data["missing"] == ["22.4(7)", "22.4(10)"] and len(data["terms"]) == 10
    code, out, _ = _run(base + ["12-ГОЗ/2026"], monkeypatch)
    assert code == 1 and "has not been reviewed" in out
    code, _, errs = _run(base + ["99-X"], monkeypatch)
    assert code == 1 and "There is no contract No. 99-X." in errs


def test_cli_documents_register(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = ["--db", str(demo_path), "--user", "clerk", "documents-register", "list"]
    code, out, _ = _run(base, monkeypatch)
    assert code == 0 and "TU 6574-012-2026" in out and "Superseded" in out
    assert "Warning: 1 requirement(s)" in out
    code, out, _ = _run(base + ["--json"], monkeypatch)
    data = json.loads(out)
    tu = next(d for d in data if d["designation"] == "TU 6574-012-2026")
    assert [(r["number"], r["status"]) for r in tu["revisions"]] == [("3", "current"),
                                                                     ("2", "superseded")]
    code, out, _ = _run(base + ["--stale"], monkeypatch)
    assert code == 1 and "Output power references TU 6574-012-2026 rev. 2, cl. 3.2.1" in out
    code, _, _ = _run(["--db", str(demo_path), "--user", "clerk", "documents-register"],
                      monkeypatch)
    assert code == 2
