"""The recovery code sheet: printed or saved as PDF once, then sealed in an envelope."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.i18n import translate


def sheet(office: str, path: Path, code: str) -> QTextDocument:
    doc = QTextDocument()
    e = html.escape
    title = translate("Recovery", "milrep — recovery code")
    office_label = translate("Recovery", "Office")
    database_label = translate("Recovery", "Database")
    created_label = translate("Recovery", "Created")
    advice = translate("Recovery", "Together with the database's key file (the file named like "
                       "the database, ending in .keys), this code opens the database when every "
                       "password is lost. Seal this sheet in an envelope, sign across the flap and "
                       "keep it in the office safe. Anyone holding this code, the database file and "
                       "its key file can read all of its data.")
    doc.setHtml(f"""
<h2>{e(title)}</h2>
<p>{e(office_label)}: <b>{e(office)}</b><br>
{e(database_label)}: {e(str(path))}<br>
{e(created_label)}: {dt.date.today():%d.%m.%Y}</p>
<p style="font-family: monospace; font-size: 18pt; border: 1px solid black; padding: 12px">
<b>{e(code)}</b></p>
<p>{e(advice)}</p>
""")
    return doc


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def print_sheet(parent: QWidget, doc: QTextDocument) -> bool:
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc.print_(printer)
    return True


def save_pdf(parent: QWidget, doc: QTextDocument, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Recovery", "Save the recovery code as PDF"), str(suggested),
        translate("Recovery", "PDF files (*.pdf)"))
    if not name:
        return None
    return write_pdf(doc, Path(name))


def write_pdf(doc: QTextDocument, path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    printer = _printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    doc.print_(printer)
    return path
