"""The person view: identity (masked, revealable), institution, mailbox, caller check, history."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.manual import PasswordScreenMessage
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import people, units
from mebposta_admin.services.people import CallerCheck, Field, PersonDetail
from mebposta_admin.texts import QT_TRANSLATE_NOOP
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import (
    attempt_text,
    next_step_text,
    request_source_text,
    request_status_text,
)
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.mailbox_dialog import MailboxDialog
from mebposta_admin.ui.widgets.person_boxes import (
    CallerCheckBox,
    HistoryBox,
    IdentityBox,
    MailboxBox,
)
from mebposta_admin.ui.widgets.reissue_controller import ReissueController

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "PersonPanel", "Search for a caller, then select a row (click or arrow keys) to open them."
)


class PersonPanel(QWidget):
    """Shows one person. Every service call goes through the task runner.

    Signals:
        changed: the person's audit history changed (a reveal or a check was recorded).
        trail_requested(targets, label): open the person's whole trail in Denetim.
    """

    changed = Signal()
    trail_requested = Signal(object, str)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: PersonDetail | None = None
        self._checking = False
        self._generation = 0
        self._loading: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)

        self.empty_label = QLabel(EMPTY_HINT)
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        # The order of a call: who is it → what did they see → act on the mailbox → history.
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("chipLabel")
        header.addWidget(self.name_label, 1)
        header.addWidget(self.status_label)
        body.addLayout(header)
        self.error_label = accessibility.StatusLabel()
        self.error_label.hide()
        body.addWidget(self.error_label)

        # One widget per box (ui/widgets/person_boxes.py); the panel wires them to the
        # services and keeps short names for their parts.
        self.identity_box = IdentityBox()
        for button, field in (
            (self.identity_box.reveal_tckn_button, Field.TCKN),
            (self.identity_box.reveal_gsm_button, Field.GSM),
        ):
            button.clicked.connect(lambda _=False, f=field: self.reveal(f))
        body.addWidget(self.identity_box)
        self.check_box = CallerCheckBox()
        self.check_box.check_button.clicked.connect(self.run_caller_check)
        self.check_box.check_gsm_edit.returnPressed.connect(self.run_caller_check)
        body.addWidget(self.check_box)
        self.mailbox_box = MailboxBox()
        self.mailbox_box.send_password_button.clicked.connect(self.start_reissue)
        self.mailbox_box.active_button.clicked.connect(self.toggle_mailbox)
        self.mailbox_box.mailbox_button.clicked.connect(self.edit_mailbox)
        body.addWidget(self.mailbox_box)
        self.history_box = HistoryBox()
        self.history_box.trail_button.clicked.connect(self.open_trail)
        body.addWidget(self.history_box, 1)
        ib, cb, mb, hb = self.identity_box, self.check_box, self.mailbox_box, self.history_box
        self.tckn_label, self.gsm_label = ib.tckn_label, ib.gsm_label
        self.reveal_tckn_button, self.reveal_gsm_button = (
            ib.reveal_tckn_button,
            ib.reveal_gsm_button,
        )
        self.institution_label, self.place_label = ib.institution_label, ib.place_label
        self.check_tckn_edit, self.check_gsm_edit = cb.check_tckn_edit, cb.check_gsm_edit
        self.check_button, self.check_result_frame = cb.check_button, cb.check_result_frame
        self.check_message_label, self.check_next_label = (
            cb.check_message_label,
            cb.check_next_label,
        )
        self.address_label, self.mailbox_status_label = mb.address_label, mb.mailbox_status_label
        self.quota_label, self.reissue_label = mb.quota_label, mb.reissue_label
        self.aliases_label, self.recent_sends_label = mb.aliases_label, mb.recent_sends_label
        self.send_password_button, self.end_sessions_check = (
            mb.send_password_button,
            mb.end_sessions_check,
        )
        self.send_result_label = mb.send_result_label
        self.send_reason_label = mb.send_reason_label
        self.history_model, self.history_view = hb.history_model, hb.history_view
        self.reissue = ReissueController(self)
        layout.addWidget(self.body, 1)
        self.body.hide()

    # ------------------------------------------------------------------------------ loading
    @property
    def person_id(self) -> int | None:
        """The person shown or being loaded (None: nobody)."""
        return (
            self._loading
            if self._loading is not None
            else (self.detail.id if self.detail is not None else None)
        )

    def clear(self) -> None:
        """Show nobody: after a new query, an empty result, or before another person loads,
        nothing of the previous caller stays on screen or can be acted on."""
        self._generation += 1  # answers still on their way are dropped
        self._loading = None
        self.detail = None
        self.body.hide()
        self.empty_label.setText(self.tr(EMPTY_HINT))
        self.empty_label.show()
        self.error_label.hide()
        for edit in (self.check_tckn_edit, self.check_gsm_edit):
            edit.clear()
        for label in (
            self.check_message_label,
            self.check_next_label,
            self.send_result_label,
            self.name_label,
            self.tckn_label,
            self.gsm_label,
        ):
            label.clear()
        self.check_result_frame.hide()
        self.reset_reveals()
        self._checking = False

    def open_person(self, person_id: int) -> None:
        if self.detail is None or self.detail.id != person_id:
            self.clear()  # never show one person's record while another's is loading
            self.empty_label.setText(self.tr("Opening the record…"))
        self._generation += 1
        generation = self._generation
        self._loading = person_id
        self.context.tasks.submit(
            "person",
            people.get_person,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=person_id,
            on_result=lambda d: self._show(generation, d),
            on_error=lambda e: self._failed(generation, e),
        )

    def _show(self, generation: int, detail: PersonDetail) -> None:
        if generation != self._generation:
            return
        self._loading = None
        same_person = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.empty_label.hide()
        self.body.show()
        self.error_label.hide()
        self.name_label.setText(f"{detail.first_name} {detail.last_name}")
        identity = self.context.identity
        self.check_box.setVisible(allows(identity.role, Permission.CALLER_CHECK))
        self.status_label.setText(self.tr("Active") if detail.active else self.tr("Inactive"))
        self.status_label.setProperty("inactive", not detail.active)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        if not same_person:
            self.tckn_label.setText(detail.tckn_masked)
            self.gsm_label.setText(detail.gsm_masked or self.tr("no GSM on file"))
            self.check_tckn_edit.clear()
            self.check_gsm_edit.clear()
            self.check_message_label.clear()
            self.check_next_label.clear()
            self.check_result_frame.hide()
        not_allowed = self.tr("Your role may not see personal data unmasked.")
        for button, available in (
            (self.reveal_tckn_button, True),
            (self.reveal_gsm_button, detail.gsm_masked is not None),
        ):
            button.setVisible(detail.can_reveal and available)
            button.setEnabled(True if not same_person else button.isEnabled())
            button.setToolTip("" if detail.can_reveal else not_allowed)
        if detail.institution_name:
            self.institution_label.setText(f"{detail.institution_name} ({detail.institution_code})")
        else:
            self.institution_label.setText("—")
        self.place_label.setText(
            " / ".join(x for x in (detail.province_name, detail.district_name) if x)
        )
        box = detail.mailbox
        locale = QLocale()
        if box is None:
            self.address_label.setText(self.tr("no mailbox"))
            for label in (
                self.mailbox_status_label,
                self.quota_label,
                self.reissue_label,
                self.aliases_label,
            ):
                label.setText("—")
        else:
            self.address_label.setText(box.address)
            self.mailbox_status_label.setText(
                self.tr("Active") if box.active else self.tr("Inactive")
            )
            self.quota_label.setText(
                self.tr("{size} MB").format(size=locale.toString(box.quota_bytes // (1024 * 1024)))
            )
            self.reissue_label.setText(
                box.password_changed_at.astimezone().strftime("%d.%m.%Y %H:%M")
                if box.password_changed_at
                else self.tr("never — no e-mail password issued yet")
            )
            self.aliases_label.setText(", ".join(box.aliases) if box.aliases else "—")
        self.history_model.set_rows(list(detail.history))
        self.recent_sends_label.setText(
            "\n".join(
                f"{a.started_at.astimezone().strftime('%d.%m.%Y %H:%M')} · {a.admin_username} · "
                f"{attempt_text(a.state)}"
                for a in detail.reissues
            )
            or "—"
        )
        visible = allows(identity.role, Permission.VIEW_REQUESTS)
        self.mailbox_box.requests_label.setVisible(visible)
        self.mailbox_box.requests_caption.setVisible(visible)
        self.mailbox_box.requests_label.setText(
            "\n".join(
                f"#{q.id} · {q.received_at.astimezone(ISTANBUL).strftime('%d.%m.%Y %H:%M')} · "
                f"{request_status_text(q.status)} · {request_source_text(q.source)} · "
                f"{q.gsm_masked}"
                for q in detail.requests
            )
            or self.tr("none")
        )
        self.reissue.update_button(detail)
        may_manage = allows(identity.role, Permission.MANAGE_UNIT) and detail.mailbox is not None
        self.mailbox_box.active_button.setVisible(may_manage)
        self.mailbox_box.mailbox_button.setVisible(may_manage)
        if detail.mailbox is not None:
            self.mailbox_box.active_button.setText(
                self.tr("Make &passive") if detail.mailbox.active else self.tr("Make &active")
            )
        if not same_person:
            self.send_result_label.clear()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self.error_label.show()
        self.error_label.say(
            text_for(exc) if isinstance(exc, AppError) else repr(exc),
            outcome="error",
            announce=True,
        )
        if self.detail is None:
            self.empty_label.hide()
            self.body.show()

    def refresh(self) -> None:
        if self.detail is not None:
            self.open_person(self.detail.id)

    # ------------------------------------------------------------------------------ actions
    def reveal(self, field: Field) -> None:
        if self.detail is None:
            return
        button = self.reveal_tckn_button if field is Field.TCKN else self.reveal_gsm_button
        label = self.tckn_label if field is Field.TCKN else self.gsm_label
        # The focus goes to the value (where the revealed digits appear, ready to copy)
        # rather than jumping on when the button disables itself.
        accessibility.park_focus(button, label)
        button.setEnabled(False)
        person_id = self.detail.id

        def shown(value: str) -> None:
            if self.detail is not None and self.detail.id == person_id:
                label.setText(value)
                button.setText(self.tr("Shown"))
                accessibility.announce(label, value)
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            self._failed(self._generation, exc)

        self.context.tasks.submit(
            "reveal",
            people.reveal,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=person_id,
            field=field,
            on_result=shown,
            on_error=failed,
        )

    def run_caller_check(self) -> None:
        if self.detail is None or self._checking:
            return
        # The button stays enabled (disabling it would throw the focus elsewhere); a second
        # press while the first check runs is ignored.
        self._checking = True

        def done(result: CallerCheck) -> None:
            self._checking = False
            self.show_check(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._checking = False
            self._failed(self._generation, exc)

        self.context.tasks.submit(
            "caller-check",
            people.caller_check,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            person_id=self.detail.id,
            typed_tckn=self.check_tckn_edit.text(),
            typed_gsm=self.check_gsm_edit.text(),
            on_result=done,
            on_error=failed,
        )

    def show_check(self, result: CallerCheck) -> None:
        ok = result.message is PasswordScreenMessage.NONE
        if ok:
            self.check_message_label.setText(
                self.tr("No error: the password screen accepts these details.")
            )
        else:
            self.check_message_label.setText(
                self.tr("The caller saw: “{message}”").format(message=result.message.value)
            )
        self.check_next_label.setText(next_step_text(result.next_step))
        self.check_result_frame.setProperty("outcome", "ok" if ok else "error")
        self._repolish(self.check_result_frame)
        self.check_result_frame.show()
        accessibility.announce(
            self.check_result_frame,
            f"{self.check_message_label.text()} {self.check_next_label.text()}",
            assertive=not ok,
        )

    def reset_reveals(self) -> None:
        self.reveal_tckn_button.setText(self.tr("Show"))
        self.reveal_gsm_button.setText(self.tr("Show"))

    # ------------------------------------------------------------------------------ reissue
    def toggle_mailbox(self) -> None:
        """Deactivate or reactivate the person's mailbox (through the guard: scope, audit)."""
        detail = self.detail
        if detail is None or detail.mailbox is None:
            return
        active = not detail.mailbox.active
        if not active and not notify.confirm(
            self,
            self.tr("Make the mailbox passive"),
            self.tr(
                "Make {address} passive? Nobody can sign in to it until it is made active again."
            ).format(address=detail.mailbox.address),
        ):
            return
        self.context.tasks.submit(
            "mailbox-active",
            units.set_active,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=detail.mailbox.id,
            active=active,
            on_result=lambda _r: self.refresh(),
            on_error=lambda exc: self.send_result_label.say(
                text_for(exc) if isinstance(exc, AppError) else repr(exc),
                outcome="error",
                announce=True,
            ),
        )

    def open_trail(self) -> None:
        detail = self.detail
        if detail is None:
            return
        targets = [("person", str(detail.id))]
        if detail.mailbox is not None:
            targets.append(("mailbox", str(detail.mailbox.id)))
        self.trail_requested.emit(tuple(targets), f"{detail.first_name} {detail.last_name}")

    def edit_mailbox(self) -> None:
        """The person's mailbox quota and old addresses (scope-checked and audited)."""
        detail = self.detail
        if detail is None or detail.mailbox is None:
            return
        dialog = MailboxDialog.of(self.context, detail.mailbox, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def start_reissue(self) -> None:
        """The send button: the reissue controller checks, confirms and sends."""
        self.reissue.start()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
