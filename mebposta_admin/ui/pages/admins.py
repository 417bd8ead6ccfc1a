"""Yönetim: the administrators (superadmins only) — who may sign in, with which role and
scope, and how their sign-ins went; every change through admin_accounts (audited there)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError
from mebposta_admin.services import admin_accounts
from mebposta_admin.services.admin_accounts import AdminFilter, AdminRow
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import role_text
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.admin_dialog import AdminDialog, OneTimePasswordDialog
from mebposta_admin.ui.itemmodels.admins_model import AdminsTableModel, when
from mebposta_admin.ui.widgets.row_table import row_table

PAGE = 100


class AdminsPage(QWidget):
    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: AdminRow | None = None
        self.password_dialog: OneTimePasswordDialog | None = None
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Administrators"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Start of a user name, e.g. il35"))
        accessibility.name(self.search_edit, self.tr("Search administrators"))
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Every role"), None)
        for role in Role:
            self.role_combo.addItem(role_text(role), role.value)
        accessibility.name(self.role_combo, self.tr("Role"))
        self.problems_check = QCheckBox(self.tr("Only &locked, disabled or failing"))
        self.new_button = QPushButton(self.tr("&New administrator…"))
        self.new_button.clicked.connect(self.new_admin)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.role_combo)
        bar.addWidget(self.problems_check)
        bar.addWidget(self.new_button)
        outer.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = AdminsTableModel(context.tasks, self)
        self.table = row_table(self.model, self.tr("Administrators"))
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.status_label = accessibility.StatusLabel()
        outer.addWidget(self.status_label)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.role_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.problems_check.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show(self.model.row_at(cur.row()))
        )
        self.model.page_arrived.connect(self._page_arrived)
        self.model.failed.connect(self._failed)
        self._show(None)
        self.refresh()

    def _build_detail(self) -> QWidget:
        box = QGroupBox(self.tr("Administrator"))
        v = QVBoxLayout(box)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("user", self.tr("User name:")),
            ("name", self.tr("Name:")),
            ("role", self.tr("Role:")),
            ("scope", self.tr("Scope:")),
            ("state", self.tr("State:")),
            ("created", self.tr("Created:")),
            ("last", self.tr("Last sign-in:")),
            ("failures", self.tr("Failed attempts:")),
            ("lockouts", self.tr("Lockouts:")),
            ("factor", self.tr("Two-factor sign-in:")),
        ):
            value = accessibility.selectable(QLabel())
            value.setWordWrap(True)
            caption = QLabel(label)
            caption.setBuddy(value)
            form.addRow(caption, value)
            self.fields[key] = value
        v.addLayout(form)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.status_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.factor_button = QPushButton(self.tr("Reset &two-factor…"))
        self.trail_button = QPushButton(self.tr("&Audit trail"))
        self.edit_button.clicked.connect(self.edit_admin)
        self.status_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.factor_button.clicked.connect(self.reset_second_factor)
        self.trail_button.clicked.connect(self._trail)
        rows = (
            (self.edit_button, self.status_button, self.unlock_button),
            (self.reset_button, self.factor_button, self.trail_button),
        )
        for buttons in rows:
            line = QHBoxLayout()
            for button in buttons:
                line.addWidget(button)
            line.addStretch(1)
            v.addLayout(line)
        v.addStretch(1)
        self.result_label = accessibility.StatusLabel()
        v.addWidget(self.result_label)
        return box

    # ------------------------------------------------------------------------------ list
    def focus_first(self) -> None:
        self.search_edit.setFocus()

    def filter(self) -> AdminFilter:
        role = self.role_combo.currentData()
        return AdminFilter(
            text=self.search_edit.text(),
            role=Role(role) if role else None,
            problems_only=self.problems_check.isChecked(),
        )

    def refresh(self) -> None:
        flt, db, identity = self.filter(), self.context.database, self.context.identity
        self.model.start(
            lambda cursor: admin_accounts.page(db, identity, flt, cursor, PAGE), name="admins"
        )

    def _page_arrived(self, _page: object) -> None:
        self.table.resizeColumnsToContents()
        if not self.model.rowCount():
            self.status_label.say(self.tr("No administrator matches."))
        else:
            self.status_label.clear()
        if self.current is not None:  # the changed account's new state, in the list too
            for i, row in enumerate(self.model.rows()):
                if row.id == self.current.id:
                    self.table.setCurrentIndex(self.model.index(i, 0))
                    break

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.result_label.say(text, outcome="error", announce=True)

    def _show(self, row: AdminRow | None) -> None:
        self.current = row
        for button in (
            self.edit_button,
            self.status_button,
            self.reset_button,
            self.unlock_button,
            self.factor_button,
            self.trail_button,
        ):
            button.setEnabled(row is not None)
        if row is None:
            for value in self.fields.values():
                value.setText("")
            return
        values = {
            "user": row.username,
            "name": row.display_name,
            "role": role_text(row.role),
            "scope": self.model.scope_text(row),
            "state": self.model.state_text(row),
            "created": when(row.created_at),
            "last": when(row.last_login_at) or self.tr("never"),
            "failures": self.tr(
                "{now} since the last sign-in, {total} in all (last {when})"
            ).format(
                now=row.failed_attempts,
                total=row.failures_total,
                when=when(row.last_failure_at) or "—",
            ),
            "lockouts": str(row.lockouts_total),
            "factor": self.tr("set up, {left} recovery codes left").format(left=row.recovery_left)
            if row.second_factor
            else self.tr("not set up"),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.status_button.setText(self.tr("&Disable") if row.active else self.tr("Ena&ble"))
        self.unlock_button.setEnabled(row.locked() or row.failed_attempts > 0)
        self.factor_button.setEnabled(row.second_factor)

    # ------------------------------------------------------------------------------ actions
    def new_admin(self) -> None:
        dialog = AdminDialog(self.context, None, self)
        dialog.saved.connect(self._saved)
        dialog.show()

    def edit_admin(self) -> None:
        if self.current is None:
            return
        dialog = AdminDialog(self.context, self.current, self)
        dialog.saved.connect(self._saved)
        dialog.show()

    def _saved(self, row: AdminRow, password: str | None) -> None:
        self._changed(row, self.tr("Saved: {username}.").format(username=row.username), password)

    def _run(self, name: str, call: Callable[..., Any], done_text: str, **kwargs: Any) -> None:
        row = self.current
        if row is None:
            return
        self.result_label.say(self.tr("Working…"))

        def finished(result: Any) -> None:
            changed = result.row if isinstance(result, admin_accounts.PasswordReset) else result
            password = result.password if isinstance(result, admin_accounts.PasswordReset) else None
            self._changed(changed, done_text, password)

        self.context.tasks.submit(
            name,
            call,
            owner=self,
            on_result=finished,
            on_error=self._action_failed,
            db=self.context.database,
            actor=self.context.identity,
            admin_id=row.id,
            version=row.version,
            **kwargs,
        )

    def _changed(self, row: AdminRow, text: str, password: str | None = None) -> None:
        self.current = row
        self._show(row)
        self.result_label.say(text, outcome="success", announce=True)
        self.refresh()
        if password:
            self.password_dialog = OneTimePasswordDialog(row.username, password, self)
            self.password_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.password_dialog.open()

    def _action_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.refresh()  # a change made meanwhile shows at once

    def toggle_active(self) -> None:
        row = self.current
        if row is None:
            return
        if row.active and not notify.confirm(
            self,
            self.tr("Disable administrator"),
            self.tr("Disable {username}? They can no longer sign in; their history stays.").format(
                username=row.username
            ),
        ):
            return
        text = self.tr("Disabled.") if row.active else self.tr("Enabled.")
        self._run("admin-status", admin_accounts.set_active, text, active=not row.active)

    def reset_password(self) -> None:
        row = self.current
        if row is None or not notify.confirm(
            self,
            self.tr("Reset password"),
            self.tr(
                "Give {username} a new one-time password? Their current password stops working "
                "at once."
            ).format(username=row.username),
        ):
            return
        self._run(
            "admin-reset",
            admin_accounts.reset_password,
            self.tr("New one-time password set; it must be replaced at the next sign-in."),
        )

    def unlock(self) -> None:
        self._run("admin-unlock", admin_accounts.unlock, self.tr("Unlocked."))

    def reset_second_factor(self) -> None:
        row = self.current
        if row is None or not notify.confirm(
            self,
            self.tr("Reset two-factor sign-in"),
            self.tr(
                "Forget {username}'s authenticator and recovery codes (a lost phone)? They set "
                "up a new one at the next sign-in."
            ).format(username=row.username),
        ):
            return
        self._run(
            "admin-factor",
            admin_accounts.reset_second_factor,
            self.tr("Two-factor sign-in reset: a new one is set up at the next sign-in."),
        )

    def _trail(self) -> None:
        row = self.current
        window = self.window()
        opener = getattr(window, "open_trail", None)
        if row is not None and callable(opener):
            opener((("admin", row.username),), row.username)
