"""The working sections of the main window, each with the permission it needs.

The sidebar lists what the signed-in administrator's role may use (domain.permissions), in
this order; a capability adds its page here. The services check the same permission again when
an action runs: hiding a page is a courtesy, never the protection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.domain.roles import Role
from mebposta_admin.texts import QT_TRANSLATE_NOOP
from mebposta_admin.ui.pages.overview import OverviewPage
from mebposta_admin.ui.pages.people import PeoplePage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, translated in the "Pages" context
    permission: Permission | None  # None: every role
    make: Callable[[SignedInContext], QWidget]

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), None, OverviewPage),
    PageSpec("people", QT_TRANSLATE_NOOP("Pages", "People"), Permission.VIEW_PERSON, PeoplePage),
)


def pages_for(role: Role) -> tuple[PageSpec, ...]:
    return tuple(p for p in PAGES if p.permission is None or allows(role, p.permission))
