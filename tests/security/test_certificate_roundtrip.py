"""The certificate's seal through real tools (issue 4): issue → PDF (reportlab) → page rendered
(pypdfium2) → QR decoded (zxing-cpp) → verified with the office's trust list → the claims equal
the stored record. At 300 dpi, from a 150 dpi grey scan-like render, with 15 % of the symbol
blotted out (dark, bleached and mixed blots), for a revoked certificate (its own verdict), and
against another office's trust list (unknown key)."""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import uuid

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from milrep.documents import render_document
from milrep.documents.certificate_layout import MODULE_MM
from milrep.documents.digest import record_digest
from milrep.documents.qr import MIN_MODULE_MM, QUIET_ZONE, seal_matrix
from milrep.documents.seal import Verdict, Verification, verify_seal
from milrep.services import certificates
from milrep.services.site_keys import local_trust_list
from milrep.verify import seals_in_image, verify_input
from tests.conftest import CHIEF_PASSWORD
from tests.core.certificate_helpers import certifiable, issue, view
from tests.helpers import OfficeFixture

BLOT_SHARE = 0.15


@pytest.fixture
def sealed(records: OfficeFixture) -> tuple[OfficeFixture, uuid.UUID, bytes]:
    o = certifiable(records)
    cid = issue(o)
    with o.db.read() as s:
        pdf = render_document(s, "certificate", cid)
    return o, cid, pdf


def pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for i in range(len(doc))]
    finally:
        doc.close()


def verify_image(o: OfficeFixture, image: Image.Image) -> list[Verification]:
    with o.db.read() as s:
        trust = local_trust_list(s)
    return [verify_seal(text, trust) for text in seals_in_image(image)]


def assert_matches_record(o: OfficeFixture, cid: uuid.UUID, result: Verification) -> None:
    assert result.verdict is Verdict.VALID, result
    v = view(o, cid)
    r = v.record
    c = result.claims
    assert c is not None
    issued = dt.datetime.fromisoformat(r["issued_at"])
    assert (c.certificate_id, c.number, c.office_code, c.contract_number, c.contractor_bin,
            c.nomenclature_code, c.quantity, c.unit, c.issued_at) == (
        cid, r["number"], r["office"]["code"], r["contract"]["number"], r["contractor"]["bin"],
        r["item"]["nomenclature_code"], r["quantity"], r["unit"], int(issued.timestamp()))
    assert c.record_digest == record_digest(r) == bytes.fromhex(v.record_digest)
    assert "L-2026-004" in c.lots


def seal_page(images: list[Image.Image]) -> tuple[int, zxingcpp.Barcode]:
    for n, image in enumerate(images):
        found = [b for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
                 if b.valid]
        if found:
            assert len(found) == 1
            return n, found[0]
    raise AssertionError("no QR symbol on any page")


def test_pdf_round_trip_at_300_dpi(sealed: tuple[OfficeFixture, uuid.UUID, bytes]) -> None:
    o, cid, pdf = sealed
    with o.db.read() as s:
        report = verify_input(pdf, local_trust_list(s))  # what `milrep verify FILE.pdf` does
    assert report.kind == "pdf" and report.valid and len(report.results) == 1
    assert report.seals[0].text == view(o, cid).seal
    assert_matches_record(o, cid, report.results[0])


def test_symbol_is_level_q_with_its_modules_and_quiet_zone(
        sealed: tuple[OfficeFixture, uuid.UUID, bytes]) -> None:
    o, cid, pdf = sealed
    dpi = 300
    images = pages(pdf, dpi)
    n, code = seal_page(images)
    assert code.ec_level == "Q"
    matrix = seal_matrix(view(o, cid).seal)
    corners = code.position
    side_px = corners.top_right.x - corners.top_left.x  # finder-to-finder outer edges
    module_mm = side_px / matrix.size / dpi * 25.4
    assert MODULE_MM >= MIN_MODULE_MM
    assert module_mm == pytest.approx(MODULE_MM, rel=0.04)
    image = images[n]
    zone = round(QUIET_ZONE * MODULE_MM / 25.4 * dpi) - 2
    x0, y0 = corners.top_left.x, corners.top_left.y
    x1, y1 = corners.bottom_right.x, corners.bottom_right.y
    ring = [image.getpixel((x, y)) for x in range(x0 - zone, x1 + zone)
            for y in (y0 - zone, y1 + zone)]
    ring += [image.getpixel((x, y)) for y in range(y0 - zone, y1 + zone)
             for x in (x0 - zone, x1 + zone)]
    assert min(ring) > 200  # nothing printed in the quiet zone


