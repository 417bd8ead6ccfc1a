"""Benchmark: latency of one password reissue (checks, Argon2id hash, gateway round trip on
loopback, hash and audit written). Prints JSON.

    python benchmarks/reissue.py [--count 30] [--pg-url URL]

The gateway is a real local HTTP server speaking the Netgsm contract (pytest-httpserver).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from pytest_httpserver import HTTPServer

from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.domain import mail_passwords
from mebposta_admin.services import auth, reissue
from mebposta_admin.services.database import open_database
from mebposta_admin.services.mail_backend import dovecot_hash
from mebposta_admin.services.sms_gateway import NetgsmConfig, NetgsmGateway


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 1)


def bench(url: str, count: int, server: HTTPServer) -> dict[str, object]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            empty = not conn.execute(sa.text("SELECT 1 FROM people LIMIT 1")).first()
        if empty:
            demo_seed.seed(db, 2000)
        admin = auth.authenticate(db, "yardim", demo_seed.DEMO_PASSWORD)
        with db.engine.connect() as conn:
            people = (
                conn.execute(
                    sa.text(
                        "SELECT p.id FROM people p JOIN mailboxes m ON m.person_id = p.id"
                        " WHERE p.gsm IS NOT NULL AND m.active AND p.active ORDER BY p.id LIMIT :n"
                    ),
                    {"n": count},
                )
                .scalars()
                .all()
            )
        gateway = NetgsmGateway(NetgsmConfig(server.url_for(""), "8501234567", "MEB"), "pw")
        # Latency, not limits: the checks still count (their queries are measured) but never
        # refuse, so the benchmark can be rerun on the same database.
        policy = reissue.ReissuePolicy(per_admin_per_hour=10**9, per_mailbox_per_day=10**9)
        total, send, hashing = [], [], []
        for pid in people:
            started = time.perf_counter()
            reissue.reissue(db, admin, pid, gateway, policy)
            total.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            gateway.send(
                "5321234567", "MAIL ADRESİNİZ : x@meb.gov.tr ŞİFRENİZ : abc OLARAK GÜNCELLENMİŞTİR"
            )
            send.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            dovecot_hash(mail_passwords.generate())
            hashing.append((time.perf_counter() - started) * 1000)
    finally:
        db.dispose()
    other = [t - h for t, h in zip(total, hashing, strict=True)]
    return {
        "backend": db.dialect,
        "reissues": len(total),
        "reissue_ms": {"median": round(statistics.median(total), 1), "p95": pct(total, 95)},
        "gateway_round_trip_ms": {
            "median": round(statistics.median(send), 1),
            "p95": pct(send, 95),
        },
        "argon2id_hash_ms": {
            "median": round(statistics.median(hashing), 1),
            "p95": pct(hashing, 95),
        },
        # Everything but the hash (checks, SMS text, gateway call, writes, audit): each
        # reissue less the hash timed right after it, so CPU-speed noise in Argon2 cancels.
        "without_hash_ms": {
            "median": round(statistics.median(other), 1),
            "p95": pct(other, 95),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--pg-url", default=os.environ.get("MEBPOSTA_BENCH_PG_URL"))
    args = parser.parse_args()
    server = HTTPServer()
    server.expect_request("/sms/rest/v2/send").respond_with_json({"code": "00", "jobid": "1"})
    server.start()
    results = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results.append(bench(f"sqlite:///{Path(tmp) / 'reissue.sqlite3'}", args.count, server))
        if args.pg_url:
            results.append(bench(args.pg_url, args.count, server))
    finally:
        server.stop()
    print(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
