"""The five documents of the acceptance work, rendered from records made through the real services
(tests.core.documents_helpers), read back with pdfium: the key facts, the user's language (Russian
and Kazakh), fonts embedded, PNG pages; finding documents; bad input refused with its message and
nothing stored changed; the `milrep document` command."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from milrep import i18n
from milrep.documents import (DOCUMENT_KINDS, document_kinds_for, find_document, list_documents,
                              render_document)
from milrep.errors import NotFound, ValidationError
from milrep.models.acceptance import AcceptanceRecord, Inspection
from milrep.models.users import SignatureRecord
from milrep.services import contracts, lots
from milrep.models.requirements import SamplingMode
from tests.conftest import CHIEF_PASSWORD
from tests.core.acceptance_helpers import fill, open_insp, present, setup_radio
from tests.core.documents_helpers import (DocumentRecords, all_documents, kinds_and_ids,
                                          make_office)
from tests.core.test_documents import assert_fonts_embedded, pages_text
from tests.helpers import OfficeFixture, dump_database

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def tr(lang: str, source: str) -> str:
    """What the catalogue of ``lang`` makes of ``source`` (the source while not translated yet)."""
    return i18n.load_catalogue(lang).get(("milrep", source), source)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OfficeFixture,
                                                                       DocumentRecords]]:
    """One office with every document, shared by the read-only tests of this module."""
    o = make_office(tmp_path_factory.mktemp("documents") / "office.milrep")
    records = all_documents(o)
    yield o, records
    o.db.close()


def render(o: OfficeFixture, kind: str, object_id: uuid.UUID, lang: str | None = None
           ) -> tuple[bytes, str]:
    """The PDF and its text with every run of white space (line breaks too) as one space."""
    with o.db.read() as s:
        pdf = render_document(s, kind, object_id, language=lang)
    return pdf, " ".join(" ".join(pages_text(pdf)).split())


def digest_of(o: OfficeFixture, object_type: str, object_id: uuid.UUID) -> str:
    with o.db.read() as s:
        return s.scalars(select(SignatureRecord.content_sha256).where(
            SignatureRecord.object_type == object_type,
            SignatureRecord.object_id == object_id)).one()


# --- each document, from the records ----------------------------------------------------------

def test_inspection_protocol_of_the_returned_attempt(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    pdf, text = render(o, "inspection_protocol", r.returned_inspection, "ru")
    assert tr("ru", "Protocol of acceptance tests").upper() in text
    for fact in ("311/1", "L-2026-004", "12-ГОЗ/2026", "0405 … 0414",
                 "Output power", "Frequency stability", "36 … 44", "\u22121.5 … 1.5",
                 "\u22122.1 ✗",  # the value out of limits, marked
                 "WM-0457", "28.02.2027", "FC-1120", "31.12.2026",  # instruments, calibration due
                 "Whip antenna", "Operating manual",  # completeness
                 "Frequency stability \u22122.1 ppm on serial 0406",  # nonconformity
                 r.return_notice_number, "G. S. Akhmetova"):
        assert fact in text, fact
    assert tr("ru", "Return") in text  # the decision, in Russian
    assert tr("ru", "Acceptance test") in text
    # the plan: ISO 2859-1, lot of 10, code letters after the arrows
    assert "ISO 2859-1" in text and "B → E" in text
    # the signing act's digest, grouped in eights
    digest = digest_of(o, "return_notices", r.return_notice)
    assert " ".join(digest[i:i + 8] for i in range(0, 16, 8)) in text
    assert_fonts_embedded(pdf)


def test_inspection_protocol_of_the_retest_lists_only_what_failed(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    _pdf, text = render(o, "inspection_protocol", r.accepted_inspection, "en")
    assert "318/2" in text and "only the characteristics that failed are re-tested" in text
    assert "Frequency stability" in text and "Output power" not in text
    assert r.acceptance_number in text and "accepted 10 pcs, rejected 0" in text
    assert text.count("✗") == 1  # in the legend only: nothing out of limits


def test_return_notice(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    pdf, text = render(o, "return_notice", r.return_notice, "ru")
    flat = " ".join(text.split())
    assert tr("ru", "Return notice").upper() in text
    for fact in (r.return_notice_number, "L-2026-004", "№ 311" if tr("ru", "No. {number} of {date}")
                 != "No. {number} of {date}" else "No. 311", "Zhetysu Instrument Plant JSC",
                 "0406", "\u22122.1 ppm", "\u22121.5 … 1.5 ppm", "311/1"):
        assert fact in flat, fact
    # what the plant must do: re-present as attempt 2, only the failed characteristic re-tested
    todo = tr("ru", "present the lot again with a new notice of presentation as attempt "
                    "{attempt}, with the report on the causes and the actions taken.")
    assert " ".join(todo.format(attempt=2).split()) in flat
    assert " ".join(tr("ru", "At the next presentation only these characteristics are re-tested: "
                             "{names}.").format(names="Frequency stability").split()) in flat
    assert_fonts_embedded(pdf)
    page = pdfium.PdfDocument(pdf)[0].render(scale=110 / 72).to_pil()
    assert page.size[0] in (909, 910)


def test_suspension_notice_in_kazakh(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    pdf, text = render(o, "suspension_notice", r.suspension, "kk")
    flat = " ".join(text.split())
    assert KAZAKH_LETTERS & set(text), "no Kazakh letter in the kk rendering"
    assert tr("kk", "Notice of suspension of acceptance and shipment").upper() in flat
    with o.db.read() as s:
        from milrep.models.quality import Suspension
        susp = s.get(Suspension, r.suspension)
        assert susp is not None
        number, effective = susp.number, susp.effective_at
    wording = tr("kk", "failed tests")
    for fact in (number, wording[:1].upper() + wording[1:],  # the ground in the law's words
                 "27.4.8", "L-2026-004", "PI-2/2026", "A. Serikbayev",
                 effective.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")):
        assert fact in flat, fact
    assert tr("kk", "Suspended acceptance and shipment") in flat  # meaning of the signature
    assert_fonts_embedded(pdf)


def test_resumption_decision(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    pdf, text = render(o, "resumption_decision", r.resumption, "ru")
    flat = " ".join(text.split())
    with o.db.read() as s:
        from milrep.models.quality import Resumption, Suspension
        res = s.get(Resumption, r.resumption)
        assert res is not None
        susp = s.get(Suspension, res.suspension_id)
        assert susp is not None
        numbers = (res.number, susp.number)
    assert tr("ru", "Decision on resumption of acceptance and shipment").upper() in flat
    for fact in (*numbers, "PI-2/2026", "PI-3/2026", "Front-panel fastening redesigned",
                 "Vibration test of 3 reworked stations passed",  # the closed nonconformity
                 "A. Serikbayev", tr("ru", "Resumed acceptance and shipment")):
        assert fact in flat, fact
    assert_fonts_embedded(pdf)


def test_test_opinion(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    pdf, text = render(o, "test_opinion", r.opinion, "kk")
    flat = " ".join(text.split())
    with o.db.read() as s:
        from milrep.models.quality import TestOpinion
        op = s.get(TestOpinion, r.opinion)
        assert op is not None
        number = op.number
    for fact in (number, "PI-2/2026", "PMI 6574-012-2026", "front panel came loose",
                 "did not pass the periodic tests", tr("kk", "Negative"),
                 tr("kk", "Issued the office's opinion")):
        assert fact in flat, fact
    assert KAZAKH_LETTERS & set(text)
    assert_fonts_embedded(pdf)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_document_renders_in_every_language(docs, lang: str) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    for kind, object_id in kinds_and_ids(r):
        pdf, text = render(o, kind, object_id, lang)
        assert text.strip()
        assert_fonts_embedded(pdf)
        image = pdfium.PdfDocument(pdf)[0].render(scale=110 / 72).to_pil()
        assert image.size[1] in (1286, 1287)


def test_no_language_means_the_users_language(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    i18n.install_catalogue("kk")
    try:
        _pdf, text = render(o, "suspension_notice", r.suspension)
    finally:
        i18n.set_translator(None)
    assert tr("kk", "Suspended acceptance and shipment") in " ".join(text.split())
    _pdf, english = render(o, "suspension_notice", r.suspension)
    assert "Suspended acceptance and shipment" in " ".join(english.split())


def test_the_same_record_gives_the_same_pdf(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    assert render(o, "return_notice", r.return_notice, "ru")[0] == \
        render(o, "return_notice", r.return_notice, "ru")[0]


# --- finding documents -------------------------------------------------------------------------

def test_documents_of_a_record_and_by_number(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    with o.db.read() as s:
        first_presentation = s.scalar(select(Inspection.presentation_id)
                                      .where(Inspection.id == r.returned_inspection))
        acceptance = s.scalar(select(AcceptanceRecord.id)
                              .where(AcceptanceRecord.number == r.acceptance_number))
        assert first_presentation and acceptance

        def kinds(object_type: str, object_id: uuid.UUID) -> list[tuple[str, uuid.UUID]]:
            return [(d.kind, d.object_id) for d in document_kinds_for(s, object_type, object_id)]

        assert kinds("presentations", first_presentation) == [
            ("inspection_protocol", r.returned_inspection), ("return_notice", r.return_notice)]
        assert kinds("return_notices", r.return_notice) == kinds("presentations",
                                                                  first_presentation)
        assert kinds("acceptance_records", acceptance) == [
            ("inspection_protocol", r.accepted_inspection)]
        assert kinds("suspensions", r.suspension) == [("suspension_notice", r.suspension),
                                                       ("resumption_decision", r.resumption)]
        assert kinds("resumptions", r.resumption) == kinds("suspensions", r.suspension)
        assert kinds("product_tests", r.failed_test) == [("test_opinion", r.opinion)]
        assert kinds("product_tests", r.repeat_test) == []  # no opinion issued on it
        assert kinds("lots", uuid.uuid4()) == []
        assert kinds("inspections", uuid.uuid4()) == []

        assert find_document(s, "return_notice", r.return_notice_number) == r.return_notice
        for number in ("311", "311/1", r.return_notice_number):
            assert find_document(s, "inspection_protocol", number) == r.returned_inspection
        for number in ("318", "318/2", r.acceptance_number):
            assert find_document(s, "inspection_protocol", number) == r.accepted_inspection
        listed = list_documents(s)
        assert {(d.kind, d.object_id) for d in listed} == set(kinds_and_ids(r))
        ref = next(d for d in listed if d.kind == "return_notice")
        assert ref.filename == "return_notice_17-WS1-2026-RN-0001.pdf"
        assert set(DOCUMENT_KINDS) >= {"inspection_protocol", "return_notice",
                                       "suspension_notice", "resumption_decision",
                                       "test_opinion", "certificate"}


def test_bad_requests_say_what_is_wrong_and_change_nothing(docs) -> None:  # type: ignore[no-untyped-def]
    o, r = docs
    before = dump_database(o.db)
    cases = [
        (ValidationError, 'There is no printed document of kind "invoice". Known kinds: '
                          + ", ".join(DOCUMENT_KINDS) + ".",
         lambda s: render_document(s, "invoice", r.return_notice)),
        (NotFound, "The return notice no longer exists.",
         lambda s: render_document(s, "return_notice", uuid.uuid4())),
        (NotFound, "The inspection no longer exists.",
         lambda s: render_document(s, "inspection_protocol", r.return_notice)),
        (NotFound, "The suspension no longer exists.",
         lambda s: render_document(s, "suspension_notice", r.resumption)),
        (NotFound, "The resumption decision no longer exists.",
         lambda s: render_document(s, "resumption_decision", uuid.uuid4())),
        (NotFound, "The test opinion no longer exists.",
         lambda s: render_document(s, "test_opinion", r.failed_test)),
        (ValidationError, 'Unknown language "de"; choose one of: en, ru, kk.',
         lambda s: render_document(s, "return_notice", r.return_notice, language="de")),
        (NotFound, "There is no return notice No. 17/WS1/2026/RN-0099.",
         lambda s: find_document(s, "return_notice", "17/WS1/2026/RN-0099")),
        (NotFound, "There is no inspection protocol No. 999/1.",
         lambda s: find_document(s, "inspection_protocol", "999/1")),
    ]
    for exc, message, call in cases:
        with o.db.read() as s, pytest.raises(exc) as e:
            call(s)
        assert str(e.value) == message
    assert dump_database(o.db) == before


# --- records built for one test --------------------------------------------------------------

def test_undecided_inspection_prints_as_a_draft(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    inspection = open_insp(o, present(o, "311"))
    _pdf, text = render(o, "inspection_protocol", inspection, "en")
    assert "DRAFT: the inspection is not decided" in text
    assert "Not decided" in text and "Results missing" in text
    assert "Sample Serial No. 1. Output power, W 36 … 44" in text
    assert "1 — — — — 2 — — — —" in text  # rows of results not measured yet


def test_a_long_grid_spans_pages_with_its_header(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.ALL)
    serials = [f"LG{n:03d}" for n in range(1, 46)]
    with o.db.unit_of_work() as uow:
        lot_id = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-2026-045",
                                   serials=serials, manufactured_on=dt.date(2026, 11, 3)).id
    inspection = open_insp(o, present(o, "401", lot_id=lot_id, quantity=45))
    fill(o, inspection, units=serials, bad={("power", 40): Decimal("44.5")})
    _pdf, pages = render(o, "inspection_protocol", inspection, "en")
    pages_ = pages_text(_pdf)
    row = re.compile(r"^\d+ LG\d{3} ", re.MULTILINE)  # a row of the grid: sample, serial, …
    grid_pages = [t for t in pages_ if row.search(t)]
    assert len(grid_pages) >= 2
    for t in grid_pages:
        assert "1. Output power" in t and "Serial No." in t  # the header on every page
    assert all(sum(t.count(sn) for t in pages_) >= 1 for sn in serials)
    assert "44.5 ✗" in pages


def test_classification_on_every_page_of_every_document_of_the_contract(
        records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.ALL)
    inspection = open_insp(o, present(o, "311"))
    _pdf, text = render(o, "inspection_protocol", inspection, "en")
    assert "SECRET" not in text and "Copy No." not in text
    with o.db.unit_of_work() as uow:
        detail = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"])
    with o.db.unit_of_work() as uow:
        contracts.update_contract(uow, o.chief, contract_id=o.ids["contract"],
                                  form=dataclasses.replace(detail.form,
                                                           classification="SECRET"))
    pdf, _text = render(o, "inspection_protocol", inspection, "en")
    pages = pages_text(pdf)
    assert len(pages) >= 2
    assert all(t.count("SECRET") == 2 for t in pages)


# --- the command ------------------------------------------------------------------------------

def test_milrep_document_pdf_and_list(docs, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from milrep import cli

    o, r = docs
    monkeypatch.setenv("MILREP_PASSWORD", CHIEF_PASSWORD)
    monkeypatch.delenv("MILREP_LANG", raising=False)
    base = ["--db", str(o.path), "--user", "chief", "document"]
    out = tmp_path / "notice.pdf"
    o.db.close()  # the command opens the database itself
    try:
        assert cli.main([*base, "pdf", "return_notice", r.return_notice_number, "--out",
                         str(out), "--lang", "ru"]) == 0
        assert out.read_bytes().startswith(b"%PDF-")
        assert r.return_notice_number in "\n".join(pages_text(out.read_bytes()))
        capsys.readouterr()
        assert cli.main([*base, "pdf", "return_notice", r.return_notice_number, "--out",
                         str(out)]) == 1
        assert capsys.readouterr().err.strip() == \
            f"{out} already exists. Use --force to overwrite it."
        assert cli.main([*base, "pdf", "inspection_protocol", "311", "--out", str(out),
                         "--force"]) == 0
        assert "311/1" in "\n".join(pages_text(out.read_bytes()))
        capsys.readouterr()
        missing = tmp_path / "missing.pdf"
        assert cli.main([*base, "pdf", "test_opinion", "17/WS1/2026/OP-0099", "--out",
                         str(missing)]) == 1
        assert capsys.readouterr().err.strip() == \
            "There is no test opinion No. 17/WS1/2026/OP-0099."
        assert not missing.exists()
        assert cli.main([*base, "pdf", "bogus", "1", "--out", str(missing)]) == 2
        capsys.readouterr()
        assert cli.main([*base, "list", "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert {d["number"] for d in listed} >= {r.return_notice_number, "311/1", "318/2"}
        assert cli.main([*base, "list", "--kind", "suspension_notice"]) == 0
        assert "suspension_notice" in capsys.readouterr().out
    finally:
        from milrep.db.store import open_database
        o.db, _ = open_database(o.path, "chief", CHIEF_PASSWORD)
