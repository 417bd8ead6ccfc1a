"""Benchmark: the audit trail's hash chain at scale. Prints JSON.

    python benchmarks/audit.py [--events 5000000] [--db URL]

Fills an empty, migrated database (default: a temporary SQLite file) with synthetic events
through the chain's own bulk append, then times ``audit verify`` over all of them (issue 13:
5 M events verified in ≤ 60 s) and the append of one event by a workstation at that size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ACTIONS = ("search", "person.view", "password.reissue", "request.approve", "unit.handover")


def fill(db, events: int) -> None:  # type: ignore[no-untyped-def]
    """``events`` synthetic events a year long, through the chain's own bulk append."""
    from mebposta_admin.services import audit_chain

    rng = random.Random(13)
    start = datetime.now(UTC) - timedelta(days=365)
    batch = 50_000
    for first in range(0, events, batch):
        rows = [
            {
                "occurred_at": start + timedelta(seconds=6 * (first + i)),
                "admin_id": rng.randint(1, 500),
                "admin_username": f"il{rng.randint(1, 81):02d}",
                "workstation": f"ws-{rng.randint(1, 500)}",
                "action": rng.choice(ACTIONS),
                "outcome": "success",
                "target_type": "mailbox",
                "target_id": str(rng.randint(1, 1_200_000)),
                "province_code": f"{rng.randint(1, 81):02d}",
                "details": '{"gsm": "5** *** ** 12", "gateway": "netgsm"}',
            }
            for i in range(min(batch, events - first))
        ]
        with db.unit_of_work() as session:
            audit_chain.append_rows(session, rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=5_000_000)
    parser.add_argument("--db", default=None, help="an empty database URL (default: SQLite)")
    args = parser.parse_args()
    from mebposta_admin.services import audit, audit_chain
    from mebposta_admin.services.database import open_database

    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'audit.sqlite3'}"
    db = open_database(url)  # migrated on open
    started = time.perf_counter()
    fill(db, args.events)
    filled = time.perf_counter() - started
    started = time.perf_counter()
    result = audit_chain.verify(db)
    verified = time.perf_counter() - started
    from mebposta_admin.domain.roles import Role
    from mebposta_admin.services import admins, audit_query, auth
    from mebposta_admin.services.audit_query import AuditFilter

    admins.create_admin(
        db, None, admins.NewAdmin("bench", "Bench", "Kuzey.Rüzgarı-2026!q", Role.AUDITOR)
    )
    me = auth.authenticate(db, "bench", "Kuzey.Rüzgarı-2026!q")
    month = datetime.now(UTC) - timedelta(days=200)
    combos = {
        "none": AuditFilter(),
        "action": AuditFilter(action="unit.handover"),
        "province": AuditFilter(province_code="34"),
        "admin": AuditFilter(admin="il07"),
        "outcome_rare": AuditFilter(outcome="refused"),
        "target": AuditFilter(target_type="mailbox", target_id="4242"),
        "period": AuditFilter(since=month, until=month + timedelta(days=30)),
        "province_action_period": AuditFilter(
            province_code="06", action="password.reissue", since=month
        ),
        "admin_period": AuditFilter(admin="il07", since=month, until=month + timedelta(days=30)),
        "text": AuditFilter(text="netgsm"),
        "text_rare_in_a_day": AuditFilter(
            text="yok-boyle-bir-sey", since=month, until=month + timedelta(days=1)
        ),
    }
    first_page: dict[str, dict[str, float]] = {}
    for name, wanted in combos.items():
        times = []
        for _ in range(5):
            t = time.perf_counter()
            audit_query.page(db, me, wanted, None, 100)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        first_page[name] = {"median_ms": round(times[2], 1), "max_ms": round(times[-1], 1)}
    samples = []
    for _ in range(50):
        t = time.perf_counter()
        with db.unit_of_work() as session:
            audit.record(
                session, action="search", outcome="success", admin_id=1, admin_username="bench"
            )
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    print(
        json.dumps(
            {
                "cpus": os.cpu_count(),
                "backend": db.dialect,
                "events": result.checked,
                "fill_s": round(filled, 1),
                "verify_s": round(verified, 1),
                "verify_events_per_s": round(result.checked / verified),
                "verified_ok": result.ok,
                "denetim_first_page": first_page,
                "append_one_ms": {
                    "median": round(samples[len(samples) // 2], 2),
                    "p95": round(samples[int(len(samples) * 0.95) - 1], 2),
                },
            },
            indent=2,
        )
    )
    db.dispose()


if __name__ == "__main__":
    main()
