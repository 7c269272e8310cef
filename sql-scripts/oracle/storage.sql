-- Tablespace usage as the original skill computed it: space used by segments (dba_segments) against the
-- data files (dba_data_files), counting autoextensible files at their maximum size, fullest first. The
-- skill speaks the ones over its threshold (90 % by default). Needs SELECT_CATALOG_ROLE.
SELECT 'kind' || CHR(9) || 'name' || CHR(9) || 'used_bytes' || CHR(9) || 'size_bytes' || CHR(9) ||
  'max_bytes' || CHR(9) || 'pct'
FROM dual;
SELECT 'tablespace' || CHR(9) || df.tablespace_name || CHR(9) || TO_CHAR(NVL(seg.used_bytes, 0)) || CHR(9) ||
  TO_CHAR(df.size_bytes) || CHR(9) || TO_CHAR(df.max_bytes) || CHR(9) ||
  TO_CHAR(ROUND(100 * NVL(seg.used_bytes, 0) / NULLIF(df.max_bytes, 0), 1), 'FM9990.0')
FROM (
  SELECT tablespace_name,
    SUM(bytes) AS size_bytes,
    SUM(CASE WHEN autoextensible = 'YES' THEN GREATEST(maxbytes, bytes) ELSE bytes END) AS max_bytes
  FROM dba_data_files
  GROUP BY tablespace_name
) df
LEFT JOIN (
  SELECT tablespace_name, SUM(bytes) AS used_bytes
  FROM dba_segments
  GROUP BY tablespace_name
) seg ON seg.tablespace_name = df.tablespace_name
ORDER BY NVL(seg.used_bytes, 0) / NULLIF(df.max_bytes, 0) DESC NULLS LAST, df.tablespace_name;
