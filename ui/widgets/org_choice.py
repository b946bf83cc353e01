"""A choice of organization with a "New…" button beside it (the editor is opened by the owner)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from milrep.models.organizations import OrgKind
from milrep.services.organizations import OrganizationInfo
from ui.i18n import translate
from ui.widgets.forms import set_read_only


class OrganizationChoice(QWidget):
    new_requested = Signal()
    """sig: the user wants to add an organization of :attr:`kind` and have it chosen here."""

    def __init__(self, kind: OrgKind, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.optional = kind, optional
        self.combo = QComboBox()
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested.emit)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.new_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(translate("OrganizationChoice", "New…"))
        self.new_button.setToolTip(translate("OrganizationChoice",
                                             "Add an organization and choose it here"))
        if self.combo.count():
            self.combo.setItemText(0, "—" if self.optional
                                   else translate("OrganizationChoice", "Choose…"))

    def set_choices(self, orgs: list[OrganizationInfo], select: uuid.UUID | None = None) -> None:
        keep = str(select) if select is not None else self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("—" if self.optional else translate("OrganizationChoice", "Choose…"),
                           None)
        for o in orgs:
            self.combo.addItem(f"{o.name} ({o.bin})" if o.bin else o.name, str(o.id))
        self.combo.setCurrentIndex(max(0, self.combo.findData(keep)))
        self.combo.blockSignals(False)

    def set_value(self, value: uuid.UUID | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(str(value) if value else None)))

    def value(self) -> uuid.UUID | None:
        """Ids are held as text (a QVariant compares text reliably, Python objects not)."""
        data = self.combo.currentData()
        return uuid.UUID(data) if data else None

    def set_editable(self, on: bool) -> None:
        set_read_only(self.combo, read_only=not on)
        self.new_button.setVisible(on)
