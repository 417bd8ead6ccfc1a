"""People: the staff whose mailboxes the system serves, with their search keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    String,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.domain.folding import fold, order_key, person_name_key
from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tckn: Mapped[str] = mapped_column(String(11), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # fold(first) fold(last), then a double given name joined: domain.folding.person_name_key
    name_folded: Mapped[str] = mapped_column(String(201))
    last_name_folded: Mapped[str] = mapped_column(String(100), default="")
    # Turkish alphabetical order (domain.folding.order_key): surname then given names, and
    # given names then surname; the search pages each tier by one of them.
    order_last: Mapped[str] = mapped_column(String(202), default="")
    order_first: Mapped[str] = mapped_column(String(202), default="")
    gsm: Mapped[str | None] = mapped_column(String(10))  # 5XXXXXXXXX
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_people_province_district", "province_code", "district_id"),)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _fold_person_names(_mapper: object, _connection: object, person: Person) -> None:
    """The folded search columns always follow the names (the indexes are built on them)."""
    person.name_folded = person_name_key(fold(person.first_name), fold(person.last_name))
    person.last_name_folded = fold(person.last_name)
    person.order_last = order_key(person.last_name, person.first_name)
    person.order_first = order_key(person.first_name, person.last_name)


class NameTrigramStat(Base):
    """How many names of a sample hold a trigram, shared by every workstation (PostgreSQL,
    shared deployment): the name search ranks its trigrams by it, and each of 500
    workstations sampling the names itself was the largest cost of the load test (issue 15).
    Written only by ``mebposta_trigram_counts`` (services.db_security)."""

    __tablename__ = "name_trigram_stats"

    gram: Mapped[str] = mapped_column(String(16), primary_key=True)
    names: Mapped[int] = mapped_column(BigInteger)
    sampled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
