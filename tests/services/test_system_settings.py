"""System settings live in the database: read by all, changed by a superadmin only, validated,
every change (and every refusal) audited with before/after."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.errors import PermissionDenied, ValidationFailed
from mebposta_admin.services import auth, reissue, system_settings
from mebposta_admin.services.system_settings import SystemSettings


def _events(db, action: str = "settings.change") -> list[tuple[str, str, dict]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT admin_username, outcome, details FROM audit_events WHERE action = :a"
                " ORDER BY id"
            ),
            {"a": action},
        ).all()
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def test_defaults_then_a_superadmin_change_is_audited(seeded_db) -> None:
    values = system_settings.load(seeded_db)
    # The demo seed marks its database, and signs in with the password alone.
    assert values == SystemSettings(demo=True, totp_roles="")
    sistem = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)
    system_settings.update(
        seeded_db,
        sistem,
        {"sms_base_url": "https://api.netgsm.com.tr/", "reissue_per_admin_per_hour": "40"},
    )
    changed = system_settings.load(seeded_db)
    assert changed.sms_base_url == "https://api.netgsm.com.tr"
    assert changed.reissue_per_admin_per_hour == 40
    [(who, outcome, details)] = _events(seeded_db)
    assert (who, outcome) == ("sistem", "success")
    assert details["before"] == {"reissue_per_admin_per_hour": 30, "sms_base_url": ""}
    assert details["after"]["sms_base_url"] == "https://api.netgsm.com.tr"
    # The reissue reads its limits from here.
    assert reissue.policy_of(changed).per_admin_per_hour == 40


@pytest.mark.parametrize("who", ["yardim", "il06", "ilce0601", "denetci"])
def test_only_a_superadmin_may_change_and_refusals_are_audited(seeded_db, who) -> None:
    identity = auth.authenticate(seeded_db, who, DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        system_settings.update(seeded_db, identity, {"sms_base_url": "https://evil.example"})
    assert system_settings.load(seeded_db).sms_base_url == ""
    [(username, outcome, details)] = _events(seeded_db)
    assert (username, outcome, details["keys"]) == (who, "refused", ["sms_base_url"])


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("sms_base_url", "http://sms.example", "settings.https_required"),
        ("sms_base_url", "ftp://sms.example", "settings.https_required"),
        ("sms_base_url", "https://user:pw@sms.example", "settings.url_credentials"),
        ("reissue_per_mailbox_per_day", "0", "settings.out_of_range"),
        ("reissue_per_mailbox_per_day", "11", "settings.out_of_range"),
        ("reissue_per_admin_per_hour", "ten", "settings.out_of_range"),
        ("reissue_per_admin_per_hour", "１０", "settings.out_of_range"),
        ("password_style", "words", "settings.choice_invalid"),
        ("sms_header", "", "settings.header_invalid"),
        ("sms_header", "ÇOK-UZUN-BAŞLIK", "settings.header_invalid"),
        ("mail_database_url", "postgresql://u:pw@h/db", "settings.url_password"),
        ("mail_database_url", "mysql://u@h/db", "db.url_unsupported"),
        ("demo", "true", "settings.demo_only_seed"),
        ("no_such_key", "1", "settings.unknown_key"),
    ],
)
def test_invalid_values_are_refused_and_nothing_changes(seeded_db, key, value, code) -> None:
    sistem = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)
    before = system_settings.load(seeded_db)
    with pytest.raises(Exception) as caught:
        system_settings.update(seeded_db, sistem, {"sms_usercode": "8501234567", key: value})
    assert getattr(caught.value, "code", None) == code
    assert system_settings.load(seeded_db) == before  # all or nothing
    assert _events(seeded_db) == []


def test_loopback_http_is_allowed_for_a_simulator_and_demo_can_be_turned_off(seeded_db) -> None:
    sistem = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)
    system_settings.update(
        seeded_db, sistem, {"sms_base_url": "http://127.0.0.1:8080", "demo": "false"}
    )
    values = system_settings.load(seeded_db)
    assert values.sms_base_url == "http://127.0.0.1:8080" and values.demo is False


def test_a_value_written_behind_the_application_falls_back_to_the_default(seeded_db) -> None:
    with seeded_db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO system_settings (key, value, updated_at, updated_by) VALUES "
                "(:k1, :v1, CURRENT_TIMESTAMP, 'x'), (:k2, :v2, CURRENT_TIMESTAMP, 'x')"
            ),
            {
                "k1": "sms_base_url",
                "v1": json.dumps("http://evil.example"),
                "k2": "reissue_per_mailbox_per_day",
                "v2": "999",
            },
        )
    values = system_settings.load(seeded_db)
    assert values.sms_base_url == "" and values.reissue_per_mailbox_per_day == 3


def test_legacy_values_are_adopted_once_by_a_superadmin_only(seeded_db) -> None:
    legacy = {
        "sms_base_url": "https://eski.example",
        "sms_header": "ESKI",
        "sms_usercode": "x" * 99,
    }
    il06 = auth.authenticate(seeded_db, "il06", DEMO_PASSWORD)
    assert system_settings.adopt_legacy(seeded_db, il06, legacy) == ()
    sistem = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)
    system_settings.update(seeded_db, sistem, {"sms_header": "YENI"})
    # invalid values are skipped; keys the database already holds are kept
    assert system_settings.adopt_legacy(seeded_db, sistem, legacy) == ("sms_base_url",)
    values = system_settings.load(seeded_db)
    assert (values.sms_base_url, values.sms_header) == ("https://eski.example", "YENI")
    assert system_settings.adopt_legacy(seeded_db, sistem, legacy) == ()


def test_validation_failures_carry_codes(seeded_db) -> None:
    sistem = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)
    with pytest.raises(ValidationFailed, match="settings.https_required"):
        system_settings.update(seeded_db, sistem, {"sms_base_url": "sms.example"})
