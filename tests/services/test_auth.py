"""Administrator sign-in: Argon2id, lockout after five failures, every outcome audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AuthError
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import auth
from mebposta_admin.services.demo_seed import DEMO_PASSWORD


def _events(db, username: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT action, outcome FROM audit_events WHERE admin_username = :u ORDER BY id"
            ),
            {"u": username},
        )
        return [tuple(r) for r in rows]


def test_success_returns_identity_with_scope_and_is_audited(seeded_db) -> None:  # type: ignore[no-untyped-def]
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


def test_wrong_password_counts_down_then_locks_for_15_minutes(seeded_db) -> None:  # type: ignore[no-untyped-def]
    lefts = []
    for _ in range(4):
        with pytest.raises(AuthError) as caught:
            auth.authenticate(seeded_db, "il07", "wrong-password")
        lefts.append(caught.value.params["left"])
    assert lefts == [4, 3, 2, 1]
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


def test_unknown_user_is_a_generic_failure_and_audited(seeded_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "nobody", "whatever-123")
    assert caught.value.code == "auth.invalid_credentials"
    assert _events(seeded_db, "nobody") == [("login", "failure")]


def test_inactive_account_is_refused(seeded_db) -> None:  # type: ignore[no-untyped-def]
    with seeded_db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE admin_accounts SET active = false WHERE username = 'yardim'"))
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    assert caught.value.code == "auth.inactive"
    assert _events(seeded_db, "yardim") == [("login", "refused")]


def test_no_password_in_audit_details(seeded_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthError):
        auth.authenticate(seeded_db, "sistem", "Secret-Typo-123")
    with seeded_db.engine.connect() as conn:
        details = " ".join(conn.execute(sa.text("SELECT details FROM audit_events")).scalars())
    assert "Secret-Typo-123" not in details
