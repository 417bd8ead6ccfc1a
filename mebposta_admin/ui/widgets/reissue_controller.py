"""The SMS password reissue as the desk runs it: check (scope, limits), confirm the person,
address and masked GSM, send on a worker thread, show the outcome. The panel owns the widgets;
this controller owns the flow, so a later unit-account reissue (issue 12) can reuse it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mebposta_admin import adapters
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import reissue
from mebposta_admin.services.people import PersonDetail
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.widgets.sms_reissue import DemoSms

if TYPE_CHECKING:
    from mebposta_admin.ui.widgets.person_panel import PersonPanel


class ReissueController(QObject):
    def __init__(self, panel: PersonPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.context = panel.context
        self.demo_sms = DemoSms(panel)

    def update_button(self, detail: PersonDetail) -> None:
        identity = self.context.identity
        read_only = identity is None or not allows(identity.role, Permission.REISSUE_PASSWORD)
        self.panel.send_password_button.setVisible(not read_only)
        self.panel.end_sessions_check.setVisible(
            not read_only and self.context.doveadm() is not None
        )
        reason = ""
        if detail.mailbox is None:
            reason = self.tr("This person has no mailbox.")
        elif not detail.mailbox.active or not detail.active:
            reason = self.tr("The mailbox is inactive.")
        elif detail.gsm_masked is None:
            reason = self.tr("There is no GSM number on file.")
        self.panel.send_password_button.setEnabled(not reason)
        self.panel.send_password_button.setToolTip(reason)
        self.panel.send_password_button.setAccessibleDescription(reason)
        # The reason in words beside the disabled button, not only in a hover tooltip.
        self.panel.send_reason_label.setText(
            self.tr("No password can be sent: {reason}").format(reason=reason) if reason else ""
        )
        self.panel.send_reason_label.setVisible(bool(reason) and not read_only)

    def start(self) -> None:
        """Check first (scope, limits), then confirm the address and the masked GSM."""
        if self.panel.detail is None:
            return
        self.panel.send_result_label.say(self.tr("Checking…"))
        # The focus waits on the outcome line, not on whatever follows the disabled button.
        accessibility.park_focus(self.panel.send_password_button, self.panel.send_result_label)
        self.panel.send_password_button.setEnabled(False)
        self.context.tasks.submit(
            "reissue-preview",
            reissue.preview,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=self.panel.detail.id,
            on_result=self._confirm_reissue,
            on_error=self._reissue_failed,
        )

    def _confirm_reissue(self, view: reissue.ReissuePreview) -> None:
        if self.panel.detail is None or self.panel.detail.id != view.person_id:
            # The selection moved while the checks ran: never send for someone not on screen.
            self.panel.send_result_label.say(self.tr("The selection changed: nothing was sent."))
            self.panel.send_password_button.setEnabled(self.panel.detail is not None)
            return
        question = self.tr(
            "Send a new e-mail password by SMS to {name}?\n\nMailbox: {address}\nTo the GSM on "
            "file: {gsm}\n\nThe old password stops working as soon as the SMS is accepted."
        ).format(name=view.person_name, address=view.address, gsm=view.gsm_masked)
        self.panel.send_result_label.say(self.tr("Waiting for your confirmation…"))
        if not notify.confirm(self.panel, self.tr("Send password"), question):
            self.panel.send_result_label.say(self.tr("Not sent."))
            self.panel.send_password_button.setEnabled(True)
            self.panel.send_password_button.setFocus()
            return
        if self.panel.detail is None or self.panel.detail.id != view.person_id:
            self.panel.send_result_label.say(self.tr("The selection changed: nothing was sent."))
            return
        self.panel.send_result_label.say(self.tr("Sending the SMS…"))
        self.context.tasks.submit(
            "reissue",
            adapters.reissue,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=view.person_id,
            secrets=self.context.secrets,
            show_demo_sms=self.demo_sms.arrived.emit,
            end_sessions=self.context.doveadm()
            if self.panel.end_sessions_check.isChecked()
            else None,
            on_result=self._reissued,
            on_error=self._reissue_failed,
        )

    def _reissued(self, result: reissue.ReissueResult) -> None:
        text = self.tr(
            "Sent: the new password went by SMS to {gsm} (job {job}). The caller can sign in "
            "with it now."
        ).format(gsm=result.gsm_masked, job=result.job_id)
        if result.sessions_ended is not None:
            text += " " + (
                self.tr("Open sessions ended: {count}.").format(count=result.sessions_ended)
                if result.sessions_ended >= 0
                else self.tr("Open sessions could not be ended.")
            )
        self.panel.send_result_label.say(text, outcome="success", announce=True)
        self.panel.send_password_button.setEnabled(True)
        self.panel.refresh()

    def _reissue_failed(self, exc: BaseException) -> None:
        self.panel.send_result_label.say(
            text_for(exc) if isinstance(exc, AppError) else repr(exc),
            outcome="error",
            announce=True,
        )
        self.panel.send_password_button.setEnabled(True)
        self.panel.refresh()
