-- SQL Server keeps no per-session DB time: the honest stand-in is the longest-running current request
-- (sys.dm_exec_requests.total_elapsed_time, milliseconds, spoken in seconds).
-- Needs VIEW SERVER STATE.
SELECT 'session_id' + CHAR(9) + 'username' + CHAR(9) + 'client' + CHAR(9) + 'database_name' + CHAR(9) +
  'state' + CHAR(9) + 'value' + CHAR(9) + 'metric' + CHAR(9) + 'sql_text';
SELECT TOP (10) CAST(s.session_id AS nvarchar(10)) + CHAR(9) + ISNULL(s.login_name, N'') + CHAR(9) +
  ISNULL(s.host_name, N'') + CHAR(9) + ISNULL(DB_NAME(s.database_id), N'') + CHAR(9) + s.status + CHAR(9) +
  CAST(CAST(r.total_elapsed_time / 1000.0 AS decimal(18, 1)) AS nvarchar(30)) + CHAR(9) + N'active_seconds' + CHAR(9) +
  ISNULL(REPLACE(REPLACE(REPLACE(LEFT(t.text, 200), CHAR(10), N' '), CHAR(13), N' '), CHAR(9), N' '), N'')
FROM sys.dm_exec_sessions AS s
LEFT JOIN sys.dm_exec_requests AS r ON r.session_id = s.session_id
OUTER APPLY sys.dm_exec_sql_text(r.sql_handle) AS t
WHERE s.is_user_process = 1
  AND s.session_id <> @@SPID
  AND s.login_name <> N'rdsa'
  AND r.session_id IS NOT NULL
ORDER BY r.total_elapsed_time DESC;
