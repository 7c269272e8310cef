-- Session settings for MariaDB, sent before every check (MariaDB names the statement limit differently
-- from MySQL, in seconds, and has no statistics cache setting).
SET SESSION max_statement_time = 115;
