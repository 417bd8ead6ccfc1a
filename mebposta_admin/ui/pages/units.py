"""Birim Hesapları: the offices' shared mailboxes in scope, their custodians, and the actions.

Left: the list (search by address or office name; "only without a valid primary custodian"),
its Excel export (the list as filtered) and the import of unit accounts and custodians (all
rows or none, with a row-level report beside the file). Right: the unit view
(ui.widgets.unit_view) with its custodians and actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.services import units
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import unit_bulk_text, unit_export_headers
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.unit_create_dialog import UnitCreateDialog
from mebposta_admin.ui.itemmodels.units_model import UnitsTableModel
from mebposta_admin.ui.widgets.row_table import row_table
from mebposta_admin.ui.widgets.unit_view import UnitView

PAGE = 100


class UnitsPage(QWidget):
    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.may_manage = allows(context.identity.role, Permission.MANAGE_UNIT)
        self.task: Any = None  # the running import or export
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
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.clicked.connect(self.choose_import)
        self.import_button.setVisible(self.may_manage)
        self.export_button = QPushButton(self.tr("E&xport list…"))
        self.export_button.clicked.connect(self.choose_export)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel_task)
        self.cancel_button.hide()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.flagged_check)
        for button in (self.new_button, self.import_button, self.export_button, self.cancel_button):
            bar.addWidget(button)
        outer.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = UnitsTableModel(context.tasks, self)
        self.table = row_table(self.model, self.tr("Unit accounts"))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        splitter.addWidget(self.table)
        self.view = UnitView(context, self)
        self.view.changed.connect(self.refresh)
        self.trail_requested = self.view.trail_requested
        splitter.addWidget(self.view)
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
            latest=True,
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
        self.view.load(unit.id)

    # ------------------------------------------------------------------------------ bulk
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import unit accounts from Excel"),
            "",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, report: Path | None = None) -> None:
        """Import ``path`` off the GUI thread (all rows or none); the row-level report is
        written beside it (``NAME-rapor.xlsx``) unless ``report`` says where."""
        report = report or path.with_name(path.stem + "-rapor.xlsx")
        self._busy(True, self.tr("Importing {file}…").format(file=path.name))
        self.task = self.context.tasks.submit(
            "unit-import",
            units.import_file,
            owner=self,
            wants_progress=True,
            db=self.context.database,
            identity=self.context.identity,
            path=path,
            report_path=report,
            describe=unit_bulk_text,
            explain=text_for,
            headings=(self.tr("Row"), self.tr("Verdict"), self.tr("Reasons")),
            on_result=self._imported,
            on_error=self._bulk_failed,
            on_progress=lambda done, total, _stage: self.status_label.say(
                self.tr("Checking row {done} of {total}…").format(done=done, total=total)
            ),
        )

    def _imported(self, report: units.UnitImportReport) -> None:
        self._busy(False)
        if not report.imported:
            text = text_for(
                ValidationFailed(
                    "unit.import_rejected",
                    rejected=report.rejected,
                    rows=report.rows,
                    report=report.report_path,
                )
            )
            self.status_label.say(text, outcome="error", announce=True)
            notify.error(self, self.tr("Import"), text)
            return
        self.status_label.say(
            self.tr(
                "{rows} rows imported: {created} created, {handed} handed over (send each a new "
                "password), {updated} updated, {unchanged} unchanged. The report is in {report}."
            ).format(
                rows=report.rows,
                created=report.created,
                handed=report.handed_over,
                updated=report.updated,
                unchanged=report.unchanged,
                report=report.report_path,
            ),
            outcome="success",
            announce=True,
        )
        self.refresh()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export unit accounts"),
            self.tr("unit-accounts.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.export_file(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export_file(self, path: Path) -> None:
        """The list as filtered now, written off the GUI thread (whole or not at all)."""
        self._busy(True, self.tr("Writing {file}…").format(file=path.name))
        self.task = self.context.tasks.submit(
            "unit-export",
            units.export_file,
            owner=self,
            wants_progress=True,
            db=self.context.database,
            identity=self.context.identity,
            path=path,
            headers=unit_export_headers(),
            text=self.search_edit.text(),
            flagged_only=self.flagged_check.isChecked(),
            describe=unit_bulk_text,
            on_result=lambda count: self._exported(count, path),
            on_error=self._bulk_failed,
            on_progress=lambda done, total, _stage: self.status_label.say(
                self.tr("Writing row {done} of {total}…").format(done=done, total=total or "?")
            ),
        )

    def _exported(self, count: int, path: Path) -> None:
        self._busy(False)
        self.status_label.say(
            self.tr("%n unit account(s) written to {file}.", "", count).format(file=path),
            outcome="success",
            announce=True,
        )

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _busy(self, busy: bool, text: str = "") -> None:
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self.task = None
        if text:
            self.status_label.say(text)

    def _bulk_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._failed(exc)

    def new_unit(self) -> None:
        dialog = UnitCreateDialog(self.context, self)
        dialog.created.connect(self._created)
        dialog.show()

    def _created(self, mailbox_id: int) -> None:
        self.view.result_label.say(
            self.tr("Created. Send its first password to the custodian (Alt+S)."), outcome="success"
        )
        self.load(mailbox_id)
        self.refresh()

    def load(self, mailbox_id: int) -> None:
        """Open a unit account in the view (the Kişiler box's choice, a new unit)."""
        self.view.load(mailbox_id)

    @property
    def detail(self) -> units.UnitDetail | None:
        return self.view.detail
