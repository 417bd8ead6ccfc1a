"""Database URL helpers for the front ends (which never import the model layer)."""

from __future__ import annotations

from mebposta_admin.models.engine import parse_url, redact_url, split_password

__all__ = ["parse_url", "redact_url", "split_password"]
