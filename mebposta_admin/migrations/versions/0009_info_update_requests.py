"""Info-update requests: the requests and their history, the feed cursors, the notices to an
old GSM, and the local MEBBİS directory (issue 11).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "intake_cursors",
        sa.Column("feed", sa.String(length=64), nullable=False),
        sa.Column("cursor", sa.String(length=256), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("feed", name=op.f("pk_intake_cursors")),
    )
    op.create_table(
        "mebbis_personnel",
        sa.Column("tckn", sa.String(length=11), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("gsm", sa.String(length=10), nullable=True),
        sa.Column("institution_code", sa.String(length=32), nullable=False),
        sa.Column("institution_name", sa.String(length=200), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("imported_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("tckn", name=op.f("pk_mebbis_personnel")),
    )
    op.create_index("ix_mebbis_personnel_gsm", "mebbis_personnel", ["gsm"], unique=False)
    op.create_table(
        "info_update_requests",
        sa.Column("id", BigId, nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("portal_id", sa.String(length=64), nullable=True),
        sa.Column("import_key", sa.String(length=80), nullable=True),
        sa.Column("submitted_at", TS, nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("tckn", sa.String(length=32), nullable=False),
        sa.Column("gsm", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("institution_name", sa.String(length=200), nullable=False),
        sa.Column("institution_code", sa.String(length=32), nullable=False),
        sa.Column("province_text", sa.String(length=64), nullable=False),
        sa.Column("district_text", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("district_id", sa.Integer(), nullable=True),
        sa.Column("person_id", BigId, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("assigned_admin_id", sa.Integer(), nullable=True),
        sa.Column("assigned_to", sa.String(length=64), nullable=True),
        sa.Column("first_approver_id", sa.Integer(), nullable=True),
        sa.Column("first_approver", sa.String(length=64), nullable=True),
        sa.Column("first_approved_at", TS, nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", TS, nullable=True),
        sa.Column("reason_code", sa.String(length=64), nullable=True),
        sa.Column("reason_text", sa.Text(), nullable=True),
        sa.Column("superseded_by", BigId, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_info_update_requests_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_info_update_requests")),
        sa.UniqueConstraint("import_key", name=op.f("uq_info_update_requests_import_key")),
        sa.UniqueConstraint("portal_id", name=op.f("uq_info_update_requests_portal_id")),
    )
    op.create_index(
        "ix_info_update_requests_district_queue",
        "info_update_requests",
        ["district_id", "status", "due_at", "id"],
        unique=False,
    )
    op.create_index("ix_info_update_requests_gsm", "info_update_requests", ["gsm"], unique=False)
    op.create_index(
        "ix_info_update_requests_institution",
        "info_update_requests",
        ["institution_code", "received_at"],
        unique=False,
    )
    op.create_index(
        "ix_info_update_requests_person",
        "info_update_requests",
        ["person_id", "received_at"],
        unique=False,
    )
    op.create_index(
        "ix_info_update_requests_province_queue",
        "info_update_requests",
        ["province_code", "status", "due_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_info_update_requests_queue",
        "info_update_requests",
        ["status", "due_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_info_update_requests_tckn",
        "info_update_requests",
        ["tckn", "received_at"],
        unique=False,
    )
    op.create_table(
        "notice_sms",
        sa.Column("id", BigId, nullable=False),
        sa.Column("request_id", BigId, nullable=False),
        sa.Column("person_id", BigId, nullable=False),
        sa.Column("gsm", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.String(length=64), nullable=True),
        sa.Column("error", sa.String(length=64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_notice_sms_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["info_update_requests.id"],
            name=op.f("fk_notice_sms_request_id_info_update_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_sms")),
    )
    op.create_index("ix_notice_sms_state", "notice_sms", ["state", "id"], unique=False)
    op.create_table(
        "request_events",
        sa.Column("id", BigId, nullable=False),
        sa.Column("request_id", BigId, nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("admin_username", sa.String(length=64), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["info_update_requests.id"],
            name=op.f("fk_request_events_request_id_info_update_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_events")),
    )
    op.create_index(
        "ix_request_events_request", "request_events", ["request_id", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_request_events_request", table_name="request_events")
    op.drop_table("request_events")
    op.drop_index("ix_notice_sms_state", table_name="notice_sms")
    op.drop_table("notice_sms")
    op.drop_index("ix_info_update_requests_tckn", table_name="info_update_requests")
    op.drop_index("ix_info_update_requests_queue", table_name="info_update_requests")
    op.drop_index("ix_info_update_requests_province_queue", table_name="info_update_requests")
    op.drop_index("ix_info_update_requests_person", table_name="info_update_requests")
    op.drop_index("ix_info_update_requests_institution", table_name="info_update_requests")
    op.drop_index("ix_info_update_requests_gsm", table_name="info_update_requests")
    op.drop_index("ix_info_update_requests_district_queue", table_name="info_update_requests")
    op.drop_table("info_update_requests")
    op.drop_index("ix_mebbis_personnel_gsm", table_name="mebbis_personnel")
    op.drop_table("mebbis_personnel")
    op.drop_table("intake_cursors")
