"""Benchmark: unit accounts. Prints JSON.

    python benchmarks/units.py [--db URL]     # default: a fresh demo database of 20 000 people

The Birim Hesapları page's first page (national, a province, a search, the flagged ones) and
the unit-account lookup the Kişiler box runs beside every people search (issue 12: first page
≤ 50 ms; the lookup adds ≤ 2 ms p95 — point --db at the 1.2 M database of benchmarks/seed.py
to measure it there: it reads only the partial index of the unit accounts). Also the bulk
round trip of the national list: its Excel export, and the import of that file back (every
row checked against the database, nothing to change).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _timed(fn, runs: int = 30) -> dict[str, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None, help="database URL (default: a fresh demo)")
    args = parser.parse_args()
    from mebposta_admin.demo import seed as demo_seed
    from mebposta_admin.services import auth, units
    from mebposta_admin.services.database import open_database

    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'units.sqlite3'}"
    db = open_database(url)
    if demo_seed.is_empty(db):
        demo_seed.seed(db, 20_000, history=False)
    desk = auth.authenticate(db, "yardim", demo_seed.DEMO_PASSWORD)
    il07 = auth.authenticate(db, "il07", demo_seed.DEMO_PASSWORD)
    total = units.counts(db, desk)
    result: dict[str, Any] = {
        "database": "given" if args.db else "fresh demo, 20 000 people",
        "unit_accounts": total.total,
        "flagged": total.flagged,
        "page_first_ms": {
            "national": _timed(lambda: units.page(db, desk, limit=100)),
            "province_07": _timed(lambda: units.page(db, il07, limit=100)),
            "search_office_name": _timed(lambda: units.page(db, desk, "muratpasa", limit=100)),
            "flagged_only": _timed(lambda: units.page(db, desk, flagged_only=True, limit=100)),
            "counts": _timed(lambda: units.counts(db, desk)),
        },
        "people_box_lookup_ms": {
            "maarif07": _timed(lambda: units.matching(db, desk, "maarif07"), 200),
            "ali": _timed(lambda: units.matching(db, desk, "ali"), 200),
            "province_admin": _timed(lambda: units.matching(db, il07, "maarif"), 200),
        },
    }
    from mebposta_admin.texts.labels import unit_export_headers

    out = Path(tempfile.mkdtemp()) / "units.xlsx"
    started = time.perf_counter()
    rows = units.export_file(db, desk, out, unit_export_headers())
    exported = time.perf_counter() - started
    started = time.perf_counter()
    report = units.import_file(db, desk, out)
    imported = time.perf_counter() - started
    result["bulk"] = {
        "rows": rows,
        "export_s": round(exported, 2),
        "import_back_s": round(imported, 2),
        "import_rows_per_s": round(report.rows / imported),
        "unchanged": report.unchanged,
    }
    db.dispose()
    print(json.dumps({"cpus": os.cpu_count(), **result}, indent=2))


if __name__ == "__main__":
    main()
