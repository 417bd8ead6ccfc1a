"""Provinces, districts and institutions (the areas that scope everything)."""

from __future__ import annotations

from sqlalchemy import (
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base


class Province(Base):
    __tablename__ = "provinces"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # plate number "01".."81"
    name: Mapped[str] = mapped_column(String(64))
    name_folded: Mapped[str] = mapped_column(String(64))


class District(Base):
    __tablename__ = "districts"
    __table_args__ = (UniqueConstraint("province_code", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    name_folded: Mapped[str] = mapped_column(String(64))


class Institution(Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # text: leading zeros matter
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(
        String(32)
    )  # school, district_office, province_office, central
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"), index=True)
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), index=True)
