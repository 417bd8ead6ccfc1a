"""The shared deployment's database roles and the SQL functions its policies call
(services.db_security installs them): who a session is, its scope, the provisioning of an
administrator's role, and the names' trigram figures. Every function is SECURITY DEFINER,
owned by the database's owner, with nothing but counts or the caller's own area leaving it."""

from __future__ import annotations

from mebposta_admin.services.db_sign_in_sql import GATE, GATE_PREFIX

ROLE_PREFIX = "mp_"
READERS = "mebposta_readers"
DESK = "mebposta_desk"
SUPERADMINS = "mebposta_superadmins"
WORKER = "mebposta_worker"
NATIONAL = "mebposta_national"  # whose scope is the whole country: policies are "true"
SCOPED = "mebposta_scoped"  # a province's or a district's: the scope's policies
GROUPS = (READERS, DESK, SUPERADMINS, WORKER, NATIONAL, SCOPED, GATE)
MAIL_SERVERS = "dovecot_reader"
MAX_USERNAME = 63 - len(GATE_PREFIX)

FUNCTIONS = f"""
DROP FUNCTION IF EXISTS mebposta_me() CASCADE;
CREATE FUNCTION mebposta_me()
RETURNS TABLE (id integer, username varchar, role varchar, province_code varchar,
               district_id integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.id, a.username, a.role, a.province_code, a.district_id FROM admin_accounts a
  WHERE a.username = substr(session_user, {len(ROLE_PREFIX) + 1}) AND a.active
    AND left(session_user, {len(ROLE_PREFIX)}) = '{ROLE_PREFIX}'
$$;
CREATE OR REPLACE FUNCTION mebposta_national() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT m.id IS NOT NULL AND m.province_code IS NULL
                   AND m.district_id IS NULL FROM mebposta_me() m), false)
$$;
-- Read by every scoped policy once per statement: one indexed lookup each, every name
-- qualified instead of a SET search_path (a configuration save and restore per call); no
-- administrator's role can create an object anywhere (install revokes CREATE on public).
CREATE OR REPLACE FUNCTION mebposta_province() RETURNS varchar
LANGUAGE sql STABLE SECURITY DEFINER AS $$
  SELECT a.province_code FROM public.admin_accounts a
  WHERE a.username = pg_catalog.substr(session_user, {len(ROLE_PREFIX) + 1}) AND a.active
    AND pg_catalog.left(session_user, {len(ROLE_PREFIX)}) = '{ROLE_PREFIX}'
$$;
CREATE OR REPLACE FUNCTION mebposta_district() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER AS $$
  SELECT a.district_id FROM public.admin_accounts a
  WHERE a.username = pg_catalog.substr(session_user, {len(ROLE_PREFIX) + 1}) AND a.active
    AND pg_catalog.left(session_user, {len(ROLE_PREFIX)}) = '{ROLE_PREFIX}'
$$;
CREATE OR REPLACE FUNCTION mebposta_username() RETURNS varchar
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT m.username FROM mebposta_me() m
$$;
CREATE OR REPLACE FUNCTION mebposta_provision(
    p_username text, p_verifier text, p_group text, p_login boolean
) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r text := '{ROLE_PREFIX}' || p_username;
  gate text := '{GATE_PREFIX}' || p_username;
  g text;
  area text;
BEGIN
  IF NOT (pg_has_role(session_user, '{SUPERADMINS}', 'MEMBER')
          OR pg_has_role(session_user, (SELECT datdba FROM pg_database
                                        WHERE datname = current_database()), 'MEMBER')) THEN
    RAISE EXCEPTION 'only a superadmin provisions administrators' USING ERRCODE = '42501';
  END IF;
  IF p_group NOT IN ('{READERS}', '{DESK}', '{SUPERADMINS}') THEN
    RAISE EXCEPTION 'unknown group %', p_group USING ERRCODE = '22023';
  END IF;
  IF p_verifier IS NOT NULL AND p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'a SCRAM verifier is expected, never a password' USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = gate) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', gate);
  END IF;
  EXECUTE format('GRANT {GATE} TO %I', gate);
  -- The password is the gate's; the working role gets one per session from mebposta_sign_in.
  EXECUTE format('ALTER ROLE %I %s', gate, CASE WHEN p_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
  EXECUTE format('ALTER ROLE %I %s', r, CASE WHEN p_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
  IF p_verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', gate, p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD NULL', r);  -- a reset ends the sessions
  END IF;
  SELECT CASE WHEN a.province_code IS NULL AND a.district_id IS NULL
              THEN '{NATIONAL}' ELSE '{SCOPED}' END
    INTO area FROM admin_accounts a WHERE a.username = p_username;
  FOREACH g IN ARRAY ARRAY['{READERS}', '{DESK}', '{SUPERADMINS}', '{NATIONAL}', '{SCOPED}'] LOOP
    IF g = p_group OR g = area THEN
      EXECUTE format('GRANT %I TO %I', g, r);
    ELSE
      EXECUTE format('REVOKE %I FROM %I', g, r);
    END IF;
  END LOOP;
  IF NOT p_login OR p_verifier IS NOT NULL THEN  -- disabled or reset: open sessions end now
    BEGIN
      PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE usename IN (r, gate) AND pid <> pg_backend_pid();
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'open sessions of % end at their next connection', r;
    END;
  END IF;
  RETURN r;
END $$;
REVOKE ALL ON FUNCTION mebposta_provision(text, text, text, boolean) FROM PUBLIC;
-- How often each trigram occurs in a sample of all names (the name search ranks its
-- trigrams by it): only counts leave the function, never a name. Kept in name_trigram_stats
-- for every workstation (a month at most), so a trigram is counted once, not by each of 500;
-- under row-level security a plain sample would also read the whole table to find enough
-- names in a small scope.
DROP FUNCTION IF EXISTS mebposta_trigram_counts(text[], integer, float8);
CREATE FUNCTION mebposta_trigram_counts(grams text[], n integer, percent float8)
RETURNS bigint[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  missing text[];
BEGIN
  SELECT array_agg(g) INTO missing FROM unnest(grams) AS g
  WHERE NOT EXISTS (SELECT 1 FROM name_trigram_stats t
                    WHERE t.gram = g AND t.sampled_at > now() - interval '30 days');
  IF missing IS NOT NULL THEN
    WITH s AS MATERIALIZED (
      SELECT name_folded FROM people TABLESAMPLE SYSTEM (percent) REPEATABLE (2026) LIMIT n
    )
    INSERT INTO name_trigram_stats (gram, names, sampled_at)
    SELECT m.gram, (SELECT count(*) FROM s WHERE strpos(s.name_folded, m.gram) > 0), now()
    FROM unnest(missing) AS m(gram)
    ON CONFLICT (gram) DO UPDATE SET names = excluded.names, sampled_at = excluded.sampled_at;
  END IF;
  RETURN (SELECT array_agg(coalesce(t.names, 0) ORDER BY g.ord)
          FROM unnest(grams) WITH ORDINALITY AS g(gram, ord)
          LEFT JOIN name_trigram_stats t ON t.gram = g.gram);
END $$;
REVOKE ALL ON FUNCTION mebposta_trigram_counts(text[], integer, float8) FROM PUBLIC;
"""
