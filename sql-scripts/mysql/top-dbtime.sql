-- "Database time" for MySQL: the seconds each active session has been in its current statement, longest
-- first (the same measure as top-cpu, which MySQL cannot account per session either). Needs PROCESS.
SELECT
  id AS session_id,
  user AS username,
  host AS client,
  db AS database_name,
  command AS state,
  time AS value,
  'active_seconds' AS metric,
  LEFT(REPLACE(REPLACE(REPLACE(COALESCE(info, ''), CHAR(10), ' '), CHAR(13), ' '), CHAR(9), ' '), 200)
    AS sql_text
FROM information_schema.processlist
WHERE command NOT IN ('Sleep', 'Daemon', 'Binlog Dump', 'Binlog Dump GTID', 'Connect')
  AND id <> CONNECTION_ID()
  AND user NOT IN ('system user', 'event_scheduler', 'rdsadmin')
ORDER BY time DESC, id
LIMIT 10;
