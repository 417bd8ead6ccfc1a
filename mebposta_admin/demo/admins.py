"""The demo's administrators beyond the six who sign in: a province team of a realistic
shape, so the Yönetim page shows accounts at work — recent and old sign-ins, failures, a
lockout in progress, a disabled leaver, a new colleague with a one-time password still to
replace, and the national roles' second factor set up."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from mebposta_admin.domain import second_factor
from mebposta_admin.domain.roles import Role
from mebposta_admin.models import AdminAccount
from mebposta_admin.services.auth import hash_password

# (user name, name, role, province, district or None, state)
ROSTER: tuple[tuple[str, str, Role, str | None, str | None, str], ...] = (
    ("yardim.elif", "Elif Karaca", Role.HELPDESK, None, None, "2fa"),
    ("yardim.murat", "Murat Aksoy", Role.HELPDESK, None, None, "2fa"),
    ("yardim.selin", "Selin Doğan", Role.HELPDESK, None, None, "new"),
    ("sistem.kerem", "Kerem Yıldırım", Role.SUPERADMIN, None, None, "2fa"),
    ("il01.hasan", "Hasan Çelik", Role.PROVINCE_ADMIN, "01", None, "ok"),
    ("il16.zeynep", "Zeynep Arslan", Role.PROVINCE_ADMIN, "16", None, "ok"),
    ("il34.ahmet", "Ahmet Şahin", Role.PROVINCE_ADMIN, "34", None, "ok"),
    ("il34.gulsen", "Gülşen Öztürk", Role.PROVINCE_ADMIN, "34", None, "locked"),
    ("il35.ayse", "Ayşe Kılıç", Role.PROVINCE_ADMIN, "35", None, "failing"),
    ("il35.mehmet", "Mehmet Koç", Role.PROVINCE_ADMIN, "35", None, "disabled"),
    ("il42.fatma", "Fatma Aydın", Role.PROVINCE_ADMIN, "42", None, "ok"),
    ("il55.osman", "Osman Kurt", Role.PROVINCE_ADMIN, "55", None, "never"),
    ("ilce0602.emine", "Emine Polat", Role.DISTRICT_ADMIN, "06", "Keçiören", "ok"),
    ("ilce0603.ali", "Ali Erdoğan", Role.DISTRICT_ADMIN, "06", "Yenimahalle", "ok"),
    ("ilce0701.burak", "Burak Güneş", Role.DISTRICT_ADMIN, "07", "Muratpaşa", "failing"),
    ("denetci.leyla", "Leyla Tekin", Role.AUDITOR, "34", None, "ok"),
)


def make_roster(
    conn: Connection, districts: dict[str, list[tuple[int, str]]], rng: random.Random
) -> int:
    now = datetime.now(UTC)
    hashed = hash_password(f"demo-{rng.random()}")  # nobody signs in as these: random
    rows: list[dict[str, Any]] = []
    for username, name, role, province, district, state in ROSTER:
        district_id = None
        if district:
            district_id = next((d for d, n in districts.get(province or "", []) if n == district))
        created = now - timedelta(days=rng.randint(40, 700))
        last = None if state in ("never", "new") else now - timedelta(hours=rng.randint(1, 400))
        row: dict[str, Any] = {
            "username": username,
            "display_name": name,
            "password_hash": hashed,
            "role": role.value,
            "province_code": province,
            "district_id": district_id,
            "active": state != "disabled",
            "failed_attempts": {"failing": 3, "locked": 0}.get(state, 0),
            "locked_until": now + timedelta(minutes=11) if state == "locked" else None,
            "last_login_at": last,
            "created_at": created if state != "new" else now - timedelta(hours=3),
            "must_change_password": state == "new",
            "failures_total": {"failing": 7, "locked": 12}.get(state, rng.randint(0, 4)),
            "lockouts_total": {"locked": 2, "failing": 1}.get(state, 0),
            "last_failure_at": now - timedelta(minutes=rng.randint(5, 300))
            if state in ("failing", "locked")
            else None,
            "totp_secret": second_factor.new_secret() if state == "2fa" else None,
            "totp_enrolled_at": created + timedelta(days=1) if state == "2fa" else None,
            "totp_last_step": None,
            "version": 1,
        }
        rows.append(row)
    conn.execute(AdminAccount.__table__.insert(), rows)  # type: ignore[attr-defined]
    return len(rows)
