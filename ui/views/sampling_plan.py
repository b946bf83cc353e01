"""The "Sampling and tests" page of an item's requirements: sampling plan, return threshold,
periodic-test schedule and programme references, with what the plan means for an example lot.

The example is computed by :func:`milrep.rules.sampling.plan` (the same tables inspections use),
so the officer sees "Lot of 10 → code letter B, sample 3, Ac 0 Re 1" before saving anything.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from milrep.errors import UserError, ValidationError
from milrep.models.requirements import SamplingMode
from milrep.rules import sampling
from milrep.services.requirements import (MAX_PERIODIC_MONTHS, ItemRequirementsView,
                                          RequirementsForm)
from ui.i18n import translate
from ui.widgets.forms import FieldErrors, set_read_only

EXAMPLE_LOT = 10


def mode_label(mode: SamplingMode) -> str:
    return {
        SamplingMode.ALL: translate("SamplingPlanPage", "100 % inspection (every unit)"),
        SamplingMode.FIXED: translate("SamplingPlanPage", "Fixed sample size"),
        SamplingMode.ISO2859: translate("SamplingPlanPage", "ISO 2859-1 single sampling"),
    }[mode]


def level_label(level: sampling.InspectionLevel) -> str:
    if level.value.startswith("S-"):
        return translate("SamplingPlanPage", "Special {level}").format(level=level.value)
    return translate("SamplingPlanPage", "General {level}").format(level=level.value)


def describe_plan(lot_size: int, level: str, aql: str) -> str:
    """One line: what ISO 2859-1 (normal inspection) gives for a lot of ``lot_size``."""
    p = sampling.plan(lot_size, level, aql)
    if p.inspect_all:
        text = translate("SamplingPlanPage", "Lot of {lot} → code letter {letter}: inspect all "
                         "{n}, Ac {ac} Re {re}")
    else:
        text = translate("SamplingPlanPage", "Lot of {lot} → code letter {letter}, sample {n}, "
                         "Ac {ac} Re {re}")
    line = text.format(lot=lot_size, letter=p.code_letter, n=p.sample_size, ac=p.ac, re=p.re)
    if p.table_letter and p.table_letter != p.code_letter:
        line += " " + translate("SamplingPlanPage", "(Table I gives {table}; the table's arrow "
                                "leads to {letter})").format(table=p.table_letter,
                                                              letter=p.code_letter)
    return line


class SamplingPlanPage(QWidget):
    save_requested = Signal(object)
    """sig: Save was pressed; the argument is the RequirementsForm built from the fields."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.loaded: RequirementsForm | None = None
        self.errors = FieldErrors(QLabel())
        self.mode = QComboBox()
        for m in SamplingMode:
            self.mode.addItem(mode_label(m), m.value)
        self.fixed = QSpinBox()
        self.fixed.setRange(1, 1_000_000)
        self.level = QComboBox()
        for lv in (sampling.InspectionLevel.I, sampling.InspectionLevel.II,
                   sampling.InspectionLevel.III, sampling.InspectionLevel.S1,
                   sampling.InspectionLevel.S2, sampling.InspectionLevel.S3,
                   sampling.InspectionLevel.S4):
            self.level.addItem(level_label(lv), lv.value)
        self.aql_major, self.aql_minor = QComboBox(), QComboBox()
        for combo in (self.aql_major, self.aql_minor):
            for value in sampling.AQL_VALUES:
                combo.addItem(str(value), str(value))
        self.example = QSpinBox()
        self.example.setRange(2, 10_000_000)
        self.example.setValue(EXAMPLE_LOT)
        self.example.setGroupSeparatorShown(True)
        self.preview = QLabel()
        self.preview.setObjectName("planPreview")
        self.preview.setWordWrap(True)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 99)
        self.months = QSpinBox()
        self.months.setRange(0, MAX_PERIODIC_MONTHS)
        self.lots = QSpinBox()
        self.lots.setRange(0, 100_000)
        self.periodic_ref, self.acceptance_ref = QLineEdit(), QLineEdit()

        plan_box = QGroupBox()
        self.plan_box = plan_box
        plan_form = QFormLayout(plan_box)
        self.plan_labels = [QLabel() for _ in range(5)]
        for field, label, w in (("sampling_mode", self.plan_labels[0], self.mode),
                                ("fixed_sample_size", self.plan_labels[1], self.fixed),
                                ("inspection_level", self.plan_labels[2], self.level),
                                ("aql_major", self.plan_labels[3], self.aql_major),
                                ("aql_minor", self.plan_labels[4], self.aql_minor)):
            self.errors.add_row(plan_form, field, label, w)
        example_row = QHBoxLayout()
        self.example_label = QLabel()
        example_row.addWidget(self.example_label)
        example_row.addWidget(self.example)
        example_row.addStretch(1)
        plan_form.addRow(example_row)
        plan_form.addRow(self.preview)

        tests_box = QGroupBox()
        self.tests_box = tests_box
        tests_form = QFormLayout(tests_box)
        self.test_labels = [QLabel() for _ in range(5)]
        for field, label, w in (("return_threshold", self.test_labels[0], self.threshold),
                                ("periodic_interval_months", self.test_labels[1], self.months),
                                ("periodic_every_lots", self.test_labels[2], self.lots),
                                ("periodic_programme_ref", self.test_labels[3], self.periodic_ref),
                                ("acceptance_programme_ref", self.test_labels[4],
                                 self.acceptance_ref)):
            self.errors.add_row(tests_form, field, label, w)

        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.form()))
        self.state = QLabel()
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addWidget(plan_box)
        lay.addWidget(tests_box)
        lay.addStretch(1)
        lay.addLayout(bottom)
        for w in (self.mode, self.level, self.aql_major, self.aql_minor):
            w.currentIndexChanged.connect(self._update_preview)
        for s in (self.fixed, self.example):
            s.valueChanged.connect(self._update_preview)
        self.retranslate()
        set_read_only(self.mode, self.fixed, self.level, self.aql_major, self.aql_minor,
                      self.threshold, self.months, self.lots, self.periodic_ref,
                      self.acceptance_ref, read_only=not editable)
        self.save_button.setVisible(editable)
        self._update_preview()

    def retranslate(self) -> None:
        self.plan_box.setTitle(translate("SamplingPlanPage", "Sampling plan"))
        self.tests_box.setTitle(translate("SamplingPlanPage", "Returns and periodic tests"))
        for label, text in zip(self.plan_labels, (
                translate("SamplingPlanPage", "Sampling"),
                translate("SamplingPlanPage", "Sample size"),
                translate("SamplingPlanPage", "Inspection level"),
                translate("SamplingPlanPage", "AQL, major defects"),
                translate("SamplingPlanPage", "AQL, minor defects")), strict=True):
            label.setText(text)
        for label, text in zip(self.test_labels, (
                translate("SamplingPlanPage", "Suspension proposed after"),
                translate("SamplingPlanPage", "Periodic test every"),
                translate("SamplingPlanPage", "…or every"),
                translate("SamplingPlanPage", "Periodic-test programme"),
                translate("SamplingPlanPage", "Acceptance-test programme")), strict=True):
            label.setText(text)
        self.example_label.setText(translate("SamplingPlanPage", "What it means for a lot of"))
        self.threshold.setSuffix(translate("SamplingPlanPage", " returns in a row"))
        self.months.setSuffix(translate("SamplingPlanPage", " months"))
        self.months.setSpecialValueText(translate("SamplingPlanPage", "no interval"))
        self.lots.setSuffix(translate("SamplingPlanPage", " accepted lots"))
        self.lots.setSpecialValueText(translate("SamplingPlanPage", "not by lots"))
        self.fixed.setSuffix(translate("SamplingPlanPage", " units"))
        self.example.setSuffix(translate("SamplingPlanPage", " units"))
        self.periodic_ref.setPlaceholderText(translate("SamplingPlanPage",
                                                       "e.g. PI programme 6574-012 PM"))
        self.save_button.setText(translate("SamplingPlanPage", "Save sampling and tests"))
        self._update_preview()

    # --- fields ------------------------------------------------------------------------------

    def set_requirements(self, r: ItemRequirementsView) -> None:
        self.mode.setCurrentIndex(max(0, self.mode.findData(r.sampling_mode.value)))
        self.fixed.setValue(r.fixed_sample_size or 1)
        self.level.setCurrentIndex(max(0, self.level.findData(r.inspection_level)))
        self.aql_major.setCurrentIndex(max(0, self.aql_major.findData(r.aql_major)))
        self.aql_minor.setCurrentIndex(max(0, self.aql_minor.findData(r.aql_minor)))
        self.threshold.setValue(r.return_threshold)
        self.months.setValue(r.periodic_interval_months or 0)
        self.lots.setValue(r.periodic_every_lots or 0)
        self.periodic_ref.setText(r.periodic_programme_ref)
        self.acceptance_ref.setText(r.acceptance_programme_ref)
        self.loaded = self.form()
        self.state.setText("" if r.configured else translate(
            "SamplingPlanPage", "Not set yet: until it is saved, inspections check every unit, "
            "a suspension is proposed after 2 returns in a row, and no periodic test is due."))
        self._update_preview()

    def form(self) -> RequirementsForm:
        mode = SamplingMode(self.mode.currentData())
        return RequirementsForm(
            sampling_mode=mode,
            fixed_sample_size=self.fixed.value() if mode == SamplingMode.FIXED else None,
            inspection_level=str(self.level.currentData()),
            aql_major=str(self.aql_major.currentData()),
            aql_minor=str(self.aql_minor.currentData()),
            return_threshold=self.threshold.value(),
            periodic_interval_months=self.months.value() or None,
            periodic_every_lots=self.lots.value() or None,
            periodic_programme_ref=self.periodic_ref.text(),
            acceptance_programme_ref=self.acceptance_ref.text())

    def dirty(self) -> bool:
        if not self.editable or self.loaded is None:
            return False
        now, then = self.form(), self.loaded
        if now.sampling_mode != SamplingMode.FIXED:
            now, then = replace(now, fixed_sample_size=None), replace(then,
                                                                      fixed_sample_size=None)
        return now != then

    def show_error(self, error: ValidationError) -> None:
        self.errors.show(error)

    # --- what the plan means -------------------------------------------------------------------

    def _update_preview(self) -> None:
        mode = SamplingMode(self.mode.currentData())
        iso = mode == SamplingMode.ISO2859
        for w, label in ((self.fixed, self.plan_labels[1]), (self.level, self.plan_labels[2]),
                         (self.aql_major, self.plan_labels[3]),
                         (self.aql_minor, self.plan_labels[4])):
            on = (mode == SamplingMode.FIXED) if w is self.fixed else iso
            w.setVisible(on)
            label.setVisible(on)
        lot = self.example.value()
        if mode == SamplingMode.ALL:
            text = translate("SamplingPlanPage", "Lot of {lot} → every unit is inspected; any "
                             "nonconforming unit is a defect of the lot.").format(lot=lot)
        elif mode == SamplingMode.FIXED:
            n = min(self.fixed.value(), lot)
            text = translate("SamplingPlanPage", "Lot of {lot} → sample {n} units.").format(
                lot=lot, n=n)
        else:
            try:
                major = describe_plan(lot, str(self.level.currentData()),
                                      str(self.aql_major.currentData()))
                minor = describe_plan(lot, str(self.level.currentData()),
                                      str(self.aql_minor.currentData()))
            except UserError as e:
                text = str(e)
            else:
                text = "\n".join((
                    translate("SamplingPlanPage", "Major (AQL {aql}): {plan}").format(
                        aql=self.aql_major.currentData(), plan=major),
                    translate("SamplingPlanPage", "Minor (AQL {aql}): {plan}").format(
                        aql=self.aql_minor.currentData(), plan=minor),
                    translate("SamplingPlanPage", "Critical: any one defect rejects the lot "
                              "(Ac 0). Normal inspection shown; the switching rules tighten or "
                              "reduce it from the inspection history.")))
        self.preview.setText(text)
