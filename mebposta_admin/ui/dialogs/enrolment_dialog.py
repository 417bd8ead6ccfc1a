"""Setting up the second factor at sign-in: the QR code for an authenticator app (or its key
typed by hand), the first code to prove it works, then the recovery codes, shown once."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.errors import AppError
from mebposta_admin.services import auth
from mebposta_admin.services.auth import AdminIdentity, SignedIn
from mebposta_admin.services.database import Database
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.tasks import TaskRunner

QR_SCALE = 5


def qr_pixmap(text: str) -> QPixmap:
    """The QR code as dark modules on white (what every camera reads, whatever the theme)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=QR_SCALE, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class EnrolmentDialog(QDialog):
    """Accepts with ``identity`` set (signed in); ``error`` holds what ended it otherwise
    (a lockout, say), for the sign-in dialog to show."""

    def __init__(
        self,
        tasks: TaskRunner,
        db: Database,
        username: str,
        password: str,
        new_password: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.db = tasks, db
        self.username, self._password, self._new_password = username, password, new_password
        self.identity: AdminIdentity | None = None
        self.error: AppError | None = None
        self.enrolment = auth.begin_enrolment(username)
        self.setWindowTitle(self.tr("Set up two-factor sign-in"))
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_scan())
        self.stack.addWidget(self._build_codes())
        layout.addWidget(self.stack)
        self.code_edit.setFocus()

    def _build_scan(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Your role signs in with a code from an authenticator app as well as the "
                "password. 1. Open an authenticator app on your phone (Google Authenticator, "
                "Microsoft Authenticator, FreeOTP, Aegis…). 2. Add an account by scanning this "
                "code, or type the key below. 3. Type the 6-digit code the app shows."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        row = QHBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setPixmap(qr_pixmap(self.enrolment.uri))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setStyleSheet("background: white; padding: 4px;")
        accessibility.name(
            self.qr_label,
            self.tr("QR code for the authenticator app"),
            self.tr("If you cannot scan it, type the key shown beside it."),
        )
        row.addWidget(self.qr_label)
        side = QVBoxLayout()
        key_caption = QLabel(self.tr("Key (to type by hand):"))
        self.key_edit = QLineEdit(grouped(self.enrolment.secret))
        self.key_edit.setReadOnly(True)
        metrics = self.key_edit.fontMetrics()
        self.key_edit.setMinimumWidth(metrics.horizontalAdvance(self.key_edit.text()) + 24)
        accessibility.name(self.key_edit, self.tr("Key to type into the app"))
        key_caption.setBuddy(self.key_edit)
        account = QLabel(
            self.tr("Account: {username} · MEB Posta Yönetim · time-based, 6 digits").format(
                username=self.username
            )
        )
        account.setWordWrap(True)
        account.setObjectName("hintLabel")
        code_caption = QLabel(self.tr("&Code from the app:"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        self.code_edit.setMaxLength(9)
        accessibility.name(self.code_edit, self.tr("Code from the app"))
        code_caption.setBuddy(self.code_edit)
        self.confirm_button = QPushButton(self.tr("C&onfirm"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.code_edit.returnPressed.connect(self.confirm)
        cancel = QPushButton(self.tr("Cancel"))
        # Enter confirms the code, even while the check runs (Confirm then disabled): never
        # an automatic default that would cancel the set-up.
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for widget in (key_caption, self.key_edit, account, code_caption, self.code_edit):
            side.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        side.addStretch(1)
        side.addLayout(buttons)
        row.addLayout(side, 1)
        v.addLayout(row)
        self.status_label = accessibility.StatusLabel()
        v.addWidget(self.status_label)
        return page

    def _build_codes(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Two-factor sign-in is set up. These recovery codes sign you in when the "
                "phone is lost, each once. They are shown only now: print them or keep them "
                "in a safe place, apart from the phone."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        self.codes_edit = QPlainTextEdit()
        self.codes_edit.setReadOnly(True)
        font = self.codes_edit.font()
        font.setFamily("monospace")
        self.codes_edit.setFont(font)
        accessibility.name(self.codes_edit, self.tr("Recovery codes"))
        v.addWidget(self.codes_edit)
        buttons = QHBoxLayout()
        copy = QPushButton(self.tr("&Copy"))
        copy.setAutoDefault(False)
        copy.clicked.connect(self._copy)
        self.done_button = QPushButton(self.tr("I have &kept them"))
        self.done_button.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(self.done_button)
        v.addLayout(buttons)
        return page

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.codes_edit.toPlainText())

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        self.confirm_button.setEnabled(False)
        self.status_label.say(self.tr("Checking the code…"))
        self.tasks.submit(
            "enrol",
            auth.enrol,
            owner=self,
            db=self.db,
            username=self.username,
            password=self._password,
            enrolment=self.enrolment,
            code=self.code_edit.text(),
            new_password=self._new_password,
            on_result=self._enrolled,
            on_error=self._failed,
        )

    def _enrolled(self, done: SignedIn) -> None:
        self.identity = done.identity
        self._password = ""
        self.codes_edit.setPlainText("\n".join(done.recovery_codes))
        self.stack.setCurrentIndex(1)
        self.done_button.setFocus()
        accessibility.announce(self.codes_edit, self.tr("Two-factor sign-in is set up."))

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        if isinstance(exc, AppError) and exc.code == "auth.locked":
            self.error = exc
            self.reject()
            return
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def done(self, result: int) -> None:  # the recovery codes leave the screen with it
        self.codes_edit.clear()
        self._password = ""
        super().done(result)
