"""Verify certificate seals from whatever the person has: the QR text, a scan or photo, a PDF.

The QR symbols are found with zxing-cpp; PDF pages are rendered with pypdfium2 at 300 dpi in
grey first. Every seal found gets its own verdict (:func:`milrep.documents.seal.verify_seal`);
other QR symbols on the page are verified too, so a forged sticker next to the real seal cannot
hide. Used by ``milrep verify`` and the "Verify certificate" window; no database needed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from milrep.documents.seal import PREFIX, Verification, verify_seal
from milrep.documents.trust import TrustList
from milrep.errors import UserError
from milrep.i18n import translate

if TYPE_CHECKING:
    from PIL.Image import Image

PDF_DPI = 300
MAX_IMAGE_PIXELS = 80_000_000  # a 10,000 × 8,000 photo; more is refused before decoding
MAX_TEXT_FILE = 64 * 1024
FILE_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp",
                 ".txt")


class InputError(UserError):
    """The input cannot be read as a seal, an image or a PDF."""


@dataclass(frozen=True)
class FoundSeal:
    text: str
    page: int | None = None  # 1-based page of a PDF


@dataclass(frozen=True)
class InputReport:
    source: str
    kind: str  # "text", "image", "pdf"
    seals: tuple[FoundSeal, ...]
    results: tuple[Verification, ...]

    @property
    def valid(self) -> bool:
        """At least one seal, and every seal found valid."""
        return bool(self.results) and all(r.valid for r in self.results)


def verify_input(source: str | Path | bytes, trust: TrustList | Iterable[TrustList], *,
                 progress: Callable[[int, int], None] | None = None) -> InputReport:
    lists = [trust] if isinstance(trust, TrustList) else list(trust)
    kind, name, seals = find_seals(source, progress=progress)
    return InputReport(source=name, kind=kind, seals=tuple(seals),
                       results=tuple(verify_seal(s.text, lists) for s in seals))


def find_seals(source: str | Path | bytes, *,
               progress: Callable[[int, int], None] | None = None
               ) -> tuple[str, str, list[FoundSeal]]:
    """(kind, name, seals) of the input: seal text, or a file (bytes or a path) holding one."""
    if isinstance(source, str):
        text = source.lstrip().rstrip("\r\n")
        if text.startswith(PREFIX) or not _looks_like_path(source):
            return "text", translate("milrep", "the text given"), [FoundSeal(text)]
        source = Path(source)
    if isinstance(source, Path):
        name = str(source)
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            raise InputError(translate("milrep", "There is no file {path}.").format(
                path=source)) from None
        except OSError as e:
            raise InputError(translate("milrep", "{path} cannot be read: {reason}").format(
                path=source, reason=e.strerror or e)) from None
    else:
        name, data = translate("milrep", "the file given"), bytes(source)
    if data.startswith(b"%PDF-"):
        return "pdf", name, seals_in_pdf(data, name=name, progress=progress)
    image = _open_image(data)
    if image is not None:
        return "image", name, [FoundSeal(t) for t in seals_in_image(image, name=name)]
    text_seals = _text_file(data)
    if text_seals is not None:
        return "text", name, text_seals
    raise InputError(translate(
        "milrep", "{path} is neither a PDF, an image nor a seal text.").format(path=name))


def _looks_like_path(text: str) -> bool:
    # Base45 has "/" and "." too: only an existing file or a file-like ending counts as a path
    if text.strip().lower().endswith(FILE_SUFFIXES):
        return True
    try:
        return Path(text).exists()
    except (OSError, ValueError):  # too long for a file name, or a NUL in it
        return False


def _text_file(data: bytes) -> list[FoundSeal] | None:
    if len(data) > MAX_TEXT_FILE:
        return None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return None
    lines = [line.strip("\r\n\t") for line in text.splitlines() if line.strip()]
    return [FoundSeal(line.lstrip()) for line in lines] or None


def _open_image(data: bytes) -> Image | None:
    from PIL import Image as PilImage
    from PIL import UnidentifiedImageError

    try:
        image = PilImage.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    except PilImage.DecompressionBombError:
        raise InputError(translate("milrep", "The image is too large to be a scan or photo.")
                         ) from None
    return image


def seals_in_image(image: Image, *, name: str = "") -> list[str]:
    """The texts of every QR symbol in ``image`` (a scan, a photo, a rendered page)."""
    import zxingcpp

    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        raise InputError(translate(
            "milrep", "{name} has {mp:.0f} megapixels; at most {limit} are read. Scan at 300 "
            "dpi or take the photo at a lower resolution.").format(
                name=name, mp=width * height / 1e6, limit=MAX_IMAGE_PIXELS // 1_000_000))
    try:
        grey = image.convert("L")
    except (OSError, ValueError) as e:
        raise InputError(translate("milrep", "{name} is a damaged image: {reason}").format(
            name=name, reason=e)) from None
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.text for b in found if b.valid]


def seals_in_pdf(data: bytes, *, name: str = "", dpi: int = PDF_DPI,
                 progress: Callable[[int, int], None] | None = None) -> list[FoundSeal]:
    """Render every page at ``dpi`` in grey and read the QR symbols on it."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise InputError(translate("milrep", "{name} is a damaged or protected PDF ({reason})."
                                   ).format(name=name, reason=e)) from None
    try:
        pages = len(pdf)
        out: list[FoundSeal] = []
        for i in range(pages):
            page = pdf[i]
            try:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                image = bitmap.to_pil()
            finally:
                page.close()
            out += [FoundSeal(t, page=i + 1) for t in seals_in_image(image, name=name)]
            if progress is not None:
                progress(i + 1, pages)
        return out
    finally:
        pdf.close()
