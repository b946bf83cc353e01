"""The suspensions area (Article 27.4.8–9): what is suspended and since when, the signed
suspension (from a proposal or by hand) and the head of office's resumption decision; "Print…"
gives the suspension notice and, once resumed, the resumption decision."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.quality import SuspensionGround, SuspensionScope
from milrep.services import quality_choices as choices
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from milrep.services.auth import Permission, can
from milrep.services.lists import SUSPENSIONS
from milrep.services.signing import Meaning
from ui import format as fmt
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, enum_combo, sign
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.document_button import DocumentsButton

TABLES = frozenset({"suspensions", "resumptions"})


def state_label(value: str) -> str:
    return (translate("SuspensionsView", "In force") if value == "in_force"
            else translate("SuspensionsView", "Resumed"))


class SuspensionsView(ListScreen):
    area = "suspensions"
    icon_name = "lock"
    spec = SUSPENSIONS
    tables = TABLES | {"control_list_items", "lots"}
    widths = {"number": 190, "ground": 300, "scope": 150, "contract": 120, "item": 220,
              "lot": 100, "effective_at": 110, "state": 100}
    stretch = "ground"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={
            "ground": lambda v: sp.ground_label(SuspensionGround(v)),
            "scope": lambda v: sp.scope_label(SuspensionScope(v)),
            "state": state_label}, badges={"state"}, parent=parent)

    @classmethod
    def title(cls) -> str:
        return translate("SuspensionsView", "Suspensions")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.SUSPEND)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.state_filter = QComboBox()
        self.state_filter.setMinimumWidth(150)
        self.state_filter.currentIndexChanged.connect(self._state_filter_changed)
        bar.addWidget(self.state_filter)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.print_button = DocumentsButton(self.ops)
        bar.addWidget(self.print_button)
        self.resume_button = QPushButton(icon("play"), "")
        self.resume_button.clicked.connect(self.resume_current)
        bar.addWidget(self.resume_button)

    def _retranslate_list(self) -> None:
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(translate("SuspensionsView", "In force and resumed"), None)
        self.state_filter.addItem(state_label("in_force"), "in_force")
        self.state_filter.addItem(state_label("resumed"), "resumed")
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(current)))
        self.state_filter.blockSignals(False)
        self.resume_button.setText(translate("SuspensionsView", "Resume…"))
        self.resume_button.setToolTip(translate(
            "SuspensionsView", "The head of office's resumption decision (Article 27.4.8)"))
        super()._retranslate_list()
        self.new_button.setText(translate("SuspensionsView", "Suspend…"))

    def _state_filter_changed(self) -> None:
        value = self.state_filter.currentData()
        self.model.set_scope({"state": value} if value else {})

    def update_actions(self) -> None:
        super().update_actions()
        self.edit_button.setText(translate("ListScreen", "Open"))
        self.edit_button.setIcon(icon("eye"))
        in_force = self.current_value("state") == "in_force"
        self.resume_button.setEnabled(in_force and can(self.ops.actor, Permission.RESUME))
        self.print_button.set_record("suspensions", self.current_id())

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches("suspensions", "resumptions"):
            self.print_button.reload()  # a resumption adds its decision

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("SuspensionsView", "No suspension matches"),
                    translate("SuspensionsView", "Try fewer words or another state."), "")
        return (translate("SuspensionsView", "No suspensions"),
                translate("SuspensionsView", "Acceptance and shipment go on. A negative periodic "
                          "test or repeated returns propose a suspension for signing."),
                translate("SuspensionsView", "Suspend…"))

    def new_record(self) -> None:
        if self.can_edit():
            SuspendDialog(self.ops, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        self.ops.query(lambda uow, actor: sp.get_suspension(uow, actor, suspension_id=record_id),
                       parent=self,
                       success=lambda info: SuspensionViewer(info, self, ops=self.ops).open())

    def show_record(self, record_id: uuid.UUID) -> None:
        """Select the suspension (when on the first page) and open it."""
        for row in range(min(self.model.rowCount(), 200)):
            if self.model.row_id(row) == record_id:
                self.select_row(row)
                break
        self.open_record(record_id)

    def resume_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            ResumeDialog(self.ops, record_id, self).open()


def describe(info: sp.SuspensionInfo) -> str:
    """The suspension as the viewer and the resume dialog show it."""
    target = info.contract_number
    if info.item_name:
        target = f"{info.item_name} ({info.contract_number})"
    if info.lot_number:
        target += " · " + translate("SuspensionsView", "lot {lot}").format(lot=info.lot_number)
    lines = [translate("SuspensionsView", "Suspension {number} of {date}, signed by {who}").format(
                 number=info.number, date=fmt.date(info.effective_at), who=info.signed_by),
             translate("SuspensionsView", "Ground: {ground}").format(
                 ground=sp.ground_label(info.ground)),
             translate("SuspensionsView", "Scope: {scope} — {target}").format(
                 scope=sp.scope_label(info.scope), target=target)]
    if info.covers_made_since:
        lines.append(translate("SuspensionsView", "Covers lots made since {date}").format(
            date=fmt.date(info.covers_made_since)))
    lines.append(translate("SuspensionsView", "Reason: {reason}").format(reason=info.reason))
    if info.resumption_id:
        lines.append(translate("SuspensionsView", "Resumed by decision {number} of {date}: "
                               "{actions}").format(number=info.resumption_number,
                                                   date=fmt.date(info.resumed_at),
                                                   actions=info.corrective_actions))
    return "\n".join(lines)


class SuspensionViewer(QDialog):
    """One suspension as signed (and its resumption); with ``ops``, its documents to print."""

    def __init__(self, info: sp.SuspensionInfo, parent: QWidget | None = None, *,
                 ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SuspensionsView", "Suspension {number}").format(
            number=info.number))
        self.setMinimumWidth(620)
        text = QLabel(describe(info))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button: DocumentsButton | None = None
        if ops is not None:
            self.print_button = DocumentsButton(ops)
            self.print_button.set_record("suspensions", info.id)
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(buttons)


class SuspendDialog(FormDialog):
    """Suspend by hand or sign a proposal (pre-filled); the sign dialog follows."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 proposal: proposals.SuspensionProposal | None = None) -> None:
        super().__init__(ops, parent)
        self.proposal = proposal
        self.setWindowTitle(translate("SuspendDialog", "Suspend acceptance and shipment"))
        self.setMinimumWidth(680)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("section")
        self.layout().insertWidget(0, self.intro)
        self.ground = enum_combo(SuspensionGround, sp.ground_label)
        self.scope = enum_combo(SuspensionScope, sp.scope_label)
        choose = translate("SuspendDialog", "Choose…")
        self.contract = ChoiceCombo(ops, empty=choose)
        self.item = ChoiceCombo(ops, empty=choose)
        self.lot = ChoiceCombo(ops, empty=choose)
        self.since = OptionalDateEdit()
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(110)
        self.row("ground", translate("SuspendDialog", "Ground"), self.ground)
        self.row("scope", translate("SuspendDialog", "Scope"), self.scope)
        self.row("contract_id", translate("SuspendDialog", "Contract"), self.contract)
        self.row("item_id", translate("SuspendDialog", "Item or work"), self.item)
        self.row("lot_id", translate("SuspendDialog", "Lot"), self.lot)
        self.row("covers_made_since", translate("SuspendDialog", "Covers lots made since"),
                 self.since)
        self.row("reason", translate("SuspendDialog", "Reason"), self.reason)
        self.returns_hint = QLabel()
        self.returns_hint.setWordWrap(True)
        self.use_returns = QPushButton(translate("SuspendDialog", "Use this proposal"))
        self.use_returns.clicked.connect(self._use_returns_proposal)
        self.form.addRow(self.returns_hint)
        self.form.addRow("", self.use_returns)
        self.returns_hint.hide()
        self.use_returns.hide()
        self._returns: proposals.SuspensionProposal | None = None
        self.ok_button(translate("SuspendDialog", "Sign…"))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.contract.currentIndexChanged.connect(self._contract_changed)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.contract.load(choices.contracts)
        if proposal is not None:
            self.fill(proposal)
        else:
            self.intro.setText(translate(
                "SuspendDialog", "Name the law's ground and what is suspended. Acceptance, "
                "shipment and certification in this scope stop until a resumption decision."))
        self._scope_changed()
        self.unsaved.mark_clean()

    def fill(self, p: proposals.SuspensionProposal) -> None:
        self.proposal = p
        lots = ", ".join(p.covered_lots) or translate("SuspendDialog", "none registered yet")
        self.intro.setText(translate(
            "SuspendDialog", "Proposed suspension of \"{item}\" — check it and sign. Lots it "
            "covers so far: {lots}.").format(item=p.item_name, lots=lots))
        self.ground.setCurrentIndex(self.ground.findData(p.ground))
        self.scope.setCurrentIndex(self.scope.findData(p.scope))
        self.contract.set_value(p.contract_id)
        self.item.set_value(p.item_id)
        self.since.set_date(p.covers_made_since)
        self.reason.setPlainText(p.reason)

    def _scope_changed(self) -> None:
        scope = self.scope.currentData()
        self.item.setEnabled(scope != SuspensionScope.CONTRACT)
        self.lot.setEnabled(scope == SuspensionScope.LOT)
        self.since.setEnabled(scope != SuspensionScope.LOT)

    def _contract_changed(self) -> None:
        cid = self.contract.value()
        self.item.load(lambda s: choices.items(s, cid), text=lambda c: c.name)

    def _item_changed(self) -> None:
        iid = self.item.value()
        self.lot.load(lambda s: choices.lots(s, iid))
        self.returns_hint.hide()
        self.use_returns.hide()
        if iid is None or self.proposal is not None:
            return
        self.ops.query(lambda uow, actor: proposals.propose_suspension_after_returns(
            uow, actor, item_id=iid), parent=self, success=self._returns_arrived)

    def _returns_arrived(self, proposal: proposals.SuspensionProposal | None) -> None:
        self._returns = proposal
        if proposal is None or self.item.value() != proposal.item_id:
            return
        self.returns_hint.setText(proposal.reason)
        self.returns_hint.show()
        self.use_returns.show()

    def _use_returns_proposal(self) -> None:
        if self._returns is not None:
            self.fill(self._returns)
            self.returns_hint.hide()
            self.use_returns.hide()

    def suspension_form(self) -> sp.SuspensionForm:
        scope = SuspensionScope(self.scope.currentData())
        ground = SuspensionGround(self.ground.currentData())
        return sp.SuspensionForm(
            ground=ground, scope=scope,
            reason=self.reason.toPlainText(), contract_id=self.contract.value(),
            item_id=self.item.value() if scope != SuspensionScope.CONTRACT else None,
            lot_id=self.lot.value() if scope == SuspensionScope.LOT else None,
            covers_made_since=self.since.value() if scope != SuspensionScope.LOT else None,
            test_id=self.proposal.test_id if self.proposal is not None
            and ground == self.proposal.ground else None)

    def submit(self) -> None:
        self.errors.clear()
        problem = self.since.problem()
        if problem:
            self.errors.show(_field_error(problem, "covers_made_since"))
            return
        form = self.suspension_form()
        target = self.lot.currentText() if form.lot_id else (
            self.item.currentText() if form.item_id else self.contract.currentText())
        lines = [translate("SuspensionsView", "Ground: {ground}").format(
                     ground=sp.ground_label(form.ground)),
                 translate("SuspensionsView", "Scope: {scope} — {target}").format(
                     scope=sp.scope_label(form.scope), target=target)]
        if form.covers_made_since:
            lines.append(translate("SuspensionsView", "Covers lots made since {date}").format(
                date=fmt.date(form.covers_made_since)))
        lines.append(translate("SuspensionsView", "Reason: {reason}").format(reason=form.reason))
        summary = "\n".join(lines)
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.SUSPENDED, summary=summary,
            service=lambda uow, actor, pw: sp.suspend(uow, actor, form=form, password=pw),
            on_error=self._field_failed, success=self._done)

    def _field_failed(self, error: BaseException) -> bool:
        from milrep.errors import ValidationError  # noqa: PLC0415

        if isinstance(error, ValidationError) and error.field != "password":
            self.errors.show(error)
            return True
        return False


