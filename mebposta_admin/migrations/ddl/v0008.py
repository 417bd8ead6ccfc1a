"""Revision 0008: Turkish-order keys on people, their B-trees; SQLite owner's-area columns."""

# ruff: noqa: E501

ORDER_COLUMNS = [
    "ALTER TABLE people ADD COLUMN order_last VARCHAR(202) NOT NULL DEFAULT ''",
    "ALTER TABLE people ADD COLUMN order_first VARCHAR(202) NOT NULL DEFAULT ''",
]

RETIRED_BTREES = [
    "DROP INDEX IF EXISTS ix_people_last_name_prefix",
    "DROP INDEX IF EXISTS ix_people_province_last",
    "DROP INDEX IF EXISTS ix_people_district_last_name",
]

SQLITE_AREA = [
    "ALTER TABLE mailboxes ADD COLUMN scope_province VARCHAR(2)",
    "ALTER TABLE mailboxes ADD COLUMN scope_district INTEGER",
    "ALTER TABLE aliases ADD COLUMN scope_province VARCHAR(2)",
    "ALTER TABLE aliases ADD COLUMN scope_district INTEGER",
    "CREATE TRIGGER mailboxes_area_ai AFTER INSERT ON mailboxes BEGIN UPDATE mailboxes SET scope_province = CASE WHEN new.person_id IS NULL THEN new.province_code ELSE (SELECT p.province_code FROM people p WHERE p.id = new.person_id) END, scope_district = (SELECT p.district_id FROM people p WHERE p.id = new.person_id) WHERE id = new.id; END",
    "CREATE TRIGGER mailboxes_area_au AFTER UPDATE OF person_id, province_code ON mailboxes BEGIN UPDATE mailboxes SET scope_province = CASE WHEN new.person_id IS NULL THEN new.province_code ELSE (SELECT p.province_code FROM people p WHERE p.id = new.person_id) END, scope_district = (SELECT p.district_id FROM people p WHERE p.id = new.person_id) WHERE id = new.id; UPDATE aliases SET scope_province = (SELECT scope_province FROM mailboxes WHERE id = new.id), scope_district = (SELECT scope_district FROM mailboxes WHERE id = new.id) WHERE mailbox_id = new.id; END",
    "CREATE TRIGGER aliases_area_ai AFTER INSERT ON aliases BEGIN UPDATE aliases SET scope_province = (SELECT m.scope_province FROM mailboxes m WHERE m.id = new.mailbox_id), scope_district = (SELECT m.scope_district FROM mailboxes m WHERE m.id = new.mailbox_id) WHERE id = new.id; END",
    "CREATE TRIGGER aliases_area_au AFTER UPDATE OF mailbox_id ON aliases BEGIN UPDATE aliases SET scope_province = (SELECT m.scope_province FROM mailboxes m WHERE m.id = new.mailbox_id), scope_district = (SELECT m.scope_district FROM mailboxes m WHERE m.id = new.mailbox_id) WHERE id = new.id; END",
    "CREATE TRIGGER people_moves_area_au AFTER UPDATE OF province_code, district_id ON people BEGIN UPDATE mailboxes SET scope_province = new.province_code, scope_district = new.district_id WHERE person_id = new.id; UPDATE aliases SET scope_province = new.province_code, scope_district = new.district_id WHERE mailbox_id IN (SELECT id FROM mailboxes WHERE person_id = new.id); END",
    "UPDATE mailboxes SET scope_province = p.province_code, scope_district = p.district_id FROM people p WHERE p.id = mailboxes.person_id AND (mailboxes.scope_province IS NOT p.province_code OR mailboxes.scope_district IS NOT p.district_id)",
    "UPDATE mailboxes SET scope_province = province_code, scope_district = NULL WHERE person_id IS NULL AND (scope_province IS NOT province_code OR scope_district IS NOT NULL)",
    "UPDATE aliases SET scope_province = m.scope_province, scope_district = m.scope_district FROM mailboxes m WHERE m.id = aliases.mailbox_id AND (aliases.scope_province IS NOT m.scope_province OR aliases.scope_district IS NOT m.scope_district)",
]

SQLITE_BTREES = [
    "CREATE INDEX IF NOT EXISTS ix_people_name_prefix ON people (name_folded, id)",
    "CREATE INDEX IF NOT EXISTS ix_people_province_name ON people (province_code, name_folded, id)",
    "CREATE INDEX IF NOT EXISTS ix_people_district_name ON people (district_id, name_folded, id)",
    "CREATE INDEX IF NOT EXISTS ix_people_order_first ON people (order_first, id, name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_people_province_order_first ON people (province_code, order_first, id, name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_people_district_order_first ON people (district_id, order_first, id, name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_people_order_last ON people (order_last, id, name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_people_province_order_last ON people (province_code, order_last, id, name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_people_district_order_last ON people (district_id, order_last, id, name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_people_gsm ON people (gsm)",
    "CREATE INDEX IF NOT EXISTS ix_mailboxes_address_prefix ON mailboxes (address, id)",
    "CREATE INDEX IF NOT EXISTS ix_aliases_address_prefix ON aliases (address, id)",
    "CREATE INDEX IF NOT EXISTS ix_mailboxes_scope_province_address ON mailboxes (scope_province, address, id)",
    "CREATE INDEX IF NOT EXISTS ix_mailboxes_scope_district_address ON mailboxes (scope_district, address, id)",
    "CREATE INDEX IF NOT EXISTS ix_aliases_scope_province_address ON aliases (scope_province, address, id)",
    "CREATE INDEX IF NOT EXISTS ix_aliases_scope_district_address ON aliases (scope_district, address, id)",
    "ANALYZE",
]

POSTGRESQL_BTREES = [
    'CREATE INDEX IF NOT EXISTS ix_people_tckn_prefix ON people (tckn COLLATE "C")',
    'CREATE INDEX IF NOT EXISTS ix_people_name_prefix ON people (name_folded COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_people_province_name ON people (province_code, name_folded COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_people_district_name ON people (district_id, name_folded COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_people_order_first ON people (order_first COLLATE "C", id) INCLUDE (name_folded)',
    'CREATE INDEX IF NOT EXISTS ix_people_province_order_first ON people (province_code, order_first COLLATE "C", id) INCLUDE (name_folded)',
    'CREATE INDEX IF NOT EXISTS ix_people_district_order_first ON people (district_id, order_first COLLATE "C", id) INCLUDE (name_folded)',
    'CREATE INDEX IF NOT EXISTS ix_people_order_last ON people (order_last COLLATE "C", id) INCLUDE (name_folded)',
    'CREATE INDEX IF NOT EXISTS ix_people_province_order_last ON people (province_code, order_last COLLATE "C", id) INCLUDE (name_folded)',
    'CREATE INDEX IF NOT EXISTS ix_people_district_order_last ON people (district_id, order_last COLLATE "C", id) INCLUDE (name_folded)',
    "CREATE INDEX IF NOT EXISTS ix_people_gsm ON people (gsm)",
    'CREATE INDEX IF NOT EXISTS ix_mailboxes_address_prefix ON mailboxes (address COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_aliases_address_prefix ON aliases (address COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_mailboxes_scope_province_address ON mailboxes (scope_province, address COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_mailboxes_scope_district_address ON mailboxes (scope_district, address COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_aliases_scope_province_address ON aliases (scope_province, address COLLATE "C", id)',
    'CREATE INDEX IF NOT EXISTS ix_aliases_scope_district_address ON aliases (scope_district, address COLLATE "C", id)',
    "ANALYZE people",
]
