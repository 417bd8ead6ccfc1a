"""Genel Bakış: figures of the administrator's scope and their own recent actions."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
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
from mebposta_admin.services import overview as overview_service
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import scope_text
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.itemmodels.audit_model import AuditTableModel


class _Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        layout = QVBoxLayout(self)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int) -> None:
        self.value_label.setText(QLocale().toString(value))


class OverviewPage(QWidget):
    """View and controller of the overview section (it is small enough for one class)."""

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = QLabel(
            self.tr("Overview — {scope}").format(scope=scope_text(context.identity))
        )
        self.title_label.setObjectName("pageTitle")
        header.addWidget(self.title_label)
        header.addStretch(1)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.figures = {
            "people": _Figure(self.tr("Staff")),
            "personal_mailboxes": _Figure(self.tr("Personal mailboxes")),
            "mailboxes_without_password": _Figure(
                self.tr("Mailboxes without an e-mail password yet")
            ),
            "people_without_gsm": _Figure(self.tr("Staff without a GSM number on file")),
            "inactive_mailboxes": _Figure(self.tr("Inactive mailboxes")),
            "aliases": _Figure(self.tr("Old addresses forwarding")),
            "unit_accounts": _Figure(self.tr("Unit accounts")),
            "unit_accounts_flagged": _Figure(
                self.tr("Unit accounts without a valid primary custodian")
            ),
            "institutions": _Figure(self.tr("Institutions")),
        }
        if allows(context.identity.role, Permission.VIEW_REQUESTS):
            self.figures.update(
                {
                    "requests_open": _Figure(self.tr("Open info-update requests")),
                    "requests_overdue": _Figure(self.tr("Requests past their deadline")),
                    "notices_undelivered": _Figure(
                        self.tr("Notice SMS to an old number not delivered")
                    ),
                }
            )
        for i, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, i // 4, i % 4)
        layout.addLayout(grid)

        events_title = QLabel(self.tr("Your recent actions"))
        events_title.setObjectName("sectionTitle")
        layout.addWidget(events_title)
        self.events_model = AuditTableModel(self)
        self.events_view = QTableView()
        accessibility.keyboard_view(self.events_view, self.tr("Your recent actions"))
        self.events_view.setModel(self.events_model)
        self.events_view.setColumnHidden(AuditTableModel.COL_ADMIN, True)  # always you
        self.events_view.verticalHeader().hide()
        self.events_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.events_view.setAlternatingRowColors(True)
        self.events_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.events_view, 1)
        self.refresh()

    def focus_first(self) -> None:
        self.refresh_button.setFocus()

    def refresh(self) -> None:
        accessibility.park_focus(self.refresh_button, self.events_view)
        self.refresh_button.setEnabled(False)
        self.status_label.setText(self.tr("Loading…"))
        self.context.tasks.submit(
            "overview",
            overview_service.overview,
            owner=self,
            latest=True,
            db=self.context.database,
            identity=self.context.identity,
            on_result=self._show,
            on_error=self._failed,
        )

    def _show(self, data: overview_service.Overview) -> None:
        for key, figure in self.figures.items():
            value = getattr(data, key)
            if value is not None:
                figure.set_value(value)
        self.events_model.set_rows(list(data.my_recent_events))
        self.status_label.clear()
        self.refresh_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.setText(text)
        accessibility.announce(self.status_label, text, assertive=True)
        self.refresh_button.setEnabled(True)
