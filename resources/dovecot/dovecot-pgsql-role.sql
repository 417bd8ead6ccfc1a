-- A read-only PostgreSQL role for Dovecot's SQL passdb/userdb (run as the database owner).
-- Dovecot sees four columns of the mailbox table and nothing else: no people, no TCKN, no GSM.
CREATE ROLE dovecot_reader LOGIN PASSWORD 'CHANGE-ME';
GRANT CONNECT ON DATABASE mebposta TO dovecot_reader;
GRANT USAGE ON SCHEMA public TO dovecot_reader;
GRANT SELECT (address, password_hash, quota_bytes, active) ON mailboxes TO dovecot_reader;
