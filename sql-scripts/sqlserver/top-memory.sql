-- Top sessions by memory: the 8 KB pages each session holds now (sys.dm_exec_sessions.memory_usage).
-- Needs VIEW SERVER STATE.
SELECT 'session_id' + CHAR(9) + 'username' + CHAR(9) + 'client' + CHAR(9) + 'database_name' + CHAR(9) +
  'state' + CHAR(9) + 'value' + CHAR(9) + 'metric' + CHAR(9) + 'sql_text';
SELECT TOP (10) CAST(s.session_id AS nvarchar(10)) + CHAR(9) + ISNULL(s.login_name, N'') + CHAR(9) +
  ISNULL(s.host_name, N'') + CHAR(9) + ISNULL(DB_NAME(s.database_id), N'') + CHAR(9) + s.status + CHAR(9) +
  CAST(CAST(s.memory_usage AS bigint) * 8192 AS nvarchar(30)) + CHAR(9) + N'memory_bytes' + CHAR(9) +
  ISNULL(REPLACE(REPLACE(REPLACE(LEFT(t.text, 200), CHAR(10), N' '), CHAR(13), N' '), CHAR(9), N' '), N'')
FROM sys.dm_exec_sessions AS s
LEFT JOIN sys.dm_exec_requests AS r ON r.session_id = s.session_id
OUTER APPLY sys.dm_exec_sql_text(r.sql_handle) AS t
WHERE s.is_user_process = 1
  AND s.session_id <> @@SPID
  AND s.login_name <> N'rdsa'
ORDER BY s.memory_usage DESC;
