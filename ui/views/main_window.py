"""The main window: sidebar of areas, the current area, a status bar that says who and where."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QStackedWidget, QWidget)

from milrep.db.store import Changes
from milrep.services.auth import Permission, can, role_label
from ui.i18n import LanguageManager, translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.acceptance import AcceptanceView
from ui.views.assets import AssetsView
from ui.views.base import Screen
from ui.views.conflicts import ConflictsView
from ui.views.certificates import CertificatesView
from ui.views.contracts import ContractsView
from ui.views.control_list import ControlListView
from ui.views.dashboard import DashboardView
from ui.views.instruments import InstrumentsView
from ui.views.lots import LotsView
from ui.views.office_duties import OfficeDutiesView
from ui.views.organizations import OrganizationsView
from ui.views.product_tests import ProductTestsView
from ui.views.reclamations import ReclamationsView
from ui.views.quality import QualityView
from ui.views.reliability import ReliabilityView
from ui.views.settings import SettingsView
from ui.views.suspensions import SuspensionsView
from ui.views.sync_centre import SyncCentreView
from ui.views.users import UsersView
from ui.views.verify_window import install_verify_action
from ui.widgets.sidebar import Sidebar


class MainWindow(QMainWindow):
    lock_requested = Signal()
    """sig: the user locked the workstation (Ctrl+L); the app shows the unlock dialog."""

    def __init__(self, ops: Ops, languages: LanguageManager, settings: QSettings) -> None:
        super().__init__()
        self.ops, self.languages, self.settings = ops, languages, settings
        self.setWindowIcon(icon("shield", "#1f3a5f"))
        self.setMinimumSize(1000, 640)
        self.sidebar = Sidebar()
        self.stack = QStackedWidget()
        self.screens: dict[str, Screen] = {}
        self.contracts = ContractsView(ops)
        self.control_list = ControlListView(ops)
        self.organizations = OrganizationsView(ops)
        self.acceptance = AcceptanceView(ops)
        self.certificates = CertificatesView(ops)
        screens: list[Screen] = [DashboardView(ops), self.contracts, self.control_list,
                                 self.acceptance, self.certificates, self.organizations]
        self.tests = ProductTestsView(ops)
        self.suspensions = SuspensionsView(ops)
        self.quality = QualityView(ops)
        screens += [self.tests, self.suspensions, self.quality]
        screens.append(OfficeDutiesView(ops))  # issue 6: the office's other duties
        screens.append(ReclamationsView(ops))
        screens.append(AssetsView(ops))  # issue 6: material assets (Article 27.3.5)
        self.reliability = ReliabilityView(ops)
        screens.append(self.reliability)
        self.lots = LotsView(ops)
        self.instruments = InstrumentsView(ops)
        screens += [self.lots, self.instruments]
        self.sync_centre, self.conflicts = SyncCentreView(ops), ConflictsView(ops)
        self.sync_centre.open_conflicts.connect(lambda: self.show_area("conflicts"))
        screens += [self.sync_centre, self.conflicts]
        if can(ops.actor, Permission.MANAGE_USERS):
            screens.append(UsersView(ops))
        screens.append(SettingsView(ops, languages, settings))
        for screen in screens:
            self._add(screen)
        self.contracts.show_control_list.connect(self._show_control_list)
        dashboard = self.screens["dashboard"]
        dashboard.acceptance_block.open_presentation.connect(  # type: ignore[attr-defined]
            self._show_presentation)
        self.screens["dashboard"].open_record.connect(self.open_record)  # type: ignore[attr-defined]
        self.sidebar.area_selected.connect(self.show_area)
        ops.changes_applied.connect(self._changes_applied)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.sidebar)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_shortcuts()
        self.verify_action = install_verify_action(self, ops)
        self.retranslate()
        self.sidebar.select("dashboard")
        self._restore()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        # Focus left a dialog of this window that is now closed: the keyboard goes back to the
        # current area, so the window's shortcuts (Ctrl+N, Ctrl+L, F5…) work at once.
        dialog = old.window() if old is not None else None
        if isinstance(dialog, QDialog) and self._owns(dialog):
            QTimer.singleShot(0, self.focus_current)

    def _owns(self, widget: QObject) -> bool:
        parent = widget.parent()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parent()
        return False

    def focus_current(self) -> None:
        if (QApplication.activeModalWidget() is not None or QApplication.activePopupWidget()
                is not None or not self.isVisible()):
            return
        self.activateWindow()
        self.current().take_focus()

    # --- areas -------------------------------------------------------------------------------

    def _add(self, screen: Screen) -> None:
        self.screens[screen.area] = screen
        self.stack.addWidget(screen)
        self.sidebar.add_area(screen.area, screen.icon_name, screen.title())

    def show_area(self, area: str) -> None:
        screen = self.screens.get(area)
        if screen is None:
            return
        self.sidebar.select(area)
        self.stack.setCurrentWidget(screen)
        screen.activated()

    def current(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _show_control_list(self, contract_id: object, number: str) -> None:
        self.control_list.set_contract((contract_id, number))  # type: ignore[arg-type]
        self.show_area("control_list")

    def open_record(self, area: str, record_id: object) -> None:
        """Show ``area`` with one of its records (an entry of the dashboard was opened)."""
        self.show_area(area)
        show = getattr(self.screens.get(area), "show_record", None)
        if show is not None:
            show(record_id)

    def _show_presentation(self, presentation_id: object) -> None:
        self.show_area("acceptance")
        self.acceptance.show_presentation(presentation_id)  # type: ignore[arg-type]

    def _changes_applied(self, changes: Changes) -> None:
        for screen in self.screens.values():
            screen.on_changes(changes)

    # --- chrome ------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.office_label = QLabel()
        self.site_label = QLabel()
        self.lock_label = QLabel()
        self.lock_label.setPixmap(icon("lock", "#2e7d32").pixmap(16, 16))
        for w in (self.user_label, self.office_label, self.site_label):
            w.setObjectName("statusItem")
            bar.addWidget(w)
        self.encrypted_label = QLabel()
        self.encrypted_label.setObjectName("statusItem")
        bar.addPermanentWidget(self.lock_label)
        bar.addPermanentWidget(self.encrypted_label)

    def _build_shortcuts(self) -> None:
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, activated=lambda n=n: self._nth_area(n))
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.current().new_record())
        QShortcut(QKeySequence.StandardKey.Find, self,
                  activated=lambda: self.current().focus_search())
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=lambda: self.current().refresh())

    def _nth_area(self, n: int) -> None:
        areas = self.sidebar.areas()
        if n <= len(areas):
            self.show_area(areas[n - 1])

    def retranslate(self) -> None:
        ws = self.ops.workspace
        self.setWindowTitle(translate("MainWindow", "milrep — office {code}").format(
            code=ws.office.code))
        for n, area in enumerate(self.sidebar.areas(), start=1):
            self.sidebar.set_text(area, self.screens[area].title(),
                                  translate("MainWindow", "{area} (Ctrl+{n})").format(
                                      area=self.screens[area].title(), n=n))
        self.sidebar.office.setText(translate("MainWindow", "Office {code}").format(
            code=ws.office.code))
        self.user_label.setText(translate("MainWindow", "{name} — {role}").format(
            name=ws.actor.full_name, role=role_label(ws.actor.role)))
        self.office_label.setText(translate("MainWindow", "Office {code}: {name}").format(
            code=ws.office.code, name=ws.office.name))
        self.site_label.setText(translate("MainWindow", "Workstation {code} ({name})").format(
            code=ws.office.site_code, name=ws.office.site_name))
        self.encrypted_label.setText(translate("MainWindow", "Encrypted"))
        tip = translate("MainWindow", "Encrypted (SQLCipher): {path}").format(path=ws.db.path)
        self.lock_label.setToolTip(tip)
        self.encrypted_label.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- window state ------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = self.settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for screen in self.screens.values():
            screen.restore_state(self.settings)
        area = str(self.settings.value("main/area", "dashboard") or "dashboard")
        self.show_area(area)

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/area", self.current().area)
        for screen in self.screens.values():
            screen.save_state(self.settings)

    # --- notices -----------------------------------------------------------------------------

    def tell_failed_attempts(self, failed: object) -> QMessageBox | None:
        """Once after a sign-in: how many wrong passwords were typed for this user before it."""
        count = getattr(failed, "count", 0)
        if not count:
            return None
        last = getattr(failed, "last", None)
        text = translate("MainWindow", "{n} failed sign-in attempts since your last sign-in."
                         ).format(n=count)
        if isinstance(last, dt.datetime):
            text += " " + translate("MainWindow", "The last one: {when}.").format(
                when=last.astimezone().strftime("%d.%m.%Y %H:%M"))
        text += " " + translate("MainWindow", "If it was not you, tell the head of office.")
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Failed sign-ins"),
                          text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
