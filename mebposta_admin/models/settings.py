"""System settings: the values that govern other people's accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, UTCDateTime, utcnow


class SystemSetting(Base):
    """A setting that governs other people's accounts (gateway, limits, password style, the
    mail servers' database): one row per key, read by every workstation, changed only by a
    superadmin through :mod:`mebposta_admin.services.system_settings` (audited)."""

    __tablename__ = "system_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))
