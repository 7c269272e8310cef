/**
 * RDS engine ids to their product names as written, the same in every locale. A locale replaces only a name
 * it says in words of its own (English says "Two" aloud, and both say where RDS Custom runs in their words).
 */
export const ENGINE_NAMES: Readonly<Record<string, string>> = {
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'aurora-mysql': 'Aurora MySQL',
  'aurora-postgresql': 'Aurora PostgreSQL',
  aurora: 'Aurora MySQL',
  'oracle-ee': 'Oracle Enterprise Edition',
  'oracle-ee-cdb': 'Oracle Enterprise Edition',
  'oracle-se2': 'Oracle Standard Edition 2',
  'oracle-se2-cdb': 'Oracle Standard Edition 2',
  'sqlserver-ee': 'SQL Server Enterprise Edition',
  'sqlserver-se': 'SQL Server Standard Edition',
  'sqlserver-ex': 'SQL Server Express Edition',
  'sqlserver-web': 'SQL Server Web Edition',
  db2: 'Db2',
  'db2-se': 'Db2 Standard Edition',
  'db2-ae': 'Db2 Advanced Edition',
};
