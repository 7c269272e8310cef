-- "Database time" for PostgreSQL: the seconds each active session has spent in its current transaction,
-- longest first (a long transaction holds locks and old row versions even between statements).
-- pg_monitor (or pg_read_all_stats) shows other users' query text.
SELECT
  pid AS session_id,
  usename::text AS username,
  COALESCE(client_addr::text, 'local') AS client,
  datname::text AS database_name,
  state,
  round(EXTRACT(EPOCH FROM clock_timestamp() - xact_start)::numeric, 1) AS value,
  'transaction_seconds' AS metric,
  left(regexp_replace(query, '\s+', ' ', 'g'), 200) AS sql_text
FROM pg_stat_activity
WHERE xact_start IS NOT NULL
  AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')
  AND backend_type = 'client backend'
  AND pid <> pg_backend_pid()
  AND usename IS DISTINCT FROM 'rdsadmin'
ORDER BY value DESC NULLS LAST, pid
LIMIT 10;
