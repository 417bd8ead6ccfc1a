"""Yönetim's dialogs: an administrator's name, role and scope (new or changed), and the
one-time password shown once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.roles import Role, scope_rule
from mebposta_admin.errors import AppError
from mebposta_admin.services import admin_accounts, geography
from mebposta_admin.services.admin_accounts import AdminRow, Changes
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import role_text
from mebposta_admin.ui import accessibility


class AdminDialog(QDialog):
    """A new administrator (``row`` None) or a change to one. Signals: saved(row, password or
    None) — a new account comes with its one-time password."""

    saved = Signal(object, object)

    def __init__(
        self, context: SignedInContext, row: AdminRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.places: geography.Geography | None = None
        self.setWindowTitle(
            self.tr("New administrator")
            if row is None
            else self.tr("Change {username}").format(username=row.username)
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username_edit = QLineEdit(row.username if row else "")
        self.username_edit.setReadOnly(row is not None)
        self.username_edit.setPlaceholderText(self.tr("e.g. il35.ayse"))
        self.name_edit = QLineEdit(row.display_name if row else "")
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_text(role), role.value)
        self.province_combo = QComboBox()
        self.district_combo = QComboBox()
        for label, widget, name in (
            (self.tr("&User name:"), self.username_edit, self.tr("User name")),
            (self.tr("&Name:"), self.name_edit, self.tr("Name")),
            (self.tr("&Role:"), self.role_combo, self.tr("Role")),
            (self.tr("&Province:"), self.province_combo, self.tr("Province")),
            (self.tr("&District:"), self.district_combo, self.tr("District")),
        ):
            accessibility.name(widget, name)
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout.addLayout(form)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("C&reate") if row is None else self.tr("&Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role_combo.currentIndexChanged.connect(self._role_chosen)
        self.province_combo.currentIndexChanged.connect(self._province_chosen)
        if row is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(row.role.value))
        self.save_button.setEnabled(False)
        context.tasks.submit(
            "admin-places",
            geography.load,
            owner=self,
            db=context.database,
            on_result=self._places,
            on_error=self._failed,
        )
        (self.name_edit if row else self.username_edit).setFocus()

    def _places(self, places: geography.Geography) -> None:
        self.places = places
        self.province_combo.blockSignals(True)
        self.province_combo.addItem(self.tr("—"), None)
        for place in places.provinces:
            self.province_combo.addItem(f"{place.code} {place.name}", place.code)
        self.province_combo.blockSignals(False)
        if self.row is not None and self.row.province_code:
            self.province_combo.setCurrentIndex(
                self.province_combo.findData(self.row.province_code)
            )
        self._province_chosen()
        if self.row is not None and self.row.district_name:
            self.district_combo.setCurrentIndex(
                self.district_combo.findText(self.row.district_name)
            )
        self._role_chosen()
        self.save_button.setEnabled(True)

    def _role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _role_chosen(self) -> None:
        rule = scope_rule(self._role())
        self.province_combo.setEnabled(rule != "national")
        self.district_combo.setEnabled(rule in ("district", "optional"))
        if rule == "national":
            self.province_combo.setCurrentIndex(0)
        if rule in ("national", "province"):
            self.district_combo.setCurrentIndex(0)
        self.hint_label.setText(
            {
                "national": self.tr("A national role: every province, no scope to choose."),
                "province": self.tr("Works within one province: choose it."),
                "district": self.tr("Works within one district: choose the province and it."),
                "optional": self.tr(
                    "Reads the whole country, or one province or district if you choose one."
                ),
            }[rule]
        )

    def _province_chosen(self) -> None:
        self.district_combo.clear()
        self.district_combo.addItem(self.tr("—"), None)
        code = self.province_combo.currentData()
        if self.places is not None and code:
            for place in self.places.districts.get(code, ()):
                self.district_combo.addItem(place.name, place.name)

    def save(self) -> None:
        changes = Changes(
            display_name=self.name_edit.text(),
            role=self._role(),
            province_code=self.province_combo.currentData(),
            district_name=self.district_combo.currentData(),
        )
        self.save_button.setEnabled(False)
        self.status_label.say(self.tr("Saving…"))
        db, identity = self.context.database, self.context.identity
        if self.row is None:
            self.context.tasks.submit(
                "admin-create",
                admin_accounts.create,
                owner=self,
                db=db,
                actor=identity,
                username=self.username_edit.text(),
                changes=changes,
                on_result=lambda made: self._done(made.row, made.password),
                on_error=self._failed,
            )
        else:
            self.context.tasks.submit(
                "admin-update",
                admin_accounts.update,
                owner=self,
                db=db,
                actor=identity,
                admin_id=self.row.id,
                version=self.row.version,
                changes=changes,
                on_result=lambda row: self._done(row, None),
                on_error=self._failed,
            )

    def _done(self, row: AdminRow, password: str | None) -> None:
        self.saved.emit(row, password)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)


class OneTimePasswordDialog(QDialog):
    """The password a superadmin hands over, shown once: it is not stored anywhere readable
    and must be replaced at the next sign-in."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time password for {username}").format(username=username))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give this password to {username} in person or by phone, never by e-mail. It "
                "is shown only now; at the next sign-in it must be replaced by one of their "
                "own."
            ).format(username=username)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password_edit = QLineEdit(password)
        self.password_edit.setReadOnly(True)
        self.password_edit.setObjectName("oneTimePassword")
        font = self.password_edit.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.password_edit.setFont(font)
        accessibility.name(self.password_edit, self.tr("One-time password"))
        layout.addWidget(self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password_edit.text())

    def done(self, result: int) -> None:  # the password leaves the screen with the dialog
        self.password_edit.clear()
        super().done(result)
