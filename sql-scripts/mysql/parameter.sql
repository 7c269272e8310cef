-- One server variable's global value. The runner sets @parameter (validated: letters, digits, _ . space
-- parentheses and hyphens only); no row means the server has no such variable.
SHOW GLOBAL VARIABLES WHERE Variable_name = @parameter;
