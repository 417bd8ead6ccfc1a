"""Birim Hesapları: the offices' shared mailboxes in scope, their custodians, and the actions.

Left: the list (search by address or office name; "only without a valid primary custodian").
Right: the unit view — mailbox, custodians present and past, history — with the password by
SMS to the primary custodian, the handover (which strongly proposes a new password, since the
old custodian knew it; declining is recorded with a reason) and deactivate / reactivate.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import reissue, units
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import action_text
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.handover_dialog import HandoverDialog
from mebposta_admin.ui.dialogs.unit_create_dialog import UnitCreateDialog
from mebposta_admin.ui.itemmodels.units_model import UnitsTableModel
from mebposta_admin.ui.widgets.sms_reissue import SmsReissue

PAGE = 100


def _when(moment: object) -> str:
    return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y") if moment else "—"  # type: ignore[attr-defined]


class UnitsPage(QWidget):
    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.may_manage = allows(context.identity.role, Permission.MANAGE_UNIT)
        self.may_reissue = allows(context.identity.role, Permission.REISSUE_PASSWORD)
        self.detail: units.UnitDetail | None = None
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Unit accounts"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("hintLabel")
        accessibility.selectable(self.counts_label)
        outer.addWidget(self.counts_label)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Address or office, e.g. maarif07 or Muratpaşa")
        )
        accessibility.name(self.search_edit, self.tr("Search unit accounts"))
        self.flagged_check = QCheckBox(self.tr("Only &without a valid primary custodian"))
        self.new_button = QPushButton(self.tr("&New unit account…"))
        self.new_button.clicked.connect(self.new_unit)
        self.new_button.setVisible(self.may_manage)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.flagged_check)
        bar.addWidget(self.new_button)
        outer.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = UnitsTableModel(context.tasks, self)
        self.table = QTableView()
        accessibility.keyboard_view(self.table, self.tr("Unit accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.status_label = accessibility.StatusLabel()
        outer.addWidget(self.status_label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.flagged_check.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._open(cur.row())
        )
        self.model.page_arrived.connect(self._page_arrived)
        self.model.failed.connect(self._failed)
        self.refresh()

    # ------------------------------------------------------------------------------ layout
    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
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
        body.addWidget(box)
        custodians = QLabel(self.tr("Custodians"))
        custodians.setObjectName("sectionTitle")
        body.addWidget(custodians)
        self.custodians_list = QListWidget()
        self.custodians_list.setWordWrap(True)
        accessibility.name(self.custodians_list, self.tr("Custodians, present and past"))
        body.addWidget(self.custodians_list, 1)
        history = QLabel(self.tr("History"))
        history.setObjectName("sectionTitle")
        body.addWidget(history)
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
        return panel

    # ------------------------------------------------------------------------------ list
    def focus_first(self) -> None:
        self.search_edit.setFocus()

    def refresh(self) -> None:
        text, flagged = self.search_edit.text(), self.flagged_check.isChecked()
        db, identity = self.context.database, self.context.identity
        self.model.start(
            lambda cursor: units.page(db, identity, text, cursor, PAGE, flagged_only=flagged),
            name="units",
        )
        self.context.tasks.submit(
            "unit-counts",
            units.counts,
            owner=self,
            db=db,
            identity=identity,
            on_result=lambda c: self.counts_label.setText(
                self.tr(
                    "{total} unit accounts · {flagged} without a valid primary custodian"
                ).format(total=QLocale().toString(c.total), flagged=QLocale().toString(c.flagged))
            ),
            on_error=self._failed,
        )

    def _page_arrived(self, _page: object) -> None:
        self.table.resizeColumnsToContents()  # the addresses whole; the table scrolls sideways
        if not self.model.rowCount():
            self.status_label.say(self.tr("No unit account matches."))
        else:
            self.status_label.clear()

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)

    def open_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _open(self, row: int) -> None:
        unit = self.model.row_at(row)
        if unit is None:
            return
        self.load(unit.id)

    def load(self, mailbox_id: int) -> None:
        self.context.tasks.submit(
            "unit",
            units.detail,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=mailbox_id,
            on_result=self._show,
            on_error=self._failed,
        )

    # ------------------------------------------------------------------------------ detail
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
            gsm = c.gsm_masked or self.tr("no GSM on file")
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
            self.custodians_list.addItem(text)
        self.history_list.clear()
        for event in unit.history:
            when = event.occurred_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
            self.history_list.addItem(
                f"{when}  {action_text(event.action)} — {event.admin_username}"
            )
        self.active_button.setText(
            self.tr("&Deactivate") if unit.active else self.tr("Re&activate")
        )
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
            self.load(self.detail.id)

    def hand_over(self) -> None:
        unit = self.detail
        if unit is None:
            return
        dialog = HandoverDialog(
            self.context, unit.address, unit.primary.name if unit.primary else None, self
        )
        if not dialog.exec() or dialog.person_id() is None:
            return
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
            on_result=self._handed_over,
            on_error=self._action_failed,
        )

    def _handed_over(self, result: units.HandoverResult) -> None:
        self.load(result.mailbox_id)
        self.refresh()
        if not result.propose_reissue:
            self.result_label.say(self.tr("Handed over."), outcome="success")
            return
        question = self.tr(
            "Handed over. The previous custodian knew the password: send a new one to the new "
            "custodian now? (Strongly recommended.)"
        )
        if notify.confirm(self, self.tr("Send a new password"), question):
            self.send_password()
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("No new password"),
            self.tr("Why is no new password sent now? (recorded in the audit trail)"),
        )
        if not ok:
            reason = ""
        self.context.tasks.submit(
            "unit-decline",
            units.decline_reissue,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=result.mailbox_id,
            reason=reason,
            on_result=lambda _r: self.result_label.say(
                self.tr("Handed over; no new password sent (the reason is recorded).")
            ),
            on_error=self._action_failed,
        )

    def toggle_active(self) -> None:
        unit = self.detail
        if unit is None:
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

    def new_unit(self) -> None:
        dialog = UnitCreateDialog(self.context, self)
        dialog.created.connect(self._created)
        dialog.show()

    def _created(self, mailbox_id: int) -> None:
        self.result_label.say(
            self.tr("Created. Send its first password to the custodian (Alt+S)."), outcome="success"
        )
        self._reload(mailbox_id)

    def _reload(self, mailbox_id: int) -> None:
        self.load(mailbox_id)
        self.refresh()

    def _action_failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.result_label.say(text, outcome="error", announce=True)
