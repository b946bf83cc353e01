"""The exchange area (sync centre): where this workstation stands with every other site of the
office keyring, export of the next bundle to a medium and import of bundles from one, and the
keyring with fingerprints a person compares aloud or on paper (DESIGN.md §6, issue 5).

Export and import run on the database worker with a progress dialog and Cancel; the result of
each file is written in the "Last exchange" panel (refusals with their message)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.errors import UserError
from milrep.services.auth import Permission, can
from ui.i18n import translate
from ui.icons import icon
from ui.models.sync import (ExportOutcome, FileOutcome, KeysModel, KeyRow, Overview,
                            PeersModel, describe_import, export_job, import_changes,
                            import_job, load_overview)
from ui.ops import Ops, Progress, run_foreground
from ui.views.base import Screen, heading



def _table(model: PeersModel | KeysModel) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setShowGrid(False)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.horizontalHeader().setHighlightSections(False)
    return t


class SyncCentreView(Screen):
    area = "sync"
    icon_name = "refresh"

    open_conflicts = Signal()
    """sig: the person asked to see the conflicts (the main window switches area)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.overview: Overview | None = None
        self.progress: Progress | None = None
        self.busy = False
        self.last_export: ExportOutcome | None = None
        self.last_import: list[FileOutcome] = []
        self.heading = heading()
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(icon("save", "#ffffff"), "")
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.ask_export)
        self.import_button = QPushButton(icon("inbox"), "")
        self.import_button.clicked.connect(self.ask_import)
        self.conflicts_button = QPushButton(icon("checklist"), "")
        self.conflicts_button.clicked.connect(self.open_conflicts.emit)
        self.refresh_button = QPushButton(icon("refresh"), "")
        self.refresh_button.clicked.connect(self.refresh)

        self.peers = PeersModel(self)
        self.peers_table = _table(self.peers)
        self.table = self.peers_table
        self.peers_box = QGroupBox()
        QVBoxLayout(self.peers_box).addWidget(self.peers_table)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setMaximumHeight(110)
        self.result_box = QGroupBox()
        QVBoxLayout(self.result_box).addWidget(self.result)
        self.keys = KeysModel(self)
        self.keys_table = _table(self.keys)
        self.root_label = QLabel()
        self.root_label.setWordWrap(True)
        self.root_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_box = QGroupBox()
        kl = QVBoxLayout(self.keys_box)
        kl.addWidget(self.root_label)
        kl.addWidget(self.keys_table)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.export_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.conflicts_button)
        bar.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(10)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addLayout(bar)
        lay.addWidget(self.peers_box, 3)
        lay.addWidget(self.result_box, 0)
        lay.addWidget(self.keys_box, 2)
        self.retranslate()
        self.refresh()

    # --- Screen ------------------------------------------------------------------------------

    @classmethod
    def title(cls) -> str:
        return translate("SyncCentre", "Exchange")

    def retranslate(self) -> None:
        self.heading.setText(translate("SyncCentre", "Exchange with other sites"))
        self.export_button.setText(translate("SyncCentre", "Export bundle…"))
        self.export_button.setToolTip(translate(
            "SyncCentre", "Write the changes the other sites lack to a folder, e.g. a USB stick"))
        self.import_button.setText(translate("SyncCentre", "Import bundles…"))
        self.import_button.setToolTip(translate("SyncCentre",
                                                "Read bundles brought from other sites"))
        self.refresh_button.setText(translate("SyncCentre", "Refresh"))
        self.peers_box.setTitle(translate("SyncCentre", "Other sites"))
        self.result_box.setTitle(translate("SyncCentre", "Last exchange"))
        self.result.setPlaceholderText(translate(
            "SyncCentre", "What the last export or import did is shown here."))
        self.keys_box.setTitle(translate("SyncCentre", "Office keyring"))
        self.peers.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        self.keys.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show(self.overview)

    def on_changes(self, changes: Changes) -> None:
        self.refresh()  # any change alters what is to send

    def refresh(self) -> None:
        site = self.ops.workspace.db.site_id

        def done(ov: Overview | None, error: BaseException | None) -> None:
            if ov is not None:
                self._show(ov)

        self.ops.background(lambda s: load_overview(s, site), done)

    def _show(self, ov: Overview | None) -> None:
        self.overview = ov
        may = can(self.ops.actor, Permission.SYNC)
        ready = ov is not None and ov.keyring_version is not None
        has_recipients = ov is not None and bool(ov.recipients)
        self.export_button.setEnabled(may and ready and not self.busy and has_recipients)
        self.import_button.setEnabled(may and ready and not self.busy)
        if ov is None:
            return
        st = ov.status
        if ov.keyring_version is None:
            self.summary.setText(translate(
                "SyncCentre", "This workstation ({site}) has no office keyring yet, so it can "
                "neither write nor read bundles. Install the keyring the head of office gives you "
                "(milrep sync keyring install).").format(site=ov.own_code))
        else:
            self.summary.setText(translate(
                "SyncCentre", "This workstation: {site} · keyring version {v} · bundles written: "
                "{n} · open conflicts: {c}, of them for the head of office: {b}").format(
                site=ov.own_code, v=ov.keyring_version, n=st.last_bundle_out,
                c=ov.open_conflicts, b=ov.business_conflicts))
        n = ov.open_conflicts
        self.conflicts_button.setText(translate("SyncCentre", "Conflicts ({n})").format(n=n) if n
                                      else translate("SyncCentre", "Conflicts"))
        self.peers.load(ov)
        self.keys.load(ov)
        self.root_label.setText(translate(
            "SyncCentre", "Root key fingerprint: {f}. Compare it with the one the head of "
            "office read out or wrote down; every site must show the same.").format(
                f=ov.root_fingerprint) if ov.root_fingerprint
            else translate("SyncCentre", "No keyring installed."))
        for table in (self.peers_table, self.keys_table):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
        self.keys_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)

    # --- export ------------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.overview is None:
            return
        dialog = ExportDialog(self.overview.recipients, self)
        dialog.accepted.connect(lambda: self.export_to(dialog.folder(), dialog.chosen()))
        dialog.open()

    def export_to(self, folder: Path, recipients: list[uuid.UUID]) -> None:
        actor = self.ops.actor
        self._start(translate("SyncCentre", "Writing the bundle to {folder}… Do not remove "
                              "the medium.").format(folder=folder))

        progress = self.progress
        assert progress is not None
        db = self.ops.workspace.db
        run_foreground(self.ops.worker,
                       lambda: export_job(db, actor, progress, out_dir=folder,
                                          recipients=recipients),
                       parent=self, progress=progress,
                       success=self._exported, failure=self._failed,
                       title=translate("SyncCentre", "Exporting a bundle"))

    def _exported(self, outcome: ExportOutcome) -> None:
        self._stop()
        self.last_export = outcome
        r = outcome.result
        if r is None:
            self._say(translate("SyncCentre", "Export cancelled: no bundle was written and its "
                                "number was not used."))
            return
        codes = ", ".join(self._code(s) for s in r.recipients)
        self._say(translate(
            "SyncCentre", "Bundle {seq} for {sites} written to {path} ({n} changes, {size} "
            "bytes) and checked by reading it back from the medium. The medium can now be removed "
            "safely.").format(seq=r.seq, sites=codes, path=r.path, n=r.changes,
                              size=f"{r.size:,}".replace(",", " ")))
        self.ops.changes_applied.emit(r.db_changes)

    # --- import ------------------------------------------------------------------------------

    def ask_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("SyncCentre", "Bundles to import"), "",
            translate("SyncCentre", "milrep bundles (*.mrb);;All files (*)"))
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        actor = self.ops.actor
        self._start(translate("SyncCentre", "Importing {n} files…").format(n=len(paths)))
        progress = self.progress
        assert progress is not None
        db = self.ops.workspace.db
        run_foreground(self.ops.worker,
                       lambda: import_job(db, actor, progress, paths=paths), parent=self,
                       progress=progress, success=self._imported, failure=self._failed,
                       title=translate("SyncCentre", "Importing bundles"))

    def _imported(self, outcomes: list[FileOutcome]) -> None:
        self._stop()
        self.last_import = outcomes
        self._say("\n".join(describe_import(o, self.overview) for o in outcomes))
        changes = import_changes(outcomes)
        if changes.tables:
            self.ops.changes_applied.emit(changes)

    # --- helpers -----------------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self.busy = True
        self.progress = Progress()
        self.progress.label = text
        self._show(self.overview)

    def _stop(self) -> None:
        self.busy = False
        self._show(self.overview)
        self.refresh()

    def _failed(self, error: BaseException) -> bool:
        self._stop()
        if isinstance(error, UserError):  # a refusal: said in the panel, under the buttons
            self._say(str(error))
            return True
        return False  # a bug: the one error handler shows it with details

    def _say(self, text: str) -> None:
        self.result.setPlainText(text)

    def _code(self, site: uuid.UUID) -> str:
        if self.overview is not None:
            for k in self.overview.keys:
                if k.site_id == site:
                    return k.code
        return site.hex[:8]


