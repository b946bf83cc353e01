"""The monthly report to headquarters: figures against the history the test wrote, the PDF (text
and rendered pages), the XLSX read back with openpyxl, and an empty office."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from milrep.documents import render_document
from milrep.models.acceptance import Verdict
from milrep.reports.export import write_report_xlsx
from milrep.reports.monthly import build, monthly_report
from milrep.reports.periods import Month, month_id
from milrep.models.assets import AssetCategory, AssetOrigin, MovementKind
from milrep.services import asset_movements, assets
from tests.core.test_reliability import (HISTORY, NAMES, RECLAMATIONS, build_history,
                                         expected_decisions)
from tests.helpers import OfficeFixture, dump_database

NOVEMBER = Month(2026, 11)


def pdf_pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def rendered(pdf: bytes, out: Path) -> list[Path]:
    doc = pdfium.PdfDocument(pdf)
    paths = []
    for i in range(len(doc)):
        p = out / f"page{i + 1}.png"
        doc[i].render(scale=1).to_pil().save(p)
        paths.append(p)
    return paths


def add_assets(o: OfficeFixture) -> None:
    """A wattmeter bought in November (2 pcs at 1,500.50) and moved to the climatic lab; a
    tooling set from October."""
    for number, on, qty in (("INV-001", dt.date(2026, 11, 3), 2),
                            ("INV-002", dt.date(2026, 10, 20), 1)):
        with o.db.unit_of_work() as uow:
            aid = assets.register_asset(uow, o.rep, form=assets.AssetForm(
                inventory_number=number, name="Wattmeter M3-93", category=AssetCategory.EQUIPMENT,
                origin=AssetOrigin.PURCHASED, contract_id=o.ids["contract"], unit="pcs",
                unit_cost=Decimal("1500.50"), acquisition_doc_number=f"Invoice {number}",
                acquisition_doc_date=on, location="Test shop", quantity=qty,
                signed_by="A. Serikbayev")).id
    assert aid
    with o.db.unit_of_work() as uow:
        asset_movements.record_movement(uow, o.rep, form=asset_movements.MovementForm(
            asset_id=aid, kind=MovementKind.TRANSFER, moved_on=dt.date(2026, 11, 10),
            quantity=1, document_number="TR-7", document_date=dt.date(2026, 11, 10),
            signed_by="A. Serikbayev", to_location="Climatic test lab"))


def test_november_figures_match_the_history(records: OfficeFixture) -> None:
    o = records
    build_history(o)
    add_assets(o)
    with o.db.unit_of_work() as uow:
        r = monthly_report(uow, o.viewer, month=NOVEMBER)
    in_month = [st for st in HISTORY if st.presented.strftime("%Y-%m") == "2026-11"]
    first_lots = {st.lot for st in HISTORY if st.presented < dt.date(2026, 11, 1)}
    seen: set[str] = set(first_lots)
    firsts = 0
    for st in sorted(in_month, key=lambda st: st.presented):
        firsts += st.lot not in seen
        seen.add(st.lot)
    assert r.value("presentations.registered") == len(in_month) == 3
    assert r.value("presentations.first") == firsts
    assert r.value("presentations.repeat") == len(in_month) - firsts
    assert r.value("presentations.quantity") == 10 * len(in_month)  # every lot has 10 units
    want = expected_decisions()["2026-11"]
    assert r.value("acceptances.records") == want["accepted"]
    assert r.value("acceptances.accepted_quantity") == 10 * want["accepted"]
    assert r.value("acceptances.rejected_quantity") == 0
    assert r.value("returns.notices") == want["returned"]
    assert r.value("returns.first") == want["first_returned"]
    assert r.value("returns.rate") == "66.7 %"  # 2 returned of 3 decided
    assert r.value("reliability.first_pass") == "50.0 %"  # C returned, D accepted at attempt 1
    defects = sum(1 for st in HISTORY if st.decided.month == 11 for _ in st.bad)
    assert r.value("defects.inspection") == defects + 1  # and the kit's nonconformity (today)
    assert r.value("defects.test") == 1
    assert r.value("suspensions.imposed") == 0 and r.value("certificates.issued") == 0
    # reclamations: both notified in November, findings recorded, none closed
    assert r.value("reclamations.registered") == len(RECLAMATIONS)
    assert r.value("reclamations.units") == sum(c.units for c in RECLAMATIONS)
    assert r.value("reclamations.findings") == len(RECLAMATIONS)
    assert r.value("reclamations.at_fault") == sum(not c.improper_operation
                                                   for c in RECLAMATIONS)
    assert r.value("reclamations.open") == len(RECLAMATIONS)
    assert r.value("reclamations.closed") == 0 and r.value("reclamations.whole_lot") == 0
    assert r.value("defects.reclamation") == sum(c.units for c in RECLAMATIONS
                                                 if not c.improper_operation)
    # assets: INV-001 acquired in November, INV-002 in October (its receipt not counted here)
    assert r.value("assets.registered") == 1 and r.value("assets.receipts") == 1
    assert r.value("assets.receipts_value") == Decimal("3001.00")
    assert r.value("assets.transfers") == 1 and r.value("assets.write_offs") == 0
    assert [d.number.endswith(("RN-0002", "RN-0003")) for d in r.returns] == [True, True]
    assert [(d.item, d.detail) for d in r.returns] == [
        ("Radio station R-168-5UN", "lot L-2026-12, attempt 1"),
        ("Radio station R-168-5UN", "lot L-2026-12, attempt 2")]
    [radio] = [i for i in r.by_item if i.item == "Radio station R-168-5UN"]
    in_service = sum(c.units for c in RECLAMATIONS if not c.improper_operation)
    assert (radio.presented, radio.accepted, radio.returned, radio.defects) == (
        3, want["accepted"], want["returned"], defects + 1 + in_service)  # + the failed test
    # the trend covers the twelve months ending with November
    assert [m.key for m, _ in r.trend.months][0] == "2025-12"
    assert len(r.trend.months) == 12
    assert sum(line.decisions.decided for _, line in r.trend.months) == len(HISTORY)


def test_pdf_says_the_figures_and_draws_the_charts(records: OfficeFixture, tmp_path: Path
                                                   ) -> None:
    o = records
    build_history(o)
    with o.db.read() as s:
        pdf = render_document(s, "monthly_report", month_id(NOVEMBER), language="en")
        again = render_document(s, "monthly_report", month_id(NOVEMBER), language="en")
    assert pdf == again  # reproducible
    text = "\n".join(pdf_pages(pdf))
    flat = " ".join(text.split())
    assert "MONTHLY REPORT" in flat
    assert "for 11.2026 (01.11.2026 – 30.11.2026)" in flat
    assert "Notices of presentation 3" in flat
    assert "Return rate 66.7 %" in flat
    assert "First-pass acceptance rate 50.0 %" in flat
    assert "Defects by month and source" in flat and "Pareto of defect categories" in flat
    for name in ("Output power", "Frequency stability", "Marking and appearance"):
        assert name in flat
    assert "12.2025" in flat and "11.2026" in flat  # the trend's first and last months
    pages = rendered(pdf, tmp_path)
    assert pages and all(p.stat().st_size > 10_000 for p in pages)


def test_xlsx_reads_back(records: OfficeFixture, tmp_path: Path) -> None:
    o = records
    build_history(o)
    with o.db.read() as s:
        r = build(s, NOVEMBER)
    path = tmp_path / "report.xlsx"
    write_report_xlsx(path, r)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Figures", "By item", "Documents", "Trend", "Pareto"]
    figures = {row[1]: row[2] for row in wb["Figures"].iter_rows(min_row=2, values_only=True)}
    assert figures["Notices of presentation"] == 3
    assert figures["Return rate, %"] == 66.7
    assert figures["First-pass acceptance rate, %"] == 50
    trend = list(wb["Trend"].iter_rows(min_row=2, values_only=True))
    assert len(trend) == 12
    assert trend[-1][0].date() == dt.date(2026, 11, 1)
    want = expected_decisions()
    for row in trend:
        w = want.get(row[0].strftime("%Y-%m"), Counter())
        assert row[2:4] == (w["accepted"], w["returned"])
    pareto = list(wb["Pareto"].iter_rows(min_row=2, values_only=True))
    counted: Counter[str] = Counter(NAMES[k] for st in HISTORY for k, _ in st.bad)
    assert {row[1]: row[4] for row in pareto if row[1] in NAMES.values()} == dict(counted)
    assert pareto[-1][6] == 100
    docs = list(wb["Documents"].iter_rows(min_row=2, values_only=True))
    assert [d[0] for d in docs] == ["Return notice", "Return notice"]
    assert isinstance(docs[0][2], dt.datetime)


def test_empty_office_gives_zeros_and_says_so(records: OfficeFixture, tmp_path: Path) -> None:
    o = records
    before = dump_database(o.db)
    with o.db.read() as s:
        r = build(s, NOVEMBER)
        pdf = render_document(s, "monthly_report", month_id(NOVEMBER), language="en")
    assert r.empty
    assert r.value("presentations.registered") == 0 and r.value("returns.rate") == "—"
    assert r.by_item == () and r.returns == ()
    flat = " ".join(" ".join(pdf_pages(pdf)).split())
    assert ("Nothing was presented, accepted, returned, suspended, certified or reclaimed in "
            "this month: every figure below is zero.") in flat
    assert "No lot was presented this month." in flat
    assert "No defect was recorded in the period." in flat
    assert rendered(pdf, tmp_path)
    path = tmp_path / "empty.xlsx"
    write_report_xlsx(path, r)
    wb = openpyxl.load_workbook(path)
    assert wb["Figures"]["C2"].value == 0
    assert dump_database(o.db) == before


def test_verdicts_of_history_are_what_the_test_meant() -> None:
    # a guard on the fixture itself: every lot ends accepted except C, returned twice
    last = {st.lot: st.verdict for st in HISTORY}
    assert last == {"A": Verdict.ACCEPT, "B": Verdict.ACCEPT, "C": Verdict.RETURN,
                    "D": Verdict.ACCEPT}
    assert Decimal("66.7") == Decimal(f"{2 / 3 * 100:.1f}")


# --- the command line -------------------------------------------------------------------------------

def _cli(o: OfficeFixture, monkeypatch, *argv: str) -> int:  # type: ignore[no-untyped-def]
    import io
    import sys

    from milrep import cli
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from tests.conftest import VIEWER_PASSWORD

    class _Stdin(io.StringIO):
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    monkeypatch.setenv(cli.PASSWORD_ENV, VIEWER_PASSWORD)
    return cli.main(["--db", str(o.path), "--user", "clerk", *argv], kdf=FAST_KDF_FOR_TESTS)


def test_cli_reliability_and_monthly(records: OfficeFixture, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                     capsys) -> None:
    import json

    o = records
    build_history(o)
    o.db.close()
    assert _cli(o, monkeypatch, "report", "reliability", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["decided"] == len(HISTORY)
    assert data["totals"]["first_pass_rate"] == 0.5
    assert [m["month"] for m in data["months"]][:3] == ["2026-09", "2026-10", "2026-11"]
    assert data["pareto"][0]["category"] == "Output power"
    assert _cli(o, monkeypatch, "report", "reliability", "--from", "2026-11-01", "--to",
                "2026-11-30", "--item", "Radio station R-168-5UN", "--source", "test") == 0
    out = capsys.readouterr().out
    assert "Decided: 3 (accepted 1, returned 2)" in out
    assert "First-pass acceptance rate: 50.0 % (1 of 2 first presentations)" in out
    assert "Defects: 1 (Tests 1)" in out
    # bad filters: the message, exit 1
    assert _cli(o, monkeypatch, "report", "reliability", "--item", "No such thing") == 1
    assert 'No control-list item has the code or name "No such thing".' in capsys.readouterr().err
    assert _cli(o, monkeypatch, "report", "reliability", "--contract", "99/X") == 1
    assert "There is no contract No. 99/X." in capsys.readouterr().err
    assert _cli(o, monkeypatch, "report", "reliability", "--from", "2026-12-01", "--to",
                "2026-11-01") == 1
    assert "The period ends before it starts." in capsys.readouterr().err
    assert _cli(o, monkeypatch, "report", "reliability", "--from", "1.11.2026") == 2

    pdf, xlsx = tmp_path / "nov.pdf", tmp_path / "nov.xlsx"
    assert _cli(o, monkeypatch, "report", "monthly", "--month", "2026-11", "--out", str(pdf),
                "--lang", "en") == 0
    assert "Notices of presentation 3" in " ".join(" ".join(pdf_pages(pdf.read_bytes())).split())
    assert _cli(o, monkeypatch, "report", "monthly", "--month", "2026-11", "--out",
                str(xlsx)) == 0
    assert openpyxl.load_workbook(xlsx)["Figures"]["C2"].value == 3
    capsys.readouterr()
    assert _cli(o, monkeypatch, "report", "monthly", "--month", "2026-11", "--out", str(pdf)) == 1
    assert "already exists. Use --force to overwrite it." in capsys.readouterr().err
    assert _cli(o, monkeypatch, "report", "monthly", "--month", "2026-13", "--out",
                str(tmp_path / "x.pdf")) == 1
    assert '"2026-13" is not a month: write it as year-month, e.g. 2026-11.' in (
        capsys.readouterr().err)
    assert _cli(o, monkeypatch, "report", "monthly", "--month", "2026-11", "--out",
                str(tmp_path / "x.docx")) == 1
    assert 'Write the report to a .pdf or an .xlsx file (got "x.docx").' in (
        capsys.readouterr().err)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.docx").exists()
    # the same document through `milrep document pdf`
    assert _cli(o, monkeypatch, "document", "pdf", "monthly_report", "2026-11", "--out",
                str(tmp_path / "doc.pdf"), "--lang", "en") == 0
    assert (tmp_path / "doc.pdf").read_bytes() == pdf.read_bytes()


def test_certificates_and_suspensions_of_the_month(records: OfficeFixture) -> None:
    """A lot accepted and certified today, the certificate revoked, a contract-terms suspension
    of the kit signed: the month of today counts each once; the month before counts none."""
    from milrep.models import quality as q
    from milrep.services import certificates
    from milrep.services import suspensions as sp
    from tests.conftest import CHIEF_PASSWORD
    from tests.core.certificate_helpers import TODAY, certifiable, issue

    o = certifiable(records)
    cid = issue(o)
    with o.db.unit_of_work() as uow:
        certificates.revoke_certificate(uow, o.chief, certificate_id=cid, reason="Typing error",
                                        password=CHIEF_PASSWORD)
    with o.db.unit_of_work() as uow:
        sid = sp.suspend(uow, o.chief, password=CHIEF_PASSWORD, form=sp.SuspensionForm(
            ground=q.SuspensionGround.CONTRACT_TERMS, scope=q.SuspensionScope.ITEM,
            item_id=o.ids["kit"], reason="Delivery term missed")).id
    assert sid
    month = Month.of(TODAY)
    with o.db.read() as s:
        r = build(s, month)
        before = build(s, month.previous())
        pdf = render_document(s, "monthly_report", month_id(month), language="en")
    assert r.value("acceptances.records") == 1 and r.value("acceptances.accepted_quantity") == 10
    assert r.value("certificates.issued") == 1 and r.value("certificates.quantity") == 10
    assert r.value("certificates.revoked") == 1 and r.value("certificates.superseded") == 0
    assert r.value("suspensions.imposed") == 1 and r.value("suspensions.in_force") == 1
    assert r.value("suspensions.resumed") == 0
    assert [(d.item, d.detail) for d in r.suspensions] == [("Spare-part kit ZIP-168",
                                                            "Delivery term missed")]
    assert r.value("reliability.first_pass") == "100.0 %"
    for key in ("certificates.issued", "certificates.revoked", "suspensions.imposed",
                "suspensions.in_force", "acceptances.records"):
        assert before.value(key) == 0, key
    flat = " ".join(" ".join(pdf_pages(pdf)).split())
    assert "Suspensions signed 1" in flat and "Delivery term missed" in flat
    assert "Certificates issued 1" in flat
