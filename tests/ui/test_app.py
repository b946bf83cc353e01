"""Start-up without a display, and the live language switch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import ui.i18n as ui_i18n
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain, make_ops
from ui.i18n import LanguageManager
from ui.ops import Worker
from ui.views.contracts import ContractsView

REPO = Path(__file__).resolve().parents[2]


def test_no_display_gives_a_clear_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-c", "import sys, ui.app; sys.exit(ui.app.main("
                           f"__import__('pathlib').Path({str(tmp_path / 'x.milrep')!r})))"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "no graphical display" in proc.stderr
    assert "QT_QPA_PLATFORM=offscreen" in proc.stderr and "milrep --help" in proc.stderr
    assert "Traceback" not in proc.stderr


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ru_RU">
<context><name>ContractsView</name>
<message><source>Contracts</source><translation>Договоры</translation></message>
</context>
<context><name>Wizard</name>
<message><source>The office</source><translation>Представительство</translation></message>
<message><source>Office code</source><translation>Код представительства</translation></message>
<message><source>Recovery code</source><translation>Код восстановления</translation></message>
</context></TS>
"""


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ts = tmp_path / "milrep_ru.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "milrep_ru.qm")],
                   check=True, capture_output=True, timeout=60)
    monkeypatch.setattr(ui_i18n, "TRANSLATIONS_DIR", tmp_path)
    return tmp_path


def test_language_switch_retranslates_without_losing_work(
        qtbot, worker: Worker, records: OfficeFixture, languages: LanguageManager,
        russian: Path) -> None:
    view = ContractsView(make_ops(worker, records, records.chief))
    qtbot.addWidget(view)
    view.show()
    drain(qtbot, worker)
    view.search.setText("half-typed search")
    assert view.heading.text() == "Contracts"
    assert languages.apply("ru")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: view.heading.text() == "Договоры", timeout=2000)
    assert view.search.text() == "half-typed search"
    assert languages.settings.value(ui_i18n.SETTINGS_KEY) == "ru"
    languages.apply("en")
    qtbot.waitUntil(lambda: view.heading.text() == "Contracts", timeout=2000)


def test_show_main_window_returns_a_shown_window_without_the_event_loop(
        qtbot, records: OfficeFixture) -> None:
    from ui.app import show_main_window
    from ui.views.main_window import MainWindow

    window = show_main_window(records.db, records.chief)
    assert isinstance(window, MainWindow) and window.isVisible()
    worker = window.ops.worker
    assert list(window.screens) == ["dashboard"]  # the other areas are made when first shown
    contracts = window.contracts
    drain(qtbot, worker)
    assert contracts.model.loaded and contracts.model.rowCount() == 1
    assert window.ops.actor == records.chief
    window.close()


def test_wizard_retranslates_while_open(qtbot, worker: Worker, tmp_path: Path,
                                        languages: LanguageManager, russian: Path) -> None:
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from ui.views.wizard import FirstRunWizard

    wizard = FirstRunWizard(worker, tmp_path / "office.milrep", kdf=FAST_KDF_FOR_TESTS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_code.setText("17")
    assert wizard.office_page.title() == "The office"
    assert languages.apply("ru")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: wizard.office_page.title() == "Представительство", timeout=2000)
    assert wizard.office_labels[0].text() == "Код представительства"
    assert wizard.recovery_page.title() == "Код восстановления"
    assert wizard.office_code.text() == "17"
    languages.apply("en")
    qtbot.waitUntil(lambda: wizard.office_page.title() == "The office", timeout=2000)


def test_the_sidebar_table_matches_every_screen_class(qapp) -> None:
    """The main window lists its areas from AREAS before importing them: each entry must name
    its screen class's area, icon and title, or the sidebar would say one thing and open
    another."""
    from ui.views.main_window import AREAS

    assert len({a.area for a in AREAS}) == len(AREAS) == 19
    for a in AREAS:
        cls = a.screen_class()
        assert (cls.area, cls.icon_name, cls.area_title()) == (a.area, a.icon, a.title()), a
