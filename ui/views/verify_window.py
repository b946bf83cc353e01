"""The "Verify certificate" window: open (or drop) a PDF, a scan or photo, or paste the ``MR1:``
text read from the QR code; the seal is verified off the UI thread against this office's trust
list and any trust list files added; the verdict is shown big and coloured with what it means, and
the decoded fields in two columns to compare with the paper.

Nothing is stored: verification reads the database only for this office's trust list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (QAction, QDragEnterEvent, QDropEvent, QFont, QKeySequence,
                           QShortcut)
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QFrame,
                               QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from milrep.commands.verify import claim_rows
from milrep.documents.seal import PREFIX, Verification, verdict_label
from milrep.documents.trust import TrustList
from milrep.errors import UserError
from milrep.services.certificate_screen import (load_trust_files, office_trust_list,
                                                verify_with)
from milrep.verify import InputReport
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops, Worker, run_foreground
from ui.views.certificates_verdicts import VERDICT_STYLES, advice, headline
from ui.views.certificates_detail import transparent

FILE_FILTER = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.txt"


class VerifyWindow(QDialog):
    """See the module docstring. Without ``ops`` (no database open) only trust list files are
    used."""

    verified = Signal()
    """sig: a verification ended (a verdict, no seal found, or an input that cannot be read)."""

    def __init__(self, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 640)
        self.worker = Worker(self)  # verification never waits behind the database worker
        self.office: TrustList | None = None
        self.office_known = ops is None
        self.extra: list[tuple[Path, TrustList]] = []
        self._office_rows = 0
        self.report: InputReport | None = None
        self.verdict = ""  # a Verdict value, "no_seal", "error" or "" (nothing yet)
        self.message = ""  # the explanation shown
        self._build()
        self.retranslate()
        self._show_verdict("", "")
        if ops is not None:
            ops.background(office_trust_list, self._office_arrived)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.open_button = QPushButton(icon("folder"), "")
        self.open_button.clicked.connect(self.choose_file)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("muted")
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(64)
        self.text.setFont(QFont("monospace"))
        self.verify_text_button = QPushButton(icon("shield"), "")
        self.verify_text_button.clicked.connect(lambda: self.verify_text(self.text.toPlainText()))
        self.input_caption = QLabel()
        self.input_caption.setObjectName("section")
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.drop_hint, 1)
        paste = QHBoxLayout()
        paste.addWidget(self.text, 1)
        paste.addWidget(self.verify_text_button, 0, Qt.AlignmentFlag.AlignTop)

        self.trust_caption = QLabel()
        self.trust_caption.setObjectName("section")
        self.trust_list = QListWidget()
        self.trust_list.setFixedHeight(56)
        self.add_trust_button = QPushButton(icon("key"), "")
        self.add_trust_button.clicked.connect(self.choose_trust_file)
        self.remove_trust_button = QPushButton()
        self.remove_trust_button.clicked.connect(self.remove_trust_file)
        self.trust_error = QLabel()
        self.trust_error.setWordWrap(True)
        self.trust_error.setStyleSheet("color: #b3261e;")
        self.trust_error.hide()
        trust_buttons = QVBoxLayout()
        trust_buttons.addWidget(self.add_trust_button)
        trust_buttons.addWidget(self.remove_trust_button)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_list, 1)
        trust_row.addLayout(trust_buttons)

        self.banner = QLabel()
        self.banner.setObjectName("verdict")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.banner.setMinimumHeight(58)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("muted")
        self.seal_choice = QComboBox()
        self.seal_choice.currentIndexChanged.connect(self._seal_chosen)
        self.seal_choice.hide()
        self.fields_caption = QLabel()
        self.fields_caption.setObjectName("section")
        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields.setHorizontalSpacing(18)
        self.fields.setVerticalSpacing(6)
        fields_box = QFrame()
        fields_box.setObjectName("card")
        fields_box.setLayout(self.fields)
        self.fields_box = fields_box
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        result = QVBoxLayout(inner)
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.banner)
        result.addWidget(self.detail)
        result.addWidget(self.advice)
        result.addWidget(self.seal_choice)
        result.addWidget(self.fields_caption)
        result.addWidget(fields_box)
        result.addStretch(1)
        scroll.setWidget(inner)
        transparent(scroll)

        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.choose_file)
        QShortcut(QKeySequence("Ctrl+Return"), self.text,
                  activated=lambda: self.verify_text(self.text.toPlainText()))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 14)
        lay.addWidget(self.input_caption)
        lay.addLayout(top)
        lay.addLayout(paste)
        lay.addWidget(self.trust_caption)
        lay.addLayout(trust_row)
        lay.addWidget(self.trust_error)
        lay.addWidget(scroll, 1)
        lay.addLayout(bottom)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("VerifyWindow", "Verify certificate"))
        self.input_caption.setText(translate("VerifyWindow", "The certificate to verify"))
        self.open_button.setText(translate("VerifyWindow", "Open file…"))
        self.open_button.setToolTip(translate("VerifyWindow", "A PDF of the certificate, or a "
                                              "scan or photo of the paper (PNG, JPEG) (Ctrl+O)"))
        self.drop_hint.setText(translate("VerifyWindow", "PDF, PNG or JPEG — or drop the file "
                                         "on this window"))
        self.text.setPlaceholderText(translate(
            "VerifyWindow", "…or paste the text read from the QR code here (it starts with "
            "MR1:)"))
        self.verify_text_button.setText(translate("VerifyWindow", "Verify text"))
        self.verify_text_button.setToolTip(translate("VerifyWindow", "Verify the text pasted "
                                                     "(Ctrl+Enter)"))
        self.trust_caption.setText(translate("VerifyWindow", "Trust lists used"))
        self.add_trust_button.setText(translate("VerifyWindow", "Add trust list…"))
        self.add_trust_button.setToolTip(translate(
            "VerifyWindow", "The trust list file of another office (exported there with "
            "`milrep keys export-trust`)"))
        self.remove_trust_button.setText(translate("VerifyWindow", "Remove"))
        self.close_button.setText(translate("VerifyWindow", "Close"))
        self._show_trust()
        current = self.current()
        if current is not None:
            self._show_seal(current)
        else:
            self._show_verdict(self.verdict, self.message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- trust lists ---------------------------------------------------------------------------

    def _office_arrived(self, trust: TrustList | None, error: BaseException | None) -> None:
        self.office = trust if error is None else None
        self.office_known = True
        self._show_trust()

    def lists(self) -> list[TrustList]:
        return ([self.office] if self.office is not None else []) + [t for _p, t in self.extra]

    def _show_trust(self) -> None:
        self.trust_list.clear()
        if self.office is not None:
            t = self.office
            self.trust_list.addItem(translate(
                "VerifyWindow", "Office {office} — this database (version {version})").format(
                    office=t.office_code, version=t.version))
        elif self.ops is not None and self.office_known:
            self.trust_list.addItem(translate("VerifyWindow", "This database has no office root "
                                              "key: add the office's trust list file"))
        self._office_rows = self.trust_list.count()  # the rows before the files
        for path, t in self.extra:
            self.trust_list.addItem(translate(
                "VerifyWindow", "Office {office} — {file} (version {version}; root key "
                "{fingerprint}: compare it with the one the office gave you)").format(
                    office=t.office_code, file=path.name, version=t.version,
                    fingerprint=t.root_fingerprint))
        self.remove_trust_button.setEnabled(bool(self.extra))

    def choose_trust_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, translate("VerifyWindow", "Add a trust list"), "",
            translate("VerifyWindow", "Trust lists (*.json);;All files (*)"))
        if name:
            self.add_trust_file(Path(name))

    def add_trust_file(self, path: Path) -> None:
        def added(lists: list[TrustList]) -> None:
            self.trust_error.hide()
            self.extra.append((path, lists[0]))
            self._show_trust()
            self.verified.emit()

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserError):
                return False
            self.trust_error.setText(str(error))
            self.trust_error.show()
            self.verified.emit()
            return True

        run_foreground(self.worker, lambda: load_trust_files([path]), parent=self,
                       success=added, failure=failed)

    def remove_trust_file(self) -> None:
        """Remove the trust list file chosen in the list (the last one when none is chosen)."""
        if not self.extra:
            return
        row = self.trust_list.currentRow() - self._office_rows
        del self.extra[row if 0 <= row < len(self.extra) else -1]
        self._show_trust()

    # --- verifying -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, translate("VerifyWindow", "Open a certificate"), "",
            translate("VerifyWindow", "Certificates, scans and photos ({patterns});;"
                      "All files (*)").format(patterns=FILE_FILTER))
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> None:
        self._run(Path(path))

    def verify_text(self, text: str) -> None:
        if not text.strip():
            self._show_verdict("error", translate(
                "VerifyWindow", "Paste the text read from the QR code first (it starts with "
                "MR1:)."))
            self.verified.emit()
            return
        self._run(text.strip())

    def _run(self, source: str | Path) -> None:
        office, extra = self.office, [t for _p, t in self.extra]
        self._show_verdict("", translate("VerifyWindow", "Verifying…"))

        def job() -> InputReport:
            if isinstance(source, str) and not source.startswith(PREFIX):
                # pasted text is read as text, never taken for a file name
                return verify_with(source.encode("ascii", "replace") + b"\n", office, extra)
            return verify_with(source, office, extra)

        run_foreground(self.worker, job, parent=self, success=self._report_arrived,
                       failure=self._failed,
                       title=translate("VerifyWindow", "Verifying the certificate…"))

    def _failed(self, error: BaseException) -> bool:
        if not isinstance(error, UserError):
            return False
        self.report = None
        self._show_verdict("error", str(error))
        self.verified.emit()
        return True

    def _report_arrived(self, report: InputReport) -> None:
        self.report = report
        self.seal_choice.blockSignals(True)
        self.seal_choice.clear()
        for i, (found, v) in enumerate(zip(report.seals, report.results, strict=True), 1):
            where = (translate("VerifyWindow", " (page {page})").format(page=found.page)
                     if found.page is not None else "")
            self.seal_choice.addItem(translate("VerifyWindow", "Seal {i} of {n}{where}: "
                                               "{verdict}").format(
                i=i, n=len(report.results), where=where, verdict=verdict_label(v.verdict)))
        self.seal_choice.blockSignals(False)
        self.seal_choice.setVisible(len(report.results) > 1)
        if not report.results:
            self._show_verdict("no_seal", translate(
                "VerifyWindow", "No QR seal was found in {source}.").format(source=report.source))
        else:
            # the worst seal first: a forged sticker beside a genuine seal must not hide
            worst = next((i for i, v in enumerate(report.results) if not v.valid), 0)
            self.seal_choice.setCurrentIndex(worst)
            self._show_seal(report.results[worst])
        self.verified.emit()

    def _seal_chosen(self, index: int) -> None:
        if self.report is not None and 0 <= index < len(self.report.results):
            self._show_seal(self.report.results[index])

    def current(self) -> Verification | None:
        if self.report is None or not self.report.results:
            return None
        i = self.seal_choice.currentIndex()
        return self.report.results[i if 0 <= i < len(self.report.results) else 0]

    # --- showing -------------------------------------------------------------------------------

    def _show_seal(self, v: Verification) -> None:
        self._show_verdict(v.verdict.value, v.detail, v)

    def _show_verdict(self, verdict: str, message: str,
                      v: Verification | None = None) -> None:
        self.verdict, self.message = verdict, message
        symbol, bg, fg = VERDICT_STYLES.get(verdict, VERDICT_STYLES[""])
        title = headline(verdict).upper() if verdict else headline(verdict)
        self.banner.setText(f"{symbol}  {title}" if symbol else title)
        self.banner.setStyleSheet(
            f"QLabel#verdict {{ background: {bg}; color: {fg}; border: 1px solid {fg}; "
            f"border-radius: 8px; padding: 8px 16px; font-size: 24px; font-weight: 700; }}")
        self.detail.setText(message)
        self.detail.setVisible(bool(message))
        self.advice.setText(advice(verdict))
        self.advice.setVisible(bool(advice(verdict)))
        self._show_fields(v)

    def _show_fields(self, v: Verification | None) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        rows = self.field_rows(v)
        self.fields_box.setVisible(bool(rows))
        self.fields_caption.setVisible(bool(rows))
        if v is not None and v.valid:
            self.fields_caption.setStyleSheet("")
            self.fields_caption.setText(translate("VerifyWindow", "What the seal says — compare "
                                                  "with the paper"))
        else:
            self.fields_caption.setStyleSheet("color: #b71c1c;")
            self.fields_caption.setText(translate("VerifyWindow", "What the seal claims (NOT "
                                                  "confirmed)"))
        for label, value in rows:
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            font = text.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            text.setFont(font)
            caption = QLabel(label)
            caption.setObjectName("muted")
            self.fields.addRow(caption, text)

    @staticmethod
    def field_rows(v: Verification | None) -> list[tuple[str, str]]:
        """The decoded fields (label, value) shown, in the order of the printed certificate."""
        if v is None or v.claims is None:
            return []
        rows = claim_rows(v.claims)
        if v.key is not None:
            rows.append((translate("VerifyWindow", "Signing key"),
                         f"{v.key.fingerprint} ({v.key.site})"))
        for k, x in v.extra_claims.items():
            rows.append((translate("VerifyWindow", "Other claim {key}").format(key=k), repr(x)))
        return rows

    # --- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.verify_file(Path(urls[0].toLocalFile()))

    def done(self, result: int) -> None:
        super().done(result)
        self.worker.shutdown()


def open_verify_window(ops: Ops | None, parent: QWidget | None) -> VerifyWindow:
    window = VerifyWindow(ops, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def install_verify_action(window: QWidget, ops: Ops | None) -> QAction:
    """"Verify certificate…" (Ctrl+Shift+V) on ``window``, e.g. the main window."""
    action = QAction(icon("shield"), translate("VerifyWindow", "Verify certificate…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+V"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_verify_window(ops, window))
    window.addAction(action)
    return action


__all__ = ["VerifyWindow", "install_verify_action", "open_verify_window"]
