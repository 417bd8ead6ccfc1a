"""Revision 0004 (SQLite): mailbox and alias documents carry scope markers."""

# ruff: noqa: E501

SQLITE_DROP_ADDRESS_TABLES = [
    "DROP TRIGGER IF EXISTS mailboxes_fts_ai",
    "DROP TRIGGER IF EXISTS mailboxes_fts_ad",
    "DROP TRIGGER IF EXISTS mailboxes_fts_au",
    "DROP TRIGGER IF EXISTS aliases_fts_ai",
    "DROP TRIGGER IF EXISTS aliases_fts_ad",
    "DROP TRIGGER IF EXISTS aliases_fts_au",
    "DROP TRIGGER IF EXISTS people_moves_mail_au",
    "DROP TABLE IF EXISTS mailboxes_fts",
    "DROP TABLE IF EXISTS aliases_fts",
]

SQLITE_ADDRESS_STATEMENTS = [
    "CREATE VIRTUAL TABLE mailboxes_fts USING fts5(doc, tokenize='trigram')",
    "INSERT INTO mailboxes_fts(rowid, doc) SELECT id, mailboxes.address || coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = mailboxes.person_id), ' #p' || coalesce(mailboxes.province_code, '') || '# #d#') FROM mailboxes",
    "CREATE VIRTUAL TABLE aliases_fts USING fts5(doc, tokenize='trigram')",
    "INSERT INTO aliases_fts(rowid, doc) SELECT id, aliases.address || (SELECT coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = m.person_id), ' #p' || coalesce(m.province_code, '') || '# #d#') FROM mailboxes m WHERE m.id = aliases.mailbox_id) FROM aliases",
    "CREATE TRIGGER mailboxes_fts_ai AFTER INSERT ON mailboxes BEGIN INSERT INTO mailboxes_fts(rowid, doc) VALUES (new.id, new.address || coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = new.person_id), ' #p' || coalesce(new.province_code, '') || '# #d#')); END",
    "CREATE TRIGGER mailboxes_fts_ad AFTER DELETE ON mailboxes BEGIN DELETE FROM mailboxes_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER mailboxes_fts_au AFTER UPDATE OF address, person_id, province_code ON mailboxes BEGIN DELETE FROM mailboxes_fts WHERE rowid = old.id; INSERT INTO mailboxes_fts(rowid, doc) VALUES (new.id, new.address || coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = new.person_id), ' #p' || coalesce(new.province_code, '') || '# #d#')); DELETE FROM aliases_fts WHERE rowid IN (SELECT id FROM aliases WHERE mailbox_id = new.id); INSERT INTO aliases_fts(rowid, doc) SELECT id, aliases.address || (SELECT coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = m.person_id), ' #p' || coalesce(m.province_code, '') || '# #d#') FROM mailboxes m WHERE m.id = aliases.mailbox_id) FROM aliases WHERE mailbox_id = new.id; END",
    "CREATE TRIGGER aliases_fts_ai AFTER INSERT ON aliases BEGIN INSERT INTO aliases_fts(rowid, doc) VALUES (new.id, new.address || (SELECT coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = m.person_id), ' #p' || coalesce(m.province_code, '') || '# #d#') FROM mailboxes m WHERE m.id = new.mailbox_id)); END",
    "CREATE TRIGGER aliases_fts_ad AFTER DELETE ON aliases BEGIN DELETE FROM aliases_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER aliases_fts_au AFTER UPDATE OF address, mailbox_id ON aliases BEGIN DELETE FROM aliases_fts WHERE rowid = old.id; INSERT INTO aliases_fts(rowid, doc) VALUES (new.id, new.address || (SELECT coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = m.person_id), ' #p' || coalesce(m.province_code, '') || '# #d#') FROM mailboxes m WHERE m.id = new.mailbox_id)); END",
    "CREATE TRIGGER people_moves_mail_au AFTER UPDATE OF province_code, district_id ON people BEGIN DELETE FROM mailboxes_fts WHERE rowid IN (SELECT id FROM mailboxes WHERE person_id = new.id); INSERT INTO mailboxes_fts(rowid, doc) SELECT id, mailboxes.address || coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = mailboxes.person_id), ' #p' || coalesce(mailboxes.province_code, '') || '# #d#') FROM mailboxes WHERE person_id = new.id; DELETE FROM aliases_fts WHERE rowid IN (SELECT a.id FROM aliases a JOIN mailboxes m ON m.id = a.mailbox_id WHERE m.person_id = new.id); INSERT INTO aliases_fts(rowid, doc) SELECT a.id, a.address || (SELECT coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d' || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = m.person_id), ' #p' || coalesce(m.province_code, '') || '# #d#') FROM mailboxes m WHERE m.id = a.mailbox_id) FROM aliases a JOIN mailboxes mb ON mb.id = a.mailbox_id WHERE mb.person_id = new.id; END",
]
