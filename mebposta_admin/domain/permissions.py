"""What each role may do (design.md §2): one role × permission table.

Services ask :func:`allows` before any work (through the action guard, services.guard), and
the front ends ask the same table which pages and buttons to show. Where an administrator
may act — the scope — is a separate question (services.scope)."""

from __future__ import annotations

from enum import StrEnum

from mebposta_admin.domain.roles import Role


class Permission(StrEnum):
    VIEW_PERSON = "view_person"
    REVEAL_PII = "reveal_pii"
    CALLER_CHECK = "caller_check"
    REISSUE_PASSWORD = "reissue_password"
    VIEW_REQUESTS = "view_requests"
    RECEIVE_REQUEST = "receive_request"  # desk entry and Excel import of forms
    DECIDE_REQUEST = "decide_request"
    IMPORT_DIRECTORY = "import_directory"  # the MEBBİS personnel export (superadmin)
    MANAGE_UNIT = "manage_unit"
    MANAGE_ADMINS = "manage_admins"
    VIEW_AUDIT = "view_audit"
    EXPORT = "export"
    HANDLE_TICKETS = "handle_tickets"
    CHANGE_SYSTEM_SETTINGS = "change_system_settings"


# The desk's work: the same for the central help desk and the province and district units
# (within their scope).
_DESK = frozenset(
    {
        Permission.VIEW_PERSON,
        Permission.REVEAL_PII,
        Permission.CALLER_CHECK,
        Permission.REISSUE_PASSWORD,
        Permission.VIEW_REQUESTS,
        Permission.RECEIVE_REQUEST,
        Permission.DECIDE_REQUEST,
        Permission.MANAGE_UNIT,
        Permission.VIEW_AUDIT,  # their own scope's trail
        Permission.EXPORT,
        Permission.HANDLE_TICKETS,
    }
)

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.SUPERADMIN: frozenset(Permission),
    Role.HELPDESK: _DESK,
    Role.PROVINCE_ADMIN: _DESK,
    Role.DISTRICT_ADMIN: _DESK,
    # Read-only: people (always masked), the audit trail and reports.
    Role.AUDITOR: frozenset(
        {
            Permission.VIEW_PERSON,
            Permission.VIEW_REQUESTS,
            Permission.VIEW_AUDIT,
            Permission.EXPORT,
        }
    ),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]


def granted(role: Role) -> frozenset[Permission]:
    return GRANTS[role]
