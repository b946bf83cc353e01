"""The certificate confirming quality as a PDF (issue 4): every content field on the paper, Kazakh
and Russian (or one language), fonts embedded, the classification marking, revoked and superseded
marks, long serial lists continued over pages, the document registry, the batch (one combined
PDF or one per certificate, progress and cancel) and ``milrep certificate pdf``; bad inputs."""

from __future__ import annotations

import dataclasses
import io
import sys
import uuid
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from milrep import cli
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.documents import certificate, document_kinds_for, find_document, render_document
from milrep.documents.certificate_batch import (CertificatePdf, combined_certificates_pdf,
                                                render_certificates)
from milrep.documents.certificate_data import load_certificate, serial_runs
from milrep.documents.certificate_text import Languages
from milrep.errors import Cancelled, NotFound, ValidationError
from milrep.services import certificates, contracts
from tests.conftest import CHIEF_PASSWORD, VIEWER_PASSWORD
from tests.core.certificate_helpers import RADIO, YEAR, certifiable, issue, view
from tests.core.test_documents import KAZAKH, assert_fonts_embedded, pages_text
from tests.helpers import OfficeFixture, dump_database

QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"
MARKING = "Для служебного пользования"


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def pdf_of(o: OfficeFixture, cid: uuid.UUID, language: str | None = None) -> bytes:
    with o.db.read() as s:
        return render_document(s, "certificate", cid, language=language)


