-- One setting, as SHOW prints it (value, e.g. 128MB) and in base units (setting, unit). psql quotes the
-- name (-v parameter=..., :'parameter'); no row means the server has no such setting.
SELECT name, current_setting(name) AS value, setting, unit, source, context
FROM pg_settings
WHERE name = lower(:'parameter');