def _field_error(text: str, field: str) -> Exception:
    from milrep.errors import ValidationError  # noqa: PLC0415

    return ValidationError(text, field=field)


class ResumeDialog(FormDialog):
    """The head of office's resumption: what is missing is listed; the service decides."""

    def __init__(self, ops: Ops, suspension_id: uuid.UUID, parent: QWidget | None = None
                 ) -> None:
        super().__init__(ops, parent)
        self.suspension_id = suspension_id
        self.check: choices.ResumptionCheck | None = None
        self.setWindowTitle(translate("ResumeDialog", "Resume acceptance and shipment"))
        self.setMinimumSize(760, 560)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.layout().insertWidget(0, self.about)
        self.actions = QPlainTextEdit()
        self.actions.setFixedHeight(90)
        self.actions.setPlaceholderText(translate(
            "ResumeDialog", "What the plant did and how its effect was verified"))
        self.repeat = ChoiceCombo(ops, empty=translate("ResumeDialog", "Found automatically"))
        self.checklist = QListWidget()
        self.checklist.setFixedHeight(130)
        self.checklist.setWordWrap(True)
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.row("corrective_actions", translate("ResumeDialog", "Corrective actions"),
                 self.actions)
        self.row("repeat_test_id", translate("ResumeDialog", "Positive repeat test"),
                 self.repeat)
        self.form.addRow(QLabel(translate("ResumeDialog", "Before resuming")), self.checklist)
        self.ok_button(translate("ResumeDialog", "Sign resumption…"))
        self.actions.textChanged.connect(self._update)
        self.repeat.currentIndexChanged.connect(self._recheck)
        self.ops.query(lambda uow, actor: sp.get_suspension(uow, actor,
                                                            suspension_id=suspension_id),
                       parent=self, success=self._info_arrived)
        ops.changes_applied.connect(self._recheck)
        self._recheck()
        self.unsaved.mark_clean()

    def _info_arrived(self, info: sp.SuspensionInfo) -> None:
        self.info = info
        self.about.setText(describe(info))

    def _recheck(self, *_a: object) -> None:
        sid, rid = self.suspension_id, self.repeat.value()

        def done(check: choices.ResumptionCheck | None, error: BaseException | None) -> None:
            if error is not None:
                self.failed(error)
                return
            assert check is not None
            first = self.check is None
            self.check = check
            if first:
                self.repeat.load(lambda _s: check.repeat_candidates)
            self._update()

        self.ops.background(lambda s: choices.resumption_check(s, sid, rid), done)

    def _update(self) -> None:
        self.checklist.clear()
        check = self.check
        if check is None:
            return
        actions_ok = bool(self.actions.toPlainText().strip())
        rows = [(actions_ok, translate("ResumeDialog", "Corrective actions described"))]
        rows += [(False, m[:1].upper() + m[1:]) for m in check.missing]
        if not check.missing:
            rows.append((True, translate("ResumeDialog", "Nonconformities closed")))
            if check.failed_test:
                rows.append((True, translate("ResumeDialog", "Positive repeat of {test}")
                             .format(test=check.failed_test)))
        for ok, text in rows:
            item = QListWidgetItem(("✓  " if ok else "✗  ") + text)
            item.setForeground(QColor("#1b5e20" if ok else "#b3261e"))
            item.setData(Qt.ItemDataRole.UserRole, ok)
            self.checklist.addItem(item)
        allowed = can(self.ops.actor, Permission.RESUME)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            allowed and actions_ok and not check.missing)

    def missing(self) -> list[str]:
        return [self.checklist.item(i).text()[3:] for i in range(self.checklist.count())
                if not self.checklist.item(i).data(Qt.ItemDataRole.UserRole)]

    def submit(self) -> None:
        sid, rid, actions = self.suspension_id, self.repeat.value(), self.actions.toPlainText()
        number = self.check.number if self.check else ""
        summary = translate("ResumeDialog", "Resumption of acceptance and shipment stopped by "
                            "suspension {number}.\nCorrective actions: {actions}").format(
            number=number, actions=actions)
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.RESUMED, summary=summary,
            service=lambda uow, actor, pw: sp.resume(uow, actor, suspension_id=sid,
                                                     corrective_actions=actions, password=pw,
                                                     repeat_test_id=rid),
            on_error=self._field_failed, success=self._done)

    def _field_failed(self, error: BaseException) -> bool:
        from milrep.errors import ValidationError  # noqa: PLC0415

        if isinstance(error, ValidationError) and error.field != "password":
            self.errors.show(error)
            return True
        return False

    def done(self, result: int) -> None:
        try:
            self.ops.changes_applied.disconnect(self._recheck)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
