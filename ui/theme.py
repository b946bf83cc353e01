"""One calm, high-contrast look: navy sidebar, white work area, clear primary buttons."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

NAVY = "#1f3a5f"
STYLE = f"""
QMainWindow, QDialog, QWizard {{ background: #f5f7fa; }}
#sidebar {{ background: {NAVY}; }}
#brand {{ color: white; font-size: 20px; font-weight: 700; padding-left: 20px; }}
#brandSub {{ color: #b0bec5; padding-left: 20px; }}
#nav {{ background: transparent; border: none; color: #e3e8ee; font-size: 14px;
        outline: 0; }}
#nav::item {{ padding: 4px 14px; margin: 1px 8px; border-radius: 6px; }}
#nav::item:hover {{ background: rgba(255,255,255,0.08); }}
#nav::item:selected {{ background: rgba(255,255,255,0.18); color: white; }}
#heading {{ font-size: 22px; font-weight: 600; color: #1b2733; }}
#section {{ font-size: 15px; font-weight: 600; color: #1b2733; }}
#muted, #emptyHint, #cardCaption {{ color: #5f6b73; }}
#emptyTitle {{ font-size: 17px; font-weight: 600; color: #37474f; }}
#card {{ background: white; border: 1px solid #dde3ea; border-radius: 10px; }}
#cardValue {{ font-size: 30px; font-weight: 600; color: {NAVY}; }}
#mono {{ font-family: "DejaVu Sans Mono", monospace; }}
#recovery {{ font-family: "DejaVu Sans Mono", monospace; font-size: 20px; font-weight: 600;
             background: white; border: 2px dashed {NAVY}; border-radius: 8px; padding: 16px;
             color: #1b2733; }}
QTableView#list {{ background: white; border: 1px solid #dde3ea; border-radius: 8px;
                   alternate-background-color: #f8fafc; selection-background-color: #dbe7f6;
                   selection-color: #1b2733; gridline-color: #eef1f4; }}
QHeaderView::section {{ background: #eef2f6; color: #37474f; font-weight: 600; border: none;
                        border-bottom: 1px solid #dde3ea; padding: 6px 8px; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #c5ced8; border-radius: 6px;
               background: white; color: #1b2733; }}
QPushButton:hover {{ background: #eef2f6; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f1f3f5; border-color: #dde3ea; }}
QPushButton#primary {{ background: {NAVY}; color: white; border-color: {NAVY}; }}
QPushButton#primary:hover {{ background: #2a4d7a; }}
QPushButton#primary:disabled {{ background: #9fb0c4; border-color: #9fb0c4; }}
QPushButton#chip {{ background: #e3ecfa; border: none; border-radius: 12px; color: #0d47a1;
                    padding: 4px 12px; }}
QPushButton#bigChoice {{ text-align: left; padding: 14px 18px; font-size: 14px; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit {{ padding: 5px 6px; border: 1px solid #c5ced8;
    border-radius: 5px; background: white; }}
QComboBox QAbstractItemView {{ background: white; color: #1b2733; border: 1px solid #c5ced8;
    selection-background-color: #dbe7f6; selection-color: #1b2733; outline: 0; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QPlainTextEdit:focus {{
    border: 1px solid #3d6fb4; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QPlainTextEdit[invalid="true"], QTableWidget[invalid="true"] {{ border: 1px solid #b3261e; }}
*[lockedField="true"] {{ background: #eef1f4; color: #263238; border: 1px solid #dde3ea; }}
QComboBox[lockedField="true"]::drop-down, QDateEdit[lockedField="true"]::drop-down {{
    width: 0px; border: none; }}
QComboBox[lockedField="true"]::down-arrow, QDateEdit[lockedField="true"]::down-arrow {{
    image: none; }}
QLabel#banner {{ background: #fff4e5; color: #663c00; border: 1px solid #ffcc80;
                 border-radius: 6px; padding: 8px 12px; }}
QLabel#link {{ color: #1f5fa8; }}
QTabWidget::pane {{ border: 1px solid #dde3ea; border-radius: 6px; background: white; }}
QStatusBar {{ background: #eef2f6; color: #37474f; }}
QLabel#statusItem {{ padding: 0 12px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
