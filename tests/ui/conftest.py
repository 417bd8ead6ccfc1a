"""UI fixtures: a real AppContext with a real thread pool, Turkish translators installed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from mebposta_admin.app_context import AppContext
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.ui.i18n import install_translators
from mebposta_admin.ui.tasks import TaskRunner
from tests.support.keyrings import MemoryKeyring


@pytest.fixture
def turkish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "tr")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def make_context(qapp, settings) -> Iterator[Callable[..., AppContext]]:  # type: ignore[no-untyped-def]
    made: list[AppContext] = []

    def make(
        *, demo: bool = False, db_url: str | None = None, secrets: SecretStore | None = None
    ) -> AppContext:
        context = AppContext(
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
