-- Memory per session from the Performance Schema's memory instrumentation (MySQL 5.7+, Aurora MySQL).
-- Returns no rows when performance_schema is off (the RDS default on small classes unless Performance
-- Insights is on); the skill then says it cannot tell. Needs SELECT on performance_schema.
SELECT
  t.processlist_id AS session_id,
  t.processlist_user AS username,
  t.processlist_host AS client,
  t.processlist_db AS database_name,
  t.processlist_command AS state,
  SUM(m.current_number_of_bytes_used) AS value,
  'memory_bytes' AS metric,
  LEFT(REPLACE(REPLACE(REPLACE(COALESCE(t.processlist_info, ''), CHAR(10), ' '), CHAR(13), ' '), CHAR(9), ' '), 200)
    AS sql_text
FROM performance_schema.memory_summary_by_thread_by_event_name m
JOIN performance_schema.threads t ON t.thread_id = m.thread_id
WHERE t.processlist_id IS NOT NULL
  AND t.processlist_id <> CONNECTION_ID()
  AND COALESCE(t.processlist_user, '') NOT IN ('', 'rdsadmin', 'event_scheduler')
GROUP BY t.processlist_id, t.processlist_user, t.processlist_host, t.processlist_db, t.processlist_command,
  t.processlist_info
ORDER BY value DESC
LIMIT 10;
