-- One server configuration option (sp_configure's list): the value in use and the configured value. The
-- runner declares @parameter (validated: letters, digits, _ . space parentheses and hyphens only); no row
-- means there is no such option.
SELECT 'name' + CHAR(9) + 'value' + CHAR(9) + 'setting' + CHAR(9) + 'description';
SELECT name + CHAR(9) + CAST(value_in_use AS nvarchar(100)) + CHAR(9) + CAST(value AS nvarchar(100)) + CHAR(9) +
  CAST(description AS nvarchar(255))
FROM sys.configurations
WHERE name = @parameter;
