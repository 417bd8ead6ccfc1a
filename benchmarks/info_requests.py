"""Benchmark: info-update requests at realistic scale. Prints JSON.

    python benchmarks/info_requests.py excel [--rows 50000 100000]   # each size: fresh process
    python benchmarks/info_requests.py queue [--requests 50000] [--pg URL]  # every filter
    python benchmarks/info_requests.py intake [--items 3000]          # from a local feed server

Issue 11's targets: 100 000 requests imported from Excel in ≤ 30 s with memory flat as the file
grows (openpyxl's read-only reading of the same file is printed beside: the import's floor);
the first page of a 50 000-request queue in ≤ 100 ms with any filter; the intake worker keeps
up with 10 items/s from a local feed server.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import excel_read  # noqa: E402  (benchmarks/excel_read.py: the same export's columns)


def _database(folder: Path, url: str | None = None):  # type: ignore[no-untyped-def]
    from mebposta_admin.demo import seed as demo_seed
    from mebposta_admin.services.database import open_database

    db = open_database(url or f"sqlite:///{folder / 'bench.sqlite3'}")
    if demo_seed.is_empty(db):
        demo_seed.seed(db, 2000, history=False)
    return db


def _admin(db, name: str = "yardim"):  # type: ignore[no-untyped-def]
    from mebposta_admin.demo.seed import DEMO_PASSWORD
    from mebposta_admin.services import auth

    return auth.authenticate(db, name, DEMO_PASSWORD)


# ------------------------------------------------------------------------------ excel
def excel_child(path: Path, folder: Path) -> None:
    from mebposta_admin.services.requests import excel

    db = _database(folder)
    identity = _admin(db)
    started = time.perf_counter()
    report = excel.import_file(db, identity, path, report_path=folder / "report.xlsx")
    imported = time.perf_counter() - started
    print(
        json.dumps(
            {
                "rows": report.rows,
                "stored": report.stored,
                "rejected": report.rejected,
                "import_s": round(imported, 1),
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
    )


def write_forms(path: Path, count: int) -> None:
    """The export as excel_read.write makes it, with valid TCKNs (a real export's are), one
    row in a hundred with a mistyped one, and districts that belong to their province."""
    from openpyxl import Workbook

    from mebposta_admin.domain import tckn as tckn_rules

    rng = random.Random(count)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Talepler")
    sheet.append(excel_read.HEADER)
    day = datetime(2026, 11, 2, 8, 30)
    for i in range(count):
        province, district = excel_read.PLACES[i % len(excel_read.PLACES)]
        tckn = tckn_rules.generate(rng)
        if i % 100 == 99:
            tckn = tckn[:-1] + str((int(tckn[-1]) + 1) % 10)
        sheet.append(
            [
                rng.choice(excel_read.FIRST),
                rng.choice(excel_read.LAST),
                int(tckn),  # a number, as Excel keeps a TCKN typed into a cell
                f"0532 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                f"kisi{i}@meb.gov.tr",
                f"{district} Anadolu Lisesi",
                province,
                district,
                str(700000 + i % 99999),
                "GSM numaram değişti, eski hattım kapandı.",
                day + timedelta(minutes=i % 20000),
            ]
        )
    book.save(path)


def excel(sizes: list[int]) -> dict[str, object]:
    results = []
    for rows in sizes:
        folder = Path(tempfile.mkdtemp(prefix="mebposta-req-bench-"))
        path = folder / f"talepler-{rows}.xlsx"
        write_forms(path, rows)
        _database(folder).dispose()  # seeded outside the measured child
        child = subprocess.run(
            [sys.executable, __file__, "excel-child", str(path), str(folder)],
            capture_output=True,
            text=True,
            check=True,
        )
        measured = json.loads(child.stdout.strip().splitlines()[-1])
        measured["file_mb"] = round(path.stat().st_size / 1e6, 1)
        measured["openpyxl_read_only"] = excel_read.read(path, "openpyxl")
        results.append(measured)
    return {"excel_import": results}


# ------------------------------------------------------------------------------ queue
def _fill(db, count: int) -> None:  # type: ignore[no-untyped-def]
    """``count`` requests over 30 days in every province: a tenth open, the rest decided."""
    import sqlalchemy as sa

    from mebposta_admin.domain import tckn as tckn_rules
    from mebposta_admin.domain.business_calendar import BusinessCalendar
    from mebposta_admin.models import InfoUpdateRequest

    with db.engine.connect() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(InfoUpdateRequest)).scalar():
            return
        districts = conn.execute(sa.text("SELECT id, province_code FROM districts")).all()
    rng = random.Random(11)
    calendar = BusinessCalendar()
    now = datetime.now(UTC)
    rows = []
    for _ in range(count):
        did, province = rng.choice(districts)
        received = now - timedelta(minutes=rng.randrange(30 * 24 * 60))
        status = "pending" if rng.random() < 0.1 else rng.choice(("applied", "rejected"))
        rows.append(
            {
                "source": rng.choice(("portal", "excel", "desk")),
                "submitted_at": received,
                "received_at": received,
                "due_at": calendar.due(received),
                "first_name": "Ayşe",
                "last_name": "Yılmaz",
                "tckn": tckn_rules.generate(rng),
                "gsm": f"53{rng.randrange(10**8):08d}",
                "email": "",
                "institution_name": "",
                "institution_code": f"{rng.randrange(10**6):06d}",
                "province_text": province,
                "district_text": "",
                "note": "",
                "problems": "[]",
                "province_code": province,
                "district_id": did,
                "status": status,
                "version": 1,
            }
        )
    with db.unit_of_work() as session:
        for start in range(0, len(rows), 5000):
            session.execute(sa.insert(InfoUpdateRequest), rows[start : start + 5000])
    if db.dialect == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) info_update_requests")
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def queue(count: int, pg_url: str | None) -> dict[str, object]:
    from mebposta_admin.services.requests import queue as queue_service

    folder = Path(tempfile.mkdtemp(prefix="mebposta-queue-bench-"))
    backends: dict[str, str | None] = {"sqlite": None}
    if pg_url:
        backends["postgresql"] = pg_url
    out: dict[str, object] = {"requests": count}
    filters = {
        "open": queue_service.QueueFilter(),
        "all": queue_service.QueueFilter(status="all"),
        "overdue": queue_service.QueueFilter(overdue=True),
        "rejected": queue_service.QueueFilter(status="rejected"),
        "province_34": queue_service.QueueFilter(status="all", province_code="34"),
        "portal_open": queue_service.QueueFilter(source="portal"),
        "older_than_7_days": queue_service.QueueFilter(status="all", min_age_days=7),
        "mine": queue_service.QueueFilter(mine=True),
    }
    for name, url in backends.items():
        db = _database(folder, url)
        _fill(db, count)
        result: dict[str, object] = {}
        for who in ("yardim", "il06", "ilce0601"):
            identity = _admin(db, who)
            timings = {}
            for label, filt in filters.items():
                samples = []
                for _ in range(7):
                    started = time.perf_counter()
                    queue_service.page(db, identity, filt, limit=100)
                    samples.append((time.perf_counter() - started) * 1000)
                timings[label] = round(statistics.median(samples), 1)
            started = time.perf_counter()
            queue_service.counts(db, identity)
            timings["counts"] = round((time.perf_counter() - started) * 1000, 1)
            result[who] = timings
        out[name] = result
        db.dispose()
    return {"queue_first_page_ms": out}


# ------------------------------------------------------------------------------ intake
def intake(items: int) -> dict[str, object]:
    from mebposta_admin.domain import tckn as tckn_rules
    from mebposta_admin.services.requests import feed
    from tests.support.portal import TOKEN, PortalServer, item

    folder = Path(tempfile.mkdtemp(prefix="mebposta-intake-bench-"))
    db = _database(folder)
    rng = random.Random(5)
    portal = PortalServer(page_size=100).start()
    portal.items = [item(i, tckn_rules.generate(rng)) for i in range(items)]
    client = feed.PortalFeed(portal.url, TOKEN)
    started = time.perf_counter()
    stored = 0
    while stored < items:
        stored += feed.poll_once(db, client).stored
    seconds = time.perf_counter() - started
    portal.stop()
    db.dispose()
    return {
        "intake": {
            "items": items,
            "page_size": 100,
            "seconds": round(seconds, 2),
            "items_per_second": round(items / seconds),
        }
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "excel-child":
        excel_child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    e = sub.add_parser("excel")
    e.add_argument("--rows", type=int, nargs="+", default=[50_000, 100_000])
    q = sub.add_parser("queue")
    q.add_argument("--requests", type=int, default=50_000)
    q.add_argument("--pg", default=os.environ.get("MEBPOSTA_BENCH_PG"))
    i = sub.add_parser("intake")
    i.add_argument("--items", type=int, default=3000)
    args = parser.parse_args()
    if args.what == "excel":
        result = excel(args.rows)
    elif args.what == "queue":
        result = queue(args.requests, args.pg)
    else:
        result = intake(args.items)
    print(json.dumps({"cpus": os.cpu_count(), **result}, indent=2))


if __name__ == "__main__":
    main()
