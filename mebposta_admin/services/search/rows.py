"""A page's people, masked, read once per page."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import cast

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Connection
from sqlalchemy.dialects.postgresql import ARRAY

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.models import Institution
from mebposta_admin.services import geography
from mebposta_admin.services.search.types import (
    PersonRow,
    mailboxes,
    people,
)

log = logging.getLogger(__name__)


def _rows(
    conn: Connection,
    places: geography.PlaceNames,
    ids: list[int],
    scope: Sequence[ColumnElement[bool]],
) -> list[PersonRow]:
    """The page's people, masked. ``scope`` is applied once more: rows picked from the
    PostgreSQL area columns or candidates pass it by construction, and this is where the
    people's own province and district have the last word."""
    if not ids:
        return []
    # Core tables, not ORM entities: the ORM's per-row work is most of a page's Python time.
    # Place names come from the cached reference data: two joins fewer to plan and run.
    institutions = cast(sa.Table, Institution.__table__)
    if conn.dialect.name == "postgresql":  # one statement text for any page size
        wanted = people.c.id == sa.any_(sa.bindparam("ids", ids, type_=ARRAY(sa.Integer)))
    else:
        wanted = people.c.id.in_(ids)
    query = (
        sa.select(
            people.c.id,
            people.c.first_name,
            people.c.last_name,
            people.c.tckn,
            people.c.gsm,
            mailboxes.c.address,
            mailboxes.c.active,
            institutions.c.code,
            institutions.c.name,
            people.c.province_code,
            people.c.district_id,
        )
        .select_from(people)
        .outerjoin(mailboxes, mailboxes.c.person_id == people.c.id)
        .outerjoin(institutions, institutions.c.id == people.c.institution_id)
        .where(wanted, *scope)
    )
    by_id = {}
    for r in conn.execute(query):
        by_id[r[0]] = PersonRow(
            id=r[0],
            first_name=r[1],
            last_name=r[2],
            tckn_masked=tckn_rules.mask(r[3]),
            gsm_masked=gsm_rules.mask(r[4]) if r[4] else None,
            address=r[5],
            mailbox_active=r[6],
            institution_code=r[7],
            institution_name=r[8],
            province_name=places.provinces.get(r[9]) if r[9] else None,
            district_name=places.districts.get(r[10]) if r[10] is not None else None,
        )
    return [by_id[i] for i in ids if i in by_id]
