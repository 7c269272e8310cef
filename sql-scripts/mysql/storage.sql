-- Storage by database (schema): MySQL has no tablespace quota, so capacity is the instance's allocated
-- storage, which the skill knows from RDS. Sizes are InnoDB's estimates (data + indexes); system schemas
-- are left out. Only tables the monitoring user can see are counted (grant SELECT, or PROCESS and SHOW VIEW).
SELECT
  'database' AS kind,
  table_schema AS name,
  SUM(COALESCE(data_length, 0) + COALESCE(index_length, 0)) AS used_bytes,
  NULL AS size_bytes,
  NULL AS pct,
  SUM(COALESCE(data_free, 0)) AS free_bytes,
  COUNT(*) AS tables
FROM information_schema.tables
WHERE table_schema NOT IN ('information_schema', 'performance_schema', 'sys', 'mysql', 'rdsadmin')
  AND table_type = 'BASE TABLE'
GROUP BY table_schema
ORDER BY used_bytes DESC
LIMIT 50;
