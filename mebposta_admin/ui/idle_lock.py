"""The idle lock: after the minutes set in the system settings without a key press or a
click, the main window hides its contents and asks for the password (and the second factor's
code, if the account has one) of the administrator signed in. Anybody else's credentials do
not unlock it; "Sign out" closes the application."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import auth
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility

CHECK_MS = 5000
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
    }
)


class LockDialog(QDialog):
    """Accepts when the same administrator has signed in again; ``sign_out`` otherwise."""

    sign_out = Signal()

    def __init__(self, context: SignedInContext, minutes: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        identity = context.identity
        assert identity is not None
        self.setWindowTitle(self.tr("MEB Posta Yönetim — Locked"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Locked after {minutes} minutes without use. {name} ({username}): type your "
                "password to go on."
            ).format(minutes=minutes, name=identity.display_name, username=identity.username)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("123 456, or a recovery code"))
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("C&ode:"), self.code_edit)
        form.setRowVisible(self.code_edit, False)
        self.form = form
        layout.addLayout(form)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Sign &out"))
        self.quit_button.setAutoDefault(False)  # Enter unlocks, never signs out
        self.quit_button.clicked.connect(self._sign_out)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.password_edit.returnPressed.connect(self.unlock)
        self.code_edit.returnPressed.connect(self.unlock)
        self.password_edit.setFocus()

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        identity = self.context.identity
        assert identity is not None
        self.unlock_button.setEnabled(False)
        self.status_label.say(self.tr("Checking…"))
        self.context.tasks.submit(
            "unlock",
            auth.unlock,
            owner=self,
            db=self.context.database,
            username=identity.username,
            password=self.password_edit.text(),
            code=self.code_edit.text() if self.code_edit.isVisible() else None,
            on_result=self._unlocked,
            on_error=self._failed,
        )

    def _unlocked(self, identity: AdminIdentity) -> None:
        self.password_edit.clear()
        self.code_edit.clear()
        current = self.context.identity
        if current is None or identity.id != current.id:  # pragma: no cover - same user name
            self._sign_out()
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        code = exc.code if isinstance(exc, AppError) else ""
        self.status_label.say(
            text_for(exc) if isinstance(exc, AppError) else repr(exc),
            outcome="error",
            announce=True,
        )
        if code in ("auth.totp_required", "auth.totp_wrong", "auth.totp_replayed"):
            self.form.setRowVisible(self.code_edit, True)
            self.code_edit.clear()
            self.code_edit.setFocus()
            return
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _sign_out(self) -> None:
        self._leaving = True
        self.sign_out.emit()
        self.reject()

    def reject(self) -> None:  # Esc does not unlock: only the password or signing out
        if getattr(self, "_leaving", False):
            super().reject()


class IdleLock(QObject):
    """Watches the application's input; ``clock`` is monotonic seconds (tests move it on)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, context: SignedInContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.minutes = 0
        self.clock: Callable[[], float] = time.monotonic
        self.last = self.clock()
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self, minutes: int) -> None:
        self.minutes = minutes
        self.last = self.clock()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # a key press in any of the application's windows
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.dialog is None and event.type() in _ACTIVITY:
            self.last = self.clock()
        return False

    def stop(self) -> None:
        """The window closes: its filter leaves the application with it."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def check(self) -> None:
        if self.minutes and self.dialog is None and self.clock() - self.last >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        identity = self.context.identity
        if self.dialog is not None or identity is None:
            return
        central = self.window.centralWidget()
        if central is not None:
            central.hide()  # nothing personal stays on screen behind the dialog
        self.context.tasks.submit(
            "session-lock",
            auth.note_session,
            owner=self,
            db=self.context.database,
            identity=identity,
            event="locked",
            minutes=self.minutes,
        )
        dialog = LockDialog(self.context, self.minutes, self.window)
        dialog.accepted.connect(self._unlocked)
        dialog.sign_out.connect(self.window.close)
        self.dialog = dialog
        self.locked.emit()
        dialog.open()

    def _unlocked(self) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        self.dialog = None
        self.last = self.clock()
        self.unlocked.emit()
