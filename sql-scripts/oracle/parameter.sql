-- One initialization parameter: display_value as Oracle shows it (e.g. 2G), value in base units. The runner
-- binds :parameter (validated: letters, digits, _ . space parentheses and hyphens only); no row means there
-- is no such parameter. Needs SELECT on v$parameter.
SELECT 'name' || CHR(9) || 'value' || CHR(9) || 'setting' || CHR(9) || 'is_default' || CHR(9) || 'description'
FROM dual;
SELECT name || CHR(9) || display_value || CHR(9) || value || CHR(9) || isdefault || CHR(9) || description
FROM v$parameter
WHERE name = LOWER(:parameter);
