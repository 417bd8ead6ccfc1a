"""The boxes of the person view, one widget each, in the order of a call: who is it
(IdentityBox) → what did they see (CallerCheckBox) → act on the mailbox (MailboxBox) → what
happened before (HistoryBox). They only show; the panel (person_panel.py) wires them to the
services."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from mebposta_admin.ui import accessibility
from mebposta_admin.ui.itemmodels.audit_model import AuditTableModel


def _value_label(caption: str = "", *, keyboard: bool = False) -> QLabel:
    """A shown value; ``keyboard``: also a Tab stop that can be selected and copied
    (Ctrl+C) by keyboard — the values a caller is read back or sent."""
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    if keyboard:
        accessibility.selectable(label)
    if caption:
        label.setAccessibleDescription(caption)
    return label


def _with_button(label: QLabel, button: QPushButton) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label, 1)
    row.addWidget(button)
    return holder


class IdentityBox(QGroupBox):
    """Who the caller is: masked TCKN and GSM (each with its reveal button), institution, place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Identity"))
        form = QFormLayout(self)
        form.setVerticalSpacing(4)
        self.tckn_label = _value_label(self.tr("TCKN"), keyboard=True)
        self.reveal_tckn_button = QPushButton(self.tr("Show"))
        accessibility.name(self.reveal_tckn_button, self.tr("Show TCKN"))
        self.gsm_label = _value_label(self.tr("GSM"), keyboard=True)
        self.reveal_gsm_button = QPushButton(self.tr("Show"))
        accessibility.name(self.reveal_gsm_button, self.tr("Show GSM"))
        for button in (self.reveal_tckn_button, self.reveal_gsm_button):
            button.setAutoDefault(False)
        form.addRow(self.tr("TCKN:"), _with_button(self.tckn_label, self.reveal_tckn_button))
        form.addRow(self.tr("GSM:"), _with_button(self.gsm_label, self.reveal_gsm_button))
        self.institution_label = _value_label(self.tr("Institution"))
        self.place_label = _value_label(self.tr("Province / district"))
        form.addRow(self.tr("Institution:"), self.institution_label)
        form.addRow(self.tr("Province / district:"), self.place_label)


