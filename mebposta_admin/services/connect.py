"""Connecting to the chosen database (a profile or the embedded demo) before sign-in."""

from __future__ import annotations

from sqlalchemy.engine import URL

from mebposta_admin.models.engine import parse_url
from mebposta_admin.services import role_sign_in
from mebposta_admin.services.database import Database, gated, open_database
from mebposta_admin.services.secret_store import SecretStore


def full_url(url: str, password: str | None) -> URL:
    parsed = parse_url(url)
    return parsed.set(password=password) if password else parsed


def connect(
    url: str,
    password: str | None = None,
    *,
    secrets: SecretStore | None = None,
    secret_key: str | None = None,
) -> Database:
    """Open (and migrate) the database. ``secrets``/``secret_key``: read the password from
    the keyring here, on the worker thread. (The demo database: adapters.open_chosen.)
    A profile ending in ``?auth=role`` holds no credential: the sign-in connects as the
    administrator's own role (services.role_sign_in)."""
    parsed = parse_url(url)
    if role_sign_in.wants_roles(parsed):
        return gated(role_sign_in.without_param(parsed)._replace(username=None, password=None))
    if password is None and secrets is not None and secret_key:
        password = secrets.get(secret_key)
    return open_database(full_url(url, password))
