-- Reachability: the version, and whether the server takes writes (read_only, or innodb_read_only on an
-- Aurora reader).
SELECT
  VERSION() AS version,
  @@version_comment AS edition,
  CASE WHEN @@global.read_only = 1 OR @@global.innodb_read_only = 1 THEN 'READ ONLY' ELSE 'READ WRITE' END
    AS open_mode,
  DATABASE() AS database_name,
  @@hostname AS host_name,
  CURRENT_USER() AS login;
