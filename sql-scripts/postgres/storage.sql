-- Storage by database, and by tablespace when there are others than the defaults (RDS offers none; a
-- self-managed server may). Capacity is the instance's allocated storage, which the skill knows from RDS.
-- Databases the monitoring user may not connect to (rdsadmin) are skipped; pg_monitor sees the rest.
SELECT kind, name, used_bytes, size_bytes, pct
FROM (
  SELECT 'database' AS kind, datname::text AS name, pg_database_size(oid) AS used_bytes,
    NULL::bigint AS size_bytes, NULL::numeric AS pct
  FROM pg_database
  WHERE datallowconn AND NOT datistemplate AND has_database_privilege(oid, 'CONNECT')
  UNION ALL
  SELECT 'tablespace', spcname::text, pg_tablespace_size(oid), NULL, NULL
  FROM pg_tablespace
  WHERE spcname NOT IN ('pg_default', 'pg_global') AND has_tablespace_privilege(oid, 'CREATE')
) usage
ORDER BY used_bytes DESC NULLS LAST, name
LIMIT 50;
