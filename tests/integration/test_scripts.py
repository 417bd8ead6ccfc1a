"""The repository's own tools keep working as the code moves: the screenshot script runs end
to end (a demo database, the main window, the person view, the settings dialog) and writes
every screen; a change of the front ends' contexts broke it once without any test noticing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "people-1280x800.png",
    "caller-check-1280x800.png",
    "caller-check-ok-1280x800.png",
    "history-1280x800.png",
    "settings-system-il06.png",
    "settings-system-sistem.png",
    "requests-queue-1280x800.png",
    "request-review-hijack.png",
    "request-review-second-approval.png",
    "units-1280x800.png",
    "unit-handover.png",
    "unit-quota-aliases.png",
    "audit-1280x800.png",
    "tickets-queue-1280x800.png",
    "ticket-answer-1280x800.png",
    "admins-1280x800.png",
    "totp-enrolment.png",
}


def test_the_screenshot_script_writes_every_screen(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path / "shots")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    written = {p.name for p in (tmp_path / "shots").iterdir() if p.stat().st_size > 10_000}
    assert written == SCREENS


def test_the_benchmarks_and_scripts_import(tmp_path: Path) -> None:
    """Each benchmark and script answers --help: its imports and argument parsing work."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for path in [*(ROOT / "benchmarks").glob("*.py"), ROOT / "scripts" / "screenshots.py"]:
        if path.name.startswith("_"):
            continue
        done = subprocess.run(
            [sys.executable, str(path), "--help"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"{path.name}: {done.stderr[-1500:]}"
