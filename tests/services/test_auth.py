"""Administrator sign-in: Argon2id, lockout after five failures, every outcome audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AuthError
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import auth


def _events(db, username: str) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT action, outcome FROM audit_events WHERE admin_username = :u ORDER BY id"
            ),
            {"u": username},
        )
        return [tuple(r) for r in rows]


def test_success_returns_identity_with_scope_and_is_audited(seeded_db) -> None:
    identity = auth.authenticate(seeded_db, "ilce0601", DEMO_PASSWORD)
    assert identity.role is Role.DISTRICT_ADMIN
    assert (identity.province_code, identity.province_name) == ("06", "Ankara")
    assert identity.district_name == "Çankaya"
    assert _events(seeded_db, "ilce0601") == [("login", "success")]
    with seeded_db.engine.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT password_hash FROM admin_accounts WHERE username='il06'")
        ).scalar()
    assert stored.startswith("$argon2id$")
    assert DEMO_PASSWORD not in stored


def test_wrong_password_locks_for_15_minutes_after_five(seeded_db) -> None:
    for _ in range(4):
        with pytest.raises(AuthError) as caught:
            auth.authenticate(seeded_db, "il07", "wrong-password")
        assert (caught.value.code, caught.value.params) == ("auth.invalid_credentials", {})
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "il07", "wrong-password")
    assert caught.value.code == "auth.locked"
    # Even the right password is refused while locked.
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "il07", DEMO_PASSWORD)
    assert caught.value.code == "auth.locked"
    assert _events(seeded_db, "il07") == [("login", "failure")] * 5 + [
        ("account.lockout", "success"),
        ("login", "refused"),
    ]
    later = utcnow() + timedelta(minutes=16)
    assert auth.authenticate(seeded_db, "il07", DEMO_PASSWORD, now=later).username == "il07"


def test_unknown_user_is_a_generic_failure_and_audited(seeded_db) -> None:
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "nobody", "whatever-123")
    assert caught.value.code == "auth.invalid_credentials"
    assert _events(seeded_db, "nobody") == [("login", "failure")]


def test_inactive_account_is_refused(seeded_db) -> None:
    with seeded_db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE admin_accounts SET active = false WHERE username = 'yardim'"))
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    assert caught.value.code == "auth.inactive"
    assert _events(seeded_db, "yardim") == [("login", "refused")]


def test_no_password_in_audit_details(seeded_db) -> None:
    with pytest.raises(AuthError):
        auth.authenticate(seeded_db, "sistem", "Secret-Typo-123")
    with seeded_db.engine.connect() as conn:
        details = " ".join(conn.execute(sa.text("SELECT details FROM audit_events")).scalars())
    assert "Secret-Typo-123" not in details


def _answers(db, username: str, tries: int) -> list[tuple[str, dict]]:
    answers = []
    for _ in range(tries):
        with pytest.raises(AuthError) as caught:
            auth.authenticate(db, username, "wrong-password")
        answers.append((caught.value.code, caught.value.params))
    return answers


def test_unknown_and_known_names_get_the_same_answers_and_lockout(seeded_db) -> None:
    """No enumeration: an "attempts left" counter, or a lockout only real accounts get, told
    which user names exist."""
    known = _answers(seeded_db, "il07", 6)
    unknown = _answers(seeded_db, "yok-boyle-biri", 6)
    assert known == unknown
    assert [code for code, _ in known] == ["auth.invalid_credentials"] * 4 + ["auth.locked"] * 2


def test_every_path_verifies_exactly_one_hash(seeded_db, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same timing: each refusal costs one Argon2 verification with the same parameters."""
    calls: list[str] = []
    real = auth.verify_password

    def counted(stored: str, password: str) -> bool:
        calls.append(stored.split("$")[3])  # the parameters, e.g. m=65536,t=3,p=4
        return real(stored, password)

    monkeypatch.setattr(auth, "verify_password", counted)
    for username in ("il07", "nobody-at-all"):
        calls.clear()
        with pytest.raises(AuthError):
            auth.authenticate(seeded_db, username, "wrong-password")
        assert len(calls) == 1, username
        params = calls[0]
        assert params == auth._dummy_hash().split("$")[3]
    for _ in range(5):  # lock il07, then a locked account's refusal verifies once too
        with pytest.raises(AuthError):
            auth.authenticate(seeded_db, "il07", "wrong-password")
    calls.clear()
    with pytest.raises(AuthError, match="auth.locked"):
        auth.authenticate(seeded_db, "il07", DEMO_PASSWORD)
    assert len(calls) == 1


def test_no_argon2_hash_is_computed_at_import_or_for_the_dummy(monkeypatch) -> None:
    """Start-up cost: the dummy is a fixed hash with the library's current parameters."""
    import subprocess
    import sys

    code = (
        "import argon2; calls = []; real = argon2.PasswordHasher.hash\n"
        "argon2.PasswordHasher.hash = lambda s, *a, **k: calls.append(1) or real(s, *a, **k)\n"
        "import mebposta_admin.services.auth as a\n"
        "a._dummy_hash()\n"
        "raise SystemExit(len(calls))"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
    assert not auth._hasher.check_needs_rehash(auth._FIXED_DUMMY)
