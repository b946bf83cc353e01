"""Verification from any input through real tools: QR text, a PNG made by ``qrcode``, a page
drawn by reportlab and rendered by pypdfium2 (300 and 150 dpi grey), a stained or photographed
symbol (zxing-cpp reads them), PDFs; and the ``milrep verify`` / ``milrep keys`` commands."""

from __future__ import annotations

import io
import json
import math
import random
import sys
import uuid
from pathlib import Path

import pytest
import qrcode
import qrcode.constants
from PIL import Image, ImageDraw, ImageFilter
from qrcode.util import MODE_ALPHA_NUM, QRData
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from milrep import cli
from milrep.documents import qr, seal
from milrep.documents.seal import Verdict
from milrep.documents.trust import RevokedCertificate, load_trust_list
from milrep.services import site_keys
from milrep.verify import InputError, find_seals, seals_in_image, verify_input
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core import seal_samples as S
from tests.helpers import OfficeFixture, dump_database

TRUST = S.trust_list()


def qrcode_png(text: str, *, box: int = 4) -> bytes:
    """The seal as the ``qrcode`` package itself draws it (level Q, alphanumeric, border 4)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=box,
                         border=4)
    code.add_data(QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM))
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image().save(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def certificate_pdf(*texts: str, module_mm: float = 0.5) -> bytes:
    """One A4 page per seal, the symbol drawn as vectors by milrep.documents.qr.draw_qr."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for text in texts:
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 780, "Certificate confirming quality 17/WS1/2026/QC-0001")
        qr.draw_qr(canvas, qr.seal_matrix(text), 380, 60, module_mm=module_mm)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def render(pdf: bytes, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        doc.close()


def png(image: Image.Image, fmt: str = "PNG", **kw: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **kw)
    return out.getvalue()


# --- the core ---------------------------------------------------------------------------------

def test_text_input_with_surrounding_line_breaks() -> None:
    report = verify_input("  " + S.seal_text() + "\r\n", TRUST)
    assert report.kind == "text" and report.valid
    assert report.results[0].claims == S.claims()


def test_png_written_by_qrcode_is_read_and_verified(tmp_path: Path) -> None:
    path = tmp_path / "seal.png"
    path.write_bytes(qrcode_png(S.seal_text()))
    report = verify_input(path, TRUST)
    assert report.kind == "image" and [s.text for s in report.seals] == [S.seal_text()]
    assert report.valid and report.results[0].claims == S.claims()
    assert verify_input(str(path), TRUST).valid  # a path given as text


def test_pdf_page_rendered_at_300_dpi() -> None:
    report = verify_input(certificate_pdf(S.seal_text()), TRUST)
    assert report.kind == "pdf" and report.valid
    assert [s.page for s in report.seals] == [1]


def test_150_dpi_grey_scan_of_the_printed_page() -> None:
    """A cheap office scan: 150 dpi, grey, slightly blurred, noisy, saved as JPEG."""
    page = render(certificate_pdf(S.seal_text()), 150).filter(ImageFilter.GaussianBlur(0.6))
    rnd = random.Random(4)
    noisy = page.point(lambda v: v)  # copy
    pixels = noisy.load()
    assert pixels is not None
    for _ in range(20_000):
        x, y = rnd.randrange(page.width), rnd.randrange(page.height)
        pixels[x, y] = max(0, min(255, pixels[x, y] + rnd.randint(-60, 60)))  # type: ignore
    assert page.mode == "L" and abs(page.width - 1240) <= 2  # A4 at 150 dpi
    report = verify_input(png(noisy, "JPEG", quality=70), TRUST)
    assert report.valid, report.results


@pytest.mark.parametrize("ink", [0, 255, 150])
def test_fifteen_percent_of_the_symbol_blotted_out(ink: int) -> None:
    """A coffee stain over 15 % of the symbol (dark, bleached or mid-grey): level Q holds."""
    matrix = qr.seal_matrix(S.seal_text())
    px = 6
    image = qr.matrix_image(matrix, module_px=px)
    side, margin = matrix.size * px, qr.QUIET_ZONE * px
    radius = math.sqrt(0.15 * side * side / math.pi)
    cx, cy = margin + side * 0.45, margin + side * 0.42
    ImageDraw.Draw(image).ellipse([cx - radius, cy - radius, cx + radius, cy + radius],
                                  fill=ink)
    covered = sum(1 for y in range(margin, margin + side) for x in range(margin, margin + side)
                  if (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2)
    assert covered / side ** 2 == pytest.approx(0.15, abs=0.005)
    report = verify_input(png(image), TRUST)
    assert report.valid


def test_a_phone_photo_turned_and_soft() -> None:
    image = qr.matrix_image(qr.seal_matrix(S.seal_text()), module_px=5)
    photo = Image.new("L", (image.width + 300, image.height + 300), 200)
    photo.paste(image, (150, 150))
    photo = photo.rotate(11, resample=Image.Resampling.BICUBIC, fillcolor=200)
    photo = photo.filter(ImageFilter.GaussianBlur(1.2)).convert("RGB")
    assert verify_input(png(photo, "JPEG", quality=55), TRUST).valid


def test_every_seal_in_a_pdf_gets_its_own_verdict() -> None:
    second = S.claims(certificate_id=uuid.UUID(int=7), number="17/WS1/2026/QC-0007")
    revoked = RevokedCertificate(second.certificate_id, second.number, S.ISSUED, "Wrong lot")
    pdf = certificate_pdf(S.seal_text(), S.seal_text(second))
    report = verify_input(pdf, S.trust_list(revoked=[revoked]))
    assert [(s.page, r.verdict) for s, r in zip(report.seals, report.results)] == \
        [(1, Verdict.VALID), (2, Verdict.REVOKED_CERTIFICATE)]
    assert not report.valid


def test_a_foreign_qr_next_to_the_seal_is_reported_not_ignored() -> None:
    fake = Image.open(io.BytesIO(qrcode_png("MR1:FORGED", box=4)))
    real = Image.open(io.BytesIO(qrcode_png(S.seal_text(), box=4)))
    sheet = Image.new("L", (real.width + fake.width + 40, max(real.height, fake.height)), 255)
    sheet.paste(real.convert("L"), (0, 0))
    sheet.paste(fake.convert("L"), (real.width + 40, 0))
    report = verify_input(png(sheet), TRUST)
    assert sorted(r.verdict.value for r in report.results) == ["malformed", "valid"]
    assert not report.valid


def test_inputs_that_are_not_seals(tmp_path: Path) -> None:
    blank = png(Image.new("L", (300, 300), 255))
    assert verify_input(blank, TRUST).results == () and not verify_input(blank, TRUST).valid
    with pytest.raises(InputError, match="There is no file"):
        find_seals(str(tmp_path / "scan.png"))
    (tmp_path / "data.bin").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="neither a PDF, an image nor a seal text"):
        find_seals(tmp_path / "data.bin")
    with pytest.raises(InputError, match="damaged or protected PDF"):
        find_seals(b"%PDF-1.7 truncated")
    (tmp_path / "seal.txt").write_text(S.seal_text() + "\n", encoding="ascii")
    assert verify_input(tmp_path / "seal.txt", TRUST).valid
    assert verify_input("HC1:NOT-OURS", TRUST).results[0].verdict is Verdict.MALFORMED


def test_huge_images_are_refused_before_decoding() -> None:
    image = Image.new("L", (10_000, 9_000), 255)
    with pytest.raises(InputError, match="90 megapixels"):
        seals_in_image(image, name="photo.jpg")


# --- the commands -----------------------------------------------------------------------------

class _Stdin(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    for var in (cli.PASSWORD_ENV, cli.USER_ENV, cli.FAST_KDF_ENV):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "no-default-db"))  # no default database


