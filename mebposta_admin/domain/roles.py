"""Administrator roles and the scope each needs (design.md §2); what each may do is the
table in domain.permissions."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SUPERADMIN = "superadmin"
    HELPDESK = "helpdesk"
    PROVINCE_ADMIN = "province_admin"
    DISTRICT_ADMIN = "district_admin"
    AUDITOR = "auditor"


NATIONAL_ROLES = frozenset({Role.SUPERADMIN, Role.HELPDESK})


def scope_rule(role: Role) -> str:
    """Which scope fields a role needs: ``national``, ``province``, ``district`` or ``optional``."""
    return {
        Role.SUPERADMIN: "national",
        Role.HELPDESK: "national",
        Role.PROVINCE_ADMIN: "province",
        Role.DISTRICT_ADMIN: "district",
        Role.AUDITOR: "optional",
    }[role]
