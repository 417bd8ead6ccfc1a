"""Scope rules applied inside services: what part of the country an administrator may touch."""

from __future__ import annotations

from typing import Any

from sqlalchemy import true

from mebposta_admin.services.auth import AdminIdentity


def rows_in_scope(identity: AdminIdentity, province_col: Any, district_col: Any | None) -> Any:
    """A WHERE clause limiting rows to the identity's province or district (national: all)."""
    if identity.district_id is not None and district_col is not None:
        return district_col == identity.district_id
    if identity.province_code is not None:
        return province_col == identity.province_code
    return true()


def describe(identity: AdminIdentity) -> str:
    """Plain scope text for logs (the UI builds its own translated text)."""
    if identity.district_name:
        return f"{identity.province_name} / {identity.district_name}"
    return identity.province_name or "national"
