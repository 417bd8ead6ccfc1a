"""Administrator password strength rules (the CLI and the GUI refuse weak ones)."""

from __future__ import annotations

MIN_LENGTH = 10


def weakness(password: str, username: str = "") -> str | None:
    """Return an error code when ``password`` is too weak, else None."""
    if len(password) < MIN_LENGTH:
        return "password.too_short"
    classes = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    if classes < 3:
        return "password.too_simple"
    if username and username.casefold() in password.casefold():  # ascii: usernames are ASCII
        return "password.contains_username"
    return None
