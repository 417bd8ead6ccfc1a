"""Destek Talepleri: the help desk's queue — the tickets of the administrator's scope, what
breaches its SLA first on top, each with its timer — and the chosen ticket beside it
(ui.widgets.ticket_view). Filters: status, queue (a province or the central desk), category,
taken by me, and words in the subject, the messages or the caller (Turkish-folded: “sifre”
finds “Şifre”). A call taken by phone opens a ticket of its own (Alt+Y).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import geography
from mebposta_admin.services.tickets import queue, work
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import ticket_choices
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.itemmodels.tickets_model import TicketsTableModel
from mebposta_admin.ui.widgets.row_table import row_table
from mebposta_admin.ui.widgets.ticket_view import TicketView

PAGE = 100


class PhoneTicketDialog(QDialog):
    """A call taken at the desk, as a ticket (the caller's words, who called, how urgent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New ticket from a phone call"))
        form = QFormLayout(self)
        self.subject_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("ad.soyad@meb.gov.tr")
        self.phone_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.priority_combo = QComboBox()
        for code, word in ticket_choices("priority"):
            self.priority_combo.addItem(word, code)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))
        for label, widget in (
            (self.tr("&Subject:"), self.subject_edit),
            (self.tr("Caller's &name:"), self.name_edit),
            (self.tr("Caller's e-&mail:"), self.address_edit),
            (self.tr("&Phone:"), self.phone_edit),
            (self.tr("What the caller &said:"), self.body_edit),
            (self.tr("P&riority:"), self.priority_combo),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def entry(self) -> work.Desk:
        return work.Desk(
            self.subject_edit.text(),
            self.body_edit.toPlainText(),
            self.name_edit.text(),
            self.address_edit.text(),
            self.phone_edit.text(),
            self.priority_combo.currentData(),
        )


class TicketsPage(QWidget):
    """Signals: person_requested(person id) — passed on from the view."""

    person_requested = Signal(int)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)  # typing in the search box, debounced
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Help-desk tickets"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        outer.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = TicketsTableModel(context.tasks, self)
        self.table = row_table(self.model, self.tr("Tickets"))
        splitter.addWidget(self.table)
        self.view = TicketView(context, self)
        self.view.changed.connect(self.refresh_keeping)
        self.view.person_requested.connect(self.person_requested)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 560])
        header = self.table.horizontalHeader()
        for column, width in (
            (TicketsTableModel.COL_SLA, 150),
            (TicketsTableModel.COL_NUMBER, 125),
            (TicketsTableModel.COL_SUBJECT, 180),
            (TicketsTableModel.COL_CALLER, 150),
        ):
            header.resizeSection(column, width)
        outer.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.phone_button = QPushButton(self.tr("New ticket from a &phone call…"))
        self.phone_button.clicked.connect(self.new_phone_ticket)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.phone_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        outer.addLayout(buttons)
        self.status_label = accessibility.StatusLabel()
        outer.addWidget(self.status_label)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._open_row(cur.row())
        )
        self.model.page_arrived.connect(self._page_arrived)
        self.model.failed.connect(self._failed)
        self._load_queues()
        self.refresh()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_combo = QComboBox()
        accessibility.name(self.status_combo, self.tr("Status"))
        self.status_combo.addItem(self.tr("Open (new, open, waiting)"), queue.OPEN)
        for code, word in ticket_choices("status"):
            self.status_combo.addItem(word, code)
        self.status_combo.addItem(self.tr("All"), queue.ALL)
        self.queue_combo = QComboBox()
        accessibility.name(self.queue_combo, self.tr("Queue"))
        self.queue_combo.addItem(self.tr("Every queue of my scope"), None)
        national = self.context.identity.province_code is None
        if national:
            self.queue_combo.addItem(self.tr("Central desk"), queue.CENTRAL)
        self.queue_combo.setVisible(national)
        self.category_combo = QComboBox()
        accessibility.name(self.category_combo, self.tr("Category"))
        self.category_combo.addItem(self.tr("Every category"), None)
        for code, word in ticket_choices("category"):
            self.category_combo.addItem(word, code)
        self.mine_check = QCheckBox(self.tr("Taken by &me"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search: subject, message, caller…"))
        self.search_edit.setClearButtonEnabled(True)
        accessibility.name(self.search_edit, self.tr("Search the tickets"))
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        for combo in (self.status_combo, self.queue_combo, self.category_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mine_check.toggled.connect(lambda _on: self.refresh())
        for widget in (self.status_combo, self.queue_combo, self.category_combo, self.mine_check):
            row.addWidget(widget)
        row.addWidget(self.search_edit, 1)
        return row

    def _load_queues(self) -> None:
        if self.context.identity.province_code is not None:
            return
        self.context.tasks.submit(
            "ticket-queues",
            geography.load,
            owner=self,
            db=self.context.database,
            on_result=self._show_queues,
            on_error=self._failed,
        )

    def _show_queues(self, places: geography.Geography) -> None:
        self.queue_combo.blockSignals(True)
        for place in places.provinces:
            self.queue_combo.addItem(f"{place.code} {place.name}", place.code)
        self.queue_combo.blockSignals(False)

    # ------------------------------------------------------------------------------ list
    def focus_first(self) -> None:
        self.table.setFocus()

    def current_filter(self) -> queue.TicketFilter:
        return queue.TicketFilter(
            status=self.status_combo.currentData() or queue.OPEN,
            queue=self.queue_combo.currentData(),
            mine=self.mine_check.isChecked(),
            category=self.category_combo.currentData(),
            text=self.search_edit.text(),
        )

    def refresh(self) -> None:
        filt = self.current_filter()
        db, identity = self.context.database, self.context.identity
        self.model.start(
            lambda cursor: queue.page(db, identity, filt, cursor, PAGE), name="tickets"
        )

    def refresh_keeping(self) -> None:
        """After a change on the open ticket: the list again, the ticket kept open."""
        self.refresh()

    def open_ticket(self, number: str) -> None:
        self.view.open(number)

    def _open_row(self, row: int) -> None:
        ticket = self.model.row_at(row)
        if ticket is not None and ticket.number != self.view.number:
            self.view.open(ticket.number)

    def _page_arrived(self, _page: object) -> None:
        if not self.model.rowCount():
            self.status_label.say(self.tr("No tickets match these filters."))
            return
        if self.status_label.text() == self.tr("No tickets match these filters."):
            self.status_label.clear()
        if not self.table.currentIndex().isValid():
            numbers = [r.number for r in self.model.rows()]
            at = numbers.index(self.view.number) if self.view.number in numbers else 0
            self.table.setCurrentIndex(self.model.index(at, 0))

    def _failed(self, exc: BaseException) -> None:
        self.status_label.say(
            text_for(exc) if isinstance(exc, AppError) else repr(exc),
            outcome="error",
            announce=True,
        )

    def new_phone_ticket(self) -> None:
        dialog = PhoneTicketDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def opened(number: str) -> None:
            self.status_label.say(
                self.tr("Ticket {number} opened.").format(number=number),
                outcome="success",
                announce=True,
            )
            self.refresh()
            self.view.open(number)

        self.context.tasks.submit(
            "ticket-desk",
            work.open_at_desk,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            entry=dialog.entry(),
            on_result=opened,
            on_error=self._failed,
        )
