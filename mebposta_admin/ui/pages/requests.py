"""Bilgi Güncelleme Talepleri: the queue of info-update requests in the administrator's scope.

Filters (status, province, source, age, overdue, mine) restart the keyset-paged list; counts
say the backlog. Keyboard first: the list has the focus, Enter opens the highlighted request
in the review dialog, where Alt+O approves, Alt+R rejects and Alt+N goes on to the next one.
Several requests can be selected and rejected at once (obvious junk).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import geography
from mebposta_admin.services import requests as r
from mebposta_admin.services.requests import decide, excel, queue
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import import_text, request_source_text, request_status_text
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.reject_dialog import RejectDialog
from mebposta_admin.ui.dialogs.request_entry import RequestEntryDialog
from mebposta_admin.ui.dialogs.request_review import RequestReviewDialog
from mebposta_admin.ui.itemmodels.requests_model import RequestsTableModel
from mebposta_admin.ui.tasks import TaskHandle

PAGE = 100
AGES = (None, 1, 3, 7)


class RequestsPage(QWidget):
    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        identity = context.identity
        self.may_decide = allows(identity.role, Permission.DECIDE_REQUEST)
        self.may_receive = allows(identity.role, Permission.RECEIVE_REQUEST)
        self.review: RequestReviewDialog | None = None
        self.import_task: TaskHandle | None = None
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Info-update requests"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("hintLabel")
        self.counts_label.setWordWrap(True)
        accessibility.selectable(self.counts_label)
        outer.addWidget(self.counts_label)

        filters = QHBoxLayout()
        self.status_combo = QComboBox()
        accessibility.name(self.status_combo, self.tr("Status"))
        for value in queue.STATUS_FILTERS:
            self.status_combo.addItem(request_status_text(value), value)
        self.province_combo = QComboBox()
        accessibility.name(self.province_combo, self.tr("Province"))
        self.province_combo.addItem(self.tr("All provinces"), None)
        self.province_combo.setVisible(identity.province_code is None)
        self.source_combo = QComboBox()
        accessibility.name(self.source_combo, self.tr("Source"))
        self.source_combo.addItem(self.tr("All sources"), None)
        for value in r.SOURCES:
            self.source_combo.addItem(request_source_text(value), value)
        self.age_combo = QComboBox()
        accessibility.name(self.age_combo, self.tr("Age"))
        self.age_combo.addItem(self.tr("Any age"), None)
        for days in AGES[1:]:
            self.age_combo.addItem(self.tr("Older than %n day(s)", "", days), days)
        self.overdue_check = QCheckBox(self.tr("O&verdue only"))
        self.mine_check = QCheckBox(self.tr("&Taken by me"))
        for widget in (
            self.status_combo,
            self.province_combo,
            self.source_combo,
            self.age_combo,
            self.overdue_check,
            self.mine_check,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.model = RequestsTableModel(context.tasks, self)
        self.table = QTableView()
        accessibility.keyboard_view(self.table, self.tr("Requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RequestsTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.installEventFilter(self)
        outer.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.take_button = QPushButton(self.tr("Ta&ke"))
        self.take_button.setToolTip(self.tr("Take the highlighted request: it is yours to decide"))
        self.take_button.clicked.connect(self.take_current)
        self.reject_button = QPushButton(self.tr("Re&ject selected…"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.new_button = QPushButton(self.tr("&New request…"))
        self.new_button.setToolTip(self.tr("A form taken by phone or e-mail"))
        self.new_button.clicked.connect(self.new_request)
        self.import_button = QPushButton(self.tr("&Import Excel…"))
        self.import_button.clicked.connect(self.choose_import)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.take_button, self.reject_button):
            button.setVisible(self.may_decide)
        for button in (self.new_button, self.import_button):
            button.setVisible(self.may_receive)
        for button in (
            self.open_button,
            self.take_button,
            self.reject_button,
            self.new_button,
            self.import_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        outer.addLayout(buttons)
        self.status_label = accessibility.StatusLabel()
        outer.addWidget(self.status_label)

        for combo in (self.status_combo, self.province_combo, self.source_combo, self.age_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for check in (self.overdue_check, self.mine_check):
            check.toggled.connect(lambda _on: self.refresh())
        self.model.page_arrived.connect(self._page_arrived)
        self.model.failed.connect(self._failed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._load_provinces()
        self.refresh()

    # ------------------------------------------------------------------------------ list
    def focus_first(self) -> None:
        self.table.setFocus()

    def current_filter(self) -> queue.QueueFilter:
        return queue.QueueFilter(
            status=self.status_combo.currentData() or queue.OPEN,
            province_code=self.province_combo.currentData(),
            source=self.source_combo.currentData(),
            overdue=self.overdue_check.isChecked(),
            min_age_days=self.age_combo.currentData(),
            mine=self.mine_check.isChecked(),
        )

    def refresh(self) -> None:
        filt = self.current_filter()
        db, identity = self.context.database, self.context.identity
        self.model.start(
            lambda cursor: queue.page(db, identity, filt, cursor, PAGE), name="requests"
        )
        self.context.tasks.submit(
            "request-counts",
            queue.counts,
            owner=self,
            latest=True,
            db=db,
            identity=identity,
            on_result=self._show_counts,
            on_error=self._failed,
        )

    def _load_provinces(self) -> None:
        if self.context.identity.province_code is not None:
            return
        self.context.tasks.submit(
            "request-provinces",
            geography.load,
            owner=self,
            db=self.context.database,
            on_result=self._show_provinces,
            on_error=self._failed,
        )

    def _show_provinces(self, places: geography.Geography) -> None:
        self.province_combo.blockSignals(True)
        for place in places.provinces:
            self.province_combo.addItem(f"{place.code} {place.name}", place.code)
        self.province_combo.blockSignals(False)

    def _show_counts(self, counts: queue.QueueCounts) -> None:
        self.counts_label.setText(
            self.tr(
                "{open} open · {overdue} overdue · {soon} due within two hours · {second} "
                "waiting for a second approval · {mine} taken by you · {today} received today"
            ).format(
                open=counts.open,
                overdue=counts.overdue,
                soon=counts.due_soon,
                second=counts.second_approval,
                mine=counts.mine,
                today=counts.received_today,
            )
        )

    def _page_arrived(self, _page: object) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        if not self.model.rowCount():
            self.status_label.say(self.tr("No requests match these filters."))
        elif self.status_label.text() == self.tr("No requests match these filters."):
            self.status_label.clear()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)

    def _update_buttons(self) -> None:
        has = self.table.currentIndex().isValid()
        self.open_button.setEnabled(has)
        self.take_button.setEnabled(has)
        self.reject_button.setEnabled(bool(self.selected_rows()))

    def selected_rows(self) -> list[queue.RequestRow]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row is not None:
                rows.append(row)
        return rows

    def current_row(self) -> queue.RequestRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------ review
    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        ids = [r.id for r in self.model.rows()]
        dialog = self.review_dialog()
        dialog.show_request(row.id, ids)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def review_dialog(self) -> RequestReviewDialog:
        """The one review window of this page (made on first use, then reused)."""
        if self.review is None:
            self.review = RequestReviewDialog(self.context, self)
            self.review.decided.connect(self._decided)
            self.review.moved.connect(self._follow)
        return self.review

    def _follow(self, request_id: int) -> None:
        for position, row in enumerate(self.model.rows()):
            if row.id == request_id:
                self.table.setCurrentIndex(self.model.index(position, 0))
                return

    def _decided(self, _request_id: int) -> None:
        current = self.table.currentIndex().row()
        self.refresh()
        self._restore_row = current

    def take_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.status_label.say(self.tr("Taking the request…"))
        self.context.tasks.submit(
            "request-take",
            decide.assign,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            request_id=row.id,
            version=row.version,
            on_result=lambda _v: self._taken(row.name),
            on_error=self._failed,
        )

    def _taken(self, name: str) -> None:
        self.status_label.say(
            self.tr("You took the request of {name}.").format(name=name), outcome="success"
        )
        self.refresh()

    def reject_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = RejectDialog(len(rows), self)
        if not dialog.exec():
            return
        self.status_label.say(self.tr("Rejecting…"))
        self.context.tasks.submit(
            "request-reject",
            decide.reject,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            request_ids=[row.id for row in rows],
            reason=dialog.reason(),
            text=dialog.text(),
            versions={row.id: row.version for row in rows},
            on_result=self._rejected,
            on_error=self._failed,
        )

    def _rejected(self, decisions: tuple[decide.Decision, ...]) -> None:
        self.status_label.say(
            self.tr("%n request(s) rejected.", "", len(decisions)), outcome="success", announce=True
        )
        self.refresh()
        self.table.setFocus()

    # ------------------------------------------------------------------------------ intake
    def new_request(self) -> None:
        dialog = RequestEntryDialog(self.context, self)
        dialog.stored.connect(lambda _id: self.refresh())
        dialog.show()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import requests from Excel"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, report: Path | None = None) -> None:
        """Import ``path`` off the GUI thread, with progress and cancel; the report is written
        beside it (``NAME-rapor.xlsx``) unless ``report`` says where."""
        report = report or path.with_name(path.stem + "-rapor.xlsx")
        self.status_label.say(self.tr("Importing {file}…").format(file=path.name))
        self.import_button.setEnabled(False)
        self.cancel_button.show()
        headings = (self.tr("Row"), self.tr("Verdict"), self.tr("Reasons"))
        self.import_task = self.context.tasks.submit(
            "request-import",
            excel.import_file,
            owner=self,
            wants_progress=True,
            db=self.context.database,
            identity=self.context.identity,
            path=path,
            report_path=report,
            describe=import_text,
            headings=headings,
            on_result=self._imported,
            on_error=self._import_failed,
            on_progress=self._import_progress,
        )

    def _import_progress(self, done: int, total: int, _stage: str) -> None:
        self.status_label.say(
            self.tr("Importing: row {done} of {total}…").format(done=done, total=total)
        )

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()

    def _import_done(self) -> None:
        self.import_button.setEnabled(True)
        self.cancel_button.hide()
        self.import_task = None

    def _imported(self, report: excel.ImportReport) -> None:
        self._import_done()
        self.status_label.say(
            self.tr(
                "{rows} rows read: {stored} stored, {rejected} rejected, {repeated} repeated, "
                "{before} imported before. The row-by-row report is in {report}."
            ).format(
                rows=report.rows,
                stored=report.stored,
                rejected=report.rejected,
                repeated=report.repeated,
                before=report.imported_before,
                report=report.report_path,
            ),
            outcome="success" if not report.rejected else None,
            announce=True,
        )
        self.refresh()

    def _import_failed(self, exc: BaseException) -> None:
        self._import_done()
        self._failed(exc)
        notify.error(self, self.tr("Import"), self.status_label.text())
