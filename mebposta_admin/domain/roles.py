"""Administrator roles and what each may do (design.md §2)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SUPERADMIN = "superadmin"
    HELPDESK = "helpdesk"
    PROVINCE_ADMIN = "province_admin"
    DISTRICT_ADMIN = "district_admin"
    AUDITOR = "auditor"


NATIONAL_ROLES = frozenset({Role.SUPERADMIN, Role.HELPDESK})


def can_reveal_pii(role: Role) -> bool:
    """Auditors always see PII masked; every other role may reveal (and is audited)."""
    return role is not Role.AUDITOR


def can_manage_admins(role: Role) -> bool:
    return role is Role.SUPERADMIN


def is_read_only(role: Role) -> bool:
    return role is Role.AUDITOR


def scope_rule(role: Role) -> str:
    """Which scope fields a role needs: ``national``, ``province``, ``district`` or ``optional``."""
    return {
        Role.SUPERADMIN: "national",
        Role.HELPDESK: "national",
        Role.PROVINCE_ADMIN: "province",
        Role.DISTRICT_ADMIN: "district",
        Role.AUDITOR: "optional",
    }[role]
