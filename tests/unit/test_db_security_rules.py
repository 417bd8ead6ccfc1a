"""Every table of the schema has a row-level security rule (services.db_security): a table
added without one fails here, before any deployment could leave it open."""

from __future__ import annotations

from mebposta_admin.models import Base
from mebposta_admin.services import db_security


def test_every_table_is_classified_and_no_rule_is_stale() -> None:
    tables = set(Base.metadata.tables) | {"alembic_version"}
    assert set(db_security.TABLES) == tables


def test_child_rules_point_at_real_parents() -> None:
    for table, rule in db_security.TABLES.items():
        if rule.kind == "child":
            assert rule.parent is not None
            fk, parent, key = rule.parent
            assert fk in Base.metadata.tables[table].c, table
            assert key in Base.metadata.tables[parent].c, table


def test_scoped_tables_have_their_area_columns() -> None:
    for table, rule in db_security.TABLES.items():
        if table not in Base.metadata.tables:
            continue
        columns = Base.metadata.tables[table].c
        if rule.kind == "area":
            assert "province_code" in columns and "district_id" in columns, table
        if rule.kind in ("province", "audit"):
            assert "province_code" in columns, table
