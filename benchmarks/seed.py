"""Benchmark: `demo seed` at national scale. Prints JSON.

    python benchmarks/seed.py [--people 1200000] [--pg-url postgresql+psycopg://...]

SQLite runs in a temporary directory; PostgreSQL runs when --pg-url (or MEBPOSTA_BENCH_PG_URL)
names an empty database the benchmark may fill.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.services.database import open_database


def bench(url: str, people: int) -> dict[str, object]:
    started = time.perf_counter()
    db = open_database(url)
    migrate_s = time.perf_counter() - started
    try:
        summary = demo_seed.seed(db, people)
        with db.engine.connect() as conn:
            if db.dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                size = Path(db.url.database or "").stat().st_size
            else:
                size = int(
                    conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar()
                    or 0
                )
    finally:
        db.dispose()
    return {
        "backend": db.dialect,
        "people": summary.people,
        "mailboxes": summary.mailboxes,
        "aliases": summary.aliases,
        "institutions": summary.institutions,
        "migrate_seconds": round(migrate_s, 2),
        "seed_seconds": round(summary.seconds, 1),
        "people_per_second": round(summary.people / summary.seconds),
        "database_mb": round(size / 1024 / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=1_200_000)
    parser.add_argument("--pg-url", default=os.environ.get("MEBPOSTA_BENCH_PG_URL"))
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(bench(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", args.people))
    if args.pg_url:
        results.append(bench(args.pg_url, args.people))
    print(
        json.dumps(
            {
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
