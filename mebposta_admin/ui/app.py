"""Starting the desktop application: logging, settings, translators, sign-in, main window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication, QDialog

from mebposta_admin import APP_NAME, ORG_NAME, __version__, logging_setup, paths
from mebposta_admin.app_context import AppContext
from mebposta_admin.config import Settings
from mebposta_admin.i18n import install_translators
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.ui import qtlog
from mebposta_admin.ui.dialogs.exception_dialog import install_excepthook
from mebposta_admin.ui.dialogs.login_dialog import LoginDialog
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.tasks import TaskRunner
from mebposta_admin.ui.theme import Theme

log = logging.getLogger(__name__)


def build_context(
    app: QApplication, args: argparse.Namespace, settings: Settings | None = None
) -> AppContext:
    settings = settings or Settings()
    log_path = logging_setup.configure(paths.user_log_dir())
    qtlog.install()
    translators = install_translators(app, args.lang or settings.language)
    theme = Theme(app, settings.appearance)
    return AppContext(
        settings=settings,
        secrets=SecretStore(),
        tasks=TaskRunner(app),
        demo=bool(args.demo),
        db_url_override=args.db,
        log_path=log_path,
        translators=list(translators),
        theme=theme,
    )


def run_gui(args: argparse.Namespace) -> int:
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    context = build_context(app, args)
    install_excepthook(str(context.log_path) if context.log_path else None)
    log.info("Starting %s %s", APP_NAME, __version__)
    login = LoginDialog(context)
    if login.exec() != QDialog.DialogCode.Accepted:
        context.tasks.wait_for_done(5000)
        return 0
    assert login.database is not None and login.identity is not None
    signed_in = context.signed_in(login.database, login.identity)
    window = MainWindow(signed_in)
    window.show()
    try:
        return app.exec()
    finally:
        signed_in.database.dispose()
