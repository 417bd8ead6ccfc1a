"""The person view: identity (masked, revealable), institution, mailbox, caller check, history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.manual import PasswordScreenMessage
from mebposta_admin.errors import AppError
from mebposta_admin.services import people
from mebposta_admin.services.people import CallerCheck, Field, PersonDetail
from mebposta_admin.ui.error_texts import text_for
from mebposta_admin.ui.itemmodels.audit_model import AuditTableModel
from mebposta_admin.ui.labels import attempt_text, next_step_text
from mebposta_admin.ui.widgets.reissue_controller import ReissueController


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


EMPTY_HINT = QT_TRANSLATE_NOOP(
    "PersonPanel", "Search for a caller, then select a row (click or arrow keys) to open them."
)


class PersonPanel(QWidget):
    """Shows one person. Every service call goes through the task runner.

    Signals:
        changed: the person's audit history changed (a reveal or a check was recorded).
    """

    changed = Signal()

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: PersonDetail | None = None
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
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("chipLabel")
        header.addWidget(self.name_label, 1)
        header.addWidget(self.status_label)
        body.addLayout(header)
        self.error_label = QLabel()
        self.error_label.setObjectName("statusLabel")
        self.error_label.setProperty("error", True)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        body.addWidget(self.error_label)

        identity = QGroupBox(self.tr("Identity"))
        form = QFormLayout(identity)
        form.setVerticalSpacing(4)
        self.tckn_label = _value_label()
        self.reveal_tckn_button = QPushButton(self.tr("Show"))
        self.gsm_label = _value_label()
        self.reveal_gsm_button = QPushButton(self.tr("Show"))
        for button, field in (
            (self.reveal_tckn_button, Field.TCKN),
            (self.reveal_gsm_button, Field.GSM),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, f=field: self.reveal(f))
        form.addRow(self.tr("TCKN:"), self._with_button(self.tckn_label, self.reveal_tckn_button))
        form.addRow(self.tr("GSM:"), self._with_button(self.gsm_label, self.reveal_gsm_button))
        self.institution_label = _value_label()
        self.place_label = _value_label()
        form.addRow(self.tr("Institution:"), self.institution_label)
        form.addRow(self.tr("Province / district:"), self.place_label)
        body.addWidget(identity)

        check = QGroupBox(self.tr("Caller check"))
        cform = QVBoxLayout(check)
        cform.setSpacing(4)
        explain = QLabel(
            self.tr(
                "Type the TCKN and GSM exactly as the caller entered them on the password "
                "screen; the number on file is not shown."
            )
        )
        explain.setObjectName("hintLabel")
        explain.setWordWrap(True)
        cform.addWidget(explain)
        row = QHBoxLayout()
        self.check_tckn_edit = QLineEdit()
        self.check_tckn_edit.setPlaceholderText(self.tr("TCKN typed"))
        self.check_tckn_edit.setMaxLength(20)
        self.check_gsm_edit = QLineEdit()
        self.check_gsm_edit.setPlaceholderText(self.tr("GSM typed"))
        self.check_gsm_edit.setMaxLength(20)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.run_caller_check)
        self.check_gsm_edit.returnPressed.connect(self.run_caller_check)
        row.addWidget(self.check_tckn_edit)
        row.addWidget(self.check_gsm_edit)
        row.addWidget(self.check_button)
        cform.addLayout(row)
        # The answer sits right under the fields, green when the screen accepts the details.
        self.check_result_frame = QFrame()
        self.check_result_frame.setObjectName("checkResult")
        result_layout = QVBoxLayout(self.check_result_frame)
        result_layout.setContentsMargins(8, 6, 8, 6)
        self.check_message_label = QLabel()
        self.check_message_label.setObjectName("quoteLabel")
        self.check_message_label.setWordWrap(True)
        self.check_next_label = QLabel()
        self.check_next_label.setWordWrap(True)
        result_layout.addWidget(self.check_message_label)
        result_layout.addWidget(self.check_next_label)
        self.check_result_frame.hide()
        cform.addWidget(self.check_result_frame)
        body.addWidget(check)

        mailbox = QGroupBox(self.tr("Mailbox"))
        mform = QFormLayout(mailbox)
        mform.setVerticalSpacing(4)
        self.address_label = _value_label()
        self.mailbox_status_label = _value_label()
        self.quota_label = _value_label()
        self.reissue_label = _value_label()
        self.aliases_label = _value_label()
        mform.addRow(self.tr("Address:"), self.address_label)
        mform.addRow(self.tr("Status:"), self.mailbox_status_label)
        mform.addRow(self.tr("Quota:"), self.quota_label)
        mform.addRow(self.tr("Old addresses:"), self.aliases_label)
        mform.addRow(self.tr("Last password reissue:"), self.reissue_label)
        self.recent_sends_label = _value_label()
        mform.addRow(self.tr("Recent SMS passwords:"), self.recent_sends_label)
        send_row = QHBoxLayout()
        self.send_password_button = QPushButton(self.tr("Send password by SMS"))
        self.send_password_button.setObjectName("primaryButton")
        self.send_password_button.setAutoDefault(False)
        self.send_password_button.clicked.connect(self.start_reissue)
        self.end_sessions_check = QCheckBox(self.tr("End open mail sessions"))
        self.end_sessions_check.setToolTip(
            self.tr(
                "Signs out Outlook, phones and webmail that use the old password (doveadm kick)."
            )
        )
        send_row.addWidget(self.send_password_button)
        send_row.addWidget(self.end_sessions_check)
        send_row.addStretch(1)
        mform.addRow(send_row)
        self.send_result_label = QLabel()
        self.send_result_label.setWordWrap(True)
        self.send_result_label.setObjectName("statusLabel")
        self.send_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mform.addRow(self.send_result_label)
        body.addWidget(mailbox)
        self.reissue = ReissueController(self)

        history_title = QLabel(self.tr("Recent history"))
        history_title.setObjectName("sectionTitle")
        body.addWidget(history_title)
        self.history_model = AuditTableModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.setColumnHidden(AuditTableModel.COL_WORKSTATION, True)
        history_header = self.history_view.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(
            AuditTableModel.COL_ACTION, QHeaderView.ResizeMode.Stretch
        )
        self.history_view.setMinimumHeight(120)
        self.history_view.setFrameShape(QFrame.Shape.StyledPanel)
        body.addWidget(self.history_view, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()

    @staticmethod
    def _with_button(label: QLabel, button: QPushButton) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label, 1)
        row.addWidget(button)
        return holder

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
        self.reissue.update_button(detail)
        if not same_person:
            self.send_result_label.clear()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self.error_label.setText(text_for(exc) if isinstance(exc, AppError) else repr(exc))
        self.error_label.show()
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
        button.setEnabled(False)
        person_id = self.detail.id

        def shown(value: str) -> None:
            if self.detail is not None and self.detail.id == person_id:
                label.setText(value)
                button.setText(self.tr("Shown"))
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
        if self.detail is None:
            return
        self.check_button.setEnabled(False)

        def done(result: CallerCheck) -> None:
            self.check_button.setEnabled(True)
            self.show_check(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.check_button.setEnabled(True)
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

    def reset_reveals(self) -> None:
        self.reveal_tckn_button.setText(self.tr("Show"))
        self.reveal_gsm_button.setText(self.tr("Show"))

    # ------------------------------------------------------------------------------ reissue
    def start_reissue(self) -> None:
        """The send button: the reissue controller checks, confirms and sends."""
        self.reissue.start()

    @staticmethod
    def _repolish(widget: QWidget) -> None:  # also the reissue controller's
        widget.style().unpolish(widget)
        widget.style().polish(widget)
