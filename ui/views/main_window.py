"""The main window: sidebar of areas, the current area, a status bar that says who and where."""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QByteArray, QEvent, QObject, QSettings, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QStackedWidget, QWidget)

from milrep.db.store import Changes
from milrep.services.auth import Permission, can, role_label
from ui.i18n import LanguageManager, translate
from ui.icons import icon
from ui.models.paged import PagedListModel
from ui.ops import Ops
from ui.views.base import Screen
from ui.views.verify_window import install_verify_action
from ui.widgets.sidebar import Sidebar


@dataclass(frozen=True)
class Area:
    """An area of the sidebar, known before its screen is made (tests/ui/test_main_window.py
    checks each against its screen class)."""

    area: str
    icon: str
    context: str  # the title's translation context and text, as the screen class writes it
    text: str
    module: str
    class_name: str

    def title(self) -> str:
        return translate(self.context, self.text)

    def screen_class(self) -> type[Screen]:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        assert issubclass(cls, Screen)
        return cls


def _area(area: str, icon_name: str, context: str, text: str, module: str, name: str) -> Area:
    return Area(area, icon_name, context, text, f"ui.views.{module}", name)


# the sidebar, in order (Ctrl+1 … Ctrl+9 reach the first nine)
AREAS: tuple[Area, ...] = (
    _area("dashboard", "dashboard", "DashboardView",
          QT_TRANSLATE_NOOP("DashboardView", "Dashboard"), "dashboard", "DashboardView"),
    _area("contracts", "contracts", "ContractsView",
          QT_TRANSLATE_NOOP("ContractsView", "Contracts"), "contracts", "ContractsView"),
    _area("control_list", "checklist", "ControlListView",
          QT_TRANSLATE_NOOP("ControlListView", "Control list"), "control_list", "ControlListView"),
    _area("acceptance", "inbox", "AcceptanceView",
          QT_TRANSLATE_NOOP("AcceptanceView", "Acceptance"), "acceptance", "AcceptanceView"),
    _area("certificates", "shield", "CertificatesView",
          QT_TRANSLATE_NOOP("CertificatesView", "Certificates"),
          "certificates", "CertificatesView"),
    _area("organizations", "building", "OrganizationsView",
          QT_TRANSLATE_NOOP("OrganizationsView", "Organizations"),
          "organizations", "OrganizationsView"),
    _area("tests", "play", "TestsView",
          QT_TRANSLATE_NOOP("TestsView", "Tests"), "product_tests", "ProductTestsView"),
    _area("suspensions", "lock", "SuspensionsView",
          QT_TRANSLATE_NOOP("SuspensionsView", "Suspensions"), "suspensions", "SuspensionsView"),
    _area("quality", "shield", "QualityView",
          QT_TRANSLATE_NOOP("QualityView", "Quality"), "quality", "QualityView"),
    _area("office_duties", "folder", "OfficeDutiesView",
          QT_TRANSLATE_NOOP("OfficeDutiesView", "Office duties"),
          "office_duties", "OfficeDutiesView"),  # issue 6: the other duties
    _area("reclamations", "inbox", "ReclamationsView",
          QT_TRANSLATE_NOOP("ReclamationsView", "Reclamations"),
          "reclamations", "ReclamationsView"),
    _area("assets", "box", "AssetsView",
          QT_TRANSLATE_NOOP("AssetsView", "Material assets"),
          "assets", "AssetsView"),  # issue 6: material assets (27.3.5)
    _area("reliability", "bar-chart", "Reliability",
          QT_TRANSLATE_NOOP("Reliability", "Reliability"), "reliability", "ReliabilityView"),
    _area("lots", "box", "LotsView",
          QT_TRANSLATE_NOOP("LotsView", "Lots"), "lots", "LotsView"),
    _area("instruments", "key", "InstrumentsView",
          QT_TRANSLATE_NOOP("InstrumentsView", "Instruments"), "instruments", "InstrumentsView"),
    _area("sync", "refresh", "SyncCentre",
          QT_TRANSLATE_NOOP("SyncCentre", "Exchange"), "sync_centre", "SyncCentreView"),
    _area("conflicts", "checklist", "ConflictsView",
          QT_TRANSLATE_NOOP("ConflictsView", "Conflicts"), "conflicts", "ConflictsView"),
    _area("users", "users", "UsersView",
          QT_TRANSLATE_NOOP("UsersView", "Users"), "users", "UsersView"),
    _area("settings", "settings", "SettingsView",
          QT_TRANSLATE_NOOP("SettingsView", "Settings"), "settings", "SettingsView"),
)


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
        # Each area's screen is made, and its module imported, when it is first shown (the
        # dashboard at once): building all nineteen at start, their widgets styled one by one,
        # and importing them was most of the start. The sidebar lists them all from AREAS.
        self.screens = _Screens(self)
        self._areas = {a.area: a for a in AREAS
                       if a.area != "users" or can(ops.actor, Permission.MANAGE_USERS)}
        for a in self._areas.values():
            self.sidebar.add_area(a.area, a.icon, a.title())
        self.screen("dashboard")
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

    def screen(self, area: str) -> Screen | None:
        """The screen of ``area``, made now if it was not yet (None: no such area here)."""
        made = dict.get(self.screens, area)
        if made is not None or area not in self._areas:
            return made
        cls = self._areas[area].screen_class()
        screen: Screen = (cls(self.ops, self.languages, self.settings)  # type: ignore[call-arg]
                          if area == "settings" else cls(self.ops))
        dict.__setitem__(self.screens, area, screen)
        self.stack.addWidget(screen)
        if area == "dashboard":
            screen.acceptance_block.open_presentation.connect(  # type: ignore[attr-defined]
                self._show_presentation)
            screen.open_record.connect(self.open_record)  # type: ignore[attr-defined]
        elif area == "contracts":
            screen.show_control_list.connect(self._show_control_list)  # type: ignore[attr-defined]
        elif area == "sync":
            screen.open_conflicts.connect(  # type: ignore[attr-defined]
                lambda: self.show_area("conflicts"))
        screen.restore_state(self.settings)
        return screen

    # the areas other parts of the window (and the tests) reach directly
    contracts = property(lambda self: self.screen("contracts"))
    control_list = property(lambda self: self.screen("control_list"))
    organizations = property(lambda self: self.screen("organizations"))
    acceptance = property(lambda self: self.screen("acceptance"))
    certificates = property(lambda self: self.screen("certificates"))
    tests = property(lambda self: self.screen("tests"))
    suspensions = property(lambda self: self.screen("suspensions"))
    quality = property(lambda self: self.screen("quality"))
    reliability = property(lambda self: self.screen("reliability"))
    lots = property(lambda self: self.screen("lots"))
    instruments = property(lambda self: self.screen("instruments"))
    sync_centre = property(lambda self: self.screen("sync"))
    conflicts = property(lambda self: self.screen("conflicts"))

    def show_area(self, area: str) -> None:
        screen = self.screen(area)
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
        screen = self.screens.get(area)
        show = getattr(screen, "show_record", None)
        if show is None:
            return
        model = getattr(screen, "model", None)
        if isinstance(model, PagedListModel) and not model.loaded:
            # a screen made just now: its first page is on the way; the record is shown in it
            model.count_changed.connect(lambda _n: show(record_id),
                                        Qt.ConnectionType.SingleShotConnection)
        else:
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
            made = dict.get(self.screens, area)
            title = made.title() if made is not None else self._areas[area].title()
            self.sidebar.set_text(area, title, translate("MainWindow", "{area} (Ctrl+{n})")
                                  .format(area=title, n=n))
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


class _Screens(dict[str, Screen]):
    """The screens made so far, by area; asking for one not yet made makes it (``screens[x]``,
    ``screens.get(x)``, ``x in screens`` see every area of the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window

    def __missing__(self, area: str) -> Screen:
        screen = self.window.screen(area)
        if screen is None:
            raise KeyError(area)
        return screen

    def get(self, area: str,  # type: ignore[override]
            default: Screen | None = None) -> Screen | None:
        return self.window.screen(area) or default

    def __contains__(self, area: object) -> bool:
        return dict.__contains__(self, area) or area in self.window._areas