class CallerCheckBox(QGroupBox):
    """What the caller typed on the password screen, and the screen's answer under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Caller check"))
        cform = QVBoxLayout(self)
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
        # Visible labels (with Alt+letter), not placeholders: they stay while typing and
        # name the fields for a screen reader.
        fields = QFormLayout()
        fields.setVerticalSpacing(4)
        self.check_tckn_edit = QLineEdit()
        self.check_tckn_edit.setMaxLength(20)
        self.check_gsm_edit = QLineEdit()
        self.check_gsm_edit.setMaxLength(20)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setAutoDefault(False)
        gsm_row = QHBoxLayout()
        gsm_row.addWidget(self.check_gsm_edit, 1)
        gsm_row.addWidget(self.check_button)
        fields.addRow(self.tr("&TCKN typed:"), self.check_tckn_edit)
        fields.addRow(self.tr("&GSM typed:"), gsm_row)
        label = fields.labelForField(gsm_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.check_gsm_edit)
        cform.addLayout(fields)
        # The answer sits right under the fields, green when the screen accepts the details.
        self.check_result_frame = QFrame()
        self.check_result_frame.setObjectName("checkResult")
        result_layout = QVBoxLayout(self.check_result_frame)
        result_layout.setContentsMargins(8, 6, 8, 6)
        self.check_message_label = QLabel()
        self.check_message_label.setObjectName("quoteLabel")
        self.check_message_label.setWordWrap(True)
        self.check_message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.check_next_label = QLabel()
        self.check_next_label.setWordWrap(True)
        self.check_next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout.addWidget(self.check_message_label)
        result_layout.addWidget(self.check_next_label)
        self.check_result_frame.hide()
        cform.addWidget(self.check_result_frame)


class MailboxBox(QGroupBox):
    """The mailbox: address, status, quota, old addresses, recent SMS passwords, and the send."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mailbox"))
        mform = QFormLayout(self)
        mform.setVerticalSpacing(4)
        self.address_label = _value_label(self.tr("Address"), keyboard=True)
        self.mailbox_status_label = _value_label(self.tr("Status"))
        self.quota_label = _value_label(self.tr("Quota"))
        self.reissue_label = _value_label(self.tr("Last password reissue"))
        self.aliases_label = _value_label(self.tr("Old addresses"))
        mform.addRow(self.tr("Address:"), self.address_label)
        mform.addRow(self.tr("Status:"), self.mailbox_status_label)
        mform.addRow(self.tr("Quota:"), self.quota_label)
        mform.addRow(self.tr("Old addresses:"), self.aliases_label)
        mform.addRow(self.tr("Last password reissue:"), self.reissue_label)
        self.recent_sends_label = _value_label(self.tr("Recent SMS passwords"))
        mform.addRow(self.tr("Recent SMS passwords:"), self.recent_sends_label)
        self.requests_label = _value_label(self.tr("Info-update requests"))
        self.requests_caption = QLabel(self.tr("Info-update requests:"))
        mform.addRow(self.requests_caption, self.requests_label)
        send_row = QHBoxLayout()
        self.send_password_button = QPushButton(self.tr("&Send password by SMS"))
        self.send_password_button.setObjectName("primaryButton")
        self.send_password_button.setAutoDefault(False)
        self.end_sessions_check = QCheckBox(self.tr("&End open mail sessions"))
        self.end_sessions_check.setToolTip(
            self.tr(
                "Signs out Outlook, phones and webmail that use the old password (doveadm kick)."
            )
        )
        send_row.addWidget(self.send_password_button)
        send_row.addWidget(self.end_sessions_check)
        send_row.addStretch(1)
        mform.addRow(send_row)
        # Deactivate / reactivate the mailbox (Dovecot refuses a login while it is passive),
        # on a row of its own: the send row keeps its width at 1280×800.
        self.active_button = QPushButton(self.tr("Make &passive"))
        self.active_button.setAutoDefault(False)
        self.mailbox_button = QPushButton(self.tr("&Quota and old addresses…"))
        self.mailbox_button.setAutoDefault(False)
        active_row = QHBoxLayout()
        active_row.addWidget(self.active_button)
        active_row.addWidget(self.mailbox_button)
        active_row.addStretch(1)
        mform.addRow(active_row)
        # Why the send is not possible, in words on the screen (not only in a tooltip).
        self.send_reason_label = QLabel()
        self.send_reason_label.setObjectName("hintLabel")
        self.send_reason_label.setWordWrap(True)
        self.send_reason_label.hide()
        mform.addRow(self.send_reason_label)
        # Where the focus waits while the send runs, and where its outcome is read.
        self.send_result_label = accessibility.StatusLabel()
        self.send_result_label.setAccessibleDescription(self.tr("Outcome of the send"))
        mform.addRow(self.send_result_label)


class HistoryBox(QWidget):
    """The person's and mailbox's recent audit events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        history_title = QLabel(self.tr("Recent history"))
        history_title.setObjectName("sectionTitle")
        title_row = QHBoxLayout()
        title_row.addWidget(history_title)
        title_row.addStretch(1)
        self.trail_button = QPushButton(self.tr("Full t&rail…"))
        self.trail_button.setAutoDefault(False)
        self.trail_button.setToolTip(self.tr("Opens every event of this person in Audit trail"))
        title_row.addWidget(self.trail_button)
        layout.addLayout(title_row)
        self.history_model = AuditTableModel(self)
        self.history_view = QTableView()
        accessibility.keyboard_view(self.history_view, self.tr("Recent history"))
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
        layout.addWidget(self.history_view, 1)
