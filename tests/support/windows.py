"""Opening the main window in a UI test, signed in and active."""

from __future__ import annotations


def open_main_window(qtbot, context, username: str):
    """Sign ``username`` in on the context's database and show the main window at
    1280×800, active (so mnemonics and shortcuts reach it)."""
    from mebposta_admin.demo.seed import DEMO_PASSWORD
    from mebposta_admin.services import auth
    from mebposta_admin.ui.main_window import MainWindow

    assert context.database is not None
    context.identity = auth.authenticate(context.database, username, DEMO_PASSWORD)
    window = MainWindow(context.signed())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window
