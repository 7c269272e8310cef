-- MySQL does not account CPU per session, so the honest stand-in is the longest-running statement
-- (metric active_seconds: the seconds the session has been in its current state). Needs PROCESS to see
-- other users' sessions.
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
