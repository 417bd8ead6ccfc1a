"""UI fixtures: a real AppContext with a real thread pool, Turkish translators installed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication

from mebposta_admin.app_context import AppContext, SignedInContext
from mebposta_admin.i18n import install_translators
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.ui.tasks import TaskRunner
from tests.support.keyrings import MemoryKeyring


@pytest.fixture
def turkish(qapp) -> Iterator[None]:
    translators = install_translators(qapp, "tr")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@dataclass
class UiContext(AppContext):
    """The tests' application context: a test opens a database and signs in by assigning
    them, takes :meth:`signed` for the windows, and the fixture disposes the database."""

    database: Database | None = None
    identity: AdminIdentity | None = None

    def signed(self) -> SignedInContext:
        assert self.database is not None and self.identity is not None
        return self.signed_in(self.database, self.identity)


@pytest.fixture
def make_context(qapp, settings) -> Iterator[Callable[..., UiContext]]:
    made: list[UiContext] = []

    def make(
        *, demo: bool = False, db_url: str | None = None, secrets: SecretStore | None = None
    ) -> UiContext:
        context = UiContext(
            settings=settings,
            secrets=secrets or SecretStore(MemoryKeyring()),
            tasks=TaskRunner(),
            demo=demo,
            db_url_override=db_url,
        )
        made.append(context)
        return context

    yield make
    for context in made:
        context.tasks.wait_for_done(30000)
        if context.database is not None:
            context.database.dispose()
