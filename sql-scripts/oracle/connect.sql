-- Reachability: version, open mode (READ WRITE, READ ONLY, MOUNTED...) and role of the database, from
-- v$database and v$instance as the original skill did. Needs SELECT_CATALOG_ROLE (or SELECT on those views).
-- Oracle checks print their own header row and tab-separated rows: SQL*Plus has no portable TSV output.
SELECT 'version' || CHR(9) || 'edition' || CHR(9) || 'open_mode' || CHR(9) || 'database_name' || CHR(9) ||
  'database_role' || CHR(9) || 'host_name' || CHR(9) || 'login'
FROM dual;
SELECT i.version_full || CHR(9) || i.edition || CHR(9) || d.open_mode || CHR(9) || d.name || CHR(9) ||
  d.database_role || CHR(9) || i.host_name || CHR(9) || USER
FROM v$database d
CROSS JOIN v$instance i;
