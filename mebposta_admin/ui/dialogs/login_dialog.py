"""Administrator sign-in: choose the database profile, prepare it in the background, sign in."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin import adapters
from mebposta_admin.app_context import AppContext
from mebposta_admin.config import DEMO_PROFILE
from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.errors import AppError
from mebposta_admin.paths import demo_database_url
from mebposta_admin.services import auth
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.urls import redact_url
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import role_text
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.tasks import TaskHandle

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileChoice:
    name: str
    label: str
    url: str
    demo: bool


class LoginDialog(QDialog):
    """Accepts with ``database`` and ``identity`` set."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database: Database | None = None
        self.identity: AdminIdentity | None = None
        self._prepare_task: TaskHandle | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("MEB Posta Yönetim — Sign in"))
        self.setMinimumWidth(520)
        self._build()
        self._fill_profiles()
        self.profile_combo.currentIndexChanged.connect(self._prepare_selected)
        self._prepare_selected()

    # ------------------------------------------------------------------------------ building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(self.tr("MEB Posta Yönetim"))
        title.setObjectName("titleLabel")
        subtitle = QLabel(
            self.tr("E-mail account administration of the Ministry of National Education")
        )
        subtitle.setObjectName("subtitleLabel")
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.profile_combo = QComboBox()
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("e.g. il06"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Asked for only when the account needs them: a password set by a superadmin to
        # replace, and the code of the second factor.
        self.new_password_edit = QLineEdit()
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("123 456, or a recovery code"))
        accessibility.name(self.profile_combo, self.tr("Database"))
        form.addRow(self.tr("&Database:"), self.profile_combo)
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&New password:"), self.new_password_edit)
        form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        form.addRow(self.tr("C&ode:"), self.code_edit)
        self.form = form
        layout.addLayout(form)
        self._ask(code=False, new_password=False)

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)

        if not self.context.secrets.persistent:
            self.keyring_label = QLabel(
                self.tr(
                    "No system keyring is available: database passwords are kept in memory "
                    "for this session only."
                )
            )
            self.keyring_label.setObjectName("warningLabel")
            self.keyring_label.setWordWrap(True)
            layout.addWidget(self.keyring_label)

        self.demo_box = self._build_demo_box()
        layout.addWidget(self.demo_box)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._prepare_selected)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self.password_edit.returnPressed.connect(self.sign_in)

    def _build_demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Demo accounts (shown in demo mode only)"))
        v = QVBoxLayout(box)
        table = QTableWidget(len(demo_seed.DEMO_ADMINS), 3)
        accessibility.keyboard_view(table, self.tr("Demo accounts"))
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Role"), self.tr("Scope")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setFrameShape(QFrame.Shape.NoFrame)
        for row, admin in enumerate(demo_seed.DEMO_ADMINS):
            username, _display, role, _province, district = admin
            place = demo_seed.DEMO_ADMIN_PLACES.get(username)
            if place is None:
                scope = self.tr("National")
            elif district:
                scope = self.tr("{province} / {district}").format(province=place, district=district)
            else:
                scope = place
            table.setItem(row, 0, QTableWidgetItem(username))
            table.setItem(row, 1, QTableWidgetItem(role_text(role)))
            table.setItem(row, 2, QTableWidgetItem(scope))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setFixedHeight(
            table.verticalHeader().length() + table.horizontalHeader().height() + 4
        )
        # Enter (or the platform's activation: double-click, or a single click where that is
        # the desktop's setting) fills in the form.
        table.activated.connect(lambda index: self._use_demo_account(index.row()))
        table.doubleClicked.connect(lambda index: self._use_demo_account(index.row()))
        self.demo_table = table
        v.addWidget(table)
        password = QLabel(
            self.tr("Password for every demo account: {password}").format(
                password=f"<b>{demo_seed.DEMO_PASSWORD}</b>"
            )
        )
        password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(password)
        hint = QLabel(
            self.tr("Double-click an account, or select it and press Enter, to fill in the form.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")
        v.addWidget(hint)
        return box

    def _use_demo_account(self, row: int) -> None:
        self.username_edit.setText(demo_seed.DEMO_ADMINS[row][0])
        self.password_edit.setText(demo_seed.DEMO_PASSWORD)
        self.sign_in_button.setFocus()

    def _fill_profiles(self) -> None:
        choices: list[ProfileChoice] = []
        profiles = self.context.settings.profiles()
        override = self.context.db_url_override
        if override:
            choices.append(ProfileChoice("--db", redact_url(override), override, self.context.demo))
            profiles = []
        elif self.context.demo or not profiles:
            choices.append(
                ProfileChoice(
                    DEMO_PROFILE,
                    self.tr("Demo database (this computer)"),
                    demo_database_url(),
                    True,
                )
            )
        for profile in profiles:
            choices.append(ProfileChoice(profile.name, profile.name, profile.url, False))
        self.choices = choices
        for choice in choices:
            self.profile_combo.addItem(choice.label)
        last = self.context.settings.last_profile
        if not self.context.demo:
            for i, choice in enumerate(choices):
                if choice.name == last:
                    self.profile_combo.setCurrentIndex(i)

    # ------------------------------------------------------------------------------ preparing
    @property
    def current_choice(self) -> ProfileChoice:
        return self.choices[self.profile_combo.currentIndex()]

    def _prepare_selected(self) -> None:
        if self._prepare_task is not None and not self._prepare_task.finished:
            self._prepare_task.cancel()
        self._release_database()
        self._generation += 1
        generation = self._generation
        choice = self.current_choice
        self.demo_box.setVisible(choice.demo)
        self.sign_in_button.setEnabled(False)
        self.retry_button.hide()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._set_status(self.tr("Opening the database…"))
        self._prepare_task = self.context.tasks.submit(
            "prepare-database",
            adapters.open_chosen,
            owner=self,
            url=choice.url,
            secrets=None if choice.demo or choice.name == "--db" else self.context.secrets,
            secret_key=f"profile:{choice.name}",
            demo=choice.demo,
            wants_progress=True,
            on_result=lambda db: self._prepared(generation, db),
            on_error=lambda exc: self._prepare_failed(generation, exc),
            on_progress=self._prepare_progress,
        )

    def _prepare_progress(self, done: int, total: int, stage: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self._set_status(
            self.tr("Creating the demo database: {done} of {total} people…").format(
                done=f"{done:,}".replace(",", "."), total=f"{total:,}".replace(",", ".")
            )
        )

    def _prepared(self, generation: int, db: Database) -> None:
        if generation != self._generation:
            db.dispose()
            return
        self.database = db
        self.progress_bar.hide()
        if db.gate_url is not None:  # nothing is connected before the database checks you
            text = self.tr(
                "{database}: sign in with your own account; the database checks it."
            ).format(database=db.description)
        else:
            text = self.tr("Connected: {database}").format(database=db.description)
        self._set_status(text, announce=True)
        self.sign_in_button.setEnabled(True)
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()

    def _prepare_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.progress_bar.hide()
        self._set_status(self._error_text(exc), error=True, announce=True)
        self.retry_button.show()

    # ------------------------------------------------------------------------------ signing in
    def _ask(self, *, code: bool, new_password: bool) -> None:
        self.form.setRowVisible(self.code_edit, code)
        self.form.setRowVisible(self.new_password_edit, new_password)
        self.form.setRowVisible(self.repeat_edit, new_password)

    def _new_password(self) -> str | None:
        return self.new_password_edit.text() if self.new_password_edit.isVisible() else None

    def sign_in(self) -> None:
        if self.database is None or not self.sign_in_button.isEnabled():
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._set_status(self.tr("Type your user name and password."), error=True)
            return
        new_password = self._new_password()
        if new_password is not None and new_password != self.repeat_edit.text():
            self._set_status(self.tr("The two new passwords differ."), error=True, announce=True)
            self.repeat_edit.setFocus()
            return
        accessibility.park_focus(self.sign_in_button, self.password_edit)
        self.sign_in_button.setEnabled(False)
        self._set_status(self.tr("Signing in…"))
        self.context.tasks.submit(
            "sign-in",
            auth.authenticate,
            owner=self,
            db=self.database,
            username=username,
            password=password,
            code=self.code_edit.text() if self.code_edit.isVisible() else None,
            new_password=new_password,
            on_result=self._signed_in,
            on_error=self._sign_in_failed,
        )

    def _signed_in(self, identity: AdminIdentity) -> None:
        self.identity = identity
        self.context.settings.last_profile = self.current_choice.name
        for edit in (self.password_edit, self.new_password_edit, self.repeat_edit, self.code_edit):
            edit.clear()
        self.accept()

    def _sign_in_failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        code = exc.code if isinstance(exc, AppError) else ""
        self._set_status(self._error_text(exc), error=True, announce=True)
        if code in ("auth.totp_required", "auth.totp_wrong", "auth.totp_replayed"):
            # The password was right: keep it, ask for the code.
            self._ask(code=True, new_password=self.new_password_edit.isVisible())
            self.code_edit.clear()
            self.code_edit.setFocus()
            return
        if code == "auth.password_change_required" or code.startswith("password."):
            self._ask(code=False, new_password=True)
            self.new_password_edit.setFocus()
            self.new_password_edit.selectAll()
            return
        if code == "auth.password_unchanged":
            self.new_password_edit.setFocus()
            self.new_password_edit.selectAll()
            return
        if code == "auth.totp_enrolment_required":
            self._enrol()
            return
        self._ask(code=False, new_password=False)
        for edit in (self.password_edit, self.new_password_edit, self.repeat_edit, self.code_edit):
            edit.clear()
        self.password_edit.setFocus()

    def _enrol(self) -> None:
        from mebposta_admin.ui.dialogs.enrolment_dialog import EnrolmentDialog

        assert self.database is not None
        dialog = EnrolmentDialog(
            self.context.tasks,
            self.database,
            self.username_edit.text().strip(),
            self.password_edit.text(),
            self._new_password(),
            self,
        )
        self.enrolment_dialog = dialog
        dialog.finished.connect(lambda _r: self._enrolment_finished(dialog))
        dialog.open()

    def _enrolment_finished(self, dialog: QDialog) -> None:
        identity = getattr(dialog, "identity", None)
        if identity is not None:
            self._signed_in(identity)
            return
        error = getattr(dialog, "error", None)
        if error is not None:
            self._sign_in_failed(error)
        else:
            self._set_status(
                self.tr("Two-factor sign-in was not set up: your role cannot sign in without it.")
            )

    # ------------------------------------------------------------------------------ helpers
    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, AppError):
            return text_for(exc)
        log.error("Unexpected error while signing in: %r", exc)
        return self.tr("Unexpected error: {error}. Details are in the log.").format(
            error=type(exc).__name__
        )

    def _set_status(self, text: str, *, error: bool = False, announce: bool = False) -> None:
        self.status_label.say(text, outcome="error" if error else None, announce=announce)

    def _release_database(self) -> None:
        if self.database is not None:
            self.database.dispose()
            self.database = None

    def reject(self) -> None:
        if self._prepare_task is not None and not self._prepare_task.finished:
            self._prepare_task.cancel()
        self._release_database()
        super().reject()
