"""Benchmark: exporting the audit trail to Excel, side by side. Prints JSON.

    python benchmarks/audit_export.py [--events 1000000] [--db URL]

Fills an empty, migrated database (default: a temporary SQLite file) with synthetic events,
then, each in a process of its own so its peak memory is its own: the report as the app
writes it (services.reports: XlsxWriter, constant memory, the house style) and the same rows
through openpyxl's write-only mode (the baseline), and, when it is installed, the Rust-backed
rustpy-xlsxwriter (fed a generator of dicts; it cannot set the document properties nor give
the header block its own formats, so the app does not use it). Issue 13's targets: 1 M events
in ≤ 60 s and ≤ 300 MB, memory flat as the row count grows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _child(kind: str, url: str, out: str) -> None:
    from mebposta_admin.services import audit_query, auth
    from mebposta_admin.services.database import open_database

    db = open_database(url)
    me = auth.authenticate(db, "bench", "Kuzey.Rüzgarı-2026!q")
    # The sign-in's Argon2 hash alone peaks at its memory cost: reset the peak (Linux). The
    # peak RSS also counts the SQLite file's pages mapped by mmap_size (file-backed, shared,
    # dropped under pressure); the process's own memory is RssAnon, sampled here.
    Path("/proc/self/clear_refs").write_text("5")
    anon = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("RssAnon"):
                    anon[0] = max(anon[0], int(line.split()[1]))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    if kind == "app":
        from mebposta_admin.services.reports import export_audit

        rows = export_audit(db, me, Path(out)).rows
    elif kind == "rustpy_xlsxwriter":  # the Rust-backed writer, when installed (not a dependency)
        import rustpy_xlsxwriter

        count = [0]

        def records() -> Iterator[dict[str, object]]:
            after = None
            while True:
                page = audit_query.page(db, me, None, after, 5000)
                for r in page.rows:
                    count[0] += 1
                    yield {
                        "time": r.occurred_at.replace(tzinfo=None),
                        "admin": r.admin_username,
                        "workstation": r.workstation,
                        "action": r.action,
                        "outcome": r.outcome,
                        "target": r.target_type,
                        "target_id": r.target_id,
                        "province": r.province_code,
                        "details": json.dumps(r.details),
                        "event": r.id,
                    }
                if page.next is None:
                    return
                after = page.next

        rustpy_xlsxwriter.FastExcel(out).sheet("Events", records(), autofilter=True).save()
        rows = count[0]
    else:
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Events")
        rows, after = 0, None
        while True:
            page = audit_query.page(db, me, None, after, 5000)
            for r in page.rows:
                sheet.append(
                    [
                        r.occurred_at.replace(tzinfo=None),
                        r.admin_username,
                        r.workstation,
                        r.action,
                        r.outcome,
                        r.target_type,
                        r.target_id,
                        r.province_code,
                        json.dumps(r.details),
                        r.id,
                    ]
                )
                rows += 1
            if page.next is None:
                break
            after = page.next
        book.save(out)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1])
    peak_mb = peak_kb / 1024
    print(
        json.dumps(
            {
                "rows": rows,
                "seconds": round(seconds, 1),
                "peak_rss_mb": round(peak_mb),
                "peak_anon_mb": round(anon[0] / 1024),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, help="an empty database, or one this filled")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_audit", ROOT / "benchmarks" / "audit.py")
    assert spec is not None and spec.loader is not None
    bench_audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_audit)  # the same synthetic events as benchmarks/audit.py
    from mebposta_admin.domain.roles import Role
    from mebposta_admin.services import admins
    from mebposta_admin.services.database import open_database

    folder = Path(tempfile.mkdtemp())
    url = args.db or f"sqlite:///{folder / 'export.sqlite3'}"
    db = open_database(url)
    if admins.count_admins(db) == 0:  # an empty database: filled here (else: reused as it is)
        admins.create_admin(
            db, None, admins.NewAdmin("bench", "Bench", "Kuzey.Rüzgarı-2026!q", Role.AUDITOR)
        )
        bench_audit.fill(db, args.events)
    db.dispose()
    result: dict[str, object] = {"cpus": os.cpu_count(), "events": args.events}
    kinds = ["app", "openpyxl_write_only"]
    if importlib.util.find_spec("rustpy_xlsxwriter") is not None:
        kinds.append("rustpy_xlsxwriter")  # measured beside, when installed: not what the app uses
    for kind in kinds:
        out = folder / f"{kind}.xlsx"
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, url, str(out)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        figures["file_mb"] = round(out.stat().st_size / 1e6, 1)
        result[kind] = figures
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
