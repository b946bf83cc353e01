"""The measuring instruments register (Article 27.4.7): calibration status at a glance.

Overdue calibrations show red, those due within 30 days amber; a measurement with an instrument
out of calibration is refused by the core (:func:`milrep.services.instruments.ensure_calibrated`).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from milrep.services.auth import Permission, can
from milrep.services.lists import INSTRUMENTS
from ui.i18n import translate
from ui.ops import Ops
from ui.views.list_screen import ListScreen


def calibration_label(value: str) -> str:
    return {
        "calibration_overdue": translate("InstrumentsView", "Overdue"),
        "calibration_due_soon": translate("InstrumentsView", "Due soon"),
        "calibration_valid": translate("InstrumentsView", "Valid"),
        "instrument_retired": translate("InstrumentsView", "Retired"),
    }.get(value, value)


class InstrumentsView(ListScreen):
    area = "instruments"
    icon_name = "key"
    spec = INSTRUMENTS
    tables = frozenset({"measuring_instruments"})
    widths = {"calibration": 100, "name": 240, "serial": 110, "measuring_range": 150,
              "calibrated_on": 96, "calibration_due": 96, "days_left": 80, "location": 160}
    stretch = "name"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"calibration": calibration_label},
                         badges={"calibration"}, parent=parent)
        self.model.set_scope({"active": True})

    @classmethod
    def title(cls) -> str:
        return translate("InstrumentsView", "Instruments")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.EDIT_INSTRUMENTS)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.show_retired = QCheckBox()
        self.show_retired.toggled.connect(self._retired_toggled)
        bar.addWidget(self.show_retired)

    def _retired_toggled(self, on: bool) -> None:
        self.model.set_scope({} if on else {"active": True})

    def _retranslate_list(self) -> None:
        self.show_retired.setText(translate("InstrumentsView", "Show retired"))
        super()._retranslate_list()

    def _count_changed(self, total: int) -> None:
        super()._count_changed(total)
        if not self.model.query.text and self.model.loaded:  # "in use", not "found"
            self.count_label.setText(translate("InstrumentsView", "{n} in the register").format(
                n=total) if self.show_retired.isChecked() else
                translate("InstrumentsView", "{n} in use").format(n=total))

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if self.model.query.text:
            return (translate("InstrumentsView", "No instrument matches"),
                    translate("InstrumentsView", "Try part of the name, serial number or "
                              "location."), "")
        return (translate("InstrumentsView", "No measuring instruments yet"),
                translate("InstrumentsView", "Register the instruments measurements are taken "
                          "with and their calibration: a measurement with an instrument out of "
                          "calibration is refused."),
                translate("InstrumentsView", "Register an instrument"))

    def new_record(self) -> None:
        if self.can_edit():
            from ui.views.instrument_editor import InstrumentEditor  # noqa: PLC0415

            InstrumentEditor(self.ops, None, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        from ui.views.instrument_editor import InstrumentEditor  # noqa: PLC0415

        InstrumentEditor(self.ops, record_id, self).open()
