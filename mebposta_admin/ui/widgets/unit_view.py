"""The unit view of Birim Hesapları: the mailbox (status, quota, old addresses, last
password), its custodians present and past, its history — and the actions: the password by SMS
to the primary custodian, the handover (which strongly proposes a new password, since the old
custodian knew it; declining is recorded with a reason), deputies added and ended,
deactivate / reactivate, quota and old addresses. Every action goes through the service on the
task runner; ``changed`` tells the page to read its list again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import reissue, units
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import action_text, outcome_text
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.handover_dialog import HandoverDialog
from mebposta_admin.ui.dialogs.mailbox_dialog import MailboxDialog
from mebposta_admin.ui.widgets.sms_reissue import SmsReissue


def _when(moment: object) -> str:
    return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y") if moment else "—"  # type: ignore[attr-defined]


class UnitView(QWidget):
    """Signals: changed() — a change the list shows (custodian, status) was made."""

    changed = Signal()
    trail_requested = Signal(object, str)  # (targets, label): the unit's trail in Denetim

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.may_manage = allows(context.identity.role, Permission.MANAGE_UNIT)
        self.may_reissue = allows(context.identity.role, Permission.REISSUE_PASSWORD)
        self.detail: units.UnitDetail | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.empty_label = QLabel(self.tr("Choose a unit account to see its custodians."))
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.address_label = QLabel()
        self.address_label.setObjectName("sectionTitle")
        accessibility.selectable(self.address_label)
        body.addWidget(self.address_label)
        self.flag_label = QLabel()
        self.flag_label.setObjectName("warningLabel")
        self.flag_label.setWordWrap(True)
        body.addWidget(self.flag_label)
        box = QGroupBox(self.tr("Mailbox"))
        form = QFormLayout(box)
        self.office_label = QLabel()
        self.office_label.setWordWrap(True)
        self.state_label = QLabel()
        self.quota_label = QLabel()
        self.aliases_label = QLabel()
        self.aliases_label.setWordWrap(True)
        self.reissued_label = QLabel()
        for label in (
            self.office_label,
            self.state_label,
            self.quota_label,
            self.aliases_label,
            self.reissued_label,
        ):
            accessibility.selectable(label)
        form.addRow(self.tr("Office:"), self.office_label)
        form.addRow(self.tr("Status:"), self.state_label)
        form.addRow(self.tr("Quota:"), self.quota_label)
        form.addRow(self.tr("Old addresses:"), self.aliases_label)
        form.addRow(self.tr("Last password:"), self.reissued_label)
        self.mailbox_button = QPushButton(self.tr("&Quota and old addresses…"))
        self.mailbox_button.clicked.connect(self.edit_mailbox)
        self.mailbox_button.setVisible(self.may_manage)
        mailbox_row = QHBoxLayout()
        mailbox_row.addWidget(self.mailbox_button)
        mailbox_row.addStretch(1)
        form.addRow(mailbox_row)
        body.addWidget(box)
        custodians = QLabel(self.tr("Custodians"))
        custodians.setObjectName("sectionTitle")
        body.addWidget(custodians)
        self.custodians_list = QListWidget()
        self.custodians_list.setWordWrap(True)
        accessibility.name(self.custodians_list, self.tr("Custodians, present and past"))
        body.addWidget(self.custodians_list, 1)
        custody_row = QHBoxLayout()
        self.deputy_button = QPushButton(self.tr("Add d&eputy…"))
        self.deputy_button.clicked.connect(self.add_deputy)
        self.end_button = QPushButton(self.tr("End cus&tody"))
        self.end_button.setToolTip(self.tr("Ends the chosen deputy's custody"))
        self.end_button.clicked.connect(self.end_custody)
        self.end_button.setEnabled(False)
        for button in (self.deputy_button, self.end_button):
            button.setVisible(self.may_manage)
            custody_row.addWidget(button)
        custody_row.addStretch(1)
        body.addLayout(custody_row)
        self.custodians_list.currentRowChanged.connect(self._custodian_chosen)
        history = QLabel(self.tr("History"))
        history.setObjectName("sectionTitle")
        history_row = QHBoxLayout()
        history_row.addWidget(history)
        history_row.addStretch(1)
        self.trail_button = QPushButton(self.tr("Full t&rail…"))
        self.trail_button.setToolTip(self.tr("Opens every event of this unit in Audit trail"))
        self.trail_button.clicked.connect(self.open_trail)
        history_row.addWidget(self.trail_button)
        body.addLayout(history_row)
        self.history_list = QListWidget()
        self.history_list.setWordWrap(True)
        accessibility.name(self.history_list, self.tr("History of the unit account"))
        body.addWidget(self.history_list, 1)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Send password to the custodian…"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.clicked.connect(self.send_password)
        self.handover_button = QPushButton(self.tr("&Hand over…"))
        self.handover_button.clicked.connect(self.hand_over)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.send_button.setVisible(self.may_reissue)
        self.handover_button.setVisible(self.may_manage)
        self.active_button.setVisible(self.may_manage)
        for button in (self.send_button, self.handover_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        self.result_label = accessibility.StatusLabel()
        body.addWidget(self.result_label)
        self.sms = SmsReissue(self.context, self, self.result_label)
        self.sms.sent.connect(self._sent)
        layout.addWidget(self.body, 1)
        self.body.hide()

    def open_trail(self) -> None:
        if self.detail is not None:
            self.trail_requested.emit((("mailbox", str(self.detail.id)),), self.detail.address)

    def load(self, mailbox_id: int) -> None:
        """Read the unit account (off the GUI thread) and show it."""
        self.context.tasks.submit(
            "unit",
            units.detail,
            owner=self,
            latest=True,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=mailbox_id,
            on_result=self._show,
            on_error=self._action_failed,
        )

    def _show(self, unit: units.UnitDetail) -> None:
        self.detail = unit
        self.empty_label.hide()
        self.body.show()
        self.address_label.setText(unit.address)
        self.flag_label.setText(
            self.tr(
                "No valid primary custodian: its password has nobody to go to. Hand it over to "
                "a person of the office with a GSM on file."
            )
        )
        self.flag_label.setVisible(unit.flagged)
        place = unit.province_name or self.tr("central")
        self.office_label.setText(f"{unit.office or unit.display_name} · {place}")
        self.state_label.setText(self.tr("active") if unit.active else self.tr("inactive"))
        self.quota_label.setText(
            self.tr("{size} MB").format(size=QLocale().toString(unit.quota_bytes // (1024 * 1024)))
        )
        self.aliases_label.setText(", ".join(unit.aliases) or "—")
        self.reissued_label.setText(
            unit.password_changed_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
            if unit.password_changed_at
            else self.tr("never")
        )
        self.custodians_list.clear()
        for c in unit.custodians:
            role = self.tr("primary") if c.role == "primary" else self.tr("deputy")
            # The masked number never breaks across lines (5** *** ** 07 stays whole).
            gsm = (c.gsm_masked or "").replace(" ", "\u00a0") or self.tr("no GSM on file")
            if c.current:
                text = self.tr("{name} — {role}, since {since} · {gsm}").format(
                    name=c.name, role=role, since=_when(c.started_at), gsm=gsm
                )
            else:
                text = self.tr("{name} — {role} {since} – {until} ({reason})").format(
                    name=c.name,
                    role=role,
                    since=_when(c.started_at),
                    until=_when(c.ended_at),
                    reason=c.end_reason or "—",
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.custodians_list.addItem(item)
        self.history_list.clear()
        for event in unit.history:
            when = event.occurred_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
            outcome = "" if event.outcome == "success" else f" ({outcome_text(event.outcome)})"
            self.history_list.addItem(
                f"{when}  {action_text(event.action)}{outcome} — {event.admin_username}"
            )
        self.active_button.setText(
            self.tr("&Deactivate") if unit.active else self.tr("Re&activate")
        )
        self.deputy_button.setEnabled(unit.primary is not None)
        self.end_button.setEnabled(False)
        self.send_button.setEnabled(unit.active and not unit.flagged)

    # ------------------------------------------------------------------------------ actions
    def send_password(self) -> None:
        if self.detail is None:
            return

        def question(view: reissue.ReissuePreview) -> str:
            return self.tr(
                "Send a new password for the unit account {address} by SMS to its primary "
                "custodian {name}?\n\nTo the GSM on file: {gsm}\n\nThe old password stops "
                "working as soon as the SMS is accepted."
            ).format(address=view.address, name=view.person_name, gsm=view.gsm_masked)

        self.sms.start(question, mailbox_id=self.detail.id)

    def _sent(self, _result: reissue.ReissueResult) -> None:
        if self.detail is not None:
            self._reload(self.detail.id)

    def _custodian_chosen(self, row: int) -> None:
        unit = self.detail
        chosen = (
            unit.custodians[row] if unit is not None and 0 <= row < len(unit.custodians) else None
        )
        self.end_button.setEnabled(
            chosen is not None and chosen.current and chosen.role != "primary"
        )

    def _custodian_dialog(self, unit: units.UnitDetail, *, deputy: bool) -> HandoverDialog | None:
        """The new primary (or a deputy) chosen among the people of the unit's province;
        None when the administrator cancelled or chose nobody."""
        dialog = HandoverDialog(
            self.context,
            unit.address,
            unit.primary.name if unit.primary else None,
            self,
            province_code=unit.province_code,
            deputy=deputy,
        )
        if not dialog.exec() or dialog.person_id() is None:
            return None
        return dialog

    def hand_over(self) -> None:
        unit = self.detail
        if unit is None:
            return
        dialog = self._custodian_dialog(unit, deputy=False)
        if dialog is None:
            return
        send_now, decline = dialog.send_now(), dialog.decline_reason()
        self.result_label.say(self.tr("Handing over…"))
        self.context.tasks.submit(
            "unit-handover",
            units.handover,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=unit.id,
            person_id=dialog.person_id(),
            reason=dialog.reason(),
            on_result=lambda result: self._handed_over(result, send_now, decline),
            on_error=self._action_failed,
        )

    def _handed_over(self, result: units.HandoverResult, send_now: bool, decline: str) -> None:
        """The dialog's choice: the new password now (the SMS flow confirms and sends), or
        the recorded reason why not."""
        self._reload(result.mailbox_id)
        if not result.propose_reissue:
            self.result_label.say(self.tr("Handed over."), outcome="success")
            return
        if send_now:
            self.send_password()
            return
        self.context.tasks.submit(
            "unit-decline",
            units.decline_reissue,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=result.mailbox_id,
            reason=decline,
            on_result=lambda _r: self.result_label.say(
                self.tr("Handed over; no new password sent (the reason is recorded).")
            ),
            on_error=self._action_failed,
        )

    def toggle_active(self) -> None:
        unit = self.detail
        if unit is None:
            return
        if unit.active and not notify.confirm(
            self,
            self.tr("Deactivate the unit account"),
            self.tr(
                "Deactivate {address}? Nobody can sign in to it, and mail to it is refused, "
                "until it is reactivated."
            ).format(address=unit.address),
        ):
            return
        self.context.tasks.submit(
            "unit-active",
            units.set_active,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=unit.id,
            active=not unit.active,
            on_result=lambda _r: self._reload(unit.id),
            on_error=self._action_failed,
        )

    def add_deputy(self) -> None:
        unit = self.detail
        if unit is None:
            return
        dialog = self._custodian_dialog(unit, deputy=True)
        if dialog is None:
            return
        self._run(
            "unit-deputy",
            units.add_deputy,
            unit.id,
            self.tr("Deputy added."),
            mailbox_id=unit.id,
            person_id=dialog.person_id(),
        )

    def end_custody(self) -> None:
        unit = self.detail
        row = self.custodians_list.currentRow()
        if unit is None or not 0 <= row < len(unit.custodians):
            return
        custody = unit.custodians[row]
        reason, ok = QInputDialog.getText(
            self,
            self.tr("End custody"),
            self.tr("Why does {name}'s custody end? (recorded in the audit trail)").format(
                name=custody.name
            ),
        )
        if not ok:
            return
        self._run(
            "unit-end-custody",
            units.end_custody,
            unit.id,
            self.tr("Custody ended."),
            custody_id=custody.id,
            reason=reason.strip(),
        )

    def edit_mailbox(self) -> None:
        unit = self.detail
        if unit is None:
            return
        dialog = MailboxDialog.of(self.context, unit, self)
        dialog.changed.connect(lambda: self.load(unit.id))
        dialog.exec()

    def _run(
        self, name: str, fn: Callable[..., Any], unit_id: int, done: str, **kwargs: Any
    ) -> None:
        """A unit action on the task runner: said when done, the unit read again."""
        self.context.tasks.submit(
            name,
            fn,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            on_result=lambda _r: self._said_and_reload(unit_id, done),
            on_error=self._action_failed,
            **kwargs,
        )

    def _said_and_reload(self, mailbox_id: int, text: str) -> None:
        self.result_label.say(text, outcome="success", announce=True)
        self._reload(mailbox_id)

    def _reload(self, mailbox_id: int) -> None:
        self.load(mailbox_id)
        self.changed.emit()

    def _action_failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.result_label.say(text, outcome="error", announce=True)
