"""Denetim: the audit trail of the reader's scope — filtered (ui.widgets.audit_filters),
keyset-paged newest first, an event open in full, exported to Excel — and its tamper
evidence: the last verification of the hash chain, and a new one run off the GUI thread with
progress and stop.

Filters: a period (Turkey's days), administrator, action, province, target (type and id),
outcome and free text in the details. A person's or a unit's view opens its trail here with
one click (:meth:`AuditPage.open_trail`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.errors import AppError
from mebposta_admin.services import audit_chain, audit_query, geography, reports
from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import (
    action_text,
    outcome_text,
    report_texts,
    request_source_text,
    request_status_text,
    target_text,
)
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.itemmodels.audit_model import AuditPagedModel
from mebposta_admin.ui.tasks import TaskHandle
from mebposta_admin.ui.widgets.audit_filters import AuditFilters
from mebposta_admin.ui.widgets.row_table import row_table

PAGE = 100
ANY_DATE = QDate(2000, 1, 1)


class AuditPage(QWidget):
    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.verify_task: TaskHandle | None = None
        self.export_task: TaskHandle | None = None
        self.trail: tuple[tuple[str, str], ...] = ()  # a person's or unit's trail, if open
        self.timer = QTimer(self)  # the filters' edits, debounced
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Audit trail"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        outer.addLayout(self._verification_row())
        self.filters = AuditFilters(self)
        self.filters.changed.connect(lambda: self.timer.start())
        self.filters.clear_button.clicked.connect(self.clear_filters)
        outer.addWidget(self.filters)
        self.trail_label = QLabel()
        self.trail_label.setObjectName("hintLabel")
        accessibility.selectable(self.trail_label)
        self.trail_label.hide()
        outer.addWidget(self.trail_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = AuditPagedModel(context.tasks, self)
        self.table = row_table(self.model, self.tr("Audit events"))
        splitter.addWidget(self.table)
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setReadOnly(True)
        self.detail_edit.setPlaceholderText(self.tr("Choose an event to see it in full."))
        accessibility.name(self.detail_edit, self.tr("The chosen event in full"))
        splitter.addWidget(self.detail_edit)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.status_label = accessibility.StatusLabel()
        outer.addWidget(self.status_label)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show(self.model.row_at(cur.row()))
        )
        self.model.page_arrived.connect(self._page_arrived)
        self.model.failed.connect(self._failed)
        self._load_choices()
        self._load_verification()
        self.refresh()

    # ------------------------------------------------------------------------------ layout
    def _verification_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.verification_label = accessibility.StatusLabel()
        self.verification_label.say(self.tr("Reading the last verification…"))
        self.verify_button = QPushButton(self.tr("&Verify the chain now"))
        self.verify_button.setToolTip(
            self.tr("Checks every event's hash and link, off the screen's thread; F5 reloads.")
        )
        self.verify_button.clicked.connect(self.verify_now)
        self.export_button = QPushButton(self.tr("Export to &Excel…"))
        self.export_button.setToolTip(self.tr("The events of the current filter, to a workbook"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("&Detail: the events of the filter…"), self.choose_export)
        menu.addAction(
            self.tr("&Summary: provinces and administrators of the period…"),
            lambda: self.choose_export("summary"),
        )
        menu.addAction(
            self.tr("&Backlog: the open info-update requests…"),
            lambda: self.choose_export("backlog"),
        )
        self.export_button.setMenu(menu)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_verification)
        self.stop_button.hide()
        row.addWidget(self.verification_label, 1)
        row.addWidget(self.verify_button)
        row.addWidget(self.export_button)
        row.addWidget(self.stop_button)
        return row

    def focus_first(self) -> None:
        self.table.setFocus()

    def current_filter(self) -> audit_query.AuditFilter:
        return self.filters.current(self.trail)

    def clear_filters(self) -> None:
        self.trail = ()
        self.trail_label.hide()
        self.filters.clear()
        self.refresh()

    def refresh(self) -> None:
        wanted = self.current_filter()
        db, identity = self.context.database, self.context.identity
        self.status_label.say(self.tr("Reading…"))
        self.model.start(
            lambda cursor: audit_query.page(db, identity, wanted, cursor, PAGE), name="audit"
        )

    def open_trail(self, targets: tuple[tuple[str, str], ...], label: str) -> None:
        """The trail of one person or unit (one click from their view): only its events,
        until the filters are cleared (Alt+L)."""
        self.clear_filters()
        self.timer.stop()
        self.trail = tuple(targets)
        self.trail_label.setText(self.tr("Trail of {what} only.").format(what=label))
        self.trail_label.show()
        self.refresh()
        self.table.setFocus()

    def _page_arrived(self, _page: object) -> None:
        self.table.resizeColumnsToContents()
        count = self.model.rowCount()
        if not count:
            self.status_label.say(self.tr("No event matches."))
        else:
            more = self.tr(" (more as you scroll)") if self.model.more_available else ""
            self.status_label.say(
                self.tr("%n event(s) shown", "", count) + more,
            )
        if count and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)

    def _show(self, record: AuditRecord | None) -> None:
        if record is None:
            self.detail_edit.clear()
            return
        when = record.occurred_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M:%S")
        fields = [
            (self.tr("Event"), str(record.id)),
            (self.tr("Time"), when),
            (self.tr("Administrator"), record.admin_username),
            (self.tr("Workstation"), record.workstation),
            (self.tr("Action"), f"{action_text(record.action)} ({record.action})"),
            (self.tr("Outcome"), outcome_text(record.outcome)),
        ]
        if record.target_type:
            target = f"{target_text(record.target_type)} {record.target_id or ''}".strip()
            fields.append((self.tr("Target"), target))
        if record.province_code:
            fields.append((self.tr("Province"), record.province_code))
        lines = [f"{name}: {value}" for name, value in fields]
        lines += ["", self.tr("Details (as recorded, personal data masked):")]
        lines.append(json.dumps(record.details, ensure_ascii=False, indent=2, sort_keys=True))
        self.detail_edit.setPlainText("\n".join(lines))

    def _load_choices(self) -> None:
        db, identity = self.context.database, self.context.identity

        def load() -> tuple[tuple[str, ...], dict[str, str]]:
            return audit_query.administrators(db, identity), geography.names(db).provinces

        self.context.tasks.submit(
            "audit-choices",
            load,
            owner=self,
            on_result=lambda found: self.filters.set_choices(*found),
            on_error=self._failed,
        )

    # ------------------------------------------------------------------------------ chain
    def _load_verification(self) -> None:
        self.context.tasks.submit(
            "audit-last-verification",
            audit_chain.last_verification,
            owner=self,
            db=self.context.database,
            on_result=self._verification_shown,
            on_error=self._failed,
        )

    def _verification_shown(self, last: dict[str, object] | None) -> None:
        label = self.verification_label
        if last is None:
            label.say(
                self.tr("The hash chain has never been verified. Verify it now."),
                outcome="error",
            )
            return
        when = last["at"].astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")  # type: ignore[attr-defined]
        checked = QLocale().toString(int(str(last.get("checked", 0))))
        if last.get("ok"):
            label.say(
                self.tr("Last verified {when} by {who}: intact, {checked} events.").format(
                    when=when, who=last["by"], checked=checked
                ),
                outcome="success",
            )
        else:
            label.say(
                self.tr(
                    "Last verified {when} by {who}: BROKEN at event {id} — the trail was "
                    "changed behind the application's back. Report it."
                ).format(when=when, who=last["by"], id=last.get("broken_id") or "?"),
                outcome="error",
                announce=True,
            )

    def verify_now(self) -> None:
        self.verify_button.setEnabled(False)
        self.stop_button.show()
        self.verification_label.say(self.tr("Verifying the chain…"))
        self.verify_task = self.context.tasks.submit(
            "audit-verify",
            audit_chain.run_verification,
            owner=self,
            wants_progress=True,
            db=self.context.database,
            identity=self.context.identity,
            on_result=self._verified,
            on_error=self._verify_failed,
            on_progress=lambda done, total, _stage: self.verification_label.say(
                self.tr("Verifying the chain: {done} of {total} events…").format(
                    done=QLocale().toString(done), total=QLocale().toString(total)
                )
            ),
        )

    def stop_verification(self) -> None:
        """Stop the running verification or export (an export then leaves no file)."""
        for task in (self.verify_task, self.export_task):
            if task is not None:
                task.cancel()

    # ------------------------------------------------------------------------------ export
    def choose_export(self, report: str = "audit") -> None:
        names = {
            "audit": self.tr("audit-trail.xlsx"),
            "summary": self.tr("summary.xlsx"),
            "backlog": self.tr("request-backlog.xlsx"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), names[report], self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_file(Path(path if path.endswith(".xlsx") else path + ".xlsx"), report)

    def export_file(self, path: Path, report: str = "audit") -> None:
        """A report off the GUI thread, with progress and stop: the detail of the current
        filter, the summary of its period (and province), or the open requests."""
        wanted = self.current_filter()
        job: dict[str, Any]
        if report == "summary":
            job = {
                "fn": reports.export_summary,
                "since": wanted.since,
                "until": wanted.until,
                "province": wanted.province_code or None,
            }
        elif report == "backlog":
            job = {
                "fn": reports.export_backlog,
                "province": wanted.province_code or None,
                "status_text": request_status_text,
                "source_text": request_source_text,
            }
        else:
            job = {"fn": reports.export_audit, "wanted": wanted}
        self.export_button.setEnabled(False)
        self.stop_button.show()
        self.status_label.say(self.tr("Writing {file}…").format(file=path.name))
        fn = job.pop("fn")
        self.export_task = self.context.tasks.submit(
            f"report-{report}",
            fn,
            owner=self,
            wants_progress=True,
            db=self.context.database,
            identity=self.context.identity,
            path=path,
            texts=report_texts(),
            **job,
            on_result=self._exported,
            on_error=self._export_failed,
            on_progress=lambda done, _total, _stage: self.status_label.say(
                self.tr("Writing {file}: {done} rows…").format(
                    file=path.name, done=QLocale().toString(done)
                )
            ),
        )

    def _export_done(self) -> None:
        self.export_button.setEnabled(True)
        self.stop_button.setVisible(self.verify_task is not None)
        self.export_task = None

    def _exported(self, result: reports.ExportResult) -> None:
        self._export_done()
        self.status_label.say(
            self.tr("%n row(s) written to {file}.", "", result.rows).format(file=result.path),
            outcome="success",
            announce=True,
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._export_done()
        self._failed(exc)

    def _verify_done(self) -> None:
        self.verify_button.setEnabled(True)
        self.stop_button.setVisible(self.export_task is not None)
        self.verify_task = None

    def _verified(self, _result: audit_chain.Verification) -> None:
        """The outcome is the verification's own event: the line at the top says it (and
        a broken chain is announced); the list shows the new event."""
        self._verify_done()
        self._load_verification()
        self.refresh()

    def _verify_failed(self, exc: BaseException) -> None:
        self._verify_done()
        self._load_verification()
        self._failed(exc)
