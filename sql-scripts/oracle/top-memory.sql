-- Top sessions by memory: the PGA each session holds now ('session pga memory', bytes).
-- Needs SELECT_CATALOG_ROLE (v$session, v$sesstat, v$statname, v$sqlarea).
SELECT 'session_id' || CHR(9) || 'username' || CHR(9) || 'client' || CHR(9) || 'database_name' || CHR(9) ||
  'state' || CHR(9) || 'value' || CHR(9) || 'metric' || CHR(9) || 'sql_text'
FROM dual;
SELECT s.sid || ',' || s.serial# || CHR(9) || s.username || CHR(9) || s.machine || CHR(9) || s.schemaname ||
  CHR(9) || s.status || CHR(9) || TO_CHAR(ROUND(st.value / 1, 1), 'FM999999999999990.0') || CHR(9) ||
  'memory_bytes' || CHR(9) ||
  REPLACE(REPLACE(REPLACE(
    (SELECT SUBSTR(MAX(q.sql_text), 1, 200) FROM v$sqlarea q WHERE q.sql_id = s.sql_id),
    CHR(10), ' '), CHR(13), ' '), CHR(9), ' ')
FROM v$sesstat st
JOIN v$statname n ON n.statistic# = st.statistic#
JOIN v$session s ON s.sid = st.sid
WHERE n.name = 'session pga memory'
  AND s.type = 'USER'
  AND s.username IS NOT NULL
  AND s.username <> 'RDSADMIN'
  AND s.sid <> SYS_CONTEXT('USERENV', 'SID')
ORDER BY st.value DESC
FETCH FIRST 10 ROWS ONLY;
