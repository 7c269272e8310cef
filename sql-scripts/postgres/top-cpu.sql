-- PostgreSQL does not account CPU per session, so the honest stand-in is the longest-running active
-- statement (metric active_seconds). pg_monitor (or pg_read_all_stats) shows other users' query text.
SELECT
  pid AS session_id,
  usename::text AS username,
  COALESCE(client_addr::text, 'local') AS client,
  datname::text AS database_name,
  COALESCE(wait_event_type || ':' || wait_event, state) AS state,
  round(EXTRACT(EPOCH FROM clock_timestamp() - query_start)::numeric, 1) AS value,
  'active_seconds' AS metric,
  left(regexp_replace(query, '\s+', ' ', 'g'), 200) AS sql_text
FROM pg_stat_activity
WHERE state = 'active'
  AND backend_type = 'client backend'
  AND pid <> pg_backend_pid()
  AND usename IS DISTINCT FROM 'rdsadmin'
ORDER BY value DESC NULLS LAST, pid
LIMIT 10;
