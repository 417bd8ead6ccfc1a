"""The Qt binding itself: a release whose signals leak references would crash a working
session, so the suite checks the one the lock file installs."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false() -> None:
    # PySide6 6.12.0 returned True from SignalInstance.emit() without a reference of its own:
    # each emit from Python took one from True, and on Python 3.11 (where True is not yet
    # immortal) the interpreter aborted with "bool_dealloc" after ~10 000 emits — mid-session
    # or at exit (the screenshot script in CI). On Python >= 3.12 the counts never move.
    emitter = _Emitter()
    seen: list[object] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for value in range(500):
        emitter.changed.emit(value)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert seen == list(range(500))
    assert after[0] >= before[0] - 10, f"True lost {before[0] - after[0]} references"
    assert after[1] >= before[1] - 10, f"False lost {before[1] - after[1]} references"
