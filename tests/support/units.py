"""Helpers for the unit-account tests."""

from __future__ import annotations

import sqlalchemy as sa


def free_address(db, address: str) -> None:
    """Remove the demo's unit account at ``address`` (the demo seeds every İlçe MEM's unit),
    so a test can create it the way an administrator would."""
    with db.engine.begin() as conn:
        box = conn.execute(
            sa.text("SELECT id FROM mailboxes WHERE address = :a AND kind = 'unit'"), {"a": address}
        ).scalar()
        if box is None:
            return
        for statement in (
            "DELETE FROM unit_custodians WHERE mailbox_id = :m",
            "DELETE FROM aliases WHERE mailbox_id = :m",
            "DELETE FROM reissue_attempts WHERE mailbox_id = :m",
            "DELETE FROM mailboxes WHERE id = :m",
        ):
            conn.execute(sa.text(statement), {"m": box})
