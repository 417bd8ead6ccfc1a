"""Administrator accounts: bootstrap, role and scope rules, weak passwords, permissions."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AuthError, PermissionDenied, ValidationFailed
from mebposta_admin.services import admins, auth

GOOD = "Güçlü-Parola-42"


def test_first_superadmin_without_actor_then_bootstrap_closes(db) -> None:
    created = admins.create_admin(db, None, admins.NewAdmin("root", "Kök", GOOD, Role.SUPERADMIN))
    assert created.role is Role.SUPERADMIN
    # A real database asks a superadmin for a second factor from the first sign-in.
    with pytest.raises(AuthError) as refused:
        auth.authenticate(db, "root", GOOD)
    assert refused.value.code == "auth.totp_enrolment_required"
    with pytest.raises(PermissionDenied) as caught:
        admins.create_admin(db, None, admins.NewAdmin("second", "", GOOD, Role.SUPERADMIN))
    assert caught.value.code == "admin.bootstrap_only"


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kisa1A!", "password.too_short"),
        ("Meb123456!", "password.guessable"),
        ("Xroot-parola-1", "password.contains_username"),
        ("Password12", "password.guessable"),  # each of these passed the old rule
        ("Parola2026!", "password.guessable"),
        ("Aa1!Aa1!Aa", "password.guessable"),
        ("Mebposta2026", "password.guessable"),
        ("qwertyuiop1!", "password.guessable"),
        ("Ayşe.Kaya.1985", "password.contains_username"),  # the administrator's own name
        ("AYSE-kaya-tr-99", "password.contains_username"),
    ],
)
def test_weak_passwords_refused_and_nothing_written(db, password: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        admins.create_admin(
            db, None, admins.NewAdmin("root", "Ayşe Kaya", password, Role.SUPERADMIN)
        )
    assert caught.value.code == code
    assert admins.count_admins(db) == 0


def test_scope_rules(seeded_db) -> None:
    actor = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)

    def make(name: str, role: Role, province: str | None = None, district: str | None = None):
        return admins.create_admin(
            seeded_db, actor, admins.NewAdmin(name, name, GOOD, role, province, district)
        )

    with pytest.raises(ValidationFailed, match="admin.scope_province_required"):
        make("il_x", Role.PROVINCE_ADMIN)
    with pytest.raises(ValidationFailed, match="admin.scope_not_allowed"):
        make("hd_x", Role.HELPDESK, "06")
    with pytest.raises(ValidationFailed, match="geo.unknown_province"):
        make("il_y", Role.PROVINCE_ADMIN, "82")
    with pytest.raises(ValidationFailed, match="geo.unknown_district"):
        make("ilce_x", Role.DISTRICT_ADMIN, "06", "Kadıköy")
    # District names match the Turkish way, whatever the case or letters typed.
    created = make("ilce_merkez", Role.DISTRICT_ADMIN, "7", "MURATPAŞA")
    assert (created.province_code, created.district_name) == ("07", "Muratpaşa")
    assert make("denetci_izmir", Role.AUDITOR, "35").province_code == "35"


def test_only_superadmin_manages_admins_and_refusals_are_audited(seeded_db) -> None:
    province_admin = auth.authenticate(seeded_db, "il06", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        admins.create_admin(
            seeded_db,
            province_admin,
            admins.NewAdmin("new06", "", GOOD, Role.DISTRICT_ADMIN, "06", "Çankaya"),
        )
    with pytest.raises(PermissionDenied):
        admins.list_admins(seeded_db, province_admin)
    with seeded_db.engine.connect() as conn:
        refused = (
            conn.execute(
                sa.text("SELECT action FROM audit_events WHERE outcome = 'refused' ORDER BY id")
            )
            .scalars()
            .all()
        )
        assert refused == ["admin.create", "admin.list"]
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM admin_accounts WHERE username='new06'")
            ).scalar()
            == 0
        )
    superadmin = auth.authenticate(seeded_db, "sistem", DEMO_PASSWORD)
    usernames = [a.username for a in admins.list_admins(seeded_db, superadmin)]
    assert usernames == sorted(["sistem", "yardim", "il06", "il07", "ilce0601", "denetci"])
