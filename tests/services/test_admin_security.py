"""Issue 15: the Yönetim page's services and the two-factor sign-in, on both databases.

The authenticator app is the one thing that cannot exist here: the test computes the codes a
phone would show from the secret with pyotp (RFC 6238), at explicit times, so replays and the
clock's drift are tested without waiting."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain import second_factor
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError, AuthError, PermissionDenied, ValidationFailed
from mebposta_admin.services import admin_accounts, auth, system_settings
from mebposta_admin.services.admin_accounts import AdminFilter, Changes

pytestmark = pytest.mark.db
T0 = datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC)
STRONG = "Kırmızı-Bisiklet-Yokuş-42"


def _code(secret: str, at: datetime) -> str:
    return pyotp.TOTP(secret).at(at)


def _events(db, username: str) -> list[tuple[str, str, dict]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT action, outcome, details FROM audit_events "
                "WHERE admin_username = :u ORDER BY id"
            ),
            {"u": username},
        ).all()
    return [(a, o, json.loads(d)) for a, o, d in rows]


def _require_totp(db, roles: str = "superadmin, helpdesk") -> None:
    sistem = auth.authenticate(db, "sistem", DEMO_PASSWORD)
    system_settings.update(db, sistem, {"totp_roles": roles})


def _enrolled(db, username: str, at: datetime = T0) -> tuple[str, tuple[str, ...]]:
    enrolment = auth.begin_enrolment(username)
    done = auth.enrol(db, username, DEMO_PASSWORD, enrolment, _code(enrolment.secret, at), now=at)
    return enrolment.secret, done.recovery_codes


def _row(db, actor, username: str) -> admin_accounts.AdminRow:
    rows = admin_accounts.page(db, actor, AdminFilter(text=username), None).rows
    return next(r for r in rows if r.username == username)


def test_rfc6238_vector() -> None:
    # RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits) -> the last 6 digits.
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # base32 of "12345678901234567890"
    assert second_factor.code_at(secret, second_factor.step_of(59)) == "287082"
    assert second_factor.code_at(secret, second_factor.step_of(1111111109)) == "081804"


def test_enrolment_then_codes_replays_and_recovery(seeded_db) -> None:
    _require_totp(seeded_db)
    # The role needs a second factor that is not set up: no sign-in before enrolment.
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, now=T0)
    assert caught.value.code == "auth.totp_enrolment_required"
    # A code that does not belong to the secret sets nothing up, and counts.
    enrolment = auth.begin_enrolment("yardim")
    assert enrolment.uri.startswith("otpauth://totp/") and "yardim" in enrolment.uri
    assert "issuer=MEB%20Posta%20Y%C3%B6netim" in enrolment.uri
    with pytest.raises(AuthError) as caught:
        auth.enrol(seeded_db, "yardim", DEMO_PASSWORD, enrolment, "000000", now=T0)
    assert caught.value.code == "auth.totp_wrong"
    done = auth.enrol(
        seeded_db, "yardim", DEMO_PASSWORD, enrolment, _code(enrolment.secret, T0), now=T0
    )
    assert done.identity.username == "yardim" and len(done.recovery_codes) == 10
    assert len(set(done.recovery_codes)) == 10
    with seeded_db.engine.connect() as conn:
        stored = conn.execute(
            sa.text(
                "SELECT code_hash FROM admin_recovery_codes r JOIN admin_accounts a "
                "ON a.id = r.admin_id WHERE a.username = 'yardim'"
            )
        ).scalars()
        hashes = set(stored)
    assert hashes == {second_factor.recovery_hash(c) for c in done.recovery_codes}
    assert not any(c.replace("-", "") in " ".join(hashes) for c in done.recovery_codes)

    # Now the password alone asks for the code; the right code signs in once.
    later = T0 + timedelta(minutes=2)
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, now=later)
    assert caught.value.code == "auth.totp_required"
    code = _code(enrolment.secret, later)
    spaced = f"{code[:3]} {code[3:]}"  # as the app shows it
    assert auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=spaced, now=later)
    with pytest.raises(AuthError) as caught:  # the same code again: a replay
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=code, now=later)
    assert caught.value.code == "auth.totp_replayed"
    # The previous step's code (drift) is older than the one used: refused too.
    with pytest.raises(AuthError) as caught:
        earlier = _code(enrolment.secret, later - timedelta(seconds=30))
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=earlier, now=later)
    assert caught.value.code == "auth.totp_replayed"
    # The next step's code (a phone clock 30 s ahead) is accepted.
    ahead = _code(enrolment.secret, later + timedelta(seconds=30))
    assert auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=ahead, now=later)
    # A recovery code works once, in any case and grouping.
    first = done.recovery_codes[0]
    typed = first.replace("-", " ").upper()  # ascii: the test's own code
    assert auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=typed, now=later)
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=first, now=later)
    assert caught.value.code == "auth.totp_replayed"
    events = _events(seeded_db, "yardim")
    assert ("admin.second_factor_enrol", "success") in [(a, o) for a, o, _ in events]
    recovery = [d for a, o, d in events if a == "login" and d.get("second_factor") == "recovery"]
    assert recovery == [{"second_factor": "recovery", "recovery_left": 9}]
    reasons = [d.get("reason") for a, o, d in events if o == "failure"]
    assert reasons == ["bad_enrolment_code", "replayed_code", "replayed_code", "replayed_code"]
    # No code, secret or recovery code is in any event.
    text = json.dumps(events)
    assert enrolment.secret not in text and code not in text and first not in text


def test_wrong_codes_count_toward_the_lockout(seeded_db) -> None:
    _require_totp(seeded_db)
    secret, _codes = _enrolled(seeded_db, "yardim")
    at = T0 + timedelta(minutes=5)
    wrong = str((int(_code(secret, at)) + 1) % 1_000_000).zfill(6)
    for _ in range(2):  # two wrong passwords and three wrong codes: five failures
        with pytest.raises(AuthError):
            auth.authenticate(seeded_db, "yardim", "yanlış-parola", now=at)
    codes = []
    for _ in range(3):
        with pytest.raises(AuthError) as caught:
            auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=wrong, now=at)
        codes.append(caught.value.code)
    assert codes == ["auth.totp_wrong", "auth.totp_wrong", "auth.locked"]
    with pytest.raises(AuthError) as caught:  # locked: even the right code waits
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=_code(secret, at), now=at)
    assert caught.value.code == "auth.locked"
    events = _events(seeded_db, "yardim")
    assert [d.get("reason") for a, o, d in events if o == "failure"] == ["bad_password"] * 2 + [
        "bad_code"
    ] * 3
    assert ("account.lockout", "success") in [(a, o) for a, o, _ in events]


def test_superadmin_needs_enrolment_and_roles_are_a_setting(seeded_db) -> None:
    _require_totp(seeded_db, "helpdesk")
    assert auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)  # superadmin: not required
    _require_totp(seeded_db, "superadmin;province_admin")
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "il06", DEMO_PASSWORD)
    assert caught.value.code == "auth.totp_enrolment_required"
    assert auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    assert system_settings.load(seeded_db).totp_roles == "superadmin, province_admin"
    with pytest.raises(ValidationFailed):
        system_settings.update(
            seeded_db, auth.identity_of(seeded_db, 1), {"totp_roles": "superadmin, kral"}
        )


def _sistem(db):
    return auth.authenticate(db, "sistem", DEMO_PASSWORD)


def test_edit_role_and_scope_audited_before_after(seeded_db) -> None:
    sistem = _sistem(seeded_db)
    il06 = _row(seeded_db, sistem, "il06")
    assert (il06.role, il06.province_code, il06.version) == (Role.PROVINCE_ADMIN, "06", 1)
    changed = admin_accounts.update(
        seeded_db,
        sistem,
        il06.id,
        il06.version,
        Changes("Ankara İl Yöneticisi", Role.DISTRICT_ADMIN, "06", "ÇANKAYA"),
    )
    assert (changed.role, changed.district_name, changed.version) == (
        Role.DISTRICT_ADMIN,
        "Çankaya",
        2,
    )
    identity = auth.authenticate(seeded_db, "il06", DEMO_PASSWORD)
    assert identity.district_name == "Çankaya"  # the new scope applies at once
    event = [e for e in _events(seeded_db, "sistem") if e[0] == "admin.update"][-1]
    assert event[1] == "success"
    assert event[2]["before"] == {
        "display_name": il06.display_name,
        "district": None,
        "role": "province_admin",
    }
    assert event[2]["after"] == {
        "display_name": "Ankara İl Yöneticisi",
        "district": "Çankaya",
        "role": "district_admin",
    }
    # The page's version is stale now: the change is refused, nothing overwritten.
    with pytest.raises(ValidationFailed) as invalid:
        admin_accounts.update(
            seeded_db, sistem, il06.id, il06.version, Changes("x", Role.AUDITOR, None, None)
        )
    assert invalid.value.code == "admin.changed"
    # Scope rules as at creation: a national role takes no province.
    with pytest.raises(ValidationFailed) as invalid:
        admin_accounts.update(
            seeded_db, sistem, il06.id, 2, Changes("x", Role.HELPDESK, "06", None)
        )
    assert invalid.value.code == "admin.scope_not_allowed"
    assert _row(seeded_db, sistem, "il06").role is Role.DISTRICT_ADMIN


def test_disable_enable_unlock_and_the_last_superadmin(seeded_db) -> None:
    sistem = _sistem(seeded_db)
    il07 = _row(seeded_db, sistem, "il07")
    disabled = admin_accounts.set_active(seeded_db, sistem, il07.id, il07.version, False)
    assert not disabled.active
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "il07", DEMO_PASSWORD)
    assert caught.value.code == "auth.inactive"
    enabled = admin_accounts.set_active(seeded_db, sistem, il07.id, disabled.version, True)
    assert auth.authenticate(seeded_db, "il07", DEMO_PASSWORD)
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.authenticate(seeded_db, "il07", "yanlış-parola")
    locked = _row(seeded_db, sistem, "il07")
    assert locked.locked() and locked.lockouts_total == 1 and locked.failures_total == 5
    assert locked.last_failure_at is not None
    problems = admin_accounts.page(seeded_db, sistem, AdminFilter(problems_only=True), None)
    assert [r.username for r in problems.rows] == ["il07"]
    unlocked = admin_accounts.unlock(seeded_db, sistem, il07.id, enabled.version)
    assert not unlocked.locked()
    assert auth.authenticate(seeded_db, "il07", DEMO_PASSWORD)
    # Nobody disables themselves, nor the last active superadmin.
    me = _row(seeded_db, sistem, "sistem")
    with pytest.raises(ValidationFailed) as invalid:
        admin_accounts.set_active(seeded_db, sistem, me.id, me.version, False)
    assert invalid.value.code == "admin.self_change"
    yardim = _row(seeded_db, sistem, "yardim")
    promoted = admin_accounts.update(
        seeded_db,
        sistem,
        yardim.id,
        yardim.version,
        Changes(yardim.display_name, Role.SUPERADMIN, None, None),
    )
    other = auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    admin_accounts.set_active(seeded_db, other, me.id, me.version, False)
    with pytest.raises(ValidationFailed) as invalid:
        admin_accounts.update(
            seeded_db,
            other,
            promoted.id,
            promoted.version,
            Changes("x", Role.HELPDESK, None, None),
        )
    assert invalid.value.code == "admin.self_change"
    actions = [(a, o) for a, o, _ in _events(seeded_db, "sistem")]
    assert actions.count(("admin.status", "success")) == 2
    assert ("admin.unlock", "success") in actions


def test_only_a_superadmin_manages_admins(seeded_db) -> None:
    il06 = auth.authenticate(seeded_db, "il06", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        admin_accounts.page(seeded_db, il06, AdminFilter(), None)
    with pytest.raises(PermissionDenied):
        admin_accounts.unlock(seeded_db, il06, 1, 1)
    assert ("admin.list", "refused") in [(a, o) for a, o, _ in _events(seeded_db, "il06")]


def test_reset_password_is_shown_once_and_replaced_at_sign_in(seeded_db) -> None:
    sistem = _sistem(seeded_db)
    il07 = _row(seeded_db, sistem, "il07")
    reset = admin_accounts.reset_password(seeded_db, sistem, il07.id, il07.version)
    assert len(reset.password) == 16 and reset.row.must_change_password
    with pytest.raises(AuthError) as caught:  # the old password is gone
        auth.authenticate(seeded_db, "il07", DEMO_PASSWORD)
    assert caught.value.code == "auth.invalid_credentials"
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "il07", reset.password)
    assert caught.value.code == "auth.password_change_required"
    with pytest.raises(ValidationFailed) as invalid:
        auth.authenticate(seeded_db, "il07", reset.password, new_password=reset.password)
    assert invalid.value.code == "auth.password_unchanged"
    with pytest.raises(ValidationFailed):
        auth.authenticate(seeded_db, "il07", reset.password, new_password="parola123")
    assert auth.authenticate(seeded_db, "il07", reset.password, new_password=STRONG)
    assert auth.authenticate(seeded_db, "il07", STRONG).username == "il07"
    with pytest.raises(AuthError):
        auth.authenticate(seeded_db, "il07", reset.password)
    # The one-time password is in no event and no log line.
    with seeded_db.engine.connect() as conn:
        everything = " ".join(conn.execute(sa.text("SELECT details FROM audit_events")).scalars())
    assert reset.password not in everything and STRONG not in everything
    assert ("admin.password_change", "success") in [
        (a, o) for a, o, _ in _events(seeded_db, "il07")
    ]


def test_reset_second_factor_means_enrol_again(seeded_db) -> None:
    _require_totp(seeded_db)
    secret, codes = _enrolled(seeded_db, "yardim")
    # sistem itself needs a factor now: enrol it, then reset yardım's.
    sistem_secret, _ = _enrolled(seeded_db, "sistem")
    at = T0 + timedelta(minutes=1)
    sistem = auth.authenticate(
        seeded_db, "sistem", DEMO_PASSWORD, code=_code(sistem_secret, at), now=at
    )
    yardim = _row(seeded_db, sistem, "yardim")
    assert yardim.second_factor and yardim.recovery_left == 10
    reset = admin_accounts.reset_second_factor(seeded_db, sistem, yardim.id, yardim.version)
    assert not reset.second_factor and reset.recovery_left == 0
    with pytest.raises(AuthError) as caught:
        auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD, code=codes[1])
    assert caught.value.code == "auth.totp_enrolment_required"
    assert secret


def test_unknown_admin_is_an_answer_not_a_failure(seeded_db) -> None:
    sistem = _sistem(seeded_db)
    with pytest.raises(AppError) as caught:
        admin_accounts.unlock(seeded_db, sistem, 99999, 1)
    assert caught.value.code == "admin.not_found"
