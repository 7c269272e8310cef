-- Session settings for MySQL and Aurora MySQL, sent before every check.
-- A check never runs longer than the runner's own limit (120 s by default); SELECTs only, in milliseconds.
SET SESSION max_execution_time = 115000;
-- MySQL 8 caches table sizes for a day by default: a storage check must read the current ones.
/*!80000 SET SESSION information_schema_stats_expiry = 0 */;
