-- Reachability: version, edition and whether the database takes writes. sqlcmd runs without headers, so
-- SQL Server checks print their own header row and tab-separated rows (like the Oracle ones).
SELECT 'version' + CHAR(9) + 'edition' + CHAR(9) + 'open_mode' + CHAR(9) + 'database_name' + CHAR(9) +
  'host_name' + CHAR(9) + 'login';
SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) + CHAR(9) +
  CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) + CHAR(9) +
  CASE WHEN CAST(DATABASEPROPERTYEX(DB_NAME(), 'Updateability') AS nvarchar(20)) = N'READ_ONLY'
    THEN N'READ ONLY' ELSE N'READ WRITE' END + CHAR(9) +
  DB_NAME() + CHAR(9) + ISNULL(@@SERVERNAME, N'') + CHAR(9) + SUSER_SNAME();
