"""Connecting to the chosen database (a profile or the embedded demo) before sign-in."""

from __future__ import annotations

from sqlalchemy.engine import URL

from mebposta_admin.models.engine import parse_url
from mebposta_admin.services import demo_seed
from mebposta_admin.services.database import Database, open_database
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress


def full_url(url: str, password: str | None) -> URL:
    parsed = parse_url(url)
    return parsed.set(password=password) if password else parsed


def connect(
    url: str,
    password: str | None = None,
    *,
    secrets: SecretStore | None = None,
    secret_key: str | None = None,
    demo: bool = False,
    demo_people: int = demo_seed.DEFAULT_DEMO_PEOPLE,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Database:
    """Open (and migrate) the database; a new demo database is filled on first use.

    ``secrets``/``secret_key``: read the password from the keyring here, on the worker thread.
    """
    if password is None and secrets is not None and secret_key:
        password = secrets.get(secret_key)
    db = open_database(full_url(url, password))
    try:
        if demo and demo_seed.is_empty(db):
            demo_seed.seed(db, demo_people, progress=progress, cancel=cancel)
    except BaseException:
        db.dispose()
        raise
    return db
