"""The SMS password reissue outside the person view, once: check (preview: scope, limits,
who receives it), confirm with the caller's question, send on the task runner, say the
outcome. The review dialog's offer to the new number and the Birim Hesapları page use it;
the demo gateway's SMS is shown once, from the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mebposta_admin import adapters
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.errors import AppError
from mebposta_admin.services import reissue
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility, notify


class DemoSms(QObject):
    """Carries the demo gateway's SMS from the worker thread to the GUI thread, and shows it.

    Signals:
        arrived: (number, text) of an SMS the local gateway "sent".
    """

    arrived = Signal(str, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.arrived.connect(self.show)

    def show(self, number: str, text: str) -> None:
        notify.inform(
            self.window,
            self.tr("Demo SMS"),
            self.tr(
                "Demo mode: no SMS leaves this computer. The message to {gsm} would read:\n\n{text}"
            ).format(gsm=gsm_rules.mask(number), text=text),
        )


class SmsReissue(QObject):
    """Signals: sent(ReissueResult) after the gateway accepted the SMS."""

    sent = Signal(object)

    def __init__(
        self, context: SignedInContext, window: QWidget, status: accessibility.StatusLabel
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.status = status
        self.demo_sms = DemoSms(window)
        self._question: Callable[[reissue.ReissuePreview], str] = lambda _v: ""

    def start(
        self,
        question: Callable[[reissue.ReissuePreview], str],
        *,
        person_id: int | None = None,
        mailbox_id: int | None = None,
    ) -> None:
        """Check, ask ``question(preview)``, send. By the person or by the mailbox."""
        self._question = question
        self.status.say(self.tr("Checking…"))
        self.context.tasks.submit(
            "reissue-preview",
            reissue.preview,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=person_id,
            mailbox_id=mailbox_id,
            on_result=self._confirm,
            on_error=self._failed,
        )

    def _confirm(self, view: reissue.ReissuePreview) -> None:
        if not notify.confirm(self.window, self.tr("Send password"), self._question(view)):
            self.status.say(self.tr("No password was sent."))
            return
        self.status.say(self.tr("Sending the SMS…"))
        self.context.tasks.submit(
            "reissue",
            adapters.reissue,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=None if view.unit else view.person_id,
            mailbox_id=view.mailbox_id if view.unit else None,
            secrets=self.context.secrets,
            show_demo_sms=self.demo_sms.arrived.emit,
            on_result=self._sent,
            on_error=self._failed,
        )

    def _sent(self, result: reissue.ReissueResult) -> None:
        self.status.say(
            self.tr("Sent: the new password went by SMS to {gsm} (job {job}).").format(
                gsm=result.gsm_masked, job=result.job_id
            ),
            outcome="success",
            announce=True,
        )
        self.sent.emit(result)

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status.say(text, outcome="error", announce=True)
