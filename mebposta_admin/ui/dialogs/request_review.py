"""The review of one info-update request: the request, our record and MEBBİS side by side,
every field marked same or different, the warnings, the history — and the decision.

Keyboard: Alt+O approves, Alt+R rejects, Alt+K takes the request, Alt+N opens the next one in
the queue, Esc closes. A simple request (MEBBİS already holds the new number) is decided with
Enter on the queue row and Alt+O. A GSM change MEBBİS does not hold needs a written
justification and then a second administrator (four eyes); when MEBBİS cannot be reached the
dialog says so and only rejection is offered. After an approval that changed the GSM the
dialog offers a new password by SMS to the new number at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin import adapters
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import reissue
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.requests import decide, review
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import (
    blocker_text,
    field_text,
    notice_text,
)
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.dialogs.reject_dialog import RejectDialog
from mebposta_admin.ui.widgets.request_comparison import RequestComparison
from mebposta_admin.ui.widgets.sms_reissue import SmsReissue


def load_review(
    db: Database, identity: AdminIdentity, request_id: int, secrets: SecretStore
) -> review.Review:
    """On a worker thread: the request and MEBBİS's answer (the directory the settings name)."""
    return review.review(db, identity, request_id, adapters.directory(db, secrets))


def approve_request(
    db: Database,
    identity: AdminIdentity,
    request_id: int,
    version: int,
    justification: str,
    secrets: SecretStore,
    show_demo_sms: Any,
) -> decide.Decision:
    directory = adapters.directory(db, secrets)
    gateway = adapters.sms_gateway(db, secrets, show_demo_sms=show_demo_sms)
    return decide.approve(
        db, identity, request_id, version, directory, justification=justification, gateway=gateway
    )


def retry_notice(
    db: Database, identity: AdminIdentity, request_id: int, secrets: SecretStore, show_demo_sms: Any
) -> decide.NoticeResult:
    gateway = adapters.sms_gateway(db, secrets, show_demo_sms=show_demo_sms)
    return decide.retry_notice(db, identity, request_id, gateway)


