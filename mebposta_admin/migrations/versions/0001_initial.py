"""Initial schema: geography, institutions, people, mailboxes, aliases, admins, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import csv

import sqlalchemy as sa
from alembic import op

from mebposta_admin.domain.folding import fold
from mebposta_admin.paths import resource

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    provinces = op.create_table(
        "provinces",
        sa.Column("code", sa.String(2), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("name_folded", sa.String(64), nullable=False),
    )
    districts = op.create_table(
        "districts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("province_code", sa.String(2), sa.ForeignKey("provinces.code"), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("name_folded", sa.String(64), nullable=False),
        sa.UniqueConstraint("province_code", "name", name="uq_districts_province_code"),
    )
    op.create_index("ix_districts_province_code", "districts", ["province_code"])
    op.create_table(
        "institutions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(16), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_folded", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("province_code", sa.String(2), sa.ForeignKey("provinces.code")),
        sa.Column("district_id", sa.Integer, sa.ForeignKey("districts.id")),
    )
    op.create_index("ix_institutions_province_code", "institutions", ["province_code"])
    op.create_index("ix_institutions_district_id", "institutions", ["district_id"])
    op.create_table(
        "people",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("tckn", sa.String(11), nullable=False, unique=True),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("name_folded", sa.String(201), nullable=False),
        sa.Column("gsm", sa.String(10)),
        sa.Column("institution_id", sa.Integer, sa.ForeignKey("institutions.id")),
        sa.Column("province_code", sa.String(2), sa.ForeignKey("provinces.code")),
        sa.Column("district_id", sa.Integer, sa.ForeignKey("districts.id")),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_people_institution_id", "people", ["institution_id"])
    op.create_index("ix_people_district_id", "people", ["district_id"])
    op.create_index("ix_people_province_district", "people", ["province_code", "district_id"])
    op.create_table(
        "mailboxes",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("address", sa.String(254), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("person_id", BigId, sa.ForeignKey("people.id"), unique=True),
        sa.Column("institution_id", sa.Integer, sa.ForeignKey("institutions.id")),
        sa.Column("province_code", sa.String(2), sa.ForeignKey("provinces.code")),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(255)),
        sa.Column("quota_bytes", sa.BigInteger, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("maildir", sa.String(255), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("password_changed_at", TS),
    )
    op.create_index("ix_mailboxes_institution_id", "mailboxes", ["institution_id"])
    op.create_index("ix_mailboxes_province_code", "mailboxes", ["province_code"])
    op.create_table(
        "aliases",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("address", sa.String(254), nullable=False, unique=True),
        sa.Column(
            "mailbox_id", BigId, sa.ForeignKey("mailboxes.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_aliases_mailbox_id", "aliases", ["mailbox_id"])
    op.create_table(
        "admin_accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("province_code", sa.String(2), sa.ForeignKey("provinces.code")),
        sa.Column("district_id", sa.Integer, sa.ForeignKey("districts.id")),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", TS),
        sa.Column("last_login_at", TS),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("admin_id", sa.Integer),
        sa.Column("admin_username", sa.String(64), nullable=False),
        sa.Column("workstation", sa.String(128), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("target_type", sa.String(32)),
        sa.Column("target_id", sa.String(64)),
        sa.Column("province_code", sa.String(2)),
        sa.Column("details", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"])
    op.create_index("ix_audit_events_action", "audit_events", ["action"])
    op.create_index("ix_audit_events_province_code", "audit_events", ["province_code"])

    _make_audit_append_only()
    _load_geography(provinces, districts)


def _make_audit_append_only() -> None:
    """Audit events can be inserted, never changed or removed (design.md §5)."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "  # ascii
                "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_events_no_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_no_change()"
        )
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_change()"
        )


def _load_geography(provinces: sa.Table, districts: sa.Table) -> None:
    """81 provinces and their districts from resources/data/il_ilce.csv (see its NOTICE)."""
    seen: dict[str, str] = {}
    rows: list[dict[str, object]] = []
    with resource("data", "il_ilce.csv").open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=1):
            seen.setdefault(row["il_kodu"], row["il_adi"])
            rows.append(
                {
                    "id": n,
                    "province_code": row["il_kodu"],
                    "name": row["ilce_adi"],
                    "name_folded": fold(row["ilce_adi"]),
                }
            )
    op.bulk_insert(
        provinces,
        [{"code": c, "name": n, "name_folded": fold(n)} for c, n in sorted(seen.items())],
    )
    op.bulk_insert(districts, rows)
    if op.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequence past them
        op.execute(
            "SELECT setval(pg_get_serial_sequence('districts', 'id'), max(id)) FROM districts"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_no_change()")
    for table in (
        "audit_events",
        "admin_accounts",
        "aliases",
        "mailboxes",
        "people",
        "institutions",
        "districts",
        "provinces",
    ):
        op.drop_table(table)
