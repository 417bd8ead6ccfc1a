"""Translated names of domain values (roles, scopes, audit outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mebposta_admin.domain.roles import Role
from mebposta_admin.services.auth import AdminIdentity

_ROLE = {
    Role.SUPERADMIN: QT_TRANSLATE_NOOP("Labels", "System administrator"),
    Role.HELPDESK: QT_TRANSLATE_NOOP("Labels", "Help desk"),
    Role.PROVINCE_ADMIN: QT_TRANSLATE_NOOP("Labels", "Provincial MEBBİS administrator"),
    Role.DISTRICT_ADMIN: QT_TRANSLATE_NOOP("Labels", "District MEBBİS administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
}
_OUTCOME = {
    "success": QT_TRANSLATE_NOOP("Labels", "success"),
    "failure": QT_TRANSLATE_NOOP("Labels", "failure"),
    "refused": QT_TRANSLATE_NOOP("Labels", "refused"),
}
_ACTION = {
    "login": QT_TRANSLATE_NOOP("Labels", "Sign-in"),
    "account.lockout": QT_TRANSLATE_NOOP("Labels", "Account locked"),
    "admin.create": QT_TRANSLATE_NOOP("Labels", "Administrator created"),
    "admin.list": QT_TRANSLATE_NOOP("Labels", "Administrator list"),
    "demo.seed": QT_TRANSLATE_NOOP("Labels", "Demo data created"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_text(role: Role) -> str:
    return _t(_ROLE[role])


def outcome_text(outcome: str) -> str:
    return _t(_OUTCOME[outcome]) if outcome in _OUTCOME else outcome


def action_text(action: str) -> str:
    return _t(_ACTION[action]) if action in _ACTION else action


def scope_text(identity: AdminIdentity) -> str:
    if identity.district_name:
        return QCoreApplication.translate("Labels", "{province} / {district} district").format(
            province=identity.province_name, district=identity.district_name
        )
    if identity.province_name:
        return QCoreApplication.translate("Labels", "{province} province").format(
            province=identity.province_name
        )
    return QCoreApplication.translate("Labels", "National")
