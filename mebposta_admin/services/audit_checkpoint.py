"""Signed checkpoints of the audit chain's head, written outside the database (as AWS
CloudTrail's digest files are): an Ed25519 key pair from `cryptography` — the private half
with the auditor, never in the database; the public half verifies (services.audit_chain
explains why a chain alone cannot stop a rewrite of the whole chain)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mebposta_admin.errors import AppError
from mebposta_admin.models import AuditEvent, AuditHead
from mebposta_admin.services.database import Database

CHECKPOINT_VERSION = 1


def make_key(directory: Path) -> tuple[Path, Path]:
    """A new Ed25519 key pair for signing checkpoints: the private key readable by its owner
    only (keep it with the auditor, never in the database), and the public key to verify."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    directory.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    private = directory / "audit-checkpoint.key"
    public = directory / "audit-checkpoint.pub"
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if private.exists():
        raise AppError("audit.key_exists", path=str(private))
    private.touch(mode=0o600)
    private.write_bytes(data)
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private, public


def _canonical(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def checkpoint(db: Database, private_key: Path, *, signer: str) -> dict[str, Any]:
    """The chain's head, signed: ``{"version", "head_id", "head_hash", "events",
    "created_at", "signer", "signature"}`` (the signature over the rest, canonical JSON)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(Path(private_key).read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise AppError("audit.key_unreadable", path=str(private_key)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise AppError("audit.key_unreadable", path=str(private_key))
    with db.reading() as conn:
        head = conn.execute(
            sa.select(AuditHead.last_id, AuditHead.last_hash, AuditHead.events).where(
                AuditHead.id == 1
            )
        ).first()
    if head is None:
        raise AppError("audit.head_missing")
    body = {
        "version": CHECKPOINT_VERSION,
        "head_id": int(head[0]),
        "head_hash": str(head[1]),
        "events": int(head[2]),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "signer": signer,
    }
    return {**body, "signature": key.sign(_canonical(body)).hex()}


def check_checkpoint(db: Database, checkpoint_file: Path, public_key: Path) -> tuple[bool, int]:
    """Whether the checkpoint's signature holds and the trail still holds its head event
    with the same hash (the chain walk then proves everything before it). Returns (ok,
    head id)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        data = json.loads(Path(checkpoint_file).read_text(encoding="utf-8"))
        signature = bytes.fromhex(data.pop("signature"))
        key = serialization.load_pem_public_key(Path(public_key).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AppError("audit.checkpoint_unreadable", path=str(checkpoint_file)) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise AppError("audit.key_unreadable", path=str(public_key))
    try:
        key.verify(signature, _canonical(data))
    except InvalidSignature:
        return False, int(data.get("head_id", 0))
    with db.reading() as conn:
        stored = conn.execute(
            sa.select(AuditEvent.row_hash).where(AuditEvent.id == int(data["head_id"]))
        ).scalar()
    return stored == data["head_hash"], int(data["head_id"])