class ExportDialog(QDialog):
    """Choose who the bundle is for and the folder (the medium) it goes to."""

    def __init__(self, recipients: tuple[KeyRow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SyncCentre", "Export bundle"))
        self.sites = QListWidget()
        for k in recipients:
            item = QListWidgetItem(f"{k.code} — {k.name}" if k.name else k.code)
            item.setData(Qt.ItemDataRole.UserRole, k.site_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sites.addItem(item)
        self.sites.setMaximumHeight(120)
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("SyncCentre", "e.g. the USB stick"))
        browse = QPushButton(icon("folder"), translate("SyncCentre", "Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        note = QLabel(translate(
            "SyncCentre", "The bundle is encrypted for the chosen sites only. It is written, "
            "then read back and checked: remove the medium only when milrep says it is safe."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(translate("SyncCentre", "For"), self.sites)
        form.addRow(translate("SyncCentre", "Folder"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SyncCentre", "Write bundle"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.buttons)
        self.resize(520, 300)
        self.sites.itemChanged.connect(lambda _i: self._update())
        self.path.textChanged.connect(lambda _t: self._update())
        self._update()

    def chosen(self) -> list[uuid.UUID]:
        return [self.sites.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.sites.count())
                if self.sites.item(i).checkState() == Qt.CheckState.Checked]

    def folder(self) -> Path:
        return Path(self.path.text().strip())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("SyncCentre", "Folder for the bundle"), self.path.text())
        if folder:
            self.path.setText(folder)

    def _update(self) -> None:
        ok = bool(self.chosen()) and bool(self.path.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        if self.chosen() and self.path.text().strip():
            self.accept()