class RequestReviewDialog(QDialog):
    """Signals: decided(request id) after a decision; moved(request id) on Next."""

    decided = Signal(int)
    moved = Signal(int)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Info-update request"))
        self.setModal(False)
        self.current: review.Review | None = None
        self.request_id: int | None = None
        self.queue_ids: list[int] = []
        self.applied: decide.Decision | None = None
        identity = context.identity
        self.may_decide = allows(identity.role, Permission.DECIDE_REQUEST)

        layout = QVBoxLayout(self)
        self.comparison = RequestComparison(self)
        layout.addWidget(self.comparison, 1)
        # the parts the decision reads or points at
        self.title_label = self.comparison.title_label
        self.table = self.comparison.table
        self.warnings_label = self.comparison.warnings_label
        self.first_label = self.comparison.first_label
        self.justification_label = QLabel(self.tr("&Justification (how you confirmed who asks):"))
        self.justification_edit = QPlainTextEdit()
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        accessibility.name(self.justification_edit, self.tr("Justification"))
        self.justification_label.setBuddy(self.justification_edit)
        layout.addWidget(self.justification_label)
        layout.addWidget(self.justification_edit)
        self.result_label = accessibility.StatusLabel()
        layout.addWidget(self.result_label)
        self.sms = SmsReissue(context, self, self.result_label)
        self.sms.sent.connect(self._password_sent)
        self.demo_sms = self.sms.demo_sms

        buttons = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Ta&ke"))
        self.take_button.clicked.connect(self.take)
        self.approve_button = QPushButton(self.tr("Appr&ove"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reject_button.clicked.connect(self.reject_request)
        self.notice_button = QPushButton(self.tr("&Send the notice again"))
        self.notice_button.clicked.connect(self.send_notice_again)
        self.password_button = QPushButton(self.tr("New &password to the new number…"))
        self.password_button.clicked.connect(self.offer_password)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.clicked.connect(self.next_request)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for button in (
            self.take_button,
            self.approve_button,
            self.reject_button,
            self.notice_button,
            self.password_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        approve_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        approve_key.activated.connect(self._approve_if_enabled)
        self.resize(
            self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().lineSpacing() * 42
        )
        self._set_buttons(False)

    # ------------------------------------------------------------------------------ loading
    def show_request(self, request_id: int, queue_ids: list[int] | None = None) -> None:
        self.request_id = request_id
        if queue_ids is not None:
            self.queue_ids = list(queue_ids)
        self.applied = None
        self.current = None
        self.justification_edit.clear()
        self.result_label.say(self.tr("Reading the request and asking MEBBİS…"))
        self._set_buttons(False)
        self._load(request_id, self._show, self._failed)

    def _load(self, request_id: int, on_result: Any, on_error: Any) -> None:
        """Read the request and ask MEBBİS on the task runner (never on the GUI thread)."""
        self.context.tasks.submit(
            "request-review",
            load_review,
            owner=self,
            latest=True,
            db=self.context.database,
            identity=self.context.identity,
            request_id=request_id,
            secrets=self.context.secrets,
            on_result=on_result,
            on_error=on_error,
        )

    def _show(self, seen: review.Review) -> None:
        if seen.request.id != self.request_id:
            return  # the user moved on
        self.current = seen
        snap = seen.request
        self.comparison.show_review(seen)
        self.setWindowTitle(self.title_label.text())
        show_justification = seen.needs_second and self.may_decide and not seen.blockers
        self.justification_label.setVisible(show_justification)
        self.justification_edit.setVisible(show_justification)
        if seen.needs_second:
            self.approve_button.setText(self.tr("Appr&ove (first of two)"))
        elif snap.status == r.SECOND_APPROVAL:
            self.approve_button.setText(self.tr("Appr&ove (second approval)"))
        else:
            self.approve_button.setText(self.tr("Appr&ove"))
        self.result_label.clear()
        self._set_buttons(True)
        if self.approve_button.isEnabled() and self.approve_button.isVisible():
            (self.justification_edit if show_justification else self.approve_button).setFocus()
        else:
            self.table.setFocus()
        accessibility.announce(self.title_label, self.title_label.text())

    def _set_buttons(self, loaded: bool) -> None:
        seen = self.current
        decide_ok = loaded and self.may_decide and seen is not None
        open_ = bool(seen and seen.request.status in r.OPEN_STATUSES)
        self.take_button.setVisible(self.may_decide)
        self.approve_button.setVisible(self.may_decide)
        self.reject_button.setVisible(self.may_decide)
        self.take_button.setEnabled(bool(decide_ok and open_))
        self.approve_button.setEnabled(bool(decide_ok and open_ and seen and seen.can_approve))
        reason = ""
        if seen is not None and not seen.can_approve and open_:
            reason = "\n".join(blocker_text(b) for b in seen.blockers)
        self.approve_button.setToolTip(reason)
        self.approve_button.setAccessibleDescription(reason)
        self.reject_button.setEnabled(bool(decide_ok and open_))
        notice = bool(self.applied and self.applied.notice and self.applied.notice.state != "sent")
        self.notice_button.setVisible(self.may_decide and notice)
        offer = bool(self.applied and self.applied.offer_reissue)
        self.password_button.setVisible(
            offer and allows(self.context.identity.role, Permission.REISSUE_PASSWORD)
        )
        self.next_button.setEnabled(self._next_id() is not None)

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.result_label.say(text, outcome="error", announce=True)
        self._set_buttons(self.current is not None)
        refused_by_other = isinstance(exc, AppError) and exc.code in (
            "request.already_decided",
            "request.changed",
        )
        if self.current is not None and refused_by_other:
            # Someone else decided first: show the request as it is now, with the message.
            self._reload_keeping(text)

    def _reload_keeping(self, text: str) -> None:
        request_id = self.request_id
        if request_id is None:
            return
        self._load(request_id, lambda seen: self._show_with_message(seen, text), lambda _e: None)

    def _show_with_message(self, seen: review.Review, text: str) -> None:
        self._show(seen)
        self.result_label.say(text, outcome="error")

    # ------------------------------------------------------------------------------ actions
    def _approve_if_enabled(self) -> None:
        if self.approve_button.isVisible() and self.approve_button.isEnabled():
            self.approve()

    def approve(self) -> None:
        seen = self.current
        if seen is None:
            return
        justification = self.justification_edit.toPlainText().strip()
        self.result_label.say(self.tr("Approving…"))
        accessibility.park_focus(self.approve_button, self.result_label)
        self._set_buttons(False)
        self.context.tasks.submit(
            "request-approve",
            approve_request,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            request_id=seen.request.id,
            version=seen.request.version,
            justification=justification,
            secrets=self.context.secrets,
            show_demo_sms=self.demo_sms.arrived.emit,
            on_result=self._approved,
            on_error=self._failed,
        )

    def _approved(self, decision: decide.Decision) -> None:
        self.decided.emit(decision.request_id)
        if decision.status == r.SECOND_APPROVAL:
            text = self.tr(
                "First approval recorded. A second administrator with scope for this request "
                "applies it."
            )
            self._after_decision(decision, text)
            return
        changed = ", ".join(field_text(name) for name in decision.changed) or self.tr("nothing")
        text = self.tr("Approved and applied to the record (changed: {changed}).").format(
            changed=changed
        )
        if decision.notice is not None:
            text += " " + self.tr("Notice SMS to the old number {gsm}: {state}.").format(
                gsm=decision.notice.gsm_masked, state=notice_text(decision.notice.state)
            )
        self._after_decision(decision, text)

    def _after_decision(self, decision: decide.Decision, text: str) -> None:
        self._load(
            decision.request_id,
            lambda seen: self._show_decided(seen, decision, text),
            self._failed,
        )

    def _show_decided(self, seen: review.Review, decision: decide.Decision, text: str) -> None:
        self._show(seen)
        self.applied = decision if decision.status == r.APPLIED else None
        notice_failed = bool(decision.notice and decision.notice.state != "sent")
        self.result_label.say(text, outcome="error" if notice_failed else "success", announce=True)
        self._set_buttons(True)
        if self.password_button.isVisible():
            self.password_button.setFocus()
        elif self.next_button.isEnabled():
            self.next_button.setFocus()
        else:
            self.result_label.setFocus()

    def reject_request(self) -> None:
        seen = self.current
        if seen is None:
            return
        dialog = RejectDialog(1, self)
        if not dialog.exec():
            return
        self.result_label.say(self.tr("Rejecting…"))
        self._set_buttons(False)
        self.context.tasks.submit(
            "request-reject",
            decide.reject,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            request_ids=[seen.request.id],
            reason=dialog.reason(),
            text=dialog.text(),
            versions={seen.request.id: seen.request.version},
            on_result=lambda decisions: self._after_decision(
                decisions[0], self.tr("Rejected. The reason is recorded.")
            ),
            on_error=self._failed,
        )

    def take(self) -> None:
        seen = self.current
        if seen is None:
            return
        self.context.tasks.submit(
            "request-take",
            decide.assign,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            request_id=seen.request.id,
            version=seen.request.version,
            on_result=lambda _v: self._taken(seen.request.id),
            on_error=self._failed,
        )

    def _taken(self, request_id: int) -> None:
        self.decided.emit(request_id)
        self.show_request(request_id)

    def send_notice_again(self) -> None:
        if self.request_id is None:
            return
        self.result_label.say(self.tr("Sending the notice again…"))
        self.context.tasks.submit(
            "request-notice",
            retry_notice,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            request_id=self.request_id,
            secrets=self.context.secrets,
            show_demo_sms=self.demo_sms.arrived.emit,
            on_result=self._notice_sent,
            on_error=self._failed,
        )

    def _notice_sent(self, notice: decide.NoticeResult) -> None:
        ok = notice.state == "sent"
        self.result_label.say(
            self.tr("Notice SMS to {gsm}: {state}.").format(
                gsm=notice.gsm_masked, state=notice_text(notice.state)
            ),
            outcome="success" if ok else "error",
            announce=True,
        )
        if ok and self.applied is not None:
            self.applied = decide.Decision(
                self.applied.request_id,
                self.applied.status,
                self.applied.changed,
                notice,
                self.applied.person_id,
                self.applied.offer_reissue,
            )
        self._set_buttons(True)

    def offer_password(self) -> None:
        decision = self.applied
        if decision is None or decision.person_id is None:
            return

        def question(view: reissue.ReissuePreview) -> str:
            return self.tr(
                "Send a new e-mail password by SMS to {name}?\n\nMailbox: {address}\nTo the new "
                "GSM on file: {gsm}"
            ).format(name=view.person_name, address=view.address, gsm=view.gsm_masked)

        self.sms.start(question, person_id=decision.person_id)

    def _password_sent(self, _result: reissue.ReissueResult) -> None:
        self.applied = None
        self._set_buttons(True)
        (self.next_button if self.next_button.isEnabled() else self.close_button).setFocus()

    def _next_id(self) -> int | None:
        if self.request_id is None or not self.queue_ids:
            return None
        try:
            position = self.queue_ids.index(self.request_id)
        except ValueError:
            return self.queue_ids[0] if self.queue_ids else None
        following = position + 1
        return self.queue_ids[following] if following < len(self.queue_ids) else None

    def next_request(self) -> None:
        following = self._next_id()
        if following is not None:
            self.moved.emit(following)
            self.show_request(following)
