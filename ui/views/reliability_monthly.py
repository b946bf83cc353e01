""""Monthly report…": choose the month, then preview and print the PDF, or export the XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QPushButton, QVBoxLayout, QWidget)

from milrep.db.store import UnitOfWork
from milrep.reports.periods import Month, last_months
from milrep.services.auth import Actor
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.print_preview import PrintPreviewDialog

FOLDER_KEY = "reports/folder"


def default_month(today: dt.date) -> Month:
    """In the first ten days of a month the report of the month before is the one to send."""
    m = Month.of(today)
    return m.previous() if today.day <= 10 else m


def render_pdf(uow: UnitOfWork, actor: Actor, month: Month) -> bytes:
    from milrep.documents.monthly_report import render_report  # noqa: PLC0415
    from milrep.reports.monthly import monthly_report  # noqa: PLC0415

    report = monthly_report(uow, actor, month=month)
    return render_report(uow.session, report)


def write_xlsx(uow: UnitOfWork, actor: Actor, month: Month, path: Path) -> Path:
    from milrep.reports.export import write_report_xlsx  # noqa: PLC0415
    from milrep.reports.monthly import monthly_report  # noqa: PLC0415

    write_report_xlsx(path, monthly_report(uow, actor, month=month))
    return path


class MonthlyReportDialog(QDialog):
    preview_opened = Signal(object)
    """sig: the print preview of the report was opened (the dialog)."""
    exported = Signal(str)
    """sig: the spreadsheet was written to this path."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        today = today or dt.date.today()
        self.month = QComboBox()
        for m in reversed(last_months(Month.of(today), 24)):
            self.month.addItem(m.label(), m)
        self.month.setCurrentIndex(max(0, self.month.findText(default_month(today).label())))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("muted")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = QPushButton()
        self.preview.clicked.connect(self.open_preview)
        self.export = QPushButton()
        self.export.clicked.connect(self.ask_export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.preview, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for b in (self.preview, self.export):
            b.setAutoDefault(False)
        form = QFormLayout()
        self.month_label = QLabel()
        form.addRow(self.month_label, self.month)
        lay = QVBoxLayout(self)
        lay.addWidget(self.about)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.resize(520, 240)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MonthlyReport", "Monthly report"))
        self.about.setText(translate(
            "MonthlyReport", "The office's report to headquarters for one month: presentations, acceptances, "
            "returns, suspensions, certificates, reclamations and assets, with the reliability "
            "figures of the month and the trend of the twelve months ending with it."))
        self.month_label.setText(translate("MonthlyReport", "Month"))
        self.preview.setText(translate("MonthlyReport", "Preview and print…"))
        self.export.setText(translate("MonthlyReport", "Export XLSX…"))

    def chosen(self) -> Month:
        m = self.month.currentData()
        assert isinstance(m, Month)
        return m

    def title_of(self, m: Month) -> str:
        return translate("MonthlyReport", "Monthly report {month}").format(month=m.label())

    def open_preview(self) -> None:
        m = self.chosen()

        def show(data: bytes) -> None:
            dialog = PrintPreviewDialog(data, title=self.title_of(m),
                                        filename=f"monthly_report_{m.key}", parent=self)
            dialog.open()
            self.preview_opened.emit(dialog)

        self.ops.query(lambda uow, actor: render_pdf(uow, actor, m), parent=self, success=show,
                       title=translate("MonthlyReport", "Preparing the monthly report…"))

    def ask_export(self) -> None:
        m = self.chosen()
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _f = QFileDialog.getSaveFileName(
            self, translate("MonthlyReport", "Export the monthly report"),
            str(Path(folder) / f"monthly_report_{m.key}.xlsx"),
            translate("MonthlyReport", "Excel workbooks (*.xlsx)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        settings.setValue(FOLDER_KEY, str(path.parent))
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        m = self.chosen()

        def done(written: Path) -> None:
            self.status.setText(translate("MonthlyReport", "Written: {path}").format(path=written))
            self.exported.emit(str(written))

        self.ops.query(lambda uow, actor: write_xlsx(uow, actor, m, path), parent=self,
                       success=done, title=translate("MonthlyReport", "Exporting the monthly report…"))
