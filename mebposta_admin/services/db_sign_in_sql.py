"""The shared deployment's sign-in, decided inside PostgreSQL (services.role_sign_in is the
workstation's side; services.db_security installs this).

Each administrator has two roles. ``mpg_<username>`` (the gate) logs in with the
administrator's own password (SCRAM) and may do one thing: call ``mebposta_sign_in``. That
function checks what the password cannot — the account's state, the lockout, the second factor
(TOTP with pgcrypto's HMAC, recovery codes by SHA-256), a password to replace — does the
bookkeeping, and only then gives ``mp_<username>`` (the role the policies know) a password the
workstation made up for this session, valid for ``SESSION_HOURS``. So a password alone opens
nothing, and a stolen session password expires. Its outcomes go to ``sign_in_events`` for the
worker to chain into the audit trail (the chain's hashes are computed in Python).
"""

from __future__ import annotations

GATE_PREFIX = "mpg_"
GATE = "mebposta_gate"
SESSION_HOURS = 12
MAX_FAILURES = 5  # services.auth's
LOCKOUT_MINUTES = 15

SIGN_IN_FUNCTIONS = f"""
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE OR REPLACE FUNCTION mebposta_base32(t text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
DECLARE
  alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  bits bigint := 0;
  nbits integer := 0;
  result bytea := ''::bytea;
  c text;
  v integer;
BEGIN
  FOREACH c IN ARRAY regexp_split_to_array(upper(replace(t, '=', '')), '') LOOP
    v := strpos(alphabet, c) - 1;
    CONTINUE WHEN v < 0;
    bits := (bits << 5) | v;
    nbits := nbits + 5;
    IF nbits >= 8 THEN
      result := result || set_byte('\\x00'::bytea, 0, ((bits >> (nbits - 8)) & 255)::integer);
      nbits := nbits - 8;
      bits := bits & ((1::bigint << nbits) - 1);
    END IF;
  END LOOP;
  RETURN result;
END $$;
-- RFC 6238 with SHA-1, six digits (domain.second_factor's parameters).
CREATE OR REPLACE FUNCTION mebposta_totp(secret text, step bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
DECLARE
  h bytea := hmac(int8send(step), mebposta_base32(secret), 'sha1');
  o integer := get_byte(h, 19) & 15;
BEGIN
  -- Every shift in parentheses: PostgreSQL gives << and | the same precedence.
  RETURN lpad(((((get_byte(h, o) & 127)::bigint << 24) | (get_byte(h, o + 1)::bigint << 16)
                | (get_byte(h, o + 2)::bigint << 8) | get_byte(h, o + 3)) % 1000000)::text,
              6, '0');
END $$;
REVOKE ALL ON FUNCTION mebposta_totp(text, bigint) FROM PUBLIC;
CREATE OR REPLACE FUNCTION mebposta_sign_in_note(
    a admin_accounts, p_action text, p_outcome text, p_details jsonb, p_workstation text
) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO sign_in_events (occurred_at, admin_id, admin_username, province_code,
                              workstation, action, outcome, details)
  VALUES (clock_timestamp(), a.id, a.username, a.province_code, left(p_workstation, 128),
          p_action, p_outcome, p_details::text)
$$;
REVOKE ALL ON FUNCTION mebposta_sign_in_note(admin_accounts, text, text, jsonb, text)
  FROM PUBLIC;
-- One sign-in. p_code: six digits, or NULL; p_recovery_hash: SHA-256 of a recovery code;
-- p_work_verifier: SCRAM verifier of the session's password for mp_<user>; p_new_hash and
-- p_new_gate_verifier: the replacement of a one-time password (Argon2id, SCRAM); p_enrol_secret
-- and p_recovery_hashes: a second factor being set up (p_code proves it). Returns the outcome:
-- 'ok' or an error code of services.auth's, with the lockout's minutes.
CREATE OR REPLACE FUNCTION mebposta_sign_in(
    p_code text, p_recovery_hash text, p_work_verifier text, p_new_hash text,
    p_new_gate_verifier text, p_enrol_secret text, p_recovery_hashes text[],
    p_workstation text
) RETURNS TABLE (outcome text, minutes integer, admin_id integer, recovery_left integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
  a admin_accounts;
  now_step bigint := floor(extract(epoch FROM clock_timestamp()) / 30)::bigint;
  matched bigint;
  replayed boolean := false;
  reason text;
  roles text;
  needed boolean;
  code_row admin_recovery_codes;
  s bigint;
BEGIN
  IF left(session_user, {len(GATE_PREFIX)}) <> '{GATE_PREFIX}' THEN
    RAISE EXCEPTION 'only an administrator''s gate role signs in' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO a FROM admin_accounts x
  WHERE x.username = substr(session_user, {len(GATE_PREFIX) + 1}) FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'auth.invalid_credentials', 0, NULL::integer, NULL::integer;
    RETURN;
  END IF;
  IF a.locked_until IS NOT NULL AND a.locked_until > now() THEN
    PERFORM mebposta_sign_in_note(a, 'login', 'refused', '{{"reason": "locked"}}', p_workstation);
    RETURN QUERY SELECT 'auth.locked',
      greatest(1, (extract(epoch FROM a.locked_until - now()) / 60)::integer + 1), a.id,
      NULL::integer;
    RETURN;
  END IF;
  IF NOT a.active THEN
    PERFORM mebposta_sign_in_note(a, 'login', 'refused', '{{"reason": "inactive"}}',
                                  p_workstation);
    RETURN QUERY SELECT 'auth.inactive', 0, a.id, NULL::integer;
    RETURN;
  END IF;
  IF a.must_change_password AND (p_new_hash IS NULL OR p_new_gate_verifier IS NULL) THEN
    RETURN QUERY SELECT 'auth.password_change_required', 0, a.id, NULL::integer;
    RETURN;
  END IF;
  SELECT coalesce((SELECT value::jsonb #>> '{{}}' FROM system_settings
                   WHERE key = 'totp_roles'), 'superadmin, helpdesk') INTO roles;
  needed := a.role = ANY (regexp_split_to_array(trim(roles), '\\s*,\\s*'));
  IF a.totp_secret IS NULL THEN
    IF p_enrol_secret IS NULL THEN
      IF needed THEN
        RETURN QUERY SELECT 'auth.totp_enrolment_required', 0, a.id, NULL::integer;
        RETURN;
      END IF;
    ELSE
      FOR s IN now_step - 1 .. now_step + 1 LOOP
        IF mebposta_totp(p_enrol_secret, s) = p_code THEN matched := s; END IF;
      END LOOP;
      IF matched IS NULL THEN
        reason := 'bad_enrolment_code';
      ELSE
        UPDATE admin_accounts SET totp_secret = p_enrol_secret, totp_enrolled_at = now(),
          totp_last_step = matched WHERE id = a.id;
        DELETE FROM admin_recovery_codes WHERE admin_recovery_codes.admin_id = a.id;
        INSERT INTO admin_recovery_codes (admin_id, code_hash)
          SELECT a.id, h FROM unnest(p_recovery_hashes) AS h;
        PERFORM mebposta_sign_in_note(a, 'admin.second_factor_enrol', 'success',
          jsonb_build_object('recovery_codes', cardinality(p_recovery_hashes)), p_workstation);
      END IF;
    END IF;
  ELSIF p_recovery_hash IS NOT NULL THEN
    SELECT * INTO code_row FROM admin_recovery_codes c
    WHERE c.admin_id = a.id AND c.code_hash = p_recovery_hash FOR UPDATE;
    IF NOT FOUND THEN
      reason := 'bad_recovery_code';
    ELSIF code_row.used_at IS NOT NULL THEN
      reason := 'replayed_code';
    ELSE
      UPDATE admin_recovery_codes SET used_at = now() WHERE id = code_row.id;
      PERFORM mebposta_sign_in_note(a, 'login', 'success', jsonb_build_object(
        'second_factor', 'recovery', 'recovery_left',
        (SELECT count(*) FROM admin_recovery_codes c
         WHERE c.admin_id = a.id AND c.used_at IS NULL)), p_workstation);
    END IF;
  ELSIF coalesce(p_code, '') = '' THEN
    RETURN QUERY SELECT 'auth.totp_required', 0, a.id, NULL::integer;
    RETURN;
  ELSE
    FOR s IN now_step - 1 .. now_step + 1 LOOP
      IF matched IS NULL AND mebposta_totp(a.totp_secret, s) = p_code THEN
        IF a.totp_last_step IS NOT NULL AND s <= a.totp_last_step THEN
          replayed := true;
        ELSE
          matched := s;
        END IF;
      END IF;
    END LOOP;
    IF matched IS NULL THEN
      reason := CASE WHEN replayed THEN 'replayed_code' ELSE 'bad_code' END;
    ELSE
      UPDATE admin_accounts SET totp_last_step = matched WHERE id = a.id;
    END IF;
  END IF;
  IF reason IS NOT NULL THEN  -- counted toward the lockout like a wrong password
    UPDATE admin_accounts SET failed_attempts = failed_attempts + 1,
      failures_total = coalesce(failures_total, 0) + 1, last_failure_at = now()
    WHERE id = a.id RETURNING * INTO a;
    PERFORM mebposta_sign_in_note(a, 'login', 'failure',
      jsonb_build_object('reason', reason, 'attempt', a.failed_attempts), p_workstation);
    IF a.failed_attempts >= {MAX_FAILURES} THEN
      UPDATE admin_accounts SET locked_until = now() + interval '{LOCKOUT_MINUTES} minutes',
        failed_attempts = 0, lockouts_total = coalesce(lockouts_total, 0) + 1
      WHERE id = a.id;
      PERFORM mebposta_sign_in_note(a, 'account.lockout', 'success',
        '{{"minutes": {LOCKOUT_MINUTES}}}', p_workstation);
      RETURN QUERY SELECT 'auth.locked', {LOCKOUT_MINUTES}, a.id, NULL::integer;
      RETURN;
    END IF;
    RETURN QUERY SELECT CASE WHEN reason = 'replayed_code' THEN 'auth.totp_replayed'
                             ELSE 'auth.totp_wrong' END, 0, a.id, NULL::integer;
    RETURN;
  END IF;
  UPDATE admin_accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = now()
  WHERE id = a.id;
  IF a.must_change_password THEN
    IF p_new_gate_verifier NOT LIKE 'SCRAM-SHA-256$%' OR p_new_hash NOT LIKE '$argon2%' THEN
      RAISE EXCEPTION 'a SCRAM verifier and an Argon2 hash are expected' USING ERRCODE = '22023';
    END IF;
    UPDATE admin_accounts SET password_hash = p_new_hash, must_change_password = false,
      version = version + 1 WHERE id = a.id;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_new_gate_verifier);
    PERFORM mebposta_sign_in_note(a, 'admin.password_change', 'success',
                                  '{{"at_sign_in": true}}', p_workstation);
  END IF;
  IF p_work_verifier IS NOT NULL THEN
    IF p_work_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
      RAISE EXCEPTION 'a SCRAM verifier is expected, never a password' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L',
                   'mp_' || a.username, p_work_verifier,
                   (now() + interval '{SESSION_HOURS} hours')::text);
  END IF;
  IF p_recovery_hash IS NULL THEN
    PERFORM mebposta_sign_in_note(a, 'login', 'success', '{{}}', p_workstation);
  END IF;
  RETURN QUERY SELECT 'ok', 0, a.id,
    (SELECT count(*)::integer FROM admin_recovery_codes c
     WHERE c.admin_id = a.id AND c.used_at IS NULL);
END $$;
REVOKE ALL ON FUNCTION mebposta_sign_in(text, text, text, text, text, text, text[], text)
  FROM PUBLIC;
"""
