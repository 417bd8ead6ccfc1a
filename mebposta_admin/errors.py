"""Application errors: services raise codes with parameters; the UI and CLI translate them."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    """An expected failure the user must be told about.

    Attributes:
        code: a stable dotted identifier, e.g. ``"db.unreachable"``; ``texts/errors.py`` and
            ``cli`` turn it into a sentence that says what went wrong and what to do.
        params: values for the sentence's placeholders. Never secrets.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        args = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({args})"


class DatabaseError(AppError):
    """The database cannot be used as asked (URL, connection, schema, permissions)."""


class AuthError(AppError):
    """Sign-in refused (bad credentials, locked or inactive account)."""


class PermissionDenied(AppError):
    """The administrator's role or scope does not allow the action."""


class ValidationFailed(AppError):
    """Input that breaks a domain rule."""
