"""Help-desk tickets (issue 14): tickets, their articles, history, attachments, threading
ids, the yearly number counters, the mail folders' intake state, and the ticket search
(FTS5 trigram on SQLite, pg_trgm on PostgreSQL, over the Turkish-folded text).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TS = sa.DateTime(timezone=True)

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE tickets_fts USING fts5(search_text, content='tickets',"
    " content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN"
    " INSERT INTO tickets_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN"
    " INSERT INTO tickets_fts(tickets_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER tickets_fts_update AFTER UPDATE OF search_text ON tickets BEGIN"
    " INSERT INTO tickets_fts(tickets_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO tickets_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS tickets_fts_update",
    "DROP TRIGGER IF EXISTS tickets_fts_delete",
    "DROP TRIGGER IF EXISTS tickets_fts_insert",
    "DROP TABLE IF EXISTS tickets_fts",
)
POSTGRESQL_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_tickets_search_trgm ON tickets USING gin (search_text gin_trgm_ops)",
)
POSTGRESQL_DROP = ("DROP INDEX IF EXISTS ix_tickets_search_trgm",)


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_ticket_attachment_blobs")),
    )
    op.create_table(
        "mail_intake_state",
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("messages_seen", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("folder", name=op.f("pk_mail_intake_state")),
    )
    op.create_table(
        "ticket_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_ticket_counters")),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("portal_id", sa.String(length=64), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("caller_name", sa.String(length=200), nullable=False),
        sa.Column("caller_address", sa.String(length=254), nullable=False),
        sa.Column("caller_phone", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "mailbox_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("district_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=True),
        sa.Column("suggested_category", sa.String(length=24), nullable=False),
        sa.Column("suggestion_words", sa.String(length=300), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("assigned_admin_id", sa.Integer(), nullable=True),
        sa.Column("assigned_to", sa.String(length=64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("first_response_at", TS, nullable=True),
        sa.Column("first_response_ok", sa.Boolean(), nullable=True),
        sa.Column("solved_at", TS, nullable=True),
        sa.Column("next_breach_at", TS, nullable=True),
        sa.Column("sla_state", sa.String(length=10), nullable=False),
        sa.Column("escalated_at", TS, nullable=True),
        sa.Column(
            "merged_into", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mailbox_id"], ["mailboxes.id"], name=op.f("fk_tickets_mailbox_id_mailboxes")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_tickets_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint("number", name=op.f("uq_tickets_number")),
        sa.UniqueConstraint("portal_id", name=op.f("uq_tickets_portal_id")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_assignee",
            ["assigned_admin_id", "status", "next_breach_at", "id"],
            unique=False,
        )
        batch_op.create_index("ix_tickets_created", ["created_at", "id"], unique=False)
        batch_op.create_index("ix_tickets_person", ["person_id", "created_at"], unique=False)
        batch_op.create_index(
            "ix_tickets_province_queue",
            ["province_code", "status", "next_breach_at", "id"],
            unique=False,
        )
        batch_op.create_index("ix_tickets_queue", ["status", "next_breach_at", "id"], unique=False)
        batch_op.create_index("ix_tickets_breach", ["next_breach_at", "id"], unique=False)
        batch_op.create_index("ix_tickets_sender", ["caller_address", "created_at"], unique=False)

    op.create_table(
        "ticket_articles",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "ticket_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=True),
        sa.Column("in_reply_to", sa.String(length=300), nullable=True),
        sa.Column("references", sa.Text(), nullable=False),
        sa.Column("source_key", sa.String(length=330), nullable=True),
        sa.Column("admin_username", sa.String(length=64), nullable=True),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("throttled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_articles_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_articles")),
    )
    with op.batch_alter_table("ticket_articles", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_articles_source_key", ["source_key"], unique=True)
        batch_op.create_index("ix_ticket_articles_ticket", ["ticket_id", "id"], unique=False)

    op.create_table(
        "ticket_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "ticket_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("admin_username", sa.String(length=64), nullable=True),
        sa.Column("value", sa.String(length=64), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_events_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_events_ticket", ["ticket_id", "id"], unique=False)

    op.create_table(
        "ticket_message_ids",
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column(
            "ticket_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_message_ids_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_ticket_message_ids")),
    )
    with op.batch_alter_table("ticket_message_ids", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ticket_message_ids_ticket_id"), ["ticket_id"], unique=False
        )

    op.create_table(
        "ticket_attachments",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("stored", sa.Boolean(), nullable=False),
        sa.Column("refused", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["ticket_articles.id"],
            name=op.f("fk_ticket_attachments_article_id_ticket_articles"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_attachments")),
    )
    with op.batch_alter_table("ticket_attachments", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_attachments_article", ["article_id"], unique=False)
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for statement in SQLITE_CREATE if sqlite else POSTGRESQL_CREATE:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    for statement in SQLITE_DROP if sqlite else POSTGRESQL_DROP:
        conn.exec_driver_sql(statement)
    op.drop_table("ticket_attachment_blobs")
    with op.batch_alter_table("ticket_attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_attachments_article")

    op.drop_table("ticket_attachments")
    with op.batch_alter_table("ticket_message_ids", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_message_ids_ticket_id"))

    op.drop_table("ticket_message_ids")
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_ticket")

    op.drop_table("ticket_events")
    with op.batch_alter_table("ticket_articles", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_articles_ticket")
        batch_op.drop_index("ix_ticket_articles_source_key")

    op.drop_table("ticket_articles")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_sender")
        batch_op.drop_index("ix_tickets_queue")
        batch_op.drop_index("ix_tickets_breach")
        batch_op.drop_index("ix_tickets_province_queue")
        batch_op.drop_index("ix_tickets_person")
        batch_op.drop_index("ix_tickets_created")
        batch_op.drop_index("ix_tickets_assignee")

    op.drop_table("tickets")
    op.drop_table("ticket_counters")
    op.drop_table("mail_intake_state")
