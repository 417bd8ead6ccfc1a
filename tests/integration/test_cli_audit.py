"""The audit trail from scripts, as a scheduler runs them: ``audit verify`` (exit code 1 and
the event named when the chain is broken), checkpoints signed and checked, ``report audit``
writing a workbook; options before and after the command."""

from __future__ import annotations

import json

import openpyxl
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services.database import open_database
from tests.integration.test_cli import run

ENV = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}


def test_verify_checkpoint_and_a_tampered_event(seeded_url: str, tmp_path) -> None:
    keys = tmp_path / "keys"
    made = run("audit", "keygen", "--out", str(keys), "--json")
    assert made.returncode == 0, made.stderr
    paths = json.loads(made.stdout)
    point = tmp_path / "cp.json"
    signed = run(
        "--db",
        seeded_url,
        "audit",
        "checkpoint",
        "--key",
        paths["private_key"],
        "--out",
        str(point),
        "--as",
        "denetci",
        env=ENV,
    )
    assert signed.returncode == 0, signed.stderr
    ok = run(
        "audit",
        "verify",
        "--checkpoint",
        str(point),
        "--public-key",
        paths["public_key"],
        "--as",
        "denetci",
        "--db",
        seeded_url,
        "--json",
        env=ENV,
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["checkpoint_ok"] is True
    half = run("audit", "verify", "--checkpoint", str(point), "--db", seeded_url, env=ENV)
    assert half.returncode == 2
    db = open_database(seeded_url)
    with db.engine.begin() as conn:
        victim = conn.execute(sa.text("SELECT min(id) FROM audit_events")).scalar_one()
        if db.dialect == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change")
        conn.execute(
            sa.text("UPDATE audit_events SET admin_username = 'kimse' WHERE id = :i"),
            {"i": victim},
        )
    db.dispose()
    broken = run("--db", seeded_url, "audit", "verify", "--as", "denetci", env=ENV)
    assert broken.returncode == 1
    assert f"{victim} numaralı kayıt" in broken.stderr and "değiştirilmiş" in broken.stderr


def test_report_audit_for_a_scheduler(seeded_url: str, tmp_path) -> None:
    out = tmp_path / "aylik.xlsx"
    result = run(
        "report",
        "audit",
        "--from",
        "2020-01-01",
        "--to",
        "2099-12-31",
        "--out",
        str(out),
        "--db",
        seeded_url,
        "--as",
        "il06",
        "--json",
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert data["rows"] == len(rows) - 9 and rows[0][0] == "Denetim kayıtları — ayrıntı"
    bad = run(
        "report",
        "audit",
        "--from",
        "31.12.2026",
        "--out",
        str(out),
        "--db",
        seeded_url,
        "--as",
        "il06",
        env=ENV,
    )
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    wrong = run("--db", seeded_url, "report", "audit", "--out", str(out), env=ENV)
    assert wrong.returncode in (1, 2) and "Traceback" not in wrong.stderr
