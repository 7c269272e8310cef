-- Storage by database: the allocated size of each user database's data and log files (sys.master_files,
-- 8 KB pages): SQL Server reports used space only inside the current database. Capacity is the instance's
-- allocated storage, which the skill knows from RDS. Needs VIEW ANY DEFINITION.
SELECT 'kind' + CHAR(9) + 'name' + CHAR(9) + 'used_bytes' + CHAR(9) + 'size_bytes' + CHAR(9) + 'pct';
SELECT N'database' + CHAR(9) + DB_NAME(database_id) + CHAR(9) +
  CAST(SUM(CAST(size AS bigint)) * 8192 AS nvarchar(30)) + CHAR(9) + CHAR(9)
FROM sys.master_files
WHERE database_id > 4 AND DB_NAME(database_id) <> N'rdsadmin'
GROUP BY database_id
ORDER BY SUM(CAST(size AS bigint)) DESC;
