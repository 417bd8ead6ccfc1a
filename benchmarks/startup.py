"""Benchmark: start-up cost of the CLI and the GUI, this checkout beside another one. JSON.

    python benchmarks/startup.py [--baseline DIR] [--db URL] [--baseline-db URL] [--runs 7]

Each figure is the median (and max) wall time of fresh processes:
* ``--version``;
* ``search QUERY --as yardim --json`` end to end, on ``--db`` (default: a 20 000-person demo
  database made in a temporary folder by each checkout's own ``demo seed``);
* the GUI up to the sign-in window being shown (offscreen): the application's own start-up
  (``ui.app.build_context`` and the ``LoginDialog``) in a fresh interpreter.
``--baseline DIR`` is another checkout (e.g. ``git worktree add /tmp/base <commit>``), run with
the same Python: each process starts in the checkout, so ``import mebposta_admin`` is its own.
Targets (issue 8): ``--version`` ≤ 0.3 s, search ≤ 1 s, sign-in window ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "Demo.Parola-2026"

GUI_PROBE = r"""
import sys, time
started = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
from mebposta_admin.ui.app import build_context
from mebposta_admin.ui.dialogs.login_dialog import LoginDialog
import argparse
app = QApplication([])
args = argparse.Namespace(demo=True, db=None, lang=None, self_check=False, command=None)
context = build_context(app, args)
dialog = LoginDialog(context)
dialog.show()
app.processEvents()
print(time.time() - started)
"""


def _env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MEBPOSTA_DATA_DIR": str(tmp / "data"),
        "MEBPOSTA_LOG_DIR": str(tmp / "log"),
        "MEBPOSTA_PASSWORD": DEMO_PASSWORD,
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }


def _timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{cmd} failed in {cwd}: {result.stderr[-2000:]}")
    return elapsed


def _gui(cwd: Path, env: dict[str, str]) -> float:
    result = subprocess.run(
        [sys.executable, "-c", GUI_PROBE, repr(time.time())],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise SystemExit(f"GUI probe failed in {cwd}: {result.stderr[-2000:]}")
    return float(result.stdout.strip().splitlines()[-1])


def _figures(values: list[float]) -> dict[str, float]:
    return {"median_s": round(statistics.median(values), 3), "max_s": round(max(values), 3)}


def measure(checkout: Path, db: str | None, runs: int, query: str) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="mebposta-startup-"))
    env = _env(tmp)
    cli = [sys.executable, "-m", "mebposta_admin"]
    if db is None:
        db = f"sqlite:///{tmp / 'demo.sqlite3'}"
        _timed([*cli, "demo", "seed", "--people", "20000", "--db", db], checkout, env)
    search = [*cli, "search", query, "--as", "yardim", "--json", "--db", db]
    _timed(search, checkout, env)  # warm the OS file cache once
    version = [_timed([*cli, "--version"], checkout, env) for _ in range(runs)]
    searches = [_timed(search, checkout, env) for _ in range(runs)]
    gui = [_gui(checkout, env) for _ in range(runs)]
    shutil.rmtree(tmp, ignore_errors=True)
    return {
        "checkout": str(checkout),
        "version": _figures(version),
        "search_json": _figures(searches),
        "gui_to_sign_in": _figures(gui),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, help="another checkout to measure alongside")
    parser.add_argument("--db", help="database for the search runs of this checkout")
    parser.add_argument("--baseline-db", help="database for the baseline's search runs")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="ayşe kaya")
    args = parser.parse_args()
    report: dict[str, object] = {
        "cpus": os.cpu_count(),
        "runs": args.runs,
        "query": args.query,
        "current": measure(ROOT, args.db, args.runs, args.query),
    }
    if args.baseline:
        report["baseline"] = measure(
            args.baseline.resolve(), args.baseline_db, args.runs, args.query
        )
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
