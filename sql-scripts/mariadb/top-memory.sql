-- MariaDB keeps each session's memory in the process list (MEMORY_USED, bytes), with or without the
-- Performance Schema. Needs PROCESS to see other users' sessions.
SELECT
  id AS session_id,
  user AS username,
  host AS client,
  db AS database_name,
  command AS state,
  memory_used AS value,
  'memory_bytes' AS metric,
  LEFT(REPLACE(REPLACE(REPLACE(COALESCE(info, ''), CHAR(10), ' '), CHAR(13), ' '), CHAR(9), ' '), 200)
    AS sql_text
FROM information_schema.processlist
WHERE command NOT IN ('Daemon', 'Binlog Dump', 'Binlog Dump GTID', 'Connect')
  AND id <> CONNECTION_ID()
  AND user NOT IN ('system user', 'event_scheduler', 'rdsadmin')
ORDER BY memory_used DESC, id
LIMIT 10;
