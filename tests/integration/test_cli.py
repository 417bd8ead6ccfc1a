"""The CLI as a user runs it: a real process, real databases, exit codes 0/1/2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services.database import open_database

GOOD = "Güçlü-Parola-42"


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mebposta_admin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("mebposta-admin 0.")


def test_usage_error_exits_2() -> None:
    result = run("admin", "create")
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_db_upgrade_and_status(db_url: str) -> None:
    assert run("db", "upgrade", "--db", db_url).returncode == 0
    result = run("db", "status", "--db", db_url, "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["revision"] == data["head"]
    assert ":" not in data["url"].split("@")[0].split("//")[1] or "***" in data["url"]


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert run("db", "upgrade", env={"MEBPOSTA_DB_URL": url}).returncode == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_bad_url_is_explained_in_turkish() -> None:
    result = run("db", "upgrade", "--db", "mysql://u:p@h/db")
    assert result.returncode == 1
    assert "desteklenmiyor" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_seed_json_then_refuses_second_time(db_url: str) -> None:
    result = run("demo", "seed", "--people", "300", "--seed", "5", "--db", db_url, "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["people"] == 300 and summary["unit_accounts"] == 81 + 8 + 973
    again = run("demo", "seed", "--people", "10", "--db", db_url)
    assert again.returncode == 1
    assert "zaten veri var" in again.stderr


def test_admin_create_bootstrap_then_requires_superadmin(db_url: str) -> None:
    weak = run(
        "admin", "create", "kok", "--role", "superadmin", "--db", db_url, stdin="kisa\nkisa\n"
    )
    assert weak.returncode == 1 and "çok kısa" in weak.stderr
    mismatch = run(
        "admin", "create", "kok", "--role", "superadmin", "--db", db_url, stdin=f"{GOOD}\nbaska\n"
    )
    assert mismatch.returncode == 1 and "farklı" in mismatch.stderr
    ok = run(
        "admin",
        "create",
        "kok",
        "--role",
        "superadmin",
        "--display-name",
        "Kök Yönetici",
        "--db",
        db_url,
        stdin=f"{GOOD}\n{GOOD}\n",
    )
    assert ok.returncode == 0, ok.stderr
    # From now on an administrator must sign in, and the password comes first on stdin.
    no_actor = run(
        "admin",
        "create",
        "il35",
        "--role",
        "province_admin",
        "--province",
        "35",
        "--db",
        db_url,
        stdin=f"{GOOD}\n{GOOD}\n",
    )
    assert no_actor.returncode == 2 and "--as" in no_actor.stderr  # a usage error
    # A superadmin signs in with a second factor: from a script it cannot be set up...
    args = ("admin", "create", "il35", "--role", "province_admin", "--province", "35")
    unenrolled = run(*args, "--as", "kok", "--db", db_url, stdin=f"{GOOD}\n")
    assert unenrolled.returncode == 1 and "MEBPOSTA_TOTP_CODE" in unenrolled.stderr
    # ...so kok sets it up (as the application's dialog would: the test is the phone).
    db = open_database(db_url)
    enrolment = auth.begin_enrolment("kok")
    now = datetime.now(UTC) - timedelta(seconds=30)
    auth.enrol(db, "kok", GOOD, enrolment, pyotp.TOTP(enrolment.secret).at(now), now=now)
    db.dispose()
    no_code = run(*args, "--as", "kok", "--db", db_url, stdin=f"{GOOD}\n")
    assert no_code.returncode == 1 and "6 haneli kodu" in no_code.stderr
    code = {"MEBPOSTA_TOTP_CODE": pyotp.TOTP(enrolment.secret).now()}
    created = run(
        "admin",
        "create",
        "il35",
        "--role",
        "province_admin",
        "--province",
        "35",
        "--as",
        "kok",
        "--db",
        db_url,
        "--json",
        stdin=f"{GOOD}\n{GOOD}\n{GOOD}\n",
        env=code,
    )
    assert created.returncode == 0, created.stderr
    replayed = run("admin", "list", "--as", "kok", "--db", db_url, stdin=f"{GOOD}\n", env=code)
    assert replayed.returncode == 1 and "zaten kullanıldı" in replayed.stderr
    assert json.loads(created.stdout)["province_code"] == "35"
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        actions = conn.execute(
            sa.text("SELECT admin_username, action, outcome FROM audit_events ORDER BY id")
        ).all()
    engine.dispose()
    assert ("kok", "admin.create", "success") in [tuple(a) for a in actions]
    assert ("kok", "login", "success") in [tuple(a) for a in actions]


def test_admin_list_obeys_role_and_scheduled_password(seeded_url: str) -> None:
    listed = run(
        "admin",
        "list",
        "--as",
        "sistem",
        "--db",
        seeded_url,
        "--json",
        env={"MEBPOSTA_PASSWORD": DEMO_PASSWORD},
    )
    assert listed.returncode == 0, listed.stderr
    assert {a["username"] for a in json.loads(listed.stdout)} >= {"sistem", "il06", "ilce0601"}
    refused = run(
        "admin",
        "list",
        "--as",
        "il06",
        "--db",
        seeded_url,
        env={"MEBPOSTA_PASSWORD": DEMO_PASSWORD},
    )
    assert refused.returncode == 1
    assert "izin vermiyor" in refused.stderr
    wrong = run(
        "admin", "list", "--as", "sistem", "--db", seeded_url, env={"MEBPOSTA_PASSWORD": "yanlis"}
    )
    assert wrong.returncode == 1 and "yanlış" in wrong.stderr


def test_english_when_asked() -> None:
    result = run("--lang", "en", "db", "upgrade", "--db", "mysql://u@h/db")
    assert result.returncode == 1 and "is not supported" in result.stderr


def test_self_check(tmp_path: Path) -> None:
    result = run("--self-check", "--db", f"sqlite:///{tmp_path / 'check.sqlite3'}")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["translation_tr"]["probe"] == "Ülke geneli"
    assert report["keyring"]["backend"]


@pytest.mark.parametrize("people", ["-5", "many"])
def test_demo_seed_validates_numbers(people: str, tmp_path: Path) -> None:
    result = run("demo", "seed", "--people", people, "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert result.returncode == 2


def test_search_is_scoped_like_the_gui(seeded_url: str) -> None:
    from mebposta_admin.services.database import open_database
    from tests.support.people import add_person

    db = open_database(seeded_url)
    add_person(db, "Kübra", "Zümrütoğlu", province="07", address="kubra.zumrutoglu@meb.gov.tr")
    db.dispose()
    env = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}
    national = run("search", "ZÜMRÜTOĞLU", "--as", "yardim", "--db", seeded_url, "--json", env=env)
    assert national.returncode == 0, national.stderr
    data = json.loads(national.stdout)
    assert data["count"] == 1 and data["results"][0]["address"] == "kubra.zumrutoglu@meb.gov.tr"
    assert "*" in data["results"][0]["tckn_masked"]
    ankara = run("search", "zumrutoglu", "--as", "il06", "--db", seeded_url, "--json", env=env)
    assert json.loads(ankara.stdout)["count"] == 0
    escape = run(
        "search",
        "zumrutoglu",
        "--province",
        "07",
        "--as",
        "il06",
        "--db",
        seeded_url,
        "--json",
        env=env,
    )
    assert json.loads(escape.stdout)["results"] == []
    text = run("search", "kubra.zumrut", "--as", "il07", "--db", seeded_url, env=env)
    assert "Kübra Zümrütoğlu" in text.stdout
    hint = run("search", "a", "--as", "il07", "--db", seeded_url, env=env)
    assert hint.returncode == 0 and "En az iki harf" in hint.stdout
    bad = run(
        "search",
        "ali",
        "--province",
        "07",
        "--district",
        "Kadıköy",
        "--as",
        "yardim",
        "--db",
        seeded_url,
        env=env,
    )
    assert bad.returncode == 1 and "Kadıköy" in bad.stderr


def _demo_person(data_dir: str) -> tuple[str, str]:
    engine = sa.create_engine(f"sqlite:///{Path(data_dir) / 'demo.sqlite3'}")
    with engine.connect() as conn:
        tckn, address = conn.execute(
            sa.text(
                "SELECT p.tckn, m.address FROM people p JOIN mailboxes m ON m.person_id = p.id"
                " WHERE p.gsm IS NOT NULL AND m.active AND p.active ORDER BY p.id LIMIT 1"
            )
        ).one()
    engine.dispose()
    return tckn, address


def _hash_of(data_dir: str, address: str) -> str | None:
    engine = sa.create_engine(f"sqlite:///{Path(data_dir) / 'demo.sqlite3'}")
    with engine.connect() as conn:
        value = conn.execute(
            sa.text("SELECT password_hash FROM mailboxes WHERE address = :a"), {"a": address}
        ).scalar()
    engine.dispose()
    return value


def test_password_reissue_on_the_demo_database() -> None:
    assert run("demo", "seed", "--people", "60").returncode == 0
    data_dir = os.environ["MEBPOSTA_DATA_DIR"]
    tckn, address = _demo_person(data_dir)
    env = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}
    result = run("password", "reissue", "--tckn", tckn, "--as", "yardim", "--yes", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"MAIL ADRESİNİZ : {address} ŞİFRENİZ : ")  # demo: shown once
    assert (_hash_of(data_dir, address) or "").startswith("{ARGON2ID}")
    declined = run(
        "password", "reissue", "--address", address, "--as", "yardim", env=env, stdin="h\n"
    )
    assert declined.returncode == 1 and "Gönderilmedi" in declined.stderr
    auditor = run("password", "reissue", "--tckn", tckn, "--as", "denetci", "--yes", env=env)
    assert auditor.returncode == 1 and "izin vermiyor" in auditor.stderr


def test_password_reissue_through_the_gateway_contract(httpserver) -> None:
    """The gateway comes from the database's system settings (set by a superadmin), never
    from a workstation's settings file."""
    assert run("demo", "seed", "--people", "60").returncode == 0
    data_dir = os.environ["MEBPOSTA_DATA_DIR"]
    tckn, address = _demo_person(data_dir)
    httpserver.expect_request("/sms/rest/v2/send").respond_with_json({"code": "85"})
    db_url = f"sqlite:///{Path(data_dir) / 'demo.sqlite3'}"
    signed_in = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}
    for key, value in (
        ("demo", "false"),  # a real database from now on: SMS go through the gateway
        ("sms_base_url", httpserver.url_for("").rstrip("/")),
        ("sms_usercode", "8501234567"),
        ("sms_header", "MEB"),
    ):
        changed = run(
            "settings", "set", key, value, "--as", "sistem", "--db", db_url, env=signed_in
        )
        assert changed.returncode == 0, changed.stderr
    refused = run(
        "settings", "set", "sms_base_url", "https://evil.example", "--as", "il06", env=signed_in
    )
    assert refused.returncode == 1 and "izin vermiyor" in refused.stderr
    plain = run(
        "settings", "set", "sms_base_url", "http://sms.example", "--as", "sistem", env=signed_in
    )
    assert plain.returncode == 1 and "https://" in plain.stderr
    before = _hash_of(data_dir, address)
    env = {**signed_in, "MEBPOSTA_SMS_PASSWORD": "gw-secret"}
    result = run(
        "password", "reissue", "--tckn", tckn, "--as", "yardim", "--yes", "--db", db_url, env=env
    )
    assert result.returncode == 1
    assert "kod 85" in result.stderr and "Şifre değiştirilmedi" in result.stderr
    assert _hash_of(data_dir, address) == before
    assert (
        run("settings", "set", "sms_base_url", "", "--as", "sistem", env=signed_in).returncode == 0
    )
    missing = run("password", "reissue", "--tckn", tckn, "--as", "yardim", "--yes", env=signed_in)
    assert missing.returncode == 1 and "SMS ağ geçidi yok" in missing.stderr
