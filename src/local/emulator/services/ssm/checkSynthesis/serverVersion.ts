/** Aurora MySQL 3 releases and the MySQL 8.0 release each is compatible with (what VERSION() says). */
const AURORA_MYSQL_3: Readonly<Record<string, string>> = {
  '3.02': '8.0.23',
  '3.03': '8.0.26',
  '3.04': '8.0.28',
  '3.05': '8.0.32',
  '3.06': '8.0.34',
  '3.07': '8.0.36',
  '3.08': '8.0.39',
  '3.09': '8.0.40',
};

/** Oracle 19c release updates: RU 2019-07 is 19.4, one more per quarter ("ru-2024-07" = 19.24). */
function oracleVersion(engineVersion: string): string {
  const ru = /^19\..*ru-(\d{4})-(\d{2})/.exec(engineVersion);
  if (ru) {
    const quarters = (Number(ru[1]) - 2019) * 4 + Math.floor((Number(ru[2]) - 1) / 3);
    return `19.${quarters + 2}.0.0.0`;
  }
  const parts = (/^[\d.]+\d/.exec(engineVersion)?.[0] ?? '19.0').split('.');
  while (parts.length < 5) parts.push('0');
  return parts.slice(0, 5).join('.');
}

/**
 * The version the database itself reports (the connect check's `version`), from the RDS engine version:
 * "8.0.mysql_aurora.3.07.1" is MySQL 8.0.36, "15.00.4385.2.v1" is SQL Server 15.0.4385.2, a MariaDB
 * server says "10.11.9-MariaDB-log", an Oracle RU its full release number.
 */
export function serverVersion(engine: string, engineVersion: string): string {
  if (engine.startsWith('oracle') || engine.startsWith('custom-oracle')) return oracleVersion(engineVersion);
  if (engine.startsWith('sqlserver') || engine.startsWith('custom-sqlserver')) {
    const [major = '15', minor = '0', build = '0', revision = '0'] = engineVersion.split('.');
    return `${Number(major)}.${Number(minor)}.${build}.${revision}`;
  }
  if (engine === 'mariadb') return `${engineVersion}-MariaDB-log`;
  const aurora = /mysql_aurora\.(\d+\.\d+)/.exec(engineVersion);
  if (aurora) return AURORA_MYSQL_3[aurora[1]!] ?? engineVersion.split('.').slice(0, 2).join('.');
  return engineVersion;
}
