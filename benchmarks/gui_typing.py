"""Benchmark: does typing in the Kişiler search box ever block the GUI thread? Prints JSON.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_typing.py [--db URL] [--as USER]

An event-loop watchdog (a 5 ms timer) records how late each tick arrives while a script types
queries into the real page, one key event every 90 ms, against a 1.2 M-person database, and waits
for results. The longest gap is the longest time the GUI thread was busy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mebposta_admin.app_context import AppContext  # noqa: E402
from mebposta_admin.config import Settings  # noqa: E402
from mebposta_admin.demo import seed as demo_seed  # noqa: E402
from mebposta_admin.i18n import install_translators  # noqa: E402
from mebposta_admin.services import auth  # noqa: E402
from mebposta_admin.services.database import open_database  # noqa: E402
from mebposta_admin.services.secret_store import SecretStore  # noqa: E402
from mebposta_admin.ui.main_window import MainWindow  # noqa: E402
from mebposta_admin.ui.tasks import TaskRunner  # noqa: E402

QUERIES = [
    "öztürk",
    "ismail öz",
    "ayşe kaya",
    "IŞIK",
    "ali",
    "mehmet yılmaz",
    "53212",
    "ismail.oztu",
]
KEY_INTERVAL_MS = 90
TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite:////tmp/mebposta-bench.sqlite3")
    parser.add_argument("--as", dest="user", default="yardim")
    args = parser.parse_args()
    app = QApplication([])
    translators = install_translators(app, "tr")  # noqa: F841
    settings = Settings(QSettings("/tmp/mebposta-gui-bench.ini", QSettings.Format.IniFormat))
    app_context = AppContext(settings=settings, secrets=SecretStore(), tasks=TaskRunner(app))
    database = open_database(args.db)
    identity = auth.authenticate(database, args.user, demo_seed.DEMO_PASSWORD)
    context = app_context.signed_in(database, identity)
    window = MainWindow(context)
    window.resize(1366, 800)
    window.show()
    window.find_person()
    page = window.people_page

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0] - TICK_MS)
        last[0] = now

    watchdog = QTimer()
    watchdog.setTimerType(Qt.TimerType.PreciseTimer)
    watchdog.timeout.connect(tick)
    watchdog.start(TICK_MS)

    script: list[str | None] = []
    for query in QUERIES:
        script.append(None)  # clear the box
        script.extend(query)
        script.extend(["wait"] * 12)  # ~1 s for results to arrive and paint
    results: list[int] = []

    def step() -> None:
        if not script:
            app.quit()
            return
        item = script.pop(0)
        if item is None:
            page.search_edit.clear()
        elif item == "wait":
            if not script or script[0] != "wait":
                results.append(page.model.rowCount())
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                page.search_edit,
                Qt.Key.Key_unknown,
                item,
                Qt.KeyboardModifier.NoModifier,
            )

    driver = QTimer()
    driver.timeout.connect(step)
    driver.start(KEY_INTERVAL_MS)
    started = time.perf_counter()
    app.exec()
    watchdog.stop()
    context.tasks.wait_for_done(10000)
    context.database.dispose()
    worst = sorted(gaps)
    print(
        json.dumps(
            {
                "database": context.database.description,
                "as": args.user,
                "queries_typed": len(QUERIES),
                "rows_shown_per_query": results,
                "seconds": round(time.perf_counter() - started, 1),
                "watchdog_ticks": len(gaps),
                "max_gui_stall_ms": round(worst[-1], 1),
                "p99_gui_stall_ms": round(worst[int(0.99 * (len(worst) - 1))], 1),
                "median_gui_stall_ms": round(statistics.median(worst), 1),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
