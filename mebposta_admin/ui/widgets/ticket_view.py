"""One ticket, as the desk works it: who the caller is (the linked person or unit, or the
matches to choose from), the SLA clocks, the messages (plain text only: no HTML is rendered,
nothing remote is ever loaded, TCKN and GSM masked), and the actions — triage (category,
priority, status, assignment), an answer by e-mail with a canned answer from the manual filled
in, an internal note, and one click to the caller's record, an SMS password or a new
info-update request, each recorded on the ticket.

Every service call goes through the task runner; the view never waits on the database or the
mail server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin import adapters
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain import ticket_answers
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services.tickets import answers, queue, replies, work
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import ticket_choices, ticket_text
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.widgets import ticket_actions
from mebposta_admin.ui.widgets.sms_reissue import DemoSms
from mebposta_admin.ui.widgets.ticket_text import (
    articles_text,
    clock_text,
    load,
    when,
)


class TicketView(QWidget):
    """Signals: changed — the ticket changed (the queue reloads); person_requested(id) — open
    the caller's record in Kişiler."""

    changed = Signal()
    person_requested = Signal(int)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: queue.TicketDetail | None = None
        self.number: str | None = None
        self.demo_sms = DemoSms(self)
        self.may_reissue = allows(context.identity.role, Permission.REISSUE_PASSWORD)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title_label = QLabel(self.tr("Choose a ticket in the queue."))
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        accessibility.selectable(self.title_label)
        layout.addWidget(self.title_label)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        accessibility.selectable(self.info_label)
        layout.addWidget(self.info_label)
        self.clocks_label = QLabel()
        self.clocks_label.setObjectName("hintLabel")
        self.clocks_label.setWordWrap(True)
        accessibility.selectable(self.clocks_label)
        layout.addWidget(self.clocks_label)
        layout.addLayout(self._caller_rows())
        layout.addLayout(self._triage_row())
        self.articles_edit = QPlainTextEdit()
        self.articles_edit.setReadOnly(True)
        accessibility.name(self.articles_edit, self.tr("The ticket's messages"))
        layout.addWidget(self.articles_edit, 3)
        layout.addLayout(self._answer_rows())
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setPlaceholderText(self.tr("Your answer to the caller, or a note…"))
        self.reply_edit.setTabChangesFocus(True)
        accessibility.name(self.reply_edit, self.tr("Answer"))
        layout.addWidget(self.reply_edit, 2)
        layout.addLayout(self._send_row())
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        self._enable(False)

    # ------------------------------------------------------------------------------ layout
    def _caller_rows(self) -> QGridLayout:
        grid = QGridLayout()
        self.caller_label = QLabel()
        self.caller_label.setWordWrap(True)
        accessibility.selectable(self.caller_label)
        self.person_button = QPushButton(self.tr("Open the re&cord"))
        self.person_button.setToolTip(self.tr("The caller check and the mailbox, in People"))
        self.person_button.clicked.connect(self._open_person)
        self.sms_button = QPushButton(self.tr("Send a password by &SMS…"))
        self.sms_button.clicked.connect(self.send_password)
        self.sms_button.setVisible(self.may_reissue)
        self.request_button = QPushButton(self.tr("New info-&update request…"))
        self.request_button.clicked.connect(self.new_request)
        grid.addWidget(self.caller_label, 0, 0, 1, 3)
        grid.addWidget(self.person_button, 1, 0)
        grid.addWidget(self.sms_button, 1, 1)
        grid.addWidget(self.request_button, 1, 2)
        self.match_combo = QComboBox()
        accessibility.name(self.match_combo, self.tr("Matches"))
        self.link_button = QPushButton(self.tr("Link this call&er"))
        self.link_button.clicked.connect(self.link_caller)
        grid.addWidget(self.match_combo, 2, 0, 1, 2)
        grid.addWidget(self.link_button, 2, 2)
        return grid

    def _triage_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.category_combo = QComboBox()
        accessibility.name(self.category_combo, self.tr("Category"))
        for code, word in ticket_choices("category"):
            self.category_combo.addItem(word, code)
        self.category_button = QPushButton(self.tr("C&onfirm category"))
        self.category_button.clicked.connect(self.confirm_category)
        self.priority_combo = QComboBox()
        accessibility.name(self.priority_combo, self.tr("Priority"))
        for code, word in ticket_choices("priority"):
            self.priority_combo.addItem(word, code)
        self.priority_combo.activated.connect(lambda _i: self.set_priority())
        self.take_button = QPushButton(self.tr("Ta&ke"))
        self.take_button.setToolTip(self.tr("Assign the ticket to yourself"))
        self.take_button.clicked.connect(lambda: self.assign(work.ME))
        self.turn_button = QPushButton(self.tr("Assign in &turn"))
        self.turn_button.setToolTip(self.tr("To the next administrator of the ticket's queue"))
        self.turn_button.clicked.connect(lambda: self.assign(work.ROUND_ROBIN))
        for widget in (
            self.category_combo,
            self.category_button,
            self.priority_combo,
            self.take_button,
            self.turn_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _answer_rows(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.answer_combo = QComboBox()
        accessibility.name(self.answer_combo, self.tr("Canned answer"))
        for answer in ticket_answers.ANSWERS:
            self.answer_combo.addItem(answer.title, answer.key)  # Turkish: it goes to callers
        self.insert_button = QPushButton(self.tr("&Insert answer"))
        self.insert_button.setToolTip(
            self.tr("The manual's answer, filled from the caller's mailbox")
        )
        self.insert_button.clicked.connect(self.insert_answer)
        self.more_button = QPushButton(self.tr("Mer&ge, split, assign…"))
        more = QMenu(self.more_button)
        more.addAction(self.tr("Assign to a colleague…"), self.assign_colleague)
        more.addAction(self.tr("Merge into another ticket…"), self.merge_into)
        more.addAction(self.tr("Split a message off into a new ticket…"), self.split_off)
        self.more_button.setMenu(more)
        row.addWidget(self.answer_combo, 1)
        row.addWidget(self.insert_button)
        row.addWidget(self.more_button)
        return row

    def _send_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.after_combo = QComboBox()
        accessibility.name(self.after_combo, self.tr("Status after the answer"))
        for code in ("waiting", "solved", "open"):
            self.after_combo.addItem(ticket_text("status", code), code)
        self.reply_button = QPushButton(self.tr("Send the &answer"))
        self.reply_button.clicked.connect(self.send_reply)
        self.note_button = QPushButton(self.tr("Add as internal &note"))
        self.note_button.clicked.connect(self.add_note)
        self.solve_button = QPushButton(self.tr("Mark so&lved"))
        self.solve_button.clicked.connect(lambda: self.set_status("solved"))
        for widget in (self.after_combo, self.reply_button, self.note_button, self.solve_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _enable(self, on: bool) -> None:
        for widget in (
            self.person_button,
            self.sms_button,
            self.request_button,
            self.match_combo,
            self.link_button,
            self.category_combo,
            self.category_button,
            self.priority_combo,
            self.take_button,
            self.turn_button,
            self.answer_combo,
            self.insert_button,
            self.more_button,
            self.after_combo,
            self.reply_button,
            self.note_button,
            self.solve_button,
            self.reply_edit,
        ):
            widget.setEnabled(on)

    # ------------------------------------------------------------------------------ loading
    def open(self, number: str) -> None:
        if number != self.number:
            self.reply_edit.clear()
        self.number = number
        self.context.tasks.submit(
            "ticket",
            load,
            owner=self,
            latest=True,
            db=self.context.database,
            identity=self.context.identity,
            number=number,
            doveadm=self.context.doveadm(),
            on_result=self._show,
            on_error=self._failed,
        )

    def _show(self, loaded: tuple[queue.TicketDetail, Any]) -> None:
        detail, drafted = loaded
        if detail.row.number != self.number:
            return  # another ticket was chosen meanwhile
        self.detail = detail
        row = detail.row
        self.title_label.setText(f"{row.number} · {row.subject or '—'}")
        self.info_label.setText(
            self.tr("{status} · {priority} · from {source} · opened {opened} · {assignee}").format(
                status=ticket_text("status", row.status),
                priority=ticket_text("priority", row.priority),
                source=ticket_text("source", detail.source),
                opened=when(row.created_at),
                assignee=row.assigned_to or self.tr("nobody has taken it"),
            )
        )
        self.clocks_label.setText("   ·   ".join(clock_text(c) for c in detail.clocks.all))
        self._show_caller(detail)
        suggested = detail.row.category
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(suggested)))
        self.category_button.setText(
            self.tr("C&onfirm category")
            if not row.category_confirmed
            else self.tr("Ch&ange category")
        )
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(row.priority)))
        if drafted is not None:
            self.answer_combo.setCurrentIndex(max(0, self.answer_combo.findData(drafted.key)))
        self.articles_edit.setPlainText(articles_text(detail))
        self._enable(detail.merged_into is None)
        self.person_button.setEnabled(detail.person_id is not None)
        self.sms_button.setEnabled(detail.person_id is not None)
        self.link_button.setEnabled(bool(detail.candidates))
        self.match_combo.setEnabled(bool(detail.candidates))

    def _show_caller(self, detail: queue.TicketDetail) -> None:
        caller = f"{detail.caller_name} <{detail.caller_address}>".strip(" <>")
        if detail.person_label:
            text = self.tr("Caller: {caller} — linked to {person}, {address}").format(
                caller=caller or "—", person=detail.person_label, address=detail.mailbox_address
            )
        elif detail.mailbox_address:
            text = self.tr("Caller: {caller} — the unit account {address}").format(
                caller=caller or "—", address=detail.mailbox_address
            )
        elif detail.candidates:
            text = self.tr("Caller: {caller} — several records fit; choose one below.").format(
                caller=caller or "—"
            )
        else:
            text = self.tr("Caller: {caller} — no record matches.").format(caller=caller or "—")
        self.caller_label.setText(text)
        self.match_combo.clear()
        for c in detail.candidates:
            self.match_combo.addItem(
                f"{c.label} · {ticket_text('reason', c.reason)}", (c.kind, c.id)
            )

    def _failed(self, exc: BaseException) -> None:
        self.status_label.say(
            text_for(exc) if isinstance(exc, AppError) else repr(exc),
            outcome="error",
            announce=True,
        )

    # ------------------------------------------------------------------------------ actions
    def _run(self, name: str, fn: Any, done_text: str, **kwargs: Any) -> None:
        if self.number is None:
            return
        number = self.number

        def done(_result: Any) -> None:
            self.status_label.say(done_text, outcome="success", announce=True)
            if name in ("ticket-reply", "ticket-note"):
                self.reply_edit.clear()  # only once it is stored: a refusal keeps the text
            self.open(number)
            self.changed.emit()

        self.status_label.say(self.tr("Working…"))
        self.context.tasks.submit(
            name,
            fn,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            key=number,
            on_result=done,
            on_error=self._failed,
            **kwargs,
        )

    def confirm_category(self) -> None:
        self._run(
            "ticket-category",
            work.set_category,
            self.tr("Category saved."),
            category=self.category_combo.currentData(),
        )

    def set_priority(self) -> None:
        self._run(
            "ticket-priority",
            work.set_priority,
            self.tr("Priority saved."),
            priority=self.priority_combo.currentData(),
        )

    def set_status(self, status: str) -> None:
        self._run("ticket-status", work.set_status, self.tr("Status saved."), status=status)

    def assign(self, to: str) -> None:
        self._run("ticket-assign", work.assign, self.tr("Assigned."), to=to)

    def link_caller(self) -> None:
        choice = self.match_combo.currentData()
        if choice:
            self._run(
                "ticket-link",
                work.link_caller,
                self.tr("Caller linked."),
                kind=choice[0],
                ident=choice[1],
            )

    def insert_answer(self) -> None:
        if self.detail is None:
            return
        drafted = answers.draft(self.detail, self.answer_combo.currentData())
        if drafted is not None:
            self.reply_edit.setPlainText(drafted.text)
            self.reply_edit.setFocus()

    def add_note(self) -> None:
        text = self.reply_edit.toPlainText()
        self._run("ticket-note", work.add_note, self.tr("Note added."), text=text)

    def send_reply(self) -> None:
        text = self.reply_edit.toPlainText()
        mailer = adapters.mailer(self.context.database, self.context.secrets)
        self._run(
            "ticket-reply",
            replies.reply,
            self.tr("The answer was sent to the caller."),
            text=text,
            mailer=mailer,
            status_after=self.after_combo.currentData(),
        )

    def _open_person(self) -> None:
        if self.detail is not None and self.detail.person_id is not None:
            self.person_requested.emit(self.detail.person_id)

    # the actions of the More… menu and the caller's row: ui/widgets/ticket_actions.py
    def assign_colleague(self) -> None:
        ticket_actions.assign_colleague(self)

    def merge_into(self) -> None:
        ticket_actions.merge_into(self)

    def split_off(self) -> None:
        ticket_actions.split_off(self)

    def new_request(self) -> None:
        ticket_actions.new_request(self)

    def send_password(self) -> None:
        ticket_actions.send_password(self)
