"""Requests from scripts as a user runs them: real processes, real databases, a real local
portal; options before and after the command; the intake worker stopped by SIGTERM."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.services import auth, system_settings
from mebposta_admin.services.database import open_database
from mebposta_admin.services.requests import intake
from tests.integration.test_cli import run
from tests.support.portal import TOKEN, PortalServer, item
from tests.support.requests import OnFile, form_for, mebbis_holds, on_file

ENV = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}
NEW = "5329998877"


def _request(url: str, *, holds: bool) -> tuple[int, OnFile]:
    db = open_database(url)
    ayse = on_file(db)
    mebbis_holds(db, ayse, NEW if holds else ayse.gsm)
    stored = intake.receive(db, auth.authenticate(db, "il06", DEMO_PASSWORD), form_for(ayse, NEW))
    db.dispose()
    return stored.id, ayse


# The command line is the same on both databases, whose services are tested on both: this
# command runs on postgresql here, its sibling on the other (CI time, issue 15).
@pytest.mark.parametrize("backend", ["postgresql"])
def test_list_show_and_decide_with_options_anywhere(seeded_url: str) -> None:
    request_id, ayse = _request(seeded_url, holds=True)
    before = run("--db", seeded_url, "requests", "list", "--as", "il06", "--json", env=ENV)
    after = run("requests", "list", "--json", "--db", seeded_url, "--as", "il06", env=ENV)
    assert before.returncode == after.returncode == 0, before.stderr
    listed = json.loads(before.stdout)
    assert json.loads(after.stdout)["requests"] == listed["requests"]
    assert [r["id"] for r in listed["requests"]] == [request_id]
    assert listed["counts"]["open"] == 1
    elsewhere = run("requests", "list", "--db", seeded_url, "--as", "il07", "--json", env=ENV)
    assert json.loads(elsewhere.stdout)["requests"] == []  # scoped like the GUI
    shown = run(
        "requests", "show", str(request_id), "--db", seeded_url, "--as", "il06", "--json", env=ENV
    )
    data = json.loads(shown.stdout)
    gsm = next(f for f in data["fields"] if f["field"] == "gsm")
    assert gsm["ours_same"] is False and gsm["mebbis_same"] is True and data["blockers"] == []
    assert NEW not in shown.stdout and ayse.tckn not in shown.stdout  # masked
    refused = run(
        "requests", "decide", str(request_id), "--db", seeded_url, "--as", "il07", env=ENV
    )
    assert refused.returncode == 1 and refused.stderr.strip()
    decided = run(
        "--lang",
        "tr",
        "requests",
        "decide",
        str(request_id),
        "--db",
        seeded_url,
        "--as",
        "il06",
        "--json",
        env=ENV,
    )
    assert decided.returncode == 0, decided.stderr
    result = json.loads(decided.stdout)
    assert result["status"] == "applied" and result["notice"]["state"] == "sent"
    again = run(
        "--lang",
        "tr",
        "requests",
        "decide",
        str(request_id),
        "--reject",
        "junk",
        "--db",
        seeded_url,
        "--as",
        "yardim",
        env=ENV,
    )
    assert again.returncode == 1 and "il06" in again.stderr  # who decided, in Turkish
    assert "zaten" in again.stderr


# The command line is the same on both databases, whose services are tested on both: this
# command runs on sqlite here, its sibling on the other (CI time, issue 15).
@pytest.mark.parametrize("backend", ["sqlite"])
def test_four_eyes_from_the_command_line(seeded_url: str) -> None:
    request_id, _ = _request(seeded_url, holds=False)
    common = ["--db", seeded_url, "--json"]
    bare = run("requests", "decide", str(request_id), "--as", "il06", *common, env=ENV)
    assert bare.returncode == 1 and "15" in bare.stderr  # a justification is needed
    first = run(
        "requests",
        "decide",
        str(request_id),
        "--as",
        "il06",
        "--justification",
        "Kimliğini görüntülü görüşmede doğruladım.",
        *common,
        env=ENV,
    )
    assert json.loads(first.stdout)["status"] == "second_approval"
    same = run("requests", "decide", str(request_id), "--as", "il06", *common, env=ENV)
    assert same.returncode == 1
    second = run("requests", "decide", str(request_id), "--as", "yardim", *common, env=ENV)
    assert json.loads(second.stdout)["status"] == "applied"


def test_import_requests_writes_the_report_and_mebbis_needs_a_superadmin(
    seeded_url: str, tmp_path: Path
) -> None:
    rng = random.Random(2)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ad", "Soyad", "TCKN", "GSM", "İl"])
    sheet.append(["Ali", "Kaya", tckn_rules.generate(rng), "05321234567", "Ankara"])
    sheet.append(["Can", "Ak", "12345678951", "05321234568", "Ankara"])
    path = tmp_path / "talepler.xlsx"
    book.save(path)
    done = run(
        "import", "requests", str(path), "--as", "il06", "--db", seeded_url, "--json", env=ENV
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["stored"], data["rejected"]) == (1, 1)
    report = openpyxl.load_workbook(tmp_path / "talepler-rapor.xlsx").active
    assert report.max_row == 2  # the header and the rejected row
    mebbis = run("--db", seeded_url, "import", "mebbis", str(path), "--as", "il06", env=ENV)
    assert mebbis.returncode == 1
    ok = run("--db", seeded_url, "import", "mebbis", str(path), "--as", "sistem", "--json", env=ENV)
    assert ok.returncode == 0 and json.loads(ok.stdout)["stored"] == 1
    not_excel = tmp_path / "x.xlsx"
    not_excel.write_text("TCKN;Ad\n", encoding="utf-8")
    bad = run("import", "requests", str(not_excel), "--db", seeded_url, "--as", "il06", env=ENV)
    assert bad.returncode == 1 and "x.xlsx" in bad.stderr


def test_intake_run_keeps_up_and_stops_cleanly_on_sigterm(db_url: str) -> None:
    rng = random.Random(4)
    portal = PortalServer(page_size=5).start()
    portal.items = [item(i, tckn_rules.generate(rng)) for i in range(12)]
    portal.tickets = [
        {
            "id": f"T-{i}",
            "submitted_at": "2026-12-01T09:00:00+03:00",
            "subject": f"Soru {i}",
            "body": "Kota doldu",
            "email": f"t{i}@example.org",
        }
        for i in range(4)
    ]
    db = open_database(db_url)
    from mebposta_admin.demo import seed as demo_seed

    demo_seed.seed(db, 0, history=False)  # administrators and settings, no people
    system_settings.update(
        db, auth.authenticate(db, "sistem", DEMO_PASSWORD), {"portal_base_url": portal.url}
    )
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEBPOSTA_PORTAL_TOKEN": TOKEN}
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mebposta_admin",
            "intake",
            "run",
            "--interval",
            "0.2",
            "--db",
            db_url,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        engine = sa.create_engine(db_url)

        def count() -> int:
            with engine.connect() as conn:
                found = conn.execute(sa.text("SELECT count(*) FROM info_update_requests"))
                return int(found.scalar() or 0)

        deadline = time.monotonic() + 60
        while count() < 12 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert count() == 12

        def tickets() -> int:
            with engine.connect() as conn:
                return int(conn.execute(sa.text("SELECT count(*) FROM tickets")).scalar() or 0)

        deadline = time.monotonic() + 30
        while tickets() < 4 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert tickets() == 4  # the portal's ticket feed is read by the same worker
        portal.items += [item(100 + i, tckn_rules.generate(rng)) for i in range(3)]
        deadline = time.monotonic() + 30
        while count() < 15 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert count() == 15
        worker.send_signal(signal.SIGTERM)
        _out, err = worker.communicate(timeout=30)
        assert worker.returncode == 0, err
        assert "durdu" in err or "stopped" in err
        with engine.connect() as conn:
            ids = conn.execute(sa.text("SELECT portal_id FROM info_update_requests")).scalars()
            assert len(set(ids)) == 15
        engine.dispose()
    finally:
        if worker.poll() is None:
            worker.kill()
        portal.stop()


def test_a_unit_account_reissue_goes_to_its_custodian_in_demo_mode() -> None:
    """`password reissue --address maarif07@meb.gov.tr` on the demo database: keyed on the
    mailbox, the SMS (shown, not sent) names the unit and goes to its primary custodian."""
    assert run("demo", "seed", "--people", "3000").returncode == 0
    url = f"sqlite:///{os.environ['MEBPOSTA_DATA_DIR']}/demo.sqlite3"
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        name, gsm = conn.execute(
            sa.text(
                "SELECT p.first_name || ' ' || p.last_name, p.gsm FROM unit_custodians c"
                " JOIN people p ON p.id = c.person_id JOIN mailboxes m ON m.id = c.mailbox_id"
                " WHERE m.address = 'maarif07@meb.gov.tr' AND c.role = 'primary'"
                " AND c.ended_at IS NULL"
            )
        ).one()
    engine.dispose()
    result = run(
        "password",
        "reissue",
        "--address",
        "maarif07@meb.gov.tr",
        "--as",
        "il07",
        "--yes",
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("MAIL ADRESİNİZ : maarif07@meb.gov.tr ŞİFRENİZ : ")
    assert name in result.stderr and "5** *** ** " + gsm[-2:] in result.stderr
    flagged = run(
        "password",
        "reissue",
        "--address",
        "maarif44@meb.gov.tr",
        "--as",
        "yardim",
        "--yes",
        env=ENV,
    )
    assert flagged.returncode == 1 and "maarif44@meb.gov.tr" in flagged.stderr
    outside = run(
        "password",
        "reissue",
        "--address",
        "maarif07@meb.gov.tr",
        "--as",
        "il06",
        "--yes",
        env=ENV,
    )
    assert outside.returncode == 1