def text_of(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def classify(o: OfficeFixture, marking: str) -> None:
    with o.db.unit_of_work() as uow:
        form = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"]).form
    with o.db.unit_of_work() as uow:
        contracts.update_contract(uow, o.chief, contract_id=o.ids["contract"],
                                  form=dataclasses.replace(form, classification=marking))


def revoke(o: OfficeFixture, cid: uuid.UUID) -> None:
    with o.db.unit_of_work() as uow:
        certificates.revoke_certificate(uow, o.chief, certificate_id=cid,
                                        reason="Issued to the wrong unit",
                                        password=CHIEF_PASSWORD)


def reissue(o: OfficeFixture, cid: uuid.UUID) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        new = certificates.reissue_certificate(uow, o.chief, certificate_id=cid,
                                               reason="Recipient corrected",
                                               password=CHIEF_PASSWORD).id
    assert new is not None
    return new


# --- the paper ----------------------------------------------------------------------------------

def test_every_content_field_is_printed_in_kazakh_and_russian(valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    v = view(o, cid)
    r = v.record
    pdf = pdf_of(o, cid)
    text = text_of(pdf)
    flat = " ".join(text.split())
    issued = v.summary.issued_on.strftime("%d.%m.%Y")
    fields = [
        QC1, issued, r["office"]["name"],  # number, date, office
        "Zhetysu Instrument Plant JSC", "990340001234", "Taldykorgan, 12 Zavodskaya St.",
        "Military unit 12345", "Almaty",  # recipient
        "12-ГОЗ/2026", "20.01.2026",  # contract number and date
        RADIO, "5820-168-05", "10 pcs",  # item, nomenclature code, quantity and unit
        "L-2026-004", "0405–0414",  # lot and its serials (a run)
        r["conformity"]["technical_documentation"],
        "Сәйкестік туралы мәлімдеме", "Заявление о соответствии",  # the statement's heading
        "OTK-311/2026/1", "PI-1/2026", "PMI 6574-012-2026",  # protocols and programmes
        *[c["name"] for c in r["completeness"]],
        "Per the laws of the Republic of Kazakhstan",  # warranty terms (the contract's)
        r["representative"]["name"], "М.О.", "М.П.",  # representative, place for the stamp
    ]
    missing = [f for f in fields if " ".join(f.split()) not in flat]
    assert missing == []
    assert r["completeness"] and r["conformity"]["technical_documentation"]
    assert set(text) & set(KAZAKH), "no Kazakh letter on the paper"
    for word in ("Орындаушы", "Исполнитель", "Алушы", "Получатель", "Шарт", "Договор",
                 "Жинақтылық", "Комплектность", "Оң", "Положительный"):
        assert word in text, word
    assert "REVOKED" not in text and "Superseded" not in text
    assert_fonts_embedded(pdf)
    assert pdf == pdf_of(o, cid)  # the same certificate gives the same bytes


def test_one_language_when_asked(valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    ru = text_of(pdf_of(o, cid, language="ru"))
    assert "Исполнитель" in ru and "Орындаушы" not in ru and "М.П." in ru and "М.О." not in ru
    with o.db.read() as s:
        direct = certificate.render(s, cid, languages="ru")
        kk = text_of(certificate.render(s, cid, languages="kk"))
        both = text_of(certificate.render(s, cid, languages="both"))
        with pytest.raises(ValidationError, match='Unknown language "xx"'):
            certificate.render(s, cid, languages="xx")
    assert text_of(direct) == ru
    assert "Орындаушы" in kk and "Исполнитель" not in kk
    assert "Орындаушы" in both and "Исполнитель" in both
    en = text_of(pdf_of(o, cid, language="en"))
    assert "Contractor" in en and "Place for the stamp" in en


def test_classification_marking_on_every_page(valid: OfficeFixture) -> None:
    o = valid
    classify(o, MARKING)
    pages = pages_text(pdf_of(o, issue(o)))
    assert len(pages) >= 2
    assert all(page.count(MARKING) >= 2 for page in pages)  # top and bottom of each page


def test_no_marking_without_a_classification(valid: OfficeFixture) -> None:
    o = valid
    assert MARKING not in text_of(pdf_of(o, issue(o)))


def test_revoked_certificate_is_marked_on_every_page(valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    revoke(o, cid)
    pages = pages_text(pdf_of(o, cid))
    assert all("ОТОЗВАН" in p and "КЕРІ ҚАЙТАРЫЛДЫ" in p for p in pages)
    flat = " ".join(text_of(pdf_of(o, cid, "en")).split())  # the box's words, in English
    assert "REVOKED on" in flat and "Issued to the wrong unit" in flat


def test_superseded_and_reissued_name_each_other(valid: OfficeFixture) -> None:
    o = valid
    old = issue(o)
    new = reissue(o, old)
    old_pages = pages_text(pdf_of(o, old))
    assert all("ЗАМЕНЁН" in p and "АУЫСТЫРЫЛДЫ" in p for p in old_pages)
    old_text = " ".join(text_of(pdf_of(o, old, "en")).split())
    assert "SUPERSEDED on" in old_text and f"by certificate No. {QC2}" in old_text
    new_text = " ".join(text_of(pdf_of(o, new, "en")).split())
    assert f"Issued in place of certificate No. {QC1}" in new_text
    assert "Recipient corrected" in new_text and "SUPERSEDED" not in new_text
    assert "ЗАМЕНЁН" not in text_of(pdf_of(o, new))


def test_a_long_serial_list_continues_in_an_annex(valid: OfficeFixture) -> None:
    """900 serials that make no runs: an annex over several pages, each serial printed once."""
    o = valid
    cid = issue(o)
    with o.db.read() as s:
        facts = load_certificate(s, cid)
    serials = [f"SN{n:05d}" for n in range(1, 1800, 2)]
    lot = dict(facts.record["lots"][0], serials=serials, quantity=len(serials))
    facts = dataclasses.replace(facts, record=dict(facts.record, lots=[lot],
                                                   quantity=len(serials)))
    pdf = certificate.build([facts], Languages(("kk", "ru")))
    pages = pages_text(pdf)
    assert len(pages) >= 4
    body = "\n".join(pages)
    assert all(body.count(x) == 1 for x in serials)
    flat = " ".join(body.split())
    assert "заводских номеров — 900, перечислены в приложении" in flat
    assert "зауыттық нөмірлер саны — 900, қосымшада келтірілген" in flat
    assert all("Лист" in p for p in pages)  # the page frame goes on


def test_serial_runs_are_exact() -> None:
    assert serial_runs(["0407", "0405", "0406", "0410", "0411", "A-1", "X"]) == \
        ["0405–0407", "0410", "0411", "A-1", "X"]
    assert serial_runs(["9", "10", "11"]) == ["9", "10", "11"]  # widths differ: no run
    assert serial_runs([]) == []


# --- the registry -----------------------------------------------------------------------------

def test_registered_as_a_document_kind(valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    with o.db.read() as s:
        for object_type in ("certificate", "certificates"):
            refs = document_kinds_for(s, object_type, cid)
            assert [(r.kind, r.number, r.object_id) for r in refs] == [("certificate", QC1, cid)]
        assert refs[0].filename == f"certificate_17-WS1-{YEAR}-QC-0001.pdf"
        assert find_document(s, "certificate", QC1) == cid
        assert document_kinds_for(s, "certificate", uuid.uuid4()) == ()


def test_unknown_certificate_is_refused_and_nothing_changes(valid: OfficeFixture) -> None:
    o = valid
    issue(o)
    before = dump_database(o.db)
    with o.db.read() as s:
        with pytest.raises(NotFound, match="^The certificate no longer exists.$"):
            render_document(s, "certificate", uuid.uuid4())
        with pytest.raises(NotFound, match="^There is no certificate confirming quality No. NOPE.$"):
            find_document(s, "certificate", "NOPE")
    with pytest.raises(NotFound, match="There is no certificate"):
        combined_certificates_pdf(o.db, [uuid.uuid4()])
    assert dump_database(o.db) == before


# --- many at once -----------------------------------------------------------------------------

def test_combined_pdf_numbers_each_certificate_on_its_own(valid: OfficeFixture) -> None:
    o = valid
    old = issue(o)
    new = reissue(o, old)
    seen: list[tuple[int, int]] = []
    pdf = combined_certificates_pdf(o.db, [old, new], languages="ru",
                                    progress=lambda d, n: seen.append((d, n)))
    assert seen == [(1, 2), (2, 2)]
    pages = pages_text(pdf)
    one = len(pages_text(pdf_of(o, old, language="ru")))
    assert all(QC1 in p for p in pages[:one]) and all(QC2 in p for p in pages[one:])
    assert f"Лист 1 из {one}" in pages[0] and f"Лист 1 из {len(pages) - one}" in pages[one]
    assert "ЗАМЕНЁН" in pages[0] and "ЗАМЕНЁН" not in pages[-1]
    assert_fonts_embedded(pdf)
    assert len(pdf) < 1.5 * len(pdf_of(o, old, language="ru"))  # fonts embedded once


def test_batch_can_be_cancelled_and_gives_one_pdf_each(valid: OfficeFixture) -> None:
    o = valid
    old = issue(o)
    new = reissue(o, old)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # let the first certificate through, stop before the second

    with pytest.raises(Cancelled):
        combined_certificates_pdf(o.db, [old, new], cancelled=cancelled)
    asked.clear()
    got: list[CertificatePdf] = []
    with pytest.raises(Cancelled):
        for doc in render_certificates(o.db, [old, new], cancelled=cancelled):
            got.append(doc)
    assert [d.number for d in got] == [QC1]
    with o.db.read() as s:  # an open session works as well as the database
        docs = list(render_certificates(s, [old, new], languages="kk"))
    assert [d.filename for d in docs] == [f"certificate_17-WS1-{YEAR}-QC-000{n}.pdf"
                                          for n in (1, 2)]
    assert docs[0].data.startswith(b"%PDF-") and "Орындаушы" in text_of(docs[1].data)


# --- milrep certificate pdf -------------------------------------------------------------------

class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    for var in (cli.PASSWORD_ENV, cli.USER_ENV, cli.FAST_KDF_ENV):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, VIEWER_PASSWORD)


def run(o: OfficeFixture, *argv: str) -> int:
    return cli.main(["--db", str(o.path), "--user", "clerk", "certificate", "pdf", *argv],
                    kdf=FAST_KDF_FOR_TESTS)


@pytest.mark.usefixtures("_no_terminal")
def test_cli_writes_one_all_or_a_folder(valid: OfficeFixture, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    o = valid
    old = issue(o)
    reissue(o, old)
    one = tmp_path / "one.pdf"
    assert run(o, QC1, "--out", str(one), "--lang", "ru") == 0
    assert capsys.readouterr().out.startswith(f"Written: {one} (")
    assert QC1 in text_of(one.read_bytes()) and "Орындаушы" not in text_of(one.read_bytes())
    both = tmp_path / "all.pdf"
    assert run(o, "--all", "--out", str(both)) == 0
    text = text_of(both.read_bytes())
    assert QC1 in text and QC2 in text and "Орындаушы" in text
    folder = tmp_path / "folder"
    folder.mkdir()
    assert run(o, "--all", "--out", str(folder)) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        f"certificate_17-WS1-{YEAR}-QC-000{n}.pdf" for n in (1, 2)]


@pytest.mark.usefixtures("_no_terminal")
def test_cli_bad_inputs(valid: OfficeFixture, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    o = valid
    issue(o)
    before = dump_database(o.db)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "c.pdf"
    assert run(o, "NOPE", "--out", str(out)) == 1
    assert capsys.readouterr().err.strip() == "There is no certificate NOPE."
    assert not out.exists()
    out.write_bytes(b"old")
    assert run(o, QC1, "--out", str(out)) == 1
    assert capsys.readouterr().err.strip() == f"{out} already exists. Use --force to overwrite it."
    assert out.read_bytes() == b"old"
    assert run(o, QC1, "--out", str(out), "--force") == 0
    assert out.read_bytes().startswith(b"%PDF-")
    missing = tmp_path / "no-such-folder" / "c.pdf"
    assert run(o, QC1, "--out", str(missing)) == 1
    assert capsys.readouterr().err.strip() == f"The folder {missing.parent} does not exist."
    assert run(o, "--out", str(out)) == 2
    assert run(o, QC1, "--all", "--out", str(out)) == 2
    assert "Name one certificate NUMBER, or --all" in capsys.readouterr().err
    assert run(o, QC1, "--out", str(tmp_path)) == 1
    assert "is a folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.pdf"]  # no temporary left behind
    assert dump_database(o.db) == before