def run(*argv: str) -> int:
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS

    return cli.main(list(argv), kdf=FAST_KDF_FOR_TESTS)


@pytest.fixture
def trust_file(tmp_path: Path) -> Path:
    path = tmp_path / "office17.trust.json"
    path.write_bytes(S.signed_trust_list())
    return path


def test_cli_valid_seal_exit_0_with_fields(trust_file: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run("verify", S.seal_text(), "--trust", str(trust_file)) == 0
    out = capsys.readouterr().out
    assert "Seal 1 of 1: VALID" in out
    for value in ("17/WS1/2026/QC-0001", "12-ГОЗ/2026", "10 шт.", "L-2026-004",
                  "2026-11-25 10:00 UTC", "R-168-5UN", "120540012345"):
        assert value in out
    assert "Compare this fingerprint" in out and load_trust_list(trust_file).root_fingerprint \
        in out


def test_cli_json_and_exit_1_for_each_bad_verdict(trust_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run("verify", S.seal_text(), "--trust", str(trust_file), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True and data["seals"][0]["verdict"] == "valid"
    assert data["seals"][0]["claims"]["number"] == "17/WS1/2026/QC-0001"
    assert data["seals"][0]["claims"]["certificate_id"] == str(S.CERTIFICATE_ID)
    assert data["trust_lists"][0]["root_fingerprint"] == load_trust_list(
        trust_file).root_fingerprint

    forged = S.seal_text(key=S.seal_key(S.OTHER_SEED))
    image = tmp_path / "scan.png"
    image.write_bytes(qrcode_png(forged))
    for source, verdict in ((forged, "unknown_key"), ("MR2:" + forged[4:], "malformed"),
                            (str(image), "unknown_key")):
        assert run("verify", source, "--trust", str(trust_file), "--json") == 1
        data = json.loads(capsys.readouterr().out)
        assert data["valid"] is False and data["seals"][0]["verdict"] == verdict
    assert run("verify", forged, "--trust", str(trust_file)) == 1
    out = capsys.readouterr().out
    assert "UNKNOWN KEY" in out and "NOT confirmed" in out


def test_cli_pinned_root(trust_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    right = load_trust_list(trust_file).root_fingerprint
    assert run("verify", S.seal_text(), "--trust", str(trust_file), "--root", right) == 0
    assert "Compare this fingerprint" not in capsys.readouterr().out
    wrong = "0000 " + right[5:]
    assert run("verify", S.seal_text(), "--trust", str(trust_file), "--root", wrong) == 1
    assert "may be forged" in capsys.readouterr().err


def test_cli_refuses_a_tampered_trust_list(trust_file: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    trust_file.write_text(trust_file.read_text("utf-8").replace('"WS1"', '"WS9"'), "utf-8")
    assert run("verify", S.seal_text(), "--trust", str(trust_file)) == 1
    err = capsys.readouterr().err
    assert "the file was altered" in err and "Traceback" not in err


def test_cli_without_a_trust_list_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("verify", S.seal_text()) == 2
    assert "A trust list is needed" in capsys.readouterr().err


def test_cli_unreadable_inputs_exit_1(trust_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run("verify", str(tmp_path / "scan.pdf"), "--trust", str(trust_file)) == 1
    assert "There is no file" in capsys.readouterr().err
    blank = tmp_path / "blank.png"
    blank.write_bytes(png(Image.new("L", (200, 200), 255)))
    assert run("verify", str(blank), "--trust", str(trust_file)) == 1
    assert "No QR seal was found" in capsys.readouterr().err
    assert run("verify") == 2  # INPUT is required


def test_cli_uses_the_office_database_for_the_trust_list(
        office: OfficeFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with office.db.read() as s:
        key = site_keys.site_signing_key(s)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(certificate_pdf(seal.encode_seal(S.claims(), key)))
    monkeypatch.setenv(cli.PASSWORD_ENV, REP_PASSWORD)
    before = dump_database(office.db)
    assert run("--db", str(office.path), "--user", "rep1", "verify", str(pdf)) == 0
    out = capsys.readouterr().out
    assert "Seal 1 of 1 (page 1): VALID" in out
    assert dump_database(office.db) == before  # verifying stores nothing
    # the test key is not this office's: unknown
    assert run("--db", str(office.path), "--user", "rep1", "verify", S.seal_text()) == 1
    assert "UNKNOWN KEY" in capsys.readouterr().out
    monkeypatch.setenv(cli.PASSWORD_ENV, "Wrong-password-1")
    assert run("--db", str(office.path), "--user", "rep1", "verify", str(pdf)) == 1
    assert "Wrong user name or password" in capsys.readouterr().err


def test_cli_keys_show(office: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, REP_PASSWORD)
    with office.db.read() as s:
        key = site_keys.site_signing_key(s)
        summary = site_keys.key_summary(s)
    assert run("--db", str(office.path), "--user", "rep1", "keys", "show") == 0
    out = capsys.readouterr().out
    assert key.fingerprint in out and "held on this workstation" in out
    assert all(k.fingerprint in out for k in summary)
    assert run("--db", str(office.path), "--user", "rep1", "keys", "show", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["site"] == "WS1"
    assert [k["purpose"] for k in data["keys"]] == ["site_signing", "site_age", "office_root"]
    assert data["keys"][0]["kid"] == key.kid.hex()
    assert "private_key" not in json.dumps(data) and "AGE-SECRET" not in json.dumps(data)


def test_cli_export_trust(office: OfficeFixture, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "trust.json"
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    args = ("--db", str(office.path), "--user", "chief", "keys", "export-trust", "--out",
            str(out))
    assert run(*args) == 0
    printed = capsys.readouterr().out
    trust = load_trust_list(out)
    assert trust.root_fingerprint in printed and "version 1" in printed
    with office.db.read() as s:
        key = site_keys.site_signing_key(s)
    assert run("verify", seal.encode_seal(S.claims(), key), "--trust", str(out),
               "--root", trust.root_fingerprint) == 0
    capsys.readouterr()

    before, data = dump_database(office.db), out.read_bytes()
    assert run(*args) == 1
    assert "already exists" in capsys.readouterr().err
    monkeypatch.setenv(cli.PASSWORD_ENV, REP_PASSWORD)
    assert run("--db", str(office.path), "--user", "rep1", "keys", "export-trust", "--out",
               str(out), "--force") == 1
    assert "not allowed" in capsys.readouterr().err
    assert dump_database(office.db) == before and out.read_bytes() == data
    monkeypatch.setenv(cli.PASSWORD_ENV, CHIEF_PASSWORD)
    assert run(*args, "--force") == 0
    assert load_trust_list(out).version == 2
    assert run("keys") == 2


def test_cli_uses_the_default_database_when_it_can_be_unlocked(
        office: OfficeFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    default = cli.default_db_path()
    assert str(default).startswith(str(tmp_path))  # XDG_DATA_HOME points into tmp_path
    default.parent.mkdir(parents=True)
    office.db.close()
    shutil.copyfile(office.path, default)
    shutil.copyfile(office.db.keyfile_path, str(default) + ".keys")
    with office.db.read() as s:
        key = site_keys.site_signing_key(s)
    text = seal.encode_seal(S.claims(), key)
    assert run("--user", "rep1", "verify", text) == 1  # no password: explain, refuse
    err = capsys.readouterr().err
    assert "MILREP_PASSWORD" in err and "give the issuing office's trust list with --trust" in err
    monkeypatch.setenv(cli.PASSWORD_ENV, REP_PASSWORD)
    assert run("--user", "rep1", "verify", text) == 0
    assert "VALID" in capsys.readouterr().out
