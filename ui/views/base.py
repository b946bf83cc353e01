"""What every area of the main window offers: a title, an icon, refresh, search, new record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from milrep.db.store import Changes
from ui.ops import Ops


class Screen(QWidget):
    """One area of the main window. Subclasses set texts in :meth:`retranslate`."""

    area = ""
    icon_name = ""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops

    def title(self) -> str:
        raise NotImplementedError

    @classmethod
    def area_title(cls) -> str:
        """The area's name in the sidebar before its screen is made (the main window makes a
        screen when it is first shown): the title, when the title needs no screen."""
        return cls.title()  # type: ignore[call-arg]  # a classmethod in every area but one

    def retranslate(self) -> None:
        """Set every visible text again (called on a language change)."""

    def on_changes(self, changes: Changes) -> None:
        """A mutation committed somewhere: refresh what depends on ``changes.tables``."""

    def refresh(self) -> None:
        """F5: read again from the database."""

    def focus_search(self) -> None:
        """Ctrl+F."""

    def new_record(self) -> None:
        """Ctrl+N."""

    def activated(self) -> None:
        """The user switched to this area."""

    def take_focus(self) -> None:
        """Put the keyboard focus on this area (its list, else its first field or button)."""
        table = getattr(self, "table", None)
        if isinstance(table, QWidget) and table.isVisible():
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for w in self.findChildren(QWidget):
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def save_state(self, settings: QSettings) -> None:
        """Remember what the user arranged (column widths) when the window closes."""

    def restore_state(self, settings: QSettings) -> None:
        """Put back what :meth:`save_state` remembered."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    return label