def test_150_dpi_grey_scan(sealed: tuple[OfficeFixture, uuid.UUID, bytes]) -> None:
    """A cheap office scan: 150 dpi grey, slightly soft, noisy, saved as JPEG."""
    o, cid, pdf = sealed
    images = pages(pdf, 150)
    n, _ = seal_page(images)
    page = images[n].filter(ImageFilter.GaussianBlur(0.5))
    rnd = random.Random(27)
    pixels = page.load()
    assert pixels is not None
    for _ in range(20_000):
        x, y = rnd.randrange(page.width), rnd.randrange(page.height)
        pixels[x, y] = max(0, min(255, pixels[x, y] + rnd.randint(-50, 50)))  # type: ignore
    out = io.BytesIO()
    page.save(out, "JPEG", quality=70)
    results = verify_image(o, Image.open(io.BytesIO(out.getvalue())))
    assert len(results) == 1
    assert_matches_record(o, cid, results[0])


@pytest.mark.parametrize("inks", [(0,), (255,), (0, 255, 140)], ids=["dark", "bleached", "mixed"])
def test_fifteen_percent_of_the_symbol_blotted_out(
        sealed: tuple[OfficeFixture, uuid.UUID, bytes], inks: tuple[int, ...]) -> None:
    """Deterministic blots (a few round drops) over 15 % of the symbol's area, off the finder
    patterns: level Q still reads. (Many pin-point specks over 15 % would touch far more than
    15 % of the codewords; that is not what level Q promises.)"""
    o, cid, pdf = sealed
    images = pages(pdf, 300)
    n, code = seal_page(images)
    image = images[n]
    p = code.position
    x0, y0, x1, y1 = p.top_left.x, p.top_left.y, p.bottom_right.x, p.bottom_right.y
    area = (x1 - x0) * (y1 - y0)
    mask = Image.new("L", image.size, 0)
    draw, marks = ImageDraw.Draw(image), ImageDraw.Draw(mask)
    rnd = random.Random(15)
    covered, stains = 0, 0
    while covered < BLOT_SHARE * area:
        r = rnd.randint((x1 - x0) // 9, (x1 - x0) // 6)  # drops of 8-12 mm, the last smaller
        r = max(3, min(r, int(math.sqrt((BLOT_SHARE * area - covered) / math.pi)) + 1))
        cx, cy = rnd.randint(x0 + r, x1 - r), rnd.randint(y0 + r, y1 - r)
        # keep off the three finder patterns: a stain there is a different failure (the
        # symbol is not found at all), which level Q does not claim to survive
        finder = (x1 - x0) * 9 // 69
        if (cx - x0 < finder + r and (cy - y0 < finder + r or y1 - cy < finder + r)) or \
                (x1 - cx < finder + r and cy - y0 < finder + r):
            continue
        box = [cx - r, cy - r, cx + r, cy + r]
        draw.ellipse(box, fill=inks[stains % len(inks)])
        marks.ellipse(box, fill=255)
        covered = mask.crop((x0, y0, x1, y1)).histogram()[255]
        stains += 1
    assert covered / area == pytest.approx(BLOT_SHARE, abs=0.01)
    results = verify_image(o, image)
    assert len(results) == 1
    assert_matches_record(o, cid, results[0])


def test_revoked_certificate_gives_its_own_verdict(
        sealed: tuple[OfficeFixture, uuid.UUID, bytes]) -> None:
    o, cid, _ = sealed
    with o.db.unit_of_work() as uow:
        certificates.revoke_certificate(uow, o.chief, certificate_id=cid, reason="Wrong unit",
                                        password=CHIEF_PASSWORD)
    with o.db.read() as s:
        pdf = render_document(s, "certificate", cid)  # the watermark crosses the page
        report = verify_input(pdf, local_trust_list(s))
    assert [r.verdict for r in report.results] == [Verdict.REVOKED_CERTIFICATE]


def test_another_offices_trust_list_does_not_know_the_key(
        sealed: tuple[OfficeFixture, uuid.UUID, bytes], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from milrep.db.store import create_database
    from tests.conftest import OFFICE

    _, _, pdf = sealed
    other, _, _ = create_database(tmp_path_factory.mktemp("other") / "other.milrep", OFFICE,
                                  kdf=FAST_KDF_FOR_TESTS)
    try:
        with other.read() as s:
            report = verify_input(pdf, local_trust_list(s))
    finally:
        other.close()
    assert [r.verdict for r in report.results] == [Verdict.UNKNOWN_KEY]
