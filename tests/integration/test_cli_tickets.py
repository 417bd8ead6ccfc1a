"""Tickets from scripts, as a user runs them: ``tickets list|show|assign|reply|status`` in real
processes, options before and after the command, scope, and the exit codes."""

from __future__ import annotations

import json

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services.database import open_database
from mebposta_admin.services.tickets import mail_message, work
from mebposta_admin.services.tickets import store as st
from tests.integration.test_cli import run

ENV = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}
RAW = (
    b"From: Kemal Acar <kemal@example.org>\r\nSubject: iPhone kurulumu\r\n"
    b"Message-ID: <cli-1@example.org>\r\n\r\niPhone'uma hesap ekleyemedim, 993 mu?\r\n"
)


def _ticket(url: str) -> str:
    db = open_database(url)
    try:
        with db.unit_of_work() as s:
            item = st.Incoming.of_mail(mail_message.parse(RAW))
            return st.receive(s, item, work.intake_of(db)).number
    finally:
        db.dispose()


def test_list_show_assign_reply_and_solve(seeded_url: str) -> None:
    number = _ticket(seeded_url)
    listed = run("--db", seeded_url, "tickets", "list", "--json", "--as", "yardim", env=ENV)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)["tickets"]
    assert [r["number"] for r in rows] == [number] and rows[0]["category"] == "client_setup"
    found = run(
        "tickets", "list", "--text", "IPHONE", "--as", "yardim", "--db", seeded_url, env=ENV
    )
    assert number in found.stdout  # the words folded: the service's search has its own tests
    shown = run("tickets", "show", number, "--json", "--as", "yardim", "--db", seeded_url, env=ENV)
    view = json.loads(shown.stdout)
    assert view["suggested_answer"]["key"] == "client_setup"
    assert (
        "993" in view["suggested_answer"]["text"] and "iPhone" in view["suggested_answer"]["text"]
    )
    assigned = run("--db", seeded_url, "tickets", "assign", number, "me", "--as", "yardim", env=ENV)
    assert assigned.returncode == 0 and "yardim" in assigned.stderr
    unsafe = run(
        "tickets",
        "reply",
        number,
        "--text",
        "Şifreniz: Gizli-1234",
        "--as",
        "yardim",
        "--db",
        seeded_url,
        env=ENV,
    )
    assert unsafe.returncode != 0 and "SMS" in unsafe.stderr
    replied = run(
        "tickets",
        "reply",
        number,
        "--answer",
        "client_setup",
        "--then",
        "solved",
        "--json",
        "--as",
        "yardim",
        "--db",
        seeded_url,
        env=ENV,
    )
    assert replied.returncode == 0, replied.stderr
    assert json.loads(replied.stdout)["status"] == "solved"
    text = run("tickets", "show", number, "--as", "yardim", "--db", seeded_url, env=ENV).stdout
    assert "Çözüldü" in text and "posta.meb.gov.tr" in text
    status = run(
        "tickets",
        "status",
        number,
        "closed",
        "--category",
        "client_setup",
        "--as",
        "yardim",
        "--db",
        seeded_url,
        env=ENV,
    )
    assert status.returncode == 0
    missing = run(
        "tickets", "show", "YM-2026-999999", "--as", "yardim", "--db", seeded_url, env=ENV
    )
    assert missing.returncode != 0 and "YM-2026-999999" in missing.stderr
