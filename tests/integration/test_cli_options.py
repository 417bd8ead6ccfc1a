"""Global options in every position, the database actually used, and the CLI's own messages.

Each command runs as a real process. ``--db`` (and ``--lang``) must work before and after the
command's name; the embedded demo database must never be touched when another one is named
(an outside check found ``--db URL password reissue --yes`` changing the demo database)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services.database import open_database
from tests.integration.test_cli import run
from tests.support.people import add_person

NEW_ADMIN_PASSWORD = "kV8#tq!Lw2@zRm"
SIGNED_IN = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}


def _demo_db() -> Path:
    return Path(os.environ["MEBPOSTA_DATA_DIR"]) / "demo.sqlite3"


def _scalar(url: str, query: str, **params: object) -> object:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        value = conn.execute(sa.text(query), params).scalar()
    engine.dispose()
    return value


@pytest.fixture
def empty_url(backend: str, templates, tmp_path: Path) -> str:
    folder = tmp_path / "empty"
    folder.mkdir()
    return templates.copy(backend, False, folder)


def _place(words: list[str], db_url: str, position: str) -> list[str]:
    """``--db URL`` before the first word (the command) or at the end."""
    return ["--db", db_url, *words] if position == "before" else [*words, "--db", db_url]


@pytest.fixture
def person(seeded_url: str) -> tuple[str, str]:
    db = open_database(seeded_url)
    add_person(
        db,
        "Konum",
        "Sınaması",
        province="06",
        gsm="5329876543",
        tckn="10000000146",
        address="konum.sinamasi@meb.gov.tr",
    )
    db.dispose()
    return "10000000146", "konum.sinamasi@meb.gov.tr"


# Where the option stands is parsed before any database is touched: each position on one
# backend, and each backend runs every command (CI time, issue 15).
@pytest.mark.parametrize(("backend", "position"), [("sqlite", "before"), ("postgresql", "after")])
def test_every_command_uses_the_database_named_in_either_position(
    seeded_url, empty_url, person, position
) -> None:
    tckn, address = person
    checks = [
        (["db", "upgrade"], None, lambda out: "newest schema" in out or "en yeni" in out),
        (["db", "status", "--json"], None, lambda out: json.loads(out)["revision"]),
        (
            ["admin", "create", "yeni06", "--role", "province_admin", "--province", "6"],
            f"{NEW_ADMIN_PASSWORD}\n{NEW_ADMIN_PASSWORD}\n",
            lambda _out: (
                _scalar(
                    seeded_url, "SELECT province_code FROM admin_accounts WHERE username = 'yeni06'"
                )
                == "06"
            ),
        ),
        (["admin", "list", "--json"], None, lambda out: "yeni06" in out),
        (
            ["settings", "set", "sms_header", "MEBPOSTA"],
            None,
            lambda _out: (
                _scalar(seeded_url, "SELECT value FROM system_settings WHERE key = 'sms_header'")
                == '"MEBPOSTA"'
            ),
        ),
        (
            ["settings", "show", "--json"],
            None,
            lambda out: json.loads(out)["sms_header"] == "MEBPOSTA",
        ),
        (["search", "Konum Sınaması", "--json"], None, lambda out: json.loads(out)["count"] == 1),
        (["password", "reissue", "--tckn", tckn, "--yes", "--json"], None, lambda out: True),
    ]
    before_hash = _scalar(
        seeded_url, "SELECT password_hash FROM mailboxes WHERE address = :a", a=address
    )
    for words, stdin, ok in checks:
        args = _place(
            [*words, "--as", "sistem"] if words[0] != "db" else words, seeded_url, position
        )
        result = run(*args, stdin=stdin or "", env=SIGNED_IN)
        assert result.returncode == 0, (words, result.stderr)
        assert ok(result.stdout), (words, result.stdout)
        assert not _demo_db().exists(), f"{words} touched the embedded demo database"
    after_hash = _scalar(
        seeded_url, "SELECT password_hash FROM mailboxes WHERE address = :a", a=address
    )
    assert after_hash != before_hash and str(after_hash).startswith("{ARGON2ID}")
    # demo seed wants an empty database
    seeded = run(*_place(["demo", "seed", "--people", "30"], empty_url, position))
    assert seeded.returncode == 0, seeded.stderr
    assert _scalar(empty_url, "SELECT count(*) FROM people") == 30
    assert not _demo_db().exists()


@pytest.mark.parametrize("position", ["before", "after"])
def test_lang_works_before_and_after_the_command(position: str) -> None:
    words = ["db", "upgrade", "--db", "mysql://u@h/db"]
    args = ["--lang", "en", *words] if position == "before" else [*words, "--lang", "en"]
    result = run(*args)
    assert result.returncode == 1 and "is not supported" in result.stderr


def test_the_environment_variable_is_honoured_by_every_command(seeded_url: str) -> None:
    env = {**SIGNED_IN, "MEBPOSTA_DB_URL": seeded_url}
    assert run("admin", "list", "--as", "sistem", env=env).returncode == 0
    assert run("search", "ali", "--as", "yardim", "--json", env=env).returncode == 0
    assert not _demo_db().exists()


@pytest.mark.parametrize(
    "url",
    ["postgresql://kim@127.0.0.1:1/yok", "sqlite:////proc/self/yok/x.sqlite3"],
)
def test_a_named_database_that_cannot_be_opened_is_an_error_not_a_fallback(url: str) -> None:
    for env in ({}, {"MEBPOSTA_DB_URL": url}):
        args = ["search", "ali", "--as", "yardim"] + ([] if env else ["--db", url])
        result = run(*args, env={**SIGNED_IN, **env})
        assert result.returncode == 1, result.stdout
        assert "Traceback" not in result.stderr
        assert not _demo_db().exists()


def test_a_bad_url_is_shown_as_typed_without_password_or_driver_name() -> None:
    typed = run("--lang", "en", "db", "status", "--db", "postgresql://kim:gizli@sunucu:abc/x")
    assert typed.returncode == 1
    assert "postgresql://kim:***@sunucu:abc/x" in typed.stderr
    assert "gizli" not in typed.stderr and "<" not in typed.stderr
    down = run("--lang", "en", "db", "status", "--db", "postgresql://kim:gizli@127.0.0.1:1/x")
    assert down.returncode == 1 and "postgresql://kim:***@127.0.0.1:1/x" in down.stderr
    assert "psycopg" not in down.stderr and "gizli" not in down.stderr


def test_refusals_get_their_own_true_message_and_are_audited(seeded_url, person) -> None:
    tckn, address = person
    env = SIGNED_IN

    def reissue(*who: str, user: str) -> str:
        result = run(
            "--lang",
            "en",
            "password",
            "reissue",
            *who,
            "--as",
            user,
            "--yes",
            "--db",
            seeded_url,
            env=env,
        )
        assert result.returncode == 1, result.stdout
        return result.stderr

    outside = reissue("--tckn", tckn, user="il07")  # an Ankara person, an Antalya admin
    assert "outside your area" in outside and "Ankara" not in outside
    outside_by_address = reissue("--address", address, user="il07")
    assert "outside your area" in outside_by_address
    refused = _scalar(
        seeded_url,
        "SELECT count(*) FROM audit_events WHERE admin_username = 'il07' "
        "AND action = 'password.reissue' AND outcome = 'refused'",
    )
    assert refused == 2
    assert "not a valid TCKN" in reissue("--tckn", "12345678951", user="yardim")
    # A unit account's password goes to its primary custodian (issue 12): refused without one,
    # and outside the administrator's province.
    assert "no primary custodian" in reissue("--address", "maarif44@meb.gov.tr", user="yardim")
    assert "outside your area" in reissue("--address", "maarif07@meb.gov.tr", user="il06")
    assert "Nobody with this TCKN" in reissue("--tckn", "12345678950", user="yardim")


def test_an_empty_demo_database_says_so_and_how_to_fill_it() -> None:
    result = run("--lang", "en", "search", "ali", "--as", "yardim", env=SIGNED_IN)
    assert result.returncode == 1
    assert "is empty" in result.stderr and "demo seed" in result.stderr
    assert "wrong" not in result.stderr


def test_usage_errors_exit_2(seeded_url: str) -> None:
    no_as = run("search", "ali", "--db", seeded_url, env=SIGNED_IN)
    assert no_as.returncode == 2 and "--as" in no_as.stderr
    for province in ("99", "abc", "0", "７"):
        bad = run("search", "ali", "--province", province, "--as", "yardim", "--db", seeded_url)
        assert bad.returncode == 2, province
    fine = run(
        "search",
        "ali",
        "--province",
        "6",
        "--as",
        "yardim",
        "--db",
        seeded_url,
        "--json",
        env=SIGNED_IN,
    )
    assert fine.returncode == 0, fine.stderr


def test_json_says_when_the_query_was_cut(seeded_url: str) -> None:
    long = "ali " * 40
    result = run("search", long, "--as", "yardim", "--db", seeded_url, "--json", env=SIGNED_IN)
    data = json.loads(result.stdout)
    assert data["truncated"] is True and len(data["searched_for"]) <= data["max_query_chars"]
    short = run("search", "ali", "--as", "yardim", "--db", seeded_url, "--json", env=SIGNED_IN)
    assert json.loads(short.stdout)["truncated"] is False


def test_reissue_json_on_the_demo_database_prints_only_json(seeded_url: str, person) -> None:
    tckn, _ = person
    result = run(
        "password",
        "reissue",
        "--tckn",
        tckn,
        "--as",
        "yardim",
        "--yes",
        "--json",
        "--db",
        seeded_url,
        env=SIGNED_IN,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # nothing else on standard output
    assert data["job_id"].startswith("LOCAL-")
    assert "ŞİFRENİZ : " in result.stderr  # the demo SMS, shown to the administrator
