-- Reachability: the version, and whether the server takes writes (a replica or an Aurora reader is in
-- recovery).
SELECT
  current_setting('server_version') AS version,
  split_part(version(), ' on ', 1) AS edition,
  CASE WHEN pg_is_in_recovery() THEN 'READ ONLY' ELSE 'READ WRITE' END AS open_mode,
  current_database() AS database_name,
  host(inet_server_addr()) AS host_name,
  current_user AS login,
  date_trunc('second', now() - pg_postmaster_start_time())::text AS uptime;
