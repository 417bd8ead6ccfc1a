"""What a reviewer reads before deciding an info-update request: the request, our record and
MEBBİS side by side (every field marked same or different, in words as well as colour), the
warnings, what blocks an approval, the first approval of a four-eyes change, the person's note
and the request's history. Read-only; the decision is the dialog's (request_review.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.errors import AppError
from mebposta_admin.services import requests as r
from mebposta_admin.services.requests import review
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import (
    blocker_text,
    deadline_text,
    field_text,
    history_text,
    reject_reason_text,
    request_source_text,
    request_status_text,
    request_warning_text,
)
from mebposta_admin.ui import accessibility, theme


def _text(layout: QVBoxLayout, object_name: str = "", *, wrap: bool = True) -> QLabel:
    """A read-only line of the review: selectable (and reachable) for screen readers."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(wrap)
    accessibility.selectable(label)
    layout.addWidget(label)
    return label


class RequestComparison(QWidget):
    """The review's reading part; ``show_review`` fills it from one :class:`review.Review`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = _text(layout, "sectionTitle", wrap=False)
        self.meta_label = _text(layout)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Request"), self.tr("Our record"), self.tr("MEBBİS")]
        )
        accessibility.keyboard_view(self.table, self.tr("Request, our record and MEBBİS"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setWordWrap(False)
        layout.addWidget(self.table)

        self.mebbis_label = _text(layout)
        self.warnings_label = _text(layout, "warningLabel")
        self.blockers_label = _text(layout, "statusLabel")
        self.blockers_label.setProperty("error", True)
        self.first_label = _text(layout, "warningLabel")
        self.note_label = _text(layout)
        history_title = QLabel(self.tr("History"))
        history_title.setObjectName("sectionTitle")
        layout.addWidget(history_title)
        self.history_list = QListWidget()
        accessibility.name(self.history_list, self.tr("History"))
        self.history_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.history_list, 1)

    def show_review(self, seen: review.Review) -> None:
        snap = seen.request
        name = f"{snap.first_name} {snap.last_name}".strip() or "—"
        self.title_label.setText(self.tr("Request #{id} — {name}").format(id=snap.id, name=name))
        due = snap.due_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
        received = snap.received_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
        meta = self.tr("{status} · due {due} ({deadline}) · {source} · received {received}").format(
            status=request_status_text(snap.status),
            due=due,
            deadline=deadline_text(snap.deadline),
            source=request_source_text(snap.source),
            received=received,
        )
        if snap.assigned_to:
            meta += " · " + self.tr("taken by {who}").format(who=snap.assigned_to)
        if snap.address:
            meta += " · " + snap.address
        self.meta_label.setText(meta)
        self._fill_table(seen)
        self.mebbis_label.setText(self._mebbis_text(seen))
        warnings = [request_warning_text(w.code, w.count) for w in seen.warnings]
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        blockers = [b for b in seen.blockers if b != "request.closed" or snap.status]
        decided = snap.status not in r.OPEN_STATUSES
        lines = [blocker_text(b) for b in blockers if not (decided and b != "request.closed")]
        if decided:
            lines = [self._decided_text(snap)]
        self.blockers_label.setText("\n".join(lines))
        self.blockers_label.setVisible(bool(lines))
        self.first_label.setVisible(snap.status == r.SECOND_APPROVAL or seen.needs_second)
        if snap.status == r.SECOND_APPROVAL:
            at = (
                snap.first_approved_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
                if snap.first_approved_at
                else "—"
            )
            self.first_label.setText(
                self.tr(
                    "First approval by {who} at {at}, with the justification “{why}” — a second "
                    "administrator's approval applies the change."
                ).format(who=snap.first_approver, at=at, why=snap.justification or "")
            )
        elif seen.needs_second:
            self.first_label.setText(
                self.tr(
                    "MEBBİS does not hold the new GSM number yet. Approving records the first "
                    "approval with your justification; a second administrator applies it (four "
                    "eyes). The usual advice is to correct the number in MEBBİS first."
                )
            )
        self.note_label.setText(
            self.tr("The person wrote: “{note}”").format(note=snap.note) if snap.note else ""
        )
        self.note_label.setVisible(bool(snap.note))
        self.history_list.clear()
        for h in snap.history:
            when = h.occurred_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
            who = f" — {h.admin_username}" if h.admin_username else ""
            self.history_list.addItem(f"{when}  {history_text(h.kind)}{who}")

    def _decided_text(self, snap: review.RequestSnapshot) -> str:
        at = (
            snap.decided_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
            if snap.decided_at
            else "—"
        )
        if snap.status == r.SUPERSEDED:
            return self.tr("Superseded by request #{id}.").format(id=snap.superseded_by)
        reason = reject_reason_text(snap.reason_code) if snap.reason_code else ""
        if snap.reason_code == "invalid":
            reason = snap.reason_text or ""
        text = self.tr("{status} by {who} at {at}.").format(
            status=request_status_text(snap.status), who=snap.decided_by or "—", at=at
        )
        return f"{text} {reason}".strip()

    def _mebbis_text(self, seen: review.Review) -> str:
        if seen.directory == review.UNAVAILABLE:
            reason = text_for(AppError(seen.directory_error or "mebbis.unreachable", url="MEBBİS"))
            return self.tr(
                "MEBBİS cannot be reached: approval waits until it answers; rejecting still "
                "works. ({reason})"
            ).format(reason=reason)
        if seen.directory == review.UNKNOWN_PERSON:
            return self.tr("MEBBİS has no record for this TCKN.")
        if seen.gsm_change:
            if seen.mebbis_holds_gsm:
                return self.tr("MEBBİS already holds the new GSM number: one approval applies it.")
            return self.tr("MEBBİS does not hold the new GSM number.")
        return self.tr("MEBBİS has a record for this TCKN.")

    def _fill_table(self, seen: review.Review) -> None:
        self.table.setRowCount(len(seen.fields))
        # As tall as its rows (no empty band): the fields are few and always the same.
        same, differs = self.tr("same"), self.tr("different")
        for row, f in enumerate(seen.fields):
            label = QTableWidgetItem(field_text(f.field))
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(f.request or "—"))
            for col, value, mark in ((2, f.ours, f.ours_same), (3, f.mebbis, f.mebbis_same)):
                text = value if value else "—"
                item = QTableWidgetItem(text)
                if mark is not None:
                    # The mark in words too (never by colour alone), and for screen readers.
                    item.setText(f"{'=' if mark else '≠'} {text}")
                    item.setToolTip(same if mark else differs)
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole, f"{text}, {same if mark else differs}"
                    )
                    if not mark:
                        item.setBackground(QBrush(theme.colour("bad_back")))
                        item.setForeground(QBrush(theme.colour("bad_text")))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        frame = self.table.frameWidth() * 2 + self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + frame + 4)
